//! How SNS carries a notification to an endpoint that is not an SQS queue, and
//! how it retries: endpoint validation for every protocol, the simulated
//! receivers (an inbox per subscription), AWS's delivery policies per protocol
//! and the HTTP/S `DeliveryPolicy` attribute with its limits.
//!
//! Sources: "Amazon SNS message delivery retries" (the phases and the table of
//! policies per endpoint type), "Creating an HTTP/S delivery policy" (the JSON
//! shape and its limits), "SetTopicAttributes / SetSubscriptionAttributes delivery
//! policy JSON format". Where the documents give no exact error wording the
//! message below is ours and says so.
//!
//! Nothing here reads the wall clock: delays are virtual milliseconds, and the
//! engine schedules `SnsTimer::Retry` with them.

use crate::error::AwsError;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// How many notifications a simulated receiver keeps (oldest dropped first).
pub const INBOX_MAX: usize = 100;

/// What a simulated receiver (an HTTP server, a mailbox, a phone, a function, a
/// delivery stream) got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Received {
    /// Virtual time of arrival (ms).
    pub at_ms: u64,
    /// `Notification` or `SubscriptionConfirmation`.
    pub message_type: String,
    /// For email: the mail's subject line.
    pub subject: Option<String>,
    /// The body as the receiver sees it (envelope, plain text, Lambda event, ...).
    pub body: String,
    /// HTTP/S only: the headers SNS sends (`x-amz-sns-*`, Content-Type).
    pub headers: Vec<(String, String)>,
    /// Which attempt this was (1 = the first try).
    pub attempt: u32,
    /// The endpoint's error when it failed this attempt (a server-side error
    /// SNS retries), `None` when it accepted it.
    #[serde(default)]
    pub failed: Option<String>,
}

impl Received {
    /// A notification as a simulated receiver gets it on the first attempt.
    pub fn notification(at_ms: u64, body: String) -> Self {
        Received {
            at_ms,
            message_type: "Notification".into(),
            subject: None,
            body,
            headers: Vec::new(),
            attempt: 1,
            failed: None,
        }
    }
}

/// Keeps `r` in a simulated receiver's inbox, the oldest dropped past
/// `INBOX_MAX`.
pub fn keep(inbox: &mut Vec<Received>, r: Received) {
    if inbox.len() >= INBOX_MAX {
        inbox.remove(0);
    }
    inbox.push(r);
}

/// Settings for the simulated receivers (plain data, saved with the world).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SnsSettings {
    /// Chance, in parts per million, that an endpoint answers a delivery with a
    /// server-side error (HTTP 500, a throttled function, ...), by endpoint
    /// (URL, address, number or ARN). SQS endpoints too: the queue is then
    /// "unavailable" and SNS retries as it does for AWS-managed endpoints.
    pub failure_rate_ppm: std::collections::BTreeMap<String, u32>,
    /// The chance for endpoints not listed above.
    pub default_failure_rate_ppm: u32,
    /// Endpoints that answer with a client-side error (deleted, or refusing SNS
    /// by policy): SNS does not retry those.
    pub gone: std::collections::BTreeSet<String>,
}

impl SnsSettings {
    /// The failure chance for `endpoint`.
    pub fn failure_rate_for(&self, endpoint: &str) -> u32 {
        self.failure_rate_ppm
            .get(endpoint)
            .copied()
            .unwrap_or(self.default_failure_rate_ppm)
    }
}

/// A failed attempt: the endpoint's code and message, and whether it is a
/// client-side error (never retried) or a server-side one (retried by policy).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    pub code: String,
    pub message: String,
    pub client_side: bool,
}

/// Customer-managed endpoints (AWS's table): email, SMS, mobile push.
pub fn is_customer_managed(protocol: &str) -> bool {
    matches!(protocol, "email" | "email-json" | "sms" | "application")
}

/// Protocols that need the endpoint to confirm (a SubscriptionConfirmation).
pub fn needs_confirmation(protocol: &str) -> bool {
    matches!(protocol, "http" | "https" | "email" | "email-json")
}

/// The backoff functions of the backoff phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Backoff {
    Linear,
    Arithmetic,
    Geometric,
    Exponential,
}

