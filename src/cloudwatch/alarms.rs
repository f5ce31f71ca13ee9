//! Metric alarms: configuration (PutMetricAlarm and its validation), the
//! describe / delete / set-state / history / actions-enabled operations, and
//! `evaluate`, run by the world at every minute boundary.
//!
//! Evaluation. An alarm with period P is evaluated when a period ends (the
//! boundary is a multiple of P), over its last EvaluationPeriods (M) periods;
//! it goes to ALARM when at least DatapointsToAlarm (N) of them breach, else to
//! OK. (AWS evaluates every minute and may look back further when data is
//! late; here data is never late, so evaluating at each period's end sees what
//! AWS would.) Missing periods follow TreatMissingData (CloudWatch User
//! Guide, "Configuring how CloudWatch alarms treat missing data"): `breaching`
//! and `notBreaching` count them as such; `missing` and `ignore` leave them
//! out. With no datapoint at all in the range, `missing` goes to
//! INSUFFICIENT_DATA and `ignore` keeps the current state. With fewer
//! datapoints than DatapointsToAlarm, all of them breaching, `missing` goes to
//! ALARM and `ignore` keeps the state (the guide's table: `- - X - -` is
//! ALARM / retain / ALARM / OK); otherwise fewer than N breaching is OK.
//!
//! A state change is journaled, written to the alarm's history (AWS's
//! HistoryData JSON) and, if ActionsEnabled, yields the actions of the new
//! state (`AlarmAction`) for the world to run. SetAlarmState changes the
//! state the same way until the next evaluation.

use super::stats::{self, Stat};
use super::{
    dimensions, dims_json, errors, limits, lower_first, num_member, push_history, str_list,
    str_member, CloudWatch, CloudWatchEvent,
};
use crate::error::AwsError;
use crate::sim::{Event, Sim};
use crate::world::{CallResult, Caller};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// An alarm's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AlarmState {
    Ok,
    Alarm,
    InsufficientData,
}

impl AlarmState {
    pub fn as_str(self) -> &'static str {
        match self {
            AlarmState::Ok => "OK",
            AlarmState::Alarm => "ALARM",
            AlarmState::InsufficientData => "INSUFFICIENT_DATA",
        }
    }
    pub fn parse(s: &str) -> Option<AlarmState> {
        [
            AlarmState::Ok,
            AlarmState::Alarm,
            AlarmState::InsufficientData,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

/// ComparisonOperator (the static-threshold ones; anomaly-detection bands are
/// refused by name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Comparison {
    GreaterThanOrEqualToThreshold,
    GreaterThanThreshold,
    LessThanThreshold,
    LessThanOrEqualToThreshold,
}

impl Comparison {
    fn parse(s: &str) -> Option<Comparison> {
        Some(match s {
            "GreaterThanOrEqualToThreshold" => Comparison::GreaterThanOrEqualToThreshold,
            "GreaterThanThreshold" => Comparison::GreaterThanThreshold,
            "LessThanThreshold" => Comparison::LessThanThreshold,
            "LessThanOrEqualToThreshold" => Comparison::LessThanOrEqualToThreshold,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Comparison::GreaterThanOrEqualToThreshold => "GreaterThanOrEqualToThreshold",
            Comparison::GreaterThanThreshold => "GreaterThanThreshold",
            Comparison::LessThanThreshold => "LessThanThreshold",
            Comparison::LessThanOrEqualToThreshold => "LessThanOrEqualToThreshold",
        }
    }
    /// Whether `v` breaches `threshold`.
    pub fn breaches(self, v: f64, threshold: f64) -> bool {
        match self {
            Comparison::GreaterThanOrEqualToThreshold => v >= threshold,
            Comparison::GreaterThanThreshold => v > threshold,
            Comparison::LessThanThreshold => v < threshold,
            Comparison::LessThanOrEqualToThreshold => v <= threshold,
        }
    }
    /// The words of AWS's state reasons ("was greater than or equal to").
    fn words(self) -> &'static str {
        match self {
            Comparison::GreaterThanOrEqualToThreshold => "greater than or equal to",
            Comparison::GreaterThanThreshold => "greater than",
            Comparison::LessThanThreshold => "less than",
            Comparison::LessThanOrEqualToThreshold => "less than or equal to",
        }
    }
}

/// TreatMissingData.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TreatMissing {
    Missing,
    Breaching,
    NotBreaching,
    Ignore,
}

impl TreatMissing {
    fn parse(s: &str) -> Option<TreatMissing> {
        Some(match s {
            "missing" => TreatMissing::Missing,
            "breaching" => TreatMissing::Breaching,
            "notBreaching" => TreatMissing::NotBreaching,
            "ignore" => TreatMissing::Ignore,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            TreatMissing::Missing => "missing",
            TreatMissing::Breaching => "breaching",
            TreatMissing::NotBreaching => "notBreaching",
            TreatMissing::Ignore => "ignore",
        }
    }
}

/// One metric alarm.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alarm {
    pub id: u32,
    pub name: String,
    pub arn: String,
    pub account_id: String,
    pub region: String,
    pub description: Option<String>,
    pub actions_enabled: bool,
    pub ok_actions: Vec<String>,
    pub alarm_actions: Vec<String>,
    pub insufficient_data_actions: Vec<String>,
    pub state: AlarmState,
    pub state_reason: String,
    pub state_reason_data: Option<String>,
    /// Virtual ms of the last state update, transition and configuration change.
    pub state_updated_ms: u64,
    pub state_transitioned_ms: u64,
    pub config_updated_ms: u64,
    pub namespace: String,
    pub metric_name: String,
    pub dimensions: Vec<(String, String)>,
    pub statistic: Stat,
    pub period_s: u64,
    pub unit: Option<String>,
    pub evaluation_periods: u32,
    /// As PutMetricAlarm set it; none when it did not (DescribeAlarms then
    /// leaves it out and EvaluationPeriods is used: `datapoints_needed`).
    pub datapoints_to_alarm: Option<u32>,
    pub threshold: f64,
    pub comparison: Comparison,
    /// As PutMetricAlarm set it; none when it did not (left out of
    /// DescribeAlarms, evaluated as `missing`: `missing_data_treatment`).
    pub treat_missing: Option<TreatMissing>,
    pub tags: BTreeMap<String, String>,
}

/// An action an alarm's state change asks for, carried out by the world.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlarmAction {
    pub alarm: u32,
    pub alarm_name: String,
    pub account_id: String,
    pub region: String,
    /// The action's ARN (an SNS topic or an Auto Scaling policy).
    pub arn: String,
    pub new_state: AlarmState,
    /// For an SNS action: the subject and JSON message CloudWatch publishes.
    pub subject: String,
    pub message: String,
    /// The newest datapoint evaluated minus the threshold (step scaling picks
    /// its step by it); none for a state set by SetAlarmState.
    pub breach: Option<f64>,
    /// An Auto Scaling action invoked again because the alarm stayed in the
    /// state (not a state change).
    pub repeat: bool,
}

