//! Firehose delivery through `World::call`: the stream lifecycle, Direct PUT
//! with per-record results and AWS's limits, buffering by size and by interval
//! (whichever comes first) on the virtual clock, AWS's object key layout and
//! custom prefixes, compression round trips, and failed deliveries (a missing
//! bucket, another account's bucket) retried every 5 s for 24 h.

use crate::firehose_support::*;
use serde_json::json;
use std::io::Read;
use switchyard::model::Service;

#[test]
fn lifecycle_list_describe_tags_delete() {
    let mut f = F::new(1);
    f.bucket("bkt");
    f.stream("s1", "bkt", json!({}));
    f.stream("s2", "bkt", json!({}));
    let l = f.ok("ListDeliveryStreams", json!({"Limit": 1}));
    assert_eq!(
        l,
        json!({"DeliveryStreamNames": ["s1"], "HasMoreDeliveryStreams": true})
    );
    let l = f.ok(
        "ListDeliveryStreams",
        json!({"ExclusiveStartDeliveryStreamName": "s1"}),
    );
    assert_eq!(l["DeliveryStreamNames"], json!(["s2"]));
    let d = f.ok(
        "DescribeDeliveryStream",
        json!({"DeliveryStreamName": "s1"}),
    );
    let d = &d["DeliveryStreamDescription"];
    assert_eq!(
        d["DeliveryStreamARN"],
        "arn:aws:firehose:us-east-1:123456789012:deliverystream/s1"
    );
    assert_eq!(d["DeliveryStreamType"], "DirectPut");
    assert_eq!(d["VersionId"], "1");
    let e3 = &d["Destinations"][0]["ExtendedS3DestinationDescription"];
    assert_eq!(
        e3["BufferingHints"],
        json!({"SizeInMBs": 5, "IntervalInSeconds": 300})
    );
    assert_eq!(e3["CompressionFormat"], "UNCOMPRESSED");
    assert_eq!(
        d["Destinations"][0]["DestinationId"],
        "destinationId-000000000001"
    );
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "s1", "ExtendedS3DestinationConfiguration": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::bkt"}}),
    );
    assert_eq!(e.code, "ResourceInUseException");
    f.ok("TagDeliveryStream", json!({"DeliveryStreamName": "s1", "Tags": [{"Key": "team", "Value": "a"}, {"Key": "env", "Value": "dev"}]}));
    let t = f.ok(
        "ListTagsForDeliveryStream",
        json!({"DeliveryStreamName": "s1"}),
    );
    assert_eq!(
        t,
        json!({"Tags": [{"Key": "env", "Value": "dev"}, {"Key": "team", "Value": "a"}], "HasMoreTags": false})
    );
    f.ok(
        "UntagDeliveryStream",
        json!({"DeliveryStreamName": "s1", "TagKeys": ["env"]}),
    );
    let t = f.ok(
        "ListTagsForDeliveryStream",
        json!({"DeliveryStreamName": "s1"}),
    );
    assert_eq!(t["Tags"], json!([{"Key": "team", "Value": "a"}]));
    // A key outside the TagKey pattern.
    let e = f.err(
        "TagDeliveryStream",
        json!({"DeliveryStreamName": "s1", "Tags": [{"Key": "k#!", "Value": "v"}]}),
    );
    assert_eq!(e.code, "ValidationException");
    f.ok("DeleteDeliveryStream", json!({"DeliveryStreamName": "s1"}));
    assert_eq!(f.status("s1"), "DELETING");
    f.sleep_ms(5_000);
    let e = f.err(
        "DescribeDeliveryStream",
        json!({"DeliveryStreamName": "s1"}),
    );
    assert_eq!(e.code, "ResourceNotFoundException");
    assert_eq!(
        e.message,
        "Firehose s1 under account 123456789012 not found."
    );
}

#[test]
fn creating_stream_takes_no_records() {
    let mut f = F::new(1);
    f.ok(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "s", "ExtendedS3DestinationConfiguration": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::bkt"}}),
    );
    let e = f.err(
        "PutRecord",
        json!({"DeliveryStreamName": "s", "Record": {"Data": b64("x")}}),
    );
    assert_eq!(e.code, "ResourceNotFoundException");
    let e = f.err("DeleteDeliveryStream", json!({"DeliveryStreamName": "s"}));
    assert_eq!(e.code, "ResourceInUseException");
}

