//! A topic's copies into standard queues are accepted at once and inserted
//! into their queues later (`sqs/fanout.rs`, `Sqs::settle`). That must not be
//! observable: every scenario here runs twice, with deferral on (the
//! default) and off (`SqsSettings::defer_fan_out`), and everything a client
//! can see must be the same -- every answer (MessageIds, receipt handles,
//! SentTimestamp, MD5s, counts, errors), the journal's digest, the metrics,
//! and the whole saved world once settled. Each scenario also checks that
//! copies really were deferred in the first run, so the comparison means
//! something.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use switchyard::model::Service;
use switchyard::world::{CallOutcome, Caller};
use switchyard::World;

const ACCOUNT: &str = "123456789012";
/// The default scenario epoch, in seconds (CloudWatch's timestamps).
const T0: f64 = 1_767_225_600.0;

struct H {
    w: World,
    /// Every answer, in order (errors as their code and message).
    out: Vec<Value>,
    /// The most copies ever seen deferred at once.
    max_deferred: usize,
}

fn answer(r: &switchyard::world::CallResult) -> Value {
    match r {
        Ok(v) => v.clone(),
        Err(e) => json!({"error": e.code, "message": e.message}),
    }
}

impl H {
    fn new(defer: bool) -> H {
        let mut w = World::new(7);
        w.sqs.settings.defer_fan_out = defer;
        w.sqs.settings.short_poll_sampling = false;
        H {
            w,
            out: Vec::new(),
            max_deferred: 0,
        }
    }

    fn deferred(&self) -> usize {
        serde_json::to_value(&self.w.sqs).unwrap()["deferred"]["copies"]
            .as_array()
            .map_or(0, Vec::len)
    }

    fn note(&mut self) {
        self.max_deferred = self.max_deferred.max(self.deferred());
        self.w.check_invariants();
    }

    /// A call; a long poll is waited for on the virtual clock.
    fn call(&mut self, service: Service, op: &str, input: Value) -> Value {
        let r = match self.w.call(service, op, input, &Caller::default()) {
            CallOutcome::Done(r) => r,
            CallOutcome::Pending(id) => loop {
                if let Some(r) = self.w.take_completed(id) {
                    break r;
                }
                self.w
                    .advance_to_next_event()
                    .expect("a parked call finishes");
            },
        };
        let v = answer(&r);
        self.out.push(v.clone());
        self.note();
        v
    }

    fn sns(&mut self, op: &str, input: Value) -> Value {
        self.call(Service::Sns, op, input)
    }

    fn sqs(&mut self, op: &str, input: Value) -> Value {
        self.call(Service::Sqs, op, input)
    }

    fn sleep(&mut self, ms: u64) {
        self.w.sleep_ms(ms);
        self.note();
    }

    fn topic(&mut self, name: &str) -> String {
        let mut input = json!({"Name": name});
        if name.ends_with(".fifo") {
            input["Attributes"] = json!({"FifoTopic": "true", "ContentBasedDeduplication": "true"});
        }
        self.sns("CreateTopic", input)["TopicArn"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// A queue whose policy lets `topic` send to it, with `attrs` besides.
    fn queue(&mut self, name: &str, topic: &str, mut attrs: Value) -> (String, String) {
        let arn = format!("arn:aws:sqs:us-east-1:{ACCOUNT}:{name}");
        attrs["Policy"] = json!(allow(&arn, topic));
        if name.ends_with(".fifo") {
            attrs["FifoQueue"] = json!("true");
        }
        let url = self.sqs(
            "CreateQueue",
            json!({"QueueName": name, "Attributes": attrs}),
        )["QueueUrl"]
            .as_str()
            .unwrap()
            .to_string();
        (url, arn)
    }

    fn subscribe(&mut self, topic: &str, queue_arn: &str, filter: Option<Value>, raw: bool) {
        let mut attrs = json!({"RawMessageDelivery": if raw { "true" } else { "false" }});
        if let Some(f) = filter {
            attrs["FilterPolicy"] = json!(f.to_string());
        }
        self.sns(
            "Subscribe",
            json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": queue_arn, "Attributes": attrs}),
        );
    }

    fn publish(&mut self, topic: &str, message: &str, kind: &str) -> Value {
        self.sns(
            "Publish",
            json!({"TopicArn": topic, "Message": message, "Subject": "s",
                   "MessageAttributes": {"kind": {"DataType": "String", "StringValue": kind}}}),
        )
    }

    fn receive(&mut self, url: &str) -> Value {
        self.sqs(
            "ReceiveMessage",
            json!({"QueueUrl": url, "MaxNumberOfMessages": 10, "AttributeNames": ["All"],
                   "MessageAttributeNames": ["All"]}),
        )
    }

    fn attributes(&mut self, url: &str) -> Value {
        self.sqs(
            "GetQueueAttributes",
            json!({"QueueUrl": url, "AttributeNames": ["All"]}),
        )
    }

    fn save_and_restore(&mut self) {
        let text = serde_json::to_string(&self.w).unwrap();
        self.w = serde_json::from_str(&text).unwrap();
        self.note();
    }
}

fn allow(queue_arn: &str, topic: &str) -> String {
    json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage",
        "Resource": queue_arn, "Condition": {"ArnEquals": {"aws:SourceArn": topic}}}]})
    .to_string()
}

