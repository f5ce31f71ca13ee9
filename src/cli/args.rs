//! Turns `--member-name value ...` words into an operation's JSON input, guided by
//! the API model: scalars by type, lists as several words, structures and maps as
//! JSON or shorthand, blobs as the AWS CLI v2 treats them.

use super::shorthand::{self, Sh};
use crate::model::{cli_name, Location, Member, OperationSpec, Shape};
use serde_json::{Map, Number, Value};

/// How blob parameters are given (`--cli-binary-format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryFormat {
    /// AWS CLI v2's default: blobs are given as base64.
    Base64,
    /// `raw-in-base64-out`: blobs are given as raw text and encoded by the CLI.
    RawInBase64Out,
}

/// Converts one scalar word to JSON by shape. Shared with the query protocol.
pub fn scalar_value(shape: &Shape, s: &str) -> Result<Value, String> {
    match shape {
        Shape::Integer | Shape::Long => s
            .trim()
            .parse::<i64>()
            .map(|n| Value::Number(n.into()))
            .map_err(|_| format!("invalid literal for int() with base 10: '{s}'")),
        Shape::Double => s
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| format!("could not convert string to float: '{s}'")),
        Shape::Boolean => match s.trim().to_ascii_lowercase().as_str() {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(format!("Invalid value for boolean: '{s}'")),
        },
        Shape::Timestamp => match s.trim().parse::<f64>() {
            Ok(n) => Number::from_f64(n)
                .map(Value::Number)
                .ok_or_else(|| format!("Invalid timestamp value: {s}")),
            Err(_) => Ok(Value::String(s.to_string())),
        },
        _ => Ok(Value::String(s.to_string())),
    }
}

/// Builds the JSON input of `op` from the words after the operation name.
/// `base` is `--cli-input-json`'s object, if one was given.
pub fn build_input(
    op: &OperationSpec,
    words: &[String],
    binary: BinaryFormat,
    base: Option<Value>,
) -> Result<Value, String> {
    let mut obj = match base {
        Some(Value::Object(m)) => m,
        Some(_) => return Err("--cli-input-json must be a JSON object".into()),
        None => Map::new(),
    };
    let mut unknown = vec![];
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let Some(flag) = w.strip_prefix("--") else {
            unknown.push(w.clone());
            i += 1;
            continue;
        };
        let (flag, negated) = match flag.strip_prefix("no-") {
            Some(rest)
                if member_for(op, rest).is_some_and(|m| matches!(m.shape, Shape::Boolean)) =>
            {
                (rest, true)
            }
            _ => (flag, false),
        };
        let Some(m) = member_for(op, flag) else {
            unknown.push(w.clone());
            i += 1;
            continue;
        };
        i += 1;
        if let Shape::Boolean = m.shape {
            obj.insert(m.name.to_string(), Value::Bool(!negated));
            continue;
        }
        let start = i;
        while i < words.len() && !(words[i].starts_with("--") && words[i].len() > 2) {
            i += 1;
        }
        let vals = &words[start..i];
        if vals.is_empty() {
            return Err(format!("argument --{flag}: expected one argument"));
        }
        let v = member_value(m, vals, binary)?;
        obj.insert(m.name.to_string(), v);
    }
    if !unknown.is_empty() {
        return Err(format!("Unknown options: {}", unknown.join(", ")));
    }
    let missing: Vec<String> = op
        .input
        .iter()
        .filter(|m| m.required && !obj.contains_key(m.name))
        .map(|m| format!("--{}", flag_name(op, m)))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "the following arguments are required: {}",
            missing.join(", ")
        ));
    }
    Ok(Value::Object(obj))
}

/// Is `word` a flag of `op` that takes no value (a boolean, or `--no-...`)?
pub fn takes_no_value(op: &OperationSpec, word: &str) -> bool {
    let Some(flag) = word.strip_prefix("--") else {
        return false;
    };
    let flag = flag.strip_prefix("no-").unwrap_or(flag);
    member_for(op, flag).is_some_and(|m| matches!(m.shape, Shape::Boolean))
}

fn member_for<'a>(op: &'a OperationSpec, flag: &str) -> Option<&'a Member> {
    op.input.iter().find(|m| flag_name(op, m) == flag)
}

