//! Enhanced fan-out: RegisterStreamConsumer, DescribeStreamConsumer,
//! ListStreamConsumers, DeregisterStreamConsumer (CREATING -> ACTIVE,
//! DELETING -> gone, on the virtual clock), and the engine-level
//! SubscribeToShard: a subscription that pushes SubscribeToShardEvents at up to
//! 2 MiB/s for five minutes, read by the page through
//! [`Kinesis::take_subscription_events`]. Over the wire SubscribeToShard is
//! refused by name (AWS's event-stream framing over HTTP/2 is not built).

use super::super::errors;
use super::super::limits::*;
use super::super::stream::{parse_sequence_number, sequence_number, Stream};
use super::super::types::*;
use super::super::{
    Consumer, ConsumerStatus, Kinesis, KinesisEvent, KinesisTimer, StreamStatus,
    SubscribeToShardEvent, Subscription,
};
use crate::error::AwsResult;
use crate::sim::{Sim, Timer};
use crate::world::Caller;
use serde_json::{json, Value};

fn consumer_json(sim: &Sim, c: &Consumer, stream_arn: Option<&str>) -> Value {
    let mut v = json!({
        "ConsumerName": c.name,
        "ConsumerARN": c.arn,
        "ConsumerStatus": c.status.as_str(),
        "ConsumerCreationTimestamp": Kinesis::epoch_s(sim, c.created_ms),
    });
    if let Some(a) = stream_arn {
        v["StreamARN"] = json!(a);
    }
    v
}

impl Kinesis {
    fn stream_by_arn(&self, arn: &str) -> AwsResult<u32> {
        let r = StreamRef {
            stream_name: None,
            stream_arn: Some(arn.to_string()),
        };
        self.resolve(&Caller::default(), &r)
    }

    /// (stream, consumer name) of a ConsumerARN
    /// (`{stream ARN}/consumer/{name}:{creation epoch s}`).
    fn resolve_consumer(&self, input: &ConsumerInput) -> AwsResult<(u32, String)> {
        if let Some(arn) = &input.consumer_arn {
            let (stream_arn, rest) = arn
                .split_once("/consumer/")
                .ok_or_else(|| errors::invalid_argument(format!("Invalid ConsumerARN {arn}.")))?;
            let id = self.stream_by_arn(stream_arn)?;
            let s = self.stream(id);
            return s
                .consumers
                .values()
                .find(|c| c.arn == *arn)
                .map(|c| (id, c.name.clone()))
                .ok_or_else(|| {
                    let name = rest.split(':').next().unwrap_or(rest);
                    errors::resource_not_found(format!(
                        "Consumer {name} under stream {} under account {} not found.",
                        s.name, s.account_id
                    ))
                });
        }
        let (Some(stream_arn), Some(name)) = (&input.stream_arn, &input.consumer_name) else {
            return Err(errors::invalid_argument(
                "Either ConsumerARN, or both StreamARN and ConsumerName, must be given.",
            ));
        };
        let id = self.stream_by_arn(stream_arn)?;
        let s = self.stream(id);
        if !s.consumers.contains_key(name) {
            return Err(errors::resource_not_found(format!(
                "Consumer {name} under stream {} under account {} not found.",
                s.name, s.account_id
            )));
        }
        Ok((id, name.clone()))
    }

