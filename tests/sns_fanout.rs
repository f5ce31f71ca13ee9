//! SNS through the world: topics, SQS subscriptions, filter policies, the
//! notification envelope, raw delivery, queue policies that must allow the topic,
//! FIFO topics to FIFO queues, and what is refused by name.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use switchyard::model::Service;
use switchyard::sim::Event;
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
        CallOutcome::Pending(id) => {
            while w.take_completed(id).is_none() {
                w.advance_to_next_event().expect("a parked call finishes");
            }
            unreachable!("long polls are not used here")
        }
    }
}

fn sns(w: &mut World, op: &str, input: Value) -> Value {
    call(w, Service::Sns, op, input).unwrap_or_else(|e| panic!("{op}: {e}"))
}

fn sqs(w: &mut World, op: &str, input: Value) -> Value {
    call(w, Service::Sqs, op, input).unwrap_or_else(|e| panic!("{op}: {e}"))
}

/// A queue whose policy lets `topic_arn` send to it.
fn queue_for(w: &mut World, name: &str, topic_arn: &str) -> (String, String) {
    let arn = format!("arn:aws:sqs:us-east-1:{ACCOUNT}:{name}");
    let policy = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": arn,
        "Condition": {"ArnEquals": {"aws:SourceArn": topic_arn}}}]});
    let mut attrs = json!({"Policy": policy.to_string()});
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

fn receive_all(w: &mut World, url: &str) -> Vec<Value> {
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

fn status(s: &str) -> Value {
    json!({"status": {"DataType": "String", "StringValue": s}})
}

#[test]
fn order_service_fans_out_by_status_through_filter_policies() {
    let mut w = World::new(11);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "orders"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let mut urls = vec![];
    for s in ["placed", "cancelled", "declined"] {
        let (url, arn) = queue_for(&mut w, &format!("orders-{s}"), &topic);
        let policy = json!({"status": [s]}).to_string();
        sns(
            &mut w,
            "Subscribe",
            json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": arn,
            "Attributes": {"FilterPolicy": policy}}),
        );
        urls.push(url);
    }
    for (i, s) in ["placed", "cancelled", "declined", "placed", "shipped"]
        .iter()
        .enumerate()
    {
        sns(
            &mut w,
            "Publish",
            json!({"TopicArn": topic, "Message": format!("order {i}"), "MessageAttributes": status(s)}),
        );
    }
    let bodies = |w: &mut World, url: &str| -> Vec<String> {
        let mut out: Vec<String> = receive_all(w, url)
            .iter()
            .map(|m| {
                let env: Value = serde_json::from_str(m["Body"].as_str().unwrap()).unwrap();
                assert_eq!(env["Type"], "Notification");
                assert_eq!(env["TopicArn"], topic.as_str());
                env["Message"].as_str().unwrap().to_string()
            })
            .collect();
        out.sort();
        out
    };
    assert_eq!(bodies(&mut w, &urls[0]), vec!["order 0", "order 3"]);
    assert_eq!(bodies(&mut w, &urls[1]), vec!["order 1"]);
    assert_eq!(bodies(&mut w, &urls[2]), vec!["order 2"]);
    let filtered = w
        .sim
        .journal
        .entries()
        .filter_map(|e| match e.event {
            Event::Sns(SnsEvent::FilteredOut { count, .. }) => Some(count as usize),
            _ => None,
        })
        .sum::<usize>();
    assert_eq!(
        filtered,
        5 * 3 - 4,
        "every publish not delivered to a queue was filtered out"
    );
    w.check_invariants();
}

