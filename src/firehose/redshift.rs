//! Redshift's COPY as Firehose issues it, against a simulated table: Firehose
//! writes each batch to the intermediate bucket, then runs
//! `COPY <DataTableName> (<DataTableColumns>) FROM '<manifest>' ... MANIFEST
//! <CopyOptions>` (developer guide, "Choose Amazon Redshift for your
//! destination"). This parses the CopyOptions that decide how rows are read
//! (JSON 'auto' / 'auto ignorecase', CSV with QUOTE, DELIMITER, GZIP,
//! IGNOREHEADER, MAXERROR, FILLRECORD, BLANKSASNULL, EMPTYASNULL, NULL AS) and
//! loads the rows. Columns are untyped here (values are kept as the JSON or
//! text they were read as): options about types and widths (DATEFORMAT,
//! TIMEFORMAT, TRUNCATECOLUMNS, ACCEPTINVCHARS, ...) are accepted and have no
//! effect. Formats the simulation cannot read (AVRO, PARQUET, ORC,
//! FIXEDWIDTH, SHAPEFILE, a JSONPaths file) are refused by name when the
//! stream is configured; anything Redshift would not parse is a
//! `Redshift.SyntaxError` at COPY time, as on AWS (CopyOptions are not checked
//! by CreateDeliveryStream).

use crate::error::{AwsError, AwsResult};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::io::Read;

/// How the rows are read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// Delimited text (the default: `|`).
    Text {
        delimiter: char,
    },
    Csv {
        delimiter: char,
        quote: char,
    },
    /// JSON 'auto' (ignore_case: 'auto ignorecase').
    Json {
        ignore_case: bool,
    },
}

/// The CopyOptions that matter, parsed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyOptions {
    pub format: Format,
    pub gzip: bool,
    /// BZIP2 / LZOP / ZSTD: data Firehose never writes, so the load fails.
    pub other_compression: Option<String>,
    pub ignore_header: u32,
    pub max_error: u32,
    pub fill_record: bool,
    pub blanks_as_null: bool,
    pub empty_as_null: bool,
    pub null_as: Option<String>,
    /// A parse problem Redshift would report when the COPY runs.
    pub syntax_error: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Quoted(String),
}

fn tokens(s: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let mut it = s.chars().peekable();
    while let Some(&c) = it.peek() {
        if c.is_whitespace() || c == ',' || c == ';' {
            it.next();
        } else if c == '\'' {
            it.next();
            let mut q = String::new();
            loop {
                match it.next() {
                    None => return Err("unterminated quoted string".into()),
                    Some('\'') if it.peek() == Some(&'\'') => {
                        it.next();
                        q.push('\'');
                    }
                    Some('\'') => break,
                    Some('\\') => {
                        if let Some(n) = it.next() {
                            q.push(match n {
                                't' => '\t',
                                'n' => '\n',
                                other => other,
                            });
                        }
                    }
                    Some(ch) => q.push(ch),
                }
            }
            out.push(Tok::Quoted(q));
        } else {
            let mut w = String::new();
            while let Some(&ch) = it.peek() {
                if ch.is_whitespace() || ch == '\'' || ch == ',' || ch == ';' {
                    break;
                }
                w.push(ch);
                it.next();
            }
            out.push(Tok::Word(w.to_ascii_uppercase()));
        }
    }
    Ok(out)
}

impl Default for CopyOptions {
    fn default() -> Self {
        CopyOptions {
            format: Format::Text { delimiter: '|' },
            gzip: false,
            other_compression: None,
            ignore_header: 0,
            max_error: 0,
            fill_record: false,
            blanks_as_null: false,
            empty_as_null: false,
            null_as: None,
            syntax_error: None,
        }
    }
}

