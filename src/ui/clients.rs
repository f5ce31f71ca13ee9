//! Simulated clients in the page (the "Clients" section): add a producer (to a
//! queue, a topic or a stream, at a rate, with partition keys uniform or with a
//! hot key; Kinesis producers retry throttled records with backoff and jitter)
//! or an SQS consumer (polling, batch size, processing time, a poison-message
//! rule), and start, stop, crash or restart them. The clients act on their own
//! on the virtual clock through the same operations a user calls (see
//! `clients/`); this panel is the world's control for them, like the clock's.

use super::{checked, input_value, select_value};
use crate::clients::consumer::{ConsumerSpec, FailureRule, ProcessingTime};
use crate::clients::producer::{KeyDistribution, ProducerSpec, ProducerTarget, PutMode};
use crate::clients::{ClientId, ClientState};
use crate::web::with_host;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub frame: u64,
    pub redraw: Callback<()>,
}

/// What a person may point a producer at: (value, label).
fn targets() -> Vec<(String, String)> {
    with_host(|h| {
        let w = &h.world;
        let mut t: Vec<(String, String)> = w
            .sqs
            .queues()
            .into_iter()
            .map(|q| (format!("q|{}", q.url), format!("queue {}", q.name)))
            .collect();
        t.extend(
            w.sns
                .topics()
                .map(|x| (format!("t|{}", x.arn), format!("topic {}", x.name))),
        );
        t.extend(
            w.kinesis
                .streams()
                .into_iter()
                .map(|s| (format!("s|{}", s.name), format!("stream {}", s.name))),
        );
        t
    })
}

/// A client's state in words.
pub fn state_label(s: ClientState) -> &'static str {
    match s {
        ClientState::Idle => "idle",
        ClientState::Polling => "polling",
        ClientState::Processing => "processing",
        ClientState::Producing => "producing",
        ClientState::BackingOff => "backing off",
        ClientState::Paused => "paused",
        ClientState::Stopped => "stopped",
        ClientState::Crashed => "crashed",
    }
}

