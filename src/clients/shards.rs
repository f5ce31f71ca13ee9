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
