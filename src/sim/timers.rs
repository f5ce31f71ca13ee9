//! The timer queue: every future piece of work in the world, in one total order.
//!
//! Timers are ordered by (due time, sequence number); the sequence number is
//! handed out at scheduling time, so two timers due at the same millisecond fire
//! in the order they were scheduled, on every platform. A timer is never removed
//! when it becomes moot (a message deleted before its visibility timeout ran out);
//! the engine that owns it recognises it as stale when it fires. That keeps
//! scheduling O(log n) with no index to maintain.

use super::time::SimTime;
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// What a timer does when it fires. Each engine owns the payload of its variant;
/// the simulation core only orders them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Timer {
    /// A pending call (for example a long poll) reaches its deadline.
    CallDeadline { call: u64 },
    /// An SQS timer (visibility, delay, retention, move task, ...).
    Sqs(crate::sqs::SqsTimer),
    /// An SNS timer (a delivery retry, a confirmation window ending).
    Sns(crate::sns::SnsTimer),
    /// A Kinesis timer (stream transitions, retention, consumers, subscriptions).
    Kinesis(crate::kinesis::KinesisTimer),
    /// A Firehose timer (stream transitions, buffer intervals, retries, source polls).
    Firehose(crate::firehose::FirehoseTimer),
    /// A simulated client's step (`clients::ClientTimer`).
    Client(crate::clients::ClientTimer),
    /// A Lambda timer (an invocation ending, an async retry, a mapping's poller).
    Lambda(crate::lambda::LambdaTimer),
    /// An Analytics timer (application transitions, source reads, window ends).
    Analytics(crate::analytics::AnalyticsTimer),
}

/// A scheduled timer: when, in which order, and what.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Scheduled {
    pub due: SimTime,
    pub seq: u64,
    pub timer: Timer,
}

/// A min-heap of timers keyed by (due, seq).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct TimerQueue {
    heap: BinaryHeap<Reverse<Scheduled>>,
    next_seq: u64,
}

impl TimerQueue {
    /// Schedules `timer` at `due`; returns the sequence number that breaks ties.
    pub fn schedule(&mut self, due: SimTime, timer: Timer) -> u64 {
        let seq = self.next_seq;
        self.next_seq += 1;
        self.heap.push(Reverse(Scheduled { due, seq, timer }));
        seq
    }

    /// When the earliest timer is due, if any.
    pub fn next_due(&self) -> Option<SimTime> {
        self.heap.peek().map(|Reverse(s)| s.due)
    }

    /// Removes and returns the earliest timer if it is due at or before `t`.
    pub fn pop_due(&mut self, t: SimTime) -> Option<Scheduled> {
        if self.next_due()? <= t {
            self.heap.pop().map(|Reverse(s)| s)
        } else {
            None
        }
    }

    /// How many timers are pending (stale ones included).
    pub fn len(&self) -> usize {
        self.heap.len()
    }

    pub fn is_empty(&self) -> bool {
        self.heap.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fires_in_due_then_sequence_order() {
        let mut q = TimerQueue::default();
        q.schedule(SimTime(50), Timer::CallDeadline { call: 1 });
        q.schedule(SimTime(10), Timer::CallDeadline { call: 2 });
        q.schedule(SimTime(50), Timer::CallDeadline { call: 3 });
        q.schedule(SimTime(10), Timer::CallDeadline { call: 4 });
        let mut order = vec![];
        while let Some(s) = q.pop_due(SimTime(100)) {
            if let Timer::CallDeadline { call } = s.timer {
                order.push(call);
            }
        }
        assert_eq!(order, vec![2, 4, 1, 3]);
    }

    #[test]
    fn nothing_fires_before_it_is_due() {
        let mut q = TimerQueue::default();
        q.schedule(SimTime(10), Timer::CallDeadline { call: 1 });
        assert!(q.pop_due(SimTime(9)).is_none());
        assert_eq!(q.next_due(), Some(SimTime(10)));
        assert!(q.pop_due(SimTime(10)).is_some());
        assert!(q.is_empty());
    }
}
