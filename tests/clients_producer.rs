//! Simulated producers on the virtual clock: the rate is honoured over a
//! simulated minute (with bursts, to a queue and a topic); a hot-key producer
//! against a one-shard stream is throttled and, retrying with backoff and
//! jitter, lands every record exactly once (PutRecord and PutRecords); the
//! key distributions skew as they say.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use std::collections::BTreeMap;
use switchyard::clients::{
    Burst, ClientState, KeyDistribution, ProducerSpec, ProducerTarget, PutMode,
};
use switchyard::model::Service;
use switchyard::sim::SimTime;
use switchyard::world::Caller;
use switchyard::World;

fn ok(w: &mut World, service: Service, op: &str, input: Value) -> Value {
    let r = w
        .call_and_wait(service, op, input.clone(), &Caller::default())
        .unwrap_or_else(|e| panic!("{op} {input}: {e:?}"));
    w.check_invariants();
    r
}

fn run_for(w: &mut World, ms: u64) {
    let end = w.now().as_ms() + ms;
    while w.now().as_ms() < end {
        let t = (w.now().as_ms() + 250).min(end);
        w.advance_to(SimTime(t));
        w.check_invariants();
    }
}

#[test]
fn rate_and_bursts_are_honoured_over_a_minute() {
    let mut w = World::new(5);
    let url = ok(
        &mut w,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "in"}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let mut spec = ProducerSpec::new(
        "web",
        ProducerTarget::Queue {
            queue_url: url.clone(),
        },
        20,
    );
    spec.body_template = "order {n} {one_of:NEW|PAID|SHIPPED}".into();
    spec.attributes.insert("customer".into(), "{key}".into());
    spec.burst = Some(Burst {
        every_s: 10,
        count: 50,
    });
    let p = w.add_producer(spec);
    w.start_client(p);
    run_for(&mut w, 60_000);
    let v = w.client(p).unwrap();
    assert_eq!(v.state, ClientState::Producing);
    // 20/s for 60 s, plus 6 bursts of 50.
    assert_eq!(v.counters.sent, 20 * 60 + 6 * 50, "{v:?}");
    let a = ok(
        &mut w,
        Service::Sqs,
        "GetQueueAttributes",
        json!({"QueueUrl": url, "AttributeNames": ["ApproximateNumberOfMessages"]}),
    );
    assert_eq!(a["Attributes"]["ApproximateNumberOfMessages"], "1500");
    let m = ok(
        &mut w,
        Service::Sqs,
        "ReceiveMessage",
        json!({"QueueUrl": url, "MessageAttributeNames": ["All"], "WaitTimeSeconds": 1}),
    );
    let body = m["Messages"][0]["Body"].as_str().unwrap();
    assert!(body.starts_with("order "), "{body}");
    assert!(["NEW", "PAID", "SHIPPED"].contains(&body.rsplit(' ').next().unwrap()));
    let key = m["Messages"][0]["MessageAttributes"]["customer"]["StringValue"]
        .as_str()
        .unwrap();
    assert!(key.starts_with("key-"));
    // Paused: nothing more; resumed: the rate again from then on.
    w.pause_client(p);
    run_for(&mut w, 10_000);
    assert_eq!(w.client(p).unwrap().counters.sent, 1500);
    w.start_client(p);
    run_for(&mut w, 5_000);
    assert_eq!(w.client(p).unwrap().counters.sent, 1600);
}

#[test]
fn topic_producer_publishes_at_its_rate() {
    let mut w = World::new(6);
    let t = ok(
        &mut w,
        Service::Sns,
        "CreateTopic",
        json!({"Name": "events"}),
    )["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let p = w.add_producer(ProducerSpec::new(
        "svc",
        ProducerTarget::Topic { topic_arn: t },
        7,
    ));
    w.start_client(p);
    run_for(&mut w, 60_000);
    assert_eq!(w.client(p).unwrap().counters.sent, 420);
}

