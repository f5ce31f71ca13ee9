//! Typed requests and responses of the Kinesis operations Switchyard runs, in
//! AWS's JSON member names (AWS JSON 1.1). Blobs are base64 text; timestamps go
//! out as epoch seconds (numbers) and come in as numbers or ISO-8601 text.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// Tag maps and other string maps.
pub type StringMap = BTreeMap<String, String>;

/// How a request names its stream: by name, by ARN, or both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreamRef {
    #[serde(rename = "StreamName", default)]
    pub stream_name: Option<String>,
    #[serde(rename = "StreamARN", default)]
    pub stream_arn: Option<String>,
}

/// A request that names a stream and nothing else (DeleteStream,
/// DescribeStreamSummary).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct StreamRefInput {
    #[serde(flatten)]
    pub stream: StreamRef,
}

/// TagResource's input.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TagResourceInput {
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
    pub tags: StringMap,
}

/// UntagResource's input.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UntagResourceInput {
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
    pub tag_keys: Vec<String>,
}

/// An input naming a resource by ARN alone (ListTagsForResource).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResourceArnInput {
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
}

/// DeleteStream's input.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteStreamInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(default)]
    pub enforce_consumer_deletion: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StreamModeDetails {
    pub stream_mode: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateStreamInput {
    pub stream_name: String,
    #[serde(default)]
    pub shard_count: Option<i64>,
    #[serde(default)]
    pub stream_mode_details: Option<StreamModeDetails>,
    #[serde(default)]
    pub tags: Option<StringMap>,
    #[serde(default)]
    pub warm_throughput_mi_bps: Option<i64>,
    #[serde(default, rename = "MaxRecordSizeInKiB")]
    pub max_record_size_in_kib: Option<i64>,
}

/// A put request entry (PutRecords) or the PutRecord request's record part.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutRecordsRequestEntry {
    /// Base64 of the data blob.
    pub data: String,
    pub partition_key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explicit_hash_key: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct PutRecordInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "Data")]
    pub data: String,
    #[serde(rename = "PartitionKey")]
    pub partition_key: String,
    #[serde(rename = "ExplicitHashKey", default)]
    pub explicit_hash_key: Option<String>,
    #[serde(rename = "SequenceNumberForOrdering", default)]
    pub sequence_number_for_ordering: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutRecordOutput {
    pub shard_id: String,
    pub sequence_number: String,
    /// `KMS` on an encrypted stream; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_type: Option<&'static str>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct PutRecordsInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "Records")]
    pub records: Vec<PutRecordsRequestEntry>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutRecordsResultEntry {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shard_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_code: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutRecordsOutput {
    pub failed_record_count: u32,
    pub records: Vec<PutRecordsResultEntry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_type: Option<&'static str>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct GetShardIteratorInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "ShardId")]
    pub shard_id: String,
    #[serde(rename = "ShardIteratorType")]
    pub shard_iterator_type: String,
    #[serde(rename = "StartingSequenceNumber", default)]
    pub starting_sequence_number: Option<String>,
    #[serde(rename = "Timestamp", default)]
    pub timestamp: Option<Value>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetShardIteratorOutput {
    pub shard_iterator: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct GetRecordsInput {
    #[serde(rename = "ShardIterator")]
    pub shard_iterator: String,
    #[serde(rename = "Limit", default)]
    pub limit: Option<i64>,
    #[serde(rename = "StreamARN", default)]
    pub stream_arn: Option<String>,
}

/// A record as GetRecords returns it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RecordOut {
    pub sequence_number: String,
    /// Epoch seconds with millisecond precision.
    pub approximate_arrival_timestamp: f64,
    /// Base64.
    pub data: String,
    pub partition_key: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_type: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct HashKeyRange {
    pub starting_hash_key: String,
    pub ending_hash_key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChildShard {
    pub shard_id: String,
    pub parent_shards: Vec<String>,
    pub hash_key_range: HashKeyRange,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetRecordsOutput {
    pub records: Vec<RecordOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_shard_iterator: Option<String>,
    pub millis_behind_latest: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child_shards: Option<Vec<ChildShard>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SequenceNumberRange {
    pub starting_sequence_number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ending_sequence_number: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ShardOut {
    pub shard_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_shard_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adjacent_parent_shard_id: Option<String>,
    pub hash_key_range: HashKeyRange,
    pub sequence_number_range: SequenceNumberRange,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct DescribeStreamInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "Limit", default)]
    pub limit: Option<i64>,
    #[serde(rename = "ExclusiveStartShardId", default)]
    pub exclusive_start_shard_id: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ShardFilter {
    #[serde(rename = "Type")]
    pub kind: String,
    #[serde(default)]
    pub shard_id: Option<String>,
    #[serde(default)]
    pub timestamp: Option<Value>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct ListShardsInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "NextToken", default)]
    pub next_token: Option<String>,
    #[serde(rename = "ExclusiveStartShardId", default)]
    pub exclusive_start_shard_id: Option<String>,
    #[serde(rename = "MaxResults", default)]
    pub max_results: Option<i64>,
    #[serde(rename = "StreamCreationTimestamp", default)]
    pub stream_creation_timestamp: Option<Value>,
    #[serde(rename = "ShardFilter", default)]
    pub shard_filter: Option<ShardFilter>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListStreamsInput {
    #[serde(default)]
    pub limit: Option<i64>,
    #[serde(default)]
    pub exclusive_start_stream_name: Option<String>,
    #[serde(default)]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct SplitShardInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "ShardToSplit")]
    pub shard_to_split: String,
    #[serde(rename = "NewStartingHashKey")]
    pub new_starting_hash_key: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct MergeShardsInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "ShardToMerge")]
    pub shard_to_merge: String,
    #[serde(rename = "AdjacentShardToMerge")]
    pub adjacent_shard_to_merge: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct UpdateShardCountInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "TargetShardCount")]
    pub target_shard_count: i64,
    #[serde(rename = "ScalingType")]
    pub scaling_type: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct RetentionInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "RetentionPeriodHours")]
    pub retention_period_hours: i64,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct AddTagsInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "Tags")]
    pub tags: StringMap,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct RemoveTagsInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "TagKeys")]
    pub tag_keys: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct ListTagsInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "ExclusiveStartTagKey", default)]
    pub exclusive_start_tag_key: Option<String>,
    #[serde(rename = "Limit", default)]
    pub limit: Option<i64>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct EncryptionInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "EncryptionType")]
    pub encryption_type: String,
    #[serde(rename = "KeyId")]
    pub key_id: String,
}

