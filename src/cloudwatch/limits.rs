//! CloudWatch's quotas and fixed numbers, each with its source (CloudWatch
//! User Guide, "CloudWatch service quotas", and the API reference).

/// Metric alarms per account and Region ("10,000 alarms per Region per
/// account" is the quota the LimitExceeded fault reports).
pub const MAX_ALARMS: usize = 10_000;
/// Actions per alarm state list (ResourceList max 5 in the model).
pub const MAX_ACTIONS_PER_STATE: usize = 5;
/// Dimensions per metric (Dimensions max 30).
pub const MAX_DIMENSIONS: usize = 30;
/// Names in DescribeAlarms / DeleteAlarms / Enable/DisableAlarmActions.
pub const MAX_ALARM_NAMES: usize = 100;
/// DescribeAlarms / DescribeAlarmHistory MaxRecords range and defaults.
pub const DESCRIBE_ALARMS_DEFAULT: usize = 50;
pub const HISTORY_DEFAULT: usize = 100;
pub const MAX_RECORDS: usize = 100;
/// Metrics per ListMetrics page ("up to 500 results").
pub const LIST_METRICS_PAGE: usize = 500;
/// GetMetricStatistics: "The maximum number of data points returned from a
/// single call is 1,440."
pub const MAX_STATISTICS_DATAPOINTS: u64 = 1_440;
/// GetMetricData: up to 500 MetricDataQuery structures; MaxDatapoints
/// defaults to 100,800.
pub const MAX_QUERIES: usize = 500;
pub const DEFAULT_MAX_DATAPOINTS: usize = 100_800;
/// PutMetricData: up to 1,000 metrics per request, 150 values per Values
/// array.
pub const MAX_METRIC_DATA: usize = 1_000;
pub const MAX_VALUES: usize = 150;
/// PutMetricData timestamps: "up to two weeks in the past and up to two hours
/// into the future".
pub const PAST_LIMIT_MS: u64 = 14 * 86_400_000;
pub const FUTURE_LIMIT_MS: u64 = 2 * 3_600_000;
/// An alarm's evaluation range (Period x EvaluationPeriods): "can be no
/// longer than seven days ... For alarms with a period of less than one hour
/// (3,600 seconds), the total evaluation period can't be longer than one day"
/// (API reference, PutMetricAlarm Period). (Series keep a day of minutes,
/// `sim::metrics::PERIODS_KEPT`, so a longer range sees the older periods as
/// missing.)
pub const MAX_EVALUATION_RANGE_S: u64 = 86_400;
pub const LONG_PERIOD_S: u64 = 3_600;
pub const MAX_LONG_EVALUATION_RANGE_S: u64 = 604_800;
/// Alarm history items kept per world (AWS keeps 30 days); the oldest go first.
pub const HISTORY_KEPT: usize = 4_096;
