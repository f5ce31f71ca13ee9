//! The Amazon Kinesis API's operations with their input and output shapes
//! (API version 2013-12-02), generated from AWS's published
//! API model by `scripts/gen_model.py`. Facts only: names, types, required members,
//! the XML names of map keys and values.

use crate::model::{Member, OperationSpec, Service, ServiceSpec, Shape};

static S_STREAM_NAME: Shape = Shape::String;
static S_TAG_VALUE: Shape = Shape::String;
static S_TAG_MAP: Shape = Shape::Map {
    value: &S_TAG_VALUE,
    key_name: "key",
    value_name: "value",
};
static S_STREAM_ARN: Shape = Shape::String;
static S_STREAM_ID: Shape = Shape::String;
static S_POSITIVE_INTEGER_OBJECT: Shape = Shape::Integer;
static S_STREAM_MODE: Shape = Shape::String;
static S_STREAM_MODE_DETAILS: Shape =
    Shape::Structure(&[Member::req("StreamMode", &S_STREAM_MODE)]);
static S_NATURAL_INTEGER_OBJECT: Shape = Shape::Integer;
static S_MAX_RECORD_SIZE_IN_KI_B: Shape = Shape::Integer;
static S_RETENTION_PERIOD_HOURS: Shape = Shape::Integer;
static S_RESOURCE_ARN: Shape = Shape::String;
static S_BOOLEAN_OBJECT: Shape = Shape::Boolean;
static S_CONSUMER_NAME: Shape = Shape::String;
static S_CONSUMER_ARN: Shape = Shape::String;
static S_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT_STATUS: Shape = Shape::String;
static S_TIMESTAMP: Shape = Shape::Timestamp;
static S_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT: Shape = Shape::Structure(&[
    Member::req(
        "Status",
        &S_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT_STATUS,
    ),
    Member::opt("StartedAt", &S_TIMESTAMP),
    Member::opt("EndedAt", &S_TIMESTAMP),
    Member::opt("EarliestAllowedEndAt", &S_TIMESTAMP),
]);
static S_SHARD_COUNT_OBJECT: Shape = Shape::Integer;
static S_ON_DEMAND_STREAM_COUNT_OBJECT: Shape = Shape::Integer;
static S_ON_DEMAND_STREAM_COUNT_LIMIT_OBJECT: Shape = Shape::Integer;
static S_DESCRIBE_STREAM_INPUT_LIMIT: Shape = Shape::Integer;
static S_SHARD_ID: Shape = Shape::String;
static S_STREAM_STATUS: Shape = Shape::String;
static S_HASH_KEY: Shape = Shape::String;
static S_HASH_KEY_RANGE: Shape = Shape::Structure(&[
    Member::req("StartingHashKey", &S_HASH_KEY),
    Member::req("EndingHashKey", &S_HASH_KEY),
]);
static S_SEQUENCE_NUMBER: Shape = Shape::String;
static S_SEQUENCE_NUMBER_RANGE: Shape = Shape::Structure(&[
    Member::req("StartingSequenceNumber", &S_SEQUENCE_NUMBER),
    Member::opt("EndingSequenceNumber", &S_SEQUENCE_NUMBER),
]);
static S_SHARD: Shape = Shape::Structure(&[
    Member::req("ShardId", &S_SHARD_ID),
    Member::opt("ParentShardId", &S_SHARD_ID),
    Member::opt("AdjacentParentShardId", &S_SHARD_ID),
    Member::req("HashKeyRange", &S_HASH_KEY_RANGE),
    Member::req("SequenceNumberRange", &S_SEQUENCE_NUMBER_RANGE),
]);
static S_SHARD_LIST: Shape = Shape::List(&S_SHARD);
static S_METRICS_NAME: Shape = Shape::String;
static S_METRICS_NAME_LIST: Shape = Shape::List(&S_METRICS_NAME);
static S_ENHANCED_METRICS: Shape =
    Shape::Structure(&[Member::opt("ShardLevelMetrics", &S_METRICS_NAME_LIST)]);
