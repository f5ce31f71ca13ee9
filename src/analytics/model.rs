//! The Amazon Kinesis Analytics API's operations with their input and output shapes
//! (API version 2015-08-14), generated from AWS's published
//! API model by `scripts/gen_model.py`. Facts only: names, types, required members,
//! the XML names of map keys and values.

use crate::model::{Member, OperationSpec, Service, ServiceSpec, Shape};

static S_APPLICATION_NAME: Shape = Shape::String;
static S_APPLICATION_VERSION_ID: Shape = Shape::Long;
static S_LOG_STREAM_ARN: Shape = Shape::String;
static S_ROLE_ARN: Shape = Shape::String;
static S_CLOUD_WATCH_LOGGING_OPTION: Shape = Shape::Structure(&[
    Member::req("LogStreamARN", &S_LOG_STREAM_ARN),
    Member::req("RoleARN", &S_ROLE_ARN),
]);
static S_IN_APP_STREAM_NAME: Shape = Shape::String;
static S_RESOURCE_ARN: Shape = Shape::String;
static S_INPUT_LAMBDA_PROCESSOR: Shape = Shape::Structure(&[
    Member::req("ResourceARN", &S_RESOURCE_ARN),
    Member::req("RoleARN", &S_ROLE_ARN),
]);
static S_INPUT_PROCESSING_CONFIGURATION: Shape = Shape::Structure(&[Member::req(
    "InputLambdaProcessor",
    &S_INPUT_LAMBDA_PROCESSOR,
)]);
static S_KINESIS_STREAMS_INPUT: Shape = Shape::Structure(&[
    Member::req("ResourceARN", &S_RESOURCE_ARN),
    Member::req("RoleARN", &S_ROLE_ARN),
]);
static S_KINESIS_FIREHOSE_INPUT: Shape = Shape::Structure(&[
    Member::req("ResourceARN", &S_RESOURCE_ARN),
    Member::req("RoleARN", &S_ROLE_ARN),
]);
static S_INPUT_PARALLELISM_COUNT: Shape = Shape::Integer;
static S_INPUT_PARALLELISM: Shape =
    Shape::Structure(&[Member::opt("Count", &S_INPUT_PARALLELISM_COUNT)]);
static S_RECORD_FORMAT_TYPE: Shape = Shape::String;
static S_RECORD_ROW_PATH: Shape = Shape::String;
static S_JSONMAPPING_PARAMETERS: Shape =
    Shape::Structure(&[Member::req("RecordRowPath", &S_RECORD_ROW_PATH)]);
static S_RECORD_ROW_DELIMITER: Shape = Shape::String;
static S_RECORD_COLUMN_DELIMITER: Shape = Shape::String;
static S_CSVMAPPING_PARAMETERS: Shape = Shape::Structure(&[
    Member::req("RecordRowDelimiter", &S_RECORD_ROW_DELIMITER),
    Member::req("RecordColumnDelimiter", &S_RECORD_COLUMN_DELIMITER),
]);
static S_MAPPING_PARAMETERS: Shape = Shape::Structure(&[
    Member::opt("JSONMappingParameters", &S_JSONMAPPING_PARAMETERS),
    Member::opt("CSVMappingParameters", &S_CSVMAPPING_PARAMETERS),
]);
static S_RECORD_FORMAT: Shape = Shape::Structure(&[
    Member::req("RecordFormatType", &S_RECORD_FORMAT_TYPE),
    Member::opt("MappingParameters", &S_MAPPING_PARAMETERS),
]);
static S_RECORD_ENCODING: Shape = Shape::String;
static S_RECORD_COLUMN_NAME: Shape = Shape::String;
static S_RECORD_COLUMN_MAPPING: Shape = Shape::String;
static S_RECORD_COLUMN_SQL_TYPE: Shape = Shape::String;
static S_RECORD_COLUMN: Shape = Shape::Structure(&[
    Member::req("Name", &S_RECORD_COLUMN_NAME),
    Member::opt("Mapping", &S_RECORD_COLUMN_MAPPING),
    Member::req("SqlType", &S_RECORD_COLUMN_SQL_TYPE),
]);
static S_RECORD_COLUMNS: Shape = Shape::List(&S_RECORD_COLUMN);
static S_SOURCE_SCHEMA: Shape = Shape::Structure(&[
    Member::req("RecordFormat", &S_RECORD_FORMAT),
    Member::opt("RecordEncoding", &S_RECORD_ENCODING),
    Member::req("RecordColumns", &S_RECORD_COLUMNS),
]);
static S_INPUT: Shape = Shape::Structure(&[
    Member::req("NamePrefix", &S_IN_APP_STREAM_NAME),
    Member::opt(
        "InputProcessingConfiguration",
        &S_INPUT_PROCESSING_CONFIGURATION,
    ),
    Member::opt("KinesisStreamsInput", &S_KINESIS_STREAMS_INPUT),
    Member::opt("KinesisFirehoseInput", &S_KINESIS_FIREHOSE_INPUT),
    Member::opt("InputParallelism", &S_INPUT_PARALLELISM),
    Member::req("InputSchema", &S_SOURCE_SCHEMA),
]);
static S_ID: Shape = Shape::String;
static S_KINESIS_STREAMS_OUTPUT: Shape = Shape::Structure(&[
    Member::req("ResourceARN", &S_RESOURCE_ARN),
    Member::req("RoleARN", &S_ROLE_ARN),
]);
static S_KINESIS_FIREHOSE_OUTPUT: Shape = Shape::Structure(&[
    Member::req("ResourceARN", &S_RESOURCE_ARN),
    Member::req("RoleARN", &S_ROLE_ARN),
]);
static S_LAMBDA_OUTPUT: Shape = Shape::Structure(&[
    Member::req("ResourceARN", &S_RESOURCE_ARN),
    Member::req("RoleARN", &S_ROLE_ARN),
]);
static S_DESTINATION_SCHEMA: Shape =
    Shape::Structure(&[Member::req("RecordFormatType", &S_RECORD_FORMAT_TYPE)]);
