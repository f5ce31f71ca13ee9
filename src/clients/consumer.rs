//! Simulated SQS consumers: the EC2 instances of the notes, each a loop of
//! ReceiveMessage (short or long polling, up to MaxNumberOfMessages), then, one
//! message at a time, a processing time drawn from a distribution, then
//! DeleteMessage on success. A failed message is simply not deleted, so SQS
//! makes it visible again when its visibility timeout runs out (and moves it to
//! the dead-letter queue once it exceeds maxReceiveCount). While working, a
//! consumer may extend the message's visibility (a heartbeat of
//! ChangeMessageVisibility). A crash abandons what it holds: those messages
//! stay in flight until their visibility timeout, exactly as on AWS.
//!
//! Everything goes through `World::call`; a long poll is a parked call whose
//! result the world hands back through `ClientTimer::PollDone`.

use super::{caller_of, ClientCounters, ClientEvent, ClientState, ClientTimer, ClientView};
use crate::sim::{Event, Timer};
use crate::world::World;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::VecDeque;

/// How long one message takes to process.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProcessingTime {
    Fixed {
        ms: u64,
    },
    /// Uniform over `min_ms..=max_ms`.
    Uniform {
        min_ms: u64,
        max_ms: u64,
    },
    /// Exponentially distributed with this mean (memoryless service times).
    Exponential {
        mean_ms: u64,
    },
}

/// When processing a message fails.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailureRule {
    /// Chance per million that any message fails (0: never; no draw is made).
    #[serde(default)]
    pub rate_ppm: u32,
    /// A poison message: every body containing this text fails, every time.
    #[serde(default)]
    pub body_contains: Option<String>,
}

/// Visibility extension while a message is processed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heartbeat {
    /// Seconds between ChangeMessageVisibility calls.
    pub every_s: u32,
    /// The VisibilityTimeout each call sets (counted from the call).
    pub visibility_timeout_s: u32,
}

/// What a consumer is: plain data, as the page or a script describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsumerSpec {
    pub name: String,
    pub queue_url: String,
    /// The account it calls as (the default account when absent).
    #[serde(default)]
    pub account_id: Option<String>,
    /// 0 = short polling; 1-20 = long polling.
    #[serde(default)]
    pub wait_time_seconds: u32,
    /// MaxNumberOfMessages, 1-10.
    pub max_number_of_messages: u32,
    /// VisibilityTimeout on each receive (the queue's when absent).
    #[serde(default)]
    pub visibility_timeout_s: Option<u32>,
    pub processing: ProcessingTime,
    #[serde(default)]
    pub failure: FailureRule,
    #[serde(default)]
    pub heartbeat: Option<Heartbeat>,
    /// Pause after an empty short poll (or an error) before polling again.
    #[serde(default = "default_pause_ms")]
    pub empty_pause_ms: u64,
}

fn default_pause_ms() -> u64 {
    1_000
}

impl ConsumerSpec {
    /// A long-polling (20 s) consumer of up to 10 messages that takes `ms` per message.
    pub fn new(name: &str, queue_url: &str, ms: u64) -> Self {
        ConsumerSpec {
            name: name.into(),
            queue_url: queue_url.into(),
            account_id: None,
            wait_time_seconds: 20,
            max_number_of_messages: 10,
            visibility_timeout_s: None,
            processing: ProcessingTime::Fixed { ms },
            failure: FailureRule::default(),
            heartbeat: None,
            empty_pause_ms: default_pause_ms(),
        }
    }
}

/// A message the consumer holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Held {
    pub receipt_handle: String,
    pub body: String,
}

/// A consumer's running state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consumer {
    pub spec: ConsumerSpec,
    pub state: ClientState,
    pub counters: ClientCounters,
    /// Bumped on every step; timers carrying an older serial are stale.
    pub(crate) serial: u64,
    /// The parked ReceiveMessage this consumer waits on.
    pub(crate) poll_call: Option<u64>,
    pub(crate) current: Option<Held>,
    pub(crate) batch: VecDeque<Held>,
}