static S_ENHANCED_MONITORING_LIST: Shape = Shape::List(&S_ENHANCED_METRICS);
static S_ENCRYPTION_TYPE: Shape = Shape::String;
static S_KEY_ID: Shape = Shape::String;
static S_STREAM_DESCRIPTION: Shape = Shape::Structure(&[
    Member::req("StreamName", &S_STREAM_NAME),
    Member::req("StreamARN", &S_STREAM_ARN),
    Member::req("StreamStatus", &S_STREAM_STATUS),
    Member::opt("StreamModeDetails", &S_STREAM_MODE_DETAILS),
    Member::req("Shards", &S_SHARD_LIST),
    Member::req("HasMoreShards", &S_BOOLEAN_OBJECT),
    Member::req("RetentionPeriodHours", &S_RETENTION_PERIOD_HOURS),
    Member::req("StreamCreationTimestamp", &S_TIMESTAMP),
    Member::req("EnhancedMonitoring", &S_ENHANCED_MONITORING_LIST),
    Member::opt("EncryptionType", &S_ENCRYPTION_TYPE),
    Member::opt("KeyId", &S_KEY_ID),
]);
static S_CONSUMER_STATUS: Shape = Shape::String;
static S_CONSUMER_DESCRIPTION: Shape = Shape::Structure(&[
    Member::req("ConsumerName", &S_CONSUMER_NAME),
    Member::req("ConsumerARN", &S_CONSUMER_ARN),
    Member::req("ConsumerStatus", &S_CONSUMER_STATUS),
    Member::req("ConsumerCreationTimestamp", &S_TIMESTAMP),
    Member::req("StreamARN", &S_STREAM_ARN),
]);
static S_CONSUMER_COUNT_OBJECT: Shape = Shape::Integer;
static S_WARM_THROUGHPUT_OBJECT: Shape = Shape::Structure(&[
    Member::opt("TargetMiBps", &S_NATURAL_INTEGER_OBJECT),
    Member::opt("CurrentMiBps", &S_NATURAL_INTEGER_OBJECT),
]);
static S_STREAM_DESCRIPTION_SUMMARY: Shape = Shape::Structure(&[
    Member::req("StreamName", &S_STREAM_NAME),
    Member::req("StreamARN", &S_STREAM_ARN),
    Member::opt("StreamId", &S_STREAM_ID),
    Member::req("StreamStatus", &S_STREAM_STATUS),
    Member::opt("StreamModeDetails", &S_STREAM_MODE_DETAILS),
    Member::req("RetentionPeriodHours", &S_RETENTION_PERIOD_HOURS),
    Member::req("StreamCreationTimestamp", &S_TIMESTAMP),
    Member::req("EnhancedMonitoring", &S_ENHANCED_MONITORING_LIST),
    Member::opt("EncryptionType", &S_ENCRYPTION_TYPE),
    Member::opt("KeyId", &S_KEY_ID),
    Member::req("OpenShardCount", &S_SHARD_COUNT_OBJECT),
    Member::opt("ConsumerCount", &S_CONSUMER_COUNT_OBJECT),
    Member::opt("WarmThroughput", &S_WARM_THROUGHPUT_OBJECT),
    Member::opt("MaxRecordSizeInKiB", &S_MAX_RECORD_SIZE_IN_KI_B),
]);
static S_SHARD_ITERATOR: Shape = Shape::String;
static S_GET_RECORDS_INPUT_LIMIT: Shape = Shape::Integer;
static S_DATA: Shape = Shape::Blob;
static S_PARTITION_KEY: Shape = Shape::String;
static S_RECORD: Shape = Shape::Structure(&[
    Member::req("SequenceNumber", &S_SEQUENCE_NUMBER),
    Member::opt("ApproximateArrivalTimestamp", &S_TIMESTAMP),
    Member::req("Data", &S_DATA),
    Member::req("PartitionKey", &S_PARTITION_KEY),
    Member::opt("EncryptionType", &S_ENCRYPTION_TYPE),
]);
static S_RECORD_LIST: Shape = Shape::List(&S_RECORD);
static S_MILLIS_BEHIND_LATEST: Shape = Shape::Long;
static S_SHARD_ID_LIST: Shape = Shape::List(&S_SHARD_ID);
static S_CHILD_SHARD: Shape = Shape::Structure(&[
    Member::req("ShardId", &S_SHARD_ID),
    Member::req("ParentShards", &S_SHARD_ID_LIST),
    Member::req("HashKeyRange", &S_HASH_KEY_RANGE),
]);
static S_CHILD_SHARD_LIST: Shape = Shape::List(&S_CHILD_SHARD);
static S_POLICY: Shape = Shape::String;
static S_SHARD_ITERATOR_TYPE: Shape = Shape::String;
static S_NEXT_TOKEN: Shape = Shape::String;
static S_LIST_SHARDS_INPUT_LIMIT: Shape = Shape::Integer;
static S_SHARD_FILTER_TYPE: Shape = Shape::String;
static S_SHARD_FILTER: Shape = Shape::Structure(&[
    Member::req("Type", &S_SHARD_FILTER_TYPE),
    Member::opt("ShardId", &S_SHARD_ID),
    Member::opt("Timestamp", &S_TIMESTAMP),
]);
static S_LIST_STREAM_CONSUMERS_INPUT_LIMIT: Shape = Shape::Integer;
static S_CONSUMER: Shape = Shape::Structure(&[
    Member::req("ConsumerName", &S_CONSUMER_NAME),
    Member::req("ConsumerARN", &S_CONSUMER_ARN),
    Member::req("ConsumerStatus", &S_CONSUMER_STATUS),
    Member::req("ConsumerCreationTimestamp", &S_TIMESTAMP),
]);
static S_CONSUMER_LIST: Shape = Shape::List(&S_CONSUMER);
static S_LIST_STREAMS_INPUT_LIMIT: Shape = Shape::Integer;
static S_STREAM_NAME_LIST: Shape = Shape::List(&S_STREAM_NAME);
static S_STREAM_SUMMARY: Shape = Shape::Structure(&[
    Member::req("StreamName", &S_STREAM_NAME),
    Member::req("StreamARN", &S_STREAM_ARN),
    Member::req("StreamStatus", &S_STREAM_STATUS),
    Member::opt("StreamModeDetails", &S_STREAM_MODE_DETAILS),
    Member::opt("StreamCreationTimestamp", &S_TIMESTAMP),
]);
static S_STREAM_SUMMARY_LIST: Shape = Shape::List(&S_STREAM_SUMMARY);
static S_TAG_KEY: Shape = Shape::String;
static S_TAG: Shape = Shape::Structure(&[
    Member::req("Key", &S_TAG_KEY),
    Member::opt("Value", &S_TAG_VALUE),
]);
static S_TAG_LIST: Shape = Shape::List(&S_TAG);
static S_LIST_TAGS_FOR_STREAM_INPUT_LIMIT: Shape = Shape::Integer;
static S_PUT_RECORDS_REQUEST_ENTRY: Shape = Shape::Structure(&[
    Member::req("Data", &S_DATA),
    Member::opt("ExplicitHashKey", &S_HASH_KEY),
    Member::req("PartitionKey", &S_PARTITION_KEY),
]);
static S_PUT_RECORDS_REQUEST_ENTRY_LIST: Shape = Shape::List(&S_PUT_RECORDS_REQUEST_ENTRY);
static S_ERROR_CODE: Shape = Shape::String;
static S_ERROR_MESSAGE: Shape = Shape::String;
static S_PUT_RECORDS_RESULT_ENTRY: Shape = Shape::Structure(&[
    Member::opt("SequenceNumber", &S_SEQUENCE_NUMBER),
    Member::opt("ShardId", &S_SHARD_ID),
    Member::opt("ErrorCode", &S_ERROR_CODE),
    Member::opt("ErrorMessage", &S_ERROR_MESSAGE),
]);
static S_PUT_RECORDS_RESULT_ENTRY_LIST: Shape = Shape::List(&S_PUT_RECORDS_RESULT_ENTRY);
static S_TAG_KEY_LIST: Shape = Shape::List(&S_TAG_KEY);
static S_STARTING_POSITION: Shape = Shape::Structure(&[
    Member::req("Type", &S_SHARD_ITERATOR_TYPE),
    Member::opt("SequenceNumber", &S_SEQUENCE_NUMBER),
    Member::opt("Timestamp", &S_TIMESTAMP),
]);
static S_SUBSCRIBE_TO_SHARD_EVENT: Shape = Shape::Structure(&[
    Member::req("Records", &S_RECORD_LIST),
    Member::req("ContinuationSequenceNumber", &S_SEQUENCE_NUMBER),
    Member::req("MillisBehindLatest", &S_MILLIS_BEHIND_LATEST),
    Member::opt("ChildShards", &S_CHILD_SHARD_LIST),
]);
static S_RESOURCE_NOT_FOUND_EXCEPTION: Shape =
    Shape::Structure(&[Member::opt("message", &S_ERROR_MESSAGE)]);
