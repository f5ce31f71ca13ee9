//! Engine benchmarks (criterion): `cargo bench --bench engines`, or one group with
//! a filter, e.g. `cargo bench --bench engines -- sqs/cycle`. BENCHMARKS.md
//! quotes their results with the command for each.
//!
//! SQS (all through the typed API, one standard queue, short-poll sampling off
//! so every receive returns all 10 messages it asks for):
//! - `sqs/cycle_batch10/*`: a round is SendMessageBatch of 10, ReceiveMessage of
//!   up to 10, DeleteMessageBatch of the 10 receipt handles. A cycle is one
//!   message sent, received and deleted, so criterion's throughput (elements/s)
//!   is cycles per second. Building the requests (cloning the send batch,
//!   turning receipt handles into delete entries) is included, as a caller has
//!   to do it too; `sqs/harness_only` measures that part alone.
//! - `sqs/receive_delete_10/queued_*`: ReceiveMessage of 10 plus
//!   DeleteMessageBatch of them on a queue pre-filled with 10 thousand or
//!   1 million 1 KiB messages. Only the receive and delete are timed; 10 new
//!   messages are sent after each round, untimed, so the queue stays the same
//!   size. The two must cost about the same (the indexes are O(log n)).
//!
//! SNS:
//! - `sns/publish_1pct_matching/N`: Publish through `World::call` to a topic
//!   with N raw-delivery `sqs` subscriptions, each with its own filter policy,
//!   about 1 % matching each message, deliveries into SQS included (and building
//!   the request JSON, as a caller has to). Every 1,000 publishes the queues are
//!   purged, untimed, so the queues do not grow without bound.
//!   Copies into standard queues are deferred (`sqs/fanout.rs`) and inserted
//!   by the purge; `sns/publish_1pct_matching_settled/N` times the same with
//!   each batch of publishes ending in `World::settle`, which inserts them.
//! - `sns/setup/N`: building that world (N CreateQueue and Subscribe calls).
//!
//! Kinesis (`kinesis/...`): `put_get_batch500` puts 500 records with
//! PutRecords and reads them back with GetRecords; `route/shards/{4,10000}` is
//! the cost of finding the open shard of a hash key.
//!
//! `benches/sqs_memory.rs` measures memory per queued message; the wasm
//! build's cycle rate is measured by `e2e/bench-wasm.mjs` (`benchSqsCycles` in
//! `src/web.rs`, the same round as `sqs/cycle_batch10/body_5B` here).

// Wall-clock timing is the point of this file; it drives the engine, it is not
// part of it.
#![allow(clippy::disallowed_methods)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::{Duration, Instant};
use switchyard::sqs::*;
use switchyard::workload::SqsWorkload;

fn world_advance(c: &mut Criterion) {
    c.bench_function("world/sleep_1s_x1000", |b| {
        b.iter(|| {
            let mut w = switchyard::World::new(1);
            for _ in 0..1000 {
                w.sleep_ms(1000);
            }
            w.sim.journal.digest()
        })
    });
}

fn sqs_cycles(c: &mut Criterion) {
    let mut g = c.benchmark_group("sqs/cycle_batch10");
    g.throughput(Throughput::Elements(10));
    for (name, body) in [
        ("body_5B", "hello".to_string()),
        ("body_1KiB", "x".repeat(1024)),
    ] {
        let mut wl = SqsWorkload::new();
        let input = wl.send_batch(10, &body);
        g.bench_function(name, |b| {
            b.iter(|| {
                let n = wl.round(&input);
                assert_eq!(n, 10, "short-poll sampling is off: all 10 come back");
                black_box(n)
            })
        });
        wl.world.check_invariants();
        assert_eq!(wl.world.sqs.stats().accepted, wl.world.sqs.stats().deleted);
    }
    g.finish();

    // What building the requests costs without the engine: the clone of the
    // send batch, the receive request and a delete batch of ten entries (ids formatted, receipt
    // handles moved in, which costs nothing, so empty ones stand in for them).
    // Approximate: in a real round the engine, not the caller, frees what the
    // cloned batch held.
    let mut g = c.benchmark_group("sqs");
    g.throughput(Throughput::Elements(10));
    let wl = SqsWorkload::new();
    let url = wl.url.clone();
    let input = wl.send_batch(10, "hello");
    g.bench_function("harness_only", |b| {
        b.iter(|| {
            black_box(input.clone());
            black_box(ReceiveMessageInput {
                queue_url: url.to_string(),
                max_number_of_messages: Some(10),
                ..Default::default()
            });
            let input = DeleteMessageBatchInput {
                queue_url: url.clone(),
                entries: (0..10)
                    .map(|i| DeleteMessageBatchRequestEntry {
                        id: format!("d{i}"),
                        receipt_handle: String::new(),
                    })
                    .collect(),
            };
            black_box(input);
        })
    });
    g.finish();
}

