//! The AWS wire protocols: an HTTP request in, an HTTP response out.
//!
//! `handle` decodes a request into a `World::call` (service, operation, JSON
//! input, caller), runs it and encodes the result the way that protocol does,
//! errors included. It never panics on bad input: anything it cannot parse is
//! answered with AWS's error shape for the protocol.
//!
//! - AWS JSON 1.0 / 1.1 (`X-Amz-Target: AmazonSQS.SendMessage`): [`json`].
//! - The query protocol (`Action=Publish&...`, XML responses): [`query`].
//! - S3's REST-XML (`PUT /bucket/key`, `GET /bucket?list-type=2`): [`rest_xml`].

pub mod eventstream;
pub mod json;
pub mod query;
pub mod rest_json;
pub mod rest_xml;

use crate::model::Service;
use crate::world::{CallId, CallOutcome, CallResult, Caller, World};
use serde::{Deserialize, Serialize};

/// An HTTP request as the front door sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HttpRequest {
    pub method: String,
    /// Path plus query string, e.g. `/?Action=ListTopics`.
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpRequest {
    /// The first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// An HTTP response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Which encoding a decoded call answers in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wire {
    /// AWS JSON with the given version ("1.0" or "1.1").
    Json { version: &'static str },
    /// The query protocol (XML responses).
    Query,
    /// S3's REST-XML; `head` for HEAD requests, answered without a body.
    RestXml { head: bool },
    /// REST-JSON (Lambda), answering with `status` on success.
    RestJson { status: u16 },
}

/// A decoded request, kept to encode its answer (now, or when a parked call ends).
#[derive(Debug, Clone)]
pub struct Responder {
    pub service: Service,
    pub operation: String,
    pub wire: Wire,
    pub request_id: String,
}

impl Responder {
    /// Encodes `result` the way this request's protocol does.
    pub fn respond(&self, result: &CallResult) -> HttpResponse {
        match self.wire {
            Wire::Json { version } => json::encode(self, version, result),
            Wire::Query => query::encode(self, result),
            Wire::RestXml { head } => rest_xml::encode(self, head, result),
            Wire::RestJson { status } => rest_json::encode(self, status, result),
        }
    }
}

/// The outcome of `handle`.
#[derive(Debug)]
pub enum Handled {
    Done(HttpResponse),
    /// The call is parked (a long poll); when `World::take_completed(call)` yields
    /// its result, answer with `responder.respond(&result)`.
    Pending {
        call: CallId,
        responder: Responder,
    },
}

/// Decodes `req`, runs it against `world`, encodes the answer.
pub fn handle(world: &mut World, req: &HttpRequest) -> Handled {
    let request_id = world.next_request_id();
    // A gzip-encoded body (boto3 and the AWS CLI compress CloudWatch's
    // PutMetricData at 10 KiB and over) is read decompressed. Not for S3,
    // where Content-Encoding describes the object stored.
    let unzipped;
    let req =
        if !is_s3(req)
            && req
                .header("content-encoding")
                .is_some_and(|e| e.split(',').any(|c| c.trim().eq_ignore_ascii_case("gzip")))
        {
            match gunzip(&req.body) {
                Some(body) => {
                    unzipped = HttpRequest {
                        method: req.method.clone(),
                        url: req.url.clone(),
                        headers: req
                            .headers
                            .iter()
                            .filter(|(k, _)| !k.eq_ignore_ascii_case("content-encoding"))
                            .cloned()
                            .collect(),
                        body,
                    };
                    &unzipped
                }
                None => return Handled::Done(plain(
                    400,
                    "The request body is declared gzip (Content-Encoding) but is not valid gzip.",
                )),
            }
        } else {
            req
        };
    let decoded = if let Some(target) = req.header("x-amz-target") {
        json::decode(req, target, &request_id)
    } else if is_lambda(req) {
        rest_json::decode(Service::Lambda, req, &request_id)
    } else if is_s3(req) {
        rest_xml::decode(req, &request_id)
    } else {
        query::decode(req, &request_id)
    };
    let (responder, operation_input) = match decoded {
        Ok(d) => d,
        Err(resp) => return Handled::Done(resp),
    };
    let caller = caller_of(world, req);
    match world.call(
        responder.service,
        &responder.operation,
        operation_input,
        &caller,
    ) {
        CallOutcome::Done(result) => Handled::Done(responder.respond(&result)),
        CallOutcome::Pending(call) => Handled::Pending { call, responder },
    }
}

/// Decompresses a gzip body, refusing one that would grow past 64 MiB.
fn gunzip(body: &[u8]) -> Option<Vec<u8>> {
    use std::io::Read;
    const MAX: u64 = 64 * 1024 * 1024;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(body)
        .take(MAX + 1)
        .read_to_end(&mut out)
        .ok()?;
    (out.len() as u64 <= MAX).then_some(out)
}

/// Is this a Lambda (REST-JSON) request? Signed for service `lambda`, or
/// unsigned to one of Lambda's versioned paths.
fn is_lambda(req: &HttpRequest) -> bool {
    if let Some(scope) = credential_scope(req) {
        return scope.get(3).is_some_and(|s| s == "lambda");
    }
    [
        "/2015-03-31/",
        "/2016-08-19/",
        "/2017-03-31/",
        "/2017-10-31/",
        "/2019-09-30/",
    ]
    .iter()
    .any(|p| req.url.starts_with(p))
}

/// Is this an S3 (REST-XML) request? S3 has no `X-Amz-Target` and no
/// `Action=`: a signed request says so in its SigV4 credential scope (service
/// `s3`); an unsigned one is taken for S3 when it names a bucket in its path
/// (`/bucket...`) and is not a form-encoded query-protocol call. Unsigned
/// requests to `/` stay with the query protocol (its `MissingAction` answer).
fn is_s3(req: &HttpRequest) -> bool {
    if req
        .header("host")
        .and_then(rest_xml::virtual_host_bucket)
        .is_some()
    {
        return true;
    }
    if let Some(scope) = credential_scope(req) {
        // `s3express`: directory-bucket calls, which S3 then refuses by name.
        return scope.get(3).is_some_and(|s| s == "s3" || s == "s3express");
    }
    // The query protocol is GET or POST; any other method is S3's.
    if !matches!(req.method.as_str(), "GET" | "POST") {
        return true;
    }
    let (path, query) = req.url.split_once('?').unwrap_or((&req.url, ""));
    let form = req
        .header("content-type")
        .is_some_and(|c| c.starts_with("application/x-www-form-urlencoded"));
    !path.trim_start_matches('/').is_empty()
        && !form
        && !query.split('&').any(|p| p.starts_with("Action="))
}

/// The caller a request speaks for: the region and access key of its SigV4
/// `Authorization` credential scope (`Credential=AKID/20260101/eu-west-1/sqs/...`).
/// Signatures are accepted and not verified.
pub fn caller_of(world: &World, req: &HttpRequest) -> Caller {
    let mut caller = Caller::default();
    let scope = credential_scope(req);
    caller.anonymous = scope.is_none();
    if let Some(scope) = scope {
        if let Some(akid) = scope.first() {
            caller.account_id = world.account_for_access_key(akid);
        }
        if let Some(region) = scope.get(2).filter(|r| !r.is_empty()) {
            caller.region = region.to_string();
        }
    }
    caller.trace_header = req
        .header("x-amzn-trace-id")
        .filter(|t| !t.is_empty())
        .map(str::to_string);
    caller
}

/// The parts of the SigV4 credential scope: [access key, date, region, service, "aws4_request"],
/// from the `Authorization` header or, for a presigned URL, its
/// `X-Amz-Credential` query parameter.
pub fn credential_scope(req: &HttpRequest) -> Option<Vec<String>> {
    if let Some(auth) = req.header("authorization") {
        let start = auth.find("Credential=")? + "Credential=".len();
        let rest = &auth[start..];
        let end = rest.find([',', ' ']).unwrap_or(rest.len());
        return Some(rest[..end].split('/').map(str::to_string).collect());
    }
    let (_, query) = req.url.split_once('?')?;
    let value = query
        .split('&')
        .find_map(|p| p.strip_prefix("X-Amz-Credential="))?;
    let decoded = value.replace("%2F", "/").replace("%2f", "/");
    Some(decoded.split('/').map(str::to_string).collect())
}

/// The query literals of a REST URI template (`/{Bucket}?list-type=2` gives
/// `("list-type", Some("2"))`, `?uploads` gives `("uploads", None)`), which
/// tell apart operations sharing a path. botocore's `x-id` marker is none.
pub(crate) fn query_literals(uri: &str) -> impl Iterator<Item = (&str, Option<&str>)> {
    uri.split_once('?')
        .map_or("", |(_, q)| q)
        .split('&')
        .filter(|l| !l.is_empty() && !l.starts_with("x-id="))
        .map(|l| match l.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (l, None),
        })
}

/// Whether a request's query `params` carry every literal of template `uri`.
pub(crate) fn literals_present(uri: &str, params: &[(String, String)]) -> bool {
    query_literals(uri).all(|(k, v)| {
        params
            .iter()
            .any(|(n, pv)| n == k && v.is_none_or(|v| v == pv))
    })
}

/// A protocol-independent plain-text answer for requests that are not AWS calls
/// at all (so a browser pointed at the endpoint sees something useful).
pub fn plain(status: u16, text: &str) -> HttpResponse {
    HttpResponse {
        status,
        headers: vec![("Content-Type".into(), "text/plain; charset=utf-8".into())],
        body: text.as_bytes().to_vec(),
    }
}