#[test]
fn interval_flush_writes_one_object_with_the_default_key_layout() {
    let mut f = F::new(7);
    f.bucket("bkt");
    f.stream(
        "orders",
        "bkt",
        json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}}),
    );
    // Clock is at +5 s: 2026-01-01T00:00:05Z.
    let r = f.put("orders", "one\n");
    assert!(r["RecordId"].as_str().unwrap().len() >= 40);
    f.put_batch("orders", &["two\n".into(), "three\n".into()]);
    f.sleep_ms(59_000);
    assert!(f.keys("bkt").is_empty(), "interval not over yet");
    f.sleep_ms(1_000);
    let keys = f.keys("bkt");
    assert_eq!(keys.len(), 1, "{keys:?}");
    let k = &keys[0];
    // yyyy/MM/dd/HH/<stream>-<version>-yyyy-MM-dd-HH-mm-ss-<uuid>
    assert!(
        k.starts_with("2026/01/01/00/orders-1-2026-01-01-00-01-05-"),
        "{k}"
    );
    let uuid = &k["2026/01/01/00/orders-1-2026-01-01-00-01-05-".len()..];
    assert_eq!(uuid.len(), 36, "{k}");
    assert_eq!(f.body("bkt", k), b"one\ntwo\nthree\n");
    let s = &f.w.firehose.streams().next().unwrap().counters;
    assert_eq!((s.delivered_objects, s.delivered_records), (1, 3));
}

#[test]
fn size_flush_comes_first_when_the_buffer_fills() {
    let mut f = F::new(2);
    f.bucket("bkt");
    f.stream(
        "s",
        "bkt",
        json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 900}}),
    );
    let record = "x".repeat(100_000);
    for _ in 0..10 {
        f.put("s", &record);
    }
    assert!(f.keys("bkt").is_empty(), "1,000,000 bytes < 1 MiB");
    f.put("s", &record);
    let keys = f.keys("bkt");
    assert_eq!(
        keys.len(),
        1,
        "the 11th record crosses 1 MiB: flushed at once"
    );
    assert_eq!(f.body("bkt", &keys[0]).len(), 1_100_000);
    // The next record starts a new buffer with its own interval.
    f.put("s", "tail");
    f.sleep_ms(899_000);
    assert_eq!(f.keys("bkt").len(), 1);
    f.sleep_ms(1_000);
    assert_eq!(f.keys("bkt").len(), 2);
}

