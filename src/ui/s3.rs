//! S3 in the page: the bucket list with its creation form (left), and the bucket
//! inspector (right): upload an object, list and read objects, and edit the
//! bucket's event notifications (queue and topic destinations, event types,
//! prefix and suffix filters) with S3's own answers — an overlapping
//! configuration or a destination whose policy does not allow the bucket is
//! refused as AWS refuses it. Every change is an S3 API call through
//! `World::call`.

use super::{area_value, call, checked, input_value, select_value, Selection};
use crate::model::Service;
use crate::s3::DestinationKind;
use crate::web::with_host;
use crate::world::CallResult;
use base64::Engine as _;
use serde_json::{json, Value};
use yew::prelude::*;

fn s3_call(op: &str, input: Value) -> CallResult {
    call(Service::S3, op, input)
}

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub frame: u64,
    pub selected: Option<Selection>,
    pub select: Callback<Option<Selection>>,
    pub redraw: Callback<()>,
}

/// The "Buckets" section of the resource list.
#[function_component(BucketList)]
pub fn bucket_list(p: &ListProps) -> Html {
    let open = use_state(|| false);
    let name = use_node_ref();
    let problem = use_state(|| None::<String>);
    let rows = with_host(|h| {
        h.world
            .s3
            .buckets()
            .map(|b| (b.name.clone(), b.objects.len()))
            .collect::<Vec<_>>()
    });
    let on_name = {
        let (name, problem) = (name.clone(), problem.clone());
        Callback::from(move |_: InputEvent| {
            let n = input_value(&name);
            problem.set((!n.is_empty() && !crate::s3::buckets::valid_bucket_name(&n)).then(|| {
                "Bucket names are 3-63 characters of lowercase letters, numbers, dots and hyphens, starting and ending with a letter or number.".to_string()
            }));
        })
    };
    let onsubmit = {
        let (name, problem, open, select, redraw) = (
            name.clone(),
            problem.clone(),
            open.clone(),
            p.select.clone(),
            p.redraw.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let n = input_value(&name);
            let r = s3_call("CreateBucket", json!({"Bucket": n}));
            super::finish_create(&r, &problem, &open, &redraw, || {
                select.emit(Some(Selection::Bucket(n)));
            });
        })
    };
    html! {
        <section class="resource-kind">
            { super::kind_heading("Buckets", "Add bucket", &open) }
            if *open {
                <form class="create-form" aria-label="Create bucket" onsubmit={onsubmit}>
                    <label>{"Name"}<input ref={name} type="text" aria-label="Bucket name" placeholder="photos-123" oninput={on_name} required=true /></label>
                    if let Some(msg) = &*problem { <p class="problem" role="alert">{msg}</p> }
                    <button type="submit" aria-label="Create bucket">{"Create bucket"}</button>
                </form>
            }
            if rows.is_empty() { <p class="empty">{"none"}</p> }
            <ul class="queue-list">
                { for rows.iter().map(|(name, objects)| {
                    let (select, n) = (p.select.clone(), name.clone());
                    let current = p.selected.as_ref() == Some(&Selection::Bucket(name.clone()));
                    html! {
                        <li>
                            <button type="button" class={classes!("queue-item", current.then_some("selected"))}
                                aria-label={format!("Bucket {name}")} aria-pressed={current.to_string()}
                                onclick={Callback::from(move |_| select.emit(Some(Selection::Bucket(n.clone()))))}>
                                <span class="qname">{name}</span>
                                <span class="qcounts" title="objects">{objects.to_string()}</span>
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
    pub bucket: String,
    pub redraw: Callback<()>,
    pub select: Callback<Option<Selection>>,
}

/// One object row.
struct ObjectRow {
    key: String,
    size: usize,
    etag: String,
}

/// S3's event types a person can pick (the wildcard forms and the common ones).
const EVENT_TYPES: [&str; 6] = [
    "s3:ObjectCreated:*",
    "s3:ObjectCreated:Put",
    "s3:ObjectCreated:Copy",
    "s3:ObjectRemoved:*",
    "s3:ObjectRemoved:Delete",
    "s3:ObjectCreated:CompleteMultipartUpload",
];

/// The inspector for one bucket.
#[function_component(BucketInspector)]
pub fn bucket_inspector(p: &InspectorProps) -> Html {
    let status = use_state(|| None::<(bool, String)>);
    let shown = use_state(|| None::<(String, String)>);
    let key = use_node_ref();
    let body = use_node_ref();
    let content_type = use_node_ref();
    let dest_kind = use_state(|| "queue".to_string());
    let dest = use_node_ref();
    let prefix = use_node_ref();
    let suffix = use_node_ref();
    let allow = use_node_ref();
    let events: Vec<NodeRef> = EVENT_TYPES.iter().map(|_| NodeRef::default()).collect();
    let events = use_state(|| events);

    let Some((arn, region, objects, configs, queues, topics, functions)) = with_host(|h| {
        let b = h.world.s3.bucket(&p.bucket)?;
        let objects: Vec<ObjectRow> = b
            .objects
            .iter()
            .map(|(k, o)| ObjectRow {
                key: k.clone(),
                size: o.body.len(),
                etag: o.etag.clone(),
            })
            .collect();
        let queues: Vec<(String, String)> = h
            .world
            .sqs
            .queues()
            .into_iter()
            .map(|q| (q.arn, q.name))
            .collect();
        let topics: Vec<(String, String)> = h
            .world
            .sns
            .topics()
            .map(|t| (t.arn.clone(), t.name.clone()))
            .collect();
        let functions: Vec<(String, String)> = h
            .world
            .lambda
            .functions()
            .map(|f| (f.arn.clone(), f.name.clone()))
            .collect();
        Some((
            b.arn(),
            b.region.clone(),
            objects,
            b.notification.destinations.clone(),
            queues,
            topics,
            functions,
        ))
    }) else {
        return html! { <p class="hint">{"That bucket no longer exists."}</p> };
    };
    let report = super::reporter(status.clone(), p.redraw.clone());
    let bucket = p.bucket.clone();
    let on_upload = {
        let (bucket, report) = (bucket.clone(), report.clone());
        let (key, body, content_type) = (key.clone(), body.clone(), content_type.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let k = input_value(&key);
            let data = base64::engine::general_purpose::STANDARD.encode(area_value(&body));
            let mut input = json!({"Bucket": bucket, "Key": k, "Body": data});
            let ct = input_value(&content_type);
            if !ct.is_empty() {
                input["ContentType"] = json!(ct);
            }
            let r = s3_call("PutObject", input);
            report(&r, format!("Uploaded {k}"));
        })
    };
    let on_dest_kind = {
        let dest_kind = dest_kind.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            dest_kind.set(el.value());
        })
    };
    let on_add_config = {
        let (bucket, arn, report, configs) =
            (bucket.clone(), arn.clone(), report.clone(), configs.clone());
        let (dest_kind, dest, prefix, suffix, allow, events) = (
            dest_kind.clone(),
            dest.clone(),
            prefix.clone(),
            suffix.clone(),
            allow.clone(),
            events.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let target = select_value(&dest);
            let chosen: Vec<&str> = EVENT_TYPES
                .iter()
                .zip(events.iter())
                .filter(|(_, r)| checked(r))
                .map(|(t, _)| *t)
                .collect();
            let kind = match dest_kind.as_str() {
                "topic" => DestinationKind::Topic,
                "function" => DestinationKind::Function,
                _ => DestinationKind::Queue,
            };
            if checked(&allow) {
                if let Err(e) = allow_bucket(kind, &target, &arn) {
                    report(&Err(e), String::new());
                    return;
                }
            }
            let mut all: Vec<Value> = configs.iter().map(config_json).collect();
            all.push(config_value(
                kind,
                &target,
                &chosen,
                &input_value(&prefix),
                &input_value(&suffix),
                None,
            ));
            let r = put_configuration(&bucket, all);
            report(&r, "Event notification added.".into());
        })
    };
    let on_delete_bucket = {
        let (bucket, report, select) = (bucket.clone(), report.clone(), p.select.clone());
        Callback::from(move |_| {
            let r = s3_call("DeleteBucket", json!({"Bucket": bucket}));
            report(&r, "Bucket deleted.".into());
            if r.is_ok() {
                select.emit(None);
            }
        })
    };
    let dest_options: &Vec<(String, String)> = match dest_kind.as_str() {
        "topic" => &topics,
        "function" => &functions,
        _ => &queues,
    };
    html! {
        <div class="queue-inspector">
            <h3 class="inspector-title">{format!("Bucket {}", p.bucket)}</h3>
            <p class="mono small">{format!("{arn} · {region}")}</p>
            <p class="counts">{format!("{} objects · {} event notifications", objects.len(), configs.len())}</p>
            { super::status_line(&status) }
            <details open=true>
                <summary>{"Upload an object"}</summary>
                <form aria-label="Upload object" onsubmit={on_upload}>
                    <input ref={key} type="text" aria-label="Object key" placeholder="images/cat.jpg" required=true />
                    <textarea ref={body} aria-label="Object content" rows="2" placeholder="(text content)" />
                    <input ref={content_type} type="text" aria-label="Content type" placeholder="Content type (optional)" />
                    <button type="submit" aria-label="Upload">{"Upload"}</button>
                </form>
            </details>
            <details open=true>
                <summary>{"Objects"}</summary>
                if objects.is_empty() { <p class="empty">{"none"}</p> }
                <table class="attrs" aria-label="Objects">
                    { for objects.iter().map(|o| {
                        let (bucket, k, shown) = (bucket.clone(), o.key.clone(), shown.clone());
                        let view = Callback::from(move |_| {
                            let text = s3_call("GetObject", json!({"Bucket": bucket, "Key": k}))
                                .ok()
                                .and_then(|v| v["Body"].as_str().map(str::to_string))
                                .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
                                .map(|b| String::from_utf8_lossy(&b).into_owned())
                                .unwrap_or_default();
                            shown.set(Some((k.clone(), text)));
                        });
                        let (bucket, k, report) = (p.bucket.clone(), o.key.clone(), report.clone());
                        let delete = Callback::from(move |_| {
                            let r = s3_call("DeleteObject", json!({"Bucket": bucket, "Key": k}));
                            report(&r, format!("Deleted {k}"));
                        });
                        html! {
                            <tr>
                                <td class="mono">{&o.key}</td>
                                <td>{format!("{} B", o.size)}</td>
                                <td class="small" title={o.etag.clone()}>{o.etag.chars().take(10).collect::<String>()}</td>
                                <td>
                                    <button type="button" aria-label={format!("View object {}", o.key)} onclick={view}>{"View"}</button>
                                    <button type="button" aria-label={format!("Delete object {}", o.key)} onclick={delete}>{"Delete"}</button>
                                </td>
                            </tr>
                        }
                    }) }
                </table>
                if let Some((k, text)) = &*shown {
                    <pre class="object-view" aria-label="Object content shown">{format!("{k}:\n{text}")}</pre>
                }
            </details>
            <details open=true>
                <summary>{"Event notifications"}</summary>
                <ul class="polled" aria-label="Event notifications">
                    { for configs.iter().enumerate().map(|(i, c)| {
                        let (bucket, configs, report) = (p.bucket.clone(), configs.clone(), report.clone());
                        let remove = Callback::from(move |_| {
                            let rest: Vec<Value> = configs.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, c)| config_json(c)).collect();
                            let r = put_configuration(&bucket, rest);
                            report(&r, "Event notification removed.".into());
                        });
                        html! {
                            <li>
                                <span class="body small">{config_label(c)}</span>
                                <button type="button" aria-label={format!("Remove event notification {}", c.id)} onclick={remove}>{"Remove"}</button>
                            </li>
                        }
                    }) }
                </ul>
                <form aria-label="Add event notification" onsubmit={on_add_config}>
                    <label>{"Destination"}
                        <select aria-label="Destination type" onchange={on_dest_kind}>
                            <option value="queue" selected={*dest_kind == "queue"}>{"SQS queue"}</option>
                            <option value="topic" selected={*dest_kind == "topic"}>{"SNS topic"}</option>
                            <option value="function" selected={*dest_kind == "function"}>{"Lambda function"}</option>
                        </select>
                    </label>
                    <select ref={dest} aria-label="Destination">
                        { for dest_options.iter().enumerate().map(|(i, (a, n))| html!{ <option value={a.clone()} selected={i == 0}>{n}</option> }) }
                    </select>
                    <fieldset class="events" aria-label="Event types">
                        { for EVENT_TYPES.iter().zip(events.iter()).enumerate().map(|(i, (t, r))| html! {
                            <label class="check"><input ref={r.clone()} type="checkbox" checked={i == 0} aria-label={*t} />{*t}</label>
                        }) }
                    </fieldset>
                    <input ref={prefix} type="text" aria-label="Prefix filter" placeholder="Prefix (e.g. images/)" />
                    <input ref={suffix} type="text" aria-label="Suffix filter" placeholder="Suffix (e.g. .jpg)" />
                    <label class="check"><input ref={allow} type="checkbox" checked=true aria-label="Allow the bucket in the destination's access policy" />
                        {"Allow the bucket in the destination's access policy"}</label>
                    <button type="submit" aria-label="Add event notification">{"Add"}</button>
                </form>
            </details>
            <button type="button" class="danger" aria-label="Delete bucket" onclick={on_delete_bucket}>{"Delete bucket"}</button>
        </div>
    }
}

