//! A property test over random sequences of Kinesis operations on one stream:
//! puts (by partition key or explicit hash key, single and batched), reads
//! through GetShardIterator + GetRecords, splits, merges, uniform rescaling
//! and clock advances of milliseconds to hours. After every step it checks,
//! against a model kept from the responses alone:
//!
//! - the open shards tile 0..=2^128-1 with no gap or overlap;
//! - each stored record went to the open shard whose range holds the MD5 of its
//!   partition key (computed here, independently) or its explicit hash key;
//! - sequence numbers strictly increase per shard;
//! - every record is readable from its shard until its retention ends (24 h
//!   after arrival), and from no other; a read returns exactly the model's
//!   records of that shard, in order;
//! - the engine's own invariants (`World::check_invariants`).
//!
//! Hand-written on the world's seeded generator; a failure prints
//! `reproduce with seed=N` (run one seed with `KINESIS_PROPTEST_SEED=N`).

use crate::kinesis_support::*;
use md5::{Digest, Md5};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use switchyard::sim::rng::SimRng;

const RETENTION_MS: u64 = 24 * 3_600_000;

/// A record the model expects: its shard, sequence number, arrival, data.
#[derive(Debug, Clone)]
struct Rec {
    seq: String,
    arrival_ms: u64,
    data: String,
}

struct Model {
    /// shard id -> records in put order.
    by_shard: BTreeMap<String, Vec<Rec>>,
    /// shard id -> last sequence number handed out.
    last_seq: BTreeMap<String, String>,
    counter: u64,
}

fn md5_key(k: &str) -> u128 {
    u128::from_be_bytes(Md5::digest(k.as_bytes()).into())
}

fn open_shards(k: &mut K) -> Vec<(u128, u128, String)> {
    let v = k.ok(
        "ListShards",
        json!({"StreamName": "p", "ShardFilter": {"Type": "AT_LATEST"}}),
    );
    let mut out: Vec<(u128, u128, String)> = v["Shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let (a, b) = range(s);
            (a, b, s["ShardId"].as_str().unwrap().to_string())
        })
        .collect();
    out.sort();
    out
}

fn check_tiling(open: &[(u128, u128, String)]) {
    assert!(!open.is_empty());
    assert_eq!(open[0].0, 0, "the key space starts at 0");
    assert_eq!(open.last().unwrap().1, u128::MAX, "and ends at 2^128-1");
    for w in open.windows(2) {
        assert_eq!(w[0].1.checked_add(1), Some(w[1].0), "gap or overlap: {w:?}");
    }
}

fn owner(open: &[(u128, u128, String)], h: u128) -> &str {
    &open.iter().find(|(a, b, _)| *a <= h && h <= *b).unwrap().2
}

fn note_put(m: &mut Model, now: u64, shard: &str, seq: &str, data: String) {
    if let Some(last) = m.last_seq.get(shard) {
        assert!(
            seq > last.as_str(),
            "sequence numbers increase in {shard}: {seq} after {last}"
        );
    }
    m.last_seq.insert(shard.to_string(), seq.to_string());
    m.by_shard.entry(shard.to_string()).or_default().push(Rec {
        seq: seq.to_string(),
        arrival_ms: now,
        data,
    });
}

