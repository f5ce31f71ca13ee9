//! S3 through the world: bucket rules and errors, objects, ListObjectsV2 paging
//! and delimiters, event notifications to SQS and SNS (with fan-out), key
//! filters, AWS's overlap refusal and destination validation.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use switchyard::model::Service;
use switchyard::world::{CallOutcome, Caller};
use switchyard::{AwsError, World};

const ACCOUNT: &str = "123456789012";

fn call_as(
    w: &mut World,
    caller: &Caller,
    service: Service,
    op: &str,
    input: Value,
) -> Result<Value, AwsError> {
    let r = match w.call(service, op, input, caller) {
        CallOutcome::Done(r) => r,
        CallOutcome::Pending(_) => panic!("{op} parked"),
    };
    w.check_invariants();
    r
}

fn call(w: &mut World, service: Service, op: &str, input: Value) -> Result<Value, AwsError> {
    call_as(w, &Caller::default(), service, op, input)
}

fn s3(w: &mut World, op: &str, input: Value) -> Value {
    call(w, Service::S3, op, input).unwrap_or_else(|e| panic!("{op}: {e}"))
}

fn s3_err(w: &mut World, op: &str, input: Value) -> AwsError {
    match call(w, Service::S3, op, input) {
        Ok(v) => panic!("{op} succeeded: {v}"),
        Err(e) => e,
    }
}

fn sqs(w: &mut World, op: &str, input: Value) -> Value {
    call(w, Service::Sqs, op, input).unwrap_or_else(|e| panic!("{op}: {e}"))
}

fn sns(w: &mut World, op: &str, input: Value) -> Value {
    call(w, Service::Sns, op, input).unwrap_or_else(|e| panic!("{op}: {e}"))
}

fn put(w: &mut World, bucket: &str, key: &str, body: &str) -> Value {
    s3(
        w,
        "PutObject",
        json!({"Bucket": bucket, "Key": key, "Body": switchyard::util::b64_encode(body.as_bytes())}),
    )
}

/// A queue whose policy lets S3 send from `bucket` (or, with `bucket` = None, no policy).
fn queue(w: &mut World, name: &str, bucket: Option<&str>) -> (String, String) {
    let arn = format!("arn:aws:sqs:us-east-1:{ACCOUNT}:{name}");
    let mut attrs = json!({});
    if let Some(b) = bucket {
        let policy = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": arn,
            "Condition": {"ArnLike": {"aws:SourceArn": format!("arn:aws:s3:*:*:{b}")},
                          "StringEquals": {"aws:SourceAccount": ACCOUNT}}}]});
        attrs["Policy"] = json!(policy.to_string());
    }
    let url = sqs(
        w,
        "CreateQueue",
        json!({"QueueName": name, "Attributes": attrs}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    (url, arn)
}

fn receive_all(w: &mut World, url: &str) -> Vec<Value> {
    w.sqs.settings.short_poll_sampling = false;
    let got = sqs(
        w,
        "ReceiveMessage",
        json!({"QueueUrl": url, "MaxNumberOfMessages": 10}),
    );
    let msgs = got
        .get("Messages")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for m in &msgs {
        sqs(
            w,
            "DeleteMessage",
            json!({"QueueUrl": url, "ReceiptHandle": m["ReceiptHandle"]}),
        );
    }
    msgs
}

fn bodies(w: &mut World, url: &str) -> Vec<Value> {
    receive_all(w, url)
        .iter()
        .map(|m| serde_json::from_str(m["Body"].as_str().unwrap()).unwrap())
        .collect()
}

fn queue_config(arn: &str, events: &[&str], prefix: Option<&str>, suffix: Option<&str>) -> Value {
    let mut c = json!({"QueueArn": arn, "Events": events});
    let mut rules = vec![];
    if let Some(p) = prefix {
        rules.push(json!({"Name": "prefix", "Value": p}));
    }
    if let Some(s) = suffix {
        rules.push(json!({"Name": "suffix", "Value": s}));
    }
    if !rules.is_empty() {
        c["Filter"] = json!({"Key": {"FilterRules": rules}});
    }
    c
}

#[test]
fn bucket_names_regions_and_ownership() {
    let mut w = World::new(1);
    assert_eq!(
        s3_err(&mut w, "CreateBucket", json!({"Bucket": "Bad_Name"})).code,
        "InvalidBucketName"
    );
    assert_eq!(
        s3_err(&mut w, "CreateBucket", json!({"Bucket": "192.168.1.1"})).code,
        "InvalidBucketName"
    );
    let out = s3(&mut w, "CreateBucket", json!({"Bucket": "photos"}));
    assert_eq!(out["Location"], "/photos");
    // us-east-1: re-creating your own bucket answers 200 (legacy behaviour).
    s3(&mut w, "CreateBucket", json!({"Bucket": "photos"}));
    // Another account: the name is taken.
    let other = Caller {
        account_id: "111122223333".into(),
        region: "us-east-1".into(),
        trace_header: None,
        anonymous: false,
    };
    let e = call_as(
        &mut w,
        &other,
        Service::S3,
        "CreateBucket",
        json!({"Bucket": "photos"}),
    )
    .unwrap_err();
    assert_eq!((e.code.as_str(), e.status), ("BucketAlreadyExists", 409));
    let e = call_as(
        &mut w,
        &other,
        Service::S3,
        "HeadBucket",
        json!({"Bucket": "photos"}),
    )
    .unwrap_err();
    assert_eq!(e.status, 403);
    // LocationConstraint rules.
    let e = s3_err(
        &mut w,
        "CreateBucket",
        json!({"Bucket": "bkt1", "CreateBucketConfiguration": {"LocationConstraint": "us-east-1"}}),
    );
    assert_eq!(e.code, "InvalidLocationConstraint");
    let e = s3_err(
        &mut w,
        "CreateBucket",
        json!({"Bucket": "bkt1", "CreateBucketConfiguration": {"LocationConstraint": "mars-1"}}),
    );
    assert_eq!(e.code, "InvalidLocationConstraint");
    let eu = Caller {
        account_id: ACCOUNT.into(),
        region: "eu-west-1".into(),
        trace_header: None,
        anonymous: false,
    };
    let e = call_as(
        &mut w,
        &eu,
        Service::S3,
        "CreateBucket",
        json!({"Bucket": "bkt1"}),
    )
    .unwrap_err();
    assert_eq!(e.code, "IllegalLocationConstraintException");
    assert!(e.message.contains("unspecified"), "{}", e.message);
    let e = call_as(
        &mut w,
        &eu,
        Service::S3,
        "CreateBucket",
        json!({"Bucket": "bkt1", "CreateBucketConfiguration": {"LocationConstraint": "eu-west-2"}}),
    )
    .unwrap_err();
    assert_eq!(e.code, "IllegalLocationConstraintException");
    call_as(
        &mut w,
        &eu,
        Service::S3,
        "CreateBucket",
        json!({"Bucket": "bkt1", "CreateBucketConfiguration": {"LocationConstraint": "eu-west-1"}}),
    )
    .unwrap();
    let e = call_as(
        &mut w,
        &eu,
        Service::S3,
        "CreateBucket",
        json!({"Bucket": "bkt1", "CreateBucketConfiguration": {"LocationConstraint": "eu-west-1"}}),
    )
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.status),
        ("BucketAlreadyOwnedByYou", 409)
    );
    assert_eq!(
        s3(&mut w, "GetBucketLocation", json!({"Bucket": "bkt1"}))["LocationConstraint"],
        "eu-west-1"
    );
    assert_eq!(
        s3(&mut w, "GetBucketLocation", json!({"Bucket": "photos"}))["LocationConstraint"],
        Value::Null
    );
    let names: Vec<Value> = s3(&mut w, "ListBuckets", json!({}))["Buckets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["Name"].clone())
        .collect();
    assert_eq!(names, vec![json!("bkt1"), json!("photos")]);
    // HeadBucket of a missing bucket: 404 with no code but the status.
    let e = s3_err(&mut w, "HeadBucket", json!({"Bucket": "nope"}));
    assert_eq!((e.code.as_str(), e.status), ("404", 404));
    assert_eq!(
        s3_err(&mut w, "GetBucketLocation", json!({"Bucket": "nope"})).code,
        "NoSuchBucket"
    );
    // DeleteBucket refuses a bucket with objects.
    put(&mut w, "photos", "a.jpg", "x");
    assert_eq!(
        s3_err(&mut w, "DeleteBucket", json!({"Bucket": "photos"})).code,
        "BucketNotEmpty"
    );
    s3(
        &mut w,
        "DeleteObject",
        json!({"Bucket": "photos", "Key": "a.jpg"}),
    );
    s3(&mut w, "DeleteBucket", json!({"Bucket": "photos"}));
    assert_eq!(
        s3_err(&mut w, "DeleteBucket", json!({"Bucket": "photos"})).code,
        "NoSuchBucket"
    );
}

