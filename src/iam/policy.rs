//! Resource-policy evaluation: does a resource's access policy (a queue's today;
//! a topic's or bucket's next) allow a request?
//!
//! It stands on its own, with no service's types, so every service shares it. The evaluation
//! order is IAM's: an explicit `Deny` wins over any `Allow`; an `Allow` grants;
//! anything else is an implicit deny.
//!
//! What is understood: `Effect`; `Principal` / `NotPrincipal` as `"*"`,
//! `{"AWS": ...}` (account ids, `arn:aws:iam::ID:root`, and IAM user/role ARNs,
//! which match their account: Switchyard's callers are whole accounts, so a
//! grant to a role in account A admits account A's calls -- a documented
//! simplification) and `{"Service": ...}`; `Action` / `NotAction` with `*` and
//! `?` wildcards, case-insensitive as IAM's are; `Resource` / `NotResource`
//! (absent means any); and `Condition` blocks with the string and ARN operators
//! (`StringEquals`, `StringNotEquals`, `StringEqualsIgnoreCase`,
//! `StringNotEqualsIgnoreCase`, `StringLike`, `StringNotLike`, `ArnEquals`,
//! `ArnNotEquals`, `ArnLike`, `ArnNotLike`, each optionally `...IfExists`) and
//! `Null`, on the keys `aws:SourceArn`, `aws:SourceAccount`, `aws:SourceOwner`
//! and `aws:PrincipalAccount`. [`validate`] refuses any other operator, so an
//! unsupported policy is rejected when it is set rather than misjudged later.

use serde_json::Value;

/// Who is asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Principal<'a> {
    /// An account (its root identity): a 12-digit account id.
    Account(&'a str),
    /// An AWS service principal such as `sns.amazonaws.com`.
    Service(&'a str),
}

/// One request to judge.
#[derive(Debug, Clone, Copy)]
pub struct AccessRequest<'a> {
    pub principal: Principal<'a>,
    /// `service:Action`, e.g. `sqs:SendMessage`.
    pub action: &'a str,
    /// The resource's ARN.
    pub resource: &'a str,
    /// `aws:SourceArn` (set when a service acts for another resource).
    pub source_arn: Option<&'a str>,
    /// `aws:SourceAccount`.
    pub source_account: Option<&'a str>,
}

/// The verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// A statement denies explicitly; nothing can override it.
    ExplicitDeny,
    /// No statement allows.
    ImplicitDeny,
}

const OPERATORS: &[&str] = &[
    "StringEquals",
    "StringNotEquals",
    "StringEqualsIgnoreCase",
    "StringNotEqualsIgnoreCase",
    "StringLike",
    "StringNotLike",
    "ArnEquals",
    "ArnNotEquals",
    "ArnLike",
    "ArnNotLike",
];

/// Checks that `policy_json` is a policy this evaluator understands completely.
/// `Err` carries a sentence saying what is wrong; the caller decides which AWS
/// error that becomes.
pub fn validate(policy_json: &str) -> Result<(), PolicyProblem> {
    let doc: Value = serde_json::from_str(policy_json)
        .map_err(|_| PolicyProblem::Invalid("the policy is not valid JSON".into()))?;
    let obj = doc
        .as_object()
        .ok_or_else(|| PolicyProblem::Invalid("the policy must be a JSON object".into()))?;
    let statements = statements(&doc)
        .ok_or_else(|| PolicyProblem::Invalid("the policy has no Statement".into()))?;
    if let Some(v) = obj.get("Version") {
        if !matches!(v.as_str(), Some("2012-10-17") | Some("2008-10-17")) {
            return Err(PolicyProblem::Invalid("unsupported policy Version".into()));
        }
    }
    for st in statements {
        let st = st
            .as_object()
            .ok_or_else(|| PolicyProblem::Invalid("a statement must be a JSON object".into()))?;
        match st.get("Effect").and_then(Value::as_str) {
            Some("Allow") | Some("Deny") => {}
            _ => {
                return Err(PolicyProblem::Invalid(
                    "a statement needs Effect Allow or Deny".into(),
                ))
            }
        }
        if !st.contains_key("Principal") && !st.contains_key("NotPrincipal") {
            return Err(PolicyProblem::Invalid(
                "a statement needs a Principal".into(),
            ));
        }
        if !st.contains_key("Action") && !st.contains_key("NotAction") {
            return Err(PolicyProblem::Invalid("a statement needs an Action".into()));
        }
        if let Some(cond) = st.get("Condition") {
            let cond = cond
                .as_object()
                .ok_or_else(|| PolicyProblem::Invalid("Condition must be a JSON object".into()))?;
            for (op, block) in cond {
                if !block.is_object() {
                    return Err(PolicyProblem::Invalid(format!(
                        "condition {op} must map keys to values"
                    )));
                }
                let base = op.strip_suffix("IfExists").unwrap_or(op);
                if op != "Null" && !OPERATORS.contains(&base) {
                    return Err(PolicyProblem::Unsupported(format!(
                        "the policy condition operator {op}"
                    )));
                }
            }
        }
    }
    Ok(())
}

