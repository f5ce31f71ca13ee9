//! The Auto Scaling API's operations with their input and output shapes
//! (API version 2011-01-01), generated from AWS's published
//! API model by `scripts/gen_model.py`. Facts only: names, types, required members,
//! the XML names of map keys and values.

use crate::model::{Member, OperationSpec, Service, ServiceSpec, Shape};

static S_XML_STRING_MAX_LEN19: Shape = Shape::String;
static S_INSTANCE_IDS: Shape = Shape::List(&S_XML_STRING_MAX_LEN19);
static S_XML_STRING_MAX_LEN255: Shape = Shape::String;
static S_XML_STRING_MAX_LEN511: Shape = Shape::String;
static S_TARGET_GROUP_ARNS: Shape = Shape::List(&S_XML_STRING_MAX_LEN511);
static S_LOAD_BALANCER_NAMES: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_TRAFFIC_SOURCE_IDENTIFIER: Shape = Shape::Structure(&[
    Member::req("Identifier", &S_XML_STRING_MAX_LEN511),
    Member::opt("Type", &S_XML_STRING_MAX_LEN511),
]);
static S_TRAFFIC_SOURCES: Shape = Shape::List(&S_TRAFFIC_SOURCE_IDENTIFIER);
static S_SKIP_ZONAL_SHIFT_VALIDATION: Shape = Shape::Boolean;
static S_SCHEDULED_ACTION_NAMES: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_XML_STRING_MAX_LEN64: Shape = Shape::String;
static S_XML_STRING: Shape = Shape::String;
static S_FAILED_SCHEDULED_UPDATE_GROUP_ACTION_REQUEST: Shape = Shape::Structure(&[
    Member::req("ScheduledActionName", &S_XML_STRING_MAX_LEN255),
    Member::opt("ErrorCode", &S_XML_STRING_MAX_LEN64),
    Member::opt("ErrorMessage", &S_XML_STRING),
]);
static S_FAILED_SCHEDULED_UPDATE_GROUP_ACTION_REQUESTS: Shape =
    Shape::List(&S_FAILED_SCHEDULED_UPDATE_GROUP_ACTION_REQUEST);
static S_TIMESTAMP_TYPE: Shape = Shape::Timestamp;
static S_AUTO_SCALING_GROUP_MIN_SIZE: Shape = Shape::Integer;
static S_AUTO_SCALING_GROUP_MAX_SIZE: Shape = Shape::Integer;
static S_AUTO_SCALING_GROUP_DESIRED_CAPACITY: Shape = Shape::Integer;
static S_SCHEDULED_UPDATE_GROUP_ACTION_REQUEST: Shape = Shape::Structure(&[
    Member::req("ScheduledActionName", &S_XML_STRING_MAX_LEN255),
    Member::opt("StartTime", &S_TIMESTAMP_TYPE),
    Member::opt("EndTime", &S_TIMESTAMP_TYPE),
    Member::opt("Recurrence", &S_XML_STRING_MAX_LEN255),
    Member::opt("MinSize", &S_AUTO_SCALING_GROUP_MIN_SIZE),
    Member::opt("MaxSize", &S_AUTO_SCALING_GROUP_MAX_SIZE),
    Member::opt("DesiredCapacity", &S_AUTO_SCALING_GROUP_DESIRED_CAPACITY),
    Member::opt("TimeZone", &S_XML_STRING_MAX_LEN255),
]);
static S_SCHEDULED_UPDATE_GROUP_ACTION_REQUESTS: Shape =
    Shape::List(&S_SCHEDULED_UPDATE_GROUP_ACTION_REQUEST);
static S_BOOLEAN_TYPE: Shape = Shape::Boolean;
static S_ASCII_STRING_MAX_LEN255: Shape = Shape::String;
static S_RESOURCE_NAME: Shape = Shape::String;
static S_LIFECYCLE_ACTION_TOKEN: Shape = Shape::String;
static S_LIFECYCLE_ACTION_RESULT: Shape = Shape::String;
static S_LAUNCH_TEMPLATE_NAME: Shape = Shape::String;
static S_LAUNCH_TEMPLATE_SPECIFICATION: Shape = Shape::Structure(&[
    Member::opt("LaunchTemplateId", &S_XML_STRING_MAX_LEN255),
    Member::opt("LaunchTemplateName", &S_LAUNCH_TEMPLATE_NAME),
    Member::opt("Version", &S_XML_STRING_MAX_LEN255),
]);
static S_XML_STRING_MAX_LEN32: Shape = Shape::String;
static S_NULLABLE_POSITIVE_INTEGER: Shape = Shape::Integer;
static S_VCPU_COUNT_REQUEST: Shape = Shape::Structure(&[
    Member::req("Min", &S_NULLABLE_POSITIVE_INTEGER),
    Member::opt("Max", &S_NULLABLE_POSITIVE_INTEGER),
]);
static S_MEMORY_MI_BREQUEST: Shape = Shape::Structure(&[
    Member::req("Min", &S_NULLABLE_POSITIVE_INTEGER),
    Member::opt("Max", &S_NULLABLE_POSITIVE_INTEGER),
]);
static S_CPU_MANUFACTURER: Shape = Shape::String;
static S_CPU_MANUFACTURERS: Shape = Shape::List(&S_CPU_MANUFACTURER);
static S_NULLABLE_POSITIVE_DOUBLE: Shape = Shape::Double;
static S_MEMORY_GI_BPER_VCPU_REQUEST: Shape = Shape::Structure(&[
    Member::opt("Min", &S_NULLABLE_POSITIVE_DOUBLE),
    Member::opt("Max", &S_NULLABLE_POSITIVE_DOUBLE),
]);
static S_EXCLUDED_INSTANCE: Shape = Shape::String;
static S_EXCLUDED_INSTANCE_TYPES: Shape = Shape::List(&S_EXCLUDED_INSTANCE);
static S_INSTANCE_GENERATION: Shape = Shape::String;
static S_INSTANCE_GENERATIONS: Shape = Shape::List(&S_INSTANCE_GENERATION);
static S_BARE_METAL: Shape = Shape::String;
static S_BURSTABLE_PERFORMANCE: Shape = Shape::String;
static S_NULLABLE_BOOLEAN: Shape = Shape::Boolean;
static S_NETWORK_INTERFACE_COUNT_REQUEST: Shape = Shape::Structure(&[
    Member::opt("Min", &S_NULLABLE_POSITIVE_INTEGER),
    Member::opt("Max", &S_NULLABLE_POSITIVE_INTEGER),
]);
static S_LOCAL_STORAGE: Shape = Shape::String;
static S_LOCAL_STORAGE_TYPE: Shape = Shape::String;
static S_LOCAL_STORAGE_TYPES: Shape = Shape::List(&S_LOCAL_STORAGE_TYPE);
static S_TOTAL_LOCAL_STORAGE_GBREQUEST: Shape = Shape::Structure(&[
    Member::opt("Min", &S_NULLABLE_POSITIVE_DOUBLE),
    Member::opt("Max", &S_NULLABLE_POSITIVE_DOUBLE),
]);
static S_BASELINE_EBS_BANDWIDTH_MBPS_REQUEST: Shape = Shape::Structure(&[
    Member::opt("Min", &S_NULLABLE_POSITIVE_INTEGER),
    Member::opt("Max", &S_NULLABLE_POSITIVE_INTEGER),
]);
static S_ACCELERATOR_TYPE: Shape = Shape::String;
static S_ACCELERATOR_TYPES: Shape = Shape::List(&S_ACCELERATOR_TYPE);
static S_ACCELERATOR_COUNT_REQUEST: Shape = Shape::Structure(&[
    Member::opt("Min", &S_NULLABLE_POSITIVE_INTEGER),
    Member::opt("Max", &S_NULLABLE_POSITIVE_INTEGER),
]);
static S_ACCELERATOR_MANUFACTURER: Shape = Shape::String;
static S_ACCELERATOR_MANUFACTURERS: Shape = Shape::List(&S_ACCELERATOR_MANUFACTURER);
static S_ACCELERATOR_NAME: Shape = Shape::String;
static S_ACCELERATOR_NAMES: Shape = Shape::List(&S_ACCELERATOR_NAME);
static S_ACCELERATOR_TOTAL_MEMORY_MI_BREQUEST: Shape = Shape::Structure(&[
    Member::opt("Min", &S_NULLABLE_POSITIVE_INTEGER),
    Member::opt("Max", &S_NULLABLE_POSITIVE_INTEGER),
]);
static S_NETWORK_BANDWIDTH_GBPS_REQUEST: Shape = Shape::Structure(&[
    Member::opt("Min", &S_NULLABLE_POSITIVE_DOUBLE),
    Member::opt("Max", &S_NULLABLE_POSITIVE_DOUBLE),
]);
static S_ALLOWED_INSTANCE_TYPE: Shape = Shape::String;
static S_ALLOWED_INSTANCE_TYPES: Shape = Shape::List(&S_ALLOWED_INSTANCE_TYPE);
static S_STRING: Shape = Shape::String;
static S_PERFORMANCE_FACTOR_REFERENCE_REQUEST: Shape =
    Shape::Structure(&[Member::opt("InstanceFamily", &S_STRING)]);
static S_PERFORMANCE_FACTOR_REFERENCE_SET_REQUEST: Shape =
    Shape::List(&S_PERFORMANCE_FACTOR_REFERENCE_REQUEST);
static S_CPU_PERFORMANCE_FACTOR_REQUEST: Shape =
    Shape::Structure(&[
        Member::opt("References", &S_PERFORMANCE_FACTOR_REFERENCE_SET_REQUEST).query("item"),
    ]);
static S_BASELINE_PERFORMANCE_FACTORS_REQUEST: Shape =
    Shape::Structure(&[Member::opt("Cpu", &S_CPU_PERFORMANCE_FACTOR_REQUEST)]);