fn sqs_flat(c: &mut Criterion) {
    let mut g = c.benchmark_group("sqs/receive_delete_10");
    g.throughput(Throughput::Elements(10));
    // A million 1 KiB messages take about 1.3 GB; fewer samples keep the run short.
    g.sample_size(50);
    g.measurement_time(Duration::from_secs(10));
    let body = "x".repeat(1024);
    for (name, queued) in [("queued_10k", 10_000usize), ("queued_1M", 1_000_000)] {
        // Filled on first use, so that a filter that skips this benchmark skips
        // the filling too.
        let mut state: Option<(SqsWorkload, SendMessageBatchInput)> = None;
        g.bench_function(BenchmarkId::from_parameter(name), |b| {
            let (wl, input) = state.get_or_insert_with(|| {
                let mut wl = SqsWorkload::new();
                let input = wl.send_batch(10, &body);
                for _ in 0..queued / 10 {
                    wl.send(&input);
                }
                (wl, input)
            });
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let start = Instant::now();
                    let msgs = wl.receive();
                    black_box(wl.delete(msgs));
                    spent += start.elapsed();
                    wl.send(input);
                }
                spent
            })
        });
        if let Some((SqsWorkload { world: w, .. }, _)) = state {
            assert_eq!(
                w.sqs.stats().accepted - w.sqs.stats().deleted,
                queued as u64,
                "the queue kept its size"
            );
            w.check_invariants();
        }
    }
    g.finish();
}

/// SNS: one topic with `n` SQS subscriptions, each with its own filter policy
/// on attribute `bucket`, about 1 % of them matching each publish
/// (`{"bucket": ["b<i mod 100>"]}`), every queue's policy allowing the topic.
/// Returns the world, the topic's ARN and the queues' URLs.
fn sns_world(n: usize) -> (switchyard::World, String, Vec<String>) {
    use serde_json::json;
    use switchyard::model::Service;
    use switchyard::world::{CallOutcome, Caller};
    let mut w = switchyard::World::new(9);
    let caller = Caller::default();
    let call =
        |w: &mut switchyard::World, svc, op: &str, input| match w.call(svc, op, input, &caller) {
            CallOutcome::Done(r) => r.expect(op),
            CallOutcome::Pending(_) => unreachable!(),
        };
    let topic = call(
        &mut w,
        Service::Sns,
        "CreateTopic",
        json!({"Name": "bench"}),
    )["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let mut urls = Vec::with_capacity(n);
    for i in 0..n {
        let arn = format!("arn:aws:sqs:us-east-1:123456789012:q{i}");
        let policy = json!({"Statement": [{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"},
            "Action": "sqs:SendMessage", "Resource": arn}]});
        let created = call(
            &mut w,
            Service::Sqs,
            "CreateQueue",
            json!({"QueueName": format!("q{i}"), "Attributes": {"Policy": policy.to_string()}}),
        );
        urls.push(created["QueueUrl"].as_str().unwrap().to_string());
        let fp = json!({"bucket": [format!("b{}", i % 100)]}).to_string();
        call(
            &mut w,
            Service::Sns,
            "Subscribe",
            json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": arn,
            "Attributes": {"FilterPolicy": fp, "RawMessageDelivery": "true"}}),
        );
    }
    (w, topic, urls)
}

