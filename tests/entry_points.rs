//! The native entry points as other programs use them: `switchyard run` (plain
//! and `--jsonl`) and `switchyard serve` over real HTTP on 127.0.0.1.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_switchyard");

fn run(args: &[&str], script: &str) -> (i32, String, String) {
    let mut child = Command::new(BIN)
        .arg("run")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn run_jsonl_reports_each_command_line() {
    let (code, out, _) = run(
        &["--jsonl", "--seed", "7"],
        "# comment\nsleep 2\n\naws kinesisanalytics add-application-input-processing-configuration --application-name a --current-application-version-id 1 --input-id 1.1 --input-processing-configuration InputLambdaProcessor={ResourceARN=arn:aws:lambda:us-east-1:123456789012:function:f,RoleARN=arn:aws:iam::123456789012:role/r}\nsleep 0.5\n",
    );
    assert_ne!(code, 0, "a failed line makes the exit status non-zero");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        lines[0],
        serde_json::json!({"line":2,"command":"sleep 2","time_ms":2000,"output":null,"error":null})
    );
    assert_eq!(lines[1]["line"], 4);
    assert_eq!(lines[1]["error"]["code"], "NotImplemented");
    assert!(lines[1]["output"].is_null());
    assert_eq!(lines[2]["time_ms"], 2500);
}

#[test]
fn run_plain_prints_like_the_aws_cli_and_exits_zero_on_success() {
    let (code, out, err) = run(&[], "sleep 1\n");
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    let (code, _, err) = run(&[], "aws kinesisanalytics add-application-input-processing-configuration --application-name a --current-application-version-id 1 --input-id 1.1 --input-processing-configuration InputLambdaProcessor={ResourceARN=arn:aws:lambda:us-east-1:123456789012:function:f,RoleARN=arn:aws:iam::123456789012:role/r}\n");
    assert_eq!(code, 254);
    assert!(
        err.contains(
            "An error occurred (NotImplemented) when calling the AddApplicationInputProcessingConfiguration operation"
        ),
        "{err}"
    );
    let (code, _, err) = run(&[], "aws sqs send-message --message-body x\n");
    assert_eq!(code, 252);
    assert!(
        err.contains("aws: error: the following arguments are required: --queue-url"),
        "{err}"
    );
}