/// Every live record is in its shard's store, and nothing else is.
fn check_store(k: &K, m: &Model, now: u64) {
    let id =
        k.w.kinesis
            .stream_id("123456789012", "us-east-1", "p")
            .unwrap();
    let views = k.w.kinesis.streams();
    let view = views.iter().find(|s| s.id == id).unwrap();
    let mut seen = 0;
    for sh in &view.shards {
        let got: Vec<String> =
            k.w.kinesis
                .records(id, sh.index, now, usize::MAX)
                .into_iter()
                .map(|r| r.sequence_number)
                .collect();
        let want: Vec<String> = m
            .by_shard
            .get(&sh.shard_id)
            .map(|v| {
                v.iter()
                    .filter(|r| r.arrival_ms + RETENTION_MS > now)
                    .map(|r| r.seq.clone())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(got, want, "records of {} at {now} ms", sh.shard_id);
        seen += got.len();
    }
    let live: usize = m
        .by_shard
        .values()
        .flat_map(|v| v.iter())
        .filter(|r| r.arrival_ms + RETENTION_MS > now)
        .count();
    assert_eq!(
        seen, live,
        "every live record is in exactly one listed shard"
    );
}

fn run(seed: u64, steps: usize) {
    let mut rng = SimRng::new(seed ^ 0x006b_696e_6573_6973);
    let mut k = K::new(seed);
    k.stream("p", 1 + rng.below(4) as u32);
    let mut m = Model {
        by_shard: BTreeMap::new(),
        last_seq: BTreeMap::new(),
        counter: 0,
    };
    let keys = [
        "user1", "user2", "alpha", "beta", "gamma", "delta", "x", "y", "order-7", "z9",
    ];
    for _ in 0..steps {
        let now = k.w.now().as_ms();
        let open = open_shards(&mut k);
        check_tiling(&open);
        match rng.below(100) {
            // PutRecord
            0..=34 => {
                m.counter += 1;
                let data = format!("d{}", m.counter);
                let (input, h) = if rng.below(5) == 0 {
                    let h = (u128::from(rng.next_u64()) << 64) | u128::from(rng.next_u64());
                    (
                        json!({"StreamName": "p", "PartitionKey": "e", "Data": b64(&data), "ExplicitHashKey": h.to_string()}),
                        h,
                    )
                } else {
                    let key = keys[rng.below(keys.len() as u64) as usize];
                    (
                        json!({"StreamName": "p", "PartitionKey": key, "Data": b64(&data)}),
                        md5_key(key),
                    )
                };
                match k.call("PutRecord", input) {
                    Ok(v) => {
                        let shard = v["ShardId"].as_str().unwrap();
                        assert_eq!(shard, owner(&open, h), "routing of hash {h}");
                        note_put(
                            &mut m,
                            now,
                            shard,
                            v["SequenceNumber"].as_str().unwrap(),
                            data,
                        );
                    }
                    Err(e) => assert_eq!(e.code, "ProvisionedThroughputExceededException", "{e}"),
                }
            }
            // PutRecords
            35..=49 => {
                let n = 1 + rng.below(40) as usize;
                let mut entries = vec![];
                let mut meta = vec![];
                for _ in 0..n {
                    m.counter += 1;
                    let data = format!("b{}", m.counter);
                    let key = keys[rng.below(keys.len() as u64) as usize];
                    entries.push(json!({"PartitionKey": key, "Data": b64(&data)}));
                    meta.push((md5_key(key), data));
                }
                let v = k.ok("PutRecords", json!({"StreamName": "p", "Records": entries}));
                let res = v["Records"].as_array().unwrap();
                assert_eq!(res.len(), n);
                let mut failed = 0;
                for (r, (h, data)) in res.iter().zip(meta) {
                    match r.get("ShardId").and_then(Value::as_str) {
                        Some(shard) => {
                            assert_eq!(shard, owner(&open, h));
                            note_put(
                                &mut m,
                                now,
                                shard,
                                r["SequenceNumber"].as_str().unwrap(),
                                data,
                            );
                        }
                        None => {
                            failed += 1;
                            assert_eq!(r["ErrorCode"], "ProvisionedThroughputExceededException");
                        }
                    }
                }
                assert_eq!(v["FailedRecordCount"], failed);
            }
            // Read a live shard from TRIM_HORIZON (open or closed).
            50..=64 => {
                let all = k.shards("p");
                let sh = all[rng.below(all.len() as u64) as usize]["ShardId"]
                    .as_str()
                    .unwrap()
                    .to_string();
                let it = match k.call(
                    "GetShardIterator",
                    json!({"StreamName": "p", "ShardId": sh, "ShardIteratorType": "TRIM_HORIZON"}),
                ) {
                    Ok(v) => v["ShardIterator"].as_str().unwrap().to_string(),
                    Err(e) => {
                        assert_eq!(e.code, "ProvisionedThroughputExceededException", "{e}");
                        continue;
                    }
                };
                match k.call("GetRecords", json!({"ShardIterator": it})) {
                    Ok(v) => {
                        let got: Vec<(String, String)> = v["Records"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|r| {
                                (
                                    r["SequenceNumber"].as_str().unwrap().to_string(),
                                    unb64(r["Data"].as_str().unwrap()),
                                )
                            })
                            .collect();
                        let want: Vec<(String, String)> = m
                            .by_shard
                            .get(&sh)
                            .map(|v| {
                                v.iter()
                                    .filter(|r| r.arrival_ms + RETENTION_MS > now)
                                    .map(|r| (r.seq.clone(), r.data.clone()))
                                    .collect()
                            })
                            .unwrap_or_default();
                        assert_eq!(got, want, "GetRecords of {sh}");
                        let closed = !open.iter().any(|(_, _, id)| *id == sh);
                        assert_eq!(
                            v.get("ChildShards").is_some(),
                            closed,
                            "ChildShards iff closed: {sh}"
                        );
                        assert_eq!(v.get("NextShardIterator").is_none(), closed);
                    }
                    Err(e) => assert_eq!(e.code, "ProvisionedThroughputExceededException", "{e}"),
                }
            }
            // SplitShard at a random key inside an open shard.
            65..=72 => {
                let (a, b, id) = open[rng.below(open.len() as u64) as usize].clone();
                if b - a < 4 {
                    continue;
                }
                let span = b - a - 2;
                let r = (u128::from(rng.next_u64()) << 64) | u128::from(rng.next_u64());
                let key = a + 2 + r % span;
                match k.call("SplitShard", json!({"StreamName": "p", "ShardToSplit": id, "NewStartingHashKey": key.to_string()})) {
                    Ok(_) => {}
                    Err(e) => assert!(
                        ["ResourceInUseException", "LimitExceededException"].contains(&e.code.as_str()),
                        "{e}"
                    ),
                }
            }
            // MergeShards of an adjacent pair.
            73..=79 => {
                if open.len() < 2 {
                    continue;
                }
                let i = rng.below(open.len() as u64 - 1) as usize;
                let (x, y) = if rng.below(2) == 0 {
                    (i, i + 1)
                } else {
                    (i + 1, i)
                };
                match k.call("MergeShards", json!({"StreamName": "p", "ShardToMerge": open[x].2, "AdjacentShardToMerge": open[y].2})) {
                    Ok(_) => {}
                    Err(e) => assert_eq!(e.code, "ResourceInUseException", "{e}"),
                }
            }
            // UpdateShardCount.
            80..=82 => {
                let cur = open.len() as u64;
                let target = (cur / 2).max(1) + rng.below(cur * 2 - (cur / 2).max(1) + 1);
                match k.call("UpdateShardCount", json!({"StreamName": "p", "TargetShardCount": target, "ScalingType": "UNIFORM_SCALING"})) {
                    Ok(_) => {}
                    Err(e) => assert!(
                        ["ResourceInUseException", "LimitExceededException", "InvalidArgumentException"].contains(&e.code.as_str()),
                        "{e}"
                    ),
                }
            }
            // Clock: mostly short steps, sometimes hours (records expire).
            _ => {
                let ms = match rng.below(10) {
                    0..=4 => rng.below(1_500),
                    5..=7 => rng.below(120_000),
                    _ => rng.below(12 * 3_600_000),
                };
                k.sleep_ms(ms);
            }
        }
        let now = k.w.now().as_ms();
        check_store(&k, &m, now);
        k.w.check_invariants();
    }
    if std::env::var("KINESIS_PROPTEST_VERBOSE").is_ok() {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for e in k.w.sim.journal.entries() {
            let name = format!("{:?}", e.event);
            let name = name.split(['{', '(', ' ']).nth(1).unwrap_or("").to_string();
            *counts.entry(name).or_default() += 1;
        }
        eprintln!("seed {seed}: {counts:?}");
    }
}

#[test]
fn random_operations_keep_every_invariant() {
    let (first, count) = match std::env::var("KINESIS_PROPTEST_SEED") {
        Ok(s) => (s.parse().expect("a number"), 1),
        Err(_) => (
            1u64,
            std::env::var("KINESIS_PROPTEST_SEEDS")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(24u64),
        ),
    };
    for seed in first..first + count {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(seed, 300)));
        if let Err(e) = result {
            eprintln!("reproduce with seed={seed} (KINESIS_PROPTEST_SEED={seed} cargo test --test native kinesis_property::)");
            std::panic::resume_unwind(e);
        }
    }
}
