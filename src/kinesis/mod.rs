//! Amazon Kinesis Data Streams: streams of shards on the virtual clock,
//! partition-key routing, sequence numbers, shard iterators, per-shard rate
//! limits, resharding with lineage, retention, and enhanced fan-out consumers.
//!
//! # Layout
//! - `mod.rs` (this file): the engine (`Kinesis`), its journal events
//!   ([`KinesisEvent`]) and timers ([`KinesisTimer`]), the one door
//!   `Kinesis::call`, stream resolution, timestamps, shard iterators and
//!   `check_invariants`.
//! - [`stream`]: one stream's shards and records, the hash key layout, routing,
//!   sequence numbers and rate buckets. [`limits`]: every quota and simulated
//!   delay. [`errors`]: AWS's errors. [`types`]: typed requests and responses.
//!   [`input`]: request shape checks. [`view`]: read-only snapshots for the page.
//! - `ops/`: one file per group of operations: `streams` (create, delete,
//!   describe, list, retention, mode, encryption, tags), `records` (put, iterators,
//!   get), `reshard` (split, merge, update shard count, list shards), `consumers`
//!   (enhanced fan-out).
//!
//! # Guarantees
//! - No wall clock, no threads, no unseeded randomness; every change is a
//!   [`KinesisEvent`] in the journal.
//! - Routing a record is O(log open shards); reading from an iterator is
//!   O(log records + returned) (records are found by ordinal, in a deque).
//! - **Invariant** (checked by [`Kinesis::check_invariants`]): every stream's open
//!   shards tile 0..=2^128-1 exactly; closed shards have children; records in a
//!   shard have consecutive ordinals and non-decreasing arrival times.
//!
//! SubscribeToShard streams its events over the wire only where the host keeps
//! the connection open (`switchyard serve`, `protocol::eventstream`); a plain
//! call of it is refused by name. Not emulated, refused by name: resource policies, account settings,
//! enhanced monitoring metrics, warm throughput and UpdateMaxRecordSize, the
//! on-demand mode's automatic scaling, KMS itself (keys are kept and reported,
//! nothing is encrypted), StreamId addressing.

pub mod errors;
pub mod input;
pub mod limits;
pub mod model;
mod ops;
pub mod stream;
pub mod types;
pub mod view;

pub use stream::{Stream, StreamMode, StreamStatus};
pub use types::*;

use crate::error::{AwsError, AwsResult};
use crate::sim::{Event, Sim, Timer};
use crate::world::{CallResult, Caller};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, VecDeque};

/// Kinesis timers (payload of `sim::Timer::Kinesis`). Never cancelled: a stale
/// one (its `transition` no longer current) is ignored when it fires.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum KinesisTimer {
    /// A stream's asynchronous change (create, delete, reshard, ...) completes.
    StreamTransition { stream: u32, transition: u64 },
    /// Drop a stream's expired records and closed shards past retention.
    Trim { stream: u32 },
    /// A consumer's registration or deregistration completes.
    ConsumerTransition { stream: u32, consumer: u32 },
    /// An enhanced fan-out subscription pushes its next event.
    SubscriptionTick { subscription: u32 },
}

/// Kinesis journal events (payload of `sim::Event::Kinesis`): small ids only.
/// Streams are named by id (`Kinesis::stream_name`), shards by index.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum KinesisEvent {
    StreamCreated {
        stream: u32,
        shards: u32,
    },
    StreamStatusChanged {
        stream: u32,
        status: StreamStatus,
    },
    StreamDeleted {
        stream: u32,
    },
    /// PutRecord or one PutRecords entry that was stored.
    RecordPut {
        stream: u32,
        shard: u32,
        ordinal: u64,
        bytes: u32,
    },
    /// A PutRecords request: how many entries were stored and refused.
    RecordsPut {
        stream: u32,
        stored: u32,
        failed: u32,
    },
    /// A put refused by a shard's write limit.
    WriteThrottled {
        stream: u32,
        shard: u32,
    },
    /// A GetRecords (or GetShardIterator) refused by a shard's read limit.
    ReadThrottled {
        stream: u32,
        shard: u32,
    },
    /// GetRecords returned `count` records from `shard`, starting at `from`.
    RecordsRead {
        stream: u32,
        shard: u32,
        from: u64,
        count: u32,
    },
    ShardSplit {
        stream: u32,
        parent: u32,
        children: [u32; 2],
    },
    ShardsMerged {
        stream: u32,
        parents: [u32; 2],
        child: u32,
    },
    /// Records past retention were dropped from a shard.
    RecordsExpired {
        stream: u32,
        shard: u32,
        count: u64,
    },
    /// A closed shard passed its retention: gone from listings.
    ShardExpired {
        stream: u32,
        shard: u32,
    },
    RetentionChanged {
        stream: u32,
        hours: u32,
    },
    TagsChanged {
        stream: u32,
    },
    EncryptionChanged {
        stream: u32,
        enabled: bool,
    },
    ModeChanged {
        stream: u32,
        mode: StreamMode,
    },
    ConsumerRegistered {
        stream: u32,
        consumer: u32,
    },
    ConsumerActive {
        stream: u32,
        consumer: u32,
    },
    ConsumerDeregistered {
        stream: u32,
        consumer: u32,
    },
    SubscriptionStarted {
        subscription: u32,
        consumer: u32,
        shard: u32,
    },
    /// A SubscribeToShardEvent with `records` records was pushed.
    SubscriptionPushed {
        subscription: u32,
        records: u32,
    },
    SubscriptionEnded {
        subscription: u32,
    },
}

