//! AWS's REST-JSON protocol (Lambda): the operation is chosen by method and
//! URI template (`POST /2015-03-31/functions/{FunctionName}/invocations`);
//! members travel in the path, the query string, headers, a raw payload
//! (Invoke's `Payload`) or the JSON body. Responses are JSON with the
//! operation's status code; a payload member is the raw body and header
//! members are headers. Errors carry `x-amzn-ErrorType` and a JSON body with
//! `Type` and `message` (and TooManyRequestsException's `Reason`).

use super::{HttpRequest, HttpResponse, Responder, Wire};
use crate::error::AwsError;
use crate::model::{HttpBinding, Location, Service, Shape};
use crate::world::CallResult;
use serde_json::{json, Map, Value};

fn responder(service: Service, operation: &str, request_id: &str, status: u16) -> Responder {
    Responder {
        service,
        operation: operation.to_string(),
        wire: Wire::RestJson { status },
        request_id: request_id.to_string(),
    }
}

/// Labels of `template`'s path matched against `path`, if it fits.
fn match_path(template: &str, path: &str) -> Option<(Vec<(String, String)>, usize)> {
    let t: Vec<&str> = template.trim_end_matches('/').split('/').collect();
    let p: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    if t.len() != p.len() {
        return None;
    }
    let mut labels = vec![];
    let mut literals = 0;
    for (a, b) in t.iter().zip(&p) {
        if let Some(name) = a.strip_prefix('{').and_then(|x| x.strip_suffix('}')) {
            if b.is_empty() {
                return None;
            }
            labels.push((name.to_string(), super::rest_xml::percent_decode(b)));
        } else if a != b {
            return None;
        } else {
            literals += 1;
        }
    }
    Some((labels, literals))
}

/// Decodes a REST-JSON request of `service` into (operation, input).
pub fn decode(
    service: Service,
    req: &HttpRequest,
    request_id: &str,
) -> Result<(Responder, Value), HttpResponse> {
    let fail =
        |op: &str, e: AwsError| Err(responder(service, op, request_id, 200).respond(&Err(e)));
    let Some(spec) = service.spec() else {
        return fail("", AwsError::not_emulated(format!("the {service} service")));
    };
    let (path, query) = req.url.split_once('?').unwrap_or((&req.url, ""));
    let params = super::query::parse_form(query);
    let method = req.method.to_ascii_uppercase();
    type Fit<'a> = (&'a HttpBinding, Vec<(String, String)>, usize);
    let mut best: Option<Fit> = None;
    for b in spec.http.iter().filter(|b| b.method == method) {
        let tpath = b
            .request_uri
            .split_once('?')
            .map_or(b.request_uri, |(p, _)| p);
        // Query literals in the template (`?find=LayerVersion`, `?List=ALL`)
        // tell apart operations sharing a path; each must be present.
        if !super::literals_present(b.request_uri, &params) {
            continue;
        }
        if let Some((labels, lit)) = match_path(tpath, path) {
            let lit = lit + super::query_literals(b.request_uri).count();
            if best.as_ref().is_none_or(|(_, _, n)| lit > *n) {
                best = Some((b, labels, lit));
            }
        }
    }
    let Some((binding, labels, _)) = best else {
        return fail(
            "",
            AwsError::client(
                "UnknownOperationException",
                format!("No {service} operation answers {method} {path}"),
            )
            .with_status(404),
        );
    };
    let op = spec
        .operation(binding.operation)
        .expect("bindings name modelled operations");
    let no_json_body = req.body.iter().all(u8::is_ascii_whitespace)
        || op.input.iter().any(|m| m.location == Location::Payload);
    let body: Map<String, Value> = if no_json_body {
        Map::new()
    } else {
        match serde_json::from_slice::<Value>(&req.body) {
            Ok(Value::Object(o)) => o,
            _ => {
                return fail(
                    binding.operation,
                    AwsError::client(
                        "SerializationException",
                        "The request body is not a JSON object",
                    ),
                )
            }
        }
    };
    let mut input = Map::new();
    for m in op.input {
        let scalar = |s: &str| {
            crate::cli::scalar_value(m.shape, s).map_err(AwsError::invalid_parameter_value)
        };
        let value = match m.location {
            Location::Uri(name) => labels
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| json!(v)),
            Location::Query(q) => {
                let vals: Vec<&str> = params
                    .iter()
                    .filter(|(n, _)| n == q)
                    .map(|(_, v)| v.as_str())
                    .collect();
                match (vals.first(), m.shape) {
                    (None, _) => None,
                    (Some(_), Shape::List(_)) => Some(json!(vals)),
                    (Some(v), _) => match scalar(v) {
                        Ok(v) => Some(v),
                        Err(e) => return fail(binding.operation, e),
                    },
                }
            }
            Location::Header(h) => match req.header(h) {
                Some(v) => match scalar(v) {
                    Ok(v) => Some(v),
                    Err(e) => return fail(binding.operation, e),
                },
                None => None,
            },
            Location::Headers(_) => None,
            Location::Payload => match m.shape {
                Shape::Blob if !req.body.is_empty() => {
                    Some(json!(crate::util::b64_encode(&req.body)))
                }
                Shape::Blob => None,
                _ => serde_json::from_slice(&req.body).ok(),
            },
            Location::Body => body.get(m.name).cloned(),
        };
        if let Some(v) = value {
            input.insert(m.name.to_string(), v);
        }
    }
    // The model gives DeleteFunction 200; AWS answers 204 No Content
    // (LocalStack's AWS-recorded test_function_lifecycle: delete_response).
    let status = match (service, binding.operation) {
        (Service::Lambda, "DeleteFunction") => 204,
        _ => binding.response_code,
    };
    Ok((
        responder(service, binding.operation, request_id, status),
        Value::Object(input),
    ))
}

