//! AWS's event-stream framing (`application/vnd.amazon.eventstream`), which
//! Kinesis's SubscribeToShard answers with: after the HTTP head, a run of
//! binary messages, each
//!
//! - a prelude: total length and headers length (big-endian u32 each), then a
//!   CRC32 of those eight bytes;
//! - headers: name length (u8), name, value type (7: a string), value length
//!   (big-endian u16), value;
//! - the payload (JSON here), then a CRC32 of everything before it.
//!
//! The first message is the `initial-response` (botocore and the SDKs read it
//! before handing the stream back), then one `SubscribeToShardEvent` per push
//! of the engine's subscription (`Kinesis::subscription_tick`), until it ends
//! (five minutes, a newer subscription, or the end of a closed shard). A host
//! that can keep the connection open (`switchyard serve`) asks `open` whether
//! a request is such a call, then `pump`s the subscription as time moves.

use super::{caller_of, json, HttpRequest, HttpResponse};
use crate::model::Service;
use crate::world::World;
use serde_json::{json, Value};

/// The content type of an event stream.
pub const CONTENT_TYPE: &str = "application/vnd.amazon.eventstream";

/// One message with string-valued `headers` and `payload`.
pub fn message(headers: &[(&str, &str)], payload: &[u8]) -> Vec<u8> {
    let mut h = Vec::new();
    for (name, value) in headers {
        h.push(name.len() as u8);
        h.extend_from_slice(name.as_bytes());
        h.push(7);
        h.extend_from_slice(&(value.len() as u16).to_be_bytes());
        h.extend_from_slice(value.as_bytes());
    }
    let total = 12 + h.len() + payload.len() + 4;
    let mut out = Vec::with_capacity(total);
    out.extend_from_slice(&(total as u32).to_be_bytes());
    out.extend_from_slice(&(h.len() as u32).to_be_bytes());
    let prelude_crc = crc32fast::hash(&out);
    out.extend_from_slice(&prelude_crc.to_be_bytes());
    out.extend_from_slice(&h);
    out.extend_from_slice(payload);
    let crc = crc32fast::hash(&out);
    out.extend_from_slice(&crc.to_be_bytes());
    out
}

/// An event message of type `event_type` carrying a JSON payload.
fn event(event_type: &str, payload: &Value) -> Vec<u8> {
    message(
        &[
            (":event-type", event_type),
            (":content-type", "application/json"),
            (":message-type", "event"),
        ],
        payload.to_string().as_bytes(),
    )
}

/// A stream just opened: the headers of its HTTP answer (status 200), the
/// messages to write at once, and the subscription whose events follow.
#[derive(Debug)]
pub struct Opened {
    pub subscription: u32,
    pub headers: Vec<(String, String)>,
    pub first: Vec<Vec<u8>>,
}

/// If `req` is a call answered with an event stream (Kinesis
/// SubscribeToShard), starts it: `Some(Ok(..))`, or `Some(Err(..))` with the
/// error answer when it is refused (AWS answers those as plain errors, before
/// any stream). `None` for every other request.
pub fn open(world: &mut World, req: &HttpRequest) -> Option<Result<Opened, HttpResponse>> {
    let target = req.header("x-amz-target")?;
    let (prefix, op) = target.split_once('.')?;
    if op != "SubscribeToShard"
        || Service::from_json_target_prefix(prefix) != Some(Service::Kinesis)
    {
        return None;
    }
    let request_id = world.next_request_id();
    let (responder, input) = match json::decode(req, target, &request_id) {
        Ok(d) => d,
        Err(resp) => return Some(Err(resp)),
    };
    let caller = caller_of(world, req);
    let subscription = match world.subscribe_to_shard(&caller, input) {
        Ok(sid) => sid,
        Err(e) => return Some(Err(responder.respond(&Err(e)))),
    };
    let mut first = vec![event("initial-response", &json!({}))];
    first.extend(pump(world, subscription).0);
    Some(Ok(Opened {
        subscription,
        headers: vec![
            ("Content-Type".into(), CONTENT_TYPE.into()),
            ("x-amzn-RequestId".into(), request_id),
        ],
        first,
    }))
}

/// The messages subscription `sid` has pushed since the last pump, and
/// whether it has ended (the host then ends the stream).
pub fn pump(world: &mut World, sid: u32) -> (Vec<Vec<u8>>, bool) {
    let messages = world
        .kinesis
        .take_subscription_events(sid)
        .into_iter()
        .map(|e| {
            let mut payload = json!({
                "Records": e.records,
                "ContinuationSequenceNumber": e.continuation_sequence_number,
                "MillisBehindLatest": e.millis_behind_latest,
            });
            if let Some(children) = e.child_shards {
                payload["ChildShards"] = Value::Array(children);
            }
            event("SubscribeToShardEvent", &payload)
        })
        .collect();
    let ended = world.kinesis.subscription(sid).is_none_or(|s| s.ended);
    (messages, ended)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_framed_with_both_crcs() {
        let m = message(&[(":event-type", "x")], b"{}");
        let total = u32::from_be_bytes(m[0..4].try_into().unwrap()) as usize;
        let headers = u32::from_be_bytes(m[4..8].try_into().unwrap()) as usize;
        assert_eq!(total, m.len());
        assert_eq!(headers, 1 + 11 + 1 + 2 + 1);
        assert_eq!(
            u32::from_be_bytes(m[8..12].try_into().unwrap()),
            crc32fast::hash(&m[..8])
        );
        assert_eq!(&m[12 + headers..total - 4], b"{}");
        assert_eq!(
            u32::from_be_bytes(m[total - 4..].try_into().unwrap()),
            crc32fast::hash(&m[..total - 4])
        );
    }
}
