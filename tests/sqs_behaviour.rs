//! SQS behaviour through `World::call`, on the virtual clock: visibility
//! timeouts, deletes, dead-letter queues, FIFO ordering and deduplication, long
//! polling, delays, retention, purge, move tasks, cross-account policies.

use crate::sqs_support::{account, T};
use serde_json::json;
use switchyard::sim::SimTime;
use switchyard::sqs::ServiceSender;

#[test]
fn a_message_not_deleted_returns_after_its_visibility_timeout() {
    let mut t = T::new(1);
    let q = t.create("work", json!({}));
    let sent = t.send(&q, "hello");
    let first = t.receive_with(&q, json!({"AttributeNames": ["All"]}));
    assert_eq!(first.len(), 1);
    assert_eq!(first[0]["MessageId"], sent["MessageId"]);
    assert_eq!(first[0]["MD5OfBody"], "5d41402abc4b2a76b9719d911017c592");
    assert_eq!(first[0]["Attributes"]["ApproximateReceiveCount"], "1");
    assert_eq!(first[0]["Attributes"]["SenderId"], "123456789012");
    assert_eq!(first[0]["Attributes"]["SentTimestamp"], "1767225600000");
    assert!(t.receive(&q, 10).is_empty(), "hidden while in flight");
    t.at(29_999);
    assert!(
        t.receive(&q, 10).is_empty(),
        "still hidden 1 ms before the timeout"
    );
    t.at(30_000);
    let second = t.receive_with(
        &q,
        json!({"AttributeNames": ["ApproximateReceiveCount", "ApproximateFirstReceiveTimestamp"]}),
    );
    assert_eq!(second.len(), 1);
    assert_eq!(second[0]["Attributes"]["ApproximateReceiveCount"], "2");
    assert_eq!(
        second[0]["Attributes"]["ApproximateFirstReceiveTimestamp"],
        "1767225600000"
    );
    assert_ne!(
        second[0]["ReceiptHandle"], first[0]["ReceiptHandle"],
        "a fresh receipt handle per receive"
    );
    assert!(t
        .events()
        .iter()
        .any(|e| e.starts_with("VisibilityExpired")));
}

#[test]
fn per_receive_and_changed_visibility_timeouts() {
    let mut t = T::new(2);
    let q = t.create("vis", json!({"VisibilityTimeout": "100"}));
    t.send(&q, "a");
    let m = t.receive_with(&q, json!({"VisibilityTimeout": 5}));
    t.at(5_000);
    let m2 = t.receive(&q, 1);
    assert_eq!(m2.len(), 1, "the per-receive timeout applied");
    // A handle superseded by a later receive still reaches the message while
    // it is in flight: here it makes it visible at once.
    t.ok(
        "ChangeMessageVisibility",
        json!({"QueueUrl": q, "ReceiptHandle": m[0]["ReceiptHandle"], "VisibilityTimeout": 0}),
    );
    assert_eq!(t.attr(&q, "ApproximateNumberOfMessages"), "1");
    // A handle whose message is visible again: accepted, nothing changes.
    t.ok(
        "ChangeMessageVisibility",
        json!({"QueueUrl": q, "ReceiptHandle": m2[0]["ReceiptHandle"], "VisibilityTimeout": 300}),
    );
    assert_eq!(t.attr(&q, "ApproximateNumberOfMessages"), "1");
    let m3 = t.receive(&q, 1);
    assert_eq!(m3.len(), 1, "timeout 0 makes it visible at once");
    t.ok("ChangeMessageVisibility", json!({"QueueUrl": q, "ReceiptHandle": m3[0]["ReceiptHandle"], "VisibilityTimeout": 43_200}));
    t.advance_ms(60_000);
    let e = t.err(
        "ChangeMessageVisibility",
        json!({"QueueUrl": q, "ReceiptHandle": m3[0]["ReceiptHandle"], "VisibilityTimeout": 43_200}),
    );
    assert_eq!(e.code, "InvalidParameterValue");
    assert!(e
        .message
        .contains("Total VisibilityTimeout for the message is beyond the limit [43200 seconds]"));
    assert_eq!(t.attr(&q, "ApproximateNumberOfMessagesNotVisible"), "1");
}

#[test]
fn a_deleted_message_never_returns_and_stale_handles_are_accepted() {
    let mut t = T::new(3);
    let q = t.create("del", json!({"VisibilityTimeout": "1"}));
    t.send(&q, "x");
    let m = t.receive(&q, 1);
    t.delete(&q, &m[0]);
    t.ok(
        "DeleteMessage",
        json!({"QueueUrl": q, "ReceiptHandle": m[0]["ReceiptHandle"]}),
    );
    t.advance_ms(3_600_000);
    assert!(t.receive(&q, 10).is_empty());
    let e = t.err(
        "DeleteMessage",
        json!({"QueueUrl": q, "ReceiptHandle": "garbage"}),
    );
    assert_eq!((e.code.as_str(), e.status), ("ReceiptHandleIsInvalid", 404));
    assert_eq!(
        e.message,
        "The input receipt handle \"garbage\" is not a valid receipt handle."
    );
    let other = t.create("other", json!({}));
    t.send(&other, "y");
    let m = t.receive(&other, 1);
    let e = t.err(
        "DeleteMessage",
        json!({"QueueUrl": q, "ReceiptHandle": m[0]["ReceiptHandle"]}),
    );
    assert_eq!(
        e.code, "ReceiptHandleIsInvalid",
        "a handle of another queue"
    );
}

