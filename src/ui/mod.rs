//! The page (wasm32 only): a Yew app laid out as PLAYGROUND.md describes — top
//! bar with the clock controls, resources on the left, the live diagram in the
//! centre, the inspector on the right, the AWS CLI console and the event log at
//! the bottom.
//!
//! **Architecture Invariant:** the UI changes the world only through the same
//! operations a user or the CLI would call (`runner::run_line`, `World::call`,
//! the clock controls); it reads everything else.

mod analytics;
mod autoscaling;
mod clients;
mod console;
mod diagram;
mod firehose;
mod firehose_dest;
mod kinesis;
mod lambda;
mod metrics;
mod panels;
mod s3;
mod sns;
mod sqs;
mod topbar;

use crate::web::with_host;
use yew::prelude::*;

/// Mounts the app into `#app`, replacing the "Loading..." text, after installing
/// a panic hook that shows a panic on the page instead of leaving it dead.
pub fn start() {
    install_panic_hook();
    // In Node (the SDK tests) there is no document: only the JS entry points run.
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = doc
        .get_element_by_id("app")
        .unwrap_or_else(|| doc.body().expect("page has a body").into());
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
}

/// A panic becomes a visible alert with the message, so a person (and a test)
/// sees what broke.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = format!("Switchyard stopped: {info}");
        web_sys::console::error_1(&msg.clone().into());
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Ok(el) = doc.create_element("pre") {
                el.set_id("panic");
                let _ = el.set_attribute("role", "alert");
                el.set_text_content(Some(&msg));
                if let Some(body) = doc.body() {
                    let _ = body.prepend_with_node_1(&el);
                }
            }
        }
    }));
}

/// Runs an operation for the page as the default account (a long poll waits on
/// the virtual clock), then lets the clock catch up.
pub fn call(
    service: crate::model::Service,
    op: &str,
    input: serde_json::Value,
) -> crate::world::CallResult {
    with_host(|h| {
        let r = h
            .world
            .call_and_wait(service, op, input, &crate::world::Caller::default());
        h.tick();
        r
    })
}

/// A resource kind's heading in the list, with the "+" button that opens and
/// closes its create form (`aria-expanded` tells which).
pub fn kind_heading(title: &str, add_label: &str, open: &UseStateHandle<bool>) -> Html {
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <h3>
            {title}
            <button type="button" class="add" aria-label={add_label.to_string()} aria-expanded={open.to_string()} onclick={toggle}>{"+"}</button>
        </h3>
    }
}

/// What a create form does with its call's result: shows the error in the
/// form, or closes the form, runs `created` (selects what was made) and
/// redraws.
pub fn finish_create(
    r: &crate::world::CallResult,
    problem: &UseStateHandle<Option<String>>,
    open: &UseStateHandle<bool>,
    redraw: &Callback<()>,
    created: impl FnOnce(),
) {
    match error_text(r) {
        Some(err) => problem.set(Some(err)),
        None => {
            problem.set(None);
            open.set(false);
            created();
            redraw.emit(());
        }
    }
}

/// A resource's name as the lists show it: with its account and Region when
/// they are not the page's own (the list's header names those), so that a
/// queue made with `--region eu-west-1` is not taken for a us-east-1 one.
pub fn placed_name(name: &str, account_id: &str, region: &str) -> String {
    use crate::world::{DEFAULT_ACCOUNT_ID, DEFAULT_REGION};
    match (account_id == DEFAULT_ACCOUNT_ID, region == DEFAULT_REGION) {
        (true, true) => name.to_string(),
        (true, false) => format!("{name} ({region})"),
        _ => format!("{name} ({account_id} {region})"),
    }
}

/// `Code: message` for a failed call.
pub fn error_text(r: &crate::world::CallResult) -> Option<String> {
    r.as_ref()
        .err()
        .map(|e| format!("{}: {}", e.code, e.message))
}

