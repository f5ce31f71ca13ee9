//! Simulated Kinesis Client Library applications: workers sharing a stream's
//! shards through a lease table, as KCL 2.x does it.
//!
//! - **The lease table** is the DynamoDB table KCL keeps per application (named
//!   after the application): one item per shard with `leaseKey` (the shard id),
//!   `leaseOwner` (a worker id), `leaseCounter` (bumped by every renewal and
//!   every take), `checkpoint` (`TRIM_HORIZON`, `LATEST`, a sequence number or
//!   `SHARD_END`), `ownerSwitchesSinceCheckpoint` and `parentShardId`s. It is
//!   kept here as plain data (DynamoDB is not one of our services) and shown in
//!   the page as that table.
//! - **Renewal and taking.** Each worker renews its leases every
//!   `failoverTimeMillis / 3 - 25 ms` and runs the lease taker every
//!   `(failoverTimeMillis + 25 ms) * 2` (KCL's `LeaseCoordinator` defaults,
//!   failoverTimeMillis = 10 s, epsilon 25 ms). A lease not renewed for
//!   failoverTimeMillis is expired. The taker counts the workers that hold an
//!   unexpired lease (plus itself), aims at `ceil(leases / workers)` leases,
//!   takes expired or unowned leases first (in random order, as KCL shuffles
//!   them) and otherwise steals one lease from the most loaded worker when
//!   that worker holds more than the target (or exactly the target while the
//!   taker is two or more short) — KCL's `maxLeasesToStealAtOneTime` = 1. With
//!   4 shards that gives 2+2 over two workers, 2+1+1 over three and 1 each over
//!   four, as the notes say. A stolen lease is noticed by its old owner at its
//!   next renewal (the counter moved), which then stops that shard; a
//!   checkpoint by a worker that no longer owns the lease is refused, as KCL's
//!   conditional update refuses it.
//! - **Shard consumers.** For every lease it holds a worker reads the shard
//!   from the lease's checkpoint: `AFTER_SEQUENCE_NUMBER` of the checkpoint, or
//!   the initial position. A shard whose parents' leases have not reached
//!   `SHARD_END` waits (children are processed only after their parents). Classic
//!   retrieval is GetShardIterator then GetRecords every
//!   `idleTimeBetweenReadsInMillis` (KCL's polling default 1 s, up to
//!   `maxRecords` 10,000), sharing the shard's read limits with every other
//!   classic reader; enhanced fan-out registers the application as a stream
//!   consumer and reads pushed SubscribeToShard events, renewing the
//!   subscription when it ends. A batch is processed for a drawn time and then
//!   checkpointed. At the end of a closed shard the lease is checkpointed
//!   `SHARD_END` and leases are created for its children (checkpoint
//!   `TRIM_HORIZON`).
//! - **Crash and failover.** A crashed worker stops renewing; after
//!   failoverTimeMillis its leases are expired and other workers take them,
//!   resuming after the last checkpoint — records processed but not yet
//!   checkpointed are processed again (KCL's at-least-once), none is skipped.
//!
//! Simplifications, said here: finished (`SHARD_END`) leases are kept in the
//! table for the page but not counted when balancing (KCL's lease cleanup
//! deletes them once the children have started); stopping a worker leaves its
//! leases to expire as a crash does (no graceful hand-over); pushed events are
//! read every 200 ms and processed in order without back-pressure on the
//! subscription.

use super::consumer::{draw_processing_ms, ProcessingTime};
use super::{caller_of, ClientCounters, ClientEvent, ClientState, ClientTimer, ClientView};
use crate::kinesis::stream::Stream;
use crate::model::Service;
use crate::sim::{Event, Timer};
use crate::world::{CallOutcome, World};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::{BTreeMap, VecDeque};

/// KCL's default failoverTimeMillis.
pub const FAILOVER_MS: u64 = 10_000;
/// KCL's epsilonMillis.
const EPSILON_MS: u64 = 25;
/// KCL's polling default idleTimeBetweenReadsInMillis.
pub const IDLE_BETWEEN_READS_MS: u64 = 1_000;
/// KCL's polling default maxRecords.
pub const MAX_RECORDS: u32 = 10_000;
/// How often an enhanced fan-out shard consumer reads its pushed events (the
/// engine pushes every 200 ms).
const FAN_OUT_READ_MS: u64 = crate::kinesis::limits::SUBSCRIPTION_TICK_MS;
/// Wait before retrying after an error (a consumer not yet ACTIVE, a failed call).
const RETRY_MS: u64 = 1_000;
/// Pushed records a shard consumer holds unprocessed: a bound on everything.
const PENDING_MAX: usize = 100_000;

