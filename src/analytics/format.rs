//! Records in and out of an application: a source record to rows by the
//! input schema (JSON with JSONPath mappings, or CSV with its delimiters),
//! and a row to an output record by the destination schema (JSON or CSV).

use super::sql::Column;
use super::value::{SqlType, Val};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// An input or reference schema (AWS's SourceSchema), checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Schema {
    pub format: Format,
    pub columns: Vec<Column>,
    /// Each column's JSONPath mapping (JSON format).
    pub mappings: Vec<Option<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Format {
    Json {
        row_path: String,
    },
    Csv {
        row_delimiter: String,
        column_delimiter: String,
    },
}

impl Schema {
    /// Reads a SourceSchema member; the error is the message for an
    /// InvalidArgumentException.
    pub fn from_json(v: &Value) -> Result<Schema, String> {
        let fmt = &v["RecordFormat"];
        let ty = fmt["RecordFormatType"].as_str().unwrap_or_default();
        let format = match ty {
            "JSON" => Format::Json {
                row_path: fmt["MappingParameters"]["JSONMappingParameters"]["RecordRowPath"]
                    .as_str()
                    .unwrap_or("$")
                    .to_string(),
            },
            "CSV" => {
                let p = &fmt["MappingParameters"]["CSVMappingParameters"];
                match (p["RecordRowDelimiter"].as_str(), p["RecordColumnDelimiter"].as_str()) {
                    (Some(r), Some(c)) if !r.is_empty() && !c.is_empty() => Format::Csv {
                        row_delimiter: r.to_string(),
                        column_delimiter: c.to_string(),
                    },
                    _ => {
                        return Err("CSV record format requires MappingParameters.CSVMappingParameters with RecordRowDelimiter and RecordColumnDelimiter".into())
                    }
                }
            }
            other => {
                return Err(format!(
                    "Unsupported RecordFormatType '{other}': JSON or CSV"
                ))
            }
        };
        if let Some(enc) = v["RecordEncoding"].as_str() {
            if enc != "UTF-8" {
                return Err(format!("Unsupported RecordEncoding '{enc}': only UTF-8"));
            }
        }
        let cols = v["RecordColumns"].as_array().cloned().unwrap_or_default();
        if cols.is_empty() {
            return Err("RecordColumns must have at least one column".into());
        }
        if cols.len() > 1000 {
            return Err("RecordColumns has more than 1000 columns".into());
        }
        let mut columns: Vec<Column> = vec![];
        let mut mappings = vec![];
        for c in &cols {
            let name = c["Name"].as_str().unwrap_or_default().to_string();
            if name.is_empty() {
                return Err("Each record column needs a Name".into());
            }
            if columns.iter().any(|x| x.name == name) {
                return Err(format!("Duplicate record column name '{name}'"));
            }
            let sql = c["SqlType"].as_str().unwrap_or_default();
            let ty = SqlType::parse(sql)
                .ok_or_else(|| format!("Unsupported SqlType '{sql}' for column '{name}'"))?;
            let mapping = c["Mapping"].as_str().map(String::from);
            if matches!(format, Format::Json { .. })
                && mapping.as_deref().is_none_or(|m| !m.starts_with('$'))
            {
                return Err(format!(
                    "Column '{name}' needs a JSONPath Mapping (e.g. \"$.{name}\") for JSON records"
                ));
            }
            columns.push(Column { name, ty });
            mappings.push(mapping);
        }
        Ok(Schema {
            format,
            columns,
            mappings,
        })
    }

    /// Rows of one record; Err is the reason it could not be read.
    pub fn parse(&self, data: &[u8]) -> Result<Vec<Vec<Val>>, String> {
        let text =
            std::str::from_utf8(data).map_err(|_| "Record is not valid UTF-8".to_string())?;
        match &self.format {
            Format::Json { row_path } => {
                let root: Value = serde_json::from_str(text)
                    .map_err(|e| format!("Record is not valid JSON: {e}"))?;
                let rows = json_path(&root, row_path);
                let mut out = vec![];
                for row in rows {
                    let mut vals = Vec::with_capacity(self.columns.len());
                    for (c, m) in self.columns.iter().zip(&self.mappings) {
                        let m = m.as_deref().unwrap_or("$");
                        // A mapping under the row path is relative to the row.
                        let rel = match m.strip_prefix(row_path.as_str()) {
                            Some(rest) if row_path != "$" => format!("${rest}"),
                            _ => m.to_string(),
                        };
                        let v = json_path(row, &rel).into_iter().next();
                        let raw = match v {
                            None | Some(Value::Null) => Val::Null,
                            Some(Value::Bool(b)) => Val::Bool(*b),
                            Some(Value::Number(n)) => n
                                .as_i64()
                                .map(Val::Int)
                                .unwrap_or_else(|| Val::Dbl(n.as_f64().unwrap_or(0.0))),
                            Some(Value::String(s)) => Val::Str(s.clone()),
                            Some(other) => Val::Str(other.to_string()),
                        };
                        vals.push(
                            c.ty.coerce(raw)
                                .map_err(|e| format!("Column '{}': {e}", c.name))?,
                        );
                    }
                    out.push(vals);
                }
                Ok(out)
            }
            Format::Csv {
                row_delimiter,
                column_delimiter,
            } => {
                let mut out = vec![];
                for line in text.split(row_delimiter.as_str()).filter(|l| !l.is_empty()) {
                    let fields: Vec<&str> = line.split(column_delimiter.as_str()).collect();
                    let mut vals = Vec::with_capacity(self.columns.len());
                    for (i, c) in self.columns.iter().enumerate() {
                        let raw = match fields.get(i) {
                            None => Val::Null,
                            Some(f) if f.is_empty() && c.ty != SqlType::Varchar(None) => Val::Null,
                            Some(f) => Val::Str(f.to_string()),
                        };
                        vals.push(
                            c.ty.coerce(raw)
                                .map_err(|e| format!("Column '{}': {e}", c.name))?,
                        );
                    }
                    out.push(vals);
                }
                Ok(out)
            }
        }
    }

