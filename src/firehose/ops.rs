//! The delivery stream lifecycle operations: CreateDeliveryStream,
//! DeleteDeliveryStream, DescribeDeliveryStream, ListDeliveryStreams, the tag
//! operations and UpdateDestination.

use super::config::{self, S3Destination};
use super::dest::{self, Target};
use super::*;
use serde_json::Map;

/// The one destination's id (AWS: `destinationId-000000000001`).
pub const DESTINATION_ID: &str = "destinationId-000000000001";

/// A character of the TagKey / TagValue patterns' class
/// `[\p{L}\p{Z}\p{N}_.:\/=+\-@%]`: a letter, a space separator (`\p{Z}`:
/// Unicode's Zs, Zl and Zp characters, not tabs or newlines), a number, or one
/// of `_.:/=+-@%`.
fn tag_char(c: char) -> bool {
    let separator = matches!(
        c,
        ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    );
    c.is_alphabetic() || c.is_numeric() || separator || "_.:/=+-@%".contains(c)
}

const TAG_KEY_PATTERN: &str =
    "Member must satisfy regular expression pattern: ^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@%]*$";
const TAG_VALUE_PATTERN: &str =
    "Member must satisfy regular expression pattern: ^[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@%]*$";

/// The model's TagKey (1 to 128 characters of its pattern, not starting
/// `aws:`) checked at `member`: each failed constraint, as Coral words it.
fn tag_key_errors(k: &str, member: &str, out: &mut Vec<(String, String, String)>) {
    let mut fail = |c: &str| out.push((k.to_string(), member.to_string(), c.to_string()));
    let n = k.chars().count();
    if n < 1 {
        fail("Member must have length greater than or equal to 1");
    }
    if n > 128 {
        fail("Member must have length less than or equal to 128");
    }
    if k.starts_with("aws:") || !k.chars().all(tag_char) {
        fail(TAG_KEY_PATTERN);
    }
}

/// Tags (CreateDeliveryStream, TagDeliveryStream): the model's
/// TagDeliveryStreamInputTagList (1 to 50 Tags, each a TagKey and an optional
/// TagValue of 0 to 256 characters of its pattern). Every failed constraint is
/// reported in one ValidationException, members by their 1-based path
/// (`tags.2.member.key`) as PutRecordBatch's records are.
fn tags_of(v: &Value) -> AwsResult<Vec<(String, String)>> {
    let Some(list) = v.as_array() else {
        return Ok(Vec::new());
    };
    let mut errs = Vec::new();
    if list.is_empty() {
        errs.push((
            "[]".to_string(),
            "tags".to_string(),
            "Member must have length greater than or equal to 1".to_string(),
        ));
    }
    if list.len() > limits::TAGS_MAX {
        errs.push((
            "[...]".to_string(),
            "tags".to_string(),
            format!(
                "Member must have length less than or equal to {}",
                limits::TAGS_MAX
            ),
        ));
    }
    let mut out = Vec::new();
    for (i, t) in list.iter().enumerate() {
        let k = t["Key"].as_str().unwrap_or_default();
        let val = t["Value"].as_str().unwrap_or_default();
        tag_key_errors(k, &format!("tags.{}.member.key", i + 1), &mut errs);
        let member = format!("tags.{}.member.value", i + 1);
        if val.chars().count() > 256 {
            errs.push((
                val.to_string(),
                member.clone(),
                "Member must have length less than or equal to 256".to_string(),
            ));
        }
        if !val.chars().all(tag_char) {
            errs.push((val.to_string(), member, TAG_VALUE_PATTERN.to_string()));
        }
        out.push((k.to_string(), val.to_string()));
    }
    if !errs.is_empty() {
        return Err(errors::constraints(&errs));
    }
    Ok(out)
}

/// The model's DeliveryStreamType enum.
const STREAM_TYPES: [&str; 4] = [
    "DirectPut",
    "KinesisStreamAsSource",
    "MSKAsSource",
    "DatabaseAsSource",
];

