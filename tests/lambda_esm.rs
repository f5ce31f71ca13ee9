//! Event-source mappings answer as AWS recorded them (LocalStack's
//! AWS-validated snapshots): the states a Create or Update answers and where
//! the clock takes them, StateTransitionReason per source, the unknown-UUID,
//! missing-function and missing-source errors, the starting-position rules for
//! streams and queues, and the model's range and enum checks naming the side
//! that was crossed.
#![cfg(not(target_arch = "wasm32"))]

use super::lambda::{call, ok, run_for};
use serde_json::{json, Value};
use switchyard::model::Service;
use switchyard::World;

/// The refusal as "status code: message".
fn err(w: &mut World, op: &str, input: Value) -> String {
    match call(w, Service::Lambda, op, input.clone()) {
        Ok(v) => panic!("{op} {input} succeeded: {v}"),
        Err(e) => format!("{} {}: {}", e.status, e.code, e.message),
    }
}

fn function(w: &mut World, name: &str) {
    super::lambda::function(w, name, json!({}));
}

fn queue(w: &mut World, name: &str) -> (String, String) {
    super::lambda::queue(w, name, json!({}))
}

fn stream(w: &mut World, name: &str) -> String {
    super::lambda::stream(w, name, 1)
}

fn state(w: &mut World, uuid: &str) -> String {
    ok(
        w,
        Service::Lambda,
        "GetEventSourceMapping",
        json!({"UUID": uuid}),
    )["State"]
        .as_str()
        .unwrap()
        .to_string()
}

/// test_lambda_integration_sqs.snapshot.json, test_fifo_message_group_parallelism
/// (create_esm_disabled: "Disabled"; update_esm_enabling: "Enabling") and
/// test_sqs_event_source_mapping_update (updated_esm: "Updating").
#[test]
fn a_mapping_created_disabled_is_disabled_at_once_and_an_update_names_its_transition() {
    let mut w = World::new(11);
    let (url, arn) = queue(&mut w, "jobs");
    function(&mut w, "worker");
    let m = ok(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "worker", "EventSourceArn": arn, "Enabled": false, "BatchSize": 1}),
    );
    assert_eq!(m["State"], "Disabled");
    assert_eq!(m["StateTransitionReason"], "USER_INITIATED");
    let uuid = m["UUID"].as_str().unwrap().to_string();
    ok(
        &mut w,
        Service::Sqs,
        "SendMessage",
        json!({"QueueUrl": url, "MessageBody": "waits"}),
    );
    run_for(&mut w, 5_000);
    assert_eq!(state(&mut w, &uuid), "Disabled");
    assert_eq!(w.lambda.functions().next().unwrap().stats.invocations, 0);

    let u = ok(
        &mut w,
        Service::Lambda,
        "UpdateEventSourceMapping",
        json!({"UUID": uuid, "Enabled": true}),
    );
    assert_eq!(u["State"], "Enabling");
    run_for(&mut w, 5_000);
    assert_eq!(state(&mut w, &uuid), "Enabled");
    assert_eq!(w.lambda.functions().next().unwrap().stats.invocations, 1);

    let u = ok(
        &mut w,
        Service::Lambda,
        "UpdateEventSourceMapping",
        json!({"UUID": uuid, "BatchSize": 5}),
    );
    assert_eq!(u["State"], "Updating");
    assert_eq!(u["BatchSize"], 5);
    run_for(&mut w, 5_000);
    assert_eq!(state(&mut w, &uuid), "Enabled");

    let u = ok(
        &mut w,
        Service::Lambda,
        "UpdateEventSourceMapping",
        json!({"UUID": uuid, "Enabled": false}),
    );
    assert_eq!(u["State"], "Disabling");
    run_for(&mut w, 5_000);
    assert_eq!(state(&mut w, &uuid), "Disabled");
}

/// test_lambda_integration_kinesis.snapshot.json,
/// test_create_kinesis_event_source_mapping: create_event_source_mapping_response.
#[test]
fn a_kinesis_mapping_gives_user_action_as_its_state_transition_reason() {
    let mut w = World::new(12);
    let arn = stream(&mut w, "events");
    function(&mut w, "proc");
    let m = ok(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "proc", "EventSourceArn": arn, "StartingPosition": "LATEST"}),
    );
    assert_eq!(m["State"], "Creating");
    assert_eq!(m["StateTransitionReason"], "User action");
    run_for(&mut w, 5_000);
    let uuid = m["UUID"].as_str().unwrap();
    let g = ok(
        &mut w,
        Service::Lambda,
        "GetEventSourceMapping",
        json!({"UUID": uuid}),
    );
    assert_eq!(g["State"], "Enabled");
    assert_eq!(g["StateTransitionReason"], "User action");
}