/// How a worker reads its shards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Retrieval {
    /// GetRecords every `idle_between_reads_ms`, up to `max_records` a call.
    Polling {
        idle_between_reads_ms: u64,
        max_records: u32,
    },
    /// SubscribeToShard as a registered stream consumer named after the application.
    FanOut,
}

/// Where a shard with no checkpoint starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InitialPosition {
    TrimHorizon,
    Latest,
}

impl InitialPosition {
    fn checkpoint(self) -> &'static str {
        match self {
            InitialPosition::TrimHorizon => "TRIM_HORIZON",
            InitialPosition::Latest => "LATEST",
        }
    }
}

/// A KCL application: the stream it reads and how its workers behave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KclAppSpec {
    /// The application name, which names the lease table.
    pub name: String,
    pub stream_name: String,
    #[serde(default)]
    pub account_id: Option<String>,
    pub retrieval: Retrieval,
    pub initial_position: InitialPosition,
    /// Time to process one batch of records (processRecords).
    pub processing: ProcessingTime,
    #[serde(default = "default_failover")]
    pub failover_ms: u64,
}

fn default_failover() -> u64 {
    FAILOVER_MS
}

impl KclAppSpec {
    /// A polling application with KCL's defaults and `ms` per batch.
    pub fn polling(name: &str, stream_name: &str, ms: u64) -> Self {
        KclAppSpec {
            name: name.into(),
            stream_name: stream_name.into(),
            account_id: None,
            retrieval: Retrieval::Polling {
                idle_between_reads_ms: IDLE_BETWEEN_READS_MS,
                max_records: MAX_RECORDS,
            },
            initial_position: InitialPosition::TrimHorizon,
            processing: ProcessingTime::Fixed { ms },
            failover_ms: FAILOVER_MS,
        }
    }

    fn renew_every_ms(&self) -> u64 {
        (self.failover_ms / 3).saturating_sub(EPSILON_MS).max(1)
    }

    fn take_every_ms(&self) -> u64 {
        (self.failover_ms + EPSILON_MS) * 2
    }
}

/// One item of the lease table, with DynamoDB's attribute names in the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lease {
    pub lease_key: String,
    pub lease_owner: Option<String>,
    pub lease_counter: u64,
    pub checkpoint: String,
    pub owner_switches_since_checkpoint: u64,
    pub parent_shard_ids: Vec<String>,
    /// When the counter last moved (what a taker observes to judge expiry).
    pub renewed_ms: u64,
}

/// An application's lease table and what its workers share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaseTable {
    pub spec: KclAppSpec,
    pub leases: BTreeMap<String, Lease>,
    /// The stream consumer's ARN (enhanced fan-out), once registered.
    pub consumer_arn: Option<String>,
    /// Leases were created for the stream's shards.
    pub synced: bool,
}

impl LeaseTable {
    fn expired(&self, l: &Lease, now: u64) -> bool {
        l.lease_owner.is_none() || now >= l.renewed_ms + self.spec.failover_ms
    }

    /// The shard's parents are all finished (or have no lease).
    fn parents_done(&self, shard: &str) -> bool {
        self.leases.get(shard).is_some_and(|l| {
            l.parent_shard_ids.iter().all(|p| {
                self.leases
                    .get(p)
                    .is_none_or(|pl| pl.checkpoint == "SHARD_END")
            })
        })
    }

    /// Leases `owner` holds and has not let expire.
    pub fn held_by(&self, owner: &str, now: u64) -> Vec<String> {
        self.leases
            .values()
            .filter(|l| l.lease_owner.as_deref() == Some(owner) && !self.expired(l, now))
            .map(|l| l.lease_key.clone())
            .collect()
    }
}

/// What a worker is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KclWorkerSpec {
    /// The worker id written as `leaseOwner`.
    pub name: String,
    /// The application (lease table) it belongs to.
    pub app: String,
}

/// A record read and not yet processed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Pending {
    sequence_number: String,
    bytes: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ShardPhase {
    /// Its parents have not reached SHARD_END yet.
    WaitingForParents,
    Reading,
    Processing,
}

