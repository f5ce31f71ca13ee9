//! Amazon Data Firehose (formerly Kinesis Data Firehose): delivery streams that
//! buffer records by size and by time, optionally transform them, compress them
//! and deliver them as objects to S3, on the virtual clock.
//!
//! # Layout
//! - `mod.rs` (this file): the engine (`Firehose`), its journal events
//!   ([`FirehoseEvent`]) and timers ([`FirehoseTimer`]), `call` dispatch, Direct
//!   PUT (PutRecord, PutRecordBatch with per-record results and AWS's quotas),
//!   the buffers, flushes, deliveries and their retries, and `check_invariants`.
//! - [`config`]: the destination configuration (ExtendedS3 / S3) — parsing,
//!   AWS's validation, UpdateDestination's merge, the descriptions.
//! - [`ops`]: the stream lifecycle operations (create, delete, describe, list,
//!   tags, update destination). [`prefix`]: object keys and custom prefixes.
//!   [`dest`], `deliver`, [`redshift`], [`receivers`]: the destinations
//!   other than S3 and their simulated receivers.
//!   [`compress`]: GZIP / Snappy / HADOOP_SNAPPY. [`transform`]: the simulated
//!   transformation function and its seam. [`source`]: reading a Kinesis data
//!   stream as source, through the world. [`limits`], [`errors`], [`model`].
//!
//! # Engines never call each other
//! A flush becomes an [`S3Write`] in an outbox; the world carries it to S3
//! (`S3::put_object_from_service` as the stream's account) and reports the
//! outcome back (`write_result`): a missing bucket fails the delivery with
//! `S3.NoSuchBucket`, another account's bucket with `S3.AccessDenied`, and the
//! object is retried every 5 s for up to 24 h, then discarded, as AWS does for
//! S3. A Kinesis source is read by the world on a timer (`source::poll`) through
//! Kinesis's public operations (ListShards, GetShardIterator, GetRecords).
//!
//! # Guarantees
//! - No wall clock, no threads, no unseeded randomness; every change is a
//!   [`FirehoseEvent`] in the journal.
//! - A record is in exactly one place: the processing buffer, the delivery
//!   buffer, an object waiting to be (re)written, or delivered / dropped /
//!   discarded (counted). `check_invariants` checks the buffers' byte counts.
//!
//! Other destinations: [`dest`] (configuration), `deliver` (batches to HTTP
//! endpoints / OpenSearch / Splunk, Redshift's COPY, backups), [`redshift`]
//! (CopyOptions and the load), [`receivers`] (the simulated receivers).
//!
//! Refused by name: Snowflake and Iceberg destinations, MSK and database
//! sources, dynamic partitioning, data format conversion, OpenSearch VPC
//! delivery, processors other than Lambda and AppendDelimiterToRecord, ZIP compression,
//! custom time zones other than UTC, KMS itself (server-side encryption's
//! settings and status are kept and reported; nothing is encrypted).

pub mod compress;
pub mod config;
mod deliver;
pub mod dest;
pub mod errors;
pub mod limits;
pub mod model;
mod ops;
pub mod prefix;
pub mod receivers;
pub mod redshift;
pub mod source;
pub mod transform;

pub use config::S3Destination;
pub use dest::Target;
pub use receivers::Receivers;
pub use transform::{FirehoseSettings, SimFunction};

use crate::error::{AwsError, AwsResult};
use crate::sim::{Event, Sim, Timer};
use crate::world::{CallResult, Caller};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::{BTreeMap, VecDeque};

/// Firehose timers (payload of `sim::Timer::Firehose`). Never cancelled: a stale
/// one (its generation or transition no longer current) is ignored.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FirehoseTimer {
    /// CREATING -> ACTIVE or DELETING -> gone.
    Transition { stream: u32, transition: u64 },
    /// The delivery buffer's interval ran out.
    BufferInterval { stream: u32, generation: u64 },
    /// The processor's buffer interval ran out.
    ProcessingInterval { stream: u32, generation: u64 },
    /// Write a failed object again.
    Retry { stream: u32, object: u64 },
    /// Read the Kinesis source stream's shards.
    PollSource { stream: u32 },
    /// StartDeliveryStreamEncryption / Stop... completes (ENABLING -> ENABLED,
    /// DISABLING -> DISABLED).
    Encryption { stream: u32, serial: u64 },
    /// Send a batch to an HTTP endpoint / OpenSearch / Splunk again.
    DeliverBatch { stream: u32, batch: u64 },
    /// Run a Redshift COPY of an intermediate object again.
    Copy { stream: u32, object: u64 },
    /// The source-record backup buffer's interval ran out.
    BackupInterval { stream: u32, generation: u64 },
    /// A world Lambda function finished transforming a batch.
    TransformDone { stream: u32, call: u64 },
}

/// AWS's DeliveryStreamEncryptionStatus (the states Switchyard reaches: KMS is
/// not emulated, so nothing fails).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EncryptionState {
    #[default]
    Disabled,
    Enabling,
    Enabled,
    Disabling,
}

impl EncryptionState {
    pub fn as_str(self) -> &'static str {
        match self {
            EncryptionState::Disabled => "DISABLED",
            EncryptionState::Enabling => "ENABLING",
            EncryptionState::Enabled => "ENABLED",
            EncryptionState::Disabling => "DISABLING",
        }
    }
}

/// Why a buffer was flushed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FlushReason {
    /// The buffer reached its size hint.
    Size,
    /// The buffer's interval ran out.
    Interval,
}

/// Firehose journal events (payload of `sim::Event::Firehose`): small ids only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FirehoseEvent {
    StreamCreated {
        stream: u32,
    },
    StatusChanged {
        stream: u32,
        status: StreamStatus,
    },
    StreamDeleted {
        stream: u32,
    },
    DestinationUpdated {
        stream: u32,
        version: u64,
    },
    TagsChanged {
        stream: u32,
    },
    /// A PutRecord / PutRecordBatch: records accepted and refused.
    RecordsPut {
        stream: u32,
        accepted: u32,
        failed: u32,
        bytes: u64,
    },
    /// A put refused by the Direct PUT quota.
    Throttled {
        stream: u32,
    },
    /// Records read from the Kinesis source.
    SourceRead {
        stream: u32,
        shard: String,
        records: u32,
    },
    /// The processor's buffer was handed to the function.
    Transformed {
        stream: u32,
        ok: u32,
        dropped: u32,
        failed: u32,
        reason: FlushReason,
    },
    /// The function could not be invoked (after the retries).
    InvocationFailed {
        stream: u32,
        code: String,
        attempts: u32,
    },
    /// The delivery buffer became an object.
    BufferFlushed {
        stream: u32,
        object: u64,
        records: u32,
        bytes: u64,
        reason: FlushReason,
    },
    /// An object was written to S3.
    ObjectDelivered {
        stream: u32,
        object: u64,
        error_output: bool,
    },
    /// Writing an object failed; it will be retried (or discarded, below).
    DeliveryFailed {
        stream: u32,
        object: u64,
        code: String,
    },
    /// An object's retries ran out: its records are discarded.
    DeliveryDiscarded {
        stream: u32,
        object: u64,
        records: u32,
    },
    /// Server-side encryption finished turning on or off.
    EncryptionChanged {
        stream: u32,
        enabled: bool,
    },
    /// A batch reached its HTTP endpoint / OpenSearch / Splunk destination.
    BatchDelivered {
        stream: u32,
        batch: u64,
        records: u32,
        attempts: u32,
    },
    /// An attempt to deliver a batch failed for `records` of its records.
    BatchFailed {
        stream: u32,
        batch: u64,
        records: u32,
        code: String,
    },
    /// The retry duration ran out: the batch's failed records go to S3.
    BatchBackedUp {
        stream: u32,
        batch: u64,
        records: u32,
    },
    /// A Redshift COPY loaded an intermediate object.
    CopyLoaded {
        stream: u32,
        object: u64,
        rows: u32,
    },
    /// A Redshift COPY failed (retried while the retry duration lasts).
    CopyFailed {
        stream: u32,
        object: u64,
        code: String,
    },
    /// The COPY's retries ran out: its manifest went to the errors/ folder.
    CopySkipped {
        stream: u32,
        object: u64,
    },
    /// The source-record backup buffer became an object.
    BackupFlushed {
        stream: u32,
        object: u64,
        records: u32,
        bytes: u64,
    },
    // (New variants go last: the journal digest hashes variant indices.)
}

