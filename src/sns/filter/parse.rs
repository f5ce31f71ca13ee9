//! Validation and parsing of an SNS subscription `FilterPolicy` into a policy AST.
//!
//! A policy is checked the way `Subscribe` and `SetSubscriptionAttributes` check
//! it, and refused with AWS's `InvalidParameter` messages. The wording of every
//! message that was observed from AWS is kept verbatim (the responses recorded
//! from real AWS in May 2024); messages marked "AWS-style wording (not
//! observed)" are written in AWS's manner for cases no recorded response covers.
//!
//! The result is a [`Policy`]: the policy's `$or`s expanded into alternatives,
//! each a conjunction of [`Clause`]s, each clause a disjunction of [`Pattern`]s on
//! one key (a dotted path for `MessageBody` scope). Both the plain evaluator and
//! the compiled matcher work from this one form, so they cannot disagree about
//! what a policy says.

use crate::error::AwsError;
use ipnet::IpNet;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::fmt;

/// The largest policy text AWS accepts: 256 KB.
pub const MAX_POLICY_BYTES: usize = 256 * 1024;
/// At most five keys per policy (per alternative of an `$or`; for `MessageBody`
/// scope only the top-level keys count, as AWS's "Key counting" section says).
pub const MAX_KEYS: usize = 5;
/// The total combination of values may not exceed 150.
pub const MAX_COMBINATIONS: u64 = 150;
/// Numeric values in a policy lie in -10^9..=10^9 ...
pub const NUMERIC_LIMIT: f64 = 1e9;
/// ... with five digits of accuracy after the decimal point: numbers are kept as
/// integers of 10^-5 so that comparisons are exact and platform independent.
pub const NUMERIC_SCALE: f64 = 1e5;
/// Clauses one alternative may have before the compiled matcher hands it to the
/// plain evaluator (its clause set is a 64-bit mask). AWS's limits keep real
/// policies far below this.
pub const MAX_INDEXED_CLAUSES: usize = 64;

/// Which part of a message a subscription's filter policy is matched against.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum FilterPolicyScope {
    /// The message attributes (the default).
    #[default]
    MessageAttributes,
    /// The message body, read as a JSON object.
    MessageBody,
}

impl FilterPolicyScope {
    /// Parses the `FilterPolicyScope` subscription attribute as AWS spells it.
    pub fn parse(value: &str) -> Result<Self, FilterPolicyError> {
        match value {
            "MessageAttributes" => Ok(FilterPolicyScope::MessageAttributes),
            "MessageBody" => Ok(FilterPolicyScope::MessageBody),
            other => Err(FilterPolicyError {
                kind: FilterPolicyErrorKind::Scope,
                detail: other.to_string(),
                at: None,
            }),
        }
    }

    /// The attribute value as AWS spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            FilterPolicyScope::MessageAttributes => "MessageAttributes",
            FilterPolicyScope::MessageBody => "MessageBody",
        }
    }
}

/// What kind of refusal a [`FilterPolicyError`] is; each renders differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterPolicyErrorKind {
    /// The policy itself is invalid: `Invalid parameter: FilterPolicy: <detail>`.
    Policy,
    /// A nested policy under `MessageAttributes` scope.
    NestedInMessageAttributes,
    /// An unknown `FilterPolicyScope` value (`detail` is the value).
    Scope,
}

/// A refused filter policy or scope. AWS answers these with `InvalidParameter`
/// (HTTP 400, Sender).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterPolicyError {
    pub kind: FilterPolicyErrorKind,
    /// For `Policy`, AWS's reason after `FilterPolicy: ` (e.g. `Filter policy is
    /// too complex`), with the parser location AWS appends to what its
    /// validator found while reading the policy (`\n at [Source: ...; line: 1,
    /// column: N]`; see [`At`]).
    pub detail: String,
    /// Where the validator stood, until `parse_policy` turns it into the
    /// location in `detail`.
    at: Option<At>,
}

/// Where in a policy its validator stood when it refused it. AWS validates a
/// policy as a stream of JSON tokens read from the policy re-serialized
/// compactly, and reports the parser's location: the column just past what it
/// had read. A string token's text is read only when needed, so after a
/// string `Token` the parser is just past its opening quote, after its `Text`
/// past its closing one; after a number, `true`, `false` or `null` past the
/// whole token, after `[` or `{` past the bracket; `End` is past a container's
/// closing bracket. (Every refusal of LocalStack's AWS-validated
/// test_sns_filter_policy snapshots fits these rules; the nodes are named by
/// address within the parsed document.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    Token(usize),
    Text(usize),
    End(usize),
}

