//! Firehose's errors as AWS reports them over AWS JSON 1.1: the modelled shape
//! name is `__type`, HTTP 400, except ServiceUnavailableException (a server
//! fault, 500). Codes are botocore's `firehose/2015-08-04` error shapes plus the
//! JSON protocol's ValidationException / SerializationException.
//!
//! Messages: "Firehose stream X under account Y not found." and "... already
//! exists." follow the wording AWS's endpoint returns for delivery streams;
//! "Slow down." is the throttling text of PutRecord's reference; where no AWS
//! text was found the message follows those patterns and says so.

use crate::error::AwsError;

pub fn not_found(name: &str, account: &str) -> AwsError {
    AwsError::client(
        "ResourceNotFoundException",
        format!("Firehose {name} under account {account} not found."),
    )
}

pub fn in_use(message: impl Into<String>) -> AwsError {
    AwsError::client("ResourceInUseException", message)
}

pub fn exists(name: &str, account: &str) -> AwsError {
    in_use(format!(
        "Firehose {name} under account {account} already exists."
    ))
}

pub fn invalid_argument(message: impl Into<String>) -> AwsError {
    AwsError::client("InvalidArgumentException", message)
}

pub fn limit_exceeded(message: impl Into<String>) -> AwsError {
    AwsError::client("LimitExceededException", message)
}

pub fn concurrent_modification(message: impl Into<String>) -> AwsError {
    AwsError::client("ConcurrentModificationException", message)
}

pub fn validation(message: impl Into<String>) -> AwsError {
    AwsError::client("ValidationException", message)
}

/// Coral's constraint wording: `1 validation error detected: Value 'x' at
/// 'deliveryStreamName' failed to satisfy constraint: Member must ...`.
pub fn constraint(value: &str, member: &str, constraint: &str) -> AwsError {
    constraints(&[(
        value.to_string(),
        member.to_string(),
        constraint.to_string(),
    )])
}

/// Several failed constraints in one ValidationException, as Coral reports
/// them: `2 validation errors detected: Value ... ; Value ...` (osquery issue
/// 3568 quotes AWS's PutRecordBatch answer), at most 10 listed. `errors` is
/// (value, member path, constraint); it must not be empty.
pub fn constraints(errors: &[(String, String, String)]) -> AwsError {
    let listed: Vec<String> = errors
        .iter()
        .take(MAX_LISTED)
        .map(|(value, member, constraint)| {
            let mut m = member.clone();
            if let Some(first) = m.get(0..1) {
                let lower = first.to_ascii_lowercase();
                m.replace_range(0..1, &lower);
            }
            format!("Value '{value}' at '{m}' failed to satisfy constraint: {constraint}")
        })
        .collect();
    let n = errors.len();
    let s = if n == 1 { "" } else { "s" };
    validation(format!(
        "{n} validation error{s} detected: {}",
        listed.join("; ")
    ))
}

/// How many failed constraints a ValidationException lists.
const MAX_LISTED: usize = 10;

/// Direct PUT over the stream's throughput quota.
pub fn slow_down() -> AwsError {
    AwsError::client("ServiceUnavailableException", "Slow down.").with_status(500)
}
