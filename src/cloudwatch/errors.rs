//! CloudWatch's errors as AWS reports them. CloudWatch is "query compatible":
//! over AWS JSON 1.0 the `__type` is the modelled shape name and the
//! `x-amzn-query-error` header carries the query-protocol code the SDKs and
//! the AWS CLI show (botocore `cloudwatch/2010-08-01`: ResourceNotFound,
//! InvalidParameterValue, MissingParameter, InvalidParameterCombination,
//! LimitExceeded, InvalidNextToken, InvalidFormat). Input that breaks a
//! modelled constraint is AWS's `ValidationError` with the service
//! framework's wording ("1 validation error detected: Value ... at ... failed
//! to satisfy constraint: ...").

use crate::error::AwsError;

fn coded(type_name: &str, code: &str, status: u16, message: impl Into<String>) -> AwsError {
    AwsError::query_compatible(type_name, code, message).with_status(status)
}

pub fn resource_not_found(message: impl Into<String>) -> AwsError {
    coded("ResourceNotFound", "ResourceNotFound", 404, message)
}

pub fn invalid_parameter_value(message: impl Into<String>) -> AwsError {
    coded(
        "InvalidParameterValueException",
        "InvalidParameterValue",
        400,
        message,
    )
}

pub fn missing_parameter(name: &str) -> AwsError {
    coded(
        "MissingRequiredParameterException",
        "MissingParameter",
        400,
        format!("The parameter {name} is required."),
    )
}

pub fn invalid_combination(message: impl Into<String>) -> AwsError {
    coded(
        "InvalidParameterCombinationException",
        "InvalidParameterCombination",
        400,
        message,
    )
}

pub fn limit_exceeded(message: impl Into<String>) -> AwsError {
    coded("LimitExceededFault", "LimitExceeded", 400, message)
}

pub fn invalid_next_token() -> AwsError {
    coded(
        "InvalidNextToken",
        "InvalidNextToken",
        400,
        "The service cannot process the NextToken.",
    )
}

pub fn invalid_format(message: impl Into<String>) -> AwsError {
    coded("InvalidFormatFault", "InvalidFormat", 400, message)
}

/// A modelled constraint broken: `ValidationError`, AWS's framework wording.
pub fn constraint(value: &str, member: &str, constraint: &str) -> AwsError {
    validation(format!(
        "1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: {constraint}"
    ))
}

pub fn validation(message: impl Into<String>) -> AwsError {
    AwsError::client("ValidationError", message)
}
