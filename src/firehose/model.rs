//! The Amazon Kinesis Firehose API's operations with their input and output shapes
//! (API version 2015-08-04), generated from AWS's published
//! API model by `scripts/gen_model.py`. Facts only: names, types, required members,
//! the XML names of map keys and values.

use crate::model::{Member, OperationSpec, Service, ServiceSpec, Shape};

static S_DELIVERY_STREAM_NAME: Shape = Shape::String;
static S_DELIVERY_STREAM_TYPE: Shape = Shape::String;
static S_THROUGHPUT_HINT_IN_MBS: Shape = Shape::Integer;
static S_DIRECT_PUT_SOURCE_CONFIGURATION: Shape = Shape::Structure(&[Member::req(
    "ThroughputHintInMBs",
    &S_THROUGHPUT_HINT_IN_MBS,
)]);
static S_KINESIS_STREAM_ARN: Shape = Shape::String;
static S_ROLE_ARN: Shape = Shape::String;
static S_KINESIS_STREAM_SOURCE_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("KinesisStreamARN", &S_KINESIS_STREAM_ARN),
    Member::req("RoleARN", &S_ROLE_ARN),
]);
static S_AWSKMSKEY_ARN: Shape = Shape::String;
static S_KEY_TYPE: Shape = Shape::String;
static S_DELIVERY_STREAM_ENCRYPTION_CONFIGURATION_INPUT: Shape = Shape::Structure(&[
    Member::opt("KeyARN", &S_AWSKMSKEY_ARN),
    Member::req("KeyType", &S_KEY_TYPE),
]);
static S_BUCKET_ARN: Shape = Shape::String;
static S_PREFIX: Shape = Shape::String;
static S_ERROR_OUTPUT_PREFIX: Shape = Shape::String;
static S_SIZE_IN_MBS: Shape = Shape::Integer;
static S_INTERVAL_IN_SECONDS: Shape = Shape::Integer;
static S_BUFFERING_HINTS: Shape = Shape::Structure(&[
    Member::opt("SizeInMBs", &S_SIZE_IN_MBS),
    Member::opt("IntervalInSeconds", &S_INTERVAL_IN_SECONDS),
]);
static S_COMPRESSION_FORMAT: Shape = Shape::String;
static S_NO_ENCRYPTION_CONFIG: Shape = Shape::String;
static S_KMSENCRYPTION_CONFIG: Shape =
    Shape::Structure(&[Member::req("AWSKMSKeyARN", &S_AWSKMSKEY_ARN)]);
static S_ENCRYPTION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("NoEncryptionConfig", &S_NO_ENCRYPTION_CONFIG),
    Member::opt("KMSEncryptionConfig", &S_KMSENCRYPTION_CONFIG),
]);
static S_BOOLEAN_OBJECT: Shape = Shape::Boolean;
static S_LOG_GROUP_NAME: Shape = Shape::String;
static S_LOG_STREAM_NAME: Shape = Shape::String;
static S_CLOUD_WATCH_LOGGING_OPTIONS: Shape = Shape::Structure(&[
    Member::opt("Enabled", &S_BOOLEAN_OBJECT),
    Member::opt("LogGroupName", &S_LOG_GROUP_NAME),
    Member::opt("LogStreamName", &S_LOG_STREAM_NAME),
]);
static S_S3_DESTINATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::req("BucketARN", &S_BUCKET_ARN),
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("ErrorOutputPrefix", &S_ERROR_OUTPUT_PREFIX),
    Member::opt("BufferingHints", &S_BUFFERING_HINTS),
    Member::opt("CompressionFormat", &S_COMPRESSION_FORMAT),
    Member::opt("EncryptionConfiguration", &S_ENCRYPTION_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
]);
static S_PROCESSOR_TYPE: Shape = Shape::String;
static S_PROCESSOR_PARAMETER_NAME: Shape = Shape::String;
static S_PROCESSOR_PARAMETER_VALUE: Shape = Shape::String;
static S_PROCESSOR_PARAMETER: Shape = Shape::Structure(&[
    Member::req("ParameterName", &S_PROCESSOR_PARAMETER_NAME),
    Member::req("ParameterValue", &S_PROCESSOR_PARAMETER_VALUE),
]);
static S_PROCESSOR_PARAMETER_LIST: Shape = Shape::List(&S_PROCESSOR_PARAMETER);
static S_PROCESSOR: Shape = Shape::Structure(&[
    Member::req("Type", &S_PROCESSOR_TYPE),
    Member::opt("Parameters", &S_PROCESSOR_PARAMETER_LIST),
]);
static S_PROCESSOR_LIST: Shape = Shape::List(&S_PROCESSOR);
static S_PROCESSING_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("Enabled", &S_BOOLEAN_OBJECT),
    Member::opt("Processors", &S_PROCESSOR_LIST),
]);
static S_S3_BACKUP_MODE: Shape = Shape::String;
static S_NON_EMPTY_STRING_WITHOUT_WHITESPACE: Shape = Shape::String;
static S_SCHEMA_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("RoleARN", &S_NON_EMPTY_STRING_WITHOUT_WHITESPACE),
    Member::opt("CatalogId", &S_NON_EMPTY_STRING_WITHOUT_WHITESPACE),
    Member::opt("DatabaseName", &S_NON_EMPTY_STRING_WITHOUT_WHITESPACE),
    Member::opt("TableName", &S_NON_EMPTY_STRING_WITHOUT_WHITESPACE),
    Member::opt("Region", &S_NON_EMPTY_STRING_WITHOUT_WHITESPACE),
    Member::opt("VersionId", &S_NON_EMPTY_STRING_WITHOUT_WHITESPACE),
]);
static S_NON_EMPTY_STRING: Shape = Shape::String;
static S_COLUMN_TO_JSON_KEY_MAPPINGS: Shape = Shape::Map {
    value: &S_NON_EMPTY_STRING,
    key_name: "key",
    value_name: "value",
};
static S_OPEN_XJSON_SER_DE: Shape = Shape::Structure(&[
    Member::opt("ConvertDotsInJsonKeysToUnderscores", &S_BOOLEAN_OBJECT),
    Member::opt("CaseInsensitive", &S_BOOLEAN_OBJECT),
    Member::opt("ColumnToJsonKeyMappings", &S_COLUMN_TO_JSON_KEY_MAPPINGS),
]);
static S_LIST_OF_NON_EMPTY_STRINGS: Shape = Shape::List(&S_NON_EMPTY_STRING);
static S_HIVE_JSON_SER_DE: Shape = Shape::Structure(&[Member::opt(
    "TimestampFormats",
    &S_LIST_OF_NON_EMPTY_STRINGS,
)]);
static S_DESERIALIZER: Shape = Shape::Structure(&[
    Member::opt("OpenXJsonSerDe", &S_OPEN_XJSON_SER_DE),
    Member::opt("HiveJsonSerDe", &S_HIVE_JSON_SER_DE),
]);
static S_INPUT_FORMAT_CONFIGURATION: Shape =
    Shape::Structure(&[Member::opt("Deserializer", &S_DESERIALIZER)]);
static S_BLOCK_SIZE_BYTES: Shape = Shape::Integer;
static S_PARQUET_PAGE_SIZE_BYTES: Shape = Shape::Integer;
static S_PARQUET_COMPRESSION: Shape = Shape::String;
static S_NON_NEGATIVE_INTEGER_OBJECT: Shape = Shape::Integer;
static S_PARQUET_WRITER_VERSION: Shape = Shape::String;
static S_PARQUET_SER_DE: Shape = Shape::Structure(&[
    Member::opt("BlockSizeBytes", &S_BLOCK_SIZE_BYTES),
    Member::opt("PageSizeBytes", &S_PARQUET_PAGE_SIZE_BYTES),
    Member::opt("Compression", &S_PARQUET_COMPRESSION),
    Member::opt("EnableDictionaryCompression", &S_BOOLEAN_OBJECT),
    Member::opt("MaxPaddingBytes", &S_NON_NEGATIVE_INTEGER_OBJECT),
    Member::opt("WriterVersion", &S_PARQUET_WRITER_VERSION),
]);
static S_ORC_STRIPE_SIZE_BYTES: Shape = Shape::Integer;
static S_ORC_ROW_INDEX_STRIDE: Shape = Shape::Integer;
static S_PROPORTION: Shape = Shape::Double;
static S_ORC_COMPRESSION: Shape = Shape::String;
static S_LIST_OF_NON_EMPTY_STRINGS_WITHOUT_WHITESPACE: Shape =
    Shape::List(&S_NON_EMPTY_STRING_WITHOUT_WHITESPACE);
static S_ORC_FORMAT_VERSION: Shape = Shape::String;
static S_ORC_SER_DE: Shape = Shape::Structure(&[
    Member::opt("StripeSizeBytes", &S_ORC_STRIPE_SIZE_BYTES),
    Member::opt("BlockSizeBytes", &S_BLOCK_SIZE_BYTES),
    Member::opt("RowIndexStride", &S_ORC_ROW_INDEX_STRIDE),
    Member::opt("EnablePadding", &S_BOOLEAN_OBJECT),
    Member::opt("PaddingTolerance", &S_PROPORTION),
    Member::opt("Compression", &S_ORC_COMPRESSION),
    Member::opt(
        "BloomFilterColumns",
        &S_LIST_OF_NON_EMPTY_STRINGS_WITHOUT_WHITESPACE,
    ),
    Member::opt("BloomFilterFalsePositiveProbability", &S_PROPORTION),
    Member::opt("DictionaryKeyThreshold", &S_PROPORTION),
    Member::opt("FormatVersion", &S_ORC_FORMAT_VERSION),
]);
static S_SERIALIZER: Shape = Shape::Structure(&[
    Member::opt("ParquetSerDe", &S_PARQUET_SER_DE),
    Member::opt("OrcSerDe", &S_ORC_SER_DE),
]);
static S_OUTPUT_FORMAT_CONFIGURATION: Shape =
    Shape::Structure(&[Member::opt("Serializer", &S_SERIALIZER)]);
