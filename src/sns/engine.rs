//! The SNS engine: topics (standard and FIFO), subscriptions, Publish and
//! PublishBatch, confirmation, delivery outcomes and retries, tags. Publishing
//! produces deliveries; the world carries each one to its endpoint (an SQS queue
//! through `Sqs::send_from_service`, a Firehose delivery stream through
//! `Firehose::put_from_service`, any other protocol to a simulated receiver
//! here) and reports back, so this engine never reaches into another.
//!
//! Built: every protocol (sqs and firehose to the real engines; http, https,
//! email, email-json, sms, application, lambda as simulated receivers, see
//! `delivery`), RawMessageDelivery,
//! AWS's notification envelope, filter policies on MessageAttributes or
//! MessageBody, FIFO topics to FIFO queues with deduplication; confirmation
//! (pending subscriptions, ConfirmSubscription, `Sns::confirm` for the page,
//! expiry after 3 days, cross-account sqs/lambda endpoints); retries per
//! AWS's delivery policies on the virtual clock (`SnsTimer::Retry`), the HTTP/S
//! DeliveryPolicy with its throttle policy (deliveries held past the
//! per-second limit, `SnsTimer::Throttled`), subscription dead-letter queues
//! (RedrivePolicy); topic policies (see `permissions`); platform applications,
//! endpoints, SMS settings and a publish straight to an endpoint or a phone
//! number (see `platform`). Refused by name: message replay (ReplayPolicy),
//! data protection policies.
//!
//! Which failures are retried follows AWS's "Amazon SNS dead-letter queues":
//! client-side errors (the endpoint deleted, its policy refusing SNS) are never
//! retried; server-side errors are retried by the subscription's policy; what
//! SNS gives up on goes to the dead-letter queue, or is discarded and counted.

use super::filter::{self, FilterPolicyScope, MessageView};
use super::{delivery, permissions};
use crate::error::{AwsError, AwsResult};
use crate::sim::{Event, Sim};
use crate::world::{CallResult, Caller};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// SNS journal events (payload of `sim::Event::Sns`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SnsEvent {
    TopicCreated {
        topic: u32,
    },
    TopicDeleted {
        topic: u32,
    },
    Subscribed {
        topic: u32,
        subscription: u32,
    },
    Unsubscribed {
        topic: u32,
        subscription: u32,
    },
    Published {
        topic: u32,
        message: u64,
    },
    /// A FIFO publish inside the deduplication interval: accepted, not delivered.
    DuplicateIgnored {
        topic: u32,
        message: u64,
    },
    Delivered {
        subscription: u32,
        message: u64,
    },
    /// Delivered into an SQS queue: the SNS delivery and the queue's new
    /// message (`queue_message`, its internal id) as one entry, where a send
    /// made by a client journals `SqsEvent::MessageSent`. A fan-out to many
    /// queues writes one entry per queue, not two.
    DeliveredToQueue {
        subscription: u32,
        message: u64,
        queue: u32,
        queue_message: u64,
        delayed: bool,
    },
    /// `count` subscriptions' filter policies did not match the message. One
    /// event per publish, not per subscription, so that a publish costs what its
    /// matches cost (the page asks `Sns::explain` which ones and why).
    FilteredOut {
        topic: u32,
        message: u64,
        count: u32,
    },
    /// The endpoint refused the delivery; `code` is the endpoint's error code.
    DeliveryFailed {
        subscription: u32,
        message: u64,
        code: String,
    },
    /// After a server-side failure, retry `attempt` is due at `due_ms` (virtual).
    RetryScheduled {
        subscription: u32,
        message: u64,
        attempt: u32,
        due_ms: u64,
    },
    /// An undeliverable notification went to the subscription's dead-letter queue.
    RedrivenToDlq {
        subscription: u32,
        message: u64,
    },
    /// The dead-letter queue refused it too (`code`); the notification is lost.
    RedriveFailed {
        subscription: u32,
        message: u64,
        code: String,
    },
    /// Undeliverable and no dead-letter queue: discarded after `attempts` tries
    /// (`client_side`: a client-side error, never retried).
    Discarded {
        subscription: u32,
        message: u64,
        attempts: u32,
        client_side: bool,
    },
    /// A SubscriptionConfirmation went to the endpoint.
    ConfirmationSent {
        subscription: u32,
    },
    /// The endpoint owner confirmed (ConfirmSubscription or the SubscribeURL).
    Confirmed {
        subscription: u32,
    },
    /// Nobody confirmed in time: the pending subscription was deleted.
    ConfirmationExpired {
        subscription: u32,
    },
    /// AddPermission added statement `label` to the topic's policy.
    PermissionAdded {
        topic: u32,
        label: String,
    },
    /// RemovePermission removed statement `label`.
    PermissionRemoved {
        topic: u32,
        label: String,
    },
    /// A platform application was created (see `platform`).
    PlatformApplicationCreated {
        app: u32,
    },
    /// A platform application and its endpoints were deleted.
    PlatformApplicationDeleted {
        app: u32,
    },
    EndpointCreated {
        endpoint: u32,
    },
    EndpointDeleted {
        endpoint: u32,
    },
    /// A publish straight to a mobile endpoint reached its device.
    PublishedToEndpoint {
        endpoint: u32,
        message: u64,
    },
    /// A publish straight to a phone number: texted, or not (opted out).
    PublishedToPhone {
        message: u64,
        opted_out: bool,
    },
    // New variants go last: the journal digest hashes a variant's position.
    /// The subscription had already received its throttle policy's
    /// `maxReceivesPerSecond` deliveries for the second: this one waits until
    /// `due_ms` (virtual).
    DeliveryThrottled {
        subscription: u32,
        message: u64,
        due_ms: u64,
    },
}

/// SNS timers (payload of `sim::Timer::Sns`). Never cancelled: a timer whose
/// work has gone (the subscription was deleted, the subscription was confirmed)
/// is recognised and ignored when it fires.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SnsTimer {
    /// A delivery's next attempt is due (`retry` keys `Sns::retries`).
    Retry { retry: u64 },
    /// A pending subscription's confirmation window ends.
    ConfirmationExpires { subscription: u32 },
    /// A delivery held back by its subscription's throttle policy may go
    /// (`held` keys `Sns::held`).
    Throttled { held: u64 },
}

/// Limits, from AWS's SNS quotas and API reference.
pub mod limits {
    /// Topic names: 1-256 characters (the `.fifo` suffix counts).
    pub const TOPIC_NAME_MAX: usize = 256;
    /// Publish: a message of at most 256 KiB (262,144 bytes).
    pub const MESSAGE_MAX_BYTES: usize = 262_144;
    /// Subject: at most 100 characters.
    pub const SUBJECT_MAX_CHARS: usize = 100;
    /// PublishBatch: at most 10 entries, 256 KiB in total.
    pub const BATCH_MAX_ENTRIES: usize = 10;
    /// ListTopics / ListSubscriptions page size.
    pub const PAGE_SIZE: usize = 100;
    /// Tags per topic.
    pub const TAGS_MAX: usize = 50;
    /// FIFO deduplication interval: 5 minutes.
    pub const DEDUP_WINDOW_MS: u64 = 300_000;
    /// Message attributes per message.
    pub const MESSAGE_ATTRIBUTES_MAX: usize = 10;
    /// "Confirmation tokens are valid for two days" (Subscribe, API reference).
    pub const TOKEN_VALID_MS: u64 = 2 * 24 * 3_600_000;
    /// An unconfirmed subscription is deleted after three days (the Developer
    /// Guide's "Deleting an Amazon SNS subscription and topic": pending
    /// subscriptions that are not confirmed are deleted after 3 days).
    pub const PENDING_EXPIRY_MS: u64 = 3 * 24 * 3_600_000;
    /// Topics per account and Region: 100,000 standard and 1,000 FIFO
    /// ("Amazon SNS endpoints and quotas"; the CreateTopic reference).
    pub const TOPICS_MAX: usize = 100_000;
    pub const FIFO_TOPICS_MAX: usize = 1_000;
    /// Subscriptions per topic: 12,500,000 standard, 100 FIFO (the same).
    pub const SUBSCRIPTIONS_MAX: usize = 12_500_000;
    pub const FIFO_SUBSCRIPTIONS_MAX: usize = 100;
}

/// A topic.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Topic {
    pub id: u32,
    pub name: String,
    pub arn: String,
    pub account_id: String,
    pub region: String,
    pub fifo: bool,
    /// Settable attributes as AWS reports them (DisplayName, Policy, ...).
    pub attributes: BTreeMap<String, String>,
    pub tags: Vec<(String, String)>,
    /// Subscription ids, oldest first.
    pub subscriptions: Vec<u32>,
    /// FIFO deduplication: id -> (expiry ms, message id, sequence number).
    pub dedup: BTreeMap<String, (u64, String, String)>,
    pub next_sequence: u64,
    pub deleted_subscriptions: u64,
    /// Messages published (FIFO duplicates not counted).
    pub published: u64,
}

/// A subscription.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Subscription {
    pub id: u32,
    pub arn: String,
    pub topic: u32,
    pub topic_arn: String,
    pub owner: String,
    pub protocol: String,
    pub endpoint: String,
    pub raw_message_delivery: bool,
    pub filter_policy: Option<String>,
    pub filter_policy_scope: FilterPolicyScope,
    /// Notifications delivered, as saved. The live count is kept by the
    /// subscription table in a dense array (`Sns::delivered_count`): a topic
    /// fanning out to thousands of queues counts one per delivery, and this
    /// struct is a cache miss away.
    #[serde(rename = "delivered")]
    pub(crate) saved_delivered: u64,
    /// The topic's `published` count when this subscription was made: every
    /// message since was delivered, failed or filtered out for it.
    pub published_before: u64,
    pub failed: u64,
    /// Waiting for ConfirmSubscription (or the SubscribeURL).
    #[serde(default)]
    pub pending_confirmation: bool,
    /// The token sent in the SubscriptionConfirmation, and when it was sent.
    #[serde(default)]
    pub token: Option<(String, u64)>,
    /// ConfirmSubscription's AuthenticateOnUnsubscribe.
    #[serde(default = "yes")]
    pub confirmation_was_authenticated: bool,
    /// HTTP/S only: the DeliveryPolicy attribute as set.
    #[serde(default)]
    pub delivery_policy: Option<String>,
    /// The RedrivePolicy attribute as set, and its dead-letter queue's ARN.
    #[serde(default)]
    pub redrive_policy: Option<(String, String)>,
    /// Firehose only: SubscriptionRoleArn.
    #[serde(default)]
    pub subscription_role_arn: Option<String>,
    /// Notifications waiting for a retry now.
    #[serde(default)]
    pub retrying: u64,
    /// HTTP/S with a throttle policy: the last second (virtual, whole
    /// seconds) a delivery was booked into, and how many it has.
    #[serde(default)]
    pub throttle_window: (u64, u32),
    /// Notifications held by the throttle policy now.
    #[serde(default)]
    pub throttled: u64,
    /// Undeliverable notifications that went to the dead-letter queue.
    #[serde(default)]
    pub redriven: u64,
}

fn yes() -> bool {
    true
}

/// A notification waiting for its next attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Retrying {
    pub delivery: Delivery,
    pub failure: delivery::Failure,
}

/// An undeliverable notification on its way to a dead-letter queue; the world
/// sends it (as `sns.amazonaws.com`, so the queue's policy must allow the topic).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Redrive {
    pub subscription: u32,
    pub message: u64,
    pub queue_arn: String,
    pub topic_arn: String,
    pub topic_account: String,
    pub body: String,
    /// The message attributes the endpoint would have got (a raw delivery's).
    pub attributes: BTreeMap<String, Value>,
    pub message_group_id: Option<String>,
    pub message_deduplication_id: Option<String>,
}

/// One message on its way to one subscription's endpoint; the world delivers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Delivery {
    pub subscription: u32,
    pub message: u64,
    pub protocol: Arc<str>,
    pub endpoint: Arc<str>,
    /// The strings one publish's deliveries have in common are shared (`Arc`):
    /// a topic fanning out to thousands of queues would otherwise copy them
    /// for each.
    pub topic_arn: Arc<str>,
    pub topic_account: Arc<str>,
    /// The body as the endpoint receives it (the envelope, or the raw message;
    /// a raw message is the same allocation for every raw delivery of a
    /// publish, which lets the world check and digest it once for all queues).
    pub body: Arc<str>,
    /// With raw delivery, the message attributes as SQS message attributes;
    /// shared by every delivery of one publish (a topic fanning out to
    /// thousands of queues would otherwise copy them for each).
    pub sqs_attributes: Arc<BTreeMap<String, Value>>,
    pub message_group_id: Option<String>,
    pub message_deduplication_id: Option<String>,
    /// The notification's MessageId (the confirmation's, for a confirmation).
    #[serde(default)]
    pub message_id: Arc<str>,
    /// The message group the notification was published with (a FIFO topic's),
    /// for a FIFO dead-letter queue whatever the endpoint took.
    #[serde(default)]
    pub published_group: Option<String>,
    /// The attempt this is: 1 for the first try.
    #[serde(default)]
    pub attempt: u32,
    /// A SubscriptionConfirmation rather than a notification.
    #[serde(default)]
    pub confirmation: bool,
    /// Email: the subject line.
    #[serde(default)]
    pub subject: Option<String>,
    /// HTTP/S: the headers SNS sends.
    #[serde(default)]
    pub headers: Vec<(String, String)>,
    /// The X-Ray trace header the publish carried (`X-Amzn-Trace-Id`), which
    /// a queue's copy gets as its `AWSTraceHeader` (LocalStack's
    /// AWS-validated test_publish_sqs_from_sns_with_xray_propagation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_header: Option<Arc<str>>,
}

/// One entry of the outbox, in delivery order.
#[derive(Debug, Clone, PartialEq)]
pub enum Outbound {
    /// Any delivery, spelled out.
    Full(Box<Delivery>),
    /// A raw notification to a standard queue: what the publish's raw queue
    /// deliveries share is its template (`drain_deliveries`' second list,
    /// with a placeholder subscription and endpoint); the subscription's
    /// endpoint is `Sns::target_endpoint`. A topic fanning out to thousands of
    /// queues writes these eight bytes per delivery instead of a `Delivery`.
    Raw { template: u32, subscription: u32 },
}