/// Publishes timed between purges: the queues are emptied every this many
/// publishes, outside the timed region, so that what is measured is a world in
/// a steady state rather than one whose queues (and heap) only grow.
const SNS_PUBLISHES_PER_PURGE: u64 = 1_000;

/// Empties every queue of the SNS benchmark world, untimed: the virtual clock
/// moves past PurgeQueue's 60-second cooldown first.
fn sns_purge(w: &mut switchyard::World, urls: &[String]) {
    let caller = switchyard::world::Caller::default();
    w.sleep_ms(61_000);
    for url in urls {
        w.sqs
            .purge_queue(
                &mut w.sim,
                &caller,
                PurgeQueueInput {
                    queue_url: url.clone(),
                },
            )
            .expect("purge");
    }
}

/// Building the SNS benchmark's world: N CreateQueue + Subscribe calls (each
/// Subscribe checks the topic's subscriptions for a duplicate).
fn sns_setup(c: &mut Criterion) {
    let mut g = c.benchmark_group("sns/setup");
    g.sample_size(10);
    for n in [1_000usize, 10_000] {
        g.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| black_box(sns_world(n).0.sim.journal.digest()))
        });
    }
    g.finish();
}

fn sns_publish(c: &mut Criterion) {
    sns_publish_group(c, "sns/publish_1pct_matching", false, true);
    sns_publish_group(c, "sns/publish_1pct_matching_settled", true, true);
    sns_publish_group(c, "sns/publish_1pct_matching_undeferred", false, false);
}

/// `settled`: each batch of publishes ends with `World::settle` inside the
/// timed region, so the copies the fan-out deferred are inserted into their
/// queues on the clock (without it, the purge that follows, untimed, does it).
/// `defer`: `SqsSettings::defer_fan_out`; off, every copy is inserted into
/// its queue during the publish.
fn sns_publish_group(c: &mut Criterion, name: &str, settled: bool, defer: bool) {
    use serde_json::json;
    use switchyard::model::Service;
    use switchyard::world::{CallOutcome, Caller};
    let mut g = c.benchmark_group(name);
    g.sample_size(20);
    g.measurement_time(Duration::from_secs(5));
    for n in [10usize, 100, 1_000, 10_000] {
        let mut state: Option<(switchyard::World, String, Vec<String>)> = None;
        g.bench_function(BenchmarkId::from_parameter(n), |b| {
            let (w, topic, urls) = state.get_or_insert_with(|| {
                let mut s = sns_world(n);
                s.0.sqs.settings.defer_fan_out = defer;
                s
            });
            let caller = Caller::default();
            let mut k = 0u64;
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                let mut left = iters;
                while left > 0 {
                    let batch = left.min(SNS_PUBLISHES_PER_PURGE);
                    left -= batch;
                    let start = Instant::now();
                    for _ in 0..batch {
                        // Building the request is timed, as a caller has to do it.
                        k += 1;
                        let input = json!({"TopicArn": topic, "Message": "m",
                            "MessageAttributes": {"bucket": {"DataType": "String",
                                "StringValue": format!("b{}", k % 100)}}});
                        match w.call(Service::Sns, "Publish", input, &caller) {
                            CallOutcome::Done(r) => black_box(r.expect("publish")),
                            CallOutcome::Pending(_) => unreachable!(),
                        };
                    }
                    if settled {
                        w.settle();
                    }
                    spent += start.elapsed();
                    sns_purge(w, urls);
                }
                spent
            })
        });
        if let Some((w, _, _)) = &state {
            w.check_invariants();
        }
    }
    g.finish();
}

