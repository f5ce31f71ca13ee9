//! Analytics through the front doors: `aws kinesisanalytics ...` in the CLI
//! that `switchyard run` and the page console share (shorthand and JSON
//! arguments, `file://` not needed), and AWS JSON 1.1
//! (`KinesisAnalytics_20150814.*`) through `protocol::handle`.

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
            (
                "X-Amz-Target".into(),
                format!("KinesisAnalytics_20150814.{op}"),
            ),
            ("Content-Type".into(), "application/x-amz-json-1.1".into()),
        ],
        body: body.to_string().into_bytes(),
    };
    match protocol::handle(w, &req) {
        Handled::Done(r) => (
            r.status,
            serde_json::from_slice(&r.body).unwrap_or(Value::Null),
        ),
        Handled::Pending { .. } => panic!("analytics never parks"),
    }
}

const CODE: &str = "CREATE OR REPLACE STREAM \"DESTINATION_SQL_STREAM\" (ticker VARCHAR(4), n INTEGER); CREATE OR REPLACE PUMP \"STREAM_PUMP\" AS INSERT INTO \"DESTINATION_SQL_STREAM\" SELECT STREAM ticker, COUNT(*) FROM \"SOURCE_SQL_STREAM_001\" GROUP BY ticker, STEP(\"SOURCE_SQL_STREAM_001\".ROWTIME BY INTERVAL '10' SECOND);";

#[test]
fn the_cli_builds_and_runs_a_windowed_count() {
    let mut w = World::new(3);
    for s in ["ticks", "counts"] {
        let r = run(
            &mut w,
            &format!("aws kinesis create-stream --stream-name {s} --shard-count 1"),
        );
        assert_eq!(r.exit_code, 0, "{}", r.stderr());
    }
    w.sleep_ms(1_000);
    let inputs = json!([{
        "NamePrefix": "SOURCE_SQL_STREAM",
        "KinesisStreamsInput": {"ResourceARN": "arn:aws:kinesis:us-east-1:123456789012:stream/ticks", "RoleARN": "arn:aws:iam::123456789012:role/r"},
        "InputSchema": {"RecordFormat": {"RecordFormatType": "JSON", "MappingParameters": {"JSONMappingParameters": {"RecordRowPath": "$"}}},
            "RecordColumns": [{"Name": "TICKER", "Mapping": "$.ticker", "SqlType": "VARCHAR(4)"}]}
    }]);
    let line = format!(
        "aws kinesisanalytics create-application --application-name counter --inputs '{}' --outputs Name=DESTINATION_SQL_STREAM,KinesisStreamsOutput={{ResourceARN=arn:aws:kinesis:us-east-1:123456789012:stream/counts,RoleARN=arn:aws:iam::123456789012:role/r}},DestinationSchema={{RecordFormatType=JSON}} --application-code '{}'",
        inputs, CODE
    );
    let r = run(&mut w, &line);
    assert_eq!(r.exit_code, 0, "{}", r.stderr());
    assert!(
        r.stdout().contains("\"ApplicationStatus\": \"READY\""),
        "{}",
        r.stdout()
    );
    let r = run(
        &mut w,
        "aws kinesisanalytics start-application --application-name counter --input-configurations Id=1.1,InputStartingPositionConfiguration={InputStartingPosition=TRIM_HORIZON}",
    );
    assert_eq!(r.exit_code, 0, "{}", r.stderr());
    w.sleep_ms(10_000);
    let r = run(
        &mut w,
        "aws kinesisanalytics describe-application --application-name counter",
    );
    assert!(
        r.stdout().contains("\"ApplicationStatus\": \"RUNNING\""),
        "{}",
        r.stdout()
    );
    for _ in 0..3 {
        let r = run(&mut w, "aws kinesis put-record --stream-name ticks --partition-key k --data '{\"ticker\":\"AMZN\"}' --cli-binary-format raw-in-base64-out");
        assert_eq!(r.exit_code, 0, "{}", r.stderr());
    }
    w.sleep_ms(12_000);
    let r = run(&mut w, "aws kinesis get-shard-iterator --stream-name counts --shard-id shardId-000000000000 --shard-iterator-type TRIM_HORIZON");
    let it: Value = serde_json::from_str(&r.stdout()).unwrap();
    let r = run(
        &mut w,
        &format!(
            "aws kinesis get-records --shard-iterator {}",
            it["ShardIterator"].as_str().unwrap()
        ),
    );
    let recs: Value = serde_json::from_str(&r.stdout()).unwrap();
    let data = switchyard::util::b64_decode(recs["Records"][0]["Data"].as_str().unwrap()).unwrap();
    assert_eq!(
        String::from_utf8(data).unwrap(),
        r#"{"TICKER":"AMZN","N":3}"#
    );
    // A bad statement is the CLI's error with AWS's code.
    let r = run(&mut w, "aws kinesisanalytics create-application --application-name bad --application-code 'SELECT 1'");
    assert_eq!(r.exit_code, 254);
    assert!(
        r.stderr().contains("CodeValidationException"),
        "{}",
        r.stderr()
    );
}

#[test]
fn the_json_wire_speaks_kinesis_analytics_20150814() {
    let mut w = World::new(1);
    let (status, out) = wire(
        &mut w,
        "CreateApplication",
        json!({"ApplicationName": "w1", "ApplicationCode": ""}),
    );
    assert_eq!(status, 200, "{out}");
    assert_eq!(out["ApplicationSummary"]["ApplicationStatus"], "READY");
    let (status, out) = wire(
        &mut w,
        "DescribeApplication",
        json!({"ApplicationName": "nope"}),
    );
    assert_eq!(status, 400);
    assert_eq!(out["__type"], "ResourceNotFoundException");
    let (status, out) = wire(&mut w, "DescribeApplication", json!({}));
    assert_eq!(status, 400);
    assert_eq!(out["__type"], "ValidationException", "{out}");
    let (status, out) = wire(&mut w, "ListApplications", json!({}));
    assert_eq!(status, 200);
    assert_eq!(out["ApplicationSummaries"][0]["ApplicationName"], "w1");
    assert_eq!(out["HasMoreApplications"], false);
}
