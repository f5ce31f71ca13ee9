//! SQS validation through `World::call`: AWS's error codes, statuses and
//! messages for queues, attributes, messages and batches, and the shapes of
//! successful responses.

use crate::sqs_support;

use crate::sqs_support::T;
use serde_json::{json, Value};

fn code_msg(e: &switchyard::AwsError) -> (&str, &str) {
    (e.code.as_str(), e.message.as_str())
}

#[test]
fn create_queue_names_types_and_idempotency() {
    let mut t = T::new(1);
    let url = t.create("jobs", json!({"VisibilityTimeout": "45"}));
    assert_eq!(url, "https://sqs.us-east-1.amazonaws.com/123456789012/jobs");
    assert_eq!(
        t.create("jobs", json!({"VisibilityTimeout": "45"})),
        url,
        "same attributes: same queue"
    );
    assert_eq!(t.create("jobs", json!({})), url);
    let e = t.err(
        "CreateQueue",
        json!({"QueueName": "jobs", "Attributes": {"VisibilityTimeout": "46"}}),
    );
    assert_eq!(
        code_msg(&e),
        ("QueueAlreadyExists", "A queue already exists with the same name and a different value for attribute VisibilityTimeout")
    );
    assert_eq!(e.type_name, "QueueNameExists");
    let bad = t.err("CreateQueue", json!({"QueueName": "has space"}));
    assert_eq!(
        code_msg(&bad),
        (
            "InvalidParameterValue",
            "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length"
        )
    );
    assert_eq!(bad.type_name, "InvalidParameterValueException");
    assert_eq!(
        t.err("CreateQueue", json!({"QueueName": "x".repeat(81)}))
            .code,
        "InvalidParameterValue"
    );
    t.create(&"x".repeat(80), json!({}));
    let e = t.err(
        "CreateQueue",
        json!({"QueueName": "nofifo", "Attributes": {"FifoQueue": "true"}}),
    );
    assert!(e
        .message
        .starts_with("The name of a FIFO queue can only include"));
    assert_eq!(
        t.err("CreateQueue", json!({"QueueName": "q.fifo"})).code,
        "InvalidParameterValue"
    );
    let f = t.create("q.fifo", json!({"FifoQueue": "true"}));
    assert_eq!(t.attr(&f, "FifoQueue"), "true");
    let e = t.err("CreateQueue", json!({"QueueName": "q.fifo", "Attributes": {"FifoQueue": "true", "ContentBasedDeduplication": "true"}}));
    assert_eq!(e.message, "A queue already exists with the same name and a different value for attribute ContentBasedDeduplication");
    // A deleted name is refused for 60 seconds.
    t.ok("DeleteQueue", json!({"QueueUrl": url}));
    let e = t.err("CreateQueue", json!({"QueueName": "jobs"}));
    assert_eq!(e.code, "AWS.SimpleQueueService.QueueDeletedRecently");
    t.advance_ms(60_000);
    t.create("jobs", json!({}));
    let e = t.err("GetQueueUrl", json!({"QueueName": "missing"}));
    assert_eq!(
        (
            e.code.as_str(),
            e.type_name.as_str(),
            e.message.as_str(),
            e.status
        ),
        (
            "AWS.SimpleQueueService.NonExistentQueue",
            "QueueDoesNotExist",
            "The specified queue does not exist.",
            400
        )
    );
}