fn stream_type_error(value: &str) -> AwsError {
    errors::constraint(
        value,
        "deliveryStreamType",
        &format!(
            "Member must satisfy enum value set: [{}]",
            STREAM_TYPES.join(", ")
        ),
    )
}

impl Firehose {
    pub(super) fn create_delivery_stream(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let name = input["DeliveryStreamName"].as_str().unwrap_or_default();
        config::check_name(name)?;
        let kind = input["DeliveryStreamType"].as_str().unwrap_or("DirectPut");
        let source = match kind {
            "DirectPut" => {
                if input
                    .get("KinesisStreamSourceConfiguration")
                    .is_some_and(|v| v.is_object())
                {
                    return Err(errors::invalid_argument(
                        "KinesisStreamSourceConfiguration is only allowed with DeliveryStreamType KinesisStreamAsSource",
                    ));
                }
                SourceKind::DirectPut {
                    throughput_hint_mb: input["DirectPutSourceConfiguration"]
                        ["ThroughputHintInMBs"]
                        .as_u64()
                        .map(|v| v as u32),
                }
            }
            "KinesisStreamAsSource" => {
                let c = &input["KinesisStreamSourceConfiguration"];
                if !c.is_object() {
                    return Err(errors::invalid_argument(
                        "KinesisStreamSourceConfiguration is required when DeliveryStreamType is KinesisStreamAsSource",
                    ));
                }
                let arn = c["KinesisStreamARN"].as_str().unwrap_or_default();
                let ok = arn.starts_with("arn:")
                    && arn.split(':').nth(2) == Some("kinesis")
                    && arn
                        .split(':')
                        .nth(5)
                        .is_some_and(|r| r.starts_with("stream/") && r.len() > 7);
                if !ok {
                    return Err(errors::constraint(
                        arn,
                        "kinesisStreamSourceConfiguration.kinesisStreamARN",
                        "Member must satisfy regular expression pattern: arn:.*:kinesis:[a-zA-Z0-9\\-]+:\\d{12}:stream/[a-zA-Z0-9_.-]+",
                    ));
                }
                let role = c["RoleARN"].as_str().unwrap_or_default();
                config::check_role(role)?;
                SourceKind::KinesisStream {
                    stream_arn: arn.to_string(),
                    role_arn: role.to_string(),
                    start_ms: None,
                }
            }
            "MSKAsSource" => {
                return Err(AwsError::not_emulated(
                    "firehose MSKAsSource (Amazon MSK as source)",
                ))
            }
            "DatabaseAsSource" => return Err(AwsError::not_emulated("firehose DatabaseAsSource")),
            other => return Err(stream_type_error(other)),
        };
        for (member, what) in config::OTHER_DESTINATIONS {
            if input.get(*member).is_some_and(|v| v.is_object()) {
                return Err(AwsError::not_emulated(format!(
                    "firehose destination {what} ({member}); S3, Redshift, OpenSearch, HTTP endpoints and Splunk are built"
                )));
            }
        }
        let others: Vec<(usize, &Value)> = dest::MEMBERS
            .iter()
            .enumerate()
            .filter_map(|(i, m)| input.get(*m).filter(|v| v.is_object()).map(|v| (i, v)))
            .collect();
        let ext = input
            .get("ExtendedS3DestinationConfiguration")
            .filter(|v| v.is_object());
        let plain = input
            .get("S3DestinationConfiguration")
            .filter(|v| v.is_object());
        if others.len() + usize::from(ext.is_some()) + usize::from(plain.is_some()) > 1 {
            return Err(errors::invalid_argument(
                "Only one destination configuration may be specified.",
            ));
        }
        let (target, destination) = match (ext, plain, others.first()) {
            (Some(c), _, _) => (Target::S3, S3Destination::parse(c, true)?),
            (_, Some(c), _) => (Target::S3, S3Destination::parse(c, false)?),
            (_, _, Some((i, c))) => dest::parse(*i, c)?,
            (None, None, None) => {
                return Err(errors::invalid_argument(
                    "A destination configuration is required: ExtendedS3DestinationConfiguration (or S3DestinationConfiguration, RedshiftDestinationConfiguration, AmazonopensearchserviceDestinationConfiguration, ElasticsearchDestinationConfiguration, AmazonOpenSearchServerlessDestinationConfiguration, HttpEndpointDestinationConfiguration, SplunkDestinationConfiguration).",
                ))
            }
        };
        let tags = tags_of(&input["Tags"])?;
        let encryption = match input
            .get("DeliveryStreamEncryptionConfigurationInput")
            .filter(|v| v.is_object())
        {
            Some(e) => Some(super::encryption_input(e)?),
            None => None,
        };
        if self
            .lookup(&caller.account_id, &caller.region, name)
            .is_some()
        {
            return Err(errors::exists(name, &caller.account_id));
        }
        let in_region = self
            .names
            .get(&caller.account_id)
            .and_then(|m| m.get(&caller.region))
            .map_or(0, |m| m.len());
        if in_region >= limits::STREAMS_PER_REGION {
            return Err(errors::limit_exceeded(format!(
                "You have already reached the limit of {} Firehose streams in this Region.",
                limits::STREAMS_PER_REGION
            )));
        }
        let id = self.next_stream;
        self.next_stream += 1;
        let arn = format!(
            "arn:aws:firehose:{}:{}:deliverystream/{name}",
            caller.region, caller.account_id
        );
        self.streams.insert(
            id,
            DeliveryStream {
                id,
                name: name.to_string(),
                arn: arn.clone(),
                account_id: caller.account_id.clone(),
                region: caller.region.clone(),
                status: StreamStatus::Creating,
                transition: 1,
                source,
                created_ms: sim.now.as_ms(),
                updated_ms: None,
                version: 1,
                destination,
                tags: tags.into_iter().collect(),
                encryption_state: if encryption.is_some() {
                    EncryptionState::Enabled
                } else {
                    EncryptionState::Disabled
                },
                encryption_serial: 0,
                encryption_calls: VecDeque::new(),
                encryption,
                buffer: Buffer::default(),
                processing: Buffer::default(),
                pending: BTreeMap::new(),
                cursors: BTreeMap::new(),
                window: RateWindow::default(),
                counters: StreamCounters::default(),
                recent: VecDeque::new(),
                last_error: None,
                next_record: 0,
                target,
                batches: BTreeMap::new(),
                copies: BTreeMap::new(),
                backup_buffer: Buffer::default(),
                transforming: BTreeMap::new(),
            },
        );
        self.define_redshift_table(id);
        self.names
            .entry(caller.account_id.clone())
            .or_default()
            .entry(caller.region.clone())
            .or_default()
            .insert(name.to_string(), id);
        Self::record(sim, FirehoseEvent::StreamCreated { stream: id });
        sim.schedule_in(
            limits::CREATE_DELAY_MS,
            Timer::Firehose(FirehoseTimer::Transition {
                stream: id,
                transition: 1,
            }),
        );
        Ok(json!({ "DeliveryStreamARN": arn }))
    }

