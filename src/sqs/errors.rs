//! SQS's errors as AWS reports them: shape name (the JSON `__type`), the
//! query-compatible code clients show, AWS's message and HTTP status.
//!
//! Codes and statuses come from AWS's Smithy model (`awsQueryError` traits, as
//! shipped in the AWS SDK for JavaScript v3 schemas): for example
//! `QueueDoesNotExist` -> `AWS.SimpleQueueService.NonExistentQueue` (400),
//! `ReceiptHandleIsInvalid` (404), `OverLimit` (403),
//! `PurgeQueueInProgress` -> `AWS.SimpleQueueService.PurgeQueueInProgress` (403).
//! Errors without a modelled shape (`InvalidParameterValue`, `MissingParameter`)
//! carry the shape names AWS's JSON endpoint sends for them
//! (`InvalidParameterValueException`, `MissingRequiredParameterException`), as
//! recorded against AWS in LocalStack's snapshot tests (2023-11). Messages are
//! AWS's own where a recorded response exists; where none was found the text
//! follows AWS's phrasing pattern and says so in a comment at the call site.

use crate::error::AwsError;

pub fn queue_does_not_exist() -> AwsError {
    AwsError::query_compatible(
        "QueueDoesNotExist",
        "AWS.SimpleQueueService.NonExistentQueue",
        "The specified queue does not exist.",
    )
}

/// A QueueUrl that is not a queue URL at all.
pub fn invalid_address(url: &str) -> AwsError {
    AwsError::query_compatible(
        "InvalidAddress",
        "InvalidAddress",
        format!("The address {url} is not valid for this endpoint."),
    )
    .with_status(404)
}

pub fn queue_already_exists(attribute: &str) -> AwsError {
    AwsError::query_compatible(
        "QueueNameExists",
        "QueueAlreadyExists",
        format!(
            "A queue already exists with the same name and a different value for attribute {attribute}"
        ),
    )
}

pub fn queue_deleted_recently() -> AwsError {
    AwsError::query_compatible(
        "QueueDeletedRecently",
        "AWS.SimpleQueueService.QueueDeletedRecently",
        "You must wait 60 seconds after deleting a queue before you can create another with the same name.",
    )
}

pub fn invalid_parameter_value(message: impl Into<String>) -> AwsError {
    AwsError::query_compatible(
        "InvalidParameterValueException",
        "InvalidParameterValue",
        message,
    )
}

/// `Value {value} for parameter {name} is invalid. Reason: {reason}` -- AWS's
/// usual shape for a refused parameter.
pub fn invalid_value(value: impl std::fmt::Display, name: &str, reason: &str) -> AwsError {
    invalid_parameter_value(format!(
        "Value {value} for parameter {name} is invalid. Reason: {reason}"
    ))
}

pub fn missing_parameter(name: &str) -> AwsError {
    AwsError::query_compatible(
        "MissingRequiredParameterException",
        "MissingParameter",
        format!("The request must contain the parameter {name}."),
    )
}

pub fn invalid_attribute_name(message: impl Into<String>) -> AwsError {
    AwsError::client("InvalidAttributeName", message)
}

pub fn unknown_attribute(name: &str) -> AwsError {
    invalid_attribute_name(format!("Unknown Attribute {name}."))
}

pub fn invalid_attribute_value(message: impl Into<String>) -> AwsError {
    AwsError::client("InvalidAttributeValue", message)
}

/// `Invalid value for the parameter {name}.` (the recorded AWS form, with an
/// optional ` Reason: ...`).
pub fn invalid_attribute(name: &str, reason: Option<&str>) -> AwsError {
    match reason {
        None => invalid_attribute_value(format!("Invalid value for the parameter {name}.")),
        Some(r) => invalid_attribute_value(format!(
            "Invalid value for the parameter {name}. Reason: {r}"
        )),
    }
}

pub fn receipt_handle_is_invalid(handle: &str) -> AwsError {
    AwsError::query_compatible(
        "ReceiptHandleIsInvalid",
        "ReceiptHandleIsInvalid",
        format!("The input receipt handle \"{handle}\" is not a valid receipt handle."),
    )
    .with_status(404)
}

