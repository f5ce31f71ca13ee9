//! Kinesis Client Library workers on the virtual clock: leases balance over
//! 2, 3 and 4 workers as the notes say; a crashed worker's shards are taken
//! over after the failover time and resumed from the checkpoint with no record
//! skipped; children are read only after their parents reach SHARD_END;
//! classic readers share a shard's 2 MB/s and 5 calls/s while enhanced fan-out
//! consumers each get their own; a save and restore replays exactly.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use switchyard::clients::{
    ClientEvent, ClientId, KclAppSpec, KeyDistribution, ProducerSpec, ProducerTarget, PutMode,
    Retrieval,
};
use switchyard::kinesis::stream::parse_sequence_number;
use switchyard::model::Service;
use switchyard::sim::{Event, SimTime};
use switchyard::world::Caller;
use switchyard::World;

fn ok(w: &mut World, service: Service, op: &str, input: Value) -> Value {
    let r = w
        .call_and_wait(service, op, input.clone(), &Caller::default())
        .unwrap_or_else(|e| panic!("{op} {input}: {e:?}"));
    w.check_invariants();
    r
}

fn run_for(w: &mut World, ms: u64) {
    let end = w.now().as_ms() + ms;
    while w.now().as_ms() < end {
        let t = (w.now().as_ms() + 500).min(end);
        w.advance_to(SimTime(t));
        w.check_invariants();
    }
}

fn stream(w: &mut World, name: &str, shards: u32) {
    ok(
        w,
        Service::Kinesis,
        "CreateStream",
        json!({"StreamName": name, "ShardCount": shards}),
    );
    run_for(w, 1_000);
}

/// Leases held per worker name (unexpired owners).
fn holdings(w: &World, app: &str) -> BTreeMap<String, usize> {
    let t = w.lease_table(app).unwrap();
    let mut out = BTreeMap::new();
    for l in t.leases.values() {
        if l.checkpoint != "SHARD_END" {
            if let Some(o) = &l.lease_owner {
                *out.entry(o.clone()).or_default() += 1;
            }
        }
    }
    out
}

fn worker(w: &mut World, app: &str, name: &str) -> ClientId {
    let id = w.add_kcl_worker(app, name).unwrap();
    w.start_client(id);
    id
}

#[test]
fn leases_balance_over_two_three_and_four_workers() {
    let mut w = World::new(11);
    stream(&mut w, "clicks", 4);
    w.add_kcl_app(KclAppSpec::polling("analytics", "clicks", 10))
        .unwrap();
    worker(&mut w, "analytics", "w1");
    run_for(&mut w, 5_000);
    assert_eq!(holdings(&w, "analytics").values().sum::<usize>(), 4);
    assert_eq!(holdings(&w, "analytics")["w1"], 4);
    let table = w.lease_table("analytics").unwrap();
    assert_eq!(table.leases.len(), 4);
    assert!(table.leases.values().all(|l| l.lease_counter > 1));

    worker(&mut w, "analytics", "w2");
    run_for(&mut w, 90_000);
    let h = holdings(&w, "analytics");
    assert_eq!(h.values().copied().collect::<Vec<_>>(), vec![2, 2], "{h:?}");

    worker(&mut w, "analytics", "w3");
    run_for(&mut w, 90_000);
    let mut counts: Vec<usize> = holdings(&w, "analytics").into_values().collect();
    counts.sort();
    assert_eq!(counts, vec![1, 1, 2]);

    worker(&mut w, "analytics", "w4");
    run_for(&mut w, 90_000);
    let counts: Vec<usize> = holdings(&w, "analytics").into_values().collect();
    assert_eq!(counts, vec![1, 1, 1, 1]);
    // Some of that balance came from stealing.
    let stolen = w
        .sim
        .journal
        .entries()
        .filter(|e| {
            matches!(
                e.event,
                Event::Client(ClientEvent::LeaseTaken { stolen: true, .. })
            )
        })
        .count();
    assert!(stolen >= 4, "{stolen}");
}

fn producer(w: &mut World, stream: &str, rate: u32) -> ClientId {
    let mut spec = ProducerSpec::new(
        "feed",
        ProducerTarget::Stream {
            stream_name: stream.into(),
            mode: PutMode::Batch,
        },
        rate,
    );
    spec.keys = KeyDistribution::Uniform { keys: 64 };
    spec.body_template = "event {n} for {key}".into();
    let p = w.add_producer(spec);
    w.start_client(p);
    p
}

