//! The pollers of event-source mappings: AWS's side of a mapping, a client of
//! SQS or Kinesis that batches what it reads and invokes the function. They act
//! on the world only through `World::call` (as the mapping's account) and
//! `Lambda::start`, on `LambdaTimer::Poll` timers.
//!
//! **SQS.** A mapping starts five pollers (AWS: "Lambda starts with five
//! concurrent batches"), each a loop of long-polling ReceiveMessage (20 s, up
//! to 10 messages). A poller gathers up to BatchSize messages, for at most
//! MaximumBatchingWindowInSeconds (with no window, one receive makes a batch),
//! then invokes the function. On success it deletes the batch
//! (DeleteMessageBatch), or, with ReportBatchItemFailures, all but the
//! `batchItemFailures` (an unknown or empty identifier fails the whole batch,
//! as AWS says); on a function error it deletes nothing, so the messages come
//! back after their visibility timeout and, past maxReceiveCount, go to the
//! queue's dead-letter queue. A throttled invocation leaves the messages to
//! come back too. While receives come back full, pollers are added (up to 300
//! a minute, AWS's scaling rate since 2023) up to ScalingConfig's
//! MaximumConcurrency (or 1,250); an empty receive retires a poller above five.
//!
//! **Kinesis.** Once a second the mapping reads each shard with GetRecords
//! (sharing the shard's read limits with every other classic reader) from
//! the starting position, then from where it left off; a child shard is read
//! only after its parents are finished. Records go to ParallelizationFactor
//! partitions by a hash of their partition key, so records of one key stay in
//! order, and each partition has one batch in flight at a time. A batch is
//! sent when it holds BatchSize records, when the batching window has passed,
//! or at once with no window. A failed batch is retried (the shard partition
//! waits: order is kept) until it succeeds, MaximumRetryAttempts is used up or
//! a record is older than MaximumRecordAgeInSeconds; BisectBatchOnFunctionError
//! splits a failing batch in two first (splitting does not count as a retry).
//! A batch given up on is skipped, and its description (shard, sequence
//! numbers) is sent to the OnFailure destination. With ReportBatchItemFailures
//! the batch is retried from the first failed sequence number.

use super::esm::MappingSource;
use super::{LambdaEvent, LambdaTimer, Origin, Outcome};
use crate::model::Service;
use crate::sim::{Event, Timer};
use crate::world::{CallOutcome, CallResult, Caller, World};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::{BTreeMap, VecDeque};

/// The mapping-level tick (`slot` of a Poll timer): Kinesis reads, SQS start.
pub const TICK: u32 = u32::MAX;
const INITIAL_POLLERS: u32 = 5;
const MAX_POLLERS: u32 = 1_250;
const SCALE_PER_MINUTE: u32 = 300;
const KINESIS_READ_MS: u64 = 1_000;
const SHARD_SYNC_MS: u64 = 60_000;
const RETRY_MS: u64 = 1_000;
/// Records a Kinesis mapping holds read but unsent, per shard, before it stops reading.
const SHARD_BUFFER_MAX: usize = 20_000;

/// A message an SQS poller holds for its batch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Held {
    pub message_id: String,
    pub receipt_handle: String,
    pub record: Value,
}

/// One SQS poller.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Slot {
    pub serial: u64,
    pub gathered: Vec<Held>,
    pub window_started_ms: Option<u64>,
    pub call: Option<u64>,
    pub invoking: Option<u64>,
}

/// A Kinesis record a mapping holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KRec {
    pub sequence_number: String,
    pub arrival_ms: u64,
    pub record: Value,
}

/// One parallelization partition of a shard.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Partition {
    pub queue: VecDeque<KRec>,
    pub first_queued_ms: Option<u64>,
    /// Batches to send before anything new, in order: a retry, or the two
    /// halves of a bisected batch (each sent on its own, as AWS does).
    /// (failed attempts so far, records).
    pub retry: VecDeque<(u32, Vec<KRec>)>,
    pub in_flight: Option<u64>,
}

/// What a mapping knows of one shard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShardReader {
    pub parents: Vec<String>,
    pub iterator: Option<String>,
    /// Where to start when an iterator is (re)made.
    pub position: (String, Option<String>),
    pub at_end: bool,
    pub done: bool,
    pub partitions: Vec<Partition>,
    pub millis_behind: u64,
}