impl Backoff {
    fn parse(s: &str) -> Option<Backoff> {
        match s {
            "linear" => Some(Backoff::Linear),
            "arithmetic" => Some(Backoff::Arithmetic),
            "geometric" => Some(Backoff::Geometric),
            "exponential" => Some(Backoff::Exponential),
            _ => None,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Backoff::Linear => "linear",
            Backoff::Arithmetic => "arithmetic",
            Backoff::Geometric => "geometric",
            Backoff::Exponential => "exponential",
        }
    }
}

/// A retry policy in AWS's four phases. Delays are whole seconds, as in AWS's
/// policies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetryPolicy {
    /// Immediate phase: retries with no delay.
    pub num_no_delay: u32,
    /// Pre-backoff phase: retries `min_delay_s` apart.
    pub num_min_delay: u32,
    /// Backoff phase: retries whose delay grows from `min_delay_s` to `max_delay_s`.
    pub num_backoff: u32,
    /// Post-backoff phase: retries `max_delay_s` apart.
    pub num_max_delay: u32,
    pub min_delay_s: u32,
    pub max_delay_s: u32,
    pub backoff: Backoff,
}

impl RetryPolicy {
    /// AWS-managed endpoints (Lambda, SQS, Firehose): 3 immediate, 2 one second
    /// apart, 10 with exponential backoff from 1 to 20 seconds, 100,000 twenty
    /// seconds apart (100,015 over 23 days).
    pub const AWS_MANAGED: RetryPolicy = RetryPolicy {
        num_no_delay: 3,
        num_min_delay: 2,
        num_backoff: 10,
        num_max_delay: 100_000,
        min_delay_s: 1,
        max_delay_s: 20,
        backoff: Backoff::Exponential,
    };

    /// Customer-managed endpoints (SMTP, SMS, mobile push): none immediate, 2 ten
    /// seconds apart, 10 with exponential backoff from 10 to 600 seconds, 38 six
    /// hundred seconds apart (50 over 6 hours).
    pub const CUSTOMER_MANAGED: RetryPolicy = RetryPolicy {
        num_no_delay: 0,
        num_min_delay: 2,
        num_backoff: 10,
        num_max_delay: 38,
        min_delay_s: 10,
        max_delay_s: 600,
        backoff: Backoff::Exponential,
    };

    /// The policy for a protocol whose policy cannot be changed.
    pub fn fixed(protocol: &str) -> RetryPolicy {
        if is_customer_managed(protocol) {
            Self::CUSTOMER_MANAGED
        } else {
            Self::AWS_MANAGED
        }
    }

    /// Retries in all.
    pub fn num_retries(&self) -> u32 {
        self.num_no_delay + self.num_min_delay + self.num_backoff + self.num_max_delay
    }

    /// The delay (ms) before retry number `retry` (1 = the first retry), or
    /// `None` once the policy is exhausted.
    ///
    /// AWS applies jitter to these delays; Switchyard does not, so that retry
    /// times are exact and a person can predict them. AWS draws the four backoff
    /// functions only as a figure ("backoff-graph.png"); the formulas here follow
    /// its shapes and are ours: linear grows evenly, arithmetic grows with the
    /// triangular numbers, geometric doubles from the minimum (capped at the
    /// maximum), exponential stays low and rises steeply to the maximum. Every
    /// function starts at the minimum and ends at the maximum.
    pub fn delay_ms(&self, retry: u32) -> Option<u64> {
        let mut k = retry.checked_sub(1)?;
        if k < self.num_no_delay {
            return Some(0);
        }
        k -= self.num_no_delay;
        if k < self.num_min_delay {
            return Some(u64::from(self.min_delay_s) * 1000);
        }
        k -= self.num_min_delay;
        if k < self.num_backoff {
            return Some(self.backoff_ms(k, self.num_backoff));
        }
        k -= self.num_backoff;
        if k < self.num_max_delay {
            return Some(u64::from(self.max_delay_s) * 1000);
        }
        None
    }