    pub(super) fn delete_delivery_stream(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let id = self.resolve(caller, input)?;
        let s = self.s(id);
        match s.status {
            StreamStatus::Creating => {
                // "You can't delete a Firehose stream that is in the CREATING
                // state" (DeleteDeliveryStream reference).
                return Err(errors::in_use(format!(
                    "Firehose {} under account {} is in CREATING state and cannot be deleted.",
                    s.name, s.account_id
                )));
            }
            StreamStatus::Deleting => return Ok(json!({})),
            StreamStatus::Active => {}
        }
        s.status = StreamStatus::Deleting;
        s.transition += 1;
        let transition = s.transition;
        Self::record(
            sim,
            FirehoseEvent::StatusChanged {
                stream: id,
                status: StreamStatus::Deleting,
            },
        );
        sim.schedule_in(
            limits::DELETE_DELAY_MS,
            Timer::Firehose(FirehoseTimer::Transition {
                stream: id,
                transition,
            }),
        );
        Ok(json!({}))
    }

    pub(super) fn describe_delivery_stream(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        // Limit is 1 to 10,000 (the model's DescribeDeliveryStreamInputLimit).
        if let Some(l) = input.get("Limit").and_then(Value::as_i64) {
            config::range(l, (1, 10_000), "limit")?;
        }
        let id = self.resolve(caller, input)?;
        let s = &self.streams[&id];
        let epoch = |ms: u64| (sim.epoch_unix_ms + ms) as f64 / 1000.0;
        let mut d = Map::new();
        d.insert("DeliveryStreamName".into(), json!(s.name));
        d.insert("DeliveryStreamARN".into(), json!(s.arn));
        d.insert("DeliveryStreamStatus".into(), json!(s.status.as_str()));
        // A stream reading a Kinesis stream has no server-side encryption of
        // its own, and AWS leaves the member out (the describe LocalStack
        // recorded against AWS in its CloudFormation test
        // test_firehose_stack_with_kinesis_as_source).
        if matches!(s.source, SourceKind::DirectPut { .. }) {
            d.insert("DeliveryStreamEncryptionConfiguration".into(), {
                let mut e = s.encryption.clone().unwrap_or_else(|| json!({}));
                e["Status"] = json!(s.encryption_state.as_str());
                e
            });
        }
        d.insert("DeliveryStreamType".into(), json!(s.type_str()));
        d.insert("VersionId".into(), json!(s.version.to_string()));
        d.insert("CreateTimestamp".into(), json!(epoch(s.created_ms)));
        if let Some(u) = s.updated_ms {
            d.insert("LastUpdateTimestamp".into(), json!(epoch(u)));
        }
        match &s.source {
            SourceKind::DirectPut {
                throughput_hint_mb: Some(h),
            } => {
                d.insert(
                    "Source".into(),
                    json!({"DirectPutSourceDescription": {"ThroughputHintInMBs": h}}),
                );
            }
            SourceKind::DirectPut { .. } => {}
            SourceKind::KinesisStream {
                stream_arn,
                role_arn,
                start_ms,
            } => {
                let mut k = json!({"KinesisStreamARN": stream_arn, "RoleARN": role_arn});
                if let Some(t) = start_ms {
                    k["DeliveryStartTimestamp"] = json!(epoch(*t));
                }
                d.insert(
                    "Source".into(),
                    json!({ "KinesisStreamSourceDescription": k }),
                );
            }
        }
        let dest = match s.target.describe(&s.destination) {
            Some((member, description)) => json!({
                "DestinationId": DESTINATION_ID,
                member: description,
            }),
            None => {
                json!({
                    "DestinationId": DESTINATION_ID,
                    "S3DestinationDescription": s.destination.describe(false),
                    "ExtendedS3DestinationDescription": s.destination.describe(true),
                })
            }
        };
        d.insert("Destinations".into(), json!([dest]));
        d.insert("HasMoreDestinations".into(), json!(false));
        Ok(json!({ "DeliveryStreamDescription": d }))
    }

