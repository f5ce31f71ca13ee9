//! The Amazon Simple Storage Service API's operations with their input and output shapes
//! (API version 2006-03-01), generated from AWS's published
//! API model by `scripts/gen_model.py`. Facts only: names, types, required members,
//! the XML names of map keys and values.

use crate::model::{HttpBinding, Location, Member, OperationSpec, Service, ServiceSpec, Shape};

static S_BUCKET_NAME: Shape = Shape::String;
static S_OBJECT_KEY: Shape = Shape::String;
static S_MULTIPART_UPLOAD_ID: Shape = Shape::String;
static S_REQUEST_PAYER: Shape = Shape::String;
static S_ACCOUNT_ID: Shape = Shape::String;
static S_IF_MATCH_INITIATED_TIME: Shape = Shape::Timestamp;
static S_REQUEST_CHARGED: Shape = Shape::String;
static S_ETAG: Shape = Shape::String;
static S_CHECKSUM_CRC32: Shape = Shape::String;
static S_CHECKSUM_CRC32_C: Shape = Shape::String;
static S_CHECKSUM_CRC64_NVME: Shape = Shape::String;
static S_CHECKSUM_SHA1: Shape = Shape::String;
static S_CHECKSUM_SHA256: Shape = Shape::String;
static S_CHECKSUM_SHA512: Shape = Shape::String;
static S_CHECKSUM_MD5: Shape = Shape::String;
static S_CHECKSUM_XXHASH64: Shape = Shape::String;
static S_CHECKSUM_XXHASH3: Shape = Shape::String;
static S_CHECKSUM_XXHASH128: Shape = Shape::String;
static S_PART_NUMBER: Shape = Shape::Integer;
static S_COMPLETED_PART: Shape = Shape::Structure(&[
    Member::opt("ETag", &S_ETAG),
    Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32),
    Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C),
    Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME),
    Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1),
    Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256),
    Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512),
    Member::opt("ChecksumMD5", &S_CHECKSUM_MD5),
    Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64),
    Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3),
    Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128),
    Member::opt("PartNumber", &S_PART_NUMBER),
]);
static S_COMPLETED_PART_LIST: Shape = Shape::List(&S_COMPLETED_PART);
static S_COMPLETED_MULTIPART_UPLOAD: Shape =
    Shape::Structure(&[Member::opt("Parts", &S_COMPLETED_PART_LIST)
        .xml("Part")
        .flat()]);
static S_CHECKSUM_TYPE: Shape = Shape::String;
static S_MPU_OBJECT_SIZE: Shape = Shape::Long;
static S_IF_MATCH: Shape = Shape::String;
static S_IF_NONE_MATCH: Shape = Shape::String;
static S_SSECUSTOMER_ALGORITHM: Shape = Shape::String;
static S_SSECUSTOMER_KEY: Shape = Shape::String;
static S_SSECUSTOMER_KEY_MD5: Shape = Shape::String;
static S_LOCATION: Shape = Shape::String;
static S_EXPIRATION: Shape = Shape::String;
static S_SERVER_SIDE_ENCRYPTION: Shape = Shape::String;
static S_OBJECT_VERSION_ID: Shape = Shape::String;
static S_SSEKMSKEY_ID: Shape = Shape::String;
static S_BUCKET_KEY_ENABLED: Shape = Shape::Boolean;
static S_OBJECT_CANNED_ACL: Shape = Shape::String;
static S_CACHE_CONTROL: Shape = Shape::String;
static S_CHECKSUM_ALGORITHM: Shape = Shape::String;
static S_CONTENT_DISPOSITION: Shape = Shape::String;
static S_CONTENT_ENCODING: Shape = Shape::String;
static S_CONTENT_LANGUAGE: Shape = Shape::String;
static S_CONTENT_TYPE: Shape = Shape::String;
static S_COPY_SOURCE: Shape = Shape::String;
static S_COPY_SOURCE_IF_MATCH: Shape = Shape::String;
static S_COPY_SOURCE_IF_MODIFIED_SINCE: Shape = Shape::Timestamp;
static S_COPY_SOURCE_IF_NONE_MATCH: Shape = Shape::String;
static S_COPY_SOURCE_IF_UNMODIFIED_SINCE: Shape = Shape::Timestamp;
static S_EXPIRES: Shape = Shape::String;
static S_GRANT_FULL_CONTROL: Shape = Shape::String;
static S_GRANT_READ: Shape = Shape::String;
static S_GRANT_READ_ACP: Shape = Shape::String;
static S_GRANT_WRITE_ACP: Shape = Shape::String;
static S_METADATA_VALUE: Shape = Shape::String;
static S_METADATA: Shape = Shape::Map {
    value: &S_METADATA_VALUE,
    key_name: "key",
    value_name: "value",
};
static S_METADATA_DIRECTIVE: Shape = Shape::String;
static S_TAGGING_DIRECTIVE: Shape = Shape::String;
static S_STORAGE_CLASS: Shape = Shape::String;
static S_WEBSITE_REDIRECT_LOCATION: Shape = Shape::String;
static S_SSEKMSENCRYPTION_CONTEXT: Shape = Shape::String;
static S_COPY_SOURCE_SSECUSTOMER_ALGORITHM: Shape = Shape::String;
static S_COPY_SOURCE_SSECUSTOMER_KEY: Shape = Shape::String;
static S_COPY_SOURCE_SSECUSTOMER_KEY_MD5: Shape = Shape::String;
static S_TAGGING_HEADER: Shape = Shape::String;
static S_OBJECT_LOCK_MODE: Shape = Shape::String;
static S_OBJECT_LOCK_RETAIN_UNTIL_DATE: Shape = Shape::Timestamp;
static S_OBJECT_LOCK_LEGAL_HOLD_STATUS: Shape = Shape::String;
static S_LAST_MODIFIED: Shape = Shape::Timestamp;
static S_COPY_OBJECT_RESULT: Shape = Shape::Structure(&[
    Member::opt("ETag", &S_ETAG),
    Member::opt("LastModified", &S_LAST_MODIFIED),
    Member::opt("ChecksumType", &S_CHECKSUM_TYPE),
    Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32),
    Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C),
    Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME),
    Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1),
    Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256),
    Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512),
    Member::opt("ChecksumMD5", &S_CHECKSUM_MD5),
    Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64),
    Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3),
    Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128),
]);
static S_COPY_SOURCE_VERSION_ID: Shape = Shape::String;
static S_BUCKET_CANNED_ACL: Shape = Shape::String;
static S_BUCKET_LOCATION_CONSTRAINT: Shape = Shape::String;
static S_LOCATION_TYPE: Shape = Shape::String;
static S_LOCATION_NAME_AS_STRING: Shape = Shape::String;
static S_LOCATION_INFO: Shape = Shape::Structure(&[
    Member::opt("Type", &S_LOCATION_TYPE),
    Member::opt("Name", &S_LOCATION_NAME_AS_STRING),
]);
static S_DATA_REDUNDANCY: Shape = Shape::String;
static S_BUCKET_TYPE: Shape = Shape::String;
static S_BUCKET_INFO: Shape = Shape::Structure(&[
    Member::opt("DataRedundancy", &S_DATA_REDUNDANCY),
    Member::opt("Type", &S_BUCKET_TYPE),
]);
static S_VALUE: Shape = Shape::String;
static S_TAG: Shape = Shape::Structure(&[
    Member::req("Key", &S_OBJECT_KEY),
    Member::req("Value", &S_VALUE),
]);
static S_TAG_SET: Shape = Shape::List(&S_TAG);
static S_CREATE_BUCKET_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("LocationConstraint", &S_BUCKET_LOCATION_CONSTRAINT),
    Member::opt("Location", &S_LOCATION_INFO),
    Member::opt("Bucket", &S_BUCKET_INFO),
    Member::opt("Tags", &S_TAG_SET).query("Tag"),
]);
static S_GRANT_WRITE: Shape = Shape::String;
static S_OBJECT_LOCK_ENABLED_FOR_BUCKET: Shape = Shape::Boolean;
static S_OBJECT_OWNERSHIP: Shape = Shape::String;
static S_BUCKET_NAMESPACE: Shape = Shape::String;
static S_S3_REGIONAL_OR_S3_EXPRESS_BUCKET_ARN_STRING: Shape = Shape::String;
static S_CONTENT_MD5: Shape = Shape::String;
static S_EXPIRATION_STATE: Shape = Shape::String;
static S_RECORD_EXPIRATION_DAYS: Shape = Shape::Integer;
static S_RECORD_EXPIRATION: Shape = Shape::Structure(&[
    Member::req("Expiration", &S_EXPIRATION_STATE),
    Member::opt("Days", &S_RECORD_EXPIRATION_DAYS),
]);
static S_TABLE_SSE_ALGORITHM: Shape = Shape::String;
static S_KMS_KEY_ARN: Shape = Shape::String;
static S_METADATA_TABLE_ENCRYPTION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("SseAlgorithm", &S_TABLE_SSE_ALGORITHM),
    Member::opt("KmsKeyArn", &S_KMS_KEY_ARN),
]);
static S_JOURNAL_TABLE_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("RecordExpiration", &S_RECORD_EXPIRATION),
    Member::opt(
        "EncryptionConfiguration",
        &S_METADATA_TABLE_ENCRYPTION_CONFIGURATION,
    ),
]);
static S_INVENTORY_CONFIGURATION_STATE: Shape = Shape::String;
static S_INVENTORY_TABLE_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("ConfigurationState", &S_INVENTORY_CONFIGURATION_STATE),
    Member::opt(
        "EncryptionConfiguration",
        &S_METADATA_TABLE_ENCRYPTION_CONFIGURATION,
    ),
]);
static S_METADATA_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("JournalTableConfiguration", &S_JOURNAL_TABLE_CONFIGURATION),
    Member::opt(
        "InventoryTableConfiguration",
        &S_INVENTORY_TABLE_CONFIGURATION,
    ),
]);
static S_S3_TABLES_BUCKET_ARN: Shape = Shape::String;
static S_S3_TABLES_NAME: Shape = Shape::String;
static S_S3_TABLES_DESTINATION: Shape = Shape::Structure(&[
    Member::req("TableBucketArn", &S_S3_TABLES_BUCKET_ARN),
    Member::req("TableName", &S_S3_TABLES_NAME),
]);
static S_METADATA_TABLE_CONFIGURATION: Shape =
    Shape::Structure(&[Member::req("S3TablesDestination", &S_S3_TABLES_DESTINATION)]);
static S_ABORT_DATE: Shape = Shape::Timestamp;
static S_ABORT_RULE_ID: Shape = Shape::String;
static S_SESSION_MODE: Shape = Shape::String;
static S_ACCESS_KEY_ID_VALUE: Shape = Shape::String;
static S_SESSION_CREDENTIAL_VALUE: Shape = Shape::String;
static S_SESSION_EXPIRATION: Shape = Shape::Timestamp;
static S_SESSION_CREDENTIALS: Shape = Shape::Structure(&[
    Member::req("AccessKeyId", &S_ACCESS_KEY_ID_VALUE),
    Member::req("SecretAccessKey", &S_SESSION_CREDENTIAL_VALUE),
    Member::req("SessionToken", &S_SESSION_CREDENTIAL_VALUE),
    Member::req("Expiration", &S_SESSION_EXPIRATION),
]);
static S_ANALYTICS_ID: Shape = Shape::String;
static S_INTELLIGENT_TIERING_ID: Shape = Shape::String;
static S_INVENTORY_ID: Shape = Shape::String;
static S_METRICS_ID: Shape = Shape::String;
static S_MFA: Shape = Shape::String;
static S_BYPASS_GOVERNANCE_RETENTION: Shape = Shape::Boolean;
static S_IF_MATCH_LAST_MODIFIED_TIME: Shape = Shape::Timestamp;
static S_IF_MATCH_SIZE: Shape = Shape::Long;
static S_DELETE_MARKER: Shape = Shape::Boolean;
static S_LAST_MODIFIED_TIME: Shape = Shape::Timestamp;
static S_SIZE: Shape = Shape::Long;
static S_OBJECT_IDENTIFIER: Shape = Shape::Structure(&[
    Member::req("Key", &S_OBJECT_KEY),
    Member::opt("VersionId", &S_OBJECT_VERSION_ID),
    Member::opt("ETag", &S_ETAG),
    Member::opt("LastModifiedTime", &S_LAST_MODIFIED_TIME),
    Member::opt("Size", &S_SIZE),
]);
static S_OBJECT_IDENTIFIER_LIST: Shape = Shape::List(&S_OBJECT_IDENTIFIER);
static S_QUIET: Shape = Shape::Boolean;
static S_DELETE: Shape = Shape::Structure(&[
    Member::req("Objects", &S_OBJECT_IDENTIFIER_LIST)
        .xml("Object")
        .flat(),
    Member::opt("Quiet", &S_QUIET),
]);
static S_DELETE_MARKER_VERSION_ID: Shape = Shape::String;
static S_DELETED_OBJECT: Shape = Shape::Structure(&[
    Member::opt("Key", &S_OBJECT_KEY),
    Member::opt("VersionId", &S_OBJECT_VERSION_ID),
    Member::opt("DeleteMarker", &S_DELETE_MARKER),
    Member::opt("DeleteMarkerVersionId", &S_DELETE_MARKER_VERSION_ID),
]);
static S_DELETED_OBJECTS: Shape = Shape::List(&S_DELETED_OBJECT);
static S_CODE: Shape = Shape::String;
static S_MESSAGE: Shape = Shape::String;
static S_ERROR: Shape = Shape::Structure(&[
    Member::opt("Key", &S_OBJECT_KEY),
    Member::opt("VersionId", &S_OBJECT_VERSION_ID),
    Member::opt("Code", &S_CODE),
    Member::opt("Message", &S_MESSAGE),
]);
static S_ERRORS: Shape = Shape::List(&S_ERROR);
static S_BUCKET_ABAC_STATUS: Shape = Shape::String;
static S_ABAC_STATUS: Shape = Shape::Structure(&[Member::opt("Status", &S_BUCKET_ABAC_STATUS)]);
static S_BUCKET_ACCELERATE_STATUS: Shape = Shape::String;
static S_DISPLAY_NAME: Shape = Shape::String;
static S_ID: Shape = Shape::String;
static S_OWNER: Shape = Shape::Structure(&[
    Member::opt("DisplayName", &S_DISPLAY_NAME),
    Member::opt("ID", &S_ID),
]);
static S_EMAIL_ADDRESS: Shape = Shape::String;
static S_TYPE: Shape = Shape::String;
static S_URI: Shape = Shape::String;
static S_GRANTEE: Shape = Shape::Structure(&[
    Member::opt("DisplayName", &S_DISPLAY_NAME),
    Member::opt("EmailAddress", &S_EMAIL_ADDRESS),
    Member::opt("ID", &S_ID),
    Member::req("Type", &S_TYPE).xml("xsi:type"),
    Member::opt("URI", &S_URI),
]);
static S_PERMISSION: Shape = Shape::String;
static S_GRANT: Shape = Shape::Structure(&[
    Member::opt("Grantee", &S_GRANTEE),
    Member::opt("Permission", &S_PERMISSION),
]);
static S_GRANTS: Shape = Shape::List(&S_GRANT);
static S_PREFIX: Shape = Shape::String;
static S_ANALYTICS_AND_OPERATOR: Shape = Shape::Structure(&[
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("Tags", &S_TAG_SET).query("Tag").xml("Tag"),
]);
static S_ANALYTICS_FILTER: Shape = Shape::Structure(&[
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("Tag", &S_TAG),
    Member::opt("And", &S_ANALYTICS_AND_OPERATOR),
]);
static S_STORAGE_CLASS_ANALYSIS_SCHEMA_VERSION: Shape = Shape::String;
static S_ANALYTICS_S3_EXPORT_FILE_FORMAT: Shape = Shape::String;
static S_ANALYTICS_S3_BUCKET_DESTINATION: Shape = Shape::Structure(&[
    Member::req("Format", &S_ANALYTICS_S3_EXPORT_FILE_FORMAT),
    Member::opt("BucketAccountId", &S_ACCOUNT_ID),
    Member::req("Bucket", &S_BUCKET_NAME),
    Member::opt("Prefix", &S_PREFIX),
]);
static S_ANALYTICS_EXPORT_DESTINATION: Shape = Shape::Structure(&[Member::req(
    "S3BucketDestination",
    &S_ANALYTICS_S3_BUCKET_DESTINATION,
)]);
static S_STORAGE_CLASS_ANALYSIS_DATA_EXPORT: Shape = Shape::Structure(&[
    Member::req(
        "OutputSchemaVersion",
        &S_STORAGE_CLASS_ANALYSIS_SCHEMA_VERSION,
    ),
    Member::req("Destination", &S_ANALYTICS_EXPORT_DESTINATION),
]);
static S_STORAGE_CLASS_ANALYSIS: Shape = Shape::Structure(&[Member::opt(
    "DataExport",
    &S_STORAGE_CLASS_ANALYSIS_DATA_EXPORT,
)]);
static S_ANALYTICS_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("Id", &S_ANALYTICS_ID),
    Member::opt("Filter", &S_ANALYTICS_FILTER),
    Member::req("StorageClassAnalysis", &S_STORAGE_CLASS_ANALYSIS),
]);
static S_ALLOWED_HEADER: Shape = Shape::String;
static S_ALLOWED_HEADERS: Shape = Shape::List(&S_ALLOWED_HEADER);
static S_ALLOWED_METHOD: Shape = Shape::String;
static S_ALLOWED_METHODS: Shape = Shape::List(&S_ALLOWED_METHOD);
static S_ALLOWED_ORIGIN: Shape = Shape::String;
static S_ALLOWED_ORIGINS: Shape = Shape::List(&S_ALLOWED_ORIGIN);
static S_EXPOSE_HEADER: Shape = Shape::String;
static S_EXPOSE_HEADERS: Shape = Shape::List(&S_EXPOSE_HEADER);
static S_MAX_AGE_SECONDS: Shape = Shape::Integer;
static S_CORSRULE: Shape = Shape::Structure(&[
    Member::opt("ID", &S_ID),
    Member::opt("AllowedHeaders", &S_ALLOWED_HEADERS)
        .xml("AllowedHeader")
        .flat(),
    Member::req("AllowedMethods", &S_ALLOWED_METHODS)
        .xml("AllowedMethod")
        .flat(),
    Member::req("AllowedOrigins", &S_ALLOWED_ORIGINS)
        .xml("AllowedOrigin")
        .flat(),
    Member::opt("ExposeHeaders", &S_EXPOSE_HEADERS)
        .xml("ExposeHeader")
        .flat(),
    Member::opt("MaxAgeSeconds", &S_MAX_AGE_SECONDS),
]);
static S_CORSRULES: Shape = Shape::List(&S_CORSRULE);
static S_SERVER_SIDE_ENCRYPTION_BY_DEFAULT: Shape = Shape::Structure(&[
    Member::req("SSEAlgorithm", &S_SERVER_SIDE_ENCRYPTION),
    Member::opt("KMSMasterKeyID", &S_SSEKMSKEY_ID),
]);
static S_ENCRYPTION_TYPE: Shape = Shape::String;
static S_ENCRYPTION_TYPE_LIST: Shape = Shape::List(&S_ENCRYPTION_TYPE);
static S_BLOCKED_ENCRYPTION_TYPES: Shape =
    Shape::Structure(&[Member::opt("EncryptionType", &S_ENCRYPTION_TYPE_LIST).flat()]);
static S_SERVER_SIDE_ENCRYPTION_RULE: Shape = Shape::Structure(&[
    Member::opt(
        "ApplyServerSideEncryptionByDefault",
        &S_SERVER_SIDE_ENCRYPTION_BY_DEFAULT,
    ),
    Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED),
    Member::opt("BlockedEncryptionTypes", &S_BLOCKED_ENCRYPTION_TYPES),
]);
static S_SERVER_SIDE_ENCRYPTION_RULES: Shape = Shape::List(&S_SERVER_SIDE_ENCRYPTION_RULE);
static S_SERVER_SIDE_ENCRYPTION_CONFIGURATION: Shape =
    Shape::Structure(&[Member::req("Rules", &S_SERVER_SIDE_ENCRYPTION_RULES)
        .xml("Rule")
        .flat()]);
