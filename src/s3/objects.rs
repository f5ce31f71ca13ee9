//! Object operations: PutObject, GetObject (with a simple Range), HeadObject,
//! DeleteObject, DeleteObjects, CopyObject, and ListObjectsV2 with AWS's paging,
//! delimiter and URL encoding rules.

use super::{errors, input_str, limits, required, Object, S3Event, S3};
use crate::error::{AwsError, AwsResult};
use crate::sim::{Event, Sim};
use crate::world::{CallResult, Caller};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// S3's Content-Type for an object stored without one.
pub(super) const DEFAULT_CONTENT_TYPE: &str = "binary/octet-stream";

/// Content headers stored with an object and returned by GetObject/HeadObject.
pub(super) const STORED_HEADERS: &[&str] = &[
    "CacheControl",
    "ContentDisposition",
    "ContentEncoding",
    "ContentLanguage",
    "Expires",
];

/// Members of PutObject/CopyObject that name features Switchyard does not emulate.
const UNEMULATED: &[(&str, &str)] = &[
    (
        "SSECustomerKey",
        "server-side encryption with customer keys (SSE-C)",
    ),
    (
        "SSECustomerAlgorithm",
        "server-side encryption with customer keys (SSE-C)",
    ),
    ("ObjectLockMode", "S3 Object Lock"),
    ("ObjectLockLegalHoldStatus", "S3 Object Lock"),
    ("ObjectLockRetainUntilDate", "S3 Object Lock"),
    ("Tagging", "object tagging"),
    ("WebsiteRedirectLocation", "static website hosting"),
    ("IfMatch", "conditional writes (If-Match)"),
    ("IfNoneMatch", "conditional writes (If-None-Match)"),
    ("WriteOffsetBytes", "appends to directory-bucket objects"),
    ("GrantFullControl", "ACL grants"),
    ("GrantRead", "ACL grants"),
    ("GrantReadACP", "ACL grants"),
    ("GrantWriteACP", "ACL grants"),
    ("VersionId", "S3 Versioning"),
    ("PartNumber", "multipart uploads"),
];

pub(super) fn refuse_unemulated(input: &Value) -> AwsResult<()> {
    // Objects are all STANDARD with the default private ACL: other storage
    // classes and canned ACLs would be kept but not honoured, so they are refused.
    if let Some(c) = input_str(input, "StorageClass").filter(|c| *c != "STANDARD") {
        // Classes of other kinds of bucket (Outposts, Snow, directory
        // buckets, FSx), and names S3 does not know, are refused as AWS
        // refuses OUTPOSTS on a general purpose bucket.
        const GENERAL_PURPOSE: &[&str] = &[
            "REDUCED_REDUNDANCY",
            "STANDARD_IA",
            "ONEZONE_IA",
            "INTELLIGENT_TIERING",
            "GLACIER",
            "DEEP_ARCHIVE",
            "GLACIER_IR",
        ];
        if !GENERAL_PURPOSE.contains(&c) {
            return Err(errors::invalid_storage_class(c));
        }
        return Err(AwsError::not_emulated(format!("storage class {c}")));
    }
    if let Some(a) =
        input_str(input, "ACL").filter(|a| *a != "private" && *a != "bucket-owner-full-control")
    {
        return Err(AwsError::not_emulated(format!("canned ACL {a}")));
    }
    for (member, what) in UNEMULATED {
        if input.get(*member).is_some_and(|v| !v.is_null()) {
            return Err(AwsError::not_emulated(format!("{what} ({member})")));
        }
    }
    Ok(())
}

/// Whether a comma-separated list of entity tags names `etag`. Quotes are
/// optional: S3 matches `abc` as it matches `"abc"` (LocalStack's AWS-validated
/// test_s3_copy_object_preconditions, copy-etag-missing-quotes).
fn etag_listed(list: &str, etag: &str) -> bool {
    let bare = etag.trim_matches('"');
    list.split(',').any(|t| t.trim().trim_matches('"') == bare)
}

pub(super) fn check_key(key: &str) -> AwsResult<()> {
    if key.is_empty() {
        return Err(errors::invalid_argument(
            "The specified key must not be empty",
        ));
    }
    if key.len() > limits::KEY_MAX_BYTES {
        return Err(errors::key_too_long());
    }
    Ok(())
}

