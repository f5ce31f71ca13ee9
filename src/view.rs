//! What the page shows, computed natively (and so tested natively): event lines
//! for the log, clock labels. The Yew components in `ui/` only lay these out.

use crate::sim::event::WorldEvent;
use crate::sim::time::format_unix_ms;
use crate::sim::{Event, JournalEntry};
use crate::world::World;

/// One line of the event log: `+5.000s  ClockAdvanced by 5.000s`.
pub fn event_line(world: &World, e: &JournalEntry) -> String {
    format!("{:>12}  {}", e.at.to_string(), event_text(world, &e.event))
}

/// A sentence for one event, with ids resolved to names.
pub fn event_text(world: &World, event: &Event) -> String {
    match event {
        Event::World(WorldEvent::ClockAdvanced { by_ms }) => {
            format!(
                "Clock advanced by {}",
                crate::sim::SimTime(*by_ms)
                    .to_string()
                    .trim_start_matches('+')
            )
        }
        Event::World(WorldEvent::Refused { service, operation }) => {
            format!("Refused {service}:{operation} (not emulated yet)")
        }
        Event::Sqs(e) => crate::sqs::describe_event(world, e),
        Event::Sns(e) => crate::sns::engine::describe_event(world, e),
        Event::S3(e) => crate::s3::describe_event(e),
        Event::Kinesis(e) => crate::kinesis::describe_event(world, e),
        Event::Firehose(e) => crate::firehose::describe_event(world, e),
        Event::Analytics(e) => crate::analytics::describe_event(world, e),
        Event::Client(e) => crate::clients::describe_event(world, e),
        Event::Lambda(e) => crate::lambda::describe_event(world, e),
        Event::CloudWatch(e) => crate::cloudwatch::describe_event(world, e),
        Event::AutoScaling(e) => crate::autoscaling::describe_event(world, e),
    }
}

/// The virtual clock as the top bar shows it: date-time and elapsed.
pub fn clock_label(world: &World) -> (String, String) {
    (format_unix_ms(world.sim.unix_ms()), world.now().to_string())
}

/// One subscription's line in the page's topic list: endpoint, state and counts
/// (delivered, filtered out, waiting for a retry, failed and of those sent to
/// the dead-letter queue, and what a simulated receiver holds).
pub fn subscription_line(world: &World, s: &crate::sns::engine::Subscription) -> String {
    let tail = s
        .endpoint
        .rsplit([':', '/'])
        .find(|p| !p.is_empty())
        .unwrap_or("");
    let mut line = format!("→ {} {tail}", s.protocol);
    if s.filter_policy.is_some() {
        line.push_str(" (filter)");
    }
    line.push_str(" · ");
    line.push_str(&subscription_status(world, s));
    line
}

/// A subscription's state and counts: `pending confirmation`, or
/// `3 delivered · 1 filtered out · 2 retrying · 1 failed (1 to the DLQ) · inbox 3`.
pub fn subscription_status(world: &World, s: &crate::sns::engine::Subscription) -> String {
    let sns = &world.sns;
    if s.pending_confirmation {
        return "pending confirmation".into();
    }
    let mut line = format!(
        "{} delivered · {} filtered out",
        sns.delivered_count(s.id),
        sns.filtered_out(s.id)
    );
    if s.retrying > 0 {
        line.push_str(&format!(" · {} retrying", s.retrying));
    }
    if s.throttled > 0 {
        line.push_str(&format!(" · {} throttled", s.throttled));
    }
    line.push_str(&format!(" · {} failed", s.failed));
    if s.redriven > 0 {
        line.push_str(&format!(" ({} to the DLQ)", s.redriven));
    }
    if s.protocol != "sqs" {
        line.push_str(&format!(" · inbox {}", sns.inbox(s.id).len()));
    }
    line
}

/// A small line chart of one metric, ready to draw: an SVG path in a
/// `width` x `height` box, oldest minute on the left, the newest on the
/// right, missing minutes left out of the line.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// `MetricName (Stat)`.
    pub label: String,
    pub unit: String,
    /// `M x y L x y ...`; empty when there is no datapoint.
    pub path: String,
    /// How many minutes have a datapoint.
    pub points: usize,
    /// The newest datapoint's value.
    pub last: Option<f64>,
    /// The top of the scale (the largest value, at least 1).
    pub max: f64,
}

