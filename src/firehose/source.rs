//! A Kinesis data stream as source (DeliveryStreamType KinesisStreamAsSource):
//! about once a second the delivery stream reads each of the source stream's
//! shards, as a consumer would, through Kinesis's public operations — ListShards,
//! GetShardIterator (AT_TIMESTAMP of the DeliveryStartTimestamp for a shard it
//! has not read yet, AFTER_SEQUENCE_NUMBER to resume), GetRecords with
//! NextShardIterator. A child shard (after a split or merge) is read only once
//! its parents are read to their end, so records keep their per-key order. The
//! reads count against the shard's read limits like anyone's.
//!
//! This is client-side code on `&mut World`: the Firehose engine only asks for
//! a poll (`Firehose::drain_polls`) and takes the records (`source_records`).

use super::SourceKind;
use crate::world::{Caller, World};
use serde_json::{json, Value};

/// Reads what is new in delivery stream `id`'s source stream.
pub(crate) fn poll(world: &mut World, id: u32) {
    let Some(s) = world.firehose.stream(id) else {
        return;
    };
    let SourceKind::KinesisStream {
        stream_arn,
        start_ms,
        ..
    } = &s.source
    else {
        return;
    };
    let arn = stream_arn.clone();
    let start_s = (world.sim.epoch_unix_ms + start_ms.unwrap_or(0)) as f64 / 1000.0;
    // The source stream's Region and account come from its ARN (the role
    // would give Firehose access to it).
    let mut parts = arn.split(':');
    let region = parts.nth(3).unwrap_or_default().to_string();
    let account_id = parts.next().unwrap_or_default().to_string();
    let caller = Caller { account_id, region };
    let cursors = s.cursors.clone();
    let Some(listed) =
        crate::clients::shards::list_shards(world, &caller, json!({"StreamARN": arn}))
    else {
        return;
    };
    let shards: Vec<(String, Vec<String>)> =
        listed.into_iter().map(|s| (s.id, s.parents)).collect();
    let listed_ids: Vec<&str> = shards.iter().map(|(i, _)| i.as_str()).collect();
    for (shard, parents) in &shards {
        let mut cursor = cursors.get(shard).cloned().unwrap_or_default();
        if cursor.finished {
            continue;
        }
        // Parents first: a parent still listed must be read to its end.
        let parents_done = parents.iter().all(|p| {
            !listed_ids.contains(&p.as_str()) || cursors.get(p).is_some_and(|c| c.finished)
        });
        if !parents_done {
            continue;
        }
        let iterator = match cursor.iterator.take() {
            Some(it) => it,
            None => {
                let input = match &cursor.last_sequence {
                    Some(seq) => json!({"StreamARN": arn, "ShardId": shard,
                        "ShardIteratorType": "AFTER_SEQUENCE_NUMBER", "StartingSequenceNumber": seq}),
                    None => json!({"StreamARN": arn, "ShardId": shard,
                        "ShardIteratorType": "AT_TIMESTAMP", "Timestamp": start_s}),
                };
                match world
                    .kinesis
                    .call(&mut world.sim, &caller, "GetShardIterator", input)
                {
                    Ok(v) => v["ShardIterator"].as_str().unwrap_or_default().to_string(),
                    Err(_) => continue,
                }
            }
        };
        let got = world.kinesis.call(
            &mut world.sim,
            &caller,
            "GetRecords",
            json!({"ShardIterator": iterator, "Limit": super::limits::SOURCE_GET_RECORDS_LIMIT}),
        );
        let out = match got {
            Ok(v) => v,
            Err(e) => {
                // Throttled: the same iterator next time; expired: a new one.
                if e.code != "ExpiredIteratorException" {
                    cursor.iterator = Some(iterator);
                }
                world
                    .firehose
                    .source_records(&mut world.sim, id, shard, vec![], cursor);
                continue;
            }
        };
        let records: &[Value] = out["Records"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        if let Some(last) = records.last() {
            cursor.last_sequence = last["SequenceNumber"].as_str().map(String::from);
        }
        let datas: Vec<Vec<u8>> = records
            .iter()
            .map(|r| {
                crate::util::b64_decode(r["Data"].as_str().unwrap_or_default()).unwrap_or_default()
            })
            .collect();
        match out["NextShardIterator"].as_str() {
            Some(next) => cursor.iterator = Some(next.to_string()),
            None => cursor.finished = true,
        }
        world
            .firehose
            .source_records(&mut world.sim, id, shard, datas, cursor);
    }
}