static S_DATA_FORMAT_CONVERSION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("SchemaConfiguration", &S_SCHEMA_CONFIGURATION),
    Member::opt("InputFormatConfiguration", &S_INPUT_FORMAT_CONFIGURATION),
    Member::opt("OutputFormatConfiguration", &S_OUTPUT_FORMAT_CONFIGURATION),
    Member::opt("Enabled", &S_BOOLEAN_OBJECT),
]);
static S_RETRY_DURATION_IN_SECONDS: Shape = Shape::Integer;
static S_RETRY_OPTIONS: Shape = Shape::Structure(&[Member::opt(
    "DurationInSeconds",
    &S_RETRY_DURATION_IN_SECONDS,
)]);
static S_DYNAMIC_PARTITIONING_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("RetryOptions", &S_RETRY_OPTIONS),
    Member::opt("Enabled", &S_BOOLEAN_OBJECT),
]);
static S_FILE_EXTENSION: Shape = Shape::String;
static S_CUSTOM_TIME_ZONE: Shape = Shape::String;
static S_EXTENDED_S3_DESTINATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::req("BucketARN", &S_BUCKET_ARN),
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("ErrorOutputPrefix", &S_ERROR_OUTPUT_PREFIX),
    Member::opt("BufferingHints", &S_BUFFERING_HINTS),
    Member::opt("CompressionFormat", &S_COMPRESSION_FORMAT),
    Member::opt("EncryptionConfiguration", &S_ENCRYPTION_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("S3BackupMode", &S_S3_BACKUP_MODE),
    Member::opt("S3BackupConfiguration", &S_S3_DESTINATION_CONFIGURATION),
    Member::opt(
        "DataFormatConversionConfiguration",
        &S_DATA_FORMAT_CONVERSION_CONFIGURATION,
    ),
    Member::opt(
        "DynamicPartitioningConfiguration",
        &S_DYNAMIC_PARTITIONING_CONFIGURATION,
    ),
    Member::opt("FileExtension", &S_FILE_EXTENSION),
    Member::opt("CustomTimeZone", &S_CUSTOM_TIME_ZONE),
]);
static S_CLUSTER_JDBCURL: Shape = Shape::String;
static S_DATA_TABLE_NAME: Shape = Shape::String;
static S_DATA_TABLE_COLUMNS: Shape = Shape::String;
static S_COPY_OPTIONS: Shape = Shape::String;
static S_COPY_COMMAND: Shape = Shape::Structure(&[
    Member::req("DataTableName", &S_DATA_TABLE_NAME),
    Member::opt("DataTableColumns", &S_DATA_TABLE_COLUMNS),
    Member::opt("CopyOptions", &S_COPY_OPTIONS),
]);
static S_USERNAME: Shape = Shape::String;
static S_PASSWORD: Shape = Shape::String;
static S_REDSHIFT_RETRY_DURATION_IN_SECONDS: Shape = Shape::Integer;
static S_REDSHIFT_RETRY_OPTIONS: Shape = Shape::Structure(&[Member::opt(
    "DurationInSeconds",
    &S_REDSHIFT_RETRY_DURATION_IN_SECONDS,
)]);
static S_REDSHIFT_S3_BACKUP_MODE: Shape = Shape::String;
static S_SECRET_ARN: Shape = Shape::String;
static S_SECRETS_MANAGER_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("SecretARN", &S_SECRET_ARN),
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::req("Enabled", &S_BOOLEAN_OBJECT),
]);
static S_REDSHIFT_DESTINATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::req("ClusterJDBCURL", &S_CLUSTER_JDBCURL),
    Member::req("CopyCommand", &S_COPY_COMMAND),
    Member::opt("Username", &S_USERNAME),
    Member::opt("Password", &S_PASSWORD),
    Member::opt("RetryOptions", &S_REDSHIFT_RETRY_OPTIONS),
    Member::req("S3Configuration", &S_S3_DESTINATION_CONFIGURATION),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("S3BackupMode", &S_REDSHIFT_S3_BACKUP_MODE),
    Member::opt("S3BackupConfiguration", &S_S3_DESTINATION_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt(
        "SecretsManagerConfiguration",
        &S_SECRETS_MANAGER_CONFIGURATION,
    ),
]);
static S_ELASTICSEARCH_DOMAIN_ARN: Shape = Shape::String;
static S_ELASTICSEARCH_CLUSTER_ENDPOINT: Shape = Shape::String;
static S_ELASTICSEARCH_INDEX_NAME: Shape = Shape::String;
static S_ELASTICSEARCH_TYPE_NAME: Shape = Shape::String;
static S_ELASTICSEARCH_INDEX_ROTATION_PERIOD: Shape = Shape::String;
static S_ELASTICSEARCH_BUFFERING_INTERVAL_IN_SECONDS: Shape = Shape::Integer;
static S_ELASTICSEARCH_BUFFERING_SIZE_IN_MBS: Shape = Shape::Integer;
static S_ELASTICSEARCH_BUFFERING_HINTS: Shape = Shape::Structure(&[
    Member::opt(
        "IntervalInSeconds",
        &S_ELASTICSEARCH_BUFFERING_INTERVAL_IN_SECONDS,
    ),
    Member::opt("SizeInMBs", &S_ELASTICSEARCH_BUFFERING_SIZE_IN_MBS),
]);
static S_ELASTICSEARCH_RETRY_DURATION_IN_SECONDS: Shape = Shape::Integer;
static S_ELASTICSEARCH_RETRY_OPTIONS: Shape = Shape::Structure(&[Member::opt(
    "DurationInSeconds",
    &S_ELASTICSEARCH_RETRY_DURATION_IN_SECONDS,
)]);
static S_ELASTICSEARCH_S3_BACKUP_MODE: Shape = Shape::String;
static S_SUBNET_ID_LIST: Shape = Shape::List(&S_NON_EMPTY_STRING_WITHOUT_WHITESPACE);
static S_SECURITY_GROUP_ID_LIST: Shape = Shape::List(&S_NON_EMPTY_STRING_WITHOUT_WHITESPACE);
static S_VPC_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("SubnetIds", &S_SUBNET_ID_LIST),
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::req("SecurityGroupIds", &S_SECURITY_GROUP_ID_LIST),
]);
static S_DEFAULT_DOCUMENT_ID_FORMAT: Shape = Shape::String;
static S_DOCUMENT_ID_OPTIONS: Shape = Shape::Structure(&[Member::req(
    "DefaultDocumentIdFormat",
    &S_DEFAULT_DOCUMENT_ID_FORMAT,
)]);
static S_ELASTICSEARCH_DESTINATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::opt("DomainARN", &S_ELASTICSEARCH_DOMAIN_ARN),
    Member::opt("ClusterEndpoint", &S_ELASTICSEARCH_CLUSTER_ENDPOINT),
    Member::req("IndexName", &S_ELASTICSEARCH_INDEX_NAME),
    Member::opt("TypeName", &S_ELASTICSEARCH_TYPE_NAME),
    Member::opt(
        "IndexRotationPeriod",
        &S_ELASTICSEARCH_INDEX_ROTATION_PERIOD,
    ),
    Member::opt("BufferingHints", &S_ELASTICSEARCH_BUFFERING_HINTS),
    Member::opt("RetryOptions", &S_ELASTICSEARCH_RETRY_OPTIONS),
    Member::opt("S3BackupMode", &S_ELASTICSEARCH_S3_BACKUP_MODE),
    Member::req("S3Configuration", &S_S3_DESTINATION_CONFIGURATION),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("VpcConfiguration", &S_VPC_CONFIGURATION),
    Member::opt("DocumentIdOptions", &S_DOCUMENT_ID_OPTIONS),
]);
static S_AMAZONOPENSEARCHSERVICE_DOMAIN_ARN: Shape = Shape::String;
static S_AMAZONOPENSEARCHSERVICE_CLUSTER_ENDPOINT: Shape = Shape::String;
static S_AMAZONOPENSEARCHSERVICE_INDEX_NAME: Shape = Shape::String;
static S_AMAZONOPENSEARCHSERVICE_TYPE_NAME: Shape = Shape::String;
static S_AMAZONOPENSEARCHSERVICE_INDEX_ROTATION_PERIOD: Shape = Shape::String;
static S_AMAZONOPENSEARCHSERVICE_BUFFERING_INTERVAL_IN_SECONDS: Shape = Shape::Integer;
static S_AMAZONOPENSEARCHSERVICE_BUFFERING_SIZE_IN_MBS: Shape = Shape::Integer;
static S_AMAZONOPENSEARCHSERVICE_BUFFERING_HINTS: Shape = Shape::Structure(&[
    Member::opt(
        "IntervalInSeconds",
        &S_AMAZONOPENSEARCHSERVICE_BUFFERING_INTERVAL_IN_SECONDS,
    ),
    Member::opt(
        "SizeInMBs",
        &S_AMAZONOPENSEARCHSERVICE_BUFFERING_SIZE_IN_MBS,
    ),
]);
static S_AMAZONOPENSEARCHSERVICE_RETRY_DURATION_IN_SECONDS: Shape = Shape::Integer;
static S_AMAZONOPENSEARCHSERVICE_RETRY_OPTIONS: Shape = Shape::Structure(&[Member::opt(
    "DurationInSeconds",
    &S_AMAZONOPENSEARCHSERVICE_RETRY_DURATION_IN_SECONDS,
)]);
static S_AMAZONOPENSEARCHSERVICE_S3_BACKUP_MODE: Shape = Shape::String;
static S_AMAZONOPENSEARCHSERVICE_DESTINATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::opt("DomainARN", &S_AMAZONOPENSEARCHSERVICE_DOMAIN_ARN),
    Member::opt(
        "ClusterEndpoint",
        &S_AMAZONOPENSEARCHSERVICE_CLUSTER_ENDPOINT,
    ),
    Member::req("IndexName", &S_AMAZONOPENSEARCHSERVICE_INDEX_NAME),
    Member::opt("TypeName", &S_AMAZONOPENSEARCHSERVICE_TYPE_NAME),
    Member::opt(
        "IndexRotationPeriod",
        &S_AMAZONOPENSEARCHSERVICE_INDEX_ROTATION_PERIOD,
    ),
    Member::opt("BufferingHints", &S_AMAZONOPENSEARCHSERVICE_BUFFERING_HINTS),
    Member::opt("RetryOptions", &S_AMAZONOPENSEARCHSERVICE_RETRY_OPTIONS),
    Member::opt("S3BackupMode", &S_AMAZONOPENSEARCHSERVICE_S3_BACKUP_MODE),
    Member::req("S3Configuration", &S_S3_DESTINATION_CONFIGURATION),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("VpcConfiguration", &S_VPC_CONFIGURATION),
    Member::opt("DocumentIdOptions", &S_DOCUMENT_ID_OPTIONS),
]);
static S_HECENDPOINT: Shape = Shape::String;
static S_HECENDPOINT_TYPE: Shape = Shape::String;
static S_HECTOKEN: Shape = Shape::String;
static S_HECACKNOWLEDGMENT_TIMEOUT_IN_SECONDS: Shape = Shape::Integer;
static S_SPLUNK_RETRY_DURATION_IN_SECONDS: Shape = Shape::Integer;
static S_SPLUNK_RETRY_OPTIONS: Shape = Shape::Structure(&[Member::opt(
    "DurationInSeconds",
    &S_SPLUNK_RETRY_DURATION_IN_SECONDS,
)]);
static S_SPLUNK_S3_BACKUP_MODE: Shape = Shape::String;
static S_SPLUNK_BUFFERING_INTERVAL_IN_SECONDS: Shape = Shape::Integer;
static S_SPLUNK_BUFFERING_SIZE_IN_MBS: Shape = Shape::Integer;
static S_SPLUNK_BUFFERING_HINTS: Shape = Shape::Structure(&[
    Member::opt("IntervalInSeconds", &S_SPLUNK_BUFFERING_INTERVAL_IN_SECONDS),
    Member::opt("SizeInMBs", &S_SPLUNK_BUFFERING_SIZE_IN_MBS),
]);
static S_SPLUNK_DESTINATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("HECEndpoint", &S_HECENDPOINT),
    Member::req("HECEndpointType", &S_HECENDPOINT_TYPE),
    Member::opt("HECToken", &S_HECTOKEN),
    Member::opt(
        "HECAcknowledgmentTimeoutInSeconds",
        &S_HECACKNOWLEDGMENT_TIMEOUT_IN_SECONDS,
    ),
    Member::opt("RetryOptions", &S_SPLUNK_RETRY_OPTIONS),
    Member::opt("S3BackupMode", &S_SPLUNK_S3_BACKUP_MODE),
    Member::req("S3Configuration", &S_S3_DESTINATION_CONFIGURATION),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("BufferingHints", &S_SPLUNK_BUFFERING_HINTS),
    Member::opt(
        "SecretsManagerConfiguration",
        &S_SECRETS_MANAGER_CONFIGURATION,
    ),
]);
static S_HTTP_ENDPOINT_URL: Shape = Shape::String;
static S_HTTP_ENDPOINT_NAME: Shape = Shape::String;
static S_HTTP_ENDPOINT_ACCESS_KEY: Shape = Shape::String;
static S_HTTP_ENDPOINT_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("Url", &S_HTTP_ENDPOINT_URL),
    Member::opt("Name", &S_HTTP_ENDPOINT_NAME),
    Member::opt("AccessKey", &S_HTTP_ENDPOINT_ACCESS_KEY),
]);
static S_HTTP_ENDPOINT_BUFFERING_SIZE_IN_MBS: Shape = Shape::Integer;
static S_HTTP_ENDPOINT_BUFFERING_INTERVAL_IN_SECONDS: Shape = Shape::Integer;
static S_HTTP_ENDPOINT_BUFFERING_HINTS: Shape = Shape::Structure(&[
    Member::opt("SizeInMBs", &S_HTTP_ENDPOINT_BUFFERING_SIZE_IN_MBS),
    Member::opt(
        "IntervalInSeconds",
        &S_HTTP_ENDPOINT_BUFFERING_INTERVAL_IN_SECONDS,
    ),
]);
static S_CONTENT_ENCODING: Shape = Shape::String;
static S_HTTP_ENDPOINT_ATTRIBUTE_NAME: Shape = Shape::String;
static S_HTTP_ENDPOINT_ATTRIBUTE_VALUE: Shape = Shape::String;
static S_HTTP_ENDPOINT_COMMON_ATTRIBUTE: Shape = Shape::Structure(&[
    Member::req("AttributeName", &S_HTTP_ENDPOINT_ATTRIBUTE_NAME),
    Member::req("AttributeValue", &S_HTTP_ENDPOINT_ATTRIBUTE_VALUE),
]);
static S_HTTP_ENDPOINT_COMMON_ATTRIBUTES_LIST: Shape =
    Shape::List(&S_HTTP_ENDPOINT_COMMON_ATTRIBUTE);
