//! Every S3 quota Switchyard enforces, each with its source (the Amazon S3 User
//! Guide and API Reference).

/// Bucket names: 3-63 characters ("Bucket naming rules", general purpose buckets).
pub const BUCKET_NAME_MIN: usize = 3;
pub const BUCKET_NAME_MAX: usize = 63;
/// Object keys: at most 1,024 bytes of UTF-8 ("Naming Amazon S3 objects").
pub const KEY_MAX_BYTES: usize = 1024;
/// PutObject: one object of up to 5 GB in a single PUT (User Guide, "Uploading
/// objects"). Switchyard keeps bodies in memory, so this is a ceiling, not a goal.
pub const PUT_OBJECT_MAX_BYTES: u64 = 5 * 1024 * 1024 * 1024;
/// User-defined metadata: at most 2 KB in the PUT request headers, counted as
/// the UTF-8 bytes of each key and value ("Working with object metadata").
pub const USER_METADATA_MAX_BYTES: usize = 2048;
/// ListObjectsV2: at most 1,000 keys per page; MaxKeys above that is lowered.
pub const LIST_MAX_KEYS: usize = 1000;
/// DeleteObjects: at most 1,000 keys per request.
pub const DELETE_OBJECTS_MAX: usize = 1000;
/// Notification filter rule values: at most 1,024 characters (FilterRule.Value).
pub const FILTER_VALUE_MAX_CHARS: usize = 1024;
/// Buckets per account: the default quota is 10,000 general purpose buckets
/// (Service Quotas, "General purpose buckets").
pub const BUCKETS_PER_ACCOUNT: usize = 10_000;
/// Multipart uploads: part numbers 1-10,000; every part but the last at least
/// 5 MiB; a part at most 5 GiB ("Amazon S3 multipart upload limits").
pub const PART_NUMBER_MAX: i64 = 10_000;
pub const PART_MIN_BYTES: usize = 5 * 1024 * 1024;
pub const PART_MAX_BYTES: u64 = 5 * 1024 * 1024 * 1024;
/// ListParts: at most 1,000 parts per page.
pub const LIST_PARTS_MAX: usize = 1000;