/// A worker's consumer of one leased shard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardWork {
    pub phase: ShardPhase,
    serial: u64,
    iterator: Option<String>,
    subscription: Option<u32>,
    /// The classic iterator or subscription reached the end of a closed shard.
    at_end: bool,
    pending: VecDeque<Pending>,
    /// The batch being processed: its last sequence number and size.
    batch: Option<(String, u32)>,
    pub millis_behind_latest: u64,
    pub processed: u64,
}

/// A KCL worker's running state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KclWorker {
    pub spec: KclWorkerSpec,
    pub state: ClientState,
    pub counters: ClientCounters,
    serial: u64,
    next_take_ms: u64,
    pub shards: BTreeMap<String, ShardWork>,
}

impl KclWorker {
    pub(crate) fn new(spec: KclWorkerSpec) -> Self {
        KclWorker {
            spec,
            state: ClientState::Stopped,
            counters: ClientCounters::default(),
            serial: 0,
            next_take_ms: 0,
            shards: BTreeMap::new(),
        }
    }

    pub(crate) fn view(&self, id: u32, stream: &str) -> ClientView {
        ClientView {
            id: super::ClientId(id),
            kind: "kcl worker",
            name: self.spec.name.clone(),
            target: stream.to_string(),
            state: self.state,
            counters: self.counters,
        }
    }

    fn refresh_state(&mut self) {
        if matches!(self.state, ClientState::Stopped | ClientState::Crashed) {
            return;
        }
        self.state = if self
            .shards
            .values()
            .any(|s| s.phase == ShardPhase::Processing)
        {
            ClientState::Processing
        } else if self.shards.is_empty() {
            ClientState::Idle
        } else {
            ClientState::Polling
        };
    }
}

fn record(world: &mut World, e: ClientEvent) {
    world.sim.record(Event::Client(e));
}

fn shard_index(shard: &str) -> u32 {
    Stream::parse_shard_id(shard).unwrap_or(u32::MAX)
}

fn app_of<'a>(world: &'a mut World, w: &KclWorker) -> Option<&'a mut LeaseTable> {
    world.clients.kcl_apps.get_mut(&w.spec.app)
}

fn spec_of(world: &World, w: &KclWorker) -> Option<KclAppSpec> {
    world
        .clients
        .kcl_apps
        .get(&w.spec.app)
        .map(|t| t.spec.clone())
}

/// Starts (or restarts) a worker: it syncs the lease table if nobody has,
/// then renews and takes leases at once.
pub(crate) fn start(world: &mut World, id: u32, w: &mut KclWorker, restarted: bool) {
    if !matches!(w.state, ClientState::Stopped | ClientState::Crashed) {
        return;
    }
    w.state = ClientState::Idle;
    w.serial += 1;
    w.next_take_ms = world.sim.now.as_ms();
    record(
        world,
        if restarted {
            ClientEvent::Restarted { client: id }
        } else {
            ClientEvent::Started { client: id }
        },
    );
    world.sim.schedule_in(
        0,
        Timer::Client(ClientTimer::Lease {
            client: id,
            serial: w.serial,
        }),
    );
}

/// Crashes or stops a worker: its shard consumers end at once, its leases are
/// left to expire.
pub(crate) fn halt(world: &mut World, id: u32, w: &mut KclWorker, crash: bool) {
    if matches!(w.state, ClientState::Stopped | ClientState::Crashed) {
        return;
    }
    let abandoned: u64 = w.shards.values().map(|s| s.pending.len() as u64).sum();
    w.counters.abandoned += abandoned;
    w.shards.clear();
    w.serial += 1;
    w.state = if crash {
        ClientState::Crashed
    } else {
        ClientState::Stopped
    };
    record(
        world,
        if crash {
            ClientEvent::Crashed {
                client: id,
                abandoned: abandoned as u32,
            }
        } else {
            ClientEvent::Stopped { client: id }
        },
    );
}

pub(crate) fn fire(world: &mut World, id: u32, w: &mut KclWorker, timer: ClientTimer) {
    if matches!(w.state, ClientState::Stopped | ClientState::Crashed) {
        return;
    }
    match timer {
        ClientTimer::Lease { serial, .. } if serial == w.serial => lease_tick(world, id, w),
        ClientTimer::Shard { shard, serial, .. } => {
            let key = Stream::shard_id(shard);
            if w.shards.get(&key).is_some_and(|s| s.serial == serial) {
                shard_step(world, id, w, &key);
            }
        }
        _ => {}
    }
    w.refresh_state();
}

