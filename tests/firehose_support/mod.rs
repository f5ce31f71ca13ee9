//! Shared helpers for the Firehose tests: a world, calls by service and AWS
//! operation name with JSON input, the virtual clock, and S3 reads. Never waits
//! on the wall clock.
#![allow(dead_code)]

use serde_json::{json, Value};
use switchyard::error::AwsError;
use switchyard::model::Service;
use switchyard::world::{CallOutcome, Caller, World};

pub const ROLE: &str = "arn:aws:iam::123456789012:role/firehose";

pub struct F {
    pub w: World,
    pub caller: Caller,
}

pub fn b64(s: &str) -> String {
    switchyard::util::b64_encode(s.as_bytes())
}

impl F {
    pub fn new(seed: u64) -> F {
        F {
            w: World::new(seed),
            caller: Caller::default(),
        }
    }

    pub fn call(&mut self, svc: Service, op: &str, input: Value) -> Result<Value, AwsError> {
        let r = match self.w.call(svc, op, input, &self.caller) {
            CallOutcome::Done(r) => r,
            CallOutcome::Pending(_) => panic!("never parks"),
        };
        self.w.check_invariants();
        r
    }

    pub fn ok(&mut self, op: &str, input: Value) -> Value {
        self.call(Service::Firehose, op, input.clone())
            .unwrap_or_else(|e| panic!("{op} {input}: {e}"))
    }

    pub fn err(&mut self, op: &str, input: Value) -> AwsError {
        match self.call(Service::Firehose, op, input) {
            Ok(v) => panic!("{op} should fail, got {v}"),
            Err(e) => e,
        }
    }

    pub fn s3(&mut self, op: &str, input: Value) -> Value {
        self.call(Service::S3, op, input.clone())
            .unwrap_or_else(|e| panic!("s3 {op} {input}: {e}"))
    }

    pub fn kinesis(&mut self, op: &str, input: Value) -> Value {
        self.call(Service::Kinesis, op, input.clone())
            .unwrap_or_else(|e| panic!("kinesis {op} {input}: {e}"))
    }

    pub fn sleep_ms(&mut self, ms: u64) {
        self.w.sleep_ms(ms);
        self.w.check_invariants();
    }

    pub fn bucket(&mut self, name: &str) {
        self.s3("CreateBucket", json!({"Bucket": name}));
    }

    /// Creates a Direct PUT stream to `bucket` with the given extra
    /// ExtendedS3DestinationConfiguration members and waits until ACTIVE.
    pub fn stream(&mut self, name: &str, bucket: &str, extra: Value) {
        let mut dest = json!({"RoleARN": ROLE, "BucketARN": format!("arn:aws:s3:::{bucket}")});
        for (k, v) in extra.as_object().unwrap() {
            dest[k] = v.clone();
        }
        self.ok(
            "CreateDeliveryStream",
            json!({"DeliveryStreamName": name, "ExtendedS3DestinationConfiguration": dest}),
        );
        assert_eq!(self.status(name), "CREATING");
        self.sleep_ms(5_000);
        assert_eq!(self.status(name), "ACTIVE");
    }

    pub fn status(&mut self, name: &str) -> String {
        self.ok(
            "DescribeDeliveryStream",
            json!({"DeliveryStreamName": name}),
        )["DeliveryStreamDescription"]["DeliveryStreamStatus"]
            .as_str()
            .unwrap()
            .to_string()
    }

    pub fn put(&mut self, name: &str, data: &str) -> Value {
        self.ok(
            "PutRecord",
            json!({"DeliveryStreamName": name, "Record": {"Data": b64(data)}}),
        )
    }

    pub fn put_batch(&mut self, name: &str, datas: &[String]) -> Value {
        let records: Vec<Value> = datas.iter().map(|d| json!({"Data": b64(d)})).collect();
        self.ok(
            "PutRecordBatch",
            json!({"DeliveryStreamName": name, "Records": records}),
        )
    }

    /// Keys of the objects in `bucket`, in key order.
    pub fn keys(&self, bucket: &str) -> Vec<String> {
        self.w
            .s3
            .bucket(bucket)
            .map(|b| b.objects.keys().cloned().collect())
            .unwrap_or_default()
    }

    pub fn body(&self, bucket: &str, key: &str) -> Vec<u8> {
        self.w.s3.bucket(bucket).unwrap().objects[key].body.clone()
    }
}