/// User metadata as S3 keeps it: keys in lowercase, within 2 KB in total.
pub(super) fn metadata_of(input: &Value) -> AwsResult<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    if let Some(Value::Object(m)) = input.get("Metadata") {
        for (k, v) in m {
            let v = v
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string());
            out.insert(k.to_ascii_lowercase(), v);
        }
    }
    let size: usize = out.iter().map(|(k, v)| k.len() + v.len()).sum();
    if size > limits::USER_METADATA_MAX_BYTES {
        return Err(errors::metadata_too_large());
    }
    Ok(out)
}

/// Checks the Content-MD5 and the one `x-amz-checksum-*` a PutObject or
/// UploadPart may carry, and returns the checksum members to store and echo
/// (none when none was sent; PutObject then adds S3's default).
pub(super) fn checksums(input: &Value, body: &[u8]) -> AwsResult<Map<String, Value>> {
    if let Some(md5) = input_str(input, "ContentMD5") {
        let want = crate::util::b64_decode(md5).map_err(|_| errors::invalid_digest(md5))?;
        if want.len() != 16 {
            return Err(errors::invalid_digest(md5));
        }
        if crate::util::hex(&want) != crate::util::md5_hex(body) {
            return Err(errors::bad_digest());
        }
    }
    if let Some(m) = UNBUILT_CHECKSUMS.iter().find(|m| input.get(**m).is_some()) {
        return Err(AwsError::not_emulated(format!(
            "S3 checksums of type {}",
            &m[8..]
        )));
    }
    let given: Vec<(&str, &str, &str)> = CHECKSUM_MEMBERS
        .iter()
        .filter_map(|(member, name)| input_str(input, member).map(|v| (*member, *name, v)))
        .collect();
    if given.len() > 1 {
        // AWS's wording.
        return Err(errors::invalid_request(
            "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.",
        ));
    }
    let mut echo = Map::new();
    if let Some(&(member, name, value)) = given.first() {
        let computed = super::checksum::of(member, body).unwrap_or_default();
        if computed != value {
            // A value that is not a digest of the algorithm's length is
            // malformed (InvalidRequest); a well-formed one that does not
            // match is BadDigest (AWS's wordings, as the AWS CLI's tests
            // quote them).
            let expected_len = crate::util::b64_decode(&computed).map_or(0, |b| b.len());
            let given_len = crate::util::b64_decode(value).map_or(usize::MAX, |b| b.len());
            return Err(if given_len != expected_len {
                errors::invalid_request(&format!(
                    "Value for x-amz-checksum-{} header is invalid.",
                    name.to_ascii_lowercase()
                ))
            } else {
                errors::checksum_mismatch(name)
            });
        }
        echo.insert(member.to_string(), json!(value));
        echo.insert("ChecksumType".to_string(), json!("FULL_OBJECT"));
    }
    Ok(echo)
}

/// The checksum members of PutObject and their `x-amz-checksum-*` names.
const CHECKSUM_MEMBERS: [(&str, &str); 7] = [
    ("ChecksumCRC32", "CRC32"),
    ("ChecksumCRC32C", "CRC32C"),
    ("ChecksumCRC64NVME", "CRC64NVME"),
    ("ChecksumSHA1", "SHA1"),
    ("ChecksumSHA256", "SHA256"),
    ("ChecksumSHA512", "SHA512"),
    ("ChecksumMD5", "MD5"),
];

/// The checksum member of algorithm `name`, any case (`sha256` ->
/// `ChecksumSHA256`).
pub(super) fn checksum_member(name: &str) -> Option<&'static str> {
    CHECKSUM_MEMBERS
        .iter()
        .find(|(_, n)| n.eq_ignore_ascii_case(name))
        .map(|(m, _)| *m)
}

/// The algorithm a checksum member names (`ChecksumSHA256` -> `SHA256`).
pub(super) fn checksum_name(member: &str) -> &str {
    member.strip_prefix("Checksum").unwrap_or(member)
}

/// The type of a stored checksum value: a multipart upload's composite
/// checksum ends in `-N` (its part count; base64 has no `-`), any other is of
/// the full object.
pub(super) fn checksum_type(value: &str) -> &'static str {
    if value.contains('-') {
        "COMPOSITE"
    } else {
        "FULL_OBJECT"
    }
}

/// Checksum members this build does not compute: refused by name.
const UNBUILT_CHECKSUMS: [&str; 3] = ["ChecksumXXHASH64", "ChecksumXXHASH3", "ChecksumXXHASH128"];

