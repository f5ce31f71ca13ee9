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

/// The simulated account used when a request names none.
pub const DEFAULT_ACCOUNT_ID: &str = "123456789012";
/// The region used when a request names none.
pub const DEFAULT_REGION: &str = "us-east-1";

/// Who is calling: the account (picked by access-key id where one is configured)
/// and region the request is addressed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caller {
    pub account_id: String,
    pub region: String,
}

impl Default for Caller {
    fn default() -> Self {
        Caller {
            account_id: DEFAULT_ACCOUNT_ID.into(),
            region: DEFAULT_REGION.into(),
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
    pub kinesis: crate::kinesis::Kinesis,
    /// Calls that finished after being parked, waiting to be collected.
    completed: BTreeMap<CallId, CallResult>,
    next_call: u64,
    next_request: u64,
}

impl World {
    /// A fresh world at virtual time zero whose every random choice follows `seed`.
    pub fn new(seed: u64) -> Self {
        World {
            sim: Sim::new(seed),
            settings: WorldSettings::default(),
            sqs: crate::sqs::Sqs::default(),
            sns: crate::sns::Sns::default(),
            kinesis: crate::kinesis::Kinesis::default(),
            completed: BTreeMap::new(),
            next_call: 0,
            next_request: 0,
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
            Service::Kinesis => {
                let result = self.kinesis.call(&mut self.sim, caller, operation, input);
                if let Err(e) = &result {
                    if e.code == "NotImplemented" {
                        self.sim.record(Event::World(WorldEvent::Refused {
                            service: service.cli_name().to_string(),
                            operation: operation.to_string(),
                        }));
                    }
                }
                CallOutcome::Done(result)
            }
            _ => self.refuse(service, operation, format!("{service}:{operation}")),
        }
    }

    /// Carries SNS deliveries to their endpoints (SQS queues) and reports each
    /// outcome back to SNS. The queue's access policy must allow the topic
    /// (`sns.amazonaws.com` with `aws:SourceArn` = the topic), as on AWS.
    fn deliver_sns(&mut self) {
        for d in self.sns.drain_deliveries() {
            let result = match d.protocol.as_str() {
                "sqs" => {
                    // Raw delivery carries SNS message attributes as SQS ones; one
                    // SQS cannot hold (more than 10, say) fails the delivery.
                    let attrs: Result<Option<crate::sqs::MessageAttributeMap>, String> =
                        if d.sqs_attributes.is_empty() {
                            Ok(None)
                        } else {
                            serde_json::to_value(&d.sqs_attributes)
                                .and_then(serde_json::from_value)
                                .map(Some)
                                .map_err(|_| "InvalidParameterValue".to_string())
                        };
                    let attrs = match attrs {
                        Ok(a) => a,
                        Err(code) => {
                            self.sns.delivery_result(&mut self.sim, &d, Err(code));
                            continue;
                        }
                    };
                    let input = crate::sqs::SendMessageInput {
                        queue_url: String::new(),
                        message_body: d.body.clone(),
                        message_attributes: attrs,
                        message_group_id: d.message_group_id.clone(),
                        message_deduplication_id: d.message_deduplication_id.clone(),
                        ..Default::default()
                    };
                    let from = crate::sqs::ServiceSender {
                        service: "sns.amazonaws.com",
                        source_arn: Some(&d.topic_arn),
                        source_account: Some(&d.topic_account),
                    };
                    self.sqs
                        .send_from_service(&mut self.sim, &d.endpoint, &from, input)
                        .map(|_| ())
                        .map_err(|e| e.code)
                }
                other => Err(format!("NotImplemented: protocol {other}")),
            };
            self.sns.delivery_result(&mut self.sim, &d, result);
        }
        self.collect_completed();
    }

    fn refuse(&mut self, service: Service, operation: &str, what: String) -> CallOutcome {
        self.sim.record(Event::World(WorldEvent::Refused {
            service: service.cli_name().to_string(),
            operation: operation.to_string(),
        }));
        CallOutcome::Done(Err(AwsError::not_emulated(what)))
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
    pub fn advance_to(&mut self, t: SimTime) {
        while let Some(scheduled) = self.sim.timers.pop_due(t) {
            if scheduled.due > self.sim.now {
                self.sim.now = scheduled.due;
            }
            self.fire(scheduled.timer);
        }
        if t > self.sim.now {
            self.sim.now = t;
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
            Timer::Kinesis(t) => self.kinesis.fire(&mut self.sim, t),
        }
    }

    /// Moves results of parked calls that engines finished into `completed`.
    fn collect_completed(&mut self) {
        for (call, result) in self.sqs.drain_completed() {
            self.completed.insert(call, result);
        }
    }

    /// Checks every engine's invariants; panics with a description if one is broken.
    /// Tests call it after every step.
    pub fn check_invariants(&self) {
        self.sqs.check_invariants(&self.sim);
        self.sns.check_invariants();
        self.kinesis.check_invariants();
    }
}
