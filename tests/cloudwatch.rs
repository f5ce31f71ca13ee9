//! CloudWatch through `World::call` and the wire: the metrics SQS, SNS and
//! Kinesis publish (names, dimensions, values per minute), each statistic over
//! custom data, GetMetricData / GetMetricStatistics / ListMetrics rules and
//! errors, and alarm state transitions on the virtual clock (evaluation
//! periods, datapoints to alarm, every TreatMissingData), history, actions
//! to an SNS topic, SetAlarmState. Never waits on the wall clock.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use switchyard::error::AwsError;
use switchyard::model::Service;
use switchyard::protocol::{self, Handled, HttpRequest};
use switchyard::sim::SimTime;
use switchyard::world::{CallOutcome, Caller};
use switchyard::World;

/// 2026-01-01T00:00:00Z, the world's epoch, in seconds.
const T0: f64 = 1_767_225_600.0;

fn try_call(w: &mut World, service: Service, op: &str, input: Value) -> Result<Value, AwsError> {
    let r = w.call_and_wait(service, op, input, &Caller::default());
    w.check_invariants();
    r
}

fn call(w: &mut World, service: Service, op: &str, input: Value) -> Value {
    try_call(w, service, op, input).unwrap_or_else(|e| panic!("{op}: {e:?}"))
}

fn cw(w: &mut World, op: &str, input: Value) -> Value {
    call(w, Service::CloudWatch, op, input)
}

fn cw_err(w: &mut World, op: &str, input: Value) -> AwsError {
    try_call(w, Service::CloudWatch, op, input).expect_err("an error")
}

fn at(w: &mut World, ms: u64) {
    w.advance_to(SimTime(ms));
    w.check_invariants();
}

/// (minute, value) pairs of one statistic, oldest first.
fn series(
    w: &mut World,
    ns: &str,
    name: &str,
    dims: Value,
    stat: &str,
    from_min: u64,
    to_min: u64,
) -> Vec<(u64, f64)> {
    let out = cw(
        w,
        "GetMetricStatistics",
        json!({"Namespace": ns, "MetricName": name, "Dimensions": dims,
               "StartTime": T0 + (from_min * 60) as f64, "EndTime": T0 + (to_min * 60) as f64,
               "Period": 60, "Statistics": [stat]}),
    );
    let mut v: Vec<(u64, f64)> = out["Datapoints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                ((d["Timestamp"].as_f64().unwrap() - T0) / 60.0) as u64,
                d[stat].as_f64().unwrap(),
            )
        })
        .collect();
    v.sort_by_key(|p| p.0);
    v
}

#[test]
fn sqs_publishes_counts_and_samples_gauges_each_minute() {
    let mut w = World::new(1);
    w.sqs.settings.short_poll_sampling = false;
    let url = call(
        &mut w,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "q", "Attributes": {"VisibilityTimeout": "300"}}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    for i in 0..5 {
        call(
            &mut w,
            Service::Sqs,
            "SendMessage",
            json!({"QueueUrl": url, "MessageBody": format!("body-{i}")}),
        );
    }
    call(
        &mut w,
        Service::Sqs,
        "SendMessage",
        json!({"QueueUrl": url, "MessageBody": "later", "DelaySeconds": 900}),
    );
    at(&mut w, 30_000);
    let got = call(
        &mut w,
        Service::Sqs,
        "ReceiveMessage",
        json!({"QueueUrl": url, "MaxNumberOfMessages": 2}),
    );
    let handle = got["Messages"][0]["ReceiptHandle"]
        .as_str()
        .unwrap()
        .to_string();
    call(
        &mut w,
        Service::Sqs,
        "DeleteMessage",
        json!({"QueueUrl": url, "ReceiptHandle": handle}),
    );
    at(&mut w, 150_000);
    call(
        &mut w,
        Service::Sqs,
        "ReceiveMessage",
        json!({"QueueUrl": url, "MaxNumberOfMessages": 10}),
    );
    call(
        &mut w,
        Service::Sqs,
        "ReceiveMessage",
        json!({"QueueUrl": url}),
    );
    at(&mut w, 200_000);
    let q = json!([{"Name": "QueueName", "Value": "q"}]);
    assert_eq!(
        series(
            &mut w,
            "AWS/SQS",
            "NumberOfMessagesSent",
            q.clone(),
            "Sum",
            0,
            4
        ),
        vec![(0, 6.0), (1, 0.0), (2, 0.0)]
    );
    assert_eq!(
        series(
            &mut w,
            "AWS/SQS",
            "SentMessageSize",
            q.clone(),
            "Maximum",
            0,
            4
        ),
        vec![(0, 6.0)]
    );
    assert_eq!(
        series(
            &mut w,
            "AWS/SQS",
            "NumberOfMessagesReceived",
            q.clone(),
            "Sum",
            0,
            4
        ),
        vec![(0, 2.0), (1, 0.0), (2, 3.0)]
    );
    assert_eq!(
        series(
            &mut w,
            "AWS/SQS",
            "NumberOfMessagesDeleted",
            q.clone(),
            "Sum",
            0,
            4
        ),
        vec![(0, 1.0), (1, 0.0), (2, 0.0)]
    );
    assert_eq!(
        series(
            &mut w,
            "AWS/SQS",
            "NumberOfEmptyReceives",
            q.clone(),
            "Sum",
            0,
            4
        ),
        vec![(0, 0.0), (1, 0.0), (2, 1.0)]
    );
    // Gauges: the state at the end of each minute.
    assert_eq!(
        series(
            &mut w,
            "AWS/SQS",
            "ApproximateNumberOfMessagesVisible",
            q.clone(),
            "Maximum",
            0,
            4
        ),
        vec![(0, 3.0), (1, 3.0), (2, 0.0)]
    );
    assert_eq!(
        series(
            &mut w,
            "AWS/SQS",
            "ApproximateNumberOfMessagesNotVisible",
            q.clone(),
            "Maximum",
            0,
            4
        ),
        vec![(0, 1.0), (1, 1.0), (2, 4.0)]
    );
    assert_eq!(
        series(
            &mut w,
            "AWS/SQS",
            "ApproximateNumberOfMessagesDelayed",
            q.clone(),
            "Maximum",
            0,
            4
        ),
        vec![(0, 1.0), (1, 1.0), (2, 1.0)]
    );
    assert_eq!(
        series(
            &mut w,
            "AWS/SQS",
            "ApproximateAgeOfOldestMessage",
            q.clone(),
            "Maximum",
            0,
            4
        ),
        vec![(0, 60.0), (1, 120.0), (2, 180.0)]
    );
    // Units as AWS states them.
    let out = cw(
        &mut w,
        "GetMetricStatistics",
        json!({"Namespace": "AWS/SQS", "MetricName": "ApproximateAgeOfOldestMessage", "Dimensions": q,
        "StartTime": T0, "EndTime": T0 + 60.0, "Period": 60, "Statistics": ["Average"]}),
    );
    assert_eq!(out["Datapoints"][0]["Unit"], "Seconds");
    assert_eq!(out["Label"], "ApproximateAgeOfOldestMessage");
}

#[test]
fn a_world_with_no_queue_or_alarm_steps_over_minutes_untouched() {
    let mut w = World::new(2);
    w.advance_to(SimTime(86_400_000));
    assert_eq!(w.sim.journal.total(), 0);
    assert_eq!(w.sim.metrics.keys().count(), 0);
    assert!(w.next_event_time().is_none());
}