fn one_char(s: &str) -> Option<char> {
    let mut it = s.chars();
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

impl CopyOptions {
    /// Parses CopyOptions. Errors only for what the simulation refuses by
    /// name; a syntax problem is kept in `syntax_error` for the COPY to report.
    pub fn parse(text: &str) -> AwsResult<CopyOptions> {
        let mut o = CopyOptions::default();
        let toks = match tokens(text) {
            Ok(t) => t,
            Err(e) => {
                o.syntax_error = Some(e);
                return Ok(o);
            }
        };
        let (mut json, mut csv, mut delimiter, mut quote) = (None::<bool>, false, None, None);
        let mut i = 0;
        let word = |i: usize| match toks.get(i) {
            Some(Tok::Word(w)) => Some(w.as_str()),
            _ => None,
        };
        // The value after an option, skipping an optional AS.
        let value = |i: &mut usize| -> Option<Tok> {
            *i += 1;
            if word(*i) == Some("AS") {
                *i += 1;
            }
            toks.get(*i).cloned()
        };
        let number = |t: Option<Tok>| match t {
            Some(Tok::Word(w)) | Some(Tok::Quoted(w)) => w.parse::<u32>().ok(),
            None => None,
        };
        while i < toks.len() {
            let Some(w) = word(i) else {
                if o.syntax_error.is_none() {
                    o.syntax_error = Some(format!("syntax error at or near \"{:?}\"", toks[i]));
                }
                i += 1;
                continue;
            };
            match w {
                "FORMAT" => {
                    if word(i + 1) == Some("AS") {
                        i += 1;
                    }
                }
                "JSON" => {
                    let v = value(&mut i);
                    match v {
                        Some(Tok::Quoted(q)) if q.eq_ignore_ascii_case("auto") => json = Some(false),
                        Some(Tok::Quoted(q)) if q.eq_ignore_ascii_case("auto ignorecase") => {
                            json = Some(true)
                        }
                        Some(Tok::Quoted(q)) if q.starts_with("s3://") => {
                            return Err(AwsError::not_emulated(
                                "Redshift COPY with a JSONPaths file (JSON 's3://...'); JSON 'auto' is emulated",
                            ))
                        }
                        _ => {
                            // JSON with no argument means 'auto' only when
                            // preceded by FORMAT AS; keep it simple: 'auto'.
                            json = Some(false);
                            i -= 1;
                        }
                    }
                }
                "CSV" => csv = true,
                "DELIMITER" => match value(&mut i) {
                    Some(Tok::Quoted(q)) if one_char(&q).is_some() => delimiter = one_char(&q),
                    _ => o.syntax_error = Some("DELIMITER must be a single character".into()),
                },
                "QUOTE" => match value(&mut i) {
                    Some(Tok::Quoted(q)) if one_char(&q).is_some() => quote = one_char(&q),
                    _ => o.syntax_error = Some("QUOTE must be a single character".into()),
                },
                "GZIP" => o.gzip = true,
                "BZIP2" | "LZOP" | "ZSTD" => o.other_compression = Some(w.to_string()),
                "IGNOREHEADER" => match number(value(&mut i)) {
                    Some(n) => o.ignore_header = n,
                    None => o.syntax_error = Some("IGNOREHEADER takes a number".into()),
                },
                "MAXERROR" => match number(value(&mut i)) {
                    Some(n) => o.max_error = n,
                    None => o.syntax_error = Some("MAXERROR takes a number".into()),
                },
                "FILLRECORD" => o.fill_record = true,
                "BLANKSASNULL" => o.blanks_as_null = true,
                "EMPTYASNULL" => o.empty_as_null = true,
                "NULL" => match value(&mut i) {
                    Some(Tok::Quoted(q)) => o.null_as = Some(q),
                    _ => o.syntax_error = Some("NULL AS takes a quoted string".into()),
                },
                // Accepted, no effect on untyped columns.
                "TRUNCATECOLUMNS" | "TRIMBLANKS" | "ACCEPTANYDATE" | "ROUNDEC" | "EXPLICIT_IDS"
                | "REMOVEQUOTES" | "ESCAPE" | "IGNOREBLANKLINES" => {}
                "ACCEPTINVCHARS" => {
                    if matches!(toks.get(i + 1), Some(Tok::Quoted(_))) {
                        i += 1;
                    } else if word(i + 1) == Some("AS") {
                        i += 2;
                    }
                }
                "DATEFORMAT" | "TIMEFORMAT" | "COMPUPDATE" | "STATUPDATE" => {
                    let _ = value(&mut i);
                }
                "AVRO" | "PARQUET" | "ORC" | "FIXEDWIDTH" | "SHAPEFILE" => {
                    return Err(AwsError::not_emulated(format!(
                        "Redshift COPY format {w} (JSON 'auto', CSV and delimited text are emulated)"
                    )))
                }
                "MANIFEST" | "REGION" | "ENCRYPTED" | "CREDENTIALS" | "IAM_ROLE" => {
                    o.syntax_error = Some(format!(
                        "conflicting or redundant options: {w} (Firehose writes this part of the COPY itself)"
                    ));
                }
                other => {
                    if o.syntax_error.is_none() {
                        o.syntax_error = Some(format!("syntax error at or near \"{other}\""));
                    }
                }
            }
            i += 1;
        }
        o.format = match (json, csv) {
            (Some(_), true) => {
                o.syntax_error
                    .get_or_insert_with(|| "conflicting or redundant options: JSON and CSV".into());
                Format::Json { ignore_case: false }
            }
            (Some(ignore_case), false) => {
                if delimiter.is_some() {
                    o.syntax_error.get_or_insert_with(|| {
                        "conflicting or redundant options: DELIMITER with JSON".into()
                    });
                }
                Format::Json { ignore_case }
            }
            (None, true) => Format::Csv {
                delimiter: delimiter.unwrap_or(','),
                quote: quote.unwrap_or('"'),
            },
            (None, false) => Format::Text {
                delimiter: delimiter.unwrap_or('|'),
            },
        };
        Ok(o)
    }
}

/// A failed COPY: Firehose's error code and message (developer guide,
/// "Amazon Redshift data delivery errors"; messages after AWS's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyError {
    pub code: &'static str,
    pub message: String,
}

