//! Checks a JSON request body against the operation's input shape before it is
//! deserialized, so a caller gets AWS's errors rather than serde's: a missing
//! required member is a `ValidationException` ("Value null at 'shardId' failed
//! to satisfy constraint: Member must not be null"), a member of the wrong JSON
//! type a `SerializationException`. Unknown members are ignored, as AWS's JSON
//! endpoint ignores them. Also the member constraints every operation shares
//! (stream names).

use super::errors;
use super::limits::STREAM_NAME_MAX_CHARS;
use crate::error::{AwsError, AwsResult};
use crate::model::{Member, OperationSpec, Shape};
use serde_json::Value;

/// Checks `input` for operation `op`.
pub fn check(op: &OperationSpec, input: &Value) -> AwsResult<()> {
    match input {
        Value::Null => check_members(op.input, &serde_json::Map::new()),
        Value::Object(map) => check_members(op.input, map),
        _ => Err(errors::serialization(
            "Start of structure or map found where not expected.",
        )),
    }
}

fn check_members(members: &[Member], map: &serde_json::Map<String, Value>) -> AwsResult<()> {
    for m in members {
        match map.get(m.name) {
            None | Some(Value::Null) => {
                if m.required {
                    return Err(errors::missing(m.name));
                }
            }
            Some(v) => check_shape(m.shape, v)?,
        }
    }
    Ok(())
}

fn mismatch(what: &str) -> AwsError {
    errors::serialization(format!(
        "{what} can not be converted from the JSON value given"
    ))
}

fn check_shape(shape: &Shape, v: &Value) -> AwsResult<()> {
    let ok = match shape {
        Shape::String | Shape::Blob => v.is_string(),
        Shape::Integer => v.as_i64().is_some_and(|i| i32::try_from(i).is_ok()),
        Shape::Long => v.as_i64().is_some(),
        Shape::Double => v.is_number(),
        Shape::Boolean => v.is_boolean(),
        // Epoch seconds; ISO-8601 text is accepted too (the CLI may pass it).
        Shape::Timestamp => v.is_number() || v.is_string(),
        Shape::List(item) => {
            let Value::Array(items) = v else {
                return Err(mismatch("a List"));
            };
            return items.iter().try_for_each(|i| check_shape(item, i));
        }
        Shape::Map { value, .. } => {
            let Value::Object(map) = v else {
                return Err(mismatch("a Map"));
            };
            return map.values().try_for_each(|i| check_shape(value, i));
        }
        Shape::Structure(members) => {
            let Value::Object(map) = v else {
                return Err(mismatch("a Structure"));
            };
            return check_members(members, map);
        }
    };
    if ok {
        Ok(())
    } else {
        Err(mismatch(match shape {
            Shape::String => "a String",
            Shape::Blob => "a Blob",
            Shape::Integer => "an Integer",
            Shape::Long => "a Long",
            Shape::Double => "a Double",
            Shape::Boolean => "a Boolean",
            _ => "a Timestamp",
        }))
    }
}

/// StreamName: 1-128 characters of `[a-zA-Z0-9_.-]`.
pub fn check_stream_name(name: &str) -> AwsResult<()> {
    if name.is_empty() || name.len() > STREAM_NAME_MAX_CHARS {
        return Err(errors::constraint(
            name,
            "StreamName",
            if name.is_empty() {
                "Member must have length greater than or equal to 1"
            } else {
                "Member must have length less than or equal to 128"
            },
        ));
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
    {
        return Err(errors::constraint(
            name,
            "StreamName",
            "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        ));
    }
    Ok(())
}

/// The preamble every AWS JSON engine shares: the operation must be in
/// `spec` (UnknownOperationException otherwise) and `input` must fit its
/// shape (`check`); a missing body reads as `{}`.
pub fn operation_input(
    spec: &'static crate::model::ServiceSpec,
    operation: &str,
    input: Value,
) -> AwsResult<Value> {
    let Some(op) = spec.operation(operation) else {
        return Err(AwsError::client(
            "UnknownOperationException",
            format!("Unknown operation {}:{operation}", spec.service.cli_name()),
        ));
    };
    check(op, &input)?;
    Ok(if input.is_null() {
        serde_json::json!({})
    } else {
        input
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reports_missing_and_mistyped_members() {
        let op = super::super::model::SPEC
            .operation("GetShardIterator")
            .unwrap();
        let e = check(
            op,
            &json!({"StreamName": "s", "ShardIteratorType": "LATEST"}),
        )
        .unwrap_err();
        assert_eq!(e.code, "ValidationException");
        assert!(e.message.contains("at 'shardId'"), "{}", e.message);
        let op = super::super::model::SPEC.operation("GetRecords").unwrap();
        let e = check(op, &json!({"ShardIterator": "x", "Limit": "5"})).unwrap_err();
        assert_eq!(e.code, "SerializationException");
        assert!(check_stream_name("bad name").is_err());
        assert!(check_stream_name("ok-name_1.x").is_ok());
    }
}