/// A batch in flight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Batch {
    Sqs {
        slot: u32,
    },
    Kinesis {
        shard: String,
        partition: usize,
        attempts: u32,
        records: Vec<KRec>,
    },
}

/// A mapping's poller state (plain data, saved with the world).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Runtime {
    next_slot: u32,
    pub slots: BTreeMap<u32, Slot>,
    pub shards: BTreeMap<String, ShardReader>,
    next_batch: u64,
    batches: BTreeMap<u64, Batch>,
    scale_window_ms: u64,
    added_in_window: u32,
    next_sync_ms: u64,
    synced_once: bool,
}

fn caller(world: &World, mapping: u32) -> Caller {
    let m = &world.lambda.mappings[&mapping];
    Caller {
        account_id: m.account_id.clone(),
        region: m.region.clone(),
        trace_header: None,
        anonymous: false,
    }
}

fn schedule(world: &mut World, mapping: u32, slot: u32, serial: u64, delay: u64) {
    world.sim.schedule_in(
        delay,
        Timer::Lambda(LambdaTimer::Poll {
            mapping,
            slot,
            serial,
        }),
    );
}

/// (account, name) of an SQS queue or Kinesis stream ARN.
fn arn_parts(arn: &str) -> (String, String) {
    let p: Vec<&str> = arn.splitn(6, ':').collect();
    let account = p.get(4).copied().unwrap_or("").to_string();
    let res = p.get(5).copied().unwrap_or("");
    (
        account,
        res.strip_prefix("stream/").unwrap_or(res).to_string(),
    )
}

fn queue_url(world: &World, mapping: u32) -> String {
    let m = &world.lambda.mappings[&mapping];
    let (account, name) = arn_parts(&m.source_arn);
    format!("https://sqs.{}.amazonaws.com/{account}/{name}", m.region)
}

/// A Poll timer fired.
pub(crate) fn fire(world: &mut World, mapping: u32, slot: u32, serial: u64) {
    let Some(m) = world.lambda.mappings.get(&mapping) else {
        return;
    };
    if !m.active() {
        return;
    }
    let sqs = matches!(m.source, MappingSource::Sqs { .. });
    if slot == TICK {
        if serial != m.serial {
            return;
        }
        if sqs {
            let cap = cap(world, mapping);
            let have = world.lambda.mappings[&mapping].runtime.slots.len() as u32;
            for _ in have..INITIAL_POLLERS.min(cap) {
                add_slot(world, mapping);
            }
        } else {
            kinesis_tick(world, mapping);
            let serial = world.lambda.mappings[&mapping].serial;
            schedule(world, mapping, TICK, serial, KINESIS_READ_MS);
        }
        return;
    }
    let Some(s) = m.runtime.slots.get(&slot) else {
        return;
    };
    if s.serial != serial || s.invoking.is_some() {
        return;
    }
    match s.call {
        Some(call) => {
            let Some(r) = world.lambda.results.remove(&call) else {
                return;
            };
            slot_mut(world, mapping, slot).call = None;
            received(world, mapping, slot, r);
        }
        None => poll(world, mapping, slot),
    }
}

fn cap(world: &World, mapping: u32) -> u32 {
    world.lambda.mappings[&mapping]
        .max_concurrency
        .unwrap_or(MAX_POLLERS)
}

fn slot_mut(world: &mut World, mapping: u32, slot: u32) -> &mut Slot {
    world
        .lambda
        .mappings
        .get_mut(&mapping)
        .expect("mapping")
        .runtime
        .slots
        .get_mut(&slot)
        .expect("slot")
}

fn add_slot(world: &mut World, mapping: u32) {
    let rt = &mut world
        .lambda
        .mappings
        .get_mut(&mapping)
        .expect("mapping")
        .runtime;
    let id = rt.next_slot;
    rt.next_slot += 1;
    rt.slots.insert(
        id,
        Slot {
            serial: 1,
            gathered: vec![],
            window_started_ms: None,
            call: None,
            invoking: None,
        },
    );
    schedule(world, mapping, id, 1, 0);
}

