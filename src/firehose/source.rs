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

/// Reads what is new in delivery stream `id`'s source stream (through
/// `clients::shards::read_new`, as every Kinesis reader of the world does).
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
    let start = world.sim.epoch_unix_ms + start_ms.unwrap_or(0);
    // The source stream's Region and account come from its ARN (the role
    // would give Firehose access to it).
    let mut parts = arn.split(':');
    let region = parts.nth(3).unwrap_or_default().to_string();
    let account_id = parts.next().unwrap_or_default().to_string();
    let caller = Caller {
        account_id,
        region,
        trace_header: None,
        anonymous: false,
    };
    let mut cursors = s.cursors.clone();
    let Some(records) = crate::clients::shards::read_new(
        world,
        &caller,
        &arn,
        &mut cursors,
        Some(start),
        super::limits::SOURCE_GET_RECORDS_LIMIT,
    ) else {
        return;
    };
    // Records come shard by shard, in the listing's order.
    let mut by_shard: Vec<(String, Vec<Vec<u8>>)> = vec![];
    for r in records {
        match by_shard.last_mut() {
            Some((shard, datas)) if *shard == r.shard => datas.push(r.data),
            _ => by_shard.push((r.shard, vec![r.data])),
        }
    }
    world
        .firehose
        .source_records(&mut world.sim, id, cursors, by_shard);
}