/// Adds `statement` to a policy document's text (a new document when there is
/// none); `None` when the document already holds it.
fn with_statement(policy: Option<&str>, statement: serde_json::Value) -> Option<String> {
    let mut doc: serde_json::Value = policy
        .and_then(|p| serde_json::from_str(p).ok())
        .unwrap_or_else(|| serde_json::json!({"Version": "2012-10-17", "Statement": []}));
    match doc["Statement"].as_array_mut() {
        Some(list) if list.contains(&statement) => return None,
        Some(list) => list.push(statement),
        None => doc["Statement"] = serde_json::json!([statement]),
    }
    Some(doc.to_string())
}

/// Lets a service principal send into a queue: adds `statement` to the queue's
/// access policy with GetQueueAttributes / SetQueueAttributes, as AWS's
/// consoles do when you subscribe a queue to a topic or point a bucket at it.
pub fn allow_in_queue_policy(
    queue_arn: &str,
    statement: serde_json::Value,
) -> Result<(), crate::error::AwsError> {
    use crate::model::Service;
    let url = with_host(|h| {
        h.world
            .sqs
            .queues()
            .into_iter()
            .find(|q| q.arn == queue_arn)
            .map(|q| q.url)
    })
    .ok_or_else(|| {
        crate::error::AwsError::client(
            "InvalidParameter",
            "Invalid parameter: Endpoint: choose a queue",
        )
    })?;
    let current = call(
        Service::Sqs,
        "GetQueueAttributes",
        serde_json::json!({"QueueUrl": url, "AttributeNames": ["Policy"]}),
    )?;
    if let Some(p) = with_statement(current["Attributes"]["Policy"].as_str(), statement) {
        call(
            Service::Sqs,
            "SetQueueAttributes",
            serde_json::json!({"QueueUrl": url, "Attributes": {"Policy": p}}),
        )?;
    }
    Ok(())
}

/// Lets `principal` (a service) invoke a function of the world for
/// `source_arn` (AddPermission), as the consoles do when they connect a topic
/// or a bucket to a function; a statement already there is kept.
pub fn allow_service_to_invoke(
    function: &str,
    statement_id: &str,
    principal: &str,
    source_arn: &str,
) -> Result<(), crate::error::AwsError> {
    let r = call(
        crate::model::Service::Lambda,
        "AddPermission",
        serde_json::json!({
            "FunctionName": function,
            "StatementId": statement_id,
            "Action": "lambda:InvokeFunction",
            "Principal": principal,
            "SourceArn": source_arn,
        }),
    );
    match r {
        Err(e) if e.code != "ResourceConflictException" => Err(e),
        _ => Ok(()),
    }
}

/// Lets a service principal publish to a topic: adds `statement` to the
/// topic's access policy with GetTopicAttributes / SetTopicAttributes.
pub fn allow_in_topic_policy(
    topic_arn: &str,
    statement: serde_json::Value,
) -> Result<(), crate::error::AwsError> {
    use crate::model::Service;
    let current = call(
        Service::Sns,
        "GetTopicAttributes",
        serde_json::json!({"TopicArn": topic_arn}),
    )?;
    if let Some(p) = with_statement(current["Attributes"]["Policy"].as_str(), statement) {
        call(
            Service::Sns,
            "SetTopicAttributes",
            serde_json::json!({"TopicArn": topic_arn, "AttributeName": "Policy", "AttributeValue": p}),
        )?;
    }
    Ok(())
}

/// A call's outcome as a status line: (succeeded, text) — the error's
/// `Code: message`, or `ok` when it succeeded.
pub fn outcome(r: &crate::world::CallResult, ok: impl Into<String>) -> (bool, String) {
    match error_text(r) {
        Some(e) => (false, e),
        None => (true, ok.into()),
    }
}

/// The inspectors' way to report a call: set the status line from its outcome
/// (`ok` when it succeeded) and redraw.
pub fn reporter(
    status: UseStateHandle<Option<(bool, String)>>,
    redraw: Callback<()>,
) -> impl Fn(&crate::world::CallResult, String) + Clone {
    move |r, ok| {
        status.set(Some(outcome(r, ok)));
        redraw.emit(());
    }
}

