//! The AWS Lambda API's operations with their input and output shapes
//! (API version 2015-03-31), generated from AWS's published
//! API model by `scripts/gen_model.py`. Facts only: names, types, required members,
//! the XML names of map keys and values.

use crate::model::{HttpBinding, Location, Member, OperationSpec, Service, ServiceSpec, Shape};

static S_LAYER_NAME: Shape = Shape::String;
static S_LAYER_VERSION_NUMBER: Shape = Shape::Long;
static S_STATEMENT_ID: Shape = Shape::String;
static S_LAYER_PERMISSION_ALLOWED_ACTION: Shape = Shape::String;
static S_LAYER_PERMISSION_ALLOWED_PRINCIPAL: Shape = Shape::String;
static S_ORGANIZATION_ID: Shape = Shape::String;
static S_STRING: Shape = Shape::String;
static S_NAMESPACED_FUNCTION_NAME: Shape = Shape::String;
static S_ACTION: Shape = Shape::String;
static S_PRINCIPAL: Shape = Shape::String;
static S_ARN: Shape = Shape::String;
static S_SOURCE_OWNER: Shape = Shape::String;
static S_EVENT_SOURCE_TOKEN: Shape = Shape::String;
static S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER: Shape = Shape::String;
static S_PRINCIPAL_ORG_ID: Shape = Shape::String;
static S_FUNCTION_URL_AUTH_TYPE: Shape = Shape::String;
static S_INVOKED_VIA_FUNCTION_URL: Shape = Shape::Boolean;
static S_DURABLE_EXECUTION_ARN: Shape = Shape::String;
static S_CHECKPOINT_TOKEN: Shape = Shape::String;
static S_OPERATION_ID: Shape = Shape::String;
static S_OPERATION_NAME: Shape = Shape::String;
static S_OPERATION_TYPE: Shape = Shape::String;
static S_OPERATION_SUB_TYPE: Shape = Shape::String;
static S_OPERATION_ACTION: Shape = Shape::String;
static S_OPERATION_PAYLOAD: Shape = Shape::String;
static S_ERROR_MESSAGE: Shape = Shape::String;
static S_ERROR_TYPE: Shape = Shape::String;
static S_ERROR_DATA: Shape = Shape::String;
static S_STACK_TRACE_ENTRY: Shape = Shape::String;
static S_STACK_TRACE_ENTRIES: Shape = Shape::List(&S_STACK_TRACE_ENTRY);
static S_ERROR_OBJECT: Shape = Shape::Structure(&[
    Member::opt("ErrorMessage", &S_ERROR_MESSAGE),
    Member::opt("ErrorType", &S_ERROR_TYPE),
    Member::opt("ErrorData", &S_ERROR_DATA),
    Member::opt("StackTrace", &S_STACK_TRACE_ENTRIES),
]);
static S_REPLAY_CHILDREN: Shape = Shape::Boolean;
static S_CONTEXT_OPTIONS: Shape =
    Shape::Structure(&[Member::opt("ReplayChildren", &S_REPLAY_CHILDREN)]);
static S_STEP_OPTIONS_NEXT_ATTEMPT_DELAY_SECONDS_INTEGER: Shape = Shape::Integer;
static S_STEP_OPTIONS: Shape = Shape::Structure(&[Member::opt(
    "NextAttemptDelaySeconds",
    &S_STEP_OPTIONS_NEXT_ATTEMPT_DELAY_SECONDS_INTEGER,
)]);
static S_WAIT_OPTIONS_WAIT_SECONDS_INTEGER: Shape = Shape::Integer;
static S_WAIT_OPTIONS: Shape = Shape::Structure(&[Member::opt(
    "WaitSeconds",
    &S_WAIT_OPTIONS_WAIT_SECONDS_INTEGER,
)]);
static S_DURATION_SECONDS: Shape = Shape::Integer;
static S_CALLBACK_OPTIONS: Shape = Shape::Structure(&[
    Member::opt("TimeoutSeconds", &S_DURATION_SECONDS),
    Member::opt("HeartbeatTimeoutSeconds", &S_DURATION_SECONDS),
]);
static S_TENANT_ID: Shape = Shape::String;
static S_CHAINED_INVOKE_OPTIONS: Shape = Shape::Structure(&[
    Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME),
    Member::opt("TenantId", &S_TENANT_ID),
]);
static S_OPERATION_UPDATE: Shape = Shape::Structure(&[
    Member::req("Id", &S_OPERATION_ID),
    Member::opt("ParentId", &S_OPERATION_ID),
    Member::opt("Name", &S_OPERATION_NAME),
    Member::req("Type", &S_OPERATION_TYPE),
    Member::opt("SubType", &S_OPERATION_SUB_TYPE),
    Member::req("Action", &S_OPERATION_ACTION),
    Member::opt("Payload", &S_OPERATION_PAYLOAD),
    Member::opt("Error", &S_ERROR_OBJECT),
    Member::opt("ContextOptions", &S_CONTEXT_OPTIONS),
    Member::opt("StepOptions", &S_STEP_OPTIONS),
    Member::opt("WaitOptions", &S_WAIT_OPTIONS),
    Member::opt("CallbackOptions", &S_CALLBACK_OPTIONS),
    Member::opt("ChainedInvokeOptions", &S_CHAINED_INVOKE_OPTIONS),
]);
static S_OPERATION_UPDATES: Shape = Shape::List(&S_OPERATION_UPDATE);
static S_CLIENT_TOKEN: Shape = Shape::String;
static S_EXECUTION_TIMESTAMP: Shape = Shape::Timestamp;
static S_OPERATION_STATUS: Shape = Shape::String;
static S_INPUT_PAYLOAD: Shape = Shape::String;
static S_EXECUTION_DETAILS: Shape =
    Shape::Structure(&[Member::opt("InputPayload", &S_INPUT_PAYLOAD)]);
static S_CONTEXT_DETAILS: Shape = Shape::Structure(&[
    Member::opt("ReplayChildren", &S_REPLAY_CHILDREN),
    Member::opt("Result", &S_OPERATION_PAYLOAD),
    Member::opt("Error", &S_ERROR_OBJECT),
]);
static S_ATTEMPT_COUNT: Shape = Shape::Integer;
static S_STEP_DETAILS: Shape = Shape::Structure(&[
    Member::opt("Attempt", &S_ATTEMPT_COUNT),
    Member::opt("NextAttemptTimestamp", &S_EXECUTION_TIMESTAMP),
    Member::opt("Result", &S_OPERATION_PAYLOAD),
    Member::opt("Error", &S_ERROR_OBJECT),
]);
static S_WAIT_DETAILS: Shape =
    Shape::Structure(&[Member::opt("ScheduledEndTimestamp", &S_EXECUTION_TIMESTAMP)]);
static S_CALLBACK_ID: Shape = Shape::String;
static S_CALLBACK_DETAILS: Shape = Shape::Structure(&[
    Member::opt("CallbackId", &S_CALLBACK_ID),
    Member::opt("Result", &S_OPERATION_PAYLOAD),
    Member::opt("Error", &S_ERROR_OBJECT),
]);
static S_CHAINED_INVOKE_DETAILS: Shape = Shape::Structure(&[
    Member::opt("Result", &S_OPERATION_PAYLOAD),
    Member::opt("Error", &S_ERROR_OBJECT),
]);
static S_OPERATION: Shape = Shape::Structure(&[
    Member::req("Id", &S_OPERATION_ID),
    Member::opt("ParentId", &S_OPERATION_ID),
    Member::opt("Name", &S_OPERATION_NAME),
    Member::req("Type", &S_OPERATION_TYPE),
    Member::opt("SubType", &S_OPERATION_SUB_TYPE),
    Member::req("StartTimestamp", &S_EXECUTION_TIMESTAMP),
    Member::opt("EndTimestamp", &S_EXECUTION_TIMESTAMP),
    Member::req("Status", &S_OPERATION_STATUS),
    Member::opt("ExecutionDetails", &S_EXECUTION_DETAILS),
    Member::opt("ContextDetails", &S_CONTEXT_DETAILS),
    Member::opt("StepDetails", &S_STEP_DETAILS),
    Member::opt("WaitDetails", &S_WAIT_DETAILS),
    Member::opt("CallbackDetails", &S_CALLBACK_DETAILS),
    Member::opt("ChainedInvokeDetails", &S_CHAINED_INVOKE_DETAILS),
]);
static S_OPERATIONS: Shape = Shape::List(&S_OPERATION);
static S_CHECKPOINT_UPDATED_EXECUTION_STATE: Shape = Shape::Structure(&[
    Member::opt("Operations", &S_OPERATIONS),
    Member::opt("NextMarker", &S_STRING),
]);
static S_FUNCTION_NAME: Shape = Shape::String;
static S_ALIAS: Shape = Shape::String;
static S_VERSION_WITH_LATEST_PUBLISHED: Shape = Shape::String;
static S_DESCRIPTION: Shape = Shape::String;
static S_WEIGHT: Shape = Shape::Double;
static S_ADDITIONAL_VERSION_WEIGHTS: Shape = Shape::Map {
    value: &S_WEIGHT,
    key_name: "key",
    value_name: "value",
};
static S_ALIAS_ROUTING_CONFIGURATION: Shape = Shape::Structure(&[Member::opt(
    "AdditionalVersionWeights",
    &S_ADDITIONAL_VERSION_WEIGHTS,
)]);
static S_FUNCTION_ARN: Shape = Shape::String;
static S_VERSION: Shape = Shape::String;
static S_CAPACITY_PROVIDER_NAME: Shape = Shape::String;
static S_SUBNET_ID: Shape = Shape::String;
static S_CAPACITY_PROVIDER_SUBNET_IDS: Shape = Shape::List(&S_SUBNET_ID);
static S_SECURITY_GROUP_ID: Shape = Shape::String;
static S_CAPACITY_PROVIDER_SECURITY_GROUP_IDS: Shape = Shape::List(&S_SECURITY_GROUP_ID);
static S_CAPACITY_PROVIDER_VPC_CONFIG: Shape = Shape::Structure(&[
    Member::req("SubnetIds", &S_CAPACITY_PROVIDER_SUBNET_IDS),
    Member::req("SecurityGroupIds", &S_CAPACITY_PROVIDER_SECURITY_GROUP_IDS),
]);
static S_ROLE_ARN: Shape = Shape::String;
static S_CAPACITY_PROVIDER_PERMISSIONS_CONFIG: Shape =
    Shape::Structure(&[Member::req("CapacityProviderOperatorRoleArn", &S_ROLE_ARN)]);
static S_ARCHITECTURE: Shape = Shape::String;
static S_ARCHITECTURES_LIST: Shape = Shape::List(&S_ARCHITECTURE);
static S_INSTANCE_TYPE: Shape = Shape::String;
static S_INSTANCE_TYPE_SET: Shape = Shape::List(&S_INSTANCE_TYPE);
static S_INSTANCE_REQUIREMENTS: Shape = Shape::Structure(&[
    Member::opt("Architectures", &S_ARCHITECTURES_LIST),
    Member::opt("AllowedInstanceTypes", &S_INSTANCE_TYPE_SET),
    Member::opt("ExcludedInstanceTypes", &S_INSTANCE_TYPE_SET),
]);
static S_CAPACITY_PROVIDER_MAX_VCPU_COUNT: Shape = Shape::Integer;
static S_CAPACITY_PROVIDER_SCALING_MODE: Shape = Shape::String;
static S_CAPACITY_PROVIDER_PREDEFINED_METRIC_TYPE: Shape = Shape::String;
static S_METRIC_TARGET_VALUE: Shape = Shape::Double;
static S_TARGET_TRACKING_SCALING_POLICY: Shape = Shape::Structure(&[
    Member::req(
        "PredefinedMetricType",
        &S_CAPACITY_PROVIDER_PREDEFINED_METRIC_TYPE,
    ),
    Member::req("TargetValue", &S_METRIC_TARGET_VALUE),
]);
static S_CAPACITY_PROVIDER_SCALING_POLICIES_LIST: Shape =
    Shape::List(&S_TARGET_TRACKING_SCALING_POLICY);
static S_CAPACITY_PROVIDER_SCALING_CONFIG: Shape = Shape::Structure(&[
    Member::opt("MaxVCpuCount", &S_CAPACITY_PROVIDER_MAX_VCPU_COUNT),
    Member::opt("ScalingMode", &S_CAPACITY_PROVIDER_SCALING_MODE),
    Member::opt(
        "ScalingPolicies",
        &S_CAPACITY_PROVIDER_SCALING_POLICIES_LIST,
    ),
]);
static S_KMSKEY_ARN_NON_EMPTY: Shape = Shape::String;
static S_TAG_VALUE: Shape = Shape::String;
static S_TAGS: Shape = Shape::Map {
    value: &S_TAG_VALUE,
    key_name: "key",
    value_name: "value",
};
static S_CAPACITY_PROVIDER_ARN: Shape = Shape::String;
static S_CAPACITY_PROVIDER_STATE: Shape = Shape::String;
static S_KMSKEY_ARN: Shape = Shape::String;
static S_TIMESTAMP: Shape = Shape::String;
static S_CAPACITY_PROVIDER: Shape = Shape::Structure(&[
    Member::req("CapacityProviderArn", &S_CAPACITY_PROVIDER_ARN),
    Member::req("State", &S_CAPACITY_PROVIDER_STATE),
    Member::req("VpcConfig", &S_CAPACITY_PROVIDER_VPC_CONFIG),
    Member::req("PermissionsConfig", &S_CAPACITY_PROVIDER_PERMISSIONS_CONFIG),
    Member::opt("InstanceRequirements", &S_INSTANCE_REQUIREMENTS),
    Member::opt(
        "CapacityProviderScalingConfig",
        &S_CAPACITY_PROVIDER_SCALING_CONFIG,
    ),
    Member::opt("KmsKeyArn", &S_KMSKEY_ARN),
    Member::opt("LastModified", &S_TIMESTAMP),
]);
static S_SIGNING_PROFILE_VERSION_ARNS: Shape = Shape::List(&S_ARN);
static S_ALLOWED_PUBLISHERS: Shape = Shape::Structure(&[Member::req(
    "SigningProfileVersionArns",
    &S_SIGNING_PROFILE_VERSION_ARNS,
)]);
static S_CODE_SIGNING_POLICY: Shape = Shape::String;
static S_CODE_SIGNING_POLICIES: Shape = Shape::Structure(&[Member::opt(
    "UntrustedArtifactOnDeployment",
    &S_CODE_SIGNING_POLICY,
)]);
static S_CODE_SIGNING_CONFIG_ID: Shape = Shape::String;
static S_CODE_SIGNING_CONFIG_ARN: Shape = Shape::String;
static S_CODE_SIGNING_CONFIG: Shape = Shape::Structure(&[
    Member::req("CodeSigningConfigId", &S_CODE_SIGNING_CONFIG_ID),
    Member::req("CodeSigningConfigArn", &S_CODE_SIGNING_CONFIG_ARN),
    Member::opt("Description", &S_DESCRIPTION),
    Member::req("AllowedPublishers", &S_ALLOWED_PUBLISHERS),
    Member::req("CodeSigningPolicies", &S_CODE_SIGNING_POLICIES),
    Member::req("LastModified", &S_TIMESTAMP),
]);
static S_ENABLED: Shape = Shape::Boolean;
static S_BATCH_SIZE: Shape = Shape::Integer;
static S_PATTERN: Shape = Shape::String;
static S_FILTER: Shape = Shape::Structure(&[Member::opt("Pattern", &S_PATTERN)]);
static S_FILTER_LIST: Shape = Shape::List(&S_FILTER);
static S_FILTER_CRITERIA: Shape = Shape::Structure(&[Member::opt("Filters", &S_FILTER_LIST)]);
static S_MAXIMUM_BATCHING_WINDOW_IN_SECONDS: Shape = Shape::Integer;
static S_PARALLELIZATION_FACTOR: Shape = Shape::Integer;
static S_EVENT_SOURCE_POSITION: Shape = Shape::String;
static S_DATE: Shape = Shape::Timestamp;
static S_DESTINATION_ARN: Shape = Shape::String;
static S_ON_SUCCESS: Shape = Shape::Structure(&[Member::opt("Destination", &S_DESTINATION_ARN)]);
static S_ON_FAILURE: Shape = Shape::Structure(&[Member::opt("Destination", &S_DESTINATION_ARN)]);
static S_DESTINATION_CONFIG: Shape = Shape::Structure(&[
    Member::opt("OnSuccess", &S_ON_SUCCESS),
    Member::opt("OnFailure", &S_ON_FAILURE),
]);
static S_MAXIMUM_RECORD_AGE_IN_SECONDS: Shape = Shape::Integer;
static S_BISECT_BATCH_ON_FUNCTION_ERROR: Shape = Shape::Boolean;
static S_MAXIMUM_RETRY_ATTEMPTS_EVENT_SOURCE_MAPPING: Shape = Shape::Integer;
static S_TUMBLING_WINDOW_IN_SECONDS: Shape = Shape::Integer;
static S_TOPIC: Shape = Shape::String;
static S_TOPICS: Shape = Shape::List(&S_TOPIC);
static S_QUEUE: Shape = Shape::String;
static S_QUEUES: Shape = Shape::List(&S_QUEUE);
static S_SOURCE_ACCESS_TYPE: Shape = Shape::String;
static S_URI: Shape = Shape::String;
static S_SOURCE_ACCESS_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("Type", &S_SOURCE_ACCESS_TYPE),
    Member::opt("URI", &S_URI),
]);
static S_SOURCE_ACCESS_CONFIGURATIONS: Shape = Shape::List(&S_SOURCE_ACCESS_CONFIGURATION);
static S_ENDPOINT: Shape = Shape::String;
static S_ENDPOINT_LISTS: Shape = Shape::List(&S_ENDPOINT);
static S_ENDPOINTS: Shape = Shape::Map {
    value: &S_ENDPOINT_LISTS,
    key_name: "key",
    value_name: "value",
};
static S_SELF_MANAGED_EVENT_SOURCE: Shape =
    Shape::Structure(&[Member::opt("Endpoints", &S_ENDPOINTS)]);
static S_FUNCTION_RESPONSE_TYPE: Shape = Shape::String;
static S_FUNCTION_RESPONSE_TYPE_LIST: Shape = Shape::List(&S_FUNCTION_RESPONSE_TYPE);
static S_SCHEMA_REGISTRY_URI: Shape = Shape::String;
static S_SCHEMA_REGISTRY_EVENT_RECORD_FORMAT: Shape = Shape::String;
static S_KAFKA_SCHEMA_REGISTRY_AUTH_TYPE: Shape = Shape::String;
static S_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG: Shape = Shape::Structure(&[
    Member::opt("Type", &S_KAFKA_SCHEMA_REGISTRY_AUTH_TYPE),
    Member::opt("URI", &S_ARN),
]);
static S_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_LIST: Shape =
    Shape::List(&S_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG);
