//! SendMessage, SendMessageBatch and sends by AWS service principals (SNS, S3,
//! EventBridge) that the world routes here.
//!
//! Validation follows AWS: the body must be 1 byte or more and contain only the
//! characters XML allows (`#x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD |
//! #x10000-#x10FFFF`, else InvalidMessageContents); body plus message attributes
//! must fit the queue's MaximumMessageSize (1 MiB at most, AWS's current limit);
//! at most 10 message attributes with AWS's name and type rules; the only system
//! attribute is AWSTraceHeader; DelaySeconds 0-900 per message on standard
//! queues and refused per message on FIFO queues; FIFO queues need a
//! MessageGroupId and a MessageDeduplicationId unless ContentBasedDeduplication
//! (SHA-256 of the body) is on. A FIFO send whose deduplication id was seen in
//! the last 5 minutes is accepted, answered with the original MessageId, and not
//! enqueued. Standard queues accept a MessageGroupId (AWS's "fair queues"); it is
//! kept and returned, and fair scheduling between tenants is not modelled since
//! Switchyard has no noisy-neighbour load to smooth.
//!
//! Payloads over the size limit are refused with AWS's error. The Amazon SQS
//! Extended Client Libraries avoid the limit by storing the payload in S3 and
//! sending a pointer: the body becomes
//! `["software.amazon.payloadoffloading.PayloadS3Pointer",{"s3BucketName":"...","s3Key":"..."}]`
//! and a message attribute `ExtendedPayloadSize` (Number) carries the original
//! size. Such a pointer message is an ordinary small message here; storing and
//! fetching the payload comes with the S3 engine.

use super::super::digest::{self, AttrValue};
use super::super::errors;
use super::super::limits::*;
use super::super::policy;
use super::super::queue::{Body, Message, MessageExtra, MessageState, NEVER, NO_GROUP};
use super::super::types::*;
use super::super::{CachedPolicy, Sqs, SqsEvent, POLICY_DECISIONS_MAX};
use super::batch::check_batch;
use crate::error::AwsResult;
use crate::sim::Sim;
use crate::world::Caller;
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Decoded message attributes by name: (DataType, value).
pub(crate) type Attributes = BTreeMap<String, (String, AttrValue)>;

/// What a message carries whatever queue it goes to, checked and digested: the
/// body, its MD5, and the parts of `MessageExtra` the sender decides (message
/// attributes and their MD5, AWSTraceHeader, SenderId). A service sending one
/// message to many queues (a topic fanning out) makes it once and every queue's
/// copy shares body and extra (`ServiceMessage`).
#[derive(Debug, Clone)]
pub(crate) struct Content {
    pub body: Body,
    pub md5_body: [u8; 16],
    pub md5_attributes: Option<[u8; 16]>,
    pub md5_system: Option<[u8; 16]>,
    /// `None` when there are no attributes, no trace header and no SenderId.
    pub extra: Option<Arc<MessageExtra>>,
    /// Body plus attributes, counted against MaximumMessageSize.
    pub size: usize,
}

/// A message that passed validation for one queue, ready to enqueue.
pub(crate) struct Outgoing {
    pub content: Content,
    pub delay_s: Option<i64>,
    pub group_id: Option<String>,
    pub deduplication_id: Option<String>,
    /// Journal the send as `SqsEvent::MessageSent`; false when the sender
    /// journals the delivery itself (an SNS delivery is one
    /// `SnsEvent::DeliveredToQueue`).
    pub journaled: bool,
}

/// What enqueueing gave: the MessageId (the original one for a FIFO duplicate),
/// the sequence number and the digests, from which a reply is written.
pub(crate) struct Enqueued {
    /// The message added to the queue; none for a FIFO duplicate.
    added: Option<QueueCopy>,
    message_id: [u8; 16],
    sequence_number: Option<String>,
    md5_body: [u8; 16],
    md5_attributes: Option<[u8; 16]>,
    md5_system: Option<[u8; 16]>,
}

impl Enqueued {
    /// SendMessage's answer.
    pub(crate) fn output(self) -> SendMessageOutput {
        let hex = |d: &Option<[u8; 16]>| d.as_ref().map(digest::hex16);
        SendMessageOutput {
            md5_of_message_body: digest::hex16(&self.md5_body),
            md5_of_message_attributes: hex(&self.md5_attributes),
            md5_of_message_system_attributes: hex(&self.md5_system),
            message_id: super::super::uuid_string(&self.message_id),
            sequence_number: self.sequence_number,
        }
    }
}

