//! Delivery to the destinations other than S3, on the virtual clock.
//!
//! - HTTP endpoint, OpenSearch, Splunk: a flush of the delivery buffer is a
//!   batch of records ([`PendingBatch`]) sent as one request (AWS's HTTP
//!   endpoint request `{"requestId","timestamp","records":[{"data"}]}` with its
//!   `X-Amz-Firehose-*` headers; an OpenSearch bulk request of one document
//!   per record; a Splunk HEC request). What fails is retried every
//!   [`RETRY_EVERY_MS`] while the retry duration lasts ("This duration starts
//!   after the initial attempt to send data ... fails"); then the failed
//!   records are written to the S3 configuration's bucket under the error
//!   prefix with the destination's error-output type, one JSON line per
//!   record in AWS's failure record shape. S3BackupMode AllData /
//!   AllDocuments / AllEvents also writes every delivered record to the
//!   bucket under the S3 prefix.
//! - Redshift: a flush is an object in the intermediate bucket (as for S3);
//!   once it is written, Firehose writes a manifest naming it under
//!   `manifests/` and runs the COPY ([`super::redshift`]) into the simulated
//!   table. A failed COPY is retried every [`COPY_RETRY_EVERY_MS`] ("retries
//!   data delivery every 5 minutes") until the retry duration, counted from
//!   the first attempt, has passed; then "the skipped objects' information is
//!   delivered to your S3 bucket as a manifest file in the errors/ folder".
//!
//! The receivers are simulated inside Firehose ([`super::receivers`]); the
//! only thing carried by the world is S3 (backups, manifests, intermediate
//! objects), through the usual outbox.

use super::dest::{OsKind, Target};
use super::receivers::{self, Document, Request};
use super::redshift::{self, CopyOptions};
use super::*;

/// How long Firehose waits between attempts at an HTTP endpoint, OpenSearch
/// or Splunk. AWS documents the retry duration but not the spacing of the
/// attempts inside it; 5 s (its S3 retry spacing) is used.
pub const RETRY_EVERY_MS: u64 = 5_000;
/// Redshift: "Firehose retries data delivery every 5 minutes" (developer
/// guide, data delivery failure handling, Amazon Redshift).
pub const COPY_RETRY_EVERY_MS: u64 = 300_000;

/// A batch on its way to an HTTP endpoint / OpenSearch / Splunk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingBatch {
    pub id: u64,
    /// The records not delivered yet.
    pub records: Vec<PendingRecord>,
    /// OpenSearch document ids, one per record (kept across retries).
    #[serde(default)]
    pub doc_ids: Vec<String>,
    /// X-Amz-Firehose-Request-Id: "The request ID remains the same across
    /// multiple attempts of the same request."
    pub request_id: String,
    pub first_failure_ms: Option<u64>,
    pub attempts: u32,
    pub last_error: Option<String>,
}

/// An intermediate object waiting for its Redshift COPY.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingCopy {
    pub object: u64,
    /// The object's body as written (COPY reads it back).
    #[serde(with = "crate::s3::b64_bytes")]
    pub body: Vec<u8>,
    pub records: u32,
    /// The object's s3:// URL (what the manifests name).
    pub url: String,
    pub first_attempt_ms: Option<u64>,
    pub attempts: u32,
    pub manifest_url: Option<String>,
    /// The manifest's object, until S3 has it (the COPY waits for it).
    #[serde(default)]
    pub manifest_object: Option<u64>,
    #[serde(default)]
    pub manifest_written: bool,
    pub last_error: Option<String>,
}

fn b64(d: &[u8]) -> String {
    crate::util::b64_encode(d)
}

impl Firehose {
    /// Whether receiver `key` fails this attempt (the settings' chance).
    fn receiver_fails(&self, sim: &mut Sim, key: &str) -> bool {
        let ppm = self.settings.failure_rate_for(key);
        ppm != 0 && sim.rng.chance_ppm(ppm)
    }