#[test]
fn queue_urls_from_any_host_resolve_by_account_and_name() {
    let mut t = T::new(2);
    t.create("local", json!({}));
    t.ok(
        "SendMessage",
        json!({"QueueUrl": "http://127.0.0.1:4566/123456789012/local", "MessageBody": "a"}),
    );
    t.ok(
        "SendMessage",
        json!({"QueueUrl": "http://localhost:4566/123456789012/local", "MessageBody": "b"}),
    );
    let e = t.err("SendMessage", json!({"QueueUrl": "https://sqs.eu-west-1.amazonaws.com/123456789012/local", "MessageBody": "c"}));
    assert_eq!(
        e.code, "AWS.SimpleQueueService.NonExistentQueue",
        "another Region's endpoint"
    );
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": "local", "MessageBody": "c"}),
    );
    assert_eq!((e.code.as_str(), e.status), ("InvalidAddress", 404));
    let other = sqs_support::account("210987654321");
    t.ok_as(&other, "CreateQueue", json!({"QueueName": "local"}));
    let v = t.ok_as(&other, "ListQueues", json!({}));
    assert_eq!(
        v["QueueUrls"],
        json!(["https://sqs.us-east-1.amazonaws.com/210987654321/local"]),
        "queues live per account"
    );
}

#[test]
fn attribute_validation_follows_aws() {
    let mut t = T::new(3);
    let q = t.create("attrs", json!({}));
    let set = |t: &mut T, name: &str, value: &str| {
        t.err(
            "SetQueueAttributes",
            json!({"QueueUrl": q, "Attributes": {name: value}}),
        )
    };
    for (name, bad) in [
        ("VisibilityTimeout", "43201"),
        ("VisibilityTimeout", "-1"),
        ("DelaySeconds", "901"),
        ("MaximumMessageSize", "1023"),
        ("MaximumMessageSize", "1048577"),
        ("MessageRetentionPeriod", "59"),
        ("MessageRetentionPeriod", "1209601"),
        ("ReceiveMessageWaitTimeSeconds", "21"),
        ("KmsDataKeyReusePeriodSeconds", "59"),
        ("VisibilityTimeout", "ten"),
        ("SqsManagedSseEnabled", "maybe"),
    ] {
        let e = set(&mut t, name, bad);
        assert_eq!(
            code_msg(&e),
            (
                "InvalidAttributeValue",
                format!("Invalid value for the parameter {name}.").as_str()
            ),
            "{name}={bad}"
        );
    }
    let e = set(&mut t, "Bogus", "1");
    assert_eq!(
        code_msg(&e),
        ("InvalidAttributeName", "Unknown Attribute Bogus.")
    );
    let e = set(&mut t, "QueueArn", "arn");
    assert_eq!(
        e.code, "InvalidAttributeName",
        "read-only attributes cannot be set"
    );
    let e = set(&mut t, "FifoQueue", "true");
    assert_eq!(
        code_msg(&e),
        ("InvalidAttributeName", "Unknown Attribute FifoQueue.")
    );
    let e = set(&mut t, "ContentBasedDeduplication", "true");
    assert_eq!(
        code_msg(&e),
        (
            "InvalidAttributeName",
            "Unknown Attribute ContentBasedDeduplication."
        )
    );
    let e = t.err(
        "SetQueueAttributes",
        json!({"QueueUrl": q, "Attributes": {"KmsMasterKeyId": "alias/aws/sqs", "SqsManagedSseEnabled": "true"}}),
    );
    assert_eq!(
        code_msg(&e),
        ("InvalidAttributeName", "You can use one type of server-side encryption (SSE) at one time. You can either enable KMS SSE or SQS SSE.")
    );
    // Nothing of a refused call is applied.
    let e = t.err(
        "SetQueueAttributes",
        json!({"QueueUrl": q, "Attributes": {"DelaySeconds": "5", "VisibilityTimeout": "99999"}}),
    );
    assert_eq!(e.code, "InvalidAttributeValue");
    assert_eq!(t.attr(&q, "DelaySeconds"), "0");
    // SSE-KMS kept and shown.
    t.ok("SetQueueAttributes", json!({"QueueUrl": q, "Attributes": {"KmsMasterKeyId": "alias/aws/sqs", "KmsDataKeyReusePeriodSeconds": "600"}}));
    let all = t.ok(
        "GetQueueAttributes",
        json!({"QueueUrl": q, "AttributeNames": ["All"]}),
    );
    let a = &all["Attributes"];
    assert_eq!(a["KmsMasterKeyId"], "alias/aws/sqs");
    assert_eq!(a["KmsDataKeyReusePeriodSeconds"], "600");
    assert_eq!(a["SqsManagedSseEnabled"], "false");
    assert_eq!(a["MaximumMessageSize"], "1048576", "AWS's current default");
    assert_eq!(a["MessageRetentionPeriod"], "345600");
    assert_eq!(a["VisibilityTimeout"], "30");
    assert_eq!(a["CreatedTimestamp"], "1767225600");
    assert!(
        a.get("FifoQueue").is_none(),
        "FIFO attributes only on FIFO queues"
    );
    let e = t.err(
        "GetQueueAttributes",
        json!({"QueueUrl": q, "AttributeNames": ["Nope"]}),
    );
    assert_eq!(
        code_msg(&e),
        ("InvalidAttributeName", "Unknown Attribute Nope.")
    );
    assert_eq!(
        t.ok("GetQueueAttributes", json!({"QueueUrl": q})),
        json!({})
    );
    // FIFO-only rules.
    let f = t.create("x.fifo", json!({"FifoQueue": "true"}));
    let e = t.err(
        "SetQueueAttributes",
        json!({"QueueUrl": f, "Attributes": {"FifoQueue": "false"}}),
    );
    assert_eq!(
        e.message,
        "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported."
    );
    let e = t.err(
        "SetQueueAttributes",
        json!({"QueueUrl": f, "Attributes": {"FifoThroughputLimit": "perMessageGroupId"}}),
    );
    assert_eq!(e.code, "InvalidAttributeValue");
    let e = t.err(
        "SetQueueAttributes",
        json!({"QueueUrl": f, "Attributes": {"DeduplicationScope": "everything"}}),
    );
    assert_eq!(e.code, "InvalidAttributeValue");
    let v = t.ok(
        "GetQueueAttributes",
        json!({"QueueUrl": f, "AttributeNames": ["All"]}),
    );
    assert_eq!(v["Attributes"]["DeduplicationScope"], "queue");
    assert_eq!(v["Attributes"]["FifoThroughputLimit"], "perQueue");
    assert_eq!(v["Attributes"]["ContentBasedDeduplication"], "false");
}

