//! The world: every engine, the simulation core, and the calls in flight.
//!
//! `World::call` is the one door every front end goes through (the wire
//! protocols, the CLI, the page): a service, an operation name as AWS spells it,
//! the input as AWS's JSON shape, and who is calling. Most calls finish at once;
//! some (a long poll) finish later on the virtual clock, and the caller collects
//! them with `take_completed` after advancing time.

use crate::error::AwsError;
use crate::model::Service;
use crate::sim::event::WorldEvent;
use crate::sim::{Event, Sim, SimTime, Timer};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The simulated account used when a request names none.
pub const DEFAULT_ACCOUNT_ID: &str = "123456789012";
/// The region used when a request names none.
pub const DEFAULT_REGION: &str = "us-east-1";

/// Who is calling: the account (picked by access-key id where one is configured)
/// and region the request is addressed to, and the X-Ray trace header
/// (`X-Amzn-Trace-Id`) the request carried, which SQS and SNS pass on to the
/// messages they make (`AWSTraceHeader`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caller {
    pub account_id: String,
    pub region: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_header: Option<String>,
    /// The request carried no signature (an SNS SubscribeURL opened as a
    /// plain link, say).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
}

impl Default for Caller {
    fn default() -> Self {
        Caller {
            account_id: DEFAULT_ACCOUNT_ID.into(),
            region: DEFAULT_REGION.into(),
            trace_header: None,
            anonymous: false,
        }
    }
}

/// A call's result: AWS's JSON output shape, or an AWS error.
pub type CallResult = Result<Value, AwsError>;

/// What `World::call` returns.
#[derive(Debug, Clone, PartialEq)]
pub enum CallOutcome {
    /// Finished now.
    Done(CallResult),
    /// Parked until something happens on the virtual clock (a long poll);
    /// collect it with `World::take_completed(id)`.
    Pending(CallId),
}

/// Identifies a parked call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CallId(pub u64);

/// Settings a person can change for the whole world.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorldSettings {
    /// Access-key id -> account id; a key not listed acts as the default account.
    pub access_keys: BTreeMap<String, String>,
}

/// Every engine and the simulation they share. Plain serde data throughout, so a
/// world can be saved, restored exactly and shared.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct World {
    pub sim: Sim,
    pub settings: WorldSettings,
    pub sqs: crate::sqs::Sqs,
    pub sns: crate::sns::Sns,
    #[serde(default)]
    pub s3: crate::s3::S3,
    pub kinesis: crate::kinesis::Kinesis,
    /// Lambda functions and event-source mappings.
    #[serde(default)]
    pub lambda: crate::lambda::Lambda,
    /// Amazon Data Firehose delivery streams.
    #[serde(default)]
    pub firehose: crate::firehose::Firehose,
    /// Kinesis Data Analytics SQL applications.
    #[serde(default)]
    pub analytics: crate::analytics::Analytics,
    /// Simulated producers and consumers (none unless added).
    #[serde(default)]
    pub clients: crate::clients::Clients,
    /// CloudWatch alarms and custom metrics' units (the series are `sim.metrics`).
    #[serde(default)]
    pub cloudwatch: crate::cloudwatch::CloudWatch,
    /// Auto Scaling groups of simulated consumers (none unless created).
    #[serde(default)]
    pub autoscaling: crate::autoscaling::AutoScaling,
    /// The next minute boundary (virtual ms) at which metrics are sampled and
    /// alarms evaluated (`on_minute`). 0 in a world saved before it existed:
    /// the first advance then starts from the next boundary.
    #[serde(default)]
    next_minute_ms: u64,
    /// Calls that finished after being parked, waiting to be collected.
    completed: BTreeMap<CallId, CallResult>,
    next_call: u64,
    next_request: u64,
    /// Where each SNS subscription's queue was found last (by subscription
    /// id; see `sqs::QueueHint`). Derived, so not saved.
    #[serde(skip)]
    queue_hints: Vec<crate::sqs::QueueHint>,
}

impl World {
    /// A fresh world at virtual time zero whose every random choice follows `seed`.
    pub fn new(seed: u64) -> Self {
        World {
            sim: Sim::new(seed),
            settings: WorldSettings::default(),
            sqs: crate::sqs::Sqs::default(),
            sns: crate::sns::Sns::default(),
            s3: crate::s3::S3::default(),
            kinesis: crate::kinesis::Kinesis::default(),
            lambda: crate::lambda::Lambda::default(),
            firehose: crate::firehose::Firehose::default(),
            analytics: crate::analytics::Analytics::default(),
            clients: crate::clients::Clients::default(),
            cloudwatch: crate::cloudwatch::CloudWatch::default(),
            autoscaling: crate::autoscaling::AutoScaling::default(),
            next_minute_ms: crate::sim::metrics::PERIOD_MS,
            completed: BTreeMap::new(),
            next_call: 0,
            next_request: 0,
            queue_hints: Vec::new(),
        }
    }

    /// A request id for a wire response, shaped like AWS's (a UUID). Drawn from a
    /// counter, not the world's random generator, so that calling over the wire
    /// or from the CLI leaves the same journal.
    pub fn next_request_id(&mut self) -> String {
        self.next_request += 1;
        let mut a = self.next_request.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ self.sim.seed;
        let mut b = a.rotate_left(29).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        a ^= a >> 31;
        b ^= b >> 27;
        let h = crate::util::hex(&[a.to_be_bytes(), b.to_be_bytes()].concat());
        format!(
            "{}-{}-4{}-a{}-{}",
            &h[0..8],
            &h[8..12],
            &h[13..16],
            &h[17..20],
            &h[20..32]
        )
    }

