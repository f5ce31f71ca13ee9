//! Client-side code on the world, built only from the public operations
//! (`World::call` with AWS-shaped JSON, as a given account):
//!
//! - `sqs_extended`: the SQS Extended Client Library AWS ships;
//! - `producer`: simulated producers sending to a queue, a topic or a stream at
//!   a rate, with keys drawn from a distribution and Kinesis retries with
//!   exponential backoff and full jitter;
//! - `consumer`: simulated SQS consumers (the EC2 instances of the notes) that
//!   poll, process for a drawn time, delete on success, fail by rule, extend
//!   visibility while they work, crash and restart.
//!
//! Simulated clients are plain serde data kept in `World::clients`, woken by
//! `Timer::Client` on the virtual clock. A long poll a consumer issues is an
//! ordinary parked call: when SQS finishes it, the world hands the result to
//! the consumer (`Clients::waiting`) through a `ClientTimer::PollDone` due at
//! once, instead of leaving it for `World::take_completed`. Every random draw
//! comes from the world's generator, in timer order, so a seed replays exactly.
//! A world with no clients schedules and journals nothing new.

pub mod consumer;
pub mod kcl;
pub mod producer;
pub mod shards;
pub mod sqs_extended;

use crate::world::{CallResult, Caller};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use consumer::{Consumer, ConsumerSpec, FailureRule, Heartbeat, ProcessingTime};
pub use kcl::{InitialPosition, KclAppSpec, KclWorker, Lease, LeaseTable, Retrieval};
pub use producer::{Burst, KeyDistribution, Producer, ProducerSpec, ProducerTarget, PutMode};

/// Identifies a simulated client (producer or consumer) in one world.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ClientId(pub u32);

/// Client timers (payload of `sim::Timer::Client`). A timer carries the
/// client's step serial at scheduling; one whose serial no longer matches (the
/// client crashed, stopped or moved on) is stale and ignored.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ClientTimer {
    /// The client's next step is due (poll, finish a message, send a tick).
    Wake { client: u32, serial: u64 },
    /// A consumer's parked ReceiveMessage finished; its result waits in
    /// `Clients::results`.
    PollDone { client: u32, call: u64 },
    /// A consumer extends the visibility of the message it is working on.
    Heartbeat { client: u32, serial: u64 },
    /// A producer's throttled records are due for another attempt.
    Retry { client: u32 },
    /// A KCL worker renews its leases (and runs its lease taker when due).
    Lease { client: u32, serial: u64 },
    /// A KCL worker's consumer of one shard takes its next step.
    Shard {
        client: u32,
        shard: u32,
        serial: u64,
    },
}

/// Client journal events (payload of `sim::Event::Client`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientEvent {
    /// A producer's call accepted `count` messages or records.
    Produced {
        client: u32,
        count: u32,
    },
    /// `count` records were throttled; the earliest retry is `retry_in_ms` away.
    Throttled {
        client: u32,
        count: u32,
        retry_in_ms: u64,
    },
    /// A producer's call failed with an error it does not retry.
    ProduceFailed {
        client: u32,
        count: u32,
    },
    /// A consumer's ReceiveMessage returned `count` messages.
    Received {
        client: u32,
        count: u32,
    },
    /// A consumer finished a message and deleted it.
    Processed {
        client: u32,
    },
    /// A consumer's processing failed; the message is left to come back after
    /// its visibility timeout.
    Failed {
        client: u32,
    },
    /// A consumer extended a message's visibility while working on it.
    Extended {
        client: u32,
        timeout_s: u32,
    },
    /// A consumer crashed; `abandoned` messages it held stay in flight until
    /// their visibility timeout.
    Crashed {
        client: u32,
        abandoned: u32,
    },
    Restarted {
        client: u32,
    },
    Started {
        client: u32,
    },
    Stopped {
        client: u32,
    },
    Paused {
        client: u32,
    },
    /// A KCL worker took a lease: expired or unowned, or stolen from a live
    /// worker to balance the load.
    LeaseTaken {
        client: u32,
        shard: u32,
        from: Option<u32>,
        stolen: bool,
    },
    /// A KCL worker found at renewal that its lease was taken.
    LeaseLost {
        client: u32,
        shard: u32,
    },
    /// A KCL worker processed a batch of a shard; `checkpointed` unless the
    /// lease had moved on.
    RecordsProcessed {
        client: u32,
        shard: u32,
        count: u32,
        first_sequence_number: String,
        last_sequence_number: String,
        checkpointed: bool,
    },
    /// A KCL worker reached the end of a closed shard (checkpoint SHARD_END).
    ShardEnded {
        client: u32,
        shard: u32,
    },
    /// A KCL worker's GetRecords was throttled by the shard's read limits.
    ReadThrottled {
        client: u32,
        shard: u32,
    },
}

