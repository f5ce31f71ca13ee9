//! AWS Lambda: functions whose code is simulated, invocations on the virtual
//! clock with concurrency limits, and event-source mappings (SQS and Kinesis).
//!
//! A function is created as on AWS (CreateFunction with a role, runtime,
//! handler and a deployment package that is kept, measured and hashed but never
//! run). What the code *does* is described by environment variables, so real
//! clients can set it with `--environment`:
//!
//! - `SWITCHYARD_DURATION_MS` (default 100): run time of one invocation;
//! - `SWITCHYARD_MS_PER_RECORD` (default 0): added per record of a batch event;
//! - `SWITCHYARD_FAIL_IF_CONTAINS`: the invocation fails when a record (an SQS
//!   body, a Kinesis record's data, an SNS message, or the whole payload)
//!   contains this text;
//! - `SWITCHYARD_FAIL_PERCENT` (0-100): chance that an invocation fails;
//! - `SWITCHYARD_REPORT_ITEM_FAILURES` (`true`): instead of failing, return
//!   `batchItemFailures` naming the matching records (a partial batch response);
//! - `SWITCHYARD_RESPONSE`: the JSON the function returns (default `null`; text
//!   that is not JSON is returned as a JSON string).
//!
//! A run longer than the function's Timeout ends as AWS's "Task timed out".
//! Concurrency: every function draws from the account's 1,000 concurrent
//! executions; a reserved concurrency is its own pool (and its ceiling), and
//! the unreserved pool must keep 100. An invocation over the limit is refused
//! with TooManyRequestsException and its Reason.
//!
//! Invocations finish on the virtual clock (`LambdaTimer::Finished`): a
//! RequestResponse Invoke is a parked call; an Event invoke is queued and
//! retried twice on error (1 and 2 minutes apart, AWS's asynchronous
//! invocation defaults); an invocation by an event-source mapping or by SNS is
//! handed back through `drain_finished` for the world to route.
//!
//! `esm.rs` keeps event-source mappings (the API and their validation); the
//! pollers that read SQS and Kinesis for them live in `poller.rs` and act on
//! the world through its public calls, as AWS's pollers are clients of those
//! services.
//!
//! Not built, refused by name: versions and aliases (qualifiers other than
//! $LATEST), layers, function URLs, container images and code from S3,
//! provisioned concurrency, destinations and dead-letter queues for
//! asynchronous invocation, code signing, calls from another account.
//!
//! Resource-based policies (AddPermission, RemovePermission, GetPolicy) are
//! kept per function and decide whether SNS may invoke it
//! (`Lambda::invoke_for_service`), as on AWS.

pub mod esm;
pub mod model;
pub mod poller;

use crate::error::{AwsError, AwsResult};
use crate::sim::{Event, Sim, Timer};
use crate::world::{CallResult, Caller};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::{BTreeMap, VecDeque};

pub use esm::{Mapping, MappingSource};

/// The account's concurrent executions (Lambda's default quota).
pub const ACCOUNT_CONCURRENCY: u32 = 1_000;
/// What the unreserved pool must keep.
pub const MIN_UNRESERVED: u32 = 100;
/// Payload limits: 6 MB synchronous; 1 MB asynchronous (raised from 256 KB in
/// October 2025, "AWS Lambda increases maximum payload size for asynchronous
/// invocations to 1 MB").
pub const SYNC_PAYLOAD_MAX: usize = 6 * 1024 * 1024;
pub const ASYNC_PAYLOAD_MAX: usize = 1024 * 1024;
/// Retries of a failed asynchronous invocation, and their delays.
const ASYNC_RETRIES: u32 = 2;
const ASYNC_RETRY_DELAYS_MS: [u64; 2] = [60_000, 120_000];
/// A throttled asynchronous event is retried for up to 6 hours (the default
/// MaximumEventAgeInSeconds), backing off from 1 s to 5 minutes.
const ASYNC_MAX_AGE_MS: u64 = 6 * 3_600_000;

/// A Firehose transformation's answer: the response, or Firehose's error
/// code and message.
pub type TransformOutcome = Result<Value, (String, String)>;

/// What a function's code does (from its environment variables).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Behaviour {
    pub duration_ms: u64,
    pub ms_per_record: u64,
    pub fail_if_contains: Option<String>,
    pub fail_percent: u32,
    pub report_item_failures: bool,
    pub response: Option<String>,
}

impl Behaviour {
    fn from_env(env: &BTreeMap<String, String>) -> Behaviour {
        let num = |k: &str, d: u64| env.get(k).and_then(|v| v.trim().parse().ok()).unwrap_or(d);
        Behaviour {
            duration_ms: num("SWITCHYARD_DURATION_MS", 100),
            ms_per_record: num("SWITCHYARD_MS_PER_RECORD", 0),
            fail_if_contains: env
                .get("SWITCHYARD_FAIL_IF_CONTAINS")
                .filter(|s| !s.is_empty())
                .cloned(),
            fail_percent: num("SWITCHYARD_FAIL_PERCENT", 0).min(100) as u32,
            report_item_failures: env
                .get("SWITCHYARD_REPORT_ITEM_FAILURES")
                .is_some_and(|v| v.eq_ignore_ascii_case("true")),
            // A response that is not JSON is returned as a JSON string, as a
            // handler returning that text would be serialized.
            response: env.get("SWITCHYARD_RESPONSE").map(|r| {
                if serde_json::from_str::<Value>(r).is_ok() {
                    r.clone()
                } else {
                    Value::String(r.clone()).to_string()
                }
            }),
        }
    }
}

/// A function ($LATEST only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Function {
    pub id: u32,
    pub name: String,
    pub arn: String,
    pub account_id: String,
    pub region: String,
    pub runtime: Option<String>,
    pub role: String,
    pub handler: Option<String>,
    pub description: String,
    pub timeout_s: u32,
    pub memory_mb: u32,
    pub code_size: u64,
    pub code_sha256: String,
    pub environment: BTreeMap<String, String>,
    /// An Environment was given (even with no variables: AWS then reads
    /// back `{"Variables": {}}`).
    #[serde(default)]
    pub environment_set: bool,
    pub architectures: Vec<String>,
    pub reserved_concurrency: Option<u32>,
    pub last_modified: String,
    pub revision_id: String,
    pub tags: BTreeMap<String, String>,
    pub behaviour: Behaviour,
    /// Tracing, /tmp size, logging and key: kept and read back, no behaviour
    /// of their own (there is no X-Ray or CloudWatch Logs in the world).
    #[serde(default)]
    pub settings: FunctionSettings,
    /// Being created (State Pending) or updated (LastUpdateStatus
    /// InProgress) until `LambdaTimer::FunctionReady`.
    #[serde(default)]
    pub readiness: Readiness,
    /// The function's resource-based policy: AddPermission's statements, in
    /// the order they were added (GetPolicy's `Statement`).
    #[serde(default)]
    pub policy: Vec<Value>,
    /// Invocations running now.
    pub running: u32,
    pub stats: FunctionStats,
    /// The latest invocations (at most `RECENT_MAX`), for the page and tests.
    #[serde(default)]
    pub recent: VecDeque<RecentInvocation>,
}

/// Where a function is in its own life: AWS answers a create with State
/// Pending and an update with LastUpdateStatus InProgress, and the function
/// becomes Active / Successful moments later (`READY_MS`, a figure of ours: AWS
/// gives none). While Pending it cannot be invoked or updated; while an update
/// is in progress it can be invoked but not updated again.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Readiness {
    #[default]
    Ready,
    Creating,
    Updating,
}

/// How long a create or an update takes to finish.
pub const READY_MS: u64 = 1_000;

/// A function's settings that only read back: TracingConfig, EphemeralStorage,
/// LoggingConfig and KMSKeyArn, as CreateFunction and
/// UpdateFunctionConfiguration set them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FunctionSettings {
    /// `Active` or `PassThrough`.
    pub tracing_mode: String,
    pub ephemeral_mb: u32,
    pub kms_key_arn: Option<String>,
    /// `Text` or `JSON`.
    pub log_format: String,
    pub application_log_level: Option<String>,
    pub system_log_level: Option<String>,
    /// None: `/aws/lambda/<function name>`.
    pub log_group: Option<String>,
}

impl Default for FunctionSettings {
    fn default() -> Self {
        FunctionSettings {
            tracing_mode: "PassThrough".into(),
            ephemeral_mb: 512,
            kms_key_arn: None,
            log_format: "Text".into(),
            application_log_level: None,
            system_log_level: None,
            log_group: None,
        }
    }
}

impl FunctionSettings {
    /// These settings with what `input` (a CreateFunction or
    /// UpdateFunctionConfiguration request) changes, checked against the
    /// model. LoggingConfig is merged member by member; switching to JSON
    /// sets both log levels to INFO unless given, switching back to Text
    /// drops them (as AWS does, per LocalStack's AWS-validated provider).
    fn updated(&self, input: &Value) -> AwsResult<FunctionSettings> {
        let mut out = self.clone();
        let one_of = |v: &Value, member: &str, set: &[&str]| -> AwsResult<String> {
            match v.as_str() {
                Some(x) if set.contains(&x) => Ok(x.to_string()),
                _ => Err(validation(
                    v.as_str().map_or(&v.to_string(), |x| x),
                    member,
                    &format!("Member must satisfy enum value set: [{}]", set.join(", ")),
                )),
            }
        };
        if let Some(m) = input.get("TracingConfig").and_then(|t| t.get("Mode")) {
            if !m.is_null() {
                out.tracing_mode = one_of(m, "tracingConfig.mode", &["Active", "PassThrough"])?;
            }
        }
        if let Some(e) = input.get("EphemeralStorage").filter(|e| !e.is_null()) {
            out.ephemeral_mb =
                check_range(e, "Size", "ephemeralStorage.size", 512, 512, 10_240)? as u32;
        }
        if let Some(k) = input.get("KMSKeyArn").and_then(Value::as_str) {
            // Pattern `(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()`: empty clears it.
            let ok = k.is_empty()
                || k.strip_prefix("arn:").is_some_and(|rest| {
                    let (partition, rest) = rest.split_once(':').unwrap_or(("x", ""));
                    let (service, _) = rest.split_once(':').unwrap_or(("", ""));
                    (partition.is_empty()
                        || partition.strip_prefix("aws").is_some_and(|p| {
                            p.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                        }))
                        && !service.is_empty()
                        && service.bytes().all(|b| {
                            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'
                        })
                });
            if !ok {
                return Err(validation(
                    k,
                    "kMSKeyArn",
                    "Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()",
                ));
            }
            out.kms_key_arn = (!k.is_empty()).then(|| k.to_string());
        }
        if let Some(l) = input.get("LoggingConfig").filter(|l| !l.is_null()) {
            let field = |k: &str| l.get(k).filter(|v| !v.is_null());
            if let Some(f) = field("LogFormat") {
                out.log_format = one_of(f, "loggingConfig.logFormat", &["JSON", "Text"])?;
            }
            if let Some(a) = field("ApplicationLogLevel") {
                out.application_log_level = Some(one_of(
                    a,
                    "loggingConfig.applicationLogLevel",
                    &["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"],
                )?);
            }
            if let Some(sl) = field("SystemLogLevel") {
                out.system_log_level = Some(one_of(
                    sl,
                    "loggingConfig.systemLogLevel",
                    &["DEBUG", "INFO", "WARN"],
                )?);
            }
            if let Some(g) = field("LogGroup") {
                let g = g.as_str().unwrap_or_default();
                if g.is_empty() || g.len() > 512 {
                    return Err(validation(
                        g,
                        "loggingConfig.logGroup",
                        if g.is_empty() {
                            "Member must have length greater than or equal to 1"
                        } else {
                            "Member must have length less than or equal to 512"
                        },
                    ));
                }
                if !g
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b".-_/#".contains(&b))
                {
                    return Err(validation(
                        g,
                        "loggingConfig.logGroup",
                        "Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+",
                    ));
                }
                out.log_group = Some(g.to_string());
            }
            if out.log_format == "JSON" {
                out.application_log_level
                    .get_or_insert_with(|| "INFO".to_string());
                out.system_log_level
                    .get_or_insert_with(|| "INFO".to_string());
            } else if self.log_format == "JSON" {
                out.application_log_level = None;
                out.system_log_level = None;
            }
        }
        Ok(out)
    }

    /// The members of FunctionConfiguration these settings write.
    fn write(&self, function_name: &str, v: &mut Value) {
        v["TracingConfig"] = json!({"Mode": self.tracing_mode});
        v["EphemeralStorage"] = json!({"Size": self.ephemeral_mb});
        let mut logging = json!({
            "LogFormat": self.log_format,
            "LogGroup": self.log_group.clone().unwrap_or_else(|| format!("/aws/lambda/{function_name}")),
        });
        if let Some(a) = &self.application_log_level {
            logging["ApplicationLogLevel"] = json!(a);
        }
        if let Some(sl) = &self.system_log_level {
            logging["SystemLogLevel"] = json!(sl);
        }
        v["LoggingConfig"] = logging;
        if let Some(k) = &self.kms_key_arn {
            v["KMSKeyArn"] = json!(k);
        }
    }
}