#[test]
fn objects_round_trip() {
    let mut w = World::new(2);
    s3(&mut w, "CreateBucket", json!({"Bucket": "docs"}));
    let body = switchyard::util::b64_encode(b"hello world");
    let out = s3(
        &mut w,
        "PutObject",
        json!({"Bucket": "docs", "Key": "greeting.txt", "Body": body,
        "ContentType": "text/plain", "Metadata": {"Author": "ada"}}),
    );
    assert_eq!(out["ETag"], "\"5eb63bbbe01eeed093cb22bb8f5acdc3\"");
    let got = s3(
        &mut w,
        "GetObject",
        json!({"Bucket": "docs", "Key": "greeting.txt"}),
    );
    assert_eq!(got["Body"], body);
    assert_eq!(got["ContentType"], "text/plain");
    assert_eq!(got["ContentLength"], 11);
    assert_eq!(got["Metadata"], json!({"author": "ada"}));
    let part = s3(
        &mut w,
        "GetObject",
        json!({"Bucket": "docs", "Key": "greeting.txt", "Range": "bytes=0-4"}),
    );
    assert_eq!(part["Body"], switchyard::util::b64_encode(b"hello"));
    assert_eq!(part["ContentRange"], "bytes 0-4/11");
    let e = s3_err(
        &mut w,
        "GetObject",
        json!({"Bucket": "docs", "Key": "greeting.txt", "Range": "bytes=50-"}),
    );
    assert_eq!((e.code.as_str(), e.status), ("InvalidRange", 416));
    let e = s3_err(
        &mut w,
        "GetObject",
        json!({"Bucket": "docs", "Key": "greeting.txt", "IfNoneMatch": out["ETag"]}),
    );
    assert_eq!(e.status, 304);
    let e = s3_err(
        &mut w,
        "PutObject",
        json!({"Bucket": "docs", "Key": "cold", "StorageClass": "GLACIER"}),
    );
    assert_eq!(e.code, "NotImplemented");
    let head = s3(
        &mut w,
        "HeadObject",
        json!({"Bucket": "docs", "Key": "greeting.txt"}),
    );
    assert!(head.get("Body").is_none());
    assert_eq!(head["ETag"], out["ETag"]);
    let e = s3_err(
        &mut w,
        "GetObject",
        json!({"Bucket": "docs", "Key": "missing"}),
    );
    assert_eq!((e.code.as_str(), e.status), ("NoSuchKey", 404));
    assert_eq!(
        s3_err(
            &mut w,
            "HeadObject",
            json!({"Bucket": "docs", "Key": "missing"})
        )
        .status,
        404
    );
    // DeleteObject of a missing key succeeds.
    s3(
        &mut w,
        "DeleteObject",
        json!({"Bucket": "docs", "Key": "missing"}),
    );
    // CopyObject keeps the ETag and metadata; copying onto itself without REPLACE is refused.
    let c = s3(
        &mut w,
        "CopyObject",
        json!({"Bucket": "docs", "Key": "copy.txt", "CopySource": "docs/greeting.txt"}),
    );
    assert_eq!(c["CopyObjectResult"]["ETag"], out["ETag"]);
    // Conditions on the source: 412 when they fail, a copy when they hold.
    for (member, value) in [
        ("CopySourceIfMatch", json!("\"0000\"")),
        ("CopySourceIfNoneMatch", out["ETag"].clone()),
    ] {
        let mut input =
            json!({"Bucket": "docs", "Key": "copy2.txt", "CopySource": "docs/greeting.txt"});
        input[member] = value;
        let e = s3_err(&mut w, "CopyObject", input);
        assert_eq!(
            (e.code.as_str(), e.status),
            ("PreconditionFailed", 412),
            "{member}"
        );
    }
    s3(
        &mut w,
        "CopyObject",
        json!({"Bucket": "docs", "Key": "copy2.txt", "CopySource": "docs/greeting.txt", "CopySourceIfMatch": out["ETag"]}),
    );
    s3(
        &mut w,
        "DeleteObject",
        json!({"Bucket": "docs", "Key": "copy2.txt"}),
    );
    assert_eq!(
        s3(
            &mut w,
            "HeadObject",
            json!({"Bucket": "docs", "Key": "copy.txt"})
        )["Metadata"],
        json!({"author": "ada"})
    );
    assert_eq!(
        s3_err(
            &mut w,
            "CopyObject",
            json!({"Bucket": "docs", "Key": "copy.txt", "CopySource": "/docs/copy.txt"})
        )
        .code,
        "InvalidRequest"
    );
    // Content-MD5 and CRC32 checksums are checked.
    let e = s3_err(
        &mut w,
        "PutObject",
        json!({"Bucket": "docs", "Key": "k", "Body": body, "ContentMD5": "AAAAAAAAAAAAAAAAAAAAAA=="}),
    );
    assert_eq!(e.code, "BadDigest");
    let ok = s3(
        &mut w,
        "PutObject",
        json!({"Bucket": "docs", "Key": "k", "Body": body, "ChecksumCRC32": "DUoRhQ=="}),
    );
    assert_eq!(ok["ChecksumCRC32"], "DUoRhQ==");
    assert_eq!(
        s3_err(
            &mut w,
            "PutObject",
            json!({"Bucket": "docs", "Key": "k", "Body": body, "ChecksumCRC32": "AAAAAA=="})
        )
        .code,
        "BadDigest"
    );
    let d = s3(
        &mut w,
        "DeleteObjects",
        json!({"Bucket": "docs", "Delete": {"Objects": [{"Key": "k"}, {"Key": "copy.txt"}, {"Key": "never"}]}}),
    );
    assert_eq!(d["Deleted"].as_array().unwrap().len(), 3);
    let keys = s3(&mut w, "ListObjectsV2", json!({"Bucket": "docs"}));
    assert_eq!(keys["KeyCount"], 1);
    assert_eq!(keys["Contents"][0]["Key"], "greeting.txt");
    assert_eq!(
        s3_err(
            &mut w,
            "PutObject",
            json!({"Bucket": "docs", "Key": "k".repeat(1025)})
        )
        .code,
        "KeyTooLongError"
    );
    assert_eq!(
        s3_err(&mut w, "PutObject", json!({"Bucket": "nope", "Key": "k"})).code,
        "NoSuchBucket"
    );
    assert_eq!(
        s3_err(
            &mut w,
            "PutBucketPolicy",
            json!({"Bucket": "docs", "Policy": "{}"})
        )
        .code,
        "NotImplemented"
    );
}

