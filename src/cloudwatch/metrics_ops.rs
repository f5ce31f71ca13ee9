//! PutMetricData, GetMetricStatistics, GetMetricData and ListMetrics over the
//! world's one-minute series.
//!
//! Periods start at the request's StartTime rounded down to the minute (AWS:
//! "Start time less than 15 days ago - Round down to the nearest whole
//! minute") and are whole minutes: only standard-resolution data exists here.
//! Series keep one day of minutes (`sim::metrics::PERIODS_KEPT`; AWS keeps
//! one-minute data for 15 days), so older periods have no datapoints.

use super::stats::{self, Agg, Stat};
use super::{dimensions, dims_json, errors, limits, num_member, str_list, str_member, CloudWatch};
use crate::error::AwsError;
use crate::sim::metrics::{MetricKey, SeriesId, PERIOD_MS};
use crate::sim::{Sim, SimTime};
use crate::world::{CallResult, Caller};
use serde_json::{json, Map, Value};

/// One validated datum of PutMetricData: its series, virtual time, samples as
/// (sum, count, min, max) and unit.
type Ready = (MetricKey, u64, Vec<(f64, u64, f64, f64)>, Option<String>);

/// A request's time range: (start, end) as virtual ms (start rounded down to
/// the minute, both clamped to the world's epoch) and the length of the range
/// as requested, in ms, before any clamping (what quotas on the number of
/// datapoints count: a range reaching back before the epoch asks for as many
/// datapoints as anywhere else).
fn range(sim: &Sim, input: &Value) -> Result<(u64, u64, u64), AwsError> {
    let get = |name: &str| -> Result<u64, AwsError> {
        let v = input
            .get(name)
            .filter(|v| !v.is_null())
            .ok_or_else(|| errors::missing_parameter(name))?;
        stats::unix_ms(v).ok_or_else(|| {
            errors::invalid_parameter_value(format!(
                "The parameter {name} must be a valid ISO 8601 timestamp."
            ))
        })
    };
    let (start, end) = (get("StartTime")?, get("EndTime")?);
    if start >= end {
        return Err(errors::invalid_parameter_value(
            "The parameter StartTime must be less than the parameter EndTime.",
        ));
    }
    let v = |unix: u64| unix.saturating_sub(sim.epoch_unix_ms);
    let requested = end - stats::minute_floor(start);
    Ok((stats::minute_floor(v(start)), v(end), requested))
}

fn unix_secs(sim: &Sim, virtual_ms: u64) -> f64 {
    (sim.epoch_unix_ms + virtual_ms) as f64 / 1000.0
}

/// Checks a Period for standard-resolution data.
fn check_period(period: i64, member: &str) -> Result<u64, AwsError> {
    if period < 1 {
        return Err(errors::constraint(
            &period.to_string(),
            member,
            "Member must have value greater than or equal to 1",
        ));
    }
    if period < 60 {
        return Err(AwsError::not_emulated(format!(
            "high-resolution periods ({period} seconds): only standard-resolution (one-minute) data is kept"
        )));
    }
    if !stats::is_minute_multiple(period) {
        return Err(errors::invalid_parameter_value(
            "The parameter Period must be a multiple of 60.",
        ));
    }
    Ok(period as u64 * 1000)
}

impl CloudWatch {
    /// The series for `key` if it exists and its unit fits `unit` (a query
    /// naming another unit than the data's gets no datapoints, as on AWS).
    fn series_for(&self, sim: &mut Sim, key: &MetricKey, unit: Option<&str>) -> Option<SeriesId> {
        let id = sim.metrics.find(key)?;
        if let Some(u) = unit {
            if stats::unit_of(key, self.units.get(&id.0)) != u {
                return None;
            }
        }
        Some(id)
    }