/// `bytes=a-b`, `bytes=a-`, `bytes=-n` against an object of `size` bytes: the
/// inclusive byte range, `None` for a header S3 ignores (several ranges, a
/// malformed one), or InvalidRange.
fn parse_range(range: &str, size: u64) -> AwsResult<Option<(u64, u64)>> {
    let Some(spec) = range.trim().strip_prefix("bytes=") else {
        return Ok(None);
    };
    if spec.contains(',') {
        return Ok(None);
    }
    let Some((a, b)) = spec.split_once('-') else {
        return Ok(None);
    };
    let (a, b) = (a.trim(), b.trim());
    let parsed = match (a.parse::<u64>(), b.parse::<u64>()) {
        (Ok(a), Ok(b)) if a <= b => (a, b.min(size.saturating_sub(1))),
        (Ok(a), Err(_)) if b.is_empty() => (a, size.saturating_sub(1)),
        (Err(_), Ok(n)) if a.is_empty() => {
            if n == 0 {
                return Err(errors::invalid_range(range, size));
            }
            (size.saturating_sub(n), size.saturating_sub(1))
        }
        _ => return Ok(None),
    };
    if parsed.0 >= size {
        return Err(errors::invalid_range(range, size));
    }
    Ok(Some(parsed))
}

/// URL encoding as S3 applies it with `EncodingType=url` and to keys in event
/// messages: everything but unreserved characters and `/` is percent-encoded,
/// a space becoming `+` (clients decode with form rules).
pub fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

impl S3 {
    pub(super) fn put_object(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let bucket = required(input, "Bucket")?;
        let key = required(input, "Key")?;
        self.owned(caller, bucket)?;
        check_key(key)?;
        refuse_unemulated(input)?;
        let body = match input_str(input, "Body") {
            Some(b64) => crate::util::b64_decode(b64).map_err(|e| {
                AwsError::invalid_parameter_value(format!("Body is not base64: {e}"))
            })?,
            None => Vec::new(),
        };
        if body.len() as u64 > limits::PUT_OBJECT_MAX_BYTES {
            return Err(errors::entity_too_large());
        }
        let metadata = metadata_of(input)?;
        let mut echo = checksums(input, &body)?;
        if echo.is_empty() {
            // Sent without one: S3 keeps a CRC64NVME of the whole object
            // ("Checking object integrity").
            let crc = super::checksum::of("ChecksumCRC64NVME", &body).unwrap_or_default();
            echo.insert("ChecksumCRC64NVME".to_string(), json!(crc));
            echo.insert("ChecksumType".to_string(), json!("FULL_OBJECT"));
        }
        let etag = format!("\"{}\"", crate::util::md5_hex(&body));
        let headers = STORED_HEADERS
            .iter()
            .filter_map(|h| input_str(input, h).map(|v| (h.to_string(), v.to_string())))
            .collect();
        let object = Object {
            etag: etag.clone(),
            content_type: input_str(input, "ContentType")
                .unwrap_or(DEFAULT_CONTENT_TYPE)
                .to_string(),
            headers,
            metadata,
            last_modified_unix_ms: super::whole_second(sim.unix_ms()),
            body,
            part_md5s: Vec::new(),
            checksums: echo
                .iter()
                .filter(|(k, _)| k.starts_with("Checksum") && *k != "ChecksumType")
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                .collect(),
        };
        let size = object.body.len() as u64;
        self.owned_mut(caller, bucket)?
            .objects
            .insert(key.to_string(), object);
        self.object_created(sim, caller, bucket, key, (size, &etag), "ObjectCreated:Put");
        let mut out = Map::new();
        out.insert("ETag".into(), json!(etag));
        out.extend(echo);
        if let Some(sse) = input_str(input, "ServerSideEncryption") {
            out.insert("ServerSideEncryption".into(), json!(sse));
        } else {
            // Every new object is encrypted with SSE-S3 unless asked otherwise (since January 2023).
            out.insert("ServerSideEncryption".into(), json!("AES256"));
        }
        Ok(Value::Object(out))
    }

    /// PutObject by a service on an account's behalf (Firehose writing a
    /// delivery): the same access rule as a caller of that account (a missing
    /// bucket is NoSuchBucket, another account's AccessDenied), content type
    /// `application/octet-stream`, the usual ObjectCreated:Put event and
    /// notifications. The body moves in; on an error it is handed back.
    pub fn put_object_from_service(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        bucket: &str,
        key: &str,
        body: Vec<u8>,
    ) -> Result<String, Box<(AwsError, Vec<u8>)>> {
        if let Err(e) = self.owned(caller, bucket).and_then(|_| check_key(key)) {
            return Err(Box::new((e, body)));
        }
        if body.len() as u64 > limits::PUT_OBJECT_MAX_BYTES {
            return Err(Box::new((errors::entity_too_large(), body)));
        }
        let etag = format!("\"{}\"", crate::util::md5_hex(&body));
        let size = body.len() as u64;
        let object = Object {
            etag: etag.clone(),
            content_type: "application/octet-stream".into(),
            headers: BTreeMap::new(),
            metadata: BTreeMap::new(),
            last_modified_unix_ms: super::whole_second(sim.unix_ms()),
            body,
            part_md5s: Vec::new(),
            checksums: BTreeMap::new(),
        };
        self.buckets
            .get_mut(bucket)
            .expect("checked above")
            .objects
            .insert(key.to_string(), object);
        self.object_created(sim, caller, bucket, key, (size, &etag), "ObjectCreated:Put");
        Ok(etag)
    }

