//! SNS in the page: the topic list with its creation form (left), the topic
//! inspector (publish, subscribe, attributes) and the subscription inspector
//! with the filter-policy editor and tester (right). Every change goes through
//! `World::call` with the operations the CLI uses; the tester only reads (it
//! decides a policy still being edited against a pasted message, with the
//! engine's own filter code, and names the key that decided).

use super::{area_value, call, checked, error_text, input_value, select_value, Selection};
use crate::model::Service;
use crate::sns::filter::FilterPolicyScope;
use crate::sns::recent::test_policy;
use crate::web::with_host;
use crate::world::CallResult;
use serde_json::{json, Value};
use yew::prelude::*;

/// Runs an SNS operation for the page.
fn sns_call(op: &str, input: Value) -> CallResult {
    call(Service::Sns, op, input)
}

/// The protocols the subscribe form offers, as AWS spells them.
const PROTOCOLS: [&str; 9] = [
    "sqs",
    "lambda",
    "http",
    "https",
    "email",
    "email-json",
    "sms",
    "application",
    "firehose",
];

/// Subscriptions listed per topic (a topic may have thousands; the list says
/// how many in all).
const LIST_SUBS_MAX: usize = 25;

/// Message attribute rows a form offers.
const ATTRIBUTE_ROWS: usize = 3;

/// The last part of an endpoint, for short labels (a queue's name, an address).
pub fn endpoint_label(protocol: &str, endpoint: &str) -> String {
    match protocol {
        "sqs" | "lambda" | "firehose" | "application" => endpoint
            .rsplit([':', '/'])
            .next()
            .unwrap_or(endpoint)
            .into(),
        _ => endpoint.into(),
    }
}

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub frame: u64,
    pub selected: Option<Selection>,
    pub select: Callback<Option<Selection>>,
    pub redraw: Callback<()>,
}

/// One subscription's line in the list.
struct SubRow {
    id: u32,
    label: String,
    filtered: bool,
    counts: String,
}