pub fn message_not_inflight() -> AwsError {
    AwsError::query_compatible(
        "MessageNotInflight",
        "AWS.SimpleQueueService.MessageNotInflight",
        "The specified message isn't in flight.",
    )
}

/// `entry_shape` is `SendMessageBatchRequestEntry`, `DeleteMessageBatchRequestEntry`
/// or `ChangeMessageVisibilityBatchRequestEntry`.
pub fn empty_batch_request(entry_shape: &str) -> AwsError {
    AwsError::query_compatible(
        "EmptyBatchRequest",
        "AWS.SimpleQueueService.EmptyBatchRequest",
        format!("There should be at least one {entry_shape} in the request."),
    )
}

pub fn too_many_entries(sent: usize) -> AwsError {
    AwsError::query_compatible(
        "TooManyEntriesInBatchRequest",
        "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
        format!("Maximum number of entries per request are 10. You have sent {sent}."),
    )
}

pub fn batch_ids_not_distinct(id: &str) -> AwsError {
    AwsError::query_compatible(
        "BatchEntryIdsNotDistinct",
        "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
        format!("Id {id} repeated."),
    )
}

pub fn invalid_batch_entry_id() -> AwsError {
    AwsError::query_compatible(
        "InvalidBatchEntryId",
        "AWS.SimpleQueueService.InvalidBatchEntryId",
        "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.",
    )
}

pub fn batch_request_too_long(limit: usize, sent: usize) -> AwsError {
    AwsError::query_compatible(
        "BatchRequestTooLong",
        "AWS.SimpleQueueService.BatchRequestTooLong",
        format!("Batch requests cannot be longer than {limit} bytes. You have sent {sent} bytes."),
    )
}

pub fn purge_queue_in_progress(queue_name: &str) -> AwsError {
    AwsError::query_compatible(
        "PurgeQueueInProgress",
        "AWS.SimpleQueueService.PurgeQueueInProgress",
        format!("Only one PurgeQueue operation on {queue_name} is allowed every 60 seconds."),
    )
    .with_status(403)
}

/// A FIFO queue's request rate was exceeded. AWS's troubleshooting guide names
/// the error `ThrottlingException` ("Requests over 300 TPS get the
/// ThrottlingException error"); over AWS JSON it is the service framework's
/// throttle, `com.amazon.coral.availability#ThrottlingException`, "Rate exceeded".
pub fn throttled() -> AwsError {
    AwsError::query_compatible(
        "com.amazon.coral.availability#ThrottlingException",
        "ThrottlingException",
        "Rate exceeded",
    )
}

pub fn over_limit(message: impl Into<String>) -> AwsError {
    AwsError::query_compatible("OverLimit", "OverLimit", message).with_status(403)
}

pub fn invalid_message_contents(message: impl Into<String>) -> AwsError {
    AwsError::client("InvalidMessageContents", message)
}

pub fn resource_not_found(message: impl Into<String>) -> AwsError {
    AwsError::query_compatible(
        "ResourceNotFoundException",
        "ResourceNotFoundException",
        message,
    )
    .with_status(404)
}

/// A request the queue policy does not allow. AWS's current wording (2024) is
/// "User: {principal} is not authorized to perform: sqs:{action} on resource:
/// {arn} because no resource-based policy allows the sqs:{action} action", code
/// `AccessDenied`, HTTP 403; the action is written in lower case as AWS does.
pub fn access_denied(
    principal: &str,
    action: &str,
    resource_arn: &str,
    explicit: bool,
) -> AwsError {
    let action = action.to_ascii_lowercase();
    let why = if explicit {
        "with an explicit deny in a resource-based policy".to_string()
    } else {
        format!("because no resource-based policy allows the {action} action")
    };
    AwsError::query_compatible(
        "AccessDeniedException",
        "AccessDenied",
        format!("User: {principal} is not authorized to perform: {action} on resource: {resource_arn} {why}"),
    )
    .with_status(403)
}

/// A member whose JSON type does not match the model (AWS: "STRING_VALUE can not
/// be converted to an Integer").
pub fn serialization(message: impl Into<String>) -> AwsError {
    AwsError::client("SerializationException", message)
}
