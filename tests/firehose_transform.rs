//! Firehose data transformation by a simulated function (the seam a Lambda
//! function will replace): per-record results Ok / Dropped / ProcessingFailed,
//! the processor's own buffering, failed records under the error prefix as
//! `processing-failed` JSON lines, AppendDelimiterToRecord, and an unknown
//! function ARN failing the invocation with Lambda.ResourceNotFound.

use crate::firehose_support::*;
use serde_json::{json, Value};
use switchyard::firehose::SimFunction;

const FN: &str = "arn:aws:lambda:us-east-1:123456789012:function:shout";

fn processing(arn: &str, extra: &[(&str, &str)]) -> Value {
    let mut params = vec![json!({"ParameterName": "LambdaArn", "ParameterValue": arn})];
    for (k, v) in extra {
        params.push(json!({"ParameterName": k, "ParameterValue": v}));
    }
    json!({"Enabled": true, "Processors": [{"Type": "Lambda", "Parameters": params}]})
}

#[test]
fn results_ok_dropped_and_processing_failed() {
    let mut f = F::new(1);
    f.bucket("bkt");
    f.w.firehose.settings.functions.insert(
        FN.into(),
        SimFunction {
            uppercase: true,
            drop_matching: Some("debug".into()),
            fail_matching: Some("poison".into()),
        },
    );
    f.stream(
        "t",
        "bkt",
        json!({
            "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60},
            "ErrorOutputPrefix": "errors/",
            "ProcessingConfiguration": processing(FN, &[("BufferIntervalInSeconds", "10")]),
        }),
    );
    f.put_batch(
        "t",
        &[
            "order 1;".into(),
            "debug noise;".into(),
            "poison pill;".into(),
            "order 2;".into(),
        ],
    );
    // The processor's 10 s interval comes first: the failed record is
    // written under the error prefix at once ...
    f.sleep_ms(10_000);
    let keys = f.keys("bkt");
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert!(
        keys[0].starts_with("errors/processing-failed/2026/01/01/00/t-1-"),
        "{}",
        keys[0]
    );
    let line: Value = serde_json::from_slice(
        f.body("bkt", &keys[0])
            .split(|b| *b == b'\n')
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(line["rawData"], b64("poison pill;"));
    assert_eq!(line["lambdaArn"], FN);
    assert_eq!(line["errorCode"], "Lambda.ProcessingFailed");
    // ... and the Ok records wait in the delivery buffer for its 60 s.
    f.sleep_ms(60_000);
    let keys = f.keys("bkt");
    assert_eq!(keys.len(), 2, "{keys:?}");
    let data = keys.iter().find(|k| !k.starts_with("errors/")).unwrap();
    assert_eq!(f.body("bkt", data), b"ORDER 1;ORDER 2;");
    let c = &f.w.firehose.streams().next().unwrap().counters;
    assert_eq!(
        (
            c.transformed_ok,
            c.dropped_records,
            c.processing_failed_records
        ),
        (2, 1, 1)
    );
}

#[test]
fn processor_buffer_size_triggers_the_invocation() {
    let mut f = F::new(2);
    f.bucket("bkt");
    f.w.firehose
        .settings
        .functions
        .insert(FN.into(), SimFunction::identity());
    f.stream(
        "t",
        "bkt",
        json!({
            "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0},
            "ProcessingConfiguration": processing(FN, &[("BufferSizeInMBs", "0.2"), ("BufferIntervalInSeconds", "900")]),
        }),
    );
    let rec = "r".repeat(100_000);
    f.put("t", &rec);
    f.put("t", &rec);
    f.sleep_ms(1);
    assert!(
        f.keys("bkt").is_empty(),
        "200,000 bytes < 0.2 MiB (209,715)"
    );
    f.put("t", &rec);
    f.sleep_ms(1);
    let keys = f.keys("bkt");
    assert_eq!(keys.len(), 1);
    assert_eq!(f.body("bkt", &keys[0]).len(), 300_000);
}

#[test]
fn unknown_function_fails_the_batch_to_the_error_prefix() {
    let mut f = F::new(3);
    f.bucket("bkt");
    f.stream(
        "t",
        "bkt",
        json!({
            "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0},
            "ProcessingConfiguration": processing("arn:aws:lambda:us-east-1:123456789012:function:gone", &[("BufferIntervalInSeconds", "0"), ("NumberOfRetries", "2")]),
        }),
    );
    f.put("t", "a");
    f.sleep_ms(1);
    let keys = f.keys("bkt");
    assert_eq!(keys.len(), 1);
    assert!(
        keys[0].starts_with("processing-failed/2026/"),
        "{}",
        keys[0]
    );
    let line: Value =
        serde_json::from_slice(f.body("bkt", &keys[0]).strip_suffix(b"\n").unwrap()).unwrap();
    assert_eq!(line["errorCode"], "Lambda.ResourceNotFound");
    assert_eq!(line["attemptsMade"], 3);
    let s = f.w.firehose.streams().next().unwrap();
    assert!(s
        .last_error
        .as_deref()
        .unwrap()
        .starts_with("Lambda.ResourceNotFound"));
}

#[test]
fn append_delimiter_and_processor_validation() {
    let mut f = F::new(4);
    f.bucket("bkt");
    f.stream(
        "d",
        "bkt",
        json!({
            "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0},
            "ProcessingConfiguration": {"Enabled": true, "Processors": [{"Type": "AppendDelimiterToRecord"}]},
        }),
    );
    f.put_batch("d", &["{\"a\":1}".into(), "{\"a\":2}".into()]);
    f.sleep_ms(1);
    let keys = f.keys("bkt");
    assert_eq!(f.body("bkt", &keys[0]), b"{\"a\":1}\n{\"a\":2}\n");
    let bad = |p: Value| {
        json!({"DeliveryStreamName": "x", "ExtendedS3DestinationConfiguration": {
            "RoleARN": ROLE, "BucketARN": "arn:aws:s3:::bkt", "ProcessingConfiguration": p}})
    };
    let e = f.err(
        "CreateDeliveryStream",
        bad(processing(FN, &[("BufferSizeInMBs", "4")])),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    assert_eq!(
        e.message,
        "Processor parameter BufferSizeInMBs must have value less than or equal to 3"
    );
    let e = f.err(
        "CreateDeliveryStream",
        bad(processing(FN, &[("BufferSizeInMBs", "0.1")])),
    );
    assert_eq!(
        e.message,
        "Processor parameter BufferSizeInMBs must have value greater than or equal to 0.2"
    );
    let e = f.err(
        "CreateDeliveryStream",
        bad(processing(FN, &[("BufferIntervalInSeconds", "901")])),
    );
    assert_eq!(
        e.message,
        "Processor parameter BufferIntervalInSeconds must have value less than or equal to 900"
    );
    let e = f.err(
        "CreateDeliveryStream",
        bad(processing(FN, &[("NumberOfRetries", "-1")])),
    );
    assert_eq!(
        e.message,
        "Processor parameter NumberOfRetries must have value greater than or equal to 0"
    );
    let e = f.err(
        "CreateDeliveryStream",
        bad(json!({"Enabled": true, "Processors": [{"Type": "Lambda"}]})),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    let e = f.err(
        "CreateDeliveryStream",
        bad(json!({"Enabled": true, "Processors": [{"Type": "Decompression"}]})),
    );
    assert_eq!(e.code, "NotImplemented");
}

/// Same seed, same commands: the same journal, and a world saved mid-flight
/// (records buffered, an object waiting for its retry, a transform pending)
/// and restored replays exactly.
#[test]
fn same_seed_same_journal_across_a_save_and_restore() {
    let script = |f: &mut F, restore_at: Option<usize>| {
        f.w.firehose
            .settings
            .functions
            .insert(FN.into(), SimFunction::dropping("skip"));
        f.bucket("bkt");
        f.stream(
            "t",
            "bkt",
            json!({"Prefix": "r/!{firehose:random-string}/", "ErrorOutputPrefix": "e/!{firehose:error-output-type}/",
                   "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 30},
                   "ProcessingConfiguration": processing(FN, &[("BufferIntervalInSeconds", "7")])}),
        );
        f.stream(
            "lost",
            "nobucket",
            json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0}}),
        );
        for step in 0..12 {
            if restore_at == Some(step) {
                let saved = serde_json::to_string(&f.w).unwrap();
                f.w = serde_json::from_str(&saved).unwrap();
            }
            f.put(
                "t",
                &format!("r{step} {}", if step % 3 == 0 { "skip" } else { "keep" }),
            );
            f.put("lost", "x");
            f.sleep_ms(4_000);
        }
        f.sleep_ms(60_000);
        (f.w.sim.journal.digest_hex(), f.keys("bkt"))
    };
    let a = script(&mut F::new(42), None);
    let b = script(&mut F::new(42), Some(5));
    assert_eq!(a, b);
    assert!(!a.1.is_empty());
}