    /// The schema in AWS's SourceSchema shape.
    pub fn to_json(&self) -> Value {
        let columns: Vec<Value> = self
            .columns
            .iter()
            .zip(&self.mappings)
            .map(|(c, m)| {
                let mut v = serde_json::json!({"Name": c.name, "SqlType": c.ty.name()});
                if let Some(m) = m {
                    v["Mapping"] = m.clone().into();
                }
                v
            })
            .collect();
        let format = match &self.format {
            Format::Json { row_path } => serde_json::json!({"RecordFormatType": "JSON",
                "MappingParameters": {"JSONMappingParameters": {"RecordRowPath": row_path}}}),
            Format::Csv {
                row_delimiter,
                column_delimiter,
            } => serde_json::json!({"RecordFormatType": "CSV",
                "MappingParameters": {"CSVMappingParameters": {"RecordRowDelimiter": row_delimiter, "RecordColumnDelimiter": column_delimiter}}}),
        };
        serde_json::json!({"RecordFormat": format, "RecordEncoding": "UTF-8", "RecordColumns": columns})
    }
}

/// A small JSONPath: `$`, `.name`, `['name']`, `[n]`, `[*]` and `[0:]`.
pub fn json_path<'a>(root: &'a Value, path: &str) -> Vec<&'a Value> {
    let Some(mut rest) = path.trim().strip_prefix('$') else {
        return vec![];
    };
    let mut cur: Vec<&Value> = vec![root];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let name = &r[..end];
            cur = cur.into_iter().filter_map(|v| v.get(name)).collect();
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return vec![];
            };
            let sel = r[..end].trim();
            rest = &r[end + 1..];
            if sel == "*" || sel.ends_with(':') {
                let from: usize = sel.trim_end_matches(':').parse().unwrap_or(0);
                cur = cur
                    .into_iter()
                    .flat_map(|v| {
                        v.as_array()
                            .map(|a| a.iter().skip(from).collect::<Vec<_>>())
                            .unwrap_or_default()
                    })
                    .collect();
            } else if let Ok(n) = sel.parse::<usize>() {
                cur = cur.into_iter().filter_map(|v| v.get(n)).collect();
            } else {
                let name = sel.trim_matches(['\'', '"']);
                cur = cur.into_iter().filter_map(|v| v.get(name)).collect();
            }
        } else {
            return vec![];
        }
    }
    cur
}

/// An output record of a row, by the destination's RecordFormatType.
pub fn encode_row(columns: &[Column], vals: &[Val], csv: bool) -> Vec<u8> {
    if csv {
        let mut line: String = vals.iter().map(Val::to_text).collect::<Vec<_>>().join(",");
        line.push('\n');
        line.into_bytes()
    } else {
        let mut m = serde_json::Map::new();
        for (c, v) in columns.iter().zip(vals) {
            m.insert(c.name.clone(), v.to_json());
        }
        serde_json::to_vec(&Value::Object(m)).unwrap_or_default()
    }
}

/// "NAME TYPE, NAME TYPE(n), ..." to RecordColumns mapped from `$.NAME`.
pub fn columns_json(text: &str) -> Result<Vec<Value>, String> {
    let mut out = vec![];
    // Split at commas outside parentheses (DECIMAL(10,2)).
    let (mut depth, mut cur, mut parts) = (0, String::new(), vec![]);
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    parts.push(cur);
    for p in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        let (name, ty) = p
            .split_once(char::is_whitespace)
            .ok_or_else(|| format!("'{p}': write a column as NAME TYPE"))?;
        out.push(
            serde_json::json!({"Name": name, "SqlType": ty.trim(), "Mapping": format!("$.{name}")}),
        );
    }
    if out.is_empty() {
        return Err("Give at least one column (NAME TYPE)".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn page_columns_parse_with_decimal_commas() {
        let c = columns_json("A VARCHAR(4), B DECIMAL(10,2)").unwrap();
        assert_eq!(c[1]["SqlType"], "DECIMAL(10,2)");
        assert_eq!(c[0]["Mapping"], "$.A");
        assert!(columns_json("A").is_err());
    }

    #[test]
    fn json_paths() {
        let v = json!({"a": {"b": [1, 2, 3]}, "c": "x"});
        assert_eq!(json_path(&v, "$.c"), vec![&json!("x")]);
        assert_eq!(json_path(&v, "$.a.b[1]"), vec![&json!(2)]);
        assert_eq!(json_path(&v, "$.a.b[0:]").len(), 3);
        assert_eq!(json_path(&v, "$['c']"), vec![&json!("x")]);
        assert!(json_path(&v, "$.missing").is_empty());
    }
}