/// `ObjectCreated:* → orders (queue) · prefix images/ · suffix .jpg`.
pub fn config_label(c: &crate::s3::notifications::DestinationConfiguration) -> String {
    let target = c.arn.rsplit(':').next().unwrap_or("");
    let kind = match c.kind {
        DestinationKind::Queue => "queue",
        DestinationKind::Topic => "topic",
        DestinationKind::Function => "function",
    };
    let mut s = format!(
        "{} → {target} ({kind})",
        c.events
            .iter()
            .map(|e| e.trim_start_matches("s3:"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if let Some(p) = &c.prefix {
        s.push_str(&format!(" · prefix {p}"));
    }
    if let Some(x) = &c.suffix {
        s.push_str(&format!(" · suffix {x}"));
    }
    s
}

/// A stored configuration as PutBucketNotificationConfiguration takes it.
fn config_json(c: &crate::s3::notifications::DestinationConfiguration) -> Value {
    let events: Vec<&str> = c.events.iter().map(String::as_str).collect();
    config_value(
        c.kind,
        &c.arn,
        &events,
        c.prefix.as_deref().unwrap_or(""),
        c.suffix.as_deref().unwrap_or(""),
        Some(&c.id),
    )
}

fn config_value(
    kind: DestinationKind,
    arn: &str,
    events: &[&str],
    prefix: &str,
    suffix: &str,
    id: Option<&str>,
) -> Value {
    let arn_key = kind.arn_member();
    let mut v = json!({ arn_key: arn, "Events": events });
    if let Some(id) = id {
        v["Id"] = json!(id);
    }
    let mut rules = Vec::new();
    if !prefix.is_empty() {
        rules.push(json!({"Name": "prefix", "Value": prefix}));
    }
    if !suffix.is_empty() {
        rules.push(json!({"Name": "suffix", "Value": suffix}));
    }
    if !rules.is_empty() {
        v["Filter"] = json!({"Key": {"FilterRules": rules}});
    }
    v["_kind"] = json!(arn_key);
    v
}

/// PutBucketNotificationConfiguration with the whole list (S3 replaces it).
fn put_configuration(bucket: &str, all: Vec<Value>) -> CallResult {
    let (mut queues, mut topics, mut functions) = (Vec::new(), Vec::new(), Vec::new());
    for mut c in all {
        let kind = c["_kind"].as_str().unwrap_or("").to_string();
        if let Some(o) = c.as_object_mut() {
            o.remove("_kind");
        }
        match kind.as_str() {
            "TopicArn" => topics.push(c),
            "LambdaFunctionArn" => functions.push(c),
            _ => queues.push(c),
        }
    }
    s3_call(
        "PutBucketNotificationConfiguration",
        json!({"Bucket": bucket, "NotificationConfiguration": {
            "QueueConfigurations": queues, "TopicConfigurations": topics,
            "LambdaFunctionConfigurations": functions}}),
    )
}

/// Lets S3 send from this bucket (`s3.amazonaws.com` with `aws:SourceArn` = the
/// bucket) into the destination, as the S3 user guide's walkthrough has you do
/// before configuring notifications.
fn allow_bucket(
    kind: DestinationKind,
    target: &str,
    bucket_arn: &str,
) -> Result<(), crate::error::AwsError> {
    let statement = |action: &str| {
        json!({
            "Sid": format!("s3-{}", bucket_arn.rsplit(':').next().unwrap_or("")),
            "Effect": "Allow",
            "Principal": {"Service": "s3.amazonaws.com"},
            "Action": action,
            "Resource": target,
            "Condition": {"ArnLike": {"aws:SourceArn": bucket_arn}},
        })
    };
    match kind {
        DestinationKind::Queue => {
            super::allow_in_queue_policy(target, statement("sqs:SendMessage"))
        }
        DestinationKind::Topic => super::allow_in_topic_policy(target, statement("SNS:Publish")),
        // A function's policy is AddPermission's (a statement already there
        // is kept), as the S3 console adds it.
        DestinationKind::Function => super::allow_service_to_invoke(
            target,
            &format!("s3-{}", bucket_arn.rsplit(':').next().unwrap_or("")),
            "s3.amazonaws.com",
            bucket_arn,
        ),
    }
}
