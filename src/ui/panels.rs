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
const KINDS: [(&str, &str, bool); 7] = [
    ("Topics", "topic", false),
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

#[function_component(EventLog)]
pub fn event_log(_p: &FrameProps) -> Html {
    let (lines, total, digest) = with_host(|h| {
        let j = &h.world.sim.journal;
        let n = j.entries().len();
        let lines: Vec<String> = j
            .entries()
            .skip(n.saturating_sub(LOG_LINES))
            .rev()
            .map(|e| event_line(&h.world, e))
            .collect();
        (lines, j.total(), j.digest_hex())
    });
    html! {
        <section class="eventlog" aria-label="Event log">
            <h2>{format!("Event log ({total})")}<span class="digest" title="Journal digest: same seed and commands give the same digest">{format!(" · digest {digest}")}</span></h2>
            <ol class="events" role="log" aria-label="Events">
                { for lines.iter().map(|l| html!{ <li>{l}</li> }) }
            </ol>
        </section>
    }
}