    /// Delay of backoff retry `i` (0-based) of `n`.
    fn backoff_ms(&self, i: u32, n: u32) -> u64 {
        let (min, max) = (
            u128::from(self.min_delay_s) * 1000,
            u128::from(self.max_delay_s) * 1000,
        );
        if n <= 1 || i + 1 >= n {
            return (if n <= 1 { min } else { max }) as u64;
        }
        let (i, last) = (u128::from(i), u128::from(n - 1));
        let span = max - min;
        let d = match self.backoff {
            Backoff::Linear => min + span * i / last,
            Backoff::Arithmetic => min + span * (i * (i + 1)) / (last * (last + 1)),
            Backoff::Geometric => (min.max(1) << i.min(100)).min(max),
            Backoff::Exponential => {
                let top = (1u128 << last.min(100)) - 1;
                min + span * ((1u128 << i.min(100)) - 1) / top.max(1)
            }
        };
        d as u64
    }

    fn to_json(self) -> Value {
        json!({
            "minDelayTarget": self.min_delay_s,
            "maxDelayTarget": self.max_delay_s,
            "numRetries": self.num_retries(),
            "numMaxDelayRetries": self.num_max_delay,
            "numNoDelayRetries": self.num_no_delay,
            "numMinDelayRetries": self.num_min_delay,
            "backoffFunction": self.backoff.as_str(),
        })
    }
}

/// The HTTP/S default: 3 retries 20 seconds apart ("By default, if the initial
/// delivery of the message fails, Amazon SNS attempts up to three retries with a
/// delay between failed attempts set at 20 seconds").
pub const HTTP_DEFAULT: RetryPolicy = RetryPolicy {
    num_no_delay: 0,
    num_min_delay: 0,
    num_backoff: 3,
    num_max_delay: 0,
    min_delay_s: 20,
    max_delay_s: 20,
    backoff: Backoff::Linear,
};

/// The default `Content-Type` of an HTTP/S notification.
pub const DEFAULT_CONTENT_TYPE: &str = "text/plain; charset=UTF-8";

/// Content types "Creating an HTTP/S delivery policy" lists for
/// `headerContentType`.
const CONTENT_TYPES: &[&str] = &[
    "application/json",
    "text/plain",
    "application/xml",
    "text/xml",
    "text/html",
    "application/x-www-form-urlencoded",
    "application/x-httpd-php",
    "application/javascript",
    "text/css",
    "text/csv",
    "text/javascript",
    "application/octet-stream",
    "application/x-amz-json-1.0",
    "application/x-amz-json-1.1",
];

fn policy_error(which: &str, reason: impl std::fmt::Display) -> AwsError {
    // AWS answers a bad delivery policy with InvalidParameter naming the
    // attribute; the reason's wording is ours (the documents give none).
    AwsError::client(
        "InvalidParameter",
        format!("Invalid parameter: {which}: {reason}"),
    )
}

/// One parsed healthy-retry policy as given (members absent stay `None`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct PartialRetry {
    min_delay: Option<u32>,
    max_delay: Option<u32>,
    num_retries: Option<u32>,
    no_delay: Option<u32>,
    min_delay_retries: Option<u32>,
    max_delay_retries: Option<u32>,
    backoff: Option<Backoff>,
}

fn parse_retry(which: &str, v: &Value) -> Result<PartialRetry, AwsError> {
    let m = v
        .as_object()
        .ok_or_else(|| policy_error(which, "healthyRetryPolicy must be a JSON object"))?;
    let mut p = PartialRetry::default();
    for (k, val) in m {
        let int = || {
            val.as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| policy_error(which, format!("{k} must be a non-negative integer")))
        };
        match k.as_str() {
            "minDelayTarget" => p.min_delay = Some(int()?),
            "maxDelayTarget" => p.max_delay = Some(int()?),
            "numRetries" => p.num_retries = Some(int()?),
            "numNoDelayRetries" => p.no_delay = Some(int()?),
            "numMinDelayRetries" => p.min_delay_retries = Some(int()?),
            "numMaxDelayRetries" => p.max_delay_retries = Some(int()?),
            "backoffFunction" => {
                p.backoff = Some(val.as_str().and_then(Backoff::parse).ok_or_else(|| {
                    policy_error(
                        which,
                        "backoffFunction must be one of linear, arithmetic, geometric, exponential",
                    )
                })?)
            }
            other => return Err(policy_error(which, format!("unknown member {other}"))),
        }
    }
    Ok(p)
}

