//! Amazon S3: buckets and objects in memory, event notifications to SQS and SNS.
//!
//! Layout: this file holds the engine's state (`S3`), journal events (`S3Event`),
//! `call` dispatch, the access rule and `check_invariants`; [`buckets`] the bucket
//! operations and AWS's naming and LocationConstraint rules; [`objects`] the
//! object operations and ListObjectsV2; [`multipart`] multipart uploads; [`notifications`] notification
//! configurations (validation, AWS's overlap rule, the two-phase destination
//! test) and the event messages; [`limits`] every quota; [`errors`] AWS's codes;
//! [`model`] the API's shapes (REST-XML).
//!
//! Inputs and outputs are AWS's shapes as JSON, blobs (object bodies) as base64
//! text, as the JSON protocols carry blobs; the REST-XML front door
//! (`protocol::rest_xml`) maps them to and from HTTP.
//!
//! Engines never call each other: an event notification is a `Notification` in
//! an outbox that the world carries to SQS or SNS (`World::deliver_s3`).
//!
//! Built: the operations listed in `call`. Refused by name: everything else
//! (versioning, ACLs and bucket policies, tagging, website,
//! lifecycle, replication, Lambda and EventBridge notification destinations).

pub mod buckets;
pub mod checksum;
pub mod errors;
pub mod limits;
pub mod model;
pub mod multipart;
pub mod notifications;
pub mod objects;

pub use notifications::{DestinationKind, Notification, PendingNotificationConfiguration};

use crate::error::{AwsError, AwsResult};
use crate::sim::{Event, Sim};
use crate::world::{CallResult, Caller};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// S3 journal events (payload of `sim::Event::S3`). Buckets are named rather
/// than numbered: a bucket name is global and never reused while it exists.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum S3Event {
    BucketCreated {
        bucket: String,
    },
    BucketDeleted {
        bucket: String,
    },
    ObjectCreated {
        bucket: String,
        key: String,
        size: u64,
        event_name: String,
    },
    ObjectRemoved {
        bucket: String,
        key: String,
    },
    NotificationConfigured {
        bucket: String,
        configurations: u32,
    },
    /// The destination test of PutBucketNotificationConfiguration failed.
    DestinationTestFailed {
        bucket: String,
        destination: String,
        reason: String,
    },
    NotificationDelivered {
        bucket: String,
        event_name: String,
        destination: String,
    },
    NotificationFailed {
        bucket: String,
        event_name: String,
        destination: String,
        reason: String,
    },
}

/// One object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Object {
    /// The bytes, kept base64-encoded so a saved world stays compact JSON.
    #[serde(with = "b64_bytes")]
    pub body: Vec<u8>,
    /// The quoted MD5 hex of the body, as S3 reports a single-part upload's ETag.
    pub etag: String,
    pub content_type: String,
    /// Other content headers stored with the object (Cache-Control, ...), by
    /// their API member name.
    pub headers: BTreeMap<String, String>,
    /// User-defined metadata (`x-amz-meta-*`), keys in lowercase as S3 keeps them.
    pub metadata: BTreeMap<String, String>,
    pub last_modified_unix_ms: u64,
    /// For an object assembled by CompleteMultipartUpload: each part's MD5 hex,
    /// from which its ETag (`"md5-of-md5s-N"`) is computed; empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub part_md5s: Vec<String>,
    /// Checksums sent with a single PUT (`ChecksumCRC32` -> base64), returned
    /// by GetObject/HeadObject with `x-amz-checksum-mode: ENABLED`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub checksums: BTreeMap<String, String>,
}

impl Object {
    /// The ETag S3 gives this object: the quoted MD5 of the body, or for a
    /// multipart object the MD5 of the parts' binary MD5s followed by `-N`.
    pub fn expected_etag(&self) -> String {
        if self.part_md5s.is_empty() {
            return format!("\"{}\"", crate::util::md5_hex(&self.body));
        }
        let mut digests = Vec::with_capacity(self.part_md5s.len() * 16);
        for h in &self.part_md5s {
            for i in (0..h.len()).step_by(2) {
                digests.push(u8::from_str_radix(&h[i..i + 2], 16).unwrap_or(0));
            }
        }
        format!(
            "\"{}-{}\"",
            crate::util::md5_hex(&digests),
            self.part_md5s.len()
        )
    }
}

