//! Fuzz target: any bytes as a form-encoded query-protocol request body (SNS and
//! the rest) against a world with a topic and a subscribed queue. A valid XML
//! response or ErrorResponse must come out, never a panic, and the world's
//! invariants must hold.
#![no_main]

use libfuzzer_sys::fuzz_target;
use switchyard::protocol::{self, Handled, HttpRequest};
use switchyard::World;

fuzz_target!(|data: &[u8]| {
    let mut world = World::new(1);
    for line in [
        "aws sns create-topic --name t",
        "aws sqs create-queue --queue-name q",
        "aws sns subscribe --topic-arn arn:aws:sns:us-east-1:123456789012:t --protocol sqs --notification-endpoint arn:aws:sqs:us-east-1:123456789012:q",
    ] {
        switchyard::runner::run_line(&mut world, 1, line);
    }
    let req = HttpRequest {
        method: "POST".into(),
        url: "/".into(),
        headers: vec![("Content-Type".into(), "application/x-www-form-urlencoded".into())],
        body: data.to_vec(),
    };
    let resp = match protocol::handle(&mut world, &req) {
        Handled::Done(r) => r,
        Handled::Pending { .. } => return,
    };
    let body = String::from_utf8(resp.body).expect("responses are UTF-8");
    assert!(body.starts_with("<?xml") || resp.status == 400 || resp.status >= 500, "{body}");
    if resp.status != 200 {
        assert!(body.contains("<ErrorResponse") || !body.starts_with("<?xml"), "{body}");
    }
    world.check_invariants();
});
