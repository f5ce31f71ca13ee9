//! A property test over random sequences of SQS operations and clock advances
//! on a standard queue, a FIFO queue and their dead-letter queues. After every
//! step it checks, against a model kept from the responses alone:
//!
//! - conservation: every accepted message (not deleted or purged) is in exactly
//!   one queue, and nothing else is;
//! - no message is handed to a second receiver inside its visibility timeout
//!   (duplicate delivery is off);
//! - FIFO: a receive returns a group's messages in send order from the group's
//!   head, and nothing from a group that has a message in flight;
//! - the engine's own invariants (`World::check_invariants`).
//!
//! Hand-written on the world's seeded generator; a failure prints
//! `reproduce with seed=N` (run one seed with `SQS_PROPTEST_SEED=N`).

use crate::sqs_support::T;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use switchyard::sim::rng::SimRng;
use switchyard::sim::Event;
use switchyard::sqs::SqsEvent;
use switchyard::world::{CallId, CallOutcome};

const STD: usize = 0;
const STD_DLQ: usize = 1;
const FIFO: usize = 2;
const FIFO_DLQ: usize = 3;

struct Model {
    urls: Vec<String>,
    ids: Vec<u32>,
    /// MessageId -> queue index, as of the last reconciliation.
    location: BTreeMap<String, usize>,
    /// Accepted and not deleted or purged.
    live: BTreeSet<String>,
    /// Visibility deadline of the latest receive (virtual ms).
    lease_until: BTreeMap<String, u64>,
    /// Receipt handles handed out: (queue, handle, message id).
    handles: Vec<(usize, String, String)>,
    /// FIFO groups: (queue, group) -> message ids in order.
    groups: BTreeMap<(usize, String), Vec<String>>,
    group_of: BTreeMap<String, String>,
    pending: Vec<(CallId, usize, u64)>,
    dedup_counter: u64,
}