#[test]
fn run_reads_a_file_and_rejects_bad_flags() {
    let dir = std::env::temp_dir().join(format!("switchyard-run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("s.aws");
    std::fs::write(&f, "sleep 1\n").unwrap();
    let out = Command::new(BIN)
        .args(["run", "--jsonl", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"time_ms\":1000"));
    let out = Command::new(BIN)
        .args(["run", "--seed", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve() -> Server {
    serve_with(&[])
}

fn serve_with(extra: &[&str]) -> Server {
    let mut child = Command::new(BIN)
        .args(["serve", "--port", "0", "--seed", "3"])
        .args(extra)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    Server { child, port }
}

/// Sends raw bytes, returns (status, headers+body text).
fn raw(port: u16, request: &[u8]) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.write_all(request).unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, text)
}

fn post(port: u16, headers: &[(&str, &str)], body: &str) -> (u16, String) {
    post_to(port, "/", headers, body)
}

fn post_to(port: u16, path: &str, headers: &[(&str, &str)], body: &str) -> (u16, String) {
    let mut req = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    raw(port, req.as_bytes())
}

#[test]
fn serve_answers_bad_requests_with_aws_errors_and_keeps_running() {
    let srv = serve();
    let json = [
        ("X-Amz-Target", "AmazonSQS.ListQueues"),
        ("Content-Type", "application/x-amz-json-1.0"),
    ];
    let (st, text) = post(srv.port, &json, "{not json");
    assert_eq!(st, 400, "{text}");
    assert!(text.contains("SerializationException"), "{text}");

    let (st, text) = post(srv.port, &[("X-Amz-Target", "AmazonSQS.NoSuchThing")], "{}");
    assert_eq!(st, 400);
    assert!(text.contains("UnknownOperationException"), "{text}");

    let (st, text) = post(srv.port, &[("X-Amz-Target", "Nope_2020.Op")], "{}");
    assert_eq!(st, 400);
    assert!(text.contains("UnknownOperationException"), "{text}");

    let (st, text) = post(
        srv.port,
        &[
            (
                "X-Amz-Target",
                "KinesisAnalytics_20150814.AddApplicationInputProcessingConfiguration",
            ),
            ("Content-Type", "application/x-amz-json-1.1"),
        ],
        r#"{"ApplicationName":"a","CurrentApplicationVersionId":1,"InputId":"1.1","InputProcessingConfiguration":{"InputLambdaProcessor":{"ResourceARN":"arn:aws:lambda:us-east-1:123456789012:function:f","RoleARN":"arn:aws:iam::123456789012:role/r"}}}"#,
    );
    assert_eq!(st, 501, "{text}");
    assert!(
        text.contains("NotImplemented")
            && text.contains("AddApplicationInputProcessingConfiguration"),
        "{text}"
    );

    let (st, text) = post(
        srv.port,
        &[("Content-Type", "application/x-www-form-urlencoded")],
        "Version=2010-03-31",
    );
    assert_eq!(st, 400);
    assert!(text.contains("<Code>MissingAction</Code>"), "{text}");

    let (st, text) = post(
        srv.port,
        &[("Content-Type", "application/x-www-form-urlencoded")],
        "Action=Publish&TopicArn=arn:aws:sns:us-east-1:123456789012:nope&Message=hi",
    );
    assert_eq!(st, 404, "{text}");
    assert!(
        text.contains("<ErrorResponse") && text.contains("<Code>NotFound</Code>"),
        "{text}"
    );

    // SQS's query protocol, as older SDKs speak it: flattened names, XML
    // answers, errors with an empty Detail; a request sent to the queue's
    // path may leave QueueUrl out (the AWS SDK for Java 1.x does).
    let form = [("Content-Type", "application/x-www-form-urlencoded")];
    let (st, text) = post(
        srv.port,
        &form,
        "Action=CreateQueue&QueueName=legacy&Attribute.1.Name=VisibilityTimeout&Attribute.1.Value=45",
    );
    assert_eq!(st, 200, "{text}");
    assert!(
        text.contains("<CreateQueueResult><QueueUrl>https://sqs.us-east-1.amazonaws.com/123456789012/legacy</QueueUrl></CreateQueueResult>"),
        "{text}"
    );
    let (st, text) = post_to(
        srv.port,
        "/123456789012/legacy",
        &form,
        "Action=SendMessage&MessageBody=hi&MessageAttribute.1.Name=k&MessageAttribute.1.Value.DataType=String&MessageAttribute.1.Value.StringValue=v",
    );
    assert_eq!(st, 200, "{text}");
    assert!(
        text.contains("<MD5OfMessageBody>49f68a5c8493ec2c0bf489821c21fc3b</MD5OfMessageBody>"),
        "{text}"
    );
    let (st, text) = post_to(
        srv.port,
        "/123456789012/legacy",
        &form,
        "Action=ReceiveMessage&WaitTimeSeconds=1&AttributeName.1=All&MessageAttributeName.1=All",
    );
    assert_eq!(st, 200, "{text}");
    for part in [
        "<ReceiveMessageResult><Message><MessageId>",
        "<Body>hi</Body>",
        "<Attribute><Name>ApproximateReceiveCount</Name><Value>1</Value></Attribute>",
        "<MessageAttribute><Name>k</Name><Value><StringValue>v</StringValue><DataType>String</DataType></Value></MessageAttribute>",
    ] {
        assert!(text.contains(part), "{part} in {text}");
    }
    let (st, text) = post_to(
        srv.port,
        "/123456789012/legacy",
        &form,
        "Action=GetQueueAttributes&AttributeName.1=VisibilityTimeout",
    );
    assert_eq!(st, 200, "{text}");
    assert!(
        text.contains("<GetQueueAttributesResult><Attribute><Name>VisibilityTimeout</Name><Value>45</Value></Attribute></GetQueueAttributesResult>"),
        "{text}"
    );
    // Nothing left to receive: an empty result element, as AWS writes it.
    let (st, text) = post_to(
        srv.port,
        "/123456789012/legacy",
        &form,
        "Action=ReceiveMessage",
    );
    assert_eq!(st, 200, "{text}");
    assert!(text.contains("<ReceiveMessageResult/>"), "{text}");
    // A queue's URL takes only the operations on a queue.
    for action in ["CreateQueue&QueueName=other", "ListQueues"] {
        let (st, text) = post_to(
            srv.port,
            "/123456789012/legacy",
            &form,
            &format!("Action={action}"),
        );
        assert_eq!(st, 400, "{text}");
        let name = action.split('&').next().unwrap();
        assert!(
            text.contains(&format!("<Code>InvalidAction</Code><Message>The action {name} is not valid for this endpoint.</Message>")),
            "{text}"
        );
    }
    // A signed request to a queue's URL that names no action.
    let (st, text) = raw(
        srv.port,
        b"GET /123456789012/legacy HTTP/1.1\r\nHost: x\r\nAuthorization: AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=0\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(st, 404, "{text}");
    assert!(text.contains("<UnknownOperationException/>"), "{text}");
    let (st, text) = post(srv.port, &form, "Action=GetQueueUrl&QueueName=nosuch");
    assert_eq!(st, 400, "{text}");
    assert!(
        text.contains("<Error><Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code><Message>The specified queue does not exist for this wsdl version.</Message><Detail/></Error>"),
        "{text}"
    );

    // Garbage that is not HTTP at all must not bring the server down.
    let _ = raw(srv.port, b"\x00\x01\x02 garbage\r\n\r\n");
    let (st, text) = raw(
        srv.port,
        b"GET /_switchyard/clock HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(st, 200, "{text}");
    assert!(text.contains("now_ms"));
}

fn clock(port: u16) -> serde_json::Value {
    let (st, text) = raw(
        port,
        b"GET /_switchyard/clock HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(st, 200, "{text}");
    serde_json::from_str(text.split("\r\n\r\n").nth(1).unwrap()).unwrap()
}

#[test]
fn serve_clock_can_be_jumped_ahead() {
    let srv = serve();
    let before = clock(srv.port)["now_unix_ms"].as_u64().unwrap();
    let (_, a) = raw(srv.port, b"POST /_switchyard/advance?ms=60000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    let body = a.split("\r\n\r\n").nth(1).unwrap();
    let v: serde_json::Value = serde_json::from_str(body).unwrap();
    assert!(
        v["now_unix_ms"].as_u64().unwrap() >= before + 60_000,
        "{v} (before: {before})"
    );
}

/// A message sent now, received: its SentTimestamp (Unix ms).
fn sent_timestamp(port: u16) -> u64 {
    let json = |op: &str| {
        [
            ("X-Amz-Target", format!("AmazonSQS.{op}")),
            ("Content-Type", "application/x-amz-json-1.0".to_string()),
        ]
    };
    let call = |op: &str, body: &str| {
        let h = json(op);
        let h: Vec<(&str, &str)> = h.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (st, text) = post(port, &h, body);
        assert_eq!(st, 200, "{op}: {text}");
        serde_json::from_str::<serde_json::Value>(text.split("\r\n\r\n").nth(1).unwrap()).unwrap()
    };
    let url = call("CreateQueue", r#"{"QueueName":"clock"}"#)["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    call(
        "SendMessage",
        &serde_json::json!({"QueueUrl": url, "MessageBody": "m"}).to_string(),
    );
    let got = call(
        "ReceiveMessage",
        &serde_json::json!({"QueueUrl": url, "MessageSystemAttributeNames": ["SentTimestamp"]})
            .to_string(),
    );
    got["Messages"][0]["Attributes"]["SentTimestamp"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap()
}

/// By default the server's clock starts at the wall clock's time, so what a
/// client sees is dated today (metrics queried for the last hour, object
/// keys and timestamps); `--start` sets another start.
#[test]
#[allow(clippy::disallowed_methods)] // the wall clock is what is compared with
fn serve_clock_starts_now_or_where_asked() {
    let wall = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis() as u64
    };
    let before = wall();
    let srv = serve();
    let now = clock(srv.port)["now_unix_ms"].as_u64().unwrap();
    let sent = sent_timestamp(srv.port);
    let after = wall();
    assert!(
        before.saturating_sub(1000) <= now && now <= after + 1000,
        "clock {now} not between {before} and {after}"
    );
    assert!(
        before.saturating_sub(1000) <= sent && sent <= after + 1000,
        "SentTimestamp {sent} not between {before} and {after}"
    );

    // 2026-03-04T05:06:07Z: the world's epoch is that day's midnight, its
    // clock at the time of day.
    let start = 1_772_600_767_000u64;
    let srv = serve_with(&["--start", "2026-03-04T05:06:07Z"]);
    let v = clock(srv.port);
    let now = v["now_unix_ms"].as_u64().unwrap();
    assert!((start..start + 60_000).contains(&now), "{v}");
    assert_eq!(
        now - v["now_ms"].as_u64().unwrap(),
        start - 18_367_000,
        "{v}"
    );
    let sent = sent_timestamp(srv.port);
    assert!((start..start + 60_000).contains(&sent), "{sent}");

    for bad in ["yesterday", "2026-13-01T00:00:00Z", ""] {
        let out = Command::new(BIN)
            .args(["serve", "--port", "0", "--start", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("--start takes a UTC time"),
            "{bad:?}"
        );
    }
}

/// The body of a chunked HTTP answer, its chunks joined.
fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = body
            .windows(2)
            .position(|w| w == b"\r\n")
            .expect("chunk size line");
        let size =
            usize::from_str_radix(std::str::from_utf8(&body[..line_end]).unwrap(), 16).unwrap();
        body = &body[line_end + 2..];
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[..size]);
        assert_eq!(&body[size..size + 2], b"\r\n", "chunk ends with CRLF");
        body = &body[size + 2..];
    }
}

/// Event-stream messages: (headers, payload), each CRC checked.
fn event_messages(mut b: &[u8]) -> Vec<(std::collections::BTreeMap<String, String>, Vec<u8>)> {
    let mut out = Vec::new();
    while !b.is_empty() {
        let total = u32::from_be_bytes(b[0..4].try_into().unwrap()) as usize;
        let hlen = u32::from_be_bytes(b[4..8].try_into().unwrap()) as usize;
        assert_eq!(
            u32::from_be_bytes(b[8..12].try_into().unwrap()),
            crc32fast::hash(&b[..8]),
            "prelude CRC"
        );
        assert_eq!(
            u32::from_be_bytes(b[total - 4..total].try_into().unwrap()),
            crc32fast::hash(&b[..total - 4]),
            "message CRC"
        );
        let mut h = &b[12..12 + hlen];
        let mut headers = std::collections::BTreeMap::new();
        while !h.is_empty() {
            let n = h[0] as usize;
            let name = String::from_utf8(h[1..1 + n].to_vec()).unwrap();
            assert_eq!(h[1 + n], 7, "string header");
            let len = u16::from_be_bytes([h[2 + n], h[3 + n]]) as usize;
            let value = String::from_utf8(h[4 + n..4 + n + len].to_vec()).unwrap();
            headers.insert(name, value);
            h = &h[4 + n + len..];
        }
        out.push((headers, b[12 + hlen..total - 4].to_vec()));
        b = &b[total..];
    }
    out
}

/// SubscribeToShard over `serve`: an event stream (chunked HTTP/1.1, AWS's
/// binary framing) that opens with the initial-response, pushes the records,
/// and ends with the subscription, five minutes on (the clock is jumped, not
/// waited for).
#[test]
fn serve_streams_subscribe_to_shard_events() {
    let srv = serve();
    let kinesis = |op: &str, body: &str| {
        let target = format!("Kinesis_20131202.{op}");
        let (st, text) = post(
            srv.port,
            &[
                ("X-Amz-Target", &target),
                ("Content-Type", "application/x-amz-json-1.1"),
            ],
            body,
        );
        assert_eq!(st, 200, "{op}: {text}");
        text
    };
    let advance = |ms: u64| {
        let (st, _) = post_to(srv.port, &format!("/_switchyard/advance?ms={ms}"), &[], "");
        assert_eq!(st, 200);
    };
    kinesis("CreateStream", r#"{"StreamName":"s","ShardCount":1}"#);
    advance(2_000);
    let arn = "arn:aws:kinesis:us-east-1:123456789012:stream/s";
    let text = kinesis(
        "RegisterStreamConsumer",
        &format!(r#"{{"StreamARN":"{arn}","ConsumerName":"c"}}"#),
    );
    let consumer = text
        .split("\"ConsumerARN\":\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    advance(2_000);
    for d in ["aGVsbG8=", "d29ybGQ="] {
        kinesis(
            "PutRecord",
            &format!(r#"{{"StreamName":"s","Data":"{d}","PartitionKey":"k"}}"#),
        );
    }
    // A consumer that does not exist is a plain error, before any stream.
    let (st, text) = post(
        srv.port,
        &[
            ("X-Amz-Target", "Kinesis_20131202.SubscribeToShard"),
            ("Content-Type", "application/x-amz-json-1.1"),
        ],
        &format!(
            r#"{{"ConsumerARN":"{consumer}x","ShardId":"shardId-000000000000","StartingPosition":{{"Type":"TRIM_HORIZON"}}}}"#
        ),
    );
    assert_eq!(st, 400, "{text}");
    assert!(text.contains("ResourceNotFoundException"), "{text}");

    let body = format!(
        r#"{{"ConsumerARN":"{consumer}","ShardId":"shardId-000000000000","StartingPosition":{{"Type":"TRIM_HORIZON"}}}}"#
    );
    let mut sock = TcpStream::connect(("127.0.0.1", srv.port)).unwrap();
    write!(
        sock,
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: Kinesis_20131202.SubscribeToShard\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    // Read the head (the subscription is open once it is written), then end
    // the subscription by moving the clock five minutes on.
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    while !got.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = sock.read(&mut buf).unwrap();
        assert!(n > 0, "connection closed before the head");
        got.extend_from_slice(&buf[..n]);
    }
    advance(300_001);
    // The server may keep the connection for another request: the stream's
    // end is its last chunk, not the connection's.
    while !got.ends_with(b"\r\n0\r\n\r\n") {
        let n = sock.read(&mut buf).unwrap();
        assert!(n > 0, "connection closed before the last chunk");
        got.extend_from_slice(&buf[..n]);
    }
    let split = got.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&got[..split]).to_lowercase();
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert!(
        head.contains("content-type: application/vnd.amazon.eventstream"),
        "{head}"
    );
    assert!(head.contains("transfer-encoding: chunked"), "{head}");
    let messages = event_messages(&dechunk(&got[split + 4..]));
    assert_eq!(messages[0].0[":event-type"], "initial-response");
    assert_eq!(messages[0].1, b"{}");
    let events: Vec<serde_json::Value> = messages[1..]
        .iter()
        .map(|(h, p)| {
            assert_eq!(h[":event-type"], "SubscribeToShardEvent");
            assert_eq!(h[":message-type"], "event");
            assert_eq!(h[":content-type"], "application/json");
            serde_json::from_slice(p).unwrap()
        })
        .collect();
    let data: Vec<&str> = events
        .iter()
        .flat_map(|e| e["Records"].as_array().unwrap())
        .map(|r| r["Data"].as_str().unwrap())
        .collect();
    assert_eq!(data, ["aGVsbG8=", "d29ybGQ="]);
    assert!(events[0]["ContinuationSequenceNumber"].is_string());
    // One push per 200 ms for the subscription's five minutes.
    assert!(events.len() >= 1_400, "{} events", events.len());
}
