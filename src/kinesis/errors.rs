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
/// as Java's `Date.toString` prints them in UTC (`EEE MMM dd HH:mm:ss zzz
/// yyyy`: "Iterator expired. The iterator was created at time Wed Mar 04
/// 01:02:40 UTC 2020 while right now it is ...").
pub fn expired_iterator(created_unix_ms: u64, now_unix_ms: u64) -> AwsError {
    AwsError::client(
        "ExpiredIteratorException",
        format!(
            "Iterator expired. The iterator was created at time {} while right now it is {} which is further in the future than the tolerated delay of 300000 milliseconds.",
            java_date_utc(created_unix_ms),
            java_date_utc(now_unix_ms)
        ),
    )
}

/// Unix ms as Java's `Date.toString` in UTC: `Wed Mar 04 01:02:40 UTC 2020`
/// (day of month zero-padded, milliseconds dropped).
pub fn java_date_utc(unix_ms: u64) -> String {
    let iso = crate::sim::time::format_unix_ms(unix_ms);
    let (year, month, day, time) = (&iso[0..4], &iso[5..7], &iso[8..10], &iso[11..19]);
    // 1970-01-01 was a Thursday.
    let weekday =
        ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(unix_ms / 86_400_000 % 7) as usize];
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][month.parse::<usize>().map_or(0, |m| m - 1)];
    format!("{weekday} {month} {day} {time} UTC {year}")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expired_iterator_names_both_instants_as_java_dates() {
        // 2020-03-04T01:02:40Z and 2020-03-04T01:10:30.5Z.
        let e = expired_iterator(1_583_283_760_000, 1_583_284_230_500);
        assert_eq!(e.code, "ExpiredIteratorException");
        assert_eq!(
            e.message,
            "Iterator expired. The iterator was created at time Wed Mar 04 01:02:40 UTC 2020 while right now it is Wed Mar 04 01:10:30 UTC 2020 which is further in the future than the tolerated delay of 300000 milliseconds."
        );
        assert_eq!(java_date_utc(0), "Thu Jan 01 00:00:00 UTC 1970");
        assert_eq!(
            java_date_utc(1_767_225_600_000),
            "Thu Jan 01 00:00:00 UTC 2026"
        );
        assert_eq!(
            java_date_utc(951_782_400_123),
            "Tue Feb 29 00:00:00 UTC 2000"
        );
    }
}