impl At {
    fn token(v: &Value) -> At {
        At::Token(v as *const Value as usize)
    }
    fn text(v: &Value) -> At {
        At::Text(v as *const Value as usize)
    }
    fn end(v: &Value) -> At {
        At::End(v as *const Value as usize)
    }
}

/// Where the parser stands after each node of `root` written compactly, by
/// address: (node, after its first token, after all of it). Columns are
/// 1-based and count UTF-16 units, as Jackson's do.
fn spans(root: &Value) -> Vec<(usize, usize, usize)> {
    fn units(s: &str) -> usize {
        s.encode_utf16().count()
    }
    fn walk(v: &Value, col: &mut usize, out: &mut Vec<(usize, usize, usize)>) {
        let start = *col;
        let token = match v {
            Value::Array(items) => {
                *col += 1;
                for (i, x) in items.iter().enumerate() {
                    *col += usize::from(i > 0);
                    walk(x, col, out);
                }
                *col += 1;
                start + 1
            }
            Value::Object(m) => {
                *col += 1;
                for (i, (k, x)) in m.iter().enumerate() {
                    *col += usize::from(i > 0);
                    *col += units(&Value::String(k.clone()).to_string()) + 1;
                    walk(x, col, out);
                }
                *col += 1;
                start + 1
            }
            Value::String(_) => {
                *col += units(&v.to_string());
                start + 1
            }
            other => {
                *col += units(&other.to_string());
                *col
            }
        };
        out.push((v as *const Value as usize, token, *col));
    }
    let mut out = Vec::new();
    walk(root, &mut 1, &mut out);
    out
}

impl FilterPolicyError {
    fn policy(detail: impl Into<String>) -> Self {
        FilterPolicyError {
            kind: FilterPolicyErrorKind::Policy,
            detail: detail.into(),
            at: None,
        }
    }

    /// The same refusal, found with the validator standing at `at`.
    fn at(mut self, at: At) -> Self {
        self.at = Some(at);
        self
    }

    /// Appends the location of `self.at` within `root` to the detail, in
    /// Jackson's words. AWS's Jackson no longer quotes the source
    /// (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` is off by default since
    /// 2.16: its answers recorded in 2025 read `REDACTED`, those of May 2024
    /// quoted the compact policy), so neither does this.
    fn located(mut self, root: &Value) -> Self {
        let Some(at) = self.at.take() else {
            return self;
        };
        let (At::Token(node) | At::Text(node) | At::End(node)) = at;
        let column = spans(root)
            .into_iter()
            .find(|&(p, _, _)| p == node)
            .map(|(_, token, all)| match at {
                At::Token(_) => token,
                At::Text(_) | At::End(_) => all,
            });
        if let Some(column) = column {
            self.detail.push_str(&format!(
                "\n at {}; line: 1, column: {column}]",
                crate::sns::jackson::SOURCE
            ));
        }
        self
    }

    /// The error code AWS answers with.
    pub fn code(&self) -> &'static str {
        "InvalidParameter"
    }

    /// The message as `SetSubscriptionAttributes` words it.
    pub fn message(&self) -> String {
        match self.kind {
            FilterPolicyErrorKind::Policy => format!("Invalid parameter: FilterPolicy: {}", self.detail),
            FilterPolicyErrorKind::NestedInMessageAttributes => {
                "Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy".into()
            }
            FilterPolicyErrorKind::Scope => format!(
                "Invalid parameter: FilterPolicyScope: Invalid value [{}]. Please use either MessageBody or MessageAttributes",
                self.detail
            ),
        }
    }

    /// The message as `Subscribe` words it, where the policy arrives inside
    /// `Attributes`. Observed for `Policy` errors; for the other kinds the same
    /// `Attributes Reason: ` prefix is assumed (AWS-style wording, not observed).
    pub fn subscribe_message(&self) -> String {
        let set = self.message();
        let rest = set.strip_prefix("Invalid parameter: ").unwrap_or(&set);
        format!("Invalid parameter: Attributes Reason: {rest}")
    }

    /// This refusal as the AWS error `SetSubscriptionAttributes` returns
    /// (`subscribe` = false) or `Subscribe` returns (`subscribe` = true).
    pub fn to_aws_error(&self, subscribe: bool) -> AwsError {
        let message = if subscribe {
            self.subscribe_message()
        } else {
            self.message()
        };
        AwsError::client(self.code(), message)
    }
}