/// One entry of DescribeAlarmHistory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryItem {
    pub alarm_name: String,
    pub account_id: String,
    pub region: String,
    pub at_ms: u64,
    /// ConfigurationUpdate, StateUpdate or Action.
    pub kind: String,
    pub summary: String,
    pub data: String,
}

/// A new alarm's StateReason until its first evaluation.
const INITIAL_REASON: &str = "Unchecked: Initial alarm creation";

/// A value as AWS's (Java) reasons print doubles: `5.0`, `0.25`.
fn num_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.1}")
    } else {
        format!("{v}")
    }
}

/// `dd/MM/yy HH:mm:ss`, as AWS's state reasons date datapoints.
fn reason_date(unix_ms: u64) -> String {
    let t = crate::sim::time::format_unix_ms(unix_ms); // 2026-01-01T00:00:05.250Z
    format!("{}/{}/{} {}", &t[8..10], &t[5..7], &t[2..4], &t[11..19])
}

/// `2026-01-01T00:05:00.000+0000`, as AWS's StateReasonData and history date things.
fn data_date(unix_ms: u64) -> String {
    let t = crate::sim::time::format_unix_ms(unix_ms);
    format!("{}+0000", &t[..t.len() - 1])
}

/// AWS's long Region names, as alarm notifications name the Region.
fn region_long_name(region: &str) -> String {
    match region {
        "us-east-1" => "US East (N. Virginia)",
        "us-east-2" => "US East (Ohio)",
        "us-west-1" => "US West (N. California)",
        "us-west-2" => "US West (Oregon)",
        "eu-west-1" => "EU (Ireland)",
        "eu-central-1" => "EU (Frankfurt)",
        "ap-southeast-1" => "Asia Pacific (Singapore)",
        "ap-northeast-1" => "Asia Pacific (Tokyo)",
        other => other,
    }
    .to_string()
}

/// What kind of action an ARN names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    Sns,
    AutoScaling,
}

/// Classifies an alarm action ARN; the kinds not emulated are refused by name.
pub fn action_kind(arn: &str) -> Result<ActionKind, AwsError> {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    if parts.len() < 6 || parts[0] != "arn" || !parts[1].starts_with("aws") {
        // Wording ours: AWS answers ValidationError for an action that is not an ARN.
        return Err(errors::validation(format!("Invalid arn syntax: {arn}")));
    }
    match parts[2] {
        "sns" => Ok(ActionKind::Sns),
        "autoscaling" if parts[5].starts_with("scalingPolicy:") => Ok(ActionKind::AutoScaling),
        "automate" | "swf" => Err(AwsError::not_emulated(format!("EC2 alarm actions ({arn})"))),
        "lambda" => Err(AwsError::not_emulated(format!(
            "Lambda alarm actions ({arn})"
        ))),
        "ssm" | "ssm-incidents" => Err(AwsError::not_emulated(format!(
            "Systems Manager alarm actions ({arn})"
        ))),
        _ => Err(errors::validation(format!("Invalid arn syntax: {arn}"))),
    }
}

impl Alarm {
    /// How many of the evaluation periods must breach: DatapointsToAlarm,
    /// or EvaluationPeriods when it was not set.
    pub fn datapoints_needed(&self) -> u32 {
        self.datapoints_to_alarm.unwrap_or(self.evaluation_periods)
    }

    /// How missing data is treated: TreatMissingData, or `missing` when it
    /// was not set.
    pub fn missing_data_treatment(&self) -> TreatMissing {
        self.treat_missing.unwrap_or(TreatMissing::Missing)
    }

    /// The alarm as AWS's MetricAlarm output shape. DatapointsToAlarm and
    /// TreatMissingData appear only when PutMetricAlarm set them (AWS leaves
    /// them out otherwise; LocalStack's AWS-recorded snapshot
    /// test_describe_minimal_metric_alarm shows neither).
    pub fn to_json(&self, sim: &Sim) -> Value {
        let secs = |ms: u64| (sim.epoch_unix_ms + ms) as f64 / 1000.0;
        let mut v = json!({
            "AlarmName": self.name,
            "AlarmArn": self.arn,
            "AlarmConfigurationUpdatedTimestamp": secs(self.config_updated_ms),
            "ActionsEnabled": self.actions_enabled,
            "OKActions": self.ok_actions,
            "AlarmActions": self.alarm_actions,
            "InsufficientDataActions": self.insufficient_data_actions,
            "StateValue": self.state.as_str(),
            "StateReason": self.state_reason,
            "StateUpdatedTimestamp": secs(self.state_updated_ms),
            "MetricName": self.metric_name,
            "Namespace": self.namespace,
            "Statistic": self.statistic.name(),
            "Dimensions": dims_json(&self.dimensions),
            "Period": self.period_s,
            "EvaluationPeriods": self.evaluation_periods,
        });
        if let Some(n) = self.datapoints_to_alarm {
            v["DatapointsToAlarm"] = json!(n);
        }
        v["Threshold"] = json!(self.threshold);
        v["ComparisonOperator"] = json!(self.comparison.as_str());
        if let Some(t) = self.treat_missing {
            v["TreatMissingData"] = json!(t.as_str());
        }
        v["StateTransitionedTimestamp"] = json!(secs(self.state_transitioned_ms));
        if let Some(d) = &self.description {
            v["AlarmDescription"] = json!(d);
        }
        if let Some(d) = &self.state_reason_data {
            v["StateReasonData"] = json!(d);
        }
        if let Some(u) = &self.unit {
            v["Unit"] = json!(u);
        }
        v
    }

    /// The alarm as DescribeAlarmHistory's ConfigurationUpdate items give it
    /// (`createdAlarm`, `updatedAlarm`, `deletedAlarm`): camelCase keys in
    /// AWS's order, dates as `2022-11-02T15:55:30.959+0000`, dimensions as
    /// `{"value", "name"}`, `okactions` in lower case (an AWS capture of a
    /// created alarm, 2022, and another of 2014). Where the members that
    /// capture lacks go (unit, datapointsToAlarm, treatMissingData) is our
    /// guess; like DescribeAlarms, they appear only when set.
    pub fn history_json(&self, sim: &Sim) -> Value {
        let date = |ms: u64| data_date(sim.epoch_unix_ms + ms);
        let mut v = json!({"alarmName": self.name});
        if let Some(d) = &self.description {
            v["alarmDescription"] = json!(d);
        }
        v["alarmArn"] = json!(self.arn);
        v["alarmConfigurationUpdatedTimestamp"] = json!(date(self.config_updated_ms));
        v["namespace"] = json!(self.namespace);
        v["metricName"] = json!(self.metric_name);
        v["statistic"] = json!(self.statistic.name());
        v["period"] = json!(self.period_s);
        if let Some(u) = &self.unit {
            v["unit"] = json!(u);
        }
        v["dimensions"] = json!(self
            .dimensions
            .iter()
            .map(|(n, val)| json!({"value": val, "name": n}))
            .collect::<Vec<_>>());
        v["threshold"] = json!(self.threshold);
        v["comparisonOperator"] = json!(self.comparison.as_str());
        v["evaluationPeriods"] = json!(self.evaluation_periods);
        if let Some(n) = self.datapoints_to_alarm {
            v["datapointsToAlarm"] = json!(n);
        }
        if let Some(t) = self.treat_missing {
            v["treatMissingData"] = json!(t.as_str());
        }
        v["stateValue"] = json!(self.state.as_str());
        v["stateUpdatedTimestamp"] = json!(date(self.state_updated_ms));
        v["actionsEnabled"] = json!(self.actions_enabled);
        v["alarmActions"] = json!(self.alarm_actions);
        v["insufficientDataActions"] = json!(self.insufficient_data_actions);
        v["okactions"] = json!(self.ok_actions);
        v
    }