impl Consumer {
    pub(crate) fn new(spec: ConsumerSpec) -> Self {
        Consumer {
            spec,
            state: ClientState::Stopped,
            counters: ClientCounters::default(),
            serial: 0,
            poll_call: None,
            current: None,
            batch: VecDeque::new(),
        }
    }

    pub(crate) fn view(&self, id: u32) -> ClientView {
        ClientView {
            id: super::ClientId(id),
            kind: "consumer",
            name: self.spec.name.clone(),
            target: self.spec.queue_url.clone(),
            state: self.state,
            counters: self.counters,
        }
    }

    pub(crate) fn check_invariants(&self, id: u32) {
        match self.state {
            ClientState::Processing => {
                assert!(self.current.is_some(), "consumer {id} processes nothing")
            }
            ClientState::Crashed | ClientState::Stopped => {
                assert!(
                    self.current.is_none() && self.batch.is_empty() && self.poll_call.is_none(),
                    "consumer {id} is down but holds work"
                )
            }
            _ => assert!(
                self.current.is_none(),
                "consumer {id} holds a message while not processing"
            ),
        }
        let c = &self.counters;
        assert!(
            c.processed + c.failed + c.abandoned <= c.received,
            "consumer {id} finished more than it received"
        );
    }

    /// Moves to a fresh step: stale timers of the old one are ignored.
    fn bump(&mut self) -> u64 {
        self.serial += 1;
        self.serial
    }

    /// Drops everything held (crash or stop); returns how many messages.
    fn abandon(&mut self) -> u32 {
        let n = self.batch.len() + usize::from(self.current.is_some());
        self.batch.clear();
        self.current = None;
        self.poll_call = None;
        self.counters.abandoned += n as u64;
        n as u32
    }
}

fn wake(world: &mut World, id: u32, serial: u64, delay_ms: u64) {
    world.sim.schedule_in(
        delay_ms,
        Timer::Client(ClientTimer::Wake { client: id, serial }),
    );
}

fn record(world: &mut World, e: ClientEvent) {
    world.sim.record(Event::Client(e));
}

/// Starts (or restarts after a crash or stop): polls at once.
pub(crate) fn start(world: &mut World, id: u32, c: &mut Consumer, restarted: bool) {
    if !matches!(c.state, ClientState::Stopped | ClientState::Crashed) {
        return;
    }
    c.state = ClientState::Polling;
    let serial = c.bump();
    record(
        world,
        if restarted {
            ClientEvent::Restarted { client: id }
        } else {
            ClientEvent::Started { client: id }
        },
    );
    wake(world, id, serial, 0);
}

/// Crashes (or stops) the consumer: what it holds is abandoned.
pub(crate) fn halt(world: &mut World, id: u32, c: &mut Consumer, crash: bool) {
    if matches!(c.state, ClientState::Stopped | ClientState::Crashed) {
        return;
    }
    let abandoned = c.abandon();
    c.bump();
    c.state = if crash {
        ClientState::Crashed
    } else {
        ClientState::Stopped
    };
    record(
        world,
        if crash {
            ClientEvent::Crashed {
                client: id,
                abandoned,
            }
        } else {
            ClientEvent::Stopped { client: id }
        },
    );
}

