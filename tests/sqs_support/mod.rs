//! Helpers shared by the SQS integration tests: a world with short-poll
//! sampling off (so receives are exact), calls that check the world's invariants
//! after every step, and small builders for common requests.
#![allow(dead_code)]

use serde_json::{json, Value};
use switchyard::model::Service;
use switchyard::sim::SimTime;
use switchyard::world::{CallId, CallOutcome, Caller};
use switchyard::{AwsError, World};

pub struct T {
    pub w: World,
    pub caller: Caller,
}

pub fn account(id: &str) -> Caller {
    Caller {
        account_id: id.to_string(),
        ..Caller::default()
    }
}

impl T {
    pub fn new(seed: u64) -> T {
        let mut w = World::new(seed);
        w.sqs.settings.short_poll_sampling = false;
        T {
            w,
            caller: Caller::default(),
        }
    }

    pub fn call_as(&mut self, caller: &Caller, op: &str, input: Value) -> CallOutcome {
        let out = self.w.call(Service::Sqs, op, input, caller);
        self.w.check_invariants();
        out
    }

    pub fn call(&mut self, op: &str, input: Value) -> CallOutcome {
        let caller = self.caller.clone();
        self.call_as(&caller, op, input)
    }

    pub fn ok_as(&mut self, caller: &Caller, op: &str, input: Value) -> Value {
        match self.call_as(caller, op, input.clone()) {
            CallOutcome::Done(Ok(v)) => v,
            other => panic!("{op} {input} failed: {other:?}"),
        }
    }

    pub fn ok(&mut self, op: &str, input: Value) -> Value {
        let caller = self.caller.clone();
        self.ok_as(&caller, op, input)
    }

    pub fn err_as(&mut self, caller: &Caller, op: &str, input: Value) -> AwsError {
        match self.call_as(caller, op, input.clone()) {
            CallOutcome::Done(Err(e)) => e,
            other => panic!("{op} {input} should fail: {other:?}"),
        }
    }

    pub fn err(&mut self, op: &str, input: Value) -> AwsError {
        let caller = self.caller.clone();
        self.err_as(&caller, op, input)
    }

    pub fn pending(&mut self, op: &str, input: Value) -> CallId {
        match self.call(op, input.clone()) {
            CallOutcome::Pending(id) => id,
            other => panic!("{op} {input} should park: {other:?}"),
        }
    }

    pub fn create(&mut self, name: &str, attributes: Value) -> String {
        let v = self.ok(
            "CreateQueue",
            json!({"QueueName": name, "Attributes": attributes}),
        );
        v["QueueUrl"].as_str().unwrap().to_string()
    }

    pub fn arn(&mut self, url: &str) -> String {
        let v = self.ok(
            "GetQueueAttributes",
            json!({"QueueUrl": url, "AttributeNames": ["QueueArn"]}),
        );
        v["Attributes"]["QueueArn"].as_str().unwrap().to_string()
    }

    pub fn attr(&mut self, url: &str, name: &str) -> String {
        let v = self.ok(
            "GetQueueAttributes",
            json!({"QueueUrl": url, "AttributeNames": [name]}),
        );
        v["Attributes"][name].as_str().unwrap_or("").to_string()
    }

    pub fn send(&mut self, url: &str, body: &str) -> Value {
        self.ok("SendMessage", json!({"QueueUrl": url, "MessageBody": body}))
    }

    pub fn send_fifo(&mut self, url: &str, body: &str, group: &str, dedup: &str) -> Value {
        self.ok(
            "SendMessage",
            json!({"QueueUrl": url, "MessageBody": body, "MessageGroupId": group, "MessageDeduplicationId": dedup}),
        )
    }

    /// A short poll for up to `max` messages; returns the messages.
    pub fn receive(&mut self, url: &str, max: u32) -> Vec<Value> {
        self.receive_with(url, json!({"MaxNumberOfMessages": max}))
    }

    pub fn receive_with(&mut self, url: &str, extra: Value) -> Vec<Value> {
        let mut input = json!({"QueueUrl": url, "WaitTimeSeconds": 0});
        for (k, v) in extra.as_object().unwrap() {
            input[k] = v.clone();
        }
        let v = self.ok("ReceiveMessage", input);
        v.get("Messages")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    }

    pub fn bodies(msgs: &[Value]) -> Vec<String> {
        msgs.iter()
            .map(|m| m["Body"].as_str().unwrap().to_string())
            .collect()
    }

    pub fn delete(&mut self, url: &str, msg: &Value) {
        self.ok(
            "DeleteMessage",
            json!({"QueueUrl": url, "ReceiptHandle": msg["ReceiptHandle"]}),
        );
    }

    pub fn advance_ms(&mut self, ms: u64) {
        let t = self.w.now().plus_ms(ms);
        self.w.advance_to(t);
        self.w.check_invariants();
    }

    pub fn now_ms(&self) -> u64 {
        self.w.now().as_ms()
    }

    pub fn at(&mut self, ms: u64) {
        self.w.advance_to(SimTime(ms));
        self.w.check_invariants();
    }

    /// The SQS events journaled so far, as their Debug text.
    pub fn events(&self) -> Vec<String> {
        self.w
            .sim
            .journal
            .entries()
            .filter_map(|e| match &e.event {
                switchyard::sim::Event::Sqs(s) => Some(format!("{s:?}")),
                _ => None,
            })
            .collect()
    }
}
