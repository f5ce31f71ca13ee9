//! SQS's CloudWatch metrics that are states rather than counts
//! (ApproximateNumberOfMessagesVisible, ...NotVisible, ...Delayed,
//! ApproximateAgeOfOldestMessage), sampled once a minute as SQS reports them.
//!
//! The counting metrics (NumberOfMessagesSent, ...Received, ...Deleted,
//! NumberOfEmptyReceives, SentMessageSize) are added by the operations as
//! they happen (`ops/send.rs`, `receive.rs`, `delete.rs`). "CloudWatch metrics
//! for your Amazon SQS queues are automatically collected and pushed to
//! CloudWatch at one-minute intervals" (SQS Developer Guide, "Available
//! CloudWatch metrics for Amazon SQS"): an active queue's counts are reported
//! as 0 for a minute with no activity, so a minute that ended with no sample
//! gets a 0 here, which keeps an alarm on NumberOfMessagesSent from seeing
//! missing data while the queue exists. (AWS also stops reporting a queue
//! after six hours without activity; that is not emulated: every queue is
//! reported while it exists.)

use super::queue::QueueSeries;
use super::Sqs;
use crate::sim::metrics::{MetricKey, SeriesId, PERIOD_MS};
use crate::sim::{Sim, SimTime};

/// The gauge series of one queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct GaugeSeries {
    pub visible: SeriesId,
    pub not_visible: SeriesId,
    pub delayed: SeriesId,
    pub oldest_age: SeriesId,
    /// FIFO queues: ApproximateNumberOfGroupsWithInflightMessages ("the
    /// number of message groups with one or more in-flight messages").
    #[serde(default)]
    pub groups_in_flight: Option<SeriesId>,
}

impl Sqs {
    /// Samples every queue's gauges at the minute boundary `sim.now` (the world
    /// calls this once a minute, before any timer due at that instant, so the
    /// sample is the state left by everything that happened before it) into
    /// the minute that just ended -- the state at the end of the minute, so an
    /// alarm evaluated at this boundary sees it -- and reports 0 for each
    /// counting metric of that minute if nothing was counted in it.
    /// O(queues); no journal entry.
    pub fn publish_metrics(&mut self, sim: &mut Sim) {
        self.enter(sim);
        let now = sim.now;
        let ended = SimTime(now.as_ms().saturating_sub(PERIOD_MS) / PERIOD_MS * PERIOD_MS);
        let ids: Vec<u32> = self.queues.values().map(|q| q.id).collect();
        for id in ids {
            let q = self.queues.get(&id).expect("live queue");
            let gauges = match self.gauge_series.get(&id) {
                Some(g) => *g,
                None => {
                    let mut key = |metric: &str| {
                        sim.metrics.series(MetricKey {
                            account_id: q.account_id.clone(),
                            region: q.region.clone(),
                            namespace: "AWS/SQS".into(),
                            name: metric.into(),
                            dimensions: vec![("QueueName".into(), q.name.clone())],
                        })
                    };
                    let g = GaugeSeries {
                        visible: key("ApproximateNumberOfMessagesVisible"),
                        not_visible: key("ApproximateNumberOfMessagesNotVisible"),
                        delayed: key("ApproximateNumberOfMessagesDelayed"),
                        oldest_age: key("ApproximateAgeOfOldestMessage"),
                        groups_in_flight: q
                            .fifo
                            .then(|| key("ApproximateNumberOfGroupsWithInflightMessages")),
                    };
                    self.gauge_series.insert(id, g);
                    g
                }
            };
            let age_s = q
                .oldest()
                .map_or(0, |(base_ms, _)| now.as_ms().saturating_sub(base_ms) / 1000);
            // Reported as the metric list says: the visible count while the
            // queue is active (every minute here), the in-flight and delayed
            // counts "if in-flight / delayed messages exist", the oldest
            // message's age "if the queue contains at least one active
            // message" (SQS Developer Guide, "Available CloudWatch metrics for
            // Amazon SQS": a minute without them has no datapoint).
            sim.metrics.add(gauges.visible, ended, q.n_visible as f64);
            if q.n_inflight > 0 {
                sim.metrics
                    .add(gauges.not_visible, ended, q.n_inflight as f64);
            }
            if q.n_delayed > 0 {
                sim.metrics.add(gauges.delayed, ended, q.n_delayed as f64);
            }
            if !q.is_empty() {
                sim.metrics.add(gauges.oldest_age, ended, age_s as f64);
            }
            if let Some(g) = gauges.groups_in_flight {
                sim.metrics.add(g, ended, q.groups_in_flight() as f64);
            }
            // Counts of the minute that ended: 0 if nothing happened, but only
            // for a minute the queue existed through its end.
            if now.as_ms() > q.created_ms && now.as_ms() >= PERIOD_MS {
                let QueueSeries {
                    sent,
                    received,
                    deleted,
                    empty_receives,
                    sent_size: _,
                } = q.series;
                for s in [sent, received, deleted, empty_receives] {
                    if !sim.metrics.has_period(s, ended) {
                        sim.metrics.add(s, ended, 0.0);
                    }
                }
            }
        }
    }
}