#[test]
fn gzip_and_snappy_round_trip_with_extensions() {
    let mut f = F::new(3);
    f.bucket("bkt");
    f.stream("g", "bkt", json!({"CompressionFormat": "GZIP", "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0}}));
    f.stream("sn", "bkt", json!({"CompressionFormat": "Snappy", "Prefix": "snappy/", "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0}}));
    let text = "hello firehose ".repeat(1000);
    f.put("g", &text);
    f.put("sn", &text);
    f.sleep_ms(1);
    let keys = f.keys("bkt");
    assert_eq!(keys.len(), 2, "{keys:?}");
    let gz = keys.iter().find(|k| k.ends_with(".gz")).unwrap();
    let mut out = String::new();
    flate2::read::GzDecoder::new(&f.body("bkt", gz)[..])
        .read_to_string(&mut out)
        .unwrap();
    assert_eq!(out, text);
    let sn = keys.iter().find(|k| k.ends_with(".snappy")).unwrap();
    assert!(sn.starts_with("snappy/2026/01/01/00/sn-1-"), "{sn}");
    let mut out = String::new();
    snap::read::FrameDecoder::new(&f.body("bkt", sn)[..])
        .read_to_string(&mut out)
        .unwrap();
    assert_eq!(out, text);
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "z", "ExtendedS3DestinationConfiguration": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::bkt", "CompressionFormat": "ZIP"}}),
    );
    assert_eq!(e.code, "NotImplemented");
    assert!(e.message.contains("ZIP"));
}

#[test]
fn custom_prefixes_are_evaluated_and_validated() {
    let mut f = F::new(4);
    f.bucket("bkt");
    f.stream(
        "p",
        "bkt",
        json!({
            "Prefix": "data/year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/!{firehose:random-string}/",
            "ErrorOutputPrefix": "errors/!{firehose:error-output-type}/!{timestamp:yyyy}/",
            "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0}
        }),
    );
    f.put("p", "x");
    f.sleep_ms(1);
    let keys = f.keys("bkt");
    assert_eq!(keys.len(), 1);
    let k = &keys[0];
    assert!(k.starts_with("data/year=2026/month=01/day=01/"), "{k}");
    let rest = &k["data/year=2026/month=01/day=01/".len()..];
    let (random, suffix) = rest.split_once('/').unwrap();
    assert_eq!(random.len(), 11, "{k}");
    assert!(suffix.starts_with("p-1-2026-01-01-00-00-05-"), "{k}");

    let create = |prefix: &str, error: &str| {
        json!({"DeliveryStreamName": "bad", "ExtendedS3DestinationConfiguration": {
            "RoleARN": ROLE, "BucketARN": "arn:aws:s3:::bkt", "Prefix": prefix, "ErrorOutputPrefix": error}})
    };
    let e = f.err("CreateDeliveryStream", create("!{timestamp:yyyy}/", ""));
    assert_eq!(e.code, "InvalidArgumentException");
    assert_eq!(
        e.message,
        "ErrorOutputPrefix cannot be null or empty when Prefix contains expressions"
    );
    let e = f.err(
        "CreateDeliveryStream",
        create("!{firehose:error-output-type}/", "e/"),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    let e = f.err("CreateDeliveryStream", create("", "e/!{timestamp:yyyy}/"));
    assert_eq!(e.code, "InvalidArgumentException");
    let e = f.err("CreateDeliveryStream", create("!{nope:x}", "e/"));
    assert_eq!(e.code, "InvalidArgumentException");
}

#[test]
fn put_limits_and_per_record_results() {
    let mut f = F::new(5);
    f.bucket("bkt");
    f.stream("s", "bkt", json!({}));
    let big = "x".repeat(1_024_001);
    let e = f.err(
        "PutRecord",
        json!({"DeliveryStreamName": "s", "Record": {"Data": b64(&big)}}),
    );
    assert_eq!(e.code, "ValidationException");
    assert!(e.message.contains("1024000"), "{}", e.message);
    let many: Vec<String> = (0..501).map(|i| format!("{i}")).collect();
    let records: Vec<_> = many.iter().map(|d| json!({"Data": b64(d)})).collect();
    let e = f.err(
        "PutRecordBatch",
        json!({"DeliveryStreamName": "s", "Records": records}),
    );
    assert_eq!(e.code, "ValidationException");
    let five: Vec<String> = (0..5).map(|_| "y".repeat(1_000_000)).collect();
    let e = f.err(
        "PutRecordBatch",
        json!({"DeliveryStreamName": "s", "Records": five.iter().map(|d| json!({"Data": b64(d)})).collect::<Vec<_>>()}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    let r = f.put_batch("s", &(0..500).map(|i| format!("r{i}")).collect::<Vec<_>>());
    assert_eq!(r["FailedPutCount"], 0);
    let entries = r["RequestResponses"].as_array().unwrap();
    assert_eq!(entries.len(), 500);
    let ids: std::collections::BTreeSet<_> = entries
        .iter()
        .map(|e| e["RecordId"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 500, "RecordIds are unique");
    let e = f.err(
        "PutRecord",
        json!({"DeliveryStreamName": "nope", "Record": {"Data": b64("x")}}),
    );
    assert_eq!(e.code, "ResourceNotFoundException");
}

#[test]
fn direct_put_quota_throttles_per_second() {
    let mut f = F::new(6);
    f.bucket("bkt");
    f.stream("s", "bkt", json!({}));
    // us-east-1: 2,000 requests per second.
    for _ in 0..2_000 {
        f.put("s", "x");
    }
    let e = f.err(
        "PutRecord",
        json!({"DeliveryStreamName": "s", "Record": {"Data": b64("x")}}),
    );
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        ("ServiceUnavailableException", "Slow down.")
    );
    let r = f.put_batch("s", &["a".into(), "bkt".into()]);
    assert_eq!(r["FailedPutCount"], 2);
    assert_eq!(
        r["RequestResponses"][0]["ErrorCode"],
        "ServiceUnavailableException"
    );
    assert_eq!(r["RequestResponses"][0]["ErrorMessage"], "Slow down.");
    f.sleep_ms(1_000);
    f.put("s", "x");
}

#[test]
fn missing_bucket_is_retried_every_5s_then_delivered_when_it_appears() {
    let mut f = F::new(8);
    f.stream(
        "s",
        "later",
        json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0}}),
    );
    f.put("s", "kept");
    f.sleep_ms(1);
    let s = f.w.firehose.streams().next().unwrap();
    assert_eq!(s.counters.failed_attempts, 1);
    assert!(s
        .last_error
        .as_deref()
        .unwrap()
        .starts_with("S3.NoSuchBucket"));
    f.sleep_ms(10_000);
    assert_eq!(
        f.w.firehose
            .streams()
            .next()
            .unwrap()
            .counters
            .failed_attempts,
        3
    );
    f.bucket("later");
    f.sleep_ms(5_000);
    let keys = f.keys("later");
    assert_eq!(keys.len(), 1);
    assert_eq!(f.body("later", &keys[0]), b"kept");
}

#[test]
fn another_accounts_bucket_is_access_denied_and_discarded_after_24h() {
    let mut f = F::new(9);
    f.caller.account_id = "111122223333".into();
    f.bucket("theirs");
    f.caller.account_id = "123456789012".into();
    f.stream(
        "s",
        "theirs",
        json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0}}),
    );
    f.put("s", "x");
    f.sleep_ms(1);
    let s = f.w.firehose.streams().next().unwrap();
    assert!(s
        .last_error
        .as_deref()
        .unwrap()
        .starts_with("S3.AccessDenied"));
    f.sleep_ms(24 * 3_600_000);
    let s = f.w.firehose.streams().next().unwrap();
    assert_eq!(s.counters.discarded_records, 1);
    assert!(s.pending.is_empty());
    assert!(f.keys("theirs").is_empty());
}

#[test]
fn other_destinations_and_sources_are_refused_by_name() {
    let mut f = F::new(10);
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "i", "IcebergDestinationConfiguration": {"RoleARN": ROLE, "CatalogConfiguration": {}, "S3Configuration": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::bkt"}}}),
    );
    assert_eq!(e.code, "NotImplemented");
    assert!(e.message.contains("Iceberg"), "{}", e.message);
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "m", "DeliveryStreamType": "MSKAsSource", "ExtendedS3DestinationConfiguration": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::bkt"}}),
    );
    assert!(e.message.contains("MSK"), "{}", e.message);
}

#[test]
fn update_destination_checks_the_version_and_bumps_it() {
    let mut f = F::new(11);
    f.bucket("bkt");
    f.stream(
        "s",
        "bkt",
        json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0}}),
    );
    let e = f.err(
        "UpdateDestination",
        json!({"DeliveryStreamName": "s", "CurrentDeliveryStreamVersionId": "7", "DestinationId": "destinationId-000000000001", "ExtendedS3DestinationUpdate": {"Prefix": "new/"}}),
    );
    assert_eq!(e.code, "ConcurrentModificationException");
    f.ok(
        "UpdateDestination",
        json!({"DeliveryStreamName": "s", "CurrentDeliveryStreamVersionId": "1", "DestinationId": "destinationId-000000000001", "ExtendedS3DestinationUpdate": {"Prefix": "new/", "CompressionFormat": "GZIP"}}),
    );
    let d = f.ok("DescribeDeliveryStream", json!({"DeliveryStreamName": "s"}));
    let d = &d["DeliveryStreamDescription"];
    assert_eq!(d["VersionId"], "2");
    let e3 = &d["Destinations"][0]["ExtendedS3DestinationDescription"];
    assert_eq!(e3["Prefix"], "new/");
    assert_eq!(e3["BufferingHints"]["IntervalInSeconds"], 0, "kept");
    f.put("s", "v2");
    f.sleep_ms(1);
    let keys = f.keys("bkt");
    assert!(
        keys[0].starts_with("new/2026/01/01/00/s-2-") && keys[0].ends_with(".gz"),
        "{keys:?}"
    );
}