/// One bucket.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bucket {
    pub name: String,
    pub owner: String,
    pub region: String,
    pub created_unix_ms: u64,
    pub objects: BTreeMap<String, Object>,
    pub notification: notifications::NotificationConfiguration,
    /// Multipart uploads in progress, by upload id.
    #[serde(default)]
    pub uploads: BTreeMap<String, multipart::Upload>,
}

impl Bucket {
    /// `arn:aws:s3:::name` (bucket ARNs have no Region or account).
    pub fn arn(&self) -> String {
        format!("arn:aws:s3:::{}", self.name)
    }
}

/// The S3 engine.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct S3 {
    buckets: BTreeMap<String, Bucket>,
    /// Feeds event sequencers (increasing per event, as S3's are per key) and
    /// notification configuration ids.
    next_sequence: u64,
    /// Notifications waiting for the world to carry them; always empty between
    /// calls (the world drains it), so not saved.
    #[serde(skip)]
    outbox: Vec<Notification>,
}

pub(crate) mod b64_bytes {
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::util::b64_encode(v))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        crate::util::b64_decode(&s).map_err(serde::de::Error::custom)
    }
}

pub(crate) fn input_str<'a>(input: &'a Value, name: &str) -> Option<&'a str> {
    input.get(name).and_then(Value::as_str)
}

pub(crate) fn required<'a>(input: &'a Value, name: &str) -> AwsResult<&'a str> {
    input_str(input, name).ok_or_else(|| {
        AwsError::client(
            "MissingParameter",
            format!("The request must contain the parameter {name}."),
        )
    })
}

impl S3 {
    /// Runs one operation with AWS's input shape as JSON.
    ///
    /// PutBucketNotificationConfiguration through `call` stores the configuration
    /// without testing its destinations; the world uses the two-phase
    /// `prepare_notification_configuration` / `commit_notification_configuration`
    /// so that it can send AWS's test event to each destination in between.
    pub fn call(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        operation: &str,
        input: Value,
    ) -> CallResult {
        match operation {
            "CreateBucket" => self.create_bucket(sim, caller, &input),
            "HeadBucket" => self.head_bucket(caller, &input).map_err(errors::for_head),
            "ListBuckets" => self.list_buckets(caller, &input),
            "GetBucketLocation" => self.get_bucket_location(caller, &input),
            "DeleteBucket" => self.delete_bucket(sim, caller, &input),
            "PutObject" => self.put_object(sim, caller, &input),
            "GetObject" => self.get_object(caller, &input),
            "HeadObject" => self.head_object(caller, &input).map_err(errors::for_head),
            "DeleteObject" => self.delete_object(sim, caller, &input),
            "DeleteObjects" => self.delete_objects(sim, caller, &input),
            "CopyObject" => self.copy_object(sim, caller, &input),
            "ListObjectsV2" => self.list_objects_v2(caller, &input),
            "ListObjects" => self.list_objects(caller, &input),
            "CreateMultipartUpload" => self.create_multipart_upload(sim, caller, &input),
            "UploadPart" => self.upload_part(sim, caller, &input),
            "CompleteMultipartUpload" => self.complete_multipart_upload(sim, caller, &input),
            "AbortMultipartUpload" => self.abort_multipart_upload(caller, &input),
            "ListParts" => self.list_parts(caller, &input),
            "GetBucketNotificationConfiguration" => {
                self.get_notification_configuration(caller, &input)
            }
            "PutBucketNotificationConfiguration" => {
                let p = self.prepare_notification_configuration(sim, caller, &input)?;
                Ok(self.commit_notification_configuration(sim, p))
            }
            other => Err(AwsError::not_emulated(format!("s3:{other}"))),
        }
    }

    /// Notifications produced since the last drain, for the world to carry.
    pub fn drain_notifications(&mut self) -> Vec<Notification> {
        std::mem::take(&mut self.outbox)
    }