pub fn table_not_found() -> CopyError {
    CopyError {
        code: "Redshift.TableNotFound",
        message:
            "The table to which to load data was not found. Ensure that the specified table exists."
                .into(),
    }
}

pub fn connection_failed() -> CopyError {
    CopyError {
        code: "Redshift.ConnectionFailed",
        message: "The connection to the specified Amazon Redshift cluster failed. Ensure that security settings allow Firehose connections, that the cluster or database specified in the Amazon Redshift destination configuration or JDBC URL is correct, and that the cluster is available.".into(),
    }
}

fn load_failed(detail: &str) -> CopyError {
    CopyError {
        code: "Redshift.DataLoadFailed",
        message: format!(
            "Loading data into the table failed. Check STL_LOAD_ERRORS system table for details. ({detail})"
        ),
    }
}

/// The column list of the COPY (DataTableColumns), lower-cased as Redshift
/// folds unquoted identifiers.
pub fn column_list(spec: Option<&str>) -> Option<Vec<String>> {
    spec.map(|s| {
        s.split(',')
            .map(|c| c.trim().trim_matches('"').to_ascii_lowercase())
            .filter(|c| !c.is_empty())
            .collect()
    })
}

/// Reads `body` (the object as written to S3) into rows for `columns` (the
/// COPY's columns, in order). `Ok((rows, skipped))`: rows with one value per
/// column; rows beyond MAXERROR's allowance fail the whole load.
pub fn read_rows(
    o: &CopyOptions,
    columns: &[String],
    body: &[u8],
) -> Result<(Vec<Vec<Value>>, u32), CopyError> {
    if let Some(e) = &o.syntax_error {
        return Err(CopyError {
            code: "Redshift.SyntaxError",
            message: format!("The COPY command contains a syntax error. Retry the command. ({e})"),
        });
    }
    if let Some(c) = &o.other_compression {
        return Err(load_failed(&format!("the data is not {c}-compressed")));
    }
    let gzipped = body.starts_with(&[0x1f, 0x8b]);
    let data = if o.gzip {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(body)
            .read_to_end(&mut out)
            .map_err(|_| load_failed("GZIP was given but the data is not GZIP-compressed"))?;
        out
    } else if gzipped {
        return Err(load_failed(
            "the data is GZIP-compressed but the COPY has no GZIP option",
        ));
    } else {
        body.to_vec()
    };
    let text = String::from_utf8(data).map_err(|_| load_failed("invalid UTF-8 in the data"))?;
    let mut rows = Vec::new();
    let mut bad = 0u32;
    let null_of = |f: &str| -> Value {
        if (o.empty_as_null && f.is_empty())
            || (o.blanks_as_null && !f.is_empty() && f.trim().is_empty())
            || o.null_as.as_deref() == Some(f)
        {
            Value::Null
        } else {
            Value::String(f.to_string())
        }
    };
    match &o.format {
        Format::Json { ignore_case } => {
            let mut stream = serde_json::Deserializer::from_str(&text).into_iter::<Value>();
            loop {
                match stream.next() {
                    None => break,
                    Some(Ok(Value::Object(m))) => {
                        let row = columns
                            .iter()
                            .map(|c| {
                                let v = if *ignore_case {
                                    m.iter()
                                        .find(|(k, _)| k.eq_ignore_ascii_case(c))
                                        .map(|(_, v)| v)
                                } else {
                                    m.get(c)
                                };
                                match v {
                                    None => Value::Null,
                                    Some(v @ (Value::Object(_) | Value::Array(_))) => {
                                        Value::String(v.to_string())
                                    }
                                    Some(v) => v.clone(),
                                }
                            })
                            .collect();
                        rows.push(row);
                    }
                    Some(Ok(_)) => bad += 1,
                    Some(Err(_)) => {
                        bad += 1;
                        break;
                    }
                }
            }
        }
        Format::Text { delimiter } | Format::Csv { delimiter, .. } => {
            let quote = match &o.format {
                Format::Csv { quote, .. } => Some(*quote),
                _ => None,
            };
            for line in text
                .split('\n')
                .skip(o.ignore_header as usize)
                .map(|l| l.strip_suffix('\r').unwrap_or(l))
                .filter(|l| !l.is_empty())
            {
                let fields = split_fields(line, *delimiter, quote);
                let ok = fields.len() == columns.len()
                    || (o.fill_record && fields.len() < columns.len());
                if !ok {
                    bad += 1;
                    continue;
                }
                let mut row: Vec<Value> = fields.iter().map(|f| null_of(f)).collect();
                row.resize(columns.len(), Value::Null);
                rows.push(row);
            }
        }
    }
    if bad > o.max_error {
        return Err(load_failed(&format!(
            "{bad} rows could not be read (MAXERROR {})",
            o.max_error
        )));
    }
    Ok((rows, bad))
}