    pub(super) fn object_created(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        bucket: &str,
        key: &str,
        (size, etag): (u64, &str),
        event_name: &str,
    ) {
        sim.record(Event::S3(S3Event::ObjectCreated {
            bucket: bucket.to_string(),
            key: key.to_string(),
            size,
            event_name: event_name.to_string(),
        }));
        self.notify(
            sim,
            caller,
            bucket,
            key,
            &format!("s3:{event_name}"),
            Some((size, etag)),
        );
    }

    /// GetObject and HeadObject share everything but the body.
    fn read_object(&self, caller: &Caller, input: &Value, with_body: bool) -> CallResult {
        let bucket = required(input, "Bucket")?;
        let key = required(input, "Key")?;
        let b = self.owned(caller, bucket)?;
        for member in [
            "VersionId",
            "PartNumber",
            "SSECustomerKey",
            "IfModifiedSince",
            "IfUnmodifiedSince",
        ] {
            if input.get(member).is_some() {
                return Err(AwsError::not_emulated(format!(
                    "GetObject/HeadObject with {member}"
                )));
            }
        }
        let o = b.objects.get(key).ok_or_else(|| errors::no_such_key(key))?;
        if let Some(m) = input_str(input, "IfMatch") {
            if m != "*" && !etag_listed(m, &o.etag) {
                return Err(errors::precondition_failed("If-Match"));
            }
        }
        // If-None-Match naming the current ETag: 304 Not Modified, no body.
        if let Some(m) = input_str(input, "IfNoneMatch") {
            if m == "*" || etag_listed(m, &o.etag) {
                return Err(errors::not_modified(&o.etag, o.last_modified_unix_ms));
            }
        }
        let size = o.body.len() as u64;
        let range = match input_str(input, "Range") {
            Some(r) => parse_range(r, size)?,
            None => None,
        };
        let mut out = Map::new();
        if with_body {
            let bytes = match range {
                Some((a, b)) => &o.body[a as usize..=b as usize],
                None => &o.body[..],
            };
            out.insert("Body".into(), json!(crate::util::b64_encode(bytes)));
        }
        out.insert("AcceptRanges".into(), json!("bytes"));
        out.insert(
            "LastModified".into(),
            json!(o.last_modified_unix_ms as f64 / 1000.0),
        );
        let length = range.map_or(size, |(a, b)| b - a + 1);
        out.insert("ContentLength".into(), json!(length));
        out.insert("ETag".into(), json!(o.etag));
        for h in STORED_HEADERS {
            if let Some(v) = o.headers.get(*h) {
                out.insert(h.to_string(), json!(v));
            }
        }
        if let Some((a, b)) = range {
            out.insert(
                "ContentRange".into(),
                json!(format!("bytes {a}-{b}/{size}")),
            );
        }
        out.insert("ContentType".into(), json!(o.content_type));
        out.insert("ServerSideEncryption".into(), json!("AES256"));
        // Checksums of the whole object, when asked and the answer is the
        // whole object (a range that covers it all counts: LocalStack's
        // AWS-validated test_get_object_range, get-0-100 of a smaller object).
        let whole = range.is_none_or(|(a, b)| a == 0 && b + 1 >= size);
        if input_str(input, "ChecksumMode") == Some("ENABLED") && whole && !o.checksums.is_empty() {
            for (k, v) in &o.checksums {
                out.insert(k.clone(), json!(v));
                out.insert("ChecksumType".into(), json!(checksum_type(v)));
            }
        }
        if !o.metadata.is_empty() {
            out.insert("Metadata".into(), json!(o.metadata));
        }
        // Response header overrides (response-content-type=...), GetObject only.
        for (param, member) in [
            ("ResponseCacheControl", "CacheControl"),
            ("ResponseContentDisposition", "ContentDisposition"),
            ("ResponseContentEncoding", "ContentEncoding"),
            ("ResponseContentLanguage", "ContentLanguage"),
            ("ResponseContentType", "ContentType"),
        ] {
            if let Some(v) = input_str(input, param) {
                out.insert(member.into(), json!(v));
            }
        }
        // response-expires arrives as a timestamp; Expires is written as an
        // HTTP date.
        match input.get("ResponseExpires") {
            Some(v @ Value::Number(_)) => {
                out.insert(
                    "Expires".into(),
                    json!(crate::protocol::rest_xml::http_date(v)),
                );
            }
            Some(Value::String(t)) => {
                out.insert("Expires".into(), json!(t));
            }
            _ => {}
        }
        Ok(Value::Object(out))
    }