impl PartialRetry {
    /// Fills what is absent from `base` and checks AWS's limits: minDelayTarget
    /// 1..=maxDelayTarget, maxDelayTarget ..=3,600, numRetries 0..=100, the phase
    /// counts within numRetries, and at most 3,600 seconds of retrying in all.
    fn over(&self, which: &str, base: &RetryPolicy) -> Result<RetryPolicy, AwsError> {
        let min = self.min_delay.unwrap_or(base.min_delay_s);
        let max = self.max_delay.unwrap_or(base.max_delay_s);
        let total = self.num_retries.unwrap_or(base.num_retries());
        let no = self.no_delay.unwrap_or(base.num_no_delay);
        let pre = self.min_delay_retries.unwrap_or(base.num_min_delay);
        let post = self.max_delay_retries.unwrap_or(base.num_max_delay);
        if min < 1 || min > max {
            return Err(policy_error(
                which,
                "minDelayTarget must be between 1 and maxDelayTarget",
            ));
        }
        if max > 3600 {
            return Err(policy_error(
                which,
                "maxDelayTarget must be at most 3600 seconds",
            ));
        }
        if total > 100 {
            return Err(policy_error(which, "numRetries must be between 0 and 100"));
        }
        if no + pre + post > total {
            return Err(policy_error(
                which,
                "numNoDelayRetries + numMinDelayRetries + numMaxDelayRetries must not exceed numRetries",
            ));
        }
        let p = RetryPolicy {
            num_no_delay: no,
            num_min_delay: pre,
            num_backoff: total - no - pre - post,
            num_max_delay: post,
            min_delay_s: min,
            max_delay_s: max,
            backoff: self.backoff.unwrap_or(base.backoff),
        };
        let seconds: u64 = (1..=p.num_retries())
            .filter_map(|r| p.delay_ms(r))
            .sum::<u64>()
            / 1000;
        if seconds > 3600 {
            // "The total policy retry time for an HTTP/S endpoint cannot be
            // greater than 3,600 seconds."
            return Err(policy_error(
                which,
                "the total retry time of the policy must not exceed 3600 seconds",
            ));
        }
        Ok(p)
    }
}

fn parse_request_policy(which: &str, v: &Value) -> Result<String, AwsError> {
    let ct = v
        .get("headerContentType")
        .and_then(Value::as_str)
        .ok_or_else(|| policy_error(which, "requestPolicy needs headerContentType"))?;
    let base = ct.split(';').next().unwrap_or("").trim();
    if !CONTENT_TYPES.contains(&base) {
        return Err(policy_error(
            which,
            format!("unsupported headerContentType {ct}"),
        ));
    }
    Ok(ct.to_string())
}

/// A throttle policy's `maxReceivesPerSecond`: "the maximum number of
/// deliveries per second, per subscription" (a whole number, 1 or more; the
/// refusal's wording is ours).
fn parse_throttle(which: &str, member: &str, v: &Value) -> Result<u32, AwsError> {
    v.get("maxReceivesPerSecond")
        .and_then(Value::as_u64)
        .filter(|&n| n >= 1)
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| {
            policy_error(
                which,
                format!("{member}.maxReceivesPerSecond must be a whole number of 1 or more"),
            )
        })
}

/// A topic's `DeliveryPolicy` (its `http` member), parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicHttpPolicy {
    pub retry: RetryPolicy,
    pub disable_subscription_overrides: bool,
    pub content_type: String,
    /// `defaultThrottlePolicy.maxReceivesPerSecond`; None: no throttling.
    pub throttle: Option<u32>,
}

impl Default for TopicHttpPolicy {
    fn default() -> Self {
        TopicHttpPolicy {
            retry: HTTP_DEFAULT,
            disable_subscription_overrides: false,
            content_type: DEFAULT_CONTENT_TYPE.into(),
            throttle: None,
        }
    }
}