#[test]
fn sns_and_kinesis_publish_their_metrics() {
    let mut w = World::new(3);
    let topic = call(&mut w, Service::Sns, "CreateTopic", json!({"Name": "t"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let url = call(
        &mut w,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "sub"}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let qarn = "arn:aws:sqs:us-east-1:123456789012:sub";
    let policy = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"},
        "Action": "sqs:SendMessage", "Resource": qarn, "Condition": {"ArnEquals": {"aws:SourceArn": topic}}}]});
    call(
        &mut w,
        Service::Sqs,
        "SetQueueAttributes",
        json!({"QueueUrl": url, "Attributes": {"Policy": policy.to_string()}}),
    );
    call(
        &mut w,
        Service::Sns,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": qarn,
        "Attributes": {"FilterPolicy": "{\"kind\":[\"a\"]}"}}),
    );
    call(
        &mut w,
        Service::Sns,
        "Publish",
        json!({"TopicArn": topic, "Message": "hello", "MessageAttributes": {"kind": {"DataType": "String", "StringValue": "a"}}}),
    );
    call(
        &mut w,
        Service::Sns,
        "Publish",
        json!({"TopicArn": topic, "Message": "skip me", "MessageAttributes": {"kind": {"DataType": "String", "StringValue": "b"}}}),
    );
    let t = json!([{"Name": "TopicName", "Value": "t"}]);
    assert_eq!(
        series(
            &mut w,
            "AWS/SNS",
            "NumberOfMessagesPublished",
            t.clone(),
            "Sum",
            0,
            1
        ),
        vec![(0, 2.0)]
    );
    assert_eq!(
        series(
            &mut w,
            "AWS/SNS",
            "NumberOfNotificationsDelivered",
            t.clone(),
            "Sum",
            0,
            1
        ),
        vec![(0, 1.0)]
    );
    assert_eq!(
        series(
            &mut w,
            "AWS/SNS",
            "NumberOfNotificationsFilteredOut",
            t.clone(),
            "Sum",
            0,
            1
        ),
        vec![(0, 1.0)]
    );
    assert_eq!(
        series(&mut w, "AWS/SNS", "PublishSize", t.clone(), "Sum", 0, 1),
        vec![(0, 12.0)]
    );

    call(
        &mut w,
        Service::Kinesis,
        "CreateStream",
        json!({"StreamName": "s", "ShardCount": 1}),
    );
    at(&mut w, 1_000);
    for i in 0..3 {
        call(
            &mut w,
            Service::Kinesis,
            "PutRecord",
            json!({"StreamName": "s", "Data": "aGVsbG8=", "PartitionKey": format!("k{i}")}),
        );
    }
    // 1,000 records/s per shard (with a second of burst): two batches of 500
    // after the three above overflow it.
    let mut failed = 0;
    for b in 0..2 {
        let recs: Vec<Value> = (0..500)
            .map(|i| json!({"Data": "AA==", "PartitionKey": format!("p{b}-{i}")}))
            .collect();
        let out = call(
            &mut w,
            Service::Kinesis,
            "PutRecords",
            json!({"StreamName": "s", "Records": recs}),
        );
        failed += out["FailedRecordCount"].as_u64().unwrap();
    }
    assert!(failed > 0);
    at(&mut w, 5_000);
    let it = call(&mut w, Service::Kinesis, "GetShardIterator", json!({"StreamName": "s", "ShardId": "shardId-000000000000", "ShardIteratorType": "TRIM_HORIZON"}))["ShardIterator"].clone();
    let got = call(
        &mut w,
        Service::Kinesis,
        "GetRecords",
        json!({"ShardIterator": it, "Limit": 2}),
    );
    assert_eq!(got["Records"].as_array().unwrap().len(), 2);
    let s = json!([{"Name": "StreamName", "Value": "s"}]);
    let stored = 1003 - failed;
    assert_eq!(
        series(
            &mut w,
            "AWS/Kinesis",
            "IncomingRecords",
            s.clone(),
            "Sum",
            0,
            1
        ),
        vec![(0, stored as f64)]
    );
    // A record's size is its data and its partition key.
    assert_eq!(
        series(
            &mut w,
            "AWS/Kinesis",
            "PutRecord.Bytes",
            s.clone(),
            "Sum",
            0,
            1
        ),
        vec![(0, 21.0)]
    );
    let batch_bytes = series(
        &mut w,
        "AWS/Kinesis",
        "PutRecords.Bytes",
        s.clone(),
        "Sum",
        0,
        1,
    )[0]
    .1;
    assert_eq!(
        series(
            &mut w,
            "AWS/Kinesis",
            "IncomingBytes",
            s.clone(),
            "Sum",
            0,
            1
        ),
        vec![(0, 21.0 + batch_bytes)]
    );
    assert_eq!(
        series(
            &mut w,
            "AWS/Kinesis",
            "PutRecord.Success",
            s.clone(),
            "Sum",
            0,
            1
        ),
        vec![(0, 3.0)]
    );
    assert_eq!(
        series(
            &mut w,
            "AWS/Kinesis",
            "PutRecords.ThrottledRecords",
            s.clone(),
            "Sum",
            0,
            1
        ),
        vec![(0, failed as f64)]
    );
    assert_eq!(
        series(
            &mut w,
            "AWS/Kinesis",
            "WriteProvisionedThroughputExceeded",
            s.clone(),
            "Sum",
            0,
            1
        ),
        vec![(0, failed as f64)]
    );
    assert_eq!(
        series(
            &mut w,
            "AWS/Kinesis",
            "GetRecords.Records",
            s.clone(),
            "Sum",
            0,
            1
        ),
        vec![(0, 2.0)]
    );
    // The second record arrived at 1 s and was read at 5 s.
    assert_eq!(
        series(
            &mut w,
            "AWS/Kinesis",
            "GetRecords.IteratorAgeMilliseconds",
            s.clone(),
            "Maximum",
            0,
            1
        ),
        vec![(0, 4000.0)]
    );
    let list = cw(
        &mut w,
        "ListMetrics",
        json!({"Namespace": "AWS/Kinesis", "MetricName": "IncomingRecords"}),
    );
    assert_eq!(
        list["Metrics"],
        json!([{"Namespace": "AWS/Kinesis", "MetricName": "IncomingRecords", "Dimensions": [{"Name": "StreamName", "Value": "s"}]}])
    );
}

#[test]
fn each_statistic_over_custom_data() {
    let mut w = World::new(4);
    at(&mut w, 600_000);
    cw(
        &mut w,
        "PutMetricData",
        json!({"Namespace": "App", "MetricData": [
            {"MetricName": "Latency", "Dimensions": [{"Name": "Api", "Value": "get"}], "Value": 10, "Unit": "Milliseconds", "Timestamp": T0 + 60.0},
            {"MetricName": "Latency", "Dimensions": [{"Name": "Api", "Value": "get"}], "Values": [1, 2, 30], "Counts": [2, 1, 1], "Timestamp": T0 + 61.0},
            {"MetricName": "Latency", "Dimensions": [{"Name": "Api", "Value": "get"}], "StatisticValues": {"SampleCount": 4, "Sum": 20, "Minimum": 0.5, "Maximum": 9}, "Timestamp": T0 + 150.0},
        ]}),
    );
    // A unit outside StandardUnit is refused, and nothing is stored.
    let e = cw_err(
        &mut w,
        "PutMetricData",
        json!({"Namespace": "App", "MetricData": [
            {"MetricName": "Distance", "Value": 1, "Unit": "Parsecs", "Timestamp": T0 + 60.0}]}),
    );
    assert_eq!(e.code, "ValidationError");
    assert!(
        e.message.contains("metricData.1.member.unit"),
        "{}",
        e.message
    );
    let out = cw(
        &mut w,
        "GetMetricStatistics",
        json!({"Namespace": "App", "MetricName": "Latency", "Dimensions": [{"Name": "Api", "Value": "get"}],
        "StartTime": "2026-01-01T00:01:00Z", "EndTime": "2026-01-01T00:03:00Z", "Period": 60,
        "Statistics": ["SampleCount", "Average", "Sum", "Minimum", "Maximum"]}),
    );
    let d = out["Datapoints"].as_array().unwrap();
    assert_eq!(d.len(), 2);
    // Minute 1: samples 10, 1, 1, 2, 30.
    assert_eq!(
        d[0],
        json!({"Timestamp": T0 + 60.0, "SampleCount": 5.0, "Average": 8.8, "Sum": 44.0, "Minimum": 1.0, "Maximum": 30.0, "Unit": "Milliseconds"})
    );
    assert_eq!(d[1]["SampleCount"], 4.0);
    assert_eq!(d[1]["Average"], 5.0);
    assert_eq!(d[1]["Minimum"], 0.5);
    // A two-minute period folds both.
    let out = cw(
        &mut w,
        "GetMetricStatistics",
        json!({"Namespace": "App", "MetricName": "Latency", "Dimensions": [{"Name": "Api", "Value": "get"}],
        "StartTime": T0 + 60.0, "EndTime": T0 + 180.0, "Period": 120, "Statistics": ["Sum", "SampleCount"]}),
    );
    assert_eq!(
        out["Datapoints"],
        json!([{"Timestamp": T0 + 60.0, "Sum": 64.0, "SampleCount": 9.0, "Unit": "Milliseconds"}])
    );
    // Another unit than the data's: no datapoints.
    let out = cw(
        &mut w,
        "GetMetricStatistics",
        json!({"Namespace": "App", "MetricName": "Latency", "Dimensions": [{"Name": "Api", "Value": "get"}],
        "StartTime": T0, "EndTime": T0 + 600.0, "Period": 60, "Statistics": ["Sum"], "Unit": "Seconds"}),
    );
    assert_eq!(out["Datapoints"], json!([]));
    // GetMetricData: newest first by default, ascending on request, paged.
    let q = |stat: &str| json!({"Id": "m1", "MetricStat": {"Metric": {"Namespace": "App", "MetricName": "Latency", "Dimensions": [{"Name": "Api", "Value": "get"}]}, "Period": 60, "Stat": stat}});
    let out = cw(
        &mut w,
        "GetMetricData",
        json!({"MetricDataQueries": [q("Maximum")], "StartTime": T0, "EndTime": T0 + 600.0}),
    );
    assert_eq!(out["MetricDataResults"][0]["Values"], json!([9.0, 30.0]));
    assert_eq!(
        out["MetricDataResults"][0]["Timestamps"],
        json!([T0 + 120.0, T0 + 60.0])
    );
    assert_eq!(out["MetricDataResults"][0]["Label"], "Latency");
    let out = cw(
        &mut w,
        "GetMetricData",
        json!({"MetricDataQueries": [q("SampleCount")], "StartTime": T0, "EndTime": T0 + 600.0, "ScanBy": "TimestampAscending", "MaxDatapoints": 1}),
    );
    assert_eq!(out["MetricDataResults"][0]["Values"], json!([5.0]));
    assert_eq!(out["MetricDataResults"][0]["StatusCode"], "PartialData");
    let token = out["NextToken"].as_str().unwrap().to_string();
    let out = cw(
        &mut w,
        "GetMetricData",
        json!({"MetricDataQueries": [q("SampleCount")], "StartTime": T0, "EndTime": T0 + 600.0, "ScanBy": "TimestampAscending", "MaxDatapoints": 1, "NextToken": token}),
    );
    assert_eq!(out["MetricDataResults"][0]["Values"], json!([4.0]));
    assert!(out.get("NextToken").is_none());
}

