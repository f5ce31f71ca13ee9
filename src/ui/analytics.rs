//! Kinesis Data Analytics (SQL) in the page: the "Analytics apps" section
//! with its creation form (source, columns, SQL, an optional reference table
//! from S3, an output) and the application inspector: its status, the
//! in-application streams with their latest rows, each pump with its rows in
//! and out, the tumbling windows filling up on the clock and their last
//! results, the error stream and the application's log. The service is
//! retired by AWS, and the section says so. Every change is an API call
//! through `World::call`, as `aws kinesisanalytics ...` makes it.

use super::{area_value, call, error_text, input_value, select_value, Selection};
use crate::analytics::format::columns_json;
use crate::analytics::sql::PumpKind;
use crate::analytics::value::{format_timestamp, Val};
use crate::analytics::{App, AppStatus, DestKind};
use crate::model::Service;
use crate::web::with_host;
use serde_json::{json, Value};
use yew::prelude::*;

const ROLE: &str = "arn:aws:iam::123456789012:role/kinesis-analytics";

/// The SQL the form starts with: the notes' windowed count per ticker.
pub const EXAMPLE_SQL: &str = r#"CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (ticker_symbol VARCHAR(4), ticker_count INTEGER, avg_price DOUBLE);
CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
  SELECT STREAM ticker_symbol, COUNT(*), AVG(price)
  FROM "SOURCE_SQL_STREAM_001"
  GROUP BY ticker_symbol, STEP("SOURCE_SQL_STREAM_001".ROWTIME BY INTERVAL '10' SECOND);"#;

/// The columns the form starts with (name, SQL type; mapped from `$.NAME`).
pub const EXAMPLE_COLUMNS: &str = "TICKER_SYMBOL VARCHAR(4), SECTOR VARCHAR(16), PRICE DOUBLE";

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub frame: u64,
    pub selected: Option<Selection>,
    pub select: Callback<Option<Selection>>,
    pub redraw: Callback<()>,
}