    pub(super) fn put_metric_data(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let namespace = str_member(input, "Namespace")?
            .ok_or_else(|| errors::missing_parameter("Namespace"))?;
        check_namespace(namespace)?;
        // "Namespaces beginning with AWS/ are reserved for use by Amazon Web
        // Services products."
        if namespace.starts_with("AWS/") {
            return Err(errors::invalid_parameter_value(format!(
                "The value {namespace} for parameter Namespace is invalid."
            )));
        }
        if input.get("EntityMetricData").is_some_and(|v| !v.is_null()) {
            return Err(AwsError::not_emulated(
                "PutMetricData EntityMetricData (entities)",
            ));
        }
        let data = match input.get("MetricData") {
            Some(Value::Array(a)) => a,
            _ => return Err(errors::missing_parameter("MetricData")),
        };
        if data.len() > limits::MAX_METRIC_DATA {
            return Err(errors::constraint(
                "[...]",
                "metricData",
                "Member must have length less than or equal to 1000",
            ));
        }
        let now_unix = sim.unix_ms();
        // Validate every datum before storing any (a bad one fails the request).
        let mut ready: Vec<Ready> = vec![];
        for (i, d) in data.iter().enumerate() {
            let at = format!("MetricData.member.{}", i + 1);
            let name = str_member(d, "MetricName")?
                .ok_or_else(|| errors::missing_parameter(&format!("{at}.MetricName")))?;
            if name.is_empty() || name.len() > 255 {
                return Err(errors::constraint(
                    name,
                    "metricData.member.metricName",
                    "Member must have length between 1 and 255",
                ));
            }
            let dims = dimensions(d, "Dimensions")?;
            let ts = match d.get("Timestamp").filter(|v| !v.is_null()) {
                None => now_unix,
                Some(v) => stats::unix_ms(v).ok_or_else(|| {
                    errors::invalid_parameter_value(format!(
                        "The parameter {at}.Timestamp must be a valid timestamp."
                    ))
                })?,
            };
            if ts + limits::PAST_LIMIT_MS < now_unix || ts > now_unix + limits::FUTURE_LIMIT_MS {
                return Err(errors::invalid_parameter_value(format!(
                    "The parameter {at}.Timestamp must specify a time no more than two weeks in the past and no more than two hours in the future."
                )));
            }
            if let Some(r) = num_member(d, "StorageResolution")? {
                if r == 1.0 {
                    return Err(AwsError::not_emulated(
                        "high-resolution metrics (StorageResolution 1)",
                    ));
                }
                if r != 60.0 {
                    return Err(errors::invalid_parameter_value(format!(
                        "The parameter {at}.StorageResolution must be 1 or 60."
                    )));
                }
            }
            let finite = |x: f64, what: &str| -> Result<f64, AwsError> {
                if x.is_finite()
                    && (x == 0.0 || (x.abs() >= 8.515_920_e-109 && x.abs() <= 1.174_271_e108))
                {
                    Ok(x)
                } else {
                    Err(errors::invalid_parameter_value(format!(
                        "The value {x} for parameter {at}.{what} is invalid."
                    )))
                }
            };
            let value = num_member(d, "Value")?;
            let set = d.get("StatisticValues").filter(|v| !v.is_null());
            let values = d.get("Values").filter(|v| !v.is_null());
            let given = [value.is_some(), set.is_some(), values.is_some()]
                .iter()
                .filter(|x| **x)
                .count();
            if given > 1 {
                return Err(errors::invalid_combination(format!(
                    "The parameters {at}.Value, {at}.StatisticValues and {at}.Values are mutually exclusive and you have specified more than one."
                )));
            }
            let mut samples: Vec<(f64, u64, f64, f64)> = vec![];
            if let Some(v) = value {
                let v = finite(v, "Value")?;
                samples.push((v, 1, v, v));
            } else if let Some(s) = set {
                let field = |n: &str| -> Result<f64, AwsError> {
                    let v = num_member(s, n)?.ok_or_else(|| {
                        errors::missing_parameter(&format!("{at}.StatisticValues.{n}"))
                    })?;
                    finite(v, &format!("StatisticValues.{n}"))
                };
                let (count, sum, min, max) = (
                    field("SampleCount")?,
                    field("Sum")?,
                    field("Minimum")?,
                    field("Maximum")?,
                );
                if count <= 0.0 || min > max {
                    return Err(errors::invalid_parameter_value(format!(
                        "The parameter {at}.StatisticValues must have SampleCount above 0 and Minimum no greater than Maximum."
                    )));
                }
                // Sample counts are whole here (the series count samples).
                samples.push((sum, count.round().max(1.0) as u64, min, max));
            } else if let Some(vs) = values {
                let vs: Vec<f64> = vs
                    .as_array()
                    .ok_or_else(|| {
                        AwsError::client("SerializationException", "Values must be a list")
                    })?
                    .iter()
                    .map(|x| {
                        x.as_f64().ok_or_else(|| {
                            errors::invalid_parameter_value(format!("{at}.Values must be numbers."))
                        })
                    })
                    .collect::<Result<_, _>>()?;
                if vs.len() > limits::MAX_VALUES {
                    return Err(errors::invalid_parameter_value(format!(
                        "The parameter {at}.Values must have no more than 150 values."
                    )));
                }
                let counts: Vec<f64> = match d.get("Counts").filter(|v| !v.is_null()) {
                    None => vec![1.0; vs.len()],
                    Some(c) => c
                        .as_array()
                        .ok_or_else(|| {
                            AwsError::client("SerializationException", "Counts must be a list")
                        })?
                        .iter()
                        .map(|x| x.as_f64().unwrap_or(-1.0))
                        .collect(),
                };
                if counts.len() != vs.len() {
                    return Err(errors::invalid_parameter_value(format!(
                        "The parameters {at}.Values and {at}.Counts must be of the same size."
                    )));
                }
                for (v, c) in vs.iter().zip(&counts) {
                    let v = finite(*v, "Values")?;
                    if *c < 0.0 {
                        return Err(errors::invalid_parameter_value(format!(
                            "The parameter {at}.Counts must not be negative."
                        )));
                    }
                    let n = c.round() as u64;
                    if n > 0 {
                        samples.push((v * n as f64, n, v, v));
                    }
                }
            } else {
                return Err(errors::invalid_combination(format!(
                    "The parameters {at}.Value, {at}.StatisticValues or {at}.Values must be specified."
                )));
            }
            let unit = str_member(d, "Unit")?.map(str::to_string);
            if let Some(u) = &unit {
                check_unit(u, &format!("metricData.{}.member.unit", i + 1))?;
            }
            let key = stats::key_of(&caller.account_id, &caller.region, namespace, name, &dims);
            let vt = ts.saturating_sub(sim.epoch_unix_ms);
            ready.push((key, vt, samples, unit));
        }
        for (key, vt, samples, unit) in ready {
            let id = sim.metrics.series(key);
            self.units
                .entry(id.0)
                .or_insert_with(|| unit.unwrap_or_else(|| "None".into()));
            for (sum, count, min, max) in samples {
                sim.metrics.add_stats(id, SimTime(vt), sum, count, min, max);
            }
        }
        Ok(json!({}))
    }

