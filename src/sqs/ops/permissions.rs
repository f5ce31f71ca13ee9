//! AddPermission and RemovePermission: edit the queue's Policy attribute the way
//! AWS does, one statement per label (`"Version": "2008-10-17"`, `"Id":
//! "{queue arn}/SQSDefaultPolicy"`, principals as `arn:aws:iam::{id}:root`,
//! actions as `SQS:{action}`), and drop the Policy when its last statement goes.
//! Only the queue's owner may call them.

use super::super::errors;
use super::super::limits::*;
use super::super::types::*;
use super::super::{Sqs, SqsEvent};
use crate::error::AwsResult;
use crate::sim::Sim;
use crate::world::Caller;
use serde_json::{json, Value};

/// Actions AddPermission can grant (AWS).
const GRANTABLE: &[&str] = &[
    "*",
    "ChangeMessageVisibility",
    "DeleteMessage",
    "GetQueueAttributes",
    "GetQueueUrl",
    "ListDeadLetterSourceQueues",
    "PurgeQueue",
    "ReceiveMessage",
    "SendMessage",
];

fn one_or_many(items: Vec<String>) -> Value {
    if items.len() == 1 {
        Value::String(items.into_iter().next().unwrap_or_default())
    } else {
        Value::Array(items.into_iter().map(Value::String).collect())
    }
}

impl Sqs {
    /// AddPermission.
    pub fn add_permission(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: AddPermissionInput,
    ) -> AwsResult<()> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "AddPermission", false)?;
        let label = &input.label;
        let label_ok = !label.is_empty()
            && label.len() <= PERMISSION_LABEL_MAX_CHARS
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !label_ok {
            return Err(errors::invalid_value(
                label,
                "Label",
                "Must match ^[a-zA-Z0-9_-]{1,80}$.",
            ));
        }
        if input.aws_account_ids.is_empty() {
            return Err(errors::invalid_value(
                "[]",
                "PrincipalId",
                "Unable to verify.",
            ));
        }
        // An account id is twelve digits: SQS refuses `*` ("Unable to
        // verify.", quoted in aws-sdk-js#565) and an ARN ("Unable to verify
        // principal.", aws-cli#7416) rather than writing a principal that
        // names no account.
        if let Some(bad) = input
            .aws_account_ids
            .iter()
            .find(|a| a.len() != 12 || !a.bytes().all(|b| b.is_ascii_digit()))
        {
            let reason = if bad.starts_with("arn:") {
                "Unable to verify principal."
            } else {
                "Unable to verify."
            };
            return Err(errors::invalid_value(bad, "PrincipalId", reason));
        }
        if input.actions.is_empty() {
            return Err(errors::missing_parameter("Actions"));
        }
        if input.actions.len() > ADD_PERMISSION_ACTIONS_MAX {
            return Err(errors::over_limit(format!(
                "{} Actions were found, maximum allowed is 7.",
                input.actions.len()
            )));
        }
        if let Some(bad) = input
            .actions
            .iter()
            .find(|a| !GRANTABLE.contains(&a.as_str()))
        {
            return Err(errors::invalid_value(
                format!("SQS:{bad}"),
                "ActionName",
                "Only the queue owner is allowed to invoke this action.",
            ));
        }
        let q = self.queue(id);
        let mut doc: Value = match &q.attributes.policy {
            Some(p) => serde_json::from_str(p).unwrap_or_else(|_| json!({})),
            None => json!({
                "Version": "2008-10-17",
                "Id": format!("{}/SQSDefaultPolicy", q.arn),
                "Statement": [],
            }),
        };
        if !doc.get("Statement").is_some_and(Value::is_array) {
            let existing = doc.get("Statement").cloned();
            doc["Statement"] = Value::Array(existing.into_iter().collect());
        }
        let statements = doc["Statement"]
            .as_array_mut()
            .expect("made an array above");
        if statements
            .iter()
            .any(|s| s.get("Sid").and_then(Value::as_str) == Some(label.as_str()))
        {
            return Err(errors::invalid_value(label, "Label", "Already exists."));
        }
        statements.push(json!({
            "Sid": label,
            "Effect": "Allow",
            "Principal": {"AWS": one_or_many(input.aws_account_ids.iter().map(|a| format!("arn:aws:iam::{a}:root")).collect())},
            "Action": one_or_many(input.actions.iter().map(|a| format!("SQS:{a}")).collect()),
            "Resource": q.arn,
        }));
        let text = doc.to_string();
        let now = sim.now.as_ms();
        self.forget_hot(id);
        let q = self.queue_mut(id);
        q.attributes.policy = Some(text.into());
        q.last_modified_ms = now;
        Self::record(sim, SqsEvent::PermissionsChanged { queue: id });
        Ok(())
    }

    /// RemovePermission.
    pub fn remove_permission(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: RemovePermissionInput,
    ) -> AwsResult<()> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "RemovePermission", false)?;
        let label = &input.label;
        let q = self.queue(id);
        let mut doc: Value = q
            .attributes
            .policy
            .as_deref()
            .and_then(|p| serde_json::from_str(p).ok())
            .unwrap_or_else(|| json!({"Statement": []}));
        let mut found = false;
        let mut remaining = 0;
        match doc.get_mut("Statement") {
            Some(Value::Array(items)) => {
                let before = items.len();
                items.retain(|s| s.get("Sid").and_then(Value::as_str) != Some(label.as_str()));
                found = items.len() != before;
                remaining = items.len();
            }
            Some(s @ Value::Object(_))
                if s.get("Sid").and_then(Value::as_str) == Some(label.as_str()) =>
            {
                found = true;
                *s = Value::Array(Vec::new());
            }
            _ => {}
        }
        if !found {
            return Err(errors::invalid_value(label, "Label", "can't find label."));
        }
        let text = (remaining > 0).then(|| doc.to_string());
        let now = sim.now.as_ms();
        self.forget_hot(id);
        let q = self.queue_mut(id);
        q.attributes.policy = text.map(Into::into);
        q.last_modified_ms = now;
        Self::record(sim, SqsEvent::PermissionsChanged { queue: id });
        Ok(())
    }
}