static S_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE: Shape = Shape::String;
static S_KAFKA_SCHEMA_VALIDATION_CONFIG: Shape = Shape::Structure(&[Member::opt(
    "Attribute",
    &S_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE,
)]);
static S_KAFKA_SCHEMA_VALIDATION_CONFIG_LIST: Shape =
    Shape::List(&S_KAFKA_SCHEMA_VALIDATION_CONFIG);
static S_KAFKA_SCHEMA_REGISTRY_CONFIG: Shape = Shape::Structure(&[
    Member::opt("SchemaRegistryURI", &S_SCHEMA_REGISTRY_URI),
    Member::opt("EventRecordFormat", &S_SCHEMA_REGISTRY_EVENT_RECORD_FORMAT),
    Member::opt("AccessConfigs", &S_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_LIST),
    Member::opt(
        "SchemaValidationConfigs",
        &S_KAFKA_SCHEMA_VALIDATION_CONFIG_LIST,
    ),
]);
static S_AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG: Shape = Shape::Structure(&[
    Member::opt("ConsumerGroupId", &S_URI),
    Member::opt("SchemaRegistryConfig", &S_KAFKA_SCHEMA_REGISTRY_CONFIG),
]);
static S_SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG: Shape = Shape::Structure(&[
    Member::opt("ConsumerGroupId", &S_URI),
    Member::opt("SchemaRegistryConfig", &S_KAFKA_SCHEMA_REGISTRY_CONFIG),
]);
static S_MAXIMUM_CONCURRENCY: Shape = Shape::Integer;
static S_SCALING_CONFIG: Shape =
    Shape::Structure(&[Member::opt("MaximumConcurrency", &S_MAXIMUM_CONCURRENCY)]);
static S_DATABASE_NAME: Shape = Shape::String;
static S_COLLECTION_NAME: Shape = Shape::String;
static S_FULL_DOCUMENT: Shape = Shape::String;
static S_DOCUMENT_DBEVENT_SOURCE_CONFIG: Shape = Shape::Structure(&[
    Member::opt("DatabaseName", &S_DATABASE_NAME),
    Member::opt("CollectionName", &S_COLLECTION_NAME),
    Member::opt("FullDocument", &S_FULL_DOCUMENT),
]);
static S_EVENT_SOURCE_MAPPING_METRIC: Shape = Shape::String;
static S_EVENT_SOURCE_MAPPING_METRIC_LIST: Shape = Shape::List(&S_EVENT_SOURCE_MAPPING_METRIC);
static S_EVENT_SOURCE_MAPPING_METRICS_CONFIG: Shape =
    Shape::Structure(&[Member::opt("Metrics", &S_EVENT_SOURCE_MAPPING_METRIC_LIST)]);
static S_EVENT_SOURCE_MAPPING_SYSTEM_LOG_LEVEL: Shape = Shape::String;
static S_EVENT_SOURCE_MAPPING_LOGGING_CONFIG: Shape = Shape::Structure(&[Member::opt(
    "SystemLogLevel",
    &S_EVENT_SOURCE_MAPPING_SYSTEM_LOG_LEVEL,
)]);
static S_MINIMUM_NUMBER_OF_POLLERS: Shape = Shape::Integer;
static S_MAXIMUM_NUMBER_OF_POLLERS: Shape = Shape::Integer;
static S_PROVISIONED_POLLER_GROUP_NAME: Shape = Shape::String;
static S_PROVISIONED_POLLER_CONFIG: Shape = Shape::Structure(&[
    Member::opt("MinimumPollers", &S_MINIMUM_NUMBER_OF_POLLERS),
    Member::opt("MaximumPollers", &S_MAXIMUM_NUMBER_OF_POLLERS),
    Member::opt("PollerGroupName", &S_PROVISIONED_POLLER_GROUP_NAME),
]);
static S_FILTER_CRITERIA_ERROR_CODE: Shape = Shape::String;
static S_FILTER_CRITERIA_ERROR_MESSAGE: Shape = Shape::String;
static S_FILTER_CRITERIA_ERROR: Shape = Shape::Structure(&[
    Member::opt("ErrorCode", &S_FILTER_CRITERIA_ERROR_CODE),
    Member::opt("Message", &S_FILTER_CRITERIA_ERROR_MESSAGE),
]);
static S_EVENT_SOURCE_MAPPING_ARN: Shape = Shape::String;
static S_RUNTIME: Shape = Shape::String;
static S_HANDLER: Shape = Shape::String;
static S_BLOB: Shape = Shape::Blob;
static S_S3_BUCKET: Shape = Shape::String;
static S_S3_KEY: Shape = Shape::String;
static S_S3_OBJECT_VERSION: Shape = Shape::String;
static S_FUNCTION_CODE: Shape = Shape::Structure(&[
    Member::opt("ZipFile", &S_BLOB),
    Member::opt("S3Bucket", &S_S3_BUCKET),
    Member::opt("S3Key", &S_S3_KEY),
    Member::opt("S3ObjectVersion", &S_S3_OBJECT_VERSION),
    Member::opt("ImageUri", &S_STRING),
    Member::opt("SourceKMSKeyArn", &S_KMSKEY_ARN),
]);
static S_TIMEOUT: Shape = Shape::Integer;
static S_MEMORY_SIZE: Shape = Shape::Integer;
static S_BOOLEAN: Shape = Shape::Boolean;
static S_SUBNET_IDS: Shape = Shape::List(&S_SUBNET_ID);
static S_SECURITY_GROUP_IDS: Shape = Shape::List(&S_SECURITY_GROUP_ID);
static S_NULLABLE_BOOLEAN: Shape = Shape::Boolean;
static S_VPC_CONFIG: Shape = Shape::Structure(&[
    Member::opt("SubnetIds", &S_SUBNET_IDS),
    Member::opt("SecurityGroupIds", &S_SECURITY_GROUP_IDS),
    Member::opt("Ipv6AllowedForDualStack", &S_NULLABLE_BOOLEAN),
]);
static S_PACKAGE_TYPE: Shape = Shape::String;
static S_RESOURCE_ARN: Shape = Shape::String;
static S_DEAD_LETTER_CONFIG: Shape = Shape::Structure(&[Member::opt("TargetArn", &S_RESOURCE_ARN)]);
static S_ENVIRONMENT_VARIABLE_VALUE: Shape = Shape::String;
static S_ENVIRONMENT_VARIABLES: Shape = Shape::Map {
    value: &S_ENVIRONMENT_VARIABLE_VALUE,
    key_name: "key",
    value_name: "value",
};
static S_ENVIRONMENT: Shape =
    Shape::Structure(&[Member::opt("Variables", &S_ENVIRONMENT_VARIABLES)]);
static S_TRACING_MODE: Shape = Shape::String;
static S_TRACING_CONFIG: Shape = Shape::Structure(&[Member::opt("Mode", &S_TRACING_MODE)]);
static S_LAYER_VERSION_ARN: Shape = Shape::String;
static S_LAYER_LIST: Shape = Shape::List(&S_LAYER_VERSION_ARN);
static S_FILE_SYSTEM_ARN: Shape = Shape::String;
static S_LOCAL_MOUNT_PATH: Shape = Shape::String;
static S_FILE_SYSTEM_CONFIG: Shape = Shape::Structure(&[
    Member::req("Arn", &S_FILE_SYSTEM_ARN),
    Member::req("LocalMountPath", &S_LOCAL_MOUNT_PATH),
]);
static S_FILE_SYSTEM_CONFIG_LIST: Shape = Shape::List(&S_FILE_SYSTEM_CONFIG);
static S_STRING_LIST: Shape = Shape::List(&S_STRING);
static S_WORKING_DIRECTORY: Shape = Shape::String;
static S_IMAGE_CONFIG: Shape = Shape::Structure(&[
    Member::opt("EntryPoint", &S_STRING_LIST),
    Member::opt("Command", &S_STRING_LIST),
    Member::opt("WorkingDirectory", &S_WORKING_DIRECTORY),
]);
static S_EPHEMERAL_STORAGE_SIZE: Shape = Shape::Integer;
static S_EPHEMERAL_STORAGE: Shape =
    Shape::Structure(&[Member::req("Size", &S_EPHEMERAL_STORAGE_SIZE)]);
static S_SNAP_START_APPLY_ON: Shape = Shape::String;
static S_SNAP_START: Shape = Shape::Structure(&[Member::opt("ApplyOn", &S_SNAP_START_APPLY_ON)]);
static S_LOG_FORMAT: Shape = Shape::String;
static S_APPLICATION_LOG_LEVEL: Shape = Shape::String;
static S_SYSTEM_LOG_LEVEL: Shape = Shape::String;
static S_LOG_GROUP: Shape = Shape::String;
static S_LOGGING_CONFIG: Shape = Shape::Structure(&[
    Member::opt("LogFormat", &S_LOG_FORMAT),
    Member::opt("ApplicationLogLevel", &S_APPLICATION_LOG_LEVEL),
    Member::opt("SystemLogLevel", &S_SYSTEM_LOG_LEVEL),
    Member::opt("LogGroup", &S_LOG_GROUP),
]);
static S_PER_EXECUTION_ENVIRONMENT_MAX_CONCURRENCY: Shape = Shape::Integer;
static S_EXECUTION_ENVIRONMENT_MEMORY_GI_BPER_VCPU: Shape = Shape::Double;
static S_LAMBDA_MANAGED_INSTANCES_CAPACITY_PROVIDER_CONFIG: Shape = Shape::Structure(&[
    Member::req("CapacityProviderArn", &S_CAPACITY_PROVIDER_ARN),
    Member::opt(
        "PerExecutionEnvironmentMaxConcurrency",
        &S_PER_EXECUTION_ENVIRONMENT_MAX_CONCURRENCY,
    ),
    Member::opt(
        "ExecutionEnvironmentMemoryGiBPerVCpu",
        &S_EXECUTION_ENVIRONMENT_MEMORY_GI_BPER_VCPU,
    ),
]);
static S_CAPACITY_PROVIDER_CONFIG: Shape = Shape::Structure(&[Member::req(
    "LambdaManagedInstancesCapacityProviderConfig",
    &S_LAMBDA_MANAGED_INSTANCES_CAPACITY_PROVIDER_CONFIG,
)]);
static S_FUNCTION_VERSION_LATEST_PUBLISHED: Shape = Shape::String;
static S_RETENTION_PERIOD_IN_DAYS: Shape = Shape::Integer;
static S_EXECUTION_TIMEOUT: Shape = Shape::Integer;
static S_DURABLE_CONFIG: Shape = Shape::Structure(&[
    Member::opt("RetentionPeriodInDays", &S_RETENTION_PERIOD_IN_DAYS),
    Member::opt("ExecutionTimeout", &S_EXECUTION_TIMEOUT),
]);
static S_TENANT_ISOLATION_MODE: Shape = Shape::String;
static S_TENANCY_CONFIG: Shape =
    Shape::Structure(&[Member::req("TenantIsolationMode", &S_TENANT_ISOLATION_MODE)]);
static S_NAME_SPACED_FUNCTION_ARN: Shape = Shape::String;
static S_LONG: Shape = Shape::Long;
static S_VPC_ID: Shape = Shape::String;
static S_VPC_CONFIG_RESPONSE: Shape = Shape::Structure(&[
    Member::opt("SubnetIds", &S_SUBNET_IDS),
    Member::opt("SecurityGroupIds", &S_SECURITY_GROUP_IDS),
    Member::opt("VpcId", &S_VPC_ID),
    Member::opt("Ipv6AllowedForDualStack", &S_NULLABLE_BOOLEAN),
]);
static S_SENSITIVE_STRING: Shape = Shape::String;
static S_ENVIRONMENT_ERROR: Shape = Shape::Structure(&[
    Member::opt("ErrorCode", &S_STRING),
    Member::opt("Message", &S_SENSITIVE_STRING),
]);
static S_ENVIRONMENT_RESPONSE: Shape = Shape::Structure(&[
    Member::opt("Variables", &S_ENVIRONMENT_VARIABLES),
    Member::opt("Error", &S_ENVIRONMENT_ERROR),
]);
static S_TRACING_CONFIG_RESPONSE: Shape = Shape::Structure(&[Member::opt("Mode", &S_TRACING_MODE)]);
static S_LAYER: Shape = Shape::Structure(&[
    Member::opt("Arn", &S_LAYER_VERSION_ARN),
    Member::opt("CodeSize", &S_LONG),
    Member::opt("SigningProfileVersionArn", &S_ARN),
    Member::opt("SigningJobArn", &S_ARN),
]);
static S_LAYERS_REFERENCE_LIST: Shape = Shape::List(&S_LAYER);
static S_STATE: Shape = Shape::String;
static S_STATE_REASON: Shape = Shape::String;
static S_STATE_REASON_CODE: Shape = Shape::String;
static S_LAST_UPDATE_STATUS: Shape = Shape::String;
static S_LAST_UPDATE_STATUS_REASON: Shape = Shape::String;
static S_LAST_UPDATE_STATUS_REASON_CODE: Shape = Shape::String;
static S_IMAGE_CONFIG_ERROR: Shape = Shape::Structure(&[
    Member::opt("ErrorCode", &S_STRING),
    Member::opt("Message", &S_SENSITIVE_STRING),
]);
static S_IMAGE_CONFIG_RESPONSE: Shape = Shape::Structure(&[
    Member::opt("ImageConfig", &S_IMAGE_CONFIG),
    Member::opt("Error", &S_IMAGE_CONFIG_ERROR),
]);
static S_SNAP_START_OPTIMIZATION_STATUS: Shape = Shape::String;
static S_SNAP_START_RESPONSE: Shape = Shape::Structure(&[
    Member::opt("ApplyOn", &S_SNAP_START_APPLY_ON),
    Member::opt("OptimizationStatus", &S_SNAP_START_OPTIMIZATION_STATUS),
]);
static S_RUNTIME_VERSION_ARN: Shape = Shape::String;
static S_RUNTIME_VERSION_ERROR: Shape = Shape::Structure(&[
    Member::opt("ErrorCode", &S_STRING),
    Member::opt("Message", &S_SENSITIVE_STRING),
]);
static S_RUNTIME_VERSION_CONFIG: Shape = Shape::Structure(&[
    Member::opt("RuntimeVersionArn", &S_RUNTIME_VERSION_ARN),
    Member::opt("Error", &S_RUNTIME_VERSION_ERROR),
]);
static S_FUNCTION_URL_QUALIFIER: Shape = Shape::String;
static S_ALLOW_CREDENTIALS: Shape = Shape::Boolean;
static S_HEADER: Shape = Shape::String;
static S_HEADERS_LIST: Shape = Shape::List(&S_HEADER);
static S_METHOD: Shape = Shape::String;
static S_ALLOW_METHODS_LIST: Shape = Shape::List(&S_METHOD);
static S_ORIGIN: Shape = Shape::String;
static S_ALLOW_ORIGINS_LIST: Shape = Shape::List(&S_ORIGIN);
static S_MAX_AGE: Shape = Shape::Integer;
static S_CORS: Shape = Shape::Structure(&[
    Member::opt("AllowCredentials", &S_ALLOW_CREDENTIALS),
    Member::opt("AllowHeaders", &S_HEADERS_LIST),
    Member::opt("AllowMethods", &S_ALLOW_METHODS_LIST),
    Member::opt("AllowOrigins", &S_ALLOW_ORIGINS_LIST),
    Member::opt("ExposeHeaders", &S_HEADERS_LIST),
    Member::opt("MaxAge", &S_MAX_AGE),
]);
static S_INVOKE_MODE: Shape = Shape::String;
static S_FUNCTION_URL: Shape = Shape::String;
static S_INTEGER: Shape = Shape::Integer;
static S_QUALIFIER: Shape = Shape::String;
static S_UNRESERVED_CONCURRENT_EXECUTIONS: Shape = Shape::Integer;
static S_ACCOUNT_LIMIT: Shape = Shape::Structure(&[
    Member::opt("TotalCodeSize", &S_LONG),
    Member::opt("CodeSizeUnzipped", &S_LONG),
    Member::opt("CodeSizeZipped", &S_LONG),
    Member::opt("ConcurrentExecutions", &S_INTEGER),
    Member::opt(
        "UnreservedConcurrentExecutions",
        &S_UNRESERVED_CONCURRENT_EXECUTIONS,
    ),
]);
static S_ACCOUNT_USAGE: Shape = Shape::Structure(&[
    Member::opt("TotalCodeSize", &S_LONG),
    Member::opt("FunctionCount", &S_LONG),
]);
static S_DURABLE_EXECUTION_NAME: Shape = Shape::String;
static S_OUTPUT_PAYLOAD: Shape = Shape::String;
static S_EXECUTION_STATUS: Shape = Shape::String;
static S_XAMZN_TRACE_ID: Shape = Shape::String;
static S_TRACE_HEADER: Shape = Shape::Structure(&[Member::opt("XAmznTraceId", &S_XAMZN_TRACE_ID)]);
static S_INCLUDE_EXECUTION_DATA: Shape = Shape::Boolean;
static S_ITEM_COUNT: Shape = Shape::Integer;
static S_REVERSE_ORDER: Shape = Shape::Boolean;
static S_EVENT_TYPE: Shape = Shape::String;
static S_EVENT_ID: Shape = Shape::Integer;
static S_TRUNCATED: Shape = Shape::Boolean;
static S_EVENT_INPUT: Shape = Shape::Structure(&[
    Member::opt("Payload", &S_INPUT_PAYLOAD),
    Member::opt("Truncated", &S_TRUNCATED),
]);
static S_EXECUTION_STARTED_DETAILS: Shape = Shape::Structure(&[
    Member::req("Input", &S_EVENT_INPUT),
    Member::req("ExecutionTimeout", &S_DURATION_SECONDS),
]);
static S_EVENT_RESULT: Shape = Shape::Structure(&[
    Member::opt("Payload", &S_OPERATION_PAYLOAD),
    Member::opt("Truncated", &S_TRUNCATED),
]);
static S_EXECUTION_SUCCEEDED_DETAILS: Shape =
    Shape::Structure(&[Member::req("Result", &S_EVENT_RESULT)]);
static S_EVENT_ERROR: Shape = Shape::Structure(&[
    Member::opt("Payload", &S_ERROR_OBJECT),
    Member::opt("Truncated", &S_TRUNCATED),
]);
static S_EXECUTION_FAILED_DETAILS: Shape =
    Shape::Structure(&[Member::req("Error", &S_EVENT_ERROR)]);
