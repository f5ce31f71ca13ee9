//! S3's REST-XML protocol, path-style: `PUT /bucket/key`, `GET /bucket?list-type=2`.
//!
//! A request is matched to an operation by the model's HTTP bindings (method,
//! URI template, query literals such as `?notification`), then its input is
//! gathered member by member from where the model says it travels: URI labels
//! (`{Bucket}`, greedy `{Key+}`), query parameters, headers, the `x-amz-meta-`
//! header family, and the payload (an object's bytes as base64, or an XML
//! document parsed by the member's shape). Answers are written the same way
//! back: header members as headers, the payload as bytes or as XML in S3's
//! namespace; errors as S3's `<Error>` document (none for HEAD).
//!
//! Uploads from current SDKs and the AWS CLI may arrive `aws-chunked` (a
//! streaming body in chunks with optional signatures and trailing checksums such
//! as `x-amz-checksum-crc32`): `decode_aws_chunked` reassembles the bytes and
//! the trailers become headers, so `ChecksumCRC32` is checked like a header value.
//!
//! Virtual-hosted-style addressing (`bucket.s3.example`) is not decoded: clients
//! pointed at an IP endpoint such as `switchyard serve` use path style.

use super::{HttpRequest, HttpResponse, Responder, Wire};
use crate::error::AwsError;
use crate::model::{HttpBinding, Location, Member, Service, Shape};
use crate::world::CallResult;
use serde_json::{json, Map, Value};

/// S3's XML namespace.
pub const XMLNS: &str = "http://s3.amazonaws.com/doc/2006-03-01/";

/// Percent-decodes a URL path segment (`+` stays `+`, unlike form encoding).
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) =
                u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16)
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn responder(operation: &str, request_id: &str, head: bool) -> Responder {
    Responder {
        service: Service::S3,
        operation: operation.to_string(),
        wire: Wire::RestXml { head },
        request_id: request_id.to_string(),
    }
}

/// The bucket a virtual-hosted-style Host names (`bucket.s3.us-east-1.amazonaws.com`,
/// `bucket.s3.amazonaws.com`, `bucket.s3-eu-west-1.amazonaws.com`,
/// `bucket.localhost`, `bucket.s3.localhost.localstack.cloud`), or `None` for
/// path style: an IP address, `localhost`, S3's own endpoints, or any other
/// name (a container's, say), where the bucket is the path's first segment.
pub fn virtual_host_bucket(host: &str) -> Option<String> {
    let host = host.trim().trim_end_matches('.');
    // Strip a port (an IPv6 literal keeps its colons inside brackets).
    let name = match host.rsplit_once(':') {
        Some((h, port)) if !h.ends_with(']') || host.starts_with('[') => {
            if port.bytes().all(|b| b.is_ascii_digit()) {
                h
            } else {
                host
            }
        }
        _ => host,
    };
    if name.starts_with('[') || name.parse::<std::net::Ipv4Addr>().is_ok() {
        return None;
    }
    let name = name.to_ascii_lowercase();
    let before = ["localhost.localstack.cloud", "amazonaws.com", "localhost"]
        .iter()
        .find_map(|base| name.strip_suffix(base)?.strip_suffix('.'))?;
    // What stands between the bucket and the base: `s3`, `s3.<region>`,
    // `s3-<region>`, `s3.dualstack.<region>` (none at all for `.localhost`).
    let bucket = match before.rfind(".s3") {
        Some(i)
            if before[i + 3..].is_empty()
                || before[i + 3..].starts_with('.')
                || before[i + 3..].starts_with('-') =>
        {
            &before[..i]
        }
        _ if name.ends_with(".amazonaws.com") => return None,
        _ => before,
    };
    (!bucket.is_empty() && bucket != "s3").then(|| bucket.to_string())
}