#[test]
fn redrive_policies_are_validated() {
    let mut t = T::new(4);
    let q = t.create("src", json!({}));
    let fifo_dlq = t.create("dlq.fifo", json!({"FifoQueue": "true"}));
    let fifo_arn = t.arn(&fifo_dlq);
    let set = |t: &mut T, policy: &str| {
        t.err(
            "SetQueueAttributes",
            json!({"QueueUrl": q, "Attributes": {"RedrivePolicy": policy}}),
        )
    };
    let raw = r#"{"deadLetterTargetArn": "dummy", "maxReceiveCount": 42}"#;
    let e = set(&mut t, raw);
    assert_eq!(
        code_msg(&e),
        ("InvalidParameterValue", format!("Value {raw} for parameter RedrivePolicy is invalid. Reason: Invalid value for deadLetterTargetArn.").as_str())
    );
    let cased =
        r#"{"DeadLetterTargetArn":"arn:aws:sqs:us-east-1:123456789012:dq","MaxReceiveCount":"4"}"#;
    assert!(set(&mut t, cased).message.ends_with(
        "Reason: Redrive policy does not contain mandatory attribute: maxReceiveCount."
    ));
    let missing =
        r#"{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:123456789012:nope","maxReceiveCount":3}"#;
    assert!(set(&mut t, missing)
        .message
        .ends_with("Dead letter target does not exist."));
    let zero = format!(r#"{{"deadLetterTargetArn":"{fifo_arn}","maxReceiveCount":0}}"#);
    assert!(set(&mut t, &zero).message.contains(
        "Invalid value for maxReceiveCount: 0, valid values are from 1 to 1000 both inclusive."
    ));
    let mixed = format!(r#"{{"deadLetterTargetArn":"{fifo_arn}","maxReceiveCount":3}}"#);
    assert!(set(&mut t, &mixed).message.contains("same type"));
    let dlq = t.create(
        "dlq",
        json!({"RedriveAllowPolicy": r#"{"redrivePermission":"denyAll"}"#}),
    );
    let dlq_arn = t.arn(&dlq);
    let denied = format!(r#"{{"deadLetterTargetArn":"{dlq_arn}","maxReceiveCount":"3"}}"#);
    assert!(set(&mut t, &denied)
        .message
        .contains("does not allow this queue"));
    let src_arn = t.arn(&q);
    let allow = json!({"redrivePermission": "byQueue", "sourceQueueArns": [src_arn]}).to_string();
    t.ok(
        "SetQueueAttributes",
        json!({"QueueUrl": dlq, "Attributes": {"RedriveAllowPolicy": allow}}),
    );
    t.ok(
        "SetQueueAttributes",
        json!({"QueueUrl": q, "Attributes": {"RedrivePolicy": denied}}),
    );
    assert_eq!(
        t.attr(&q, "RedrivePolicy"),
        format!(r#"{{"deadLetterTargetArn":"{dlq_arn}","maxReceiveCount":3}}"#)
    );
    let e = t.err(
        "SetQueueAttributes",
        json!({"QueueUrl": dlq, "Attributes": {"RedriveAllowPolicy": r#"{"redrivePermission":"byQueue","sourceQueueArns":[]}"#}}),
    );
    assert_eq!(e.code, "InvalidParameterValue");
    t.ok(
        "SetQueueAttributes",
        json!({"QueueUrl": q, "Attributes": {"RedrivePolicy": ""}}),
    );
    assert_eq!(t.attr(&q, "RedrivePolicy"), "");
}

#[test]
fn message_validation_follows_aws() {
    let mut t = T::new(5);
    let q = t.create("msgs", json!({"MaximumMessageSize": "1024"}));
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "x".repeat(1025)}),
    );
    assert_eq!(
        code_msg(&e),
        (
            "InvalidParameterValue",
            "One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes."
        )
    );
    t.send(&q, &"x".repeat(1024));
    let big = t.create("big", json!({}));
    t.send(&big, &"y".repeat(1_048_576));
    assert_eq!(
        t.err(
            "SendMessage",
            json!({"QueueUrl": big, "MessageBody": "y".repeat(1_048_577)})
        )
        .code,
        "InvalidParameterValue"
    );
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "bad\u{1}char"}),
    );
    assert_eq!(e.code, "InvalidMessageContents");
    assert!(e.message.contains("#x1"), "{}", e.message);
    // In an attribute's value the same character is a bad parameter
    // (LocalStack's AWS-validated
    // test_invalid_string_attributes_cause_invalid_parameter_value_error).
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "x", "MessageAttributes":
            {"attr1": {"DataType": "String", "StringValue": "Invalid-\u{8},\u{b}"}}}),
    );
    assert_eq!(e.code, "InvalidParameterValue");
    assert!(e.message.contains("'#x8'"), "{}", e.message);
    assert_eq!(
        t.err("SendMessage", json!({"QueueUrl": q, "MessageBody": ""}))
            .code,
        "MissingParameter"
    );
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "x", "DelaySeconds": 901}),
    );
    assert_eq!(e.message, "Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.");
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "x", "MessageDeduplicationId": "d"}),
    );
    assert!(e.message.contains("not valid for this queue type"));
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "x", "MessageAttributes": {"a": {"DataType": "Text", "StringValue": "v"}}}),
    );
    assert!(e.message.contains("supported type prefixes"));
    let many: serde_json::Map<String, Value> = (0..11)
        .map(|i| {
            (
                format!("a{i}"),
                json!({"DataType": "String", "StringValue": "v"}),
            )
        })
        .collect();
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "x", "MessageAttributes": many}),
    );
    assert_eq!(
        e.message,
        "Number of message attributes [11] exceeds the allowed maximum [10]."
    );
    t.ok(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "x", "MessageAttributes": {"n": {"DataType": "Number.int", "StringValue": "42"}}}),
    );
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "x", "MessageSystemAttributes": {"Other": {"DataType": "String", "StringValue": "v"}}}),
    );
    assert_eq!(e.code, "InvalidParameterValue");
    // Shape errors, as AWS's JSON endpoint words them.
    let e = t.err("SendMessage", json!({"QueueUrl": q}));
    assert_eq!(
        (e.code.as_str(), e.type_name.as_str()),
        ("MissingParameter", "MissingRequiredParameterException")
    );
    assert_eq!(
        e.message,
        "The request must contain the parameter MessageBody."
    );
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "x", "DelaySeconds": "5"}),
    );
    assert_eq!(
        code_msg(&e),
        (
            "SerializationException",
            "STRING_VALUE can not be converted to an Integer"
        )
    );
    // Receive parameters.
    let e = t.err(
        "ReceiveMessage",
        json!({"QueueUrl": q, "MaxNumberOfMessages": 11}),
    );
    assert_eq!(e.message, "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.");
    let e = t.err(
        "ReceiveMessage",
        json!({"QueueUrl": q, "WaitTimeSeconds": 21}),
    );
    assert_eq!(e.code, "InvalidParameterValue");
    let e = t.err(
        "ReceiveMessage",
        json!({"QueueUrl": q, "VisibilityTimeout": 43_201}),
    );
    assert_eq!(e.code, "InvalidParameterValue");
}

