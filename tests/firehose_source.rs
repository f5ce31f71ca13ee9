//! A Kinesis data stream as a Firehose source: records put to the stream after
//! the delivery stream became ACTIVE land in S3, read shard by shard through
//! Kinesis's own operations; children of a split are read after their parent;
//! PutRecord to such a delivery stream is refused as AWS refuses it.

use crate::firehose_support::*;
use serde_json::json;

fn kinesis_source(f: &mut F, name: &str, stream: &str, hints: serde_json::Value) {
    f.ok(
        "CreateDeliveryStream",
        json!({
            "DeliveryStreamName": name,
            "DeliveryStreamType": "KinesisStreamAsSource",
            "KinesisStreamSourceConfiguration": {
                "KinesisStreamARN": format!("arn:aws:kinesis:us-east-1:123456789012:stream/{stream}"),
                "RoleARN": ROLE,
            },
            "ExtendedS3DestinationConfiguration": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::bkt", "BufferingHints": hints},
        }),
    );
    f.sleep_ms(5_000);
    assert_eq!(f.status(name), "ACTIVE");
}

fn put(f: &mut F, stream: &str, key: &str, data: &str) {
    f.kinesis(
        "PutRecord",
        json!({"StreamName": stream, "PartitionKey": key, "Data": b64(data)}),
    );
}

#[test]
fn the_notes_hands_on_stream_to_s3_with_1mb_60s() {
    let mut f = F::new(1);
    f.bucket("bkt");
    f.kinesis(
        "CreateStream",
        json!({"StreamName": "clicks", "ShardCount": 2}),
    );
    f.sleep_ms(1_000);
    put(&mut f, "clicks", "early", "before;");
    kinesis_source(
        &mut f,
        "to-s3",
        "clicks",
        json!({"SizeInMBs": 1, "IntervalInSeconds": 60}),
    );
    let d = f.ok(
        "DescribeDeliveryStream",
        json!({"DeliveryStreamName": "to-s3"}),
    );
    let src = &d["DeliveryStreamDescription"]["Source"]["KinesisStreamSourceDescription"];
    assert_eq!(
        src["KinesisStreamARN"],
        "arn:aws:kinesis:us-east-1:123456789012:stream/clicks"
    );
    assert!(src["DeliveryStartTimestamp"].is_number());
    assert_eq!(
        d["DeliveryStreamDescription"]["DeliveryStreamType"],
        "KinesisStreamAsSource"
    );
    assert!(
        d["DeliveryStreamDescription"]
            .get("DeliveryStreamEncryptionConfiguration")
            .is_none(),
        "AWS leaves encryption out of a stream that reads Kinesis"
    );
    for i in 0..20 {
        put(&mut f, "clicks", &format!("user{i}"), &format!("click{i};"));
    }
    let e = f.err(
        "PutRecord",
        json!({"DeliveryStreamName": "to-s3", "Record": {"Data": b64("x")}}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    assert_eq!(
        e.message,
        "This operation is not permitted on KinesisStreamAsSource delivery stream type."
    );
    f.sleep_ms(1_000);
    assert!(f.keys("bkt").is_empty(), "read, buffering for 60 s");
    f.sleep_ms(60_000);
    let keys = f.keys("bkt");
    assert_eq!(keys.len(), 1, "{keys:?}");
    let body = String::from_utf8(f.body("bkt", &keys[0])).unwrap();
    assert!(
        !body.contains("before;"),
        "records from before the start are not read"
    );
    let mut got: Vec<&str> = body.split_terminator(';').collect();
    got.sort();
    let mut want: Vec<String> = (0..20).map(|i| format!("click{i}")).collect();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn children_are_read_after_a_split() {
    let mut f = F::new(2);
    f.bucket("bkt");
    f.kinesis("CreateStream", json!({"StreamName": "s", "ShardCount": 1}));
    f.sleep_ms(1_000);
    kinesis_source(
        &mut f,
        "d",
        "s",
        json!({"SizeInMBs": 1, "IntervalInSeconds": 0}),
    );
    put(&mut f, "s", "k", "a;");
    f.sleep_ms(1_000);
    f.kinesis(
        "SplitShard",
        json!({"StreamName": "s", "ShardToSplit": "shardId-000000000000", "NewStartingHashKey": "170141183460469231731687303715884105728"}),
    );
    f.sleep_ms(1_000);
    put(&mut f, "s", "k", "b;");
    put(&mut f, "s", "other", "c;");
    f.sleep_ms(3_000);
    let bodies: String = f
        .keys("bkt")
        .iter()
        .map(|k| String::from_utf8(f.body("bkt", k)).unwrap())
        .collect();
    let mut got: Vec<&str> = bodies.split_terminator(';').collect();
    got.sort();
    assert_eq!(got, vec!["a", "b", "c"]);
    let s = f.w.firehose.streams().next().unwrap();
    assert!(
        s.cursors["shardId-000000000000"].finished,
        "the parent was read to its end"
    );
}

#[test]
fn sns_firehose_subscription_delivers_into_the_stream_or_fails_without_one() {
    use switchyard::model::Service;
    let mut f = F::new(3);
    f.bucket("bkt");
    f.stream(
        "archive",
        "bkt",
        json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}}),
    );
    let t = f
        .call(Service::Sns, "CreateTopic", json!({"Name": "orders"}))
        .unwrap()["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    for stream in ["archive", "missing"] {
        f.call(
            Service::Sns,
            "Subscribe",
            json!({"TopicArn": t, "Protocol": "firehose",
                   "Endpoint": format!("arn:aws:firehose:us-east-1:123456789012:deliverystream/{stream}"),
                   "Attributes": {"SubscriptionRoleArn": ROLE}}),
        )
        .unwrap();
    }
    for m in ["placed 1", "placed 2"] {
        f.call(
            Service::Sns,
            "Publish",
            json!({"TopicArn": t, "Message": m}),
        )
        .unwrap();
    }
    f.sleep_ms(60_000);
    let keys = f.keys("bkt");
    assert_eq!(keys.len(), 1);
    let body = String::from_utf8(f.body("bkt", &keys[0])).unwrap();
    // Two SNS envelopes, concatenated as Firehose concatenates records.
    assert_eq!(
        body.matches("\"Type\" : \"Notification\"").count()
            + body.matches("\"Type\":\"Notification\"").count(),
        2,
        "{body}"
    );
    assert!(body.contains("placed 1") && body.contains("placed 2"));
    let failed =
        f.w.sim
            .journal
            .entries()
            .filter(|e| {
                matches!(
                    &e.event,
                    switchyard::sim::Event::Sns(switchyard::sns::SnsEvent::DeliveryFailed { .. })
                )
            })
            .count();
    assert!(
        failed >= 2,
        "the missing stream's deliveries fail: {failed}"
    );
}
