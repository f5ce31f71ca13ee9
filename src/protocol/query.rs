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
        return fail(
            scope_service.unwrap_or(Service::Sns),
            "",
            AwsError::client(
                "MissingAction",
                "The request must contain either a valid (registered) AWS action or an X-Amz-Target header naming one",
            ),
        );
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
        return fail(
            Service::Sns,
            &action,
            AwsError::client(
                "InvalidAction",
                format!("The action {action} is not valid for this endpoint."),
            ),
        );
    };
    let Some(op) = service.spec().and_then(|s| s.operation(&action)) else {
        if service.spec().is_none() {
            return fail(
                service,
                &action,
                AwsError::not_emulated(format!("the {service} service")),
            );
        }
        return fail(
            service,
            &action,
            AwsError::client(
                "InvalidAction",
                format!("The action {action} is not valid for this endpoint."),
            ),
        );
    };
    if service == Service::Sqs {
        // Current SDKs and the AWS CLI talk AWS JSON 1.0 to SQS; the old query
        // encoding's flattened names (`AttributeName.1`, `MessageAttribute.1.Name`)
        // are not in the JSON model we carry, so refuse rather than guess.
        return fail(
            service,
            &action,
            AwsError::not_emulated(
                "the query protocol for SQS (send AWS JSON 1.0 with X-Amz-Target: AmazonSQS.<Action>, as current SDKs and the AWS CLI do)",
            ),
        );
    }
    let input = match decode_members(op.input, "", &params) {
        Ok(v) => v,
        Err(e) => return fail(service, &action, e),
    };
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

// Lists and maps are laid out as SNS does: `Names.member.1`,
// `Attributes.entry.1.key` / `.value`.

fn decode_members(
    members: &[Member],
    prefix: &str,
    params: &BTreeMap<String, String>,
) -> Result<Value, AwsError> {
    let mut obj = Map::new();
    for m in members {
        let key = format!("{prefix}{}", m.name);
        if let Some(v) = decode_value(m.shape, &key, params)? {
            obj.insert(m.name.to_string(), v);
        }
    }
    Ok(Value::Object(obj))
}

fn decode_value(
    shape: &Shape,
    key: &str,
    params: &BTreeMap<String, String>,
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
            decode_members(members, &p, params).map(Some)
        }
        Shape::List(item) => {
            let base = format!("{key}.member.");
            let mut out = vec![];
            for i in 1.. {
                let k = format!("{base}{i}");
                match decode_value(item, &k, params)? {
                    Some(v) => out.push(v),
                    None => break,
                }
            }
            if out.is_empty() && !params.contains_key(key) {
                return Ok(None);
            }
            Ok(Some(Value::Array(out)))
        }
        Shape::Map {
            value: value_shape,
            key_name,
            value_name,
        } => {
            let (base, kname, vname) = (format!("{key}.entry."), *key_name, *value_name);
            let mut out = Map::new();
            for i in 1.. {
                let k = format!("{base}{i}.{kname}");
                let Some(name) = params.get(&k) else { break };
                let vk = format!("{base}{i}.{vname}");
                let v = decode_value(value_shape, &vk, params)?.unwrap_or(Value::Null);
                out.insert(name.clone(), v);
            }
            if out.is_empty() {
                return Ok(None);
            }
            Ok(Some(Value::Object(out)))
        }
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
            for m in output {
                if let Some(val) = v.get(m.name) {
                    write_shaped(&mut inner, m.name, m.shape, val);
                }
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
                    format!(
                        "<?xml version=\"1.0\"?>\n<{op}Response xmlns=\"{ns}\"><{op}Result>{inner}</{op}Result><ResponseMetadata><RequestId>{}</RequestId></ResponseMetadata></{op}Response>",
                        r.request_id
                    )
                },
            )
        }
        Err(e) => (
            e.status,
            format!(
                "<?xml version=\"1.0\"?>\n<ErrorResponse xmlns=\"{ns}\"><Error><Type>{}</Type><Code>{}</Code><Message>{}</Message></Error><RequestId>{}</RequestId></ErrorResponse>",
                if e.sender_fault { "Sender" } else { "Receiver" },
                xml_escape(&e.code),
                xml_escape(&e.message),
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

/// Writes `<name>value</name>` for `v` by `shape`.
fn write_shaped(out: &mut String, name: &str, shape: &Shape, v: &Value) {
    match (shape, v) {
        (_, Value::Null) => {}
        (Shape::Structure(members), Value::Object(o)) => {
            out.push_str(&format!("<{name}>"));
            for m in members.iter() {
                if let Some(x) = o.get(m.name) {
                    write_shaped(out, m.name, m.shape, x);
                }
            }
            out.push_str(&format!("</{name}>"));
        }
        (Shape::List(item), Value::Array(items)) => {
            out.push_str(&format!("<{name}>"));
            for x in items {
                write_shaped(out, "member", item, x);
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
                write_shaped(out, value_name, value, x);
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