    /// Current virtual time.
    pub fn now(&self) -> SimTime {
        self.sim.now
    }

    /// The account an access-key id stands for.
    pub fn account_for_access_key(&self, key_id: &str) -> String {
        self.settings
            .access_keys
            .get(key_id)
            .cloned()
            .unwrap_or_else(|| DEFAULT_ACCOUNT_ID.to_string())
    }

    /// Runs `operation` of `service` with AWS-shaped JSON `input` on behalf of
    /// `caller`. A service or operation Switchyard does not emulate is refused
    /// with an error that names it.
    pub fn call(
        &mut self,
        service: Service,
        operation: &str,
        input: Value,
        caller: &Caller,
    ) -> CallOutcome {
        let spec = match service.spec() {
            Some(spec) => spec,
            None => return self.refuse(service, operation, format!("the {service} service")),
        };
        if spec.operation(operation).is_none() {
            // Unknown to AWS's model too: AWS's own answer for a bad action.
            return CallOutcome::Done(Err(AwsError::client(
                "InvalidAction",
                format!("The action or operation requested is invalid. Verify that the action is typed correctly. ({service}:{operation})"),
            )));
        }
        if service != Service::Sns {
            // Anything but SNS may read what SQS's deferred fan-out copies
            // add (CloudWatch's metrics, say); SQS settles them itself too.
            self.sqs.settle(&mut self.sim);
        }
        match service {
            Service::Sqs => {
                let call = CallId(self.next_call);
                self.next_call += 1;
                let outcome = match self.sqs.call(&mut self.sim, caller, operation, input, call) {
                    Some(result) => CallOutcome::Done(result),
                    None => CallOutcome::Pending(call),
                };
                self.collect_completed();
                outcome
            }
            Service::Sns => {
                let result = self.sns.call(&mut self.sim, caller, operation, input);
                self.deliver_sns();
                CallOutcome::Done(result)
            }
            Service::S3 => {
                let result = if operation == "PutBucketNotificationConfiguration" {
                    self.put_bucket_notification_configuration(&input, caller)
                } else {
                    self.s3.call(&mut self.sim, caller, operation, input)
                };
                self.deliver_s3();
                CallOutcome::Done(result)
            }
            Service::Kinesis => {
                let result = self.kinesis.call(&mut self.sim, caller, operation, input);
                self.journal_refusal(service, operation, &result);
                CallOutcome::Done(result)
            }
            Service::Lambda => {
                let call = CallId(self.next_call);
                self.next_call += 1;
                let source = self.mapping_source(operation, &input);
                let outcome =
                    match self
                        .lambda
                        .call(&mut self.sim, caller, operation, input, call.0, source)
                    {
                        Some(result) => {
                            self.journal_refusal(service, operation, &result);
                            CallOutcome::Done(result)
                        }
                        None => CallOutcome::Pending(call),
                    };
                self.route_lambda();
                outcome
            }
            Service::CloudWatch => {
                let result = self
                    .cloudwatch
                    .call(&mut self.sim, caller, operation, input);
                self.journal_refusal(service, operation, &result);
                let actions = self.cloudwatch.drain_actions();
                self.run_alarm_actions(actions);
                CallOutcome::Done(result)
            }
            Service::AutoScaling => {
                let result = self.autoscaling_call(operation, input, caller);
                self.journal_refusal(service, operation, &result);
                CallOutcome::Done(result)
            }
            Service::Firehose => {
                let result = self.firehose.call(&mut self.sim, caller, operation, input);
                self.journal_refusal(service, operation, &result);
                self.deliver_firehose();
                CallOutcome::Done(result)
            }
            Service::KinesisAnalytics if operation == "DiscoverInputSchema" => {
                CallOutcome::Done(crate::analytics::world_io::discover(self, &input, caller))
            }
            Service::KinesisAnalytics => {
                let result = self.analytics.call(&mut self.sim, caller, operation, input);
                self.journal_refusal(service, operation, &result);
                crate::analytics::world_io::route(self);
                CallOutcome::Done(result)
            }
        }
    }

    /// Journals an engine's refusal of something it does not emulate
    /// (`NotImplemented`), as `refuse` does for whole services.
    fn journal_refusal(&mut self, service: Service, operation: &str, result: &CallResult) {
        if matches!(result, Err(e) if e.code == "NotImplemented") {
            self.sim.record(Event::World(WorldEvent::Refused {
                service: service.cli_name().to_string(),
                operation: operation.to_string(),
            }));
        }
    }