    /// The world reports how a notification's delivery went; failures are
    /// journaled with their reason (S3 does not retry a refused destination).
    pub fn notification_result(
        &mut self,
        sim: &mut Sim,
        n: &Notification,
        result: Result<(), String>,
    ) {
        sim.record(Event::S3(match result {
            Ok(()) => S3Event::NotificationDelivered {
                bucket: n.bucket.clone(),
                event_name: n.event_name.clone(),
                destination: n.destination_arn.clone(),
            },
            Err(reason) => S3Event::NotificationFailed {
                bucket: n.bucket.clone(),
                event_name: n.event_name.clone(),
                destination: n.destination_arn.clone(),
                reason,
            },
        }));
    }

    /// Read-only access to a bucket (for the page, tests and the extended client).
    pub fn bucket(&self, name: &str) -> Option<&Bucket> {
        self.buckets.get(name)
    }

    /// Every bucket, by name.
    pub fn buckets(&self) -> impl Iterator<Item = &Bucket> {
        self.buckets.values()
    }

    /// The bucket `name`, if the caller owns it. A bucket of another account is
    /// AccessDenied: Switchyard has no bucket policies or ACLs (refused by name),
    /// so only the owner is allowed, as with a bucket that has neither.
    fn owned(&self, caller: &Caller, name: &str) -> AwsResult<&Bucket> {
        let b = self
            .buckets
            .get(name)
            .ok_or_else(|| errors::no_such_bucket(name))?;
        if b.owner != caller.account_id {
            return Err(errors::access_denied());
        }
        Ok(b)
    }

    fn owned_mut(&mut self, caller: &Caller, name: &str) -> AwsResult<&mut Bucket> {
        self.owned(caller, name)?;
        Ok(self.buckets.get_mut(name).expect("checked above"))
    }

    fn next_sequence(&mut self) -> u64 {
        self.next_sequence += 1;
        self.next_sequence
    }

    /// Panics if a stored object or configuration breaks a rule the operations keep.
    pub fn check_invariants(&self) {
        for (name, b) in &self.buckets {
            assert_eq!(name, &b.name, "bucket stored under another name");
            assert!(
                buckets::valid_bucket_name(name),
                "invalid bucket name {name} stored"
            );
            for (key, o) in &b.objects {
                assert!(
                    !key.is_empty() && key.len() <= limits::KEY_MAX_BYTES,
                    "bad key {key:?} in {name}"
                );
                assert_eq!(
                    o.etag,
                    o.expected_etag(),
                    "ETag of {name}/{key} does not match its body"
                );
            }
            b.notification.check_invariants(name);
        }
    }
}

/// A sentence for an S3 event, for the page's event log.
pub fn describe_event(e: &S3Event) -> String {
    match e {
        S3Event::BucketCreated { bucket } => format!("Bucket {bucket} created"),
        S3Event::BucketDeleted { bucket } => format!("Bucket {bucket} deleted"),
        S3Event::ObjectCreated {
            bucket,
            key,
            size,
            event_name,
        } => {
            format!("{bucket}: {key} stored ({size} bytes, {event_name})")
        }
        S3Event::ObjectRemoved { bucket, key } => format!("{bucket}: {key} deleted"),
        S3Event::NotificationConfigured {
            bucket,
            configurations,
        } => {
            format!("{bucket}: notification configuration set ({configurations} destinations)")
        }
        S3Event::DestinationTestFailed {
            bucket,
            destination,
            reason,
        } => {
            format!(
                "{bucket}: test event to {destination} refused ({reason}); configuration not saved"
            )
        }
        S3Event::NotificationDelivered {
            bucket,
            event_name,
            destination,
        } => {
            format!("{bucket}: {event_name} notification delivered to {destination}")
        }
        S3Event::NotificationFailed {
            bucket,
            event_name,
            destination,
            reason,
        } => {
            format!("{bucket}: {event_name} notification to {destination} failed ({reason})")
        }
    }
}

/// S3 keeps an object's Last-Modified to the second: listings write
/// `.000Z`, and HEAD's header has no finer unit, so both read the same time.
pub(crate) fn whole_second(unix_ms: u64) -> u64 {
    unix_ms / 1000 * 1000
}
