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
    assert_eq!(st, 400, "CREATING: {v}");
    assert_eq!(v["__type"], "ResourceInUseException");
    let (st, v) = wire(
        &mut w,
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "bad name!", "ExtendedS3DestinationConfiguration": {"RoleARN": "arn:aws:iam::123456789012:role/r", "BucketARN": "arn:aws:s3:::bkt"}}),
    );
    assert_eq!(st, 400);
    assert_eq!(v["__type"], "ValidationException", "{v}");
}

/// What the fuzz target `firehose_wire` checks, run natively over seeded
/// mutations of valid requests: never a panic, always an AWS response or
/// error, the invariants kept, through flushes, retries and source polls.
#[test]
fn wire_survives_mutated_requests() {
    use switchyard::sim::SimRng;
    let setup = |seed: u64| {
        let mut w = World::new(seed);
        w.firehose.settings.functions.insert(
            "arn:aws:lambda:us-east-1:123456789012:function:f".into(),
            switchyard::firehose::SimFunction::failing("x"),
        );
        // The other destinations' receivers fail now and then.
        w.firehose.settings.default_failure_rate_ppm = 300_000;
        for line in [
            "aws s3api create-bucket --bucket fuzz-bucket",
            "aws kinesis create-stream --stream-name src --shard-count 1",
            "sleep 1",
            r#"aws firehose create-delivery-stream --delivery-stream-name d --extended-s3-destination-configuration '{"RoleARN":"arn:aws:iam::123456789012:role/r","BucketARN":"arn:aws:s3:::fuzz-bucket","Prefix":"p/!{timestamp:yyyy}/","ErrorOutputPrefix":"e/!{firehose:error-output-type}/","BufferingHints":{"SizeInMBs":1,"IntervalInSeconds":0},"CompressionFormat":"GZIP","ProcessingConfiguration":{"Enabled":true,"Processors":[{"Type":"Lambda","Parameters":[{"ParameterName":"LambdaArn","ParameterValue":"arn:aws:lambda:us-east-1:123456789012:function:f"},{"ParameterName":"BufferIntervalInSeconds","ParameterValue":"0"}]}]}}'"#,
            "aws firehose create-delivery-stream --delivery-stream-name lost --extended-s3-destination-configuration RoleARN=arn:aws:iam::123456789012:role/r,BucketARN=arn:aws:s3:::no-bucket",
            "aws firehose create-delivery-stream --delivery-stream-name k --delivery-stream-type KinesisStreamAsSource --kinesis-stream-source-configuration KinesisStreamARN=arn:aws:kinesis:us-east-1:123456789012:stream/src,RoleARN=arn:aws:iam::123456789012:role/r --extended-s3-destination-configuration RoleARN=arn:aws:iam::123456789012:role/r,BucketARN=arn:aws:s3:::fuzz-bucket",
            r#"aws firehose create-delivery-stream --delivery-stream-name h --http-endpoint-destination-configuration '{"EndpointConfiguration":{"Url":"https://r.example.com/in","AccessKey":"k"},"BufferingHints":{"SizeInMBs":1,"IntervalInSeconds":0},"RetryOptions":{"DurationInSeconds":10},"S3BackupMode":"AllData","S3Configuration":{"RoleARN":"arn:aws:iam::123456789012:role/r","BucketARN":"arn:aws:s3:::fuzz-bucket","ErrorOutputPrefix":"he/"}}'"#,
            r#"aws firehose create-delivery-stream --delivery-stream-name r --redshift-destination-configuration '{"RoleARN":"arn:aws:iam::123456789012:role/r","ClusterJDBCURL":"jdbc:redshift://c.abc.us-east-1.redshift.amazonaws.com:5439/dev","CopyCommand":{"DataTableName":"t","DataTableColumns":"a,b","CopyOptions":"CSV GZIP MAXERROR 1"},"Username":"u","Password":"Secret123","RetryOptions":{"DurationInSeconds":600},"S3Configuration":{"RoleARN":"arn:aws:iam::123456789012:role/r","BucketARN":"arn:aws:s3:::fuzz-bucket","CompressionFormat":"GZIP","BufferingHints":{"SizeInMBs":1,"IntervalInSeconds":0}}}'"#,
            r#"aws firehose create-delivery-stream --delivery-stream-name o --amazonopensearchservice-destination-configuration '{"RoleARN":"arn:aws:iam::123456789012:role/r","DomainARN":"arn:aws:es:us-east-1:123456789012:domain/logs","IndexName":"i","IndexRotationPeriod":"OneWeek","BufferingHints":{"SizeInMBs":1,"IntervalInSeconds":0},"RetryOptions":{"DurationInSeconds":20},"S3Configuration":{"RoleARN":"arn:aws:iam::123456789012:role/r","BucketARN":"arn:aws:s3:::fuzz-bucket"}}'"#,
            "sleep 6",
        ] {
            let r = switchyard::runner::run_line(&mut w, 1, line).unwrap();
            assert!(r.error.is_none(), "{line}: {:?}", r.error);
        }
        w
    };
    let valid = [
        (
            "PutRecord",
            json!({"DeliveryStreamName": "d", "Record": {"Data": "eHl6"}}),
        ),
        (
            "PutRecordBatch",
            json!({"DeliveryStreamName": "lost", "Records": [{"Data": "YQ=="}, {"Data": "Yg=="}]}),
        ),
        (
            "DescribeDeliveryStream",
            json!({"DeliveryStreamName": "k", "Limit": 3}),
        ),
        (
            "ListDeliveryStreams",
            json!({"Limit": 2, "DeliveryStreamType": "DirectPut"}),
        ),
        (
            "UpdateDestination",
            json!({"DeliveryStreamName": "d", "CurrentDeliveryStreamVersionId": "1", "DestinationId": "destinationId-000000000001", "ExtendedS3DestinationUpdate": {"Prefix": "q/!{firehose:random-string}/", "BufferingHints": {"SizeInMBs": 2, "IntervalInSeconds": 5}}}),
        ),
        (
            "CreateDeliveryStream",
            json!({"DeliveryStreamName": "n", "ExtendedS3DestinationConfiguration": {"RoleARN": "arn:aws:iam::123456789012:role/r", "BucketARN": "arn:aws:s3:::fuzz-bucket", "Prefix": "!{timestamp:yyyy-MM}/", "ErrorOutputPrefix": "err/!{firehose:error-output-type}"}}),
        ),
        (
            "TagDeliveryStream",
            json!({"DeliveryStreamName": "d", "Tags": [{"Key": "a", "Value": "b"}]}),
        ),
        (
            "DeleteDeliveryStream",
            json!({"DeliveryStreamName": "lost"}),
        ),
        (
            "PutRecordBatch",
            json!({"DeliveryStreamName": "h", "Records": [{"Data": "YQ=="}, {"Data": "eyJhIjoxfQ=="}]}),
        ),
        (
            "PutRecord",
            json!({"DeliveryStreamName": "r", "Record": {"Data": "MSwyCjMsNAo="}}),
        ),
        (
            "PutRecord",
            json!({"DeliveryStreamName": "o", "Record": {"Data": "eyJhIjoxfQ=="}}),
        ),
        (
            "UpdateDestination",
            json!({"DeliveryStreamName": "r", "CurrentDeliveryStreamVersionId": "1", "DestinationId": "destinationId-000000000001", "RedshiftDestinationUpdate": {"CopyCommand": {"DataTableName": "t2", "CopyOptions": "JSON 'auto'"}, "S3Update": {"CompressionFormat": "UNCOMPRESSED"}}}),
        ),
        (
            "CreateDeliveryStream",
            json!({"DeliveryStreamName": "sp", "SplunkDestinationConfiguration": {"HECEndpoint": "https://s:8088", "HECEndpointType": "Event", "HECToken": "t", "RetryOptions": {"DurationInSeconds": 5}, "S3Configuration": {"RoleARN": "arn:aws:iam::123456789012:role/r", "BucketARN": "arn:aws:s3:::fuzz-bucket"}}}),
        ),
    ];
    for seed in 0..300u64 {
        let mut rng = SimRng::new(seed);
        let mut w = setup(seed);
        for _ in 0..8 {
            let (op, body) = &valid[rng.below(valid.len() as u64) as usize];
            let mut bytes = body.to_string().into_bytes();
            for _ in 0..rng.below(4) {
                if bytes.is_empty() {
                    break;
                }
                let i = rng.below(bytes.len() as u64) as usize;
                match rng.below(3) {
                    0 => bytes[i] = rng.below(256) as u8,
                    1 => bytes.truncate(i),
                    _ => bytes.insert(i, b"{}[]\",:0-"[rng.below(9) as usize]),
                }
            }
            let req = HttpRequest {
                method: "POST".into(),
                url: "/".into(),
                headers: vec![
                    ("X-Amz-Target".into(), format!("Firehose_20150804.{op}")),
                    ("Content-Type".into(), "application/x-amz-json-1.1".into()),
                ],
                body: bytes,
            };
            let resp = match protocol::handle(&mut w, &req) {
                Handled::Done(r) => r,
                Handled::Pending { .. } => panic!("reproduce with seed={seed}: parked"),
            };
            assert!(
                resp.status == 200 || (400..600).contains(&resp.status),
                "reproduce with seed={seed}"
            );
            let v: Value = serde_json::from_slice(&resp.body)
                .unwrap_or_else(|_| panic!("reproduce with seed={seed}: not JSON"));
            if resp.status != 200 {
                assert!(v.get("__type").is_some(), "reproduce with seed={seed}: {v}");
            }
            w.check_invariants();
            w.sleep_ms(rng.below(20_000));
            w.check_invariants();
        }
    }
}
