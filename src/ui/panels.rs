//! The resource list, the live diagram, the inspector and the event log.

use super::Selection;
use crate::view::event_line;
use crate::web::with_host;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RedrawProps {
    pub redraw: Callback<()>,
    /// The page's frame number: a changed frame redraws the panel from the world.
    pub frame: u64,
    pub selected: Option<super::Selection>,
    pub select: Callback<Option<super::Selection>>,
}

/// Panels that only read the world redraw when the frame number changes.
#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub frame: u64,
}

/// Entries the event log shows (the newest).
const LOG_LINES: usize = 200;

/// The resource kinds of the left panel, in PLAYGROUND.md's order, with whether
/// Switchyard emulates them yet.

#[function_component(Resources)]
pub fn resources(p: &RedrawProps) -> Html {
    html! {
        <nav class="resources" aria-label="Resources">
            <h2>{"Resources"}</h2>
            <div class="account">{"Account 123456789012 · us-east-1"}</div>
            <super::sqs::QueueList frame={p.frame} selected={p.selected.clone()} select={p.select.clone()} redraw={p.redraw.clone()} />
            <super::sns::TopicList frame={p.frame} selected={p.selected.clone()} select={p.select.clone()} redraw={p.redraw.clone()} />
            <super::sns::DeviceList frame={p.frame} />
            <super::kinesis::StreamList frame={p.frame} selected={p.selected.clone()} select={p.select.clone()} redraw={p.redraw.clone()} />
            <super::s3::BucketList frame={p.frame} selected={p.selected.clone()} select={p.select.clone()} redraw={p.redraw.clone()} />
            <super::firehose::DeliveryStreamList frame={p.frame} selected={p.selected.clone()} select={p.select.clone()} redraw={p.redraw.clone()} />
            <super::analytics::AnalyticsList frame={p.frame} selected={p.selected.clone()} select={p.select.clone()} redraw={p.redraw.clone()} />
            <super::lambda::FunctionList frame={p.frame} redraw={p.redraw.clone()} />
            <super::clients::ClientList frame={p.frame} redraw={p.redraw.clone()} />
            <super::autoscaling::ScalingGroupList frame={p.frame} redraw={p.redraw.clone()} />
        </nav>
    }
}

#[function_component(Inspector)]
pub fn inspector(p: &RedrawProps) -> Html {
    html! {
        <aside class="inspector" aria-label="Inspector">
            <h2>{"Inspector"}</h2>
            { match p.selected.clone() {
                Some(Selection::Queue(q)) => html! {
                    <super::sqs::QueueInspector key={format!("q{q}")} frame={p.frame} queue={q} redraw={p.redraw.clone()} select={p.select.clone()} />
                },
                Some(Selection::Topic(t)) => html! {
                    <super::sns::TopicInspector key={format!("t{t}")} frame={p.frame} topic={t} redraw={p.redraw.clone()} select={p.select.clone()} />
                },
                Some(Selection::Subscription(s)) => html! {
                    <super::sns::SubscriptionInspector key={format!("s{s}")} frame={p.frame} subscription={s} redraw={p.redraw.clone()} select={p.select.clone()} />
                },
                Some(Selection::Bucket(b)) => html! {
                    <super::s3::BucketInspector key={format!("b{b}")} frame={p.frame} bucket={b.clone()} redraw={p.redraw.clone()} select={p.select.clone()} />
                },
                Some(Selection::Stream(s)) => html! {
                    <super::kinesis::StreamInspector key={format!("k{s}")} frame={p.frame} stream={s} redraw={p.redraw.clone()} select={p.select.clone()} />
                },
                Some(Selection::DeliveryStream(s)) => html! {
                    <super::firehose::DeliveryStreamInspector key={format!("f{s}")} frame={p.frame} stream={s} redraw={p.redraw.clone()} select={p.select.clone()} />
                },
                Some(Selection::AnalyticsApp(a)) => html! {
                    <super::analytics::AnalyticsInspector key={format!("a{a}")} frame={p.frame} app={a} redraw={p.redraw.clone()} select={p.select.clone()} />
                },
                None => html! { <p class="hint">{"Select a resource to see its attributes, messages and metrics."}</p> },
            } }
        </aside>
    }
}

/// Entries a filtered view searches (the newest); formatting every retained
/// entry each frame would not keep 60 frames a second.
const FILTER_SCAN: usize = 5_000;

#[function_component(EventLog)]
pub fn event_log(_p: &FrameProps) -> Html {
    let filter = use_state(String::new);
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            filter.set(el.value());
        })
    };
    let needle = filter.to_lowercase();
    let (lines, total, digest) = with_host(|h| {
        let j = &h.world.sim.journal;
        let n = j.entries().len();
        let lines: Vec<String> = if needle.is_empty() {
            j.entries()
                .skip(n.saturating_sub(LOG_LINES))
                .rev()
                .map(|e| event_line(&h.world, e))
                .collect()
        } else {
            j.entries()
                .rev()
                .take(FILTER_SCAN)
                .map(|e| event_line(&h.world, e))
                .filter(|l| l.to_lowercase().contains(&needle))
                .take(LOG_LINES)
                .collect()
        };
        (lines, j.total(), j.digest_hex())
    });
    html! {
        <section class="eventlog" aria-label="Event log">
            <div class="eventlog-head">
                <h2>{format!("Event log ({total})")}<span class="digest" title="Journal digest: same seed and commands give the same digest">{format!(" · digest {digest}")}</span></h2>
                <input type="search" aria-label="Filter events" placeholder="filter (newest 5,000)" oninput={on_filter} />
            </div>
            <ol class="events" role="log" aria-label="Events">
                { for lines.iter().map(|l| html!{ <li>{l}</li> }) }
            </ol>
        </section>
    }
}
