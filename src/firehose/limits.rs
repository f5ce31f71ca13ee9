//! Every Firehose quota and simulated delay in one place, each with its source.

/// PutRecord / PutRecordBatch: a record's data blob is at most 1,000 KiB before
/// base64 (botocore `Data`: max 1024000; Firehose quotas page).
pub const RECORD_MAX_BYTES: usize = 1_024_000;
/// PutRecordBatch: at most 500 records per call (botocore
/// `PutRecordBatchRequestEntryList` max 500) ...
pub const BATCH_MAX_RECORDS: usize = 500;
/// ... and at most 4 MiB per call (Firehose quotas: "PutRecordBatch ... up to
/// 500 records ... or 4 MiB per call, whichever is smaller").
pub const BATCH_MAX_BYTES: usize = 4 * 1024 * 1024;

/// Direct PUT throughput per Firehose stream (Firehose quotas page): US East
/// (N. Virginia), US West (Oregon) and Europe (Ireland) get 500,000 records/s,
/// 2,000 requests/s and 5 MiB/s; every other Region 100,000 records/s, 1,000
/// requests/s and 1 MiB/s. A request over either is refused with
/// ServiceUnavailableException ("Slow down.").
pub fn direct_put_quota(region: &str) -> Quota {
    if matches!(region, "us-east-1" | "us-west-2" | "eu-west-1") {
        Quota {
            records_per_s: 500_000,
            requests_per_s: 2_000,
            bytes_per_s: 5 * 1024 * 1024,
        }
    } else {
        Quota {
            records_per_s: 100_000,
            requests_per_s: 1_000,
            bytes_per_s: 1024 * 1024,
        }
    }
}

/// One Region's Direct PUT quota.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    pub records_per_s: u64,
    pub requests_per_s: u64,
    pub bytes_per_s: u64,
}

/// Firehose streams per account per Region (quotas page: 5,000).
pub const STREAMS_PER_REGION: usize = 5_000;
/// Tags per Firehose stream (TagDeliveryStream: "up to 50 tags").
pub const TAGS_MAX: usize = 50;

/// BufferingHints defaults and ranges (API reference: SizeInMBs 1..=128, default
/// 5; IntervalInSeconds 0..=900, default 300).
pub const DEFAULT_SIZE_MB: u32 = 5;
pub const DEFAULT_INTERVAL_S: u32 = 300;
pub const SIZE_MB_RANGE: (u32, u32) = (1, 128);
pub const INTERVAL_S_RANGE: (u32, u32) = (0, 900);

/// A Lambda processor's own buffering (data-transformation page: "The buffering
/// size hint ranges between 0.2 MB and 3MB. The default Lambda buffering size
/// hint is 1 MB ... The Lambda buffering interval hint ranges between 0 and 900
/// seconds. The default ... is sixty seconds"); NumberOfRetries defaults to 3
/// (ProcessorParameter) and goes up to 300 (console range).
pub const PROCESSOR_DEFAULT_SIZE_BYTES: u64 = 1024 * 1024;
pub const PROCESSOR_SIZE_RANGE_BYTES: (u64, u64) = (200 * 1024, 3 * 1024 * 1024);
pub const PROCESSOR_DEFAULT_INTERVAL_S: u32 = 60;
pub const PROCESSOR_DEFAULT_RETRIES: u32 = 3;
pub const PROCESSOR_MAX_RETRIES: u32 = 300;

/// How long a new or deleted Firehose stream stays CREATING / DELETING. AWS
/// documents no figure (streams are typically ACTIVE within seconds); 5 s keeps
/// the transition visible.
pub const CREATE_DELAY_MS: u64 = 5_000;
pub const DELETE_DELAY_MS: u64 = 5_000;
/// How long ENABLING / DISABLING lasts (undocumented; seconds on AWS).
pub const ENCRYPTION_DELAY_MS: u64 = 5_000;
/// StartDeliveryStreamEncryption and StopDeliveryStreamEncryption together:
/// at most 25 calls per Firehose stream per 24 hours (their API reference:
/// "a combined limit of 25 calls per Firehose stream per 24 hours").
pub const ENCRYPTION_CALLS_MAX: usize = 25;
pub const ENCRYPTION_CALLS_WINDOW_MS: u64 = 24 * 3_600_000;

/// S3 delivery retries (basic-deliver, "Data delivery failure handling":
/// "If data delivery to your Amazon S3 bucket fails, Amazon Data Firehose
/// retries to deliver data every 5 seconds for up to a maximum period of 24
/// hours. If the issue continues beyond the 24-hour maximum retention period,
/// Amazon Data Firehose discards the data.")
pub const S3_RETRY_EVERY_MS: u64 = 5_000;
pub const S3_RETRY_FOR_MS: u64 = 24 * 3_600_000;

/// A Kinesis stream as source: Firehose reads each shard about once a second
/// (Firehose developer guide, "Kinesis Data Streams as source": GetRecords
/// once per second per shard), up to 10,000 records per call (GetRecords' Limit).
pub const SOURCE_POLL_MS: u64 = 1_000;
pub const SOURCE_GET_RECORDS_LIMIT: u32 = 10_000;

/// The random-string expression's length (s3-prefixes: "Evaluates to a random
/// string of 11 characters").
pub const RANDOM_STRING_CHARS: usize = 11;
/// Prefix / ErrorOutputPrefix length (botocore `Prefix`: max 1024).
pub const PREFIX_MAX_CHARS: usize = 1024;