    /// A flush of a stream whose destination takes records apart: the buffer
    /// becomes a batch and the first attempt is made at once.
    pub(super) fn start_batch(&mut self, sim: &mut Sim, id: u32, b: Buffer, reason: FlushReason) {
        self.next_object += 1;
        let batch = self.next_object;
        let request_id = sim.rng.uuid();
        let s = self.s(id);
        let doc_ids = match &s.target {
            Target::OpenSearch(o) if !o.no_document_id => (0..b.records.len())
                .map(|_| {
                    format!(
                        "{:020}{:020}{:016}.0",
                        sim.rng.next_u64(),
                        sim.rng.next_u64(),
                        sim.rng.next_u64() % 10_000_000_000_000_000
                    )
                })
                .collect(),
            Target::OpenSearch(_) => (0..b.records.len())
                .map(|_| {
                    // OpenSearch's own ids: 20 URL-safe base64 characters.
                    let mut s = crate::util::b64_encode(&sim.rng.bytes16());
                    s.truncate(20);
                    s.replace('+', "-").replace('/', "_")
                })
                .collect(),
            _ => Vec::new(),
        };
        let records = b.count;
        let bytes = b.records_bytes;
        s.batches.insert(
            batch,
            PendingBatch {
                id: batch,
                records: b.records,
                doc_ids,
                request_id,
                first_failure_ms: None,
                attempts: 0,
                last_error: None,
            },
        );
        Self::record(
            sim,
            FirehoseEvent::BufferFlushed {
                stream: id,
                object: batch,
                records,
                bytes,
                reason,
            },
        );
        self.attempt_batch(sim, id, batch);
    }

