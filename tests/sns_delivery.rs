//! SNS delivery beyond SQS: endpoint validation per protocol, the simulated
//! receivers and their inboxes, confirmation (ConfirmSubscription, the
//! SubscribeURL, expiry after 3 days), retries per delivery policy on the
//! virtual clock, subscription dead-letter queues with AWS's attributes,
//! client-side errors straight to the DLQ, and the opaque NextTokens.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use switchyard::model::Service;
use switchyard::sim::metrics::MetricKey;
use switchyard::sim::{Event, SimTime};
use switchyard::sns::SnsEvent;
use switchyard::world::{CallOutcome, Caller};
use switchyard::World;

const ACCOUNT: &str = "123456789012";

fn call(
    w: &mut World,
    service: Service,
    op: &str,
    input: Value,
) -> Result<Value, switchyard::AwsError> {
    match w.call(service, op, input, &Caller::default()) {
        CallOutcome::Done(r) => r,
        CallOutcome::Pending(_) => unreachable!("no long polls here"),
    }
}

fn sns(w: &mut World, op: &str, input: Value) -> Value {
    let out = call(w, Service::Sns, op, input).unwrap_or_else(|e| panic!("{op}: {e}"));
    w.check_invariants();
    out
}

fn sns_err(w: &mut World, op: &str, input: Value) -> switchyard::AwsError {
    let e = call(w, Service::Sns, op, input).expect_err(op);
    w.check_invariants();
    e
}

fn sqs(w: &mut World, op: &str, input: Value) -> Value {
    call(w, Service::Sqs, op, input).unwrap_or_else(|e| panic!("{op}: {e}"))
}

fn topic(w: &mut World, name: &str) -> String {
    let mut input = json!({"Name": name});
    if name.ends_with(".fifo") {
        input["Attributes"] = json!({"FifoTopic": "true", "ContentBasedDeduplication": "true"});
    }
    sns(w, "CreateTopic", input)["TopicArn"]
        .as_str()
        .unwrap()
        .to_string()
}