/// AWS's DeliveryStreamStatus (the states Switchyard reaches).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StreamStatus {
    Creating,
    Active,
    Deleting,
}

impl StreamStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            StreamStatus::Creating => "CREATING",
            StreamStatus::Active => "ACTIVE",
            StreamStatus::Deleting => "DELETING",
        }
    }
}

/// Where a delivery stream's records come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceKind {
    DirectPut {
        throughput_hint_mb: Option<u32>,
    },
    KinesisStream {
        stream_arn: String,
        role_arn: String,
        /// Virtual ms the delivery stream became ACTIVE (DeliveryStartTimestamp).
        start_ms: Option<u64>,
    },
}

/// A record waiting in the processor's buffer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingRecord {
    #[serde(with = "crate::s3::b64_bytes")]
    pub data: Vec<u8>,
    pub arrival_unix_ms: u64,
}

/// A buffer of records. The delivery buffer keeps only the concatenated bytes
/// (Firehose concatenates records with no delimiter), the processor's buffer
/// keeps records apart (`records`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Buffer {
    #[serde(with = "crate::s3::b64_bytes")]
    pub bytes: Vec<u8>,
    pub records: Vec<PendingRecord>,
    /// Bytes of data in `records` (kept as they come, not summed per record).
    #[serde(default)]
    pub records_bytes: u64,
    pub count: u32,
    /// Unix ms of the oldest record's arrival (for `!{timestamp:...}`).
    pub oldest_unix_ms: Option<u64>,
    /// Virtual ms the first record went in (the interval counts from here).
    pub opened_ms: Option<u64>,
    /// Bumped at each flush, so older interval timers are stale.
    pub generation: u64,
}

impl Buffer {
    /// Bytes held (records' data).
    pub fn size(&self) -> u64 {
        self.bytes.len() as u64 + self.records_bytes
    }
}

/// An object made from a flush, until it is written (or discarded).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingObject {
    pub id: u64,
    pub bucket: String,
    pub key: String,
    #[serde(with = "crate::s3::b64_bytes")]
    pub body: Vec<u8>,
    pub records: u32,
    pub first_attempt_ms: u64,
    pub attempts: u32,
    pub error_output: bool,
    pub last_error: Option<String>,
    /// A backup (source records, or All* data), not the delivery itself.
    #[serde(default)]
    pub backup: bool,
}

/// An object that landed, for the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveredObject {
    pub at_ms: u64,
    pub bucket: String,
    pub key: String,
    pub bytes: u64,
    pub records: u32,
    pub error_output: bool,
}

/// Where Firehose is in one source shard (the shared reader's cursor).
pub use crate::clients::shards::ShardCursor;

/// Counters per delivery stream (the page; CloudWatch's IncomingRecords,
/// DeliveryToS3.Records, ... in spirit).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreamCounters {
    pub incoming_records: u64,
    pub incoming_bytes: u64,
    pub throttled_records: u64,
    pub delivered_objects: u64,
    pub delivered_records: u64,
    pub delivered_bytes: u64,
    pub failed_attempts: u64,
    pub discarded_records: u64,
    pub transformed_ok: u64,
    pub dropped_records: u64,
    pub processing_failed_records: u64,
    /// Records that reached a destination other than S3 (rows loaded by
    /// COPY for Redshift).
    #[serde(default)]
    pub destination_records: u64,
    /// Failed attempts at a destination other than S3.
    #[serde(default)]
    pub destination_failed_attempts: u64,
    /// Records written to S3 as failed data after the retries ran out.
    #[serde(default)]
    pub backed_up_failed_records: u64,
}

/// The current one-second window of the Direct PUT quota.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateWindow {
    pub second: u64,
    pub records: u64,
    pub requests: u64,
    pub bytes: u64,
}

/// One delivery stream.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeliveryStream {
    pub id: u32,
    pub name: String,
    pub arn: String,
    pub account_id: String,
    pub region: String,
    pub status: StreamStatus,
    pub transition: u64,
    pub source: SourceKind,
    pub created_ms: u64,
    pub updated_ms: Option<u64>,
    /// VersionId: 1 at creation, +1 per configuration change.
    pub version: u64,
    pub destination: S3Destination,
    pub tags: BTreeMap<String, String>,
    /// DeliveryStreamEncryptionConfigurationInput as given (KeyType, KeyARN).
    pub encryption: Option<Value>,
    /// Server-side encryption's status.
    #[serde(default)]
    pub encryption_state: EncryptionState,
    /// Bumped by each Start/Stop, so older completion timers are stale.
    #[serde(default)]
    pub encryption_serial: u64,
    /// Virtual ms of the Start/StopDeliveryStreamEncryption calls taken in the
    /// last 24 hours (`limits::ENCRYPTION_CALLS_MAX` per window), oldest first.
    #[serde(default)]
    pub encryption_calls: VecDeque<u64>,
    pub buffer: Buffer,
    pub processing: Buffer,
    pub pending: BTreeMap<u64, PendingObject>,
    pub cursors: BTreeMap<String, ShardCursor>,
    pub window: RateWindow,
    pub counters: StreamCounters,
    /// The last objects delivered (at most `RECENT_OBJECTS`).
    pub recent: VecDeque<DeliveredObject>,
    /// The last delivery or invocation error (code: message).
    pub last_error: Option<String>,
    next_record: u64,
    /// The destination when it is not S3 (`destination` is then its S3
    /// configuration: Redshift's intermediate bucket, the others' backup).
    #[serde(default)]
    pub target: Target,
    /// Batches on their way to an HTTP endpoint / OpenSearch / Splunk.
    #[serde(default)]
    pub batches: BTreeMap<u64, deliver::PendingBatch>,
    /// Intermediate objects waiting for (or retrying) their Redshift COPY.
    #[serde(default)]
    pub copies: BTreeMap<u64, deliver::PendingCopy>,
    /// Source records waiting to be backed up (S3BackupMode Enabled).
    #[serde(default)]
    pub backup_buffer: Buffer,
    /// Batches a world Lambda function is transforming (Firehose waits for
    /// the synchronous invocation's run time), by call id.
    #[serde(default)]
    pub transforming: BTreeMap<u64, Transforming>,
}

/// A batch in a world Lambda function, with the answer it will give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transforming {
    pub records: Vec<PendingRecord>,
    pub reason: FlushReason,
    pub response: Result<Value, transform::InvokeError>,
    pub done_ms: u64,
}

/// A buffer's race between its size hint and its interval, for the page: the
/// first to reach 100 % flushes it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BufferRace {
    pub records: u32,
    pub bytes: u64,
    pub size_limit: u64,
    /// Virtual ms since the buffer's first record (0 when empty).
    pub elapsed_ms: u64,
    pub interval_ms: u64,
}

impl BufferRace {
    /// How full the buffer is, 0..=1.
    pub fn size_fraction(&self) -> f64 {
        (self.bytes as f64 / self.size_limit.max(1) as f64).min(1.0)
    }
    /// How much of the interval has passed, 0..=1 (1 for a zero interval
    /// with records waiting).
    pub fn time_fraction(&self) -> f64 {
        if self.records == 0 {
            0.0
        } else if self.interval_ms == 0 {
            1.0
        } else {
            (self.elapsed_ms as f64 / self.interval_ms as f64).min(1.0)
        }
    }
    /// Which trigger is ahead: "size", "interval", or "empty".
    pub fn leader(&self) -> &'static str {
        if self.records == 0 {
            "empty"
        } else if self.size_fraction() >= self.time_fraction() {
            "size"
        } else {
            "interval"
        }
    }
}

impl DeliveryStream {
    /// The delivery buffer's race at virtual `now_ms`.
    pub fn delivery_race(&self, now_ms: u64) -> BufferRace {
        BufferRace {
            records: self.buffer.count,
            bytes: self.buffer.size(),
            size_limit: self.delivery_hints().0,
            elapsed_ms: self
                .buffer
                .opened_ms
                .map_or(0, |t| now_ms.saturating_sub(t)),
            interval_ms: self.delivery_hints().1,
        }
    }

    /// The delivery buffer's size hint in bytes and interval in ms: the
    /// destination's own BufferingHints, else the S3 configuration's.
    pub fn delivery_hints(&self) -> (u64, u64) {
        let (mb, s) = self
            .target
            .hints()
            .unwrap_or((self.destination.size_mb, self.destination.interval_s));
        (u64::from(mb) * 1024 * 1024, u64::from(s) * 1000)
    }

