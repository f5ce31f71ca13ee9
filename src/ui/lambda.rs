//! Lambda functions in the page (the "Functions" section): create a function
//! by describing what its code does (run time, time per record, a poison text,
//! a failure rate, partial batch responses; see `lambda/mod.rs`), give it a
//! reserved concurrency, and add triggers (event-source mappings) from a queue
//! or a stream. Each function shows its concurrency and counts, its mappings
//! and its latest invocations. Everything goes through `World::call` with the
//! API's own shapes, as the CLI's `aws lambda ...` does.

use super::{call, checked, error_text, input_value, select_value};
use crate::model::Service;
use crate::web::with_host;
use serde_json::json;
use yew::prelude::*;

/// An empty zip archive: the deployment package of a simulated function.
const EMPTY_ZIP_B64: &str = "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==";
/// The execution role the page gives its functions.
const PAGE_ROLE: &str = "arn:aws:iam::123456789012:role/switchyard-lambda";

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub frame: u64,
    pub redraw: Callback<()>,
}

/// One function as the list shows it.
struct Row {
    name: String,
    running: u32,
    reserved: Option<u32>,
    timeout_s: u32,
    /// " · Pending" while being created, " · updating" while an update runs.
    state: &'static str,
    stats: crate::lambda::FunctionStats,
    mappings: Vec<String>,
    recent: Vec<String>,
}

fn rows() -> Vec<Row> {
    with_host(|h| {
        let l = &h.world.lambda;
        l.functions()
            .map(|f| Row {
                name: f.name.clone(),
                running: f.running,
                reserved: f.reserved_concurrency,
                timeout_s: f.timeout_s,
                state: match f.readiness {
                    crate::lambda::Readiness::Ready => "",
                    crate::lambda::Readiness::Creating => " · Pending",
                    crate::lambda::Readiness::Updating => " · updating",
                },
                stats: f.stats,
                mappings: l
                    .mappings()
                    .filter(|m| m.function == f.id)
                    .map(|m| {
                        let src = m.source_arn.rsplit([':', '/']).next().unwrap_or("");
                        let kind = if matches!(m.source, crate::lambda::MappingSource::Kinesis) { "stream" } else { "queue" };
                        format!(
                            "← {kind} {src} · {} · batch {} · {} batches · {} failed · {} throttled",
                            m.state, m.batch_size, m.stats.batches, m.stats.failed_batches, m.stats.throttled
                        )
                    })
                    .collect(),
                recent: f
                    .recent
                    .iter()
                    .rev()
                    .take(4)
                    .map(|r| {
                        let end = if r.timed_out {
                            "timed out"
                        } else if r.error {
                            "failed"
                        } else {
                            "ok"
                        };
                        let recs = if r.records > 0 { format!("{} records, ", r.records) } else { String::new() };
                        format!("{} · {recs}{} ms · {end}", crate::sim::SimTime(r.started_ms), r.duration_ms)
                    })
                    .collect(),
            })
            .collect()
    })
}