/// The SNS engine.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Sns {
    pub(super) topics: BTreeMap<u32, Topic>,
    subscriptions: super::table::SubscriptionTable,
    next_topic: u32,
    next_subscription: u32,
    next_message: u64,
    /// Topic and subscription names ever created (events name them by id).
    names: BTreeMap<u32, String>,
    /// How the simulated receivers behave (failure rates, deleted endpoints).
    #[serde(default)]
    pub settings: delivery::SnsSettings,
    /// What each simulated receiver (every protocol but sqs) got, newest last.
    #[serde(default)]
    inboxes: BTreeMap<u32, Vec<delivery::Received>>,
    /// Notifications waiting for a retry, by retry id (see `SnsTimer::Retry`).
    #[serde(default)]
    retries: BTreeMap<u64, Retrying>,
    /// Deliveries held back by a throttle policy, by id (see
    /// `SnsTimer::Throttled`); `released` are those let go and not yet
    /// delivered (subscription, notification, attempt), so they are not
    /// booked twice.
    #[serde(default)]
    held: BTreeMap<u64, Delivery>,
    #[serde(default)]
    released: BTreeSet<(u32, u64, u32)>,
    #[serde(default)]
    next_retry: u64,
    /// Metrics and events counted per outcome, for `check_invariants`.
    #[serde(default)]
    discarded: u64,
    /// Platform applications and their endpoints (see `platform`).
    #[serde(default)]
    pub(super) push: super::platform::Push,
    /// The account's SMS settings, opted-out numbers and phones (see `platform`).
    #[serde(default)]
    pub(super) sms: super::platform::Sms,
    #[serde(skip)]
    outbox: Vec<Outbound>,
    /// What the `Outbound::Raw` entries of the outbox share, one per publish
    /// (drained with it).
    #[serde(skip)]
    templates: Vec<Delivery>,
    #[serde(skip)]
    redrives: Vec<Redrive>,
    /// Each topic's subscriptions compiled into one matcher (derived state, rebuilt
    /// after a change or a restore).
    #[serde(skip)]
    matchers: BTreeMap<u32, filter::CompiledMatcher>,
    /// Each (topic, metric) series id, so a delivery adds to its series without
    /// building the metric's key (derived state, registered again after a restore).
    #[serde(skip)]
    series: BTreeMap<(u32, &'static str), crate::sim::metrics::SeriesId>,
    /// The series `add_metric` used last (topic, metric, series).
    #[serde(skip)]
    last_series: Option<(u32, &'static str, crate::sim::metrics::SeriesId)>,
    /// Deliveries not yet added to NumberOfNotificationsDelivered: (topic,
    /// count). Empty whenever the world is not carrying the outbox.
    #[serde(skip)]
    delivered_uncounted: Option<(u32, u64)>,
    /// Each subscription's delivery target, by subscription id (derived state,
    /// made on first use and cleared with the matchers).
    #[serde(skip)]
    targets: Vec<Option<Target>>,
    /// Buffers a publish's matching reuses (derived; empty between calls).
    #[serde(skip)]
    match_scratch: (filter::compiled::MatchScratch, Vec<u32>),
    /// The last messages published, so the page can explain filter decisions.
    #[serde(default)]
    recent: super::recent::RecentPublishes,
    /// Topics and subscriptions by ARN (derived; see `ArnIndex`).
    #[serde(skip)]
    index: super::table::ArnIndex,
}

/// Where a subscription's notifications go, in the few words a publish needs
/// for each matching subscription: a topic fanning out to thousands of queues
/// reads this small record (and shares its strings) instead of the whole
/// subscription.
#[derive(Debug, Clone)]
struct Target {
    endpoint: Arc<str>,
    /// The subscription's topic.
    topic: u32,
    /// An sqs endpoint with RawMessageDelivery: the message goes as published.
    raw_sqs: bool,
    /// The endpoint is a FIFO queue (it gets group and deduplication ids).
    fifo_queue: bool,
}

impl Target {
    fn of(s: &Subscription) -> Self {
        Target {
            endpoint: s.endpoint.as_str().into(),
            topic: s.topic,
            raw_sqs: s.raw_message_delivery && s.protocol == "sqs",
            fifo_queue: s.endpoint.ends_with(".fifo"),
        }
    }
}

pub(super) fn invalid(message: impl Into<String>) -> AwsError {
    AwsError::client("InvalidParameter", message)
}

pub(super) fn not_found(message: &str) -> AwsError {
    AwsError::client("NotFound", message).with_status(404)
}

pub(super) fn input_str<'a>(input: &'a Value, name: &str) -> Option<&'a str> {
    input.get(name).and_then(Value::as_str)
}

pub(super) fn required<'a>(input: &'a Value, name: &str) -> AwsResult<&'a str> {
    input_str(input, name).ok_or_else(|| {
        let camel = name[..1].to_ascii_lowercase() + &name[1..];
        AwsError::client(
            "ValidationError",
            format!("1 validation error detected: Value null at '{camel}' failed to satisfy constraint: Member must not be null"),
        )
    })
}

pub(super) fn string_map(input: &Value, name: &str) -> AwsResult<BTreeMap<String, String>> {
    match input.get(name) {
        None | Some(Value::Null) => Ok(BTreeMap::new()),
        Some(Value::Object(m)) => m
            .iter()
            .map(|(k, v)| match v {
                Value::String(s) => Ok((k.clone(), s.clone())),
                other => Ok((k.clone(), other.to_string())),
            })
            .collect(),
        Some(_) => Err(invalid(format!("Invalid parameter: {name}"))),
    }
}

/// Attributes CreateTopic and SetTopicAttributes accept (the API reference's
/// list), FifoTopic aside: it is only given at creation. ContentBasedDeduplication
/// and FifoThroughputScope are checked against the topic type by the caller.
fn is_topic_attribute(name: &str) -> bool {
    matches!(
        name,
        "DisplayName"
            | "Policy"
            | "DeliveryPolicy"
            | "KmsMasterKeyId"
            | "ContentBasedDeduplication"
            | "SignatureVersion"
            | "TracingConfig"
            | "ArchivePolicy"
            | "FifoThroughputScope"
    ) || ["Application", "Firehose", "HTTP", "Lambda", "SQS"]
        .iter()
        .any(|p| {
            name.strip_prefix(p).is_some_and(|rest| {
                matches!(
                    rest,
                    "SuccessFeedbackRoleArn"
                        | "SuccessFeedbackSampleRate"
                        | "FailureFeedbackRoleArn"
                )
            })
        })
}

/// The value of topic attribute `name` on a topic that is `fifo` or not, as
/// the CreateTopic reference describes each: TracingConfig `PassThrough` or
/// `Active` and for standard topics only; SignatureVersion 1 or 2;
/// ArchivePolicy (MessageRetentionPeriod 1 to 365 days) and
/// FifoThroughputScope (`Topic` or `MessageGroup`) for FIFO topics only;
/// ContentBasedDeduplication `true` or `false`; a feedback sample rate a
/// whole percentage, a feedback role an ARN. The reference gives the rules,
/// not SNS's texts for breaking them: `reason` is ours, after "Invalid
/// parameter: Attributes Reason:" as SNS words its other attribute errors.
fn check_topic_attribute(name: &str, value: &str, fifo: bool) -> AwsResult<()> {
    let reason = |why: String| invalid(format!("Invalid parameter: Attributes Reason: {why}"));
    match name {
        "TracingConfig" => {
            if fifo {
                return Err(reason(
                    "TracingConfig is only supported on standard topics".into(),
                ));
            }
            if !matches!(value, "PassThrough" | "Active") {
                return Err(reason(format!(
                    "TracingConfig: Invalid value [{value}]. Must be PassThrough or Active."
                )));
            }
        }
        "SignatureVersion" if !matches!(value, "1" | "2") => {
            return Err(reason(format!(
                "SignatureVersion: Invalid value [{value}]. Must be 1 or 2."
            )));
        }
        "ContentBasedDeduplication"
            if !matches!(value.to_ascii_lowercase().as_str(), "true" | "false") =>
        {
            return Err(reason(format!(
                "ContentBasedDeduplication: Invalid value [{value}]. Must be true or false."
            )));
        }
        "FifoThroughputScope" => {
            if !fifo {
                return Err(reason(
                    "FifoThroughputScope can only be set for FIFO topics".into(),
                ));
            }
            if !matches!(value, "Topic" | "MessageGroup") {
                return Err(reason(format!(
                    "FifoThroughputScope: Invalid value [{value}]. Must be Topic or MessageGroup."
                )));
            }
        }
        "ArchivePolicy" => {
            if !fifo {
                return Err(reason(
                    "ArchivePolicy can only be set for FIFO topics".into(),
                ));
            }
            // An empty policy ("{}", or nothing) turns archiving off.
            if !value.trim().is_empty() {
                let bad = || reason(format!("ArchivePolicy: Invalid value [{value}]"));
                let doc: Value = serde_json::from_str(value).map_err(|_| bad())?;
                let obj = doc.as_object().ok_or_else(bad)?;
                if let Some(p) = obj.get("MessageRetentionPeriod") {
                    let days = match p {
                        Value::String(s) => s.parse::<i64>().ok(),
                        Value::Number(n) => n.as_i64(),
                        _ => None,
                    };
                    if !days.is_some_and(|d| (1..=365).contains(&d)) {
                        return Err(reason(
                            "ArchivePolicy: MessageRetentionPeriod must be a number of days from 1 to 365".into(),
                        ));
                    }
                }
            }
        }
        n if n.ends_with("FeedbackSampleRate") && !value.parse::<u8>().is_ok_and(|r| r <= 100) => {
            return Err(reason(format!(
                "{n}: Invalid value [{value}]. Must be an integer from 0 to 100."
            )));
        }
        n if n.ends_with("FeedbackRoleArn")
            && (!value.starts_with("arn:") || value.split(':').count() < 6) =>
        {
            return Err(reason(format!(
                "{n}: Invalid value [{value}]. Must be a role ARN."
            )));
        }
        _ => {}
    }
    Ok(())
}

/// SNS's checks of an ARN parameter: at least six parts, and the caller's Region
/// (a topic is regional; naming another Region's topic is an invalid parameter).
fn check_arn(field: &str, arn: &str, caller: &Caller) -> AwsResult<()> {
    // LocalStack's AWS-validated test_unsubscribe_wrong_arn_format.
    if arn.is_empty() && field == "SubscriptionArn" {
        return Err(invalid(format!(
            "Invalid parameter: {field} Reason: no value for required parameter"
        )));
    }
    let parts: Vec<&str> = arn.split(':').collect();
    if parts.len() < 6 {
        return Err(invalid(format!(
            "Invalid parameter: {field} Reason: An ARN must have at least 6 elements, not {}",
            parts.len()
        )));
    }
    if field == "SubscriptionArn" && parts.len() == 6 {
        return Err(invalid("Invalid parameter: SubscriptionId"));
    }
    if parts[3] != caller.region {
        return Err(invalid(format!("Invalid parameter: {field}")));
    }
    Ok(())
}

/// Splits `arn:aws:<service>:<region>:<account>:<resource>`.
fn arn_parts(arn: &str) -> Option<(&str, &str, &str, &str)> {
    let mut it = arn.splitn(6, ':');
    let (Some("arn"), Some(_partition), Some(service), Some(region), Some(account), Some(rest)) = (
        it.next(),
        it.next(),
        it.next(),
        it.next(),
        it.next(),
        it.next(),
    ) else {
        return None;
    };
    Some((service, region, account, rest))
}

/// A JSON document formatted the way SNS writes its envelope: two-space
/// indentation and `" : "` between a key and its value.
fn envelope_text(fields: &[(&str, Value)]) -> String {
    let mut s = String::from("{\n");
    for (i, (k, v)) in fields.iter().enumerate() {
        match v {
            // Message attributes: one per line, each value compact, as SNS writes them.
            Value::Object(m) if !m.is_empty() => {
                s.push_str(&format!("  {} : {{\n", Value::String((*k).into())));
                for (j, (ak, av)) in m.iter().enumerate() {
                    s.push_str(&format!("    {} : {}", Value::String(ak.clone()), av));
                    s.push_str(if j + 1 < m.len() { ",\n" } else { "\n" });
                }
                s.push_str("  }");
            }
            _ => s.push_str(&format!("  {} : {}", Value::String((*k).into()), v)),
        }
        s.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
    }
    s.push('}');
    s
}

impl Sns {
    /// Runs one operation (`input` as JSON, decoded from the query protocol).
    pub fn call(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        operation: &str,
        input: Value,
    ) -> CallResult {
        if !self.index.built {
            self.index = super::table::ArnIndex::build(
                self.topics.values().map(|t| (t.arn.as_str(), t.id)),
                &self.subscriptions,
            );
        }
        // Every ARN parameter is checked for form and Region first, as SNS does.
        for field in [
            "TopicArn",
            "TargetArn",
            "SubscriptionArn",
            "ResourceArn",
            "PlatformApplicationArn",
            "EndpointArn",
        ] {
            if let Some(arn) = input_str(&input, field) {
                // A SubscribeURL opened as a plain link (unsigned) names a
                // bad topic in fewer words (LocalStack's AWS-validated
                // test_subscribe_external_http_endpoint: broken-topic-arn-confirm,
                // different-region-arn-confirm).
                if caller.anonymous && operation == "ConfirmSubscription" {
                    check_arn(field, arn, caller)
                        .map_err(|_| invalid("Invalid parameter: Topic"))?;
                } else {
                    check_arn(field, arn, caller)?;
                }
            }
        }
        self.authorize(caller, operation, &input)?;
        match operation {
            "CreateTopic" => self.create_topic(sim, caller, &input),
            "ConfirmSubscription" => self.confirm_subscription(sim, caller, &input),
            "AddPermission" => self.add_permission(sim, &input),
            "RemovePermission" => self.remove_permission(sim, &input),
            "DeleteTopic" => self.delete_topic(sim, &input),
            "ListTopics" => self.list_topics(caller, &input),
            "GetTopicAttributes" => self.get_topic_attributes(&input),
            "SetTopicAttributes" => self.set_topic_attributes(&input),
            "Subscribe" => self.subscribe(sim, caller, &input),
            "Unsubscribe" => self.unsubscribe(sim, &input),
            "ListSubscriptions" => self.list_subscriptions(caller, None, &input),
            "ListSubscriptionsByTopic" => {
                let arn = required(&input, "TopicArn")?;
                let t = self.topic_by_arn(arn)?;
                self.list_subscriptions(caller, Some(t), &input)
            }
            "GetSubscriptionAttributes" => self.get_subscription_attributes(&input),
            "SetSubscriptionAttributes" => self.set_subscription_attributes(&input),
            "Publish" => self.publish(sim, caller, &input),
            "PublishBatch" => self.publish_batch(sim, caller, &input),
            "TagResource" => self.tag_resource(&input),
            "UntagResource" => self.untag_resource(&input),
            "ListTagsForResource" => self.list_tags(&input),
            other => self
                .call_platform(sim, caller, other, &input)
                .unwrap_or_else(|| Err(AwsError::not_emulated(format!("sns:{other}")))),
        }
    }

    /// The topic policy's check for a caller of another account (see
    /// `permissions`). A topic that does not exist is left to the operation,
    /// which answers NotFound.
    fn authorize(&self, caller: &Caller, operation: &str, input: &Value) -> AwsResult<()> {
        if matches!(
            operation,
            "Unsubscribe" | "GetSubscriptionAttributes" | "SetSubscriptionAttributes"
        ) {
            return self.authorize_subscription(caller, operation, input);
        }
        let Some(action) = permissions::action_for(operation) else {
            return Ok(());
        };
        let arn = ["TopicArn", "TargetArn", "ResourceArn"]
            .iter()
            .find_map(|f| input_str(input, f));
        let Some(t) = arn.and_then(|a| self.topics.values().find(|t| t.arn == a)) else {
            return Ok(());
        };
        let policy = t.attributes.get("Policy").map(String::as_str).unwrap_or("");
        permissions::authorize(policy, &t.account_id, &caller.account_id, action, &t.arn)
    }

    /// Operations on a subscription: its owner and the topic's owner may call
    /// them. For Unsubscribe, "only the owner of the subscription or the topic's
    /// owner can unsubscribe" when the subscription requires authentication
    /// (ConfirmationWasAuthenticated); one confirmed without it may be
    /// unsubscribed by anyone, as on AWS. (AWS then sends the endpoint a final
    /// cancellation message; Switchyard does not send it yet.)
    fn authorize_subscription(
        &self,
        caller: &Caller,
        operation: &str,
        input: &Value,
    ) -> AwsResult<()> {
        let Some(s) = input_str(input, "SubscriptionArn")
            .and_then(|a| self.subscriptions.values().find(|s| s.arn == a))
        else {
            return Ok(());
        };
        let topic_owner = self
            .topics
            .get(&s.topic)
            .map(|t| t.account_id.as_str())
            .unwrap_or("");
        if caller.account_id == s.owner
            || caller.account_id == topic_owner
            || (operation == "Unsubscribe" && !s.confirmation_was_authenticated)
        {
            return Ok(());
        }
        Err(AwsError::client(
            "AuthorizationError",
            format!(
                "User: arn:aws:iam::{}:root is not authorized to perform: SNS:{operation} on resource: {}",
                caller.account_id, s.arn
            ),
        )
        .with_status(403))
    }