/// EnableEnhancedMonitoring and DisableEnhancedMonitoring.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct EnhancedMonitoringInput {
    #[serde(flatten)]
    pub stream: StreamRef,
    #[serde(rename = "ShardLevelMetrics", default)]
    pub shard_level_metrics: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct UpdateStreamModeInput {
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
    #[serde(rename = "StreamModeDetails")]
    pub stream_mode_details: StreamModeDetails,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct ConsumerInput {
    #[serde(rename = "StreamARN", default)]
    pub stream_arn: Option<String>,
    #[serde(rename = "ConsumerName", default)]
    pub consumer_name: Option<String>,
    #[serde(rename = "ConsumerARN", default)]
    pub consumer_arn: Option<String>,
    #[serde(rename = "NextToken", default)]
    pub next_token: Option<String>,
    #[serde(rename = "MaxResults", default)]
    pub max_results: Option<i64>,
}

/// Where a SubscribeToShard starts (StartingPosition).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StartingPosition {
    #[serde(rename = "Type")]
    pub kind: String,
    #[serde(default)]
    pub sequence_number: Option<String>,
    #[serde(default)]
    pub timestamp: Option<Value>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct SubscribeToShardInput {
    #[serde(rename = "ConsumerARN")]
    pub consumer_arn: String,
    #[serde(rename = "ShardId")]
    pub shard_id: String,
    #[serde(rename = "StartingPosition")]
    pub starting_position: StartingPosition,
}