#[test]
fn a_queue_policy_must_allow_the_topic() {
    let mut w = World::new(2);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "t"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let url = sqs(&mut w, "CreateQueue", json!({"QueueName": "closed"}))["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let arn = format!("arn:aws:sqs:us-east-1:{ACCOUNT}:closed");
    sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": arn}),
    );
    sns(
        &mut w,
        "Publish",
        json!({"TopicArn": topic, "Message": "hi"}),
    );
    assert!(receive_all(&mut w, &url).is_empty());
    let failed: Vec<String> = w
        .sim
        .journal
        .entries()
        .filter_map(|e| match &e.event {
            Event::Sns(SnsEvent::DeliveryFailed { code, .. }) => Some(code.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(failed, vec!["AccessDenied"]);
}

/// The queue keeps its policy's verdict per topic (derived state): a second
/// topic gets its own verdict, and changing the Policy text is obeyed at once.
#[test]
fn a_cached_queue_policy_verdict_follows_the_topic_and_policy_changes() {
    let mut w = World::new(3);
    let arn_of = |w: &mut World, name: &str| {
        sns(w, "CreateTopic", json!({"Name": name}))["TopicArn"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let allowed = arn_of(&mut w, "allowed");
    let other = arn_of(&mut w, "other");
    let (url, arn) = queue_for(&mut w, "q", &allowed);
    for topic in [&allowed, &other] {
        sns(
            &mut w,
            "Subscribe",
            json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": arn}),
        );
    }
    let failures = |w: &World| {
        w.sim
            .journal
            .entries()
            .filter(|e| matches!(&e.event, Event::Sns(SnsEvent::DeliveryFailed { code, .. }) if code == "AccessDenied"))
            .count()
    };
    let publish = |w: &mut World, topic: &str| {
        sns(w, "Publish", json!({"TopicArn": topic, "Message": "hi"}));
    };
    publish(&mut w, &allowed);
    publish(&mut w, &allowed);
    publish(&mut w, &other);
    assert_eq!(receive_all(&mut w, &url).len(), 2);
    assert_eq!(failures(&w), 1, "the other topic is not allowed");
    // Now deny the first topic explicitly: the cached Allow must not survive.
    let deny = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
        "Principal": "*", "Action": "sqs:SendMessage", "Resource": arn}]});
    sqs(
        &mut w,
        "SetQueueAttributes",
        json!({"QueueUrl": url, "Attributes": {"Policy": deny.to_string()}}),
    );
    publish(&mut w, &allowed);
    assert_eq!(failures(&w), 2);
    w.check_invariants();
}

#[test]
fn raw_delivery_carries_the_message_and_its_attributes() {
    let mut w = World::new(3);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "raw"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let (url, arn) = queue_for(&mut w, "raw-q", &topic);
    sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": arn,
        "Attributes": {"RawMessageDelivery": "true"}}),
    );
    sns(
        &mut w,
        "Publish",
        json!({"TopicArn": topic, "Message": "{\"id\": 7}", "MessageAttributes": status("placed")}),
    );
    let msgs = receive_all(&mut w, &url);
    assert_eq!(msgs[0]["Body"], "{\"id\": 7}");
    assert_eq!(
        msgs[0]["MessageAttributes"]["status"]["StringValue"],
        "placed"
    );
}

#[test]
fn fifo_topic_to_fifo_queue_keeps_order_and_deduplicates() {
    let mut w = World::new(4);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "o.fifo", "Attributes": {"FifoTopic": "true", "ContentBasedDeduplication": "true"}}))
        ["TopicArn"].as_str().unwrap().to_string();
    let (url, arn) = queue_for(&mut w, "o.fifo", &topic);
    sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": arn, "Attributes": {"RawMessageDelivery": "true"}}),
    );
    let first = sns(
        &mut w,
        "Publish",
        json!({"TopicArn": topic, "Message": "A1", "MessageGroupId": "customer-a"}),
    );
    assert!(first["SequenceNumber"].is_string());
    sns(
        &mut w,
        "Publish",
        json!({"TopicArn": topic, "Message": "A2", "MessageGroupId": "customer-a"}),
    );
    let dup = sns(
        &mut w,
        "Publish",
        json!({"TopicArn": topic, "Message": "A1", "MessageGroupId": "customer-a"}),
    );
    assert_eq!(
        dup["MessageId"], first["MessageId"],
        "a duplicate answers with the first message's id"
    );
    // A FIFO topic may also deliver to a standard queue (without ordering); a
    // standard topic may not deliver to a FIFO queue.
    let (_, standard_arn) = queue_for(&mut w, "standard", &topic);
    sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": standard_arn}),
    );
    let plain = sns(&mut w, "CreateTopic", json!({"Name": "plain"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let e = call(
        &mut w,
        Service::Sns,
        "Subscribe",
        json!({"TopicArn": plain, "Protocol": "sqs", "Endpoint": arn}),
    )
    .unwrap_err();
    assert!(
        e.message
            .contains("FIFO SQS Queues can not be subscribed to standard SNS topics"),
        "{}",
        e.message
    );
    let e = call(
        &mut w,
        Service::Sns,
        "Publish",
        json!({"TopicArn": topic, "Message": "x"}),
    )
    .unwrap_err();
    assert!(e.message.contains("MessageGroupId"), "{}", e.message);
    let got: Vec<String> = receive_all(&mut w, &url)
        .iter()
        .map(|m| m["Body"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        got,
        vec!["A1", "A2"],
        "in order, the duplicate not delivered"
    );
}

#[test]
fn invalid_filter_policies_are_refused_with_aws_messages() {
    let mut w = World::new(5);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "v"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, arn) = queue_for(&mut w, "v-q", &topic);
    let e = call(&mut w, Service::Sns, "Subscribe", json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": arn,
        "Attributes": {"FilterPolicy": "{\"a\":[1],\"b\":[1],\"c\":[1],\"d\":[1],\"e\":[1],\"f\":[1]}"}})).unwrap_err();
    assert_eq!(e.code, "InvalidParameter");
    assert!(
        e.message
            .contains("Filter policy can not have more than 5 keys"),
        "{}",
        e.message
    );
}

