//! How the AWS CLI prints a response: `--query` (a JMESPath expression
//! applied to the response before it is printed) and `--output` (`json`, the
//! default, or `text`).
//!
//! The text form follows the AWS CLI's documented layout ("Text output
//! format" in the AWS CLI User Guide): a scalar on its own line; a list of
//! scalars on one line, tab-separated; an object's scalar values on one line,
//! tab-separated, in the order of their keys sorted, each nested list or
//! object after it on lines of its own headed by its key in capitals; a list
//! of objects one line per object, each with the scalar keys of all of them.
//! Scalars print as Python prints them (the CLI is Python): `True`, `False`,
//! `None`, `1.0`.

use serde_json::Value;
use std::collections::BTreeSet;

/// `--output`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OutputFormat {
    #[default]
    Json,
    Text,
}

impl OutputFormat {
    /// `--output NAME`: the formats printed here, or why not.
    pub fn parse(name: &str) -> Result<OutputFormat, String> {
        match name {
            "json" => Ok(OutputFormat::Json),
            "text" => Ok(OutputFormat::Text),
            "table" | "yaml" | "yaml-stream" => Err(format!(
                "Switchyard's CLI prints --output json and text; --output {name} is not emulated yet"
            )),
            _ => Err(format!(
                "argument --output: Invalid choice, valid choices are:\n\njson | text | table | yaml | yaml-stream\n(got {name})"
            )),
        }
    }
}

/// A `--query` expression, compiled once when the command line is read (a
/// bad one is refused then, before anything is called).
#[derive(Clone)]
pub struct Query {
    text: String,
    compiled: jmespath::Expression<'static>,
}

impl std::fmt::Debug for Query {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Query").field(&self.text).finish()
    }
}

impl Query {
    pub fn new(expr: &str) -> Result<Query, String> {
        Ok(Query {
            text: expr.to_string(),
            compiled: compile(expr)?,
        })
    }
}

fn compile(expr: &str) -> Result<jmespath::Expression<'static>, String> {
    jmespath::compile(expr).or_else(|e| {
        // An error is reported against what the user wrote.
        let legacy = legacy_literals(expr);
        match legacy {
            std::borrow::Cow::Owned(l) => jmespath::compile(&l).ok(),
            std::borrow::Cow::Borrowed(_) => None,
        }
        .ok_or_else(|| format!("Bad value for --query {expr}: {}", error_text(&e)))
    })
}

/// The JMESPath library's message (the expression and a caret under the
/// failing position follow it).
fn error_text(e: &jmespath::JmespathError) -> String {
    e.to_string().trim_end().to_string()
}

/// The CLI's JMESPath (Python's) reads a backtick literal that is not JSON
/// as a string -- `` Queues[?Name==`orders`] ``, common in AWS's own
/// examples -- where the JMESPath specification, and the library here, want
/// JSON (`` `"orders"` ``). Such literals are rewritten as JSON strings; raw
/// string literals (`'...'`) are left alone.
fn legacy_literals(expr: &str) -> std::borrow::Cow<'_, str> {
    if !expr.contains('`') {
        return expr.into();
    }
    let mut out = String::with_capacity(expr.len() + 8);
    let mut chars = expr.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                out.push(c);
                while let Some(d) = chars.next() {
                    out.push(d);
                    if d == '\\' {
                        if let Some(e) = chars.next() {
                            out.push(e);
                        }
                    } else if d == '\'' {
                        break;
                    }
                }
            }
            '`' => {
                let mut body = String::new();
                let mut closed = false;
                while let Some(d) = chars.next() {
                    match d {
                        '\\' if chars.peek() == Some(&'`') => {
                            body.push('`');
                            chars.next();
                        }
                        '`' => {
                            closed = true;
                            break;
                        }
                        _ => body.push(d),
                    }
                }
                let json = if !closed || serde_json::from_str::<Value>(&body).is_ok() {
                    body.replace('`', "\\`")
                } else {
                    Value::String(body.trim().to_string()).to_string()
                };
                out.push('`');
                out.push_str(&json);
                if closed {
                    out.push('`');
                }
            }
            _ => out.push(c),
        }
    }
    out.into()
}