/// Why [`validate`] refused a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyProblem {
    /// Not a well-formed policy (AWS refuses it too).
    Invalid(String),
    /// Well formed, but uses something Switchyard does not evaluate.
    Unsupported(String),
}

fn statements(doc: &Value) -> Option<&[Value]> {
    match doc.get("Statement")? {
        Value::Array(items) => Some(items),
        v @ Value::Object(_) => Some(std::slice::from_ref(v)),
        _ => None,
    }
}

/// Judges `request` against the policy document `policy_json`. A document that
/// cannot be parsed allows nothing.
pub fn evaluate(policy_json: &str, request: &AccessRequest) -> Decision {
    let Ok(doc) = serde_json::from_str::<Value>(policy_json) else {
        return Decision::ImplicitDeny;
    };
    evaluate_value(&doc, request)
}

/// [`evaluate`] on an already parsed document.
pub fn evaluate_value(doc: &Value, request: &AccessRequest) -> Decision {
    match statements(doc) {
        Some(list) => evaluate_statements(list, request),
        None => Decision::ImplicitDeny,
    }
}

/// [`evaluate`] on a policy's statements (a resource that keeps them as a
/// list, such as a Lambda function's).
pub fn evaluate_statements(statements: &[Value], request: &AccessRequest) -> Decision {
    let mut allowed = false;
    for st in statements {
        if !statement_applies(st, request) {
            continue;
        }
        match st.get("Effect").and_then(Value::as_str) {
            Some("Deny") => return Decision::ExplicitDeny,
            Some("Allow") => allowed = true,
            _ => {}
        }
    }
    if allowed {
        Decision::Allow
    } else {
        Decision::ImplicitDeny
    }
}

fn statement_applies(st: &Value, req: &AccessRequest) -> bool {
    let principal_ok = match (st.get("Principal"), st.get("NotPrincipal")) {
        (Some(p), _) => principal_matches(p, req.principal),
        (None, Some(np)) => !principal_matches(np, req.principal),
        (None, None) => false,
    };
    if !principal_ok {
        return false;
    }
    let action_ok = match (st.get("Action"), st.get("NotAction")) {
        (Some(a), _) => strings(a).any(|p| glob(p, req.action, true)),
        (None, Some(na)) => !strings(na).any(|p| glob(p, req.action, true)),
        (None, None) => false,
    };
    if !action_ok {
        return false;
    }
    let resource_ok = match (st.get("Resource"), st.get("NotResource")) {
        (Some(r), _) => strings(r).any(|p| glob(p, req.resource, false)),
        (None, Some(nr)) => !strings(nr).any(|p| glob(p, req.resource, false)),
        // SQS accepts statements without a Resource; they apply to the queue.
        (None, None) => true,
    };
    if !resource_ok {
        return false;
    }
    match st.get("Condition") {
        None => true,
        Some(Value::Object(cond)) => cond
            .iter()
            .all(|(op, block)| condition_holds(op, block, req)),
        Some(_) => false,
    }
}

/// The strings of a policy element that is one string or a list of them
/// (anything else holds none). An iterator, not a Vec: a topic fanning out to
/// thousands of queues evaluates a policy per delivery.
fn strings(v: &Value) -> impl Iterator<Item = &str> {
    let (one, many) = match v {
        Value::String(s) => (Some(s.as_str()), None),
        Value::Array(items) => (None, Some(items.iter().filter_map(Value::as_str))),
        _ => (None, None),
    };
    one.into_iter().chain(many.into_iter().flatten())
}

fn principal_matches(p: &Value, who: Principal) -> bool {
    match p {
        Value::String(s) => s == "*",
        Value::Object(map) => map.iter().any(|(kind, ids)| {
            let mut ids = strings(ids);
            match kind.as_str() {
                // {"AWS": "*"} is the same as "*" in a resource policy.
                "AWS" => ids.any(|id| {
                    id == "*"
                        || match who {
                            Principal::Account(account) => {
                                aws_principal_account(id) == Some(account)
                            }
                            Principal::Service(_) => false,
                        }
                }),
                "Service" => match who {
                    Principal::Service(name) => {
                        ids.any(|id| id == "*" || id.eq_ignore_ascii_case(name))
                    }
                    Principal::Account(_) => false,
                },
                _ => false,
            }
        }),
        _ => false,
    }
}

