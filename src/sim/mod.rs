//! The simulation core: virtual time, one seeded random generator, a timer queue
//! with a total order, the event journal and metric series.
//!
//! Everything here is plain serde data and pure computation. It never reads the
//! wall clock, never sleeps, never spawns: the host (the page, the script runner,
//! the local endpoint) decides how virtual time moves and calls
//! `World::advance_to`. **Architecture Invariant:** same seed + same commands =>
//! same journal, byte for byte, natively and in wasm.

pub mod event;
pub mod journal;
pub mod metrics;
pub mod rng;
pub mod time;
pub mod timers;

pub use event::Event;
pub use journal::{Journal, JournalEntry};
pub use metrics::Metrics;
pub use rng::SimRng;
pub use time::SimTime;
pub use timers::{Timer, TimerQueue};

use serde::{Deserialize, Serialize};

/// What every engine needs while it runs an operation or a timer: the current
/// virtual time, the world's one random generator, the timer queue to schedule
/// future work on, the journal to record what happened, and the metric series.
///
/// Engines receive `&mut Sim` rather than the whole world so that an engine can
/// never reach into another engine's state; cross-service deliveries go through
/// the world.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Sim {
    /// Virtual milliseconds since the scenario epoch.
    pub now: SimTime,
    /// The wall-clock instant (Unix ms) that virtual time zero stands for. Only used
    /// to render timestamps the way AWS does (SentTimestamp, CreatedTimestamp, ...).
    pub epoch_unix_ms: u64,
    /// The seed the world started from, kept so a run can be replayed.
    pub seed: u64,
    pub rng: SimRng,
    pub timers: TimerQueue,
    pub journal: Journal,
    pub metrics: Metrics,
}

/// 2026-01-01T00:00:00Z: a fixed, readable start for every scenario's clock.
pub const DEFAULT_EPOCH_UNIX_MS: u64 = 1_767_225_600_000;

impl Sim {
    /// A fresh simulation at time zero, seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        Sim {
            now: SimTime::ZERO,
            epoch_unix_ms: DEFAULT_EPOCH_UNIX_MS,
            seed,
            rng: SimRng::new(seed),
            timers: TimerQueue::default(),
            journal: Journal::default(),
            metrics: Metrics::default(),
        }
    }

    /// Appends an event at the current virtual time.
    pub fn record(&mut self, event: Event) {
        self.journal.push(self.now, event);
    }

    /// Schedules `timer` to fire `delay_ms` from now; returns its sequence number.
    pub fn schedule_in(&mut self, delay_ms: u64, timer: Timer) -> u64 {
        self.timers.schedule(self.now.plus_ms(delay_ms), timer)
    }

    /// Unix milliseconds of the current virtual instant, as AWS timestamps show it.
    pub fn unix_ms(&self) -> u64 {
        self.epoch_unix_ms + self.now.as_ms()
    }
}