/// A timer of this consumer fired.
pub(crate) fn fire(world: &mut World, id: u32, c: &mut Consumer, timer: ClientTimer) {
    match timer {
        ClientTimer::Wake { serial, .. } if serial == c.serial => match c.state {
            ClientState::Polling | ClientState::Idle => poll(world, id, c),
            ClientState::Processing => finish(world, id, c),
            _ => {}
        },
        ClientTimer::Heartbeat { serial, .. } if serial == c.serial => heartbeat(world, id, c),
        ClientTimer::PollDone { call, .. } => {
            let result = world.clients.results.remove(&call);
            if c.poll_call == Some(call) && c.state == ClientState::Polling {
                c.poll_call = None;
                if let Some(r) = result {
                    received(world, id, c, r.map(|v| messages(&v)).map_err(|_| ()));
                }
            } else if let Some(Ok(v)) = result {
                // A poll issued before a crash: its messages are in flight
                // with no one to process them; they return after the timeout.
                let n = messages(&v).len() as u64;
                c.counters.received += n;
                c.counters.abandoned += n;
            }
        }
        _ => {}
    }
}

fn messages(v: &Value) -> Vec<Held> {
    v.get("Messages")
        .and_then(Value::as_array)
        .map(|ms| {
            ms.iter()
                .map(|m| Held {
                    receipt_handle: m["ReceiptHandle"].as_str().unwrap_or("").to_string(),
                    body: m["Body"].as_str().unwrap_or("").to_string(),
                })
                .collect()
        })
        .unwrap_or_default()
}

fn poll(world: &mut World, id: u32, c: &mut Consumer) {
    c.state = ClientState::Polling;
    let input = crate::sqs::ReceiveMessageInput {
        queue_url: c.spec.queue_url.clone(),
        max_number_of_messages: Some(i64::from(c.spec.max_number_of_messages)),
        wait_time_seconds: Some(i64::from(c.spec.wait_time_seconds)),
        visibility_timeout: c.spec.visibility_timeout_s.map(i64::from),
        ..Default::default()
    };
    let caller = caller_of(&c.spec.account_id);
    let (call, r) =
        world.sqs_direct(|sqs, sim, call| (call, sqs.receive_message(sim, &caller, input, call)));
    match r {
        Some(Ok(out)) => {
            let held = out
                .messages
                .into_iter()
                .map(|m| Held {
                    receipt_handle: m.receipt_handle,
                    body: m.body,
                })
                .collect();
            received(world, id, c, Ok(held))
        }
        Some(Err(_)) => received(world, id, c, Err(())),
        None => {
            world.clients.waiting.insert(call.0, id);
            c.poll_call = Some(call.0);
        }
    }
}

fn received(world: &mut World, id: u32, c: &mut Consumer, r: Result<Vec<Held>, ()>) {
    let ok = r.is_ok();
    let held = r.unwrap_or_default();
    if held.is_empty() {
        // Nothing (or an error): poll again; a long poll already waited.
        let pause = if ok && c.spec.wait_time_seconds > 0 {
            1
        } else {
            c.spec.empty_pause_ms.max(1)
        };
        c.state = ClientState::Polling;
        let serial = c.bump();
        wake(world, id, serial, pause);
        return;
    }
    c.counters.received += held.len() as u64;
    record(
        world,
        ClientEvent::Received {
            client: id,
            count: held.len() as u32,
        },
    );
    c.batch = held.into();
    next(world, id, c);
}

/// Starts on the next held message, or polls again when none is left.
fn next(world: &mut World, id: u32, c: &mut Consumer) {
    let Some(m) = c.batch.pop_front() else {
        c.current = None;
        poll(world, id, c);
        return;
    };
    c.current = Some(m);
    c.state = ClientState::Processing;
    let ms = draw_processing_ms(&mut world.sim.rng, &c.spec.processing);
    let serial = c.bump();
    wake(world, id, serial, ms);
    if let Some(h) = &c.spec.heartbeat {
        let every = u64::from(h.every_s.max(1)) * 1000;
        if every < ms {
            world.sim.schedule_in(
                every,
                Timer::Client(ClientTimer::Heartbeat { client: id, serial }),
            );
        }
    }
}

