//! Deferred copies of a message a service fans out to many queues (an SNS
//! topic with thousands of subscriptions).
//!
//! A topic's publish reaches ~1 % of 10,000 queues; writing a real message into
//! each (its slab slot, the age and visible indexes, two metric series) costs
//! a handful of cache misses per queue, and a queue is touched once in a
//! hundred publishes, so its structures are never in cache. Instead, a copy
//! that needs nothing from its queue but what a small per-queue record
//! (`Hot`) already knows is *accepted* at once -- its MessageId drawn, its
//! internal id given (and returned, for the sender's journal event),
//! `stats.accepted` counted, exactly as an immediate send does -- and its insertion into the
//! queue is deferred: one shared `Record` per message (body, digests,
//! attributes, send time) and one 32-byte `Copy` per queue in `Deferred`.
//!
//! `Sqs::settle` inserts every deferred copy into its queue, queue by queue
//! (so each queue is brought into cache once for all its copies), and adds the
//! counting metrics (NumberOfMessagesSent, SentMessageSize) at their send
//! time. It draws nothing from the random generator, journals nothing and
//! schedules nothing, and no other change to SQS can happen before it (every
//! operation, timer, metrics sample and view settles first), so the queues
//! end up exactly as immediate sends would have left them: same slots, ids,
//! servers, timestamps, metrics. When settling happens is therefore not
//! observable, only its cost: a world saved with copies still deferred saves
//! them (`Sqs::deferred`) and settles them after the restore the same way.
//!
//! A copy is deferred only when it could not have had any other effect: a
//! standard queue, no DelaySeconds, no parked long poll to serve, a wake timer
//! already pending (a visible message's only timed change is its retention
//! end, which a pending wake covers), the queue policy allowing the sender,
//! the message within MaximumMessageSize, no group or deduplication id.
//! Anything else is sent as before, after settling.
//!
//! `Hot` is derived state (not saved): per queue id, what the last full check
//! found, kept until something that could change it happens to that queue --
//! its attributes or policy set, a long poll parked on it, its wake timer
//! fired (`Sqs::forget_hot` at each of those places) -- so consumers working
//! other queues, or this one, do not send the next copy through the full
//! check. `check_invariants` compares every remembered entry with its queue.

use super::queue::{Body, Message, MessageExtra, MessageState, NEVER, NO_GROUP};
use super::Sqs;
use crate::sim::{Sim, SimTime};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Deferred copies whose buffer `settle` keeps for the next ones (32 bytes
/// each: 8 MiB).
const KEEP_COPIES: usize = 1 << 18;

/// What every deferred copy of one message shares.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Record {
    /// Send time (`SentTimestamp` and the retention base), virtual ms.
    pub sent_ms: u64,
    pub body: Body,
    pub md5_body: [u8; 16],
    /// Body plus attributes, counted against MaximumMessageSize.
    pub size: u32,
    pub extra: Option<Arc<MessageExtra>>,
}

impl Record {
    /// Adds `n` references to the shared body and attributes, for `n` copies
    /// to adopt (`adopt_ref`). An owned body has nothing to count (each copy
    /// clones it).
    fn add_refs(&self, n: u32) {
        for _ in 0..n {
            if let Body::Shared(b) = &self.body {
                // SAFETY: `b` is a live Arc; its count goes up by one, which a
                // copy's `adopt_ref` takes over.
                unsafe { Arc::increment_strong_count(Arc::as_ptr(b)) };
            }
            if let Some(e) = &self.extra {
                // SAFETY: as above.
                unsafe { Arc::increment_strong_count(Arc::as_ptr(e)) };
            }
        }
    }

    /// A copy's body and attributes, taking over one reference `add_refs`
    /// added (an owned body is cloned).
    ///
    /// # Safety
    /// `add_refs` must have counted this call: at most as many calls per
    /// record as the `n`s given to `add_refs` add up to.
    unsafe fn adopt_ref(&self) -> (Body, Option<Arc<MessageExtra>>) {
        let body = match &self.body {
            // SAFETY: the caller guarantees a reference added for this copy.
            Body::Shared(b) => Body::Shared(unsafe { Arc::from_raw(Arc::as_ptr(b)) }),
            Body::Own(_) => self.body.clone(),
        };
        let extra = self
            .extra
            .as_ref()
            // SAFETY: as above.
            .map(|e| unsafe { Arc::from_raw(Arc::as_ptr(e)) });
        (body, extra)
    }
}

/// One accepted copy not yet in its queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Copy {
    pub queue: u32,
    /// Index in `Deferred::records`.
    pub record: u32,
    /// Internal id (`Message::id`), given when it was accepted.
    pub id: u64,
    pub message_id: [u8; 16],
}

/// Copies accepted and not yet inserted, in acceptance order. Saved with the
/// world (restored, they settle as they would have).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Deferred {
    pub records: Vec<Record>,
    pub copies: Vec<Copy>,
    /// Moves on each time `records` is emptied, so a `ServiceMessage` knows
    /// whether the record it made is still there. Derived.
    #[serde(skip)]
    pub epoch: u64,
}