    pub(super) fn get_metric_statistics(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let namespace = str_member(input, "Namespace")?
            .ok_or_else(|| errors::missing_parameter("Namespace"))?;
        check_namespace(namespace)?;
        let name = str_member(input, "MetricName")?
            .ok_or_else(|| errors::missing_parameter("MetricName"))?;
        let dims = dimensions(input, "Dimensions")?;
        let period =
            num_member(input, "Period")?.ok_or_else(|| errors::missing_parameter("Period"))?;
        let statistics = str_list(input, "Statistics")?;
        let extended = str_list(input, "ExtendedStatistics")?;
        if !extended.is_empty() {
            return Err(AwsError::not_emulated("ExtendedStatistics (percentiles)"));
        }
        if statistics.is_empty() {
            return Err(errors::invalid_combination(
                "Must specify either Statistics or ExtendedStatistics.",
            ));
        }
        if statistics.len() > 5 {
            return Err(errors::constraint(
                "[...]",
                "statistics",
                "Member must have length less than or equal to 5",
            ));
        }
        let stats_wanted: Vec<Stat> = statistics
            .iter()
            .map(|s| {
                Stat::parse(s).ok_or_else(|| {
                    errors::constraint(
                        &format!("[{}]", statistics.join(", ")),
                        "statistics",
                        "Member must satisfy constraint: [Member must satisfy enum value set: [Maximum, SampleCount, Sum, Minimum, Average]]",
                    )
                })
            })
            .collect::<Result<_, _>>()?;
        let period_ms = check_period(period as i64, "period")?;
        let (start, end, requested) = range(sim, input)?;
        let n = requested.div_ceil(period_ms);
        if n > limits::MAX_STATISTICS_DATAPOINTS {
            // AWS writes the count with thousands separators ("up to
            // 16,666 datapoints").
            let n = stats::thousands(n);
            return Err(errors::invalid_combination(format!(
                "You have requested up to {n} datapoints, which exceeds the limit of 1,440. You may reduce the datapoints requested by increasing Period, or decreasing the time range."
            )));
        }
        let unit = str_member(input, "Unit")?;
        if let Some(u) = unit {
            check_unit(u, "unit")?;
        }
        let key = stats::key_of(&caller.account_id, &caller.region, namespace, name, &dims);
        let mut datapoints = vec![];
        if let Some(id) = self.series_for(sim, &key, unit) {
            let u = stats::unit_of(&key, self.units.get(&id.0));
            for (t, agg) in stats::periods(&sim.metrics, id, start, end, period_ms) {
                let mut dp = Map::new();
                dp.insert("Timestamp".into(), json!(unix_secs(sim, t)));
                for s in &stats_wanted {
                    dp.insert(s.name().into(), json!(s.of(&agg)));
                }
                dp.insert("Unit".into(), json!(u));
                datapoints.push(Value::Object(dp));
            }
        }
        Ok(json!({"Label": name, "Datapoints": datapoints}))
    }