#[test]
fn metric_requests_are_checked_as_aws_does() {
    let mut w = World::new(5);
    at(&mut w, 600_000);
    let base = json!({"Namespace": "App", "MetricName": "X", "StartTime": T0, "EndTime": T0 + 60.0, "Period": 60, "Statistics": ["Sum"]});
    let with = |k: &str, v: Value| {
        let mut b = base.clone();
        b[k] = v;
        b
    };
    assert_eq!(
        cw_err(&mut w, "GetMetricStatistics", with("Period", json!(90))).code,
        "InvalidParameterValue"
    );
    assert_eq!(
        cw_err(&mut w, "GetMetricStatistics", with("Period", json!(10))).code,
        "NotImplemented"
    );
    assert_eq!(
        cw_err(&mut w, "GetMetricStatistics", with("EndTime", json!(T0))).code,
        "InvalidParameterValue"
    );
    let e = cw_err(
        &mut w,
        "GetMetricStatistics",
        with("EndTime", json!(T0 + 86_460.0)),
    );
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        ("InvalidParameterCombination", "You have requested up to 1,441 datapoints, which exceeds the limit of 1,440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.")
    );
    assert_eq!(
        cw_err(
            &mut w,
            "GetMetricStatistics",
            with("ExtendedStatistics", json!(["p99"]))
        )
        .code,
        "NotImplemented"
    );
    assert_eq!(
        cw_err(&mut w, "GetMetricStatistics", with("Statistics", json!([]))).code,
        "InvalidParameterCombination"
    );
    let e = cw_err(
        &mut w,
        "PutMetricData",
        json!({"Namespace": "AWS/SQS", "MetricData": [{"MetricName": "X", "Value": 1}]}),
    );
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        (
            "InvalidParameterValue",
            "The value AWS/SQS for parameter Namespace is invalid."
        )
    );
    let e = cw_err(
        &mut w,
        "PutMetricData",
        json!({"Namespace": "App", "MetricData": [{"MetricName": "X", "Value": 1, "StatisticValues": {"SampleCount": 1, "Sum": 1, "Minimum": 1, "Maximum": 1}}]}),
    );
    assert_eq!(e.code, "InvalidParameterCombination");
    let e = cw_err(
        &mut w,
        "PutMetricData",
        json!({"Namespace": "App", "MetricData": [{"MetricName": "X", "Value": 1, "Timestamp": T0 + 86_400.0 * 3.0}]}),
    );
    assert_eq!(e.code, "InvalidParameterValue");
    assert_eq!(cw_err(&mut w, "PutMetricData", json!({"Namespace": "App", "MetricData": [{"MetricName": "X", "Value": 1, "StorageResolution": 1}]})).code, "NotImplemented");
    let e = cw_err(
        &mut w,
        "GetMetricData",
        json!({"MetricDataQueries": [{"Id": "e1", "Expression": "SUM(METRICS())"}], "StartTime": T0, "EndTime": T0 + 60.0}),
    );
    assert_eq!(e.code, "NotImplemented");
    assert!(e.message.contains("metric math"));
    let e = cw_err(
        &mut w,
        "GetMetricData",
        json!({"MetricDataQueries": [{"Id": "Bad", "MetricStat": {"Metric": {"Namespace": "A", "MetricName": "B"}, "Period": 60, "Stat": "Sum"}}], "StartTime": T0, "EndTime": T0 + 60.0}),
    );
    assert_eq!(e.code, "InvalidParameterValue");
    let e = cw_err(
        &mut w,
        "GetMetricData",
        json!({"MetricDataQueries": [{"Id": "a", "MetricStat": {"Metric": {"Namespace": "A", "MetricName": "B"}, "Period": 60, "Stat": "p99"}}], "StartTime": T0, "EndTime": T0 + 60.0}),
    );
    assert_eq!(e.code, "NotImplemented");
    assert_eq!(
        cw_err(&mut w, "ListMetrics", json!({"NextToken": "nope"})).code,
        "InvalidNextToken"
    );
    // A refusal is journaled as such.
    assert!(w.sim.journal.entries().any(|e| matches!(&e.event, switchyard::sim::Event::World(switchyard::sim::event::WorldEvent::Refused { service, .. }) if service == "cloudwatch")));
}

#[test]
fn the_datapoint_limit_counts_the_range_as_requested_even_before_the_epoch() {
    let mut w = World::new(5);
    at(&mut w, 600_000);
    let limit = |n: &str| {
        format!("You have requested up to {n} datapoints, which exceeds the limit of 1,440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.")
    };
    // 49 hours at one minute, 48 of them before the world's epoch.
    let e = cw_err(
        &mut w,
        "GetMetricStatistics",
        json!({"Namespace": "App", "MetricName": "X", "StartTime": T0 - 2.0 * 86_400.0,
               "EndTime": T0 + 3_600.0, "Period": 60, "Statistics": ["Sum"]}),
    );
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        ("InvalidParameterCombination", limit("2,940").as_str())
    );
    // Two days wholly before the epoch, and two days across it.
    for (from, to) in [(T0 - 2.0 * 86_400.0, T0), (T0 - 86_400.0, T0 + 86_400.0)] {
        let e = cw_err(
            &mut w,
            "GetMetricStatistics",
            json!({"Namespace": "App", "MetricName": "X", "StartTime": from, "EndTime": to,
                   "Period": 60, "Statistics": ["Sum"]}),
        );
        assert_eq!(
            (e.code.as_str(), e.message.as_str()),
            ("InvalidParameterCombination", limit("2,880").as_str())
        );
    }
    // 1,440 is allowed, wherever it lies; a StartTime within the minute
    // counts from the minute's start.
    for from in [T0 - 86_400.0, T0 - 2.0 * 86_400.0] {
        let out = cw(
            &mut w,
            "GetMetricStatistics",
            json!({"Namespace": "App", "MetricName": "X", "StartTime": from, "EndTime": from + 86_400.0,
                   "Period": 60, "Statistics": ["Sum"]}),
        );
        assert_eq!(out["Datapoints"], json!([]));
    }
    let e = cw_err(
        &mut w,
        "GetMetricStatistics",
        json!({"Namespace": "App", "MetricName": "X", "StartTime": T0 - 86_400.0 + 30.0,
               "EndTime": T0 + 30.0 + 1.0, "Period": 60, "Statistics": ["Sum"]}),
    );
    assert_eq!(e.message, limit("1,441"));
    // GetMetricData has no such limit (MaxDatapoints, 100,800 by default).
    let out = cw(
        &mut w,
        "GetMetricData",
        json!({"MetricDataQueries": [{"Id": "a", "MetricStat": {"Metric": {"Namespace": "App", "MetricName": "X"}, "Period": 60, "Stat": "Sum"}}],
               "StartTime": T0 - 2.0 * 86_400.0, "EndTime": T0 + 3_600.0}),
    );
    assert_eq!(out["MetricDataResults"][0]["StatusCode"], "Complete");
}

/// A GetMetricData query on metric1: (Stat, Period, Unit).
type Query<'a> = (&'a str, u64, &'a str);

