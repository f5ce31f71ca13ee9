//! Topic policies: validation of the Policy attribute, AddPermission and
//! RemovePermission, AuthorizationError for another account's calls, and
//! cross-account SQS subscriptions (confirmed at once when the queue owner
//! subscribes; a SubscriptionConfirmation to the queue when the topic owner does).
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use switchyard::model::Service;
use switchyard::world::{CallOutcome, Caller};
use switchyard::World;

const OWNER: &str = "123456789012";
const OTHER: &str = "210987654321";

fn as_account(account: &str) -> Caller {
    Caller {
        account_id: account.into(),
        region: "us-east-1".into(),
        trace_header: None,
        anonymous: false,
    }
}

fn call(
    w: &mut World,
    who: &str,
    service: Service,
    op: &str,
    input: Value,
) -> Result<Value, switchyard::AwsError> {
    let r = match w.call(service, op, input, &as_account(who)) {
        CallOutcome::Done(r) => r,
        CallOutcome::Pending(_) => unreachable!("no long polls here"),
    };
    w.check_invariants();
    r
}

fn ok(w: &mut World, who: &str, op: &str, input: Value) -> Value {
    call(w, who, Service::Sns, op, input).unwrap_or_else(|e| panic!("{op}: {e}"))
}

fn err(w: &mut World, who: &str, op: &str, input: Value) -> switchyard::AwsError {
    call(w, who, Service::Sns, op, input).expect_err(op)
}

fn new_topic(w: &mut World) -> String {
    ok(w, OWNER, "CreateTopic", json!({"Name": "shared"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string()
}

/// A queue of `account` that lets `topic` send to it.
fn queue(w: &mut World, account: &str, name: &str, topic: &str) -> (String, String) {
    let arn = format!("arn:aws:sqs:us-east-1:{account}:{name}");
    let policy = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": arn,
        "Condition": {"ArnEquals": {"aws:SourceArn": topic}}}]});
    let url = call(
        w,
        account,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": name, "Attributes": {"Policy": policy.to_string()}}),
    )
    .unwrap()["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    (url, arn)
}

fn receive(w: &mut World, account: &str, url: &str) -> Vec<Value> {
    w.sqs.settings.short_poll_sampling = false;
    call(
        w,
        account,
        Service::Sqs,
        "ReceiveMessage",
        json!({"QueueUrl": url, "MaxNumberOfMessages": 10}),
    )
    .unwrap()
    .get("Messages")
    .and_then(Value::as_array)
    .cloned()
    .unwrap_or_default()
}

