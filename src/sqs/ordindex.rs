//! `OrdIndex`: an ordered set of (key, slot) pairs, the shape of every queue
//! index (visible by id, in flight by deadline, delayed by delay end, by
//! retention base, FIFO groups by first id).
//!
//! Most queues hold a handful of messages, and a fan-out touches each of
//! thousands of queues rarely, so their indexes are cold when touched. A
//! `BTreeSet` allocates a node for its first element and frees it with its
//! last, and every insert walks a node laid out for hundreds of keys. Below
//! `SMALL_MAX` entries the set is a sorted `Vec` instead: one contiguous run,
//! its buffer kept when it empties, and the common insert (a key above every
//! other: a new message's id, a later deadline) a push at the end. Above it,
//! the set becomes a `BTreeSet`, so a queue of a million messages keeps
//! O(log n) inserts and removals; it turns back into a `Vec` when it shrinks
//! to `SMALL_MAX / 4` (the gap keeps a set near the threshold from
//! converting back and forth).
//!
//! Saved as a plain sequence, as the `BTreeSet` it replaces was.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeSet;

/// Entries up to which the set is a sorted `Vec`.
const SMALL_MAX: usize = 256;

type Key = (u64, u32);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Repr {
    Small(Vec<Key>),
    Large(BTreeSet<Key>),
}

/// An ordered set of (key, slot) pairs (see the module's notes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrdIndex(Repr);

impl Default for OrdIndex {
    fn default() -> Self {
        OrdIndex(Repr::Small(Vec::new()))
    }
}

impl OrdIndex {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Small(v) => v.len(),
            Repr::Large(s) => s.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds `k`; false if it was already there.
    pub fn insert(&mut self, k: Key) -> bool {
        match &mut self.0 {
            Repr::Small(v) => {
                if v.last().is_none_or(|last| *last < k) {
                    v.push(k);
                } else {
                    match v.binary_search(&k) {
                        Ok(_) => return false,
                        Err(at) => v.insert(at, k),
                    }
                }
                if v.len() > SMALL_MAX {
                    let set: BTreeSet<Key> = v.drain(..).collect();
                    self.0 = Repr::Large(set);
                }
                true
            }
            Repr::Large(s) => s.insert(k),
        }
    }

    /// Removes `k`; false if it was not there.
    pub fn remove(&mut self, k: &Key) -> bool {
        match &mut self.0 {
            Repr::Small(v) => match v.binary_search(k) {
                Ok(at) => {
                    v.remove(at);
                    true
                }
                Err(_) => false,
            },
            Repr::Large(s) => {
                let removed = s.remove(k);
                if s.len() <= SMALL_MAX / 4 {
                    let v: Vec<Key> = std::mem::take(s).into_iter().collect();
                    self.0 = Repr::Small(v);
                }
                removed
            }
        }
    }

    pub fn contains(&self, k: &Key) -> bool {
        match &self.0 {
            Repr::Small(v) => v.binary_search(k).is_ok(),
            Repr::Large(s) => s.contains(k),
        }
    }

    /// The smallest entry.
    pub fn first(&self) -> Option<&Key> {
        match &self.0 {
            Repr::Small(v) => v.first(),
            Repr::Large(s) => s.first(),
        }
    }

    /// Starts loading where the next largest entry would go (`util::prefetch`).
    pub fn prefetch_end(&self, n: usize) {
        if let Repr::Small(v) = &self.0 {
            let end = v.as_ptr().wrapping_add(v.len());
            // One prefetch per cache line the next `n` pushes write.
            let bytes = n.max(1) * std::mem::size_of::<Key>();
            for off in (0..bytes).step_by(64) {
                crate::util::prefetch(end.cast::<u8>().wrapping_add(off));
            }
        }
    }

    /// Every entry, in order.
    pub fn iter(&self) -> Iter<'_> {
        match &self.0 {
            Repr::Small(v) => Iter::Small(v.iter()),
            Repr::Large(s) => Iter::Large(s.iter()),
        }
    }
}

/// `OrdIndex::iter`.
pub enum Iter<'a> {
    Small(std::slice::Iter<'a, Key>),
    Large(std::collections::btree_set::Iter<'a, Key>),
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a Key;
    #[inline]
    fn next(&mut self) -> Option<&'a Key> {
        match self {
            Iter::Small(i) => i.next(),
            Iter::Large(i) => i.next(),
        }
    }
}

impl<'a> IntoIterator for &'a OrdIndex {
    type Item = &'a Key;
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl FromIterator<Key> for OrdIndex {
    fn from_iter<I: IntoIterator<Item = Key>>(iter: I) -> Self {
        let set: BTreeSet<Key> = iter.into_iter().collect();
        if set.len() > SMALL_MAX {
            OrdIndex(Repr::Large(set))
        } else {
            OrdIndex(Repr::Small(set.into_iter().collect()))
        }
    }
}

impl Serialize for OrdIndex {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for OrdIndex {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let set = BTreeSet::<Key>::deserialize(d)?;
        Ok(set.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same operations on an `OrdIndex` and a `BTreeSet` give the same
    /// answers and contents, across both representations and back.
    #[test]
    fn behaves_as_a_btreeset() {
        let mut a = OrdIndex::new();
        let mut b = BTreeSet::new();
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut large_seen = 0;
        for round in 0..20_000u64 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Grow for a while, then shrink, then grow again.
            let grow = (round / 2_000) % 2 == 0;
            let k = ((x % 1_000), (x >> 40) as u32 % 4);
            if (x >> 20) % 10 < if grow { 7 } else { 3 } {
                let k = if x.is_multiple_of(3) {
                    (round + 1_000, 0)
                } else {
                    k
                };
                assert_eq!(a.insert(k), b.insert(k));
            } else {
                let k = match (x >> 30) % 3 {
                    0 => b.first().copied().unwrap_or(k),
                    _ => k,
                };
                assert_eq!(a.remove(&k), b.remove(&k));
            }
            assert_eq!(a.len(), b.len());
            assert_eq!(a.first(), b.first());
            assert_eq!(a.contains(&k), b.contains(&k));
            large_seen += usize::from(matches!(a.0, Repr::Large(_)));
            if round % 500 == 0 {
                assert!(a.iter().eq(b.iter()));
            }
        }
        assert!(large_seen > 1_000, "both representations exercised");
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(json, serde_json::to_string(&b).unwrap());
        let back: OrdIndex = serde_json::from_str(&json).unwrap();
        assert!(back.iter().eq(b.iter()));
    }
}
