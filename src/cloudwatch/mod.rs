//! Amazon CloudWatch: the metrics the other engines publish (kept by
//! `sim::Metrics` as one-minute series), custom metrics (PutMetricData),
//! queries (GetMetricData with MetricStat queries, GetMetricStatistics,
//! ListMetrics) and metric alarms evaluated on the virtual clock.
//!
//! - `stats.rs`: the five statistics over periods of whole minutes, units,
//!   timestamps as the wire sends them.
//! - `metrics_ops.rs`: PutMetricData, GetMetricStatistics, GetMetricData,
//!   ListMetrics.
//! - `alarms.rs`: PutMetricAlarm, DescribeAlarms(ForMetric), DeleteAlarms,
//!   SetAlarmState, DescribeAlarmHistory, Enable/DisableAlarmActions, and
//!   `evaluate`, which the world calls at every minute boundary.
//! - `errors.rs`, `limits.rs`, `model.rs` (generated from botocore's model).
//!
//! Alarm actions are data: a state change yields `AlarmAction`s (an SNS topic
//! to notify, an Auto Scaling policy to execute) in an outbox the world drains
//! and carries (`World::run_alarm_actions`), reporting each outcome back so it
//! lands in the alarm's history, as CloudWatch records "Successfully executed
//! action ..." or "Failed to execute action ...". CloudWatch never calls
//! another engine.
//!
//! Not emulated, refused by name: metric math (Expression queries, alarms on
//! `Metrics`), percentiles and trimmed statistics (ExtendedStatistic, `p99`),
//! high-resolution metrics (StorageResolution 1, periods under a minute),
//! anomaly detection, composite alarms, dashboards, Insights rules, metric
//! streams, EC2 / Lambda / Systems Manager alarm actions.

pub mod alarms;
pub mod errors;
pub mod limits;
mod metrics_ops;
pub mod model;
pub mod stats;

use crate::error::{AwsError, AwsResult};
use crate::sim::Sim;
use crate::world::{CallResult, Caller};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, VecDeque};

pub use alarms::{Alarm, AlarmAction, AlarmState, HistoryItem};

/// CloudWatch journal events (payload of `sim::Event::CloudWatch`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CloudWatchEvent {
    /// An alarm was created or its configuration replaced.
    AlarmPut {
        alarm: u32,
    },
    AlarmDeleted {
        alarm: u32,
    },
    /// An alarm changed state (by evaluation, or SetAlarmState when `set`).
    AlarmStateChanged {
        alarm: u32,
        from: AlarmState,
        to: AlarmState,
        set: bool,
    },
    /// An alarm action ran (`ok`) or failed.
    ActionRan {
        alarm: u32,
        ok: bool,
    },
}

/// The CloudWatch engine: alarms, their history, custom metrics' units.
/// (The series themselves live in `sim.metrics`, shared with every engine.)
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CloudWatch {
    alarms: BTreeMap<u32, Alarm>,
    next_alarm: u32,
    /// Names of deleted alarms, so old journal events still read by name.
    deleted_names: BTreeMap<u32, String>,
    /// Every alarm's history, oldest first, bounded (`limits::HISTORY_KEPT`).
    history: VecDeque<HistoryItem>,
    /// The unit PutMetricData first gave each custom series (by series id).
    units: BTreeMap<u32, String>,
    /// Actions due to run, drained by the world after each call and minute.
    #[serde(skip)]
    outbox: Vec<AlarmAction>,
}

impl CloudWatch {
    /// Runs one operation (`operation` as AWS names it, `input` its JSON shape).
    pub fn call(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        operation: &str,
        input: Value,
    ) -> CallResult {
        let input = if input.is_null() {
            Value::Object(Default::default())
        } else {
            input
        };
        match operation {
            "PutMetricData" => self.put_metric_data(sim, caller, &input),
            "GetMetricStatistics" => self.get_metric_statistics(sim, caller, &input),
            "GetMetricData" => self.get_metric_data(sim, caller, &input),
            "ListMetrics" => self.list_metrics(sim, caller, &input),
            "PutMetricAlarm" => self.put_metric_alarm(sim, caller, &input),
            "DescribeAlarms" => self.describe_alarms(sim, caller, &input),
            "DescribeAlarmsForMetric" => self.describe_alarms_for_metric(sim, caller, &input),
            "DeleteAlarms" => self.delete_alarms(sim, caller, &input),
            "SetAlarmState" => self.set_alarm_state(sim, caller, &input),
            "DescribeAlarmHistory" => self.describe_alarm_history(sim, caller, &input),
            "EnableAlarmActions" => self.set_actions_enabled(sim, caller, &input, true),
            "DisableAlarmActions" => self.set_actions_enabled(sim, caller, &input, false),
            "TagResource" | "UntagResource" | "ListTagsForResource" => {
                self.tags(caller, operation, &input)
            }
            other => Err(AwsError::not_emulated(format!("CloudWatch {other}"))),
        }
    }

