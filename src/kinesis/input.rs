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
        Value::Null => check_members(op.input, &serde_json::Map::new(), &String::new),
        Value::Object(map) => check_members(op.input, map, &String::new),
        _ => Err(errors::serialization(
            "Start of structure or map found where not expected.",
        )),
    }
}

/// `prefix` gives the path of the structure the members are in, as AWS
/// names it in a validation message (only built for a message): empty at the
/// top, `records.1.member.` for a list's first item, `tags.k.member.` for a
/// map's value at key `k`.
fn check_members(
    members: &[Member],
    map: &serde_json::Map<String, Value>,
    prefix: &dyn Fn() -> String,
) -> AwsResult<()> {
    for m in members {
        let path = || prefix() + &lower_first(m.name);
        match map.get(m.name) {
            None | Some(Value::Null) => {
                if m.required {
                    return Err(errors::missing(&path()));
                }
            }
            Some(v) => check_shape(m.shape, v, &path)?,
        }
    }
    Ok(())
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_ascii_lowercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

fn mismatch(what: &str) -> AwsError {
    errors::serialization(format!(
        "{what} can not be converted from the JSON value given"
    ))
}

fn check_shape(shape: &Shape, v: &Value, path: &dyn Fn() -> String) -> AwsResult<()> {
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
            return items.iter().enumerate().try_for_each(|(i, x)| {
                check_shape(item, x, &|| format!("{}.{}.member", path(), i + 1))
            });
        }
        Shape::Map { value, .. } => {
            let Value::Object(map) = v else {
                return Err(mismatch("a Map"));
            };
            return map.iter().try_for_each(|(k, x)| {
                check_shape(value, x, &|| format!("{}.{k}.member", path()))
            });
        }
        Shape::Structure(members) => {
            let Value::Object(map) = v else {
                return Err(mismatch("a Structure"));
            };
            return check_members(members, map, &|| path() + ".");
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

/// An integer member against the model's bounds, in AWS's validation words
/// ("Value '0' at 'limit' failed to satisfy constraint: Member must have
/// value greater than or equal to 1").
pub fn check_int_range(value: Option<i64>, member: &str, min: i64, max: i64) -> AwsResult<()> {
    match value {
        Some(v) if v < min => Err(errors::constraint(
            &v.to_string(),
            member,
            &format!("Member must have value greater than or equal to {min}"),
        )),
        Some(v) if v > max => Err(errors::constraint(
            &v.to_string(),
            member,
            &format!("Member must have value less than or equal to {max}"),
        )),
        _ => Ok(()),
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
        // A member of a list's item is named by its path, 1-based.
        let op = super::super::model::SPEC.operation("PutRecords").unwrap();
        let e = check(
            op,
            &json!({"StreamName": "s", "Records": [{"PartitionKey": "k", "Data": "eA=="}, {"Data": "eA=="}]}),
        )
        .unwrap_err();
        assert_eq!(e.message, "1 validation error detected: Value null at 'records.2.member.partitionKey' failed to satisfy constraint: Member must not be null");
        let e = check(
            op,
            &json!({"StreamName": "s", "Records": [{"PartitionKey": "k"}]}),
        )
        .unwrap_err();
        assert_eq!(e.message, "1 validation error detected: Value null at 'records.1.member.data' failed to satisfy constraint: Member must not be null");
        assert!(check_stream_name("bad name").is_err());
        assert!(check_stream_name("ok-name_1.x").is_ok());
    }
}
