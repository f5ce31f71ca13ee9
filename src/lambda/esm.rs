//! Event-source mappings: the API (Create/Get/List/Update/Delete) with AWS's
//! validation for SQS and Kinesis sources, and their state transitions on the
//! virtual clock: Creating -> Enabled (a mapping created disabled is Disabled
//! at once), Enabling / Disabling when an update flips `Enabled`, Updating for
//! any other update, Deleting -> gone.
//! What a mapping does while enabled is `poller.rs`.

use super::{
    conflict, invalid, not_found, record, str_of, validation, Lambda, LambdaEvent, LambdaTimer,
};
use crate::error::{AwsError, AwsResult};
use crate::sim::{Sim, Timer};
use crate::world::{CallResult, Caller};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// How long a mapping's state transition takes. AWS documents none; a
/// mapping is typically Enabled a few seconds after CreateEventSourceMapping.
const TRANSITION_MS: u64 = 2_000;

/// What a mapping reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MappingSource {
    Sqs { fifo: bool },
    Kinesis,
}

/// What the world knows of a source when a mapping is created or updated: it
/// exists, and (for a queue) its visibility timeout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceInfo {
    pub source: MappingSource,
    pub visibility_timeout_s: Option<u32>,
}

/// Counts a mapping keeps for the page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MappingStats {
    pub batches: u64,
    pub records: u64,
    pub failed_batches: u64,
    pub deleted: u64,
    pub discarded: u64,
    pub throttled: u64,
}

/// One event-source mapping.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mapping {
    pub id: u32,
    pub uuid: String,
    pub account_id: String,
    pub region: String,
    pub function: u32,
    pub function_arn: String,
    pub source_arn: String,
    pub source: MappingSource,
    pub batch_size: u32,
    pub window_s: u32,
    pub parallelization: u32,
    pub starting_position: Option<String>,
    pub starting_timestamp: Option<f64>,
    pub max_retries: i64,
    pub max_record_age_s: i64,
    pub bisect: bool,
    pub on_failure: Option<String>,
    pub report_item_failures: bool,
    pub max_concurrency: Option<u32>,
    pub enabled: bool,
    pub state: String,
    pub last_modified_ms: u64,
    pub last_result: String,
    pub serial: u64,
    pub stats: MappingStats,
    #[serde(default)]
    pub runtime: super::poller::Runtime,
}

impl Mapping {
    /// The mapping polls now.
    pub fn active(&self) -> bool {
        self.state == "Enabled"
    }
}

fn int(input: &Value, k: &str) -> Option<i64> {
    input.get(k).and_then(Value::as_i64)
}

impl Lambda {
    pub(crate) fn mapping_by_uuid(&self, input: &Value) -> AwsResult<&Mapping> {
        let uuid = str_of(input, "UUID");
        self.mappings
            .values()
            .find(|m| m.uuid == uuid)
            .ok_or_else(|| not_found("The resource you requested does not exist."))
    }

    /// EventSourceMappingConfiguration as AWS writes it.
    pub fn mapping_json(&self, sim: &Sim, m: &Mapping) -> Value {
        let mut v = json!({
            "UUID": m.uuid,
            "BatchSize": m.batch_size,
            "MaximumBatchingWindowInSeconds": m.window_s,
            "EventSourceArn": m.source_arn,
            "FunctionArn": m.function_arn,
            "LastModified": (sim.epoch_unix_ms + m.last_modified_ms) as f64 / 1000.0,
            "State": m.state,
            // As AWS recorded it: SQS mappings say USER_INITIATED, stream
            // mappings "User action".
            "StateTransitionReason": match m.source {
                MappingSource::Sqs { .. } => "USER_INITIATED",
                MappingSource::Kinesis => "User action",
            },
            "FunctionResponseTypes": if m.report_item_failures { vec!["ReportBatchItemFailures"] } else { vec![] },
            "EventSourceMappingArn": format!("arn:aws:lambda:{}:{}:event-source-mapping:{}", m.region, m.account_id, m.uuid),
        });
        match m.source {
            MappingSource::Sqs { .. } => {
                if let Some(c) = m.max_concurrency {
                    v["ScalingConfig"] = json!({"MaximumConcurrency": c});
                }
            }
            MappingSource::Kinesis => {
                v["StartingPosition"] = json!(m.starting_position);
                if let Some(t) = m.starting_timestamp {
                    v["StartingPositionTimestamp"] = json!(t);
                }
                v["ParallelizationFactor"] = json!(m.parallelization);
                v["DestinationConfig"] = match &m.on_failure {
                    Some(d) => json!({"OnFailure": {"Destination": d}}),
                    None => json!({"OnFailure": {}}),
                };
                v["MaximumRecordAgeInSeconds"] = json!(m.max_record_age_s);
                v["BisectBatchOnFunctionError"] = json!(m.bisect);
                v["MaximumRetryAttempts"] = json!(m.max_retries);
                v["TumblingWindowInSeconds"] = json!(0);
                v["LastProcessingResult"] = json!(m.last_result);
            }
        }
        v
    }