    /// RegisterStreamConsumer: CREATING, ACTIVE after `CONSUMER_DELAY_MS`.
    pub fn register_stream_consumer(
        &mut self,
        sim: &mut Sim,
        _caller: &Caller,
        input: ConsumerInput,
    ) -> AwsResult<Value> {
        let stream_arn = input
            .stream_arn
            .clone()
            .ok_or_else(|| errors::missing("StreamARN"))?;
        let name = input
            .consumer_name
            .clone()
            .ok_or_else(|| errors::missing("ConsumerName"))?;
        super::super::input::check_stream_name(&name).map_err(|_| {
            errors::constraint(
                &name,
                "consumerName",
                "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
            )
        })?;
        let id = self.stream_by_arn(&stream_arn)?;
        let s = self.stream(id);
        if s.consumers.contains_key(&name) {
            return Err(errors::resource_in_use(format!(
                "Consumer {name} under stream {} already exists for account {}.",
                s.name, s.account_id
            )));
        }
        if s.consumers.len() >= MAX_CONSUMERS_PER_STREAM {
            return Err(errors::limit_exceeded(format!(
                "Stream {} under account {} already has {MAX_CONSUMERS_PER_STREAM} registered consumers.",
                s.name, s.account_id
            )));
        }
        let creating = s
            .consumers
            .values()
            .filter(|c| c.status == ConsumerStatus::Creating)
            .count();
        if creating >= MAX_CONSUMERS_CREATING {
            return Err(errors::limit_exceeded(
                "Only 5 consumers can be in the CREATING status at the same time.",
            ));
        }
        let now = sim.now.as_ms();
        let cid = self.next_consumer;
        self.next_consumer += 1;
        let c = Consumer {
            id: cid,
            arn: format!(
                "{stream_arn}/consumer/{name}:{}",
                Self::unix_ms(sim, now) / 1000
            ),
            name: name.clone(),
            status: ConsumerStatus::Creating,
            created_ms: now,
        };
        let out = json!({ "Consumer": consumer_json(sim, &c, None) });
        self.stream_mut(id).consumers.insert(name, c);
        Self::record(
            sim,
            KinesisEvent::ConsumerRegistered {
                stream: id,
                consumer: cid,
            },
        );
        sim.schedule_in(
            CONSUMER_DELAY_MS,
            Timer::Kinesis(KinesisTimer::ConsumerTransition {
                stream: id,
                consumer: cid,
            }),
        );
        Ok(out)
    }

    /// A consumer's CREATING or DELETING ends.
    pub(crate) fn complete_consumer(&mut self, sim: &mut Sim, stream: u32, consumer: u32) {
        let Some(s) = self.streams.get_mut(&stream) else {
            return;
        };
        let Some(name) = s
            .consumers
            .values()
            .find(|c| c.id == consumer)
            .map(|c| c.name.clone())
        else {
            return;
        };
        let c = s.consumers.get_mut(&name).expect("consumer");
        match c.status {
            ConsumerStatus::Creating => {
                c.status = ConsumerStatus::Active;
                Self::record(sim, KinesisEvent::ConsumerActive { stream, consumer });
            }
            ConsumerStatus::Deleting => {
                s.consumers.remove(&name);
                for sub in self
                    .subscriptions
                    .values_mut()
                    .filter(|x| x.consumer == consumer)
                {
                    sub.ended = true;
                }
                Self::record(sim, KinesisEvent::ConsumerDeregistered { stream, consumer });
            }
            ConsumerStatus::Active => {}
        }
    }

    pub fn describe_stream_consumer(
        &mut self,
        sim: &mut Sim,
        _caller: &Caller,
        input: ConsumerInput,
    ) -> AwsResult<Value> {
        let (id, name) = self.resolve_consumer(&input)?;
        let s = self.stream(id);
        Ok(json!({ "ConsumerDescription": consumer_json(sim, &s.consumers[&name], Some(&s.arn)) }))
    }