/// Applies `--query` to a response. Objects the expression passes through
/// keep the response's key order (the library orders keys alphabetically;
/// the CLI keeps the order it parsed), keys it makes follow in name order.
pub fn apply_query(query: &Query, response: &Value) -> Result<Value, String> {
    let found = query
        .compiled
        .search(response)
        .map_err(|e| error_text(&e))?;
    let mut out = serde_json::to_value(&*found).map_err(|e| e.to_string())?;
    // The keys a multiselect hash makes come in the expression's order (as
    // the CLI's Python keeps them), then every key the response has.
    let mut order = Vec::new();
    hash_keys(query.compiled.as_ast(), &mut order);
    key_order(response, &mut order);
    reorder(&mut out, &order);
    Ok(out)
}

/// The keys of every multiselect hash (`{Id: MessageId, Body: Body}`) in
/// `ast`, in the order the expression writes them.
fn hash_keys(ast: &jmespath::ast::Ast, order: &mut Vec<String>) {
    use jmespath::ast::Ast;
    match ast {
        Ast::MultiHash { elements, .. } => {
            for kv in elements {
                if !order.contains(&kv.key) {
                    order.push(kv.key.clone());
                }
                hash_keys(&kv.value, order);
            }
        }
        Ast::Comparison { lhs, rhs, .. }
        | Ast::Projection { lhs, rhs, .. }
        | Ast::And { lhs, rhs, .. }
        | Ast::Or { lhs, rhs, .. }
        | Ast::Subexpr { lhs, rhs, .. } => {
            hash_keys(lhs, order);
            hash_keys(rhs, order);
        }
        Ast::Condition {
            predicate, then, ..
        } => {
            hash_keys(predicate, order);
            hash_keys(then, order);
        }
        Ast::Expref { ast, .. } => hash_keys(ast, order),
        Ast::Flatten { node, .. } | Ast::Not { node, .. } | Ast::ObjectValues { node, .. } => {
            hash_keys(node, order)
        }
        Ast::Function { args, .. } => args.iter().for_each(|a| hash_keys(a, order)),
        Ast::MultiList { elements, .. } => elements.iter().for_each(|a| hash_keys(a, order)),
        Ast::Identity { .. }
        | Ast::Field { .. }
        | Ast::Index { .. }
        | Ast::Literal { .. }
        | Ast::Slice { .. } => {}
    }
}

/// Every key of `v`'s objects, in the order a depth-first walk first meets it.
fn key_order(v: &Value, order: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if !order.iter().any(|o| o == k) {
                    order.push(k.clone());
                }
                key_order(x, order);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| key_order(x, order)),
        _ => {}
    }
}

fn reorder(v: &mut Value, order: &[String]) {
    match v {
        Value::Object(m) => {
            let rank = |k: &str| order.iter().position(|o| o == k).unwrap_or(usize::MAX);
            let mut entries: Vec<(String, Value)> = std::mem::take(m).into_iter().collect();
            // Stable: keys the response does not have stay in name order.
            entries.sort_by_key(|(k, _)| rank(k));
            for (k, mut x) in entries {
                reorder(&mut x, order);
                m.insert(k, x);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| reorder(x, order)),
        _ => {}
    }
}

/// `--output text`.
pub fn text(v: &Value) -> String {
    let mut out = String::new();
    text_item(v, None, None, &mut out);
    out
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Object(_) | Value::Array(_))
}

fn text_item(v: &Value, heading: Option<&str>, columns: Option<&[String]>, out: &mut String) {
    match v {
        Value::Object(m) => text_object(m, heading, columns, out),
        Value::Array(a) => text_list(a, heading, out),
        scalar => {
            out.push_str(&python_str(scalar));
            out.push('\n');
        }
    }
}

