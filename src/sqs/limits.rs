//! Every SQS quota, range and default in one place, with where it comes from.
//!
//! Values follow AWS's current documentation (API reference 2012-11-05 and the
//! developer guide's quota pages). Where AWS changed a value recently the current
//! one is used: the maximum message size became 1 MiB in 2025 (CreateQueue docs:
//! "MaximumMessageSize ... from 1,024 bytes (1 KiB) to 1,048,576 bytes (1 MiB).
//! Default: 1,048,576 bytes (1 MiB)").

/// Queue names: 1-80 characters (the `.fifo` suffix counts).
pub const QUEUE_NAME_MAX_CHARS: usize = 80;

/// VisibilityTimeout: 0 s to 12 h; default 30 s.
pub const VISIBILITY_TIMEOUT_MAX_S: i64 = 43_200;
pub const VISIBILITY_TIMEOUT_DEFAULT_S: i64 = 30;

/// DelaySeconds (queue and message): 0-900 s; default 0.
pub const DELAY_MAX_S: i64 = 900;

/// MessageRetentionPeriod: 60 s to 14 days; default 4 days.
pub const RETENTION_MIN_S: i64 = 60;
pub const RETENTION_MAX_S: i64 = 1_209_600;
pub const RETENTION_DEFAULT_S: i64 = 345_600;

/// MaximumMessageSize: 1 KiB to 1 MiB; default 1 MiB (current AWS docs).
pub const MAX_MESSAGE_SIZE_MIN: i64 = 1_024;
pub const MAX_MESSAGE_SIZE_MAX: i64 = 1_048_576;
pub const MAX_MESSAGE_SIZE_DEFAULT: i64 = 1_048_576;

/// ReceiveMessageWaitTimeSeconds and WaitTimeSeconds: 0-20 s.
pub const RECEIVE_WAIT_MAX_S: i64 = 20;

/// MaxNumberOfMessages: 1-10, default 1.
pub const RECEIVE_MAX_MESSAGES: i64 = 10;

/// Batches: at most 10 entries; entry ids of 1-80 characters from
/// `[A-Za-z0-9_-]`; the sum of the bodies at most 1 MiB ("The maximum allowed
/// individual message size and the maximum total payload size ... are both 1 MiB").
pub const BATCH_MAX_ENTRIES: usize = 10;
pub const BATCH_ID_MAX_CHARS: usize = 80;
pub const BATCH_PAYLOAD_MAX_BYTES: usize = 1_048_576;

/// In-flight messages per queue: about 120,000 for standard queues (OverLimit on
/// a short poll, nothing on a long poll) and 120,000 for FIFO queues (no error,
/// "processing may be impacted"), per the quota pages.
pub const INFLIGHT_MAX_STANDARD: u64 = 120_000;
pub const INFLIGHT_MAX_FIFO: u64 = 120_000;

/// FIFO request rates per API action (SendMessage, ReceiveMessage, DeleteMessage;
/// a batch counts as one request): 300 per second per queue by default
/// (developer guide, "Troubleshoot FIFO throttling issues"; quotas-messages).
pub const FIFO_TPS_DEFAULT: u64 = 300;

/// High-throughput FIFO (DeduplicationScope=messageGroup and
/// FifoThroughputLimit=perMessageGroupId): the per-Region transaction limits of the
/// quota page ("Amazon SQS message quotas", high throughput for FIFO queues,
/// non-batched calls). The page lists these Region groups; a Region it does not
/// name gets the lowest figure, which is our reading of "all other Regions".
pub fn fifo_tps_high_throughput(region: &str) -> u64 {
    match region {
        "us-east-1" | "us-west-2" | "eu-west-1" => 70_000,
        "us-east-2" | "eu-central-1" => 19_000,
        "ap-south-1" | "ap-southeast-1" | "ap-southeast-2" | "ap-northeast-1" => 9_000,
        "eu-west-2" | "sa-east-1" => 4_500,
        _ => 2_400,
    }
}

/// FIFO deduplication interval and the ReceiveRequestAttemptId window: 5 minutes.
pub const DEDUP_WINDOW_MS: u64 = 300_000;
pub const RECEIVE_ATTEMPT_WINDOW_MS: u64 = 300_000;