/// Runs `steps` with deferral on and off and compares everything; returns
/// the first run.
fn same_either_way(steps: impl Fn(&mut H)) -> H {
    let mut on = H::new(true);
    steps(&mut on);
    let mut off = H::new(false);
    steps(&mut off);
    assert!(on.max_deferred > 0, "the scenario deferred nothing");
    assert_eq!(off.max_deferred, 0, "deferral off defers nothing");
    assert_eq!(on.out.len(), off.out.len());
    for (i, (a, b)) in on.out.iter().zip(&off.out).enumerate() {
        assert_eq!(a, b, "answer {i} differs");
    }
    assert_eq!(
        on.w.sim.journal.digest(),
        off.w.sim.journal.digest(),
        "journal"
    );
    on.w.settle();
    off.w.settle();
    on.w.check_invariants();
    let saved = |w: &World| {
        let mut v = serde_json::to_value(w).unwrap();
        v["sqs"]["settings"]["defer_fan_out"] = Value::Null;
        v
    };
    assert_eq!(saved(&on.w), saved(&off.w), "the settled worlds");
    on
}

/// Three queues with filters (two raw, one with the envelope), messages
/// observed by receive, attribute counts, delete and purge.
#[test]
fn receive_counts_delete_and_purge_see_every_copy() {
    let on = same_either_way(|h| {
        let topic = h.topic("orders");
        let (a, a_arn) = h.queue("placed", &topic, json!({}));
        let (b, b_arn) = h.queue("any", &topic, json!({}));
        let (c, c_arn) = h.queue("enveloped", &topic, json!({}));
        h.subscribe(&topic, &a_arn, Some(json!({"kind": ["placed"]})), true);
        h.subscribe(&topic, &b_arn, None, true);
        h.subscribe(
            &topic,
            &c_arn,
            Some(json!({"kind": ["placed", "cancelled"]})),
            false,
        );
        for i in 0..12 {
            let kind = ["placed", "cancelled", "declined"][i % 3];
            h.publish(&topic, &format!("order {i}"), kind);
            h.sleep(250);
        }
        for url in [&a, &b, &c] {
            h.attributes(url);
        }
        let got = h.receive(&a);
        let handle = got["Messages"][0]["ReceiptHandle"].clone();
        h.sqs(
            "DeleteMessage",
            json!({"QueueUrl": a, "ReceiptHandle": handle}),
        );
        h.publish(&topic, "late", "placed");
        h.attributes(&a);
        h.receive(&b);
        h.receive(&c);
        h.sleep(61_000);
        h.publish(&topic, "before the purge", "declined");
        h.sqs("PurgeQueue", json!({"QueueUrl": b}));
        h.publish(&topic, "after the purge", "declined");
        h.attributes(&b);
        h.receive(&b);
        h.receive(&a);
    });
    assert!(on.max_deferred >= 3);
}

/// maxReceiveCount moves a fanned-out copy to the dead-letter queue; a move
/// task redrives it back.
#[test]
fn dead_letter_queue_and_redrive_see_every_copy() {
    same_either_way(|h| {
        let topic = h.topic("t");
        let (dlq, dlq_arn) = h.queue("dlq", &topic, json!({}));
        let redrive = json!({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 2}).to_string();
        let (q, q_arn) = h.queue(
            "work",
            &topic,
            json!({"RedrivePolicy": redrive, "VisibilityTimeout": "0"}),
        );
        let (_, other_arn) = h.queue("other", &topic, json!({}));
        h.subscribe(&topic, &q_arn, None, true);
        h.subscribe(&topic, &other_arn, None, true);
        for i in 0..3 {
            h.publish(&topic, &format!("poison {i}"), "x");
        }
        for _ in 0..3 {
            h.receive(&q);
            h.sleep(10);
        }
        h.attributes(&dlq);
        h.receive(&dlq);
        h.sleep(1_000);
        h.publish(&topic, "after", "x");
        h.sqs(
            "StartMessageMoveTask",
            json!({"SourceArn": dlq_arn, "DestinationArn": q_arn}),
        );
        h.sleep(5_000);
        h.attributes(&q);
        h.receive(&q);
    });
}