static S_OUTPUT: Shape = Shape::Structure(&[
    Member::req("Name", &S_IN_APP_STREAM_NAME),
    Member::opt("KinesisStreamsOutput", &S_KINESIS_STREAMS_OUTPUT),
    Member::opt("KinesisFirehoseOutput", &S_KINESIS_FIREHOSE_OUTPUT),
    Member::opt("LambdaOutput", &S_LAMBDA_OUTPUT),
    Member::req("DestinationSchema", &S_DESTINATION_SCHEMA),
]);
static S_IN_APP_TABLE_NAME: Shape = Shape::String;
static S_BUCKET_ARN: Shape = Shape::String;
static S_FILE_KEY: Shape = Shape::String;
static S_S3_REFERENCE_DATA_SOURCE: Shape = Shape::Structure(&[
    Member::req("BucketARN", &S_BUCKET_ARN),
    Member::req("FileKey", &S_FILE_KEY),
    Member::req("ReferenceRoleARN", &S_ROLE_ARN),
]);
static S_REFERENCE_DATA_SOURCE: Shape = Shape::Structure(&[
    Member::req("TableName", &S_IN_APP_TABLE_NAME),
    Member::opt("S3ReferenceDataSource", &S_S3_REFERENCE_DATA_SOURCE),
    Member::req("ReferenceSchema", &S_SOURCE_SCHEMA),
]);
static S_APPLICATION_DESCRIPTION: Shape = Shape::String;
static S_INPUTS: Shape = Shape::List(&S_INPUT);
static S_OUTPUTS: Shape = Shape::List(&S_OUTPUT);
static S_CLOUD_WATCH_LOGGING_OPTIONS: Shape = Shape::List(&S_CLOUD_WATCH_LOGGING_OPTION);
static S_APPLICATION_CODE: Shape = Shape::String;
static S_TAG_KEY: Shape = Shape::String;
static S_TAG_VALUE: Shape = Shape::String;
static S_TAG: Shape = Shape::Structure(&[
    Member::req("Key", &S_TAG_KEY),
    Member::opt("Value", &S_TAG_VALUE),
]);
static S_TAGS: Shape = Shape::List(&S_TAG);
static S_APPLICATION_STATUS: Shape = Shape::String;
static S_APPLICATION_SUMMARY: Shape = Shape::Structure(&[
    Member::req("ApplicationName", &S_APPLICATION_NAME),
    Member::req("ApplicationARN", &S_RESOURCE_ARN),
    Member::req("ApplicationStatus", &S_APPLICATION_STATUS),
]);
static S_TIMESTAMP: Shape = Shape::Timestamp;
static S_IN_APP_STREAM_NAMES: Shape = Shape::List(&S_IN_APP_STREAM_NAME);
static S_INPUT_LAMBDA_PROCESSOR_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("ResourceARN", &S_RESOURCE_ARN),
    Member::opt("RoleARN", &S_ROLE_ARN),
]);
static S_INPUT_PROCESSING_CONFIGURATION_DESCRIPTION: Shape = Shape::Structure(&[Member::opt(
    "InputLambdaProcessorDescription",
    &S_INPUT_LAMBDA_PROCESSOR_DESCRIPTION,
)]);
static S_KINESIS_STREAMS_INPUT_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("ResourceARN", &S_RESOURCE_ARN),
    Member::opt("RoleARN", &S_ROLE_ARN),
]);
static S_KINESIS_FIREHOSE_INPUT_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("ResourceARN", &S_RESOURCE_ARN),
    Member::opt("RoleARN", &S_ROLE_ARN),
]);
static S_INPUT_STARTING_POSITION: Shape = Shape::String;
static S_INPUT_STARTING_POSITION_CONFIGURATION: Shape = Shape::Structure(&[Member::opt(
    "InputStartingPosition",
    &S_INPUT_STARTING_POSITION,
)]);
static S_INPUT_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("InputId", &S_ID),
    Member::opt("NamePrefix", &S_IN_APP_STREAM_NAME),
    Member::opt("InAppStreamNames", &S_IN_APP_STREAM_NAMES),
    Member::opt(
        "InputProcessingConfigurationDescription",
        &S_INPUT_PROCESSING_CONFIGURATION_DESCRIPTION,
    ),
    Member::opt(
        "KinesisStreamsInputDescription",
        &S_KINESIS_STREAMS_INPUT_DESCRIPTION,
    ),
    Member::opt(
        "KinesisFirehoseInputDescription",
        &S_KINESIS_FIREHOSE_INPUT_DESCRIPTION,
    ),
    Member::opt("InputSchema", &S_SOURCE_SCHEMA),
    Member::opt("InputParallelism", &S_INPUT_PARALLELISM),
    Member::opt(
        "InputStartingPositionConfiguration",
        &S_INPUT_STARTING_POSITION_CONFIGURATION,
    ),
]);
static S_INPUT_DESCRIPTIONS: Shape = Shape::List(&S_INPUT_DESCRIPTION);
static S_KINESIS_STREAMS_OUTPUT_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("ResourceARN", &S_RESOURCE_ARN),
    Member::opt("RoleARN", &S_ROLE_ARN),
]);
static S_KINESIS_FIREHOSE_OUTPUT_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("ResourceARN", &S_RESOURCE_ARN),
    Member::opt("RoleARN", &S_ROLE_ARN),
]);
static S_LAMBDA_OUTPUT_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("ResourceARN", &S_RESOURCE_ARN),
    Member::opt("RoleARN", &S_ROLE_ARN),
]);
static S_OUTPUT_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("OutputId", &S_ID),
    Member::opt("Name", &S_IN_APP_STREAM_NAME),
    Member::opt(
        "KinesisStreamsOutputDescription",
        &S_KINESIS_STREAMS_OUTPUT_DESCRIPTION,
    ),
    Member::opt(
        "KinesisFirehoseOutputDescription",
        &S_KINESIS_FIREHOSE_OUTPUT_DESCRIPTION,
    ),
    Member::opt("LambdaOutputDescription", &S_LAMBDA_OUTPUT_DESCRIPTION),
    Member::opt("DestinationSchema", &S_DESTINATION_SCHEMA),
]);
static S_OUTPUT_DESCRIPTIONS: Shape = Shape::List(&S_OUTPUT_DESCRIPTION);
static S_S3_REFERENCE_DATA_SOURCE_DESCRIPTION: Shape = Shape::Structure(&[
    Member::req("BucketARN", &S_BUCKET_ARN),
    Member::req("FileKey", &S_FILE_KEY),
    Member::req("ReferenceRoleARN", &S_ROLE_ARN),
]);
static S_REFERENCE_DATA_SOURCE_DESCRIPTION: Shape = Shape::Structure(&[
    Member::req("ReferenceId", &S_ID),
    Member::req("TableName", &S_IN_APP_TABLE_NAME),
    Member::req(
        "S3ReferenceDataSourceDescription",
        &S_S3_REFERENCE_DATA_SOURCE_DESCRIPTION,
    ),
    Member::opt("ReferenceSchema", &S_SOURCE_SCHEMA),
]);
static S_REFERENCE_DATA_SOURCE_DESCRIPTIONS: Shape =
    Shape::List(&S_REFERENCE_DATA_SOURCE_DESCRIPTION);
