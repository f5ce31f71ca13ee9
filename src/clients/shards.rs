//! What every reader of a Kinesis stream (KCL workers, Lambda's stream
//! pollers, Firehose's Kinesis source) needs first: the stream's shards with
//! their parents, from ListShards (every page) through the world, as a client
//! calls it.

use crate::model::Service;
use crate::world::{CallOutcome, Caller, World};
use serde_json::{json, Value};

/// A shard as a reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedShard {
    pub id: String,
    /// ParentShardId and AdjacentParentShardId, when present.
    pub parents: Vec<String>,
    /// No ending sequence number yet.
    pub open: bool,
}

/// ListShards of the stream `stream` names (`{"StreamName": ..}` or
/// `{"StreamARN": ..}`), following NextToken; None if a call fails.
pub fn list_shards(world: &mut World, caller: &Caller, stream: Value) -> Option<Vec<ListedShard>> {
    let mut input = stream;
    input["MaxResults"] = json!(10_000);
    let mut out = Vec::new();
    loop {
        let CallOutcome::Done(Ok(v)) = world.call(Service::Kinesis, "ListShards", input, caller)
        else {
            return None;
        };
        for s in v["Shards"].as_array().into_iter().flatten() {
            out.push(ListedShard {
                id: s["ShardId"].as_str()?.to_string(),
                parents: ["ParentShardId", "AdjacentParentShardId"]
                    .iter()
                    .filter_map(|k| s[*k].as_str().map(String::from))
                    .collect(),
                open: s["SequenceNumberRange"]["EndingSequenceNumber"].is_null(),
            });
        }
        match v["NextToken"].as_str() {
            Some(t) => input = json!({"NextToken": t, "MaxResults": 10_000}),
            None => return Some(out),
        }
    }
}

/// Where a reader is in one shard.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ShardCursor {
    /// The iterator to continue with (NextShardIterator).
    pub iterator: Option<String>,
    /// The last sequence number read (to get a new iterator if one expires).
    pub last_sequence: Option<String>,
    /// The shard's end was reached (closed and read to the end).
    pub finished: bool,
}

/// A record as a reader gets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadRecord {
    pub shard: String,
    pub data: Vec<u8>,
    /// ApproximateArrivalTimestamp, Unix ms.
    pub arrival_ms: u64,
}

/// Reads what is new in every readable shard of stream `arn` once, as a
/// consumer does: GetShardIterator (AT_TIMESTAMP `from_ms`, or TRIM_HORIZON
/// when None, for a shard not read yet; AFTER_SEQUENCE_NUMBER to resume after
/// an expired iterator), then GetRecords with NextShardIterator. A child
/// shard is read only once its parents are read to their end. Throttled
/// reads keep their iterator for the next time. None if the stream cannot be
/// listed.
pub fn read_new(
    world: &mut World,
    caller: &Caller,
    arn: &str,
    cursors: &mut std::collections::BTreeMap<String, ShardCursor>,
    from_ms: Option<u64>,
    limit: u32,
) -> Option<Vec<ReadRecord>> {
    let listed = list_shards(world, caller, json!({"StreamARN": arn}))?;
    let ids: Vec<&str> = listed.iter().map(|s| s.id.as_str()).collect();
    let mut out = vec![];
    for shard in &listed {
        let mut cursor = cursors.get(&shard.id).cloned().unwrap_or_default();
        if cursor.finished {
            continue;
        }
        let parents_done = shard
            .parents
            .iter()
            .all(|p| !ids.contains(&p.as_str()) || cursors.get(p).is_some_and(|c| c.finished));
        if !parents_done {
            continue;
        }
        let iterator = match cursor.iterator.take() {
            Some(it) => it,
            None => {
                let input = match (&cursor.last_sequence, from_ms) {
                    (Some(seq), _) => json!({"StreamARN": arn, "ShardId": shard.id,
                        "ShardIteratorType": "AFTER_SEQUENCE_NUMBER", "StartingSequenceNumber": seq}),
                    (None, Some(ms)) => json!({"StreamARN": arn, "ShardId": shard.id,
                        "ShardIteratorType": "AT_TIMESTAMP", "Timestamp": ms as f64 / 1000.0}),
                    (None, None) => json!({"StreamARN": arn, "ShardId": shard.id,
                        "ShardIteratorType": "TRIM_HORIZON"}),
                };
                match world.call(Service::Kinesis, "GetShardIterator", input, caller) {
                    CallOutcome::Done(Ok(v)) => {
                        v["ShardIterator"].as_str().unwrap_or_default().to_string()
                    }
                    _ => continue,
                }
            }
        };
        let got = world.call(
            Service::Kinesis,
            "GetRecords",
            json!({"ShardIterator": iterator, "Limit": limit}),
            caller,
        );
        let v = match got {
            CallOutcome::Done(Ok(v)) => v,
            CallOutcome::Done(Err(e)) => {
                if e.code != "ExpiredIteratorException" {
                    cursor.iterator = Some(iterator);
                }
                cursors.insert(shard.id.clone(), cursor);
                continue;
            }
            CallOutcome::Pending(_) => continue,
        };
        let records: &[Value] = v["Records"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        if let Some(last) = records.last() {
            cursor.last_sequence = last["SequenceNumber"].as_str().map(String::from);
        }
        for r in records {
            out.push(ReadRecord {
                shard: shard.id.clone(),
                data: crate::util::b64_decode(r["Data"].as_str().unwrap_or_default())
                    .unwrap_or_default(),
                arrival_ms: (r["ApproximateArrivalTimestamp"].as_f64().unwrap_or(0.0) * 1000.0)
                    .round() as u64,
            });
        }
        match v["NextShardIterator"].as_str() {
            Some(next) => cursor.iterator = Some(next.to_string()),
            None => cursor.finished = true,
        }
        cursors.insert(shard.id.clone(), cursor);
    }
    Some(out)
}