static S_INTELLIGENT_TIERING_AND_OPERATOR: Shape = Shape::Structure(&[
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("Tags", &S_TAG_SET).query("Tag").xml("Tag"),
]);
static S_INTELLIGENT_TIERING_FILTER: Shape = Shape::Structure(&[
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("Tag", &S_TAG),
    Member::opt("And", &S_INTELLIGENT_TIERING_AND_OPERATOR),
]);
static S_INTELLIGENT_TIERING_STATUS: Shape = Shape::String;
static S_INTELLIGENT_TIERING_DAYS: Shape = Shape::Integer;
static S_INTELLIGENT_TIERING_ACCESS_TIER: Shape = Shape::String;
static S_TIERING: Shape = Shape::Structure(&[
    Member::req("Days", &S_INTELLIGENT_TIERING_DAYS),
    Member::req("AccessTier", &S_INTELLIGENT_TIERING_ACCESS_TIER),
]);
static S_TIERING_LIST: Shape = Shape::List(&S_TIERING);
static S_INTELLIGENT_TIERING_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("Id", &S_INTELLIGENT_TIERING_ID),
    Member::opt("Filter", &S_INTELLIGENT_TIERING_FILTER),
    Member::req("Status", &S_INTELLIGENT_TIERING_STATUS),
    Member::req("Tierings", &S_TIERING_LIST)
        .xml("Tiering")
        .flat(),
]);
static S_INVENTORY_FORMAT: Shape = Shape::String;
static S_SSES3: Shape = Shape::Structure(&[]);
static S_SSEKMS: Shape = Shape::Structure(&[Member::req("KeyId", &S_SSEKMSKEY_ID)]);
static S_INVENTORY_ENCRYPTION: Shape = Shape::Structure(&[
    Member::opt("SSES3", &S_SSES3).xml("SSE-S3"),
    Member::opt("SSEKMS", &S_SSEKMS).xml("SSE-KMS"),
]);
static S_INVENTORY_S3_BUCKET_DESTINATION: Shape = Shape::Structure(&[
    Member::opt("AccountId", &S_ACCOUNT_ID),
    Member::req("Bucket", &S_BUCKET_NAME),
    Member::req("Format", &S_INVENTORY_FORMAT),
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("Encryption", &S_INVENTORY_ENCRYPTION),
]);
static S_INVENTORY_DESTINATION: Shape = Shape::Structure(&[Member::req(
    "S3BucketDestination",
    &S_INVENTORY_S3_BUCKET_DESTINATION,
)]);
static S_IS_ENABLED: Shape = Shape::Boolean;
static S_INVENTORY_FILTER: Shape = Shape::Structure(&[Member::req("Prefix", &S_PREFIX)]);
static S_INVENTORY_INCLUDED_OBJECT_VERSIONS: Shape = Shape::String;
static S_INVENTORY_OPTIONAL_FIELD: Shape = Shape::String;
static S_INVENTORY_OPTIONAL_FIELDS: Shape = Shape::List(&S_INVENTORY_OPTIONAL_FIELD);
static S_INVENTORY_FREQUENCY: Shape = Shape::String;
static S_INVENTORY_SCHEDULE: Shape =
    Shape::Structure(&[Member::req("Frequency", &S_INVENTORY_FREQUENCY)]);
static S_INVENTORY_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("Destination", &S_INVENTORY_DESTINATION),
    Member::req("IsEnabled", &S_IS_ENABLED),
    Member::opt("Filter", &S_INVENTORY_FILTER),
    Member::req("Id", &S_INVENTORY_ID),
    Member::req(
        "IncludedObjectVersions",
        &S_INVENTORY_INCLUDED_OBJECT_VERSIONS,
    ),
    Member::opt("OptionalFields", &S_INVENTORY_OPTIONAL_FIELDS).query("Field"),
    Member::req("Schedule", &S_INVENTORY_SCHEDULE),
]);
static S_DATE: Shape = Shape::Timestamp;
static S_DAYS: Shape = Shape::Integer;
static S_EXPIRED_OBJECT_DELETE_MARKER: Shape = Shape::Boolean;
static S_LIFECYCLE_EXPIRATION: Shape = Shape::Structure(&[
    Member::opt("Date", &S_DATE),
    Member::opt("Days", &S_DAYS),
    Member::opt("ExpiredObjectDeleteMarker", &S_EXPIRED_OBJECT_DELETE_MARKER),
]);
static S_EXPIRATION_STATUS: Shape = Shape::String;
static S_TRANSITION_STORAGE_CLASS: Shape = Shape::String;
static S_TRANSITION: Shape = Shape::Structure(&[
    Member::opt("Date", &S_DATE),
    Member::opt("Days", &S_DAYS),
    Member::opt("StorageClass", &S_TRANSITION_STORAGE_CLASS),
]);
static S_VERSION_COUNT: Shape = Shape::Integer;
static S_NONCURRENT_VERSION_TRANSITION: Shape = Shape::Structure(&[
    Member::opt("NoncurrentDays", &S_DAYS),
    Member::opt("StorageClass", &S_TRANSITION_STORAGE_CLASS),
    Member::opt("NewerNoncurrentVersions", &S_VERSION_COUNT),
]);
static S_NONCURRENT_VERSION_EXPIRATION: Shape = Shape::Structure(&[
    Member::opt("NoncurrentDays", &S_DAYS),
    Member::opt("NewerNoncurrentVersions", &S_VERSION_COUNT),
]);
static S_DAYS_AFTER_INITIATION: Shape = Shape::Integer;
static S_ABORT_INCOMPLETE_MULTIPART_UPLOAD: Shape =
    Shape::Structure(&[Member::opt("DaysAfterInitiation", &S_DAYS_AFTER_INITIATION)]);
static S_RULE: Shape = Shape::Structure(&[
    Member::opt("Expiration", &S_LIFECYCLE_EXPIRATION),
    Member::opt("ID", &S_ID),
    Member::req("Prefix", &S_PREFIX),
    Member::req("Status", &S_EXPIRATION_STATUS),
    Member::opt("Transition", &S_TRANSITION),
    Member::opt(
        "NoncurrentVersionTransition",
        &S_NONCURRENT_VERSION_TRANSITION,
    ),
    Member::opt(
        "NoncurrentVersionExpiration",
        &S_NONCURRENT_VERSION_EXPIRATION,
    ),
    Member::opt(
        "AbortIncompleteMultipartUpload",
        &S_ABORT_INCOMPLETE_MULTIPART_UPLOAD,
    ),
]);
static S_RULES: Shape = Shape::List(&S_RULE);
static S_OBJECT_SIZE_GREATER_THAN_BYTES: Shape = Shape::Long;
static S_OBJECT_SIZE_LESS_THAN_BYTES: Shape = Shape::Long;
static S_LIFECYCLE_RULE_AND_OPERATOR: Shape = Shape::Structure(&[
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("Tags", &S_TAG_SET).query("Tag").xml("Tag"),
    Member::opt("ObjectSizeGreaterThan", &S_OBJECT_SIZE_GREATER_THAN_BYTES),
    Member::opt("ObjectSizeLessThan", &S_OBJECT_SIZE_LESS_THAN_BYTES),
]);
static S_LIFECYCLE_RULE_FILTER: Shape = Shape::Structure(&[
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("Tag", &S_TAG),
    Member::opt("ObjectSizeGreaterThan", &S_OBJECT_SIZE_GREATER_THAN_BYTES),
    Member::opt("ObjectSizeLessThan", &S_OBJECT_SIZE_LESS_THAN_BYTES),
    Member::opt("And", &S_LIFECYCLE_RULE_AND_OPERATOR),
]);
static S_TRANSITION_LIST: Shape = Shape::List(&S_TRANSITION);
static S_NONCURRENT_VERSION_TRANSITION_LIST: Shape = Shape::List(&S_NONCURRENT_VERSION_TRANSITION);
static S_LIFECYCLE_RULE: Shape = Shape::Structure(&[
    Member::opt("Expiration", &S_LIFECYCLE_EXPIRATION),
    Member::opt("ID", &S_ID),
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("Filter", &S_LIFECYCLE_RULE_FILTER),
    Member::req("Status", &S_EXPIRATION_STATUS),
    Member::opt("Transitions", &S_TRANSITION_LIST)
        .xml("Transition")
        .flat(),
    Member::opt(
        "NoncurrentVersionTransitions",
        &S_NONCURRENT_VERSION_TRANSITION_LIST,
    )
    .xml("NoncurrentVersionTransition")
    .flat(),
    Member::opt(
        "NoncurrentVersionExpiration",
        &S_NONCURRENT_VERSION_EXPIRATION,
    ),
    Member::opt(
        "AbortIncompleteMultipartUpload",
        &S_ABORT_INCOMPLETE_MULTIPART_UPLOAD,
    ),
]);
static S_LIFECYCLE_RULES: Shape = Shape::List(&S_LIFECYCLE_RULE);
static S_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE: Shape = Shape::String;
static S_TARGET_BUCKET: Shape = Shape::String;
static S_BUCKET_LOGS_PERMISSION: Shape = Shape::String;
static S_TARGET_GRANT: Shape = Shape::Structure(&[
    Member::opt("Grantee", &S_GRANTEE),
    Member::opt("Permission", &S_BUCKET_LOGS_PERMISSION),
]);
static S_TARGET_GRANTS: Shape = Shape::List(&S_TARGET_GRANT);
static S_TARGET_PREFIX: Shape = Shape::String;
static S_SIMPLE_PREFIX: Shape = Shape::Structure(&[]);
static S_PARTITION_DATE_SOURCE: Shape = Shape::String;
static S_PARTITIONED_PREFIX: Shape =
    Shape::Structure(&[Member::opt("PartitionDateSource", &S_PARTITION_DATE_SOURCE)]);
static S_TARGET_OBJECT_KEY_FORMAT: Shape = Shape::Structure(&[
    Member::opt("SimplePrefix", &S_SIMPLE_PREFIX),
    Member::opt("PartitionedPrefix", &S_PARTITIONED_PREFIX),
]);
static S_LOGGING_ENABLED: Shape = Shape::Structure(&[
    Member::req("TargetBucket", &S_TARGET_BUCKET),
    Member::opt("TargetGrants", &S_TARGET_GRANTS).query("Grant"),
    Member::req("TargetPrefix", &S_TARGET_PREFIX),
    Member::opt("TargetObjectKeyFormat", &S_TARGET_OBJECT_KEY_FORMAT),
]);
static S_S3_TABLES_BUCKET_TYPE: Shape = Shape::String;
static S_S3_TABLES_NAMESPACE: Shape = Shape::String;
static S_DESTINATION_RESULT: Shape = Shape::Structure(&[
    Member::opt("TableBucketType", &S_S3_TABLES_BUCKET_TYPE),
    Member::opt("TableBucketArn", &S_S3_TABLES_BUCKET_ARN),
    Member::opt("TableNamespace", &S_S3_TABLES_NAMESPACE),
]);
static S_METADATA_TABLE_STATUS: Shape = Shape::String;
static S_ERROR_CODE: Shape = Shape::String;
static S_ERROR_MESSAGE: Shape = Shape::String;
static S_ERROR_DETAILS: Shape = Shape::Structure(&[
    Member::opt("ErrorCode", &S_ERROR_CODE),
    Member::opt("ErrorMessage", &S_ERROR_MESSAGE),
]);
static S_S3_TABLES_ARN: Shape = Shape::String;
static S_JOURNAL_TABLE_CONFIGURATION_RESULT: Shape = Shape::Structure(&[
    Member::req("TableStatus", &S_METADATA_TABLE_STATUS),
    Member::opt("Error", &S_ERROR_DETAILS),
    Member::req("TableName", &S_S3_TABLES_NAME),
    Member::opt("TableArn", &S_S3_TABLES_ARN),
    Member::req("RecordExpiration", &S_RECORD_EXPIRATION),
]);
static S_INVENTORY_TABLE_CONFIGURATION_RESULT: Shape = Shape::Structure(&[
    Member::req("ConfigurationState", &S_INVENTORY_CONFIGURATION_STATE),
    Member::opt("TableStatus", &S_METADATA_TABLE_STATUS),
    Member::opt("Error", &S_ERROR_DETAILS),
    Member::opt("TableName", &S_S3_TABLES_NAME),
    Member::opt("TableArn", &S_S3_TABLES_ARN),
]);
static S_METADATA_CONFIGURATION_RESULT: Shape = Shape::Structure(&[
    Member::req("DestinationResult", &S_DESTINATION_RESULT),
    Member::opt(
        "JournalTableConfigurationResult",
        &S_JOURNAL_TABLE_CONFIGURATION_RESULT,
    ),
    Member::opt(
        "InventoryTableConfigurationResult",
        &S_INVENTORY_TABLE_CONFIGURATION_RESULT,
    ),
]);
static S_GET_BUCKET_METADATA_CONFIGURATION_RESULT: Shape = Shape::Structure(&[Member::req(
    "MetadataConfigurationResult",
    &S_METADATA_CONFIGURATION_RESULT,
)]);
static S_S3_TABLES_DESTINATION_RESULT: Shape = Shape::Structure(&[
    Member::req("TableBucketArn", &S_S3_TABLES_BUCKET_ARN),
    Member::req("TableName", &S_S3_TABLES_NAME),
    Member::req("TableArn", &S_S3_TABLES_ARN),
    Member::req("TableNamespace", &S_S3_TABLES_NAMESPACE),
]);
static S_METADATA_TABLE_CONFIGURATION_RESULT: Shape = Shape::Structure(&[Member::req(
    "S3TablesDestinationResult",
    &S_S3_TABLES_DESTINATION_RESULT,
)]);
static S_GET_BUCKET_METADATA_TABLE_CONFIGURATION_RESULT: Shape = Shape::Structure(&[
    Member::req(
        "MetadataTableConfigurationResult",
        &S_METADATA_TABLE_CONFIGURATION_RESULT,
    ),
    Member::req("Status", &S_METADATA_TABLE_STATUS),
    Member::opt("Error", &S_ERROR_DETAILS),
]);
static S_ACCESS_POINT_ARN: Shape = Shape::String;
static S_METRICS_AND_OPERATOR: Shape = Shape::Structure(&[
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("Tags", &S_TAG_SET).query("Tag").xml("Tag"),
    Member::opt("AccessPointArn", &S_ACCESS_POINT_ARN),
]);
static S_METRICS_FILTER: Shape = Shape::Structure(&[
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("Tag", &S_TAG),
    Member::opt("AccessPointArn", &S_ACCESS_POINT_ARN),
    Member::opt("And", &S_METRICS_AND_OPERATOR),
]);
static S_METRICS_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("Id", &S_METRICS_ID),
    Member::opt("Filter", &S_METRICS_FILTER),
]);
static S_NOTIFICATION_ID: Shape = Shape::String;
static S_EVENT: Shape = Shape::String;
static S_EVENT_LIST: Shape = Shape::List(&S_EVENT);
static S_TOPIC_ARN: Shape = Shape::String;
static S_TOPIC_CONFIGURATION_DEPRECATED: Shape = Shape::Structure(&[
    Member::opt("Id", &S_NOTIFICATION_ID),
    Member::opt("Events", &S_EVENT_LIST).xml("Event").flat(),
    Member::opt("Event", &S_EVENT),
    Member::opt("Topic", &S_TOPIC_ARN),
]);
static S_QUEUE_ARN: Shape = Shape::String;
static S_QUEUE_CONFIGURATION_DEPRECATED: Shape = Shape::Structure(&[
    Member::opt("Id", &S_NOTIFICATION_ID),
    Member::opt("Event", &S_EVENT),
    Member::opt("Events", &S_EVENT_LIST).xml("Event").flat(),
    Member::opt("Queue", &S_QUEUE_ARN),
]);
static S_CLOUD_FUNCTION: Shape = Shape::String;
static S_CLOUD_FUNCTION_INVOCATION_ROLE: Shape = Shape::String;
static S_CLOUD_FUNCTION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("Id", &S_NOTIFICATION_ID),
    Member::opt("Event", &S_EVENT),
    Member::opt("Events", &S_EVENT_LIST).xml("Event").flat(),
    Member::opt("CloudFunction", &S_CLOUD_FUNCTION),
    Member::opt("InvocationRole", &S_CLOUD_FUNCTION_INVOCATION_ROLE),
]);
static S_FILTER_RULE_NAME: Shape = Shape::String;
static S_FILTER_RULE_VALUE: Shape = Shape::String;
static S_FILTER_RULE: Shape = Shape::Structure(&[
    Member::opt("Name", &S_FILTER_RULE_NAME),
    Member::opt("Value", &S_FILTER_RULE_VALUE),
]);
static S_FILTER_RULE_LIST: Shape = Shape::List(&S_FILTER_RULE);
static S_S3_KEY_FILTER: Shape =
    Shape::Structure(&[Member::opt("FilterRules", &S_FILTER_RULE_LIST)
        .xml("FilterRule")
        .flat()]);
static S_NOTIFICATION_CONFIGURATION_FILTER: Shape =
    Shape::Structure(&[Member::opt("Key", &S_S3_KEY_FILTER).xml("S3Key")]);
static S_TOPIC_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("Id", &S_NOTIFICATION_ID),
    Member::req("TopicArn", &S_TOPIC_ARN).xml("Topic"),
    Member::req("Events", &S_EVENT_LIST).xml("Event").flat(),
    Member::opt("Filter", &S_NOTIFICATION_CONFIGURATION_FILTER),
]);
static S_TOPIC_CONFIGURATION_LIST: Shape = Shape::List(&S_TOPIC_CONFIGURATION);
static S_QUEUE_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("Id", &S_NOTIFICATION_ID),
    Member::req("QueueArn", &S_QUEUE_ARN).xml("Queue"),
    Member::req("Events", &S_EVENT_LIST).xml("Event").flat(),
    Member::opt("Filter", &S_NOTIFICATION_CONFIGURATION_FILTER),
]);
static S_QUEUE_CONFIGURATION_LIST: Shape = Shape::List(&S_QUEUE_CONFIGURATION);
static S_LAMBDA_FUNCTION_ARN: Shape = Shape::String;
static S_LAMBDA_FUNCTION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("Id", &S_NOTIFICATION_ID),
    Member::req("LambdaFunctionArn", &S_LAMBDA_FUNCTION_ARN).xml("CloudFunction"),
    Member::req("Events", &S_EVENT_LIST).xml("Event").flat(),
    Member::opt("Filter", &S_NOTIFICATION_CONFIGURATION_FILTER),
]);
static S_LAMBDA_FUNCTION_CONFIGURATION_LIST: Shape = Shape::List(&S_LAMBDA_FUNCTION_CONFIGURATION);
static S_EVENT_BRIDGE_CONFIGURATION: Shape = Shape::Structure(&[]);
static S_OWNERSHIP_CONTROLS_RULE: Shape =
    Shape::Structure(&[Member::req("ObjectOwnership", &S_OBJECT_OWNERSHIP)]);
static S_OWNERSHIP_CONTROLS_RULES: Shape = Shape::List(&S_OWNERSHIP_CONTROLS_RULE);
static S_OWNERSHIP_CONTROLS: Shape =
    Shape::Structure(&[Member::req("Rules", &S_OWNERSHIP_CONTROLS_RULES)
        .xml("Rule")
        .flat()]);
static S_POLICY: Shape = Shape::String;
static S_IS_PUBLIC: Shape = Shape::Boolean;
static S_POLICY_STATUS: Shape = Shape::Structure(&[Member::opt("IsPublic", &S_IS_PUBLIC)]);
static S_ROLE: Shape = Shape::String;
static S_PRIORITY: Shape = Shape::Integer;
static S_REPLICATION_RULE_AND_OPERATOR: Shape = Shape::Structure(&[
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("Tags", &S_TAG_SET).query("Tag").xml("Tag"),
]);
static S_REPLICATION_RULE_FILTER: Shape = Shape::Structure(&[
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("Tag", &S_TAG),
    Member::opt("And", &S_REPLICATION_RULE_AND_OPERATOR),
]);
static S_REPLICATION_RULE_STATUS: Shape = Shape::String;
static S_SSE_KMS_ENCRYPTED_OBJECTS_STATUS: Shape = Shape::String;
static S_SSE_KMS_ENCRYPTED_OBJECTS: Shape =
    Shape::Structure(&[Member::req("Status", &S_SSE_KMS_ENCRYPTED_OBJECTS_STATUS)]);
static S_REPLICA_MODIFICATIONS_STATUS: Shape = Shape::String;
static S_REPLICA_MODIFICATIONS: Shape =
    Shape::Structure(&[Member::req("Status", &S_REPLICA_MODIFICATIONS_STATUS)]);
static S_SOURCE_SELECTION_CRITERIA: Shape = Shape::Structure(&[
    Member::opt("SseKmsEncryptedObjects", &S_SSE_KMS_ENCRYPTED_OBJECTS),
    Member::opt("ReplicaModifications", &S_REPLICA_MODIFICATIONS),
]);
static S_EXISTING_OBJECT_REPLICATION_STATUS: Shape = Shape::String;
static S_EXISTING_OBJECT_REPLICATION: Shape =
    Shape::Structure(&[Member::req("Status", &S_EXISTING_OBJECT_REPLICATION_STATUS)]);
