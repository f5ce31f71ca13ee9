//! The data path: PutRecord, PutRecords, GetShardIterator, GetRecords.
//!
//! Writes route by the MD5 of the partition key (or an ExplicitHashKey) to an
//! open shard and pass its write buckets (1,000 records/s, 1 MiB/s); reads pass
//! the shard's read buckets (5 calls/s, 2 MiB/s shared by every classic
//! consumer). Every read checks retention exactly, whatever the trim timer has
//! done yet.

use super::super::errors;
use super::super::limits::*;
use super::super::stream::{
    parse_hash_key, parse_sequence_number, sequence_number, KeyMemo, Record, Stream,
};
use super::super::types::*;
use super::super::{IteratorState, Kinesis, KinesisEvent};
use crate::error::{AwsError, AwsResult};
use crate::sim::Sim;
use crate::world::Caller;

/// Decoded length of padded standard base64, or None if it is not base64.
/// (A check, not a decode: records keep the text they came in.)
pub(crate) fn base64_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if !b.len().is_multiple_of(4) {
        return None;
    }
    let pad = b.iter().rev().take_while(|&&c| c == b'=').count();
    if pad > 2 {
        return None;
    }
    let body = &b[..b.len() - pad];
    if !body
        .iter()
        .all(|&c| c.is_ascii_alphanumeric() || c == b'+' || c == b'/')
    {
        return None;
    }
    Some(b.len() / 4 * 3 - pad)
}

/// Whether `s` is a decimal the model's patterns allow: `0`, or up to
/// `max_digits` digits without a leading zero (HashKey `0|([1-9]\d{0,38})`,
/// SequenceNumber `0|([1-9]\d{0,128})`). A value outside the pattern is
/// refused before the service reads it (ValidationException); one inside it
/// but out of range is the service's InvalidArgumentException.
fn decimal_pattern(s: &str, max_digits: usize) -> bool {
    s == "0"
        || (!s.is_empty()
            && !s.starts_with('0')
            && s.len() <= max_digits
            && s.bytes().all(|b| b.is_ascii_digit()))
}

/// A validated put entry: its hash key and size.
struct Checked {
    hash: u128,
    size: u32,
}

/// Checks one entry; `index` is its 1-based place in a PutRecords request
/// (0 for PutRecord), used only to word an error.
fn check_entry(
    e: &PutRecordsRequestEntry,
    max_record_bytes: u64,
    index: usize,
    memo: &mut KeyMemo,
) -> AwsResult<Checked> {
    let at = |member: &str| {
        if index == 0 {
            member.to_string()
        } else {
            format!("records.{index}.member.{member}")
        }
    };
    let pk_chars = e.partition_key.chars().count();
    if pk_chars == 0 || pk_chars > PARTITION_KEY_MAX_CHARS {
        return Err(errors::constraint(
            &e.partition_key,
            &at("partitionKey"),
            if pk_chars == 0 {
                "Member must have length greater than or equal to 1"
            } else {
                "Member must have length less than or equal to 256"
            },
        ));
    }
    let data_len = base64_len(&e.data).ok_or_else(|| {
        errors::serialization("Base64 decoding of the Data blob failed (not valid base64).")
    })? as u64;
    // A blob longer than the stream's maximum record size: AWS's answer for
    // a 1 MiB stream is quoted in client issues (e.g. floci-io/floci#1755,
    // "1 validation error detected: Value at 'data' failed to satisfy
    // constraint: Member must have length less than or equal to 1048576").
    if data_len > max_record_bytes {
        return Err(errors::validation(format!(
            "1 validation error detected: Value at '{}' failed to satisfy constraint: Member must have length less than or equal to {max_record_bytes}",
            at("data")
        )));
    }
    // A blob that fits but not with its partition key ("When the data blob
    // ... is added to the partition key size, the total size must not
    // exceed the maximum record size", PutRecord docs). No AWS text for this
    // case was found; the code and wording are ours.
    let size = data_len + e.partition_key.len() as u64;
    if size > max_record_bytes {
        let which = if index == 0 {
            "The record".to_string()
        } else {
            format!("Record {index}")
        };
        return Err(errors::invalid_argument(format!(
            "{which} is {size} bytes (data blob plus partition key), more than the stream's maximum record size of {max_record_bytes} bytes."
        )));
    }
    if let Some(k) = &e.explicit_hash_key {
        if !decimal_pattern(k, 39) {
            return Err(errors::constraint(
                k,
                &at("explicitHashKey"),
                "Member must satisfy regular expression pattern: 0|([1-9]\\d{0,38})",
            ));
        }
    }
    let hash = match &e.explicit_hash_key {
        None => memo.hash(&e.partition_key),
        Some(k) => parse_hash_key(k).ok_or_else(|| {
            errors::invalid_argument(format!(
                "Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was {k}"
            ))
        })?,
    };
    Ok(Checked {
        hash,
        size: size as u32,
    })
}

