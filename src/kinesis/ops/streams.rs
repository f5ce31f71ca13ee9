//! Stream lifecycle and settings: CreateStream, DeleteStream, DescribeStream,
//! DescribeStreamSummary, ListStreams, Increase/DecreaseStreamRetentionPeriod,
//! UpdateStreamMode, Start/StopStreamEncryption, AddTagsToStream,
//! RemoveTagsFromStream, ListTagsForStream; and the completion of every
//! asynchronous stream transition.

use super::super::errors;
use super::super::limits::*;
use super::super::stream::{sequence_number, Pending, Shard, ENDING_ORDINAL};
use super::super::types::*;
use super::super::{input, Kinesis, KinesisEvent, Stream, StreamMode, StreamStatus};
use crate::error::AwsResult;
use crate::sim::Sim;
use crate::world::Caller;
use serde_json::{json, Value};

/// The Shard shape of one shard.
pub(crate) fn shard_out(s: &Stream, sh: &Shard) -> ShardOut {
    ShardOut {
        shard_id: Stream::shard_id(sh.index),
        parent_shard_id: sh.parent.map(Stream::shard_id),
        adjacent_parent_shard_id: sh.adjacent_parent.map(Stream::shard_id),
        hash_key_range: HashKeyRange {
            starting_hash_key: sh.start.to_string(),
            ending_hash_key: sh.end.to_string(),
        },
        sequence_number_range: SequenceNumberRange {
            starting_sequence_number: sequence_number(s.id, sh.index, sh.created_ms, 0),
            ending_sequence_number: sh
                .closed_ms
                .map(|c| sequence_number(s.id, sh.index, c, ENDING_ORDINAL)),
        },
    }
}

fn mode_details(mode: StreamMode) -> Value {
    json!({ "StreamMode": mode.as_str() })
}

fn parse_mode(m: &str) -> AwsResult<StreamMode> {
    match m {
        "PROVISIONED" => Ok(StreamMode::Provisioned),
        "ON_DEMAND" => Ok(StreamMode::OnDemand),
        other => Err(errors::constraint(
            other,
            "StreamModeDetails.StreamMode",
            "Member must satisfy enum value set: [PROVISIONED, ON_DEMAND]",
        )),
    }
}

/// A request list's length against the model's bounds (1 to `max`).
fn list_length(
    value: &impl std::fmt::Debug,
    len: usize,
    member: &str,
    max: usize,
) -> AwsResult<()> {
    if (1..=max).contains(&len) {
        return Ok(());
    }
    Err(errors::constraint(
        &format!("{value:?}"),
        member,
        &if len == 0 {
            "Member must have length greater than or equal to 1".to_string()
        } else {
            format!("Member must have length less than or equal to {max}")
        },
    ))
}

fn validate_tags(tags: &StringMap) -> AwsResult<()> {
    // "Tags may only contain Unicode letters, digits, white space, or these
    // symbols: _ . : / = + - @" (the model's Tags documentation; the message
    // as kinesalite reproduces AWS's).
    let allowed = |c: char| c.is_alphanumeric() || c.is_whitespace() || "_.:/=+-%@".contains(c);
    if tags
        .iter()
        .any(|(k, v)| !k.chars().all(allowed) || !v.chars().all(allowed))
    {
        return Err(errors::invalid_argument(
            "Some tags contain invalid characters. Valid characters: Unicode letters, digits, white space, _ . / = + - % @.",
        ));
    }
    for (k, v) in tags {
        if k.is_empty() || k.chars().count() > TAG_KEY_MAX_CHARS {
            return Err(errors::invalid_argument(format!(
                "Tag key {k} must be between 1 and 128 characters."
            )));
        }
        if v.chars().count() > TAG_VALUE_MAX_CHARS {
            return Err(errors::invalid_argument(format!(
                "Tag value for key {k} must be between 0 and 256 characters."
            )));
        }
    }
    Ok(())
}