/// The chart of `stat` of a metric over the last `minutes` whole minutes.
#[allow(clippy::too_many_arguments)]
pub fn metric_chart(
    world: &World,
    account_id: &str,
    region: &str,
    namespace: &str,
    name: &str,
    dims: &[(&str, &str)],
    stat: crate::cloudwatch::stats::Stat,
    minutes: u64,
    width: f64,
    height: f64,
) -> Chart {
    use crate::cloudwatch::stats;
    let dims: Vec<(String, String)> = dims
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let key = stats::key_of(account_id, region, namespace, name, &dims);
    let end = stats::minute_floor(world.now().as_ms());
    let start = end.saturating_sub(minutes * 60_000);
    let label = format!("{name} ({})", stat.name());
    let mut chart = Chart {
        label,
        unit: stats::unit_of(&key, None),
        path: String::new(),
        points: 0,
        last: None,
        max: 1.0,
    };
    let Some(id) = world.sim.metrics.range_id(&key) else {
        return chart;
    };
    let pts: Vec<(u64, f64)> = stats::periods(&world.sim.metrics, id, start, end, 60_000)
        .into_iter()
        .map(|(t, a)| (t, stat.of(&a)))
        .collect();
    chart.points = pts.len();
    chart.last = pts.last().map(|p| p.1);
    chart.max = pts.iter().map(|p| p.1).fold(1.0, f64::max);
    let span = (end - start).max(60_000) as f64;
    let mut path = String::new();
    let mut prev: Option<u64> = None;
    for (t, v) in pts {
        let x = (t - start) as f64 / span * width;
        let y = height - v / chart.max * height;
        // A gap of a missing minute starts a new stroke.
        let cmd = if prev.is_some_and(|p| p + 60_000 == t) {
            'L'
        } else {
            'M'
        };
        path.push_str(&format!("{cmd}{x:.1} {y:.1} "));
        prev = Some(t);
    }
    chart.path = path.trim_end().to_string();
    chart
}

/// The alarms watching a metric with dimension `dim_name` = `dim_value` in
/// `namespace` of `account_id`: (alarm name, state), by name.
pub fn alarms_on(
    world: &World,
    account_id: &str,
    namespace: &str,
    dim_name: &str,
    dim_value: &str,
) -> Vec<(String, &'static str)> {
    let mut v: Vec<(String, &'static str)> = world
        .cloudwatch
        .alarms()
        .filter(|a| {
            a.account_id == account_id
                && a.namespace == namespace
                && a.dimensions
                    .iter()
                    .any(|(n, val)| n == dim_name && val == dim_value)
        })
        .map(|a| (a.name.clone(), a.state.as_str()))
        .collect();
    v.sort();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_metric_chart_draws_each_minute_and_breaks_at_gaps() {
        use crate::cloudwatch::stats::Stat;
        let mut w = World::new(1);
        let c = crate::world::Caller::default();
        let cw = crate::model::Service::CloudWatch;
        w.advance_to(crate::sim::SimTime(240_000));
        for (minute, v) in [(0, 2.0), (1, 4.0), (3, 1.0)] {
            let t = 1_767_225_600 + minute * 60;
            w.call_and_wait(cw, "PutMetricData", json!({"Namespace": "App", "MetricData": [{"MetricName": "Depth", "Value": v, "Timestamp": t}]}), &c)
                .unwrap();
        }
        let chart = metric_chart(
            &w,
            "123456789012",
            "us-east-1",
            "App",
            "Depth",
            &[],
            Stat::Maximum,
            4,
            100.0,
            40.0,
        );
        assert_eq!(chart.label, "Depth (Maximum)");
        assert_eq!((chart.points, chart.last, chart.max), (3, Some(1.0), 4.0));
        assert_eq!(chart.path, "M0.0 20.0 L25.0 0.0 M75.0 30.0");
        let none = metric_chart(
            &w,
            "123456789012",
            "us-east-1",
            "App",
            "Nope",
            &[],
            Stat::Sum,
            4,
            100.0,
            40.0,
        );
        assert!(none.path.is_empty());
        assert!(alarms_on(&w, "123456789012", "App", "QueueName", "q").is_empty());
    }

    #[test]
    fn subscription_lines_show_state_and_counts() {
        let mut w = World::new(1);
        let c = crate::world::Caller::default();
        let sns = crate::model::Service::Sns;
        let t = w
            .call_and_wait(sns, "CreateTopic", json!({"Name": "t"}), &c)
            .unwrap();
        let t = t["TopicArn"].as_str().unwrap().to_string();
        w.call_and_wait(
            sns,
            "Subscribe",
            json!({"TopicArn": t, "Protocol": "sms", "Endpoint": "+14155550100"}),
            &c,
        )
        .unwrap();
        w.call_and_wait(
            sns,
            "Subscribe",
            json!({"TopicArn": t, "Protocol": "https", "Endpoint": "https://example.com/h"}),
            &c,
        )
        .unwrap();
        w.call_and_wait(sns, "Publish", json!({"TopicArn": t, "Message": "m"}), &c)
            .unwrap();
        let lines: Vec<String> = w
            .sns
            .subscriptions()
            .map(|s| subscription_line(&w, s))
            .collect();
        assert_eq!(
            lines,
            vec![
                "→ sms +14155550100 · 1 delivered · 0 filtered out · 0 failed · inbox 1"
                    .to_string(),
                "→ https h · pending confirmation".to_string(),
            ]
        );
    }
}
