//! Simulated producers: a program sending to an SQS queue (SendMessage), an SNS
//! topic (Publish) or a Kinesis stream (PutRecord one by one, or PutRecords in
//! batches) at a steady rate with optional bursts.
//!
//! Bodies come from a template (`{n}` the message's number, `{key}` the drawn
//! key, `{one_of:a|b|c}` one of the listed words); keys (FIFO group ids,
//! partition keys) are drawn from a distribution with the world's generator.
//!
//! Throttled Kinesis records are retried with exponential backoff and "full
//! jitter" (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015:
//! sleep = random_between(0, min(cap, base * 2^attempt))), with the AWS SDKs'
//! standard retry-mode figures: base 100 ms, cap 20 s (the SDKs' `standard`
//! mode; the SDK gives up after 3 attempts, this producer retries until the
//! record is accepted unless `max_attempts` says otherwise, so a test can
//! account for every record). PutRecords retries only the failed entries, and
//! a batching producer gathers 100 ms of records per call (the KPL's default
//! RecordMaxBufferedTime).

use super::{caller_of, ClientCounters, ClientEvent, ClientState, ClientTimer, ClientView};
use crate::model::Service;
use crate::sim::{Event, SimRng, Timer};
use crate::world::{CallOutcome, World};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Backoff base (AWS SDKs' standard retry mode).
pub const BACKOFF_BASE_MS: u64 = 100;
/// Backoff cap (AWS SDKs' standard retry mode: 20 s).
pub const BACKOFF_CAP_MS: u64 = 20_000;
/// Records per PutRecords call (AWS's limit).
pub const PUT_RECORDS_MAX: usize = 500;
/// How long a batching producer gathers records before a PutRecords: the
/// Kinesis Producer Library's default RecordMaxBufferedTime (100 ms).
pub const PUT_RECORDS_LINGER_MS: u64 = 100;
/// Records a producer keeps waiting for a retry: a bound on everything.
pub const RETRY_BACKLOG_MAX: usize = 100_000;

/// Where a producer sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProducerTarget {
    Queue {
        queue_url: String,
    },
    Topic {
        topic_arn: String,
    },
    Stream {
        stream_name: String,
        mode: PutMode,
    },
    /// A Firehose delivery stream (Direct PUT): PutRecord, or PutRecordBatch.
    DeliveryStream {
        delivery_stream_name: String,
        mode: PutMode,
    },
}

/// PutRecord per record, or PutRecords per tick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PutMode {
    Single,
    Batch,
}

/// How keys (`{key}`, group ids, partition keys) are drawn: `key-0`..`key-(N-1)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeyDistribution {
    /// Uniform over `keys` keys.
    Uniform { keys: u32 },
    /// `key-0` with chance `share_ppm`, otherwise uniform over the others.
    Hot { keys: u32, share_ppm: u32 },
    /// Zipf with exponent 1: key k (from 1) weighs 1/k (integer weights, so
    /// every platform draws alike).
    Zipf { keys: u32 },
}

/// Extra messages at a fixed period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Burst {
    pub every_s: u32,
    pub count: u32,
}

/// What a producer is: plain data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProducerSpec {
    pub name: String,
    pub target: ProducerTarget,
    #[serde(default)]
    pub account_id: Option<String>,
    /// Messages per second.
    pub rate_per_s: u32,
    #[serde(default)]
    pub burst: Option<Burst>,
    pub body_template: String,
    /// Message attributes (String), values templated like the body.
    #[serde(default)]
    pub attributes: BTreeMap<String, String>,
    pub keys: KeyDistribution,
    /// Send the key as MessageGroupId (FIFO queues and topics), with a
    /// MessageDeduplicationId of the producer's name and `{n}`.
    #[serde(default)]
    pub key_as_group_id: bool,
    /// Give up on a record after this many attempts (None: never).
    #[serde(default)]
    pub max_attempts: Option<u32>,
}

impl ProducerSpec {
    /// A producer of `rate_per_s` messages to `target`, uniform over 10 keys.
    pub fn new(name: &str, target: ProducerTarget, rate_per_s: u32) -> Self {
        ProducerSpec {
            name: name.into(),
            target,
            account_id: None,
            rate_per_s,
            burst: None,
            body_template: "message {n}".into(),
            attributes: BTreeMap::new(),
            keys: KeyDistribution::Uniform { keys: 10 },
            key_as_group_id: false,
            max_attempts: None,
        }
    }
}