static S_INSTANCE_REQUIREMENTS: Shape = Shape::Structure(&[
    Member::req("VCpuCount", &S_VCPU_COUNT_REQUEST),
    Member::req("MemoryMiB", &S_MEMORY_MI_BREQUEST),
    Member::opt("CpuManufacturers", &S_CPU_MANUFACTURERS),
    Member::opt("MemoryGiBPerVCpu", &S_MEMORY_GI_BPER_VCPU_REQUEST),
    Member::opt("ExcludedInstanceTypes", &S_EXCLUDED_INSTANCE_TYPES),
    Member::opt("InstanceGenerations", &S_INSTANCE_GENERATIONS),
    Member::opt(
        "SpotMaxPricePercentageOverLowestPrice",
        &S_NULLABLE_POSITIVE_INTEGER,
    ),
    Member::opt(
        "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice",
        &S_NULLABLE_POSITIVE_INTEGER,
    ),
    Member::opt(
        "OnDemandMaxPricePercentageOverLowestPrice",
        &S_NULLABLE_POSITIVE_INTEGER,
    ),
    Member::opt("BareMetal", &S_BARE_METAL),
    Member::opt("BurstablePerformance", &S_BURSTABLE_PERFORMANCE),
    Member::opt("RequireHibernateSupport", &S_NULLABLE_BOOLEAN),
    Member::opt("NetworkInterfaceCount", &S_NETWORK_INTERFACE_COUNT_REQUEST),
    Member::opt("LocalStorage", &S_LOCAL_STORAGE),
    Member::opt("LocalStorageTypes", &S_LOCAL_STORAGE_TYPES),
    Member::opt("TotalLocalStorageGB", &S_TOTAL_LOCAL_STORAGE_GBREQUEST),
    Member::opt(
        "BaselineEbsBandwidthMbps",
        &S_BASELINE_EBS_BANDWIDTH_MBPS_REQUEST,
    ),
    Member::opt("AcceleratorTypes", &S_ACCELERATOR_TYPES),
    Member::opt("AcceleratorCount", &S_ACCELERATOR_COUNT_REQUEST),
    Member::opt("AcceleratorManufacturers", &S_ACCELERATOR_MANUFACTURERS),
    Member::opt("AcceleratorNames", &S_ACCELERATOR_NAMES),
    Member::opt(
        "AcceleratorTotalMemoryMiB",
        &S_ACCELERATOR_TOTAL_MEMORY_MI_BREQUEST,
    ),
    Member::opt("NetworkBandwidthGbps", &S_NETWORK_BANDWIDTH_GBPS_REQUEST),
    Member::opt("AllowedInstanceTypes", &S_ALLOWED_INSTANCE_TYPES),
    Member::opt(
        "BaselinePerformanceFactors",
        &S_BASELINE_PERFORMANCE_FACTORS_REQUEST,
    ),
]);
static S_IMAGE_ID: Shape = Shape::String;
static S_LAUNCH_TEMPLATE_OVERRIDES: Shape = Shape::Structure(&[
    Member::opt("InstanceType", &S_XML_STRING_MAX_LEN255),
    Member::opt("WeightedCapacity", &S_XML_STRING_MAX_LEN32),
    Member::opt(
        "LaunchTemplateSpecification",
        &S_LAUNCH_TEMPLATE_SPECIFICATION,
    ),
    Member::opt("InstanceRequirements", &S_INSTANCE_REQUIREMENTS),
    Member::opt("ImageId", &S_IMAGE_ID),
]);
static S_OVERRIDES: Shape = Shape::List(&S_LAUNCH_TEMPLATE_OVERRIDES);
static S_LAUNCH_TEMPLATE: Shape = Shape::Structure(&[
    Member::opt(
        "LaunchTemplateSpecification",
        &S_LAUNCH_TEMPLATE_SPECIFICATION,
    ),
    Member::opt("Overrides", &S_OVERRIDES),
]);
static S_ON_DEMAND_BASE_CAPACITY: Shape = Shape::Integer;
static S_ON_DEMAND_PERCENTAGE_ABOVE_BASE_CAPACITY: Shape = Shape::Integer;
static S_SPOT_INSTANCE_POOLS: Shape = Shape::Integer;
static S_MIXED_INSTANCE_SPOT_PRICE: Shape = Shape::String;
static S_INSTANCES_DISTRIBUTION: Shape = Shape::Structure(&[
    Member::opt("OnDemandAllocationStrategy", &S_XML_STRING),
    Member::opt("OnDemandBaseCapacity", &S_ON_DEMAND_BASE_CAPACITY),
    Member::opt(
        "OnDemandPercentageAboveBaseCapacity",
        &S_ON_DEMAND_PERCENTAGE_ABOVE_BASE_CAPACITY,
    ),
    Member::opt("SpotAllocationStrategy", &S_XML_STRING),
    Member::opt("SpotInstancePools", &S_SPOT_INSTANCE_POOLS),
    Member::opt("SpotMaxPrice", &S_MIXED_INSTANCE_SPOT_PRICE),
]);
static S_MIXED_INSTANCES_POLICY: Shape = Shape::Structure(&[
    Member::opt("LaunchTemplate", &S_LAUNCH_TEMPLATE),
    Member::opt("InstancesDistribution", &S_INSTANCES_DISTRIBUTION),
]);
static S_COOLDOWN: Shape = Shape::Integer;
static S_AVAILABILITY_ZONES: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_AVAILABILITY_ZONE_IDS: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_HEALTH_CHECK_GRACE_PERIOD: Shape = Shape::Integer;
static S_XML_STRING_MAX_LEN5000: Shape = Shape::String;
static S_XML_STRING_MAX_LEN1600: Shape = Shape::String;
static S_TERMINATION_POLICIES: Shape = Shape::List(&S_XML_STRING_MAX_LEN1600);
static S_INSTANCE_PROTECTED: Shape = Shape::Boolean;
static S_CAPACITY_REBALANCE_ENABLED: Shape = Shape::Boolean;
static S_LIFECYCLE_TRANSITION: Shape = Shape::String;
static S_ANY_PRINTABLE_ASCII_STRING_MAX_LEN4000: Shape = Shape::String;
static S_HEARTBEAT_TIMEOUT: Shape = Shape::Integer;
static S_NOTIFICATION_TARGET_RESOURCE_NAME: Shape = Shape::String;
static S_LIFECYCLE_HOOK_SPECIFICATION: Shape = Shape::Structure(&[
    Member::req("LifecycleHookName", &S_ASCII_STRING_MAX_LEN255),
    Member::req("LifecycleTransition", &S_LIFECYCLE_TRANSITION),
    Member::opt(
        "NotificationMetadata",
        &S_ANY_PRINTABLE_ASCII_STRING_MAX_LEN4000,
    ),
    Member::opt("HeartbeatTimeout", &S_HEARTBEAT_TIMEOUT),
    Member::opt("DefaultResult", &S_LIFECYCLE_ACTION_RESULT),
    Member::opt(
        "NotificationTargetARN",
        &S_NOTIFICATION_TARGET_RESOURCE_NAME,
    ),
    Member::opt("RoleARN", &S_XML_STRING_MAX_LEN255),
]);
static S_LIFECYCLE_HOOK_SPECIFICATIONS: Shape = Shape::List(&S_LIFECYCLE_HOOK_SPECIFICATION);
static S_DELETION_PROTECTION: Shape = Shape::String;
static S_TAG_KEY: Shape = Shape::String;
static S_TAG_VALUE: Shape = Shape::String;
static S_PROPAGATE_AT_LAUNCH: Shape = Shape::Boolean;
static S_TAG: Shape = Shape::Structure(&[
    Member::opt("ResourceId", &S_XML_STRING),
    Member::opt("ResourceType", &S_XML_STRING),
    Member::req("Key", &S_TAG_KEY),
    Member::opt("Value", &S_TAG_VALUE),
    Member::opt("PropagateAtLaunch", &S_PROPAGATE_AT_LAUNCH),
]);
static S_TAGS: Shape = Shape::List(&S_TAG);
static S_MAX_INSTANCE_LIFETIME: Shape = Shape::Integer;
static S_CONTEXT: Shape = Shape::String;
static S_DEFAULT_INSTANCE_WARMUP: Shape = Shape::Integer;
static S_INT_PERCENT_RESETTABLE: Shape = Shape::Integer;
static S_INT_PERCENT100_TO200_RESETTABLE: Shape = Shape::Integer;
static S_INSTANCE_MAINTENANCE_POLICY: Shape = Shape::Structure(&[
    Member::opt("MinHealthyPercentage", &S_INT_PERCENT_RESETTABLE),
    Member::opt("MaxHealthyPercentage", &S_INT_PERCENT100_TO200_RESETTABLE),
]);
static S_CAPACITY_DISTRIBUTION_STRATEGY: Shape = Shape::String;
static S_AVAILABILITY_ZONE_DISTRIBUTION: Shape = Shape::Structure(&[Member::opt(
    "CapacityDistributionStrategy",
    &S_CAPACITY_DISTRIBUTION_STRATEGY,
)]);
static S_ZONAL_SHIFT_ENABLED: Shape = Shape::Boolean;
static S_IMPAIRED_ZONE_HEALTH_CHECK_BEHAVIOR: Shape = Shape::String;
static S_AVAILABILITY_ZONE_IMPAIRMENT_POLICY: Shape = Shape::Structure(&[
    Member::opt("ZonalShiftEnabled", &S_ZONAL_SHIFT_ENABLED),
    Member::opt(
        "ImpairedZoneHealthCheckBehavior",
        &S_IMPAIRED_ZONE_HEALTH_CHECK_BEHAVIOR,
    ),
]);
static S_CAPACITY_RESERVATION_PREFERENCE: Shape = Shape::String;
static S_CAPACITY_RESERVATION_IDS: Shape = Shape::List(&S_ASCII_STRING_MAX_LEN255);
static S_CAPACITY_RESERVATION_RESOURCE_GROUP_ARNS: Shape = Shape::List(&S_RESOURCE_NAME);
static S_CAPACITY_RESERVATION_TARGET: Shape = Shape::Structure(&[
    Member::opt("CapacityReservationIds", &S_CAPACITY_RESERVATION_IDS),
    Member::opt(
        "CapacityReservationResourceGroupArns",
        &S_CAPACITY_RESERVATION_RESOURCE_GROUP_ARNS,
    ),
]);
static S_CAPACITY_RESERVATION_SPECIFICATION: Shape = Shape::Structure(&[
    Member::opt(
        "CapacityReservationPreference",
        &S_CAPACITY_RESERVATION_PREFERENCE,
    ),
    Member::opt("CapacityReservationTarget", &S_CAPACITY_RESERVATION_TARGET),
]);
static S_RETENTION_ACTION: Shape = Shape::String;
static S_RETENTION_TRIGGERS: Shape =
    Shape::Structure(&[Member::opt("TerminateHookAbandon", &S_RETENTION_ACTION)]);
static S_INSTANCE_LIFECYCLE_POLICY: Shape =
    Shape::Structure(&[Member::opt("RetentionTriggers", &S_RETENTION_TRIGGERS)]);
static S_SECURITY_GROUPS: Shape = Shape::List(&S_XML_STRING);
static S_CLASSIC_LINK_VPCSECURITY_GROUPS: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_XML_STRING_USER_DATA: Shape = Shape::String;
static S_BLOCK_DEVICE_EBS_VOLUME_SIZE: Shape = Shape::Integer;
static S_BLOCK_DEVICE_EBS_VOLUME_TYPE: Shape = Shape::String;
static S_BLOCK_DEVICE_EBS_DELETE_ON_TERMINATION: Shape = Shape::Boolean;
static S_BLOCK_DEVICE_EBS_IOPS: Shape = Shape::Integer;
static S_BLOCK_DEVICE_EBS_ENCRYPTED: Shape = Shape::Boolean;
static S_BLOCK_DEVICE_EBS_THROUGHPUT: Shape = Shape::Integer;
static S_EBS: Shape = Shape::Structure(&[
    Member::opt("SnapshotId", &S_XML_STRING_MAX_LEN255),
    Member::opt("VolumeSize", &S_BLOCK_DEVICE_EBS_VOLUME_SIZE),
    Member::opt("VolumeType", &S_BLOCK_DEVICE_EBS_VOLUME_TYPE),
    Member::opt(
        "DeleteOnTermination",
        &S_BLOCK_DEVICE_EBS_DELETE_ON_TERMINATION,
    ),
    Member::opt("Iops", &S_BLOCK_DEVICE_EBS_IOPS),
    Member::opt("Encrypted", &S_BLOCK_DEVICE_EBS_ENCRYPTED),
    Member::opt("Throughput", &S_BLOCK_DEVICE_EBS_THROUGHPUT),
]);
static S_NO_DEVICE: Shape = Shape::Boolean;
static S_BLOCK_DEVICE_MAPPING: Shape = Shape::Structure(&[
    Member::opt("VirtualName", &S_XML_STRING_MAX_LEN255),
    Member::req("DeviceName", &S_XML_STRING_MAX_LEN255),
    Member::opt("Ebs", &S_EBS),
    Member::opt("NoDevice", &S_NO_DEVICE),
]);
static S_BLOCK_DEVICE_MAPPINGS: Shape = Shape::List(&S_BLOCK_DEVICE_MAPPING);
static S_MONITORING_ENABLED: Shape = Shape::Boolean;
static S_INSTANCE_MONITORING: Shape =
    Shape::Structure(&[Member::opt("Enabled", &S_MONITORING_ENABLED)]);
