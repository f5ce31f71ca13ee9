//! Multipart uploads: CreateMultipartUpload, UploadPart, CompleteMultipartUpload
//! (AWS's part rules and the multipart ETag), AbortMultipartUpload, ListParts.
//! What `aws s3 cp` uses for files over 8 MB.

use super::objects::{
    check_key, checksums, metadata_of, refuse_unemulated, DEFAULT_CONTENT_TYPE, STORED_HEADERS,
};
use super::{errors, input_str, limits, required, Object, S3};
use crate::error::AwsError;
use crate::sim::Sim;
use crate::world::{CallResult, Caller};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// One uploaded part.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Part {
    #[serde(with = "super::b64_bytes")]
    pub body: Vec<u8>,
    /// The part's MD5 hex (its ETag without quotes).
    pub md5: String,
    pub last_modified_unix_ms: u64,
}

/// A multipart upload in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Upload {
    pub key: String,
    pub initiated_unix_ms: u64,
    pub content_type: String,
    pub headers: BTreeMap<String, String>,
    pub metadata: BTreeMap<String, String>,
    pub parts: BTreeMap<u32, Part>,
    /// The ChecksumAlgorithm it was created with, if any.
    #[serde(default)]
    pub checksum_algorithm: Option<String>,
}

impl S3 {
    pub(super) fn create_multipart_upload(
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
        let n = self.next_sequence();
        // Upload ids are opaque to clients; these are long and URL-safe like S3's.
        let upload_id: String = crate::util::b64_encode(
            crate::util::sha256_hex(format!("{bucket}/{key}/{n}/{}", sim.unix_ms()).as_bytes())
                .as_bytes(),
        )
        .replace(['+', '/', '='], "")
        .chars()
        .take(64)
        .collect();
        let upload = Upload {
            key: key.to_string(),
            initiated_unix_ms: sim.unix_ms(),
            content_type: input_str(input, "ContentType")
                .unwrap_or(DEFAULT_CONTENT_TYPE)
                .to_string(),
            headers: STORED_HEADERS
                .iter()
                .filter_map(|h| input_str(input, h).map(|v| (h.to_string(), v.to_string())))
                .collect(),
            metadata: metadata_of(input)?,
            parts: BTreeMap::new(),
            checksum_algorithm: input_str(input, "ChecksumAlgorithm").map(str::to_string),
        };
        self.owned_mut(caller, bucket)?
            .uploads
            .insert(upload_id.clone(), upload);
        let mut out = json!({ "Bucket": bucket, "Key": key, "UploadId": upload_id, "ServerSideEncryption": "AES256" });
        if let Some(a) = input_str(input, "ChecksumAlgorithm") {
            out["ChecksumAlgorithm"] = json!(a);
        }
        Ok(out)
    }

