//! Amazon SQS: standard and FIFO queues, dead-letter queues and redrive, long
//! polling, queue policies, all on the virtual clock.
//!
//! # Layout
//! - `mod.rs` (this file): the engine (`Sqs`), its settings, its journal events
//!   and timers, the one door `Sqs::call` and the helpers every operation shares
//!   (resolving queue URLs and ARNs, access checks, timed changes, long-poll
//!   waiters, invariants).
//! - [`queue`]: one queue's state and indexes. [`limits`]: every quota.
//!   [`errors`]: AWS's errors. [`policy`]: resource-policy evaluation.
//!   [`receipt`]: receipt handles. [`digest`]: MD5 digests. [`input`]: request
//!   shape checks. [`types`]: typed requests and responses. [`view`]: read-only
//!   snapshots for the page.
//! - `ops/`: one file per operation or small group of operations, each with its
//!   validation and its effect: `create_queue`, `queues` (delete, URL, lists),
//!   `attributes`, `send`, `receive`, `delete`, `visibility`, `purge`, `tags`,
//!   `permissions`, `move_tasks`.
//!
//! # Guarantees
//! - No wall clock, no threads, no unseeded randomness: time is `sim.now`,
//!   chance is `sim.rng`; the same seed and calls give the same journal.
//! - Every state change is journaled as an [`SqsEvent`] with small ids only.
//! - Receive, delete and visibility changes are O(log n) in the queue's size;
//!   counts are kept as messages change state, never recounted.
//! - **Invariant** (checked by [`Sqs::check_invariants`]): every accepted message
//!   is in exactly one queue in exactly one state, and
//!   `in queues = accepted - deleted - expired - purged - dropped with queues`.
//!
//! Not emulated, refused or documented where it matters: FIFO throughput quotas
//! (the attributes are kept and validated, calls are never throttled); KMS calls
//! (keys are kept and shown, nothing is encrypted); fair scheduling between
//! tenants of a standard queue (MessageGroupId is kept and returned); the
//! extended client's S3 pointers (they come with S3, see `ops/send.rs`); policy
//! condition operators other than the string, ARN and Null families (refused by
//! name when the policy is set). Callers are whole accounts: an IAM user or role
//! in a policy's Principal matches its account.
//!
//! Choices where AWS is unclear (each explained at its place): PurgeQueue and
//! DeleteQueue act at once; a move task without a rate moves 500 messages per
//! second; short polls sample each of 4 servers with probability 3/4.

pub mod digest;
pub mod errors;
mod fanout;
pub mod input;
pub mod limits;
pub mod metrics;
pub mod model;
mod ops;
mod ordindex;
pub use crate::iam::policy;
pub mod queue;
pub mod receipt;
pub mod types;
pub mod view;

pub use ops::create_queue::validate_queue_name;
pub(crate) use ops::send::number_ok;
pub use ops::send::ServiceMessage;
pub use queue::MessageState;
pub use types::*;

use crate::error::{AwsError, AwsResult};
use crate::sim::{Event, Sim, Timer};
use crate::world::{CallId, CallResult, Caller};
use queue::{Queue, QueueTable};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, VecDeque};

/// SQS timers (payload of `sim::Timer::Sqs`). Timers are never cancelled: one
/// that has become moot is recognised and ignored when it fires.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SqsTimer {
    /// A queue's next timed change is due: visibility timeouts running out,
    /// delays ending, retention expiring. One pending wake per queue.
    QueueWake { queue: u32 },
    /// A parked long poll reaches its WaitTimeSeconds.
    LongPollDeadline { call: u64 },
    /// A message move task moves its next second's worth of messages.
    MoveTaskTick { task: u32 },
}

/// The state a move task ends in (or is in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MoveTaskStatus {
    Running,
    Completed,
    Cancelling,
    Cancelled,
    Failed,
}

impl MoveTaskStatus {
    /// AWS's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            MoveTaskStatus::Running => "RUNNING",
            MoveTaskStatus::Completed => "COMPLETED",
            MoveTaskStatus::Cancelling => "CANCELLING",
            MoveTaskStatus::Cancelled => "CANCELLED",
            MoveTaskStatus::Failed => "FAILED",
        }
    }
}

