//! S3's errors as values: AWS's codes, messages and HTTP statuses ("Error
//! responses" in the Amazon S3 API Reference, "List of error codes").

use crate::error::AwsError;

fn s3(code: &str, status: u16, message: &str) -> AwsError {
    AwsError::client(code, message).with_status(status)
}

pub fn no_such_bucket(bucket: &str) -> AwsError {
    s3("NoSuchBucket", 404, "The specified bucket does not exist").with_extra("BucketName", bucket)
}

pub fn no_such_key(key: &str) -> AwsError {
    s3("NoSuchKey", 404, "The specified key does not exist.").with_extra("Key", key)
}

pub fn invalid_bucket_name(bucket: &str) -> AwsError {
    s3(
        "InvalidBucketName",
        400,
        "The specified bucket is not valid.",
    )
    .with_extra("BucketName", bucket)
}

pub fn bucket_already_exists(bucket: &str) -> AwsError {
    s3(
        "BucketAlreadyExists",
        409,
        "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.",
    )
    .with_extra("BucketName", bucket)
}

pub fn bucket_already_owned_by_you(bucket: &str) -> AwsError {
    s3(
        "BucketAlreadyOwnedByYou",
        409,
        "Your previous request to create the named bucket succeeded and you already own it.",
    )
    .with_extra("BucketName", bucket)
}

pub fn bucket_not_empty(bucket: &str) -> AwsError {
    s3(
        "BucketNotEmpty",
        409,
        "The bucket you tried to delete is not empty",
    )
    .with_extra("BucketName", bucket)
}

pub fn access_denied() -> AwsError {
    s3("AccessDenied", 403, "Access Denied")
}

pub fn invalid_location_constraint(constraint: &str) -> AwsError {
    s3(
        "InvalidLocationConstraint",
        400,
        "The specified location-constraint is not valid",
    )
    .with_extra("LocationConstraint", constraint)
}

/// A CreateBucket whose LocationConstraint (or its absence) does not fit the
/// Region the request was sent to.
pub fn illegal_location_constraint(constraint: Option<&str>) -> AwsError {
    let what = constraint.unwrap_or("unspecified");
    s3(
        "IllegalLocationConstraintException",
        400,
        &format!("The {what} location constraint is incompatible for the region specific endpoint this request was sent to."),
    )
}

pub fn invalid_argument(message: &str) -> AwsError {
    s3("InvalidArgument", 400, message)
}

/// InvalidArgument with the argument's name and value, as S3 writes them.
pub fn invalid_argument_named(message: &str, name: &str, value: &str) -> AwsError {
    invalid_argument(message)
        .with_extra("ArgumentName", name)
        .with_extra("ArgumentValue", value)
}

pub fn malformed_xml() -> AwsError {
    s3(
        "MalformedXML",
        400,
        "The XML you provided was not well-formed or did not validate against our published schema",
    )
}

pub fn invalid_range(requested: &str, size: u64) -> AwsError {
    s3(
        "InvalidRange",
        416,
        "The requested range is not satisfiable",
    )
    .with_extra("RangeRequested", requested)
    .with_extra("ActualObjectSize", &size.to_string())
}

pub fn key_too_long() -> AwsError {
    s3("KeyTooLongError", 400, "Your key is too long")
}

pub fn metadata_too_large() -> AwsError {
    s3(
        "MetadataTooLarge",
        400,
        "Your metadata headers exceed the maximum allowed metadata size.",
    )
}

pub fn entity_too_large() -> AwsError {
    s3(
        "EntityTooLarge",
        400,
        "Your proposed upload exceeds the maximum allowed object size.",
    )
}

pub fn invalid_request(message: &str) -> AwsError {
    s3("InvalidRequest", 400, message)
}

pub fn bad_digest() -> AwsError {
    s3(
        "BadDigest",
        400,
        "The Content-MD5 you specified did not match what we received.",
    )
}

/// A flexible checksum (`CRC32`, `SHA256`, ...) that does not match the body.
pub fn checksum_mismatch(algorithm: &str) -> AwsError {
    s3(
        "BadDigest",
        400,
        &format!("The {algorithm} you specified did not match the calculated checksum."),
    )
}

/// HEAD requests carry no body, so clients see only the status: the AWS CLI
/// reports `An error occurred (404) when calling the HeadObject operation: Not Found`.
pub fn for_head(e: AwsError) -> AwsError {
    let reason = match e.status {
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        416 => "Requested Range Not Satisfiable",
        _ => "Error",
    };
    AwsError::client(&e.status.to_string(), reason).with_status(e.status)
}

pub fn s3_too_many_buckets() -> AwsError {
    s3(
        "TooManyBuckets",
        400,
        "You have attempted to create more buckets than allowed",
    )
}

pub fn invalid_digest(sent: &str) -> AwsError {
    s3(
        "InvalidDigest",
        400,
        "The Content-MD5 you specified was invalid.",
    )
    .with_extra("Content-MD5", sent)
}

/// A storage class S3 does not take for a general purpose bucket.
pub fn invalid_storage_class(requested: &str) -> AwsError {
    s3(
        "InvalidStorageClass",
        400,
        "The storage class you specified is not valid",
    )
    .with_extra("StorageClassRequested", requested)
}

pub fn precondition_failed(condition: &str) -> AwsError {
    s3(
        "PreconditionFailed",
        412,
        "At least one of the pre-conditions you specified did not hold",
    )
    .with_extra("Condition", condition)
}

/// A conditional GET whose condition says the client's copy is current. The
/// wire answers 304 with no body, and with the object's ETag and
/// Last-Modified headers, as S3 does; the AWS CLI reports `(304) ... Not
/// Modified`.
pub fn not_modified(etag: &str, last_modified_unix_ms: u64) -> AwsError {
    AwsError::client("304", "Not Modified")
        .with_status(304)
        .with_extra("ETag", etag)
        .with_extra(
            "Last-Modified",
            &crate::protocol::rest_xml::http_date(&serde_json::json!(
                last_modified_unix_ms as f64 / 1000.0
            )),
        )
}

pub fn no_such_upload(upload_id: &str) -> AwsError {
    s3(
        "NoSuchUpload",
        404,
        "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.",
    )
    .with_extra("UploadId", upload_id)
}

/// A listed part that was not uploaded, or whose ETag does not match.
pub fn invalid_part(upload_id: &str, etag: &str, part_number: i64) -> AwsError {
    s3(
        "InvalidPart",
        400,
        "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
    )
    .with_extra("UploadId", upload_id)
    .with_extra("ETag", etag)
    .with_extra("PartNumber", &part_number.to_string())
}

pub fn invalid_part_order(upload_id: &str) -> AwsError {
    s3(
        "InvalidPartOrder",
        400,
        "The list of parts was not in ascending order. Parts must be ordered by part number.",
    )
    .with_extra("UploadId", upload_id)
}

/// A part other than the last under 5 MiB.
pub fn entity_too_small(proposed: usize, part_number: i64, etag: &str) -> AwsError {
    s3(
        "EntityTooSmall",
        400,
        "Your proposed upload is smaller than the minimum allowed size",
    )
    .with_extra("ProposedSize", &proposed.to_string())
    .with_extra("MinSizeAllowed", &super::limits::PART_MIN_BYTES.to_string())
    .with_extra("PartNumber", &part_number.to_string())
    .with_extra("ETag", etag)
}