static S_OWNER_OVERRIDE: Shape = Shape::String;
static S_ACCESS_CONTROL_TRANSLATION: Shape =
    Shape::Structure(&[Member::req("Owner", &S_OWNER_OVERRIDE)]);
static S_REPLICA_KMS_KEY_ID: Shape = Shape::String;
static S_ENCRYPTION_CONFIGURATION: Shape =
    Shape::Structure(&[Member::opt("ReplicaKmsKeyID", &S_REPLICA_KMS_KEY_ID)]);
static S_REPLICATION_TIME_STATUS: Shape = Shape::String;
static S_MINUTES: Shape = Shape::Integer;
static S_REPLICATION_TIME_VALUE: Shape = Shape::Structure(&[Member::opt("Minutes", &S_MINUTES)]);
static S_REPLICATION_TIME: Shape = Shape::Structure(&[
    Member::req("Status", &S_REPLICATION_TIME_STATUS),
    Member::req("Time", &S_REPLICATION_TIME_VALUE),
]);
static S_METRICS_STATUS: Shape = Shape::String;
static S_METRICS: Shape = Shape::Structure(&[
    Member::req("Status", &S_METRICS_STATUS),
    Member::opt("EventThreshold", &S_REPLICATION_TIME_VALUE),
]);
static S_DESTINATION: Shape = Shape::Structure(&[
    Member::req("Bucket", &S_BUCKET_NAME),
    Member::opt("Account", &S_ACCOUNT_ID),
    Member::opt("StorageClass", &S_STORAGE_CLASS),
    Member::opt("AccessControlTranslation", &S_ACCESS_CONTROL_TRANSLATION),
    Member::opt("EncryptionConfiguration", &S_ENCRYPTION_CONFIGURATION),
    Member::opt("ReplicationTime", &S_REPLICATION_TIME),
    Member::opt("Metrics", &S_METRICS),
]);
static S_DELETE_MARKER_REPLICATION_STATUS: Shape = Shape::String;
static S_DELETE_MARKER_REPLICATION: Shape =
    Shape::Structure(&[Member::opt("Status", &S_DELETE_MARKER_REPLICATION_STATUS)]);
static S_REPLICATION_RULE: Shape = Shape::Structure(&[
    Member::opt("ID", &S_ID),
    Member::opt("Priority", &S_PRIORITY),
    Member::opt("Prefix", &S_PREFIX),
    Member::opt("Filter", &S_REPLICATION_RULE_FILTER),
    Member::req("Status", &S_REPLICATION_RULE_STATUS),
    Member::opt("SourceSelectionCriteria", &S_SOURCE_SELECTION_CRITERIA),
    Member::opt("ExistingObjectReplication", &S_EXISTING_OBJECT_REPLICATION),
    Member::req("Destination", &S_DESTINATION),
    Member::opt("DeleteMarkerReplication", &S_DELETE_MARKER_REPLICATION),
]);
static S_REPLICATION_RULES: Shape = Shape::List(&S_REPLICATION_RULE);
static S_REPLICATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("Role", &S_ROLE),
    Member::req("Rules", &S_REPLICATION_RULES)
        .xml("Rule")
        .flat(),
]);
static S_PAYER: Shape = Shape::String;
static S_BUCKET_VERSIONING_STATUS: Shape = Shape::String;
static S_MFADELETE_STATUS: Shape = Shape::String;
static S_HOST_NAME: Shape = Shape::String;
static S_PROTOCOL: Shape = Shape::String;
static S_REDIRECT_ALL_REQUESTS_TO: Shape = Shape::Structure(&[
    Member::req("HostName", &S_HOST_NAME),
    Member::opt("Protocol", &S_PROTOCOL),
]);
static S_SUFFIX: Shape = Shape::String;
static S_INDEX_DOCUMENT: Shape = Shape::Structure(&[Member::req("Suffix", &S_SUFFIX)]);
static S_ERROR_DOCUMENT: Shape = Shape::Structure(&[Member::req("Key", &S_OBJECT_KEY)]);
static S_HTTP_ERROR_CODE_RETURNED_EQUALS: Shape = Shape::String;
static S_KEY_PREFIX_EQUALS: Shape = Shape::String;
static S_CONDITION: Shape = Shape::Structure(&[
    Member::opt(
        "HttpErrorCodeReturnedEquals",
        &S_HTTP_ERROR_CODE_RETURNED_EQUALS,
    ),
    Member::opt("KeyPrefixEquals", &S_KEY_PREFIX_EQUALS),
]);
static S_HTTP_REDIRECT_CODE: Shape = Shape::String;
static S_REPLACE_KEY_PREFIX_WITH: Shape = Shape::String;
static S_REPLACE_KEY_WITH: Shape = Shape::String;
static S_REDIRECT: Shape = Shape::Structure(&[
    Member::opt("HostName", &S_HOST_NAME),
    Member::opt("HttpRedirectCode", &S_HTTP_REDIRECT_CODE),
    Member::opt("Protocol", &S_PROTOCOL),
    Member::opt("ReplaceKeyPrefixWith", &S_REPLACE_KEY_PREFIX_WITH),
    Member::opt("ReplaceKeyWith", &S_REPLACE_KEY_WITH),
]);
static S_ROUTING_RULE: Shape = Shape::Structure(&[
    Member::opt("Condition", &S_CONDITION),
    Member::req("Redirect", &S_REDIRECT),
]);
static S_ROUTING_RULES: Shape = Shape::List(&S_ROUTING_RULE);
static S_IF_MODIFIED_SINCE: Shape = Shape::Timestamp;
static S_IF_UNMODIFIED_SINCE: Shape = Shape::Timestamp;
static S_RANGE: Shape = Shape::String;
static S_RESPONSE_CACHE_CONTROL: Shape = Shape::String;
static S_RESPONSE_CONTENT_DISPOSITION: Shape = Shape::String;
static S_RESPONSE_CONTENT_ENCODING: Shape = Shape::String;
static S_RESPONSE_CONTENT_LANGUAGE: Shape = Shape::String;
static S_RESPONSE_CONTENT_TYPE: Shape = Shape::String;
static S_RESPONSE_EXPIRES: Shape = Shape::Timestamp;
static S_CHECKSUM_MODE: Shape = Shape::String;
static S_BODY: Shape = Shape::Blob;
static S_ACCEPT_RANGES: Shape = Shape::String;
static S_RESTORE: Shape = Shape::String;
static S_CONTENT_LENGTH: Shape = Shape::Long;
static S_MISSING_META: Shape = Shape::Integer;
static S_CONTENT_RANGE: Shape = Shape::String;
static S_REPLICATION_STATUS: Shape = Shape::String;
static S_PARTS_COUNT: Shape = Shape::Integer;
static S_TAG_COUNT: Shape = Shape::Integer;
static S_MAX_PARTS: Shape = Shape::Integer;
static S_PART_NUMBER_MARKER: Shape = Shape::Integer;
static S_OBJECT_ATTRIBUTES: Shape = Shape::String;
static S_OBJECT_ATTRIBUTES_LIST: Shape = Shape::List(&S_OBJECT_ATTRIBUTES);
static S_CHECKSUM: Shape = Shape::Structure(&[
    Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32),
    Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C),
    Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME),
    Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1),
    Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256),
    Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512),
    Member::opt("ChecksumMD5", &S_CHECKSUM_MD5),
    Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64),
    Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3),
    Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128),
    Member::opt("ChecksumType", &S_CHECKSUM_TYPE),
]);
static S_NEXT_PART_NUMBER_MARKER: Shape = Shape::Integer;
static S_IS_TRUNCATED: Shape = Shape::Boolean;
static S_OBJECT_PART: Shape = Shape::Structure(&[
    Member::opt("PartNumber", &S_PART_NUMBER),
    Member::opt("Size", &S_SIZE),
    Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32),
    Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C),
    Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME),
    Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1),
    Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256),
    Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512),
    Member::opt("ChecksumMD5", &S_CHECKSUM_MD5),
    Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64),
    Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3),
    Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128),
]);
static S_PARTS_LIST: Shape = Shape::List(&S_OBJECT_PART);
static S_GET_OBJECT_ATTRIBUTES_PARTS: Shape = Shape::Structure(&[
    Member::opt("TotalPartsCount", &S_PARTS_COUNT).xml("PartsCount"),
    Member::opt("PartNumberMarker", &S_PART_NUMBER_MARKER),
    Member::opt("NextPartNumberMarker", &S_NEXT_PART_NUMBER_MARKER),
    Member::opt("MaxParts", &S_MAX_PARTS),
    Member::opt("IsTruncated", &S_IS_TRUNCATED),
    Member::opt("Parts", &S_PARTS_LIST).xml("Part").flat(),
]);
static S_OBJECT_SIZE: Shape = Shape::Long;
static S_OBJECT_LOCK_LEGAL_HOLD: Shape =
    Shape::Structure(&[Member::opt("Status", &S_OBJECT_LOCK_LEGAL_HOLD_STATUS)]);
static S_OBJECT_LOCK_ENABLED: Shape = Shape::String;
static S_OBJECT_LOCK_RETENTION_MODE: Shape = Shape::String;
static S_YEARS: Shape = Shape::Integer;
static S_DEFAULT_RETENTION: Shape = Shape::Structure(&[
    Member::opt("Mode", &S_OBJECT_LOCK_RETENTION_MODE),
    Member::opt("Days", &S_DAYS),
    Member::opt("Years", &S_YEARS),
]);
static S_OBJECT_LOCK_RULE: Shape =
    Shape::Structure(&[Member::opt("DefaultRetention", &S_DEFAULT_RETENTION)]);
static S_OBJECT_LOCK_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("ObjectLockEnabled", &S_OBJECT_LOCK_ENABLED),
    Member::opt("Rule", &S_OBJECT_LOCK_RULE),
]);
static S_OBJECT_LOCK_RETENTION: Shape = Shape::Structure(&[
    Member::opt("Mode", &S_OBJECT_LOCK_RETENTION_MODE),
    Member::opt("RetainUntilDate", &S_DATE),
]);
static S_SETTING: Shape = Shape::Boolean;
static S_PUBLIC_ACCESS_BLOCK_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("BlockPublicAcls", &S_SETTING),
    Member::opt("IgnorePublicAcls", &S_SETTING),
    Member::opt("BlockPublicPolicy", &S_SETTING),
    Member::opt("RestrictPublicBuckets", &S_SETTING),
]);
static S_BUCKET_LOCATION_NAME: Shape = Shape::String;
static S_REGION: Shape = Shape::String;
static S_ACCESS_POINT_ALIAS: Shape = Shape::Boolean;
static S_ARCHIVE_STATUS: Shape = Shape::String;
static S_TOKEN: Shape = Shape::String;
static S_NEXT_TOKEN: Shape = Shape::String;
static S_ANALYTICS_CONFIGURATION_LIST: Shape = Shape::List(&S_ANALYTICS_CONFIGURATION);
static S_INTELLIGENT_TIERING_CONFIGURATION_LIST: Shape =
    Shape::List(&S_INTELLIGENT_TIERING_CONFIGURATION);
static S_INVENTORY_CONFIGURATION_LIST: Shape = Shape::List(&S_INVENTORY_CONFIGURATION);
static S_METRICS_CONFIGURATION_LIST: Shape = Shape::List(&S_METRICS_CONFIGURATION);
static S_MAX_BUCKETS: Shape = Shape::Integer;
static S_BUCKET_REGION: Shape = Shape::String;
static S_CREATION_DATE: Shape = Shape::Timestamp;
static S_BUCKET: Shape = Shape::Structure(&[
    Member::opt("Name", &S_BUCKET_NAME),
    Member::opt("CreationDate", &S_CREATION_DATE),
    Member::opt("BucketRegion", &S_BUCKET_REGION),
    Member::opt("BucketArn", &S_S3_REGIONAL_OR_S3_EXPRESS_BUCKET_ARN_STRING),
]);
static S_BUCKETS: Shape = Shape::List(&S_BUCKET);
static S_DIRECTORY_BUCKET_TOKEN: Shape = Shape::String;
static S_MAX_DIRECTORY_BUCKETS: Shape = Shape::Integer;
static S_DELIMITER: Shape = Shape::String;
static S_ENCODING_TYPE: Shape = Shape::String;
static S_KEY_MARKER: Shape = Shape::String;
static S_MAX_UPLOADS: Shape = Shape::Integer;
static S_UPLOAD_ID_MARKER: Shape = Shape::String;
static S_NEXT_KEY_MARKER: Shape = Shape::String;
static S_NEXT_UPLOAD_ID_MARKER: Shape = Shape::String;
static S_INITIATED: Shape = Shape::Timestamp;
static S_INITIATOR: Shape = Shape::Structure(&[
    Member::opt("ID", &S_ID),
    Member::opt("DisplayName", &S_DISPLAY_NAME),
]);
static S_MULTIPART_UPLOAD: Shape = Shape::Structure(&[
    Member::opt("UploadId", &S_MULTIPART_UPLOAD_ID),
    Member::opt("Key", &S_OBJECT_KEY),
    Member::opt("Initiated", &S_INITIATED),
    Member::opt("StorageClass", &S_STORAGE_CLASS),
    Member::opt("Owner", &S_OWNER),
    Member::opt("Initiator", &S_INITIATOR),
    Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM),
    Member::opt("ChecksumType", &S_CHECKSUM_TYPE),
]);
static S_MULTIPART_UPLOAD_LIST: Shape = Shape::List(&S_MULTIPART_UPLOAD);
static S_COMMON_PREFIX: Shape = Shape::Structure(&[Member::opt("Prefix", &S_PREFIX)]);
static S_COMMON_PREFIX_LIST: Shape = Shape::List(&S_COMMON_PREFIX);
static S_MAX_KEYS: Shape = Shape::Integer;
static S_VERSION_ID_MARKER: Shape = Shape::String;
static S_OPTIONAL_OBJECT_ATTRIBUTES: Shape = Shape::String;
static S_OPTIONAL_OBJECT_ATTRIBUTES_LIST: Shape = Shape::List(&S_OPTIONAL_OBJECT_ATTRIBUTES);
static S_NEXT_VERSION_ID_MARKER: Shape = Shape::String;
static S_CHECKSUM_ALGORITHM_LIST: Shape = Shape::List(&S_CHECKSUM_ALGORITHM);
static S_OBJECT_VERSION_STORAGE_CLASS: Shape = Shape::String;
static S_IS_LATEST: Shape = Shape::Boolean;
static S_IS_RESTORE_IN_PROGRESS: Shape = Shape::Boolean;
static S_RESTORE_EXPIRY_DATE: Shape = Shape::Timestamp;
static S_RESTORE_STATUS: Shape = Shape::Structure(&[
    Member::opt("IsRestoreInProgress", &S_IS_RESTORE_IN_PROGRESS),
    Member::opt("RestoreExpiryDate", &S_RESTORE_EXPIRY_DATE),
]);
static S_OBJECT_VERSION: Shape = Shape::Structure(&[
    Member::opt("ETag", &S_ETAG),
    Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM_LIST).flat(),
    Member::opt("ChecksumType", &S_CHECKSUM_TYPE),
    Member::opt("Size", &S_SIZE),
    Member::opt("StorageClass", &S_OBJECT_VERSION_STORAGE_CLASS),
    Member::opt("Key", &S_OBJECT_KEY),
    Member::opt("VersionId", &S_OBJECT_VERSION_ID),
    Member::opt("IsLatest", &S_IS_LATEST),
    Member::opt("LastModified", &S_LAST_MODIFIED),
    Member::opt("Owner", &S_OWNER),
    Member::opt("RestoreStatus", &S_RESTORE_STATUS),
]);
static S_OBJECT_VERSION_LIST: Shape = Shape::List(&S_OBJECT_VERSION);
static S_DELETE_MARKER_ENTRY: Shape = Shape::Structure(&[
    Member::opt("Owner", &S_OWNER),
    Member::opt("Key", &S_OBJECT_KEY),
    Member::opt("VersionId", &S_OBJECT_VERSION_ID),
    Member::opt("IsLatest", &S_IS_LATEST),
    Member::opt("LastModified", &S_LAST_MODIFIED),
]);
static S_DELETE_MARKERS: Shape = Shape::List(&S_DELETE_MARKER_ENTRY);
static S_MARKER: Shape = Shape::String;
static S_NEXT_MARKER: Shape = Shape::String;
static S_OBJECT_STORAGE_CLASS: Shape = Shape::String;
static S_OBJECT: Shape = Shape::Structure(&[
    Member::opt("Key", &S_OBJECT_KEY),
    Member::opt("LastModified", &S_LAST_MODIFIED),
    Member::opt("ETag", &S_ETAG),
    Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM_LIST).flat(),
    Member::opt("ChecksumType", &S_CHECKSUM_TYPE),
    Member::opt("Size", &S_SIZE),
    Member::opt("StorageClass", &S_OBJECT_STORAGE_CLASS),
    Member::opt("Owner", &S_OWNER),
    Member::opt("RestoreStatus", &S_RESTORE_STATUS),
]);
static S_OBJECT_LIST: Shape = Shape::List(&S_OBJECT);
static S_FETCH_OWNER: Shape = Shape::Boolean;
static S_START_AFTER: Shape = Shape::String;
static S_KEY_COUNT: Shape = Shape::Integer;
static S_PART: Shape = Shape::Structure(&[
    Member::opt("PartNumber", &S_PART_NUMBER),
    Member::opt("LastModified", &S_LAST_MODIFIED),
    Member::opt("ETag", &S_ETAG),
    Member::opt("Size", &S_SIZE),
    Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32),
    Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C),
    Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME),
    Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1),
    Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256),
    Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512),
    Member::opt("ChecksumMD5", &S_CHECKSUM_MD5),
    Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64),
    Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3),
    Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128),
]);
static S_PARTS: Shape = Shape::List(&S_PART);
static S_ACCELERATE_CONFIGURATION: Shape =
    Shape::Structure(&[Member::opt("Status", &S_BUCKET_ACCELERATE_STATUS)]);
static S_ACCESS_CONTROL_POLICY: Shape = Shape::Structure(&[
    Member::opt("Grants", &S_GRANTS)
        .query("Grant")
        .xml("AccessControlList"),
    Member::opt("Owner", &S_OWNER),
]);
static S_CORSCONFIGURATION: Shape = Shape::Structure(&[Member::req("CORSRules", &S_CORSRULES)
    .xml("CORSRule")
    .flat()]);
static S_LIFECYCLE_CONFIGURATION: Shape =
    Shape::Structure(&[Member::req("Rules", &S_RULES).xml("Rule").flat()]);
static S_BUCKET_LIFECYCLE_CONFIGURATION: Shape =
    Shape::Structure(&[Member::req("Rules", &S_LIFECYCLE_RULES).xml("Rule").flat()]);
static S_BUCKET_LOGGING_STATUS: Shape =
    Shape::Structure(&[Member::opt("LoggingEnabled", &S_LOGGING_ENABLED)]);