impl Kinesis {
    /// CreateStream: the stream is CREATING, then ACTIVE after
    /// `CREATE_DELAY_MS`, with its shards laid out by [`even_ranges`].
    pub fn create_stream(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: CreateStreamInput,
    ) -> AwsResult<()> {
        input::check_stream_name(&input.stream_name)?;
        // With neither a mode nor a ShardCount, AWS makes an on-demand stream
        // (its four shards are what LocalStack's AWS-validated
        // test_create_stream_without_shard_count recorded); a ShardCount alone
        // means provisioned.
        let mode = match (&input.stream_mode_details, input.shard_count) {
            (Some(d), _) => parse_mode(&d.stream_mode)?,
            (None, Some(_)) => StreamMode::Provisioned,
            (None, None) => StreamMode::OnDemand,
        };
        let shards = match (mode, input.shard_count) {
            (StreamMode::Provisioned, None) => {
                // AWS: provisioned streams need a shard count. (Wording ours.)
                return Err(errors::invalid_argument(
                    "ShardCount is required for a stream in PROVISIONED mode.",
                ));
            }
            (StreamMode::Provisioned, Some(n)) if n < 1 => {
                return Err(errors::constraint(
                    &n.to_string(),
                    "ShardCount",
                    "Member must have value greater than or equal to 1",
                ))
            }
            (StreamMode::Provisioned, Some(n)) => n as u64,
            (StreamMode::OnDemand, Some(_)) => {
                return Err(errors::invalid_argument(
                    "ShardCount cannot be specified for a stream in ON_DEMAND mode.",
                ))
            }
            (StreamMode::OnDemand, None) => u64::from(ON_DEMAND_SHARDS),
        };
        if mode == StreamMode::OnDemand {
            self.check_on_demand_quota(caller)?;
        }
        if let Some(kib) = input.max_record_size_in_kib {
            if !(MAX_RECORD_SIZE_KIB_MIN..=MAX_RECORD_SIZE_KIB_MAX).contains(&kib) {
                return Err(errors::constraint(
                    &kib.to_string(),
                    "MaxRecordSizeInKiB",
                    "Member must have value between 1024 and 10240",
                ));
            }
        }
        if input.warm_throughput_mi_bps.is_some() {
            return Err(crate::error::AwsError::not_emulated(
                "kinesis:CreateStream WarmThroughputMiBps",
            ));
        }
        if let Some(tags) = &input.tags {
            validate_tags(tags)?;
            if tags.len() > TAGS_MAX {
                return Err(errors::invalid_argument(format!(
                    "Failed to create stream {} under account {} because the number of tags exceeds {TAGS_MAX}.",
                    input.stream_name, caller.account_id
                )));
            }
        }
        if self
            .lookup(&caller.account_id, &caller.region, &input.stream_name)
            .is_some()
        {
            return Err(errors::stream_exists(
                &input.stream_name,
                &caller.account_id,
            ));
        }
        let open_in_region: u64 = self
            .streams
            .values()
            .filter(|s| s.account_id == caller.account_id && s.region == caller.region)
            .map(|s| u64::from(s.open_count()))
            .sum();
        let quota = u64::from(shard_quota(&caller.region));
        if open_in_region + shards > quota {
            return Err(errors::limit_exceeded(format!(
                "This request would exceed the shard limit for the account {} in {}. Current shard count for the account: {open_in_region}. Limit: {quota}. Number of additional shards that would have resulted from this request: {shards}.",
                caller.account_id, caller.region
            )));
        }
        let creating = self
            .streams
            .values()
            .filter(|s| s.account_id == caller.account_id && s.status == StreamStatus::Creating)
            .count();
        if creating >= MAX_STREAMS_CREATING {
            return Err(errors::limit_exceeded(
                "You can have at most 5 streams in the CREATING state at a time.",
            ));
        }
        let id = self.next_stream;
        self.next_stream += 1;
        let now = sim.now.as_ms();
        let mut s = Stream::new(
            id,
            &input.stream_name,
            &caller.account_id,
            &caller.region,
            mode,
            shards as u32,
            now,
        );
        s.tags = input.tags.unwrap_or_default();
        if let Some(k) = input.max_record_size_in_kib {
            s.max_record_size_kib = k as u32;
        }
        self.streams.insert(id, s);
        self.names
            .entry(caller.account_id.clone())
            .or_default()
            .entry(caller.region.clone())
            .or_default()
            .insert(input.stream_name, id);
        Self::record(
            sim,
            KinesisEvent::StreamCreated {
                stream: id,
                shards: shards as u32,
            },
        );
        self.begin_transition(
            sim,
            id,
            StreamStatus::Creating,
            Pending::Create,
            CREATE_DELAY_MS,
        );
        Ok(())
    }