/// Decodes an S3 request into (operation, input).
pub fn decode(req: &HttpRequest, request_id: &str) -> Result<(Responder, Value), HttpResponse> {
    let head = req.method.eq_ignore_ascii_case("HEAD");
    let fail = |op: &str, e: AwsError| Err(responder(op, request_id, head).respond(&Err(e)));
    let (path, query) = req.url.split_once('?').unwrap_or((&req.url, ""));
    let params = super::query::parse_form(query);
    let has = |k: &str| params.iter().any(|(n, _)| n == k);
    let path = path.trim_start_matches('/');
    // Virtual-hosted style names the bucket in the Host header (the SDKs'
    // default); the path is then the key.
    let hosted;
    let path = match req.header("host").and_then(virtual_host_bucket) {
        Some(b) => {
            hosted = format!("{b}/{path}");
            hosted.as_str()
        }
        None => path,
    };
    let (bucket, key) = match path.split_once('/') {
        Some((b, k)) => (percent_decode(b), Some(percent_decode(k))),
        None => (percent_decode(path), None),
    };
    let key = key.filter(|k| !k.is_empty());
    let shape = match (bucket.is_empty(), &key) {
        (true, _) => "/",
        (false, None) => "/{Bucket}",
        (false, Some(_)) => "/{Bucket}/{Key+}",
    };
    let spec = Service::S3.spec().expect("S3 has a model");
    let method = req.method.to_ascii_uppercase();
    // The binding whose method and path shape fit and whose query literals are
    // all present, preferring the most literals (`?list-type=2` over none).
    let mut best: Option<(&HttpBinding, usize)> = None;
    for b in spec.http.iter().filter(|b| b.method == method) {
        let tpath = b
            .request_uri
            .split_once('?')
            .map_or(b.request_uri, |(p, _)| p);
        if tpath != shape {
            continue;
        }
        let all = super::literals_present(b.request_uri, &params);
        // Required query members tell apart operations that share a template
        // (DeleteObject and AbortMultipartUpload's `uploadId`).
        let required_query: Vec<&str> = spec
            .operation(b.operation)
            .map(|o| {
                o.input
                    .iter()
                    .filter(|m| m.required)
                    .filter_map(|m| match m.location {
                        Location::Query(q) => Some(q),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let present = required_query.iter().all(|q| has(q));
        let score = super::query_literals(b.request_uri).count() + required_query.len();
        if all && present && best.is_none_or(|(_, n)| score > n) {
            best = Some((b, score));
        }
    }
    // A subresource another operation on this path names (`?notification`,
    // `?tagging`, `?uploads`) that the chosen binding does not take means the
    // method is wrong for that subresource: `DELETE /bucket?notification` is
    // no DeleteBucket.
    let best = best.filter(|(b, _)| {
        let literal_names = |uri: &'static str| super::query_literals(uri).map(|(k, _)| k);
        let own: Vec<&str> = literal_names(b.request_uri).collect();
        !spec
            .http
            .iter()
            .filter(|o| {
                o.request_uri
                    .split_once('?')
                    .map_or(o.request_uri, |(p, _)| p)
                    == shape
            })
            .flat_map(|o| literal_names(o.request_uri))
            .any(|l| !own.contains(&l) && has(l))
    });
    let Some((binding, _)) = best else {
        return fail(
            "",
            AwsError::client(
                "MethodNotAllowed",
                "The specified method is not allowed against this resource.",
            )
            .with_status(405),
        );
    };
    // Several operations share `PUT /{Bucket}/{Key+}`: a copy names its source
    // in a header, a part names its upload in the query.
    let mut operation = binding.operation;
    if operation == "PutObject"
        || operation == "CopyObject"
        || operation == "UploadPart"
        || operation == "UploadPartCopy"
    {
        let copy = req.header("x-amz-copy-source").is_some();
        operation = match (has("uploadId"), copy) {
            (true, true) => "UploadPartCopy",
            (true, false) => "UploadPart",
            (false, true) => "CopyObject",
            (false, false) => "PutObject",
        };
    }
    let op = spec
        .operation(operation)
        .expect("bindings name modelled operations");
    // The body, reassembled if it was sent aws-chunked; trailers join the headers.
    let mut headers = req.headers.clone();
    let chunked = req
        .header("content-encoding")
        .is_some_and(|c| c.split(',').any(|p| p.trim() == "aws-chunked"))
        || req
            .header("x-amz-content-sha256")
            .is_some_and(|c| c.starts_with("STREAMING-"));
    let body = if chunked {
        match decode_aws_chunked(&req.body) {
            Ok((bytes, trailers)) => {
                headers.extend(trailers);
                // S3 stores Content-Encoding without the aws-chunked coding.
                for (k, v) in headers.iter_mut() {
                    if k.eq_ignore_ascii_case("content-encoding") {
                        *v = v
                            .split(',')
                            .map(str::trim)
                            .filter(|p| *p != "aws-chunked")
                            .collect::<Vec<_>>()
                            .join(",");
                    }
                }
                headers
                    .retain(|(k, v)| !(k.eq_ignore_ascii_case("content-encoding") && v.is_empty()));
                if let Some(n) = req
                    .header("x-amz-decoded-content-length")
                    .and_then(|n| n.trim().parse::<usize>().ok())
                {
                    if n != bytes.len() {
                        return fail(
                            operation,
                            AwsError::client(
                                "IncompleteBody",
                                "The request body terminated unexpectedly",
                            ),
                        );
                    }
                }
                bytes
            }
            Err(why) => {
                return fail(
                    operation,
                    AwsError::client("InvalidRequest", format!("Invalid aws-chunked body: {why}")),
                )
            }
        }
    } else {
        req.body.clone()
    };
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    let mut input = Map::new();
    for m in op.input {
        let scalar = |s: &str| {
            crate::cli::scalar_value(m.shape, s).map_err(AwsError::invalid_parameter_value)
        };
        let value = match m.location {
            Location::Uri("Bucket") => Some(json!(bucket)),
            Location::Uri("Key") => key.as_ref().map(|k| json!(k)),
            Location::Uri(_) => None,
            Location::Query(q) => match params.iter().find(|(n, _)| n == q) {
                // An empty number is taken as left out, as S3 takes
                // `part-number-marker=` and `max-parts=` (LocalStack's
                // AWS-validated test_list_parts_empty_part_number_marker).
                Some((_, v)) if v.is_empty() && matches!(m.shape, Shape::Integer | Shape::Long) => {
                    None
                }
                Some((_, v)) => Some(match scalar(v) {
                    Ok(v) => v,
                    // A number S3 cannot read (`max-keys=abc`): its InvalidArgument.
                    Err(_) if matches!(m.shape, Shape::Integer | Shape::Long) => {
                        return fail(
                            operation,
                            crate::s3::errors::invalid_argument_named(
                                &format!("Provided {q} not an integer or within integer range"),
                                q,
                                v,
                            ),
                        )
                    }
                    Err(e) => return fail(operation, e),
                }),
                None => None,
            },
            Location::Header(h) => match header(h) {
                // Header values of list shapes are comma-separated.
                Some(v) if matches!(m.shape, Shape::List(_)) => {
                    Some(json!(v.split(',').map(str::trim).collect::<Vec<_>>()))
                }
                // Timestamps in headers are HTTP dates: kept as text.
                Some(v) if matches!(m.shape, Shape::Timestamp) => Some(json!(v)),
                Some(v) => Some(match scalar(v) {
                    Ok(v) => v,
                    Err(e) => return fail(operation, e),
                }),
                None => None,
            },
            Location::Headers(prefix) => {
                let map: Map<String, Value> = headers
                    .iter()
                    .filter(|(k, _)| {
                        k.len() > prefix.len()
                            && k.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
                    })
                    // The prefix is ASCII and matched byte for byte, so the rest
                    // starts on a character boundary.
                    .map(|(k, v)| (k[prefix.len()..].to_ascii_lowercase(), json!(v)))
                    .collect();
                (!map.is_empty()).then_some(Value::Object(map))
            }
            Location::Payload => match m.shape {
                Shape::Blob => Some(json!(crate::util::b64_encode(&body))),
                Shape::Structure(_) if body.iter().all(u8::is_ascii_whitespace) => None,
                Shape::Structure(_) => {
                    let text = String::from_utf8_lossy(&body);
                    let doc = match roxmltree::Document::parse(&text) {
                        Ok(d) => d,
                        Err(_) => return fail(operation, crate::s3::errors::malformed_xml()),
                    };
                    match read_xml(m.shape, doc.root_element()) {
                        Ok(v) => Some(v),
                        Err(e) => return fail(operation, e),
                    }
                }
                _ => None,
            },
            Location::Body => None,
        };
        if let Some(v) = value {
            input.insert(m.name.to_string(), v);
        }
    }
    Ok((responder(operation, request_id, head), Value::Object(input)))
}

/// HTTP header lines, in order.
pub type Headers = Vec<(String, String)>;

/// Reassembles an `aws-chunked` body: `hex-size[;chunk-signature=...]\r\n`,
/// the bytes, `\r\n`, ... up to a zero-size chunk, then optional trailer lines
/// `name:value\r\n` and an empty line. Returns the bytes and the trailers.
pub fn decode_aws_chunked(mut b: &[u8]) -> Result<(Vec<u8>, Headers), String> {
    fn line<'a>(b: &mut &'a [u8]) -> Option<&'a [u8]> {
        let i = b.windows(2).position(|w| w == b"\r\n")?;
        let l = &b[..i];
        *b = &b[i + 2..];
        Some(l)
    }
    let mut out = Vec::new();
    loop {
        let header = line(&mut b).ok_or("a chunk header is not terminated")?;
        let header = std::str::from_utf8(header).map_err(|_| "a chunk header is not text")?;
        let size_hex = header.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_hex, 16)
            .map_err(|_| format!("bad chunk size {size_hex:?}"))?;
        if size == 0 {
            break;
        }
        if b.len() < size {
            return Err("a chunk is shorter than its size".into());
        }
        out.extend_from_slice(&b[..size]);
        b = &b[size..];
        if !b.starts_with(b"\r\n") {
            return Err("a chunk is not followed by CRLF".into());
        }
        b = &b[2..];
    }
    let mut trailers = vec![];
    while let Some(l) = line(&mut b) {
        if l.is_empty() {
            break;
        }
        let l = String::from_utf8_lossy(l);
        if let Some((k, v)) = l.split_once(':') {
            // x-amz-trailer-signature authenticates the trailers; not verified.
            if !k.trim().eq_ignore_ascii_case("x-amz-trailer-signature") {
                trailers.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
    }
    // A trailer without the final CRLF pair (some clients end after one line).
    if !b.is_empty() {
        let l = String::from_utf8_lossy(b);
        if let Some((k, v)) = l.trim().split_once(':') {
            trailers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    Ok((out, trailers))
}

/// Parses an XML element into JSON by `shape` (members by their XML names,
/// flattened and wrapped lists).
fn read_xml(shape: &Shape, node: roxmltree::Node) -> Result<Value, AwsError> {
    match shape {
        Shape::Structure(members) => {
            // S3 checks a document against its schema: an element the shape
            // does not declare is MalformedXML ("... did not validate against
            // our published schema").
            // InvocationRole is the deprecated PutBucketNotification's
            // (same URL, still sent by `aws s3api put-bucket-notification`),
            // which AWS accepts and the current shape lacks: it is ignored.
            let declared = |name: &str| {
                name == "InvocationRole"
                    || members
                        .iter()
                        .any(|m| m.location == Location::Body && m.xml_element() == name)
            };
            if node
                .children()
                .any(|c| c.is_element() && !declared(c.tag_name().name()))
            {
                return Err(crate::s3::errors::malformed_xml());
            }
            let mut obj = Map::new();
            for m in members.iter().filter(|m| m.location == Location::Body) {
                let name = m.xml_element();
                let children: Vec<roxmltree::Node> = node
                    .children()
                    .filter(|c| c.is_element() && c.tag_name().name() == name)
                    .collect();
                if children.is_empty() {
                    continue;
                }
                let v = match m.shape {
                    Shape::List(item) if m.flattened => Value::Array(
                        children
                            .iter()
                            .map(|c| read_xml(item, *c))
                            .collect::<Result<_, _>>()?,
                    ),
                    Shape::List(item) => Value::Array(
                        children[0]
                            .children()
                            .filter(|c| c.is_element())
                            .map(|c| read_xml(item, c))
                            .collect::<Result<_, _>>()?,
                    ),
                    other => read_xml(other, children[0])?,
                };
                obj.insert(m.name.to_string(), v);
            }
            Ok(Value::Object(obj))
        }
        Shape::List(item) => Ok(Value::Array(
            node.children()
                .filter(|c| c.is_element())
                .map(|c| read_xml(item, c))
                .collect::<Result<_, _>>()?,
        )),
        Shape::Map { .. } => Err(AwsError::not_emulated("XML maps in S3 request bodies")),
        scalar => {
            let text = node.text().unwrap_or("");
            crate::cli::scalar_value(scalar, text).map_err(|_| crate::s3::errors::malformed_xml())
        }
    }
}

/// Unix seconds (as JSON numbers carry timestamps) in S3's body form
/// (`2026-01-01T00:00:00.000Z`).
fn iso(v: &Value) -> String {
    crate::sim::time::format_unix_ms((v.as_f64().unwrap_or(0.0) * 1000.0).round() as u64)
}

/// Unix seconds as an HTTP date (`Thu, 01 Jan 2026 00:00:00 GMT`), the form of
/// S3's Last-Modified header.
pub fn http_date(v: &Value) -> String {
    let secs = v.as_f64().unwrap_or(0.0) as u64;
    let iso = crate::sim::time::format_unix_ms(secs * 1000);
    let (y, mo, d) = (&iso[0..4], &iso[5..7], &iso[8..10]);
    let days = secs / 86_400;
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][mo.parse::<usize>().unwrap_or(1) - 1];
    format!("{weekday}, {d} {month} {y} {} GMT", &iso[11..19])
}

fn write_xml(out: &mut String, name: &str, shape: &Shape, v: &Value) {
    use super::query::xml_escape;
    match (shape, v) {
        (_, Value::Null) => out.push_str(&format!("<{name}/>")),
        (Shape::Structure(members), Value::Object(o)) => {
            out.push_str(&format!("<{name}>"));
            write_members(out, members, o);
            out.push_str(&format!("</{name}>"));
        }
        (Shape::Timestamp, Value::Number(_)) => {
            out.push_str(&format!("<{name}>{}</{name}>", iso(v)))
        }
        (_, Value::String(s)) => out.push_str(&format!("<{name}>{}</{name}>", xml_escape(s))),
        (_, other) => out.push_str(&format!(
            "<{name}>{}</{name}>",
            xml_escape(&other.to_string())
        )),
    }
}

fn write_members(out: &mut String, members: &[Member], o: &Map<String, Value>) {
    for m in members.iter().filter(|m| m.location == Location::Body) {
        let Some(x) = o.get(m.name) else { continue };
        match (m.shape, x) {
            (Shape::List(item), Value::Array(items)) if m.flattened => {
                for i in items {
                    write_xml(out, m.xml_element(), item, i);
                }
            }
            (Shape::List(item), Value::Array(items)) => {
                out.push_str(&format!("<{}>", m.xml_element()));
                for i in items {
                    write_xml(out, m.query_name.unwrap_or("member"), item, i);
                }
                out.push_str(&format!("</{}>", m.xml_element()));
            }
            (shape, x) => write_xml(out, m.xml_element(), shape, x),
        }
    }
}

/// The root element S3 writes for an operation's XML output.
fn output_root(operation: &str) -> String {
    match operation {
        "ListObjectsV2" | "ListObjects" => "ListBucketResult".into(),
        "ListBuckets" => "ListAllMyBucketsResult".into(),
        "GetBucketNotificationConfiguration" => "NotificationConfiguration".into(),
        "DeleteObjects" => "DeleteResult".into(),
        "CreateMultipartUpload" => "InitiateMultipartUploadResult".into(),
        "CompleteMultipartUpload" => "CompleteMultipartUploadResult".into(),
        "ListParts" => "ListPartsResult".into(),
        other => format!("{other}Result"),
    }
}

fn header_text(shape: &Shape, v: &Value) -> String {
    match (shape, v) {
        (Shape::Timestamp, Value::Number(_)) => http_date(v),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    }
}

/// Encodes a result as S3 does.
pub fn encode(r: &Responder, head: bool, result: &CallResult) -> HttpResponse {
    let mut headers = vec![
        (
            "x-amz-request-id".to_string(),
            r.request_id.replace('-', "")[..16].to_ascii_uppercase(),
        ),
        (
            "x-amz-id-2".to_string(),
            crate::util::b64_encode(r.request_id.as_bytes()),
        ),
    ];
    let v = match result {
        Err(e) => {
            // HEAD answers and 304 Not Modified have no body; a 304 carries
            // the object's ETag and Last-Modified as headers.
            if head || e.status == 304 {
                if e.status == 304 {
                    headers.extend(e.extra.iter().cloned());
                }
                return HttpResponse {
                    status: e.status,
                    headers,
                    body: vec![],
                };
            }
            let mut body = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{}</Code><Message>{}</Message>",
                super::query::xml_escape(&e.code),
                super::query::xml_escape(&e.message)
            );
            for (k, v) in &e.extra {
                body.push_str(&format!("<{k}>{}</{k}>", super::query::xml_escape(v)));
            }
            body.push_str(&format!(
                "<RequestId>{}</RequestId><HostId>{}</HostId></Error>",
                headers[0].1, headers[1].1
            ));
            headers.push(("Content-Type".into(), "application/xml".into()));
            return HttpResponse {
                status: e.status,
                headers,
                body: body.into_bytes(),
            };
        }
        Ok(v) => v,
    };
    let output = Service::S3
        .spec()
        .and_then(|s| s.operation(&r.operation))
        .map(|o| o.output)
        .unwrap_or(&[]);
    let empty = Map::new();
    let o = v.as_object().unwrap_or(&empty);
    let mut body: Vec<u8> = vec![];
    let mut payload_written = false;
    for m in output {
        let Some(x) = o.get(m.name) else { continue };
        match m.location {
            Location::Header(h) => headers.push((h.to_string(), header_text(m.shape, x))),
            Location::Headers(prefix) => {
                if let Value::Object(map) = x {
                    for (k, val) in map {
                        headers.push((
                            format!("{prefix}{k}"),
                            val.as_str().unwrap_or_default().to_string(),
                        ));
                    }
                }
            }
            Location::Payload => {
                payload_written = true;
                match m.shape {
                    Shape::Blob => {
                        body = x
                            .as_str()
                            .and_then(|s| crate::util::b64_decode(s).ok())
                            .unwrap_or_default()
                    }
                    shape => {
                        let mut s = String::new();
                        write_xml(&mut s, m.xml_element(), shape, x);
                        body = xml_document(&s).into_bytes();
                    }
                }
            }
            _ => {}
        }
    }
    let is_blob_payload = output
        .iter()
        .any(|m| m.location == Location::Payload && matches!(m.shape, Shape::Blob));
    // An output with body members is a document even when none is set (a
    // quiet DeleteObjects without errors is an empty `<DeleteResult/>`, an
    // unconfigured bucket an empty `<NotificationConfiguration/>`).
    if !payload_written && output.iter().any(|m| m.location == Location::Body) {
        let mut s = String::new();
        if r.operation == "GetBucketLocation" {
            // The location is the document's only element, empty for us-east-1.
            match o.get("LocationConstraint") {
                Some(Value::String(c)) => {
                    s.push_str(&format!("<LocationConstraint>{c}</LocationConstraint>"))
                }
                _ => s.push_str("<LocationConstraint/>"),
            }
        } else {
            let root = output_root(&r.operation);
            s.push_str(&format!("<{root}>"));
            write_members(&mut s, output, o);
            s.push_str(&format!("</{root}>"));
        }
        body = xml_document(&s).into_bytes();
    }
    // HeadBucket names the XML its GET would have (LocalStack's AWS-validated
    // test_create_bucket_head_bucket).
    if (!body.is_empty() && !is_blob_payload) || r.operation == "HeadBucket" {
        headers.push(("Content-Type".into(), "application/xml".into()));
    }
    // Deletes answer 204 No Content (the model's responseCode), DeleteObjects
    // excepted; a GetObject of a range answers 206 Partial Content.
    let status = if r.operation.starts_with("Delete") && r.operation != "DeleteObjects" {
        204
    } else if o.contains_key("ContentRange") && r.operation == "GetObject" {
        206
    } else {
        200
    };
    if head || is_blob_payload {
        // Content-Length is a header member here: keep one, the object's.
        let mut seen = false;
        headers.retain(|(k, _)| {
            !k.eq_ignore_ascii_case("content-length") || !std::mem::replace(&mut seen, true)
        });
    } else {
        headers.retain(|(k, _)| !k.eq_ignore_ascii_case("content-length"));
    }
    HttpResponse {
        status,
        headers,
        body: if head { vec![] } else { body },
    }
}

/// An XML document with S3's namespace on its root element.
fn xml_document(root_and_content: &str) -> String {
    let with_ns = match root_and_content.find(['>', '/']) {
        Some(i) => format!(
            "{} xmlns=\"{XMLNS}\"{}",
            &root_and_content[..i],
            &root_and_content[i..]
        ),
        None => root_and_content.to_string(),
    };
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{with_ns}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies() {
        let body = b"5;chunk-signature=abc\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n";
        let (bytes, trailers) = decode_aws_chunked(body).unwrap();
        assert_eq!(bytes, b"hello world");
        assert_eq!(
            trailers,
            vec![("x-amz-checksum-crc32".to_string(), "DUoRhQ==".to_string())]
        );
        assert!(decode_aws_chunked(b"5\r\nhel").is_err());
        assert!(decode_aws_chunked(b"zz\r\n").is_err());
    }

    #[test]
    fn virtual_hosted_buckets() {
        for (host, bucket) in [
            ("photos.s3.us-east-1.amazonaws.com", Some("photos")),
            ("photos.s3.amazonaws.com", Some("photos")),
            ("my.photos.s3-eu-west-1.amazonaws.com", Some("my.photos")),
            (
                "photos.s3.dualstack.us-east-1.amazonaws.com",
                Some("photos"),
            ),
            ("photos.localhost:4566", Some("photos")),
            ("photos.s3.localhost.localstack.cloud:4566", Some("photos")),
            ("s3.us-east-1.amazonaws.com", None),
            ("s3.amazonaws.com", None),
            ("sqs.us-east-1.amazonaws.com", None),
            ("localhost:4566", None),
            ("127.0.0.1:4566", None),
            ("[::1]:4566", None),
            ("switchyard:4566", None),
        ] {
            assert_eq!(virtual_host_bucket(host).as_deref(), bucket, "{host}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(
            http_date(&json!(1_767_225_600.0)),
            "Thu, 01 Jan 2026 00:00:00 GMT"
        );
        assert_eq!(percent_decode("a%20b+c%2Fd%"), "a b+c/d%");
    }
}