#[test]
fn list_objects_v2_pages_and_groups() {
    let mut w = World::new(3);
    s3(&mut w, "CreateBucket", json!({"Bucket": "logs"}));
    for k in [
        "a.txt",
        "b/1.txt",
        "b/2.txt",
        "c/x/1.txt",
        "c/y.txt",
        "d.txt",
        "e f.txt",
    ] {
        put(&mut w, "logs", k, k);
    }
    // Paging two at a time visits every key once, in order.
    let mut seen = vec![];
    let mut token: Option<String> = None;
    loop {
        let mut input = json!({"Bucket": "logs", "MaxKeys": 2});
        if let Some(t) = &token {
            input["ContinuationToken"] = json!(t);
        }
        let page = s3(&mut w, "ListObjectsV2", input);
        assert!(page["KeyCount"].as_u64().unwrap() <= 2);
        for c in page["Contents"].as_array().unwrap() {
            seen.push(c["Key"].as_str().unwrap().to_string());
        }
        match page.get("NextContinuationToken") {
            Some(t) => {
                assert_eq!(page["IsTruncated"], true);
                token = Some(t.as_str().unwrap().to_string());
            }
            None => {
                assert_eq!(page["IsTruncated"], false);
                break;
            }
        }
    }
    assert_eq!(
        seen,
        [
            "a.txt",
            "b/1.txt",
            "b/2.txt",
            "c/x/1.txt",
            "c/y.txt",
            "d.txt",
            "e f.txt"
        ]
    );
    // Delimiter: common prefixes count toward MaxKeys and KeyCount.
    let top = s3(
        &mut w,
        "ListObjectsV2",
        json!({"Bucket": "logs", "Delimiter": "/"}),
    );
    assert_eq!(
        top["CommonPrefixes"],
        json!([{"Prefix": "b/"}, {"Prefix": "c/"}])
    );
    assert_eq!(top["KeyCount"], 5);
    let page = s3(
        &mut w,
        "ListObjectsV2",
        json!({"Bucket": "logs", "Delimiter": "/", "MaxKeys": 2}),
    );
    assert_eq!(page["CommonPrefixes"], json!([{"Prefix": "b/"}]));
    let next = s3(
        &mut w,
        "ListObjectsV2",
        json!({"Bucket": "logs", "Delimiter": "/", "MaxKeys": 2, "ContinuationToken": page["NextContinuationToken"]}),
    );
    assert_eq!(next["CommonPrefixes"], json!([{"Prefix": "c/"}]));
    assert_eq!(next["Contents"][0]["Key"], "d.txt");
    let c = s3(
        &mut w,
        "ListObjectsV2",
        json!({"Bucket": "logs", "Prefix": "c/", "Delimiter": "/"}),
    );
    assert_eq!(c["Contents"][0]["Key"], "c/y.txt");
    assert_eq!(c["CommonPrefixes"], json!([{"Prefix": "c/x/"}]));
    let after = s3(
        &mut w,
        "ListObjectsV2",
        json!({"Bucket": "logs", "StartAfter": "c/y.txt"}),
    );
    assert_eq!(after["KeyCount"], 2);
    assert_eq!(after["StartAfter"], "c/y.txt");
    let enc = s3(
        &mut w,
        "ListObjectsV2",
        json!({"Bucket": "logs", "Prefix": "e", "EncodingType": "url"}),
    );
    assert_eq!(enc["Contents"][0]["Key"], "e+f.txt");
    assert_eq!(
        s3_err(
            &mut w,
            "ListObjectsV2",
            json!({"Bucket": "logs", "ContinuationToken": "!!"})
        )
        .code,
        "InvalidArgument"
    );
    // ListObjects (v1): Marker; NextMarker only with a delimiter; Owner always.
    let v1 = s3(
        &mut w,
        "ListObjects",
        json!({"Bucket": "logs", "MaxKeys": 2}),
    );
    assert_eq!(v1["IsTruncated"], true);
    assert!(v1.get("NextMarker").is_none());
    assert!(v1["Contents"][0]["Owner"]["ID"].is_string());
    let v1 = s3(
        &mut w,
        "ListObjects",
        json!({"Bucket": "logs", "Marker": "b/2.txt", "Delimiter": "/", "MaxKeys": 1}),
    );
    assert_eq!(v1["CommonPrefixes"], json!([{"Prefix": "c/"}]));
    assert_eq!(v1["NextMarker"], "c/");
    let v1 = s3(
        &mut w,
        "ListObjects",
        json!({"Bucket": "logs", "Marker": "c/", "Delimiter": "/"}),
    );
    assert_eq!(v1["Contents"][0]["Key"], "d.txt");
    let zero = s3(
        &mut w,
        "ListObjectsV2",
        json!({"Bucket": "logs", "MaxKeys": 0}),
    );
    assert_eq!(zero["KeyCount"], 0);
}