impl fmt::Display for FilterPolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for FilterPolicyError {}

/// A number as filter policies compare numbers: an integer count of 10^-5, so
/// `301.5` and `3.015e2` are the same value and comparisons are exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Fixed(pub i64);

impl Fixed {
    /// The fixed-point form of `x`, or `None` outside AWS's numeric range (or not
    /// finite). Digits beyond the fifth decimal are rounded away.
    pub fn from_f64(x: f64) -> Option<Fixed> {
        if !x.is_finite() || x.abs() > NUMERIC_LIMIT {
            return None;
        }
        // |x| <= 1e9, so x * 1e5 <= 1e14 < 2^53: the product is an exact integer
        // after rounding, the same on every platform.
        Some(Fixed((x * NUMERIC_SCALE).round() as i64))
    }

    /// Parses a message's numeric text (`"99"`, `"3.015e2"`).
    pub fn parse(text: &str) -> Option<Fixed> {
        text.trim().parse::<f64>().ok().and_then(Fixed::from_f64)
    }

    /// The value on the doubled axis that numeric ranges use (see
    /// [`NumericRange::doubled_bounds`]).
    pub fn doubled(self) -> i64 {
        self.0 * 2
    }
}

/// One end of a numeric range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bound {
    pub value: Fixed,
    pub inclusive: bool,
}

/// `{"numeric": [...]}`: a lower bound, an upper bound, or both (`=` is both,
/// inclusive, at one value).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumericRange {
    pub lower: Option<Bound>,
    pub upper: Option<Bound>,
}

impl NumericRange {
    /// The range as a closed interval on a doubled axis, where value `v` sits at
    /// `2v` and an exclusive bound moves one step inward. Open and closed ends
    /// then compare with plain integer `<=`, which the compiled matcher's interval
    /// index relies on.
    pub fn doubled_bounds(&self) -> (i64, i64) {
        let lo = match self.lower {
            Some(b) => b.value.doubled() + if b.inclusive { 0 } else { 1 },
            None => i64::MIN,
        };
        let hi = match self.upper {
            Some(b) => b.value.doubled() - if b.inclusive { 0 } else { 1 },
            None => i64::MAX,
        };
        (lo, hi)
    }

    /// True when `v` lies in the range.
    pub fn contains(&self, v: Fixed) -> bool {
        let (lo, hi) = self.doubled_bounds();
        lo <= v.doubled() && v.doubled() <= hi
    }
}

/// `{"anything-but": ...}`: what a value must not be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AnythingBut {
    /// Any string value that is none of these.
    Strings(BTreeSet<String>),
    /// Any numeric value that is none of these.
    Numbers(BTreeSet<Fixed>),
    /// Any string value that does not start with this prefix.
    Prefix(String),
}

/// One value-matching pattern, an element of a key's array in the policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Pattern {
    /// A string literal: exact, case-sensitive match.
    Exact(String),
    /// A number literal: numeric equality with a number value.
    Number(Fixed),
    /// `true` / `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// `{"prefix": "..."}`.
    Prefix(String),
    /// `{"suffix": "..."}`.
    Suffix(String),
    /// `{"equals-ignore-case": "..."}`.
    EqualsIgnoreCase(String),
    /// `{"anything-but": ...}`.
    AnythingBut(AnythingBut),
    /// `{"numeric": [...]}`.
    Numeric(NumericRange),
    /// `{"exists": true|false}`.
    Exists(bool),
    /// `{"cidr": "10.0.0.0/24"}` (IPv4 or IPv6).
    Cidr(IpNet),
}

/// One key of one alternative: the key matches when any of its patterns does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clause {
    /// The attribute name, or for `MessageBody` the path of nested keys joined
    /// with `.` (AWS treats `{"a": {"b": ...}}` and `{"a.b": ...}` alike).
    pub key: String,
    /// The top-level key this clause sits under (what AWS counts for the key
    /// limit in `MessageBody` scope).
    pub top_key: String,
    /// How deeply nested the key is (1 = top level); AWS's complexity counts it.
    pub depth: u32,
    pub patterns: Vec<Pattern>,
    /// The key's array as written in the policy, for explanations.
    pub source: String,
}