/// What the last full check of a queue found (see the module's notes).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Hot {
    /// Copies may be deferred (false: never checked, or forgotten).
    pub deferrable: bool,
    /// The service question (`Questions` id) the policy allowed.
    pub question: u32,
    /// MaximumMessageSize.
    pub max_size: u32,
}

impl Sqs {
    /// Inserts every deferred copy into its queue (see the module's notes).
    /// Cheap when there is none; callable at any time, its effect does not
    /// depend on when.
    #[inline]
    pub fn settle(&mut self, sim: &mut Sim) {
        if !self.deferred.copies.is_empty() {
            self.settle_now(sim);
        }
    }

    fn settle_now(&mut self, sim: &mut Sim) {
        let mut copies = std::mem::take(&mut self.deferred.copies);
        let mut records = std::mem::take(&mut self.deferred.records);
        self.deferred.epoch += 1;
        // Queue by queue, each queue's copies in acceptance order (the sort
        // is stable), so a queue's slots and indexes are filled as immediate
        // sends would have filled them.
        copies.sort_by_key(|c| c.queue);
        // Where each queue's copies start. The queues are cold (a fan-out
        // touches each rarely), so each is asked for a few queues ahead, in
        // three steps that each need the previous one loaded: its fields,
        // then the buffers they point to, then the entries inside those.
        let mut runs = std::mem::take(&mut self.settle_runs);
        runs.clear();
        runs.extend(
            (0..copies.len())
                .filter(|&i| i == 0 || copies[i].queue != copies[i - 1].queue)
                .map(|i| i as u32),
        );
        // Each copy holds a reference to its record's body and attributes.
        // Taken one by one inside the queue loop, each reference count's
        // atomic increment waits for the loop's pending stores into cold
        // memory to drain; taken here, record by record, they run back to
        // back on a line already in cache, and the loop only adopts them.
        let mut refs = std::mem::take(&mut self.settle_refs);
        refs.clear();
        refs.resize(records.len(), 0);
        for c in &copies {
            refs[c.record as usize] += 1;
        }
        for (r, &n) in records.iter().zip(&refs) {
            r.add_refs(n);
        }
        self.settle_refs = refs;
        let queue_at = |k: usize| runs.get(k).map(|&i| copies[i as usize].queue);
        for (k, &start) in runs.iter().enumerate() {
            if let Some(q) = queue_at(k + 3).and_then(|id| self.queues.get(&id)) {
                q.prefetch_fields();
            }
            if let Some(q) = queue_at(k + 2).and_then(|id| self.queues.get(&id)) {
                q.prefetch_buffers();
                sim.metrics.prefetch_series(q.series.sent);
                sim.metrics.prefetch_series(q.series.sent_size);
            }
            if let Some(q) = queue_at(k + 1).and_then(|id| self.queues.get(&id)) {
                let end = runs.get(k + 2).map_or(copies.len(), |&e| e as usize);
                q.prefetch_inner(end - runs[k + 1] as usize);
                sim.metrics.prefetch_newest(q.series.sent);
                sim.metrics.prefetch_newest(q.series.sent_size);
            }
            let mut i = start as usize;
            let queue = copies[i].queue;
            let q = self
                .queues
                .get_mut(&queue)
                .expect("a queue with deferred copies is not deleted before they settle");
            let series = q.series;
            // Counting metrics folded per minute: n samples of 1 and the sizes,
            // as n separate adds would leave them.
            let mut minute = (u64::MAX, 0u64, 0.0f64, f64::INFINITY, f64::NEG_INFINITY);
            let flush = |sim: &mut Sim, m: &(u64, u64, f64, f64, f64)| {
                if m.1 > 0 {
                    let at = SimTime(m.0);
                    sim.metrics
                        .add_stats(series.sent, at, m.1 as f64, m.1, 1.0, 1.0);
                    sim.metrics
                        .add_stats(series.sent_size, at, m.2, m.1, m.3, m.4);
                }
            };
            while i < copies.len() && copies[i].queue == queue {
                let c = copies[i];
                let r = &records[c.record as usize];
                let start =
                    r.sent_ms / crate::sim::metrics::PERIOD_MS * crate::sim::metrics::PERIOD_MS;
                if start != minute.0 {
                    flush(sim, &minute);
                    minute = (start, 0, 0.0, f64::INFINITY, f64::NEG_INFINITY);
                }
                let size = f64::from(r.size);
                minute.1 += 1;
                minute.2 += size;
                minute.3 = minute.3.min(size);
                minute.4 = minute.4.max(size);
                // SAFETY: `add_refs` above counted this copy in its record's
                // references; each copy takes exactly one, here, once.
                let (body, extra) = unsafe { r.adopt_ref() };
                q.insert(Message {
                    id: c.id,
                    message_id: c.message_id,
                    body,
                    md5_body: r.md5_body,
                    sent_ms: r.sent_ms,
                    retention_base_ms: r.sent_ms,
                    first_receive_ms: NEVER,
                    last_receive_ms: 0,
                    due_ms: 0,
                    receipt_serial: 0,
                    receive_count: 0,
                    group: NO_GROUP,
                    state: MessageState::Visible,
                    server: 0,
                    size: r.size,
                    extra,
                });
                i += 1;
            }
            flush(sim, &minute);
        }
        self.settle_runs = runs;
        // The buffers are kept for the next fan-out (a burst's worth at
        // most), so a steady stream of publishes does not grow them anew.
        copies.clear();
        records.clear();
        if copies.capacity() <= KEEP_COPIES {
            self.deferred.copies = copies;
            self.deferred.records = records;
        }
    }