/// Invocations a function remembers.
pub const RECENT_MAX: usize = 256;
/// Record labels kept per remembered invocation.
const RECENT_LABELS: usize = 100;

/// One remembered invocation: when, how long, what it was given (a label per
/// record: an SQS message id, `partitionKey/sequenceNumber` for Kinesis), how
/// it ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentInvocation {
    pub started_ms: u64,
    pub duration_ms: u64,
    pub records: u32,
    pub labels: Vec<String>,
    pub error: bool,
    pub timed_out: bool,
}

/// What a function has done (for the page and CloudWatch-style counts).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FunctionStats {
    pub invocations: u64,
    pub errors: u64,
    pub throttles: u64,
    pub timeouts: u64,
    pub peak_concurrency: u32,
}

/// Who asked for an invocation, so its result goes back there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    /// A RequestResponse Invoke parked as this call.
    Call(u64),
    /// An Event invoke (or SNS): Lambda's own queue retries it.
    Async { attempt: u32, first_ms: u64 },
    /// An event-source mapping's batch.
    Mapping { mapping: u32, batch: u64 },
}

/// An invocation in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Invocation {
    pub id: u64,
    pub function: u32,
    pub origin: Origin,
    pub payload: String,
    pub started_ms: u64,
    pub request_id: String,
    /// The outcome, drawn when the invocation started.
    pub outcome: Outcome,
    pub duration_ms: u64,
    /// Invoke asked for the log's tail (LogType Tail).
    #[serde(default)]
    pub tail: bool,
}

/// How an invocation ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// The function returned this JSON.
    Returned(String),
    /// The function threw (FunctionError "Unhandled"), with AWS's error payload.
    Failed { payload: String, timed_out: bool },
}

/// A finished invocation handed to the world.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finished {
    pub invocation: Invocation,
}

/// Lambda's timers (payload of `sim::Timer::Lambda`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LambdaTimer {
    /// An invocation's run time is over.
    Finished { invocation: u64 },
    /// A queued asynchronous event is due (first try or a retry).
    AsyncDue { event: u64 },
    /// An event-source mapping's poller takes its next step (`poller.rs`).
    Poll {
        mapping: u32,
        slot: u32,
        serial: u64,
    },
    /// A mapping finished a state transition (Creating -> Enabled, ...).
    MappingTransition { mapping: u32, serial: u64 },
    /// A function's create or update finished (`Readiness`).
    FunctionReady { function: u32 },
}

/// Lambda's journal events (payload of `sim::Event::Lambda`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LambdaEvent {
    FunctionCreated {
        function: u32,
    },
    FunctionDeleted {
        function: u32,
    },
    FunctionUpdated {
        function: u32,
    },
    /// An invocation started (`records`: events in its batch, 0 when not a batch).
    Invoked {
        function: u32,
        invocation: u64,
        records: u32,
    },
    /// An invocation ended; `error` when the function failed or timed out.
    Completed {
        function: u32,
        invocation: u64,
        error: bool,
        timed_out: bool,
    },
    /// An invocation was refused for concurrency.
    Throttled {
        function: u32,
    },
    /// An asynchronous event failed for the last time and was dropped.
    AsyncDropped {
        function: u32,
    },
    MappingCreated {
        mapping: u32,
    },
    MappingStateChanged {
        mapping: u32,
    },
    MappingDeleted {
        mapping: u32,
    },
    /// A mapping deleted messages its function processed.
    MessagesDeleted {
        mapping: u32,
        count: u32,
    },
    /// A Kinesis mapping gave up on a batch (retries or record age exhausted);
    /// `sent_to_destination` when an on-failure record was sent.
    MappingDiscarded {
        mapping: u32,
        records: u32,
        sent_to_destination: bool,
    },
    /// A mapping's batch was split in two after a function error.
    MappingBisected {
        mapping: u32,
        records: u32,
    },
}

/// An asynchronous event waiting in Lambda's internal queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct AsyncEvent {
    function: u32,
    payload: String,
    attempt: u32,
    first_ms: u64,
    throttles: u32,
}

/// The Lambda engine: functions, invocations, mappings.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Lambda {
    next_function: u32,
    pub(crate) functions: BTreeMap<u32, Function>,
    next_invocation: u64,
    pub(crate) invocations: BTreeMap<u64, Invocation>,
    next_async: u64,
    async_queue: BTreeMap<u64, AsyncEvent>,
    finished: VecDeque<Finished>,
    pub(crate) next_mapping: u32,
    pub(crate) mappings: BTreeMap<u32, Mapping>,
    /// Parked calls (a mapping poller's long poll) -> (mapping, slot).
    pub(crate) waiting: BTreeMap<u64, (u32, u32)>,
    pub(crate) results: BTreeMap<u64, CallResult>,
    /// Each (function, metric) series id (derived; see `metric`).
    #[serde(skip)]
    series: crate::sim::metrics::SeriesCache,
}

impl Lambda {
    /// Adds `value` now to function `id`'s metric `name` (namespace
    /// AWS/Lambda, dimension FunctionName): Invocations and
    /// ConcurrentExecutions when one starts, Throttles when one is refused,
    /// Errors (0 or 1) and Duration (ms) when one ends, as Lambda publishes
    /// them (Lambda developer guide, function metrics).
    fn metric(&mut self, sim: &mut Sim, id: u32, name: &'static str, value: f64) {
        let functions = &self.functions;
        self.series
            .add(&mut sim.metrics, sim.now, id, name, value, || {
                let f = functions.get(&id)?;
                Some(crate::sim::metrics::MetricKey {
                    account_id: f.account_id.clone(),
                    region: f.region.clone(),
                    namespace: "AWS/Lambda".into(),
                    name: name.into(),
                    dimensions: vec![("FunctionName".into(), f.name.clone())],
                })
            });
    }
}

fn record(sim: &mut Sim, e: LambdaEvent) {
    sim.record(Event::Lambda(e));
}

pub(crate) fn validation(value: &str, member: &str, constraint: &str) -> AwsError {
    AwsError::client(
        "ValidationException",
        format!("1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: {constraint}"),
    )
}

pub(crate) fn invalid(message: impl Into<String>) -> AwsError {
    AwsError::client("InvalidParameterValueException", message)
}

pub(crate) fn not_found(message: impl Into<String>) -> AwsError {
    AwsError::client("ResourceNotFoundException", message).with_status(404)
}

fn conflict(message: impl Into<String>) -> AwsError {
    AwsError::client("ResourceConflictException", message).with_status(409)
}

/// The runtimes Lambda accepts for new functions (the model's enum, less
/// deprecated ones would also be refused by AWS; kept simple: the current list).
const RUNTIMES: &[&str] = &[
    "nodejs18.x",
    "nodejs20.x",
    "nodejs22.x",
    "python3.9",
    "python3.10",
    "python3.11",
    "python3.12",
    "python3.13",
    "java11",
    "java17",
    "java21",
    "dotnet8",
    "ruby3.2",
    "ruby3.3",
    "ruby3.4",
    "provided.al2",
    "provided.al2023",
    "nodejs24.x",
    "python3.14",
    "java25",
    "dotnet10",
    "ruby4.0",
];

/// Every runtime AWS's API model names (its `Runtime` enum, in its order):
/// a value outside it fails the request's validation; one inside it but not in
/// `RUNTIMES` is a deprecated runtime.
const MODEL_RUNTIMES: &[&str] = &[
    "nodejs",
    "nodejs4.3",
    "nodejs6.10",
    "nodejs8.10",
    "nodejs10.x",
    "nodejs12.x",
    "nodejs14.x",
    "nodejs16.x",
    "java8",
    "java8.al2",
    "java11",
    "python2.7",
    "python3.6",
    "python3.7",
    "python3.8",
    "python3.9",
    "dotnetcore1.0",
    "dotnetcore2.0",
    "dotnetcore2.1",
    "dotnetcore3.1",
    "dotnet6",
    "dotnet8",
    "nodejs4.3-edge",
    "go1.x",
    "ruby2.5",
    "ruby2.7",
    "provided",
    "provided.al2",
    "nodejs18.x",
    "python3.10",
    "java17",
    "ruby3.2",
    "ruby3.3",
    "ruby3.4",
    "python3.11",
    "nodejs20.x",
    "provided.al2023",
    "python3.12",
    "java21",
    "python3.13",
    "nodejs22.x",
    "nodejs24.x",
    "python3.14",
    "java25",
    "dotnet10",
    "ruby4.0",
];