#[test]
fn get_metric_data_labels_name_what_differs_between_the_queries() {
    let mut w = World::new(5);
    at(&mut w, 60_000);
    cw(
        &mut w,
        "PutMetricData",
        json!({"Namespace": "App", "MetricData": [{"MetricName": "metric1", "Value": 109, "Unit": "Seconds"}]}),
    );
    at(&mut w, 180_000);
    let labels = |w: &mut World, queries: &[Query], label: Option<&str>| {
        let qs: Vec<Value> = queries
            .iter()
            .enumerate()
            .map(|(i, (stat, period, unit))| {
                let mut q = json!({"Id": format!("q{i}"), "MetricStat": {
                    "Metric": {"Namespace": "App", "MetricName": "metric1"},
                    "Period": period, "Stat": stat, "Unit": unit}});
                if let (0, Some(l)) = (i, label) {
                    q["Label"] = json!(l);
                }
                q
            })
            .collect();
        let out = cw(
            w,
            "GetMetricData",
            json!({"MetricDataQueries": qs, "StartTime": T0, "EndTime": T0 + 240.0}),
        );
        out["MetricDataResults"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["Label"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    // AWS's recorded pairs (LocalStack's test_label_generation), with 120
    // for its 30-second period (only whole minutes are emulated).
    let cases: [(&[Query], [&str; 2]); 7] = [
        (
            &[("Sum", 60, "Seconds"), ("Minimum", 120, "Seconds")],
            ["metric1 Sum 60", "metric1 Minimum 120"],
        ),
        (
            &[("Sum", 60, "Seconds"), ("Minimum", 60, "Seconds")],
            ["metric1 Sum", "metric1 Minimum"],
        ),
        (
            &[("Sum", 60, "Seconds"), ("Sum", 120, "Seconds")],
            ["metric1 60", "metric1 120"],
        ),
        (
            &[("Sum", 60, "Seconds"), ("Minimum", 120, "Milliseconds")],
            ["metric1 Sum 60", "metric1 Minimum 120"],
        ),
        (
            &[("Sum", 60, "Seconds"), ("Minimum", 60, "Milliseconds")],
            ["metric1 Sum", "metric1 Minimum"],
        ),
        (
            &[("Sum", 60, "Seconds"), ("Sum", 120, "Milliseconds")],
            ["metric1 60", "metric1 120"],
        ),
        (
            &[("Sum", 60, "Seconds"), ("Sum", 60, "Milliseconds")],
            ["metric1", "metric1"],
        ),
    ];
    for (queries, want) in cases {
        assert_eq!(labels(&mut w, queries, None), want, "{queries:?}");
    }
    assert_eq!(labels(&mut w, &[("Sum", 60, "Seconds")], None), ["metric1"]);
    // A Label given is kept; the others are still generated.
    assert_eq!(
        labels(
            &mut w,
            &[("Sum", 60, "Seconds"), ("Minimum", 60, "Seconds")],
            Some("mine")
        ),
        ["mine", "metric1 Minimum"]
    );
}

#[test]
fn firehose_metrics_carry_aws_units() {
    let mut w = World::new(9);
    call(
        &mut w,
        Service::S3,
        "CreateBucket",
        json!({"Bucket": "out"}),
    );
    call(
        &mut w,
        Service::Firehose,
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "fh", "ExtendedS3DestinationConfiguration": {
            "RoleARN": "arn:aws:iam::123456789012:role/fh", "BucketARN": "arn:aws:s3:::out",
            "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}}}),
    );
    at(&mut w, 10_000);
    call(
        &mut w,
        Service::Firehose,
        "PutRecord",
        json!({"DeliveryStreamName": "fh", "Record": {"Data": "aGVsbG8="}}),
    );
    at(&mut w, 300_000);
    let dims = json!([{"Name": "DeliveryStreamName", "Value": "fh"}]);
    for (name, unit) in [
        ("IncomingBytes", "Bytes"),
        ("IncomingRecords", "Count"),
        ("IncomingPutRequests", "Count"),
        ("DeliveryToS3.Bytes", "Bytes"),
        ("DeliveryToS3.Records", "Count"),
        ("DeliveryToS3.Success", "Count"),
    ] {
        let q = |unit: Option<&str>| {
            let mut q = json!({"Namespace": "AWS/Firehose", "MetricName": name, "Dimensions": dims,
                "StartTime": T0, "EndTime": T0 + 300.0, "Period": 300, "Statistics": ["Sum"]});
            if let Some(u) = unit {
                q["Unit"] = json!(u);
            }
            q
        };
        let out = cw(&mut w, "GetMetricStatistics", q(None));
        let points = out["Datapoints"].as_array().unwrap();
        assert_eq!(points.len(), 1, "{name}: {out}");
        assert_eq!(points[0]["Unit"], unit, "{name}");
        let out = cw(&mut w, "GetMetricStatistics", q(Some(unit)));
        assert_eq!(
            out["Datapoints"].as_array().unwrap().len(),
            1,
            "{name} --unit {unit}"
        );
        let other = if unit == "Bytes" { "Count" } else { "Bytes" };
        let out = cw(&mut w, "GetMetricStatistics", q(Some(other)));
        assert_eq!(out["Datapoints"], json!([]), "{name} --unit {other}");
    }
    let out = cw(
        &mut w,
        "GetMetricStatistics",
        json!({"Namespace": "AWS/Firehose", "MetricName": "IncomingBytes", "Dimensions": dims,
            "StartTime": T0, "EndTime": T0 + 300.0, "Period": 300, "Statistics": ["Sum"], "Unit": "Bytes"}),
    );
    assert_eq!(out["Datapoints"][0]["Sum"], 5.0);
}

/// A custom metric with one value per minute from `values` (None: no data),
/// starting at minute 0, then an alarm on it; returns the world at minute 0.
fn alarm_world(alarm: Value) -> World {
    let mut w = World::new(6);
    let mut input = json!({"AlarmName": "a", "Namespace": "App", "MetricName": "Depth", "Statistic": "Maximum",
        "Period": 60, "EvaluationPeriods": 1, "Threshold": 10, "ComparisonOperator": "GreaterThanThreshold"});
    for (k, v) in alarm.as_object().unwrap() {
        input[k] = v.clone();
    }
    cw(&mut w, "PutMetricAlarm", input);
    w
}

fn put(w: &mut World, value: f64) {
    cw(
        w,
        "PutMetricData",
        json!({"Namespace": "App", "MetricData": [{"MetricName": "Depth", "Value": value}]}),
    );
}

fn state(w: &mut World) -> String {
    cw(w, "DescribeAlarms", json!({"AlarmNames": ["a"]}))["MetricAlarms"][0]["StateValue"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Puts one datapoint (or none) in each minute and reads the alarm's state
/// at the minute's end.
fn run(w: &mut World, minutes: &[Option<f64>]) -> Vec<String> {
    let mut out = vec![];
    for v in minutes {
        let start = w.now().as_ms() / 60_000 * 60_000;
        at(w, start + 1_000);
        if let Some(v) = v {
            put(w, *v);
        }
        at(w, start + 60_000);
        out.push(state(w));
    }
    out
}

#[test]
fn alarm_states_follow_evaluation_periods_and_datapoints_to_alarm() {
    let mut w = alarm_world(json!({}));
    assert_eq!(state(&mut w), "INSUFFICIENT_DATA");
    let a = cw(&mut w, "DescribeAlarms", json!({}))["MetricAlarms"][0].clone();
    assert_eq!(a["StateReason"], "Unchecked: Initial alarm creation");
    assert_eq!(
        run(&mut w, &[Some(5.0), Some(11.0), Some(10.0), None]),
        ["OK", "ALARM", "OK", "INSUFFICIENT_DATA"]
    );
    let a = cw(&mut w, "DescribeAlarms", json!({}))["MetricAlarms"][0].clone();
    assert_eq!(
        a["StateReason"],
        "Insufficient Data: 1 datapoint was unknown."
    );

    // 3 periods, all must breach.
    let mut w = alarm_world(json!({"EvaluationPeriods": 3}));
    assert_eq!(
        run(&mut w, &[Some(20.0), Some(20.0), Some(20.0), Some(1.0)]),
        ["ALARM", "ALARM", "ALARM", "OK"]
    );
    // (One breaching point of three, the rest missing: ALARM under `missing`.)
    let mut w = alarm_world(json!({"EvaluationPeriods": 3}));
    assert_eq!(
        run(&mut w, &[Some(1.0), Some(20.0), Some(20.0), Some(20.0)]),
        ["OK", "OK", "OK", "ALARM"]
    );

    // 2 out of 3.
    let mut w = alarm_world(json!({"EvaluationPeriods": 3, "DatapointsToAlarm": 2}));
    assert_eq!(
        run(
            &mut w,
            &[
                Some(1.0),
                Some(20.0),
                Some(1.0),
                Some(20.0),
                Some(1.0),
                Some(1.0)
            ]
        ),
        ["OK", "OK", "OK", "ALARM", "OK", "OK"]
    );
    let a = cw(&mut w, "DescribeAlarms", json!({}))["MetricAlarms"][0].clone();
    let hist = cw(
        &mut w,
        "DescribeAlarmHistory",
        json!({"AlarmName": "a", "HistoryItemType": "StateUpdate", "ScanBy": "TimestampAscending"}),
    );
    let summaries: Vec<&str> = hist["AlarmHistoryItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["HistorySummary"].as_str().unwrap())
        .collect();
    assert_eq!(
        summaries,
        [
            "Alarm updated from INSUFFICIENT_DATA to OK",
            "Alarm updated from OK to ALARM",
            "Alarm updated from ALARM to OK"
        ]
    );
    let alarm_item = &hist["AlarmHistoryItems"][1];
    let data: Value = serde_json::from_str(alarm_item["HistoryData"].as_str().unwrap()).unwrap();
    assert_eq!(data["newState"]["stateValue"], "ALARM");
    assert_eq!(
        data["newState"]["stateReason"],
        "Threshold Crossed: 2 out of the last 3 datapoints [20.0 (01/01/26 00:03:00), 20.0 (01/01/26 00:01:00)] were greater than the threshold (10.0) (minimum 2 datapoints for OK -> ALARM transition)."
    );
    assert_eq!(
        data["newState"]["stateReasonData"]["recentDatapoints"],
        json!([20.0, 1.0, 20.0])
    );
    assert_eq!(a["StateValue"], "OK");
}

#[test]
fn describe_alarms_shows_datapoints_to_alarm_and_treat_missing_data_only_when_set() {
    let mut w = alarm_world(json!({"EvaluationPeriods": 2}));
    let a = cw(&mut w, "DescribeAlarms", json!({}))["MetricAlarms"][0].clone();
    let mut keys: Vec<&str> = a.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    // The keys of AWS's minimal alarm (LocalStack's AWS-recorded
    // test_describe_minimal_metric_alarm).
    assert_eq!(
        keys,
        [
            "ActionsEnabled",
            "AlarmActions",
            "AlarmArn",
            "AlarmConfigurationUpdatedTimestamp",
            "AlarmName",
            "ComparisonOperator",
            "Dimensions",
            "EvaluationPeriods",
            "InsufficientDataActions",
            "MetricName",
            "Namespace",
            "OKActions",
            "Period",
            "StateReason",
            "StateTransitionedTimestamp",
            "StateUpdatedTimestamp",
            "StateValue",
            "Statistic",
            "Threshold",
        ]
    );
    // Unset, they are still evaluated as DatapointsToAlarm = EvaluationPeriods
    // and TreatMissingData = missing: the same states as an alarm setting them so.
    let mut explicit = alarm_world(
        json!({"EvaluationPeriods": 2, "DatapointsToAlarm": 2, "TreatMissingData": "missing"}),
    );
    let a = cw(&mut explicit, "DescribeAlarms", json!({}))["MetricAlarms"][0].clone();
    assert_eq!(
        (&a["DatapointsToAlarm"], &a["TreatMissingData"]),
        (&json!(2), &json!("missing"))
    );
    let minutes = [
        Some(11.0),
        Some(5.0),
        Some(11.0),
        None,
        Some(11.0),
        Some(11.0),
        None,
        None,
    ];
    let got = run(&mut w, &minutes);
    assert_eq!(got, run(&mut explicit, &minutes));
    let mut one = alarm_world(json!({"EvaluationPeriods": 2, "DatapointsToAlarm": 1}));
    assert_ne!(got, run(&mut one, &minutes));
    // A saved world keeps them unset.
    let saved = serde_json::to_value(&w.cloudwatch).unwrap();
    let back: switchyard::cloudwatch::CloudWatch = serde_json::from_value(saved).unwrap();
    let a = back.alarms().next().unwrap();
    assert_eq!((a.datapoints_to_alarm, a.treat_missing), (None, None));
    assert_eq!(a.datapoints_needed(), 2);
}

#[test]
fn missing_data_is_treated_as_configured() {
    let gap = [Some(20.0), None, None];
    let mut w = alarm_world(json!({}));
    assert_eq!(
        run(&mut w, &gap),
        ["ALARM", "INSUFFICIENT_DATA", "INSUFFICIENT_DATA"]
    );
    let mut w = alarm_world(json!({"TreatMissingData": "ignore"}));
    assert_eq!(run(&mut w, &gap), ["ALARM", "ALARM", "ALARM"]);
    let mut w = alarm_world(json!({"TreatMissingData": "breaching"}));
    assert_eq!(
        run(&mut w, &[Some(1.0), None, None]),
        ["OK", "ALARM", "ALARM"]
    );
    let mut w = alarm_world(json!({"TreatMissingData": "notBreaching"}));
    assert_eq!(run(&mut w, &gap), ["ALARM", "OK", "OK"]);
    // 3 of 3 under `ignore`: one breaching point and two gaps keep the state.
    let mut w = alarm_world(json!({"TreatMissingData": "ignore", "EvaluationPeriods": 3}));
    assert_eq!(
        run(&mut w, &[Some(1.0), Some(20.0), None, Some(1.0)]),
        ["OK", "OK", "OK", "OK"]
    );
}

#[test]
fn alarm_configuration_is_checked_as_aws_does() {
    let mut w = World::new(7);
    let base = json!({"AlarmName": "a", "Namespace": "App", "MetricName": "Depth", "Statistic": "Maximum",
        "Period": 60, "EvaluationPeriods": 1, "Threshold": 10, "ComparisonOperator": "GreaterThanThreshold"});
    let with = |k: &str, v: Value| {
        let mut b = base.clone();
        b[k] = v;
        b
    };
    assert_eq!(
        cw_err(&mut w, "PutMetricAlarm", with("Period", json!(45))).code,
        "ValidationError"
    );
    assert_eq!(
        cw_err(&mut w, "PutMetricAlarm", with("Period", json!(10))).code,
        "NotImplemented"
    );
    let e = cw_err(
        &mut w,
        "PutMetricAlarm",
        with("EvaluationPeriods", json!(0)),
    );
    assert_eq!(e.message, "1 validation error detected: Value '0' at 'evaluationPeriods' failed to satisfy constraint: Member must have value greater than or equal to 1");
    assert_eq!(
        cw_err(
            &mut w,
            "PutMetricAlarm",
            with("DatapointsToAlarm", json!(2))
        )
        .code,
        "ValidationError"
    );
    let e = cw_err(
        &mut w,
        "PutMetricAlarm",
        with("EvaluationPeriods", json!(1441)),
    );
    assert_eq!(
        e.message,
        "Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400)."
    );
    assert_eq!(
        cw_err(
            &mut w,
            "PutMetricAlarm",
            with("TreatMissingData", json!("sometimes"))
        )
        .code,
        "ValidationError"
    );
    assert_eq!(
        cw_err(
            &mut w,
            "PutMetricAlarm",
            with("ExtendedStatistic", json!("p99"))
        )
        .code,
        "NotImplemented"
    );
    assert_eq!(
        cw_err(
            &mut w,
            "PutMetricAlarm",
            with("ComparisonOperator", json!("GreaterThanUpperThreshold"))
        )
        .code,
        "NotImplemented"
    );
    assert_eq!(
        cw_err(
            &mut w,
            "PutMetricAlarm",
            with(
                "AlarmActions",
                json!(["arn:aws:automate:us-east-1:ec2:stop"])
            )
        )
        .code,
        "NotImplemented"
    );
    assert_eq!(
        cw_err(
            &mut w,
            "PutMetricAlarm",
            with("AlarmActions", json!(["not-an-arn"]))
        )
        .code,
        "ValidationError"
    );
    let six: Vec<String> = (0..6)
        .map(|i| format!("arn:aws:sns:us-east-1:123456789012:t{i}"))
        .collect();
    assert_eq!(
        cw_err(&mut w, "PutMetricAlarm", with("OKActions", json!(six))).code,
        "ValidationError"
    );
    cw(&mut w, "PutMetricAlarm", base.clone());
    let e = cw_err(&mut w, "DeleteAlarms", json!({"AlarmNames": ["a", "nope"]}));
    assert_eq!((e.code.as_str(), e.status), ("ResourceNotFound", 404));
    assert_eq!(
        cw(&mut w, "DescribeAlarms", json!({}))["MetricAlarms"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "nothing deleted"
    );
    assert_eq!(
        cw_err(
            &mut w,
            "SetAlarmState",
            json!({"AlarmName": "nope", "StateValue": "OK", "StateReason": "x"})
        )
        .code,
        "ResourceNotFound"
    );
    assert_eq!(cw_err(&mut w, "SetAlarmState", json!({"AlarmName": "a", "StateValue": "OK", "StateReason": "x", "StateReasonData": "{"})).code, "InvalidFormat");
    assert_eq!(
        cw_err(
            &mut w,
            "DescribeAlarms",
            json!({"AlarmNames": ["a"], "AlarmNamePrefix": "a"})
        )
        .code,
        "InvalidParameterCombination"
    );
    // Another account sees none of them.
    let other = Caller {
        account_id: "111122223333".into(),
        ..Caller::default()
    };
    let out = w
        .call_and_wait(Service::CloudWatch, "DescribeAlarms", json!({}), &other)
        .unwrap();
    assert_eq!(out["MetricAlarms"], json!([]));
    // For metric, prefix, state filters.
    let found = cw(
        &mut w,
        "DescribeAlarmsForMetric",
        json!({"Namespace": "App", "MetricName": "Depth"}),
    );
    assert_eq!(found["MetricAlarms"][0]["AlarmName"], "a");
    assert_eq!(
        cw(&mut w, "DescribeAlarms", json!({"StateValue": "ALARM"}))["MetricAlarms"],
        json!([])
    );
    cw(&mut w, "DeleteAlarms", json!({"AlarmNames": ["a"]}));
    assert_eq!(
        cw(&mut w, "DescribeAlarms", json!({}))["MetricAlarms"],
        json!([])
    );
}

#[test]
fn alarm_actions_notify_a_topic_and_can_be_disabled() {
    let mut w = World::new(8);
    w.sqs.settings.short_poll_sampling = false;
    let topic = call(&mut w, Service::Sns, "CreateTopic", json!({"Name": "ops"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let url = call(
        &mut w,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "inbox"}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let qarn = "arn:aws:sqs:us-east-1:123456789012:inbox";
    let policy = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"},
        "Action": "sqs:SendMessage", "Resource": qarn}]});
    call(
        &mut w,
        Service::Sqs,
        "SetQueueAttributes",
        json!({"QueueUrl": url, "Attributes": {"Policy": policy.to_string()}}),
    );
    call(
        &mut w,
        Service::Sns,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": qarn, "Attributes": {"RawMessageDelivery": "true"}}),
    );
    cw(
        &mut w,
        "PutMetricAlarm",
        json!({"AlarmName": "hot", "AlarmDescription": "too many", "Namespace": "App", "MetricName": "Depth", "Statistic": "Sum",
        "Period": 60, "EvaluationPeriods": 1, "Threshold": 10, "ComparisonOperator": "GreaterThanOrEqualToThreshold", "AlarmActions": [topic], "OKActions": [topic]}),
    );
    put(&mut w, 50.0);
    at(&mut w, 60_000);
    let got = call(
        &mut w,
        Service::Sqs,
        "ReceiveMessage",
        json!({"QueueUrl": url, "MaxNumberOfMessages": 10}),
    );
    let hist = cw(&mut w, "DescribeAlarmHistory", json!({"AlarmName": "hot"}));
    let msgs = got["Messages"]
        .as_array()
        .unwrap_or_else(|| panic!("{hist}"));
    assert_eq!(msgs.len(), 1);
    let body: Value = serde_json::from_str(msgs[0]["Body"].as_str().unwrap()).unwrap();
    assert_eq!(body["AlarmName"], "hot");
    assert_eq!(body["NewStateValue"], "ALARM");
    assert_eq!(body["OldStateValue"], "INSUFFICIENT_DATA");
    assert_eq!(body["Region"], "US East (N. Virginia)");
    // Neither DatapointsToAlarm nor TreatMissingData was set: the Trigger
    // leaves the first out (LocalStack's AWS-recorded test_put_metric_alarm)
    // and has "" for the second (AWS notifications of 2019 and 2022).
    let mut keys: Vec<&str> = body["Trigger"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "ComparisonOperator",
            "Dimensions",
            "EvaluateLowSampleCountPercentile",
            "EvaluationPeriods",
            "MetricName",
            "Namespace",
            "Period",
            "Statistic",
            "StatisticType",
            "Threshold",
            "TreatMissingData",
            "Unit",
        ]
    );
    assert_eq!(body["Trigger"]["TreatMissingData"], "");
    assert_eq!(body["Trigger"]["MetricName"], "Depth");
    let hist = cw(
        &mut w,
        "DescribeAlarmHistory",
        json!({"AlarmName": "hot", "HistoryItemType": "Action"}),
    );
    assert_eq!(
        hist["AlarmHistoryItems"][0]["HistorySummary"],
        format!("Successfully executed action {topic}")
    );
    // Disabled actions: the state still changes, nothing is sent.
    cw(
        &mut w,
        "DisableAlarmActions",
        json!({"AlarmNames": ["hot"]}),
    );
    at(&mut w, 120_000);
    assert_eq!(
        cw(&mut w, "DescribeAlarms", json!({}))["MetricAlarms"][0]["StateValue"],
        "INSUFFICIENT_DATA"
    );
    assert_eq!(
        cw(&mut w, "DescribeAlarms", json!({}))["MetricAlarms"][0]["ActionsEnabled"],
        false
    );
    cw(&mut w, "EnableAlarmActions", json!({"AlarmNames": ["hot"]}));
    // SetAlarmState runs the actions too (AWS: "to test an alarm's actions").
    cw(
        &mut w,
        "SetAlarmState",
        json!({"AlarmName": "hot", "StateValue": "OK", "StateReason": "testing"}),
    );
    let a = cw(&mut w, "DescribeAlarms", json!({}))["MetricAlarms"][0].clone();
    assert_eq!(
        (a["StateValue"].as_str(), a["StateReason"].as_str()),
        (Some("OK"), Some("testing"))
    );
    // (The ALARM message, not deleted, is back too: only one says OK.)
    let got = call(
        &mut w,
        Service::Sqs,
        "ReceiveMessage",
        json!({"QueueUrl": url, "MaxNumberOfMessages": 10}),
    );
    let ok_messages = got["Messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| {
            serde_json::from_str::<Value>(m["Body"].as_str().unwrap()).unwrap()["NewStateValue"]
                == "OK"
        })
        .count();
    assert_eq!(ok_messages, 1);
    // Set, both are in the Trigger.
    cw(
        &mut w,
        "PutMetricAlarm",
        json!({"AlarmName": "hot", "Namespace": "App", "MetricName": "Depth", "Statistic": "Sum",
        "Period": 60, "EvaluationPeriods": 3, "DatapointsToAlarm": 2, "TreatMissingData": "notBreaching",
        "Threshold": 10, "ComparisonOperator": "GreaterThanOrEqualToThreshold", "AlarmActions": [topic]}),
    );
    cw(
        &mut w,
        "SetAlarmState",
        json!({"AlarmName": "hot", "StateValue": "ALARM", "StateReason": "set both"}),
    );
    let got = call(
        &mut w,
        Service::Sqs,
        "ReceiveMessage",
        json!({"QueueUrl": url, "MaxNumberOfMessages": 10}),
    );
    let body: Value = got["Messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| serde_json::from_str::<Value>(m["Body"].as_str().unwrap()).unwrap())
        .find(|b| b["NewStateReason"] == "set both")
        .expect("the notification");
    assert_eq!(
        (
            &body["Trigger"]["DatapointsToAlarm"],
            &body["Trigger"]["TreatMissingData"]
        ),
        (&json!(2), &json!("notBreaching"))
    );
}

fn wire(w: &mut World, op: &str, body: Value) -> (u16, Vec<(String, String)>, Value) {
    let req = HttpRequest {
        method: "POST".into(),
        url: "/".into(),
        headers: vec![
            (
                "X-Amz-Target".into(),
                format!("GraniteServiceVersion20100801.{op}"),
            ),
            ("Content-Type".into(), "application/x-amz-json-1.0".into()),
            ("x-amzn-query-mode".into(), "true".into()),
        ],
        body: body.to_string().into_bytes(),
    };
    match protocol::handle(w, &req) {
        Handled::Done(r) => {
            assert_eq!(r.header("content-type"), Some("application/x-amz-json-1.0"));
            (
                r.status,
                r.headers.clone(),
                serde_json::from_slice(&r.body).unwrap(),
            )
        }
        Handled::Pending { .. } => panic!("cloudwatch never parks"),
    }
}

#[test]
fn aws_json_1_0_wire_as_the_cli_and_sdk_send_it() {
    let mut w = World::new(9);
    let (status, _, out) = wire(
        &mut w,
        "PutMetricData",
        json!({"Namespace": "App", "MetricData": [{"MetricName": "X", "Value": 3}]}),
    );
    assert_eq!((status, out), (200, json!({})));
    let (status, _, out) = wire(&mut w, "ListMetrics", json!({}));
    assert_eq!(status, 200);
    assert_eq!(out["Metrics"][0]["MetricName"], "X");
    let (status, headers, out) = wire(&mut w, "DeleteAlarms", json!({"AlarmNames": ["missing"]}));
    assert_eq!(status, 404);
    assert_eq!(out["__type"], "com.amazonaws.cloudwatch#ResourceNotFound");
    assert!(
        headers
            .iter()
            .any(|(k, v)| k == "x-amzn-query-error" && v == "ResourceNotFound;Sender"),
        "{headers:?}"
    );
    let (status, _, out) = wire(&mut w, "NoSuchThing", json!({}));
    assert_eq!(status, 400);
    assert_eq!(
        out["__type"],
        "com.amazonaws.cloudwatch#UnknownOperationException"
    );
}

#[test]
fn a_gzip_request_body_is_read_decompressed() {
    use std::io::Write;
    let mut w = World::new(10);
    let json = serde_json::json!({"Namespace": "App", "MetricData": [
        {"MetricName": "Hits", "Value": 4, "Timestamp": 1767225610}]})
    .to_string();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(json.as_bytes()).unwrap();
    let req = HttpRequest {
        method: "POST".into(),
        url: "/".into(),
        headers: vec![
            ("Content-Type".into(), "application/x-amz-json-1.0".into()),
            ("Content-Encoding".into(), "gzip".into()),
            ("X-Amz-Target".into(), "GraniteServiceVersion20100801.PutMetricData".into()),
            (
                "Authorization".into(),
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/monitoring/aws4_request, SignedHeaders=host, Signature=x".into(),
            ),
        ],
        body: gz.finish().unwrap(),
    };
    let status = match protocol::handle(&mut w, &req) {
        Handled::Done(r) => r.status,
        Handled::Pending { .. } => panic!("never parks"),
    };
    assert_eq!(status, 200);
    let m = match w.call(
        Service::CloudWatch,
        "ListMetrics",
        serde_json::json!({"Namespace": "App"}),
        &Caller::default(),
    ) {
        CallOutcome::Done(r) => r.unwrap(),
        CallOutcome::Pending(_) => unreachable!(),
    };
    assert_eq!(m["Metrics"][0]["MetricName"], "Hits");
}

#[test]
fn the_query_protocol_works_for_older_clients() {
    let mut w = World::new(10);
    let form = |w: &mut World, body: &str| {
        let req = HttpRequest {
            method: "POST".into(),
            url: "/".into(),
            headers: vec![
                ("Content-Type".into(), "application/x-www-form-urlencoded; charset=utf-8".into()),
                (
                    "Authorization".into(),
                    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/monitoring/aws4_request, SignedHeaders=host, Signature=x".into(),
                ),
            ],
            body: body.as_bytes().to_vec(),
        };
        match protocol::handle(w, &req) {
            Handled::Done(r) => (r.status, String::from_utf8(r.body).unwrap()),
            Handled::Pending { .. } => panic!("never parks"),
        }
    };
    let (status, _) = form(
        &mut w,
        "Action=PutMetricData&Version=2010-08-01&Namespace=App&MetricData.member.1.MetricName=Hits&MetricData.member.1.Value=4&MetricData.member.1.Timestamp=2026-01-01T00%3A00%3A10Z",
    );
    assert_eq!(status, 200);
    let (status, xml) = form(
        &mut w,
        "Action=GetMetricStatistics&Version=2010-08-01&Namespace=App&MetricName=Hits&StartTime=2026-01-01T00%3A00%3A00Z&EndTime=2026-01-01T00%3A05%3A00Z&Period=60&Statistics.member.1=Sum",
    );
    assert_eq!(status, 200, "{xml}");
    assert!(xml.contains("<GetMetricStatisticsResult>"), "{xml}");
    assert!(
        xml.contains("<Sum>4.0</Sum>") || xml.contains("<Sum>4</Sum>"),
        "{xml}"
    );
    assert!(
        xml.contains("<Timestamp>2026-01-01T00:00:00.000Z</Timestamp>"),
        "{xml}"
    );
    let (status, xml) = form(
        &mut w,
        "Action=DeleteAlarms&Version=2010-08-01&AlarmNames.member.1=nope",
    );
    assert_eq!(status, 404);
    assert!(xml.contains("<Code>ResourceNotFound</Code>"), "{xml}");
}

/// GetMetricStatistics checks Namespace as the model states it (1-255
/// characters, pattern `[^:].*`), as PutMetricData does.
#[test]
fn get_metric_statistics_refuses_a_namespace_the_model_refuses() {
    let mut w = World::new(31);
    for bad in ["", ":x"] {
        let e = cw_err(
            &mut w,
            "GetMetricStatistics",
            json!({"Namespace": bad, "MetricName": "m", "StartTime": 0.0, "EndTime": 60.0,
                   "Period": 60, "Statistics": ["Sum"]}),
        );
        assert_eq!(
            (e.code.as_str(), e.message.as_str()),
            (
                "ValidationError",
                format!("1 validation error detected: Value '{bad}' at 'namespace' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:].*").as_str()
            )
        );
    }
}

fn described(w: &mut World, name: &str) -> Value {
    cw(w, "DescribeAlarms", json!({"AlarmNames": [name]}))["MetricAlarms"][0].clone()
}

fn reason_of(w: &mut World, name: &str) -> String {
    described(w, name)["StateReason"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Reasons for alarms with no datapoints, or some, when TreatMissingData
/// counts the missing ones (LocalStack's AWS-recorded
/// test_breaching_alarm_actions and test_put_metric_alarm; AWS notifications
/// for the mixed forms).
#[test]
fn missing_datapoints_counted_by_treat_missing_data_read_as_aws_words_them() {
    let mut w = World::new(9);
    at(&mut w, 600_000);
    for (name, extra) in [
        (
            "b2",
            json!({"EvaluationPeriods": 2, "TreatMissingData": "breaching"}),
        ),
        (
            "n1",
            json!({"EvaluationPeriods": 1, "TreatMissingData": "notBreaching"}),
        ),
        (
            "l3",
            json!({"EvaluationPeriods": 3, "DatapointsToAlarm": 1, "TreatMissingData": "notBreaching"}),
        ),
    ] {
        let mut input = json!({"AlarmName": name, "Namespace": "App", "MetricName": "Latency", "Statistic": "Average",
            "Unit": "Seconds", "Period": 60, "Threshold": 2, "ComparisonOperator": "GreaterThanThreshold"});
        for (k, v) in extra.as_object().unwrap() {
            input[k] = v.clone();
        }
        cw(&mut w, "PutMetricAlarm", input);
    }
    let latency = |w: &mut World, v: f64| {
        cw(
            w,
            "PutMetricData",
            json!({"Namespace": "App", "MetricData": [{"MetricName": "Latency", "Value": v, "Unit": "Seconds"}]}),
        );
    };
    at(&mut w, 660_000);
    let b2 = described(&mut w, "b2");
    assert_eq!(b2["StateValue"], "ALARM");
    assert_eq!(
        b2["StateReason"],
        "Threshold Crossed: no datapoints were received for 2 periods and 2 missing datapoints were treated as [Breaching]."
    );
    // No startDate; the unit after the dates; one timestamp per period, newest first.
    assert_eq!(
        b2["StateReasonData"],
        r#"{"version":"1.0","queryDate":"2026-01-01T00:11:00.000+0000","unit":"Seconds","statistic":"Average","period":60,"recentDatapoints":[],"threshold":2.0,"evaluatedDatapoints":[{"timestamp":"2026-01-01T00:10:00.000+0000"},{"timestamp":"2026-01-01T00:09:00.000+0000"}]}"#
    );
    let n1 = described(&mut w, "n1");
    assert_eq!(n1["StateValue"], "OK");
    assert_eq!(
        n1["StateReason"],
        "Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [NonBreaching]."
    );
    assert_eq!(
        reason_of(&mut w, "l3"),
        "Threshold Crossed: no datapoints were received for 3 periods and 3 missing datapoints were treated as [NonBreaching]."
    );

    at(&mut w, 661_000);
    latency(&mut w, 1.0);
    at(&mut w, 720_000);
    let b2 = described(&mut w, "b2");
    assert_eq!(b2["StateValue"], "OK");
    assert_eq!(
        b2["StateReason"],
        "Threshold Crossed: 1 datapoint [1.0 (01/01/26 00:11:00)] was not greater than the threshold (2.0) and 1 missing datapoint was treated as [Breaching]."
    );
    assert_eq!(
        b2["StateReasonData"],
        r#"{"version":"1.0","queryDate":"2026-01-01T00:12:00.000+0000","startDate":"2026-01-01T00:10:00.000+0000","unit":"Seconds","statistic":"Average","period":60,"recentDatapoints":[1.0],"threshold":2.0,"evaluatedDatapoints":[{"timestamp":"2026-01-01T00:11:00.000+0000","sampleCount":1.0,"value":1.0}]}"#
    );
    // Still OK: the reason stays the transition's.
    assert_eq!(
        reason_of(&mut w, "n1"),
        "Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [NonBreaching]."
    );

    at(&mut w, 721_000);
    latency(&mut w, 5.0);
    at(&mut w, 780_000);
    assert_eq!(
        reason_of(&mut w, "l3"),
        "Threshold Crossed: 1 out of the last 3 datapoints [5.0 (01/01/26 00:12:00)] was greater than the threshold (2.0) and 1 missing datapoint was treated as [NonBreaching] (minimum 1 datapoint for OK -> ALARM transition)."
    );
    assert_eq!(
        reason_of(&mut w, "n1"),
        "Threshold Crossed: 1 datapoint [5.0 (01/01/26 00:12:00)] was greater than the threshold (2.0)."
    );
}

/// DatapointsToAlarm set, even to EvaluationPeriods, gives AWS's "N out of
/// the last M datapoints" form; unset, the short one.
#[test]
fn datapoints_to_alarm_set_gives_the_out_of_the_last_form() {
    let mut w = alarm_world(json!({"DatapointsToAlarm": 1}));
    assert_eq!(run(&mut w, &[Some(20.0)]), ["ALARM"]);
    assert_eq!(
        reason_of(&mut w, "a"),
        "Threshold Crossed: 1 out of the last 1 datapoints [20.0 (01/01/26 00:00:00)] was greater than the threshold (10.0) (minimum 1 datapoint for OK -> ALARM transition)."
    );
    assert_eq!(run(&mut w, &[Some(5.0)]), ["OK"]);
    assert_eq!(
        reason_of(&mut w, "a"),
        "Threshold Crossed: 1 out of the last 1 datapoints [5.0 (01/01/26 00:01:00)] was not greater than the threshold (10.0) (minimum 1 datapoint for ALARM -> OK transition)."
    );

    let mut w = alarm_world(json!({}));
    assert_eq!(run(&mut w, &[Some(20.0)]), ["ALARM"]);
    assert_eq!(
        reason_of(&mut w, "a"),
        "Threshold Crossed: 1 datapoint [20.0 (01/01/26 00:00:00)] was greater than the threshold (10.0)."
    );

    let mut w = alarm_world(json!({"EvaluationPeriods": 3, "DatapointsToAlarm": 3}));
    assert_eq!(run(&mut w, &[Some(1.0)]), ["OK"]);
    // ALARM -> OK needs M - N + 1 datapoints.
    assert_eq!(
        reason_of(&mut w, "a"),
        "Threshold Crossed: 1 out of the last 3 datapoints [1.0 (01/01/26 00:00:00)] was not greater than the threshold (10.0) (minimum 1 datapoint for ALARM -> OK transition)."
    );
    assert_eq!(
        run(&mut w, &[Some(20.0), Some(20.0), Some(20.0)]),
        ["OK", "OK", "ALARM"]
    );
    assert_eq!(
        reason_of(&mut w, "a"),
        "Threshold Crossed: 3 out of the last 3 datapoints [20.0 (01/01/26 00:03:00), 20.0 (01/01/26 00:02:00), 20.0 (01/01/26 00:01:00)] were greater than the threshold (10.0) (minimum 3 datapoints for OK -> ALARM transition)."
    );
}

/// A reason names only the datapoints that crossed to the new state's side,
/// newest first, four at most; from five on AWS's shortened form lists the
/// five most recent.
#[test]
fn reasons_list_the_datapoints_that_crossed_and_shorten_long_lists() {
    let mut w = alarm_world(json!({"EvaluationPeriods": 5, "DatapointsToAlarm": 3}));
    let minutes = [20.0, 20.0, 20.0, 20.0, 20.0, 5.0, 20.0, 5.0, 5.0].map(Some);
    let got = run(&mut w, &minutes);
    assert_eq!(got.last().unwrap(), "OK");
    assert_eq!(got[7], "ALARM");
    assert_eq!(
        reason_of(&mut w, "a"),
        "Threshold Crossed: 3 out of the last 5 datapoints [5.0 (01/01/26 00:08:00), 5.0 (01/01/26 00:07:00), 5.0 (01/01/26 00:05:00)] were not greater than the threshold (10.0) (minimum 3 datapoints for ALARM -> OK transition)."
    );

    let rising = [5.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0].map(Some);
    let mut w = alarm_world(json!({"EvaluationPeriods": 4}));
    assert_eq!(run(&mut w, &rising[..5]), ["OK", "OK", "OK", "OK", "ALARM"]);
    assert_eq!(
        reason_of(&mut w, "a"),
        "Threshold Crossed: 4 datapoints [14.0 (01/01/26 00:04:00), 13.0 (01/01/26 00:03:00), 12.0 (01/01/26 00:02:00), 11.0 (01/01/26 00:01:00)] were greater than the threshold (10.0)."
    );
    let mut w = alarm_world(json!({"EvaluationPeriods": 6}));
    assert_eq!(run(&mut w, &rising).last().unwrap(), "ALARM");
    assert_eq!(
        reason_of(&mut w, "a"),
        "Threshold Crossed: 6 datapoints were greater than the threshold (10.0). The most recent datapoints which crossed the threshold: [16.0 (01/01/26 00:06:00), 15.0 (01/01/26 00:05:00), 14.0 (01/01/26 00:04:00), 13.0 (01/01/26 00:03:00), 12.0 (01/01/26 00:02:00)]."
    );
    let mut w = alarm_world(json!({"EvaluationPeriods": 6, "DatapointsToAlarm": 6}));
    assert_eq!(run(&mut w, &rising).last().unwrap(), "ALARM");
    assert_eq!(
        reason_of(&mut w, "a"),
        "Threshold Crossed: 6 out of the last 6 datapoints were greater than the threshold (10.0). The most recent datapoints which crossed the threshold: [16.0 (01/01/26 00:06:00), 15.0 (01/01/26 00:05:00), 14.0 (01/01/26 00:04:00), 13.0 (01/01/26 00:03:00), 12.0 (01/01/26 00:02:00)] (minimum 6 datapoints for OK -> ALARM transition)."
    );
}

/// ConfigurationUpdate items carry the alarm in AWS's camelCase HistoryData.
#[test]
fn configuration_history_items_carry_the_alarm_as_aws_writes_it() {
    let mut w = World::new(10);
    at(&mut w, 1_500);
    let input = json!({"AlarmName": "h", "AlarmDescription": "d", "Namespace": "App", "MetricName": "Depth",
        "Dimensions": [{"Name": "QueueName", "Value": "q"}], "Statistic": "Sum", "Unit": "Count",
        "Period": 60, "EvaluationPeriods": 1, "Threshold": 1, "ComparisonOperator": "GreaterThanOrEqualToThreshold"});
    cw(&mut w, "PutMetricAlarm", input.clone());
    let arn = described(&mut w, "h")["AlarmArn"]
        .as_str()
        .unwrap()
        .to_string();
    let items = |w: &mut World| {
        cw(
            w,
            "DescribeAlarmHistory",
            json!({"AlarmName": "h", "HistoryItemType": "ConfigurationUpdate", "ScanBy": "TimestampAscending"}),
        )["AlarmHistoryItems"]
            .as_array()
            .unwrap()
            .clone()
    };
    let created = &items(&mut w)[0];
    assert_eq!(created["HistorySummary"], "Alarm \"h\" created");
    let alarm = |when: &str, threshold: &str| {
        format!(
            r#"{{"alarmName":"h","alarmDescription":"d","alarmArn":"{arn}","alarmConfigurationUpdatedTimestamp":"{when}","namespace":"App","metricName":"Depth","statistic":"Sum","period":60,"unit":"Count","dimensions":[{{"value":"q","name":"QueueName"}}],"threshold":{threshold},"comparisonOperator":"GreaterThanOrEqualToThreshold","evaluationPeriods":1,"stateValue":"INSUFFICIENT_DATA","stateUpdatedTimestamp":"2026-01-01T00:00:01.500+0000","actionsEnabled":true,"alarmActions":[],"insufficientDataActions":[],"okactions":[]}}"#
        )
    };
    assert_eq!(
        created["HistoryData"],
        format!(
            r#"{{"version":"1.0","type":"Create","createdAlarm":{}}}"#,
            alarm("2026-01-01T00:00:01.500+0000", "1.0")
        )
    );
    at(&mut w, 3_000);
    let mut changed = input;
    changed["Threshold"] = json!(2);
    cw(&mut w, "PutMetricAlarm", changed);
    assert_eq!(
        items(&mut w)[1]["HistoryData"],
        format!(
            r#"{{"version":"1.0","type":"Update","updatedAlarm":{}}}"#,
            alarm("2026-01-01T00:00:03.000+0000", "2.0")
        )
    );
    cw(&mut w, "DeleteAlarms", json!({"AlarmNames": ["h"]}));
    let deleted = &items(&mut w)[2];
    assert_eq!(deleted["HistorySummary"], "Alarm \"h\" deleted");
    assert_eq!(
        deleted["HistoryData"],
        format!(
            r#"{{"version":"1.0","type":"Delete","deletedAlarm":{}}}"#,
            alarm("2026-01-01T00:00:03.000+0000", "2.0")
        )
    );
}

/// SetAlarmState to the state the alarm is in runs no action and records
/// no transition; the reason it gives replaces the old one.
#[test]
fn set_alarm_state_to_the_current_state_runs_no_action() {
    let mut w = World::new(11);
    let topic = call(&mut w, Service::Sns, "CreateTopic", json!({"Name": "ops"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    cw(
        &mut w,
        "PutMetricAlarm",
        json!({"AlarmName": "s", "Namespace": "App", "MetricName": "Depth", "Statistic": "Sum",
            "Period": 60, "EvaluationPeriods": 1, "Threshold": 10, "ComparisonOperator": "GreaterThanThreshold",
            "AlarmActions": [topic]}),
    );
    at(&mut w, 1_000);
    cw(
        &mut w,
        "SetAlarmState",
        json!({"AlarmName": "s", "StateValue": "ALARM", "StateReason": "first"}),
    );
    let count = |w: &mut World, kind: &str| {
        cw(
            w,
            "DescribeAlarmHistory",
            json!({"AlarmName": "s", "HistoryItemType": kind}),
        )["AlarmHistoryItems"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(
        (count(&mut w, "StateUpdate"), count(&mut w, "Action")),
        (1, 1)
    );
    at(&mut w, 2_000);
    cw(
        &mut w,
        "SetAlarmState",
        json!({"AlarmName": "s", "StateValue": "ALARM", "StateReason": "again"}),
    );
    assert_eq!(
        (count(&mut w, "StateUpdate"), count(&mut w, "Action")),
        (1, 1)
    );
    let a = described(&mut w, "s");
    assert_eq!(a["StateReason"], "again");
    assert_eq!(a["StateUpdatedTimestamp"], T0 + 1.0);
    assert_eq!(a["StateTransitionedTimestamp"], T0 + 1.0);
}

/// StateUpdatedTimestamp moves with StateValue only; a new alarm's first
/// evaluation replaces "Unchecked: Initial alarm creation" even when it stays
/// INSUFFICIENT_DATA, without a transition.
#[test]
fn state_updated_timestamp_moves_only_with_the_state() {
    let mut w = alarm_world(json!({}));
    assert_eq!(run(&mut w, &[None]), ["INSUFFICIENT_DATA"]);
    let a = described(&mut w, "a");
    assert_eq!(
        a["StateReason"],
        "Insufficient Data: 1 datapoint was unknown."
    );
    assert_eq!(
        a["StateReasonData"],
        r#"{"version":"1.0","queryDate":"2026-01-01T00:01:00.000+0000","statistic":"Maximum","period":60,"recentDatapoints":[],"threshold":10.0,"evaluatedDatapoints":[{"timestamp":"2026-01-01T00:00:00.000+0000"}]}"#
    );
    assert_eq!(a["StateUpdatedTimestamp"], T0);
    let transitions = |w: &mut World| {
        cw(
            w,
            "DescribeAlarmHistory",
            json!({"AlarmName": "a", "HistoryItemType": "StateUpdate"}),
        )["AlarmHistoryItems"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(transitions(&mut w), 0);
    assert_eq!(
        run(&mut w, &[Some(5.0), Some(6.0), Some(7.0)]),
        ["OK", "OK", "OK"]
    );
    let a = described(&mut w, "a");
    assert_eq!(a["StateUpdatedTimestamp"], T0 + 120.0);
    assert_eq!(a["StateTransitionedTimestamp"], T0 + 120.0);
    assert_eq!(
        a["StateReason"],
        "Threshold Crossed: 1 datapoint [5.0 (01/01/26 00:01:00)] was not greater than the threshold (10.0)."
    );
    assert_eq!(transitions(&mut w), 1);
}

/// EvaluationPeriods x Period: a day below one-hour periods, a week from
/// one hour on.
#[test]
fn evaluation_range_is_a_day_below_hour_periods_and_a_week_above() {
    let mut w = World::new(12);
    let alarm = |period: u64, periods: u64| {
        json!({"AlarmName": "r", "Namespace": "App", "MetricName": "Depth", "Statistic": "Sum",
            "Period": period, "EvaluationPeriods": periods, "Threshold": 1, "ComparisonOperator": "GreaterThanThreshold"})
    };
    cw(&mut w, "PutMetricAlarm", alarm(3_600, 168));
    cw(&mut w, "PutMetricAlarm", alarm(86_400, 7));
    let e = cw_err(&mut w, "PutMetricAlarm", alarm(3_600, 169));
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        ("ValidationError", "Metrics cannot be checked across more than a week (EvaluationPeriods * Period must be <= 604800) for alarms using period >= 3600")
    );
    let e = cw_err(&mut w, "PutMetricAlarm", alarm(1_800, 49));
    assert_eq!(
        e.message,
        "Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400)."
    );
}