/// Every (shard, ordinal) a RecordsProcessed event covered, and how many
/// batches were processed more than once.
fn processed(w: &World) -> BTreeMap<u32, BTreeSet<u64>> {
    let mut out: BTreeMap<u32, BTreeSet<u64>> = BTreeMap::new();
    for e in w.sim.journal.entries() {
        if let Event::Client(ClientEvent::RecordsProcessed {
            first_sequence_number,
            last_sequence_number,
            count,
            ..
        }) = &e.event
        {
            let (_, shard, _, a) = parse_sequence_number(first_sequence_number).unwrap();
            let (_, s2, _, b) = parse_sequence_number(last_sequence_number).unwrap();
            assert_eq!(shard, s2);
            assert_eq!(b - a + 1, u64::from(*count), "a batch is contiguous");
            out.entry(shard).or_default().extend(a..=b);
        }
    }
    out
}

/// Ordinals of every record in the stream, per shard, read with GetRecords.
fn all_records(w: &mut World, stream: &str) -> BTreeMap<u32, BTreeSet<u64>> {
    let shards = ok(
        w,
        Service::Kinesis,
        "ListShards",
        json!({"StreamName": stream}),
    );
    let mut out: BTreeMap<u32, BTreeSet<u64>> = BTreeMap::new();
    for s in shards["Shards"].as_array().unwrap() {
        let id = s["ShardId"].as_str().unwrap();
        let mut it = ok(
            w,
            Service::Kinesis,
            "GetShardIterator",
            json!({"StreamName": stream, "ShardId": id, "ShardIteratorType": "TRIM_HORIZON"}),
        )["ShardIterator"]
            .as_str()
            .map(String::from);
        while let Some(i) = it {
            let r = ok(
                w,
                Service::Kinesis,
                "GetRecords",
                json!({"ShardIterator": i}),
            );
            let recs = r["Records"].as_array().unwrap();
            for rec in recs {
                let (_, shard, _, ord) =
                    parse_sequence_number(rec["SequenceNumber"].as_str().unwrap()).unwrap();
                out.entry(shard).or_default().insert(ord);
            }
            if recs.is_empty() {
                break;
            }
            it = r["NextShardIterator"].as_str().map(String::from);
            w.advance_to(SimTime(w.now().as_ms() + 250));
        }
    }
    out
}

#[test]
fn a_crashed_workers_shards_resume_from_the_checkpoint_with_nothing_skipped() {
    let mut w = World::new(12);
    stream(&mut w, "orders", 4);
    w.add_kcl_app(KclAppSpec::polling("billing", "orders", 200))
        .unwrap();
    let feed = producer(&mut w, "orders", 200);
    let w1 = worker(&mut w, "billing", "w1");
    worker(&mut w, "billing", "w2");
    run_for(&mut w, 60_000);
    assert_eq!(
        holdings(&w, "billing")
            .values()
            .copied()
            .collect::<Vec<_>>(),
        vec![2, 2]
    );

    w.crash_client(w1);
    let crashed_at = w.now().as_ms();
    run_for(&mut w, 5_000);
    // Within the failover time nobody takes w1's leases.
    assert_eq!(holdings(&w, "billing").get("w2"), Some(&2));
    run_for(&mut w, 40_000);
    assert_eq!(holdings(&w, "billing").get("w2"), Some(&4), "w2 took over");
    let takeover = w
        .sim
        .journal
        .entries()
        .find(|e| {
            e.at.as_ms() > crashed_at
                && matches!(e.event, Event::Client(ClientEvent::LeaseTaken { stolen: false, from: Some(f), .. }) if f == w1.0)
        })
        .expect("a take-over of an expired lease");
    eprintln!(
        "crash at {crashed_at}, take-over at {}",
        takeover.at.as_ms()
    );
    assert!(
        takeover.at.as_ms() >= crashed_at + 10_000 - 3_400,
        "expired only after the failover time"
    );

    w.stop_client(feed);
    run_for(&mut w, 30_000);
    let done = processed(&w);
    let all = all_records(&mut w, "orders");
    assert!(all.values().map(BTreeSet::len).sum::<usize>() > 10_000);
    for (shard, ords) in &all {
        let missing: Vec<_> = ords.difference(&done[shard]).take(5).collect();
        assert!(missing.is_empty(), "shard {shard} skipped {missing:?}");
    }
    // The checkpoint of every lease is the shard's last record.
    let t = w.lease_table("billing").unwrap();
    for (shard, ords) in &all {
        let l = &t.leases[&switchyard::kinesis::stream::Stream::shard_id(*shard)];
        let (_, _, _, ord) = parse_sequence_number(&l.checkpoint).unwrap();
        assert_eq!(ord, *ords.iter().next_back().unwrap());
    }
}