/// Kinesis: one 1-shard stream; a round is PutRecords of 500 five-byte records,
/// one minute of virtual time (so the shard's write and read limits are never
/// the bottleneck and records past their 24 h retention are trimmed on the
/// clock, which keeps memory flat), then GetRecords from the previous round's
/// NextShardIterator, which returns the 500. Throughput (elements/s) is records
/// put and read back per second. Through the typed API, as the SQS figures are;
/// building the request (cloning the batch) is included.
fn kinesis_put_get(c: &mut Criterion) {
    let mut g = c.benchmark_group("kinesis/put_get_batch500");
    g.throughput(Throughput::Elements(500));
    // 50 partition keys reused (users, devices), or 500 distinct ones per
    // batch, which defeats the engine's 256-slot memo of MD5s.
    for (name, keys) in [("body_5B", 50usize), ("body_5B_500_keys", 500)] {
        let mut wl = switchyard::workload::KinesisWorkload::new(keys);
        g.bench_function(name, |b| b.iter(|| black_box(wl.round())));
        wl.world.check_invariants();
    }
    g.finish();
}

/// Routing a hash key to its open shard: one B-tree range lookup, at 4 and at
/// 10,000 shards (a stream built directly, without CreateStream's timed
/// transitions). Keys are MD5s of varying partition keys, hashed
/// outside the timed loop.
fn kinesis_route(c: &mut Criterion) {
    use switchyard::kinesis::stream::{hash_key, Stream};
    use switchyard::kinesis::StreamMode;
    let mut g = c.benchmark_group("kinesis/route");
    let keys: Vec<u128> = (0..4096).map(|i| hash_key(&format!("user{i}"))).collect();
    for n in [4u32, 10_000] {
        let s = Stream::new(
            0,
            "s",
            "123456789012",
            "us-east-1",
            StreamMode::Provisioned,
            n,
            0,
        );
        let mut i = 0usize;
        g.bench_function(BenchmarkId::new("shards", n), |b| {
            b.iter(|| {
                i = (i + 1) & 4095;
                black_box(s.route(black_box(keys[i])))
            })
        });
    }
    g.finish();
}

/// Issue 6's client world (10 queues, 10 producers at 100 msg/s, 50
/// consumers): wall time for one simulated minute, measured in 10-minute runs
/// after a warm-up minute; an hour is 60 of them.
fn clients_minute(c: &mut Criterion) {
    let mut g = c.benchmark_group("clients/10q_10p_50c");
    g.sample_size(10);
    g.throughput(Throughput::Elements(60_000));
    g.bench_function("one_simulated_minute", |b| {
        b.iter_custom(|iters| {
            let mut wl = switchyard::workload::ClientsWorkload::new();
            wl.run_minutes(1);
            let start = std::time::Instant::now();
            let done = wl.run_minutes(iters);
            black_box(done);
            start.elapsed()
        })
    });
    g.finish();
}

