//! The Amazon CloudWatch API's operations with their input and output shapes
//! (API version 2010-08-01), generated from AWS's published
//! API model by `scripts/gen_model.py`. Facts only: names, types, required members,
//! the XML names of map keys and values.

use crate::model::{Member, OperationSpec, Service, ServiceSpec, Shape};

static S_NAME: Shape = Shape::String;
static S_ALARM_NAME: Shape = Shape::String;
static S_ALARM_NAMES: Shape = Shape::List(&S_ALARM_NAME);
static S_NAMESPACE: Shape = Shape::String;
static S_METRIC_NAME: Shape = Shape::String;
static S_DIMENSION_NAME: Shape = Shape::String;
static S_DIMENSION_VALUE: Shape = Shape::String;
static S_DIMENSION: Shape = Shape::Structure(&[
    Member::req("Name", &S_DIMENSION_NAME),
    Member::req("Value", &S_DIMENSION_VALUE),
]);
static S_DIMENSIONS: Shape = Shape::List(&S_DIMENSION);
static S_ANOMALY_DETECTOR_METRIC_STAT: Shape = Shape::String;
static S_ACCOUNT_ID: Shape = Shape::String;
static S_SINGLE_METRIC_ANOMALY_DETECTOR: Shape = Shape::Structure(&[
    Member::opt("AccountId", &S_ACCOUNT_ID),
    Member::opt("Namespace", &S_NAMESPACE),
    Member::opt("MetricName", &S_METRIC_NAME),
    Member::opt("Dimensions", &S_DIMENSIONS),
    Member::opt("Stat", &S_ANOMALY_DETECTOR_METRIC_STAT),
]);
static S_METRIC_ID: Shape = Shape::String;
static S_METRIC: Shape = Shape::Structure(&[
    Member::opt("Namespace", &S_NAMESPACE),
    Member::opt("MetricName", &S_METRIC_NAME),
    Member::opt("Dimensions", &S_DIMENSIONS),
]);
static S_PERIOD: Shape = Shape::Integer;
static S_STAT: Shape = Shape::String;
static S_STANDARD_UNIT: Shape = Shape::String;
static S_METRIC_STAT: Shape = Shape::Structure(&[
    Member::req("Metric", &S_METRIC),
    Member::req("Period", &S_PERIOD),
    Member::req("Stat", &S_STAT),
    Member::opt("Unit", &S_STANDARD_UNIT),
]);
static S_METRIC_EXPRESSION: Shape = Shape::String;
static S_METRIC_LABEL: Shape = Shape::String;
static S_RETURN_DATA: Shape = Shape::Boolean;
static S_METRIC_DATA_QUERY: Shape = Shape::Structure(&[
    Member::req("Id", &S_METRIC_ID),
    Member::opt("MetricStat", &S_METRIC_STAT),
    Member::opt("Expression", &S_METRIC_EXPRESSION),
    Member::opt("Label", &S_METRIC_LABEL),
    Member::opt("ReturnData", &S_RETURN_DATA),
    Member::opt("Period", &S_PERIOD),
    Member::opt("AccountId", &S_ACCOUNT_ID),
]);
static S_METRIC_DATA_QUERIES: Shape = Shape::List(&S_METRIC_DATA_QUERY);
static S_METRIC_MATH_ANOMALY_DETECTOR: Shape =
    Shape::Structure(&[Member::opt("MetricDataQueries", &S_METRIC_DATA_QUERIES)]);
