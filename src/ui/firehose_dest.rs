//! Firehose's destinations other than S3 in the page: the form fields for a
//! Redshift, OpenSearch, HTTP endpoint (custom or a third-party preset) or
//! Splunk destination, and the inspector's view of what the simulated
//! receiver holds — the Redshift table's rows and the COPYs waiting, the
//! index's documents, the endpoint's requests — with the batches retrying and
//! the receiver's failure rate (a world setting, like an SNS endpoint's).

use super::{input_value, select_value};
use crate::firehose::dest::Target;
use crate::firehose::receivers::{Endpoint, Index, Table};
use crate::firehose::DeliveryStream;
use crate::web::with_host;
use serde_json::{json, Value};
use yew::prelude::*;

/// The page's destinations: (value, label, default endpoint / URL).
pub const KINDS: &[(&str, &str, &str)] = &[
    ("s3", "Amazon S3", ""),
    (
        "redshift",
        "Amazon Redshift (S3, then COPY)",
        "jdbc:redshift://demo.abc123xyz.us-east-1.redshift.amazonaws.com:5439/dev",
    ),
    (
        "opensearch",
        "Amazon OpenSearch Service",
        "arn:aws:es:us-east-1:123456789012:domain/logs",
    ),
    (
        "http",
        "HTTP endpoint",
        "https://receiver.example.com/firehose",
    ),
    // Third-party services are HTTP endpoints by URL on AWS (the console's
    // presets); edit the URL to your account's.
    (
        "datadog",
        "Datadog (HTTP endpoint)",
        "https://aws-kinesis-http-intake.logs.datadoghq.com/v1/input",
    ),
    (
        "newrelic",
        "New Relic (HTTP endpoint)",
        "https://aws-api.newrelic.com/firehose/v1",
    ),
    (
        "mongodb",
        "MongoDB Cloud (HTTP endpoint)",
        "https://data.mongodb-api.com/app/my-app/endpoint/firehose",
    ),
    (
        "coralogix",
        "Coralogix (HTTP endpoint)",
        "https://firehose-ingress.coralogix.com/firehose",
    ),
    ("splunk", "Splunk", "https://splunk.example.com:8088"),
];

/// The references of the destination-specific form fields.
#[derive(Clone, PartialEq)]
pub struct Fields {
    pub endpoint: NodeRef,
    pub name: NodeRef,
    pub columns: NodeRef,
    pub options: NodeRef,
    pub choice: NodeRef,
    pub backup_all: NodeRef,
}

impl Fields {
    pub fn new() -> Fields {
        Fields {
            endpoint: NodeRef::default(),
            name: NodeRef::default(),
            columns: NodeRef::default(),
            options: NodeRef::default(),
            choice: NodeRef::default(),
            backup_all: NodeRef::default(),
        }
    }
}

fn or(v: String, d: &str) -> String {
    if v.trim().is_empty() {
        d.to_string()
    } else {
        v
    }
}