fn poll(world: &mut World, mapping: u32, slot: u32) {
    let m = &world.lambda.mappings[&mapping];
    let s = &m.runtime.slots[&slot];
    let now = world.sim.now.as_ms();
    let want = (m.batch_size as usize)
        .saturating_sub(s.gathered.len())
        .clamp(1, 10);
    let wait = match s.window_started_ms {
        Some(t) if m.window_s > 0 => {
            let left = (t + u64::from(m.window_s) * 1000).saturating_sub(now);
            left.div_ceil(1000).min(20)
        }
        _ => 20,
    };
    let input = json!({
        "QueueUrl": queue_url(world, mapping),
        "MaxNumberOfMessages": want,
        "WaitTimeSeconds": wait,
        "AttributeNames": ["All"],
        "MessageAttributeNames": ["All"],
    });
    let c = caller(world, mapping);
    match world.call(Service::Sqs, "ReceiveMessage", input, &c) {
        CallOutcome::Done(r) => received(world, mapping, slot, r),
        CallOutcome::Pending(call) => {
            world.lambda.waiting.insert(call.0, (mapping, slot));
            slot_mut(world, mapping, slot).call = Some(call.0);
        }
    }
}

/// The SQS event record for one received message.
fn sqs_record(m: &Value, source_arn: &str, region: &str) -> Value {
    let mut attrs = serde_json::Map::new();
    for (k, v) in m["Attributes"].as_object().into_iter().flatten() {
        attrs.insert(k.clone(), v.clone());
    }
    let mut mattrs = serde_json::Map::new();
    for (k, v) in m["MessageAttributes"].as_object().into_iter().flatten() {
        let mut a =
            json!({"stringListValues": [], "binaryListValues": [], "dataType": v["DataType"]});
        if let Some(s) = v.get("StringValue") {
            a["stringValue"] = s.clone();
        }
        if let Some(b) = v.get("BinaryValue") {
            a["binaryValue"] = b.clone();
        }
        mattrs.insert(k.clone(), a);
    }
    let mut r = json!({
        "messageId": m["MessageId"],
        "receiptHandle": m["ReceiptHandle"],
        "body": m["Body"],
        "attributes": attrs,
        "messageAttributes": mattrs,
        "md5OfBody": m["MD5OfBody"],
        "eventSource": "aws:sqs",
        "eventSourceARN": source_arn,
        "awsRegion": region,
    });
    if let Some(x) = m.get("MD5OfMessageAttributes") {
        r["md5OfMessageAttributes"] = x.clone();
    }
    r
}

fn received(world: &mut World, mapping: u32, slot: u32, r: CallResult) {
    let now = world.sim.now.as_ms();
    let (source_arn, region, batch_size, window_s) = {
        let m = &world.lambda.mappings[&mapping];
        (
            m.source_arn.clone(),
            m.region.clone(),
            m.batch_size as usize,
            m.window_s,
        )
    };
    let msgs: Vec<Value> = match &r {
        Ok(v) => v["Messages"].as_array().cloned().unwrap_or_default(),
        Err(_) => {
            // The queue went away or refused: try again later.
            let s = slot_mut(world, mapping, slot);
            s.serial += 1;
            let serial = s.serial;
            schedule(world, mapping, slot, serial, RETRY_MS);
            return;
        }
    };
    let full = msgs.len() == 10;
    let empty = msgs.is_empty();
    {
        let s = slot_mut(world, mapping, slot);
        for m in &msgs {
            s.gathered.push(Held {
                message_id: m["MessageId"].as_str().unwrap_or("").into(),
                receipt_handle: m["ReceiptHandle"].as_str().unwrap_or("").into(),
                record: sqs_record(m, &source_arn, &region),
            });
        }
        if !s.gathered.is_empty() && s.window_started_ms.is_none() {
            s.window_started_ms = Some(now);
        }
    }
    // Scale: full receives add pollers; an empty one retires a poller above five.
    let slots = world.lambda.mappings[&mapping].runtime.slots.len() as u32;
    if full && slots < cap(world, mapping) {
        let rt = &mut world
            .lambda
            .mappings
            .get_mut(&mapping)
            .expect("mapping")
            .runtime;
        if now >= rt.scale_window_ms + 60_000 {
            rt.scale_window_ms = now;
            rt.added_in_window = 0;
        }
        if rt.added_in_window < SCALE_PER_MINUTE {
            rt.added_in_window += 1;
            add_slot(world, mapping);
        }
    }
    let s = &world.lambda.mappings[&mapping].runtime.slots[&slot];
    if empty && s.gathered.is_empty() && slots > INITIAL_POLLERS {
        world
            .lambda
            .mappings
            .get_mut(&mapping)
            .expect("mapping")
            .runtime
            .slots
            .remove(&slot);
        return;
    }
    let window_over = s
        .window_started_ms
        .is_some_and(|t| now >= t + u64::from(window_s) * 1000);
    let ready =
        !s.gathered.is_empty() && (s.gathered.len() >= batch_size || window_s == 0 || window_over);
    if ready {
        invoke_sqs(world, mapping, slot);
    } else {
        let s = slot_mut(world, mapping, slot);
        s.serial += 1;
        let serial = s.serial;
        schedule(world, mapping, slot, serial, 0);
    }
}