/// One message a service sends to many queues (an SNS topic fanning out to its
/// subscriptions), checked and digested once (`Sqs::service_message`); each
/// queue still applies its own checks (FIFO ids, MaximumMessageSize) and its
/// policy, and its copy gets its own MessageId.
#[derive(Debug, Clone)]
pub struct ServiceMessage {
    content: AwsResult<Content>,
    /// The deferred record made for it (`fanout.rs`): (the `Deferred` epoch
    /// it belongs to, its index, the send time it carries).
    record: Option<(u64, u32, u64)>,
    /// The sender's question (`Questions` id) as asked last, with the
    /// addresses and lengths of the sender's strings it was asked with. The
    /// copies of one message come from one sender whose strings are shared
    /// (an SNS publish's topic ARN and account), so the same addresses mean
    /// the same question without comparing the text.
    question: Option<([(usize, usize); 3], u32)>,
}

fn allowed_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// The first character outside XML's allowed set, if any. ASCII is checked a byte
/// at a time; only multi-byte sequences that might be U+FFFE/U+FFFF are decoded.
fn first_invalid_char(s: &str) -> Option<char> {
    let fast = s
        .bytes()
        .all(|b| (b >= 0x20 && b != 0xEF) || b == b'\t' || b == b'\n' || b == b'\r');
    if fast {
        return None;
    }
    s.chars().find(|c| !allowed_char(*c))
}

/// `what` names the text in the error; it is made only when there is one (a
/// `format!` per attribute showed up in the profile of a topic fanning out).
/// `error` makes the error from its message: a body's bad character is
/// InvalidMessageContents, an attribute value's InvalidParameterValue
/// (LocalStack's AWS-validated
/// test_invalid_string_attributes_cause_invalid_parameter_value_error; its
/// wording is not recorded, so the body's is used).
fn check_text(
    s: &str,
    what: impl FnOnce() -> String,
    error: fn(String) -> crate::error::AwsError,
) -> AwsResult<()> {
    match first_invalid_char(s) {
        None => Ok(()),
        // AWS reports the first offending character and the allowed set.
        Some(c) => Err(error(format!(
            "Invalid binary character '#x{:X}' was found in the {}, the set of allowed characters is #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF",
            c as u32,
            what()
        ))),
    }
}

/// MessageGroupId / MessageDeduplicationId characters: alphanumerics and
/// punctuation, 1-128 of them.
fn fifo_token_ok(s: &str) -> bool {
    !s.is_empty() && s.len() <= FIFO_TOKEN_MAX_CHARS && s.bytes().all(|b| b.is_ascii_graphic())
}