/// Renewal, then (when due) the lease taker, then a consumer for every lease held.
fn lease_tick(world: &mut World, id: u32, w: &mut KclWorker) {
    let Some(spec) = spec_of(world, w) else {
        return;
    };
    let now = world.sim.now.as_ms();
    sync_leases(world, w, &spec);
    // Renew what we hold; a lease whose owner changed was stolen.
    let me = w.spec.name.clone();
    let mut lost = Vec::new();
    if let Some(t) = app_of(world, w) {
        for key in w.shards.keys() {
            match t.leases.get_mut(key) {
                Some(l) if l.lease_owner.as_deref() == Some(me.as_str()) => {
                    l.lease_counter += 1;
                    l.renewed_ms = now;
                }
                _ => lost.push(key.clone()),
            }
        }
    }
    for key in lost {
        w.shards.remove(&key);
        record(
            world,
            ClientEvent::LeaseLost {
                client: id,
                shard: shard_index(&key),
            },
        );
    }
    if now >= w.next_take_ms {
        w.next_take_ms = now + spec.take_every_ms();
        take_leases(world, id, w);
    }
    // Start a consumer for every lease held without one.
    let held = world
        .clients
        .kcl_apps
        .get(&w.spec.app)
        .map(|t| t.held_by(&me, now))
        .unwrap_or_default();
    for key in held {
        if !w.shards.contains_key(&key) {
            let done = world.clients.kcl_apps[&w.spec.app].leases[&key].checkpoint == "SHARD_END";
            if !done {
                start_shard(world, id, w, &key);
            }
        }
    }
    world.sim.schedule_in(
        spec.renew_every_ms(),
        Timer::Client(ClientTimer::Lease {
            client: id,
            serial: w.serial,
        }),
    );
}

/// Creates leases for the stream's shards the first time a worker starts
/// (open shards at the initial position; with TRIM_HORIZON also the closed
/// shards still in retention, so that nothing is skipped).
fn sync_leases(world: &mut World, w: &KclWorker, spec: &KclAppSpec) {
    if world
        .clients
        .kcl_apps
        .get(&w.spec.app)
        .is_none_or(|t| t.synced)
    {
        return;
    }
    let Some(shards) = list_shards(world, spec) else {
        return;
    };
    let now = world.sim.now.as_ms();
    let Some(t) = app_of(world, w) else { return };
    for (shard, parents, open) in shards {
        if !open && spec.initial_position == InitialPosition::Latest {
            continue;
        }
        t.leases.entry(shard.clone()).or_insert(Lease {
            lease_key: shard,
            lease_owner: None,
            lease_counter: 0,
            checkpoint: spec.initial_position.checkpoint().to_string(),
            owner_switches_since_checkpoint: 0,
            parent_shard_ids: parents,
            renewed_ms: now,
        });
    }
    t.synced = true;
}

/// ListShards: (shard id, parent ids, open) of every shard in retention.
fn list_shards(world: &mut World, spec: &KclAppSpec) -> Option<Vec<(String, Vec<String>, bool)>> {
    let caller = caller_of(&spec.account_id);
    let shards =
        super::shards::list_shards(world, &caller, json!({"StreamName": spec.stream_name}))?;
    Some(
        shards
            .into_iter()
            .map(|s| (s.id, s.parents, s.open))
            .collect(),
    )
}