#[test]
fn the_receive_that_exceeds_max_receive_count_moves_the_message_to_the_dlq() {
    let mut t = T::new(4);
    let dlq = t.create("orders-dlq", json!({}));
    let dlq_arn = t.arn(&dlq);
    let redrive = json!({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 2}).to_string();
    let q = t.create(
        "orders",
        json!({"VisibilityTimeout": "1", "RedrivePolicy": redrive}),
    );
    let src_arn = t.arn(&q);
    t.advance_ms(10_000);
    t.send(&q, "poison");
    assert_eq!(t.receive(&q, 1).len(), 1);
    t.advance_ms(1_000);
    assert_eq!(t.receive(&q, 1).len(), 1);
    t.advance_ms(1_000);
    assert!(
        t.receive(&q, 1).is_empty(),
        "the third receive moves it instead"
    );
    assert_eq!(t.attr(&q, "ApproximateNumberOfMessages"), "0");
    assert_eq!(t.attr(&dlq, "ApproximateNumberOfMessages"), "1");
    assert!(t.events().iter().any(|e| e.starts_with("MovedToDlq")));
    let m = t.receive_with(&dlq, json!({"MessageSystemAttributeNames": ["All"]}));
    assert_eq!(m[0]["Body"], "poison");
    assert_eq!(
        m[0]["Attributes"]["DeadLetterQueueSourceArn"],
        src_arn.as_str()
    );
    assert_eq!(
        m[0]["Attributes"]["ApproximateReceiveCount"], "3",
        "counted across queues"
    );
    let sources = t.ok("ListDeadLetterSourceQueues", json!({"QueueUrl": dlq}));
    assert_eq!(sources["queueUrls"], json!([q]));
    let rp = t.attr(&q, "RedrivePolicy");
    assert_eq!(
        rp,
        format!("{{\"deadLetterTargetArn\":\"{dlq_arn}\",\"maxReceiveCount\":2}}")
    );
}

#[test]
fn dlq_retention_counts_from_the_original_enqueue_on_standard_queues() {
    let mut t = T::new(5);
    let dlq = t.create("dlq", json!({"MessageRetentionPeriod": "120"}));
    let redrive = json!({"deadLetterTargetArn": t.arn(&dlq), "maxReceiveCount": 1}).to_string();
    let q = t.create(
        "src",
        json!({"VisibilityTimeout": "1", "RedrivePolicy": redrive}),
    );
    t.send(&q, "m");
    t.receive(&q, 1);
    t.at(100_000);
    assert!(t.receive(&q, 1).is_empty());
    assert_eq!(t.attr(&dlq, "ApproximateNumberOfMessages"), "1");
    t.at(120_000);
    assert_eq!(
        t.attr(&dlq, "ApproximateNumberOfMessages"),
        "0",
        "expired 120 s after it was first sent"
    );
    assert!(t.events().iter().any(|e| e.starts_with("MessageExpired")));
}

#[test]
fn fifo_keeps_order_within_a_group_and_locks_it_while_in_flight() {
    let mut t = T::new(6);
    let q = t.create("orders.fifo", json!({"FifoQueue": "true"}));
    for (i, g) in ["a", "a", "b", "a", "b"].iter().enumerate() {
        let r = t.send_fifo(&q, &format!("{g}{i}"), g, &format!("d{i}"));
        assert!(r["SequenceNumber"].as_str().unwrap().len() >= 20);
    }
    let first = t.receive(&q, 2);
    assert_eq!(
        T::bodies(&first),
        ["a0", "a1"],
        "as many of one group as asked"
    );
    let next = t.receive(&q, 10);
    assert_eq!(
        T::bodies(&next),
        ["b2", "b4"],
        "group a is locked; b is served"
    );
    assert!(t.receive(&q, 10).is_empty(), "both groups locked");
    t.delete(&q, &first[0]);
    assert!(
        t.receive(&q, 10).is_empty(),
        "a still has a message in flight"
    );
    t.delete(&q, &first[1]);
    assert_eq!(T::bodies(&t.receive(&q, 10)), ["a3"]);
    // A handle of a message already deleted is accepted, as AWS accepts it.
    t.ok(
        "DeleteMessage",
        json!({"QueueUrl": q, "ReceiptHandle": first[0]["ReceiptHandle"]}),
    );
}

/// The orders AWS gives FIFO groups once messages come back from flight, as
/// recorded against AWS by LocalStack's validated tests: a group whose first
/// message is visible again is served (up to a later one still in flight),
/// and groups queue by how long their first message has been visible.
#[test]
fn fifo_groups_come_back_behind_groups_never_received() {
    let mut t = T::new(11);
    let fifo = json!({"FifoQueue": "true", "ContentBasedDeduplication": "true", "VisibilityTimeout": "30"});
    let send = |t: &mut T, q: &str, body: &str| {
        let group = format!("group-{}", &body[1..2]);
        t.ok(
            "SendMessage",
            json!({"QueueUrl": q, "MessageBody": body, "MessageGroupId": group}),
        );
    };

    // The first message's visibility ended (set to 0) while the second is in
    // flight: the first is served again, after the group never received.
    let q = t.create("terminate.fifo", fifo.clone());
    for b in ["g1-m1", "g1-m2", "g2-m1"] {
        send(&mut t, &q, b);
    }
    let got = t.receive(&q, 2);
    assert_eq!(T::bodies(&got), ["g1-m1", "g1-m2"]);
    t.ok(
        "ChangeMessageVisibility",
        json!({"QueueUrl": q, "ReceiptHandle": got[0]["ReceiptHandle"], "VisibilityTimeout": 0}),
    );
    assert_eq!(T::bodies(&t.receive(&q, 3)), ["g2-m1", "g1-m1"]);

    // Received with a visibility timeout of 0: those groups go behind g3.
    let q = t.create("zero.fifo", fifo.clone());
    for b in ["g1-m1", "g2-m1", "g2-m2", "g3-m1", "g1-m2"] {
        send(&mut t, &q, b);
    }
    let first = t.receive_with(
        &q,
        json!({"MaxNumberOfMessages": 3, "VisibilityTimeout": 0}),
    );
    assert_eq!(T::bodies(&first), ["g1-m1", "g1-m2", "g2-m1"]);
    let all = t.receive_with(
        &q,
        json!({"MaxNumberOfMessages": 10, "VisibilityTimeout": 0}),
    );
    assert_eq!(
        T::bodies(&all),
        ["g3-m1", "g1-m1", "g1-m2", "g2-m1", "g2-m2"]
    );

    // Timeouts running out: each group comes back when its timeout ends.
    let q = t.create(
        "shared.fifo",
        json!({"FifoQueue": "true", "ContentBasedDeduplication": "true", "VisibilityTimeout": "1"}),
    );
    for b in ["g1-m1", "g1-m2", "g1-m3", "g1-m4", "g2-m1", "g3-m1"] {
        send(&mut t, &q, b);
    }
    assert_eq!(T::bodies(&t.receive(&q, 2)), ["g1-m1", "g1-m2"]);
    t.advance_ms(10);
    assert_eq!(T::bodies(&t.receive(&q, 1)), ["g2-m1"]);
    t.advance_ms(2_000);
    let all = t.receive_with(
        &q,
        json!({"MaxNumberOfMessages": 10, "VisibilityTimeout": 0}),
    );
    assert_eq!(
        T::bodies(&all),
        ["g3-m1", "g1-m1", "g1-m2", "g1-m3", "g1-m4", "g2-m1"]
    );

    // Deleting what was in flight: the group's next message, never received,
    // keeps its place by its send.
    let q = t.create(
        "delete.fifo",
        json!({"FifoQueue": "true", "ContentBasedDeduplication": "true"}),
    );
    for b in [
        "g1-m1", "g2-m1", "g1-m2", "g2-m2", "g1-m2", "g1-m3", "g1-m4", "g3-m1",
    ] {
        send(&mut t, &q, b); // the second g1-m2 is a duplicate
    }
    let got = t.receive(&q, 2);
    assert_eq!(T::bodies(&got), ["g1-m1", "g1-m2"]);
    t.delete(&q, &got[0]);
    t.delete(&q, &got[1]);
    assert_eq!(
        T::bodies(&t.receive(&q, 10)),
        ["g2-m1", "g2-m2", "g1-m3", "g1-m4", "g3-m1"]
    );
}