    fn add_permission(&mut self, sim: &mut Sim, input: &Value) -> CallResult {
        let tid = self.topic_by_arn(required(input, "TopicArn")?)?;
        let label = required(input, "Label")?.to_string();
        let list = |name: &str| -> Vec<String> {
            input
                .get(name)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        let t = self.topics.get_mut(&tid).expect("looked up");
        let text = t.attributes.get("Policy").cloned().unwrap_or_default();
        let new = permissions::add_statement(
            &text,
            &t.arn,
            &label,
            &list("AWSAccountId"),
            &list("ActionName"),
        )?;
        t.attributes.insert("Policy".into(), new);
        sim.record(Event::Sns(SnsEvent::PermissionAdded { topic: tid, label }));
        Ok(json!({}))
    }

    fn remove_permission(&mut self, sim: &mut Sim, input: &Value) -> CallResult {
        let tid = self.topic_by_arn(required(input, "TopicArn")?)?;
        let label = required(input, "Label")?.to_string();
        let t = self.topics.get_mut(&tid).expect("looked up");
        let text = t.attributes.get("Policy").cloned().unwrap_or_default();
        let new = permissions::remove_statement(&text, &label)?;
        t.attributes.insert("Policy".into(), new);
        sim.record(Event::Sns(SnsEvent::PermissionRemoved {
            topic: tid,
            label,
        }));
        Ok(json!({}))
    }

    /// Deliveries produced since the last drain, in order, for the world to
    /// carry out, and the templates their `Outbound::Raw` entries name.
    pub fn drain_deliveries(&mut self) -> (Vec<Outbound>, Vec<Delivery>) {
        (
            std::mem::take(&mut self.outbox),
            std::mem::take(&mut self.templates),
        )
    }

    /// Hands back what `drain_deliveries` gave, carried: the buffers serve
    /// the next publish if nothing was queued meanwhile.
    pub fn recycle_deliveries(&mut self, mut outbox: Vec<Outbound>, mut templates: Vec<Delivery>) {
        if self.outbox.is_empty() && self.templates.is_empty() {
            outbox.clear();
            templates.clear();
            self.outbox = outbox;
            self.templates = templates;
        }
    }

    /// The endpoint of subscription `id` as a publish's deliveries share it
    /// (`Target`), for an `Outbound::Raw` entry.
    pub fn target_endpoint(&self, id: u32) -> Option<&Arc<str>> {
        self.targets
            .get(id as usize)
            .and_then(Option::as_ref)
            .map(|t| &t.endpoint)
    }

    /// Subscription `id`'s endpoint (`target_endpoint`'s fallback).
    pub fn endpoint_of(&self, id: u32) -> Option<Arc<str>> {
        self.subscriptions
            .get(&id)
            .map(|s| s.endpoint.as_str().into())
    }

    /// Notifications delivered to subscription `id`.
    pub fn delivered_count(&self, id: u32) -> u64 {
        self.subscriptions.delivered(id)
    }

    /// The full delivery an `Outbound::Raw` entry stands for.
    pub fn raw_delivery(template: &Delivery, subscription: u32, endpoint: Arc<str>) -> Delivery {
        Delivery {
            subscription,
            endpoint,
            ..template.clone()
        }
    }

    /// The world reports that the notification `message` reached
    /// subscription `id`'s endpoint: `delivery_result`'s success, without a
    /// `Delivery` in hand.
    /// `copy`: the queue message an sqs delivery added (journaled with the
    /// delivery as one `DeliveredToQueue`).
    pub fn delivered(
        &mut self,
        sim: &mut Sim,
        id: u32,
        message: u64,
        copy: Option<crate::sqs::QueueCopy>,
    ) {
        if !self.subscriptions.count_delivered(id) {
            return;
        }
        // The topic from the small `Target` when there is one.
        let topic = match self.targets.get(id as usize) {
            Some(Some(t)) => t.topic,
            _ => self.subscriptions[&id].topic,
        };
        sim.record(Event::Sns(match copy {
            Some(c) => SnsEvent::DeliveredToQueue {
                subscription: id,
                message,
                queue: c.queue,
                queue_message: c.message,
                delayed: c.delayed,
            },
            None => SnsEvent::Delivered {
                subscription: id,
                message,
            },
        }));
        // Counted in one add per run of deliveries to one topic (the same
        // datapoint as one add per delivery: all at this instant).
        match &mut self.delivered_uncounted {
            Some((t, n)) if *t == topic => *n += 1,
            _ => {
                self.count_delivered(sim);
                self.delivered_uncounted = Some((topic, 1));
            }
        }
    }

    /// Adds the deliveries `delivered` has not counted yet to
    /// NumberOfNotificationsDelivered. The world calls it when it has carried
    /// the outbox (before anything can read the metrics).
    pub fn count_delivered(&mut self, sim: &mut Sim) {
        if let Some((topic, n)) = self.delivered_uncounted.take() {
            self.add_metric_stats(sim, topic, "NumberOfNotificationsDelivered", n);
        }
    }

    /// Dead-letter sends produced since the last drain, for the world to carry.
    pub fn drain_redrives(&mut self) -> Vec<Redrive> {
        std::mem::take(&mut self.redrives)
    }

    /// A server-side failure the settings inject for `d`'s endpoint, if any.
    /// Draws from the world's RNG only when the endpoint has a failure chance, so
    /// worlds without one replay exactly as before.
    pub fn injected_failure(&self, sim: &mut Sim, d: &Delivery) -> Option<delivery::Failure> {
        self.injected_failure_for(sim, d, &d.endpoint)
    }

    /// `injected_failure` for `d` (or a template) going to `endpoint`.
    pub fn injected_failure_for(
        &self,
        sim: &mut Sim,
        d: &Delivery,
        endpoint: &str,
    ) -> Option<delivery::Failure> {
        if d.confirmation {
            return None;
        }
        let ppm = self.settings.failure_rate_for(endpoint);
        if ppm == 0 || !sim.rng.chance_ppm(ppm) {
            return None;
        }
        let (code, message) = match &*d.protocol {
            "http" | "https" => ("HttpError500", "The endpoint answered HTTP 500"),
            "sqs" => ("ServiceUnavailable", "The queue's service is unavailable"),
            "lambda" => ("ServiceException", "The function's service is unavailable"),
            _ => ("ServiceUnavailable", "The endpoint is unavailable"),
        };
        Some(delivery::Failure {
            code: code.into(),
            message: message.into(),
            client_side: false,
        })
    }

    /// Delivers to a simulated receiver (every protocol but sqs): it records what
    /// arrived in the subscription's inbox, or fails as the settings say.
    pub fn receive(&mut self, sim: &mut Sim, d: &Delivery) -> Result<(), delivery::Failure> {
        if self.settings.gone.contains(&*d.endpoint) {
            // "Client-side errors can happen when Amazon SNS has stale
            // subscription metadata ... when an owner deletes the endpoint".
            return Err(delivery::Failure {
                code: "EndpointDeleted".into(),
                message: format!("The endpoint {} no longer exists", d.endpoint),
                client_side: true,
            });
        }
        // A server-side failure still reached the endpoint (it answered 500, say):
        // the inbox shows the attempt with the answer, so retries can be seen.
        let mut failure = self.injected_failure(sim, d);
        if failure.is_none() && &*d.protocol == "application" && !d.confirmation {
            // The endpoint's device gets it too, if it is still there and enabled.
            let device = delivery::Received {
                attempt: d.attempt,
                ..delivery::Received::notification(sim.now.as_ms(), d.body.to_string())
            };
            failure = self.reach_endpoint(&d.endpoint, device).err();
        }
        delivery::keep(
            self.inboxes.entry(d.subscription).or_default(),
            delivery::Received {
                at_ms: sim.now.as_ms(),
                message_type: if d.confirmation {
                    "SubscriptionConfirmation".into()
                } else {
                    "Notification".into()
                },
                subject: d.subject.clone(),
                body: d.body.to_string(),
                headers: d.headers.clone(),
                attempt: d.attempt,
                failed: failure.as_ref().map(|f| f.code.clone()),
            },
        );
        match failure {
            Some(f) => Err(f),
            None => Ok(()),
        }
    }

    /// What a simulated receiver got for `subscription`, oldest first (at most
    /// `delivery::INBOX_MAX`). Empty for sqs subscriptions: look in the queue.
    pub fn inbox(&self, subscription: u32) -> &[delivery::Received] {
        self.inboxes
            .get(&subscription)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Notifications waiting for a retry, for the page: (subscription, attempt).
    pub fn retrying(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.retries
            .values()
            .map(|r| (r.delivery.subscription, r.delivery.attempt))
    }

    /// An HTTP/S subscription's topic's DeliveryPolicy and its own ("" when
    /// not set).
    fn delivery_policies<'a>(&'a self, s: &'a Subscription) -> (&'a str, &'a str) {
        let topic_policy = self
            .topics
            .get(&s.topic)
            .and_then(|t| t.attributes.get("DeliveryPolicy"))
            .map_or("", String::as_str);
        (topic_policy, s.delivery_policy.as_deref().unwrap_or(""))
    }

    /// The retry policy for a subscription: HTTP/S follow their DeliveryPolicy
    /// (the subscription's over the topic's), the others AWS's fixed ones.
    pub fn retry_policy(&self, subscription: u32) -> Option<delivery::RetryPolicy> {
        let s = self.subscriptions.get(&subscription)?;
        Some(match s.protocol.as_str() {
            "http" | "https" => {
                let (topic_policy, sub_policy) = self.delivery_policies(s);
                delivery::effective_http(topic_policy, sub_policy).0
            }
            p => delivery::RetryPolicy::fixed(p),
        })
    }

    /// Holds `d` back if its HTTP/S subscription's throttle policy allows no
    /// more deliveries this second: "the maximum number of deliveries per
    /// second, per subscription" (AWS's delivery policy; up to that many go
    /// in a second, the rest wait for the next seconds, in order). Retries
    /// count as deliveries. Returns true when held (a timer lets it go).
    pub fn hold_if_throttled(&mut self, sim: &mut Sim, d: &Delivery) -> bool {
        if d.confirmation || !matches!(&*d.protocol, "http" | "https") {
            return false;
        }
        if self
            .released
            .remove(&(d.subscription, d.message, d.attempt))
        {
            return false;
        }
        let Some(s) = self.subscriptions.get(&d.subscription) else {
            return false;
        };
        let (topic_policy, sub_policy) = self.delivery_policies(s);
        let Some(limit) = delivery::effective_throttle(topic_policy, sub_policy) else {
            return false;
        };
        let now = sim.now.as_ms();
        let s = self.subscriptions.get_mut(&d.subscription).expect("found");
        let (mut second, mut used) = s.throttle_window;
        if now / 1000 > second {
            (second, used) = (now / 1000, 0);
        }
        if used >= limit {
            (second, used) = (second + 1, 0);
        }
        s.throttle_window = (second, used + 1);
        let due = second * 1000;
        if due <= now {
            return false;
        }
        s.throttled += 1;
        let id = self.next_retry;
        self.next_retry += 1;
        self.held.insert(id, d.clone());
        sim.record(Event::Sns(SnsEvent::DeliveryThrottled {
            subscription: d.subscription,
            message: d.message,
            due_ms: due,
        }));
        sim.schedule_in(
            due - now,
            crate::sim::Timer::Sns(SnsTimer::Throttled { held: id }),
        );
        true
    }

    /// The world reports how a delivery went. A server-side failure is retried
    /// by the subscription's policy (on the virtual clock; an immediate retry goes
    /// straight back to the outbox); a client-side failure, or one that exhausted
    /// the policy, goes to the subscription's dead-letter queue or is discarded.
    pub fn delivery_result(
        &mut self,
        sim: &mut Sim,
        d: &Delivery,
        result: Result<Option<crate::sqs::QueueCopy>, delivery::Failure>,
    ) {
        let Some(s) = self.subscriptions.get_mut(&d.subscription) else {
            return;
        };
        let topic = s.topic;
        if d.confirmation {
            // A confirmation that cannot be delivered is not retried; the
            // subscription stays pending until it expires.
            if let Err(f) = result {
                sim.record(Event::Sns(SnsEvent::DeliveryFailed {
                    subscription: d.subscription,
                    message: d.message,
                    code: f.code,
                }));
            }
            return;
        }
        let f = match result {
            Ok(copy) => {
                self.delivered(sim, d.subscription, d.message, copy);
                return;
            }
            Err(f) => f,
        };
        let http = matches!(s.protocol.as_str(), "http" | "https");
        sim.record(Event::Sns(SnsEvent::DeliveryFailed {
            subscription: d.subscription,
            message: d.message,
            code: f.code.clone(),
        }));
        // "For HTTP or HTTPS endpoints, the metric includes every failed delivery
        // attempt, including retries"; for the others it counts once, when SNS
        // stops trying (CloudWatch metrics for Amazon SNS).
        if http {
            self.count(sim, topic, "NumberOfNotificationsFailed");
        }
        let policy = self
            .retry_policy(d.subscription)
            .unwrap_or(delivery::RetryPolicy::AWS_MANAGED);
        let delay = if f.client_side {
            None
        } else {
            policy.delay_ms(d.attempt)
        };
        if let Some(delay_ms) = delay {
            let mut next = d.clone();
            next.attempt += 1;
            sim.record(Event::Sns(SnsEvent::RetryScheduled {
                subscription: d.subscription,
                message: d.message,
                attempt: next.attempt,
                due_ms: sim.now.as_ms() + delay_ms,
            }));
            if delay_ms == 0 {
                self.outbox.push(Outbound::Full(Box::new(next)));
            } else {
                let id = self.next_retry;
                self.next_retry += 1;
                self.retries.insert(
                    id,
                    Retrying {
                        delivery: next,
                        failure: f,
                    },
                );
                if let Some(s) = self.subscriptions.get_mut(&d.subscription) {
                    s.retrying += 1;
                }
                sim.schedule_in(
                    delay_ms,
                    crate::sim::Timer::Sns(SnsTimer::Retry { retry: id }),
                );
            }
            return;
        }
        if !http {
            self.count(sim, topic, "NumberOfNotificationsFailed");
        }
        self.give_up(sim, d, f);
    }

    /// A notification SNS stops trying to deliver: to the dead-letter queue if the
    /// subscription has one, else discarded.
    fn give_up(&mut self, sim: &mut Sim, d: &Delivery, f: delivery::Failure) {
        let Some(s) = self.subscriptions.get_mut(&d.subscription) else {
            return;
        };
        s.failed += 1;
        if let Some((_, queue_arn)) = s.redrive_policy.clone() {
            // The dead-letter queue gets the message as the endpoint would
            // have: a raw delivery's message attributes as the queue's, an
            // envelope with none, and no error attributes (LocalStack's snapshot
            // of AWS, `test_redrive_policy_sqs_queue_subscription`). Why it
            // failed is in the journal and the page's log.
            let attributes = (*d.sqs_attributes).clone();
            let dlq_fifo = queue_arn.ends_with(".fifo");
            self.redrives.push(Redrive {
                subscription: d.subscription,
                message: d.message,
                queue_arn,
                topic_arn: d.topic_arn.to_string(),
                topic_account: d.topic_account.to_string(),
                body: d.body.to_string(),
                attributes,
                message_group_id: if dlq_fifo {
                    d.published_group.clone()
                } else {
                    None
                },
                message_deduplication_id: if dlq_fifo {
                    d.message_deduplication_id
                        .clone()
                        .or_else(|| Some(d.message_id.to_string()))
                } else {
                    None
                },
            });
        } else {
            self.discarded += 1;
            sim.record(Event::Sns(SnsEvent::Discarded {
                subscription: d.subscription,
                message: d.message,
                attempts: d.attempt,
                client_side: f.client_side,
            }));
        }
    }

    /// The world reports how a dead-letter send went.
    pub fn redrive_result(&mut self, sim: &mut Sim, r: &Redrive, result: Result<(), String>) {
        let Some(s) = self.subscriptions.get_mut(&r.subscription) else {
            return;
        };
        let topic = s.topic;
        match result {
            Ok(()) => {
                s.redriven += 1;
                sim.record(Event::Sns(SnsEvent::RedrivenToDlq {
                    subscription: r.subscription,
                    message: r.message,
                }));
                self.count(sim, topic, "NumberOfNotificationsRedrivenToDlq");
            }
            Err(code) => {
                self.discarded += 1;
                sim.record(Event::Sns(SnsEvent::RedriveFailed {
                    subscription: r.subscription,
                    message: r.message,
                    code,
                }));
                self.count(sim, topic, "NumberOfNotificationsFailedToRedriveToDlq");
            }
        }
    }

    /// Runs an SNS timer: a retry goes back to the outbox (the world carries
    /// it); an expired confirmation deletes its pending subscription.
    pub fn fire(&mut self, sim: &mut Sim, timer: SnsTimer) {
        match timer {
            SnsTimer::Retry { retry } => {
                let Some(r) = self.retries.remove(&retry) else {
                    return;
                };
                let Some(s) = self.subscriptions.get_mut(&r.delivery.subscription) else {
                    return;
                };
                s.retrying -= 1;
                self.outbox.push(Outbound::Full(Box::new(r.delivery)));
            }
            SnsTimer::Throttled { held } => {
                let d = self.held.remove(&held);
                let sub = d
                    .as_ref()
                    .and_then(|d| self.subscriptions.get_mut(&d.subscription));
                if let (Some(d), Some(s)) = (d, sub) {
                    s.throttled -= 1;
                    self.released.insert((d.subscription, d.message, d.attempt));
                    self.outbox.push(Outbound::Full(Box::new(d)));
                }
            }
            SnsTimer::ConfirmationExpires { subscription } => {
                let Some(s) = self.subscriptions.get(&subscription) else {
                    return;
                };
                if !s.pending_confirmation {
                    return;
                }
                let topic = s.topic;
                self.remove_subscription(subscription);
                sim.record(Event::Sns(SnsEvent::ConfirmationExpired { subscription }));
                let _ = topic;
            }
        }
    }

    fn count(&mut self, sim: &mut Sim, topic: u32, metric: &'static str) {
        self.add_metric(sim, topic, metric, 1.0);
    }

    /// `n` samples of 1 at once (the same datapoint as `n` adds of 1).
    fn add_metric_stats(&mut self, sim: &mut Sim, topic: u32, metric: &'static str, n: u64) {
        if let Some(id) = self.series_id(sim, topic, metric) {
            let now = sim.now;
            sim.metrics.add_stats(id, now, n as f64, n, 1.0, 1.0);
        }
    }

    fn add_metric(&mut self, sim: &mut Sim, topic: u32, metric: &'static str, value: f64) {
        if let Some(id) = self.series_id(sim, topic, metric) {
            let now = sim.now;
            sim.metrics.add(id, now, value);
        }
    }

    /// The series of `metric` for `topic`, registered at first use (`None`
    /// once the topic is gone).
    fn series_id(
        &mut self,
        sim: &mut Sim,
        topic: u32,
        metric: &'static str,
    ) -> Option<crate::sim::metrics::SeriesId> {
        // A topic fanning out counts the same metric once per delivery: the
        // last series used answers without a search of the map.
        if let Some((t, m, id)) = self.last_series {
            if t == topic && std::ptr::eq(m, metric) {
                return Some(id);
            }
        }
        let id = match self.series.get(&(topic, metric)) {
            Some(id) => *id,
            None => {
                let t = self.topics.get(&topic)?;
                let id = sim.metrics.series(crate::sim::metrics::MetricKey {
                    account_id: t.account_id.clone(),
                    region: t.region.clone(),
                    namespace: "AWS/SNS".into(),
                    name: metric.into(),
                    dimensions: vec![("TopicName".into(), t.name.clone())],
                });
                self.series.insert((topic, metric), id);
                id
            }
        };
        self.last_series = Some((topic, metric, id));
        Some(id)
    }

    /// The recent-publish ring (see `recent.rs`).
    pub(super) fn recent(&self) -> &super::recent::RecentPublishes {
        &self.recent
    }

    /// Every topic, oldest first (for the page).
    pub fn topics(&self) -> impl Iterator<Item = &Topic> {
        self.topics.values()
    }

    /// One subscription by id (for the page).
    pub fn subscription(&self, id: u32) -> Option<&Subscription> {
        self.subscriptions.get(&id)
    }

    /// Every subscription, oldest first (for the page).
    pub fn subscriptions(&self) -> impl Iterator<Item = &Subscription> {
        self.subscriptions.values()
    }

    /// Messages filtered out for a subscription since it was made (derived:
    /// every publish since was delivered, failed or filtered out for it).
    pub fn filtered_out(&self, subscription: u32) -> u64 {
        let Some(s) = self.subscriptions.get(&subscription) else {
            return 0;
        };
        let published = self.topics.get(&s.topic).map_or(0, |t| t.published);
        if s.pending_confirmation {
            return 0;
        }
        let delivered = self.subscriptions.delivered(subscription);
        published
            .saturating_sub(s.published_before + delivered + s.failed + s.retrying + s.throttled)
    }

    /// A topic's or subscription's name for event text.
    pub fn name_of(&self, id: u32) -> Option<&str> {
        self.names.get(&id).map(String::as_str)
    }

    /// The topic's compiled matcher, built on first use after a change.
    fn matcher(&mut self, tid: u32) -> &filter::CompiledMatcher {
        let subs = &self.subscriptions;
        let topics = &self.topics;
        self.matchers.entry(tid).or_insert_with(|| {
            let ids = topics
                .get(&tid)
                .map(|t| t.subscriptions.clone())
                .unwrap_or_default();
            // Pending subscriptions receive nothing until they are confirmed.
            filter::CompiledMatcher::from_policies(ids.into_iter().filter_map(|id| {
                let s = subs.get(&id).filter(|s| !s.pending_confirmation)?;
                let policy = s
                    .filter_policy
                    .as_deref()
                    .and_then(|p| filter::parse_policy(p, s.filter_policy_scope).ok());
                Some((id, policy))
            }))
        })
    }

    /// Why a message would or would not reach a subscription (the page's tester).
    pub fn explain(
        &self,
        subscription: u32,
        body: &str,
        attributes: &[(String, String, String)],
    ) -> Option<filter::Decision> {
        let s = self.subscriptions.get(&subscription)?;
        let p = s.filter_policy.as_deref()?;
        let policy = filter::parse_policy(p, s.filter_policy_scope).ok()?;
        let view = attributes
            .iter()
            .fold(MessageView::new(body), |v, (n, t, val)| {
                v.with_attribute(n, t, val)
            });
        Some(filter::matches(&policy, &view))
    }

    pub(super) fn topic_by_arn(&self, arn: &str) -> AwsResult<u32> {
        let found = if self.index.built {
            self.index.topics.get(arn).copied()
        } else {
            self.topics.values().find(|t| t.arn == arn).map(|t| t.id)
        };
        found.ok_or_else(|| not_found("Topic does not exist"))
    }

    fn default_policy(arn: &str, account: &str) -> String {
        json!({
            "Version": "2008-10-17",
            "Id": "__default_policy_ID",
            "Statement": [{
                "Sid": "__default_statement_ID",
                "Effect": "Allow",
                "Principal": {"AWS": "*"},
                "Action": ["SNS:GetTopicAttributes", "SNS:SetTopicAttributes", "SNS:AddPermission",
                    "SNS:RemovePermission", "SNS:DeleteTopic", "SNS:Subscribe", "SNS:ListSubscriptionsByTopic",
                    "SNS:Publish"],
                "Resource": arn,
                "Condition": {"StringEquals": {"AWS:SourceOwner": account}}
            }]
        })
        .to_string()
    }

    fn create_topic(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let name = required(input, "Name")?;
        let mut attrs = string_map(input, "Attributes")?;
        let fifo_attr = attrs
            .get("FifoTopic")
            .map(|v| v.eq_ignore_ascii_case("true"));
        let fifo = name.ends_with(".fifo");
        let base = name.strip_suffix(".fifo").unwrap_or(name);
        let valid = !base.is_empty()
            && name.len() <= limits::TOPIC_NAME_MAX
            && base
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !valid || fifo != fifo_attr.unwrap_or(false) && (fifo || fifo_attr == Some(true)) {
            if fifo_attr == Some(true) && !fifo {
                return Err(invalid("Invalid parameter: Fifo Topic names must end with .fifo and must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long."));
            }
            if fifo && fifo_attr != Some(true) {
                return Err(invalid("Invalid parameter: Topic Name"));
            }
            return Err(invalid("Invalid parameter: Topic Name"));
        }
        for k in attrs.keys() {
            if k != "FifoTopic" && !is_topic_attribute(k) {
                return Err(invalid(format!(
                    "Invalid parameter: Attributes Reason: Unknown attribute {k}"
                )));
            }
        }
        if input
            .get("DataProtectionPolicy")
            .is_some_and(|v| !v.is_null())
        {
            return Err(AwsError::not_emulated(
                "SNS message data protection (DataProtectionPolicy)",
            ));
        }
        if let Some(p) = attrs.get("Policy") {
            permissions::validate(p)?;
        }
        if let Some(p) = attrs.get_mut("DeliveryPolicy") {
            delivery::parse_topic_policy(p)?;
            *p = delivery::topic_policy_text(p);
        }
        if attrs.contains_key("ContentBasedDeduplication") && !fifo {
            return Err(invalid("Invalid parameter: Attributes Reason: ContentBasedDeduplication can only be set for FIFO topics"));
        }
        for (k, v) in &attrs {
            check_topic_attribute(k, v, fifo)?;
        }
        let arn = format!(
            "arn:aws:sns:{}:{}:{}",
            caller.region, caller.account_id, name
        );
        let tags = parse_tags(input)?;
        check_tag_count(tags.len())?;
        if let Some(t) = self.topics.values().find(|t| t.arn == arn) {
            // CreateTopic is idempotent for the same name and attributes.
            let differs = attrs
                .iter()
                .any(|(k, v)| k != "FifoTopic" && t.attributes.get(k) != Some(v));
            if tags.iter().any(|pair| !t.tags.contains(pair)) {
                return Err(invalid(
                    "Invalid parameter: Tags Reason: Topic already exists with different tags",
                ));
            }
            if differs {
                return Err(invalid("Invalid parameter: Attributes Reason: Topic already exists with different attributes"));
            }
            return Ok(json!({"TopicArn": t.arn}));
        }
        // The quotas count the caller's topics of the same kind in this Region.
        let (max, kind) = if fifo {
            (limits::FIFO_TOPICS_MAX, "FIFO ")
        } else {
            (limits::TOPICS_MAX, "")
        };
        let owned = self
            .topics
            .values()
            .filter(|t| {
                t.fifo == fifo && t.account_id == caller.account_id && t.region == caller.region
            })
            .count();
        if owned >= max {
            // The code and status are the API model's; the wording is ours.
            return Err(AwsError::client(
                "TopicLimitExceeded",
                format!("Topic limit exceeded: an account may own {max} {kind}topics in a Region"),
            )
            .with_status(403));
        }
        attrs.remove("FifoTopic");
        attrs
            .entry("Policy".into())
            .or_insert_with(|| Self::default_policy(&arn, &caller.account_id));
        attrs.entry("DisplayName".into()).or_default();
        if fifo {
            attrs
                .entry("ContentBasedDeduplication".into())
                .or_insert_with(|| "false".into());
        }
        let id = self.next_topic;
        self.next_topic += 1;
        self.names.insert(id, name.to_string());
        if self.index.built {
            self.index.topics.insert(arn.clone(), id);
        }
        self.topics.insert(
            id,
            Topic {
                id,
                name: name.into(),
                arn: arn.clone(),
                account_id: caller.account_id.clone(),
                region: caller.region.clone(),
                fifo,
                attributes: attrs,
                tags,
                subscriptions: Vec::new(),
                dedup: BTreeMap::new(),
                next_sequence: 10_000_000_000_000_000_000,
                deleted_subscriptions: 0,
                published: 0,
            },
        );
        sim.record(Event::Sns(SnsEvent::TopicCreated { topic: id }));
        Ok(json!({"TopicArn": arn}))
    }

    fn delete_topic(&mut self, sim: &mut Sim, input: &Value) -> CallResult {
        let arn = required(input, "TopicArn")?;
        // Deleting a topic that does not exist succeeds, as AWS's does.
        let Ok(id) = self.topic_by_arn(arn) else {
            return Ok(json!({}));
        };
        self.targets.clear();
        self.matchers.remove(&id);
        if let Some(t) = self.topics.remove(&id) {
            self.index.topics.remove(&t.arn);
            for s in t.subscriptions {
                if let Some(s) = self.subscriptions.get(&s) {
                    self.index.remove_subscription(s);
                }
                self.subscriptions.remove(&s);
                self.inboxes.remove(&s);
            }
        }
        sim.record(Event::Sns(SnsEvent::TopicDeleted { topic: id }));
        Ok(json!({}))
    }

    /// One page of a listing. NextToken is opaque, as AWS's is: the offset and
    /// the listing it belongs to, with a check so that an edited or foreign token
    /// is refused ("Invalid parameter: NextToken") rather than misread.
    ///
    /// The page is answered as `{list_key: [...]}`, with `token_key` (SNS
    /// spells it `NextToken`, and `nextToken` for the SMS listings) naming the
    /// next page's token when more follow.
    pub(super) fn listing(
        items: Vec<Value>,
        input: &Value,
        kind: &str,
        list_key: &str,
        token_key: &str,
        size: usize,
    ) -> CallResult {
        let seal = |start: usize| {
            let check = crate::util::sha256_hex(format!("{kind}:{start}").as_bytes());
            crate::util::b64_encode(format!("{start}:{}", &check[..16]).as_bytes())
        };
        let start = match input_str(input, token_key) {
            None => 0,
            Some(tok) => crate::util::b64_decode(tok)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .and_then(|t| t.split_once(':').and_then(|(n, _)| n.parse::<usize>().ok()))
                .filter(|n| *n <= items.len() && seal(*n) == tok)
                .ok_or_else(|| invalid(format!("Invalid parameter: {token_key}")))?,
        };
        let end = (start + size).min(items.len());
        let mut out = json!({ list_key: items[start..end] });
        if end < items.len() {
            out[token_key] = json!(seal(end));
        }
        Ok(out)
    }

    fn list_topics(&self, caller: &Caller, input: &Value) -> CallResult {
        let arns: Vec<String> = self
            .topics
            .values()
            .filter(|t| t.account_id == caller.account_id && t.region == caller.region)
            .map(|t| t.arn.clone())
            .collect();
        let topics = arns.into_iter().map(|a| json!({"TopicArn": a})).collect();
        Self::listing(
            topics,
            input,
            "ListTopics",
            "Topics",
            "NextToken",
            limits::PAGE_SIZE,
        )
    }

    fn get_topic_attributes(&self, input: &Value) -> CallResult {
        let t = &self.topics[&self.topic_by_arn(required(input, "TopicArn")?)?];
        let mut a: Map<String, Value> = t
            .attributes
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        let subs: Vec<&Subscription> = t
            .subscriptions
            .iter()
            .filter_map(|s| self.subscriptions.get(s))
            .collect();
        a.insert("TopicArn".into(), json!(t.arn));
        a.insert("Owner".into(), json!(t.account_id));
        let pending = subs.iter().filter(|s| s.pending_confirmation).count();
        a.insert(
            "SubscriptionsConfirmed".into(),
            json!((subs.len() - pending).to_string()),
        );
        a.insert("SubscriptionsPending".into(), json!(pending.to_string()));
        a.insert(
            "SubscriptionsDeleted".into(),
            json!(t.deleted_subscriptions.to_string()),
        );
        // What was set, merged into the defaults (HTTP/S is the only protocol
        // whose policy can be changed).
        a.insert(
            "EffectiveDeliveryPolicy".into(),
            json!(delivery::effective_topic_json(
                t.attributes
                    .get("DeliveryPolicy")
                    .map(String::as_str)
                    .unwrap_or("")
            )),
        );
        if t.fifo {
            a.insert("FifoTopic".into(), json!("true"));
        }
        Ok(json!({"Attributes": a}))
    }

    fn set_topic_attributes(&mut self, input: &Value) -> CallResult {
        let id = self.topic_by_arn(required(input, "TopicArn")?)?;
        let name = required(input, "AttributeName")?;
        let value = input_str(input, "AttributeValue").unwrap_or("").to_string();
        let t = self.topics.get_mut(&id).expect("looked up");
        match name {
            n if n != "ContentBasedDeduplication" && is_topic_attribute(n) => {
                check_topic_attribute(name, &value, t.fifo)?;
                if name == "Policy" {
                    permissions::validate(&value)?;
                }
                if name == "DeliveryPolicy" {
                    delivery::parse_topic_policy(&value)?;
                    // Set to nothing, the attribute is gone (AWS lists it no
                    // more); nulls inside are dropped, as AWS shows it.
                    if value.trim().is_empty() {
                        t.attributes.remove(name);
                    } else {
                        t.attributes
                            .insert(name.into(), delivery::topic_policy_text(&value));
                    }
                    return Ok(json!({}));
                }
                t.attributes.insert(name.into(), value);
            }
            "ContentBasedDeduplication" if t.fifo => {
                check_topic_attribute(name, &value, true)?;
                t.attributes.insert(name.into(), value);
            }
            "ContentBasedDeduplication" => {
                return Err(invalid("Invalid parameter: Attributes Reason: ContentBasedDeduplication can only be set for FIFO topics"))
            }
            // Unknown names, and FifoTopic after creation.
            _ => return Err(invalid("Invalid parameter: AttributeName")),
        }
        Ok(json!({}))
    }

    fn subscribe(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let topic_arn = required(input, "TopicArn")?;
        let protocol = required(input, "Protocol")?.to_ascii_lowercase();
        let endpoint = input_str(input, "Endpoint").unwrap_or("").to_string();
        let tid = self.topic_by_arn(topic_arn)?;
        let attrs = string_map(input, "Attributes")?;
        let return_arn = input
            .get("ReturnSubscriptionArn")
            .is_some_and(|v| v.as_bool() == Some(true) || v.as_str() == Some("true"));
        match protocol.as_str() {
            "sqs" | "http" | "https" | "email" | "email-json" | "sms" | "application"
            | "lambda" | "firehose" => {}
            other => {
                return Err(invalid(format!(
                    "Invalid parameter: Amazon SNS does not support this protocol string: {other}"
                )))
            }
        }
        let topic = &self.topics[&tid];
        // Who must confirm. HTTP/S and email always confirm. For sqs and lambda:
        // "If the endpoint and the topic are not in the same Amazon Web Services
        // account, the endpoint owner must run the ConfirmSubscription action"
        // (Subscribe, API reference); the Developer Guide's "Sending Amazon SNS
        // messages to an Amazon SQS queue in a different account" adds that when
        // the queue owner subscribes its own queue no confirmation is needed (the
        // topic's policy must let it subscribe), while a subscription made by the
        // topic owner sends the SubscriptionConfirmation to the queue.
        let mut confirm = delivery::needs_confirmation(&protocol);
        if protocol == "sqs" {
            let Some(("sqs", _, queue_account, queue_name)) = arn_parts(&endpoint) else {
                return Err(invalid("Invalid parameter: SQS endpoint ARN"));
            };
            // A FIFO topic may deliver to standard queues too (without ordering); a
            // standard topic may not deliver to a FIFO queue.
            if !topic.fifo && queue_name.ends_with(".fifo") {
                return Err(invalid(
                    "Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics",
                ));
            }
            confirm = queue_account != caller.account_id;
        } else {
            delivery::validate_endpoint(&protocol, &endpoint)?;
            if protocol == "application" {
                self.check_application_endpoint(&endpoint)?;
            }
            if topic.fifo {
                // FIFO topics deliver to SQS queues only (FIFO topics, Developer Guide).
                return Err(invalid(format!(
                    "Invalid parameter: Invalid protocol type: {protocol}"
                )));
            }
            if protocol == "lambda" {
                confirm = arn_parts(&endpoint).is_some_and(|(_, _, a, _)| a != caller.account_id);
            }
            if protocol == "firehose" && !attrs.contains_key("SubscriptionRoleArn") {
                return Err(invalid(
                    "Invalid parameter: Attributes Reason: SubscriptionRoleArn is required for firehose protocol",
                ));
            }
        }
        let mut sub = Subscription {
            id: self.next_subscription,
            arn: String::new(),
            topic: tid,
            topic_arn: topic.arn.clone(),
            owner: caller.account_id.clone(),
            protocol,
            endpoint,
            raw_message_delivery: false,
            filter_policy: None,
            filter_policy_scope: FilterPolicyScope::MessageAttributes,
            saved_delivered: 0,
            published_before: topic.published,
            failed: 0,
            pending_confirmation: confirm,
            token: None,
            // A subscription that confirms itself (sqs, lambda, ...) counts as
            // authenticated; one waiting for its endpoint's confirmation has
            // had none yet ("false" until ConfirmSubscription, as AWS shows
            // an unconfirmed email subscription).
            confirmation_was_authenticated: !confirm,
            delivery_policy: None,
            redrive_policy: None,
            subscription_role_arn: None,
            retrying: 0,
            throttle_window: (0, 0),
            throttled: 0,
            redriven: 0,
        };
        // The scope first: Subscribe takes the attributes together, so a nested
        // MessageBody policy given with FilterPolicyScope=MessageBody is valid
        // whatever order the request lists them in.
        let scope_first = attrs
            .iter()
            .filter(|(k, _)| *k == "FilterPolicyScope")
            .chain(attrs.iter().filter(|(k, _)| *k != "FilterPolicyScope"));
        for (k, v) in scope_first {
            self.apply_subscription_attribute(&mut sub, k, v, true)?;
        }
        // Subscribing the same endpoint again returns the existing subscription,
        // unless the attributes given differ from it.
        let topic = &self.topics[&tid];
        let existing = if self.index.built {
            self.index
                .endpoints
                .get(&(tid, sub.protocol.clone(), sub.endpoint.clone()))
                .and_then(|id| self.subscriptions.get(id))
        } else {
            topic
                .subscriptions
                .iter()
                .filter_map(|s| self.subscriptions.get(s))
                .find(|s| s.protocol == sub.protocol && s.endpoint == sub.endpoint)
        };
        if let Some(s) = existing {
            // Only the attributes given are compared: one left out is not a
            // difference (LocalStack's snapshot of AWS, `subscribe-missing-attributes`).
            let given = |k: &str| attrs.contains_key(k);
            let same = (!given("RawMessageDelivery")
                || s.raw_message_delivery == sub.raw_message_delivery)
                && (!given("FilterPolicy") || s.filter_policy == sub.filter_policy)
                && (!given("FilterPolicyScope")
                    || s.filter_policy_scope == sub.filter_policy_scope)
                && (!given("DeliveryPolicy") || s.delivery_policy == sub.delivery_policy)
                && (!given("RedrivePolicy") || s.redrive_policy == sub.redrive_policy);
            if !same {
                return Err(invalid(
                    "Invalid parameter: Attributes Reason: Subscription already exists with different attributes",
                ));
            }
            let arn = if s.pending_confirmation && !return_arn {
                "pending confirmation".to_string()
            } else {
                s.arn.clone()
            };
            return Ok(json!({"SubscriptionArn": arn}));
        }
        let max = if topic.fifo {
            limits::FIFO_SUBSCRIPTIONS_MAX
        } else {
            limits::SUBSCRIPTIONS_MAX
        };
        if topic.subscriptions.len() >= max {
            // The code and status are the API model's; the wording is ours.
            return Err(AwsError::client(
                "SubscriptionLimitExceeded",
                format!("Subscription limit exceeded: a topic of this kind takes at most {max} subscriptions"),
            )
            .with_status(403));
        }
        sub.arn = format!("{}:{}", topic.arn, sim.rng.uuid());
        self.next_subscription += 1;
        let (id, arn) = (sub.id, sub.arn.clone());
        self.names.insert(
            1_000_000 + id,
            format!(
                "{} -> {}",
                self.topics[&tid].name,
                sub.endpoint.rsplit([':', '/']).next().unwrap_or("")
            ),
        );
        if self.index.built {
            self.index.add_subscription(&sub);
        }
        self.subscriptions.insert(id, sub);
        self.topics
            .get_mut(&tid)
            .expect("looked up")
            .subscriptions
            .push(id);
        self.targets.clear();
        self.matchers.remove(&tid);
        sim.record(Event::Sns(SnsEvent::Subscribed {
            topic: tid,
            subscription: id,
        }));
        if confirm {
            self.send_confirmation(sim, id);
            sim.schedule_in(
                limits::PENDING_EXPIRY_MS,
                crate::sim::Timer::Sns(SnsTimer::ConfirmationExpires { subscription: id }),
            );
            // "pending confirmation" unless ReturnSubscriptionArn is true.
            if !return_arn {
                return Ok(json!({"SubscriptionArn": "pending confirmation"}));
            }
        }
        Ok(json!({"SubscriptionArn": arn}))
    }

    /// Sends a SubscriptionConfirmation to a pending subscription's endpoint
    /// with a fresh token.
    fn send_confirmation(&mut self, sim: &mut Sim, id: u32) {
        let token: String = (0..4)
            .map(|_| crate::util::hex(&sim.rng.bytes16()))
            .collect();
        let message_id = sim.rng.uuid();
        let now = sim.now.as_ms();
        let timestamp = crate::sim::time::format_unix_ms(sim.unix_ms());
        let s = self.subscriptions.get_mut(&id).expect("just made");
        s.token = Some((token.clone(), now));
        let s = &self.subscriptions[&id];
        let topic = &self.topics[&s.topic];
        let subscribe_url = format!(
            "https://sns.{}.amazonaws.com/?Action=ConfirmSubscription&TopicArn={}&Token={}",
            topic.region, topic.arn, token
        );
        let text = format!(
            "You have chosen to subscribe to the topic {}.\nTo confirm the subscription, visit the SubscribeURL included in this message.",
            topic.arn
        );
        // The confirmation's JSON form (HTTP/S, email-json, sqs, lambda): AWS's
        // "HTTP/HTTPS subscription confirmation JSON format".
        let mut fields: Vec<(&str, Value)> = vec![
            ("Type", json!("SubscriptionConfirmation")),
            ("MessageId", json!(message_id)),
            ("Token", json!(token)),
            ("TopicArn", json!(topic.arn)),
            ("Message", json!(text)),
            ("SubscribeURL", json!(subscribe_url)),
            ("Timestamp", json!(timestamp)),
        ];
        fields.extend(signature_fields(topic, &message_id, &s.arn));
        let (body, subject) = match s.protocol.as_str() {
            "email" => (
                format!(
                    "You have chosen to subscribe to the topic: \n{}\n\nTo confirm this subscription, click or visit the link below (If this was in error no action is necessary): \nConfirm subscription {}",
                    topic.arn, subscribe_url
                ),
                Some("AWS Notification - Subscription Confirmation".to_string()),
            ),
            _ => (envelope_text(&fields), None),
        };
        let headers = if matches!(s.protocol.as_str(), "http" | "https") {
            delivery::http_headers(
                "SubscriptionConfirmation",
                &message_id,
                &topic.arn,
                None,
                delivery::DEFAULT_CONTENT_TYPE,
                false,
            )
        } else {
            Vec::new()
        };
        self.outbox.push(Outbound::Full(Box::new(Delivery {
            subscription: id,
            message: u64::MAX,
            protocol: s.protocol.as_str().into(),
            endpoint: s.endpoint.as_str().into(),
            topic_arn: topic.arn.as_str().into(),
            topic_account: topic.account_id.as_str().into(),
            body: body.into(),
            sqs_attributes: Arc::default(),
            message_group_id: topic.fifo.then(|| "SubscriptionConfirmation".to_string()),
            message_deduplication_id: topic.fifo.then(|| message_id.clone()),
            published_group: None,
            message_id: message_id.into(),
            attempt: 1,
            confirmation: true,
            subject,
            headers,
            trace_header: None,
        })));
        sim.record(Event::Sns(SnsEvent::ConfirmationSent { subscription: id }));
    }

    /// ConfirmSubscription: the token must be one SNS sent for this topic and
    /// still valid (two days).
    fn confirm_subscription(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let topic_arn = required(input, "TopicArn")?;
        let token = required(input, "Token")?;
        // An unknown topic is a bad token too, and an unknown token is "Invalid
        // token" (LocalStack's snapshot of AWS,
        // `test_sns_confirm_subscription_wrong_token`).
        let Ok(tid) = self.topic_by_arn(topic_arn) else {
            return Err(invalid(if caller.anonymous {
                "Invalid parameter: Topic"
            } else {
                "Invalid parameter: Token"
            }));
        };
        let authenticate = input
            .get("AuthenticateOnUnsubscribe")
            .and_then(|v| {
                v.as_str()
                    .map(|s| s.eq_ignore_ascii_case("true"))
                    .or(v.as_bool())
            })
            .unwrap_or(false);
        let now = sim.now.as_ms();
        let found = self.topics[&tid].subscriptions.iter().copied().find(|id| {
            self.subscriptions[id]
                .token
                .as_ref()
                .is_some_and(|(t, _)| t == token)
        });
        // An expired token's wording below is ours. A token of SNS's form
        // (a long hex string) that names nothing is a bad parameter; anything
        // else is "Invalid token" (LocalStack's AWS-validated
        // test_sns_confirm_subscription_wrong_token: token-not-exists and
        // randomtoken).
        let Some(id) = found else {
            // Through a SubscribeURL (unsigned), any token that names
            // nothing is a bad parameter (broken-token-confirm).
            let shaped = caller.anonymous
                || token.len() >= 64 && token.bytes().all(|b| b.is_ascii_hexdigit());
            return Err(invalid(if shaped {
                "Invalid parameter: Token"
            } else {
                "Invalid token"
            }));
        };
        let (_, sent) = self.subscriptions[&id]
            .token
            .clone()
            .expect("found by token");
        if now > sent + limits::TOKEN_VALID_MS {
            return Err(invalid(
                "Invalid parameter: Token Reason: the token has expired",
            ));
        }
        self.confirm_id(sim, id, authenticate);
        Ok(json!({"SubscriptionArn": self.subscriptions[&id].arn}))
    }

    /// What visiting the SubscribeURL does (for the page): confirms a pending
    /// subscription, unauthenticated. Returns its ARN, or `None` if there is no
    /// such pending subscription.
    pub fn confirm(&mut self, sim: &mut Sim, subscription: u32) -> Option<String> {
        let s = self.subscriptions.get(&subscription)?;
        if !s.pending_confirmation {
            return None;
        }
        self.confirm_id(sim, subscription, false);
        Some(self.subscriptions[&subscription].arn.clone())
    }

    fn confirm_id(&mut self, sim: &mut Sim, id: u32, authenticate: bool) {
        let s = self.subscriptions.get_mut(&id).expect("exists");
        if !s.pending_confirmation {
            // Confirming again with a valid token answers with the same ARN.
            return;
        }
        s.pending_confirmation = false;
        s.confirmation_was_authenticated = authenticate;
        let topic = s.topic;
        // It receives what is published from now on.
        s.published_before = self.topics[&topic].published;
        self.targets.clear();
        self.matchers.remove(&topic);
        sim.record(Event::Sns(SnsEvent::Confirmed { subscription: id }));
    }

    fn apply_subscription_attribute(
        &self,
        sub: &mut Subscription,
        name: &str,
        value: &str,
        subscribe: bool,
    ) -> AwsResult<()> {
        match name {
            "RawMessageDelivery" => {
                // Only SQS, HTTP/S and Firehose endpoints take it; for any
                // other protocol SNS refuses the attribute whatever its value,
                // "false" too (the text as AWS returns it, quoted in
                // aws-controllers-k8s/community#2192; "false" refused:
                // cloudformation-coverage-roadmap#399).
                if !matches!(sub.protocol.as_str(), "sqs" | "http" | "https" | "firehose") {
                    return Err(invalid(format!(
                        "Invalid parameter: Delivery protocol [{}] does not support raw message delivery.",
                        sub.protocol
                    )));
                }
                sub.raw_message_delivery = match value.to_ascii_lowercase().as_str() {
                    "true" => true,
                    "false" => false,
                    _ => {
                        // Subscribe reports it under "Attributes Reason:";
                        // SetSubscriptionAttributes names the attribute alone.
                        let prefix = if subscribe {
                            "Invalid parameter: Attributes Reason: "
                        } else {
                            "Invalid parameter: "
                        };
                        return Err(invalid(format!(
                            "{prefix}RawMessageDelivery: Invalid value [{value}]. Must be true or false."
                        )));
                    }
                };
            }
            "FilterPolicyScope" => {
                let scope =
                    FilterPolicyScope::parse(value).map_err(|e| e.to_aws_error(subscribe))?;
                if let Some(p) = &sub.filter_policy {
                    filter::parse_policy(p, scope).map_err(|e| e.to_aws_error(subscribe))?;
                }
                sub.filter_policy_scope = scope;
            }
            "FilterPolicy" => {
                if value.trim().is_empty() {
                    sub.filter_policy = None;
                } else {
                    filter::parse_policy(value, sub.filter_policy_scope)
                        .map_err(|e| e.to_aws_error(subscribe))?;
                    sub.filter_policy = Some(value.to_string());
                }
            }
            "RedrivePolicy" => {
                if value.trim().is_empty() {
                    sub.redrive_policy = None;
                } else {
                    let arn = self.check_redrive_policy(sub, value)?;
                    sub.redrive_policy = Some((value.to_string(), arn));
                }
            }
            "DeliveryPolicy" => {
                // "Only HTTP/S supports custom policies."
                if !matches!(sub.protocol.as_str(), "http" | "https") {
                    return Err(invalid(format!(
                        "Invalid parameter: DeliveryPolicy: Delivery protocol [{}] does not support delivery policies",
                        sub.protocol
                    )));
                }
                delivery::parse_subscription_policy(value)?;
                sub.delivery_policy = (!value.trim().is_empty()).then(|| value.to_string());
            }
            "SubscriptionRoleArn" => {
                if sub.protocol != "firehose" {
                    return Err(invalid(
                        "Invalid parameter: SubscriptionRoleArn: only Firehose subscriptions take a role",
                    ));
                }
                if !arn_parts(value)
                    .is_some_and(|(svc, _, _, r)| svc == "iam" && r.starts_with("role/"))
                {
                    return Err(invalid("Invalid parameter: SubscriptionRoleArn"));
                }
                sub.subscription_role_arn = Some(value.to_string());
            }
            "ReplayPolicy" => {
                return Err(AwsError::not_emulated(
                    "message archiving and replay (ReplayPolicy)",
                ))
            }
            other if subscribe => {
                return Err(invalid(format!(
                    "Invalid parameter: Attributes Reason: Unknown attribute {other}"
                )))
            }
            _ => return Err(invalid("Invalid parameter: AttributeName")),
        }
        Ok(())
    }

    /// Checks a RedrivePolicy and returns its dead-letter queue's ARN: an SQS
    /// queue of the subscription's account and Region ("The Amazon SNS
    /// subscription and Amazon SQS queue must be under the same AWS account and
    /// Region"), FIFO for a FIFO topic and standard for a standard one. AWS
    /// answers InvalidParameter; the reasons' wording is ours.
    fn check_redrive_policy(&self, sub: &Subscription, value: &str) -> AwsResult<String> {
        let bad = |why: &str| invalid(format!("Invalid parameter: RedrivePolicy: {why}"));
        let doc: Value = serde_json::from_str(value).map_err(|_| {
            bad(&super::jackson::describe(value)
                .unwrap_or_else(|| "the policy is not valid JSON".into()))
        })?;
        let obj = doc
            .as_object()
            .ok_or_else(|| bad("the policy must be a JSON object"))?;
        if let Some(k) = obj.keys().find(|k| *k != "deadLetterTargetArn") {
            return Err(bad(&format!("unknown member {k}")));
        }
        let arn = obj
            .get("deadLetterTargetArn")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("deadLetterTargetArn is required"))?;
        let Some(("sqs", region, account, name)) = arn_parts(arn) else {
            return Err(bad("deadLetterTargetArn is an invalid arn"));
        };
        let topic = &self.topics[&sub.topic];
        if account != sub.owner || region != topic.region {
            return Err(bad(
                "the dead-letter queue must be in the subscription's account and Region",
            ));
        }
        // A FIFO queue subscribed to a FIFO topic needs a FIFO dead-letter
        // queue (AWS's words); a standard queue subscribed to one may have a
        // standard one (LocalStack's AWS-validated test_validations_for_fifo).
        let fifo_subscription =
            topic.fifo && sub.protocol == "sqs" && sub.endpoint.ends_with(".fifo");
        if fifo_subscription && !name.ends_with(".fifo") {
            return Err(bad(
                "must use a FIFO queue as DLQ for a FIFO Subscription to a FIFO Topic.",
            ));
        }
        if !topic.fifo && name.ends_with(".fifo") {
            return Err(bad(
                "a standard topic's subscription needs a standard dead-letter queue",
            ));
        }
        Ok(arn.to_string())
    }