/// KCL's lease taker (see the module notes).
fn take_leases(world: &mut World, id: u32, w: &mut KclWorker) {
    let now = world.sim.now.as_ms();
    let me = w.spec.name.clone();
    let Some(t) = world.clients.kcl_apps.get(&w.spec.app) else {
        return;
    };
    let live: Vec<&Lease> = t
        .leases
        .values()
        .filter(|l| l.checkpoint != "SHARD_END")
        .collect();
    if live.is_empty() {
        return;
    }
    let mut load: BTreeMap<&str, usize> = BTreeMap::new();
    for l in &live {
        if !t.expired(l, now) {
            *load
                .entry(l.lease_owner.as_deref().unwrap_or(""))
                .or_default() += 1;
        }
    }
    let mine = load.get(me.as_str()).copied().unwrap_or(0);
    let workers = load.len() + usize::from(mine == 0);
    let target = live.len().div_ceil(workers).max(1);
    if mine >= target {
        return;
    }
    let needed = target - mine;
    let mut expired: Vec<String> = live
        .iter()
        .filter(|l| t.expired(l, now))
        .map(|l| l.lease_key.clone())
        .collect();
    // (lease, previous owner, stolen from a live owner)
    let mut take: Vec<(String, Option<String>, bool)> = Vec::new();
    if !expired.is_empty() {
        // KCL shuffles the expired leases before taking.
        for i in (1..expired.len()).rev() {
            let j = world.sim.rng.below(i as u64 + 1) as usize;
            expired.swap(i, j);
        }
        let t = &world.clients.kcl_apps[&w.spec.app];
        for key in expired.into_iter().take(needed) {
            let prev = t.leases[&key].lease_owner.clone();
            take.push((key, prev, false));
        }
    } else {
        let t = &world.clients.kcl_apps[&w.spec.app];
        let most = load
            .iter()
            .filter(|(o, _)| **o != me.as_str())
            .max_by_key(|(o, n)| (**n, std::cmp::Reverse(**o)));
        if let Some((owner, &n)) = most {
            if n > target || (n == target && needed > 1) {
                let owner = owner.to_string();
                let theirs: Vec<String> = t.held_by(&owner, now);
                let pick = world.sim.rng.below(theirs.len() as u64) as usize;
                take.push((theirs[pick].clone(), Some(owner), true));
            }
        }
    }
    let names: BTreeMap<String, u32> = world
        .clients
        .workers
        .iter()
        .filter(|(_, x)| x.spec.app == w.spec.app)
        .map(|(i, x)| (x.spec.name.clone(), *i))
        .collect();
    for (key, prev, stolen) in take {
        let t = world.clients.kcl_apps.get_mut(&w.spec.app).expect("app");
        let l = t.leases.get_mut(&key).expect("lease");
        l.lease_owner = Some(me.clone());
        l.lease_counter += 1;
        l.owner_switches_since_checkpoint += 1;
        l.renewed_ms = now;
        let from = prev.as_ref().and_then(|p| names.get(p).copied());
        record(
            world,
            ClientEvent::LeaseTaken {
                client: id,
                shard: shard_index(&key),
                from,
                stolen,
            },
        );
    }
}

/// Begins consuming a leased shard.
fn start_shard(world: &mut World, id: u32, w: &mut KclWorker, key: &str) {
    w.serial += 1;
    let work = ShardWork {
        phase: ShardPhase::WaitingForParents,
        serial: w.serial,
        iterator: None,
        subscription: None,
        at_end: false,
        pending: VecDeque::new(),
        batch: None,
        millis_behind_latest: 0,
        processed: 0,
    };
    w.shards.insert(key.to_string(), work);
    shard_step(world, id, w, key);
}

fn schedule_shard(world: &mut World, id: u32, work: &mut ShardWork, shard: &str, delay: u64) {
    world.sim.schedule_in(
        delay,
        Timer::Client(ClientTimer::Shard {
            client: id,
            shard: shard_index(shard),
            serial: work.serial,
        }),
    );
}

/// One step of a shard consumer, by phase.
fn shard_step(world: &mut World, id: u32, w: &mut KclWorker, key: &str) {
    let Some(spec) = spec_of(world, w) else {
        return;
    };
    let Some(mut work) = w.shards.remove(key) else {
        return;
    };
    let keep = match work.phase {
        ShardPhase::WaitingForParents => {
            let t = &world.clients.kcl_apps[&w.spec.app];
            if t.parents_done(key) {
                work.phase = ShardPhase::Reading;
                read(world, id, w, &spec, key, &mut work)
            } else {
                schedule_shard(world, id, &mut work, key, RETRY_MS);
                true
            }
        }
        ShardPhase::Reading => read(world, id, w, &spec, key, &mut work),
        ShardPhase::Processing => {
            finish_batch(world, id, w, key, &mut work);
            work.phase = ShardPhase::Reading;
            if work.pending.is_empty() && work.at_end {
                shard_end(world, id, w, &spec, key);
                false
            } else {
                let delay = match spec.retrieval {
                    Retrieval::Polling {
                        idle_between_reads_ms,
                        ..
                    } if work.pending.is_empty() => idle_between_reads_ms,
                    _ => 0,
                };
                if delay == 0 && !work.pending.is_empty() {
                    begin_batch(world, id, &spec, key, &mut work);
                } else {
                    schedule_shard(world, id, &mut work, key, delay.max(1));
                }
                true
            }
        }
    };
    if keep {
        w.shards.insert(key.to_string(), work);
    }
}