/// SQS journal events (payload of `sim::Event::Sqs`). Queues and messages are
/// named by small ids (`Sqs::queue_name`, `MessageView::id`); nothing here
/// allocates.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SqsEvent {
    QueueCreated {
        queue: u32,
    },
    /// The queue and the messages still in it are gone.
    QueueDeleted {
        queue: u32,
        messages_dropped: u64,
    },
    AttributesChanged {
        queue: u32,
    },
    TagsChanged {
        queue: u32,
    },
    PermissionsChanged {
        queue: u32,
    },
    MessageSent {
        queue: u32,
        message: u64,
        delayed: bool,
    },
    /// A FIFO send within the deduplication interval: accepted, not enqueued.
    /// `original` is the message it duplicates.
    DuplicateIgnored {
        queue: u32,
        original: u64,
    },
    MessageReceived {
        queue: u32,
        message: u64,
        receive_count: u32,
    },
    VisibilityChanged {
        queue: u32,
        message: u64,
        timeout_s: u32,
    },
    VisibilityExpired {
        queue: u32,
        message: u64,
    },
    MessageDeleted {
        queue: u32,
        message: u64,
    },
    /// A standard-queue delete that missed a copy of the message (the
    /// duplicate-delivery setting): the message stays and will come back.
    DeleteMissed {
        queue: u32,
        message: u64,
    },
    /// The receive that would have exceeded maxReceiveCount moved the message.
    MovedToDlq {
        from: u32,
        to: u32,
        message: u64,
    },
    MessageExpired {
        queue: u32,
        message: u64,
    },
    DelayEnded {
        queue: u32,
        message: u64,
    },
    QueuePurged {
        queue: u32,
        count: u64,
    },
    MoveTaskStarted {
        task: u32,
        source: u32,
    },
    /// A move task moved a message back out of a dead-letter queue.
    MessageRedriven {
        task: u32,
        from: u32,
        to: u32,
        message: u64,
    },
    MoveTaskFinished {
        task: u32,
        status: MoveTaskStatus,
    },
    /// A receive (short poll, or long poll at its deadline) that returned nothing.
    EmptyReceive {
        queue: u32,
    },
    LongPollParked {
        queue: u32,
        call: u64,
    },
    LongPollCompleted {
        queue: u32,
        call: u64,
        messages: u32,
    },
}

/// World settings for SQS behaviours that AWS has by chance. The defaults keep
/// tests exact except short-poll sampling, which is on by default because AWS
/// always samples; tests switch it off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SqsSettings {
    /// Chance (per million) that a standard-queue delete misses a copy of the
    /// message, which then comes back after its visibility timeout
    /// (at-least-once delivery; AWS's DeleteMessage docs describe the cause).
    pub duplicate_delivery_ppm: u32,
    /// Chance (per million) that a standard-queue receive takes a message out of
    /// order (best-effort ordering).
    pub reorder_ppm: u32,
    /// Short polls (WaitTimeSeconds 0) sample a random subset of the queue's
    /// servers and may return fewer messages, or none, while messages exist.
    pub short_poll_sampling: bool,
    /// Servers a new standard queue spreads its messages over.
    pub short_poll_servers: u8,
    /// Chance (per million) that a short poll samples a given server.
    pub short_poll_sample_ppm: u32,
    /// Chance (per million) that a short poll whose sample missed every
    /// message comes back empty; otherwise it reaches one server that holds
    /// some (see `ops/receive.rs`).
    pub short_poll_empty_ppm: u32,
    /// Copies a service fans out to many queues are accepted at once and
    /// inserted into their queues later (`fanout.rs`). Not observable --
    /// off, every copy is inserted as it is sent, with the same results --
    /// only faster; tests switch it off to compare.
    pub defer_fan_out: bool,
    /// At most this many messages in one queue, further sends refused by
    /// name (`SwitchyardPageLimitExceeded`). None (the default, as on AWS):
    /// no limit. The page sets `limits::PAGE_QUEUE_MESSAGES_MAX`.
    pub queue_messages_max: Option<u64>,
}

impl Default for SqsSettings {
    fn default() -> Self {
        SqsSettings {
            duplicate_delivery_ppm: 0,
            reorder_ppm: 0,
            short_poll_sampling: true,
            short_poll_servers: limits::SHORT_POLL_SERVERS,
            short_poll_sample_ppm: limits::SHORT_POLL_SAMPLE_PPM,
            short_poll_empty_ppm: limits::SHORT_POLL_EMPTY_PPM,
            defer_fan_out: true,
            queue_messages_max: None,
        }
    }
}

/// Running totals for the conservation check and the page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SqsStats {
    /// Messages accepted into a queue (duplicates ignored are not).
    pub accepted: u64,
    pub duplicates_ignored: u64,
    pub deleted: u64,
    pub expired: u64,
    pub purged: u64,
    /// Messages that were in a queue when it was deleted.
    pub dropped_with_queue: u64,
    /// Moves between queues (not arrivals or departures).
    pub moved_to_dlq: u64,
    pub redriven: u64,
    pub received: u64,
}

/// The validated parameters of a receive (kept while a long poll waits).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ReceiveParams {
    pub max: usize,
    pub visibility_timeout_s: Option<i64>,
    pub system_attribute_names: Vec<String>,
    pub message_attribute_names: Vec<String>,
    pub attempt_id: Option<String>,
}

/// A long poll waiting for a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Parked {
    pub queue: u32,
    pub params: ReceiveParams,
}

/// A message move task (StartMessageMoveTask).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct MoveTask {
    pub id: u32,
    pub task_id: String,
    pub source: u32,
    pub source_arn: String,
    pub destination_arn: Option<String>,
    pub rate: Option<u32>,
    pub status: MoveTaskStatus,
    pub started_unix_ms: u64,
    pub moved: u64,
    pub to_move: u64,
    pub failure_reason: Option<String>,
}