/// PurgeQueue forgets a FIFO queue's deduplication ids (AWS-validated in
/// LocalStack's tests; AWS's docs are silent).
#[test]
fn purge_forgets_fifo_deduplication_ids() {
    let mut t = T::new(12);
    let q = t.create("p.fifo", json!({"FifoQueue": "true"}));
    let first = t.send_fifo(&q, "message-1", "g", "d");
    t.ok("PurgeQueue", json!({"QueueUrl": q}));
    let second = t.send_fifo(&q, "message-2", "g", "d");
    assert_ne!(first["MessageId"], second["MessageId"]);
    assert_eq!(T::bodies(&t.receive(&q, 10)), ["message-2"]);
}

/// Attribute names may use any Unicode letters and digits (AWS accepts
/// `attr.1øßä`); other characters are still refused.
#[test]
fn attribute_names_take_unicode_letters() {
    let mut t = T::new(13);
    let q = t.create("u", json!({}));
    t.ok(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "x", "MessageAttributes": {"attr.1øßä": {"DataType": "String", "StringValue": "Valida"}}}),
    );
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "x", "MessageAttributes": {"a b": {"DataType": "String", "StringValue": "v"}}}),
    );
    assert_eq!(e.code, "InvalidParameterValue");
}

#[test]
fn fifo_visibility_expiry_redelivers_the_head_first_and_old_handles_expire() {
    let mut t = T::new(7);
    let q = t.create(
        "g.fifo",
        json!({"FifoQueue": "true", "ContentBasedDeduplication": "true", "VisibilityTimeout": "5"}),
    );
    for b in ["1", "2", "3"] {
        t.ok(
            "SendMessage",
            json!({"QueueUrl": q, "MessageBody": b, "MessageGroupId": "g"}),
        );
    }
    let m = t.receive(&q, 1);
    assert_eq!(T::bodies(&m), ["1"]);
    t.advance_ms(5_000);
    let again = t.receive(&q, 3);
    assert_eq!(T::bodies(&again), ["1", "2", "3"]);
    let e = t.err(
        "DeleteMessage",
        json!({"QueueUrl": q, "ReceiptHandle": m[0]["ReceiptHandle"]}),
    );
    assert_eq!(e.message, format!("Value {} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.", m[0]["ReceiptHandle"].as_str().unwrap()));
}

#[test]
fn fifo_duplicates_are_accepted_but_not_enqueued_for_five_minutes() {
    let mut t = T::new(8);
    let q = t.create("d.fifo", json!({"FifoQueue": "true"}));
    let a = t.send_fifo(&q, "one", "g", "same");
    t.at(299_999);
    let b = t.send_fifo(&q, "two", "g", "same");
    assert_eq!(
        a["MessageId"], b["MessageId"],
        "the duplicate gets the original MessageId"
    );
    assert_eq!(t.attr(&q, "ApproximateNumberOfMessages"), "1");
    assert!(t.events().iter().any(|e| e.starts_with("DuplicateIgnored")));
    t.at(300_000);
    let c = t.send_fifo(&q, "three", "g", "same");
    assert_ne!(a["MessageId"], c["MessageId"]);
    assert_eq!(t.attr(&q, "ApproximateNumberOfMessages"), "2");
    // Content-based deduplication: SHA-256 of the body.
    let cb = t.create(
        "cb.fifo",
        json!({"FifoQueue": "true", "ContentBasedDeduplication": "true"}),
    );
    let x = t.ok(
        "SendMessage",
        json!({"QueueUrl": cb, "MessageBody": "same body", "MessageGroupId": "g"}),
    );
    let y = t.ok(
        "SendMessage",
        json!({"QueueUrl": cb, "MessageBody": "same body", "MessageGroupId": "h"}),
    );
    assert_eq!(
        x["MessageId"], y["MessageId"],
        "deduplication scope is the queue"
    );
    let m = t.receive_with(
        &cb,
        json!({"AttributeNames": ["MessageDeduplicationId", "MessageGroupId"]}),
    );
    assert_eq!(
        m[0]["Attributes"]["MessageDeduplicationId"],
        switchyard::util::sha256_hex(b"same body").as_str()
    );
    // Per-group scope (high throughput).
    let hq = t.create(
        "ht.fifo",
        json!({"FifoQueue": "true", "DeduplicationScope": "messageGroup", "FifoThroughputLimit": "perMessageGroupId"}),
    );
    let p = t.send_fifo(&hq, "x", "g1", "d");
    let r = t.send_fifo(&hq, "x", "g2", "d");
    assert_ne!(p["MessageId"], r["MessageId"]);
}