/// Refuses a runtime AWS would refuse: not in the model's enum (a validation
/// error listing the enum) or deprecated.
fn check_runtime(r: &str) -> AwsResult<()> {
    if !MODEL_RUNTIMES.contains(&r) {
        // AWS answers an unknown runtime itself, not through the model's
        // "validation error detected" check: InvalidParameterValueException,
        // the value unquoted, "or be a valid ARN" after the set (as its
        // message reads when CloudFormation relays it), the set being the
        // runtimes a function may be created with (LocalStack's AWS-recorded
        // test_create_lambda_exceptions: invalid_runtime_exc). The set's order
        // on AWS is its own.
        return Err(invalid(format!(
            "Value {r} at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [{}] or be a valid ARN",
            RUNTIMES.join(", ")
        )));
    }
    if !RUNTIMES.contains(&r) {
        return Err(invalid(format!("The runtime parameter of {r} is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.")));
    }
    Ok(())
}

/// FunctionName's pattern and length in the model (CreateFunction,
/// PutFunctionConcurrency) and NamespacedFunctionName's (Get, Invoke, Delete,
/// ...): the name part of the second may hold dots.
#[derive(Clone, Copy)]
struct NameRule {
    pattern: &'static str,
    max: usize,
    dots: bool,
}

const FUNCTION_NAME: NameRule = NameRule {
    pattern: "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?",
    max: 140,
    dots: false,
};

const NAMESPACED_NAME: NameRule = NameRule {
    pattern: "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?",
    max: 256,
    dots: true,
};

/// A function named in any form AWS takes: `name`, `name:qualifier`,
/// `123456789012:function:name[:qualifier]` (a partial ARN, optionally with a
/// Region before the account) or the full `arn:aws:lambda:...` ARN.
#[derive(Debug)]
struct FunctionRef {
    region: Option<String>,
    account: Option<String>,
    name: String,
    qualifier: Option<String>,
}

