//! What the world carries for Analytics applications: reading each running
//! application's source (a Kinesis stream through its public operations, as
//! any consumer; a delivery stream through the copy Firehose keeps of what it
//! takes in for the applications reading it), loading reference objects from
//! S3 with GetObject, and writing outputs (Kinesis PutRecords, Firehose
//! PutRecordBatch, an asynchronous Lambda invocation).

use super::{DestKind, OutputWrite, SourceKind};
use crate::model::Service;
use crate::world::{CallOutcome, Caller, World};
use serde_json::{json, Value};

/// The caller an application acts as: its own account and Region (its
/// IAM role would grant it the access).
fn caller_of(world: &World, app: u32) -> Option<Caller> {
    let a = world.analytics.app(app)?;
    Some(Caller {
        account_id: a.account.clone(),
        region: a.region.clone(),
        trace_header: None,
        anonymous: false,
    })
}

/// Carries every pending Analytics request until none is left.
pub(crate) fn route(world: &mut World) {
    loop {
        let polls = world.analytics.drain_polls();
        let loads = world.analytics.drain_loads();
        let writes = world.analytics.drain_writes();
        if polls.is_empty() && loads.is_empty() && writes.is_empty() {
            break;
        }
        for l in loads {
            let Some(caller) = caller_of(world, l.app) else {
                continue;
            };
            let body = match world.call(
                Service::S3,
                "GetObject",
                json!({"Bucket": l.bucket, "Key": l.key}),
                &caller,
            ) {
                CallOutcome::Done(Ok(v)) => Ok(crate::util::b64_decode(
                    v["Body"].as_str().unwrap_or_default(),
                )
                .unwrap_or_default()),
                CallOutcome::Done(Err(e)) => Err(format!("{}: {}", e.code, e.message)),
                CallOutcome::Pending(_) => Err("GetObject did not answer".into()),
            };
            world.analytics.reference_loaded(&mut world.sim, &l, body);
        }
        for app in polls {
            poll(world, app);
        }
        for w in writes {
            write(world, w);
        }
    }
    // A delivery stream no running application reads keeps no copies.
    if world.firehose.has_taps() {
        let read: Vec<u32> = world
            .analytics
            .apps()
            .filter(|a| a.status == super::AppStatus::Running)
            .filter_map(|a| a.input.as_ref())
            .filter(|i| i.kind == SourceKind::Firehose)
            .filter_map(|i| world.firehose.lookup_arn(&i.arn))
            .collect();
        world.firehose.untap_unless(|id| read.contains(&id));
    }
}

fn poll(world: &mut World, id: u32) {
    let Some(app) = world.analytics.app(id) else {
        return;
    };
    let Some(input) = app.input.clone() else {
        return;
    };
    let Some(caller) = caller_of(world, id) else {
        return;
    };
    let records: Vec<(String, Vec<u8>, u64)> = match input.kind {
        SourceKind::KinesisStream => {
            let mut cursors = app.cursors.clone();
            let from = app.read_from_ms;
            let got = crate::clients::shards::read_new(
                world,
                &caller,
                &input.arn,
                &mut cursors,
                from,
                super::GET_RECORDS_LIMIT,
            );
            let app = world.analytics.app_mut(id).expect("app");
            app.cursors = cursors;
            match got {
                Some(r) => r
                    .into_iter()
                    .map(|r| (r.shard, r.data, r.arrival_ms))
                    .collect(),
                None => {
                    log(world, id, format!("Cannot read the source stream {}: it does not exist or cannot be listed", input.arn));
                    return;
                }
            }
        }
        SourceKind::Firehose => match world.firehose.lookup_arn(&input.arn) {
            Some(stream) => {
                world.firehose.tap(stream);
                world
                    .firehose
                    .take_tap(stream)
                    .into_iter()
                    .map(|(ms, data)| (String::new(), data, ms))
                    .collect()
            }
            None => {
                log(
                    world,
                    id,
                    format!(
                        "Cannot read the source delivery stream {}: it does not exist",
                        input.arn
                    ),
                );
                return;
            }
        },
    };
    world.analytics.source_records(&mut world.sim, id, records);
}

fn log(world: &mut World, id: u32, line: String) {
    let now = world.sim.unix_ms();
    if let Some(app) = world.analytics.app_mut(id) {
        if app.log.back().is_none_or(|l| !l.ends_with(&line)) {
            app.push_log(now, line);
        }
    }
}

