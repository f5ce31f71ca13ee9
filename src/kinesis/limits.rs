//! Every Kinesis Data Streams quota, range, default and simulated delay in one
//! place, with where it comes from.
//!
//! Sources: the Kinesis Data Streams API reference (2013-12-02) as shipped in
//! botocore's model (operation and member documentation, shape constraints), and
//! the developer guide's "Quotas and limits" page. Delays marked *simulated* are
//! Switchyard's choice: AWS documents that the transitions are asynchronous
//! ("could take a few minutes") but gives no figure, so a small fixed delay keeps
//! the states visible without making a learner wait.

/// StreamName: 1-128 characters of `[a-zA-Z0-9_.-]` (model constraint).
pub const STREAM_NAME_MAX_CHARS: usize = 128;

/// The largest hash key: the key space is 0..2^128-1 (MD5 is 128 bits).
pub const MAX_HASH_KEY: u128 = u128::MAX;

/// PartitionKey: 1-256 characters (model constraint; "Unicode strings, with a
/// maximum length limit of 256 characters").
pub const PARTITION_KEY_MAX_CHARS: usize = 256;

/// A record's data blob (partition key included): 1 MiB by default
/// (MaxRecordSizeInKiB, 1024-10240 KiB, default 1024, CreateStream docs).
pub const MAX_RECORD_SIZE_KIB_DEFAULT: u32 = 1024;
pub const MAX_RECORD_SIZE_KIB_MIN: i64 = 1024;
pub const MAX_RECORD_SIZE_KIB_MAX: i64 = 10_240;

/// PutRecords: at most 500 records, "up to a limit of 10 MiB for the entire
/// request, including partition keys" (PutRecords docs, current; older docs said
/// 5 MiB).
pub const PUT_RECORDS_MAX_ENTRIES: usize = 500;
pub const PUT_RECORDS_MAX_BYTES: u64 = 10 * 1024 * 1024;

/// Per shard writes: 1,000 records and 1 MiB per second (CreateStream docs).
pub const SHARD_WRITE_RECORDS_PER_S: u64 = 1_000;
pub const SHARD_WRITE_BYTES_PER_S: u64 = 1024 * 1024;

/// Per shard reads (classic consumers, shared): five GetRecords calls and
/// 2 MiB per second (CreateStream, GetRecords docs).
pub const SHARD_READ_CALLS_PER_S: u64 = 5;
pub const SHARD_READ_BYTES_PER_S: u64 = 2 * 1024 * 1024;

/// GetShardIterator: "five transactions per second per account per open shard".
pub const GET_SHARD_ITERATOR_PER_S: u64 = 5;

/// GetRecords: Limit 1-10,000 (default 10,000) records and at most 10 MiB per
/// call ("If a call returns this amount of data, subsequent calls made within the
/// next 5 seconds throw ProvisionedThroughputExceededException": the byte budget
/// below is a 2 MiB/s bucket that a 10 MiB answer overdraws by 5 s).
pub const GET_RECORDS_MAX_RECORDS: i64 = 10_000;
pub const GET_RECORDS_MAX_BYTES: u64 = 10 * 1024 * 1024;

/// Rate buckets hold one second's worth (a burst of a full second's quota).
pub const BUCKET_BURST_MS: u64 = 1_000;

/// ShardIterator: 1-512 characters (model constraint).
pub const SHARD_ITERATOR_MAX_CHARS: usize = 512;

/// "A shard iterator expires 5 minutes after it is returned to the requester."
pub const SHARD_ITERATOR_TTL_MS: u64 = 300_000;

/// Retention: 24 h default and minimum, 8,760 h (365 days) maximum
/// (Increase/DecreaseStreamRetentionPeriod docs).
pub const RETENTION_MIN_HOURS: i64 = 24;
pub const RETENTION_MAX_HOURS: i64 = 8_760;
pub const RETENTION_DEFAULT_HOURS: u32 = 24;

/// Expired records are dropped from memory at most this often (reads never see
/// them anyway: every read checks arrival + retention exactly).
pub const TRIM_GRANULARITY_MS: u64 = 1_000;

/// On-demand streams: Switchyard creates them with four shards, which gives the
/// documented default write capacity of an on-demand stream (4 MiB/s and 4,000
/// records/s, developer guide "on-demand mode"). They then scale by themselves
/// (`Kinesis::scale_on_demand`, to double the peak write throughput seen);
/// UpdateShardCount/SplitShard/MergeShards are refused as AWS refuses them
/// ("only supported for the data streams with the provisioned capacity mode").
pub const ON_DEMAND_SHARDS: u32 = 4;

/// UpdateShardCount default limits (UpdateShardCount docs): at most ten
/// scalings per rolling 24 hours per stream, at most double and at least half
/// the current open shard count, at most 10,000 shards per stream.
pub const UPDATE_SHARD_COUNT_PER_DAY: usize = 10;
pub const UPDATE_SHARD_COUNT_WINDOW_MS: u64 = 24 * 3_600_000;
pub const MAX_SHARDS_PER_STREAM_SCALING: u32 = 10_000;

