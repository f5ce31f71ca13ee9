//! The message side of filtering and the plain, one-policy evaluator.
//!
//! [`MessageView`] reads a published message once: its `MessageAttributes` and,
//! when the body is a JSON object, the body flattened into dotted paths. Then
//! [`matches`] decides one policy against it and says why, naming the key that
//! decided, which is what the page's policy tester shows. The compiled matcher
//! uses the same per-pattern rules ([`pattern_holds`], [`value_matches`]) so the
//! two can only differ in how they find candidates, never in what a pattern means.

use super::parse::{AnythingBut, Clause, FilterPolicyScope, Fixed, Pattern, Policy};
use serde_json::Value;
use std::collections::BTreeMap;
use std::net::IpAddr;

/// One value a message carries under a key.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    /// A string (a `String` attribute, a `String.Array` element, a body string).
    Str(String),
    /// A number (`Number` attribute, numeric array element or body number);
    /// `value` is `None` outside AWS's numeric range, where numeric patterns do
    /// not apply. `text` is how the message wrote it.
    Num {
        value: Option<Fixed>,
        text: String,
    },
    Bool(bool),
    Null,
}

impl FieldValue {
    fn render(&self) -> String {
        match self {
            FieldValue::Str(s) => Value::String(s.clone()).to_string(),
            FieldValue::Num { text, .. } => text.clone(),
            FieldValue::Bool(b) => b.to_string(),
            FieldValue::Null => "null".into(),
        }
    }
}

/// All values a message carries under one key.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Field {
    pub values: Vec<FieldValue>,
    /// Set for `String.Array` attributes: AWS documents that `anything-but`
    /// matches such an attribute only if *none* of its elements is excluded, while
    /// every other operator matches if any element matches.
    pub every_element: bool,
}

impl Field {
    /// AWS: for `"exists": true` "the key must have a non-null and non-empty
    /// value"; a key whose only values are `null` (or an empty array) is absent.
    pub fn has_value(&self) -> bool {
        self.values.iter().any(|v| *v != FieldValue::Null)
    }
}

/// A published message as filter policies see it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MessageView {
    attributes: BTreeMap<String, Field>,
    /// The body flattened into dotted paths; `None` when the body is not a JSON
    /// object, in which case no `MessageBody` policy matches.
    body: Option<BTreeMap<String, Field>>,
}

impl MessageView {
    /// A message with this body and no attributes yet.
    pub fn new(body: &str) -> Self {
        let body = match serde_json::from_str::<Value>(body) {
            Ok(v @ Value::Object(_)) => {
                let mut fields = BTreeMap::new();
                flatten(&v, &mut String::new(), &mut fields);
                Some(fields)
            }
            _ => None,
        };
        MessageView {
            attributes: BTreeMap::new(),
            body,
        }
    }

    /// Adds a message attribute as Publish received it (`DataType`,
    /// `StringValue`). `Binary` attributes are ignored, as AWS documents;
    /// custom-typed `String.x` / `Number.x` attributes count as their base type.
    /// A `String.Array` value is read as a JSON array (Publish has already
    /// refused one that is not).
    pub fn with_attribute(mut self, name: &str, data_type: &str, string_value: &str) -> Self {
        let field = if data_type == "String.Array" {
            let values = match serde_json::from_str::<Value>(string_value) {
                Ok(Value::Array(items)) => items.iter().filter_map(scalar).collect(),
                _ => Vec::new(),
            };
            Field {
                values,
                every_element: true,
            }
        } else if data_type.starts_with("Number") {
            Field {
                values: vec![FieldValue::Num {
                    value: Fixed::parse(string_value),
                    text: string_value.to_string(),
                }],
                every_element: false,
            }
        } else if data_type.starts_with("String") {
            Field {
                values: vec![FieldValue::Str(string_value.to_string())],
                every_element: false,
            }
        } else {
            return self;
        };
        self.attributes.insert(name.to_string(), field);
        self
    }

    /// The keyed values a policy of `scope` is matched against, or `None` when
    /// nothing can match (a `MessageBody` policy and a body that is not a JSON
    /// object).
    pub fn fields(&self, scope: FilterPolicyScope) -> Option<&BTreeMap<String, Field>> {
        match scope {
            FilterPolicyScope::MessageAttributes => Some(&self.attributes),
            FilterPolicyScope::MessageBody => self.body.as_ref(),
        }
    }
}