    pub(super) fn list_delivery_streams(&self, caller: &Caller, input: &Value) -> CallResult {
        // The model's ListDeliveryStreamsInputLimit: 1 to 10,000 (default 10).
        let limit = input["Limit"].as_i64().unwrap_or(10);
        config::range(limit, (1, 10_000), "limit")?;
        let limit = limit as u64;
        let kind = input["DeliveryStreamType"].as_str();
        if let Some(k) = kind.filter(|k| !STREAM_TYPES.contains(k)) {
            return Err(stream_type_error(k));
        }
        let start = input["ExclusiveStartDeliveryStreamName"].as_str();
        let names: Vec<&DeliveryStream> = self
            .names
            .get(&caller.account_id)
            .and_then(|m| m.get(&caller.region))
            .into_iter()
            .flat_map(|m| m.iter())
            .filter(|(n, _)| start.is_none_or(|s| n.as_str() > s))
            .map(|(_, id)| &self.streams[id])
            .filter(|s| kind.is_none_or(|k| s.type_str() == k))
            .collect();
        let more = names.len() as u64 > limit;
        let page: Vec<&str> = names
            .iter()
            .take(limit as usize)
            .map(|s| s.name.as_str())
            .collect();
        Ok(json!({"DeliveryStreamNames": page, "HasMoreDeliveryStreams": more}))
    }