/// The "Functions" section of the resource list.
#[function_component(FunctionList)]
pub fn function_list(p: &ListProps) -> Html {
    let open = use_state(|| false);
    let trigger_for = use_state(|| None::<String>);
    let rows = rows();
    let done = {
        let (open, trigger_for, redraw) = (open.clone(), trigger_for.clone(), p.redraw.clone());
        Callback::from(move |_: ()| {
            open.set(false);
            trigger_for.set(None);
            redraw.emit(());
        })
    };
    html! {
        <section class="resource-kind">
            { super::kind_heading("Functions", "Add function", &open) }
            if *open { <FunctionForm done={done.clone()} /> }
            if rows.is_empty() { <p class="empty">{"none"}</p> }
            <ul class="client-list" aria-label="Functions">
                { for rows.iter().map(|r| {
                    let s = &r.stats;
                    let conc = match r.reserved { Some(n) => format!("{}/{n} running", r.running), None => format!("{} running", r.running) };
                    let name = r.name.clone();
                    let add_trigger = {
                        let (trigger_for, name) = (trigger_for.clone(), name.clone());
                        Callback::from(move |_| trigger_for.set(if trigger_for.as_deref() == Some(name.as_str()) { None } else { Some(name.clone()) }))
                    };
                    html! {
                        <li aria-label={format!("Function {}", r.name)}>
                            <div class="qname">{format!("λ {} (timeout {} s){}", r.name, r.timeout_s, r.state)}
                                <button type="button" aria-label={format!("Add trigger to {}", r.name)} onclick={add_trigger}>{"+ trigger"}</button>
                            </div>
                            <div class="sub-line" role="status" aria-label={format!("{} counts", r.name)}>
                                {format!("{conc} · {} invocations · {} errors · {} throttles · peak {}", s.invocations, s.errors, s.throttles, s.peak_concurrency)}
                            </div>
                            { for r.mappings.iter().map(|m| html!{ <div class="sub-line" aria-label={format!("{} trigger", r.name)}>{m}</div> }) }
                            { for r.recent.iter().map(|x| html!{ <div class="sub-line recent">{x}</div> }) }
                            if trigger_for.as_deref() == Some(r.name.as_str()) { <TriggerForm function={r.name.clone()} done={done.clone()} /> }
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

/// A function: what its code does, its timeout and reserved concurrency.
#[function_component(FunctionForm)]
fn function_form(p: &FormProps) -> Html {
    let name = use_node_ref();
    let duration = use_node_ref();
    let per_record = use_node_ref();
    let timeout = use_node_ref();
    let poison = use_node_ref();
    let fail = use_node_ref();
    let partial = use_node_ref();
    let reserved = use_node_ref();
    let problem = use_state(|| None::<String>);
    let onsubmit = {
        let (name, duration, per_record, timeout, poison, fail, partial, reserved, problem, done) = (
            name.clone(),
            duration.clone(),
            per_record.clone(),
            timeout.clone(),
            poison.clone(),
            fail.clone(),
            partial.clone(),
            reserved.clone(),
            problem.clone(),
            p.done.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let n = input_value(&name);
            let n = if n.is_empty() {
                "worker".to_string()
            } else {
                n
            };
            let mut vars = serde_json::Map::new();
            let mut put = |k: &str, v: String| {
                if !v.is_empty() {
                    vars.insert(k.into(), json!(v));
                }
            };
            // The simulated function's knobs, checked here: a whole number in
            // range or the form says so (at most Lambda's 900 s timeout).
            let knob = |r: &NodeRef, label: &str, max: i64| -> Result<String, String> {
                if input_value(r).trim().is_empty() {
                    return Ok(String::new());
                }
                let v = super::whole_number(r, label, 0)?;
                if (0..=max).contains(&v) {
                    Ok(v.to_string())
                } else {
                    Err(format!("{label}: from 0 to {max}, not {v}."))
                }
            };
            let knobs = (|| {
                Ok::<_, String>((
                    knob(&duration, "Run time (ms)", 900_000)?,
                    knob(&per_record, "Time per record (ms)", 900_000)?,
                    knob(&fail, "Failure percent", 100)?,
                ))
            })();
            let (duration_ms, per_record_ms, fail_percent) = match knobs {
                Ok(k) => k,
                Err(e) => return problem.set(Some(e)),
            };
            put("SWITCHYARD_DURATION_MS", duration_ms);
            put("SWITCHYARD_MS_PER_RECORD", per_record_ms);
            put("SWITCHYARD_FAIL_IF_CONTAINS", input_value(&poison));
            put("SWITCHYARD_FAIL_PERCENT", fail_percent);
            if checked(&partial) {
                put("SWITCHYARD_REPORT_ITEM_FAILURES", "true".into());
            }
            let mut input = json!({
                "FunctionName": n, "Runtime": "nodejs20.x", "Handler": "index.handler", "Role": PAGE_ROLE,
                "Code": {"ZipFile": EMPTY_ZIP_B64}, "Environment": {"Variables": vars},
            });
            if !input_value(&timeout).trim().is_empty() {
                match super::whole_number(&timeout, "Timeout (s)", 3) {
                    Ok(t) => input["Timeout"] = json!(t),
                    Err(e) => return problem.set(Some(e)),
                }
            }
            // Checked before anything is created, so a bad number does not
            // leave a function made and its concurrency not set.
            let reserved_n = if input_value(&reserved).trim().is_empty() {
                None
            } else {
                match super::whole_number(&reserved, "Reserved concurrency", 0) {
                    Ok(v) => Some(v),
                    Err(e) => return problem.set(Some(e)),
                }
            };
            let r = call(Service::Lambda, "CreateFunction", input);
            if let Some(err) = error_text(&r) {
                return problem.set(Some(err));
            }
            if let Some(res) = reserved_n {
                let r = call(
                    Service::Lambda,
                    "PutFunctionConcurrency",
                    json!({"FunctionName": n, "ReservedConcurrentExecutions": res}),
                );
                if let Some(err) = error_text(&r) {
                    return problem.set(Some(format!(
                        "Created, but the reserved concurrency was refused: {err}"
                    )));
                }
            }
            problem.set(None);
            done.emit(());
        })
    };
    html! {
        <form class="create-form" oninput={super::clear_on_input(&problem)} aria-label="Add function" onsubmit={onsubmit}>
            <label>{"Name"}<input ref={name} type="text" aria-label="Function name" placeholder="worker" /></label>
            <label>{"Run time per invocation (ms)"}<input ref={duration} type="number" min="0" placeholder="100" aria-label="Run time (ms)" /></label>
            <label>{"Plus per record of a batch (ms)"}<input ref={per_record} type="number" min="0" placeholder="0" aria-label="Time per record (ms)" /></label>
            <label>{"Timeout (s)"}<input ref={timeout} type="number" min="1" max="900" placeholder="3" aria-label="Timeout (s)" /></label>
            <label>{"Fails on records containing"}<input ref={poison} type="text" placeholder="(none)" aria-label="Fails on text" /></label>
            <label>{"Fails at random (%)"}<input ref={fail} type="number" min="0" max="100" placeholder="0" aria-label="Failure percent" /></label>
            <label class="check"><input ref={partial} type="checkbox" aria-label="Report batch item failures" />{"Report failed records as batchItemFailures instead of failing"}</label>
            <label>{"Reserved concurrency"}<input ref={reserved} type="number" min="0" placeholder="(unreserved)" aria-label="Reserved concurrency" /></label>
            if let Some(m) = &*problem { <p class="problem" role="alert">{m}</p> }
            <button type="submit" aria-label="Create function">{"Create"}</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct TriggerProps {
    function: String,
    done: Callback<()>,
}

/// An event-source mapping from a queue or a stream.
#[function_component(TriggerForm)]
fn trigger_form(p: &TriggerProps) -> Html {
    let source = use_node_ref();
    let batch = use_node_ref();
    let window = use_node_ref();
    let position = use_node_ref();
    let parallel = use_node_ref();
    let retries = use_node_ref();
    let bisect = use_node_ref();
    let partial = use_node_ref();
    let problem = use_state(|| None::<String>);
    let sources: Vec<(String, String)> = with_host(|h| {
        let mut v: Vec<(String, String)> = h
            .world
            .sqs
            .queues()
            .into_iter()
            .map(|q| (q.arn, format!("queue {}", q.name)))
            .collect();
        v.extend(
            h.world
                .kinesis
                .streams()
                .into_iter()
                .map(|s| (s.arn, format!("stream {}", s.name))),
        );
        v
    });
    let onsubmit = {
        let (
            source,
            batch,
            window,
            position,
            parallel,
            retries,
            bisect,
            partial,
            problem,
            done,
            function,
        ) = (
            source.clone(),
            batch.clone(),
            window.clone(),
            position.clone(),
            parallel.clone(),
            retries.clone(),
            bisect.clone(),
            partial.clone(),
            problem.clone(),
            p.done.clone(),
            p.function.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let arn = select_value(&source);
            if arn.is_empty() {
                return problem.set(Some("Create a queue or a stream first.".into()));
            }
            let mut input = json!({"FunctionName": function, "EventSourceArn": arn});
            let num = |r: &NodeRef| input_value(r).parse::<i64>().ok();
            if let Some(b) = num(&batch) {
                input["BatchSize"] = json!(b);
            }
            if let Some(w) = num(&window) {
                input["MaximumBatchingWindowInSeconds"] = json!(w);
            }
            if checked(&partial) {
                input["FunctionResponseTypes"] = json!(["ReportBatchItemFailures"]);
            }
            if arn.starts_with("arn:aws:kinesis:") {
                input["StartingPosition"] = json!(select_value(&position));
                if let Some(x) = num(&parallel) {
                    input["ParallelizationFactor"] = json!(x);
                }
                if let Some(x) = num(&retries) {
                    input["MaximumRetryAttempts"] = json!(x);
                }
                if checked(&bisect) {
                    input["BisectBatchOnFunctionError"] = json!(true);
                }
            }
            let r = call(Service::Lambda, "CreateEventSourceMapping", input);
            match error_text(&r) {
                Some(err) => problem.set(Some(err)),
                None => {
                    problem.set(None);
                    done.emit(());
                }
            }
        })
    };
    html! {
        <form class="create-form" oninput={super::clear_on_input(&problem)} aria-label={format!("Add trigger to {}", p.function)} onsubmit={onsubmit}>
            <label>{"Source"}
                <select ref={source} aria-label="Trigger source">
                    { for sources.iter().enumerate().map(|(i, (a, l))| html!{ <option value={a.clone()} selected={i == 0}>{l}</option> }) }
                </select>
            </label>
            <label>{"Batch size"}<input ref={batch} type="number" min="1" max="10000" placeholder="10 (queue) / 100 (stream)" aria-label="Trigger batch size" /></label>
            <label>{"Batching window (s)"}<input ref={window} type="number" min="0" max="300" placeholder="0" aria-label="Batching window (s)" /></label>
            <label class="check"><input ref={partial} type="checkbox" aria-label="ReportBatchItemFailures" />{"ReportBatchItemFailures"}</label>
            <fieldset>
                <legend>{"Streams only"}</legend>
                <label>{"Starting position"}
                    <select ref={position} aria-label="Starting position">
                        <option value="TRIM_HORIZON" selected=true>{"TRIM_HORIZON"}</option>
                        <option value="LATEST">{"LATEST"}</option>
                    </select>
                </label>
                <label>{"Parallelization factor"}<input ref={parallel} type="number" min="1" max="10" placeholder="1" aria-label="Parallelization factor" /></label>
                <label>{"Maximum retry attempts (-1 = until the record expires)"}<input ref={retries} type="number" min="-1" max="10000" placeholder="-1" aria-label="Maximum retry attempts" /></label>
                <label class="check"><input ref={bisect} type="checkbox" aria-label="Bisect batch on function error" />{"Bisect a failing batch"}</label>
            </fieldset>
            if let Some(m) = &*problem { <p class="problem" role="alert">{m}</p> }
            <button type="submit" aria-label="Create trigger">{"Create trigger"}</button>
        </form>
    }
}