/// Shards per account and Region: "The default shard quota is 20,000 shards
/// per AWS account" in us-east-1, us-west-2 and eu-west-1, and "1,000 or
/// 6,000" elsewhere (Quotas and limits, current; the page does not say which
/// Region has which, so the lower is used). Adjustable on AWS, fixed here.
/// Open shards count; closed parents do not.
pub fn shard_quota(region: &str) -> u32 {
    match region {
        "us-east-1" | "us-west-2" | "eu-west-1" => 20_000,
        _ => 1_000,
    }
}

/// "By default, you can create up to 50 data streams with the on-demand
/// capacity mode" (Quotas and limits), per account and Region.
pub const ON_DEMAND_STREAMS_MAX: usize = 50;

/// "Have more than five streams in the CREATING state at any point in time"
/// is refused with LimitExceededException (CreateStream docs).
pub const MAX_STREAMS_CREATING: usize = 5;

/// DescribeStream Limit: default and maximum 100 shards per call.
pub const DESCRIBE_STREAM_MAX_SHARDS: i64 = 100;
/// ListStreams Limit: default and maximum 100 streams per call.
pub const LIST_STREAMS_MAX: i64 = 100;
/// ListShards MaxResults: 1-10,000, default 1,000, at most 1,000 returned.
pub const LIST_SHARDS_DEFAULT: i64 = 1_000;
pub const LIST_SHARDS_MAX_ARG: i64 = 10_000;
/// ListShards NextToken: "Tokens expire after 300 seconds."
pub const LIST_SHARDS_TOKEN_TTL_MS: u64 = 300_000;

/// Tags: at most 50 per stream ("You can assign up to 50 tags to a data
/// stream", AddTagsToStream docs); keys 1-128 characters, values 0-256. Per
/// call the model bounds the TagMap (AddTagsToStream, TagResource,
/// CreateStream) to 1-200 entries and the TagKeyList (RemoveTagsFromStream,
/// UntagResource) to 1-50; more than 50 on the stream is refused by the
/// service. (Older docs said "up to 10 tags" per AddTagsToStream call.)
pub const TAGS_MAX: usize = 50;
pub const TAG_MAP_MAX: usize = 200;
pub const TAG_KEY_LIST_MAX: usize = 50;
/// ListTagsForStream Limit: 1-50 (model), 50 when not given.
pub const LIST_TAGS_MAX: i64 = 50;
pub const TAG_KEY_MAX_CHARS: usize = 128;
pub const TAG_VALUE_MAX_CHARS: usize = 256;

/// Enhanced fan-out: 20 registered consumers per provisioned stream
/// (RegisterStreamConsumer docs), 5 in CREATING at once; each subscription gets
/// 2 MiB/s per shard and lasts 5 minutes (SubscribeToShard docs).
pub const MAX_CONSUMERS_PER_STREAM: usize = 20;
pub const MAX_CONSUMERS_CREATING: usize = 5;
pub const SUBSCRIPTION_BYTES_PER_S: u64 = 2 * 1024 * 1024;
pub const SUBSCRIPTION_TTL_MS: u64 = 300_000;
/// "If you call SubscribeToShard again with the same ConsumerARN and ShardId
/// within 5 seconds of a successful call, you'll get a ResourceInUseException."
pub const SUBSCRIPTION_RENEW_MIN_MS: u64 = 5_000;
/// A subscription pushes one SubscribeToShardEvent per tick (simulated: AWS
/// pushes "as records arrive"; a 200 ms tick is 0.4 MiB of the 2 MiB/s budget).
pub const SUBSCRIPTION_TICK_MS: u64 = 200;
/// Events a subscription keeps until its reader takes them (a limit on
/// everything; older ones are dropped and counted).
pub const SUBSCRIPTION_BUFFER_EVENTS: usize = 1_500;

/// Simulated delays of the asynchronous transitions (see the file comment).
pub const CREATE_DELAY_MS: u64 = 1_000;
pub const DELETE_DELAY_MS: u64 = 1_000;
pub const RESHARD_DELAY_MS: u64 = 1_000;
pub const MODE_CHANGE_DELAY_MS: u64 = 1_000;
pub const ENCRYPTION_DELAY_MS: u64 = 1_000;
pub const CONSUMER_DELAY_MS: u64 = 1_000;

/// An on-demand stream's peak is measured over this window (the last minute's
/// average write rate, at each minute boundary).
pub const ON_DEMAND_WINDOW_MS: u64 = 60_000;

/// The shard-level ("enhanced") metrics EnableEnhancedMonitoring can turn on,
/// in the API's order (`ALL` names them all).
pub const SHARD_LEVEL_METRICS: [&str; 7] = [
    "IncomingBytes",
    "IncomingRecords",
    "OutgoingBytes",
    "OutgoingRecords",
    "WriteProvisionedThroughputExceeded",
    "ReadProvisionedThroughputExceeded",
    "IteratorAgeMilliseconds",
];