/// The SQS engine: every queue of every account and region.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Sqs {
    pub settings: SqsSettings,
    queues: QueueTable,
    /// account -> region -> name -> queue id.
    names: BTreeMap<String, BTreeMap<String, BTreeMap<String, u32>>>,
    /// account -> region -> name -> when it was deleted (virtual ms).
    deleted_names: BTreeMap<String, BTreeMap<String, BTreeMap<String, u64>>>,
    next_queue: u32,
    next_message: u64,
    next_serial: u64,
    /// Key sealing receipt handles, drawn from the world's generator on first use.
    receipt_key: u64,
    parked: BTreeMap<u64, Parked>,
    tasks: Vec<MoveTask>,
    /// Names of deleted queues, so old journal events still read by name.
    deleted_queue_names: BTreeMap<u32, String>,
    stats: SqsStats,
    /// Results of parked calls that finished; the world drains them after every
    /// call and timer, so nothing is ever left here to save.
    #[serde(skip)]
    completed: Vec<(CallId, CallResult)>,
    /// Queues that may now have messages for their waiting long polls; served by
    /// `flush` at the end of every operation and timer.
    #[serde(skip)]
    to_serve: Vec<u32>,
    /// Parsed queue policies, by queue, with the text they were parsed from and
    /// the decisions already taken for service senders: derived state, so a
    /// restored world simply parses again on first use.
    /// Indexed by queue id.
    #[serde(skip)]
    pub(crate) policy_cache: Vec<Option<CachedPolicy>>,
    /// Service questions seen (`ServiceQuestion`), interned so that a
    /// queue's cached verdicts are looked up by number; the last one asked
    /// first, as a topic fanning out asks the same one for every queue.
    #[serde(skip)]
    questions: Questions,
    /// Each queue's gauge series (`metrics.rs`), registered at its first sample.
    #[serde(default)]
    gauge_series: BTreeMap<u32, metrics::GaugeSeries>,
    /// Copies a service fanned out, accepted and not yet inserted into their
    /// queues (`fanout.rs`; `settle` inserts them). Saved: a restored world
    /// settles them as this one would have.
    #[serde(default)]
    deferred: fanout::Deferred,
    /// Per queue id, what the last full check of a fanned-out copy found
    /// (`fanout::Hot`), until something that could change it happens to
    /// the queue (`Sqs::forget_hot`). Derived.
    #[serde(skip)]
    hot: Vec<fanout::Hot>,
    /// `settle`'s buffer of where each queue's copies start. Derived.
    #[serde(skip)]
    settle_runs: Vec<u32>,
    /// `settle`'s buffer of references each deferred record gives out. Derived.
    #[serde(skip)]
    settle_refs: Vec<u32>,
}

/// Interned service questions (see `Sqs::questions`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Questions {
    ids: BTreeMap<ServiceQuestion, u32>,
    last: Option<(ServiceQuestion, u32)>,
}

impl Questions {
    pub(crate) fn id(&mut self, from: &types::ServiceSender) -> u32 {
        if let Some((q, id)) = &self.last {
            if q.is(from) {
                return *id;
            }
        }
        let q = ServiceQuestion::new(from);
        let next = self.ids.len() as u32;
        let id = *self.ids.entry(q.clone()).or_insert(next);
        self.last = Some((q, id));
        id
    }
}

/// A queue's parsed Policy and the verdicts it gave service senders.
///
/// A topic fanning out to thousands of queues asks every queue the same
/// question for every message (may `sns.amazonaws.com` acting for this topic
/// send?), and the answer depends only on the policy text and the question, so
/// it is worked out once per (policy text, question). The cache belongs to one
/// text: a changed Policy replaces the whole entry.
#[derive(Debug, Clone)]
pub(crate) struct CachedPolicy {
    /// The Policy `doc` was parsed from: the queue's own allocation, so "still
    /// current" is a pointer comparison.
    pub text: std::sync::Arc<str>,
    pub doc: Value,
    /// Question (`Questions` id: service principal, aws:SourceArn,
    /// aws:SourceAccount) -> verdict; at most `POLICY_DECISIONS_MAX`, the
    /// oldest dropped first.
    pub decisions: Vec<(u32, crate::iam::policy::Decision)>,
    /// The verdict given last, kept inline: a topic fanning out asks every one
    /// of its queues the same question, and this answers it without another
    /// memory read.
    pub last: Option<(u32, crate::iam::policy::Decision)>,
}

/// The parts of a service sender's request a queue policy can look at; the
/// action (`sqs:SendMessage`) and the resource (the queue) are fixed per queue.
/// Kept as one buffer (each part: absent, or present with its length and
/// bytes) so that recognising a question reads one allocation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct ServiceQuestion {
    key: Vec<u8>,
}

impl ServiceQuestion {
    fn parts<'a>(from: &types::ServiceSender<'a>) -> [Option<&'a str>; 3] {
        [Some(from.service), from.source_arn, from.source_account]
    }

    pub(crate) fn new(from: &types::ServiceSender) -> Self {
        let mut key = Vec::new();
        for part in Self::parts(from) {
            match part {
                None => key.push(0),
                Some(p) => {
                    key.push(1);
                    key.extend_from_slice(&(p.len() as u64).to_le_bytes());
                    key.extend_from_slice(p.as_bytes());
                }
            }
        }
        ServiceQuestion { key }
    }

    pub(crate) fn is(&self, from: &types::ServiceSender) -> bool {
        let mut rest = self.key.as_slice();
        for part in Self::parts(from) {
            match (part, rest.split_first()) {
                (None, Some((0, r))) => rest = r,
                (Some(p), Some((1, r))) if r.len() >= 8 + p.len() => {
                    let (len, r) = r.split_at(8);
                    let (bytes, r) = r.split_at(p.len());
                    if len != (p.len() as u64).to_le_bytes() || bytes != p.as_bytes() {
                        return false;
                    }
                    rest = r;
                }
                _ => return false,
            }
        }
        rest.is_empty()
    }
}