fn messages_of(v: &Value) -> Vec<Value> {
    v.get("Messages")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

impl Model {
    /// Where each message is now, from the engine's views; checks that every
    /// live message is in exactly one queue and moves FIFO group entries that
    /// went to the dead-letter queue.
    fn reconcile(&mut self, t: &T) {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for (qi, &id) in self.ids.iter().enumerate() {
            for m in t.w.sqs.messages(id, usize::MAX) {
                if let Some(prev) = seen.insert(m.message_id.clone(), qi) {
                    panic!("message {} is in queues {prev} and {qi}", m.message_id);
                }
            }
        }
        let found: BTreeSet<String> = seen.keys().cloned().collect();
        assert_eq!(
            found, self.live,
            "conservation: the queues hold exactly the live messages"
        );
        // FIFO moves to the dead-letter queue keep their order.
        let key_src: Vec<(usize, String)> = self
            .groups
            .keys()
            .filter(|(q, _)| *q == FIFO)
            .cloned()
            .collect();
        for k in key_src {
            let list = self.groups.get_mut(&k).unwrap();
            let moved: Vec<String> = list
                .iter()
                .filter(|m| seen.get(*m) == Some(&FIFO_DLQ))
                .cloned()
                .collect();
            list.retain(|m| seen.get(m) == Some(&FIFO));
            if !moved.is_empty() {
                self.groups
                    .entry((FIFO_DLQ, k.1.clone()))
                    .or_default()
                    .extend(moved);
            }
        }
        self.location = seen;
    }

    fn forget(&mut self, id: &str) {
        self.live.remove(id);
        self.lease_until.remove(id);
        for list in self.groups.values_mut() {
            list.retain(|m| m != id);
        }
    }

    /// Checks a receive's result (at virtual time `at`) against the model and
    /// records the new leases. `before` is the in-flight state before it.
    fn received(
        &mut self,
        q: usize,
        msgs: &[Value],
        at: u64,
        vt_ms: u64,
        before: &BTreeMap<String, u64>,
    ) {
        for m in msgs {
            let id = m["MessageId"].as_str().unwrap().to_string();
            let lease = before.get(&id).copied().unwrap_or(0);
            assert!(
                lease <= at,
                "message {id} handed out at {at} ms while leased until {lease} ms"
            );
            assert!(
                self.live.contains(&id),
                "received a message that is not live: {id}"
            );
            self.lease_until.insert(id.clone(), at + vt_ms);
            self.handles
                .push((q, m["ReceiptHandle"].as_str().unwrap().to_string(), id));
        }
        if q == FIFO || q == FIFO_DLQ {
            let mut by_group: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for m in msgs {
                let id = m["MessageId"].as_str().unwrap().to_string();
                let g = self.group_of[&id].clone();
                by_group.entry(g).or_default().push(id);
            }
            for (g, got) in by_group {
                let list = self
                    .groups
                    .get(&(q, g.clone()))
                    .cloned()
                    .unwrap_or_default();
                let locked = list
                    .iter()
                    .any(|m| !got.contains(m) && before.get(m).is_some_and(|&l| l > at));
                assert!(
                    !locked,
                    "group {g} served while one of its messages was in flight"
                );
                assert_eq!(
                    &list[..got.len().min(list.len())],
                    &got[..],
                    "group {g} out of order"
                );
            }
        }
    }
}

fn run(seed: u64, steps: usize) {
    let mut t = T::new(seed);
    let mut rng = SimRng::new(seed ^ 0x5eed_5eed);
    let std_dlq = t.create("std-dlq", json!({}));
    let std_dlq_arn = t.arn(&std_dlq);
    let std = t.create(
        "std",
        json!({"RedrivePolicy": json!({"deadLetterTargetArn": std_dlq_arn, "maxReceiveCount": 3}).to_string()}),
    );
    let fifo_dlq = t.create("f-dlq.fifo", json!({"FifoQueue": "true"}));
    let fifo_dlq_arn = t.arn(&fifo_dlq);
    let fifo = t.create(
        "f.fifo",
        json!({"FifoQueue": "true", "RedrivePolicy": json!({"deadLetterTargetArn": fifo_dlq_arn, "maxReceiveCount": 2}).to_string()}),
    );
    let urls = vec![std, std_dlq, fifo, fifo_dlq];
    let ids = ["std", "std-dlq", "f.fifo", "f-dlq.fifo"]
        .iter()
        .map(|n| t.w.sqs.queue_id("123456789012", "us-east-1", n).unwrap())
        .collect();
    let mut m = Model {
        urls,
        ids,
        location: BTreeMap::new(),
        live: BTreeSet::new(),
        lease_until: BTreeMap::new(),
        handles: Vec::new(),
        groups: BTreeMap::new(),
        group_of: BTreeMap::new(),
        pending: Vec::new(),
        dedup_counter: 0,
    };
    let mut last_purge: BTreeMap<usize, u64> = BTreeMap::new();

    for _step in 0..steps {
        let now = t.now_ms();
        let roll = rng.below(100);
        match roll {
            // Send to the standard queue, sometimes delayed.
            0..=17 => {
                let delay = if rng.below(4) == 0 { rng.below(5) } else { 0 };
                let v = t.ok("SendMessage", json!({"QueueUrl": m.urls[STD], "MessageBody": format!("s{}", rng.below(1000)), "DelaySeconds": delay}));
                m.live.insert(v["MessageId"].as_str().unwrap().to_string());
            }
            18..=22 => {
                let n = 1 + rng.below(10);
                let entries: Vec<Value> = (0..n)
                    .map(|i| json!({"Id": format!("e{i}"), "MessageBody": format!("b{i}")}))
                    .collect();
                let v = t.ok(
                    "SendMessageBatch",
                    json!({"QueueUrl": m.urls[STD], "Entries": entries}),
                );
                for s in v["Successful"].as_array().unwrap() {
                    m.live.insert(s["MessageId"].as_str().unwrap().to_string());
                }
            }
            // Send to the FIFO queue; sometimes a duplicate deduplication id.
            23..=40 => {
                let group = format!("g{}", rng.below(3));
                let dedup = if m.dedup_counter > 0 && rng.below(6) == 0 {
                    format!("d{}", m.dedup_counter - 1)
                } else {
                    m.dedup_counter += 1;
                    format!("d{}", m.dedup_counter - 1)
                };
                let v = t.ok(
                    "SendMessage",
                    json!({"QueueUrl": m.urls[FIFO], "MessageBody": "f", "MessageGroupId": group, "MessageDeduplicationId": dedup}),
                );
                let id = v["MessageId"].as_str().unwrap().to_string();
                if !m.group_of.contains_key(&id) {
                    m.live.insert(id.clone());
                    m.group_of.insert(id.clone(), group.clone());
                    m.groups.entry((FIFO, group)).or_default().push(id);
                }
            }
            // Receive (short poll) from any queue.
            41..=64 => {
                let q = rng.below(4) as usize;
                let max = 1 + rng.below(10);
                let vt = rng.below(12);
                let before = m.lease_until.clone();
                let v = t.ok(
                    "ReceiveMessage",
                    json!({"QueueUrl": m.urls[q], "MaxNumberOfMessages": max, "VisibilityTimeout": vt, "WaitTimeSeconds": 0}),
                );
                let msgs = messages_of(&v);
                m.reconcile(&t);
                m.received(q, &msgs, now, vt * 1000, &before);
            }
            // Long poll on the standard queues.
            65..=68 => {
                let q = if rng.below(2) == 0 { STD } else { STD_DLQ };
                let vt = 1 + rng.below(10);
                match t.call(
                    "ReceiveMessage",
                    json!({"QueueUrl": m.urls[q], "MaxNumberOfMessages": 1 + rng.below(10), "VisibilityTimeout": vt, "WaitTimeSeconds": 1 + rng.below(3)}),
                ) {
                    CallOutcome::Done(Ok(v)) => {
                        let before = m.lease_until.clone();
                        m.reconcile(&t);
                        m.received(q, &messages_of(&v), now, vt * 1000, &before);
                    }
                    CallOutcome::Pending(call) => m.pending.push((call, q, vt * 1000)),
                    other => panic!("long poll: {other:?}"),
                }
            }
            // Delete with a handle handed out earlier (possibly stale).
            69..=82 => {
                if m.handles.is_empty() {
                    continue;
                }
                let i = rng.below(m.handles.len() as u64) as usize;
                let (q, handle, id) = m.handles[i].clone();
                let located = m.location.get(&id) == Some(&q);
                match t.call(
                    "DeleteMessage",
                    json!({"QueueUrl": m.urls[q], "ReceiptHandle": handle}),
                ) {
                    CallOutcome::Done(Ok(_)) => {
                        if located {
                            m.forget(&id);
                        }
                    }
                    CallOutcome::Done(Err(e)) => {
                        assert!(
                            q == FIFO || q == FIFO_DLQ,
                            "standard deletes never fail: {e}"
                        );
                        assert_eq!(e.code, "InvalidParameterValue", "{e}");
                    }
                    other => panic!("{other:?}"),
                }
                m.reconcile(&t);
            }
            // Change visibility with a handle handed out earlier.
            83..=87 => {
                if m.handles.is_empty() {
                    continue;
                }
                let i = rng.below(m.handles.len() as u64) as usize;
                let (q, handle, id) = m.handles[i].clone();
                let vt = rng.below(8);
                if let CallOutcome::Done(Ok(_)) =
                    t.call("ChangeMessageVisibility", json!({"QueueUrl": m.urls[q], "ReceiptHandle": handle, "VisibilityTimeout": vt}))
                {
                    // Only a message still in flight changes; a handle whose
                    // message is visible again is accepted and changes nothing.
                    if m.lease_until.get(&id).is_some_and(|&l| l > now) {
                        m.lease_until.insert(id, now + vt * 1000);
                    }
                }
                m.reconcile(&t);
            }
            88 => {
                let q = rng.below(4) as usize;
                let allowed = last_purge.get(&q).is_none_or(|&p| now >= p + 60_000);
                match t.call("PurgeQueue", json!({"QueueUrl": m.urls[q]})) {
                    CallOutcome::Done(Ok(_)) => {
                        assert!(allowed, "a second purge within 60 s succeeded");
                        last_purge.insert(q, now);
                        let gone: Vec<String> = m
                            .location
                            .iter()
                            .filter(|(_, &l)| l == q)
                            .map(|(id, _)| id.clone())
                            .collect();
                        for id in gone {
                            m.forget(&id);
                        }
                    }
                    CallOutcome::Done(Err(e)) => {
                        assert!(!allowed);
                        assert_eq!(e.code, "AWS.SimpleQueueService.PurgeQueueInProgress");
                    }
                    other => panic!("{other:?}"),
                }
                m.reconcile(&t);
            }
            // Let time pass.
            _ => {
                let by = match rng.below(4) {
                    0 => rng.below(1_000),
                    1 => rng.below(5_000),
                    2 => rng.below(15_000),
                    _ => 0,
                };
                t.advance_ms(by);
            }
        }
        // Long polls that finished: check them at the time they completed.
        let pending = std::mem::take(&mut m.pending);
        for (call, q, vt_ms) in pending {
            match t.w.take_completed(call) {
                None => m.pending.push((call, q, vt_ms)),
                Some(r) => {
                    let v = r.expect("long polls succeed");
                    let at =
                        t.w.sim
                            .journal
                            .entries()
                            .rev()
                            .find_map(|e| match &e.event {
                                Event::Sqs(SqsEvent::LongPollCompleted { call: c, .. })
                                    if *c == call.0 =>
                                {
                                    Some(e.at.as_ms())
                                }
                                _ => None,
                            })
                            .expect("journaled completion");
                    let msgs = messages_of(&v);
                    // Leases granted since the completion are later; check against
                    // the state at completion by ignoring leases that start after it.
                    let before: BTreeMap<String, u64> = m.lease_until.clone();
                    m.reconcile(&t);
                    m.received(q, &msgs, at, vt_ms, &before);
                }
            }
        }
        m.reconcile(&t);
        t.w.check_invariants();
    }
    if std::env::var("SQS_PROPTEST_VERBOSE").is_ok() {
        let ev = t.events();
        let count = |p: &str| ev.iter().filter(|e| e.starts_with(p)).count();
        eprintln!(
            "seed {seed}: received {} moved {} deleted {} expired-vis {} dups {} long-polls {} purged {} live {}",
            count("MessageReceived"),
            count("MovedToDlq"),
            count("MessageDeleted"),
            count("VisibilityExpired"),
            count("DuplicateIgnored"),
            count("LongPollCompleted"),
            count("QueuePurged"),
            m.live.len()
        );
    }
}

#[test]
fn random_operations_keep_every_invariant() {
    let (first, count) = match std::env::var("SQS_PROPTEST_SEED") {
        Ok(s) => (s.parse().expect("a number"), 1),
        Err(_) => (
            1u64,
            std::env::var("SQS_PROPTEST_SEEDS")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(24u64),
        ),
    };
    for seed in first..first + count {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(seed, 400)));
        if let Err(e) = result {
            eprintln!("reproduce with seed={seed} (SQS_PROPTEST_SEED={seed} cargo test --test native sqs_property::)");
            std::panic::resume_unwind(e);
        }
    }
}