static S_CLOUD_WATCH_LOGGING_OPTION_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("CloudWatchLoggingOptionId", &S_ID),
    Member::req("LogStreamARN", &S_LOG_STREAM_ARN),
    Member::req("RoleARN", &S_ROLE_ARN),
]);
static S_CLOUD_WATCH_LOGGING_OPTION_DESCRIPTIONS: Shape =
    Shape::List(&S_CLOUD_WATCH_LOGGING_OPTION_DESCRIPTION);
static S_APPLICATION_DETAIL: Shape = Shape::Structure(&[
    Member::req("ApplicationName", &S_APPLICATION_NAME),
    Member::opt("ApplicationDescription", &S_APPLICATION_DESCRIPTION),
    Member::req("ApplicationARN", &S_RESOURCE_ARN),
    Member::req("ApplicationStatus", &S_APPLICATION_STATUS),
    Member::opt("CreateTimestamp", &S_TIMESTAMP),
    Member::opt("LastUpdateTimestamp", &S_TIMESTAMP),
    Member::opt("InputDescriptions", &S_INPUT_DESCRIPTIONS),
    Member::opt("OutputDescriptions", &S_OUTPUT_DESCRIPTIONS),
    Member::opt(
        "ReferenceDataSourceDescriptions",
        &S_REFERENCE_DATA_SOURCE_DESCRIPTIONS,
    ),
    Member::opt(
        "CloudWatchLoggingOptionDescriptions",
        &S_CLOUD_WATCH_LOGGING_OPTION_DESCRIPTIONS,
    ),
    Member::opt("ApplicationCode", &S_APPLICATION_CODE),
    Member::req("ApplicationVersionId", &S_APPLICATION_VERSION_ID),
]);
static S_S3_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::req("BucketARN", &S_BUCKET_ARN),
    Member::req("FileKey", &S_FILE_KEY),
]);
static S_PARSED_INPUT_RECORD_FIELD: Shape = Shape::String;
static S_PARSED_INPUT_RECORD: Shape = Shape::List(&S_PARSED_INPUT_RECORD_FIELD);
static S_PARSED_INPUT_RECORDS: Shape = Shape::List(&S_PARSED_INPUT_RECORD);
static S_PROCESSED_INPUT_RECORD: Shape = Shape::String;
static S_PROCESSED_INPUT_RECORDS: Shape = Shape::List(&S_PROCESSED_INPUT_RECORD);
static S_RAW_INPUT_RECORD: Shape = Shape::String;
static S_RAW_INPUT_RECORDS: Shape = Shape::List(&S_RAW_INPUT_RECORD);
static S_LIST_APPLICATIONS_INPUT_LIMIT: Shape = Shape::Integer;
static S_APPLICATION_SUMMARIES: Shape = Shape::List(&S_APPLICATION_SUMMARY);
static S_BOOLEAN_OBJECT: Shape = Shape::Boolean;
static S_KINESIS_ANALYTICS_ARN: Shape = Shape::String;
static S_INPUT_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("Id", &S_ID),
    Member::req(
        "InputStartingPositionConfiguration",
        &S_INPUT_STARTING_POSITION_CONFIGURATION,
    ),
]);
static S_INPUT_CONFIGURATIONS: Shape = Shape::List(&S_INPUT_CONFIGURATION);
static S_TAG_KEYS: Shape = Shape::List(&S_TAG_KEY);
static S_INPUT_LAMBDA_PROCESSOR_UPDATE: Shape = Shape::Structure(&[
    Member::opt("ResourceARNUpdate", &S_RESOURCE_ARN),
    Member::opt("RoleARNUpdate", &S_ROLE_ARN),
]);
static S_INPUT_PROCESSING_CONFIGURATION_UPDATE: Shape = Shape::Structure(&[Member::req(
    "InputLambdaProcessorUpdate",
    &S_INPUT_LAMBDA_PROCESSOR_UPDATE,
)]);
static S_KINESIS_STREAMS_INPUT_UPDATE: Shape = Shape::Structure(&[
    Member::opt("ResourceARNUpdate", &S_RESOURCE_ARN),
    Member::opt("RoleARNUpdate", &S_ROLE_ARN),
]);
static S_KINESIS_FIREHOSE_INPUT_UPDATE: Shape = Shape::Structure(&[
    Member::opt("ResourceARNUpdate", &S_RESOURCE_ARN),
    Member::opt("RoleARNUpdate", &S_ROLE_ARN),
]);
static S_INPUT_SCHEMA_UPDATE: Shape = Shape::Structure(&[
    Member::opt("RecordFormatUpdate", &S_RECORD_FORMAT),
    Member::opt("RecordEncodingUpdate", &S_RECORD_ENCODING),
    Member::opt("RecordColumnUpdates", &S_RECORD_COLUMNS),
]);
static S_INPUT_PARALLELISM_UPDATE: Shape =
    Shape::Structure(&[Member::opt("CountUpdate", &S_INPUT_PARALLELISM_COUNT)]);