/// Where a service sender last found a queue (an SNS subscription's queue):
/// the world keeps one per subscription and hands it back with each send, so a
/// topic fanning out does not resolve the same ARNs over and over. Trusted only
/// while its queue exists (queue ids are never reused and a queue's ARN never
/// changes); otherwise the ARN is resolved again. Derived state, never saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueHint(u32);

impl Default for QueueHint {
    fn default() -> Self {
        QueueHint(u32::MAX)
    }
}

/// Verdicts kept per queue policy: a queue usually hears from one topic or
/// bucket, a few at most; a bound keeps a queue subscribed to many topics from
/// growing the cache without limit (the rest are evaluated each time).
pub(crate) const POLICY_DECISIONS_MAX: usize = 16;

use crate::error::{empty_output as empty, input_as as parse, output_json as to_json};

impl Sqs {
    /// Runs one operation (`operation` as AWS names it, `input` the AWS JSON 1.0
    /// request body). Returns `None` when the call is parked (a long poll with
    /// nothing to return yet); its result later comes out of `drain_completed`.
    pub fn call(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        operation: &str,
        input: Value,
        call: CallId,
    ) -> Option<CallResult> {
        let Some(spec) = model::SPEC.operation(operation) else {
            return Some(Err(AwsError::client(
                "InvalidAction",
                format!("The action or operation requested is invalid. Verify that the action is typed correctly. ({operation})"),
            )));
        };
        if let Err(e) = input::check(spec, &input) {
            return Some(Err(e));
        }
        let mut input = input;
        if let Some(trace) = &caller.trace_header {
            trace_from_header(operation, &mut input, trace);
        }
        self.enter(sim);
        macro_rules! run {
            ($method:ident, $out:expr) => {
                parse(input)
                    .and_then(|i| self.$method(sim, caller, i))
                    .and_then($out)
            };
        }
        let result = match operation {
            "AddPermission" => run!(add_permission, empty),
            "CancelMessageMoveTask" => run!(cancel_message_move_task, to_json),
            "ChangeMessageVisibility" => run!(change_message_visibility, empty),
            "ChangeMessageVisibilityBatch" => run!(change_message_visibility_batch, to_json),
            "CreateQueue" => run!(create_queue, to_json),
            "DeleteMessage" => run!(delete_message, empty),
            "DeleteMessageBatch" => run!(delete_message_batch, to_json),
            "DeleteQueue" => run!(delete_queue, empty),
            "GetQueueAttributes" => run!(get_queue_attributes, to_json),
            "GetQueueUrl" => run!(get_queue_url, to_json),
            "ListDeadLetterSourceQueues" => run!(list_dead_letter_source_queues, to_json),
            "ListMessageMoveTasks" => run!(list_message_move_tasks, to_json),
            "ListQueueTags" => run!(list_queue_tags, to_json),
            "ListQueues" => run!(list_queues, to_json),
            "PurgeQueue" => run!(purge_queue, empty),
            "ReceiveMessage" => match parse(input) {
                Err(e) => Err(e),
                Ok(i) => match self.receive_message(sim, caller, i, call) {
                    None => return None,
                    Some(r) => r.and_then(to_json),
                },
            },
            "RemovePermission" => run!(remove_permission, empty),
            "SendMessage" => run!(send_message, to_json),
            "SendMessageBatch" => run!(send_message_batch, to_json),
            "SetQueueAttributes" => run!(set_queue_attributes, empty),
            "StartMessageMoveTask" => run!(start_message_move_task, to_json),
            "TagQueue" => run!(tag_queue, empty),
            "UntagQueue" => run!(untag_queue, empty),
            other => Err(AwsError::not_emulated(format!("sqs:{other}"))),
        };
        self.flush(sim);
        Some(result)
    }

    /// A timer of this engine fired (`sim.now` is its due time).
    pub fn fire(&mut self, sim: &mut Sim, timer: SqsTimer) {
        self.enter(sim);
        match timer {
            SqsTimer::QueueWake { queue } => {
                let Some(q) = self.queues.get_mut(&queue) else {
                    return; // the queue was deleted; the timer is moot
                };
                if q.wake_at == Some(sim.now.as_ms()) {
                    q.wake_at = None;
                    self.forget_hot(queue);
                }
                self.process_due(sim, queue);
                self.notify(queue);
            }
            SqsTimer::LongPollDeadline { call } => self.long_poll_deadline(sim, call),
            SqsTimer::MoveTaskTick { task } => self.move_task_tick(sim, task),
        }
        self.flush(sim);
    }

    /// Results of parked calls finished since the last drain.
    /// True when there is no queue at all.
    pub fn is_empty(&self) -> bool {
        self.queues.is_empty()
    }

    pub fn drain_completed(&mut self) -> Vec<(CallId, CallResult)> {
        std::mem::take(&mut self.completed)
    }