static S_DASHBOARD_NAME: Shape = Shape::String;
static S_DASHBOARD_NAMES: Shape = Shape::List(&S_DASHBOARD_NAME);
static S_INSIGHT_RULE_NAME: Shape = Shape::String;
static S_INSIGHT_RULE_NAMES: Shape = Shape::List(&S_INSIGHT_RULE_NAME);
static S_FAILURE_RESOURCE: Shape = Shape::String;
static S_EXCEPTION_TYPE: Shape = Shape::String;
static S_FAILURE_CODE: Shape = Shape::String;
static S_FAILURE_DESCRIPTION: Shape = Shape::String;
static S_PARTIAL_FAILURE: Shape = Shape::Structure(&[
    Member::opt("FailureResource", &S_FAILURE_RESOURCE),
    Member::opt("ExceptionType", &S_EXCEPTION_TYPE),
    Member::opt("FailureCode", &S_FAILURE_CODE),
    Member::opt("FailureDescription", &S_FAILURE_DESCRIPTION),
]);
static S_BATCH_FAILURES: Shape = Shape::List(&S_PARTIAL_FAILURE);
static S_METRIC_STREAM_NAME: Shape = Shape::String;
static S_NEXT_TOKEN: Shape = Shape::String;
static S_CONTRIBUTOR_ID: Shape = Shape::String;
static S_ATTRIBUTE_VALUE: Shape = Shape::String;
static S_CONTRIBUTOR_ATTRIBUTES: Shape = Shape::Map {
    value: &S_ATTRIBUTE_VALUE,
    key_name: "key",
    value_name: "value",
};
static S_STATE_REASON: Shape = Shape::String;
static S_TIMESTAMP: Shape = Shape::Timestamp;
static S_ALARM_CONTRIBUTOR: Shape = Shape::Structure(&[
    Member::req("ContributorId", &S_CONTRIBUTOR_ID),
    Member::req("ContributorAttributes", &S_CONTRIBUTOR_ATTRIBUTES),
    Member::req("StateReason", &S_STATE_REASON),
    Member::opt("StateTransitionedTimestamp", &S_TIMESTAMP),
]);
static S_ALARM_CONTRIBUTORS: Shape = Shape::List(&S_ALARM_CONTRIBUTOR);
static S_ALARM_TYPE: Shape = Shape::String;
static S_ALARM_TYPES: Shape = Shape::List(&S_ALARM_TYPE);
static S_HISTORY_ITEM_TYPE: Shape = Shape::String;
static S_MAX_RECORDS: Shape = Shape::Integer;
static S_SCAN_BY: Shape = Shape::String;
static S_HISTORY_SUMMARY: Shape = Shape::String;
static S_HISTORY_DATA: Shape = Shape::String;
static S_ALARM_HISTORY_ITEM: Shape = Shape::Structure(&[
    Member::opt("AlarmName", &S_ALARM_NAME),
    Member::opt("AlarmContributorId", &S_CONTRIBUTOR_ID),
    Member::opt("AlarmType", &S_ALARM_TYPE),
    Member::opt("Timestamp", &S_TIMESTAMP),
    Member::opt("HistoryItemType", &S_HISTORY_ITEM_TYPE),
    Member::opt("HistorySummary", &S_HISTORY_SUMMARY),
    Member::opt("HistoryData", &S_HISTORY_DATA),
    Member::opt("AlarmContributorAttributes", &S_CONTRIBUTOR_ATTRIBUTES),
]);
static S_ALARM_HISTORY_ITEMS: Shape = Shape::List(&S_ALARM_HISTORY_ITEM);
static S_ALARM_NAME_PREFIX: Shape = Shape::String;
static S_STATE_VALUE: Shape = Shape::String;
static S_ACTION_PREFIX: Shape = Shape::String;
static S_ACTIONS_ENABLED: Shape = Shape::Boolean;
static S_RESOURCE_NAME: Shape = Shape::String;
static S_RESOURCE_LIST: Shape = Shape::List(&S_RESOURCE_NAME);
static S_ALARM_ARN: Shape = Shape::String;
static S_ALARM_DESCRIPTION: Shape = Shape::String;
static S_ALARM_RULE: Shape = Shape::String;
static S_STATE_REASON_DATA: Shape = Shape::String;
static S_ACTIONS_SUPPRESSED_BY: Shape = Shape::String;
static S_ACTIONS_SUPPRESSED_REASON: Shape = Shape::String;
static S_SUPPRESSOR_PERIOD: Shape = Shape::Integer;
static S_COMPOSITE_ALARM: Shape = Shape::Structure(&[
    Member::opt("ActionsEnabled", &S_ACTIONS_ENABLED),
    Member::opt("AlarmActions", &S_RESOURCE_LIST),
    Member::opt("AlarmArn", &S_ALARM_ARN),
    Member::opt("AlarmConfigurationUpdatedTimestamp", &S_TIMESTAMP),
    Member::opt("AlarmDescription", &S_ALARM_DESCRIPTION),
    Member::opt("AlarmName", &S_ALARM_NAME),
    Member::opt("AlarmRule", &S_ALARM_RULE),
    Member::opt("InsufficientDataActions", &S_RESOURCE_LIST),
    Member::opt("OKActions", &S_RESOURCE_LIST),
    Member::opt("StateReason", &S_STATE_REASON),
    Member::opt("StateReasonData", &S_STATE_REASON_DATA),
    Member::opt("StateUpdatedTimestamp", &S_TIMESTAMP),
    Member::opt("StateValue", &S_STATE_VALUE),
    Member::opt("StateTransitionedTimestamp", &S_TIMESTAMP),
    Member::opt("ActionsSuppressedBy", &S_ACTIONS_SUPPRESSED_BY),
    Member::opt("ActionsSuppressedReason", &S_ACTIONS_SUPPRESSED_REASON),
    Member::opt("ActionsSuppressor", &S_ALARM_ARN),
    Member::opt("ActionsSuppressorWaitPeriod", &S_SUPPRESSOR_PERIOD),
    Member::opt("ActionsSuppressorExtensionPeriod", &S_SUPPRESSOR_PERIOD),
]);
static S_COMPOSITE_ALARMS: Shape = Shape::List(&S_COMPOSITE_ALARM);
static S_STATISTIC: Shape = Shape::String;
static S_EXTENDED_STATISTIC: Shape = Shape::String;
static S_EVALUATION_PERIODS: Shape = Shape::Integer;
static S_DATAPOINTS_TO_ALARM: Shape = Shape::Integer;
static S_THRESHOLD: Shape = Shape::Double;
static S_COMPARISON_OPERATOR: Shape = Shape::String;
static S_TREAT_MISSING_DATA: Shape = Shape::String;
static S_EVALUATE_LOW_SAMPLE_COUNT_PERCENTILE: Shape = Shape::String;
static S_EVALUATION_STATE: Shape = Shape::String;
static S_QUERY: Shape = Shape::String;
static S_PENDING_PERIOD: Shape = Shape::Integer;
static S_RECOVERY_PERIOD: Shape = Shape::Integer;
static S_ALARM_PROM_QLCRITERIA: Shape = Shape::Structure(&[
    Member::req("Query", &S_QUERY),
    Member::opt("PendingPeriod", &S_PENDING_PERIOD),
    Member::opt("RecoveryPeriod", &S_RECOVERY_PERIOD),
]);
static S_EVALUATION_CRITERIA: Shape =
    Shape::Structure(&[Member::opt("PromQLCriteria", &S_ALARM_PROM_QLCRITERIA)]);
static S_EVALUATION_INTERVAL: Shape = Shape::Integer;
static S_METRIC_ALARM: Shape = Shape::Structure(&[
    Member::opt("AlarmName", &S_ALARM_NAME),
    Member::opt("AlarmArn", &S_ALARM_ARN),
    Member::opt("AlarmDescription", &S_ALARM_DESCRIPTION),
    Member::opt("AlarmConfigurationUpdatedTimestamp", &S_TIMESTAMP),
    Member::opt("ActionsEnabled", &S_ACTIONS_ENABLED),
    Member::opt("OKActions", &S_RESOURCE_LIST),
    Member::opt("AlarmActions", &S_RESOURCE_LIST),
    Member::opt("InsufficientDataActions", &S_RESOURCE_LIST),
    Member::opt("StateValue", &S_STATE_VALUE),
    Member::opt("StateReason", &S_STATE_REASON),
    Member::opt("StateReasonData", &S_STATE_REASON_DATA),
    Member::opt("StateUpdatedTimestamp", &S_TIMESTAMP),
    Member::opt("MetricName", &S_METRIC_NAME),
    Member::opt("Namespace", &S_NAMESPACE),
    Member::opt("Statistic", &S_STATISTIC),
    Member::opt("ExtendedStatistic", &S_EXTENDED_STATISTIC),
    Member::opt("Dimensions", &S_DIMENSIONS),
    Member::opt("Period", &S_PERIOD),
    Member::opt("Unit", &S_STANDARD_UNIT),
    Member::opt("EvaluationPeriods", &S_EVALUATION_PERIODS),
    Member::opt("DatapointsToAlarm", &S_DATAPOINTS_TO_ALARM),
    Member::opt("Threshold", &S_THRESHOLD),
    Member::opt("ComparisonOperator", &S_COMPARISON_OPERATOR),
    Member::opt("TreatMissingData", &S_TREAT_MISSING_DATA),
    Member::opt(
        "EvaluateLowSampleCountPercentile",
        &S_EVALUATE_LOW_SAMPLE_COUNT_PERCENTILE,
    ),
    Member::opt("Metrics", &S_METRIC_DATA_QUERIES),
    Member::opt("ThresholdMetricId", &S_METRIC_ID),
    Member::opt("EvaluationState", &S_EVALUATION_STATE),
    Member::opt("StateTransitionedTimestamp", &S_TIMESTAMP),
    Member::opt("EvaluationCriteria", &S_EVALUATION_CRITERIA),
    Member::opt("EvaluationInterval", &S_EVALUATION_INTERVAL),
]);
static S_METRIC_ALARMS: Shape = Shape::List(&S_METRIC_ALARM);
static S_MAX_RETURNED_RESULTS_COUNT: Shape = Shape::Integer;
static S_ANOMALY_DETECTOR_TYPE: Shape = Shape::String;
static S_ANOMALY_DETECTOR_TYPES: Shape = Shape::List(&S_ANOMALY_DETECTOR_TYPE);
static S_RANGE: Shape = Shape::Structure(&[
    Member::req("StartTime", &S_TIMESTAMP),
    Member::req("EndTime", &S_TIMESTAMP),
]);
static S_ANOMALY_DETECTOR_EXCLUDED_TIME_RANGES: Shape = Shape::List(&S_RANGE);
static S_ANOMALY_DETECTOR_METRIC_TIMEZONE: Shape = Shape::String;
static S_ANOMALY_DETECTOR_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt(
        "ExcludedTimeRanges",
        &S_ANOMALY_DETECTOR_EXCLUDED_TIME_RANGES,
    ),
    Member::opt("MetricTimezone", &S_ANOMALY_DETECTOR_METRIC_TIMEZONE),
]);
static S_ANOMALY_DETECTOR_STATE_VALUE: Shape = Shape::String;
static S_PERIODIC_SPIKES: Shape = Shape::Boolean;
static S_METRIC_CHARACTERISTICS: Shape =
    Shape::Structure(&[Member::opt("PeriodicSpikes", &S_PERIODIC_SPIKES)]);