/// Consumer status (AWS's ConsumerStatus).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConsumerStatus {
    Creating,
    Active,
    Deleting,
}

impl ConsumerStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ConsumerStatus::Creating => "CREATING",
            ConsumerStatus::Active => "ACTIVE",
            ConsumerStatus::Deleting => "DELETING",
        }
    }
}

/// A registered enhanced fan-out consumer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consumer {
    pub id: u32,
    pub name: String,
    pub arn: String,
    pub status: ConsumerStatus,
    pub created_ms: u64,
}

/// One SubscribeToShardEvent as the engine pushes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubscribeToShardEvent {
    /// Virtual ms it was pushed.
    pub at_ms: u64,
    pub records: Vec<Value>,
    pub continuation_sequence_number: String,
    pub millis_behind_latest: u64,
    /// Set when the shard's end was reached (the subscription then ends).
    pub child_shards: Option<Vec<Value>>,
}

/// An engine-level SubscribeToShard: pushes events at up to 2 MiB/s for five
/// minutes; its reader takes them with `Kinesis::take_subscription_events`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Subscription {
    pub id: u32,
    pub stream: u32,
    pub consumer: u32,
    pub shard: u32,
    /// Ordinal of the next record to push.
    pub next: u64,
    pub started_ms: u64,
    pub ends_ms: u64,
    pub ended: bool,
    pub events: VecDeque<SubscribeToShardEvent>,
    /// Events dropped because the reader did not take them (buffer limit).
    pub dropped_events: u64,
}

/// Running totals for the page and tests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KinesisStats {
    pub records_put: u64,
    pub records_read: u64,
    pub write_throttles: u64,
    pub read_throttles: u64,
    pub records_expired: u64,
}

/// The Kinesis Data Streams engine: every stream of every account and Region.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Kinesis {
    streams: BTreeMap<u32, Stream>,
    /// account -> region -> name -> stream id.
    names: BTreeMap<String, BTreeMap<String, BTreeMap<String, u32>>>,
    /// Names of deleted streams, so old journal events still read by name.
    deleted_names: BTreeMap<u32, String>,
    next_stream: u32,
    next_consumer: u32,
    next_subscription: u32,
    subscriptions: BTreeMap<u32, Subscription>,
    /// Key sealing shard iterators, drawn from the world's generator on first use.
    iterator_key: u64,
    stats: KinesisStats,
    /// Whether `open` indexes have been rebuilt after a restore.
    #[serde(skip)]
    indexed: bool,
    /// Recent partition keys' MD5 hash keys (derived; see `KeyMemo`).
    #[serde(skip)]
    pub(crate) key_memo: stream::KeyMemo,
    /// Each (stream, metric) series id (derived state, registered again after
    /// a restore; see `metric`).
    #[serde(skip)]
    series: crate::sim::metrics::SeriesCache,
    /// Each (stream, shard, metric) series id of the shard-level metrics.
    #[serde(skip)]
    shard_series: crate::sim::metrics::SeriesCache<(u32, u32)>,
    /// Enhanced fan-out metrics' series by (stream, consumer) (derived).
    #[serde(skip)]
    consumer_series: crate::sim::metrics::SeriesCache<(u32, u32)>,
}

use crate::error::{empty_output as empty, input_as as parse, output_json as to_json};

/// The AWS/Kinesis series `name` of stream `s` with `dimensions` (sorted).
fn metric_key(
    s: &Stream,
    name: &str,
    dimensions: Vec<(String, String)>,
) -> crate::sim::metrics::MetricKey {
    crate::sim::metrics::MetricKey {
        account_id: s.account_id.clone(),
        region: s.region.clone(),
        namespace: "AWS/Kinesis".into(),
        name: name.into(),
        dimensions,
    }
}