/// A scalar JSON value as a field value; objects and arrays inside a
/// `String.Array` have no scalar form and are skipped.
fn scalar(v: &Value) -> Option<FieldValue> {
    match v {
        Value::String(s) => Some(FieldValue::Str(s.clone())),
        Value::Number(n) => Some(FieldValue::Num {
            value: n.as_f64().and_then(Fixed::from_f64),
            text: n.to_string(),
        }),
        Value::Bool(b) => Some(FieldValue::Bool(*b)),
        Value::Null => Some(FieldValue::Null),
        Value::Array(_) | Value::Object(_) => None,
    }
}

/// Flattens a JSON body: nested objects become dotted paths and every element
/// of an array (arrays of arrays too) is a value of the array's own path, so
/// `{"a": [{"b": 1}, {"b": 2}]}` gives `a.b` the values 1 and 2.
fn flatten(v: &Value, path: &mut String, out: &mut BTreeMap<String, Field>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                flatten(child, path, out);
                path.truncate(len);
            }
        }
        Value::Array(items) => {
            for item in items {
                flatten(item, path, out);
            }
        }
        leaf => {
            if let Some(fv) = scalar(leaf) {
                out.entry(path.clone()).or_default().values.push(fv);
            }
        }
    }
}

/// Does one value satisfy a value pattern (every pattern except `exists` and
/// `anything-but`, which look at the whole field)? Typed as AWS documents: string
/// operators see strings only, numeric operators numbers only.
pub fn value_matches(p: &Pattern, v: &FieldValue) -> bool {
    match (p, v) {
        (Pattern::Exact(want), FieldValue::Str(s)) => want == s,
        (Pattern::Number(want), FieldValue::Num { value: Some(n), .. }) => want == n,
        (Pattern::Bool(want), FieldValue::Bool(b)) => want == b,
        (Pattern::Null, FieldValue::Null) => true,
        (Pattern::Prefix(pre), FieldValue::Str(s)) => s.starts_with(pre.as_str()),
        (Pattern::Suffix(suf), FieldValue::Str(s)) => s.ends_with(suf.as_str()),
        (Pattern::EqualsIgnoreCase(want), FieldValue::Str(s)) => fold_case(want) == fold_case(s),
        (Pattern::Numeric(range), FieldValue::Num { value: Some(n), .. }) => range.contains(*n),
        (Pattern::Cidr(net), FieldValue::Str(s)) => {
            s.parse::<IpAddr>().is_ok_and(|ip| net.contains(&ip))
        }
        (Pattern::AnythingBut(ab), v) => anything_but_passes(ab, v),
        _ => false,
    }
}

/// The case folding `equals-ignore-case` compares under.
pub fn fold_case(s: &str) -> String {
    s.to_lowercase()
}

/// Is `v` one of the values an `anything-but` lets through? Only values of the
/// excluded list's own type pass (an excluded list of strings says nothing about
/// numbers).
fn anything_but_passes(ab: &AnythingBut, v: &FieldValue) -> bool {
    match (ab, v) {
        (AnythingBut::Strings(set), FieldValue::Str(s)) => !set.contains(s),
        (AnythingBut::Numbers(set), FieldValue::Num { value: Some(n), .. }) => !set.contains(n),
        (AnythingBut::Prefix(pre), FieldValue::Str(s)) => !s.starts_with(pre.as_str()),
        _ => false,
    }
}

/// Does pattern `p` hold for a key whose values are `field` (`None`: the message
/// lacks the key)? `fields_nonempty` says whether the message has any key at all
/// in the policy's scope: AWS documents that `"exists": false` does not match a
/// message with an empty set of attributes.
pub fn pattern_holds(p: &Pattern, field: Option<&Field>, fields_nonempty: bool) -> bool {
    let present = field.is_some_and(Field::has_value);
    match p {
        Pattern::Exists(true) => present,
        Pattern::Exists(false) => !present && fields_nonempty,
        Pattern::AnythingBut(ab) => match field {
            // A missing key is not "anything but" the listed values: AWS does not
            // deliver a message without the attribute to such a policy.
            Some(f) if !f.values.is_empty() => {
                if f.every_element {
                    f.values.iter().all(|v| anything_but_passes(ab, v))
                } else {
                    f.values.iter().any(|v| anything_but_passes(ab, v))
                }
            }
            _ => false,
        },
        _ => field.is_some_and(|f| f.values.iter().any(|v| value_matches(p, v))),
    }
}

