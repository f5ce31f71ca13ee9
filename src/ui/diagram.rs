//! The live diagram: queues as nodes with their messages as chips by state —
//! visible, in flight (a ring that empties as the visibility timer runs out),
//! delayed (an hourglass) — each DLQ beside its source with the redrive edge, FIFO
//! groups as lanes with the locked group marked, and messages that just moved to
//! a DLQ or were redriven travelling along the edge as dots.
//!
//! Drawn from a snapshot of the world and the recent journal each frame; a queue
//! with more messages than fit shows the first ones and says how many more.

use crate::sim::Event;
use crate::sqs::view::{MessageView, QueueView};
use crate::sqs::{MessageState, SqsEvent};
use crate::web::with_host;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub frame: u64,
    pub selected: Option<u32>,
    pub select: Callback<Option<u32>>,
}

const NODE_W: f64 = 250.0;
const NODE_H: f64 = 132.0;
const COL_GAP: f64 = 110.0;
const ROW_GAP: f64 = 36.0;
const MARGIN: f64 = 24.0;
/// Chips drawn per queue; the rest are counted.
const MAX_CHIPS: usize = 40;
const CHIPS_PER_ROW: usize = 13;
/// How long (virtual ms) a moving dot takes along an edge.
const TRAVEL_MS: u64 = 1_500;

struct Laid {
    q: QueueView,
    x: f64,
    y: f64,
    messages: Vec<MessageView>,
}

/// Sources in the left column, their dead-letter queues in the right column at
/// the same height; queues that are neither stack in the left column.
fn layout(queues: Vec<QueueView>, messages: impl Fn(u32) -> Vec<MessageView>) -> Vec<Laid> {
    let mut laid: Vec<Laid> = Vec::new();
    let mut row = 0.0;
    let mut placed = std::collections::BTreeSet::new();
    let dlqs: std::collections::BTreeSet<u32> =
        queues.iter().filter_map(|q| q.dead_letter_target).collect();
    for q in queues
        .iter()
        .filter(|q| !dlqs.contains(&q.id) || q.dead_letter_target.is_some())
    {
        let y = MARGIN + row * (NODE_H + ROW_GAP);
        laid.push(Laid {
            q: q.clone(),
            x: MARGIN,
            y,
            messages: messages(q.id),
        });
        placed.insert(q.id);
        if let Some(t) = q.dead_letter_target {
            if placed.insert(t) {
                if let Some(dq) = queues.iter().find(|d| d.id == t) {
                    laid.push(Laid {
                        q: dq.clone(),
                        x: MARGIN + NODE_W + COL_GAP,
                        y,
                        messages: messages(t),
                    });
                }
            }
        }
        row += 1.0;
    }
    for q in queues.iter().filter(|q| !placed.contains(&q.id)) {
        let y = MARGIN + row * (NODE_H + ROW_GAP);
        laid.push(Laid {
            q: q.clone(),
            x: MARGIN + NODE_W + COL_GAP,
            y,
            messages: messages(q.id),
        });
        row += 1.0;
    }
    laid
}

fn chip(m: &MessageView, cx: f64, cy: f64, now: u64, vis_ms: u64) -> Html {
    let title = format!(
        "{:?} · receives {} · {}",
        m.state,
        m.receive_count,
        m.body.chars().take(60).collect::<String>()
    );
    match m.state {
        MessageState::Visible => html! {
            <circle class="chip visible" cx={cx.to_string()} cy={cy.to_string()} r="6"><title>{title}</title></circle>
        },
        MessageState::InFlight => {
            // The ring is the share of the visibility timeout still to run.
            let left = m.due_ms.map(|d| d.saturating_sub(now)).unwrap_or(0) as f64;
            let frac = if vis_ms == 0 {
                0.0
            } else {
                (left / vis_ms as f64).clamp(0.0, 1.0)
            };
            let circ = 2.0 * std::f64::consts::PI * 7.5;
            html! {
                <g class="chip inflight"><title>{title}</title>
                    <circle cx={cx.to_string()} cy={cy.to_string()} r="4.5" />
                    <circle class="ring" cx={cx.to_string()} cy={cy.to_string()} r="7.5"
                        stroke-dasharray={format!("{:.2} {:.2}", circ * frac, circ)}
                        transform={format!("rotate(-90 {cx} {cy})")} />
                </g>
            }
        }
        MessageState::Delayed => html! {
            <g class="chip delayed"><title>{title}</title>
                <path d={format!("M{} {} h10 l-10 12 h10 z", cx - 5.0, cy - 6.0)} />
            </g>
        },
    }
}