#[test]
fn fifo_send_requirements() {
    let mut t = T::new(6);
    let f = t.create("f.fifo", json!({"FifoQueue": "true"}));
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": f, "MessageBody": "x", "MessageDeduplicationId": "d"}),
    );
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        (
            "MissingParameter",
            "The request must contain the parameter MessageGroupId."
        )
    );
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": f, "MessageBody": "x", "MessageGroupId": "g"}),
    );
    assert_eq!(
        code_msg(&e),
        ("InvalidParameterValue", "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly")
    );
    let e = t.err("SendMessage", json!({"QueueUrl": f, "MessageBody": "x", "MessageGroupId": "g".repeat(129), "MessageDeduplicationId": "d"}));
    assert_eq!(e.code, "InvalidParameterValue");
    let e = t.err(
        "SendMessageBatch",
        json!({"QueueUrl": f, "Entries": [{"Id": "a", "MessageBody": "x", "MessageDeduplicationId": "d"}]}),
    );
    assert_eq!(
        code_msg(&e),
        (
            "InvalidParameterValue",
            "The request must contain the parameter MessageGroupId."
        )
    );
    let e = t.err(
        "SendMessageBatch",
        json!({"QueueUrl": f, "Entries": [{"Id": "a", "MessageBody": "x", "MessageGroupId": "g"}]}),
    );
    assert_eq!(e.code, "InvalidParameterValue");
    // Batches on a FIFO queue are enqueued in order.
    let v = t.ok(
        "SendMessageBatch",
        json!({"QueueUrl": f, "Entries": [
            {"Id": "a", "MessageBody": "1", "MessageGroupId": "g", "MessageDeduplicationId": "1"},
            {"Id": "b", "MessageBody": "2", "MessageGroupId": "g", "MessageDeduplicationId": "2"}]}),
    );
    let s0 = v["Successful"][0]["SequenceNumber"]
        .as_str()
        .unwrap()
        .to_string();
    let s1 = v["Successful"][1]["SequenceNumber"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(s0.len() == s1.len() && s0 < s1, "sequence numbers increase");
    assert_eq!(T::bodies(&t.receive(&f, 10)), ["1", "2"]);
}