/// The starting position from the lease's checkpoint.
fn position(world: &World, w: &KclWorker, key: &str) -> Option<(String, Option<String>)> {
    let l = world.clients.kcl_apps.get(&w.spec.app)?.leases.get(key)?;
    Some(match l.checkpoint.as_str() {
        "TRIM_HORIZON" | "LATEST" => (l.checkpoint.clone(), None),
        "SHARD_END" => return None,
        seq => ("AFTER_SEQUENCE_NUMBER".to_string(), Some(seq.to_string())),
    })
}

/// Reads what is next: a GetRecords call, or the pushed events. Returns
/// whether the shard consumer goes on.
fn read(
    world: &mut World,
    id: u32,
    w: &mut KclWorker,
    spec: &KclAppSpec,
    key: &str,
    work: &mut ShardWork,
) -> bool {
    let caller = caller_of(&spec.account_id);
    match spec.retrieval {
        Retrieval::Polling {
            idle_between_reads_ms,
            max_records,
        } => {
            if work.iterator.is_none() {
                let Some((kind, seq)) = position(world, w, key) else {
                    return false;
                };
                let mut input = json!({"StreamName": spec.stream_name, "ShardId": key, "ShardIteratorType": kind});
                if let Some(s) = seq {
                    input["StartingSequenceNumber"] = json!(s);
                }
                match world.call(Service::Kinesis, "GetShardIterator", input, &caller) {
                    CallOutcome::Done(Ok(v)) => {
                        work.iterator = v["ShardIterator"].as_str().map(String::from)
                    }
                    _ => {
                        schedule_shard(world, id, work, key, RETRY_MS);
                        return true;
                    }
                }
            }
            let input = json!({"ShardIterator": work.iterator, "Limit": max_records});
            match world.call(Service::Kinesis, "GetRecords", input, &caller) {
                CallOutcome::Done(Ok(v)) => {
                    work.millis_behind_latest = v["MillisBehindLatest"].as_u64().unwrap_or(0);
                    for r in v["Records"].as_array().into_iter().flatten() {
                        work.pending.push_back(pending_of(r));
                    }
                    work.iterator = v["NextShardIterator"].as_str().map(String::from);
                    work.at_end = work.iterator.is_none();
                    if !work.pending.is_empty() {
                        begin_batch(world, id, spec, key, work);
                    } else if work.at_end {
                        shard_end(world, id, w, spec, key);
                        return false;
                    } else {
                        schedule_shard(world, id, work, key, idle_between_reads_ms.max(1));
                    }
                }
                CallOutcome::Done(Err(e)) => {
                    if e.code == "ExpiredIteratorException" {
                        work.iterator = None;
                    } else if e.code == "ProvisionedThroughputExceededException" {
                        w.counters.throttled += 1;
                        record(
                            world,
                            ClientEvent::ReadThrottled {
                                client: id,
                                shard: shard_index(key),
                            },
                        );
                    }
                    schedule_shard(world, id, work, key, idle_between_reads_ms.max(1));
                }
                CallOutcome::Pending(_) => {
                    schedule_shard(world, id, work, key, RETRY_MS);
                }
            }
            true
        }
        Retrieval::FanOut => fan_out_read(world, id, w, spec, key, work),
    }
}

fn pending_of(r: &Value) -> Pending {
    let data = r["Data"].as_str().unwrap_or("");
    let pad = data.bytes().rev().take_while(|b| *b == b'=').count();
    Pending {
        sequence_number: r["SequenceNumber"].as_str().unwrap_or("").to_string(),
        bytes: ((data.len() / 4 * 3).saturating_sub(pad)
            + r["PartitionKey"].as_str().map_or(0, str::len)) as u64,
    }
}