static S_ANOMALY_DETECTOR: Shape = Shape::Structure(&[
    Member::opt("Namespace", &S_NAMESPACE),
    Member::opt("MetricName", &S_METRIC_NAME),
    Member::opt("Dimensions", &S_DIMENSIONS),
    Member::opt("Stat", &S_ANOMALY_DETECTOR_METRIC_STAT),
    Member::opt("Configuration", &S_ANOMALY_DETECTOR_CONFIGURATION),
    Member::opt("StateValue", &S_ANOMALY_DETECTOR_STATE_VALUE),
    Member::opt("MetricCharacteristics", &S_METRIC_CHARACTERISTICS),
    Member::opt(
        "SingleMetricAnomalyDetector",
        &S_SINGLE_METRIC_ANOMALY_DETECTOR,
    ),
    Member::opt("MetricMathAnomalyDetector", &S_METRIC_MATH_ANOMALY_DETECTOR),
]);
static S_ANOMALY_DETECTORS: Shape = Shape::List(&S_ANOMALY_DETECTOR);
static S_INSIGHT_RULE_MAX_RESULTS: Shape = Shape::Integer;
static S_INSIGHT_RULE_STATE: Shape = Shape::String;
static S_INSIGHT_RULE_SCHEMA: Shape = Shape::String;
static S_INSIGHT_RULE_DEFINITION: Shape = Shape::String;
static S_INSIGHT_RULE_IS_MANAGED: Shape = Shape::Boolean;
static S_INSIGHT_RULE_ON_TRANSFORMED_LOGS: Shape = Shape::Boolean;
static S_INSIGHT_RULE: Shape = Shape::Structure(&[
    Member::req("Name", &S_INSIGHT_RULE_NAME),
    Member::req("State", &S_INSIGHT_RULE_STATE),
    Member::req("Schema", &S_INSIGHT_RULE_SCHEMA),
    Member::req("Definition", &S_INSIGHT_RULE_DEFINITION),
    Member::opt("ManagedRule", &S_INSIGHT_RULE_IS_MANAGED),
    Member::opt(
        "ApplyOnTransformedLogs",
        &S_INSIGHT_RULE_ON_TRANSFORMED_LOGS,
    ),
]);
static S_INSIGHT_RULES: Shape = Shape::List(&S_INSIGHT_RULE);
static S_ARN: Shape = Shape::String;
static S_EXPRESSION: Shape = Shape::String;
static S_DURATION: Shape = Shape::String;
static S_TIMEZONE: Shape = Shape::String;
static S_SCHEDULE: Shape = Shape::Structure(&[
    Member::req("Expression", &S_EXPRESSION),
    Member::req("Duration", &S_DURATION),
    Member::opt("Timezone", &S_TIMEZONE),
]);
static S_RULE: Shape = Shape::Structure(&[Member::req("Schedule", &S_SCHEDULE)]);
static S_MUTE_TARGET_ALARM_NAME_LIST: Shape = Shape::List(&S_NAME);
static S_MUTE_TARGETS: Shape =
    Shape::Structure(&[Member::req("AlarmNames", &S_MUTE_TARGET_ALARM_NAME_LIST)]);
static S_ALARM_MUTE_RULE_STATUS: Shape = Shape::String;
static S_MUTE_TYPE: Shape = Shape::String;
static S_DASHBOARD_ARN: Shape = Shape::String;
static S_DASHBOARD_BODY: Shape = Shape::String;
static S_INSIGHT_RULE_UNBOUND_INTEGER: Shape = Shape::Integer;
static S_INSIGHT_RULE_METRIC_NAME: Shape = Shape::String;
static S_INSIGHT_RULE_METRIC_LIST: Shape = Shape::List(&S_INSIGHT_RULE_METRIC_NAME);
static S_INSIGHT_RULE_ORDER_BY: Shape = Shape::String;
static S_INSIGHT_RULE_CONTRIBUTOR_KEY_LABEL: Shape = Shape::String;
static S_INSIGHT_RULE_CONTRIBUTOR_KEY_LABELS: Shape =
    Shape::List(&S_INSIGHT_RULE_CONTRIBUTOR_KEY_LABEL);
static S_INSIGHT_RULE_AGGREGATION_STATISTIC: Shape = Shape::String;
static S_INSIGHT_RULE_UNBOUND_DOUBLE: Shape = Shape::Double;
static S_INSIGHT_RULE_UNBOUND_LONG: Shape = Shape::Long;
static S_INSIGHT_RULE_CONTRIBUTOR_KEY: Shape = Shape::String;
static S_INSIGHT_RULE_CONTRIBUTOR_KEYS: Shape = Shape::List(&S_INSIGHT_RULE_CONTRIBUTOR_KEY);
static S_INSIGHT_RULE_CONTRIBUTOR_DATAPOINT: Shape = Shape::Structure(&[
    Member::req("Timestamp", &S_TIMESTAMP),
    Member::req("ApproximateValue", &S_INSIGHT_RULE_UNBOUND_DOUBLE),
]);
static S_INSIGHT_RULE_CONTRIBUTOR_DATAPOINTS: Shape =
    Shape::List(&S_INSIGHT_RULE_CONTRIBUTOR_DATAPOINT);
static S_INSIGHT_RULE_CONTRIBUTOR: Shape = Shape::Structure(&[
    Member::req("Keys", &S_INSIGHT_RULE_CONTRIBUTOR_KEYS),
    Member::req("ApproximateAggregateValue", &S_INSIGHT_RULE_UNBOUND_DOUBLE),
    Member::req("Datapoints", &S_INSIGHT_RULE_CONTRIBUTOR_DATAPOINTS),
]);
static S_INSIGHT_RULE_CONTRIBUTORS: Shape = Shape::List(&S_INSIGHT_RULE_CONTRIBUTOR);
static S_INSIGHT_RULE_METRIC_DATAPOINT: Shape = Shape::Structure(&[
    Member::req("Timestamp", &S_TIMESTAMP),
    Member::opt("UniqueContributors", &S_INSIGHT_RULE_UNBOUND_DOUBLE),
    Member::opt("MaxContributorValue", &S_INSIGHT_RULE_UNBOUND_DOUBLE),
    Member::opt("SampleCount", &S_INSIGHT_RULE_UNBOUND_DOUBLE),
    Member::opt("Average", &S_INSIGHT_RULE_UNBOUND_DOUBLE),
    Member::opt("Sum", &S_INSIGHT_RULE_UNBOUND_DOUBLE),
    Member::opt("Minimum", &S_INSIGHT_RULE_UNBOUND_DOUBLE),
    Member::opt("Maximum", &S_INSIGHT_RULE_UNBOUND_DOUBLE),
]);
static S_INSIGHT_RULE_METRIC_DATAPOINTS: Shape = Shape::List(&S_INSIGHT_RULE_METRIC_DATAPOINT);
static S_GET_METRIC_DATA_MAX_DATAPOINTS: Shape = Shape::Integer;
static S_GET_METRIC_DATA_LABEL_TIMEZONE: Shape = Shape::String;
static S_LABEL_OPTIONS: Shape =
    Shape::Structure(&[Member::opt("Timezone", &S_GET_METRIC_DATA_LABEL_TIMEZONE)]);
