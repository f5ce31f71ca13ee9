//! The compiled matcher: many subscriptions' filter policies in one index, so a
//! publish costs about the same whether a topic has ten subscriptions or ten
//! thousand.
//!
//! Every policy is expanded into alternatives (its `$or`s), each a conjunction
//! of clauses. Each pattern of each clause is filed under its key as a posting
//! `(alternative, clause)`:
//! - exact strings, numbers, `prefix`, `suffix` and `equals-ignore-case` in
//!   ordered maps looked up by the message's value (prefixes and suffixes by each
//!   prefix / suffix of the value);
//! - `numeric` ranges in an interval index that reports only the ranges that
//!   contain the value;
//! - `exists: true` in a per-key list taken whole when the key has a value;
//! - `exists: false` in a per-key list taken whole when the key is absent;
//! - `anything-but`, `cidr`, `true` / `false` / `null` in a small per-key list
//!   checked one by one (they are rare and mostly not indexable by value).
//!
//! A publish gathers the postings its keys and values hit, and an alternative
//! whose every clause was hit matches. The work is proportional to the postings
//! hit (plus the per-key scan lists and `exists: false` keys), not to the
//! number of subscriptions. **Invariant:** `matching` returns exactly the
//! subscriptions for which `eval::matches` says `Matched` (the property test
//! checks this on thousands of random policies and messages).
//!
//! Ordered maps and sorted vectors only, so nothing depends on hash order.

use super::eval::{fold_case, matches, pattern_holds, Field, FieldValue, MessageView};
use super::parse::{FilterPolicyScope, Fixed, Pattern, Policy, MAX_INDEXED_CLAUSES};
use std::collections::{BTreeMap, BTreeSet};

/// One pattern of one clause of one alternative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Posting {
    alt: u32,
    clause: u8,
}

/// Numeric ranges on one key, as closed intervals on the doubled axis of
/// `NumericRange::doubled_bounds`. Built ranges sit in a static index; ranges
/// added since the last build wait in `pending`, which is scanned, until there
/// are enough of them to make a rebuild worth it (amortised O(log n) per insert).
#[derive(Debug, Clone, Default)]
struct Ranges {
    built: StaticIntervals,
    pending: Vec<(i64, i64, Posting)>,
}

impl Ranges {
    fn insert(&mut self, lo: i64, hi: i64, p: Posting) {
        self.pending.push((lo, hi, p));
        if self.pending.len() > 16 + self.built.len() / 4 {
            let mut all = self.built.items();
            all.append(&mut self.pending);
            self.built = StaticIntervals::build(all);
        }
    }

    fn stab(&self, v: i64, out: &mut Vec<Posting>) {
        self.built.stab(v, out);
        for &(lo, hi, p) in &self.pending {
            if lo <= v && v <= hi {
                out.push(p);
            }
        }
    }

    fn is_empty(&self) -> bool {
        self.built.len() == 0 && self.pending.is_empty()
    }
}

/// Intervals sorted by lower end, with a max-of-upper-ends tree over them: a
/// stabbing query walks only subtrees that hold an interval reaching the value,
/// O((k + 1) log n) for k hits.
#[derive(Debug, Clone, Default)]
struct StaticIntervals {
    lo: Vec<i64>,
    hi: Vec<i64>,
    post: Vec<Posting>,
    /// Leaf count, a power of two (0 when empty).
    size: usize,
    /// `max_hi[1]` is the root; leaves at `size + i`; empty slots hold i64::MIN.
    max_hi: Vec<i64>,
}

impl StaticIntervals {
    fn build(mut items: Vec<(i64, i64, Posting)>) -> Self {
        items.sort();
        let n = items.len();
        let size = if n == 0 { 0 } else { n.next_power_of_two() };
        let mut max_hi = vec![i64::MIN; 2 * size];
        for (i, &(_, hi, _)) in items.iter().enumerate() {
            max_hi[size + i] = hi;
        }
        for node in (1..size).rev() {
            max_hi[node] = max_hi[2 * node].max(max_hi[2 * node + 1]);
        }
        StaticIntervals {
            lo: items.iter().map(|t| t.0).collect(),
            hi: items.iter().map(|t| t.1).collect(),
            post: items.iter().map(|t| t.2).collect(),
            size,
            max_hi,
        }
    }

    fn len(&self) -> usize {
        self.lo.len()
    }

    fn items(&self) -> Vec<(i64, i64, Posting)> {
        (0..self.len())
            .map(|i| (self.lo[i], self.hi[i], self.post[i]))
            .collect()
    }