/// Parses and checks a topic's `DeliveryPolicy` ("" means none).
pub fn parse_topic_policy(text: &str) -> Result<TopicHttpPolicy, AwsError> {
    let mut out = TopicHttpPolicy::default();
    if text.trim().is_empty() {
        return Ok(out);
    }
    let which = "DeliveryPolicy";
    let doc: Value = serde_json::from_str(text)
        .map_err(|_| policy_error(which, "the policy is not valid JSON"))?;
    let top = doc
        .as_object()
        .ok_or_else(|| policy_error(which, "the policy must be a JSON object"))?;
    for (k, v) in top {
        if k != "http" {
            return Err(policy_error(
                which,
                format!("unknown protocol {k} (only http can be changed)"),
            ));
        }
        let http = v
            .as_object()
            .ok_or_else(|| policy_error(which, "http must be a JSON object"))?;
        for (hk, hv) in http {
            // A member given as null is left out (AWS then shows the policy
            // without it).
            if hv.is_null() {
                continue;
            }
            match hk.as_str() {
                "defaultHealthyRetryPolicy" => {
                    out.retry = parse_retry(which, hv)?.over(which, &HTTP_DEFAULT)?
                }
                "disableSubscriptionOverrides" => {
                    out.disable_subscription_overrides = hv.as_bool().ok_or_else(|| {
                        policy_error(which, "disableSubscriptionOverrides must be true or false")
                    })?
                }
                "defaultRequestPolicy" => out.content_type = parse_request_policy(which, hv)?,
                "defaultThrottlePolicy" => out.throttle = Some(parse_throttle(which, hk, hv)?),
                other => return Err(policy_error(which, format!("unknown member {other}"))),
            }
        }
    }
    Ok(out)
}

/// An HTTP/S subscription's `DeliveryPolicy`, checked; returns what it sets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SubscriptionHttpPolicy {
    retry: Option<PartialRetry>,
    content_type: Option<String>,
    throttle: Option<u32>,
}

/// Parses and checks a subscription's `DeliveryPolicy` ("" means none).
pub fn parse_subscription_policy(text: &str) -> Result<SubscriptionHttpPolicy, AwsError> {
    let mut out = SubscriptionHttpPolicy::default();
    if text.trim().is_empty() {
        return Ok(out);
    }
    let which = "DeliveryPolicy";
    let doc: Value = serde_json::from_str(text)
        .map_err(|_| policy_error(which, "the policy is not valid JSON"))?;
    let top = doc
        .as_object()
        .ok_or_else(|| policy_error(which, "the policy must be a JSON object"))?;
    for (k, v) in top {
        // What AWS shows back (`subscription_policy_json`) is taken back:
        // nulls for what is not set, `guaranteed` false.
        if v.is_null() || (k == "guaranteed" && v == &Value::Bool(false)) {
            continue;
        }
        match k.as_str() {
            "guaranteed" => {
                return Err(AwsError::not_emulated(
                    "SNS guaranteed HTTP delivery (DeliveryPolicy guaranteed: true)",
                ))
            }
            "healthyRetryPolicy" => {
                let p = parse_retry(which, v)?;
                // The limits hold for the policy merged over the default.
                p.over(which, &HTTP_DEFAULT)?;
                out.retry = Some(p);
            }
            "requestPolicy" => out.content_type = Some(parse_request_policy(which, v)?),
            "throttlePolicy" => out.throttle = Some(parse_throttle(which, k, v)?),
            other => return Err(policy_error(which, format!("unknown member {other}"))),
        }
    }
    Ok(out)
}

/// The policy in force for an HTTP/S subscription: the topic's (or the
/// default), overridden by the subscription's unless the topic disables
/// overrides. Returns the retry policy and the Content-Type.
pub fn effective_http(topic_policy: &str, sub_policy: &str) -> (RetryPolicy, String) {
    let t = parse_topic_policy(topic_policy).unwrap_or_default();
    if t.disable_subscription_overrides {
        return (t.retry, t.content_type);
    }
    let s = parse_subscription_policy(sub_policy).unwrap_or_default();
    let retry = s
        .retry
        .and_then(|p| p.over("DeliveryPolicy", &t.retry).ok())
        .unwrap_or(t.retry);
    (retry, s.content_type.unwrap_or(t.content_type))
}