    /// Removes a subscription (Unsubscribe, or an expired confirmation).
    fn remove_subscription(&mut self, id: u32) -> Option<Subscription> {
        let s = self.subscriptions.remove(&id)?;
        self.index.remove_subscription(&s);
        self.targets.clear();
        self.matchers.remove(&s.topic);
        self.inboxes.remove(&id);
        if let Some(t) = self.topics.get_mut(&s.topic) {
            t.subscriptions.retain(|x| *x != id);
            t.deleted_subscriptions += 1;
        }
        Some(s)
    }

    fn unsubscribe(&mut self, sim: &mut Sim, input: &Value) -> CallResult {
        let arn = required(input, "SubscriptionArn")?;
        let Some(id) = self
            .subscriptions
            .values()
            .find(|s| s.arn == arn)
            .map(|s| s.id)
        else {
            // Unsubscribing what is not (or no longer) subscribed succeeds, as on AWS.
            return Ok(json!({}));
        };
        let s = self.remove_subscription(id).expect("found");
        sim.record(Event::Sns(SnsEvent::Unsubscribed {
            topic: s.topic,
            subscription: id,
        }));
        Ok(json!({}))
    }

    fn list_subscriptions(&self, caller: &Caller, topic: Option<u32>, input: &Value) -> CallResult {
        let subs: Vec<Value> = self
            .subscriptions
            .values()
            .filter(|s| match topic {
                Some(t) => s.topic == t,
                // SNS is regional: a Region lists its own topics' subscriptions.
                None => {
                    s.owner == caller.account_id
                        && arn_parts(&s.topic_arn).is_some_and(|(_, r, _, _)| r == caller.region)
                }
            })
            .map(|s| {
                // A pending subscription is listed without its ARN.
                let arn = if s.pending_confirmation {
                    "PendingConfirmation"
                } else {
                    s.arn.as_str()
                };
                json!({"SubscriptionArn": arn, "Owner": s.owner, "Protocol": s.protocol,
                       "Endpoint": s.endpoint, "TopicArn": s.topic_arn})
            })
            .collect();
        let kind = match topic {
            Some(t) => format!("ListSubscriptionsByTopic:{t}"),
            None => "ListSubscriptions".to_string(),
        };
        Self::listing(
            subs,
            input,
            &kind,
            "Subscriptions",
            "NextToken",
            limits::PAGE_SIZE,
        )
    }