#[test]
fn notifications_to_a_queue_with_key_filters() {
    let mut w = World::new(4);
    s3(&mut w, "CreateBucket", json!({"Bucket": "uploads"}));
    let (url, arn) = queue(&mut w, "events", Some("uploads"));
    s3(
        &mut w,
        "PutBucketNotificationConfiguration",
        json!({"Bucket": "uploads", "NotificationConfiguration": {
        "QueueConfigurations": [queue_config(&arn, &["s3:ObjectCreated:*"], Some("images/"), Some(".jpg")),
                                queue_config(&arn, &["s3:ObjectRemoved:*"], None, None)]}}),
    );
    // The destination test landed in the queue.
    let test = bodies(&mut w, &url);
    assert_eq!(test.len(), 1);
    assert_eq!(test[0]["Event"], "s3:TestEvent");
    assert_eq!(test[0]["Bucket"], "uploads");
    let got = s3(
        &mut w,
        "GetBucketNotificationConfiguration",
        json!({"Bucket": "uploads"}),
    );
    assert_eq!(
        got["QueueConfigurations"][0]["Filter"]["Key"]["FilterRules"],
        json!([{"Name": "Prefix", "Value": "images/"}, {"Name": "Suffix", "Value": ".jpg"}])
    );
    assert!(!got["QueueConfigurations"][0]["Id"]
        .as_str()
        .unwrap()
        .is_empty());

    w.sleep_ms(5_000);
    put(&mut w, "uploads", "images/cat photo.jpg", "meow");
    put(&mut w, "uploads", "images/cat.png", "no");
    put(&mut w, "uploads", "docs/cat.jpg", "no");
    let msgs = bodies(&mut w, &url);
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    let r = &msgs[0]["Records"][0];
    assert_eq!(r["eventVersion"], "2.1");
    assert_eq!(r["eventSource"], "aws:s3");
    assert_eq!(r["awsRegion"], "us-east-1");
    assert_eq!(r["eventName"], "ObjectCreated:Put");
    assert_eq!(r["eventTime"], "2026-01-01T00:00:05.000Z");
    assert_eq!(r["s3"]["s3SchemaVersion"], "1.0");
    assert_eq!(
        r["s3"]["configurationId"],
        got["QueueConfigurations"][0]["Id"]
    );
    assert_eq!(r["s3"]["bucket"]["name"], "uploads");
    assert_eq!(r["s3"]["bucket"]["arn"], "arn:aws:s3:::uploads");
    assert_eq!(r["s3"]["object"]["key"], "images/cat+photo.jpg");
    assert_eq!(r["s3"]["object"]["size"], 4);
    assert_eq!(
        r["s3"]["object"]["eTag"],
        switchyard::util::md5_hex(b"meow")
    );
    assert!(r["s3"]["object"]["sequencer"].is_string());
    // Copy and delete events.
    s3(
        &mut w,
        "CopyObject",
        json!({"Bucket": "uploads", "Key": "images/dog.jpg", "CopySource": "uploads/images/cat.png"}),
    );
    s3(
        &mut w,
        "DeleteObject",
        json!({"Bucket": "uploads", "Key": "docs/cat.jpg"}),
    );
    let msgs = bodies(&mut w, &url);
    let names: Vec<&str> = msgs
        .iter()
        .map(|m| m["Records"][0]["eventName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ObjectCreated:Copy", "ObjectRemoved:Delete"]);
    assert!(msgs[1]["Records"][0]["s3"]["object"].get("size").is_none());
}

#[test]
fn overlapping_configurations_are_refused() {
    let mut w = World::new(5);
    s3(&mut w, "CreateBucket", json!({"Bucket": "media"}));
    let (_, a) = queue(&mut w, "qa", Some("media"));
    let (_, b) = queue(&mut w, "qb", Some("media"));
    let put_conf = |w: &mut World, confs: Vec<Value>| {
        call(
            w,
            Service::S3,
            "PutBucketNotificationConfiguration",
            json!({"Bucket": "media", "NotificationConfiguration": {"QueueConfigurations": confs}}),
        )
    };
    let e = put_conf(
        &mut w,
        vec![
            queue_config(&a, &["s3:ObjectCreated:*"], None, None),
            queue_config(&b, &["s3:ObjectCreated:Put"], None, None),
        ],
    )
    .unwrap_err();
    assert_eq!(e.code, "InvalidArgument");
    assert_eq!(e.message, "Configurations overlap. Configurations on the same bucket cannot share a common event type.");
    let e = put_conf(
        &mut w,
        vec![
            queue_config(&a, &["s3:ObjectCreated:Put"], Some("images/"), None),
            queue_config(&b, &["s3:ObjectCreated:Put"], Some("images/raw/"), None),
        ],
    )
    .unwrap_err();
    assert!(
        e.message
            .starts_with("Configuration is ambiguously defined"),
        "{}",
        e.message
    );
    let e = put_conf(
        &mut w,
        vec![
            queue_config(&a, &["s3:ObjectCreated:Put"], Some("images/"), None),
            queue_config(&b, &["s3:ObjectCreated:Put"], None, Some(".jpg")),
        ],
    )
    .unwrap_err();
    assert_eq!(e.code, "InvalidArgument");
    // Disjoint prefixes, disjoint suffixes, or different event types are fine.
    put_conf(
        &mut w,
        vec![
            queue_config(&a, &["s3:ObjectCreated:*"], Some("images/"), None),
            queue_config(&b, &["s3:ObjectCreated:*"], Some("logs/"), None),
        ],
    )
    .unwrap();
    put_conf(
        &mut w,
        vec![
            queue_config(&a, &["s3:ObjectCreated:*"], Some("images/"), Some(".jpg")),
            queue_config(&b, &["s3:ObjectCreated:*"], Some("images/"), Some(".png")),
        ],
    )
    .unwrap();
    put_conf(
        &mut w,
        vec![
            queue_config(&a, &["s3:ObjectCreated:*"], None, None),
            queue_config(&b, &["s3:ObjectRemoved:*"], None, None),
        ],
    )
    .unwrap();
    // Validation of events and filter rules.
    let e = put_conf(
        &mut w,
        vec![queue_config(&a, &["s3:ObjectCreated:Upload"], None, None)],
    )
    .unwrap_err();
    assert_eq!(e.message, "The event is not supported for notifications");
    let mut c = queue_config(&a, &["s3:ObjectCreated:*"], Some("a"), None);
    c["Filter"]["Key"]["FilterRules"]
        .as_array_mut()
        .unwrap()
        .push(json!({"Name": "Prefix", "Value": "b"}));
    let e = put_conf(&mut w, vec![c]).unwrap_err();
    assert_eq!(
        e.message,
        "Cannot specify more than one prefix rule in a filter."
    );
    // A function that does not exist cannot be validated; EventBridge is
    // refused by name.
    let e = call(&mut w, Service::S3, "PutBucketNotificationConfiguration", json!({"Bucket": "media", "NotificationConfiguration": {
        "LambdaFunctionConfigurations": [{"LambdaFunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:f", "Events": ["s3:ObjectCreated:*"]}]}})).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        (
            "InvalidArgument",
            "Unable to validate the following destination configurations"
        )
    );
    let e = call(
        &mut w,
        Service::S3,
        "PutBucketNotificationConfiguration",
        json!({"Bucket": "media", "NotificationConfiguration": {
        "EventBridgeConfiguration": {}}}),
    )
    .unwrap_err();
    assert_eq!(e.code, "NotImplemented");
}