/// Every record on the stream's shards, as decoded data, read back with
/// GetRecords (pacing calls under the read limits).
fn read_all(w: &mut World, stream: &str) -> Vec<String> {
    let shards = ok(
        w,
        Service::Kinesis,
        "ListShards",
        json!({"StreamName": stream}),
    );
    let mut out = vec![];
    for s in shards["Shards"].as_array().unwrap() {
        let id = s["ShardId"].as_str().unwrap();
        let mut it = ok(
            w,
            Service::Kinesis,
            "GetShardIterator",
            json!({"StreamName": stream, "ShardId": id, "ShardIteratorType": "TRIM_HORIZON"}),
        )["ShardIterator"]
            .as_str()
            .unwrap()
            .to_string();
        loop {
            w.sleep_ms(1_000);
            let r = ok(
                w,
                Service::Kinesis,
                "GetRecords",
                json!({"ShardIterator": it}),
            );
            let recs = r["Records"].as_array().unwrap();
            for rec in recs {
                let data = switchyard::util::b64_decode(rec["Data"].as_str().unwrap()).unwrap();
                out.push(String::from_utf8(data).unwrap());
            }
            if recs.is_empty() && r["MillisBehindLatest"] == 0 {
                break;
            }
            it = r["NextShardIterator"].as_str().unwrap().to_string();
        }
    }
    out
}

fn hot_key_stream(mode: PutMode, seed: u64) {
    let mut w = World::new(seed);
    ok(
        &mut w,
        Service::Kinesis,
        "CreateStream",
        json!({"StreamName": "clicks", "ShardCount": 1}),
    );
    w.sleep_ms(1_000);
    let mut spec = ProducerSpec::new(
        "devices",
        ProducerTarget::Stream {
            stream_name: "clicks".into(),
            mode,
        },
        2_000,
    );
    spec.body_template = "click {n} from {key}".into();
    spec.keys = KeyDistribution::Hot {
        keys: 50,
        share_ppm: 900_000,
    };
    let p = w.add_producer(spec);
    w.start_client(p);
    run_for(&mut w, 5_000);
    w.stop_client(p);
    let made = 2_000 * 5;
    let v = w.client(p).unwrap();
    assert!(
        v.counters.throttled > 0,
        "2,000/s over a 1,000/s shard: {v:?}"
    );
    assert_eq!(
        v.state,
        ClientState::BackingOff,
        "stopped, retries still owed"
    );
    // The owed retries drain on their own.
    run_for(&mut w, 120_000);
    let v = w.client(p).unwrap();
    assert_eq!(v.state, ClientState::Stopped);
    assert_eq!(v.counters.sent, made, "{v:?}");
    assert_eq!(v.counters.send_failed, 0);
    assert!(v.counters.retried >= v.counters.throttled, "{v:?}");
    let mut seen: BTreeMap<u64, u32> = BTreeMap::new();
    for d in read_all(&mut w, "clicks") {
        let n: u64 = d.split(' ').nth(1).unwrap().parse().unwrap();
        *seen.entry(n).or_default() += 1;
    }
    assert_eq!(seen.len() as u64, made, "every record arrived");
    assert!(seen.values().all(|c| *c == 1), "and only once");
    assert_eq!(*seen.keys().last().unwrap(), made - 1);
    let throttled = w
        .sim
        .journal
        .entries()
        .filter_map(|e| match &e.event {
            switchyard::sim::Event::Client(c) => Some(switchyard::view::event_text(&w, &e.event))
                .filter(|_| matches!(c, switchyard::clients::ClientEvent::Throttled { .. })),
            _ => None,
        })
        .next()
        .unwrap();
    assert!(throttled.starts_with("devices: "), "{throttled}");
}

#[test]
fn hot_key_put_record_retries_until_every_record_lands_once() {
    hot_key_stream(PutMode::Single, 21);
}

#[test]
fn hot_key_put_records_retries_only_failed_entries() {
    hot_key_stream(PutMode::Batch, 22);
}

#[test]
fn key_distributions_skew_as_they_say() {
    let mut rng = switchyard::sim::SimRng::new(1);
    let mut counts = |d: KeyDistribution| {
        let mut c = [0u32; 4];
        let mut cache = vec![];
        for _ in 0..40_000 {
            c[d.draw(&mut rng, &mut cache) as usize] += 1;
        }
        c
    };
    let u = counts(KeyDistribution::Uniform { keys: 4 });
    assert!(u.iter().all(|c| (9_000..11_000).contains(c)), "{u:?}");
    let h = counts(KeyDistribution::Hot {
        keys: 4,
        share_ppm: 700_000,
    });
    assert!((27_000..29_000).contains(&h[0]), "{h:?}");
    assert!(h[1..].iter().all(|c| (3_500..4_500).contains(c)), "{h:?}");
    // Zipf, exponent 1: weights 1, 1/2, 1/3, 1/4 of 25/12.
    let z = counts(KeyDistribution::Zipf { keys: 4 });
    let expect = [19_200, 9_600, 6_400, 4_800];
    for (got, want) in z.iter().zip(expect) {
        assert!(got.abs_diff(want) < 600, "{z:?}");
    }
    // Templates: `{n}`, `{key}`, `{one_of:...}`; unknown placeholders stay.
    let mut rng = switchyard::sim::SimRng::new(2);
    let s =
        switchyard::clients::producer::render("o {n} {key} {one_of:A} {x}", 4, "key-1", &mut rng);
    assert_eq!(s, "o 4 key-1 A {x}");
}