    /// What an event-source mapping's source is, for Create/UpdateEventSourceMapping.
    fn mapping_source(
        &self,
        operation: &str,
        input: &Value,
    ) -> Option<crate::error::AwsResult<crate::lambda::esm::SourceInfo>> {
        use crate::lambda::esm::{MappingSource, SourceInfo};
        let arn = match operation {
            "CreateEventSourceMapping" => input.get("EventSourceArn")?.as_str()?.to_string(),
            "UpdateEventSourceMapping" => {
                let uuid = input.get("UUID")?.as_str()?;
                self.lambda
                    .mappings()
                    .find(|m| m.uuid == uuid)?
                    .source_arn
                    .clone()
            }
            _ => return None,
        };
        let parts: Vec<&str> = arn.splitn(6, ':').collect();
        let (service, region, account, res) = match parts.as_slice() {
            ["arn", "aws", service, region, account, res] => (*service, *region, *account, *res),
            _ => {
                return Some(Err(AwsError::client(
                    "ValidationException",
                    format!("1 validation error detected: Value '{arn}' at 'eventSourceArn' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{{2}}(-gov)?-[a-z]+-\\d{{1}})?:(\\d{{12}})?:(.*)"),
                )))
            }
        };
        Some(match service {
            "sqs" => self
                .sqs
                .queues()
                .into_iter()
                .find(|q| q.arn == arn)
                .map(|q| SourceInfo {
                    source: MappingSource::Sqs { fifo: q.fifo },
                    visibility_timeout_s: Some(q.visibility_timeout_s.max(0) as u32),
                })
                .ok_or_else(|| crate::lambda::invalid("Error occurred while ReceiveMessage. SQS Error Code: AWS.SimpleQueueService.NonExistentQueue. SQS Error Message: The specified queue does not exist for this wsdl version.")),
            "kinesis" => match res.strip_prefix("stream/") {
                Some(name) if self.kinesis.stream_id(account, region, name).is_some() => Ok(SourceInfo {
                    source: MappingSource::Kinesis,
                    visibility_timeout_s: None,
                }),
                // AWS's wording for a missing stream is not documented; this
                // names the stream as its other Kinesis errors do.
                _ => Err(crate::lambda::invalid(format!("Stream not found: {arn}"))),
            },
            other => Err(AwsError::not_emulated(format!("event-source mappings for {other} sources"))),
        })
    }

    /// Routes finished Lambda invocations: a RequestResponse Invoke's parked
    /// call, or an event-source mapping's batch.
    fn route_lambda(&mut self) {
        loop {
            let done = self.lambda.drain_finished();
            if done.is_empty() {
                break;
            }
            for f in done {
                match f.invocation.origin {
                    crate::lambda::Origin::Call(id) => {
                        let out = self.lambda.invoke_output(&f.invocation);
                        self.completed.insert(CallId(id), Ok(out));
                    }
                    crate::lambda::Origin::Mapping { mapping, batch } => {
                        crate::lambda::poller::finished(
                            self,
                            mapping,
                            batch,
                            &f.invocation.outcome,
                            &f.invocation.request_id,
                        );
                    }
                    crate::lambda::Origin::Async { .. } => {}
                }
            }
        }
        self.collect_completed();
    }

    /// Runs a typed SQS operation for a simulated client: the same engine
    /// method `call` dispatches to, without the JSON round trip (a client
    /// builds its input as AWS's shape in Rust), followed by what `call` does
    /// after an SQS operation (flush, finished long polls). A call id is taken
    /// as `call` takes one, for a ReceiveMessage that may park.
    pub(crate) fn sqs_direct<T>(
        &mut self,
        f: impl FnOnce(&mut crate::sqs::Sqs, &mut Sim, CallId) -> T,
    ) -> T {
        let call = CallId(self.next_call);
        self.next_call += 1;
        self.sqs.settle(&mut self.sim);
        let r = f(&mut self.sqs, &mut self.sim, call);
        self.sqs.flush(&mut self.sim);
        self.collect_completed();
        r
    }

    /// Carries out alarm actions and reports each outcome to CloudWatch: an
    /// SNS topic gets CloudWatch's alarm message (a topic of the alarm's own
    /// account is published to as that account, which AWS's default topic
    /// policy allows; another account's topic must allow
    /// `cloudwatch.amazonaws.com`); an Auto Scaling policy runs
    /// (`autoscaling`).
    pub(crate) fn run_alarm_actions(&mut self, actions: Vec<crate::cloudwatch::AlarmAction>) {
        use crate::cloudwatch::alarms::{action_kind, ActionKind};
        for a in actions {
            let result = match action_kind(&a.arn) {
                Ok(ActionKind::AutoScaling) => self.execute_policy(&a.arn, &a.alarm_name, a.breach),
                Ok(ActionKind::Sns) => {
                    let topic_account = a.arn.split(':').nth(4).unwrap_or_default().to_string();
                    let r = if topic_account == a.account_id {
                        let caller = Caller {
                            account_id: a.account_id.clone(),
                            region: a.arn.split(':').nth(3).unwrap_or(&a.region).to_string(),
                            trace_header: None,
                            anonymous: false,
                        };
                        let input = serde_json::json!({"TopicArn": a.arn, "Subject": a.subject, "Message": a.message});
                        self.sns
                            .call(&mut self.sim, &caller, "Publish", input)
                            .map(|v| v["MessageId"].as_str().unwrap_or_default().to_string())
                    } else {
                        let alarm_arn = format!(
                            "arn:aws:cloudwatch:{}:{}:alarm:{}",
                            a.region, a.account_id, a.alarm_name
                        );
                        let from = crate::sqs::ServiceSender {
                            service: "cloudwatch.amazonaws.com",
                            source_arn: Some(&alarm_arn),
                            source_account: Some(&a.account_id),
                        };
                        self.sns.publish_from_service(
                            &mut self.sim,
                            &a.arn,
                            &from,
                            Some(&a.subject),
                            &a.message,
                        )
                    };
                    self.deliver_sns();
                    r.map(|id| format!("MessageId {id}"))
                        .map_err(|e| format!("{}: {}", e.code, e.message))
                }
                Err(e) => Err(e.message),
            };
            self.cloudwatch.action_result(&mut self.sim, &a, result);
        }
    }