    pub(super) fn get_object(&self, caller: &Caller, input: &Value) -> CallResult {
        self.read_object(caller, input, true)
    }

    pub(super) fn head_object(&self, caller: &Caller, input: &Value) -> CallResult {
        self.read_object(caller, input, false)
    }

    /// Removes one object; true if it existed.
    fn remove(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        bucket: &str,
        key: &str,
    ) -> AwsResult<bool> {
        let existed = self
            .owned_mut(caller, bucket)?
            .objects
            .remove(key)
            .is_some();
        if existed {
            sim.record(Event::S3(S3Event::ObjectRemoved {
                bucket: bucket.to_string(),
                key: key.to_string(),
            }));
        }
        // A delete is notified whether or not the key held an object: S3
        // does not look first (LocalStack's AWS-validated test_delete_objects:
        // DeleteObjects of one object and two missing keys sends three
        // ObjectRemoved:Delete events; DeleteObject is the same delete).
        self.notify(sim, caller, bucket, key, "s3:ObjectRemoved:Delete", None);
        Ok(existed)
    }

    /// DeleteObject answers 204 whether or not the key existed, as S3 does.
    pub(super) fn delete_object(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let bucket = required(input, "Bucket")?;
        let key = required(input, "Key")?;
        self.owned(caller, bucket)?;
        for member in ["VersionId", "MFA", "IfMatch"] {
            if input.get(member).is_some() {
                return Err(AwsError::not_emulated(format!(
                    "DeleteObject with {member}"
                )));
            }
        }
        self.remove(sim, caller, bucket, key)?;
        Ok(json!({}))
    }

    pub(super) fn delete_objects(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let bucket = required(input, "Bucket")?;
        self.owned(caller, bucket)?;
        let delete = input.get("Delete").ok_or_else(errors::malformed_xml)?;
        let objects = delete
            .get("Objects")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if objects.is_empty() || objects.len() > limits::DELETE_OBJECTS_MAX {
            return Err(errors::malformed_xml());
        }
        let quiet = delete
            .get("Quiet")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let (mut deleted, mut failed) = (vec![], vec![]);
        for o in &objects {
            let Some(key) = input_str(o, "Key") else {
                return Err(errors::malformed_xml());
            };
            if o.get("VersionId").is_some() {
                return Err(AwsError::not_emulated(
                    "DeleteObjects with VersionId (S3 Versioning)",
                ));
            }
            if key.is_empty() || key.len() > limits::KEY_MAX_BYTES {
                failed.push(json!({ "Key": key, "Code": "KeyTooLongError", "Message": "Your key is too long" }));
                continue;
            }
            self.remove(sim, caller, bucket, key)?;
            if !quiet {
                deleted.push(json!({ "Key": key }));
            }
        }
        let mut out = Map::new();
        if !deleted.is_empty() {
            out.insert("Deleted".into(), Value::Array(deleted));
        }
        if !failed.is_empty() {
            out.insert("Errors".into(), Value::Array(failed));
        }
        Ok(Value::Object(out))
    }