/// The most deliveries per second an HTTP/S subscription may receive: its
/// own throttle policy's, else the topic's default, the topic's alone when
/// it disables overrides; None: not throttled.
pub fn effective_throttle(topic_policy: &str, sub_policy: &str) -> Option<u32> {
    let t = parse_topic_policy(topic_policy).unwrap_or_default();
    if t.disable_subscription_overrides {
        return t.throttle;
    }
    let s = parse_subscription_policy(sub_policy).unwrap_or_default();
    s.throttle.or(t.throttle)
}

/// A topic's `EffectiveDeliveryPolicy`: what was set merged into the defaults.
pub fn effective_topic_json(topic_policy: &str) -> String {
    let t = parse_topic_policy(topic_policy).unwrap_or_default();
    let mut http = serde_json::Map::new();
    http.insert("defaultHealthyRetryPolicy".into(), t.retry.to_json());
    if let Some(n) = t.throttle {
        http.insert(
            "defaultThrottlePolicy".into(),
            json!({"maxReceivesPerSecond": n}),
        );
    }
    http.insert(
        "disableSubscriptionOverrides".into(),
        json!(t.disable_subscription_overrides),
    );
    http.insert(
        "defaultRequestPolicy".into(),
        json!({"headerContentType": t.content_type}),
    );
    json!({ "http": http }).to_string()
}

/// An HTTP/S subscription's `EffectiveDeliveryPolicy`: every member AWS
/// shows, nulls for what neither the topic nor the subscription sets
/// (LocalStack's AWS-validated test_subscribe_external_http_endpoint_content_type).
pub fn effective_subscription_json(topic_policy: &str, sub_policy: &str) -> String {
    let (retry, ct) = effective_http(topic_policy, sub_policy);
    let throttle = effective_throttle(topic_policy, sub_policy)
        .map_or(Value::Null, |n| json!({"maxReceivesPerSecond": n}));
    json!({
        "healthyRetryPolicy": retry.to_json(),
        "sicklyRetryPolicy": null,
        "throttlePolicy": throttle,
        "requestPolicy": {"headerContentType": ct},
        "guaranteed": false,
    })
    .to_string()
}

/// An HTTP/S subscription's `DeliveryPolicy` as AWS shows it back: the
/// members set, nulls for the others, `guaranteed` false (the same test).
pub fn subscription_policy_json(sub_policy: &str) -> String {
    let doc: Value = serde_json::from_str(sub_policy).unwrap_or(Value::Null);
    let member = |k: &str| doc.get(k).cloned().unwrap_or(Value::Null);
    json!({
        "healthyRetryPolicy": member("healthyRetryPolicy"),
        "sicklyRetryPolicy": member("sicklyRetryPolicy"),
        "throttlePolicy": member("throttlePolicy"),
        "requestPolicy": member("requestPolicy"),
        "guaranteed": doc.get("guaranteed").cloned().unwrap_or(Value::Bool(false)),
    })
    .to_string()
}

/// A topic's `DeliveryPolicy` as kept and shown back. AWS re-serializes it:
/// null members are left out, and the `http` object always carries
/// `disableSubscriptionOverrides` (false unless set), its members in one
/// order -- the retry policy first, the request policy last, whatever order
/// they were given in (LocalStack's AWS-validated
/// test_topic_delivery_policy_crud: `{"http": {"defaultRequestPolicy": ..}}`
/// reads back as `{"http": {"disableSubscriptionOverrides": false,
/// "defaultRequestPolicy": ..}}`). Where the sickly retry and throttle
/// policies would sit is not recorded; they come between, as in AWS's
/// documented examples. Text that is not a JSON object is kept as given
/// (it was refused before it could be kept).
pub fn topic_policy_text(text: &str) -> String {
    fn strip(v: &mut Value) {
        if let Value::Object(m) = v {
            m.retain(|_, x| !x.is_null());
            m.values_mut().for_each(strip);
        }
    }
    const ORDER: [&str; 4] = [
        "defaultHealthyRetryPolicy",
        "defaultSicklyRetryPolicy",
        "defaultThrottlePolicy",
        "disableSubscriptionOverrides",
    ];
    let Ok(mut v) = serde_json::from_str::<Value>(text) else {
        return text.to_string();
    };
    strip(&mut v);
    if let Some(Value::Object(http)) = v.get_mut("http") {
        let mut given = std::mem::take(http);
        given
            .entry("disableSubscriptionOverrides")
            .or_insert(Value::Bool(false));
        for k in ORDER {
            if let Some(x) = given.shift_remove(k) {
                http.insert(k.into(), x);
            }
        }
        http.extend(given);
    }
    v.to_string()
}