    /// ListStreamConsumers: by name, MaxResults (100) at a time.
    pub fn list_stream_consumers(
        &mut self,
        sim: &mut Sim,
        _caller: &Caller,
        input: ConsumerInput,
    ) -> AwsResult<Value> {
        let stream_arn = input
            .stream_arn
            .clone()
            .ok_or_else(|| errors::missing("StreamARN"))?;
        super::super::input::check_int_range(input.max_results, "maxResults", 1, 10_000)?;
        let id = self.stream_by_arn(&stream_arn)?;
        // MaxResults: 1-10,000 in the model; "If you specify a value greater
        // than 100, at most 100 results are returned."
        let max = input.max_results.unwrap_or(100).min(100) as usize;
        let after = match &input.next_token {
            Some(t) => Some(
                String::from_utf8(
                    crate::util::b64_decode(t)
                        .map_err(|_| errors::invalid_argument("Invalid NextToken."))?,
                )
                .map_err(|_| errors::invalid_argument("Invalid NextToken."))?,
            ),
            None => None,
        };
        let s = self.stream(id);
        let mut out = Vec::new();
        let mut next = None;
        for c in s
            .consumers
            .values()
            .filter(|c| after.as_ref().is_none_or(|a| c.name > *a))
        {
            if out.len() == max {
                next = out
                    .last()
                    .and_then(|v: &Value| v["ConsumerName"].as_str().map(str::to_string));
                break;
            }
            out.push(consumer_json(sim, c, None));
        }
        let mut m = serde_json::Map::new();
        m.insert("Consumers".into(), Value::Array(out));
        if let Some(n) = next {
            m.insert(
                "NextToken".into(),
                json!(crate::util::b64_encode(n.as_bytes())),
            );
        }
        Ok(Value::Object(m))
    }

    /// DeregisterStreamConsumer: DELETING, gone after `CONSUMER_DELAY_MS`;
    /// its subscriptions end.
    pub fn deregister_stream_consumer(
        &mut self,
        sim: &mut Sim,
        _caller: &Caller,
        input: ConsumerInput,
    ) -> AwsResult<()> {
        let (id, name) = self.resolve_consumer(&input)?;
        let c = self
            .stream_mut(id)
            .consumers
            .get_mut(&name)
            .expect("consumer");
        if c.status == ConsumerStatus::Deleting {
            return Ok(());
        }
        c.status = ConsumerStatus::Deleting;
        let cid = c.id;
        sim.schedule_in(
            CONSUMER_DELAY_MS,
            Timer::Kinesis(KinesisTimer::ConsumerTransition {
                stream: id,
                consumer: cid,
            }),
        );
        Ok(())
    }