#[test]
fn destination_validation_needs_a_queue_policy_that_allows_the_bucket() {
    let mut w = World::new(6);
    s3(&mut w, "CreateBucket", json!({"Bucket": "inbox"}));
    let (_, open) = queue(&mut w, "allowed", Some("inbox"));
    let (_, closed) = queue(&mut w, "no-policy", None);
    let (_, other) = queue(&mut w, "other-bucket", Some("someone-else"));
    let e = call(
        &mut w,
        Service::S3,
        "PutBucketNotificationConfiguration",
        json!({"Bucket": "inbox", "NotificationConfiguration": {"QueueConfigurations": [
        queue_config(&open, &["s3:ObjectCreated:*"], Some("a/"), None),
        queue_config(&closed, &["s3:ObjectCreated:*"], Some("b/"), None),
        queue_config(&other, &["s3:ObjectCreated:*"], Some("c/"), None)]}}),
    )
    .unwrap_err();
    assert_eq!(e.code, "InvalidArgument");
    assert_eq!(
        e.message,
        "Unable to validate the following destination configurations"
    );
    let names: Vec<&str> = e
        .extra
        .iter()
        .filter(|(k, _)| k.starts_with("ArgumentName"))
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(names, [closed.as_str(), other.as_str()]);
    // Nothing was stored.
    assert_eq!(
        s3(
            &mut w,
            "GetBucketNotificationConfiguration",
            json!({"Bucket": "inbox"})
        ),
        json!({})
    );
    // Skipping validation stores it; deliveries to the closed queue then fail, journaled.
    s3(
        &mut w,
        "PutBucketNotificationConfiguration",
        json!({"Bucket": "inbox", "SkipDestinationValidation": true,
        "NotificationConfiguration": {"QueueConfigurations": [queue_config(&closed, &["s3:ObjectCreated:*"], None, None)]}}),
    );
    put(&mut w, "inbox", "x", "y");
    let failed = w.sim.journal.entries().any(|e| matches!(&e.event, switchyard::sim::Event::S3(switchyard::s3::S3Event::NotificationFailed { reason, .. }) if reason.contains("AccessDenied")));
    assert!(failed);
    // A queue in another Region than the bucket is refused in S3's words for
    // it (quoted from AWS in cloud-custodian issue 1720).
    let eu = Caller {
        account_id: ACCOUNT.into(),
        region: "eu-west-1".into(),
        trace_header: None,
        anonymous: false,
    };
    call_as(
        &mut w,
        &eu,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "far"}),
    )
    .unwrap();
    let e = call(&mut w, Service::S3, "PutBucketNotificationConfiguration", json!({"Bucket": "inbox", "NotificationConfiguration": {"QueueConfigurations": [
        queue_config("arn:aws:sqs:eu-west-1:123456789012:far", &["s3:ObjectCreated:*"], None, None)]}})).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        (
            "InvalidArgument",
            "The notification destination service region is not valid for the bucket location constraint"
        )
    );
    // A queue that does not exist fails validation.
    let e = call(&mut w, Service::S3, "PutBucketNotificationConfiguration", json!({"Bucket": "inbox", "NotificationConfiguration": {"QueueConfigurations": [
        queue_config("arn:aws:sqs:us-east-1:123456789012:ghost", &["s3:ObjectCreated:*"], None, None)]}})).unwrap_err();
    assert_eq!(
        e.message,
        "Unable to validate the following destination configurations"
    );
}

#[test]
fn notifications_through_a_topic_fan_out_to_queues() {
    let mut w = World::new(7);
    s3(&mut w, "CreateBucket", json!({"Bucket": "reports"}));
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "uploads"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let conf = json!({"Bucket": "reports", "NotificationConfiguration": {"TopicConfigurations": [{"TopicArn": topic, "Events": ["s3:ObjectCreated:*"]}]}});
    let refused = |w: &mut World| {
        let e = call(
            w,
            Service::S3,
            "PutBucketNotificationConfiguration",
            conf.clone(),
        )
        .unwrap_err();
        assert_eq!(
            e.message,
            "Unable to validate the following destination configurations"
        );
    };
    // The default topic policy (the owner's account, by AWS:SourceOwner) does
    // not let S3 publish: it needs a statement for the S3 service principal.
    refused(&mut w);
    // A topic policy that allows S3 only for another bucket: validation fails.
    let elsewhere = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"},
        "Action": "SNS:Publish", "Resource": topic, "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::other"}}}]});
    sns(
        &mut w,
        "SetTopicAttributes",
        json!({"TopicArn": topic, "AttributeName": "Policy", "AttributeValue": elsewhere.to_string()}),
    );
    refused(&mut w);
    let policy = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"},
        "Action": "SNS:Publish", "Resource": topic, "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::reports"}}}]});
    sns(
        &mut w,
        "SetTopicAttributes",
        json!({"TopicArn": topic, "AttributeName": "Policy", "AttributeValue": policy.to_string()}),
    );
    // Two queues subscribed, each allowing the topic.
    let mut urls = vec![];
    for name in ["q1", "q2"] {
        let arn = format!("arn:aws:sqs:us-east-1:{ACCOUNT}:{name}");
        let qp = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"},
            "Action": "sqs:SendMessage", "Resource": arn, "Condition": {"ArnEquals": {"aws:SourceArn": topic}}}]});
        let url = sqs(
            &mut w,
            "CreateQueue",
            json!({"QueueName": name, "Attributes": {"Policy": qp.to_string()}}),
        )["QueueUrl"]
            .as_str()
            .unwrap()
            .to_string();
        sns(
            &mut w,
            "Subscribe",
            json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": arn}),
        );
        urls.push(url);
    }
    s3(&mut w, "PutBucketNotificationConfiguration", conf);
    for u in &urls {
        let env = bodies(&mut w, u);
        assert_eq!(env.len(), 1);
        assert_eq!(env[0]["Subject"], "Amazon S3 Notification");
        let test: Value = serde_json::from_str(env[0]["Message"].as_str().unwrap()).unwrap();
        assert_eq!(test["Event"], "s3:TestEvent");
    }
    put(&mut w, "reports", "2026/q1.csv", "a,b");
    for u in &urls {
        let env = bodies(&mut w, u);
        assert_eq!(env.len(), 1);
        let event: Value = serde_json::from_str(env[0]["Message"].as_str().unwrap()).unwrap();
        assert_eq!(event["Records"][0]["eventName"], "ObjectCreated:Put");
        assert_eq!(event["Records"][0]["s3"]["object"]["key"], "2026/q1.csv");
    }
}