/// test_lambda_api.snapshot.json, test_event_source_mapping_exceptions:
/// get_unknown_uuid, delete_unknown_uuid, update_unknown_uuid.
#[test]
fn an_unknown_uuid_is_not_found_in_aws_words() {
    let mut w = World::new(13);
    let uuid = "6c1b5e0a-2b9d-4f55-9e3e-1a2b3c4d5e6f";
    let want = "404 ResourceNotFoundException: The resource you requested does not exist.";
    assert_eq!(
        err(&mut w, "GetEventSourceMapping", json!({"UUID": uuid})),
        want
    );
    assert_eq!(
        err(&mut w, "DeleteEventSourceMapping", json!({"UUID": uuid})),
        want
    );
    assert_eq!(
        err(
            &mut w,
            "UpdateEventSourceMapping",
            json!({"UUID": uuid, "Enabled": false})
        ),
        want
    );
}

/// test_lambda_api.snapshot.json, test_event_source_mapping_exceptions:
/// create_no_event_source_arn (no source, no such function) and
/// create_unknown_params (no such function, no such queue).
#[test]
fn a_create_without_a_source_or_a_function_answers_as_aws() {
    let mut w = World::new(14);
    assert_eq!(
        err(
            &mut w,
            "CreateEventSourceMapping",
            json!({"FunctionName": "doesnotexist"})
        ),
        "400 InvalidParameterValueException: Unrecognized event source."
    );
    assert_eq!(
        err(
            &mut w,
            "CreateEventSourceMapping",
            json!({"FunctionName": "doesnotexist", "EventSourceArn": "arn:aws:sqs:us-east-1:111111111111:somequeue"}),
        ),
        "400 InvalidParameterValueException: Function does not exist"
    );
    // The same with a queue that exists.
    let (_, arn) = queue(&mut w, "q");
    assert_eq!(
        err(
            &mut w,
            "CreateEventSourceMapping",
            json!({"FunctionName": "doesnotexist", "EventSourceArn": arn}),
        ),
        "400 InvalidParameterValueException: Function does not exist"
    );
}

/// test_lambda_api.snapshot.json, test_create_event_source_validation (a
/// stream source without StartingPosition; recorded for a DynamoDB stream) and
/// event_source_mapping/test_api.snapshot.json,
/// test_create_starting_position_validation_exceptions[kinesis].
#[test]
fn a_kinesis_mapping_checks_its_starting_position_as_aws() {
    let mut w = World::new(15);
    let arn = stream(&mut w, "s");
    function(&mut w, "f");
    assert_eq!(
        err(&mut w, "CreateEventSourceMapping", json!({"FunctionName": "f", "EventSourceArn": arn})),
        "400 InvalidParameterValueException: 1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null."
    );
    assert_eq!(
        err(
            &mut w,
            "CreateEventSourceMapping",
            json!({"FunctionName": "f", "EventSourceArn": arn, "StartingPosition": "0"}),
        ),
        "400 ValidationException: 1 validation error detected: Value '0' at 'startingPosition' failed to satisfy constraint: Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]"
    );
    for p in ["LATEST", "TRIM_HORIZON"] {
        assert_eq!(
            err(
                &mut w,
                "CreateEventSourceMapping",
                json!({"FunctionName": "f", "EventSourceArn": arn, "StartingPosition": p, "StartingPositionTimestamp": 1_739_809_968}),
            ),
            "400 InvalidParameterValueException: Timestamp only valid with StartingPosition AT_TIMESTAMP"
        );
    }
    assert_eq!(
        err(
            &mut w,
            "CreateEventSourceMapping",
            json!({"FunctionName": "f", "EventSourceArn": arn, "StartingPosition": "AT_TIMESTAMP", "StartingPositionTimestamp": -1_739_809_968}),
        ),
        "400 InvalidParameterValueException: Received Exception while reading from provided stream. class java.lang.Long can not be converted to a Timestamp"
    );
    let m = ok(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "f", "EventSourceArn": arn, "StartingPosition": "AT_TIMESTAMP", "StartingPositionTimestamp": 1_739_809_968}),
    );
    assert_eq!(m["StartingPosition"], "AT_TIMESTAMP");
}

