//! Shared helpers for the Kinesis tests: a world, calls by AWS operation name
//! with JSON input, and the virtual clock. Never waits on the wall clock.
#![allow(dead_code)]

use serde_json::{json, Value};
use switchyard::error::AwsError;
use switchyard::model::Service;
use switchyard::world::{CallOutcome, Caller, World};

pub struct K {
    pub w: World,
    pub caller: Caller,
}

impl K {
    pub fn new(seed: u64) -> K {
        K {
            w: World::new(seed),
            caller: Caller::default(),
        }
    }

    /// Runs `op` and checks the world's invariants afterwards.
    pub fn call(&mut self, op: &str, input: Value) -> Result<Value, AwsError> {
        let r = match self.w.call(Service::Kinesis, op, input, &self.caller) {
            CallOutcome::Done(r) => r,
            CallOutcome::Pending(_) => panic!("kinesis calls never park"),
        };
        self.w.check_invariants();
        r
    }

    pub fn ok(&mut self, op: &str, input: Value) -> Value {
        self.call(op, input.clone()).unwrap_or_else(|e| {
            let mut shown = input.to_string();
            shown.truncate(400);
            panic!("{op} {shown}: {e}")
        })
    }

    pub fn err(&mut self, op: &str, input: Value) -> AwsError {
        match self.call(op, input.clone()) {
            Ok(v) => {
                let mut shown = v.to_string();
                shown.truncate(400);
                panic!("{op} should fail, got {shown}")
            }
            Err(e) => e,
        }
    }

    pub fn sleep_ms(&mut self, ms: u64) {
        self.w.sleep_ms(ms);
        self.w.check_invariants();
    }

    /// Creates a provisioned stream and waits for it to be ACTIVE.
    pub fn stream(&mut self, name: &str, shards: u32) {
        self.ok(
            "CreateStream",
            json!({"StreamName": name, "ShardCount": shards}),
        );
        self.sleep_ms(1_000);
        assert_eq!(self.status(name), "ACTIVE");
    }

    pub fn status(&mut self, name: &str) -> String {
        self.ok("DescribeStreamSummary", json!({"StreamName": name}))["StreamDescriptionSummary"]
            ["StreamStatus"]
            .as_str()
            .unwrap()
            .to_string()
    }

    pub fn shards(&mut self, name: &str) -> Vec<Value> {
        self.ok("ListShards", json!({"StreamName": name}))["Shards"]
            .as_array()
            .unwrap()
            .clone()
    }

    pub fn put(&mut self, name: &str, key: &str, data: &str) -> Value {
        self.ok(
            "PutRecord",
            json!({"StreamName": name, "PartitionKey": key, "Data": b64(data)}),
        )
    }

    pub fn iterator(&mut self, name: &str, shard: &str, kind: &str, extra: Value) -> String {
        let mut input = json!({"StreamName": name, "ShardId": shard, "ShardIteratorType": kind});
        if let Value::Object(m) = extra {
            for (k, v) in m {
                input[k] = v;
            }
        }
        self.ok("GetShardIterator", input)["ShardIterator"]
            .as_str()
            .unwrap()
            .to_string()
    }

    pub fn get(&mut self, iterator: &str) -> Value {
        self.ok("GetRecords", json!({"ShardIterator": iterator}))
    }

    /// The decoded data of GetRecords' records.
    pub fn datas(v: &Value) -> Vec<String> {
        v["Records"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| unb64(r["Data"].as_str().unwrap()))
            .collect()
    }
}

pub fn b64(s: &str) -> String {
    switchyard::util::b64_encode(s.as_bytes())
}

pub fn unb64(s: &str) -> String {
    String::from_utf8(switchyard::util::b64_decode(s).unwrap()).unwrap()
}

/// A shard's (start, end) hash keys.
pub fn range(shard: &Value) -> (u128, u128) {
    let r = &shard["HashKeyRange"];
    (
        r["StartingHashKey"].as_str().unwrap().parse().unwrap(),
        r["EndingHashKey"].as_str().unwrap().parse().unwrap(),
    )
}