/// Firehose: PutRecordBatch of 500 records of 100 bytes through `World::call`
/// (building the request JSON included, as a caller has to) into a Direct PUT
/// stream writing to S3 with the default 5 MiB / 300 s buffer. The virtual
/// clock moves 10 ms per batch so the stream stays under us-east-1's Direct PUT
/// quota (5 MiB/s); a 5 MiB object is flushed, compressed and written into S3
/// about every 100 batches, inside the timed loop. Throughput is records/s.
/// Variants: uncompressed, GZIP, and GZIP behind an identity transform.
fn firehose_put_batch(c: &mut Criterion) {
    use serde_json::json;
    use switchyard::model::Service;
    use switchyard::world::{CallOutcome, Caller};
    let mut g = c.benchmark_group("firehose/batch500_to_s3");
    g.throughput(Throughput::Elements(500));
    let data = switchyard::util::b64_encode(&[b'x'; 100]);
    let records: Vec<serde_json::Value> = (0..500).map(|_| json!({ "Data": data })).collect();
    let func = "arn:aws:lambda:us-east-1:123456789012:function:id";
    for (name, compression, transform) in [
        ("uncompressed", "UNCOMPRESSED", false),
        ("gzip", "GZIP", false),
        ("gzip_transform", "GZIP", true),
    ] {
        let caller = Caller::default();
        let mut w = switchyard::World::new(1);
        w.firehose
            .settings
            .functions
            .insert(func.into(), switchyard::firehose::SimFunction::identity());
        let mut dest = json!({"RoleARN": "arn:aws:iam::123456789012:role/r",
            "BucketARN": "arn:aws:s3:::bench-bucket", "CompressionFormat": compression});
        if transform {
            dest["ProcessingConfiguration"] = json!({"Enabled": true, "Processors": [{"Type": "Lambda",
                "Parameters": [{"ParameterName": "LambdaArn", "ParameterValue": func}]}]});
        }
        let ok = |o: CallOutcome| match o {
            CallOutcome::Done(Ok(v)) => v,
            other => panic!("{other:?}"),
        };
        ok(w.call(
            Service::S3,
            "CreateBucket",
            json!({"Bucket": "bench-bucket"}),
            &caller,
        ));
        ok(w.call(
            Service::Firehose,
            "CreateDeliveryStream",
            json!({"DeliveryStreamName": "bench", "ExtendedS3DestinationConfiguration": dest}),
            &caller,
        ));
        w.sleep_ms(5_000);
        g.bench_function(name, |b| {
            b.iter(|| {
                let input = json!({"DeliveryStreamName": "bench", "Records": records.clone()});
                let out = ok(w.call(Service::Firehose, "PutRecordBatch", input, &caller));
                assert_eq!(out["FailedPutCount"], 0);
                w.sleep_ms(10);
            })
        });
        let s = w.firehose.streams().next().unwrap();
        // (A filtered-out variant ran no iteration.)
        assert!(
            s.counters.incoming_records == 0 || s.counters.delivered_objects > 0,
            "{name}: no object written: {:?} {:?}",
            s.counters,
            s.last_error
        );
        w.check_invariants();
    }
    g.finish();
}