    pub(super) fn copy_object(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let bucket = required(input, "Bucket")?;
        let key = required(input, "Key")?;
        let source = required(input, "CopySource")?;
        refuse_unemulated(input)?;
        check_key(key)?;
        // CopySource is `bucket/key` (or `/bucket/key`), URL-encoded, optionally
        // with `?versionId=`.
        let decoded = crate::protocol::rest_xml::percent_decode(source.trim_start_matches('/'));
        if decoded.contains("?versionId=") {
            return Err(AwsError::not_emulated(
                "CopyObject from a version (S3 Versioning)",
            ));
        }
        let Some((src_bucket, src_key)) = decoded.split_once('/') else {
            return Err(errors::invalid_argument_named(
                "Invalid copy source object key",
                "x-amz-copy-source",
                source,
            ));
        };
        let src = self
            .owned(caller, src_bucket)?
            .objects
            .get(src_key)
            .cloned()
            .ok_or_else(|| errors::no_such_key(src_key))?;
        // Conditions on the source: a copy whose condition fails is refused
        // with 412 (CopyObject reference, x-amz-copy-source-if-match and
        // -if-none-match). The date conditions are not built.
        for member in ["CopySourceIfModifiedSince", "CopySourceIfUnmodifiedSince"] {
            if input.get(member).is_some() {
                return Err(AwsError::not_emulated(format!("CopyObject with {member}")));
            }
        }
        if let Some(m) = input_str(input, "CopySourceIfMatch") {
            if m != "*" && !etag_listed(m, &src.etag) {
                return Err(errors::precondition_failed("x-amz-copy-source-If-Match"));
            }
        }
        if let Some(m) = input_str(input, "CopySourceIfNoneMatch") {
            if m == "*" || etag_listed(m, &src.etag) {
                return Err(errors::precondition_failed(
                    "x-amz-copy-source-If-None-Match",
                ));
            }
        }
        self.owned(caller, bucket)?;
        let replace = match input_str(input, "MetadataDirective").unwrap_or("COPY") {
            "COPY" => false,
            "REPLACE" => true,
            other => {
                return Err(errors::invalid_argument_named(
                    "Unknown metadata directive.",
                    "x-amz-metadata-directive",
                    other,
                ))
            }
        };
        // Naming a storage class (even the same one) makes a copy onto itself
        // legal (LocalStack's AWS-validated
        // test_s3_copy_object_in_place_metadata_directive).
        if src_bucket == bucket
            && src_key == key
            && !replace
            && input_str(input, "StorageClass").is_none()
        {
            return Err(errors::invalid_request("This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes."));
        }
        let mut object = src;
        if replace {
            object.metadata = metadata_of(input)?;
            object.content_type = input_str(input, "ContentType")
                .unwrap_or(DEFAULT_CONTENT_TYPE)
                .to_string();
            object.headers = STORED_HEADERS
                .iter()
                .filter_map(|h| input_str(input, h).map(|v| (h.to_string(), v.to_string())))
                .collect();
        }
        object.last_modified_unix_ms = super::whole_second(sim.unix_ms());
        // A copy is a new single-part object: its ETag is the MD5 of its bytes.
        object.part_md5s.clear();
        // Its checksum: the algorithm asked for, else the source's, else S3's
        // default CRC64NVME ("Checking object integrity", copying objects).
        let member = match input_str(input, "ChecksumAlgorithm") {
            Some(a) if a.to_ascii_uppercase().starts_with("XXHASH") => {
                return Err(AwsError::not_emulated(format!("S3 checksums of type {a}")))
            }
            Some(a) => checksum_member(a)
                .map(str::to_string)
                .ok_or_else(|| {
                    errors::invalid_request(&format!(
                        "Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256, SHA512, MD5]. Provided: {a}"
                    ))
                })?,
            None => object
                .checksums
                .keys()
                .next()
                .cloned()
                .unwrap_or_else(|| "ChecksumCRC64NVME".to_string()),
        };
        let value = super::checksum::of(&member, &object.body).unwrap_or_default();
        object.checksums = BTreeMap::from([(member.clone(), value.clone())]);
        object.etag = object.expected_etag();
        let (etag, size, modified) = (
            object.etag.clone(),
            object.body.len() as u64,
            object.last_modified_unix_ms,
        );
        self.owned_mut(caller, bucket)?
            .objects
            .insert(key.to_string(), object);
        self.object_created(
            sim,
            caller,
            bucket,
            key,
            (size, &etag),
            "ObjectCreated:Copy",
        );
        Ok(json!({
            "CopyObjectResult": {
                "ETag": etag,
                "LastModified": modified as f64 / 1000.0,
                member: value,
            },
            "ServerSideEncryption": "AES256",
        }))
    }

