//! Checks a JSON request body against the operation's input shape before it is
//! deserialized, so a caller gets AWS's errors rather than serde's: a missing
//! required member is `MissingParameter` ("The request must contain the
//! parameter QueueUrl."), a member of the wrong JSON type is a
//! `SerializationException` worded as AWS words it ("STRING_VALUE can not be
//! converted to an Integer"). Unknown members are ignored, as AWS's JSON
//! endpoint ignores them.

use super::errors;
use crate::error::{AwsError, AwsResult};
use crate::model::{Member, OperationSpec, Shape};
use serde_json::Value;

/// Checks `input` for operation `op`.
pub fn check(op: &OperationSpec, input: &Value) -> AwsResult<()> {
    match input {
        Value::Null => check_members(op.input, &serde_json::Map::new()),
        Value::Object(map) => check_members(op.input, map),
        other => Err(errors::serialization(format!(
            "{} can not be converted to a Structure",
            token(other)
        ))),
    }
}

fn check_members(members: &[Member], map: &serde_json::Map<String, Value>) -> AwsResult<()> {
    for m in members {
        match map.get(m.name) {
            None | Some(Value::Null) => {
                if m.required {
                    return Err(errors::missing_parameter(m.name));
                }
            }
            Some(v) => check_shape(m.shape, v)?,
        }
    }
    Ok(())
}

/// The name AWS's deserializer gives a JSON token.
fn token(v: &Value) -> &'static str {
    match v {
        Value::Null => "VALUE_NULL",
        Value::Bool(_) => "BOOLEAN_VALUE",
        Value::Number(_) => "NUMBER_VALUE",
        Value::String(_) => "STRING_VALUE",
        Value::Array(_) => "START_ARRAY",
        Value::Object(_) => "START_OBJECT",
    }
}

fn mismatch(v: &Value, target: &str) -> AwsError {
    errors::serialization(format!("{} can not be converted to {target}", token(v)))
}

fn check_shape(shape: &Shape, v: &Value) -> AwsResult<()> {
    match shape {
        Shape::String => match v {
            Value::String(_) => Ok(()),
            _ => Err(mismatch(v, "a String")),
        },
        Shape::Blob => match v {
            Value::String(_) => Ok(()),
            _ => Err(mismatch(v, "a Blob")),
        },
        Shape::Integer => match v {
            Value::Number(n) if n.as_i64().is_some_and(|i| i32::try_from(i).is_ok()) => Ok(()),
            _ => Err(mismatch(v, "an Integer")),
        },
        Shape::Long => match v {
            Value::Number(n) if n.as_i64().is_some() => Ok(()),
            _ => Err(mismatch(v, "a Long")),
        },
        Shape::Double => match v {
            Value::Number(_) => Ok(()),
            _ => Err(mismatch(v, "a Double")),
        },
        Shape::Boolean => match v {
            Value::Bool(_) => Ok(()),
            _ => Err(mismatch(v, "a Boolean")),
        },
        Shape::Timestamp => match v {
            Value::Number(_) => Ok(()),
            _ => Err(mismatch(v, "a Timestamp")),
        },
        Shape::List(item) => match v {
            Value::Array(items) => items.iter().try_for_each(|i| check_shape(item, i)),
            _ => Err(mismatch(v, "a List")),
        },
        Shape::Map { value, .. } => match v {
            Value::Object(map) => map.values().try_for_each(|i| check_shape(value, i)),
            _ => Err(mismatch(v, "a Map")),
        },
        Shape::Structure(members) => match v {
            Value::Object(map) => check_members(members, map),
            _ => Err(mismatch(v, "a Structure")),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn op(name: &str) -> &'static OperationSpec {
        crate::sqs::model::SPEC.operation(name).unwrap()
    }

    #[test]
    fn reports_missing_and_mistyped_members_as_aws_does() {
        let e = check(op("SendMessage"), &json!({"QueueUrl": "u"})).unwrap_err();
        assert_eq!(e.code, "MissingParameter");
        assert_eq!(
            e.message,
            "The request must contain the parameter MessageBody."
        );
        let e = check(
            op("ReceiveMessage"),
            &json!({"QueueUrl": "u", "VisibilityTimeout": "30"}),
        )
        .unwrap_err();
        assert_eq!(e.code, "SerializationException");
        assert_eq!(e.message, "STRING_VALUE can not be converted to an Integer");
        let e = check(
            op("CreateQueue"),
            &json!({"QueueName": "q", "Attributes": {"DelaySeconds": 5}}),
        )
        .unwrap_err();
        assert_eq!(e.message, "NUMBER_VALUE can not be converted to a String");
        let e = check(
            op("SendMessageBatch"),
            &json!({"QueueUrl": "u", "Entries": [{"Id": "a"}]}),
        )
        .unwrap_err();
        assert_eq!(e.code, "MissingParameter");
        assert!(check(op("ListQueues"), &Value::Null).is_ok());
    }
}