/// Does a clause (one key, any of its patterns) hold?
pub fn clause_holds(c: &Clause, fields: &BTreeMap<String, Field>) -> bool {
    let field = fields.get(&c.key);
    let nonempty = !fields.is_empty();
    c.patterns.iter().any(|p| pattern_holds(p, field, nonempty))
}

/// The outcome of matching one policy against one message, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// The message matches; `alternative` is the index of the first alternative
    /// (of the policy's expanded `$or`s) that matched, `of` how many there are.
    Matched { alternative: usize, of: usize },
    /// The message does not match. `key` is the key that decided (for a policy
    /// with `$or`, in the alternative that came closest), `None` when the message
    /// as a whole was refused (a `MessageBody` policy and a body that is not a
    /// JSON object).
    NotMatched { key: Option<String>, reason: String },
}

impl Decision {
    /// True for a match.
    pub fn is_match(&self) -> bool {
        matches!(self, Decision::Matched { .. })
    }

    /// One line for people: `matched`, `key status: value "cancelled" is not one
    /// of ["placed"]`, `key price: missing`.
    pub fn explanation(&self) -> String {
        match self {
            Decision::Matched { of: 1, .. } => {
                "matched: every key of the filter policy is satisfied".into()
            }
            Decision::Matched { alternative, of } => {
                format!(
                    "matched: alternative {} of {of} ($or) is satisfied",
                    alternative + 1
                )
            }
            Decision::NotMatched {
                key: Some(k),
                reason,
            } => format!("key {k}: {reason}"),
            Decision::NotMatched { key: None, reason } => reason.clone(),
        }
    }
}

/// Decides `policy` against `msg`, the plain way: every alternative, every
/// clause. The compiled matcher must agree with this on every input.
pub fn matches(policy: &Policy, msg: &MessageView) -> Decision {
    let Some(fields) = msg.fields(policy.scope) else {
        return Decision::NotMatched {
            key: None,
            reason: "the message body is not a JSON object, so a MessageBody filter policy matches nothing".into(),
        };
    };
    let of = policy.alternatives.len();
    // (satisfied clauses, first failing clause) of the alternative that came
    // closest, for the explanation.
    let mut closest: Option<(usize, &Clause)> = None;
    for (i, alt) in policy.alternatives.iter().enumerate() {
        let mut satisfied = 0;
        let mut first_fail = None;
        for c in &alt.clauses {
            if clause_holds(c, fields) {
                satisfied += 1;
            } else if first_fail.is_none() {
                first_fail = Some(c);
            }
        }
        match first_fail {
            None => return Decision::Matched { alternative: i, of },
            Some(c) => {
                if closest.is_none_or(|(best, _)| satisfied > best) {
                    closest = Some((satisfied, c));
                }
            }
        }
    }
    match closest {
        Some((_, c)) => Decision::NotMatched {
            key: Some(c.key.clone()),
            reason: why_not(c, fields),
        },
        // A policy always has at least one alternative; an empty one matched above.
        None => Decision::NotMatched {
            key: None,
            reason: "the filter policy has no alternatives".into(),
        },
    }
}

/// Why clause `c` failed on this message.
fn why_not(c: &Clause, fields: &BTreeMap<String, Field>) -> String {
    let field = fields.get(&c.key).filter(|f| f.has_value());
    let wants_absent = c.patterns.contains(&Pattern::Exists(false));
    match field {
        None if wants_absent && fields.is_empty() => {
            "missing, but {\"exists\": false} does not match a message with no keys at all in the policy's scope".into()
        }
        None => "missing".into(),
        Some(f) => {
            let shown: Vec<String> = f.values.iter().map(FieldValue::render).collect();
            let values = if shown.len() == 1 {
                format!("value {}", shown[0])
            } else {
                format!("values [{}]", shown.join(", "))
            };
            if c.patterns.iter().all(|p| matches!(p, Pattern::Exact(_) | Pattern::Number(_))) {
                format!("{values} is not one of {}", c.source)
            } else if c.patterns == [Pattern::Exists(false)] {
                format!("{values} is present, but the policy requires the key to be absent")
            } else {
                format!("{values} matches none of {}", c.source)
            }
        }
    }
}