static S_INPUT_UPDATE: Shape = Shape::Structure(&[
    Member::req("InputId", &S_ID),
    Member::opt("NamePrefixUpdate", &S_IN_APP_STREAM_NAME),
    Member::opt(
        "InputProcessingConfigurationUpdate",
        &S_INPUT_PROCESSING_CONFIGURATION_UPDATE,
    ),
    Member::opt("KinesisStreamsInputUpdate", &S_KINESIS_STREAMS_INPUT_UPDATE),
    Member::opt(
        "KinesisFirehoseInputUpdate",
        &S_KINESIS_FIREHOSE_INPUT_UPDATE,
    ),
    Member::opt("InputSchemaUpdate", &S_INPUT_SCHEMA_UPDATE),
    Member::opt("InputParallelismUpdate", &S_INPUT_PARALLELISM_UPDATE),
]);
static S_INPUT_UPDATES: Shape = Shape::List(&S_INPUT_UPDATE);
static S_KINESIS_STREAMS_OUTPUT_UPDATE: Shape = Shape::Structure(&[
    Member::opt("ResourceARNUpdate", &S_RESOURCE_ARN),
    Member::opt("RoleARNUpdate", &S_ROLE_ARN),
]);
static S_KINESIS_FIREHOSE_OUTPUT_UPDATE: Shape = Shape::Structure(&[
    Member::opt("ResourceARNUpdate", &S_RESOURCE_ARN),
    Member::opt("RoleARNUpdate", &S_ROLE_ARN),
]);
static S_LAMBDA_OUTPUT_UPDATE: Shape = Shape::Structure(&[
    Member::opt("ResourceARNUpdate", &S_RESOURCE_ARN),
    Member::opt("RoleARNUpdate", &S_ROLE_ARN),
]);
static S_OUTPUT_UPDATE: Shape = Shape::Structure(&[
    Member::req("OutputId", &S_ID),
    Member::opt("NameUpdate", &S_IN_APP_STREAM_NAME),
    Member::opt(
        "KinesisStreamsOutputUpdate",
        &S_KINESIS_STREAMS_OUTPUT_UPDATE,
    ),
    Member::opt(
        "KinesisFirehoseOutputUpdate",
        &S_KINESIS_FIREHOSE_OUTPUT_UPDATE,
    ),
    Member::opt("LambdaOutputUpdate", &S_LAMBDA_OUTPUT_UPDATE),
    Member::opt("DestinationSchemaUpdate", &S_DESTINATION_SCHEMA),
]);
static S_OUTPUT_UPDATES: Shape = Shape::List(&S_OUTPUT_UPDATE);
static S_S3_REFERENCE_DATA_SOURCE_UPDATE: Shape = Shape::Structure(&[
    Member::opt("BucketARNUpdate", &S_BUCKET_ARN),
    Member::opt("FileKeyUpdate", &S_FILE_KEY),
    Member::opt("ReferenceRoleARNUpdate", &S_ROLE_ARN),
]);
static S_REFERENCE_DATA_SOURCE_UPDATE: Shape = Shape::Structure(&[
    Member::req("ReferenceId", &S_ID),
    Member::opt("TableNameUpdate", &S_IN_APP_TABLE_NAME),
    Member::opt(
        "S3ReferenceDataSourceUpdate",
        &S_S3_REFERENCE_DATA_SOURCE_UPDATE,
    ),
    Member::opt("ReferenceSchemaUpdate", &S_SOURCE_SCHEMA),
]);
static S_REFERENCE_DATA_SOURCE_UPDATES: Shape = Shape::List(&S_REFERENCE_DATA_SOURCE_UPDATE);
static S_CLOUD_WATCH_LOGGING_OPTION_UPDATE: Shape = Shape::Structure(&[
    Member::req("CloudWatchLoggingOptionId", &S_ID),
    Member::opt("LogStreamARNUpdate", &S_LOG_STREAM_ARN),
    Member::opt("RoleARNUpdate", &S_ROLE_ARN),
]);
static S_CLOUD_WATCH_LOGGING_OPTION_UPDATES: Shape =
    Shape::List(&S_CLOUD_WATCH_LOGGING_OPTION_UPDATE);
