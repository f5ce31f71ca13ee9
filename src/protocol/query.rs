//! The query protocol: `Action=Op&Version=...&Param.member.1=...`, form-encoded in
//! the body (or the URL), answered in XML. SNS speaks it; so did SQS before
//! AWS JSON.
//!
//! Parameters are turned into the operation's JSON input by walking the API
//! model's input shape (`model::Shape`), so the engines see the same input
//! whichever protocol carried it.

use super::{HttpRequest, HttpResponse, Responder, Wire};
use crate::error::AwsError;
use crate::model::{Member, Service, Shape};
use crate::world::CallResult;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Decodes a query-protocol request.
pub fn decode(req: &HttpRequest, request_id: &str) -> Result<(Responder, Value), HttpResponse> {
    let mut params: BTreeMap<String, String> = BTreeMap::new();
    if let Some((_, q)) = req.url.split_once('?') {
        params.extend(parse_form(q));
    }
    let form = req
        .header("content-type")
        .is_some_and(|c| c.starts_with("application/x-www-form-urlencoded"));
    if form || (!req.body.is_empty() && !params.contains_key("Action")) {
        params.extend(parse_form(&String::from_utf8_lossy(&req.body)));
    }
    let scope_service = super::credential_scope(req)
        .and_then(|s| s.get(3).cloned())
        .and_then(|s| service_from_scope(&s));
    let fail = |service: Service, op: &str, err: AwsError| {
        let r = Responder {
            service,
            operation: op.to_string(),
            wire: Wire::Query,
            request_id: request_id.to_string(),
        };
        Err(r.respond(&Err(err)))
    };
    let Some(action) = params.get("Action").cloned() else {
        if scope_service == Some(Service::Sqs) && queue_path(req).is_some() {
            // A queue's URL asked nothing: AWS answers 404 with an empty
            // UnknownOperationException element (LocalStack's AWS-validated
            // test_get_without_query_returns_unknown_operation).
            return Err(HttpResponse {
                status: 404,
                headers: vec![
                    ("Content-Type".into(), "text/xml".into()),
                    ("x-amzn-RequestId".into(), request_id.to_string()),
                ],
                body: b"<UnknownOperationException/>".to_vec(),
            });
        }
        return fail(
            scope_service.unwrap_or(Service::Sns),
            "",
            AwsError::client(
                "MissingAction",
                "The request must contain either a valid (registered) AWS action or an X-Amz-Target header naming one",
            ),
        );
    };
    let invalid_action = |action: &str| {
        AwsError::client(
            "InvalidAction",
            format!("The action {action} is not valid for this endpoint."),
        )
    };
    // Which service: the credential scope says; unsigned requests are matched by
    // the action name among the services we model.
    let service = scope_service.or_else(|| {
        Service::ALL.into_iter().find(|s| {
            s.spec()
                .is_some_and(|spec| spec.operation(&action).is_some())
        })
    });
    let Some(service) = service else {
        return fail(Service::Sns, &action, invalid_action(&action));
    };
    let Some(op) = service.spec().and_then(|s| s.operation(&action)) else {
        if service.spec().is_none() {
            return fail(
                service,
                &action,
                AwsError::not_emulated(format!("the {service} service")),
            );
        }
        return fail(service, &action, invalid_action(&action));
    };
    // A queue's own URL takes only the operations on a queue: CreateQueue
    // and ListQueues sent there are refused (LocalStack's AWS-validated
    // test_get_create_queue_fails and test_get_list_queues_fails).
    if service == Service::Sqs
        && matches!(action.as_str(), "CreateQueue" | "ListQueues")
        && queue_path(req).is_some()
    {
        return fail(service, &action, invalid_action(&action));
    }
    let naming = Naming::of(service, &action);
    let mut input = match decode_members(op.input, "", &params, &naming) {
        Ok(v) => v,
        Err(e) => return fail(service, &action, e),
    };
    if service == Service::Sqs {
        queue_url_from_path(req, op.input, &mut input);
    }
    Ok((
        Responder {
            service,
            operation: action,
            wire: Wire::Query,
            request_id: request_id.to_string(),
        },
        input,
    ))
}