    /// A stream transition's timer fired: apply what was pending.
    pub(crate) fn complete_transition(&mut self, sim: &mut Sim, id: u32, transition: u64) {
        let Some(s) = self.streams.get_mut(&id) else {
            return;
        };
        if s.transition != transition {
            return; // superseded
        }
        let Some(pending) = s.pending.take() else {
            return;
        };
        let now = sim.now.as_ms();
        let mut events = Vec::new();
        match pending {
            Pending::Create => {}
            Pending::Delete => {
                let s = self.streams.remove(&id).expect("stream");
                if let Some(r) = self
                    .names
                    .get_mut(&s.account_id)
                    .and_then(|m| m.get_mut(&s.region))
                {
                    r.remove(&s.name);
                }
                self.deleted_names.insert(id, s.name.clone());
                for sub in self.subscriptions.values_mut().filter(|x| x.stream == id) {
                    sub.ended = true;
                }
                Self::record(sim, KinesisEvent::StreamDeleted { stream: id });
                return;
            }
            Pending::Split { shard, new_start } => {
                let (a, b) = s.split(shard, new_start, now);
                events.push(KinesisEvent::ShardSplit {
                    stream: id,
                    parent: shard,
                    children: [a, b],
                });
            }
            Pending::Merge { shard, adjacent } => {
                let c = s.merge(shard, adjacent, now);
                events.push(KinesisEvent::ShardsMerged {
                    stream: id,
                    parents: [shard, adjacent],
                    child: c,
                });
            }
            Pending::Scale { target } => {
                let before = s.shards.len();
                s.scale_uniformly(target, now);
                for sh in &s.shards[before..] {
                    match (sh.parent, sh.adjacent_parent) {
                        (Some(p), None) if s.shards[p as usize].children.len() == 2 => {
                            let c = &s.shards[p as usize].children;
                            if c[1] == sh.index {
                                events.push(KinesisEvent::ShardSplit {
                                    stream: id,
                                    parent: p,
                                    children: [c[0], c[1]],
                                });
                            }
                        }
                        (Some(p), Some(q)) => events.push(KinesisEvent::ShardsMerged {
                            stream: id,
                            parents: [p, q],
                            child: sh.index,
                        }),
                        _ => {}
                    }
                }
            }
            Pending::Mode { mode } => {
                s.mode = mode;
                events.push(KinesisEvent::ModeChanged { stream: id, mode });
            }
            Pending::Monitoring { metrics } => s.shard_level_metrics = metrics,
            Pending::Encryption { key } => {
                let enabled = key.is_some();
                s.kms_key_id = key;
                events.push(KinesisEvent::EncryptionChanged {
                    stream: id,
                    enabled,
                });
            }
        }
        s.status = StreamStatus::Active;
        s.transition += 1;
        for e in events {
            Self::record(sim, e);
        }
        Self::record(
            sim,
            KinesisEvent::StreamStatusChanged {
                stream: id,
                status: StreamStatus::Active,
            },
        );
        self.schedule_trim(sim, id);
    }

    /// DeleteStream: DELETING, then gone after `DELETE_DELAY_MS`. A stream
    /// with registered consumers is deleted, consumers and all, only with
    /// EnforceConsumerDeletion=true: "If this parameter is unset (null) or if
    /// you set it to false, and the stream has registered consumers, the call
    /// to DeleteStream fails with a ResourceInUseException" (API reference;
    /// the message's wording is ours).
    pub fn delete_stream(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: crate::kinesis::types::DeleteStreamInput,
    ) -> AwsResult<()> {
        let id = self.resolve(caller, &input.stream)?;
        let s = self.stream(id);
        if !s.consumers.is_empty() && input.enforce_consumer_deletion != Some(true) {
            return Err(errors::resource_in_use(format!(
                "Stream {} under account {} has registered consumers. Deregister them, or set EnforceConsumerDeletion to true to delete them with the stream.",
                s.name, s.account_id
            )));
        }
        if s.status == StreamStatus::Deleting {
            return Err(errors::not_active(
                &s.name,
                &s.account_id,
                s.status.as_str(),
            ));
        }
        if s.status == StreamStatus::Creating {
            return Err(errors::resource_in_use(format!(
                "Stream {} under account {} is in CREATING state and cannot be deleted.",
                s.name, s.account_id
            )));
        }
        self.begin_transition(
            sim,
            id,
            StreamStatus::Deleting,
            Pending::Delete,
            DELETE_DELAY_MS,
        );
        Ok(())
    }