static S_NOTIFICATION_CONFIGURATION_DEPRECATED: Shape = Shape::Structure(&[
    Member::opt("TopicConfiguration", &S_TOPIC_CONFIGURATION_DEPRECATED),
    Member::opt("QueueConfiguration", &S_QUEUE_CONFIGURATION_DEPRECATED),
    Member::opt(
        "CloudFunctionConfiguration",
        &S_CLOUD_FUNCTION_CONFIGURATION,
    ),
]);
static S_NOTIFICATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("TopicConfigurations", &S_TOPIC_CONFIGURATION_LIST)
        .xml("TopicConfiguration")
        .flat(),
    Member::opt("QueueConfigurations", &S_QUEUE_CONFIGURATION_LIST)
        .xml("QueueConfiguration")
        .flat(),
    Member::opt(
        "LambdaFunctionConfigurations",
        &S_LAMBDA_FUNCTION_CONFIGURATION_LIST,
    )
    .xml("CloudFunctionConfiguration")
    .flat(),
    Member::opt("EventBridgeConfiguration", &S_EVENT_BRIDGE_CONFIGURATION),
]);
static S_SKIP_VALIDATION: Shape = Shape::Boolean;
static S_CONFIRM_REMOVE_SELF_BUCKET_ACCESS: Shape = Shape::Boolean;
static S_OBJECT_LOCK_TOKEN: Shape = Shape::String;
static S_REQUEST_PAYMENT_CONFIGURATION: Shape = Shape::Structure(&[Member::req("Payer", &S_PAYER)]);
static S_TAGGING: Shape = Shape::Structure(&[Member::req("TagSet", &S_TAG_SET).query("Tag")]);
static S_MFADELETE: Shape = Shape::String;
static S_VERSIONING_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("MFADelete", &S_MFADELETE).xml("MfaDelete"),
    Member::opt("Status", &S_BUCKET_VERSIONING_STATUS),
]);
static S_WEBSITE_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("ErrorDocument", &S_ERROR_DOCUMENT),
    Member::opt("IndexDocument", &S_INDEX_DOCUMENT),
    Member::opt("RedirectAllRequestsTo", &S_REDIRECT_ALL_REQUESTS_TO),
    Member::opt("RoutingRules", &S_ROUTING_RULES).query("RoutingRule"),
]);
static S_WRITE_OFFSET_BYTES: Shape = Shape::Long;
static S_RENAME_SOURCE: Shape = Shape::String;
static S_RENAME_SOURCE_IF_MATCH: Shape = Shape::String;
static S_RENAME_SOURCE_IF_NONE_MATCH: Shape = Shape::String;
static S_RENAME_SOURCE_IF_MODIFIED_SINCE: Shape = Shape::Timestamp;
static S_RENAME_SOURCE_IF_UNMODIFIED_SINCE: Shape = Shape::Timestamp;
static S_CLIENT_TOKEN: Shape = Shape::String;
static S_TIER: Shape = Shape::String;
static S_GLACIER_JOB_PARAMETERS: Shape = Shape::Structure(&[Member::req("Tier", &S_TIER)]);
static S_RESTORE_REQUEST_TYPE: Shape = Shape::String;
static S_DESCRIPTION: Shape = Shape::String;
static S_FILE_HEADER_INFO: Shape = Shape::String;
static S_COMMENTS: Shape = Shape::String;
static S_QUOTE_ESCAPE_CHARACTER: Shape = Shape::String;
static S_RECORD_DELIMITER: Shape = Shape::String;
static S_FIELD_DELIMITER: Shape = Shape::String;
static S_QUOTE_CHARACTER: Shape = Shape::String;
static S_ALLOW_QUOTED_RECORD_DELIMITER: Shape = Shape::Boolean;
static S_CSVINPUT: Shape = Shape::Structure(&[
    Member::opt("FileHeaderInfo", &S_FILE_HEADER_INFO),
    Member::opt("Comments", &S_COMMENTS),
    Member::opt("QuoteEscapeCharacter", &S_QUOTE_ESCAPE_CHARACTER),
    Member::opt("RecordDelimiter", &S_RECORD_DELIMITER),
    Member::opt("FieldDelimiter", &S_FIELD_DELIMITER),
    Member::opt("QuoteCharacter", &S_QUOTE_CHARACTER),
    Member::opt(
        "AllowQuotedRecordDelimiter",
        &S_ALLOW_QUOTED_RECORD_DELIMITER,
    ),
]);
static S_COMPRESSION_TYPE: Shape = Shape::String;
static S_JSONTYPE: Shape = Shape::String;
static S_JSONINPUT: Shape = Shape::Structure(&[Member::opt("Type", &S_JSONTYPE)]);
static S_PARQUET_INPUT: Shape = Shape::Structure(&[]);
static S_INPUT_SERIALIZATION: Shape = Shape::Structure(&[
    Member::opt("CSV", &S_CSVINPUT),
    Member::opt("CompressionType", &S_COMPRESSION_TYPE),
    Member::opt("JSON", &S_JSONINPUT),
    Member::opt("Parquet", &S_PARQUET_INPUT),
]);
static S_EXPRESSION_TYPE: Shape = Shape::String;
static S_EXPRESSION: Shape = Shape::String;
static S_QUOTE_FIELDS: Shape = Shape::String;
static S_CSVOUTPUT: Shape = Shape::Structure(&[
    Member::opt("QuoteFields", &S_QUOTE_FIELDS),
    Member::opt("QuoteEscapeCharacter", &S_QUOTE_ESCAPE_CHARACTER),
    Member::opt("RecordDelimiter", &S_RECORD_DELIMITER),
    Member::opt("FieldDelimiter", &S_FIELD_DELIMITER),
    Member::opt("QuoteCharacter", &S_QUOTE_CHARACTER),
]);
static S_JSONOUTPUT: Shape =
    Shape::Structure(&[Member::opt("RecordDelimiter", &S_RECORD_DELIMITER)]);
static S_OUTPUT_SERIALIZATION: Shape = Shape::Structure(&[
    Member::opt("CSV", &S_CSVOUTPUT),
    Member::opt("JSON", &S_JSONOUTPUT),
]);
static S_SELECT_PARAMETERS: Shape = Shape::Structure(&[
    Member::req("InputSerialization", &S_INPUT_SERIALIZATION),
    Member::req("ExpressionType", &S_EXPRESSION_TYPE),
    Member::req("Expression", &S_EXPRESSION),
    Member::req("OutputSerialization", &S_OUTPUT_SERIALIZATION),
]);
static S_LOCATION_PREFIX: Shape = Shape::String;
static S_KMSCONTEXT: Shape = Shape::String;
static S_ENCRYPTION: Shape = Shape::Structure(&[
    Member::req("EncryptionType", &S_SERVER_SIDE_ENCRYPTION),
    Member::opt("KMSKeyId", &S_SSEKMSKEY_ID),
    Member::opt("KMSContext", &S_KMSCONTEXT),
]);
static S_METADATA_KEY: Shape = Shape::String;
static S_METADATA_ENTRY: Shape = Shape::Structure(&[
    Member::opt("Name", &S_METADATA_KEY),
    Member::opt("Value", &S_METADATA_VALUE),
]);
static S_USER_METADATA: Shape = Shape::List(&S_METADATA_ENTRY);
static S_S3_LOCATION: Shape = Shape::Structure(&[
    Member::req("BucketName", &S_BUCKET_NAME),
    Member::req("Prefix", &S_LOCATION_PREFIX),
    Member::opt("Encryption", &S_ENCRYPTION),
    Member::opt("CannedACL", &S_OBJECT_CANNED_ACL),
    Member::opt("AccessControlList", &S_GRANTS).query("Grant"),
    Member::opt("Tagging", &S_TAGGING),
    Member::opt("UserMetadata", &S_USER_METADATA).query("MetadataEntry"),
    Member::opt("StorageClass", &S_STORAGE_CLASS),
]);
static S_OUTPUT_LOCATION: Shape = Shape::Structure(&[Member::opt("S3", &S_S3_LOCATION)]);
static S_RESTORE_REQUEST: Shape = Shape::Structure(&[
    Member::opt("Days", &S_DAYS),
    Member::opt("GlacierJobParameters", &S_GLACIER_JOB_PARAMETERS),
    Member::opt("Type", &S_RESTORE_REQUEST_TYPE),
    Member::opt("Tier", &S_TIER),
    Member::opt("Description", &S_DESCRIPTION),
    Member::opt("SelectParameters", &S_SELECT_PARAMETERS),
    Member::opt("OutputLocation", &S_OUTPUT_LOCATION),
]);
static S_RESTORE_OUTPUT_PATH: Shape = Shape::String;
static S_ENABLE_REQUEST_PROGRESS: Shape = Shape::Boolean;
static S_REQUEST_PROGRESS: Shape =
    Shape::Structure(&[Member::opt("Enabled", &S_ENABLE_REQUEST_PROGRESS)]);
static S_START: Shape = Shape::Long;
static S_END: Shape = Shape::Long;
static S_SCAN_RANGE: Shape =
    Shape::Structure(&[Member::opt("Start", &S_START), Member::opt("End", &S_END)]);
static S_RECORDS_EVENT: Shape = Shape::Structure(&[Member::opt("Payload", &S_BODY)]);
static S_BYTES_SCANNED: Shape = Shape::Long;
static S_BYTES_PROCESSED: Shape = Shape::Long;
static S_BYTES_RETURNED: Shape = Shape::Long;
static S_STATS: Shape = Shape::Structure(&[
    Member::opt("BytesScanned", &S_BYTES_SCANNED),
    Member::opt("BytesProcessed", &S_BYTES_PROCESSED),
    Member::opt("BytesReturned", &S_BYTES_RETURNED),
]);
static S_STATS_EVENT: Shape = Shape::Structure(&[Member::opt("Details", &S_STATS)]);
static S_PROGRESS: Shape = Shape::Structure(&[
    Member::opt("BytesScanned", &S_BYTES_SCANNED),
    Member::opt("BytesProcessed", &S_BYTES_PROCESSED),
    Member::opt("BytesReturned", &S_BYTES_RETURNED),
]);
static S_PROGRESS_EVENT: Shape = Shape::Structure(&[Member::opt("Details", &S_PROGRESS)]);
static S_CONTINUATION_EVENT: Shape = Shape::Structure(&[]);
static S_END_EVENT: Shape = Shape::Structure(&[]);
static S_SELECT_OBJECT_CONTENT_EVENT_STREAM: Shape = Shape::Structure(&[
    Member::opt("Records", &S_RECORDS_EVENT),
    Member::opt("Stats", &S_STATS_EVENT),
    Member::opt("Progress", &S_PROGRESS_EVENT),
    Member::opt("Cont", &S_CONTINUATION_EVENT),
    Member::opt("End", &S_END_EVENT),
]);
static S_INVENTORY_TABLE_CONFIGURATION_UPDATES: Shape = Shape::Structure(&[
    Member::req("ConfigurationState", &S_INVENTORY_CONFIGURATION_STATE),
    Member::opt(
        "EncryptionConfiguration",
        &S_METADATA_TABLE_ENCRYPTION_CONFIGURATION,
    ),
]);
static S_JOURNAL_TABLE_CONFIGURATION_UPDATES: Shape =
    Shape::Structure(&[Member::req("RecordExpiration", &S_RECORD_EXPIRATION)]);
static S_NON_EMPTY_KMS_KEY_ARN_STRING: Shape = Shape::String;
static S_SSEKMSENCRYPTION: Shape = Shape::Structure(&[
    Member::req("KMSKeyArn", &S_NON_EMPTY_KMS_KEY_ARN_STRING),
    Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED),
]);
static S_OBJECT_ENCRYPTION: Shape =
    Shape::Structure(&[Member::opt("SSEKMS", &S_SSEKMSENCRYPTION).xml("SSE-KMS")]);
static S_COPY_SOURCE_RANGE: Shape = Shape::String;
static S_COPY_PART_RESULT: Shape = Shape::Structure(&[
    Member::opt("ETag", &S_ETAG),
    Member::opt("LastModified", &S_LAST_MODIFIED),
    Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32),
    Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C),
    Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME),
    Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1),
    Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256),
    Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512),
    Member::opt("ChecksumMD5", &S_CHECKSUM_MD5),
    Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64),
    Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3),
    Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128),
]);
static S_REQUEST_ROUTE: Shape = Shape::String;
static S_REQUEST_TOKEN: Shape = Shape::String;
static S_GET_OBJECT_RESPONSE_STATUS_CODE: Shape = Shape::Integer;