fn invoke_sqs(world: &mut World, mapping: u32, slot: u32) {
    let records: Vec<Value> = world.lambda.mappings[&mapping].runtime.slots[&slot]
        .gathered
        .iter()
        .map(|h| h.record.clone())
        .collect();
    let n = records.len() as u64;
    let payload = json!({"Records": records}).to_string();
    let function = world.lambda.mappings[&mapping].function;
    let batch = next_batch(world, mapping, Batch::Sqs { slot });
    let started = if world.lambda.functions.contains_key(&function) {
        world
            .lambda
            .start(
                &mut world.sim,
                function,
                payload,
                Origin::Mapping { mapping, batch },
            )
            .is_ok()
    } else {
        false
    };
    let m = world.lambda.mappings.get_mut(&mapping).expect("mapping");
    if started {
        m.stats.batches += 1;
        m.stats.records += n;
        m.runtime.slots.get_mut(&slot).expect("slot").invoking = Some(batch);
    } else {
        // Throttled (or no function): the messages come back after their
        // visibility timeout; back off and poll again.
        m.stats.throttled += 1;
        m.last_result = "PROBLEM: Function call failed".into();
        m.runtime.batches.remove(&batch);
        let s = m.runtime.slots.get_mut(&slot).expect("slot");
        s.gathered.clear();
        s.window_started_ms = None;
        s.serial += 1;
        let serial = s.serial;
        schedule(world, mapping, slot, serial, RETRY_MS);
    }
}

fn next_batch(world: &mut World, mapping: u32, b: Batch) -> u64 {
    let rt = &mut world
        .lambda
        .mappings
        .get_mut(&mapping)
        .expect("mapping")
        .runtime;
    let id = rt.next_batch;
    rt.next_batch += 1;
    rt.batches.insert(id, b);
    id
}

/// An invocation of a mapping's batch finished.
pub(crate) fn finished(
    world: &mut World,
    mapping: u32,
    batch: u64,
    outcome: &Outcome,
    request_id: &str,
) {
    let Some(m) = world.lambda.mappings.get_mut(&mapping) else {
        return;
    };
    let Some(b) = m.runtime.batches.remove(&batch) else {
        return;
    };
    match b {
        Batch::Sqs { slot } => sqs_finished(world, mapping, slot, outcome),
        Batch::Kinesis {
            shard,
            partition,
            attempts,
            records,
        } => kinesis_finished(
            world, mapping, &shard, partition, attempts, records, outcome, request_id,
        ),
    }
}

/// The identifiers a partial batch response names, or None when the response
/// is not one (or names something invalid: the whole batch then failed).
fn item_failures(outcome: &Outcome, known: &[String]) -> Result<Vec<String>, ()> {
    let Outcome::Returned(p) = outcome else {
        return Err(());
    };
    let v: Value = serde_json::from_str(p).unwrap_or(Value::Null);
    let Some(list) = v.get("batchItemFailures").and_then(Value::as_array) else {
        return Ok(vec![]);
    };
    let mut out = vec![];
    for x in list {
        match x.get("itemIdentifier").and_then(Value::as_str) {
            Some(id) if !id.is_empty() && known.iter().any(|k| k == id) => out.push(id.to_string()),
            _ => return Err(()),
        }
    }
    Ok(out)
}