    /// True when some alarm exists (the world then evaluates each minute).
    pub fn has_alarms(&self) -> bool {
        !self.alarms.is_empty()
    }

    /// Takes the alarm actions waiting to run.
    pub fn drain_actions(&mut self) -> Vec<AlarmAction> {
        std::mem::take(&mut self.outbox)
    }

    /// An alarm's name by id (deleted ones too), for event sentences.
    pub fn alarm_name(&self, id: u32) -> String {
        self.alarms
            .get(&id)
            .map(|a| a.name.clone())
            .or_else(|| self.deleted_names.get(&id).cloned())
            .unwrap_or_else(|| format!("alarm #{id}"))
    }

    /// Every alarm, by id (for the page and tests).
    pub fn alarms(&self) -> impl Iterator<Item = &Alarm> {
        self.alarms.values()
    }

    /// Panics if the engine's bookkeeping is inconsistent.
    pub fn check_invariants(&self) {
        let mut names = std::collections::BTreeSet::new();
        for (id, a) in &self.alarms {
            assert_eq!(*id, a.id, "alarm {id} filed under another id");
            assert!(id < &self.next_alarm, "alarm id {id} not handed out");
            assert!(
                names.insert((&a.account_id, &a.region, &a.name)),
                "two alarms named {}",
                a.name
            );
            assert!(
                a.datapoints_needed() <= a.evaluation_periods && a.datapoints_needed() >= 1,
                "alarm {} needs {} of {} datapoints",
                a.name,
                a.datapoints_needed(),
                a.evaluation_periods
            );
        }
        assert!(self.history.len() <= limits::HISTORY_KEPT);
    }

    /// TagResource / UntagResource / ListTagsForResource on alarms.
    fn tags(&mut self, caller: &Caller, operation: &str, input: &Value) -> CallResult {
        let arn = str_member(input, "ResourceARN")?
            .ok_or_else(|| errors::missing_parameter("ResourceARN"))?;
        let Some(a) = self
            .alarms
            .values_mut()
            .find(|a| a.arn == arn && a.account_id == caller.account_id)
        else {
            return Err(AwsError::query_compatible(
                "ResourceNotFoundException",
                "ResourceNotFoundException",
                format!("Unknown resource {arn}"),
            )
            .with_status(404));
        };
        match operation {
            "TagResource" => {
                for t in input
                    .get("Tags")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    let (Some(k), Some(v)) = (t["Key"].as_str(), t["Value"].as_str()) else {
                        return Err(errors::missing_parameter("Tags.member.N.Key"));
                    };
                    a.tags.insert(k.to_string(), v.to_string());
                }
                Ok(serde_json::json!({}))
            }
            "UntagResource" => {
                for k in input
                    .get("TagKeys")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    if let Some(k) = k.as_str() {
                        a.tags.remove(k);
                    }
                }
                Ok(serde_json::json!({}))
            }
            _ => Ok(serde_json::json!({
                "Tags": a.tags.iter().map(|(k, v)| serde_json::json!({"Key": k, "Value": v})).collect::<Vec<_>>()
            })),
        }
    }
}

/// A string member, if present; a value of another form is a SerializationException.
pub(crate) fn str_member<'a>(input: &'a Value, name: &str) -> AwsResult<Option<&'a str>> {
    match input.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(AwsError::client(
            "SerializationException",
            format!("{name} must be a string"),
        )),
    }
}