#[test]
fn fifo_receive_request_attempt_id_returns_the_same_messages() {
    let mut t = T::new(9);
    let q = t.create(
        "r.fifo",
        json!({"FifoQueue": "true", "ContentBasedDeduplication": "true"}),
    );
    for b in ["1", "2"] {
        t.ok(
            "SendMessage",
            json!({"QueueUrl": q, "MessageBody": b, "MessageGroupId": "g"}),
        );
    }
    let a = t.receive_with(
        &q,
        json!({"MaxNumberOfMessages": 10, "ReceiveRequestAttemptId": "try-1"}),
    );
    t.advance_ms(10_000);
    let b = t.receive_with(
        &q,
        json!({"MaxNumberOfMessages": 10, "ReceiveRequestAttemptId": "try-1"}),
    );
    assert_eq!(a, b, "same messages and receipt handles");
    assert!(t
        .receive_with(&q, json!({"ReceiveRequestAttemptId": "try-2"}))
        .is_empty());
    t.delete(&q, &a[0]);
    let c = t.receive_with(
        &q,
        json!({"MaxNumberOfMessages": 10, "ReceiveRequestAttemptId": "try-1"}),
    );
    assert!(c.is_empty(), "changed messages end the replay");
}

#[test]
fn long_polling_returns_when_a_message_arrives_or_empty_at_the_deadline() {
    let mut t = T::new(10);
    let q = t.create("lp", json!({}));
    let call = t.pending(
        "ReceiveMessage",
        json!({"QueueUrl": q, "WaitTimeSeconds": 10}),
    );
    t.at(2_000);
    assert!(t.w.take_completed(call).is_none());
    t.send(&q, "arrived");
    let r =
        t.w.take_completed(call)
            .expect("completed on arrival")
            .unwrap();
    assert_eq!(r["Messages"][0]["Body"], "arrived");
    let call = t.pending(
        "ReceiveMessage",
        json!({"QueueUrl": q, "WaitTimeSeconds": 10}),
    );
    t.at(11_999);
    assert!(t.w.take_completed(call).is_none());
    t.at(12_000);
    assert_eq!(
        t.w.take_completed(call).unwrap().unwrap(),
        json!({}),
        "AWS omits Messages"
    );
    // The queue's ReceiveMessageWaitTimeSeconds makes a plain receive a long poll;
    // a delayed message ends the wait when its delay ends.
    let lq = t.create(
        "lq",
        json!({"ReceiveMessageWaitTimeSeconds": "20", "DelaySeconds": "3"}),
    );
    let call = t.pending("ReceiveMessage", json!({"QueueUrl": lq}));
    t.send(&lq, "later");
    assert!(t.w.take_completed(call).is_none());
    t.advance_ms(3_000);
    let r =
        t.w.take_completed(call)
            .expect("completed when the delay ended")
            .unwrap();
    assert_eq!(r["Messages"][0]["Body"], "later");
    let ev = t.events();
    assert!(ev.iter().any(|e| e.starts_with("LongPollParked")));
    assert!(ev.iter().any(|e| e.starts_with("LongPollCompleted")));
}

#[test]
fn a_long_poll_on_a_deleted_queue_fails() {
    let mut t = T::new(11);
    let q = t.create("gone", json!({}));
    let call = t.pending(
        "ReceiveMessage",
        json!({"QueueUrl": q, "WaitTimeSeconds": 5}),
    );
    t.ok("DeleteQueue", json!({"QueueUrl": q}));
    let e = t.w.take_completed(call).unwrap().unwrap_err();
    assert_eq!(e.code, "AWS.SimpleQueueService.NonExistentQueue");
    t.advance_ms(10_000);
}

#[test]
fn delays_per_queue_and_per_message() {
    let mut t = T::new(12);
    let q = t.create("delay", json!({"DelaySeconds": "10"}));
    t.send(&q, "queue-delay");
    t.ok(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "no-delay", "DelaySeconds": 0}),
    );
    t.ok(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "five", "DelaySeconds": 5}),
    );
    assert_eq!(t.attr(&q, "ApproximateNumberOfMessagesDelayed"), "2");
    assert_eq!(T::bodies(&t.receive(&q, 10)), ["no-delay"]);
    t.at(5_000);
    assert_eq!(T::bodies(&t.receive(&q, 10)), ["five"]);
    t.at(10_000);
    assert_eq!(T::bodies(&t.receive(&q, 10)), ["queue-delay"]);
    let f = t.create("f.fifo", json!({"FifoQueue": "true"}));
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": f, "MessageBody": "x", "MessageGroupId": "g", "MessageDeduplicationId": "d", "DelaySeconds": 2}),
    );
    assert_eq!(
        e.message,
        "Value 2 for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type."
    );
    // On a FIFO queue a new DelaySeconds applies to messages already there:
    // one sent at 10 s, never received, is due at 10 s + 60 s.
    t.send_fifo(&f, "waiting", "g", "w");
    t.at(20_000);
    t.ok(
        "SetQueueAttributes",
        json!({"QueueUrl": f, "Attributes": {"DelaySeconds": "60"}}),
    );
    assert_eq!(t.attr(&f, "ApproximateNumberOfMessagesDelayed"), "1");
    assert!(t.receive(&f, 10).is_empty());
    t.at(70_000);
    assert_eq!(T::bodies(&t.receive(&f, 10)), ["waiting"]);
}

#[test]
fn messages_expire_after_the_retention_period() {
    let mut t = T::new(13);
    let q = t.create("ret", json!({"MessageRetentionPeriod": "60"}));
    t.send(&q, "a");
    t.at(30_000);
    t.send(&q, "b");
    t.receive(&q, 1);
    t.at(60_000);
    assert_eq!(
        t.attr(&q, "ApproximateNumberOfMessagesNotVisible"),
        "0",
        "the in-flight one expired too"
    );
    assert_eq!(t.attr(&q, "ApproximateNumberOfMessages"), "1");
    t.at(90_000);
    assert_eq!(t.attr(&q, "ApproximateNumberOfMessages"), "0");
    assert_eq!(t.w.sqs.stats().expired, 2);
    // Shortening the retention expires old messages (AWS docs).
    let r = t.create("ret2", json!({}));
    t.send(&r, "old");
    t.advance_ms(120_000);
    t.ok(
        "SetQueueAttributes",
        json!({"QueueUrl": r, "Attributes": {"MessageRetentionPeriod": "60"}}),
    );
    assert_eq!(t.attr(&r, "ApproximateNumberOfMessages"), "0");
}