impl FunctionRef {
    fn parse(s: &str, rule: NameRule) -> AwsResult<FunctionRef> {
        let fail = |constraint: String| Err(validation(s, "functionName", &constraint));
        if s.is_empty() {
            return fail("Member must have length greater than or equal to 1".into());
        }
        if s.len() > rule.max {
            return fail(format!(
                "Member must have length less than or equal to {}",
                rule.max
            ));
        }
        let pattern = || {
            fail(format!(
                "Member must satisfy regular expression pattern: {}",
                rule.pattern
            ))
        };
        let mut parts: Vec<&str> = s.split(':').collect();
        let mut region = None;
        let mut account = None;
        if parts.first() == Some(&"arn") {
            // arn:<partition>:lambda:<region>:<account>:function:<name>[:<q>]
            let partition_ok = parts.get(1).is_some_and(|p| {
                p.strip_prefix("aws")
                    .is_some_and(|r| r.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'))
                    || p.is_empty()
            });
            if !partition_ok || parts.get(2) != Some(&"lambda") {
                return pattern();
            }
            parts.drain(..3);
        }
        let is_region = |r: &str| {
            let segs: Vec<&str> = r.split('-').collect();
            segs.len() >= 3
                && segs[0].len() == 2
                && segs[0].bytes().all(|b| b.is_ascii_lowercase())
                && segs[segs.len() - 1].len() == 1
                && segs[segs.len() - 1].bytes().all(|b| b.is_ascii_digit())
                && segs[1..segs.len() - 1]
                    .iter()
                    .all(|x| !x.is_empty() && x.bytes().all(|b| b.is_ascii_lowercase()))
        };
        if parts.len() > 2 && is_region(parts[0]) {
            region = Some(parts.remove(0).to_string());
        }
        if parts.len() > 2 && parts[0].len() == 12 && parts[0].bytes().all(|b| b.is_ascii_digit()) {
            account = Some(parts.remove(0).to_string());
        }
        if parts.len() > 1 && parts[0] == "function" {
            parts.remove(0);
        }
        let (name, qualifier) = match parts.as_slice() {
            [name] => (*name, None),
            [name, q] => (*name, Some(q.to_string())),
            _ => return pattern(),
        };
        let name_ok = !name.is_empty()
            && name.bytes().all(|b| {
                b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || (rule.dots && b == b'.')
            });
        let qualifier_ok = qualifier.as_deref().is_none_or(|q| {
            q == "$LATEST"
                || (rule.dots && q == "$LATEST.PUBLISHED")
                || (!q.is_empty()
                    && q.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        });
        if !name_ok || !qualifier_ok {
            return pattern();
        }
        Ok(FunctionRef {
            region,
            account,
            name: name.to_string(),
            qualifier,
        })
    }

    /// The account and Region the name points into. Another Region is out of
    /// reach (AWS's 404 "Functions from 'R' are not reachable in this region
    /// ('C')"); another account needs a resource-based policy, which
    /// Switchyard's Lambda does not have, so it is denied (403) as AWS denies
    /// a caller no policy allows.
    fn scope(&self, caller: &Caller) -> AwsResult<(String, String)> {
        let region = self.region.clone().unwrap_or_else(|| caller.region.clone());
        let account = self
            .account
            .clone()
            .unwrap_or_else(|| caller.account_id.clone());
        if region != caller.region {
            return Err(not_found(format!(
                "Functions from '{region}' are not reachable in this region ('{}')",
                caller.region
            )));
        }
        if account != caller.account_id {
            return Err(AwsError::client(
                "AccessDeniedException",
                format!(
                    "User: arn:aws:iam::{}:root is not authorized to access function arn:aws:lambda:{region}:{account}:function:{} (Switchyard does not emulate calls to another account's functions)",
                    caller.account_id, self.name
                ),
            )
            .with_status(403));
        }
        Ok((account, region))
    }
}

fn lambda_time(sim: &Sim) -> String {
    let s = crate::sim::time::format_unix_ms(sim.unix_ms());
    format!("{}+0000", s.trim_end_matches('Z'))
}

impl Lambda {
    /// The function `name_or_arn` names for `caller` (a name, a full ARN, or
    /// either with the `$LATEST` qualifier).
    pub fn resolve(&self, caller: &Caller, name_or_arn: &str) -> AwsResult<u32> {
        let r = FunctionRef::parse(name_or_arn, NAMESPACED_NAME)?;
        if let Some(q) = &r.qualifier {
            if q != "$LATEST" {
                return Err(AwsError::not_emulated(format!(
                    "Lambda versions and aliases (qualifier {q})"
                )));
            }
        }
        let (account, region) = r.scope(caller)?;
        let name = r.name;
        self.functions
            .values()
            .find(|f| f.name == name && f.account_id == account && f.region == region)
            .map(|f| f.id)
            .ok_or_else(|| {
                not_found(format!(
                    "Function not found: arn:aws:lambda:{region}:{account}:function:{name}"
                ))
            })
    }

    /// A service (`sns.amazonaws.com`, `s3.amazonaws.com`) invoking function
    /// `id` asynchronously for `source_arn`, owned by `source_account`, with
    /// `payload` (None: only whether it may, as S3 asks when it validates a
    /// destination). The function's resource-based policy must allow it;
    /// otherwise AWS's AccessDeniedException, as (code, message).
    pub fn invoke_for_service(
        &mut self,
        sim: &mut Sim,
        id: u32,
        service: &str,
        source_arn: &str,
        source_account: &str,
        payload: Option<String>,
    ) -> Result<(), (String, String)> {
        let Some(f) = self.functions.get(&id) else {
            return Err((
                "ResourceNotFoundException".into(),
                "Function not found".into(),
            ));
        };
        let request = crate::iam::policy::AccessRequest {
            principal: crate::iam::policy::Principal::Service(service),
            action: "lambda:InvokeFunction",
            resource: &f.arn,
            source_arn: Some(source_arn),
            source_account: Some(source_account),
        };
        if crate::iam::policy::evaluate_statements(&f.policy, &request)
            != crate::iam::policy::Decision::Allow
        {
            return Err((
                "AccessDeniedException".into(),
                format!("User: {service} is not authorized to perform: lambda:InvokeFunction on resource: {} because no resource-based policy allows the lambda:InvokeFunction action", f.arn),
            ));
        }
        if let Some(p) = payload {
            self.queue_async(sim, id, p);
        }
        Ok(())
    }

    /// AddPermission: one statement of the function's policy, as AWS writes
    /// it (the principal as `Service`, `AWS` or `*`; SourceArn as an ArnLike
    /// condition, SourceAccount, PrincipalOrgID and EventSourceToken as
    /// StringEquals).
    fn add_permission(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let id = self.resolve(caller, str_of(input, "FunctionName"))?;
        check_revision(input, &self.functions[&id].revision_id)?;
        for unbuilt in ["FunctionUrlAuthType", "InvokedViaFunctionUrl"] {
            if input.get(unbuilt).is_some_and(|v| !v.is_null()) {
                return Err(AwsError::not_emulated(format!(
                    "Lambda function URLs ({unbuilt})"
                )));
            }
        }
        let sid = str_of(input, "StatementId");
        let action = str_of(input, "Action");
        let principal = str_of(input, "Principal");
        let null = |member: &str| {
            AwsError::client(
                "ValidationException",
                format!("1 validation error detected: Value null at '{member}' failed to satisfy constraint: Member must not be null"),
            )
        };
        if input.get("StatementId").is_none() {
            return Err(null("statementId"));
        }
        if input.get("Action").is_none() {
            return Err(null("action"));
        }
        if input.get("Principal").is_none() {
            return Err(null("principal"));
        }
        if sid.is_empty()
            || sid.len() > 100
            || !sid
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        {
            return Err(validation(
                sid,
                "statementId",
                "Member must satisfy regular expression pattern: ([a-zA-Z0-9-_.]+)",
            ));
        }
        let action_ok = action == "*"
            || action.strip_prefix("lambda:").is_some_and(|a| {
                a == "*" || (!a.is_empty() && a.bytes().all(|b| b.is_ascii_alphabetic()))
            });
        if !action_ok {
            return Err(validation(
                action,
                "action",
                "Member must satisfy regular expression pattern: (lambda:[*]|lambda:[a-zA-Z]+|[*])",
            ));
        }
        if principal.is_empty() || principal.chars().any(char::is_whitespace) {
            return Err(validation(
                principal,
                "principal",
                "Member must satisfy regular expression pattern: [^\\s]+",
            ));
        }
        if let Some(a) = input.get("SourceAccount").and_then(Value::as_str) {
            if a.len() != 12 || !a.bytes().all(|b| b.is_ascii_digit()) {
                return Err(validation(
                    a,
                    "sourceAccount",
                    "Member must satisfy regular expression pattern: \\d{12}",
                ));
            }
        }
        let f = &self.functions[&id];
        if f.policy.iter().any(|st| st["Sid"] == sid) {
            return Err(conflict(format!("The statement id ({sid}) provided already exists. Please provide a new statement id, or remove the existing statement.")));
        }
        let principal_json = if principal == "*" {
            json!("*")
        } else if principal.len() == 12 && principal.bytes().all(|b| b.is_ascii_digit()) {
            json!({"AWS": format!("arn:aws:iam::{principal}:root")})
        } else if principal.starts_with("arn:") {
            json!({"AWS": principal})
        } else {
            json!({"Service": principal})
        };
        let mut statement = json!({
            "Sid": sid,
            "Effect": "Allow",
            "Principal": principal_json,
            "Action": action,
            "Resource": f.arn,
        });
        let mut condition = serde_json::Map::new();
        let mut equals = serde_json::Map::new();
        if let Some(a) = input.get("SourceAccount").and_then(Value::as_str) {
            equals.insert("AWS:SourceAccount".into(), json!(a));
        }
        if let Some(o) = input.get("PrincipalOrgID").and_then(Value::as_str) {
            equals.insert("aws:PrincipalOrgID".into(), json!(o));
        }
        if let Some(t) = input.get("EventSourceToken").and_then(Value::as_str) {
            equals.insert("lambda:EventSourceToken".into(), json!(t));
        }
        if !equals.is_empty() {
            condition.insert("StringEquals".into(), Value::Object(equals));
        }
        if let Some(a) = input.get("SourceArn").and_then(Value::as_str) {
            condition.insert("ArnLike".into(), json!({"AWS:SourceArn": a}));
        }
        if !condition.is_empty() {
            statement["Condition"] = Value::Object(condition);
        }
        let revision = sim.rng.uuid();
        let f = self.functions.get_mut(&id).expect("function");
        f.policy.push(statement.clone());
        f.revision_id = revision;
        Ok(json!({"Statement": statement.to_string()}))
    }

    fn remove_permission(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let id = self.resolve(caller, str_of(input, "FunctionName"))?;
        check_revision(input, &self.functions[&id].revision_id)?;
        let sid = str_of(input, "StatementId");
        let f = &self.functions[&id];
        if f.policy.is_empty() {
            return Err(not_found(
                "No policy is associated with the given resource.",
            ));
        }
        let Some(i) = f.policy.iter().position(|st| st["Sid"] == sid) else {
            return Err(not_found(format!(
                "Statement {sid} is not found in resource policy."
            )));
        };
        let revision = sim.rng.uuid();
        let f = self.functions.get_mut(&id).expect("function");
        f.policy.remove(i);
        f.revision_id = revision;
        Ok(json!({}))
    }

    fn get_policy(&self, caller: &Caller, input: &Value) -> CallResult {
        let id = self.resolve(caller, str_of(input, "FunctionName"))?;
        let f = &self.functions[&id];
        if f.policy.is_empty() {
            return Err(not_found("The resource you requested does not exist."));
        }
        let doc = json!({"Version": "2012-10-17", "Id": "default", "Statement": f.policy});
        Ok(json!({"Policy": doc.to_string(), "RevisionId": f.revision_id}))
    }

    /// A function by id.
    pub fn function(&self, id: u32) -> Option<&Function> {
        self.functions.get(&id)
    }

    /// Every function, by id.
    pub fn functions(&self) -> impl Iterator<Item = &Function> {
        self.functions.values()
    }

    /// A function by ARN (for SNS endpoints and mappings).
    pub fn function_by_arn(&self, arn: &str) -> Option<u32> {
        let arn = arn.strip_suffix(":$LATEST").unwrap_or(arn);
        self.functions.values().find(|f| f.arn == arn).map(|f| f.id)
    }

    /// Runs one operation.
    pub fn call(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        operation: &str,
        input: Value,
        call: u64,
        source: Option<AwsResult<esm::SourceInfo>>,
    ) -> Option<CallResult> {
        let source = || {
            source.unwrap_or_else(|| {
                Err(
                    AwsError::client("InternalFailure", "the event source was not looked up")
                        .with_status(500),
                )
            })
        };
        // Versions and aliases are not built: a Qualifier other than
        // `$LATEST` on any operation, and a publish at create or code update,
        // are refused by name rather than answered as `$LATEST`.
        if let Some(q) = input.get("Qualifier").and_then(Value::as_str) {
            if q != "$LATEST" {
                return Some(Err(AwsError::not_emulated(format!(
                    "Lambda versions and aliases (qualifier {q})"
                ))));
            }
        }
        if input.get("Publish").and_then(Value::as_bool) == Some(true) {
            return Some(Err(AwsError::not_emulated(format!(
                "Lambda versions (lambda:{operation} with Publish=true)"
            ))));
        }
        let r = match operation {
            "CreateFunction" => self.create_function(sim, caller, &input),
            "GetFunction" => self.get_function(caller, &input),
            "GetFunctionConfiguration" => self
                .resolve(caller, str_of(&input, "FunctionName"))
                .map(|id| self.configuration(id)),
            "ListFunctions" => self.list_functions(caller, &input),
            "DeleteFunction" => self.delete_function(sim, caller, &input),
            "UpdateFunctionConfiguration" => self.update_configuration(sim, caller, &input),
            "UpdateFunctionCode" => self.update_code(sim, caller, &input),
            "PutFunctionConcurrency" => self.put_concurrency(caller, &input),
            "GetFunctionConcurrency" => {
                self.resolve(caller, str_of(&input, "FunctionName"))
                    .map(|id| match self.functions[&id].reserved_concurrency {
                        Some(n) => json!({"ReservedConcurrentExecutions": n}),
                        None => json!({}),
                    })
            }
            "DeleteFunctionConcurrency" => self
                .resolve(caller, str_of(&input, "FunctionName"))
                .map(|id| {
                    self.functions
                        .get_mut(&id)
                        .expect("function")
                        .reserved_concurrency = None;
                    json!({})
                }),
            "GetAccountSettings" => Ok(self.account_settings(caller)),
            "Invoke" => return self.invoke(sim, caller, &input, call),
            "ListTags" => self.list_tags(&input),
            "AddPermission" => self.add_permission(sim, caller, &input),
            "RemovePermission" => self.remove_permission(sim, caller, &input),
            "GetPolicy" => self.get_policy(caller, &input),
            "TagResource" => self.tag(&input, true),
            "UntagResource" => self.tag(&input, false),
            "CreateEventSourceMapping" => self.create_mapping_with(sim, caller, &input, source()),
            "GetEventSourceMapping" => self
                .mapping_by_uuid(&input)
                .map(|m| self.mapping_json(sim, m)),
            "ListEventSourceMappings" => self.list_mappings(sim, caller, &input),
            "UpdateEventSourceMapping" => self.update_mapping_with(sim, caller, &input, source()),
            "DeleteEventSourceMapping" => self.delete_mapping(sim, &input),
            other => Err(AwsError::not_emulated(format!("lambda:{other}"))),
        };
        Some(r)
    }

    fn create_function(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let given = str_of(input, "FunctionName");
        // A bare name over 64 characters is AWS's own check (an invalid
        // parameter, in validation's words: LocalStack's AWS-recorded
        // test_function_arns); a longer ARN meets the model's 140.
        if !given.contains(':') && given.len() > 64 && given.len() <= FUNCTION_NAME.max {
            return Err(invalid(format!("1 validation error detected: Value '{given}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 64")));
        }
        let r = FunctionRef::parse(given, FUNCTION_NAME)?;
        if let Some(q) = &r.qualifier {
            // The model's pattern lets a qualifier through; a function is
            // created unqualified. AWS's words for this are not recorded.
            return Err(invalid(format!(
                "A function is created without a qualifier; remove :{q} from the FunctionName"
            )));
        }
        r.scope(caller)?;
        let name = r.name.as_str();
        let role = str_of(input, "Role");
        if !valid_role(role) {
            return Err(validation(role, "role", "Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"));
        }
        if input.get("PackageType").and_then(Value::as_str) == Some("Image")
            || input["Code"].get("ImageUri").is_some()
        {
            return Err(AwsError::not_emulated("Lambda container-image functions"));
        }
        for unbuilt in [
            "Layers",
            "VpcConfig",
            "DeadLetterConfig",
            "FileSystemConfigs",
            "CodeSigningConfigArn",
            "SnapStart",
        ] {
            if input.get(unbuilt).is_some_and(|v| !v.is_null()) {
                return Err(AwsError::not_emulated(format!("Lambda {unbuilt}")));
            }
        }
        let zip = package(&input["Code"])?;
        let architectures = architectures_of(input)?;
        let runtime = input
            .get("Runtime")
            .and_then(Value::as_str)
            .map(String::from);
        let handler = input
            .get("Handler")
            .and_then(Value::as_str)
            .map(String::from);
        match &runtime {
            None => return Err(invalid("Runtime and Handler are mandatory parameters for functions created with deployment packages.")),
            Some(r) => check_runtime(r)?,
        }
        if handler.as_deref().is_none_or(str::is_empty) {
            return Err(invalid("Runtime and Handler are mandatory parameters for functions created with deployment packages."));
        }
        if self.functions.values().any(|f| {
            f.name == name && f.account_id == caller.account_id && f.region == caller.region
        }) {
            return Err(conflict(format!("Function already exist: {name}")));
        }
        let timeout_s = check_range(input, "Timeout", "timeout", 3, 1, 900)?;
        let memory_mb = check_range(input, "MemorySize", "memorySize", 128, 128, 10_240)?;
        let environment = environment_of(input)?;
        let settings = FunctionSettings::default().updated(input)?;
        let id = self.next_function;
        self.next_function += 1;
        use sha2::Digest;
        let sha = crate::util::b64_encode(&sha2::Sha256::digest(&zip));
        let f = Function {
            id,
            name: name.to_string(),
            arn: format!(
                "arn:aws:lambda:{}:{}:function:{name}",
                caller.region, caller.account_id
            ),
            account_id: caller.account_id.clone(),
            region: caller.region.clone(),
            runtime,
            role: role.to_string(),
            handler,
            description: input
                .get("Description")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            timeout_s: timeout_s as u32,
            memory_mb: memory_mb as u32,
            code_size: zip.len() as u64,
            code_sha256: sha,
            behaviour: Behaviour::from_env(&environment.clone().unwrap_or_default()),
            environment_set: environment.is_some(),
            settings,
            readiness: Readiness::Creating,
            policy: Vec::new(),
            environment: environment.unwrap_or_default(),
            architectures,
            reserved_concurrency: None,
            last_modified: lambda_time(sim),
            revision_id: sim.rng.uuid(),
            tags: input
                .get("Tags")
                .and_then(Value::as_object)
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                        .collect()
                })
                .unwrap_or_default(),
            running: 0,
            stats: FunctionStats::default(),
            recent: VecDeque::new(),
        };
        self.functions.insert(id, f);
        record(sim, LambdaEvent::FunctionCreated { function: id });
        sim.schedule_in(
            READY_MS,
            Timer::Lambda(LambdaTimer::FunctionReady { function: id }),
        );
        // State Pending, as AWS answers (LocalStack's AWS-recorded
        // test_function_lifecycle: create_response).
        Ok(self.configuration(id))
    }