    /// The fields DescribeStream and DescribeStreamSummary share.
    fn summary_fields(sim: &Sim, s: &Stream) -> serde_json::Map<String, Value> {
        let mut m = serde_json::Map::new();
        m.insert("StreamName".into(), json!(s.name));
        m.insert("StreamARN".into(), json!(s.arn));
        m.insert("StreamStatus".into(), json!(s.status.as_str()));
        m.insert("StreamModeDetails".into(), mode_details(s.mode));
        m.insert("RetentionPeriodHours".into(), json!(s.retention_hours));
        m.insert(
            "StreamCreationTimestamp".into(),
            json!(Self::epoch_s(sim, s.created_ms)),
        );
        m.insert(
            "EnhancedMonitoring".into(),
            json!([{ "ShardLevelMetrics": s.shard_level_metrics }]),
        );
        m.insert(
            "EncryptionType".into(),
            json!(if s.kms_key_id.is_some() {
                "KMS"
            } else {
                "NONE"
            }),
        );
        if let Some(k) = &s.kms_key_id {
            m.insert("KeyId".into(), json!(k));
        }
        m
    }

    /// DescribeStream: the stream with up to `Limit` (100) shards from
    /// ExclusiveStartShardId on, HasMoreShards when more remain. Expired shards
    /// are not listed, nor any while the stream is CREATING.
    pub fn describe_stream(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: DescribeStreamInput,
    ) -> AwsResult<Value> {
        let id = self.resolve(caller, &input.stream)?;
        let limit = match input.limit {
            None => DESCRIBE_STREAM_MAX_SHARDS,
            Some(l) if l < 1 => {
                return Err(errors::constraint(
                    &l.to_string(),
                    "Limit",
                    "Member must have value greater than or equal to 1",
                ))
            }
            Some(l) if l > 10_000 => {
                return Err(errors::constraint(
                    &l.to_string(),
                    "Limit",
                    "Member must have value less than or equal to 10000",
                ))
            }
            Some(l) => l.min(DESCRIBE_STREAM_MAX_SHARDS),
        } as usize;
        let s = self.stream(id);
        let after = input
            .exclusive_start_shard_id
            .as_deref()
            .and_then(Stream::parse_shard_id);
        let mut shards: Vec<Value> = Vec::new();
        let mut more = false;
        // A CREATING stream shows no shards yet (Shards [] and HasMoreShards
        // false: kinesalite's CreateStream test, written against AWS).
        let creating = s.status == StreamStatus::Creating;
        for sh in s
            .live_shards()
            .filter(|sh| !creating && after.is_none_or(|a| sh.index > a))
        {
            if shards.len() == limit {
                more = true;
                break;
            }
            shards.push(serde_json::to_value(shard_out(s, sh)).expect("json"));
        }
        let mut m = Self::summary_fields(sim, s);
        m.insert("Shards".into(), Value::Array(shards));
        m.insert("HasMoreShards".into(), json!(more));
        Ok(json!({ "StreamDescription": Value::Object(m) }))
    }

    /// DescribeStreamSummary.
    pub fn describe_stream_summary(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: StreamRefInput,
    ) -> AwsResult<Value> {
        let id = self.resolve(caller, &input.stream)?;
        let s = self.stream(id);
        let mut m = Self::summary_fields(sim, s);
        m.insert("OpenShardCount".into(), json!(s.open_count()));
        m.insert(
            "ConsumerCount".into(),
            json!(s
                .consumers
                .values()
                .filter(|c| c.status != super::super::ConsumerStatus::Deleting)
                .count()),
        );
        m.insert("MaxRecordSizeInKiB".into(), json!(s.max_record_size_kib));
        Ok(json!({ "StreamDescriptionSummary": Value::Object(m) }))
    }