    fn actions_for(&self, s: AlarmState) -> &[String] {
        match s {
            AlarmState::Ok => &self.ok_actions,
            AlarmState::Alarm => &self.alarm_actions,
            AlarmState::InsufficientData => &self.insufficient_data_actions,
        }
    }
}

/// The result of evaluating an alarm's range.
struct Verdict {
    state: Option<AlarmState>,
    /// The newest datapoint's value.
    latest: Option<f64>,
    reason: String,
    data: Value,
}

impl CloudWatch {
    fn find(&self, caller: &Caller, name: &str) -> Option<u32> {
        self.alarms
            .values()
            .find(|a| {
                a.name == name && a.account_id == caller.account_id && a.region == caller.region
            })
            .map(|a| a.id)
    }

    fn history(&mut self, sim: &Sim, a: &Alarm, kind: &str, summary: String, data: Value) {
        push_history(
            &mut self.history,
            HistoryItem {
                alarm_name: a.name.clone(),
                account_id: a.account_id.clone(),
                region: a.region.clone(),
                at_ms: sim.now.as_ms(),
                kind: kind.into(),
                summary,
                data: data.to_string(),
            },
        );
    }

    pub(super) fn put_metric_alarm(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let null = |member: &str| errors::constraint("null", member, "Member must not be null");
        let name = str_member(input, "AlarmName")?.ok_or_else(|| null("alarmName"))?;
        if name.is_empty() || name.len() > 255 {
            return Err(errors::constraint(
                name,
                "alarmName",
                "Member must have length between 1 and 255",
            ));
        }
        let description = str_member(input, "AlarmDescription")?;
        if description.is_some_and(|d| d.len() > 1024) {
            return Err(errors::constraint(
                "...",
                "alarmDescription",
                "Member must have length less than or equal to 1024",
            ));
        }
        for refused in [
            "Metrics",
            "ThresholdMetricId",
            "EvaluationCriteria",
            "EvaluationInterval",
        ] {
            if input.get(refused).is_some_and(|v| !v.is_null()) {
                return Err(AwsError::not_emulated(format!(
                    "alarms on metric math, anomaly detection or PromQL ({refused})"
                )));
            }
        }
        if input.get("ExtendedStatistic").is_some_and(|v| !v.is_null()) {
            return Err(AwsError::not_emulated(
                "ExtendedStatistic (percentile alarms)",
            ));
        }
        let mut lists = vec![];
        for member in ["OKActions", "AlarmActions", "InsufficientDataActions"] {
            let l = str_list(input, member)?;
            if l.len() > limits::MAX_ACTIONS_PER_STATE {
                return Err(errors::constraint(
                    &format!("[{}]", l.join(", ")),
                    &lower_first(member),
                    "Member must have length less than or equal to 5",
                ));
            }
            for arn in &l {
                action_kind(arn)?;
            }
            lists.push(l);
        }
        let evaluation_periods =
            num_member(input, "EvaluationPeriods")?.ok_or_else(|| null("evaluationPeriods"))?;
        if evaluation_periods < 1.0 {
            return Err(errors::constraint(
                &evaluation_periods.to_string(),
                "evaluationPeriods",
                "Member must have value greater than or equal to 1",
            ));
        }
        let evaluation_periods = evaluation_periods as u32;
        let namespace = str_member(input, "Namespace")?;
        let metric_name = str_member(input, "MetricName")?;
        let (Some(namespace), Some(metric_name)) = (namespace, metric_name) else {
            // Wording ours.
            return Err(errors::validation(
                "Namespace and MetricName must be specified for an alarm on a single metric.",
            ));
        };
        if namespace.is_empty() || namespace.len() > 255 || namespace.starts_with(':') {
            return Err(errors::constraint(
                namespace,
                "namespace",
                "Member must satisfy regular expression pattern: [^:].*",
            ));
        }
        if metric_name.is_empty() || metric_name.len() > 255 {
            return Err(errors::constraint(
                metric_name,
                "metricName",
                "Member must have length between 1 and 255",
            ));
        }
        let statistic = match str_member(input, "Statistic")? {
            // Wording ours.
            None => return Err(errors::validation("Either Statistic or ExtendedStatistic must be specified.")),
            Some(s) => Stat::parse(s).ok_or_else(|| {
                errors::constraint(s, "statistic", "Member must satisfy enum value set: [Maximum, SampleCount, Sum, Minimum, Average]")
            })?,
        };
        let period = num_member(input, "Period")?
            .ok_or_else(|| errors::validation("Period must not be null"))?;
        let period = period as i64;
        if period < 1 {
            return Err(errors::constraint(
                &period.to_string(),
                "period",
                "Member must have value greater than or equal to 1",
            ));
        }
        if matches!(period, 10 | 20 | 30) {
            return Err(AwsError::not_emulated(format!(
                "high-resolution alarms (Period {period})"
            )));
        }
        if !stats::is_minute_multiple(period) {
            // Wording ours, after the API reference: "Valid values are 10, 20, 30, and any multiple of 60."
            return Err(errors::validation(format!(
                "The parameter Period must be 10, 20, 30 or a multiple of 60 (got {period})."
            )));
        }
        let period_s = period as u64;
        let range_s = period_s * u64::from(evaluation_periods);
        if period_s < limits::LONG_PERIOD_S && range_s > limits::MAX_EVALUATION_RANGE_S {
            // Wording as AWS answered when a day was the only limit (whether
            // it now ends with a period clause, as the week's message does,
            // is not in a capture).
            return Err(errors::validation("Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400)."));
        }
        if range_s > limits::MAX_LONG_EVALUATION_RANGE_S {
            // AWS's words, quoted from failed deployments.
            return Err(errors::validation("Metrics cannot be checked across more than a week (EvaluationPeriods * Period must be <= 604800) for alarms using period >= 3600"));
        }
        let datapoints_to_alarm = match num_member(input, "DatapointsToAlarm")? {
            None => None,
            Some(n) if n < 1.0 => {
                return Err(errors::constraint(
                    &n.to_string(),
                    "datapointsToAlarm",
                    "Member must have value greater than or equal to 1",
                ))
            }
            Some(n) => Some(n as u32),
        };
        if datapoints_to_alarm.is_some_and(|n| n > evaluation_periods) {
            // Wording ours.
            return Err(errors::validation(
                "DatapointsToAlarm must be less than or equal to EvaluationPeriods.",
            ));
        }
        let threshold = num_member(input, "Threshold")?.ok_or_else(|| {
            errors::validation("Threshold must not be null for an alarm on a static threshold.")
        })?;
        let comparison = match str_member(input, "ComparisonOperator")? {
            None => return Err(null("comparisonOperator")),
            Some(s @ ("LessThanLowerOrGreaterThanUpperThreshold" | "LessThanLowerThreshold" | "GreaterThanUpperThreshold")) => {
                return Err(AwsError::not_emulated(format!("anomaly detection alarms ({s})")))
            }
            Some(s) => Comparison::parse(s).ok_or_else(|| {
                errors::constraint(s, "comparisonOperator", "Member must satisfy enum value set: [GreaterThanOrEqualToThreshold, GreaterThanThreshold, LessThanThreshold, LessThanOrEqualToThreshold, LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold, GreaterThanUpperThreshold]")
            })?,
        };
        let treat_missing_data = match str_member(input, "TreatMissingData")? {
            None => None,
            // Wording ours.
            Some(s) => Some(TreatMissing::parse(s).ok_or_else(|| {
                errors::validation(format!("Invalid value for TreatMissingData: {s}. Valid values are breaching, notBreaching, ignore and missing."))
            })?),
        };
        let dims = dimensions(input, "Dimensions")?;
        let unit = str_member(input, "Unit")?.map(str::to_string);
        if let Some(u) = &unit {
            super::metrics_ops::check_unit(u, "unit")?;
        }
        let actions_enabled = input
            .get("ActionsEnabled")
            .and_then(Value::as_bool)
            .unwrap_or(true);
        let tags: Vec<(String, String)> = input
            .get("Tags")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|t| {
                Some((
                    t["Key"].as_str()?.to_string(),
                    t["Value"].as_str()?.to_string(),
                ))
            })
            .collect();
        let now = sim.now.as_ms();
        let [ok_actions, alarm_actions, insufficient_data_actions]: [Vec<String>; 3] =
            lists.try_into().expect("three lists");
        let existing = self.find(caller, name);
        if existing.is_none()
            && self
                .alarms
                .values()
                .filter(|a| a.account_id == caller.account_id && a.region == caller.region)
                .count()
                >= limits::MAX_ALARMS
        {
            return Err(errors::limit_exceeded(
                "The maximum number of alarms for this account has been reached.",
            ));
        }
        let id = existing.unwrap_or_else(|| {
            let id = self.next_alarm;
            self.next_alarm += 1;
            id
        });
        let (state, state_reason, state_reason_data, updated, transitioned, mut old_tags) =
            match self.alarms.get(&id) {
                // "When you update an existing alarm, its state is left unchanged,
                // but the update completely overwrites the previous configuration."
                Some(a) => (
                    a.state,
                    a.state_reason.clone(),
                    a.state_reason_data.clone(),
                    a.state_updated_ms,
                    a.state_transitioned_ms,
                    a.tags.clone(),
                ),
                None => (
                    AlarmState::InsufficientData,
                    INITIAL_REASON.to_string(),
                    None,
                    now,
                    now,
                    BTreeMap::new(),
                ),
            };
        // Tags given with an update are ignored by AWS ("If you are using this
        // operation to update an existing alarm, any tags you specify in this
        // parameter are ignored"); TagResource changes them.
        if existing.is_none() {
            old_tags = tags.into_iter().collect();
        }
        let alarm = Alarm {
            id,
            name: name.to_string(),
            arn: format!(
                "arn:aws:cloudwatch:{}:{}:alarm:{}",
                caller.region, caller.account_id, name
            ),
            account_id: caller.account_id.clone(),
            region: caller.region.clone(),
            description: description.map(str::to_string),
            actions_enabled,
            ok_actions,
            alarm_actions,
            insufficient_data_actions,
            state,
            state_reason,
            state_reason_data,
            state_updated_ms: updated,
            state_transitioned_ms: transitioned,
            config_updated_ms: now,
            namespace: namespace.to_string(),
            metric_name: metric_name.to_string(),
            dimensions: dims,
            statistic,
            period_s,
            unit,
            evaluation_periods,
            datapoints_to_alarm,
            threshold,
            comparison,
            treat_missing: treat_missing_data,
            tags: old_tags,
        };
        let summary = if existing.is_some() {
            format!("Alarm \"{name}\" updated")
        } else {
            format!("Alarm \"{name}\" created")
        };
        // "createdAlarm" for a new alarm (AWS captures, 2014 and 2022);
        // "updatedAlarm" for a replaced configuration (not in an AWS capture:
        // the name follows the created alarm's and Eucalyptus's
        // CloudWatch-compatible history).
        let data = if existing.is_some() {
            json!({"version": "1.0", "type": "Update", "updatedAlarm": alarm.history_json(sim)})
        } else {
            json!({"version": "1.0", "type": "Create", "createdAlarm": alarm.history_json(sim)})
        };
        self.history(sim, &alarm, "ConfigurationUpdate", summary, data);
        self.alarms.insert(id, alarm);
        sim.record(Event::CloudWatch(CloudWatchEvent::AlarmPut { alarm: id }));
        Ok(json!({}))
    }

    fn records_and_token(input: &Value, default: usize) -> Result<(usize, usize), AwsError> {
        let max = match num_member(input, "MaxRecords")? {
            None => default,
            Some(n) if (1.0..=limits::MAX_RECORDS as f64).contains(&n) => n as usize,
            Some(n) => {
                return Err(errors::constraint(
                    &n.to_string(),
                    "maxRecords",
                    "Member must have value between 1 and 100",
                ))
            }
        };
        let skip = match str_member(input, "NextToken")? {
            None => 0,
            Some(t) => t
                .strip_prefix("swy-al-")
                .and_then(|n| n.parse().ok())
                .ok_or_else(errors::invalid_next_token)?,
        };
        Ok((max, skip))
    }

    pub(super) fn describe_alarms(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let names = str_list(input, "AlarmNames")?;
        if names.len() > limits::MAX_ALARM_NAMES {
            return Err(errors::constraint(
                "[...]",
                "alarmNames",
                "Member must have length less than or equal to 100",
            ));
        }
        let prefix = str_member(input, "AlarmNamePrefix")?;
        if !names.is_empty() && prefix.is_some() {
            return Err(errors::invalid_combination(
                "AlarmNames and AlarmNamePrefix cannot be specified together.",
            ));
        }
        if input
            .get("ChildrenOfAlarmName")
            .is_some_and(|v| !v.is_null())
            || input
                .get("ParentsOfAlarmName")
                .is_some_and(|v| !v.is_null())
        {
            return Err(AwsError::not_emulated(
                "composite alarms (ChildrenOfAlarmName / ParentsOfAlarmName)",
            ));
        }
        let types = str_list(input, "AlarmTypes")?;
        // "If you omit this parameter, only metric alarms are returned."
        let want_metric = types.is_empty() || types.iter().any(|t| t == "MetricAlarm");
        let state = match str_member(input, "StateValue")? {
            None => None,
            Some(s) => Some(AlarmState::parse(s).ok_or_else(|| {
                errors::constraint(
                    s,
                    "stateValue",
                    "Member must satisfy enum value set: [INSUFFICIENT_DATA, ALARM, OK]",
                )
            })?),
        };
        let action_prefix = str_member(input, "ActionPrefix")?;
        let (max, skip) = Self::records_and_token(input, limits::DESCRIBE_ALARMS_DEFAULT)?;
        let mut found: Vec<&Alarm> = self
            .alarms
            .values()
            .filter(|a| {
                want_metric
                    && a.account_id == caller.account_id
                    && a.region == caller.region
                    && (names.is_empty() || names.contains(&a.name))
                    && prefix.is_none_or(|p| a.name.starts_with(p))
                    && state.is_none_or(|s| a.state == s)
                    && action_prefix.is_none_or(|p| {
                        a.ok_actions
                            .iter()
                            .chain(&a.alarm_actions)
                            .chain(&a.insufficient_data_actions)
                            .any(|x| x.starts_with(p))
                    })
            })
            .collect();
        found.sort_by(|a, b| a.name.cmp(&b.name));
        let total = found.len();
        let page: Vec<Value> = found
            .into_iter()
            .skip(skip)
            .take(max)
            .map(|a| a.to_json(sim))
            .collect();
        let mut out = json!({"MetricAlarms": page, "CompositeAlarms": []});
        if skip + max < total {
            out["NextToken"] = json!(format!("swy-al-{}", skip + max));
        }
        Ok(out)
    }

    pub(super) fn describe_alarms_for_metric(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let namespace = str_member(input, "Namespace")?
            .ok_or_else(|| errors::constraint("null", "namespace", "Member must not be null"))?;
        let name = str_member(input, "MetricName")?
            .ok_or_else(|| errors::constraint("null", "metricName", "Member must not be null"))?;
        let statistic = str_member(input, "Statistic")?;
        if input.get("ExtendedStatistic").is_some_and(|v| !v.is_null()) {
            return Ok(json!({"MetricAlarms": []}));
        }
        let dims = dimensions(input, "Dimensions")?;
        let period = num_member(input, "Period")?;
        let unit = str_member(input, "Unit")?;
        let dims_given = input.get("Dimensions").is_some_and(|v| !v.is_null());
        let mut found: Vec<&Alarm> = self
            .alarms
            .values()
            .filter(|a| {
                a.account_id == caller.account_id
                    && a.region == caller.region
                    && a.namespace == namespace
                    && a.metric_name == name
                    && statistic.is_none_or(|s| a.statistic.name() == s)
                    && (!dims_given || a.dimensions == dims)
                    && period.is_none_or(|p| a.period_s as f64 == p)
                    && unit.is_none_or(|u| a.unit.as_deref() == Some(u))
            })
            .collect();
        found.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(json!({"MetricAlarms": found.into_iter().map(|a| a.to_json(sim)).collect::<Vec<_>>()}))
    }

    pub(super) fn delete_alarms(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let names = str_list(input, "AlarmNames")?;
        if names.len() > limits::MAX_ALARM_NAMES {
            return Err(errors::constraint(
                "[...]",
                "alarmNames",
                "Member must have length less than or equal to 100",
            ));
        }
        let missing: Vec<&String> = names
            .iter()
            .filter(|n| self.find(caller, n).is_none())
            .collect();
        // "If you specify an incorrect alarm name or make any other error in
        // the operation, no alarms are deleted." (Message wording as AWS is
        // seen to answer; not in the API reference.)
        if !missing.is_empty() {
            return Err(errors::resource_not_found(format!(
                "{}/{} alarms not found: [{}]",
                missing.len(),
                names.len(),
                missing
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        for n in &names {
            if let Some(id) = self.find(caller, n) {
                let a = self.alarms.remove(&id).expect("found");
                self.deleted_names.insert(id, a.name.clone());
                sim.record(Event::CloudWatch(CloudWatchEvent::AlarmDeleted {
                    alarm: id,
                }));
                self.history(
                    sim,
                    &a,
                    "ConfigurationUpdate",
                    format!("Alarm \"{}\" deleted", a.name),
                    // (Its name as for "createdAlarm"; not in an AWS capture.)
                    json!({"version": "1.0", "type": "Delete", "deletedAlarm": a.history_json(sim)}),
                );
            }
        }
        Ok(json!({}))
    }

    pub(super) fn set_alarm_state(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let name = str_member(input, "AlarmName")?
            .ok_or_else(|| errors::constraint("null", "alarmName", "Member must not be null"))?;
        let state_s = str_member(input, "StateValue")?
            .ok_or_else(|| errors::constraint("null", "stateValue", "Member must not be null"))?;
        let state = AlarmState::parse(state_s).ok_or_else(|| {
            errors::constraint(
                state_s,
                "stateValue",
                "Member must satisfy enum value set: [INSUFFICIENT_DATA, ALARM, OK]",
            )
        })?;
        let reason = str_member(input, "StateReason")?
            .ok_or_else(|| errors::constraint("null", "stateReason", "Member must not be null"))?;
        if reason.len() > 1023 {
            return Err(errors::constraint(
                "...",
                "stateReason",
                "Member must have length less than or equal to 1023",
            ));
        }
        let data = str_member(input, "StateReasonData")?;
        if let Some(d) = data {
            if d.len() > 4000 {
                return Err(errors::constraint(
                    "...",
                    "stateReasonData",
                    "Member must have length less than or equal to 4000",
                ));
            }
            if serde_json::from_str::<Value>(d).is_err() {
                return Err(errors::invalid_format(
                    "Data was not syntactically valid JSON",
                ));
            }
        }
        let Some(id) = self.find(caller, name) else {
            return Err(errors::resource_not_found(format!(
                "Alarm {name} not found"
            )));
        };
        self.change_state(
            sim,
            id,
            state,
            reason.to_string(),
            data.map(str::to_string),
            None,
            None,
            true,
        );
        Ok(json!({}))
    }

    /// Moves alarm `id` to `state`, with history, journal and actions. When
    /// it is already there no transition is recorded and no action runs
    /// (SetAlarmState: "When the updated state differs from the previous
    /// value, the action configured for the appropriate state is invoked"),
    /// and StateUpdatedTimestamp stays ("the last update to the value of
    /// either the StateValue or EvaluationState parameters"). What changes
    /// then: SetAlarmState's reason replaces the old one (our choice: AWS's
    /// behaviour there is not in a capture, and the caller asked for that
    /// reason); an evaluation replaces only the creation's "Unchecked:
    /// Initial alarm creation" (the User Guide's Lambda alarm action example
    /// shows a new alarm's INSUFFICIENT_DATA with "Insufficient Data: 1
    /// datapoint was unknown." and its reason data before its first
    /// transition), and otherwise keeps the reason of the transition; an Auto
    /// Scaling action is invoked again.
    #[allow(clippy::too_many_arguments)]
    fn change_state(
        &mut self,
        sim: &mut Sim,
        id: u32,
        state: AlarmState,
        reason: String,
        data: Option<String>,
        reason_data_json: Option<Value>,
        latest: Option<f64>,
        set: bool,
    ) {
        let now = sim.now.as_ms();
        let a = self.alarms.get_mut(&id).expect("alarm");
        let old = a.state;
        let breach = latest.map(|v| v - a.threshold);
        if old == state {
            let unchecked = a.state_reason == INITIAL_REASON && a.state_reason_data.is_none();
            if set || unchecked {
                a.state_reason = reason;
                a.state_reason_data = data;
            }
            if set {
                return;
            }
            // "For Auto Scaling actions, the alarm continues to invoke the
            // action once per minute that the alarm remains in the new state."
            if a.actions_enabled {
                let a = a.clone();
                for arn in a.actions_for(state) {
                    if action_kind(arn).ok() == Some(ActionKind::AutoScaling) {
                        self.outbox.push(AlarmAction {
                            alarm: id,
                            alarm_name: a.name.clone(),
                            account_id: a.account_id.clone(),
                            region: a.region.clone(),
                            arn: arn.clone(),
                            new_state: state,
                            subject: String::new(),
                            message: String::new(),
                            breach,
                            repeat: true,
                        });
                    }
                }
            }
            return;
        }
        let old_reason = std::mem::replace(&mut a.state_reason, reason.clone());
        a.state = state;
        a.state_reason_data = data.clone();
        a.state_updated_ms = now;
        a.state_transitioned_ms = now;
        let a = a.clone();
        sim.record(Event::CloudWatch(CloudWatchEvent::AlarmStateChanged {
            alarm: id,
            from: old,
            to: state,
            set,
        }));
        let mut new_state = json!({"stateValue": state.as_str(), "stateReason": reason});
        if let Some(d) = reason_data_json {
            new_state["stateReasonData"] = d;
        }
        self.history(
            sim,
            &a,
            "StateUpdate",
            format!("Alarm updated from {} to {}", old.as_str(), state.as_str()),
            json!({
                "version": "1.0",
                "oldState": {"stateValue": old.as_str(), "stateReason": old_reason},
                "newState": new_state,
            }),
        );
        if !a.actions_enabled {
            return;
        }
        let region_name = region_long_name(&a.region);
        let subject = format!("{}: \"{}\" in {}", state.as_str(), a.name, region_name);
        let mut message = json!({
            "AlarmName": a.name,
            "AlarmDescription": a.description,
            "AWSAccountId": a.account_id,
            "AlarmConfigurationUpdatedTimestamp": data_date(sim.epoch_unix_ms + a.config_updated_ms),
            "NewStateValue": state.as_str(),
            "NewStateReason": a.state_reason,
            "StateChangeTime": data_date(sim.unix_ms()),
            "Region": region_name,
            "AlarmArn": a.arn,
            "OldStateValue": old.as_str(),
            "OKActions": a.ok_actions,
            "AlarmActions": a.alarm_actions,
            "InsufficientDataActions": a.insufficient_data_actions,
            "Trigger": {
                "MetricName": a.metric_name,
                "Namespace": a.namespace,
                "StatisticType": "Statistic",
                "Statistic": a.statistic.name().to_uppercase(),
                "Unit": a.unit,
                "Dimensions": a.dimensions.iter().map(|(n, v)| json!({"value": v, "name": n})).collect::<Vec<_>>(),
                "Period": a.period_s,
                "EvaluationPeriods": a.evaluation_periods,
            },
        });
        // DatapointsToAlarm only when PutMetricAlarm set it (LocalStack's
        // AWS-recorded test_put_metric_alarm has none, not set);
        // TreatMissingData as set, or "" when it was not (AWS notifications
        // of 2019 and 2022 show "" for alarms that did not set it).
        let trigger = &mut message["Trigger"];
        if let Some(n) = a.datapoints_to_alarm {
            trigger["DatapointsToAlarm"] = json!(n);
        }
        trigger["ComparisonOperator"] = json!(a.comparison.as_str());
        trigger["Threshold"] = json!(a.threshold);
        trigger["TreatMissingData"] = json!(a.treat_missing.map_or("", TreatMissing::as_str));
        trigger["EvaluateLowSampleCountPercentile"] = json!("");
        let message = message.to_string();
        for arn in a.actions_for(state) {
            self.outbox.push(AlarmAction {
                alarm: id,
                alarm_name: a.name.clone(),
                account_id: a.account_id.clone(),
                region: a.region.clone(),
                arn: arn.clone(),
                new_state: state,
                subject: subject.clone(),
                message: message.clone(),
                breach,
                repeat: false,
            });
        }
    }

    /// The world reports how an action went; it lands in the alarm's history.
    pub fn action_result(
        &mut self,
        sim: &mut Sim,
        action: &AlarmAction,
        result: Result<String, String>,
    ) {
        let Some(a) = self.alarms.get(&action.alarm).cloned() else {
            return;
        };
        // A repeated Auto Scaling invocation that changed nothing (the group
        // at its bounds or in cooldown) leaves no trace.
        if action.repeat && result.as_ref().is_ok_and(String::is_empty) {
            return;
        }
        let ok = result.is_ok();
        let (summary, data) = match result {
            Ok(detail) => (
                format!("Successfully executed action {}", action.arn),
                json!({"actionState": "Succeeded", "stateUpdateTimestamp": sim.unix_ms(), "notificationResource": action.arn, "publishedMessage": detail}),
            ),
            Err(error) => (
                format!("Failed to execute action {}", action.arn),
                json!({"actionState": "Failed", "stateUpdateTimestamp": sim.unix_ms(), "error": error}),
            ),
        };
        self.history(sim, &a, "Action", summary, data);
        sim.record(Event::CloudWatch(CloudWatchEvent::ActionRan {
            alarm: action.alarm,
            ok,
        }));
    }

    pub(super) fn describe_alarm_history(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let name = str_member(input, "AlarmName")?;
        let kind = str_member(input, "HistoryItemType")?;
        if let Some(k) = kind {
            if ![
                "ConfigurationUpdate",
                "StateUpdate",
                "Action",
                "AlarmContributorStateUpdate",
                "AlarmContributorAction",
            ]
            .contains(&k)
            {
                return Err(errors::constraint(k, "historyItemType", "Member must satisfy enum value set: [ConfigurationUpdate, StateUpdate, Action, AlarmContributorStateUpdate, AlarmContributorAction]"));
            }
        }
        let bound = |member: &str| -> Result<Option<u64>, AwsError> {
            match input.get(member).filter(|v| !v.is_null()) {
                None => Ok(None),
                Some(v) => stats::unix_ms(v).map(Some).ok_or_else(|| {
                    errors::invalid_parameter_value(format!(
                        "The parameter {member} must be a valid timestamp."
                    ))
                }),
            }
        };
        let (from, to) = (bound("StartDate")?, bound("EndDate")?);
        let ascending =
            match str_member(input, "ScanBy")? {
                None | Some("TimestampDescending") => false,
                Some("TimestampAscending") => true,
                Some(other) => return Err(errors::constraint(
                    other,
                    "scanBy",
                    "Member must satisfy enum value set: [TimestampDescending, TimestampAscending]",
                )),
            };
        let (max, skip) = Self::records_and_token(input, limits::HISTORY_DEFAULT)?;
        let epoch = sim.epoch_unix_ms;
        let mut items: Vec<&HistoryItem> = self
            .history
            .iter()
            .filter(|h| {
                h.account_id == caller.account_id
                    && h.region == caller.region
                    && name.is_none_or(|n| h.alarm_name == n)
                    && kind.is_none_or(|k| h.kind == k)
                    && from.is_none_or(|f| epoch + h.at_ms >= f)
                    && to.is_none_or(|t| epoch + h.at_ms <= t)
            })
            .collect();
        if !ascending {
            items.reverse();
        }
        let total = items.len();
        let page: Vec<Value> = items
            .into_iter()
            .skip(skip)
            .take(max)
            .map(|h| {
                json!({
                    "AlarmName": h.alarm_name,
                    "AlarmType": "MetricAlarm",
                    "Timestamp": (epoch + h.at_ms) as f64 / 1000.0,
                    "HistoryItemType": h.kind,
                    "HistorySummary": h.summary,
                    "HistoryData": h.data,
                })
            })
            .collect();
        let mut out = json!({"AlarmHistoryItems": page});
        if skip + max < total {
            out["NextToken"] = json!(format!("swy-al-{}", skip + max));
        }
        Ok(out)
    }

    pub(super) fn set_actions_enabled(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
        on: bool,
    ) -> CallResult {
        let names = str_list(input, "AlarmNames")?;
        if names.len() > limits::MAX_ALARM_NAMES {
            return Err(errors::constraint(
                "[...]",
                "alarmNames",
                "Member must have length less than or equal to 100",
            ));
        }
        // Names that match no alarm are passed over, as AWS does.
        for n in &names {
            if let Some(id) = self.find(caller, n) {
                let a = self.alarms.get_mut(&id).expect("found");
                if a.actions_enabled != on {
                    a.actions_enabled = on;
                    a.config_updated_ms = sim.now.as_ms();
                    let a = a.clone();
                    self.history(
                        sim,
                        &a,
                        "ConfigurationUpdate",
                        format!("Alarm \"{}\" updated", a.name),
                        json!({"version": "1.0", "type": "Update", "actionsEnabled": on}),
                    );
                }
            }
        }
        Ok(json!({}))
    }

    /// Evaluates every alarm whose period ends at `sim.now` (a minute
    /// boundary) and returns the actions their state changes ask for.
    pub fn evaluate(&mut self, sim: &mut Sim) -> Vec<AlarmAction> {
        let now = sim.now.as_ms();
        let due: Vec<u32> = self
            .alarms
            .values()
            .filter(|a| now.is_multiple_of(a.period_s * 1000))
            .map(|a| a.id)
            .collect();
        for id in due {
            let v = self.verdict(sim, id);
            if let Some(state) = v.state {
                let data = v.data.to_string();
                self.change_state(
                    sim,
                    id,
                    state,
                    v.reason,
                    Some(data),
                    Some(v.data),
                    v.latest,
                    false,
                );
            }
        }
        self.drain_actions()
    }

    /// What the alarm's last EvaluationPeriods periods say.
    fn verdict(&mut self, sim: &mut Sim, id: u32) -> Verdict {
        let a = &self.alarms[&id];
        let now = sim.now.as_ms();
        let period_ms = a.period_s * 1000;
        let m = u64::from(a.evaluation_periods);
        let start = now.saturating_sub(m * period_ms);
        let key = stats::key_of(
            &a.account_id,
            &a.region,
            &a.namespace,
            &a.metric_name,
            &a.dimensions,
        );
        let series = sim.metrics.find(&key).filter(|sid| {
            a.unit
                .as_ref()
                .is_none_or(|u| &stats::unit_of(&key, self.units.get(&sid.0)) == u)
        });
        let points = series.map_or_else(Vec::new, |sid| {
            stats::periods(&sim.metrics, sid, start, now, period_ms)
        });
        // Newest first, as AWS's reasons list them.
        let values: Vec<(u64, f64, u64)> = points
            .iter()
            .rev()
            .map(|(t, agg)| (*t, a.statistic.of(agg), agg.count))
            .collect();
        let present = values.len() as u64;
        let missing = m - present.min(m);
        let breaching_present = values
            .iter()
            .filter(|(_, v, _)| a.comparison.breaches(*v, a.threshold))
            .count() as u64;
        let treat = a.missing_data_treatment();
        let (breaching, counted) = match treat {
            TreatMissing::Breaching => (breaching_present + missing, m),
            TreatMissing::NotBreaching => (breaching_present, m),
            TreatMissing::Missing | TreatMissing::Ignore => (breaching_present, present),
        };
        let n = u64::from(a.datapoints_needed());
        let epoch = sim.epoch_unix_ms;
        // StateReasonData as AWS writes it (LocalStack's AWS-recorded
        // test_put_metric_alarm and test_breaching_alarm_actions; the User
        // Guide's Lambda alarm action example): `startDate` only when some
        // datapoint was found, `unit` when the alarm has one, and with no
        // datapoint at all one `{"timestamp"}` per period looked at, newest
        // first.
        let mut data = json!({
            "version": "1.0",
            "queryDate": data_date(sim.unix_ms()),
        });
        if present > 0 {
            data["startDate"] = json!(data_date(epoch + start));
        }
        if let Some(u) = &a.unit {
            data["unit"] = json!(u);
        }
        data["statistic"] = json!(a.statistic.name());
        data["period"] = json!(a.period_s);
        data["recentDatapoints"] =
            json!(values.iter().rev().map(|(_, v, _)| *v).collect::<Vec<_>>());
        data["threshold"] = json!(a.threshold);
        data["evaluatedDatapoints"] = if present > 0 {
            json!(values
                .iter()
                .map(|(t, v, c)| json!({
                    "timestamp": data_date(epoch + t),
                    "sampleCount": *c as f64,
                    "value": *v,
                }))
                .collect::<Vec<_>>())
        } else {
            json!((1..=m)
                .map(
                    |i| json!({"timestamp": data_date((epoch + now).saturating_sub(i * period_ms))})
                )
                .collect::<Vec<_>>())
        };
        if counted == 0 {
            let state = match treat {
                TreatMissing::Ignore => None,
                _ => Some(AlarmState::InsufficientData),
            };
            let reason = if m == 1 {
                "Insufficient Data: 1 datapoint was unknown.".to_string()
            } else {
                format!("Insufficient Data: {m} datapoints were unknown.")
            };
            return Verdict {
                state,
                latest: None,
                reason,
                data,
            };
        }
        let all_present_breach = counted < n && breaching == counted;
        if all_present_breach && treat == TreatMissing::Ignore {
            return Verdict {
                state: None,
                latest: None,
                reason: String::new(),
                data,
            };
        }
        let state = if breaching >= n || all_present_breach {
            AlarmState::Alarm
        } else {
            AlarmState::Ok
        };
        let reason = state_reason(a, state, &values, missing_treated(treat, missing), epoch);
        let latest = values.first().map(|(_, v, _)| *v);
        Verdict {
            state: Some(state),
            latest,
            reason,
            data,
        }
    }
}

/// How many missing datapoints were counted, and as what (`Breaching` or
/// `NonBreaching`, AWS's words): only under `breaching` and `notBreaching`.
fn missing_treated(treat: TreatMissing, missing: u64) -> Option<(u64, &'static str)> {
    match treat {
        _ if missing == 0 => None,
        TreatMissing::Breaching => Some((missing, "Breaching")),
        TreatMissing::NotBreaching => Some((missing, "NonBreaching")),
        TreatMissing::Missing | TreatMissing::Ignore => None,
    }
}

/// How many datapoints a reason lists before AWS shortens it to "The most
/// recent datapoints which crossed the threshold: [...]" with this many:
/// captures show 3 listed in full (4 in a template written from a real
/// reason), and 5, 24 and 30 shortened to 5.
const REASON_LISTED: usize = 5;

/// AWS's "Threshold Crossed: ..." reason for going to (or being evaluated
/// in) `state` ALARM or OK, from `values` (newest first: start, value,
/// samples). It names only the datapoints that crossed to that side
/// (breaching for ALARM, not breaching for OK), newest first. The forms, all
/// from real alarm notifications and DescribeAlarms output:
///
/// - DatapointsToAlarm unset: `1 datapoint [21.5 (26/10/23 16:42:00)] was
///   greater than the threshold (2.0).`, `2 datapoints [...] were not greater
///   than the threshold (42.0).`, and from five on `24 datapoints were
///   greater than the threshold (0.0). The most recent datapoints which
///   crossed the threshold: [five of them].`
/// - DatapointsToAlarm set (even to EvaluationPeriods): `1 out of the last 1
///   datapoints [...] was greater than the threshold (5.0) (minimum 1
///   datapoint for OK -> ALARM transition).`, `3 out of the last 5 datapoints
///   [...] were not greater than the threshold (0.0) (minimum 3 datapoints
///   for ALARM -> OK transition).` (the minimum for ALARM -> OK is M - N + 1:
///   `1 out of the last 50 datapoints [...] ... (minimum 1 datapoint for ALARM
///   -> OK transition)`), shortened as `30 out of the last 30 datapoints were
///   greater than the threshold (20.0). The most recent datapoints which
///   crossed the threshold: [...] (minimum 30 datapoints for OK -> ALARM
///   transition).`
/// - Missing datapoints counted by TreatMissingData: `... was greater than or
///   equal to the threshold (1.0) and 19 missing datapoints were treated as
///   [NonBreaching] (minimum 1 datapoint for OK -> ALARM transition).`, `1
///   datapoint [...] was not less than the threshold (1.0) and 1 missing
///   datapoint was treated as [Breaching].`; with no datapoint at all (LocalStack's
///   AWS-recorded test_breaching_alarm_actions): `no datapoints were received
///   for 2 periods and 2 missing datapoints were treated as [Breaching].`
fn state_reason(
    a: &Alarm,
    state: AlarmState,
    values: &[(u64, f64, u64)],
    missing: Option<(u64, &str)>,
    epoch: u64,
) -> String {
    let to_alarm = state == AlarmState::Alarm;
    let crossed: Vec<String> = values
        .iter()
        .filter(|(_, v, _)| a.comparison.breaches(*v, a.threshold) == to_alarm)
        .map(|(t, v, _)| format!("{} ({})", num_text(*v), reason_date(epoch + t)))
        .collect();
    let k = crossed.len();
    let missing_clause = |(count, treated): (u64, &str)| {
        if count == 1 {
            format!("1 missing datapoint was treated as [{treated}]")
        } else {
            format!("{count} missing datapoints were treated as [{treated}]")
        }
    };
    if k == 0 {
        // Only missing datapoints crossed: AWS's no-data form, which it
        // writes when nothing was received (the case of some datapoints, none
        // of them on this side, is not in any capture seen; wording ours).
        let (count, _) = missing.unwrap_or((0, ""));
        let periods = if count == 1 {
            "1 period".to_string()
        } else {
            format!("{count} periods")
        };
        return match missing {
            Some(x) => format!(
                "Threshold Crossed: no datapoints were received for {periods} and {}.",
                missing_clause(x)
            ),
            // Not reached: ALARM needs a breaching datapoint and OK one that
            // is not when no missing datapoint is counted.
            None => "Threshold Crossed: no datapoints were received.".to_string(),
        };
    }
    let not = if to_alarm { "" } else { "not " };
    let was = if k == 1 { "was" } else { "were" };
    let comparison = format!(
        "{not}{} the threshold ({})",
        a.comparison.words(),
        num_text(a.threshold)
    );
    let and_missing = missing
        .map(|x| format!(" and {}", missing_clause(x)))
        .unwrap_or_default();
    let m = a.evaluation_periods;
    let head = match a.datapoints_to_alarm {
        None if k == 1 => "1 datapoint".to_string(),
        None => format!("{k} datapoints"),
        Some(_) => format!("{k} out of the last {m} datapoints"),
    };
    let minimum = a.datapoints_to_alarm.map(|n| {
        let (min, transition) = if to_alarm {
            (n, "OK -> ALARM")
        } else {
            (m - n + 1, "ALARM -> OK")
        };
        let dp = if min == 1 { "datapoint" } else { "datapoints" };
        format!(" (minimum {min} {dp} for {transition} transition)")
    });
    let minimum = minimum.unwrap_or_default();
    if k < REASON_LISTED {
        format!(
            "Threshold Crossed: {head} [{}] {was} {comparison}{and_missing}{minimum}.",
            crossed.join(", ")
        )
    } else {
        // (Where AWS puts the missing clause in this form is not in a
        // capture; here it follows the threshold as in the others.)
        format!(
            "Threshold Crossed: {head} were {comparison}{and_missing}. The most recent datapoints which crossed the threshold: [{}]{minimum}.",
            crossed[..REASON_LISTED].join(", ")
        )
    }
}