/// A number member, if present (numbers may arrive as text from the query
/// protocol's decoder or a script).
pub(crate) fn num_member(input: &Value, name: &str) -> AwsResult<Option<f64>> {
    match input.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => Ok(n.as_f64()),
        Some(Value::String(s)) => s.trim().parse::<f64>().map(Some).map_err(|_| {
            errors::invalid_parameter_value(format!("The parameter {name} must be a number."))
        }),
        Some(_) => Err(AwsError::client(
            "SerializationException",
            format!("{name} must be a number"),
        )),
    }
}

/// A list of strings member (empty when absent).
pub(crate) fn str_list(input: &Value, name: &str) -> AwsResult<Vec<String>> {
    match input.get(name) {
        None | Some(Value::Null) => Ok(vec![]),
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| {
                v.as_str().map(str::to_string).ok_or_else(|| {
                    AwsError::client(
                        "SerializationException",
                        format!("{name} must list strings"),
                    )
                })
            })
            .collect(),
        Some(_) => Err(AwsError::client(
            "SerializationException",
            format!("{name} must be a list"),
        )),
    }
}

/// Dimensions (`[{Name, Value}]`) as (name, value) pairs, checked as AWS does.
pub(crate) fn dimensions(input: &Value, member: &str) -> AwsResult<Vec<(String, String)>> {
    let Some(list) = input.get(member).filter(|v| !v.is_null()) else {
        return Ok(vec![]);
    };
    let Some(list) = list.as_array() else {
        return Err(AwsError::client(
            "SerializationException",
            format!("{member} must be a list"),
        ));
    };
    if list.len() > limits::MAX_DIMENSIONS {
        return Err(errors::constraint(
            "[...]",
            &lower_first(member),
            "Member must have length less than or equal to 30",
        ));
    }
    let mut out: Vec<(String, String)> = Vec::with_capacity(list.len());
    for d in list {
        let name = d.get("Name").and_then(Value::as_str);
        let value = d.get("Value").and_then(Value::as_str);
        let (Some(name), Some(value)) = (name, value) else {
            return Err(errors::missing_parameter(&format!(
                "{member}.member.N.Name and Value"
            )));
        };
        if name.is_empty() || name.len() > 255 {
            return Err(errors::constraint(
                name,
                "dimensions.member.name",
                "Member must have length between 1 and 255",
            ));
        }
        if value.is_empty() || value.len() > 1024 {
            return Err(errors::constraint(
                value,
                "dimensions.member.value",
                "Member must have length between 1 and 1024",
            ));
        }
        if out.iter().any(|(n, _)| n == name) {
            return Err(errors::invalid_parameter_value(format!(
                "No metric name or dimension name can be duplicated. The duplicate dimension name is {name}."
            )));
        }
        out.push((name.to_string(), value.to_string()));
    }
    out.sort();
    Ok(out)
}

/// `alarmName` from `AlarmName`: AWS's validation messages name members in
/// lower camel case.
pub(crate) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Dimensions as AWS's output shape.
pub(crate) fn dims_json(d: &[(String, String)]) -> Value {
    Value::Array(
        d.iter()
            .map(|(n, v)| serde_json::json!({"Name": n, "Value": v}))
            .collect(),
    )
}

/// A sentence for a CloudWatch event.
pub fn describe_event(world: &crate::world::World, e: &CloudWatchEvent) -> String {
    let n = |id: &u32| world.cloudwatch.alarm_name(*id);
    match e {
        CloudWatchEvent::AlarmPut { alarm } => format!("alarm {} put", n(alarm)),
        CloudWatchEvent::AlarmDeleted { alarm } => format!("alarm {} deleted", n(alarm)),
        CloudWatchEvent::AlarmStateChanged {
            alarm,
            from,
            to,
            set,
        } => format!(
            "alarm {} {} -> {}{}",
            n(alarm),
            from.as_str(),
            to.as_str(),
            if *set { " (SetAlarmState)" } else { "" }
        ),
        CloudWatchEvent::ActionRan { alarm, ok } => format!(
            "alarm {} action {}",
            n(alarm),
            if *ok { "executed" } else { "failed" }
        ),
    }
}

/// Keeps `history` bounded.
pub(crate) fn push_history(h: &mut VecDeque<HistoryItem>, item: HistoryItem) {
    if h.len() == limits::HISTORY_KEPT {
        h.pop_front();
    }
    h.push_back(item);
}
