//! The Amazon SQS Extended Client Library's behaviour, on the world: a message
//! body too large for SQS (or every body, if asked) is stored as an S3 object and
//! the queue carries a pointer to it; receiving resolves the pointer back to the
//! payload; deleting removes the object too.
//!
//! The formats are the library's (its `SQSExtendedClientConstants` and the
//! payload-offloading `PayloadS3Pointer`, shared by the Java, Python and
//! JavaScript versions), so a program using the real library could read what
//! this one sends and the other way round:
//! - body: `["software.amazon.payloadoffloading.PayloadS3Pointer",{"s3BucketName":"b","s3Key":"uuid"}]`;
//! - message attribute `ExtendedPayloadSize` (Number): the payload's size in bytes
//!   (the legacy name `SQSLargePayloadSize` is read, never written);
//! - the object key is a random UUID (from the world's seeded generator);
//! - received receipt handles carry the object: `-..s3BucketName..-b-..s3BucketName..--..s3Key..-k-..s3Key..-<handle>`;
//! - a message whose body plus attributes exceeds 262,144 bytes is offloaded
//!   (the library's default threshold), and at most 9 user attributes are allowed
//!   on an offloaded message (10 for SQS, one reserved).

use crate::error::AwsError;
use crate::model::Service;
use crate::world::{CallResult, Caller, World};
use serde_json::{json, Value};

/// The attribute that marks an offloaded message.
pub const RESERVED_ATTRIBUTE_NAME: &str = "ExtendedPayloadSize";
/// The attribute older versions of the library wrote.
pub const LEGACY_RESERVED_ATTRIBUTE_NAME: &str = "SQSLargePayloadSize";
/// The pointer's class name, the first element of the body's JSON array.
pub const MESSAGE_POINTER_CLASS: &str = "software.amazon.payloadoffloading.PayloadS3Pointer";
/// The class name of the library's first versions, still read.
pub const LEGACY_MESSAGE_POINTER_CLASS: &str = "com.amazon.sqs.javamessaging.MessageS3Pointer";
/// The library's default threshold: 256 KiB of body and attributes.
pub const DEFAULT_MESSAGE_SIZE_THRESHOLD: usize = 262_144;
/// User attributes allowed on an offloaded message (10 for SQS, 1 reserved).
pub const MAX_ALLOWED_ATTRIBUTES: usize = 9;
const S3_BUCKET_NAME_MARKER: &str = "-..s3BucketName..-";
const S3_KEY_MARKER: &str = "-..s3Key..-";

/// How the client is set up (`ExtendedClientConfiguration`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtendedClientConfiguration {
    /// The bucket payloads go to.
    pub bucket: String,
    /// Offload every message, whatever its size.
    pub always_through_s3: bool,
    /// Offload messages larger than this many bytes (body plus attributes).
    pub payload_size_threshold: usize,
    /// Keep the object when the message is deleted.
    pub retain_on_delete: bool,
    /// Who the client calls as.
    pub caller: Caller,
}

impl ExtendedClientConfiguration {
    /// Large-payload support with `bucket` and the library's defaults.
    pub fn new(bucket: &str) -> Self {
        ExtendedClientConfiguration {
            bucket: bucket.to_string(),
            always_through_s3: false,
            payload_size_threshold: DEFAULT_MESSAGE_SIZE_THRESHOLD,
            retain_on_delete: false,
            caller: Caller::default(),
        }
    }
}

fn client_error(message: impl Into<String>) -> AwsError {
    AwsError::client("SqsExtendedClientException", message)
}

/// The size the library compares with its threshold: the body's UTF-8 bytes
/// plus each attribute's name, data type and value.
fn message_size(body: &str, attributes: Option<&Value>) -> usize {
    let mut n = body.len();
    if let Some(Value::Object(attrs)) = attributes {
        for (name, a) in attrs {
            n += name.len();
            n += a
                .get("DataType")
                .and_then(Value::as_str)
                .map_or(0, str::len);
            n += a
                .get("StringValue")
                .and_then(Value::as_str)
                .map_or(0, str::len);
            n += a
                .get("BinaryValue")
                .and_then(Value::as_str)
                .and_then(|b| crate::util::b64_decode(b).ok())
                .map_or(0, |b| b.len());
        }
    }
    n
}

fn call(
    world: &mut World,
    config: &ExtendedClientConfiguration,
    service: Service,
    op: &str,
    input: Value,
) -> CallResult {
    world.call_and_wait(service, op, input, &config.caller)
}

/// SendMessage through the extended client: `input` is SendMessage's input.
pub fn send_message(
    world: &mut World,
    config: &ExtendedClientConfiguration,
    mut input: Value,
) -> CallResult {
    let body = input
        .get("MessageBody")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let attributes = input.get("MessageAttributes").cloned();
    if let Some(Value::Object(attrs)) = &attributes {
        if attrs.contains_key(RESERVED_ATTRIBUTE_NAME) {
            return Err(client_error(format!("Message attribute name {RESERVED_ATTRIBUTE_NAME} is reserved for use by SQS extended client.")));
        }
        if attrs.len() > MAX_ALLOWED_ATTRIBUTES {
            return Err(client_error(format!(
                "Number of message attributes [{}] exceeds the maximum allowed for large-payload messages [{MAX_ALLOWED_ATTRIBUTES}].",
                attrs.len()
            )));
        }
    }
    let size = message_size(&body, attributes.as_ref());
    if !config.always_through_s3 && size <= config.payload_size_threshold {
        return call(world, config, Service::Sqs, "SendMessage", input);
    }
    let key = world.sim.rng.uuid();
    call(
        world,
        config,
        Service::S3,
        "PutObject",
        json!({"Bucket": config.bucket, "Key": key, "Body": crate::util::b64_encode(body.as_bytes())}),
    )?;
    let pointer = json!([MESSAGE_POINTER_CLASS, {"s3BucketName": config.bucket, "s3Key": key}]);
    input["MessageBody"] = json!(pointer.to_string());
    let attrs = input
        .as_object_mut()
        .expect("SendMessage input is an object")
        .entry("MessageAttributes")
        .or_insert_with(|| json!({}));
    attrs[RESERVED_ATTRIBUTE_NAME] =
        json!({"DataType": "Number", "StringValue": body.len().to_string()});
    call(world, config, Service::Sqs, "SendMessage", input)
}