fn fan_out_read(
    world: &mut World,
    id: u32,
    w: &mut KclWorker,
    spec: &KclAppSpec,
    key: &str,
    work: &mut ShardWork,
) -> bool {
    let Some(arn) = consumer_arn(world, w, spec) else {
        schedule_shard(world, id, work, key, RETRY_MS);
        return true;
    };
    let ended = work
        .subscription
        .is_none_or(|s| world.kinesis.subscription(s).is_none_or(|x| x.ended));
    // Read what was pushed (also from a subscription that just ended).
    if let Some(sid) = work.subscription {
        for ev in world.kinesis.take_subscription_events(sid) {
            work.millis_behind_latest = ev.millis_behind_latest;
            for r in &ev.records {
                work.pending.push_back(pending_of(r));
            }
            if ev.child_shards.is_some() {
                work.at_end = true;
            }
        }
        if work.pending.len() > PENDING_MAX {
            let drop = work.pending.len() - PENDING_MAX;
            work.pending.drain(..drop);
            w.counters.abandoned += drop as u64;
        }
    }
    if ended && !work.at_end {
        // (Re)subscribe after what was read, or from the checkpoint.
        let start = match work.pending.back() {
            Some(p) => {
                json!({"Type": "AFTER_SEQUENCE_NUMBER", "SequenceNumber": p.sequence_number})
            }
            None => match position(world, w, key) {
                Some((kind, Some(seq))) => json!({"Type": kind, "SequenceNumber": seq}),
                Some((kind, None)) => json!({"Type": kind}),
                None => return false,
            },
        };
        let input = json!({"ConsumerARN": arn, "ShardId": key, "StartingPosition": start});
        let caller = caller_of(&spec.account_id);
        let parsed = serde_json::from_value(input).expect("SubscribeToShardInput");
        match world
            .kinesis
            .subscribe_to_shard(&mut world.sim, &caller, parsed)
        {
            Ok(sid) => work.subscription = Some(sid),
            Err(_) => {
                schedule_shard(world, id, work, key, RETRY_MS);
                return true;
            }
        }
    }
    if !work.pending.is_empty() {
        begin_batch(world, id, spec, key, work);
    } else if work.at_end {
        shard_end(world, id, w, spec, key);
        return false;
    } else {
        schedule_shard(world, id, work, key, FAN_OUT_READ_MS);
    }
    true
}

/// The application's stream consumer (registered by the first worker that
/// needs it); None until it is ACTIVE.
fn consumer_arn(world: &mut World, w: &KclWorker, spec: &KclAppSpec) -> Option<String> {
    let caller = caller_of(&spec.account_id);
    let arn = match world
        .clients
        .kcl_apps
        .get(&w.spec.app)?
        .consumer_arn
        .clone()
    {
        Some(a) => a,
        None => {
            let CallOutcome::Done(Ok(d)) = world.call(
                Service::Kinesis,
                "DescribeStreamSummary",
                json!({"StreamName": spec.stream_name}),
                &caller,
            ) else {
                return None;
            };
            let stream_arn = d["StreamDescriptionSummary"]["StreamARN"]
                .as_str()?
                .to_string();
            let input = json!({"StreamARN": stream_arn, "ConsumerName": spec.name});
            let arn = match world.call(Service::Kinesis, "RegisterStreamConsumer", input, &caller) {
                CallOutcome::Done(Ok(v)) => v["Consumer"]["ConsumerARN"].as_str()?.to_string(),
                // Registered already (by an earlier run): describe it.
                _ => {
                    let input = json!({"StreamARN": stream_arn, "ConsumerName": spec.name});
                    let CallOutcome::Done(Ok(v)) =
                        world.call(Service::Kinesis, "DescribeStreamConsumer", input, &caller)
                    else {
                        return None;
                    };
                    v["ConsumerDescription"]["ConsumerARN"]
                        .as_str()?
                        .to_string()
                }
            };
            app_of(world, w)?.consumer_arn = Some(arn.clone());
            arn
        }
    };
    let CallOutcome::Done(Ok(v)) = world.call(
        Service::Kinesis,
        "DescribeStreamConsumer",
        json!({"ConsumerARN": arn}),
        &caller,
    ) else {
        return None;
    };
    (v["ConsumerDescription"]["ConsumerStatus"] == "ACTIVE").then_some(arn)
}

/// Takes up to a GetRecords call's worth of pending records as one batch and
/// processes it for a drawn time.
fn begin_batch(world: &mut World, id: u32, spec: &KclAppSpec, key: &str, work: &mut ShardWork) {
    let n = work.pending.len().min(MAX_RECORDS as usize);
    let last = work.pending[n - 1].sequence_number.clone();
    work.batch = Some((last, n as u32));
    work.phase = ShardPhase::Processing;
    let ms = draw_processing_ms(&mut world.sim.rng, &spec.processing);
    schedule_shard(world, id, work, key, ms.max(1));
}

