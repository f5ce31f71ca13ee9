//! Fuzz target: any bytes as an AWS JSON 1.1 request to Firehose (the operation
//! picked by the first byte) against a world that already has a bucket, a
//! Direct PUT delivery stream with a transform and custom prefixes, one writing
//! to a missing bucket, one reading a Kinesis stream, and HTTP endpoint,
//! Redshift and OpenSearch streams whose receivers fail now and then. Whatever comes in, a
//! valid AWS response or AWS error must come out, never a panic, and the
//! engines' invariants must hold afterwards. A second byte moves the clock
//! (0-255 s) so flushes, retries and source polls are reached too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use switchyard::protocol::{self, Handled, HttpRequest};
use switchyard::World;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Some((&wait, body)) = rest.split_first() else { return };
    let spec = switchyard::model::Service::Firehose.spec().expect("firehose is modelled");
    let ops = spec.operations;
    let op = ops[pick as usize % ops.len()].name;
    let mut world = World::new(u64::from(pick));
    world.firehose.settings.functions.insert(
        "arn:aws:lambda:us-east-1:123456789012:function:f".into(),
        switchyard::firehose::SimFunction::failing("x"),
    );
    world.firehose.settings.default_failure_rate_ppm = 300_000;
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
        "aws firehose put-record --delivery-stream-name d --record Data=eHl6",
        "aws firehose put-record --delivery-stream-name h --record Data=eHl6",
        "aws kinesis put-record --stream-name src --partition-key a --data aGk=",
    ] {
        switchyard::runner::run_line(&mut world, 1, line);
    }
    let req = HttpRequest {
        method: "POST".into(),
        url: "/".into(),
        headers: vec![
            ("X-Amz-Target".into(), format!("Firehose_20150804.{op}")),
            ("Content-Type".into(), "application/x-amz-json-1.1".into()),
        ],
        body: body.to_vec(),
    };
    let resp = match protocol::handle(&mut world, &req) {
        Handled::Done(r) => r,
        Handled::Pending { .. } => panic!("Firehose calls never park"),
    };
    assert!(resp.status == 200 || (400..600).contains(&resp.status));
    let v: serde_json::Value = serde_json::from_slice(&resp.body).expect("responses are JSON");
    if resp.status != 200 {
        assert!(v.get("__type").is_some(), "errors carry __type: {v}");
    }
    world.check_invariants();
    world.sleep_ms(u64::from(wait) * 1000);
    world.check_invariants();
});