    /// ListStreams: names in order, `Limit` (100) at a time, from
    /// ExclusiveStartStreamName or a NextToken (the last name returned).
    pub fn list_streams(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: ListStreamsInput,
    ) -> AwsResult<Value> {
        let limit = match input.limit {
            None => LIST_STREAMS_MAX,
            Some(l) if !(1..=10_000).contains(&l) => {
                return Err(errors::constraint(
                    &l.to_string(),
                    "Limit",
                    if l < 1 {
                        "Member must have value greater than or equal to 1"
                    } else {
                        "Member must have value less than or equal to 10000"
                    },
                ))
            }
            Some(l) => l.min(LIST_STREAMS_MAX),
        } as usize;
        let after = match (&input.next_token, &input.exclusive_start_stream_name) {
            (Some(t), _) => Some(
                String::from_utf8(
                    crate::util::b64_decode(t)
                        .map_err(|_| errors::invalid_argument("Invalid NextToken."))?,
                )
                .map_err(|_| errors::invalid_argument("Invalid NextToken."))?,
            ),
            (None, a) => a.clone(),
        };
        let Some(names) = self
            .names
            .get(&caller.account_id)
            .and_then(|m| m.get(&caller.region))
        else {
            return Ok(
                json!({ "StreamNames": [], "HasMoreStreams": false, "StreamSummaries": [] }),
            );
        };
        let mut out = Vec::new();
        let mut summaries = Vec::new();
        let mut more = false;
        for (name, &id) in names
            .iter()
            .filter(|(n, _)| after.as_ref().is_none_or(|a| n.as_str() > a.as_str()))
        {
            if out.len() == limit {
                more = true;
                break;
            }
            let s = self.stream(id);
            out.push(json!(name));
            summaries.push(json!({
                "StreamName": s.name,
                "StreamARN": s.arn,
                "StreamStatus": s.status.as_str(),
                "StreamModeDetails": mode_details(s.mode),
                "StreamCreationTimestamp": Self::epoch_s(sim, s.created_ms),
            }));
        }
        let mut m = serde_json::Map::new();
        m.insert("HasMoreStreams".into(), json!(more));
        if more {
            let last = out.last().and_then(Value::as_str).unwrap_or_default();
            m.insert(
                "NextToken".into(),
                json!(crate::util::b64_encode(last.as_bytes())),
            );
        }
        m.insert("StreamNames".into(), Value::Array(out));
        m.insert("StreamSummaries".into(), Value::Array(summaries));
        Ok(Value::Object(m))
    }

    fn set_retention(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: RetentionInput,
        increase: bool,
    ) -> AwsResult<()> {
        let id = self.resolve_active(caller, &input.stream)?;
        let h = input.retention_period_hours;
        let s = self.stream(id);
        if h < RETENTION_MIN_HOURS {
            return Err(errors::invalid_argument(format!(
                "Minimum allowed retention period is {RETENTION_MIN_HOURS} hours. Requested retention period ({h} hours) is too short."
            )));
        }
        if h > RETENTION_MAX_HOURS {
            return Err(errors::invalid_argument(format!(
                "Maximum allowed retention period is {RETENTION_MAX_HOURS} hours. Requested retention period ({h} hours) is too long."
            )));
        }
        let cur = i64::from(s.retention_hours);
        if increase && h < cur {
            return Err(errors::invalid_argument(format!(
                "Requested retention period ({h} hours) for stream {} can not be shorter than existing retention period ({cur} hours). Use DecreaseRetentionPeriod API.",
                s.name
            )));
        }
        if !increase && h > cur {
            return Err(errors::invalid_argument(format!(
                "Requested retention period ({h} hours) for stream {} can not be longer than existing retention period ({cur} hours). Use IncreaseRetentionPeriod API.",
                s.name
            )));
        }
        self.stream_mut(id).retention_hours = h as u32;
        Self::record(
            sim,
            KinesisEvent::RetentionChanged {
                stream: id,
                hours: h as u32,
            },
        );
        // A shorter retention makes older records inaccessible now; a longer one
        // does not bring back what already expired (reads check arrival +
        // retention, and trimmed records are gone).
        self.trim_now(sim, id);
        Ok(())
    }