    /// PutBucketNotificationConfiguration in AWS's three steps: S3 validates the
    /// configuration, sends an `s3:TestEvent` to each destination (unless
    /// `x-amz-skip-destination-validation`), and stores it only if every
    /// destination accepted; otherwise it answers InvalidArgument "Unable to
    /// validate the following destination configurations" naming them.
    fn put_bucket_notification_configuration(
        &mut self,
        input: &Value,
        caller: &Caller,
    ) -> CallResult {
        let pending = self
            .s3
            .prepare_notification_configuration(&self.sim, caller, input)?;
        if !pending.skip_destination_validation {
            let mut failures = vec![];
            for test in &pending.tests {
                if let Err(reason) = self.carry_s3(test) {
                    failures.push((test.destination_arn.clone(), reason));
                }
            }
            if !failures.is_empty() {
                return Err(self.s3.destination_validation_failed(
                    &mut self.sim,
                    &pending.bucket,
                    &failures,
                ));
            }
        }
        Ok(self
            .s3
            .commit_notification_configuration(&mut self.sim, pending))
    }

    /// Carries S3 event notifications to their queues and topics and reports
    /// each outcome back to S3 (a refusal is journaled with its reason).
    fn deliver_s3(&mut self) {
        for n in self.s3.drain_notifications() {
            let result = self.carry_s3(&n);
            self.s3.notification_result(&mut self.sim, &n, result);
        }
    }

    /// Sends one S3 message to its destination as `s3.amazonaws.com` with the
    /// bucket as `aws:SourceArn` and its owner as `aws:SourceAccount`.
    fn carry_s3(&mut self, n: &crate::s3::Notification) -> Result<(), String> {
        // "The destination must be in the same AWS Region as the bucket" (S3
        // User Guide, event notification destinations).
        if n.destination_arn.split(':').nth(3) != Some(n.bucket_region.as_str()) {
            return Err(format!(
                "InvalidArgument: {} is not in the bucket's Region ({})",
                n.destination_arn, n.bucket_region
            ));
        }
        let from = crate::sqs::ServiceSender {
            service: "s3.amazonaws.com",
            source_arn: Some(&n.bucket_arn),
            source_account: Some(&n.bucket_owner),
        };
        let result = match n.kind {
            crate::s3::DestinationKind::Queue => {
                let input = crate::sqs::SendMessageInput {
                    queue_url: String::new(),
                    message_body: n.body.clone(),
                    message_system_attributes: n
                        .trace_header
                        .as_deref()
                        .map(crate::sqs::Sqs::trace_system_attributes),
                    ..Default::default()
                };
                self.sqs
                    .send_from_service(&mut self.sim, &n.destination_arn, &from, input)
                    .map(|_| ())
                    .map_err(|e| format!("{}: {}", e.code, e.message))
            }
            crate::s3::DestinationKind::Topic => {
                let r = self
                    .sns
                    .publish_from_service(
                        &mut self.sim,
                        &n.destination_arn,
                        &from,
                        Some("Amazon S3 Notification"),
                        &n.body,
                    )
                    .map(|_| ())
                    .map_err(|e| format!("{}: {}", e.code, e.message));
                self.deliver_sns();
                r
            }
            // S3 invokes a function asynchronously, if the function's policy
            // lets s3.amazonaws.com do so for this bucket; a configuration's
            // test only asks that (S3 sends no s3:TestEvent to a function).
            crate::s3::DestinationKind::Function => {
                match self.lambda.function_by_arn(&n.destination_arn) {
                    None => Err(format!(
                        "ResourceNotFoundException: Function not found: {}",
                        n.destination_arn
                    )),
                    Some(f) => {
                        // S3 sends a function no s3:TestEvent: it only asks.
                        let payload = (n.event_name != "s3:TestEvent").then(|| n.body.clone());
                        self.lambda
                            .invoke_for_service(
                                &mut self.sim,
                                f,
                                "s3.amazonaws.com",
                                &n.bucket_arn,
                                &n.bucket_owner,
                                payload,
                            )
                            .map_err(|(code, message)| format!("{code}: {message}"))
                    }
                }
            }
        };
        self.collect_completed();
        result
    }

    /// Carries what Firehose has for other services: reads its Kinesis sources
    /// when due (`firehose::source::poll`, through Kinesis's public operations),
    /// then writes its objects into S3 as the delivery stream's account (a
    /// missing bucket or another account's bucket fails the write as on AWS)
    /// and reports each outcome back; S3's own notifications then go out.
    fn deliver_firehose(&mut self) {
        for id in self.firehose.drain_polls() {
            crate::firehose::source::poll(self, id);
        }
        // A written object can make more to write (a Redshift COPY's
        // manifest, its errors/ manifest): carry until none is left.
        let mut wrote = false;
        loop {
            // Transformations by the world's Lambda functions first: their
            // records may flush into writes.
            for call in self.firehose.drain_transforms() {
                // An invocation error is tried again, NumberOfRetries times
                // (at once: AWS documents no delay between them).
                let (mut response, mut run_ms) = (None, 0);
                for _ in 0..call.attempts.max(1) {
                    let Some((r, ms)) = self.lambda.transform_for_firehose(
                        &mut self.sim,
                        &call.lambda_arn,
                        &call.event,
                    ) else {
                        break;
                    };
                    run_ms += ms;
                    let failed = r.is_err();
                    response = Some(r.map_err(|(code, message)| {
                        crate::firehose::transform::InvokeError { code, message }
                    }));
                    if !failed {
                        break;
                    }
                }
                self.firehose
                    .transform_result(&mut self.sim, call, response, run_ms);
            }
            let writes = self.firehose.drain_writes();
            if writes.is_empty() {
                break;
            }
            wrote = true;
            self.carry_firehose_writes(writes);
        }
        if wrote {
            self.deliver_s3();
        }
    }

