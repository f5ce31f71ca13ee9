//! The SNS engine: topics (standard and FIFO), subscriptions, Publish and
//! PublishBatch, tags. Publishing produces deliveries; the world carries each one
//! to its endpoint (an SQS queue today) and reports back, so this engine never
//! reaches into another.
//!
//! Built: the `sqs` protocol, RawMessageDelivery, AWS's notification envelope,
//! filter policies on MessageAttributes or MessageBody, FIFO topics to FIFO
//! queues with deduplication. Refused by name: every other protocol, delivery
//! retries and subscription dead-letter queues, cross-account subscriptions
//! (which need a confirmation), platform applications, SMS, data protection.

use super::filter::{self, FilterPolicyScope, MessageView};
use crate::error::{AwsError, AwsResult};
use crate::sim::{Event, Sim};
use crate::world::{CallResult, Caller};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

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
    pub delivered: u64,
    /// The topic's `published` count when this subscription was made: every
    /// message since was delivered, failed or filtered out for it.
    pub published_before: u64,
    pub failed: u64,
}

/// One message on its way to one subscription's endpoint; the world delivers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Delivery {
    pub subscription: u32,
    pub message: u64,
    pub protocol: String,
    pub endpoint: String,
    pub topic_arn: String,
    pub topic_account: String,
    /// The body as the endpoint receives it (the envelope, or the raw message).
    pub body: String,
    /// With raw delivery, the message attributes as SQS message attributes.
    pub sqs_attributes: BTreeMap<String, Value>,
    pub message_group_id: Option<String>,
    pub message_deduplication_id: Option<String>,
}

/// The SNS engine.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Sns {
    pub(super) topics: BTreeMap<u32, Topic>,
    subscriptions: BTreeMap<u32, Subscription>,
    next_topic: u32,
    next_subscription: u32,
    next_message: u64,
    /// Topic and subscription names ever created (events name them by id).
    names: BTreeMap<u32, String>,
    #[serde(skip)]
    outbox: Vec<Delivery>,
    /// Each topic's subscriptions compiled into one matcher (derived state, rebuilt
    /// after a change or a restore).
    #[serde(skip)]
    matchers: BTreeMap<u32, filter::CompiledMatcher>,
    /// Each (topic, metric) series id, so a delivery adds to its series without
    /// building the metric's key (derived state, registered again after a restore).
    #[serde(skip)]
    series: BTreeMap<(u32, &'static str), crate::sim::metrics::SeriesId>,
}

fn invalid(message: impl Into<String>) -> AwsError {
    AwsError::client("InvalidParameter", message)
}

fn not_found(message: &str) -> AwsError {
    AwsError::client("NotFound", message).with_status(404)
}

fn input_str<'a>(input: &'a Value, name: &str) -> Option<&'a str> {
    input.get(name).and_then(Value::as_str)
}

fn required<'a>(input: &'a Value, name: &str) -> AwsResult<&'a str> {
    input_str(input, name).ok_or_else(|| {
        let camel = name[..1].to_ascii_lowercase() + &name[1..];
        AwsError::client(
            "ValidationError",
            format!("1 validation error detected: Value null at '{camel}' failed to satisfy constraint: Member must not be null"),
        )
    })
}

