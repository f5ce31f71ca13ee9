//! The wasm build's host: the page's one world, the clock that drives it from
//! wall time, and the JavaScript entry points.
//!
//! `handleAwsRequest({method, url, headers, body})` returns a Promise of
//! `{status, headers, body}` so an AWS SDK for JavaScript v3 client works in the
//! page or in Node through a custom request handler. The page's UI reads and
//! changes the same world through `with_host`.
#![allow(clippy::disallowed_methods)] // host code: the one place wall time is read

use crate::protocol::{self, Handled, HttpRequest, Responder};
use crate::world::{CallId, World};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// The page's world and how its clock runs.
pub struct Host {
    pub world: World,
    /// The clock stands still while paused (a person can still step).
    pub paused: bool,
    /// Virtual milliseconds per wall millisecond (0.1 ... 1000).
    pub speed: f64,
    /// Wall time (ms) of the last tick, to measure how far to move.
    last_wall_ms: Option<f64>,
    /// Virtual time owed but not yet applied (sub-millisecond remainders).
    carry_ms: f64,
    parked: Vec<(CallId, Responder, js_sys::Function)>,
    ticker: Option<gloo_timers::callback::Interval>,
}

thread_local! {
    static HOST: RefCell<Option<Host>> = const { RefCell::new(None) };
}

/// A seed for a fresh page, from the browser's random source; shown on the page
/// so the run can be replayed.
pub fn random_seed() -> u64 {
    let mut b = [0u8; 8];
    if getrandom::fill(&mut b).is_err() {
        return 1;
    }
    u64::from_le_bytes(b) % 1_000_000_000
}

/// Runs `f` with the host, creating it (paused, random seed) on first use.
pub fn with_host<R>(f: impl FnOnce(&mut Host) -> R) -> R {
    HOST.with(|h| {
        let mut h = h.borrow_mut();
        let host = h.get_or_insert_with(|| Host::new(World::new(random_seed())));
        // The page reads the queues' views and the metrics directly: the
        // copies a topic's fan-out deferred go into their queues first (and
        // after, for what `f` published and then reads).
        host.world.settle();
        let r = f(host);
        host.world.settle();
        r
    })
}

fn wall_ms() -> f64 {
    js_sys::Date::now()
}

/// The page's own limits on a world (see `SqsSettings::queue_messages_max`).
fn for_the_page(mut world: World) -> World {
    world.sqs.settings.queue_messages_max = Some(crate::sqs::limits::PAGE_QUEUE_MESSAGES_MAX);
    world
}

impl Host {
    pub fn new(world: World) -> Self {
        Host {
            world: for_the_page(world),
            paused: false,
            speed: 1.0,
            last_wall_ms: None,
            carry_ms: 0.0,
            parked: Vec::new(),
            ticker: None,
        }
    }

    /// Replaces the world (a new seed, a restored save).
    pub fn reset(&mut self, world: World) {
        self.world = for_the_page(world);
        self.last_wall_ms = None;
        self.carry_ms = 0.0;
    }

    /// Moves virtual time by the wall time since the last tick times the speed,
    /// then answers parked calls that finished.
    pub fn tick(&mut self) {
        let now = wall_ms();
        let last = self.last_wall_ms.replace(now).unwrap_or(now);
        if !self.paused {
            let owed = (now - last).max(0.0) * self.speed + self.carry_ms;
            let whole = owed.floor();
            self.carry_ms = owed - whole;
            if whole >= 1.0 {
                let t = self.world.now().plus_ms(whole as u64);
                self.world.advance_to(t);
            }
        }
        self.answer_parked();
    }

    /// Jumps to the next scheduled event (the page's "step").
    pub fn step(&mut self) {
        self.world.advance_to_next_event();
        self.answer_parked();
    }

    fn answer_parked(&mut self) {
        let mut still = Vec::new();
        for (call, responder, resolve) in std::mem::take(&mut self.parked) {
            match self.world.take_completed(call) {
                Some(result) => {
                    let resp = responder.respond(&result);
                    let _ = resolve.call1(&JsValue::NULL, &response_to_js(&resp));
                }
                None => still.push((call, responder, resolve)),
            }
        }
        self.parked = still;
        if self.parked.is_empty() {
            self.ticker = None;
        }
    }

