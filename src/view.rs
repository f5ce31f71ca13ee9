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
        Event::Client(e) => crate::clients::describe_event(world, e),
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
        s.delivered,
        sns.filtered_out(s.id)
    );
    if s.retrying > 0 {
        line.push_str(&format!(" · {} retrying", s.retrying));
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
