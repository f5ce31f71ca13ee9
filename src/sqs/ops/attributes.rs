//! GetQueueAttributes and SetQueueAttributes, and the attribute rules that
//! CreateQueue shares: which names exist, which apply to which queue type,
//! every value's range and AWS's message when it is out of range.
//!
//! Changes are validated as a whole before any is applied, so a refused call
//! changes nothing. Side effects AWS documents: a shorter MessageRetentionPeriod
//! expires existing messages that are now too old; a changed DelaySeconds is not
//! retroactive on standard queues and is on FIFO queues ("changing the setting
//! affects the delay of messages already in the queue", delay queues in the
//! developer guide): each message never received yet is due at its send time
//! plus the new delay -- delayed until then if that is still ahead, visible if
//! it has passed. A message received before is left as it is (its delay was
//! over when it was received).

use super::super::errors;
use super::super::limits::*;
use super::super::policy;
use super::super::queue::{Queue, QueueAttributes, RedriveAllow, RedrivePolicy};
use super::super::types::*;
use super::super::{parse_queue_arn, Sqs, SqsEvent};
use crate::error::{AwsError, AwsResult};
use crate::sim::Sim;
use crate::world::Caller;

/// Every attribute name AWS defines (QueueAttributeName), `All` included.
pub(crate) const ALL_NAMES: &[&str] = &[
    "All",
    "Policy",
    "VisibilityTimeout",
    "MaximumMessageSize",
    "MessageRetentionPeriod",
    "ApproximateNumberOfMessages",
    "ApproximateNumberOfMessagesNotVisible",
    "CreatedTimestamp",
    "LastModifiedTimestamp",
    "QueueArn",
    "ApproximateNumberOfMessagesDelayed",
    "DelaySeconds",
    "ReceiveMessageWaitTimeSeconds",
    "RedrivePolicy",
    "FifoQueue",
    "ContentBasedDeduplication",
    "KmsMasterKeyId",
    "KmsDataKeyReusePeriodSeconds",
    "DeduplicationScope",
    "FifoThroughputLimit",
    "RedriveAllowPolicy",
    "SqsManagedSseEnabled",
];

const FIFO_ONLY: &[&str] = &[
    "FifoQueue",
    "ContentBasedDeduplication",
    "DeduplicationScope",
    "FifoThroughputLimit",
];

/// The value GetQueueAttributes shows for `name`, if the queue has one.
pub(crate) fn render(q: &Queue, name: &str, epoch_unix_ms: u64) -> Option<String> {
    let secs = |ms: u64| ((epoch_unix_ms + ms) / 1000).to_string();
    Some(match name {
        "QueueArn" => q.arn.clone(),
        "ApproximateNumberOfMessages" => q.n_visible.to_string(),
        "ApproximateNumberOfMessagesNotVisible" => q.n_inflight.to_string(),
        "ApproximateNumberOfMessagesDelayed" => q.n_delayed.to_string(),
        "CreatedTimestamp" => secs(q.created_ms),
        "LastModifiedTimestamp" => secs(q.last_modified_ms),
        _ => return config_value(&q.attributes, q.fifo, name),
    })
}

/// The shown value of a settable attribute.
pub(crate) fn config_value(a: &QueueAttributes, fifo: bool, name: &str) -> Option<String> {
    let b = |v: bool| if v { "true" } else { "false" }.to_string();
    Some(match name {
        "VisibilityTimeout" => a.visibility_timeout_s.to_string(),
        "MaximumMessageSize" => a.maximum_message_size.to_string(),
        "MessageRetentionPeriod" => a.retention_s.to_string(),
        "DelaySeconds" => a.delay_s.to_string(),
        "ReceiveMessageWaitTimeSeconds" => a.receive_wait_s.to_string(),
        "Policy" => a.policy.as_deref()?.to_string(),
        "RedrivePolicy" => a.redrive_policy.as_ref()?.to_json(),
        "RedriveAllowPolicy" => a.redrive_allow.as_ref()?.to_json(),
        "KmsMasterKeyId" => a.kms_master_key_id.clone()?,
        "KmsDataKeyReusePeriodSeconds" => {
            a.kms_master_key_id.as_ref()?;
            a.kms_reuse_s.to_string()
        }
        "SqsManagedSseEnabled" => b(a.sqs_managed_sse),
        "FifoQueue" if fifo => "true".into(),
        "ContentBasedDeduplication" if fifo => b(a.content_based_deduplication),
        "DeduplicationScope" if fifo => if a.dedup_per_group {
            "messageGroup"
        } else {
            "queue"
        }
        .into(),
        "FifoThroughputLimit" if fifo => if a.throughput_per_group {
            "perMessageGroupId"
        } else {
            "perQueue"
        }
        .into(),
        _ => return None,
    })
}