/// The "Analytics apps" section of the resource list.
#[function_component(AnalyticsList)]
pub fn analytics_list(p: &ListProps) -> Html {
    let open = use_state(|| false);
    let (name, source, columns, code, output, out_stream, format) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let (ref_bucket, ref_key, ref_table, ref_columns) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let problem = use_state(|| None::<String>);
    // Fields with a starting text keep what is typed in state: a `value`
    // alone would be written back over the typing at the next frame.
    let code_text = use_state(|| EXAMPLE_SQL.to_string());
    let columns_text = use_state(|| EXAMPLE_COLUMNS.to_string());
    let out_text = use_state(|| "DESTINATION_SQL_STREAM".to_string());
    let keep = |st: &UseStateHandle<String>| {
        let st = st.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            st.set(el.value());
        })
    };
    let keep_area = |st: &UseStateHandle<String>| {
        let st = st.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            st.set(el.value());
        })
    };
    let (rows, sources, outputs, buckets) = with_host(|h| {
        let w = &h.world;
        let rows: Vec<(u32, String, &'static str)> = w
            .analytics
            .apps()
            .map(|a| (a.id, a.name.clone(), a.status.as_str()))
            .collect();
        let mut sources: Vec<(String, String)> = w
            .kinesis
            .streams()
            .into_iter()
            .map(|s| (format!("Kinesis stream {}", s.name), s.arn))
            .collect();
        sources.extend(
            w.firehose
                .streams()
                .map(|s| (format!("Delivery stream {}", s.name), s.arn.clone())),
        );
        let mut outputs: Vec<(String, String)> = w
            .kinesis
            .streams()
            .into_iter()
            .map(|s| (format!("Kinesis stream {}", s.name), s.arn))
            .collect();
        outputs.extend(
            w.firehose
                .streams()
                .map(|s| (format!("Delivery stream {}", s.name), s.arn.clone())),
        );
        outputs.extend(
            w.lambda
                .functions()
                .map(|f| (format!("Function {}", f.name), f.arn.clone())),
        );
        let buckets: Vec<String> = w.s3.buckets().map(|b| b.name.clone()).collect();
        (rows, sources, outputs, buckets)
    });
    let onsubmit = {
        let refs = (
            name.clone(),
            source.clone(),
            columns.clone(),
            code.clone(),
            output.clone(),
            out_stream.clone(),
            format.clone(),
        );
        let rrefs = (
            ref_bucket.clone(),
            ref_key.clone(),
            ref_table.clone(),
            ref_columns.clone(),
        );
        let (problem, open, select, redraw) = (
            problem.clone(),
            open.clone(),
            p.select.clone(),
            p.redraw.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (name, source, columns, code, output, out_stream, format) = &refs;
            let n = input_value(name);
            let src = select_value(source);
            let cols = match columns_json(&input_value(columns)) {
                Ok(c) => c,
                Err(m) => return problem.set(Some(m)),
            };
            let kind = if src.contains(":firehose:") {
                "KinesisFirehoseInput"
            } else {
                "KinesisStreamsInput"
            };
            let mut input = json!({
                "NamePrefix": "SOURCE_SQL_STREAM",
                "InputSchema": {"RecordFormat": {"RecordFormatType": "JSON", "MappingParameters": {"JSONMappingParameters": {"RecordRowPath": "$"}}},
                    "RecordEncoding": "UTF-8", "RecordColumns": cols},
            });
            input[kind] = json!({"ResourceARN": src, "RoleARN": ROLE});
            let mut req = json!({"ApplicationName": n, "Inputs": [input], "ApplicationCode": area_value(code)});
            let out = select_value(output);
            if !out.is_empty() {
                let member = if out.contains(":firehose:") {
                    "KinesisFirehoseOutput"
                } else if out.contains(":lambda:") {
                    "LambdaOutput"
                } else {
                    "KinesisStreamsOutput"
                };
                let mut o = json!({"Name": input_value(out_stream), "DestinationSchema": {"RecordFormatType": select_value(format)}});
                o[member] = json!({"ResourceARN": out, "RoleARN": ROLE});
                req["Outputs"] = json!([o]);
            }
            let r = call(Service::KinesisAnalytics, "CreateApplication", req);
            if let Some(err) = error_text(&r) {
                return problem.set(Some(err));
            }
            // An optional reference table from a CSV object in S3.
            let (rb, rk, rt, rc) = &rrefs;
            let (bucket, key, table) = (select_value(rb), input_value(rk), input_value(rt));
            if !bucket.is_empty() && !key.is_empty() && !table.is_empty() {
                let cols = match columns_json(&input_value(rc)) {
                    Ok(c) => c,
                    Err(m) => return problem.set(Some(format!("Reference columns: {m}"))),
                };
                let cols: Vec<Value> = cols
                    .into_iter()
                    .map(|mut c| {
                        c.as_object_mut().map(|o| o.remove("Mapping"));
                        c
                    })
                    .collect();
                let r = call(
                    Service::KinesisAnalytics,
                    "AddApplicationReferenceDataSource",
                    json!({
                    "ApplicationName": n, "CurrentApplicationVersionId": 1,
                    "ReferenceDataSource": {"TableName": table,
                        "S3ReferenceDataSource": {"BucketARN": format!("arn:aws:s3:::{bucket}"), "FileKey": key, "ReferenceRoleARN": ROLE},
                        "ReferenceSchema": {"RecordFormat": {"RecordFormatType": "CSV", "MappingParameters": {"CSVMappingParameters": {"RecordRowDelimiter": "\n", "RecordColumnDelimiter": ","}}},
                            "RecordEncoding": "UTF-8", "RecordColumns": cols}}}),
                );
                if let Some(err) = error_text(&r) {
                    return problem.set(Some(format!(
                        "Created, but the reference table was refused: {err}"
                    )));
                }
            }
            let r = call(
                Service::KinesisAnalytics,
                "StartApplication",
                json!({"ApplicationName": n,
                "InputConfigurations": [{"Id": "1.1", "InputStartingPositionConfiguration": {"InputStartingPosition": "NOW"}}]}),
            );
            problem.set(error_text(&r).map(|e| format!("Created, but not started: {e}")));
            open.set(false);
            let id = with_host(|h| {
                h.world.analytics.lookup(
                    crate::world::DEFAULT_ACCOUNT_ID,
                    crate::world::DEFAULT_REGION,
                    &n,
                )
            });
            if let Some(id) = id {
                select.emit(Some(Selection::AnalyticsApp(id)));
            }
            redraw.emit(());
        })
    };
    html! {
        <section class="resource-kind">
            { super::kind_heading("Analytics apps", "Add analytics app", &open) }
            <p class="small retired" role="note">{"Kinesis Data Analytics for SQL is retired by AWS (no new applications since 15 October 2025; Managed Service for Apache Flink succeeds it). Switchyard keeps its SQL model, as the notes teach it."}</p>
            if *open {
                <form class="create-form" oninput={super::clear_on_input(&problem)} aria-label="Create analytics app" onsubmit={onsubmit}>
                    <label>{"Name"}<input ref={name} type="text" aria-label="Application name" placeholder="ticker-counts" required=true /></label>
                    <label>{"Source"}
                        <select ref={source} aria-label="Application source">
                            { for sources.iter().map(|(l, arn)| html! { <option value={arn.clone()}>{l}</option> }) }
                        </select>
                    </label>
                    if sources.is_empty() { <p class="small">{"Create a Kinesis stream or a delivery stream first."}</p> }
                    <label>{"Columns (JSON records, mapped from $.NAME)"}<input ref={columns} type="text" aria-label="Input columns" value={(*columns_text).clone()} oninput={keep(&columns_text)} /></label>
                    <label>{"SQL"}<textarea ref={code} aria-label="Application code" rows="7" class="mono" value={(*code_text).clone()} oninput={keep_area(&code_text)} /></label>
                    <label>{"Output"}
                        <select ref={output} aria-label="Output destination">
                            <option value="" selected=true>{"none (watch it here)"}</option>
                            { for outputs.iter().map(|(l, arn)| html! { <option value={arn.clone()}>{l}</option> }) }
                        </select>
                    </label>
                    <div class="row">
                        <label>{"from in-application stream"}<input ref={out_stream} type="text" aria-label="Output in-application stream" value={(*out_text).clone()} oninput={keep(&out_text)} /></label>
                        <label>{"as"}<select ref={format} aria-label="Output format"><option value="JSON" selected=true>{"JSON"}</option><option value="CSV">{"CSV"}</option></select></label>
                    </div>
                    <details>
                        <summary>{"Reference table from S3 (optional, CSV)"}</summary>
                        <label>{"Bucket"}
                            <select ref={ref_bucket} aria-label="Reference bucket">
                                <option value="" selected=true>{"none"}</option>
                                { for buckets.iter().map(|b| html! { <option value={b.clone()}>{b}</option> }) }
                            </select>
                        </label>
                        <label>{"Key"}<input ref={ref_key} type="text" aria-label="Reference object key" placeholder="companies.csv" /></label>
                        <label>{"Table name"}<input ref={ref_table} type="text" aria-label="Reference table name" placeholder="CompanyName" /></label>
                        <label>{"Columns"}<input ref={ref_columns} type="text" aria-label="Reference columns" placeholder="Ticker VARCHAR(4), Company VARCHAR(64)" /></label>
                    </details>
                    if let Some(msg) = &*problem { <p class="problem" role="alert">{msg}</p> }
                    <button type="submit" aria-label="Create and start analytics app">{"Create and start"}</button>
                </form>
            }
            if !*open { if let Some(msg) = &*problem { <p class="problem" role="alert">{msg}</p> } }
            if rows.is_empty() { <p class="empty">{"none"}</p> }
            <ul class="queue-list">
                { for rows.iter().map(|(id, name, status)| {
                    let (select, id) = (p.select.clone(), *id);
                    let current = p.selected == Some(Selection::AnalyticsApp(id));
                    html! {
                        <li>
                            <button type="button" class={classes!("queue-item", current.then_some("selected"))}
                                aria-label={format!("Analytics app {name}")} aria-pressed={current.to_string()}
                                onclick={Callback::from(move |_| select.emit(Some(Selection::AnalyticsApp(id))))}>
                                <span class="qname">{name}</span>
                                <span class="qcounts">{*status}</span>
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
    pub app: u32,
    pub redraw: Callback<()>,
    pub select: Callback<Option<Selection>>,
}

fn cell(v: &Val) -> String {
    match v {
        Val::Null => "NULL".into(),
        Val::Ts(t) => format_timestamp(*t)[11..].to_string(),
        other => other.to_text(),
    }
}

fn short(arn: &str) -> &str {
    arn.rsplit([':', '/']).next().unwrap_or(arn)
}

/// The inspector of one application.
#[function_component(AnalyticsInspector)]
pub fn analytics_inspector(p: &InspectorProps) -> Html {
    let status = use_state(|| None::<(bool, String)>);
    let code = use_node_ref();
    let code_text = {
        let id = p.app;
        use_state(move || {
            with_host(|h| h.world.analytics.app(id).map(|a| a.code.clone())).unwrap_or_default()
        })
    };
    let on_code = {
        let st = code_text.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            st.set(el.value());
        })
    };
    let Some((app, now)): Option<(App, i64)> = with_host(|h| {
        Some((
            h.world.analytics.app(p.app)?.clone(),
            h.world.sim.unix_ms() as i64,
        ))
    }) else {
        return html! { <p class="hint">{"That application no longer exists."}</p> };
    };
    let report = super::reporter(status.clone(), p.redraw.clone());
    let name = app.name.clone();
    let act = |op: &'static str, extra: Value, ok: &'static str| {
        let (name, report) = (name.clone(), report.clone());
        Callback::from(move |_| {
            let mut input = extra.clone();
            input["ApplicationName"] = json!(name);
            let r = call(Service::KinesisAnalytics, op, input);
            report(&r, ok.into());
        })
    };
    let on_start = act(
        "StartApplication",
        json!({"InputConfigurations": [{"Id": "1.1", "InputStartingPositionConfiguration": {"InputStartingPosition": "NOW"}}]}),
        "Starting (10 s on the clock).",
    );
    let on_stop = act("StopApplication", json!({}), "Stopping.");
    let on_delete = {
        let (name, report, select, created) = (
            name.clone(),
            report.clone(),
            p.select.clone(),
            app.create_ms,
        );
        Callback::from(move |_| {
            let r = call(
                Service::KinesisAnalytics,
                "DeleteApplication",
                json!({"ApplicationName": name, "CreateTimestamp": created as f64 / 1000.0}),
            );
            report(&r, "Deleting.".into());
            if r.is_ok() {
                select.emit(None);
            }
        })
    };
    let on_update = {
        let (name, report, code, version) =
            (name.clone(), report.clone(), code.clone(), app.version);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let r = call(
                Service::KinesisAnalytics,
                "UpdateApplication",
                json!({"ApplicationName": name,
                "CurrentApplicationVersionId": version, "ApplicationUpdate": {"ApplicationCodeUpdate": area_value(&code)}}),
            );
            report(&r, "Code updated.".into());
        })
    };
    let source = app
        .input
        .as_ref()
        .map(|i| {
            format!(
                "{} {}",
                if i.kind == crate::analytics::SourceKind::Firehose {
                    "delivery stream"
                } else {
                    "stream"
                },
                short(&i.arn)
            )
        })
        .unwrap_or_else(|| "no input".into());
    let outs: Vec<String> = app
        .outputs
        .iter()
        .map(|o| {
            let kind = match o.kind {
                DestKind::KinesisStream => "stream",
                DestKind::Firehose => "delivery stream",
                DestKind::Lambda => "function",
            };
            format!(
                "{} → {kind} {} ({})",
                o.name,
                short(&o.arn),
                if o.csv { "CSV" } else { "JSON" }
            )
        })
        .collect();
    let c = &app.counters;
    let running = app.status == AppStatus::Running;
    html! {
        <div class="queue-inspector">
            <h3 class="inspector-title">{format!("Analytics app {}", app.name)}</h3>
            <p class="mono small">{&app.arn}</p>
            <p class="counts" role="status" aria-label="Application state">
                {format!("{} · version {} · reads {source}", app.status.as_str(), app.version)}
            </p>
            <p class="small">{ if outs.is_empty() { "no outputs: results stay in the application".to_string() } else { outs.join(" · ") } }</p>
            <p class="small" aria-label="Application counters">
                {format!("read {} record(s) → {} row(s) in · {} unreadable · {} window(s) closed · {} record(s) written{}",
                    c.records_read, c.rows_in, c.parse_errors, c.windows_closed, c.records_written,
                    if c.write_failures > 0 { format!(" · {} write(s) failed, retried", c.write_failures) } else { String::new() })}
            </p>
            { super::status_line(&status) }
            <div class="row">
                if matches!(app.status, AppStatus::Ready) { <button type="button" aria-label="Start application" onclick={on_start}>{"Start"}</button> }
                if running { <button type="button" aria-label="Stop application" onclick={on_stop}>{"Stop"}</button> }
            </div>
            if let Some(rt) = &app.runtime {
                <h4>{"Pumps"}</h4>
                <ul class="recent" aria-label="Pumps">
                    { for rt.program.pumps.iter().zip(&rt.pumps).map(|(pump, st)| {
                        let window = match &pump.kind {
                            PumpKind::Tumbling { size_ms, .. } => {
                                let open: Vec<Html> = st.windows.iter().map(|(start, w)| {
                                    let pct = (((now - start) as f64 / *size_ms as f64) * 100.0).clamp(0.0, 100.0).round();
                                    html! { <label class="small">{format!("window {}–{}: {} group(s)", format_timestamp(*start)[11..19].to_string(), format_timestamp(start + size_ms)[11..19].to_string(), w.groups.len())}
                                        <progress aria-label={format!("Window of pump {}", pump.name)} max="100" value={pct.to_string()} /></label> }
                                }).collect();
                                html! { <>
                                    <span class="small">{format!(" · tumbling {} s", size_ms / 1000)}</span>
                                    { for open }
                                    if let Some((s, e, n)) = st.last_closed { <span class="small">{format!(" · last window {}–{}: {n} row(s)", &format_timestamp(s)[11..19], &format_timestamp(e)[11..19])}</span> }
                                </> }
                            }
                            PumpKind::Sliding { windows } => html! { <span class="small">{format!(" · sliding ({} window(s))", windows.len())}</span> },
                            PumpKind::Plain => html! { <span class="small">{" · row by row"}</span> },
                        };
                        html! { <li>{format!("{}: {} → {} · {} in, {} out", pump.name, pump.source, pump.target, st.rows_in, st.rows_out)}{window}</li> }
                    }) }
                </ul>
                <h4>{"In-application streams"}</h4>
                { for rt.streams.iter().filter(|s| s.rows > 0 || s.def.name != crate::analytics::exec::ERROR_STREAM).map(|s| html! {
                    <div class="in-app-stream">
                        <p class="small"><strong>{&s.def.name}</strong>{format!(" · {} row(s)", s.rows)}</p>
                        <table class="rows" aria-label={format!("Rows of {}", s.def.name)}>
                            <thead><tr><th>{"ROWTIME"}</th>{ for s.def.columns.iter().map(|c| html! { <th>{&c.name}</th> }) }</tr></thead>
                            <tbody>
                                { for s.recent.iter().rev().take(6).map(|r| html! {
                                    <tr><td>{&format_timestamp(r.rowtime)[11..]}</td>{ for r.vals.iter().map(|v| html! { <td>{cell(v)}</td> }) }</tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }) }
            }
            if !app.log.is_empty() {
                <h4>{"Log"}</h4>
                <ul class="recent" aria-label="Application log">{ for app.log.iter().rev().take(5).map(|l| html! { <li class="small">{l}</li> }) }</ul>
            }
            <form aria-label="Update application code" onsubmit={on_update}>
                <label>{"SQL"}<textarea ref={code} aria-label="Application code" rows="6" class="mono" value={(*code_text).clone()} oninput={on_code} /></label>
                <button type="submit" aria-label="Update code">{"Update code"}</button>
            </form>
            <button type="button" class="danger" aria-label="Delete application" onclick={on_delete}>{"Delete application"}</button>
        </div>
    }
}
