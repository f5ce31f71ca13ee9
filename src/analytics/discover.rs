//! DiscoverInputSchema: a schema inferred from sample records of a Kinesis
//! stream or an S3 object, with the samples it used.
//!
//! AWS does not document its inference rules. What Switchyard does, chosen to
//! match what the service showed for its stock-ticker demo stream
//! (`TICKER_SYMBOL VARCHAR(4)`, `SECTOR VARCHAR(16)`, `PRICE REAL`): JSON
//! records give one column per key of the top-level object (nested objects
//! flattened, their names joined by `_`, mapped by JSONPath); a string column
//! is VARCHAR of the longest sample rounded up to a power of two, a whole
//! number INTEGER (BIGINT past 32 bits), a fractional one REAL, true/false
//! BOOLEAN. Records that are not JSON objects are read as CSV lines (comma,
//! newline) with columns COL1, COL2, ... of VARCHAR.

use serde_json::{json, Map, Value};

/// The most records sampled.
pub const MAX_SAMPLES: usize = 100;

#[derive(Clone, PartialEq)]
enum Kind {
    Int(bool),
    Real,
    Bool,
    Text(usize),
}

fn merge(a: Option<Kind>, b: Kind) -> Kind {
    match (a, b) {
        (None, b) => b,
        (Some(Kind::Int(x)), Kind::Int(y)) => Kind::Int(x || y),
        (Some(Kind::Int(_) | Kind::Real), Kind::Int(_) | Kind::Real) => Kind::Real,
        (Some(Kind::Bool), Kind::Bool) => Kind::Bool,
        (Some(Kind::Text(n)), Kind::Text(m)) => Kind::Text(n.max(m)),
        (Some(a), b) => Kind::Text(width(&a).max(width(&b))),
    }
}

fn width(k: &Kind) -> usize {
    match k {
        Kind::Text(n) => *n,
        _ => 16,
    }
}

fn sql(k: &Kind) -> String {
    match k {
        Kind::Int(false) => "INTEGER".into(),
        Kind::Int(true) => "BIGINT".into(),
        Kind::Real => "REAL".into(),
        Kind::Bool => "BOOLEAN".into(),
        Kind::Text(n) => format!("VARCHAR({})", (*n).max(1).next_power_of_two()),
    }
}

fn kind_of(v: &Value) -> Option<Kind> {
    Some(match v {
        Value::Null => return None,
        Value::Bool(_) => Kind::Bool,
        Value::Number(n) => match n.as_i64() {
            Some(i) => Kind::Int(i32::try_from(i).is_err()),
            None => Kind::Real,
        },
        Value::String(s) => Kind::Text(s.chars().count()),
        other => Kind::Text(other.to_string().chars().count()),
    })
}

/// (column name, JSONPath, value) for every leaf of an object.
fn leaves<'a>(
    prefix: &str,
    path: &str,
    m: &'a Map<String, Value>,
    out: &mut Vec<(String, String, &'a Value)>,
) {
    for (k, v) in m {
        let name = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}_{k}")
        };
        let p = format!("{path}.{k}");
        match v {
            Value::Object(inner) if !inner.is_empty() => leaves(&name, &p, inner, out),
            _ => out.push((name, p, v)),
        }
    }
}