fn int(name: &str, value: &str, min: i64, max: i64) -> AwsResult<i64> {
    match value.trim().parse::<i64>() {
        Ok(v) if (min..=max).contains(&v) => Ok(v),
        _ => Err(errors::invalid_attribute(name, None)),
    }
}

pub(crate) fn boolean(name: &str, value: &str) -> AwsResult<bool> {
    if value.eq_ignore_ascii_case("true") {
        Ok(true)
    } else if value.eq_ignore_ascii_case("false") {
        Ok(false)
    } else {
        Err(errors::invalid_attribute(name, None))
    }
}

/// Where a queue being created or changed lives (to check its dead-letter queue).
pub(crate) struct Target<'a> {
    pub fifo: bool,
    pub account_id: &'a str,
    pub region: &'a str,
    pub arn: &'a str,
    pub creating: bool,
}

impl Sqs {
    /// `current` with `changes` applied, or the first AWS error among them.
    pub(crate) fn apply_attributes(
        &self,
        current: &QueueAttributes,
        target: &Target,
        changes: &StringMap,
    ) -> AwsResult<QueueAttributes> {
        let mut a = current.clone();
        for (name, value) in changes {
            let name = name.as_str();
            if FIFO_ONLY.contains(&name) && !target.fifo {
                return Err(errors::unknown_attribute(name));
            }
            match name {
                "VisibilityTimeout" => {
                    a.visibility_timeout_s = int(name, value, 0, VISIBILITY_TIMEOUT_MAX_S)?
                }
                "DelaySeconds" => a.delay_s = int(name, value, 0, DELAY_MAX_S)?,
                "MaximumMessageSize" => {
                    a.maximum_message_size =
                        int(name, value, MAX_MESSAGE_SIZE_MIN, MAX_MESSAGE_SIZE_MAX)?
                }
                "MessageRetentionPeriod" => {
                    a.retention_s = int(name, value, RETENTION_MIN_S, RETENTION_MAX_S)?
                }
                "ReceiveMessageWaitTimeSeconds" => {
                    a.receive_wait_s = int(name, value, 0, RECEIVE_WAIT_MAX_S)?
                }
                "KmsDataKeyReusePeriodSeconds" => {
                    a.kms_reuse_s = int(name, value, KMS_REUSE_MIN_S, KMS_REUSE_MAX_S)?
                }
                "KmsMasterKeyId" => {
                    if value.is_empty() {
                        a.kms_master_key_id = None;
                    } else {
                        a.kms_master_key_id = Some(value.clone());
                        a.sqs_managed_sse = false;
                    }
                }
                "SqsManagedSseEnabled" => {
                    a.sqs_managed_sse = boolean(name, value)?;
                    if a.sqs_managed_sse {
                        a.kms_master_key_id = None;
                    }
                }
                "Policy" => {
                    if value.is_empty() {
                        a.policy = None;
                    } else {
                        match policy::validate(value) {
                            Ok(()) => a.policy = Some(value.as_str().into()),
                            Err(policy::PolicyProblem::Invalid(_)) => {
                                return Err(errors::invalid_attribute("Policy", None))
                            }
                            Err(policy::PolicyProblem::Unsupported(what)) => {
                                return Err(AwsError::not_emulated(what))
                            }
                        }
                    }
                }
                "RedrivePolicy" => a.redrive_policy = self.parse_redrive_policy(value, target)?,
                "RedriveAllowPolicy" => a.redrive_allow = parse_redrive_allow(value)?,
                "FifoQueue" => {
                    // Only reachable for FIFO queues (see FIFO_ONLY above).
                    if !boolean(name, value)? {
                        return Err(errors::invalid_attribute(
                            name,
                            Some("Modifying queue type is not supported."),
                        ));
                    }
                }
                "ContentBasedDeduplication" => {
                    a.content_based_deduplication = boolean(name, value)?
                }
                "DeduplicationScope" => {
                    a.dedup_per_group = match value.as_str() {
                        "queue" => false,
                        "messageGroup" => true,
                        _ => return Err(errors::invalid_attribute(name, None)),
                    }
                }
                "FifoThroughputLimit" => {
                    a.throughput_per_group = match value.as_str() {
                        "perQueue" => false,
                        "perMessageGroupId" => true,
                        _ => return Err(errors::invalid_attribute(name, None)),
                    }
                }
                _ => return Err(errors::unknown_attribute(name)),
            }
        }
        // AWS: "You can use one type of server-side encryption (SSE) at one time."
        let kms_set = changes.get("KmsMasterKeyId").is_some_and(|v| !v.is_empty());
        let sse_set = changes
            .get("SqsManagedSseEnabled")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        if kms_set && sse_set {
            return Err(errors::invalid_attribute_name(
                "You can use one type of server-side encryption (SSE) at one time. You can either enable KMS SSE or SQS SSE.",
            ));
        }
        // AWS docs: "The perMessageGroupId value is allowed only when the value for
        // DeduplicationScope is messageGroup." (the wording of the error is ours)
        if a.throughput_per_group && !a.dedup_per_group {
            return Err(errors::invalid_attribute(
                "FifoThroughputLimit",
                Some("perMessageGroupId is allowed only when DeduplicationScope is messageGroup."),
            ));
        }
        Ok(a)
    }