#[test]
fn a_world_with_buckets_saves_and_restores_exactly() {
    let mut w = World::new(8);
    s3(&mut w, "CreateBucket", json!({"Bucket": "keep"}));
    put(&mut w, "keep", "bin", "\u{0}\u{1}binary");
    let saved = serde_json::to_string(&w).unwrap();
    let mut back: World = serde_json::from_str(&saved).unwrap();
    back.check_invariants();
    assert_eq!(
        s3(
            &mut back,
            "GetObject",
            json!({"Bucket": "keep", "Key": "bin"})
        )["Body"],
        switchyard::util::b64_encode(b"\0\x01binary")
    );
    assert_eq!(serde_json::to_string(&back).unwrap(), saved);
}

#[test]
fn multipart_uploads() {
    let mut w = World::new(10);
    s3(&mut w, "CreateBucket", json!({"Bucket": "big"}));
    let (url, arn) = queue(&mut w, "mpu-events", Some("big"));
    s3(
        &mut w,
        "PutBucketNotificationConfiguration",
        json!({"Bucket": "big", "NotificationConfiguration": {
        "QueueConfigurations": [queue_config(&arn, &["s3:ObjectCreated:CompleteMultipartUpload"], None, None)]}}),
    );
    bodies(&mut w, &url);
    let id = s3(
        &mut w,
        "CreateMultipartUpload",
        json!({"Bucket": "big", "Key": "video", "ContentType": "video/mp4"}),
    )["UploadId"]
        .as_str()
        .unwrap()
        .to_string();
    let five_mib = vec![7u8; 5 * 1024 * 1024];
    let part = |w: &mut World, n: i64, body: &[u8]| {
        s3(w, "UploadPart", json!({"Bucket": "big", "Key": "video", "UploadId": id, "PartNumber": n, "Body": switchyard::util::b64_encode(body)}))["ETag"].clone()
    };
    let e1 = part(&mut w, 1, &five_mib);
    let e2 = part(&mut w, 2, b"tail");
    let small = part(&mut w, 3, b"tiny");
    assert_eq!(
        s3_err(
            &mut w,
            "UploadPart",
            json!({"Bucket": "big", "Key": "video", "UploadId": id, "PartNumber": 10001})
        )
        .code,
        "InvalidArgument"
    );
    assert_eq!(
        s3_err(
            &mut w,
            "UploadPart",
            json!({"Bucket": "big", "Key": "video", "UploadId": "nope", "PartNumber": 1})
        )
        .code,
        "NoSuchUpload"
    );
    let listed = s3(
        &mut w,
        "ListParts",
        json!({"Bucket": "big", "Key": "video", "UploadId": id, "MaxParts": 2}),
    );
    assert_eq!(listed["Parts"].as_array().unwrap().len(), 2);
    assert_eq!(listed["IsTruncated"], true);
    assert_eq!(listed["NextPartNumberMarker"], 2);
    assert!(listed["Initiator"]["ID"].is_string() && listed["Owner"]["ID"].is_string());
    let past = s3(
        &mut w,
        "ListParts",
        json!({"Bucket": "big", "Key": "video", "UploadId": id, "PartNumberMarker": 10}),
    );
    assert_eq!(
        past["NextPartNumberMarker"], 0,
        "none listed: 0, as AWS says"
    );
    let complete = |w: &mut World, parts: Value| {
        call(
            w,
            Service::S3,
            "CompleteMultipartUpload",
            json!({"Bucket": "big", "Key": "video", "UploadId": id, "MultipartUpload": {"Parts": parts}}),
        )
    };
    // Out of order, a wrong ETag, a small part that is not the last: refused.
    assert_eq!(
        complete(
            &mut w,
            json!([{"PartNumber": 2, "ETag": e2}, {"PartNumber": 1, "ETag": e1}])
        )
        .unwrap_err()
        .code,
        "InvalidPartOrder"
    );
    let extra = |e: &switchyard::AwsError, k: &str| {
        e.extra
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let e = complete(&mut w, json!([{"PartNumber": 1, "ETag": "\"00\""}])).unwrap_err();
    assert_eq!(e.code, "InvalidPart");
    assert_eq!(
        (
            extra(&e, "UploadId"),
            extra(&e, "ETag"),
            extra(&e, "PartNumber")
        ),
        (id.clone(), "00".to_string(), "1".to_string())
    );
    let e = complete(
        &mut w,
        json!([{"PartNumber": 2, "ETag": e2}, {"PartNumber": 3, "ETag": small}]),
    )
    .unwrap_err();
    assert_eq!(e.code, "EntityTooSmall");
    assert_eq!(
        e.message,
        "Your proposed upload is smaller than the minimum allowed size"
    );
    assert_eq!(
        (
            extra(&e, "ProposedSize"),
            extra(&e, "MinSizeAllowed"),
            extra(&e, "PartNumber")
        ),
        ("4".to_string(), "5242880".to_string(), "2".to_string())
    );
    let e = complete(&mut w, json!([])).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        ("InvalidRequest", "You must specify at least one part")
    );
    let done = complete(
        &mut w,
        json!([{"PartNumber": 1, "ETag": e1}, {"PartNumber": 2, "ETag": e2}]),
    )
    .unwrap();
    let mut digests = switchyard::util::md5_hex(&five_mib);
    digests.push_str(&switchyard::util::md5_hex(b"tail"));
    let bytes: Vec<u8> = (0..digests.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&digests[i..i + 2], 16).unwrap())
        .collect();
    assert_eq!(
        done["ETag"],
        format!("\"{}-2\"", switchyard::util::md5_hex(&bytes))
    );
    // Created with no algorithm: S3's default, a full-object CRC64NVME.
    assert!(done["ChecksumCRC64NVME"].is_string(), "{done}");
    assert_eq!(done["ChecksumType"], "FULL_OBJECT");
    // Location is the object's URL, as AWS answers it in us-east-1.
    assert_eq!(done["Location"], "https://big.s3.amazonaws.com/video");
    let head = s3(
        &mut w,
        "HeadObject",
        json!({"Bucket": "big", "Key": "video"}),
    );
    assert_eq!(head["ContentLength"], 5 * 1024 * 1024 + 4);
    assert_eq!(head["ContentType"], "video/mp4");
    // The upload is gone; its event arrived.
    assert_eq!(
        s3_err(
            &mut w,
            "ListParts",
            json!({"Bucket": "big", "Key": "video", "UploadId": id})
        )
        .code,
        "NoSuchUpload"
    );
    let events = bodies(&mut w, &url);
    assert_eq!(events.len(), 1);
    assert_eq!(
        events[0]["Records"][0]["eventName"],
        "ObjectCreated:CompleteMultipartUpload"
    );
    // Abort.
    let id2 = s3(
        &mut w,
        "CreateMultipartUpload",
        json!({"Bucket": "big", "Key": "x"}),
    )["UploadId"]
        .as_str()
        .unwrap()
        .to_string();
    s3(
        &mut w,
        "AbortMultipartUpload",
        json!({"Bucket": "big", "Key": "x", "UploadId": id2}),
    );
    assert_eq!(
        s3_err(
            &mut w,
            "AbortMultipartUpload",
            json!({"Bucket": "big", "Key": "x", "UploadId": id2})
        )
        .code,
        "NoSuchUpload"
    );
}