/// A queue whose policy lets `topic_arn` send to it (or none when `None`).
fn queue(w: &mut World, name: &str, topic_arn: Option<&str>) -> (String, String) {
    let arn = format!("arn:aws:sqs:us-east-1:{ACCOUNT}:{name}");
    let mut attrs = json!({});
    if let Some(t) = topic_arn {
        let policy = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": arn,
            "Condition": {"ArnEquals": {"aws:SourceArn": t}}}]});
        attrs["Policy"] = json!(policy.to_string());
    }
    if name.ends_with(".fifo") {
        attrs["FifoQueue"] = json!("true");
    }
    let url = sqs(
        w,
        "CreateQueue",
        json!({"QueueName": name, "Attributes": attrs}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    (url, arn)
}

fn receive(w: &mut World, url: &str) -> Vec<Value> {
    w.sqs.settings.short_poll_sampling = false;
    sqs(
        w,
        "ReceiveMessage",
        json!({"QueueUrl": url, "MaxNumberOfMessages": 10, "MessageAttributeNames": ["All"]}),
    )
    .get("Messages")
    .and_then(Value::as_array)
    .cloned()
    .unwrap_or_default()
}

fn sub_id(w: &World, endpoint: &str) -> u32 {
    w.sns
        .subscriptions()
        .find(|s| s.endpoint == endpoint)
        .unwrap_or_else(|| panic!("no subscription for {endpoint}"))
        .id
}

fn subscribe(w: &mut World, topic: &str, protocol: &str, endpoint: &str, attrs: Value) -> Value {
    sns(
        w,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": protocol, "Endpoint": endpoint, "Attributes": attrs}),
    )
}

fn publish(w: &mut World, topic: &str, message: &str) {
    sns(w, "Publish", json!({"TopicArn": topic, "Message": message}));
}

fn metric(w: &World, name: &str, topic_name: &str) -> f64 {
    w.sim
        .metrics
        .datapoints(&MetricKey {
            account_id: ACCOUNT.into(),
            region: "us-east-1".into(),
            namespace: "AWS/SNS".into(),
            name: name.into(),
            dimensions: vec![("TopicName".into(), topic_name.into())],
        })
        .iter()
        .map(|d| d.sum)
        .sum()
}

/// (attempt, due ms) of every RetryScheduled for `subscription`.
fn retries(w: &World, subscription: u32) -> Vec<(u32, u64)> {
    w.sim
        .journal
        .entries()
        .filter_map(|e| match &e.event {
            Event::Sns(SnsEvent::RetryScheduled {
                subscription: s,
                attempt,
                due_ms,
                ..
            }) if *s == subscription => Some((*attempt, *due_ms)),
            _ => None,
        })
        .collect()
}

fn count_events(w: &World, f: impl Fn(&SnsEvent) -> bool) -> usize {
    w.sim
        .journal
        .entries()
        .filter(|e| matches!(&e.event, Event::Sns(x) if f(x)))
        .count()
}

/// Confirms a pending subscription the way an endpoint would: with the Token
/// from the SubscriptionConfirmation in its inbox.
fn confirm_from_inbox(w: &mut World, topic: &str, id: u32) -> String {
    let msg = w.sns.inbox(id)[0].clone();
    assert_eq!(msg.message_type, "SubscriptionConfirmation");
    let env: Value = serde_json::from_str(&msg.body).unwrap();
    sns(
        w,
        "ConfirmSubscription",
        json!({"TopicArn": topic, "Token": env["Token"]}),
    )["SubscriptionArn"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn every_protocol_checks_its_endpoint_as_aws_does() {
    let mut w = World::new(1);
    let t = topic(&mut w, "v");
    // An application endpoint must exist to be subscribed.
    let app = sns(
        &mut w,
        "CreatePlatformApplication",
        json!({"Name": "app", "Platform": "GCM", "Attributes": {"PlatformCredential": "k"}}),
    )["PlatformApplicationArn"]
        .clone();
    let device = sns(
        &mut w,
        "CreatePlatformEndpoint",
        json!({"PlatformApplicationArn": app, "Token": "t"}),
    )["EndpointArn"]
        .as_str()
        .unwrap()
        .to_string();
    let cases = [
        ("http", "https://example.com/h", "http://example.com/h"),
        ("https", "http://example.com/h", "https://example.com/h"),
        ("email", "not-an-address", "ops@example.com"),
        ("email-json", "ops@", "ops@example.com"),
        ("sms", "555-0100", "+14155550100"),
        (
            "application",
            "arn:aws:sns:us-east-1:123456789012:v",
            device.as_str(),
        ),
        (
            "lambda",
            "arn:aws:sqs:us-east-1:123456789012:q",
            "arn:aws:lambda:us-east-1:123456789012:function:f",
        ),
    ];
    for (protocol, bad, good) in cases {
        let e = sns_err(
            &mut w,
            "Subscribe",
            json!({"TopicArn": t, "Protocol": protocol, "Endpoint": bad}),
        );
        assert_eq!(
            (e.code.as_str(), e.status),
            ("InvalidParameter", 400),
            "{protocol}"
        );
        if protocol == "sms" {
            // AWS's wording for a bad number has no "Invalid parameter:".
            assert_eq!(e.message, format!("Invalid SMS endpoint: {bad}"));
        } else {
            assert!(
                e.message.starts_with("Invalid parameter: "),
                "{}",
                e.message
            );
        }
        subscribe(&mut w, &t, protocol, good, json!({}));
    }
    // Firehose needs a delivery stream ARN and the SubscriptionRoleArn attribute.
    let stream = "arn:aws:firehose:us-east-1:123456789012:deliverystream/s";
    let e = sns_err(
        &mut w,
        "Subscribe",
        json!({"TopicArn": t, "Protocol": "firehose", "Endpoint": stream}),
    );
    assert!(e.message.contains("SubscriptionRoleArn"), "{}", e.message);
    let e = sns_err(
        &mut w,
        "Subscribe",
        json!({"TopicArn": t, "Protocol": "firehose", "Endpoint": "arn:aws:s3:::b",
               "Attributes": {"SubscriptionRoleArn": "arn:aws:iam::123456789012:role/r"}}),
    );
    assert_eq!(e.code, "InvalidParameter");
    let out = subscribe(
        &mut w,
        &t,
        "firehose",
        stream,
        json!({"SubscriptionRoleArn": "arn:aws:iam::123456789012:role/r"}),
    );
    assert!(out["SubscriptionArn"].as_str().unwrap().starts_with(&t));
    assert_eq!(w.sns.subscriptions().count(), 8);
}

#[test]
fn https_confirmation_then_notifications_with_aws_headers() {
    let mut w = World::new(2);
    let t = topic(&mut w, "web");
    let url = "https://example.com/hook";
    let out = subscribe(&mut w, &t, "https", url, json!({}));
    assert_eq!(out["SubscriptionArn"], "pending confirmation");
    let listed = sns(&mut w, "ListSubscriptionsByTopic", json!({"TopicArn": t}));
    assert_eq!(
        listed["Subscriptions"][0]["SubscriptionArn"],
        "PendingConfirmation"
    );
    let attrs = sns(&mut w, "GetTopicAttributes", json!({"TopicArn": t}))["Attributes"].clone();
    assert_eq!(
        (
            attrs["SubscriptionsPending"].as_str(),
            attrs["SubscriptionsConfirmed"].as_str()
        ),
        (Some("1"), Some("0"))
    );

    let id = sub_id(&w, url);
    let conf = &w.sns.inbox(id)[0];
    let env: Value = serde_json::from_str(&conf.body).unwrap();
    assert_eq!(env["Type"], "SubscriptionConfirmation");
    assert_eq!(env["TopicArn"], t.as_str());
    assert!(env["SubscribeURL"]
        .as_str()
        .unwrap()
        .contains("Action=ConfirmSubscription"));
    assert!(conf.headers.contains(&(
        "x-amz-sns-message-type".into(),
        "SubscriptionConfirmation".into()
    )));
    assert!(!conf
        .headers
        .iter()
        .any(|(k, _)| k == "x-amz-sns-subscription-arn"));

    // Nothing reaches a pending subscription.
    publish(&mut w, &t, "too early");
    assert_eq!(w.sns.inbox(id).len(), 1);

    let e = sns_err(
        &mut w,
        "ConfirmSubscription",
        json!({"TopicArn": t, "Token": "0badc0de"}),
    );
    assert_eq!(e.code, "InvalidParameter");
    let arn = confirm_from_inbox(&mut w, &t, id);
    assert!(arn.starts_with(&t));
    let a = sns(
        &mut w,
        "GetSubscriptionAttributes",
        json!({"SubscriptionArn": arn}),
    )["Attributes"]
        .clone();
    assert_eq!(a["PendingConfirmation"], "false");
    assert_eq!(a["ConfirmationWasAuthenticated"], "false");

    publish(&mut w, &t, "hello");
    let got = w.sns.inbox(id).last().unwrap().clone();
    assert_eq!(got.message_type, "Notification");
    let env: Value = serde_json::from_str(&got.body).unwrap();
    assert_eq!(env["Message"], "hello");
    // As long as an RSA-2048 signature in base64.
    assert_eq!(env["Signature"].as_str().map(str::len), Some(344));
    for (k, v) in [
        ("x-amz-sns-message-type", "Notification"),
        ("x-amz-sns-message-id", env["MessageId"].as_str().unwrap()),
        ("x-amz-sns-topic-arn", t.as_str()),
        ("x-amz-sns-subscription-arn", arn.as_str()),
        ("Content-Type", "text/plain; charset=UTF-8"),
    ] {
        assert!(
            got.headers.contains(&(k.to_string(), v.to_string())),
            "{k}: {:?}",
            got.headers
        );
    }
    assert_eq!(
        count_events(&w, |e| matches!(e, SnsEvent::Confirmed { .. })),
        1
    );
    // ReturnSubscriptionArn=true answers with the ARN even while pending.
    let out = sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": t, "Protocol": "http", "Endpoint": "http://example.com/2", "ReturnSubscriptionArn": true}),
    );
    assert!(out["SubscriptionArn"].as_str().unwrap().starts_with(&t));
}

#[test]
fn email_is_plain_text_email_json_is_the_envelope_and_the_page_can_confirm() {
    let mut w = World::new(3);
    let t = topic(&mut w, "mail");
    subscribe(&mut w, &t, "email", "ops@example.com", json!({}));
    subscribe(&mut w, &t, "email-json", "bot@example.com", json!({}));
    let (plain, js) = (sub_id(&w, "ops@example.com"), sub_id(&w, "bot@example.com"));
    assert_eq!(
        w.sns.inbox(plain)[0].subject.as_deref(),
        Some("AWS Notification - Subscription Confirmation")
    );
    assert!(w.sns.inbox(plain)[0].body.contains(
        "Confirm subscription https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription"
    ));
    for id in [plain, js] {
        assert!(w.sns.confirm(&mut w.sim, id).is_some());
        assert!(w.sns.confirm(&mut w.sim, id).is_none(), "already confirmed");
    }
    w.check_invariants();
    sns(
        &mut w,
        "Publish",
        json!({"TopicArn": t, "Message": "disk full", "Subject": "Alarm"}),
    );
    let mail = w.sns.inbox(plain).last().unwrap();
    assert_eq!(
        (mail.body.as_str(), mail.subject.as_deref()),
        ("disk full", Some("Alarm"))
    );
    let env: Value = serde_json::from_str(&w.sns.inbox(js).last().unwrap().body).unwrap();
    assert_eq!(
        (
            env["Type"].as_str(),
            env["Message"].as_str(),
            env["Subject"].as_str()
        ),
        (Some("Notification"), Some("disk full"), Some("Alarm"))
    );
}

#[test]
fn sms_lambda_application_and_firehose_receive_their_forms() {
    let mut w = World::new(4);
    let t = topic(&mut w, "many");
    // The firehose endpoint is a real delivery stream writing to S3.
    let caller = Caller::default();
    let ok = |r: CallOutcome| match r {
        CallOutcome::Done(Ok(v)) => v,
        other => panic!("{other:?}"),
    };
    ok(w.call(
        Service::S3,
        "CreateBucket",
        json!({"Bucket": "sns-archive"}),
        &caller,
    ));
    ok(w.call(
        Service::Firehose,
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "s", "ExtendedS3DestinationConfiguration": {
            "RoleARN": "arn:aws:iam::123456789012:role/r", "BucketARN": "arn:aws:s3:::sns-archive",
            "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0}}}),
        &caller,
    ));
    w.sleep_ms(5_000);
    let f = "arn:aws:lambda:us-east-1:123456789012:function:f";
    subscribe(&mut w, &t, "lambda", f, json!({}));
    subscribe(&mut w, &t, "sms", "+14155550100", json!({}));
    let stream = "arn:aws:firehose:us-east-1:123456789012:deliverystream/s";
    subscribe(
        &mut w,
        &t,
        "firehose",
        stream,
        json!({"SubscriptionRoleArn": "arn:aws:iam::123456789012:role/r", "RawMessageDelivery": "true"}),
    );
    publish(&mut w, &t, "m1");
    let ev: Value = serde_json::from_str(&w.sns.inbox(sub_id(&w, f))[0].body).unwrap();
    assert_eq!(ev["Records"][0]["EventSource"], "aws:sns");
    assert_eq!(ev["Records"][0]["Sns"]["Message"], "m1");
    assert!(ev["Records"][0]["Sns"]["UnsubscribeUrl"].is_string());
    assert_eq!(w.sns.inbox(sub_id(&w, "+14155550100"))[0].body, "m1");
    assert!(
        w.sns.inbox(sub_id(&w, stream)).is_empty(),
        "not a simulated receiver"
    );
    assert_eq!(metric(&w, "NumberOfNotificationsDelivered", "many"), 3.0);
    w.sleep_ms(1);
    let objects = &w.s3.bucket("sns-archive").unwrap().objects;
    assert_eq!(objects.len(), 1);
    assert_eq!(objects.values().next().unwrap().body, b"m1");
    // Deleting the topic takes the receivers' inboxes with it.
    sns(&mut w, "DeleteTopic", json!({"TopicArn": t}));
    assert!(w.sns.inbox(0).is_empty());
}

#[test]
fn unconfirmed_subscriptions_expire_after_three_days() {
    let mut w = World::new(5);
    let t = topic(&mut w, "late");
    subscribe(&mut w, &t, "http", "http://example.com/x", json!({}));
    let id = sub_id(&w, "http://example.com/x");
    let env: Value = serde_json::from_str(&w.sns.inbox(id)[0].body).unwrap();
    // Tokens are valid for two days.
    w.advance_to(SimTime(2 * 86_400_000 + 1));
    w.check_invariants();
    let e = sns_err(
        &mut w,
        "ConfirmSubscription",
        json!({"TopicArn": t, "Token": env["Token"]}),
    );
    assert_eq!(e.code, "InvalidParameter");
    w.advance_to(SimTime(3 * 86_400_000 - 1));
    assert_eq!(w.sns.subscriptions().count(), 1);
    w.advance_to(SimTime(3 * 86_400_000));
    w.check_invariants();
    assert_eq!(w.sns.subscriptions().count(), 0);
    assert_eq!(
        count_events(&w, |e| matches!(e, SnsEvent::ConfirmationExpired { .. })),
        1
    );
}

#[test]
fn http_default_policy_retries_three_times_twenty_seconds_apart() {
    let mut w = World::new(6);
    let t = topic(&mut w, "flaky");
    let url = "http://example.com/flaky";
    subscribe(&mut w, &t, "http", url, json!({}));
    let id = sub_id(&w, url);
    confirm_from_inbox(&mut w, &t, id);
    w.sns
        .settings
        .failure_rate_ppm
        .insert(url.into(), 1_000_000);
    publish(&mut w, &t, "m");
    assert_eq!(retries(&w, id), vec![(2, 20_000)]);
    w.advance_to(SimTime(20_000));
    w.check_invariants();
    assert_eq!(retries(&w, id), vec![(2, 20_000), (3, 40_000)]);
    // The endpoint recovers: the third attempt arrives.
    w.sns.settings.failure_rate_ppm.clear();
    w.advance_to(SimTime(60_000));
    w.check_invariants();
    let last = w.sns.inbox(id).last().unwrap();
    assert_eq!((last.attempt, last.at_ms), (3, 40_000));
    // Every failed HTTP attempt counts.
    assert_eq!(metric(&w, "NumberOfNotificationsFailed", "flaky"), 2.0);
    assert_eq!(metric(&w, "NumberOfNotificationsDelivered", "flaky"), 1.0);

    // Failing for good: 1 + 3 attempts, then discarded (no DLQ).
    w.sns
        .settings
        .failure_rate_ppm
        .insert(url.into(), 1_000_000);
    publish(&mut w, &t, "m2");
    w.advance_to(SimTime(60_000 + 60_000));
    w.check_invariants();
    assert_eq!(
        count_events(&w, |e| matches!(
            e,
            SnsEvent::Discarded {
                attempts: 4,
                client_side: false,
                ..
            }
        )),
        1
    );
    assert_eq!(metric(&w, "NumberOfNotificationsFailed", "flaky"), 6.0);
    assert_eq!(w.sns.retrying().count(), 0, "nothing left to retry");
}

#[test]
fn delivery_policies_validate_merge_and_time_the_retries() {
    let mut w = World::new(7);
    let t = topic(&mut w, "dp");
    // The topic's policy merges into the defaults.
    sns(
        &mut w,
        "SetTopicAttributes",
        json!({"TopicArn": t, "AttributeName": "DeliveryPolicy",
               "AttributeValue": r#"{"http":{"defaultHealthyRetryPolicy":{"numRetries":5}}}"#}),
    );
    let a = sns(&mut w, "GetTopicAttributes", json!({"TopicArn": t}))["Attributes"].clone();
    let eff: Value = serde_json::from_str(a["EffectiveDeliveryPolicy"].as_str().unwrap()).unwrap();
    let hp = &eff["http"]["defaultHealthyRetryPolicy"];
    assert_eq!(
        (
            hp["numRetries"].as_u64(),
            hp["minDelayTarget"].as_u64(),
            hp["backoffFunction"].as_str()
        ),
        (Some(5), Some(20), Some("linear"))
    );
    assert_eq!(eff["http"]["disableSubscriptionOverrides"], false);
    for bad in [
        r#"{"http":{"defaultHealthyRetryPolicy":{"numRetries":101}}}"#,
        r#"{"http":{"defaultHealthyRetryPolicy":{"minDelayTarget":0}}}"#,
        r#"{"http":{"defaultHealthyRetryPolicy":{"maxDelayTarget":3601}}}"#,
        r#"{"http":{"defaultHealthyRetryPolicy":{"backoffFunction":"random"}}}"#,
        r#"{"lambda":{}}"#,
        "not json",
    ] {
        let e = sns_err(
            &mut w,
            "SetTopicAttributes",
            json!({"TopicArn": t, "AttributeName": "DeliveryPolicy", "AttributeValue": bad}),
        );
        assert_eq!(e.code, "InvalidParameter", "{bad}");
        assert!(
            e.message.starts_with("Invalid parameter: DeliveryPolicy"),
            "{}",
            e.message
        );
    }
    // A throttle policy takes a whole number of deliveries per second.
    for bad in [0.5, 0.0, -1.0] {
        let e = sns_err(
            &mut w,
            "SetTopicAttributes",
            json!({"TopicArn": t, "AttributeName": "DeliveryPolicy",
            "AttributeValue": json!({"http": {"defaultThrottlePolicy": {"maxReceivesPerSecond": bad}}}).to_string()}),
        );
        assert_eq!(e.code, "InvalidParameter", "{bad}");
    }
    sns(
        &mut w,
        "SetTopicAttributes",
        json!({"TopicArn": t, "AttributeName": "DeliveryPolicy",
        "AttributeValue": r#"{"http":{"defaultHealthyRetryPolicy":{"numRetries":5},"defaultThrottlePolicy":{"maxReceivesPerSecond":3}}}"#}),
    );
    let a = sns(&mut w, "GetTopicAttributes", json!({"TopicArn": t}))["Attributes"].clone();
    let eff: Value = serde_json::from_str(a["EffectiveDeliveryPolicy"].as_str().unwrap()).unwrap();
    assert_eq!(
        eff["http"]["defaultThrottlePolicy"]["maxReceivesPerSecond"],
        3
    );
    sns(
        &mut w,
        "SetTopicAttributes",
        json!({"TopicArn": t, "AttributeName": "DeliveryPolicy",
        "AttributeValue": r#"{"http":{"defaultHealthyRetryPolicy":{"numRetries":5}}}"#}),
    );

    // The subscription's own policy: 2 immediate, then a linear backoff 1 s -> 9 s.
    let url = "https://example.com/dp";
    let arn = subscribe(&mut w, &t, "https", url, json!({})).to_string();
    let _ = arn;
    let id = sub_id(&w, url);
    let arn = confirm_from_inbox(&mut w, &t, id);
    let policy = r#"{"healthyRetryPolicy":{"numRetries":5,"numNoDelayRetries":2,"minDelayTarget":1,"maxDelayTarget":9,"backoffFunction":"linear"}}"#;
    sns(
        &mut w,
        "SetSubscriptionAttributes",
        json!({"SubscriptionArn": arn, "AttributeName": "DeliveryPolicy", "AttributeValue": policy}),
    );
    let a = sns(
        &mut w,
        "GetSubscriptionAttributes",
        json!({"SubscriptionArn": arn}),
    )["Attributes"]
        .clone();
    let eff: Value = serde_json::from_str(a["EffectiveDeliveryPolicy"].as_str().unwrap()).unwrap();
    assert_eq!(eff["healthyRetryPolicy"]["numNoDelayRetries"], 2);
    // Only HTTP/S subscriptions take a delivery policy.
    subscribe(&mut w, &t, "sms", "+14155550100", json!({}));
    let sms_arn = w
        .sns
        .subscriptions()
        .find(|s| s.protocol == "sms")
        .unwrap()
        .arn
        .clone();
    let e = sns_err(
        &mut w,
        "SetSubscriptionAttributes",
        json!({"SubscriptionArn": sms_arn, "AttributeName": "DeliveryPolicy", "AttributeValue": policy}),
    );
    assert_eq!(e.code, "InvalidParameter");

    w.sns
        .settings
        .failure_rate_ppm
        .insert(url.into(), 1_000_000);
    publish(&mut w, &t, "m");
    w.advance_to(SimTime(60_000));
    w.check_invariants();
    // Attempts 2 and 3 at once; then 1 s, 5 s, 9 s apart.
    assert_eq!(
        retries(&w, id),
        vec![(2, 0), (3, 0), (4, 1_000), (5, 6_000), (6, 15_000)]
    );
    assert_eq!(
        count_events(&w, |e| matches!(e, SnsEvent::Discarded { attempts: 6, .. })),
        1
    );

    // disableSubscriptionOverrides: the topic's policy wins.
    sns(
        &mut w,
        "SetTopicAttributes",
        json!({"TopicArn": t, "AttributeName": "DeliveryPolicy",
        "AttributeValue": r#"{"http":{"defaultHealthyRetryPolicy":{"numRetries":1,"minDelayTarget":3,"maxDelayTarget":3},"disableSubscriptionOverrides":true}}"#}),
    );
    let a = sns(
        &mut w,
        "GetSubscriptionAttributes",
        json!({"SubscriptionArn": arn}),
    )["Attributes"]
        .clone();
    let eff: Value = serde_json::from_str(a["EffectiveDeliveryPolicy"].as_str().unwrap()).unwrap();
    assert_eq!(eff["healthyRetryPolicy"]["numRetries"], 1);
}

#[test]
fn sqs_and_sms_follow_aws_fixed_policies() {
    let mut w = World::new(8);
    let t = topic(&mut w, "fixed");
    let (url, q) = queue(&mut w, "fixed-q", Some(&t));
    subscribe(&mut w, &t, "sqs", &q, json!({}));
    subscribe(&mut w, &t, "sms", "+14155550100", json!({}));
    let (qs, ss) = (sub_id(&w, &q), sub_id(&w, "+14155550100"));
    w.sns.settings.default_failure_rate_ppm = 1_000_000;
    publish(&mut w, &t, "m");
    w.advance_to(SimTime(3_600_000));
    w.check_invariants();
    // AWS-managed: 3 immediate, 2 one second apart, then the backoff from 1 s.
    let r = retries(&w, qs);
    assert_eq!(
        &r[..6],
        &[(2, 0), (3, 0), (4, 0), (5, 1_000), (6, 2_000), (7, 3_000)]
    );
    // Customer-managed: none immediate, 2 ten seconds apart, then 10 s up to 600 s.
    let r = retries(&w, ss);
    assert_eq!(&r[..3], &[(2, 10_000), (3, 20_000), (4, 30_000)]);
    // Recovery: the queue gets the message on its next retry.
    w.sns.settings.default_failure_rate_ppm = 0;
    w.advance_to(SimTime(3_700_000));
    assert_eq!(receive(&mut w, &url).len(), 1);
    w.check_invariants();
}

#[test]
fn exhausted_retries_go_to_the_dead_letter_queue_as_the_endpoint_would_have_had_them() {
    let mut w = World::new(9);
    let t = topic(&mut w, "dlq");
    let (dlq_url, dlq) = queue(&mut w, "dlq-q", Some(&t));
    let phone = "+14155550100";
    subscribe(
        &mut w,
        &t,
        "sms",
        phone,
        json!({"RedrivePolicy": json!({"deadLetterTargetArn": dlq}).to_string()}),
    );
    let id = sub_id(&w, phone);
    w.sns
        .settings
        .failure_rate_ppm
        .insert(phone.into(), 1_000_000);
    publish(&mut w, &t, "urgent");
    // 2 x 10 s + the backoff + 38 x 600 s: over six hours, as AWS says.
    w.advance_to(SimTime(8 * 3_600_000));
    w.check_invariants();
    assert_eq!(retries(&w, id).len(), 50);
    let msgs = receive(&mut w, &dlq_url);
    assert_eq!(msgs.len(), 1);
    let m = &msgs[0];
    // The text as the phone would have got it, and no error attributes
    // (LocalStack's snapshot of AWS, test_redrive_policy_sqs_queue_subscription).
    assert_eq!(m["Body"], "urgent");
    assert!(m.get("MessageAttributes").is_none(), "{m}");
    assert_eq!(metric(&w, "NumberOfNotificationsRedrivenToDlq", "dlq"), 1.0);
    assert_eq!(metric(&w, "NumberOfNotificationsFailed", "dlq"), 1.0);
    assert_eq!(
        count_events(&w, |e| matches!(e, SnsEvent::RedrivenToDlq { .. })),
        1
    );
    assert_eq!(w.sns.retrying().count(), 0);
}

#[test]
fn a_client_side_error_goes_straight_to_the_dlq_and_a_refusing_dlq_loses_it() {
    let mut w = World::new(10);
    let t = topic(&mut w, "deny");
    // The subscribed queue has no policy for the topic: AccessDenied, a
    // client-side error, never retried.
    let (_, q) = queue(&mut w, "no-policy", None);
    let (dlq_url, dlq) = queue(&mut w, "deny-dlq", Some(&t));
    let rp = json!({"deadLetterTargetArn": dlq}).to_string();
    subscribe(&mut w, &t, "sqs", &q, json!({"RedrivePolicy": rp}));
    publish(&mut w, &t, "m");
    assert!(retries(&w, sub_id(&w, &q)).is_empty());
    let msgs = receive(&mut w, &dlq_url);
    assert_eq!(msgs.len(), 1);
    assert!(msgs[0].get("MessageAttributes").is_none(), "{}", msgs[0]);
    let env: Value = serde_json::from_str(msgs[0]["Body"].as_str().unwrap()).unwrap();
    assert_eq!(env["Message"], "m");
    // Raw delivery: the dead-letter queue keeps the message's own attributes.
    let (_, q2) = queue(&mut w, "no-policy-raw", None);
    subscribe(
        &mut w,
        &t,
        "sqs",
        &q2,
        json!({"RedrivePolicy": rp, "RawMessageDelivery": "true"}),
    );
    sns(
        &mut w,
        "Publish",
        json!({"TopicArn": t, "Message": "raw",
               "MessageAttributes": {"attr1": {"DataType": "Number", "StringValue": "111"}}}),
    );
    let msgs: Vec<Value> = receive(&mut w, &dlq_url)
        .into_iter()
        .filter(|m| m["Body"] == "raw")
        .collect();
    assert_eq!(msgs.len(), 1);
    let attrs = msgs[0]["MessageAttributes"].as_object().unwrap();
    assert_eq!(attrs.keys().collect::<Vec<_>>(), vec!["attr1"]);
    assert_eq!(attrs["attr1"]["StringValue"], "111");

    // A deleted http endpoint (client-side) with a DLQ whose policy refuses SNS.
    let (_, closed) = queue(&mut w, "closed-dlq", None);
    let url = "http://gone.example.com/";
    subscribe(
        &mut w,
        &t,
        "http",
        url,
        json!({"RedrivePolicy": json!({"deadLetterTargetArn": closed}).to_string()}),
    );
    let id = sub_id(&w, url);
    confirm_from_inbox(&mut w, &t, id);
    w.sns.settings.gone.insert(url.into());
    publish(&mut w, &t, "m2");
    assert!(retries(&w, id).is_empty());
    assert_eq!(
        metric(&w, "NumberOfNotificationsFailedToRedriveToDlq", "deny"),
        1.0
    );
    assert_eq!(
        count_events(&w, |e| matches!(e, SnsEvent::RedriveFailed { .. })),
        1
    );
    w.check_invariants();
}

#[test]
fn redrive_policy_is_validated() {
    let mut w = World::new(11);
    let t = topic(&mut w, "rv");
    let ft = topic(&mut w, "rv.fifo");
    let (_, q) = queue(&mut w, "rv-q", None);
    let (_, fq) = queue(&mut w, "rv-q.fifo", None);
    for (topic_arn, endpoint, dlq) in [
        (&t, &q, "not-an-arn".to_string()),
        (
            &t,
            &q,
            "arn:aws:sqs:us-east-1:123456789012:rv-q.fifo".to_string(),
        ),
        (
            &ft,
            &fq,
            "arn:aws:sqs:us-east-1:123456789012:rv-q".to_string(),
        ),
        (
            &t,
            &q,
            "arn:aws:sqs:us-east-1:210987654321:other".to_string(),
        ),
        (
            &t,
            &q,
            "arn:aws:sqs:eu-west-1:123456789012:rv-q".to_string(),
        ),
    ] {
        let e = sns_err(
            &mut w,
            "Subscribe",
            json!({"TopicArn": topic_arn, "Protocol": "sqs", "Endpoint": endpoint,
                   "Attributes": {"RedrivePolicy": json!({"deadLetterTargetArn": dlq}).to_string()}}),
        );
        assert_eq!(e.code, "InvalidParameter", "{dlq}");
        assert!(e.message.contains("RedrivePolicy"), "{}", e.message);
    }
    // A FIFO topic's subscription takes a FIFO DLQ.
    let arn = subscribe(
        &mut w,
        &ft,
        "sqs",
        &fq,
        json!({"RedrivePolicy": json!({"deadLetterTargetArn": fq}).to_string()}),
    )["SubscriptionArn"]
        .as_str()
        .unwrap()
        .to_string();
    let a = sns(
        &mut w,
        "GetSubscriptionAttributes",
        json!({"SubscriptionArn": arn}),
    )["Attributes"]
        .clone();
    assert!(a["RedrivePolicy"].as_str().unwrap().contains("rv-q.fifo"));
}

#[test]
fn next_tokens_are_opaque_and_checked() {
    let mut w = World::new(12);
    for i in 0..150 {
        topic(&mut w, &format!("t{i:03}"));
    }
    let first = sns(&mut w, "ListTopics", json!({}));
    assert_eq!(first["Topics"].as_array().unwrap().len(), 100);
    let tok = first["NextToken"].as_str().unwrap().to_string();
    assert_ne!(tok, "100", "not a plain offset");
    let second = sns(&mut w, "ListTopics", json!({"NextToken": tok}));
    assert_eq!(second["Topics"].as_array().unwrap().len(), 50);
    assert!(second.get("NextToken").is_none());
    for bad in ["100", "garbage", ""] {
        let e = sns_err(&mut w, "ListTopics", json!({"NextToken": bad}));
        assert_eq!(
            (e.code.as_str(), e.message.as_str()),
            ("InvalidParameter", "Invalid parameter: NextToken")
        );
    }
    // A ListTopics token is no ListSubscriptions token.
    let e = sns_err(&mut w, "ListSubscriptions", json!({"NextToken": tok}));
    assert_eq!(e.code, "InvalidParameter");
}

#[test]
fn publish_batch_attribute_errors_are_publishs_own() {
    let mut w = World::new(13);
    let t = topic(&mut w, "pb");
    let e = sns_err(
        &mut w,
        "PublishBatch",
        json!({"TopicArn": t, "PublishBatchRequestEntries": [
            {"Id": "ok", "Message": "a"},
            {"Id": "bad-one", "Message": "b", "MessageAttributes": {"n": {"DataType": "Number", "StringValue": "x"}}}
        ]}),
    );
    // Word for word as Publish says it (LocalStack's snapshot of AWS,
    // batch-missing_string_attr).
    assert_eq!(e.code, "ParameterValueInvalid");
    assert_eq!(
        e.message,
        "Could not cast message attribute 'n' value to number."
    );
}

#[test]
fn delivery_state_survives_a_save_and_restore() {
    let mut w = World::new(14);
    let t = topic(&mut w, "save");
    let url = "http://example.com/s";
    subscribe(&mut w, &t, "http", url, json!({}));
    let id = sub_id(&w, url);
    confirm_from_inbox(&mut w, &t, id);
    w.sns
        .settings
        .failure_rate_ppm
        .insert(url.into(), 1_000_000);
    publish(&mut w, &t, "m");
    let saved = serde_json::to_string(&w).unwrap();
    let mut r: World = serde_json::from_str(&saved).unwrap();
    r.check_invariants();
    w.advance_to(SimTime(100_000));
    r.advance_to(SimTime(100_000));
    assert_eq!(w.sim.journal.digest_hex(), r.sim.journal.digest_hex());
    assert_eq!(w.sns.inbox(id), r.sns.inbox(id));
}

#[test]
fn a_fifo_topics_dead_letter_queue_keeps_the_message_group() {
    let mut w = World::new(15);
    let t = topic(&mut w, "orders.fifo");
    // A standard queue that refuses the topic; the FIFO DLQ accepts it.
    let (_, q) = queue(&mut w, "plain", None);
    let (dlq_url, dlq) = queue(&mut w, "orders-dlq.fifo", Some(&t));
    subscribe(
        &mut w,
        &t,
        "sqs",
        &q,
        json!({"RedrivePolicy": json!({"deadLetterTargetArn": dlq}).to_string()}),
    );
    sns(
        &mut w,
        "Publish",
        json!({"TopicArn": t, "Message": "o1", "MessageGroupId": "customer-7"}),
    );
    w.sqs.settings.short_poll_sampling = false;
    let out = sqs(
        &mut w,
        "ReceiveMessage",
        json!({"QueueUrl": dlq_url, "MaxNumberOfMessages": 10, "MessageSystemAttributeNames": ["MessageGroupId"]}),
    );
    let msgs = out["Messages"].as_array().unwrap();
    assert_eq!(msgs.len(), 1);
    assert_eq!(msgs[0]["Attributes"]["MessageGroupId"], "customer-7");
    w.check_invariants();
}

#[test]
fn failures_drawn_from_the_seed_replay_exactly() {
    let run = |seed: u64| {
        let mut w = World::new(seed);
        let t = topic(&mut w, "coin");
        subscribe(
            &mut w,
            &t,
            "lambda",
            "arn:aws:lambda:us-east-1:123456789012:function:f",
            json!({}),
        );
        w.sns.settings.default_failure_rate_ppm = 500_000;
        for i in 0..20 {
            publish(&mut w, &t, &format!("m{i}"));
        }
        w.advance_to(SimTime(600_000));
        w.check_invariants();
        let retried = count_events(&w, |e| matches!(e, SnsEvent::RetryScheduled { .. }));
        let accepted = w.sns.inbox(0).iter().filter(|r| r.failed.is_none()).count();
        // A failed attempt reached the endpoint too: the inbox shows its answer.
        assert!(w
            .sns
            .inbox(0)
            .iter()
            .any(|r| r.failed.is_some() && r.attempt >= 1));
        (w.sim.journal.digest_hex(), retried, accepted)
    };
    let seed = 77;
    let (a, retried, delivered) = run(seed);
    assert_eq!(run(seed).0, a, "reproduce with seed={seed}");
    assert!(retried > 0, "a coin flip per attempt fails some");
    assert_eq!(delivered, 20, "every notification is accepted in the end");
}

#[test]
fn attributes_and_tags_are_checked_as_aws_does() {
    let mut w = World::new(3);
    let t = topic(&mut w, "checks");
    let code = |w: &mut World, op: &str, input: Value| {
        let e = sns_err(w, op, input);
        (e.code, e.message)
    };
    // Tags: the Tag shape's lengths, no aws: keys, at most 50 at creation too.
    let tag = |k: &str, v: &str| json!({"ResourceArn": t, "Tags": [{"Key": k, "Value": v}]});
    assert_eq!(
        code(&mut w, "TagResource", tag(&"k".repeat(129), "v")).0,
        "ValidationError"
    );
    assert_eq!(
        code(&mut w, "TagResource", tag("", "v")).0,
        "ValidationError"
    );
    assert_eq!(
        code(&mut w, "TagResource", tag("k", &"v".repeat(257))).0,
        "ValidationError"
    );
    assert_eq!(
        code(&mut w, "TagResource", tag("aws:team", "v")).0,
        "InvalidParameter"
    );
    sns(
        &mut w,
        "TagResource",
        tag(&"k".repeat(128), &"v".repeat(256)),
    );
    let many: Vec<Value> = (0..51)
        .map(|i| json!({"Key": format!("k{i}"), "Value": "v"}))
        .collect();
    assert_eq!(
        code(
            &mut w,
            "CreateTopic",
            json!({"Name": "tagged", "Tags": many})
        )
        .0,
        "TagLimitExceeded"
    );
    // RawMessageDelivery: sqs, http/s and firehose only, "false" refused too.
    let (_, q) = queue(&mut w, "raw", Some(&t));
    subscribe(&mut w, &t, "sqs", &q, json!({"RawMessageDelivery": "true"}));
    for (protocol, endpoint, value) in [
        (
            "lambda",
            "arn:aws:lambda:us-east-1:123456789012:function:f",
            "true",
        ),
        ("email", "someone@example.com", "false"),
    ] {
        let (c, m) = code(
            &mut w,
            "Subscribe",
            json!({"TopicArn": t, "Protocol": protocol, "Endpoint": endpoint, "Attributes": {"RawMessageDelivery": value}}),
        );
        assert_eq!(c, "InvalidParameter");
        assert_eq!(
            m,
            format!("Invalid parameter: Delivery protocol [{protocol}] does not support raw message delivery.")
        );
    }
    // A subscription waiting for its confirmation has had no authenticated one.
    let pending = sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": t, "Protocol": "https", "Endpoint": "https://example.com/hook", "ReturnSubscriptionArn": true}),
    )["SubscriptionArn"]
        .as_str()
        .unwrap()
        .to_string();
    let a = sns(
        &mut w,
        "GetSubscriptionAttributes",
        json!({"SubscriptionArn": pending}),
    )["Attributes"]
        .clone();
    assert_eq!(
        (
            a["PendingConfirmation"].as_str(),
            a["ConfirmationWasAuthenticated"].as_str()
        ),
        (Some("true"), Some("false"))
    );
    // Topic attributes' values and the topic types they belong to.
    let fifo = topic(&mut w, "checks.fifo");
    for (arn, name, value) in [
        (&t, "TracingConfig", "Foo"),
        (&fifo, "TracingConfig", "Active"),
        (&t, "SignatureVersion", "3"),
        (&t, "ArchivePolicy", r#"{"MessageRetentionPeriod":"30"}"#),
        (&fifo, "ArchivePolicy", "nope"),
        (
            &fifo,
            "ArchivePolicy",
            r#"{"MessageRetentionPeriod":"366"}"#,
        ),
        (&t, "FifoThroughputScope", "MessageGroup"),
        (&fifo, "FifoThroughputScope", "Queue"),
        (&t, "SQSSuccessFeedbackSampleRate", "101"),
        (&t, "SQSFailureFeedbackRoleArn", "nope"),
    ] {
        let input = json!({"TopicArn": arn, "AttributeName": name, "AttributeValue": value});
        assert_eq!(
            code(&mut w, "SetTopicAttributes", input).0,
            "InvalidParameter",
            "{name}={value}"
        );
    }
    for (arn, name, value) in [
        (&t, "TracingConfig", "Active"),
        (&t, "SignatureVersion", "2"),
        (&fifo, "ArchivePolicy", r#"{"MessageRetentionPeriod":"30"}"#),
        (&fifo, "FifoThroughputScope", "MessageGroup"),
        (&t, "SQSSuccessFeedbackSampleRate", "100"),
        (
            &t,
            "SQSFailureFeedbackRoleArn",
            "arn:aws:iam::123456789012:role/feedback",
        ),
    ] {
        sns(
            &mut w,
            "SetTopicAttributes",
            json!({"TopicArn": arn, "AttributeName": name, "AttributeValue": value}),
        );
    }
    assert_eq!(
        code(
            &mut w,
            "CreateTopic",
            json!({"Name": "traced", "Attributes": {"TracingConfig": "Foo"}})
        )
        .0,
        "InvalidParameter"
    );
    // MessageStructure=json that is not JSON fails the publish (a key given
    // twice does not: AWS takes it; see sns_fanout).
    let (_, m) = code(
        &mut w,
        "Publish",
        json!({"TopicArn": t, "MessageStructure": "json", "Message": r#"{"default":"x","#}),
    );
    assert_eq!(
        m,
        "Invalid parameter: Message Structure - JSON message body failed to parse"
    );
    // Message attribute names: one text per rule.
    for (name, text) in [
        (
            ".a",
            "Invalid message attribute name starting with character '.' was found.",
        ),
        (
            "a.",
            "Invalid message attribute name ending with character '.' was found.",
        ),
        (
            "a..b",
            "Message attribute name can not have successive '.' character.",
        ),
    ] {
        let (_, m) = code(
            &mut w,
            "Publish",
            json!({"TopicArn": t, "Message": "m", "MessageAttributes": {name: {"DataType": "String", "StringValue": "x"}}}),
        );
        assert_eq!(m, text);
    }
}

/// AWS's answers, as LocalStack's snapshots recorded them: a repeated
/// Subscribe compares only the attributes it gives; ConfirmSubscription with
/// an unknown topic or token.
#[test]
fn subscribe_again_and_confirm_with_bad_tokens() {
    let mut w = World::new(15);
    let t = topic(&mut w, "again");
    let (_, q) = queue(&mut w, "again-q", Some(&t));
    let first = subscribe(&mut w, &t, "sqs", &q, json!({"RawMessageDelivery": "true"}));
    let again = subscribe(
        &mut w,
        &t,
        "sqs",
        &q,
        json!({"FilterPolicyScope": "MessageAttributes"}),
    );
    assert_eq!(first["SubscriptionArn"], again["SubscriptionArn"]);
    let e = sns_err(
        &mut w,
        "Subscribe",
        json!({"TopicArn": t, "Protocol": "sqs", "Endpoint": q,
               "Attributes": {"RawMessageDelivery": "false"}}),
    );
    assert!(
        e.message
            .contains("already exists with different attributes"),
        "{}",
        e.message
    );
    let e = sns_err(
        &mut w,
        "ConfirmSubscription",
        json!({"TopicArn": format!("{t}-nope"), "Token": "abc"}),
    );
    assert_eq!(
        (e.code.as_str(), e.status, e.message.as_str()),
        ("InvalidParameter", 400, "Invalid parameter: Token")
    );
    let e = sns_err(
        &mut w,
        "ConfirmSubscription",
        json!({"TopicArn": t, "Token": "randomtoken"}),
    );
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        ("InvalidParameter", "Invalid token")
    );
}

/// SMS endpoints take single separators between digits, as AWS does.
#[test]
fn sms_endpoints_may_have_single_separators() {
    let mut w = World::new(16);
    let t = topic(&mut w, "texts");
    subscribe(&mut w, &t, "sms", "+1-415-555.0100", json!({}));
    for bad in ["+15--551234567", "+15551234567.", "/+15551234567", "+1a234"] {
        let e = sns_err(
            &mut w,
            "Subscribe",
            json!({"TopicArn": t, "Protocol": "sms", "Endpoint": bad}),
        );
        assert_eq!(e.message, format!("Invalid SMS endpoint: {bad}"));
    }
}

/// A topic's DeliveryPolicy reads back as AWS re-serializes it: the `http`
/// object always has `disableSubscriptionOverrides`, after the retry policy
/// and before the request policy, and null members are gone (LocalStack's
/// AWS-validated test_topic_delivery_policy_crud).
#[test]
fn topic_delivery_policy_reads_back_as_aws_shows_it() {
    let mut w = World::new(7);
    let created = sns(
        &mut w,
        "CreateTopic",
        json!({"Name": "dp-crud", "Attributes": {"DeliveryPolicy":
            r#"{"http": {"defaultRequestPolicy": {"headerContentType": "application/json"}}}"#}}),
    )["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let policy = |w: &mut World| {
        sns(w, "GetTopicAttributes", json!({"TopicArn": created}))["Attributes"]["DeliveryPolicy"]
            .as_str()
            .map(str::to_string)
    };
    assert_eq!(
        policy(&mut w).as_deref(),
        Some(
            r#"{"http":{"disableSubscriptionOverrides":false,"defaultRequestPolicy":{"headerContentType":"application/json"}}}"#
        )
    );
    for (set, shown) in [
        (
            r#"{"http":{"defaultHealthyRetryPolicy":{"minDelayTarget":5,"maxDelayTarget":6,"numRetries":1}}}"#,
            Some(
                r#"{"http":{"defaultHealthyRetryPolicy":{"minDelayTarget":5,"maxDelayTarget":6,"numRetries":1},"disableSubscriptionOverrides":false}}"#,
            ),
        ),
        (
            r#"{"http":{"defaultHealthyRetryPolicy":null}}"#,
            Some(r#"{"http":{"disableSubscriptionOverrides":false}}"#),
        ),
        ("", None),
    ] {
        sns(
            &mut w,
            "SetTopicAttributes",
            json!({"TopicArn": created, "AttributeName": "DeliveryPolicy", "AttributeValue": set}),
        );
        assert_eq!(policy(&mut w).as_deref(), shown, "after setting {set}");
    }
    // CreateTopic again with the policy as first given is the same topic.
    sns(
        &mut w,
        "SetTopicAttributes",
        json!({"TopicArn": created, "AttributeName": "DeliveryPolicy", "AttributeValue":
            r#"{"http": {"defaultRequestPolicy": {"headerContentType": "application/json"}}}"#}),
    );
    let again = sns(
        &mut w,
        "CreateTopic",
        json!({"Name": "dp-crud", "Attributes": {"DeliveryPolicy":
            r#"{"http": {"defaultRequestPolicy": {"headerContentType": "application/json"}}}"#}}),
    );
    assert_eq!(again["TopicArn"], created);
}

/// A throttle policy paces an HTTP/S subscription's deliveries: at most
/// `maxReceivesPerSecond` in a second, the rest held for the next seconds in
/// order, retries counted; the subscription's own policy overrides the
/// topic's default unless the topic disables overrides. The policy reads
/// back as set (LocalStack's AWS-validated
/// test_subscribe_external_http_endpoint_content_type).
#[test]
fn a_throttle_policy_paces_http_deliveries() {
    let mut w = World::new(8);
    let t = topic(&mut w, "paced");
    let url = "https://example.com/paced";
    subscribe(&mut w, &t, "https", url, json!({}));
    let id = sub_id(&w, url);
    let arn = confirm_from_inbox(&mut w, &t, id);
    let policy = r#"{"healthyRetryPolicy":{"minDelayTarget":1,"maxDelayTarget":1,"numRetries":0},"throttlePolicy":{"maxReceivesPerSecond":2}}"#;
    sns(
        &mut w,
        "SetSubscriptionAttributes",
        json!({"SubscriptionArn": arn, "AttributeName": "DeliveryPolicy", "AttributeValue": policy}),
    );
    let a = sns(
        &mut w,
        "GetSubscriptionAttributes",
        json!({"SubscriptionArn": arn}),
    )["Attributes"]
        .clone();
    for name in ["DeliveryPolicy", "EffectiveDeliveryPolicy"] {
        let p: Value = serde_json::from_str(a[name].as_str().unwrap()).unwrap();
        assert_eq!(
            p["throttlePolicy"],
            json!({"maxReceivesPerSecond": 2}),
            "{name}"
        );
    }
    w.advance_to(SimTime(10_000));
    let before = w.sns.inbox(id).len();
    for i in 0..5 {
        publish(&mut w, &t, &format!("m{i}"));
    }
    // Held, not filtered out: the page's line says so.
    let s = w.sns.subscription(id).unwrap().clone();
    assert_eq!(
        switchyard::view::subscription_status(&w, &s),
        "2 delivered · 0 filtered out · 3 throttled · 0 failed · inbox 3"
    );
    // Two now, two a second later, the last two seconds later.
    w.advance_to(SimTime(20_000));
    w.check_invariants();
    let got: Vec<(u64, String)> = w.sns.inbox(id)[before..]
        .iter()
        .map(|r| {
            let env: Value = serde_json::from_str(&r.body).unwrap();
            (r.at_ms, env["Message"].as_str().unwrap().to_string())
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (10_000, "m0".to_string()),
            (10_000, "m1".to_string()),
            (11_000, "m2".to_string()),
            (11_000, "m3".to_string()),
            (12_000, "m4".to_string()),
        ]
    );
    let held = w
        .sim
        .journal
        .entries()
        .filter(|e| matches!(e.event, Event::Sns(SnsEvent::DeliveryThrottled { subscription, .. }) if subscription == id))
        .count();
    assert_eq!(held, 3);
    // A topic that disables overrides imposes its own default.
    sns(
        &mut w,
        "SetTopicAttributes",
        json!({"TopicArn": t, "AttributeName": "DeliveryPolicy",
        "AttributeValue": r#"{"http":{"disableSubscriptionOverrides":true,"defaultThrottlePolicy":{"maxReceivesPerSecond":1}}}"#}),
    );
    let before = w.sns.inbox(id).len();
    for i in 0..3 {
        publish(&mut w, &t, &format!("n{i}"));
    }
    w.advance_to(SimTime(30_000));
    w.check_invariants();
    let at: Vec<u64> = w.sns.inbox(id)[before..].iter().map(|r| r.at_ms).collect();
    assert_eq!(at, vec![20_000, 21_000, 22_000]);
}

/// NumberOfNotificationsFilteredOut is broken down as SNS's metrics are: by
/// the policy's scope (-MessageAttributes, -MessageBody) and by the reasons
/// AWS names (-NoMessageAttributes, -InvalidMessageBody).
#[test]
fn filtered_out_notifications_are_counted_by_scope_and_reason() {
    let mut w = World::new(9);
    let t = topic(&mut w, "reasons");
    let (_, by_attr) = queue(&mut w, "by-attr", Some(&t));
    let (_, by_body) = queue(&mut w, "by-body", Some(&t));
    subscribe(
        &mut w,
        &t,
        "sqs",
        &by_attr,
        json!({"FilterPolicy": r#"{"kind": ["a"]}"#}),
    );
    subscribe(
        &mut w,
        &t,
        "sqs",
        &by_body,
        json!({"FilterPolicy": r#"{"kind": ["a"]}"#, "FilterPolicyScope": "MessageBody"}),
    );
    // No attributes and a body that is not JSON: both filter it out.
    publish(&mut w, &t, "not json");
    // Attributes that do not match, and a JSON body that does not either.
    sns(
        &mut w,
        "Publish",
        json!({"TopicArn": t, "Message": r#"{"kind": "b"}"#, "MessageAttributes":
            {"kind": {"DataType": "String", "StringValue": "b"}}}),
    );
    // Both match.
    sns(
        &mut w,
        "Publish",
        json!({"TopicArn": t, "Message": r#"{"kind": "a"}"#, "MessageAttributes":
            {"kind": {"DataType": "String", "StringValue": "a"}}}),
    );
    let m = |name: &str| metric(&w, name, "reasons");
    assert_eq!(m("NumberOfNotificationsFilteredOut"), 4.0);
    assert_eq!(m("NumberOfNotificationsFilteredOut-MessageAttributes"), 2.0);
    assert_eq!(
        m("NumberOfNotificationsFilteredOut-NoMessageAttributes"),
        1.0
    );
    assert_eq!(m("NumberOfNotificationsFilteredOut-MessageBody"), 2.0);
    assert_eq!(
        m("NumberOfNotificationsFilteredOut-InvalidMessageBody"),
        1.0
    );
    assert_eq!(m("NumberOfNotificationsFilteredOut-InvalidAttributes"), 0.0);
    assert_eq!(m("NumberOfNotificationsDelivered"), 2.0);
}

/// A SubscribeURL opened as a plain link is an unsigned ConfirmSubscription:
/// AWS names a bad topic "Invalid parameter: Topic" and any token that names
/// nothing "Invalid parameter: Token" (LocalStack's AWS-validated
/// test_subscribe_external_http_endpoint), and a good token confirms.
#[test]
fn an_unsigned_confirmation_answers_as_a_subscribe_url_does() {
    let mut w = World::new(16);
    let t = topic(&mut w, "linked");
    let url = "https://example.com/linked";
    subscribe(&mut w, &t, "https", url, json!({}));
    let id = sub_id(&w, url);
    let link = Caller {
        anonymous: true,
        ..Caller::default()
    };
    let confirm = |w: &mut World, input: Value| match w.call(
        Service::Sns,
        "ConfirmSubscription",
        input,
        &link,
    ) {
        CallOutcome::Done(r) => r,
        CallOutcome::Pending(_) => unreachable!(),
    };
    let other_region = t.replace("us-east-1", "eu-west-1");
    for (topic_arn, token, want) in [
        ("not-an-arn", "abc123", "Invalid parameter: Topic"),
        (other_region.as_str(), "abc123", "Invalid parameter: Topic"),
        (t.as_str(), "abc123", "Invalid parameter: Token"),
    ] {
        let e = confirm(&mut w, json!({"TopicArn": topic_arn, "Token": token})).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.message.as_str()),
            ("InvalidParameter", want)
        );
    }
    let env: Value = serde_json::from_str(&w.sns.inbox(id)[0].body).unwrap();
    let token = env["Token"].as_str().unwrap().to_string();
    let ok = confirm(&mut w, json!({"TopicArn": t, "Token": token})).unwrap();
    assert!(ok["SubscriptionArn"].as_str().unwrap().starts_with(&t));
}