#[test]
fn arns_are_checked_for_form_and_region() {
    let mut w = World::new(7);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "r"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let e = call(
        &mut w,
        Service::Sns,
        "Publish",
        json!({"TopicArn": "arn:aws:sns:us-east-1", "Message": "m"}),
    )
    .unwrap_err();
    assert_eq!(
        e.message,
        "Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 4"
    );
    let other = Caller {
        account_id: ACCOUNT.into(),
        region: "us-west-2".into(),
        trace_header: None,
        anonymous: false,
    };
    let e = match w.call(
        Service::Sns,
        "Publish",
        json!({"TopicArn": topic, "Message": "m"}),
        &other,
    ) {
        CallOutcome::Done(r) => r.unwrap_err(),
        CallOutcome::Pending(_) => unreachable!(),
    };
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        ("InvalidParameter", "Invalid parameter: TopicArn")
    );
    // Unsubscribing something unknown succeeds.
    sns(
        &mut w,
        "Unsubscribe",
        json!({"SubscriptionArn": format!("{topic}:00000000-0000-4000-8000-000000000000")}),
    );
}

#[test]
fn message_attributes_are_validated_as_aws_does() {
    let mut w = World::new(8);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "m"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    for (attrs, expect) in [
        (
            json!({"a": {"DataType": "Strin", "StringValue": "x"}}),
            "invalid message attribute type",
        ),
        (
            json!({"a": {"DataType": "String", "StringValue": ""}}),
            "must contain non-empty message attribute value",
        ),
        (
            json!({"price": {"DataType": "Number", "StringValue": "abc"}}),
            "Could not cast message attribute 'price' value to number.",
        ),
        // Words a float parser takes but that are not numbers, and one too
        // large for any number type.
        (
            json!({"price": {"DataType": "Number", "StringValue": "NaN"}}),
            "Could not cast message attribute 'price' value to number.",
        ),
        (
            json!({"price": {"DataType": "Number", "StringValue": "inf"}}),
            "Could not cast message attribute 'price' value to number.",
        ),
        (
            json!({"price": {"DataType": "Number", "StringValue": "1e400"}}),
            "Could not cast message attribute 'price' value to number.",
        ),
        (
            json!({"a^b": {"DataType": "String", "StringValue": "x"}}),
            "Invalid non-alphanumeric character '#x5E'",
        ),
    ] {
        let e = call(
            &mut w,
            Service::Sns,
            "Publish",
            json!({"TopicArn": topic, "Message": "m", "MessageAttributes": attrs}),
        )
        .unwrap_err();
        assert_eq!(e.code, "ParameterValueInvalid");
        assert!(e.message.contains(expect), "{}", e.message);
    }
    let e = call(
        &mut w,
        Service::Sns,
        "Publish",
        json!({"TopicArn": topic, "Message": "m", "MessageDeduplicationId": "d"}),
    )
    .unwrap_err();
    assert!(
        e.message.contains("not valid for this topic type"),
        "{}",
        e.message
    );
    // A malformed entry fails the whole batch; nothing is published.
    let e = call(&mut w, Service::Sns, "PublishBatch", json!({"TopicArn": topic, "PublishBatchRequestEntries": [
        {"Id": "ok", "Message": "fine"},
        {"Id": "bad", "Message": "x", "MessageAttributes": {"n": {"DataType": "Number", "StringValue": "NaN?"}}}]})).unwrap_err();
    assert_eq!(e.code, "ParameterValueInvalid");
    assert_eq!(w.sns.topics().next().unwrap().published, 0);
}

#[test]
fn topic_attributes_settable_as_at_creation() {
    let mut w = World::new(9);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "a"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    sns(
        &mut w,
        "SetTopicAttributes",
        json!({"TopicArn": topic, "AttributeName": "LambdaSuccessFeedbackRoleArn",
        "AttributeValue": "arn:aws:iam::123456789012:role/feedback"}),
    );
    let a = sns(&mut w, "GetTopicAttributes", json!({"TopicArn": topic}));
    assert_eq!(
        a["Attributes"]["LambdaSuccessFeedbackRoleArn"],
        "arn:aws:iam::123456789012:role/feedback"
    );
    let e = call(
        &mut w,
        Service::Sns,
        "SetTopicAttributes",
        json!({"TopicArn": topic, "AttributeName": "Bogus", "AttributeValue": "x"}),
    )
    .unwrap_err();
    assert_eq!(e.message, "Invalid parameter: AttributeName");
    let e = call(
        &mut w,
        Service::Sns,
        "CreateTopic",
        json!({"Name": "b", "DataProtectionPolicy": "{}"}),
    )
    .unwrap_err();
    assert_eq!(e.code, "NotImplemented");
}

#[test]
fn what_is_not_built_is_refused_by_name() {
    let mut w = World::new(6);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "n"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    // Every protocol is built now (tests/sns_delivery.rs); message replay is not.
    let e = call(
        &mut w,
        Service::Sns,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs",
               "Endpoint": "arn:aws:sqs:us-east-1:123456789012:q",
               "Attributes": {"ReplayPolicy": "{}"}}),
    )
    .unwrap_err();
    assert_eq!(e.code, "NotImplemented");
    assert!(e.message.contains("ReplayPolicy"));
    // Mobile push and SMS are built (tests/sns_platform.rs); data protection
    // policies are not.
    let e = call(
        &mut w,
        Service::Sns,
        "PutDataProtectionPolicy",
        json!({"ResourceArn": topic, "DataProtectionPolicy": "{}"}),
    )
    .unwrap_err();
    assert_eq!(e.code, "NotImplemented");
    assert!(e.message.contains("sns:PutDataProtectionPolicy"));
}