    /// Trims a stream at once (retention decreased) and reschedules its timer.
    pub(crate) fn trim_now(&mut self, sim: &mut Sim, id: u32) {
        let s = self.stream_mut(id);
        s.trim_at = None;
        self.fire(sim, super::super::KinesisTimer::Trim { stream: id });
    }

    pub fn increase_stream_retention_period(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: RetentionInput,
    ) -> AwsResult<()> {
        self.set_retention(sim, caller, input, true)
    }

    pub fn decrease_stream_retention_period(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: RetentionInput,
    ) -> AwsResult<()> {
        self.set_retention(sim, caller, input, false)
    }

    /// UpdateStreamMode: UPDATING, then the new mode. Switching to PROVISIONED
    /// keeps the current shards; switching to ON_DEMAND keeps them too (AWS
    /// then scales automatically, which Switchyard does not emulate).
    pub fn update_stream_mode(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: UpdateStreamModeInput,
    ) -> AwsResult<()> {
        let r = StreamRef {
            stream_name: None,
            stream_arn: Some(input.stream_arn),
        };
        let id = self.resolve_active(caller, &r)?;
        let mode = parse_mode(&input.stream_mode_details.stream_mode)?;
        if self.stream(id).mode == mode {
            return Err(errors::invalid_argument(format!(
                "Stream {} is already in {} mode.",
                self.stream(id).name,
                mode.as_str()
            )));
        }
        if mode == StreamMode::OnDemand {
            self.check_on_demand_quota(caller)?;
        }
        self.begin_transition(
            sim,
            id,
            StreamStatus::Updating,
            Pending::Mode { mode },
            MODE_CHANGE_DELAY_MS,
        );
        Ok(())
    }

    /// On-demand streams of the caller's account in its Region (a stream
    /// switching to on-demand counts once it is).
    fn on_demand_count(&self, caller: &Caller) -> usize {
        self.streams
            .values()
            .filter(|s| {
                s.account_id == caller.account_id
                    && s.region == caller.region
                    && s.mode == StreamMode::OnDemand
            })
            .count()
    }

    /// At most `ON_DEMAND_STREAMS_MAX` on-demand streams (the message's
    /// wording is ours; AWS documents the quota, not its text).
    fn check_on_demand_quota(&self, caller: &Caller) -> AwsResult<()> {
        if self.on_demand_count(caller) >= ON_DEMAND_STREAMS_MAX {
            return Err(errors::limit_exceeded(format!(
                "This request would exceed the limit of {ON_DEMAND_STREAMS_MAX} data streams in ON_DEMAND mode for the account {} in {}.",
                caller.account_id, caller.region
            )));
        }
        Ok(())
    }

    /// DescribeLimits: the account's shard quota and open shards in this
    /// Region, and its on-demand streams against their quota.
    pub fn describe_limits(
        &mut self,
        _sim: &mut Sim,
        caller: &Caller,
        _input: Value,
    ) -> AwsResult<Value> {
        let open: u64 = self
            .streams
            .values()
            .filter(|s| s.account_id == caller.account_id && s.region == caller.region)
            .map(|s| u64::from(s.open_count()))
            .sum();
        Ok(json!({
            "ShardLimit": shard_quota(&caller.region),
            "OpenShardCount": open,
            "OnDemandStreamCount": self.on_demand_count(caller),
            "OnDemandStreamCountLimit": ON_DEMAND_STREAMS_MAX,
        }))
    }

    /// StartStreamEncryption: the key is kept and reported; nothing is encrypted.
    pub fn start_stream_encryption(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: EncryptionInput,
    ) -> AwsResult<()> {
        let id = self.resolve_active(caller, &input.stream)?;
        if input.encryption_type != "KMS" {
            return Err(errors::constraint(
                &input.encryption_type,
                "EncryptionType",
                "Member must satisfy enum value set: [KMS]",
            ));
        }
        if input.key_id.is_empty() {
            return Err(errors::constraint(
                "",
                "KeyId",
                "Member must have length greater than or equal to 1",
            ));
        }
        self.begin_transition(
            sim,
            id,
            StreamStatus::Updating,
            Pending::Encryption {
                key: Some(input.key_id),
            },
            ENCRYPTION_DELAY_MS,
        );
        Ok(())
    }