    /// The transformation buffer's race, when a function transforms records.
    pub fn processing_race(&self, now_ms: u64) -> Option<BufferRace> {
        let p = self.destination.lambda()?;
        Some(BufferRace {
            records: self.processing.count,
            bytes: self.processing.size(),
            size_limit: p.size_bytes,
            elapsed_ms: self
                .processing
                .opened_ms
                .map_or(0, |t| now_ms.saturating_sub(t)),
            interval_ms: u64::from(p.interval_s) * 1000,
        })
    }
}

/// How many delivered objects a stream remembers for the page.
pub const RECENT_OBJECTS: usize = 20;

impl DeliveryStream {
    pub fn type_str(&self) -> &'static str {
        match self.source {
            SourceKind::DirectPut { .. } => "DirectPut",
            SourceKind::KinesisStream { .. } => "KinesisStreamAsSource",
        }
    }
}

/// Something for the world to write into S3 on a stream's behalf.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct S3Write {
    pub stream: u32,
    pub object: u64,
    pub account_id: String,
    pub region: String,
    pub bucket: String,
    pub key: String,
    pub body: Vec<u8>,
    /// The body's length (the body itself moves into S3).
    pub size: u64,
}

/// The Firehose engine: every delivery stream of every account and Region.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Firehose {
    streams: BTreeMap<u32, DeliveryStream>,
    /// account -> region -> name -> stream id.
    names: BTreeMap<String, BTreeMap<String, BTreeMap<String, u32>>>,
    /// Names of deleted streams, so old journal events still read by name.
    deleted_names: BTreeMap<u32, String>,
    next_stream: u32,
    next_object: u64,
    /// Keys RecordIds; drawn from the world's generator on first use.
    record_id_key: u64,
    /// Simulation settings (simulated transformation functions, receivers'
    /// failure rates).
    #[serde(default)]
    pub settings: FirehoseSettings,
    /// The simulated receivers of destinations other than S3.
    #[serde(default)]
    pub receivers: Receivers,
    /// Writes for the world to carry; always empty between calls (the world
    /// drains it), so not saved.
    #[serde(skip)]
    outbox: Vec<S3Write>,
    /// Streams whose Kinesis source the world should read now.
    #[serde(skip)]
    polls: Vec<u32>,
    /// Copies of the records each stream takes in, for the Analytics
    /// applications reading it (stream id -> (arrival Unix ms, data)); a
    /// stream has an entry once an application reads it.
    #[serde(default)]
    taps: BTreeMap<u32, Vec<(u64, Vec<u8>)>>,
    /// Transformations for the world to run on its Lambda engine; always
    /// empty between calls.
    #[serde(skip)]
    transforms: Vec<TransformCall>,
}

/// A transformation by a function of the world's Lambda engine, for the
/// world to run (engines never call each other).
#[derive(Debug, Clone, PartialEq)]
pub struct TransformCall {
    pub stream: u32,
    /// How many times an invocation error may be tried (NumberOfRetries + 1).
    pub attempts: u32,
    pub lambda_arn: String,
    /// Firehose's transformation event.
    pub event: Value,
    records: Vec<PendingRecord>,
    reason: FlushReason,
}

impl Firehose {
    /// Runs one operation (`operation` as AWS names it, `input` the AWS JSON 1.1
    /// request body).
    pub fn call(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        operation: &str,
        input: Value,
    ) -> CallResult {
        let input = crate::kinesis::input::operation_input(&model::SPEC, operation, input)?;
        match operation {
            "CreateDeliveryStream" => self.create_delivery_stream(sim, caller, &input),
            "DeleteDeliveryStream" => self.delete_delivery_stream(sim, caller, &input),
            "DescribeDeliveryStream" => self.describe_delivery_stream(sim, caller, &input),
            "ListDeliveryStreams" => self.list_delivery_streams(caller, &input),
            "TagDeliveryStream" => self.tag_delivery_stream(sim, caller, &input),
            "UntagDeliveryStream" => self.untag_delivery_stream(sim, caller, &input),
            "ListTagsForDeliveryStream" => self.list_tags_for_delivery_stream(caller, &input),
            "UpdateDestination" => self.update_destination(sim, caller, &input),
            "StartDeliveryStreamEncryption" => self.start_encryption(sim, caller, &input),
            "StopDeliveryStreamEncryption" => self.stop_encryption(sim, caller, &input),
            "PutRecord" => self.put_record(sim, caller, &input),
            "PutRecordBatch" => self.put_record_batch(sim, caller, &input),
            other => Err(AwsError::not_emulated(format!("firehose:{other}"))),
        }
    }

    /// A timer of this engine fired (`sim.now` is its due time).
    pub fn fire(&mut self, sim: &mut Sim, timer: FirehoseTimer) {
        match timer {
            FirehoseTimer::Transition { stream, transition } => {
                self.complete_transition(sim, stream, transition)
            }
            FirehoseTimer::BufferInterval { stream, generation } => {
                if self
                    .streams
                    .get(&stream)
                    .is_some_and(|s| s.buffer.generation == generation)
                {
                    self.flush(sim, stream, FlushReason::Interval);
                }
            }
            FirehoseTimer::ProcessingInterval { stream, generation } => {
                if self
                    .streams
                    .get(&stream)
                    .is_some_and(|s| s.processing.generation == generation)
                {
                    self.run_processing(sim, stream, FlushReason::Interval);
                }
            }
            FirehoseTimer::Retry { stream, object } => self.retry(sim, stream, object),
            FirehoseTimer::DeliverBatch { stream, batch } => self.attempt_batch(sim, stream, batch),
            FirehoseTimer::Copy { stream, object } => self.attempt_copy(sim, stream, object),
            FirehoseTimer::TransformDone { stream, call } => {
                let Some(t) = self
                    .streams
                    .get_mut(&stream)
                    .and_then(|s| s.transforming.remove(&call))
                else {
                    return;
                };
                self.finish_transform(sim, stream, t.records, t.reason, t.response);
            }
            FirehoseTimer::BackupInterval { stream, generation } => {
                if self
                    .streams
                    .get(&stream)
                    .is_some_and(|s| s.backup_buffer.generation == generation)
                {
                    self.flush_backup(sim, stream);
                }
            }
            FirehoseTimer::Encryption { stream, serial } => {
                let Some(s) = self.streams.get_mut(&stream) else {
                    return;
                };
                if s.encryption_serial != serial {
                    return;
                }
                s.encryption_state = match s.encryption_state {
                    EncryptionState::Enabling => EncryptionState::Enabled,
                    EncryptionState::Disabling => {
                        s.encryption = None;
                        EncryptionState::Disabled
                    }
                    other => other,
                };
                let enabled = s.encryption_state == EncryptionState::Enabled;
                Self::record(sim, FirehoseEvent::EncryptionChanged { stream, enabled });
            }
            FirehoseTimer::PollSource { stream } => {
                let Some(s) = self.streams.get(&stream) else {
                    return;
                };
                if s.status == StreamStatus::Active {
                    self.polls.push(stream);
                    sim.schedule_in(
                        limits::SOURCE_POLL_MS,
                        Timer::Firehose(FirehoseTimer::PollSource { stream }),
                    );
                }
            }
        }
    }

    /// Writes produced since the last drain, for the world to carry to S3.
    pub fn drain_writes(&mut self) -> Vec<S3Write> {
        std::mem::take(&mut self.outbox)
    }

    /// Streams whose Kinesis source is due to be read (`source::poll`).
    /// Starts keeping a copy of what stream `id` takes in (an Analytics
    /// application reads it).
    pub fn tap(&mut self, id: u32) {
        self.taps.entry(id).or_default();
    }

    /// Stops keeping copies for every tapped stream `keep` rejects.
    pub fn untap_unless(&mut self, keep: impl Fn(u32) -> bool) {
        self.taps.retain(|id, _| keep(*id));
    }

    pub fn has_taps(&self) -> bool {
        !self.taps.is_empty()
    }

    /// The records stream `id` took in since the last call.
    pub fn take_tap(&mut self, id: u32) -> Vec<(u64, Vec<u8>)> {
        self.taps
            .get_mut(&id)
            .map(std::mem::take)
            .unwrap_or_default()
    }

    pub fn drain_polls(&mut self) -> Vec<u32> {
        std::mem::take(&mut self.polls)
    }

    /// Every delivery stream, by id.
    pub fn streams(&self) -> impl Iterator<Item = &DeliveryStream> {
        self.streams.values()
    }

    /// One delivery stream by id.
    pub fn stream(&self, id: u32) -> Option<&DeliveryStream> {
        self.streams.get(&id)
    }