    /// ListObjectsV2: keys in UTF-8 binary order after StartAfter or the
    /// continuation token, grouped into CommonPrefixes by the delimiter; MaxKeys
    /// (at most 1,000) counts keys and common prefixes alike.
    pub(super) fn list_objects_v2(&self, caller: &Caller, input: &Value) -> CallResult {
        let bucket = required(input, "Bucket")?;
        let b = self.owned(caller, bucket)?;
        let prefix = input_str(input, "Prefix").unwrap_or("");
        let delimiter = input_str(input, "Delimiter").filter(|d| !d.is_empty());
        let max_keys = max_keys_of(input)?;
        let encoding = encoding_of(input)?;
        let start_after = input_str(input, "StartAfter").unwrap_or("");
        let token = input_str(input, "ContinuationToken");
        // The token is opaque to clients: base64 of the last key or common prefix
        // returned. A token that does not decode is refused as S3 refuses one.
        let resume: Option<String> = match token {
            Some(t) => Some(
                crate::util::b64_decode(t)
                    .ok()
                    .filter(|b| !b.is_empty())
                    .and_then(|b| String::from_utf8(b).ok())
                    .ok_or_else(|| {
                        errors::invalid_argument_named(
                            "The continuation token provided is incorrect",
                            "continuation-token",
                            t,
                        )
                    })?,
            ),
            None => None,
        };
        let after = match &resume {
            Some(r) => r.as_str(),
            None => start_after,
        };
        let page = list_page(
            b,
            &Listing {
                prefix,
                delimiter,
                max_keys,
                after,
                url: encoding.is_some(),
                fetch_owner: input.get("FetchOwner").and_then(Value::as_bool) == Some(true),
            },
        );
        let enc = |s: &str| {
            if encoding.is_some() {
                url_encode(s)
            } else {
                s.to_string()
            }
        };
        let Page {
            contents,
            prefixes,
            truncated,
            last,
            count,
        } = page;
        let mut out = Map::new();
        out.insert("IsTruncated".into(), json!(truncated));
        if !contents.is_empty() {
            out.insert("Contents".into(), Value::Array(contents));
        }
        out.insert("Name".into(), json!(bucket));
        out.insert("Prefix".into(), json!(enc(prefix)));
        if let Some(d) = delimiter {
            out.insert("Delimiter".into(), json!(enc(d)));
        }
        out.insert("MaxKeys".into(), json!(max_keys));
        if !prefixes.is_empty() {
            out.insert("CommonPrefixes".into(), Value::Array(prefixes));
        }
        if let Some(e) = encoding {
            out.insert("EncodingType".into(), json!(e));
        }
        out.insert("KeyCount".into(), json!(count));
        if let Some(t) = token {
            out.insert("ContinuationToken".into(), json!(t));
        }
        if truncated {
            let l = last.unwrap_or_default();
            out.insert(
                "NextContinuationToken".into(),
                json!(crate::util::b64_encode(l.as_bytes())),
            );
        }
        if !start_after.is_empty() {
            out.insert("StartAfter".into(), json!(enc(start_after)));
        }
        Ok(Value::Object(out))
    }
}

/// What one ListObjects(V2) page asks for.
struct Listing<'a> {
    prefix: &'a str,
    delimiter: Option<&'a str>,
    max_keys: usize,
    /// Keys up to and including this one are skipped (StartAfter, Marker, or
    /// the continuation token's key).
    after: &'a str,
    url: bool,
    fetch_owner: bool,
}

/// One page: objects, common prefixes, whether more follow, and the last key
/// or common prefix returned (where the next page starts).
struct Page {
    contents: Vec<Value>,
    prefixes: Vec<Value>,
    truncated: bool,
    last: Option<String>,
    count: usize,
}

/// Keys in UTF-8 binary order after `l.after`, grouped into common prefixes by
/// the delimiter; MaxKeys counts keys and common prefixes alike.
fn list_page(b: &super::Bucket, l: &Listing) -> Page {
    let enc = |s: &str| if l.url { url_encode(s) } else { s.to_string() };
    let (mut contents, mut prefixes) = (vec![], vec![]);
    let mut last: Option<String> = None;
    let mut truncated = false;
    let mut count = 0usize;
    let range = b.objects.range::<str, _>((
        std::ops::Bound::Excluded(l.after),
        std::ops::Bound::Unbounded,
    ));
    for (key, o) in range {
        if !key.starts_with(l.prefix) {
            if key.as_str() > l.prefix {
                break;
            }
            continue;
        }
        let group = l.delimiter.and_then(|d| {
            key[l.prefix.len()..]
                .find(d)
                .map(|i| &key[..l.prefix.len() + i + d.len()])
        });
        // A common prefix comes once, and only after the marker: one the
        // marker (or the previous page) is inside or at is skipped, as S3
        // skips it (LocalStack's AWS-validated
        // test_list_objects_marker_common_prefixes).
        if let Some(g) = group {
            if last.as_deref() == Some(g) || g <= l.after {
                continue;
            }
        }
        if count == l.max_keys {
            // MaxKeys=0 asks for nothing: the answer is not "truncated".
            truncated = l.max_keys > 0;
            break;
        }
        count += 1;
        match group {
            Some(g) => {
                prefixes.push(json!({ "Prefix": enc(g) }));
                last = Some(g.to_string());
            }
            None => {
                let mut item = json!({
                    "Key": enc(key),
                    "LastModified": o.last_modified_unix_ms as f64 / 1000.0,
                    "ETag": o.etag,
                    "Size": o.body.len(),
                    "StorageClass": "STANDARD",
                });
                if l.fetch_owner {
                    item["Owner"] = json!({ "ID": super::buckets::canonical_id(&b.owner) });
                }
                // An object stored with a checksum lists its algorithm.
                if let Some((member, value)) = o.checksums.iter().next() {
                    item["ChecksumAlgorithm"] = json!([checksum_name(member)]);
                    item["ChecksumType"] = json!(checksum_type(value));
                }
                contents.push(item);
                last = Some(key.clone());
            }
        }
    }
    Page {
        contents,
        prefixes,
        truncated,
        last,
        count,
    }
}