/// The page's explanation of filter decisions: recent messages are kept (a
/// bounded ring), each subscription says which key decided, and a draft policy
/// can be tested against a message without saving it.
#[test]
fn recent_messages_explain_each_subscriptions_filter_decision() {
    let mut w = World::new(7);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "orders"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, placed) = queue_for(&mut w, "placed", &topic);
    let (_, all) = queue_for(&mut w, "all", &topic);
    sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": placed,
            "Attributes": {"FilterPolicy": "{\"status\": [\"placed\"]}"}}),
    );
    sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": all}),
    );
    let subs: Vec<u32> = w.sns.subscriptions().map(|s| s.id).collect();
    for status in ["placed", "declined"] {
        sns(
            &mut w,
            "Publish",
            json!({"TopicArn": topic, "Message": "m",
                "MessageAttributes": {"status": {"DataType": "String", "StringValue": status}}}),
        );
    }
    let numbers: Vec<u64> = w.sns.recent_publishes().map(|m| m.message).collect();
    assert_eq!(numbers.len(), 2);
    let placed_decision = w.sns.explain_recent(subs[0], numbers[0]).unwrap();
    assert!(placed_decision.is_match());
    let declined = w.sns.explain_recent(subs[0], numbers[1]).unwrap();
    assert!(!declined.is_match());
    let why = declined.explanation();
    assert!(why.starts_with("key status:"), "{why}");
    assert!(why.contains("declined"), "{why}");
    // No filter policy: nothing to explain, every message passes.
    assert!(w.sns.explain_recent(subs[1], numbers[1]).is_none());

    // The ring is bounded; the oldest go first.
    for i in 0..switchyard::sns::recent::RECENT_MAX + 5 {
        sns(
            &mut w,
            "Publish",
            json!({"TopicArn": topic, "Message": format!("n{i}")}),
        );
    }
    assert_eq!(
        w.sns.recent_publishes().count(),
        switchyard::sns::recent::RECENT_MAX
    );
    assert!(w.sns.explain_recent(subs[0], numbers[0]).is_none());
    // A restored world explains the same messages.
    let restored: World = serde_json::from_str(&serde_json::to_string(&w).unwrap()).unwrap();
    let last = w.sns.recent_publishes().last().unwrap().message;
    assert_eq!(
        restored.sns.explain_recent(subs[0], last),
        w.sns.explain_recent(subs[0], last)
    );

    // The tester decides a draft policy, or gives SNS's validation message.
    use switchyard::sns::filter::FilterPolicyScope;
    use switchyard::sns::recent::test_policy;
    let attrs = vec![(
        "status".to_string(),
        "String".to_string(),
        "placed".to_string(),
    )];
    let d = test_policy(
        r#"{"status": [{"prefix": "pla"}]}"#,
        FilterPolicyScope::MessageAttributes,
        "x",
        &attrs,
    )
    .unwrap();
    assert!(d.is_match());
    let d = test_policy(
        r#"{"order": {"total": [{"numeric": [">", 100]}]}}"#,
        FilterPolicyScope::MessageBody,
        r#"{"order": {"total": 50}}"#,
        &[],
    )
    .unwrap();
    assert!(!d.is_match());
    assert!(
        d.explanation().contains("order.total"),
        "{}",
        d.explanation()
    );
    let e = test_policy(
        r#"{"status": "placed"}"#,
        FilterPolicyScope::MessageAttributes,
        "x",
        &attrs,
    )
    .unwrap_err();
    assert!(e.contains("must be an object or an array"), "{e}");
}

/// Subscribe takes its attributes together: a nested MessageBody policy given
/// with FilterPolicyScope=MessageBody is accepted (the attributes map is ordered
/// by name, FilterPolicy before FilterPolicyScope, yet the scope applies first).
#[test]
fn subscribe_applies_the_scope_before_the_policy() {
    let mut w = World::new(3);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "t"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, q) = queue_for(&mut w, "big", &topic);
    let out = sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": q, "ReturnSubscriptionArn": true,
            "Attributes": {"FilterPolicy": "{\"order\": {\"total\": [{\"numeric\": [\">=\", 100]}]}}",
                "FilterPolicyScope": "MessageBody"}}),
    );
    let arn = out["SubscriptionArn"].as_str().unwrap();
    let a = sns(
        &mut w,
        "GetSubscriptionAttributes",
        json!({"SubscriptionArn": arn}),
    );
    assert_eq!(a["Attributes"]["FilterPolicyScope"], "MessageBody");
    // Without the scope the same policy is refused, as AWS refuses it.
    let (_, q2) = queue_for(&mut w, "other", &topic);
    let e = call(
        &mut w,
        Service::Sns,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": q2,
            "Attributes": {"FilterPolicy": "{\"order\": {\"total\": [{\"numeric\": [\">=\", 100]}]}}"}}),
    )
    .unwrap_err();
    assert_eq!(e.code, "InvalidParameter");
}