fn node(l: &Laid, now: u64, selected: bool, select: &Callback<Option<u32>>) -> Html {
    let q = &l.q;
    let (x, y) = (l.x, l.y);
    let vis_ms = (q.visibility_timeout_s.max(0) as u64) * 1000;
    let id = q.id;
    let onclick = {
        let select = select.clone();
        Callback::from(move |_| select.emit(Some(id)))
    };
    let onkeydown = {
        let select = select.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                select.emit(Some(id));
            }
        })
    };
    let total = (q.visible + q.in_flight + q.delayed) as usize;
    let mut chips = Vec::new();
    if q.fifo {
        // One lane per message group, oldest group first; a group with a message
        // in flight is locked.
        let mut groups: Vec<(String, Vec<&MessageView>)> = Vec::new();
        for m in &l.messages {
            let g = m.group_id.clone().unwrap_or_default();
            match groups.iter_mut().find(|(k, _)| *k == g) {
                Some((_, v)) => v.push(m),
                None => groups.push((g, vec![m])),
            }
        }
        for (lane, (g, ms)) in groups.iter().take(4).enumerate() {
            let ly = y + 44.0 + lane as f64 * 20.0;
            let locked = ms.iter().any(|m| m.state == MessageState::InFlight);
            chips.push(html! {
                <text class={classes!("lane-label", locked.then_some("locked"))} x={(x + 8.0).to_string()} y={(ly + 4.0).to_string()}>
                    {format!("{}{}", if locked { "■ " } else { "" }, g.chars().take(if locked { 9 } else { 11 }).collect::<String>())}
                    <title>{if locked { format!("group {g}: locked while a message is in flight") } else { format!("group {g}") }}</title>
                </text>
            });
            for (i, m) in ms.iter().take(8).enumerate() {
                chips.push(chip(m, x + 104.0 + i as f64 * 16.0, ly, now, vis_ms));
            }
        }
    } else {
        for (i, m) in l.messages.iter().take(MAX_CHIPS).enumerate() {
            let (r, c) = (i / CHIPS_PER_ROW, i % CHIPS_PER_ROW);
            chips.push(chip(
                m,
                x + 16.0 + c as f64 * 18.0,
                y + 48.0 + r as f64 * 20.0,
                now,
                vis_ms,
            ));
        }
    }
    let shown = if q.fifo {
        l.messages
            .iter()
            .fold(Vec::<(&Option<String>, usize)>::new(), |mut acc, m| {
                match acc.iter_mut().find(|(g, _)| *g == &m.group_id) {
                    Some((_, n)) => *n += 1,
                    None => acc.push((&m.group_id, 1)),
                }
                acc
            })
            .iter()
            .take(4)
            .map(|(_, n)| (*n).min(8))
            .sum()
    } else {
        l.messages.len().min(MAX_CHIPS)
    };
    html! {
        <g class={classes!("qnode", selected.then_some("selected"), q.dead_letter_sources.is_empty().then_some("plain"))}
            role="button" tabindex="0" aria-label={format!("Queue {} on the diagram", q.name)} onclick={onclick} onkeydown={onkeydown}>
            <rect x={x.to_string()} y={y.to_string()} width={NODE_W.to_string()} height={NODE_H.to_string()} rx="8" />
            <text class="qtitle" x={(x + 10.0).to_string()} y={(y + 20.0).to_string()}>
                {format!("{}{}", q.name, if q.dead_letter_sources.is_empty() { "" } else { "  (DLQ)" })}
            </text>
            <text class="qsub" x={(x + 10.0).to_string()} y={(y + 34.0).to_string()}>
                {format!("{} visible · {} in flight · {} delayed{}", q.visible, q.in_flight, q.delayed,
                    if q.waiting_receives > 0 { format!(" · {} polling", q.waiting_receives) } else { String::new() })}
            </text>
            { for chips }
            if total > shown {
                <text class="qmore" x={(x + NODE_W - 10.0).to_string()} y={(y + NODE_H - 8.0).to_string()} text-anchor="end">
                    {format!("+{} more not drawn", total - shown)}
                </text>
            }
        </g>
    }
}

