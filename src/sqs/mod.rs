//! Amazon SQS: standard and FIFO queues.
//!
//! (Skeleton: the engine is being written; every operation is refused by name.)

pub mod model;

use crate::error::AwsError;
use crate::sim::Sim;
use crate::world::{CallId, CallResult, Caller};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// SQS timers (payload of `sim::Timer::Sqs`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SqsTimer {
    /// Placeholder until the engine lands.
    Nothing,
}

/// SQS journal events (payload of `sim::Event::Sqs`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SqsEvent {
    QueueCreated { queue: u32 },
}

/// The SQS engine: every queue of every account and region.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Sqs {
    #[serde(skip)]
    completed: Vec<(CallId, CallResult)>,
}

impl Sqs {
    /// Runs one operation; `None` means the call is parked (long poll) and its
    /// result will come out of `drain_completed` later.
    pub fn call(
        &mut self,
        _sim: &mut Sim,
        _caller: &Caller,
        operation: &str,
        _input: Value,
        _call: CallId,
    ) -> Option<CallResult> {
        Some(Err(AwsError::not_emulated(format!("sqs:{operation}"))))
    }

    /// A timer of this engine fired.
    pub fn fire(&mut self, _sim: &mut Sim, _timer: SqsTimer) {}

    /// Results of parked calls finished since the last drain.
    pub fn drain_completed(&mut self) -> Vec<(CallId, CallResult)> {
        std::mem::take(&mut self.completed)
    }

    /// Panics if an invariant is broken.
    pub fn check_invariants(&self, _sim: &Sim) {}
}

/// A sentence for an SQS event, for the page's event log.
pub fn describe_event(_world: &crate::world::World, e: &SqsEvent) -> String {
    format!("{e:?}")
}
