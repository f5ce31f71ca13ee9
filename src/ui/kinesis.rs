//! Kinesis Data Streams in the page: the stream list with its creation form
//! (left) and the stream inspector (right): put records (one, or a burst with
//! one hot partition key to watch a shard throttle), where a partition key lands
//! on the hash-key space, the shards with their ranges and lineage, split (with
//! "split in the middle"), merge and UpdateShardCount, and a data viewer. Every
//! change is a Kinesis API call through `World::call`; the viewer reads the
//! engine's snapshot (it spends no read quota, as a console peek would not).

use super::{area_value, call, input_value, select_value, Selection};
use crate::kinesis::view::ShardView;
use crate::model::Service;
use crate::web::with_host;
use crate::world::CallResult;
use base64::Engine as _;
use serde_json::{json, Value};
use yew::prelude::*;

fn kinesis_call(op: &str, input: Value) -> CallResult {
    call(Service::Kinesis, op, input)
}

/// A partition key's position on the hash-key space: the MD5 of its UTF-8
/// bytes as a big-endian 128-bit integer, as Kinesis routes it.
pub fn hash_key(partition_key: &str) -> u128 {
    u128::from_str_radix(&crate::util::md5_hex(partition_key.as_bytes()), 16).unwrap_or(0)
}

/// A colour for a partition key (the same key, the same hue).
pub fn key_hue(partition_key: &str) -> u32 {
    (hash_key(partition_key) % 360) as u32
}

/// A shard's range as percentages of the key space.
pub fn range_label(s: &ShardView) -> String {
    format!(
        "{:.1}–{:.1}%",
        f64::from(s.start_ppm) / 10_000.0,
        f64::from(s.end_ppm) / 10_000.0
    )
}

/// Most records one burst may put (each is one PutRecord call).
const BURST_MAX: u32 = 5_000;
/// Records the data viewer lists.
const VIEWER_RECORDS: usize = 20;

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub frame: u64,
    pub selected: Option<Selection>,
    pub select: Callback<Option<Selection>>,
    pub redraw: Callback<()>,
}

