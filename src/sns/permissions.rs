//! Topic access policies: who may call what on a topic, AddPermission and
//! RemovePermission (statements labelled by `Sid`), and the check that runs
//! before an operation when the caller's account does not own the topic.
//!
//! Switchyard's callers are whole accounts (there are no IAM identities), so
//! a caller of the topic's own account is always allowed, as an account's root
//! would be; another account needs a statement of the topic's policy that
//! allows it. The evaluation is `iam::policy`'s, shared with SQS.

use crate::error::{AwsError, AwsResult};
use crate::iam::policy::{self, AccessRequest, Decision, PolicyProblem, Principal};
use serde_json::{json, Value};

fn invalid(message: impl Into<String>) -> AwsError {
    AwsError::client("InvalidParameter", message)
}

/// Checks a Policy attribute with `iam::policy::validate`: AWS refuses a
/// malformed policy with InvalidParameter ("Invalid parameter: Policy Error:
/// ..."); a well-formed one that uses what Switchyard does not evaluate is
/// refused by name.
pub fn validate(text: &str) -> AwsResult<()> {
    match policy::validate(text) {
        Ok(()) => Ok(()),
        Err(PolicyProblem::Invalid(why)) => {
            Err(invalid(format!("Invalid parameter: Policy Error: {why}")))
        }
        Err(PolicyProblem::Unsupported(what)) => Err(AwsError::not_emulated(what)),
    }
}

/// The topic action an operation needs (`SNS:Publish`, ...), or `None` for
/// operations a topic policy does not govern.
pub fn action_for(operation: &str) -> Option<&'static str> {
    Some(match operation {
        "Publish" | "PublishBatch" => "SNS:Publish",
        "Subscribe" => "SNS:Subscribe",
        "GetTopicAttributes" => "SNS:GetTopicAttributes",
        "SetTopicAttributes" => "SNS:SetTopicAttributes",
        "DeleteTopic" => "SNS:DeleteTopic",
        "AddPermission" => "SNS:AddPermission",
        "RemovePermission" => "SNS:RemovePermission",
        "ListSubscriptionsByTopic" => "SNS:ListSubscriptionsByTopic",
        "TagResource" => "SNS:TagResource",
        "UntagResource" => "SNS:UntagResource",
        "ListTagsForResource" => "SNS:ListTagsForResource",
        _ => return None,
    })
}

/// May `caller_account` perform `action` on the topic? Same-account callers
/// always may; others need an Allow and no Deny in `policy_text`. The error is
/// AWS's AuthorizationError (HTTP 403).
pub fn authorize(
    policy_text: &str,
    owner: &str,
    caller_account: &str,
    action: &str,
    topic_arn: &str,
) -> AwsResult<()> {
    if caller_account == owner {
        return Ok(());
    }
    let decision = policy::evaluate(
        policy_text,
        &AccessRequest {
            principal: Principal::Account(caller_account),
            action,
            resource: topic_arn,
            source_arn: None,
            source_account: None,
        },
    );
    if decision == Decision::Allow {
        return Ok(());
    }
    let why = if decision == Decision::ExplicitDeny {
        "with an explicit deny in a resource-based policy".to_string()
    } else {
        format!("because no resource-based policy allows the {action} action")
    };
    Err(AwsError::client(
        "AuthorizationError",
        format!(
            "User: arn:aws:iam::{caller_account}:root is not authorized to perform: {action} on resource: {topic_arn} {why}"
        ),
    )
    .with_status(403))
}

/// AddPermission: a statement `label` allowing `accounts` the `actions` on the
/// topic, added to `policy_text`. AWS refuses a label already in the policy and
/// an action that is not a topic action (InvalidParameter; the reasons'
/// wording is ours).
pub fn add_statement(
    policy_text: &str,
    topic_arn: &str,
    label: &str,
    accounts: &[String],
    actions: &[String],
) -> AwsResult<String> {
    if label.is_empty()
        || label.len() > 100
        || !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(invalid("Invalid parameter: Label"));
    }
    if accounts.is_empty() {
        return Err(invalid("Invalid parameter: AWSAccountId"));
    }
    if actions.is_empty() {
        return Err(invalid("Invalid parameter: ActionName"));
    }
    let mut doc: Value = serde_json::from_str(policy_text).unwrap_or_else(
        |_| json!({"Version": "2008-10-17", "Id": "__default_policy_ID", "Statement": []}),
    );
    let statements = statements_mut(&mut doc);
    if statements
        .iter()
        .any(|s| s.get("Sid").and_then(Value::as_str) == Some(label))
    {
        return Err(invalid("Invalid parameter: Statement already exists"));
    }
    let mut principals = Vec::new();
    for a in accounts {
        if a.len() != 12 || !a.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid(format!("Invalid parameter: AWSAccountId {a}")));
        }
        principals.push(json!(format!("arn:aws:iam::{a}:root")));
    }
    let mut acts = Vec::new();
    for a in actions {
        // Action names are given bare ("Publish") or with the prefix.
        let bare = a
            .strip_prefix("SNS:")
            .or_else(|| a.strip_prefix("sns:"))
            .unwrap_or(a);
        if action_for(bare).is_none() && bare != "*" {
            return Err(invalid(
                "Invalid parameter: Policy statement action out of service scope!",
            ));
        }
        acts.push(json!(format!("SNS:{bare}")));
    }
    let one_or_many = |v: Vec<Value>| {
        if v.len() == 1 {
            v.into_iter().next().expect("one")
        } else {
            Value::Array(v)
        }
    };
    statements.push(json!({
        "Sid": label,
        "Effect": "Allow",
        "Principal": {"AWS": one_or_many(principals)},
        "Action": one_or_many(acts),
        "Resource": topic_arn,
    }));
    Ok(doc.to_string())
}

/// RemovePermission: removes statement `label`. A label that is not in the
/// policy is refused (InvalidParameter; the wording is ours).
pub fn remove_statement(policy_text: &str, label: &str) -> AwsResult<String> {
    let mut doc: Value =
        serde_json::from_str(policy_text).map_err(|_| invalid("Invalid parameter: Label"))?;
    let statements = statements_mut(&mut doc);
    let before = statements.len();
    statements.retain(|s| s.get("Sid").and_then(Value::as_str) != Some(label));
    if statements.len() == before {
        return Err(invalid(format!(
            "Invalid parameter: Label Reason: no statement with label {label}"
        )));
    }
    Ok(doc.to_string())
}

fn statements_mut(doc: &mut Value) -> &mut Vec<Value> {
    if !doc.is_object() {
        *doc = json!({"Version": "2008-10-17", "Statement": []});
    }
    let st = doc
        .as_object_mut()
        .expect("object")
        .entry("Statement")
        .or_insert_with(|| json!([]));
    if !st.is_array() {
        let one = st.take();
        *st = if one.is_object() {
            json!([one])
        } else {
            json!([])
        };
    }
    st.as_array_mut().expect("array")
}