/// One way for a policy to match: every clause must hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alternative {
    pub clauses: Vec<Clause>,
}

/// A validated filter policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub scope: FilterPolicyScope,
    /// The policy matches a message when any alternative does. Without `$or`
    /// there is exactly one.
    pub alternatives: Vec<Alternative>,
    /// The policy text as the subscriber sent it (GetSubscriptionAttributes
    /// returns it unchanged).
    pub text: String,
}

impl Policy {
    /// AWS's "total combination of values": for each alternative the product over
    /// its keys of (number of values x nesting depth), summed over alternatives.
    /// The depth factor and the sum over `$or` alternatives follow AWS's worked
    /// examples (3 x 4 x 2 x 3 x 1 x 3 = 216 for nested keys; 24 + 64 + 64 = 152
    /// for `$or`).
    pub fn combinations(&self) -> u64 {
        self.alternatives
            .iter()
            .map(|alt| {
                alt.clauses.iter().fold(1u64, |acc, c| {
                    acc.saturating_mul(c.patterns.len() as u64 * c.depth as u64)
                })
            })
            .fold(0u64, |a, b| a.saturating_add(b))
    }

    /// The most keys any one alternative uses, counted as AWS counts them.
    pub fn key_count(&self) -> usize {
        self.alternatives
            .iter()
            .map(|alt| {
                let keys: BTreeSet<&str> = alt
                    .clauses
                    .iter()
                    .map(|c| match self.scope {
                        FilterPolicyScope::MessageAttributes => c.key.as_str(),
                        FilterPolicyScope::MessageBody => c.top_key.as_str(),
                    })
                    .collect();
                keys.len()
            })
            .max()
            .unwrap_or(0)
    }
}

/// The operator names AWS reserves; an `$or` whose objects use one of them is
/// not an `$or` (AWS's "OR operator" rules).
const RESERVED: &[&str] = &[
    "prefix",
    "suffix",
    "equals-ignore-case",
    "anything-but",
    "numeric",
    "exists",
    "cidr",
    "wildcard",
];

/// Validates and parses `text` as a filter policy for `scope`.
pub fn parse_policy(text: &str, scope: FilterPolicyScope) -> Result<Policy, FilterPolicyError> {
    if text.len() > MAX_POLICY_BYTES {
        // AWS-style wording (not observed).
        return Err(FilterPolicyError::policy(format!(
            "Filter policy is too large: {} bytes, the maximum is {MAX_POLICY_BYTES}",
            text.len()
        )));
    }
    // AWS passes on its JSON parser's (Jackson's) message; the common faults
    // are described in its words, others in ours.
    let value: Value = serde_json::from_str(text).map_err(|e| {
        FilterPolicyError::policy(
            crate::sns::jackson::describe(text)
                .unwrap_or_else(|| format!("Filter policy is not valid JSON: {e}")),
        )
    })?;
    let Value::Object(map) = &value else {
        // AWS-style wording (not observed).
        return Err(
            FilterPolicyError::policy("Filter policy must be a JSON object")
                .at(At::token(&value))
                .located(&value),
        );
    };
    let mut nested = false;
    let alternatives: Vec<Alternative> = expand(map, "", "", 1, &mut nested)
        .map_err(|e| e.located(&value))?
        .into_iter()
        .map(|clauses| Alternative { clauses })
        .collect();
    // AWS reports the policy's own syntax errors first (`{"key": {"suffix": "v"}}`
    // under MessageAttributes scope is refused for `"suffix" must be an object or
    // an array`), and only a well-formed nested policy for its scope.
    if nested && scope == FilterPolicyScope::MessageAttributes {
        return Err(FilterPolicyError {
            kind: FilterPolicyErrorKind::NestedInMessageAttributes,
            detail: String::new(),
            at: None,
        });
    }
    let policy = Policy {
        scope,
        alternatives,
        text: text.to_string(),
    };
    if policy.key_count() > MAX_KEYS {
        return Err(FilterPolicyError::policy(
            "Filter policy can not have more than 5 keys",
        ));
    }
    if policy.combinations() > MAX_COMBINATIONS {
        return Err(FilterPolicyError::policy("Filter policy is too complex"));
    }
    Ok(policy)
}