/// Whether `name` may name a message attribute (SendMessage's rules; a
/// ReceiveMessage filter uses them too).
pub(crate) fn attribute_name_ok(name: &str) -> bool {
    // Case-insensitive prefixes without lowercasing a copy of the name.
    let starts_with_ci = |prefix: &str| {
        name.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    // "Alphanumeric" is Unicode's: AWS accepts a name such as `attr.1øßä`
    // (LocalStack's AWS-validated test_send_message_with_invalid_string_attributes
    // sends it as its valid case), though its error text lists only A-Z, a-z, 0-9.
    !name.is_empty()
        && name.chars().count() <= MESSAGE_ATTRIBUTE_NAME_MAX_CHARS
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !starts_with_ci("aws.")
        && !starts_with_ci("amazon.")
        && !name.starts_with('.')
        && !name.ends_with('.')
        && !name.contains("..")
}

/// A Number attribute's text: an optional sign, digits with an optional
/// fraction, an optional exponent (SQS and SNS alike; `inf`, `NaN` and hex
/// are not numbers there).
pub(crate) fn number_ok(s: &str) -> bool {
    let s = s.trim();
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (mantissa, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((a, b)) => {
            (digits(a) || a.is_empty())
                && (digits(b) || b.is_empty())
                && !(a.is_empty() && b.is_empty())
        }
        None => digits(mantissa),
    };
    mantissa_ok
        && exp.is_none_or(|e| {
            let e = e.strip_prefix(['-', '+']).unwrap_or(e);
            digits(e)
        })
}

/// Validates user message attributes; returns them decoded and their size.
pub(crate) fn validate_attributes(attrs: &MessageAttributeMap) -> AwsResult<(Attributes, usize)> {
    if attrs.len() > MESSAGE_ATTRIBUTES_MAX {
        return Err(errors::invalid_parameter_value(format!(
            "Number of message attributes [{}] exceeds the allowed maximum [{MESSAGE_ATTRIBUTES_MAX}].",
            attrs.len()
        )));
    }
    let mut out = BTreeMap::new();
    let mut size = 0usize;
    for (name, v) in attrs {
        if !attribute_name_ok(name) {
            return Err(errors::invalid_parameter_value(format!(
                "Message (user) attribute name '{name}' is invalid. The attribute name can contain A-Z, a-z, 0-9, underscore (_), hyphen (-), and period (.) characters, must not start or end with a period or contain consecutive periods, must not start with AWS. or Amazon., and can be up to 256 characters long."
            )));
        }
        let data_type = v.data_type.as_str();
        if data_type.is_empty() {
            return Err(errors::invalid_parameter_value(format!(
                "Message (user) attribute '{name}' must contain a non-empty message attribute type."
            )));
        }
        let base = data_type.split('.').next().unwrap_or("");
        if !matches!(base, "String" | "Number" | "Binary")
            || data_type.len() > MESSAGE_ATTRIBUTE_TYPE_MAX_CHARS
        {
            return Err(errors::invalid_parameter_value(format!(
                "The type of message (user) attribute '{name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String."
            )));
        }
        if v.string_list_values.is_some() || v.binary_list_values.is_some() {
            // AWS's model: "Not implemented. Reserved for future use."
            return Err(errors::invalid_parameter_value(format!(
                "Message (user) attribute '{name}' uses StringListValues or BinaryListValues, which are reserved for future use."
            )));
        }
        let value = if base == "Binary" {
            let bytes = match &v.binary_value {
                Some(b) => crate::util::b64_decode(b).map_err(|_| {
                    errors::serialization(format!(
                        "Unable to decode the BinaryValue of message attribute '{name}' as base64"
                    ))
                })?,
                None => Vec::new(),
            };
            if bytes.is_empty() {
                return Err(errors::invalid_parameter_value(format!(
                    "Message (user) attribute '{name}' must contain a non-empty value of type '{data_type}'."
                )));
            }
            AttrValue::Binary(bytes)
        } else {
            let s = v.string_value.clone().unwrap_or_default();
            if s.is_empty() {
                return Err(errors::invalid_parameter_value(format!(
                    "Message (user) attribute '{name}' must contain a non-empty value of type '{data_type}'."
                )));
            }
            if base == "Number" && !number_ok(&s) {
                return Err(errors::invalid_parameter_value(format!(
                    "Can't cast the value of message (user) attribute '{name}' to a number."
                )));
            }
            check_text(
                &s,
                || format!("message attribute '{name}'"),
                errors::invalid_parameter_value,
            )?;
            AttrValue::String(s)
        };
        size += name.len()
            + data_type.len()
            + match &value {
                AttrValue::String(s) => s.len(),
                AttrValue::Binary(b) => b.len(),
            };
        out.insert(name.clone(), (data_type.to_string(), value));
    }
    Ok((out, size))
}

/// Validates the system attributes: only AWSTraceHeader, of type String.
fn validate_system_attributes(attrs: &MessageAttributeMap) -> AwsResult<Option<String>> {
    let mut trace = None;
    for (name, v) in attrs {
        if name != "AWSTraceHeader" {
            return Err(errors::invalid_parameter_value(format!(
                "Message system attribute name '{name}' is invalid."
            )));
        }
        if v.data_type != "String" {
            return Err(errors::invalid_parameter_value(
                "Message system attribute 'AWSTraceHeader' must be of type String.",
            ));
        }
        match &v.string_value {
            Some(s) if !s.is_empty() => trace = Some(s.clone()),
            _ => {
                return Err(errors::invalid_parameter_value(
                    "Message system attribute 'AWSTraceHeader' must contain a non-empty value of type 'String'.",
                ))
            }
        }
    }
    Ok(trace)
}

/// The FIFO sequence number: a large, non-consecutive decimal that increases
/// with every message of the queue (AWS: "128 bits"; AWS's look like
/// 18849496460467696128).
fn sequence_number(counter: u64, now_ms: u64) -> String {
    let v: u128 =
        18_000_000_000_000_000_000u128 + u128::from(counter) * 65_536 + u128::from(now_ms % 65_536);
    v.to_string()
}

/// A SenderId for a service principal, shaped like an IAM user id.
fn service_sender_id(service: &str) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut h = super::super::queue::mix(service.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    }));
    let mut id = String::from("AIDA");
    for _ in 0..17 {
        id.push(ALPHABET[(h % 32) as usize] as char);
        h = super::super::queue::mix(h);
    }
    id
}