/// A world saved while copies are deferred saves them; restored, it goes on
/// exactly as it would have.
#[test]
fn save_and_restore_with_copies_deferred() {
    let on = same_either_way(|h| {
        let topic = h.topic("t");
        let (a, a_arn) = h.queue("a", &topic, json!({}));
        let (b, b_arn) = h.queue("b", &topic, json!({}));
        h.subscribe(&topic, &a_arn, None, true);
        h.subscribe(&topic, &b_arn, Some(json!({"kind": ["k1"]})), true);
        for i in 0..6 {
            h.publish(
                &topic,
                &format!("m{i}"),
                if i % 2 == 0 { "k1" } else { "k2" },
            );
        }
        h.save_and_restore();
        h.publish(&topic, "after restore", "k1");
        h.save_and_restore();
        h.sleep(30_000);
        h.attributes(&a);
        h.receive(&a);
        h.receive(&b);
    });
    // And the restored world is the one that did not restore.
    let mut plain = H::new(true);
    let steps = |h: &mut H, restore: bool| {
        let topic = h.topic("t");
        let (a, a_arn) = h.queue("a", &topic, json!({}));
        h.subscribe(&topic, &a_arn, None, true);
        for i in 0..4 {
            h.publish(&topic, &format!("m{i}"), "k");
        }
        if restore {
            assert!(h.deferred() > 0, "saved with copies deferred");
            h.save_and_restore();
        }
        h.receive(&a);
    };
    steps(&mut plain, false);
    let mut restored = H::new(true);
    steps(&mut restored, true);
    assert_eq!(plain.out, restored.out);
    assert_eq!(
        plain.w.sim.journal.digest(),
        restored.w.sim.journal.digest()
    );
    assert!(on.max_deferred > 0);
}

/// A delay queue and a queue with a parked long poll take their copies at
/// once (a long poll is answered by the publish); the copies of the same
/// publish to a plain queue are deferred around them.
#[test]
fn delay_queues_and_long_polls_between_deferred_copies() {
    same_either_way(|h| {
        let topic = h.topic("t");
        let (slow, slow_arn) = h.queue("slow", &topic, json!({"DelaySeconds": "3"}));
        let (poll, poll_arn) = h.queue("polled", &topic, json!({}));
        let (plain, plain_arn) = h.queue("plain", &topic, json!({}));
        h.subscribe(&topic, &slow_arn, None, true);
        h.subscribe(&topic, &poll_arn, None, true);
        h.subscribe(&topic, &plain_arn, None, true);
        let (short, short_arn) = h.queue("short", &topic, json!({"MessageRetentionPeriod": "60"}));
        h.subscribe(&topic, &short_arn, None, true);
        // The second publish's copies are deferred where they can be, and
        // those queues remembered as taking them.
        h.publish(&topic, "first", "k");
        h.publish(&topic, "first, deferred", "k");
        h.receive(&poll);
        let parked = match h.w.call(
            Service::Sqs,
            "ReceiveMessage",
            json!({"QueueUrl": poll, "WaitTimeSeconds": 10, "MessageAttributeNames": ["All"]}),
            &Caller::default(),
        ) {
            CallOutcome::Pending(id) => id,
            CallOutcome::Done(r) => panic!("the queue was empty: {r:?}"),
        };
        h.sleep(500);
        h.publish(&topic, "second", "k");
        let r =
            h.w.take_completed(parked)
                .expect("the publish answered the long poll");
        h.out.push(answer(&r));
        h.receive(&slow);
        h.sleep(3_000);
        h.attributes(&slow);
        h.receive(&slow);
        h.receive(&plain);
        // Retention empties `short` and its wake timer is spent: the next
        // copy must go in at once and set a new one.
        h.sleep(61_000);
        h.attributes(&short);
        h.publish(&topic, "after expiry", "k");
        h.publish(&topic, "after expiry, deferred", "k");
        h.sleep(61_000);
        h.attributes(&short);
        h.receive(&short);
    });
}