static S_EXECUTION_TIMED_OUT_DETAILS: Shape =
    Shape::Structure(&[Member::opt("Error", &S_EVENT_ERROR)]);
static S_EXECUTION_STOPPED_DETAILS: Shape =
    Shape::Structure(&[Member::req("Error", &S_EVENT_ERROR)]);
static S_CONTEXT_STARTED_DETAILS: Shape = Shape::Structure(&[]);
static S_CONTEXT_SUCCEEDED_DETAILS: Shape =
    Shape::Structure(&[Member::req("Result", &S_EVENT_RESULT)]);
static S_CONTEXT_FAILED_DETAILS: Shape = Shape::Structure(&[Member::req("Error", &S_EVENT_ERROR)]);
static S_WAIT_STARTED_DETAILS: Shape = Shape::Structure(&[
    Member::req("Duration", &S_DURATION_SECONDS),
    Member::req("ScheduledEndTimestamp", &S_EXECUTION_TIMESTAMP),
]);
static S_WAIT_SUCCEEDED_DETAILS: Shape =
    Shape::Structure(&[Member::opt("Duration", &S_DURATION_SECONDS)]);
static S_WAIT_CANCELLED_DETAILS: Shape = Shape::Structure(&[Member::opt("Error", &S_EVENT_ERROR)]);
static S_STEP_STARTED_DETAILS: Shape = Shape::Structure(&[]);
static S_RETRY_DETAILS: Shape = Shape::Structure(&[
    Member::opt("CurrentAttempt", &S_ATTEMPT_COUNT),
    Member::opt("NextAttemptDelaySeconds", &S_DURATION_SECONDS),
]);
static S_STEP_SUCCEEDED_DETAILS: Shape = Shape::Structure(&[
    Member::req("Result", &S_EVENT_RESULT),
    Member::req("RetryDetails", &S_RETRY_DETAILS),
]);
static S_STEP_FAILED_DETAILS: Shape = Shape::Structure(&[
    Member::req("Error", &S_EVENT_ERROR),
    Member::req("RetryDetails", &S_RETRY_DETAILS),
]);
static S_CHAINED_INVOKE_STARTED_DETAILS: Shape = Shape::Structure(&[
    Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME),
    Member::opt("TenantId", &S_TENANT_ID),
    Member::opt("Input", &S_EVENT_INPUT),
    Member::opt("ExecutedVersion", &S_VERSION_WITH_LATEST_PUBLISHED),
    Member::opt("DurableExecutionArn", &S_DURABLE_EXECUTION_ARN),
]);
static S_CHAINED_INVOKE_SUCCEEDED_DETAILS: Shape =
    Shape::Structure(&[Member::req("Result", &S_EVENT_RESULT)]);
static S_CHAINED_INVOKE_FAILED_DETAILS: Shape =
    Shape::Structure(&[Member::req("Error", &S_EVENT_ERROR)]);
static S_CHAINED_INVOKE_TIMED_OUT_DETAILS: Shape =
    Shape::Structure(&[Member::req("Error", &S_EVENT_ERROR)]);
static S_CHAINED_INVOKE_STOPPED_DETAILS: Shape =
    Shape::Structure(&[Member::req("Error", &S_EVENT_ERROR)]);
static S_CALLBACK_STARTED_DETAILS: Shape = Shape::Structure(&[
    Member::req("CallbackId", &S_CALLBACK_ID),
    Member::opt("HeartbeatTimeout", &S_DURATION_SECONDS),
    Member::opt("Timeout", &S_DURATION_SECONDS),
]);
static S_CALLBACK_SUCCEEDED_DETAILS: Shape =
    Shape::Structure(&[Member::req("Result", &S_EVENT_RESULT)]);
static S_CALLBACK_FAILED_DETAILS: Shape = Shape::Structure(&[Member::req("Error", &S_EVENT_ERROR)]);
static S_CALLBACK_TIMED_OUT_DETAILS: Shape =
    Shape::Structure(&[Member::req("Error", &S_EVENT_ERROR)]);
static S_INVOCATION_COMPLETED_DETAILS: Shape = Shape::Structure(&[
    Member::req("StartTimestamp", &S_EXECUTION_TIMESTAMP),
    Member::req("EndTimestamp", &S_EXECUTION_TIMESTAMP),
    Member::req("RequestId", &S_STRING),
    Member::opt("Error", &S_EVENT_ERROR),
]);
static S_EVENT: Shape = Shape::Structure(&[
    Member::opt("EventType", &S_EVENT_TYPE),
    Member::opt("SubType", &S_OPERATION_SUB_TYPE),
    Member::opt("EventId", &S_EVENT_ID),
    Member::opt("Id", &S_OPERATION_ID),
    Member::opt("Name", &S_OPERATION_NAME),
    Member::opt("EventTimestamp", &S_EXECUTION_TIMESTAMP),
    Member::opt("ParentId", &S_OPERATION_ID),
    Member::opt("ExecutionStartedDetails", &S_EXECUTION_STARTED_DETAILS),
    Member::opt("ExecutionSucceededDetails", &S_EXECUTION_SUCCEEDED_DETAILS),
    Member::opt("ExecutionFailedDetails", &S_EXECUTION_FAILED_DETAILS),
    Member::opt("ExecutionTimedOutDetails", &S_EXECUTION_TIMED_OUT_DETAILS),
    Member::opt("ExecutionStoppedDetails", &S_EXECUTION_STOPPED_DETAILS),
    Member::opt("ContextStartedDetails", &S_CONTEXT_STARTED_DETAILS),
    Member::opt("ContextSucceededDetails", &S_CONTEXT_SUCCEEDED_DETAILS),
    Member::opt("ContextFailedDetails", &S_CONTEXT_FAILED_DETAILS),
    Member::opt("WaitStartedDetails", &S_WAIT_STARTED_DETAILS),
    Member::opt("WaitSucceededDetails", &S_WAIT_SUCCEEDED_DETAILS),
    Member::opt("WaitCancelledDetails", &S_WAIT_CANCELLED_DETAILS),
    Member::opt("StepStartedDetails", &S_STEP_STARTED_DETAILS),
    Member::opt("StepSucceededDetails", &S_STEP_SUCCEEDED_DETAILS),
    Member::opt("StepFailedDetails", &S_STEP_FAILED_DETAILS),
    Member::opt(
        "ChainedInvokeStartedDetails",
        &S_CHAINED_INVOKE_STARTED_DETAILS,
    ),
    Member::opt(
        "ChainedInvokeSucceededDetails",
        &S_CHAINED_INVOKE_SUCCEEDED_DETAILS,
    ),
    Member::opt(
        "ChainedInvokeFailedDetails",
        &S_CHAINED_INVOKE_FAILED_DETAILS,
    ),
    Member::opt(
        "ChainedInvokeTimedOutDetails",
        &S_CHAINED_INVOKE_TIMED_OUT_DETAILS,
    ),
    Member::opt(
        "ChainedInvokeStoppedDetails",
        &S_CHAINED_INVOKE_STOPPED_DETAILS,
    ),
    Member::opt("CallbackStartedDetails", &S_CALLBACK_STARTED_DETAILS),
    Member::opt("CallbackSucceededDetails", &S_CALLBACK_SUCCEEDED_DETAILS),
    Member::opt("CallbackFailedDetails", &S_CALLBACK_FAILED_DETAILS),
    Member::opt("CallbackTimedOutDetails", &S_CALLBACK_TIMED_OUT_DETAILS),
    Member::opt(
        "InvocationCompletedDetails",
        &S_INVOCATION_COMPLETED_DETAILS,
    ),
]);
static S_EVENTS: Shape = Shape::List(&S_EVENT);
static S_FUNCTION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("FunctionName", &S_NAMESPACED_FUNCTION_NAME),
    Member::opt("FunctionArn", &S_NAME_SPACED_FUNCTION_ARN),
    Member::opt("Runtime", &S_RUNTIME),
    Member::opt("Role", &S_ROLE_ARN),
    Member::opt("Handler", &S_HANDLER),
    Member::opt("CodeSize", &S_LONG),
    Member::opt("Description", &S_DESCRIPTION),
    Member::opt("Timeout", &S_TIMEOUT),
    Member::opt("MemorySize", &S_MEMORY_SIZE),
    Member::opt("LastModified", &S_TIMESTAMP),
    Member::opt("CodeSha256", &S_STRING),
    Member::opt("Version", &S_VERSION),
    Member::opt("VpcConfig", &S_VPC_CONFIG_RESPONSE),
    Member::opt("DeadLetterConfig", &S_DEAD_LETTER_CONFIG),
    Member::opt("Environment", &S_ENVIRONMENT_RESPONSE),
    Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
    Member::opt("TracingConfig", &S_TRACING_CONFIG_RESPONSE),
    Member::opt("MasterArn", &S_FUNCTION_ARN),
    Member::opt("RevisionId", &S_STRING),
    Member::opt("Layers", &S_LAYERS_REFERENCE_LIST),
    Member::opt("State", &S_STATE),
    Member::opt("StateReason", &S_STATE_REASON),
    Member::opt("StateReasonCode", &S_STATE_REASON_CODE),
    Member::opt("LastUpdateStatus", &S_LAST_UPDATE_STATUS),
    Member::opt("LastUpdateStatusReason", &S_LAST_UPDATE_STATUS_REASON),
    Member::opt(
        "LastUpdateStatusReasonCode",
        &S_LAST_UPDATE_STATUS_REASON_CODE,
    ),
    Member::opt("FileSystemConfigs", &S_FILE_SYSTEM_CONFIG_LIST),
    Member::opt("PackageType", &S_PACKAGE_TYPE),
    Member::opt("ImageConfigResponse", &S_IMAGE_CONFIG_RESPONSE),
    Member::opt("SigningProfileVersionArn", &S_ARN),
    Member::opt("SigningJobArn", &S_ARN),
    Member::opt("Architectures", &S_ARCHITECTURES_LIST),
    Member::opt("EphemeralStorage", &S_EPHEMERAL_STORAGE),
    Member::opt("SnapStart", &S_SNAP_START_RESPONSE),
    Member::opt("RuntimeVersionConfig", &S_RUNTIME_VERSION_CONFIG),
    Member::opt("LoggingConfig", &S_LOGGING_CONFIG),
    Member::opt("CapacityProviderConfig", &S_CAPACITY_PROVIDER_CONFIG),
    Member::opt("ConfigSha256", &S_STRING),
    Member::opt("DurableConfig", &S_DURABLE_CONFIG),
    Member::opt("TenancyConfig", &S_TENANCY_CONFIG),
]);
static S_FUNCTION_CODE_LOCATION: Shape = Shape::Structure(&[
    Member::opt("RepositoryType", &S_STRING),
    Member::opt("Location", &S_STRING),
    Member::opt("ImageUri", &S_STRING),
    Member::opt("ResolvedImageUri", &S_STRING),
    Member::opt("SourceKMSKeyArn", &S_STRING),
]);
static S_TAGS_ERROR_CODE: Shape = Shape::String;
static S_TAGS_ERROR_MESSAGE: Shape = Shape::String;
static S_TAGS_ERROR: Shape = Shape::Structure(&[
    Member::req("ErrorCode", &S_TAGS_ERROR_CODE),
    Member::req("Message", &S_TAGS_ERROR_MESSAGE),
]);
static S_RESERVED_CONCURRENT_EXECUTIONS: Shape = Shape::Integer;
static S_CONCURRENCY: Shape = Shape::Structure(&[Member::opt(
    "ReservedConcurrentExecutions",
    &S_RESERVED_CONCURRENT_EXECUTIONS,
)]);
static S_MAXIMUM_RETRY_ATTEMPTS: Shape = Shape::Integer;
static S_MAXIMUM_EVENT_AGE_IN_SECONDS: Shape = Shape::Integer;
static S_UNQUALIFIED_FUNCTION_NAME: Shape = Shape::String;
static S_RECURSIVE_LOOP: Shape = Shape::String;
static S_PUBLISHED_FUNCTION_QUALIFIER: Shape = Shape::String;
static S_FUNCTION_SCALING_CONFIG_EXECUTION_ENVIRONMENTS: Shape = Shape::Integer;
static S_FUNCTION_SCALING_CONFIG: Shape = Shape::Structure(&[
    Member::opt(
        "MinExecutionEnvironments",
        &S_FUNCTION_SCALING_CONFIG_EXECUTION_ENVIRONMENTS,
    ),
    Member::opt(
        "MaxExecutionEnvironments",
        &S_FUNCTION_SCALING_CONFIG_EXECUTION_ENVIRONMENTS,
    ),
]);
static S_LAYER_VERSION_CONTENT_OUTPUT: Shape = Shape::Structure(&[
    Member::opt("Location", &S_STRING),
    Member::opt("CodeSha256", &S_STRING),
    Member::opt("CodeSize", &S_LONG),
    Member::opt("SigningProfileVersionArn", &S_STRING),
    Member::opt("SigningJobArn", &S_STRING),
]);
static S_LAYER_ARN: Shape = Shape::String;
static S_COMPATIBLE_RUNTIMES: Shape = Shape::List(&S_RUNTIME);
static S_LICENSE_INFO: Shape = Shape::String;
static S_COMPATIBLE_ARCHITECTURES: Shape = Shape::List(&S_ARCHITECTURE);
static S_POSITIVE_INTEGER: Shape = Shape::Integer;
static S_NON_NEGATIVE_INTEGER: Shape = Shape::Integer;
static S_PROVISIONED_CONCURRENCY_STATUS_ENUM: Shape = Shape::String;
static S_UPDATE_RUNTIME_ON: Shape = Shape::String;
static S_INVOCATION_TYPE: Shape = Shape::String;
static S_LOG_TYPE: Shape = Shape::String;
static S_BLOB_STREAM: Shape = Shape::Blob;
static S_HTTP_STATUS: Shape = Shape::Integer;
static S_RESPONSE_STREAMING_INVOCATION_TYPE: Shape = Shape::String;
static S_INVOKE_RESPONSE_STREAM_UPDATE: Shape =
    Shape::Structure(&[Member::opt("Payload", &S_BLOB)]);
static S_INVOKE_WITH_RESPONSE_STREAM_COMPLETE_EVENT: Shape = Shape::Structure(&[
    Member::opt("ErrorCode", &S_STRING),
    Member::opt("ErrorDetails", &S_STRING),
    Member::opt("LogResult", &S_STRING),
]);
static S_INVOKE_WITH_RESPONSE_STREAM_RESPONSE_EVENT: Shape = Shape::Structure(&[
    Member::opt("PayloadChunk", &S_INVOKE_RESPONSE_STREAM_UPDATE),
    Member::opt(
        "InvokeComplete",
        &S_INVOKE_WITH_RESPONSE_STREAM_COMPLETE_EVENT,
    ),
]);
static S_MAX_LIST_ITEMS: Shape = Shape::Integer;
static S_ALIAS_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("AliasArn", &S_FUNCTION_ARN),
    Member::opt("Name", &S_ALIAS),
    Member::opt("FunctionVersion", &S_VERSION),
    Member::opt("Description", &S_DESCRIPTION),
    Member::opt("RoutingConfig", &S_ALIAS_ROUTING_CONFIGURATION),
    Member::opt("RevisionId", &S_STRING),
]);
static S_ALIAS_LIST: Shape = Shape::List(&S_ALIAS_CONFIGURATION);
static S_MAX_FIFTY_LIST_ITEMS: Shape = Shape::Integer;
static S_CAPACITY_PROVIDERS_LIST: Shape = Shape::List(&S_CAPACITY_PROVIDER);
static S_CODE_SIGNING_CONFIG_LIST: Shape = Shape::List(&S_CODE_SIGNING_CONFIG);
static S_EXECUTION_STATUS_LIST: Shape = Shape::List(&S_EXECUTION_STATUS);
static S_EXECUTION: Shape = Shape::Structure(&[
    Member::req("DurableExecutionArn", &S_DURABLE_EXECUTION_ARN),
    Member::req("DurableExecutionName", &S_DURABLE_EXECUTION_NAME),
    Member::req("FunctionArn", &S_NAME_SPACED_FUNCTION_ARN),
    Member::req("Status", &S_EXECUTION_STATUS),
    Member::req("StartTimestamp", &S_EXECUTION_TIMESTAMP),
    Member::opt("EndTimestamp", &S_EXECUTION_TIMESTAMP),
]);
static S_DURABLE_EXECUTIONS: Shape = Shape::List(&S_EXECUTION);
static S_EVENT_SOURCE_MAPPING_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("UUID", &S_STRING),
    Member::opt("StartingPosition", &S_EVENT_SOURCE_POSITION),
    Member::opt("StartingPositionTimestamp", &S_DATE),
    Member::opt("BatchSize", &S_BATCH_SIZE),
    Member::opt(
        "MaximumBatchingWindowInSeconds",
        &S_MAXIMUM_BATCHING_WINDOW_IN_SECONDS,
    ),
    Member::opt("ParallelizationFactor", &S_PARALLELIZATION_FACTOR),
    Member::opt("EventSourceArn", &S_ARN),
    Member::opt("FilterCriteria", &S_FILTER_CRITERIA),
    Member::opt("FunctionArn", &S_FUNCTION_ARN),
    Member::opt("LastModified", &S_DATE),
    Member::opt("LastProcessingResult", &S_STRING),
    Member::opt("State", &S_STRING),
    Member::opt("StateTransitionReason", &S_STRING),
    Member::opt("DestinationConfig", &S_DESTINATION_CONFIG),
    Member::opt("Topics", &S_TOPICS),
    Member::opt("Queues", &S_QUEUES),
    Member::opt(
        "SourceAccessConfigurations",
        &S_SOURCE_ACCESS_CONFIGURATIONS,
    ),
    Member::opt("SelfManagedEventSource", &S_SELF_MANAGED_EVENT_SOURCE),
    Member::opt(
        "MaximumRecordAgeInSeconds",
        &S_MAXIMUM_RECORD_AGE_IN_SECONDS,
    ),
    Member::opt(
        "BisectBatchOnFunctionError",
        &S_BISECT_BATCH_ON_FUNCTION_ERROR,
    ),
    Member::opt(
        "MaximumRetryAttempts",
        &S_MAXIMUM_RETRY_ATTEMPTS_EVENT_SOURCE_MAPPING,
    ),
    Member::opt("TumblingWindowInSeconds", &S_TUMBLING_WINDOW_IN_SECONDS),
    Member::opt("FunctionResponseTypes", &S_FUNCTION_RESPONSE_TYPE_LIST),
    Member::opt(
        "AmazonManagedKafkaEventSourceConfig",
        &S_AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
    ),
    Member::opt(
        "SelfManagedKafkaEventSourceConfig",
        &S_SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
    ),
    Member::opt("ScalingConfig", &S_SCALING_CONFIG),
    Member::opt(
        "DocumentDBEventSourceConfig",
        &S_DOCUMENT_DBEVENT_SOURCE_CONFIG,
    ),
    Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
    Member::opt("FilterCriteriaError", &S_FILTER_CRITERIA_ERROR),
    Member::opt("EventSourceMappingArn", &S_EVENT_SOURCE_MAPPING_ARN),
    Member::opt("MetricsConfig", &S_EVENT_SOURCE_MAPPING_METRICS_CONFIG),
    Member::opt("LoggingConfig", &S_EVENT_SOURCE_MAPPING_LOGGING_CONFIG),
    Member::opt("ProvisionedPollerConfig", &S_PROVISIONED_POLLER_CONFIG),
]);
static S_EVENT_SOURCE_MAPPINGS_LIST: Shape = Shape::List(&S_EVENT_SOURCE_MAPPING_CONFIGURATION);
static S_MAX_FUNCTION_EVENT_INVOKE_CONFIG_LIST_ITEMS: Shape = Shape::Integer;
static S_FUNCTION_EVENT_INVOKE_CONFIG: Shape = Shape::Structure(&[
    Member::opt("LastModified", &S_DATE),
    Member::opt("FunctionArn", &S_FUNCTION_ARN),
    Member::opt("MaximumRetryAttempts", &S_MAXIMUM_RETRY_ATTEMPTS),
    Member::opt("MaximumEventAgeInSeconds", &S_MAXIMUM_EVENT_AGE_IN_SECONDS),
    Member::opt("DestinationConfig", &S_DESTINATION_CONFIG),
]);
static S_FUNCTION_EVENT_INVOKE_CONFIG_LIST: Shape = Shape::List(&S_FUNCTION_EVENT_INVOKE_CONFIG);
static S_MAX_ITEMS: Shape = Shape::Integer;
static S_FUNCTION_URL_CONFIG: Shape = Shape::Structure(&[
    Member::req("FunctionUrl", &S_FUNCTION_URL),
    Member::req("FunctionArn", &S_FUNCTION_ARN),
    Member::req("CreationTime", &S_TIMESTAMP),
    Member::req("LastModifiedTime", &S_TIMESTAMP),
    Member::opt("Cors", &S_CORS),
    Member::req("AuthType", &S_FUNCTION_URL_AUTH_TYPE),
    Member::opt("InvokeMode", &S_INVOKE_MODE),
]);
static S_FUNCTION_URL_CONFIG_LIST: Shape = Shape::List(&S_FUNCTION_URL_CONFIG);
static S_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_LIST_ITEM: Shape = Shape::Structure(&[
    Member::req("FunctionArn", &S_NAME_SPACED_FUNCTION_ARN),
    Member::req("State", &S_STATE),
]);
static S_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_LIST: Shape =
    Shape::List(&S_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_LIST_ITEM);
