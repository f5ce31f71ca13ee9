//! Fuzz target: any bytes as an S3 REST-XML request — the first line is the
//! method and URL, then `Name: value` header lines up to a blank line, then the
//! body — against a world with a bucket, an object and a queue. An S3 answer
//! (XML or an object's bytes) must come out, never a panic, and the world's
//! invariants must hold.
#![no_main]

use libfuzzer_sys::fuzz_target;
use switchyard::protocol::{self, Handled, HttpRequest};
use switchyard::World;

fuzz_target!(|data: &[u8]| {
    let mut world = World::new(1);
    for line in [
        "aws s3api create-bucket --bucket fuzz-bucket",
        "aws sqs create-queue --queue-name q",
    ] {
        switchyard::runner::run_line(&mut world, 1, line);
    }
    let split = data.windows(2).position(|w| w == b"\n\n").unwrap_or(data.len());
    let head = String::from_utf8_lossy(&data[..split]);
    let body = data.get(split + 2..).unwrap_or_default().to_vec();
    let mut lines = head.lines();
    let first = lines.next().unwrap_or("GET /");
    let (method, url) = first.split_once(' ').unwrap_or(("GET", first));
    let mut headers: Vec<(String, String)> = vec![(
        "Authorization".into(),
        "AWS4-HMAC-SHA256 Credential=AK/20260101/us-east-1/s3/aws4_request".into(),
    )];
    headers.extend(lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_string(), v.trim().to_string())));
    let req = HttpRequest { method: method.into(), url: url.into(), headers, body };
    let resp = match protocol::handle(&mut world, &req) {
        Handled::Done(r) => r,
        Handled::Pending { .. } => panic!("S3 never parks"),
    };
    if resp.status >= 300 && !resp.body.is_empty() {
        let text = String::from_utf8(resp.body).expect("errors are UTF-8");
        assert!(text.contains("<Error><Code>"), "{text}");
    }
    world.check_invariants();
});
