//! Firehose in the page: the delivery-stream list with its creation form (left)
//! and the delivery-stream inspector (right): the buffer filling by size and by
//! time side by side — the race between SizeInMBs and IntervalInSeconds, the
//! first to reach 100 % flushes — the transformation buffer when a function
//! transforms records, put records, the objects landing in the bucket, failed
//! deliveries and their retries. Every change is a Firehose API call through
//! `World::call`; the bars read the engine's state (`DeliveryStream::
//! delivery_race`), computed natively and tested there.

use super::{area_value, call, input_value, select_value, Selection};
use crate::firehose::{BufferRace, SourceKind};
use crate::model::Service;
use crate::web::with_host;
use crate::world::CallResult;
use base64::Engine as _;
use serde_json::{json, Value};
use yew::prelude::*;

/// The role ARN the page's forms use (IAM is not emulated: any role works).
const ROLE: &str = "arn:aws:iam::123456789012:role/firehose-delivery";
/// Most records one put from the page may send (PutRecordBatch of 500 each).
const PUT_MAX: u32 = 5_000;

fn firehose_call(op: &str, input: Value) -> CallResult {
    call(Service::Firehose, op, input)
}

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub frame: u64,
    pub selected: Option<Selection>,
    pub select: Callback<Option<Selection>>,
    pub redraw: Callback<()>,
}