#[test]
fn purge_empties_the_queue_once_a_minute() {
    let mut t = T::new(14);
    let q = t.create("p", json!({}));
    for i in 0..5 {
        t.send(&q, &format!("m{i}"));
    }
    t.receive(&q, 2);
    t.ok("PurgeQueue", json!({"QueueUrl": q}));
    assert!(t.receive(&q, 10).is_empty());
    assert_eq!(t.attr(&q, "ApproximateNumberOfMessagesNotVisible"), "0");
    let e = t.err("PurgeQueue", json!({"QueueUrl": q}));
    assert_eq!(
        (e.code.as_str(), e.status),
        ("AWS.SimpleQueueService.PurgeQueueInProgress", 403)
    );
    assert_eq!(
        e.message,
        "Only one PurgeQueue operation on p is allowed every 60 seconds."
    );
    t.advance_ms(60_000);
    t.ok("PurgeQueue", json!({"QueueUrl": q}));
    assert!(t
        .events()
        .iter()
        .any(|e| e == "QueuePurged { queue: 0, count: 5 }"));
}

#[test]
fn message_attribute_digests_and_filters_match_aws() {
    let mut t = T::new(15);
    let q = t.create("attrs", json!({}));
    let r = t.ok(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "msg", "MessageAttributes": {
            "General": {"DataType": "String", "StringValue": "Kenobi"},
            "Hello": {"DataType": "String", "StringValue": "There"},
            "Help.Me": {"DataType": "String", "StringValue": "Me"}}}),
    );
    // Values AWS returned for exactly these attributes.
    assert_eq!(r["MD5OfMessageBody"], "6e2baaf3b97dbeef01c0043275f9a0e7");
    assert_eq!(
        r["MD5OfMessageAttributes"],
        "4c360f3fdafd970e05fae2f149d997f5"
    );
    let check = |t: &mut T, names: serde_json::Value, md5: Option<&str>, keys: &[&str]| {
        let m = t.receive_with(
            &q,
            json!({"MessageAttributeNames": names, "VisibilityTimeout": 0}),
        );
        assert_eq!(m[0]["MD5OfMessageAttributes"].as_str(), md5);
        let got: Vec<String> = m[0]["MessageAttributes"]
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        assert_eq!(got, keys);
    };
    check(
        &mut t,
        json!(["All"]),
        Some("4c360f3fdafd970e05fae2f149d997f5"),
        &["General", "Hello", "Help.Me"],
    );
    // Names that cannot name an attribute: no MessageAttributes key at all.
    for names in [json!(["AWS."]), json!(["..foo"])] {
        let m = t.receive_with(
            &q,
            json!({"MessageAttributeNames": names, "VisibilityTimeout": 0}),
        );
        assert!(m[0].get("MessageAttributes").is_none(), "{names}");
    }
    // `*` is answered as `All`.
    check(
        &mut t,
        json!(["*"]),
        Some("4c360f3fdafd970e05fae2f149d997f5"),
        &["General", "Hello", "Help.Me"],
    );
    check(
        &mut t,
        json!([".*"]),
        Some("4c360f3fdafd970e05fae2f149d997f5"),
        &["General", "Hello", "Help.Me"],
    );
    check(
        &mut t,
        json!(["General", "Hello"]),
        Some("fca026605781cb4126a1e9044df24232"),
        &["General", "Hello"],
    );
    check(
        &mut t,
        json!(["Hello", "Nope"]),
        Some("a311262e065454b75da111d535b8dacd"),
        &["Hello"],
    );
    check(
        &mut t,
        json!(["He.*"]),
        Some("83fee93c1bcd8b9a5a923ffacdc636c7"),
        &["Hello", "Help.Me"],
    );
    check(&mut t, json!(["Nope"]), None, &[]);
    let m = t.receive(&q, 1);
    assert!(
        m[0].get("MessageAttributes").is_none() && m[0].get("MD5OfMessageAttributes").is_none()
    );
    // Binary values round-trip as base64; the trace header is a system attribute.
    let r = t.ok(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "b",
            "MessageAttributes": {"bin": {"DataType": "Binary", "BinaryValue": "SGVsbG8gYmluYXJ5IHdvcmxkIQ=="}},
            "MessageSystemAttributes": {"AWSTraceHeader": {"DataType": "String", "StringValue": "Root=1-5759e988-bd862e3fe1be46a994272793"}}}),
    );
    assert!(r["MD5OfMessageSystemAttributes"].is_string());
    t.ok("PurgeQueue", json!({"QueueUrl": q}));
    let e = t.err(
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "x", "MessageAttributes": {"ErrorDetails": {"DataType": "String", "StringValue": ""}}}),
    );
    assert_eq!(
        e.message,
        "Message (user) attribute 'ErrorDetails' must contain a non-empty value of type 'String'."
    );
}