static S_TIMESTAMPS: Shape = Shape::List(&S_TIMESTAMP);
static S_DATAPOINT_VALUE: Shape = Shape::Double;
static S_DATAPOINT_VALUES: Shape = Shape::List(&S_DATAPOINT_VALUE);
static S_STATUS_CODE: Shape = Shape::String;
static S_MESSAGE_DATA_CODE: Shape = Shape::String;
static S_MESSAGE_DATA_VALUE: Shape = Shape::String;
static S_MESSAGE_DATA: Shape = Shape::Structure(&[
    Member::opt("Code", &S_MESSAGE_DATA_CODE),
    Member::opt("Value", &S_MESSAGE_DATA_VALUE),
]);
static S_METRIC_DATA_RESULT_MESSAGES: Shape = Shape::List(&S_MESSAGE_DATA);
static S_METRIC_DATA_RESULT: Shape = Shape::Structure(&[
    Member::opt("Id", &S_METRIC_ID),
    Member::opt("Label", &S_METRIC_LABEL),
    Member::opt("Timestamps", &S_TIMESTAMPS),
    Member::opt("Values", &S_DATAPOINT_VALUES),
    Member::opt("StatusCode", &S_STATUS_CODE),
    Member::opt("Messages", &S_METRIC_DATA_RESULT_MESSAGES),
]);
static S_METRIC_DATA_RESULTS: Shape = Shape::List(&S_METRIC_DATA_RESULT);
static S_STATISTICS: Shape = Shape::List(&S_STATISTIC);
static S_EXTENDED_STATISTICS: Shape = Shape::List(&S_EXTENDED_STATISTIC);
static S_DATAPOINT_VALUE_MAP: Shape = Shape::Map {
    value: &S_DATAPOINT_VALUE,
    key_name: "key",
    value_name: "value",
};
static S_DATAPOINT: Shape = Shape::Structure(&[
    Member::opt("Timestamp", &S_TIMESTAMP),
    Member::opt("SampleCount", &S_DATAPOINT_VALUE),
    Member::opt("Average", &S_DATAPOINT_VALUE),
    Member::opt("Sum", &S_DATAPOINT_VALUE),
    Member::opt("Minimum", &S_DATAPOINT_VALUE),
    Member::opt("Maximum", &S_DATAPOINT_VALUE),
    Member::opt("Unit", &S_STANDARD_UNIT),
    Member::opt("ExtendedStatistics", &S_DATAPOINT_VALUE_MAP),
]);
static S_DATAPOINTS: Shape = Shape::List(&S_DATAPOINT);
static S_AMAZON_RESOURCE_NAME: Shape = Shape::String;
static S_METRIC_STREAM_FILTER_METRIC_NAMES: Shape = Shape::List(&S_METRIC_NAME);
static S_METRIC_STREAM_FILTER: Shape = Shape::Structure(&[
    Member::opt("Namespace", &S_NAMESPACE),
    Member::opt("MetricNames", &S_METRIC_STREAM_FILTER_METRIC_NAMES),
]);
static S_METRIC_STREAM_FILTERS: Shape = Shape::List(&S_METRIC_STREAM_FILTER);
static S_METRIC_STREAM_STATE: Shape = Shape::String;
static S_METRIC_STREAM_OUTPUT_FORMAT: Shape = Shape::String;
static S_METRIC_STREAM_STATISTICS_METRIC: Shape = Shape::Structure(&[
    Member::req("Namespace", &S_NAMESPACE),
    Member::req("MetricName", &S_METRIC_NAME),
]);
static S_METRIC_STREAM_STATISTICS_INCLUDE_METRICS: Shape =
    Shape::List(&S_METRIC_STREAM_STATISTICS_METRIC);
static S_METRIC_STREAM_STATISTIC: Shape = Shape::String;
static S_METRIC_STREAM_STATISTICS_ADDITIONAL_STATISTICS: Shape =
    Shape::List(&S_METRIC_STREAM_STATISTIC);
static S_METRIC_STREAM_STATISTICS_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req(
        "IncludeMetrics",
        &S_METRIC_STREAM_STATISTICS_INCLUDE_METRICS,
    ),
    Member::req(
        "AdditionalStatistics",
        &S_METRIC_STREAM_STATISTICS_ADDITIONAL_STATISTICS,
    ),
]);
static S_METRIC_STREAM_STATISTICS_CONFIGURATIONS: Shape =
    Shape::List(&S_METRIC_STREAM_STATISTICS_CONFIGURATION);