impl Kinesis {
    /// Runs one operation (`operation` as AWS names it, `input` the AWS JSON 1.1
    /// request body).
    pub fn call(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        operation: &str,
        input: Value,
    ) -> CallResult {
        self.ensure_indexed();
        let input = input::operation_input(&model::SPEC, operation, input)?;
        macro_rules! run {
            ($method:ident, $out:expr) => {
                parse(input)
                    .and_then(|i| self.$method(sim, caller, i))
                    .and_then($out)
            };
        }
        match operation {
            "AddTagsToStream" => run!(add_tags_to_stream, empty),
            "CreateStream" => run!(create_stream, empty),
            "DecreaseStreamRetentionPeriod" => run!(decrease_stream_retention_period, empty),
            "DeleteStream" => run!(delete_stream, empty),
            "DeregisterStreamConsumer" => run!(deregister_stream_consumer, empty),
            "DescribeLimits" => run!(describe_limits, Ok),
            "DescribeStream" => run!(describe_stream, Ok),
            "DescribeStreamConsumer" => run!(describe_stream_consumer, Ok),
            "DescribeStreamSummary" => run!(describe_stream_summary, Ok),
            "DisableEnhancedMonitoring" => run!(disable_enhanced_monitoring, Ok),
            "EnableEnhancedMonitoring" => run!(enable_enhanced_monitoring, Ok),
            "GetRecords" => run!(get_records, to_json),
            "GetShardIterator" => run!(get_shard_iterator, to_json),
            "IncreaseStreamRetentionPeriod" => run!(increase_stream_retention_period, empty),
            "ListShards" => run!(list_shards, Ok),
            "ListStreamConsumers" => run!(list_stream_consumers, Ok),
            "ListStreams" => run!(list_streams, Ok),
            "ListTagsForStream" => run!(list_tags_for_stream, Ok),
            "ListTagsForResource" => run!(list_tags_for_resource, Ok),
            "TagResource" => run!(tag_resource, empty),
            "UntagResource" => run!(untag_resource, empty),
            "MergeShards" => run!(merge_shards, empty),
            "PutRecord" => run!(put_record, to_json),
            "PutRecords" => run!(put_records, to_json),
            "RegisterStreamConsumer" => run!(register_stream_consumer, Ok),
            "RemoveTagsFromStream" => run!(remove_tags_from_stream, empty),
            "SplitShard" => run!(split_shard, empty),
            "StartStreamEncryption" => run!(start_stream_encryption, empty),
            "StopStreamEncryption" => run!(stop_stream_encryption, empty),
            "UpdateShardCount" => run!(update_shard_count, Ok),
            "UpdateStreamMode" => run!(update_stream_mode, empty),
            "SubscribeToShard" => Err(AwsError::not_emulated(
                "kinesis:SubscribeToShard here: its events stream over a connection that stays open, which `switchyard serve` gives an SDK (`protocol::eventstream`); the page's consumers subscribe at engine level",
            )),
            other => Err(AwsError::not_emulated(format!("kinesis:{other}"))),
        }
    }

    /// SubscribeToShard from a host that can stream its events
    /// (`protocol::eventstream`): the input checked as any call's, then the
    /// subscription started. Returns its id.
    pub fn subscribe_from_wire(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: Value,
    ) -> AwsResult<u32> {
        self.ensure_indexed();
        let input = input::operation_input(&model::SPEC, "SubscribeToShard", input)?;
        crate::error::input_as(input).and_then(|i| self.subscribe_to_shard(sim, caller, i))
    }

    /// A timer of this engine fired (`sim.now` is its due time).
    pub fn fire(&mut self, sim: &mut Sim, timer: KinesisTimer) {
        self.ensure_indexed();
        match timer {
            KinesisTimer::StreamTransition { stream, transition } => {
                self.complete_transition(sim, stream, transition)
            }
            KinesisTimer::Trim { stream } => self.trim_stream(sim, stream),
            KinesisTimer::ConsumerTransition { stream, consumer } => {
                self.complete_consumer(sim, stream, consumer)
            }
            KinesisTimer::SubscriptionTick { subscription } => {
                self.subscription_tick(sim, subscription)
            }
        }
    }