    /// One attempt at a batch: the receiver takes what it can; what failed is
    /// retried within the retry duration, then backed up to S3.
    pub(super) fn attempt_batch(&mut self, sim: &mut Sim, id: u32, batch: u64) {
        let Some(s) = self.streams.get(&id) else {
            return;
        };
        let Some(b) = s.batches.get(&batch) else {
            return;
        };
        let target = s.target.clone();
        let arn = s.arn.clone();
        let b = b.clone();
        let attempt = b.attempts + 1;
        let now_unix = sim.unix_ms();
        // Which records failed, with the code and message of each.
        let mut failed: Vec<(usize, String, String)> = Vec::new();
        let mut delivered: Vec<usize> = Vec::new();
        match &target {
            Target::Http(h) => {
                let fail = self.receiver_fails(sim, &h.url);
                let body = json!({
                    "requestId": b.request_id,
                    "timestamp": now_unix,
                    "records": b.records.iter().map(|r| json!({"data": b64(&r.data)})).collect::<Vec<_>>(),
                })
                .to_string();
                let mut headers = vec![
                    ("Content-Type".to_string(), "application/json".to_string()),
                    ("X-Amz-Firehose-Protocol-Version".into(), "1.0".into()),
                    ("X-Amz-Firehose-Request-Id".into(), b.request_id.clone()),
                    ("X-Amz-Firehose-Source-Arn".into(), arn.clone()),
                ];
                if let Some(k) = &h.access_key {
                    headers.push(("X-Amz-Firehose-Access-Key".into(), k.clone()));
                }
                if !h.common_attributes.is_empty() {
                    let attrs: serde_json::Map<String, Value> = h
                        .common_attributes
                        .iter()
                        .map(|(k, v)| (k.clone(), json!(v)))
                        .collect();
                    headers.push((
                        "X-Amz-Firehose-Common-Attributes".into(),
                        json!({ "commonAttributes": attrs }).to_string(),
                    ));
                }
                let length = if h.gzip {
                    headers.push(("Content-Encoding".into(), "gzip".into()));
                    compress::Compression::Gzip.compress(body.as_bytes()).len()
                } else {
                    body.len()
                };
                headers.push(("Content-Length".into(), length.to_string()));
                self.receivers
                    .endpoints
                    .entry(h.url.clone())
                    .or_default()
                    .push(Request {
                        at_ms: sim.now.as_ms(),
                        headers,
                        body,
                        records: b.records.len() as u32,
                        status: if fail { 500 } else { 200 },
                    });
                if fail {
                    // Developer guide, "HTTP endpoint data delivery errors".
                    let (code, msg) = (
                        "HttpEndpoint.InvalidResponseFromDestination",
                        "The HTTP endpoint responded with an invalid response code: 500.",
                    );
                    failed.extend((0..b.records.len()).map(|i| (i, code.into(), msg.into())));
                } else {
                    delivered.extend(0..b.records.len());
                }
            }
            Target::Splunk(sp) => {
                let fail = self.receiver_fails(sim, &sp.hec_endpoint);
                let event = sp.endpoint_type == "Event";
                let bad_format = event
                    && b.records.iter().any(|r| {
                        !matches!(
                            serde_json::from_slice::<Value>(&r.data),
                            Ok(Value::Object(_))
                        )
                    });
                let body: Vec<String> = b
                    .records
                    .iter()
                    .map(|r| String::from_utf8_lossy(&r.data).into_owned())
                    .collect();
                let mut headers = vec![
                    ("X-Splunk-Request-Channel".to_string(), b.request_id.clone()),
                    ("Content-Type".into(), "application/json".into()),
                ];
                if let Some(t) = &sp.token {
                    headers.push(("Authorization".into(), format!("Splunk {t}")));
                }
                let path = if event {
                    "/services/collector/event"
                } else {
                    "/services/collector/raw"
                };
                headers.push(("Path".into(), path.into()));
                self.receivers
                    .endpoints
                    .entry(sp.hec_endpoint.clone())
                    .or_default()
                    .push(Request {
                        at_ms: sim.now.as_ms(),
                        headers,
                        body: body.join("\n"),
                        records: b.records.len() as u32,
                        status: if fail {
                            503
                        } else if bad_format {
                            400
                        } else {
                            200
                        },
                    });
                // Developer guide, "Splunk data delivery errors".
                let error = if fail {
                    Some((
                        "Splunk.ServerError",
                        "Data delivery to Splunk failed due to a server error from the HEC node. Firehose will retry sending the data if the retry duration in your Firehose is greater than 0.",
                    ))
                } else if bad_format {
                    Some((
                        "Splunk.InvalidDataFormat",
                        "The data is not formatted correctly. To see how to properly format data for Raw or Event HEC endpoints, see Splunk Event Data.",
                    ))
                } else {
                    None
                };
                match error {
                    Some((code, msg)) => {
                        failed.extend((0..b.records.len()).map(|i| (i, code.into(), msg.into())))
                    }
                    None => delivered.extend(0..b.records.len()),
                }
            }
            Target::OpenSearch(o) => {
                let address = o.address();
                if self.receiver_fails(sim, &address) {
                    let code = if o.kind == OsKind::Elasticsearch {
                        "ES.ServiceException"
                    } else {
                        "OS.ServiceException"
                    };
                    let msg = "The cluster answered the bulk request with HTTP 503 (service unavailable).";
                    failed.extend((0..b.records.len()).map(|i| (i, code.into(), msg.into())));
                } else {
                    let domain = self.receivers.domains.entry(address).or_default();
                    for (i, r) in b.records.iter().enumerate() {
                        match serde_json::from_slice::<Value>(&r.data) {
                            Ok(source @ Value::Object(_)) => {
                                let index = receivers::index_name(&o.index, o.rotation, r.arrival_unix_ms);
                                domain.indexes.entry(index).or_default().push(Document {
                                    id: b.doc_ids.get(i).cloned().unwrap_or_default(),
                                    type_name: o.type_name.clone(),
                                    source,
                                });
                                delivered.push(i);
                            }
                            _ => failed.push((
                                i,
                                "400".into(),
                                json!({"type": "mapper_parsing_exception", "reason": "failed to parse", "caused_by": {"type": "not_x_content_exception", "reason": "Compressor detection can only be called on some xcontent bytes or compressed xcontent bytes"}}).to_string(),
                            )),
                        }
                    }
                }
            }
            Target::S3 | Target::Redshift(_) => {
                // UpdateDestination changed the destination meanwhile: the
                // batch's records join the new destination's buffer.
                let delimiter = false;
                if let Some(b) = self.s(id).batches.remove(&batch) {
                    for r in b.records {
                        self.buffer_for_delivery(sim, id, &r.data, delimiter, r.arrival_unix_ms);
                    }
                }
                return;
            }
        }
        let now = sim.now.as_ms();
        // CloudWatch: DeliveryTo<Destination>.Success (the share of
        // successful attempts), .Records and .Bytes of what arrived.
        if let Some(prefix) = target.metric_prefix() {
            let bytes: usize = delivered.iter().map(|&i| b.records[i].data.len()).sum();
            self.metric(
                sim,
                id,
                &format!("{prefix}.Success"),
                if failed.is_empty() { 1.0 } else { 0.0 },
            );
            if !delivered.is_empty() {
                self.metric(
                    sim,
                    id,
                    &format!("{prefix}.Records"),
                    delivered.len() as f64,
                );
                self.metric(sim, id, &format!("{prefix}.Bytes"), bytes as f64);
            }
        }
        let retry_ms = target.retry_ms();
        let backup_all = target.backup_all();
        let delivered_records: Vec<PendingRecord> =
            delivered.iter().map(|&i| b.records[i].clone()).collect();
        let s = self.s(id);
        s.counters.destination_records += delivered.len() as u64;
        let Some(pb) = s.batches.get_mut(&batch) else {
            return;
        };
        pb.attempts = attempt;
        if failed.is_empty() {
            s.batches.remove(&batch);
            Self::record(
                sim,
                FirehoseEvent::BatchDelivered {
                    stream: id,
                    batch,
                    records: delivered.len() as u32,
                    attempts: attempt,
                },
            );
        } else {
            let (_, code, message) = failed[0].clone();
            pb.last_error = Some(format!("{code}: {message}"));
            let first_failure = *pb.first_failure_ms.get_or_insert(now);
            // Keep only the failed records (and their document ids).
            let keep: Vec<usize> = failed.iter().map(|(i, _, _)| *i).collect();
            pb.records = keep.iter().map(|&i| b.records[i].clone()).collect();
            if !b.doc_ids.is_empty() {
                pb.doc_ids = keep.iter().map(|&i| b.doc_ids[i].clone()).collect();
            }
            s.last_error = pb.last_error.clone();
            s.counters.destination_failed_attempts += 1;
            Self::record(
                sim,
                FirehoseEvent::BatchFailed {
                    stream: id,
                    batch,
                    records: failed.len() as u32,
                    code: code.clone(),
                },
            );
            if now + RETRY_EVERY_MS <= first_failure + retry_ms {
                sim.schedule_in(
                    RETRY_EVERY_MS,
                    Timer::Firehose(FirehoseTimer::DeliverBatch { stream: id, batch }),
                );
            } else {
                let pb = s.batches.remove(&batch).expect("present");
                s.counters.backed_up_failed_records += pb.records.len() as u64;
                Self::record(
                    sim,
                    FirehoseEvent::BatchBackedUp {
                        stream: id,
                        batch,
                        records: pb.records.len() as u32,
                    },
                );
                self.back_up_failed(sim, id, &target, &pb, &failed, attempt);
            }
        }
        if backup_all && !delivered_records.is_empty() {
            self.back_up_all(sim, id, &delivered_records);
        }
    }