    pub(super) fn tag_delivery_stream(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let id = self.resolve(caller, input)?;
        let tags = tags_of(&input["Tags"])?;
        let s = self.s(id);
        let mut merged = s.tags.clone();
        merged.extend(tags);
        if merged.len() > limits::TAGS_MAX {
            return Err(errors::limit_exceeded(format!(
                "A Firehose stream can have at most {} tags.",
                limits::TAGS_MAX
            )));
        }
        s.tags = merged;
        Self::record(sim, FirehoseEvent::TagsChanged { stream: id });
        Ok(json!({}))
    }

    pub(super) fn untag_delivery_stream(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let id = self.resolve(caller, input)?;
        let keys: Vec<&str> = input["TagKeys"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        // The model's TagKeyList: 1 to 50 TagKeys.
        let mut errs = Vec::new();
        if keys.is_empty() {
            errs.push((
                "[]".to_string(),
                "tagKeys".to_string(),
                "Member must have length greater than or equal to 1".to_string(),
            ));
        }
        if keys.len() > limits::TAGS_MAX {
            errs.push((
                "[...]".to_string(),
                "tagKeys".to_string(),
                format!(
                    "Member must have length less than or equal to {}",
                    limits::TAGS_MAX
                ),
            ));
        }
        for (i, k) in keys.iter().enumerate() {
            tag_key_errors(k, &format!("tagKeys.{}.member", i + 1), &mut errs);
        }
        if !errs.is_empty() {
            return Err(errors::constraints(&errs));
        }
        let s = self.s(id);
        for k in keys {
            s.tags.remove(k);
        }
        Self::record(sim, FirehoseEvent::TagsChanged { stream: id });
        Ok(json!({}))
    }

    pub(super) fn list_tags_for_delivery_stream(
        &self,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let id = self.resolve(caller, input)?;
        // The model's ListTagsForDeliveryStreamInputLimit: 1 to 50.
        let limit = input["Limit"].as_i64().unwrap_or(50);
        config::range(limit, (1, 50), "limit")?;
        let limit = limit as u64;
        let start = input["ExclusiveStartTagKey"].as_str();
        let tags: Vec<(&String, &String)> = self.streams[&id]
            .tags
            .iter()
            .filter(|(k, _)| start.is_none_or(|s| k.as_str() > s))
            .collect();
        let more = tags.len() as u64 > limit;
        let page: Vec<Value> = tags
            .into_iter()
            .take(limit as usize)
            .map(|(k, v)| json!({"Key": k, "Value": v}))
            .collect();
        Ok(json!({"Tags": page, "HasMoreTags": more}))
    }

    pub(super) fn update_destination(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let id = self.resolve(caller, input)?;
        for (member, what) in config::OTHER_UPDATES {
            if input.get(*member).is_some_and(|v| v.is_object()) {
                return Err(AwsError::not_emulated(format!(
                    "firehose destination {what} ({member}); S3, Redshift, OpenSearch, HTTP endpoints and Splunk are built"
                )));
            }
        }
        let s = self.s(id);
        if s.status != StreamStatus::Active {
            return Err(errors::in_use(format!(
                "Firehose {} under account {} is not ACTIVE (it is {}).",
                s.name,
                s.account_id,
                s.status.as_str()
            )));
        }
        let current = input["CurrentDeliveryStreamVersionId"]
            .as_str()
            .unwrap_or_default();
        // The model's DeliveryStreamVersionId: 1 to 50 digits.
        if current.is_empty() || current.len() > 50 || !current.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(errors::constraint(
                current,
                "CurrentDeliveryStreamVersionId",
                "Member must satisfy regular expression pattern: [0-9]+",
            ));
        }
        if current != s.version.to_string() {
            return Err(errors::concurrent_modification(format!(
                "Cannot update firehose: {} because the current version ({}) does not match the requested version ({current}).",
                s.name, s.version
            )));
        }
        let dest_id = input["DestinationId"].as_str().unwrap_or_default();
        if dest_id != DESTINATION_ID {
            return Err(errors::invalid_argument(format!(
                "Destination {dest_id} not found for Firehose {}.",
                s.name
            )));
        }
        let others: Vec<(usize, &Value)> = dest::UPDATE_MEMBERS
            .iter()
            .enumerate()
            .filter_map(|(i, m)| input.get(*m).filter(|v| v.is_object()).map(|v| (i, v)))
            .collect();
        let s3_update = ["ExtendedS3DestinationUpdate", "S3DestinationUpdate"]
            .iter()
            .filter(|m| input.get(**m).is_some_and(|v| v.is_object()))
            .count();
        if others.len() + s3_update > 1 {
            return Err(errors::invalid_argument(
                "Only one destination update may be specified.",
            ));
        }
        if let Some((i, c)) = others.first() {
            let (target, destination) = dest::update(*i, c, &s.target, &s.destination)?;
            s.target = target;
            s.destination = destination;
            return Ok(self.destination_updated(sim, id));
        }
        if let Target::OpenSearch(_) = s.target {
            if s3_update > 0 {
                return Err(errors::invalid_argument(
                    "Switching between Amazon OpenSearch Service and other destination types is not supported.",
                ));
            }
        }
        let update = input
            .get("ExtendedS3DestinationUpdate")
            .filter(|v| v.is_object())
            .map(|v| (v, true))
            .or_else(|| {
                input
                    .get("S3DestinationUpdate")
                    .filter(|v| v.is_object())
                    .map(|v| (v, false))
            });
        let Some((update, extended)) = update else {
            return Err(errors::invalid_argument(
                "A destination update is required (ExtendedS3DestinationUpdate, RedshiftDestinationUpdate, HttpEndpointDestinationUpdate, ...).",
            ));
        };
        if s.target != Target::S3 {
            // Another destination type: nothing is merged ("all parameters
            // must be specified").
            s.destination = S3Destination::parse(update, extended)?;
            s.target = Target::S3;
            return Ok(self.destination_updated(sim, id));
        }
        let mut d = s.destination.clone();
        d.merge(update)?;
        d.extended |= extended;
        s.destination = d;
        Ok(self.destination_updated(sim, id))
    }