#[test]
fn queue_policies_decide_cross_account_access() {
    let mut t = T::new(16);
    let q = t.create("shared", json!({}));
    let arn = t.arn(&q);
    let other = account("222222222222");
    let e = t.err_as(
        &other,
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "hi"}),
    );
    assert_eq!((e.code.as_str(), e.status), ("AccessDenied", 403));
    assert_eq!(
        e.message,
        format!("User: arn:aws:iam::222222222222:root is not authorized to perform: sqs:sendmessage on resource: {arn} because no resource-based policy allows the sqs:sendmessage action")
    );
    // An account id is twelve digits: `*` and ARNs are refused.
    for (id, reason) in [
        ("*", "Unable to verify."),
        (
            "arn:aws:iam::222222222222:user/bob",
            "Unable to verify principal.",
        ),
    ] {
        let e = t.err(
            "AddPermission",
            json!({"QueueUrl": q, "Label": "Bad", "AWSAccountIds": [id], "Actions": ["SendMessage"]}),
        );
        assert_eq!(
            (e.code.as_str(), e.message.as_str()),
            (
                "InvalidParameterValue",
                format!("Value {id} for parameter PrincipalId is invalid. Reason: {reason}")
                    .as_str()
            )
        );
    }
    t.ok(
        "AddPermission",
        json!({"QueueUrl": q, "Label": "ShareSend", "AWSAccountIds": ["222222222222"], "Actions": ["SendMessage"]}),
    );
    t.ok_as(
        &other,
        "SendMessage",
        json!({"QueueUrl": q, "MessageBody": "hi"}),
    );
    let e = t.err_as(&other, "ReceiveMessage", json!({"QueueUrl": q}));
    assert_eq!(e.code, "AccessDenied", "only SendMessage was shared");
    let m = t.receive_with(&q, json!({"AttributeNames": ["SenderId"]}));
    assert_eq!(m[0]["Attributes"]["SenderId"], "222222222222");
    let policy = t.attr(&q, "Policy");
    let doc: serde_json::Value = serde_json::from_str(&policy).unwrap();
    assert_eq!(
        doc["Statement"][0]["Principal"]["AWS"],
        "arn:aws:iam::222222222222:root"
    );
    assert_eq!(doc["Statement"][0]["Action"], "SQS:SendMessage");
    t.ok(
        "RemovePermission",
        json!({"QueueUrl": q, "Label": "ShareSend"}),
    );
    assert_eq!(
        t.attr(&q, "Policy"),
        "",
        "the last statement removed drops the policy"
    );
    let e = t.err(
        "RemovePermission",
        json!({"QueueUrl": q, "Label": "ShareSend"}),
    );
    assert_eq!(
        e.message,
        "Value ShareSend for parameter Label is invalid. Reason: can't find label."
    );

    // A policy with conditions, and an explicit deny that binds the owner too.
    let policy = json!({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sqs:*", "Resource": arn,
         "Condition": {"StringEquals": {"aws:PrincipalAccount": ["222222222222"]}}},
        {"Effect": "Deny", "Principal": "*", "Action": "sqs:PurgeQueue", "Resource": arn}]});
    t.ok(
        "SetQueueAttributes",
        json!({"QueueUrl": q, "Attributes": {"Policy": policy.to_string()}}),
    );
    t.ok_as(&other, "ReceiveMessage", json!({"QueueUrl": q}));
    let third = account("333333333333");
    assert_eq!(
        t.err_as(
            &third,
            "SendMessage",
            json!({"QueueUrl": q, "MessageBody": "x"})
        )
        .code,
        "AccessDenied"
    );
    let e = t.err("PurgeQueue", json!({"QueueUrl": q}));
    assert!(
        e.message
            .ends_with("with an explicit deny in a resource-based policy"),
        "{}",
        e.message
    );
    assert_eq!(
        t.err_as(&other, "DeleteQueue", json!({"QueueUrl": q})).code,
        "AccessDenied",
        "not shareable"
    );
    // GetQueueUrl with QueueOwnerAWSAccountId.
    let v = t.ok_as(
        &other,
        "GetQueueUrl",
        json!({"QueueName": "shared", "QueueOwnerAWSAccountId": "123456789012"}),
    );
    assert_eq!(v["QueueUrl"], q.as_str());
    // Unsupported condition operators are refused when set, by name.
    let dated = json!({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sqs:*",
        "Condition": {"DateGreaterThan": {"aws:CurrentTime": "2030-01-01T00:00:00Z"}}}]});
    let e = t.err(
        "SetQueueAttributes",
        json!({"QueueUrl": q, "Attributes": {"Policy": dated.to_string()}}),
    );
    assert_eq!(e.code, "NotImplemented");
}

#[test]
fn service_principals_need_a_queue_policy_with_matching_conditions() {
    let mut t = T::new(17);
    let q = t.create("events", json!({}));
    let arn = t.arn(&q);
    let topic = "arn:aws:sns:us-east-1:123456789012:orders";
    let from = ServiceSender {
        service: "sns.amazonaws.com",
        source_arn: Some(topic),
        source_account: Some("123456789012"),
    };
    let msg = switchyard::sqs::SendMessageInput {
        message_body: "{\"Type\":\"Notification\"}".into(),
        ..Default::default()
    };
    let e =
        t.w.sqs
            .send_from_service(&mut t.w.sim, &arn, &from, msg.clone())
            .unwrap_err();
    assert_eq!(
        e.code, "AccessDenied",
        "same account, but no policy for the service"
    );
    let policy = json!({"Statement": [{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"},
        "Action": "sqs:SendMessage", "Resource": arn, "Condition": {"ArnEquals": {"aws:SourceArn": topic}}}]});
    t.ok(
        "SetQueueAttributes",
        json!({"QueueUrl": q, "Attributes": {"Policy": policy.to_string()}}),
    );
    t.w.sqs
        .send_from_service(&mut t.w.sim, &arn, &from, msg.clone())
        .unwrap();
    let wrong = ServiceSender {
        source_arn: Some("arn:aws:sns:us-east-1:123456789012:other"),
        ..from
    };
    assert!(t
        .w
        .sqs
        .send_from_service(&mut t.w.sim, &arn, &wrong, msg)
        .is_err());
    t.w.check_invariants();
    let m = t.receive_with(&q, json!({"AttributeNames": ["SenderId"]}));
    assert!(m[0]["Attributes"]["SenderId"]
        .as_str()
        .unwrap()
        .starts_with("AIDA"));
}

