//! FIFO request-rate quotas on the virtual clock: 300 requests per second per API
//! action (a batch is one request), more in high-throughput mode; standard queues
//! are not limited.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::json;
use switchyard::model::Service;
use switchyard::sim::SimTime;
use switchyard::world::{CallOutcome, Caller};
use switchyard::World;

fn call(
    w: &mut World,
    op: &str,
    input: serde_json::Value,
) -> Result<serde_json::Value, switchyard::AwsError> {
    match w.call(Service::Sqs, op, input, &Caller::default()) {
        CallOutcome::Done(r) => r,
        CallOutcome::Pending(_) => panic!("{op} parked"),
    }
}

fn fifo(w: &mut World, name: &str, high_throughput: bool) -> String {
    let mut attrs = json!({"FifoQueue": "true", "ContentBasedDeduplication": "true"});
    if high_throughput {
        attrs["DeduplicationScope"] = json!("messageGroup");
        attrs["FifoThroughputLimit"] = json!("perMessageGroupId");
    }
    call(
        w,
        "CreateQueue",
        json!({"QueueName": name, "Attributes": attrs}),
    )
    .unwrap()["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string()
}

fn send(w: &mut World, url: &str, i: usize) -> Result<serde_json::Value, switchyard::AwsError> {
    call(
        w,
        "SendMessage",
        json!({"QueueUrl": url, "MessageBody": format!("m{i}"), "MessageGroupId": format!("g{}", i % 7)}),
    )
}

#[test]
fn fifo_sends_past_300_a_second_are_throttled_until_the_clock_moves() {
    let mut w = World::new(1);
    let url = fifo(&mut w, "t.fifo", false);
    for i in 0..300 {
        send(&mut w, &url, i).unwrap_or_else(|e| panic!("send {i}: {e}"));
    }
    let e = send(&mut w, &url, 300).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.message.as_str(), e.status),
        ("ThrottlingException", "Rate exceeded", 400)
    );
    // Receives have their own budget.
    call(&mut w, "ReceiveMessage", json!({"QueueUrl": url})).unwrap();
    // A tenth of a second refills 30 requests.
    w.advance_to(SimTime::from_ms(100));
    for i in 0..30 {
        send(&mut w, &url, 400 + i).unwrap();
    }
    assert!(send(&mut w, &url, 999).is_err());
    w.advance_to(SimTime::from_ms(1_100));
    send(&mut w, &url, 1000).unwrap();
    w.check_invariants();
}

#[test]
fn a_batch_is_one_request_and_standard_queues_are_not_limited() {
    let mut w = World::new(1);
    let url = fifo(&mut w, "b.fifo", false);
    for b in 0..300 {
        let entries: Vec<_> = (0..10)
            .map(|i| json!({"Id": format!("e{i}"), "MessageBody": format!("{b}-{i}"), "MessageGroupId": "g"}))
            .collect();
        let out = call(
            &mut w,
            "SendMessageBatch",
            json!({"QueueUrl": url, "Entries": entries}),
        )
        .unwrap();
        assert_eq!(out["Successful"].as_array().unwrap().len(), 10);
    }
    assert!(call(&mut w, "SendMessageBatch", json!({"QueueUrl": url, "Entries": [{"Id": "x", "MessageBody": "x", "MessageGroupId": "g"}]})).is_err());
    let std_url = call(&mut w, "CreateQueue", json!({"QueueName": "s"})).unwrap()["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    for i in 0..2_000 {
        call(
            &mut w,
            "SendMessage",
            json!({"QueueUrl": std_url, "MessageBody": format!("{i}")}),
        )
        .unwrap();
    }
}

#[test]
fn high_throughput_mode_raises_the_limit_by_region() {
    let mut w = World::new(1);
    let url = fifo(&mut w, "h.fifo", true);
    for i in 0..5_000 {
        send(&mut w, &url, i).unwrap_or_else(|e| panic!("send {i}: {e}"));
    }
    let mut w = World::new(1);
    let caller = Caller {
        account_id: "123456789012".into(),
        region: "af-south-1".into(),
        trace_header: None,
        anonymous: false,
    };
    let url = match w.call(
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "h.fifo", "Attributes": {"FifoQueue": "true", "ContentBasedDeduplication": "true",
            "DeduplicationScope": "messageGroup", "FifoThroughputLimit": "perMessageGroupId"}}),
        &caller,
    ) {
        CallOutcome::Done(r) => r.unwrap()["QueueUrl"].as_str().unwrap().to_string(),
        CallOutcome::Pending(_) => unreachable!(),
    };
    let mut ok = 0;
    for i in 0..3_000 {
        let r = w.call(
            Service::Sqs,
            "SendMessage",
            json!({"QueueUrl": url, "MessageBody": format!("m{i}"), "MessageGroupId": "g"}),
            &caller,
        );
        if matches!(r, CallOutcome::Done(Ok(_))) {
            ok += 1;
        }
    }
    assert_eq!(
        ok, 2_400,
        "af-south-1 gets the lowest high-throughput figure"
    );
}
