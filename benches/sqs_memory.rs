//! Heap bytes per queued SQS message: `cargo bench --bench sqs_memory`.
//!
//! A counting global allocator tracks the bytes the program has asked for and
//! not yet freed (the allocator's own per-block overhead is not included;
//! the resident-set growth is printed beside it for that). The world first runs
//! send/receive/delete rounds until the journal holds its full bounded window
//! (so its share is not counted as messages), then one million messages with a
//! 1,024-byte body are sent in batches of 10 and left in the queue. The figure
//! is (live bytes after - live bytes before) / 1,000,000 - 1,024.
//!
//! Run without `--bench` (as `cargo test --benches` does) it only checks itself
//! on 10 thousand messages.

// Measurement code: reads the process's resident size and the wall clock.
#![allow(clippy::disallowed_methods)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use switchyard::workload::SqsWorkload;

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static ALLOCS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size(), Ordering::Relaxed);
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        LIVE.fetch_add(new, Ordering::Relaxed);
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const BODY_LEN: usize = 1024;

/// Resident set size in bytes (Linux), if it can be read.
fn rss_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let n: usize = if full { 1_000_000 } else { 10_000 };

    let mut wl = SqsWorkload::new();
    let input = wl.send_batch(10, &"x".repeat(BODY_LEN));

    // Fill the journal's bounded window (3 events per message) so that what
    // follows counts messages, not the journal.
    let window = switchyard::sim::journal::DEFAULT_JOURNAL_CAPACITY;
    let mut rounds = 0usize;
    let mut warm_allocs = 0usize;
    while (wl.world.sim.journal.total() as usize) < window + 30 {
        let allocs = ALLOCS.load(Ordering::Relaxed);
        wl.round(&input);
        rounds += 1;
        warm_allocs += ALLOCS.load(Ordering::Relaxed) - allocs;
    }

    let live_before = LIVE.load(Ordering::Relaxed);
    let allocs_before = ALLOCS.load(Ordering::Relaxed);
    let rss_before = rss_bytes();
    for _ in 0..n / 10 {
        wl.send(&input);
    }
    let w = &wl.world;
    let live_after = LIVE.load(Ordering::Relaxed);
    let allocs_after = ALLOCS.load(Ordering::Relaxed);
    let rss_after = rss_bytes();
    w.check_invariants();
    let queued = w.sqs.stats().accepted - w.sqs.stats().deleted;
    assert_eq!(queued, n as u64, "every message is still queued");

    let per_message = (live_after - live_before) as f64 / n as f64;
    let overhead = per_message - BODY_LEN as f64;
    println!("sqs_memory: {n} queued messages with a {BODY_LEN}-byte body");
    println!(
        "  live heap bytes per message: {per_message:.1} (body {BODY_LEN} + overhead {overhead:.1})"
    );
    println!(
        "  allocations per message sent (freed or not): {:.1}",
        (allocs_after - allocs_before) as f64 / n as f64
    );
    if let (Some(a), Some(b)) = (rss_before, rss_after) {
        println!(
            "  resident set growth per message: {:.1} bytes (includes the allocator's own overhead)",
            (b as f64 - a as f64) / n as f64
        );
    }
    println!(
        "  a message's slot in the queue's slab: {} bytes (plus the slab's unused capacity)",
        std::mem::size_of::<Option<switchyard::sqs::queue::Message>>()
    );
    println!(
        "  allocations per send/receive/delete cycle in batches of 10, requests included: {:.1}",
        warm_allocs as f64 / (rounds * 10) as f64
    );
    println!(
        "  journal window: {} entries kept (bounded; filled before measuring)",
        w.sim.journal.entries().len()
    );
}