/// A client's state as the page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ClientState {
    Idle,
    Polling,
    Processing,
    Producing,
    BackingOff,
    Paused,
    Stopped,
    Crashed,
}

/// Counters every client keeps (a producer uses the first three, a consumer
/// the last four).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientCounters {
    pub sent: u64,
    pub throttled: u64,
    pub retried: u64,
    /// Producer: sends refused with an error that is not retried.
    pub send_failed: u64,
    pub received: u64,
    pub processed: u64,
    pub failed: u64,
    /// Consumer: messages it held when it crashed or stopped.
    pub abandoned: u64,
    /// KCL worker: bytes of records processed (data and partition keys).
    #[serde(default)]
    pub bytes: u64,
}

/// A read-only snapshot of one client for the page and tests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientView {
    pub id: ClientId,
    /// "producer", "consumer" or "kcl worker".
    pub kind: &'static str,
    pub name: String,
    /// The queue URL, topic ARN or stream name it reads or writes.
    pub target: String,
    pub state: ClientState,
    pub counters: ClientCounters,
}

/// Every simulated client of a world, and the parked calls they wait on.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Clients {
    next_id: u32,
    pub(crate) producers: BTreeMap<u32, Producer>,
    pub(crate) consumers: BTreeMap<u32, Consumer>,
    /// KCL workers, and the applications (lease tables) they belong to.
    #[serde(default)]
    pub(crate) workers: BTreeMap<u32, KclWorker>,
    #[serde(default)]
    pub(crate) kcl_apps: BTreeMap<String, LeaseTable>,
    /// Parked call id -> the consumer that issued it.
    pub(crate) waiting: BTreeMap<u64, u32>,
    /// Finished parked calls not yet handed to their consumer.
    pub(crate) results: BTreeMap<u64, CallResult>,
}

impl Clients {
    /// True when no client was ever added (the world then behaves as before).
    pub fn is_empty(&self) -> bool {
        self.producers.is_empty() && self.consumers.is_empty() && self.workers.is_empty()
    }

    pub(crate) fn new_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Snapshots of every client, by id.
    pub fn views(&self) -> Vec<ClientView> {
        let mut out: Vec<ClientView> = self
            .producers
            .iter()
            .map(|(id, p)| p.view(*id))
            .chain(self.consumers.iter().map(|(id, c)| c.view(*id)))
            .chain(self.workers.iter().map(|(id, w)| self.worker_view(*id, w)))
            .collect();
        out.sort_by_key(|v| v.id);
        out
    }

    /// One client's snapshot.
    pub fn view(&self, id: ClientId) -> Option<ClientView> {
        if let Some(p) = self.producers.get(&id.0) {
            return Some(p.view(id.0));
        }
        if let Some(w) = self.workers.get(&id.0) {
            return Some(self.worker_view(id.0, w));
        }
        self.consumers.get(&id.0).map(|c| c.view(id.0))
    }

    fn worker_view(&self, id: u32, w: &KclWorker) -> ClientView {
        let stream = self
            .kcl_apps
            .get(&w.spec.app)
            .map_or("", |t| t.spec.stream_name.as_str());
        w.view(id, stream)
    }

    /// KCL applications (lease tables) by name.
    pub fn kcl_apps(&self) -> impl Iterator<Item = &LeaseTable> {
        self.kcl_apps.values()
    }

    /// A KCL worker's running state (its shard consumers).
    pub fn worker(&self, id: ClientId) -> Option<&KclWorker> {
        self.workers.get(&id.0)
    }

    /// A client's name, for event sentences.
    pub fn name(&self, id: u32) -> String {
        self.producers
            .get(&id)
            .map(|p| p.spec.name.clone())
            .or_else(|| self.consumers.get(&id).map(|c| c.spec.name.clone()))
            .or_else(|| self.workers.get(&id).map(|w| w.spec.name.clone()))
            .unwrap_or_else(|| format!("client #{id}"))
    }