/// The CreateDeliveryStream member and configuration for `kind`, given the
/// S3 part (`s3`: RoleARN, BucketARN, BufferingHints, CompressionFormat,
/// Prefix) and the buffering the user typed (`hints`, empty when none).
pub fn configuration(
    kind: &str,
    f: &Fields,
    role: &str,
    s3: Value,
    hints: Value,
) -> (String, Value) {
    let default = KINDS.iter().find(|k| k.0 == kind).map_or("", |k| k.2);
    let endpoint = or(input_value(&f.endpoint), default);
    let name = input_value(&f.name);
    let backup = select_value(&f.backup_all) == "all";
    let s3_only = |s3: &Value| json!({"RoleARN": s3["RoleARN"], "BucketARN": s3["BucketARN"], "CompressionFormat": s3["CompressionFormat"]});
    let with_hints = |mut c: Value| {
        if hints.as_object().is_some_and(|h| !h.is_empty()) {
            c["BufferingHints"] = hints.clone();
        }
        c
    };
    match kind {
        "redshift" => {
            let mut cc = json!({"DataTableName": or(name, "events")});
            let cols = input_value(&f.columns);
            if !cols.trim().is_empty() {
                cc["DataTableColumns"] = json!(cols);
            }
            let opts = input_value(&f.options);
            if !opts.trim().is_empty() {
                cc["CopyOptions"] = json!(opts);
            }
            (
                "RedshiftDestinationConfiguration".into(),
                json!({"RoleARN": role, "ClusterJDBCURL": endpoint, "CopyCommand": cc,
                       "Username": "firehose", "Password": "Firehose-1",
                       "S3Configuration": s3}),
            )
        }
        "opensearch" => (
            "AmazonopensearchserviceDestinationConfiguration".into(),
            with_hints(
                json!({"RoleARN": role, "DomainARN": endpoint, "IndexName": or(name, "events"),
                   "IndexRotationPeriod": or(select_value(&f.choice), "OneDay"),
                   "S3BackupMode": if backup { "AllDocuments" } else { "FailedDocumentsOnly" },
                   "S3Configuration": s3_only(&s3)}),
            ),
        ),
        "splunk" => (
            "SplunkDestinationConfiguration".into(),
            with_hints(
                json!({"HECEndpoint": endpoint, "HECEndpointType": or(select_value(&f.choice), "Raw"),
                   "HECToken": or(name, "00000000-0000-0000-0000-000000000000"),
                   "S3BackupMode": if backup { "AllEvents" } else { "FailedEventsOnly" },
                   "S3Configuration": s3_only(&s3)}),
            ),
        ),
        _ => {
            let mut e = json!({"Url": endpoint, "Name": KINDS.iter().find(|k| k.0 == kind).map_or("HTTP endpoint", |k| k.1)});
            if !name.is_empty() {
                e["AccessKey"] = json!(name);
            }
            (
                "HttpEndpointDestinationConfiguration".into(),
                with_hints(json!({"EndpointConfiguration": e,
                       "S3BackupMode": if backup { "AllData" } else { "FailedDataOnly" },
                       "S3Configuration": s3_only(&s3)})),
            )
        }
    }
}

/// The form fields for `kind` (none for S3).
pub fn form_fields(kind: &str, f: &Fields) -> Html {
    let default = KINDS
        .iter()
        .find(|k| k.0 == kind)
        .map_or("", |k| k.2)
        .to_string();
    let backup = |failed: &str, all: &str| {
        html! {
            <label>{"S3 backup"}
                <select ref={f.backup_all.clone()} aria-label="S3 backup mode">
                    <option value="failed" selected=true>{failed.to_string()}</option>
                    <option value="all">{all.to_string()}</option>
                </select>
            </label>
        }
    };
    match kind {
        "s3" => html! {},
        "redshift" => html! {
            <>
                <label>{"Cluster JDBC URL"}<input ref={f.endpoint.clone()} type="text" aria-label="Cluster JDBC URL" placeholder={default} /></label>
                <div class="row">
                    <label>{"Table"}<input ref={f.name.clone()} type="text" aria-label="Table" placeholder="events" /></label>
                    <label>{"Columns"}<input ref={f.columns.clone()} type="text" aria-label="Table columns" placeholder="id,name" /></label>
                </div>
                <label>{"COPY options"}<input ref={f.options.clone()} type="text" aria-label="COPY options" placeholder="JSON 'auto' (add GZIP with GZIP compression)" /></label>
                <p class="small">{"The bucket above is the intermediate bucket; the simulated cluster gets the table with these columns."}</p>
            </>
        },
        "opensearch" => html! {
            <>
                <label>{"Domain ARN"}<input ref={f.endpoint.clone()} type="text" aria-label="Domain ARN" placeholder={default} /></label>
                <div class="row">
                    <label>{"Index"}<input ref={f.name.clone()} type="text" aria-label="Index name" placeholder="events" /></label>
                    <label>{"Rotation"}
                        <select ref={f.choice.clone()} aria-label="Index rotation">
                            <option value="NoRotation">{"None"}</option>
                            <option value="OneHour">{"Hourly"}</option>
                            <option value="OneDay" selected=true>{"Daily"}</option>
                            <option value="OneWeek">{"Weekly"}</option>
                            <option value="OneMonth">{"Monthly"}</option>
                        </select>
                    </label>
                </div>
                { backup("Failed documents only", "All documents") }
            </>
        },
        "splunk" => html! {
            <>
                <label>{"HEC endpoint"}<input ref={f.endpoint.clone()} type="text" aria-label="HEC endpoint" placeholder={default} /></label>
                <div class="row">
                    <label>{"HEC token"}<input ref={f.name.clone()} type="text" aria-label="HEC token" placeholder="token" /></label>
                    <label>{"Endpoint type"}
                        <select ref={f.choice.clone()} aria-label="HEC endpoint type">
                            <option value="Raw" selected=true>{"Raw"}</option>
                            <option value="Event">{"Event"}</option>
                        </select>
                    </label>
                </div>
                { backup("Failed events only", "All events") }
                <p class="small">{"Splunk's buffer interval is at most 60 s."}</p>
            </>
        },
        _ => html! {
            <>
                <label>{"Endpoint URL"}<input ref={f.endpoint.clone()} type="text" aria-label="Endpoint URL" placeholder={default} /></label>
                <label>{"Access key (optional)"}<input ref={f.name.clone()} type="text" aria-label="Access key" placeholder="API key" /></label>
                { backup("Failed data only", "All data") }
            </>
        },
    }
}