static S_INCLUDE_LINKED_ACCOUNTS_METRICS: Shape = Shape::Boolean;
static S_METRIC_WIDGET: Shape = Shape::String;
static S_OUTPUT_FORMAT: Shape = Shape::String;
static S_METRIC_WIDGET_IMAGE: Shape = Shape::Blob;
static S_OTEL_ENRICHMENT_STATUS: Shape = Shape::String;
static S_ALARM_MUTE_RULE_STATUSES: Shape = Shape::List(&S_ALARM_MUTE_RULE_STATUS);
static S_ALARM_MUTE_RULE_SUMMARY: Shape = Shape::Structure(&[
    Member::opt("AlarmMuteRuleArn", &S_ARN),
    Member::opt("ExpireDate", &S_TIMESTAMP),
    Member::opt("Status", &S_ALARM_MUTE_RULE_STATUS),
    Member::opt("MuteType", &S_MUTE_TYPE),
    Member::opt("LastUpdatedTimestamp", &S_TIMESTAMP),
]);
static S_ALARM_MUTE_RULE_SUMMARIES: Shape = Shape::List(&S_ALARM_MUTE_RULE_SUMMARY);
static S_DASHBOARD_NAME_PREFIX: Shape = Shape::String;
static S_LAST_MODIFIED: Shape = Shape::Timestamp;
static S_SIZE: Shape = Shape::Long;
static S_DASHBOARD_ENTRY: Shape = Shape::Structure(&[
    Member::opt("DashboardName", &S_DASHBOARD_NAME),
    Member::opt("DashboardArn", &S_DASHBOARD_ARN),
    Member::opt("LastModified", &S_LAST_MODIFIED),
    Member::opt("Size", &S_SIZE),
]);
static S_DASHBOARD_ENTRIES: Shape = Shape::List(&S_DASHBOARD_ENTRY);
static S_TEMPLATE_NAME: Shape = Shape::String;
static S_MANAGED_RULE_STATE: Shape = Shape::Structure(&[
    Member::req("RuleName", &S_INSIGHT_RULE_NAME),
    Member::req("State", &S_INSIGHT_RULE_STATE),
]);
static S_MANAGED_RULE_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("TemplateName", &S_TEMPLATE_NAME),
    Member::opt("ResourceARN", &S_AMAZON_RESOURCE_NAME),
    Member::opt("RuleState", &S_MANAGED_RULE_STATE),
]);
static S_MANAGED_RULE_DESCRIPTIONS: Shape = Shape::List(&S_MANAGED_RULE_DESCRIPTION);
static S_LIST_METRIC_STREAMS_MAX_RESULTS: Shape = Shape::Integer;
static S_METRIC_STREAM_ENTRY: Shape = Shape::Structure(&[
    Member::opt("Arn", &S_AMAZON_RESOURCE_NAME),
    Member::opt("CreationDate", &S_TIMESTAMP),
    Member::opt("LastUpdateDate", &S_TIMESTAMP),
    Member::opt("Name", &S_METRIC_STREAM_NAME),
    Member::opt("FirehoseArn", &S_AMAZON_RESOURCE_NAME),
    Member::opt("State", &S_METRIC_STREAM_STATE),
    Member::opt("OutputFormat", &S_METRIC_STREAM_OUTPUT_FORMAT),
]);
static S_METRIC_STREAM_ENTRIES: Shape = Shape::List(&S_METRIC_STREAM_ENTRY);
static S_DIMENSION_FILTER: Shape = Shape::Structure(&[
    Member::req("Name", &S_DIMENSION_NAME),
    Member::opt("Value", &S_DIMENSION_VALUE),
]);
static S_DIMENSION_FILTERS: Shape = Shape::List(&S_DIMENSION_FILTER);
static S_RECENTLY_ACTIVE: Shape = Shape::String;
static S_INCLUDE_LINKED_ACCOUNTS: Shape = Shape::Boolean;
static S_METRICS: Shape = Shape::List(&S_METRIC);
static S_OWNING_ACCOUNTS: Shape = Shape::List(&S_ACCOUNT_ID);
static S_TAG_KEY: Shape = Shape::String;
static S_TAG_VALUE: Shape = Shape::String;
static S_TAG: Shape = Shape::Structure(&[
    Member::req("Key", &S_TAG_KEY),
    Member::req("Value", &S_TAG_VALUE),
]);
static S_TAG_LIST: Shape = Shape::List(&S_TAG);
static S_DATA_PATH: Shape = Shape::String;
static S_MESSAGE: Shape = Shape::String;
static S_DASHBOARD_VALIDATION_MESSAGE: Shape = Shape::Structure(&[
    Member::opt("DataPath", &S_DATA_PATH),
    Member::opt("Message", &S_MESSAGE),
]);
static S_DASHBOARD_VALIDATION_MESSAGES: Shape = Shape::List(&S_DASHBOARD_VALIDATION_MESSAGE);
static S_MANAGED_RULE: Shape = Shape::Structure(&[
    Member::req("TemplateName", &S_TEMPLATE_NAME),
    Member::req("ResourceARN", &S_AMAZON_RESOURCE_NAME),
    Member::opt("Tags", &S_TAG_LIST),
]);
static S_MANAGED_RULES: Shape = Shape::List(&S_MANAGED_RULE);
static S_STATISTIC_SET: Shape = Shape::Structure(&[
    Member::req("SampleCount", &S_DATAPOINT_VALUE),
    Member::req("Sum", &S_DATAPOINT_VALUE),
    Member::req("Minimum", &S_DATAPOINT_VALUE),
    Member::req("Maximum", &S_DATAPOINT_VALUE),
]);
static S_VALUES: Shape = Shape::List(&S_DATAPOINT_VALUE);
static S_COUNTS: Shape = Shape::List(&S_DATAPOINT_VALUE);
static S_STORAGE_RESOLUTION: Shape = Shape::Integer;
static S_METRIC_DATUM: Shape = Shape::Structure(&[
    Member::req("MetricName", &S_METRIC_NAME),
    Member::opt("Dimensions", &S_DIMENSIONS),
    Member::opt("Timestamp", &S_TIMESTAMP),
    Member::opt("Value", &S_DATAPOINT_VALUE),
    Member::opt("StatisticValues", &S_STATISTIC_SET),
    Member::opt("Values", &S_VALUES),
    Member::opt("Counts", &S_COUNTS),
    Member::opt("Unit", &S_STANDARD_UNIT),
    Member::opt("StorageResolution", &S_STORAGE_RESOLUTION),
]);
static S_METRIC_DATA: Shape = Shape::List(&S_METRIC_DATUM);
static S_ENTITY_KEY_ATTRIBUTES_MAP_VALUE_STRING: Shape = Shape::String;
static S_ENTITY_KEY_ATTRIBUTES_MAP: Shape = Shape::Map {
    value: &S_ENTITY_KEY_ATTRIBUTES_MAP_VALUE_STRING,
    key_name: "key",
    value_name: "value",
};
static S_ENTITY_ATTRIBUTES_MAP_VALUE_STRING: Shape = Shape::String;
static S_ENTITY_ATTRIBUTES_MAP: Shape = Shape::Map {
    value: &S_ENTITY_ATTRIBUTES_MAP_VALUE_STRING,
    key_name: "key",
    value_name: "value",
};
static S_ENTITY: Shape = Shape::Structure(&[
    Member::opt("KeyAttributes", &S_ENTITY_KEY_ATTRIBUTES_MAP),
    Member::opt("Attributes", &S_ENTITY_ATTRIBUTES_MAP),
]);
static S_ENTITY_METRIC_DATA: Shape = Shape::Structure(&[
    Member::opt("Entity", &S_ENTITY),
    Member::opt("MetricData", &S_METRIC_DATA),
]);
static S_ENTITY_METRIC_DATA_LIST: Shape = Shape::List(&S_ENTITY_METRIC_DATA);
static S_STRICT_ENTITY_VALIDATION: Shape = Shape::Boolean;
static S_METRIC_STREAM_NAMES: Shape = Shape::List(&S_METRIC_STREAM_NAME);
static S_TAG_KEY_LIST: Shape = Shape::List(&S_TAG_KEY);