#[test]
fn batches_and_their_errors() {
    let mut t = T::new(7);
    let q = t.create("batch", json!({}));
    let e = t.err("SendMessageBatch", json!({"QueueUrl": q, "Entries": []}));
    assert_eq!(
        code_msg(&e),
        (
            "AWS.SimpleQueueService.EmptyBatchRequest",
            "There should be at least one SendMessageBatchRequestEntry in the request."
        )
    );
    let twenty: Vec<Value> = (0..20)
        .map(|i| json!({"Id": format!("e{i}"), "MessageBody": "x"}))
        .collect();
    let e = t.err(
        "SendMessageBatch",
        json!({"QueueUrl": q, "Entries": twenty}),
    );
    assert_eq!(
        code_msg(&e),
        (
            "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
            "Maximum number of entries per request are 10. You have sent 20."
        )
    );
    let e = t.err(
        "SendMessageBatch",
        json!({"QueueUrl": q, "Entries": [{"Id": "invalid:id", "MessageBody": "x"}]}),
    );
    assert_eq!(
        code_msg(&e),
        (
            "AWS.SimpleQueueService.InvalidBatchEntryId",
            "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long."
        )
    );
    let e = t.err("SendMessageBatch", json!({"QueueUrl": q, "Entries": [{"Id": "a", "MessageBody": "x"}, {"Id": "a", "MessageBody": "y"}]}));
    assert_eq!(
        code_msg(&e),
        (
            "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
            "Id a repeated."
        )
    );
    let e = t.err(
        "SendMessageBatch",
        json!({"QueueUrl": q, "Entries": [{"Id": "a", "MessageBody": "x".repeat(600_000)}, {"Id": "b", "MessageBody": "y".repeat(600_000)}]}),
    );
    assert_eq!(
        code_msg(&e),
        (
            "AWS.SimpleQueueService.BatchRequestTooLong",
            "Batch requests cannot be longer than 1048576 bytes. You have sent 1200000 bytes."
        )
    );
    let v = t.ok(
        "SendMessageBatch",
        json!({"QueueUrl": q, "Entries": [
            {"Id": "ok1", "MessageBody": "a"},
            {"Id": "bad", "MessageBody": "b", "DelaySeconds": 1000},
            {"Id": "ok2", "MessageBody": "c", "MessageAttributes": {"k": {"DataType": "String", "StringValue": "v"}}}]}),
    );
    assert_eq!(v["Successful"].as_array().unwrap().len(), 2);
    assert_eq!(v["Successful"][0]["Id"], "ok1");
    assert_eq!(
        v["Successful"][0]["MD5OfMessageBody"],
        "0cc175b9c0f1b6a831c399e269772661"
    );
    assert!(v["Successful"][0].get("MD5OfMessageAttributes").is_none());
    assert!(v["Successful"][1]["MD5OfMessageAttributes"].is_string());
    assert_eq!(
        v["Failed"],
        json!([{"Id": "bad", "SenderFault": true, "Code": "InvalidParameterValue",
                "Message": "Value 1000 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900."}])
    );
    let msgs = t.receive(&q, 10);
    assert_eq!(msgs.len(), 2);
    let v = t.ok(
        "ChangeMessageVisibilityBatch",
        json!({"QueueUrl": q, "Entries": [
            {"Id": "x", "ReceiptHandle": msgs[0]["ReceiptHandle"], "VisibilityTimeout": 0},
            {"Id": "y", "ReceiptHandle": "garbage", "VisibilityTimeout": 10}]}),
    );
    assert_eq!(v["Successful"], json!([{"Id": "x"}]));
    assert_eq!(v["Failed"][0]["Code"], "ReceiptHandleIsInvalid");
    let e = t.err(
        "ChangeMessageVisibilityBatch",
        json!({"QueueUrl": q, "Entries": []}),
    );
    assert_eq!(
        e.message,
        "There should be at least one ChangeMessageVisibilityBatchRequestEntry in the request."
    );
    let v = t.ok(
        "DeleteMessageBatch",
        json!({"QueueUrl": q, "Entries": [
            {"Id": "d1", "ReceiptHandle": msgs[1]["ReceiptHandle"]},
            {"Id": "d2", "ReceiptHandle": "garbage"}]}),
    );
    assert_eq!(v["Successful"], json!([{"Id": "d1"}]));
    assert_eq!(
        v["Failed"],
        json!([{"Id": "d2", "SenderFault": true, "Code": "ReceiptHandleIsInvalid",
                "Message": "The input receipt handle \"garbage\" is not a valid receipt handle."}])
    );
    let many: Vec<Value> = (0..11)
        .map(|i| json!({"Id": format!("d{i}"), "ReceiptHandle": "h"}))
        .collect();
    assert_eq!(
        t.err(
            "DeleteMessageBatch",
            json!({"QueueUrl": q, "Entries": many})
        )
        .code,
        "AWS.SimpleQueueService.TooManyEntriesInBatchRequest"
    );
}