    /// FunctionConfiguration, as AWS writes it.
    pub fn configuration(&self, id: u32) -> Value {
        let f = &self.functions[&id];
        // The state members as AWS writes them (LocalStack's AWS-recorded
        // test_function_lifecycle: create_response, update_func_conf_response).
        const BEING_CREATED: &str = "The function is being created.";
        let creating = f.readiness == Readiness::Creating;
        let updating = f.readiness == Readiness::Updating;
        // The runtime version Lambda picked: AWS names it by an opaque
        // 64-hex-digit id; ours is derived from the runtime's name, so one
        // runtime has one version.
        let runtime_version = f.runtime.as_ref().map(|r| {
            use sha2::Digest;
            let id: String = sha2::Sha256::digest(r.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            json!({"RuntimeVersionArn": format!("arn:aws:lambda:{}::runtime:{id}", f.region)})
        });
        let mut v = json!({
            "FunctionName": f.name,
            "FunctionArn": f.arn,
            "Role": f.role,
            "CodeSize": f.code_size,
            "Description": f.description,
            "Timeout": f.timeout_s,
            "MemorySize": f.memory_mb,
            "LastModified": f.last_modified,
            "CodeSha256": f.code_sha256,
            "Version": "$LATEST",
            // Placeholders keep AWS's member order; `settings.write` fills them.
            "TracingConfig": null,
            "RevisionId": f.revision_id,
            "State": if creating { "Pending" } else { "Active" },
            "StateReason": creating.then_some(BEING_CREATED),
            "StateReasonCode": creating.then_some("Creating"),
            "LastUpdateStatus": (!creating).then_some(if updating { "InProgress" } else { "Successful" }),
            "LastUpdateStatusReason": updating.then_some(BEING_CREATED),
            "LastUpdateStatusReasonCode": updating.then_some("Creating"),
            "PackageType": "Zip",
            "Architectures": f.architectures,
            "EphemeralStorage": null,
            "SnapStart": {"ApplyOn": "None", "OptimizationStatus": "Off"},
            "RuntimeVersionConfig": runtime_version,
            "LoggingConfig": null,
        });
        f.settings.write(&f.name, &mut v);
        // What does not apply is left out, as AWS leaves it out.
        if let Some(o) = v.as_object_mut() {
            o.retain(|_, x| !x.is_null());
        }
        if let Some(r) = &f.runtime {
            v["Runtime"] = json!(r);
        }
        if let Some(h) = &f.handler {
            v["Handler"] = json!(h);
        }
        if !f.environment.is_empty() || f.environment_set {
            v["Environment"] = json!({"Variables": f.environment});
        }
        v
    }

    fn get_function(&self, caller: &Caller, input: &Value) -> CallResult {
        let id = self.resolve(caller, str_of(input, "FunctionName"))?;
        let f = &self.functions[&id];
        let mut out = json!({
            "Configuration": self.configuration(id),
            "Code": {"RepositoryType": "S3", "Location": format!("https://awslambda-{}-tasks.s3.{}.amazonaws.com/snapshots/{}/{}-{}", f.region, f.region, f.account_id, f.name, f.revision_id)},
        });
        if !f.tags.is_empty() {
            out["Tags"] = json!(f.tags);
        }
        if let Some(n) = f.reserved_concurrency {
            out["Concurrency"] = json!({"ReservedConcurrentExecutions": n});
        }
        Ok(out)
    }

    fn list_functions(&self, caller: &Caller, input: &Value) -> CallResult {
        let max = check_range(input, "MaxItems", "maxItems", 50, 1, 10_000)?.min(50) as usize;
        if let Some(v) = input.get("FunctionVersion").and_then(Value::as_str) {
            if v != "ALL" {
                return Err(validation(
                    v,
                    "functionVersion",
                    "Member must satisfy enum value set: [ALL]",
                ));
            }
        }
        let mut mine: Vec<&Function> = self
            .functions
            .values()
            .filter(|f| f.account_id == caller.account_id && f.region == caller.region)
            .collect();
        mine.sort_by(|a, b| a.name.cmp(&b.name));
        let start = match input.get("Marker").and_then(Value::as_str) {
            Some(m) => mine
                .iter()
                .position(|f| f.name.as_str() > m)
                .unwrap_or(mine.len()),
            None => 0,
        };
        let page: Vec<Value> = mine[start..]
            .iter()
            .take(max)
            .map(|f| {
                // A list leaves out the state members (GetFunction has them):
                // LocalStack's AWS-recorded test_list_functions.
                let mut c = self.configuration(f.id);
                if let Some(o) = c.as_object_mut() {
                    for k in [
                        "State",
                        "StateReason",
                        "StateReasonCode",
                        "LastUpdateStatus",
                        "LastUpdateStatusReason",
                        "LastUpdateStatusReasonCode",
                        "RuntimeVersionConfig",
                    ] {
                        o.shift_remove(k);
                    }
                }
                c
            })
            .collect();
        let mut out = json!({"Functions": page});
        if start + max < mine.len() {
            out["NextMarker"] = json!(mine[start + max - 1].name);
        }
        Ok(out)
    }

    fn delete_function(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        // `$LATEST` is the function itself: naming it is refused (LocalStack's
        // AWS-recorded test_ops_with_arn_qualifier_mismatch[delete_function]).
        let named = FunctionRef::parse(str_of(input, "FunctionName"), NAMESPACED_NAME)?;
        if input.get("Qualifier").and_then(Value::as_str) == Some("$LATEST")
            || named.qualifier.as_deref() == Some("$LATEST")
        {
            return Err(invalid(
                "$LATEST version cannot be deleted without deleting the function.",
            ));
        }
        let id = self.resolve(caller, str_of(input, "FunctionName"))?;
        self.functions.remove(&id);
        record(sim, LambdaEvent::FunctionDeleted { function: id });
        // Mappings of a deleted function stop finding it; AWS keeps them
        // ("PROBLEM: Function not found"), so do we.
        Ok(json!({}))
    }

    /// UpdateFunctionCode with a .zip (ZipFile): a new package, its size and
    /// hash, a new revision, the update in progress for a moment as with a
    /// configuration change. DryRun checks and answers without changing.
    fn update_code(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let id = self.resolve(caller, str_of(input, "FunctionName"))?;
        if input.get("SourceKMSKeyArn").is_some_and(|v| !v.is_null()) {
            return Err(AwsError::not_emulated(
                "Lambda deployment packages encrypted with a customer key (SourceKMSKeyArn)",
            ));
        }
        let zip = package(input)?;
        let architectures = match input.get("Architectures") {
            Some(a) if !a.is_null() => Some(architectures_of(input)?),
            _ => None,
        };
        check_revision(input, &self.functions[&id].revision_id)?;
        self.ready_for_update(id)?;
        if input.get("DryRun").and_then(Value::as_bool) == Some(true) {
            return Ok(self.configuration(id));
        }
        use sha2::Digest;
        let sha = crate::util::b64_encode(&sha2::Sha256::digest(&zip));
        let revision = sim.rng.uuid();
        let now = lambda_time(sim);
        let f = self.functions.get_mut(&id).expect("function");
        f.code_size = zip.len() as u64;
        f.code_sha256 = sha;
        if let Some(a) = architectures {
            f.architectures = a;
        }
        f.last_modified = now;
        f.revision_id = revision;
        Ok(self.begin_update(sim, id))
    }

    /// A change has been made: the update is in progress until
    /// `LambdaTimer::FunctionReady`, journaled, and answered with the
    /// configuration.
    fn begin_update(&mut self, sim: &mut Sim, id: u32) -> Value {
        if let Some(f) = self.functions.get_mut(&id) {
            f.readiness = Readiness::Updating;
        }
        sim.schedule_in(
            READY_MS,
            Timer::Lambda(LambdaTimer::FunctionReady { function: id }),
        );
        record(sim, LambdaEvent::FunctionUpdated { function: id });
        self.configuration(id)
    }

    fn update_configuration(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let id = self.resolve(caller, str_of(input, "FunctionName"))?;
        for unbuilt in [
            "Layers",
            "VpcConfig",
            "DeadLetterConfig",
            "FileSystemConfigs",
            "SnapStart",
        ] {
            if input.get(unbuilt).is_some_and(|v| !v.is_null()) {
                return Err(AwsError::not_emulated(format!("Lambda {unbuilt}")));
            }
        }
        if let Some(r) = input.get("Role").and_then(Value::as_str) {
            if !valid_role(r) {
                return Err(validation(r, "role", "Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"));
            }
        }
        if let Some(r) = input.get("Runtime").and_then(Value::as_str) {
            check_runtime(r)?;
        }
        let cur = self.functions[&id].clone();
        let timeout = check_range(
            input,
            "Timeout",
            "timeout",
            u64::from(cur.timeout_s),
            1,
            900,
        )?;
        let memory = check_range(
            input,
            "MemorySize",
            "memorySize",
            u64::from(cur.memory_mb),
            128,
            10_240,
        )?;
        let env = environment_of(input)?;
        let settings = cur.settings.updated(input)?;
        check_revision(input, &cur.revision_id)?;
        // The request is sound; is the function free to change?
        self.ready_for_update(id)?;
        let revision = sim.rng.uuid();
        let now = lambda_time(sim);
        let f = self.functions.get_mut(&id).expect("function");
        f.timeout_s = timeout as u32;
        f.memory_mb = memory as u32;
        f.settings = settings;
        if let Some(e) = env {
            f.behaviour = Behaviour::from_env(&e);
            f.environment = e;
            f.environment_set = true;
        }
        if let Some(r) = input.get("Role").and_then(Value::as_str) {
            f.role = r.to_string();
        }
        if let Some(r) = input.get("Runtime").and_then(Value::as_str) {
            f.runtime = Some(r.to_string());
        }
        if let Some(h) = input.get("Handler").and_then(Value::as_str) {
            f.handler = Some(h.to_string());
        }
        if let Some(d) = input.get("Description").and_then(Value::as_str) {
            f.description = d.to_string();
        }
        f.last_modified = now;
        f.revision_id = revision;
        Ok(self.begin_update(sim, id))
    }

    fn reserved_total(&self, account: &str, except: Option<u32>) -> u32 {
        self.functions
            .values()
            .filter(|f| f.account_id == account && Some(f.id) != except)
            .filter_map(|f| f.reserved_concurrency)
            .sum()
    }

    fn put_concurrency(&mut self, caller: &Caller, input: &Value) -> CallResult {
        let named = FunctionRef::parse(str_of(input, "FunctionName"), FUNCTION_NAME)?;
        if named.qualifier.is_some() {
            // LocalStack's AWS-recorded test_function_concurrency_exceptions.
            return Err(invalid("This operation is permitted on Lambda functions only. Aliases and versions do not support this operation. Please specify either a function name or an unqualified function ARN."));
        }
        let id = self.resolve(caller, str_of(input, "FunctionName"))?;
        let n = input
            .get("ReservedConcurrentExecutions")
            .and_then(Value::as_i64)
            .ok_or_else(|| AwsError::client("ValidationException", "1 validation error detected: Value null at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must not be null"))?;
        if n < 0 {
            return Err(validation(
                &n.to_string(),
                "reservedConcurrentExecutions",
                "Member must have value greater than or equal to 0",
            ));
        }
        let others = self.reserved_total(&caller.account_id, Some(id));
        if others as i64 + n > i64::from(ACCOUNT_CONCURRENCY - MIN_UNRESERVED) {
            return Err(invalid(format!(
                "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [{MIN_UNRESERVED}]."
            )));
        }
        self.functions
            .get_mut(&id)
            .expect("function")
            .reserved_concurrency = Some(n as u32);
        Ok(json!({"ReservedConcurrentExecutions": n}))
    }

    fn account_settings(&self, caller: &Caller) -> Value {
        let mine = self
            .functions
            .values()
            .filter(|f| f.account_id == caller.account_id);
        let (count, size) = mine.fold((0u64, 0u64), |(c, s), f| (c + 1, s + f.code_size));
        json!({
            "AccountLimit": {
                "TotalCodeSize": 80_530_636_800u64,
                "CodeSizeUnzipped": 262_144_000u64,
                "CodeSizeZipped": 52_428_800u64,
                "ConcurrentExecutions": ACCOUNT_CONCURRENCY,
                "UnreservedConcurrentExecutions": ACCOUNT_CONCURRENCY - self.reserved_total(&caller.account_id, None),
            },
            "AccountUsage": {"TotalCodeSize": size, "FunctionCount": count},
        })
    }

    fn list_tags(&self, input: &Value) -> CallResult {
        let arn = str_of(input, "Resource");
        let id = self
            .function_by_arn(arn)
            .ok_or_else(|| not_found(format!("Function not found: {arn}")))?;
        Ok(json!({"Tags": self.functions[&id].tags}))
    }

    fn tag(&mut self, input: &Value, add: bool) -> CallResult {
        let arn = str_of(input, "Resource");
        for kind in [
            "event-source-mapping",
            "code-signing-config",
            "capacity-provider",
        ] {
            if arn.split(':').nth(5) == Some(kind) {
                return Err(AwsError::not_emulated(format!("tags on Lambda {kind}s")));
            }
        }
        // The model's TaggableResource; then AWS's own checks (LocalStack's
        // AWS-recorded test_tag_exceptions and test_tag_limits).
        let r = FunctionRef::parse(arn, NAMESPACED_NAME)
            .ok()
            .filter(|r| arn.starts_with("arn:") && r.region.is_some() && r.account.is_some());
        let Some(r) = r else {
            return Err(validation(arn, "resource", "Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:(function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|capacity-provider:[a-zA-Z0-9-_]+)"));
        };
        if r.qualifier.is_some() {
            return Err(invalid(
                "Tags on function aliases and versions are not supported. Please specify a function ARN.",
            ));
        }
        if add {
            if input["Tags"].as_object().is_none_or(|t| t.is_empty()) {
                return Err(invalid(
                    "An error occurred and the request cannot be processed.",
                ));
            }
        } else if input["TagKeys"].as_array().is_none_or(|k| k.is_empty()) {
            return Err(AwsError::client("ValidationException", "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null"));
        }
        let id = self
            .function_by_arn(arn)
            .ok_or_else(|| not_found(format!("Function not found: {arn}")))?;
        let f = self.functions.get_mut(&id).expect("function");
        if add {
            let mut tags = f.tags.clone();
            for (k, v) in input["Tags"].as_object().into_iter().flatten() {
                tags.insert(k.clone(), v.as_str().unwrap_or("").to_string());
            }
            if tags.len() > 50 {
                return Err(invalid("Number of tags exceeds resource tag limit."));
            }
            f.tags = tags;
        } else {
            for k in input["TagKeys"].as_array().into_iter().flatten() {
                f.tags.remove(k.as_str().unwrap_or(""));
            }
        }
        Ok(json!({}))
    }

    /// Invoke: RequestResponse parks the call until the run ends; Event queues
    /// the payload (202); DryRun checks and answers 204.
    fn invoke(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
        call: u64,
    ) -> Option<CallResult> {
        let id = match self
            .resolve(caller, str_of(input, "FunctionName"))
            .and_then(|id| self.ready_to_run(id).map(|()| id))
        {
            Ok(id) => id,
            Err(e) => return Some(Err(e)),
        };
        if let Some(q) = input.get("Qualifier").and_then(Value::as_str) {
            if q != "$LATEST" {
                return Some(Err(AwsError::not_emulated(format!(
                    "Lambda versions and aliases (qualifier {q})"
                ))));
            }
        }
        let payload =
            match input.get("Payload").and_then(Value::as_str) {
                Some(b64) => match crate::util::b64_decode(b64) {
                    Ok(b) => b,
                    Err(_) => return Some(Err(AwsError::client(
                        "InvalidRequestContentException",
                        "Could not parse request body into json: Could not parse payload into json",
                    )
                    .with_status(400))),
                },
                None => b"{}".to_vec(),
            };
        let kind = input
            .get("InvocationType")
            .and_then(Value::as_str)
            .unwrap_or("RequestResponse");
        let limit = if kind == "Event" {
            ASYNC_PAYLOAD_MAX
        } else {
            SYNC_PAYLOAD_MAX
        };
        if payload.len() > limit {
            return Some(Err(AwsError::client(
                "RequestTooLargeException",
                format!("Request must be smaller than {limit} bytes for the Invoke operation"),
            )
            .with_status(413)));
        }
        let text = match String::from_utf8(payload) {
            Ok(t) if serde_json::from_str::<Value>(&t).is_ok() => t,
            _ => return Some(Err(AwsError::client("InvalidRequestContentException", "Could not parse request body into json: Could not parse payload into json: Unexpected character").with_status(400))),
        };
        match kind {
            "DryRun" => Some(Ok(json!({"StatusCode": 204}))),
            "Event" => {
                self.queue_async(sim, id, text);
                Some(Ok(json!({"StatusCode": 202})))
            }
            "RequestResponse" => match self.start(sim, id, text, Origin::Call(call)) {
                Ok(inv) => {
                    let tail = input.get("LogType").and_then(Value::as_str) == Some("Tail");
                    self.invocations.get_mut(&inv).expect("started").tail = tail;
                    None
                }
                Err(e) => Some(Err(e)),
            },
            other => Some(Err(validation(
                other,
                "invocationType",
                "Member must satisfy enum value set: [Event, RequestResponse, DryRun]",
            ))),
        }
    }

    /// Queues an asynchronous event (Invoke with Event, or SNS); Lambda runs
    /// it as soon as concurrency allows.
    pub fn queue_async(&mut self, sim: &mut Sim, function: u32, payload: String) {
        let n = self.next_async;
        self.next_async += 1;
        self.async_queue.insert(
            n,
            AsyncEvent {
                function,
                payload,
                attempt: 0,
                first_ms: sim.now.as_ms(),
                throttles: 0,
            },
        );
        sim.schedule_in(0, Timer::Lambda(LambdaTimer::AsyncDue { event: n }));
    }

    /// The concurrency a function may use now, and the reason name if it is exhausted.
    fn concurrency_check(&self, id: u32) -> Result<(), &'static str> {
        let f = &self.functions[&id];
        match f.reserved_concurrency {
            Some(r) => {
                if f.running >= r {
                    return Err("ReservedFunctionConcurrentInvocationLimitExceeded");
                }
            }
            None => {
                let pool = ACCOUNT_CONCURRENCY - self.reserved_total(&f.account_id, None);
                let used: u32 = self
                    .functions
                    .values()
                    .filter(|g| g.account_id == f.account_id && g.reserved_concurrency.is_none())
                    .map(|g| g.running)
                    .sum();
                if used >= pool {
                    return Err("ConcurrentInvocationLimitExceeded");
                }
            }
        }
        Ok(())
    }