static S_HTTP_ENDPOINT_REQUEST_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("ContentEncoding", &S_CONTENT_ENCODING),
    Member::opt("CommonAttributes", &S_HTTP_ENDPOINT_COMMON_ATTRIBUTES_LIST),
]);
static S_HTTP_ENDPOINT_RETRY_DURATION_IN_SECONDS: Shape = Shape::Integer;
static S_HTTP_ENDPOINT_RETRY_OPTIONS: Shape = Shape::Structure(&[Member::opt(
    "DurationInSeconds",
    &S_HTTP_ENDPOINT_RETRY_DURATION_IN_SECONDS,
)]);
static S_HTTP_ENDPOINT_S3_BACKUP_MODE: Shape = Shape::String;
static S_HTTP_ENDPOINT_DESTINATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("EndpointConfiguration", &S_HTTP_ENDPOINT_CONFIGURATION),
    Member::opt("BufferingHints", &S_HTTP_ENDPOINT_BUFFERING_HINTS),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt(
        "RequestConfiguration",
        &S_HTTP_ENDPOINT_REQUEST_CONFIGURATION,
    ),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("RetryOptions", &S_HTTP_ENDPOINT_RETRY_OPTIONS),
    Member::opt("S3BackupMode", &S_HTTP_ENDPOINT_S3_BACKUP_MODE),
    Member::req("S3Configuration", &S_S3_DESTINATION_CONFIGURATION),
    Member::opt(
        "SecretsManagerConfiguration",
        &S_SECRETS_MANAGER_CONFIGURATION,
    ),
]);
static S_TAG_KEY: Shape = Shape::String;
static S_TAG_VALUE: Shape = Shape::String;
static S_TAG: Shape = Shape::Structure(&[
    Member::req("Key", &S_TAG_KEY),
    Member::opt("Value", &S_TAG_VALUE),
]);
static S_TAG_DELIVERY_STREAM_INPUT_TAG_LIST: Shape = Shape::List(&S_TAG);
static S_AMAZON_OPEN_SEARCH_SERVERLESS_COLLECTION_ENDPOINT: Shape = Shape::String;
static S_AMAZON_OPEN_SEARCH_SERVERLESS_INDEX_NAME: Shape = Shape::String;
static S_AMAZON_OPEN_SEARCH_SERVERLESS_BUFFERING_INTERVAL_IN_SECONDS: Shape = Shape::Integer;
static S_AMAZON_OPEN_SEARCH_SERVERLESS_BUFFERING_SIZE_IN_MBS: Shape = Shape::Integer;
static S_AMAZON_OPEN_SEARCH_SERVERLESS_BUFFERING_HINTS: Shape = Shape::Structure(&[
    Member::opt(
        "IntervalInSeconds",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_BUFFERING_INTERVAL_IN_SECONDS,
    ),
    Member::opt(
        "SizeInMBs",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_BUFFERING_SIZE_IN_MBS,
    ),
]);
static S_AMAZON_OPEN_SEARCH_SERVERLESS_RETRY_DURATION_IN_SECONDS: Shape = Shape::Integer;
static S_AMAZON_OPEN_SEARCH_SERVERLESS_RETRY_OPTIONS: Shape = Shape::Structure(&[Member::opt(
    "DurationInSeconds",
    &S_AMAZON_OPEN_SEARCH_SERVERLESS_RETRY_DURATION_IN_SECONDS,
)]);
static S_AMAZON_OPEN_SEARCH_SERVERLESS_S3_BACKUP_MODE: Shape = Shape::String;
static S_AMAZON_OPEN_SEARCH_SERVERLESS_DESTINATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::opt(
        "CollectionEndpoint",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_COLLECTION_ENDPOINT,
    ),
    Member::req("IndexName", &S_AMAZON_OPEN_SEARCH_SERVERLESS_INDEX_NAME),
    Member::opt(
        "BufferingHints",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_BUFFERING_HINTS,
    ),
    Member::opt(
        "RetryOptions",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_RETRY_OPTIONS,
    ),
    Member::opt(
        "S3BackupMode",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_S3_BACKUP_MODE,
    ),
    Member::req("S3Configuration", &S_S3_DESTINATION_CONFIGURATION),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("VpcConfiguration", &S_VPC_CONFIGURATION),
]);
static S_MSKCLUSTER_ARN: Shape = Shape::String;
static S_TOPIC_NAME: Shape = Shape::String;
static S_CONNECTIVITY: Shape = Shape::String;
static S_AUTHENTICATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::req("Connectivity", &S_CONNECTIVITY),
]);
static S_READ_FROM_TIMESTAMP: Shape = Shape::Timestamp;
static S_MSKSOURCE_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("MSKClusterARN", &S_MSKCLUSTER_ARN),
    Member::req("TopicName", &S_TOPIC_NAME),
    Member::req(
        "AuthenticationConfiguration",
        &S_AUTHENTICATION_CONFIGURATION,
    ),
    Member::opt("ReadFromTimestamp", &S_READ_FROM_TIMESTAMP),
]);
static S_SNOWFLAKE_ACCOUNT_URL: Shape = Shape::String;
static S_SNOWFLAKE_PRIVATE_KEY: Shape = Shape::String;
static S_SNOWFLAKE_KEY_PASSPHRASE: Shape = Shape::String;
static S_SNOWFLAKE_USER: Shape = Shape::String;
static S_SNOWFLAKE_DATABASE: Shape = Shape::String;
static S_SNOWFLAKE_SCHEMA: Shape = Shape::String;
static S_SNOWFLAKE_TABLE: Shape = Shape::String;
static S_SNOWFLAKE_ROLE: Shape = Shape::String;
static S_SNOWFLAKE_ROLE_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("Enabled", &S_BOOLEAN_OBJECT),
    Member::opt("SnowflakeRole", &S_SNOWFLAKE_ROLE),
]);
static S_SNOWFLAKE_DATA_LOADING_OPTION: Shape = Shape::String;
static S_SNOWFLAKE_META_DATA_COLUMN_NAME: Shape = Shape::String;
static S_SNOWFLAKE_CONTENT_COLUMN_NAME: Shape = Shape::String;
static S_SNOWFLAKE_PRIVATE_LINK_VPCE_ID: Shape = Shape::String;
static S_SNOWFLAKE_VPC_CONFIGURATION: Shape = Shape::Structure(&[Member::req(
    "PrivateLinkVpceId",
    &S_SNOWFLAKE_PRIVATE_LINK_VPCE_ID,
)]);
static S_SNOWFLAKE_RETRY_DURATION_IN_SECONDS: Shape = Shape::Integer;
static S_SNOWFLAKE_RETRY_OPTIONS: Shape = Shape::Structure(&[Member::opt(
    "DurationInSeconds",
    &S_SNOWFLAKE_RETRY_DURATION_IN_SECONDS,
)]);
static S_SNOWFLAKE_S3_BACKUP_MODE: Shape = Shape::String;
static S_SNOWFLAKE_BUFFERING_SIZE_IN_MBS: Shape = Shape::Integer;
static S_SNOWFLAKE_BUFFERING_INTERVAL_IN_SECONDS: Shape = Shape::Integer;
static S_SNOWFLAKE_BUFFERING_HINTS: Shape = Shape::Structure(&[
    Member::opt("SizeInMBs", &S_SNOWFLAKE_BUFFERING_SIZE_IN_MBS),
    Member::opt(
        "IntervalInSeconds",
        &S_SNOWFLAKE_BUFFERING_INTERVAL_IN_SECONDS,
    ),
]);
static S_SNOWFLAKE_DESTINATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("AccountUrl", &S_SNOWFLAKE_ACCOUNT_URL),
    Member::opt("PrivateKey", &S_SNOWFLAKE_PRIVATE_KEY),
    Member::opt("KeyPassphrase", &S_SNOWFLAKE_KEY_PASSPHRASE),
    Member::opt("User", &S_SNOWFLAKE_USER),
    Member::req("Database", &S_SNOWFLAKE_DATABASE),
    Member::req("Schema", &S_SNOWFLAKE_SCHEMA),
    Member::req("Table", &S_SNOWFLAKE_TABLE),
    Member::opt(
        "SnowflakeRoleConfiguration",
        &S_SNOWFLAKE_ROLE_CONFIGURATION,
    ),
    Member::opt("DataLoadingOption", &S_SNOWFLAKE_DATA_LOADING_OPTION),
    Member::opt("MetaDataColumnName", &S_SNOWFLAKE_META_DATA_COLUMN_NAME),
    Member::opt("ContentColumnName", &S_SNOWFLAKE_CONTENT_COLUMN_NAME),
    Member::opt("SnowflakeVpcConfiguration", &S_SNOWFLAKE_VPC_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::opt("RetryOptions", &S_SNOWFLAKE_RETRY_OPTIONS),
    Member::opt("S3BackupMode", &S_SNOWFLAKE_S3_BACKUP_MODE),
    Member::req("S3Configuration", &S_S3_DESTINATION_CONFIGURATION),
    Member::opt(
        "SecretsManagerConfiguration",
        &S_SECRETS_MANAGER_CONFIGURATION,
    ),
    Member::opt("BufferingHints", &S_SNOWFLAKE_BUFFERING_HINTS),
]);
static S_STRING_WITH_LETTERS_DIGITS_UNDERSCORES_DOTS: Shape = Shape::String;
static S_PARTITION_FIELD: Shape = Shape::Structure(&[Member::req(
    "SourceName",
    &S_NON_EMPTY_STRING_WITHOUT_WHITESPACE,
)]);
static S_PARTITION_FIELDS: Shape = Shape::List(&S_PARTITION_FIELD);
static S_PARTITION_SPEC: Shape = Shape::Structure(&[Member::opt("Identity", &S_PARTITION_FIELDS)]);
static S_DESTINATION_TABLE_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req(
        "DestinationTableName",
        &S_STRING_WITH_LETTERS_DIGITS_UNDERSCORES_DOTS,
    ),
    Member::req(
        "DestinationDatabaseName",
        &S_STRING_WITH_LETTERS_DIGITS_UNDERSCORES_DOTS,
    ),
    Member::opt(
        "UniqueKeys",
        &S_LIST_OF_NON_EMPTY_STRINGS_WITHOUT_WHITESPACE,
    ),
    Member::opt("PartitionSpec", &S_PARTITION_SPEC),
    Member::opt("S3ErrorOutputPrefix", &S_ERROR_OUTPUT_PREFIX),
]);
static S_DESTINATION_TABLE_CONFIGURATION_LIST: Shape =
    Shape::List(&S_DESTINATION_TABLE_CONFIGURATION);
