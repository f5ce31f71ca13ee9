//! The SQS extended client on the world: a large body goes to S3 and the queue
//! carries the library's pointer; receive resolves it; delete removes both.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use switchyard::clients::sqs_extended::{self, ExtendedClientConfiguration};
use switchyard::model::Service;
use switchyard::world::Caller;
use switchyard::World;

fn call(w: &mut World, service: Service, op: &str, input: Value) -> Value {
    let r = w
        .call_and_wait(service, op, input, &Caller::default())
        .unwrap_or_else(|e| panic!("{op}: {e}"));
    w.check_invariants();
    r
}

#[test]
fn large_payloads_round_trip_through_s3() {
    let mut w = World::new(9);
    w.sqs.settings.short_poll_sampling = false;
    call(
        &mut w,
        Service::S3,
        "CreateBucket",
        json!({"Bucket": "payloads"}),
    );
    let url = call(
        &mut w,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "big"}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let config = ExtendedClientConfiguration::new("payloads");
    let large = "x".repeat(300_000);
    sqs_extended::send_message(&mut w, &config, json!({"QueueUrl": url, "MessageBody": large, "MessageAttributes": {"kind": {"DataType": "String", "StringValue": "report"}}})).unwrap();
    sqs_extended::send_message(
        &mut w,
        &config,
        json!({"QueueUrl": url, "MessageBody": "small"}),
    )
    .unwrap();
    assert_eq!(w.s3.bucket("payloads").unwrap().objects.len(), 1);

    // What a plain SQS consumer sees: the library's pointer and attribute.
    let raw = call(
        &mut w,
        Service::Sqs,
        "ReceiveMessage",
        json!({"QueueUrl": url, "MaxNumberOfMessages": 10, "MessageAttributeNames": ["All"], "VisibilityTimeout": 0}),
    );
    let msgs = raw["Messages"].as_array().unwrap();
    let pointer = msgs.iter().find(|m| m["Body"] != "small").unwrap();
    let body: Value = serde_json::from_str(pointer["Body"].as_str().unwrap()).unwrap();
    assert_eq!(
        body[0],
        "software.amazon.payloadoffloading.PayloadS3Pointer"
    );
    assert_eq!(body[1]["s3BucketName"], "payloads");
    let key = body[1]["s3Key"].as_str().unwrap();
    assert_eq!(key.len(), 36, "a UUID");
    assert_eq!(
        pointer["MessageAttributes"]["ExtendedPayloadSize"],
        json!({"DataType": "Number", "StringValue": "300000"})
    );

    // Through the client: the payload comes back.
    let got = sqs_extended::receive_message(
        &mut w,
        &config,
        json!({"QueueUrl": url, "MaxNumberOfMessages": 10}),
    )
    .unwrap();
    let msgs = got["Messages"].as_array().unwrap();
    assert_eq!(msgs.len(), 2);
    let big = msgs.iter().find(|m| m["Body"] != "small").unwrap();
    assert_eq!(big["Body"].as_str().unwrap().len(), 300_000);
    assert!(big["MessageAttributes"]
        .get("ExtendedPayloadSize")
        .is_none());
    let handle = big["ReceiptHandle"].as_str().unwrap();
    assert!(
        handle.starts_with("-..s3BucketName..-payloads-..s3BucketName..--..s3Key..-"),
        "{handle}"
    );
    for m in msgs {
        sqs_extended::delete_message(
            &mut w,
            &config,
            json!({"QueueUrl": url, "ReceiptHandle": m["ReceiptHandle"]}),
        )
        .unwrap();
    }
    assert!(w.s3.bucket("payloads").unwrap().objects.is_empty());

    // always_through_s3 offloads even a small body.
    let always = ExtendedClientConfiguration {
        always_through_s3: true,
        ..config
    };
    sqs_extended::send_message(
        &mut w,
        &always,
        json!({"QueueUrl": url, "MessageBody": "tiny"}),
    )
    .unwrap();
    assert_eq!(w.s3.bucket("payloads").unwrap().objects.len(), 1);
    let got = sqs_extended::receive_message(&mut w, &always, json!({"QueueUrl": url})).unwrap();
    assert_eq!(got["Messages"][0]["Body"], "tiny");
    // The reserved attribute name is refused.
    let e = sqs_extended::send_message(&mut w, &always, json!({"QueueUrl": url, "MessageBody": "x", "MessageAttributes": {"ExtendedPayloadSize": {"DataType": "Number", "StringValue": "1"}}})).unwrap_err();
    assert!(e.message.contains("reserved"), "{}", e.message);
}
