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

/// An engine's (resource id, metric name) -> series ids, so that adding to a
/// per-resource metric does not build its key each time. Derived state: an
/// engine keeps it `#[serde(skip)]`, and after a restore each series is
/// found again by its key.
/// The resource is `K`: a u32 id, or a pair (a Kinesis stream and shard).
#[derive(Debug, Clone)]
pub struct SeriesCache<K = u32>(std::collections::BTreeMap<(K, &'static str), SeriesId>);

impl<K> Default for SeriesCache<K> {
    fn default() -> Self {
        SeriesCache(std::collections::BTreeMap::new())
    }
}

impl<K: Ord + Copy> SeriesCache<K> {
    /// Adds `value` at `at` to resource `id`'s metric `name`; `key` names the
    /// series the first time (None: the resource is gone, nothing is added).
    pub fn add(
        &mut self,
        metrics: &mut Metrics,
        at: SimTime,
        id: K,
        name: &'static str,
        value: f64,
        key: impl FnOnce() -> Option<MetricKey>,
    ) {
        let series = match self.0.get(&(id, name)) {
            Some(s) => *s,
            None => {
                let Some(k) = key() else {
                    return;
                };
                let s = metrics.series(k);
                self.0.insert((id, name), s);
                s
            }
        };
        metrics.add(series, at, value);
    }
}

/// A handle to a registered series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SeriesId(pub u32);

impl Metrics {
    /// Starts loading series `id` (`util::prefetch`), then, once loaded, its
    /// newest datapoint (`prefetch_newest`).
    pub fn prefetch_series(&self, id: SeriesId) {
        crate::util::prefetch(self.series.as_ptr().wrapping_add(id.0 as usize));
    }

    pub fn prefetch_newest(&self, id: SeriesId) {
        if let Some(s) = self.series.get(id.0 as usize) {
            if let Some(p) = s.points.back() {
                crate::util::prefetch(p);
            }
        }
    }

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
        self.add_stats(id, at, value, 1, value, value);
    }

    /// Adds a statistic set (`count` samples summing to `sum`, between `min`
    /// and `max`) at time `at`: PutMetricData's StatisticValues, or `count`
    /// equal samples. Samples almost always arrive in time order (the engines
    /// add them as things happen), so the newest period is checked first; an
    /// older or later timestamp (PutMetricData may name one) is placed by
    /// binary search. A period older than the oldest kept is dropped.
    pub fn add_stats(
        &mut self,
        id: SeriesId,
        at: SimTime,
        sum: f64,
        count: u64,
        min: f64,
        max: f64,
    ) {
        let s = &mut self.series[id.0 as usize];
        let start = SimTime(at.as_ms() / PERIOD_MS * PERIOD_MS);
        let fold = |p: &mut Datapoint| {
            p.sum += sum;
            p.count += count;
            p.min = p.min.min(min);
            p.max = p.max.max(max);
        };
        let fresh = Datapoint {
            start,
            sum,
            count,
            min,
            max,
        };
        match s.points.back_mut() {
            Some(p) if p.start == start => fold(p),
            Some(p) if p.start > start => {
                let i = s.points.partition_point(|p| p.start < start);
                match s.points.get_mut(i) {
                    Some(p) if p.start == start => fold(p),
                    _ => {
                        if s.points.len() == PERIODS_KEPT {
                            if i == 0 {
                                return;
                            }
                            s.points.pop_front();
                            s.points.insert(i - 1, fresh);
                        } else {
                            s.points.insert(i, fresh);
                        }
                    }
                }
            }
            _ => {
                if s.points.len() == PERIODS_KEPT {
                    s.points.pop_front();
                }
                s.points.push_back(fresh);
            }
        }
    }

    /// The id of the series for `key`, if it is registered.
    pub fn find(&mut self, key: &MetricKey) -> Option<SeriesId> {
        if self.index.len() != self.series.len() {
            self.rebuild_index();
        }
        self.index.get(key).map(|i| SeriesId(*i as u32))
    }

    /// The id of the series for `key` without registering or indexing
    /// (for readers holding `&Metrics`, such as the page). O(series).
    pub fn range_id(&self, key: &MetricKey) -> Option<SeriesId> {
        if self.index.len() == self.series.len() {
            return self.index.get(key).map(|i| SeriesId(*i as u32));
        }
        self.series
            .iter()
            .position(|s| &s.key == key)
            .map(|i| SeriesId(i as u32))
    }

    /// The key of series `id`.
    pub fn key(&self, id: SeriesId) -> &MetricKey {
        &self.series[id.0 as usize].key
    }

    /// The datapoints of series `id`, oldest first.
    pub fn points(&self, id: SeriesId) -> &VecDeque<Datapoint> {
        &self.series[id.0 as usize].points
    }

    /// The datapoints of series `id` whose period starts in `from..to`
    /// (virtual ms), oldest first; O(log n) to find the first.
    pub fn range(
        &self,
        id: SeriesId,
        from: SimTime,
        to: SimTime,
    ) -> impl Iterator<Item = &Datapoint> {
        let pts = &self.series[id.0 as usize].points;
        let i = pts.partition_point(|p| p.start < from);
        pts.range(i..).take_while(move |p| p.start < to)
    }

    /// Whether series `id` has a datapoint for the period starting at `start`.
    pub fn has_period(&self, id: SeriesId, start: SimTime) -> bool {
        let pts = &self.series[id.0 as usize].points;
        let i = pts.partition_point(|p| p.start < start);
        pts.get(i).is_some_and(|p| p.start == start)
    }

    /// Every registered series with its id.
    pub fn all(&self) -> impl Iterator<Item = (SeriesId, &MetricKey)> {
        self.series
            .iter()
            .enumerate()
            .map(|(i, s)| (SeriesId(i as u32), &s.key))
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
        // A late sample lands in its own period, in order.
        m.add(id, SimTime(30_000), 5.0);
        assert_eq!(m.datapoints(&key)[0].max, 5.0);
        let other = m.series(MetricKey {
            name: "X".into(),
            ..key.clone()
        });
        m.add(other, SimTime(180_000), 1.0);
        m.add(other, SimTime(60_000), 2.0);
        m.add(other, SimTime(120_000), 3.0);
        let starts: Vec<u64> = m.points(other).iter().map(|p| p.start.as_ms()).collect();
        assert_eq!(starts, vec![60_000, 120_000, 180_000]);
        assert_eq!(m.range(other, SimTime(60_000), SimTime(180_000)).count(), 2);
        assert!(m.has_period(other, SimTime(120_000)));
        assert!(!m.has_period(other, SimTime(0)));
        // A restored copy finds the same series again.
        let mut restored: Metrics =
            serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
        assert_eq!(restored.series(key.clone()), id);
        restored.add(id, SimTime(60_001), 1.0);
        assert_eq!(restored.datapoints(&key)[1].count, 2);
    }
}