#[test]
fn children_are_read_only_after_their_parent_reaches_shard_end() {
    let mut w = World::new(13);
    stream(&mut w, "s", 1);
    let feed = producer(&mut w, "s", 50);
    run_for(&mut w, 20_000);
    // A slow application: 2 s per batch, so the parent is far from done at the split.
    let mut spec = KclAppSpec::polling("slow", "s", 2_000);
    spec.retrieval = Retrieval::Polling {
        idle_between_reads_ms: 1_000,
        max_records: 100,
    };
    w.add_kcl_app(spec).unwrap();
    worker(&mut w, "slow", "a");
    worker(&mut w, "slow", "b");
    run_for(&mut w, 2_000);
    ok(
        &mut w,
        Service::Kinesis,
        "SplitShard",
        json!({"StreamName": "s", "ShardToSplit": "shardId-000000000000",
               "NewStartingHashKey": (1u128 << 127).to_string()}),
    );
    run_for(&mut w, 60_000);
    w.stop_client(feed);
    run_for(&mut w, 120_000);
    let mut parent_end = None;
    let mut first_child = None;
    for e in w.sim.journal.entries() {
        match &e.event {
            Event::Client(ClientEvent::ShardEnded { shard: 0, .. }) => {
                parent_end.get_or_insert(e.at.as_ms());
            }
            Event::Client(ClientEvent::RecordsProcessed { shard, .. }) if *shard > 0 => {
                first_child.get_or_insert(e.at.as_ms());
            }
            _ => {}
        }
    }
    let (p, c) = (
        parent_end.expect("parent ended"),
        first_child.expect("child read"),
    );
    assert!(p <= c, "parent ended at {p}, child read at {c}");
    let t = w.lease_table("slow").unwrap();
    assert_eq!(t.leases.len(), 3);
    assert_eq!(t.leases["shardId-000000000000"].checkpoint, "SHARD_END");
    assert_eq!(
        t.leases["shardId-000000000001"].parent_shard_ids,
        vec!["shardId-000000000000".to_string()]
    );
    let done = processed(&w);
    let all = all_records(&mut w, "s");
    for (shard, ords) in &all {
        assert!(ords.is_subset(&done[shard]), "shard {shard}");
    }
}

/// Three applications read one shard written at about 0.9 MB/s.
fn bandwidth(retrieval: Retrieval) -> (u64, Vec<u64>) {
    let mut w = World::new(14);
    stream(&mut w, "video", 1);
    let mut spec = ProducerSpec::new(
        "camera",
        ProducerTarget::Stream {
            stream_name: "video".into(),
            mode: PutMode::Batch,
        },
        900,
    );
    spec.body_template = format!("{{n}}{}", "x".repeat(1000));
    let p = w.add_producer(spec);
    w.start_client(p);
    let mut ids = vec![];
    for app in ["a", "b", "c"] {
        let mut spec = KclAppSpec::polling(app, "video", 5);
        spec.retrieval = retrieval;
        w.add_kcl_app(spec).unwrap();
        ids.push(worker(&mut w, app, &format!("{app}-1")));
    }
    run_for(&mut w, 60_000);
    let throttled = ids
        .iter()
        .map(|i| w.client(*i).unwrap().counters.throttled)
        .sum();
    let behind = ids
        .iter()
        .map(|i| {
            w.clients
                .worker(*i)
                .unwrap()
                .shards
                .values()
                .map(|s| s.millis_behind_latest)
                .max()
                .unwrap_or(u64::MAX)
        })
        .collect();
    eprintln!("{retrieval:?}: throttled {throttled}, behind {behind:?}");
    (throttled, behind)
}

#[test]
fn classic_readers_share_a_shard_and_fan_out_consumers_do_not() {
    let (throttled, behind) = bandwidth(Retrieval::Polling {
        idle_between_reads_ms: 100,
        max_records: 10_000,
    });
    assert!(
        throttled > 100,
        "classic readers throttled {throttled} times"
    );
    assert!(
        behind.iter().any(|b| *b > 5_000),
        "sharing 2 MB/s, someone falls behind: {behind:?}"
    );
    let (throttled, behind) = bandwidth(Retrieval::FanOut);
    assert_eq!(throttled, 0);
    assert!(
        behind.iter().all(|b| *b < 1_000),
        "each has 2 MB/s: {behind:?}"
    );
}

#[test]
fn a_saved_world_replays_the_same_lease_moves() {
    let mut w = World::new(15);
    stream(&mut w, "s", 4);
    producer(&mut w, "s", 100);
    w.add_kcl_app(KclAppSpec::polling("app", "s", 50)).unwrap();
    let a = worker(&mut w, "app", "a");
    worker(&mut w, "app", "b");
    run_for(&mut w, 30_000);
    let saved = serde_json::to_string(&w).unwrap();
    let mut r: World = serde_json::from_str(&saved).unwrap();
    for x in [&mut w, &mut r] {
        x.crash_client(a);
        run_for(x, 60_000);
    }
    assert_eq!(w.sim.journal.digest(), r.sim.journal.digest());
    assert_eq!(w.lease_table("app"), r.lease_table("app"));
}