    /// Running totals (accepted, deleted, expired, ...).
    pub fn stats(&self) -> &SqsStats {
        &self.stats
    }

    /// The name of queue `id`, deleted queues included (journal events name
    /// queues by id).
    pub fn queue_name(&self, queue_id: u32) -> Option<&str> {
        self.queues
            .get(&queue_id)
            .map(|q| q.name.as_str())
            .or_else(|| self.deleted_queue_names.get(&queue_id).map(String::as_str))
    }

    // ------------------------------------------------------------ shared helpers

    pub(crate) fn record(sim: &mut Sim, e: SqsEvent) {
        sim.record(Event::Sqs(e));
    }

    pub(crate) fn queue(&self, id: u32) -> &Queue {
        self.queues.get(&id).expect("queue id resolved")
    }

    pub(crate) fn queue_mut(&mut self, id: u32) -> &mut Queue {
        self.queues.get_mut(&id).expect("queue id resolved")
    }

    pub(crate) fn key(&mut self, sim: &mut Sim) -> u64 {
        if self.receipt_key == 0 {
            self.receipt_key = sim.rng.next_u64() | 1;
        }
        self.receipt_key
    }

    pub(crate) fn lookup(&self, account: &str, region: &str, name: &str) -> Option<u32> {
        self.names.get(account)?.get(region)?.get(name).copied()
    }

    /// The queue a QueueUrl names. Any host is accepted (clients talk to
    /// `http://localhost:4566/...` as well as `https://sqs.us-east-1.amazonaws.com/...`);
    /// the account comes from the path, the region from an AWS host when there is
    /// one, else from the caller. A URL naming another region than the one called
    /// finds nothing, as it does on AWS.
    pub(crate) fn resolve_url(&self, caller: &Caller, url: &str) -> AwsResult<u32> {
        let parsed = parse_queue_url(url).ok_or_else(|| errors::invalid_address(url))?;
        if let Some(region) = parsed.region {
            if region != caller.region {
                return Err(errors::queue_does_not_exist());
            }
        }
        self.lookup(parsed.account, &caller.region, parsed.name)
            .ok_or_else(errors::queue_does_not_exist)
    }

    /// Applies a FIFO queue's request rate to one SendMessage, ReceiveMessage or
    /// DeleteMessage request (`action` 0, 1 or 2; a batch is one request).
    /// Standard queues have no such limit ("nearly unlimited").
    pub(crate) fn throttle(&mut self, sim: &Sim, id: u32, action: usize) -> AwsResult<()> {
        let Some(q) = self.queues.get_mut(&id) else {
            return Ok(());
        };
        if !q.fifo {
            return Ok(());
        }
        let a = &q.attributes;
        let per_second = if a.dedup_per_group && a.throughput_per_group {
            limits::fifo_tps_high_throughput(&q.region)
        } else {
            limits::FIFO_TPS_DEFAULT
        };
        if q.throttle[action].take(sim.now.as_ms(), per_second) {
            Ok(())
        } else {
            Err(errors::throttled())
        }
    }

    /// The queue an ARN names.
    pub(crate) fn resolve_arn(&self, arn: &str) -> Option<u32> {
        let (region, account, name) = parse_queue_arn(arn)?;
        self.lookup(account, region, name)
    }

    /// `resolve_arn` with a hint of where the queue was last time (see
    /// `QueueHint`), which it updates.
    pub(crate) fn resolve_arn_hinted(&self, arn: &str, hint: &mut QueueHint) -> Option<u32> {
        if self.queues.contains_key(&hint.0) {
            return Some(hint.0);
        }
        let id = self.resolve_arn(arn)?;
        *hint = QueueHint(id);
        Some(id)
    }

    /// Checks that `caller` may run `action` (AWS's action name, e.g.
    /// `SendMessage`) on queue `id`. The queue's own account may, unless its policy
    /// denies explicitly; another account needs an Allow in the queue policy, and
    /// only for the actions AWS shares across accounts (`shareable`).
    pub(crate) fn authorize(
        &self,
        caller: &Caller,
        id: u32,
        action: &str,
        shareable: bool,
    ) -> AwsResult<()> {
        let q = self.queue(id);
        let own = caller.account_id == q.account_id;
        let Some(doc) = &q.attributes.policy else {
            // No policy: the owner may do anything, nobody else anything.
            return if own {
                Ok(())
            } else {
                Err(errors::access_denied(
                    &format!("arn:aws:iam::{}:root", caller.account_id),
                    &format!("sqs:{action}"),
                    &q.arn,
                    false,
                ))
            };
        };
        let full_action = format!("sqs:{action}");
        let decision = policy::evaluate(
            doc,
            &policy::AccessRequest {
                principal: policy::Principal::Account(&caller.account_id),
                action: &full_action,
                resource: &q.arn,
                source_arn: None,
                source_account: None,
            },
        );
        let principal = || format!("arn:aws:iam::{}:root", caller.account_id);
        match decision {
            policy::Decision::ExplicitDeny => Err(errors::access_denied(
                &principal(),
                &full_action,
                &q.arn,
                true,
            )),
            _ if own => Ok(()),
            policy::Decision::Allow if shareable => Ok(()),
            _ => Err(errors::access_denied(
                &principal(),
                &full_action,
                &q.arn,
                false,
            )),
        }
    }