    pub(super) fn get_metric_data(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let queries = match input.get("MetricDataQueries") {
            Some(Value::Array(a)) => a.clone(),
            _ => return Err(errors::missing_parameter("MetricDataQueries")),
        };
        if queries.is_empty() || queries.len() > limits::MAX_QUERIES {
            return Err(errors::invalid_parameter_value(
                "The value for parameter MetricDataQueries must contain between 1 and 500 queries.",
            ));
        }
        let (start, end, _) = range(sim, input)?;
        let descending =
            match str_member(input, "ScanBy")? {
                None | Some("TimestampDescending") => true,
                Some("TimestampAscending") => false,
                Some(other) => return Err(errors::constraint(
                    other,
                    "scanBy",
                    "Member must satisfy enum value set: [TimestampDescending, TimestampAscending]",
                )),
            };
        let max_points = match num_member(input, "MaxDatapoints")? {
            None => limits::DEFAULT_MAX_DATAPOINTS,
            Some(n) if n >= 1.0 => n as usize,
            Some(n) => {
                return Err(errors::invalid_parameter_value(format!(
                    "The value {n} for parameter MaxDatapoints is invalid."
                )))
            }
        };
        // NextToken: an opaque count of datapoints already returned.
        let skip = match str_member(input, "NextToken")? {
            None => 0usize,
            Some(t) => t
                .strip_prefix("swy-gmd-")
                .and_then(|n| n.parse().ok())
                .ok_or_else(errors::invalid_next_token)?,
        };
        let (stat_differs, period_differs) = label_parts(&queries);
        let mut ids = std::collections::BTreeSet::new();
        let mut results = vec![];
        let mut budget_skip = skip;
        let mut emitted = 0usize;
        let mut more = false;
        for (i, q) in queries.iter().enumerate() {
            let id = str_member(q, "Id")?.ok_or_else(|| {
                errors::missing_parameter(&format!("MetricDataQueries.member.{}.Id", i + 1))
            })?;
            let ok_id = id.len() <= 255
                && id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !ok_id {
                return Err(errors::invalid_parameter_value(format!(
                    "The value {id} for parameter MetricDataQueries.member.{}.Id is invalid. It must start with a lowercase letter and contain only letters, numbers and underscores.",
                    i + 1
                )));
            }
            if !ids.insert(id.to_string()) {
                return Err(errors::invalid_parameter_value(format!(
                    "The value {id} for parameter MetricDataQueries.member.{}.Id is duplicated.",
                    i + 1
                )));
            }
            let stat = q.get("MetricStat").filter(|v| !v.is_null());
            let expr = str_member(q, "Expression")?;
            match (stat, expr) {
                (Some(_), Some(_)) | (None, None) => {
                    return Err(errors::invalid_parameter_value(format!(
                        "The parameter MetricDataQueries.member.{}: exactly one of Expression and MetricStat must be specified.",
                        i + 1
                    )))
                }
                (None, Some(e)) => {
                    return Err(AwsError::not_emulated(format!("metric math expressions ({e:?})")))
                }
                (Some(_), None) => {}
            }
            let stat = stat.expect("checked");
            let metric = stat.get("Metric").filter(|v| !v.is_null()).ok_or_else(|| {
                errors::missing_parameter(&format!(
                    "MetricDataQueries.member.{}.MetricStat.Metric",
                    i + 1
                ))
            })?;
            let namespace = str_member(metric, "Namespace")?.unwrap_or("");
            let name = str_member(metric, "MetricName")?.unwrap_or("");
            let dims = dimensions(metric, "Dimensions")?;
            let period = num_member(stat, "Period")?.ok_or_else(|| {
                errors::missing_parameter(&format!(
                    "MetricDataQueries.member.{}.MetricStat.Period",
                    i + 1
                ))
            })?;
            let period_ms = check_period(period as i64, "period")?;
            let stat_name = str_member(stat, "Stat")?.ok_or_else(|| {
                errors::missing_parameter(&format!(
                    "MetricDataQueries.member.{}.MetricStat.Stat",
                    i + 1
                ))
            })?;
            let Some(s) = Stat::parse(stat_name) else {
                return Err(AwsError::not_emulated(format!(
                    "the statistic {stat_name:?} (percentiles and trimmed statistics); SampleCount, Average, Sum, Minimum and Maximum are"
                )));
            };
            if let Some(acct) = str_member(q, "AccountId")? {
                if acct != caller.account_id {
                    return Err(AwsError::not_emulated(
                        "cross-account observability (AccountId)",
                    ));
                }
            }
            let unit = str_member(stat, "Unit")?;
            let return_data = q.get("ReturnData").and_then(Value::as_bool).unwrap_or(true);
            if !return_data {
                continue;
            }
            let key = stats::key_of(&caller.account_id, &caller.region, namespace, name, &dims);
            let mut points: Vec<(u64, Agg)> = match self.series_for(sim, &key, unit) {
                Some(sid) => stats::periods(&sim.metrics, sid, start, end, period_ms),
                None => vec![],
            };
            if descending {
                points.reverse();
            }
            let drop = budget_skip.min(points.len());
            budget_skip -= drop;
            let room = max_points - emitted.min(max_points);
            let page: Vec<&(u64, Agg)> = points.iter().skip(drop).take(room).collect();
            emitted += page.len();
            let complete = drop + page.len() == points.len();
            if !complete {
                more = true;
            }
            let label = match str_member(q, "Label")? {
                Some(l) => l.to_string(),
                None => {
                    let mut l = name.to_string();
                    if stat_differs {
                        l = format!("{l} {stat_name}");
                    }
                    if period_differs {
                        l = format!("{l} {}", period_ms / 1000);
                    }
                    l
                }
            };
            results.push(json!({
                "Id": id,
                "Label": label,
                "Timestamps": page.iter().map(|(t, _)| json!(unix_secs(sim, *t))).collect::<Vec<_>>(),
                "Values": page.iter().map(|(_, a)| json!(s.of(a))).collect::<Vec<_>>(),
                "StatusCode": if complete { "Complete" } else { "PartialData" },
            }));
        }
        let mut out = json!({"MetricDataResults": results, "Messages": []});
        if more {
            out["NextToken"] = json!(format!("swy-gmd-{}", skip + emitted));
        }
        Ok(out)
    }