fn write(world: &mut World, w: OutputWrite) {
    let Some(caller) = caller_of(world, w.app) else {
        return;
    };
    let (failed, error): (Vec<Vec<u8>>, Option<String>) = match w.kind {
        DestKind::KinesisStream => {
            // AWS does not document the partition key Analytics writes with;
            // a random one per record spreads the rows over the shards.
            let entries: Vec<Value> = w
                .records
                .iter()
                .map(|r| {
                    let key = format!("{:016x}", world.sim.rng.next_u64());
                    json!({"Data": crate::util::b64_encode(r), "PartitionKey": key})
                })
                .collect();
            let out = world.call(
                Service::Kinesis,
                "PutRecords",
                json!({"StreamARN": w.arn, "Records": entries}),
                &caller,
            );
            failed_records(out, "Records", &w.records)
        }
        DestKind::Firehose => {
            let name = w.arn.rsplit('/').next().unwrap_or_default().to_string();
            let entries: Vec<Value> = w
                .records
                .iter()
                .map(|r| json!({"Data": crate::util::b64_encode(r)}))
                .collect();
            let out = world.call(
                Service::Firehose,
                "PutRecordBatch",
                json!({"DeliveryStreamName": name, "Records": entries}),
                &caller,
            );
            failed_records(out, "RequestResponses", &w.records)
        }
        DestKind::Lambda => match world.lambda.function_by_arn(&w.arn) {
            Some(f) => {
                // Analytics' output event (AWS's guide, "Using a Lambda
                // Function as Output"). The function is invoked
                // asynchronously here: its failures are Lambda's retries, not
                // Analytics' own retry loop (a simplification).
                let app_arn = world
                    .analytics
                    .app(w.app)
                    .map(|a| a.arn.clone())
                    .unwrap_or_default();
                let records: Vec<Value> = w
                    .records
                    .iter()
                    .map(|r| {
                        json!({"recordId": world.sim.rng.uuid(), "lambdaDeliveryRecordMetadata": {"retryHint": 0},
                            "data": crate::util::b64_encode(r)})
                    })
                    .collect();
                let event = json!({"invocationId": world.sim.rng.uuid(), "applicationArn": app_arn, "records": records});
                world
                    .lambda
                    .queue_async(&mut world.sim, f, event.to_string());
                (vec![], None)
            }
            None => (
                w.records.clone(),
                Some(format!("Function {} does not exist", w.arn)),
            ),
        },
    };
    world
        .analytics
        .write_result(&mut world.sim, w, failed, error);
}

/// DiscoverInputSchema: the world reads samples (up to `discover::MAX_SAMPLES`
/// records of a Kinesis stream, through GetShardIterator and GetRecords like
/// any reader, or the lines of an S3 object) and infers the schema from them.
/// The call answers at once, so it samples the records already in the stream
/// whatever the starting position (NOW would otherwise wait for new records).
pub(crate) fn discover(
    world: &mut World,
    input: &Value,
    caller: &Caller,
) -> crate::world::CallResult {
    use crate::error::AwsError;
    if let Some(spec) = super::model::SPEC.operation("DiscoverInputSchema") {
        crate::kinesis::input::check(spec, input)?;
    }
    let invalid = |m: String| AwsError::client("InvalidArgumentException", m);
    if input["InputProcessingConfiguration"].is_object() {
        return Err(AwsError::not_emulated(
            "kinesisanalytics:DiscoverInputSchema with input preprocessing by a Lambda function",
        ));
    }
    let records: Vec<Vec<u8>> = if input["S3Configuration"].is_object() {
        let s3 = &input["S3Configuration"];
        let bucket = s3["BucketARN"]
            .as_str()
            .unwrap_or_default()
            .rsplit(':')
            .next()
            .unwrap_or_default()
            .to_string();
        let key = s3["FileKey"].as_str().unwrap_or_default().to_string();
        match world.call(
            Service::S3,
            "GetObject",
            json!({"Bucket": bucket, "Key": key}),
            caller,
        ) {
            CallOutcome::Done(Ok(v)) => {
                let body = crate::util::b64_decode(v["Body"].as_str().unwrap_or_default())
                    .unwrap_or_default();
                vec![body]
            }
            CallOutcome::Done(Err(e)) => {
                return Err(invalid(format!(
                    "Cannot read s3://{bucket}/{key}: {}",
                    e.code
                )))
            }
            CallOutcome::Pending(_) => vec![],
        }
    } else if let Some(arn) = input["ResourceARN"].as_str() {
        if arn.contains(":firehose:") {
            return Err(AwsError::not_emulated(
                "kinesisanalytics:DiscoverInputSchema from a delivery stream (Switchyard's Firehose keeps no records to sample)",
            ));
        }
        let mut cursors = std::collections::BTreeMap::new();
        match crate::clients::shards::read_new(
            world,
            caller,
            arn,
            &mut cursors,
            None,
            super::discover::MAX_SAMPLES as u32,
        ) {
            Some(r) => r.into_iter().map(|r| r.data).collect(),
            None => {
                return Err(invalid(format!(
                    "Stream {arn} does not exist or cannot be read"
                )))
            }
        }
    } else {
        return Err(invalid(
            "Either ResourceARN or S3Configuration must be given".into(),
        ));
    };
    match super::discover::infer(&records) {
        Some(v) => Ok(v),
        None => Err(AwsError::client(
            "UnableToDetectSchemaException",
            "No records were found on the streaming source to infer a schema from",
        )),
    }
}

/// The records a PutRecords / PutRecordBatch answer lists with an ErrorCode
/// (under `list`), or all of them when the call failed, with what to log.
fn failed_records(
    out: CallOutcome,
    list: &str,
    records: &[Vec<u8>],
) -> (Vec<Vec<u8>>, Option<String>) {
    match out {
        CallOutcome::Done(Ok(v)) => {
            let failed: Vec<Vec<u8>> = v[list]
                .as_array()
                .into_iter()
                .flatten()
                .zip(records)
                .filter(|(r, _)| r.get("ErrorCode").is_some_and(|c| !c.is_null()))
                .map(|(_, d)| d.clone())
                .collect();
            let err =
                (!failed.is_empty()).then(|| format!("{} records refused; retried", failed.len()));
            (failed, err)
        }
        CallOutcome::Done(Err(e)) => (records.to_vec(), Some(format!("{}: {}", e.code, e.message))),
        CallOutcome::Pending(_) => (records.to_vec(), None),
    }
}