    fn stab(&self, v: i64, out: &mut Vec<Posting>) {
        // Intervals [0, end) start at or below v; among them report those whose
        // upper end reaches v.
        let end = self.lo.partition_point(|&l| l <= v);
        if end > 0 {
            self.walk(1, 0, self.size, end, v, out);
        }
    }

    fn walk(
        &self,
        node: usize,
        left: usize,
        right: usize,
        end: usize,
        v: i64,
        out: &mut Vec<Posting>,
    ) {
        if left >= end || self.max_hi[node] < v {
            return;
        }
        if right - left == 1 {
            out.push(self.post[left]);
            return;
        }
        let mid = (left + right) / 2;
        self.walk(2 * node, left, mid, end, v, out);
        self.walk(2 * node + 1, mid, right, end, v, out);
    }
}

/// Everything filed under one key.
#[derive(Debug, Clone, Default)]
struct KeyIndex {
    exact: BTreeMap<String, Vec<Posting>>,
    numbers: BTreeMap<Fixed, Vec<Posting>>,
    prefixes: BTreeMap<String, Vec<Posting>>,
    /// The longest prefix filed, in bytes: longer prefixes of a value need no
    /// lookup.
    prefix_max: usize,
    suffixes: BTreeMap<String, Vec<Posting>>,
    suffix_max: usize,
    /// `equals-ignore-case` operands, case-folded.
    folded: BTreeMap<String, Vec<Posting>>,
    ranges: Ranges,
    exists_true: Vec<Posting>,
    exists_false: Vec<Posting>,
    /// Patterns checked one by one against the key's whole field.
    scan: Vec<(Pattern, Posting)>,
}

impl KeyIndex {
    fn file(&mut self, pattern: &Pattern, p: Posting) {
        match pattern {
            Pattern::Exact(s) => self.exact.entry(s.clone()).or_default().push(p),
            Pattern::Number(n) => self.numbers.entry(*n).or_default().push(p),
            Pattern::Prefix(s) => {
                self.prefix_max = self.prefix_max.max(s.len());
                self.prefixes.entry(s.clone()).or_default().push(p)
            }
            Pattern::Suffix(s) => {
                self.suffix_max = self.suffix_max.max(s.len());
                self.suffixes.entry(s.clone()).or_default().push(p)
            }
            Pattern::EqualsIgnoreCase(s) => self.folded.entry(fold_case(s)).or_default().push(p),
            Pattern::Numeric(range) => {
                let (lo, hi) = range.doubled_bounds();
                self.ranges.insert(lo, hi, p)
            }
            Pattern::Exists(true) => self.exists_true.push(p),
            Pattern::Exists(false) => self.exists_false.push(p),
            Pattern::AnythingBut(_) | Pattern::Cidr(_) | Pattern::Bool(_) | Pattern::Null => {
                self.scan.push((pattern.clone(), p))
            }
        }
    }

    /// Postings hit by a present key's values (everything but `exists: false`).
    fn collect(&self, field: &Field, out: &mut Vec<Posting>) {
        if field.has_value() {
            out.extend_from_slice(&self.exists_true);
        }
        for v in &field.values {
            match v {
                FieldValue::Str(s) => self.collect_string(s, out),
                FieldValue::Num { value: Some(n), .. } => {
                    if let Some(ps) = self.numbers.get(n) {
                        out.extend_from_slice(ps);
                    }
                    if !self.ranges.is_empty() {
                        self.ranges.stab(n.doubled(), out);
                    }
                }
                _ => {}
            }
        }
        for (pattern, p) in &self.scan {
            if pattern_holds(pattern, Some(field), true) {
                out.push(*p);
            }
        }
    }

    fn collect_string(&self, s: &str, out: &mut Vec<Posting>) {
        if let Some(ps) = self.exact.get(s) {
            out.extend_from_slice(ps);
        }
        if !self.prefixes.is_empty() {
            for end in boundaries(s).filter(|&i| i <= self.prefix_max) {
                if let Some(ps) = self.prefixes.get(&s[..end]) {
                    out.extend_from_slice(ps);
                }
            }
        }
        if !self.suffixes.is_empty() {
            for start in boundaries(s).filter(|&i| s.len() - i <= self.suffix_max) {
                if let Some(ps) = self.suffixes.get(&s[start..]) {
                    out.extend_from_slice(ps);
                }
            }
        }
        if !self.folded.is_empty() {
            if let Some(ps) = self.folded.get(&fold_case(s)) {
                out.extend_from_slice(ps);
            }
        }
    }
}