/// A record waiting for another attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Pending {
    pub n: u64,
    pub key: String,
    pub body: String,
    pub attempt: u32,
}

/// A producer's running state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Producer {
    pub spec: ProducerSpec,
    pub state: ClientState,
    pub counters: ClientCounters,
    pub(crate) serial: u64,
    /// Numbers handed out so far (`{n}` of the next message).
    pub(crate) next_n: u64,
    /// When the current run started, and how many were due-and-made since.
    pub(crate) origin_ms: u64,
    pub(crate) made_since_origin: u64,
    pub(crate) bursts_since_origin: u64,
    /// Retries by due ms (a JSON map needs plain keys), each in order made.
    pub(crate) retries: BTreeMap<u64, Vec<Pending>>,
    /// How many records `retries` holds.
    pub(crate) retry_count: usize,
    /// The due time of the one pending Retry timer, if any.
    pub(crate) retry_wake_ms: Option<u64>,
    /// Zipf cumulative weights (derived from the spec; rebuilt when empty).
    #[serde(skip)]
    zipf: Vec<u64>,
}

impl Producer {
    pub(crate) fn new(spec: ProducerSpec) -> Self {
        Producer {
            spec,
            state: ClientState::Stopped,
            counters: ClientCounters::default(),
            serial: 0,
            next_n: 0,
            origin_ms: 0,
            made_since_origin: 0,
            bursts_since_origin: 0,
            retries: BTreeMap::new(),
            retry_count: 0,
            retry_wake_ms: None,
            zipf: vec![],
        }
    }

    pub(crate) fn view(&self, id: u32) -> ClientView {
        let target = match &self.spec.target {
            ProducerTarget::Queue { queue_url } => queue_url.clone(),
            ProducerTarget::Topic { topic_arn } => topic_arn.clone(),
            ProducerTarget::Stream { stream_name, .. } => stream_name.clone(),
            ProducerTarget::DeliveryStream {
                delivery_stream_name,
                ..
            } => delivery_stream_name.clone(),
        };
        let state = if !self.retries.is_empty() {
            ClientState::BackingOff
        } else {
            self.state
        };
        ClientView {
            id: super::ClientId(id),
            kind: "producer",
            name: self.spec.name.clone(),
            target,
            state,
            counters: self.counters,
        }
    }

    pub(crate) fn check_invariants(&self, id: u32) {
        assert_eq!(
            self.retry_count,
            self.retries.values().map(Vec::len).sum::<usize>(),
            "producer {id} miscounts its retries"
        );
        assert!(
            self.retry_count <= RETRY_BACKLOG_MAX,
            "producer {id} retry backlog over its bound"
        );
        assert!(
            self.counters.sent + self.counters.send_failed + self.retry_count as u64 <= self.next_n,
            "producer {id} accounts for more messages than it made"
        );
        if !self.retries.is_empty() {
            assert!(
                self.retry_wake_ms.is_some(),
                "producer {id} retries unscheduled"
            );
        }
    }

    fn draw_key(&mut self, rng: &mut SimRng) -> String {
        format!("key-{}", self.spec.keys.draw(rng, &mut self.zipf))
    }

    /// When the next message (or burst) is due, absolute ms: the rate's
    /// schedule is exact (message m at origin + ceil(m * 1000 / rate)), so a
    /// rate is honoured to the message over any span.
    fn next_wake_ms(&self) -> u64 {
        let rate = u64::from(self.spec.rate_per_s);
        let mut next = u64::MAX;
        if rate > 0 {
            next = self.origin_ms + ((self.made_since_origin + 1) * 1000).div_ceil(rate);
        }
        if let Some(b) = &self.spec.burst {
            let every = u64::from(b.every_s.max(1)) * 1000;
            next = next.min(self.origin_ms + (self.bursts_since_origin + 1) * every);
        }
        next
    }
}

impl KeyDistribution {
    /// A key index drawn with `rng` (`zipf` caches the cumulative weights).
    pub fn draw(&self, rng: &mut SimRng, zipf: &mut Vec<u64>) -> u64 {
        match *self {
            KeyDistribution::Uniform { keys } => rng.below(u64::from(keys.max(1))),
            KeyDistribution::Hot { keys, share_ppm } => {
                if keys <= 1 || rng.chance_ppm(share_ppm) {
                    0
                } else {
                    1 + rng.below(u64::from(keys - 1))
                }
            }
            KeyDistribution::Zipf { keys } => {
                if zipf.is_empty() {
                    let mut acc = 0u64;
                    for k in 1..=u64::from(keys.max(1)) {
                        acc += 1_000_000_000 / k;
                        zipf.push(acc);
                    }
                }
                let r = rng.below(*zipf.last().expect("zipf weights"));
                zipf.partition_point(|&c| c <= r) as u64
            }
        }
    }
}