static S_RESOURCE_IN_USE_EXCEPTION: Shape =
    Shape::Structure(&[Member::opt("message", &S_ERROR_MESSAGE)]);
static S_KMSDISABLED_EXCEPTION: Shape =
    Shape::Structure(&[Member::opt("message", &S_ERROR_MESSAGE)]);
static S_KMSINVALID_STATE_EXCEPTION: Shape =
    Shape::Structure(&[Member::opt("message", &S_ERROR_MESSAGE)]);
static S_KMSACCESS_DENIED_EXCEPTION: Shape =
    Shape::Structure(&[Member::opt("message", &S_ERROR_MESSAGE)]);
static S_KMSNOT_FOUND_EXCEPTION: Shape =
    Shape::Structure(&[Member::opt("message", &S_ERROR_MESSAGE)]);
static S_KMSOPT_IN_REQUIRED: Shape = Shape::Structure(&[Member::opt("message", &S_ERROR_MESSAGE)]);
static S_KMSTHROTTLING_EXCEPTION: Shape =
    Shape::Structure(&[Member::opt("message", &S_ERROR_MESSAGE)]);
static S_INTERNAL_FAILURE_EXCEPTION: Shape =
    Shape::Structure(&[Member::opt("message", &S_ERROR_MESSAGE)]);