fn split_fields(line: &str, delimiter: char, quote: Option<char>) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut it = line.chars().peekable();
    while let Some(c) = it.next() {
        if Some(c) == quote {
            if quoted && it.peek() == Some(&c) {
                cur.push(c);
                it.next();
            } else {
                quoted = !quoted;
            }
        } else if c == delimiter && !quoted {
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    out.push(cur);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_options() {
        let o = CopyOptions::parse("JSON 'auto' GZIP").unwrap();
        assert_eq!(o.format, Format::Json { ignore_case: false });
        assert!(o.gzip);
        let o = CopyOptions::parse("format as json 'auto ignorecase'").unwrap();
        assert_eq!(o.format, Format::Json { ignore_case: true });
        let o = CopyOptions::parse("CSV DELIMITER AS ';' IGNOREHEADER 1 MAXERROR 2").unwrap();
        assert_eq!(
            o.format,
            Format::Csv {
                delimiter: ';',
                quote: '"'
            }
        );
        assert_eq!((o.ignore_header, o.max_error), (1, 2));
        assert_eq!(
            CopyOptions::parse("delimiter '\\t'").unwrap().format,
            Format::Text { delimiter: '\t' }
        );
        assert!(CopyOptions::parse("PARQUET").is_err());
        assert!(CopyOptions::parse("JSON 's3://b/paths.json'").is_err());
        assert!(CopyOptions::parse("JSON 'auto' CSV")
            .unwrap()
            .syntax_error
            .is_some());
        assert!(CopyOptions::parse("FROBNICATE")
            .unwrap()
            .syntax_error
            .is_some());
    }

    #[test]
    fn reads_rows() {
        let cols = vec!["id".to_string(), "name".to_string()];
        let o = CopyOptions::parse("json 'auto'").unwrap();
        let (rows, bad) = read_rows(
            &o,
            &cols,
            b"{\"id\":1,\"name\":\"a\"}{\"id\":2,\"Name\":\"b\"}\n",
        )
        .unwrap();
        assert_eq!(bad, 0);
        assert_eq!(
            rows,
            vec![vec![json!(1), json!("a")], vec![json!(2), Value::Null]]
        );
        let o = CopyOptions::parse("CSV").unwrap();
        let (rows, _) = read_rows(&o, &cols, b"1,\"x, y\"\n2,z\n").unwrap();
        assert_eq!(rows[0], vec![json!("1"), json!("x, y")]);
        let o = CopyOptions::parse("").unwrap();
        let e = read_rows(&o, &cols, b"1|a|extra\n").unwrap_err();
        assert_eq!(e.code, "Redshift.DataLoadFailed");
        let o = CopyOptions::parse("MAXERROR 1").unwrap();
        let (rows, bad) = read_rows(&o, &cols, b"1|a|extra\n2|b\n").unwrap();
        assert_eq!((rows.len(), bad), (1, 1));
        let gz = super::super::compress::Compression::Gzip.compress(b"1|a\n");
        let e = read_rows(&CopyOptions::parse("").unwrap(), &cols, &gz).unwrap_err();
        assert_eq!(e.code, "Redshift.DataLoadFailed");
        let (rows, _) = read_rows(&CopyOptions::parse("GZIP").unwrap(), &cols, &gz).unwrap();
        assert_eq!(rows.len(), 1);
    }
}