    /// The version and journal after a destination changed.
    fn destination_updated(&mut self, sim: &mut Sim, id: u32) -> Value {
        self.define_redshift_table(id);
        let s = self.s(id);
        // The delivery buffer takes the new destination's form: records kept
        // apart for a request-based destination, concatenated bytes for S3 /
        // Redshift (what was concatenated stays one record).
        let b = &mut s.buffer;
        if s.target.keeps_records() && !b.bytes.is_empty() {
            let data = std::mem::take(&mut b.bytes);
            b.records_bytes += data.len() as u64;
            b.records.push(PendingRecord {
                data,
                arrival_unix_ms: b.oldest_unix_ms.unwrap_or_else(|| sim.unix_ms()),
            });
            b.count = b.records.len() as u32;
        } else if !s.target.keeps_records() && !b.records.is_empty() {
            for r in std::mem::take(&mut b.records) {
                b.bytes.extend_from_slice(&r.data);
            }
            b.records_bytes = 0;
        }
        s.version += 1;
        s.updated_ms = Some(sim.now.as_ms());
        let version = s.version;
        Self::record(
            sim,
            FirehoseEvent::DestinationUpdated {
                stream: id,
                version,
            },
        );
        // A smaller size hint than the buffer holds flushes it now.
        let s = &self.streams[&id];
        if s.buffer.count > 0 && s.buffer.size() >= s.delivery_hints().0 {
            self.flush(sim, id, FlushReason::Size);
        }
        json!({})
    }