    /// The constraints the model puts on a Create or Update input (ranges,
    /// enums): AWS checks them before anything else, the function and the
    /// source included, and answers ValidationException naming the side of
    /// the range that was crossed.
    fn check_model(input: &Value) -> AwsResult<()> {
        let range = |k: &str, member: &str, min: i64, max: i64| -> AwsResult<()> {
            let Some(v) = int(input, k) else {
                return Ok(());
            };
            let constraint = if v < min {
                format!("Member must have value greater than or equal to {min}")
            } else if v > max {
                format!("Member must have value less than or equal to {max}")
            } else {
                return Ok(());
            };
            Err(validation(&v.to_string(), member, &constraint))
        };
        if let Some(p) = input.get("StartingPosition").and_then(Value::as_str) {
            if !matches!(p, "TRIM_HORIZON" | "LATEST" | "AT_TIMESTAMP") {
                return Err(validation(
                    p,
                    "startingPosition",
                    "Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]",
                ));
            }
        }
        range("BatchSize", "batchSize", 1, 10_000)?;
        range(
            "MaximumBatchingWindowInSeconds",
            "maximumBatchingWindowInSeconds",
            0,
            300,
        )?;
        range("ParallelizationFactor", "parallelizationFactor", 1, 10)?;
        range(
            "MaximumRecordAgeInSeconds",
            "maximumRecordAgeInSeconds",
            -1,
            604_800,
        )?;
        range("MaximumRetryAttempts", "maximumRetryAttempts", -1, 10_000)?;
        if let Some(t) = input.get("FunctionResponseTypes").and_then(Value::as_array) {
            if t.iter()
                .any(|x| x.as_str() != Some("ReportBatchItemFailures"))
            {
                // The value as the service's Java writes a list: [a, b].
                let shown: Vec<String> = t
                    .iter()
                    .map(|x| match x.as_str() {
                        Some(s) => s.to_string(),
                        None => x.to_string(),
                    })
                    .collect();
                return Err(validation(
                    &format!("[{}]", shown.join(", ")),
                    "functionResponseTypes",
                    "Member must satisfy constraint: [Member must satisfy enum value set: [ReportBatchItemFailures]]",
                ));
            }
        }
        if let Some(c) = input
            .pointer("/ScalingConfig/MaximumConcurrency")
            .and_then(Value::as_i64)
        {
            let constraint = if c < 2 {
                "Member must have value greater than or equal to 2"
            } else if c > 1000 {
                "Member must have value less than or equal to 1000"
            } else {
                ""
            };
            if !constraint.is_empty() {
                return Err(validation(
                    &c.to_string(),
                    "scalingConfig.maximumConcurrency",
                    constraint,
                ));
            }
        }
        Ok(())
    }