/// The batch is processed: checkpoint it (if the lease is still ours).
fn finish_batch(world: &mut World, id: u32, w: &mut KclWorker, key: &str, work: &mut ShardWork) {
    let Some((last, n)) = work.batch.take() else {
        return;
    };
    let first = work
        .pending
        .front()
        .map(|p| p.sequence_number.clone())
        .unwrap_or_default();
    let bytes: u64 = work.pending.drain(..n as usize).map(|p| p.bytes).sum();
    w.counters.received += u64::from(n);
    w.counters.processed += u64::from(n);
    w.counters.bytes += bytes;
    work.processed += u64::from(n);
    let checkpointed = checkpoint(world, w, key, &last);
    record(
        world,
        ClientEvent::RecordsProcessed {
            client: id,
            shard: shard_index(key),
            count: n,
            first_sequence_number: first,
            last_sequence_number: last,
            checkpointed,
        },
    );
}

/// A conditional checkpoint: only the lease's owner may write it.
fn checkpoint(world: &mut World, w: &KclWorker, key: &str, value: &str) -> bool {
    let me = w.spec.name.clone();
    let Some(l) = app_of(world, w).and_then(|t| t.leases.get_mut(key)) else {
        return false;
    };
    if l.lease_owner.as_deref() != Some(me.as_str()) {
        return false;
    }
    l.checkpoint = value.to_string();
    l.owner_switches_since_checkpoint = 0;
    true
}

/// The end of a closed shard: checkpoint SHARD_END and create the children's leases.
fn shard_end(world: &mut World, id: u32, w: &mut KclWorker, spec: &KclAppSpec, key: &str) {
    if !checkpoint(world, w, key, "SHARD_END") {
        return;
    }
    record(
        world,
        ClientEvent::ShardEnded {
            client: id,
            shard: shard_index(key),
        },
    );
    let Some(shards) = list_shards(world, spec) else {
        return;
    };
    let now = world.sim.now.as_ms();
    let Some(t) = app_of(world, w) else { return };
    for (shard, parents, _) in shards {
        if parents.iter().any(|p| p == key) {
            t.leases.entry(shard.clone()).or_insert(Lease {
                lease_key: shard,
                lease_owner: None,
                lease_counter: 0,
                checkpoint: "TRIM_HORIZON".into(),
                owner_switches_since_checkpoint: 0,
                parent_shard_ids: parents,
                renewed_ms: now,
            });
        }
    }
}

impl crate::world::World {
    /// Adds a KCL application (its lease table starts empty; the first worker
    /// to start fills it). Refused if the name is taken or the stream is unknown.
    pub fn add_kcl_app(&mut self, spec: KclAppSpec) -> Result<(), String> {
        if spec.name.is_empty() || spec.name.len() > 255 {
            return Err("An application name needs 1 to 255 characters.".into());
        }
        if self.clients.kcl_apps.contains_key(&spec.name) {
            return Err(format!("Application {} already exists.", spec.name));
        }
        let caller = caller_of(&spec.account_id);
        if let CallOutcome::Done(Err(e)) = self.call(
            Service::Kinesis,
            "DescribeStreamSummary",
            json!({"StreamName": spec.stream_name}),
            &caller,
        ) {
            return Err(e.message);
        }
        if spec.failover_ms < 1_000 {
            return Err("failoverTimeMillis must be at least 1000.".into());
        }
        self.clients.kcl_apps.insert(
            spec.name.clone(),
            LeaseTable {
                spec,
                leases: BTreeMap::new(),
                consumer_arn: None,
                synced: false,
            },
        );
        Ok(())
    }

    /// Adds a worker (stopped) to an application; its name is its lease owner id.
    pub fn add_kcl_worker(&mut self, app: &str, name: &str) -> Result<super::ClientId, String> {
        if !self.clients.kcl_apps.contains_key(app) {
            return Err(format!("No application named {app}."));
        }
        if name.is_empty() {
            return Err("A worker needs a name (its lease owner id).".into());
        }
        if self
            .clients
            .workers
            .values()
            .any(|w| w.spec.app == app && w.spec.name == name)
        {
            return Err(format!("Application {app} already has a worker {name}."));
        }
        let id = self.clients.new_id();
        self.clients.workers.insert(
            id,
            KclWorker::new(KclWorkerSpec {
                name: name.into(),
                app: app.into(),
            }),
        );
        Ok(super::ClientId(id))
    }

    /// An application's lease table.
    pub fn lease_table(&self, app: &str) -> Option<&LeaseTable> {
        self.clients.kcl_apps.get(app)
    }
}