    /// A Firehose data transformation by function `arn`: Firehose invokes the
    /// function synchronously with its batch and waits for the answer. The
    /// answer is decided now and Firehose holds the batch for the run time
    /// (SWITCHYARD_DURATION_MS + SWITCHYARD_MS_PER_RECORD per record); the
    /// invocation is counted in the function's statistics and recent
    /// invocations, and is not held against its concurrency. The code's
    /// `SWITCHYARD_*` behaviour maps onto Firehose's per-record results:
    /// a record whose data contains SWITCHYARD_FAIL_IF_CONTAINS comes back
    /// `ProcessingFailed`, the others `Ok` with their data unchanged;
    /// SWITCHYARD_RESPONSE, when set, is returned as the whole response;
    /// SWITCHYARD_FAIL_PERCENT and a run time past the function's timeout fail
    /// the invocation (`Lambda.FunctionError`). `None` when the world has no
    /// such function; else the result (`Err((code, message))` with Firehose's
    /// error codes) and the invocation's run time in ms.
    pub fn transform_for_firehose(
        &mut self,
        sim: &mut Sim,
        arn: &str,
        event: &Value,
    ) -> Option<(TransformOutcome, u64)> {
        let id = self.function_by_arn(arn)?;
        let f = self.functions.get_mut(&id)?;
        let records = event["records"].as_array().cloned().unwrap_or_default();
        let b = f.behaviour.clone();
        let duration = b.duration_ms + b.ms_per_record * records.len() as u64;
        let timed_out = duration > u64::from(f.timeout_s) * 1000;
        let random_fail = b.fail_percent > 0 && sim.rng.chance_ppm(b.fail_percent * 10_000);
        let result = if timed_out {
            Err((
                "Lambda.FunctionError".to_string(),
                format!("Task timed out after {}.00 seconds", f.timeout_s),
            ))
        } else if random_fail {
            Err((
                "Lambda.FunctionError".to_string(),
                "The function failed (SWITCHYARD_FAIL_PERCENT)".to_string(),
            ))
        } else if let Some(r) = &b.response {
            Ok(serde_json::from_str(r).unwrap_or(Value::Null))
        } else {
            let out: Vec<Value> = records
                .iter()
                .map(|r| {
                    let data = r["data"].as_str().unwrap_or_default();
                    let raw = crate::util::b64_decode(data).unwrap_or_default();
                    let text = String::from_utf8_lossy(&raw);
                    let fail = b
                        .fail_if_contains
                        .as_deref()
                        .is_some_and(|t| text.contains(t));
                    json!({"recordId": r["recordId"], "result": if fail { "ProcessingFailed" } else { "Ok" }, "data": data})
                })
                .collect();
            Ok(json!({ "records": out }))
        };
        let error = result.is_err();
        if f.recent.len() == RECENT_MAX {
            f.recent.pop_front();
        }
        f.recent.push_back(RecentInvocation {
            started_ms: sim.now.as_ms(),
            duration_ms: duration.min(u64::from(f.timeout_s) * 1000),
            records: records.len() as u32,
            labels: records
                .iter()
                .take(RECENT_LABELS)
                .map(|r| r["recordId"].as_str().unwrap_or_default().to_string())
                .collect(),
            error,
            timed_out,
        });
        f.stats.invocations += 1;
        if error {
            f.stats.errors += 1;
        }
        let took = duration.min(u64::from(f.timeout_s) * 1000);
        self.metric(sim, id, "Invocations", 1.0);
        self.metric(sim, id, "Errors", if error { 1.0 } else { 0.0 });
        self.metric(sim, id, "Duration", took as f64);
        Some((result, took))
    }