/// Checks what a message carries whatever its queue (body characters, message
/// and system attributes) and digests it. `sender_id` is the SenderId its
/// copies carry when the sender is not the queue's own account.
fn validate_content(
    body: Body,
    attributes: Option<&MessageAttributeMap>,
    system: Option<&MessageAttributeMap>,
    sender_id: Option<String>,
) -> AwsResult<Content> {
    if body.is_empty() {
        return Err(errors::missing_parameter("MessageBody"));
    }
    check_text(
        &body,
        || "message body".into(),
        errors::invalid_message_contents,
    )?;
    let (attrs, attrs_size) = match attributes {
        Some(a) => validate_attributes(a)?,
        None => (BTreeMap::new(), 0),
    };
    let trace_header = match system {
        Some(s) => validate_system_attributes(s)?,
        None => None,
    };
    let md5_body = digest::md5_of_body(&body);
    let md5_attributes = (!attrs.is_empty()).then(|| {
        digest::md5_of_attributes(attrs.iter().map(|(n, (t, v))| (n.as_str(), t.as_str(), v)))
    });
    let md5_system = trace_header.as_ref().map(|t| {
        let v = AttrValue::String(t.clone());
        digest::md5_of_attributes([("AWSTraceHeader", "String", &v)])
    });
    let size = body.len() + attrs_size;
    let extra = (!attrs.is_empty() || trace_header.is_some() || sender_id.is_some()).then(|| {
        Arc::new(MessageExtra {
            attributes: attrs,
            md5_attributes,
            trace_header,
            md5_system_attributes: md5_system,
            sender_id,
            ..MessageExtra::default()
        })
    });
    Ok(Content {
        body,
        md5_body,
        md5_attributes,
        md5_system,
        extra,
        size,
    })
}