    /// S3BackupMode All*: the delivered records, concatenated as an S3
    /// delivery would write them, under the S3 configuration's prefix.
    fn back_up_all(&mut self, sim: &mut Sim, id: u32, records: &[PendingRecord]) {
        let s = self.s(id);
        let d = &s.destination;
        let raw: Vec<u8> = records
            .iter()
            .flat_map(|r| r.data.iter().copied())
            .collect();
        let oldest = records
            .iter()
            .map(|r| r.arrival_unix_ms)
            .min()
            .unwrap_or_else(|| sim.unix_ms());
        let body = d.compression.compress(&raw);
        let ext = d
            .file_extension
            .clone()
            .unwrap_or_else(|| d.compression.extension().to_string());
        let prefix = prefix::data_prefix(&d.prefix, oldest, &mut sim.rng);
        let uuid = sim.rng.uuid();
        let key = format!(
            "{prefix}{}",
            prefix::suffix(&s.name, s.version, sim.unix_ms(), &uuid, &ext)
        );
        let bucket = d.bucket().to_string();
        let object = self.new_object(sim, id, bucket, key, body, records.len() as u32, false);
        self.mark_backup(id, object);
        self.send(id, object);
    }

    fn mark_backup(&mut self, id: u32, object: u64) {
        if let Some(p) = self.s(id).pending.get_mut(&object) {
            p.backup = true;
        }
    }