/// Every operation of the service, in AWS's model order.
pub static SPEC: ServiceSpec = ServiceSpec {
    service: Service::S3,
    operations: &[
        OperationSpec {
            name: "AbortMultipartUpload",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::req("UploadId", &S_MULTIPART_UPLOAD_ID).at(Location::Query("uploadId")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("IfMatchInitiatedTime", &S_IF_MATCH_INITIATED_TIME)
                    .at(Location::Header("x-amz-if-match-initiated-time")),
            ],
            output: &[Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                .at(Location::Header("x-amz-request-charged"))],
        },
        OperationSpec {
            name: "CompleteMultipartUpload",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("MultipartUpload", &S_COMPLETED_MULTIPART_UPLOAD)
                    .at(Location::Payload)
                    .xml("CompleteMultipartUpload"),
                Member::req("UploadId", &S_MULTIPART_UPLOAD_ID).at(Location::Query("uploadId")),
                Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32)
                    .at(Location::Header("x-amz-checksum-crc32")),
                Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C)
                    .at(Location::Header("x-amz-checksum-crc32c")),
                Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME)
                    .at(Location::Header("x-amz-checksum-crc64nvme")),
                Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1)
                    .at(Location::Header("x-amz-checksum-sha1")),
                Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256)
                    .at(Location::Header("x-amz-checksum-sha256")),
                Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512)
                    .at(Location::Header("x-amz-checksum-sha512")),
                Member::opt("ChecksumMD5", &S_CHECKSUM_MD5)
                    .at(Location::Header("x-amz-checksum-md5")),
                Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64)
                    .at(Location::Header("x-amz-checksum-xxhash64")),
                Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3)
                    .at(Location::Header("x-amz-checksum-xxhash3")),
                Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128)
                    .at(Location::Header("x-amz-checksum-xxhash128")),
                Member::opt("ChecksumType", &S_CHECKSUM_TYPE)
                    .at(Location::Header("x-amz-checksum-type")),
                Member::opt("MpuObjectSize", &S_MPU_OBJECT_SIZE)
                    .at(Location::Header("x-amz-mp-object-size")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("IfMatch", &S_IF_MATCH).at(Location::Header("If-Match")),
                Member::opt("IfNoneMatch", &S_IF_NONE_MATCH).at(Location::Header("If-None-Match")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKey", &S_SSECUSTOMER_KEY).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
            ],
            output: &[
                Member::opt("Location", &S_LOCATION),
                Member::opt("Bucket", &S_BUCKET_NAME),
                Member::opt("Key", &S_OBJECT_KEY),
                Member::opt("Expiration", &S_EXPIRATION).at(Location::Header("x-amz-expiration")),
                Member::opt("ETag", &S_ETAG),
                Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32),
                Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C),
                Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME),
                Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1),
                Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256),
                Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512),
                Member::opt("ChecksumMD5", &S_CHECKSUM_MD5),
                Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64),
                Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3),
                Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128),
                Member::opt("ChecksumType", &S_CHECKSUM_TYPE),
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION)
                    .at(Location::Header("x-amz-server-side-encryption")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID)
                    .at(Location::Header("x-amz-version-id")),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-server-side-encryption-bucket-key-enabled",
                )),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
            ],
        },
        OperationSpec {
            name: "CopyObject",
            input: &[
                Member::opt("ACL", &S_OBJECT_CANNED_ACL).at(Location::Header("x-amz-acl")),
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("CacheControl", &S_CACHE_CONTROL).at(Location::Header("Cache-Control")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-checksum-algorithm")),
                Member::opt("ContentDisposition", &S_CONTENT_DISPOSITION)
                    .at(Location::Header("Content-Disposition")),
                Member::opt("ContentEncoding", &S_CONTENT_ENCODING)
                    .at(Location::Header("Content-Encoding")),
                Member::opt("ContentLanguage", &S_CONTENT_LANGUAGE)
                    .at(Location::Header("Content-Language")),
                Member::opt("ContentType", &S_CONTENT_TYPE).at(Location::Header("Content-Type")),
                Member::req("CopySource", &S_COPY_SOURCE).at(Location::Header("x-amz-copy-source")),
                Member::opt("CopySourceIfMatch", &S_COPY_SOURCE_IF_MATCH)
                    .at(Location::Header("x-amz-copy-source-if-match")),
                Member::opt(
                    "CopySourceIfModifiedSince",
                    &S_COPY_SOURCE_IF_MODIFIED_SINCE,
                )
                .at(Location::Header("x-amz-copy-source-if-modified-since")),
                Member::opt("CopySourceIfNoneMatch", &S_COPY_SOURCE_IF_NONE_MATCH)
                    .at(Location::Header("x-amz-copy-source-if-none-match")),
                Member::opt(
                    "CopySourceIfUnmodifiedSince",
                    &S_COPY_SOURCE_IF_UNMODIFIED_SINCE,
                )
                .at(Location::Header("x-amz-copy-source-if-unmodified-since")),
                Member::opt("Expires", &S_EXPIRES).at(Location::Header("Expires")),
                Member::opt("GrantFullControl", &S_GRANT_FULL_CONTROL)
                    .at(Location::Header("x-amz-grant-full-control")),
                Member::opt("GrantRead", &S_GRANT_READ).at(Location::Header("x-amz-grant-read")),
                Member::opt("GrantReadACP", &S_GRANT_READ_ACP)
                    .at(Location::Header("x-amz-grant-read-acp")),
                Member::opt("GrantWriteACP", &S_GRANT_WRITE_ACP)
                    .at(Location::Header("x-amz-grant-write-acp")),
                Member::opt("IfMatch", &S_IF_MATCH).at(Location::Header("If-Match")),
                Member::opt("IfNoneMatch", &S_IF_NONE_MATCH).at(Location::Header("If-None-Match")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("Metadata", &S_METADATA).at(Location::Headers("x-amz-meta-")),
                Member::opt("MetadataDirective", &S_METADATA_DIRECTIVE)
                    .at(Location::Header("x-amz-metadata-directive")),
                Member::opt("TaggingDirective", &S_TAGGING_DIRECTIVE)
                    .at(Location::Header("x-amz-tagging-directive")),
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION)
                    .at(Location::Header("x-amz-server-side-encryption")),
                Member::opt("StorageClass", &S_STORAGE_CLASS)
                    .at(Location::Header("x-amz-storage-class")),
                Member::opt("WebsiteRedirectLocation", &S_WEBSITE_REDIRECT_LOCATION)
                    .at(Location::Header("x-amz-website-redirect-location")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKey", &S_SSECUSTOMER_KEY).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("SSEKMSEncryptionContext", &S_SSEKMSENCRYPTION_CONTEXT)
                    .at(Location::Header("x-amz-server-side-encryption-context")),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-server-side-encryption-bucket-key-enabled",
                )),
                Member::opt(
                    "CopySourceSSECustomerAlgorithm",
                    &S_COPY_SOURCE_SSECUSTOMER_ALGORITHM,
                )
                .at(Location::Header(
                    "x-amz-copy-source-server-side-encryption-customer-algorithm",
                )),
                Member::opt("CopySourceSSECustomerKey", &S_COPY_SOURCE_SSECUSTOMER_KEY).at(
                    Location::Header("x-amz-copy-source-server-side-encryption-customer-key"),
                ),
                Member::opt(
                    "CopySourceSSECustomerKeyMD5",
                    &S_COPY_SOURCE_SSECUSTOMER_KEY_MD5,
                )
                .at(Location::Header(
                    "x-amz-copy-source-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("Tagging", &S_TAGGING_HEADER).at(Location::Header("x-amz-tagging")),
                Member::opt("ObjectLockMode", &S_OBJECT_LOCK_MODE)
                    .at(Location::Header("x-amz-object-lock-mode")),
                Member::opt(
                    "ObjectLockRetainUntilDate",
                    &S_OBJECT_LOCK_RETAIN_UNTIL_DATE,
                )
                .at(Location::Header("x-amz-object-lock-retain-until-date")),
                Member::opt(
                    "ObjectLockLegalHoldStatus",
                    &S_OBJECT_LOCK_LEGAL_HOLD_STATUS,
                )
                .at(Location::Header("x-amz-object-lock-legal-hold")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("ExpectedSourceBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-source-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("CopyObjectResult", &S_COPY_OBJECT_RESULT).at(Location::Payload),
                Member::opt("Expiration", &S_EXPIRATION).at(Location::Header("x-amz-expiration")),
                Member::opt("CopySourceVersionId", &S_COPY_SOURCE_VERSION_ID)
                    .at(Location::Header("x-amz-copy-source-version-id")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID)
                    .at(Location::Header("x-amz-version-id")),
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION)
                    .at(Location::Header("x-amz-server-side-encryption")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("SSEKMSEncryptionContext", &S_SSEKMSENCRYPTION_CONTEXT)
                    .at(Location::Header("x-amz-server-side-encryption-context")),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-server-side-encryption-bucket-key-enabled",
                )),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
            ],
        },
        OperationSpec {
            name: "CreateBucket",
            input: &[
                Member::opt("ACL", &S_BUCKET_CANNED_ACL).at(Location::Header("x-amz-acl")),
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("CreateBucketConfiguration", &S_CREATE_BUCKET_CONFIGURATION)
                    .at(Location::Payload),
                Member::opt("GrantFullControl", &S_GRANT_FULL_CONTROL)
                    .at(Location::Header("x-amz-grant-full-control")),
                Member::opt("GrantRead", &S_GRANT_READ).at(Location::Header("x-amz-grant-read")),
                Member::opt("GrantReadACP", &S_GRANT_READ_ACP)
                    .at(Location::Header("x-amz-grant-read-acp")),
                Member::opt("GrantWrite", &S_GRANT_WRITE).at(Location::Header("x-amz-grant-write")),
                Member::opt("GrantWriteACP", &S_GRANT_WRITE_ACP)
                    .at(Location::Header("x-amz-grant-write-acp")),
                Member::opt(
                    "ObjectLockEnabledForBucket",
                    &S_OBJECT_LOCK_ENABLED_FOR_BUCKET,
                )
                .at(Location::Header("x-amz-bucket-object-lock-enabled")),
                Member::opt("ObjectOwnership", &S_OBJECT_OWNERSHIP)
                    .at(Location::Header("x-amz-object-ownership")),
                Member::opt("BucketNamespace", &S_BUCKET_NAMESPACE)
                    .at(Location::Header("x-amz-bucket-namespace")),
            ],
            output: &[
                Member::opt("Location", &S_LOCATION).at(Location::Header("Location")),
                Member::opt("BucketArn", &S_S3_REGIONAL_OR_S3_EXPRESS_BUCKET_ARN_STRING)
                    .at(Location::Header("x-amz-bucket-arn")),
            ],
        },
        OperationSpec {
            name: "CreateBucketMetadataConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::req("MetadataConfiguration", &S_METADATA_CONFIGURATION)
                    .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "CreateBucketMetadataTableConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::req(
                    "MetadataTableConfiguration",
                    &S_METADATA_TABLE_CONFIGURATION,
                )
                .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "CreateMultipartUpload",
            input: &[
                Member::opt("ACL", &S_OBJECT_CANNED_ACL).at(Location::Header("x-amz-acl")),
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("CacheControl", &S_CACHE_CONTROL).at(Location::Header("Cache-Control")),
                Member::opt("ContentDisposition", &S_CONTENT_DISPOSITION)
                    .at(Location::Header("Content-Disposition")),
                Member::opt("ContentEncoding", &S_CONTENT_ENCODING)
                    .at(Location::Header("Content-Encoding")),
                Member::opt("ContentLanguage", &S_CONTENT_LANGUAGE)
                    .at(Location::Header("Content-Language")),
                Member::opt("ContentType", &S_CONTENT_TYPE).at(Location::Header("Content-Type")),
                Member::opt("Expires", &S_EXPIRES).at(Location::Header("Expires")),
                Member::opt("GrantFullControl", &S_GRANT_FULL_CONTROL)
                    .at(Location::Header("x-amz-grant-full-control")),
                Member::opt("GrantRead", &S_GRANT_READ).at(Location::Header("x-amz-grant-read")),
                Member::opt("GrantReadACP", &S_GRANT_READ_ACP)
                    .at(Location::Header("x-amz-grant-read-acp")),
                Member::opt("GrantWriteACP", &S_GRANT_WRITE_ACP)
                    .at(Location::Header("x-amz-grant-write-acp")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("Metadata", &S_METADATA).at(Location::Headers("x-amz-meta-")),
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION)
                    .at(Location::Header("x-amz-server-side-encryption")),
                Member::opt("StorageClass", &S_STORAGE_CLASS)
                    .at(Location::Header("x-amz-storage-class")),
                Member::opt("WebsiteRedirectLocation", &S_WEBSITE_REDIRECT_LOCATION)
                    .at(Location::Header("x-amz-website-redirect-location")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKey", &S_SSECUSTOMER_KEY).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("SSEKMSEncryptionContext", &S_SSEKMSENCRYPTION_CONTEXT)
                    .at(Location::Header("x-amz-server-side-encryption-context")),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-server-side-encryption-bucket-key-enabled",
                )),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("Tagging", &S_TAGGING_HEADER).at(Location::Header("x-amz-tagging")),
                Member::opt("ObjectLockMode", &S_OBJECT_LOCK_MODE)
                    .at(Location::Header("x-amz-object-lock-mode")),
                Member::opt(
                    "ObjectLockRetainUntilDate",
                    &S_OBJECT_LOCK_RETAIN_UNTIL_DATE,
                )
                .at(Location::Header("x-amz-object-lock-retain-until-date")),
                Member::opt(
                    "ObjectLockLegalHoldStatus",
                    &S_OBJECT_LOCK_LEGAL_HOLD_STATUS,
                )
                .at(Location::Header("x-amz-object-lock-legal-hold")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-checksum-algorithm")),
                Member::opt("ChecksumType", &S_CHECKSUM_TYPE)
                    .at(Location::Header("x-amz-checksum-type")),
            ],
            output: &[
                Member::opt("AbortDate", &S_ABORT_DATE).at(Location::Header("x-amz-abort-date")),
                Member::opt("AbortRuleId", &S_ABORT_RULE_ID)
                    .at(Location::Header("x-amz-abort-rule-id")),
                Member::opt("Bucket", &S_BUCKET_NAME),
                Member::opt("Key", &S_OBJECT_KEY),
                Member::opt("UploadId", &S_MULTIPART_UPLOAD_ID),
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION)
                    .at(Location::Header("x-amz-server-side-encryption")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("SSEKMSEncryptionContext", &S_SSEKMSENCRYPTION_CONTEXT)
                    .at(Location::Header("x-amz-server-side-encryption-context")),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-server-side-encryption-bucket-key-enabled",
                )),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-checksum-algorithm")),
                Member::opt("ChecksumType", &S_CHECKSUM_TYPE)
                    .at(Location::Header("x-amz-checksum-type")),
            ],
        },
        OperationSpec {
            name: "CreateSession",
            input: &[
                Member::opt("SessionMode", &S_SESSION_MODE)
                    .at(Location::Header("x-amz-create-session-mode")),
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION)
                    .at(Location::Header("x-amz-server-side-encryption")),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("SSEKMSEncryptionContext", &S_SSEKMSENCRYPTION_CONTEXT)
                    .at(Location::Header("x-amz-server-side-encryption-context")),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-server-side-encryption-bucket-key-enabled",
                )),
            ],
            output: &[
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION)
                    .at(Location::Header("x-amz-server-side-encryption")),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("SSEKMSEncryptionContext", &S_SSEKMSENCRYPTION_CONTEXT)
                    .at(Location::Header("x-amz-server-side-encryption-context")),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-server-side-encryption-bucket-key-enabled",
                )),
                Member::req("Credentials", &S_SESSION_CREDENTIALS),
            ],
        },
        OperationSpec {
            name: "DeleteBucket",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketAnalyticsConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Id", &S_ANALYTICS_ID).at(Location::Query("id")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketCors",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketEncryption",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketIntelligentTieringConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Id", &S_INTELLIGENT_TIERING_ID).at(Location::Query("id")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketInventoryConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Id", &S_INVENTORY_ID).at(Location::Query("id")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketLifecycle",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketMetadataConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketMetadataTableConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketMetricsConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Id", &S_METRICS_ID).at(Location::Query("id")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketOwnershipControls",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketPolicy",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketReplication",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketTagging",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteBucketWebsite",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteObject",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("MFA", &S_MFA).at(Location::Header("x-amz-mfa")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("BypassGovernanceRetention", &S_BYPASS_GOVERNANCE_RETENTION)
                    .at(Location::Header("x-amz-bypass-governance-retention")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("IfMatch", &S_IF_MATCH).at(Location::Header("If-Match")),
                Member::opt("IfMatchLastModifiedTime", &S_IF_MATCH_LAST_MODIFIED_TIME)
                    .at(Location::Header("x-amz-if-match-last-modified-time")),
                Member::opt("IfMatchSize", &S_IF_MATCH_SIZE)
                    .at(Location::Header("x-amz-if-match-size")),
            ],
            output: &[
                Member::opt("DeleteMarker", &S_DELETE_MARKER)
                    .at(Location::Header("x-amz-delete-marker")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID)
                    .at(Location::Header("x-amz-version-id")),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
            ],
        },
        OperationSpec {
            name: "DeleteObjectTagging",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("VersionId", &S_OBJECT_VERSION_ID)
                .at(Location::Header("x-amz-version-id"))],
        },
        OperationSpec {
            name: "DeleteObjects",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Delete", &S_DELETE).at(Location::Payload),
                Member::opt("MFA", &S_MFA).at(Location::Header("x-amz-mfa")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("BypassGovernanceRetention", &S_BYPASS_GOVERNANCE_RETENTION)
                    .at(Location::Header("x-amz-bypass-governance-retention")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
            ],
            output: &[
                Member::opt("Deleted", &S_DELETED_OBJECTS).flat(),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
                Member::opt("Errors", &S_ERRORS).xml("Error").flat(),
            ],
        },
        OperationSpec {
            name: "DeletePublicAccessBlock",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "GetBucketAbac",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("AbacStatus", &S_ABAC_STATUS).at(Location::Payload)],
        },
        OperationSpec {
            name: "GetBucketAccelerateConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
            ],
            output: &[
                Member::opt("Status", &S_BUCKET_ACCELERATE_STATUS),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
            ],
        },
        OperationSpec {
            name: "GetBucketAcl",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("Owner", &S_OWNER),
                Member::opt("Grants", &S_GRANTS)
                    .query("Grant")
                    .xml("AccessControlList"),
            ],
        },
        OperationSpec {
            name: "GetBucketAnalyticsConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Id", &S_ANALYTICS_ID).at(Location::Query("id")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("AnalyticsConfiguration", &S_ANALYTICS_CONFIGURATION)
                    .at(Location::Payload),
            ],
        },
        OperationSpec {
            name: "GetBucketCors",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("CORSRules", &S_CORSRULES)
                .xml("CORSRule")
                .flat()],
        },
        OperationSpec {
            name: "GetBucketEncryption",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt(
                "ServerSideEncryptionConfiguration",
                &S_SERVER_SIDE_ENCRYPTION_CONFIGURATION,
            )
            .at(Location::Payload)],
        },
        OperationSpec {
            name: "GetBucketIntelligentTieringConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Id", &S_INTELLIGENT_TIERING_ID).at(Location::Query("id")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt(
                "IntelligentTieringConfiguration",
                &S_INTELLIGENT_TIERING_CONFIGURATION,
            )
            .at(Location::Payload)],
        },
        OperationSpec {
            name: "GetBucketInventoryConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Id", &S_INVENTORY_ID).at(Location::Query("id")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("InventoryConfiguration", &S_INVENTORY_CONFIGURATION)
                    .at(Location::Payload),
            ],
        },
        OperationSpec {
            name: "GetBucketLifecycle",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("Rules", &S_RULES).xml("Rule").flat()],
        },
        OperationSpec {
            name: "GetBucketLifecycleConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("Rules", &S_LIFECYCLE_RULES).xml("Rule").flat(),
                Member::opt(
                    "TransitionDefaultMinimumObjectSize",
                    &S_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE,
                )
                .at(Location::Header(
                    "x-amz-transition-default-minimum-object-size",
                )),
            ],
        },
        OperationSpec {
            name: "GetBucketLocation",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt(
                "LocationConstraint",
                &S_BUCKET_LOCATION_CONSTRAINT,
            )],
        },
        OperationSpec {
            name: "GetBucketLogging",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("LoggingEnabled", &S_LOGGING_ENABLED)],
        },
        OperationSpec {
            name: "GetBucketMetadataConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt(
                "GetBucketMetadataConfigurationResult",
                &S_GET_BUCKET_METADATA_CONFIGURATION_RESULT,
            )
            .at(Location::Payload)],
        },
        OperationSpec {
            name: "GetBucketMetadataTableConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt(
                "GetBucketMetadataTableConfigurationResult",
                &S_GET_BUCKET_METADATA_TABLE_CONFIGURATION_RESULT,
            )
            .at(Location::Payload)],
        },
        OperationSpec {
            name: "GetBucketMetricsConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Id", &S_METRICS_ID).at(Location::Query("id")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("MetricsConfiguration", &S_METRICS_CONFIGURATION).at(Location::Payload),
            ],
        },
        OperationSpec {
            name: "GetBucketNotification",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("TopicConfiguration", &S_TOPIC_CONFIGURATION_DEPRECATED),
                Member::opt("QueueConfiguration", &S_QUEUE_CONFIGURATION_DEPRECATED),
                Member::opt(
                    "CloudFunctionConfiguration",
                    &S_CLOUD_FUNCTION_CONFIGURATION,
                ),
            ],
        },
        OperationSpec {
            name: "GetBucketNotificationConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("TopicConfigurations", &S_TOPIC_CONFIGURATION_LIST)
                    .xml("TopicConfiguration")
                    .flat(),
                Member::opt("QueueConfigurations", &S_QUEUE_CONFIGURATION_LIST)
                    .xml("QueueConfiguration")
                    .flat(),
                Member::opt(
                    "LambdaFunctionConfigurations",
                    &S_LAMBDA_FUNCTION_CONFIGURATION_LIST,
                )
                .xml("CloudFunctionConfiguration")
                .flat(),
                Member::opt("EventBridgeConfiguration", &S_EVENT_BRIDGE_CONFIGURATION),
            ],
        },
        OperationSpec {
            name: "GetBucketOwnershipControls",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("OwnershipControls", &S_OWNERSHIP_CONTROLS).at(Location::Payload)],
        },
        OperationSpec {
            name: "GetBucketPolicy",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("Policy", &S_POLICY).at(Location::Payload)],
        },
        OperationSpec {
            name: "GetBucketPolicyStatus",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("PolicyStatus", &S_POLICY_STATUS).at(Location::Payload)],
        },
        OperationSpec {
            name: "GetBucketReplication",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("ReplicationConfiguration", &S_REPLICATION_CONFIGURATION)
                    .at(Location::Payload),
            ],
        },
        OperationSpec {
            name: "GetBucketRequestPayment",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("Payer", &S_PAYER)],
        },
        OperationSpec {
            name: "GetBucketTagging",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::req("TagSet", &S_TAG_SET).query("Tag")],
        },
        OperationSpec {
            name: "GetBucketVersioning",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("Status", &S_BUCKET_VERSIONING_STATUS),
                Member::opt("MFADelete", &S_MFADELETE_STATUS).xml("MfaDelete"),
            ],
        },
        OperationSpec {
            name: "GetBucketWebsite",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("RedirectAllRequestsTo", &S_REDIRECT_ALL_REQUESTS_TO),
                Member::opt("IndexDocument", &S_INDEX_DOCUMENT),
                Member::opt("ErrorDocument", &S_ERROR_DOCUMENT),
                Member::opt("RoutingRules", &S_ROUTING_RULES).query("RoutingRule"),
            ],
        },
        OperationSpec {
            name: "GetObject",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("IfMatch", &S_IF_MATCH).at(Location::Header("If-Match")),
                Member::opt("IfModifiedSince", &S_IF_MODIFIED_SINCE)
                    .at(Location::Header("If-Modified-Since")),
                Member::opt("IfNoneMatch", &S_IF_NONE_MATCH).at(Location::Header("If-None-Match")),
                Member::opt("IfUnmodifiedSince", &S_IF_UNMODIFIED_SINCE)
                    .at(Location::Header("If-Unmodified-Since")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("Range", &S_RANGE).at(Location::Header("Range")),
                Member::opt("ResponseCacheControl", &S_RESPONSE_CACHE_CONTROL)
                    .at(Location::Query("response-cache-control")),
                Member::opt(
                    "ResponseContentDisposition",
                    &S_RESPONSE_CONTENT_DISPOSITION,
                )
                .at(Location::Query("response-content-disposition")),
                Member::opt("ResponseContentEncoding", &S_RESPONSE_CONTENT_ENCODING)
                    .at(Location::Query("response-content-encoding")),
                Member::opt("ResponseContentLanguage", &S_RESPONSE_CONTENT_LANGUAGE)
                    .at(Location::Query("response-content-language")),
                Member::opt("ResponseContentType", &S_RESPONSE_CONTENT_TYPE)
                    .at(Location::Query("response-content-type")),
                Member::opt("ResponseExpires", &S_RESPONSE_EXPIRES)
                    .at(Location::Query("response-expires")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKey", &S_SSECUSTOMER_KEY).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("PartNumber", &S_PART_NUMBER).at(Location::Query("partNumber")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("ChecksumMode", &S_CHECKSUM_MODE)
                    .at(Location::Header("x-amz-checksum-mode")),
            ],
            output: &[
                Member::opt("Body", &S_BODY).at(Location::Payload),
                Member::opt("DeleteMarker", &S_DELETE_MARKER)
                    .at(Location::Header("x-amz-delete-marker")),
                Member::opt("AcceptRanges", &S_ACCEPT_RANGES).at(Location::Header("accept-ranges")),
                Member::opt("Expiration", &S_EXPIRATION).at(Location::Header("x-amz-expiration")),
                Member::opt("Restore", &S_RESTORE).at(Location::Header("x-amz-restore")),
                Member::opt("LastModified", &S_LAST_MODIFIED).at(Location::Header("Last-Modified")),
                Member::opt("ContentLength", &S_CONTENT_LENGTH)
                    .at(Location::Header("Content-Length")),
                Member::opt("ETag", &S_ETAG).at(Location::Header("ETag")),
                Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32)
                    .at(Location::Header("x-amz-checksum-crc32")),
                Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C)
                    .at(Location::Header("x-amz-checksum-crc32c")),
                Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME)
                    .at(Location::Header("x-amz-checksum-crc64nvme")),
                Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1)
                    .at(Location::Header("x-amz-checksum-sha1")),
                Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256)
                    .at(Location::Header("x-amz-checksum-sha256")),
                Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512)
                    .at(Location::Header("x-amz-checksum-sha512")),
                Member::opt("ChecksumMD5", &S_CHECKSUM_MD5)
                    .at(Location::Header("x-amz-checksum-md5")),
                Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64)
                    .at(Location::Header("x-amz-checksum-xxhash64")),
                Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3)
                    .at(Location::Header("x-amz-checksum-xxhash3")),
                Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128)
                    .at(Location::Header("x-amz-checksum-xxhash128")),
                Member::opt("ChecksumType", &S_CHECKSUM_TYPE)
                    .at(Location::Header("x-amz-checksum-type")),
                Member::opt("MissingMeta", &S_MISSING_META)
                    .at(Location::Header("x-amz-missing-meta")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID)
                    .at(Location::Header("x-amz-version-id")),
                Member::opt("CacheControl", &S_CACHE_CONTROL).at(Location::Header("Cache-Control")),
                Member::opt("ContentDisposition", &S_CONTENT_DISPOSITION)
                    .at(Location::Header("Content-Disposition")),
                Member::opt("ContentEncoding", &S_CONTENT_ENCODING)
                    .at(Location::Header("Content-Encoding")),
                Member::opt("ContentLanguage", &S_CONTENT_LANGUAGE)
                    .at(Location::Header("Content-Language")),
                Member::opt("ContentRange", &S_CONTENT_RANGE).at(Location::Header("Content-Range")),
                Member::opt("ContentType", &S_CONTENT_TYPE).at(Location::Header("Content-Type")),
                Member::opt("Expires", &S_EXPIRES).at(Location::Header("Expires")),
                Member::opt("WebsiteRedirectLocation", &S_WEBSITE_REDIRECT_LOCATION)
                    .at(Location::Header("x-amz-website-redirect-location")),
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION)
                    .at(Location::Header("x-amz-server-side-encryption")),
                Member::opt("Metadata", &S_METADATA).at(Location::Headers("x-amz-meta-")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-server-side-encryption-bucket-key-enabled",
                )),
                Member::opt("StorageClass", &S_STORAGE_CLASS)
                    .at(Location::Header("x-amz-storage-class")),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
                Member::opt("ReplicationStatus", &S_REPLICATION_STATUS)
                    .at(Location::Header("x-amz-replication-status")),
                Member::opt("PartsCount", &S_PARTS_COUNT)
                    .at(Location::Header("x-amz-mp-parts-count")),
                Member::opt("TagCount", &S_TAG_COUNT).at(Location::Header("x-amz-tagging-count")),
                Member::opt("ObjectLockMode", &S_OBJECT_LOCK_MODE)
                    .at(Location::Header("x-amz-object-lock-mode")),
                Member::opt(
                    "ObjectLockRetainUntilDate",
                    &S_OBJECT_LOCK_RETAIN_UNTIL_DATE,
                )
                .at(Location::Header("x-amz-object-lock-retain-until-date")),
                Member::opt(
                    "ObjectLockLegalHoldStatus",
                    &S_OBJECT_LOCK_LEGAL_HOLD_STATUS,
                )
                .at(Location::Header("x-amz-object-lock-legal-hold")),
            ],
        },
        OperationSpec {
            name: "GetObjectAcl",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("Owner", &S_OWNER),
                Member::opt("Grants", &S_GRANTS)
                    .query("Grant")
                    .xml("AccessControlList"),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
            ],
        },
        OperationSpec {
            name: "GetObjectAttributes",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("MaxParts", &S_MAX_PARTS).at(Location::Header("x-amz-max-parts")),
                Member::opt("PartNumberMarker", &S_PART_NUMBER_MARKER)
                    .at(Location::Header("x-amz-part-number-marker")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKey", &S_SSECUSTOMER_KEY).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::req("ObjectAttributes", &S_OBJECT_ATTRIBUTES_LIST)
                    .at(Location::Header("x-amz-object-attributes")),
            ],
            output: &[
                Member::opt("DeleteMarker", &S_DELETE_MARKER)
                    .at(Location::Header("x-amz-delete-marker")),
                Member::opt("LastModified", &S_LAST_MODIFIED).at(Location::Header("Last-Modified")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID)
                    .at(Location::Header("x-amz-version-id")),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
                Member::opt("ETag", &S_ETAG),
                Member::opt("Checksum", &S_CHECKSUM),
                Member::opt("ObjectParts", &S_GET_OBJECT_ATTRIBUTES_PARTS),
                Member::opt("StorageClass", &S_STORAGE_CLASS),
                Member::opt("ObjectSize", &S_OBJECT_SIZE),
            ],
        },
        OperationSpec {
            name: "GetObjectLegalHold",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("LegalHold", &S_OBJECT_LOCK_LEGAL_HOLD).at(Location::Payload)],
        },
        OperationSpec {
            name: "GetObjectLockConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("ObjectLockConfiguration", &S_OBJECT_LOCK_CONFIGURATION)
                    .at(Location::Payload),
            ],
        },
        OperationSpec {
            name: "GetObjectRetention",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("Retention", &S_OBJECT_LOCK_RETENTION).at(Location::Payload)],
        },
        OperationSpec {
            name: "GetObjectTagging",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
            ],
            output: &[
                Member::opt("VersionId", &S_OBJECT_VERSION_ID)
                    .at(Location::Header("x-amz-version-id")),
                Member::req("TagSet", &S_TAG_SET).query("Tag"),
            ],
        },
        OperationSpec {
            name: "GetObjectTorrent",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("Body", &S_BODY).at(Location::Payload),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
            ],
        },
        OperationSpec {
            name: "GetPublicAccessBlock",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt(
                "PublicAccessBlockConfiguration",
                &S_PUBLIC_ACCESS_BLOCK_CONFIGURATION,
            )
            .at(Location::Payload)],
        },
        OperationSpec {
            name: "HeadBucket",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("BucketArn", &S_S3_REGIONAL_OR_S3_EXPRESS_BUCKET_ARN_STRING)
                    .at(Location::Header("x-amz-bucket-arn")),
                Member::opt("BucketLocationType", &S_LOCATION_TYPE)
                    .at(Location::Header("x-amz-bucket-location-type")),
                Member::opt("BucketLocationName", &S_BUCKET_LOCATION_NAME)
                    .at(Location::Header("x-amz-bucket-location-name")),
                Member::opt("BucketRegion", &S_REGION).at(Location::Header("x-amz-bucket-region")),
                Member::opt("AccessPointAlias", &S_ACCESS_POINT_ALIAS)
                    .at(Location::Header("x-amz-access-point-alias")),
            ],
        },
        OperationSpec {
            name: "HeadObject",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("IfMatch", &S_IF_MATCH).at(Location::Header("If-Match")),
                Member::opt("IfModifiedSince", &S_IF_MODIFIED_SINCE)
                    .at(Location::Header("If-Modified-Since")),
                Member::opt("IfNoneMatch", &S_IF_NONE_MATCH).at(Location::Header("If-None-Match")),
                Member::opt("IfUnmodifiedSince", &S_IF_UNMODIFIED_SINCE)
                    .at(Location::Header("If-Unmodified-Since")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("Range", &S_RANGE).at(Location::Header("Range")),
                Member::opt("ResponseCacheControl", &S_RESPONSE_CACHE_CONTROL)
                    .at(Location::Query("response-cache-control")),
                Member::opt(
                    "ResponseContentDisposition",
                    &S_RESPONSE_CONTENT_DISPOSITION,
                )
                .at(Location::Query("response-content-disposition")),
                Member::opt("ResponseContentEncoding", &S_RESPONSE_CONTENT_ENCODING)
                    .at(Location::Query("response-content-encoding")),
                Member::opt("ResponseContentLanguage", &S_RESPONSE_CONTENT_LANGUAGE)
                    .at(Location::Query("response-content-language")),
                Member::opt("ResponseContentType", &S_RESPONSE_CONTENT_TYPE)
                    .at(Location::Query("response-content-type")),
                Member::opt("ResponseExpires", &S_RESPONSE_EXPIRES)
                    .at(Location::Query("response-expires")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKey", &S_SSECUSTOMER_KEY).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("PartNumber", &S_PART_NUMBER).at(Location::Query("partNumber")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("ChecksumMode", &S_CHECKSUM_MODE)
                    .at(Location::Header("x-amz-checksum-mode")),
            ],
            output: &[
                Member::opt("DeleteMarker", &S_DELETE_MARKER)
                    .at(Location::Header("x-amz-delete-marker")),
                Member::opt("AcceptRanges", &S_ACCEPT_RANGES).at(Location::Header("accept-ranges")),
                Member::opt("Expiration", &S_EXPIRATION).at(Location::Header("x-amz-expiration")),
                Member::opt("Restore", &S_RESTORE).at(Location::Header("x-amz-restore")),
                Member::opt("ArchiveStatus", &S_ARCHIVE_STATUS)
                    .at(Location::Header("x-amz-archive-status")),
                Member::opt("LastModified", &S_LAST_MODIFIED).at(Location::Header("Last-Modified")),
                Member::opt("ContentLength", &S_CONTENT_LENGTH)
                    .at(Location::Header("Content-Length")),
                Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32)
                    .at(Location::Header("x-amz-checksum-crc32")),
                Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C)
                    .at(Location::Header("x-amz-checksum-crc32c")),
                Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME)
                    .at(Location::Header("x-amz-checksum-crc64nvme")),
                Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1)
                    .at(Location::Header("x-amz-checksum-sha1")),
                Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256)
                    .at(Location::Header("x-amz-checksum-sha256")),
                Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512)
                    .at(Location::Header("x-amz-checksum-sha512")),
                Member::opt("ChecksumMD5", &S_CHECKSUM_MD5)
                    .at(Location::Header("x-amz-checksum-md5")),
                Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64)
                    .at(Location::Header("x-amz-checksum-xxhash64")),
                Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3)
                    .at(Location::Header("x-amz-checksum-xxhash3")),
                Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128)
                    .at(Location::Header("x-amz-checksum-xxhash128")),
                Member::opt("ChecksumType", &S_CHECKSUM_TYPE)
                    .at(Location::Header("x-amz-checksum-type")),
                Member::opt("ETag", &S_ETAG).at(Location::Header("ETag")),
                Member::opt("MissingMeta", &S_MISSING_META)
                    .at(Location::Header("x-amz-missing-meta")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID)
                    .at(Location::Header("x-amz-version-id")),
                Member::opt("CacheControl", &S_CACHE_CONTROL).at(Location::Header("Cache-Control")),
                Member::opt("ContentDisposition", &S_CONTENT_DISPOSITION)
                    .at(Location::Header("Content-Disposition")),
                Member::opt("ContentEncoding", &S_CONTENT_ENCODING)
                    .at(Location::Header("Content-Encoding")),
                Member::opt("ContentLanguage", &S_CONTENT_LANGUAGE)
                    .at(Location::Header("Content-Language")),
                Member::opt("ContentType", &S_CONTENT_TYPE).at(Location::Header("Content-Type")),
                Member::opt("ContentRange", &S_CONTENT_RANGE).at(Location::Header("Content-Range")),
                Member::opt("Expires", &S_EXPIRES).at(Location::Header("Expires")),
                Member::opt("WebsiteRedirectLocation", &S_WEBSITE_REDIRECT_LOCATION)
                    .at(Location::Header("x-amz-website-redirect-location")),
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION)
                    .at(Location::Header("x-amz-server-side-encryption")),
                Member::opt("Metadata", &S_METADATA).at(Location::Headers("x-amz-meta-")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-server-side-encryption-bucket-key-enabled",
                )),
                Member::opt("StorageClass", &S_STORAGE_CLASS)
                    .at(Location::Header("x-amz-storage-class")),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
                Member::opt("ReplicationStatus", &S_REPLICATION_STATUS)
                    .at(Location::Header("x-amz-replication-status")),
                Member::opt("PartsCount", &S_PARTS_COUNT)
                    .at(Location::Header("x-amz-mp-parts-count")),
                Member::opt("TagCount", &S_TAG_COUNT).at(Location::Header("x-amz-tagging-count")),
                Member::opt("ObjectLockMode", &S_OBJECT_LOCK_MODE)
                    .at(Location::Header("x-amz-object-lock-mode")),
                Member::opt(
                    "ObjectLockRetainUntilDate",
                    &S_OBJECT_LOCK_RETAIN_UNTIL_DATE,
                )
                .at(Location::Header("x-amz-object-lock-retain-until-date")),
                Member::opt(
                    "ObjectLockLegalHoldStatus",
                    &S_OBJECT_LOCK_LEGAL_HOLD_STATUS,
                )
                .at(Location::Header("x-amz-object-lock-legal-hold")),
            ],
        },
        OperationSpec {
            name: "ListBucketAnalyticsConfigurations",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContinuationToken", &S_TOKEN)
                    .at(Location::Query("continuation-token")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("IsTruncated", &S_IS_TRUNCATED),
                Member::opt("ContinuationToken", &S_TOKEN),
                Member::opt("NextContinuationToken", &S_NEXT_TOKEN),
                Member::opt(
                    "AnalyticsConfigurationList",
                    &S_ANALYTICS_CONFIGURATION_LIST,
                )
                .xml("AnalyticsConfiguration")
                .flat(),
            ],
        },
        OperationSpec {
            name: "ListBucketIntelligentTieringConfigurations",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContinuationToken", &S_TOKEN)
                    .at(Location::Query("continuation-token")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("IsTruncated", &S_IS_TRUNCATED),
                Member::opt("ContinuationToken", &S_TOKEN),
                Member::opt("NextContinuationToken", &S_NEXT_TOKEN),
                Member::opt(
                    "IntelligentTieringConfigurationList",
                    &S_INTELLIGENT_TIERING_CONFIGURATION_LIST,
                )
                .xml("IntelligentTieringConfiguration")
                .flat(),
            ],
        },
        OperationSpec {
            name: "ListBucketInventoryConfigurations",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContinuationToken", &S_TOKEN)
                    .at(Location::Query("continuation-token")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("ContinuationToken", &S_TOKEN),
                Member::opt(
                    "InventoryConfigurationList",
                    &S_INVENTORY_CONFIGURATION_LIST,
                )
                .xml("InventoryConfiguration")
                .flat(),
                Member::opt("IsTruncated", &S_IS_TRUNCATED),
                Member::opt("NextContinuationToken", &S_NEXT_TOKEN),
            ],
        },
        OperationSpec {
            name: "ListBucketMetricsConfigurations",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContinuationToken", &S_TOKEN)
                    .at(Location::Query("continuation-token")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("IsTruncated", &S_IS_TRUNCATED),
                Member::opt("ContinuationToken", &S_TOKEN),
                Member::opt("NextContinuationToken", &S_NEXT_TOKEN),
                Member::opt("MetricsConfigurationList", &S_METRICS_CONFIGURATION_LIST)
                    .xml("MetricsConfiguration")
                    .flat(),
            ],
        },
        OperationSpec {
            name: "ListBuckets",
            input: &[
                Member::opt("MaxBuckets", &S_MAX_BUCKETS).at(Location::Query("max-buckets")),
                Member::opt("ContinuationToken", &S_TOKEN)
                    .at(Location::Query("continuation-token")),
                Member::opt("Prefix", &S_PREFIX).at(Location::Query("prefix")),
                Member::opt("BucketRegion", &S_BUCKET_REGION).at(Location::Query("bucket-region")),
            ],
            output: &[
                Member::opt("Buckets", &S_BUCKETS).query("Bucket"),
                Member::opt("Owner", &S_OWNER),
                Member::opt("ContinuationToken", &S_NEXT_TOKEN),
                Member::opt("Prefix", &S_PREFIX),
            ],
        },
        OperationSpec {
            name: "ListDirectoryBuckets",
            input: &[
                Member::opt("ContinuationToken", &S_DIRECTORY_BUCKET_TOKEN)
                    .at(Location::Query("continuation-token")),
                Member::opt("MaxDirectoryBuckets", &S_MAX_DIRECTORY_BUCKETS)
                    .at(Location::Query("max-directory-buckets")),
            ],
            output: &[
                Member::opt("Buckets", &S_BUCKETS).query("Bucket"),
                Member::opt("ContinuationToken", &S_DIRECTORY_BUCKET_TOKEN),
            ],
        },
        OperationSpec {
            name: "ListMultipartUploads",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("Delimiter", &S_DELIMITER).at(Location::Query("delimiter")),
                Member::opt("EncodingType", &S_ENCODING_TYPE).at(Location::Query("encoding-type")),
                Member::opt("KeyMarker", &S_KEY_MARKER).at(Location::Query("key-marker")),
                Member::opt("MaxUploads", &S_MAX_UPLOADS).at(Location::Query("max-uploads")),
                Member::opt("Prefix", &S_PREFIX).at(Location::Query("prefix")),
                Member::opt("UploadIdMarker", &S_UPLOAD_ID_MARKER)
                    .at(Location::Query("upload-id-marker")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
            ],
            output: &[
                Member::opt("Bucket", &S_BUCKET_NAME),
                Member::opt("KeyMarker", &S_KEY_MARKER),
                Member::opt("UploadIdMarker", &S_UPLOAD_ID_MARKER),
                Member::opt("NextKeyMarker", &S_NEXT_KEY_MARKER),
                Member::opt("Prefix", &S_PREFIX),
                Member::opt("Delimiter", &S_DELIMITER),
                Member::opt("NextUploadIdMarker", &S_NEXT_UPLOAD_ID_MARKER),
                Member::opt("MaxUploads", &S_MAX_UPLOADS),
                Member::opt("IsTruncated", &S_IS_TRUNCATED),
                Member::opt("Uploads", &S_MULTIPART_UPLOAD_LIST)
                    .xml("Upload")
                    .flat(),
                Member::opt("CommonPrefixes", &S_COMMON_PREFIX_LIST).flat(),
                Member::opt("EncodingType", &S_ENCODING_TYPE),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
            ],
        },
        OperationSpec {
            name: "ListObjectVersions",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("Delimiter", &S_DELIMITER).at(Location::Query("delimiter")),
                Member::opt("EncodingType", &S_ENCODING_TYPE).at(Location::Query("encoding-type")),
                Member::opt("KeyMarker", &S_KEY_MARKER).at(Location::Query("key-marker")),
                Member::opt("MaxKeys", &S_MAX_KEYS).at(Location::Query("max-keys")),
                Member::opt("Prefix", &S_PREFIX).at(Location::Query("prefix")),
                Member::opt("VersionIdMarker", &S_VERSION_ID_MARKER)
                    .at(Location::Query("version-id-marker")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt(
                    "OptionalObjectAttributes",
                    &S_OPTIONAL_OBJECT_ATTRIBUTES_LIST,
                )
                .at(Location::Header("x-amz-optional-object-attributes")),
            ],
            output: &[
                Member::opt("IsTruncated", &S_IS_TRUNCATED),
                Member::opt("KeyMarker", &S_KEY_MARKER),
                Member::opt("VersionIdMarker", &S_VERSION_ID_MARKER),
                Member::opt("NextKeyMarker", &S_NEXT_KEY_MARKER),
                Member::opt("NextVersionIdMarker", &S_NEXT_VERSION_ID_MARKER),
                Member::opt("Versions", &S_OBJECT_VERSION_LIST)
                    .xml("Version")
                    .flat(),
                Member::opt("DeleteMarkers", &S_DELETE_MARKERS)
                    .xml("DeleteMarker")
                    .flat(),
                Member::opt("Name", &S_BUCKET_NAME),
                Member::opt("Prefix", &S_PREFIX),
                Member::opt("Delimiter", &S_DELIMITER),
                Member::opt("MaxKeys", &S_MAX_KEYS),
                Member::opt("CommonPrefixes", &S_COMMON_PREFIX_LIST).flat(),
                Member::opt("EncodingType", &S_ENCODING_TYPE),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
            ],
        },
        OperationSpec {
            name: "ListObjects",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("Delimiter", &S_DELIMITER).at(Location::Query("delimiter")),
                Member::opt("EncodingType", &S_ENCODING_TYPE).at(Location::Query("encoding-type")),
                Member::opt("Marker", &S_MARKER).at(Location::Query("marker")),
                Member::opt("MaxKeys", &S_MAX_KEYS).at(Location::Query("max-keys")),
                Member::opt("Prefix", &S_PREFIX).at(Location::Query("prefix")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt(
                    "OptionalObjectAttributes",
                    &S_OPTIONAL_OBJECT_ATTRIBUTES_LIST,
                )
                .at(Location::Header("x-amz-optional-object-attributes")),
            ],
            output: &[
                Member::opt("IsTruncated", &S_IS_TRUNCATED),
                Member::opt("Marker", &S_MARKER),
                Member::opt("NextMarker", &S_NEXT_MARKER),
                Member::opt("Contents", &S_OBJECT_LIST).flat(),
                Member::opt("Name", &S_BUCKET_NAME),
                Member::opt("Prefix", &S_PREFIX),
                Member::opt("Delimiter", &S_DELIMITER),
                Member::opt("MaxKeys", &S_MAX_KEYS),
                Member::opt("CommonPrefixes", &S_COMMON_PREFIX_LIST).flat(),
                Member::opt("EncodingType", &S_ENCODING_TYPE),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
            ],
        },
        OperationSpec {
            name: "ListObjectsV2",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("Delimiter", &S_DELIMITER).at(Location::Query("delimiter")),
                Member::opt("EncodingType", &S_ENCODING_TYPE).at(Location::Query("encoding-type")),
                Member::opt("MaxKeys", &S_MAX_KEYS).at(Location::Query("max-keys")),
                Member::opt("Prefix", &S_PREFIX).at(Location::Query("prefix")),
                Member::opt("ContinuationToken", &S_TOKEN)
                    .at(Location::Query("continuation-token")),
                Member::opt("FetchOwner", &S_FETCH_OWNER).at(Location::Query("fetch-owner")),
                Member::opt("StartAfter", &S_START_AFTER).at(Location::Query("start-after")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt(
                    "OptionalObjectAttributes",
                    &S_OPTIONAL_OBJECT_ATTRIBUTES_LIST,
                )
                .at(Location::Header("x-amz-optional-object-attributes")),
            ],
            output: &[
                Member::opt("IsTruncated", &S_IS_TRUNCATED),
                Member::opt("Contents", &S_OBJECT_LIST).flat(),
                Member::opt("Name", &S_BUCKET_NAME),
                Member::opt("Prefix", &S_PREFIX),
                Member::opt("Delimiter", &S_DELIMITER),
                Member::opt("MaxKeys", &S_MAX_KEYS),
                Member::opt("CommonPrefixes", &S_COMMON_PREFIX_LIST).flat(),
                Member::opt("EncodingType", &S_ENCODING_TYPE),
                Member::opt("KeyCount", &S_KEY_COUNT),
                Member::opt("ContinuationToken", &S_TOKEN),
                Member::opt("NextContinuationToken", &S_NEXT_TOKEN),
                Member::opt("StartAfter", &S_START_AFTER),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
            ],
        },
        OperationSpec {
            name: "ListParts",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("MaxParts", &S_MAX_PARTS).at(Location::Query("max-parts")),
                Member::opt("PartNumberMarker", &S_PART_NUMBER_MARKER)
                    .at(Location::Query("part-number-marker")),
                Member::req("UploadId", &S_MULTIPART_UPLOAD_ID).at(Location::Query("uploadId")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKey", &S_SSECUSTOMER_KEY).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
            ],
            output: &[
                Member::opt("AbortDate", &S_ABORT_DATE).at(Location::Header("x-amz-abort-date")),
                Member::opt("AbortRuleId", &S_ABORT_RULE_ID)
                    .at(Location::Header("x-amz-abort-rule-id")),
                Member::opt("Bucket", &S_BUCKET_NAME),
                Member::opt("Key", &S_OBJECT_KEY),
                Member::opt("UploadId", &S_MULTIPART_UPLOAD_ID),
                Member::opt("PartNumberMarker", &S_PART_NUMBER_MARKER),
                Member::opt("NextPartNumberMarker", &S_NEXT_PART_NUMBER_MARKER),
                Member::opt("MaxParts", &S_MAX_PARTS),
                Member::opt("IsTruncated", &S_IS_TRUNCATED),
                Member::opt("Parts", &S_PARTS).xml("Part").flat(),
                Member::opt("Initiator", &S_INITIATOR),
                Member::opt("Owner", &S_OWNER),
                Member::opt("StorageClass", &S_STORAGE_CLASS),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM),
                Member::opt("ChecksumType", &S_CHECKSUM_TYPE),
            ],
        },
        OperationSpec {
            name: "PutBucketAbac",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::req("AbacStatus", &S_ABAC_STATUS).at(Location::Payload),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketAccelerateConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("AccelerateConfiguration", &S_ACCELERATE_CONFIGURATION)
                    .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketAcl",
            input: &[
                Member::opt("ACL", &S_BUCKET_CANNED_ACL).at(Location::Header("x-amz-acl")),
                Member::opt("AccessControlPolicy", &S_ACCESS_CONTROL_POLICY).at(Location::Payload),
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("GrantFullControl", &S_GRANT_FULL_CONTROL)
                    .at(Location::Header("x-amz-grant-full-control")),
                Member::opt("GrantRead", &S_GRANT_READ).at(Location::Header("x-amz-grant-read")),
                Member::opt("GrantReadACP", &S_GRANT_READ_ACP)
                    .at(Location::Header("x-amz-grant-read-acp")),
                Member::opt("GrantWrite", &S_GRANT_WRITE).at(Location::Header("x-amz-grant-write")),
                Member::opt("GrantWriteACP", &S_GRANT_WRITE_ACP)
                    .at(Location::Header("x-amz-grant-write-acp")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketAnalyticsConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Id", &S_ANALYTICS_ID).at(Location::Query("id")),
                Member::req("AnalyticsConfiguration", &S_ANALYTICS_CONFIGURATION)
                    .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketCors",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("CORSConfiguration", &S_CORSCONFIGURATION).at(Location::Payload),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketEncryption",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::req(
                    "ServerSideEncryptionConfiguration",
                    &S_SERVER_SIDE_ENCRYPTION_CONFIGURATION,
                )
                .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketIntelligentTieringConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Id", &S_INTELLIGENT_TIERING_ID).at(Location::Query("id")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::req(
                    "IntelligentTieringConfiguration",
                    &S_INTELLIGENT_TIERING_CONFIGURATION,
                )
                .at(Location::Payload),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketInventoryConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Id", &S_INVENTORY_ID).at(Location::Query("id")),
                Member::req("InventoryConfiguration", &S_INVENTORY_CONFIGURATION)
                    .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketLifecycle",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("LifecycleConfiguration", &S_LIFECYCLE_CONFIGURATION)
                    .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketLifecycleConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("LifecycleConfiguration", &S_BUCKET_LIFECYCLE_CONFIGURATION)
                    .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt(
                    "TransitionDefaultMinimumObjectSize",
                    &S_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE,
                )
                .at(Location::Header(
                    "x-amz-transition-default-minimum-object-size",
                )),
            ],
            output: &[Member::opt(
                "TransitionDefaultMinimumObjectSize",
                &S_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE,
            )
            .at(Location::Header(
                "x-amz-transition-default-minimum-object-size",
            ))],
        },
        OperationSpec {
            name: "PutBucketLogging",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("BucketLoggingStatus", &S_BUCKET_LOGGING_STATUS).at(Location::Payload),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketMetricsConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Id", &S_METRICS_ID).at(Location::Query("id")),
                Member::req("MetricsConfiguration", &S_METRICS_CONFIGURATION).at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketNotification",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::req(
                    "NotificationConfiguration",
                    &S_NOTIFICATION_CONFIGURATION_DEPRECATED,
                )
                .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketNotificationConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("NotificationConfiguration", &S_NOTIFICATION_CONFIGURATION)
                    .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("SkipDestinationValidation", &S_SKIP_VALIDATION)
                    .at(Location::Header("x-amz-skip-destination-validation")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketOwnershipControls",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::req("OwnershipControls", &S_OWNERSHIP_CONTROLS).at(Location::Payload),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketPolicy",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt(
                    "ConfirmRemoveSelfBucketAccess",
                    &S_CONFIRM_REMOVE_SELF_BUCKET_ACCESS,
                )
                .at(Location::Header("x-amz-confirm-remove-self-bucket-access")),
                Member::req("Policy", &S_POLICY).at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketReplication",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::req("ReplicationConfiguration", &S_REPLICATION_CONFIGURATION)
                    .at(Location::Payload),
                Member::opt("Token", &S_OBJECT_LOCK_TOKEN)
                    .at(Location::Header("x-amz-bucket-object-lock-token")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketRequestPayment",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::req(
                    "RequestPaymentConfiguration",
                    &S_REQUEST_PAYMENT_CONFIGURATION,
                )
                .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketTagging",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::req("Tagging", &S_TAGGING).at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketVersioning",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("MFA", &S_MFA).at(Location::Header("x-amz-mfa")),
                Member::req("VersioningConfiguration", &S_VERSIONING_CONFIGURATION)
                    .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutBucketWebsite",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::req("WebsiteConfiguration", &S_WEBSITE_CONFIGURATION).at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutObject",
            input: &[
                Member::opt("ACL", &S_OBJECT_CANNED_ACL).at(Location::Header("x-amz-acl")),
                Member::opt("Body", &S_BODY).at(Location::Payload),
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("CacheControl", &S_CACHE_CONTROL).at(Location::Header("Cache-Control")),
                Member::opt("ContentDisposition", &S_CONTENT_DISPOSITION)
                    .at(Location::Header("Content-Disposition")),
                Member::opt("ContentEncoding", &S_CONTENT_ENCODING)
                    .at(Location::Header("Content-Encoding")),
                Member::opt("ContentLanguage", &S_CONTENT_LANGUAGE)
                    .at(Location::Header("Content-Language")),
                Member::opt("ContentLength", &S_CONTENT_LENGTH)
                    .at(Location::Header("Content-Length")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ContentType", &S_CONTENT_TYPE).at(Location::Header("Content-Type")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32)
                    .at(Location::Header("x-amz-checksum-crc32")),
                Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C)
                    .at(Location::Header("x-amz-checksum-crc32c")),
                Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME)
                    .at(Location::Header("x-amz-checksum-crc64nvme")),
                Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1)
                    .at(Location::Header("x-amz-checksum-sha1")),
                Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256)
                    .at(Location::Header("x-amz-checksum-sha256")),
                Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512)
                    .at(Location::Header("x-amz-checksum-sha512")),
                Member::opt("ChecksumMD5", &S_CHECKSUM_MD5)
                    .at(Location::Header("x-amz-checksum-md5")),
                Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64)
                    .at(Location::Header("x-amz-checksum-xxhash64")),
                Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3)
                    .at(Location::Header("x-amz-checksum-xxhash3")),
                Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128)
                    .at(Location::Header("x-amz-checksum-xxhash128")),
                Member::opt("Expires", &S_EXPIRES).at(Location::Header("Expires")),
                Member::opt("IfMatch", &S_IF_MATCH).at(Location::Header("If-Match")),
                Member::opt("IfNoneMatch", &S_IF_NONE_MATCH).at(Location::Header("If-None-Match")),
                Member::opt("GrantFullControl", &S_GRANT_FULL_CONTROL)
                    .at(Location::Header("x-amz-grant-full-control")),
                Member::opt("GrantRead", &S_GRANT_READ).at(Location::Header("x-amz-grant-read")),
                Member::opt("GrantReadACP", &S_GRANT_READ_ACP)
                    .at(Location::Header("x-amz-grant-read-acp")),
                Member::opt("GrantWriteACP", &S_GRANT_WRITE_ACP)
                    .at(Location::Header("x-amz-grant-write-acp")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("WriteOffsetBytes", &S_WRITE_OFFSET_BYTES)
                    .at(Location::Header("x-amz-write-offset-bytes")),
                Member::opt("Metadata", &S_METADATA).at(Location::Headers("x-amz-meta-")),
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION)
                    .at(Location::Header("x-amz-server-side-encryption")),
                Member::opt("StorageClass", &S_STORAGE_CLASS)
                    .at(Location::Header("x-amz-storage-class")),
                Member::opt("WebsiteRedirectLocation", &S_WEBSITE_REDIRECT_LOCATION)
                    .at(Location::Header("x-amz-website-redirect-location")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKey", &S_SSECUSTOMER_KEY).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("SSEKMSEncryptionContext", &S_SSEKMSENCRYPTION_CONTEXT)
                    .at(Location::Header("x-amz-server-side-encryption-context")),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-server-side-encryption-bucket-key-enabled",
                )),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("Tagging", &S_TAGGING_HEADER).at(Location::Header("x-amz-tagging")),
                Member::opt("ObjectLockMode", &S_OBJECT_LOCK_MODE)
                    .at(Location::Header("x-amz-object-lock-mode")),
                Member::opt(
                    "ObjectLockRetainUntilDate",
                    &S_OBJECT_LOCK_RETAIN_UNTIL_DATE,
                )
                .at(Location::Header("x-amz-object-lock-retain-until-date")),
                Member::opt(
                    "ObjectLockLegalHoldStatus",
                    &S_OBJECT_LOCK_LEGAL_HOLD_STATUS,
                )
                .at(Location::Header("x-amz-object-lock-legal-hold")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("Expiration", &S_EXPIRATION).at(Location::Header("x-amz-expiration")),
                Member::opt("ETag", &S_ETAG).at(Location::Header("ETag")),
                Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32)
                    .at(Location::Header("x-amz-checksum-crc32")),
                Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C)
                    .at(Location::Header("x-amz-checksum-crc32c")),
                Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME)
                    .at(Location::Header("x-amz-checksum-crc64nvme")),
                Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1)
                    .at(Location::Header("x-amz-checksum-sha1")),
                Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256)
                    .at(Location::Header("x-amz-checksum-sha256")),
                Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512)
                    .at(Location::Header("x-amz-checksum-sha512")),
                Member::opt("ChecksumMD5", &S_CHECKSUM_MD5)
                    .at(Location::Header("x-amz-checksum-md5")),
                Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64)
                    .at(Location::Header("x-amz-checksum-xxhash64")),
                Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3)
                    .at(Location::Header("x-amz-checksum-xxhash3")),
                Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128)
                    .at(Location::Header("x-amz-checksum-xxhash128")),
                Member::opt("ChecksumType", &S_CHECKSUM_TYPE)
                    .at(Location::Header("x-amz-checksum-type")),
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION)
                    .at(Location::Header("x-amz-server-side-encryption")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID)
                    .at(Location::Header("x-amz-version-id")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("SSEKMSEncryptionContext", &S_SSEKMSENCRYPTION_CONTEXT)
                    .at(Location::Header("x-amz-server-side-encryption-context")),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-server-side-encryption-bucket-key-enabled",
                )),
                Member::opt("Size", &S_SIZE).at(Location::Header("x-amz-object-size")),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
            ],
        },
        OperationSpec {
            name: "PutObjectAcl",
            input: &[
                Member::opt("ACL", &S_OBJECT_CANNED_ACL).at(Location::Header("x-amz-acl")),
                Member::opt("AccessControlPolicy", &S_ACCESS_CONTROL_POLICY).at(Location::Payload),
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("GrantFullControl", &S_GRANT_FULL_CONTROL)
                    .at(Location::Header("x-amz-grant-full-control")),
                Member::opt("GrantRead", &S_GRANT_READ).at(Location::Header("x-amz-grant-read")),
                Member::opt("GrantReadACP", &S_GRANT_READ_ACP)
                    .at(Location::Header("x-amz-grant-read-acp")),
                Member::opt("GrantWrite", &S_GRANT_WRITE).at(Location::Header("x-amz-grant-write")),
                Member::opt("GrantWriteACP", &S_GRANT_WRITE_ACP)
                    .at(Location::Header("x-amz-grant-write-acp")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                .at(Location::Header("x-amz-request-charged"))],
        },
        OperationSpec {
            name: "PutObjectLegalHold",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("LegalHold", &S_OBJECT_LOCK_LEGAL_HOLD).at(Location::Payload),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                .at(Location::Header("x-amz-request-charged"))],
        },
        OperationSpec {
            name: "PutObjectLockConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ObjectLockConfiguration", &S_OBJECT_LOCK_CONFIGURATION)
                    .at(Location::Payload),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("Token", &S_OBJECT_LOCK_TOKEN)
                    .at(Location::Header("x-amz-bucket-object-lock-token")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                .at(Location::Header("x-amz-request-charged"))],
        },
        OperationSpec {
            name: "PutObjectRetention",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("Retention", &S_OBJECT_LOCK_RETENTION).at(Location::Payload),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("BypassGovernanceRetention", &S_BYPASS_GOVERNANCE_RETENTION)
                    .at(Location::Header("x-amz-bypass-governance-retention")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                .at(Location::Header("x-amz-request-charged"))],
        },
        OperationSpec {
            name: "PutObjectTagging",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::req("Tagging", &S_TAGGING).at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
            ],
            output: &[Member::opt("VersionId", &S_OBJECT_VERSION_ID)
                .at(Location::Header("x-amz-version-id"))],
        },
        OperationSpec {
            name: "PutPublicAccessBlock",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::req(
                    "PublicAccessBlockConfiguration",
                    &S_PUBLIC_ACCESS_BLOCK_CONFIGURATION,
                )
                .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "RenameObject",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::req("RenameSource", &S_RENAME_SOURCE)
                    .at(Location::Header("x-amz-rename-source")),
                Member::opt("DestinationIfMatch", &S_IF_MATCH).at(Location::Header("If-Match")),
                Member::opt("DestinationIfNoneMatch", &S_IF_NONE_MATCH)
                    .at(Location::Header("If-None-Match")),
                Member::opt("DestinationIfModifiedSince", &S_IF_MODIFIED_SINCE)
                    .at(Location::Header("If-Modified-Since")),
                Member::opt("DestinationIfUnmodifiedSince", &S_IF_UNMODIFIED_SINCE)
                    .at(Location::Header("If-Unmodified-Since")),
                Member::opt("SourceIfMatch", &S_RENAME_SOURCE_IF_MATCH)
                    .at(Location::Header("x-amz-rename-source-if-match")),
                Member::opt("SourceIfNoneMatch", &S_RENAME_SOURCE_IF_NONE_MATCH)
                    .at(Location::Header("x-amz-rename-source-if-none-match")),
                Member::opt("SourceIfModifiedSince", &S_RENAME_SOURCE_IF_MODIFIED_SINCE)
                    .at(Location::Header("x-amz-rename-source-if-modified-since")),
                Member::opt(
                    "SourceIfUnmodifiedSince",
                    &S_RENAME_SOURCE_IF_UNMODIFIED_SINCE,
                )
                .at(Location::Header("x-amz-rename-source-if-unmodified-since")),
                Member::opt("ClientToken", &S_CLIENT_TOKEN)
                    .at(Location::Header("x-amz-client-token")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "RestoreObject",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::opt("RestoreRequest", &S_RESTORE_REQUEST).at(Location::Payload),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
                Member::opt("RestoreOutputPath", &S_RESTORE_OUTPUT_PATH)
                    .at(Location::Header("x-amz-restore-output-path")),
            ],
        },
        OperationSpec {
            name: "SelectObjectContent",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKey", &S_SSECUSTOMER_KEY).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::req("Expression", &S_EXPRESSION),
                Member::req("ExpressionType", &S_EXPRESSION_TYPE),
                Member::opt("RequestProgress", &S_REQUEST_PROGRESS),
                Member::req("InputSerialization", &S_INPUT_SERIALIZATION),
                Member::req("OutputSerialization", &S_OUTPUT_SERIALIZATION),
                Member::opt("ScanRange", &S_SCAN_RANGE),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("Payload", &S_SELECT_OBJECT_CONTENT_EVENT_STREAM).at(Location::Payload),
            ],
        },
        OperationSpec {
            name: "UpdateBucketMetadataInventoryTableConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::req(
                    "InventoryTableConfiguration",
                    &S_INVENTORY_TABLE_CONFIGURATION_UPDATES,
                )
                .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UpdateBucketMetadataJournalTableConfiguration",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::req(
                    "JournalTableConfiguration",
                    &S_JOURNAL_TABLE_CONFIGURATION_UPDATES,
                )
                .at(Location::Payload),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UpdateObjectEncryption",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID).at(Location::Query("versionId")),
                Member::req("ObjectEncryption", &S_OBJECT_ENCRYPTION).at(Location::Payload),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
            ],
            output: &[Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                .at(Location::Header("x-amz-request-charged"))],
        },
        OperationSpec {
            name: "UploadPart",
            input: &[
                Member::opt("Body", &S_BODY).at(Location::Payload),
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::opt("ContentLength", &S_CONTENT_LENGTH)
                    .at(Location::Header("Content-Length")),
                Member::opt("ContentMD5", &S_CONTENT_MD5).at(Location::Header("Content-MD5")),
                Member::opt("ChecksumAlgorithm", &S_CHECKSUM_ALGORITHM)
                    .at(Location::Header("x-amz-sdk-checksum-algorithm")),
                Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32)
                    .at(Location::Header("x-amz-checksum-crc32")),
                Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C)
                    .at(Location::Header("x-amz-checksum-crc32c")),
                Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME)
                    .at(Location::Header("x-amz-checksum-crc64nvme")),
                Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1)
                    .at(Location::Header("x-amz-checksum-sha1")),
                Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256)
                    .at(Location::Header("x-amz-checksum-sha256")),
                Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512)
                    .at(Location::Header("x-amz-checksum-sha512")),
                Member::opt("ChecksumMD5", &S_CHECKSUM_MD5)
                    .at(Location::Header("x-amz-checksum-md5")),
                Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64)
                    .at(Location::Header("x-amz-checksum-xxhash64")),
                Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3)
                    .at(Location::Header("x-amz-checksum-xxhash3")),
                Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128)
                    .at(Location::Header("x-amz-checksum-xxhash128")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::req("PartNumber", &S_PART_NUMBER).at(Location::Query("partNumber")),
                Member::req("UploadId", &S_MULTIPART_UPLOAD_ID).at(Location::Query("uploadId")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKey", &S_SSECUSTOMER_KEY).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION)
                    .at(Location::Header("x-amz-server-side-encryption")),
                Member::opt("ETag", &S_ETAG).at(Location::Header("ETag")),
                Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32)
                    .at(Location::Header("x-amz-checksum-crc32")),
                Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C)
                    .at(Location::Header("x-amz-checksum-crc32c")),
                Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME)
                    .at(Location::Header("x-amz-checksum-crc64nvme")),
                Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1)
                    .at(Location::Header("x-amz-checksum-sha1")),
                Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256)
                    .at(Location::Header("x-amz-checksum-sha256")),
                Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512)
                    .at(Location::Header("x-amz-checksum-sha512")),
                Member::opt("ChecksumMD5", &S_CHECKSUM_MD5)
                    .at(Location::Header("x-amz-checksum-md5")),
                Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64)
                    .at(Location::Header("x-amz-checksum-xxhash64")),
                Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3)
                    .at(Location::Header("x-amz-checksum-xxhash3")),
                Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128)
                    .at(Location::Header("x-amz-checksum-xxhash128")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-server-side-encryption-bucket-key-enabled",
                )),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
            ],
        },
        OperationSpec {
            name: "UploadPartCopy",
            input: &[
                Member::req("Bucket", &S_BUCKET_NAME).at(Location::Uri("Bucket")),
                Member::req("CopySource", &S_COPY_SOURCE).at(Location::Header("x-amz-copy-source")),
                Member::opt("CopySourceIfMatch", &S_COPY_SOURCE_IF_MATCH)
                    .at(Location::Header("x-amz-copy-source-if-match")),
                Member::opt(
                    "CopySourceIfModifiedSince",
                    &S_COPY_SOURCE_IF_MODIFIED_SINCE,
                )
                .at(Location::Header("x-amz-copy-source-if-modified-since")),
                Member::opt("CopySourceIfNoneMatch", &S_COPY_SOURCE_IF_NONE_MATCH)
                    .at(Location::Header("x-amz-copy-source-if-none-match")),
                Member::opt(
                    "CopySourceIfUnmodifiedSince",
                    &S_COPY_SOURCE_IF_UNMODIFIED_SINCE,
                )
                .at(Location::Header("x-amz-copy-source-if-unmodified-since")),
                Member::opt("CopySourceRange", &S_COPY_SOURCE_RANGE)
                    .at(Location::Header("x-amz-copy-source-range")),
                Member::req("Key", &S_OBJECT_KEY).at(Location::Uri("Key")),
                Member::req("PartNumber", &S_PART_NUMBER).at(Location::Query("partNumber")),
                Member::req("UploadId", &S_MULTIPART_UPLOAD_ID).at(Location::Query("uploadId")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKey", &S_SSECUSTOMER_KEY).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt(
                    "CopySourceSSECustomerAlgorithm",
                    &S_COPY_SOURCE_SSECUSTOMER_ALGORITHM,
                )
                .at(Location::Header(
                    "x-amz-copy-source-server-side-encryption-customer-algorithm",
                )),
                Member::opt("CopySourceSSECustomerKey", &S_COPY_SOURCE_SSECUSTOMER_KEY).at(
                    Location::Header("x-amz-copy-source-server-side-encryption-customer-key"),
                ),
                Member::opt(
                    "CopySourceSSECustomerKeyMD5",
                    &S_COPY_SOURCE_SSECUSTOMER_KEY_MD5,
                )
                .at(Location::Header(
                    "x-amz-copy-source-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("RequestPayer", &S_REQUEST_PAYER)
                    .at(Location::Header("x-amz-request-payer")),
                Member::opt("ExpectedBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-expected-bucket-owner")),
                Member::opt("ExpectedSourceBucketOwner", &S_ACCOUNT_ID)
                    .at(Location::Header("x-amz-source-expected-bucket-owner")),
            ],
            output: &[
                Member::opt("CopySourceVersionId", &S_COPY_SOURCE_VERSION_ID)
                    .at(Location::Header("x-amz-copy-source-version-id")),
                Member::opt("CopyPartResult", &S_COPY_PART_RESULT).at(Location::Payload),
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION)
                    .at(Location::Header("x-amz-server-side-encryption")),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-server-side-encryption-bucket-key-enabled",
                )),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-request-charged")),
            ],
        },
        OperationSpec {
            name: "WriteGetObjectResponse",
            input: &[
                Member::req("RequestRoute", &S_REQUEST_ROUTE)
                    .at(Location::Header("x-amz-request-route")),
                Member::req("RequestToken", &S_REQUEST_TOKEN)
                    .at(Location::Header("x-amz-request-token")),
                Member::opt("Body", &S_BODY).at(Location::Payload),
                Member::opt("StatusCode", &S_GET_OBJECT_RESPONSE_STATUS_CODE)
                    .at(Location::Header("x-amz-fwd-status")),
                Member::opt("ErrorCode", &S_ERROR_CODE)
                    .at(Location::Header("x-amz-fwd-error-code")),
                Member::opt("ErrorMessage", &S_ERROR_MESSAGE)
                    .at(Location::Header("x-amz-fwd-error-message")),
                Member::opt("AcceptRanges", &S_ACCEPT_RANGES)
                    .at(Location::Header("x-amz-fwd-header-accept-ranges")),
                Member::opt("CacheControl", &S_CACHE_CONTROL)
                    .at(Location::Header("x-amz-fwd-header-Cache-Control")),
                Member::opt("ContentDisposition", &S_CONTENT_DISPOSITION)
                    .at(Location::Header("x-amz-fwd-header-Content-Disposition")),
                Member::opt("ContentEncoding", &S_CONTENT_ENCODING)
                    .at(Location::Header("x-amz-fwd-header-Content-Encoding")),
                Member::opt("ContentLanguage", &S_CONTENT_LANGUAGE)
                    .at(Location::Header("x-amz-fwd-header-Content-Language")),
                Member::opt("ContentLength", &S_CONTENT_LENGTH)
                    .at(Location::Header("Content-Length")),
                Member::opt("ContentRange", &S_CONTENT_RANGE)
                    .at(Location::Header("x-amz-fwd-header-Content-Range")),
                Member::opt("ContentType", &S_CONTENT_TYPE)
                    .at(Location::Header("x-amz-fwd-header-Content-Type")),
                Member::opt("ChecksumCRC32", &S_CHECKSUM_CRC32)
                    .at(Location::Header("x-amz-fwd-header-x-amz-checksum-crc32")),
                Member::opt("ChecksumCRC32C", &S_CHECKSUM_CRC32_C)
                    .at(Location::Header("x-amz-fwd-header-x-amz-checksum-crc32c")),
                Member::opt("ChecksumCRC64NVME", &S_CHECKSUM_CRC64_NVME).at(Location::Header(
                    "x-amz-fwd-header-x-amz-checksum-crc64nvme",
                )),
                Member::opt("ChecksumSHA1", &S_CHECKSUM_SHA1)
                    .at(Location::Header("x-amz-fwd-header-x-amz-checksum-sha1")),
                Member::opt("ChecksumSHA256", &S_CHECKSUM_SHA256)
                    .at(Location::Header("x-amz-fwd-header-x-amz-checksum-sha256")),
                Member::opt("ChecksumSHA512", &S_CHECKSUM_SHA512)
                    .at(Location::Header("x-amz-fwd-header-x-amz-checksum-sha512")),
                Member::opt("ChecksumMD5", &S_CHECKSUM_MD5)
                    .at(Location::Header("x-amz-fwd-header-x-amz-checksum-md5")),
                Member::opt("ChecksumXXHASH64", &S_CHECKSUM_XXHASH64)
                    .at(Location::Header("x-amz-fwd-header-x-amz-checksum-xxhash64")),
                Member::opt("ChecksumXXHASH3", &S_CHECKSUM_XXHASH3)
                    .at(Location::Header("x-amz-fwd-header-x-amz-checksum-xxhash3")),
                Member::opt("ChecksumXXHASH128", &S_CHECKSUM_XXHASH128).at(Location::Header(
                    "x-amz-fwd-header-x-amz-checksum-xxhash128",
                )),
                Member::opt("DeleteMarker", &S_DELETE_MARKER)
                    .at(Location::Header("x-amz-fwd-header-x-amz-delete-marker")),
                Member::opt("ETag", &S_ETAG).at(Location::Header("x-amz-fwd-header-ETag")),
                Member::opt("Expires", &S_EXPIRES).at(Location::Header("x-amz-fwd-header-Expires")),
                Member::opt("Expiration", &S_EXPIRATION)
                    .at(Location::Header("x-amz-fwd-header-x-amz-expiration")),
                Member::opt("LastModified", &S_LAST_MODIFIED)
                    .at(Location::Header("x-amz-fwd-header-Last-Modified")),
                Member::opt("MissingMeta", &S_MISSING_META)
                    .at(Location::Header("x-amz-fwd-header-x-amz-missing-meta")),
                Member::opt("Metadata", &S_METADATA).at(Location::Headers("x-amz-meta-")),
                Member::opt("ObjectLockMode", &S_OBJECT_LOCK_MODE)
                    .at(Location::Header("x-amz-fwd-header-x-amz-object-lock-mode")),
                Member::opt(
                    "ObjectLockLegalHoldStatus",
                    &S_OBJECT_LOCK_LEGAL_HOLD_STATUS,
                )
                .at(Location::Header(
                    "x-amz-fwd-header-x-amz-object-lock-legal-hold",
                )),
                Member::opt(
                    "ObjectLockRetainUntilDate",
                    &S_OBJECT_LOCK_RETAIN_UNTIL_DATE,
                )
                .at(Location::Header(
                    "x-amz-fwd-header-x-amz-object-lock-retain-until-date",
                )),
                Member::opt("PartsCount", &S_PARTS_COUNT)
                    .at(Location::Header("x-amz-fwd-header-x-amz-mp-parts-count")),
                Member::opt("ReplicationStatus", &S_REPLICATION_STATUS).at(Location::Header(
                    "x-amz-fwd-header-x-amz-replication-status",
                )),
                Member::opt("RequestCharged", &S_REQUEST_CHARGED)
                    .at(Location::Header("x-amz-fwd-header-x-amz-request-charged")),
                Member::opt("Restore", &S_RESTORE)
                    .at(Location::Header("x-amz-fwd-header-x-amz-restore")),
                Member::opt("ServerSideEncryption", &S_SERVER_SIDE_ENCRYPTION).at(
                    Location::Header("x-amz-fwd-header-x-amz-server-side-encryption"),
                ),
                Member::opt("SSECustomerAlgorithm", &S_SSECUSTOMER_ALGORITHM).at(Location::Header(
                    "x-amz-fwd-header-x-amz-server-side-encryption-customer-algorithm",
                )),
                Member::opt("SSEKMSKeyId", &S_SSEKMSKEY_ID).at(Location::Header(
                    "x-amz-fwd-header-x-amz-server-side-encryption-aws-kms-key-id",
                )),
                Member::opt("SSECustomerKeyMD5", &S_SSECUSTOMER_KEY_MD5).at(Location::Header(
                    "x-amz-fwd-header-x-amz-server-side-encryption-customer-key-MD5",
                )),
                Member::opt("StorageClass", &S_STORAGE_CLASS)
                    .at(Location::Header("x-amz-fwd-header-x-amz-storage-class")),
                Member::opt("TagCount", &S_TAG_COUNT)
                    .at(Location::Header("x-amz-fwd-header-x-amz-tagging-count")),
                Member::opt("VersionId", &S_OBJECT_VERSION_ID)
                    .at(Location::Header("x-amz-fwd-header-x-amz-version-id")),
                Member::opt("BucketKeyEnabled", &S_BUCKET_KEY_ENABLED).at(Location::Header(
                    "x-amz-fwd-header-x-amz-server-side-encryption-bucket-key-enabled",
                )),
            ],
            output: &[],
        },
    ],
    http: &[
        HttpBinding {
            operation: "AbortMultipartUpload",
            method: "DELETE",
            request_uri: "/{Bucket}/{Key+}",
            response_code: 204,
        },
        HttpBinding {
            operation: "CompleteMultipartUpload",
            method: "POST",
            request_uri: "/{Bucket}/{Key+}",
            response_code: 200,
        },
        HttpBinding {
            operation: "CopyObject",
            method: "PUT",
            request_uri: "/{Bucket}/{Key+}",
            response_code: 200,
        },
        HttpBinding {
            operation: "CreateBucket",
            method: "PUT",
            request_uri: "/{Bucket}",
            response_code: 200,
        },
        HttpBinding {
            operation: "CreateBucketMetadataConfiguration",
            method: "POST",
            request_uri: "/{Bucket}?metadataConfiguration",
            response_code: 200,
        },
        HttpBinding {
            operation: "CreateBucketMetadataTableConfiguration",
            method: "POST",
            request_uri: "/{Bucket}?metadataTable",
            response_code: 200,
        },
        HttpBinding {
            operation: "CreateMultipartUpload",
            method: "POST",
            request_uri: "/{Bucket}/{Key+}?uploads",
            response_code: 200,
        },
        HttpBinding {
            operation: "CreateSession",
            method: "GET",
            request_uri: "/{Bucket}?session",
            response_code: 200,
        },
        HttpBinding {
            operation: "DeleteBucket",
            method: "DELETE",
            request_uri: "/{Bucket}",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketAnalyticsConfiguration",
            method: "DELETE",
            request_uri: "/{Bucket}?analytics",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketCors",
            method: "DELETE",
            request_uri: "/{Bucket}?cors",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketEncryption",
            method: "DELETE",
            request_uri: "/{Bucket}?encryption",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketIntelligentTieringConfiguration",
            method: "DELETE",
            request_uri: "/{Bucket}?intelligent-tiering",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketInventoryConfiguration",
            method: "DELETE",
            request_uri: "/{Bucket}?inventory",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketLifecycle",
            method: "DELETE",
            request_uri: "/{Bucket}?lifecycle",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketMetadataConfiguration",
            method: "DELETE",
            request_uri: "/{Bucket}?metadataConfiguration",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketMetadataTableConfiguration",
            method: "DELETE",
            request_uri: "/{Bucket}?metadataTable",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketMetricsConfiguration",
            method: "DELETE",
            request_uri: "/{Bucket}?metrics",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketOwnershipControls",
            method: "DELETE",
            request_uri: "/{Bucket}?ownershipControls",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketPolicy",
            method: "DELETE",
            request_uri: "/{Bucket}?policy",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketReplication",
            method: "DELETE",
            request_uri: "/{Bucket}?replication",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketTagging",
            method: "DELETE",
            request_uri: "/{Bucket}?tagging",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteBucketWebsite",
            method: "DELETE",
            request_uri: "/{Bucket}?website",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteObject",
            method: "DELETE",
            request_uri: "/{Bucket}/{Key+}",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteObjectTagging",
            method: "DELETE",
            request_uri: "/{Bucket}/{Key+}?tagging",
            response_code: 204,
        },
        HttpBinding {
            operation: "DeleteObjects",
            method: "POST",
            request_uri: "/{Bucket}?delete",
            response_code: 200,
        },
        HttpBinding {
            operation: "DeletePublicAccessBlock",
            method: "DELETE",
            request_uri: "/{Bucket}?publicAccessBlock",
            response_code: 204,
        },
        HttpBinding {
            operation: "GetBucketAbac",
            method: "GET",
            request_uri: "/{Bucket}?abac",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketAccelerateConfiguration",
            method: "GET",
            request_uri: "/{Bucket}?accelerate",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketAcl",
            method: "GET",
            request_uri: "/{Bucket}?acl",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketAnalyticsConfiguration",
            method: "GET",
            request_uri: "/{Bucket}?analytics",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketCors",
            method: "GET",
            request_uri: "/{Bucket}?cors",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketEncryption",
            method: "GET",
            request_uri: "/{Bucket}?encryption",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketIntelligentTieringConfiguration",
            method: "GET",
            request_uri: "/{Bucket}?intelligent-tiering",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketInventoryConfiguration",
            method: "GET",
            request_uri: "/{Bucket}?inventory",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketLifecycleConfiguration",
            method: "GET",
            request_uri: "/{Bucket}?lifecycle",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketLocation",
            method: "GET",
            request_uri: "/{Bucket}?location",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketLogging",
            method: "GET",
            request_uri: "/{Bucket}?logging",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketMetadataConfiguration",
            method: "GET",
            request_uri: "/{Bucket}?metadataConfiguration",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketMetadataTableConfiguration",
            method: "GET",
            request_uri: "/{Bucket}?metadataTable",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketMetricsConfiguration",
            method: "GET",
            request_uri: "/{Bucket}?metrics",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketNotificationConfiguration",
            method: "GET",
            request_uri: "/{Bucket}?notification",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketOwnershipControls",
            method: "GET",
            request_uri: "/{Bucket}?ownershipControls",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketPolicy",
            method: "GET",
            request_uri: "/{Bucket}?policy",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketPolicyStatus",
            method: "GET",
            request_uri: "/{Bucket}?policyStatus",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketReplication",
            method: "GET",
            request_uri: "/{Bucket}?replication",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketRequestPayment",
            method: "GET",
            request_uri: "/{Bucket}?requestPayment",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketTagging",
            method: "GET",
            request_uri: "/{Bucket}?tagging",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketVersioning",
            method: "GET",
            request_uri: "/{Bucket}?versioning",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetBucketWebsite",
            method: "GET",
            request_uri: "/{Bucket}?website",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetObject",
            method: "GET",
            request_uri: "/{Bucket}/{Key+}",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetObjectAcl",
            method: "GET",
            request_uri: "/{Bucket}/{Key+}?acl",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetObjectAttributes",
            method: "GET",
            request_uri: "/{Bucket}/{Key+}?attributes",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetObjectLegalHold",
            method: "GET",
            request_uri: "/{Bucket}/{Key+}?legal-hold",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetObjectLockConfiguration",
            method: "GET",
            request_uri: "/{Bucket}?object-lock",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetObjectRetention",
            method: "GET",
            request_uri: "/{Bucket}/{Key+}?retention",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetObjectTagging",
            method: "GET",
            request_uri: "/{Bucket}/{Key+}?tagging",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetObjectTorrent",
            method: "GET",
            request_uri: "/{Bucket}/{Key+}?torrent",
            response_code: 200,
        },
        HttpBinding {
            operation: "GetPublicAccessBlock",
            method: "GET",
            request_uri: "/{Bucket}?publicAccessBlock",
            response_code: 200,
        },
        HttpBinding {
            operation: "HeadBucket",
            method: "HEAD",
            request_uri: "/{Bucket}",
            response_code: 200,
        },
        HttpBinding {
            operation: "HeadObject",
            method: "HEAD",
            request_uri: "/{Bucket}/{Key+}",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListBucketAnalyticsConfigurations",
            method: "GET",
            request_uri: "/{Bucket}?analytics",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListBucketIntelligentTieringConfigurations",
            method: "GET",
            request_uri: "/{Bucket}?intelligent-tiering",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListBucketInventoryConfigurations",
            method: "GET",
            request_uri: "/{Bucket}?inventory",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListBucketMetricsConfigurations",
            method: "GET",
            request_uri: "/{Bucket}?metrics",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListBuckets",
            method: "GET",
            request_uri: "/",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListDirectoryBuckets",
            method: "GET",
            request_uri: "/",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListMultipartUploads",
            method: "GET",
            request_uri: "/{Bucket}?uploads",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListObjectVersions",
            method: "GET",
            request_uri: "/{Bucket}?versions",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListObjects",
            method: "GET",
            request_uri: "/{Bucket}",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListObjectsV2",
            method: "GET",
            request_uri: "/{Bucket}?list-type=2",
            response_code: 200,
        },
        HttpBinding {
            operation: "ListParts",
            method: "GET",
            request_uri: "/{Bucket}/{Key+}",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketAbac",
            method: "PUT",
            request_uri: "/{Bucket}?abac",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketAccelerateConfiguration",
            method: "PUT",
            request_uri: "/{Bucket}?accelerate",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketAcl",
            method: "PUT",
            request_uri: "/{Bucket}?acl",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketAnalyticsConfiguration",
            method: "PUT",
            request_uri: "/{Bucket}?analytics",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketCors",
            method: "PUT",
            request_uri: "/{Bucket}?cors",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketEncryption",
            method: "PUT",
            request_uri: "/{Bucket}?encryption",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketIntelligentTieringConfiguration",
            method: "PUT",
            request_uri: "/{Bucket}?intelligent-tiering",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketInventoryConfiguration",
            method: "PUT",
            request_uri: "/{Bucket}?inventory",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketLifecycleConfiguration",
            method: "PUT",
            request_uri: "/{Bucket}?lifecycle",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketLogging",
            method: "PUT",
            request_uri: "/{Bucket}?logging",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketMetricsConfiguration",
            method: "PUT",
            request_uri: "/{Bucket}?metrics",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketNotificationConfiguration",
            method: "PUT",
            request_uri: "/{Bucket}?notification",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketOwnershipControls",
            method: "PUT",
            request_uri: "/{Bucket}?ownershipControls",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketPolicy",
            method: "PUT",
            request_uri: "/{Bucket}?policy",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketReplication",
            method: "PUT",
            request_uri: "/{Bucket}?replication",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketRequestPayment",
            method: "PUT",
            request_uri: "/{Bucket}?requestPayment",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketTagging",
            method: "PUT",
            request_uri: "/{Bucket}?tagging",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketVersioning",
            method: "PUT",
            request_uri: "/{Bucket}?versioning",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutBucketWebsite",
            method: "PUT",
            request_uri: "/{Bucket}?website",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutObject",
            method: "PUT",
            request_uri: "/{Bucket}/{Key+}",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutObjectAcl",
            method: "PUT",
            request_uri: "/{Bucket}/{Key+}?acl",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutObjectLegalHold",
            method: "PUT",
            request_uri: "/{Bucket}/{Key+}?legal-hold",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutObjectLockConfiguration",
            method: "PUT",
            request_uri: "/{Bucket}?object-lock",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutObjectRetention",
            method: "PUT",
            request_uri: "/{Bucket}/{Key+}?retention",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutObjectTagging",
            method: "PUT",
            request_uri: "/{Bucket}/{Key+}?tagging",
            response_code: 200,
        },
        HttpBinding {
            operation: "PutPublicAccessBlock",
            method: "PUT",
            request_uri: "/{Bucket}?publicAccessBlock",
            response_code: 200,
        },
        HttpBinding {
            operation: "RenameObject",
            method: "PUT",
            request_uri: "/{Bucket}/{Key+}?renameObject",
            response_code: 200,
        },
        HttpBinding {
            operation: "RestoreObject",
            method: "POST",
            request_uri: "/{Bucket}/{Key+}?restore",
            response_code: 200,
        },
        HttpBinding {
            operation: "SelectObjectContent",
            method: "POST",
            request_uri: "/{Bucket}/{Key+}?select&select-type=2",
            response_code: 200,
        },
        HttpBinding {
            operation: "UpdateBucketMetadataInventoryTableConfiguration",
            method: "PUT",
            request_uri: "/{Bucket}?metadataInventoryTable",
            response_code: 200,
        },
        HttpBinding {
            operation: "UpdateBucketMetadataJournalTableConfiguration",
            method: "PUT",
            request_uri: "/{Bucket}?metadataJournalTable",
            response_code: 200,
        },
        HttpBinding {
            operation: "UpdateObjectEncryption",
            method: "PUT",
            request_uri: "/{Bucket}/{Key+}?encryption",
            response_code: 200,
        },
        HttpBinding {
            operation: "UploadPart",
            method: "PUT",
            request_uri: "/{Bucket}/{Key+}",
            response_code: 200,
        },
        HttpBinding {
            operation: "UploadPartCopy",
            method: "PUT",
            request_uri: "/{Bucket}/{Key+}",
            response_code: 200,
        },
        HttpBinding {
            operation: "WriteGetObjectResponse",
            method: "POST",
            request_uri: "/WriteGetObjectResponse",
            response_code: 200,
        },
    ],
};