static S_SCHEMA_EVOLUTION_CONFIGURATION: Shape =
    Shape::Structure(&[Member::req("Enabled", &S_BOOLEAN_OBJECT)]);
static S_TABLE_CREATION_CONFIGURATION: Shape =
    Shape::Structure(&[Member::req("Enabled", &S_BOOLEAN_OBJECT)]);
static S_ICEBERG_S3_BACKUP_MODE: Shape = Shape::String;
static S_GLUE_DATA_CATALOG_ARN: Shape = Shape::String;
static S_WAREHOUSE_LOCATION: Shape = Shape::String;
static S_CATALOG_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("CatalogARN", &S_GLUE_DATA_CATALOG_ARN),
    Member::opt("WarehouseLocation", &S_WAREHOUSE_LOCATION),
]);
static S_ICEBERG_DESTINATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt(
        "DestinationTableConfigurationList",
        &S_DESTINATION_TABLE_CONFIGURATION_LIST,
    ),
    Member::opt(
        "SchemaEvolutionConfiguration",
        &S_SCHEMA_EVOLUTION_CONFIGURATION,
    ),
    Member::opt(
        "TableCreationConfiguration",
        &S_TABLE_CREATION_CONFIGURATION,
    ),
    Member::opt("BufferingHints", &S_BUFFERING_HINTS),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("S3BackupMode", &S_ICEBERG_S3_BACKUP_MODE),
    Member::opt("RetryOptions", &S_RETRY_OPTIONS),
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::opt("AppendOnly", &S_BOOLEAN_OBJECT),
    Member::req("CatalogConfiguration", &S_CATALOG_CONFIGURATION),
    Member::req("S3Configuration", &S_S3_DESTINATION_CONFIGURATION),
]);
static S_DATABASE_TYPE: Shape = Shape::String;
static S_DATABASE_ENDPOINT: Shape = Shape::String;
static S_DATABASE_PORT: Shape = Shape::Integer;
static S_SSLMODE: Shape = Shape::String;
static S_DATABASE_NAME: Shape = Shape::String;
static S_DATABASE_INCLUDE_OR_EXCLUDE_LIST: Shape = Shape::List(&S_DATABASE_NAME);
static S_DATABASE_LIST: Shape = Shape::Structure(&[
    Member::opt("Include", &S_DATABASE_INCLUDE_OR_EXCLUDE_LIST),
    Member::opt("Exclude", &S_DATABASE_INCLUDE_OR_EXCLUDE_LIST),
]);
static S_DATABASE_TABLE_NAME: Shape = Shape::String;
static S_DATABASE_TABLE_INCLUDE_OR_EXCLUDE_LIST: Shape = Shape::List(&S_DATABASE_TABLE_NAME);
static S_DATABASE_TABLE_LIST: Shape = Shape::Structure(&[
    Member::opt("Include", &S_DATABASE_TABLE_INCLUDE_OR_EXCLUDE_LIST),
    Member::opt("Exclude", &S_DATABASE_TABLE_INCLUDE_OR_EXCLUDE_LIST),
]);
static S_DATABASE_COLUMN_NAME: Shape = Shape::String;
static S_DATABASE_COLUMN_INCLUDE_OR_EXCLUDE_LIST: Shape = Shape::List(&S_DATABASE_COLUMN_NAME);
static S_DATABASE_COLUMN_LIST: Shape = Shape::Structure(&[
    Member::opt("Include", &S_DATABASE_COLUMN_INCLUDE_OR_EXCLUDE_LIST),
    Member::opt("Exclude", &S_DATABASE_COLUMN_INCLUDE_OR_EXCLUDE_LIST),
]);
static S_DATABASE_SURROGATE_KEY_LIST: Shape = Shape::List(&S_NON_EMPTY_STRING_WITHOUT_WHITESPACE);
static S_DATABASE_SOURCE_AUTHENTICATION_CONFIGURATION: Shape = Shape::Structure(&[Member::req(
    "SecretsManagerConfiguration",
    &S_SECRETS_MANAGER_CONFIGURATION,
)]);
static S_VPC_ENDPOINT_SERVICE_NAME: Shape = Shape::String;
static S_DATABASE_SOURCE_VPCCONFIGURATION: Shape = Shape::Structure(&[Member::req(
    "VpcEndpointServiceName",
    &S_VPC_ENDPOINT_SERVICE_NAME,
)]);
static S_DATABASE_SOURCE_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("Type", &S_DATABASE_TYPE),
    Member::req("Endpoint", &S_DATABASE_ENDPOINT),
    Member::req("Port", &S_DATABASE_PORT),
    Member::opt("SSLMode", &S_SSLMODE),
    Member::req("Databases", &S_DATABASE_LIST),
    Member::req("Tables", &S_DATABASE_TABLE_LIST),
    Member::opt("Columns", &S_DATABASE_COLUMN_LIST),
    Member::opt("SurrogateKeys", &S_DATABASE_SURROGATE_KEY_LIST),
    Member::req("SnapshotWatermarkTable", &S_DATABASE_TABLE_NAME),
    Member::req(
        "DatabaseSourceAuthenticationConfiguration",
        &S_DATABASE_SOURCE_AUTHENTICATION_CONFIGURATION,
    ),
    Member::req(
        "DatabaseSourceVPCConfiguration",
        &S_DATABASE_SOURCE_VPCCONFIGURATION,
    ),
]);
static S_DELIVERY_STREAM_ARN: Shape = Shape::String;
static S_DESCRIBE_DELIVERY_STREAM_INPUT_LIMIT: Shape = Shape::Integer;
static S_DESTINATION_ID: Shape = Shape::String;
static S_DELIVERY_STREAM_STATUS: Shape = Shape::String;
static S_DELIVERY_STREAM_FAILURE_TYPE: Shape = Shape::String;
static S_FAILURE_DESCRIPTION: Shape = Shape::Structure(&[
    Member::req("Type", &S_DELIVERY_STREAM_FAILURE_TYPE),
    Member::req("Details", &S_NON_EMPTY_STRING),
]);
static S_DELIVERY_STREAM_ENCRYPTION_STATUS: Shape = Shape::String;
static S_DELIVERY_STREAM_ENCRYPTION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("KeyARN", &S_AWSKMSKEY_ARN),
    Member::opt("KeyType", &S_KEY_TYPE),
    Member::opt("Status", &S_DELIVERY_STREAM_ENCRYPTION_STATUS),
    Member::opt("FailureDescription", &S_FAILURE_DESCRIPTION),
]);
static S_DELIVERY_STREAM_VERSION_ID: Shape = Shape::String;
static S_TIMESTAMP: Shape = Shape::Timestamp;
static S_DIRECT_PUT_SOURCE_DESCRIPTION: Shape = Shape::Structure(&[Member::opt(
    "ThroughputHintInMBs",
    &S_THROUGHPUT_HINT_IN_MBS,
)]);
static S_DELIVERY_START_TIMESTAMP: Shape = Shape::Timestamp;
static S_KINESIS_STREAM_SOURCE_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("KinesisStreamARN", &S_KINESIS_STREAM_ARN),
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("DeliveryStartTimestamp", &S_DELIVERY_START_TIMESTAMP),
]);
static S_MSKSOURCE_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("MSKClusterARN", &S_MSKCLUSTER_ARN),
    Member::opt("TopicName", &S_TOPIC_NAME),
    Member::opt(
        "AuthenticationConfiguration",
        &S_AUTHENTICATION_CONFIGURATION,
    ),
    Member::opt("DeliveryStartTimestamp", &S_DELIVERY_START_TIMESTAMP),
    Member::opt("ReadFromTimestamp", &S_READ_FROM_TIMESTAMP),
]);
static S_SNAPSHOT_REQUESTED_BY: Shape = Shape::String;
static S_SNAPSHOT_STATUS: Shape = Shape::String;
static S_DATABASE_SNAPSHOT_INFO: Shape = Shape::Structure(&[
    Member::req("Id", &S_NON_EMPTY_STRING_WITHOUT_WHITESPACE),
    Member::req("Table", &S_DATABASE_TABLE_NAME),
    Member::req("RequestTimestamp", &S_TIMESTAMP),
    Member::req("RequestedBy", &S_SNAPSHOT_REQUESTED_BY),
    Member::req("Status", &S_SNAPSHOT_STATUS),
    Member::opt("FailureDescription", &S_FAILURE_DESCRIPTION),
]);
static S_DATABASE_SNAPSHOT_INFO_LIST: Shape = Shape::List(&S_DATABASE_SNAPSHOT_INFO);
static S_DATABASE_SOURCE_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("Type", &S_DATABASE_TYPE),
    Member::opt("Endpoint", &S_DATABASE_ENDPOINT),
    Member::opt("Port", &S_DATABASE_PORT),
    Member::opt("SSLMode", &S_SSLMODE),
    Member::opt("Databases", &S_DATABASE_LIST),
    Member::opt("Tables", &S_DATABASE_TABLE_LIST),
    Member::opt("Columns", &S_DATABASE_COLUMN_LIST),
    Member::opt("SurrogateKeys", &S_DATABASE_COLUMN_INCLUDE_OR_EXCLUDE_LIST),
    Member::opt("SnapshotWatermarkTable", &S_DATABASE_TABLE_NAME),
    Member::opt("SnapshotInfo", &S_DATABASE_SNAPSHOT_INFO_LIST),
    Member::opt(
        "DatabaseSourceAuthenticationConfiguration",
        &S_DATABASE_SOURCE_AUTHENTICATION_CONFIGURATION,
    ),
    Member::opt(
        "DatabaseSourceVPCConfiguration",
        &S_DATABASE_SOURCE_VPCCONFIGURATION,
    ),
]);
static S_SOURCE_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt(
        "DirectPutSourceDescription",
        &S_DIRECT_PUT_SOURCE_DESCRIPTION,
    ),
    Member::opt(
        "KinesisStreamSourceDescription",
        &S_KINESIS_STREAM_SOURCE_DESCRIPTION,
    ),
    Member::opt("MSKSourceDescription", &S_MSKSOURCE_DESCRIPTION),
    Member::opt("DatabaseSourceDescription", &S_DATABASE_SOURCE_DESCRIPTION),
]);
static S_S3_DESTINATION_DESCRIPTION: Shape = Shape::Structure(&[
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::req("BucketARN", &S_BUCKET_ARN),
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("ErrorOutputPrefix", &S_ERROR_OUTPUT_PREFIX),
    Member::req("BufferingHints", &S_BUFFERING_HINTS),
    Member::req("CompressionFormat", &S_COMPRESSION_FORMAT),
    Member::req("EncryptionConfiguration", &S_ENCRYPTION_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
]);
static S_EXTENDED_S3_DESTINATION_DESCRIPTION: Shape = Shape::Structure(&[
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::req("BucketARN", &S_BUCKET_ARN),
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("ErrorOutputPrefix", &S_ERROR_OUTPUT_PREFIX),
    Member::req("BufferingHints", &S_BUFFERING_HINTS),
    Member::req("CompressionFormat", &S_COMPRESSION_FORMAT),
    Member::req("EncryptionConfiguration", &S_ENCRYPTION_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("S3BackupMode", &S_S3_BACKUP_MODE),
    Member::opt("S3BackupDescription", &S_S3_DESTINATION_DESCRIPTION),
    Member::opt(
        "DataFormatConversionConfiguration",
        &S_DATA_FORMAT_CONVERSION_CONFIGURATION,
    ),
    Member::opt(
        "DynamicPartitioningConfiguration",
        &S_DYNAMIC_PARTITIONING_CONFIGURATION,
    ),
    Member::opt("FileExtension", &S_FILE_EXTENSION),
    Member::opt("CustomTimeZone", &S_CUSTOM_TIME_ZONE),
]);
static S_REDSHIFT_DESTINATION_DESCRIPTION: Shape = Shape::Structure(&[
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::req("ClusterJDBCURL", &S_CLUSTER_JDBCURL),
    Member::req("CopyCommand", &S_COPY_COMMAND),
    Member::opt("Username", &S_USERNAME),
    Member::opt("RetryOptions", &S_REDSHIFT_RETRY_OPTIONS),
    Member::req("S3DestinationDescription", &S_S3_DESTINATION_DESCRIPTION),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("S3BackupMode", &S_REDSHIFT_S3_BACKUP_MODE),
    Member::opt("S3BackupDescription", &S_S3_DESTINATION_DESCRIPTION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt(
        "SecretsManagerConfiguration",
        &S_SECRETS_MANAGER_CONFIGURATION,
    ),
]);
static S_VPC_CONFIGURATION_DESCRIPTION: Shape = Shape::Structure(&[
    Member::req("SubnetIds", &S_SUBNET_ID_LIST),
    Member::req("RoleARN", &S_ROLE_ARN),
    Member::req("SecurityGroupIds", &S_SECURITY_GROUP_ID_LIST),
    Member::req("VpcId", &S_NON_EMPTY_STRING_WITHOUT_WHITESPACE),
]);
static S_ELASTICSEARCH_DESTINATION_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("DomainARN", &S_ELASTICSEARCH_DOMAIN_ARN),
    Member::opt("ClusterEndpoint", &S_ELASTICSEARCH_CLUSTER_ENDPOINT),
    Member::opt("IndexName", &S_ELASTICSEARCH_INDEX_NAME),
    Member::opt("TypeName", &S_ELASTICSEARCH_TYPE_NAME),
    Member::opt(
        "IndexRotationPeriod",
        &S_ELASTICSEARCH_INDEX_ROTATION_PERIOD,
    ),
    Member::opt("BufferingHints", &S_ELASTICSEARCH_BUFFERING_HINTS),
    Member::opt("RetryOptions", &S_ELASTICSEARCH_RETRY_OPTIONS),
    Member::opt("S3BackupMode", &S_ELASTICSEARCH_S3_BACKUP_MODE),
    Member::opt("S3DestinationDescription", &S_S3_DESTINATION_DESCRIPTION),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt(
        "VpcConfigurationDescription",
        &S_VPC_CONFIGURATION_DESCRIPTION,
    ),
    Member::opt("DocumentIdOptions", &S_DOCUMENT_ID_OPTIONS),
]);
static S_AMAZONOPENSEARCHSERVICE_DESTINATION_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("DomainARN", &S_AMAZONOPENSEARCHSERVICE_DOMAIN_ARN),
    Member::opt(
        "ClusterEndpoint",
        &S_AMAZONOPENSEARCHSERVICE_CLUSTER_ENDPOINT,
    ),
    Member::opt("IndexName", &S_AMAZONOPENSEARCHSERVICE_INDEX_NAME),
    Member::opt("TypeName", &S_AMAZONOPENSEARCHSERVICE_TYPE_NAME),
    Member::opt(
        "IndexRotationPeriod",
        &S_AMAZONOPENSEARCHSERVICE_INDEX_ROTATION_PERIOD,
    ),
    Member::opt("BufferingHints", &S_AMAZONOPENSEARCHSERVICE_BUFFERING_HINTS),
    Member::opt("RetryOptions", &S_AMAZONOPENSEARCHSERVICE_RETRY_OPTIONS),
    Member::opt("S3BackupMode", &S_AMAZONOPENSEARCHSERVICE_S3_BACKUP_MODE),
    Member::opt("S3DestinationDescription", &S_S3_DESTINATION_DESCRIPTION),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt(
        "VpcConfigurationDescription",
        &S_VPC_CONFIGURATION_DESCRIPTION,
    ),
    Member::opt("DocumentIdOptions", &S_DOCUMENT_ID_OPTIONS),
]);
static S_SPLUNK_DESTINATION_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("HECEndpoint", &S_HECENDPOINT),
    Member::opt("HECEndpointType", &S_HECENDPOINT_TYPE),
    Member::opt("HECToken", &S_HECTOKEN),
    Member::opt(
        "HECAcknowledgmentTimeoutInSeconds",
        &S_HECACKNOWLEDGMENT_TIMEOUT_IN_SECONDS,
    ),
    Member::opt("RetryOptions", &S_SPLUNK_RETRY_OPTIONS),
    Member::opt("S3BackupMode", &S_SPLUNK_S3_BACKUP_MODE),
    Member::opt("S3DestinationDescription", &S_S3_DESTINATION_DESCRIPTION),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("BufferingHints", &S_SPLUNK_BUFFERING_HINTS),
    Member::opt(
        "SecretsManagerConfiguration",
        &S_SECRETS_MANAGER_CONFIGURATION,
    ),
]);
static S_HTTP_ENDPOINT_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("Url", &S_HTTP_ENDPOINT_URL),
    Member::opt("Name", &S_HTTP_ENDPOINT_NAME),
]);
static S_HTTP_ENDPOINT_DESTINATION_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("EndpointConfiguration", &S_HTTP_ENDPOINT_DESCRIPTION),
    Member::opt("BufferingHints", &S_HTTP_ENDPOINT_BUFFERING_HINTS),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt(
        "RequestConfiguration",
        &S_HTTP_ENDPOINT_REQUEST_CONFIGURATION,
    ),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("RetryOptions", &S_HTTP_ENDPOINT_RETRY_OPTIONS),
    Member::opt("S3BackupMode", &S_HTTP_ENDPOINT_S3_BACKUP_MODE),
    Member::opt("S3DestinationDescription", &S_S3_DESTINATION_DESCRIPTION),
    Member::opt(
        "SecretsManagerConfiguration",
        &S_SECRETS_MANAGER_CONFIGURATION,
    ),
]);
static S_SNOWFLAKE_DESTINATION_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("AccountUrl", &S_SNOWFLAKE_ACCOUNT_URL),
    Member::opt("User", &S_SNOWFLAKE_USER),
    Member::opt("Database", &S_SNOWFLAKE_DATABASE),
    Member::opt("Schema", &S_SNOWFLAKE_SCHEMA),
    Member::opt("Table", &S_SNOWFLAKE_TABLE),
    Member::opt(
        "SnowflakeRoleConfiguration",
        &S_SNOWFLAKE_ROLE_CONFIGURATION,
    ),
    Member::opt("DataLoadingOption", &S_SNOWFLAKE_DATA_LOADING_OPTION),
    Member::opt("MetaDataColumnName", &S_SNOWFLAKE_META_DATA_COLUMN_NAME),
    Member::opt("ContentColumnName", &S_SNOWFLAKE_CONTENT_COLUMN_NAME),
    Member::opt("SnowflakeVpcConfiguration", &S_SNOWFLAKE_VPC_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("RetryOptions", &S_SNOWFLAKE_RETRY_OPTIONS),
    Member::opt("S3BackupMode", &S_SNOWFLAKE_S3_BACKUP_MODE),
    Member::opt("S3DestinationDescription", &S_S3_DESTINATION_DESCRIPTION),
    Member::opt(
        "SecretsManagerConfiguration",
        &S_SECRETS_MANAGER_CONFIGURATION,
    ),
    Member::opt("BufferingHints", &S_SNOWFLAKE_BUFFERING_HINTS),
]);
static S_AMAZON_OPEN_SEARCH_SERVERLESS_DESTINATION_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt(
        "CollectionEndpoint",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_COLLECTION_ENDPOINT,
    ),
    Member::opt("IndexName", &S_AMAZON_OPEN_SEARCH_SERVERLESS_INDEX_NAME),
    Member::opt(
        "BufferingHints",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_BUFFERING_HINTS,
    ),
    Member::opt(
        "RetryOptions",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_RETRY_OPTIONS,
    ),
    Member::opt(
        "S3BackupMode",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_S3_BACKUP_MODE,
    ),
    Member::opt("S3DestinationDescription", &S_S3_DESTINATION_DESCRIPTION),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt(
        "VpcConfigurationDescription",
        &S_VPC_CONFIGURATION_DESCRIPTION,
    ),
]);
static S_ICEBERG_DESTINATION_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt(
        "DestinationTableConfigurationList",
        &S_DESTINATION_TABLE_CONFIGURATION_LIST,
    ),
    Member::opt(
        "SchemaEvolutionConfiguration",
        &S_SCHEMA_EVOLUTION_CONFIGURATION,
    ),
    Member::opt(
        "TableCreationConfiguration",
        &S_TABLE_CREATION_CONFIGURATION,
    ),
    Member::opt("BufferingHints", &S_BUFFERING_HINTS),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("S3BackupMode", &S_ICEBERG_S3_BACKUP_MODE),
    Member::opt("RetryOptions", &S_RETRY_OPTIONS),
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("AppendOnly", &S_BOOLEAN_OBJECT),
    Member::opt("CatalogConfiguration", &S_CATALOG_CONFIGURATION),
    Member::opt("S3DestinationDescription", &S_S3_DESTINATION_DESCRIPTION),
]);
static S_DESTINATION_DESCRIPTION: Shape = Shape::Structure(&[
    Member::req("DestinationId", &S_DESTINATION_ID),
    Member::opt("S3DestinationDescription", &S_S3_DESTINATION_DESCRIPTION),
    Member::opt(
        "ExtendedS3DestinationDescription",
        &S_EXTENDED_S3_DESTINATION_DESCRIPTION,
    ),
    Member::opt(
        "RedshiftDestinationDescription",
        &S_REDSHIFT_DESTINATION_DESCRIPTION,
    ),
    Member::opt(
        "ElasticsearchDestinationDescription",
        &S_ELASTICSEARCH_DESTINATION_DESCRIPTION,
    ),
    Member::opt(
        "AmazonopensearchserviceDestinationDescription",
        &S_AMAZONOPENSEARCHSERVICE_DESTINATION_DESCRIPTION,
    ),
    Member::opt(
        "SplunkDestinationDescription",
        &S_SPLUNK_DESTINATION_DESCRIPTION,
    ),
    Member::opt(
        "HttpEndpointDestinationDescription",
        &S_HTTP_ENDPOINT_DESTINATION_DESCRIPTION,
    ),
    Member::opt(
        "SnowflakeDestinationDescription",
        &S_SNOWFLAKE_DESTINATION_DESCRIPTION,
    ),
    Member::opt(
        "AmazonOpenSearchServerlessDestinationDescription",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_DESTINATION_DESCRIPTION,
    ),
    Member::opt(
        "IcebergDestinationDescription",
        &S_ICEBERG_DESTINATION_DESCRIPTION,
    ),
]);
static S_DESTINATION_DESCRIPTION_LIST: Shape = Shape::List(&S_DESTINATION_DESCRIPTION);
static S_DELIVERY_STREAM_DESCRIPTION: Shape = Shape::Structure(&[
    Member::req("DeliveryStreamName", &S_DELIVERY_STREAM_NAME),
    Member::req("DeliveryStreamARN", &S_DELIVERY_STREAM_ARN),
    Member::req("DeliveryStreamStatus", &S_DELIVERY_STREAM_STATUS),
    Member::opt("FailureDescription", &S_FAILURE_DESCRIPTION),
    Member::opt(
        "DeliveryStreamEncryptionConfiguration",
        &S_DELIVERY_STREAM_ENCRYPTION_CONFIGURATION,
    ),
    Member::req("DeliveryStreamType", &S_DELIVERY_STREAM_TYPE),
    Member::req("VersionId", &S_DELIVERY_STREAM_VERSION_ID),
    Member::opt("CreateTimestamp", &S_TIMESTAMP),
    Member::opt("LastUpdateTimestamp", &S_TIMESTAMP),
    Member::opt("Source", &S_SOURCE_DESCRIPTION),
    Member::req("Destinations", &S_DESTINATION_DESCRIPTION_LIST),
    Member::req("HasMoreDestinations", &S_BOOLEAN_OBJECT),
]);
static S_LIST_DELIVERY_STREAMS_INPUT_LIMIT: Shape = Shape::Integer;
static S_DELIVERY_STREAM_NAME_LIST: Shape = Shape::List(&S_DELIVERY_STREAM_NAME);
static S_LIST_TAGS_FOR_DELIVERY_STREAM_INPUT_LIMIT: Shape = Shape::Integer;
static S_LIST_TAGS_FOR_DELIVERY_STREAM_OUTPUT_TAG_LIST: Shape = Shape::List(&S_TAG);
static S_DATA: Shape = Shape::Blob;
static S_RECORD: Shape = Shape::Structure(&[Member::req("Data", &S_DATA)]);
static S_PUT_RESPONSE_RECORD_ID: Shape = Shape::String;
static S_PUT_RECORD_BATCH_REQUEST_ENTRY_LIST: Shape = Shape::List(&S_RECORD);
static S_ERROR_CODE: Shape = Shape::String;
static S_ERROR_MESSAGE: Shape = Shape::String;
static S_PUT_RECORD_BATCH_RESPONSE_ENTRY: Shape = Shape::Structure(&[
    Member::opt("RecordId", &S_PUT_RESPONSE_RECORD_ID),
    Member::opt("ErrorCode", &S_ERROR_CODE),
    Member::opt("ErrorMessage", &S_ERROR_MESSAGE),
]);
static S_PUT_RECORD_BATCH_RESPONSE_ENTRY_LIST: Shape =
    Shape::List(&S_PUT_RECORD_BATCH_RESPONSE_ENTRY);