    fn upload<'a>(
        &'a mut self,
        caller: &Caller,
        input: &Value,
    ) -> Result<&'a mut Upload, AwsError> {
        let bucket = required(input, "Bucket")?;
        let key = required(input, "Key")?;
        let id = required(input, "UploadId")?;
        let b = self.owned_mut(caller, bucket)?;
        match b.uploads.get_mut(id) {
            Some(u) if u.key == key => Ok(u),
            _ => Err(errors::no_such_upload(id)),
        }
    }

    pub(super) fn upload_part(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let number = input.get("PartNumber").and_then(Value::as_i64).unwrap_or(0);
        if !(1..=limits::PART_NUMBER_MAX).contains(&number) {
            return Err(errors::invalid_argument_named(
                "Part number must be an integer between 1 and 10000, inclusive",
                "partNumber",
                &number.to_string(),
            ));
        }
        let body = match input_str(input, "Body") {
            Some(b) => crate::util::b64_decode(b).map_err(|e| {
                AwsError::invalid_parameter_value(format!("Body is not base64: {e}"))
            })?,
            None => Vec::new(),
        };
        if body.len() as u64 > limits::PART_MAX_BYTES {
            return Err(errors::entity_too_large());
        }
        let echo = checksums(input, &body)?;
        let md5 = crate::util::md5_hex(&body);
        let now = sim.unix_ms();
        self.upload(caller, input)?.parts.insert(
            number as u32,
            Part {
                body,
                md5: md5.clone(),
                last_modified_unix_ms: now,
            },
        );
        let mut out = Map::new();
        out.insert("ServerSideEncryption".into(), json!("AES256"));
        out.insert("ETag".into(), json!(format!("\"{md5}\"")));
        for (k, v) in echo {
            if k != "ChecksumType" {
                out.insert(k, v);
            }
        }
        Ok(Value::Object(out))
    }

    /// Assembles the listed parts, in ascending order, each matching its ETag;
    /// every part but the last must be at least 5 MiB.
    pub(super) fn complete_multipart_upload(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let bucket = required(input, "Bucket")?.to_string();
        let key = required(input, "Key")?.to_string();
        let id = required(input, "UploadId")?.to_string();
        for member in ["IfMatch", "IfNoneMatch"] {
            if input.get(member).is_some() {
                return Err(AwsError::not_emulated(format!(
                    "conditional writes ({member})"
                )));
            }
        }
        let listed = input
            .get("MultipartUpload")
            .and_then(|m| m.get("Parts"))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if listed.is_empty() {
            return Err(errors::invalid_request(
                "You must specify at least one part",
            ));
        }
        let upload = self.upload(caller, input)?.clone();
        let mut body = Vec::new();
        let mut md5s = Vec::new();
        // The list's order is checked before any part (a request-level error).
        let mut numbers = Vec::with_capacity(listed.len());
        for p in &listed {
            let n = p
                .get("PartNumber")
                .and_then(Value::as_i64)
                .ok_or_else(errors::malformed_xml)?;
            if numbers.last().is_some_and(|last| n <= *last) {
                return Err(errors::invalid_part_order(&id));
            }
            numbers.push(n);
        }
        for (i, (p, &n)) in listed.iter().zip(&numbers).enumerate() {
            let etag = input_str(p, "ETag").unwrap_or("").trim_matches('"');
            let part = upload
                .parts
                .get(&(n as u32))
                .filter(|part| part.md5 == etag)
                .ok_or_else(|| errors::invalid_part(&id, etag, n))?;
            if i + 1 < listed.len() && part.body.len() < limits::PART_MIN_BYTES {
                return Err(errors::entity_too_small(part.body.len(), n, etag));
            }
            body.extend_from_slice(&part.body);
            md5s.push(part.md5.clone());
        }
        let mut object = Object {
            body,
            etag: String::new(),
            content_type: upload.content_type,
            headers: upload.headers,
            metadata: upload.metadata,
            last_modified_unix_ms: super::whole_second(sim.unix_ms()),
            part_md5s: md5s,
            // Created without an algorithm, the object gets S3's default, a
            // full-object CRC64NVME (AWS answers CompleteMultipartUpload with
            // it; LocalStack's AWS-validated TestS3ObjectWritePrecondition).
            // With one, its checksum is a composite of its parts': not
            // computed, so none is reported.
            checksums: BTreeMap::new(),
        };
        if upload.checksum_algorithm.is_none() {
            let member = "ChecksumCRC64NVME".to_string();
            let value = super::checksum::of(&member, &object.body).unwrap_or_default();
            object.checksums.insert(member, value);
        }
        object.etag = object.expected_etag();
        let (etag, size) = (object.etag.clone(), object.body.len() as u64);
        let checksum = object
            .checksums
            .iter()
            .next()
            .map(|(m, v)| (m.clone(), v.clone()));
        let b = self.owned_mut(caller, &bucket)?;
        b.uploads.remove(&id);
        b.objects.insert(key.clone(), object);
        self.object_created(
            sim,
            caller,
            &bucket,
            &key,
            (size, &etag),
            "ObjectCreated:CompleteMultipartUpload",
        );
        let mut out = json!({
            "Location": format!("/{bucket}/{}", super::objects::url_encode(&key)),
            "Bucket": bucket,
            "Key": key,
            "ETag": etag,
            "ServerSideEncryption": "AES256",
        });
        if let Some((member, value)) = checksum {
            out[member] = json!(value);
            out["ChecksumType"] = json!("FULL_OBJECT");
        }
        Ok(out)
    }

    pub(super) fn abort_multipart_upload(&mut self, caller: &Caller, input: &Value) -> CallResult {
        let id = required(input, "UploadId")?.to_string();
        self.upload(caller, input)?;
        let bucket = required(input, "Bucket")?;
        self.owned_mut(caller, bucket)?.uploads.remove(&id);
        Ok(json!({}))
    }

    pub(super) fn list_parts(&mut self, caller: &Caller, input: &Value) -> CallResult {
        let max = input
            .get("MaxParts")
            .and_then(Value::as_i64)
            .map_or(limits::LIST_PARTS_MAX, |n| {
                (n.max(0) as usize).min(limits::LIST_PARTS_MAX)
            });
        let marker = input
            .get("PartNumberMarker")
            .and_then(Value::as_i64)
            .unwrap_or(0);
        let (bucket, key, id) = (
            required(input, "Bucket")?.to_string(),
            required(input, "Key")?.to_string(),
            required(input, "UploadId")?.to_string(),
        );
        let u = self.upload(caller, input)?;
        let after: Vec<(&u32, &Part)> = u
            .parts
            .iter()
            .filter(|(n, _)| i64::from(**n) > marker)
            .collect();
        let truncated = after.len() > max;
        let page = &after[..after.len().min(max)];
        let parts: Vec<Value> = page
            .iter()
            .map(|(n, p)| json!({ "PartNumber": n, "LastModified": super::whole_second(p.last_modified_unix_ms) as f64 / 1000.0, "ETag": format!("\"{}\"", p.md5), "Size": p.body.len() }))
            .collect();
        let owner = json!({ "ID": super::buckets::canonical_id(&caller.account_id) });
        let mut out = json!({ "Bucket": bucket, "Key": key, "UploadId": id, "PartNumberMarker": marker, "MaxParts": max, "IsTruncated": truncated, "Parts": parts, "StorageClass": "STANDARD", "Initiator": owner, "Owner": owner });
        if let Some(a) = &u.checksum_algorithm {
            out["ChecksumAlgorithm"] = json!(a);
        }
        // The last part listed, or 0 when none is (AWS says 0 too).
        out["NextPartNumberMarker"] = json!(page.last().map_or(0, |(n, _)| **n));
        Ok(out)
    }
}