/// One PurgeQueue per queue every 60 seconds.
pub const PURGE_COOLDOWN_MS: u64 = 60_000;

/// "You must wait 60 seconds after deleting a queue before you can create
/// another queue with the same name."
pub const QUEUE_RECREATE_WAIT_MS: u64 = 60_000;

/// Message attributes: at most 10, names of up to 256 characters, data types of
/// up to 256 characters.
pub const MESSAGE_ATTRIBUTES_MAX: usize = 10;
pub const MESSAGE_ATTRIBUTE_NAME_MAX_CHARS: usize = 256;
pub const MESSAGE_ATTRIBUTE_TYPE_MAX_CHARS: usize = 256;

/// MessageGroupId, MessageDeduplicationId, ReceiveRequestAttemptId: 1-128
/// characters of alphanumerics and punctuation.
pub const FIFO_TOKEN_MAX_CHARS: usize = 128;

/// RedrivePolicy maxReceiveCount: 1-1000.
pub const MAX_RECEIVE_COUNT_MIN: i64 = 1;
pub const MAX_RECEIVE_COUNT_MAX: i64 = 1_000;

/// RedriveAllowPolicy sourceQueueArns: at most 10.
pub const REDRIVE_ALLOW_SOURCES_MAX: usize = 10;

/// KmsDataKeyReusePeriodSeconds: 60 s to 24 h; default 300 s.
pub const KMS_REUSE_MIN_S: i64 = 60;
pub const KMS_REUSE_MAX_S: i64 = 86_400;
pub const KMS_REUSE_DEFAULT_S: i64 = 300;

/// Tags: AWS "doesn't recommend" more than 50 per queue; Switchyard enforces 50
/// so a learner meets the limit. Keys 1-128 characters, values 0-256.
pub const TAGS_MAX: usize = 50;
pub const TAG_KEY_MAX_CHARS: usize = 128;
pub const TAG_VALUE_MAX_CHARS: usize = 256;

/// ListQueues / ListDeadLetterSourceQueues MaxResults: 1-1000; 1000 results when
/// MaxResults is not given.
pub const LIST_MAX_RESULTS: i64 = 1_000;

/// AddPermission: at most seven actions per statement.
pub const ADD_PERMISSION_ACTIONS_MAX: usize = 7;
/// Labels: 1-80 characters of `[A-Za-z0-9_-]`.
pub const PERMISSION_LABEL_MAX_CHARS: usize = 80;

/// StartMessageMoveTask MaxNumberOfMessagesPerSecond: at most 500. Without a
/// rate AWS "will optimize the rate based on the queue message backlog size";
/// Switchyard then moves at the maximum, 500 per second (a fixed, visible choice).
pub const MOVE_TASK_RATE_MAX: i64 = 500;
pub const MOVE_TASK_RATE_DEFAULT: u32 = 500;
/// Move tasks progress once per virtual second.
pub const MOVE_TASK_TICK_MS: u64 = 1_000;
/// ListMessageMoveTasks MaxResults: 1-10, default 1.
pub const LIST_MOVE_TASKS_MAX: i64 = 10;

/// Simulated storage servers per queue for the short-poll sampling model.
pub const SHORT_POLL_SERVERS: u8 = 4;
/// Chance (per million) that a short poll samples a given server.
pub const SHORT_POLL_SAMPLE_PPM: u32 = 750_000;
/// Chance (per million) that a short poll whose sample found nothing, on a
/// queue holding visible messages, returns empty (AWS documents that it can;
/// how often is not published, and it is rare in practice: 1 %).
pub const SHORT_POLL_EMPTY_PPM: u32 = 10_000;

/// The page's `SqsSettings::queue_messages_max`: at most this many messages
/// in one queue. SQS has no such limit, nor has the native engine; but a
/// browser tab's 32-bit memory cannot grow one queue's slots past a few
/// million (a producer at 100,000/s reached 14 million and the allocation
/// failed, which stopped the page), so the page refuses further sends to a
/// full queue by name instead.
pub const PAGE_QUEUE_MESSAGES_MAX: u64 = 2_000_000;