    /// Keeps time moving while calls are parked, even with no page drawing frames
    /// (in Node, say).
    fn ensure_ticker(&mut self) {
        if self.ticker.is_none() {
            self.ticker = Some(gloo_timers::callback::Interval::new(20, || {
                with_host(Host::tick)
            }));
        }
    }
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn request_from_js(req: &JsValue) -> Result<HttpRequest, String> {
    if !req.is_object() {
        return Err("handleAwsRequest takes an object {method, url, headers, body}".into());
    }
    let method = get(req, "method")
        .as_string()
        .unwrap_or_else(|| "POST".into());
    let url = get(req, "url").as_string().unwrap_or_else(|| "/".into());
    // Accept a full URL too: keep path and query.
    let url = match url.find("://") {
        Some(i) => {
            let rest = &url[i + 3..];
            rest.find('/')
                .map(|j| rest[j..].to_string())
                .unwrap_or_else(|| "/".into())
        }
        None => url,
    };
    let mut headers = Vec::new();
    let h = get(req, "headers");
    if h.is_object() {
        if let Ok(entries) = js_sys::Object::entries(h.unchecked_ref()).dyn_into::<js_sys::Array>()
        {
            for e in entries.iter() {
                let pair: js_sys::Array = e.unchecked_into();
                let k = pair.get(0).as_string().unwrap_or_default();
                let v = pair.get(1);
                let v = v
                    .as_string()
                    .or_else(|| v.as_f64().map(|n| n.to_string()))
                    .unwrap_or_default();
                headers.push((k, v));
            }
        }
    }
    let b = get(req, "body");
    let body = if let Some(s) = b.as_string() {
        s.into_bytes()
    } else if b.is_instance_of::<js_sys::Uint8Array>() {
        js_sys::Uint8Array::new(&b).to_vec()
    } else if b.is_undefined() || b.is_null() {
        Vec::new()
    } else {
        return Err("body must be a string or a Uint8Array".into());
    };
    Ok(HttpRequest {
        method,
        url,
        headers,
        body,
    })
}

fn response_to_js(resp: &protocol::HttpResponse) -> JsValue {
    let o = js_sys::Object::new();
    let headers = js_sys::Object::new();
    for (k, v) in &resp.headers {
        let _ = js_sys::Reflect::set(
            &headers,
            &JsValue::from_str(&k.to_ascii_lowercase()),
            &JsValue::from_str(v),
        );
    }
    let _ = js_sys::Reflect::set(
        &o,
        &"status".into(),
        &JsValue::from_f64(f64::from(resp.status)),
    );
    let _ = js_sys::Reflect::set(&o, &"headers".into(), &headers);
    let body = String::from_utf8_lossy(&resp.body).into_owned();
    let _ = js_sys::Reflect::set(&o, &"body".into(), &JsValue::from_str(&body));
    o.into()
}

/// The AWS wire protocols for JavaScript: `{method, url, headers, body}` in, a
/// Promise of `{status, headers, body}` out (body as text).
#[wasm_bindgen(js_name = handleAwsRequest)]
pub fn handle_aws_request(req: JsValue) -> js_sys::Promise {
    let parsed = request_from_js(&req);
    js_sys::Promise::new(&mut |resolve, reject| match &parsed {
        Err(e) => {
            let _ = reject.call1(&JsValue::NULL, &js_sys::Error::new(e));
        }
        Ok(r) => with_host(|host| {
            host.tick();
            match protocol::handle(&mut host.world, r) {
                Handled::Done(resp) => {
                    let _ = resolve.call1(&JsValue::NULL, &response_to_js(&resp));
                }
                Handled::Pending { call, responder } => {
                    host.parked.push((call, responder, resolve.clone()));
                    host.ensure_ticker();
                }
            }
        }),
    })
}

/// Runs one console line (`aws ...`, `sleep N`) and returns its `--jsonl` report.
#[wasm_bindgen(js_name = runCommand)]
pub fn run_command(line: &str) -> JsValue {
    with_host(|h| {
        let r = crate::runner::run_line(&mut h.world, 1, line);
        h.tick();
        match r {
            Some(r) => JsValue::from_str(&serde_json::to_string(&r).unwrap_or_default()),
            None => JsValue::NULL,
        }
    })
}

/// Starts a fresh world with `seed` (paused clock state is kept).
#[wasm_bindgen(js_name = resetWorld)]
pub fn reset_world(seed: f64) {
    with_host(|h| h.reset(World::new(seed.max(0.0) as u64)));
}

/// Virtual time in ms.
#[wasm_bindgen(js_name = nowMs)]
pub fn now_ms() -> f64 {
    with_host(|h| h.world.now().as_ms() as f64)
}

/// Moves the virtual clock on by `ms` at once.
#[wasm_bindgen(js_name = advanceClock)]
pub fn advance_clock(ms: f64) {
    with_host(|h| {
        h.world.sleep_ms(ms.max(0.0) as u64);
        h.answer_parked();
    });
}

/// Sets the clock's speed (0 pauses it).
#[wasm_bindgen(js_name = setSpeed)]
pub fn set_speed(speed: f64) {
    with_host(|h| {
        h.tick();
        h.paused = speed <= 0.0;
        if speed > 0.0 {
            h.speed = speed;
        }
    });
}

/// The journal's digest (16 hex digits) and entry count, for determinism checks.
#[wasm_bindgen(js_name = journalDigest)]
pub fn journal_digest() -> String {
    with_host(|h| {
        format!(
            "{} {}",
            h.world.sim.journal.digest_hex(),
            h.world.sim.journal.total()
        )
    })
}

thread_local! {
    /// The benchmark's own world, kept between calls (like criterion's) so that a
    /// warm-up call leaves it in its steady state (journal window full).
    static SQS_BENCH: RefCell<Option<(crate::workload::SqsWorkload, crate::sqs::SendMessageBatchInput)>> =
        const { RefCell::new(None) };
}

thread_local! {
    static KINESIS_BENCH: std::cell::RefCell<Option<(usize, crate::workload::KinesisWorkload)>> =
        const { std::cell::RefCell::new(None) };
}

/// The wasm build's Kinesis benchmark: `rounds` rounds of the workload the
/// native `kinesis/put_get_batch500` bench runs (PutRecords of 500, a minute on
/// the clock, GetRecords of those 500) with `keys` distinct partition keys, on
/// a world of its own. Returns the records put and read back; the caller times it.
#[wasm_bindgen(js_name = benchKinesisRecords)]
pub fn bench_kinesis_records(rounds: u32, keys: u32) -> f64 {
    KINESIS_BENCH.with(|b| {
        let mut b = b.borrow_mut();
        if b.as_ref().is_none_or(|(k, _)| *k != keys as usize) {
            *b = Some((
                keys as usize,
                crate::workload::KinesisWorkload::new(keys as usize),
            ));
        }
        let (_, wl) = b.as_mut().expect("set above");
        let mut records = 0usize;
        for _ in 0..rounds {
            records += wl.round();
        }
        records as f64
    })
}

thread_local! {
    static CLIENTS_BENCH: std::cell::RefCell<Option<crate::workload::ClientsWorkload>> =
        const { std::cell::RefCell::new(None) };
}

/// Benchmark: moves issue 6's client world (10 queues, 10 producers at 100
/// msg/s, 50 consumers; `workload::ClientsWorkload`, a world of its own) on by
/// `minutes` simulated minutes and returns the messages processed. `fresh`
/// starts a new world. The caller times it.
#[wasm_bindgen(js_name = benchClientsMinutes)]
pub fn bench_clients_minutes(minutes: u32, fresh: bool) -> f64 {
    CLIENTS_BENCH.with(|b| {
        let mut b = b.borrow_mut();
        if fresh || b.is_none() {
            *b = Some(crate::workload::ClientsWorkload::new());
        }
        b.as_mut().expect("set").run_minutes(u64::from(minutes)) as f64
    })
}

/// Benchmark for `e2e/bench-wasm.mjs`: runs `rounds` rounds of SQS
/// SendMessageBatch (10 messages) / ReceiveMessage (10) / DeleteMessageBatch
/// through the typed API on a world of its own (the page's world is not
/// touched) and returns the cycles done: messages sent, received and deleted.
/// The caller times it.
#[wasm_bindgen(js_name = benchSqsCycles)]
pub fn bench_sqs_cycles(rounds: u32) -> f64 {
    SQS_BENCH.with(|b| {
        let mut b = b.borrow_mut();
        let (wl, batch) = b.get_or_insert_with(|| {
            let wl = crate::workload::SqsWorkload::new();
            let batch = wl.send_batch(10, "hello");
            (wl, batch)
        });
        let mut cycles = 0usize;
        for _ in 0..rounds {
            cycles += wl.round(batch);
        }
        cycles as f64
    })
}