/// A status line: a polite status when it went well, an alert when not.
pub fn status_line(status: &Option<(bool, String)>) -> Html {
    match status {
        Some((true, t)) => html! { <p class="status ok" role="status">{t}</p> },
        Some((false, t)) => html! { <p class="status problem" role="alert">{t}</p> },
        None => html! {},
    }
}

/// The text of an input element (empty if it is not mounted).
/// Clears a form's last error as soon as anything in it is edited, so an old
/// error does not stand beside the browser's own validation message (which
/// stops the next submit before the form can say anything). Not for a form
/// that validates as you type (the queue and bucket forms): its fields set
/// the error on the same input, and this would clear it after them.
pub fn clear_on_input(problem: &UseStateHandle<Option<String>>) -> Callback<InputEvent> {
    let problem = problem.clone();
    Callback::from(move |_: InputEvent| {
        if problem.is_some() {
            problem.set(None);
        }
    })
}

/// A whole-number field's value: empty takes `default` (what its placeholder
/// shows); anything else must read as a whole number the way the browser reads
/// a number field (`1e2` is 100), or the form says so -- never a silent
/// fall-back to the default.
pub fn whole_number(r: &NodeRef, label: &str, default: i64) -> Result<i64, String> {
    crate::util::parse_whole(&input_value(r), label, default)
}

pub fn input_value(r: &NodeRef) -> String {
    r.cast::<web_sys::HtmlInputElement>()
        .map(|e| e.value())
        .unwrap_or_default()
}

/// Whether a checkbox is ticked.
pub fn checked(r: &NodeRef) -> bool {
    r.cast::<web_sys::HtmlInputElement>()
        .is_some_and(|e| e.checked())
}

/// The text of a textarea (empty if it is not mounted).
pub fn area_value(r: &NodeRef) -> String {
    r.cast::<web_sys::HtmlTextAreaElement>()
        .map(|e| e.value())
        .unwrap_or_default()
}

/// The chosen value of a select (empty if it is not mounted).
pub fn select_value(r: &NodeRef) -> String {
    r.cast::<web_sys::HtmlSelectElement>()
        .map(|e| e.value())
        .unwrap_or_default()
}

/// What the inspector shows: one resource, by its engine id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    Queue(u32),
    Topic(u32),
    Subscription(u32),
    /// Buckets are known by name (S3's namespace is global).
    Bucket(String),
    Stream(u32),
    DeliveryStream(u32),
    AnalyticsApp(u32),
}

/// Frames per second of the page's redraw while the clock runs.
const FRAME_MS: u32 = 50;

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    // A frame counter: every tick advances the world's clock from wall time and
    // redraws from the world (never per message).
    let frame = use_state(|| 0u64);
    {
        let frame = frame.clone();
        use_effect_with((), move |_| {
            let interval = gloo_timers::callback::Interval::new(FRAME_MS, move || {
                with_host(|h| h.tick());
                frame.set(*frame + 1);
            });
            move || drop(interval)
        });
    }
    let redraw = {
        let frame = frame.clone();
        Callback::from(move |_: ()| frame.set(*frame + 1))
    };
    // The selected resource, shared by the lists, the diagram and the inspector.
    let selected = use_state(|| None::<Selection>);
    let select = {
        let selected = selected.clone();
        Callback::from(move |s: Option<Selection>| selected.set(s))
    };
    html! {
        <div class="layout">
            <topbar::TopBar redraw={redraw.clone()} />
            <panels::Resources redraw={redraw.clone()} frame={*frame} selected={(*selected).clone()} select={select.clone()} />
            <diagram::Diagram frame={*frame} selected={(*selected).clone()} select={select.clone()} />
            <panels::Inspector frame={*frame} selected={(*selected).clone()} select={select.clone()} redraw={redraw.clone()} />
            <div class="bottom">
                <console::Console redraw={redraw.clone()} />
                <panels::EventLog frame={*frame} />
            </div>
        </div>
    }
}
