//! SQS in the page: the queue list and its creation form (left), the queue
//! inspector (right) with attributes, a send form, "poll for messages", purge and
//! dead-letter redrive. Every change goes through `World::call` with the same
//! operations the CLI uses.

use super::{checked, error_text, input_value};
use crate::model::Service;
use crate::sqs::view::{MessageView, QueueView};
use crate::web::with_host;
use crate::world::CallResult;
use serde_json::{json, Value};
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Runs an SQS operation for the page (a long poll waits on the virtual clock).
pub fn sqs_call(op: &str, input: Value) -> CallResult {
    super::call(Service::Sqs, op, input)
}

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub frame: u64,
    pub selected: Option<super::Selection>,
    pub select: Callback<Option<super::Selection>>,
    pub redraw: Callback<()>,
}

/// The "Queues" section of the resource list.
#[function_component(QueueList)]
pub fn queue_list(p: &ListProps) -> Html {
    let open = use_state(|| false);
    let queues = with_host(|h| h.world.sqs.queues());
    let on_created = {
        let open = open.clone();
        let select = p.select.clone();
        Callback::from(move |id: u32| {
            open.set(false);
            select.emit(Some(super::Selection::Queue(id)));
        })
    };
    html! {
        <section class="resource-kind">
            { super::kind_heading("Queues", "Add queue", &open) }
            if *open { <CreateQueueForm queues={queues.clone()} on_created={on_created} redraw={p.redraw.clone()} /> }
            if queues.is_empty() { <p class="empty">{"none"}</p> }
            <ul class="queue-list">
                { for queues.iter().map(|q| {
                    let select = p.select.clone();
                    let id = q.id;
                    let current = p.selected == Some(super::Selection::Queue(q.id));
                    let shown = super::placed_name(&q.name, &q.account_id, &q.region);
                    html! {
                        <li>
                            <button type="button" class={classes!("queue-item", current.then_some("selected"))}
                                aria-label={format!("Queue {shown}")} aria-pressed={current.to_string()}
                                onclick={Callback::from(move |_| select.emit(Some(super::Selection::Queue(id))))}>
                                <span class="qname">{shown.clone()}</span>
                                <span class="qcounts" title="visible / in flight / delayed">
                                    {format!("{} · {} · {}", q.visible, q.in_flight, q.delayed)}
                                </span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CreateProps {
    queues: Vec<QueueView>,
    on_created: Callback<u32>,
    redraw: Callback<()>,
}

/// AWS's fields, defaults and limits for a new queue, validated as you type with
/// AWS's own messages.
#[function_component(CreateQueueForm)]
fn create_queue_form(p: &CreateProps) -> Html {
    let name = use_node_ref();
    let fifo = use_node_ref();
    let cbd = use_node_ref();
    let vis = use_node_ref();
    let delay = use_node_ref();
    let wait = use_node_ref();
    let dlq = use_node_ref();
    let max_rc = use_node_ref();
    let problem = use_state(|| None::<String>);
    let is_fifo = use_state(|| false);

    let validate = {
        let (name, fifo, problem, is_fifo) =
            (name.clone(), fifo.clone(), problem.clone(), is_fifo.clone());
        Callback::from(move |_: InputEvent| {
            let f = checked(&fifo);
            is_fifo.set(f);
            let n = input_value(&name);
            problem.set(if n.is_empty() {
                None
            } else {
                crate::sqs::validate_queue_name(&n, f)
                    .err()
                    .map(|e| e.message)
            });
        })
    };
    let onsubmit = {
        let refs = (
            name.clone(),
            fifo.clone(),
            cbd.clone(),
            vis.clone(),
            delay.clone(),
            wait.clone(),
            dlq.clone(),
            max_rc.clone(),
        );
        let problem = problem.clone();
        let on_created = p.on_created.clone();
        let redraw = p.redraw.clone();
        let queues = p.queues.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (name, fifo, cbd, vis, delay, wait, dlq, max_rc) = &refs;
            let n = input_value(name);
            let mut attrs = serde_json::Map::new();
            if checked(fifo) {
                attrs.insert("FifoQueue".into(), json!("true"));
                if checked(cbd) {
                    attrs.insert("ContentBasedDeduplication".into(), json!("true"));
                }
            }
            for (k, r) in [
                ("VisibilityTimeout", vis),
                ("DelaySeconds", delay),
                ("ReceiveMessageWaitTimeSeconds", wait),
            ] {
                let v = input_value(r);
                if !v.is_empty() {
                    attrs.insert(k.into(), json!(v));
                }
            }
            let target = dlq
                .cast::<HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            if let Some(t) = queues.iter().find(|q| q.url == target) {
                attrs.insert(
                    "RedrivePolicy".into(),
                    json!(json!({"deadLetterTargetArn": t.arn, "maxReceiveCount": Some(input_value(max_rc)).filter(|v| !v.is_empty()).unwrap_or_else(|| "3".into())}).to_string()),
                );
            }
            let r = sqs_call("CreateQueue", json!({"QueueName": n, "Attributes": attrs}));
            match error_text(&r) {
                Some(err) => problem.set(Some(err)),
                None => {
                    problem.set(None);
                    let id = with_host(|h| {
                        h.world
                            .sqs
                            .queues()
                            .into_iter()
                            .find(|q| q.name == n)
                            .map(|q| q.id)
                    });
                    if let Some(id) = id {
                        on_created.emit(id);
                    }
                    redraw.emit(());
                }
            }
        })
    };
    html! {
        <form class="create-form" aria-label="Create queue" onsubmit={onsubmit}>
            <label>{"Name"}<input ref={name} type="text" aria-label="Queue name" placeholder="orders" oninput={validate.clone()} required=true /></label>
            <label class="check"><input ref={fifo} type="checkbox" aria-label="FIFO queue" oninput={validate.clone()} />{"FIFO (name ends in .fifo)"}</label>
            if *is_fifo {
                <label class="check"><input ref={cbd} type="checkbox" aria-label="Content-based deduplication" />{"Content-based deduplication"}</label>
            }
            <label>{"Visibility timeout (s)"}<input ref={vis} type="number" min="0" max="43200" placeholder="30" aria-label="Visibility timeout (seconds)" /></label>
            <label>{"Delivery delay (s)"}<input ref={delay} type="number" min="0" max="900" placeholder="0" aria-label="Delivery delay (seconds)" /></label>
            <label>{"Receive wait (s)"}<input ref={wait} type="number" min="0" max="20" placeholder="0" aria-label="Receive message wait time (seconds)" /></label>
            <label>{"Dead-letter queue"}
                <select ref={dlq} aria-label="Dead-letter queue">
                    <option value="" selected=true>{"none"}</option>
                    { for p.queues.iter().map(|q| html!{ <option value={q.url.clone()}>{&q.name}</option> }) }
                </select>
            </label>
            <label>{"Maximum receives"}<input ref={max_rc} type="number" min="1" max="1000" placeholder="3" aria-label="Maximum receives" /></label>
            if let Some(msg) = &*problem { <p class="problem" role="alert">{msg}</p> }
            <button type="submit" aria-label="Create queue">{"Create queue"}</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct InspectorProps {
    pub frame: u64,
    pub queue: u32,
    pub redraw: Callback<()>,
    pub select: Callback<Option<super::Selection>>,
}

/// Attributes a person may edit, as SetQueueAttributes allows.
const EDITABLE: [(&str, &str); 5] = [
    ("VisibilityTimeout", "Visibility timeout (seconds)"),
    ("DelaySeconds", "Delivery delay (seconds)"),
    (
        "ReceiveMessageWaitTimeSeconds",
        "Receive message wait time (seconds)",
    ),
    (
        "MessageRetentionPeriod",
        "Message retention period (seconds)",
    ),
    ("MaximumMessageSize", "Maximum message size (bytes)"),
];

/// The inspector for one queue.
#[function_component(QueueInspector)]
pub fn queue_inspector(p: &InspectorProps) -> Html {
    let status = use_state(|| None::<(bool, String)>);
    let polled = use_state(Vec::<Value>::new);
    let body = use_node_ref();
    // The SQS Extended Client Library: when a bucket is chosen, sends offload
    // large bodies (or every body) to it and receives resolve the pointer.
    let ext_bucket = use_state(String::new);
    let ext_always = use_node_ref();
    let group = use_node_ref();
    let dedup = use_node_ref();
    let msg_delay = use_node_ref();
    let rate = use_node_ref();
    let edits: Vec<NodeRef> = (0..EDITABLE.len()).map(|_| NodeRef::default()).collect();
    let edits = use_state(|| edits);

    let Some((q, messages, tasks, buckets)) = with_host(|h| {
        let q = h.world.sqs.queue_view(p.queue)?;
        let messages = h.world.sqs.messages(p.queue, 50);
        let tasks: Vec<_> = h
            .world
            .sqs
            .move_tasks()
            .into_iter()
            .filter(|t| t.source == p.queue)
            .collect();
        Some((
            q,
            messages,
            tasks,
            h.world
                .s3
                .buckets()
                .map(|b| b.name.clone())
                .collect::<Vec<_>>(),
        ))
    }) else {
        return html! { <p class="hint">{"That queue no longer exists."}</p> };
    };
    let attributes = sqs_call(
        "GetQueueAttributes",
        json!({"QueueUrl": q.url, "AttributeNames": ["All"]}),
    )
    .ok()
    .and_then(|v| v.get("Attributes").cloned())
    .unwrap_or(json!({}));

    let report = super::reporter(status.clone(), p.redraw.clone());
    let url = q.url.clone();
    let on_save = {
        let (url, edits, report) = (url.clone(), edits.clone(), report.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut a = serde_json::Map::new();
            for ((k, _), r) in EDITABLE.iter().zip(edits.iter()) {
                let v = input_value(r);
                if !v.is_empty() {
                    a.insert((*k).into(), json!(v));
                }
            }
            let r = sqs_call(
                "SetQueueAttributes",
                json!({"QueueUrl": url, "Attributes": a}),
            );
            report(&r, "Attributes saved.".into());
        })
    };
    let on_send = {
        let (ext_bucket, ext_always) = (ext_bucket.clone(), ext_always.clone());
        let (url, body, group, dedup, msg_delay, report, fifo) = (
            url.clone(),
            body.clone(),
            group.clone(),
            dedup.clone(),
            msg_delay.clone(),
            report.clone(),
            q.fifo,
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = body
                .cast::<HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            let mut input = json!({"QueueUrl": url, "MessageBody": text});
            if fifo {
                input["MessageGroupId"] = json!(input_value(&group));
                let d = input_value(&dedup);
                if !d.is_empty() {
                    input["MessageDeduplicationId"] = json!(d);
                }
            } else if let Ok(d) = input_value(&msg_delay).parse::<i64>() {
                input["DelaySeconds"] = json!(d);
            }
            let r = if ext_bucket.is_empty() {
                sqs_call("SendMessage", input)
            } else {
                let mut config =
                    crate::clients::sqs_extended::ExtendedClientConfiguration::new(&ext_bucket);
                config.always_through_s3 = super::checked(&ext_always);
                with_host(|h| {
                    let r =
                        crate::clients::sqs_extended::send_message(&mut h.world, &config, input);
                    h.tick();
                    r
                })
            };
            let id = r
                .as_ref()
                .ok()
                .and_then(|v| v["MessageId"].as_str().map(str::to_string))
                .unwrap_or_default();
            report(&r, format!("Sent message {id}."));
        })
    };
    let on_poll = {
        let (url, polled, report, ext_bucket) = (
            url.clone(),
            polled.clone(),
            report.clone(),
            ext_bucket.clone(),
        );
        Callback::from(move |_| {
            let input = json!({"QueueUrl": url, "MaxNumberOfMessages": 10, "WaitTimeSeconds": 1,
                       "MessageSystemAttributeNames": ["All"], "MessageAttributeNames": ["All"]});
            let r = if ext_bucket.is_empty() {
                sqs_call("ReceiveMessage", input)
            } else {
                let config =
                    crate::clients::sqs_extended::ExtendedClientConfiguration::new(&ext_bucket);
                with_host(|h| {
                    let r =
                        crate::clients::sqs_extended::receive_message(&mut h.world, &config, input);
                    h.tick();
                    r
                })
            };
            let got = r
                .as_ref()
                .ok()
                .and_then(|v| v["Messages"].as_array().cloned())
                .unwrap_or_default();
            let n = got.len();
            polled.set(got);
            report(&r, format!("Received {n} message(s); they are in flight until deleted or their visibility timeout ends."));
        })
    };
    let on_purge = {
        let (url, report) = (url.clone(), report.clone());
        Callback::from(move |_| {
            let r = sqs_call("PurgeQueue", json!({"QueueUrl": url}));
            report(
                &r,
                "Purge started: messages sent before now are deleted.".into(),
            );
        })
    };
    let on_delete_queue = {
        let (url, report, select) = (url.clone(), report.clone(), p.select.clone());
        Callback::from(move |_| {
            let r = sqs_call("DeleteQueue", json!({"QueueUrl": url}));
            report(&r, "Queue deleted.".into());
            if r.is_ok() {
                select.emit(None);
            }
        })
    };
    let on_redrive = {
        let (arn, rate, report) = (q.arn.clone(), rate.clone(), report.clone());
        Callback::from(move |_| {
            let mut input = json!({"SourceArn": arn});
            if let Ok(n) = input_value(&rate).parse::<i64>() {
                input["MaxNumberOfMessagesPerSecond"] = json!(n);
            }
            let r = sqs_call("StartMessageMoveTask", input);
            report(&r, "Redrive started.".into());
        })
    };
    let running = tasks
        .iter()
        .rev()
        .find(|t| t.status.as_str() == "RUNNING")
        .map(|t| t.id);
    let on_cancel = {
        let (report, arn) = (report.clone(), q.arn.clone());
        Callback::from(move |_| {
            let handle = sqs_call("ListMessageMoveTasks", json!({"SourceArn": arn}))
                .ok()
                .and_then(|v| {
                    v["Results"]
                        .as_array()
                        .and_then(|a| a.iter().find(|t| t["Status"] == "RUNNING").cloned())
                })
                .and_then(|t| t["TaskHandle"].as_str().map(str::to_string))
                .unwrap_or_default();
            let r = sqs_call("CancelMessageMoveTask", json!({"TaskHandle": handle}));
            report(&r, "Redrive cancelling.".into());
        })
    };

    html! {
        <div class="queue-inspector">
            <h3 class="inspector-title">{&q.name}{ if q.fifo { " (FIFO)" } else { "" } }</h3>
            <p class="mono small">{&q.arn}</p>
            <p class="counts">
                <span class="chip-key visible"></span>{format!("{} visible ", q.visible)}
                <span class="chip-key inflight"></span>{format!("{} in flight ", q.in_flight)}
                <span class="chip-key delayed"></span>{format!("{} delayed", q.delayed)}
            </p>
            { super::status_line(&status) }
            <super::metrics::MetricCharts frame={p.frame} namespace="AWS/SQS" dimension="QueueName" value={q.name.clone()}
                account_id={q.account_id.clone()} region={q.region.clone()}
                metrics={vec![
                    ("ApproximateNumberOfMessagesVisible", crate::cloudwatch::stats::Stat::Maximum),
                    ("ApproximateNumberOfMessagesNotVisible", crate::cloudwatch::stats::Stat::Maximum),
                    ("ApproximateAgeOfOldestMessage", crate::cloudwatch::stats::Stat::Maximum),
                    ("NumberOfMessagesSent", crate::cloudwatch::stats::Stat::Sum),
                    ("NumberOfMessagesDeleted", crate::cloudwatch::stats::Stat::Sum),
                ]} />
            <details open=true>
                <summary>{"Send a message"}</summary>
                <form aria-label="Send message" onsubmit={on_send}>
                    <textarea ref={body} aria-label="Message body" rows="2" placeholder="order #1 placed" />
                    if q.fifo {
                        <input ref={group} type="text" aria-label="Message group ID" placeholder="customer-42" />
                        <input ref={dedup} type="text" aria-label="Message deduplication ID" placeholder="(optional)" />
                    } else {
                        <input ref={msg_delay} type="number" min="0" max="900" aria-label="Message delay (seconds)" placeholder="delay s" />
                    }
                    <label>{"Extended client bucket"}
                        <select aria-label="Extended client bucket" onchange={{
                            let ext_bucket = ext_bucket.clone();
                            Callback::from(move |e: Event| {
                                let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
                                ext_bucket.set(el.value());
                            })
                        }}>
                            <option value="" selected={ext_bucket.is_empty()}>{"none (plain SendMessage)"}</option>
                            { for buckets.iter().map(|b| html!{ <option value={b.clone()} selected={*ext_bucket == *b}>{b}</option> }) }
                        </select>
                    </label>
                    if !ext_bucket.is_empty() {
                        <label class="check"><input ref={ext_always} type="checkbox" aria-label="Always through S3" />
                            {"Always through S3 (else only bodies over 256 KiB)"}</label>
                    }
                    <button type="submit" aria-label="Send message">{"Send"}</button>
                </form>
            </details>
            <details open=true>
                <summary>{"Messages"}</summary>
                <div class="row">
                    <button type="button" aria-label="Poll for messages" onclick={on_poll}>{"Poll for messages"}</button>
                    <button type="button" aria-label="Purge queue" onclick={on_purge}>{"Purge"}</button>
                </div>
                if !polled.is_empty() {
                    <ul class="polled" aria-label="Received messages">
                        { for polled.iter().enumerate().map(|(i, m)| {
                            let (url, rh, report) = (url.clone(), m["ReceiptHandle"].as_str().unwrap_or("").to_string(), report.clone());
                            let polled = polled.clone();
                            let del = Callback::from(move |_| {
                                let r = sqs_call("DeleteMessage", json!({"QueueUrl": url, "ReceiptHandle": rh}));
                                let mut rest = (*polled).clone();
                                if r.is_ok() && i < rest.len() { rest.remove(i); }
                                polled.set(rest);
                                report(&r, "Message deleted.".into());
                            });
                            html! {
                                <li>
                                    <span class="body">{m["Body"].as_str().unwrap_or("")}</span>
                                    <span class="small">{format!(" receives: {}", m["Attributes"]["ApproximateReceiveCount"].as_str().unwrap_or("?"))}</span>
                                    <button type="button" aria-label={format!("Delete message {}", i + 1)} onclick={del}>{"Delete"}</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
                <MessageTable messages={messages} now_ms={with_host(|h| h.world.now().as_ms())} />
            </details>
            if !q.dead_letter_sources.is_empty() {
                <details open=true>
                    <summary>{"Dead-letter redrive"}</summary>
                    <div class="row">
                        <input ref={rate} type="number" min="1" max="500" aria-label="Messages per second" placeholder="rate/s (optional)" />
                        <button type="button" aria-label="Start DLQ redrive" onclick={on_redrive}>{"Start redrive"}</button>
                        if running.is_some() { <button type="button" aria-label="Cancel DLQ redrive" onclick={on_cancel}>{"Cancel"}</button> }
                    </div>
                    { for tasks.iter().rev().take(3).map(|t| html!{
                        <p class="small" role="status">{format!("Task {}: {} — {}/{} moved", t.id, t.status.as_str(), t.moved, t.to_move)}</p>
                    }) }
                </details>
            }
            <details>
                <summary>{"Attributes"}</summary>
                <form aria-label="Queue attributes" onsubmit={on_save}>
                    { for EDITABLE.iter().zip(edits.iter()).map(|((k, label), r)| html!{
                        <label>{*label}
                            <input ref={r.clone()} type="number" aria-label={*label}
                                placeholder={attributes[*k].as_str().unwrap_or("").to_string()} />
                        </label>
                    }) }
                    <button type="submit" aria-label="Save attributes">{"Save"}</button>
                </form>
                <table class="attrs">
                    { for attributes.as_object().into_iter().flatten().map(|(k, v)| html!{
                        <tr><th>{k}</th><td class="mono">{v.as_str().unwrap_or("")}</td></tr>
                    }) }
                </table>
                <button type="button" class="danger" aria-label="Delete queue" onclick={on_delete_queue}>{"Delete queue"}</button>
            </details>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TableProps {
    messages: Vec<MessageView>,
    now_ms: u64,
}

/// The queue's messages (oldest first) with their state, receive count and timer.
#[function_component(MessageTable)]
fn message_table(p: &TableProps) -> Html {
    if p.messages.is_empty() {
        return html! { <p class="empty">{"No messages."}</p> };
    }
    html! {
        <table class="messages" aria-label="Queue messages">
            <tr><th>{"state"}</th><th>{"rc"}</th><th>{"body"}</th><th>{"timer"}</th></tr>
            { for p.messages.iter().map(|m| {
                let state = format!("{:?}", m.state);
                let timer = m.due_ms.map(|d| format!("{:.1}s", d.saturating_sub(p.now_ms) as f64 / 1000.0)).unwrap_or_default();
                html! {
                    <tr class={state.to_lowercase()}>
                        <td>{state}</td><td>{m.receive_count}</td>
                        <td class="body">{m.group_id.as_ref().map(|g| format!("[{g}] ")).unwrap_or_default()}{&m.body}</td>
                        <td>{timer}</td>
                    </tr>
                }
            }) }
        </table>
    }
}