fn sqs_finished(world: &mut World, mapping: u32, slot: u32, outcome: &Outcome) {
    let report = world.lambda.mappings[&mapping].report_item_failures;
    let held = {
        let Some(s) = world
            .lambda
            .mappings
            .get_mut(&mapping)
            .and_then(|m| m.runtime.slots.get_mut(&slot))
        else {
            return;
        };
        s.invoking = None;
        s.window_started_ms = None;
        std::mem::take(&mut s.gathered)
    };
    let ids: Vec<String> = held.iter().map(|h| h.message_id.clone()).collect();
    let delete: Vec<&Held> = match outcome {
        Outcome::Failed { .. } => vec![],
        Outcome::Returned(_) if report => match item_failures(outcome, &ids) {
            Ok(failed) => held
                .iter()
                .filter(|h| !failed.contains(&h.message_id))
                .collect(),
            Err(()) => vec![],
        },
        Outcome::Returned(_) => held.iter().collect(),
    };
    let failed = delete.len() < held.len();
    let url = queue_url(world, mapping);
    let c = caller(world, mapping);
    let mut deleted = 0u32;
    for chunk in delete.chunks(10) {
        let entries: Vec<Value> = chunk
            .iter()
            .enumerate()
            .map(|(i, h)| json!({"Id": i.to_string(), "ReceiptHandle": h.receipt_handle}))
            .collect();
        if let CallOutcome::Done(Ok(v)) = world.call(
            Service::Sqs,
            "DeleteMessageBatch",
            json!({"QueueUrl": url, "Entries": entries}),
            &c,
        ) {
            deleted += v["Successful"].as_array().map_or(0, Vec::len) as u32;
        }
    }
    let m = world.lambda.mappings.get_mut(&mapping).expect("mapping");
    m.stats.deleted += u64::from(deleted);
    if failed {
        m.stats.failed_batches += 1;
        m.last_result = "PROBLEM: Function call failed".into();
    } else {
        m.last_result = "OK".into();
    }
    if deleted > 0 {
        world
            .sim
            .record(Event::Lambda(LambdaEvent::MessagesDeleted {
                mapping,
                count: deleted,
            }));
    }
    if world.lambda.mappings[&mapping].active() {
        let s = slot_mut(world, mapping, slot);
        s.serial += 1;
        let serial = s.serial;
        schedule(world, mapping, slot, serial, 0);
    }
}

// ---- Kinesis ----

fn kinesis_tick(world: &mut World, mapping: u32) {
    let now = world.sim.now.as_ms();
    if now >= world.lambda.mappings[&mapping].runtime.next_sync_ms {
        sync_shards(world, mapping);
    }
    let shards: Vec<String> = world.lambda.mappings[&mapping]
        .runtime
        .shards
        .keys()
        .cloned()
        .collect();
    for shard in &shards {
        read_shard(world, mapping, shard);
        let parts = world.lambda.mappings[&mapping].runtime.shards[shard]
            .partitions
            .len();
        for p in 0..parts {
            dispatch(world, mapping, shard, p);
        }
        let r = &world.lambda.mappings[&mapping].runtime.shards[shard];
        let drained = r
            .partitions
            .iter()
            .all(|p| p.queue.is_empty() && p.retry.is_empty() && p.in_flight.is_none());
        if r.at_end && drained && !r.done {
            reader(world, mapping, shard).done = true;
            // Children appear at the next sync; make it now.
            world
                .lambda
                .mappings
                .get_mut(&mapping)
                .expect("mapping")
                .runtime
                .next_sync_ms = now;
        }
    }
}

fn stream_name(world: &World, mapping: u32) -> String {
    arn_parts(&world.lambda.mappings[&mapping].source_arn).1
}

fn sync_shards(world: &mut World, mapping: u32) {
    let now = world.sim.now.as_ms();
    let c = caller(world, mapping);
    let name = stream_name(world, mapping);
    let found: Vec<(String, Vec<String>, bool)> =
        crate::clients::shards::list_shards(world, &c, json!({"StreamName": name}))
            .unwrap_or_default()
            .into_iter()
            .map(|s| (s.id, s.parents, s.open))
            .collect();
    let m = world.lambda.mappings.get_mut(&mapping).expect("mapping");
    let first = !m.runtime.synced_once;
    let start = m
        .starting_position
        .clone()
        .unwrap_or_else(|| "LATEST".into());
    let ts = m.starting_timestamp;
    let p = m.parallelization.max(1) as usize;
    for (id, parents, open) in found {
        if m.runtime.shards.contains_key(&id) {
            continue;
        }
        // At creation: open shards from the starting position; closed ones
        // only from TRIM_HORIZON. Shards that appear later are read from
        // their start.
        let position = if first {
            if !open && start != "TRIM_HORIZON" {
                continue;
            }
            let extra = ts.map(|t| t.to_string());
            (start.clone(), extra)
        } else {
            ("TRIM_HORIZON".to_string(), None)
        };
        m.runtime.shards.insert(
            id,
            ShardReader {
                parents,
                iterator: None,
                position,
                at_end: false,
                done: false,
                partitions: vec![Partition::default(); p],
                millis_behind: 0,
            },
        );
    }
    m.runtime.synced_once = true;
    m.runtime.next_sync_ms = now + SHARD_SYNC_MS;
}