static S_SPOT_PRICE: Shape = Shape::String;
static S_EBS_OPTIMIZED: Shape = Shape::Boolean;
static S_ASSOCIATE_PUBLIC_IP_ADDRESS: Shape = Shape::Boolean;
static S_INSTANCE_METADATA_HTTP_TOKENS_STATE: Shape = Shape::String;
static S_INSTANCE_METADATA_HTTP_PUT_RESPONSE_HOP_LIMIT: Shape = Shape::Integer;
static S_INSTANCE_METADATA_ENDPOINT_STATE: Shape = Shape::String;
static S_INSTANCE_METADATA_OPTIONS: Shape = Shape::Structure(&[
    Member::opt("HttpTokens", &S_INSTANCE_METADATA_HTTP_TOKENS_STATE),
    Member::opt(
        "HttpPutResponseHopLimit",
        &S_INSTANCE_METADATA_HTTP_PUT_RESPONSE_HOP_LIMIT,
    ),
    Member::opt("HttpEndpoint", &S_INSTANCE_METADATA_ENDPOINT_STATE),
]);
static S_FORCE_DELETE: Shape = Shape::Boolean;
static S_MAX_NUMBER_OF_AUTO_SCALING_GROUPS: Shape = Shape::Integer;
static S_MAX_NUMBER_OF_LAUNCH_CONFIGURATIONS: Shape = Shape::Integer;
static S_NUMBER_OF_AUTO_SCALING_GROUPS: Shape = Shape::Integer;
static S_NUMBER_OF_LAUNCH_CONFIGURATIONS: Shape = Shape::Integer;
static S_ADJUSTMENT_TYPE: Shape =
    Shape::Structure(&[Member::opt("AdjustmentType", &S_XML_STRING_MAX_LEN255)]);
static S_ADJUSTMENT_TYPES: Shape = Shape::List(&S_ADJUSTMENT_TYPE);
static S_AUTO_SCALING_GROUP_NAMES: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_INCLUDE_INSTANCES: Shape = Shape::Boolean;
static S_MAX_RECORDS: Shape = Shape::Integer;
static S_VALUES: Shape = Shape::List(&S_XML_STRING);
static S_FILTER: Shape = Shape::Structure(&[
    Member::opt("Name", &S_XML_STRING),
    Member::opt("Values", &S_VALUES),
]);
static S_FILTERS: Shape = Shape::List(&S_FILTER);
static S_AUTO_SCALING_GROUP_PREDICTED_CAPACITY: Shape = Shape::Integer;
static S_LIFECYCLE_STATE: Shape = Shape::String;
static S_INSTANCE: Shape = Shape::Structure(&[
    Member::req("InstanceId", &S_XML_STRING_MAX_LEN19),
    Member::opt("InstanceType", &S_XML_STRING_MAX_LEN255),
    Member::req("AvailabilityZone", &S_XML_STRING_MAX_LEN255),
    Member::opt("AvailabilityZoneId", &S_XML_STRING_MAX_LEN255),
    Member::req("LifecycleState", &S_LIFECYCLE_STATE),
    Member::req("HealthStatus", &S_XML_STRING_MAX_LEN32),
    Member::opt("LaunchConfigurationName", &S_XML_STRING_MAX_LEN255),
    Member::opt("LaunchTemplate", &S_LAUNCH_TEMPLATE_SPECIFICATION),
    Member::opt("ImageId", &S_XML_STRING_MAX_LEN255),
    Member::req("ProtectedFromScaleIn", &S_INSTANCE_PROTECTED),
    Member::opt("WeightedCapacity", &S_XML_STRING_MAX_LEN32),
]);
static S_INSTANCES: Shape = Shape::List(&S_INSTANCE);
static S_SUSPENDED_PROCESS: Shape = Shape::Structure(&[
    Member::opt("ProcessName", &S_XML_STRING_MAX_LEN255),
    Member::opt("SuspensionReason", &S_XML_STRING_MAX_LEN255),
]);
static S_SUSPENDED_PROCESSES: Shape = Shape::List(&S_SUSPENDED_PROCESS);
static S_ENABLED_METRIC: Shape = Shape::Structure(&[
    Member::opt("Metric", &S_XML_STRING_MAX_LEN255),
    Member::opt("Granularity", &S_XML_STRING_MAX_LEN255),
]);
static S_ENABLED_METRICS: Shape = Shape::List(&S_ENABLED_METRIC);
static S_TAG_DESCRIPTION: Shape = Shape::Structure(&[
    Member::opt("ResourceId", &S_XML_STRING),
    Member::opt("ResourceType", &S_XML_STRING),
    Member::opt("Key", &S_TAG_KEY),
    Member::opt("Value", &S_TAG_VALUE),
    Member::opt("PropagateAtLaunch", &S_PROPAGATE_AT_LAUNCH),
]);
static S_TAG_DESCRIPTION_LIST: Shape = Shape::List(&S_TAG_DESCRIPTION);
static S_MAX_GROUP_PREPARED_CAPACITY: Shape = Shape::Integer;
static S_WARM_POOL_MIN_SIZE: Shape = Shape::Integer;
static S_WARM_POOL_STATE: Shape = Shape::String;
static S_WARM_POOL_STATUS: Shape = Shape::String;
static S_REUSE_ON_SCALE_IN: Shape = Shape::Boolean;
static S_INSTANCE_REUSE_POLICY: Shape =
    Shape::Structure(&[Member::opt("ReuseOnScaleIn", &S_REUSE_ON_SCALE_IN)]);