    pub(super) fn list_metrics(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let namespace = str_member(input, "Namespace")?;
        let name = str_member(input, "MetricName")?;
        let filters: Vec<(String, Option<String>)> = match input.get("Dimensions") {
            Some(Value::Array(a)) => {
                if a.len() > 10 {
                    return Err(errors::constraint(
                        "[...]",
                        "dimensions",
                        "Member must have length less than or equal to 10",
                    ));
                }
                a.iter()
                    .map(|f| {
                        let n = f
                            .get("Name")
                            .and_then(Value::as_str)
                            .ok_or_else(|| errors::missing_parameter("Dimensions.member.N.Name"))?;
                        Ok((
                            n.to_string(),
                            f.get("Value").and_then(Value::as_str).map(str::to_string),
                        ))
                    })
                    .collect::<Result<_, AwsError>>()?
            }
            _ => vec![],
        };
        let recently_active = match str_member(input, "RecentlyActive")? {
            None => false,
            Some("PT3H") => true,
            Some(other) => {
                return Err(errors::constraint(
                    other,
                    "recentlyActive",
                    "Member must satisfy enum value set: [PT3H]",
                ))
            }
        };
        if input.get("IncludeLinkedAccounts").and_then(Value::as_bool) == Some(true) {
            return Err(AwsError::not_emulated(
                "cross-account observability (IncludeLinkedAccounts)",
            ));
        }
        let skip = match str_member(input, "NextToken")? {
            None => 0usize,
            Some(t) => t
                .strip_prefix("swy-lm-")
                .and_then(|n| n.parse().ok())
                .ok_or_else(errors::invalid_next_token)?,
        };
        let now = sim.now.as_ms();
        // "Metrics that have not had any new data points in the past two weeks
        // do not appear"; PT3H: only those with data in the past three hours.
        let since = if recently_active {
            now.saturating_sub(3 * 3_600_000)
        } else {
            now.saturating_sub(limits::PAST_LIMIT_MS)
        };
        let mut keys: Vec<&MetricKey> = sim
            .metrics
            .all()
            .filter(|(id, k)| {
                k.account_id == caller.account_id
                    && k.region == caller.region
                    && namespace.is_none_or(|n| k.namespace == n)
                    && name.is_none_or(|n| k.name == n)
                    && filters.iter().all(|(fname, fval)| {
                        k.dimensions
                            .iter()
                            .any(|(dn, dv)| dn == fname && fval.as_ref().is_none_or(|v| v == dv))
                    })
                    && sim
                        .metrics
                        .points(*id)
                        .back()
                        .is_some_and(|p| p.start.as_ms() + PERIOD_MS > since)
            })
            .map(|(_, k)| k)
            .collect();
        keys.sort_by(|a, b| {
            (&a.namespace, &a.name, &a.dimensions).cmp(&(&b.namespace, &b.name, &b.dimensions))
        });
        let total = keys.len();
        let page: Vec<Value> = keys
            .into_iter()
            .skip(skip)
            .take(limits::LIST_METRICS_PAGE)
            .map(|k| json!({"Namespace": k.namespace, "MetricName": k.name, "Dimensions": dims_json(&k.dimensions)}))
            .collect();
        let mut out = json!({"Metrics": page});
        if skip + limits::LIST_METRICS_PAGE < total {
            out["NextToken"] = json!(format!("swy-lm-{}", skip + limits::LIST_METRICS_PAGE));
        }
        Ok(out)
    }
}