#[test]
fn move_tasks_redrive_at_the_requested_rate() {
    let mut t = T::new(18);
    let dlq = t.create("mt-dlq", json!({}));
    let dlq_arn = t.arn(&dlq);
    let redrive = json!({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 1}).to_string();
    let q = t.create(
        "mt",
        json!({"VisibilityTimeout": "1", "RedrivePolicy": redrive}),
    );
    for i in 0..5 {
        t.send(&q, &format!("m{i}"));
    }
    t.receive(&q, 10);
    t.advance_ms(1_000);
    assert!(t.receive(&q, 10).is_empty());
    assert_eq!(t.attr(&dlq, "ApproximateNumberOfMessages"), "5");
    let src_arn = t.arn(&q);
    let e = t.err("StartMessageMoveTask", json!({"SourceArn": src_arn}));
    assert_eq!(
        e.message,
        "Source queue must be configured as a Dead Letter Queue."
    );
    let start = t.ok(
        "StartMessageMoveTask",
        json!({"SourceArn": dlq_arn, "MaxNumberOfMessagesPerSecond": 2}),
    );
    let handle = start["TaskHandle"].as_str().unwrap().to_string();
    let e = t.err("StartMessageMoveTask", json!({"SourceArn": dlq_arn}));
    assert!(e.message.starts_with("There is already a task running."));
    let list = t.ok("ListMessageMoveTasks", json!({"SourceArn": dlq_arn}));
    assert_eq!(list["Results"][0]["Status"], "RUNNING");
    assert_eq!(list["Results"][0]["ApproximateNumberOfMessagesMoved"], 0);
    assert_eq!(list["Results"][0]["ApproximateNumberOfMessagesToMove"], 5);
    assert_eq!(list["Results"][0]["TaskHandle"], handle.as_str());
    t.advance_ms(1_000);
    assert_eq!(
        t.attr(&q, "ApproximateNumberOfMessages"),
        "2",
        "two per second"
    );
    t.advance_ms(1_000);
    assert_eq!(t.attr(&q, "ApproximateNumberOfMessages"), "4");
    t.advance_ms(1_000);
    let list = t.ok("ListMessageMoveTasks", json!({"SourceArn": dlq_arn}));
    assert_eq!(list["Results"][0]["Status"], "COMPLETED");
    assert!(list["Results"][0].get("TaskHandle").is_none());
    assert_eq!(list["Results"][0]["ApproximateNumberOfMessagesMoved"], 5);
    let m = t.receive_with(
        &q,
        json!({"MaxNumberOfMessages": 10, "AttributeNames": ["ApproximateReceiveCount"]}),
    );
    assert_eq!(m.len(), 5, "redriven messages are receivable again");
    assert_eq!(m[0]["Attributes"]["ApproximateReceiveCount"], "1");

    // Cancelling: CANCELLING until the next second, then CANCELLED.
    t.advance_ms(1_000);
    assert!(t.receive(&q, 10).is_empty());
    assert_eq!(t.attr(&dlq, "ApproximateNumberOfMessages"), "5");
    let start = t.ok(
        "StartMessageMoveTask",
        json!({"SourceArn": dlq_arn, "MaxNumberOfMessagesPerSecond": 1}),
    );
    let c = t.ok(
        "CancelMessageMoveTask",
        json!({"TaskHandle": start["TaskHandle"]}),
    );
    assert_eq!(c["ApproximateNumberOfMessagesMoved"], 0);
    assert_eq!(
        t.ok("ListMessageMoveTasks", json!({"SourceArn": dlq_arn}))["Results"][0]["Status"],
        "CANCELLING"
    );
    t.advance_ms(1_000);
    let list = t.ok(
        "ListMessageMoveTasks",
        json!({"SourceArn": dlq_arn, "MaxResults": 10}),
    );
    assert_eq!(list["Results"][0]["Status"], "CANCELLED");
    assert_eq!(list["Results"].as_array().unwrap().len(), 2);
    let e = t.err("CancelMessageMoveTask", json!({"TaskHandle": "bm9wZQ=="}));
    assert_eq!(e.message, "Value for parameter TaskHandle is invalid.");
}

#[test]
fn short_polls_sample_servers_and_long_polls_see_everything() {
    let mut t = T::new(19);
    t.w.sqs.settings.short_poll_sampling = true;
    let q = t.create("sample", json!({}));
    t.send(&q, "only");
    let mut empties = 0;
    for _ in 0..2_000 {
        let m = t.receive_with(&q, json!({"VisibilityTimeout": 0}));
        if m.is_empty() {
            empties += 1;
        }
    }
    // A quarter of the samples miss the message's server; 1 % of those
    // polls come back empty, the rest reach it anyway.
    assert!(
        empties > 0 && empties < 20,
        "a few short polls miss the only message ({empties}/2000)"
    );
    // With more messages, a short poll often returns fewer than asked.
    let many = t.create("sample-many", json!({}));
    for i in 0..20 {
        t.send(&many, &format!("m{i}"));
    }
    let sizes: Vec<usize> = (0..50)
        .map(|_| {
            t.receive_with(
                &many,
                json!({"MaxNumberOfMessages": 10, "VisibilityTimeout": 0}),
            )
            .len()
        })
        .collect();
    assert!(
        sizes.iter().any(|&n| n < 10) && sizes.iter().all(|&n| n > 0),
        "partial, never empty: {sizes:?}"
    );
    for _ in 0..10 {
        let v = t.ok(
            "ReceiveMessage",
            json!({"QueueUrl": q, "WaitTimeSeconds": 1, "VisibilityTimeout": 0}),
        );
        assert_eq!(
            v["Messages"].as_array().map(Vec::len),
            Some(1),
            "a long poll queries every server"
        );
    }
}

#[test]
fn the_same_seed_gives_the_same_journal() {
    let run = |seed: u64| {
        let mut t = T::new(seed);
        t.w.sqs.settings.short_poll_sampling = true;
        t.w.sqs.settings.reorder_ppm = 200_000;
        let q = t.create("det", json!({"VisibilityTimeout": "3"}));
        let mut handles = Vec::new();
        for i in 0..50 {
            t.send(&q, &format!("m{i}"));
            for m in t.receive(&q, 3) {
                handles.push(m["ReceiptHandle"].as_str().unwrap().to_string());
            }
            t.advance_ms(700);
        }
        (t.w.sim.journal.digest(), handles)
    };
    assert_eq!(run(42), run(42));
    assert_ne!(run(42).0, run(43).0);
}

#[test]
fn metrics_are_recorded_per_queue() {
    let mut t = T::new(20);
    let q = t.create("metrics", json!({}));
    t.send(&q, "12345");
    let m = t.receive(&q, 1);
    t.delete(&q, &m[0]);
    t.receive(&q, 1);
    let key = |name: &str| switchyard::sim::metrics::MetricKey {
        account_id: "123456789012".into(),
        region: "us-east-1".into(),
        namespace: "AWS/SQS".into(),
        name: name.into(),
        dimensions: vec![("QueueName".into(), "metrics".into())],
    };
    for (name, sum) in [
        ("NumberOfMessagesSent", 1.0),
        ("NumberOfMessagesReceived", 1.0),
        ("NumberOfMessagesDeleted", 1.0),
        ("NumberOfEmptyReceives", 1.0),
        ("SentMessageSize", 5.0),
    ] {
        let points = t.w.sim.metrics.datapoints(&key(name));
        assert_eq!(points.iter().map(|p| p.sum).sum::<f64>(), sum, "{name}");
    }
    let _ = SimTime::ZERO;
}