/// event_source_mapping/test_api.snapshot.json,
/// test_create_starting_position_validation_exceptions[sqs].
#[test]
fn an_sqs_mapping_refuses_a_starting_position_as_aws() {
    let mut w = World::new(16);
    let (_, arn) = queue(&mut w, "q");
    function(&mut w, "f");
    assert_eq!(
        err(
            &mut w,
            "CreateEventSourceMapping",
            json!({"FunctionName": "f", "EventSourceArn": arn, "StartingPosition": "0"}),
        ),
        "400 ValidationException: 1 validation error detected: Value '0' at 'startingPosition' failed to satisfy constraint: Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]"
    );
    for (p, t) in [("LATEST", 1_739_809_968), ("AT_TIMESTAMP", -1_739_809_968)] {
        assert_eq!(
            err(
                &mut w,
                "CreateEventSourceMapping",
                json!({"FunctionName": "f", "EventSourceArn": arn, "StartingPosition": p, "StartingPositionTimestamp": t}),
            ),
            "400 InvalidParameterValueException: StartingPosition is not valid for SQS event sources."
        );
    }
}

/// The model's constraints (botocore's lambda 2015-03-31 model) in the
/// standard validation wording, naming the bound that was crossed; they are
/// checked before the function is looked up.
#[test]
fn model_constraints_name_the_bound_that_was_crossed() {
    let mut w = World::new(17);
    let arn = stream(&mut w, "s");
    let (_, qarn) = queue(&mut w, "q");
    function(&mut w, "f");
    let v = |value: &str, member: &str, constraint: &str| {
        format!("400 ValidationException: 1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: {constraint}")
    };
    let k = |extra: Value| {
        let mut i =
            json!({"FunctionName": "f", "EventSourceArn": arn, "StartingPosition": "LATEST"});
        i.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        i
    };
    let ge = |n: i64| format!("Member must have value greater than or equal to {n}");
    let le = |n: i64| format!("Member must have value less than or equal to {n}");
    let cases = [
        (k(json!({"MaximumRetryAttempts": -2})), v("-2", "maximumRetryAttempts", &ge(-1))),
        (k(json!({"MaximumRetryAttempts": 10_001})), v("10001", "maximumRetryAttempts", &le(10_000))),
        (k(json!({"ParallelizationFactor": 0})), v("0", "parallelizationFactor", &ge(1))),
        (k(json!({"ParallelizationFactor": 11})), v("11", "parallelizationFactor", &le(10))),
        (k(json!({"MaximumBatchingWindowInSeconds": -1})), v("-1", "maximumBatchingWindowInSeconds", &ge(0))),
        (k(json!({"MaximumBatchingWindowInSeconds": 301})), v("301", "maximumBatchingWindowInSeconds", &le(300))),
        (k(json!({"BatchSize": 0})), v("0", "batchSize", &ge(1))),
        (k(json!({"BatchSize": 10_001})), v("10001", "batchSize", &le(10_000))),
        (k(json!({"MaximumRecordAgeInSeconds": -2})), v("-2", "maximumRecordAgeInSeconds", &ge(-1))),
        (k(json!({"MaximumRecordAgeInSeconds": 604_801})), v("604801", "maximumRecordAgeInSeconds", &le(604_800))),
        (
            k(json!({"FunctionResponseTypes": ["Foo"]})),
            v("[Foo]", "functionResponseTypes", "Member must satisfy constraint: [Member must satisfy enum value set: [ReportBatchItemFailures]]"),
        ),
        (
            json!({"FunctionName": "f", "EventSourceArn": qarn, "ScalingConfig": {"MaximumConcurrency": 1}}),
            v("1", "scalingConfig.maximumConcurrency", &ge(2)),
        ),
        (
            json!({"FunctionName": "f", "EventSourceArn": qarn, "ScalingConfig": {"MaximumConcurrency": 1001}}),
            v("1001", "scalingConfig.maximumConcurrency", &le(1000)),
        ),
        // Before the function is looked up.
        (
            json!({"FunctionName": "doesnotexist", "EventSourceArn": qarn, "MaximumBatchingWindowInSeconds": 301}),
            v("301", "maximumBatchingWindowInSeconds", &le(300)),
        ),
    ];
    for (input, want) in cases {
        assert_eq!(
            err(&mut w, "CreateEventSourceMapping", input.clone()),
            want,
            "{input}"
        );
    }
    // Update checks the same constraints.
    let m = ok(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "f", "EventSourceArn": arn, "StartingPosition": "LATEST"}),
    );
    run_for(&mut w, 5_000);
    assert_eq!(
        err(
            &mut w,
            "UpdateEventSourceMapping",
            json!({"UUID": m["UUID"], "MaximumRetryAttempts": -2}),
        ),
        v("-2", "maximumRetryAttempts", &ge(-1))
    );
}