fn read_shard(world: &mut World, mapping: u32, shard: &str) {
    let c = caller(world, mapping);
    let name = stream_name(world, mapping);
    let (ready, need_iter, position, buffered, p) = {
        let rt = &world.lambda.mappings[&mapping].runtime;
        let r = &rt.shards[shard];
        let parents_done = r
            .parents
            .iter()
            .all(|x| rt.shards.get(x).is_none_or(|pr| pr.done));
        let buffered: usize = r.partitions.iter().map(|x| x.queue.len()).sum();
        (
            parents_done && !r.at_end && !r.done,
            r.iterator.is_none(),
            r.position.clone(),
            buffered,
            r.partitions.len(),
        )
    };
    if !ready || buffered >= SHARD_BUFFER_MAX {
        return;
    }
    if need_iter {
        let mut input =
            json!({"StreamName": name, "ShardId": shard, "ShardIteratorType": position.0});
        match position.0.as_str() {
            "AT_TIMESTAMP" => {
                input["Timestamp"] =
                    json!(position.1.as_deref().and_then(|t| t.parse::<f64>().ok()))
            }
            "AFTER_SEQUENCE_NUMBER" => input["StartingSequenceNumber"] = json!(position.1),
            _ => {}
        }
        match world.call(Service::Kinesis, "GetShardIterator", input, &c) {
            CallOutcome::Done(Ok(v)) => {
                let it = v["ShardIterator"].as_str().map(String::from);
                reader(world, mapping, shard).iterator = it;
            }
            _ => return,
        }
    }
    let it = reader(world, mapping, shard).iterator.clone();
    let input = json!({"ShardIterator": it, "Limit": 10_000});
    match world.call(Service::Kinesis, "GetRecords", input, &c) {
        CallOutcome::Done(Ok(v)) => {
            let now = world.sim.now.as_ms();
            let (source_arn, region) = {
                let m = &world.lambda.mappings[&mapping];
                (m.source_arn.clone(), m.region.clone())
            };
            let role = world
                .lambda
                .functions
                .get(&world.lambda.mappings[&mapping].function)
                .map(|f| f.role.clone())
                .unwrap_or_default();
            let epoch = world.sim.epoch_unix_ms;
            let r = reader(world, mapping, shard);
            r.millis_behind = v["MillisBehindLatest"].as_u64().unwrap_or(0);
            for rec in v["Records"].as_array().into_iter().flatten() {
                let seq = rec["SequenceNumber"].as_str().unwrap_or("").to_string();
                let key = rec["PartitionKey"].as_str().unwrap_or("");
                let arrival_s = rec["ApproximateArrivalTimestamp"].as_f64().unwrap_or(0.0);
                let arrival_ms = ((arrival_s * 1000.0) as u64).saturating_sub(epoch);
                let part = (crate::kinesis::stream::hash_key(key) % p as u128) as usize;
                let event = json!({
                    "kinesis": {
                        "kinesisSchemaVersion": "1.0",
                        "partitionKey": key,
                        "sequenceNumber": seq,
                        "data": rec["Data"],
                        "approximateArrivalTimestamp": arrival_s,
                    },
                    "eventSource": "aws:kinesis",
                    "eventVersion": "1.0",
                    "eventID": format!("{shard}:{seq}"),
                    "eventName": "aws:kinesis:record",
                    "invokeIdentityArn": role,
                    "awsRegion": region,
                    "eventSourceARN": source_arn,
                });
                r.position = ("AFTER_SEQUENCE_NUMBER".into(), Some(seq.clone()));
                let pt = &mut r.partitions[part];
                if pt.queue.is_empty() {
                    pt.first_queued_ms = Some(now);
                }
                pt.queue.push_back(KRec {
                    sequence_number: seq,
                    arrival_ms,
                    record: event,
                });
            }
            r.iterator = v["NextShardIterator"].as_str().map(String::from);
            if r.iterator.is_none() {
                r.at_end = true;
            }
        }
        CallOutcome::Done(Err(e)) => {
            if e.code == "ExpiredIteratorException" {
                reader(world, mapping, shard).iterator = None;
            }
            if e.code == "ProvisionedThroughputExceededException" {
                world
                    .lambda
                    .mappings
                    .get_mut(&mapping)
                    .expect("mapping")
                    .stats
                    .throttled += 1;
            }
        }
        CallOutcome::Pending(_) => {}
    }
}

