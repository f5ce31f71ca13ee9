//! AWS JSON 1.0 and 1.1: `POST /` with `X-Amz-Target: <Prefix>.<Operation>` and a
//! JSON body; responses are JSON, errors `{"__type": ..., "message": ...}`.
//!
//! SQS is "query compatible": its errors also carry the old query-protocol code
//! in the `x-amzn-query-error` header (`AWS.SimpleQueueService.NonExistentQueue;Sender`),
//! which the SDKs and the AWS CLI report as the error code.

use super::{HttpRequest, HttpResponse, Responder, Wire};
use crate::error::AwsError;
use crate::model::Service;
use crate::world::CallResult;
use serde_json::{json, Value};

/// Decodes an AWS JSON request; an error response when it is not one we can run.
pub fn decode(
    req: &HttpRequest,
    target: &str,
    request_id: &str,
) -> Result<(Responder, Value), HttpResponse> {
    let (prefix, operation) = target.split_once('.').unwrap_or((target, ""));
    let service = Service::from_json_target_prefix(prefix);
    let version = match service {
        Some(Service::Sqs) | Some(Service::CloudWatch) => "1.0",
        _ => "1.1",
    };
    let fail = |service: Service, err: AwsError| {
        let r = Responder {
            service,
            operation: operation.to_string(),
            wire: Wire::Json { version },
            request_id: request_id.to_string(),
        };
        Err(r.respond(&Err(err)))
    };
    let Some(service) = service else {
        return fail(
            Service::Kinesis,
            AwsError::client(
                "UnknownOperationException",
                format!("Unknown target prefix {prefix:?}: Switchyard serves AmazonSQS, Kinesis_20131202, Firehose_20150804, KinesisAnalytics_20150814 and GraniteServiceVersion20100801 (CloudWatch) over AWS JSON"),
            ),
        );
    };
    if !req.method.eq_ignore_ascii_case("POST") {
        return fail(
            service,
            AwsError::client(
                "UnknownOperationException",
                "AWS JSON requests must use POST",
            ),
        );
    }
    if operation.is_empty()
        || service
            .spec()
            .is_some_and(|s| s.operation(operation).is_none())
    {
        return fail(
            service,
            AwsError::client(
                "UnknownOperationException",
                format!("Unknown operation {target}"),
            ),
        );
    }
    let input: Value = if req.body.iter().all(u8::is_ascii_whitespace) {
        json!({})
    } else {
        match serde_json::from_slice(&req.body) {
            Ok(v @ Value::Object(_)) => v,
            Ok(_) => {
                return fail(
                    service,
                    AwsError::client(
                        "SerializationException",
                        "Request body must be a JSON object",
                    ),
                )
            }
            Err(e) => {
                return fail(
                    service,
                    AwsError::client(
                        "SerializationException",
                        format!("Malformed JSON request body: {e}"),
                    ),
                )
            }
        }
    };
    Ok((
        Responder {
            service,
            operation: operation.to_string(),
            wire: Wire::Json { version },
            request_id: request_id.to_string(),
        },
        input,
    ))
}

/// The namespace AWS puts before shape names in `__type`.
fn type_namespace(service: Service) -> &'static str {
    match service {
        Service::Sqs => "com.amazonaws.sqs#",
        Service::CloudWatch => "com.amazonaws.cloudwatch#",
        _ => "",
    }
}

/// Encodes a result as AWS JSON.
pub fn encode(r: &Responder, version: &str, result: &CallResult) -> HttpResponse {
    let mut headers = vec![
        (
            "Content-Type".to_string(),
            format!("application/x-amz-json-{version}"),
        ),
        ("x-amzn-RequestId".to_string(), r.request_id.clone()),
    ];
    match result {
        Ok(v) => HttpResponse {
            status: 200,
            headers,
            body: serde_json::to_vec(v).unwrap_or_else(|_| b"{}".to_vec()),
        },
        Err(e) => {
            let type_name = if e.type_name.contains('#') {
                e.type_name.clone()
            } else {
                format!("{}{}", type_namespace(r.service), e.type_name)
            };
            // Both are "awsQueryCompatible" in their models.
            if matches!(r.service, Service::Sqs | Service::CloudWatch) {
                let fault = if e.sender_fault { "Sender" } else { "Receiver" };
                headers.push(("x-amzn-query-error".into(), format!("{};{fault}", e.code)));
            }
            let body = json!({ "__type": type_name, "message": e.message });
            HttpResponse {
                status: e.status,
                headers,
                body: body.to_string().into_bytes(),
            }
        }
    }
}
