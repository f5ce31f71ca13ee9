//! AWS errors as values: every refusal carries AWS's own code, message and HTTP
//! status, so each wire protocol can render it exactly as AWS does.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An error as AWS reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwsError {
    /// The code clients show: `AWS.SimpleQueueService.NonExistentQueue`,
    /// `ResourceNotFoundException`, `InvalidParameter`, ...
    pub code: String,
    /// The modelled shape name for JSON protocols' `__type` (`QueueDoesNotExist`);
    /// equal to `code` where the service has no separate query-compatible code.
    pub type_name: String,
    /// AWS's human-readable message.
    pub message: String,
    /// HTTP status of the response.
    pub status: u16,
    /// True for a caller's mistake (`Sender`), false for the service's (`Receiver`).
    pub sender_fault: bool,
    /// Further elements S3 writes into its `<Error>` (`BucketName`, `Key`,
    /// `ArgumentName1`, ...), in order; empty for the other services.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra: Vec<(String, String)>,
}

impl AwsError {
    /// A client error (HTTP 400) whose code and shape name are the same.
    pub fn client(code: &str, message: impl Into<String>) -> Self {
        AwsError {
            code: code.to_string(),
            type_name: code.to_string(),
            message: message.into(),
            status: 400,
            sender_fault: true,
            extra: Vec::new(),
        }
    }

    /// A client error whose JSON shape name differs from its query-compatible code
    /// (SQS: shape `QueueDoesNotExist`, code `AWS.SimpleQueueService.NonExistentQueue`).
    pub fn query_compatible(type_name: &str, code: &str, message: impl Into<String>) -> Self {
        AwsError {
            code: code.to_string(),
            type_name: type_name.to_string(),
            message: message.into(),
            status: 400,
            sender_fault: true,
            extra: Vec::new(),
        }
    }

    /// Overrides the HTTP status.
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = status;
        self.sender_fault = status < 500;
        self
    }

    /// Adds an element to S3's `<Error>` document.
    pub fn with_extra(mut self, name: &str, value: &str) -> Self {
        self.extra.push((name.to_string(), value.to_string()));
        self
    }

    /// A behaviour AWS has and Switchyard does not emulate (yet). Always names
    /// what was refused; never an approximation.
    pub fn not_emulated(what: impl fmt::Display) -> Self {
        AwsError {
            code: "NotImplemented".into(),
            type_name: "NotImplemented".into(),
            message: format!("Switchyard does not emulate {what} yet"),
            status: 501,
            sender_fault: false,
            extra: Vec::new(),
        }
    }

    /// A required input member is missing.
    pub fn missing_parameter(name: &str) -> Self {
        AwsError::client(
            "MissingParameter",
            format!("The request must contain the parameter {name}."),
        )
    }

    /// An input member has a value of the wrong form.
    pub fn invalid_parameter_value(message: impl Into<String>) -> Self {
        AwsError::client("InvalidParameterValue", message)
    }
}

impl fmt::Display for AwsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for AwsError {}

/// Shorthand for engine results.
pub type AwsResult<T> = Result<T, AwsError>;

/// An engine's typed request from AWS's JSON input shape (a missing body is an
/// empty object); a shape that does not fit is AWS's `SerializationException`.
/// Shared by the JSON-protocol engines (SQS, Kinesis).
pub fn input_as<T: serde::de::DeserializeOwned>(input: serde_json::Value) -> AwsResult<T> {
    let input = if input.is_null() {
        serde_json::Value::Object(Default::default())
    } else {
        input
    };
    serde_json::from_value(input)
        .map_err(|e| AwsError::client("SerializationException", e.to_string()))
}

/// A typed response as AWS's JSON output shape.
pub fn output_json<T: serde::Serialize>(out: T) -> AwsResult<serde_json::Value> {
    serde_json::to_value(out).map_err(|e| {
        AwsError::client("InternalFailure", format!("response encoding failed: {e}"))
            .with_status(500)
    })
}

/// The empty JSON object an operation with no output answers.
pub fn empty_output(_: ()) -> AwsResult<serde_json::Value> {
    Ok(serde_json::Value::Object(Default::default()))
}
