//! Simulated clients in the page (the "Clients" section): add a producer (to a
//! queue, a topic or a stream, at a rate, with partition keys uniform or with a
//! hot key; Kinesis producers retry throttled records with backoff and jitter)
//! or an SQS consumer (polling, batch size, processing time, a poison-message
//! rule), and start, stop, crash or restart them. The clients act on their own
//! on the virtual clock through the same operations a user calls (see
//! `clients/`); this panel is the world's control for them, like the clock's.

use super::{checked, input_value, select_value};
use crate::clients::consumer::{ConsumerSpec, FailureRule, ProcessingTime};
use crate::clients::kcl::{
    InitialPosition, KclAppSpec, Retrieval, FAILOVER_MS, IDLE_BETWEEN_READS_MS, MAX_RECORDS,
};
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
        t.extend(w.firehose.streams().map(|s| {
            (
                format!("f|{}", s.name),
                format!("delivery stream {}", s.name),
            )
        }));
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
                    <button type="button" class="add" aria-label="Add KCL application" onclick={open("kcl")}>{"+K"}</button>
                </span>
            </h3>
            if *form == Some("producer") { <ProducerForm done={done.clone()} /> }
            if *form == Some("consumer") { <ConsumerForm done={done.clone()} /> }
            if *form == Some("kcl") { <KclForm done={done.clone()} /> }
            if views.is_empty() { <p class="empty">{"none"}</p> }
            <ul class="client-list" aria-label="Clients">
                { for views.iter().map(|v| {
                    let c = &v.counters;
                    let counts = if v.kind == "producer" {
                        format!("{} sent · {} throttled · {} retried", c.sent, c.throttled, c.retried)
                    } else if v.kind == "kcl worker" {
                        format!("{} records · {} KiB · {} reads throttled · leases: {}", c.processed, c.bytes / 1024, c.throttled, worker_shards(v.id))
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
            <LeaseTables redraw={p.redraw.clone()} frame={p.frame} />
        </section>
    }
}

/// The shards a worker consumes, shortened ("0, 3").
fn worker_shards(id: ClientId) -> String {
    with_host(|h| {
        let Some(w) = h.world.clients.worker(id) else {
            return String::new();
        };
        let s: Vec<String> = w
            .shards
            .keys()
            .map(|k| {
                k.trim_start_matches("shardId-")
                    .trim_start_matches('0')
                    .to_string()
            })
            .map(|k| if k.is_empty() { "0".into() } else { k })
            .collect();
        if s.is_empty() {
            "none".into()
        } else {
            s.join(", ")
        }
    })
}

/// Each KCL application's lease table, shown as the DynamoDB table it is,
/// with a button to add a worker.
#[function_component(LeaseTables)]
fn lease_tables(p: &ListProps) -> Html {
    let tables = with_host(|h| h.world.clients.kcl_apps().cloned().collect::<Vec<_>>());
    let now = with_host(|h| h.world.now().as_ms());
    // Leases taken in the last 3 s of virtual time: (application, shard id),
    // drawn as a flash on their row (the lease moving to its new owner).
    let moved: Vec<(String, String)> = with_host(|h| {
        h.world
            .sim
            .journal
            .entries()
            .rev()
            .take(2_000)
            .take_while(|e| e.at.as_ms() + 3_000 >= now)
            .filter_map(|e| match &e.event {
                crate::sim::Event::Client(crate::clients::ClientEvent::LeaseTaken {
                    client,
                    shard,
                    ..
                }) => {
                    let w = h.world.clients.worker(ClientId(*client))?;
                    Some((
                        w.spec.app.clone(),
                        crate::kinesis::stream::Stream::shard_id(*shard),
                    ))
                }
                _ => None,
            })
            .collect()
    });
    html! {
        <>
        { for tables.iter().map(|t| {
            let app = t.spec.name.clone();
            let add = {
                let (app, redraw) = (app.clone(), p.redraw.clone());
                Callback::from(move |_| {
                    with_host(|h| {
                        let n = h.world.clients.views().iter().filter(|v| v.kind == "kcl worker").count() + 1;
                        let mut k = n;
                        loop {
                            match h.world.add_kcl_worker(&app, &format!("{app}-worker-{k}")) {
                                Ok(id) => { h.world.start_client(id); break; }
                                Err(_) if k < n + 100 => k += 1,
                                Err(_) => break,
                            }
                        }
                    });
                    redraw.emit(());
                })
            };
            let mode = match t.spec.retrieval {
                Retrieval::FanOut => "enhanced fan-out".to_string(),
                Retrieval::Polling { idle_between_reads_ms, .. } => format!("polling every {idle_between_reads_ms} ms"),
            };
            html! {
                <div class="lease-table">
                    <div class="qname">{format!("KCL app {} → {} ({mode})", app, t.spec.stream_name)}
                        <button type="button" aria-label={format!("Add worker to {app}")} onclick={add}>{"+ worker"}</button>
                    </div>
                    <div class="table-scroll">
                    <table aria-label={format!("Lease table {app}")}>
                        <caption>{format!("DynamoDB table {app}")}</caption>
                        <thead><tr>
                            <th>{"leaseKey"}</th><th>{"leaseOwner"}</th><th>{"leaseCounter"}</th>
                            <th>{"checkpoint"}</th><th>{"ownerSwitchesSinceCheckpoint"}</th><th>{"parentShardId"}</th>
                        </tr></thead>
                        <tbody>
                        { for t.leases.values().map(|l| {
                            let expired = l.lease_owner.is_none() || now >= l.renewed_ms + t.spec.failover_ms;
                            let cp = if l.checkpoint.len() > 14 { format!("…{}", &l.checkpoint[l.checkpoint.len() - 8..]) } else { l.checkpoint.clone() };
                            html! {
                                <tr class={classes!(expired.then_some("expired"), moved.iter().any(|(a, k)| *a == app && *k == l.lease_key).then_some("moved"))}>
                                    <td>{l.lease_key.trim_start_matches("shardId-")}</td>
                                    <td>{l.lease_owner.clone().unwrap_or_default()}{if expired && l.lease_owner.is_some() && l.checkpoint != "SHARD_END" { " (expired)" } else { "" }}</td>
                                    <td>{l.lease_counter}</td>
                                    <td title={l.checkpoint.clone()}>{cp}</td>
                                    <td>{l.owner_switches_since_checkpoint}</td>
                                    <td>{l.parent_shard_ids.iter().map(|x| x.trim_start_matches("shardId-")).collect::<Vec<_>>().join(", ")}</td>
                                </tr>
                            }
                        }) }
                        </tbody>
                    </table>
                    </div>
                    if t.leases.is_empty() { <p class="empty">{"no leases yet: a worker creates them when it starts"}</p> }
                </div>
            }
        }) }
        </>
    }
}

/// A KCL application: stream, retrieval (polling or enhanced fan-out), initial
/// position, processing time per batch, and how many workers to start.
#[function_component(KclForm)]
fn kcl_form(p: &FormProps) -> Html {
    let name = use_node_ref();
    let stream = use_node_ref();
    let retrieval = use_node_ref();
    let position = use_node_ref();
    let processing = use_node_ref();
    let idle = use_node_ref();
    let workers = use_node_ref();
    let problem = use_state(|| None::<String>);
    let streams: Vec<String> = with_host(|h| {
        h.world
            .kinesis
            .streams()
            .into_iter()
            .map(|s| s.name)
            .collect()
    });
    let onsubmit = {
        let (name, stream, retrieval, position, processing, idle, workers, problem, done) = (
            name.clone(),
            stream.clone(),
            retrieval.clone(),
            position.clone(),
            processing.clone(),
            idle.clone(),
            workers.clone(),
            problem.clone(),
            p.done.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let s = select_value(&stream);
            if s.is_empty() {
                problem.set(Some("Create a stream first.".into()));
                return;
            }
            let n = input_value(&name);
            let app = if n.is_empty() {
                "kcl-app".to_string()
            } else {
                n
            };
            let count: usize = match input_value(&workers).parse::<usize>() {
                Ok(c) if (1..=16).contains(&c) => c,
                Err(_) if input_value(&workers).is_empty() => 2,
                _ => {
                    problem.set(Some("Workers: a whole number from 1 to 16.".into()));
                    return;
                }
            };
            let spec = KclAppSpec {
                name: app.clone(),
                stream_name: s,
                account_id: None,
                retrieval: if select_value(&retrieval) == "fanout" {
                    Retrieval::FanOut
                } else {
                    Retrieval::Polling {
                        idle_between_reads_ms: input_value(&idle)
                            .parse()
                            .unwrap_or(IDLE_BETWEEN_READS_MS)
                            .max(1),
                        max_records: MAX_RECORDS,
                    }
                },
                initial_position: if select_value(&position) == "LATEST" {
                    InitialPosition::Latest
                } else {
                    InitialPosition::TrimHorizon
                },
                processing: ProcessingTime::Fixed {
                    ms: input_value(&processing).parse().unwrap_or(200),
                },
                failover_ms: FAILOVER_MS,
            };
            let r = with_host(|h| {
                h.world.add_kcl_app(spec)?;
                for k in 1..=count {
                    let id = h.world.add_kcl_worker(&app, &format!("{app}-worker-{k}"))?;
                    h.world.start_client(id);
                }
                Ok::<(), String>(())
            });
            match r {
                Ok(()) => {
                    problem.set(None);
                    done.emit(());
                }
                Err(m) => problem.set(Some(m)),
            }
        })
    };
    html! {
        <form class="create-form" oninput={super::clear_on_input(&problem)} aria-label="Add KCL application" onsubmit={onsubmit}>
            <label>{"Application name (names the lease table)"}<input ref={name} type="text" aria-label="Application name" placeholder="kcl-app" /></label>
            <label>{"Stream"}
                <select ref={stream} aria-label="KCL stream">
                    { for streams.iter().enumerate().map(|(i, n)| html!{ <option value={n.clone()} selected={i == 0}>{n}</option> }) }
                </select>
            </label>
            <label>{"Retrieval"}
                <select ref={retrieval} aria-label="Retrieval">
                    <option value="polling" selected=true>{"classic: GetRecords (shares 2 MB/s per shard)"}</option>
                    <option value="fanout">{"enhanced fan-out: SubscribeToShard (2 MB/s each)"}</option>
                </select>
            </label>
            <label>{"Initial position"}
                <select ref={position} aria-label="Initial position">
                    <option value="TRIM_HORIZON" selected=true>{"TRIM_HORIZON"}</option>
                    <option value="LATEST">{"LATEST"}</option>
                </select>
            </label>
            <label>{"Polling: time between reads (ms)"}<input ref={idle} type="number" min="1" placeholder="1000" aria-label="Time between reads (ms)" /></label>
            <label>{"Processing time per batch (ms)"}<input ref={processing} type="number" min="0" placeholder="200" aria-label="Processing time per batch (ms)" /></label>
            <label>{"Workers"}<input ref={workers} type="number" min="1" max="16" placeholder="2" aria-label="Workers" /></label>
            if let Some(m) = &*problem { <p class="problem" role="alert">{m}</p> }
            <button type="submit" aria-label="Create KCL application">{"Create and start"}</button>
        </form>
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
                "f" => ProducerTarget::DeliveryStream {
                    delivery_stream_name: value.into(),
                    mode: if checked(&batch) {
                        PutMode::Batch
                    } else {
                        PutMode::Single
                    },
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
        <form class="create-form" oninput={super::clear_on_input(&problem)} aria-label="Add producer" onsubmit={onsubmit}>
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
            <label class="check"><input ref={batch} type="checkbox" aria-label="Batch with PutRecords" />{"Streams: batch with PutRecords / PutRecordBatch (retries only failed entries)"}</label>
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
        <form class="create-form" oninput={super::clear_on_input(&problem)} aria-label="Add consumer" onsubmit={onsubmit}>
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