    /// Checks and applies the settings members of a Create or Update input
    /// (whose model constraints `check_model` has passed).
    fn apply_settings(
        m: &mut Mapping,
        input: &Value,
        info: &SourceInfo,
        function_timeout_s: u32,
    ) -> AwsResult<()> {
        for unbuilt in [
            "FilterCriteria",
            "TumblingWindowInSeconds",
            "Topics",
            "Queues",
            "SourceAccessConfigurations",
            "SelfManagedEventSource",
            "DocumentDBEventSourceConfig",
            "ProvisionedPollerConfig",
            "MetricsConfig",
            "KMSKeyArn",
        ] {
            if input.get(unbuilt).is_some_and(|v| !v.is_null()) {
                return Err(AwsError::not_emulated(format!(
                    "event-source mapping {unbuilt}"
                )));
            }
        }
        let is_sqs = matches!(info.source, MappingSource::Sqs { .. });
        if is_sqs {
            for k in [
                "StartingPosition",
                "StartingPositionTimestamp",
                "ParallelizationFactor",
                "MaximumRetryAttempts",
                "MaximumRecordAgeInSeconds",
                "BisectBatchOnFunctionError",
                "DestinationConfig",
            ] {
                if input.get(k).is_some_and(|v| !v.is_null()) {
                    // AWS's words for a starting position (with or without a
                    // timestamp) on a queue, as recorded.
                    return Err(invalid(if k == "StartingPosition" {
                        "StartingPosition is not valid for SQS event sources.".to_string()
                    } else {
                        format!("Unsupported {k} parameter for given event source mapping type.")
                    }));
                }
            }
        } else if input.get("ScalingConfig").is_some_and(|v| !v.is_null()) {
            return Err(invalid(
                "Unsupported ScalingConfig parameter for given event source mapping type.",
            ));
        }
        if let Some(b) = int(input, "BatchSize") {
            if matches!(info.source, MappingSource::Sqs { fifo: true }) && b > 10 {
                return Err(invalid(
                    "BatchSize must be less than or equal to 10 for this event source.",
                ));
            }
            m.batch_size = b as u32;
        }
        if let Some(w) = int(input, "MaximumBatchingWindowInSeconds") {
            if matches!(info.source, MappingSource::Sqs { fifo: true }) && w > 0 {
                return Err(invalid("Batching window is not supported for FIFO queues."));
            }
            m.window_s = w as u32;
        }
        if is_sqs && m.batch_size > 10 && m.window_s == 0 {
            return Err(invalid("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10"));
        }
        if let Some(p) = int(input, "ParallelizationFactor") {
            m.parallelization = p as u32;
        }
        if let Some(r) = int(input, "MaximumRetryAttempts") {
            m.max_retries = r;
        }
        if let Some(a) = int(input, "MaximumRecordAgeInSeconds") {
            if a != -1 && a < 60 {
                return Err(validation(&a.to_string(), "maximumRecordAgeInSeconds", "Member must have value greater than or equal to -1 and either -1 or between 60 and 604800"));
            }
            m.max_record_age_s = a;
        }
        if let Some(b) = input
            .get("BisectBatchOnFunctionError")
            .and_then(Value::as_bool)
        {
            m.bisect = b;
        }
        if let Some(d) = input
            .pointer("/DestinationConfig/OnFailure/Destination")
            .and_then(Value::as_str)
        {
            if !(d.starts_with("arn:aws:sqs:") || d.starts_with("arn:aws:sns:")) {
                return Err(AwsError::not_emulated(format!(
                    "on-failure destinations other than an SQS queue or SNS topic ({d})"
                )));
            }
            m.on_failure = Some(d.to_string());
        }
        if let Some(t) = input.get("FunctionResponseTypes").and_then(Value::as_array) {
            m.report_item_failures = !t.is_empty();
        }
        if let Some(c) = input
            .pointer("/ScalingConfig/MaximumConcurrency")
            .and_then(Value::as_i64)
        {
            m.max_concurrency = Some(c as u32);
        }
        if let Some(e) = input.get("Enabled").and_then(Value::as_bool) {
            m.enabled = e;
        }
        if let Some(vt) = info.visibility_timeout_s {
            if vt < function_timeout_s {
                return Err(invalid(format!(
                    "Queue visibility timeout: {vt} seconds is less than Function timeout: {function_timeout_s} seconds"
                )));
            }
        }
        Ok(())
    }
    /// CreateEventSourceMapping, given what the world found of the source.
    pub(crate) fn create_mapping_with(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
        info: AwsResult<SourceInfo>,
    ) -> CallResult {
        // The model's constraints and a malformed EventSourceArn fail the
        // request's validation, which comes before anything else; a missing
        // EventSourceArn comes next, then the function (AWS answers
        // "Function does not exist" with 400 here, not the 404 of the
        // function operations), and only then a source that does not exist.
        Self::check_model(input)?;
        if let Err(e) = &info {
            if e.code == "ValidationException" {
                return Err(e.clone());
            }
        }
        if input.get("EventSourceArn").is_none_or(Value::is_null) {
            return Err(invalid("Unrecognized event source."));
        }
        let function = self
            .resolve(caller, str_of(input, "FunctionName"))
            .map_err(|e| {
                if e.code == "ResourceNotFoundException" {
                    invalid("Function does not exist")
                } else {
                    e
                }
            })?;
        let source_arn = str_of(input, "EventSourceArn").to_string();
        let info = info?;
        let f = &self.functions[&function];
        if let Some(existing) = self
            .mappings
            .values()
            .find(|m| m.function == function && m.source_arn == source_arn)
        {
            return Err(conflict(format!(
                "An event source mapping with {} arn (\" {} \") and function (\" {} \") already exists. Please update or delete the existing mapping with UUID {}",
                if matches!(info.source, MappingSource::Sqs { .. }) { "SQS" } else { "Kinesis" },
                source_arn,
                f.name,
                existing.uuid
            )));
        }
        let kinesis = info.source == MappingSource::Kinesis;
        let starting_position = input
            .get("StartingPosition")
            .and_then(Value::as_str)
            .map(String::from);
        if kinesis {
            let timestamp = input
                .get("StartingPositionTimestamp")
                .filter(|v| !v.is_null());
            match starting_position.as_deref() {
                Some("AT_TIMESTAMP") => match timestamp.and_then(Value::as_f64) {
                    None => {
                        return Err(invalid("StartingPositionTimestamp must be provided with AT_TIMESTAMP starting position."));
                    }
                    // AWS's words (its Java showing through) for a timestamp
                    // before the epoch, as recorded.
                    Some(t) if t < 0.0 => {
                        return Err(invalid("Received Exception while reading from provided stream. class java.lang.Long can not be converted to a Timestamp"));
                    }
                    Some(_) => {}
                },
                Some(_) if timestamp.is_some() => {
                    return Err(invalid(
                        "Timestamp only valid with StartingPosition AT_TIMESTAMP",
                    ));
                }
                Some(_) => {}
                // AWS answers this one as InvalidParameterValueException, in
                // the words of a model validation, as recorded.
                None => {
                    return Err(invalid(
                        "1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null.",
                    ))
                }
            }
        }
        let id = self.next_mapping;
        self.next_mapping += 1;
        let mut m = Mapping {
            id,
            uuid: sim.rng.uuid(),
            account_id: caller.account_id.clone(),
            region: caller.region.clone(),
            function,
            function_arn: f.arn.clone(),
            source_arn,
            source: info.source.clone(),
            batch_size: if kinesis { 100 } else { 10 },
            window_s: 0,
            parallelization: 1,
            starting_position: if kinesis { starting_position } else { None },
            starting_timestamp: input
                .get("StartingPositionTimestamp")
                .and_then(Value::as_f64),
            max_retries: -1,
            max_record_age_s: -1,
            bisect: false,
            on_failure: None,
            report_item_failures: false,
            max_concurrency: None,
            enabled: true,
            state: String::new(),
            last_modified_ms: sim.now.as_ms(),
            last_result: "No records processed".into(),
            serial: 0,
            stats: MappingStats::default(),
            runtime: Default::default(),
        };
        let timeout = f.timeout_s;
        Self::apply_settings(&mut m, input, &info, timeout)?;
        m.serial += 1;
        if m.enabled {
            m.state = "Creating".into();
            sim.schedule_in(
                TRANSITION_MS,
                Timer::Lambda(LambdaTimer::MappingTransition {
                    mapping: id,
                    serial: m.serial,
                }),
            );
        } else {
            // A mapping created disabled answers Disabled at once (as AWS
            // recorded it): there is nothing to start.
            m.state = "Disabled".into();
        }
        let out = self.mapping_json(sim, &m);
        self.mappings.insert(id, m);
        record(sim, LambdaEvent::MappingCreated { mapping: id });
        Ok(out)
    }