    /// Writes Firehose's objects into S3 and reports each outcome back.
    fn carry_firehose_writes(&mut self, writes: Vec<crate::firehose::S3Write>) {
        for mut w in writes {
            let caller = Caller {
                account_id: w.account_id.clone(),
                region: w.region.clone(),
                trace_header: None,
                anonymous: false,
            };
            let body = std::mem::take(&mut w.body);
            let result = self
                .s3
                .put_object_from_service(&mut self.sim, &caller, &w.bucket, &w.key, body)
                .map(|_| ())
                .map_err(|failed| {
                    let (e, body) = *failed;
                    w.body = body;
                    e
                });
            self.firehose.write_result(&mut self.sim, w, result);
        }
    }

    /// Carries SNS deliveries to their endpoints and reports each outcome back
    /// to SNS, until nothing is left: an immediate retry comes straight back to
    /// the outbox, and an undeliverable notification goes to its subscription's
    /// dead-letter queue. An SQS queue's access policy must allow the topic
    /// (`sns.amazonaws.com` with `aws:SourceArn` = the topic), as on AWS; every
    /// other protocol is a simulated receiver inside SNS.
    fn deliver_sns(&mut self) {
        let mut shared = None;
        loop {
            let (mut deliveries, templates) = self.sns.drain_deliveries();
            let redrives = self.sns.drain_redrives();
            if deliveries.is_empty() && redrives.is_empty() {
                break;
            }
            for o in deliveries.drain(..) {
                let d = match o {
                    crate::sns::Outbound::Full(d) => *d,
                    crate::sns::Outbound::Raw {
                        template,
                        subscription,
                    } => {
                        // A raw notification to a standard queue: made a
                        // `Delivery` only if it fails (for its retries).
                        let t = &templates[template as usize];
                        let result = match self.sns.target_endpoint(subscription) {
                            // The endpoint is read where the subscription's
                            // target keeps it, not copied.
                            Some(endpoint) => deliver_to_queue(
                                &self.sns,
                                &mut self.sqs,
                                &mut self.sim,
                                &mut self.queue_hints,
                                t,
                                subscription,
                                endpoint,
                                &mut shared,
                            ),
                            None => continue, // the subscription is gone
                        };
                        match result {
                            Ok(copy) => {
                                self.sns
                                    .delivered(&mut self.sim, subscription, t.message, copy)
                            }
                            Err(f) => {
                                let endpoint = self
                                    .sns
                                    .target_endpoint(subscription)
                                    .cloned()
                                    .or_else(|| self.sns.endpoint_of(subscription))
                                    .unwrap_or_default();
                                let d = crate::sns::Sns::raw_delivery(t, subscription, endpoint);
                                self.sns.delivery_result(&mut self.sim, &d, Err(f));
                            }
                        }
                        continue;
                    }
                };
                if self.sns.hold_if_throttled(&mut self.sim, &d) {
                    continue;
                }
                let function = (&*d.protocol == "lambda")
                    .then(|| self.lambda.function_by_arn(&d.endpoint))
                    .flatten();
                let result = if &*d.protocol == "sqs" {
                    deliver_to_queue(
                        &self.sns,
                        &mut self.sqs,
                        &mut self.sim,
                        &mut self.queue_hints,
                        &d,
                        d.subscription,
                        &d.endpoint,
                        &mut shared,
                    )
                } else if &*d.protocol == "firehose" && !d.confirmation {
                    self.deliver_to_firehose(&d).map(|()| None)
                } else if let Some(f) = function {
                    // SNS may invoke only a function whose resource-based
                    // policy allows it (AddPermission); a denial is a
                    // client-side error, not retried. Otherwise SNS invokes
                    // asynchronously: accepted into Lambda's queue is
                    // delivered (its errors are Lambda's retries, not SNS's).
                    self.lambda
                        .invoke_for_service(
                            &mut self.sim,
                            f,
                            SNS_PRINCIPAL,
                            &d.topic_arn,
                            &d.topic_account,
                            Some(d.body.to_string()),
                        )
                        .map(|()| None)
                        .map_err(|(code, message)| crate::sns::delivery::Failure {
                            code,
                            message,
                            client_side: true,
                        })
                } else {
                    self.sns.receive(&mut self.sim, &d).map(|()| None)
                };
                self.sns.delivery_result(&mut self.sim, &d, result);
            }
            self.sns.recycle_deliveries(deliveries, templates);
            for r in redrives {
                let attrs = sqs_attributes(&r.attributes).ok();
                let input = crate::sqs::SendMessageInput {
                    queue_url: String::new(),
                    message_body: r.body.clone(),
                    message_attributes: attrs,
                    message_group_id: r.message_group_id.clone(),
                    message_deduplication_id: r.message_deduplication_id.clone(),
                    ..Default::default()
                };
                let from = crate::sqs::ServiceSender {
                    service: "sns.amazonaws.com",
                    source_arn: Some(&r.topic_arn),
                    source_account: Some(&r.topic_account),
                };
                let result = self
                    .sqs
                    .send_from_service(&mut self.sim, &r.queue_arn, &from, input)
                    .map(|_| ())
                    .map_err(|e| e.code);
                self.sns.redrive_result(&mut self.sim, &r, result);
            }
        }
        self.sns.count_delivered(&mut self.sim);
        self.collect_completed();
    }