    /// Applies every timed change of queue `id` that is due at `sim.now`, in the
    /// order retention expiry, visibility expiry, delay end, then makes sure a wake
    /// timer is pending for the next one.
    pub(crate) fn process_due(&mut self, sim: &mut Sim, id: u32) {
        let now = sim.now.as_ms();
        let q = self.queues.get_mut(&id).expect("queue");
        let retention_ms = (q.attributes.retention_s as u64) * 1000;
        while let Some((base, slot)) = q.oldest() {
            if base.saturating_add(retention_ms) > now {
                break;
            }
            let m = q.remove(slot);
            self.stats.expired += 1;
            Self::record(
                sim,
                SqsEvent::MessageExpired {
                    queue: id,
                    message: m.id,
                },
            );
        }
        while let Some((deadline, slot)) = q.next_inflight() {
            if deadline > now {
                break;
            }
            let message = q.at(slot).id;
            q.make_visible(slot);
            Self::record(sim, SqsEvent::VisibilityExpired { queue: id, message });
        }
        while let Some((end, slot)) = q.next_delayed() {
            if end > now {
                break;
            }
            let message = q.at(slot).id;
            q.make_visible(slot);
            Self::record(sim, SqsEvent::DelayEnded { queue: id, message });
        }
        self.schedule_wake(sim, id);
    }

    /// Makes sure a wake timer is pending no later than queue `id`'s next timed
    /// change.
    pub(crate) fn schedule_wake(&mut self, sim: &mut Sim, id: u32) {
        let now = sim.now.as_ms();
        let q = self.queues.get_mut(&id).expect("queue");
        let Some(due) = q.next_due_ms() else { return };
        let due = due.max(now);
        if q.wake_at.is_some_and(|w| w <= due && w >= now) {
            return;
        }
        q.wake_at = Some(due);
        sim.schedule_in(due - now, Timer::Sqs(SqsTimer::QueueWake { queue: id }));
    }

    /// Notes that queue `id` may have messages for waiting long polls.
    pub(crate) fn notify(&mut self, id: u32) {
        if self.queues.get(&id).is_some_and(|q| !q.waiters.is_empty())
            && !self.to_serve.contains(&id)
        {
            self.to_serve.push(id);
        }
    }

    /// Serves the waiting long polls of every notified queue.
    pub(crate) fn flush(&mut self, sim: &mut Sim) {
        while let Some(id) = self.to_serve.pop() {
            self.serve_waiters(sim, id);
        }
    }

    /// Completes parked long polls on queue `id` while it has messages for them.
    pub(crate) fn serve_waiters(&mut self, sim: &mut Sim, id: u32) {
        loop {
            let Some(q) = self.queues.get(&id) else {
                return;
            };
            let Some(&call) = q.waiters.front() else {
                return;
            };
            if !q.has_receivable() {
                return;
            }
            let params = self.parked[&call].params.clone();
            match self.receive_now(sim, id, &params, true, false) {
                Ok(out) if out.messages.is_empty() => return,
                result => {
                    self.queue_mut(id).waiters.pop_front();
                    self.parked.remove(&call);
                    self.finish_long_poll(sim, id, call, result);
                }
            }
        }
    }

    /// Journals a long poll's end and hands its result to the world.
    pub(crate) fn finish_long_poll(
        &mut self,
        sim: &mut Sim,
        queue: u32,
        call: u64,
        result: AwsResult<ReceiveMessageOutput>,
    ) {
        let messages = result.as_ref().map_or(0, |o| o.messages.len() as u32);
        Self::record(
            sim,
            SqsEvent::LongPollCompleted {
                queue,
                call,
                messages,
            },
        );
        self.completed
            .push((CallId(call), result.and_then(to_json)));
    }

    /// A fresh MessageId (version-4 UUID bytes from the world's generator).
    pub(crate) fn new_message_id(sim: &mut Sim) -> [u8; 16] {
        let mut b = sim.rng.bytes16();
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        b
    }