/// True when `value` is an `$or` as AWS recognises one: an array of at least two
/// objects, none of whose field names is a reserved operator.
fn is_or(value: &Value) -> bool {
    match value {
        Value::Array(items) => {
            items.len() >= 2
                && items.iter().all(|item| match item {
                    Value::Object(m) => m.keys().all(|k| !RESERVED.contains(&k.as_str())),
                    _ => false,
                })
        }
        _ => false,
    }
}

/// Expands one policy object into its alternatives (lists of clauses). `prefix`
/// is the dotted path of the object, `top` its top-level key, `depth` the
/// nesting depth of the object's own keys. `nested` is set when any key holds an
/// object (which only `MessageBody` scope allows).
fn expand(
    map: &Map<String, Value>,
    prefix: &str,
    top: &str,
    depth: u32,
    nested: &mut bool,
) -> Result<Vec<Vec<Clause>>, FilterPolicyError> {
    let mut alts: Vec<Vec<Clause>> = vec![Vec::new()];
    for (key, value) in map {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        let top_key = if top.is_empty() { key.as_str() } else { top };
        let choices: Vec<Vec<Clause>> = if key == "$or" && is_or(value) {
            let mut union = Vec::new();
            for branch in value.as_array().into_iter().flatten() {
                if let Value::Object(m) = branch {
                    // An `$or` branch sits at the same level as the `$or` itself.
                    union.extend(expand(m, prefix, top, depth, nested)?);
                }
            }
            union
        } else {
            match value {
                Value::Array(items) => {
                    vec![vec![parse_clause(&path, top_key, depth, value, items)?]]
                }
                Value::Object(m) => {
                    *nested = true;
                    expand(m, &path, top_key, depth + 1, nested)?
                }
                _ => {
                    return Err(FilterPolicyError::policy(format!(
                        "\"{key}\" must be an object or an array"
                    ))
                    .at(At::token(value)))
                }
            }
        };
        let mut next = Vec::with_capacity(alts.len() * choices.len().max(1));
        for a in &alts {
            for c in &choices {
                let mut joined = a.clone();
                joined.extend(c.iter().cloned());
                next.push(joined);
            }
        }
        // Every alternative adds at least 1 to the combination count, so more than
        // the limit of alternatives is already too complex; stopping here keeps a
        // 256 KB policy of nested `$or`s from expanding exponentially.
        if next.len() as u64 > MAX_COMBINATIONS {
            return Err(FilterPolicyError::policy("Filter policy is too complex"));
        }
        alts = next;
    }
    Ok(alts)
}

fn parse_clause(
    key: &str,
    top_key: &str,
    depth: u32,
    array: &Value,
    items: &[Value],
) -> Result<Clause, FilterPolicyError> {
    if items.is_empty() {
        // AWS-style wording (not observed).
        return Err(
            FilterPolicyError::policy(format!("Empty arrays are not allowed: \"{key}\""))
                .at(At::end(array)),
        );
    }
    let patterns = items
        .iter()
        .map(parse_pattern)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Clause {
        key: key.to_string(),
        top_key: top_key.to_string(),
        depth,
        patterns,
        source: Value::Array(items.to_vec()).to_string(),
    })
}

/// The number `v` (a JSON number), in range.
fn policy_number(v: &Value, what: &str) -> Result<Fixed, FilterPolicyError> {
    v.as_f64().and_then(Fixed::from_f64).ok_or_else(|| {
        // AWS-style wording (not observed).
        FilterPolicyError::policy(format!(
            "Value of {what} must be between -1000000000 and 1000000000: {v}"
        ))
        .at(At::token(v))
    })
}

fn string_operand(op: &str, v: &Value) -> Result<String, FilterPolicyError> {
    match v {
        Value::String(s) => Ok(s.clone()),
        _ => Err(
            FilterPolicyError::policy(format!("{op} match pattern must be a string"))
                .at(At::token(v)),
        ),
    }
}

