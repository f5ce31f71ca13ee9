//! Read-only snapshots of the Kinesis engine for the page and tests: streams
//! with their shards (ranges, lineage, record counts) and the records of one
//! shard. Nothing here changes state; `streams()` costs O(shards), `records`
//! O(limit).

use super::stream::{sequence_number, Stream, StreamMode, StreamStatus};
use super::Kinesis;
use serde::{Deserialize, Serialize};

/// One stream as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreamView {
    pub id: u32,
    pub name: String,
    pub arn: String,
    pub account_id: String,
    pub region: String,
    pub status: StreamStatus,
    pub mode: StreamMode,
    pub retention_hours: u32,
    pub encrypted: bool,
    pub shards: Vec<ShardView>,
    pub consumers: Vec<String>,
}

/// One shard as the page shows it. Hash keys as decimal text (u128 does not
/// fit a JavaScript number).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardView {
    pub index: u32,
    pub shard_id: String,
    pub starting_hash_key: String,
    pub ending_hash_key: String,
    /// The range as fractions of the key space in millionths (for drawing).
    pub start_ppm: u32,
    pub end_ppm: u32,
    pub open: bool,
    pub parents: Vec<u32>,
    pub children: Vec<u32>,
    /// Records kept (not yet past retention).
    pub records: u64,
    pub next_ordinal: u64,
}

/// One record as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordView {
    pub ordinal: u64,
    pub sequence_number: String,
    pub partition_key: String,
    /// Base64 of the data.
    pub data: String,
    pub arrival_ms: u64,
    pub size: u32,
}

fn ppm(k: u128) -> u32 {
    ((k >> 64) as u64 as u128 * 1_000_000 / (1u128 << 64)) as u32
}

impl Kinesis {
    /// Every stream of every account and Region, by id (expired shards left out).
    pub fn streams(&self) -> Vec<StreamView> {
        self.streams
            .values()
            .map(|s| StreamView {
                id: s.id,
                name: s.name.clone(),
                arn: s.arn.clone(),
                account_id: s.account_id.clone(),
                region: s.region.clone(),
                status: s.status,
                mode: s.mode,
                retention_hours: s.retention_hours,
                encrypted: s.kms_key_id.is_some(),
                shards: s
                    .live_shards()
                    .map(|sh| ShardView {
                        index: sh.index,
                        shard_id: Stream::shard_id(sh.index),
                        starting_hash_key: sh.start.to_string(),
                        ending_hash_key: sh.end.to_string(),
                        start_ppm: ppm(sh.start),
                        end_ppm: ppm(sh.end),
                        open: sh.is_open(),
                        parents: [sh.parent, sh.adjacent_parent]
                            .into_iter()
                            .flatten()
                            .collect(),
                        children: sh.children.clone(),
                        records: sh.records.len() as u64,
                        next_ordinal: sh.next_ordinal,
                    })
                    .collect(),
                consumers: s.consumers.keys().cloned().collect(),
            })
            .collect()
    }

    /// The stream id for an account, Region and name.
    pub fn stream_id(&self, account_id: &str, region: &str, name: &str) -> Option<u32> {
        self.lookup(account_id, region, name)
    }

    /// Up to `limit` records of shard `shard` of stream `id`, oldest first
    /// (records past retention but not yet trimmed are left out).
    pub fn records(&self, id: u32, shard: u32, now_ms: u64, limit: usize) -> Vec<RecordView> {
        let Some(s) = self.streams.get(&id) else {
            return Vec::new();
        };
        let Some(sh) = s.shards.get(shard as usize) else {
            return Vec::new();
        };
        let retention = s.retention_ms();
        sh.records
            .iter()
            .enumerate()
            .filter(|(_, r)| r.arrival_ms.saturating_add(retention) > now_ms)
            .take(limit)
            .map(|(i, r)| {
                let ordinal = sh.first_ordinal + i as u64;
                RecordView {
                    ordinal,
                    sequence_number: sequence_number(id, shard, r.arrival_ms, ordinal),
                    partition_key: r.partition_key.clone(),
                    data: r.data.clone(),
                    arrival_ms: r.arrival_ms,
                    size: r.size,
                }
            })
            .collect()
    }

    /// The newest `limit` records of shard `shard` of stream `id`, oldest first
    /// (records past retention left out). Costs O(limit), whatever the shard
    /// holds: the page draws each lane's newest records every frame.
    pub fn newest_records(
        &self,
        id: u32,
        shard: u32,
        now_ms: u64,
        limit: usize,
    ) -> Vec<RecordView> {
        let Some(s) = self.streams.get(&id) else {
            return Vec::new();
        };
        let Some(sh) = s.shards.get(shard as usize) else {
            return Vec::new();
        };
        let retention = s.retention_ms();
        let n = sh.records.len();
        let mut out: Vec<RecordView> = sh
            .records
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, r)| r.arrival_ms.saturating_add(retention) > now_ms)
            .take(limit)
            .map(|(i, r)| {
                let ordinal = sh.first_ordinal + i as u64;
                RecordView {
                    ordinal,
                    sequence_number: sequence_number(id, shard, r.arrival_ms, ordinal),
                    partition_key: r.partition_key.clone(),
                    data: r.data.clone(),
                    arrival_ms: r.arrival_ms,
                    size: r.size,
                }
            })
            .collect();
        debug_assert!(out.len() <= n);
        out.reverse();
        out
    }

    /// The open shard a hash key routes to (for the page's "where would this
    /// key go" and the tests).
    pub fn route(&self, id: u32, hash: u128) -> Option<u32> {
        let s = self.streams.get(&id)?;
        if s.open.is_empty() {
            // Not indexed yet (a restored world before its first call).
            return s
                .shards
                .iter()
                .find(|sh| sh.is_open() && sh.start <= hash && hash <= sh.end)
                .map(|sh| sh.index);
        }
        Some(s.route(hash))
    }
}