#[test]
fn delivered_objects_notify_like_any_put() {
    let mut f = F::new(12);
    f.bucket("bkt");
    let q = f
        .call(Service::Sqs, "CreateQueue", json!({"QueueName": "q"}))
        .unwrap()["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let arn = "arn:aws:sqs:us-east-1:123456789012:q";
    let policy = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": arn}]});
    f.call(
        Service::Sqs,
        "SetQueueAttributes",
        json!({"QueueUrl": q, "Attributes": {"Policy": policy.to_string()}}),
    )
    .unwrap();
    f.s3("PutBucketNotificationConfiguration", json!({"Bucket": "bkt", "NotificationConfiguration": {"QueueConfigurations": [{"QueueArn": arn, "Events": ["s3:ObjectCreated:*"]}]}}));
    f.stream(
        "s",
        "bkt",
        json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0}}),
    );
    f.put("s", "x");
    f.sleep_ms(1);
    let r = f
        .call(
            Service::Sqs,
            "ReceiveMessage",
            json!({"QueueUrl": q, "MaxNumberOfMessages": 10}),
        )
        .unwrap();
    let bodies: Vec<&str> = r["Messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["Body"].as_str().unwrap())
        .collect();
    assert!(
        bodies
            .iter()
            .any(|b| b.contains("ObjectCreated:Put") && b.contains("s-1-2026")),
        "{bodies:?}"
    );
}