fn parse_pattern(item: &Value) -> Result<Pattern, FilterPolicyError> {
    match item {
        Value::String(s) => Ok(Pattern::Exact(s.clone())),
        Value::Number(_) => Ok(Pattern::Number(policy_number(item, "number")?)),
        Value::Bool(b) => Ok(Pattern::Bool(*b)),
        Value::Null => Ok(Pattern::Null),
        Value::Array(_) => Err(FilterPolicyError::policy(
            "Match value must be String, number, true, false, or null",
        )
        .at(At::token(item))),
        Value::Object(m) => {
            let mut entries = m.iter();
            let Some((op, operand)) = entries.next() else {
                // AWS-style wording (not observed).
                return Err(FilterPolicyError::policy(
                    "Empty objects are not allowed in match expressions",
                )
                .at(At::end(item)));
            };
            // The first member is read and checked before a second is seen.
            let pattern = match op.as_str() {
                "prefix" => Pattern::Prefix(string_operand(op, operand)?),
                "suffix" => Pattern::Suffix(string_operand(op, operand)?),
                "equals-ignore-case" => Pattern::EqualsIgnoreCase(string_operand(op, operand)?),
                "anything-but" => Pattern::AnythingBut(parse_anything_but(operand)?),
                "numeric" => Pattern::Numeric(parse_numeric(operand)?),
                "exists" => match operand {
                    Value::Bool(b) => Pattern::Exists(*b),
                    _ => {
                        return Err(FilterPolicyError::policy(
                            "exists match pattern must be either true or false.",
                        )
                        .at(At::token(operand)))
                    }
                },
                "cidr" => Pattern::Cidr(parse_cidr(operand)?),
                other => {
                    return Err(FilterPolicyError::policy(format!(
                        "Unrecognized match type {other}"
                    ))
                    .at(At::token(operand)))
                }
            };
            alone(entries, pattern)
        }
    }
}

/// `pattern`, read from a match expression's first member, if the
/// expression has no other (`rest`); a second member is refused once its
/// value is read.
fn alone<'a, T>(
    mut rest: impl Iterator<Item = (&'a String, &'a Value)>,
    pattern: T,
) -> Result<T, FilterPolicyError> {
    match rest.next() {
        Some((_, second)) => Err(FilterPolicyError::policy(
            "Only one key allowed in match expression",
        )
        .at(At::token(second))),
        None => Ok(pattern),
    }
}

fn parse_cidr(operand: &Value) -> Result<IpNet, FilterPolicyError> {
    // AWS-style wording (not observed) for both refusals below.
    let Value::String(s) = operand else {
        return Err(
            FilterPolicyError::policy("cidr match pattern must be a string").at(At::token(operand)),
        );
    };
    if !s.contains('/') {
        return Err(
            FilterPolicyError::policy(format!("Malformed CIDR, one '/' required: {s}"))
                .at(At::text(operand)),
        );
    }
    s.parse::<IpNet>().map_err(|_| {
        FilterPolicyError::policy(format!("Nonstandard IP address in CIDR: {s}"))
            .at(At::text(operand))
    })
}

fn parse_anything_but(operand: &Value) -> Result<AnythingBut, FilterPolicyError> {
    match operand {
        Value::String(s) => Ok(AnythingBut::Strings(BTreeSet::from([s.clone()]))),
        Value::Number(_) => Ok(AnythingBut::Numbers(BTreeSet::from([policy_number(
            operand,
            "anything-but",
        )?]))),
        Value::Array(items) => {
            let Some(first) = items.first() else {
                // AWS-style wording (not observed).
                return Err(FilterPolicyError::policy(
                    "Empty arrays are not allowed in anything-but",
                )
                .at(At::end(operand)));
            };
            // Read in order: the first item that is not a string or a number,
            // or not of the first's type, is refused (AWS-style wording, not
            // observed).
            let odd = items
                .iter()
                .find(|v| !(v.is_string() || v.is_number()) || v.is_string() != first.is_string());
            match odd {
                Some(v) if v.is_string() || v.is_number() => Err(FilterPolicyError::policy(
                    "Inside anything-but list, mixed types are not supported",
                )
                .at(At::token(v))),
                Some(v) => Err(FilterPolicyError::policy(
                    "Inside anything-but list, only strings and numbers are supported",
                )
                .at(At::token(v))),
                None if first.is_string() => Ok(AnythingBut::Strings(
                    items
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect(),
                )),
                None => items
                    .iter()
                    .map(|v| policy_number(v, "anything-but"))
                    .collect::<Result<_, _>>()
                    .map(AnythingBut::Numbers),
            }
        }
        Value::Object(m) => {
            let mut entries = m.iter();
            let Some((op, inner)) = entries.next() else {
                // AWS-style wording (not observed).
                return Err(FilterPolicyError::policy(
                    "Empty objects are not allowed in anything-but",
                )
                .at(At::end(operand)));
            };
            let pattern = match op.as_str() {
                "prefix" => AnythingBut::Prefix(string_operand(op, inner)?),
                // AWS refused `suffix` (and `exists`) here when last observed; an
                // operator AWS may have added since is refused the same way rather
                // than guessed at.
                other => {
                    return Err(FilterPolicyError::policy(format!(
                        "Unsupported anything-but pattern: {other}"
                    ))
                    .at(At::token(inner)))
                }
            };
            alone(entries, pattern)
        }
        // AWS-style wording (not observed).
        Value::Bool(_) | Value::Null => Err(FilterPolicyError::policy(
            "Value of anything-but must be an array or a single string/number value",
        )
        .at(At::token(operand))),
    }
}