/// The "Clients" section of the resource list.
#[function_component(ClientList)]
pub fn client_list(p: &ListProps) -> Html {
    let form = use_state(|| None::<&'static str>);
    let views = with_host(|h| h.world.clients.views());
    let open = |which: &'static str| {
        let form = form.clone();
        Callback::from(move |_| {
            form.set(if *form == Some(which) {
                None
            } else {
                Some(which)
            })
        })
    };
    let act = |id: ClientId, what: &'static str| {
        let redraw = p.redraw.clone();
        Callback::from(move |_| {
            with_host(|h| match what {
                "start" => h.world.start_client(id),
                "stop" => h.world.stop_client(id),
                "crash" => h.world.crash_client(id),
                _ => h.world.restart_client(id),
            });
            redraw.emit(());
        })
    };
    let done = {
        let (form, redraw) = (form.clone(), p.redraw.clone());
        Callback::from(move |_: ()| {
            form.set(None);
            redraw.emit(());
        })
    };
    html! {
        <section class="resource-kind">
            <h3>
                {"Clients"}
                <span>
                    <button type="button" class="add" aria-label="Add producer" onclick={open("producer")}>{"+P"}</button>
                    <button type="button" class="add" aria-label="Add consumer" onclick={open("consumer")}>{"+C"}</button>
                </span>
            </h3>
            if *form == Some("producer") { <ProducerForm done={done.clone()} /> }
            if *form == Some("consumer") { <ConsumerForm done={done.clone()} /> }
            if views.is_empty() { <p class="empty">{"none"}</p> }
            <ul class="client-list" aria-label="Clients">
                { for views.iter().map(|v| {
                    let c = &v.counters;
                    let counts = if v.kind == "producer" {
                        format!("{} sent · {} throttled · {} retried", c.sent, c.throttled, c.retried)
                    } else {
                        format!("{} received · {} processed · {} failed", c.received, c.processed, c.failed)
                    };
                    let running = !matches!(v.state, ClientState::Stopped | ClientState::Crashed | ClientState::Paused);
                    html! {
                        <li aria-label={format!("Client {}", v.name)}>
                            <div class="qname">{format!("{} ({}) → {}", v.name, v.kind, v.target.rsplit([':', '/']).next().unwrap_or(""))}</div>
                            <div class="sub-line" role="status" aria-label={format!("{} state", v.name)}>{format!("{} · {counts}", state_label(v.state))}</div>
                            <div class="row">
                                if running {
                                    <button type="button" aria-label={format!("Stop {}", v.name)} onclick={act(v.id, "stop")}>{"Stop"}</button>
                                    <button type="button" aria-label={format!("Crash {}", v.name)} onclick={act(v.id, "crash")}>{"Crash"}</button>
                                } else if v.state == ClientState::Crashed {
                                    <button type="button" aria-label={format!("Restart {}", v.name)} onclick={act(v.id, "restart")}>{"Restart"}</button>
                                } else {
                                    <button type="button" aria-label={format!("Start {}", v.name)} onclick={act(v.id, "start")}>{"Start"}</button>
                                }
                            </div>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    done: Callback<()>,
}

/// A producer: target, rate, body template, partition keys, put mode.
#[function_component(ProducerForm)]
fn producer_form(p: &FormProps) -> Html {
    let name = use_node_ref();
    let target = use_node_ref();
    let rate = use_node_ref();
    let template = use_node_ref();
    let keys = use_node_ref();
    let hot = use_node_ref();
    let batch = use_node_ref();
    let problem = use_state(|| None::<String>);
    let options = targets();
    let onsubmit = {
        let (name, target, rate, template, keys, hot, batch, problem, done) = (
            name.clone(),
            target.clone(),
            rate.clone(),
            template.clone(),
            keys.clone(),
            hot.clone(),
            batch.clone(),
            problem.clone(),
            p.done.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let t = select_value(&target);
            let Some((kind, value)) = t.split_once('|') else {
                problem.set(Some("Create a queue, topic or stream first.".into()));
                return;
            };
            let target = match kind {
                "q" => ProducerTarget::Queue {
                    queue_url: value.into(),
                },
                "t" => ProducerTarget::Topic {
                    topic_arn: value.into(),
                },
                _ => ProducerTarget::Stream {
                    stream_name: value.into(),
                    mode: if checked(&batch) {
                        PutMode::Batch
                    } else {
                        PutMode::Single
                    },
                },
            };
            let n_keys: u32 = input_value(&keys).parse().unwrap_or(10).max(1);
            let hot_pct: f64 = input_value(&hot).parse().unwrap_or(0.0);
            let keys = if hot_pct > 0.0 {
                KeyDistribution::Hot {
                    keys: n_keys,
                    share_ppm: (hot_pct.clamp(0.0, 100.0) * 10_000.0) as u32,
                }
            } else {
                KeyDistribution::Uniform { keys: n_keys }
            };
            let n = input_value(&name);
            let template = input_value(&template);
            let spec = ProducerSpec {
                name: if n.is_empty() { "producer".into() } else { n },
                target,
                account_id: None,
                rate_per_s: input_value(&rate).parse().unwrap_or(10).clamp(1, 100_000),
                burst: None,
                body_template: if template.is_empty() {
                    "message {n}".into()
                } else {
                    template
                },
                attributes: Default::default(),
                keys,
                key_as_group_id: t.ends_with(".fifo"),
                max_attempts: None,
            };
            with_host(|h| {
                let id = h.world.add_producer(spec);
                h.world.start_client(id);
            });
            problem.set(None);
            done.emit(());
        })
    };
    html! {
        <form class="create-form" aria-label="Add producer" onsubmit={onsubmit}>
            <label>{"Name"}<input ref={name} type="text" aria-label="Producer name" placeholder="producer" /></label>
            <label>{"Target"}
                <select ref={target} aria-label="Producer target">
                    { for options.iter().enumerate().map(|(i, (v, l))| html!{ <option value={v.clone()} selected={i == 0}>{l}</option> }) }
                </select>
            </label>
            <label>{"Rate (messages/s)"}<input ref={rate} type="number" min="1" max="100000" placeholder="10" aria-label="Rate per second" /></label>
            <label>{"Body template ({n}, {key})"}<input ref={template} type="text" aria-label="Body template" placeholder="message {n}" /></label>
            <label>{"Partition keys / group ids"}<input ref={keys} type="number" min="1" placeholder="10" aria-label="Number of keys" /></label>
            <label>{"Hot key share (%)"}<input ref={hot} type="number" min="0" max="100" placeholder="0 = uniform" aria-label="Hot key share (percent)" /></label>
            <label class="check"><input ref={batch} type="checkbox" aria-label="Batch with PutRecords" />{"Streams: batch with PutRecords (retries only failed entries)"}</label>
            if let Some(m) = &*problem { <p class="problem" role="alert">{m}</p> }
            <button type="submit" aria-label="Create producer">{"Create and start"}</button>
        </form>
    }
}

/// An SQS consumer: queue, long polling, batch size, processing time, a poison
/// message rule.
#[function_component(ConsumerForm)]
fn consumer_form(p: &FormProps) -> Html {
    let name = use_node_ref();
    let queue = use_node_ref();
    let wait = use_node_ref();
    let batch = use_node_ref();
    let processing = use_node_ref();
    let poison = use_node_ref();
    let problem = use_state(|| None::<String>);
    let queues: Vec<(String, String)> = with_host(|h| {
        h.world
            .sqs
            .queues()
            .into_iter()
            .map(|q| (q.url, q.name))
            .collect()
    });
    let onsubmit = {
        let (name, queue, wait, batch, processing, poison, problem, done) = (
            name.clone(),
            queue.clone(),
            wait.clone(),
            batch.clone(),
            processing.clone(),
            poison.clone(),
            problem.clone(),
            p.done.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let url = select_value(&queue);
            if url.is_empty() {
                problem.set(Some("Create a queue first.".into()));
                return;
            }
            let n = input_value(&name);
            let poison_text = input_value(&poison);
            let spec = ConsumerSpec {
                name: if n.is_empty() { "consumer".into() } else { n },
                queue_url: url,
                account_id: None,
                wait_time_seconds: input_value(&wait).parse().unwrap_or(20).min(20),
                max_number_of_messages: input_value(&batch).parse().unwrap_or(10).clamp(1, 10),
                visibility_timeout_s: None,
                processing: ProcessingTime::Fixed {
                    ms: input_value(&processing).parse().unwrap_or(500),
                },
                failure: FailureRule {
                    rate_ppm: 0,
                    body_contains: (!poison_text.is_empty()).then_some(poison_text),
                },
                heartbeat: None,
                empty_pause_ms: 1_000,
            };
            with_host(|h| {
                let id = h.world.add_consumer(spec);
                h.world.start_client(id);
            });
            problem.set(None);
            done.emit(());
        })
    };
    html! {
        <form class="create-form" aria-label="Add consumer" onsubmit={onsubmit}>
            <label>{"Name"}<input ref={name} type="text" aria-label="Consumer name" placeholder="worker-1" /></label>
            <label>{"Queue"}
                <select ref={queue} aria-label="Consumer queue">
                    { for queues.iter().enumerate().map(|(i, (u, n))| html!{ <option value={u.clone()} selected={i == 0}>{n}</option> }) }
                </select>
            </label>
            <label>{"Receive wait (s, 0 = short polling)"}<input ref={wait} type="number" min="0" max="20" placeholder="20" aria-label="Receive wait seconds" /></label>
            <label>{"Batch size"}<input ref={batch} type="number" min="1" max="10" placeholder="10" aria-label="Batch size" /></label>
            <label>{"Processing time per message (ms)"}<input ref={processing} type="number" min="0" placeholder="500" aria-label="Processing time (ms)" /></label>
            <label>{"Poison: fail every body containing"}<input ref={poison} type="text" aria-label="Poison text" placeholder="(none)" /></label>
            if let Some(m) = &*problem { <p class="problem" role="alert">{m}</p> }
            <button type="submit" aria-label="Create consumer">{"Create and start"}</button>
        </form>
    }
}