#[test]
fn the_page_sees_the_race_between_size_and_interval() {
    let mut f = F::new(13);
    f.bucket("bkt");
    f.stream(
        "s",
        "bkt",
        json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}}),
    );
    let now = |f: &F| f.w.now().as_ms();
    let race =
        f.w.firehose
            .streams()
            .next()
            .unwrap()
            .delivery_race(now(&f));
    assert_eq!(race.leader(), "empty");
    f.put("s", &"x".repeat(262_144));
    f.sleep_ms(6_000);
    let race =
        f.w.firehose
            .streams()
            .next()
            .unwrap()
            .delivery_race(now(&f));
    assert_eq!(
        (race.records, race.bytes, race.elapsed_ms),
        (1, 262_144, 6_000)
    );
    assert_eq!(race.size_fraction(), 0.25);
    assert_eq!(race.leader(), "size", "25 % full, 10 % of the interval");
    f.sleep_ms(24_000);
    let race =
        f.w.firehose
            .streams()
            .next()
            .unwrap()
            .delivery_race(now(&f));
    assert_eq!(race.leader(), "interval", "50 % of the interval");
    f.sleep_ms(30_000);
    let s = f.w.firehose.streams().next().unwrap();
    assert_eq!(s.delivery_race(now(&f)).leader(), "empty");
    assert_eq!(s.recent.len(), 1);
    assert_eq!(s.recent[0].bytes, 262_144);
}

#[test]
fn cloudwatch_metrics_have_aws_names() {
    use switchyard::sim::metrics::MetricKey;
    let mut f = F::new(14);
    f.bucket("bkt");
    f.stream(
        "m",
        "bkt",
        json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0}}),
    );
    f.put_batch("m", &["ab".into(), "cd".into(), "e".into()]);
    f.sleep_ms(1);
    let sum = |f: &F, name: &str| -> f64 {
        f.w.sim
            .metrics
            .datapoints(&MetricKey {
                account_id: "123456789012".into(),
                region: "us-east-1".into(),
                namespace: "AWS/Firehose".into(),
                name: name.into(),
                dimensions: vec![("DeliveryStreamName".into(), "m".into())],
            })
            .iter()
            .map(|d| d.sum)
            .sum()
    };
    assert_eq!(sum(&f, "IncomingRecords"), 3.0);
    assert_eq!(sum(&f, "IncomingBytes"), 5.0);
    assert_eq!(sum(&f, "IncomingPutRequests"), 1.0);
    assert_eq!(sum(&f, "DeliveryToS3.Records"), 3.0);
    assert_eq!(sum(&f, "DeliveryToS3.Success"), 1.0);
}

#[test]
fn server_side_encryption_starts_and_stops_on_the_clock() {
    let mut f = F::new(15);
    f.bucket("bkt");
    f.stream("e", "bkt", json!({}));
    let status = |f: &mut F| {
        f.ok("DescribeDeliveryStream", json!({"DeliveryStreamName": "e"}))
            ["DeliveryStreamDescription"]["DeliveryStreamEncryptionConfiguration"]
            .clone()
    };
    assert_eq!(status(&mut f), json!({"Status": "DISABLED"}));
    assert_eq!(f.put("e", "x")["Encrypted"], false);
    f.ok("StartDeliveryStreamEncryption", json!({"DeliveryStreamName": "e", "DeliveryStreamEncryptionConfigurationInput": {"KeyType": "AWS_OWNED_CMK"}}));
    assert_eq!(status(&mut f)["Status"], "ENABLING");
    let e = f.err(
        "StopDeliveryStreamEncryption",
        json!({"DeliveryStreamName": "e"}),
    );
    assert_eq!(e.code, "ResourceInUseException");
    f.sleep_ms(5_000);
    assert_eq!(
        status(&mut f),
        json!({"KeyType": "AWS_OWNED_CMK", "Status": "ENABLED"})
    );
    assert_eq!(f.put("e", "x")["Encrypted"], true);
    let e = f.err("StartDeliveryStreamEncryption", json!({"DeliveryStreamName": "e", "DeliveryStreamEncryptionConfigurationInput": {"KeyType": "CUSTOMER_MANAGED_CMK"}}));
    assert_eq!(e.code, "InvalidArgumentException");
    f.ok(
        "StopDeliveryStreamEncryption",
        json!({"DeliveryStreamName": "e"}),
    );
    assert_eq!(status(&mut f)["Status"], "DISABLING");
    f.sleep_ms(5_000);
    assert_eq!(status(&mut f), json!({"Status": "DISABLED"}));
}