    /// Adds `value` to the shard-level ("enhanced") metric `name` of stream
    /// `id`'s shard `shard` (dimensions StreamName and ShardId), if
    /// EnableEnhancedMonitoring turned that metric on for the stream.
    pub(crate) fn shard_metric(
        &mut self,
        sim: &mut Sim,
        id: u32,
        shard: u32,
        name: &'static str,
        value: f64,
    ) {
        let streams = &self.streams;
        if !streams
            .get(&id)
            .is_some_and(|s| s.shard_level_metrics.iter().any(|m| m == name))
        {
            return;
        }
        self.shard_series
            .add(&mut sim.metrics, sim.now, (id, shard), name, value, || {
                let s = streams.get(&id)?;
                // Sorted by name, as every series key keeps them.
                Some(metric_key(
                    s,
                    name,
                    vec![
                        ("ShardId".into(), Stream::shard_id(shard)),
                        ("StreamName".into(), s.name.clone()),
                    ],
                ))
            });
    }

    /// Whether stream `id` publishes any shard-level metric.
    pub(crate) fn shard_metrics_on(&self, id: u32) -> bool {
        self.streams
            .get(&id)
            .is_some_and(|s| !s.shard_level_metrics.is_empty())
    }

    /// Adds `value` to the stream-level CloudWatch metric `name` (namespace
    /// AWS/Kinesis, dimension StreamName) of stream `id` at the current time
    /// (shard-level metrics: `shard_metric`).
    pub(crate) fn metric(&mut self, sim: &mut Sim, id: u32, name: &'static str, value: f64) {
        let streams = &self.streams;
        self.series
            .add(&mut sim.metrics, sim.now, id, name, value, || {
                let s = streams.get(&id)?;
                Some(metric_key(
                    s,
                    name,
                    vec![("StreamName".into(), s.name.clone())],
                ))
            });
    }

    /// Adds `value` to the enhanced fan-out metric `name` of consumer
    /// `consumer` on stream `id` (AWS/Kinesis, dimensions StreamName and
    /// ConsumerName: SubscribeToShard.* and SubscribeToShardEvent.*).
    pub(crate) fn consumer_metric(
        &mut self,
        sim: &mut Sim,
        id: u32,
        consumer: u32,
        name: &'static str,
        value: f64,
    ) {
        let streams = &self.streams;
        self.consumer_series.add(
            &mut sim.metrics,
            sim.now,
            (id, consumer),
            name,
            value,
            || {
                let s = streams.get(&id)?;
                let c = s.consumers.values().find(|c| c.id == consumer)?;
                Some(metric_key(
                    s,
                    name,
                    vec![
                        ("StreamName".into(), s.name.clone()),
                        ("ConsumerName".into(), c.name.clone()),
                    ],
                ))
            },
        );
    }

    /// Rebuilds derived indexes once after a restore.
    fn ensure_indexed(&mut self) {
        if !self.indexed {
            for s in self.streams.values_mut() {
                s.rebuild();
            }
            self.indexed = true;
        }
    }

    /// Running totals.
    pub fn stats(&self) -> &KinesisStats {
        &self.stats
    }

    /// The name of stream `id`, deleted streams included.
    pub fn stream_name(&self, id: u32) -> Option<&str> {
        self.streams
            .get(&id)
            .map(|s| s.name.as_str())
            .or_else(|| self.deleted_names.get(&id).map(String::as_str))
    }

    // ------------------------------------------------------------ shared helpers

    pub(crate) fn record(sim: &mut Sim, e: KinesisEvent) {
        sim.record(Event::Kinesis(e));
    }

    pub(crate) fn stream(&self, id: u32) -> &Stream {
        self.streams.get(&id).expect("stream id resolved")
    }

    pub(crate) fn stream_mut(&mut self, id: u32) -> &mut Stream {
        self.streams.get_mut(&id).expect("stream id resolved")
    }

    pub(crate) fn lookup(&self, account: &str, region: &str, name: &str) -> Option<u32> {
        self.names.get(account)?.get(region)?.get(name).copied()
    }

    /// The stream a request names by StreamName and/or StreamARN (an ARN wins;
    /// both must agree). The caller's account and Region scope the name.
    pub(crate) fn resolve(&self, caller: &Caller, r: &StreamRef) -> AwsResult<u32> {
        match (&r.stream_name, &r.stream_arn) {
            (None, None) => Err(errors::invalid_argument(
                "Neither StreamName nor StreamARN was provided.",
            )),
            (name, Some(arn)) => {
                let (region, account, arn_name) = parse_stream_arn(arn).ok_or_else(|| {
                    errors::constraint(
                        arn,
                        "StreamARN",
                        "Member must satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+",
                    )
                })?;
                if name.as_deref().is_some_and(|n| n != arn_name) {
                    return Err(errors::invalid_argument(
                        "StreamARN and StreamName do not name the same stream.",
                    ));
                }
                self.lookup(account, region, arn_name)
                    .ok_or_else(|| errors::stream_not_found(arn_name, account))
            }
            (Some(name), None) => {
                input::check_stream_name(name)?;
                self.lookup(&caller.account_id, &caller.region, name)
                    .ok_or_else(|| errors::stream_not_found(name, &caller.account_id))
            }
        }
    }