    /// Panics if client bookkeeping is inconsistent: every waited-on call
    /// belongs to an existing consumer, a polling consumer waits on at most one
    /// call, counters never exceed what came in.
    pub fn check_invariants(&self) {
        for (call, client) in &self.waiting {
            assert!(
                self.consumers.contains_key(client),
                "call {call} waited on by missing consumer {client}"
            );
            assert!(
                !self.results.contains_key(call),
                "call {call} both waiting and finished"
            );
        }
        for (id, c) in &self.consumers {
            c.check_invariants(*id);
            if let Some(call) = c.poll_call {
                assert!(
                    self.waiting.get(&call) == Some(id) || self.results.contains_key(&call),
                    "consumer {id} polls call {call} that nobody tracks"
                );
            }
        }
        for (id, p) in &self.producers {
            p.check_invariants(*id);
        }
    }
}

/// The caller a client spec names (the default account when none).
pub(crate) fn caller_of(account_id: &Option<String>) -> Caller {
    match account_id {
        Some(a) => Caller {
            account_id: a.clone(),
            ..Caller::default()
        },
        None => Caller::default(),
    }
}

/// A sentence for a client event.
pub fn describe_event(world: &crate::world::World, e: &ClientEvent) -> String {
    let n = |id: &u32| world.clients.name(*id);
    match e {
        ClientEvent::Produced { client, count } => format!("{} sent {count}", n(client)),
        ClientEvent::Throttled {
            client,
            count,
            retry_in_ms,
        } => format!(
            "{}: {count} throttled, retry in {}",
            n(client),
            crate::sim::SimTime(*retry_in_ms)
                .to_string()
                .trim_start_matches('+')
        ),
        ClientEvent::ProduceFailed { client, count } => {
            format!("{}: {count} refused (not retried)", n(client))
        }
        ClientEvent::Received { client, count } => format!("{} received {count}", n(client)),
        ClientEvent::Processed { client } => {
            format!("{} processed and deleted a message", n(client))
        }
        ClientEvent::Failed { client } => {
            format!("{} failed a message (left to come back)", n(client))
        }
        ClientEvent::Extended { client, timeout_s } => {
            format!("{} extended visibility to {timeout_s}s", n(client))
        }
        ClientEvent::Crashed { client, abandoned } => {
            format!("{} crashed holding {abandoned} messages", n(client))
        }
        ClientEvent::Restarted { client } => format!("{} restarted", n(client)),
        ClientEvent::Started { client } => format!("{} started", n(client)),
        ClientEvent::Stopped { client } => format!("{} stopped", n(client)),
        ClientEvent::Paused { client } => format!("{} paused", n(client)),
        ClientEvent::LeaseTaken {
            client,
            shard,
            from,
            stolen,
        } => {
            let shard = crate::kinesis::stream::Stream::shard_id(*shard);
            match (from, stolen) {
                (Some(f), true) => {
                    format!("{} stole the lease of {shard} from {}", n(client), n(f))
                }
                (Some(f), false) => format!(
                    "{} took the expired lease of {shard} from {}",
                    n(client),
                    n(f)
                ),
                (None, _) => format!("{} took the lease of {shard}", n(client)),
            }
        }
        ClientEvent::LeaseLost { client, shard } => format!(
            "{} lost the lease of {}",
            n(client),
            crate::kinesis::stream::Stream::shard_id(*shard)
        ),
        ClientEvent::RecordsProcessed {
            client,
            shard,
            count,
            checkpointed,
            ..
        } => format!(
            "{} processed {count} records of {}{}",
            n(client),
            crate::kinesis::stream::Stream::shard_id(*shard),
            if *checkpointed {
                ", checkpointed"
            } else {
                " (checkpoint refused: lease moved)"
            }
        ),
        ClientEvent::ShardEnded { client, shard } => format!(
            "{} reached SHARD_END of {}",
            n(client),
            crate::kinesis::stream::Stream::shard_id(*shard)
        ),
        ClientEvent::ReadThrottled { client, shard } => format!(
            "{}: GetRecords on {} throttled",
            n(client),
            crate::kinesis::stream::Stream::shard_id(*shard)
        ),
    }
}

/// The page's and scripts' handle on simulated clients. Every method acts only
/// through `World::call` (inside the clients) and the virtual clock.
impl crate::world::World {
    /// Adds a producer (stopped; `start_client` sets it going).
    pub fn add_producer(&mut self, spec: ProducerSpec) -> ClientId {
        let id = self.clients.new_id();
        self.clients.producers.insert(id, Producer::new(spec));
        ClientId(id)
    }