static S_MASTER_REGION: Shape = Shape::String;
static S_FUNCTION_VERSION: Shape = Shape::String;
static S_FUNCTION_LIST: Shape = Shape::List(&S_FUNCTION_CONFIGURATION);
static S_FUNCTION_ARN_LIST: Shape = Shape::List(&S_FUNCTION_ARN);
static S_MAX_LAYER_LIST_ITEMS: Shape = Shape::Integer;
static S_LAYER_VERSIONS_LIST_ITEM: Shape = Shape::Structure(&[
    Member::opt("LayerVersionArn", &S_LAYER_VERSION_ARN),
    Member::opt("Version", &S_LAYER_VERSION_NUMBER),
    Member::opt("Description", &S_DESCRIPTION),
    Member::opt("CreatedDate", &S_TIMESTAMP),
    Member::opt("CompatibleRuntimes", &S_COMPATIBLE_RUNTIMES),
    Member::opt("LicenseInfo", &S_LICENSE_INFO),
    Member::opt("CompatibleArchitectures", &S_COMPATIBLE_ARCHITECTURES),
]);
static S_LAYER_VERSIONS_LIST: Shape = Shape::List(&S_LAYER_VERSIONS_LIST_ITEM);
static S_LAYERS_LIST_ITEM: Shape = Shape::Structure(&[
    Member::opt("LayerName", &S_LAYER_NAME),
    Member::opt("LayerArn", &S_LAYER_ARN),
    Member::opt("LatestMatchingVersion", &S_LAYER_VERSIONS_LIST_ITEM),
]);
static S_LAYERS_LIST: Shape = Shape::List(&S_LAYERS_LIST_ITEM);
static S_MAX_PROVISIONED_CONCURRENCY_CONFIG_LIST_ITEMS: Shape = Shape::Integer;
static S_PROVISIONED_CONCURRENCY_CONFIG_LIST_ITEM: Shape = Shape::Structure(&[
    Member::opt("FunctionArn", &S_FUNCTION_ARN),
    Member::opt(
        "RequestedProvisionedConcurrentExecutions",
        &S_POSITIVE_INTEGER,
    ),
    Member::opt(
        "AvailableProvisionedConcurrentExecutions",
        &S_NON_NEGATIVE_INTEGER,
    ),
    Member::opt(
        "AllocatedProvisionedConcurrentExecutions",
        &S_NON_NEGATIVE_INTEGER,
    ),
    Member::opt("Status", &S_PROVISIONED_CONCURRENCY_STATUS_ENUM),
    Member::opt("StatusReason", &S_STRING),
    Member::opt("LastModified", &S_TIMESTAMP),
]);
static S_PROVISIONED_CONCURRENCY_CONFIG_LIST: Shape =
    Shape::List(&S_PROVISIONED_CONCURRENCY_CONFIG_LIST_ITEM);
static S_TAGGABLE_RESOURCE: Shape = Shape::String;
static S_LAYER_VERSION_CONTENT_INPUT: Shape = Shape::Structure(&[
    Member::opt("S3Bucket", &S_S3_BUCKET),
    Member::opt("S3Key", &S_S3_KEY),
    Member::opt("S3ObjectVersion", &S_S3_OBJECT_VERSION),
    Member::opt("ZipFile", &S_BLOB),
]);
static S_NAMESPACED_STATEMENT_ID: Shape = Shape::String;
static S_BINARY_OPERATION_PAYLOAD: Shape = Shape::Blob;
static S_TAG_KEY: Shape = Shape::String;
static S_TAG_KEY_LIST: Shape = Shape::List(&S_TAG_KEY);