fn reader<'a>(world: &'a mut World, mapping: u32, shard: &str) -> &'a mut ShardReader {
    world
        .lambda
        .mappings
        .get_mut(&mapping)
        .expect("mapping")
        .runtime
        .shards
        .get_mut(shard)
        .expect("shard")
}

/// Sends a partition's next batch if one is due and none is in flight.
fn dispatch(world: &mut World, mapping: u32, shard: &str, part: usize) {
    let now = world.sim.now.as_ms();
    let (batch_size, window_s, max_age_s) = {
        let m = &world.lambda.mappings[&mapping];
        (m.batch_size as usize, m.window_s, m.max_record_age_s)
    };
    let at_end = reader(world, mapping, shard).at_end;
    let pt = &mut reader(world, mapping, shard).partitions[part];
    if pt.in_flight.is_some() {
        return;
    }
    let (attempts, mut records) = match pt.retry.pop_front() {
        Some(r) => r,
        None => {
            let due = !pt.queue.is_empty()
                && (pt.queue.len() >= batch_size
                    || window_s == 0
                    || at_end
                    || pt
                        .first_queued_ms
                        .is_some_and(|t| now >= t + u64::from(window_s) * 1000));
            if !due {
                return;
            }
            let n = pt.queue.len().min(batch_size);
            let batch: Vec<KRec> = pt.queue.drain(..n).collect();
            pt.first_queued_ms = if pt.queue.is_empty() { None } else { Some(now) };
            (0, batch)
        }
    };
    // Records older than MaximumRecordAgeInSeconds are given up on.
    if max_age_s >= 0 {
        let limit = max_age_s as u64 * 1000;
        let old = records
            .iter()
            .take_while(|r| now.saturating_sub(r.arrival_ms) > limit)
            .count();
        if old > 0 {
            let gone: Vec<KRec> = records.drain(..old).collect();
            give_up(world, mapping, shard, &gone, "RecordAgeExceeded", 0, "");
            if records.is_empty() {
                return;
            }
        }
    }
    let function = world.lambda.mappings[&mapping].function;
    let payload = json!({"Records": records.iter().map(|r| r.record.clone()).collect::<Vec<_>>()})
        .to_string();
    let n = records.len() as u64;
    let batch = next_batch(
        world,
        mapping,
        Batch::Kinesis {
            shard: shard.to_string(),
            partition: part,
            attempts,
            records: records.clone(),
        },
    );
    let ok = world.lambda.functions.contains_key(&function)
        && world
            .lambda
            .start(
                &mut world.sim,
                function,
                payload,
                Origin::Mapping { mapping, batch },
            )
            .is_ok();
    let m = world.lambda.mappings.get_mut(&mapping).expect("mapping");
    if ok {
        m.stats.batches += 1;
        m.stats.records += n;
        m.runtime.shards.get_mut(shard).expect("shard").partitions[part].in_flight = Some(batch);
    } else {
        m.stats.throttled += 1;
        m.runtime.batches.remove(&batch);
        m.runtime.shards.get_mut(shard).expect("shard").partitions[part]
            .retry
            .push_front((attempts, records));
    }
}