    /// One notification into a Firehose delivery stream (a subscription of
    /// protocol firehose), as one record whose data is what SNS sends (the
    /// envelope, or the raw message). A delivery stream that does not exist or
    /// is not a Direct PUT stream is a client-side error, which SNS does not
    /// retry; Firehose's throttling is a server-side one, retried.
    fn deliver_to_firehose(
        &mut self,
        d: &crate::sns::Delivery,
    ) -> Result<(), crate::sns::delivery::Failure> {
        if let Some(f) = self.sns.injected_failure(&mut self.sim, d) {
            return Err(f);
        }
        let result = self
            .firehose
            .put_from_service(&mut self.sim, &d.endpoint, d.body.as_bytes().to_vec())
            .map_err(|e| crate::sns::delivery::Failure {
                client_side: e.code != "ServiceUnavailableException",
                code: e.code,
                message: e.message,
            });
        self.deliver_firehose();
        result
    }

    fn refuse(&mut self, service: Service, operation: &str, what: String) -> CallOutcome {
        self.sim.record(Event::World(WorldEvent::Refused {
            service: service.cli_name().to_string(),
            operation: operation.to_string(),
        }));
        CallOutcome::Done(Err(AwsError::not_emulated(what)))
    }

    /// Inserts the copies a topic's fan-out left deferred into their queues
    /// (`Sqs::settle`; see `sqs/fanout.rs`). Nothing observable changes --
    /// every SQS operation, timer and metrics reader settles first anyway --
    /// but a host about to read `sqs`'s views or `sim.metrics` directly
    /// calls it first.
    pub fn settle(&mut self) {
        self.sqs.settle(&mut self.sim);
    }

    /// Starts a Kinesis SubscribeToShard from its wire input (the event
    /// stream's host pumps it afterwards: `protocol::eventstream`). Settles
    /// first, as `call` does for anything but SNS.
    pub fn subscribe_to_shard(
        &mut self,
        caller: &Caller,
        input: Value,
    ) -> crate::error::AwsResult<u32> {
        self.sqs.settle(&mut self.sim);
        self.kinesis
            .subscribe_from_wire(&mut self.sim, caller, input)
    }

    /// Runs a call and, if it is parked (a long poll), moves the virtual clock on
    /// event by event until it finishes, as a blocking client would wait. Used by
    /// the CLI and the page's own controls.
    pub fn call_and_wait(
        &mut self,
        service: Service,
        operation: &str,
        input: Value,
        caller: &Caller,
    ) -> CallResult {
        match self.call(service, operation, input, caller) {
            CallOutcome::Done(r) => r,
            CallOutcome::Pending(id) => loop {
                if let Some(r) = self.take_completed(id) {
                    break r;
                }
                if self.advance_to_next_event().is_none() {
                    break Err(AwsError::client(
                        "InternalError",
                        "a parked call had nothing left on the clock to finish it",
                    )
                    .with_status(500));
                }
            },
        }
    }

    /// The result of parked call `id`, once it has finished (taken only once).
    pub fn take_completed(&mut self, id: CallId) -> Option<CallResult> {
        self.completed.remove(&id)
    }

    /// When the next timer is due, if any.
    pub fn next_event_time(&self) -> Option<SimTime> {
        self.sim.timers.next_due()
    }

    /// Moves the virtual clock to `t`, firing every timer due at or before `t` in
    /// (due, sequence) order, each at its own due time. Never moves backwards.
    ///
    /// Every minute boundary on the way is a step of its own (`on_minute`):
    /// timers due before it fire first, then metrics are sampled and alarms
    /// evaluated at exactly the boundary, then the rest. The boundary is not a
    /// timer: a world with nothing to sample schedules nothing and steps over
    /// it, and `advance_to_next_event` still says when nothing is left to do.
    pub fn advance_to(&mut self, t: SimTime) {
        const MINUTE_MS: u64 = crate::sim::metrics::PERIOD_MS;
        loop {
            if self.next_minute_ms <= self.sim.now.as_ms() {
                // A restored world from before boundaries were kept, or a clock
                // moved by hand: resume at the next boundary.
                self.next_minute_ms = (self.sim.now.as_ms() / MINUTE_MS + 1) * MINUTE_MS;
            }
            let boundary = SimTime(self.next_minute_ms);
            if boundary > t {
                break;
            }
            if !self.has_minute_work() {
                self.next_minute_ms = (t.as_ms() / MINUTE_MS + 1) * MINUTE_MS;
                break;
            }
            self.fire_due(SimTime(boundary.as_ms() - 1));
            self.sim.now = boundary;
            self.next_minute_ms += MINUTE_MS;
            self.on_minute();
        }
        self.fire_due(t);
        if t > self.sim.now {
            self.sim.now = t;
        }
    }

    /// Whether a minute boundary has anything to do: queues to sample, alarms
    /// to evaluate. (Counting metrics are added as things happen and need no
    /// boundary.)
    fn has_minute_work(&self) -> bool {
        !self.sqs.is_empty() || self.cloudwatch.has_alarms() || self.kinesis.has_on_demand()
    }