/// A FIFO topic's copies to FIFO queues (never deferred: order and
/// deduplication) interleaved with a standard topic's deferred ones.
#[test]
fn fifo_copies_interleaved_with_deferred_ones() {
    same_either_way(|h| {
        let fifo = h.topic("orders.fifo");
        let std = h.topic("news");
        let (fq, fq_arn) = h.queue("orders.fifo", &fifo, json!({}));
        let (sq, sq_arn) = h.queue("news", &std, json!({}));
        h.subscribe(&fifo, &fq_arn, None, true);
        h.subscribe(&std, &sq_arn, None, true);
        for i in 0..4 {
            h.sns(
                "Publish",
                json!({"TopicArn": fifo, "Message": format!("o{}", i % 3), "MessageGroupId": "g"}),
            );
            h.publish(&std, &format!("n{i}"), "k");
        }
        h.receive(&fq);
        h.receive(&sq);
        h.attributes(&fq);
    });
}

/// Counting metrics land in the minute of the send, whenever the copy is
/// inserted; CloudWatch and the minute's samples see them.
#[test]
fn metrics_land_in_the_minute_of_the_send() {
    same_either_way(|h| {
        let topic = h.topic("t");
        let (_, a_arn) = h.queue("a", &topic, json!({}));
        h.subscribe(&topic, &a_arn, None, true);
        for i in 0..5 {
            h.publish(&topic, &"x".repeat(10 + i), "k");
            h.sleep(25_000);
        }
        for metric in ["NumberOfMessagesSent", "SentMessageSize"] {
            h.call(
                Service::CloudWatch,
                "GetMetricStatistics",
                json!({"Namespace": "AWS/SQS", "MetricName": metric,
                       "Dimensions": [{"Name": "QueueName", "Value": "a"}],
                       "StartTime": T0, "EndTime": T0 + 600.0, "Period": 60,
                       "Statistics": ["Sum", "SampleCount", "Minimum", "Maximum"]}),
            );
        }
    });
}

/// A queue policy changed to deny, and a MaximumMessageSize lowered, fail
/// the next deliveries (counted by SNS, with the reason) though earlier
/// copies were deferred under the old attributes.
#[test]
fn attribute_changes_after_deferred_copies() {
    same_either_way(|h| {
        let topic = h.topic("t");
        let (a, a_arn) = h.queue("a", &topic, json!({}));
        h.subscribe(&topic, &a_arn, None, true);
        // The first copy finds no wake timer pending and goes in at once;
        // the second is deferred, and its queue remembered as taking them.
        h.publish(&topic, "allowed", "k");
        h.publish(&topic, "allowed, deferred", "k");
        assert!(h.deferred() > 0 || !h.w.sqs.settings.defer_fan_out);
        h.sqs(
            "SetQueueAttributes",
            json!({"QueueUrl": a, "Attributes": {"Policy": allow(&a_arn, "arn:aws:sns:us-east-1:123456789012:other")}}),
        );
        h.publish(&topic, "denied", "k");
        h.sqs(
            "SetQueueAttributes",
            json!({"QueueUrl": a, "Attributes": {"Policy": allow(&a_arn, &topic)}}),
        );
        h.publish(&topic, "allowed again", "k");
        h.publish(&topic, "allowed again, deferred", "k");
        h.sqs(
            "SetQueueAttributes",
            json!({"QueueUrl": a, "Attributes": {"Policy": allow(&a_arn, &topic), "MaximumMessageSize": "1024"}}),
        );
        h.publish(&topic, &"y".repeat(2000), "k");
        h.publish(&topic, "small again", "k");
        let subs = h.sns("ListSubscriptionsByTopic", json!({"TopicArn": topic}));
        let sub = subs["Subscriptions"][0]["SubscriptionArn"].clone();
        h.sns("GetSubscriptionAttributes", json!({"SubscriptionArn": sub}));
        h.attributes(&a);
        h.receive(&a);
        h.sleep(60_000);
        h.call(
            Service::CloudWatch,
            "GetMetricStatistics",
            json!({"Namespace": "AWS/SNS", "MetricName": "NumberOfNotificationsFailed",
                   "Dimensions": [{"Name": "TopicName", "Value": "t"}],
                   "StartTime": T0, "EndTime": T0 + 600.0, "Period": 60, "Statistics": ["Sum"]}),
        );
    });
}