impl Sqs {
    /// Checks one message for queue `id`. `in_batch` changes which error a
    /// missing FIFO id raises (recorded AWS behaviour: MissingParameter for
    /// SendMessage, InvalidParameterValue for a batch).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn validate_send(
        &self,
        id: u32,
        body: String,
        delay_s: Option<i64>,
        attributes: Option<&MessageAttributeMap>,
        system: Option<&MessageAttributeMap>,
        deduplication_id: Option<String>,
        group_id: Option<String>,
        sender_id: Option<String>,
    ) -> AwsResult<Outgoing> {
        let content = validate_content(
            Body::Own(body.into_boxed_str()),
            attributes,
            system,
            sender_id,
        )?;
        self.check_for_queue(id, &content, delay_s, &deduplication_id, &group_id)?;
        Ok(Outgoing {
            content,
            delay_s,
            group_id,
            deduplication_id,
            journaled: true,
        })
    }

    /// The checks that depend on the queue: FIFO ids and delays, and
    /// MaximumMessageSize. They come after the content's, as AWS reports them.
    fn check_for_queue(
        &self,
        id: u32,
        content: &Content,
        delay_s: Option<i64>,
        deduplication_id: &Option<String>,
        group_id: &Option<String>,
    ) -> AwsResult<()> {
        let q = self.queue(id);
        if self
            .settings
            .queue_messages_max
            .is_some_and(|max| q.len() >= max)
        {
            return Err(crate::error::AwsError::client(
                "SwitchyardPageLimitExceeded",
                format!(
                    "Queue {} holds {} messages, the most one queue can hold here (the page's limit, for a browser tab's memory; SQS itself has no such limit, nor has `switchyard serve`). Receive, delete or purge some first.",
                    q.name,
                    q.len()
                ),
            ));
        }
        if q.fifo {
            let Some(g) = group_id else {
                return Err(errors::missing_parameter("MessageGroupId"));
            };
            if !fifo_token_ok(g) {
                return Err(errors::invalid_value(
                    g,
                    "MessageGroupId",
                    "MessageGroupId can only include alphanumeric and punctuation characters. 1 to 128 in length.",
                ));
            }
            match deduplication_id {
                Some(d) if !fifo_token_ok(d) => {
                    return Err(errors::invalid_value(
                        d,
                        "MessageDeduplicationId",
                        "MessageDeduplicationId can only include alphanumeric and punctuation characters. 1 to 128 in length.",
                    ))
                }
                None if !q.attributes.content_based_deduplication => {
                    return Err(errors::invalid_parameter_value(
                        "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly",
                    ))
                }
                _ => {}
            }
            if let Some(d) = delay_s {
                if d != 0 {
                    return Err(errors::invalid_value(
                        d,
                        "DelaySeconds",
                        "The request include parameter that is not valid for this queue type.",
                    ));
                }
            }
        } else {
            if let Some(d) = deduplication_id {
                return Err(errors::invalid_value(
                    d,
                    "MessageDeduplicationId",
                    "The request includes a parameter that is not valid for this queue type.",
                ));
            }
            if let Some(g) = group_id {
                if !fifo_token_ok(g) {
                    return Err(errors::invalid_value(
                        g,
                        "MessageGroupId",
                        "MessageGroupId can only include alphanumeric and punctuation characters. 1 to 128 in length.",
                    ));
                }
            }
            if let Some(d) = delay_s {
                if !(0..=DELAY_MAX_S).contains(&d) {
                    return Err(errors::invalid_value(
                        d,
                        "DelaySeconds",
                        "DelaySeconds must be >= 0 and <= 900.",
                    ));
                }
            }
        }
        let max = q.attributes.maximum_message_size;
        if content.size as i64 > max {
            return Err(errors::invalid_parameter_value(format!(
                "One or more parameters are invalid. Reason: Message must be shorter than {max} bytes."
            )));
        }
        Ok(())
    }

    /// Puts a validated message into queue `id` (or recognises it as a FIFO
    /// duplicate).
    pub(crate) fn enqueue(&mut self, sim: &mut Sim, id: u32, out: Outgoing) -> Enqueued {
        let now = sim.now.as_ms();
        let Content {
            body,
            md5_body,
            md5_attributes,
            md5_system,
            extra,
            size,
        } = out.content;
        let q = self.queues.get_mut(&id).expect("queue");
        let mut sequence = None;
        let mut dedup_key = None;
        if q.fifo {
            let group = out.group_id.as_deref().expect("validated");
            let dedup = match &out.deduplication_id {
                Some(d) => d.clone(),
                None => crate::util::sha256_hex(body.as_bytes()),
            };
            let key = if q.attributes.dedup_per_group {
                format!("{group}\u{0}{dedup}")
            } else {
                dedup.clone()
            };
            while let Some((expires, _)) = q.dedup_order.front() {
                if *expires > now {
                    break;
                }
                let (expires, k) = q.dedup_order.pop_front().expect("front");
                if q.dedup.get(&k).is_some_and(|r| r.expires_ms == expires) {
                    q.dedup.remove(&k);
                }
            }
            if let Some(r) = q.dedup.get(&key).filter(|r| r.expires_ms > now) {
                let reply = Enqueued {
                    added: None,
                    message_id: r.message_id,
                    sequence_number: r.sequence_number.clone(),
                    md5_body,
                    md5_attributes,
                    md5_system,
                };
                let original = r.internal_id;
                self.stats.duplicates_ignored += 1;
                // NumberOfDeduplicatedSentMessages: "for FIFO only, the number
                // of sent messages that were deduplicated and not added to the
                // queue" (SQS Developer Guide); counted as it happens.
                let series = sim.metrics.series(crate::sim::metrics::MetricKey {
                    account_id: q.account_id.clone(),
                    region: q.region.clone(),
                    namespace: "AWS/SQS".into(),
                    name: "NumberOfDeduplicatedSentMessages".into(),
                    dimensions: vec![("QueueName".into(), q.name.clone())],
                });
                sim.metrics.add(series, sim.now, 1.0);
                Self::record(
                    sim,
                    SqsEvent::DuplicateIgnored {
                        queue: id,
                        original,
                    },
                );
                return reply;
            }
            q.next_sequence += 1;
            sequence = Some(sequence_number(q.next_sequence, now));
            dedup_key = Some((key, dedup));
        }
        let delay_s = if q.fifo {
            q.attributes.delay_s
        } else {
            out.delay_s.unwrap_or(q.attributes.delay_s)
        };
        let message_id = Self::new_message_id(sim);
        let internal = self.next_message;
        self.next_message += 1;
        let q = self.queues.get_mut(&id).expect("queue");
        // The sender's part is shared as it is, unless this copy has ids of its
        // own (a group, a deduplication id, a sequence number).
        let extra = if out.group_id.is_none() && dedup_key.is_none() {
            extra
        } else {
            let mut e = extra
                .map(|e| Arc::try_unwrap(e).unwrap_or_else(|e| (*e).clone()))
                .unwrap_or_default();
            e.group_id = out.group_id;
            e.deduplication_id = dedup_key.as_ref().map(|(_, d)| d.clone());
            e.sequence_number = sequence.clone();
            Some(Arc::new(e))
        };
        let delayed = delay_s > 0;
        let msg = Message {
            id: internal,
            message_id,
            body,
            md5_body,
            sent_ms: now,
            retention_base_ms: now,
            first_receive_ms: NEVER,
            last_receive_ms: 0,
            due_ms: if delayed {
                now + delay_s as u64 * 1000
            } else {
                0
            },
            receipt_serial: 0,
            receive_count: 0,
            group: NO_GROUP,
            state: if delayed {
                MessageState::Delayed
            } else {
                MessageState::Visible
            },
            server: 0,
            size: size as u32,
            extra,
        };
        q.insert(msg);
        if let Some((key, _)) = dedup_key {
            let expires = now + DEDUP_WINDOW_MS;
            q.dedup.insert(
                key.clone(),
                super::super::queue::DedupRecord {
                    expires_ms: expires,
                    message_id,
                    internal_id: internal,
                    sequence_number: sequence.clone(),
                },
            );
            q.dedup_order.push_back((expires, key));
        }
        let series = q.series;
        self.stats.accepted += 1;
        sim.metrics.add(series.sent, sim.now, 1.0);
        sim.metrics.add(series.sent_size, sim.now, size as f64);
        if out.journaled {
            Self::record(
                sim,
                SqsEvent::MessageSent {
                    queue: id,
                    message: internal,
                    delayed,
                },
            );
        }
        // A visible message's only timed change is its retention end, which is
        // no earlier than the end of any message already queued: a pending wake
        // covers it.
        if delayed || self.queue(id).wake_at.is_none() {
            self.schedule_wake(sim, id);
        }
        Enqueued {
            added: Some(QueueCopy {
                queue: id,
                message: internal,
                delayed,
            }),
            message_id,
            sequence_number: sequence,
            md5_body,
            md5_attributes,
            md5_system,
        }
    }

    /// What every send does once the caller is allowed: validate, enqueue, wake
    /// waiting long polls. Shared by SendMessage and by service senders (SNS).
    fn send_checked(
        &mut self,
        sim: &mut Sim,
        id: u32,
        input: SendMessageInput,
        sender: Option<String>,
    ) -> AwsResult<SendMessageOutput> {
        let out = self.validate_send(
            id,
            input.message_body,
            input.delay_seconds,
            input.message_attributes.as_ref(),
            input.message_system_attributes.as_ref(),
            input.message_deduplication_id,
            input.message_group_id,
            sender,
        )?;
        let reply = self.enqueue(sim, id, out);
        self.notify(id);
        self.flush(sim);
        Ok(reply.output())
    }

    fn sender_for(&self, caller: &Caller, id: u32) -> Option<String> {
        (caller.account_id != self.queue(id).account_id).then(|| caller.account_id.clone())
    }

    /// SendMessage.
    pub fn send_message(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: SendMessageInput,
    ) -> AwsResult<SendMessageOutput> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "SendMessage", true)?;
        self.throttle(sim, id, 0)?;
        let sender = self.sender_for(caller, id);
        self.send_checked(sim, id, input, sender)
    }

    /// SendMessageBatch: up to 10 messages; each succeeds or fails on its own,
    /// except the checks AWS applies to the whole request (entry count and ids,
    /// total size, and on FIFO queues a missing MessageGroupId or deduplication
    /// id in any entry).
    pub fn send_message_batch(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: SendMessageBatchInput,
    ) -> AwsResult<SendMessageBatchOutput> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "SendMessage", true)?;
        self.throttle(sim, id, 0)?;
        check_batch(
            input.entries.iter().map(|e| e.id.as_str()),
            "SendMessageBatchRequestEntry",
        )?;
        let total: usize = input
            .entries
            .iter()
            .map(|e| {
                e.message_body.len()
                    + e.message_attributes.as_ref().map_or(0, |m| {
                        m.iter()
                            .map(|(n, v)| {
                                n.len()
                                    + v.data_type.len()
                                    + v.string_value.as_ref().map_or(0, String::len)
                                    + v.binary_value.as_ref().map_or(0, |b| b.len() / 4 * 3)
                            })
                            .sum()
                    })
            })
            .sum();
        if total > BATCH_PAYLOAD_MAX_BYTES {
            return Err(errors::batch_request_too_long(
                BATCH_PAYLOAD_MAX_BYTES,
                total,
            ));
        }
        let q = self.queue(id);
        if q.fifo {
            if input.entries.iter().any(|e| e.message_group_id.is_none()) {
                return Err(errors::invalid_parameter_value(
                    "The request must contain the parameter MessageGroupId.",
                ));
            }
            if !q.attributes.content_based_deduplication
                && input
                    .entries
                    .iter()
                    .any(|e| e.message_deduplication_id.is_none())
            {
                return Err(errors::invalid_parameter_value(
                    "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly",
                ));
            }
        }
        let sender = self.sender_for(caller, id);
        let mut result = SendMessageBatchOutput {
            successful: Vec::with_capacity(input.entries.len()),
            failed: Vec::new(),
        };
        for e in input.entries {
            let checked = self.validate_send(
                id,
                e.message_body,
                e.delay_seconds,
                e.message_attributes.as_ref(),
                e.message_system_attributes.as_ref(),
                e.message_deduplication_id,
                e.message_group_id,
                sender.clone(),
            );
            match checked {
                Err(err) => result
                    .failed
                    .push(BatchResultErrorEntry::from_error(&e.id, &err)),
                Ok(out) => {
                    let r = self.enqueue(sim, id, out).output();
                    result.successful.push(SendMessageBatchResultEntry {
                        id: e.id,
                        message_id: r.message_id,
                        md5_of_message_body: r.md5_of_message_body,
                        md5_of_message_attributes: r.md5_of_message_attributes,
                        md5_of_message_system_attributes: r.md5_of_message_system_attributes,
                        sequence_number: r.sequence_number,
                    });
                }
            }
        }
        self.notify(id);
        self.flush(sim);
        Ok(result)
    }

    /// A send by an AWS service principal (an S3 event notification, an SNS
    /// dead-letter send), allowed only if the queue policy allows that service
    /// -- also within the queue's own account, as on AWS. `input.queue_url` is
    /// ignored; the queue is named by `queue_arn`.
    pub fn send_from_service(
        &mut self,
        sim: &mut Sim,
        queue_arn: &str,
        from: &ServiceSender,
        input: SendMessageInput,
    ) -> AwsResult<SendMessageOutput> {
        self.enter(sim);
        let id = self
            .resolve_arn(queue_arn)
            .ok_or_else(errors::queue_does_not_exist)?;
        self.check_service_sender(id, from)?;
        self.send_checked(sim, id, input, Some(service_sender_id(from.service)))
    }

    /// The system attributes of a message carrying X-Ray trace header
    /// `trace` (`AWSTraceHeader`, the one system attribute SQS takes).
    pub fn trace_system_attributes(trace: &str) -> MessageAttributeMap {
        MessageAttributeMap::from([(
            "AWSTraceHeader".to_string(),
            MessageAttributeValue {
                data_type: "String".into(),
                string_value: Some(trace.to_string()),
                ..Default::default()
            },
        )])
    }

    /// Checks and digests a message that `service` is about to send to many
    /// queues (a topic fanning out), once for all of them; an error in it is
    /// the error each send answers. `trace_header`: the publish's X-Ray
    /// header, its copies' `AWSTraceHeader`.
    pub fn service_message(
        service: &str,
        body: Arc<str>,
        attributes: Option<&MessageAttributeMap>,
        trace_header: Option<&str>,
    ) -> ServiceMessage {
        let system = trace_header.map(Self::trace_system_attributes);
        ServiceMessage {
            content: validate_content(
                Body::Shared(body),
                attributes,
                system.as_ref(),
                Some(service_sender_id(service)),
            ),
            record: None,
            question: None,
        }
    }

    /// Sends one copy of `message` (see `service_message`) to the queue
    /// `queue_arn`, as `send_from_service` would send the same body and
    /// attributes: the queue policy must allow the service, the queue's own
    /// checks apply, and the copy gets its own MessageId; body, attributes and
    /// their digests are shared with the other copies. `hint` remembers where
    /// the queue was found (see `QueueHint`). A copy that needs nothing from
    /// its queue but what `Hot` remembers is accepted now and inserted later
    /// (`fanout.rs`), with the same result.
    ///
    /// The copy added to the queue is returned, not journaled: the sender
    /// journals the delivery and the send as one event (SNS's
    /// `DeliveredToQueue`). None: a FIFO duplicate, accepted and not added.
    #[allow(clippy::too_many_arguments)]
    pub fn send_service_message(
        &mut self,
        sim: &mut Sim,
        queue_arn: &str,
        hint: &mut super::super::QueueHint,
        from: &ServiceSender,
        message: &mut ServiceMessage,
        group_id: Option<String>,
        deduplication_id: Option<String>,
    ) -> AwsResult<Option<QueueCopy>> {
        let id = self
            .resolve_arn_hinted(queue_arn, hint)
            .ok_or_else(errors::queue_does_not_exist)?;
        let plain = group_id.is_none() && deduplication_id.is_none() && self.settings.defer_fan_out;
        let key = |s: Option<&str>| s.map_or((0, 0), |s| (s.as_ptr() as usize, s.len()));
        let asked = [
            key(Some(from.service)),
            key(from.source_arn),
            key(from.source_account),
        ];
        let question = match message.question {
            Some((k, q)) if k == asked => q,
            _ => {
                let q = self.questions.id(from);
                message.question = Some((asked, q));
                q
            }
        };
        if plain {
            if let Ok(content) = &message.content {
                if self.hot_allows(id, question, content.size) {
                    let message = self.defer(sim, id, message);
                    return Ok(Some(QueueCopy::visible(id, message)));
                }
            }
        }
        // The full check, reading the queue (errors in AWS's order: the
        // policy, then the message, then the queue's own rules).
        self.check_service_sender(id, from)?;
        let content = message.content.clone()?;
        self.check_for_queue(id, &content, None, &deduplication_id, &group_id)?;
        if plain && self.remember_hot(id, question) {
            let message = self.defer(sim, id, message);
            return Ok(Some(QueueCopy::visible(id, message)));
        }
        self.enter(sim);
        let added = self.enqueue(
            sim,
            id,
            Outgoing {
                content,
                delay_s: None,
                group_id,
                deduplication_id,
                journaled: false,
            },
        );
        self.notify(id);
        self.flush(sim);
        Ok(added.added)
    }

    /// Accepts a copy of `message` for queue `id`, its insertion deferred.
    /// Returns the copy's internal id.
    fn defer(&mut self, sim: &mut Sim, id: u32, message: &mut ServiceMessage) -> u64 {
        let now = sim.now.as_ms();
        let record = match message.record {
            Some((epoch, i, at)) if epoch == self.deferred.epoch && at == now => i,
            _ => {
                let c = message.content.as_ref().expect("checked by the caller");
                let i = self.defer_record(super::super::fanout::Record {
                    sent_ms: now,
                    body: c.body.clone(),
                    md5_body: c.md5_body,
                    size: c.size as u32,
                    extra: c.extra.clone(),
                });
                message.record = Some((self.deferred.epoch, i, now));
                i
            }
        };
        self.defer_copy(sim, id, record)
    }

    /// May `from` send to queue `id`? Its policy must allow the service
    /// (`sqs:SendMessage` with the sender's aws:SourceArn / aws:SourceAccount).
    /// A topic fanning out asks every queue the same question for every
    /// message: the policy is parsed once per text and each question judged
    /// once per text (`CachedPolicy`).
    fn check_service_sender(&mut self, id: u32, from: &ServiceSender) -> AwsResult<()> {
        let i = id as usize;
        if self.policy_cache.len() <= i {
            self.policy_cache.resize_with(i + 1, || None);
        }
        let q = self.queues.get(&id).expect("queue id resolved");
        let Some(text) = &q.attributes.policy else {
            return Err(errors::access_denied(
                from.service,
                "sqs:SendMessage",
                &q.arn,
                false,
            ));
        };
        // The cache holds the text it was made from: the same allocation means
        // the same Policy (a new one is a new allocation, and the cached one
        // cannot be reused while the cache holds it).
        let slot = &mut self.policy_cache[i];
        if !slot.as_ref().is_some_and(|c| Arc::ptr_eq(&c.text, text)) {
            *slot = Some(CachedPolicy {
                text: Arc::clone(text),
                doc: serde_json::from_str::<Value>(text).unwrap_or(Value::Null),
                decisions: Vec::new(),
                last: None,
            });
        }
        let question = self.questions.id(from);
        let c = self.policy_cache[i].as_mut().expect("filled above");
        let known = match c.last {
            Some((k, d)) if k == question => Some(d),
            _ => c
                .decisions
                .iter()
                .find(|(k, _)| *k == question)
                .map(|(_, d)| *d),
        };
        let decision = match known {
            Some(d) => d,
            None => {
                let d = policy::evaluate_value(
                    &c.doc,
                    &policy::AccessRequest {
                        principal: policy::Principal::Service(from.service),
                        action: "sqs:SendMessage",
                        resource: &q.arn,
                        source_arn: from.source_arn,
                        source_account: from.source_account,
                    },
                );
                if c.decisions.len() == POLICY_DECISIONS_MAX {
                    c.decisions.remove(0);
                }
                c.decisions.push((question, d));
                d
            }
        };
        c.last = Some((question, decision));
        if decision != policy::Decision::Allow {
            return Err(errors::access_denied(
                from.service,
                "sqs:SendMessage",
                &q.arn,
                decision == policy::Decision::ExplicitDeny,
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_and_number_rules() {
        assert_eq!(first_invalid_char("hello\tworld\n"), None);
        assert_eq!(first_invalid_char("caf\u{e9} \u{1F600}"), None);
        assert_eq!(first_invalid_char("a\u{1}b"), Some('\u{1}'));
        assert_eq!(first_invalid_char("a\u{FFFE}"), Some('\u{FFFE}'));
        assert_eq!(first_invalid_char("\u{FFFD}ok"), None);
        assert!(number_ok("42") && number_ok("-1.5") && number_ok("1e10") && number_ok(".5"));
        assert!(!number_ok("abc") && !number_ok("") && !number_ok("1e") && !number_ok("."));
        assert!(
            attribute_name_ok("Help.Me")
                && !attribute_name_ok("AWS.x")
                && !attribute_name_ok("a..b")
        );
        let a = sequence_number(1, 5);
        let b = sequence_number(2, 0);
        assert!(a.len() == 20 && b > a);
        assert_eq!(service_sender_id("sns.amazonaws.com").len(), 21);
    }
}