    /// A Redshift destination's table, when the simulated cluster does not
    /// have it yet and DataTableColumns names its columns: Switchyard has no
    /// SQL endpoint for the CREATE TABLE a Redshift user runs first, so the
    /// table is made with those columns (`Receivers::create_table` defines
    /// one with other columns; `drop_table` removes it).
    fn define_redshift_table(&mut self, id: u32) {
        let Target::Redshift(r) = &self.streams[&id].target else {
            return;
        };
        if self.receivers.table(&r.jdbc_url, &r.table).is_some() {
            return;
        }
        if let Some(cols) = super::redshift::column_list(r.columns.as_deref()) {
            let cols: Vec<&str> = cols.iter().map(String::as_str).collect();
            let (url, table) = (r.jdbc_url.clone(), r.table.clone());
            self.receivers.create_table(&url, &table, &cols);
        }
    }

    /// StartDeliveryStreamEncryption: ENABLING, then ENABLED (KMS itself is not
    /// emulated: keys are kept and reported). Only Direct PUT streams take SSE
    /// ("You can enable SSE for a Firehose stream only if it's a Firehose stream
    /// that uses DirectPut as its source").
    pub(super) fn start_encryption(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let id = self.resolve(caller, input)?;
        let config = match input
            .get("DeliveryStreamEncryptionConfigurationInput")
            .filter(|v| v.is_object())
        {
            Some(e) => super::encryption_input(e)?,
            None => json!({"KeyType": "AWS_OWNED_CMK"}),
        };
        self.change_encryption(sim, id, Some(config))
    }

    /// StopDeliveryStreamEncryption: DISABLING, then DISABLED.
    pub(super) fn stop_encryption(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let id = self.resolve(caller, input)?;
        self.change_encryption(sim, id, None)
    }

    fn change_encryption(&mut self, sim: &mut Sim, id: u32, config: Option<Value>) -> CallResult {
        let s = self.s(id);
        if s.status != StreamStatus::Active {
            return Err(errors::in_use(format!(
                "Firehose {} under account {} is not ACTIVE (it is {}).",
                s.name,
                s.account_id,
                s.status.as_str()
            )));
        }
        if let SourceKind::KinesisStream { .. } = s.source {
            return Err(errors::invalid_argument(
                "Server-side encryption is only supported for Firehose streams with DirectPut as source.",
            ));
        }
        if matches!(
            s.encryption_state,
            EncryptionState::Enabling | EncryptionState::Disabling
        ) {
            return Err(errors::in_use(format!(
                "Firehose {} under account {} is {}: wait for it to finish.",
                s.name,
                s.account_id,
                s.encryption_state.as_str()
            )));
        }
        // "The StartDeliveryStreamEncryption and StopDeliveryStreamEncryption
        // operations have a combined limit of 25 calls per Firehose stream per
        // 24 hours" (the API reference); the calls taken in the last 24
        // virtual hours count. AWS's message for it was not found: the wording
        // is ours.
        let now = sim.now.as_ms();
        while s
            .encryption_calls
            .front()
            .is_some_and(|t| t + limits::ENCRYPTION_CALLS_WINDOW_MS <= now)
        {
            s.encryption_calls.pop_front();
        }
        if s.encryption_calls.len() >= limits::ENCRYPTION_CALLS_MAX {
            return Err(errors::limit_exceeded(format!(
                "Firehose {} under account {} has reached the limit of {} StartDeliveryStreamEncryption and StopDeliveryStreamEncryption calls per 24 hours.",
                s.name,
                s.account_id,
                limits::ENCRYPTION_CALLS_MAX
            )));
        }
        s.encryption_calls.push_back(now);
        match config {
            Some(c) => {
                s.encryption = Some(c);
                s.encryption_state = EncryptionState::Enabling;
            }
            None => {
                if s.encryption_state == EncryptionState::Disabled {
                    return Ok(json!({}));
                }
                s.encryption_state = EncryptionState::Disabling;
            }
        }
        s.encryption_serial += 1;
        let serial = s.encryption_serial;
        sim.schedule_in(
            limits::ENCRYPTION_DELAY_MS,
            Timer::Firehose(FirehoseTimer::Encryption { stream: id, serial }),
        );
        Ok(json!({}))
    }
}
