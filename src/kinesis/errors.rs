//! Kinesis Data Streams' errors as AWS reports them over AWS JSON 1.1: the shape
//! name is the `__type` (no namespace), HTTP 400 for all of them.
//!
//! Codes are the modelled error shapes of botocore's `kinesis/2013-12-02` model
//! (ResourceNotFoundException, ResourceInUseException, InvalidArgumentException,
//! LimitExceededException, ProvisionedThroughputExceededException,
//! ExpiredIteratorException, ExpiredNextTokenException, ValidationException).
//! Messages: the PutRecords reference shows the throttling text ("Rate exceeded
//! for shard shardId-000000000001 in stream exampleStreamName under account
//! 111111111111."); the others follow the wording AWS's endpoint is commonly
//! seen to return (stream "... under account ... not found."). Where no AWS text
//! was found the message follows that pattern and says so at its definition.

use crate::error::AwsError;

pub fn resource_not_found(message: impl Into<String>) -> AwsError {
    AwsError::client("ResourceNotFoundException", message)
}

pub fn stream_not_found(name: &str, account: &str) -> AwsError {
    resource_not_found(format!("Stream {name} under account {account} not found."))
}

pub fn resource_in_use(message: impl Into<String>) -> AwsError {
    AwsError::client("ResourceInUseException", message)
}

pub fn stream_exists(name: &str, account: &str) -> AwsError {
    resource_in_use(format!(
        "Stream {name} under account {account} already exists."
    ))
}

/// A stream that is not ACTIVE for an operation that needs it. (Wording ours,
/// in AWS's pattern.)
pub fn not_active(name: &str, account: &str, status: &str) -> AwsError {
    resource_in_use(format!(
        "Stream {name} under account {account} not ACTIVE, instead in state {status}"
    ))
}

pub fn invalid_argument(message: impl Into<String>) -> AwsError {
    AwsError::client("InvalidArgumentException", message)
}

pub fn limit_exceeded(message: impl Into<String>) -> AwsError {
    AwsError::client("LimitExceededException", message)
}

pub fn validation(message: impl Into<String>) -> AwsError {
    AwsError::client("ValidationException", message)
}

/// AWS's validation wording: `1 validation error detected: Value 'x' at
/// 'streamName' failed to satisfy constraint: Member must ...`.
pub fn constraint(value: &str, member: &str, constraint: &str) -> AwsError {
    validation(format!(
        "1 validation error detected: Value '{value}' at '{}' failed to satisfy constraint: {constraint}",
        lower_first(member)
    ))
}

/// A required member that is absent or null.
pub fn missing(member: &str) -> AwsError {
    validation(format!(
        "1 validation error detected: Value null at '{}' failed to satisfy constraint: Member must not be null",
        lower_first(member)
    ))
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_ascii_lowercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

/// The per-shard write or read rate was exceeded (PutRecords reference wording).
pub fn throughput_exceeded(shard_id: &str, stream: &str, account: &str) -> AwsError {
    AwsError::client(
        "ProvisionedThroughputExceededException",
        throughput_message(shard_id, stream, account),
    )
}

pub fn throughput_message(shard_id: &str, stream: &str, account: &str) -> String {
    format!("Rate exceeded for shard {shard_id} in stream {stream} under account {account}.")
}

/// A shard iterator older than five minutes. AWS's text names both instants
/// and the tolerated delay; the instants are rendered in ISO-8601 here.
pub fn expired_iterator(created: &str, now: &str) -> AwsError {
    AwsError::client(
        "ExpiredIteratorException",
        format!("Iterator expired. The iterator was created at time {created} while right now it is {now} which is further in the future than the tolerated delay of 300000 milliseconds."),
    )
}

pub fn expired_next_token() -> AwsError {
    AwsError::client(
        "ExpiredNextTokenException",
        "The timestamp of the last value in the NextToken is more than 300 seconds ago.",
    )
}

/// A member whose JSON type does not match the model.
pub fn serialization(message: impl Into<String>) -> AwsError {
    AwsError::client("SerializationException", message)
}