static S_WARM_POOL_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("MaxGroupPreparedCapacity", &S_MAX_GROUP_PREPARED_CAPACITY),
    Member::opt("MinSize", &S_WARM_POOL_MIN_SIZE),
    Member::opt("PoolState", &S_WARM_POOL_STATE),
    Member::opt("Status", &S_WARM_POOL_STATUS),
    Member::opt("InstanceReusePolicy", &S_INSTANCE_REUSE_POLICY),
]);
static S_WARM_POOL_SIZE: Shape = Shape::Integer;
static S_AUTO_SCALING_GROUP: Shape = Shape::Structure(&[
    Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
    Member::opt("AutoScalingGroupARN", &S_RESOURCE_NAME),
    Member::opt("LaunchConfigurationName", &S_XML_STRING_MAX_LEN255),
    Member::opt("LaunchTemplate", &S_LAUNCH_TEMPLATE_SPECIFICATION),
    Member::opt("MixedInstancesPolicy", &S_MIXED_INSTANCES_POLICY),
    Member::req("MinSize", &S_AUTO_SCALING_GROUP_MIN_SIZE),
    Member::req("MaxSize", &S_AUTO_SCALING_GROUP_MAX_SIZE),
    Member::req("DesiredCapacity", &S_AUTO_SCALING_GROUP_DESIRED_CAPACITY),
    Member::opt(
        "PredictedCapacity",
        &S_AUTO_SCALING_GROUP_PREDICTED_CAPACITY,
    ),
    Member::req("DefaultCooldown", &S_COOLDOWN),
    Member::req("AvailabilityZones", &S_AVAILABILITY_ZONES),
    Member::opt("AvailabilityZoneIds", &S_AVAILABILITY_ZONE_IDS),
    Member::opt("LoadBalancerNames", &S_LOAD_BALANCER_NAMES),
    Member::opt("TargetGroupARNs", &S_TARGET_GROUP_ARNS),
    Member::req("HealthCheckType", &S_XML_STRING_MAX_LEN32),
    Member::opt("HealthCheckGracePeriod", &S_HEALTH_CHECK_GRACE_PERIOD),
    Member::opt("Instances", &S_INSTANCES),
    Member::req("CreatedTime", &S_TIMESTAMP_TYPE),
    Member::opt("SuspendedProcesses", &S_SUSPENDED_PROCESSES),
    Member::opt("PlacementGroup", &S_XML_STRING_MAX_LEN255),
    Member::opt("VPCZoneIdentifier", &S_XML_STRING_MAX_LEN5000),
    Member::opt("EnabledMetrics", &S_ENABLED_METRICS),
    Member::opt("Status", &S_XML_STRING_MAX_LEN255),
    Member::opt("Tags", &S_TAG_DESCRIPTION_LIST),
    Member::opt("TerminationPolicies", &S_TERMINATION_POLICIES),
    Member::opt("NewInstancesProtectedFromScaleIn", &S_INSTANCE_PROTECTED),
    Member::opt("ServiceLinkedRoleARN", &S_RESOURCE_NAME),
    Member::opt("MaxInstanceLifetime", &S_MAX_INSTANCE_LIFETIME),
    Member::opt("CapacityRebalance", &S_CAPACITY_REBALANCE_ENABLED),
    Member::opt("WarmPoolConfiguration", &S_WARM_POOL_CONFIGURATION),
    Member::opt("WarmPoolSize", &S_WARM_POOL_SIZE),
    Member::opt("Context", &S_CONTEXT),
    Member::opt("DesiredCapacityType", &S_XML_STRING_MAX_LEN255),
    Member::opt("DefaultInstanceWarmup", &S_DEFAULT_INSTANCE_WARMUP),
    Member::opt("TrafficSources", &S_TRAFFIC_SOURCES),
    Member::opt("InstanceMaintenancePolicy", &S_INSTANCE_MAINTENANCE_POLICY),
    Member::opt("DeletionProtection", &S_DELETION_PROTECTION),
    Member::opt(
        "AvailabilityZoneDistribution",
        &S_AVAILABILITY_ZONE_DISTRIBUTION,
    ),
    Member::opt(
        "AvailabilityZoneImpairmentPolicy",
        &S_AVAILABILITY_ZONE_IMPAIRMENT_POLICY,
    ),
    Member::opt(
        "CapacityReservationSpecification",
        &S_CAPACITY_RESERVATION_SPECIFICATION,
    ),
    Member::opt("InstanceLifecyclePolicy", &S_INSTANCE_LIFECYCLE_POLICY),
]);
static S_AUTO_SCALING_GROUPS: Shape = Shape::List(&S_AUTO_SCALING_GROUP);
static S_AUTO_SCALING_INSTANCE_DETAILS: Shape = Shape::Structure(&[
    Member::req("InstanceId", &S_XML_STRING_MAX_LEN19),
    Member::opt("InstanceType", &S_XML_STRING_MAX_LEN255),
    Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
    Member::req("AvailabilityZone", &S_XML_STRING_MAX_LEN255),
    Member::opt("AvailabilityZoneId", &S_XML_STRING_MAX_LEN255),
    Member::req("LifecycleState", &S_XML_STRING_MAX_LEN32),
    Member::req("HealthStatus", &S_XML_STRING_MAX_LEN32),
    Member::opt("LaunchConfigurationName", &S_XML_STRING_MAX_LEN255),
    Member::opt("LaunchTemplate", &S_LAUNCH_TEMPLATE_SPECIFICATION),
    Member::opt("ImageId", &S_XML_STRING_MAX_LEN255),
    Member::req("ProtectedFromScaleIn", &S_INSTANCE_PROTECTED),
    Member::opt("WeightedCapacity", &S_XML_STRING_MAX_LEN32),
]);
static S_AUTO_SCALING_INSTANCES: Shape = Shape::List(&S_AUTO_SCALING_INSTANCE_DETAILS);
static S_AUTO_SCALING_NOTIFICATION_TYPES: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_INSTANCE_REFRESH_IDS: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_INSTANCE_REFRESH_STATUS: Shape = Shape::String;
static S_XML_STRING_MAX_LEN1023: Shape = Shape::String;
static S_INT_PERCENT: Shape = Shape::Integer;
static S_INSTANCES_TO_UPDATE: Shape = Shape::Integer;
static S_INSTANCE_REFRESH_LIVE_POOL_PROGRESS: Shape = Shape::Structure(&[
    Member::opt("PercentageComplete", &S_INT_PERCENT),
    Member::opt("InstancesToUpdate", &S_INSTANCES_TO_UPDATE),
]);
static S_INSTANCE_REFRESH_WARM_POOL_PROGRESS: Shape = Shape::Structure(&[
    Member::opt("PercentageComplete", &S_INT_PERCENT),
    Member::opt("InstancesToUpdate", &S_INSTANCES_TO_UPDATE),
]);
static S_INSTANCE_REFRESH_PROGRESS_DETAILS: Shape = Shape::Structure(&[
    Member::opt("LivePoolProgress", &S_INSTANCE_REFRESH_LIVE_POOL_PROGRESS),
    Member::opt("WarmPoolProgress", &S_INSTANCE_REFRESH_WARM_POOL_PROGRESS),
]);
static S_REFRESH_INSTANCE_WARMUP: Shape = Shape::Integer;
static S_NON_ZERO_INT_PERCENT: Shape = Shape::Integer;
static S_CHECKPOINT_PERCENTAGES: Shape = Shape::List(&S_NON_ZERO_INT_PERCENT);
static S_CHECKPOINT_DELAY: Shape = Shape::Integer;
static S_SKIP_MATCHING: Shape = Shape::Boolean;
static S_AUTO_ROLLBACK: Shape = Shape::Boolean;
static S_SCALE_IN_PROTECTED_INSTANCES: Shape = Shape::String;
static S_STANDBY_INSTANCES: Shape = Shape::String;
static S_ALARM_LIST: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_ALARM_SPECIFICATION: Shape = Shape::Structure(&[Member::opt("Alarms", &S_ALARM_LIST)]);
static S_INT_PERCENT100_TO200: Shape = Shape::Integer;
static S_BAKE_TIME: Shape = Shape::Integer;
static S_REFRESH_PREFERENCES: Shape = Shape::Structure(&[
    Member::opt("MinHealthyPercentage", &S_INT_PERCENT),
    Member::opt("InstanceWarmup", &S_REFRESH_INSTANCE_WARMUP),
    Member::opt("CheckpointPercentages", &S_CHECKPOINT_PERCENTAGES),
    Member::opt("CheckpointDelay", &S_CHECKPOINT_DELAY),
    Member::opt("SkipMatching", &S_SKIP_MATCHING),
    Member::opt("AutoRollback", &S_AUTO_ROLLBACK),
    Member::opt("ScaleInProtectedInstances", &S_SCALE_IN_PROTECTED_INSTANCES),
    Member::opt("StandbyInstances", &S_STANDBY_INSTANCES),
    Member::opt("AlarmSpecification", &S_ALARM_SPECIFICATION),
    Member::opt("MaxHealthyPercentage", &S_INT_PERCENT100_TO200),
    Member::opt("BakeTime", &S_BAKE_TIME),
]);
static S_DESIRED_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("LaunchTemplate", &S_LAUNCH_TEMPLATE_SPECIFICATION),
    Member::opt("MixedInstancesPolicy", &S_MIXED_INSTANCES_POLICY),
]);
static S_ROLLBACK_DETAILS: Shape = Shape::Structure(&[
    Member::opt("RollbackReason", &S_XML_STRING_MAX_LEN1023),
    Member::opt("RollbackStartTime", &S_TIMESTAMP_TYPE),
    Member::opt("PercentageCompleteOnRollback", &S_INT_PERCENT),
    Member::opt("InstancesToUpdateOnRollback", &S_INSTANCES_TO_UPDATE),
    Member::opt(
        "ProgressDetailsOnRollback",
        &S_INSTANCE_REFRESH_PROGRESS_DETAILS,
    ),
]);
static S_REFRESH_STRATEGY: Shape = Shape::String;
static S_INSTANCE_REFRESH: Shape = Shape::Structure(&[
    Member::opt("InstanceRefreshId", &S_XML_STRING_MAX_LEN255),
    Member::opt("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
    Member::opt("Status", &S_INSTANCE_REFRESH_STATUS),
    Member::opt("StatusReason", &S_XML_STRING_MAX_LEN1023),
    Member::opt("StartTime", &S_TIMESTAMP_TYPE),
    Member::opt("EndTime", &S_TIMESTAMP_TYPE),
    Member::opt("PercentageComplete", &S_INT_PERCENT),
    Member::opt("InstancesToUpdate", &S_INSTANCES_TO_UPDATE),
    Member::opt("ProgressDetails", &S_INSTANCE_REFRESH_PROGRESS_DETAILS),
    Member::opt("Preferences", &S_REFRESH_PREFERENCES),
    Member::opt("DesiredConfiguration", &S_DESIRED_CONFIGURATION),
    Member::opt("RollbackDetails", &S_ROLLBACK_DETAILS),
    Member::opt("Strategy", &S_REFRESH_STRATEGY),
]);
static S_INSTANCE_REFRESHES: Shape = Shape::List(&S_INSTANCE_REFRESH);
static S_LAUNCH_CONFIGURATION_NAMES: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_LAUNCH_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req("LaunchConfigurationName", &S_XML_STRING_MAX_LEN255),
    Member::opt("LaunchConfigurationARN", &S_RESOURCE_NAME),
    Member::req("ImageId", &S_XML_STRING_MAX_LEN255),
    Member::opt("KeyName", &S_XML_STRING_MAX_LEN255),
    Member::opt("SecurityGroups", &S_SECURITY_GROUPS),
    Member::opt("ClassicLinkVPCId", &S_XML_STRING_MAX_LEN255),
    Member::opt(
        "ClassicLinkVPCSecurityGroups",
        &S_CLASSIC_LINK_VPCSECURITY_GROUPS,
    ),
    Member::opt("UserData", &S_XML_STRING_USER_DATA),
    Member::req("InstanceType", &S_XML_STRING_MAX_LEN255),
    Member::opt("KernelId", &S_XML_STRING_MAX_LEN255),
    Member::opt("RamdiskId", &S_XML_STRING_MAX_LEN255),
    Member::opt("BlockDeviceMappings", &S_BLOCK_DEVICE_MAPPINGS),
    Member::opt("InstanceMonitoring", &S_INSTANCE_MONITORING),
    Member::opt("SpotPrice", &S_SPOT_PRICE),
    Member::opt("IamInstanceProfile", &S_XML_STRING_MAX_LEN1600),
    Member::req("CreatedTime", &S_TIMESTAMP_TYPE),
    Member::opt("EbsOptimized", &S_EBS_OPTIMIZED),
    Member::opt("AssociatePublicIpAddress", &S_ASSOCIATE_PUBLIC_IP_ADDRESS),
    Member::opt("PlacementTenancy", &S_XML_STRING_MAX_LEN64),
    Member::opt("MetadataOptions", &S_INSTANCE_METADATA_OPTIONS),
]);
static S_LAUNCH_CONFIGURATIONS: Shape = Shape::List(&S_LAUNCH_CONFIGURATION);
static S_LIFECYCLE_HOOK_NAMES: Shape = Shape::List(&S_ASCII_STRING_MAX_LEN255);
static S_GLOBAL_TIMEOUT: Shape = Shape::Integer;
static S_LIFECYCLE_HOOK: Shape = Shape::Structure(&[
    Member::opt("LifecycleHookName", &S_ASCII_STRING_MAX_LEN255),
    Member::opt("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
    Member::opt("LifecycleTransition", &S_LIFECYCLE_TRANSITION),
    Member::opt(
        "NotificationTargetARN",
        &S_NOTIFICATION_TARGET_RESOURCE_NAME,
    ),
    Member::opt("RoleARN", &S_XML_STRING_MAX_LEN255),
    Member::opt(
        "NotificationMetadata",
        &S_ANY_PRINTABLE_ASCII_STRING_MAX_LEN4000,
    ),
    Member::opt("HeartbeatTimeout", &S_HEARTBEAT_TIMEOUT),
    Member::opt("GlobalTimeout", &S_GLOBAL_TIMEOUT),
    Member::opt("DefaultResult", &S_LIFECYCLE_ACTION_RESULT),
]);
static S_LIFECYCLE_HOOKS: Shape = Shape::List(&S_LIFECYCLE_HOOK);
static S_LOAD_BALANCER_TARGET_GROUP_STATE: Shape = Shape::Structure(&[
    Member::opt("LoadBalancerTargetGroupARN", &S_XML_STRING_MAX_LEN511),
    Member::opt("State", &S_XML_STRING_MAX_LEN255),
]);
static S_LOAD_BALANCER_TARGET_GROUP_STATES: Shape =
    Shape::List(&S_LOAD_BALANCER_TARGET_GROUP_STATE);
static S_LOAD_BALANCER_STATE: Shape = Shape::Structure(&[
    Member::opt("LoadBalancerName", &S_XML_STRING_MAX_LEN255),
    Member::opt("State", &S_XML_STRING_MAX_LEN255),
]);
static S_LOAD_BALANCER_STATES: Shape = Shape::List(&S_LOAD_BALANCER_STATE);
static S_METRIC_COLLECTION_TYPE: Shape =
    Shape::Structure(&[Member::opt("Metric", &S_XML_STRING_MAX_LEN255)]);
static S_METRIC_COLLECTION_TYPES: Shape = Shape::List(&S_METRIC_COLLECTION_TYPE);
static S_METRIC_GRANULARITY_TYPE: Shape =
    Shape::Structure(&[Member::opt("Granularity", &S_XML_STRING_MAX_LEN255)]);
static S_METRIC_GRANULARITY_TYPES: Shape = Shape::List(&S_METRIC_GRANULARITY_TYPE);
static S_NOTIFICATION_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
    Member::opt("TopicARN", &S_XML_STRING_MAX_LEN255),
    Member::opt("NotificationType", &S_XML_STRING_MAX_LEN255),
]);
static S_NOTIFICATION_CONFIGURATIONS: Shape = Shape::List(&S_NOTIFICATION_CONFIGURATION);
static S_POLICY_NAMES: Shape = Shape::List(&S_RESOURCE_NAME);
static S_POLICY_TYPES: Shape = Shape::List(&S_XML_STRING_MAX_LEN64);
static S_MIN_ADJUSTMENT_STEP: Shape = Shape::Integer;
static S_MIN_ADJUSTMENT_MAGNITUDE: Shape = Shape::Integer;
static S_POLICY_INCREMENT: Shape = Shape::Integer;
static S_METRIC_SCALE: Shape = Shape::Double;
static S_STEP_ADJUSTMENT: Shape = Shape::Structure(&[
    Member::opt("MetricIntervalLowerBound", &S_METRIC_SCALE),
    Member::opt("MetricIntervalUpperBound", &S_METRIC_SCALE),
    Member::req("ScalingAdjustment", &S_POLICY_INCREMENT),
]);
static S_STEP_ADJUSTMENTS: Shape = Shape::List(&S_STEP_ADJUSTMENT);
static S_ESTIMATED_INSTANCE_WARMUP: Shape = Shape::Integer;
static S_ALARM: Shape = Shape::Structure(&[
    Member::opt("AlarmName", &S_XML_STRING_MAX_LEN255),
    Member::opt("AlarmARN", &S_RESOURCE_NAME),
]);
static S_ALARMS: Shape = Shape::List(&S_ALARM);
static S_METRIC_TYPE: Shape = Shape::String;
static S_PREDEFINED_METRIC_SPECIFICATION: Shape = Shape::Structure(&[
    Member::req("PredefinedMetricType", &S_METRIC_TYPE),
    Member::opt("ResourceLabel", &S_XML_STRING_MAX_LEN1023),
]);
static S_METRIC_NAME: Shape = Shape::String;
static S_METRIC_NAMESPACE: Shape = Shape::String;
static S_METRIC_DIMENSION_NAME: Shape = Shape::String;
static S_METRIC_DIMENSION_VALUE: Shape = Shape::String;
static S_METRIC_DIMENSION: Shape = Shape::Structure(&[
    Member::req("Name", &S_METRIC_DIMENSION_NAME),
    Member::req("Value", &S_METRIC_DIMENSION_VALUE),
]);
static S_METRIC_DIMENSIONS: Shape = Shape::List(&S_METRIC_DIMENSION);
static S_METRIC_STATISTIC: Shape = Shape::String;
static S_METRIC_UNIT: Shape = Shape::String;
static S_METRIC_GRANULARITY_IN_SECONDS: Shape = Shape::Integer;
static S_XML_STRING_MAX_LEN2047: Shape = Shape::String;
static S_METRIC: Shape = Shape::Structure(&[
    Member::req("Namespace", &S_METRIC_NAMESPACE),
    Member::req("MetricName", &S_METRIC_NAME),
    Member::opt("Dimensions", &S_METRIC_DIMENSIONS),
]);
static S_XML_STRING_METRIC_STAT: Shape = Shape::String;
static S_TARGET_TRACKING_METRIC_STAT: Shape = Shape::Structure(&[
    Member::req("Metric", &S_METRIC),
    Member::req("Stat", &S_XML_STRING_METRIC_STAT),
    Member::opt("Unit", &S_METRIC_UNIT),
    Member::opt("Period", &S_METRIC_GRANULARITY_IN_SECONDS),
]);
static S_XML_STRING_METRIC_LABEL: Shape = Shape::String;
static S_RETURN_DATA: Shape = Shape::Boolean;
static S_TARGET_TRACKING_METRIC_DATA_QUERY: Shape = Shape::Structure(&[
    Member::req("Id", &S_XML_STRING_MAX_LEN64),
    Member::opt("Expression", &S_XML_STRING_MAX_LEN2047),
    Member::opt("MetricStat", &S_TARGET_TRACKING_METRIC_STAT),
    Member::opt("Label", &S_XML_STRING_METRIC_LABEL),
    Member::opt("Period", &S_METRIC_GRANULARITY_IN_SECONDS),
    Member::opt("ReturnData", &S_RETURN_DATA),
]);
static S_TARGET_TRACKING_METRIC_DATA_QUERIES: Shape =
    Shape::List(&S_TARGET_TRACKING_METRIC_DATA_QUERY);