/// MaxKeys as S3 takes it: at most 1,000; negative refused.
fn max_keys_of(input: &Value) -> AwsResult<usize> {
    match input.get("MaxKeys").and_then(Value::as_i64) {
        Some(n) if n < 0 => Err(errors::invalid_argument_named(
            "Argument maxKeys must be an integer between 0 and 2147483647",
            "maxKeys",
            &n.to_string(),
        )),
        Some(n) => Ok((n as usize).min(limits::LIST_MAX_KEYS)),
        None => Ok(limits::LIST_MAX_KEYS),
    }
}

/// EncodingType: only `url` exists.
fn encoding_of(input: &Value) -> AwsResult<Option<&str>> {
    let encoding = input_str(input, "EncodingType");
    if let Some(e) = encoding.filter(|e| *e != "url") {
        return Err(errors::invalid_argument_named(
            "Invalid Encoding Method specified in Request",
            "encoding-type",
            e,
        ));
    }
    Ok(encoding)
}

impl S3 {
    /// ListObjects (version 1): Marker instead of a token; NextMarker only when
    /// a delimiter is given (clients otherwise continue from the last key), and
    /// each object's Owner always.
    pub(super) fn list_objects(&self, caller: &Caller, input: &Value) -> CallResult {
        let bucket = required(input, "Bucket")?;
        let b = self.owned(caller, bucket)?;
        let prefix = input_str(input, "Prefix").unwrap_or("");
        let delimiter = input_str(input, "Delimiter").filter(|d| !d.is_empty());
        let max_keys = max_keys_of(input)?;
        let encoding = encoding_of(input)?;
        let marker = input_str(input, "Marker").unwrap_or("");
        let page = list_page(
            b,
            &Listing {
                prefix,
                delimiter,
                max_keys,
                after: marker,
                url: encoding.is_some(),
                fetch_owner: true,
            },
        );
        let enc = |s: &str| {
            if encoding.is_some() {
                url_encode(s)
            } else {
                s.to_string()
            }
        };
        let mut out = Map::new();
        out.insert("IsTruncated".into(), json!(page.truncated));
        out.insert("Marker".into(), json!(enc(marker)));
        if page.truncated && delimiter.is_some() {
            out.insert(
                "NextMarker".into(),
                json!(enc(page.last.as_deref().unwrap_or(""))),
            );
        }
        if !page.contents.is_empty() {
            out.insert("Contents".into(), Value::Array(page.contents));
        }
        out.insert("Name".into(), json!(bucket));
        out.insert("Prefix".into(), json!(enc(prefix)));
        if let Some(d) = delimiter {
            out.insert("Delimiter".into(), json!(enc(d)));
        }
        out.insert("MaxKeys".into(), json!(max_keys));
        if !page.prefixes.is_empty() {
            out.insert("CommonPrefixes".into(), Value::Array(page.prefixes));
        }
        if let Some(e) = encoding {
            out.insert("EncodingType".into(), json!(e));
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(parse_range("bytes=0-3", 10).unwrap(), Some((0, 3)));
        assert_eq!(parse_range("bytes=5-", 10).unwrap(), Some((5, 9)));
        assert_eq!(parse_range("bytes=-4", 10).unwrap(), Some((6, 9)));
        assert_eq!(parse_range("bytes=8-100", 10).unwrap(), Some((8, 9)));
        assert!(parse_range("bytes=10-", 10).is_err());
        assert_eq!(parse_range("bytes=0-1,3-4", 10).unwrap(), None);
        assert_eq!(parse_range("lines=1-2", 10).unwrap(), None);
    }

    #[test]
    fn url_encoding_as_s3() {
        assert_eq!(url_encode("a b/c+d=é"), "a+b/c%2Bd%3D%C3%A9");
    }
}