    /// S3BackupMode Enabled (ExtendedS3, Redshift): a source record, as it
    /// arrived, into the backup buffer, flushed by the backup configuration's
    /// BufferingHints.
    pub(super) fn buffer_for_backup(&mut self, sim: &mut Sim, id: u32, data: &[u8], arrival: u64) {
        let s = self.s(id);
        let Some(d) = s.destination.backup.as_deref() else {
            return;
        };
        let size_limit = u64::from(d.size_mb) * 1024 * 1024;
        let interval_ms = u64::from(d.interval_s) * 1000;
        let b = &mut s.backup_buffer;
        let first = b.count == 0;
        b.bytes.extend_from_slice(data);
        b.count += 1;
        b.oldest_unix_ms = Some(b.oldest_unix_ms.map_or(arrival, |o| o.min(arrival)));
        if first {
            b.opened_ms = Some(sim.now.as_ms());
            let generation = b.generation;
            sim.schedule_in(
                interval_ms,
                Timer::Firehose(FirehoseTimer::BackupInterval {
                    stream: id,
                    generation,
                }),
            );
        }
        if b.bytes.len() as u64 >= size_limit {
            self.flush_backup(sim, id);
        }
    }

    /// The backup buffer becomes an object in the backup bucket.
    pub(super) fn flush_backup(&mut self, sim: &mut Sim, id: u32) {
        let s = self.s(id);
        let b = std::mem::take(&mut s.backup_buffer);
        s.backup_buffer.generation = b.generation + 1;
        if b.count == 0 {
            return;
        }
        let Some(d) = s.destination.backup.as_deref() else {
            return;
        };
        let body = d.compression.compress(&b.bytes);
        let oldest = b.oldest_unix_ms.unwrap_or_else(|| sim.unix_ms());
        let ext = d
            .file_extension
            .clone()
            .unwrap_or_else(|| d.compression.extension().to_string());
        let prefix = prefix::data_prefix(&d.prefix, oldest, &mut sim.rng);
        let uuid = sim.rng.uuid();
        let key = format!(
            "{prefix}{}",
            prefix::suffix(&s.name, s.version, sim.unix_ms(), &uuid, &ext)
        );
        let bucket = d.bucket().to_string();
        let object = self.new_object(sim, id, bucket, key, body, b.count, false);
        self.mark_backup(id, object);
        Self::record(
            sim,
            FirehoseEvent::BackupFlushed {
                stream: id,
                object,
                records: b.count,
                bytes: b.bytes.len() as u64,
            },
        );
        self.send(id, object);
    }

    /// The failed records of a batch, one JSON line each in AWS's failure
    /// record shape for the destination, under the error prefix.
    fn back_up_failed(
        &mut self,
        sim: &mut Sim,
        id: u32,
        target: &Target,
        pb: &PendingBatch,
        failed: &[(usize, String, String)],
        attempts: u32,
    ) {
        let now_unix = sim.unix_ms();
        let mut body = Vec::new();
        let mut oldest = now_unix;
        for (j, r) in pb.records.iter().enumerate() {
            oldest = oldest.min(r.arrival_unix_ms);
            let (code, message) = failed
                .get(j)
                .map(|(_, c, m)| (c.as_str(), m.as_str()))
                .unwrap_or(("", ""));
            let mut line = json!({
                "attemptsMade": attempts,
                "arrivalTimestamp": r.arrival_unix_ms,
                "errorCode": code,
                "errorMessage": message,
                "attemptEndingTimestamp": now_unix,
                "rawData": b64(&r.data),
            });
            match target {
                Target::OpenSearch(o) => {
                    line["esDocumentId"] = json!(pb.doc_ids.get(j).cloned().unwrap_or_default());
                    line["esIndexName"] = json!(receivers::index_name(
                        &o.index,
                        o.rotation,
                        r.arrival_unix_ms
                    ));
                    line["esTypeName"] = json!(o.type_name.clone().unwrap_or_default());
                }
                Target::Splunk(_) => {
                    line["EventId"] = json!(format!("{}.{j}", pb.request_id));
                }
                _ => {}
            }
            body.extend_from_slice(line.to_string().as_bytes());
            body.push(b'\n');
        }
        let s = self.s(id);
        let d = &s.destination;
        let prefix = prefix::error_prefix(
            &d.error_output_prefix,
            oldest,
            target.failed_type(),
            &mut sim.rng,
        );
        let uuid = sim.rng.uuid();
        let key = format!(
            "{prefix}{}",
            prefix::suffix(&s.name, s.version, now_unix, &uuid, "")
        );
        let bucket = d.bucket().to_string();
        let object = self.new_object(sim, id, bucket, key, body, pb.records.len() as u32, true);
        self.send(id, object);
    }