/// The DiscoverInputSchema answer for `records` (raw data of each), or None
/// when nothing can be inferred.
pub fn infer(records: &[Vec<u8>]) -> Option<Value> {
    let texts: Vec<String> = records
        .iter()
        .take(MAX_SAMPLES)
        .map(|r| String::from_utf8_lossy(r).into_owned())
        .collect();
    if texts.is_empty() {
        return None;
    }
    let objects: Vec<Map<String, Value>> = texts
        .iter()
        .filter_map(|t| match serde_json::from_str::<Value>(t) {
            Ok(Value::Object(m)) => Some(m),
            _ => None,
        })
        .collect();
    let (format, columns, parsed): (Value, Vec<Value>, Vec<Vec<Value>>) = if objects.len()
        == texts.len()
    {
        let mut cols: Vec<(String, String, Option<Kind>)> = vec![];
        for m in &objects {
            let mut ls = vec![];
            leaves("", "$", m, &mut ls);
            for (name, path, v) in ls {
                let i = match cols.iter().position(|c| c.1 == path) {
                    Some(i) => i,
                    None => {
                        cols.push((name, path, None));
                        cols.len() - 1
                    }
                };
                if let Some(k) = kind_of(v) {
                    cols[i].2 = Some(merge(cols[i].2.take(), k));
                }
            }
        }
        let parsed = objects
            .iter()
            .map(|m| {
                // One copy of the record, read by every column's path.
                let root = Value::Object(m.clone());
                cols.iter()
                    .map(|(_, path, _)| {
                        let v = super::format::json_path(&root, path)
                            .into_iter()
                            .next()
                            .cloned();
                        match v {
                            None | Some(Value::Null) => Value::Null,
                            Some(Value::String(s)) => Value::String(s),
                            Some(other) => Value::String(other.to_string()),
                        }
                    })
                    .collect()
            })
            .collect();
        let columns = cols
            .iter()
            .map(|(n, p, k)| json!({"Name": n, "Mapping": p, "SqlType": sql(k.as_ref().unwrap_or(&Kind::Text(1)))}))
            .collect();
        (
            json!({"RecordFormatType": "JSON", "MappingParameters": {"JSONMappingParameters": {"RecordRowPath": "$"}}}),
            columns,
            parsed,
        )
    } else {
        let rows: Vec<Vec<String>> = texts
            .iter()
            .flat_map(|t| {
                t.split('\n')
                    .filter(|l| !l.is_empty())
                    .map(|l| l.split(',').map(String::from).collect())
                    .collect::<Vec<_>>()
            })
            .collect();
        let n = rows.iter().map(Vec::len).max()?;
        let columns = (0..n)
            .map(|i| {
                let w = rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .map(|f| f.chars().count())
                    .max()
                    .unwrap_or(1);
                json!({"Name": format!("COL{}", i + 1), "SqlType": sql(&Kind::Text(w))})
            })
            .collect();
        let parsed = rows
            .iter()
            .map(|r| r.iter().map(|f| Value::String(f.clone())).collect())
            .collect();
        (
            json!({"RecordFormatType": "CSV", "MappingParameters": {"CSVMappingParameters": {"RecordRowDelimiter": "\n", "RecordColumnDelimiter": ","}}}),
            columns,
            parsed,
        )
    };
    Some(json!({
        "InputSchema": {"RecordFormat": format, "RecordEncoding": "UTF-8", "RecordColumns": columns},
        "ParsedInputRecords": parsed,
        "ProcessedInputRecords": texts,
        "RawInputRecords": texts,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_records_give_typed_columns() {
        let recs: Vec<Vec<u8>> = [
            r#"{"TICKER_SYMBOL":"AMZN","SECTOR":"TECHNOLOGY","PRICE":120.5,"N":3,"OK":true,"M":{"X":1}}"#,
            r#"{"TICKER_SYMBOL":"QXZ","SECTOR":"HEALTHCARE","PRICE":84,"N":5000000000}"#,
        ]
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect();
        let out = infer(&recs).unwrap();
        let cols = out["InputSchema"]["RecordColumns"].as_array().unwrap();
        let t: Vec<(String, String)> = cols
            .iter()
            .map(|c| {
                (
                    c["Name"].as_str().unwrap().into(),
                    c["SqlType"].as_str().unwrap().into(),
                )
            })
            .collect();
        assert_eq!(
            t,
            vec![
                ("TICKER_SYMBOL".into(), "VARCHAR(4)".into()),
                ("SECTOR".into(), "VARCHAR(16)".into()),
                ("PRICE".into(), "REAL".into()),
                ("N".into(), "BIGINT".into()),
                ("OK".into(), "BOOLEAN".into()),
                ("M_X".into(), "INTEGER".into()),
            ]
        );
        assert_eq!(cols[5]["Mapping"], "$.M.X");
        assert_eq!(out["ParsedInputRecords"][1][0], "QXZ");
        assert_eq!(out["ParsedInputRecords"][1][5], Value::Null);
    }

    #[test]
    fn other_records_are_csv() {
        let out = infer(&[b"a,bb\nccc,d".to_vec()]).unwrap();
        assert_eq!(
            out["InputSchema"]["RecordFormat"]["RecordFormatType"],
            "CSV"
        );
        assert_eq!(
            out["InputSchema"]["RecordColumns"][0]["SqlType"],
            "VARCHAR(4)"
        );
        assert_eq!(out["ParsedInputRecords"].as_array().unwrap().len(), 2);
        assert!(infer(&[]).is_none());
    }
}
