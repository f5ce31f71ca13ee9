//! The event journal: what happened, when, in order.
//!
//! The page animates from it, tests assert on it, and its digest is the
//! determinism check. It keeps the most recent `capacity` entries (a limit on
//! everything: a world that runs for a simulated week must not grow without
//! bound) while the digest and count cover every entry ever appended.

use super::event::Event;
use super::time::SimTime;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::hash::{Hash, Hasher};

/// One journal line.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct JournalEntry {
    /// 0-based position among every entry ever appended.
    pub seq: u64,
    /// Virtual time of the change.
    pub at: SimTime,
    pub event: Event,
}

/// Entries kept by default; older ones drop off the front (the digest keeps them).
pub const DEFAULT_JOURNAL_CAPACITY: usize = 100_000;

/// A bounded journal with a running digest of everything ever appended.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Journal {
    entries: VecDeque<JournalEntry>,
    capacity: usize,
    total: u64,
    digest: u64,
}

impl Default for Journal {
    fn default() -> Self {
        Journal::with_capacity(DEFAULT_JOURNAL_CAPACITY)
    }
}

impl Journal {
    /// A journal that keeps the latest `capacity` entries (at least one).
    pub fn with_capacity(capacity: usize) -> Self {
        Journal {
            entries: VecDeque::new(),
            capacity: capacity.max(1),
            total: 0,
            digest: FNV_OFFSET,
        }
    }

    /// Appends `event` at time `at`.
    pub fn push(&mut self, at: SimTime, event: Event) {
        let entry = JournalEntry {
            seq: self.total,
            at,
            event,
        };
        let mut h = StableHasher(self.digest);
        entry.hash(&mut h);
        self.digest = h.0;
        self.total += 1;
        if self.entries.len() == self.capacity {
            self.entries.pop_front();
        }
        self.entries.push_back(entry);
    }

    /// The retained entries, oldest first.
    pub fn entries(&self) -> impl DoubleEndedIterator<Item = &JournalEntry> + ExactSizeIterator {
        self.entries.iter()
    }

    /// Retained entries with `seq >= from`, for a reader that remembers where it
    /// stopped (the page's event log, a test).
    pub fn since(&self, from: u64) -> impl Iterator<Item = &JournalEntry> {
        let first = self.entries.front().map_or(self.total, |e| e.seq);
        let skip = from.saturating_sub(first) as usize;
        self.entries.iter().skip(skip)
    }

    /// How many entries were ever appended.
    pub fn total(&self) -> u64 {
        self.total
    }

    /// A 64-bit digest of every entry ever appended, identical on every platform
    /// for the same history. Shown as 16 hex digits.
    pub fn digest(&self) -> u64 {
        self.digest
    }

    pub fn digest_hex(&self) -> String {
        format!("{:016x}", self.digest)
    }
}

/// The digest's starting value (FNV-1a's offset basis, kept from the first
/// digest this journal had).
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// An odd 64-bit multiplier with well-spread bits (2^64 / the golden ratio).
const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

/// The digest's hasher: a 64-bit state that takes one 64-bit word per step,
/// `state = fold((state ^ word) * MULTIPLIER)` with `fold(x) = x ^ (x >> 32)`.
/// A word at a time rather than a byte at a time: a journal entry is seven or so
/// steps, and this runs for every state change.
///
/// Every integer `Hash` feeds it becomes one word (zero-extended; `usize` and
/// `isize` are widened to 64 bits, and derived `Hash` writes enum discriminants
/// as `isize`), so a 32-bit wasm build and a 64-bit native build produce the
/// same digest. Byte strings are their length, then 8-byte little-endian words,
/// the last one zero-padded. For a fixed state each step is a bijection of the
/// word, and for a fixed word a bijection of the state, so a history that
/// differs from another in a single word always ends in a different digest;
/// the fold carries high bits down so that differences do not stay in the top
/// bits, where a multiply alone would keep them.
struct StableHasher(u64);