    /// The id of delivery stream `name` of an account and Region.
    pub fn lookup(&self, account: &str, region: &str, name: &str) -> Option<u32> {
        self.names.get(account)?.get(region)?.get(name).copied()
    }

    /// The name of stream `id`, deleted streams included.
    pub fn stream_name(&self, id: u32) -> Option<&str> {
        self.streams
            .get(&id)
            .map(|s| s.name.as_str())
            .or_else(|| self.deleted_names.get(&id).map(String::as_str))
    }

    /// The ARNs of every ACTIVE delivery stream (SNS firehose subscriptions
    /// resolve their endpoint here through the world).
    pub fn lookup_arn(&self, arn: &str) -> Option<u32> {
        let rest = arn.strip_prefix("arn:aws:firehose:")?;
        let mut it = rest.splitn(3, ':');
        let region = it.next()?;
        let account = it.next()?;
        let name = it.next()?.strip_prefix("deliverystream/")?;
        self.lookup(account, region, name)
    }

    /// A record put by another service on a delivery stream's behalf (an SNS
    /// subscription of protocol firehose): the stream is named by ARN and must
    /// be ACTIVE with Direct PUT as source; the Direct PUT quota applies.
    pub fn put_from_service(&mut self, sim: &mut Sim, arn: &str, data: Vec<u8>) -> AwsResult<()> {
        let Some(id) = self.lookup_arn(arn) else {
            let name = arn.rsplit('/').next().unwrap_or(arn);
            let account = arn.split(':').nth(4).unwrap_or_default();
            return Err(errors::not_found(name, account));
        };
        let s = &self.streams[&id];
        if s.status != StreamStatus::Active {
            return Err(errors::not_found(&s.name, &s.account_id));
        }
        if let SourceKind::KinesisStream { .. } = s.source {
            return Err(errors::invalid_argument(
                "This operation is not permitted on KinesisStreamAsSource delivery stream type.",
            ));
        }
        let n = data.len() as u64;
        if !self.admit(sim, id, 1, n) {
            self.s(id).counters.throttled_records += 1;
            self.metric(sim, id, "ThrottledRecords", 1.0);
            Self::record(sim, FirehoseEvent::Throttled { stream: id });
            return Err(errors::slow_down());
        }
        Self::record(
            sim,
            FirehoseEvent::RecordsPut {
                stream: id,
                accepted: 1,
                failed: 0,
                bytes: n,
            },
        );
        self.incoming_metrics(sim, id, 1, n, false);
        let arrival = sim.unix_ms();
        self.ingest(sim, id, data, arrival);
        Ok(())
    }

    /// Adds `value` to CloudWatch metric `name` (namespace AWS/Firehose,
    /// dimension DeliveryStreamName) of stream `id`.
    fn metric(&self, sim: &mut Sim, id: u32, name: &str, value: f64) {
        let Some(s) = self.streams.get(&id) else {
            return;
        };
        let series = sim.metrics.series(crate::sim::metrics::MetricKey {
            account_id: s.account_id.clone(),
            region: s.region.clone(),
            namespace: "AWS/Firehose".into(),
            name: name.into(),
            dimensions: vec![("DeliveryStreamName".into(), s.name.clone())],
        });
        let now = sim.now;
        sim.metrics.add(series, now, value);
    }

    /// The metrics of records taken in: IncomingRecords, IncomingBytes and,
    /// for a Direct PUT request, IncomingPutRequests.
    fn incoming_metrics(
        &self,
        sim: &mut Sim,
        id: u32,
        records: u64,
        bytes: u64,
        put_request: bool,
    ) {
        self.metric(sim, id, "IncomingRecords", records as f64);
        self.metric(sim, id, "IncomingBytes", bytes as f64);
        if put_request {
            self.metric(sim, id, "IncomingPutRequests", 1.0);
        }
    }

    fn record(sim: &mut Sim, e: FirehoseEvent) {
        sim.record(Event::Firehose(e));
    }

    /// Resolves `DeliveryStreamName` of the caller's account and Region.
    fn resolve(&self, caller: &Caller, input: &Value) -> AwsResult<u32> {
        let name = input["DeliveryStreamName"].as_str().unwrap_or_default();
        config::check_name(name)?;
        self.lookup(&caller.account_id, &caller.region, name)
            .ok_or_else(|| errors::not_found(name, &caller.account_id))
    }

    fn s(&mut self, id: u32) -> &mut DeliveryStream {
        self.streams.get_mut(&id).expect("stream id resolved")
    }

    // ----------------------------------------------------------- Direct PUT

    /// The stream a put goes to: ACTIVE, Direct PUT.
    fn resolve_for_put(&self, caller: &Caller, input: &Value) -> AwsResult<u32> {
        let id = self.resolve(caller, input)?;
        let s = &self.streams[&id];
        if s.status != StreamStatus::Active {
            // AWS answers puts to a stream that is not ACTIVE with
            // ResourceNotFoundException (a CREATING stream "is not available");
            // wording ours.
            return Err(AwsError::client(
                "ResourceNotFoundException",
                format!(
                    "Firehose {} under account {} is not ACTIVE (it is {}).",
                    s.name,
                    s.account_id,
                    s.status.as_str()
                ),
            ));
        }
        if let SourceKind::KinesisStream { .. } = s.source {
            return Err(errors::invalid_argument(
                "This operation is not permitted on KinesisStreamAsSource delivery stream type.",
            ));
        }
        Ok(id)
    }

    /// Counts a request of `records` / `bytes` against the Direct PUT quota's
    /// current one-second window; false if it does not fit.
    fn admit(&mut self, sim: &Sim, id: u32, records: u64, bytes: u64) -> bool {
        let s = self.s(id);
        let q = limits::direct_put_quota(&s.region);
        let second = sim.now.as_ms() / 1000;
        if s.window.second != second {
            s.window = RateWindow {
                second,
                ..Default::default()
            };
        }
        let w = &mut s.window;
        if w.requests + 1 > q.requests_per_s
            || w.records + records > q.records_per_s
            || w.bytes + bytes > q.bytes_per_s
        {
            return false;
        }
        w.requests += 1;
        w.records += records;
        w.bytes += bytes;
        true
    }