    /// Adds a consumer (stopped; `start_client` sets it polling).
    pub fn add_consumer(&mut self, spec: ConsumerSpec) -> ClientId {
        let id = self.clients.new_id();
        self.clients.consumers.insert(id, Consumer::new(spec));
        ClientId(id)
    }

    /// Starts a client (a paused producer resumes at its rate from now).
    pub fn start_client(&mut self, id: ClientId) {
        self.with_client(
            id.0,
            |w, p| producer::start(w, id.0, p),
            |w, c| consumer::start(w, id.0, c, false),
            |w, k| kcl::start(w, id.0, k, false),
        );
    }

    /// Stops a client: a producer makes nothing new (owed retries go on); a
    /// consumer abandons what it holds.
    pub fn stop_client(&mut self, id: ClientId) {
        self.with_client(
            id.0,
            |w, p| producer::halt(w, id.0, p, false),
            |w, c| consumer::halt(w, id.0, c, false),
            |w, k| kcl::halt(w, id.0, k, false),
        );
    }

    /// Pauses a producer (consumers: same as stop).
    pub fn pause_client(&mut self, id: ClientId) {
        self.with_client(
            id.0,
            |w, p| producer::halt(w, id.0, p, true),
            |w, c| consumer::halt(w, id.0, c, false),
            |w, k| kcl::halt(w, id.0, k, false),
        );
    }

    /// Crashes a consumer: its in-flight messages are abandoned and come back
    /// after their visibility timeout. (A producer just stops.)
    pub fn crash_client(&mut self, id: ClientId) {
        self.with_client(
            id.0,
            |w, p| producer::halt(w, id.0, p, false),
            |w, c| consumer::halt(w, id.0, c, true),
            |w, k| kcl::halt(w, id.0, k, true),
        );
    }

    /// Restarts a crashed or stopped client.
    pub fn restart_client(&mut self, id: ClientId) {
        self.with_client(
            id.0,
            |w, p| producer::start(w, id.0, p),
            |w, c| consumer::start(w, id.0, c, true),
            |w, k| kcl::start(w, id.0, k, true),
        );
    }

    /// A client's snapshot.
    pub fn client(&self, id: ClientId) -> Option<ClientView> {
        self.clients.view(id)
    }

    /// A client timer fired.
    pub(crate) fn fire_client(&mut self, t: ClientTimer) {
        let id = match &t {
            ClientTimer::Wake { client, .. }
            | ClientTimer::PollDone { client, .. }
            | ClientTimer::Heartbeat { client, .. }
            | ClientTimer::Retry { client }
            | ClientTimer::Lease { client, .. }
            | ClientTimer::Shard { client, .. } => *client,
        };
        self.with_client(
            id,
            |w, p| producer::fire(w, id, p, t.clone()),
            |w, c| consumer::fire(w, id, c, t.clone()),
            |w, k| kcl::fire(w, id, k, t.clone()),
        );
    }

    /// Runs `on_producer` or `on_consumer` with the client taken out of the
    /// world (so it can call the world) and puts it back.
    fn with_client(
        &mut self,
        id: u32,
        on_producer: impl FnOnce(&mut Self, &mut Producer),
        on_consumer: impl FnOnce(&mut Self, &mut Consumer),
        on_worker: impl FnOnce(&mut Self, &mut KclWorker),
    ) {
        if let Some(mut p) = self.clients.producers.remove(&id) {
            on_producer(self, &mut p);
            self.clients.producers.insert(id, p);
        } else if let Some(mut c) = self.clients.consumers.remove(&id) {
            on_consumer(self, &mut c);
            self.clients.consumers.insert(id, c);
        } else if let Some(mut w) = self.clients.workers.remove(&id) {
            on_worker(self, &mut w);
            self.clients.workers.insert(id, w);
        }
    }

    /// Hands a finished parked call to the consumer waiting on it; `false` if
    /// no client waits on it (it is then the host's, for `take_completed`).
    pub(crate) fn route_completed_to_client(
        &mut self,
        call: crate::world::CallId,
        result: CallResult,
    ) -> Result<(), CallResult> {
        let Some(client) = self.clients.waiting.remove(&call.0) else {
            return Err(result);
        };
        self.clients.results.insert(call.0, result);
        self.sim.schedule_in(
            0,
            crate::sim::Timer::Client(ClientTimer::PollDone {
                client,
                call: call.0,
            }),
        );
        Ok(())
    }
}