fn finish(world: &mut World, id: u32, c: &mut Consumer) {
    let Some(m) = c.current.take() else { return };
    let poison = c
        .spec
        .failure
        .body_contains
        .as_ref()
        .is_some_and(|x| m.body.contains(x.as_str()));
    let failed = poison
        || (c.spec.failure.rate_ppm > 0 && world.sim.rng.chance_ppm(c.spec.failure.rate_ppm));
    if failed {
        c.counters.failed += 1;
        record(world, ClientEvent::Failed { client: id });
    } else {
        let caller = caller_of(&c.spec.account_id);
        let input = crate::sqs::DeleteMessageInput {
            queue_url: c.spec.queue_url.clone(),
            receipt_handle: m.receipt_handle,
        };
        match world.sqs_direct(|sqs, sim, _| sqs.delete_message(sim, &caller, input)) {
            Ok(()) => {
                c.counters.processed += 1;
                record(world, ClientEvent::Processed { client: id });
            }
            _ => {
                c.counters.failed += 1;
                record(world, ClientEvent::Failed { client: id });
            }
        }
    }
    next(world, id, c);
}

fn heartbeat(world: &mut World, id: u32, c: &mut Consumer) {
    let (Some(m), Some(h)) = (&c.current, &c.spec.heartbeat) else {
        return;
    };
    let caller = caller_of(&c.spec.account_id);
    let input = crate::sqs::ChangeMessageVisibilityInput {
        queue_url: c.spec.queue_url.clone(),
        receipt_handle: m.receipt_handle.clone(),
        visibility_timeout: i64::from(h.visibility_timeout_s),
    };
    let timeout_s = h.visibility_timeout_s;
    let every = u64::from(h.every_s.max(1)) * 1000;
    if world
        .sqs_direct(|sqs, sim, _| sqs.change_message_visibility(sim, &caller, input))
        .is_ok()
    {
        record(
            world,
            ClientEvent::Extended {
                client: id,
                timeout_s,
            },
        );
    }
    world.sim.schedule_in(
        every,
        Timer::Client(ClientTimer::Heartbeat {
            client: id,
            serial: c.serial,
        }),
    );
}

/// One processing time, in ms, from the world's generator (no draw for Fixed).
pub fn draw_processing_ms(rng: &mut crate::sim::SimRng, p: &ProcessingTime) -> u64 {
    match *p {
        ProcessingTime::Fixed { ms } => ms,
        ProcessingTime::Uniform { min_ms, max_ms } => {
            let (lo, hi) = (min_ms.min(max_ms), min_ms.max(max_ms));
            lo + rng.below(hi - lo + 1)
        }
        ProcessingTime::Exponential { mean_ms } => {
            // u in (0, 1]; -mean * ln(u), with `ln` computed by basic IEEE
            // operations only so native and wasm agree bit for bit.
            let u = (rng.below(1 << 53) + 1) as f64 / (1u64 << 53) as f64;
            let x = -(mean_ms as f64) * portable_ln(u);
            // Capped at 100 means: a bound on everything.
            (x.round() as u64).min(mean_ms.saturating_mul(100))
        }
    }
}

/// Natural log for x in (0, 1], from +, -, *, / only (platform `ln` may differ
/// in the last bit between libms): x = m * 2^e with m in [1, 2), then
/// ln m = 2 atanh((m-1)/(m+1)) by its series.
pub fn portable_ln(x: f64) -> f64 {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64 - 1023;
    let m = f64::from_bits((bits & ((1u64 << 52) - 1)) | (1023u64 << 52));
    let t = (m - 1.0) / (m + 1.0);
    let t2 = t * t;
    let mut term = t;
    let mut sum = 0.0;
    let mut k = 1.0;
    for _ in 0..30 {
        sum += term / k;
        term *= t2;
        k += 2.0;
    }
    2.0 * sum + (e as f64) * std::f64::consts::LN_2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portable_ln_matches_ln() {
        for x in [1.0, 0.5, 0.1, 0.999, 1e-9, 0.75] {
            assert!((portable_ln(x) - f64::ln(x)).abs() < 1e-12, "{x}");
        }
    }
}