    /// A RecordId: opaque, unique per stream, 64 characters of base64 like
    /// AWS's (which are longer; their content is undocumented).
    fn record_id(&mut self, sim: &mut Sim, id: u32) -> String {
        if self.record_id_key == 0 {
            self.record_id_key = sim.rng.next_u64() | 1;
        }
        let key = self.record_id_key;
        let s = self.s(id);
        s.next_record += 1;
        let n = s.next_record;
        let mut words = [0u64; 6];
        let mut x = key ^ (u64::from(id) << 40) ^ n;
        for w in &mut words {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            *w = z ^ (z >> 31);
        }
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_be_bytes()).collect();
        crate::util::b64_encode(&bytes)
    }

    /// A record's data, base64-decoded (a SerializationException if it is
    /// not base64).
    fn decode_data(v: &Value, member: &str) -> AwsResult<Vec<u8>> {
        crate::util::b64_decode(v["Data"].as_str().unwrap_or_default()).map_err(|e| {
            AwsError::client(
                "SerializationException",
                format!("{member}.Data is not base64: {e}"),
            )
        })
    }

    /// The Data length constraint failed by a record over 1,000 KiB, if it is
    /// (value, member path, constraint), as Coral words it.
    fn data_too_long(data: &[u8], member: &str) -> Option<(String, String, String)> {
        (data.len() > limits::RECORD_MAX_BYTES).then(|| {
            (
                format!(
                    "java.nio.HeapByteBuffer[pos=0 lim={} cap={}]",
                    data.len(),
                    data.len()
                ),
                format!("{member}.data"),
                format!(
                    "Member must have length less than or equal to {}",
                    limits::RECORD_MAX_BYTES
                ),
            )
        })
    }

    fn put_record(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let id = self.resolve_for_put(caller, input)?;
        let data = Self::decode_data(&input["Record"], "record")?;
        if let Some(e) = Self::data_too_long(&data, "record") {
            return Err(errors::constraints(&[e]));
        }
        let n = data.len() as u64;
        if !self.admit(sim, id, 1, n) {
            self.s(id).counters.throttled_records += 1;
            self.metric(sim, id, "ThrottledRecords", 1.0);
            Self::record(sim, FirehoseEvent::Throttled { stream: id });
            return Err(errors::slow_down());
        }
        let record_id = self.record_id(sim, id);
        let arrival = sim.unix_ms();
        Self::record(
            sim,
            FirehoseEvent::RecordsPut {
                stream: id,
                accepted: 1,
                failed: 0,
                bytes: n,
            },
        );
        self.incoming_metrics(sim, id, 1, n, true);
        self.ingest(sim, id, data, arrival);
        let encrypted = self.streams[&id].encryption_state == EncryptionState::Enabled;
        Ok(json!({"RecordId": record_id, "Encrypted": encrypted}))
    }

    fn put_record_batch(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let id = self.resolve_for_put(caller, input)?;
        let records = input["Records"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        if records.is_empty() || records.len() > limits::BATCH_MAX_RECORDS {
            return Err(errors::constraint(
                "[...]",
                "records",
                if records.is_empty() {
                    "Member must have length greater than or equal to 1"
                } else {
                    "Member must have length less than or equal to 500"
                },
            ));
        }
        let mut datas = Vec::with_capacity(records.len());
        let mut total = 0usize;
        // Every record over the limit is reported, in one ValidationException.
        let mut too_long = Vec::new();
        for (i, r) in records.iter().enumerate() {
            let member = format!("records.{}.member", i + 1);
            let d = Self::decode_data(r, &member)?;
            too_long.extend(Self::data_too_long(&d, &member));
            total += d.len();
            datas.push(d);
        }
        if !too_long.is_empty() {
            return Err(errors::constraints(&too_long));
        }
        if total > limits::BATCH_MAX_BYTES {
            // AWS's text, word for word.
            return Err(errors::invalid_argument("Records size exceeds 4 MB limit"));
        }
        let n = datas.len() as u64;
        let encrypted = self.streams[&id].encryption_state == EncryptionState::Enabled;
        if !self.admit(sim, id, n, total as u64) {
            // The whole request is over the quota: every entry fails with
            // ServiceUnavailableException, as PutRecordBatch reports throttling
            // per record (FailedPutCount) rather than failing the call.
            self.s(id).counters.throttled_records += n;
            self.metric(sim, id, "ThrottledRecords", n as f64);
            Self::record(sim, FirehoseEvent::Throttled { stream: id });
            Self::record(
                sim,
                FirehoseEvent::RecordsPut {
                    stream: id,
                    accepted: 0,
                    failed: n as u32,
                    bytes: 0,
                },
            );
            let entries: Vec<Value> = (0..n)
                .map(|_| json!({"ErrorCode": "ServiceUnavailableException", "ErrorMessage": "Slow down."}))
                .collect();
            return Ok(
                json!({"FailedPutCount": n, "Encrypted": encrypted, "RequestResponses": entries}),
            );
        }
        let arrival = sim.unix_ms();
        let mut entries = Vec::with_capacity(datas.len());
        Self::record(
            sim,
            FirehoseEvent::RecordsPut {
                stream: id,
                accepted: n as u32,
                failed: 0,
                bytes: total as u64,
            },
        );
        self.incoming_metrics(sim, id, n, total as u64, true);
        for d in datas {
            let rid = self.record_id(sim, id);
            entries.push(json!({ "RecordId": rid }));
            self.ingest(sim, id, d, arrival);
        }
        Ok(json!({"FailedPutCount": 0, "Encrypted": encrypted, "RequestResponses": entries}))
    }

    // ------------------------------------------------------------ buffering

    /// Takes one record into the stream: into the processor's buffer when a
    /// function transforms records, else into the delivery buffer.
    pub(crate) fn ingest(&mut self, sim: &mut Sim, id: u32, data: Vec<u8>, arrival_unix_ms: u64) {
        if let Some(tap) = self.taps.get_mut(&id) {
            tap.push((arrival_unix_ms, data.clone()));
        }
        let s = self.s(id);
        s.counters.incoming_records += 1;
        s.counters.incoming_bytes += data.len() as u64;
        if s.destination.backup.is_some() {
            self.buffer_for_backup(sim, id, &data, arrival_unix_ms);
        }
        let s = self.s(id);
        if let Some(p) = s.destination.lambda() {
            let (size_limit, interval_s) = (p.size_bytes, p.interval_s);
            let b = &mut s.processing;
            let first = b.records.is_empty();
            b.records_bytes += data.len() as u64;
            b.records.push(PendingRecord {
                data,
                arrival_unix_ms,
            });
            b.count += 1;
            if first {
                b.opened_ms = Some(sim.now.as_ms());
                let generation = b.generation;
                sim.schedule_in(
                    u64::from(interval_s) * 1000,
                    Timer::Firehose(FirehoseTimer::ProcessingInterval {
                        stream: id,
                        generation,
                    }),
                );
            }
            if s.processing.size() >= size_limit {
                self.run_processing(sim, id, FlushReason::Size);
            }
        } else {
            let delimiter = s.destination.append_delimiter;
            self.buffer_for_delivery(sim, id, &data, delimiter, arrival_unix_ms);
        }
    }

    /// Appends to the delivery buffer; flushes when it reaches SizeInMBs.
    fn buffer_for_delivery(
        &mut self,
        sim: &mut Sim,
        id: u32,
        data: &[u8],
        delimiter: bool,
        arrival: u64,
    ) {
        let s = self.s(id);
        let (size_limit, interval_ms) = s.delivery_hints();
        let keeps_records = s.target.keeps_records();
        let b = &mut s.buffer;
        let first = b.count == 0;
        if keeps_records {
            let mut data = data.to_vec();
            if delimiter {
                data.push(b'\n');
            }
            b.records_bytes += data.len() as u64;
            b.records.push(PendingRecord {
                data,
                arrival_unix_ms: arrival,
            });
        } else {
            b.bytes.extend_from_slice(data);
            if delimiter {
                b.bytes.push(b'\n');
            }
        }
        b.count += 1;
        b.oldest_unix_ms = Some(b.oldest_unix_ms.map_or(arrival, |o| o.min(arrival)));
        if first {
            b.opened_ms = Some(sim.now.as_ms());
            let generation = b.generation;
            sim.schedule_in(
                interval_ms,
                Timer::Firehose(FirehoseTimer::BufferInterval {
                    stream: id,
                    generation,
                }),
            );
        }
        if b.size() >= size_limit {
            self.flush(sim, id, FlushReason::Size);
        }
    }

    /// Turns the delivery buffer into an object and hands it to the world.
    fn flush(&mut self, sim: &mut Sim, id: u32, reason: FlushReason) {
        let s = self.s(id);
        let b = std::mem::take(&mut s.buffer);
        s.buffer.generation = b.generation + 1;
        if b.count == 0 {
            return;
        }
        if s.target.keeps_records() {
            self.start_batch(sim, id, b, reason);
            return;
        }
        let (records, raw_bytes) = (b.count, b.bytes.len() as u64);
        let d = &s.destination;
        let body = d.compression.compress(&b.bytes);
        let oldest = b.oldest_unix_ms.unwrap_or_else(|| sim.unix_ms());
        let ext = d
            .file_extension
            .clone()
            .unwrap_or_else(|| d.compression.extension().to_string());
        let prefix = prefix::data_prefix(&d.prefix, oldest, &mut sim.rng);
        let uuid = sim.rng.uuid();
        let key = format!(
            "{prefix}{}",
            prefix::suffix(&s.name, s.version, sim.unix_ms(), &uuid, &ext)
        );
        let bucket = d.bucket().to_string();
        let copy = matches!(s.target, Target::Redshift(_))
            .then(|| (format!("s3://{bucket}/{key}"), body.clone()));
        let object = self.new_object(sim, id, bucket, key, body, records, false);
        if let Some((url, body)) = copy {
            self.expect_copy(id, object, url, body, records);
        }
        Self::record(
            sim,
            FirehoseEvent::BufferFlushed {
                stream: id,
                object,
                records,
                bytes: raw_bytes,
                reason,
            },
        );
        self.send(id, object);
    }

    // The object's parts are plain values from two call sites; a struct for
    // them would only be built to be taken apart here.
    #[allow(clippy::too_many_arguments)]
    fn new_object(
        &mut self,
        sim: &Sim,
        id: u32,
        bucket: String,
        key: String,
        body: Vec<u8>,
        records: u32,
        error_output: bool,
    ) -> u64 {
        self.next_object += 1;
        let object = self.next_object;
        self.s(id).pending.insert(
            object,
            PendingObject {
                id: object,
                bucket,
                key,
                body,
                records,
                first_attempt_ms: sim.now.as_ms(),
                attempts: 0,
                error_output,
                last_error: None,
                backup: false,
            },
        );
        object
    }

    /// Puts a pending object in the outbox (its body moves there and comes back
    /// with the result).
    fn send(&mut self, id: u32, object: u64) {
        let s = self.streams.get_mut(&id).expect("stream exists");
        let (account_id, region) = (s.account_id.clone(), s.region.clone());
        let Some(p) = s.pending.get_mut(&object) else {
            return;
        };
        p.attempts += 1;
        self.outbox.push(S3Write {
            stream: id,
            object,
            account_id,
            region,
            bucket: p.bucket.clone(),
            key: p.key.clone(),
            size: p.body.len() as u64,
            body: std::mem::take(&mut p.body),
        });
    }

    /// The world reports how writing an object went. A failure is journaled
    /// with Firehose's error code (`S3.NoSuchBucket`, `S3.AccessDenied`, ...) and
    /// retried every 5 s until 24 h have passed since the first attempt; then
    /// the object's records are discarded, as AWS does for S3.
    pub fn write_result(&mut self, sim: &mut Sim, w: S3Write, result: AwsResult<()>) {
        let now = sim.now.as_ms();
        let Some(s) = self.streams.get_mut(&w.stream) else {
            return;
        };
        let Some(p) = s.pending.get_mut(&w.object) else {
            return;
        };
        let (records, error_output, delivered) = (p.records, p.error_output, result.is_ok());
        let backup = p.backup;
        match result {
            Ok(()) => {
                let p = s.pending.remove(&w.object).expect("present");
                s.counters.delivered_objects += 1;
                if !p.error_output && !p.backup {
                    s.counters.delivered_records += u64::from(p.records);
                }
                s.counters.delivered_bytes += w.size;
                s.recent.push_back(DeliveredObject {
                    at_ms: now,
                    bucket: p.bucket,
                    key: p.key,
                    bytes: w.size,
                    records: p.records,
                    error_output: p.error_output,
                });
                while s.recent.len() > RECENT_OBJECTS {
                    s.recent.pop_front();
                }
                Self::record(
                    sim,
                    FirehoseEvent::ObjectDelivered {
                        stream: w.stream,
                        object: w.object,
                        error_output: p.error_output,
                    },
                );
                if !s.copies.is_empty() {
                    self.copy_object_written(sim, w.stream, w.object);
                }
            }
            Err(e) => {
                let (code, message) = s3_error(&e);
                p.body = w.body;
                p.last_error = Some(format!("{code}: {message}"));
                s.last_error = p.last_error.clone();
                s.counters.failed_attempts += 1;
                Self::record(
                    sim,
                    FirehoseEvent::DeliveryFailed {
                        stream: w.stream,
                        object: w.object,
                        code: code.clone(),
                    },
                );
                if now.saturating_sub(p.first_attempt_ms) + limits::S3_RETRY_EVERY_MS
                    > limits::S3_RETRY_FOR_MS
                {
                    let p = s.pending.remove(&w.object).expect("present");
                    self.copy_object_discarded(w.stream, w.object);
                    let s = self.streams.get_mut(&w.stream).expect("present");
                    s.counters.discarded_records += u64::from(p.records);
                    Self::record(
                        sim,
                        FirehoseEvent::DeliveryDiscarded {
                            stream: w.stream,
                            object: w.object,
                            records: p.records,
                        },
                    );
                } else {
                    sim.schedule_in(
                        limits::S3_RETRY_EVERY_MS,
                        Timer::Firehose(FirehoseTimer::Retry {
                            stream: w.stream,
                            object: w.object,
                        }),
                    );
                }
            }
        }
        // CloudWatch: DeliveryToS3.Success is the share of successful puts;
        // Records and Bytes count what landed (error output excluded);
        // backups count as BackupToS3.*.
        if backup {
            self.metric(
                sim,
                w.stream,
                "BackupToS3.Success",
                if delivered { 1.0 } else { 0.0 },
            );
            if delivered {
                self.metric(sim, w.stream, "BackupToS3.Records", f64::from(records));
                self.metric(sim, w.stream, "BackupToS3.Bytes", w.size as f64);
            }
        } else if !error_output {
            self.metric(
                sim,
                w.stream,
                "DeliveryToS3.Success",
                if delivered { 1.0 } else { 0.0 },
            );
            if delivered {
                self.metric(sim, w.stream, "DeliveryToS3.Records", f64::from(records));
                self.metric(sim, w.stream, "DeliveryToS3.Bytes", w.size as f64);
            }
        }
    }

    fn retry(&mut self, _sim: &mut Sim, id: u32, object: u64) {
        if self
            .streams
            .get(&id)
            .is_some_and(|s| s.pending.contains_key(&object))
        {
            self.send(id, object);
        }
    }

    // -------------------------------------------------------- transformation

    /// Hands the processor's buffer to the function and routes each record by
    /// its result.
    fn run_processing(&mut self, sim: &mut Sim, id: u32, reason: FlushReason) {
        let s = self.s(id);
        let b = std::mem::take(&mut s.processing);
        s.processing.generation = b.generation + 1;
        if b.records.is_empty() {
            return;
        }
        let Some(p) = s.destination.lambda().cloned() else {
            // Processing was switched off by UpdateDestination: deliver as is.
            let delimiter = s.destination.append_delimiter;
            for r in b.records {
                self.buffer_for_delivery(sim, id, &r.data, delimiter, r.arrival_unix_ms);
            }
            return;
        };
        let event = json!({
            "invocationId": sim.rng.uuid(),
            "deliveryStreamArn": s.arn,
            "region": s.region,
            "records": b.records.iter().enumerate().map(|(i, r)| json!({
                "recordId": format!("{i}"),
                "approximateArrivalTimestamp": r.arrival_unix_ms,
                "data": crate::util::b64_encode(&r.data),
            })).collect::<Vec<_>>(),
        });
        if !self.settings.functions.contains_key(&p.lambda_arn) {
            // Not a simulated function: the world runs it on its Lambda
            // engine if it has it (`transform_result` answers).
            self.transforms.push(TransformCall {
                stream: id,
                attempts: p.retries + 1,
                lambda_arn: p.lambda_arn.clone(),
                event,
                records: b.records,
                reason,
            });
            return;
        }
        let response = transform::invoke(&self.settings, &p.lambda_arn, &event);
        self.apply_transform(sim, id, &p, b.records, reason, response);
    }

    /// Invocations of world Lambda functions made since the last drain.
    pub fn drain_transforms(&mut self) -> Vec<TransformCall> {
        std::mem::take(&mut self.transforms)
    }

    /// The world's answer to a `TransformCall`: the function's response, or
    /// `None` when the world has no such function (Lambda.ResourceNotFound).
    ///
    /// `run_ms` is how long the invocations ran: Firehose invokes the
    /// function synchronously and its records go on once it returns, so the
    /// batch waits that long (`FirehoseTimer::TransformDone`).
    pub fn transform_result(
        &mut self,
        sim: &mut Sim,
        call: TransformCall,
        response: Option<Result<Value, transform::InvokeError>>,
        run_ms: u64,
    ) {
        let response = response.unwrap_or_else(|| {
            transform::invoke(&FirehoseSettings::default(), &call.lambda_arn, &call.event)
        });
        if run_ms == 0 {
            self.finish_transform(sim, call.stream, call.records, call.reason, response);
            return;
        }
        self.next_object += 1;
        let id = self.next_object;
        let done_ms = sim.now.as_ms() + run_ms;
        let Some(s) = self.streams.get_mut(&call.stream) else {
            return;
        };
        s.transforming.insert(
            id,
            Transforming {
                records: call.records,
                reason: call.reason,
                response,
                done_ms,
            },
        );
        sim.schedule_in(
            run_ms,
            Timer::Firehose(FirehoseTimer::TransformDone {
                stream: call.stream,
                call: id,
            }),
        );
    }

    /// Applies a transformation's answer (or, if processing was switched off
    /// meanwhile, delivers the records as they are).
    fn finish_transform(
        &mut self,
        sim: &mut Sim,
        id: u32,
        records: Vec<PendingRecord>,
        reason: FlushReason,
        response: Result<Value, transform::InvokeError>,
    ) {
        let Some(s) = self.streams.get(&id) else {
            return;
        };
        match s.destination.lambda().cloned() {
            Some(p) => self.apply_transform(sim, id, &p, records, reason, response),
            None => {
                let delimiter = s.destination.append_delimiter;
                for r in records {
                    self.buffer_for_delivery(sim, id, &r.data, delimiter, r.arrival_unix_ms);
                }
            }
        }
    }

    /// Routes each record of a transformed batch by its result.
    fn apply_transform(
        &mut self,
        sim: &mut Sim,
        id: u32,
        p: &config::LambdaProcessor,
        records: Vec<PendingRecord>,
        reason: FlushReason,
        response: Result<Value, transform::InvokeError>,
    ) {
        let b = Buffer {
            records,
            ..Default::default()
        };
        // An invocation error is retried NumberOfRetries times (no delay is
        // documented; the retries happen at once here).
        let attempts = p.retries + 1;
        match response {
            Err(e) => {
                Self::record(
                    sim,
                    FirehoseEvent::InvocationFailed {
                        stream: id,
                        code: e.code.clone(),
                        attempts,
                    },
                );
                self.s(id).last_error = Some(format!("{}: {}", e.code, e.message));
                self.metric(sim, id, "ExecuteProcessing.Success", 0.0);
                let failed: Vec<_> = b.records.iter().collect();
                self.processing_failed(
                    sim,
                    id,
                    &p.lambda_arn,
                    &failed,
                    attempts,
                    &e.code,
                    &e.message,
                );
            }
            Ok(resp) => {
                // Results by recordId (a function may answer in any order).
                let results: BTreeMap<&str, &Value> = resp["records"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|x| Some((x["recordId"].as_str()?, x)))
                    .collect();
                let (mut ok, mut dropped, mut failed) = (0u32, 0u32, Vec::new());
                let delimiter = self.streams[&id].destination.append_delimiter;
                for (i, r) in b.records.iter().enumerate() {
                    // Firehose matches results to records by recordId; a
                    // missing one is a processing failure (Lambda.MissingRecordId).
                    let res = results.get(i.to_string().as_str()).copied();
                    match res.and_then(|x| x["result"].as_str()) {
                        Some("Ok") => {
                            let data = res
                                .and_then(|x| x["data"].as_str())
                                .and_then(|d| crate::util::b64_decode(d).ok())
                                .unwrap_or_default();
                            ok += 1;
                            self.buffer_for_delivery(sim, id, &data, delimiter, r.arrival_unix_ms);
                        }
                        Some("Dropped") => dropped += 1,
                        _ => failed.push(r),
                    }
                }
                let s = self.s(id);
                s.counters.transformed_ok += u64::from(ok);
                s.counters.dropped_records += u64::from(dropped);
                self.metric(sim, id, "ExecuteProcessing.Success", 1.0);
                self.metric(
                    sim,
                    id,
                    "SucceedProcessing.Records",
                    f64::from(ok + dropped),
                );
                Self::record(
                    sim,
                    FirehoseEvent::Transformed {
                        stream: id,
                        ok,
                        dropped,
                        failed: failed.len() as u32,
                        reason,
                    },
                );
                if !failed.is_empty() {
                    self.processing_failed(
                        sim,
                        id,
                        &p.lambda_arn,
                        &failed,
                        1,
                        "Lambda.ProcessingFailed",
                        "The record's processing result was ProcessingFailed.",
                    );
                }
            }
        }
    }

    /// Writes unsuccessfully processed records to the error prefix (error
    /// output type `processing-failed`) as one object of JSON lines.
    #[allow(clippy::too_many_arguments)]
    fn processing_failed(
        &mut self,
        sim: &mut Sim,
        id: u32,
        lambda_arn: &str,
        records: &[&PendingRecord],
        attempts: u32,
        code: &str,
        message: &str,
    ) {
        let now_unix = sim.unix_ms();
        let mut body = Vec::new();
        let mut oldest = now_unix;
        for r in records {
            oldest = oldest.min(r.arrival_unix_ms);
            let line = json!({
                "attemptsMade": attempts,
                "arrivalTimestamp": r.arrival_unix_ms,
                "errorCode": code,
                "errorMessage": message,
                "attemptEndingTimestamp": now_unix,
                "rawData": crate::util::b64_encode(&r.data),
                "lambdaArn": lambda_arn,
            });
            body.extend_from_slice(line.to_string().as_bytes());
            body.push(b'\n');
        }
        let s = self.s(id);
        s.counters.processing_failed_records += records.len() as u64;
        let d = &s.destination;
        let prefix = prefix::error_prefix(
            &d.error_output_prefix,
            oldest,
            "processing-failed",
            &mut sim.rng,
        );
        let uuid = sim.rng.uuid();
        // AWS does not say whether error output is compressed; it is written
        // as plain JSON lines here.
        let key = format!(
            "{prefix}{}",
            prefix::suffix(&s.name, s.version, now_unix, &uuid, "")
        );
        let bucket = d.bucket().to_string();
        let object = self.new_object(sim, id, bucket, key, body, records.len() as u32, true);
        self.send(id, object);
    }

    // ------------------------------------------------------------ lifecycle

    fn complete_transition(&mut self, sim: &mut Sim, id: u32, transition: u64) {
        let Some(s) = self.streams.get_mut(&id) else {
            return;
        };
        if s.transition != transition {
            return;
        }
        match s.status {
            StreamStatus::Creating => {
                s.status = StreamStatus::Active;
                let poll = if let SourceKind::KinesisStream { start_ms, .. } = &mut s.source {
                    *start_ms = Some(sim.now.as_ms());
                    true
                } else {
                    false
                };
                Self::record(
                    sim,
                    FirehoseEvent::StatusChanged {
                        stream: id,
                        status: StreamStatus::Active,
                    },
                );
                if poll {
                    sim.schedule_in(0, Timer::Firehose(FirehoseTimer::PollSource { stream: id }));
                }
            }
            StreamStatus::Deleting => {
                let s = self.streams.remove(&id).expect("present");
                if let Some(r) = self
                    .names
                    .get_mut(&s.account_id)
                    .and_then(|m| m.get_mut(&s.region))
                {
                    r.remove(&s.name);
                }
                self.deleted_names.insert(id, s.name);
                Self::record(sim, FirehoseEvent::StreamDeleted { stream: id });
            }
            StreamStatus::Active => {}
        }
    }

    /// Takes records read from the Kinesis source into the stream (arrival =
    /// now), and moves the shard's cursor on.
    pub(crate) fn source_records(
        &mut self,
        sim: &mut Sim,
        id: u32,
        cursors: BTreeMap<String, ShardCursor>,
        by_shard: Vec<(String, Vec<Vec<u8>>)>,
    ) {
        let Some(s) = self.streams.get_mut(&id) else {
            return;
        };
        s.cursors = cursors;
        for (shard, records) in by_shard {
            Self::record(
                sim,
                FirehoseEvent::SourceRead {
                    stream: id,
                    shard,
                    records: records.len() as u32,
                },
            );
            let bytes = records.iter().map(|r| r.len() as u64).sum();
            self.incoming_metrics(sim, id, records.len() as u64, bytes, false);
            let arrival = sim.unix_ms();
            for r in records {
                self.ingest(sim, id, r, arrival);
            }
        }
    }

    /// Panics if a stream's state breaks a rule the engine keeps.
    pub fn check_invariants(&self) {
        for (id, s) in &self.streams {
            assert_eq!(*id, s.id);
            assert_eq!(
                self.lookup(&s.account_id, &s.region, &s.name),
                Some(*id),
                "stream {} not indexed by name",
                s.name
            );
            assert_eq!(
                s.buffer.count == 0,
                s.buffer.bytes.is_empty() && s.buffer.count == 0
            );
            assert!(
                s.buffer.records.is_empty() || s.target.keeps_records(),
                "delivery buffer of an S3 / Redshift stream keeps bytes only"
            );
            assert!(
                s.buffer.bytes.is_empty() || !s.target.keeps_records(),
                "delivery buffer of {} keeps records apart",
                s.name
            );
            assert_eq!(
                s.buffer.records_bytes,
                s.buffer
                    .records
                    .iter()
                    .map(|r| r.data.len() as u64)
                    .sum::<u64>(),
                "delivery buffer byte count of {}",
                s.name
            );
            assert_eq!(s.processing.count as usize, s.processing.records.len());
            assert_eq!(
                s.processing.records_bytes,
                s.processing
                    .records
                    .iter()
                    .map(|r| r.data.len() as u64)
                    .sum::<u64>(),
                "processing buffer byte count of {}",
                s.name
            );
            assert!(
                s.buffer.size() <= s.delivery_hints().0 + limits::RECORD_MAX_BYTES as u64 + 1,
                "delivery buffer of {} past its size hint",
                s.name
            );
            for p in s.pending.values() {
                assert!(p.attempts >= 1, "object {} never sent", p.id);
            }
        }
        assert!(self.outbox.is_empty(), "firehose outbox not drained");
        assert!(
            self.transforms.is_empty(),
            "firehose transforms not drained"
        );
    }
}