    /// Resolves a stream that must exist and accept reads and writes (ACTIVE or
    /// UPDATING; AWS: "You can continue to read and write data to your stream
    /// while its status is UPDATING", and a DELETING stream "might continue to
    /// accept" them, which Switchyard does until the deletion completes). A
    /// CREATING stream is not found, as on AWS.
    pub(crate) fn resolve_for_data(&self, caller: &Caller, r: &StreamRef) -> AwsResult<u32> {
        let id = self.resolve(caller, r)?;
        let s = self.stream(id);
        if s.status == StreamStatus::Creating {
            return Err(errors::stream_not_found(&s.name, &s.account_id));
        }
        Ok(id)
    }

    /// Resolves a stream that must be ACTIVE (resharding, retention, ...).
    pub(crate) fn resolve_active(&self, caller: &Caller, r: &StreamRef) -> AwsResult<u32> {
        let id = self.resolve(caller, r)?;
        let s = self.stream(id);
        if s.status != StreamStatus::Active {
            return Err(errors::not_active(
                &s.name,
                &s.account_id,
                s.status.as_str(),
            ));
        }
        Ok(id)
    }

    /// Starts an asynchronous change: the stream takes `status` now and `pending`
    /// completes `delay_ms` later.
    pub(crate) fn begin_transition(
        &mut self,
        sim: &mut Sim,
        id: u32,
        status: StreamStatus,
        pending: stream::Pending,
        delay_ms: u64,
    ) {
        let s = self.stream_mut(id);
        s.transition += 1;
        s.status = status;
        s.pending = Some(pending);
        let transition = s.transition;
        Self::record(
            sim,
            KinesisEvent::StreamStatusChanged { stream: id, status },
        );
        sim.schedule_in(
            delay_ms,
            Timer::Kinesis(KinesisTimer::StreamTransition {
                stream: id,
                transition,
            }),
        );
    }

    /// Makes sure a trim timer is pending no later than the stream's next expiry.
    pub(crate) fn schedule_trim(&mut self, sim: &mut Sim, id: u32) {
        let now = sim.now.as_ms();
        self.schedule_trim_after(sim, id, now);
    }

    /// Drops expired records and closed shards past retention.
    fn trim_stream(&mut self, sim: &mut Sim, id: u32) {
        let now = sim.now.as_ms();
        let Some(s) = self.streams.get_mut(&id) else {
            return;
        };
        if s.trim_at.is_some_and(|t| t <= now) {
            s.trim_at = None;
        }
        let retention = s.retention_ms();
        let mut events = Vec::new();
        for sh in s.shards.iter_mut().filter(|sh| !sh.expired) {
            let n = sh.trim(now, retention);
            if n > 0 {
                events.push(KinesisEvent::RecordsExpired {
                    stream: id,
                    shard: sh.index,
                    count: n,
                });
                self.stats.records_expired += n;
            }
            if sh
                .closed_ms
                .is_some_and(|c| c.saturating_add(retention) <= now)
            {
                self.stats.records_expired += sh.records.len() as u64;
                sh.records.clear();
                sh.first_ordinal = sh.next_ordinal;
                sh.expired = true;
                events.push(KinesisEvent::ShardExpired {
                    stream: id,
                    shard: sh.index,
                });
            }
        }
        for e in events {
            Self::record(sim, e);
        }
        // Never wake more often than once per TRIM_GRANULARITY_MS: a stream
        // written every millisecond would otherwise wake every millisecond.
        self.schedule_trim_after(sim, id, now + limits::TRIM_GRANULARITY_MS);
    }

