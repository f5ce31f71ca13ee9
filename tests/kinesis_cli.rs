//! The notes' hands-on Kinesis commands, exactly as written, through the CLI
//! that `switchyard run` and the page console share (AWS CLI v2 behaviour:
//! blobs are base64 unless `--cli-binary-format raw-in-base64-out`; output
//! printed as the CLI prints it, timestamps in ISO 8601, blobs in base64).

use switchyard::cli::{execute, words, CliResult};
use switchyard::World;

fn run(w: &mut World, line: &str) -> CliResult {
    let r = execute(w, &words::split(line).unwrap());
    w.check_invariants();
    r
}

#[test]
fn hands_on_commands_work_as_written() {
    let mut w = World::new(1);
    let r = run(
        &mut w,
        "aws kinesis create-stream --stream-name my-first-stream --shard-count 1",
    );
    assert_eq!(r.exit_code, 0, "{}", r.stderr());
    assert_eq!(r.stdout(), "", "CreateStream prints nothing");
    w.sleep_ms(1_000);
    let r = run(
        &mut w,
        "aws kinesis describe-stream --stream-name my-first-stream",
    );
    let out = r.stdout();
    assert!(out.contains("\"StreamStatus\": \"ACTIVE\""), "{out}");
    assert!(
        out.contains("\"ShardId\": \"shardId-000000000000\""),
        "{out}"
    );
    assert!(
        out.contains("\"StreamCreationTimestamp\": \"2026-01-01T00:00:00+00:00\""),
        "{out}"
    );
    // v2: raw text needs --cli-binary-format raw-in-base64-out ...
    let r = run(
        &mut w,
        r#"aws kinesis put-record --stream-name my-first-stream --partition-key user1 --data "user signup" --cli-binary-format raw-in-base64-out"#,
    );
    assert_eq!(r.exit_code, 0, "{}", r.stderr());
    let put = r.output.clone().unwrap();
    assert_eq!(put["ShardId"], "shardId-000000000000");
    // ... and without it (the v1 form) v2 refuses text that is not base64.
    let r = run(
        &mut w,
        r#"aws kinesis put-record --stream-name my-first-stream --partition-key user1 --data "user signup""#,
    );
    assert_eq!(r.exit_code, 252);
    assert!(r.stderr().contains("Invalid base64"), "{}", r.stderr());
    let r = run(
        &mut w,
        "aws kinesis get-shard-iterator --stream-name my-first-stream --shard-id shardId-000000000000 --shard-iterator-type TRIM_HORIZON",
    );
    let it = r.output.unwrap()["ShardIterator"]
        .as_str()
        .unwrap()
        .to_string();
    let r = run(
        &mut w,
        &format!("aws kinesis get-records --shard-iterator {it}"),
    );
    assert_eq!(r.exit_code, 0, "{}", r.stderr());
    let v = r.output.clone().unwrap();
    let rec = &v["Records"][0];
    assert_eq!(rec["Data"], "dXNlciBzaWdudXA=", "blobs print as base64");
    assert_eq!(rec["PartitionKey"], "user1");
    assert_eq!(rec["SequenceNumber"], put["SequenceNumber"]);
    assert_eq!(
        rec["ApproximateArrivalTimestamp"],
        "2026-01-01T00:00:01+00:00"
    );
    assert!(
        r.stdout().starts_with("{\n    \"Records\": [\n"),
        "{}",
        r.stdout()
    );
}

#[test]
fn timestamps_print_with_microseconds_when_they_have_a_fraction() {
    assert_eq!(
        switchyard::cli::iso8601_cli(1_767_225_601_250),
        "2026-01-01T00:00:01.250000+00:00"
    );
    assert_eq!(
        switchyard::cli::iso8601_cli(1_767_225_601_000),
        "2026-01-01T00:00:01+00:00"
    );
}

#[test]
fn shorthand_and_filters_from_the_cli() {
    let mut w = World::new(2);
    run(
        &mut w,
        "aws kinesis create-stream --stream-name s --shard-count 2",
    );
    w.sleep_ms(1_000);
    let r = run(
        &mut w,
        "aws kinesis put-records --stream-name s --records Data=YQ==,PartitionKey=a Data=Yg==,PartitionKey=b",
    );
    assert_eq!(r.output.unwrap()["FailedRecordCount"], 0);
    let r = run(
        &mut w,
        "aws kinesis list-shards --stream-name s --shard-filter Type=AT_LATEST",
    );
    assert_eq!(r.output.unwrap()["Shards"].as_array().unwrap().len(), 2);
    let r = run(
        &mut w,
        "aws kinesis get-shard-iterator --stream-name s --shard-id shardId-000000000000 --shard-iterator-type AT_TIMESTAMP --timestamp 2026-01-01T00:00:00Z",
    );
    assert_eq!(r.exit_code, 0, "{}", r.stderr());
    let r = run(&mut w, "aws kinesis subscribe-to-shard --consumer-arn x --shard-id s --starting-position Type=LATEST");
    // The CLI subscribes through the engine (see subscribe_to_shard_prints_the_first_pushed_event);
    // a malformed consumer ARN is AWS's InvalidArgumentException.
    assert_eq!(r.exit_code, 254);
    assert_eq!(r.error.unwrap().code, "InvalidArgumentException");
}