/// What the inspector shows of a stream's destination when it is not S3.
#[derive(Clone, PartialEq)]
pub enum Received {
    Table(String, String, Option<Table>),
    Index(String, Vec<(String, Index)>),
    Endpoint(String, Option<Endpoint>),
}

/// The receiver's key (for the failure rate) and what it holds, read from
/// the world.
pub fn received(s: &DeliveryStream) -> Option<Received> {
    with_host(|h| {
        let r = &h.world.firehose.receivers;
        Some(match &s.target {
            Target::S3 => return None,
            Target::Redshift(x) => Received::Table(
                x.jdbc_url.clone(),
                x.table.clone(),
                r.table(&x.jdbc_url, &x.table).cloned(),
            ),
            Target::OpenSearch(o) => {
                let address = o.address();
                let indexes = r
                    .domains
                    .get(&address)
                    .map(|d| {
                        d.indexes
                            .iter()
                            .filter(|(n, _)| n.starts_with(&o.index))
                            .map(|(n, i)| (n.clone(), i.clone()))
                            .collect()
                    })
                    .unwrap_or_default();
                Received::Index(address, indexes)
            }
            Target::Http(x) => Received::Endpoint(x.url.clone(), r.endpoint(&x.url).cloned()),
            Target::Splunk(x) => {
                Received::Endpoint(x.hec_endpoint.clone(), r.endpoint(&x.hec_endpoint).cloned())
            }
        })
    })
}

#[derive(Properties, PartialEq)]
pub struct RateProps {
    pub receiver: String,
    pub ppm: u32,
    pub redraw: Callback<()>,
}

/// The receiver's failure rate: a world setting, not an AWS call.
#[function_component(ReceiverFailureRate)]
pub fn receiver_failure_rate(p: &RateProps) -> Html {
    let oninput = {
        let (key, redraw) = (p.receiver.clone(), p.redraw.clone());
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            let pct: f64 = el.value().parse().unwrap_or(0.0);
            let ppm = (pct.clamp(0.0, 100.0) * 10_000.0).round() as u32;
            with_host(|h| {
                let rates = &mut h.world.firehose.settings.failure_rate_ppm;
                if ppm == 0 {
                    rates.remove(&key);
                } else {
                    rates.insert(key.clone(), ppm);
                }
            });
            redraw.emit(());
        })
    };
    html! {
        <label class="inline">{"Receiver failure rate (%)"}
            <input type="number" min="0" max="100" step="1" aria-label="Receiver failure rate (percent)"
                value={(f64::from(p.ppm) / 10_000.0).to_string()} {oninput} />
        </label>
    }
}