/// Every char boundary of `s`, 0 and `s.len()` included.
fn boundaries(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()))
}

/// The index for one `FilterPolicyScope`.
#[derive(Debug, Clone, Default)]
struct ScopeIndex {
    keys: BTreeMap<String, KeyIndex>,
    /// Keys that have `exists: false` postings, checked on every message.
    absent_keys: BTreeSet<String>,
}

impl ScopeIndex {
    fn collect(&self, fields: &BTreeMap<String, Field>, out: &mut Vec<Posting>) {
        // Walk whichever side is smaller: a message's keys against the index, or
        // the index's keys against the message.
        if fields.len() <= self.keys.len() {
            for (key, field) in fields {
                if let Some(k) = self.keys.get(key) {
                    k.collect(field, out);
                }
            }
        } else {
            for (key, k) in &self.keys {
                if let Some(field) = fields.get(key) {
                    k.collect(field, out);
                }
            }
        }
        // AWS: `exists: false` never matches a message with no keys in scope.
        if !fields.is_empty() {
            for key in &self.absent_keys {
                if !fields.get(key).is_some_and(Field::has_value) {
                    out.extend_from_slice(&self.keys[key].exists_false);
                }
            }
        }
    }
}

/// One indexed alternative.
#[derive(Debug, Clone)]
struct AltEntry {
    subscription: u32,
    clauses: u8,
    live: bool,
}

/// What the matcher keeps per subscription.
#[derive(Debug, Clone)]
struct SubEntry {
    policy: Option<Policy>,
    alts: Vec<u32>,
}

/// Many subscriptions' filter policies, answering "which subscriptions does
/// this message go to?" without evaluating each policy. Subscriptions are
/// named by `u32` ids the engine chooses.
#[derive(Debug, Clone, Default)]
pub struct CompiledMatcher {
    subs: BTreeMap<u32, SubEntry>,
    alts: Vec<AltEntry>,
    dead_alts: usize,
    attributes: ScopeIndex,
    body: ScopeIndex,
    /// Subscriptions without a filter policy: they get every message.
    unfiltered: BTreeSet<u32>,
    /// Subscriptions with an alternative of no clauses (`{}`), by scope.
    always_attributes: BTreeSet<u32>,
    always_body: BTreeSet<u32>,
    /// Subscriptions with an alternative too large for the clause mask; they are
    /// evaluated by `eval::matches` (AWS's limits keep this empty in practice).
    fallback: BTreeSet<u32>,
    /// Subscriptions whose policy reads the message body (FilterPolicyScope
    /// MessageBody), for `filtered_by_scope`.
    body_scoped: BTreeSet<u32>,
}

impl CompiledMatcher {
    /// An empty matcher.
    pub fn new() -> Self {
        Self::default()
    }

    /// A matcher holding these subscriptions (how one is rebuilt after a world is
    /// restored: the policies are the saved state, the index is derived).
    pub fn from_policies(policies: impl IntoIterator<Item = (u32, Option<Policy>)>) -> Self {
        let mut m = Self::new();
        for (id, policy) in policies {
            m.insert(id, policy);
        }
        m
    }

    /// Adds subscription `id` with its filter policy (`None`: no policy, every
    /// message matches), replacing what `id` had.
    pub fn insert(&mut self, id: u32, policy: Option<Policy>) {
        self.remove(id);
        let mut alts = Vec::new();
        if let Some(policy) = &policy {
            if policy.scope == FilterPolicyScope::MessageBody {
                self.body_scoped.insert(id);
            }
            for alt in &policy.alternatives {
                if alt.clauses.is_empty() {
                    match policy.scope {
                        FilterPolicyScope::MessageAttributes => self.always_attributes.insert(id),
                        FilterPolicyScope::MessageBody => self.always_body.insert(id),
                    };
                    continue;
                }
                if alt.clauses.len() > MAX_INDEXED_CLAUSES {
                    self.fallback.insert(id);
                    continue;
                }
                let alt_id = u32::try_from(self.alts.len()).expect("fewer than 2^32 alternatives");
                self.alts.push(AltEntry {
                    subscription: id,
                    clauses: alt.clauses.len() as u8,
                    live: true,
                });
                alts.push(alt_id);
                let index = match policy.scope {
                    FilterPolicyScope::MessageAttributes => &mut self.attributes,
                    FilterPolicyScope::MessageBody => &mut self.body,
                };
                for (ci, clause) in alt.clauses.iter().enumerate() {
                    let posting = Posting {
                        alt: alt_id,
                        clause: ci as u8,
                    };
                    let key = index.keys.entry(clause.key.clone()).or_default();
                    for pattern in &clause.patterns {
                        key.file(pattern, posting);
                    }
                    if !key.exists_false.is_empty() {
                        index.absent_keys.insert(clause.key.clone());
                    }
                }
            }
        } else {
            self.unfiltered.insert(id);
        }
        self.subs.insert(id, SubEntry { policy, alts });
    }