    /// SubscribeToShard at engine level: returns the subscription id. The
    /// consumer must be ACTIVE; a second subscription of the same consumer to
    /// the same shard within 5 s is refused (ResourceInUseException), a later
    /// one takes over (the earlier ends).
    pub fn subscribe_to_shard(
        &mut self,
        sim: &mut Sim,
        _caller: &Caller,
        input: SubscribeToShardInput,
    ) -> AwsResult<u32> {
        let (id, name) = self.resolve_consumer(&ConsumerInput {
            consumer_arn: Some(input.consumer_arn.clone()),
            ..Default::default()
        })?;
        let now = sim.now.as_ms();
        let s = self.stream(id);
        if s.status == StreamStatus::Creating {
            return Err(errors::stream_not_found(&s.name, &s.account_id));
        }
        let c = &s.consumers[&name];
        if c.status != ConsumerStatus::Active {
            return Err(errors::resource_in_use(format!(
                "Consumer {} is not ACTIVE, instead in state {}.",
                c.arn,
                c.status.as_str()
            )));
        }
        let cid = c.id;
        let shard = s.shard_by_id(&input.shard_id).ok_or_else(|| {
            errors::resource_not_found(format!(
                "Shard {} in stream {} under account {} does not exist",
                input.shard_id, s.name, s.account_id
            ))
        })?;
        let sh = &s.shards[shard as usize];
        let retention = s.retention_ms();
        let p = &input.starting_position;
        let first_live = sh
            .ordinal_at_time(now.saturating_sub(retention).saturating_add(1).min(now))
            .max(sh.first_ordinal);
        let next = match p.kind.as_str() {
            "TRIM_HORIZON" => first_live,
            "LATEST" => sh.next_ordinal,
            "AT_TIMESTAMP" => {
                let t = p.timestamp.as_ref().ok_or_else(|| errors::invalid_argument("StartingPosition AT_TIMESTAMP needs a Timestamp."))?;
                sh.ordinal_at_time(Self::timestamp_arg(sim, t, "Timestamp")?)
            }
            "AT_SEQUENCE_NUMBER" | "AFTER_SEQUENCE_NUMBER" => {
                let n = p.sequence_number.as_deref().ok_or_else(|| {
                    errors::invalid_argument(format!("StartingPosition {} needs a SequenceNumber.", p.kind))
                })?;
                let (st, shx, _, ord) = parse_sequence_number(n)
                    .filter(|(st, shx, _, _)| *st == id && *shx == shard)
                    .ok_or_else(|| errors::invalid_argument(format!("Invalid StartingSequenceNumber {n}.")))?;
                let _ = (st, shx);
                if p.kind == "AT_SEQUENCE_NUMBER" {
                    ord
                } else {
                    ord.saturating_add(1)
                }
            }
            other => {
                return Err(errors::constraint(
                    other,
                    "startingPosition.type",
                    "Member must satisfy enum value set: [AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, TRIM_HORIZON, LATEST, AT_TIMESTAMP]",
                ))
            }
        }
        .clamp(sh.first_ordinal, sh.next_ordinal);
        let mut replaced = Vec::new();
        for sub in self
            .subscriptions
            .values_mut()
            .filter(|x| x.consumer == cid && x.shard == shard && x.stream == id && !x.ended)
        {
            if now < sub.started_ms + SUBSCRIPTION_RENEW_MIN_MS {
                // "SubscribeToShard.RateExceeded: a new subscription attempt
                // fails because there already is an active subscription by
                // the same consumer" (Kinesis's CloudWatch metrics).
                self.consumer_metric(sim, id, cid, "SubscribeToShard.RateExceeded", 1.0);
                return Err(errors::resource_in_use(format!(
                    "Another active subscription exists for consumer {} on shard {}.",
                    input.consumer_arn, input.shard_id
                )));
            }
            replaced.push(sub.id);
        }
        for r in replaced {
            self.end_subscription(sim, r);
        }
        let sid = self.next_subscription;
        self.next_subscription += 1;
        self.subscriptions.insert(
            sid,
            Subscription {
                id: sid,
                stream: id,
                consumer: cid,
                shard,
                next,
                started_ms: now,
                ends_ms: now + SUBSCRIPTION_TTL_MS,
                ended: false,
                events: Default::default(),
                dropped_events: 0,
            },
        );
        Self::record(
            sim,
            KinesisEvent::SubscriptionStarted {
                subscription: sid,
                consumer: cid,
                shard,
            },
        );
        self.consumer_metric(sim, id, cid, "SubscribeToShard.Success", 1.0);
        // The first event comes at once, as AWS sends one when the
        // subscription starts.
        self.subscription_tick(sim, sid);
        Ok(sid)
    }

    fn end_subscription(&mut self, sim: &mut Sim, sid: u32) {
        if let Some(sub) = self.subscriptions.get_mut(&sid) {
            if !sub.ended {
                sub.ended = true;
                Self::record(sim, KinesisEvent::SubscriptionEnded { subscription: sid });
            }
        }
    }