/// The CLI flag for a member: its CLI name, except where the AWS CLI renames a
/// parameter (SNS Subscribe's `Endpoint` is `--notification-endpoint`, because
/// `--endpoint-url` is a global option).
pub fn flag_name(op: &OperationSpec, m: &Member) -> String {
    match (op.name, m.name) {
        ("Subscribe", "Endpoint") => "notification-endpoint".to_string(),
        _ => cli_name(m.name),
    }
}

fn member_value(m: &Member, vals: &[String], binary: BinaryFormat) -> Result<Value, String> {
    // A streamed body (S3 PutObject's `--body`) names a file whose bytes are
    // sent. The streamed members of our models are all named Body; a blob
    // payload of another name (Lambda Invoke's `--payload`) is a value.
    if m.location == Location::Payload && matches!(m.shape, Shape::Blob) && m.name == "Body" {
        if vals.len() > 1 {
            return Err(format!("Unknown options: {}", vals[1..].join(", ")));
        }
        return read_file_bytes(&vals[0])
            .map(|b| Value::String(crate::util::b64_encode(&b)))
            .map_err(|e| format!("Error parsing parameter '--{}': {e}", cli_name(m.name)));
    }
    let is_list = matches!(m.shape, Shape::List(_));
    if !is_list && vals.len() > 1 {
        return Err(format!("Unknown options: {}", vals[1..].join(", ")));
    }
    let loaded: Vec<String> = vals
        .iter()
        .map(|v| load_file_param(v))
        .collect::<Result<_, _>>()?;
    let first = loaded[0].trim_start();
    let v = match m.shape {
        Shape::Structure(_) | Shape::Map { .. } | Shape::List(_)
            if first.starts_with('{')
                || (first.starts_with('[')
                    && loaded.len() == 1
                    && is_json_list(m.shape, first)) =>
        {
            serde_json::from_str::<Value>(&loaded[0]).map_err(|e| {
                format!(
                    "Error parsing parameter '--{}': Invalid JSON: {e}\nJSON received: {}",
                    cli_name(m.name),
                    loaded[0]
                )
            })?
        }
        Shape::List(item) => {
            let mut out = vec![];
            for v in &loaded {
                out.push(word_value(item, v)?);
            }
            Value::Array(out)
        }
        shape => word_value(shape, &loaded[0])?,
    };
    check_and_encode_blobs(m.shape, v, binary)
        .map_err(|e| format!("Error parsing parameter '--{}': {e}", cli_name(m.name)))
}

/// A list given as one `[...]` word is JSON unless it is a shorthand list of scalars.
fn is_json_list(shape: &Shape, s: &str) -> bool {
    serde_json::from_str::<Value>(s).is_ok() || !matches!(shape, Shape::List(Shape::String))
}

/// One word as a value of `shape`: a scalar, or shorthand for structures and maps.
fn word_value(shape: &Shape, w: &str) -> Result<Value, String> {
    match shape {
        Shape::Structure(_) | Shape::Map { .. } | Shape::List(_) => {
            if w.trim_start().starts_with('{') {
                return serde_json::from_str(w).map_err(|e| format!("Invalid JSON: {e}"));
            }
            shape_sh(shape, &shorthand::parse(w)?)
        }
        s => scalar_value(s, w),
    }
}

fn shape_sh(shape: &Shape, sh: &Sh) -> Result<Value, String> {
    match (shape, sh) {
        (Shape::Structure(members), Sh::Dict(items)) => {
            let mut o = Map::new();
            for (k, v) in items {
                let m = members.iter().find(|m| m.name == k).ok_or_else(|| {
                    format!(
                        "Unknown key '{k}', valid choices are: {}",
                        crate::model::member_names(members)
                    )
                })?;
                o.insert(m.name.to_string(), shape_sh(m.shape, v)?);
            }
            Ok(Value::Object(o))
        }
        (Shape::Map { value: vs, .. }, Sh::Dict(items)) => {
            let mut o = Map::new();
            for (k, v) in items {
                o.insert(k.clone(), shape_sh(vs, v)?);
            }
            Ok(Value::Object(o))
        }
        (Shape::List(item), Sh::List(items)) => items
            .iter()
            .map(|v| shape_sh(item, v))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array),
        (Shape::List(item), single) => Ok(Value::Array(vec![shape_sh(item, single)?])),
        (Shape::Structure(_) | Shape::Map { .. }, _) => {
            Err("Expected: '=', received: end of input (shorthand needs Key=Value)".into())
        }
        (s, Sh::Str(v)) => scalar_value(s, v),
        (_, _) => Err("a list or structure was given where a single value is expected".into()),
    }
}