/// The "Streams" section of the resource list.
#[function_component(StreamList)]
pub fn stream_list(p: &ListProps) -> Html {
    let open = use_state(|| false);
    let name = use_node_ref();
    let shards = use_node_ref();
    let mode = use_node_ref();
    let problem = use_state(|| None::<String>);
    let rows: Vec<(u32, String, String, usize)> = with_host(|h| {
        h.world
            .kinesis
            .streams()
            .into_iter()
            .map(|s| {
                let open = s.shards.iter().filter(|sh| sh.open).count();
                (
                    s.id,
                    super::placed_name(&s.name, &s.account_id, &s.region),
                    s.status.as_str().to_string(),
                    open,
                )
            })
            .collect()
    });
    let onsubmit = {
        let (name, shards, mode, problem, open, select, redraw) = (
            name.clone(),
            shards.clone(),
            mode.clone(),
            problem.clone(),
            open.clone(),
            p.select.clone(),
            p.redraw.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let n = input_value(&name);
            let m = select_value(&mode);
            let mut input = json!({"StreamName": n, "StreamModeDetails": {"StreamMode": m}});
            if m == "PROVISIONED" {
                match super::whole_number(&shards, "Shard count", 1) {
                    Ok(count) => input["ShardCount"] = json!(count),
                    Err(e) => return problem.set(Some(e)),
                }
            }
            let r = kinesis_call("CreateStream", input);
            super::finish_create(&r, &problem, &open, &redraw, || {
                let id = with_host(|h| {
                    h.world.kinesis.stream_id(
                        crate::world::DEFAULT_ACCOUNT_ID,
                        crate::world::DEFAULT_REGION,
                        &n,
                    )
                });
                if let Some(id) = id {
                    select.emit(Some(Selection::Stream(id)));
                }
            });
        })
    };
    html! {
        <section class="resource-kind">
            { super::kind_heading("Streams", "Add stream", &open) }
            if *open {
                <form class="create-form" oninput={super::clear_on_input(&problem)} aria-label="Create stream" onsubmit={onsubmit}>
                    <label>{"Name"}<input ref={name} type="text" aria-label="Stream name" placeholder="clicks" required=true /></label>
                    <label>{"Capacity mode"}
                        <select ref={mode} aria-label="Capacity mode">
                            <option value="PROVISIONED" selected=true>{"Provisioned"}</option>
                            <option value="ON_DEMAND">{"On-demand"}</option>
                        </select>
                    </label>
                    <label>{"Shards (provisioned)"}<input ref={shards} type="number" min="1" max="500" placeholder="1" aria-label="Shard count" /></label>
                    if let Some(msg) = &*problem { <p class="problem" role="alert">{msg}</p> }
                    <button type="submit" aria-label="Create stream">{"Create stream"}</button>
                </form>
            }
            if rows.is_empty() { <p class="empty">{"none"}</p> }
            <ul class="queue-list">
                { for rows.iter().map(|(id, name, status, open)| {
                    let (select, id) = (p.select.clone(), *id);
                    let current = p.selected == Some(Selection::Stream(id));
                    html! {
                        <li>
                            <button type="button" class={classes!("queue-item", current.then_some("selected"))}
                                aria-label={format!("Stream {name}")} aria-pressed={current.to_string()}
                                onclick={Callback::from(move |_| select.emit(Some(Selection::Stream(id))))}>
                                <span class="qname">{name}</span>
                                <span class="qcounts" title="status · open shards">{format!("{status} · {open}")}</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct InspectorProps {
    pub frame: u64,
    pub stream: u32,
    pub redraw: Callback<()>,
    pub select: Callback<Option<Selection>>,
}

/// The middle of a shard's range: SplitShard's NewStartingHashKey that halves it.
fn middle(s: &ShardView) -> String {
    let (a, b): (u128, u128) = (
        s.starting_hash_key.parse().unwrap_or(0),
        s.ending_hash_key.parse().unwrap_or(0),
    );
    (a + (b - a) / 2 + 1).to_string()
}

/// The inspector for one stream.
#[function_component(StreamInspector)]
pub fn stream_inspector(p: &InspectorProps) -> Html {
    let status = use_state(|| None::<(bool, String)>);
    let key = use_state(|| "customer-42".to_string());
    let data = use_node_ref();
    let count = use_node_ref();
    let split_shard = use_node_ref();
    let split_key = use_node_ref();
    let merge_a = use_node_ref();
    let merge_b = use_node_ref();
    let target = use_node_ref();
    let viewer = use_state(|| None::<u32>);

    let Some((s, now_ms, records)) = with_host(|h| {
        let s = h
            .world
            .kinesis
            .streams()
            .into_iter()
            .find(|s| s.id == p.stream)?;
        let now_ms = h.world.now().as_ms();
        let records = viewer.map(|shard| {
            h.world
                .kinesis
                .newest_records(p.stream, shard, now_ms, VIEWER_RECORDS)
        });
        Some((s, now_ms, records))
    }) else {
        return html! { <p class="hint">{"That stream no longer exists."}</p> };
    };
    let report = super::reporter(status.clone(), p.redraw.clone());
    let name = s.name.clone();
    let on_put = {
        let (name, key, data, count, status, redraw) = (
            name.clone(),
            key.clone(),
            data.clone(),
            count.clone(),
            status.clone(),
            p.redraw.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let n: u32 = input_value(&count).parse().unwrap_or(1).clamp(1, BURST_MAX);
            let text = area_value(&data);
            let (mut stored, mut throttled, mut last_err) = (0u32, 0u32, None);
            let mut shard = String::new();
            // One PutRecord per record, all at this instant of the virtual
            // clock: more than the shard's 1,000 records/s are refused.
            for i in 0..n {
                let body = if n == 1 {
                    text.clone()
                } else {
                    format!("{text} #{i}")
                };
                let r = kinesis_call(
                    "PutRecord",
                    json!({"StreamName": name, "PartitionKey": *key,
                        "Data": base64::engine::general_purpose::STANDARD.encode(body)}),
                );
                match r {
                    Ok(v) => {
                        stored += 1;
                        shard = v["ShardId"].as_str().unwrap_or("").to_string();
                    }
                    Err(e) if e.code == "ProvisionedThroughputExceededException" => throttled += 1,
                    Err(e) => {
                        last_err = Some(format!("{}: {}", e.code, e.message));
                        break;
                    }
                }
            }
            status.set(Some(match (last_err, throttled) {
                (Some(e), _) => (false, e),
                (None, 0) => (true, format!("{stored} record(s) put on {shard}.")),
                (None, t) => (
                    false,
                    format!("{stored} record(s) put on {shard}; {t} throttled: ProvisionedThroughputExceededException (a shard takes 1,000 records or 1 MiB per second)."),
                ),
            }));
            redraw.emit(());
        })
    };
    let on_key = {
        let key = key.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            key.set(el.value());
        })
    };
    let h = hash_key(&key);
    let landing = with_host(|w| w.world.kinesis.route(p.stream, h));
    let on_split = {
        let (name, split_shard, split_key, report, shards) = (
            name.clone(),
            split_shard.clone(),
            split_key.clone(),
            report.clone(),
            s.shards.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let id = select_value(&split_shard);
            let mut k = input_value(&split_key);
            if k.is_empty() {
                if let Some(sh) = shards.iter().find(|sh| sh.shard_id == id) {
                    k = middle(sh);
                }
            }
            let r = kinesis_call(
                "SplitShard",
                json!({"StreamName": name, "ShardToSplit": id, "NewStartingHashKey": k}),
            );
            report(&r, format!("Splitting {id}."));
        })
    };
    let on_merge = {
        let (name, merge_a, merge_b, report) = (
            name.clone(),
            merge_a.clone(),
            merge_b.clone(),
            report.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (a, b) = (select_value(&merge_a), select_value(&merge_b));
            let r = kinesis_call(
                "MergeShards",
                json!({"StreamName": name, "ShardToMerge": a, "AdjacentShardToMerge": b}),
            );
            report(&r, format!("Merging {a} and {b}."));
        })
    };
    let on_scale = {
        let (name, target, report) = (name.clone(), target.clone(), report.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let n: i64 = input_value(&target).parse().unwrap_or(0);
            let r = kinesis_call(
                "UpdateShardCount",
                json!({"StreamName": name, "TargetShardCount": n, "ScalingType": "UNIFORM_SCALING"}),
            );
            report(&r, format!("Scaling to {n} shards."));
        })
    };
    let on_delete = {
        let (name, report, select) = (name.clone(), report.clone(), p.select.clone());
        Callback::from(move |_| {
            let r = kinesis_call("DeleteStream", json!({"StreamName": name}));
            report(&r, "Stream deleting.".into());
            if r.is_ok() {
                select.emit(None);
            }
        })
    };
    let open: Vec<&ShardView> = s.shards.iter().filter(|sh| sh.open).collect();
    html! {
        <div class="queue-inspector">
            <h3 class="inspector-title">{format!("Stream {}", s.name)}</h3>
            <p class="mono small">{&s.arn}</p>
            <p class="counts" role="status" aria-label="Stream state">
                {format!("{} · {} · {} open shard(s) · retention {} h{}", s.status.as_str(), s.mode.as_str(), open.len(),
                    s.retention_hours, if s.encrypted { " · encrypted (KMS)" } else { "" })}
            </p>
            { super::status_line(&status) }
            <super::metrics::MetricCharts frame={p.frame} namespace="AWS/Kinesis" dimension="StreamName" value={s.name.clone()}
                account_id={s.account_id.clone()} region={s.region.clone()}
                metrics={vec![
                    ("IncomingRecords", crate::cloudwatch::stats::Stat::Sum),
                    ("IncomingBytes", crate::cloudwatch::stats::Stat::Sum),
                    ("WriteProvisionedThroughputExceeded", crate::cloudwatch::stats::Stat::Sum),
                    ("GetRecords.IteratorAgeMilliseconds", crate::cloudwatch::stats::Stat::Maximum),
                ]} />
            <details open=true>
                <summary>{"Put records"}</summary>
                <form aria-label="Put records" onsubmit={on_put}>
                    <label>{"Partition key"}<input type="text" aria-label="Partition key" value={(*key).clone()} oninput={on_key} /></label>
                    <p class="small" aria-label="Where the key lands">
                        {format!("MD5 → {:.3}% of the hash-key space → {}", (h >> 64) as f64 / 2f64.powi(64) * 100.0,
                            landing.and_then(|i| s.shards.iter().find(|sh| sh.index == i)).map(|sh| sh.shard_id.clone()).unwrap_or_else(|| "no open shard".into()))}
                    </p>
                    <textarea ref={data} aria-label="Record data" rows="2" placeholder={r#"{"click": "buy"}"#} />
                    <label>{"How many (one PutRecord each, at this instant)"}
                        <input ref={count} type="number" min="1" max={BURST_MAX.to_string()} placeholder="1" aria-label="Record count" />
                    </label>
                    <button type="submit" aria-label="Put records">{"Put"}</button>
                </form>
            </details>
            <details open=true>
                <summary>{"Shards"}</summary>
                <table class="attrs" aria-label="Shards">
                    <tr><th>{"Shard"}</th><th>{"Hash range"}</th><th>{"State"}</th><th>{"Records"}</th></tr>
                    { for s.shards.iter().map(|sh| {
                        let (viewer, idx) = (viewer.clone(), sh.index);
                        html! {
                            <tr class={if sh.open { "" } else { "closed" }}>
                                <td class="mono">
                                    <button type="button" class="link" aria-label={format!("View records of {}", sh.shard_id)}
                                        onclick={Callback::from(move |_| viewer.set(Some(idx)))}>{&sh.shard_id}</button>
                                </td>
                                <td title={format!("{} – {}", sh.starting_hash_key, sh.ending_hash_key)}>{range_label(sh)}</td>
                                <td>{if sh.open { "OPEN".to_string() } else { format!("CLOSED → {}", sh.children.iter().map(|c| format!("{c}")).collect::<Vec<_>>().join(", ")) }}</td>
                                <td>{sh.records}</td>
                            </tr>
                        }
                    }) }
                </table>
                if let (Some(shard), Some(recs)) = (*viewer, &records) {
                    <div class="viewer" aria-label="Record viewer">
                        <p class="small">{format!("Newest {} record(s) of shard {shard}", recs.len())}</p>
                        <ul class="recent">
                            { for recs.iter().rev().map(|r| {
                                let text = base64::engine::general_purpose::STANDARD.decode(&r.data)
                                    .map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
                                html! {
                                    <li title={r.sequence_number.clone()}>
                                        <span class="key-swatch" style={format!("background: hsl({}, 65%, 50%)", key_hue(&r.partition_key))}></span>
                                        {format!("{} · {} · {} ({} ms ago)", &r.sequence_number[r.sequence_number.len() - 6..], r.partition_key, text, now_ms.saturating_sub(r.arrival_ms))}
                                    </li>
                                }
                            }) }
                        </ul>
                    </div>
                }
            </details>
            <details open=true>
                <summary>{"Reshard"}</summary>
                <form aria-label="Split shard" onsubmit={on_split}>
                    <select ref={split_shard} aria-label="Shard to split">
                        { for open.iter().enumerate().map(|(i, sh)| html!{ <option value={sh.shard_id.clone()} selected={i == 0}>{format!("{} ({})", sh.shard_id, range_label(sh))}</option> }) }
                    </select>
                    <input ref={split_key} type="text" aria-label="New starting hash key" placeholder="empty: split in the middle" />
                    <button type="submit" aria-label="Split shard">{"Split"}</button>
                </form>
                <form aria-label="Merge shards" onsubmit={on_merge}>
                    <div class="row">
                        <select ref={merge_a} aria-label="Shard to merge">
                            { for open.iter().enumerate().map(|(i, sh)| html!{ <option value={sh.shard_id.clone()} selected={i == 0}>{&sh.shard_id}</option> }) }
                        </select>
                        <select ref={merge_b} aria-label="Adjacent shard to merge">
                            { for open.iter().enumerate().map(|(i, sh)| html!{ <option value={sh.shard_id.clone()} selected={i == 1.min(open.len().saturating_sub(1))}>{&sh.shard_id}</option> }) }
                        </select>
                    </div>
                    <button type="submit" aria-label="Merge shards">{"Merge"}</button>
                </form>
                <form aria-label="Update shard count" onsubmit={on_scale}>
                    <div class="row">
                        <input ref={target} type="number" min="1" aria-label="Target shard count" placeholder={(open.len() * 2).to_string()} />
                        <button type="submit" aria-label="Update shard count">{"Update shard count"}</button>
                    </div>
                </form>
            </details>
            <FanOut stream={p.stream} name={s.name.clone()} arn={s.arn.clone()} consumers={s.consumers.clone()}
                shards={open.iter().map(|sh| sh.shard_id.clone()).collect::<Vec<_>>()} frame={p.frame} redraw={p.redraw.clone()} />
            <button type="button" class="danger" aria-label="Delete stream" onclick={on_delete}>{"Delete stream"}</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FanOutProps {
    stream: u32,
    name: String,
    arn: String,
    consumers: Vec<String>,
    shards: Vec<String>,
    frame: u64,
    redraw: Callback<()>,
}

/// Enhanced fan-out: register a consumer (RegisterStreamConsumer) and subscribe
/// it to a shard. Over the wire SubscribeToShard needs AWS's event-stream
/// framing over HTTP/2, which Switchyard refuses by name; here the page holds
/// the engine's subscription, which pushes events at the consumer's own 2 MiB/s
/// for five minutes of virtual time.
#[function_component(FanOut)]
fn fan_out(p: &FanOutProps) -> Html {
    let status = use_state(|| None::<(bool, String)>);
    let consumer_name = use_node_ref();
    let consumer = use_node_ref();
    let shard = use_node_ref();
    let position = use_node_ref();
    let subs = with_host(|h| {
        h.world
            .kinesis
            .subscriptions()
            .filter(|s| s.stream == p.stream)
            .map(|s| {
                let consumer = h
                    .world
                    .kinesis
                    .stream_name(s.stream)
                    .map(|_| s.consumer)
                    .unwrap_or(s.consumer);
                (
                    s.id,
                    consumer,
                    s.shard,
                    s.next,
                    s.events.len(),
                    s.ended,
                    s.ends_ms,
                )
            })
            .collect::<Vec<_>>()
    });
    let on_register = {
        let (arn, consumer_name, status, redraw) = (
            p.arn.clone(),
            consumer_name.clone(),
            status.clone(),
            p.redraw.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let r = kinesis_call(
                "RegisterStreamConsumer",
                json!({"StreamARN": arn, "ConsumerName": input_value(&consumer_name)}),
            );
            status.set(Some(super::outcome(
                &r,
                "Consumer registering (CREATING, then ACTIVE).",
            )));
            redraw.emit(());
        })
    };
    let on_subscribe = {
        let (arn, consumer, shard, position, status, redraw) = (
            p.arn.clone(),
            consumer.clone(),
            shard.clone(),
            position.clone(),
            status.clone(),
            p.redraw.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let c = select_value(&consumer);
            let described = kinesis_call(
                "DescribeStreamConsumer",
                json!({"StreamARN": arn, "ConsumerName": c}),
            );
            let r = described.and_then(|d| {
                let consumer_arn = d["ConsumerDescription"]["ConsumerARN"]
                    .as_str()
                    .unwrap_or("")
                    .to_string();
                let input = crate::kinesis::types::SubscribeToShardInput {
                    consumer_arn,
                    shard_id: select_value(&shard),
                    starting_position: crate::kinesis::types::StartingPosition {
                        kind: select_value(&position),
                        sequence_number: None,
                        timestamp: None,
                    },
                };
                with_host(|h| {
                    let r = h.world.kinesis.subscribe_to_shard(
                        &mut h.world.sim,
                        &crate::world::Caller::default(),
                        input,
                    );
                    h.tick();
                    r
                })
                .map(|id| json!({"Subscription": id}))
            });
            status.set(Some(super::outcome(
                &r,
                "Subscribed: events are pushed for five minutes.",
            )));
            redraw.emit(());
        })
    };
    html! {
        <details open=true>
            <summary>{"Enhanced fan-out"}</summary>
            { super::status_line(&status) }
            <form aria-label="Register stream consumer" onsubmit={on_register}>
                <div class="row">
                    <input ref={consumer_name} type="text" aria-label="Consumer name" placeholder="analytics" required=true />
                    <button type="submit" aria-label="Register consumer">{"Register"}</button>
                </div>
            </form>
            if !p.consumers.is_empty() {
                <form aria-label="Subscribe to shard" onsubmit={on_subscribe}>
                    <select ref={consumer} aria-label="Consumer">
                        { for p.consumers.iter().enumerate().map(|(i, c)| html!{ <option value={c.clone()} selected={i == 0}>{c}</option> }) }
                    </select>
                    <div class="row">
                        <select ref={shard} aria-label="Shard to subscribe to">
                            { for p.shards.iter().enumerate().map(|(i, s)| html!{ <option value={s.clone()} selected={i == 0}>{s}</option> }) }
                        </select>
                        <select ref={position} aria-label="Starting position">
                            <option value="LATEST" selected=true>{"LATEST"}</option>
                            <option value="TRIM_HORIZON">{"TRIM_HORIZON"}</option>
                        </select>
                    </div>
                    <button type="submit" aria-label="Subscribe to shard">{"Subscribe to shard"}</button>
                </form>
            }
            <ul class="recent" aria-label="Subscriptions to shards">
                { for subs.iter().map(|(id, _consumer, shard, next, buffered, ended, ends_ms)| html! {
                    <li>{format!("#{id} · shard {shard} · next record {next} · {buffered} event(s) pushed{}",
                        if *ended { " · ended".to_string() } else { format!(" · ends at {}", crate::sim::SimTime(*ends_ms)) })}</li>
                }) }
            </ul>
        </details>
    }
}