    /// EnableEnhancedMonitoring: turns shard-level metrics on (`ALL`: all
    /// seven). Answers with the metrics on before (Current) and after
    /// (Desired); the stream is UPDATING until the change is made.
    // The UPDATING state is what the console shows after enabling
    // shard-level metrics; the API reference does not say. Ours.
    pub fn enable_enhanced_monitoring(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: EnhancedMonitoringInput,
    ) -> AwsResult<Value> {
        self.enhanced_monitoring(sim, caller, input, true)
    }

    /// DisableEnhancedMonitoring: turns shard-level metrics off.
    pub fn disable_enhanced_monitoring(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: EnhancedMonitoringInput,
    ) -> AwsResult<Value> {
        self.enhanced_monitoring(sim, caller, input, false)
    }

    fn enhanced_monitoring(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: EnhancedMonitoringInput,
        enable: bool,
    ) -> AwsResult<Value> {
        let asked = &input.shard_level_metrics;
        if asked.is_empty() || asked.len() > SHARD_LEVEL_METRICS.len() {
            return Err(errors::constraint(
                &format!("[{}]", asked.join(", ")),
                "ShardLevelMetrics",
                if asked.is_empty() {
                    "Member must have length greater than or equal to 1"
                } else {
                    "Member must have length less than or equal to 7"
                },
            ));
        }
        if let Some(bad) = asked
            .iter()
            .find(|m| *m != "ALL" && !SHARD_LEVEL_METRICS.contains(&m.as_str()))
        {
            return Err(errors::constraint(
                bad,
                "ShardLevelMetrics",
                "Member must satisfy enum value set: [IncomingBytes, IncomingRecords, OutgoingBytes, OutgoingRecords, WriteProvisionedThroughputExceeded, ReadProvisionedThroughputExceeded, IteratorAgeMilliseconds, ALL]",
            ));
        }
        let id = self.resolve_active(caller, &input.stream)?;
        let all = asked.iter().any(|m| m == "ALL");
        let s = self.stream(id);
        let current = s.shard_level_metrics.clone();
        let desired: Vec<String> = SHARD_LEVEL_METRICS
            .iter()
            .filter(|m| {
                let on = current.iter().any(|c| c == *m);
                let named = all || asked.iter().any(|a| a == *m);
                if enable {
                    on || named
                } else {
                    on && !named
                }
            })
            .map(|m| m.to_string())
            .collect();
        let out = json!({
            "StreamName": s.name,
            "StreamARN": s.arn,
            "CurrentShardLevelMetrics": current,
            "DesiredShardLevelMetrics": desired,
        });
        self.begin_transition(
            sim,
            id,
            StreamStatus::Updating,
            Pending::Monitoring { metrics: desired },
            ENCRYPTION_DELAY_MS,
        );
        Ok(out)
    }

    pub fn stop_stream_encryption(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: EncryptionInput,
    ) -> AwsResult<()> {
        let id = self.resolve_active(caller, &input.stream)?;
        if input.encryption_type != "KMS" {
            return Err(errors::constraint(
                &input.encryption_type,
                "EncryptionType",
                "Member must satisfy enum value set: [KMS]",
            ));
        }
        self.begin_transition(
            sim,
            id,
            StreamStatus::Updating,
            Pending::Encryption { key: None },
            ENCRYPTION_DELAY_MS,
        );
        Ok(())
    }

    /// Adds `tags` to stream `id` (AddTagsToStream and TagResource, each
    /// having checked its own per-call count): AWS's characters and lengths,
    /// at most 50 on the stream.
    fn add_tags(&mut self, sim: &mut Sim, id: u32, tags: StringMap) -> AwsResult<()> {
        validate_tags(&tags)?;
        let s = self.stream(id);
        let kept = s.tags.keys().filter(|k| !tags.contains_key(*k)).count();
        if kept + tags.len() > TAGS_MAX {
            return Err(errors::limit_exceeded(format!(
                "Failed to add tags to stream {} under account {} because a given stream cannot have more than {TAGS_MAX} tags.",
                s.name, s.account_id
            )));
        }
        self.stream_mut(id).tags.extend(tags);
        Self::record(sim, KinesisEvent::TagsChanged { stream: id });
        Ok(())
    }