/// A publish fanned out to several raw-delivery queues is checked and digested
/// once and shared between them; each queue's copy must still be its own
/// message (its own MessageId, the right MD5s and SenderId), and what the
/// fan-out remembers (where each queue is, its policy's verdict, each
/// subscription's raw delivery) must follow deletions and changes.
#[test]
fn a_shared_fan_out_gives_each_queue_its_own_correct_message() {
    let mut w = World::new(5);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "shared"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let mut queues = Vec::new();
    let mut subs = Vec::new();
    for i in 0..3 {
        let (url, arn) = queue_for(&mut w, &format!("shared{i}"), &topic);
        let sub = sns(
            &mut w,
            "Subscribe",
            json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": arn,
                   "Attributes": {"RawMessageDelivery": "true"}}),
        )["SubscriptionArn"]
            .as_str()
            .unwrap()
            .to_string();
        queues.push((url, arn));
        subs.push(sub);
    }
    let publish = |w: &mut World, body: &str| {
        sns(
            w,
            "Publish",
            json!({"TopicArn": topic, "Message": body, "MessageAttributes": status("placed")}),
        );
    };
    publish(&mut w, "hello");
    // What SendMessage of the same body and attributes answers, for the MD5s.
    let (probe, _) = queue_for(&mut w, "probe", &topic);
    let direct = sqs(
        &mut w,
        "SendMessage",
        json!({"QueueUrl": probe, "MessageBody": "hello", "MessageAttributes": status("placed")}),
    );
    let mut ids = std::collections::BTreeSet::new();
    for (url, _) in &queues {
        let got = receive_all(&mut w, url);
        assert_eq!(got.len(), 1, "{url}");
        let m = &got[0];
        assert_eq!(m["Body"], "hello");
        assert_eq!(m["MD5OfBody"], direct["MD5OfMessageBody"]);
        assert_eq!(
            m["MD5OfMessageAttributes"],
            direct["MD5OfMessageAttributes"]
        );
        assert_eq!(m["MessageAttributes"]["status"]["StringValue"], "placed");
        assert!(ids.insert(m["MessageId"].as_str().unwrap().to_string()));
    }
    let sender = |w: &mut World, url: &str| {
        let got = sqs(
            w,
            "ReceiveMessage",
            json!({"QueueUrl": url, "MessageSystemAttributeNames": ["SenderId"], "VisibilityTimeout": 0}),
        );
        got["Messages"][0]["Attributes"]["SenderId"].clone()
    };
    w.sleep_ms(31_000);
    assert!(sender(&mut w, &queues[0].0)
        .as_str()
        .is_some_and(|s| s.starts_with("AIDA")));

    // Queue 1 deleted and made again (a new queue of the same name): the
    // fan-out finds the new one. Queue 2's policy replaced by one that denies.
    sqs(&mut w, "DeleteQueue", json!({"QueueUrl": queues[1].0}));
    w.sleep_ms(61_000);
    let (url1, _) = queue_for(&mut w, "shared1", &topic);
    sqs(
        &mut w,
        "SetQueueAttributes",
        json!({"QueueUrl": queues[2].0, "Attributes": {"Policy": json!({"Statement": [{"Effect": "Deny",
            "Principal": "*", "Action": "sqs:SendMessage", "Resource": queues[2].1}]}).to_string()}}),
    );
    // Subscription 0 switched to the envelope.
    sns(
        &mut w,
        "SetSubscriptionAttributes",
        json!({"SubscriptionArn": subs[0], "AttributeName": "RawMessageDelivery", "AttributeValue": "false"}),
    );
    for (url, _) in &queues {
        if url != &url1 {
            sqs(&mut w, "PurgeQueue", json!({"QueueUrl": url}));
        }
    }
    publish(&mut w, "again");
    let got0 = receive_all(&mut w, &queues[0].0);
    assert_eq!(got0.len(), 1);
    let envelope: Value = serde_json::from_str(got0[0]["Body"].as_str().unwrap()).unwrap();
    assert_eq!(envelope["Type"], "Notification");
    assert_eq!(envelope["Message"], "again");
    let got1 = receive_all(&mut w, &url1);
    assert_eq!(got1.len(), 1);
    assert_eq!(got1[0]["Body"], "again");
    assert!(receive_all(&mut w, &queues[2].0).is_empty());
    let failed = w
        .sim
        .journal
        .entries()
        .filter(|e| matches!(&e.event, Event::Sns(SnsEvent::DeliveryFailed { code, .. }) if code == "AccessDenied"))
        .count();
    assert_eq!(failed, 1);
    w.check_invariants();
}