#[test]
fn a_legacy_s3_destination_is_described_in_both_shapes() {
    let mut f = F::new(31);
    f.bucket("bkt");
    f.ok(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "old", "S3DestinationConfiguration": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::bkt", "Prefix": ""}}),
    );
    let d = f.ok(
        "DescribeDeliveryStream",
        json!({"DeliveryStreamName": "old"}),
    );
    let dest = &d["DeliveryStreamDescription"]["Destinations"][0];
    let common = json!({
        "RoleARN": ROLE,
        "BucketARN": "arn:aws:s3:::bkt",
        "Prefix": "",
        "BufferingHints": {"SizeInMBs": 5, "IntervalInSeconds": 300},
        "CompressionFormat": "UNCOMPRESSED",
        "EncryptionConfiguration": {"NoEncryptionConfig": "NoEncryption"},
        "CloudWatchLoggingOptions": {"Enabled": false},
    });
    assert_eq!(dest["S3DestinationDescription"], common);
    let mut extended = common.clone();
    extended["S3BackupMode"] = json!("Disabled");
    assert_eq!(dest["ExtendedS3DestinationDescription"], extended);
    assert_eq!(dest["DestinationId"], "destinationId-000000000001");
    // A prefix never given is left out.
    f.ok(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "old2", "S3DestinationConfiguration": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::bkt"}}),
    );
    let d = f.ok(
        "DescribeDeliveryStream",
        json!({"DeliveryStreamName": "old2"}),
    );
    let dest = &d["DeliveryStreamDescription"]["Destinations"][0];
    assert!(dest["S3DestinationDescription"].get("Prefix").is_none());
    assert!(dest["ExtendedS3DestinationDescription"]
        .get("Prefix")
        .is_none());
}