fn text_list(items: &[Value], heading: Option<&str>, out: &mut String) {
    if items.is_empty() {
        return;
    }
    if items.iter().any(|x| matches!(x, Value::Object(_))) {
        // One row per object, with the scalar keys any of them has.
        let columns: Vec<String> = items
            .iter()
            .filter_map(Value::as_object)
            .flat_map(|m| {
                m.iter()
                    .filter(|(_, x)| is_scalar(x))
                    .map(|(k, _)| k.clone())
            })
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        for x in items {
            text_item(x, heading, Some(&columns), out);
        }
    } else if items.iter().any(|x| matches!(x, Value::Array(_))) {
        let scalars: Vec<&Value> = items.iter().filter(|x| is_scalar(x)).collect();
        if !scalars.is_empty() {
            scalar_row(&scalars, heading, out);
        }
        for x in items.iter().filter(|x| !is_scalar(x)) {
            text_item(x, heading, None, out);
        }
    } else {
        scalar_row(&items.iter().collect::<Vec<_>>(), heading, out);
    }
}

/// A list of scalars: one line, or under a heading one line each.
fn scalar_row(items: &[&Value], heading: Option<&str>, out: &mut String) {
    match heading {
        Some(h) => {
            for x in items {
                out.push_str(&h.to_uppercase());
                out.push('\t');
                out.push_str(&python_str(x));
                out.push('\n');
            }
        }
        None => {
            let cells: Vec<String> = items.iter().map(|x| python_str(x)).collect();
            out.push_str(&cells.join("\t"));
            out.push('\n');
        }
    }
}

fn text_object(
    m: &serde_json::Map<String, Value>,
    heading: Option<&str>,
    columns: Option<&[String]>,
    out: &mut String,
) {
    let mut cells = Vec::new();
    let mut nested: Vec<(&str, &Value)> = Vec::new();
    match columns {
        None => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            for k in keys {
                let x = &m[k];
                if is_scalar(x) {
                    cells.push(python_str(x));
                } else {
                    nested.push((k, x));
                }
            }
        }
        Some(columns) => {
            for k in columns {
                // A key another row has and this one lacks is an empty cell
                // (or a nested value printed below, if this row's is one).
                cells.push(
                    m.get(k)
                        .filter(|x| is_scalar(x))
                        .map(python_str)
                        .unwrap_or_default(),
                );
            }
            let mut rest: Vec<&String> = m.keys().filter(|k| !columns.contains(k)).collect();
            rest.sort();
            for k in rest {
                nested.push((k, &m[k]));
            }
            for k in columns {
                if let Some(x) = m.get(k).filter(|x| !is_scalar(x)) {
                    nested.push((k, x));
                }
            }
        }
    }
    if !cells.is_empty() {
        if let Some(h) = heading {
            cells.insert(0, h.to_uppercase());
        }
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    for (k, x) in nested {
        text_item(x, Some(k), None, out);
    }
}

