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
use switchyard::world::{CallId, Caller};
use switchyard::World;

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

/// A world with one standard queue named `bench`, short-poll sampling off.
fn setup() -> (World, Caller, String) {
    let mut w = World::new(7);
    w.sqs.settings.short_poll_sampling = false;
    let caller = Caller::default();
    let url = w
        .sqs
        .create_queue(
            &mut w.sim,
            &caller,
            CreateQueueInput {
                queue_name: "bench".into(),
                ..Default::default()
            },
        )
        .expect("create queue")
        .queue_url;
    (w, caller, url)
}

/// A SendMessageBatch of `n` entries with `body`.
fn send_batch(url: &str, n: usize, body: &str) -> SendMessageBatchInput {
    SendMessageBatchInput {
        queue_url: url.to_string(),
        entries: (0..n)
            .map(|i| SendMessageBatchRequestEntry {
                id: format!("m{i}"),
                message_body: body.to_string(),
                ..Default::default()
            })
            .collect(),
    }
}

fn send(w: &mut World, caller: &Caller, input: &SendMessageBatchInput) {
    let out = w
        .sqs
        .send_message_batch(&mut w.sim, caller, input.clone())
        .expect("send batch");
    debug_assert_eq!(out.successful.len(), input.entries.len());
    black_box(out);
}

fn receive(w: &mut World, caller: &Caller, url: &str) -> Vec<Message> {
    let input = ReceiveMessageInput {
        queue_url: url.to_string(),
        max_number_of_messages: Some(10),
        ..Default::default()
    };
    w.sqs
        .receive_message(&mut w.sim, caller, input, CallId(0))
        .expect("a short poll answers at once")
        .expect("receive")
        .messages
}

/// Deletes `msgs` by their receipt handles (moved, not copied, into the request).
fn delete(w: &mut World, caller: &Caller, url: &str, msgs: Vec<Message>) {
    let n = msgs.len();
    let input = DeleteMessageBatchInput {
        queue_url: url.to_string(),
        entries: msgs
            .into_iter()
            .enumerate()
            .map(|(i, m)| DeleteMessageBatchRequestEntry {
                id: format!("d{i}"),
                receipt_handle: m.receipt_handle,
            })
            .collect(),
    };
    let out = w
        .sqs
        .delete_message_batch(&mut w.sim, caller, input)
        .expect("delete batch");
    assert_eq!(out.successful.len(), n, "every delete succeeds");
}

/// One round: send 10, receive 10, delete 10.
fn round(w: &mut World, caller: &Caller, url: &str, input: &SendMessageBatchInput) {
    send(w, caller, input);
    let msgs = receive(w, caller, url);
    assert_eq!(
        msgs.len(),
        10,
        "short-poll sampling is off: all 10 come back"
    );
    delete(w, caller, url, msgs);
}

fn sqs_cycles(c: &mut Criterion) {
    let mut g = c.benchmark_group("sqs/cycle_batch10");
    g.throughput(Throughput::Elements(10));
    for (name, body) in [
        ("body_5B", "hello".to_string()),
        ("body_1KiB", "x".repeat(1024)),
    ] {
        let (mut w, caller, url) = setup();
        let input = send_batch(&url, 10, &body);
        g.bench_function(name, |b| b.iter(|| round(&mut w, &caller, &url, &input)));
        w.check_invariants();
        assert_eq!(w.sqs.stats().accepted, w.sqs.stats().deleted);
    }
    g.finish();

    // What building the requests costs without the engine: the clone of the
    // send batch, the receive request and a delete batch of ten entries (ids formatted, receipt
    // handles moved in, which costs nothing, so empty ones stand in for them).
    // Approximate: in a real round the engine, not the caller, frees what the
    // cloned batch held.
    let mut g = c.benchmark_group("sqs");
    g.throughput(Throughput::Elements(10));
    let (_w, _caller, url) = setup();
    let input = send_batch(&url, 10, "hello");
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
        let mut state: Option<(World, Caller, String, SendMessageBatchInput)> = None;
        g.bench_function(BenchmarkId::from_parameter(name), |b| {
            let (w, caller, url, input) = state.get_or_insert_with(|| {
                let (mut w, caller, url) = setup();
                let input = send_batch(&url, 10, &body);
                for _ in 0..queued / 10 {
                    send(&mut w, &caller, &input);
                }
                (w, caller, url, input)
            });
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let start = Instant::now();
                    let msgs = receive(w, caller, url);
                    delete(w, caller, url, msgs);
                    spent += start.elapsed();
                    send(w, caller, input);
                }
                spent
            })
        });
        if let Some((w, ..)) = state {
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

criterion_group!(benches, world_advance, sqs_cycles, sqs_flat);
criterion_main!(benches);