    /// Makes sure a trim timer is pending for the stream's next expiry, but not
    /// before `not_before`.
    fn schedule_trim_after(&mut self, sim: &mut Sim, id: u32, not_before: u64) {
        let now = sim.now.as_ms();
        let s = self.stream_mut(id);
        let retention = s.retention_ms();
        let next = s
            .shards
            .iter()
            .filter(|sh| !sh.expired)
            .filter_map(|sh| {
                let rec = sh
                    .records
                    .front()
                    .map(|r| r.arrival_ms.saturating_add(retention));
                let close = sh.closed_ms.map(|c| c.saturating_add(retention));
                match (rec, close) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                }
            })
            .min();
        let Some(due) = next else { return };
        let due = due.max(not_before).max(now);
        if s.trim_at.is_some_and(|t| t >= now && t <= due) {
            return;
        }
        s.trim_at = Some(due);
        sim.schedule_in(due - now, Timer::Kinesis(KinesisTimer::Trim { stream: id }));
    }

    /// Unix ms of a virtual instant.
    pub(crate) fn unix_ms(sim: &Sim, virtual_ms: u64) -> u64 {
        sim.epoch_unix_ms + virtual_ms
    }

    /// Epoch seconds (AWS JSON's timestamp form) of a virtual instant.
    pub(crate) fn epoch_s(sim: &Sim, virtual_ms: u64) -> f64 {
        Self::unix_ms(sim, virtual_ms) as f64 / 1000.0
    }

    /// The virtual ms a request timestamp names (epoch seconds as a number, or
    /// ISO-8601 / epoch text as the CLI passes it); before the scenario epoch
    /// counts as virtual 0.
    pub(crate) fn timestamp_arg(sim: &Sim, v: &Value, member: &str) -> AwsResult<u64> {
        let unix_ms = match v {
            Value::Number(n) => n.as_f64().map(|f| (f * 1000.0).round() as i128),
            Value::String(s) => s
                .trim()
                .parse::<f64>()
                .ok()
                .map(|f| (f * 1000.0).round() as i128)
                .or_else(|| parse_iso8601_ms(s.trim()).map(i128::from)),
            _ => None,
        }
        .ok_or_else(|| errors::serialization(format!("Unable to parse {member} as a timestamp")))?;
        Ok((unix_ms - i128::from(sim.epoch_unix_ms)).clamp(0, i128::from(u64::MAX)) as u64)
    }

    fn iterator_key(&mut self, sim: &mut Sim) -> u64 {
        if self.iterator_key == 0 {
            self.iterator_key = sim.rng.next_u64() | 1;
        }
        self.iterator_key
    }

    /// Encodes a shard iterator: an opaque base64 string that carries the
    /// stream, shard, next ordinal and issue time, sealed with a keyed checksum
    /// so that an edited one is refused rather than misread.
    pub(crate) fn encode_iterator(&mut self, sim: &mut Sim, it: IteratorState) -> String {
        let key = self.iterator_key(sim);
        let mut b = [0u8; 33];
        b[0] = 1;
        b[1..5].copy_from_slice(&it.stream.to_be_bytes());
        b[5..9].copy_from_slice(&it.shard.to_be_bytes());
        b[9..17].copy_from_slice(&it.next.to_be_bytes());
        b[17..25].copy_from_slice(&it.issued_ms.to_be_bytes());
        let mac = seal(key, &b[..25]);
        b[25..33].copy_from_slice(&mac.to_be_bytes());
        crate::util::b64_encode(&b)
    }

    /// Decodes a shard iterator; None when it is not one of ours. One wrapped
    /// in double quotes is read as without them, as AWS reads it (LocalStack's
    /// AWS-validated test_get_records_shard_iterator_with_surrounding_quotes).
    pub(crate) fn decode_iterator(&self, s: &str) -> Option<IteratorState> {
        let s = s
            .strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .unwrap_or(s);
        let b = crate::util::b64_decode(s).ok()?;
        if b.len() != 33 || b[0] != 1 {
            return None;
        }
        let mac = u64::from_be_bytes(b[25..33].try_into().ok()?);
        if seal(self.iterator_key, &b[..25]) != mac || self.iterator_key == 0 {
            return None;
        }
        Some(IteratorState {
            stream: u32::from_be_bytes(b[1..5].try_into().ok()?),
            shard: u32::from_be_bytes(b[5..9].try_into().ok()?),
            next: u64::from_be_bytes(b[9..17].try_into().ok()?),
            issued_ms: u64::from_be_bytes(b[17..25].try_into().ok()?),
        })
    }

    /// Checks every stream's shards and records; panics with a description if
    /// an invariant is broken.
    pub fn check_invariants(&self) {
        let mut named = 0;
        for m in self.names.values() {
            for r in m.values() {
                named += r.len();
            }
        }
        assert_eq!(named, self.streams.len(), "name index size");
        for s in self.streams.values() {
            assert_eq!(
                self.lookup(&s.account_id, &s.region, &s.name),
                Some(s.id),
                "stream {} missing from the name index",
                s.name
            );
            // Open shards tile the key space.
            let mut open: Vec<&stream::Shard> = s.shards.iter().filter(|x| x.is_open()).collect();
            open.sort_by_key(|x| x.start);
            assert!(!open.is_empty(), "stream {} has no open shard", s.name);
            assert_eq!(open[0].start, 0, "stream {}: key space starts at 0", s.name);
            assert_eq!(
                open.last().unwrap().end,
                u128::MAX,
                "stream {}: ends at 2^128-1",
                s.name
            );
            for w in open.windows(2) {
                assert_eq!(
                    w[0].end.checked_add(1),
                    Some(w[1].start),
                    "stream {}: gap or overlap between shards {} and {}",
                    s.name,
                    w[0].index,
                    w[1].index
                );
            }
            if self.indexed {
                assert_eq!(
                    s.open.len(),
                    open.len(),
                    "stream {}: open index size",
                    s.name
                );
                for x in &open {
                    assert_eq!(s.open.get(&x.start), Some(&x.index), "open index entry");
                }
            }
            for (i, sh) in s.shards.iter().enumerate() {
                assert_eq!(sh.index as usize, i, "shard index");
                assert!(sh.start <= sh.end, "shard range");
                assert_eq!(
                    sh.first_ordinal + sh.records.len() as u64,
                    sh.next_ordinal,
                    "stream {} shard {i}: ordinals are consecutive",
                    s.name
                );
                let mut prev = 0;
                for r in &sh.records {
                    assert!(r.arrival_ms >= prev, "arrival times never decrease");
                    prev = r.arrival_ms;
                    if let Some(c) = sh.closed_ms {
                        assert!(r.arrival_ms <= c, "no record after the shard closed");
                    }
                }
                if sh.closed_ms.is_some() {
                    assert!(!sh.children.is_empty(), "a closed shard has children");
                }
                if sh.expired {
                    assert!(sh.records.is_empty(), "an expired shard keeps no records");
                }
            }
        }
        for sub in self.subscriptions.values() {
            assert!(sub.events.len() <= limits::SUBSCRIPTION_BUFFER_EVENTS);
        }
    }
}