static S_CUSTOMIZED_METRIC_SPECIFICATION: Shape = Shape::Structure(&[
    Member::opt("MetricName", &S_METRIC_NAME),
    Member::opt("Namespace", &S_METRIC_NAMESPACE),
    Member::opt("Dimensions", &S_METRIC_DIMENSIONS),
    Member::opt("Statistic", &S_METRIC_STATISTIC),
    Member::opt("Unit", &S_METRIC_UNIT),
    Member::opt("Period", &S_METRIC_GRANULARITY_IN_SECONDS),
    Member::opt("Metrics", &S_TARGET_TRACKING_METRIC_DATA_QUERIES),
]);
static S_DISABLE_SCALE_IN: Shape = Shape::Boolean;
static S_TARGET_TRACKING_CONFIGURATION: Shape = Shape::Structure(&[
    Member::opt(
        "PredefinedMetricSpecification",
        &S_PREDEFINED_METRIC_SPECIFICATION,
    ),
    Member::opt(
        "CustomizedMetricSpecification",
        &S_CUSTOMIZED_METRIC_SPECIFICATION,
    ),
    Member::req("TargetValue", &S_METRIC_SCALE),
    Member::opt("DisableScaleIn", &S_DISABLE_SCALE_IN),
]);
static S_SCALING_POLICY_ENABLED: Shape = Shape::Boolean;
static S_PREDEFINED_METRIC_PAIR_TYPE: Shape = Shape::String;
static S_PREDICTIVE_SCALING_PREDEFINED_METRIC_PAIR: Shape = Shape::Structure(&[
    Member::req("PredefinedMetricType", &S_PREDEFINED_METRIC_PAIR_TYPE),
    Member::opt("ResourceLabel", &S_XML_STRING_MAX_LEN1023),
]);
static S_PREDEFINED_SCALING_METRIC_TYPE: Shape = Shape::String;
static S_PREDICTIVE_SCALING_PREDEFINED_SCALING_METRIC: Shape = Shape::Structure(&[
    Member::req("PredefinedMetricType", &S_PREDEFINED_SCALING_METRIC_TYPE),
    Member::opt("ResourceLabel", &S_XML_STRING_MAX_LEN1023),
]);
static S_PREDEFINED_LOAD_METRIC_TYPE: Shape = Shape::String;
static S_PREDICTIVE_SCALING_PREDEFINED_LOAD_METRIC: Shape = Shape::Structure(&[
    Member::req("PredefinedMetricType", &S_PREDEFINED_LOAD_METRIC_TYPE),
    Member::opt("ResourceLabel", &S_XML_STRING_MAX_LEN1023),
]);
static S_METRIC_STAT: Shape = Shape::Structure(&[
    Member::req("Metric", &S_METRIC),
    Member::req("Stat", &S_XML_STRING_METRIC_STAT),
    Member::opt("Unit", &S_METRIC_UNIT),
]);
static S_METRIC_DATA_QUERY: Shape = Shape::Structure(&[
    Member::req("Id", &S_XML_STRING_MAX_LEN255),
    Member::opt("Expression", &S_XML_STRING_MAX_LEN1023),
    Member::opt("MetricStat", &S_METRIC_STAT),
    Member::opt("Label", &S_XML_STRING_METRIC_LABEL),
    Member::opt("ReturnData", &S_RETURN_DATA),
]);
static S_METRIC_DATA_QUERIES: Shape = Shape::List(&S_METRIC_DATA_QUERY);
static S_PREDICTIVE_SCALING_CUSTOMIZED_SCALING_METRIC: Shape =
    Shape::Structure(&[Member::req("MetricDataQueries", &S_METRIC_DATA_QUERIES)]);
static S_PREDICTIVE_SCALING_CUSTOMIZED_LOAD_METRIC: Shape =
    Shape::Structure(&[Member::req("MetricDataQueries", &S_METRIC_DATA_QUERIES)]);
static S_PREDICTIVE_SCALING_CUSTOMIZED_CAPACITY_METRIC: Shape =
    Shape::Structure(&[Member::req("MetricDataQueries", &S_METRIC_DATA_QUERIES)]);
static S_PREDICTIVE_SCALING_METRIC_SPECIFICATION: Shape = Shape::Structure(&[
    Member::req("TargetValue", &S_METRIC_SCALE),
    Member::opt(
        "PredefinedMetricPairSpecification",
        &S_PREDICTIVE_SCALING_PREDEFINED_METRIC_PAIR,
    ),
    Member::opt(
        "PredefinedScalingMetricSpecification",
        &S_PREDICTIVE_SCALING_PREDEFINED_SCALING_METRIC,
    ),
    Member::opt(
        "PredefinedLoadMetricSpecification",
        &S_PREDICTIVE_SCALING_PREDEFINED_LOAD_METRIC,
    ),
    Member::opt(
        "CustomizedScalingMetricSpecification",
        &S_PREDICTIVE_SCALING_CUSTOMIZED_SCALING_METRIC,
    ),
    Member::opt(
        "CustomizedLoadMetricSpecification",
        &S_PREDICTIVE_SCALING_CUSTOMIZED_LOAD_METRIC,
    ),
    Member::opt(
        "CustomizedCapacityMetricSpecification",
        &S_PREDICTIVE_SCALING_CUSTOMIZED_CAPACITY_METRIC,
    ),
]);
static S_PREDICTIVE_SCALING_METRIC_SPECIFICATIONS: Shape =
    Shape::List(&S_PREDICTIVE_SCALING_METRIC_SPECIFICATION);