    /// Checks every queue's indexes and counts, the long-poll bookkeeping and the
    /// conservation of messages; panics with a description if one is broken.
    pub fn check_invariants(&self, sim: &Sim) {
        let mut in_queues = 0u64;
        let mut named = 0usize;
        for (id, q) in self.queues.values().map(|q| (q.id, q)) {
            assert_eq!(
                self.queues.get(&id).map(|x| x.id),
                Some(q.id),
                "queue table index"
            );
            q.check();
            in_queues += q.len();
            assert_eq!(
                self.lookup(&q.account_id, &q.region, &q.name),
                Some(q.id),
                "queue {} missing from the name index",
                q.name
            );
            if let Some(due) = q.next_due_ms() {
                let wake = q.wake_at.unwrap_or_else(|| {
                    panic!(
                        "queue {}: a change is due at {due} ms but no wake timer is pending",
                        q.name
                    )
                });
                assert!(
                    wake <= due.max(sim.now.as_ms()),
                    "queue {}: wake timer later than the next change",
                    q.name
                );
            }
            for call in &q.waiters {
                let p = self
                    .parked
                    .get(call)
                    .unwrap_or_else(|| panic!("queue {}: waiter {call} not parked", q.name));
                assert_eq!(p.queue, q.id, "parked call {call} on the wrong queue");
            }
        }
        for m in self.names.values() {
            for r in m.values() {
                named += r.len();
            }
        }
        assert_eq!(named, self.queues.len(), "name index size");
        for c in &self.deferred.copies {
            let r = self
                .deferred
                .records
                .get(c.record as usize)
                .unwrap_or_else(|| panic!("deferred copy {} without its record", c.id));
            let q = self
                .queues
                .get(&c.queue)
                .unwrap_or_else(|| panic!("deferred copy {} for a deleted queue", c.id));
            assert!(
                !q.fifo && q.wake_at.is_some() && q.waiters.is_empty(),
                "queue {}: a deferred copy needs a standard queue, a pending wake and no waiters",
                q.name
            );
            assert!(
                r.sent_ms <= sim.now.as_ms(),
                "deferred copy sent in the future"
            );
        }
        for (call, p) in &self.parked {
            let q = self
                .queues
                .get(&p.queue)
                .unwrap_or_else(|| panic!("parked call {call} on a deleted queue"));
            assert!(
                q.waiters.contains(call),
                "parked call {call} not among its queue's waiters"
            );
        }
        self.check_hot();
        // Deferred copies are accepted and will be in their queues.
        in_queues += self.deferred.copies.len() as u64;
        let s = &self.stats;
        let gone = s.deleted + s.expired + s.purged + s.dropped_with_queue;
        assert_eq!(
            in_queues,
            s.accepted - gone,
            "conservation: {in_queues} messages in queues, but accepted {} - deleted {} - expired {} - purged {} - dropped {}",
            s.accepted,
            s.deleted,
            s.expired,
            s.purged,
            s.dropped_with_queue
        );
        assert!(
            self.next_message >= s.accepted,
            "message ids are never reused"
        );
    }
}

/// The parts of a queue URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QueueUrlParts<'a> {
    pub region: Option<&'a str>,
    pub account: &'a str,
    pub name: &'a str,
}

/// Parses `scheme://host[:port]/[queue/{region}/]{account}/{name}`.
pub(crate) fn parse_queue_url(url: &str) -> Option<QueueUrlParts<'_>> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/')?;
    let host = host.split(':').next().unwrap_or(host);
    let mut region = if let Some(r) = host
        .strip_prefix("sqs.")
        .and_then(|h| h.strip_suffix(".amazonaws.com"))
    {
        Some(r)
    } else if host == "queue.amazonaws.com" {
        Some("us-east-1")
    } else {
        host.strip_suffix(".queue.amazonaws.com")
    };
    let mut segments = path.rsplit('/').filter(|s| !s.is_empty());
    let name = segments.next()?;
    let account = segments.next()?;
    if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if region.is_none() {
        if let (Some(r), Some("queue")) = (segments.next(), segments.next()) {
            region = Some(r);
        }
    }
    Some(QueueUrlParts {
        region,
        account,
        name,
    })
}

/// Parses `arn:aws:sqs:{region}:{account}:{name}`.
pub(crate) fn parse_queue_arn(arn: &str) -> Option<(&str, &str, &str)> {
    let mut parts = arn.splitn(6, ':');
    let (a, partition, service, region, account, name) = (
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
    );
    if a != "arn" || !partition.starts_with("aws") || service != "sqs" || name.is_empty() {
        return None;
    }
    Some((region, account, name))
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `8-4-4-4-12` lowercase hex of 16 bytes. Written into a stack buffer: this
/// runs for every message sent and received.
pub(crate) fn uuid_string(b: &[u8; 16]) -> String {
    let mut out = [0u8; 36];
    let mut o = 0;
    for (i, byte) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out[o] = b'-';
            o += 1;
        }
        out[o] = HEX[(byte >> 4) as usize];
        out[o + 1] = HEX[(byte & 0xf) as usize];
        o += 2;
    }
    String::from(std::str::from_utf8(&out).expect("ASCII"))
}

/// Lowercase hex of a 16-byte digest.
pub(crate) fn hex16(b: &[u8; 16]) -> String {
    let mut out = [0u8; 32];
    for (i, byte) in b.iter().enumerate() {
        out[2 * i] = HEX[(byte >> 4) as usize];
        out[2 * i + 1] = HEX[(byte & 0xf) as usize];
    }
    String::from(std::str::from_utf8(&out).expect("ASCII"))
}