    pub(crate) fn list_mappings(&self, sim: &Sim, caller: &Caller, input: &Value) -> CallResult {
        let function = match input.get("FunctionName").and_then(Value::as_str) {
            Some(f) => Some(self.resolve(caller, f)?),
            None => None,
        };
        let source = input.get("EventSourceArn").and_then(Value::as_str);
        let max = int(input, "MaxItems").unwrap_or(100).clamp(1, 10_000) as usize;
        let all: Vec<&Mapping> = self
            .mappings
            .values()
            .filter(|m| m.account_id == caller.account_id && m.region == caller.region)
            .filter(|m| function.is_none_or(|f| m.function == f))
            .filter(|m| source.is_none_or(|s| m.source_arn == s))
            .collect();
        let start: usize = match input.get("Marker").and_then(Value::as_str) {
            Some(mk) => mk.parse().map_err(|_| invalid("Invalid Marker"))?,
            None => 0,
        };
        let page: Vec<Value> = all
            .iter()
            .skip(start)
            .take(max)
            .map(|m| self.mapping_json(sim, m))
            .collect();
        let mut out = json!({"EventSourceMappings": page});
        if start.saturating_add(max) < all.len() {
            out["NextMarker"] = json!((start + max).to_string());
        }
        Ok(out)
    }