impl Kinesis {
    /// Stores one checked record in its shard if the shard's write buckets
    /// allow it: Ok((shard, ordinal)), or Err(shard) when throttled.
    fn store(
        &mut self,
        now: u64,
        id: u32,
        c: &Checked,
        e: PutRecordsRequestEntry,
    ) -> Result<(u32, u64), u32> {
        let s = self.streams.get_mut(&id).expect("stream");
        let shard = s.route(c.hash);
        let sh = &mut s.shards[shard as usize];
        if !(sh.write_records.fits(now, 1, SHARD_WRITE_RECORDS_PER_S)
            && sh
                .write_bytes
                .fits(now, u64::from(c.size), SHARD_WRITE_BYTES_PER_S))
        {
            self.stats.write_throttles += 1;
            return Err(shard);
        }
        sh.write_records.take(now, 1, SHARD_WRITE_RECORDS_PER_S);
        sh.write_bytes
            .take(now, u64::from(c.size), SHARD_WRITE_BYTES_PER_S);
        let ordinal = sh.next_ordinal;
        sh.next_ordinal += 1;
        sh.records.push_back(Record {
            arrival_ms: now,
            partition_key: e.partition_key,
            data: e.data,
            size: c.size,
        });
        self.stats.records_put += 1;
        Ok((shard, ordinal))
    }

    fn max_record_bytes(&self, id: u32) -> u64 {
        u64::from(self.stream(id).max_record_size_kib) * 1024
    }

    /// PutRecord. SequenceNumberForOrdering is validated; the guarantee it asks
    /// for (a later sequence number than the one given, for the same partition
    /// key) always holds here, because sequence numbers within a shard strictly
    /// increase and a key always maps to the same shard between reshards.
    pub fn put_record(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: PutRecordInput,
    ) -> AwsResult<PutRecordOutput> {
        let id = self.resolve_for_data(caller, &input.stream)?;
        if let Some(s) = &input.sequence_number_for_ordering {
            if !decimal_pattern(s, 129) {
                return Err(errors::constraint(
                    s,
                    "sequenceNumberForOrdering",
                    "Member must satisfy regular expression pattern: 0|([1-9]\\d{0,128})",
                ));
            }
        }
        let entry = PutRecordsRequestEntry {
            data: input.data,
            partition_key: input.partition_key,
            explicit_hash_key: input.explicit_hash_key,
        };
        let max = self.max_record_bytes(id);
        let c = check_entry(&entry, max, 0, &mut self.key_memo)?;
        let now = sim.now.as_ms();
        let first = self.stream(id).needs_trim_timer();
        match self.store(now, id, &c, entry) {
            Ok((shard, ordinal)) => {
                Self::record(
                    sim,
                    KinesisEvent::RecordPut {
                        stream: id,
                        shard,
                        ordinal,
                        bytes: c.size,
                    },
                );
                if first {
                    self.schedule_trim(sim, id);
                }
                // AWS/Kinesis stream-level metrics (Kinesis Data Streams
                // Developer Guide, "Monitoring ... with Amazon CloudWatch").
                let bytes = f64::from(c.size);
                self.metric(sim, id, "PutRecord.Success", 1.0);
                self.metric(sim, id, "PutRecord.Bytes", bytes);
                self.metric(sim, id, "IncomingRecords", 1.0);
                self.metric(sim, id, "IncomingBytes", bytes);
                self.shard_metric(sim, id, shard, "IncomingRecords", 1.0);
                self.shard_metric(sim, id, shard, "IncomingBytes", bytes);
                let s = self.stream(id);
                Ok(PutRecordOutput {
                    shard_id: Stream::shard_id(shard),
                    sequence_number: sequence_number(id, shard, now, ordinal),
                    encryption_type: s.kms_key_id.as_ref().map(|_| "KMS"),
                })
            }
            Err(shard) => {
                Self::record(sim, KinesisEvent::WriteThrottled { stream: id, shard });
                self.metric(sim, id, "PutRecord.Success", 0.0);
                self.metric(sim, id, "WriteProvisionedThroughputExceeded", 1.0);
                self.shard_metric(sim, id, shard, "WriteProvisionedThroughputExceeded", 1.0);
                let s = self.stream(id);
                Err(errors::throughput_exceeded(
                    &Stream::shard_id(shard),
                    &s.name,
                    &s.account_id,
                ))
            }
        }
    }