    /// A minute boundary: SQS samples its gauges, on-demand Kinesis streams
    /// scale to their peak, CloudWatch evaluates the
    /// alarms whose period ends here, and their actions run (scaling policies).
    fn on_minute(&mut self) {
        self.sqs.publish_metrics(&mut self.sim);
        self.kinesis.scale_on_demand(&mut self.sim);
        let actions = self.cloudwatch.evaluate(&mut self.sim);
        self.run_alarm_actions(actions);
    }

    /// Fires every timer due at or before `t`, each at its own due time.
    fn fire_due(&mut self, t: SimTime) {
        while let Some(scheduled) = self.sim.timers.pop_due(t) {
            if scheduled.due > self.sim.now {
                self.sim.now = scheduled.due;
            }
            self.fire(scheduled.timer);
        }
    }

    /// Advances to the next due timer and fires everything due then. Returns the
    /// new time, or `None` (clock unchanged) when nothing is scheduled.
    pub fn advance_to_next_event(&mut self) -> Option<SimTime> {
        let t = self.next_event_time()?;
        self.advance_to(t.max(self.sim.now));
        Some(self.sim.now)
    }

    /// Moves the clock on by `ms` on a person's or script's say-so, and journals it.
    pub fn sleep_ms(&mut self, ms: u64) {
        self.sim
            .record(Event::World(WorldEvent::ClockAdvanced { by_ms: ms }));
        let target = self.sim.now.plus_ms(ms);
        self.advance_to(target);
    }

    fn fire(&mut self, timer: Timer) {
        match timer {
            Timer::CallDeadline { .. } => {}
            Timer::Sqs(t) => {
                self.sqs.fire(&mut self.sim, t);
                self.collect_completed();
            }
            Timer::Sns(t) => {
                self.sns.fire(&mut self.sim, t);
                self.deliver_sns();
            }
            Timer::Kinesis(t) => self.kinesis.fire(&mut self.sim, t),
            Timer::Firehose(t) => {
                self.firehose.fire(&mut self.sim, t);
                self.deliver_firehose();
            }
            Timer::Client(t) => self.fire_client(t),
            Timer::Analytics(t) => {
                self.analytics.fire(&mut self.sim, t);
                crate::analytics::world_io::route(self);
            }
            Timer::Lambda(crate::lambda::LambdaTimer::Poll {
                mapping,
                slot,
                serial,
            }) => {
                crate::lambda::poller::fire(self, mapping, slot, serial);
                self.route_lambda();
            }
            Timer::Lambda(t) => {
                self.lambda.fire(&mut self.sim, t);
                self.route_lambda();
            }
        }
    }

    /// Moves results of parked calls that engines finished into `completed`.
    fn collect_completed(&mut self) {
        for (call, result) in self.sqs.drain_completed() {
            // A consumer's long poll goes back to the consumer, a mapping
            // poller's to the poller.
            if let Err(result) = self.route_completed_to_client(call, result) {
                if let Some((mapping, slot)) = self.lambda.waiting.remove(&call.0) {
                    self.lambda.results.insert(call.0, result);
                    let serial = self
                        .lambda
                        .mappings
                        .get(&mapping)
                        .and_then(|m| m.runtime.slots.get(&slot))
                        .map_or(0, |s| s.serial);
                    self.sim.schedule_in(
                        0,
                        Timer::Lambda(crate::lambda::LambdaTimer::Poll {
                            mapping,
                            slot,
                            serial,
                        }),
                    );
                } else {
                    self.completed.insert(call, result);
                }
            }
        }
    }

    /// Checks every engine's invariants; panics with a description if one is broken.
    /// Tests call it after every step.
    pub fn check_invariants(&self) {
        self.sqs.check_invariants(&self.sim);
        self.sns.check_invariants();
        self.s3.check_invariants();
        self.kinesis.check_invariants();
        self.lambda.check_invariants();
        self.firehose.check_invariants();
        self.analytics.check_invariants();
        self.clients.check_invariants();
        self.cloudwatch.check_invariants();
        self.autoscaling.check_invariants();
    }
}

/// The service principal SNS sends to queues as.
const SNS_PRINCIPAL: &str = "sns.amazonaws.com";