#[test]
fn list_queues_pages_and_tags() {
    let mut t = T::new(8);
    for n in ["a1", "a2", "a3", "b1"] {
        t.create(n, json!({}));
    }
    let all = t.ok("ListQueues", json!({}));
    assert_eq!(all["QueueUrls"].as_array().unwrap().len(), 4);
    assert!(
        all.get("NextToken").is_none(),
        "no token without MaxResults"
    );
    let p1 = t.ok(
        "ListQueues",
        json!({"QueueNamePrefix": "a", "MaxResults": 2}),
    );
    assert_eq!(p1["QueueUrls"].as_array().unwrap().len(), 2);
    let token = p1["NextToken"].as_str().unwrap().to_string();
    let p2 = t.ok(
        "ListQueues",
        json!({"QueueNamePrefix": "a", "MaxResults": 2, "NextToken": token}),
    );
    assert_eq!(
        p2["QueueUrls"],
        json!(["https://sqs.us-east-1.amazonaws.com/123456789012/a3"])
    );
    assert!(p2.get("NextToken").is_none());
    assert_eq!(
        t.ok("ListQueues", json!({"QueueNamePrefix": "zzz"})),
        json!({})
    );
    assert_eq!(
        t.err("ListQueues", json!({"MaxResults": 0})).code,
        "InvalidParameterValue"
    );
    let q = t.create("tagged", json!({}));
    assert_eq!(
        t.ok("ListQueueTags", json!({"QueueUrl": q})),
        json!({"Tags": {}})
    );
    t.ok(
        "TagQueue",
        json!({"QueueUrl": q, "Tags": {"team": "a", "env": "dev"}}),
    );
    t.ok(
        "UntagQueue",
        json!({"QueueUrl": q, "TagKeys": ["env", "absent"]}),
    );
    assert_eq!(
        t.ok("ListQueueTags", json!({"QueueUrl": q})),
        json!({"Tags": {"team": "a"}})
    );
    let fifty: serde_json::Map<String, Value> =
        (0..50).map(|i| (format!("k{i}"), json!("v"))).collect();
    let e = t.err("TagQueue", json!({"QueueUrl": q, "Tags": fifty}));
    assert_eq!(e.message, "Too many tags added for queue tagged.");
    let created = t.ok(
        "CreateQueue",
        json!({"QueueName": "born-tagged", "tags": {"a": "b"}}),
    );
    assert_eq!(
        t.ok("ListQueueTags", json!({"QueueUrl": created["QueueUrl"]})),
        json!({"Tags": {"a": "b"}})
    );
}

#[test]
fn unknown_operations_are_refused_by_name() {
    let mut t = T::new(9);
    match t.call("FlushQueue", json!({})) {
        switchyard::world::CallOutcome::Done(Err(e)) => assert_eq!(e.code, "InvalidAction"),
        other => panic!("{other:?}"),
    }
}