    /// PutRecords: up to 500 entries, 10 MiB in all. Entries are validated
    /// first (one invalid entry fails the request); then each is stored or
    /// refused on its own (ProvisionedThroughputExceededException in its
    /// result entry), in request order.
    pub fn put_records(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: PutRecordsInput,
    ) -> AwsResult<PutRecordsOutput> {
        // The model's bounds on Records come before the stream is looked up.
        let n = input.records.len();
        if n == 0 {
            return Err(errors::constraint(
                "[]",
                "records",
                "Member must have length greater than or equal to 1",
            ));
        }
        if n > PUT_RECORDS_MAX_ENTRIES {
            // AWS prints the whole list here; it is elided.
            return Err(errors::constraint(
                "[...]",
                "records",
                "Member must have length less than or equal to 500",
            ));
        }
        let id = self.resolve_for_data(caller, &input.stream)?;
        let max = self.max_record_bytes(id);
        let mut checked = Vec::with_capacity(n);
        let mut total = 0u64;
        for (i, e) in input.records.iter().enumerate() {
            let c = check_entry(e, max, i + 1, &mut self.key_memo)?;
            total += u64::from(c.size);
            checked.push(c);
        }
        if total > PUT_RECORDS_MAX_BYTES {
            // Wording ours: AWS refuses the request as a whole.
            return Err(errors::invalid_argument(format!(
                "Records size exceeds {PUT_RECORDS_MAX_BYTES} bytes limit (the request totals {total} bytes)."
            )));
        }
        let now = sim.now.as_ms();
        let first = self.stream(id).needs_trim_timer();
        let mut out = Vec::with_capacity(n);
        let mut failed = 0u32;
        let mut stored_bytes = 0u64;
        let mut throttled_shards: Vec<u32> = Vec::new();
        // Per shard (stored records, bytes, throttled), for shard-level metrics.
        let per_shard = self.shard_metrics_on(id);
        let mut shard_totals: std::collections::BTreeMap<u32, (u64, u64, u64)> =
            std::collections::BTreeMap::new();
        for (e, c) in input.records.into_iter().zip(&checked) {
            let size = u64::from(c.size);
            let stored = self.store(now, id, c, e);
            if per_shard {
                let (shard, ok) = match &stored {
                    Ok((shard, _)) => (*shard, true),
                    Err(shard) => (*shard, false),
                };
                let t = shard_totals.entry(shard).or_default();
                if ok {
                    t.0 += 1;
                    t.1 += size;
                } else {
                    t.2 += 1;
                }
            }
            match stored {
                Ok((shard, ordinal)) => {
                    stored_bytes += size;
                    out.push(PutRecordsResultEntry {
                        sequence_number: Some(sequence_number(id, shard, now, ordinal)),
                        shard_id: Some(Stream::shard_id(shard)),
                        error_code: None,
                        error_message: None,
                    })
                }
                Err(shard) => {
                    failed += 1;
                    if !throttled_shards.contains(&shard) {
                        throttled_shards.push(shard);
                    }
                    let s = self.stream(id);
                    out.push(PutRecordsResultEntry {
                        sequence_number: None,
                        shard_id: None,
                        error_code: Some("ProvisionedThroughputExceededException"),
                        error_message: Some(errors::throughput_message(
                            &Stream::shard_id(shard),
                            &s.name,
                            &s.account_id,
                        )),
                    });
                }
            }
        }
        for shard in throttled_shards {
            Self::record(sim, KinesisEvent::WriteThrottled { stream: id, shard });
        }
        Self::record(
            sim,
            KinesisEvent::RecordsPut {
                stream: id,
                stored: n as u32 - failed,
                failed,
            },
        );
        if first {
            self.schedule_trim(sim, id);
        }
        // Throttling is the only per-record failure here, so FailedRecords
        // ("rejected due to internal failures") is 0 and ThrottledRecords
        // counts the rest. PutRecords.Success: "the number of PutRecords
        // operations where at least one record succeeded".
        let stored = f64::from(n as u32 - failed);
        self.metric(
            sim,
            id,
            "PutRecords.Success",
            if stored > 0.0 { 1.0 } else { 0.0 },
        );
        self.metric(sim, id, "PutRecords.TotalRecords", n as f64);
        self.metric(sim, id, "PutRecords.SuccessfulRecords", stored);
        self.metric(sim, id, "PutRecords.FailedRecords", 0.0);
        self.metric(sim, id, "PutRecords.ThrottledRecords", f64::from(failed));
        self.metric(sim, id, "PutRecords.Bytes", stored_bytes as f64);
        if stored > 0.0 {
            self.metric(sim, id, "IncomingRecords", stored);
            self.metric(sim, id, "IncomingBytes", stored_bytes as f64);
        }
        if failed > 0 {
            self.metric(
                sim,
                id,
                "WriteProvisionedThroughputExceeded",
                f64::from(failed),
            );
        }
        for (shard, (records, bytes, throttled)) in shard_totals {
            if records > 0 {
                self.shard_metric(sim, id, shard, "IncomingRecords", records as f64);
                self.shard_metric(sim, id, shard, "IncomingBytes", bytes as f64);
            }
            if throttled > 0 {
                self.shard_metric(
                    sim,
                    id,
                    shard,
                    "WriteProvisionedThroughputExceeded",
                    throttled as f64,
                );
            }
        }
        Ok(PutRecordsOutput {
            failed_record_count: failed,
            records: out,
            encryption_type: self.stream(id).kms_key_id.as_ref().map(|_| "KMS"),
        })
    }