static S_SUBSCRIBE_TO_SHARD_EVENT_STREAM: Shape = Shape::Structure(&[
    Member::req("SubscribeToShardEvent", &S_SUBSCRIBE_TO_SHARD_EVENT),
    Member::opt("ResourceNotFoundException", &S_RESOURCE_NOT_FOUND_EXCEPTION),
    Member::opt("ResourceInUseException", &S_RESOURCE_IN_USE_EXCEPTION),
    Member::opt("KMSDisabledException", &S_KMSDISABLED_EXCEPTION),
    Member::opt("KMSInvalidStateException", &S_KMSINVALID_STATE_EXCEPTION),
    Member::opt("KMSAccessDeniedException", &S_KMSACCESS_DENIED_EXCEPTION),
    Member::opt("KMSNotFoundException", &S_KMSNOT_FOUND_EXCEPTION),
    Member::opt("KMSOptInRequired", &S_KMSOPT_IN_REQUIRED),
    Member::opt("KMSThrottlingException", &S_KMSTHROTTLING_EXCEPTION),
    Member::opt("InternalFailureException", &S_INTERNAL_FAILURE_EXCEPTION),
]);
static S_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_INPUT_STATUS: Shape = Shape::String;
static S_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_INPUT: Shape = Shape::Structure(&[Member::req(
    "Status",
    &S_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_INPUT_STATUS,
)]);
static S_SCALING_TYPE: Shape = Shape::String;