#[test]
fn fifo_producer_sends_keys_as_group_ids_and_a_consumer_drains_them() {
    let mut w = World::new(9);
    w.sqs.settings.short_poll_sampling = false;
    let url = ok(
        &mut w,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "orders.fifo", "Attributes": {"FifoQueue": "true"}}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let mut spec = ProducerSpec::new(
        "shop",
        ProducerTarget::Queue {
            queue_url: url.clone(),
        },
        10,
    );
    spec.key_as_group_id = true;
    spec.keys = KeyDistribution::Uniform { keys: 3 };
    let p = w.add_producer(spec);
    let c = w.add_consumer(switchyard::clients::ConsumerSpec::new("ec2", &url, 20));
    w.start_client(p);
    w.start_client(c);
    run_for(&mut w, 30_000);
    w.stop_client(p);
    run_for(&mut w, 5_000);
    let (pv, cv) = (w.client(p).unwrap(), w.client(c).unwrap());
    assert_eq!(pv.counters.sent, 300, "{pv:?}");
    assert_eq!(cv.counters.processed, 300, "{cv:?}");
    assert_eq!(w.clients.views().len(), 2);
}

#[test]
fn backoff_is_full_jitter_under_the_cap() {
    let mut rng = switchyard::sim::SimRng::new(4);
    use switchyard::clients::producer::{backoff_ms, BACKOFF_BASE_MS, BACKOFF_CAP_MS};
    for attempt in 1..30 {
        let ceiling = (BACKOFF_BASE_MS << attempt.min(20)).min(BACKOFF_CAP_MS);
        let draws: Vec<u64> = (0..200).map(|_| backoff_ms(&mut rng, attempt)).collect();
        assert!(draws.iter().all(|d| (1..=ceiling).contains(d)), "{attempt}");
        // Full jitter spreads over the whole range, not just near the top.
        assert!(draws.iter().any(|d| *d < ceiling / 4), "{attempt}");
    }
}

#[test]
fn a_producer_feeds_a_delivery_stream_one_by_one_and_in_batches() {
    for mode in [PutMode::Single, PutMode::Batch] {
        let mut w = World::new(21);
        ok(
            &mut w,
            Service::S3,
            "CreateBucket",
            json!({"Bucket": "landing"}),
        );
        ok(
            &mut w,
            Service::Firehose,
            "CreateDeliveryStream",
            json!({"DeliveryStreamName": "events", "ExtendedS3DestinationConfiguration": {
                "RoleARN": "arn:aws:iam::123456789012:role/firehose", "BucketARN": "arn:aws:s3:::landing",
                "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}}}),
        );
        run_for(&mut w, 6_000);
        let mut spec = ProducerSpec::new(
            "app",
            ProducerTarget::DeliveryStream {
                delivery_stream_name: "events".into(),
                mode,
            },
            50,
        );
        spec.body_template = "event {n}|".into();
        let p = w.add_producer(spec);
        w.start_client(p);
        run_for(&mut w, 10_000);
        w.stop_client(p);
        run_for(&mut w, 70_000);
        assert_eq!(w.client(p).unwrap().counters.sent, 500, "{mode:?}");
        // Every record landed in the bucket once.
        let list = ok(
            &mut w,
            Service::S3,
            "ListObjectsV2",
            json!({"Bucket": "landing"}),
        );
        let mut records = 0;
        for o in list["Contents"].as_array().unwrap() {
            let body = ok(
                &mut w,
                Service::S3,
                "GetObject",
                json!({"Bucket": "landing", "Key": o["Key"]}),
            )["Body"]
                .clone();
            let text =
                String::from_utf8(switchyard::util::b64_decode(body.as_str().unwrap()).unwrap())
                    .unwrap();
            records += text.matches('|').count();
        }
        assert_eq!(records, 500, "{mode:?}");
    }
}