    fn subscription_by_arn(&self, arn: &str) -> AwsResult<u32> {
        let found = if self.index.built {
            self.index.subscriptions.get(arn).copied()
        } else {
            self.subscriptions
                .values()
                .find(|s| s.arn == arn)
                .map(|s| s.id)
        };
        found.ok_or_else(|| not_found("Subscription does not exist"))
    }

    fn get_subscription_attributes(&self, input: &Value) -> CallResult {
        let s =
            &self.subscriptions[&self.subscription_by_arn(required(input, "SubscriptionArn")?)?];
        let mut a = json!({
            "Owner": s.owner, "RawMessageDelivery": s.raw_message_delivery.to_string(),
            "TopicArn": s.topic_arn, "Endpoint": s.endpoint, "Protocol": s.protocol,
            "PendingConfirmation": s.pending_confirmation.to_string(),
            "ConfirmationWasAuthenticated": s.confirmation_was_authenticated.to_string(),
            "SubscriptionArn": s.arn, "SubscriptionPrincipal": format!("arn:aws:iam::{}:root", s.owner),
        });
        if let Some(p) = &s.filter_policy {
            a["FilterPolicy"] = json!(p);
            a["FilterPolicyScope"] = json!(s.filter_policy_scope.as_str());
        }
        if let Some((p, _)) = &s.redrive_policy {
            a["RedrivePolicy"] = json!(p);
        }
        if let Some(r) = &s.subscription_role_arn {
            a["SubscriptionRoleArn"] = json!(r);
        }
        if matches!(s.protocol.as_str(), "http" | "https") {
            let topic_policy = self.topics[&s.topic]
                .attributes
                .get("DeliveryPolicy")
                .map(String::as_str)
                .unwrap_or("");
            if let Some(p) = s
                .delivery_policy
                .as_deref()
                .filter(|p| !p.trim().is_empty())
            {
                a["DeliveryPolicy"] = json!(delivery::subscription_policy_json(p));
            }
            a["EffectiveDeliveryPolicy"] = json!(delivery::effective_subscription_json(
                topic_policy,
                s.delivery_policy.as_deref().unwrap_or("")
            ));
        }
        Ok(json!({"Attributes": a}))
    }