/// The text AWS quotes for a misplaced numeric member: the JSON token.
fn token(v: Option<&Value>) -> String {
    match v {
        None => "]".to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The number after operator `op` in `array`'s items (`v`; None past the
/// end, where the parser has read the closing bracket).
fn numeric_value(op: &str, array: &Value, v: Option<&Value>) -> Result<Fixed, FilterPolicyError> {
    let shown = if op == "=" { "equals" } else { op };
    match v {
        Some(n @ Value::Number(_)) => policy_number(n, shown),
        _ => Err(
            FilterPolicyError::policy(format!("Value of {shown} must be numeric"))
                .at(next(array, v)),
        ),
    }
}

/// Where the parser stands having read `v`'s first token, or the closing
/// bracket of `array` when there is no `v`.
fn next(array: &Value, v: Option<&Value>) -> At {
    v.map_or(At::end(array), At::token)
}

fn parse_numeric(operand: &Value) -> Result<NumericRange, FilterPolicyError> {
    let Value::Array(items) = operand else {
        // AWS-style wording (not observed).
        return Err(
            FilterPolicyError::policy("Value of numeric must be an array.").at(At::token(operand)),
        );
    };
    let op = match items.first() {
        Some(Value::String(s)) => s.as_str(),
        other => {
            return Err(FilterPolicyError::policy(format!(
                "Invalid member in numeric match: {}",
                token(other)
            ))
            .at(next(operand, other)))
        }
    };
    // Each check below is made where AWS's validator makes it, reading the
    // array token by token: an operator is judged once the token after it
    // is read, a second operator as soon as its text is.
    let too_many = |at: usize, words: &str| match items.get(at) {
        Some(v) => Err(FilterPolicyError::policy(words).at(At::token(v))),
        None => Ok(()),
    };
    match op {
        "=" | "<" | "<=" => {
            let v = numeric_value(op, operand, items.get(1))?;
            too_many(2, "Too many elements in numeric expression")?;
            let b = Bound {
                value: v,
                inclusive: op != "<",
            };
            Ok(if op == "=" {
                NumericRange {
                    lower: Some(b),
                    upper: Some(b),
                }
            } else {
                NumericRange {
                    lower: None,
                    upper: Some(b),
                }
            })
        }
        ">" | ">=" => {
            let lo = numeric_value(op, operand, items.get(1))?;
            let lower = Some(Bound {
                value: lo,
                inclusive: op == ">=",
            });
            let op2 = match items.get(2) {
                None => return Ok(NumericRange { lower, upper: None }),
                Some(Value::String(s)) => s.as_str(),
                Some(other) => {
                    return Err(FilterPolicyError::policy(format!(
                        "Bad value in numeric range: {}",
                        token(Some(other))
                    ))
                    .at(At::token(other)))
                }
            };
            if op2 != "<" && op2 != "<=" {
                return Err(FilterPolicyError::policy(format!(
                    "Bad numeric range operator: {op2}"
                ))
                .at(At::text(&items[2])));
            }
            let hi = numeric_value(op2, operand, items.get(3))?;
            too_many(4, "Too many terms in numeric range expression")?;
            if lo >= hi {
                return Err(
                    FilterPolicyError::policy("Bottom must be less than top").at(At::end(operand))
                );
            }
            Ok(NumericRange {
                lower,
                upper: Some(Bound {
                    value: hi,
                    inclusive: op2 == "<=",
                }),
            })
        }
        other => Err(FilterPolicyError::policy(format!(
            "Unrecognized numeric range operator: {other}"
        ))
        .at(next(operand, items.get(1)))),
    }
}