/// The "Delivery streams" section of the resource list.
#[function_component(DeliveryStreamList)]
pub fn delivery_stream_list(p: &ListProps) -> Html {
    let open = use_state(|| false);
    let name = use_node_ref();
    let source = use_node_ref();
    let bucket = use_node_ref();
    let size = use_node_ref();
    let interval = use_node_ref();
    let compression = use_node_ref();
    let prefix = use_node_ref();
    let kind = use_state(|| "s3".to_string());
    let fields = use_memo((), |_| super::firehose_dest::Fields::new());
    let problem = use_state(|| None::<String>);
    let (rows, buckets, streams) = with_host(|h| {
        // Objects delivered to S3, or records delivered to another destination.
        let rows: Vec<(u32, String, String, String)> = h
            .world
            .firehose
            .streams()
            .map(|s| {
                (
                    s.id,
                    s.name.clone(),
                    s.status.as_str().to_string(),
                    match s.target {
                        crate::firehose::Target::S3 => s.counters.delivered_objects.to_string(),
                        _ => format!("{} rec", s.counters.destination_records),
                    },
                )
            })
            .collect();
        let buckets: Vec<String> = h.world.s3.buckets().map(|b| b.name.clone()).collect();
        let streams: Vec<(String, String)> = h
            .world
            .kinesis
            .streams()
            .into_iter()
            .map(|s| (s.name, s.arn))
            .collect();
        (rows, buckets, streams)
    });
    let onsubmit = {
        let refs = (
            name.clone(),
            source.clone(),
            bucket.clone(),
            size.clone(),
            interval.clone(),
            compression.clone(),
            prefix.clone(),
        );
        let (kind, fields) = ((*kind).clone(), (*fields).clone());
        let (problem, open, select, redraw) = (
            problem.clone(),
            open.clone(),
            p.select.clone(),
            p.redraw.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (name, source, bucket, size, interval, compression, prefix) = &refs;
            let n = input_value(name);
            let src = select_value(source);
            let hints = super::whole_number(size, "Buffer size (MiB)", 5).and_then(|size| {
                super::whole_number(interval, "Buffer interval (s)", 300).map(|i| (size, i))
            });
            let (size_mib, interval_s) = match hints {
                Ok(h) => h,
                Err(e) => return problem.set(Some(e)),
            };
            let mut dest = json!({
                "RoleARN": ROLE,
                "BucketARN": format!("arn:aws:s3:::{}", select_value(bucket)),
                "BufferingHints": {
                    "SizeInMBs": size_mib,
                    "IntervalInSeconds": interval_s,
                },
                "CompressionFormat": select_value(compression),
            });
            let pre = input_value(prefix);
            if !pre.is_empty() {
                dest["Prefix"] = json!(pre);
            }
            let mut input = if kind == "s3" {
                json!({"DeliveryStreamName": n, "ExtendedS3DestinationConfiguration": dest})
            } else {
                // The destination's own buffering only when typed (its
                // defaults and ranges differ from S3's).
                let mut hints = json!({});
                if let Ok(v) = input_value(size).parse::<i64>() {
                    hints["SizeInMBs"] = json!(v);
                }
                if let Ok(v) = input_value(interval).parse::<i64>() {
                    hints["IntervalInSeconds"] = json!(v);
                }
                let (member, config) =
                    super::firehose_dest::configuration(&kind, &fields, ROLE, dest, hints);
                json!({"DeliveryStreamName": n, member: config})
            };
            if !src.is_empty() {
                input["DeliveryStreamType"] = json!("KinesisStreamAsSource");
                input["KinesisStreamSourceConfiguration"] =
                    json!({"KinesisStreamARN": src, "RoleARN": ROLE});
            }
            let r = firehose_call("CreateDeliveryStream", input);
            super::finish_create(&r, &problem, &open, &redraw, || {
                let id = with_host(|h| {
                    h.world.firehose.lookup(
                        crate::world::DEFAULT_ACCOUNT_ID,
                        crate::world::DEFAULT_REGION,
                        &n,
                    )
                });
                if let Some(id) = id {
                    select.emit(Some(Selection::DeliveryStream(id)));
                }
            });
        })
    };
    html! {
        <section class="resource-kind">
            { super::kind_heading("Delivery streams", "Add delivery stream", &open) }
            if *open {
                <form class="create-form" oninput={super::clear_on_input(&problem)} aria-label="Create delivery stream" onsubmit={onsubmit}>
                    <label>{"Name"}<input ref={name} type="text" aria-label="Delivery stream name" placeholder="to-s3" required=true /></label>
                    <label>{"Source"}
                        <select ref={source} aria-label="Source">
                            <option value="" selected=true>{"Direct PUT"}</option>
                            { for streams.iter().map(|(n, arn)| html! { <option value={arn.clone()}>{format!("Kinesis stream {n}")}</option> }) }
                        </select>
                    </label>
                    <label>{"Destination"}
                        <select aria-label="Destination" onchange={{
                            let kind = kind.clone();
                            Callback::from(move |e: Event| {
                                let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
                                kind.set(el.value());
                            })
                        }}>
                            { for super::firehose_dest::KINDS.iter().map(|(v, label, _)| html! {
                                <option value={*v} selected={*v == kind.as_str()}>{*label}</option>
                            }) }
                        </select>
                    </label>
                    { super::firehose_dest::form_fields(&kind, &fields) }
                    <label>{if *kind == "s3" { "Destination bucket" } else if *kind == "redshift" { "Intermediate bucket" } else { "Backup bucket (failed data)" }}
                        <select ref={bucket} aria-label="Destination bucket">
                            { for buckets.iter().enumerate().map(|(i, b)| html! { <option value={b.clone()} selected={i == 0}>{b}</option> }) }
                        </select>
                    </label>
                    if buckets.is_empty() { <p class="small">{"Create a bucket first (S3 below); a missing bucket makes every delivery fail and retry."}</p> }
                    <div class="row">
                        <label>{"Buffer size (MiB)"}<input ref={size} type="number" min="1" max="128" placeholder="5" aria-label="Buffer size in MiB" /></label>
                        <label>{"Buffer interval (s)"}<input ref={interval} type="number" min="0" max="900" placeholder="300" aria-label="Buffer interval in seconds" /></label>
                    </div>
                    <label>{"Compression"}
                        <select ref={compression} aria-label="Compression">
                            <option value="UNCOMPRESSED" selected=true>{"None"}</option>
                            <option value="GZIP">{"GZIP"}</option>
                            <option value="Snappy">{"Snappy"}</option>
                            <option value="HADOOP_SNAPPY">{"Hadoop-compatible Snappy"}</option>
                        </select>
                    </label>
                    <label>{"Prefix (optional)"}<input ref={prefix} type="text" aria-label="S3 prefix" placeholder="logs/ (then yyyy/MM/dd/HH/)" /></label>
                    if let Some(msg) = &*problem { <p class="problem" role="alert">{msg}</p> }
                    <button type="submit" aria-label="Create delivery stream">{"Create delivery stream"}</button>
                </form>
            }
            if rows.is_empty() { <p class="empty">{"none"}</p> }
            <ul class="queue-list">
                { for rows.iter().map(|(id, name, status, objects)| {
                    let (select, id) = (p.select.clone(), *id);
                    let current = p.selected == Some(Selection::DeliveryStream(id));
                    html! {
                        <li>
                            <button type="button" class={classes!("queue-item", current.then_some("selected"))}
                                aria-label={format!("Delivery stream {name}")} aria-pressed={current.to_string()}
                                onclick={Callback::from(move |_| select.emit(Some(Selection::DeliveryStream(id))))}>
                                <span class="qname">{name}</span>
                                <span class="qcounts" title="status · objects delivered (records, for a destination other than S3)">{format!("{status} · {objects}")}</span>
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

/// Seconds with one decimal.
fn secs(ms: u64) -> String {
    format!("{:.1} s", ms as f64 / 1000.0)
}

/// The two bars of a buffer: size and time, the leader marked.
fn race(title: &str, r: &BufferRace) -> Html {
    let leader = r.leader();
    let size_pct = (r.size_fraction() * 100.0).round();
    let time_pct = (r.time_fraction() * 100.0).round();
    html! {
        <div class="race" aria-label={title.to_string()}>
            <p class="small">{format!("{title}: {} record(s), {} bytes", r.records, r.bytes)}
                {match leader { "empty" => " · empty".to_string(), l => format!(" · {l} is ahead") }}</p>
            <label class={classes!("small", (leader == "size").then_some("leader"))}>
                {format!("by size: {} / {} bytes ({size_pct}%)", r.bytes, r.size_limit)}
                <progress aria-label={format!("{title} by size")} max="100" value={size_pct.to_string()} />
            </label>
            <label class={classes!("small", (leader == "interval").then_some("leader"))}>
                {format!("by time: {} / {} ({time_pct}%)", secs(r.elapsed_ms), secs(r.interval_ms))}
                <progress aria-label={format!("{title} by time")} max="100" value={time_pct.to_string()} />
            </label>
        </div>
    }
}

/// The inspector for one delivery stream.
#[function_component(DeliveryStreamInspector)]
pub fn delivery_stream_inspector(p: &InspectorProps) -> Html {
    let status = use_state(|| None::<(bool, String)>);
    let data = use_node_ref();
    let count = use_node_ref();
    let Some((s, now_ms)) = with_host(|h| {
        let s = h.world.firehose.stream(p.stream)?.clone();
        Some((s, h.world.now().as_ms()))
    }) else {
        return html! { <p class="hint">{"That delivery stream no longer exists."}</p> };
    };
    let report = super::reporter(status.clone(), p.redraw.clone());
    let name = s.name.clone();
    let on_put = {
        let (name, data, count, status, redraw) = (
            name.clone(),
            data.clone(),
            count.clone(),
            status.clone(),
            p.redraw.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let n: u32 = input_value(&count).parse().unwrap_or(1).clamp(1, PUT_MAX);
            let text = area_value(&data);
            let (mut put, mut failed, mut err) = (0u32, 0u64, None);
            // PutRecordBatch of up to 500 at this instant of the virtual clock.
            let mut i = 0;
            while i < n && err.is_none() {
                let batch: Vec<Value> = (i..n.min(i + 500))
                    .map(|k| {
                        let body = if n == 1 {
                            text.clone()
                        } else {
                            format!("{text} #{k}\n")
                        };
                        json!({"Data": base64::engine::general_purpose::STANDARD.encode(body)})
                    })
                    .collect();
                let len = batch.len() as u32;
                match firehose_call(
                    "PutRecordBatch",
                    json!({"DeliveryStreamName": name, "Records": batch}),
                ) {
                    Ok(v) => {
                        let f = v["FailedPutCount"].as_u64().unwrap_or(0);
                        failed += f;
                        put += len - f as u32;
                    }
                    Err(e) => err = Some(format!("{}: {}", e.code, e.message)),
                }
                i += len;
            }
            status.set(Some(match (err, failed) {
                (Some(e), _) => (false, e),
                (None, 0) => (true, format!("{put} record(s) put.")),
                (None, f) => (false, format!("{put} record(s) put; {f} refused: ServiceUnavailableException (Slow down.) — over the Direct PUT quota.")),
            }));
            redraw.emit(());
        })
    };
    let on_delete = {
        let (name, report, select) = (name.clone(), report.clone(), p.select.clone());
        Callback::from(move |_| {
            let r = firehose_call("DeleteDeliveryStream", json!({"DeliveryStreamName": name}));
            report(&r, "Delivery stream deleting.".into());
            if r.is_ok() {
                select.emit(None);
            }
        })
    };
    let d = &s.destination;
    let source = match &s.source {
        SourceKind::DirectPut { .. } => "Direct PUT".to_string(),
        SourceKind::KinesisStream { stream_arn, .. } => {
            format!(
                "Kinesis stream {}",
                stream_arn.rsplit('/').next().unwrap_or("")
            )
        }
    };
    let c = &s.counters;
    html! {
        <div class="queue-inspector">
            <h3 class="inspector-title">{format!("Delivery stream {}", s.name)}</h3>
            <p class="mono small">{&s.arn}</p>
            <p class="counts" role="status" aria-label="Delivery stream state">
                {format!("{} · {source} → {}s3://{}/{} · {} · version {}", s.status.as_str(),
                    match &s.target { crate::firehose::Target::S3 => String::new(), t => format!("{} (S3 {}) ", t.label(), if matches!(t, crate::firehose::Target::Redshift(_)) { "first" } else { "backup" }) },
                    d.bucket(),
                    if d.prefix.is_empty() { "yyyy/MM/dd/HH/" } else { d.prefix.as_str() }, d.compression.as_str(), s.version)}
            </p>
            { super::status_line(&status) }
            if let Some(p) = s.processing_race(now_ms) {
                { race(&format!("Transformation buffer ({})", d.lambda().map(|l| l.lambda_arn.rsplit(':').next().unwrap_or("").to_string()).unwrap_or_default()), &p) }
            }
            if !s.transforming.is_empty() {
                <p class="small" aria-label="Records in the function">
                    {format!("{} record(s) in the transformation function, back in {}",
                        s.transforming.values().map(|t| t.records.len()).sum::<usize>(),
                        secs(s.transforming.values().map(|t| t.done_ms).min().unwrap_or(now_ms).saturating_sub(now_ms)))}
                </p>
            }
            { race("Delivery buffer", &s.delivery_race(now_ms)) }
            { super::firehose_dest::destination_view(&s, now_ms, &p.redraw) }
            <p class="small" aria-label="Delivery counters">
                {format!("in: {} record(s) · delivered: {} record(s) in {} object(s){}{}{}",
                    c.incoming_records, c.delivered_records, c.delivered_objects,
                    if c.transformed_ok + c.dropped_records + c.processing_failed_records > 0 {
                        format!(" · transform: {} Ok, {} Dropped, {} ProcessingFailed", c.transformed_ok, c.dropped_records, c.processing_failed_records)
                    } else { String::new() },
                    if c.failed_attempts > 0 { format!(" · {} failed write(s), {} waiting to retry", c.failed_attempts, s.pending.len()) } else { String::new() },
                    if c.discarded_records > 0 { format!(" · {} discarded", c.discarded_records) } else { String::new() })}
            </p>
            if let Some(e) = &s.last_error { <p class="status problem" role="alert">{format!("Last error: {e}")}</p> }
            if let SourceKind::DirectPut { .. } = s.source {
                <details open=true>
                    <summary>{"Put records"}</summary>
                    <form aria-label="Put records" onsubmit={on_put}>
                        <textarea ref={data} aria-label="Record data" rows="2" placeholder={r#"{"order": 42}"#} />
                        <label>{"How many (PutRecordBatch, at this instant)"}
                            <input ref={count} type="number" min="1" max={PUT_MAX.to_string()} placeholder="1" aria-label="Record count" />
                        </label>
                        <button type="submit" aria-label="Put records">{"Put"}</button>
                    </form>
                </details>
            }
            <details open=true>
                <summary>{"Objects delivered"}</summary>
                if s.recent.is_empty() { <p class="empty">{"none yet"}</p> }
                <ul class="recent" aria-label="Objects delivered">
                    { for s.recent.iter().rev().map(|o| html! {
                        <li title={format!("s3://{}/{}", o.bucket, o.key)}>
                            {format!("{}{} · {} record(s), {} bytes · {} ago", if o.error_output { "error output: " } else { "" },
                                o.key, o.records, o.bytes, secs(now_ms.saturating_sub(o.at_ms)))}
                        </li>
                    }) }
                </ul>
            </details>
            <button type="button" class="danger" aria-label="Delete delivery stream" onclick={on_delete}>{"Delete delivery stream"}</button>
        </div>
    }
}