/// Every operation of the service, in AWS's model order.
pub static SPEC: ServiceSpec = ServiceSpec {
    service: Service::Kinesis,
    operations: &[
        OperationSpec {
            name: "AddTagsToStream",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::req("Tags", &S_TAG_MAP),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "CreateStream",
            input: &[
                Member::req("StreamName", &S_STREAM_NAME),
                Member::opt("ShardCount", &S_POSITIVE_INTEGER_OBJECT),
                Member::opt("StreamModeDetails", &S_STREAM_MODE_DETAILS),
                Member::opt("Tags", &S_TAG_MAP),
                Member::opt("WarmThroughputMiBps", &S_NATURAL_INTEGER_OBJECT),
                Member::opt("MaxRecordSizeInKiB", &S_MAX_RECORD_SIZE_IN_KI_B),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DecreaseStreamRetentionPeriod",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::req("RetentionPeriodHours", &S_RETENTION_PERIOD_HOURS),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteResourcePolicy",
            input: &[
                Member::req("ResourceARN", &S_RESOURCE_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteStream",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::opt("EnforceConsumerDeletion", &S_BOOLEAN_OBJECT),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeregisterStreamConsumer",
            input: &[
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("ConsumerName", &S_CONSUMER_NAME),
                Member::opt("ConsumerARN", &S_CONSUMER_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DescribeAccountSettings",
            input: &[],
            output: &[Member::opt(
                "MinimumThroughputBillingCommitment",
                &S_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT,
            )],
        },
        OperationSpec {
            name: "DescribeLimits",
            input: &[],
            output: &[
                Member::req("ShardLimit", &S_SHARD_COUNT_OBJECT),
                Member::req("OpenShardCount", &S_SHARD_COUNT_OBJECT),
                Member::req("OnDemandStreamCount", &S_ON_DEMAND_STREAM_COUNT_OBJECT),
                Member::req(
                    "OnDemandStreamCountLimit",
                    &S_ON_DEMAND_STREAM_COUNT_LIMIT_OBJECT,
                ),
            ],
        },
        OperationSpec {
            name: "DescribeStream",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::opt("Limit", &S_DESCRIBE_STREAM_INPUT_LIMIT),
                Member::opt("ExclusiveStartShardId", &S_SHARD_ID),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[Member::req("StreamDescription", &S_STREAM_DESCRIPTION)],
        },
        OperationSpec {
            name: "DescribeStreamConsumer",
            input: &[
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("ConsumerName", &S_CONSUMER_NAME),
                Member::opt("ConsumerARN", &S_CONSUMER_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[Member::req("ConsumerDescription", &S_CONSUMER_DESCRIPTION)],
        },
        OperationSpec {
            name: "DescribeStreamSummary",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[Member::req(
                "StreamDescriptionSummary",
                &S_STREAM_DESCRIPTION_SUMMARY,
            )],
        },
        OperationSpec {
            name: "DisableEnhancedMonitoring",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::req("ShardLevelMetrics", &S_METRICS_NAME_LIST),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::opt("CurrentShardLevelMetrics", &S_METRICS_NAME_LIST),
                Member::opt("DesiredShardLevelMetrics", &S_METRICS_NAME_LIST),
                Member::opt("StreamARN", &S_STREAM_ARN),
            ],
        },
        OperationSpec {
            name: "EnableEnhancedMonitoring",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::req("ShardLevelMetrics", &S_METRICS_NAME_LIST),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::opt("CurrentShardLevelMetrics", &S_METRICS_NAME_LIST),
                Member::opt("DesiredShardLevelMetrics", &S_METRICS_NAME_LIST),
                Member::opt("StreamARN", &S_STREAM_ARN),
            ],
        },
        OperationSpec {
            name: "GetRecords",
            input: &[
                Member::req("ShardIterator", &S_SHARD_ITERATOR),
                Member::opt("Limit", &S_GET_RECORDS_INPUT_LIMIT),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[
                Member::req("Records", &S_RECORD_LIST),
                Member::opt("NextShardIterator", &S_SHARD_ITERATOR),
                Member::opt("MillisBehindLatest", &S_MILLIS_BEHIND_LATEST),
                Member::opt("ChildShards", &S_CHILD_SHARD_LIST),
            ],
        },
        OperationSpec {
            name: "GetResourcePolicy",
            input: &[
                Member::req("ResourceARN", &S_RESOURCE_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[Member::req("Policy", &S_POLICY)],
        },
        OperationSpec {
            name: "GetShardIterator",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::req("ShardId", &S_SHARD_ID),
                Member::req("ShardIteratorType", &S_SHARD_ITERATOR_TYPE),
                Member::opt("StartingSequenceNumber", &S_SEQUENCE_NUMBER),
                Member::opt("Timestamp", &S_TIMESTAMP),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[Member::opt("ShardIterator", &S_SHARD_ITERATOR)],
        },
        OperationSpec {
            name: "IncreaseStreamRetentionPeriod",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::req("RetentionPeriodHours", &S_RETENTION_PERIOD_HOURS),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "ListShards",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("ExclusiveStartShardId", &S_SHARD_ID),
                Member::opt("MaxResults", &S_LIST_SHARDS_INPUT_LIMIT),
                Member::opt("StreamCreationTimestamp", &S_TIMESTAMP),
                Member::opt("ShardFilter", &S_SHARD_FILTER),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[
                Member::opt("Shards", &S_SHARD_LIST),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
        },
        OperationSpec {
            name: "ListStreamConsumers",
            input: &[
                Member::req("StreamARN", &S_STREAM_ARN),
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("MaxResults", &S_LIST_STREAM_CONSUMERS_INPUT_LIMIT),
                Member::opt("StreamCreationTimestamp", &S_TIMESTAMP),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[
                Member::opt("Consumers", &S_CONSUMER_LIST),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
        },
        OperationSpec {
            name: "ListStreams",
            input: &[
                Member::opt("Limit", &S_LIST_STREAMS_INPUT_LIMIT),
                Member::opt("ExclusiveStartStreamName", &S_STREAM_NAME),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
            output: &[
                Member::req("StreamNames", &S_STREAM_NAME_LIST),
                Member::req("HasMoreStreams", &S_BOOLEAN_OBJECT),
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("StreamSummaries", &S_STREAM_SUMMARY_LIST),
            ],
        },
        OperationSpec {
            name: "ListTagsForResource",
            input: &[
                Member::req("ResourceARN", &S_RESOURCE_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[Member::opt("Tags", &S_TAG_LIST)],
        },
        OperationSpec {
            name: "ListTagsForStream",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::opt("ExclusiveStartTagKey", &S_TAG_KEY),
                Member::opt("Limit", &S_LIST_TAGS_FOR_STREAM_INPUT_LIMIT),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[
                Member::req("Tags", &S_TAG_LIST),
                Member::req("HasMoreTags", &S_BOOLEAN_OBJECT),
            ],
        },
        OperationSpec {
            name: "MergeShards",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::req("ShardToMerge", &S_SHARD_ID),
                Member::req("AdjacentShardToMerge", &S_SHARD_ID),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutRecord",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::req("Data", &S_DATA),
                Member::req("PartitionKey", &S_PARTITION_KEY),
                Member::opt("ExplicitHashKey", &S_HASH_KEY),
                Member::opt("SequenceNumberForOrdering", &S_SEQUENCE_NUMBER),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[
                Member::req("ShardId", &S_SHARD_ID),
                Member::req("SequenceNumber", &S_SEQUENCE_NUMBER),
                Member::opt("EncryptionType", &S_ENCRYPTION_TYPE),
            ],
        },
        OperationSpec {
            name: "PutRecords",
            input: &[
                Member::req("Records", &S_PUT_RECORDS_REQUEST_ENTRY_LIST),
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[
                Member::opt("FailedRecordCount", &S_POSITIVE_INTEGER_OBJECT),
                Member::req("Records", &S_PUT_RECORDS_RESULT_ENTRY_LIST),
                Member::opt("EncryptionType", &S_ENCRYPTION_TYPE),
            ],
        },
        OperationSpec {
            name: "PutResourcePolicy",
            input: &[
                Member::req("ResourceARN", &S_RESOURCE_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
                Member::req("Policy", &S_POLICY),
            ],
            output: &[],
        },
        OperationSpec {
            name: "RegisterStreamConsumer",
            input: &[
                Member::req("StreamARN", &S_STREAM_ARN),
                Member::req("ConsumerName", &S_CONSUMER_NAME),
                Member::opt("StreamId", &S_STREAM_ID),
                Member::opt("Tags", &S_TAG_MAP),
            ],
            output: &[Member::req("Consumer", &S_CONSUMER)],
        },
        OperationSpec {
            name: "RemoveTagsFromStream",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::req("TagKeys", &S_TAG_KEY_LIST),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "SplitShard",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::req("ShardToSplit", &S_SHARD_ID),
                Member::req("NewStartingHashKey", &S_HASH_KEY),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "StartStreamEncryption",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::req("EncryptionType", &S_ENCRYPTION_TYPE),
                Member::req("KeyId", &S_KEY_ID),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "StopStreamEncryption",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::req("EncryptionType", &S_ENCRYPTION_TYPE),
                Member::req("KeyId", &S_KEY_ID),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "SubscribeToShard",
            input: &[
                Member::req("ConsumerARN", &S_CONSUMER_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
                Member::req("ShardId", &S_SHARD_ID),
                Member::req("StartingPosition", &S_STARTING_POSITION),
            ],
            output: &[Member::req(
                "EventStream",
                &S_SUBSCRIBE_TO_SHARD_EVENT_STREAM,
            )],
        },
        OperationSpec {
            name: "TagResource",
            input: &[
                Member::req("Tags", &S_TAG_MAP),
                Member::req("ResourceARN", &S_RESOURCE_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UntagResource",
            input: &[
                Member::req("TagKeys", &S_TAG_KEY_LIST),
                Member::req("ResourceARN", &S_RESOURCE_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UpdateAccountSettings",
            input: &[Member::req(
                "MinimumThroughputBillingCommitment",
                &S_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_INPUT,
            )],
            output: &[Member::opt(
                "MinimumThroughputBillingCommitment",
                &S_MINIMUM_THROUGHPUT_BILLING_COMMITMENT_OUTPUT,
            )],
        },
        OperationSpec {
            name: "UpdateMaxRecordSize",
            input: &[
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
                Member::req("MaxRecordSizeInKiB", &S_MAX_RECORD_SIZE_IN_KI_B),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UpdateShardCount",
            input: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::req("TargetShardCount", &S_POSITIVE_INTEGER_OBJECT),
                Member::req("ScalingType", &S_SCALING_TYPE),
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
            ],
            output: &[
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::opt("CurrentShardCount", &S_POSITIVE_INTEGER_OBJECT),
                Member::opt("TargetShardCount", &S_POSITIVE_INTEGER_OBJECT),
                Member::opt("StreamARN", &S_STREAM_ARN),
            ],
        },
        OperationSpec {
            name: "UpdateStreamMode",
            input: &[
                Member::req("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamId", &S_STREAM_ID),
                Member::req("StreamModeDetails", &S_STREAM_MODE_DETAILS),
                Member::opt("WarmThroughputMiBps", &S_NATURAL_INTEGER_OBJECT),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UpdateStreamWarmThroughput",
            input: &[
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::opt("StreamId", &S_STREAM_ID),
                Member::req("WarmThroughputMiBps", &S_NATURAL_INTEGER_OBJECT),
            ],
            output: &[
                Member::opt("StreamARN", &S_STREAM_ARN),
                Member::opt("StreamName", &S_STREAM_NAME),
                Member::opt("WarmThroughput", &S_WARM_THROUGHPUT_OBJECT),
            ],
        },
    ],
    http: &[],
};
