//! Statistics over the world's one-minute metric series (`sim::Metrics`):
//! the five CloudWatch statistics, periods of any multiple of a minute, units,
//! and reading timestamps the way the wire and the CLI send them.

use crate::sim::metrics::{Datapoint, MetricKey, Metrics, SeriesId, PERIOD_MS};
use crate::sim::SimTime;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A statistic CloudWatch computes from the samples of a period. Percentiles
/// and the trimmed statistics (`p99`, `TM90`, `IQM`, ...) need the samples
/// themselves, which the series do not keep: they are refused by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stat {
    SampleCount,
    Average,
    Sum,
    Minimum,
    Maximum,
}

impl Stat {
    pub const ALL: [Stat; 5] = [
        Stat::SampleCount,
        Stat::Average,
        Stat::Sum,
        Stat::Minimum,
        Stat::Maximum,
    ];

    pub fn parse(s: &str) -> Option<Stat> {
        Stat::ALL.into_iter().find(|x| x.name() == s)
    }

    pub fn name(self) -> &'static str {
        match self {
            Stat::SampleCount => "SampleCount",
            Stat::Average => "Average",
            Stat::Sum => "Sum",
            Stat::Minimum => "Minimum",
            Stat::Maximum => "Maximum",
        }
    }

    /// The statistic of an aggregate.
    pub fn of(self, a: &Agg) -> f64 {
        match self {
            Stat::SampleCount => a.count as f64,
            Stat::Average => a.sum / a.count.max(1) as f64,
            Stat::Sum => a.sum,
            Stat::Minimum => a.min,
            Stat::Maximum => a.max,
        }
    }
}

/// The samples of one period, folded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Agg {
    pub count: u64,
    pub sum: f64,
    pub min: f64,
    pub max: f64,
}

impl Agg {
    fn from_point(p: &Datapoint) -> Agg {
        Agg {
            count: p.count,
            sum: p.sum,
            min: p.min,
            max: p.max,
        }
    }
    fn fold(&mut self, p: &Datapoint) {
        self.count += p.count;
        self.sum += p.sum;
        self.min = self.min.min(p.min);
        self.max = self.max.max(p.max);
    }
}

/// The periods of `period_ms` starting at `start` (virtual ms) and before
/// `end` that hold at least one sample of series `id`, with their aggregate,
/// oldest first. A period with no sample is missing (CloudWatch returns no
/// datapoint for it). O(log n + points in range).
pub fn periods(
    metrics: &Metrics,
    id: SeriesId,
    start: u64,
    end: u64,
    period_ms: u64,
) -> Vec<(u64, Agg)> {
    let mut out: Vec<(u64, Agg)> = Vec::new();
    if period_ms == 0 || end <= start {
        return out;
    }
    for p in metrics.range(id, SimTime(start), SimTime(end)) {
        let k = start + (p.start.as_ms() - start) / period_ms * period_ms;
        match out.last_mut() {
            Some((s, a)) if *s == k => a.fold(p),
            _ => out.push((k, Agg::from_point(p))),
        }
    }
    out
}

/// Period lengths CloudWatch accepts for standard-resolution data: a
/// multiple of 60 seconds.
pub fn is_minute_multiple(period_s: i64) -> bool {
    period_s >= 60 && period_s % 60 == 0
}

/// The unit of an AWS-published metric (the services' metric tables), or of a
/// custom one as PutMetricData first stated it ("None" when never stated).
pub fn unit_of(key: &MetricKey, custom: Option<&String>) -> String {
    if let Some(u) = custom {
        return u.clone();
    }
    let n = key.name.as_str();
    let u = match key.namespace.as_str() {
        "AWS/SQS" => match n {
            "ApproximateAgeOfOldestMessage" => "Seconds",
            "SentMessageSize" => "Bytes",
            _ => "Count",
        },
        "AWS/SNS" => match n {
            "PublishSize" => "Bytes",
            _ => "Count",
        },
        "AWS/Lambda" => match n {
            "Duration" => "Milliseconds",
            _ => "Count",
        },
        "AWS/Kinesis" => {
            if n.ends_with("Bytes") {
                "Bytes"
            } else if n.ends_with("Milliseconds") || n.ends_with("MillisBehindLatest") {
                "Milliseconds"
            } else {
                "Count"
            }
        }
        // AWS's units for the Firehose metrics (Amazon Data Firehose Developer
        // Guide, "Monitoring Amazon Data Firehose with CloudWatch metrics",
        // docs.aws.amazon.com/firehose/latest/dev/monitoring-with-cloudwatch-metrics.html):
        // IncomingBytes and every <Destination>.Bytes / BackupToS3.Bytes are
        // Bytes; <Destination>.DataFreshness is Seconds; latencies and
        // durations are Milliseconds; records, requests, successes and
        // throttled records are Count.
        "AWS/Firehose" => {
            if n.ends_with("Bytes") {
                "Bytes"
            } else if n.ends_with(".DataFreshness") {
                "Seconds"
            } else if n.ends_with(".Latency")
                || n.ends_with(".Duration")
                || n == "KinesisMillisBehindLatest"
            {
                "Milliseconds"
            } else {
                "Count"
            }
        }
        _ => "None",
    };
    u.to_string()
}

/// The metric key for a request's Namespace, MetricName and Dimensions
/// (`[{Name, Value}]`), dimensions sorted by name as the series keep them.
pub fn key_of(
    account: &str,
    region: &str,
    namespace: &str,
    name: &str,
    dims: &[(String, String)],
) -> MetricKey {
    let mut dimensions = dims.to_vec();
    dimensions.sort();
    MetricKey {
        account_id: account.into(),
        region: region.into(),
        namespace: namespace.into(),
        name: name.into(),
        dimensions,
    }
}