#[function_component(Diagram)]
pub fn diagram(p: &Props) -> Html {
    let (laid, now, moving) = with_host(|h| {
        let sqs = &h.world.sqs;
        let laid = layout(sqs.queues(), |id| sqs.messages(id, MAX_CHIPS));
        let now = h.world.now();
        // Messages that moved between queues in the last TRAVEL_MS of virtual time.
        let mut moving = Vec::new();
        for e in h.world.sim.journal.entries().rev() {
            if now.since(e.at) > TRAVEL_MS {
                break;
            }
            if let Event::Sqs(
                SqsEvent::MovedToDlq { from, to, .. } | SqsEvent::MessageRedriven { from, to, .. },
            ) = e.event
            {
                moving.push((from, to, e.at));
            }
            if moving.len() >= 50 {
                break;
            }
        }
        (laid, now, moving)
    });
    if laid.is_empty() {
        return html! {
            <main class="diagram" aria-label="Live diagram">
                <svg class="diagram-svg" role="img" aria-label="Diagram of resources and message flows" viewBox="0 0 800 400">
                    <text x="400" y="200" text-anchor="middle" class="diagram-empty">
                        {"No resources yet: add a queue on the left (+) or type aws sqs create-queue --queue-name orders below."}
                    </text>
                </svg>
            </main>
        };
    }
    let pos = |id: u32| laid.iter().find(|l| l.q.id == id).map(|l| (l.x, l.y));
    let height = laid.iter().map(|l| l.y + NODE_H).fold(0.0, f64::max) + MARGIN;
    let width = MARGIN * 2.0 + NODE_W * 2.0 + COL_GAP;
    let mut edges = Vec::new();
    for l in &laid {
        if let Some((tx, ty)) = l.q.dead_letter_target.and_then(pos) {
            let (x1, y1) = (l.x + NODE_W, l.y + NODE_H / 2.0);
            let (x2, y2) = (tx, ty + NODE_H / 2.0);
            edges.push(html! {
                <g class="edge">
                    <line x1={x1.to_string()} y1={y1.to_string()} x2={(x2 - 6.0).to_string()} y2={y2.to_string()} marker-end="url(#arrow)" />
                    <text x={((x1 + x2) / 2.0).to_string()} y={((y1 + y2) / 2.0 - 6.0).to_string()} text-anchor="middle">
                        {format!("after {} receives", l.q.max_receive_count.unwrap_or(0))}
                    </text>
                </g>
            });
        }
    }
    let dots = moving.iter().filter_map(|(from, to, at)| {
        let (fx, fy) = pos(*from)?;
        let (tx, ty) = pos(*to)?;
        let (x1, y1, x2, y2) = if fx < tx {
            (fx + NODE_W, fy + NODE_H / 2.0, tx, ty + NODE_H / 2.0)
        } else {
            (fx, fy + NODE_H / 2.0, tx + NODE_W, ty + NODE_H / 2.0)
        };
        let f = now.since(*at) as f64 / TRAVEL_MS as f64;
        Some(html! { <circle class="dot" cx={(x1 + (x2 - x1) * f).to_string()} cy={(y1 + (y2 - y1) * f).to_string()} r="5" /> })
    });
    html! {
        <main class="diagram" aria-label="Live diagram">
            <svg class="diagram-svg" role="img" aria-label="Diagram of resources and message flows"
                viewBox={format!("0 0 {width} {height}")} preserveAspectRatio="xMidYMin meet">
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead" />
                    </marker>
                </defs>
                { for edges }
                { for laid.iter().map(|l| node(l, now.as_ms(), p.selected == Some(l.q.id), &p.select)) }
                { for dots }
            </svg>
        </main>
    }
}