/// What LocalStack's AWS-validated S3 tests recorded, beyond the basics:
/// entity tags matched with or without quotes, a copy onto itself made legal
/// by a storage class, storage classes of other kinds of bucket, a marker
/// inside a common prefix, empty continuation tokens, Regions that are none,
/// listed checksums, and the fields of range and digest errors.
#[test]
fn recorded_edge_cases_answer_as_aws() {
    let mut w = World::new(4);
    s3(&mut w, "CreateBucket", json!({"Bucket": "edge"}));
    let out = put(&mut w, "edge", "k", "hello world");
    let etag = out["ETag"].as_str().unwrap().to_string();
    let bare = etag.trim_matches('"').to_string();
    // Entity tags without their quotes.
    let e = s3_err(
        &mut w,
        "GetObject",
        json!({"Bucket": "edge", "Key": "k", "IfNoneMatch": bare}),
    );
    assert_eq!(e.status, 304);
    s3(
        &mut w,
        "GetObject",
        json!({"Bucket": "edge", "Key": "k", "IfMatch": bare}),
    );
    let e = s3_err(
        &mut w,
        "CopyObject",
        json!({"Bucket": "edge", "Key": "c", "CopySource": "edge/k", "CopySourceIfNoneMatch": bare}),
    );
    assert_eq!(e.status, 412);
    let copied = s3(
        &mut w,
        "CopyObject",
        json!({"Bucket": "edge", "Key": "c", "CopySource": "edge/k", "CopySourceIfMatch": bare}),
    );
    assert!(copied["CopyObjectResult"].get("ChecksumType").is_none());
    // Onto itself: illegal unless something changes; a storage class counts.
    let e = s3_err(
        &mut w,
        "CopyObject",
        json!({"Bucket": "edge", "Key": "k", "CopySource": "edge/k"}),
    );
    assert_eq!(e.code, "InvalidRequest");
    s3(
        &mut w,
        "CopyObject",
        json!({"Bucket": "edge", "Key": "k", "CopySource": "edge/k", "StorageClass": "STANDARD"}),
    );
    // Storage classes: another kind of bucket's, or none at all.
    for class in ["OUTPOSTS", "FOO"] {
        let e = s3_err(
            &mut w,
            "PutObject",
            json!({"Bucket": "edge", "Key": "x", "StorageClass": class}),
        );
        assert_eq!((e.code.as_str(), e.status), ("InvalidStorageClass", 400));
        assert!(e
            .extra
            .contains(&("StorageClassRequested".into(), class.into())));
    }
    // Errors' fields.
    let e = s3_err(
        &mut w,
        "GetObject",
        json!({"Bucket": "edge", "Key": "k", "Range": "bytes=1024-4096"}),
    );
    assert!(e
        .extra
        .contains(&("RangeRequested".into(), "bytes=1024-4096".into())));
    let e = s3_err(
        &mut w,
        "PutObject",
        json!({"Bucket": "edge", "Key": "x", "Body": "", "ContentMD5": "000"}),
    );
    assert_eq!(e.message, "The Content-MD5 you specified was invalid.");
    assert!(e.extra.contains(&("Content-MD5".into(), "000".into())));
    // A range covering the whole object still carries its checksum.
    let whole = s3(
        &mut w,
        "GetObject",
        json!({"Bucket": "edge", "Key": "k", "Range": "bytes=0-100", "ChecksumMode": "ENABLED"}),
    );
    assert!(whole["ChecksumCRC64NVME"].is_string(), "{whole}");
    // Listing: the checksum's algorithm; a marker inside a common prefix.
    for key in [
        "folder/aSubfolder/subFile1",
        "folder/aSubfolder/subFile2",
        "folder/file1",
        "folder/file2",
    ] {
        put(&mut w, "edge", key, "x");
    }
    let v2 = s3(
        &mut w,
        "ListObjectsV2",
        json!({"Bucket": "edge", "Prefix": "folder/file1"}),
    );
    assert_eq!(v2["Contents"][0]["ChecksumAlgorithm"], json!(["CRC64NVME"]));
    assert_eq!(v2["Contents"][0]["ChecksumType"], "FULL_OBJECT");
    let v1 = s3(
        &mut w,
        "ListObjects",
        json!({"Bucket": "edge", "Prefix": "folder/", "Delimiter": "/", "MaxKeys": 1, "Marker": "folder/aSubfolder/subFile1"}),
    );
    assert!(v1.get("CommonPrefixes").is_none(), "{v1}");
    assert_eq!(v1["Contents"][0]["Key"], "folder/file1");
    let e = s3_err(
        &mut w,
        "ListObjectsV2",
        json!({"Bucket": "edge", "ContinuationToken": ""}),
    );
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        (
            "InvalidArgument",
            "The continuation token provided is incorrect"
        )
    );
    let e = s3_err(&mut w, "ListBuckets", json!({"BucketRegion": "eu-east-1"}));
    assert_eq!(
        e.message,
        "Argument value eu-east-1 is not a valid AWS Region"
    );
    s3(&mut w, "ListBuckets", json!({"BucketRegion": "eu-west-1"}));
    let e = s3_err(
        &mut w,
        "PutBucketNotificationConfiguration",
        json!({"Bucket": "edge", "NotificationConfiguration": {"QueueConfigurations": [{"QueueArn": "invalid-queue", "Events": ["s3:ObjectCreated:*"]}]}}),
    );
    assert_eq!(e.message, "The ARN could not be parsed");
    assert!(e.extra.contains(&("ArgumentName".into(), "Queue".into())));
}