/// `{n}`, `{key}` and `{one_of:a|b|c}` (one draw per `one_of`, left to right).
pub fn render(template: &str, n: u64, key: &str, rng: &mut SimRng) -> String {
    let mut out = String::with_capacity(template.len() + 8);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let Some(j) = after.find('}') else {
            out.push_str(&rest[i..]);
            rest = "";
            break;
        };
        let name = &after[..j];
        if name == "n" {
            out.push_str(&n.to_string());
        } else if name == "key" {
            out.push_str(key);
        } else if let Some(list) = name.strip_prefix("one_of:") {
            let words: Vec<&str> = list.split('|').collect();
            out.push_str(words[rng.below(words.len() as u64) as usize]);
        } else {
            out.push('{');
            out.push_str(name);
            out.push('}');
        }
        rest = &after[j + 1..];
    }
    out.push_str(rest);
    out
}

/// Full jitter: uniform in 0..=min(cap, base * 2^attempt) (at least 1 ms, so a
/// retry never lands on the instant it was refused).
pub fn backoff_ms(rng: &mut SimRng, attempt: u32) -> u64 {
    let ceiling = BACKOFF_BASE_MS
        .saturating_mul(1u64 << attempt.min(20))
        .min(BACKOFF_CAP_MS);
    rng.below(ceiling + 1).max(1)
}

fn record(world: &mut World, e: ClientEvent) {
    world.sim.record(Event::Client(e));
}

pub(crate) fn start(world: &mut World, id: u32, p: &mut Producer) {
    if p.state == ClientState::Producing {
        return;
    }
    p.state = ClientState::Producing;
    p.serial += 1;
    p.origin_ms = world.sim.now.as_ms();
    p.made_since_origin = 0;
    p.bursts_since_origin = 0;
    record(world, ClientEvent::Started { client: id });
    schedule_tick(world, id, p);
}

/// Wakes the producer when its next message or burst is due.
fn schedule_tick(world: &mut World, id: u32, p: &Producer) {
    let mut due = p.next_wake_ms();
    if due == u64::MAX {
        return; // rate 0 and no bursts: nothing to make
    }
    if matches!(
        p.spec.target,
        ProducerTarget::Stream {
            mode: PutMode::Batch,
            ..
        } | ProducerTarget::DeliveryStream {
            mode: PutMode::Batch,
            ..
        }
    ) {
        // Batching: what falls due within the linger goes in one PutRecords.
        due = due.max(world.sim.now.as_ms() + PUT_RECORDS_LINGER_MS);
    }
    world.sim.timers.schedule(
        crate::sim::SimTime(due),
        Timer::Client(ClientTimer::Wake {
            client: id,
            serial: p.serial,
        }),
    );
}

/// Stops (or pauses) making new messages; retries already owed continue.
pub(crate) fn halt(world: &mut World, id: u32, p: &mut Producer, pause: bool) {
    if p.state != ClientState::Producing {
        return;
    }
    p.serial += 1;
    p.state = if pause {
        ClientState::Paused
    } else {
        ClientState::Stopped
    };
    record(
        world,
        if pause {
            ClientEvent::Paused { client: id }
        } else {
            ClientEvent::Stopped { client: id }
        },
    );
}

pub(crate) fn fire(world: &mut World, id: u32, p: &mut Producer, timer: ClientTimer) {
    match timer {
        ClientTimer::Wake { serial, .. }
            if serial == p.serial && p.state == ClientState::Producing =>
        {
            tick(world, id, p);
            schedule_tick(world, id, p);
        }
        ClientTimer::Retry { .. } => {
            let now = world.sim.now.as_ms();
            if p.retry_wake_ms == Some(now) {
                p.retry_wake_ms = None;
            }
            let later = p.retries.split_off(&(now + 1));
            let batch: Vec<Pending> = std::mem::replace(&mut p.retries, later)
                .into_values()
                .flatten()
                .collect();
            p.retry_count -= batch.len();
            if !batch.is_empty() {
                p.counters.retried += batch.len() as u64;
                send(world, id, p, batch);
            }
            schedule_retry(world, id, p);
        }
        _ => {}
    }
}