/// The model's AWSKMSKeyARN: 1 to 512 characters matching
/// `arn:.*:kms:[a-zA-Z0-9\-]+:\d{12}:(key|alias)/[a-zA-Z_0-9+=,.@\-_/]+`.
fn kms_key_arn_ok(arn: &str) -> bool {
    let tail_ok = |t: &str| {
        let mut parts = t.splitn(3, ':');
        let (Some(region), Some(account), Some(resource)) =
            (parts.next(), parts.next(), parts.next())
        else {
            return false;
        };
        let name = resource
            .strip_prefix("key/")
            .or_else(|| resource.strip_prefix("alias/"));
        !region.is_empty()
            && region
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
            && account.len() == 12
            && account.bytes().all(|b| b.is_ascii_digit())
            && name.is_some_and(|n| {
                !n.is_empty()
                    && n.chars()
                        .all(|c| c.is_ascii_alphanumeric() || "+=,.@-_/".contains(c))
            })
    };
    let n = arn.chars().count();
    (1..=512).contains(&n)
        && arn.starts_with("arn:")
        // `.*` may swallow any earlier ":kms:", so every one is tried.
        && arn
            .match_indices(":kms:")
            .any(|(i, m)| i >= 4 && tail_ok(&arn[i + m.len()..]))
}