#[test]
fn custom_time_zone_is_echoed_and_other_zones_refused() {
    let mut f = F::new(32);
    f.bucket("bkt");
    f.stream("tz", "bkt", json!({"CustomTimeZone": "UTC"}));
    let d = f.ok(
        "DescribeDeliveryStream",
        json!({"DeliveryStreamName": "tz"}),
    );
    let e3 = &d["DeliveryStreamDescription"]["Destinations"][0]["ExtendedS3DestinationDescription"];
    assert_eq!(e3["CustomTimeZone"], "UTC");
    // Not given: not described.
    f.stream("none", "bkt", json!({}));
    let d = f.ok(
        "DescribeDeliveryStream",
        json!({"DeliveryStreamName": "none"}),
    );
    let e3 = &d["DeliveryStreamDescription"]["Destinations"][0]["ExtendedS3DestinationDescription"];
    assert!(e3.get("CustomTimeZone").is_none());
    let create = |f: &mut F, zone: &str| {
        f.err(
            "CreateDeliveryStream",
            json!({"DeliveryStreamName": "z", "ExtendedS3DestinationConfiguration": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::bkt", "CustomTimeZone": zone}}),
        )
    };
    let e = create(&mut f, "America/Los_Angeles");
    assert_eq!(e.code, "NotImplemented");
    assert!(e.message.contains("CustomTimeZone"), "{}", e.message);
    let e = create(&mut f, "UTC+1");
    assert_eq!(e.code, "ValidationException");
    assert_eq!(
        e.message,
        "1 validation error detected: Value 'UTC+1' at 'customTimeZone' failed to satisfy constraint: Member must satisfy regular expression pattern: ^$|[a-zA-Z/_]+"
    );
}

#[test]
fn put_record_batch_reports_every_oversized_record_and_awss_size_text() {
    let mut f = F::new(33);
    f.bucket("bkt");
    f.stream("s", "bkt", json!({}));
    let batch = |sizes: &[usize]| {
        let records: Vec<_> = sizes
            .iter()
            .map(|n| json!({"Data": b64(&"x".repeat(*n))}))
            .collect();
        json!({"DeliveryStreamName": "s", "Records": records})
    };
    // The answer osquery's issue 3568 quotes from AWS.
    let e = f.err("PutRecordBatch", batch(&[1_045_710, 10, 1_045_662, 10]));
    assert_eq!(e.code, "ValidationException");
    assert_eq!(
        e.message,
        "2 validation errors detected: Value 'java.nio.HeapByteBuffer[pos=0 lim=1045710 cap=1045710]' at 'records.1.member.data' failed to satisfy constraint: Member must have length less than or equal to 1024000; Value 'java.nio.HeapByteBuffer[pos=0 lim=1045662 cap=1045662]' at 'records.3.member.data' failed to satisfy constraint: Member must have length less than or equal to 1024000"
    );
    let e = f.err("PutRecordBatch", batch(&[1_024_001]));
    assert_eq!(
        e.message,
        "1 validation error detected: Value 'java.nio.HeapByteBuffer[pos=0 lim=1024001 cap=1024001]' at 'records.1.member.data' failed to satisfy constraint: Member must have length less than or equal to 1024000"
    );
    // Eleven over the limit: all counted, ten listed.
    let e = f.err("PutRecordBatch", batch(&[1_024_001; 11]));
    assert!(
        e.message.starts_with("11 validation errors detected: "),
        "{}",
        e.message
    );
    assert_eq!(
        e.message.matches("failed to satisfy constraint").count(),
        10
    );
    assert!(e.message.contains("'records.10.member.data'"));
    assert!(!e.message.contains("'records.11.member.data'"));
    // Within the per-record limit but over 4 MiB in all.
    let e = f.err("PutRecordBatch", batch(&[1_000_000; 5]));
    assert_eq!(e.code, "InvalidArgumentException");
    assert_eq!(e.message, "Records size exceeds 4 MB limit");
    let e = f.err(
        "PutRecord",
        json!({"DeliveryStreamName": "s", "Record": {"Data": b64(&"x".repeat(1_024_001))}}),
    );
    assert_eq!(
        e.message,
        "1 validation error detected: Value 'java.nio.HeapByteBuffer[pos=0 lim=1024001 cap=1024001]' at 'record.data' failed to satisfy constraint: Member must have length less than or equal to 1024000"
    );
}

#[test]
fn encryption_start_and_stop_share_25_calls_per_24_hours() {
    let mut f = F::new(34);
    f.bucket("bkt");
    f.stream("e", "bkt", json!({}));
    let start = json!({"DeliveryStreamName": "e", "DeliveryStreamEncryptionConfigurationInput": {"KeyType": "AWS_OWNED_CMK"}});
    let stop = json!({"DeliveryStreamName": "e"});
    let first_ms = f.w.sim.now.as_ms();
    // The reference's example: 13 starts and 12 stops reach the limit.
    for i in 0..25 {
        if i % 2 == 0 {
            f.ok("StartDeliveryStreamEncryption", start.clone());
        } else {
            f.ok("StopDeliveryStreamEncryption", stop.clone());
        }
        f.sleep_ms(5_000);
    }
    let e = f.err("StopDeliveryStreamEncryption", stop.clone());
    assert_eq!(e.code, "LimitExceededException");
    assert_eq!(
        e.message,
        "Firehose e under account 123456789012 has reached the limit of 25 StartDeliveryStreamEncryption and StopDeliveryStreamEncryption calls per 24 hours."
    );
    let e = f.err("StartDeliveryStreamEncryption", start.clone());
    assert_eq!(e.code, "LimitExceededException");
    // The count survives a save and restore.
    let saved = serde_json::to_string(&f.w).unwrap();
    f.w = serde_json::from_str(&saved).unwrap();
    let e = f.err("StopDeliveryStreamEncryption", stop.clone());
    assert_eq!(e.code, "LimitExceededException");
    // 24 virtual hours after the first call, one call is free again.
    let now = f.w.sim.now.as_ms();
    f.sleep_ms(first_ms + 24 * 3_600_000 - 1 - now);
    let e = f.err("StopDeliveryStreamEncryption", stop.clone());
    assert_eq!(e.code, "LimitExceededException");
    f.sleep_ms(1);
    f.ok("StopDeliveryStreamEncryption", stop);
}

#[test]
fn tag_keys_and_values_are_checked_against_the_model() {
    let mut f = F::new(35);
    f.bucket("bkt");
    f.stream("t", "bkt", json!({}));
    let tag = |f: &mut F, tags: serde_json::Value| {
        f.err(
            "TagDeliveryStream",
            json!({"DeliveryStreamName": "t", "Tags": tags}),
        )
    };
    let long = "k".repeat(129);
    let e = tag(&mut f, json!([{"Key": long, "Value": "v"}]));
    assert_eq!(e.code, "ValidationException");
    assert_eq!(
        e.message,
        format!("1 validation error detected: Value '{long}' at 'tags.1.member.key' failed to satisfy constraint: Member must have length less than or equal to 128")
    );
    let e = tag(
        &mut f,
        json!([{"Key": "ok", "Value": "v"}, {"Key": "k", "Value": "a#b"}]),
    );
    assert_eq!(
        e.message,
        "1 validation error detected: Value 'a#b' at 'tags.2.member.value' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@%]*$"
    );
    // A tab is white space but not a \p{Z} separator.
    let e = tag(&mut f, json!([{"Key": "k", "Value": "a\tb"}]));
    assert_eq!(e.code, "ValidationException");
    let e = tag(&mut f, json!([{"Key": "aws:x", "Value": "v"}]));
    assert_eq!(
        e.message,
        "1 validation error detected: Value 'aws:x' at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@%]*$"
    );
    let e = tag(&mut f, json!([]));
    assert_eq!(e.code, "ValidationException");
    assert_eq!(
        e.message,
        "1 validation error detected: Value '[]' at 'tags' failed to satisfy constraint: Member must have length greater than or equal to 1"
    );
    // Two bad tags: both reported.
    let e = tag(
        &mut f,
        json!([{"Key": "a!", "Value": "v"}, {"Key": "b", "Value": "x".repeat(257)}]),
    );
    assert!(
        e.message
            .starts_with("2 validation errors detected: Value 'a!' at 'tags.1.member.key'"),
        "{}",
        e.message
    );
    assert!(e.message.contains("at 'tags.2.member.value' failed to satisfy constraint: Member must have length less than or equal to 256"));
    // Letters, numbers and spaces of any script, and the listed symbols.
    f.ok(
        "TagDeliveryStream",
        json!({"DeliveryStreamName": "t", "Tags": [{"Key": "équipe 東京", "Value": "café_1.2:3/4=5+6-7@8%9 "}, {"Key": "empty", "Value": ""}]}),
    );
    let t = f.ok(
        "ListTagsForDeliveryStream",
        json!({"DeliveryStreamName": "t"}),
    );
    assert_eq!(t["Tags"].as_array().unwrap().len(), 2);
    let e = f.err(
        "UntagDeliveryStream",
        json!({"DeliveryStreamName": "t", "TagKeys": []}),
    );
    assert_eq!(
        e.message,
        "1 validation error detected: Value '[]' at 'tagKeys' failed to satisfy constraint: Member must have length greater than or equal to 1"
    );
    let e = f.err(
        "UntagDeliveryStream",
        json!({"DeliveryStreamName": "t", "TagKeys": [long]}),
    );
    assert_eq!(
        e.message,
        format!("1 validation error detected: Value '{long}' at 'tagKeys.1.member' failed to satisfy constraint: Member must have length less than or equal to 128")
    );
    // CreateDeliveryStream's Tags are the same list.
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "c", "ExtendedS3DestinationConfiguration": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::bkt"}, "Tags": []}),
    );
    assert_eq!(
        e.message,
        "1 validation error detected: Value '[]' at 'tags' failed to satisfy constraint: Member must have length greater than or equal to 1"
    );
}

#[test]
fn enum_pattern_and_range_constraints_use_awss_wording() {
    let mut f = F::new(36);
    f.bucket("bkt");
    f.stream("s", "bkt", json!({}));
    let e = f.err("ListDeliveryStreams", json!({"DeliveryStreamType": "Bad"}));
    assert_eq!(e.code, "ValidationException");
    assert_eq!(
        e.message,
        "1 validation error detected: Value 'Bad' at 'deliveryStreamType' failed to satisfy constraint: Member must satisfy enum value set: [DirectPut, KinesisStreamAsSource, MSKAsSource, DatabaseAsSource]"
    );
    let l = f.ok(
        "ListDeliveryStreams",
        json!({"DeliveryStreamType": "KinesisStreamAsSource"}),
    );
    assert_eq!(l["DeliveryStreamNames"], json!([]));
    // KeyARN outside the model's AWSKMSKeyARN pattern.
    let sse = |arn: &str| json!({"DeliveryStreamName": "s", "DeliveryStreamEncryptionConfigurationInput": {"KeyType": "CUSTOMER_MANAGED_CMK", "KeyARN": arn}});
    for bad in [
        "not-an-arn",
        "arn:aws:kms:us-east-1:12345:key/abc",
        "arn:aws:kms:us-east-1:123456789012:secret/abc",
        "arn:aws:s3:us-east-1:123456789012:key/abc",
        "arn:aws:kms:us-east-1:123456789012:key/",
    ] {
        let e = f.err("StartDeliveryStreamEncryption", sse(bad));
        assert_eq!(e.code, "ValidationException", "{bad}");
        assert_eq!(
            e.message,
            format!("1 validation error detected: Value '{bad}' at 'deliveryStreamEncryptionConfigurationInput.keyARN' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:.*:kms:[a-zA-Z0-9\\-]+:\\d{{12}}:(key|alias)/[a-zA-Z_0-9+=,.@\\-_/]+")
        );
    }
    f.ok(
        "StartDeliveryStreamEncryption",
        sse("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
    );
    f.sleep_ms(5_000);
    f.ok(
        "StartDeliveryStreamEncryption",
        sse("arn:aws-cn:kms:cn-north-1:123456789012:alias/my_key"),
    );
    // Ranges and lengths in the "greater / less than or equal to" form.
    let cases = [
        ("ListDeliveryStreams", json!({"Limit": 0}), "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1"),
        ("ListDeliveryStreams", json!({"Limit": 10001}), "Value '10001' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000"),
        ("DescribeDeliveryStream", json!({"DeliveryStreamName": "s", "Limit": 0}), "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1"),
        ("ListTagsForDeliveryStream", json!({"DeliveryStreamName": "s", "Limit": 51}), "Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50"),
        ("ListTagsForDeliveryStream", json!({"DeliveryStreamName": "s", "Limit": -1}), "Value '-1' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1"),
    ];
    for (op, input, want) in cases {
        let e = f.err(op, input.clone());
        assert_eq!(e.code, "ValidationException", "{op} {input}");
        assert_eq!(
            e.message,
            format!("1 validation error detected: {want}"),
            "{op} {input}"
        );
    }
}