/// Walks `v` by `shape`; blob values are base64-checked (v2 default) or encoded
/// from raw text (`raw-in-base64-out`).
fn check_and_encode_blobs(shape: &Shape, v: Value, binary: BinaryFormat) -> Result<Value, String> {
    Ok(match (shape, v) {
        (Shape::Blob, Value::String(s)) => match binary {
            BinaryFormat::RawInBase64Out => Value::String(crate::util::b64_encode(s.as_bytes())),
            BinaryFormat::Base64 => {
                crate::util::b64_decode(&s).map_err(|_| {
                    "Invalid base64: \"".to_string() + &s + "\" (AWS CLI v2 expects base64 for binary values; add --cli-binary-format raw-in-base64-out to pass raw text)"
                })?;
                Value::String(s)
            }
        },
        (Shape::List(item), Value::Array(a)) => Value::Array(
            a.into_iter()
                .map(|x| check_and_encode_blobs(item, x, binary))
                .collect::<Result<_, _>>()?,
        ),
        (Shape::Map { value: vs, .. }, Value::Object(o)) => Value::Object(
            o.into_iter()
                .map(|(k, x)| check_and_encode_blobs(vs, x, binary).map(|x| (k, x)))
                .collect::<Result<_, _>>()?,
        ),
        (Shape::Structure(members), Value::Object(o)) => Value::Object(
            o.into_iter()
                .map(|(k, x)| match members.iter().find(|m| m.name == k) {
                    Some(m) => check_and_encode_blobs(m.shape, x, binary).map(|x| (k, x)),
                    None => Ok((k, x)),
                })
                .collect::<Result<_, _>>()?,
        ),
        (_, v) => v,
    })
}

/// `file://path` reads a text file, `fileb://` a binary one (native only; the
/// page has no files).
fn load_file_param(v: &str) -> Result<String, String> {
    let path = v
        .strip_prefix("file://")
        .or_else(|| v.strip_prefix("fileb://"));
    match path {
        None => Ok(v.to_string()),
        Some(p) => read_file(p)
            .map_err(|e| format!("Error parsing parameter: Unable to load paramfile {v}: {e}")),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn read_file(p: &str) -> Result<String, String> {
    std::fs::read_to_string(p).map_err(|e| e.to_string())
}

#[cfg(target_arch = "wasm32")]
fn read_file(_p: &str) -> Result<String, String> {
    Err("the page has no file system (paste the value instead)".into())
}

/// The bytes of the file a streamed-body parameter names (`--body photo.jpg`).
#[cfg(not(target_arch = "wasm32"))]
fn read_file_bytes(p: &str) -> Result<Vec<u8>, String> {
    std::fs::read(p).map_err(|e| format!("Unable to read file {p}: {e}"))
}

#[cfg(target_arch = "wasm32")]
fn read_file_bytes(p: &str) -> Result<Vec<u8>, String> {
    Err(format!(
        "--body names a file to upload ({p}), and the page has no file system; run the command with `switchyard run` natively"
    ))
}

/// Writes a streamed output body to the file the command named.
#[cfg(not(target_arch = "wasm32"))]
pub fn write_file(p: &str, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(p, bytes).map_err(|e| e.to_string())
}

/// The bytes of a file (`fileb://` values the CLI reads itself, such as
/// Lambda's `--zip-file`).
#[cfg(not(target_arch = "wasm32"))]
pub fn read_bytes(p: &str) -> Result<Vec<u8>, String> {
    std::fs::read(p).map_err(|e| e.to_string())
}

#[cfg(target_arch = "wasm32")]
pub fn read_bytes(_p: &str) -> Result<Vec<u8>, String> {
    Err("the page has no file system (give --code ZipFile=<base64> instead)".into())
}

#[cfg(target_arch = "wasm32")]
pub fn write_file(_p: &str, _bytes: &[u8]) -> Result<(), String> {
    Err("the page has no file system".into())
}