/// The member an error's text travels in: Lambda's model spells it `Message`
/// in some error shapes and `message` in others (botocore's
/// `lambda/2015-03-31` model; a client reads only the one its shape names, as
/// `e.response['Message']` in boto3 or `err.Message` in the SDK for
/// JavaScript). Errors outside the model (ValidationException) use `message`.
fn message_member(service: Service, code: &str) -> &'static str {
    const CAPITALIZED: &[&str] = &[
        "CallbackTimeoutException",
        "CodeSigningConfigNotFoundException",
        "CodeVerificationFailedException",
        "DurableExecutionAlreadyStartedException",
        "EC2AccessDeniedException",
        "EC2ThrottledException",
        "EC2UnexpectedException",
        "EFSIOException",
        "EFSMountConnectivityException",
        "EFSMountFailureException",
        "EFSMountTimeoutException",
        "ENILimitReachedException",
        "InvalidCodeSignatureException",
        "InvalidRuntimeException",
        "InvalidSecurityGroupIDException",
        "InvalidSubnetIDException",
        "InvalidZipFileException",
        "KMSAccessDeniedException",
        "KMSDisabledException",
        "KMSInvalidStateException",
        "KMSNotFoundException",
        "NoPublishedVersionException",
        "RecursiveInvocationException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "ServiceException",
        "SnapStartException",
        "SnapStartNotReadyException",
        "SnapStartTimeoutException",
        "SubnetIPAddressLimitReachedException",
    ];
    if service == Service::Lambda && CAPITALIZED.contains(&code) {
        "Message"
    } else {
        "message"
    }
}

/// Encodes a result the REST-JSON way.
pub fn encode(r: &Responder, status: u16, result: &CallResult) -> HttpResponse {
    let mut headers = vec![("x-amzn-RequestId".to_string(), r.request_id.clone())];
    match result {
        Ok(v) => {
            let op = r.service.spec().and_then(|s| s.operation(&r.operation));
            let mut out = v.as_object().cloned().unwrap_or_default();
            let mut status = status;
            let mut raw: Option<Vec<u8>> = None;
            if let Some(op) = op {
                for m in op.output {
                    match m.location {
                        Location::Header(h) => {
                            if let Some(x) = out.shift_remove(m.name) {
                                let text = x
                                    .as_str()
                                    .map(String::from)
                                    .unwrap_or_else(|| x.to_string());
                                headers.push((h.to_string(), text));
                            }
                        }
                        Location::Payload => {
                            if let Some(x) = out.shift_remove(m.name) {
                                raw = Some(match (m.shape, x.as_str()) {
                                    (Shape::Blob, Some(b)) => {
                                        crate::util::b64_decode(b).unwrap_or_default()
                                    }
                                    _ => x.to_string().into_bytes(),
                                });
                            }
                        }
                        _ => {}
                    }
                }
            }
            // Invoke's StatusCode is the HTTP status (200, 202, 204).
            if r.operation == "Invoke" {
                if let Some(s) = out.shift_remove("StatusCode").and_then(|s| s.as_u64()) {
                    status = s as u16;
                }
            }
            let body = match raw {
                Some(b) => b,
                None if status == 204 => vec![],
                None => Value::Object(out).to_string().into_bytes(),
            };
            headers.push(("Content-Type".into(), "application/json".into()));
            HttpResponse {
                status,
                headers,
                body,
            }
        }
        Err(e) => {
            headers.push(("x-amzn-ErrorType".into(), e.code.clone()));
            headers.push(("Content-Type".into(), "application/json".into()));
            let mut body = json!({
                "Type": if e.sender_fault { "User" } else { "Service" },
                message_member(r.service, &e.code): e.message,
            });
            for (k, v) in &e.extra {
                body[k] = json!(v);
            }
            if e.code == "TooManyRequestsException" {
                headers.push(("Retry-After".into(), "1".into()));
            }
            HttpResponse {
                status: e.status,
                headers,
                body: body.to_string().into_bytes(),
            }
        }
    }
}