    fn set_subscription_attributes(&mut self, input: &Value) -> CallResult {
        let id = self.subscription_by_arn(required(input, "SubscriptionArn")?)?;
        let name = required(input, "AttributeName")?.to_string();
        let value = input_str(input, "AttributeValue").unwrap_or("").to_string();
        let mut s = self.subscriptions[&id].clone();
        self.apply_subscription_attribute(&mut s, &name, &value, false)?;
        let topic = s.topic;
        self.subscriptions.insert(id, s);
        self.targets.clear();
        self.matchers.remove(&topic);
        Ok(json!({}))
    }

    fn tag_target(&mut self, input: &Value) -> AwsResult<&mut Topic> {
        let arn = required(input, "ResourceArn")?;
        let id = self.topic_by_arn(arn).map_err(|_| {
            AwsError::client("ResourceNotFound", "Resource does not exist").with_status(404)
        })?;
        Ok(self.topics.get_mut(&id).expect("found"))
    }

    fn tag_resource(&mut self, input: &Value) -> CallResult {
        let new = parse_tags(input)?;
        let t = self.tag_target(input)?;
        // Work out the merged set first: a refused request changes nothing.
        let mut merged = t.tags.clone();
        for (k, v) in new {
            match merged.iter_mut().find(|(tk, _)| *tk == k) {
                Some(slot) => slot.1 = v,
                None => merged.push((k, v)),
            }
        }
        check_tag_count(merged.len())?;
        t.tags = merged;
        Ok(json!({}))
    }

    fn untag_resource(&mut self, input: &Value) -> CallResult {
        let keys: Vec<String> = input
            .get("TagKeys")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|k| k.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let t = self.tag_target(input)?;
        t.tags.retain(|(k, _)| !keys.contains(k));
        Ok(json!({}))
    }

    fn list_tags(&mut self, input: &Value) -> CallResult {
        let t = self.tag_target(input)?;
        Ok(
            json!({"Tags": t.tags.iter().map(|(k, v)| json!({"Key": k, "Value": v})).collect::<Vec<_>>()}),
        )
    }

    fn publish(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let tid = match (
            input_str(input, "TopicArn"),
            input_str(input, "TargetArn"),
            input_str(input, "PhoneNumber"),
        ) {
            (None, Some(a), _) if a.contains(":endpoint/") => {
                super::platform::owned_by(caller, "Publish", a)?;
                return self.publish_to_endpoint(sim, a, input);
            }
            (Some(a), _, _) | (None, Some(a), _) => self.topic_by_arn(a)?,
            (None, None, Some(n)) => return self.publish_to_phone(sim, caller, n, input),
            _ => return Err(invalid(
                "Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter",
            )),
        };
        let mut prepared = self.prepare(tid, input)?;
        prepared.trace = caller.trace_header.as_deref().map(Arc::from);
        Ok(self.commit(sim, tid, prepared))
    }

    /// PublishBatch: every entry is validated before any is published; a
    /// malformed entry fails the whole request, as on AWS.
    fn publish_batch(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let tid = self.topic_by_arn(required(input, "TopicArn")?)?;
        let entries = input
            .get("PublishBatchRequestEntries")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if entries.is_empty() {
            return Err(AwsError::client(
                "EmptyBatchRequest",
                "The batch request doesn't contain any entries",
            ));
        }
        if entries.len() > limits::BATCH_MAX_ENTRIES {
            return Err(AwsError::client(
                "TooManyEntriesInBatchRequest",
                "The batch request contains more entries than permissible.",
            ));
        }
        let mut ids = std::collections::BTreeSet::new();
        for e in &entries {
            if !ids.insert(e["Id"].as_str().unwrap_or("")) {
                return Err(AwsError::client(
                    "BatchEntryIdsNotDistinct",
                    "Two or more batch entries in the request have the same Id.",
                ));
            }
        }
        for e in &entries {
            let id = e["Id"].as_str().unwrap_or("");
            // "up to 80 characters ... alphanumeric characters, hyphens(-), and
            // underscores (_)" (API reference); the wording of the error is ours.
            if id.is_empty()
                || id.len() > 80
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            {
                return Err(AwsError::client(
                    "InvalidBatchEntryId",
                    format!("The Id of a batch entry in a batch request doesn't abide by the specification: {id}"),
                ));
            }
        }
        let mut prepared = Vec::new();
        let mut total = 0;
        for e in &entries {
            // An entry's message attribute error is Publish's, word for word
            // (LocalStack's snapshot of AWS, `batch-missing_string_attr`).
            // A shape error names the entry's member path.
            let path = format!(
                "publishBatchRequestEntries.{}.member.messageAttributes",
                prepared.len() + 1
            );
            let mut p = self.prepare_for(Some(&self.topics[&tid]), e, "default", &path)?;
            p.trace = caller.trace_header.as_deref().map(Arc::from);
            total += p.size;
            prepared.push(p);
        }
        if total > limits::MESSAGE_MAX_BYTES {
            return Err(AwsError::client(
                "BatchRequestTooLong",
                "The length of all the messages put together is more than the limit.",
            ));
        }
        let mut ok = Vec::new();
        for (e, p) in entries.iter().zip(prepared) {
            let v = self.commit(sim, tid, p);
            let mut o = Map::new();
            o.insert("Id".into(), e["Id"].clone());
            for k in ["MessageId", "SequenceNumber"] {
                if let Some(x) = v.get(k) {
                    o.insert(k.into(), x.clone());
                }
            }
            ok.push(Value::Object(o));
        }
        Ok(json!({"Successful": ok, "Failed": []}))
    }

    /// Checks one publish request without changing anything.
    pub(super) fn prepare(&self, tid: u32, input: &Value) -> AwsResult<Prepared> {
        self.prepare_for(
            Some(&self.topics[&tid]),
            input,
            "default",
            "messageAttributes",
        )
    }

    /// A publish without a topic (to an endpoint or a phone number): the same
    /// checks, as for a standard topic, except that a `MessageStructure=json`
    /// message needs `key` (the receiver's own entry: `GCM`, `sms`) or a
    /// default.
    pub(super) fn prepare_direct(&self, input: &Value, key: &str) -> AwsResult<Prepared> {
        self.prepare_for(None, input, key, "messageAttributes")
    }

    /// The next publish's number (events name a message by it).
    pub(super) fn take_message_number(&mut self) -> u64 {
        self.next_message += 1;
        self.next_message - 1
    }