/// A repeated delete with a valid receipt handle still counts in
/// NumberOfMessagesDeleted ("including duplicate deletions"); a FIFO queue
/// counts the sends it deduplicated (NumberOfDeduplicatedSentMessages) and
/// samples its groups with messages in flight each minute
/// (ApproximateNumberOfGroupsWithInflightMessages) -- SQS Developer Guide,
/// "Available CloudWatch metrics for Amazon SQS".
#[test]
fn duplicate_deletes_deduplicated_sends_and_groups_in_flight_are_measured() {
    let mut t = T::new(23);
    // A queue's metric's datapoints.
    let points = |t: &T, queue: &str, name: &str| {
        t.w.sim
            .metrics
            .datapoints(&switchyard::sim::metrics::MetricKey {
                account_id: "123456789012".into(),
                region: "us-east-1".into(),
                namespace: "AWS/SQS".into(),
                name: name.into(),
                dimensions: vec![("QueueName".into(), queue.into())],
            })
    };
    let sum = |t: &T, queue: &str, name: &str| -> f64 {
        points(t, queue, name).iter().map(|p| p.sum).sum()
    };
    let q = t.create("twice", json!({}));
    t.send(&q, "x");
    let m = t.receive(&q, 1);
    for _ in 0..3 {
        t.delete(&q, &m[0]);
    }
    assert_eq!(sum(&t, "twice", "NumberOfMessagesDeleted"), 3.0);

    let f = t.create("dedup.fifo", json!({"FifoQueue": "true"}));
    t.send_fifo(&f, "a", "g1", "d1");
    t.send_fifo(&f, "a", "g1", "d1");
    t.send_fifo(&f, "b", "g2", "d2");
    assert_eq!(sum(&t, "dedup.fifo", "NumberOfMessagesSent"), 2.0);
    assert_eq!(
        sum(&t, "dedup.fifo", "NumberOfDeduplicatedSentMessages"),
        1.0
    );
    let got = t.receive_with(
        &f,
        json!({"MaxNumberOfMessages": 10, "VisibilityTimeout": 300}),
    );
    assert_eq!(got.len(), 2);
    t.advance_ms(60_000);
    let groups = points(
        &t,
        "dedup.fifo",
        "ApproximateNumberOfGroupsWithInflightMessages",
    );
    assert_eq!(groups.last().map(|p| p.sum), Some(2.0));
    assert_eq!(
        sum(&t, "twice", "ApproximateNumberOfGroupsWithInflightMessages"),
        0.0
    );
    // An empty queue reports its visible count (0) but no age, in-flight or
    // delayed count: those are "reported if" such messages exist.
    assert!(!points(&t, "twice", "ApproximateNumberOfMessagesVisible").is_empty());
    for name in [
        "ApproximateAgeOfOldestMessage",
        "ApproximateNumberOfMessagesNotVisible",
        "ApproximateNumberOfMessagesDelayed",
    ] {
        assert!(points(&t, "twice", name).is_empty(), "{name}");
    }
}

#[test]
fn a_saved_world_restores_exactly_and_continues_the_same() {
    let mut t = T::new(21);
    t.w.sqs.settings.short_poll_sampling = true;
    let dlq = t.create("s-dlq.fifo", json!({"FifoQueue": "true"}));
    let redrive = json!({"deadLetterTargetArn": t.arn(&dlq), "maxReceiveCount": 1}).to_string();
    let f = t.create(
        "s.fifo",
        json!({"FifoQueue": "true", "VisibilityTimeout": "2", "RedrivePolicy": redrive}),
    );
    let q = t.create("s", json!({"DelaySeconds": "1"}));
    for i in 0..6 {
        t.send(&q, &format!("m{i}"));
        t.send_fifo(
            &f,
            &format!("f{i}"),
            &format!("g{}", i % 2),
            &format!("d{i}"),
        );
    }
    t.receive(&f, 3);
    let parked = t.pending(
        "ReceiveMessage",
        json!({"QueueUrl": q, "WaitTimeSeconds": 5}),
    );
    // The SQS engine's state goes through JSON; the rest of the world is cloned
    // (sim::Metrics does not serialise to JSON yet: its index has struct keys).
    let saved = serde_json::to_string(&t.w.sqs).expect("the engine serialises");
    let mut restored = T {
        w: t.w.clone(),
        caller: t.caller.clone(),
    };
    restored.w.sqs = serde_json::from_str(&saved).expect("and restores");
    restored.w.check_invariants();
    let script = |t: &mut T| {
        let mut out = Vec::new();
        t.advance_ms(1_500);
        out.push(format!("{:?}", t.w.take_completed(parked)));
        for _ in 0..5 {
            out.push(format!("{:?}", t.receive(&q, 4)));
            out.push(format!("{:?}", t.receive(&f, 4)));
            t.advance_ms(2_100);
        }
        out.push(format!("{:?}", t.receive(&dlq, 10)));
        (out, t.w.sim.journal.digest())
    };
    assert_eq!(script(&mut t), script(&mut restored));
}

#[test]
fn a_queue_limit_set_for_the_page_refuses_sends_by_name() {
    let mut t = T::new(21);
    t.w.sqs.settings.queue_messages_max = Some(2);
    let q = t.create("small", json!({}));
    t.send(&q, "a");
    t.send(&q, "b");
    let e = t.err("SendMessage", json!({"QueueUrl": q, "MessageBody": "c"}));
    assert_eq!(e.code, "SwitchyardPageLimitExceeded");
    assert!(
        e.message.starts_with("Queue small holds 2 messages"),
        "{}",
        e.message
    );
    let m = t.receive(&q, 1);
    t.delete(&q, &m[0]);
    t.send(&q, "c");
}