/// What a shard iterator carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct IteratorState {
    pub stream: u32,
    pub shard: u32,
    /// Ordinal of the next record to read.
    pub next: u64,
    pub issued_ms: u64,
}

/// A keyed 64-bit checksum (multiply-xorshift; not cryptographic: it only
/// keeps an edited iterator from being taken for a real one).
fn seal(key: u64, bytes: &[u8]) -> u64 {
    let mut h = key ^ 0x9E37_79B9_7F4A_7C15;
    for chunk in bytes.chunks(8) {
        let mut w = [0u8; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        h ^= u64::from_le_bytes(w);
        h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
        h ^= h >> 31;
    }
    h
}

/// Parses `arn:aws:kinesis:{region}:{account}:stream/{name}` into (region,
/// account, name).
pub(crate) fn parse_stream_arn(arn: &str) -> Option<(&str, &str, &str)> {
    let mut parts = arn.splitn(6, ':');
    let (a, partition, service, region, account, resource) = (
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
    );
    if a != "arn" || !partition.starts_with("aws") || service != "kinesis" {
        return None;
    }
    if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let name = resource.strip_prefix("stream/")?;
    let name = name.split('/').next()?;
    (!name.is_empty()).then_some((region, account, name))
}

/// `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]` -> Unix ms (days-from-civil after
/// Howard Hinnant's published algorithm).
pub(crate) fn parse_iso8601_ms(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || !(b[10] == b'T' || b[10] == b' ') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hh, mm, ss) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let mut rest = &s[19..];
    let mut ms = 0i64;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits: String = frac.chars().take_while(|c| c.is_ascii_digit()).collect();
        rest = &frac[digits.len()..];
        let d3: String = digits.chars().chain("000".chars()).take(3).collect();
        ms = d3.parse().ok()?;
    }
    let offset_min = match rest {
        "" | "Z" | "z" => 0,
        r if (r.starts_with('+') || r.starts_with('-')) && r.len() == 6 => {
            let sign = if r.starts_with('-') { -1 } else { 1 };
            sign * (r[1..3].parse::<i64>().ok()? * 60 + r[4..6].parse::<i64>().ok()?)
        }
        _ => return None,
    };
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + hh * 3600 + mm * 60 + ss - offset_min * 60;
    u64::try_from(secs * 1000 + ms).ok()
}