    fn parse_redrive_policy(&self, raw: &str, target: &Target) -> AwsResult<Option<RedrivePolicy>> {
        if raw.is_empty() {
            return Ok(None);
        }
        // Recorded AWS form: "Value {raw} for parameter RedrivePolicy is invalid.
        // Reason: Invalid value for deadLetterTargetArn."; the other reasons follow it.
        let bad = |reason: &str| errors::invalid_value(raw, "RedrivePolicy", reason);
        let doc: serde_json::Value = serde_json::from_str(raw)
            .map_err(|_| bad("Redrive policy is not a valid JSON map."))?;
        let obj = doc
            .as_object()
            .ok_or_else(|| bad("Redrive policy is not a valid JSON map."))?;
        // A policy without maxReceiveCount (or with it cased otherwise) is
        // refused for that first (the text quoted in rubyonjets/jets#101).
        if !obj.contains_key("maxReceiveCount") {
            return Err(bad(
                "Redrive policy does not contain mandatory attribute: maxReceiveCount.",
            ));
        }
        let arn = obj
            .get("deadLetterTargetArn")
            .and_then(|v| v.as_str())
            .filter(|a| parse_queue_arn(a).is_some())
            .ok_or_else(|| bad("Invalid value for deadLetterTargetArn."))?;
        let count_value = obj.get("maxReceiveCount");
        let count = match count_value {
            Some(serde_json::Value::Number(n)) => n.as_i64(),
            Some(serde_json::Value::String(s)) => s.trim().parse::<i64>().ok(),
            _ => None,
        };
        let count = match count {
            Some(c) if (MAX_RECEIVE_COUNT_MIN..=MAX_RECEIVE_COUNT_MAX).contains(&c) => c as u32,
            _ => {
                let shown = count_value.map(|v| match v {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                });
                return Err(bad(&format!(
                    "Invalid value for maxReceiveCount: {}, valid values are from 1 to 1000 both inclusive.",
                    shown.unwrap_or_else(|| "null".into())
                )));
            }
        };
        let (region, account, _) = parse_queue_arn(arn).expect("checked above");
        // A dead-letter queue lives in the source queue's account and Region.
        let dlq = (region == target.region && account == target.account_id)
            .then(|| self.resolve_arn(arn))
            .flatten();
        let dlq = match dlq {
            Some(id) => self.queue(id),
            None if arn == target.arn && target.creating => {
                return Err(bad("Dead letter target does not exist."));
            }
            None => return Err(bad("Dead letter target does not exist.")),
        };
        if dlq.fifo != target.fifo {
            return Err(bad(
                "Dead-letter queue must be same type of queue as the source.",
            ));
        }
        let allowed = match &dlq.attributes.redrive_allow {
            None | Some(RedriveAllow::AllowAll) => true,
            Some(RedriveAllow::DenyAll) => false,
            Some(RedriveAllow::ByQueue(sources)) => sources.iter().any(|s| s == target.arn),
        };
        if !allowed {
            return Err(bad(&format!(
                "Queue {} does not allow this queue to use it as a dead-letter queue.",
                dlq.arn
            )));
        }
        Ok(Some(RedrivePolicy {
            dead_letter_target_arn: arn.to_string(),
            max_receive_count: count,
        }))
    }