/// A multipart upload created with a checksum algorithm: its parts must carry
/// that checksum, the completion must name each, and the object's checksum is
/// the composite of theirs (`-N`), as AWS recorded it.
#[test]
fn multipart_uploads_with_composite_checksums() {
    use sha2::{Digest, Sha256};
    let mut w = World::new(5);
    s3(&mut w, "CreateBucket", json!({"Bucket": "sums"}));
    let e = s3_err(
        &mut w,
        "CreateMultipartUpload",
        json!({"Bucket": "sums", "Key": "k", "ChecksumAlgorithm": "CRC64NVME", "ChecksumType": "COMPOSITE"}),
    );
    assert_eq!(e.code, "InvalidRequest");
    let created = s3(
        &mut w,
        "CreateMultipartUpload",
        json!({"Bucket": "sums", "Key": "k", "ChecksumAlgorithm": "SHA256"}),
    );
    assert_eq!(
        (&created["ChecksumAlgorithm"], &created["ChecksumType"]),
        (&json!("SHA256"), &json!("COMPOSITE"))
    );
    let id = created["UploadId"].as_str().unwrap().to_string();
    let five_mib = vec![b'a'; 5 * 1024 * 1024];
    let b64 = switchyard::util::b64_encode;
    let e = s3_err(
        &mut w,
        "UploadPart",
        json!({"Bucket": "sums", "Key": "k", "UploadId": id, "PartNumber": 1, "Body": b64(&five_mib)}),
    );
    assert_eq!(
        e.message,
        "Checksum Type mismatch occurred, expected checksum Type: sha256, actual checksum Type: null"
    );
    let mut raw = Vec::new();
    let mut parts = Vec::new();
    for (n, body) in [(1, &five_mib[..]), (2, &b"tail"[..])] {
        let digest = Sha256::digest(body);
        raw.extend_from_slice(&digest);
        let sum = b64(&digest);
        let out = s3(
            &mut w,
            "UploadPart",
            json!({"Bucket": "sums", "Key": "k", "UploadId": id, "PartNumber": n, "Body": b64(body), "ChecksumSHA256": sum}),
        );
        parts.push(json!({"PartNumber": n, "ETag": out["ETag"], "ChecksumSHA256": sum}));
    }
    let listed = s3(
        &mut w,
        "ListParts",
        json!({"Bucket": "sums", "Key": "k", "UploadId": id}),
    );
    assert_eq!(listed["ChecksumAlgorithm"], "SHA256");
    assert_eq!(
        listed["Parts"][1]["ChecksumSHA256"],
        parts[1]["ChecksumSHA256"]
    );
    let bare: Vec<Value> = parts
        .iter()
        .map(|p| json!({"PartNumber": p["PartNumber"], "ETag": p["ETag"]}))
        .collect();
    let e = s3_err(
        &mut w,
        "CompleteMultipartUpload",
        json!({"Bucket": "sums", "Key": "k", "UploadId": id, "MultipartUpload": {"Parts": bare}}),
    );
    assert_eq!(e.message, "The upload was created using a sha256 checksum. The complete request must include the checksum for each part. It was missing for part 1 in the request.");
    let done = s3(
        &mut w,
        "CompleteMultipartUpload",
        json!({"Bucket": "sums", "Key": "k", "UploadId": id, "MultipartUpload": {"Parts": parts}}),
    );
    let composite = format!("{}-2", b64(&Sha256::digest(&raw)));
    assert_eq!(done["ChecksumSHA256"], composite);
    assert_eq!(done["ChecksumType"], "COMPOSITE");
    let head = s3(
        &mut w,
        "HeadObject",
        json!({"Bucket": "sums", "Key": "k", "ChecksumMode": "ENABLED"}),
    );
    assert_eq!(
        (&head["ChecksumSHA256"], &head["ChecksumType"]),
        (&json!(composite), &json!("COMPOSITE"))
    );
}

/// A delete is notified whether or not its key held an object (LocalStack's
/// AWS-validated test_delete_objects), and an event caused by a request with
/// an X-Ray trace header carries it into the queue's message as
/// AWSTraceHeader (test_xray_header).
#[test]
fn deletes_of_missing_keys_are_notified_and_trace_headers_travel() {
    let mut w = World::new(21);
    s3(&mut w, "CreateBucket", json!({"Bucket": "events"}));
    let (url, arn) = queue(&mut w, "events-q", Some("events"));
    s3(
        &mut w,
        "PutBucketNotificationConfiguration",
        json!({"Bucket": "events", "NotificationConfiguration": {"QueueConfigurations": [
            queue_config(&arn, &["s3:ObjectCreated:*", "s3:ObjectRemoved:*"], None, None)]}}),
    );
    receive_all(&mut w, &url); // the s3:TestEvent
    put(&mut w, "events", "k", "v");
    receive_all(&mut w, &url);
    s3(
        &mut w,
        "DeleteObjects",
        json!({"Bucket": "events", "Delete": {"Quiet": true,
            "Objects": [{"Key": "k"}, {"Key": "dummy1"}, {"Key": "dummy2"}]}}),
    );
    let mut got: Vec<(String, String)> = bodies(&mut w, &url)
        .iter()
        .map(|b| {
            let r = &b["Records"][0];
            (
                r["eventName"].as_str().unwrap().to_string(),
                r["s3"]["object"]["key"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    got.sort();
    let removed = |k: &str| ("ObjectRemoved:Delete".to_string(), k.to_string());
    assert_eq!(
        got,
        vec![removed("dummy1"), removed("dummy2"), removed("k")]
    );

    let trace = "Root=1-3152b799-8954dae64eda91bc9a23a7e8;Parent=7fa8c0f79203be72;Sampled=1";
    let traced = Caller {
        trace_header: Some(trace.into()),
        ..Caller::default()
    };
    call_as(
        &mut w,
        &traced,
        Service::S3,
        "PutObject",
        json!({"Bucket": "events", "Key": "traced", "Body": switchyard::util::b64_encode(b"x")}),
    )
    .unwrap();
    w.sqs.settings.short_poll_sampling = false;
    let got = sqs(
        &mut w,
        "ReceiveMessage",
        json!({"QueueUrl": url, "MessageSystemAttributeNames": ["AWSTraceHeader"]}),
    );
    assert_eq!(got["Messages"][0]["Attributes"]["AWSTraceHeader"], trace);
}