static S_APPLICATION_UPDATE: Shape = Shape::Structure(&[
    Member::opt("InputUpdates", &S_INPUT_UPDATES),
    Member::opt("ApplicationCodeUpdate", &S_APPLICATION_CODE),
    Member::opt("OutputUpdates", &S_OUTPUT_UPDATES),
    Member::opt(
        "ReferenceDataSourceUpdates",
        &S_REFERENCE_DATA_SOURCE_UPDATES,
    ),
    Member::opt(
        "CloudWatchLoggingOptionUpdates",
        &S_CLOUD_WATCH_LOGGING_OPTION_UPDATES,
    ),
]);

/// Every operation of the service, in AWS's model order.
pub static SPEC: ServiceSpec = ServiceSpec {
    service: Service::KinesisAnalytics,
    operations: &[
        OperationSpec {
            name: "AddApplicationCloudWatchLoggingOption",
            input: &[
                Member::req("ApplicationName", &S_APPLICATION_NAME),
                Member::req("CurrentApplicationVersionId", &S_APPLICATION_VERSION_ID),
                Member::req("CloudWatchLoggingOption", &S_CLOUD_WATCH_LOGGING_OPTION),
            ],
            output: &[],
        },
        OperationSpec {
            name: "AddApplicationInput",
            input: &[
                Member::req("ApplicationName", &S_APPLICATION_NAME),
                Member::req("CurrentApplicationVersionId", &S_APPLICATION_VERSION_ID),
                Member::req("Input", &S_INPUT),
            ],
            output: &[],
        },
        OperationSpec {
            name: "AddApplicationInputProcessingConfiguration",
            input: &[
                Member::req("ApplicationName", &S_APPLICATION_NAME),
                Member::req("CurrentApplicationVersionId", &S_APPLICATION_VERSION_ID),
                Member::req("InputId", &S_ID),
                Member::req(
                    "InputProcessingConfiguration",
                    &S_INPUT_PROCESSING_CONFIGURATION,
                ),
            ],
            output: &[],
        },
        OperationSpec {
            name: "AddApplicationOutput",
            input: &[
                Member::req("ApplicationName", &S_APPLICATION_NAME),
                Member::req("CurrentApplicationVersionId", &S_APPLICATION_VERSION_ID),
                Member::req("Output", &S_OUTPUT),
            ],
            output: &[],
        },
        OperationSpec {
            name: "AddApplicationReferenceDataSource",
            input: &[
                Member::req("ApplicationName", &S_APPLICATION_NAME),
                Member::req("CurrentApplicationVersionId", &S_APPLICATION_VERSION_ID),
                Member::req("ReferenceDataSource", &S_REFERENCE_DATA_SOURCE),
            ],
            output: &[],
        },
        OperationSpec {
            name: "CreateApplication",
            input: &[
                Member::req("ApplicationName", &S_APPLICATION_NAME),
                Member::opt("ApplicationDescription", &S_APPLICATION_DESCRIPTION),
                Member::opt("Inputs", &S_INPUTS),
                Member::opt("Outputs", &S_OUTPUTS),
                Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
                Member::opt("ApplicationCode", &S_APPLICATION_CODE),
                Member::opt("Tags", &S_TAGS),
            ],
            output: &[Member::req("ApplicationSummary", &S_APPLICATION_SUMMARY)],
        },
        OperationSpec {
            name: "DeleteApplication",
            input: &[
                Member::req("ApplicationName", &S_APPLICATION_NAME),
                Member::req("CreateTimestamp", &S_TIMESTAMP),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteApplicationCloudWatchLoggingOption",
            input: &[
                Member::req("ApplicationName", &S_APPLICATION_NAME),
                Member::req("CurrentApplicationVersionId", &S_APPLICATION_VERSION_ID),
                Member::req("CloudWatchLoggingOptionId", &S_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteApplicationInputProcessingConfiguration",
            input: &[
                Member::req("ApplicationName", &S_APPLICATION_NAME),
                Member::req("CurrentApplicationVersionId", &S_APPLICATION_VERSION_ID),
                Member::req("InputId", &S_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteApplicationOutput",
            input: &[
                Member::req("ApplicationName", &S_APPLICATION_NAME),
                Member::req("CurrentApplicationVersionId", &S_APPLICATION_VERSION_ID),
                Member::req("OutputId", &S_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteApplicationReferenceDataSource",
            input: &[
                Member::req("ApplicationName", &S_APPLICATION_NAME),
                Member::req("CurrentApplicationVersionId", &S_APPLICATION_VERSION_ID),
                Member::req("ReferenceId", &S_ID),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DescribeApplication",
            input: &[Member::req("ApplicationName", &S_APPLICATION_NAME)],
            output: &[Member::req("ApplicationDetail", &S_APPLICATION_DETAIL)],
        },
        OperationSpec {
            name: "DiscoverInputSchema",
            input: &[
                Member::opt("ResourceARN", &S_RESOURCE_ARN),
                Member::opt("RoleARN", &S_ROLE_ARN),
                Member::opt(
                    "InputStartingPositionConfiguration",
                    &S_INPUT_STARTING_POSITION_CONFIGURATION,
                ),
                Member::opt("S3Configuration", &S_S3_CONFIGURATION),
                Member::opt(
                    "InputProcessingConfiguration",
                    &S_INPUT_PROCESSING_CONFIGURATION,
                ),
            ],
            output: &[
                Member::opt("InputSchema", &S_SOURCE_SCHEMA),
                Member::opt("ParsedInputRecords", &S_PARSED_INPUT_RECORDS),
                Member::opt("ProcessedInputRecords", &S_PROCESSED_INPUT_RECORDS),
                Member::opt("RawInputRecords", &S_RAW_INPUT_RECORDS),
            ],
        },
        OperationSpec {
            name: "ListApplications",
            input: &[
                Member::opt("Limit", &S_LIST_APPLICATIONS_INPUT_LIMIT),
                Member::opt("ExclusiveStartApplicationName", &S_APPLICATION_NAME),
            ],
            output: &[
                Member::req("ApplicationSummaries", &S_APPLICATION_SUMMARIES),
                Member::req("HasMoreApplications", &S_BOOLEAN_OBJECT),
            ],
        },
        OperationSpec {
            name: "ListTagsForResource",
            input: &[Member::req("ResourceARN", &S_KINESIS_ANALYTICS_ARN)],
            output: &[Member::opt("Tags", &S_TAGS)],
        },
        OperationSpec {
            name: "StartApplication",
            input: &[
                Member::req("ApplicationName", &S_APPLICATION_NAME),
                Member::req("InputConfigurations", &S_INPUT_CONFIGURATIONS),
            ],
            output: &[],
        },
        OperationSpec {
            name: "StopApplication",
            input: &[Member::req("ApplicationName", &S_APPLICATION_NAME)],
            output: &[],
        },
        OperationSpec {
            name: "TagResource",
            input: &[
                Member::req("ResourceARN", &S_KINESIS_ANALYTICS_ARN),
                Member::req("Tags", &S_TAGS),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UntagResource",
            input: &[
                Member::req("ResourceARN", &S_KINESIS_ANALYTICS_ARN),
                Member::req("TagKeys", &S_TAG_KEYS),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UpdateApplication",
            input: &[
                Member::req("ApplicationName", &S_APPLICATION_NAME),
                Member::req("CurrentApplicationVersionId", &S_APPLICATION_VERSION_ID),
                Member::req("ApplicationUpdate", &S_APPLICATION_UPDATE),
            ],
            output: &[],
        },
    ],
    http: &[],
};