static S_TAG_KEY_LIST: Shape = Shape::List(&S_TAG_KEY);
static S_S3_DESTINATION_UPDATE: Shape = Shape::Structure(&[
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("BucketARN", &S_BUCKET_ARN),
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("ErrorOutputPrefix", &S_ERROR_OUTPUT_PREFIX),
    Member::opt("BufferingHints", &S_BUFFERING_HINTS),
    Member::opt("CompressionFormat", &S_COMPRESSION_FORMAT),
    Member::opt("EncryptionConfiguration", &S_ENCRYPTION_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
]);
static S_EXTENDED_S3_DESTINATION_UPDATE: Shape = Shape::Structure(&[
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("BucketARN", &S_BUCKET_ARN),
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("ErrorOutputPrefix", &S_ERROR_OUTPUT_PREFIX),
    Member::opt("BufferingHints", &S_BUFFERING_HINTS),
    Member::opt("CompressionFormat", &S_COMPRESSION_FORMAT),
    Member::opt("EncryptionConfiguration", &S_ENCRYPTION_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("S3BackupMode", &S_S3_BACKUP_MODE),
    Member::opt("S3BackupUpdate", &S_S3_DESTINATION_UPDATE),
    Member::opt(
        "DataFormatConversionConfiguration",
        &S_DATA_FORMAT_CONVERSION_CONFIGURATION,
    ),
    Member::opt(
        "DynamicPartitioningConfiguration",
        &S_DYNAMIC_PARTITIONING_CONFIGURATION,
    ),
    Member::opt("FileExtension", &S_FILE_EXTENSION),
    Member::opt("CustomTimeZone", &S_CUSTOM_TIME_ZONE),
]);
static S_REDSHIFT_DESTINATION_UPDATE: Shape = Shape::Structure(&[
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("ClusterJDBCURL", &S_CLUSTER_JDBCURL),
    Member::opt("CopyCommand", &S_COPY_COMMAND),
    Member::opt("Username", &S_USERNAME),
    Member::opt("Password", &S_PASSWORD),
    Member::opt("RetryOptions", &S_REDSHIFT_RETRY_OPTIONS),
    Member::opt("S3Update", &S_S3_DESTINATION_UPDATE),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("S3BackupMode", &S_REDSHIFT_S3_BACKUP_MODE),
    Member::opt("S3BackupUpdate", &S_S3_DESTINATION_UPDATE),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt(
        "SecretsManagerConfiguration",
        &S_SECRETS_MANAGER_CONFIGURATION,
    ),
]);
static S_ELASTICSEARCH_DESTINATION_UPDATE: Shape = Shape::Structure(&[
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("DomainARN", &S_ELASTICSEARCH_DOMAIN_ARN),
    Member::opt("ClusterEndpoint", &S_ELASTICSEARCH_CLUSTER_ENDPOINT),
    Member::opt("IndexName", &S_ELASTICSEARCH_INDEX_NAME),
    Member::opt("TypeName", &S_ELASTICSEARCH_TYPE_NAME),
    Member::opt(
        "IndexRotationPeriod",
        &S_ELASTICSEARCH_INDEX_ROTATION_PERIOD,
    ),
    Member::opt("BufferingHints", &S_ELASTICSEARCH_BUFFERING_HINTS),
    Member::opt("RetryOptions", &S_ELASTICSEARCH_RETRY_OPTIONS),
    Member::opt("S3Update", &S_S3_DESTINATION_UPDATE),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("DocumentIdOptions", &S_DOCUMENT_ID_OPTIONS),
]);
static S_AMAZONOPENSEARCHSERVICE_DESTINATION_UPDATE: Shape = Shape::Structure(&[
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("DomainARN", &S_AMAZONOPENSEARCHSERVICE_DOMAIN_ARN),
    Member::opt(
        "ClusterEndpoint",
        &S_AMAZONOPENSEARCHSERVICE_CLUSTER_ENDPOINT,
    ),
    Member::opt("IndexName", &S_AMAZONOPENSEARCHSERVICE_INDEX_NAME),
    Member::opt("TypeName", &S_AMAZONOPENSEARCHSERVICE_TYPE_NAME),
    Member::opt(
        "IndexRotationPeriod",
        &S_AMAZONOPENSEARCHSERVICE_INDEX_ROTATION_PERIOD,
    ),
    Member::opt("BufferingHints", &S_AMAZONOPENSEARCHSERVICE_BUFFERING_HINTS),
    Member::opt("RetryOptions", &S_AMAZONOPENSEARCHSERVICE_RETRY_OPTIONS),
    Member::opt("S3Update", &S_S3_DESTINATION_UPDATE),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("DocumentIdOptions", &S_DOCUMENT_ID_OPTIONS),
]);
static S_SPLUNK_DESTINATION_UPDATE: Shape = Shape::Structure(&[
    Member::opt("HECEndpoint", &S_HECENDPOINT),
    Member::opt("HECEndpointType", &S_HECENDPOINT_TYPE),
    Member::opt("HECToken", &S_HECTOKEN),
    Member::opt(
        "HECAcknowledgmentTimeoutInSeconds",
        &S_HECACKNOWLEDGMENT_TIMEOUT_IN_SECONDS,
    ),
    Member::opt("RetryOptions", &S_SPLUNK_RETRY_OPTIONS),
    Member::opt("S3BackupMode", &S_SPLUNK_S3_BACKUP_MODE),
    Member::opt("S3Update", &S_S3_DESTINATION_UPDATE),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("BufferingHints", &S_SPLUNK_BUFFERING_HINTS),
    Member::opt(
        "SecretsManagerConfiguration",
        &S_SECRETS_MANAGER_CONFIGURATION,
    ),
]);
static S_HTTP_ENDPOINT_DESTINATION_UPDATE: Shape = Shape::Structure(&[
    Member::opt("EndpointConfiguration", &S_HTTP_ENDPOINT_CONFIGURATION),
    Member::opt("BufferingHints", &S_HTTP_ENDPOINT_BUFFERING_HINTS),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt(
        "RequestConfiguration",
        &S_HTTP_ENDPOINT_REQUEST_CONFIGURATION,
    ),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("RetryOptions", &S_HTTP_ENDPOINT_RETRY_OPTIONS),
    Member::opt("S3BackupMode", &S_HTTP_ENDPOINT_S3_BACKUP_MODE),
    Member::opt("S3Update", &S_S3_DESTINATION_UPDATE),
    Member::opt(
        "SecretsManagerConfiguration",
        &S_SECRETS_MANAGER_CONFIGURATION,
    ),
]);
static S_AMAZON_OPEN_SEARCH_SERVERLESS_DESTINATION_UPDATE: Shape = Shape::Structure(&[
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt(
        "CollectionEndpoint",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_COLLECTION_ENDPOINT,
    ),
    Member::opt("IndexName", &S_AMAZON_OPEN_SEARCH_SERVERLESS_INDEX_NAME),
    Member::opt(
        "BufferingHints",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_BUFFERING_HINTS,
    ),
    Member::opt(
        "RetryOptions",
        &S_AMAZON_OPEN_SEARCH_SERVERLESS_RETRY_OPTIONS,
    ),
    Member::opt("S3Update", &S_S3_DESTINATION_UPDATE),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
]);
static S_SNOWFLAKE_DESTINATION_UPDATE: Shape = Shape::Structure(&[
    Member::opt("AccountUrl", &S_SNOWFLAKE_ACCOUNT_URL),
    Member::opt("PrivateKey", &S_SNOWFLAKE_PRIVATE_KEY),
    Member::opt("KeyPassphrase", &S_SNOWFLAKE_KEY_PASSPHRASE),
    Member::opt("User", &S_SNOWFLAKE_USER),
    Member::opt("Database", &S_SNOWFLAKE_DATABASE),
    Member::opt("Schema", &S_SNOWFLAKE_SCHEMA),
    Member::opt("Table", &S_SNOWFLAKE_TABLE),
    Member::opt(
        "SnowflakeRoleConfiguration",
        &S_SNOWFLAKE_ROLE_CONFIGURATION,
    ),
    Member::opt("DataLoadingOption", &S_SNOWFLAKE_DATA_LOADING_OPTION),
    Member::opt("MetaDataColumnName", &S_SNOWFLAKE_META_DATA_COLUMN_NAME),
    Member::opt("ContentColumnName", &S_SNOWFLAKE_CONTENT_COLUMN_NAME),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("RetryOptions", &S_SNOWFLAKE_RETRY_OPTIONS),
    Member::opt("S3BackupMode", &S_SNOWFLAKE_S3_BACKUP_MODE),
    Member::opt("S3Update", &S_S3_DESTINATION_UPDATE),
    Member::opt(
        "SecretsManagerConfiguration",
        &S_SECRETS_MANAGER_CONFIGURATION,
    ),
    Member::opt("BufferingHints", &S_SNOWFLAKE_BUFFERING_HINTS),
]);
static S_ICEBERG_DESTINATION_UPDATE: Shape = Shape::Structure(&[
    Member::opt(
        "DestinationTableConfigurationList",
        &S_DESTINATION_TABLE_CONFIGURATION_LIST,
    ),
    Member::opt(
        "SchemaEvolutionConfiguration",
        &S_SCHEMA_EVOLUTION_CONFIGURATION,
    ),
    Member::opt(
        "TableCreationConfiguration",
        &S_TABLE_CREATION_CONFIGURATION,
    ),
    Member::opt("BufferingHints", &S_BUFFERING_HINTS),
    Member::opt("CloudWatchLoggingOptions", &S_CLOUD_WATCH_LOGGING_OPTIONS),
    Member::opt("ProcessingConfiguration", &S_PROCESSING_CONFIGURATION),
    Member::opt("S3BackupMode", &S_ICEBERG_S3_BACKUP_MODE),
    Member::opt("RetryOptions", &S_RETRY_OPTIONS),
    Member::opt("RoleARN", &S_ROLE_ARN),
    Member::opt("AppendOnly", &S_BOOLEAN_OBJECT),
    Member::opt("CatalogConfiguration", &S_CATALOG_CONFIGURATION),
    Member::opt("S3Configuration", &S_S3_DESTINATION_CONFIGURATION),
]);

/// Every operation of the service, in AWS's model order.
pub static SPEC: ServiceSpec = ServiceSpec {
    service: Service::Firehose,
    operations: &[
        OperationSpec {
            name: "CreateDeliveryStream",
            input: &[
                Member::req("DeliveryStreamName", &S_DELIVERY_STREAM_NAME),
                Member::opt("DeliveryStreamType", &S_DELIVERY_STREAM_TYPE),
                Member::opt(
                    "DirectPutSourceConfiguration",
                    &S_DIRECT_PUT_SOURCE_CONFIGURATION,
                ),
                Member::opt(
                    "KinesisStreamSourceConfiguration",
                    &S_KINESIS_STREAM_SOURCE_CONFIGURATION,
                ),
                Member::opt(
                    "DeliveryStreamEncryptionConfigurationInput",
                    &S_DELIVERY_STREAM_ENCRYPTION_CONFIGURATION_INPUT,
                ),
                Member::opt(
                    "S3DestinationConfiguration",
                    &S_S3_DESTINATION_CONFIGURATION,
                ),
                Member::opt(
                    "ExtendedS3DestinationConfiguration",
                    &S_EXTENDED_S3_DESTINATION_CONFIGURATION,
                ),
                Member::opt(
                    "RedshiftDestinationConfiguration",
                    &S_REDSHIFT_DESTINATION_CONFIGURATION,
                ),
                Member::opt(
                    "ElasticsearchDestinationConfiguration",
                    &S_ELASTICSEARCH_DESTINATION_CONFIGURATION,
                ),
                Member::opt(
                    "AmazonopensearchserviceDestinationConfiguration",
                    &S_AMAZONOPENSEARCHSERVICE_DESTINATION_CONFIGURATION,
                ),
                Member::opt(
                    "SplunkDestinationConfiguration",
                    &S_SPLUNK_DESTINATION_CONFIGURATION,
                ),
                Member::opt(
                    "HttpEndpointDestinationConfiguration",
                    &S_HTTP_ENDPOINT_DESTINATION_CONFIGURATION,
                ),
                Member::opt("Tags", &S_TAG_DELIVERY_STREAM_INPUT_TAG_LIST),
                Member::opt(
                    "AmazonOpenSearchServerlessDestinationConfiguration",
                    &S_AMAZON_OPEN_SEARCH_SERVERLESS_DESTINATION_CONFIGURATION,
                ),
                Member::opt("MSKSourceConfiguration", &S_MSKSOURCE_CONFIGURATION),
                Member::opt(
                    "SnowflakeDestinationConfiguration",
                    &S_SNOWFLAKE_DESTINATION_CONFIGURATION,
                ),
                Member::opt(
                    "IcebergDestinationConfiguration",
                    &S_ICEBERG_DESTINATION_CONFIGURATION,
                ),
                Member::opt(
                    "DatabaseSourceConfiguration",
                    &S_DATABASE_SOURCE_CONFIGURATION,
                ),
            ],
            output: &[Member::opt("DeliveryStreamARN", &S_DELIVERY_STREAM_ARN)],
        },
        OperationSpec {
            name: "DeleteDeliveryStream",
            input: &[
                Member::req("DeliveryStreamName", &S_DELIVERY_STREAM_NAME),
                Member::opt("AllowForceDelete", &S_BOOLEAN_OBJECT),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DescribeDeliveryStream",
            input: &[
                Member::req("DeliveryStreamName", &S_DELIVERY_STREAM_NAME),
                Member::opt("Limit", &S_DESCRIBE_DELIVERY_STREAM_INPUT_LIMIT),
                Member::opt("ExclusiveStartDestinationId", &S_DESTINATION_ID),
            ],
            output: &[Member::req(
                "DeliveryStreamDescription",
                &S_DELIVERY_STREAM_DESCRIPTION,
            )],
        },
        OperationSpec {
            name: "ListDeliveryStreams",
            input: &[
                Member::opt("Limit", &S_LIST_DELIVERY_STREAMS_INPUT_LIMIT),
                Member::opt("DeliveryStreamType", &S_DELIVERY_STREAM_TYPE),
                Member::opt("ExclusiveStartDeliveryStreamName", &S_DELIVERY_STREAM_NAME),
            ],
            output: &[
                Member::req("DeliveryStreamNames", &S_DELIVERY_STREAM_NAME_LIST),
                Member::req("HasMoreDeliveryStreams", &S_BOOLEAN_OBJECT),
            ],
        },
        OperationSpec {
            name: "ListTagsForDeliveryStream",
            input: &[
                Member::req("DeliveryStreamName", &S_DELIVERY_STREAM_NAME),
                Member::opt("ExclusiveStartTagKey", &S_TAG_KEY),
                Member::opt("Limit", &S_LIST_TAGS_FOR_DELIVERY_STREAM_INPUT_LIMIT),
            ],
            output: &[
                Member::req("Tags", &S_LIST_TAGS_FOR_DELIVERY_STREAM_OUTPUT_TAG_LIST),
                Member::req("HasMoreTags", &S_BOOLEAN_OBJECT),
            ],
        },
        OperationSpec {
            name: "PutRecord",
            input: &[
                Member::req("DeliveryStreamName", &S_DELIVERY_STREAM_NAME),
                Member::req("Record", &S_RECORD),
            ],
            output: &[
                Member::req("RecordId", &S_PUT_RESPONSE_RECORD_ID),
                Member::opt("Encrypted", &S_BOOLEAN_OBJECT),
            ],
        },
        OperationSpec {
            name: "PutRecordBatch",
            input: &[
                Member::req("DeliveryStreamName", &S_DELIVERY_STREAM_NAME),
                Member::req("Records", &S_PUT_RECORD_BATCH_REQUEST_ENTRY_LIST),
            ],
            output: &[
                Member::req("FailedPutCount", &S_NON_NEGATIVE_INTEGER_OBJECT),
                Member::opt("Encrypted", &S_BOOLEAN_OBJECT),
                Member::req("RequestResponses", &S_PUT_RECORD_BATCH_RESPONSE_ENTRY_LIST),
            ],
        },
        OperationSpec {
            name: "StartDeliveryStreamEncryption",
            input: &[
                Member::req("DeliveryStreamName", &S_DELIVERY_STREAM_NAME),
                Member::opt(
                    "DeliveryStreamEncryptionConfigurationInput",
                    &S_DELIVERY_STREAM_ENCRYPTION_CONFIGURATION_INPUT,
                ),
            ],
            output: &[],
        },
        OperationSpec {
            name: "StopDeliveryStreamEncryption",
            input: &[Member::req("DeliveryStreamName", &S_DELIVERY_STREAM_NAME)],
            output: &[],
        },
        OperationSpec {
            name: "TagDeliveryStream",
            input: &[
                Member::req("DeliveryStreamName", &S_DELIVERY_STREAM_NAME),
                Member::req("Tags", &S_TAG_DELIVERY_STREAM_INPUT_TAG_LIST),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UntagDeliveryStream",
            input: &[
                Member::req("DeliveryStreamName", &S_DELIVERY_STREAM_NAME),
                Member::req("TagKeys", &S_TAG_KEY_LIST),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UpdateDestination",
            input: &[
                Member::req("DeliveryStreamName", &S_DELIVERY_STREAM_NAME),
                Member::req(
                    "CurrentDeliveryStreamVersionId",
                    &S_DELIVERY_STREAM_VERSION_ID,
                ),
                Member::req("DestinationId", &S_DESTINATION_ID),
                Member::opt("S3DestinationUpdate", &S_S3_DESTINATION_UPDATE),
                Member::opt(
                    "ExtendedS3DestinationUpdate",
                    &S_EXTENDED_S3_DESTINATION_UPDATE,
                ),
                Member::opt("RedshiftDestinationUpdate", &S_REDSHIFT_DESTINATION_UPDATE),
                Member::opt(
                    "ElasticsearchDestinationUpdate",
                    &S_ELASTICSEARCH_DESTINATION_UPDATE,
                ),
                Member::opt(
                    "AmazonopensearchserviceDestinationUpdate",
                    &S_AMAZONOPENSEARCHSERVICE_DESTINATION_UPDATE,
                ),
                Member::opt("SplunkDestinationUpdate", &S_SPLUNK_DESTINATION_UPDATE),
                Member::opt(
                    "HttpEndpointDestinationUpdate",
                    &S_HTTP_ENDPOINT_DESTINATION_UPDATE,
                ),
                Member::opt(
                    "AmazonOpenSearchServerlessDestinationUpdate",
                    &S_AMAZON_OPEN_SEARCH_SERVERLESS_DESTINATION_UPDATE,
                ),
                Member::opt(
                    "SnowflakeDestinationUpdate",
                    &S_SNOWFLAKE_DESTINATION_UPDATE,
                ),
                Member::opt("IcebergDestinationUpdate", &S_ICEBERG_DESTINATION_UPDATE),
            ],
            output: &[],
        },
    ],
    http: &[],
};