/// The account an `AWS` principal entry names: a bare 12-digit id or the account
/// field of an IAM/STS ARN.
fn aws_principal_account(id: &str) -> Option<&str> {
    if id.len() == 12 && id.bytes().all(|b| b.is_ascii_digit()) {
        return Some(id);
    }
    let mut parts = id.splitn(6, ':');
    let (arn, _partition, service, _region, account) = (
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
    );
    if arn != "arn" || !(service == "iam" || service == "sts") {
        return None;
    }
    Some(account)
}

fn condition_key<'a>(key: &str, req: &AccessRequest<'a>) -> Option<&'a str> {
    // Condition keys are case-insensitive.
    let is = |name: &str| key.eq_ignore_ascii_case(name);
    if is("aws:SourceArn") {
        req.source_arn
    } else if is("aws:SourceAccount") {
        req.source_account
    } else if is("aws:SourceOwner") {
        // SNS's older key, which a topic's default policy conditions on. S3
        // does not supply it: its notifications need a statement for the S3
        // service principal ("You must grant the Amazon S3 principal the
        // necessary permissions", S3 User Guide, granting permissions to
        // publish event notification messages), so the default policy does
        // not let a bucket publish.
        match req.principal {
            Principal::Service(s) if s.eq_ignore_ascii_case("s3.amazonaws.com") => None,
            _ => req.source_account,
        }
    } else if is("aws:PrincipalAccount") {
        match req.principal {
            Principal::Account(a) => Some(a),
            Principal::Service(_) => None,
        }
    } else {
        None
    }
}

fn condition_holds(op: &str, block: &Value, req: &AccessRequest) -> bool {
    let Value::Object(keys) = block else {
        return false;
    };
    if op == "Null" {
        // {"Null": {"aws:SourceArn": "true"}}: true when the key is absent.
        return keys.iter().all(|(key, want)| {
            let absent = condition_key(key, req).is_none();
            let want_absent = match want {
                Value::Bool(b) => *b,
                Value::String(s) => s.eq_ignore_ascii_case("true"),
                _ => return false,
            };
            absent == want_absent
        });
    }
    let (base, if_exists) = match op.strip_suffix("IfExists") {
        Some(b) => (b, true),
        None => (op, false),
    };
    let negated = base.contains("Not");
    keys.iter().all(|(key, values)| {
        // One value or a list; numbers and booleans compare as their text.
        let values: &[Value] = match values {
            Value::Array(items) => items,
            v @ (Value::String(_) | Value::Number(_) | Value::Bool(_)) => std::slice::from_ref(v),
            _ => return false,
        };
        let Some(actual) = condition_key(key, req) else {
            // A missing key fails positive operators and satisfies negated ones
            // and every ...IfExists operator, as IAM evaluates them.
            return if_exists || negated;
        };
        let any = values.iter().any(|v| {
            let text;
            let v: &str = match v {
                Value::String(s) => s,
                other => {
                    text = other.to_string();
                    &text
                }
            };
            value_holds(base, v, actual)
        });
        if negated {
            !any
        } else {
            any
        }
    })
}

/// Whether condition operator `base` (without IfExists) holds between a value
/// of the policy and the request's value.
fn value_holds(base: &str, v: &str, actual: &str) -> bool {
    match base {
        "StringEquals" | "StringNotEquals" => v == actual,
        "StringEqualsIgnoreCase" | "StringNotEqualsIgnoreCase" => v.eq_ignore_ascii_case(actual),
        "StringLike" | "StringNotLike" => glob(v, actual, false),
        // IAM's ArnEquals and ArnLike both accept wildcards.
        "ArnEquals" | "ArnNotEquals" | "ArnLike" | "ArnNotLike" => glob(v, actual, false),
        _ => false,
    }
}

/// Matches `text` against `pattern` where `*` is any run of characters and `?`
/// any one character. Iterative with one backtrack point: linear in practice.
pub fn glob(pattern: &str, text: &str, ignore_case: bool) -> bool {
    // Most policy strings (an action, a queue ARN) have no wildcard at all.
    if !pattern.contains(['*', '?']) {
        return if ignore_case {
            pattern.eq_ignore_ascii_case(text)
        } else {
            pattern == text
        };
    }
    if pattern.is_ascii() && text.is_ascii() {
        glob_units(pattern.as_bytes(), text.as_bytes(), b'*', b'?', |a, b| {
            if ignore_case {
                a.eq_ignore_ascii_case(&b)
            } else {
                a == b
            }
        })
    } else {
        let p: Vec<char> = pattern.chars().collect();
        let t: Vec<char> = text.chars().collect();
        glob_units(&p, &t, '*', '?', |a, b| {
            if ignore_case {
                a.eq_ignore_ascii_case(&b)
            } else {
                a == b
            }
        })
    }
}