/// DeliveryStreamEncryptionConfigurationInput checked as AWS does.
pub(crate) fn encryption_input(e: &Value) -> AwsResult<Value> {
    if let Some(arn) = e["KeyARN"].as_str() {
        if arn.is_empty() || arn.chars().count() > 512 {
            return Err(errors::constraint(
                arn,
                "deliveryStreamEncryptionConfigurationInput.keyARN",
                if arn.is_empty() {
                    "Member must have length greater than or equal to 1"
                } else {
                    "Member must have length less than or equal to 512"
                },
            ));
        }
        if !kms_key_arn_ok(arn) {
            return Err(errors::constraint(
                arn,
                "deliveryStreamEncryptionConfigurationInput.keyARN",
                "Member must satisfy regular expression pattern: arn:.*:kms:[a-zA-Z0-9\\-]+:\\d{12}:(key|alias)/[a-zA-Z_0-9+=,.@\\-_/]+",
            ));
        }
    }
    match e["KeyType"].as_str() {
        Some("AWS_OWNED_CMK") => Ok(json!({"KeyType": "AWS_OWNED_CMK"})),
        Some("CUSTOMER_MANAGED_CMK") if e["KeyARN"].is_string() => {
            Ok(json!({"KeyType": "CUSTOMER_MANAGED_CMK", "KeyARN": e["KeyARN"]}))
        }
        Some("CUSTOMER_MANAGED_CMK") => Err(errors::invalid_argument(
            "KeyARN is required when KeyType is CUSTOMER_MANAGED_CMK",
        )),
        _ => Err(errors::constraint(
            e["KeyType"].as_str().unwrap_or("null"),
            "deliveryStreamEncryptionConfigurationInput.keyType",
            "Member must satisfy enum value set: [AWS_OWNED_CMK, CUSTOMER_MANAGED_CMK]",
        )),
    }
}

