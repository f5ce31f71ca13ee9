//! `switchyard`: the native entry points.
//!
//! - `switchyard run [--seed N] [--jsonl] [FILE|-]`: AWS CLI command lines against
//!   a fresh world, printed as the AWS CLI prints them (or one JSON line each).
//! - `switchyard serve [--port 4566] [--seed N] [--speed X] [--start TIME]`: the
//!   AWS wire protocols over HTTP on 127.0.0.1, for the AWS CLI, boto3 and the
//!   SDKs.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

/// The native entry points need sockets and files; the wasm build has the page.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::io::{Read, Write};
    use std::process::ExitCode;

    const USAGE: &str = "usage:
      switchyard run [--seed N] [--jsonl] [FILE|-]
      switchyard serve [--port 4566] [--seed N] [--speed X] [--start TIME]

    run    executes AWS CLI v2 command lines (one per line; `# comments`, `sleep SECONDS`)
           against a fresh simulated world and prints what the AWS CLI would print.
           Its clock starts at 2026-01-01T00:00:00Z, so a script prints the same each time.
    serve  answers the AWS wire protocols on http://127.0.0.1:PORT; point clients at it
           with --endpoint-url. Virtual time starts at TIME (UTC, as 2026-01-01T00:00:00Z;
           default: now, so timestamps, metrics and object keys read as today's) and
           follows the wall clock times X (default 1).";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("run") => run(&args[1..]),
            Some("serve") => serve::serve(&args[1..]),
            Some("-h" | "--help" | "help") => {
                println!("{USAGE}");
                ExitCode::SUCCESS
            }
            _ => {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        }
    }

    /// Takes the value after a flag.
    fn flag_value<'a>(args: &'a [String], i: &mut usize, name: &str) -> Result<&'a str, String> {
        *i += 1;
        args.get(*i)
            .map(String::as_str)
            .ok_or_else(|| format!("{name} needs a value"))
    }

    fn parse_seed(s: &str) -> Result<u64, String> {
        s.parse()
            .map_err(|_| format!("--seed takes a whole number, not {s:?}"))
    }

    fn run(args: &[String]) -> ExitCode {
        let mut seed = 1u64;
        let mut jsonl = false;
        let mut file: Option<&str> = None;
        let mut i = 0;
        while i < args.len() {
            let r = match args[i].as_str() {
                "--seed" => flag_value(args, &mut i, "--seed")
                    .and_then(parse_seed)
                    .map(|s| seed = s),
                "--jsonl" => {
                    jsonl = true;
                    Ok(())
                }
                f if file.is_none() && (f == "-" || !f.starts_with("--")) => {
                    file = Some(f);
                    Ok(())
                }
                other => Err(format!("unknown argument {other:?}")),
            };
            if let Err(e) = r {
                eprintln!("switchyard run: {e}\n\n{USAGE}");
                return ExitCode::from(2);
            }
            i += 1;
        }
        let mut script = String::new();
        let read = match file {
            None | Some("-") => std::io::stdin().read_to_string(&mut script).map(|_| ()),
            Some(path) => std::fs::read_to_string(path).map(|s| script = s),
        };
        if let Err(e) = read {
            eprintln!(
                "switchyard run: cannot read {}: {e}",
                file.unwrap_or("standard input")
            );
            return ExitCode::from(2);
        }
        let mut world = switchyard::World::new(seed);
        let stdout = std::io::stdout();
        let stderr = std::io::stderr();
        let mut first_failure: Option<i32> = None;
        switchyard::runner::run_script(&mut world, &script, |r| {
            if r.exit_code != 0 && first_failure.is_none() {
                first_failure = Some(r.exit_code);
            }
            if jsonl {
                let line = serde_json::to_string(r).unwrap_or_default();
                let _ = writeln!(stdout.lock(), "{line}");
            } else {
                let _ = write!(stdout.lock(), "{}", r.stdout);
                let _ = write!(stderr.lock(), "{}", r.stderr);
            }
        });
        let _ = stdout.lock().flush();
        match first_failure {
            None => ExitCode::SUCCESS,
            Some(code) => ExitCode::from(code.clamp(1, 255) as u8),
        }
    }

    mod serve {
        //! The HTTP front door: HTTP/1.1 and HTTP/2 (cleartext, as the AWS SDK
        //! for JavaScript's Kinesis client speaks it) through hyper on a
        //! one-thread tokio runtime. The world sits behind a mutex; a ticker
        //! thread moves virtual time with the wall clock, answers parked calls
        //! (long polls) as they finish and feeds open event streams. This is host
        //! code: the only place the wall clock is read.
        #![allow(clippy::disallowed_methods, clippy::disallowed_types)]

        use super::{flag_value, parse_seed, USAGE};
        use bytes::Bytes;
        use http_body_util::{BodyExt, Full, Limited};
        use hyper::body::{Frame, Incoming};
        use std::convert::Infallible;
        use std::process::ExitCode;
        use std::sync::{Arc, Mutex};
        use std::time::{Duration, Instant};
        use switchyard::protocol::{self, Handled, HttpRequest, HttpResponse, Responder};
        use switchyard::sim::SimTime;
        use switchyard::world::CallId;
        use switchyard::World;
        use tokio::sync::{mpsc, oneshot};

        /// The largest request body accepted (SQS batches top out near 1 MiB; Kinesis
        /// PutRecords at 5 MiB).
        const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

        struct Clock {
            start_wall: Instant,
            start_virtual: SimTime,
            speed: f64,
        }

        impl Clock {
            fn target(&self) -> SimTime {
                let wall_ms = self.start_wall.elapsed().as_secs_f64() * 1000.0 * self.speed;
                self.start_virtual.plus_ms(wall_ms as u64)
            }
        }

        struct Shared {
            world: World,
            clock: Clock,
            /// Parked calls: answered through the channel when they finish.
            parked: Vec<(CallId, Responder, oneshot::Sender<HttpResponse>)>,
            /// Open event streams (SubscribeToShard): the subscription, and the
            /// channel its answer's body is read from.
            streams: Vec<(u32, mpsc::UnboundedSender<Bytes>)>,
        }

        type Body = http_body_util::combinators::BoxBody<Bytes, Infallible>;

        pub fn serve(args: &[String]) -> ExitCode {
            let mut port: u16 = 4566;
            let mut seed = 1u64;
            let mut speed = 1.0f64;
            let mut start: Option<u64> = None;
            let mut i = 0;
            while i < args.len() {
                let r = match args[i].as_str() {
                    "--port" => flag_value(args, &mut i, "--port")
                        .and_then(|v| {
                            v.parse()
                                .map_err(|_| format!("--port takes a port number, not {v:?}"))
                        })
                        .map(|p| port = p),
                    "--seed" => flag_value(args, &mut i, "--seed")
                        .and_then(parse_seed)
                        .map(|s| seed = s),
                    "--speed" => flag_value(args, &mut i, "--speed")
                        .and_then(|v| match v.parse::<f64>() {
                            Ok(x) if x > 0.0 && x <= 10_000.0 => Ok(x),
                            _ => Err(format!(
                                "--speed takes a number above 0 and at most 10000, not {v:?}"
                            )),
                        })
                        .map(|s| speed = s),
                    "--start" => flag_value(args, &mut i, "--start")
                        .and_then(|v| {
                            parse_start(v).ok_or_else(|| {
                                format!("--start takes a UTC time such as 2026-01-01T00:00:00Z, or now, not {v:?}")
                            })
                        })
                        .map(|t| start = t),
                    other => Err(format!("unknown argument {other:?}")),
                };
                if let Err(e) = r {
                    eprintln!("switchyard serve: {e}\n\n{USAGE}");
                    return ExitCode::from(2);
                }
                i += 1;
            }
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_io()
                .build()
            {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("switchyard serve: cannot start: {e}");
                    return ExitCode::from(1);
                }
            };
            runtime.block_on(run(port, seed, speed, start))
        }

        async fn run(port: u16, seed: u64, speed: f64, start: Option<u64>) -> ExitCode {
            let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("switchyard serve: cannot listen on 127.0.0.1:{port}: {e}");
                    return ExitCode::from(1);
                }
            };
            let bound = listener.local_addr().map(|a| a.port()).unwrap_or(port);
            let start_unix_ms = start.unwrap_or_else(wall_unix_ms);
            // The world's epoch is the start's UTC midnight and its clock begins
            // at the time of day, so minutes, hours and days of metrics and
            // object keys fall on UTC boundaries as AWS's do.
            let mut world = World::new(seed);
            world.sim.epoch_unix_ms = start_unix_ms / DAY_MS * DAY_MS;
            let start_virtual = SimTime(start_unix_ms % DAY_MS);
            world.advance_to(start_virtual);
            println!(
                "switchyard serve: listening on http://127.0.0.1:{bound} (seed {seed}, speed {speed}x, clock from {})",
                switchyard::sim::time::format_unix_ms(start_unix_ms)
            );
            use std::io::Write;
            let _ = std::io::stdout().flush();
            let shared = Arc::new(Mutex::new(Shared {
                world,
                clock: Clock {
                    start_wall: Instant::now(),
                    start_virtual,
                    speed,
                },
                parked: Vec::new(),
                streams: Vec::new(),
            }));
            let ticker = Arc::clone(&shared);
            std::thread::spawn(move || loop {
                std::thread::sleep(Duration::from_millis(10));
                let mut s = ticker.lock().unwrap_or_else(|p| p.into_inner());
                tick(&mut s);
            });
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let shared = Arc::clone(&shared);
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |req| {
                        let shared = Arc::clone(&shared);
                        async move { Ok::<_, Infallible>(answer(&shared, req).await) }
                    });
                    let _ = hyper_util::server::conn::auto::Builder::new(
                        hyper_util::rt::TokioExecutor::new(),
                    )
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
                });
            }
        }

        /// One request: read whole, then answered at once, when its parked call
        /// finishes, or as an event stream.
        async fn answer(
            shared: &Arc<Mutex<Shared>>,
            req: hyper::Request<Incoming>,
        ) -> hyper::Response<Body> {
            let (parts, body) = req.into_parts();
            let body = match Limited::new(body, MAX_BODY_BYTES).collect().await {
                Ok(b) => b.to_bytes().to_vec(),
                Err(_) => {
                    return reply(protocol::plain(413, "request body too large or unreadable"))
                }
            };
            let mut headers: Vec<(String, String)> = parts
                .headers
                .iter()
                .map(|(k, v)| {
                    (
                        k.as_str().to_string(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect();
            // HTTP/2 names the host in the request's authority, not a header.
            if !parts.headers.contains_key(hyper::header::HOST) {
                if let Some(a) = parts.uri.authority() {
                    headers.push(("host".into(), a.to_string()));
                }
            }
            let req = HttpRequest {
                method: parts.method.as_str().to_string(),
                url: parts
                    .uri
                    .path_and_query()
                    .map_or_else(|| "/".to_string(), |p| p.as_str().to_string()),
                headers,
                body,
            };
            let waiting = {
                let mut s = shared.lock().unwrap_or_else(|p| p.into_inner());
                tick(&mut s);
                if let Some(resp) = control(&mut s, &req) {
                    return reply(resp);
                }
                match protocol::eventstream::open(&mut s.world, &req) {
                    Some(Ok(opened)) => {
                        let (tx, rx) = mpsc::unbounded_channel();
                        for m in opened.first {
                            let _ = tx.send(Bytes::from(m));
                        }
                        s.streams.push((opened.subscription, tx));
                        return streamed(opened.headers, rx);
                    }
                    Some(Err(resp)) => return reply(resp),
                    None => {}
                }
                match protocol::handle(&mut s.world, &req) {
                    Handled::Done(resp) => return reply(resp),
                    Handled::Pending { call, responder } => {
                        let (tx, rx) = oneshot::channel();
                        s.parked.push((call, responder, tx));
                        rx
                    }
                }
            };
            match waiting.await {
                Ok(resp) => reply(resp),
                Err(_) => reply(protocol::plain(500, "the parked call was dropped")),
            }
        }

        /// A whole answer. Its Content-Length is the body's, or, for HEAD answers
        /// and 304s (no body), the one the protocol layer set: S3 clients read
        /// an object's size from it.
        fn reply(resp: HttpResponse) -> hyper::Response<Body> {
            let mut b = hyper::Response::builder().status(resp.status);
            for (k, v) in &resp.headers {
                b = b.header(k.as_str(), v.as_str());
            }
            b.body(Full::new(Bytes::from(resp.body)).boxed())
                .unwrap_or_else(|_| {
                    let mut r = hyper::Response::new(
                        Full::new(Bytes::from_static(b"bad response header")).boxed(),
                    );
                    *r.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
                    r
                })
        }

        /// An event stream's answer: its messages as they come (HTTP/1.1 chunks
        /// or HTTP/2 DATA frames), until the ticker drops the channel.
        fn streamed(
            headers: Vec<(String, String)>,
            rx: mpsc::UnboundedReceiver<Bytes>,
        ) -> hyper::Response<Body> {
            let mut b = hyper::Response::builder().status(200);
            for (k, v) in &headers {
                b = b.header(k.as_str(), v.as_str());
            }
            b.body(Events(rx).boxed())
                .unwrap_or_else(|_| hyper::Response::new(Full::new(Bytes::new()).boxed()))
        }

        /// A body read from a channel, one frame per message, ending when the
        /// channel closes.
        struct Events(mpsc::UnboundedReceiver<Bytes>);

        impl hyper::body::Body for Events {
            type Data = Bytes;
            type Error = Infallible;

            fn poll_frame(
                mut self: std::pin::Pin<&mut Self>,
                cx: &mut std::task::Context<'_>,
            ) -> std::task::Poll<Option<Result<Frame<Bytes>, Infallible>>> {
                self.0.poll_recv(cx).map(|m| m.map(|b| Ok(Frame::data(b))))
            }
        }

        const DAY_MS: u64 = 86_400_000;

        /// The wall clock, in Unix ms.
        fn wall_unix_ms() -> u64 {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as u64)
        }

        /// `--start`: `now` (None: read when the server starts) or a time in
        /// ISO 8601 (a zone other than Z is converted to UTC).
        fn parse_start(v: &str) -> Option<Option<u64>> {
            if v == "now" {
                return Some(None);
            }
            switchyard::cloudwatch::stats::parse_iso8601(v).map(Some)
        }

        /// Moves virtual time to where the wall clock says, answers finished
        /// calls and feeds the open event streams.
        fn tick(s: &mut Shared) {
            let target = s.clock.target();
            if target > s.world.now() {
                s.world.advance_to(target);
            }
            let mut still = Vec::new();
            for (call, responder, tx) in s.parked.drain(..) {
                match s.world.take_completed(call) {
                    Some(result) => {
                        let _ = tx.send(responder.respond(&result));
                    }
                    None => still.push((call, responder, tx)),
                }
            }
            s.parked = still;
            // Each open event stream gets what its subscription pushed; one
            // whose subscription ended, or whose client went away, is closed.
            let mut open = Vec::new();
            for (sid, tx) in std::mem::take(&mut s.streams) {
                let (messages, ended) = protocol::eventstream::pump(&mut s.world, sid);
                let gone = messages
                    .into_iter()
                    .any(|m| tx.send(Bytes::from(m)).is_err());
                if !ended && !gone {
                    open.push((sid, tx));
                }
            }
            s.streams = open;
        }

        /// Switchyard's own control paths (not AWS): read the clock, or jump it ahead
        /// so tests need not wait (`POST /_switchyard/advance?ms=N`).
        fn control(s: &mut Shared, req: &HttpRequest) -> Option<HttpResponse> {
            let path = req.url.split('?').next().unwrap_or("");
            match path {
                "/_switchyard/clock" => Some(json_resp(s)),
                "/_switchyard/advance" => {
                    let ms = req
                        .url
                        .split_once("ms=")
                        .and_then(|(_, v)| v.split('&').next())
                        .and_then(|v| v.parse::<u64>().ok());
                    let Some(ms) = ms else {
                        return Some(protocol::plain(400, "advance needs ?ms=N"));
                    };
                    s.world.sleep_ms(ms);
                    s.clock.start_virtual = s.clock.start_virtual.plus_ms(ms);
                    tick(s);
                    Some(json_resp(s))
                }
                // An unsigned GET / is a person with a browser; a signed one is S3's ListBuckets.
                "/" if req.method == "GET" && req.header("x-amz-target").is_none() && req.header("authorization").is_none() && !req.url.contains("Action=") => {
                    Some(protocol::plain(200, "Switchyard: an emulator of AWS SQS, SNS, S3, Kinesis Data Streams, Firehose, Kinesis Data Analytics, Lambda, CloudWatch and Application Auto Scaling. Point an AWS client here with --endpoint-url.\n"))
                }
                _ => None,
            }
        }

        fn json_resp(s: &Shared) -> HttpResponse {
            let body = serde_json::json!({
                "now_ms": s.world.now().as_ms(),
                "now_unix_ms": s.world.sim.unix_ms(),
                "journal_total": s.world.sim.journal.total(),
                "journal_digest": s.world.sim.journal.digest_hex(),
            });
            HttpResponse {
                status: 200,
                headers: vec![("Content-Type".into(), "application/json".into())],
                body: body.to_string().into_bytes(),
            }
        }
    }
}