/// A timestamp as the wire carries it: epoch seconds (AWS JSON; the AWS CLI
/// converts what you type) or ISO 8601 text (the query protocol; our own
/// CLI passes text through). Unix milliseconds, or None if unreadable.
pub fn unix_ms(v: &Value) -> Option<u64> {
    match v {
        Value::Number(n) => {
            let s = n.as_f64()?;
            (s >= 0.0).then(|| (s * 1000.0).round() as u64)
        }
        Value::String(s) => {
            if let Ok(x) = s.trim().parse::<f64>() {
                return (x >= 0.0).then(|| (x * 1000.0).round() as u64);
            }
            parse_iso8601(s.trim())
        }
        _ => None,
    }
}

/// `YYYY-MM-DD[THH:MM[:SS[.fff]]][Z|+HH:MM|-HH:MM]` to Unix ms.
pub fn parse_iso8601(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let t = s.get(from..from + len)?;
        t.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| t.parse().ok())?
    };
    let (y, m, d) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    if b.get(4) != Some(&b'-')
        || b.get(7) != Some(&b'-')
        || !(1..=12).contains(&m)
        || !(1..=31).contains(&d)
    {
        return None;
    }
    let (mut hh, mut mm, mut ss, mut ms) = (0i64, 0i64, 0i64, 0i64);
    let mut i = 10;
    if matches!(b.get(10), Some(b'T') | Some(b't') | Some(b' ')) {
        hh = num(11, 2)?;
        if b.get(13) != Some(&b':') {
            return None;
        }
        mm = num(14, 2)?;
        i = 16;
        if b.get(16) == Some(&b':') {
            ss = num(17, 2)?;
            i = 19;
            if b.get(19) == Some(&b'.') {
                let mut j = 20;
                let mut digits = 0;
                while j < b.len() && b[j].is_ascii_digit() {
                    if digits < 3 {
                        ms = ms * 10 + i64::from(b[j] - b'0');
                    }
                    digits += 1;
                    j += 1;
                }
                for _ in digits..3 {
                    ms *= 10;
                }
                i = j;
            }
        }
    }
    let offset_min = match &s[i..] {
        "" | "Z" | "z" => 0,
        rest if (rest.starts_with('+') || rest.starts_with('-')) && rest.len() == 6 => {
            let h: i64 = rest.get(1..3)?.parse().ok()?;
            let m: i64 = rest.get(4..6)?.parse().ok()?;
            let v = h * 60 + m;
            if rest.starts_with('-') {
                -v
            } else {
                v
            }
        }
        _ => return None,
    };
    // Days from the civil date (Howard Hinnant's algorithm).
    let (yy, mo) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400;
    let doy = (153 * mo + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + hh * 3600 + mm * 60 + ss - offset_min * 60;
    (secs >= 0).then(|| (secs * 1000 + ms) as u64)
}

/// Rounds virtual ms down to the minute.
pub fn minute_floor(ms: u64) -> u64 {
    ms / PERIOD_MS * PERIOD_MS
}

/// `n` with a comma between each group of three digits, as AWS writes counts
/// in its messages ("2,940").
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn firehose_units() {
        let unit = |name: &str| unit_of(&key_of("1", "r", "AWS/Firehose", name, &[]), None);
        assert_eq!(unit("IncomingBytes"), "Bytes");
        assert_eq!(unit("IncomingRecords"), "Count");
        assert_eq!(unit("IncomingPutRequests"), "Count");
        assert_eq!(unit("ThrottledRecords"), "Count");
        assert_eq!(unit("DeliveryToS3.Bytes"), "Bytes");
        assert_eq!(unit("DeliveryToS3.Records"), "Count");
        assert_eq!(unit("DeliveryToS3.Success"), "Count");
        assert_eq!(unit("DeliveryToS3.DataFreshness"), "Seconds");
        assert_eq!(unit("BackupToS3.Bytes"), "Bytes");
        assert_eq!(unit("BackupToS3.Records"), "Count");
        assert_eq!(unit("BackupToS3.Success"), "Count");
        assert_eq!(unit("BackupToS3.DataFreshness"), "Seconds");
        assert_eq!(unit("DeliveryToRedshift.Bytes"), "Bytes");
        assert_eq!(unit("ExecuteProcessing.Duration"), "Milliseconds");
        assert_eq!(unit("SucceedProcessing.Records"), "Count");
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_608), "1,608");
        assert_eq!(thousands(16_666), "16,666");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn iso_timestamps() {
        assert_eq!(parse_iso8601("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            parse_iso8601("2026-01-01T00:00:00Z"),
            Some(1_767_225_600_000)
        );
        assert_eq!(
            parse_iso8601("2026-01-01T01:00:00+01:00"),
            Some(1_767_225_600_000)
        );
        assert_eq!(
            parse_iso8601("2026-01-01T00:00:05.25Z"),
            Some(1_767_225_605_250)
        );
        assert_eq!(parse_iso8601("2026-01-01"), Some(1_767_225_600_000));
        assert_eq!(parse_iso8601("yesterday"), None);
        assert_eq!(unix_ms(&serde_json::json!(1.5)), Some(1_500));
    }

    #[test]
    fn statistics_of_an_aggregate() {
        let a = Agg {
            count: 4,
            sum: 10.0,
            min: 1.0,
            max: 4.0,
        };
        let got: Vec<f64> = Stat::ALL.iter().map(|s| s.of(&a)).collect();
        assert_eq!(got, vec![4.0, 2.5, 10.0, 1.0, 4.0]);
    }
}