    /// Removes `keys` from stream `id`'s tags.
    fn remove_tags(&mut self, sim: &mut Sim, id: u32, keys: &[String]) {
        let s = self.stream_mut(id);
        for k in keys {
            s.tags.remove(k);
        }
        Self::record(sim, KinesisEvent::TagsChanged { stream: id });
    }

    /// AddTagsToStream: up to 200 per call (the model's TagMap), 50 on the
    /// stream.
    pub fn add_tags_to_stream(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: AddTagsInput,
    ) -> AwsResult<()> {
        list_length(&input.tags, input.tags.len(), "Tags", TAG_MAP_MAX)?;
        let id = self.resolve(caller, &input.stream)?;
        self.add_tags(sim, id, input.tags)
    }

    pub fn remove_tags_from_stream(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: RemoveTagsInput,
    ) -> AwsResult<()> {
        list_length(
            &input.tag_keys,
            input.tag_keys.len(),
            "TagKeys",
            TAG_KEY_LIST_MAX,
        )?;
        let id = self.resolve(caller, &input.stream)?;
        self.remove_tags(sim, id, &input.tag_keys);
        Ok(())
    }

    /// The stream a tagging call's ResourceARN names (a consumer's ARN is
    /// refused by name: consumers keep no tags here).
    fn tagged_stream(&self, caller: &Caller, arn: &str) -> AwsResult<u32> {
        if arn.contains("/consumer/") {
            return Err(crate::error::AwsError::not_emulated(
                "tags on Kinesis stream consumers",
            ));
        }
        self.resolve(
            caller,
            &StreamRef {
                stream_name: None,
                stream_arn: Some(arn.to_string()),
            },
        )
    }

    /// TagResource (by ARN): up to 200 tags a call, 50 on a stream, the same
    /// checks as AddTagsToStream otherwise.
    pub fn tag_resource(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: crate::kinesis::types::TagResourceInput,
    ) -> AwsResult<()> {
        list_length(&input.tags, input.tags.len(), "tags", TAG_MAP_MAX)?;
        let id = self.tagged_stream(caller, &input.resource_arn)?;
        self.add_tags(sim, id, input.tags)
    }

    /// UntagResource (by ARN).
    pub fn untag_resource(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: crate::kinesis::types::UntagResourceInput,
    ) -> AwsResult<()> {
        list_length(
            &input.tag_keys,
            input.tag_keys.len(),
            "tagKeys",
            TAG_KEY_LIST_MAX,
        )?;
        let id = self.tagged_stream(caller, &input.resource_arn)?;
        self.remove_tags(sim, id, &input.tag_keys);
        Ok(())
    }

    /// ListTagsForResource (by ARN): every tag, in key order.
    pub fn list_tags_for_resource(
        &mut self,
        _sim: &mut Sim,
        caller: &Caller,
        input: crate::kinesis::types::ResourceArnInput,
    ) -> AwsResult<Value> {
        let id = self.tagged_stream(caller, &input.resource_arn)?;
        let tags: Vec<Value> = self
            .stream(id)
            .tags
            .iter()
            .map(|(k, v)| json!({"Key": k, "Value": v}))
            .collect();
        Ok(json!({ "Tags": tags }))
    }

    /// ListTagsForStream: in key order, from ExclusiveStartTagKey, `Limit`
    /// (1-50, default 50) at a time.
    pub fn list_tags_for_stream(
        &mut self,
        _sim: &mut Sim,
        caller: &Caller,
        input: ListTagsInput,
    ) -> AwsResult<Value> {
        input::check_int_range(input.limit, "limit", 1, LIST_TAGS_MAX)?;
        let id = self.resolve(caller, &input.stream)?;
        let limit = input.limit.unwrap_or(LIST_TAGS_MAX) as usize;
        let s = self.stream(id);
        let mut tags = Vec::new();
        let mut more = false;
        for (k, v) in s.tags.iter().filter(|(k, _)| {
            input
                .exclusive_start_tag_key
                .as_ref()
                .is_none_or(|a| k.as_str() > a.as_str())
        }) {
            if tags.len() == limit {
                more = true;
                break;
            }
            tags.push(json!({ "Key": k, "Value": v }));
        }
        Ok(json!({ "Tags": tags, "HasMoreTags": more }))
    }
}