#[allow(clippy::too_many_arguments)]
fn kinesis_finished(
    world: &mut World,
    mapping: u32,
    shard: &str,
    part: usize,
    attempts: u32,
    records: Vec<KRec>,
    outcome: &Outcome,
    request_id: &str,
) {
    let (report, bisect, max_retries) = {
        let m = &world.lambda.mappings[&mapping];
        (m.report_item_failures, m.bisect, m.max_retries)
    };
    if !world.lambda.mappings[&mapping]
        .runtime
        .shards
        .contains_key(shard)
    {
        return;
    }
    reader(world, mapping, shard).partitions[part].in_flight = None;
    // What failed: everything (a function error), from a sequence number on
    // (a partial batch response), or nothing.
    let failed_from: Option<usize> = match outcome {
        Outcome::Failed { .. } => Some(0),
        Outcome::Returned(_) if report => {
            let seqs: Vec<String> = records.iter().map(|r| r.sequence_number.clone()).collect();
            match item_failures(outcome, &seqs) {
                Ok(f) if f.is_empty() => None,
                Ok(f) => seqs.iter().position(|s| f.contains(s)),
                Err(()) => Some(0),
            }
        }
        Outcome::Returned(_) => None,
    };
    let m = world.lambda.mappings.get_mut(&mapping).expect("mapping");
    let Some(from) = failed_from else {
        m.last_result = "OK".into();
        // The partition's next batch goes at once (one in flight per partition).
        dispatch(world, mapping, shard, part);
        return;
    };
    m.stats.failed_batches += 1;
    m.last_result = "PROBLEM: Function call failed".into();
    let failing: Vec<KRec> = records[from..].to_vec();
    let pt = &mut m.runtime.shards.get_mut(shard).expect("shard").partitions[part];
    if bisect && failing.len() > 1 && matches!(outcome, Outcome::Failed { .. }) {
        let half = failing.len() / 2;
        let (a, b) = failing.split_at(half);
        pt.retry.push_front((0, b.to_vec()));
        pt.retry.push_front((0, a.to_vec()));
        let n = failing.len() as u32;
        world
            .sim
            .record(Event::Lambda(LambdaEvent::MappingBisected {
                mapping,
                records: n,
            }));
        return;
    }
    let attempts = attempts + 1;
    if max_retries >= 0 && i64::from(attempts) > max_retries {
        give_up(
            world,
            mapping,
            shard,
            &failing,
            "RetryAttemptsExhausted",
            attempts,
            request_id,
        );
    } else {
        pt.retry.push_front((attempts, failing));
    }
}

/// Skips records the mapping gave up on, and sends their description to the
/// OnFailure destination (AWS's invocation record for stream sources).
fn give_up(
    world: &mut World,
    mapping: u32,
    shard: &str,
    records: &[KRec],
    condition: &str,
    attempts: u32,
    request_id: &str,
) {
    let Some(first) = records.first() else { return };
    let last = records.last().expect("non-empty");
    let (dest, function_arn, source_arn) = {
        let m = &world.lambda.mappings[&mapping];
        (
            m.on_failure.clone(),
            m.function_arn.clone(),
            m.source_arn.clone(),
        )
    };
    let epoch = world.sim.epoch_unix_ms;
    let iso = |ms: u64| crate::sim::time::format_unix_ms(epoch + ms);
    let body = json!({
        "requestContext": {
            "requestId": request_id,
            "functionArn": function_arn,
            "condition": condition,
            "approximateInvokeCount": attempts,
        },
        "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
        "version": "1.0",
        "timestamp": iso(world.sim.now.as_ms()),
        "KinesisBatchInfo": {
            "shardId": shard,
            "startSequenceNumber": first.sequence_number,
            "endSequenceNumber": last.sequence_number,
            "approximateArrivalOfFirstRecord": iso(first.arrival_ms),
            "approximateArrivalOfLastRecord": iso(last.arrival_ms),
            "batchSize": records.len(),
            "streamArn": source_arn,
        },
    })
    .to_string();
    let c = caller(world, mapping);
    let sent = match dest.as_deref() {
        Some(d) if d.starts_with("arn:aws:sqs:") => {
            let (account, name) = arn_parts(d);
            let url = format!(
                "https://sqs.{}.amazonaws.com/{account}/{name}",
                d.split(':').nth(3).unwrap_or("")
            );
            matches!(
                world.call(
                    Service::Sqs,
                    "SendMessage",
                    json!({"QueueUrl": url, "MessageBody": body}),
                    &c
                ),
                CallOutcome::Done(Ok(_))
            )
        }
        Some(d) => matches!(
            world.call(
                Service::Sns,
                "Publish",
                json!({"TopicArn": d, "Message": body}),
                &c
            ),
            CallOutcome::Done(Ok(_))
        ),
        None => false,
    };
    let m = world.lambda.mappings.get_mut(&mapping).expect("mapping");
    m.stats.discarded += records.len() as u64;
    world
        .sim
        .record(Event::Lambda(LambdaEvent::MappingDiscarded {
            mapping,
            records: records.len() as u32,
            sent_to_destination: sent,
        }));
}
