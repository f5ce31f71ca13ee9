//! The AWS CLI checks a command's input against the operation's model before
//! it sends anything (botocore's parameter validation): a JSON argument of
//! the wrong type (`--attributes '{"VisibilityTimeout": 5}'`, a number where
//! SQS wants a string) or a member the structure does not have is refused on
//! the client, with exit status 252, never reaching the service.
//!
//! Messages follow botocore's: "Parameter validation failed:" and then one
//! line per problem, naming the parameter by its path (`Attributes.DelaySeconds`,
//! `Entries[0].Id`) and Python's names for the types.

use crate::model::{Member, Shape};
use serde_json::Value;

/// Checks `input` against the operation's input members.
pub fn check(members: &[Member], input: &Value) -> Result<(), String> {
    let mut problems = Vec::new();
    structure(members, input, "", &mut problems);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "Parameter validation failed:\n{}",
            problems.join("\n")
        ))
    }
}

/// Python's name for the type `json.loads` gives a value.
fn python_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "<class 'NoneType'>",
        Value::Bool(_) => "<class 'bool'>",
        Value::Number(n) if n.is_f64() => "<class 'float'>",
        Value::Number(_) => "<class 'int'>",
        Value::String(_) => "<class 'str'>",
        Value::Array(_) => "<class 'list'>",
        Value::Object(_) => "<class 'dict'>",
    }
}

/// A value as Python prints it in the message (`5`, `abc`, `True`, `[1, 2]`).
fn python_value(v: &Value) -> String {
    match v {
        Value::Array(a) => format!(
            "[{}]",
            a.iter().map(python_repr).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, x)| format!("'{k}': {}", python_repr(x)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        scalar => super::output::python_str(scalar),
    }
}

/// Inside a container, Python quotes strings.
fn python_repr(v: &Value) -> String {
    match v {
        Value::String(s) => format!("'{s}'"),
        other => python_value(other),
    }
}

fn structure(members: &[Member], v: &Value, path: &str, problems: &mut Vec<String>) {
    let Value::Object(m) = v else {
        problems.push(wrong_type(path, v, "<class 'dict'>"));
        return;
    };
    let input_name = if path.is_empty() { "input" } else { path };
    for (k, x) in m {
        match members.iter().find(|mem| mem.name == k) {
            Some(mem) => {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                value(mem.shape, x, &p, problems);
            }
            None => problems.push(format!(
                "Unknown parameter in {input_name}: \"{k}\", must be one of: {}",
                crate::model::member_names(members)
            )),
        }
    }
}

fn value(shape: &Shape, v: &Value, path: &str, problems: &mut Vec<String>) {
    let ok = match (shape, v) {
        // botocore leaves a None out as if not given.
        (_, Value::Null) => true,
        (Shape::String, Value::String(_)) => true,
        (Shape::Integer | Shape::Long, Value::Number(n)) => !n.is_f64(),
        (Shape::Double, Value::Number(_)) => true,
        (Shape::Boolean, Value::Bool(_)) => true,
        // Base64 text here; the CLI reads it (or a file) into bytes.
        (Shape::Blob, Value::String(_)) => true,
        (Shape::Timestamp, Value::String(_) | Value::Number(_)) => true,
        (Shape::List(item), Value::Array(a)) => {
            for (i, x) in a.iter().enumerate() {
                value(item, x, &format!("{path}[{i}]"), problems);
            }
            true
        }
        (Shape::Map { value: vshape, .. }, Value::Object(m)) => {
            for (k, x) in m {
                value(vshape, x, &format!("{path}.{k}"), problems);
            }
            true
        }
        (Shape::Structure(members), Value::Object(_)) => {
            structure(members, v, path, problems);
            true
        }
        _ => false,
    };
    if !ok {
        problems.push(wrong_type(path, v, valid_types(shape)));
    }
}

fn valid_types(shape: &Shape) -> &'static str {
    match shape {
        Shape::String => "<class 'str'>",
        Shape::Integer | Shape::Long => "<class 'int'>",
        Shape::Double => "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
        Shape::Boolean => "<class 'bool'>",
        Shape::Blob => "<class 'bytes'>, <class 'bytearray'>, file-like object",
        Shape::Timestamp => "<class 'datetime.datetime'>, timestamp-string",
        Shape::List(_) => "<class 'list'>, <class 'tuple'>",
        Shape::Map { .. } | Shape::Structure(_) => "<class 'dict'>",
    }
}

fn wrong_type(path: &str, v: &Value, valid: &str) -> String {
    format!(
        "Invalid type for parameter {path}, value: {}, type: {}, valid types: {valid}",
        python_value(v),
        python_type(v)
    )
}

#[cfg(test)]
mod tests {
    use crate::cli::words;
    use crate::world::World;

    fn run(line: &str) -> crate::cli::CliResult {
        let mut w = World::new(1);
        crate::cli::execute(&mut w, &words::split(line).unwrap())
    }

    #[test]
    fn wrong_types_are_refused_before_sending() {
        let r =
            run(r#"aws sqs create-queue --queue-name j2 --attributes '{"VisibilityTimeout": 5}'"#);
        assert_eq!(r.exit_code, 252);
        assert_eq!(
            r.stderr(),
            "\nParameter validation failed:\nInvalid type for parameter Attributes.VisibilityTimeout, value: 5, type: <class 'int'>, valid types: <class 'str'>\n"
        );
        let r = run(
            r#"aws sqs send-message-batch --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --entries '[{"Id": 1, "MessageBody": "x", "Nope": true}]'"#,
        );
        assert_eq!(r.exit_code, 252);
        let e = r.stderr();
        assert!(
            e.contains("Invalid type for parameter Entries[0].Id, value: 1, type: <class 'int'>, valid types: <class 'str'>"),
            "{e}"
        );
        assert!(
            e.contains(
                "Unknown parameter in Entries[0]: \"Nope\", must be one of: Id, MessageBody,"
            ),
            "{e}"
        );
        let r = run(
            r#"aws sqs receive-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --max-number-of-messages 2 --cli-input-json '{"WaitTimeSeconds": "5"}'"#,
        );
        assert!(
            r.stderr().contains("Invalid type for parameter WaitTimeSeconds, value: 5, type: <class 'str'>, valid types: <class 'int'>"),
            "{}",
            r.stderr()
        );
        // Well-typed input goes through to the service (which answers for
        // the missing queue).
        let r = run(
            r#"aws sqs send-message-batch --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --entries '[{"Id": "1", "MessageBody": "x"}]'"#,
        );
        assert_eq!(r.exit_code, 254);
    }
}