    /// GetQueueAttributes.
    pub fn get_queue_attributes(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: GetQueueAttributesInput,
    ) -> AwsResult<GetQueueAttributesOutput> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "GetQueueAttributes", true)?;
        let names = input.attribute_names.unwrap_or_default();
        if names.is_empty() {
            // "if you don't specify values for this parameter, the request returns
            // empty results."
            return Ok(GetQueueAttributesOutput { attributes: None });
        }
        for n in &names {
            if !ALL_NAMES.contains(&n.as_str()) {
                return Err(errors::unknown_attribute(n));
            }
        }
        self.process_due(sim, id);
        let q = self.queue(id);
        let all = names.iter().any(|n| n == "All");
        let mut out = StringMap::new();
        for name in ALL_NAMES.iter().skip(1) {
            if all || names.iter().any(|n| n == name) {
                if let Some(v) = render(q, name, sim.epoch_unix_ms) {
                    out.insert(name.to_string(), v);
                }
            }
        }
        Ok(GetQueueAttributesOutput {
            attributes: Some(out),
        })
    }

    /// SetQueueAttributes.
    pub fn set_queue_attributes(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: SetQueueAttributesInput,
    ) -> AwsResult<()> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        // Cross-account permissions don't apply to this action (AWS).
        self.authorize(caller, id, "SetQueueAttributes", false)?;
        let q = self.queue(id);
        let target = Target {
            fifo: q.fifo,
            account_id: &q.account_id,
            region: &q.region,
            arn: &q.arn,
            creating: false,
        };
        let new = self.apply_attributes(&q.attributes, &target, &input.attributes)?;
        let now = sim.now.as_ms();
        self.forget_hot(id);
        let q = self.queue_mut(id);
        let old_delay = q.attributes.delay_s;
        q.attributes = new;
        q.last_modified_ms = now;
        if q.fifo && q.attributes.delay_s != old_delay {
            let delay_ms = q.attributes.delay_s as u64 * 1000;
            for (_, slot) in q.delayed_slots() {
                let sent = q.at(slot).sent_ms;
                q.set_delay_end(slot, sent + delay_ms);
            }
            let visible: Vec<u32> = q
                .all_slots()
                .into_iter()
                .filter(|&slot| {
                    let m = q.at(slot);
                    m.state == super::super::queue::MessageState::Visible
                        && m.first_receive_ms == super::super::queue::NEVER
                        && m.sent_ms + delay_ms > now
                })
                .collect();
            for slot in visible {
                let end = q.at(slot).sent_ms + delay_ms;
                q.make_delayed(slot, end);
            }
        }
        Self::record(sim, SqsEvent::AttributesChanged { queue: id });
        // Retention or delays may now end sooner.
        self.process_due(sim, id);
        self.notify(id);
        self.flush(sim);
        Ok(())
    }
}

fn parse_redrive_allow(raw: &str) -> AwsResult<Option<RedriveAllow>> {
    if raw.is_empty() {
        return Ok(None);
    }
    let bad = |reason: &str| errors::invalid_value(raw, "RedriveAllowPolicy", reason);
    let doc: serde_json::Value = serde_json::from_str(raw)
        .map_err(|_| bad("Redrive allow policy is not a valid JSON map."))?;
    let obj = doc
        .as_object()
        .ok_or_else(|| bad("Redrive allow policy is not a valid JSON map."))?;
    let sources = obj.get("sourceQueueArns");
    let policy = match obj.get("redrivePermission").and_then(|v| v.as_str()) {
        Some("allowAll") | Some("denyAll") if sources.is_some() => {
            return Err(bad(
                "Only specify sourceQueueArns when redrivePermission is set to byQueue.",
            ))
        }
        Some("allowAll") => RedriveAllow::AllowAll,
        Some("denyAll") => RedriveAllow::DenyAll,
        Some("byQueue") => {
            let arns: Vec<String> = match sources {
                Some(serde_json::Value::Array(items)) => items
                    .iter()
                    .map(|v| v.as_str().map(str::to_string))
                    .collect::<Option<Vec<_>>>()
                    .ok_or_else(|| bad("Invalid value for sourceQueueArns."))?,
                _ => {
                    return Err(bad(
                        "sourceQueueArns is required when redrivePermission is byQueue.",
                    ))
                }
            };
            if arns.is_empty() || arns.len() > REDRIVE_ALLOW_SOURCES_MAX {
                return Err(bad("Specify between 1 and 10 sourceQueueArns."));
            }
            RedriveAllow::ByQueue(arns)
        }
        _ => return Err(bad("Invalid value for redrivePermission.")),
    };
    Ok(Some(policy))
}