    /// Drops a shard's expired records now (reads must never see them).
    fn trim_shard(&mut self, sim: &mut Sim, id: u32, shard: u32) {
        let now = sim.now.as_ms();
        let s = self.streams.get_mut(&id).expect("stream");
        let retention = s.retention_ms();
        let n = s.shards[shard as usize].trim(now, retention);
        if n > 0 {
            self.stats.records_expired += n;
            Self::record(
                sim,
                KinesisEvent::RecordsExpired {
                    stream: id,
                    shard,
                    count: n,
                },
            );
        }
    }

    fn shard_not_found(&self, id: u32, shard_id: &str) -> AwsError {
        let s = self.stream(id);
        errors::resource_not_found(format!(
            "Shard {shard_id} in stream {} under account {} does not exist",
            s.name, s.account_id
        ))
    }

    /// GetShardIterator: an iterator of any of AWS's five types, valid for five
    /// minutes. A closed shard gives a valid iterator too.
    pub fn get_shard_iterator(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: GetShardIteratorInput,
    ) -> AwsResult<GetShardIteratorOutput> {
        let id = self.resolve_for_data(caller, &input.stream)?;
        // AWS reads the number after the id's last hyphen ("1", "shard-1" and
        // "shardId-000000000001" all name shard 1); an id with no such number
        // is not found by its own text (kinesalite's tests, run against AWS).
        let shard = match Stream::shard_number(&input.shard_id) {
            None => {
                let s = self.stream(id);
                return Err(errors::resource_not_found(format!(
                    "Could not find shard {} in stream {} under account {}.",
                    input.shard_id, s.name, s.account_id
                )));
            }
            Some(n) => self
                .stream(id)
                .shard_by_index(n)
                .ok_or_else(|| self.shard_not_found(id, &Stream::shard_id(n)))?,
        };
        let now = sim.now.as_ms();
        let kind = input.shard_iterator_type.as_str();
        if !matches!(
            kind,
            "AT_SEQUENCE_NUMBER"
                | "AFTER_SEQUENCE_NUMBER"
                | "TRIM_HORIZON"
                | "LATEST"
                | "AT_TIMESTAMP"
        ) {
            return Err(errors::constraint(
                kind,
                "shardIteratorType",
                "Member must satisfy enum value set: [AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, TRIM_HORIZON, LATEST, AT_TIMESTAMP]",
            ));
        }
        let at_time = match (kind, &input.timestamp) {
            ("AT_TIMESTAMP", None) => {
                return Err(errors::invalid_argument(
                    "Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.",
                ))
            }
            ("AT_TIMESTAMP", Some(t)) => Some(Self::timestamp_arg(sim, t, "Timestamp")?),
            _ => None,
        };
        let seq = match (kind, &input.starting_sequence_number) {
            ("AT_SEQUENCE_NUMBER" | "AFTER_SEQUENCE_NUMBER", None) => {
                return Err(errors::invalid_argument(format!(
                    "Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. Request specified {kind} and no StartingSequenceNumber."
                )))
            }
            ("AT_SEQUENCE_NUMBER" | "AFTER_SEQUENCE_NUMBER", Some(n)) => {
                if !decimal_pattern(n, 129) {
                    return Err(errors::constraint(
                        n,
                        "startingSequenceNumber",
                        "Member must satisfy regular expression pattern: 0|([1-9]\\d{0,128})",
                    ));
                }
                let Some((stream, sh, _, ordinal)) = parse_sequence_number(n) else {
                    return Err(errors::invalid_argument(format!(
                        "StartingSequenceNumber {n} used in GetShardIterator on shard {} in stream {} under account {} is invalid.",
                        input.shard_id,
                        self.stream(id).name,
                        self.stream(id).account_id
                    )));
                };
                if stream != id {
                    // Kinesalite's wording of AWS's answer to a number from
                    // another stream (the shard checked after).
                    let s = self.stream(id);
                    return Err(errors::invalid_argument(format!(
                        "StartingSequenceNumber {n} used in GetShardIterator on shard {} in stream {} under account {} is invalid because it did not come from this stream.",
                        input.shard_id, s.name, s.account_id
                    )));
                }
                if sh != shard {
                    return Err(errors::invalid_argument(format!(
                        "Invalid StartingSequenceNumber. It encodes {}, while it was used in a call to a shard with {}",
                        Stream::shard_id(sh),
                        input.shard_id
                    )));
                }
                Some(ordinal)
            }
            // A sequence number with an iterator type that takes none.
            (_, Some(_)) if matches!(kind, "TRIM_HORIZON" | "LATEST") => {
                return Err(errors::invalid_argument(format!(
                    "Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. Request specified {kind} and also a StartingSequenceNumber."
                )))
            }
            _ => None,
        };
        {
            let s = self.streams.get_mut(&id).expect("stream");
            let sh = &mut s.shards[shard as usize];
            if !sh.iterator_calls.take(now, 1, GET_SHARD_ITERATOR_PER_S) {
                self.stats.read_throttles += 1;
                let (name, account) = (s.name.clone(), s.account_id.clone());
                Self::record(sim, KinesisEvent::ReadThrottled { stream: id, shard });
                return Err(errors::throughput_exceeded(
                    &input.shard_id,
                    &name,
                    &account,
                ));
            }
        }
        self.trim_shard(sim, id, shard);
        let sh = &self.stream(id).shards[shard as usize];
        let next = match kind {
            "TRIM_HORIZON" => sh.first_ordinal,
            "LATEST" => sh.next_ordinal,
            "AT_TIMESTAMP" => sh.ordinal_at_time(at_time.unwrap_or(0)),
            "AT_SEQUENCE_NUMBER" => seq.unwrap_or(0),
            _ => seq.unwrap_or(0).saturating_add(1),
        }
        .clamp(sh.first_ordinal, sh.next_ordinal);
        let it = IteratorState {
            stream: id,
            shard,
            next,
            issued_ms: now,
        };
        Ok(GetShardIteratorOutput {
            shard_iterator: self.encode_iterator(sim, it),
        })
    }