    // ------------------------------------------------------------- Redshift

    /// Remembers an intermediate object to COPY once it is written.
    pub(super) fn expect_copy(
        &mut self,
        id: u32,
        object: u64,
        url: String,
        body: Vec<u8>,
        records: u32,
    ) {
        self.s(id).copies.insert(
            object,
            PendingCopy {
                object,
                body,
                records,
                url,
                first_attempt_ms: None,
                attempts: 0,
                manifest_url: None,
                manifest_object: None,
                manifest_written: false,
                last_error: None,
            },
        );
    }

    /// Writes a manifest naming `url` under `<Prefix><folder>` in the
    /// intermediate bucket; returns its s3:// URL and object id.
    fn write_manifest(&mut self, sim: &mut Sim, id: u32, folder: &str, url: &str) -> (String, u64) {
        let s = self.s(id);
        let d = &s.destination;
        let body = json!({"entries": [{"url": url, "mandatory": true}]}).to_string();
        let prefix = prefix::data_prefix(
            &format!("{}{folder}", d.prefix),
            sim.unix_ms(),
            &mut sim.rng,
        );
        let uuid = sim.rng.uuid();
        let key = format!(
            "{prefix}{}",
            prefix::suffix(&s.name, s.version, sim.unix_ms(), &uuid, "")
        );
        let bucket = d.bucket().to_string();
        let manifest = format!("s3://{bucket}/{key}");
        let object = self.new_object(sim, id, bucket, key, body.into_bytes(), 0, false);
        self.send(id, object);
        (manifest, object)
    }

    /// An object was written: the intermediate object of a COPY (write its
    /// manifest), or a COPY's manifest (run the COPY).
    pub(super) fn copy_object_written(&mut self, sim: &mut Sim, id: u32, object: u64) {
        let Some(s) = self.streams.get_mut(&id) else {
            return;
        };
        if s.copies.contains_key(&object) {
            self.attempt_copy(sim, id, object);
            return;
        }
        let waiting = s
            .copies
            .values_mut()
            .find(|c| c.manifest_object == Some(object));
        if let Some(c) = waiting {
            c.manifest_written = true;
            let data = c.object;
            self.attempt_copy(sim, id, data);
        }
    }

    /// An object was discarded after 24 h of failed writes: a COPY waiting
    /// for it is dropped.
    pub(super) fn copy_object_discarded(&mut self, id: u32, object: u64) {
        if let Some(s) = self.streams.get_mut(&id) {
            s.copies
                .retain(|k, c| *k != object && c.manifest_object != Some(object));
        }
    }

