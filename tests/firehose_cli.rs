//! Firehose through the front doors: the CLI that `switchyard run` and the page
//! console share (`aws firehose ...`, shorthand and JSON arguments, blobs as
//! the AWS CLI v2 takes them), and AWS JSON 1.1 (`Firehose_20150804.*`) through
//! `protocol::handle`, errors as `{"__type", "message"}`.

use serde_json::{json, Value};
use switchyard::cli::{execute, words, CliResult};
use switchyard::protocol::{self, Handled, HttpRequest};
use switchyard::World;

fn run(w: &mut World, line: &str) -> CliResult {
    let r = execute(w, &words::split(line).unwrap());
    w.check_invariants();
    r
}

fn wire(w: &mut World, op: &str, body: Value) -> (u16, Value) {
    let req = HttpRequest {
        method: "POST".into(),
        url: "/".into(),
        headers: vec![
            ("X-Amz-Target".into(), format!("Firehose_20150804.{op}")),
            ("Content-Type".into(), "application/x-amz-json-1.1".into()),
        ],
        body: body.to_string().into_bytes(),
    };
    match protocol::handle(w, &req) {
        Handled::Done(r) => {
            assert_eq!(r.header("content-type"), Some("application/x-amz-json-1.1"));
            (
                r.status,
                serde_json::from_slice(&r.body).unwrap_or(Value::Null),
            )
        }
        Handled::Pending { .. } => panic!("firehose never parks"),
    }
}

#[test]
fn cli_creates_puts_and_delivers() {
    let mut w = World::new(1);
    assert_eq!(
        run(&mut w, "aws s3api create-bucket --bucket demo-bucket").exit_code,
        0
    );
    let r = run(
        &mut w,
        "aws firehose create-delivery-stream --delivery-stream-name demo --extended-s3-destination-configuration RoleARN=arn:aws:iam::123456789012:role/r,BucketARN=arn:aws:s3:::demo-bucket,BufferingHints={SizeInMBs=1,IntervalInSeconds=60}",
    );
    assert_eq!(r.exit_code, 0, "{}", r.stderr());
    assert!(r
        .stdout()
        .contains("arn:aws:firehose:us-east-1:123456789012:deliverystream/demo"));
    w.sleep_ms(5_000);
    let r = run(
        &mut w,
        "aws firehose describe-delivery-stream --delivery-stream-name demo",
    );
    let out = r.stdout();
    assert!(
        out.contains("\"DeliveryStreamStatus\": \"ACTIVE\""),
        "{out}"
    );
    assert!(
        out.contains("\"CreateTimestamp\": \"2026-01-01T00:00:00+00:00\""),
        "{out}"
    );
    let r = run(
        &mut w,
        "aws firehose put-record --delivery-stream-name demo --record Data=hello --cli-binary-format raw-in-base64-out",
    );
    assert_eq!(r.exit_code, 0, "{}", r.stderr());
    assert!(r.output.unwrap()["RecordId"].is_string());
    let r = run(
        &mut w,
        "aws firehose put-record-batch --delivery-stream-name demo --records Data=IHdvcmxk",
    );
    assert_eq!(r.output.unwrap()["FailedPutCount"], 0);
    w.sleep_ms(60_000);
    let r = run(&mut w, "aws s3api list-objects-v2 --bucket demo-bucket");
    let out = r.output.unwrap();
    let key = out["Contents"][0]["Key"].as_str().unwrap();
    assert!(
        key.starts_with("2026/01/01/00/demo-1-2026-01-01-00-01-05-"),
        "{key}"
    );
    let body = &w.s3.bucket("demo-bucket").unwrap().objects[key].body;
    assert_eq!(body, b"hello world");
    let r = run(
        &mut w,
        "aws firehose describe-delivery-stream --delivery-stream-name nope",
    );
    assert_eq!(r.exit_code, 254);
    assert!(
        r.stderr().contains("(ResourceNotFoundException)"),
        "{}",
        r.stderr()
    );
}

#[test]
fn wire_round_trip_and_errors() {
    let mut w = World::new(2);
    let (st, v) = wire(&mut w, "ListDeliveryStreams", json!({}));
    assert_eq!(
        (st, v),
        (
            200,
            json!({"DeliveryStreamNames": [], "HasMoreDeliveryStreams": false})
        )
    );
    let (st, v) = wire(
        &mut w,
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "w", "ExtendedS3DestinationConfiguration": {"RoleARN": "arn:aws:iam::123456789012:role/r", "BucketARN": "arn:aws:s3:::bkt"}}),
    );
    assert_eq!(st, 200, "{v}");
    let (st, v) = wire(
        &mut w,
        "DescribeDeliveryStream",
        json!({"DeliveryStreamName": "nope"}),
    );
    assert_eq!(st, 400);
    assert_eq!(v["__type"], "ResourceNotFoundException");
    let (st, v) = wire(&mut w, "DescribeDeliveryStream", json!({}));
    assert_eq!(st, 400);
    assert_eq!(v["__type"], "ValidationException", "{v}");
    let (st, v) = wire(
        &mut w,
        "PutRecord",
        json!({"DeliveryStreamName": "w", "Record": {"Data": 5}}),
    );
    assert_eq!(st, 400);
    assert_eq!(v["__type"], "SerializationException", "{v}");
    let (st, v) = wire(
        &mut w,
        "StopDeliveryStreamEncryption",
        json!({"DeliveryStreamName": "w"}),
    );
    assert_eq!(st, 501, "{v}");
    let (st, v) = wire(
        &mut w,
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "bad name!", "ExtendedS3DestinationConfiguration": {"RoleARN": "arn:aws:iam::123456789012:role/r", "BucketARN": "arn:aws:s3:::bkt"}}),
    );
    assert_eq!(st, 400);
    assert_eq!(v["__type"], "ValidationException", "{v}");
}
