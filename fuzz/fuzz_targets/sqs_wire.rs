//! Fuzz target: any bytes as an AWS JSON request to SQS (the operation picked by
//! the first byte) against a world that already has queues and messages. Whatever
//! comes in, a valid AWS response or AWS error must come out, never a panic, and
//! the engine's invariants must hold afterwards.
#![no_main]

use libfuzzer_sys::fuzz_target;
use switchyard::protocol::{self, Handled, HttpRequest};
use switchyard::World;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else { return };
    let spec = switchyard::model::Service::Sqs.spec().expect("sqs is modelled");
    let ops = spec.operations;
    let op = ops[pick as usize % ops.len()].name;
    let mut world = World::new(u64::from(pick));
    for line in [
        "aws sqs create-queue --queue-name q",
        "aws sqs create-queue --queue-name f.fifo --attributes FifoQueue=true,ContentBasedDeduplication=true",
        "aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body hi",
        "aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/f.fifo --message-body hi --message-group-id g",
    ] {
        switchyard::runner::run_line(&mut world, 1, line);
    }
    let req = HttpRequest {
        method: "POST".into(),
        url: "/".into(),
        headers: vec![
            ("X-Amz-Target".into(), format!("AmazonSQS.{op}")),
            ("Content-Type".into(), "application/x-amz-json-1.0".into()),
        ],
        body: body.to_vec(),
    };
    let resp = match protocol::handle(&mut world, &req) {
        Handled::Done(r) => r,
        Handled::Pending { call, responder } => {
            let mut out = None;
            for _ in 0..64 {
                if let Some(r) = world.take_completed(call) {
                    out = Some(responder.respond(&r));
                    break;
                }
                if world.advance_to_next_event().is_none() {
                    break;
                }
            }
            out.expect("a parked call finishes by its deadline")
        }
    };
    assert!(resp.status == 200 || (400..600).contains(&resp.status));
    let v: serde_json::Value = serde_json::from_slice(&resp.body).expect("responses are JSON");
    if resp.status != 200 {
        assert!(v.get("__type").is_some(), "errors carry __type: {v}");
    }
    world.check_invariants();
});