fn service_from_scope(s: &str) -> Option<Service> {
    match s {
        "sqs" => Some(Service::Sqs),
        "sns" => Some(Service::Sns),
        "monitoring" => Some(Service::CloudWatch),
        "autoscaling" => Some(Service::AutoScaling),
        _ => None,
    }
}

/// How lists and maps are laid out. By default as SNS, CloudWatch and Auto
/// Scaling do: `Names.member.1`, `Attributes.entry.1.key` / `.value`. SQS's
/// query protocol (the 2012-11-05 API as it was before AWS JSON; older SDKs
/// still speak it) "flattens" them under a singular name instead:
/// `AttributeName.1`, `Attribute.1.Name` / `.Value`,
/// `SendMessageBatchRequestEntry.1.Id`, and in responses repeated
/// `<Message>`, `<Attribute><Name/><Value/></Attribute>` elements with no
/// wrapper. The JSON model we carry has lost those names, so they are
/// listed here, by member name (unique enough within SQS).
struct Naming {
    /// The SQS operation, when the names are SQS's.
    sqs_op: Option<String>,
}

/// A flattened member's layout.
enum Flat {
    /// Each item under this name.
    List(String),
    /// Each entry under this name, its key and value under these.
    Map(&'static str, &'static str, &'static str),
}

impl Naming {
    fn of(service: Service, op: &str) -> Naming {
        Naming {
            sqs_op: (service == Service::Sqs).then(|| op.to_string()),
        }
    }