    /// `attributes_path` is where a shape error says the message attributes
    /// are (`messageAttributes`, or a PublishBatch entry's).
    fn prepare_for(
        &self,
        topic: Option<&Topic>,
        input: &Value,
        key: &str,
        attributes_path: &str,
    ) -> AwsResult<Prepared> {
        let message = required(input, "Message")?.to_string();
        if message.is_empty() {
            return Err(invalid("Invalid parameter: Empty message"));
        }
        let subject = input_str(input, "Subject").map(str::to_string);
        if let Some(s) = &subject {
            if s.is_empty()
                || s.chars().count() > limits::SUBJECT_MAX_CHARS
                || s.chars().any(|c| c.is_control())
            {
                return Err(invalid("Invalid parameter: Subject"));
            }
        }
        let per_protocol: Option<Map<String, Value>> = match input_str(input, "MessageStructure") {
            None => None,
            Some("json") => {
                let fail = || {
                    invalid(
                        "Invalid parameter: Message Structure - JSON message body failed to parse",
                    )
                };
                // Publish's reference says "Duplicate keys are not allowed",
                // but AWS takes such a message, the last value standing
                // (LocalStack's AWS-validated test_message_structure_json_exc,
                // duplicate-json-keys), as a JSON parse that keeps the last does.
                let all: Map<String, Value> = serde_json::from_str(&message).map_err(|_| fail())?;
                // "Non-string values will cause the key to be ignored."
                let m: Map<String, Value> =
                    all.into_iter().filter(|(_, v)| v.is_string()).collect();
                if !m.contains_key("default") && !m.contains_key(key) {
                    return Err(invalid(
                        "Invalid parameter: Message Structure - No default entry in JSON message body",
                    ));
                }
                Some(m)
            }
            Some(_) => return Err(invalid("Invalid parameter: MessageStructure")),
        };
        let attributes = match input.get("MessageAttributes") {
            None | Some(Value::Null) => Map::new(),
            Some(Value::Object(m)) => m.clone(),
            Some(_) => return Err(invalid("Invalid parameter: MessageAttributes")),
        };
        let mut size = message.len();
        for (name, a) in &attributes {
            check_attribute(attributes_path, name, a)?;
            size += name.len()
                + a["DataType"].as_str().map_or(0, str::len)
                + a["StringValue"].as_str().map_or(0, str::len)
                + a["BinaryValue"].as_str().map_or(0, |b| b.len() * 3 / 4);
        }
        if size > limits::MESSAGE_MAX_BYTES {
            return Err(invalid("Invalid parameter: Message too long"));
        }
        let group = input_str(input, "MessageGroupId").map(str::to_string);
        let mut dedup = input_str(input, "MessageDeduplicationId").map(str::to_string);
        for (what, v) in [
            ("MessageGroupId", &group),
            ("MessageDeduplicationId", &dedup),
        ] {
            if let Some(v) = v {
                if v.is_empty() || v.len() > 128 || !v.bytes().all(|b| b.is_ascii_graphic()) {
                    return Err(invalid(format!("Invalid parameter: {what} Reason: {what} can only include alphanumeric and punctuation characters. 1 to 128 in length.")));
                }
            }
        }
        if let Some(topic) = topic.filter(|t| t.fifo) {
            if group.is_none() {
                return Err(invalid(
                    "Invalid parameter: The MessageGroupId parameter is required for FIFO topics",
                ));
            }
            if dedup.is_none() {
                if topic
                    .attributes
                    .get("ContentBasedDeduplication")
                    .map(String::as_str)
                    == Some("true")
                {
                    dedup = Some(crate::util::sha256_hex(message.as_bytes()));
                } else {
                    return Err(invalid("Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly"));
                }
            }
        } else if dedup.is_some() {
            return Err(invalid("Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type"));
        }
        Ok(Prepared {
            message,
            subject,
            per_protocol,
            attributes,
            group,
            dedup,
            size,
            trace: None,
        })
    }