    /// Removes subscription `id`; false if it was not there. Its postings are
    /// retired lazily and the index is rebuilt once retired postings outnumber
    /// live ones, so removal is amortised cheap.
    pub fn remove(&mut self, id: u32) -> bool {
        let Some(entry) = self.subs.remove(&id) else {
            return false;
        };
        for alt in &entry.alts {
            self.alts[*alt as usize].live = false;
        }
        self.dead_alts += entry.alts.len();
        self.unfiltered.remove(&id);
        self.always_attributes.remove(&id);
        self.always_body.remove(&id);
        self.fallback.remove(&id);
        self.body_scoped.remove(&id);
        if self.dead_alts > 64 && self.dead_alts * 2 > self.alts.len() {
            self.rebuild();
        }
        true
    }

    fn rebuild(&mut self) {
        let subs = std::mem::take(&mut self.subs);
        *self = CompiledMatcher::default();
        for (id, entry) in subs {
            self.insert(id, entry.policy);
        }
    }

    /// Of the subscriptions a message did not go to (all but `matched`, as
    /// `matching_into` left it), how many an attribute policy filtered out and
    /// how many a body policy did.
    pub fn filtered_by_scope(&self, matched: &[u32]) -> (usize, usize) {
        let body_matched = if self.body_scoped.is_empty() {
            0
        } else {
            matched
                .iter()
                .filter(|id| self.body_scoped.contains(id))
                .count()
        };
        let body = self.body_scoped.len() - body_matched;
        (self.subs.len() - matched.len() - body, body)
    }

    /// The number of subscriptions held.
    pub fn len(&self) -> usize {
        self.subs.len()
    }

    /// True when no subscription is held.
    pub fn is_empty(&self) -> bool {
        self.subs.is_empty()
    }

    /// Subscription `id`'s policy, if it is held and has one.
    pub fn policy(&self, id: u32) -> Option<&Policy> {
        self.subs.get(&id).and_then(|e| e.policy.as_ref())
    }

    /// The subscriptions (sorted ids) whose filter policy accepts `msg`,
    /// including those without a policy.
    pub fn matching(&self, msg: &MessageView) -> Vec<u32> {
        let mut out = Vec::new();
        self.matching_into(msg, &mut MatchScratch::default(), &mut out);
        out
    }

    /// `matching` into `out` (cleared first), with buffers a caller keeps
    /// from one publish to the next: a publish matching hundreds of
    /// subscriptions then allocates nothing.
    pub fn matching_into(&self, msg: &MessageView, scratch: &mut MatchScratch, out: &mut Vec<u32>) {
        // Collected unsorted, then sorted and deduplicated once (a tree of
        // the ~100 matches among 10,000 cost more than the matching).
        out.clear();
        out.extend(self.unfiltered.iter().copied());
        out.extend(self.always_attributes.iter().copied());
        let hits = &mut scratch.hits;
        hits.clear();
        if let Some(fields) = msg.fields(FilterPolicyScope::MessageAttributes) {
            self.attributes.collect(fields, hits);
        }
        if let Some(fields) = msg.fields(FilterPolicyScope::MessageBody) {
            out.extend(self.always_body.iter().copied());
            self.body.collect(fields, hits);
        }
        // One alternative's hits are adjacent after sorting; a clause hit by
        // several patterns or values is counted once through the mask.
        hits.sort_unstable();
        let mut i = 0;
        while i < hits.len() {
            let alt = hits[i].alt;
            let mut mask = 0u64;
            while i < hits.len() && hits[i].alt == alt {
                mask |= 1u64 << hits[i].clause;
                i += 1;
            }
            let entry = &self.alts[alt as usize];
            if entry.live && mask.count_ones() == u32::from(entry.clauses) {
                out.push(entry.subscription);
            }
        }
        for id in &self.fallback {
            if let Some(policy) = self.policy(*id) {
                if matches(policy, msg).is_match() {
                    out.push(*id);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
    }
}

/// `CompiledMatcher::matching_into`'s working buffer, kept by its caller.
#[derive(Debug, Clone, Default)]
pub struct MatchScratch {
    hits: Vec<Posting>,
}