fn string_map(input: &Value, name: &str) -> AwsResult<BTreeMap<String, String>> {
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

/// SNS's checks of an ARN parameter: at least six parts, and the caller's Region
/// (a topic is regional; naming another Region's topic is an invalid parameter).
fn check_arn(field: &str, arn: &str, caller: &Caller) -> AwsResult<()> {
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
        // Every ARN parameter is checked for form and Region first, as SNS does.
        for field in ["TopicArn", "TargetArn", "SubscriptionArn", "ResourceArn"] {
            if let Some(arn) = input_str(&input, field) {
                check_arn(field, arn, caller)?;
            }
        }
        match operation {
            "CreateTopic" => self.create_topic(sim, caller, &input),
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
            "Publish" => self.publish(sim, &input),
            "PublishBatch" => self.publish_batch(sim, &input),
            "TagResource" => self.tag_resource(&input),
            "UntagResource" => self.untag_resource(&input),
            "ListTagsForResource" => self.list_tags(&input),
            other => Err(AwsError::not_emulated(format!("sns:{other}"))),
        }
    }

    /// Deliveries produced since the last drain, for the world to carry out.
    pub fn drain_deliveries(&mut self) -> Vec<Delivery> {
        std::mem::take(&mut self.outbox)
    }

    /// The world reports how a delivery went (`Err` carries the endpoint's code).
    pub fn delivery_result(&mut self, sim: &mut Sim, d: &Delivery, result: Result<(), String>) {
        let Some(s) = self.subscriptions.get_mut(&d.subscription) else {
            return;
        };
        let topic = s.topic;
        let metric = match result {
            Ok(()) => {
                s.delivered += 1;
                sim.record(Event::Sns(SnsEvent::Delivered {
                    subscription: d.subscription,
                    message: d.message,
                }));
                "NumberOfNotificationsDelivered"
            }
            Err(code) => {
                s.failed += 1;
                sim.record(Event::Sns(SnsEvent::DeliveryFailed {
                    subscription: d.subscription,
                    message: d.message,
                    code,
                }));
                "NumberOfNotificationsFailed"
            }
        };
        self.count(sim, topic, metric);
    }

    fn count(&mut self, sim: &mut Sim, topic: u32, metric: &'static str) {
        self.add_metric(sim, topic, metric, 1.0);
    }

    fn add_metric(&mut self, sim: &mut Sim, topic: u32, metric: &'static str, value: f64) {
        let id = match self.series.get(&(topic, metric)) {
            Some(id) => *id,
            None => {
                let Some(t) = self.topics.get(&topic) else {
                    return;
                };
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
        let now = sim.now;
        sim.metrics.add(id, now, value);
    }

    /// Every topic, oldest first (for the page).
    pub fn topics(&self) -> impl Iterator<Item = &Topic> {
        self.topics.values()
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
        published.saturating_sub(s.published_before + s.delivered + s.failed)
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
            filter::CompiledMatcher::from_policies(ids.into_iter().filter_map(|id| {
                let s = subs.get(&id)?;
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
        self.topics
            .values()
            .find(|t| t.arn == arn)
            .map(|t| t.id)
            .ok_or_else(|| not_found("Topic does not exist"))
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
        if attrs.contains_key("ContentBasedDeduplication") && !fifo {
            return Err(invalid("Invalid parameter: Attributes Reason: ContentBasedDeduplication can only be set for FIFO topics"));
        }
        let arn = format!(
            "arn:aws:sns:{}:{}:{}",
            caller.region, caller.account_id, name
        );
        if let Some(t) = self.topics.values().find(|t| t.arn == arn) {
            // CreateTopic is idempotent for the same name and attributes.
            let differs = attrs
                .iter()
                .any(|(k, v)| k != "FifoTopic" && t.attributes.get(k) != Some(v));
            let tags_new = input
                .get("Tags")
                .and_then(Value::as_array)
                .is_some_and(|list| {
                    list.iter().any(|tag| {
                        let pair = (
                            tag["Key"].as_str().unwrap_or("").to_string(),
                            tag["Value"].as_str().unwrap_or("").to_string(),
                        );
                        !t.tags.contains(&pair)
                    })
                });
            if tags_new {
                return Err(invalid(
                    "Invalid parameter: Tags Reason: Topic already exists with different tags",
                ));
            }
            if differs {
                return Err(invalid("Invalid parameter: Attributes Reason: Topic already exists with different attributes"));
            }
            return Ok(json!({"TopicArn": t.arn}));
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
        let mut tags = Vec::new();
        if let Some(Value::Array(list)) = input.get("Tags") {
            for t in list {
                tags.push((
                    t["Key"].as_str().unwrap_or("").to_string(),
                    t["Value"].as_str().unwrap_or("").to_string(),
                ));
            }
        }
        self.names.insert(id, name.to_string());
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
        self.matchers.remove(&id);
        if let Some(t) = self.topics.remove(&id) {
            for s in t.subscriptions {
                self.subscriptions.remove(&s);
            }
        }
        sim.record(Event::Sns(SnsEvent::TopicDeleted { topic: id }));
        Ok(json!({}))
    }

    fn page<T: Clone>(items: Vec<T>, input: &Value) -> AwsResult<(Vec<T>, Option<String>)> {
        let start = match input_str(input, "NextToken") {
            None => 0,
            Some(tok) => tok
                .parse::<usize>()
                .ok()
                .filter(|n| *n <= items.len())
                .ok_or_else(|| invalid("Invalid parameter: NextToken"))?,
        };
        let end = (start + limits::PAGE_SIZE).min(items.len());
        let next = (end < items.len()).then(|| end.to_string());
        Ok((items[start..end].to_vec(), next))
    }

    fn list_topics(&self, caller: &Caller, input: &Value) -> CallResult {
        let arns: Vec<String> = self
            .topics
            .values()
            .filter(|t| t.account_id == caller.account_id && t.region == caller.region)
            .map(|t| t.arn.clone())
            .collect();
        let (page, next) = Self::page(arns, input)?;
        let mut out =
            json!({"Topics": page.into_iter().map(|a| json!({"TopicArn": a})).collect::<Vec<_>>()});
        if let Some(n) = next {
            out["NextToken"] = json!(n);
        }
        Ok(out)
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
        a.insert(
            "SubscriptionsConfirmed".into(),
            json!(subs.len().to_string()),
        );
        a.insert("SubscriptionsPending".into(), json!("0"));
        a.insert(
            "SubscriptionsDeleted".into(),
            json!(t.deleted_subscriptions.to_string()),
        );
        a.insert(
            "EffectiveDeliveryPolicy".into(),
            json!(json!({"http": {"defaultHealthyRetryPolicy": {"minDelayTarget": 20, "maxDelayTarget": 20,
                "numRetries": 3, "numMaxDelayRetries": 0, "numNoDelayRetries": 0, "numMinDelayRetries": 0,
                "backoffFunction": "linear"}, "disableSubscriptionOverrides": false, "defaultRequestPolicy": {"headerContentType": "text/plain; charset=UTF-8"}}})
            .to_string()),
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
                if name == "Policy" {
                    serde_json::from_str::<Value>(&value)
                        .map_err(|_| invalid("Invalid parameter: Policy Error: null"))?;
                }
                t.attributes.insert(name.into(), value);
            }
            "ContentBasedDeduplication" if t.fifo => {
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
        match protocol.as_str() {
            "sqs" => {}
            "http" | "https" | "email" | "email-json" | "sms" | "application" | "lambda"
            | "firehose" => {
                return Err(AwsError::not_emulated(format!(
                    "SNS subscriptions with protocol {protocol}"
                )))
            }
            other => {
                return Err(invalid(format!(
                    "Invalid parameter: Amazon SNS does not support this protocol string: {other}"
                )))
            }
        }
        let Some(("sqs", _, queue_account, queue_name)) = arn_parts(&endpoint) else {
            return Err(invalid("Invalid parameter: SQS endpoint ARN"));
        };
        let topic = &self.topics[&tid];
        if queue_account != topic.account_id {
            return Err(AwsError::not_emulated(
                "subscribing a queue of another account (AWS sends that account a SubscriptionConfirmation to confirm)",
            ));
        }
        // A FIFO topic may deliver to standard queues too (without ordering); a
        // standard topic may not deliver to a FIFO queue.
        let queue_fifo = queue_name.ends_with(".fifo");
        if !topic.fifo && queue_fifo {
            return Err(invalid(
                "Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics",
            ));
        }
        let mut sub = Subscription {
            id: self.next_subscription,
            arn: format!("{}:{}", topic.arn, sim.rng.uuid()),
            topic: tid,
            topic_arn: topic.arn.clone(),
            owner: caller.account_id.clone(),
            protocol,
            endpoint,
            raw_message_delivery: false,
            filter_policy: None,
            filter_policy_scope: FilterPolicyScope::MessageAttributes,
            delivered: 0,
            published_before: topic.published,
            failed: 0,
        };
        for (k, v) in &attrs {
            Self::apply_subscription_attribute(&mut sub, k, v, true)?;
        }
        // Subscribing the same endpoint again returns the existing subscription,
        // unless the attributes given differ from it.
        let topic = &self.topics[&tid];
        if let Some(s) = topic
            .subscriptions
            .iter()
            .filter_map(|s| self.subscriptions.get(s))
            .find(|s| s.protocol == sub.protocol && s.endpoint == sub.endpoint)
        {
            let same = attrs.is_empty()
                || (s.raw_message_delivery == sub.raw_message_delivery
                    && s.filter_policy == sub.filter_policy
                    && s.filter_policy_scope == sub.filter_policy_scope);
            if !same {
                return Err(invalid(
                    "Invalid parameter: Attributes Reason: Subscription already exists with different attributes",
                ));
            }
            return Ok(json!({"SubscriptionArn": s.arn}));
        }
        self.next_subscription += 1;
        let (id, arn) = (sub.id, sub.arn.clone());
        self.names.insert(
            1_000_000 + id,
            format!(
                "{} -> {}",
                self.topics[&tid].name,
                sub.endpoint.rsplit(':').next().unwrap_or("")
            ),
        );
        self.subscriptions.insert(id, sub);
        self.topics
            .get_mut(&tid)
            .expect("looked up")
            .subscriptions
            .push(id);
        self.matchers.remove(&tid);
        sim.record(Event::Sns(SnsEvent::Subscribed {
            topic: tid,
            subscription: id,
        }));
        Ok(json!({"SubscriptionArn": arn}))
    }

    fn apply_subscription_attribute(
        sub: &mut Subscription,
        name: &str,
        value: &str,
        subscribe: bool,
    ) -> AwsResult<()> {
        match name {
            "RawMessageDelivery" => {
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
                return Err(AwsError::not_emulated(
                    "subscription dead-letter queues (RedrivePolicy on a subscription)",
                ))
            }
            "DeliveryPolicy" | "SubscriptionRoleArn" | "ReplayPolicy" => {
                return Err(AwsError::not_emulated(format!(
                    "the subscription attribute {name}"
                )))
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
        let s = self.subscriptions.remove(&id).expect("found");
        self.matchers.remove(&s.topic);
        if let Some(t) = self.topics.get_mut(&s.topic) {
            t.subscriptions.retain(|x| *x != id);
            t.deleted_subscriptions += 1;
        }
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
                json!({"SubscriptionArn": s.arn, "Owner": s.owner, "Protocol": s.protocol,
                       "Endpoint": s.endpoint, "TopicArn": s.topic_arn})
            })
            .collect();
        let (page, next) = Self::page(subs, input)?;
        let mut out = json!({"Subscriptions": page});
        if let Some(n) = next {
            out["NextToken"] = json!(n);
        }
        Ok(out)
    }

    fn subscription_by_arn(&self, arn: &str) -> AwsResult<u32> {
        self.subscriptions
            .values()
            .find(|s| s.arn == arn)
            .map(|s| s.id)
            .ok_or_else(|| not_found("Subscription does not exist"))
    }

    fn get_subscription_attributes(&self, input: &Value) -> CallResult {
        let s =
            &self.subscriptions[&self.subscription_by_arn(required(input, "SubscriptionArn")?)?];
        let mut a = json!({
            "Owner": s.owner, "RawMessageDelivery": s.raw_message_delivery.to_string(),
            "TopicArn": s.topic_arn, "Endpoint": s.endpoint, "Protocol": s.protocol,
            "PendingConfirmation": "false", "ConfirmationWasAuthenticated": "true",
            "SubscriptionArn": s.arn, "SubscriptionPrincipal": format!("arn:aws:iam::{}:root", s.owner),
        });
        if let Some(p) = &s.filter_policy {
            a["FilterPolicy"] = json!(p);
            a["FilterPolicyScope"] = json!(s.filter_policy_scope.as_str());
        }
        Ok(json!({"Attributes": a}))
    }

    fn set_subscription_attributes(&mut self, input: &Value) -> CallResult {
        let id = self.subscription_by_arn(required(input, "SubscriptionArn")?)?;
        let name = required(input, "AttributeName")?.to_string();
        let value = input_str(input, "AttributeValue").unwrap_or("").to_string();
        let s = self.subscriptions.get_mut(&id).expect("found");
        Self::apply_subscription_attribute(s, &name, &value, false)?;
        let topic = s.topic;
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
        let new: Vec<(String, String)> = input
            .get("Tags")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|t| {
                        (
                            t["Key"].as_str().unwrap_or("").into(),
                            t["Value"].as_str().unwrap_or("").into(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut keys = std::collections::BTreeSet::new();
        if !new.iter().all(|(k, _)| keys.insert(k.as_str())) {
            return Err(invalid(
                "Invalid parameter: Duplicated keys are not allowed.",
            ));
        }
        let t = self.tag_target(input)?;
        // Work out the merged set first: a refused request changes nothing.
        let mut merged = t.tags.clone();
        for (k, v) in new {
            match merged.iter_mut().find(|(tk, _)| *tk == k) {
                Some(slot) => slot.1 = v,
                None => merged.push((k, v)),
            }
        }
        if merged.len() > limits::TAGS_MAX {
            return Err(AwsError::client(
                "TagLimitExceeded",
                "Could not complete request: tag quota of per resource exceeded",
            ));
        }
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

    fn publish(&mut self, sim: &mut Sim, input: &Value) -> CallResult {
        let tid = match (
            input_str(input, "TopicArn"),
            input_str(input, "TargetArn"),
            input_str(input, "PhoneNumber"),
        ) {
            (Some(a), _, _) | (None, Some(a), _) => self.topic_by_arn(a)?,
            (None, None, Some(_)) => {
                return Err(AwsError::not_emulated("publishing SMS to a phone number"))
            }
            _ => return Err(invalid(
                "Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter",
            )),
        };
        let prepared = self.prepare(tid, input)?;
        Ok(self.commit(sim, tid, prepared))
    }

    /// PublishBatch: every entry is validated before any is published; a
    /// malformed entry fails the whole request, as on AWS.
    fn publish_batch(&mut self, sim: &mut Sim, input: &Value) -> CallResult {
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
            let p = self.prepare(tid, e)?;
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
                let v: Value = serde_json::from_str(&message).map_err(|_| fail())?;
                // "Non-string values will cause the key to be ignored."
                let m: Map<String, Value> = v
                    .as_object()
                    .ok_or_else(fail)?
                    .iter()
                    .filter(|(_, v)| v.is_string())
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                if !m.contains_key("default") {
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
            check_attribute(name, a)?;
            size += name.len()
                + a["DataType"].as_str().map_or(0, str::len)
                + a["StringValue"].as_str().map_or(0, str::len)
                + a["BinaryValue"].as_str().map_or(0, |b| b.len() * 3 / 4);
        }
        if size > limits::MESSAGE_MAX_BYTES {
            return Err(invalid("Invalid parameter: Message too long"));
        }
        let topic = &self.topics[&tid];
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
        if topic.fifo {
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
        let timestamp = crate::sim::time::format_unix_ms(sim.unix_ms());
        // The filter sees the message as published.
        let view = p
            .attributes
            .iter()
            .fold(MessageView::new(&p.message), |v, (name, a)| {
                let dt = a["DataType"].as_str().unwrap_or("String");
                v.with_attribute(name, dt, a["StringValue"].as_str().unwrap_or(""))
            });
        let matched = self.matcher(tid).matching(&view);
        let filtered = self.topics[&tid].subscriptions.len() - matched.len();
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
        }
        // "Message attributes are sent only when the message structure is String,
        // not JSON."
        let attributes = if p.per_protocol.is_some() {
            Map::new()
        } else {
            p.attributes.clone()
        };
        let topic = &self.topics[&tid];
        // Only the matching subscriptions are visited: a publish costs its matches.
        for sid in matched {
            let s = &self.subscriptions[&sid];
            let text = match &p.per_protocol {
                Some(m) => m
                    .get(&s.protocol)
                    .or_else(|| m.get("default"))
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
                None => p.message.clone(),
            };
            let (body, sqs_attributes) = if s.raw_message_delivery {
                (
                    text,
                    attributes
                        .iter()
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect(),
                )
            } else {
                (
                    envelope(
                        topic,
                        s,
                        &message_id,
                        sequence.as_deref(),
                        p.subject.as_deref(),
                        &text,
                        &timestamp,
                        &attributes,
                    ),
                    BTreeMap::new(),
                )
            };
            // Group and deduplication ids go to FIFO queues; a standard topic's
            // group id goes to standard queues (fair queues).
            let queue_fifo = s.endpoint.ends_with(".fifo");
            self.outbox.push(Delivery {
                subscription: sid,
                message: msg_num,
                protocol: s.protocol.clone(),
                endpoint: s.endpoint.clone(),
                topic_arn: topic.arn.clone(),
                topic_account: topic.account_id.clone(),
                body,
                sqs_attributes,
                message_group_id: if queue_fifo || !topic.fifo {
                    p.group.clone()
                } else {
                    None
                },
                message_deduplication_id: if queue_fifo { p.dedup.clone() } else { None },
            });
        }
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
    size: usize,
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
fn check_attribute(name: &str, a: &Value) -> AwsResult<()> {
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
    if name.starts_with('.') || name.ends_with('.') || name.contains("..") {
        return Err(attribute_error(format!(
            "Invalid message attribute name: '{name}'. Names can't start or end with a period, or have two periods in a row."
        )));
    }
    let Some(dt) = a["DataType"].as_str() else {
        return Err(AwsError::client(
            "ValidationError",
            format!("1 validation error detected: Value null at 'messageAttributes.{name}.member.dataType' failed to satisfy constraint: Member must not be null"),
        ));
    };
    let base = dt.split('.').next().unwrap_or("");
    if !matches!(base, "String" | "Number" | "Binary") {
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
    if base == "Number"
        && a["StringValue"]
            .as_str()
            .and_then(|v| v.trim().parse::<f64>().ok())
            .is_none()
    {
        return Err(attribute_error(format!(
            "Could not cast message attribute '{name}' value to number."
        )));
    }
    Ok(())
}

/// AWS's notification envelope for an SQS (or HTTP) endpoint.
#[allow(clippy::too_many_arguments)]
fn envelope(
    topic: &Topic,
    s: &Subscription,
    message_id: &str,
    sequence: Option<&str>,
    subject: Option<&str>,
    text: &str,
    timestamp: &str,
    attributes: &Map<String, Value>,
) -> String {
    let mut fields: Vec<(&str, Value)> = vec![
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
        // Switchyard holds no AWS signing key: the signature fields keep AWS's
        // shape but cannot be verified against AWS's certificate.
        let sig = crate::util::b64_encode(
            crate::util::sha256_hex(format!("{message_id}{}", s.arn).as_bytes()).as_bytes(),
        );
        fields.push((
            "SignatureVersion",
            json!(topic
                .attributes
                .get("SignatureVersion")
                .cloned()
                .unwrap_or_else(|| "1".into())),
        ));
        fields.push(("Signature", json!(sig)));
        fields.push((
            "SigningCertURL",
            json!(format!("https://sns.{}.amazonaws.com/SimpleNotificationService-5f3e1c2b9a8d7e6f4c3b2a1908f7e6d5.pem", topic.region)),
        ));
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
    envelope_text(&fields)
}

impl Sns {
    /// Panics if a topic and its subscriptions disagree.
    pub fn check_invariants(&self) {
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
    match e {
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
        } => {
            format!("{}: notification #{message} not delivered ({code}; delivery retries are not emulated yet)", sub(subscription))
        }
    }
}