impl StableHasher {
    #[inline]
    fn word(&mut self, w: u64) {
        let x = (self.0 ^ w).wrapping_mul(MULTIPLIER);
        self.0 = x ^ (x >> 32);
    }
}

impl Hasher for StableHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.word(bytes.len() as u64);
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.word(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.word(u64::from_le_bytes(last));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.word(u64::from(i));
    }
    fn write_u16(&mut self, i: u16) {
        self.word(u64::from(i));
    }
    fn write_u32(&mut self, i: u32) {
        self.word(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.word(i);
    }
    fn write_u128(&mut self, i: u128) {
        self.word(i as u64);
        self.word((i >> 64) as u64);
    }
    fn write_usize(&mut self, i: usize) {
        self.word(i as u64);
    }
    fn write_i8(&mut self, i: i8) {
        self.write_u8(i as u8);
    }
    fn write_i16(&mut self, i: i16) {
        self.write_u16(i as u16);
    }
    fn write_i32(&mut self, i: i32) {
        self.write_u32(i as u32);
    }
    fn write_i64(&mut self, i: i64) {
        self.word(i as u64);
    }
    fn write_i128(&mut self, i: i128) {
        self.write_u128(i as u128);
    }
    fn write_isize(&mut self, i: isize) {
        self.word(i as i64 as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::event::WorldEvent;

    fn ev(ms: u64) -> Event {
        Event::World(WorldEvent::ClockAdvanced { by_ms: ms })
    }

    #[test]
    fn keeps_the_latest_entries_and_counts_all() {
        let mut j = Journal::with_capacity(3);
        for i in 0..5 {
            j.push(SimTime(i), ev(i));
        }
        assert_eq!(j.total(), 5);
        let seqs: Vec<u64> = j.entries().map(|e| e.seq).collect();
        assert_eq!(seqs, vec![2, 3, 4]);
        let since: Vec<u64> = j.since(3).map(|e| e.seq).collect();
        assert_eq!(since, vec![3, 4]);
        assert_eq!(j.since(0).count(), 3);
        assert_eq!(j.since(9).count(), 0);
    }

    #[test]
    fn hasher_is_the_same_on_32_and_64_bit_targets() {
        let digest = |f: &dyn Fn(&mut StableHasher)| {
            let mut h = StableHasher(FNV_OFFSET);
            f(&mut h);
            h.finish()
        };
        // usize and isize are widened to 64 bits whatever the target's width.
        assert_eq!(digest(&|h| h.write_usize(7)), digest(&|h| h.write_u64(7)));
        assert_eq!(digest(&|h| h.write_isize(-2)), digest(&|h| h.write_i64(-2)));
        // Byte strings carry their length: trailing zero bytes count.
        assert_ne!(digest(&|h| h.write(b"ab")), digest(&|h| h.write(b"ab\0")));
        assert_ne!(
            digest(&|h| h.write(b"abcdefgh")),
            digest(&|h| h.write(b"abcdefg"))
        );
        // Differences in the top bit do not cancel out over later words.
        assert_ne!(
            digest(&|h| {
                h.write_u64(1 << 63);
                h.write_u64(1 << 63);
            }),
            digest(&|h| {
                h.write_u64(0);
                h.write_u64(0);
            })
        );
    }

    #[test]
    fn digest_depends_on_content_and_order() {
        let mut a = Journal::default();
        let mut b = Journal::default();
        a.push(SimTime(1), ev(1));
        a.push(SimTime(2), ev(2));
        b.push(SimTime(1), ev(2));
        b.push(SimTime(2), ev(1));
        assert_ne!(a.digest(), b.digest());
        let mut c = Journal::with_capacity(1);
        c.push(SimTime(1), ev(1));
        c.push(SimTime(2), ev(2));
        assert_eq!(
            a.digest(),
            c.digest(),
            "capacity must not change the digest"
        );
    }
}