/// Checks an endpoint for its protocol on Subscribe. The messages are AWS's
/// `Invalid parameter: ...` form; the words after the colon are ours where the
/// documents give none. Firehose's role is checked by the caller (it is an
/// attribute).
pub fn validate_endpoint(protocol: &str, endpoint: &str) -> Result<(), AwsError> {
    let bad = |what: &str| {
        Err(AwsError::client(
            "InvalidParameter",
            format!("Invalid parameter: {what}"),
        ))
    };
    let arn_of = |service: &str, resource_prefix: &str| {
        let parts: Vec<&str> = endpoint.splitn(6, ':').collect();
        parts.len() == 6
            && parts[0] == "arn"
            && parts[2] == service
            && !parts[3].is_empty()
            && parts[4].len() == 12
            && parts[4].bytes().all(|b| b.is_ascii_digit())
            && parts[5].starts_with(resource_prefix)
            && parts[5].len() > resource_prefix.len()
    };
    match protocol {
        "http" if !endpoint.starts_with("http://") || endpoint.len() <= 7 => {
            bad("Endpoint Reason: http endpoint must start with http://")
        }
        "https" if !endpoint.starts_with("https://") || endpoint.len() <= 8 => {
            bad("Endpoint Reason: https endpoint must start with https://")
        }
        "email" | "email-json" if !email_ok(endpoint) => bad("Email address"),
        // E.164 ("+", then up to 15 digits, the first not zero), where single
        // separators (`.`, `/`, `-`) between digits are allowed; AWS's message
        // has no "Invalid parameter:" before it (as moto's and LocalStack's
        // recordings of AWS show).
        "sms" if !sms_endpoint_ok(endpoint) => Err(AwsError::client(
            "InvalidParameter",
            format!("Invalid SMS endpoint: {endpoint}"),
        )),
        "application" if !arn_of("sns", "endpoint/") => bad("Application endpoint arn invalid"),
        "lambda" if !arn_of("lambda", "function:") => bad("Lambda endpoint ARN"),
        "firehose" if !arn_of("firehose", "deliverystream/") => bad("Firehose endpoint ARN"),
        _ => Ok(()),
    }
}