    /// One COPY of an intermediate object into the simulated table.
    pub(super) fn attempt_copy(&mut self, sim: &mut Sim, id: u32, object: u64) {
        let Some(s) = self.streams.get(&id) else {
            return;
        };
        let Target::Redshift(r) = &s.target else {
            self.s(id).copies.remove(&object);
            return;
        };
        let r = r.clone();
        let Some(c) = s.copies.get(&object) else {
            return;
        };
        let now = sim.now.as_ms();
        if c.manifest_url.is_none() {
            // Firehose writes the manifest first; the COPY runs once S3 has it.
            let data_url = c.url.clone();
            let (url, manifest) = self.write_manifest(sim, id, "manifests/", &data_url);
            let c = self.s(id).copies.get_mut(&object).expect("present");
            c.manifest_url = Some(url);
            c.manifest_object = Some(manifest);
            return;
        }
        if !c.manifest_written {
            return;
        }
        let c = self.s(id).copies.get(&object).expect("present").clone();
        let result = if self.receiver_fails(sim, &r.jdbc_url) {
            Err(redshift::connection_failed())
        } else {
            self.copy_into_table(&r, &c.body)
        };
        self.metric(
            sim,
            id,
            "DeliveryToRedshift.Success",
            if result.is_ok() { 1.0 } else { 0.0 },
        );
        if let Ok(rows) = result {
            self.metric(sim, id, "DeliveryToRedshift.Records", f64::from(rows));
            self.metric(sim, id, "DeliveryToRedshift.Bytes", c.body.len() as f64);
        }
        let s = self.s(id);
        let pc = s.copies.get_mut(&object).expect("present");
        pc.attempts += 1;
        pc.first_attempt_ms.get_or_insert(now);
        match result {
            Ok(rows) => {
                s.copies.remove(&object);
                s.counters.destination_records += u64::from(rows);
                Self::record(
                    sim,
                    FirehoseEvent::CopyLoaded {
                        stream: id,
                        object,
                        rows,
                    },
                );
            }
            Err(e) => {
                pc.last_error = Some(format!("{}: {}", e.code, e.message));
                s.last_error = pc.last_error.clone();
                s.counters.destination_failed_attempts += 1;
                let first = pc.first_attempt_ms.unwrap_or(now);
                let data_url = pc.url.clone();
                Self::record(
                    sim,
                    FirehoseEvent::CopyFailed {
                        stream: id,
                        object,
                        code: e.code.into(),
                    },
                );
                // "The length of time during which Firehose retries delivery
                // after a failure, starting from the initial request and
                // including the first attempt ... does not retry if the value
                // of DurationInSeconds is 0".
                if now + COPY_RETRY_EVERY_MS <= first + u64::from(r.retry_s) * 1000 {
                    sim.schedule_in(
                        COPY_RETRY_EVERY_MS,
                        Timer::Firehose(FirehoseTimer::Copy { stream: id, object }),
                    );
                } else {
                    let pc = s.copies.remove(&object).expect("present");
                    s.counters.backed_up_failed_records += u64::from(pc.records);
                    Self::record(sim, FirehoseEvent::CopySkipped { stream: id, object });
                    // The errors/ manifest lists the skipped object, as the
                    // COPY's own manifest did.
                    self.write_manifest(sim, id, "errors/manifests/", &data_url);
                }
            }
        }
    }

    /// Runs the COPY's load: the rows read from `body` go into the table.
    fn copy_into_table(
        &mut self,
        r: &dest::Redshift,
        body: &[u8],
    ) -> Result<u32, redshift::CopyError> {
        let options =
            CopyOptions::parse(r.copy_options.as_deref().unwrap_or("")).unwrap_or_else(|e| {
                CopyOptions {
                    syntax_error: Some(e.message),
                    ..Default::default()
                }
            });
        let table = self
            .receivers
            .clusters
            .get_mut(&r.jdbc_url)
            .and_then(|c| c.tables.get_mut(&r.table.to_ascii_lowercase()))
            .ok_or_else(redshift::table_not_found)?;
        let columns =
            redshift::column_list(r.columns.as_deref()).unwrap_or_else(|| table.columns.clone());
        if let Some(missing) = columns.iter().find(|c| !table.columns.contains(c)) {
            return Err(redshift::CopyError {
                code: "Redshift.ColumnNotFound",
                message: format!(
                    "A column in the COPY command does not exist in the table. Specify a valid column name. (column \"{missing}\")"
                ),
            });
        }
        let (rows, _skipped) = redshift::read_rows(&options, &columns, body)?;
        let n = rows.len() as u32;
        let width = table.columns.clone();
        let full: Vec<Vec<Value>> = rows
            .into_iter()
            .map(|row| {
                width
                    .iter()
                    .map(|c| {
                        columns
                            .iter()
                            .position(|x| x == c)
                            .map_or(Value::Null, |i| row[i].clone())
                    })
                    .collect()
            })
            .collect();
        table.push(full);
        Ok(n)
    }
}