/// A sentence for an SQS event, for the page's event log.
pub fn describe_event(world: &crate::world::World, e: &SqsEvent) -> String {
    let q = |id: &u32| -> String {
        world
            .sqs
            .queue_name(*id)
            .map(str::to_string)
            .unwrap_or_else(|| format!("queue #{id}"))
    };
    match e {
        SqsEvent::QueueCreated { queue } => format!("Queue {} created", q(queue)),
        SqsEvent::QueueDeleted {
            queue,
            messages_dropped,
        } => {
            format!("Queue #{queue} deleted ({messages_dropped} messages dropped)")
        }
        SqsEvent::AttributesChanged { queue } => format!("{}: attributes changed", q(queue)),
        SqsEvent::TagsChanged { queue } => format!("{}: tags changed", q(queue)),
        SqsEvent::PermissionsChanged { queue } => format!("{}: permissions changed", q(queue)),
        SqsEvent::MessageSent {
            queue,
            message,
            delayed,
        } => format!(
            "{}: message #{message} sent{}",
            q(queue),
            if *delayed { " (delayed)" } else { "" }
        ),
        SqsEvent::DuplicateIgnored { queue, original } => {
            format!(
                "{}: duplicate of message #{original} accepted, not enqueued",
                q(queue)
            )
        }
        SqsEvent::MessageReceived {
            queue,
            message,
            receive_count,
        } => {
            format!(
                "{}: message #{message} received (receive {receive_count})",
                q(queue)
            )
        }
        SqsEvent::VisibilityChanged {
            queue,
            message,
            timeout_s,
        } => {
            format!(
                "{}: message #{message} visibility timeout set to {timeout_s}s",
                q(queue)
            )
        }
        SqsEvent::VisibilityExpired { queue, message } => {
            format!(
                "{}: message #{message} visible again (visibility timeout ran out)",
                q(queue)
            )
        }
        SqsEvent::MessageDeleted { queue, message } => {
            format!("{}: message #{message} deleted", q(queue))
        }
        SqsEvent::DeleteMissed { queue, message } => {
            format!(
                "{}: delete of message #{message} missed a copy; it will come back",
                q(queue)
            )
        }
        SqsEvent::MovedToDlq { from, to, message } => {
            format!(
                "{}: message #{message} moved to dead-letter queue {}",
                q(from),
                q(to)
            )
        }
        SqsEvent::MessageExpired { queue, message } => {
            format!(
                "{}: message #{message} expired (retention period)",
                q(queue)
            )
        }
        SqsEvent::DelayEnded { queue, message } => {
            format!("{}: message #{message} delay ended", q(queue))
        }
        SqsEvent::QueuePurged { queue, count } => format!("{}: purged {count} messages", q(queue)),
        SqsEvent::MoveTaskStarted { task, source } => {
            format!("Move task #{task} started on {}", q(source))
        }
        SqsEvent::MessageRedriven {
            task,
            from,
            to,
            message,
        } => {
            format!(
                "Move task #{task}: message #{message} moved from {} to {}",
                q(from),
                q(to)
            )
        }
        SqsEvent::MoveTaskFinished { task, status } => {
            format!("Move task #{task} {}", status.as_str())
        }
        SqsEvent::EmptyReceive { queue } => format!("{}: empty receive", q(queue)),
        SqsEvent::LongPollParked { queue, call } => {
            format!("{}: long poll #{call} waiting", q(queue))
        }
        SqsEvent::LongPollCompleted {
            queue,
            call,
            messages,
        } => {
            format!(
                "{}: long poll #{call} returned {messages} messages",
                q(queue)
            )
        }
    }
}

/// Drops `VecDeque` entries equal to `x` (small deques only: waiters lists).
pub(crate) fn remove_from(d: &mut VecDeque<u64>, x: u64) {
    d.retain(|&y| y != x);
}

/// A send whose request carried an X-Ray trace header (`X-Amzn-Trace-Id`)
/// gives its messages that header as their `AWSTraceHeader` system
/// attribute, unless a message names one itself, which wins ("Amazon SQS
/// and AWS X-Ray": the X-Ray SDK sends the header over HTTP; the system
/// attribute is the other way to send it).
fn trace_from_header(operation: &str, input: &mut Value, trace: &str) {
    let add = |message: &mut Value| {
        if let Some(m) = message.as_object_mut() {
            let system = m
                .entry("MessageSystemAttributes")
                .or_insert_with(|| serde_json::json!({}));
            if let Some(system) = system.as_object_mut() {
                system.entry("AWSTraceHeader").or_insert_with(
                    || serde_json::json!({"DataType": "String", "StringValue": trace}),
                );
            }
        }
    };
    match operation {
        "SendMessage" => add(input),
        "SendMessageBatch" => {
            if let Some(entries) = input.get_mut("Entries").and_then(Value::as_array_mut) {
                entries.iter_mut().for_each(add);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_queue_urls_from_any_host() {
        let p = parse_queue_url("https://sqs.eu-west-1.amazonaws.com/123456789012/orders").unwrap();
        assert_eq!(p.region, Some("eu-west-1"));
        assert_eq!((p.account, p.name), ("123456789012", "orders"));
        let p = parse_queue_url("http://127.0.0.1:4566/123456789012/q.fifo").unwrap();
        assert_eq!(p.region, None);
        assert_eq!(p.name, "q.fifo");
        let p = parse_queue_url("http://localhost:4566/queue/us-west-2/123456789012/q").unwrap();
        assert_eq!(p.region, Some("us-west-2"));
        assert!(parse_queue_url("orders").is_none());
        assert!(parse_queue_url("http://localhost/abc/q").is_none());
        assert_eq!(
            parse_queue_arn("arn:aws:sqs:us-east-1:123456789012:dlq"),
            Some(("us-east-1", "123456789012", "dlq"))
        );
        assert!(parse_queue_arn("arn:aws:sns:us-east-1:123456789012:t").is_none());
    }
}