/// Every operation of the service, in AWS's model order.
pub static SPEC: ServiceSpec = ServiceSpec {
    service: Service::Lambda,
    operations: &[
        OperationSpec {
            name: "AddLayerVersionPermission",
            input: &[
                Member::req("LayerName", &S_LAYER_NAME).at(Location::Uri("LayerName")),
                Member::req("VersionNumber", &S_LAYER_VERSION_NUMBER)
                    .at(Location::Uri("VersionNumber")),
                Member::req("StatementId", &S_STATEMENT_ID),
                Member::req("Action", &S_LAYER_PERMISSION_ALLOWED_ACTION),
                Member::req("Principal", &S_LAYER_PERMISSION_ALLOWED_PRINCIPAL),
                Member::opt("OrganizationId", &S_ORGANIZATION_ID),
                Member::opt("RevisionId", &S_STRING).at(Location::Query("RevisionId")),
            ],
            output: &[
                Member::opt("Statement", &S_STRING),
                Member::opt("RevisionId", &S_STRING),
            ],
        },
        OperationSpec {
            name: "AddPermission",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::req("StatementId", &S_STATEMENT_ID),
                Member::req("Action", &S_ACTION),
                Member::req("Principal", &S_PRINCIPAL),
                Member::opt("SourceArn", &S_ARN),
                Member::opt("SourceAccount", &S_SOURCE_OWNER),
                Member::opt("EventSourceToken", &S_EVENT_SOURCE_TOKEN),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
                Member::opt("RevisionId", &S_STRING),
                Member::opt("PrincipalOrgID", &S_PRINCIPAL_ORG_ID),
                Member::opt("FunctionUrlAuthType", &S_FUNCTION_URL_AUTH_TYPE),
                Member::opt("InvokedViaFunctionUrl", &S_INVOKED_VIA_FUNCTION_URL),
            ],
            output: &[Member::opt("Statement", &S_STRING)],
        },
        OperationSpec {
            name: "CheckpointDurableExecution",
            input: &[
                Member::req("DurableExecutionArn", &S_DURABLE_EXECUTION_ARN)
                    .at(Location::Uri("DurableExecutionArn")),
                Member::req("CheckpointToken", &S_CHECKPOINT_TOKEN),
                Member::opt("Updates", &S_OPERATION_UPDATES),
                Member::opt("ClientToken", &S_CLIENT_TOKEN),
            ],
            output: &[
                Member::opt("CheckpointToken", &S_CHECKPOINT_TOKEN),
                Member::req("NewExecutionState", &S_CHECKPOINT_UPDATED_EXECUTION_STATE),
            ],
        },
        OperationSpec {
            name: "CreateAlias",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::req("Name", &S_ALIAS),
                Member::req("FunctionVersion", &S_VERSION_WITH_LATEST_PUBLISHED),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("RoutingConfig", &S_ALIAS_ROUTING_CONFIGURATION),
            ],
            output: &[
                Member::opt("AliasArn", &S_FUNCTION_ARN),
                Member::opt("Name", &S_ALIAS),
                Member::opt("FunctionVersion", &S_VERSION),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("RoutingConfig", &S_ALIAS_ROUTING_CONFIGURATION),
                Member::opt("RevisionId", &S_STRING),
            ],
        },
        OperationSpec {
            name: "CreateCapacityProvider",
            input: &[
                Member::req("CapacityProviderName", &S_CAPACITY_PROVIDER_NAME),
                Member::req("VpcConfig", &S_CAPACITY_PROVIDER_VPC_CONFIG),
                Member::req("PermissionsConfig", &S_CAPACITY_PROVIDER_PERMISSIONS_CONFIG),
                Member::opt("InstanceRequirements", &S_INSTANCE_REQUIREMENTS),
                Member::opt(
                    "CapacityProviderScalingConfig",
                    &S_CAPACITY_PROVIDER_SCALING_CONFIG,
                ),
                Member::opt("KmsKeyArn", &S_KMSKEY_ARN_NON_EMPTY),
                Member::opt("Tags", &S_TAGS),
            ],
            output: &[Member::req("CapacityProvider", &S_CAPACITY_PROVIDER)],
        },
        OperationSpec {
            name: "CreateCodeSigningConfig",
            input: &[
                Member::opt("Description", &S_DESCRIPTION),
                Member::req("AllowedPublishers", &S_ALLOWED_PUBLISHERS),
                Member::opt("CodeSigningPolicies", &S_CODE_SIGNING_POLICIES),
                Member::opt("Tags", &S_TAGS),
            ],
            output: &[Member::req("CodeSigningConfig", &S_CODE_SIGNING_CONFIG)],
        },
        OperationSpec {
            name: "CreateEventSourceMapping",
            input: &[
                Member::opt("EventSourceArn", &S_ARN),
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME),
                Member::opt("Enabled", &S_ENABLED),
                Member::opt("BatchSize", &S_BATCH_SIZE),
                Member::opt("FilterCriteria", &S_FILTER_CRITERIA),
                Member::opt(
                    "MaximumBatchingWindowInSeconds",
                    &S_MAXIMUM_BATCHING_WINDOW_IN_SECONDS,
                ),
                Member::opt("ParallelizationFactor", &S_PARALLELIZATION_FACTOR),
                Member::opt("StartingPosition", &S_EVENT_SOURCE_POSITION),
                Member::opt("StartingPositionTimestamp", &S_DATE),
                Member::opt("DestinationConfig", &S_DESTINATION_CONFIG),
                Member::opt(
                    "MaximumRecordAgeInSeconds",
                    &S_MAXIMUM_RECORD_AGE_IN_SECONDS,
                ),
                Member::opt(
                    "BisectBatchOnFunctionError",
                    &S_BISECT_BATCH_ON_FUNCTION_ERROR,
                ),
                Member::opt(
                    "MaximumRetryAttempts",
                    &S_MAXIMUM_RETRY_ATTEMPTS_EVENT_SOURCE_MAPPING,
                ),
                Member::opt("Tags", &S_TAGS),
                Member::opt("TumblingWindowInSeconds", &S_TUMBLING_WINDOW_IN_SECONDS),
                Member::opt("Topics", &S_TOPICS),
                Member::opt("Queues", &S_QUEUES),
                Member::opt(
                    "SourceAccessConfigurations",
                    &S_SOURCE_ACCESS_CONFIGURATIONS,
                ),
                Member::opt("SelfManagedEventSource", &S_SELF_MANAGED_EVENT_SOURCE),
                Member::opt("FunctionResponseTypes", &S_FUNCTION_RESPONSE_TYPE_LIST),
                Member::opt(
                    "AmazonManagedKafkaEventSourceConfig",
                    &S_AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
                ),
                Member::opt(
                    "SelfManagedKafkaEventSourceConfig",
                    &S_SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
                ),
                Member::opt("ScalingConfig", &S_SCALING_CONFIG),
                Member::opt(
                    "DocumentDBEventSourceConfig",
                    &S_DOCUMENT_DBEVENT_SOURCE_CONFIG,
                ),
                Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("MetricsConfig", &S_EVENT_SOURCE_MAPPING_METRICS_CONFIG),
                Member::opt("LoggingConfig", &S_EVENT_SOURCE_MAPPING_LOGGING_CONFIG),
                Member::opt("ProvisionedPollerConfig", &S_PROVISIONED_POLLER_CONFIG),
            ],
            output: &[
                Member::opt("UUID", &S_STRING),
                Member::opt("StartingPosition", &S_EVENT_SOURCE_POSITION),
                Member::opt("StartingPositionTimestamp", &S_DATE),
                Member::opt("BatchSize", &S_BATCH_SIZE),
                Member::opt(
                    "MaximumBatchingWindowInSeconds",
                    &S_MAXIMUM_BATCHING_WINDOW_IN_SECONDS,
                ),
                Member::opt("ParallelizationFactor", &S_PARALLELIZATION_FACTOR),
                Member::opt("EventSourceArn", &S_ARN),
                Member::opt("FilterCriteria", &S_FILTER_CRITERIA),
                Member::opt("FunctionArn", &S_FUNCTION_ARN),
                Member::opt("LastModified", &S_DATE),
                Member::opt("LastProcessingResult", &S_STRING),
                Member::opt("State", &S_STRING),
                Member::opt("StateTransitionReason", &S_STRING),
                Member::opt("DestinationConfig", &S_DESTINATION_CONFIG),
                Member::opt("Topics", &S_TOPICS),
                Member::opt("Queues", &S_QUEUES),
                Member::opt(
                    "SourceAccessConfigurations",
                    &S_SOURCE_ACCESS_CONFIGURATIONS,
                ),
                Member::opt("SelfManagedEventSource", &S_SELF_MANAGED_EVENT_SOURCE),
                Member::opt(
                    "MaximumRecordAgeInSeconds",
                    &S_MAXIMUM_RECORD_AGE_IN_SECONDS,
                ),
                Member::opt(
                    "BisectBatchOnFunctionError",
                    &S_BISECT_BATCH_ON_FUNCTION_ERROR,
                ),
                Member::opt(
                    "MaximumRetryAttempts",
                    &S_MAXIMUM_RETRY_ATTEMPTS_EVENT_SOURCE_MAPPING,
                ),
                Member::opt("TumblingWindowInSeconds", &S_TUMBLING_WINDOW_IN_SECONDS),
                Member::opt("FunctionResponseTypes", &S_FUNCTION_RESPONSE_TYPE_LIST),
                Member::opt(
                    "AmazonManagedKafkaEventSourceConfig",
                    &S_AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
                ),
                Member::opt(
                    "SelfManagedKafkaEventSourceConfig",
                    &S_SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
                ),
                Member::opt("ScalingConfig", &S_SCALING_CONFIG),
                Member::opt(
                    "DocumentDBEventSourceConfig",
                    &S_DOCUMENT_DBEVENT_SOURCE_CONFIG,
                ),
                Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("FilterCriteriaError", &S_FILTER_CRITERIA_ERROR),
                Member::opt("EventSourceMappingArn", &S_EVENT_SOURCE_MAPPING_ARN),
                Member::opt("MetricsConfig", &S_EVENT_SOURCE_MAPPING_METRICS_CONFIG),
                Member::opt("LoggingConfig", &S_EVENT_SOURCE_MAPPING_LOGGING_CONFIG),
                Member::opt("ProvisionedPollerConfig", &S_PROVISIONED_POLLER_CONFIG),
            ],
        },
        OperationSpec {
            name: "CreateFunction",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME),
                Member::opt("Runtime", &S_RUNTIME),
                Member::req("Role", &S_ROLE_ARN),
                Member::opt("Handler", &S_HANDLER),
                Member::req("Code", &S_FUNCTION_CODE),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("Timeout", &S_TIMEOUT),
                Member::opt("MemorySize", &S_MEMORY_SIZE),
                Member::opt("Publish", &S_BOOLEAN),
                Member::opt("VpcConfig", &S_VPC_CONFIG),
                Member::opt("PackageType", &S_PACKAGE_TYPE),
                Member::opt("DeadLetterConfig", &S_DEAD_LETTER_CONFIG),
                Member::opt("Environment", &S_ENVIRONMENT),
                Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("TracingConfig", &S_TRACING_CONFIG),
                Member::opt("Tags", &S_TAGS),
                Member::opt("Layers", &S_LAYER_LIST),
                Member::opt("FileSystemConfigs", &S_FILE_SYSTEM_CONFIG_LIST),
                Member::opt("ImageConfig", &S_IMAGE_CONFIG),
                Member::opt("CodeSigningConfigArn", &S_CODE_SIGNING_CONFIG_ARN),
                Member::opt("Architectures", &S_ARCHITECTURES_LIST),
                Member::opt("EphemeralStorage", &S_EPHEMERAL_STORAGE),
                Member::opt("SnapStart", &S_SNAP_START),
                Member::opt("LoggingConfig", &S_LOGGING_CONFIG),
                Member::opt("CapacityProviderConfig", &S_CAPACITY_PROVIDER_CONFIG),
                Member::opt("PublishTo", &S_FUNCTION_VERSION_LATEST_PUBLISHED),
                Member::opt("DurableConfig", &S_DURABLE_CONFIG),
                Member::opt("TenancyConfig", &S_TENANCY_CONFIG),
            ],
            output: &[
                Member::opt("FunctionName", &S_NAMESPACED_FUNCTION_NAME),
                Member::opt("FunctionArn", &S_NAME_SPACED_FUNCTION_ARN),
                Member::opt("Runtime", &S_RUNTIME),
                Member::opt("Role", &S_ROLE_ARN),
                Member::opt("Handler", &S_HANDLER),
                Member::opt("CodeSize", &S_LONG),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("Timeout", &S_TIMEOUT),
                Member::opt("MemorySize", &S_MEMORY_SIZE),
                Member::opt("LastModified", &S_TIMESTAMP),
                Member::opt("CodeSha256", &S_STRING),
                Member::opt("Version", &S_VERSION),
                Member::opt("VpcConfig", &S_VPC_CONFIG_RESPONSE),
                Member::opt("DeadLetterConfig", &S_DEAD_LETTER_CONFIG),
                Member::opt("Environment", &S_ENVIRONMENT_RESPONSE),
                Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("TracingConfig", &S_TRACING_CONFIG_RESPONSE),
                Member::opt("MasterArn", &S_FUNCTION_ARN),
                Member::opt("RevisionId", &S_STRING),
                Member::opt("Layers", &S_LAYERS_REFERENCE_LIST),
                Member::opt("State", &S_STATE),
                Member::opt("StateReason", &S_STATE_REASON),
                Member::opt("StateReasonCode", &S_STATE_REASON_CODE),
                Member::opt("LastUpdateStatus", &S_LAST_UPDATE_STATUS),
                Member::opt("LastUpdateStatusReason", &S_LAST_UPDATE_STATUS_REASON),
                Member::opt(
                    "LastUpdateStatusReasonCode",
                    &S_LAST_UPDATE_STATUS_REASON_CODE,
                ),
                Member::opt("FileSystemConfigs", &S_FILE_SYSTEM_CONFIG_LIST),
                Member::opt("PackageType", &S_PACKAGE_TYPE),
                Member::opt("ImageConfigResponse", &S_IMAGE_CONFIG_RESPONSE),
                Member::opt("SigningProfileVersionArn", &S_ARN),
                Member::opt("SigningJobArn", &S_ARN),
                Member::opt("Architectures", &S_ARCHITECTURES_LIST),
                Member::opt("EphemeralStorage", &S_EPHEMERAL_STORAGE),
                Member::opt("SnapStart", &S_SNAP_START_RESPONSE),
                Member::opt("RuntimeVersionConfig", &S_RUNTIME_VERSION_CONFIG),
                Member::opt("LoggingConfig", &S_LOGGING_CONFIG),
                Member::opt("CapacityProviderConfig", &S_CAPACITY_PROVIDER_CONFIG),
                Member::opt("ConfigSha256", &S_STRING),
                Member::opt("DurableConfig", &S_DURABLE_CONFIG),
                Member::opt("TenancyConfig", &S_TENANCY_CONFIG),
            ],
        },
        OperationSpec {
            name: "CreateFunctionUrlConfig",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_FUNCTION_URL_QUALIFIER)
                    .at(Location::Query("Qualifier")),
                Member::req("AuthType", &S_FUNCTION_URL_AUTH_TYPE),
                Member::opt("Cors", &S_CORS),
                Member::opt("InvokeMode", &S_INVOKE_MODE),
            ],
            output: &[
                Member::req("FunctionUrl", &S_FUNCTION_URL),
                Member::req("FunctionArn", &S_FUNCTION_ARN),
                Member::req("AuthType", &S_FUNCTION_URL_AUTH_TYPE),
                Member::opt("Cors", &S_CORS),
                Member::req("CreationTime", &S_TIMESTAMP),
                Member::opt("InvokeMode", &S_INVOKE_MODE),
            ],
        },
        OperationSpec {
            name: "DeleteAlias",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::req("Name", &S_ALIAS).at(Location::Uri("Name")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteCapacityProvider",
            input: &[
                Member::req("CapacityProviderName", &S_CAPACITY_PROVIDER_NAME)
                    .at(Location::Uri("CapacityProviderName")),
            ],
            output: &[Member::req("CapacityProvider", &S_CAPACITY_PROVIDER)],
        },
        OperationSpec {
            name: "DeleteCodeSigningConfig",
            input: &[
                Member::req("CodeSigningConfigArn", &S_CODE_SIGNING_CONFIG_ARN)
                    .at(Location::Uri("CodeSigningConfigArn")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteEventSourceMapping",
            input: &[Member::req("UUID", &S_STRING).at(Location::Uri("UUID"))],
            output: &[
                Member::opt("UUID", &S_STRING),
                Member::opt("StartingPosition", &S_EVENT_SOURCE_POSITION),
                Member::opt("StartingPositionTimestamp", &S_DATE),
                Member::opt("BatchSize", &S_BATCH_SIZE),
                Member::opt(
                    "MaximumBatchingWindowInSeconds",
                    &S_MAXIMUM_BATCHING_WINDOW_IN_SECONDS,
                ),
                Member::opt("ParallelizationFactor", &S_PARALLELIZATION_FACTOR),
                Member::opt("EventSourceArn", &S_ARN),
                Member::opt("FilterCriteria", &S_FILTER_CRITERIA),
                Member::opt("FunctionArn", &S_FUNCTION_ARN),
                Member::opt("LastModified", &S_DATE),
                Member::opt("LastProcessingResult", &S_STRING),
                Member::opt("State", &S_STRING),
                Member::opt("StateTransitionReason", &S_STRING),
                Member::opt("DestinationConfig", &S_DESTINATION_CONFIG),
                Member::opt("Topics", &S_TOPICS),
                Member::opt("Queues", &S_QUEUES),
                Member::opt(
                    "SourceAccessConfigurations",
                    &S_SOURCE_ACCESS_CONFIGURATIONS,
                ),
                Member::opt("SelfManagedEventSource", &S_SELF_MANAGED_EVENT_SOURCE),
                Member::opt(
                    "MaximumRecordAgeInSeconds",
                    &S_MAXIMUM_RECORD_AGE_IN_SECONDS,
                ),
                Member::opt(
                    "BisectBatchOnFunctionError",
                    &S_BISECT_BATCH_ON_FUNCTION_ERROR,
                ),
                Member::opt(
                    "MaximumRetryAttempts",
                    &S_MAXIMUM_RETRY_ATTEMPTS_EVENT_SOURCE_MAPPING,
                ),
                Member::opt("TumblingWindowInSeconds", &S_TUMBLING_WINDOW_IN_SECONDS),
                Member::opt("FunctionResponseTypes", &S_FUNCTION_RESPONSE_TYPE_LIST),
                Member::opt(
                    "AmazonManagedKafkaEventSourceConfig",
                    &S_AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
                ),
                Member::opt(
                    "SelfManagedKafkaEventSourceConfig",
                    &S_SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
                ),
                Member::opt("ScalingConfig", &S_SCALING_CONFIG),
                Member::opt(
                    "DocumentDBEventSourceConfig",
                    &S_DOCUMENT_DBEVENT_SOURCE_CONFIG,
                ),
                Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("FilterCriteriaError", &S_FILTER_CRITERIA_ERROR),
                Member::opt("EventSourceMappingArn", &S_EVENT_SOURCE_MAPPING_ARN),
                Member::opt("MetricsConfig", &S_EVENT_SOURCE_MAPPING_METRICS_CONFIG),
                Member::opt("LoggingConfig", &S_EVENT_SOURCE_MAPPING_LOGGING_CONFIG),
                Member::opt("ProvisionedPollerConfig", &S_PROVISIONED_POLLER_CONFIG),
            ],
        },
        OperationSpec {
            name: "DeleteFunction",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
            ],
            output: &[Member::opt("StatusCode", &S_INTEGER)],
        },
        OperationSpec {
            name: "DeleteFunctionCodeSigningConfig",
            input: &[Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                .at(Location::Uri("FunctionName"))],
            output: &[],
        },
        OperationSpec {
            name: "DeleteFunctionConcurrency",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName"))
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteFunctionEventInvokeConfig",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteFunctionUrlConfig",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_FUNCTION_URL_QUALIFIER)
                    .at(Location::Query("Qualifier")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteLayerVersion",
            input: &[
                Member::req("LayerName", &S_LAYER_NAME).at(Location::Uri("LayerName")),
                Member::req("VersionNumber", &S_LAYER_VERSION_NUMBER)
                    .at(Location::Uri("VersionNumber")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteProvisionedConcurrencyConfig",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::req("Qualifier", &S_QUALIFIER).at(Location::Query("Qualifier")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "GetAccountSettings",
            input: &[],
            output: &[
                Member::opt("AccountLimit", &S_ACCOUNT_LIMIT),
                Member::opt("AccountUsage", &S_ACCOUNT_USAGE),
            ],
        },
        OperationSpec {
            name: "GetAlias",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::req("Name", &S_ALIAS).at(Location::Uri("Name")),
            ],
            output: &[
                Member::opt("AliasArn", &S_FUNCTION_ARN),
                Member::opt("Name", &S_ALIAS),
                Member::opt("FunctionVersion", &S_VERSION),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("RoutingConfig", &S_ALIAS_ROUTING_CONFIGURATION),
                Member::opt("RevisionId", &S_STRING),
            ],
        },
        OperationSpec {
            name: "GetCapacityProvider",
            input: &[
                Member::req("CapacityProviderName", &S_CAPACITY_PROVIDER_NAME)
                    .at(Location::Uri("CapacityProviderName")),
            ],
            output: &[Member::req("CapacityProvider", &S_CAPACITY_PROVIDER)],
        },
        OperationSpec {
            name: "GetCodeSigningConfig",
            input: &[
                Member::req("CodeSigningConfigArn", &S_CODE_SIGNING_CONFIG_ARN)
                    .at(Location::Uri("CodeSigningConfigArn")),
            ],
            output: &[Member::req("CodeSigningConfig", &S_CODE_SIGNING_CONFIG)],
        },
        OperationSpec {
            name: "GetDurableExecution",
            input: &[Member::req("DurableExecutionArn", &S_DURABLE_EXECUTION_ARN)
                .at(Location::Uri("DurableExecutionArn"))],
            output: &[
                Member::req("DurableExecutionArn", &S_DURABLE_EXECUTION_ARN),
                Member::req("DurableExecutionName", &S_DURABLE_EXECUTION_NAME),
                Member::req("FunctionArn", &S_NAME_SPACED_FUNCTION_ARN),
                Member::opt("InputPayload", &S_INPUT_PAYLOAD),
                Member::opt("Result", &S_OUTPUT_PAYLOAD),
                Member::opt("Error", &S_ERROR_OBJECT),
                Member::req("StartTimestamp", &S_EXECUTION_TIMESTAMP),
                Member::req("Status", &S_EXECUTION_STATUS),
                Member::opt("EndTimestamp", &S_EXECUTION_TIMESTAMP),
                Member::opt("Version", &S_VERSION_WITH_LATEST_PUBLISHED),
                Member::opt("TraceHeader", &S_TRACE_HEADER),
            ],
        },
        OperationSpec {
            name: "GetDurableExecutionHistory",
            input: &[
                Member::req("DurableExecutionArn", &S_DURABLE_EXECUTION_ARN)
                    .at(Location::Uri("DurableExecutionArn")),
                Member::opt("IncludeExecutionData", &S_INCLUDE_EXECUTION_DATA)
                    .at(Location::Query("IncludeExecutionData")),
                Member::opt("MaxItems", &S_ITEM_COUNT).at(Location::Query("MaxItems")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("ReverseOrder", &S_REVERSE_ORDER).at(Location::Query("ReverseOrder")),
            ],
            output: &[
                Member::req("Events", &S_EVENTS),
                Member::opt("NextMarker", &S_STRING),
            ],
        },
        OperationSpec {
            name: "GetDurableExecutionState",
            input: &[
                Member::req("DurableExecutionArn", &S_DURABLE_EXECUTION_ARN)
                    .at(Location::Uri("DurableExecutionArn")),
                Member::req("CheckpointToken", &S_CHECKPOINT_TOKEN)
                    .at(Location::Query("CheckpointToken")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_ITEM_COUNT).at(Location::Query("MaxItems")),
            ],
            output: &[
                Member::req("Operations", &S_OPERATIONS),
                Member::opt("NextMarker", &S_STRING),
            ],
        },
        OperationSpec {
            name: "GetEventSourceMapping",
            input: &[Member::req("UUID", &S_STRING).at(Location::Uri("UUID"))],
            output: &[
                Member::opt("UUID", &S_STRING),
                Member::opt("StartingPosition", &S_EVENT_SOURCE_POSITION),
                Member::opt("StartingPositionTimestamp", &S_DATE),
                Member::opt("BatchSize", &S_BATCH_SIZE),
                Member::opt(
                    "MaximumBatchingWindowInSeconds",
                    &S_MAXIMUM_BATCHING_WINDOW_IN_SECONDS,
                ),
                Member::opt("ParallelizationFactor", &S_PARALLELIZATION_FACTOR),
                Member::opt("EventSourceArn", &S_ARN),
                Member::opt("FilterCriteria", &S_FILTER_CRITERIA),
                Member::opt("FunctionArn", &S_FUNCTION_ARN),
                Member::opt("LastModified", &S_DATE),
                Member::opt("LastProcessingResult", &S_STRING),
                Member::opt("State", &S_STRING),
                Member::opt("StateTransitionReason", &S_STRING),
                Member::opt("DestinationConfig", &S_DESTINATION_CONFIG),
                Member::opt("Topics", &S_TOPICS),
                Member::opt("Queues", &S_QUEUES),
                Member::opt(
                    "SourceAccessConfigurations",
                    &S_SOURCE_ACCESS_CONFIGURATIONS,
                ),
                Member::opt("SelfManagedEventSource", &S_SELF_MANAGED_EVENT_SOURCE),
                Member::opt(
                    "MaximumRecordAgeInSeconds",
                    &S_MAXIMUM_RECORD_AGE_IN_SECONDS,
                ),
                Member::opt(
                    "BisectBatchOnFunctionError",
                    &S_BISECT_BATCH_ON_FUNCTION_ERROR,
                ),
                Member::opt(
                    "MaximumRetryAttempts",
                    &S_MAXIMUM_RETRY_ATTEMPTS_EVENT_SOURCE_MAPPING,
                ),
                Member::opt("TumblingWindowInSeconds", &S_TUMBLING_WINDOW_IN_SECONDS),
                Member::opt("FunctionResponseTypes", &S_FUNCTION_RESPONSE_TYPE_LIST),
                Member::opt(
                    "AmazonManagedKafkaEventSourceConfig",
                    &S_AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
                ),
                Member::opt(
                    "SelfManagedKafkaEventSourceConfig",
                    &S_SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
                ),
                Member::opt("ScalingConfig", &S_SCALING_CONFIG),
                Member::opt(
                    "DocumentDBEventSourceConfig",
                    &S_DOCUMENT_DBEVENT_SOURCE_CONFIG,
                ),
                Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("FilterCriteriaError", &S_FILTER_CRITERIA_ERROR),
                Member::opt("EventSourceMappingArn", &S_EVENT_SOURCE_MAPPING_ARN),
                Member::opt("MetricsConfig", &S_EVENT_SOURCE_MAPPING_METRICS_CONFIG),
                Member::opt("LoggingConfig", &S_EVENT_SOURCE_MAPPING_LOGGING_CONFIG),
                Member::opt("ProvisionedPollerConfig", &S_PROVISIONED_POLLER_CONFIG),
            ],
        },
        OperationSpec {
            name: "GetFunction",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
            ],
            output: &[
                Member::opt("Configuration", &S_FUNCTION_CONFIGURATION),
                Member::opt("Code", &S_FUNCTION_CODE_LOCATION),
                Member::opt("Tags", &S_TAGS),
                Member::opt("TagsError", &S_TAGS_ERROR),
                Member::opt("Concurrency", &S_CONCURRENCY),
            ],
        },
        OperationSpec {
            name: "GetFunctionCodeSigningConfig",
            input: &[Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                .at(Location::Uri("FunctionName"))],
            output: &[
                Member::req("CodeSigningConfigArn", &S_CODE_SIGNING_CONFIG_ARN),
                Member::req("FunctionName", &S_FUNCTION_NAME),
            ],
        },
        OperationSpec {
            name: "GetFunctionConcurrency",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName"))
            ],
            output: &[Member::opt(
                "ReservedConcurrentExecutions",
                &S_RESERVED_CONCURRENT_EXECUTIONS,
            )],
        },
        OperationSpec {
            name: "GetFunctionConfiguration",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
            ],
            output: &[
                Member::opt("FunctionName", &S_NAMESPACED_FUNCTION_NAME),
                Member::opt("FunctionArn", &S_NAME_SPACED_FUNCTION_ARN),
                Member::opt("Runtime", &S_RUNTIME),
                Member::opt("Role", &S_ROLE_ARN),
                Member::opt("Handler", &S_HANDLER),
                Member::opt("CodeSize", &S_LONG),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("Timeout", &S_TIMEOUT),
                Member::opt("MemorySize", &S_MEMORY_SIZE),
                Member::opt("LastModified", &S_TIMESTAMP),
                Member::opt("CodeSha256", &S_STRING),
                Member::opt("Version", &S_VERSION),
                Member::opt("VpcConfig", &S_VPC_CONFIG_RESPONSE),
                Member::opt("DeadLetterConfig", &S_DEAD_LETTER_CONFIG),
                Member::opt("Environment", &S_ENVIRONMENT_RESPONSE),
                Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("TracingConfig", &S_TRACING_CONFIG_RESPONSE),
                Member::opt("MasterArn", &S_FUNCTION_ARN),
                Member::opt("RevisionId", &S_STRING),
                Member::opt("Layers", &S_LAYERS_REFERENCE_LIST),
                Member::opt("State", &S_STATE),
                Member::opt("StateReason", &S_STATE_REASON),
                Member::opt("StateReasonCode", &S_STATE_REASON_CODE),
                Member::opt("LastUpdateStatus", &S_LAST_UPDATE_STATUS),
                Member::opt("LastUpdateStatusReason", &S_LAST_UPDATE_STATUS_REASON),
                Member::opt(
                    "LastUpdateStatusReasonCode",
                    &S_LAST_UPDATE_STATUS_REASON_CODE,
                ),
                Member::opt("FileSystemConfigs", &S_FILE_SYSTEM_CONFIG_LIST),
                Member::opt("PackageType", &S_PACKAGE_TYPE),
                Member::opt("ImageConfigResponse", &S_IMAGE_CONFIG_RESPONSE),
                Member::opt("SigningProfileVersionArn", &S_ARN),
                Member::opt("SigningJobArn", &S_ARN),
                Member::opt("Architectures", &S_ARCHITECTURES_LIST),
                Member::opt("EphemeralStorage", &S_EPHEMERAL_STORAGE),
                Member::opt("SnapStart", &S_SNAP_START_RESPONSE),
                Member::opt("RuntimeVersionConfig", &S_RUNTIME_VERSION_CONFIG),
                Member::opt("LoggingConfig", &S_LOGGING_CONFIG),
                Member::opt("CapacityProviderConfig", &S_CAPACITY_PROVIDER_CONFIG),
                Member::opt("ConfigSha256", &S_STRING),
                Member::opt("DurableConfig", &S_DURABLE_CONFIG),
                Member::opt("TenancyConfig", &S_TENANCY_CONFIG),
            ],
        },
        OperationSpec {
            name: "GetFunctionEventInvokeConfig",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
            ],
            output: &[
                Member::opt("LastModified", &S_DATE),
                Member::opt("FunctionArn", &S_FUNCTION_ARN),
                Member::opt("MaximumRetryAttempts", &S_MAXIMUM_RETRY_ATTEMPTS),
                Member::opt("MaximumEventAgeInSeconds", &S_MAXIMUM_EVENT_AGE_IN_SECONDS),
                Member::opt("DestinationConfig", &S_DESTINATION_CONFIG),
            ],
        },
        OperationSpec {
            name: "GetFunctionRecursionConfig",
            input: &[Member::req("FunctionName", &S_UNQUALIFIED_FUNCTION_NAME)
                .at(Location::Uri("FunctionName"))],
            output: &[Member::opt("RecursiveLoop", &S_RECURSIVE_LOOP)],
        },
        OperationSpec {
            name: "GetFunctionScalingConfig",
            input: &[
                Member::req("FunctionName", &S_UNQUALIFIED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::req("Qualifier", &S_PUBLISHED_FUNCTION_QUALIFIER)
                    .at(Location::Query("Qualifier")),
            ],
            output: &[
                Member::opt("FunctionArn", &S_FUNCTION_ARN),
                Member::opt("AppliedFunctionScalingConfig", &S_FUNCTION_SCALING_CONFIG),
                Member::opt("RequestedFunctionScalingConfig", &S_FUNCTION_SCALING_CONFIG),
            ],
        },
        OperationSpec {
            name: "GetFunctionUrlConfig",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_FUNCTION_URL_QUALIFIER)
                    .at(Location::Query("Qualifier")),
            ],
            output: &[
                Member::req("FunctionUrl", &S_FUNCTION_URL),
                Member::req("FunctionArn", &S_FUNCTION_ARN),
                Member::req("AuthType", &S_FUNCTION_URL_AUTH_TYPE),
                Member::opt("Cors", &S_CORS),
                Member::req("CreationTime", &S_TIMESTAMP),
                Member::req("LastModifiedTime", &S_TIMESTAMP),
                Member::opt("InvokeMode", &S_INVOKE_MODE),
            ],
        },
        OperationSpec {
            name: "GetLayerVersion",
            input: &[
                Member::req("LayerName", &S_LAYER_NAME).at(Location::Uri("LayerName")),
                Member::req("VersionNumber", &S_LAYER_VERSION_NUMBER)
                    .at(Location::Uri("VersionNumber")),
            ],
            output: &[
                Member::opt("Content", &S_LAYER_VERSION_CONTENT_OUTPUT),
                Member::opt("LayerArn", &S_LAYER_ARN),
                Member::opt("LayerVersionArn", &S_LAYER_VERSION_ARN),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("CreatedDate", &S_TIMESTAMP),
                Member::opt("Version", &S_LAYER_VERSION_NUMBER),
                Member::opt("CompatibleRuntimes", &S_COMPATIBLE_RUNTIMES),
                Member::opt("LicenseInfo", &S_LICENSE_INFO),
                Member::opt("CompatibleArchitectures", &S_COMPATIBLE_ARCHITECTURES),
            ],
        },
        OperationSpec {
            name: "GetLayerVersionByArn",
            input: &[Member::req("Arn", &S_LAYER_VERSION_ARN).at(Location::Query("Arn"))],
            output: &[
                Member::opt("Content", &S_LAYER_VERSION_CONTENT_OUTPUT),
                Member::opt("LayerArn", &S_LAYER_ARN),
                Member::opt("LayerVersionArn", &S_LAYER_VERSION_ARN),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("CreatedDate", &S_TIMESTAMP),
                Member::opt("Version", &S_LAYER_VERSION_NUMBER),
                Member::opt("CompatibleRuntimes", &S_COMPATIBLE_RUNTIMES),
                Member::opt("LicenseInfo", &S_LICENSE_INFO),
                Member::opt("CompatibleArchitectures", &S_COMPATIBLE_ARCHITECTURES),
            ],
        },
        OperationSpec {
            name: "GetLayerVersionPolicy",
            input: &[
                Member::req("LayerName", &S_LAYER_NAME).at(Location::Uri("LayerName")),
                Member::req("VersionNumber", &S_LAYER_VERSION_NUMBER)
                    .at(Location::Uri("VersionNumber")),
            ],
            output: &[
                Member::opt("Policy", &S_STRING),
                Member::opt("RevisionId", &S_STRING),
            ],
        },
        OperationSpec {
            name: "GetPolicy",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
            ],
            output: &[
                Member::opt("Policy", &S_STRING),
                Member::opt("RevisionId", &S_STRING),
            ],
        },
        OperationSpec {
            name: "GetProvisionedConcurrencyConfig",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::req("Qualifier", &S_QUALIFIER).at(Location::Query("Qualifier")),
            ],
            output: &[
                Member::opt(
                    "RequestedProvisionedConcurrentExecutions",
                    &S_POSITIVE_INTEGER,
                ),
                Member::opt(
                    "AvailableProvisionedConcurrentExecutions",
                    &S_NON_NEGATIVE_INTEGER,
                ),
                Member::opt(
                    "AllocatedProvisionedConcurrentExecutions",
                    &S_NON_NEGATIVE_INTEGER,
                ),
                Member::opt("Status", &S_PROVISIONED_CONCURRENCY_STATUS_ENUM),
                Member::opt("StatusReason", &S_STRING),
                Member::opt("LastModified", &S_TIMESTAMP),
            ],
        },
        OperationSpec {
            name: "GetRuntimeManagementConfig",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
            ],
            output: &[
                Member::opt("UpdateRuntimeOn", &S_UPDATE_RUNTIME_ON),
                Member::opt("RuntimeVersionArn", &S_RUNTIME_VERSION_ARN),
                Member::opt("FunctionArn", &S_NAME_SPACED_FUNCTION_ARN),
            ],
        },
        OperationSpec {
            name: "Invoke",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("InvocationType", &S_INVOCATION_TYPE)
                    .at(Location::Header("X-Amz-Invocation-Type")),
                Member::opt("LogType", &S_LOG_TYPE).at(Location::Header("X-Amz-Log-Type")),
                Member::opt("ClientContext", &S_STRING)
                    .at(Location::Header("X-Amz-Client-Context")),
                Member::opt("DurableExecutionName", &S_DURABLE_EXECUTION_NAME)
                    .at(Location::Header("X-Amz-Durable-Execution-Name")),
                Member::opt("Payload", &S_BLOB).at(Location::Payload),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
                Member::opt("TenantId", &S_TENANT_ID).at(Location::Header("X-Amz-Tenant-Id")),
            ],
            output: &[
                Member::opt("StatusCode", &S_INTEGER),
                Member::opt("FunctionError", &S_STRING)
                    .at(Location::Header("X-Amz-Function-Error")),
                Member::opt("LogResult", &S_STRING).at(Location::Header("X-Amz-Log-Result")),
                Member::opt("Payload", &S_BLOB).at(Location::Payload),
                Member::opt("ExecutedVersion", &S_VERSION)
                    .at(Location::Header("X-Amz-Executed-Version")),
                Member::opt("DurableExecutionArn", &S_DURABLE_EXECUTION_ARN)
                    .at(Location::Header("X-Amz-Durable-Execution-Arn")),
            ],
        },
        OperationSpec {
            name: "InvokeAsync",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::req("InvokeArgs", &S_BLOB_STREAM).at(Location::Payload),
            ],
            output: &[Member::opt("Status", &S_HTTP_STATUS)],
        },
        OperationSpec {
            name: "InvokeWithResponseStream",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("InvocationType", &S_RESPONSE_STREAMING_INVOCATION_TYPE)
                    .at(Location::Header("X-Amz-Invocation-Type")),
                Member::opt("LogType", &S_LOG_TYPE).at(Location::Header("X-Amz-Log-Type")),
                Member::opt("ClientContext", &S_STRING)
                    .at(Location::Header("X-Amz-Client-Context")),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
                Member::opt("Payload", &S_BLOB).at(Location::Payload),
                Member::opt("TenantId", &S_TENANT_ID).at(Location::Header("X-Amz-Tenant-Id")),
            ],
            output: &[
                Member::opt("StatusCode", &S_INTEGER),
                Member::opt("ExecutedVersion", &S_VERSION)
                    .at(Location::Header("X-Amz-Executed-Version")),
                Member::opt("EventStream", &S_INVOKE_WITH_RESPONSE_STREAM_RESPONSE_EVENT)
                    .at(Location::Payload),
                Member::opt("ResponseStreamContentType", &S_STRING)
                    .at(Location::Header("Content-Type")),
            ],
        },
        OperationSpec {
            name: "ListAliases",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::opt("FunctionVersion", &S_VERSION_WITH_LATEST_PUBLISHED)
                    .at(Location::Query("FunctionVersion")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_MAX_LIST_ITEMS).at(Location::Query("MaxItems")),
            ],
            output: &[
                Member::opt("NextMarker", &S_STRING),
                Member::opt("Aliases", &S_ALIAS_LIST),
            ],
        },
        OperationSpec {
            name: "ListCapacityProviders",
            input: &[
                Member::opt("State", &S_CAPACITY_PROVIDER_STATE).at(Location::Query("State")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_MAX_FIFTY_LIST_ITEMS).at(Location::Query("MaxItems")),
            ],
            output: &[
                Member::req("CapacityProviders", &S_CAPACITY_PROVIDERS_LIST),
                Member::opt("NextMarker", &S_STRING),
            ],
        },
        OperationSpec {
            name: "ListCodeSigningConfigs",
            input: &[
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_MAX_LIST_ITEMS).at(Location::Query("MaxItems")),
            ],
            output: &[
                Member::opt("NextMarker", &S_STRING),
                Member::opt("CodeSigningConfigs", &S_CODE_SIGNING_CONFIG_LIST),
            ],
        },
        OperationSpec {
            name: "ListDurableExecutionsByFunction",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
                Member::opt("DurableExecutionName", &S_DURABLE_EXECUTION_NAME)
                    .at(Location::Query("DurableExecutionName")),
                Member::opt("Statuses", &S_EXECUTION_STATUS_LIST).at(Location::Query("Statuses")),
                Member::opt("StartedAfter", &S_EXECUTION_TIMESTAMP)
                    .at(Location::Query("StartedAfter")),
                Member::opt("StartedBefore", &S_EXECUTION_TIMESTAMP)
                    .at(Location::Query("StartedBefore")),
                Member::opt("ReverseOrder", &S_REVERSE_ORDER).at(Location::Query("ReverseOrder")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_ITEM_COUNT).at(Location::Query("MaxItems")),
            ],
            output: &[
                Member::opt("DurableExecutions", &S_DURABLE_EXECUTIONS),
                Member::opt("NextMarker", &S_STRING),
            ],
        },
        OperationSpec {
            name: "ListEventSourceMappings",
            input: &[
                Member::opt("EventSourceArn", &S_ARN).at(Location::Query("EventSourceArn")),
                Member::opt("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Query("FunctionName")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_MAX_LIST_ITEMS).at(Location::Query("MaxItems")),
            ],
            output: &[
                Member::opt("NextMarker", &S_STRING),
                Member::opt("EventSourceMappings", &S_EVENT_SOURCE_MAPPINGS_LIST),
            ],
        },
        OperationSpec {
            name: "ListFunctionEventInvokeConfigs",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_MAX_FUNCTION_EVENT_INVOKE_CONFIG_LIST_ITEMS)
                    .at(Location::Query("MaxItems")),
            ],
            output: &[
                Member::opt(
                    "FunctionEventInvokeConfigs",
                    &S_FUNCTION_EVENT_INVOKE_CONFIG_LIST,
                ),
                Member::opt("NextMarker", &S_STRING),
            ],
        },
        OperationSpec {
            name: "ListFunctionUrlConfigs",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_MAX_ITEMS).at(Location::Query("MaxItems")),
            ],
            output: &[
                Member::req("FunctionUrlConfigs", &S_FUNCTION_URL_CONFIG_LIST),
                Member::opt("NextMarker", &S_STRING),
            ],
        },
        OperationSpec {
            name: "ListFunctionVersionsByCapacityProvider",
            input: &[
                Member::req("CapacityProviderName", &S_CAPACITY_PROVIDER_NAME)
                    .at(Location::Uri("CapacityProviderName")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_MAX_FIFTY_LIST_ITEMS).at(Location::Query("MaxItems")),
            ],
            output: &[
                Member::req("CapacityProviderArn", &S_CAPACITY_PROVIDER_ARN),
                Member::req(
                    "FunctionVersions",
                    &S_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER_LIST,
                ),
                Member::opt("NextMarker", &S_STRING),
            ],
        },
        OperationSpec {
            name: "ListFunctions",
            input: &[
                Member::opt("MasterRegion", &S_MASTER_REGION).at(Location::Query("MasterRegion")),
                Member::opt("FunctionVersion", &S_FUNCTION_VERSION)
                    .at(Location::Query("FunctionVersion")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_MAX_LIST_ITEMS).at(Location::Query("MaxItems")),
            ],
            output: &[
                Member::opt("NextMarker", &S_STRING),
                Member::opt("Functions", &S_FUNCTION_LIST),
            ],
        },
        OperationSpec {
            name: "ListFunctionsByCodeSigningConfig",
            input: &[
                Member::req("CodeSigningConfigArn", &S_CODE_SIGNING_CONFIG_ARN)
                    .at(Location::Uri("CodeSigningConfigArn")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_MAX_LIST_ITEMS).at(Location::Query("MaxItems")),
            ],
            output: &[
                Member::opt("NextMarker", &S_STRING),
                Member::opt("FunctionArns", &S_FUNCTION_ARN_LIST),
            ],
        },
        OperationSpec {
            name: "ListLayerVersions",
            input: &[
                Member::opt("CompatibleRuntime", &S_RUNTIME)
                    .at(Location::Query("CompatibleRuntime")),
                Member::req("LayerName", &S_LAYER_NAME).at(Location::Uri("LayerName")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_MAX_LAYER_LIST_ITEMS).at(Location::Query("MaxItems")),
                Member::opt("CompatibleArchitecture", &S_ARCHITECTURE)
                    .at(Location::Query("CompatibleArchitecture")),
            ],
            output: &[
                Member::opt("NextMarker", &S_STRING),
                Member::opt("LayerVersions", &S_LAYER_VERSIONS_LIST),
            ],
        },
        OperationSpec {
            name: "ListLayers",
            input: &[
                Member::opt("CompatibleRuntime", &S_RUNTIME)
                    .at(Location::Query("CompatibleRuntime")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_MAX_LAYER_LIST_ITEMS).at(Location::Query("MaxItems")),
                Member::opt("CompatibleArchitecture", &S_ARCHITECTURE)
                    .at(Location::Query("CompatibleArchitecture")),
            ],
            output: &[
                Member::opt("NextMarker", &S_STRING),
                Member::opt("Layers", &S_LAYERS_LIST),
            ],
        },
        OperationSpec {
            name: "ListProvisionedConcurrencyConfigs",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_MAX_PROVISIONED_CONCURRENCY_CONFIG_LIST_ITEMS)
                    .at(Location::Query("MaxItems")),
            ],
            output: &[
                Member::opt(
                    "ProvisionedConcurrencyConfigs",
                    &S_PROVISIONED_CONCURRENCY_CONFIG_LIST,
                ),
                Member::opt("NextMarker", &S_STRING),
            ],
        },
        OperationSpec {
            name: "ListTags",
            input: &[Member::req("Resource", &S_TAGGABLE_RESOURCE).at(Location::Uri("Resource"))],
            output: &[Member::opt("Tags", &S_TAGS)],
        },
        OperationSpec {
            name: "ListVersionsByFunction",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("Marker", &S_STRING).at(Location::Query("Marker")),
                Member::opt("MaxItems", &S_MAX_LIST_ITEMS).at(Location::Query("MaxItems")),
            ],
            output: &[
                Member::opt("NextMarker", &S_STRING),
                Member::opt("Versions", &S_FUNCTION_LIST),
            ],
        },
        OperationSpec {
            name: "PublishLayerVersion",
            input: &[
                Member::req("LayerName", &S_LAYER_NAME).at(Location::Uri("LayerName")),
                Member::opt("Description", &S_DESCRIPTION),
                Member::req("Content", &S_LAYER_VERSION_CONTENT_INPUT),
                Member::opt("CompatibleRuntimes", &S_COMPATIBLE_RUNTIMES),
                Member::opt("LicenseInfo", &S_LICENSE_INFO),
                Member::opt("CompatibleArchitectures", &S_COMPATIBLE_ARCHITECTURES),
            ],
            output: &[
                Member::opt("Content", &S_LAYER_VERSION_CONTENT_OUTPUT),
                Member::opt("LayerArn", &S_LAYER_ARN),
                Member::opt("LayerVersionArn", &S_LAYER_VERSION_ARN),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("CreatedDate", &S_TIMESTAMP),
                Member::opt("Version", &S_LAYER_VERSION_NUMBER),
                Member::opt("CompatibleRuntimes", &S_COMPATIBLE_RUNTIMES),
                Member::opt("LicenseInfo", &S_LICENSE_INFO),
                Member::opt("CompatibleArchitectures", &S_COMPATIBLE_ARCHITECTURES),
            ],
        },
        OperationSpec {
            name: "PublishVersion",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::opt("CodeSha256", &S_STRING),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("RevisionId", &S_STRING),
                Member::opt("PublishTo", &S_FUNCTION_VERSION_LATEST_PUBLISHED),
            ],
            output: &[
                Member::opt("FunctionName", &S_NAMESPACED_FUNCTION_NAME),
                Member::opt("FunctionArn", &S_NAME_SPACED_FUNCTION_ARN),
                Member::opt("Runtime", &S_RUNTIME),
                Member::opt("Role", &S_ROLE_ARN),
                Member::opt("Handler", &S_HANDLER),
                Member::opt("CodeSize", &S_LONG),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("Timeout", &S_TIMEOUT),
                Member::opt("MemorySize", &S_MEMORY_SIZE),
                Member::opt("LastModified", &S_TIMESTAMP),
                Member::opt("CodeSha256", &S_STRING),
                Member::opt("Version", &S_VERSION),
                Member::opt("VpcConfig", &S_VPC_CONFIG_RESPONSE),
                Member::opt("DeadLetterConfig", &S_DEAD_LETTER_CONFIG),
                Member::opt("Environment", &S_ENVIRONMENT_RESPONSE),
                Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("TracingConfig", &S_TRACING_CONFIG_RESPONSE),
                Member::opt("MasterArn", &S_FUNCTION_ARN),
                Member::opt("RevisionId", &S_STRING),
                Member::opt("Layers", &S_LAYERS_REFERENCE_LIST),
                Member::opt("State", &S_STATE),
                Member::opt("StateReason", &S_STATE_REASON),
                Member::opt("StateReasonCode", &S_STATE_REASON_CODE),
                Member::opt("LastUpdateStatus", &S_LAST_UPDATE_STATUS),
                Member::opt("LastUpdateStatusReason", &S_LAST_UPDATE_STATUS_REASON),
                Member::opt(
                    "LastUpdateStatusReasonCode",
                    &S_LAST_UPDATE_STATUS_REASON_CODE,
                ),
                Member::opt("FileSystemConfigs", &S_FILE_SYSTEM_CONFIG_LIST),
                Member::opt("PackageType", &S_PACKAGE_TYPE),
                Member::opt("ImageConfigResponse", &S_IMAGE_CONFIG_RESPONSE),
                Member::opt("SigningProfileVersionArn", &S_ARN),
                Member::opt("SigningJobArn", &S_ARN),
                Member::opt("Architectures", &S_ARCHITECTURES_LIST),
                Member::opt("EphemeralStorage", &S_EPHEMERAL_STORAGE),
                Member::opt("SnapStart", &S_SNAP_START_RESPONSE),
                Member::opt("RuntimeVersionConfig", &S_RUNTIME_VERSION_CONFIG),
                Member::opt("LoggingConfig", &S_LOGGING_CONFIG),
                Member::opt("CapacityProviderConfig", &S_CAPACITY_PROVIDER_CONFIG),
                Member::opt("ConfigSha256", &S_STRING),
                Member::opt("DurableConfig", &S_DURABLE_CONFIG),
                Member::opt("TenancyConfig", &S_TENANCY_CONFIG),
            ],
        },
        OperationSpec {
            name: "PutFunctionCodeSigningConfig",
            input: &[
                Member::req("CodeSigningConfigArn", &S_CODE_SIGNING_CONFIG_ARN),
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
            ],
            output: &[
                Member::req("CodeSigningConfigArn", &S_CODE_SIGNING_CONFIG_ARN),
                Member::req("FunctionName", &S_FUNCTION_NAME),
            ],
        },
        OperationSpec {
            name: "PutFunctionConcurrency",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::req(
                    "ReservedConcurrentExecutions",
                    &S_RESERVED_CONCURRENT_EXECUTIONS,
                ),
            ],
            output: &[Member::opt(
                "ReservedConcurrentExecutions",
                &S_RESERVED_CONCURRENT_EXECUTIONS,
            )],
        },
        OperationSpec {
            name: "PutFunctionEventInvokeConfig",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
                Member::opt("MaximumRetryAttempts", &S_MAXIMUM_RETRY_ATTEMPTS),
                Member::opt("MaximumEventAgeInSeconds", &S_MAXIMUM_EVENT_AGE_IN_SECONDS),
                Member::opt("DestinationConfig", &S_DESTINATION_CONFIG),
            ],
            output: &[
                Member::opt("LastModified", &S_DATE),
                Member::opt("FunctionArn", &S_FUNCTION_ARN),
                Member::opt("MaximumRetryAttempts", &S_MAXIMUM_RETRY_ATTEMPTS),
                Member::opt("MaximumEventAgeInSeconds", &S_MAXIMUM_EVENT_AGE_IN_SECONDS),
                Member::opt("DestinationConfig", &S_DESTINATION_CONFIG),
            ],
        },
        OperationSpec {
            name: "PutFunctionRecursionConfig",
            input: &[
                Member::req("FunctionName", &S_UNQUALIFIED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::req("RecursiveLoop", &S_RECURSIVE_LOOP),
            ],
            output: &[Member::opt("RecursiveLoop", &S_RECURSIVE_LOOP)],
        },
        OperationSpec {
            name: "PutFunctionScalingConfig",
            input: &[
                Member::req("FunctionName", &S_UNQUALIFIED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::req("Qualifier", &S_PUBLISHED_FUNCTION_QUALIFIER)
                    .at(Location::Query("Qualifier")),
                Member::opt("FunctionScalingConfig", &S_FUNCTION_SCALING_CONFIG),
            ],
            output: &[Member::opt("FunctionState", &S_STATE)],
        },
        OperationSpec {
            name: "PutProvisionedConcurrencyConfig",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::req("Qualifier", &S_QUALIFIER).at(Location::Query("Qualifier")),
                Member::req("ProvisionedConcurrentExecutions", &S_POSITIVE_INTEGER),
            ],
            output: &[
                Member::opt(
                    "RequestedProvisionedConcurrentExecutions",
                    &S_POSITIVE_INTEGER,
                ),
                Member::opt(
                    "AvailableProvisionedConcurrentExecutions",
                    &S_NON_NEGATIVE_INTEGER,
                ),
                Member::opt(
                    "AllocatedProvisionedConcurrentExecutions",
                    &S_NON_NEGATIVE_INTEGER,
                ),
                Member::opt("Status", &S_PROVISIONED_CONCURRENCY_STATUS_ENUM),
                Member::opt("StatusReason", &S_STRING),
                Member::opt("LastModified", &S_TIMESTAMP),
            ],
        },
        OperationSpec {
            name: "PutRuntimeManagementConfig",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
                Member::req("UpdateRuntimeOn", &S_UPDATE_RUNTIME_ON),
                Member::opt("RuntimeVersionArn", &S_RUNTIME_VERSION_ARN),
            ],
            output: &[
                Member::req("UpdateRuntimeOn", &S_UPDATE_RUNTIME_ON),
                Member::req("FunctionArn", &S_FUNCTION_ARN),
                Member::opt("RuntimeVersionArn", &S_RUNTIME_VERSION_ARN),
            ],
        },
        OperationSpec {
            name: "RemoveLayerVersionPermission",
            input: &[
                Member::req("LayerName", &S_LAYER_NAME).at(Location::Uri("LayerName")),
                Member::req("VersionNumber", &S_LAYER_VERSION_NUMBER)
                    .at(Location::Uri("VersionNumber")),
                Member::req("StatementId", &S_STATEMENT_ID).at(Location::Uri("StatementId")),
                Member::opt("RevisionId", &S_STRING).at(Location::Query("RevisionId")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "RemovePermission",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::req("StatementId", &S_NAMESPACED_STATEMENT_ID)
                    .at(Location::Uri("StatementId")),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
                Member::opt("RevisionId", &S_STRING).at(Location::Query("RevisionId")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "SendDurableExecutionCallbackFailure",
            input: &[
                Member::req("CallbackId", &S_CALLBACK_ID).at(Location::Uri("CallbackId")),
                Member::opt("Error", &S_ERROR_OBJECT).at(Location::Payload),
            ],
            output: &[],
        },
        OperationSpec {
            name: "SendDurableExecutionCallbackHeartbeat",
            input: &[Member::req("CallbackId", &S_CALLBACK_ID).at(Location::Uri("CallbackId"))],
            output: &[],
        },
        OperationSpec {
            name: "SendDurableExecutionCallbackSuccess",
            input: &[
                Member::req("CallbackId", &S_CALLBACK_ID).at(Location::Uri("CallbackId")),
                Member::opt("Result", &S_BINARY_OPERATION_PAYLOAD).at(Location::Payload),
            ],
            output: &[],
        },
        OperationSpec {
            name: "StopDurableExecution",
            input: &[
                Member::req("DurableExecutionArn", &S_DURABLE_EXECUTION_ARN)
                    .at(Location::Uri("DurableExecutionArn")),
                Member::opt("Error", &S_ERROR_OBJECT).at(Location::Payload),
            ],
            output: &[Member::req("StopTimestamp", &S_EXECUTION_TIMESTAMP)],
        },
        OperationSpec {
            name: "TagResource",
            input: &[
                Member::req("Resource", &S_TAGGABLE_RESOURCE).at(Location::Uri("Resource")),
                Member::req("Tags", &S_TAGS),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UntagResource",
            input: &[
                Member::req("Resource", &S_TAGGABLE_RESOURCE).at(Location::Uri("Resource")),
                Member::req("TagKeys", &S_TAG_KEY_LIST).at(Location::Query("tagKeys")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UpdateAlias",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::req("Name", &S_ALIAS).at(Location::Uri("Name")),
                Member::opt("FunctionVersion", &S_VERSION_WITH_LATEST_PUBLISHED),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("RoutingConfig", &S_ALIAS_ROUTING_CONFIGURATION),
                Member::opt("RevisionId", &S_STRING),
            ],
            output: &[
                Member::opt("AliasArn", &S_FUNCTION_ARN),
                Member::opt("Name", &S_ALIAS),
                Member::opt("FunctionVersion", &S_VERSION),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("RoutingConfig", &S_ALIAS_ROUTING_CONFIGURATION),
                Member::opt("RevisionId", &S_STRING),
            ],
        },
        OperationSpec {
            name: "UpdateCapacityProvider",
            input: &[
                Member::req("CapacityProviderName", &S_CAPACITY_PROVIDER_NAME)
                    .at(Location::Uri("CapacityProviderName")),
                Member::opt(
                    "CapacityProviderScalingConfig",
                    &S_CAPACITY_PROVIDER_SCALING_CONFIG,
                ),
            ],
            output: &[Member::req("CapacityProvider", &S_CAPACITY_PROVIDER)],
        },
        OperationSpec {
            name: "UpdateCodeSigningConfig",
            input: &[
                Member::req("CodeSigningConfigArn", &S_CODE_SIGNING_CONFIG_ARN)
                    .at(Location::Uri("CodeSigningConfigArn")),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("AllowedPublishers", &S_ALLOWED_PUBLISHERS),
                Member::opt("CodeSigningPolicies", &S_CODE_SIGNING_POLICIES),
            ],
            output: &[Member::req("CodeSigningConfig", &S_CODE_SIGNING_CONFIG)],
        },
        OperationSpec {
            name: "UpdateEventSourceMapping",
            input: &[
                Member::req("UUID", &S_STRING).at(Location::Uri("UUID")),
                Member::opt("FunctionName", &S_NAMESPACED_FUNCTION_NAME),
                Member::opt("Enabled", &S_ENABLED),
                Member::opt("BatchSize", &S_BATCH_SIZE),
                Member::opt("FilterCriteria", &S_FILTER_CRITERIA),
                Member::opt(
                    "MaximumBatchingWindowInSeconds",
                    &S_MAXIMUM_BATCHING_WINDOW_IN_SECONDS,
                ),
                Member::opt("DestinationConfig", &S_DESTINATION_CONFIG),
                Member::opt(
                    "MaximumRecordAgeInSeconds",
                    &S_MAXIMUM_RECORD_AGE_IN_SECONDS,
                ),
                Member::opt(
                    "BisectBatchOnFunctionError",
                    &S_BISECT_BATCH_ON_FUNCTION_ERROR,
                ),
                Member::opt(
                    "MaximumRetryAttempts",
                    &S_MAXIMUM_RETRY_ATTEMPTS_EVENT_SOURCE_MAPPING,
                ),
                Member::opt("ParallelizationFactor", &S_PARALLELIZATION_FACTOR),
                Member::opt(
                    "SourceAccessConfigurations",
                    &S_SOURCE_ACCESS_CONFIGURATIONS,
                ),
                Member::opt("TumblingWindowInSeconds", &S_TUMBLING_WINDOW_IN_SECONDS),
                Member::opt("FunctionResponseTypes", &S_FUNCTION_RESPONSE_TYPE_LIST),
                Member::opt("ScalingConfig", &S_SCALING_CONFIG),
                Member::opt(
                    "AmazonManagedKafkaEventSourceConfig",
                    &S_AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
                ),
                Member::opt(
                    "SelfManagedKafkaEventSourceConfig",
                    &S_SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
                ),
                Member::opt(
                    "DocumentDBEventSourceConfig",
                    &S_DOCUMENT_DBEVENT_SOURCE_CONFIG,
                ),
                Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("MetricsConfig", &S_EVENT_SOURCE_MAPPING_METRICS_CONFIG),
                Member::opt("LoggingConfig", &S_EVENT_SOURCE_MAPPING_LOGGING_CONFIG),
                Member::opt("ProvisionedPollerConfig", &S_PROVISIONED_POLLER_CONFIG),
            ],
            output: &[
                Member::opt("UUID", &S_STRING),
                Member::opt("StartingPosition", &S_EVENT_SOURCE_POSITION),
                Member::opt("StartingPositionTimestamp", &S_DATE),
                Member::opt("BatchSize", &S_BATCH_SIZE),
                Member::opt(
                    "MaximumBatchingWindowInSeconds",
                    &S_MAXIMUM_BATCHING_WINDOW_IN_SECONDS,
                ),
                Member::opt("ParallelizationFactor", &S_PARALLELIZATION_FACTOR),
                Member::opt("EventSourceArn", &S_ARN),
                Member::opt("FilterCriteria", &S_FILTER_CRITERIA),
                Member::opt("FunctionArn", &S_FUNCTION_ARN),
                Member::opt("LastModified", &S_DATE),
                Member::opt("LastProcessingResult", &S_STRING),
                Member::opt("State", &S_STRING),
                Member::opt("StateTransitionReason", &S_STRING),
                Member::opt("DestinationConfig", &S_DESTINATION_CONFIG),
                Member::opt("Topics", &S_TOPICS),
                Member::opt("Queues", &S_QUEUES),
                Member::opt(
                    "SourceAccessConfigurations",
                    &S_SOURCE_ACCESS_CONFIGURATIONS,
                ),
                Member::opt("SelfManagedEventSource", &S_SELF_MANAGED_EVENT_SOURCE),
                Member::opt(
                    "MaximumRecordAgeInSeconds",
                    &S_MAXIMUM_RECORD_AGE_IN_SECONDS,
                ),
                Member::opt(
                    "BisectBatchOnFunctionError",
                    &S_BISECT_BATCH_ON_FUNCTION_ERROR,
                ),
                Member::opt(
                    "MaximumRetryAttempts",
                    &S_MAXIMUM_RETRY_ATTEMPTS_EVENT_SOURCE_MAPPING,
                ),
                Member::opt("TumblingWindowInSeconds", &S_TUMBLING_WINDOW_IN_SECONDS),
                Member::opt("FunctionResponseTypes", &S_FUNCTION_RESPONSE_TYPE_LIST),
                Member::opt(
                    "AmazonManagedKafkaEventSourceConfig",
                    &S_AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
                ),
                Member::opt(
                    "SelfManagedKafkaEventSourceConfig",
                    &S_SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG,
                ),
                Member::opt("ScalingConfig", &S_SCALING_CONFIG),
                Member::opt(
                    "DocumentDBEventSourceConfig",
                    &S_DOCUMENT_DBEVENT_SOURCE_CONFIG,
                ),
                Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("FilterCriteriaError", &S_FILTER_CRITERIA_ERROR),
                Member::opt("EventSourceMappingArn", &S_EVENT_SOURCE_MAPPING_ARN),
                Member::opt("MetricsConfig", &S_EVENT_SOURCE_MAPPING_METRICS_CONFIG),
                Member::opt("LoggingConfig", &S_EVENT_SOURCE_MAPPING_LOGGING_CONFIG),
                Member::opt("ProvisionedPollerConfig", &S_PROVISIONED_POLLER_CONFIG),
            ],
        },
        OperationSpec {
            name: "UpdateFunctionCode",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::opt("ZipFile", &S_BLOB),
                Member::opt("S3Bucket", &S_S3_BUCKET),
                Member::opt("S3Key", &S_S3_KEY),
                Member::opt("S3ObjectVersion", &S_S3_OBJECT_VERSION),
                Member::opt("ImageUri", &S_STRING),
                Member::opt("Publish", &S_BOOLEAN),
                Member::opt("DryRun", &S_BOOLEAN),
                Member::opt("RevisionId", &S_STRING),
                Member::opt("Architectures", &S_ARCHITECTURES_LIST),
                Member::opt("SourceKMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("PublishTo", &S_FUNCTION_VERSION_LATEST_PUBLISHED),
            ],
            output: &[
                Member::opt("FunctionName", &S_NAMESPACED_FUNCTION_NAME),
                Member::opt("FunctionArn", &S_NAME_SPACED_FUNCTION_ARN),
                Member::opt("Runtime", &S_RUNTIME),
                Member::opt("Role", &S_ROLE_ARN),
                Member::opt("Handler", &S_HANDLER),
                Member::opt("CodeSize", &S_LONG),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("Timeout", &S_TIMEOUT),
                Member::opt("MemorySize", &S_MEMORY_SIZE),
                Member::opt("LastModified", &S_TIMESTAMP),
                Member::opt("CodeSha256", &S_STRING),
                Member::opt("Version", &S_VERSION),
                Member::opt("VpcConfig", &S_VPC_CONFIG_RESPONSE),
                Member::opt("DeadLetterConfig", &S_DEAD_LETTER_CONFIG),
                Member::opt("Environment", &S_ENVIRONMENT_RESPONSE),
                Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("TracingConfig", &S_TRACING_CONFIG_RESPONSE),
                Member::opt("MasterArn", &S_FUNCTION_ARN),
                Member::opt("RevisionId", &S_STRING),
                Member::opt("Layers", &S_LAYERS_REFERENCE_LIST),
                Member::opt("State", &S_STATE),
                Member::opt("StateReason", &S_STATE_REASON),
                Member::opt("StateReasonCode", &S_STATE_REASON_CODE),
                Member::opt("LastUpdateStatus", &S_LAST_UPDATE_STATUS),
                Member::opt("LastUpdateStatusReason", &S_LAST_UPDATE_STATUS_REASON),
                Member::opt(
                    "LastUpdateStatusReasonCode",
                    &S_LAST_UPDATE_STATUS_REASON_CODE,
                ),
                Member::opt("FileSystemConfigs", &S_FILE_SYSTEM_CONFIG_LIST),
                Member::opt("PackageType", &S_PACKAGE_TYPE),
                Member::opt("ImageConfigResponse", &S_IMAGE_CONFIG_RESPONSE),
                Member::opt("SigningProfileVersionArn", &S_ARN),
                Member::opt("SigningJobArn", &S_ARN),
                Member::opt("Architectures", &S_ARCHITECTURES_LIST),
                Member::opt("EphemeralStorage", &S_EPHEMERAL_STORAGE),
                Member::opt("SnapStart", &S_SNAP_START_RESPONSE),
                Member::opt("RuntimeVersionConfig", &S_RUNTIME_VERSION_CONFIG),
                Member::opt("LoggingConfig", &S_LOGGING_CONFIG),
                Member::opt("CapacityProviderConfig", &S_CAPACITY_PROVIDER_CONFIG),
                Member::opt("ConfigSha256", &S_STRING),
                Member::opt("DurableConfig", &S_DURABLE_CONFIG),
                Member::opt("TenancyConfig", &S_TENANCY_CONFIG),
            ],
        },
        OperationSpec {
            name: "UpdateFunctionConfiguration",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::opt("Role", &S_ROLE_ARN),
                Member::opt("Handler", &S_HANDLER),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("Timeout", &S_TIMEOUT),
                Member::opt("MemorySize", &S_MEMORY_SIZE),
                Member::opt("VpcConfig", &S_VPC_CONFIG),
                Member::opt("Environment", &S_ENVIRONMENT),
                Member::opt("Runtime", &S_RUNTIME),
                Member::opt("DeadLetterConfig", &S_DEAD_LETTER_CONFIG),
                Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("TracingConfig", &S_TRACING_CONFIG),
                Member::opt("RevisionId", &S_STRING),
                Member::opt("Layers", &S_LAYER_LIST),
                Member::opt("FileSystemConfigs", &S_FILE_SYSTEM_CONFIG_LIST),
                Member::opt("ImageConfig", &S_IMAGE_CONFIG),
                Member::opt("EphemeralStorage", &S_EPHEMERAL_STORAGE),
                Member::opt("SnapStart", &S_SNAP_START),
                Member::opt("LoggingConfig", &S_LOGGING_CONFIG),
                Member::opt("CapacityProviderConfig", &S_CAPACITY_PROVIDER_CONFIG),
                Member::opt("DurableConfig", &S_DURABLE_CONFIG),
            ],
            output: &[
                Member::opt("FunctionName", &S_NAMESPACED_FUNCTION_NAME),
                Member::opt("FunctionArn", &S_NAME_SPACED_FUNCTION_ARN),
                Member::opt("Runtime", &S_RUNTIME),
                Member::opt("Role", &S_ROLE_ARN),
                Member::opt("Handler", &S_HANDLER),
                Member::opt("CodeSize", &S_LONG),
                Member::opt("Description", &S_DESCRIPTION),
                Member::opt("Timeout", &S_TIMEOUT),
                Member::opt("MemorySize", &S_MEMORY_SIZE),
                Member::opt("LastModified", &S_TIMESTAMP),
                Member::opt("CodeSha256", &S_STRING),
                Member::opt("Version", &S_VERSION),
                Member::opt("VpcConfig", &S_VPC_CONFIG_RESPONSE),
                Member::opt("DeadLetterConfig", &S_DEAD_LETTER_CONFIG),
                Member::opt("Environment", &S_ENVIRONMENT_RESPONSE),
                Member::opt("KMSKeyArn", &S_KMSKEY_ARN),
                Member::opt("TracingConfig", &S_TRACING_CONFIG_RESPONSE),
                Member::opt("MasterArn", &S_FUNCTION_ARN),
                Member::opt("RevisionId", &S_STRING),
                Member::opt("Layers", &S_LAYERS_REFERENCE_LIST),
                Member::opt("State", &S_STATE),
                Member::opt("StateReason", &S_STATE_REASON),
                Member::opt("StateReasonCode", &S_STATE_REASON_CODE),
                Member::opt("LastUpdateStatus", &S_LAST_UPDATE_STATUS),
                Member::opt("LastUpdateStatusReason", &S_LAST_UPDATE_STATUS_REASON),
                Member::opt(
                    "LastUpdateStatusReasonCode",
                    &S_LAST_UPDATE_STATUS_REASON_CODE,
                ),
                Member::opt("FileSystemConfigs", &S_FILE_SYSTEM_CONFIG_LIST),
                Member::opt("PackageType", &S_PACKAGE_TYPE),
                Member::opt("ImageConfigResponse", &S_IMAGE_CONFIG_RESPONSE),
                Member::opt("SigningProfileVersionArn", &S_ARN),
                Member::opt("SigningJobArn", &S_ARN),
                Member::opt("Architectures", &S_ARCHITECTURES_LIST),
                Member::opt("EphemeralStorage", &S_EPHEMERAL_STORAGE),
                Member::opt("SnapStart", &S_SNAP_START_RESPONSE),
                Member::opt("RuntimeVersionConfig", &S_RUNTIME_VERSION_CONFIG),
                Member::opt("LoggingConfig", &S_LOGGING_CONFIG),
                Member::opt("CapacityProviderConfig", &S_CAPACITY_PROVIDER_CONFIG),
                Member::opt("ConfigSha256", &S_STRING),
                Member::opt("DurableConfig", &S_DURABLE_CONFIG),
                Member::opt("TenancyConfig", &S_TENANCY_CONFIG),
            ],
        },
        OperationSpec {
            name: "UpdateFunctionEventInvokeConfig",
            input: &[
                Member::req("FunctionName", &S_NAMESPACED_FUNCTION_NAME)
                    .at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_NUMERIC_LATEST_PUBLISHED_OR_ALIAS_QUALIFIER)
                    .at(Location::Query("Qualifier")),
                Member::opt("MaximumRetryAttempts", &S_MAXIMUM_RETRY_ATTEMPTS),
                Member::opt("MaximumEventAgeInSeconds", &S_MAXIMUM_EVENT_AGE_IN_SECONDS),
                Member::opt("DestinationConfig", &S_DESTINATION_CONFIG),
            ],
            output: &[
                Member::opt("LastModified", &S_DATE),
                Member::opt("FunctionArn", &S_FUNCTION_ARN),
                Member::opt("MaximumRetryAttempts", &S_MAXIMUM_RETRY_ATTEMPTS),
                Member::opt("MaximumEventAgeInSeconds", &S_MAXIMUM_EVENT_AGE_IN_SECONDS),
                Member::opt("DestinationConfig", &S_DESTINATION_CONFIG),
            ],
        },
        OperationSpec {
            name: "UpdateFunctionUrlConfig",
            input: &[
                Member::req("FunctionName", &S_FUNCTION_NAME).at(Location::Uri("FunctionName")),
                Member::opt("Qualifier", &S_FUNCTION_URL_QUALIFIER)
                    .at(Location::Query("Qualifier")),
                Member::opt("AuthType", &S_FUNCTION_URL_AUTH_TYPE),
                Member::opt("Cors", &S_CORS),
                Member::opt("InvokeMode", &S_INVOKE_MODE),
            ],
            output: &[
                Member::req("FunctionUrl", &S_FUNCTION_URL),
                Member::req("FunctionArn", &S_FUNCTION_ARN),
                Member::req("AuthType", &S_FUNCTION_URL_AUTH_TYPE),
                Member::opt("Cors", &S_CORS),
                Member::req("CreationTime", &S_TIMESTAMP),
                Member::req("LastModifiedTime", &S_TIMESTAMP),
                Member::opt("InvokeMode", &S_INVOKE_MODE),
            ],
        },
    ],
    http: &[
        HttpBinding {
            operation: "AddLayerVersionPermission",
            method: "POST",
            request_uri: "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
            response_code: 201,
        },
        HttpBinding {
            operation: "AddPermission",
            method: "POST",
            request_uri: "/2015-03-31/functions/{FunctionName}/policy",
            response_code: 201,
        },
        HttpBinding {
            operation: "CheckpointDurableExecution",
            method: "POST",
            request_uri: "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint",
            response_code: 200,
        },
        HttpBinding {
            operation: "CreateAlias",
            method: "POST",
            request_uri: "/2015-03-31/functions/{FunctionName}/aliases",
            response_code: 201,
        },
        HttpBinding {
            operation: "CreateCapacityProvider",
            method: "POST",
            request_uri: "/2025-11-30/capacity-providers",
            response_code: 202,
        },
        HttpBinding {
            operation: "CreateCodeSigningConfig",
            method: "POST",
            request_uri: "/2020-04-22/code-signing-configs",
            response_code: 201,
        },
        HttpBinding {
            operation: "CreateEventSourceMapping",
            method: "POST",
            request_uri: "/2015-03-31/event-source-mappings",
            response_code: 202,
        },
        HttpBinding {
            operation: "CreateFunction",
            method: "POST",
            request_uri: "/2015-03-31/functions",
            response_code: 201,
        },
        HttpBinding {
            operation: "CreateFunctionUrlConfig",
            method: "POST",
            request_uri: "/2021-10-31/functions/{FunctionName}/url",
            response_code: 201,
        },
        HttpBinding {
            operation: "DeleteAlias",
            method: "DELETE",
            request_uri: "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteCapacityProvider",
            method: "DELETE",
            request_uri: "/2025-11-30/capacity-providers/{CapacityProviderName}",
            response_code: 202,
        },
        HttpBinding {
            operation: "DeleteCodeSigningConfig",
            method: "DELETE",
            request_uri: "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteEventSourceMapping",
            method: "DELETE",
            request_uri: "/2015-03-31/event-source-mappings/{UUID}",
            response_code: 202,
        },
        HttpBinding {
            operation: "DeleteFunction",
            method: "DELETE",
            request_uri: "/2015-03-31/functions/{FunctionName}",
            response_code: 200,
        },
        HttpBinding {
            operation: "DeleteFunctionCodeSigningConfig",
            method: "DELETE",
            request_uri: "/2020-06-30/functions/{FunctionName}/code-signing-config",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteFunctionConcurrency",
            method: "DELETE",
            request_uri: "/2017-10-31/functions/{FunctionName}/concurrency",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteFunctionEventInvokeConfig",
            method: "DELETE",
            request_uri: "/2019-09-25/functions/{FunctionName}/event-invoke-config",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteFunctionUrlConfig",
            method: "DELETE",
            request_uri: "/2021-10-31/functions/{FunctionName}/url",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteLayerVersion",
            method: "DELETE",
            request_uri: "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteProvisionedConcurrencyConfig",
            method: "DELETE",
            request_uri: "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
            response_code: 204,
        },
        HttpBinding {
            operation: "GetAccountSettings",
            method: "GET",
            request_uri: "/2016-08-19/account-settings",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetAlias",
            method: "GET",
            request_uri: "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetCapacityProvider",
            method: "GET",
            request_uri: "/2025-11-30/capacity-providers/{CapacityProviderName}",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetCodeSigningConfig",
            method: "GET",
            request_uri: "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetDurableExecution",
            method: "GET",
            request_uri: "/2025-12-01/durable-executions/{DurableExecutionArn}",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetDurableExecutionHistory",
            method: "GET",
            request_uri: "/2025-12-01/durable-executions/{DurableExecutionArn}/history",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetDurableExecutionState",
            method: "GET",
            request_uri: "/2025-12-01/durable-executions/{DurableExecutionArn}/state",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetEventSourceMapping",
            method: "GET",
            request_uri: "/2015-03-31/event-source-mappings/{UUID}",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetFunction",
            method: "GET",
            request_uri: "/2015-03-31/functions/{FunctionName}",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetFunctionCodeSigningConfig",
            method: "GET",
            request_uri: "/2020-06-30/functions/{FunctionName}/code-signing-config",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetFunctionConcurrency",
            method: "GET",
            request_uri: "/2019-09-30/functions/{FunctionName}/concurrency",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetFunctionConfiguration",
            method: "GET",
            request_uri: "/2015-03-31/functions/{FunctionName}/configuration",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetFunctionEventInvokeConfig",
            method: "GET",
            request_uri: "/2019-09-25/functions/{FunctionName}/event-invoke-config",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetFunctionRecursionConfig",
            method: "GET",
            request_uri: "/2024-08-31/functions/{FunctionName}/recursion-config",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetFunctionScalingConfig",
            method: "GET",
            request_uri: "/2025-11-30/functions/{FunctionName}/function-scaling-config",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetFunctionUrlConfig",
            method: "GET",
            request_uri: "/2021-10-31/functions/{FunctionName}/url",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetLayerVersion",
            method: "GET",
            request_uri: "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetLayerVersionByArn",
            method: "GET",
            request_uri: "/2018-10-31/layers?find=LayerVersion",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetLayerVersionPolicy",
            method: "GET",
            request_uri: "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetPolicy",
            method: "GET",
            request_uri: "/2015-03-31/functions/{FunctionName}/policy",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetProvisionedConcurrencyConfig",
            method: "GET",
            request_uri: "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetRuntimeManagementConfig",
            method: "GET",
            request_uri: "/2021-07-20/functions/{FunctionName}/runtime-management-config",
            response_code: 200,
        },
        HttpBinding {
            operation: "Invoke",
            method: "POST",
            request_uri: "/2015-03-31/functions/{FunctionName}/invocations",
            response_code: 200,
        },
        HttpBinding {
            operation: "InvokeWithResponseStream",
            method: "POST",
            request_uri: "/2021-11-15/functions/{FunctionName}/response-streaming-invocations",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListAliases",
            method: "GET",
            request_uri: "/2015-03-31/functions/{FunctionName}/aliases",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListCapacityProviders",
            method: "GET",
            request_uri: "/2025-11-30/capacity-providers",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListCodeSigningConfigs",
            method: "GET",
            request_uri: "/2020-04-22/code-signing-configs",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListDurableExecutionsByFunction",
            method: "GET",
            request_uri: "/2025-12-01/functions/{FunctionName}/durable-executions",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListEventSourceMappings",
            method: "GET",
            request_uri: "/2015-03-31/event-source-mappings",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListFunctionEventInvokeConfigs",
            method: "GET",
            request_uri: "/2019-09-25/functions/{FunctionName}/event-invoke-config/list",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListFunctionUrlConfigs",
            method: "GET",
            request_uri: "/2021-10-31/functions/{FunctionName}/urls",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListFunctionVersionsByCapacityProvider",
            method: "GET",
            request_uri: "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListFunctions",
            method: "GET",
            request_uri: "/2015-03-31/functions",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListFunctionsByCodeSigningConfig",
            method: "GET",
            request_uri: "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListLayerVersions",
            method: "GET",
            request_uri: "/2018-10-31/layers/{LayerName}/versions",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListLayers",
            method: "GET",
            request_uri: "/2018-10-31/layers",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListProvisionedConcurrencyConfigs",
            method: "GET",
            request_uri: "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListTags",
            method: "GET",
            request_uri: "/2017-03-31/tags/{Resource}",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListVersionsByFunction",
            method: "GET",
            request_uri: "/2015-03-31/functions/{FunctionName}/versions",
            response_code: 200,
        },
        HttpBinding {
            operation: "PublishLayerVersion",
            method: "POST",
            request_uri: "/2018-10-31/layers/{LayerName}/versions",
            response_code: 201,
        },
        HttpBinding {
            operation: "PublishVersion",
            method: "POST",
            request_uri: "/2015-03-31/functions/{FunctionName}/versions",
            response_code: 201,
        },
        HttpBinding {
            operation: "PutFunctionCodeSigningConfig",
            method: "PUT",
            request_uri: "/2020-06-30/functions/{FunctionName}/code-signing-config",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutFunctionConcurrency",
            method: "PUT",
            request_uri: "/2017-10-31/functions/{FunctionName}/concurrency",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutFunctionEventInvokeConfig",
            method: "PUT",
            request_uri: "/2019-09-25/functions/{FunctionName}/event-invoke-config",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutFunctionRecursionConfig",
            method: "PUT",
            request_uri: "/2024-08-31/functions/{FunctionName}/recursion-config",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutFunctionScalingConfig",
            method: "PUT",
            request_uri: "/2025-11-30/functions/{FunctionName}/function-scaling-config",
            response_code: 202,
        },
        HttpBinding {
            operation: "PutProvisionedConcurrencyConfig",
            method: "PUT",
            request_uri: "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
            response_code: 202,
        },
        HttpBinding {
            operation: "PutRuntimeManagementConfig",
            method: "PUT",
            request_uri: "/2021-07-20/functions/{FunctionName}/runtime-management-config",
            response_code: 200,
        },
        HttpBinding {
            operation: "RemoveLayerVersionPermission",
            method: "DELETE",
            request_uri:
                "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}",
            response_code: 204,
        },
        HttpBinding {
            operation: "RemovePermission",
            method: "DELETE",
            request_uri: "/2015-03-31/functions/{FunctionName}/policy/{StatementId}",
            response_code: 204,
        },
        HttpBinding {
            operation: "SendDurableExecutionCallbackFailure",
            method: "POST",
            request_uri: "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail",
            response_code: 200,
        },
        HttpBinding {
            operation: "SendDurableExecutionCallbackHeartbeat",
            method: "POST",
            request_uri: "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat",
            response_code: 200,
        },
        HttpBinding {
            operation: "SendDurableExecutionCallbackSuccess",
            method: "POST",
            request_uri: "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed",
            response_code: 200,
        },
        HttpBinding {
            operation: "StopDurableExecution",
            method: "POST",
            request_uri: "/2025-12-01/durable-executions/{DurableExecutionArn}/stop",
            response_code: 200,
        },
        HttpBinding {
            operation: "TagResource",
            method: "POST",
            request_uri: "/2017-03-31/tags/{Resource}",
            response_code: 204,
        },
        HttpBinding {
            operation: "UntagResource",
            method: "DELETE",
            request_uri: "/2017-03-31/tags/{Resource}",
            response_code: 204,
        },
        HttpBinding {
            operation: "UpdateAlias",
            method: "PUT",
            request_uri: "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
            response_code: 200,
        },
        HttpBinding {
            operation: "UpdateCapacityProvider",
            method: "PUT",
            request_uri: "/2025-11-30/capacity-providers/{CapacityProviderName}",
            response_code: 202,
        },
        HttpBinding {
            operation: "UpdateCodeSigningConfig",
            method: "PUT",
            request_uri: "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
            response_code: 200,
        },
        HttpBinding {
            operation: "UpdateEventSourceMapping",
            method: "PUT",
            request_uri: "/2015-03-31/event-source-mappings/{UUID}",
            response_code: 202,
        },
        HttpBinding {
            operation: "UpdateFunctionCode",
            method: "PUT",
            request_uri: "/2015-03-31/functions/{FunctionName}/code",
            response_code: 200,
        },
        HttpBinding {
            operation: "UpdateFunctionConfiguration",
            method: "PUT",
            request_uri: "/2015-03-31/functions/{FunctionName}/configuration",
            response_code: 200,
        },
        HttpBinding {
            operation: "UpdateFunctionEventInvokeConfig",
            method: "POST",
            request_uri: "/2019-09-25/functions/{FunctionName}/event-invoke-config",
            response_code: 200,
        },
        HttpBinding {
            operation: "UpdateFunctionUrlConfig",
            method: "PUT",
            request_uri: "/2021-10-31/functions/{FunctionName}/url",
            response_code: 200,
        },
    ],
};