    /// Publishes a prepared message: FIFO deduplication, the filter, and one
    /// delivery per matching subscription. Returns Publish's output.
    pub(super) fn commit(&mut self, sim: &mut Sim, tid: u32, p: Prepared) -> Value {
        let message_id = sim.rng.uuid();
        let topic = self.topics.get_mut(&tid).expect("looked up");
        let mut sequence = None;
        if topic.fifo {
            let now = sim.now.as_ms();
            topic.dedup.retain(|_, (exp, _, _)| *exp > now);
            // FifoThroughputScope=MessageGroup deduplicates within each message group.
            let per_group = topic
                .attributes
                .get("FifoThroughputScope")
                .map(String::as_str)
                == Some("MessageGroup");
            let key = match (&p.group, per_group) {
                (Some(g), true) => format!("{g}\u{0}{}", p.dedup.as_deref().unwrap_or("")),
                _ => p.dedup.clone().unwrap_or_default(),
            };
            if let Some((_, mid, seq)) = topic.dedup.get(&key) {
                // A duplicate inside the interval: AWS answers as for the first one.
                let out = json!({"MessageId": mid, "SequenceNumber": seq});
                sim.record(Event::Sns(SnsEvent::DuplicateIgnored {
                    topic: tid,
                    message: self.next_message,
                }));
                return out;
            }
            topic.next_sequence += 1;
            let seq = topic.next_sequence.to_string();
            topic.dedup.insert(
                key,
                (
                    now + limits::DEDUP_WINDOW_MS,
                    message_id.clone(),
                    seq.clone(),
                ),
            );
            sequence = Some(seq);
        }
        topic.published += 1;
        let msg_num = self.next_message;
        self.next_message += 1;
        sim.record(Event::Sns(SnsEvent::Published {
            topic: tid,
            message: msg_num,
        }));
        self.count(sim, tid, "NumberOfMessagesPublished");
        // PublishSize: "the size of messages published" (SNS Developer Guide,
        // Amazon SNS metrics), in bytes; the body's bytes here.
        self.add_metric(sim, tid, "PublishSize", p.message.len() as f64);
        let timestamp = crate::sim::time::format_unix_ms(sim.unix_ms());
        // The filter sees the message as published.
        let view = p
            .attributes
            .iter()
            .fold(MessageView::new(&p.message), |v, (name, a)| {
                let dt = a["DataType"].as_str().unwrap_or("String");
                v.with_attribute(name, dt, a["StringValue"].as_str().unwrap_or(""))
            });
        let (mut scratch, mut matched) = std::mem::take(&mut self.match_scratch);
        let matcher = self.matcher(tid);
        matcher.matching_into(&view, &mut scratch, &mut matched);
        let filtered = matcher.len() - matched.len();
        self.recent.push(super::recent::RecentPublish {
            topic: tid,
            message: msg_num,
            at_ms: sim.now.as_ms(),
            body: p.message.clone(),
            truncated: false,
            attributes: p
                .attributes
                .iter()
                .map(|(n, a)| {
                    let dt = a["DataType"].as_str().unwrap_or("String").to_string();
                    (
                        n.clone(),
                        dt,
                        a["StringValue"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect(),
        });
        if filtered > 0 {
            sim.record(Event::Sns(SnsEvent::FilteredOut {
                topic: tid,
                message: msg_num,
                count: filtered as u32,
            }));
            self.add_metric(
                sim,
                tid,
                "NumberOfNotificationsFilteredOut",
                filtered as f64,
            );
            // The same, by the policies' scope (SNS's metrics:
            // "-MessageAttributes" for attribute-based filtering,
            // "-MessageBody" for payload-based), and the reasons AWS names
            // within them: a message with no attributes ("-NoMessageAttributes")
            // and a body a policy cannot read ("-InvalidMessageBody"). The
            // documents do not say whether a reason is also counted in its
            // scope's metric; here it is (each scope's metric is a part of the
            // total). "-InvalidAttributes" is never counted: Publish refuses
            // malformed attributes before any filtering.
            let (by_attributes, by_body) = self.matcher(tid).filtered_by_scope(&matched);
            if by_attributes > 0 {
                let n = by_attributes as f64;
                self.add_metric(
                    sim,
                    tid,
                    "NumberOfNotificationsFilteredOut-MessageAttributes",
                    n,
                );
                if p.attributes.is_empty() {
                    self.add_metric(
                        sim,
                        tid,
                        "NumberOfNotificationsFilteredOut-NoMessageAttributes",
                        n,
                    );
                }
            }
            if by_body > 0 {
                let n = by_body as f64;
                self.add_metric(sim, tid, "NumberOfNotificationsFilteredOut-MessageBody", n);
                if !serde_json::from_str::<Value>(&p.message).is_ok_and(|v| v.is_object()) {
                    self.add_metric(
                        sim,
                        tid,
                        "NumberOfNotificationsFilteredOut-InvalidMessageBody",
                        n,
                    );
                }
            }
        }
        // "Message attributes are sent only when the message structure is String,
        // not JSON."
        let attributes = if p.per_protocol.is_some() {
            Map::new()
        } else {
            p.attributes.clone()
        };
        // What raw deliveries carry, made once for all of them.
        let raw_attributes: Arc<BTreeMap<String, Value>> = Arc::new(
            attributes
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        );
        let empty_attributes: Arc<BTreeMap<String, Value>> = Arc::default();
        let topic = &self.topics[&tid];
        // Shared by every delivery of this publish.
        let topic_arn: Arc<str> = topic.arn.as_str().into();
        let topic_account: Arc<str> = topic.account_id.as_str().into();
        let shared_id: Arc<str> = message_id.as_str().into();
        let raw_body: Option<Arc<str>> =
            p.per_protocol.is_none().then(|| p.message.as_str().into());
        let sqs_protocol: Arc<str> = "sqs".into();
        // The template of this publish's raw deliveries to standard queues
        // (`Outbound::Raw`), made at the first.
        let mut template: Option<u32> = None;
        self.outbox.reserve(matched.len());
        // Only the matching subscriptions are visited: a publish costs its matches.
        for &sid in &matched {
            let i = sid as usize;
            if self.targets.len() <= i {
                self.targets.resize(i + 1, None);
            }
            let target =
                self.targets[i].get_or_insert_with(|| Target::of(&self.subscriptions[&sid]));
            if let (true, false, Some(body)) = (target.raw_sqs, target.fifo_queue, &raw_body) {
                let t = *template.get_or_insert_with(|| {
                    self.templates.push(Delivery {
                        subscription: u32::MAX,
                        message: msg_num,
                        protocol: Arc::clone(&sqs_protocol),
                        endpoint: Arc::default(),
                        topic_arn: Arc::clone(&topic_arn),
                        topic_account: Arc::clone(&topic_account),
                        body: Arc::clone(body),
                        sqs_attributes: Arc::clone(&raw_attributes),
                        // A standard topic's group id goes to standard queues
                        // (fair queues); a FIFO topic's does not.
                        message_group_id: if topic.fifo { None } else { p.group.clone() },
                        message_deduplication_id: None,
                        message_id: Arc::clone(&shared_id),
                        published_group: p.group.clone(),
                        attempt: 1,
                        confirmation: false,
                        subject: None,
                        headers: Vec::new(),
                        trace_header: p.trace.clone(),
                    });
                    (self.templates.len() - 1) as u32
                });
                self.outbox.push(Outbound::Raw {
                    template: t,
                    subscription: sid,
                });
                continue;
            }
            if let (true, Some(body)) = (target.raw_sqs, &raw_body) {
                // A raw message to a FIFO queue: everything is shared with the
                // publish's other deliveries but the subscription's endpoint.
                let queue_fifo = target.fifo_queue;
                self.outbox.push(Outbound::Full(Box::new(Delivery {
                    subscription: sid,
                    message: msg_num,
                    protocol: Arc::clone(&sqs_protocol),
                    endpoint: Arc::clone(&target.endpoint),
                    topic_arn: Arc::clone(&topic_arn),
                    topic_account: Arc::clone(&topic_account),
                    body: Arc::clone(body),
                    sqs_attributes: Arc::clone(&raw_attributes),
                    message_group_id: if queue_fifo || !topic.fifo {
                        p.group.clone()
                    } else {
                        None
                    },
                    message_deduplication_id: if queue_fifo { p.dedup.clone() } else { None },
                    message_id: Arc::clone(&shared_id),
                    published_group: p.group.clone(),
                    attempt: 1,
                    confirmation: false,
                    subject: None,
                    headers: Vec::new(),
                    trace_header: p.trace.clone(),
                })));
                continue;
            }
            let s = &self.subscriptions[&sid];
            // A mobile endpoint gets its platform's entry (`GCM`, `APNS`, ...).
            let text = p.text_for(if s.protocol == "application" {
                super::platform::Push::platform_of(&s.endpoint).unwrap_or("application")
            } else {
                &s.protocol
            });
            // Raw delivery applies to sqs, HTTP/S and Firehose endpoints.
            let raw = s.raw_message_delivery
                && matches!(s.protocol.as_str(), "sqs" | "http" | "https" | "firehose");
            let fields = || {
                notification_fields(
                    topic,
                    s,
                    &message_id,
                    sequence.as_deref(),
                    p.subject.as_deref(),
                    text,
                    &timestamp,
                    &attributes,
                )
            };
            let mut subject = None;
            let mut headers = Vec::new();
            let (body, sqs_attributes): (Arc<str>, _) = if raw {
                let body = match &raw_body {
                    Some(b) => Arc::clone(b),
                    None => text.into(),
                };
                (body, Arc::clone(&raw_attributes))
            } else {
                let body = match s.protocol.as_str() {
                    // Email gets the message as plain text under the Subject (or,
                    // without one, AWS's default subject line).
                    "email" => {
                        subject = Some(
                            p.subject
                                .clone()
                                .unwrap_or_else(|| "AWS Notification Message".into()),
                        );
                        text.to_string()
                    }
                    "sms" | "application" => text.to_string(),
                    "lambda" => {
                        // The Lambda event spells two URL keys differently and
                        // always carries MessageAttributes.
                        let mut m: Map<String, Value> = fields()
                            .into_iter()
                            .map(|(k, v)| {
                                let k = match k {
                                    "SigningCertURL" => "SigningCertUrl",
                                    "UnsubscribeURL" => "UnsubscribeUrl",
                                    k => k,
                                };
                                (k.to_string(), v)
                            })
                            .collect();
                        m.entry("MessageAttributes").or_insert_with(|| json!({}));
                        delivery::lambda_event(&s.arn, &m)
                    }
                    _ => envelope_text(&fields()),
                };
                (body.into(), Arc::clone(&empty_attributes))
            };
            if matches!(s.protocol.as_str(), "http" | "https") {
                let topic_policy = topic
                    .attributes
                    .get("DeliveryPolicy")
                    .map(String::as_str)
                    .unwrap_or("");
                let (_, content_type) = delivery::effective_http(
                    topic_policy,
                    s.delivery_policy.as_deref().unwrap_or(""),
                );
                headers = delivery::http_headers(
                    "Notification",
                    &message_id,
                    &topic.arn,
                    Some(&s.arn),
                    &content_type,
                    raw,
                );
            }
            // Group and deduplication ids go to FIFO queues; a standard topic's
            // group id goes to standard queues (fair queues).
            let queue_fifo = s.endpoint.ends_with(".fifo");
            self.outbox.push(Outbound::Full(Box::new(Delivery {
                subscription: sid,
                message: msg_num,
                protocol: s.protocol.as_str().into(),
                endpoint: s.endpoint.as_str().into(),
                topic_arn: Arc::clone(&topic_arn),
                topic_account: Arc::clone(&topic_account),
                body,
                sqs_attributes,
                message_group_id: if queue_fifo || !topic.fifo {
                    p.group.clone()
                } else {
                    None
                },
                message_deduplication_id: if queue_fifo { p.dedup.clone() } else { None },
                message_id: Arc::clone(&shared_id),
                published_group: p.group.clone(),
                attempt: 1,
                confirmation: false,
                subject,
                headers,
                trace_header: p.trace.clone(),
            })));
        }
        matched.clear();
        self.match_scratch = (scratch, matched);
        let mut out = json!({"MessageId": message_id});
        if let Some(seq) = sequence {
            out["SequenceNumber"] = json!(seq);
        }
        out
    }
}

/// A publish request that passed every check.
pub(super) struct Prepared {
    message: String,
    subject: Option<String>,
    per_protocol: Option<Map<String, Value>>,
    attributes: Map<String, Value>,
    group: Option<String>,
    dedup: Option<String>,
    /// Message plus attributes, as SNS counts toward the 256 KiB limit.
    pub(super) size: usize,
    /// The request's X-Ray trace header, for the deliveries.
    pub(super) trace: Option<Arc<str>>,
}

impl Prepared {
    /// The text for receivers of kind `key` (a protocol, or a mobile
    /// platform such as `GCM`): its entry of a `MessageStructure=json`
    /// message, or the default.
    pub(super) fn text_for(&self, key: &str) -> &str {
        match &self.per_protocol {
            Some(m) => m
                .get(key)
                .or_else(|| m.get("default"))
                .and_then(Value::as_str)
                .unwrap_or(""),
            None => &self.message,
        }
    }
}

/// `ParameterValueInvalid`: the code SNS gives a malformed message attribute.
fn attribute_error(message: String) -> AwsError {
    AwsError::query_compatible(
        "InvalidParameterValueException",
        "ParameterValueInvalid",
        message,
    )
}

/// AWS's checks of one message attribute (name, type, value).
fn check_attribute(path: &str, name: &str, a: &Value) -> AwsResult<()> {
    if name.len() > 256 {
        return Err(attribute_error(
            "Length of message attribute name must be less than 256 bytes.".into(),
        ));
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(attribute_error(format!(
            "Invalid non-alphanumeric character '#x{:X}' was found in the message attribute name. Can only include alphanumeric characters, hyphens, underscores, or dots.",
            u32::from(bad)
        )));
    }
    // Three texts, one per rule, as SNS words them (the same texts LocalStack
    // checked against AWS; the API reference gives the rules only).
    if name.starts_with('.') {
        return Err(attribute_error(
            "Invalid message attribute name starting with character '.' was found.".into(),
        ));
    }
    if name.ends_with('.') {
        return Err(attribute_error(
            "Invalid message attribute name ending with character '.' was found.".into(),
        ));
    }
    if name.contains("..") {
        return Err(attribute_error(
            "Message attribute name can not have successive '.' character.".into(),
        ));
    }
    let Some(dt) = a["DataType"].as_str() else {
        return Err(AwsError::client(
            "ValidationError",
            format!("1 validation error detected: Value null at '{path}.{name}.member.dataType' failed to satisfy constraint: Member must not be null"),
        ));
    };
    let (base, label) = dt.split_once('.').unwrap_or((dt, "x"));
    // A custom type label after the dot must not be empty (`String.`).
    if !matches!(base, "String" | "Number" | "Binary") || label.is_empty() {
        return Err(attribute_error(format!(
            "The message attribute '{name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String."
        )));
    }
    let (has_string, has_binary) = (
        a.get("StringValue").is_some(),
        a.get("BinaryValue").is_some(),
    );
    if base == "Binary" && has_string && !has_binary {
        return Err(attribute_error(format!(
            "The message attribute '{name}' with type 'Binary' must use field 'Binary'."
        )));
    }
    if base != "Binary" && has_binary && !has_string {
        return Err(attribute_error(format!(
            "The message attribute '{name}' with type '{base}' must use field 'String'."
        )));
    }
    let empty = if base == "Binary" {
        a["BinaryValue"].as_str().is_none_or(str::is_empty)
    } else {
        a["StringValue"].as_str().is_none_or(str::is_empty)
    };
    if empty {
        return Err(attribute_error(format!(
            "The message attribute '{name}' must contain non-empty message attribute value for message attribute type '{dt}'."
        )));
    }
    // AWS: "A number can have up to 38 digits of precision, and it can be
    // between 10^-128 and 10^+126" (SNS message attribute data types). What
    // it answers beyond that range is not documented; one that does not even
    // fit a double (`1e400`) is refused here as a failed cast, as `abc` is.
    if base == "Number"
        && !a["StringValue"].as_str().is_some_and(|v| {
            crate::sqs::number_ok(v) && v.trim().parse::<f64>().is_ok_and(f64::is_finite)
        })
    {
        return Err(attribute_error(format!(
            "Could not cast message attribute '{name}' value to number."
        )));
    }
    Ok(())
}

/// The signature fields of an envelope. Switchyard holds no AWS signing key:
/// they keep AWS's shape -- a signature as long as an RSA-2048 one (256
/// bytes, 344 characters of base64), the same for the same notification --
/// but cannot be verified against AWS's certificate.
fn signature_fields(topic: &Topic, message_id: &str, sub_arn: &str) -> Vec<(&'static str, Value)> {
    use sha2::Digest;
    let seed = sha2::Sha256::digest(format!("{message_id}{sub_arn}").as_bytes());
    let mut bytes = Vec::with_capacity(256);
    bytes.extend_from_slice(&seed);
    // The rest drawn from the digest by SplitMix64 (cheap; no second hash).
    let mut x = u64::from_le_bytes(seed[..8].try_into().expect("8 bytes"));
    while bytes.len() < 256 {
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        bytes.extend_from_slice(&(z ^ (z >> 31)).to_le_bytes());
    }
    let sig = crate::util::b64_encode(&bytes);
    vec![
        (
            "SignatureVersion",
            json!(topic
                .attributes
                .get("SignatureVersion")
                .cloned()
                .unwrap_or_else(|| "1".into())),
        ),
        ("Signature", json!(sig)),
        (
            "SigningCertURL",
            json!(format!("https://sns.{}.amazonaws.com/SimpleNotificationService-5f3e1c2b9a8d7e6f4c3b2a1908f7e6d5.pem", topic.region)),
        ),
    ]
}

/// The fields of a notification's envelope, in AWS's order.
#[allow(clippy::too_many_arguments)]
fn notification_fields(
    topic: &Topic,
    s: &Subscription,
    message_id: &str,
    sequence: Option<&str>,
    subject: Option<&str>,
    text: &str,
    timestamp: &str,
    attributes: &Map<String, Value>,
) -> Vec<(&'static str, Value)> {
    let mut fields: Vec<(&'static str, Value)> = vec![
        ("Type", json!("Notification")),
        ("MessageId", json!(message_id)),
    ];
    if let Some(seq) = sequence {
        fields.push(("SequenceNumber", json!(seq)));
    }
    fields.push(("TopicArn", json!(topic.arn)));
    if let Some(sub) = subject {
        fields.push(("Subject", json!(sub)));
    }
    fields.push(("Message", json!(text)));
    fields.push(("Timestamp", json!(timestamp)));
    if sequence.is_none() {
        fields.extend(signature_fields(topic, message_id, &s.arn));
    }
    fields.push((
        "UnsubscribeURL",
        json!(format!(
            "https://sns.{}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn={}",
            topic.region, s.arn
        )),
    ));
    if !attributes.is_empty() {
        let ma: Map<String, Value> = attributes
            .iter()
            .map(|(k, v)| {
                let dt = v["DataType"].as_str().unwrap_or("String");
                let val = v
                    .get("StringValue")
                    .or_else(|| v.get("BinaryValue"))
                    .cloned()
                    .unwrap_or(Value::Null);
                (k.clone(), json!({"Type": dt, "Value": val}))
            })
            .collect();
        fields.push(("MessageAttributes", Value::Object(ma)));
    }
    fields
}

impl Sns {
    /// Panics if a topic and its subscriptions disagree, or the delivery state
    /// (retries, inboxes, pending confirmations) does.
    pub fn check_invariants(&self) {
        if self.index.built {
            assert!(
                self.index
                    == super::table::ArnIndex::build(
                        self.topics.values().map(|t| (t.arn.as_str(), t.id)),
                        &self.subscriptions,
                    ),
                "the ARN index agrees with the topics and subscriptions"
            );
        }
        assert!(
            self.released.is_empty(),
            "a delivery let go by its throttle was not carried: {:?}",
            self.released
        );
        let mut held: BTreeMap<u32, u64> = BTreeMap::new();
        for d in self.held.values() {
            *held.entry(d.subscription).or_default() += 1;
        }
        for s in self.subscriptions.values() {
            assert_eq!(
                s.throttled,
                held.get(&s.id).copied().unwrap_or(0),
                "subscription {}: held by its throttle policy",
                s.id
            );
        }
        let mut retrying: BTreeMap<u32, u64> = BTreeMap::new();
        for r in self.retries.values() {
            *retrying.entry(r.delivery.subscription).or_default() += 1;
            assert!(
                r.delivery.attempt >= 2,
                "a retry is at least the second attempt"
            );
            assert!(
                !r.failure.client_side,
                "client-side errors are never retried"
            );
        }
        for s in self.subscriptions.values() {
            assert!(
                s.retrying <= retrying.get(&s.id).copied().unwrap_or(0),
                "subscription {} counts {} retries, {} are scheduled",
                s.arn,
                s.retrying,
                retrying.get(&s.id).copied().unwrap_or(0)
            );
            assert!(
                !s.pending_confirmation || s.token.is_some(),
                "pending subscription {} was sent no token",
                s.arn
            );
            assert!(s.redriven <= s.failed, "{} redrove more than failed", s.arn);
        }
        for (id, inbox) in &self.inboxes {
            assert!(
                inbox.len() <= delivery::INBOX_MAX,
                "inbox {id} over its bound"
            );
            assert!(
                self.subscriptions
                    .get(id)
                    .is_some_and(|s| s.protocol != "sqs"),
                "inbox {id} belongs to no simulated receiver"
            );
            assert!(
                inbox.windows(2).all(|w| w[0].at_ms <= w[1].at_ms),
                "inbox {id} out of time order"
            );
        }
        for t in self.topics.values() {
            for s in &t.subscriptions {
                let sub = self
                    .subscriptions
                    .get(s)
                    .unwrap_or_else(|| panic!("topic {} lists missing subscription {s}", t.name));
                assert_eq!(
                    sub.topic, t.id,
                    "subscription {} points at another topic",
                    sub.arn
                );
            }
        }
        for s in self.subscriptions.values() {
            let t = self
                .topics
                .get(&s.topic)
                .unwrap_or_else(|| panic!("subscription {} has no topic", s.arn));
            assert!(
                t.subscriptions.contains(&s.id),
                "topic {} does not list {}",
                t.name,
                s.arn
            );
        }
    }
}

/// A sentence for an SNS event, for the page's event log.
pub fn describe_event(world: &crate::world::World, e: &SnsEvent) -> String {
    let sns = &world.sns;
    let topic = |id: &u32| {
        sns.name_of(*id)
            .map(str::to_string)
            .unwrap_or_else(|| format!("topic {id}"))
    };
    let sub = |id: &u32| {
        sns.name_of(1_000_000 + *id)
            .map(str::to_string)
            .unwrap_or_else(|| format!("subscription {id}"))
    };
    // Kept by ARN; an event names them by id (a push event is rare in a log).
    let app = |id: &u32| {
        sns.push()
            .apps
            .values()
            .find(|a| a.id == *id)
            .map_or_else(|| format!("platform application {id}"), |a| a.name.clone())
    };
    let endpoint = |id: &u32| {
        sns.push()
            .endpoints
            .values()
            .find(|e| e.id == *id)
            .map_or_else(|| format!("endpoint {id}"), |e| e.arn.clone())
    };
    match e {
        SnsEvent::PlatformApplicationCreated { app: a } => {
            format!("Platform application {} created", app(a))
        }
        SnsEvent::PlatformApplicationDeleted { app: a } => {
            format!("Platform application {} deleted", app(a))
        }
        SnsEvent::EndpointCreated { endpoint: x } => format!("Endpoint {} created", endpoint(x)),
        SnsEvent::EndpointDeleted { endpoint: x } => format!("Endpoint {} deleted", endpoint(x)),
        SnsEvent::PublishedToEndpoint {
            endpoint: x,
            message,
        } => format!("Message #{message} published to {}", endpoint(x)),
        SnsEvent::PublishedToPhone { message, opted_out } => {
            if *opted_out {
                format!("Text #{message} not sent: the phone number opted out")
            } else {
                format!("Text #{message} sent to a phone number")
            }
        }
        SnsEvent::TopicCreated { topic: t } => format!("Topic {} created", topic(t)),
        SnsEvent::TopicDeleted { topic: t } => format!("Topic {} deleted", topic(t)),
        SnsEvent::Subscribed { subscription, .. } => format!("Subscribed {}", sub(subscription)),
        SnsEvent::Unsubscribed { subscription, .. } => {
            format!("Unsubscribed {}", sub(subscription))
        }
        SnsEvent::Published { topic: t, message } => {
            format!("{}: notification #{message} published", topic(t))
        }
        SnsEvent::DuplicateIgnored { topic: t, .. } => {
            format!("{}: duplicate publish ignored (deduplication)", topic(t))
        }
        SnsEvent::Delivered {
            subscription,
            message,
        } => format!("{}: notification #{message} delivered", sub(subscription)),
        SnsEvent::DeliveredToQueue {
            subscription,
            message,
            queue_message,
            delayed,
            ..
        } => format!(
            // The subscription's name already names the queue; its id is
            // for a reader of the raw journal.
            "{}: notification #{message} delivered as message #{queue_message}{}",
            sub(subscription),
            if *delayed { " (delayed)" } else { "" }
        ),
        SnsEvent::FilteredOut {
            topic: t,
            message,
            count,
        } => format!(
            "{}: notification #{message} filtered out by the filter policy of {count} subscription{}",
            topic(t),
            if *count == 1 { "" } else { "s" }
        ),
        SnsEvent::DeliveryFailed {
            subscription,
            message,
            code,
        } if *message == u64::MAX => {
            format!("{}: the subscription confirmation could not be delivered ({code})", sub(subscription))
        }
        SnsEvent::DeliveryFailed {
            subscription,
            message,
            code,
        } => {
            format!("{}: delivery of notification #{message} failed ({code})", sub(subscription))
        }
        SnsEvent::RetryScheduled {
            subscription,
            message,
            attempt,
            due_ms,
        } => {
            let when = format!("at {}", crate::sim::SimTime(*due_ms));
            format!("{}: notification #{message} will be retried {when} (attempt {attempt})", sub(subscription))
        }
        SnsEvent::DeliveryThrottled {
            subscription,
            message,
            due_ms,
        } => format!(
            "{}: notification #{message} held until {} (its throttle policy's deliveries for the second are used up)",
            sub(subscription),
            crate::sim::SimTime(*due_ms)
        ),
        SnsEvent::RedrivenToDlq {
            subscription,
            message,
        } => format!(
            "{}: notification #{message} moved to the subscription's dead-letter queue",
            sub(subscription)
        ),
        SnsEvent::RedriveFailed {
            subscription,
            message,
            code,
        } => format!(
            "{}: notification #{message} could not be moved to the dead-letter queue ({code}) and is lost",
            sub(subscription)
        ),
        SnsEvent::Discarded {
            subscription,
            message,
            attempts,
            client_side,
        } => format!(
            "{}: notification #{message} discarded after {attempts} attempt{} ({}; no dead-letter queue)",
            sub(subscription),
            if *attempts == 1 { "" } else { "s" },
            if *client_side {
                "client-side error, not retried"
            } else {
                "retries exhausted"
            }
        ),
        SnsEvent::ConfirmationSent { subscription } => format!(
            "{}: subscription confirmation sent to the endpoint",
            sub(subscription)
        ),
        SnsEvent::Confirmed { subscription } => {
            format!("{}: subscription confirmed", sub(subscription))
        }
        SnsEvent::ConfirmationExpired { subscription } => format!(
            "{}: not confirmed within 3 days; the pending subscription was deleted",
            sub(subscription)
        ),
        SnsEvent::PermissionAdded { topic: t, label } => {
            format!("{}: permission {label} added to the topic policy", topic(t))
        }
        SnsEvent::PermissionRemoved { topic: t, label } => {
            format!("{}: permission {label} removed from the topic policy", topic(t))
        }
    }
}

/// A request's `Tags` (TagResource, CreateTopic), checked as SNS checks them:
/// the key 1 to 128 characters and the value at most 256 (the `Tag` shape's
/// length constraints, refused as a model violation, `ValidationError`), no
/// key twice, and no key in the `aws:` prefix AWS reserves for itself. (The
/// reference gives the constraints but not the texts; these follow AWS's
/// usual wording.)
fn parse_tags(input: &Value) -> AwsResult<Vec<(String, String)>> {
    let Some(list) = input.get("Tags").and_then(Value::as_array) else {
        return Ok(Vec::new());
    };
    let mut tags = Vec::with_capacity(list.len());
    for (i, t) in list.iter().enumerate() {
        let key = t["Key"].as_str().unwrap_or("");
        let value = t["Value"].as_str().unwrap_or("");
        let violation = |what: &str, v: &str, rule: &str| {
            AwsError::client(
                "ValidationError",
                format!(
                    "1 validation error detected: Value '{v}' at 'tags.{}.member.{what}' failed to satisfy constraint: {rule}",
                    i + 1
                ),
            )
        };
        let chars = key.chars().count();
        if chars == 0 {
            return Err(violation(
                "key",
                key,
                "Member must have length greater than or equal to 1",
            ));
        }
        if chars > 128 {
            return Err(violation(
                "key",
                key,
                "Member must have length less than or equal to 128",
            ));
        }
        if value.chars().count() > 256 {
            return Err(violation(
                "value",
                value,
                "Member must have length less than or equal to 256",
            ));
        }
        if key.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("aws:")) {
            return Err(invalid(
                "Invalid parameter: Tags Reason: Tag keys can not start with the reserved prefix aws:",
            ));
        }
        tags.push((key.to_string(), value.to_string()));
    }
    let mut keys = std::collections::BTreeSet::new();
    if !tags.iter().all(|(k, _)| keys.insert(k.as_str())) {
        return Err(invalid(
            "Invalid parameter: Duplicated keys are not allowed.",
        ));
    }
    Ok(tags)
}

/// At most 50 tags on a topic (TagResource's merged set, CreateTopic's).
fn check_tag_count(n: usize) -> AwsResult<()> {
    if n > limits::TAGS_MAX {
        return Err(AwsError::client(
            "TagLimitExceeded",
            "Could not complete request: tag quota of per resource exceeded",
        ));
    }
    Ok(())
}