    /// Starts an invocation now, or refuses it with TooManyRequestsException.
    pub fn start(
        &mut self,
        sim: &mut Sim,
        id: u32,
        payload: String,
        origin: Origin,
    ) -> AwsResult<u64> {
        // Nothing runs before the function is Active: a caller that queues
        // (asynchronous events, mappings) tries again as after a throttle.
        self.ready_to_run(id)?;
        if let Err(reason) = self.concurrency_check(id) {
            let f = self.functions.get_mut(&id).expect("function");
            f.stats.throttles += 1;
            record(sim, LambdaEvent::Throttled { function: id });
            self.metric(sim, id, "Throttles", 1.0);
            return Err(
                AwsError::client("TooManyRequestsException", "Rate Exceeded.")
                    .with_status(429)
                    .with_extra("Reason", reason),
            );
        }
        let f = self.functions.get_mut(&id).expect("function");
        let event: Value = serde_json::from_str(&payload).unwrap_or(Value::Null);
        let records = event.get("Records").and_then(Value::as_array);
        let n_records = records.map_or(0, Vec::len) as u32;
        let b = &f.behaviour;
        let mut duration = b.duration_ms + b.ms_per_record * u64::from(n_records);
        let timeout_ms = u64::from(f.timeout_s) * 1000;
        let request_id = sim.rng.uuid();
        let poison: Vec<String> = match (&b.fail_if_contains, records) {
            (Some(text), Some(rs)) => rs
                .iter()
                .filter(|r| record_text(r).contains(text.as_str()))
                .map(item_id)
                .collect(),
            (Some(text), None) if payload.contains(text.as_str()) => vec![String::new()],
            _ => vec![],
        };
        let random_fail = b.fail_percent > 0 && sim.rng.chance_ppm(b.fail_percent * 10_000);
        let outcome = if duration > timeout_ms {
            duration = timeout_ms;
            Outcome::Failed {
                // The sandbox's own error, as current runtimes report a
                // timeout (AWS's payload; its documentation does not spell it).
                payload: json!({"errorType": "Sandbox.Timedout", "errorMessage": format!("RequestId: {request_id} Error: Task timed out after {}.00 seconds", f.timeout_s)}).to_string(),
                timed_out: true,
            }
        } else if random_fail {
            Outcome::Failed {
                payload: json!({"errorType": "Error", "errorMessage": "The function failed (SWITCHYARD_FAIL_PERCENT)"}).to_string(),
                timed_out: false,
            }
        } else if !poison.is_empty() && b.report_item_failures && records.is_some() {
            let failures: Vec<Value> = poison
                .iter()
                .map(|i| json!({"itemIdentifier": i}))
                .collect();
            Outcome::Returned(json!({"batchItemFailures": failures}).to_string())
        } else if !poison.is_empty() {
            Outcome::Failed {
                payload: json!({"errorType": "Error", "errorMessage": format!("Poison record: contains {:?}", b.fail_if_contains.as_deref().unwrap_or(""))}).to_string(),
                timed_out: false,
            }
        } else {
            Outcome::Returned(b.response.clone().unwrap_or_else(|| "null".into()))
        };
        let (error, timed_out) = match &outcome {
            Outcome::Failed { timed_out, .. } => (true, *timed_out),
            Outcome::Returned(_) => (false, false),
        };
        if f.recent.len() == RECENT_MAX {
            f.recent.pop_front();
        }
        f.recent.push_back(RecentInvocation {
            started_ms: sim.now.as_ms(),
            duration_ms: duration,
            records: n_records,
            labels: records
                .map(|rs| rs.iter().take(RECENT_LABELS).map(record_label).collect())
                .unwrap_or_default(),
            error,
            timed_out,
        });
        f.running += 1;
        f.stats.invocations += 1;
        f.stats.peak_concurrency = f.stats.peak_concurrency.max(f.running);
        let running = f.running;
        self.metric(sim, id, "Invocations", 1.0);
        self.metric(sim, id, "ConcurrentExecutions", f64::from(running));
        let inv = self.next_invocation;
        self.next_invocation += 1;
        self.invocations.insert(
            inv,
            Invocation {
                id: inv,
                function: id,
                origin,
                payload,
                started_ms: sim.now.as_ms(),
                request_id,
                outcome,
                duration_ms: duration,
                tail: false,
            },
        );
        record(
            sim,
            LambdaEvent::Invoked {
                function: id,
                invocation: inv,
                records: n_records,
            },
        );
        sim.schedule_in(
            duration.max(1),
            Timer::Lambda(LambdaTimer::Finished { invocation: inv }),
        );
        Ok(inv)
    }

    /// ResourceConflictException unless the function has left Pending, in
    /// AWS's words.
    fn ready_to_run(&self, id: u32) -> AwsResult<()> {
        match self.functions.get(&id).map(|f| f.readiness) {
            Some(Readiness::Creating) => Err(conflict(
                "The operation cannot be performed at this time. The function is currently in the following state: Pending",
            )),
            _ => Ok(()),
        }
    }

    /// ResourceConflictException while a create or an update is unfinished.
    fn ready_for_update(&self, id: u32) -> AwsResult<()> {
        self.ready_to_run(id)?;
        match self.functions.get(&id) {
            Some(f) if f.readiness == Readiness::Updating => Err(conflict(format!(
                "The operation cannot be performed at this time. An update is in progress for resource: {}",
                f.arn
            ))),
            _ => Ok(()),
        }
    }

    /// Lambda's own timers (pollers' timers are the world's: `poller::fire`).
    pub fn fire(&mut self, sim: &mut Sim, timer: LambdaTimer) {
        match timer {
            LambdaTimer::Finished { invocation } => self.finish(sim, invocation),
            LambdaTimer::AsyncDue { event } => self.run_async(sim, event),
            LambdaTimer::MappingTransition { mapping, serial } => {
                self.mapping_transition(sim, mapping, serial)
            }
            LambdaTimer::Poll { .. } => {}
            // Becoming Active, or finishing an update, is a new revision on
            // AWS (LocalStack's AWS-recorded test_function_revisions_basic).
            LambdaTimer::FunctionReady { function } => {
                if let Some(f) = self
                    .functions
                    .get_mut(&function)
                    .filter(|f| f.readiness != Readiness::Ready)
                {
                    f.readiness = Readiness::Ready;
                    f.revision_id = sim.rng.uuid();
                }
            }
        }
    }

    fn finish(&mut self, sim: &mut Sim, invocation: u64) {
        let Some(inv) = self.invocations.remove(&invocation) else {
            return;
        };
        let (error, timed_out) = match &inv.outcome {
            Outcome::Failed { timed_out, .. } => (true, *timed_out),
            Outcome::Returned(_) => (false, false),
        };
        if let Some(f) = self.functions.get_mut(&inv.function) {
            f.running = f.running.saturating_sub(1);
            if error {
                f.stats.errors += 1;
            }
            if timed_out {
                f.stats.timeouts += 1;
            }
            self.metric(sim, inv.function, "Errors", if error { 1.0 } else { 0.0 });
            self.metric(sim, inv.function, "Duration", inv.duration_ms as f64);
        }
        record(
            sim,
            LambdaEvent::Completed {
                function: inv.function,
                invocation,
                error,
                timed_out,
            },
        );
        if let Origin::Async { attempt, first_ms } = inv.origin {
            if error && attempt < ASYNC_RETRIES {
                let n = self.next_async;
                self.next_async += 1;
                self.async_queue.insert(
                    n,
                    AsyncEvent {
                        function: inv.function,
                        payload: inv.payload,
                        attempt: attempt + 1,
                        first_ms,
                        throttles: 0,
                    },
                );
                sim.schedule_in(
                    ASYNC_RETRY_DELAYS_MS[attempt as usize],
                    Timer::Lambda(LambdaTimer::AsyncDue { event: n }),
                );
            } else if error {
                record(
                    sim,
                    LambdaEvent::AsyncDropped {
                        function: inv.function,
                    },
                );
            }
            return;
        }
        self.finished.push_back(Finished { invocation: inv });
    }

    fn run_async(&mut self, sim: &mut Sim, event: u64) {
        let Some(mut e) = self.async_queue.remove(&event) else {
            return;
        };
        if !self.functions.contains_key(&e.function) {
            return;
        }
        let origin = Origin::Async {
            attempt: e.attempt,
            first_ms: e.first_ms,
        };
        if self
            .start(sim, e.function, e.payload.clone(), origin)
            .is_err()
        {
            // Throttled: back off (1 s doubling to 5 minutes) for up to 6 hours.
            if sim.now.as_ms() >= e.first_ms + ASYNC_MAX_AGE_MS {
                record(
                    sim,
                    LambdaEvent::AsyncDropped {
                        function: e.function,
                    },
                );
                return;
            }
            let delay = (1_000u64 << e.throttles.min(9)).min(300_000);
            e.throttles += 1;
            self.async_queue.insert(event, e);
            sim.schedule_in(delay, Timer::Lambda(LambdaTimer::AsyncDue { event }));
        }
    }

    /// Finished invocations the world must route (calls and mappings).
    pub fn drain_finished(&mut self) -> Vec<Finished> {
        self.finished.drain(..).collect()
    }

    /// Asynchronous events waiting (first tries and retries).
    pub fn queued_async(&self) -> usize {
        self.async_queue.len()
    }

    /// Invoke's output for a finished RequestResponse invocation.
    pub fn invoke_output(&self, inv: &Invocation) -> Value {
        let (payload, error) = match &inv.outcome {
            Outcome::Returned(p) => (p.clone(), None),
            Outcome::Failed { payload, .. } => (payload.clone(), Some("Unhandled")),
        };
        let mut out = json!({
            "StatusCode": 200,
            "Payload": crate::util::b64_encode(payload.as_bytes()),
            "ExecutedVersion": "$LATEST",
        });
        if let Some(e) = error {
            out["FunctionError"] = json!(e);
        }
        if inv.tail {
            let mem = self
                .functions
                .get(&inv.function)
                .map_or(128, |f| f.memory_mb);
            let billed = inv.duration_ms.max(1);
            let log = format!(
                "START RequestId: {id} Version: $LATEST\nEND RequestId: {id}\nREPORT RequestId: {id}\tDuration: {d}.00 ms\tBilled Duration: {billed} ms\tMemory Size: {mem} MB\tMax Memory Used: {used} MB\t\n",
                id = inv.request_id,
                d = inv.duration_ms,
                used = (mem / 4).max(40).min(mem),
            );
            out["LogResult"] = json!(crate::util::b64_encode(log.as_bytes()));
        }
        out
    }

