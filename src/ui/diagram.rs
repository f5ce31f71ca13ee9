//! The live diagram: queues as nodes with their messages as chips by state —
//! visible, in flight (a ring that empties as the visibility timer runs out),
//! delayed (an hourglass) — each DLQ beside its source with the redrive edge, FIFO
//! groups as lanes with the locked group marked, and messages that just moved to
//! a DLQ or were redriven travelling along the edge as dots.
//!
//! Drawn from a snapshot of the world and the recent journal each frame; a queue
//! with more messages than fit shows the first ones and says how many more.

use crate::kinesis::KinesisEvent;
use crate::s3::S3Event;
use crate::sim::Event;
use crate::sns::SnsEvent;
use crate::sqs::view::{MessageView, QueueView};
use crate::sqs::{MessageState, SqsEvent};
use crate::web::with_host;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub frame: u64,
    pub selected: Option<super::Selection>,
    pub select: Callback<Option<super::Selection>>,
}

/// The smallest scale the diagram is drawn at (its pane scrolls beyond).
const MIN_SCALE: f64 = 0.75;
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
fn layout(
    queues: Vec<QueueView>,
    messages: impl Fn(u32) -> Vec<MessageView>,
    x0: f64,
) -> Vec<Laid> {
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
            x: x0,
            y,
            messages: messages(q.id),
        });
        placed.insert(q.id);
        if let Some(t) = q.dead_letter_target {
            if placed.insert(t) {
                if let Some(dq) = queues.iter().find(|d| d.id == t) {
                    laid.push(Laid {
                        q: dq.clone(),
                        x: x0 + NODE_W + COL_GAP,
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
            x: x0 + NODE_W + COL_GAP,
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

fn node(l: &Laid, now: u64, selected: bool, select: &Callback<Option<super::Selection>>) -> Html {
    let q = &l.q;
    let (x, y) = (l.x, l.y);
    let vis_ms = (q.visibility_timeout_s.max(0) as u64) * 1000;
    let id = q.id;
    let onclick = {
        let select = select.clone();
        Callback::from(move |_| select.emit(Some(super::Selection::Queue(id))))
    };
    let onkeydown = {
        let select = select.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                select.emit(Some(super::Selection::Queue(id)));
            }
        })
    };
    let total = (q.visible + q.in_flight + q.delayed) as usize;
    let mut chips = Vec::new();
    if q.fifo {
        // One lane per message group, oldest group first; a group whose first
        // message is in flight is locked (a later one in flight only stops a
        // receive there).
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
            let locked = ms
                .first()
                .is_some_and(|m| m.state == MessageState::InFlight);
            chips.push(html! {
                <text class={classes!("lane-label", locked.then_some("locked"))} x={(x + 8.0).to_string()} y={(ly + 4.0).to_string()}>
                    {format!("{}{}", if locked { "■ " } else { "" }, g.chars().take(if locked { 9 } else { 11 }).collect::<String>())}
                    <title>{if locked { format!("group {g}: locked while its first message is in flight") } else { format!("group {g}") }}</title>
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
                {format!("{}{}", short(&q.name, if q.dead_letter_sources.is_empty() { 30 } else { 24 }), if q.dead_letter_sources.is_empty() { "" } else { "  (DLQ)" })}
                <title>{q.name.clone()}</title>
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

/// A topic on the diagram with its subscriptions.
struct TopicNode {
    id: u32,
    arn: String,
    name: String,
    fifo: bool,
    published: u64,
    x: f64,
    y: f64,
    subs: Vec<SubEdge>,
    /// Subscriptions not drawn (over `SUB_EDGES_MAX`).
    hidden: usize,
}

/// A subscription: an edge from its topic to a queue or to an endpoint pill.
struct SubEdge {
    id: u32,
    protocol: String,
    endpoint: String,
    policy: Option<String>,
    pending: bool,
    /// Where the edge ends (left middle of the target).
    to: (f64, f64),
}

/// An endpoint that is not a queue of this world (http, email, lambda, ...).
struct EndpointNode {
    label: String,
    x: f64,
    y: f64,
}

/// A point `f` (0..1) along the edge's curve from `a` to `b`.
fn along(a: (f64, f64), b: (f64, f64), f: f64) -> (f64, f64) {
    // A cubic Bézier with horizontal tangents at both ends, as drawn by `curve`.
    let mid = (a.0 + b.0) / 2.0;
    let (p0, p1, p2, p3) = (a, (mid, a.1), (mid, b.1), b);
    let u = 1.0 - f;
    let x = u * u * u * p0.0 + 3.0 * u * u * f * p1.0 + 3.0 * u * f * f * p2.0 + f * f * f * p3.0;
    let y = u * u * u * p0.1 + 3.0 * u * u * f * p1.1 + 3.0 * u * f * f * p2.1 + f * f * f * p3.1;
    (x, y)
}

/// The SVG path of the curve `along` follows.
fn curve(a: (f64, f64), b: (f64, f64)) -> String {
    let mid = (a.0 + b.0) / 2.0;
    format!(
        "M {:.1} {:.1} C {mid:.1} {:.1}, {mid:.1} {:.1}, {:.1} {:.1}",
        a.0, a.1, a.1, b.1, b.0, b.1
    )
}

/// What SNS did recently, for the animation: deliveries travelling along their
/// edge, failures and filter decisions fading at their subscription.
enum Recent {
    Delivered {
        sub: u32,
        at: u64,
    },
    Failed {
        sub: u32,
        at: u64,
        code: String,
    },
    FilteredOut {
        topic: u32,
        message: u64,
        at: u64,
    },
    Retry {
        sub: u32,
        at: u64,
        attempt: u32,
        due_ms: u64,
    },
    Redriven {
        sub: u32,
        at: u64,
    },
    /// Held back by the subscription's throttle policy until `due_ms`.
    Throttled {
        sub: u32,
        at: u64,
        due_ms: u64,
    },
    S3Delivered {
        bucket: String,
        destination: String,
        at: u64,
    },
    S3Failed {
        bucket: String,
        destination: String,
        at: u64,
        reason: String,
    },
}

/// How long (virtual ms) a failure or a filtered-out mark stays visible.
const FADE_MS: u64 = 2_500;
/// Journal entries scanned per frame for the animation.
const SCAN_MAX: usize = 400;

/// Queues drawn (the first ones); the rest are counted on screen.
const QUEUES_MAX: usize = 48;
/// Subscription edges drawn per topic; the rest are counted on its node.
const SUB_EDGES_MAX: usize = 40;
const TOPIC_W: f64 = 190.0;
const TOPIC_H: f64 = 64.0;
const PILL_H: f64 = 30.0;
const BUCKET_W: f64 = 200.0;
const BUCKET_H: f64 = 110.0;
/// Object keys drawn in a bucket node.
const BUCKET_KEYS: usize = 4;

/// A name cut to `max` characters for a node's title (the full name is in the
/// node's tooltip and accessible name): a 256-character topic name would run
/// across other nodes.
fn short(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_string()
    } else {
        format!("{}…", name.chars().take(max - 1).collect::<String>())
    }
}

/// A Firehose delivery stream on the diagram, above the buckets: its
/// delivery buffer filling by size and by time, and an edge down to the
/// bucket its objects go to.
struct FirehoseNode {
    id: u32,
    name: String,
    source: String,
    race: crate::firehose::BufferRace,
    bucket: String,
    delivered: u64,
    y: f64,
}
const FIREHOSE_H: f64 = 96.0;

/// A bucket on the diagram with its notification destinations.
struct BucketNode {
    name: String,
    objects: usize,
    keys: Vec<String>,
    /// (destination ARN, configuration label).
    configs: Vec<(String, String)>,
    y: f64,
}

/// A configuration label as short lines for its edge: the event types, then
/// each key filter (`ObjectCreated:*`, `prefix images/`).
fn short_events(label: &str) -> Vec<String> {
    let mut lines = vec![label.split(" → ").next().unwrap_or("").to_string()];
    lines.extend(label.split(" · ").skip(1).map(str::to_string));
    lines
}

/// A stream with, per shard, its newest records (ordinal, hue, partition key).
struct StreamLanes {
    view: crate::kinesis::view::StreamView,
    ticks: Vec<Vec<(u64, u32, String)>>,
    /// Analytics applications reading (→) or writing (←) the stream.
    sql_tags: Vec<String>,
}

/// Records drawn per lane (the newest).
const LANE_TICKS: usize = 60;
const LANE_H: f64 = 24.0;
const LANES_MIN_W: f64 = 640.0;
/// Room at the left of a lane for its label.
const LANE_LABEL_W: f64 = 290.0;

/// Streams as horizontal shard lanes below everything else: a hash-range bar
/// (where each open shard's keys fall), then one lane per shard with its id and
/// range, the newest records as ticks coloured by partition key, a red flash on
/// a shard that just throttled a put, a highlight on shards that a split or
/// merge just made, closed shards greyed. Returns the drawing and the height.
#[allow(clippy::too_many_arguments)]
fn stream_lanes(
    streams: &[StreamLanes],
    top: f64,
    width: f64,
    now_ms: u64,
    throttled: &[(u32, u32, u64)],
    resharded: &[(u32, u32, u64)],
    readers: &[(u32, u32, u64, String)],
    select: &Callback<Option<super::Selection>>,
    selected: Option<&super::Selection>,
) -> (Html, f64) {
    let mut y = top;
    let mut out = Vec::new();
    for st in streams {
        let v = &st.view;
        let id = v.id;
        let onclick = {
            let select = select.clone();
            Callback::from(move |_| select.emit(Some(super::Selection::Stream(id))))
        };
        let is_selected = selected == Some(&super::Selection::Stream(id));
        let open = v.shards.iter().filter(|s| s.open).count();
        let title_y = y + 16.0;
        let bar_y = y + 26.0;
        let bar_x = MARGIN + LANE_LABEL_W;
        let bar_w = width - LANE_LABEL_W;
        let mut parts = vec![html! {
            <text class="qtitle" x={MARGIN.to_string()} y={title_y.to_string()}>
                {format!("{} · {} · {} · {open} open shard(s)", short(&v.name, 48), v.status.as_str(), v.mode.as_str())}
                { for st.sql_tags.iter().map(|t| html! { <tspan class="sql-tag">{format!("  {t}")}</tspan> }) }
            </text>
        }];
        parts.push(html! { <text class="qsub" x={MARGIN.to_string()} y={(bar_y + 10.0).to_string()}>{"hash-key space 0 … 2^128−1"}</text> });
        for (i, sh) in v.shards.iter().filter(|s| s.open).enumerate() {
            let x = bar_x + bar_w * f64::from(sh.start_ppm) / 1e6;
            let w = (bar_w * f64::from(sh.end_ppm.saturating_sub(sh.start_ppm)) / 1e6).max(1.0);
            parts.push(html! {
                <rect class={classes!("hash-seg", (i % 2 == 1).then_some("alt"))} x={format!("{x:.1}")} y={bar_y.to_string()} width={format!("{w:.1}")} height="12">
                    <title>{format!("{}: {} – {}", sh.shard_id, sh.starting_hash_key, sh.ending_hash_key)}</title>
                </rect>
            });
        }
        let mut ly = bar_y + 20.0;
        // Open shards by their range, then closed ones (parents), greyed.
        let mut order: Vec<usize> = (0..v.shards.len()).collect();
        order.sort_by_key(|&i| (!v.shards[i].open, v.shards[i].start_ppm, v.shards[i].index));
        // Each lane's resting place; a lane a split or merge just made slides
        // out of its parent's lane over FADE_MS (one lane becoming two, two
        // becoming one), while the parent greys to CLOSED.
        let rest: Vec<(u32, f64)> = order
            .iter()
            .enumerate()
            .map(|(k, &i)| (v.shards[i].index, ly + k as f64 * (LANE_H + 4.0)))
            .collect();
        let rest_of = |index: u32| rest.iter().find(|(x, _)| *x == index).map(|(_, y)| *y);
        for i in order {
            let sh = &v.shards[i];
            let final_y = rest_of(sh.index).unwrap_or(ly);
            let born = resharded
                .iter()
                .find(|(s, x, _)| *s == id && *x == sh.index)
                .map(|(_, _, at)| (now_ms.saturating_sub(*at) as f64 / FADE_MS as f64).min(1.0));
            let from_y = sh.parents.first().and_then(|p| rest_of(*p));
            let ly = match (born, from_y) {
                (Some(f), Some(py)) => {
                    let ease = 1.0 - (1.0 - f) * (1.0 - f);
                    py + (final_y - py) * ease
                }
                _ => final_y,
            };
            let flash = throttled
                .iter()
                .find(|(s, x, _)| *s == id && *x == sh.index)
                .map(|(_, _, at)| 1.0 - now_ms.saturating_sub(*at) as f64 / FADE_MS as f64);
            let fresh = resharded.iter().any(|(s, x, _)| *s == id && *x == sh.index);
            let label = format!(
                "{} · {}{}",
                sh.shard_id,
                super::kinesis::range_label(sh),
                if sh.open {
                    String::new()
                } else {
                    " · CLOSED".into()
                }
            );
            let ticks = &st.ticks[i];
            let last = sh.next_ordinal;
            let lane_w = bar_w;
            let tick_html = ticks.iter().map(|(ord, hue, key)| {
                let age = last.saturating_sub(*ord) as f64;
                let x = bar_x + lane_w - 6.0 - age * (lane_w - 12.0) / LANE_TICKS as f64;
                html! {
                    <rect class="tick" x={format!("{x:.1}")} y={(ly + 4.0).to_string()} width="4" height={(LANE_H - 8.0).to_string()}
                        style={format!("fill: hsl({hue}, 65%, 50%)")}><title>{format!("record {ord} · key {key}")}</title></rect>
                }
            });
            parts.push(html! {
                <g class={classes!("lane", (!sh.open).then_some("closed"), fresh.then_some("fresh"))}
                    role="group" aria-label={format!("Shard lane {} of stream {}", label, v.name)}>
                    <text class="lane-text" x={MARGIN.to_string()} y={(ly + 16.0).to_string()}>{&label}</text>
                    <rect class="lane-bg" x={bar_x.to_string()} y={ly.to_string()} width={lane_w.to_string()} height={LANE_H.to_string()} rx="3" />
                    { for tick_html }
                    <text class="lane-count" x={(bar_x + 6.0).to_string()} y={(ly + 16.0).to_string()}>{format!("{} records", sh.records)}</text>
                    { for readers.iter().filter(|(s, x, _, _)| *s == id && *x == sh.index).map(|(_, _, ord, label)| {
                        let age = last.saturating_sub(*ord) as f64;
                        let x = (bar_x + lane_w - 6.0 - age * (lane_w - 12.0) / LANE_TICKS as f64).max(bar_x + 2.0);
                        html! {
                            <g class="reader">
                                <title>{format!("{label}: next record {ord}")}</title>
                                <path d={format!("M {:.1} {:.1} l -5 -7 h 10 z", x, ly)} />
                                <line x1={format!("{x:.1}")} y1={ly.to_string()} x2={format!("{x:.1}")} y2={(ly + LANE_H).to_string()} />
                            </g>
                        }
                    }) }
                    if let Some(o) = flash {
                        <g class="throttle" opacity={format!("{o:.2}")}>
                            <title>{"ProvisionedThroughputExceededException: this shard takes 1,000 records and 1 MiB per second"}</title>
                            <rect x={bar_x.to_string()} y={ly.to_string()} width={lane_w.to_string()} height={LANE_H.to_string()} rx="3" />
                            <text x={(bar_x + lane_w / 2.0).to_string()} y={(ly + 16.0).to_string()} text-anchor="middle">{"throttled"}</text>
                        </g>
                    }
                </g>
            });
        }
        ly += rest.len() as f64 * (LANE_H + 4.0);
        out.push(html! {
            <g class={classes!("stream", is_selected.then_some("selected"))} role="button" tabindex="0"
                aria-label={format!("Stream {} on the diagram", v.name)} onclick={onclick}>
                { for parts }
            </g>
        });
        y = ly + ROW_GAP;
    }
    (html! { <>{ for out }</> }, y + MARGIN)
}

/// What one frame draws, read from the world in one pass.
struct Scene {
    laid: Vec<Laid>,
    topics: Vec<TopicNode>,
    pills: Vec<EndpointNode>,
    buckets: Vec<BucketNode>,
    firehoses: Vec<FirehoseNode>,
    /// Objects a delivery stream just wrote: (stream, when ms).
    flushes: Vec<(u32, u64)>,
    now: crate::sim::SimTime,
    /// Messages moving between queues: (from, to, when).
    moving: Vec<(u32, u32, crate::sim::SimTime)>,
    recent: Vec<Recent>,
    /// Why a recent message was filtered out: (subscription, message, reason).
    explain: Vec<(u32, u64, String)>,
    streams: Vec<StreamLanes>,
    /// Shards that just throttled a put: (stream, shard, when ms).
    throttled: Vec<(u32, u32, u64)>,
    /// Shards a split or merge just made: (stream, shard, when ms).
    resharded: Vec<(u32, u32, u64)>,
    /// Readers' positions: (stream, shard, next ordinal, who).
    readers: Vec<(u32, u32, u64, String)>,
    queues_hidden: usize,
    /// The first queue column's x.
    x0: f64,
}

#[function_component(Diagram)]
pub fn diagram(p: &Props) -> Html {
    let Scene {
        laid,
        topics,
        pills,
        buckets,
        firehoses,
        flushes,
        now,
        moving,
        recent,
        explain,
        streams,
        throttled,
        resharded,
        readers,
        queues_hidden,
        x0,
    } = with_host(|h| {
        let sqs = &h.world.sqs;
        let sns = &h.world.sns;
        let has_topics = sns.topics().next().is_some();
        let has_buckets =
            h.world.s3.buckets().next().is_some() || h.world.firehose.streams().next().is_some();
        // Columns left to right: delivery streams over buckets, topics,
        // queues, dead-letter queues.
        let tx = if has_buckets {
            MARGIN + BUCKET_W + COL_GAP
        } else {
            MARGIN
        };
        let x0 = if has_topics {
            tx + TOPIC_W + COL_GAP
        } else {
            tx
        };
        let all_queues = sqs.queues();
        let queues_hidden = all_queues.len().saturating_sub(QUEUES_MAX);
        let laid = layout(
            all_queues.into_iter().take(QUEUES_MAX).collect(),
            |id| sqs.messages(id, MAX_CHIPS),
            x0,
        );
        let now = h.world.now();
        // Endpoint pills stack below the queues in the first queue column.
        let mut pill_y = laid
            .iter()
            .map(|l| l.y + NODE_H + ROW_GAP)
            .fold(MARGIN, f64::max);
        let mut pills: Vec<EndpointNode> = Vec::new();
        let mut topics = Vec::new();
        for (i, t) in sns.topics().enumerate() {
            let mut subs = Vec::new();
            // A topic with thousands of subscriptions draws the first ones and
            // says how many more there are.
            for s in t
                .subscriptions
                .iter()
                .take(SUB_EDGES_MAX)
                .filter_map(|id| sns.subscription(*id))
            {
                let queue = (s.protocol == "sqs")
                    .then(|| laid.iter().find(|l| l.q.arn == s.endpoint))
                    .flatten();
                let to = match queue {
                    Some(l) => (l.x, l.y + NODE_H / 2.0),
                    None => {
                        let label = format!(
                            "{} {}",
                            s.protocol,
                            super::sns::endpoint_label(&s.protocol, &s.endpoint)
                        );
                        let at = match pills.iter().find(|e| e.label == label) {
                            Some(e) => (e.x, e.y + PILL_H / 2.0),
                            None => {
                                pills.push(EndpointNode {
                                    label,
                                    x: x0,
                                    y: pill_y,
                                });
                                pill_y += PILL_H + 12.0;
                                (x0, pill_y - 12.0 - PILL_H / 2.0)
                            }
                        };
                        at
                    }
                };
                subs.push(SubEdge {
                    id: s.id,
                    protocol: s.protocol.clone(),
                    endpoint: s.endpoint.clone(),
                    policy: s.filter_policy.clone(),
                    pending: s.pending_confirmation,
                    to,
                });
            }
            topics.push(TopicNode {
                id: t.id,
                arn: t.arn.clone(),
                name: t.name.clone(),
                fifo: t.fifo,
                published: t.published,
                x: tx,
                y: MARGIN + i as f64 * (TOPIC_H + ROW_GAP),
                subs,
                hidden: t.subscriptions.len().saturating_sub(SUB_EDGES_MAX),
            });
        }
        let now_ms = now.as_ms();
        let firehoses: Vec<FirehoseNode> = h
            .world
            .firehose
            .streams()
            .enumerate()
            .map(|(i, d)| FirehoseNode {
                id: d.id,
                name: d.name.clone(),
                source: match &d.source {
                    crate::firehose::SourceKind::DirectPut { .. } => "Direct PUT".into(),
                    crate::firehose::SourceKind::KinesisStream { stream_arn, .. } => {
                        format!("stream {}", stream_arn.rsplit('/').next().unwrap_or(""))
                    }
                },
                race: d.delivery_race(now_ms),
                bucket: d.destination.bucket().to_string(),
                delivered: d.counters.delivered_objects,
                y: MARGIN + i as f64 * (FIREHOSE_H + ROW_GAP),
            })
            .collect();
        let buckets_y = firehoses
            .last()
            .map_or(MARGIN, |f| f.y + FIREHOSE_H + ROW_GAP);
        let buckets: Vec<BucketNode> = h
            .world
            .s3
            .buckets()
            .enumerate()
            .map(|(i, b)| BucketNode {
                name: b.name.clone(),
                objects: b.objects.len(),
                keys: b.objects.keys().take(BUCKET_KEYS).cloned().collect(),
                configs: b
                    .notification
                    .destinations
                    .iter()
                    .map(|c| (c.arn.clone(), super::s3::config_label(c)))
                    .collect(),
                y: buckets_y + i as f64 * (BUCKET_H + ROW_GAP),
            })
            .collect();
        let mut flushes = Vec::new();
        // Messages that moved between queues in the last TRAVEL_MS of virtual
        // time, and what SNS did in the last FADE_MS.
        let mut moving = Vec::new();
        let mut recent = Vec::new();
        let mut throttled: Vec<(u32, u32, u64)> = Vec::new();
        let mut resharded: Vec<(u32, u32, u64)> = Vec::new();
        // One scan of the recent journal for every animation (a burst of
        // throttled puts can be a thousand entries at one instant).
        for e in h.world.sim.journal.entries().rev().take(SCAN_MAX * 4) {
            let age = now.since(e.at);
            if age > FADE_MS.max(TRAVEL_MS) {
                break;
            }
            let at = e.at.as_ms();
            match &e.event {
                Event::Sqs(
                    SqsEvent::MovedToDlq { from, to, .. }
                    | SqsEvent::MessageRedriven { from, to, .. },
                ) if age <= TRAVEL_MS && moving.len() < 50 => moving.push((*from, *to, e.at)),
                Event::Sns(
                    SnsEvent::Delivered { subscription, .. }
                    | SnsEvent::DeliveredToQueue { subscription, .. },
                ) if age <= TRAVEL_MS => recent.push(Recent::Delivered {
                    sub: *subscription,
                    at,
                }),
                Event::Sns(SnsEvent::DeliveryFailed {
                    subscription, code, ..
                }) => recent.push(Recent::Failed {
                    sub: *subscription,
                    at,
                    code: code.clone(),
                }),
                Event::Sns(SnsEvent::RetryScheduled {
                    subscription,
                    attempt,
                    due_ms,
                    ..
                }) => recent.push(Recent::Retry {
                    sub: *subscription,
                    at,
                    attempt: *attempt,
                    due_ms: *due_ms,
                }),
                Event::Sns(SnsEvent::DeliveryThrottled {
                    subscription,
                    due_ms,
                    ..
                }) => recent.push(Recent::Throttled {
                    sub: *subscription,
                    at,
                    due_ms: *due_ms,
                }),
                Event::Sns(SnsEvent::RedrivenToDlq { subscription, .. }) => {
                    recent.push(Recent::Redriven {
                        sub: *subscription,
                        at,
                    })
                }
                Event::Firehose(crate::firehose::FirehoseEvent::ObjectDelivered {
                    stream, ..
                }) if age <= TRAVEL_MS && flushes.len() < 50 => flushes.push((*stream, at)),
                Event::S3(S3Event::NotificationDelivered {
                    bucket,
                    destination,
                    ..
                }) if age <= TRAVEL_MS => recent.push(Recent::S3Delivered {
                    bucket: bucket.clone(),
                    destination: destination.clone(),
                    at,
                }),
                Event::S3(S3Event::NotificationFailed {
                    bucket,
                    destination,
                    reason,
                    ..
                }) => recent.push(Recent::S3Failed {
                    bucket: bucket.clone(),
                    destination: destination.clone(),
                    at,
                    reason: reason.clone(),
                }),
                Event::Sns(SnsEvent::FilteredOut { topic, message, .. }) => {
                    recent.push(Recent::FilteredOut {
                        topic: *topic,
                        message: *message,
                        at,
                    })
                }
                Event::Kinesis(KinesisEvent::WriteThrottled { stream, shard })
                    if !throttled
                        .iter()
                        .any(|(s, sh, _)| s == stream && sh == shard) =>
                {
                    throttled.push((*stream, *shard, e.at.as_ms()));
                }
                Event::Kinesis(KinesisEvent::ShardSplit {
                    stream, children, ..
                }) => {
                    for c in children {
                        resharded.push((*stream, *c, e.at.as_ms()));
                    }
                }
                Event::Kinesis(KinesisEvent::ShardsMerged { stream, child, .. }) => {
                    resharded.push((*stream, *child, e.at.as_ms()));
                }
                _ => {}
            }
        }
        // Why each recently filtered message did not pass each subscription.
        let mut explain: Vec<(u32, u64, String)> = Vec::new();
        for r in &recent {
            if let Recent::FilteredOut { topic, message, .. } = r {
                for t in topics.iter().filter(|t| t.id == *topic) {
                    for s in &t.subs {
                        if let Some(d) = sns.explain_recent(s.id, *message) {
                            if !d.is_match() {
                                explain.push((s.id, *message, d.explanation()));
                            }
                        }
                    }
                }
            }
        }
        let streams: Vec<StreamLanes> = h
            .world
            .kinesis
            .streams()
            .into_iter()
            .map(|st| {
                let ticks = st
                    .shards
                    .iter()
                    .map(|sh| {
                        h.world
                            .kinesis
                            .newest_records(st.id, sh.index, now.as_ms(), LANE_TICKS)
                            .iter()
                            .map(|r| {
                                (
                                    r.ordinal,
                                    super::kinesis::key_hue(&r.partition_key),
                                    r.partition_key.clone(),
                                )
                            })
                            .collect()
                    })
                    .collect();
                let sql_tags = h
                    .world
                    .analytics
                    .apps()
                    .flat_map(|a| {
                        let reads = a.input.as_ref().is_some_and(|i| i.arn == st.arn);
                        let writes = a.outputs.iter().any(|o| o.arn == st.arn);
                        let status = a.status.as_str();
                        reads
                            .then(|| format!("→ SQL app {} ({status})", a.name))
                            .into_iter()
                            .chain(writes.then(|| format!("← SQL app {}", a.name)))
                    })
                    .collect();
                StreamLanes {
                    view: st,
                    ticks,
                    sql_tags,
                }
            })
            .collect();
        // Where readers are: each enhanced fan-out subscription's next
        // record, and the newest GetRecords read of each shard.
        let mut readers: Vec<(u32, u32, u64, String)> = h
            .world
            .kinesis
            .subscriptions()
            .filter(|s| !s.ended)
            .map(|s| {
                (
                    s.stream,
                    s.shard,
                    s.next,
                    format!("enhanced fan-out subscription #{}", s.id),
                )
            })
            .collect();
        // KCL workers: where each held lease's checkpoint is.
        for t in h.world.clients.kcl_apps() {
            for l in t.leases.values() {
                let (Some(owner), Some((sid, shard, _, ord))) = (
                    &l.lease_owner,
                    crate::kinesis::stream::parse_sequence_number(&l.checkpoint),
                ) else {
                    continue;
                };
                readers.push((
                    sid,
                    shard,
                    ord + 1,
                    format!("KCL {owner} ({}): checkpoint", t.spec.name),
                ));
            }
        }
        for e in h.world.sim.journal.entries().rev().take(SCAN_MAX * 5) {
            if let Event::Kinesis(KinesisEvent::RecordsRead {
                stream,
                shard,
                from,
                count,
            }) = &e.event
            {
                if !readers
                    .iter()
                    .any(|(s, sh, _, l)| s == stream && sh == shard && l.starts_with("GetRecords"))
                {
                    readers.push((
                        *stream,
                        *shard,
                        from + u64::from(*count),
                        "GetRecords reader (last read)".into(),
                    ));
                }
            }
        }
        Scene {
            laid,
            topics,
            pills,
            buckets,
            firehoses,
            flushes,
            now,
            moving,
            recent,
            explain,
            streams,
            throttled,
            resharded,
            readers,
            queues_hidden,
            x0,
        }
    });
    if laid.is_empty()
        && topics.is_empty()
        && buckets.is_empty()
        && firehoses.is_empty()
        && streams.is_empty()
    {
        return html! {
            <main class="diagram" aria-label="Live diagram">
                <svg class="diagram-svg" role="img" aria-label="Diagram of resources and message flows" viewBox="0 0 800 400">
                    <text x="400" y="190" text-anchor="middle" class="diagram-empty">
                        {"No resources yet: add one on the left (+),"}
                    </text>
                    <text x="400" y="212" text-anchor="middle" class="diagram-empty">
                        {"or type aws sqs create-queue --queue-name orders below."}
                    </text>
                </svg>
            </main>
        };
    }
    let pos = |id: u32| laid.iter().find(|l| l.q.id == id).map(|l| (l.x, l.y));
    // Simulated clients as tags on what they write to or read from:
    // (target URL / ARN / name, text, crashed).
    let client_tags: Vec<(String, String, bool)> = with_host(|h| {
        h.world
            .clients
            .views()
            .into_iter()
            .map(|v| {
                let arrow = if v.kind == "producer" { "⇢" } else { "⇠" };
                (
                    v.target.clone(),
                    format!(
                        "{arrow} {} · {}",
                        v.name,
                        super::clients::state_label(v.state)
                    ),
                    v.state == crate::clients::ClientState::Crashed,
                )
            })
            .chain(h.world.lambda.mappings().filter_map(|m| {
                // A function's trigger is tagged on the queue it reads (one
                // of the frame's laid-out queues; no snapshot per mapping).
                let q = &laid.iter().find(|l| l.q.arn == m.source_arn)?.q;
                let f = h.world.lambda.function(m.function)?;
                Some((
                    q.url.clone(),
                    format!("λ {} · {} running · {}", f.name, f.running, m.state),
                    false,
                ))
            }))
            .collect()
    });
    let tags_for = |target: &str, x: f64, y: f64, dy: f64| -> Vec<Html> {
        client_tags
            .iter()
            .filter(|(t, _, _)| t == target)
            .take(4)
            .enumerate()
            .map(|(k, (_, text, crashed))| {
                html! {
                    <text class={classes!("client-tag", crashed.then_some("crashed"))}
                        x={x.to_string()} y={(y + dy * k as f64).to_string()}>{text.clone()}</text>
                }
            })
            .collect()
    };
    let mut client_marks: Vec<Html> = Vec::new();
    for l in &laid {
        client_marks.extend(tags_for(&l.q.url, l.x + 10.0, l.y + NODE_H - 8.0, -13.0));
    }
    for t in &topics {
        client_marks.extend(tags_for(&t.arn, t.x + 18.0, t.y + TOPIC_H + 26.0, 13.0));
    }
    // CloudWatch alarms on a queue or topic: a badge by the node's title,
    // red in ALARM, grey while data is insufficient.
    let alarm_badge = |alarms: Vec<(String, &'static str)>, x: f64, y: f64| -> Option<Html> {
        if alarms.is_empty() {
            return None;
        }
        let worst = if alarms.iter().any(|a| a.1 == "ALARM") {
            "ALARM"
        } else if alarms.iter().any(|a| a.1 == "INSUFFICIENT_DATA") {
            "INSUFFICIENT_DATA"
        } else {
            "OK"
        };
        let detail = alarms
            .iter()
            .map(|(n, s)| format!("{n}: {s}"))
            .collect::<Vec<_>>()
            .join("\n");
        Some(html! {
            <text class={classes!("alarm-badge", worst.to_lowercase())} x={x.to_string()} y={y.to_string()} text-anchor="end"
                aria-label={format!("Alarms: {}", detail.replace('\n', ", "))}>
                {format!("● {}", if worst == "INSUFFICIENT_DATA" { "INSUFFICIENT" } else { worst })}
                <title>{detail}</title>
            </text>
        })
    };
    with_host(|h| {
        for l in &laid {
            let a = crate::view::alarms_on(
                &h.world,
                &l.q.account_id,
                "AWS/SQS",
                "QueueName",
                &l.q.name,
            );
            client_marks.extend(alarm_badge(a, l.x + NODE_W - 8.0, l.y + 20.0));
        }
        for t in &topics {
            let account = t.arn.split(':').nth(4).unwrap_or_default();
            let a = crate::view::alarms_on(&h.world, account, "AWS/SNS", "TopicName", &t.name);
            client_marks.extend(alarm_badge(a, t.x + TOPIC_W - 8.0, t.y + 27.0));
        }
    });
    // Where an S3 destination's edge ends: a queue or a topic, by ARN.
    let target = |arn: &str| -> Option<(f64, f64)> {
        laid.iter()
            .find(|l| l.q.arn == arn)
            .map(|l| (l.x - 6.0, l.y + NODE_H / 2.0))
            .or_else(|| {
                topics
                    .iter()
                    .find(|t| t.arn == arn)
                    .map(|t| (t.x - 6.0, t.y + TOPIC_H / 2.0))
            })
    };
    let bucket_out = |name: &str| {
        buckets
            .iter()
            .find(|b| b.name == name)
            .map(|b| (MARGIN + BUCKET_W, b.y + BUCKET_H / 2.0))
    };
    let top_height = laid
        .iter()
        .map(|l| l.y + NODE_H)
        .chain(topics.iter().map(|t| t.y + TOPIC_H))
        .chain(pills.iter().map(|e| e.y + PILL_H))
        .chain(buckets.iter().map(|b| b.y + BUCKET_H))
        .chain(firehoses.iter().map(|f| f.y + FIREHOSE_H))
        .fold(0.0, f64::max)
        + MARGIN;
    let lanes_width = (x0 + NODE_W * 2.0 + COL_GAP - MARGIN).max(LANES_MIN_W);
    let now_ms = now.as_ms();
    let (stream_blocks, height) = stream_lanes(
        &streams,
        top_height,
        lanes_width,
        now_ms,
        &throttled,
        &resharded,
        &readers,
        &p.select,
        p.selected.as_ref(),
    );
    let width = (x0 + NODE_W * 2.0 + COL_GAP + MARGIN).max(LANES_MIN_W + 2.0 * MARGIN);
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
    let sub_edge = |sid: u32| {
        topics.iter().find_map(|t| {
            t.subs
                .iter()
                .find(|s| s.id == sid)
                .map(|s| ((t.x + TOPIC_W, t.y + TOPIC_H / 2.0), (s.to.0 - 6.0, s.to.1)))
        })
    };
    let mut sns_edges = Vec::new();
    for t in &topics {
        for s in &t.subs {
            let a = (t.x + TOPIC_W, t.y + TOPIC_H / 2.0);
            let b = (s.to.0 - 6.0, s.to.1);
            let sid = s.id;
            let select = p.select.clone();
            let onclick =
                Callback::from(move |_| select.emit(Some(super::Selection::Subscription(sid))));
            let label = format!(
                "Subscription {} {} on the diagram",
                s.protocol,
                super::sns::endpoint_label(&s.protocol, &s.endpoint)
            );
            let badge = s.policy.as_ref().map(|policy| {
                let (bx, by) = along(a, b, 0.62);
                html! {
                    <g class="filter-badge">
                        <title>{format!("Filter policy: {policy}")}</title>
                        <rect x={(bx - 22.0).to_string()} y={(by - 9.0).to_string()} width="44" height="18" rx="9" />
                        <text x={bx.to_string()} y={(by + 4.0).to_string()} text-anchor="middle">{"filter"}</text>
                    </g>
                }
            });
            let selected = p.selected == Some(super::Selection::Subscription(sid));
            sns_edges.push(html! {
                <g class={classes!("sub-edge", selected.then_some("selected"), s.pending.then_some("pending"))} role="button" tabindex="0" aria-label={label} onclick={onclick}>
                    <path d={curve(a, b)} marker-end="url(#arrow)" />
                    { for badge }
                </g>
            });
        }
    }
    let mut marks = Vec::new();
    for r in &recent {
        match r {
            Recent::Delivered { sub, at } => {
                if let Some((a, b)) = sub_edge(*sub) {
                    let f = (now_ms.saturating_sub(*at)) as f64 / TRAVEL_MS as f64;
                    let (x, y) = along(a, b, f.min(1.0));
                    marks.push(html! { <circle class="dot delivered" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="5" /> });
                }
            }
            Recent::Failed { sub, at, code } => {
                if let Some((_, b)) = sub_edge(*sub) {
                    let o = 1.0 - (now_ms.saturating_sub(*at)) as f64 / FADE_MS as f64;
                    marks.push(html! {
                        <text class="failed-mark" x={(b.0 - 14.0).to_string()} y={(b.1 - 8.0).to_string()} opacity={format!("{o:.2}")}>
                            {"✕ failed"}<title>{format!("Delivery failed: {code}")}</title>
                        </text>
                    });
                }
            }
            Recent::Retry {
                sub,
                at,
                attempt,
                due_ms,
            } => {
                if let Some((_, b)) = sub_edge(*sub) {
                    let o = 1.0 - (now_ms.saturating_sub(*at)) as f64 / FADE_MS as f64;
                    marks.push(html! {
                        <text class="retry-mark" x={(b.0 - 60.0).to_string()} y={(b.1 + 16.0).to_string()} opacity={format!("{o:.2}")}>
                            {format!("↻ retry {attempt}")}<title>{format!("Retry {attempt} due at {}", crate::sim::SimTime(*due_ms))}</title>
                        </text>
                    });
                }
            }
            Recent::Throttled { sub, at, due_ms } => {
                if let Some((_, b)) = sub_edge(*sub) {
                    let o = 1.0 - (now_ms.saturating_sub(*at)) as f64 / FADE_MS as f64;
                    marks.push(html! {
                        <text class="retry-mark" x={(b.0 - 60.0).to_string()} y={(b.1 + 16.0).to_string()} opacity={format!("{o:.2}")}>
                            {"‖ throttled"}<title>{format!("The subscription's throttle policy allows no more deliveries this second: held until {}", crate::sim::SimTime(*due_ms))}</title>
                        </text>
                    });
                }
            }
            Recent::Redriven { sub, at } => {
                if let Some((_, b)) = sub_edge(*sub) {
                    let o = 1.0 - (now_ms.saturating_sub(*at)) as f64 / FADE_MS as f64;
                    marks.push(html! {
                        <text class="failed-mark" x={(b.0 - 60.0).to_string()} y={(b.1 + 16.0).to_string()} opacity={format!("{o:.2}")}>
                            {"→ dead-letter queue"}<title>{"Retries exhausted or a client-side error: the message went to the subscription's dead-letter queue"}</title>
                        </text>
                    });
                }
            }
            Recent::S3Delivered {
                bucket,
                destination,
                at,
            } => {
                if let (Some(a), Some(b)) = (bucket_out(bucket), target(destination)) {
                    let f = (now_ms.saturating_sub(*at)) as f64 / TRAVEL_MS as f64;
                    let (x, y) = along(a, b, f.min(1.0));
                    marks.push(html! { <circle class="dot s3" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="5" /> });
                }
            }
            Recent::S3Failed {
                bucket,
                destination,
                at,
                reason,
            } => {
                if let (Some(_), Some(b)) = (bucket_out(bucket), target(destination)) {
                    let o = 1.0 - (now_ms.saturating_sub(*at)) as f64 / FADE_MS as f64;
                    marks.push(html! {
                        <text class="failed-mark" x={(b.0 - 70.0).to_string()} y={(b.1 - 10.0).to_string()} opacity={format!("{o:.2}")}>
                            {"✕ not delivered"}<title>{format!("S3 could not deliver: {reason}")}</title>
                        </text>
                    });
                }
            }
            Recent::FilteredOut { message, at, .. } => {
                let o = 1.0 - (now_ms.saturating_sub(*at)) as f64 / FADE_MS as f64;
                for (sid, _, why) in explain.iter().filter(|(_, m, _)| m == message) {
                    if let Some((a, b)) = sub_edge(*sid) {
                        let (x, y) = along(a, b, 0.25);
                        marks.push(html! {
                            <g class="filtered-mark" opacity={format!("{o:.2}")}>
                                <title>{format!("Filtered out message #{message}: {why}")}</title>
                                <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="8" />
                                <text x={format!("{x:.1}")} y={format!("{:.1}", y + 4.0)} text-anchor="middle">{"✕"}</text>
                            </g>
                        });
                    }
                }
            }
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
    let mut s3_edges = Vec::new();
    for b in &buckets {
        let a = (MARGIN + BUCKET_W, b.y + BUCKET_H / 2.0);
        for (arn, label) in &b.configs {
            if let Some(to) = target(arn) {
                let (lx, ly) = along(a, to, 0.5);
                s3_edges.push(html! {
                    <g class="s3-edge">
                        <title>{label}</title>
                        <path d={curve(a, to)} marker-end="url(#arrow)" />
                        { for short_events(label).iter().enumerate().map(|(i, line)| html! {
                            <text x={format!("{lx:.1}")} y={format!("{:.1}", ly - 16.0 + i as f64 * 11.0)} text-anchor="middle">{line.clone()}</text>
                        }) }
                    </g>
                });
            }
        }
    }
    let bucket_nodes = buckets.iter().map(|b| {
        let (select, name) = (p.select.clone(), b.name.clone());
        let onclick = Callback::from(move |_| select.emit(Some(super::Selection::Bucket(name.clone()))));
        let selected = p.selected == Some(super::Selection::Bucket(b.name.clone()));
        html! {
            <g class={classes!("qnode", "bnode", selected.then_some("selected"))} role="button" tabindex="0"
                aria-label={format!("Bucket {} on the diagram", b.name)} onclick={onclick}>
                <rect x={MARGIN.to_string()} y={b.y.to_string()} width={BUCKET_W.to_string()} height={BUCKET_H.to_string()} rx="4" />
                <text class="qtitle" x={(MARGIN + 10.0).to_string()} y={(b.y + 20.0).to_string()}>{short(&b.name, 24)}<title>{b.name.clone()}</title></text>
                <text class="qsub" x={(MARGIN + 10.0).to_string()} y={(b.y + 36.0).to_string()}>{format!("bucket · {} objects", b.objects)}</text>
                { for b.keys.iter().enumerate().map(|(i, k)| html! {
                    <text class="bkey" x={(MARGIN + 14.0).to_string()} y={(b.y + 54.0 + i as f64 * 14.0).to_string()}>{short(k, 26)}</text>
                }) }
            </g>
        }
    });
    // A delivery stream's edge runs down its own x (one per stream, so that
    // edges passing other streams' nodes stay apart) into its bucket's top.
    let firehose_edge = |k: usize, f: &FirehoseNode| -> Option<((f64, f64), (f64, f64))> {
        let b = buckets.iter().find(|b| b.name == f.bucket)?;
        let x = MARGIN + BUCKET_W - 18.0 - 14.0 * k as f64;
        Some(((x, f.y + FIREHOSE_H), (x, b.y - 6.0)))
    };
    let mut firehose_edges = Vec::new();
    for (k, f) in firehoses.iter().enumerate() {
        if let Some((a, b)) = firehose_edge(k, f) {
            firehose_edges.push(html! {
                <g class="s3-edge firehose-edge">
                    <title>{format!("{} delivers its objects into bucket {}", f.name, f.bucket)}</title>
                    <line x1={a.0.to_string()} y1={a.1.to_string()} x2={b.0.to_string()} y2={b.1.to_string()} marker-end="url(#arrow)" />
                </g>
            });
        }
        for (_, at) in flushes.iter().filter(|(s, _)| *s == f.id) {
            if let Some((a, b)) = firehose_edge(k, f) {
                let t = (now_ms.saturating_sub(*at)) as f64 / TRAVEL_MS as f64;
                let (x, y) = along(a, b, t.min(1.0));
                marks.push(html! { <rect class="dot s3 object" x={format!("{:.1}", x - 5.0)} y={format!("{:.1}", y - 5.0)} width="10" height="10" rx="2" /> });
            }
        }
    }
    let firehose_nodes = firehoses.iter().map(|f| {
        let (select, id) = (p.select.clone(), f.id);
        let onclick = Callback::from(move |_| select.emit(Some(super::Selection::DeliveryStream(id))));
        let selected = p.selected == Some(super::Selection::DeliveryStream(f.id));
        let (x, y) = (MARGIN, f.y);
        let bar_w = BUCKET_W - 20.0;
        let leader = f.race.leader();
        let bar = |k: f64, label: String, fraction: f64, lead: bool| html! {
            <g class={classes!("fbar", lead.then_some("leader"))}>
                <text class="qsub" x={(x + 10.0).to_string()} y={(y + 48.0 + k * 22.0).to_string()}>{label}</text>
                <rect class="fbar-track" x={(x + 10.0).to_string()} y={(y + 52.0 + k * 22.0).to_string()} width={bar_w.to_string()} height="5" rx="2" />
                <rect class="fbar-fill" x={(x + 10.0).to_string()} y={(y + 52.0 + k * 22.0).to_string()} width={format!("{:.1}", bar_w * fraction)} height="5" rx="2" />
            </g>
        };
        let size_pct = (f.race.size_fraction() * 100.0).round();
        let time_pct = (f.race.time_fraction() * 100.0).round();
        html! {
            <g class={classes!("qnode", "fnode", selected.then_some("selected"))} role="button" tabindex="0"
                aria-label={format!("Delivery stream {} on the diagram: buffer {size_pct}% by size, {time_pct}% by time", f.name)} onclick={onclick}>
                <rect x={x.to_string()} y={y.to_string()} width={BUCKET_W.to_string()} height={FIREHOSE_H.to_string()} rx="4" />
                <text class="qtitle" x={(x + 10.0).to_string()} y={(y + 20.0).to_string()}>{format!("⇶ {}", short(&f.name, 22))}<title>{f.name.clone()}</title></text>
                <text class="qsub" x={(x + 10.0).to_string()} y={(y + 34.0).to_string()}>{format!("from {} · {} objects", f.source, f.delivered)}</text>
                { bar(0.0, format!("buffer by size {size_pct}%"), f.race.size_fraction(), leader == "size") }
                { bar(1.0, format!("by time {time_pct}% of {} s", f.race.interval_ms / 1000), f.race.time_fraction(), leader == "interval") }
            </g>
        }
    });
    let topic_nodes = topics.iter().map(|t| {
        let (select, id) = (p.select.clone(), t.id);
        let onclick = Callback::from(move |_| select.emit(Some(super::Selection::Topic(id))));
        let selected = p.selected == Some(super::Selection::Topic(t.id));
        html! {
            <g class={classes!("qnode", "tnode", selected.then_some("selected"))} role="button" tabindex="0"
                aria-label={format!("Topic {} on the diagram", t.name)} onclick={onclick}>
                <rect x={t.x.to_string()} y={t.y.to_string()} width={TOPIC_W.to_string()} height={TOPIC_H.to_string()} rx="32" />
                <text class="qtitle" x={(t.x + 18.0).to_string()} y={(t.y + 27.0).to_string()}>{format!("◉ {}", short(&t.name, 20))}<title>{t.name.clone()}</title></text>
                <text class="qsub" x={(t.x + 18.0).to_string()} y={(t.y + 45.0).to_string()}>
                    {format!("{}{} published · {} subs", if t.fifo { "FIFO · " } else { "" }, t.published, t.subs.len() + t.hidden)}
                </text>
            </g>
        }
    });
    let pill_nodes = pills.iter().map(|e| html! {
        <g class="pill">
            <rect x={e.x.to_string()} y={e.y.to_string()} width={NODE_W.to_string()} height={PILL_H.to_string()} rx="15" />
            <text x={(e.x + 14.0).to_string()} y={(e.y + 19.0).to_string()}>{short(&e.label, 36)}<title>{&e.label}</title></text>
        </g>
    });
    html! {
        <main class="diagram" aria-label="Live diagram">
            // Never drawn below MIN_SCALE: a world of many resources makes the
            // pane scroll rather than shrink every label to a pixel.
            <svg class="diagram-svg" role="img" aria-label="Diagram of resources and message flows"
                viewBox={format!("0 0 {width} {height}")} preserveAspectRatio="xMidYMin meet"
                style={format!("min-width: {:.0}px; min-height: {:.0}px", width * MIN_SCALE, height * MIN_SCALE)}>
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead" />
                    </marker>
                </defs>
                { for edges }
                { for s3_edges }
                { for firehose_edges }
                { for sns_edges }
                { for bucket_nodes }
                { for firehose_nodes }
                { for topic_nodes }
                { for pill_nodes }
                { for laid.iter().map(|l| node(l, now.as_ms(), p.selected == Some(super::Selection::Queue(l.q.id)), &p.select)) }
                { for dots }
                { for marks }
                { for client_marks }
                if queues_hidden > 0 {
                    <text class="qmore" x={x0.to_string()} y={(top_height - 6.0).to_string()}>
                        {format!("+{queues_hidden} more queues not drawn (all are in the list on the left)")}
                    </text>
                }
                { for topics.iter().filter(|t| t.hidden > 0).map(|t| html! {
                    <text class="qmore" x={(t.x + 18.0).to_string()} y={(t.y + TOPIC_H + 12.0).to_string()}>
                        {format!("+{} more subscriptions not drawn", t.hidden)}
                    </text>
                }) }
                { stream_blocks }
            </svg>
        </main>
    }
}
