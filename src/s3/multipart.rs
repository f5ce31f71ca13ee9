//! Multipart uploads: CreateMultipartUpload, UploadPart, CompleteMultipartUpload
//! (AWS's part rules and the multipart ETag), AbortMultipartUpload, ListParts.
//! What `aws s3 cp` uses for files over 8 MB.

use super::objects::{
    check_key, checksum_member, checksum_name, checksums, metadata_of, refuse_unemulated,
    DEFAULT_CONTENT_TYPE, STORED_HEADERS,
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
    /// The checksum it was sent with: (member, base64 value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checksum: Option<(String, String)>,
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
    /// The ChecksumAlgorithm it was created with, if any (upper case).
    #[serde(default)]
    pub checksum_algorithm: Option<String>,
    /// Its ChecksumType (COMPOSITE or FULL_OBJECT) when it has an algorithm.
    #[serde(default)]
    pub checksum_type: Option<String>,
}

/// A multipart upload's ChecksumAlgorithm and ChecksumType, checked: S3
/// computes SHA1 and SHA256 checksums only of the parts (COMPOSITE), CRC64NVME
/// only of the whole object (FULL_OBJECT), and CRC32 / CRC32C either way,
/// COMPOSITE unless asked ("Checking object integrity", multipart uploads).
/// The refusals' wording is ours: AWS's docs name the rule, not the message.
fn checksum_kind(input: &Value) -> Result<Option<(String, String)>, AwsError> {
    let kind = input_str(input, "ChecksumType");
    let Some(a) = input_str(input, "ChecksumAlgorithm") else {
        return match kind {
            Some(_) => Err(errors::invalid_request(
                "The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.",
            )),
            None => Ok(None),
        };
    };
    let a = a.to_ascii_uppercase();
    if checksum_member(&a).is_none() || a == "MD5" || a == "SHA512" {
        return Err(errors::invalid_request(&format!(
            "Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]. Provided: {a}"
        )));
    }
    let kind = match kind {
        Some(k) if k == "COMPOSITE" || k == "FULL_OBJECT" => k.to_string(),
        Some(k) => {
            return Err(errors::invalid_request(&format!(
                "Value for x-amz-checksum-type header is invalid: {k}"
            )))
        }
        None if a == "CRC64NVME" => "FULL_OBJECT".to_string(),
        None => "COMPOSITE".to_string(),
    };
    let allowed = match a.as_str() {
        "CRC64NVME" => kind == "FULL_OBJECT",
        "SHA1" | "SHA256" => kind == "COMPOSITE",
        _ => true,
    };
    if !allowed {
        return Err(errors::invalid_request(&format!(
            "The {kind} checksum type cannot be used with the {} checksum algorithm.",
            a.to_ascii_lowercase()
        )));
    }
    Ok(Some((a, kind)))
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
        let kind = checksum_kind(input)?;
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
            checksum_algorithm: kind.as_ref().map(|(a, _)| a.clone()),
            checksum_type: kind.as_ref().map(|(_, k)| k.clone()),
        };
        self.owned_mut(caller, bucket)?
            .uploads
            .insert(upload_id.clone(), upload);
        let mut out = json!({ "Bucket": bucket, "Key": key, "UploadId": upload_id, "ServerSideEncryption": "AES256" });
        if let Some((a, k)) = kind {
            out["ChecksumAlgorithm"] = json!(a);
            out["ChecksumType"] = json!(k);
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
        let sent = echo
            .iter()
            .find(|(k, _)| k.as_str() != "ChecksumType")
            .and_then(|(k, v)| Some((k.clone(), v.as_str()?.to_string())));
        let md5 = crate::util::md5_hex(&body);
        let now = sim.unix_ms();
        let upload = self.upload(caller, input)?;
        // An upload created with an algorithm takes parts with that checksum
        // only (AWS's wording, recorded by LocalStack's AWS-validated
        // test_multipart_parts_checksum_exceptions). One created without
        // takes a part's checksum of any kind: SDKs now add one by default.
        if let Some(a) = &upload.checksum_algorithm {
            let actual = sent
                .as_ref()
                .map(|(m, _)| checksum_name(m).to_ascii_lowercase());
            if actual.as_deref() != Some(a.to_ascii_lowercase().as_str()) {
                return Err(errors::invalid_request(&format!(
                    "Checksum Type mismatch occurred, expected checksum Type: {}, actual checksum Type: {}",
                    a.to_ascii_lowercase(),
                    actual.as_deref().unwrap_or("null")
                )));
            }
        }
        upload.parts.insert(
            number as u32,
            Part {
                body,
                md5: md5.clone(),
                last_modified_unix_ms: now,
                checksum: sent,
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
            // A composite checksum is made of the parts' own: each listed
            // part must name its checksum, and it must be the part's
            // (LocalStack's AWS-validated test_complete_multipart_parts_checksum).
            if upload.checksum_type.as_deref() == Some("COMPOSITE") {
                let a = upload.checksum_algorithm.as_deref().unwrap_or_default();
                let member = checksum_member(a).unwrap_or_default();
                match input_str(p, member) {
                    None => {
                        return Err(errors::invalid_request(&format!(
                            "The upload was created using a {} checksum. The complete request must include the checksum for each part. It was missing for part {n} in the request.",
                            a.to_ascii_lowercase()
                        )))
                    }
                    Some(v) if part.checksum.as_ref().map(|(_, c)| c.as_str()) != Some(v) => {
                        return Err(errors::invalid_part(&id, etag, n))
                    }
                    Some(_) => {}
                }
            }
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
            // Below: created without an algorithm, the object gets S3's
            // default, a full-object CRC64NVME (AWS answers
            // CompleteMultipartUpload with it; LocalStack's AWS-validated
            // TestS3ObjectWritePrecondition); with one, the upload's kind.
            checksums: BTreeMap::new(),
        };
        match (
            upload.checksum_algorithm.as_deref(),
            upload.checksum_type.as_deref(),
        ) {
            // The checksum of the parts' checksums, then `-N`.
            (Some(a), Some("COMPOSITE")) => {
                let member = checksum_member(a).unwrap_or_default();
                let mut raw = Vec::new();
                for n in &numbers {
                    let c = &upload.parts[&(*n as u32)].checksum;
                    let v = c.as_ref().map(|(_, v)| v.as_str()).unwrap_or_default();
                    raw.extend(crate::util::b64_decode(v).unwrap_or_default());
                }
                let value = super::checksum::of(member, &raw).unwrap_or_default();
                object
                    .checksums
                    .insert(member.to_string(), format!("{value}-{}", numbers.len()));
            }
            (a, _) => {
                let member = a.and_then(checksum_member).unwrap_or("ChecksumCRC64NVME");
                let value = super::checksum::of(member, &object.body).unwrap_or_default();
                object.checksums.insert(member.to_string(), value);
            }
        }
        object.etag = object.expected_etag();
        let (etag, size) = (object.etag.clone(), object.body.len() as u64);
        let checksum = object
            .checksums
            .iter()
            .next()
            .map(|(m, v)| (m.clone(), v.clone()));
        let b = self.owned_mut(caller, &bucket)?;
        let region = b.region.clone();
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
            "Location": object_url(&region, &bucket, &key),
            "Bucket": bucket,
            "Key": key,
            "ETag": etag,
            "ServerSideEncryption": "AES256",
        });
        if let Some((member, value)) = checksum {
            out["ChecksumType"] = json!(super::objects::checksum_type(&value));
            out[member] = json!(value);
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
            .map(|(n, p)| {
                let mut part = json!({ "PartNumber": n, "LastModified": super::whole_second(p.last_modified_unix_ms) as f64 / 1000.0, "ETag": format!("\"{}\"", p.md5), "Size": p.body.len() });
                if let Some((m, v)) = &p.checksum {
                    part[m.as_str()] = json!(v);
                }
                part
            })
            .collect();
        let owner = json!({ "ID": super::buckets::canonical_id(&caller.account_id) });
        let mut out = json!({ "Bucket": bucket, "Key": key, "UploadId": id, "PartNumberMarker": marker, "MaxParts": max, "IsTruncated": truncated, "Parts": parts, "StorageClass": "STANDARD", "Initiator": owner, "Owner": owner });
        if let (Some(a), Some(k)) = (&u.checksum_algorithm, &u.checksum_type) {
            out["ChecksumAlgorithm"] = json!(a);
            out["ChecksumType"] = json!(k);
        }
        // The last part listed, or 0 when none is (AWS says 0 too).
        out["NextPartNumberMarker"] = json!(page.last().map_or(0, |(n, _)| **n));
        Ok(out)
    }
}

/// The object's virtual-hosted URL, which CompleteMultipartUpload answers as
/// its Location (`https://bucket.s3.amazonaws.com/key` in us-east-1, as AWS
/// recorded it; `https://bucket.s3.<region>.amazonaws.com/key` elsewhere).
fn object_url(region: &str, bucket: &str, key: &str) -> String {
    let host = if region == "us-east-1" {
        format!("{bucket}.s3.amazonaws.com")
    } else {
        format!("{bucket}.s3.{region}.amazonaws.com")
    };
    // `url_encode` writes a space as `+` (form style) and `+` itself as
    // `%2B`, so every `+` it leaves is a space: a path wants `%20`.
    let path = super::objects::url_encode(key).replace('+', "%20");
    format!("https://{host}/{path}")
}