/// A JSON scalar as Python's `str` prints the value `json.loads` makes of it.
pub fn python_str(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::String(s) => s.clone(),
        Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i.to_string(),
            (_, Some(u), _) => u.to_string(),
            (_, _, Some(f)) => python_float(f),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

/// Python's `repr(float)`: the shortest digits that read back the same,
/// in positional form for exponents from -4 to 15 (with `.0` when whole),
/// otherwise as `d.ddde+XX`.
pub fn python_float(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "1.2345e-7".
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').expect("{:e} has an exponent");
    let exp: i32 = exp.parse().expect("an integer exponent");
    if (-4..16).contains(&exp) {
        let s = f.to_string();
        if s.contains('.') {
            s
        } else {
            s + ".0"
        }
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exp.abs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn python_prints_floats_so() {
        for (f, s) in [
            (1.0, "1.0"),
            (0.5, "0.5"),
            (1e16, "1e+16"),
            (1234567890123456.0, "1234567890123456.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (-2.25e20, "-2.25e+20"),
            (0.1 + 0.2, "0.30000000000000004"),
        ] {
            assert_eq!(python_float(f), s, "{f}");
        }
    }

    #[test]
    fn text_layout() {
        // A scalar; a list of scalars; an object's scalars sorted by key with
        // its nested values under their keys in capitals.
        assert_eq!(text(&json!("https://q")), "https://q\n");
        assert_eq!(text(&json!(["a", "b", 3])), "a\tb\t3\n");
        assert_eq!(text(&json!(null)), "None\n");
        assert_eq!(text(&json!({})), "");
        assert_eq!(
            text(&json!({"QueueUrls": ["u1", "u2"]})),
            "QUEUEURLS\tu1\nQUEUEURLS\tu2\n"
        );
        let received = json!({"Messages": [
            {"MessageId": "m1", "ReceiptHandle": "r1", "MD5OfBody": "d1", "Body": "hello",
             "Attributes": {"SentTimestamp": "1767225600000"}},
            {"MessageId": "m2", "ReceiptHandle": "r2", "MD5OfBody": "d2", "Body": "again"}
        ]});
        assert_eq!(
            text(&received),
            "MESSAGES\thello\td1\tm1\tr1\nATTRIBUTES\t1767225600000\nMESSAGES\tagain\td2\tm2\tr2\n"
        );
        // Rows share the columns of every object, blank where one lacks a key.
        assert_eq!(
            text(&json!([{"a": 1, "b": true}, {"a": 2, "c": 1.5}])),
            "1\tTrue\t\n2\t\t1.5\n"
        );
        // A list mixing scalars and lists: the scalars first, on one line.
        assert_eq!(text(&json!([1, [2, 3], 4])), "1\t4\n2\t3\n");
    }

    fn q(expr: &str) -> Query {
        Query::new(expr).unwrap()
    }

    #[test]
    fn queries_keep_the_response_order() {
        let r = json!({"Messages": [{"MessageId": "m1", "ReceiptHandle": "r1", "Body": "b"}]});
        assert_eq!(
            apply_query(&q("Messages[0]"), &r).unwrap().to_string(),
            r#"{"MessageId":"m1","ReceiptHandle":"r1","Body":"b"}"#
        );
        assert_eq!(apply_query(&q("Messages[0].Body"), &r).unwrap(), json!("b"));
        assert_eq!(
            apply_query(&q("Messages[].[MessageId, Body]"), &r).unwrap(),
            json!([["m1", "b"]])
        );
        assert_eq!(
            apply_query(
                &q("{Id: Messages[0].MessageId, Body: Messages[0].Body}"),
                &r
            )
            .unwrap()
            .to_string(),
            r#"{"Id":"m1","Body":"b"}"#,
            "a multiselect hash keeps the expression's order"
        );
        assert_eq!(apply_query(&q("Nothing"), &r).unwrap(), json!(null));
        assert_eq!(
            apply_query(&q("length(Messages)"), &r).unwrap(),
            json!(1),
            "integers stay integers"
        );
        let e = Query::new("Messages[?Body=`b`").unwrap_err();
        assert!(
            e.starts_with("Bad value for --query Messages[?Body=`b`: "),
            "{e}"
        );
        // A backtick literal that is not JSON is a string, as in the CLI.
        assert_eq!(
            apply_query(&q("Messages[?Body==`b`].MessageId"), &r).unwrap(),
            json!(["m1"])
        );
        assert_eq!(
            apply_query(&q("Messages[?Body==`\"b\"`].MessageId"), &r).unwrap(),
            json!(["m1"])
        );
        assert_eq!(apply_query(&q("`[1, 2]`"), &r).unwrap(), json!([1, 2]));
        assert_eq!(apply_query(&q("'`x`'"), &r).unwrap(), json!("`x`"));
        assert!(apply_query(&q("Messages[?Body=='b'].MessageId"), &r).unwrap() == json!(["m1"]));
    }

    #[test]
    fn output_names() {
        assert_eq!(OutputFormat::parse("text"), Ok(OutputFormat::Text));
        assert!(OutputFormat::parse("table")
            .unwrap_err()
            .contains("not emulated yet"));
        assert!(OutputFormat::parse("xml")
            .unwrap_err()
            .contains("valid choices are"));
    }
}