#[test]
fn another_account_is_refused_until_a_permission_allows_it() {
    let mut w = World::new(1);
    let t = new_topic(&mut w);
    let publish = json!({"TopicArn": t, "Message": "hi"});
    let e = err(&mut w, OTHER, "Publish", publish.clone());
    assert_eq!((e.code.as_str(), e.status), ("AuthorizationError", 403));
    assert_eq!(
        e.message,
        format!("User: arn:aws:iam::{OTHER}:root is not authorized to perform: SNS:Publish on resource: {t} because no resource-based policy allows the SNS:Publish action")
    );
    for op in [
        "GetTopicAttributes",
        "ListSubscriptionsByTopic",
        "DeleteTopic",
    ] {
        assert_eq!(
            err(&mut w, OTHER, op, json!({"TopicArn": t})).code,
            "AuthorizationError",
            "{op}"
        );
    }
    // The owner's account is always allowed.
    ok(&mut w, OWNER, "Publish", publish.clone());

    ok(
        &mut w,
        OWNER,
        "AddPermission",
        json!({"TopicArn": t, "Label": "let-other-publish",
        "AWSAccountId": [OTHER], "ActionName": ["Publish"]}),
    );
    ok(&mut w, OTHER, "Publish", publish.clone());
    // Only what was granted.
    assert_eq!(
        err(&mut w, OTHER, "GetTopicAttributes", json!({"TopicArn": t})).code,
        "AuthorizationError"
    );
    let policy: Value = serde_json::from_str(
        ok(&mut w, OWNER, "GetTopicAttributes", json!({"TopicArn": t}))["Attributes"]["Policy"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    let st = policy["Statement"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["Sid"] == "let-other-publish")
        .unwrap()
        .clone();
    assert_eq!(st["Action"], "SNS:Publish");
    assert_eq!(st["Principal"]["AWS"], format!("arn:aws:iam::{OTHER}:root"));
    assert_eq!(st["Resource"], t.as_str());

    // A label already used is refused; so is an action outside SNS's topic actions.
    let e = err(
        &mut w,
        OWNER,
        "AddPermission",
        json!({"TopicArn": t, "Label": "let-other-publish",
        "AWSAccountId": [OTHER], "ActionName": ["Publish"]}),
    );
    assert_eq!(e.code, "InvalidParameter");
    let e = err(
        &mut w,
        OWNER,
        "AddPermission",
        json!({"TopicArn": t, "Label": "x",
        "AWSAccountId": [OTHER], "ActionName": ["CreateTopic"]}),
    );
    assert_eq!(e.code, "InvalidParameter");

    ok(
        &mut w,
        OWNER,
        "RemovePermission",
        json!({"TopicArn": t, "Label": "let-other-publish"}),
    );
    assert_eq!(
        err(&mut w, OTHER, "Publish", publish).code,
        "AuthorizationError"
    );
    let e = err(
        &mut w,
        OWNER,
        "RemovePermission",
        json!({"TopicArn": t, "Label": "let-other-publish"}),
    );
    assert_eq!(e.code, "InvalidParameter");
    // The other account cannot grant itself anything.
    let e = err(
        &mut w,
        OTHER,
        "AddPermission",
        json!({"TopicArn": t, "Label": "mine",
        "AWSAccountId": [OTHER], "ActionName": ["Publish"]}),
    );
    assert_eq!(e.code, "AuthorizationError");
}

#[test]
fn an_explicit_deny_names_itself_and_policies_are_validated() {
    let mut w = World::new(2);
    let t = new_topic(&mut w);
    let policy = json!({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "SNS:*", "Resource": t},
        {"Effect": "Deny", "Principal": {"AWS": OTHER}, "Action": "SNS:Publish", "Resource": t}]});
    ok(
        &mut w,
        OWNER,
        "SetTopicAttributes",
        json!({"TopicArn": t, "AttributeName": "Policy", "AttributeValue": policy.to_string()}),
    );
    let e = err(
        &mut w,
        OTHER,
        "Publish",
        json!({"TopicArn": t, "Message": "m"}),
    );
    assert!(
        e.message
            .ends_with("with an explicit deny in a resource-based policy"),
        "{}",
        e.message
    );
    ok(&mut w, OTHER, "GetTopicAttributes", json!({"TopicArn": t}));

    for bad in [
        "not json",
        r#"{"Statement": [{"Effect": "Maybe", "Principal": "*", "Action": "SNS:Publish"}]}"#,
    ] {
        let e = err(
            &mut w,
            OWNER,
            "SetTopicAttributes",
            json!({"TopicArn": t, "AttributeName": "Policy", "AttributeValue": bad}),
        );
        assert_eq!(e.code, "InvalidParameter", "{bad}");
        assert!(
            e.message.starts_with("Invalid parameter: Policy Error: "),
            "{}",
            e.message
        );
    }
    // Well formed but not evaluated by Switchyard: refused by name.
    let unsupported = json!({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "SNS:Publish",
        "Condition": {"DateGreaterThan": {"aws:CurrentTime": "2026-01-01T00:00:00Z"}}}]});
    let e = err(
        &mut w,
        OWNER,
        "SetTopicAttributes",
        json!({"TopicArn": t, "AttributeName": "Policy", "AttributeValue": unsupported.to_string()}),
    );
    assert_eq!(e.code, "NotImplemented");
    assert!(e.message.contains("DateGreaterThan"));
    let e = err(
        &mut w,
        OWNER,
        "CreateTopic",
        json!({"Name": "p2", "Attributes": {"Policy": "nope"}}),
    );
    assert_eq!(e.code, "InvalidParameter");
}