static S_PREDICTIVE_SCALING_MODE: Shape = Shape::String;
static S_PREDICTIVE_SCALING_SCHEDULING_BUFFER_TIME: Shape = Shape::Integer;
static S_PREDICTIVE_SCALING_MAX_CAPACITY_BREACH_BEHAVIOR: Shape = Shape::String;
static S_PREDICTIVE_SCALING_MAX_CAPACITY_BUFFER: Shape = Shape::Integer;
static S_PREDICTIVE_SCALING_CONFIGURATION: Shape = Shape::Structure(&[
    Member::req(
        "MetricSpecifications",
        &S_PREDICTIVE_SCALING_METRIC_SPECIFICATIONS,
    ),
    Member::opt("Mode", &S_PREDICTIVE_SCALING_MODE),
    Member::opt(
        "SchedulingBufferTime",
        &S_PREDICTIVE_SCALING_SCHEDULING_BUFFER_TIME,
    ),
    Member::opt(
        "MaxCapacityBreachBehavior",
        &S_PREDICTIVE_SCALING_MAX_CAPACITY_BREACH_BEHAVIOR,
    ),
    Member::opt(
        "MaxCapacityBuffer",
        &S_PREDICTIVE_SCALING_MAX_CAPACITY_BUFFER,
    ),
]);
static S_SCALING_POLICY: Shape = Shape::Structure(&[
    Member::opt("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
    Member::opt("PolicyName", &S_XML_STRING_MAX_LEN255),
    Member::opt("PolicyARN", &S_RESOURCE_NAME),
    Member::opt("PolicyType", &S_XML_STRING_MAX_LEN64),
    Member::opt("AdjustmentType", &S_XML_STRING_MAX_LEN255),
    Member::opt("MinAdjustmentStep", &S_MIN_ADJUSTMENT_STEP),
    Member::opt("MinAdjustmentMagnitude", &S_MIN_ADJUSTMENT_MAGNITUDE),
    Member::opt("ScalingAdjustment", &S_POLICY_INCREMENT),
    Member::opt("Cooldown", &S_COOLDOWN),
    Member::opt("StepAdjustments", &S_STEP_ADJUSTMENTS),
    Member::opt("MetricAggregationType", &S_XML_STRING_MAX_LEN32),
    Member::opt("EstimatedInstanceWarmup", &S_ESTIMATED_INSTANCE_WARMUP),
    Member::opt("Alarms", &S_ALARMS),
    Member::opt(
        "TargetTrackingConfiguration",
        &S_TARGET_TRACKING_CONFIGURATION,
    ),
    Member::opt("Enabled", &S_SCALING_POLICY_ENABLED),
    Member::opt(
        "PredictiveScalingConfiguration",
        &S_PREDICTIVE_SCALING_CONFIGURATION,
    ),
]);
static S_SCALING_POLICIES: Shape = Shape::List(&S_SCALING_POLICY);
static S_ACTIVITY_IDS: Shape = Shape::List(&S_XML_STRING);
static S_INCLUDE_DELETED_GROUPS: Shape = Shape::Boolean;
static S_SCALING_ACTIVITY_STATUS_CODE: Shape = Shape::String;
static S_PROGRESS: Shape = Shape::Integer;
static S_AUTO_SCALING_GROUP_STATE: Shape = Shape::String;
static S_ACTIVITY: Shape = Shape::Structure(&[
    Member::req("ActivityId", &S_XML_STRING),
    Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
    Member::opt("Description", &S_XML_STRING),
    Member::req("Cause", &S_XML_STRING_MAX_LEN1023),
    Member::req("StartTime", &S_TIMESTAMP_TYPE),
    Member::opt("EndTime", &S_TIMESTAMP_TYPE),
    Member::req("StatusCode", &S_SCALING_ACTIVITY_STATUS_CODE),
    Member::opt("StatusMessage", &S_XML_STRING_MAX_LEN255),
    Member::opt("Progress", &S_PROGRESS),
    Member::opt("Details", &S_XML_STRING),
    Member::opt("AutoScalingGroupState", &S_AUTO_SCALING_GROUP_STATE),
    Member::opt("AutoScalingGroupARN", &S_RESOURCE_NAME),
]);
static S_ACTIVITIES: Shape = Shape::List(&S_ACTIVITY);
static S_PROCESS_TYPE: Shape =
    Shape::Structure(&[Member::req("ProcessName", &S_XML_STRING_MAX_LEN255)]);
static S_PROCESSES: Shape = Shape::List(&S_PROCESS_TYPE);
static S_SCHEDULED_UPDATE_GROUP_ACTION: Shape = Shape::Structure(&[
    Member::opt("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
    Member::opt("ScheduledActionName", &S_XML_STRING_MAX_LEN255),
    Member::opt("ScheduledActionARN", &S_RESOURCE_NAME),
    Member::opt("Time", &S_TIMESTAMP_TYPE),
    Member::opt("StartTime", &S_TIMESTAMP_TYPE),
    Member::opt("EndTime", &S_TIMESTAMP_TYPE),
    Member::opt("Recurrence", &S_XML_STRING_MAX_LEN255),
    Member::opt("MinSize", &S_AUTO_SCALING_GROUP_MIN_SIZE),
    Member::opt("MaxSize", &S_AUTO_SCALING_GROUP_MAX_SIZE),
    Member::opt("DesiredCapacity", &S_AUTO_SCALING_GROUP_DESIRED_CAPACITY),
    Member::opt("TimeZone", &S_XML_STRING_MAX_LEN255),
]);
static S_SCHEDULED_UPDATE_GROUP_ACTIONS: Shape = Shape::List(&S_SCHEDULED_UPDATE_GROUP_ACTION);
static S_TRAFFIC_SOURCE_STATE: Shape = Shape::Structure(&[
    Member::opt("TrafficSource", &S_XML_STRING_MAX_LEN511),
    Member::opt("State", &S_XML_STRING_MAX_LEN255),
    Member::opt("Identifier", &S_XML_STRING_MAX_LEN511),
    Member::opt("Type", &S_XML_STRING_MAX_LEN511),
]);
static S_TRAFFIC_SOURCE_STATES: Shape = Shape::List(&S_TRAFFIC_SOURCE_STATE);
static S_SHOULD_DECREMENT_DESIRED_CAPACITY: Shape = Shape::Boolean;
static S_METRICS: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_HONOR_COOLDOWN: Shape = Shape::Boolean;
static S_PREDICTIVE_SCALING_FORECAST_TIMESTAMPS: Shape = Shape::List(&S_TIMESTAMP_TYPE);
static S_PREDICTIVE_SCALING_FORECAST_VALUES: Shape = Shape::List(&S_METRIC_SCALE);
static S_LOAD_FORECAST: Shape = Shape::Structure(&[
    Member::req("Timestamps", &S_PREDICTIVE_SCALING_FORECAST_TIMESTAMPS),
    Member::req("Values", &S_PREDICTIVE_SCALING_FORECAST_VALUES),
    Member::req(
        "MetricSpecification",
        &S_PREDICTIVE_SCALING_METRIC_SPECIFICATION,
    ),
]);
static S_LOAD_FORECASTS: Shape = Shape::List(&S_LOAD_FORECAST);
static S_CAPACITY_FORECAST: Shape = Shape::Structure(&[
    Member::req("Timestamps", &S_PREDICTIVE_SCALING_FORECAST_TIMESTAMPS),
    Member::req("Values", &S_PREDICTIVE_SCALING_FORECAST_VALUES),
]);
static S_REQUESTED_CAPACITY: Shape = Shape::Integer;
static S_CLIENT_TOKEN: Shape = Shape::String;
static S_AVAILABILITY_ZONES_LIMIT1: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_AVAILABILITY_ZONE_IDS_LIMIT1: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_SUBNET_IDS_LIMIT1: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_RETRY_STRATEGY: Shape = Shape::String;
static S_INSTANCE_COLLECTION: Shape = Shape::Structure(&[
    Member::opt("InstanceType", &S_XML_STRING_MAX_LEN255),
    Member::opt("MarketType", &S_XML_STRING_MAX_LEN64),
    Member::opt("SubnetId", &S_XML_STRING_MAX_LEN255),
    Member::opt("AvailabilityZone", &S_XML_STRING_MAX_LEN255),
    Member::opt("AvailabilityZoneId", &S_XML_STRING_MAX_LEN255),
    Member::opt("InstanceIds", &S_INSTANCE_IDS),
]);
static S_INSTANCE_COLLECTIONS: Shape = Shape::List(&S_INSTANCE_COLLECTION);
static S_LAUNCH_INSTANCES_ERROR: Shape = Shape::Structure(&[
    Member::opt("InstanceType", &S_XML_STRING_MAX_LEN255),
    Member::opt("MarketType", &S_XML_STRING_MAX_LEN64),
    Member::opt("SubnetId", &S_XML_STRING_MAX_LEN255),
    Member::opt("AvailabilityZone", &S_XML_STRING_MAX_LEN255),
    Member::opt("AvailabilityZoneId", &S_XML_STRING_MAX_LEN255),
    Member::opt("ErrorCode", &S_XML_STRING_MAX_LEN64),
    Member::opt("ErrorMessage", &S_XML_STRING),
]);
static S_LAUNCH_INSTANCES_ERRORS: Shape = Shape::List(&S_LAUNCH_INSTANCES_ERROR);
static S_PROCESS_NAMES: Shape = Shape::List(&S_XML_STRING_MAX_LEN255);
static S_SHOULD_RESPECT_GRACE_PERIOD: Shape = Shape::Boolean;
static S_PROTECTED_FROM_SCALE_IN: Shape = Shape::Boolean;
static S_UPDATE_PLACEMENT_GROUP_PARAM: Shape = Shape::String;

/// Every operation of the service, in AWS's model order.
pub static SPEC: ServiceSpec = ServiceSpec {
    service: Service::AutoScaling,
    operations: &[
        OperationSpec {
            name: "AttachInstances",
            input: &[
                Member::opt("InstanceIds", &S_INSTANCE_IDS),
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
            ],
            output: &[],
        },
        OperationSpec {
            name: "AttachLoadBalancerTargetGroups",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("TargetGroupARNs", &S_TARGET_GROUP_ARNS),
            ],
            output: &[],
        },
        OperationSpec {
            name: "AttachLoadBalancers",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("LoadBalancerNames", &S_LOAD_BALANCER_NAMES),
            ],
            output: &[],
        },
        OperationSpec {
            name: "AttachTrafficSources",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("TrafficSources", &S_TRAFFIC_SOURCES),
                Member::opt("SkipZonalShiftValidation", &S_SKIP_ZONAL_SHIFT_VALIDATION),
            ],
            output: &[],
        },
        OperationSpec {
            name: "BatchDeleteScheduledAction",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("ScheduledActionNames", &S_SCHEDULED_ACTION_NAMES),
            ],
            output: &[Member::opt(
                "FailedScheduledActions",
                &S_FAILED_SCHEDULED_UPDATE_GROUP_ACTION_REQUESTS,
            )],
        },
        OperationSpec {
            name: "BatchPutScheduledUpdateGroupAction",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req(
                    "ScheduledUpdateGroupActions",
                    &S_SCHEDULED_UPDATE_GROUP_ACTION_REQUESTS,
                ),
            ],
            output: &[Member::opt(
                "FailedScheduledUpdateGroupActions",
                &S_FAILED_SCHEDULED_UPDATE_GROUP_ACTION_REQUESTS,
            )],
        },
        OperationSpec {
            name: "CancelInstanceRefresh",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("WaitForTransitioningInstances", &S_BOOLEAN_TYPE),
            ],
            output: &[Member::opt("InstanceRefreshId", &S_XML_STRING_MAX_LEN255)],
        },
        OperationSpec {
            name: "CompleteLifecycleAction",
            input: &[
                Member::req("LifecycleHookName", &S_ASCII_STRING_MAX_LEN255),
                Member::req("AutoScalingGroupName", &S_RESOURCE_NAME),
                Member::opt("LifecycleActionToken", &S_LIFECYCLE_ACTION_TOKEN),
                Member::req("LifecycleActionResult", &S_LIFECYCLE_ACTION_RESULT),
                Member::opt("InstanceId", &S_XML_STRING_MAX_LEN19),
            ],
            output: &[],
        },
        OperationSpec {
            name: "CreateAutoScalingGroup",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("LaunchConfigurationName", &S_XML_STRING_MAX_LEN255),
                Member::opt("LaunchTemplate", &S_LAUNCH_TEMPLATE_SPECIFICATION),
                Member::opt("MixedInstancesPolicy", &S_MIXED_INSTANCES_POLICY),
                Member::opt("InstanceId", &S_XML_STRING_MAX_LEN19),
                Member::req("MinSize", &S_AUTO_SCALING_GROUP_MIN_SIZE),
                Member::req("MaxSize", &S_AUTO_SCALING_GROUP_MAX_SIZE),
                Member::opt("DesiredCapacity", &S_AUTO_SCALING_GROUP_DESIRED_CAPACITY),
                Member::opt("DefaultCooldown", &S_COOLDOWN),
                Member::opt("AvailabilityZones", &S_AVAILABILITY_ZONES),
                Member::opt("AvailabilityZoneIds", &S_AVAILABILITY_ZONE_IDS),
                Member::opt("LoadBalancerNames", &S_LOAD_BALANCER_NAMES),
                Member::opt("TargetGroupARNs", &S_TARGET_GROUP_ARNS),
                Member::opt("HealthCheckType", &S_XML_STRING_MAX_LEN32),
                Member::opt("HealthCheckGracePeriod", &S_HEALTH_CHECK_GRACE_PERIOD),
                Member::opt("PlacementGroup", &S_XML_STRING_MAX_LEN255),
                Member::opt("VPCZoneIdentifier", &S_XML_STRING_MAX_LEN5000),
                Member::opt("TerminationPolicies", &S_TERMINATION_POLICIES),
                Member::opt("NewInstancesProtectedFromScaleIn", &S_INSTANCE_PROTECTED),
                Member::opt("CapacityRebalance", &S_CAPACITY_REBALANCE_ENABLED),
                Member::opt(
                    "LifecycleHookSpecificationList",
                    &S_LIFECYCLE_HOOK_SPECIFICATIONS,
                ),
                Member::opt("DeletionProtection", &S_DELETION_PROTECTION),
                Member::opt("Tags", &S_TAGS),
                Member::opt("ServiceLinkedRoleARN", &S_RESOURCE_NAME),
                Member::opt("MaxInstanceLifetime", &S_MAX_INSTANCE_LIFETIME),
                Member::opt("Context", &S_CONTEXT),
                Member::opt("DesiredCapacityType", &S_XML_STRING_MAX_LEN255),
                Member::opt("DefaultInstanceWarmup", &S_DEFAULT_INSTANCE_WARMUP),
                Member::opt("TrafficSources", &S_TRAFFIC_SOURCES),
                Member::opt("InstanceMaintenancePolicy", &S_INSTANCE_MAINTENANCE_POLICY),
                Member::opt(
                    "AvailabilityZoneDistribution",
                    &S_AVAILABILITY_ZONE_DISTRIBUTION,
                ),
                Member::opt(
                    "AvailabilityZoneImpairmentPolicy",
                    &S_AVAILABILITY_ZONE_IMPAIRMENT_POLICY,
                ),
                Member::opt("SkipZonalShiftValidation", &S_SKIP_ZONAL_SHIFT_VALIDATION),
                Member::opt(
                    "CapacityReservationSpecification",
                    &S_CAPACITY_RESERVATION_SPECIFICATION,
                ),
                Member::opt("InstanceLifecyclePolicy", &S_INSTANCE_LIFECYCLE_POLICY),
            ],
            output: &[],
        },
        OperationSpec {
            name: "CreateLaunchConfiguration",
            input: &[
                Member::req("LaunchConfigurationName", &S_XML_STRING_MAX_LEN255),
                Member::opt("ImageId", &S_XML_STRING_MAX_LEN255),
                Member::opt("KeyName", &S_XML_STRING_MAX_LEN255),
                Member::opt("SecurityGroups", &S_SECURITY_GROUPS),
                Member::opt("ClassicLinkVPCId", &S_XML_STRING_MAX_LEN255),
                Member::opt(
                    "ClassicLinkVPCSecurityGroups",
                    &S_CLASSIC_LINK_VPCSECURITY_GROUPS,
                ),
                Member::opt("UserData", &S_XML_STRING_USER_DATA),
                Member::opt("InstanceId", &S_XML_STRING_MAX_LEN19),
                Member::opt("InstanceType", &S_XML_STRING_MAX_LEN255),
                Member::opt("KernelId", &S_XML_STRING_MAX_LEN255),
                Member::opt("RamdiskId", &S_XML_STRING_MAX_LEN255),
                Member::opt("BlockDeviceMappings", &S_BLOCK_DEVICE_MAPPINGS),
                Member::opt("InstanceMonitoring", &S_INSTANCE_MONITORING),
                Member::opt("SpotPrice", &S_SPOT_PRICE),
                Member::opt("IamInstanceProfile", &S_XML_STRING_MAX_LEN1600),
                Member::opt("EbsOptimized", &S_EBS_OPTIMIZED),
                Member::opt("AssociatePublicIpAddress", &S_ASSOCIATE_PUBLIC_IP_ADDRESS),
                Member::opt("PlacementTenancy", &S_XML_STRING_MAX_LEN64),
                Member::opt("MetadataOptions", &S_INSTANCE_METADATA_OPTIONS),
            ],
            output: &[],
        },
        OperationSpec {
            name: "CreateOrUpdateTags",
            input: &[Member::req("Tags", &S_TAGS)],
            output: &[],
        },
        OperationSpec {
            name: "DeleteAutoScalingGroup",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("ForceDelete", &S_FORCE_DELETE),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteLaunchConfiguration",
            input: &[Member::req(
                "LaunchConfigurationName",
                &S_XML_STRING_MAX_LEN255,
            )],
            output: &[],
        },
        OperationSpec {
            name: "DeleteLifecycleHook",
            input: &[
                Member::req("LifecycleHookName", &S_ASCII_STRING_MAX_LEN255),
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteNotificationConfiguration",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("TopicARN", &S_XML_STRING_MAX_LEN255),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeletePolicy",
            input: &[
                Member::opt("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("PolicyName", &S_RESOURCE_NAME),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteScheduledAction",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("ScheduledActionName", &S_XML_STRING_MAX_LEN255),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteTags",
            input: &[Member::req("Tags", &S_TAGS)],
            output: &[],
        },
        OperationSpec {
            name: "DeleteWarmPool",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("ForceDelete", &S_FORCE_DELETE),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DescribeAccountLimits",
            input: &[],
            output: &[
                Member::opt(
                    "MaxNumberOfAutoScalingGroups",
                    &S_MAX_NUMBER_OF_AUTO_SCALING_GROUPS,
                ),
                Member::opt(
                    "MaxNumberOfLaunchConfigurations",
                    &S_MAX_NUMBER_OF_LAUNCH_CONFIGURATIONS,
                ),
                Member::opt(
                    "NumberOfAutoScalingGroups",
                    &S_NUMBER_OF_AUTO_SCALING_GROUPS,
                ),
                Member::opt(
                    "NumberOfLaunchConfigurations",
                    &S_NUMBER_OF_LAUNCH_CONFIGURATIONS,
                ),
            ],
        },
        OperationSpec {
            name: "DescribeAdjustmentTypes",
            input: &[],
            output: &[Member::opt("AdjustmentTypes", &S_ADJUSTMENT_TYPES)],
        },
        OperationSpec {
            name: "DescribeAutoScalingGroups",
            input: &[
                Member::opt("AutoScalingGroupNames", &S_AUTO_SCALING_GROUP_NAMES),
                Member::opt("IncludeInstances", &S_INCLUDE_INSTANCES),
                Member::opt("NextToken", &S_XML_STRING),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
                Member::opt("Filters", &S_FILTERS),
            ],
            output: &[
                Member::req("AutoScalingGroups", &S_AUTO_SCALING_GROUPS),
                Member::opt("NextToken", &S_XML_STRING),
            ],
        },
        OperationSpec {
            name: "DescribeAutoScalingInstances",
            input: &[
                Member::opt("InstanceIds", &S_INSTANCE_IDS),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
                Member::opt("NextToken", &S_XML_STRING),
            ],
            output: &[
                Member::opt("AutoScalingInstances", &S_AUTO_SCALING_INSTANCES),
                Member::opt("NextToken", &S_XML_STRING),
            ],
        },
        OperationSpec {
            name: "DescribeAutoScalingNotificationTypes",
            input: &[],
            output: &[Member::opt(
                "AutoScalingNotificationTypes",
                &S_AUTO_SCALING_NOTIFICATION_TYPES,
            )],
        },
        OperationSpec {
            name: "DescribeInstanceRefreshes",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("InstanceRefreshIds", &S_INSTANCE_REFRESH_IDS),
                Member::opt("NextToken", &S_XML_STRING),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
            ],
            output: &[
                Member::opt("InstanceRefreshes", &S_INSTANCE_REFRESHES),
                Member::opt("NextToken", &S_XML_STRING),
            ],
        },
        OperationSpec {
            name: "DescribeLaunchConfigurations",
            input: &[
                Member::opt("LaunchConfigurationNames", &S_LAUNCH_CONFIGURATION_NAMES),
                Member::opt("NextToken", &S_XML_STRING),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
            ],
            output: &[
                Member::req("LaunchConfigurations", &S_LAUNCH_CONFIGURATIONS),
                Member::opt("NextToken", &S_XML_STRING),
            ],
        },
        OperationSpec {
            name: "DescribeLifecycleHookTypes",
            input: &[],
            output: &[Member::opt(
                "LifecycleHookTypes",
                &S_AUTO_SCALING_NOTIFICATION_TYPES,
            )],
        },
        OperationSpec {
            name: "DescribeLifecycleHooks",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("LifecycleHookNames", &S_LIFECYCLE_HOOK_NAMES),
            ],
            output: &[Member::opt("LifecycleHooks", &S_LIFECYCLE_HOOKS)],
        },
        OperationSpec {
            name: "DescribeLoadBalancerTargetGroups",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("NextToken", &S_XML_STRING),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
            ],
            output: &[
                Member::opt(
                    "LoadBalancerTargetGroups",
                    &S_LOAD_BALANCER_TARGET_GROUP_STATES,
                ),
                Member::opt("NextToken", &S_XML_STRING),
            ],
        },
        OperationSpec {
            name: "DescribeLoadBalancers",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("NextToken", &S_XML_STRING),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
            ],
            output: &[
                Member::opt("LoadBalancers", &S_LOAD_BALANCER_STATES),
                Member::opt("NextToken", &S_XML_STRING),
            ],
        },
        OperationSpec {
            name: "DescribeMetricCollectionTypes",
            input: &[],
            output: &[
                Member::opt("Metrics", &S_METRIC_COLLECTION_TYPES),
                Member::opt("Granularities", &S_METRIC_GRANULARITY_TYPES),
            ],
        },
        OperationSpec {
            name: "DescribeNotificationConfigurations",
            input: &[
                Member::opt("AutoScalingGroupNames", &S_AUTO_SCALING_GROUP_NAMES),
                Member::opt("NextToken", &S_XML_STRING),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
            ],
            output: &[
                Member::req("NotificationConfigurations", &S_NOTIFICATION_CONFIGURATIONS),
                Member::opt("NextToken", &S_XML_STRING),
            ],
        },
        OperationSpec {
            name: "DescribePolicies",
            input: &[
                Member::opt("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("PolicyNames", &S_POLICY_NAMES),
                Member::opt("PolicyTypes", &S_POLICY_TYPES),
                Member::opt("NextToken", &S_XML_STRING),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
            ],
            output: &[
                Member::opt("ScalingPolicies", &S_SCALING_POLICIES),
                Member::opt("NextToken", &S_XML_STRING),
            ],
        },
        OperationSpec {
            name: "DescribeScalingActivities",
            input: &[
                Member::opt("ActivityIds", &S_ACTIVITY_IDS),
                Member::opt("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("IncludeDeletedGroups", &S_INCLUDE_DELETED_GROUPS),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
                Member::opt("NextToken", &S_XML_STRING),
                Member::opt("Filters", &S_FILTERS),
            ],
            output: &[
                Member::req("Activities", &S_ACTIVITIES),
                Member::opt("NextToken", &S_XML_STRING),
            ],
        },
        OperationSpec {
            name: "DescribeScalingProcessTypes",
            input: &[],
            output: &[Member::opt("Processes", &S_PROCESSES)],
        },
        OperationSpec {
            name: "DescribeScheduledActions",
            input: &[
                Member::opt("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("ScheduledActionNames", &S_SCHEDULED_ACTION_NAMES),
                Member::opt("StartTime", &S_TIMESTAMP_TYPE),
                Member::opt("EndTime", &S_TIMESTAMP_TYPE),
                Member::opt("NextToken", &S_XML_STRING),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
            ],
            output: &[
                Member::opt(
                    "ScheduledUpdateGroupActions",
                    &S_SCHEDULED_UPDATE_GROUP_ACTIONS,
                ),
                Member::opt("NextToken", &S_XML_STRING),
            ],
        },
        OperationSpec {
            name: "DescribeTags",
            input: &[
                Member::opt("Filters", &S_FILTERS),
                Member::opt("NextToken", &S_XML_STRING),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
            ],
            output: &[
                Member::opt("Tags", &S_TAG_DESCRIPTION_LIST),
                Member::opt("NextToken", &S_XML_STRING),
            ],
        },
        OperationSpec {
            name: "DescribeTerminationPolicyTypes",
            input: &[],
            output: &[Member::opt(
                "TerminationPolicyTypes",
                &S_TERMINATION_POLICIES,
            )],
        },
        OperationSpec {
            name: "DescribeTrafficSources",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("TrafficSourceType", &S_XML_STRING_MAX_LEN255),
                Member::opt("NextToken", &S_XML_STRING),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
            ],
            output: &[
                Member::opt("TrafficSources", &S_TRAFFIC_SOURCE_STATES),
                Member::opt("NextToken", &S_XML_STRING),
            ],
        },
        OperationSpec {
            name: "DescribeWarmPool",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("MaxRecords", &S_MAX_RECORDS),
                Member::opt("NextToken", &S_XML_STRING),
            ],
            output: &[
                Member::opt("WarmPoolConfiguration", &S_WARM_POOL_CONFIGURATION),
                Member::opt("Instances", &S_INSTANCES),
                Member::opt("NextToken", &S_XML_STRING),
            ],
        },
        OperationSpec {
            name: "DetachInstances",
            input: &[
                Member::opt("InstanceIds", &S_INSTANCE_IDS),
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req(
                    "ShouldDecrementDesiredCapacity",
                    &S_SHOULD_DECREMENT_DESIRED_CAPACITY,
                ),
            ],
            output: &[Member::opt("Activities", &S_ACTIVITIES)],
        },
        OperationSpec {
            name: "DetachLoadBalancerTargetGroups",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("TargetGroupARNs", &S_TARGET_GROUP_ARNS),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DetachLoadBalancers",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("LoadBalancerNames", &S_LOAD_BALANCER_NAMES),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DetachTrafficSources",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("TrafficSources", &S_TRAFFIC_SOURCES),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DisableMetricsCollection",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("Metrics", &S_METRICS),
            ],
            output: &[],
        },
        OperationSpec {
            name: "EnableMetricsCollection",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("Metrics", &S_METRICS),
                Member::req("Granularity", &S_XML_STRING_MAX_LEN255),
            ],
            output: &[],
        },
        OperationSpec {
            name: "EnterStandby",
            input: &[
                Member::opt("InstanceIds", &S_INSTANCE_IDS),
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req(
                    "ShouldDecrementDesiredCapacity",
                    &S_SHOULD_DECREMENT_DESIRED_CAPACITY,
                ),
            ],
            output: &[Member::opt("Activities", &S_ACTIVITIES)],
        },
        OperationSpec {
            name: "ExecutePolicy",
            input: &[
                Member::opt("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("PolicyName", &S_RESOURCE_NAME),
                Member::opt("HonorCooldown", &S_HONOR_COOLDOWN),
                Member::opt("MetricValue", &S_METRIC_SCALE),
                Member::opt("BreachThreshold", &S_METRIC_SCALE),
            ],
            output: &[],
        },
        OperationSpec {
            name: "ExitStandby",
            input: &[
                Member::opt("InstanceIds", &S_INSTANCE_IDS),
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
            ],
            output: &[Member::opt("Activities", &S_ACTIVITIES)],
        },
        OperationSpec {
            name: "GetPredictiveScalingForecast",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("PolicyName", &S_XML_STRING_MAX_LEN255),
                Member::req("StartTime", &S_TIMESTAMP_TYPE),
                Member::req("EndTime", &S_TIMESTAMP_TYPE),
            ],
            output: &[
                Member::req("LoadForecast", &S_LOAD_FORECASTS),
                Member::req("CapacityForecast", &S_CAPACITY_FORECAST),
                Member::req("UpdateTime", &S_TIMESTAMP_TYPE),
            ],
        },
        OperationSpec {
            name: "LaunchInstances",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("RequestedCapacity", &S_REQUESTED_CAPACITY),
                Member::req("ClientToken", &S_CLIENT_TOKEN),
                Member::opt("AvailabilityZones", &S_AVAILABILITY_ZONES_LIMIT1),
                Member::opt("AvailabilityZoneIds", &S_AVAILABILITY_ZONE_IDS_LIMIT1),
                Member::opt("SubnetIds", &S_SUBNET_IDS_LIMIT1),
                Member::opt("RetryStrategy", &S_RETRY_STRATEGY),
            ],
            output: &[
                Member::opt("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("ClientToken", &S_CLIENT_TOKEN),
                Member::opt("Instances", &S_INSTANCE_COLLECTIONS),
                Member::opt("Errors", &S_LAUNCH_INSTANCES_ERRORS),
            ],
        },
        OperationSpec {
            name: "PutLifecycleHook",
            input: &[
                Member::req("LifecycleHookName", &S_ASCII_STRING_MAX_LEN255),
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("LifecycleTransition", &S_LIFECYCLE_TRANSITION),
                Member::opt("RoleARN", &S_XML_STRING_MAX_LEN255),
                Member::opt(
                    "NotificationTargetARN",
                    &S_NOTIFICATION_TARGET_RESOURCE_NAME,
                ),
                Member::opt(
                    "NotificationMetadata",
                    &S_ANY_PRINTABLE_ASCII_STRING_MAX_LEN4000,
                ),
                Member::opt("HeartbeatTimeout", &S_HEARTBEAT_TIMEOUT),
                Member::opt("DefaultResult", &S_LIFECYCLE_ACTION_RESULT),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutNotificationConfiguration",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("TopicARN", &S_XML_STRING_MAX_LEN255),
                Member::req("NotificationTypes", &S_AUTO_SCALING_NOTIFICATION_TYPES),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutScalingPolicy",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("PolicyName", &S_XML_STRING_MAX_LEN255),
                Member::opt("PolicyType", &S_XML_STRING_MAX_LEN64),
                Member::opt("AdjustmentType", &S_XML_STRING_MAX_LEN255),
                Member::opt("MinAdjustmentStep", &S_MIN_ADJUSTMENT_STEP),
                Member::opt("MinAdjustmentMagnitude", &S_MIN_ADJUSTMENT_MAGNITUDE),
                Member::opt("ScalingAdjustment", &S_POLICY_INCREMENT),
                Member::opt("Cooldown", &S_COOLDOWN),
                Member::opt("MetricAggregationType", &S_XML_STRING_MAX_LEN32),
                Member::opt("StepAdjustments", &S_STEP_ADJUSTMENTS),
                Member::opt("EstimatedInstanceWarmup", &S_ESTIMATED_INSTANCE_WARMUP),
                Member::opt(
                    "TargetTrackingConfiguration",
                    &S_TARGET_TRACKING_CONFIGURATION,
                ),
                Member::opt("Enabled", &S_SCALING_POLICY_ENABLED),
                Member::opt(
                    "PredictiveScalingConfiguration",
                    &S_PREDICTIVE_SCALING_CONFIGURATION,
                ),
            ],
            output: &[
                Member::opt("PolicyARN", &S_RESOURCE_NAME),
                Member::opt("Alarms", &S_ALARMS),
            ],
        },
        OperationSpec {
            name: "PutScheduledUpdateGroupAction",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("ScheduledActionName", &S_XML_STRING_MAX_LEN255),
                Member::opt("Time", &S_TIMESTAMP_TYPE),
                Member::opt("StartTime", &S_TIMESTAMP_TYPE),
                Member::opt("EndTime", &S_TIMESTAMP_TYPE),
                Member::opt("Recurrence", &S_XML_STRING_MAX_LEN255),
                Member::opt("MinSize", &S_AUTO_SCALING_GROUP_MIN_SIZE),
                Member::opt("MaxSize", &S_AUTO_SCALING_GROUP_MAX_SIZE),
                Member::opt("DesiredCapacity", &S_AUTO_SCALING_GROUP_DESIRED_CAPACITY),
                Member::opt("TimeZone", &S_XML_STRING_MAX_LEN255),
            ],
            output: &[],
        },
        OperationSpec {
            name: "PutWarmPool",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("MaxGroupPreparedCapacity", &S_MAX_GROUP_PREPARED_CAPACITY),
                Member::opt("MinSize", &S_WARM_POOL_MIN_SIZE),
                Member::opt("PoolState", &S_WARM_POOL_STATE),
                Member::opt("InstanceReusePolicy", &S_INSTANCE_REUSE_POLICY),
            ],
            output: &[],
        },
        OperationSpec {
            name: "RecordLifecycleActionHeartbeat",
            input: &[
                Member::req("LifecycleHookName", &S_ASCII_STRING_MAX_LEN255),
                Member::req("AutoScalingGroupName", &S_RESOURCE_NAME),
                Member::opt("LifecycleActionToken", &S_LIFECYCLE_ACTION_TOKEN),
                Member::opt("InstanceId", &S_XML_STRING_MAX_LEN19),
            ],
            output: &[],
        },
        OperationSpec {
            name: "ResumeProcesses",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("ScalingProcesses", &S_PROCESS_NAMES),
            ],
            output: &[],
        },
        OperationSpec {
            name: "RollbackInstanceRefresh",
            input: &[Member::req(
                "AutoScalingGroupName",
                &S_XML_STRING_MAX_LEN255,
            )],
            output: &[Member::opt("InstanceRefreshId", &S_XML_STRING_MAX_LEN255)],
        },
        OperationSpec {
            name: "SetDesiredCapacity",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("DesiredCapacity", &S_AUTO_SCALING_GROUP_DESIRED_CAPACITY),
                Member::opt("HonorCooldown", &S_HONOR_COOLDOWN),
            ],
            output: &[],
        },
        OperationSpec {
            name: "SetInstanceHealth",
            input: &[
                Member::req("InstanceId", &S_XML_STRING_MAX_LEN19),
                Member::req("HealthStatus", &S_XML_STRING_MAX_LEN32),
                Member::opt("ShouldRespectGracePeriod", &S_SHOULD_RESPECT_GRACE_PERIOD),
            ],
            output: &[],
        },
        OperationSpec {
            name: "SetInstanceProtection",
            input: &[
                Member::req("InstanceIds", &S_INSTANCE_IDS),
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::req("ProtectedFromScaleIn", &S_PROTECTED_FROM_SCALE_IN),
            ],
            output: &[],
        },
        OperationSpec {
            name: "StartInstanceRefresh",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("Strategy", &S_REFRESH_STRATEGY),
                Member::opt("DesiredConfiguration", &S_DESIRED_CONFIGURATION),
                Member::opt("Preferences", &S_REFRESH_PREFERENCES),
            ],
            output: &[Member::opt("InstanceRefreshId", &S_XML_STRING_MAX_LEN255)],
        },
        OperationSpec {
            name: "SuspendProcesses",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("ScalingProcesses", &S_PROCESS_NAMES),
            ],
            output: &[],
        },
        OperationSpec {
            name: "TerminateInstanceInAutoScalingGroup",
            input: &[
                Member::req("InstanceId", &S_XML_STRING_MAX_LEN19),
                Member::req(
                    "ShouldDecrementDesiredCapacity",
                    &S_SHOULD_DECREMENT_DESIRED_CAPACITY,
                ),
            ],
            output: &[Member::opt("Activity", &S_ACTIVITY)],
        },
        OperationSpec {
            name: "UpdateAutoScalingGroup",
            input: &[
                Member::req("AutoScalingGroupName", &S_XML_STRING_MAX_LEN255),
                Member::opt("LaunchConfigurationName", &S_XML_STRING_MAX_LEN255),
                Member::opt("LaunchTemplate", &S_LAUNCH_TEMPLATE_SPECIFICATION),
                Member::opt("MixedInstancesPolicy", &S_MIXED_INSTANCES_POLICY),
                Member::opt("MinSize", &S_AUTO_SCALING_GROUP_MIN_SIZE),
                Member::opt("MaxSize", &S_AUTO_SCALING_GROUP_MAX_SIZE),
                Member::opt("DesiredCapacity", &S_AUTO_SCALING_GROUP_DESIRED_CAPACITY),
                Member::opt("DefaultCooldown", &S_COOLDOWN),
                Member::opt("AvailabilityZones", &S_AVAILABILITY_ZONES),
                Member::opt("AvailabilityZoneIds", &S_AVAILABILITY_ZONE_IDS),
                Member::opt("HealthCheckType", &S_XML_STRING_MAX_LEN32),
                Member::opt("HealthCheckGracePeriod", &S_HEALTH_CHECK_GRACE_PERIOD),
                Member::opt("PlacementGroup", &S_UPDATE_PLACEMENT_GROUP_PARAM),
                Member::opt("VPCZoneIdentifier", &S_XML_STRING_MAX_LEN5000),
                Member::opt("TerminationPolicies", &S_TERMINATION_POLICIES),
                Member::opt("NewInstancesProtectedFromScaleIn", &S_INSTANCE_PROTECTED),
                Member::opt("ServiceLinkedRoleARN", &S_RESOURCE_NAME),
                Member::opt("MaxInstanceLifetime", &S_MAX_INSTANCE_LIFETIME),
                Member::opt("CapacityRebalance", &S_CAPACITY_REBALANCE_ENABLED),
                Member::opt("Context", &S_CONTEXT),
                Member::opt("DesiredCapacityType", &S_XML_STRING_MAX_LEN255),
                Member::opt("DefaultInstanceWarmup", &S_DEFAULT_INSTANCE_WARMUP),
                Member::opt("InstanceMaintenancePolicy", &S_INSTANCE_MAINTENANCE_POLICY),
                Member::opt(
                    "AvailabilityZoneDistribution",
                    &S_AVAILABILITY_ZONE_DISTRIBUTION,
                ),
                Member::opt(
                    "AvailabilityZoneImpairmentPolicy",
                    &S_AVAILABILITY_ZONE_IMPAIRMENT_POLICY,
                ),
                Member::opt("SkipZonalShiftValidation", &S_SKIP_ZONAL_SHIFT_VALIDATION),
                Member::opt(
                    "CapacityReservationSpecification",
                    &S_CAPACITY_RESERVATION_SPECIFICATION,
                ),
                Member::opt("InstanceLifecyclePolicy", &S_INSTANCE_LIFECYCLE_POLICY),
                Member::opt("DeletionProtection", &S_DELETION_PROTECTION),
            ],
            output: &[],
        },
    ],
    http: &[],
};
