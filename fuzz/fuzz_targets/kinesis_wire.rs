//! Fuzz target: any bytes as an AWS JSON 1.1 request to Kinesis (the operation
//! picked by the first byte) against a world that already has an active stream
//! with records, a split shard and a consumer. Whatever comes in, a valid AWS
//! response or AWS error must come out, never a panic, and the engine's
//! invariants must hold afterwards. A second byte moves the clock (0-255 s) so
//! that transitions, expiry and throttling are reached too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use switchyard::protocol::{self, Handled, HttpRequest};
use switchyard::World;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Some((&wait, body)) = rest.split_first() else { return };
    let spec = switchyard::model::Service::Kinesis.spec().expect("kinesis is modelled");
    let ops = spec.operations;
    let op = ops[pick as usize % ops.len()].name;
    let mut world = World::new(u64::from(pick));
    for line in [
        "aws kinesis create-stream --stream-name s --shard-count 2",
        "sleep 1",
        "aws kinesis put-record --stream-name s --partition-key user1 --data aGk=",
        "aws kinesis put-record --stream-name s --partition-key beta --data aGk=",
        "aws kinesis split-shard --stream-name s --shard-to-split shardId-000000000000 --new-starting-hash-key 1000",
        "aws kinesis register-stream-consumer --stream-arn arn:aws:kinesis:us-east-1:123456789012:stream/s --consumer-name c",
        "sleep 1",
    ] {
        switchyard::runner::run_line(&mut world, 1, line);
    }
    let req = HttpRequest {
        method: "POST".into(),
        url: "/".into(),
        headers: vec![
            ("X-Amz-Target".into(), format!("Kinesis_20131202.{op}")),
            ("Content-Type".into(), "application/x-amz-json-1.1".into()),
        ],
        body: body.to_vec(),
    };
    let resp = match protocol::handle(&mut world, &req) {
        Handled::Done(r) => r,
        Handled::Pending { .. } => panic!("Kinesis calls never park"),
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