/// The "Topics" section of the resource list: topics, and under each its
/// subscriptions with delivered / filtered-out / failed counts.
#[function_component(TopicList)]
pub fn topic_list(p: &ListProps) -> Html {
    let open = use_state(|| false);
    let rows = with_host(|h| {
        let sns = &h.world.sns;
        sns.topics()
            .map(|t| {
                let subs: Vec<SubRow> = t
                    .subscriptions
                    .iter()
                    .take(LIST_SUBS_MAX)
                    .filter_map(|id| sns.subscription(*id))
                    .map(|s| SubRow {
                        id: s.id,
                        label: format!(
                            "{} {}",
                            s.protocol,
                            endpoint_label(&s.protocol, &s.endpoint)
                        ),
                        filtered: s.filter_policy.is_some(),
                        counts: crate::view::subscription_status(&h.world, s),
                    })
                    .collect();
                let more = t.subscriptions.len().saturating_sub(LIST_SUBS_MAX);
                (
                    t.id,
                    super::placed_name(&t.name, &t.account_id, &t.region),
                    t.published,
                    subs,
                    more,
                )
            })
            .collect::<Vec<_>>()
    });
    let on_created = {
        let (open, select) = (open.clone(), p.select.clone());
        Callback::from(move |id: u32| {
            open.set(false);
            select.emit(Some(Selection::Topic(id)));
        })
    };
    html! {
        <section class="resource-kind">
            { super::kind_heading("Topics", "Add topic", &open) }
            if *open { <CreateTopicForm on_created={on_created} redraw={p.redraw.clone()} /> }
            if rows.is_empty() { <p class="empty">{"none"}</p> }
            <ul class="topic-list" aria-label="Topics">
                { for rows.iter().map(|(id, name, published, subs, more)| {
                    let (select, id) = (p.select.clone(), *id);
                    let current = p.selected == Some(Selection::Topic(id));
                    html! {
                        <li>
                            <button type="button" class={classes!("queue-item", current.then_some("selected"))}
                                aria-label={format!("Topic {name}")} aria-pressed={current.to_string()}
                                onclick={Callback::from(move |_| select.emit(Some(Selection::Topic(id))))}>
                                <span class="qname">{name}</span>
                                <span class="qcounts" title="messages published">{published.to_string()}</span>
                            </button>
                            { for subs.iter().map(|s| {
                                let (select, sid) = (p.select.clone(), s.id);
                                let current = p.selected == Some(Selection::Subscription(sid));
                                html! {
                                    <button type="button" class={classes!("sub-item", current.then_some("selected"))}
                                        aria-label={format!("Subscription {}", s.label)} aria-pressed={current.to_string()}
                                        onclick={Callback::from(move |_| select.emit(Some(Selection::Subscription(sid))))}>
                                        <span class="sub-line">{format!("→ {}{}", s.label, if s.filtered { " (filter)" } else { "" })}</span>
                                        <span class="sub-line">{&s.counts}</span>
                                    </button>
                                }
                            }) }
                            if *more > 0 { <p class="empty">{format!("+{more} more subscriptions")}</p> }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct DeviceProps {
    pub frame: u64,
}

/// Messages a device or phone row shows (the newest).
const DEVICE_MESSAGES_SHOWN: usize = 3;

/// One line for something a device or phone received.
fn received_line(r: &crate::sns::Received) -> String {
    format!(
        "{}{} — {}",
        crate::sim::SimTime(r.at_ms),
        r.failed
            .as_ref()
            .map(|c| format!(" · failed: {c}"))
            .unwrap_or_default(),
        r.body.chars().take(60).collect::<String>()
    )
}

/// Mobile push and SMS without a topic: platform applications with their
/// endpoints, and the phones a direct publish texted, each with what it got.
/// Made in the console (`aws sns create-platform-application`,
/// `create-platform-endpoint`, `publish --phone-number`); shown only once
/// there is one.
#[function_component(DeviceList)]
pub fn device_list(_p: &DeviceProps) -> Html {
    type Device = (String, bool, usize, Vec<String>);
    let (apps, phones) = with_host(|h| {
        let sns = &h.world.sns;
        let push = sns.push();
        let apps: Vec<(String, Vec<Device>)> = push
            .apps
            .values()
            .map(|a| {
                let devices = push
                    .endpoints_of(&a.arn)
                    .map(|e| {
                        (
                            e.arn
                                .rsplit('/')
                                .next()
                                .unwrap_or("")
                                .chars()
                                .take(8)
                                .collect(),
                            e.enabled(),
                            e.inbox.len(),
                            e.inbox
                                .iter()
                                .rev()
                                .take(DEVICE_MESSAGES_SHOWN)
                                .map(received_line)
                                .collect(),
                        )
                    })
                    .collect();
                (format!("{} ({})", a.name, a.platform), devices)
            })
            .collect();
        let caller = crate::world::Caller::default();
        let phones: Vec<Device> = sns
            .phones()
            .map(|(n, got)| {
                (
                    n.to_string(),
                    !sns.is_opted_out(&caller, n),
                    got.len(),
                    got.iter()
                        .rev()
                        .take(DEVICE_MESSAGES_SHOWN)
                        .map(received_line)
                        .collect(),
                )
            })
            .collect();
        (apps, phones)
    });
    if apps.is_empty() && phones.is_empty() {
        return html! {};
    }
    let row = |label: String, on: bool, off: &str, n: usize, lines: &[String]| {
        html! {
            <li>
                <details>
                    <summary aria-label={label.clone()}>{format!("{label}{} · {n} received", if on { String::new() } else { format!(" · {off}") })}</summary>
                    <ul class="recent">{ for lines.iter().map(|l| html! { <li>{l}</li> }) }</ul>
                </details>
            </li>
        }
    };
    html! {
        <section class="resource-kind" aria-label="Mobile push and SMS">
            <h3>{"Devices and phones"}</h3>
            <ul class="device-list" aria-label="Devices and phones">
                { for apps.iter().map(|(app, devices)| html! {
                    <li>
                        <span class="small">{format!("App {app}")}</span>
                        if devices.is_empty() { <p class="empty">{"no endpoints"}</p> }
                        <ul>{ for devices.iter().map(|(id, on, n, lines)| row(format!("Endpoint {id}"), *on, "disabled", *n, lines)) }</ul>
                    </li>
                }) }
                { for phones.iter().map(|(number, on, n, lines)| row(format!("Phone {number}"), *on, "opted out", *n, lines)) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CreateProps {
    on_created: Callback<u32>,
    redraw: Callback<()>,
}

/// CreateTopic's fields; SNS's own answer is shown for a bad name.
#[function_component(CreateTopicForm)]
fn create_topic_form(p: &CreateProps) -> Html {
    let name = use_node_ref();
    let fifo = use_node_ref();
    let cbd = use_node_ref();
    let problem = use_state(|| None::<String>);
    let is_fifo = use_state(|| false);
    let on_fifo = {
        let (fifo, is_fifo) = (fifo.clone(), is_fifo.clone());
        Callback::from(move |_: InputEvent| is_fifo.set(checked(&fifo)))
    };
    let onsubmit = {
        let (name, fifo, cbd, problem) = (name.clone(), fifo.clone(), cbd.clone(), problem.clone());
        let (on_created, redraw) = (p.on_created.clone(), p.redraw.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let n = input_value(&name);
            let mut attrs = serde_json::Map::new();
            if checked(&fifo) {
                attrs.insert("FifoTopic".into(), json!("true"));
                if checked(&cbd) {
                    attrs.insert("ContentBasedDeduplication".into(), json!("true"));
                }
            }
            let r = sns_call("CreateTopic", json!({"Name": n, "Attributes": attrs}));
            match error_text(&r) {
                Some(err) => problem.set(Some(err)),
                None => {
                    problem.set(None);
                    let arn = r
                        .ok()
                        .and_then(|v| v["TopicArn"].as_str().map(str::to_string));
                    let id = with_host(|h| {
                        h.world
                            .sns
                            .topics()
                            .find(|t| Some(&t.arn) == arn.as_ref())
                            .map(|t| t.id)
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
        <form class="create-form" oninput={super::clear_on_input(&problem)} aria-label="Create topic" onsubmit={onsubmit}>
            <label>{"Name"}<input ref={name} type="text" aria-label="Topic name" placeholder="orders" required=true /></label>
            <label class="check"><input ref={fifo} type="checkbox" aria-label="FIFO topic" oninput={on_fifo} />{"FIFO (name ends in .fifo)"}</label>
            if *is_fifo {
                <label class="check"><input ref={cbd} type="checkbox" aria-label="Content-based deduplication" />{"Content-based deduplication"}</label>
            }
            if let Some(msg) = &*problem { <p class="problem" role="alert">{msg}</p> }
            <button type="submit" aria-label="Create topic">{"Create topic"}</button>
        </form>
    }
}

/// Message attribute rows: name, data type, value.
#[derive(Clone, PartialEq)]
struct AttributeRefs(Vec<(NodeRef, NodeRef, NodeRef)>);

impl AttributeRefs {
    fn new() -> Self {
        AttributeRefs(
            (0..ATTRIBUTE_ROWS)
                .map(|_| (NodeRef::default(), NodeRef::default(), NodeRef::default()))
                .collect(),
        )
    }

    /// (name, DataType, StringValue) of each row with a name.
    fn values(&self) -> Vec<(String, String, String)> {
        self.0
            .iter()
            .map(|(n, t, v)| (input_value(n), select_value(t), input_value(v)))
            .filter(|(n, _, _)| !n.trim().is_empty())
            .collect()
    }

    /// The rows as Publish's MessageAttributes.
    fn message_attributes(&self) -> Value {
        let mut m = serde_json::Map::new();
        for (n, t, v) in self.values() {
            m.insert(n, json!({"DataType": t, "StringValue": v}));
        }
        Value::Object(m)
    }

    /// The rows, labelled `"{what} attribute {i} name"` and so on.
    fn view(&self, what: &str) -> Html {
        html! {
            <div class="attr-rows">
                { for self.0.iter().enumerate().map(|(i, (n, t, v))| html! {
                    <div class="attr-row">
                        <input ref={n.clone()} type="text" aria-label={format!("{what} attribute {} name", i + 1)} placeholder="name" />
                        <select ref={t.clone()} aria-label={format!("{what} attribute {} type", i + 1)}>
                            <option value="String" selected=true>{"String"}</option>
                            <option value="Number">{"Number"}</option>
                            <option value="String.Array">{"String.Array"}</option>
                        </select>
                        <input ref={v.clone()} type="text" aria-label={format!("{what} attribute {} value", i + 1)} placeholder="value" />
                    </div>
                }) }
            </div>
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct TopicInspectorProps {
    pub frame: u64,
    pub topic: u32,
    pub redraw: Callback<()>,
    pub select: Callback<Option<Selection>>,
}

/// The inspector for one topic: publish, subscribe, its subscriptions and
/// attributes.
#[function_component(TopicInspector)]
pub fn topic_inspector(p: &TopicInspectorProps) -> Html {
    let status = use_state(|| None::<(bool, String)>);
    let message = use_node_ref();
    let subject = use_node_ref();
    let group = use_node_ref();
    let dedup = use_node_ref();
    let attrs = use_state(AttributeRefs::new);
    let protocol = use_state(|| "sqs".to_string());
    let endpoint = use_node_ref();
    let queue = use_node_ref();
    let raw = use_node_ref();
    let allow = use_node_ref();
    let policy = use_state(String::new);
    let scope = use_node_ref();

    let Some((arn, name, fifo, published, subs, queues, total_subs, devices)) = with_host(|h| {
        let sns = &h.world.sns;
        let t = sns.topics().find(|t| t.id == p.topic)?;
        let subs: Vec<(u32, String)> = t
            .subscriptions
            .iter()
            .take(LIST_SUBS_MAX)
            .filter_map(|id| sns.subscription(*id))
            .map(|s| {
                (
                    s.id,
                    format!(
                        "{} {}",
                        s.protocol,
                        endpoint_label(&s.protocol, &s.endpoint)
                    ),
                )
            })
            .collect();
        let queues: Vec<(String, String)> = h
            .world
            .sqs
            .queues()
            .into_iter()
            .map(|q| (q.arn, q.name))
            .collect();
        // Mobile endpoints an `application` subscription can name.
        let devices: Vec<String> = sns
            .push()
            .endpoints
            .values()
            .map(|e| e.arn.clone())
            .collect();
        Some((
            t.arn.clone(),
            t.name.clone(),
            t.fifo,
            t.published,
            subs,
            queues,
            t.subscriptions.len(),
            devices,
        ))
    }) else {
        return html! { <p class="hint">{"That topic no longer exists."}</p> };
    };
    let attributes = sns_call("GetTopicAttributes", json!({"TopicArn": arn}))
        .ok()
        .and_then(|v| v.get("Attributes").cloned())
        .unwrap_or(json!({}));
    let report = super::reporter(status.clone(), p.redraw.clone());
    let on_publish = {
        let (arn, report) = (arn.clone(), report.clone());
        let (message, subject, group, dedup, attrs) = (
            message.clone(),
            subject.clone(),
            group.clone(),
            dedup.clone(),
            attrs.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut input = json!({"TopicArn": arn, "Message": area_value(&message)});
            for (k, r) in [
                ("Subject", &subject),
                ("MessageGroupId", &group),
                ("MessageDeduplicationId", &dedup),
            ] {
                let v = input_value(r);
                if !v.is_empty() {
                    input[k] = json!(v);
                }
            }
            let a = attrs.message_attributes();
            if a.as_object().is_some_and(|m| !m.is_empty()) {
                input["MessageAttributes"] = a;
            }
            let r = sns_call("Publish", input);
            let id = r
                .as_ref()
                .ok()
                .and_then(|v| v["MessageId"].as_str())
                .unwrap_or("")
                .to_string();
            report(&r, format!("Published {id}"));
        })
    };
    let policy_problem = (!policy.trim().is_empty())
        .then(|| {
            let sc = FilterPolicyScope::parse(&select_value(&scope))
                .unwrap_or(FilterPolicyScope::MessageAttributes);
            crate::sns::filter::parse_policy(&policy, sc)
                .err()
                .map(|e| e.to_aws_error(true).message)
        })
        .flatten();
    let on_policy = {
        let policy = policy.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            policy.set(el.value());
        })
    };
    let on_protocol = {
        let protocol = protocol.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            protocol.set(el.value());
        })
    };
    let on_subscribe = {
        let (arn, report, protocol, policy) = (
            arn.clone(),
            report.clone(),
            protocol.clone(),
            policy.clone(),
        );
        let (endpoint, queue, raw, scope, allow) = (
            endpoint.clone(),
            queue.clone(),
            raw.clone(),
            scope.clone(),
            allow.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let ep = if *protocol == "sqs" {
                select_value(&queue)
            } else {
                input_value(&endpoint)
            };
            if *protocol == "sqs" && checked(&allow) {
                if let Err(e) = allow_topic_in_queue_policy(&ep, &arn) {
                    report(&Err(e), String::new());
                    return;
                }
            }
            if *protocol == "lambda" {
                if let Err(e) = allow_topic_to_invoke(&ep, &arn) {
                    report(&Err(e), String::new());
                    return;
                }
            }
            let mut a = serde_json::Map::new();
            if checked(&raw) {
                a.insert("RawMessageDelivery".into(), json!("true"));
            }
            if !policy.trim().is_empty() {
                a.insert("FilterPolicyScope".into(), json!(select_value(&scope)));
                a.insert("FilterPolicy".into(), json!(*policy));
            }
            let r = sns_call(
                "Subscribe",
                json!({"TopicArn": arn, "Protocol": *protocol, "Endpoint": ep, "Attributes": a, "ReturnSubscriptionArn": true}),
            );
            report(&r, "Subscribed.".into());
        })
    };
    let on_delete = {
        let (arn, report, select) = (arn.clone(), report.clone(), p.select.clone());
        Callback::from(move |_| {
            let r = sns_call("DeleteTopic", json!({"TopicArn": arn}));
            report(&r, "Topic deleted.".into());
            if r.is_ok() {
                select.emit(None);
            }
        })
    };
    html! {
        <div class="queue-inspector">
            <h3 class="inspector-title">{format!("Topic {name}")}{ if fifo { " (FIFO)" } else { "" } }</h3>
            <p class="mono small">{&arn}</p>
            <p class="counts">{format!("{published} published · {total_subs} subscriptions")}</p>
            { super::status_line(&status) }
            <super::metrics::MetricCharts frame={p.frame} namespace="AWS/SNS" dimension="TopicName" value={name.clone()}
                account_id={arn.split(':').nth(4).unwrap_or_default().to_string()}
                region={arn.split(':').nth(3).unwrap_or_default().to_string()}
                metrics={vec![
                    ("NumberOfMessagesPublished", crate::cloudwatch::stats::Stat::Sum),
                    ("NumberOfNotificationsDelivered", crate::cloudwatch::stats::Stat::Sum),
                    ("NumberOfNotificationsFilteredOut", crate::cloudwatch::stats::Stat::Sum),
                    ("NumberOfNotificationsFailed", crate::cloudwatch::stats::Stat::Sum),
                ]} />
            <details open=true>
                <summary>{"Publish a message"}</summary>
                <form aria-label="Publish message" onsubmit={on_publish}>
                    <textarea ref={message} aria-label="Message" rows="2" placeholder={r#"{"order": 1, "status": "placed"}"#} />
                    <input ref={subject} type="text" aria-label="Subject" placeholder="Subject (optional)" />
                    if fifo {
                        <input ref={group} type="text" aria-label="Message group ID" placeholder="customer-42" />
                        <input ref={dedup} type="text" aria-label="Message deduplication ID" placeholder="(optional)" />
                    }
                    <span class="small">{"Message attributes"}</span>
                    { attrs.view("Message") }
                    <button type="submit" aria-label="Publish">{"Publish"}</button>
                </form>
            </details>
            <details open=true>
                <summary>{"Subscribe"}</summary>
                <form aria-label="Subscribe" onsubmit={on_subscribe}>
                    <label>{"Protocol"}
                        <select aria-label="Protocol" onchange={on_protocol}>
                            { for PROTOCOLS.iter().map(|pr| html!{ <option value={*pr} selected={*pr == protocol.as_str()}>{*pr}</option> }) }
                        </select>
                    </label>
                    if *protocol == "sqs" {
                        <label>{"Queue"}
                            <select ref={queue} aria-label="Queue endpoint">
                                { for queues.iter().enumerate().map(|(i, (a, n))| html!{ <option value={a.clone()} selected={i == 0}>{n}</option> }) }
                            </select>
                        </label>
                        <label class="check"><input ref={allow} type="checkbox" checked=true aria-label="Allow the topic in the queue's access policy" />
                            {"Allow the topic in the queue's access policy (as AWS's console does)"}</label>
                    } else {
                        <label>{"Endpoint"}<input ref={endpoint} type="text" aria-label="Endpoint" placeholder={endpoint_hint(&protocol)}
                            list={(*protocol == "application").then_some("mobile-endpoints")} /></label>
                        if *protocol == "application" {
                            <datalist id="mobile-endpoints">
                                { for devices.iter().map(|d| html!{ <option value={d.clone()} /> }) }
                            </datalist>
                            if devices.is_empty() {
                                <p class="hint small">{"An application endpoint must exist first: in the console, "}
                                    <code>{"aws sns create-platform-application"}</code>{" then "}
                                    <code>{"aws sns create-platform-endpoint"}</code>{"."}</p>
                            }
                        }
                    }
                    <label class="check"><input ref={raw} type="checkbox" aria-label="Raw message delivery" />{"Raw message delivery"}</label>
                    <label>{"Filter policy (optional)"}
                        <textarea aria-label="Subscription filter policy" rows="3" oninput={on_policy} value={(*policy).clone()}
                            placeholder={r#"{"status": ["placed"]}"#} />
                    </label>
                    <label>{"Filter policy scope"}
                        <select ref={scope} aria-label="Filter policy scope">
                            <option value="MessageAttributes" selected=true>{"MessageAttributes"}</option>
                            <option value="MessageBody">{"MessageBody"}</option>
                        </select>
                    </label>
                    if let Some(msg) = &policy_problem { <p class="problem" role="alert">{msg}</p> }
                    <button type="submit" aria-label="Subscribe">{"Subscribe"}</button>
                </form>
            </details>
            <details open=true>
                <summary>{"Subscriptions"}</summary>
                if subs.is_empty() { <p class="empty">{"none"}</p> }
                <ul class="polled">
                    { for subs.iter().map(|(id, label)| {
                        let (select, id) = (p.select.clone(), *id);
                        html! { <li><button type="button" aria-label={format!("Inspect subscription {label}")}
                            onclick={Callback::from(move |_| select.emit(Some(Selection::Subscription(id))))}>{label}</button></li> }
                    }) }
                </ul>
            </details>
            <details>
                <summary>{"Attributes"}</summary>
                <table class="attrs">
                    { for attributes.as_object().into_iter().flatten().map(|(k, v)| html!{
                        <tr><th>{k}</th><td class="mono">{v.as_str().unwrap_or("")}</td></tr>
                    }) }
                </table>
                <button type="button" class="danger" aria-label="Delete topic" onclick={on_delete}>{"Delete topic"}</button>
            </details>
        </div>
    }
}

/// The statement that lets `topic_arn` send into `queue_arn`, as AWS's console
/// adds it when it subscribes a queue to a topic: without one, SNS cannot
/// deliver (the delivery fails with AccessDenied and is counted).
fn allow_topic_in_queue_policy(
    queue_arn: &str,
    topic_arn: &str,
) -> Result<(), crate::error::AwsError> {
    super::allow_in_queue_policy(
        queue_arn,
        json!({
            "Sid": format!("topic-{}", topic_arn.rsplit(':').next().unwrap_or("")),
            "Effect": "Allow",
            "Principal": {"Service": "sns.amazonaws.com"},
            "Action": "sqs:SendMessage",
            "Resource": queue_arn,
            "Condition": {"ArnEquals": {"aws:SourceArn": topic_arn}},
        }),
    )
}

/// Lets the topic invoke a function of the world, as the SNS console does when
/// it subscribes one: AddPermission for `sns.amazonaws.com` from this topic.
/// An endpoint that is no function of the world (a simulated receiver) needs
/// nothing, and a statement already there is kept.
fn allow_topic_to_invoke(
    function_arn: &str,
    topic_arn: &str,
) -> Result<(), crate::error::AwsError> {
    let sid = format!("sns-{}", topic_arn.rsplit(':').next().unwrap_or(""));
    match super::allow_service_to_invoke(function_arn, &sid, "sns.amazonaws.com", topic_arn) {
        Err(e) if e.code == "ResourceNotFoundException" || e.code == "ValidationException" => {
            Ok(())
        }
        r => r,
    }
}

/// A placeholder showing the endpoint form AWS expects for a protocol.
fn endpoint_hint(protocol: &str) -> &'static str {
    match protocol {
        "http" => "http://example.com/hook",
        "https" => "https://example.com/hook",
        "email" | "email-json" => "someone@example.com",
        "sms" => "+15555550100",
        "lambda" => "arn:aws:lambda:us-east-1:123456789012:function:f",
        "firehose" => "arn:aws:firehose:us-east-1:123456789012:deliverystream/s",
        "application" => "arn:aws:sns:us-east-1:123456789012:endpoint/GCM/app/id",
        _ => "",
    }
}

#[derive(Properties, PartialEq)]
pub struct SubscriptionInspectorProps {
    pub frame: u64,
    pub subscription: u32,
    pub redraw: Callback<()>,
    pub select: Callback<Option<Selection>>,
}

/// What the page knows of a subscription.
struct SubInfo {
    arn: String,
    topic: u32,
    topic_name: String,
    protocol: String,
    endpoint: String,
    policy: Option<String>,
    scope: FilterPolicyScope,
    raw: bool,
    /// Recent messages of its topic: (message number, decision line, matched).
    recent: Vec<(u64, String, bool)>,
    topic_arn: String,
    pending: bool,
    status: String,
    /// The simulated receiver's newest arrivals (not for SQS endpoints).
    inbox: Vec<crate::sns::Received>,
    failure_ppm: u32,
    dlq: Option<String>,
}

/// Arrivals the inspector lists (the newest).
const INBOX_SHOWN: usize = 10;

/// The Token of the newest SubscriptionConfirmation that reached a receiver: a
/// JSON envelope's `Token`, or the `Token=` of the SubscribeURL in a plain-text
/// mail.
fn confirmation_token(inbox: &[crate::sns::Received]) -> Option<String> {
    let r = inbox
        .iter()
        .rev()
        .find(|r| r.message_type == "SubscriptionConfirmation")?;
    if let Some(t) = serde_json::from_str::<Value>(&r.body)
        .ok()
        .and_then(|v| v["Token"].as_str().map(str::to_string))
    {
        return Some(t);
    }
    let at = r.body.find("Token=")? + "Token=".len();
    Some(
        r.body[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect(),
    )
}

/// Recent messages the subscription inspector explains.
const RECENT_SHOWN: usize = 8;

/// The inspector for one subscription: counts, the filter-policy editor with
/// live validation, a tester, and why each recent message passed or not.
#[function_component(SubscriptionInspector)]
pub fn subscription_inspector(p: &SubscriptionInspectorProps) -> Html {
    let info = with_host(|h| {
        let sns = &h.world.sns;
        let s = sns.subscription(p.subscription)?;
        let topic_name = sns
            .topics()
            .find(|t| t.id == s.topic)
            .map(|t| t.name.clone())
            .unwrap_or_default();
        let recent = sns
            .recent_publishes()
            .rev()
            .filter(|m| m.topic == s.topic)
            .take(RECENT_SHOWN)
            .map(|m| match sns.explain_recent(s.id, m.message) {
                Some(d) => (m.message, d.explanation(), d.is_match()),
                None => (
                    m.message,
                    "no filter policy: every message is delivered".into(),
                    true,
                ),
            })
            .collect();
        let inbox = sns.inbox(s.id);
        Some(SubInfo {
            topic_arn: s.topic_arn.clone(),
            pending: s.pending_confirmation,
            status: crate::view::subscription_status(&h.world, s),
            inbox: inbox[inbox.len().saturating_sub(INBOX_SHOWN)..].to_vec(),
            failure_ppm: sns.settings.failure_rate_for(&s.endpoint),
            dlq: s.redrive_policy.as_ref().map(|(_, arn)| arn.clone()),
            arn: s.arn.clone(),
            topic: s.topic,
            topic_name,
            protocol: s.protocol.clone(),
            endpoint: s.endpoint.clone(),
            policy: s.filter_policy.clone(),
            scope: s.filter_policy_scope,
            raw: s.raw_message_delivery,
            recent,
        })
    });
    let Some(s) = info else {
        return html! { <p class="hint">{"That subscription no longer exists."}</p> };
    };
    html! {
        <div class="queue-inspector">
            <h3 class="inspector-title">{format!("Subscription → {}", endpoint_label(&s.protocol, &s.endpoint))}</h3>
            <p class="mono small">{&s.arn}</p>
            <p class="small">{format!("{} · {}{}", s.protocol, s.endpoint, if s.raw { " · raw delivery" } else { "" })}</p>
            <p class="counts" role="status" aria-label="Subscription state">{&s.status}</p>
            if let Some(d) = &s.dlq { <p class="small">{format!("Dead-letter queue: {d}")}</p> }
            if s.pending {
                <ConfirmBox arn={s.arn.clone()} topic_arn={s.topic_arn.clone()} token={confirmation_token(&s.inbox)} redraw={p.redraw.clone()} />
            }
            <p class="row">
                <button type="button" aria-label={format!("Inspect topic {}", s.topic_name)}
                    onclick={{ let (select, t) = (p.select.clone(), s.topic); Callback::from(move |_| select.emit(Some(Selection::Topic(t)))) }}>
                    {format!("Topic {}", s.topic_name)}
                </button>
            </p>
            <PolicyEditor key={p.subscription} arn={s.arn.clone()} policy={s.policy.clone()} scope={s.scope}
                redraw={p.redraw.clone()} />
            if s.protocol != "sqs" {
                <details open=true>
                    <summary>{format!("What the {} endpoint received", s.protocol)}</summary>
                    if s.inbox.is_empty() { <p class="empty">{"nothing yet"}</p> }
                    <ul class="recent" aria-label="Endpoint inbox">
                        { for s.inbox.iter().rev().map(|r| html! {
                            <li title={r.body.clone()}>
                                {format!("{} · {}{}{}{} — {}", crate::sim::SimTime(r.at_ms), r.message_type,
                                    if r.attempt > 1 { format!(" (attempt {})", r.attempt) } else { String::new() },
                                    r.failed.as_ref().map(|c| format!(" · failed: {c}")).unwrap_or_default(),
                                    r.subject.as_ref().map(|s| format!(" · {s}")).unwrap_or_default(),
                                    r.body.chars().take(80).collect::<String>())}
                            </li>
                        }) }
                    </ul>
                </details>
            }
            <FailureRate endpoint={s.endpoint.clone()} ppm={s.failure_ppm} redraw={p.redraw.clone()} />
            <details open=true>
                <summary>{"Recent messages"}</summary>
                if s.recent.is_empty() { <p class="empty">{"none published to this topic yet"}</p> }
                <ul class="recent" aria-label="Recent filter decisions">
                    { for s.recent.iter().map(|(n, why, ok)| html! {
                        <li class={if *ok { "match" } else { "nomatch" }}>
                            {format!("#{n} {} — {why}", if *ok { "delivered" } else { "filtered out" })}
                        </li>
                    }) }
                </ul>
            </details>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct EditorProps {
    arn: String,
    policy: Option<String>,
    scope: FilterPolicyScope,
    redraw: Callback<()>,
}

/// Pretty-prints a policy for editing (as written if it is not JSON).
fn pretty(policy: &str) -> String {
    serde_json::from_str::<Value>(policy)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_else(|| policy.to_string())
}

/// The filter-policy editor (validated as you type with SNS's own messages) and
/// the tester (decides the policy being edited against a message you paste).
#[function_component(PolicyEditor)]
fn policy_editor(p: &EditorProps) -> Html {
    let text = use_state(|| p.policy.as_deref().map(pretty).unwrap_or_default());
    let scope = use_state(|| p.scope);
    let status = use_state(|| None::<(bool, String)>);
    let body = use_node_ref();
    let attrs = use_state(AttributeRefs::new);
    let verdict = use_state(|| None::<(bool, String)>);

    let problem = (!text.trim().is_empty())
        .then(|| crate::sns::filter::parse_policy(&text, *scope).err())
        .flatten()
        .map(|e| e.to_aws_error(false).message);
    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            text.set(el.value());
        })
    };
    let on_scope = {
        let scope = scope.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(s) = FilterPolicyScope::parse(&el.value()) {
                scope.set(s);
            }
        })
    };
    let set_attr = {
        let (arn, status, redraw) = (p.arn.clone(), status.clone(), p.redraw.clone());
        move |pairs: Vec<(&'static str, String)>, ok: &str| {
            let mut r: CallResult = Ok(Value::Null);
            for (name, value) in pairs {
                r = sns_call(
                    "SetSubscriptionAttributes",
                    json!({"SubscriptionArn": arn, "AttributeName": name, "AttributeValue": value}),
                );
                if r.is_err() {
                    break;
                }
            }
            status.set(Some(super::outcome(&r, ok.to_string())));
            redraw.emit(());
        }
    };
    let on_save = {
        let (text, scope, set_attr) = (text.clone(), scope.clone(), set_attr.clone());
        let had_policy = p.policy.is_some();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Checked here first, so that the calls below cannot stop half way
            // (SNS validates each attribute against the other's current value).
            let scope_name = scope.as_str().to_string();
            let mut pairs = Vec::new();
            if had_policy {
                pairs.push(("FilterPolicy", String::new()));
            }
            pairs.push(("FilterPolicyScope", scope_name));
            pairs.push(("FilterPolicy", (*text).clone()));
            set_attr(pairs, "Filter policy saved.");
        })
    };
    let on_remove = {
        let (set_attr, text) = (set_attr.clone(), text.clone());
        Callback::from(move |_| {
            text.set(String::new());
            set_attr(
                vec![("FilterPolicy", String::new())],
                "Filter policy removed.",
            );
        })
    };
    let on_test = {
        let (text, scope, body, attrs, verdict) = (
            text.clone(),
            scope.clone(),
            body.clone(),
            attrs.clone(),
            verdict.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if text.trim().is_empty() {
                verdict.set(Some((
                    true,
                    "Match: with no filter policy every message is delivered.".into(),
                )));
                return;
            }
            verdict.set(Some(
                match test_policy(&text, *scope, &area_value(&body), &attrs.values()) {
                    Ok(d) if d.is_match() => (true, format!("Match — {}", d.explanation())),
                    Ok(d) => (false, format!("No match — {}", d.explanation())),
                    Err(e) => (false, format!("Invalid filter policy — {e}")),
                },
            ));
        })
    };
    html! {
        <>
            <details open=true>
                <summary>{"Filter policy"}</summary>
                <form aria-label="Filter policy" onsubmit={on_save}>
                    <textarea aria-label="Filter policy" rows="6" class="mono" oninput={on_text} value={(*text).clone()}
                        placeholder={r#"{"status": ["placed"]}"#} />
                    <label>{"Scope"}
                        <select aria-label="Filter policy scope" onchange={on_scope}>
                            <option value="MessageAttributes" selected={*scope == FilterPolicyScope::MessageAttributes}>{"MessageAttributes"}</option>
                            <option value="MessageBody" selected={*scope == FilterPolicyScope::MessageBody}>{"MessageBody"}</option>
                        </select>
                    </label>
                    if let Some(msg) = &problem {
                        <p class="problem" role="alert">{msg}</p>
                    } else if !text.trim().is_empty() {
                        <p class="status ok">{"Valid filter policy"}</p>
                    }
                    { super::status_line(&status) }
                    <div class="row">
                        <button type="submit" aria-label="Save filter policy" disabled={problem.is_some() || text.trim().is_empty()}>{"Save"}</button>
                        <button type="button" aria-label="Remove filter policy" onclick={on_remove} disabled={p.policy.is_none()}>{"Remove"}</button>
                    </div>
                </form>
            </details>
            <details open=true>
                <summary>{"Test a message"}</summary>
                <form aria-label="Test a message against the filter policy" onsubmit={on_test}>
                    <textarea ref={body} aria-label="Test message body" rows="2" placeholder={r#"{"status": "placed"}"#} />
                    { attrs.view("Test") }
                    <button type="submit" aria-label="Test filter policy">{"Test"}</button>
                    if let Some((ok, t)) = &*verdict {
                        <p class={if *ok {"verdict match"} else {"verdict nomatch"}} role="status" aria-label="Filter test result">{t}</p>
                    }
                </form>
            </details>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ConfirmProps {
    arn: String,
    topic_arn: String,
    token: Option<String>,
    redraw: Callback<()>,
}

/// A pending subscription: confirm it as its owner would, with ConfirmSubscription
/// and the Token that arrived in the SubscriptionConfirmation.
#[function_component(ConfirmBox)]
fn confirm_box(p: &ConfirmProps) -> Html {
    let status = use_state(|| None::<(bool, String)>);
    let onclick = {
        let (status, redraw, topic_arn, token) = (
            status.clone(),
            p.redraw.clone(),
            p.topic_arn.clone(),
            p.token.clone(),
        );
        Callback::from(move |_| {
            let r = sns_call(
                "ConfirmSubscription",
                json!({"TopicArn": topic_arn, "Token": token.clone().unwrap_or_default()}),
            );
            status.set(Some(super::outcome(&r, "Subscription confirmed.")));
            redraw.emit(());
        })
    };
    html! {
        <div class="confirm-box">
            <p class="small">{"Pending confirmation: SNS sent a SubscriptionConfirmation to the endpoint. Its owner confirms with the Token it carries."}</p>
            <button type="button" aria-label="Confirm subscription" onclick={onclick} disabled={p.token.is_none()}>{"Confirm subscription"}</button>
            { super::status_line(&status) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FailureProps {
    endpoint: String,
    ppm: u32,
    redraw: Callback<()>,
}

/// How often the simulated endpoint fails a delivery (a server-side error that
/// SNS retries by its delivery policy): a setting of the world, drawn from the
/// world's seeded generator, like the clock's speed a control of the simulation
/// rather than an AWS operation.
#[function_component(FailureRate)]
fn failure_rate(p: &FailureProps) -> Html {
    // Applied on every input: the page redraws each frame, and a controlled
    // field would be reset before a change event.
    let oninput = {
        let (endpoint, redraw) = (p.endpoint.clone(), p.redraw.clone());
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            let pct: f64 = el.value().parse().unwrap_or(0.0);
            let ppm = (pct.clamp(0.0, 100.0) * 10_000.0).round() as u32;
            with_host(|h| {
                let rates = &mut h.world.sns.settings.failure_rate_ppm;
                if ppm == 0 {
                    rates.remove(&endpoint);
                } else {
                    rates.insert(endpoint.clone(), ppm);
                }
            });
            redraw.emit(());
        })
    };
    html! {
        <label class="inline">{"Endpoint failure rate (%)"}
            <input type="number" min="0" max="100" step="1" aria-label="Endpoint failure rate (percent)"
                value={(f64::from(p.ppm) / 10_000.0).to_string()} {oninput} />
        </label>
    }
}