#[test]
fn the_queue_owner_subscribing_is_confirmed_at_once() {
    let mut w = World::new(3);
    let t = new_topic(&mut w);
    let (url, q) = queue(&mut w, OTHER, "theirs", &t);
    let sub = json!({"TopicArn": t, "Protocol": "sqs", "Endpoint": q});
    assert_eq!(
        err(&mut w, OTHER, "Subscribe", sub.clone()).code,
        "AuthorizationError"
    );
    ok(
        &mut w,
        OWNER,
        "AddPermission",
        json!({"TopicArn": t, "Label": "subscribe",
        "AWSAccountId": [OTHER], "ActionName": ["Subscribe"]}),
    );
    let arn = ok(&mut w, OTHER, "Subscribe", sub)["SubscriptionArn"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(arn.starts_with(&t), "confirmed at once: {arn}");
    let listed = ok(&mut w, OTHER, "ListSubscriptions", json!({}));
    assert_eq!(listed["Subscriptions"][0]["Owner"], OTHER);
    ok(
        &mut w,
        OWNER,
        "Publish",
        json!({"TopicArn": t, "Message": "cross"}),
    );
    let msgs = receive(&mut w, OTHER, &url);
    assert_eq!(msgs.len(), 1);
    let env: Value = serde_json::from_str(msgs[0]["Body"].as_str().unwrap()).unwrap();
    assert_eq!(env["Message"], "cross");
}

#[test]
fn the_topic_owner_subscribing_another_accounts_queue_needs_its_confirmation() {
    let mut w = World::new(4);
    let t = new_topic(&mut w);
    let (url, q) = queue(&mut w, OTHER, "confirm-me", &t);
    let out = ok(
        &mut w,
        OWNER,
        "Subscribe",
        json!({"TopicArn": t, "Protocol": "sqs", "Endpoint": q}),
    );
    assert_eq!(out["SubscriptionArn"], "pending confirmation");
    ok(
        &mut w,
        OWNER,
        "Publish",
        json!({"TopicArn": t, "Message": "before"}),
    );
    // The queue holds the SubscriptionConfirmation only.
    let msgs = receive(&mut w, OTHER, &url);
    assert_eq!(msgs.len(), 1);
    let env: Value = serde_json::from_str(msgs[0]["Body"].as_str().unwrap()).unwrap();
    assert_eq!(env["Type"], "SubscriptionConfirmation");
    // The queue's owner confirms with the token.
    let arn = ok(
        &mut w,
        OTHER,
        "ConfirmSubscription",
        json!({"TopicArn": t, "Token": env["Token"], "AuthenticateOnUnsubscribe": "true"}),
    )["SubscriptionArn"]
        .as_str()
        .unwrap()
        .to_string();
    let a = ok(
        &mut w,
        OWNER,
        "GetSubscriptionAttributes",
        json!({"SubscriptionArn": arn}),
    )["Attributes"]
        .clone();
    assert_eq!(
        (
            a["PendingConfirmation"].as_str(),
            a["ConfirmationWasAuthenticated"].as_str()
        ),
        (Some("false"), Some("true"))
    );
    ok(
        &mut w,
        OWNER,
        "Publish",
        json!({"TopicArn": t, "Message": "after"}),
    );
    // Wait out the visibility timeout of the confirmation message first.
    w.advance_to(switchyard::sim::SimTime(31_000));
    let bodies: Vec<String> = receive(&mut w, OTHER, &url)
        .iter()
        .map(|m| {
            serde_json::from_str::<Value>(m["Body"].as_str().unwrap()).unwrap()["Message"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(bodies.contains(&"after".to_string()), "{bodies:?}");
    assert!(!bodies.contains(&"before".to_string()), "{bodies:?}");
}

#[test]
fn only_the_subscription_or_topic_owner_may_change_or_delete_a_subscription() {
    let mut w = World::new(5);
    let t = new_topic(&mut w);
    let (_, q) = queue(&mut w, OWNER, "mine", &t);
    let arn = ok(
        &mut w,
        OWNER,
        "Subscribe",
        json!({"TopicArn": t, "Protocol": "sqs", "Endpoint": q}),
    )["SubscriptionArn"]
        .as_str()
        .unwrap()
        .to_string();
    for (op, input) in [
        ("GetSubscriptionAttributes", json!({"SubscriptionArn": arn})),
        (
            "SetSubscriptionAttributes",
            json!({"SubscriptionArn": arn, "AttributeName": "RawMessageDelivery", "AttributeValue": "true"}),
        ),
        ("Unsubscribe", json!({"SubscriptionArn": arn})),
    ] {
        let e = err(&mut w, OTHER, op, input);
        assert_eq!(
            (e.code.as_str(), e.status),
            ("AuthorizationError", 403),
            "{op}"
        );
    }
    ok(
        &mut w,
        OWNER,
        "Unsubscribe",
        json!({"SubscriptionArn": arn}),
    );
    assert_eq!(w.sns.subscriptions().count(), 0);
}