    pub fn check_invariants(&self) {
        for f in self.functions.values() {
            let running = self
                .invocations
                .values()
                .filter(|i| i.function == f.id)
                .count() as u32;
            assert_eq!(f.running, running, "function {} running count", f.name);
            if let Some(r) = f.reserved_concurrency {
                assert!(
                    f.running <= r,
                    "function {} over its reserved concurrency",
                    f.name
                );
            }
        }
    }
}

/// The text a function's failure rule looks at in one record.
fn record_text(r: &Value) -> String {
    if let Some(b) = r.get("body").and_then(Value::as_str) {
        return b.to_string();
    }
    if let Some(d) = r.pointer("/kinesis/data").and_then(Value::as_str) {
        return crate::util::b64_decode(d)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
    }
    if let Some(m) = r.pointer("/Sns/Message").and_then(Value::as_str) {
        return m.to_string();
    }
    r.to_string()
}

/// A short label for a record of a batch event.
fn record_label(r: &Value) -> String {
    if let Some(k) = r.pointer("/kinesis/partitionKey").and_then(Value::as_str) {
        let seq = r
            .pointer("/kinesis/sequenceNumber")
            .and_then(Value::as_str)
            .unwrap_or("");
        return format!("{k}/{seq}");
    }
    if let Some(m) = r.get("messageId").and_then(Value::as_str) {
        return m.to_string();
    }
    r.pointer("/Sns/MessageId")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

/// A record's identifier in a partial batch response: SQS messageId, Kinesis
/// sequence number.
fn item_id(r: &Value) -> String {
    r.get("messageId")
        .or_else(|| r.pointer("/kinesis/sequenceNumber"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

pub(crate) fn str_of<'a>(input: &'a Value, k: &str) -> &'a str {
    input.get(k).and_then(Value::as_str).unwrap_or("")
}

fn valid_role(role: &str) -> bool {
    let Some(rest) = role.strip_prefix("arn:aws:iam::") else {
        return false;
    };
    let Some((acct, name)) = rest.split_once(":role/") else {
        return false;
    };
    acct.len() == 12
        && acct.bytes().all(|b| b.is_ascii_digit())
        && !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+=,.@-_/".contains(&b))
}

fn check_range(
    input: &Value,
    key: &str,
    member: &str,
    default: u64,
    min: u64,
    max: u64,
) -> AwsResult<u64> {
    match input.get(key) {
        None | Some(Value::Null) => Ok(default),
        Some(v) => {
            let n = v.as_i64().unwrap_or(i64::MIN);
            if n < min as i64 {
                Err(validation(
                    &v.to_string(),
                    member,
                    &format!("Member must have value greater than or equal to {min}"),
                ))
            } else if n > max as i64 {
                Err(validation(
                    &v.to_string(),
                    member,
                    &format!("Member must have value less than or equal to {max}"),
                ))
            } else {
                Ok(n as u64)
            }
        }
    }
}

/// Environment variables (at most 4 KB in all, names as AWS allows them).
fn environment_of(input: &Value) -> AwsResult<Option<BTreeMap<String, String>>> {
    let Some(vars) = input
        .pointer("/Environment/Variables")
        .and_then(Value::as_object)
    else {
        return Ok(None);
    };
    let mut out = BTreeMap::new();
    let mut size = 0;
    for (k, v) in vars {
        let first_ok = k.bytes().next().is_some_and(|b| b.is_ascii_alphabetic());
        if !first_ok || !k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            return Err(AwsError::client("ValidationException", format!("1 validation error detected: Value at 'environment.variables' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+] ({k})")));
        }
        if [
            "AWS_REGION",
            "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN",
            "AWS_LAMBDA_FUNCTION_NAME",
            "_HANDLER",
        ]
        .contains(&k.as_str())
        {
            return Err(invalid(format!("Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: {k}")));
        }
        let v = v.as_str().unwrap_or("").to_string();
        size += k.len() + v.len();
        out.insert(k.clone(), v);
    }
    if size > 4096 {
        return Err(invalid(format!("Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: {}", serde_json::to_string(&out).unwrap_or_default())));
    }
    Ok(Some(out))
}

/// A sentence for a Lambda event.
pub fn describe_event(world: &crate::world::World, e: &LambdaEvent) -> String {
    let f = |id: &u32| {
        world
            .lambda
            .function(*id)
            .map_or_else(|| format!("function #{id}"), |f| f.name.clone())
    };
    let m = |id: &u32| format!("mapping #{id}");
    match e {
        LambdaEvent::FunctionCreated { function } => {
            format!("Lambda function {} created", f(function))
        }
        LambdaEvent::FunctionDeleted { function } => format!("Lambda function #{function} deleted"),
        LambdaEvent::FunctionUpdated { function } => {
            format!("Lambda function {} updated", f(function))
        }
        LambdaEvent::Invoked {
            function, records, ..
        } => {
            if *records > 0 {
                format!("{} invoked with {records} records", f(function))
            } else {
                format!("{} invoked", f(function))
            }
        }
        LambdaEvent::Completed {
            function,
            error,
            timed_out,
            ..
        } => match (error, timed_out) {
            (_, true) => format!("{} timed out", f(function)),
            (true, _) => format!("{} failed", f(function)),
            _ => format!("{} succeeded", f(function)),
        },
        LambdaEvent::Throttled { function } => {
            format!("{} throttled (TooManyRequestsException)", f(function))
        }
        LambdaEvent::AsyncDropped { function } => format!(
            "{}: asynchronous event dropped after its retries",
            f(function)
        ),
        LambdaEvent::MappingCreated { mapping } => format!("event-source {} created", m(mapping)),
        LambdaEvent::MappingStateChanged { mapping } => format!(
            "event-source {} is {}",
            m(mapping),
            world
                .lambda
                .mappings
                .get(mapping)
                .map_or("deleted", |x| x.state.as_str())
        ),
        LambdaEvent::MappingDeleted { mapping } => format!("event-source {} deleted", m(mapping)),
        LambdaEvent::MessagesDeleted { mapping, count } => format!(
            "event-source {}: deleted {count} processed messages",
            m(mapping)
        ),
        LambdaEvent::MappingDiscarded {
            mapping,
            records,
            sent_to_destination,
        } => format!(
            "event-source {}: gave up on {records} records{}",
            m(mapping),
            if *sent_to_destination {
                ", on-failure record sent"
            } else {
                ""
            }
        ),
        LambdaEvent::MappingBisected { mapping, records } => format!(
            "event-source {}: split a failing batch of {records}",
            m(mapping)
        ),
    }
}

/// A .zip deployment package (`Code` of CreateFunction, or the request of
/// UpdateFunctionCode), checked as AWS checks it.
fn package(code: &Value) -> AwsResult<Vec<u8>> {
    if code.get("S3Bucket").is_some() || code.get("S3Key").is_some() {
        return Err(AwsError::not_emulated(
            "Lambda code from S3 (give the package as ZipFile)",
        ));
    }
    if code.get("ImageUri").is_some() {
        return Err(AwsError::not_emulated("Lambda container-image functions"));
    }
    let zip = match code.get("ZipFile").and_then(Value::as_str) {
        Some(b64) => crate::util::b64_decode(b64).map_err(|_| {
            invalid(
                "Could not unzip uploaded file. Please check your file, then try to upload again.",
            )
        })?,
        None => return Err(invalid("Please provide a source for function code.")),
    };
    if zip.len() < 22 || &zip[..2] != b"PK" {
        return Err(invalid(
            "Could not unzip uploaded file. Please check your file, then try to upload again.",
        ));
    }
    // AWS's package limits (LocalStack's AWS-recorded
    // test_oversized_zipped_create_lambda and test_oversized_unzipped_lambda).
    if zip.len() > 52_428_800 {
        return Err(AwsError::client(
            "RequestEntityTooLargeException",
            "Zipped size must be smaller than 52428800 bytes",
        )
        .with_status(413));
    }
    if unzipped_size(&zip) > 262_144_000 {
        return Err(invalid(
            "Unzipped size must be smaller than 262144000 bytes",
        ));
    }
    Ok(zip)
}

/// RevisionId, when given, must be the function's latest (AWS's
/// PreconditionFailedException; LocalStack's AWS-recorded
/// test_function_revisions_basic).
fn check_revision(input: &Value, current: &str) -> AwsResult<()> {
    match input.get("RevisionId").and_then(Value::as_str) {
        Some(r) if r != current => Err(AwsError::client(
            "PreconditionFailedException",
            "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id",
        )
        .with_status(412)),
        _ => Ok(()),
    }
}

/// Architectures as CreateFunction takes them: one of x86_64 or arm64
/// (default x86_64), in the model's words when not.
fn architectures_of(input: &Value) -> AwsResult<Vec<String>> {
    let Some(list) = input.get("Architectures").filter(|v| !v.is_null()) else {
        return Ok(vec!["x86_64".into()]);
    };
    let items: Vec<String> = list
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v.as_str().unwrap_or("null").to_string())
                .collect()
        })
        .unwrap_or_default();
    let shown = format!("[{}]", items.join(", "));
    if items.is_empty() {
        return Err(validation(
            &shown,
            "architectures",
            "Member must have length greater than or equal to 1",
        ));
    }
    if items.len() > 1 {
        return Err(validation(
            &shown,
            "architectures",
            "Member must have length less than or equal to 1",
        ));
    }
    if !["x86_64", "arm64"].contains(&items[0].as_str()) {
        return Err(validation(&shown, "architectures", "Member must satisfy constraint: [Member must satisfy enum value set: [x86_64, arm64], Member must not be null]"));
    }
    Ok(items)
}

/// The bytes a .zip unpacks to: the uncompressed sizes its central directory
/// lists (0 when the directory cannot be read; the archive's signature was
/// already checked).
fn unzipped_size(zip: &[u8]) -> u64 {
    let u16_at = |i: usize| {
        zip.get(i..i + 2)
            .map_or(0, |b| u16::from_le_bytes([b[0], b[1]]) as usize)
    };
    let u32_at = |i: usize| {
        zip.get(i..i + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    // The end-of-central-directory record: 22 bytes plus a comment of up to
    // 65,535, found from the end.
    let low = zip.len().saturating_sub(22 + 65_535);
    let Some(end) = (low..=zip.len().saturating_sub(22))
        .rev()
        .find(|&i| zip[i..i + 4] == [0x50, 0x4b, 0x05, 0x06])
    else {
        return 0;
    };
    let entries = u16_at(end + 10);
    let mut at = u32_at(end + 16);
    let mut total = 0u64;
    for _ in 0..entries {
        if zip.get(at..at + 4) != Some(&[0x50, 0x4b, 0x01, 0x02][..]) {
            break;
        }
        total += u32_at(at + 24) as u64;
        at += 46 + u16_at(at + 28) + u16_at(at + 30) + u16_at(at + 32);
    }
    total
}