    /// What every operation does first: settle (no operation ever sees a
    /// queue with copies still deferred).
    pub(crate) fn enter(&mut self, sim: &mut Sim) {
        self.settle(sim);
    }

    /// Something that may stop copies from being deferred into queue `id`
    /// happened (its attributes or policy changed, a long poll parked, its
    /// wake timer fired): the next copy goes through the full check.
    pub(crate) fn forget_hot(&mut self, id: u32) {
        if let Some(h) = self.hot.get_mut(id as usize) {
            h.deferrable = false;
        }
    }

    /// May a copy of `size` bytes, asked about with `question`, be deferred
    /// into queue `id` on what `Hot` remembers?
    pub(crate) fn hot_allows(&self, id: u32, question: u32, size: usize) -> bool {
        self.hot
            .get(id as usize)
            .is_some_and(|h| h.deferrable && h.question == question && size <= h.max_size as usize)
    }

    /// Whether queue `id`'s copies may be deferred as far as the queue
    /// itself goes (the policy aside).
    fn deferrable(&self, id: u32) -> bool {
        let q = self.queue(id);
        !q.fifo
            && q.attributes.delay_s == 0
            && q.waiters.is_empty()
            && q.wake_at.is_some()
            && !self.to_serve.contains(&id)
    }

    /// Panics if what `Hot` remembers of a queue is no longer true of it.
    pub(crate) fn check_hot(&self) {
        for (i, h) in self.hot.iter().enumerate() {
            if !h.deferrable {
                continue;
            }
            let Some(q) = self.queues.get(&(i as u32)) else {
                continue; // deleted: never found again (ids are not reused)
            };
            assert!(
                self.deferrable(q.id),
                "queue {}: remembered as taking deferred copies, but it cannot",
                q.name
            );
            assert_eq!(
                i64::from(h.max_size),
                q.attributes.maximum_message_size.min(i64::from(u32::MAX)),
                "queue {}: remembered MaximumMessageSize",
                q.name
            );
            let cached = self.policy_cache.get(i).and_then(Option::as_ref);
            assert!(
                cached.is_some_and(|c| q
                    .attributes
                    .policy
                    .as_ref()
                    .is_some_and(|p| std::sync::Arc::ptr_eq(p, &c.text))
                    && c.decisions.iter().all(
                        |(k, d)| *k != h.question || *d == crate::iam::policy::Decision::Allow
                    )),
                "queue {}: remembered as allowing the sender under a policy it no longer has",
                q.name
            );
        }
    }

    /// After a full check allowed a copy into queue `id`: may copies to it be
    /// deferred at all (standard, no delay, no waiters, a wake pending)? If so,
    /// remembers it in `Hot` for `question`.
    pub(crate) fn remember_hot(&mut self, id: u32, question: u32) -> bool {
        if !self.deferrable(id) {
            return false;
        }
        let q = self.queue(id);
        let max_size = u32::try_from(q.attributes.maximum_message_size).unwrap_or(u32::MAX);
        let i = id as usize;
        if self.hot.len() <= i {
            self.hot.resize(i + 1, Hot::default());
        }
        self.hot[i] = Hot {
            deferrable: true,
            question,
            max_size,
        };
        true
    }

    /// Accepts a copy of `record` (made by `defer_record`) for queue `id`:
    /// what an immediate send records at once, with the insertion deferred.
    /// Returns its internal id (the sender journals it, as for any service
    /// send: `send_service_message`).
    pub(crate) fn defer_copy(&mut self, sim: &mut Sim, id: u32, record: u32) -> u64 {
        let message_id = Self::new_message_id(sim);
        let internal = self.next_message;
        self.next_message += 1;
        self.stats.accepted += 1;
        self.deferred.copies.push(Copy {
            queue: id,
            record,
            id: internal,
            message_id,
        });
        internal
    }

    /// The shared record of a message sent now (see `Record`), its index.
    pub(crate) fn defer_record(&mut self, record: Record) -> u32 {
        self.deferred.records.push(record);
        (self.deferred.records.len() - 1) as u32
    }
}