/// One delivery to an SQS queue. Every error SQS answers (no such queue,
/// access denied by the queue policy, attributes it cannot hold) is a
/// client-side error, which SNS does not retry; an injected failure
/// (`Sns::settings`) stands for the queue's service being unavailable, a
/// server-side error that SNS retries.
///
/// The deliveries of one publish share their body and attributes (the same
/// allocations), so the message SQS gets is checked and digested once
/// (`Sqs::service_message`) and kept in `shared` for the next delivery
/// with the same content; each queue still applies its own checks.
/// `d` is the delivery, or the template an `Outbound::Raw` entry names,
/// for `subscription` and its `endpoint`.
#[allow(clippy::too_many_arguments)]
fn deliver_to_queue(
    sns: &crate::sns::Sns,
    sqs: &mut crate::sqs::Sqs,
    sim: &mut Sim,
    queue_hints: &mut Vec<crate::sqs::QueueHint>,
    d: &crate::sns::Delivery,
    subscription: u32,
    endpoint: &str,
    shared: &mut Option<SharedContent>,
) -> Result<Option<crate::sqs::QueueCopy>, crate::sns::delivery::Failure> {
    if let Some(f) = sns.injected_failure_for(sim, d, endpoint) {
        return Err(f);
    }
    let client = |code: String, message: String| crate::sns::delivery::Failure {
        code,
        message,
        client_side: true,
    };
    let same = shared.as_ref().is_some_and(|c| {
        Arc::ptr_eq(&c.body, &d.body)
            && Arc::ptr_eq(&c.attributes, &d.sqs_attributes)
            && c.trace_header == d.trace_header
    });
    if !same {
        // Raw delivery carries SNS message attributes as SQS ones; one SQS
        // cannot hold (more than 10, say) fails the delivery.
        let trace = d.trace_header.as_deref();
        let message = if d.sqs_attributes.is_empty() {
            Ok(crate::sqs::Sqs::service_message(
                SNS_PRINCIPAL,
                Arc::clone(&d.body),
                None,
                trace,
            ))
        } else {
            sqs_attributes(&d.sqs_attributes)
                .map(|a| {
                    crate::sqs::Sqs::service_message(
                        SNS_PRINCIPAL,
                        Arc::clone(&d.body),
                        Some(&a),
                        trace,
                    )
                })
                .map_err(|e| client("InvalidParameterValue".into(), e.to_string()))
        };
        *shared = Some(SharedContent {
            body: Arc::clone(&d.body),
            attributes: Arc::clone(&d.sqs_attributes),
            trace_header: d.trace_header.clone(),
            message,
        });
    }
    let message = match &mut shared.as_mut().expect("made above").message {
        Ok(m) => m,
        Err(f) => return Err(f.clone()),
    };
    let from = crate::sqs::ServiceSender {
        service: SNS_PRINCIPAL,
        source_arn: Some(&d.topic_arn),
        source_account: Some(&d.topic_account),
    };
    let i = subscription as usize;
    if queue_hints.len() <= i {
        queue_hints.resize(i + 1, Default::default());
    }
    sqs.send_service_message(
        sim,
        endpoint,
        &mut queue_hints[i],
        &from,
        message,
        d.message_group_id.clone(),
        d.message_deduplication_id.clone(),
    )
    .map_err(|e| client(e.code, e.message))
}

/// A message SNS is delivering to queues, checked and digested once for every
/// delivery with the same body and attributes (see `World::deliver_to_queue`).
/// Holding the two `Arc`s keeps their allocations alive, so pointer equality
/// means the same content.
struct SharedContent {
    body: Arc<str>,
    attributes: Arc<BTreeMap<String, Value>>,
    trace_header: Option<Arc<str>>,
    message: Result<crate::sqs::ServiceMessage, crate::sns::delivery::Failure>,
}

/// SNS message attributes (`{"DataType", "StringValue" | "BinaryValue"}` JSON
/// objects) as SQS message attributes, for raw delivery and dead-letter sends.
///
/// The common shape -- every member a string, no list values -- is converted
/// directly: a topic fanning out converts the same attributes once per queue,
/// and going through `serde_json::to_value`/`from_value` cost more than the
/// send itself. Anything else takes that serde round trip, so what it accepts
/// and the errors it gives stay exactly as before.
fn sqs_attributes(
    attrs: &BTreeMap<String, Value>,
) -> Result<crate::sqs::MessageAttributeMap, serde_json::Error> {
    let direct = |v: &Value| -> Option<crate::sqs::MessageAttributeValue> {
        let mut out = crate::sqs::MessageAttributeValue::default();
        let mut data_type = None;
        for (k, v) in v.as_object()? {
            let slot = match k.as_str() {
                "DataType" => &mut data_type,
                "StringValue" => &mut out.string_value,
                "BinaryValue" => &mut out.binary_value,
                "StringListValues" | "BinaryListValues" => return None,
                // Unknown members are ignored by the serde path too.
                _ => continue,
            };
            *slot = Some(v.as_str()?.to_string());
        }
        out.data_type = data_type?;
        Some(out)
    };
    let fast: Option<crate::sqs::MessageAttributeMap> = attrs
        .iter()
        .map(|(k, v)| Some((k.clone(), direct(v)?)))
        .collect();
    match fast {
        Some(m) => Ok(m),
        None => serde_json::to_value(attrs).and_then(serde_json::from_value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The direct conversion gives what the serde round trip gives, and falls
    /// back to it (and its errors) for anything else.
    #[test]
    fn sqs_attributes_match_the_serde_round_trip() {
        let serde_way = |m: &BTreeMap<String, Value>| {
            serde_json::to_value(m)
                .and_then(serde_json::from_value::<crate::sqs::MessageAttributeMap>)
                .map_err(|e| e.to_string())
        };
        let cases = [
            json!({"a": {"DataType": "String", "StringValue": "x"},
                   "b": {"DataType": "Binary", "BinaryValue": "AQI="},
                   "c": {"DataType": "Number.int", "StringValue": "5", "Other": 1}}),
            json!({"a": {"DataType": "String", "StringValue": 7}}),
            json!({"a": {"StringValue": "x"}}),
            json!({"a": {"DataType": "String", "StringListValues": ["x"]}}),
            json!({"a": "not an object"}),
            json!({"a": {"DataType": "String", "StringValue": null}}),
        ];
        for case in cases {
            let m: BTreeMap<String, Value> = serde_json::from_value(case).unwrap();
            assert_eq!(
                sqs_attributes(&m).map_err(|e| e.to_string()),
                serde_way(&m),
                "{m:?}"
            );
        }
    }
}