/// Firehose's code and message for a failed S3 write (developer guide, "Data
/// delivery errors": S3.NoSuchBucket, S3.AccessDenied, ...).
fn s3_error(e: &AwsError) -> (String, String) {
    match e.code.as_str() {
        "NoSuchBucket" => (
            "S3.NoSuchBucket".into(),
            "The specified bucket does not exist. Create the bucket or use a different bucket that does exist.".into(),
        ),
        "AccessDenied" => (
            "S3.AccessDenied".into(),
            "Access was denied. Ensure that the trust policy for the provided IAM role allows Firehose to assume the role, and the access policy allows access to the S3 bucket.".into(),
        ),
        other => (format!("S3.{other}"), e.message.clone()),
    }
}

/// A sentence for a Firehose event, for the page's event log.
pub fn describe_event(world: &crate::world::World, e: &FirehoseEvent) -> String {
    let name = |id: &u32| world.firehose.stream_name(*id).unwrap_or("?").to_string();
    match e {
        FirehoseEvent::StreamCreated { stream } => format!("Firehose stream {} created", name(stream)),
        FirehoseEvent::StatusChanged { stream, status } => {
            format!("Firehose stream {} is {}", name(stream), status.as_str())
        }
        FirehoseEvent::StreamDeleted { stream } => format!("Firehose stream {} deleted", name(stream)),
        FirehoseEvent::DestinationUpdated { stream, version } => {
            format!("Firehose stream {}: destination updated (version {version})", name(stream))
        }
        FirehoseEvent::EncryptionChanged { stream, enabled } => format!(
            "Firehose stream {}: server-side encryption {}",
            name(stream),
            if *enabled { "ENABLED" } else { "DISABLED" }
        ),
        FirehoseEvent::TagsChanged { stream } => format!("Firehose stream {}: tags changed", name(stream)),
        FirehoseEvent::RecordsPut { stream, accepted, failed, bytes } => format!(
            "Firehose stream {}: {accepted} records put ({bytes} bytes), {failed} refused",
            name(stream)
        ),
        FirehoseEvent::Throttled { stream } => {
            format!("Firehose stream {}: put refused by the Direct PUT quota (Slow down.)", name(stream))
        }
        FirehoseEvent::SourceRead { stream, shard, records } => {
            format!("Firehose stream {}: read {records} records from {shard}", name(stream))
        }
        FirehoseEvent::Transformed { stream, ok, dropped, failed, reason } => format!(
            "Firehose stream {}: transformed a batch ({:?}): {ok} Ok, {dropped} Dropped, {failed} ProcessingFailed",
            name(stream),
            reason
        ),
        FirehoseEvent::InvocationFailed { stream, code, attempts } => format!(
            "Firehose stream {}: transformation function failed ({code}) after {attempts} attempts",
            name(stream)
        ),
        FirehoseEvent::BufferFlushed { stream, records, bytes, reason, .. } => format!(
            "Firehose stream {}: buffer flushed by {} ({records} records, {bytes} bytes)",
            name(stream),
            match reason {
                FlushReason::Size => "size",
                FlushReason::Interval => "interval",
            }
        ),
        FirehoseEvent::ObjectDelivered { stream, object, error_output } => format!(
            "Firehose stream {}: object {object} written to S3{}",
            name(stream),
            if *error_output { " (error output)" } else { "" }
        ),
        FirehoseEvent::DeliveryFailed { stream, object, code } => {
            format!("Firehose stream {}: writing object {object} failed ({code}); retrying", name(stream))
        }
        FirehoseEvent::DeliveryDiscarded { stream, object, records } => format!(
            "Firehose stream {}: object {object} discarded after 24 h of retries ({records} records)",
            name(stream)
        ),
        FirehoseEvent::BatchDelivered { stream, batch, records, attempts } => format!(
            "Firehose stream {}: batch {batch} delivered to its destination ({records} records, attempt {attempts})",
            name(stream)
        ),
        FirehoseEvent::BatchFailed { stream, batch, records, code } => format!(
            "Firehose stream {}: batch {batch} failed for {records} records ({code}); retrying within the retry duration",
            name(stream)
        ),
        FirehoseEvent::BatchBackedUp { stream, batch, records } => format!(
            "Firehose stream {}: retry duration over, {records} failed records of batch {batch} backed up to S3",
            name(stream)
        ),
        FirehoseEvent::CopyLoaded { stream, object, rows } => format!(
            "Firehose stream {}: COPY of object {object} loaded {rows} rows into Redshift",
            name(stream)
        ),
        FirehoseEvent::CopyFailed { stream, object, code } => format!(
            "Firehose stream {}: COPY of object {object} failed ({code}); retrying",
            name(stream)
        ),
        FirehoseEvent::BackupFlushed { stream, records, bytes, .. } => format!(
            "Firehose stream {}: {records} source records ({bytes} bytes) backed up to S3",
            name(stream)
        ),
        FirehoseEvent::CopySkipped { stream, object } => format!(
            "Firehose stream {}: COPY of object {object} skipped after the retry duration; manifest written to errors/",
            name(stream)
        ),
    }
}
