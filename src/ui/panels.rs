//! The resource list, the live diagram, the inspector and the event log.

use crate::view::event_line;
use crate::web::with_host;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RedrawProps {
    pub redraw: Callback<()>,
    /// The page's frame number: a changed frame redraws the panel from the world.
    pub frame: u64,
    pub selected: Option<u32>,
    pub select: Callback<Option<u32>>,
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
const KINDS: [(&str, &str, bool); 6] = [
    ("Streams", "stream", false),
    ("Delivery streams", "delivery stream", false),
    ("Analytics apps", "analytics app", false),
    ("Buckets", "bucket", false),
    ("Functions", "function", false),
    ("Clients", "client", false),
];

#[function_component(Resources)]
pub fn resources(p: &RedrawProps) -> Html {
    let note = use_state(|| None::<String>);
    html! {
        <nav class="resources" aria-label="Resources">
            <h2>{"Resources"}</h2>
            <div class="account">{"Account 123456789012 · us-east-1"}</div>
            <super::sqs::QueueList frame={p.frame} selected={p.selected} select={p.select.clone()} redraw={p.redraw.clone()} />
            <TopicList frame={p.frame} />
            { for KINDS.iter().map(|(title, noun, built)| {
                let note = note.clone();
                let label = format!("Add {noun}");
                let noun = noun.to_string();
                let built = *built;
                let onclick = Callback::from(move |_| {
                    if !built {
                        note.set(Some(format!("Creating a {noun} is not emulated yet.")));
                    }
                });
                html! {
                    <section class="resource-kind">
                        <h3>
                            {*title}
                            <button type="button" class="add" aria-label={label} {onclick}>{"+"}</button>
                        </h3>
                        <p class="empty">{"none"}</p>
                    </section>
                }
            }) }
            if let Some(n) = &*note { <p class="note" role="status">{n}</p> }
        </nav>
    }
}

/// The "Topics" section: topics with their subscriptions and what each one has
/// delivered, filtered out or failed. (Topics are created from the console for
/// now; the page's topic form and diagram come with the SNS live view.)
#[function_component(TopicList)]
fn topic_list(_p: &FrameProps) -> Html {
    let note = use_state(|| false);
    let rows = with_host(|h| {
        h.world
            .sns
            .topics()
            .map(|t| {
                let subs: Vec<String> = h
                    .world
                    .sns
                    .subscriptions()
                    .filter(|s| s.topic == t.id)
                    .map(|s| crate::view::subscription_line(&h.world, s))
                    .collect();
                (t.name.clone(), subs)
            })
            .collect::<Vec<_>>()
    });
    let onclick = {
        let note = note.clone();
        Callback::from(move |_| note.set(!*note))
    };
    html! {
        <section class="resource-kind">
            <h3>{"Topics"}<button type="button" class="add" aria-label="Add topic" {onclick}>{"+"}</button></h3>
            if *note {
                <p class="note" role="status">{"The page's topic form is not built yet: use the console, e.g. "}<code>{"aws sns create-topic --name orders"}</code></p>
            }
            if rows.is_empty() { <p class="empty">{"none"}</p> }
            <ul class="topic-list" aria-label="Topics">
                { for rows.iter().map(|(name, subs)| html! {
                    <li>
                        <span class="qname">{name}</span>
                        { for subs.iter().map(|s| html! { <div class="sub-line">{s}</div> }) }
                    </li>
                }) }
            </ul>
        </section>
    }
}

#[function_component(Inspector)]
pub fn inspector(p: &RedrawProps) -> Html {
    html! {
        <aside class="inspector" aria-label="Inspector">
            <h2>{"Inspector"}</h2>
            if let Some(q) = p.selected {
                <super::sqs::QueueInspector frame={p.frame} queue={q} redraw={p.redraw.clone()} select={p.select.clone()} />
            } else {
                <p class="hint">{"Select a resource to see its attributes, messages and metrics."}</p>
            }
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
