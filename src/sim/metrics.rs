//! Metric time series, CloudWatch style: one-minute buckets of sum, count,
//! minimum and maximum per metric (namespace, name, dimensions).
//!
//! Engines register a series once (getting a small id) and then add samples by
//! id, so the per-message cost is an index and a few additions.

use super::time::SimTime;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, VecDeque};

/// Identifies a metric as CloudWatch does.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct MetricKey {
    /// CloudWatch keeps each account's and Region's metrics apart.
    pub account_id: String,
    pub region: String,
    pub namespace: String,
    pub name: String,
    /// Dimension name/value pairs, sorted by name.
    pub dimensions: Vec<(String, String)>,
}

/// Statistics of one period.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Datapoint {
    /// Start of the period (virtual ms).
    pub start: SimTime,
    pub sum: f64,
    pub count: u64,
    pub min: f64,
    pub max: f64,
}

/// Length of one period: CloudWatch's standard resolution.
pub const PERIOD_MS: u64 = 60_000;
/// Periods kept per series (one day of minutes).
pub const PERIODS_KEPT: usize = 1_440;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Series {
    key: MetricKey,
    points: VecDeque<Datapoint>,
}

/// Every metric series of the world.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Metrics {
    series: Vec<Series>,
    /// Derived from `series` (rebuilt after a restore), so not saved: JSON maps
    /// need string keys.
    #[serde(skip)]
    index: BTreeMap<MetricKey, usize>,
}

/// A handle to a registered series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SeriesId(pub u32);

impl Metrics {
    /// The id of the series for `key`, registering it on first use.
    pub fn series(&mut self, key: MetricKey) -> SeriesId {
        if self.index.len() != self.series.len() {
            self.rebuild_index();
        }
        if let Some(i) = self.index.get(&key) {
            return SeriesId(*i as u32);
        }
        let i = self.series.len();
        self.series.push(Series {
            key: key.clone(),
            points: VecDeque::new(),
        });
        self.index.insert(key, i);
        SeriesId(i as u32)
    }

    fn rebuild_index(&mut self) {
        self.index = self
            .series
            .iter()
            .enumerate()
            .map(|(i, s)| (s.key.clone(), i))
            .collect();
    }

    /// Adds one sample `value` at time `at` to series `id`.
    pub fn add(&mut self, id: SeriesId, at: SimTime, value: f64) {
        let s = &mut self.series[id.0 as usize];
        let start = SimTime(at.as_ms() / PERIOD_MS * PERIOD_MS);
        match s.points.back_mut() {
            Some(p) if p.start == start => {
                p.sum += value;
                p.count += 1;
                p.min = p.min.min(value);
                p.max = p.max.max(value);
            }
            _ => {
                if s.points.len() == PERIODS_KEPT {
                    s.points.pop_front();
                }
                s.points.push_back(Datapoint {
                    start,
                    sum: value,
                    count: 1,
                    min: value,
                    max: value,
                });
            }
        }
    }

    /// The datapoints of the series for `key`, oldest first (empty if unknown).
    pub fn datapoints(&self, key: &MetricKey) -> Vec<Datapoint> {
        self.series
            .iter()
            .find(|s| &s.key == key)
            .map(|s| s.points.iter().copied().collect())
            .unwrap_or_default()
    }

    /// Every registered metric key.
    pub fn keys(&self) -> impl Iterator<Item = &MetricKey> {
        self.series.iter().map(|s| &s.key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aggregates_by_minute() {
        let mut m = Metrics::default();
        let key = MetricKey {
            account_id: "123456789012".into(),
            region: "us-east-1".into(),
            namespace: "AWS/SQS".into(),
            name: "NumberOfMessagesSent".into(),
            dimensions: vec![("QueueName".into(), "q".into())],
        };
        let id = m.series(key.clone());
        assert_eq!(m.series(key.clone()), id);
        m.add(id, SimTime(1_000), 1.0);
        m.add(id, SimTime(59_999), 3.0);
        m.add(id, SimTime(60_000), 2.0);
        let pts = m.datapoints(&key);
        assert_eq!(pts.len(), 2);
        assert_eq!(
            (pts[0].sum, pts[0].count, pts[0].min, pts[0].max),
            (4.0, 2, 1.0, 3.0)
        );
        assert_eq!(pts[1].start, SimTime(60_000));
        // A restored copy finds the same series again.
        let mut restored: Metrics =
            serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
        assert_eq!(restored.series(key.clone()), id);
        restored.add(id, SimTime(60_001), 1.0);
        assert_eq!(restored.datapoints(&key)[1].count, 2);
    }
}