/// Which parts a generated GetMetricData label adds to the metric's name:
/// (the statistic, the period), each when it is not the same in every
/// MetricStat query of the request. AWS labels a result with no Label given
/// "metric1" when the queries differ in neither (or only in unit), "metric1
/// Sum" / "metric1 Minimum" when only the statistic differs, "metric1 60" /
/// "metric1 30" when only the period does, and "metric1 Sum 60" / "metric1
/// Minimum 30" when both do (LocalStack's AWS-recorded snapshots
/// test_label_generation[input_pairs0..6]).
fn label_parts(queries: &[Value]) -> (bool, bool) {
    let stats: Vec<Option<&Value>> = queries
        .iter()
        .filter_map(|q| q.get("MetricStat").filter(|v| !v.is_null()))
        .map(|s| s.get("Stat"))
        .collect();
    let periods: Vec<Option<f64>> = queries
        .iter()
        .filter_map(|q| q.get("MetricStat").filter(|v| !v.is_null()))
        .map(|s| s.get("Period").and_then(Value::as_f64))
        .collect();
    (differs(&stats), differs(&periods))
}

/// Whether not every item is the same.
fn differs<T: PartialEq>(xs: &[T]) -> bool {
    xs.windows(2).any(|w| w[0] != w[1])
}

/// The StandardUnit enum, as the model lists it.
const STANDARD_UNITS: [&str; 27] = [
    "Seconds",
    "Microseconds",
    "Milliseconds",
    "Bytes",
    "Kilobytes",
    "Megabytes",
    "Gigabytes",
    "Terabytes",
    "Bits",
    "Kilobits",
    "Megabits",
    "Gigabits",
    "Terabits",
    "Percent",
    "Count",
    "Bytes/Second",
    "Kilobytes/Second",
    "Megabytes/Second",
    "Gigabytes/Second",
    "Terabytes/Second",
    "Bits/Second",
    "Kilobits/Second",
    "Megabits/Second",
    "Gigabits/Second",
    "Terabits/Second",
    "Count/Second",
    "None",
];

/// A Namespace the model refuses (1-255 characters, pattern `[^:].*`).
fn check_namespace(namespace: &str) -> crate::error::AwsResult<()> {
    if namespace.is_empty() || namespace.len() > 255 || namespace.starts_with(':') {
        return Err(errors::constraint(
            namespace,
            "namespace",
            "Member must satisfy regular expression pattern: [^:].*",
        ));
    }
    Ok(())
}

/// A unit outside StandardUnit is a model violation (ValidationError).
pub(crate) fn check_unit(unit: &str, member: &str) -> crate::error::AwsResult<()> {
    if STANDARD_UNITS.contains(&unit) {
        return Ok(());
    }
    Err(errors::constraint(
        unit,
        member,
        &format!(
            "Member must satisfy enum value set: [{}]",
            STANDARD_UNITS.join(", ")
        ),
    ))
}