/// A sentence for a Kinesis event, for the page's event log.
pub fn describe_event(world: &crate::world::World, e: &KinesisEvent) -> String {
    let s = |id: &u32| -> String {
        world
            .kinesis
            .stream_name(*id)
            .map(str::to_string)
            .unwrap_or_else(|| format!("stream #{id}"))
    };
    let sh = |i: &u32| Stream::shard_id(*i);
    match e {
        KinesisEvent::StreamCreated { stream, shards } => {
            format!("Stream {} created with {shards} shards", s(stream))
        }
        KinesisEvent::StreamStatusChanged { stream, status } => {
            format!("{}: {}", s(stream), status.as_str())
        }
        KinesisEvent::StreamDeleted { stream } => format!("Stream {} deleted", s(stream)),
        KinesisEvent::RecordPut {
            stream,
            shard,
            ordinal,
            bytes,
        } => {
            format!(
                "{}: record #{ordinal} ({bytes} B) put to {}",
                s(stream),
                sh(shard)
            )
        }
        KinesisEvent::RecordsPut {
            stream,
            stored,
            failed,
        } => {
            format!("{}: PutRecords stored {stored}, {failed} failed", s(stream))
        }
        KinesisEvent::WriteThrottled { stream, shard } => {
            format!("{}: write to {} throttled", s(stream), sh(shard))
        }
        KinesisEvent::ReadThrottled { stream, shard } => {
            format!("{}: read from {} throttled", s(stream), sh(shard))
        }
        KinesisEvent::RecordsRead {
            stream,
            shard,
            from,
            count,
        } => {
            format!(
                "{}: {count} records read from {} at #{from}",
                s(stream),
                sh(shard)
            )
        }
        KinesisEvent::ShardSplit {
            stream,
            parent,
            children,
        } => format!(
            "{}: {} split into {} and {}",
            s(stream),
            sh(parent),
            sh(&children[0]),
            sh(&children[1])
        ),
        KinesisEvent::ShardsMerged {
            stream,
            parents,
            child,
        } => format!(
            "{}: {} and {} merged into {}",
            s(stream),
            sh(&parents[0]),
            sh(&parents[1]),
            sh(child)
        ),
        KinesisEvent::RecordsExpired {
            stream,
            shard,
            count,
        } => {
            format!(
                "{}: {count} records of {} expired (retention)",
                s(stream),
                sh(shard)
            )
        }
        KinesisEvent::ShardExpired { stream, shard } => {
            format!("{}: closed shard {} expired", s(stream), sh(shard))
        }
        KinesisEvent::RetentionChanged { stream, hours } => {
            format!("{}: retention set to {hours} h", s(stream))
        }
        KinesisEvent::TagsChanged { stream } => format!("{}: tags changed", s(stream)),
        KinesisEvent::EncryptionChanged { stream, enabled } => format!(
            "{}: encryption {}",
            s(stream),
            if *enabled { "on (KMS)" } else { "off" }
        ),
        KinesisEvent::ModeChanged { stream, mode } => {
            format!("{}: capacity mode {}", s(stream), mode.as_str())
        }
        KinesisEvent::ConsumerRegistered { stream, consumer } => {
            format!("{}: consumer #{consumer} registering", s(stream))
        }
        KinesisEvent::ConsumerActive { stream, consumer } => {
            format!("{}: consumer #{consumer} active", s(stream))
        }
        KinesisEvent::ConsumerDeregistered { stream, consumer } => {
            format!("{}: consumer #{consumer} deregistered", s(stream))
        }
        KinesisEvent::SubscriptionStarted {
            subscription,
            consumer,
            shard,
        } => format!(
            "Subscription #{subscription}: consumer #{consumer} subscribed to {}",
            sh(shard)
        ),
        KinesisEvent::SubscriptionPushed {
            subscription,
            records,
        } => {
            format!("Subscription #{subscription}: pushed {records} records")
        }
        KinesisEvent::SubscriptionEnded { subscription } => {
            format!("Subscription #{subscription} ended")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_stream_arns_and_timestamps() {
        assert_eq!(
            parse_stream_arn("arn:aws:kinesis:us-east-1:123456789012:stream/clicks"),
            Some(("us-east-1", "123456789012", "clicks"))
        );
        assert!(parse_stream_arn("arn:aws:sqs:us-east-1:123456789012:q").is_none());
        assert_eq!(
            parse_iso8601_ms("2026-01-01T00:00:00Z"),
            Some(1_767_225_600_000)
        );
        assert_eq!(
            parse_iso8601_ms("2026-01-01T00:00:01.5+00:00"),
            Some(1_767_225_601_500)
        );
        assert_eq!(
            parse_iso8601_ms("2026-01-01T01:00:00+01:00"),
            Some(1_767_225_600_000)
        );
    }
}