fn cell(v: &Value) -> String {
    match v {
        Value::Null => "NULL".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The destination section of the inspector.
pub fn destination_view(s: &DeliveryStream, now_ms: u64, redraw: &Callback<()>) -> Html {
    let Some(rec) = received(s) else {
        return html! {};
    };
    let key = match &rec {
        Received::Table(url, _, _) => url.clone(),
        Received::Index(a, _) => a.clone(),
        Received::Endpoint(u, _) => u.clone(),
    };
    let ppm = with_host(|h| h.world.firehose.settings.failure_rate_for(&key));
    let ago = |t: u64| format!("{:.1} s ago", now_ms.saturating_sub(t) as f64 / 1000.0);
    let body = match rec {
        Received::Table(url, table, t) => match t {
            None => {
                html! { <p class="problem">{format!("The cluster {url} has no table {table}: COPY fails with Redshift.TableNotFound.")}</p> }
            }
            Some(t) => html! {
                <>
                    <p class="small">{format!("Table {table}: {} row(s) from {} COPY(s); the newest:", t.row_count, t.copies)}</p>
                    <table class="small" aria-label="Redshift table rows">
                        <thead><tr>{ for t.columns.iter().map(|c| html! { <th>{c}</th> }) }</tr></thead>
                        <tbody>{ for t.rows.iter().rev().take(20).map(|r| html! {
                            <tr>{ for r.iter().map(|v| html! { <td>{cell(v)}</td> }) }</tr>
                        }) }</tbody>
                    </table>
                </>
            },
        },
        Received::Index(_, indexes) => html! {
            <>
                if indexes.is_empty() { <p class="empty">{"no documents yet"}</p> }
                { for indexes.iter().map(|(name, i)| html! {
                    <details>
                        <summary>{format!("Index {name}: {} document(s)", i.count)}</summary>
                        <ul class="recent" aria-label={format!("Documents of {name}")}>
                            { for i.docs.iter().rev().take(20).map(|d| html! {
                                <li class="mono small">{format!("_id {} · {}", d.id, d.source)}</li>
                            }) }
                        </ul>
                    </details>
                }) }
            </>
        },
        Received::Endpoint(url, e) => match e {
            None => html! { <p class="empty">{format!("{url} has received nothing yet")}</p> },
            Some(e) => html! {
                <>
                    <p class="small">{format!("{url}: {} request(s) accepted, {} answered with an error", e.accepted, e.failed)}</p>
                    <ul class="recent" aria-label="Requests received">
                        { for e.requests.iter().rev().take(20).map(|r| {
                            let id = r.headers.iter().find(|(k, _)| k == "X-Amz-Firehose-Request-Id" || k == "X-Splunk-Request-Channel").map(|(_, v)| v.clone()).unwrap_or_default();
                            let headers: Vec<String> = r.headers.iter().map(|(k, v)| format!("{k}: {v}")).collect();
                            html! {
                                <li title={format!("{}\n\n{}", headers.join("\n"), r.body)}>
                                    {format!("HTTP {} · {} record(s) · request {} · {}", r.status, r.records, id, ago(r.at_ms))}
                                </li>
                            }
                        }) }
                    </ul>
                </>
            },
        },
    };
    html! {
        <details open=true>
            <summary>{format!("Destination: {}", s.target.label())}</summary>
            <ReceiverFailureRate receiver={key} ppm={ppm} redraw={redraw.clone()} />
            { body }
            if !s.batches.is_empty() || !s.copies.is_empty() {
                <ul class="recent" aria-label="Deliveries retrying">
                    { for s.batches.values().map(|b| html! {
                        <li>{format!("batch {}: {} record(s), attempt {}{}", b.id, b.records.len(), b.attempts,
                            b.last_error.as_deref().map(|e| format!(" · {e}")).unwrap_or_default())}</li>
                    }) }
                    { for s.copies.values().map(|c| html! {
                        <li>{format!("COPY of object {}: {} attempt(s){}", c.object, c.attempts,
                            c.last_error.as_deref().map(|e| format!(" · {e}")).unwrap_or_default())}</li>
                    }) }
                </ul>
            }
            <p class="small">{format!("delivered: {} record(s) · failed attempts: {} · backed up to S3 as failed: {}",
                s.counters.destination_records, s.counters.destination_failed_attempts, s.counters.backed_up_failed_records)}</p>
        </details>
    }
}