fn email_ok(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.contains(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
}

/// An SMS subscription's endpoint: E.164 once single `.`, `/` or `-`
/// separators between digits are taken out.
fn sms_endpoint_ok(s: &str) -> bool {
    let sep = |c: char| matches!(c, '.' | '/' | '-');
    let body = s.strip_prefix('+').unwrap_or(s);
    if body.starts_with(sep) || body.ends_with(sep) {
        return false;
    }
    let chars: Vec<char> = body.chars().collect();
    if chars.windows(2).any(|w| sep(w[0]) && sep(w[1])) {
        return false;
    }
    e164_ok(&s.chars().filter(|c| !sep(*c)).collect::<String>())
}

pub(crate) fn e164_ok(s: &str) -> bool {
    let Some(digits) = s.strip_prefix('+') else {
        return false;
    };
    (2..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
}

/// The HTTP headers SNS sends with a POST to an HTTP/S endpoint.
pub fn http_headers(
    message_type: &str,
    message_id: &str,
    topic_arn: &str,
    subscription_arn: Option<&str>,
    content_type: &str,
    raw: bool,
) -> Vec<(String, String)> {
    let mut h = vec![
        (
            "x-amz-sns-message-type".to_string(),
            message_type.to_string(),
        ),
        ("x-amz-sns-message-id".into(), message_id.into()),
        ("x-amz-sns-topic-arn".into(), topic_arn.into()),
    ];
    // A confirmation request has no subscription yet to name.
    if let Some(s) = subscription_arn {
        h.push(("x-amz-sns-subscription-arn".into(), s.into()));
    }
    if raw {
        h.push(("x-amz-sns-rawdelivery".into(), "true".into()));
    }
    h.push(("Content-Type".into(), content_type.into()));
    h.push((
        "User-Agent".into(),
        "Amazon Simple Notification Service Agent".into(),
    ));
    h
}

/// The event a Lambda function receives from SNS: one record whose `Sns`
/// member carries the notification.
pub fn lambda_event(subscription_arn: &str, envelope: &Map<String, Value>) -> String {
    json!({"Records": [{
        "EventSource": "aws:sns",
        "EventVersion": "1.0",
        "EventSubscriptionArn": subscription_arn,
        "Sns": envelope,
    }]})
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aws_managed_phases() {
        let p = RetryPolicy::AWS_MANAGED;
        assert_eq!(p.num_retries(), 100_015);
        assert_eq!(
            (1..=5).map(|r| p.delay_ms(r).unwrap()).collect::<Vec<_>>(),
            vec![0, 0, 0, 1000, 1000]
        );
        assert_eq!(p.delay_ms(6), Some(1000));
        assert_eq!(p.delay_ms(15), Some(20_000));
        assert_eq!(p.delay_ms(100_015), Some(20_000));
        assert_eq!(p.delay_ms(100_016), None);
    }

    #[test]
    fn backoff_functions_start_at_min_and_end_at_max() {
        for b in [
            Backoff::Linear,
            Backoff::Arithmetic,
            Backoff::Geometric,
            Backoff::Exponential,
        ] {
            let p = RetryPolicy {
                num_backoff: 10,
                min_delay_s: 10,
                max_delay_s: 600,
                backoff: b,
                ..HTTP_DEFAULT
            };
            let d: Vec<u64> = (1..=10).map(|r| p.delay_ms(r).unwrap()).collect();
            assert_eq!(d[0], 10_000, "{b:?}");
            assert_eq!(d[9], 600_000, "{b:?}");
            assert!(d.windows(2).all(|w| w[0] <= w[1]), "{b:?} {d:?}");
        }
    }

    #[test]
    fn http_policy_limits() {
        assert!(parse_subscription_policy(r#"{"healthyRetryPolicy":{"numRetries":101}}"#).is_err());
        assert!(
            parse_subscription_policy(r#"{"healthyRetryPolicy":{"minDelayTarget":0}}"#).is_err()
        );
        assert!(parse_subscription_policy(
            r#"{"healthyRetryPolicy":{"minDelayTarget":30,"maxDelayTarget":20}}"#
        )
        .is_err());
        assert!(parse_subscription_policy(
            r#"{"healthyRetryPolicy":{"numRetries":2,"numNoDelayRetries":3}}"#
        )
        .is_err());
        // 100 retries 3600 s apart: far over the 3,600-second total.
        assert!(parse_subscription_policy(
            r#"{"healthyRetryPolicy":{"numRetries":100,"minDelayTarget":3600,"maxDelayTarget":3600}}"#
        )
        .is_err());
        assert!(parse_subscription_policy(r#"{"healthyRetryPolicy":{"numRetries":5}}"#).is_ok());
        assert!(parse_topic_policy(r#"{"sqs":{}}"#).is_err());
    }

    #[test]
    fn endpoints() {
        assert!(validate_endpoint("http", "http://example.com/x").is_ok());
        assert!(validate_endpoint("http", "https://example.com/x").is_err());
        assert!(validate_endpoint("https", "http://example.com/x").is_err());
        assert!(validate_endpoint("email", "a@example.com").is_ok());
        assert!(validate_endpoint("email", "not-an-address").is_err());
        assert!(validate_endpoint("sms", "+14155550100").is_ok());
        assert!(validate_endpoint("sms", "4155550100").is_err());
        assert!(
            validate_endpoint("lambda", "arn:aws:lambda:us-east-1:123456789012:function:f").is_ok()
        );
        assert!(validate_endpoint("lambda", "arn:aws:sqs:us-east-1:123456789012:q").is_err());
        assert!(validate_endpoint(
            "firehose",
            "arn:aws:firehose:us-east-1:123456789012:deliverystream/s"
        )
        .is_ok());
        assert!(validate_endpoint(
            "application",
            "arn:aws:sns:us-east-1:123456789012:endpoint/GCM/app/1234"
        )
        .is_ok());
        assert!(validate_endpoint("application", "arn:aws:sns:us-east-1:123456789012:t").is_err());
    }
}