    fn flat(&self, member: &str) -> Option<Flat> {
        let op = self.sqs_op.as_deref()?;
        let list = |n: &str| Some(Flat::List(n.to_string()));
        match member {
            "Attributes" => Some(Flat::Map("Attribute", "Name", "Value")),
            "MessageAttributes" => Some(Flat::Map("MessageAttribute", "Name", "Value")),
            "MessageSystemAttributes" => Some(Flat::Map("MessageSystemAttribute", "Name", "Value")),
            "Tags" | "tags" => Some(Flat::Map("Tag", "Key", "Value")),
            "AttributeNames" => list("AttributeName"),
            "MessageAttributeNames" => list("MessageAttributeName"),
            "MessageSystemAttributeNames" => list("MessageSystemAttributeName"),
            // StringListValues and BinaryListValues (reserved by AWS, refused
            // by SendMessage) keep the default layout.
            "AWSAccountIds" => list("AWSAccountId"),
            "Actions" => list("ActionName"),
            "TagKeys" => list("TagKey"),
            "QueueUrls" | "queueUrls" => list("QueueUrl"),
            "Messages" => list("Message"),
            "Entries" => list(&format!("{op}RequestEntry")),
            "Successful" => list(&format!("{op}ResultEntry")),
            "Failed" => list("BatchResultErrorEntry"),
            "Results" => list(&format!("{op}ResultEntry")),
            _ => None,
        }
    }
}

/// An old SDK's SQS request goes to the queue's URL (`POST /123456789012/orders`)
/// and may leave the QueueUrl parameter out (the AWS SDK for Java 1.x moves
/// it into the path): the path then names the queue.
/// The (account, queue name) a request's path names, as a queue URL's path
/// does (`/123456789012/orders`).
fn queue_path(req: &HttpRequest) -> Option<(&str, &str)> {
    let path = req.url.split('?').next().unwrap_or("");
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    match (segments.next(), segments.next(), segments.next()) {
        (Some(account), Some(name), None) => Some((account, name)),
        _ => None,
    }
}

fn queue_url_from_path(req: &HttpRequest, members: &[Member], input: &mut Value) {
    let Some((account, name)) = queue_path(req) else {
        return;
    };
    if !members.iter().any(|m| m.name == "QueueUrl") {
        return;
    }
    if let Some(obj) = input.as_object_mut() {
        if !obj.contains_key("QueueUrl") {
            let host = req.header("host").unwrap_or("localhost");
            obj.insert(
                "QueueUrl".into(),
                Value::String(format!("http://{host}/{account}/{name}")),
            );
        }
    }
}

fn decode_members(
    members: &[Member],
    prefix: &str,
    params: &BTreeMap<String, String>,
    naming: &Naming,
) -> Result<Value, AwsError> {
    let mut obj = Map::new();
    for m in members {
        let v = match (naming.flat(m.name), m.shape) {
            (Some(Flat::List(item)), Shape::List(inner)) => {
                match decode_list(inner, &format!("{prefix}{item}."), params, naming)? {
                    // An empty list sent as `Entries=` (botocore names it by
                    // its member, not its flattened item) or `Entry=`: an
                    // empty list, so SQS answers EmptyBatchRequest, not
                    // MissingParameter (LocalStack's AWS-validated
                    // test_send_message_batch_with_empty_list).
                    None if params.contains_key(&format!("{prefix}{item}"))
                        || params.contains_key(&format!("{prefix}{}", m.name)) =>
                    {
                        Some(Value::Array(vec![]))
                    }
                    other => other,
                }
            }
            (Some(Flat::Map(entry, k, v)), Shape::Map { value, .. }) => {
                decode_map(value, &format!("{prefix}{entry}."), k, v, params, naming)?
            }
            _ => decode_value(m.shape, &format!("{prefix}{}", m.name), params, naming)?,
        };
        if let Some(v) = v {
            obj.insert(m.name.to_string(), v);
        }
    }
    Ok(Value::Object(obj))
}

/// Items `{base}1`, `{base}2`, ... until one is missing.
fn decode_list(
    item: &Shape,
    base: &str,
    params: &BTreeMap<String, String>,
    naming: &Naming,
) -> Result<Option<Value>, AwsError> {
    let mut out = vec![];
    for i in 1.. {
        match decode_value(item, &format!("{base}{i}"), params, naming)? {
            Some(v) => out.push(v),
            None => break,
        }
    }
    Ok((!out.is_empty()).then_some(Value::Array(out)))
}

/// Entries `{base}N.{kname}` / `{base}N.{vname}` from 1 until a key is missing.
fn decode_map(
    value_shape: &Shape,
    base: &str,
    kname: &str,
    vname: &str,
    params: &BTreeMap<String, String>,
    naming: &Naming,
) -> Result<Option<Value>, AwsError> {
    let mut out = Map::new();
    for i in 1.. {
        let Some(name) = params.get(&format!("{base}{i}.{kname}")) else {
            break;
        };
        let v = decode_value(value_shape, &format!("{base}{i}.{vname}"), params, naming)?
            .unwrap_or(Value::Null);
        out.insert(name.clone(), v);
    }
    Ok((!out.is_empty()).then_some(Value::Object(out)))
}

fn decode_value(
    shape: &Shape,
    key: &str,
    params: &BTreeMap<String, String>,
    naming: &Naming,
) -> Result<Option<Value>, AwsError> {
    let scalar = |s: &str| -> Result<Value, AwsError> {
        crate::cli::scalar_value(shape, s).map_err(AwsError::invalid_parameter_value)
    };
    match shape {
        Shape::Structure(members) => {
            let p = format!("{key}.");
            if !params.keys().any(|k| k.starts_with(&p)) {
                return Ok(None);
            }
            decode_members(members, &p, params, naming).map(Some)
        }
        Shape::List(item) => match decode_list(item, &format!("{key}.member."), params, naming)? {
            // `Names=` with no members: an empty list.
            None if params.contains_key(key) => Ok(Some(Value::Array(vec![]))),
            other => Ok(other),
        },
        Shape::Map {
            value: value_shape,
            key_name,
            value_name,
        } => decode_map(
            value_shape,
            &format!("{key}.entry."),
            key_name,
            value_name,
            params,
            naming,
        ),
        _ => params.get(key).map(|s| scalar(s)).transpose(),
    }
}

/// Parses `a=1&b=x%20y` (form encoding: `+` is a space).
pub fn parse_form(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'+' {
            out.push(b' ');
        } else if b == b'%' && i + 2 < bytes.len() {
            let pair = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .filter(|h| h.bytes().all(|c| c.is_ascii_hexdigit()));
            if let Some(v) = pair.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
            out.push(b);
        } else {
            out.push(b);
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Operations whose output is a structure with no members: AWS still writes
/// `<OpResult/>`, and botocore's query parser requires it (its models give
/// these outputs a `resultWrapper`; the AWS CLI fails on TagResource without
/// it). The names are those botocore 1.43's models list so.
fn empty_result(service: Service, op: &str) -> bool {
    match service {
        Service::Sns => matches!(
            op,
            "TagResource"
                | "UntagResource"
                | "SetSMSAttributes"
                | "OptInPhoneNumber"
                | "CreateSMSSandboxPhoneNumber"
                | "DeleteSMSSandboxPhoneNumber"
                | "VerifySMSSandboxPhoneNumber"
        ),
        Service::CloudWatch => matches!(
            op,
            "TagResource"
                | "UntagResource"
                | "DeleteAnomalyDetector"
                | "DeleteDashboards"
                | "DeleteMetricStream"
                | "PutAnomalyDetector"
                | "PutInsightRule"
                | "StartMetricStreams"
                | "StopMetricStreams"
        ),
        Service::AutoScaling => matches!(
            op,
            "AttachLoadBalancerTargetGroups"
                | "AttachLoadBalancers"
                | "AttachTrafficSources"
                | "CompleteLifecycleAction"
                | "DeleteLifecycleHook"
                | "DeleteWarmPool"
                | "DetachLoadBalancerTargetGroups"
                | "DetachLoadBalancers"
                | "DetachTrafficSources"
                | "PutLifecycleHook"
                | "PutWarmPool"
                | "RecordLifecycleActionHeartbeat"
                | "SetInstanceProtection"
        ),
        _ => false,
    }
}

/// The XML namespace of each query service's responses.
fn xmlns(service: Service) -> &'static str {
    match service {
        Service::Sqs => "http://queue.amazonaws.com/doc/2012-11-05/",
        Service::Sns => "http://sns.amazonaws.com/doc/2010-03-31/",
        Service::CloudWatch => "http://monitoring.amazonaws.com/doc/2010-08-01/",
        Service::AutoScaling => "http://autoscaling.amazonaws.com/doc/2011-01-01/",
        _ => "https://switchyard.invalid/doc/",
    }
}

/// Encodes a result as the query protocol's XML: `<OpResponse><OpResult>` with
/// the output members written by the operation's output shape (lists as
/// `<member>`, maps as `<entry><key/><value/></entry>` with the model's names),
/// then `<ResponseMetadata>`.
pub fn encode(r: &Responder, result: &CallResult) -> HttpResponse {
    let ns = xmlns(r.service);
    let (status, body) = match result {
        Ok(v) => {
            let mut inner = String::new();
            let output = r
                .service
                .spec()
                .and_then(|s| s.operation(&r.operation))
                .map(|o| o.output)
                .unwrap_or(&[]);
            let naming = Naming::of(r.service, &r.operation);
            if let Value::Object(o) = v {
                write_members(&mut inner, output, o, &naming);
            }
            let op = &r.operation;
            (
                200,
                // An operation with no output has no Result element at all;
                // one whose output is an empty structure has an empty one.
                if output.is_empty() && !empty_result(r.service, op) {
                    format!(
                        "<?xml version=\"1.0\"?>\n<{op}Response xmlns=\"{ns}\"><ResponseMetadata><RequestId>{}</RequestId></ResponseMetadata></{op}Response>",
                        r.request_id
                    )
                } else {
                    // An empty result is written `<OpResult/>`, as AWS writes
                    // it (an empty ReceiveMessage: `<ReceiveMessageResult/>`).
                    let result = if inner.is_empty() {
                        format!("<{op}Result/>")
                    } else {
                        format!("<{op}Result>{inner}</{op}Result>")
                    };
                    format!(
                        "<?xml version=\"1.0\"?>\n<{op}Response xmlns=\"{ns}\">{result}<ResponseMetadata><RequestId>{}</RequestId></ResponseMetadata></{op}Response>",
                        r.request_id
                    )
                },
            )
        }
        Err(e) => (
            e.status,
            format!(
                "<?xml version=\"1.0\"?>\n<ErrorResponse xmlns=\"{ns}\"><Error><Type>{}</Type><Code>{}</Code><Message>{}</Message>{}</Error><RequestId>{}</RequestId></ErrorResponse>",
                if e.sender_fault { "Sender" } else { "Receiver" },
                xml_escape(&e.code),
                xml_escape(&query_message(r.service, e)),
                // SQS's errors carry an empty Detail.
                if r.service == Service::Sqs { "<Detail/>" } else { "" },
                r.request_id
            ),
        ),
    };
    HttpResponse {
        status,
        headers: vec![
            ("Content-Type".into(), "text/xml".into()),
            ("x-amzn-RequestId".into(), r.request_id.clone()),
        ],
        body: body.into_bytes(),
    }
}

/// An error's message as the query protocol words it: SQS's missing queue
/// still names the WSDL there ("...does not exist for this wsdl version.",
/// as AWS answers query requests; its JSON answers end at "exist.").
fn query_message(service: Service, e: &AwsError) -> std::borrow::Cow<'_, str> {
    if service == Service::Sqs
        && e.code == "AWS.SimpleQueueService.NonExistentQueue"
        && e.message == "The specified queue does not exist."
    {
        return "The specified queue does not exist for this wsdl version.".into();
    }
    e.message.as_str().into()
}

/// Writes a structure's members present in `o`, flattened ones as `naming`
/// says (see `Naming`).
fn write_members(out: &mut String, members: &[Member], o: &Map<String, Value>, naming: &Naming) {
    for m in members {
        let Some(x) = o.get(m.name) else { continue };
        match (naming.flat(m.name), m.shape, x) {
            (Some(Flat::List(item)), Shape::List(inner), Value::Array(items)) => {
                for x in items {
                    write_shaped(out, &item, inner, x, naming);
                }
            }
            (Some(Flat::Map(entry, k, vname)), Shape::Map { value, .. }, Value::Object(map)) => {
                for (key, x) in map {
                    out.push_str(&format!("<{entry}><{k}>{}</{k}>", xml_escape(key)));
                    write_shaped(out, vname, value, x, naming);
                    out.push_str(&format!("</{entry}>"));
                }
            }
            _ => write_shaped(out, m.name, m.shape, x, naming),
        }
    }
}

/// Writes `<name>value</name>` for `v` by `shape`.
fn write_shaped(out: &mut String, name: &str, shape: &Shape, v: &Value, naming: &Naming) {
    match (shape, v) {
        (_, Value::Null) => {}
        (Shape::Structure(members), Value::Object(o)) => {
            out.push_str(&format!("<{name}>"));
            write_members(out, members, o, naming);
            out.push_str(&format!("</{name}>"));
        }
        (Shape::List(item), Value::Array(items)) => {
            out.push_str(&format!("<{name}>"));
            for x in items {
                write_shaped(out, "member", item, x, naming);
            }
            out.push_str(&format!("</{name}>"));
        }
        (
            Shape::Map {
                value,
                key_name,
                value_name,
            },
            Value::Object(o),
        ) => {
            out.push_str(&format!("<{name}>"));
            for (k, x) in o {
                out.push_str(&format!(
                    "<entry><{key_name}>{}</{key_name}>",
                    xml_escape(k)
                ));
                write_shaped(out, value_name, value, x, naming);
                out.push_str("</entry>");
            }
            out.push_str(&format!("</{name}>"));
        }
        (Shape::Timestamp, Value::Number(n)) => {
            let ms = (n.as_f64().unwrap_or(0.0) * 1000.0) as u64;
            out.push_str(&format!(
                "<{name}>{}</{name}>",
                crate::sim::time::format_unix_ms(ms)
            ));
        }
        (_, Value::String(s)) => out.push_str(&format!("<{name}>{}</{name}>", xml_escape(s))),
        (_, Value::Bool(b)) => out.push_str(&format!("<{name}>{b}</{name}>")),
        (_, Value::Number(n)) => out.push_str(&format!("<{name}>{n}</{name}>")),
        // A value whose form does not fit its shape: written as JSON text rather
        // than dropped, so the mismatch is visible.
        (_, other) => out.push_str(&format!(
            "<{name}>{}</{name}>",
            xml_escape(&other.to_string())
        )),
    }
}

/// Escapes text for XML content and attributes.
pub fn xml_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            '\r' => o.push_str("&#xD;"),
            c => o.push(c),
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_decoding() {
        let p = parse_form("Action=Publish&Message=hello+world%21&Bad=%zz&Trail=%4");
        assert_eq!(p[0], ("Action".into(), "Publish".into()));
        assert_eq!(p[1].1, "hello world!");
        assert_eq!(p[2].1, "%zz");
        assert_eq!(p[3].1, "%4");
    }
}