/// A delivery into a queue is one journal entry, `DeliveredToQueue`, naming
/// the subscription, the notification, the queue and the queue's new message
/// (the id a receive of it is journaled with); a client's own SendMessage is
/// still `MessageSent`. Raw (deferred) and enveloped (sent at once) alike.
#[test]
fn a_delivery_into_a_queue_is_one_journal_entry() {
    use switchyard::sqs::SqsEvent;
    let mut w = World::new(5);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "t"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let (raw_url, raw_arn) = queue_for(&mut w, "raw", &topic);
    let (env_url, env_arn) = queue_for(&mut w, "enveloped", &topic);
    for (arn, raw) in [(&raw_arn, "true"), (&env_arn, "false")] {
        sns(
            &mut w,
            "Subscribe",
            json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": arn,
                "Attributes": {"RawMessageDelivery": raw}}),
        );
    }
    let from = w.sim.journal.total();
    for i in 0..3 {
        sns(
            &mut w,
            "Publish",
            json!({"TopicArn": topic, "Message": format!("m{i}")}),
        );
    }
    sqs(
        &mut w,
        "SendMessage",
        json!({"QueueUrl": raw_url, "MessageBody": "direct"}),
    );
    let mut into_queue = Vec::new();
    let mut sent = 0;
    for e in w.sim.journal.since(from) {
        match &e.event {
            Event::Sns(SnsEvent::DeliveredToQueue {
                queue,
                queue_message,
                delayed,
                ..
            }) => {
                assert!(!delayed);
                into_queue.push((*queue, *queue_message));
            }
            Event::Sns(SnsEvent::Delivered { .. }) => panic!("an sqs delivery journaled apart"),
            Event::Sqs(SqsEvent::MessageSent { .. }) => sent += 1,
            _ => {}
        }
    }
    assert_eq!(into_queue.len(), 6, "3 notifications × 2 queues");
    assert_eq!(sent, 1, "only the client's own send is MessageSent");
    // The ids named are the messages the receives find.
    let mut received = Vec::new();
    for url in [&raw_url, &env_url] {
        let from = w.sim.journal.total();
        let got = receive_all(&mut w, url);
        assert_eq!(got.len(), if url == &raw_url { 4 } else { 3 });
        for e in w.sim.journal.since(from) {
            if let Event::Sqs(SqsEvent::MessageReceived { queue, message, .. }) = &e.event {
                received.push((*queue, *message));
            }
        }
    }
    for q in &into_queue {
        assert!(received.contains(q), "delivered {q:?} is received");
    }
}

/// AWS's quotas: 1,000 FIFO topics per account and Region (100,000 standard),
/// 100 subscriptions per FIFO topic (12.5 million standard), refused with the
/// API's codes; another account or Region has its own count.
#[test]
fn topic_and_subscription_quotas() {
    let mut w = World::new(12);
    let fifo =
        |i: usize| json!({"Name": format!("t{i}.fifo"), "Attributes": {"FifoTopic": "true"}});
    for i in 0..1_000 {
        sns(&mut w, "CreateTopic", fifo(i));
    }
    let e = call(&mut w, Service::Sns, "CreateTopic", fifo(1_000)).unwrap_err();
    assert_eq!((e.code.as_str(), e.status), ("TopicLimitExceeded", 403));
    // Creating one that exists is still idempotent, and standard topics count apart.
    sns(&mut w, "CreateTopic", fifo(7));
    sns(&mut w, "CreateTopic", json!({"Name": "standard"}));
    let elsewhere = Caller {
        account_id: "111122223333".into(),
        region: "eu-west-1".into(),
        trace_header: None,
        anonymous: false,
    };
    assert!(matches!(
        w.call(Service::Sns, "CreateTopic", fifo(1_000), &elsewhere),
        CallOutcome::Done(Ok(_))
    ));
    let topic = "arn:aws:sns:us-east-1:123456789012:t0.fifo";
    for i in 0..100 {
        let q = format!("arn:aws:sqs:us-east-1:123456789012:q{i}.fifo");
        sns(
            &mut w,
            "Subscribe",
            json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": q}),
        );
    }
    let e = call(
        &mut w,
        Service::Sns,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": "arn:aws:sqs:us-east-1:123456789012:q100.fifo"}),
    )
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.status),
        ("SubscriptionLimitExceeded", 403)
    );
    // Subscribing an endpoint already subscribed still answers with it.
    sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": "arn:aws:sqs:us-east-1:123456789012:q3.fifo"}),
    );
}