/// The (bucket, key) a pointer body names, in either class's format.
pub fn parse_pointer(body: &str) -> Option<(String, String)> {
    let v: Value = serde_json::from_str(body).ok()?;
    let arr = v.as_array()?;
    let class = arr.first()?.as_str()?;
    if class != MESSAGE_POINTER_CLASS && class != LEGACY_MESSAGE_POINTER_CLASS {
        return None;
    }
    let p = arr.get(1)?;
    Some((
        p.get("s3BucketName")?.as_str()?.to_string(),
        p.get("s3Key")?.as_str()?.to_string(),
    ))
}

/// ReceiveMessage through the extended client: offloaded messages come back
/// with their payload as the body, without the reserved attribute, and with a
/// receipt handle that also names the object.
pub fn receive_message(
    world: &mut World,
    config: &ExtendedClientConfiguration,
    mut input: Value,
) -> CallResult {
    // The library always asks for its reserved attribute.
    let names = input
        .as_object_mut()
        .expect("ReceiveMessage input is an object")
        .entry("MessageAttributeNames")
        .or_insert_with(|| json!([]));
    if let Value::Array(a) = names {
        for n in [RESERVED_ATTRIBUTE_NAME, LEGACY_RESERVED_ATTRIBUTE_NAME] {
            if !a.iter().any(|x| x == n || x == "All" || x == ".*") {
                a.push(json!(n));
            }
        }
    }
    let mut out = call(world, config, Service::Sqs, "ReceiveMessage", input)?;
    let Some(Value::Array(messages)) = out.get_mut("Messages") else {
        return Ok(out);
    };
    for m in messages.iter_mut() {
        let offloaded = m.get("MessageAttributes").is_some_and(|a| {
            a.get(RESERVED_ATTRIBUTE_NAME).is_some()
                || a.get(LEGACY_RESERVED_ATTRIBUTE_NAME).is_some()
        });
        if !offloaded {
            continue;
        }
        let body = m.get("Body").and_then(Value::as_str).unwrap_or("");
        let (bucket, key) = parse_pointer(body).ok_or_else(|| {
            client_error("Invalid payload format for retrieving stored messages in S3")
        })?;
        let object = call(
            world,
            config,
            Service::S3,
            "GetObject",
            json!({"Bucket": bucket, "Key": key}),
        )?;
        let payload = object
            .get("Body")
            .and_then(Value::as_str)
            .and_then(|b| crate::util::b64_decode(b).ok())
            .unwrap_or_default();
        m["Body"] = json!(String::from_utf8_lossy(&payload));
        if let Some(Value::Object(attrs)) = m.get_mut("MessageAttributes") {
            attrs.shift_remove(RESERVED_ATTRIBUTE_NAME);
            attrs.shift_remove(LEGACY_RESERVED_ATTRIBUTE_NAME);
            if attrs.is_empty() {
                m.as_object_mut()
                    .expect("a message")
                    .shift_remove("MessageAttributes");
            }
        }
        let handle = m
            .get("ReceiptHandle")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        m["ReceiptHandle"] = json!(format!("{S3_BUCKET_NAME_MARKER}{bucket}{S3_BUCKET_NAME_MARKER}{S3_KEY_MARKER}{key}{S3_KEY_MARKER}{handle}"));
    }
    Ok(out)
}

/// Splits a receipt handle the client rewrote into (bucket, key, SQS's handle).
pub fn split_receipt_handle(handle: &str) -> Option<(String, String, String)> {
    let rest = handle.strip_prefix(S3_BUCKET_NAME_MARKER)?;
    let (bucket, rest) = rest.split_once(S3_BUCKET_NAME_MARKER)?;
    let rest = rest.strip_prefix(S3_KEY_MARKER)?;
    let (key, original) = rest.split_once(S3_KEY_MARKER)?;
    Some((bucket.to_string(), key.to_string(), original.to_string()))
}

/// DeleteMessage through the extended client: deletes the message and, unless
/// the client retains payloads, its object.
pub fn delete_message(
    world: &mut World,
    config: &ExtendedClientConfiguration,
    mut input: Value,
) -> CallResult {
    let handle = input
        .get("ReceiptHandle")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let Some((bucket, key, original)) = split_receipt_handle(&handle) else {
        return call(world, config, Service::Sqs, "DeleteMessage", input);
    };
    input["ReceiptHandle"] = json!(original);
    let out = call(world, config, Service::Sqs, "DeleteMessage", input)?;
    if !config.retain_on_delete {
        call(
            world,
            config,
            Service::S3,
            "DeleteObject",
            json!({"Bucket": bucket, "Key": key}),
        )?;
    }
    Ok(out)
}