/// Analytics: a tumbling-window count per ticker (100 tickers, GROUP BY
/// ticker and STEP(ROWTIME BY INTERVAL '10' SECOND)) over JSON records.
/// `engine`: 1,000 records handed to the application at a time
/// (`Analytics::source_records`: JSON parsing by the input schema, the
/// window, closing windows as the clock moves 10 ms per batch).
/// `end_to_end_100k`: one virtual second of 100,000 records: PutRecords into
/// a 100-shard stream (1,000 records per shard, within its write limit), the
/// application reading every shard with GetRecords, the window, its results
/// written to an output stream. Elements/s at or above 100,000 means the
/// application keeps up with 100,000 records/s.
fn analytics_window(c: &mut Criterion) {
    use serde_json::json;
    use switchyard::model::Service;
    use switchyard::world::{CallOutcome, Caller};
    let caller = Caller::default();
    let ok = |o: CallOutcome| match o {
        CallOutcome::Done(Ok(v)) => v,
        other => panic!("{other:?}"),
    };
    let setup = |shards: u32| {
        let mut w = switchyard::World::new(1);
        for (name, n) in [("ticks", shards), ("counts", 1)] {
            ok(w.call(
                Service::Kinesis,
                "CreateStream",
                json!({"StreamName": name, "ShardCount": n}),
                &caller,
            ));
        }
        w.sleep_ms(1_000);
        let code = r#"CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (ticker VARCHAR(8), n INTEGER, high DOUBLE);
            CREATE OR REPLACE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
            SELECT STREAM ticker, COUNT(*), MAX(price) FROM "SOURCE_SQL_STREAM_001"
            GROUP BY ticker, STEP("SOURCE_SQL_STREAM_001".ROWTIME BY INTERVAL '10' SECOND);"#;
        ok(w.call(Service::KinesisAnalytics, "CreateApplication", json!({
            "ApplicationName": "bench", "ApplicationCode": code,
            "Inputs": [{"NamePrefix": "SOURCE_SQL_STREAM",
                "KinesisStreamsInput": {"ResourceARN": "arn:aws:kinesis:us-east-1:123456789012:stream/ticks", "RoleARN": "arn:aws:iam::123456789012:role/r"},
                "InputSchema": {"RecordFormat": {"RecordFormatType": "JSON", "MappingParameters": {"JSONMappingParameters": {"RecordRowPath": "$"}}},
                    "RecordColumns": [{"Name": "TICKER", "Mapping": "$.ticker", "SqlType": "VARCHAR(8)"},
                                      {"Name": "PRICE", "Mapping": "$.price", "SqlType": "DOUBLE"}]}}],
            "Outputs": [{"Name": "DESTINATION_SQL_STREAM",
                "KinesisStreamsOutput": {"ResourceARN": "arn:aws:kinesis:us-east-1:123456789012:stream/counts", "RoleARN": "arn:aws:iam::123456789012:role/r"},
                "DestinationSchema": {"RecordFormatType": "JSON"}}]}), &caller));
        ok(w.call(Service::KinesisAnalytics, "StartApplication", json!({"ApplicationName": "bench",
            "InputConfigurations": [{"Id": "1.1", "InputStartingPositionConfiguration": {"InputStartingPosition": "NOW"}}]}), &caller));
        w.sleep_ms(10_000);
        w
    };
    let record = |i: usize| format!(r#"{{"ticker":"T{}","price":{}.5}}"#, i % 100, i % 977);
    let mut g = c.benchmark_group("analytics/windowed_count");
    g.throughput(Throughput::Elements(1_000));
    {
        let mut w = setup(1);
        let id = w.analytics.apps().next().unwrap().id;
        let batch: Vec<(String, Vec<u8>, u64)> = (0..1_000)
            .map(|i| {
                (
                    "shardId-000000000000".to_string(),
                    record(i).into_bytes(),
                    0,
                )
            })
            .collect();
        g.bench_function("engine", |b| {
            b.iter(|| {
                w.analytics.source_records(&mut w.sim, id, batch.clone());
                w.sleep_ms(10);
            })
        });
        let a = w.analytics.apps().next().unwrap();
        assert_eq!(a.counters.parse_errors, 0);
        assert!(
            a.counters.rows_in == 0
                || a.counters.windows_closed > 0
                || a.counters.rows_in < 1_000_000
        );
        w.check_invariants();
    }
    g.throughput(Throughput::Elements(100_000));
    g.sample_size(10);
    {
        let mut w = setup(100);
        // Hash keys in the middle of each shard's range: 1,000 records per shard.
        let step = u128::MAX / 100;
        let keys: Vec<String> = (0..100u128)
            .map(|s| (s * step + step / 2).to_string())
            .collect();
        let datas: Vec<String> = (0..100_000)
            .map(|i| switchyard::util::b64_encode(record(i).as_bytes()))
            .collect();
        g.bench_function("end_to_end_100k", |b| {
            b.iter(|| {
                for chunk in 0..200 {
                    let records: Vec<serde_json::Value> = (0..500)
                        .map(|k| {
                            let i = chunk * 500 + k;
                            json!({"Data": datas[i], "PartitionKey": "p", "ExplicitHashKey": keys[i % 100]})
                        })
                        .collect();
                    let out = ok(w.call(Service::Kinesis, "PutRecords", json!({"StreamName": "ticks", "Records": records}), &caller));
                    assert_eq!(out["FailedRecordCount"], 0, "within the shards' write limits");
                }
                w.sleep_ms(1_000);
            })
        });
        let a = w.analytics.apps().next().unwrap();
        assert!(a.counters.records_read > 0 || a.counters.rows_in == 0);
        assert_eq!(a.counters.parse_errors, 0);
        w.check_invariants();
    }
    g.finish();
}

criterion_group!(
    benches,
    analytics_window,
    firehose_put_batch,
    world_advance,
    sqs_cycles,
    sqs_flat,
    sns_publish,
    sns_setup,
    kinesis_put_get,
    clients_minute,
    kinesis_route
);
criterion_main!(benches);