/// Answers LocalStack's AWS-validated SNS tests recorded: dead-letter queues
/// of FIFO topics' subscriptions, `String.` as a type, a batch entry's shape
/// error path, duplicate keys in a JSON message structure, SNS-shaped unknown
/// tokens, and an empty SubscriptionArn.
#[test]
fn recorded_edge_cases_answer_as_aws() {
    let mut w = World::new(21);
    let err = |w: &mut World, op: &str, input: Value| {
        call(w, Service::Sns, op, input).expect_err("should fail")
    };
    let t = sns(
        &mut w,
        "CreateTopic",
        json!({"Name": "orders.fifo", "Attributes": {"FifoTopic": "true"}}),
    )["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, fifo_q) = queue_for(&mut w, "fq.fifo", &t);
    let (_, std_q) = queue_for(&mut w, "sq", &t);
    let (_, std_dlq) = queue_for(&mut w, "dlq", &t);
    let sub = |w: &mut World, endpoint: &str| {
        sns(w, "Subscribe", json!({"TopicArn": t, "Protocol": "sqs", "Endpoint": endpoint, "ReturnSubscriptionArn": true}))
            ["SubscriptionArn"].as_str().unwrap().to_string()
    };
    let fifo_sub = sub(&mut w, &fifo_q);
    let std_sub = sub(&mut w, &std_q);
    let redrive = json!({"deadLetterTargetArn": std_dlq}).to_string();
    let e = err(
        &mut w,
        "SetSubscriptionAttributes",
        json!({"SubscriptionArn": fifo_sub, "AttributeName": "RedrivePolicy", "AttributeValue": redrive}),
    );
    assert_eq!(
        e.message,
        "Invalid parameter: RedrivePolicy: must use a FIFO queue as DLQ for a FIFO Subscription to a FIFO Topic."
    );
    sns(
        &mut w,
        "SetSubscriptionAttributes",
        json!({"SubscriptionArn": std_sub, "AttributeName": "RedrivePolicy", "AttributeValue": redrive}),
    );

    let s = sns(&mut w, "CreateTopic", json!({"Name": "plain"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let e = err(
        &mut w,
        "Publish",
        json!({"TopicArn": s, "Message": "m", "MessageAttributes": {"attr1": {"DataType": "String.", "StringValue": "x"}}}),
    );
    assert_eq!(e.message, "The message attribute 'attr1' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.");
    let e = err(
        &mut w,
        "PublishBatch",
        json!({"TopicArn": s, "PublishBatchRequestEntries": [{"Id": "1", "Message": "m", "MessageAttributes": {"attr1": {"StringValue": "x"}}}]}),
    );
    assert_eq!(e.message, "1 validation error detected: Value null at 'publishBatchRequestEntries.1.member.messageAttributes.attr1.member.dataType' failed to satisfy constraint: Member must not be null");
    sns(
        &mut w,
        "Publish",
        json!({"TopicArn": s, "MessageStructure": "json", "Message": "{\"default\": \"This is a default message\", \"default\": \"Duplicate\"}"}),
    );
    let token = "51b2ff3edb475b7d91550e0ab6edf0c1de2a34e6ebaf6c2262a001bcb7e051c43aa00022ceecce70bd2a67b2042da8d8eb47fef7a4e4e942d23e7fa56146b9ee35da040b4b8af564cc4184a7391c834cb75d75c22981f776ad1ce8805e9bab29da2329985337bb8095627907b46c8577c8440556b6f86582a954758726f8ec8745b5b4b2e5b6b2e5b0bd7f8bcbd4e0e0f94d1c4b9ab8aaca1";
    let e = err(
        &mut w,
        "ConfirmSubscription",
        json!({"TopicArn": s, "Token": token}),
    );
    assert_eq!(e.message, "Invalid parameter: Token");
    // An HTTP subscription's DeliveryPolicy is shown with every member.
    let http = sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": s, "Protocol": "http", "Endpoint": "http://example.com/x", "ReturnSubscriptionArn": true,
               "Attributes": {"RawMessageDelivery": "true", "DeliveryPolicy": "{\"requestPolicy\":{\"headerContentType\":\"text/csv\"}}"}}),
    )["SubscriptionArn"]
        .as_str()
        .unwrap()
        .to_string();
    let a = &sns(
        &mut w,
        "GetSubscriptionAttributes",
        json!({"SubscriptionArn": http}),
    )["Attributes"];
    assert_eq!(
        a["DeliveryPolicy"],
        r#"{"healthyRetryPolicy":null,"sicklyRetryPolicy":null,"throttlePolicy":null,"requestPolicy":{"headerContentType":"text/csv"},"guaranteed":false}"#
    );
    let effective: Value =
        serde_json::from_str(a["EffectiveDeliveryPolicy"].as_str().unwrap()).unwrap();
    assert_eq!(
        effective.as_object().unwrap().keys().collect::<Vec<_>>(),
        [
            "healthyRetryPolicy",
            "sicklyRetryPolicy",
            "throttlePolicy",
            "requestPolicy",
            "guaranteed"
        ]
    );
    // Written back as shown, it is taken.
    sns(
        &mut w,
        "SetSubscriptionAttributes",
        json!({"SubscriptionArn": http, "AttributeName": "DeliveryPolicy", "AttributeValue": a["DeliveryPolicy"]}),
    );
    // A topic's: nulls dropped; set to nothing, gone.
    let set = |w: &mut World, v: &str| {
        sns(
            w,
            "SetTopicAttributes",
            json!({"TopicArn": s, "AttributeName": "DeliveryPolicy", "AttributeValue": v}),
        );
        sns(w, "GetTopicAttributes", json!({"TopicArn": s}))["Attributes"]["DeliveryPolicy"].clone()
    };
    assert_eq!(
        set(
            &mut w,
            r#"{"http":{"defaultHealthyRetryPolicy":null,"disableSubscriptionOverrides":false}}"#
        ),
        r#"{"http":{"disableSubscriptionOverrides":false}}"#
    );
    assert_eq!(set(&mut w, ""), Value::Null);
    // A policy that is not JSON: Jackson's words, as AWS passes them on.
    let e = err(
        &mut w,
        "Subscribe",
        json!({"TopicArn": s, "Protocol": "sms", "Endpoint": "+123123126", "Attributes": {"FilterPolicy": "invalid"}}),
    );
    assert_eq!(e.message, "Invalid parameter: Attributes Reason: FilterPolicy: failed to parse JSON. Unrecognized token 'invalid': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 8]");
    let e = err(
        &mut w,
        "SetSubscriptionAttributes",
        json!({"SubscriptionArn": std_sub, "AttributeName": "RedrivePolicy", "AttributeValue": "{invalid json}"}),
    );
    assert_eq!(e.message, "Invalid parameter: RedrivePolicy: failed to parse JSON. Unexpected character ('i' (code 105)): was expecting double-quote to start field name\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 2]");
    let e = err(&mut w, "Unsubscribe", json!({"SubscriptionArn": ""}));
    assert_eq!(
        e.message,
        "Invalid parameter: SubscriptionArn Reason: no value for required parameter"
    );
}

/// A request's X-Ray trace header (`X-Amzn-Trace-Id`, carried on the
/// `Caller`) becomes the `AWSTraceHeader` of the queue messages it makes: an
/// SNS publish's copies, raw or not (LocalStack's AWS-validated
/// test_publish_sqs_from_sns_with_xray_propagation), and SQS's own sends,
/// where a system attribute the message names itself wins.
#[test]
fn an_x_ray_trace_header_travels_into_the_queue_messages() {
    let trace = "Root=1-3152b799-8954dae64eda91bc9a23a7e8;Parent=7fa8c0f79203be72;Sampled=1";
    let traced = Caller {
        trace_header: Some(trace.into()),
        ..Caller::default()
    };
    let mut w = World::new(5);
    let topic = sns(&mut w, "CreateTopic", json!({"Name": "traced"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    let (raw_url, raw_arn) = queue_for(&mut w, "traced-raw", &topic);
    let (env_url, env_arn) = queue_for(&mut w, "traced-envelope", &topic);
    sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": raw_arn,
               "Attributes": {"RawMessageDelivery": "true"}}),
    );
    sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "sqs", "Endpoint": env_arn}),
    );
    let publish = |w: &mut World, op: &str, input: Value, caller: &Caller| match w.call(
        Service::Sns,
        op,
        input,
        caller,
    ) {
        CallOutcome::Done(r) => r.unwrap(),
        CallOutcome::Pending(_) => unreachable!(),
    };
    publish(
        &mut w,
        "Publish",
        json!({"TopicArn": topic, "Message": "traced"}),
        &traced,
    );
    publish(
        &mut w,
        "PublishBatch",
        json!({"TopicArn": topic, "PublishBatchRequestEntries": [{"Id": "b", "Message": "batched"}]}),
        &traced,
    );
    publish(
        &mut w,
        "Publish",
        json!({"TopicArn": topic, "Message": "untraced"}),
        &Caller::default(),
    );
    w.sqs.settings.short_poll_sampling = false;
    let headers = |w: &mut World, url: &str| -> Vec<(String, Option<String>)> {
        let got = sqs(
            w,
            "ReceiveMessage",
            json!({"QueueUrl": url, "MaxNumberOfMessages": 10,
                   "MessageSystemAttributeNames": ["AWSTraceHeader"]}),
        );
        let mut out: Vec<(String, Option<String>)> = got["Messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                let body = m["Body"].as_str().unwrap();
                let text = serde_json::from_str::<Value>(body)
                    .ok()
                    .and_then(|e| e["Message"].as_str().map(str::to_string))
                    .unwrap_or_else(|| body.to_string());
                (
                    text,
                    m["Attributes"]["AWSTraceHeader"]
                        .as_str()
                        .map(str::to_string),
                )
            })
            .collect();
        out.sort();
        out
    };
    for url in [&raw_url, &env_url] {
        assert_eq!(
            headers(&mut w, url),
            vec![
                ("batched".to_string(), Some(trace.to_string())),
                ("traced".to_string(), Some(trace.to_string())),
                ("untraced".to_string(), None),
            ],
            "{url}"
        );
    }
    // SQS's own sends: the header, unless the message names its own.
    let (q, _) = queue_for(&mut w, "direct", &topic);
    let send =
        |w: &mut World, op: &str, input: Value| match w.call(Service::Sqs, op, input, &traced) {
            CallOutcome::Done(r) => r.unwrap(),
            CallOutcome::Pending(_) => unreachable!(),
        };
    let sent = send(
        &mut w,
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "from-header"}),
    );
    assert!(sent["MD5OfMessageSystemAttributes"].is_string(), "{sent}");
    send(
        &mut w,
        "SendMessageBatch",
        json!({"QueueUrl": q, "Entries": [
            {"Id": "a", "MessageBody": "batch-header"},
            {"Id": "b", "MessageBody": "own", "MessageSystemAttributes":
                {"AWSTraceHeader": {"DataType": "String", "StringValue": "Root=1-own"}}}]}),
    );
    assert_eq!(
        headers(&mut w, &q),
        vec![
            ("batch-header".to_string(), Some(trace.to_string())),
            ("from-header".to_string(), Some(trace.to_string())),
            ("own".to_string(), Some("Root=1-own".to_string())),
        ]
    );
}