    /// Pushes the next event of subscription `sid`: records from its position
    /// up to a tick's share of 2 MiB/s, then schedules the next tick (or ends
    /// the subscription after five minutes or at the end of a closed shard).
    pub(crate) fn subscription_tick(&mut self, sim: &mut Sim, sid: u32) {
        let now = sim.now.as_ms();
        let Some(sub) = self.subscriptions.get(&sid) else {
            return;
        };
        if sub.ended {
            return;
        }
        if now >= sub.ends_ms || !self.streams.contains_key(&sub.stream) {
            self.end_subscription(sim, sid);
            return;
        }
        let (stream, shard, mut pos) = (sub.stream, sub.shard, sub.next);
        let s = self.stream(stream);
        let retention = s.retention_ms();
        let sh = &s.shards[shard as usize];
        pos = pos.max(sh.first_ordinal);
        let budget = SUBSCRIPTION_BYTES_PER_S * SUBSCRIPTION_TICK_MS / 1000;
        let mut bytes = 0u64;
        let mut records = Vec::new();
        while let Some(r) = sh.record(pos) {
            if r.arrival_ms.saturating_add(retention) <= now {
                pos += 1;
                continue;
            }
            if !records.is_empty() && bytes + u64::from(r.size) > budget {
                break;
            }
            bytes += u64::from(r.size);
            records.push(json!({
                "SequenceNumber": sequence_number(stream, shard, r.arrival_ms, pos),
                "ApproximateArrivalTimestamp": Self::epoch_s(sim, r.arrival_ms),
                "Data": r.data,
                "PartitionKey": r.partition_key,
            }));
            pos += 1;
        }
        let behind = sh
            .record(pos)
            .map_or(0, |r| now.saturating_sub(r.arrival_ms));
        let at_end = sh.closed_ms.is_some() && pos == sh.next_ordinal;
        let child_shards = at_end.then(|| {
            sh.children
                .iter()
                .map(|&c| {
                    let ch = &s.shards[c as usize];
                    let parents: Vec<String> = [ch.parent, ch.adjacent_parent]
                        .into_iter()
                        .flatten()
                        .map(Stream::shard_id)
                        .collect();
                    json!({
                        "ShardId": Stream::shard_id(c),
                        "ParentShards": parents,
                        "HashKeyRange": {"StartingHashKey": ch.start.to_string(), "EndingHashKey": ch.end.to_string()},
                    })
                })
                .collect()
        });
        let continuation = sequence_number(stream, shard, now, pos.saturating_sub(1));
        let n = records.len() as u32;
        // Each event pushed: SubscribeToShardEvent.Records, .Bytes,
        // .MillisBehindLatest and .Success (Kinesis's enhanced fan-out
        // metrics, dimensions StreamName and ConsumerName).
        let consumer = self.subscriptions[&sid].consumer;
        for (name, value) in [
            ("SubscribeToShardEvent.Records", f64::from(n)),
            ("SubscribeToShardEvent.Bytes", bytes as f64),
            ("SubscribeToShardEvent.MillisBehindLatest", behind as f64),
            ("SubscribeToShardEvent.Success", 1.0),
        ] {
            self.consumer_metric(sim, stream, consumer, name, value);
        }
        let sub = self.subscriptions.get_mut(&sid).expect("subscription");
        sub.next = pos;
        if sub.events.len() == SUBSCRIPTION_BUFFER_EVENTS {
            sub.events.pop_front();
            sub.dropped_events += 1;
        }
        sub.events.push_back(SubscribeToShardEvent {
            at_ms: now,
            records,
            continuation_sequence_number: continuation,
            millis_behind_latest: behind,
            child_shards,
        });
        // An empty event (the subscription is caught up) is still pushed and
        // kept for the reader, but not journaled: five a second per
        // subscription would drown the journal.
        if n > 0 {
            Self::record(
                sim,
                KinesisEvent::SubscriptionPushed {
                    subscription: sid,
                    records: n,
                },
            );
        }
        if at_end {
            self.end_subscription(sim, sid);
        } else {
            sim.schedule_in(
                SUBSCRIPTION_TICK_MS,
                Timer::Kinesis(KinesisTimer::SubscriptionTick { subscription: sid }),
            );
        }
    }

    /// Takes the events subscription `sid` has pushed since the last take.
    pub fn take_subscription_events(&mut self, sid: u32) -> Vec<SubscribeToShardEvent> {
        self.subscriptions
            .get_mut(&sid)
            .map(|s| s.events.drain(..).collect())
            .unwrap_or_default()
    }

    /// Every engine-level subscription, oldest first (for the page).
    pub fn subscriptions(&self) -> impl Iterator<Item = &Subscription> {
        self.subscriptions.values()
    }

    /// A subscription's state (None once unknown).
    pub fn subscription(&self, sid: u32) -> Option<&Subscription> {
        self.subscriptions.get(&sid)
    }
}