    /// UpdateEventSourceMapping, given what the world found of the source.
    pub(crate) fn update_mapping_with(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
        info: AwsResult<SourceInfo>,
    ) -> CallResult {
        Self::check_model(input)?;
        let id = self.mapping_by_uuid(input)?.id;
        let info = info?;
        let mut m = self.mappings[&id].clone();
        let was_enabled = m.enabled;
        if m.state != "Enabled" && m.state != "Disabled" {
            return Err(AwsError::client(
                "ResourceInUseException",
                format!(
                    "Cannot update the event source mapping because it is in use. Its state is {}.",
                    m.state
                ),
            ));
        }
        if let Some(f) = input.get("FunctionName").and_then(Value::as_str) {
            let fid = self.resolve(caller, f)?;
            m.function = fid;
            m.function_arn = self.functions[&fid].arn.clone();
        }
        let timeout = self.functions.get(&m.function).map_or(3, |f| f.timeout_s);
        Self::apply_settings(&mut m, input, &info, timeout)?;
        // Flipping `Enabled` is Enabling or Disabling (AWS recorded
        // Enabling; Disabling is its counterpart); any other update is
        // Updating (as recorded for a new FunctionName).
        m.state = match (was_enabled, m.enabled) {
            (false, true) => "Enabling",
            (true, false) => "Disabling",
            _ => "Updating",
        }
        .into();
        m.serial += 1;
        m.last_modified_ms = sim.now.as_ms();
        sim.schedule_in(
            TRANSITION_MS,
            Timer::Lambda(LambdaTimer::MappingTransition {
                mapping: id,
                serial: m.serial,
            }),
        );
        let out = self.mapping_json(sim, &m);
        self.mappings.insert(id, m);
        record(sim, LambdaEvent::MappingStateChanged { mapping: id });
        Ok(out)
    }

    pub(crate) fn delete_mapping(&mut self, sim: &mut Sim, input: &Value) -> CallResult {
        let id = self.mapping_by_uuid(input)?.id;
        let m = self.mappings.get_mut(&id).expect("mapping");
        if m.state == "Deleting" {
            return Err(AwsError::client(
                "ResourceInUseException",
                "Cannot delete the event source mapping because it is in use.",
            ));
        }
        m.state = "Deleting".into();
        m.serial += 1;
        let serial = m.serial;
        sim.schedule_in(
            TRANSITION_MS,
            Timer::Lambda(LambdaTimer::MappingTransition {
                mapping: id,
                serial,
            }),
        );
        record(sim, LambdaEvent::MappingStateChanged { mapping: id });
        let m = &self.mappings[&id];
        Ok(self.mapping_json(sim, m))
    }

    /// A state transition ends: Creating/Enabling/Disabling/Updating ->
    /// Enabled or Disabled; Deleting -> gone.
    pub(crate) fn mapping_transition(&mut self, sim: &mut Sim, id: u32, serial: u64) {
        let Some(m) = self.mappings.get_mut(&id) else {
            return;
        };
        if m.serial != serial {
            return;
        }
        match m.state.as_str() {
            "Deleting" => {
                self.mappings.remove(&id);
                self.waiting.retain(|_, (mid, _)| *mid != id);
                record(sim, LambdaEvent::MappingDeleted { mapping: id });
            }
            "Creating" | "Enabling" | "Disabling" | "Updating" => {
                m.state = if m.enabled { "Enabled" } else { "Disabled" }.into();
                m.serial += 1;
                record(sim, LambdaEvent::MappingStateChanged { mapping: id });
                if m.enabled {
                    // The pollers start (`poller::fire` takes it from here).
                    sim.schedule_in(
                        0,
                        Timer::Lambda(LambdaTimer::Poll {
                            mapping: id,
                            slot: u32::MAX,
                            serial: m.serial,
                        }),
                    );
                }
            }
            _ => {}
        }
    }

    /// Mappings, by id.
    pub fn mappings(&self) -> impl Iterator<Item = &Mapping> {
        self.mappings.values()
    }
}