    /// GetRecords: up to `Limit` records (10,000) and 10 MiB from the
    /// iterator's position; NextShardIterator, or ChildShards at the end of a
    /// closed shard.
    pub fn get_records(
        &mut self,
        sim: &mut Sim,
        _caller: &Caller,
        input: GetRecordsInput,
    ) -> AwsResult<GetRecordsOutput> {
        // The model's ShardIterator is 1-512 characters, checked before the
        // service reads it (a quoted iterator is well within it).
        let chars = input.shard_iterator.chars().count();
        if chars == 0 || chars > SHARD_ITERATOR_MAX_CHARS {
            return Err(errors::constraint(
                &input.shard_iterator,
                "shardIterator",
                if chars == 0 {
                    "Member must have length greater than or equal to 1"
                } else {
                    "Member must have length less than or equal to 512"
                },
            ));
        }
        let it = self
            .decode_iterator(&input.shard_iterator)
            .ok_or_else(|| errors::invalid_argument("Invalid ShardIterator."))?;
        let limit = match input.limit {
            None => GET_RECORDS_MAX_RECORDS,
            Some(l) if (1..=GET_RECORDS_MAX_RECORDS).contains(&l) => l,
            Some(l) => {
                return Err(errors::constraint(
                    &l.to_string(),
                    "limit",
                    if l < 1 {
                        "Member must have value greater than or equal to 1"
                    } else {
                        "Member must have value less than or equal to 10000"
                    },
                ))
            }
        } as usize;
        let now = sim.now.as_ms();
        if now.saturating_sub(it.issued_ms) > SHARD_ITERATOR_TTL_MS {
            return Err(errors::expired_iterator(
                Self::unix_ms(sim, it.issued_ms),
                Self::unix_ms(sim, now),
            ));
        }
        let id = it.stream;
        let Some(s) = self.streams.get(&id) else {
            let name = self.stream_name(id).unwrap_or("?").to_string();
            return Err(errors::resource_not_found(format!(
                "Stream {name} was deleted."
            )));
        };
        let shard_id = Stream::shard_id(it.shard);
        if s.shards[it.shard as usize].expired {
            return Err(self.shard_not_found(id, &shard_id));
        }
        {
            let s = self.streams.get_mut(&id).expect("stream");
            let sh = &mut s.shards[it.shard as usize];
            let allowed = sh.read_bytes.open(now, SHARD_READ_BYTES_PER_S)
                && sh.read_calls.fits(now, 1, SHARD_READ_CALLS_PER_S);
            if !allowed {
                self.stats.read_throttles += 1;
                let (name, account) = (s.name.clone(), s.account_id.clone());
                Self::record(
                    sim,
                    KinesisEvent::ReadThrottled {
                        stream: id,
                        shard: it.shard,
                    },
                );
                self.metric(sim, id, "ReadProvisionedThroughputExceeded", 1.0);
                self.metric(sim, id, "GetRecords.Success", 0.0);
                self.shard_metric(sim, id, it.shard, "ReadProvisionedThroughputExceeded", 1.0);
                return Err(errors::throughput_exceeded(&shard_id, &name, &account));
            }
            sh.read_calls.take(now, 1, SHARD_READ_CALLS_PER_S);
        }
        self.trim_shard(sim, id, it.shard);
        let s = self.streams.get_mut(&id).expect("stream");
        let encrypted = s.kms_key_id.is_some();
        let sh = &mut s.shards[it.shard as usize];
        let start = it.next.max(sh.first_ordinal).min(sh.next_ordinal);
        let mut records = Vec::new();
        let mut bytes = 0u64;
        let mut pos = start;
        while records.len() < limit {
            let Some(r) = sh.record(pos) else { break };
            if !records.is_empty() && bytes + u64::from(r.size) > GET_RECORDS_MAX_BYTES {
                break;
            }
            bytes += u64::from(r.size);
            records.push(RecordOut {
                sequence_number: sequence_number(id, it.shard, r.arrival_ms, pos),
                approximate_arrival_timestamp: (sim.epoch_unix_ms + r.arrival_ms) as f64 / 1000.0,
                data: r.data.clone(),
                partition_key: r.partition_key.clone(),
                encryption_type: encrypted.then_some("KMS"),
            });
            pos += 1;
        }
        sh.read_bytes.charge(now, bytes, SHARD_READ_BYTES_PER_S);
        let millis_behind_latest = sh
            .record(pos)
            .map_or(0, |r| now.saturating_sub(r.arrival_ms));
        let at_end = pos == sh.next_ordinal;
        let closed = sh.closed_ms.is_some();
        let children = sh.children.clone();
        let count = records.len() as u32;
        // "The age of the last record in all GetRecords calls ... the
        // difference between the current time and when the last record of the
        // GetRecords call was written to the stream"; 0 when the call returned
        // nothing (the reader is at the tip).
        let iterator_age_ms = pos
            .checked_sub(1)
            .filter(|_| count > 0)
            .and_then(|last| sh.record(last))
            .map_or(0, |r| now.saturating_sub(r.arrival_ms));
        self.stats.records_read += u64::from(count);
        self.metric(sim, id, "GetRecords.Success", 1.0);
        self.metric(sim, id, "GetRecords.Records", f64::from(count));
        self.metric(sim, id, "GetRecords.Bytes", bytes as f64);
        self.metric(
            sim,
            id,
            "GetRecords.IteratorAgeMilliseconds",
            iterator_age_ms as f64,
        );
        // Shard level: OutgoingRecords/Bytes ("delivered in GetRecords
        // operations") and the shard's own IteratorAgeMilliseconds.
        self.shard_metric(sim, id, it.shard, "OutgoingRecords", f64::from(count));
        self.shard_metric(sim, id, it.shard, "OutgoingBytes", bytes as f64);
        self.shard_metric(
            sim,
            id,
            it.shard,
            "IteratorAgeMilliseconds",
            iterator_age_ms as f64,
        );
        if count > 0 {
            Self::record(
                sim,
                KinesisEvent::RecordsRead {
                    stream: id,
                    shard: it.shard,
                    from: start,
                    count,
                },
            );
        }
        let (next_shard_iterator, child_shards) = if closed && at_end {
            let s = self.stream(id);
            let child_shards = children
                .iter()
                .map(|&c| {
                    let ch = &s.shards[c as usize];
                    ChildShard {
                        shard_id: Stream::shard_id(c),
                        parent_shards: [ch.parent, ch.adjacent_parent]
                            .into_iter()
                            .flatten()
                            .map(Stream::shard_id)
                            .collect(),
                        hash_key_range: HashKeyRange {
                            starting_hash_key: ch.start.to_string(),
                            ending_hash_key: ch.end.to_string(),
                        },
                    }
                })
                .collect();
            (None, Some(child_shards))
        } else {
            let next = IteratorState {
                stream: id,
                shard: it.shard,
                next: pos,
                issued_ms: now,
            };
            (Some(self.encode_iterator(sim, next)), None)
        };
        Ok(GetRecordsOutput {
            records,
            next_shard_iterator,
            millis_behind_latest,
            child_shards,
        })
    }
}

impl Stream {
    /// True when no trim timer is pending (the stream held no record, or its
    /// last ones expired): a put must then schedule one.
    pub(crate) fn needs_trim_timer(&self) -> bool {
        self.trim_at.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::base64_len;

    #[test]
    fn base64_lengths() {
        assert_eq!(base64_len("dXNlciBzaWdudXA="), Some(11));
        assert_eq!(base64_len(""), Some(0));
        assert_eq!(base64_len("aGk="), Some(2));
        assert_eq!(base64_len("user signup"), None);
        assert_eq!(base64_len("a==="), None);
    }
}