/// Makes and sends everything due by now: the rate's share since the run
/// started, plus bursts.
fn tick(world: &mut World, id: u32, p: &mut Producer) {
    let elapsed = world.sim.now.as_ms() - p.origin_ms;
    let due = u64::from(p.spec.rate_per_s) * elapsed / 1000;
    let mut count = due.saturating_sub(p.made_since_origin);
    p.made_since_origin = due.max(p.made_since_origin);
    if let Some(b) = &p.spec.burst {
        let every = u64::from(b.every_s.max(1)) * 1000;
        let bursts = elapsed / every;
        count += (bursts - p.bursts_since_origin.min(bursts)) * u64::from(b.count);
        p.bursts_since_origin = bursts;
    }
    if count == 0 {
        return;
    }
    let mut made = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let n = p.next_n;
        p.next_n += 1;
        let key = p.draw_key(&mut world.sim.rng);
        let body = render(&p.spec.body_template, n, &key, &mut world.sim.rng);
        made.push(Pending {
            n,
            key,
            body,
            attempt: 0,
        });
    }
    send(world, id, p, made);
}

fn is_throttle(code: &str) -> bool {
    code == "ProvisionedThroughputExceededException"
        || code.contains("Throttl")
        || code == "RequestThrottled"
        // Firehose's "Slow down." over a Direct PUT quota.
        || code == "ServiceUnavailableException"
}