#[test]
fn subscribe_to_shard_prints_the_first_pushed_event() {
    let mut w = World::new(2);
    run(
        &mut w,
        "aws kinesis create-stream --stream-name s --shard-count 1",
    );
    w.sleep_ms(1_000);
    run(
        &mut w,
        "aws kinesis put-record --stream-name s --partition-key a --data aGVsbG8=",
    );
    let r = run(&mut w, "aws kinesis register-stream-consumer --stream-arn arn:aws:kinesis:us-east-1:123456789012:stream/s --consumer-name app");
    let v: serde_json::Value = serde_json::from_str(&r.stdout()).unwrap();
    let arn = v["Consumer"]["ConsumerARN"].as_str().unwrap().to_string();
    // Not ACTIVE yet: AWS's ResourceInUseException.
    let r = run(&mut w, &format!("aws kinesis subscribe-to-shard --consumer-arn {arn} --shard-id shardId-000000000000 --starting-position Type=TRIM_HORIZON"));
    assert_ne!(r.exit_code, 0);
    assert!(
        r.stderr().contains("ResourceInUseException"),
        "{}",
        r.stderr()
    );
    w.sleep_ms(2_000);
    let r = run(&mut w, &format!("aws kinesis subscribe-to-shard --consumer-arn {arn} --shard-id shardId-000000000000 --starting-position Type=TRIM_HORIZON"));
    assert_eq!(r.exit_code, 0, "{}", r.stderr());
    let v: serde_json::Value = serde_json::from_str(&r.stdout()).unwrap();
    let ev = &v["EventStream"][0]["SubscribeToShardEvent"];
    assert_eq!(ev["Records"][0]["Data"], "aGVsbG8=");
    assert_eq!(ev["Records"][0]["PartitionKey"], "a");
    assert_eq!(ev["MillisBehindLatest"], 0);
    // The subscription goes on in the world: a second one within 5 s is refused.
    let r = run(&mut w, &format!("aws kinesis subscribe-to-shard --consumer-arn {arn} --shard-id shardId-000000000000 --starting-position Type=LATEST"));
    assert!(
        r.stderr().contains("ResourceInUseException"),
        "{}",
        r.stderr()
    );
    assert_eq!(w.kinesis.subscriptions().filter(|s| !s.ended).count(), 1);
}

/// `aws <service> wait ...`: botocore's waiters on the virtual clock. A
/// stream is CREATING until the waiter's first 10-second sleep is over; a
/// function is Pending for its first second; what never comes ends in
/// botocore's words, after the waiter's attempts (in virtual time).
#[test]
fn waiters_poll_on_the_virtual_clock() {
    let mut w = World::new(3);
    run(
        &mut w,
        "aws kinesis create-stream --stream-name waited --shard-count 1",
    );
    let start = w.now().as_ms();
    let r = run(
        &mut w,
        "aws kinesis wait stream-exists --stream-name waited",
    );
    assert_eq!(
        (r.exit_code, r.stdout(), r.stderr()),
        (0, String::new(), String::new())
    );
    assert_eq!(
        w.now().as_ms() - start,
        10_000,
        "CREATING at the first call, ACTIVE after one 10 s delay"
    );
    // A waiter's unexpected error ends it at once.
    let r = run(&mut w, "aws kinesis wait stream-exists --stream-name nope");
    assert_eq!(r.exit_code, 255);
    assert_eq!(
        r.stderr(),
        "\nWaiter StreamExists failed: An error occurred (ResourceNotFoundException): Stream nope under account 123456789012 not found.\n"
    );
    // Lambda: Pending, then Active after the waiter's 1 s delay.
    std::fs::write(
        std::env::temp_dir().join("switchyard-waiter.zip"),
        switchyard::util::b64_decode("UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==").unwrap(),
    )
    .unwrap();
    let r = run(
        &mut w,
        &format!(
            "aws lambda create-function --function-name wf --runtime nodejs20.x --handler i.h --role arn:aws:iam::123456789012:role/r --zip-file fileb://{}",
            std::env::temp_dir().join("switchyard-waiter.zip").display()
        ),
    );
    assert_eq!(
        r.output.as_ref().unwrap()["State"],
        "Pending",
        "{}",
        r.stderr()
    );
    let start = w.now().as_ms();
    let r = run(
        &mut w,
        "aws lambda wait function-active-v2 --function-name wf",
    );
    assert_eq!(r.exit_code, 0, "{}", r.stderr());
    assert_eq!(w.now().as_ms() - start, 1_000);
    // S3: an object that never comes, after 20 tries 5 s apart.
    run(&mut w, "aws s3api create-bucket --bucket waiting-room");
    let start = w.now().as_ms();
    let r = run(
        &mut w,
        "aws s3api wait object-exists --bucket waiting-room --key k",
    );
    assert_eq!(r.exit_code, 255);
    assert_eq!(
        r.stderr(),
        "\nWaiter ObjectExists failed: Max attempts exceeded. Previously accepted state: Matched expected HTTP status code: 404\n"
    );
    assert_eq!(w.now().as_ms() - start, 19 * 5_000);
    // Names: the service's waiters; a service without any has no `wait`.
    let r = run(&mut w, "aws lambda wait nonsense");
    assert_eq!(r.exit_code, 252);
    assert!(
        r.stderr().contains("function-active-v2 | function-exists"),
        "{}",
        r.stderr()
    );
    let r = run(&mut w, "aws sqs wait queue-exists");
    assert!(
        r.stderr()
            .contains("argument operation: Invalid choice 'wait', valid choices are:"),
        "{}",
        r.stderr()
    );
}