/// `glob` over bytes or characters: one backtrack point, linear in practice.
fn glob_units<T: Copy + PartialEq>(
    p: &[T],
    t: &[T],
    star_unit: T,
    any_unit: T,
    eq: impl Fn(T, T) -> bool,
) -> bool {
    let (mut pi, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == any_unit || (p[pi] != star_unit && eq(p[pi], t[ti]))) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == star_unit {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == star_unit {
        pi += 1;
    }
    pi == p.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUEUE: &str = "arn:aws:sqs:us-east-1:111111111111:orders";

    fn req<'a>(principal: Principal<'a>, action: &'a str) -> AccessRequest<'a> {
        AccessRequest {
            principal,
            action,
            resource: QUEUE,
            source_arn: None,
            source_account: None,
        }
    }

    #[test]
    fn globs() {
        assert!(glob("sqs:*", "sqs:SendMessage", true));
        assert!(glob("SQS:send*", "sqs:SendMessage", true));
        assert!(!glob("sqs:Send*", "sqs:ReceiveMessage", true));
        assert!(glob("arn:aws:sqs:*:111111111111:ord?rs", QUEUE, false));
        assert!(!glob("arn:aws:sqs:*:222222222222:*", QUEUE, false));
        assert!(glob("*", "", false));
    }

    #[test]
    fn account_grant_and_explicit_deny() {
        let policy = r#"{"Version":"2012-10-17","Statement":[
            {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::222222222222:root"},"Action":"sqs:*","Resource":"arn:aws:sqs:us-east-1:111111111111:orders"},
            {"Effect":"Deny","Principal":"*","Action":"sqs:PurgeQueue","Resource":"*"}]}"#;
        assert_eq!(validate(policy), Ok(()));
        let other = Principal::Account("222222222222");
        assert_eq!(
            evaluate(policy, &req(other, "sqs:SendMessage")),
            Decision::Allow
        );
        assert_eq!(
            evaluate(policy, &req(other, "sqs:PurgeQueue")),
            Decision::ExplicitDeny
        );
        let third = Principal::Account("333333333333");
        assert_eq!(
            evaluate(policy, &req(third, "sqs:SendMessage")),
            Decision::ImplicitDeny
        );
    }

    #[test]
    fn service_principal_with_source_arn_condition() {
        let policy = r#"{"Statement":{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},
            "Action":"sqs:SendMessage","Resource":"*",
            "Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:sns:*:111111111111:orders-*"}}}}"#;
        assert_eq!(validate(policy), Ok(()));
        let mut r = req(Principal::Service("sns.amazonaws.com"), "sqs:SendMessage");
        assert_eq!(
            evaluate(policy, &r),
            Decision::ImplicitDeny,
            "no source ARN"
        );
        r.source_arn = Some("arn:aws:sns:us-east-1:111111111111:orders-topic");
        assert_eq!(evaluate(policy, &r), Decision::Allow);
        r.source_arn = Some("arn:aws:sns:us-east-1:999999999999:orders-topic");
        assert_eq!(evaluate(policy, &r), Decision::ImplicitDeny);
        let acct = req(Principal::Account("111111111111"), "sqs:SendMessage");
        assert_eq!(evaluate(policy, &acct), Decision::ImplicitDeny);
    }

    #[test]
    fn negated_and_if_exists_conditions() {
        let policy = r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage",
            "Condition":{"StringNotEquals":{"aws:SourceAccount":"999999999999"},
                         "ArnLikeIfExists":{"aws:SourceArn":"arn:aws:s3:::bucket-*"}}}]}"#;
        let mut r = req(Principal::Service("s3.amazonaws.com"), "sqs:SendMessage");
        assert_eq!(
            evaluate(policy, &r),
            Decision::Allow,
            "absent keys satisfy both"
        );
        r.source_account = Some("999999999999");
        assert_eq!(evaluate(policy, &r), Decision::ImplicitDeny);
        r.source_account = Some("111111111111");
        r.source_arn = Some("arn:aws:s3:::other");
        assert_eq!(evaluate(policy, &r), Decision::ImplicitDeny);
    }

    #[test]
    fn unsupported_and_invalid_policies_are_refused() {
        let date = r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:*",
            "Condition":{"DateLessThan":{"aws:CurrentTime":"2030-01-01T00:00:00Z"}}}]}"#;
        assert!(matches!(validate(date), Err(PolicyProblem::Unsupported(_))));
        assert!(matches!(validate("{"), Err(PolicyProblem::Invalid(_))));
        assert!(matches!(
            validate(r#"{"Statement":[{"Effect":"Maybe","Principal":"*","Action":"*"}]}"#),
            Err(PolicyProblem::Invalid(_))
        ));
    }
}