/// Sends `batch`; throttled ones go to the retry backlog.
fn send(world: &mut World, id: u32, p: &mut Producer, batch: Vec<Pending>) {
    let caller = caller_of(&p.spec.account_id);
    let mut throttled: Vec<Pending> = vec![];
    let mut sent = 0u32;
    let mut refused = 0u32;
    let attrs = |p: &Producer, m: &Pending, rng: &mut SimRng| -> Option<Value> {
        if p.spec.attributes.is_empty() {
            return None;
        }
        let mut o = serde_json::Map::new();
        for (k, v) in &p.spec.attributes {
            o.insert(
                k.clone(),
                json!({"DataType": "String", "StringValue": render(v, m.n, &m.key, rng)}),
            );
        }
        Some(Value::Object(o))
    };
    // Batching targets: (service, operation, the name member, its value, the
    // results member). Kinesis PutRecords and Firehose PutRecordBatch both
    // take up to 500 records and answer per record.
    let batching = match &p.spec.target {
        ProducerTarget::Stream {
            stream_name,
            mode: PutMode::Batch,
        } => Some((
            Service::Kinesis,
            "PutRecords",
            "StreamName",
            stream_name.clone(),
            "Records",
        )),
        ProducerTarget::DeliveryStream {
            delivery_stream_name,
            mode: PutMode::Batch,
        } => Some((
            Service::Firehose,
            "PutRecordBatch",
            "DeliveryStreamName",
            delivery_stream_name.clone(),
            "RequestResponses",
        )),
        _ => None,
    };
    match (batching, p.spec.target.clone()) {
        (Some((service, op, name_member, name, results_member)), _) => {
            let kinesis = service == Service::Kinesis;
            let mut rest = batch;
            while !rest.is_empty() {
                let tail = rest.split_off(rest.len().min(PUT_RECORDS_MAX));
                let chunk = std::mem::replace(&mut rest, tail);
                let records: Vec<Value> = chunk
                    .iter()
                    .map(|m| {
                        let data = crate::util::b64_encode(m.body.as_bytes());
                        if kinesis {
                            json!({"Data": data, "PartitionKey": m.key})
                        } else {
                            json!({"Data": data})
                        }
                    })
                    .collect();
                let input = json!({name_member: name, "Records": records});
                match world.call(service, op, input, &caller) {
                    CallOutcome::Done(Ok(v)) => {
                        let results = v[results_member].as_array().cloned().unwrap_or_default();
                        for (m, r) in chunk.into_iter().zip(results) {
                            match r.get("ErrorCode").and_then(Value::as_str) {
                                None => sent += 1,
                                Some(c) if is_throttle(c) => throttled.push(m),
                                Some(_) => refused += 1,
                            }
                        }
                    }
                    CallOutcome::Done(Err(e)) if is_throttle(&e.code) => throttled.extend(chunk),
                    _ => refused += chunk.len() as u32,
                }
            }
        }
        (None, target) => {
            for m in batch {
                let (service, op, input) = match &target {
                    ProducerTarget::DeliveryStream {
                        delivery_stream_name,
                        ..
                    } => (
                        Service::Firehose,
                        "PutRecord",
                        json!({"DeliveryStreamName": delivery_stream_name, "Record": {"Data": crate::util::b64_encode(m.body.as_bytes())}}),
                    ),
                    ProducerTarget::Stream { stream_name, .. } => (
                        Service::Kinesis,
                        "PutRecord",
                        json!({"StreamName": stream_name, "Data": crate::util::b64_encode(m.body.as_bytes()), "PartitionKey": m.key}),
                    ),
                    ProducerTarget::Queue { queue_url } => {
                        // SendMessage as a typed input (no JSON round trip):
                        // the same operation `World::call` would run.
                        let mut i = crate::sqs::SendMessageInput {
                            queue_url: queue_url.clone(),
                            message_body: m.body.clone(),
                            ..Default::default()
                        };
                        if let Some(a) = attrs(p, &m, &mut world.sim.rng) {
                            match serde_json::from_value(a) {
                                Ok(a) => i.message_attributes = Some(a),
                                Err(_) => {
                                    refused += 1;
                                    continue;
                                }
                            }
                        }
                        if p.spec.key_as_group_id {
                            i.message_group_id = Some(m.key.clone());
                            i.message_deduplication_id = Some(format!("{}-{}", p.spec.name, m.n));
                        }
                        match world.sqs_direct(|sqs, sim, _| sqs.send_message(sim, &caller, i)) {
                            Ok(_) => sent += 1,
                            Err(e) if is_throttle(&e.code) => throttled.push(m),
                            Err(_) => refused += 1,
                        }
                        continue;
                    }
                    ProducerTarget::Topic { topic_arn } => {
                        let mut i = json!({"TopicArn": topic_arn, "Message": m.body});
                        if let Some(a) = attrs(p, &m, &mut world.sim.rng) {
                            i["MessageAttributes"] = a;
                        }
                        if p.spec.key_as_group_id {
                            i["MessageGroupId"] = json!(m.key);
                            i["MessageDeduplicationId"] = json!(format!("{}-{}", p.spec.name, m.n));
                        }
                        (Service::Sns, "Publish", i)
                    }
                };
                match world.call(service, op, input, &caller) {
                    CallOutcome::Done(Ok(_)) => sent += 1,
                    CallOutcome::Done(Err(e)) if is_throttle(&e.code) => throttled.push(m),
                    _ => refused += 1,
                }
            }
        }
    }
    p.counters.sent += u64::from(sent);
    if sent > 0 {
        record(
            world,
            ClientEvent::Produced {
                client: id,
                count: sent,
            },
        );
    }
    if !throttled.is_empty() {
        p.counters.throttled += throttled.len() as u64;
        let now = world.sim.now.as_ms();
        let mut first = u64::MAX;
        let mut kept = 0u32;
        for mut m in throttled {
            m.attempt += 1;
            if p.spec.max_attempts.is_some_and(|max| m.attempt >= max)
                || p.retry_count >= RETRY_BACKLOG_MAX
            {
                refused += 1;
                continue;
            }
            let delay = backoff_ms(&mut world.sim.rng, m.attempt);
            first = first.min(delay);
            p.retries.entry(now + delay).or_default().push(m);
            p.retry_count += 1;
            kept += 1;
        }
        if kept > 0 {
            record(
                world,
                ClientEvent::Throttled {
                    client: id,
                    count: kept,
                    retry_in_ms: first,
                },
            );
        }
        schedule_retry(world, id, p);
    }
    if refused > 0 {
        p.counters.send_failed += u64::from(refused);
        record(
            world,
            ClientEvent::ProduceFailed {
                client: id,
                count: refused,
            },
        );
    }
}

/// Keeps one Retry timer at the earliest retry's due time.
fn schedule_retry(world: &mut World, id: u32, p: &mut Producer) {
    let Some((&due, _)) = p.retries.iter().next() else {
        return;
    };
    if p.retry_wake_ms.is_some_and(|w| w <= due) {
        return;
    }
    p.retry_wake_ms = Some(due);
    world.sim.timers.schedule(
        crate::sim::SimTime(due),
        Timer::Client(ClientTimer::Retry { client: id }),
    );
}