/// Every operation of the service, in AWS's model order.
pub static SPEC: ServiceSpec = ServiceSpec {
    service: Service::CloudWatch,
    operations: &[
        OperationSpec {
            name: "DeleteAlarmMuteRule",
            input: &[Member::req("AlarmMuteRuleName", &S_NAME)],
            output: &[],
        },
        OperationSpec {
            name: "DeleteAlarms",
            input: &[Member::req("AlarmNames", &S_ALARM_NAMES)],
            output: &[],
        },
        OperationSpec {
            name: "DeleteAnomalyDetector",
            input: &[
                Member::opt("Namespace", &S_NAMESPACE),
                Member::opt("MetricName", &S_METRIC_NAME),
                Member::opt("Dimensions", &S_DIMENSIONS),
                Member::opt("Stat", &S_ANOMALY_DETECTOR_METRIC_STAT),
                Member::opt(
                    "SingleMetricAnomalyDetector",
                    &S_SINGLE_METRIC_ANOMALY_DETECTOR,
                ),
                Member::opt("MetricMathAnomalyDetector", &S_METRIC_MATH_ANOMALY_DETECTOR),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteDashboards",
            input: &[Member::req("DashboardNames", &S_DASHBOARD_NAMES)],
            output: &[],
        },
        OperationSpec {
            name: "DeleteInsightRules",
            input: &[Member::req("RuleNames", &S_INSIGHT_RULE_NAMES)],
            output: &[Member::opt("Failures", &S_BATCH_FAILURES)],
        },
        OperationSpec {
            name: "DeleteMetricStream",
            input: &[Member::req("Name", &S_METRIC_STREAM_NAME)],
            output: &[],
        },
        OperationSpec {
            name: "DescribeAlarmContributors",
            input: &[
                Member::req("AlarmName", &S_ALARM_NAME),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
            output: &[
                Member::req("AlarmContributors", &S_ALARM_CONTRIBUTORS),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
        },
        OperationSpec {
            name: "DescribeAlarmHistory",
            input: &[
                Member::opt("AlarmName", &S_ALARM_NAME),
                Member::opt("AlarmContributorId", &S_CONTRIBUTOR_ID),
                Member::opt("AlarmTypes", &S_ALARM_TYPES),
                Member::opt("HistoryItemType", &S_HISTORY_ITEM_TYPE),
                Member::opt("StartDate", &S_TIMESTAMP),
                Member::opt("EndDate", &S_TIMESTAMP),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("ScanBy", &S_SCAN_BY),
            ],
            output: &[
                Member::opt("AlarmHistoryItems", &S_ALARM_HISTORY_ITEMS),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
        },
        OperationSpec {
            name: "DescribeAlarms",
            input: &[
                Member::opt("AlarmNames", &S_ALARM_NAMES),
                Member::opt("AlarmNamePrefix", &S_ALARM_NAME_PREFIX),
                Member::opt("AlarmTypes", &S_ALARM_TYPES),
                Member::opt("ChildrenOfAlarmName", &S_ALARM_NAME),
                Member::opt("ParentsOfAlarmName", &S_ALARM_NAME),
                Member::opt("StateValue", &S_STATE_VALUE),
                Member::opt("ActionPrefix", &S_ACTION_PREFIX),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
            output: &[
                Member::opt("CompositeAlarms", &S_COMPOSITE_ALARMS),
                Member::opt("MetricAlarms", &S_METRIC_ALARMS),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
        },
        OperationSpec {
            name: "DescribeAlarmsForMetric",
            input: &[
                Member::req("MetricName", &S_METRIC_NAME),
                Member::req("Namespace", &S_NAMESPACE),
                Member::opt("Statistic", &S_STATISTIC),
                Member::opt("ExtendedStatistic", &S_EXTENDED_STATISTIC),
                Member::opt("Dimensions", &S_DIMENSIONS),
                Member::opt("Period", &S_PERIOD),
                Member::opt("Unit", &S_STANDARD_UNIT),
            ],
            output: &[Member::opt("MetricAlarms", &S_METRIC_ALARMS)],
        },
        OperationSpec {
            name: "DescribeAnomalyDetectors",
            input: &[
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("MaxResults", &S_MAX_RETURNED_RESULTS_COUNT),
                Member::opt("Namespace", &S_NAMESPACE),
                Member::opt("MetricName", &S_METRIC_NAME),
                Member::opt("Dimensions", &S_DIMENSIONS),
                Member::opt("AnomalyDetectorTypes", &S_ANOMALY_DETECTOR_TYPES),
            ],
            output: &[
                Member::opt("AnomalyDetectors", &S_ANOMALY_DETECTORS),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
        },
        OperationSpec {
            name: "DescribeInsightRules",
            input: &[
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("MaxResults", &S_INSIGHT_RULE_MAX_RESULTS),
            ],
            output: &[
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("InsightRules", &S_INSIGHT_RULES),
            ],
        },
        OperationSpec {
            name: "DisableAlarmActions",
            input: &[Member::req("AlarmNames", &S_ALARM_NAMES)],
            output: &[],
        },
        OperationSpec {
            name: "DisableInsightRules",
            input: &[Member::req("RuleNames", &S_INSIGHT_RULE_NAMES)],
            output: &[Member::opt("Failures", &S_BATCH_FAILURES)],
        },
        OperationSpec {
            name: "EnableAlarmActions",
            input: &[Member::req("AlarmNames", &S_ALARM_NAMES)],
            output: &[],
        },
        OperationSpec {
            name: "EnableInsightRules",
            input: &[Member::req("RuleNames", &S_INSIGHT_RULE_NAMES)],
            output: &[Member::opt("Failures", &S_BATCH_FAILURES)],
        },
        OperationSpec {
            name: "GetAlarmMuteRule",
            input: &[Member::req("AlarmMuteRuleName", &S_NAME)],
            output: &[
                Member::opt("Name", &S_NAME),
                Member::opt("AlarmMuteRuleArn", &S_ARN),
                Member::opt("Description", &S_ALARM_DESCRIPTION),
                Member::opt("Rule", &S_RULE),
                Member::opt("MuteTargets", &S_MUTE_TARGETS),
                Member::opt("StartDate", &S_TIMESTAMP),
                Member::opt("ExpireDate", &S_TIMESTAMP),
                Member::opt("Status", &S_ALARM_MUTE_RULE_STATUS),
                Member::opt("LastUpdatedTimestamp", &S_TIMESTAMP),
                Member::opt("MuteType", &S_MUTE_TYPE),
            ],
        },
        OperationSpec {
            name: "GetDashboard",
            input: &[Member::req("DashboardName", &S_DASHBOARD_NAME)],
            output: &[
                Member::opt("DashboardArn", &S_DASHBOARD_ARN),
                Member::opt("DashboardBody", &S_DASHBOARD_BODY),
                Member::opt("DashboardName", &S_DASHBOARD_NAME),
            ],
        },
        OperationSpec {
            name: "GetInsightRuleReport",
            input: &[
                Member::req("RuleName", &S_INSIGHT_RULE_NAME),
                Member::req("StartTime", &S_TIMESTAMP),
                Member::req("EndTime", &S_TIMESTAMP),
                Member::req("Period", &S_PERIOD),
                Member::opt("MaxContributorCount", &S_INSIGHT_RULE_UNBOUND_INTEGER),
                Member::opt("Metrics", &S_INSIGHT_RULE_METRIC_LIST),
                Member::opt("OrderBy", &S_INSIGHT_RULE_ORDER_BY),
            ],
            output: &[
                Member::opt("KeyLabels", &S_INSIGHT_RULE_CONTRIBUTOR_KEY_LABELS),
                Member::opt(
                    "AggregationStatistic",
                    &S_INSIGHT_RULE_AGGREGATION_STATISTIC,
                ),
                Member::opt("AggregateValue", &S_INSIGHT_RULE_UNBOUND_DOUBLE),
                Member::opt("ApproximateUniqueCount", &S_INSIGHT_RULE_UNBOUND_LONG),
                Member::opt("Contributors", &S_INSIGHT_RULE_CONTRIBUTORS),
                Member::opt("MetricDatapoints", &S_INSIGHT_RULE_METRIC_DATAPOINTS),
            ],
        },
        OperationSpec {
            name: "GetMetricData",
            input: &[
                Member::req("MetricDataQueries", &S_METRIC_DATA_QUERIES),
                Member::req("StartTime", &S_TIMESTAMP),
                Member::req("EndTime", &S_TIMESTAMP),
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("ScanBy", &S_SCAN_BY),
                Member::opt("MaxDatapoints", &S_GET_METRIC_DATA_MAX_DATAPOINTS),
                Member::opt("LabelOptions", &S_LABEL_OPTIONS),
            ],
            output: &[
                Member::opt("MetricDataResults", &S_METRIC_DATA_RESULTS),
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("Messages", &S_METRIC_DATA_RESULT_MESSAGES),
            ],
        },
        OperationSpec {
            name: "GetMetricStatistics",
            input: &[
                Member::req("Namespace", &S_NAMESPACE),
                Member::req("MetricName", &S_METRIC_NAME),
                Member::opt("Dimensions", &S_DIMENSIONS),
                Member::req("StartTime", &S_TIMESTAMP),
                Member::req("EndTime", &S_TIMESTAMP),
                Member::req("Period", &S_PERIOD),
                Member::opt("Statistics", &S_STATISTICS),
                Member::opt("ExtendedStatistics", &S_EXTENDED_STATISTICS),
                Member::opt("Unit", &S_STANDARD_UNIT),
            ],
            output: &[
                Member::opt("Label", &S_METRIC_LABEL),
                Member::opt("Datapoints", &S_DATAPOINTS),
            ],
        },
        OperationSpec {
            name: "GetMetricStream",
            input: &[Member::req("Name", &S_METRIC_STREAM_NAME)],
            output: &[
                Member::opt("Arn", &S_AMAZON_RESOURCE_NAME),
                Member::opt("Name", &S_METRIC_STREAM_NAME),
                Member::opt("IncludeFilters", &S_METRIC_STREAM_FILTERS),
                Member::opt("ExcludeFilters", &S_METRIC_STREAM_FILTERS),
                Member::opt("FirehoseArn", &S_AMAZON_RESOURCE_NAME),
                Member::opt("RoleArn", &S_AMAZON_RESOURCE_NAME),
                Member::opt("State", &S_METRIC_STREAM_STATE),
                Member::opt("CreationDate", &S_TIMESTAMP),
                Member::opt("LastUpdateDate", &S_TIMESTAMP),
                Member::opt("OutputFormat", &S_METRIC_STREAM_OUTPUT_FORMAT),
                Member::opt(
                    "StatisticsConfigurations",
                    &S_METRIC_STREAM_STATISTICS_CONFIGURATIONS,
                ),
                Member::opt(
                    "IncludeLinkedAccountsMetrics",
                    &S_INCLUDE_LINKED_ACCOUNTS_METRICS,
                ),
            ],
        },
        OperationSpec {
            name: "GetMetricWidgetImage",
            input: &[
                Member::req("MetricWidget", &S_METRIC_WIDGET),
                Member::opt("OutputFormat", &S_OUTPUT_FORMAT),
            ],
            output: &[Member::opt("MetricWidgetImage", &S_METRIC_WIDGET_IMAGE)],
        },
        OperationSpec {
            name: "GetOTelEnrichment",
            input: &[],
            output: &[Member::req("Status", &S_OTEL_ENRICHMENT_STATUS)],
        },
        OperationSpec {
            name: "ListAlarmMuteRules",
            input: &[
                Member::opt("AlarmName", &S_NAME),
                Member::opt("Statuses", &S_ALARM_MUTE_RULE_STATUSES),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
            output: &[
                Member::opt("AlarmMuteRuleSummaries", &S_ALARM_MUTE_RULE_SUMMARIES),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
        },
        OperationSpec {
            name: "ListDashboards",
            input: &[
                Member::opt("DashboardNamePrefix", &S_DASHBOARD_NAME_PREFIX),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
            output: &[
                Member::opt("DashboardEntries", &S_DASHBOARD_ENTRIES),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
        },
        OperationSpec {
            name: "ListManagedInsightRules",
            input: &[
                Member::req("ResourceARN", &S_AMAZON_RESOURCE_NAME),
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("MaxResults", &S_INSIGHT_RULE_MAX_RESULTS),
            ],
            output: &[
                Member::opt("ManagedRules", &S_MANAGED_RULE_DESCRIPTIONS),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
        },
        OperationSpec {
            name: "ListMetricStreams",
            input: &[
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("MaxResults", &S_LIST_METRIC_STREAMS_MAX_RESULTS),
            ],
            output: &[
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("Entries", &S_METRIC_STREAM_ENTRIES),
            ],
        },
        OperationSpec {
            name: "ListMetrics",
            input: &[
                Member::opt("Namespace", &S_NAMESPACE),
                Member::opt("MetricName", &S_METRIC_NAME),
                Member::opt("Dimensions", &S_DIMENSION_FILTERS),
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("RecentlyActive", &S_RECENTLY_ACTIVE),
                Member::opt("IncludeLinkedAccounts", &S_INCLUDE_LINKED_ACCOUNTS),
                Member::opt("OwningAccount", &S_ACCOUNT_ID),
            ],
            output: &[
                Member::opt("Metrics", &S_METRICS),
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("OwningAccounts", &S_OWNING_ACCOUNTS),
            ],
        },
        OperationSpec {
            name: "ListTagsForResource",
            input: &[Member::req("ResourceARN", &S_AMAZON_RESOURCE_NAME)],
            output: &[Member::opt("Tags", &S_TAG_LIST)],
        },
        OperationSpec {
            name: "PutAlarmMuteRule",
            input: &[
                Member::req("Name", &S_NAME),
                Member::opt("Description", &S_ALARM_DESCRIPTION),
                Member::req("Rule", &S_RULE),
                Member::opt("MuteTargets", &S_MUTE_TARGETS),
                Member::opt("Tags", &S_TAG_LIST),
                Member::opt("StartDate", &S_TIMESTAMP),
                Member::opt("ExpireDate", &S_TIMESTAMP),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutAnomalyDetector",
            input: &[
                Member::opt("Namespace", &S_NAMESPACE),
                Member::opt("MetricName", &S_METRIC_NAME),
                Member::opt("Dimensions", &S_DIMENSIONS),
                Member::opt("Stat", &S_ANOMALY_DETECTOR_METRIC_STAT),
                Member::opt("Configuration", &S_ANOMALY_DETECTOR_CONFIGURATION),
                Member::opt("MetricCharacteristics", &S_METRIC_CHARACTERISTICS),
                Member::opt(
                    "SingleMetricAnomalyDetector",
                    &S_SINGLE_METRIC_ANOMALY_DETECTOR,
                ),
                Member::opt("MetricMathAnomalyDetector", &S_METRIC_MATH_ANOMALY_DETECTOR),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutCompositeAlarm",
            input: &[
                Member::opt("ActionsEnabled", &S_ACTIONS_ENABLED),
                Member::opt("AlarmActions", &S_RESOURCE_LIST),
                Member::opt("AlarmDescription", &S_ALARM_DESCRIPTION),
                Member::req("AlarmName", &S_ALARM_NAME),
                Member::req("AlarmRule", &S_ALARM_RULE),
                Member::opt("InsufficientDataActions", &S_RESOURCE_LIST),
                Member::opt("OKActions", &S_RESOURCE_LIST),
                Member::opt("Tags", &S_TAG_LIST),
                Member::opt("ActionsSuppressor", &S_ALARM_ARN),
                Member::opt("ActionsSuppressorWaitPeriod", &S_SUPPRESSOR_PERIOD),
                Member::opt("ActionsSuppressorExtensionPeriod", &S_SUPPRESSOR_PERIOD),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutDashboard",
            input: &[
                Member::req("DashboardName", &S_DASHBOARD_NAME),
                Member::req("DashboardBody", &S_DASHBOARD_BODY),
                Member::opt("Tags", &S_TAG_LIST),
            ],
            output: &[Member::opt(
                "DashboardValidationMessages",
                &S_DASHBOARD_VALIDATION_MESSAGES,
            )],
        },
        OperationSpec {
            name: "PutInsightRule",
            input: &[
                Member::req("RuleName", &S_INSIGHT_RULE_NAME),
                Member::opt("RuleState", &S_INSIGHT_RULE_STATE),
                Member::req("RuleDefinition", &S_INSIGHT_RULE_DEFINITION),
                Member::opt("Tags", &S_TAG_LIST),
                Member::opt(
                    "ApplyOnTransformedLogs",
                    &S_INSIGHT_RULE_ON_TRANSFORMED_LOGS,
                ),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutManagedInsightRules",
            input: &[Member::req("ManagedRules", &S_MANAGED_RULES)],
            output: &[Member::opt("Failures", &S_BATCH_FAILURES)],
        },
        OperationSpec {
            name: "PutMetricAlarm",
            input: &[
                Member::req("AlarmName", &S_ALARM_NAME),
                Member::opt("AlarmDescription", &S_ALARM_DESCRIPTION),
                Member::opt("ActionsEnabled", &S_ACTIONS_ENABLED),
                Member::opt("OKActions", &S_RESOURCE_LIST),
                Member::opt("AlarmActions", &S_RESOURCE_LIST),
                Member::opt("InsufficientDataActions", &S_RESOURCE_LIST),
                Member::opt("MetricName", &S_METRIC_NAME),
                Member::opt("Namespace", &S_NAMESPACE),
                Member::opt("Statistic", &S_STATISTIC),
                Member::opt("ExtendedStatistic", &S_EXTENDED_STATISTIC),
                Member::opt("Dimensions", &S_DIMENSIONS),
                Member::opt("Period", &S_PERIOD),
                Member::opt("Unit", &S_STANDARD_UNIT),
                Member::opt("EvaluationPeriods", &S_EVALUATION_PERIODS),
                Member::opt("DatapointsToAlarm", &S_DATAPOINTS_TO_ALARM),
                Member::opt("Threshold", &S_THRESHOLD),
                Member::opt("ComparisonOperator", &S_COMPARISON_OPERATOR),
                Member::opt("TreatMissingData", &S_TREAT_MISSING_DATA),
                Member::opt(
                    "EvaluateLowSampleCountPercentile",
                    &S_EVALUATE_LOW_SAMPLE_COUNT_PERCENTILE,
                ),
                Member::opt("Metrics", &S_METRIC_DATA_QUERIES),
                Member::opt("Tags", &S_TAG_LIST),
                Member::opt("ThresholdMetricId", &S_METRIC_ID),
                Member::opt("EvaluationCriteria", &S_EVALUATION_CRITERIA),
                Member::opt("EvaluationInterval", &S_EVALUATION_INTERVAL),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutMetricData",
            input: &[
                Member::req("Namespace", &S_NAMESPACE),
                Member::opt("MetricData", &S_METRIC_DATA),
                Member::opt("EntityMetricData", &S_ENTITY_METRIC_DATA_LIST),
                Member::opt("StrictEntityValidation", &S_STRICT_ENTITY_VALIDATION),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutMetricStream",
            input: &[
                Member::req("Name", &S_METRIC_STREAM_NAME),
                Member::opt("IncludeFilters", &S_METRIC_STREAM_FILTERS),
                Member::opt("ExcludeFilters", &S_METRIC_STREAM_FILTERS),
                Member::req("FirehoseArn", &S_AMAZON_RESOURCE_NAME),
                Member::req("RoleArn", &S_AMAZON_RESOURCE_NAME),
                Member::req("OutputFormat", &S_METRIC_STREAM_OUTPUT_FORMAT),
                Member::opt("Tags", &S_TAG_LIST),
                Member::opt(
                    "StatisticsConfigurations",
                    &S_METRIC_STREAM_STATISTICS_CONFIGURATIONS,
                ),
                Member::opt(
                    "IncludeLinkedAccountsMetrics",
                    &S_INCLUDE_LINKED_ACCOUNTS_METRICS,
                ),
            ],
            output: &[Member::opt("Arn", &S_AMAZON_RESOURCE_NAME)],
        },
        OperationSpec {
            name: "SetAlarmState",
            input: &[
                Member::req("AlarmName", &S_ALARM_NAME),
                Member::req("StateValue", &S_STATE_VALUE),
                Member::req("StateReason", &S_STATE_REASON),
                Member::opt("StateReasonData", &S_STATE_REASON_DATA),
            ],
            output: &[],
        },
        OperationSpec {
            name: "StartMetricStreams",
            input: &[Member::req("Names", &S_METRIC_STREAM_NAMES)],
            output: &[],
        },
        OperationSpec {
            name: "StartOTelEnrichment",
            input: &[],
            output: &[],
        },
        OperationSpec {
            name: "StopMetricStreams",
            input: &[Member::req("Names", &S_METRIC_STREAM_NAMES)],
            output: &[],
        },
        OperationSpec {
            name: "StopOTelEnrichment",
            input: &[],
            output: &[],
        },
        OperationSpec {
            name: "TagResource",
            input: &[
                Member::req("ResourceARN", &S_AMAZON_RESOURCE_NAME),
                Member::req("Tags", &S_TAG_LIST),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UntagResource",
            input: &[
                Member::req("ResourceARN", &S_AMAZON_RESOURCE_NAME),
                Member::req("TagKeys", &S_TAG_KEY_LIST),
            ],
            output: &[],
        },
    ],
    http: &[],
};
