//! Amazon Kinesis Data Analytics for SQL applications (API version
//! 2015-08-14, "v1").
//!
//! AWS has retired Kinesis Data Analytics for SQL (new applications could not
//! be created from 15 October 2025; Amazon Managed Service for Apache Flink
//! succeeds it). Switchyard still builds its model, as the user's notes teach
//! it, and the page says it is retired.
//!
//! An application has one streaming source (a Kinesis data stream or a
//! Firehose delivery stream) mapped by its input schema into in-application
//! input streams (`<NamePrefix>_001`, ...), application code (CREATE OR
//! REPLACE STREAM / PUMP, compiled by `sql`), up to three outputs (an
//! in-application stream written to a Kinesis stream, a delivery stream or a
//! Lambda function as JSON or CSV), and reference tables loaded from S3.
//!
//! Like the other engines it never calls another one: reading the source,
//! loading reference objects and writing outputs are requests the world
//! carries (`drain_polls`, `drain_loads`, `drain_writes`; see
//! `world_io.rs`).

pub mod discover;
pub mod exec;
pub mod format;
pub mod model;
pub mod sql;
pub mod value;
pub(crate) mod world_io;

use crate::clients::shards::ShardCursor;
use crate::error::{AwsError, AwsResult};
use crate::sim::{Event, Sim, Timer};
use crate::world::{CallResult, Caller};
use exec::{Row, Runtime};
use format::Schema;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use sql::{Program, StreamDef};
use std::collections::{BTreeMap, VecDeque};

/// How long an application takes to start, stop, update or be deleted (figures
/// of ours: AWS gives none; starting takes about a minute there).
pub const STARTING_MS: u64 = 10_000;
pub const STOPPING_MS: u64 = 5_000;
pub const DELETING_MS: u64 = 2_000;
/// How often a running application reads its source.
pub const POLL_MS: u64 = 1_000;
/// Applications per account and Region (the service's quota).
pub const MAX_APPLICATIONS: usize = 50;
/// Outputs per application ("up to three destinations", CreateApplication).
pub const MAX_OUTPUTS: usize = 3;
/// Streaming sources per application (one, CreateApplication).
pub const MAX_INPUTS: usize = 1;
/// Reference data sources per application (the service's quota).
pub const MAX_REFERENCES: usize = 1;
/// Records an output keeps waiting while its destination refuses them; past
/// this the oldest are dropped (and logged). AWS keeps retrying and the
/// application falls behind its source; a bound keeps the world's memory finite.
pub const MAX_PENDING: usize = 100_000;
/// Records read per source shard per poll.
pub const GET_RECORDS_LIMIT: u32 = 10_000;

/// Analytics timers (payload of `sim::Timer::Analytics`); stale ones (their
/// serial no longer current) are ignored.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AnalyticsTimer {
    /// STARTING -> RUNNING, STOPPING -> READY, DELETING -> gone.
    Transition { app: u32, serial: u64 },
    /// Read the source.
    Poll { app: u32, serial: u64 },
    /// A tumbling window ends.
    Window { app: u32, serial: u64 },
}

/// Analytics journal events.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AnalyticsEvent {
    Created {
        app: u32,
    },
    Status {
        app: u32,
        status: AppStatus,
    },
    Updated {
        app: u32,
        version: u64,
    },
    Deleted {
        app: u32,
    },
    /// Records read from the source this poll (rows into the input stream).
    Read {
        app: u32,
        records: u32,
        rows: u32,
        errors: u32,
    },
    /// Windows closed: result rows.
    WindowClosed {
        app: u32,
        rows: u32,
    },
    /// Records written to an output.
    Output {
        app: u32,
        output: u32,
        records: u32,
        failed: u32,
    },
    /// A reference table loaded (rows) or failed.
    ReferenceLoaded {
        app: u32,
        rows: u32,
        ok: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AppStatus {
    Ready,
    Starting,
    Running,
    Stopping,
    Updating,
    Deleting,
}

impl AppStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AppStatus::Ready => "READY",
            AppStatus::Starting => "STARTING",
            AppStatus::Running => "RUNNING",
            AppStatus::Stopping => "STOPPING",
            AppStatus::Updating => "UPDATING",
            AppStatus::Deleting => "DELETING",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceKind {
    KinesisStream,
    Firehose,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InputCfg {
    pub id: String,
    pub name_prefix: String,
    pub kind: SourceKind,
    pub arn: String,
    pub role: String,
    pub schema: Schema,
    pub parallelism: u32,
    pub starting: Option<String>,
}

impl InputCfg {
    pub fn stream_names(&self) -> Vec<String> {
        (1..=self.parallelism)
            .map(|i| format!("{}_{i:03}", self.name_prefix))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DestKind {
    KinesisStream,
    Firehose,
    Lambda,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutputCfg {
    pub id: String,
    pub name: String,
    pub kind: DestKind,
    pub arn: String,
    pub role: String,
    pub csv: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RefCfg {
    pub id: String,
    pub table: String,
    pub bucket_arn: String,
    pub key: String,
    pub role: String,
    pub schema: Schema,
}

/// Counters for the page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counters {
    pub records_read: u64,
    pub rows_in: u64,
    pub parse_errors: u64,
    pub windows_closed: u64,
    pub records_written: u64,
    pub write_failures: u64,
}

/// Records waiting for an output.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    pub records: VecDeque<Vec<u8>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct App {
    pub id: u32,
    pub name: String,
    pub arn: String,
    pub account: String,
    pub region: String,
    pub description: String,
    pub status: AppStatus,
    pub create_ms: u64,
    pub update_ms: u64,
    pub version: u64,
    pub code: String,
    pub input: Option<InputCfg>,
    pub outputs: Vec<OutputCfg>,
    pub refs: Vec<RefCfg>,
    pub logging: Vec<Value>,
    pub tags: BTreeMap<String, String>,
    /// The program while running.
    pub runtime: Option<Runtime>,
    /// Reference tables loaded from S3 for this run (table -> rows).
    pub loaded: BTreeMap<String, Vec<Vec<value::Val>>>,
    pub serial: u64,
    pub window_at: Option<i64>,
    pub cursors: BTreeMap<String, ShardCursor>,
    /// Where a run reads from: Unix ms for NOW / a LAST_STOPPED_POINT
    /// that never ran, None for TRIM_HORIZON.
    pub read_from_ms: Option<u64>,
    pub counters: Counters,
    pub pending: Vec<Pending>,
    /// Recent problems (the page; CloudWatch Logs in AWS).
    pub log: VecDeque<String>,
    next_item: u32,
}

impl App {
    fn input_streams(&self) -> Vec<StreamDef> {
        self.input
            .iter()
            .flat_map(|i| {
                i.stream_names().into_iter().map(|n| StreamDef {
                    name: n,
                    columns: i.schema.columns.clone(),
                })
            })
            .collect()
    }

    fn ref_tables(&self) -> Vec<StreamDef> {
        self.refs
            .iter()
            .map(|r| StreamDef {
                name: r.table.clone(),
                columns: r.schema.columns.clone(),
            })
            .collect()
    }

    /// Compiles the code against the application's inputs and tables.
    pub fn compile(&self, strict: bool) -> Result<Program, String> {
        let streams = self.input_streams();
        let tables = self.ref_tables();
        sql::compile(
            &self.code,
            &sql::Env {
                streams: &streams,
                tables: &tables,
            },
            strict,
        )
    }

    pub(crate) fn push_log(&mut self, unix_ms: u64, line: String) {
        if self.log.len() == 50 {
            self.log.pop_front();
        }
        self.log.push_back(format!(
            "{} {line}",
            crate::sim::time::format_unix_ms(unix_ms)
        ));
    }
}

/// A write for the world to carry to an output's destination.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputWrite {
    pub app: u32,
    pub output: usize,
    pub kind: DestKind,
    pub arn: String,
    pub records: Vec<Vec<u8>>,
}

/// A reference object for the world to read.
#[derive(Debug, Clone, PartialEq)]
pub struct RefLoad {
    pub app: u32,
    pub reference: usize,
    pub bucket: String,
    pub key: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Analytics {
    apps: BTreeMap<u32, App>,
    next_app: u32,
    #[serde(skip)]
    polls: Vec<u32>,
    #[serde(skip)]
    loads: Vec<RefLoad>,
    #[serde(skip)]
    writes: Vec<OutputWrite>,
}

fn not_found(what: String) -> AwsError {
    AwsError::client("ResourceNotFoundException", what)
}

fn invalid(msg: impl Into<String>) -> AwsError {
    AwsError::client("InvalidArgumentException", msg)
}

fn in_use(msg: impl Into<String>) -> AwsError {
    AwsError::client("ResourceInUseException", msg)
}

fn constraint(value: &str, member: &str, c: &str) -> AwsError {
    AwsError::client(
        "ValidationException",
        format!("1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: {c}"),
    )
}

fn check_name(name: &str, member: &str) -> AwsResult<()> {
    if name.is_empty() || name.len() > 128 {
        return Err(constraint(
            name,
            member,
            "Member must have length less than or equal to 128",
        ));
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
    {
        return Err(constraint(
            name,
            member,
            "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        ));
    }
    Ok(())
}

fn check_arn(arn: &str, member: &str) -> AwsResult<()> {
    if arn.is_empty() || arn.len() > 2048 || !arn.starts_with("arn:") {
        return Err(constraint(
            arn,
            member,
            "Member must satisfy regular expression pattern: arn:.*",
        ));
    }
    Ok(())
}

fn secs(ms: u64) -> f64 {
    ms as f64 / 1000.0
}

impl Analytics {
    pub fn call(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        operation: &str,
        input: Value,
    ) -> CallResult {
        let input = crate::kinesis::input::operation_input(&model::SPEC, operation, input)?;
        match operation {
            "CreateApplication" => self.create(sim, caller, &input),
            "DescribeApplication" => {
                let id = self.find(caller, &input)?;
                Ok(json!({"ApplicationDetail": self.detail(&self.apps[&id])}))
            }
            "ListApplications" => self.list(caller, &input),
            "DeleteApplication" => self.delete(sim, caller, &input),
            "StartApplication" => self.start(sim, caller, &input),
            "StopApplication" => self.stop(sim, caller, &input),
            "UpdateApplication" => self.update(sim, caller, &input),
            "AddApplicationInput" => self.modify(sim, caller, &input, |app, input| {
                if app.input.is_some() {
                    return Err(invalid("An application can have only one streaming source (input)"));
                }
                let mut i = parse_input(&input["Input"], app.next_item + 1)?;
                app.next_item += 1;
                i.id = format!("{}.1", app.next_item);
                app.input = Some(i);
                Ok(())
            }),
            "AddApplicationOutput" => self.modify(sim, caller, &input, |app, input| {
                if app.outputs.len() >= MAX_OUTPUTS {
                    return Err(invalid(format!("An application can have at most {MAX_OUTPUTS} outputs")));
                }
                let o = parse_output(&input["Output"], app.next_item + 1)?;
                if app.outputs.iter().any(|x| x.name == o.name && x.arn == o.arn) {
                    return Err(invalid(format!("Output to {} from in-application stream {} already exists", o.arn, o.name)));
                }
                app.next_item += 1;
                app.outputs.push(o);
                app.pending.push(Pending::default());
                Ok(())
            }),
            "DeleteApplicationOutput" => self.modify(sim, caller, &input, |app, input| {
                let id = input["OutputId"].as_str().unwrap_or_default();
                let i = app
                    .outputs
                    .iter()
                    .position(|o| o.id == id)
                    .ok_or_else(|| not_found(format!("Output {id} not found")))?;
                app.outputs.remove(i);
                app.pending.remove(i);
                Ok(())
            }),
            "AddApplicationReferenceDataSource" => self.modify(sim, caller, &input, |app, input| {
                if app.refs.len() >= MAX_REFERENCES {
                    return Err(invalid(format!("An application can have at most {MAX_REFERENCES} reference data source")));
                }
                let r = parse_reference(&input["ReferenceDataSource"], app.next_item + 1)?;
                if app.input.as_ref().is_some_and(|i| i.stream_names().contains(&r.table)) {
                    return Err(invalid(format!("Reference table name {} is already an in-application stream", r.table)));
                }
                app.next_item += 1;
                app.refs.push(r);
                Ok(())
            }),
            "DeleteApplicationReferenceDataSource" => self.modify(sim, caller, &input, |app, input| {
                let id = input["ReferenceId"].as_str().unwrap_or_default();
                let i = app
                    .refs
                    .iter()
                    .position(|o| o.id == id)
                    .ok_or_else(|| not_found(format!("Reference data source {id} not found")))?;
                app.refs.remove(i);
                Ok(())
            }),
            "AddApplicationCloudWatchLoggingOption" => self.modify(sim, caller, &input, |app, input| {
                let o = &input["CloudWatchLoggingOption"];
                check_arn(o["LogStreamARN"].as_str().unwrap_or_default(), "cloudWatchLoggingOption.logStreamARN")?;
                app.next_item += 1;
                let mut d = o.clone();
                d["CloudWatchLoggingOptionId"] = json!(format!("{}.1", app.next_item));
                app.logging.push(d);
                Ok(())
            }),
            "DeleteApplicationCloudWatchLoggingOption" => self.modify(sim, caller, &input, |app, input| {
                let id = input["CloudWatchLoggingOptionId"].as_str().unwrap_or_default();
                let before = app.logging.len();
                app.logging.retain(|o| o["CloudWatchLoggingOptionId"] != id);
                if app.logging.len() == before {
                    return Err(not_found(format!("CloudWatch logging option {id} not found")));
                }
                Ok(())
            }),
            "TagResource" => self.tag(caller, &input, true),
            "UntagResource" => self.tag(caller, &input, false),
            "ListTagsForResource" => {
                let id = self.find_arn(caller, &input)?;
                let tags: Vec<Value> =
                    self.apps[&id].tags.iter().map(|(k, v)| json!({"Key": k, "Value": v})).collect();
                Ok(json!({"Tags": tags}))
            }
            // The world reads the samples (`world_io::discover`); reaching
            // here means it had none to give.
            "DiscoverInputSchema" => Err(AwsError::client(
                "UnableToDetectSchemaException",
                "No records were found on the streaming source to infer a schema from",
            )),
            "AddApplicationInputProcessingConfiguration" | "DeleteApplicationInputProcessingConfiguration" => Err(
                AwsError::not_emulated(format!("kinesisanalytics:{operation} (input preprocessing with a Lambda function)")),
            ),
            other => Err(AwsError::not_emulated(format!("kinesisanalytics:{other}"))),
        }
    }

    fn find(&self, caller: &Caller, input: &Value) -> AwsResult<u32> {
        let name = input["ApplicationName"].as_str().unwrap_or_default();
        check_name(name, "applicationName")?;
        self.apps
            .values()
            .find(|a| a.name == name && a.account == caller.account_id && a.region == caller.region)
            .map(|a| a.id)
            .ok_or_else(|| not_found(format!("Application {name} is not found.")))
    }

    fn find_arn(&self, caller: &Caller, input: &Value) -> AwsResult<u32> {
        let arn = input["ResourceARN"].as_str().unwrap_or_default();
        let _ = caller;
        self.apps
            .values()
            .find(|a| a.arn == arn)
            .map(|a| a.id)
            .ok_or_else(|| not_found(format!("Resource {arn} is not found.")))
    }

    fn create(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let name = input["ApplicationName"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        check_name(&name, "applicationName")?;
        let description = input["ApplicationDescription"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if description.len() > 1024 {
            return Err(constraint(
                &description,
                "applicationDescription",
                "Member must have length less than or equal to 1024",
            ));
        }
        let code = input["ApplicationCode"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if code.len() > 102_400 {
            return Err(constraint(
                "...",
                "applicationCode",
                "Member must have length less than or equal to 102400",
            ));
        }
        let mine = self
            .apps
            .values()
            .filter(|a| a.account == caller.account_id && a.region == caller.region);
        if mine.clone().any(|a| a.name == name) {
            return Err(in_use(format!("Application {name} already exists")));
        }
        if mine.count() >= MAX_APPLICATIONS {
            return Err(AwsError::client(
                "LimitExceededException",
                format!("Exceeded the number of applications allowed ({MAX_APPLICATIONS})"),
            ));
        }
        let mut app = App {
            id: self.next_app,
            arn: format!(
                "arn:aws:kinesisanalytics:{}:{}:application/{name}",
                caller.region, caller.account_id
            ),
            name,
            account: caller.account_id.clone(),
            region: caller.region.clone(),
            description,
            status: AppStatus::Ready,
            create_ms: sim.unix_ms(),
            update_ms: sim.unix_ms(),
            version: 1,
            code,
            input: None,
            outputs: vec![],
            refs: vec![],
            logging: vec![],
            tags: BTreeMap::new(),
            runtime: None,
            loaded: BTreeMap::new(),
            serial: 0,
            window_at: None,
            cursors: BTreeMap::new(),
            read_from_ms: None,
            counters: Counters::default(),
            pending: vec![],
            log: VecDeque::new(),
            next_item: 0,
        };
        let inputs = input["Inputs"].as_array().cloned().unwrap_or_default();
        if inputs.len() > MAX_INPUTS {
            return Err(invalid(
                "An application can have only one streaming source (input)",
            ));
        }
        for i in &inputs {
            app.next_item += 1;
            app.input = Some(parse_input(i, app.next_item)?);
        }
        let outputs = input["Outputs"].as_array().cloned().unwrap_or_default();
        if outputs.len() > MAX_OUTPUTS {
            return Err(invalid(format!(
                "An application can have at most {MAX_OUTPUTS} outputs"
            )));
        }
        for o in &outputs {
            app.next_item += 1;
            app.outputs.push(parse_output(o, app.next_item)?);
            app.pending.push(Pending::default());
        }
        for o in input["CloudWatchLoggingOptions"]
            .as_array()
            .into_iter()
            .flatten()
        {
            check_arn(
                o["LogStreamARN"].as_str().unwrap_or_default(),
                "cloudWatchLoggingOptions.member.logStreamARN",
            )?;
            app.next_item += 1;
            let mut d = o.clone();
            d["CloudWatchLoggingOptionId"] = json!(format!("{}.1", app.next_item));
            app.logging.push(d);
        }
        let tags = input["Tags"].as_array().cloned().unwrap_or_default();
        if tags.len() > 50 {
            return Err(AwsError::client(
                "TooManyTagsException",
                "Application created with too many tags (at most 50)",
            ));
        }
        for t in tags {
            app.tags.insert(
                t["Key"].as_str().unwrap_or_default().into(),
                t["Value"].as_str().unwrap_or_default().into(),
            );
        }
        app.compile(false).map_err(code_error)?;
        let id = app.id;
        let summary = summary(&app);
        self.apps.insert(id, app);
        self.next_app += 1;
        sim.record(Event::Analytics(AnalyticsEvent::Created { app: id }));
        Ok(json!({"ApplicationSummary": summary}))
    }

    fn list(&self, caller: &Caller, input: &Value) -> CallResult {
        let limit = input["Limit"].as_u64().unwrap_or(50);
        if !(1..=50).contains(&limit) {
            return Err(constraint(
                &limit.to_string(),
                "limit",
                "Member must have value less than or equal to 50",
            ));
        }
        let after = input["ExclusiveStartApplicationName"].as_str();
        let mut mine: Vec<&App> = self
            .apps
            .values()
            .filter(|a| a.account == caller.account_id && a.region == caller.region)
            .collect();
        mine.sort_by(|a, b| a.name.cmp(&b.name));
        let rest: Vec<&App> = mine
            .into_iter()
            .filter(|a| after.is_none_or(|x| a.name.as_str() > x))
            .collect();
        let page: Vec<Value> = rest
            .iter()
            .take(limit as usize)
            .map(|a| summary(a))
            .collect();
        Ok(
            json!({"ApplicationSummaries": page, "HasMoreApplications": rest.len() > limit as usize}),
        )
    }

    /// Checks CurrentApplicationVersionId and that the application can be changed.
    fn check_version(app: &App, input: &Value) -> AwsResult<()> {
        let v = input["CurrentApplicationVersionId"].as_u64().unwrap_or(0);
        if !(1..=999_999_999).contains(&v) {
            return Err(constraint(
                &v.to_string(),
                "currentApplicationVersionId",
                "Member must have value greater than or equal to 1",
            ));
        }
        if matches!(
            app.status,
            AppStatus::Deleting | AppStatus::Starting | AppStatus::Stopping | AppStatus::Updating
        ) {
            return Err(in_use(format!(
                "Application {} is in {} state",
                app.name,
                app.status.as_str()
            )));
        }
        if v != app.version {
            // AWS documents ConcurrentModificationException for a version that
            // is not the current one; its exact message is not documented.
            return Err(AwsError::client(
                "ConcurrentModificationException",
                format!("Current application version id {v} does not match the application's version {}", app.version),
            ));
        }
        Ok(())
    }

    /// An Add*/Delete* change: version check, the change, a recompile, a new version.
    fn modify(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
        change: impl FnOnce(&mut App, &Value) -> AwsResult<()>,
    ) -> CallResult {
        let id = self.find(caller, input)?;
        let app = self.apps.get_mut(&id).expect("found");
        Self::check_version(app, input)?;
        let mut next = app.clone();
        change(&mut next, input)?;
        next.compile(false).map_err(code_error)?;
        *app = next;
        Self::bump(sim, app);
        self.restart_running(sim, id);
        Ok(json!({}))
    }

    fn bump(sim: &mut Sim, app: &mut App) {
        app.version += 1;
        app.update_ms = sim.unix_ms();
        sim.record(Event::Analytics(AnalyticsEvent::Updated {
            app: app.id,
            version: app.version,
        }));
    }

    /// A running application picks up its new configuration at once (its
    /// windows and in-application streams start empty again). A program that
    /// no longer compiles fully stops it, with the reason in its log.
    fn restart_running(&mut self, sim: &mut Sim, id: u32) {
        let app = self.apps.get_mut(&id).expect("app");
        if app.status != AppStatus::Running {
            return;
        }
        match app.compile(true) {
            Ok(p) => {
                app.runtime = Some(build_runtime(app, p));
                app.serial += 1;
                let serial = app.serial;
                sim.schedule_in(
                    POLL_MS,
                    Timer::Analytics(AnalyticsTimer::Poll { app: id, serial }),
                );
                app.window_at = None;
                for (i, r) in app.refs.iter().enumerate() {
                    if !app.loaded.contains_key(&r.table) {
                        self.loads.push(ref_load(id, i, r));
                    }
                }
            }
            Err(e) => {
                app.push_log(sim.unix_ms(), format!("Application stopped: {e}"));
                app.runtime = None;
                app.status = AppStatus::Ready;
                app.serial += 1;
                sim.record(Event::Analytics(AnalyticsEvent::Status {
                    app: id,
                    status: AppStatus::Ready,
                }));
            }
        }
    }

    fn update(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let upd = input["ApplicationUpdate"].clone();
        self.modify(sim, caller, input, move |app, _| {
            if let Some(code) = upd["ApplicationCodeUpdate"].as_str() {
                if code.len() > 102_400 {
                    return Err(constraint(
                        "...",
                        "applicationUpdate.applicationCodeUpdate",
                        "Member must have length less than or equal to 102400",
                    ));
                }
                app.code = code.to_string();
            }
            for u in upd["InputUpdates"].as_array().into_iter().flatten() {
                let id = u["InputId"].as_str().unwrap_or_default();
                let Some(i) = app.input.as_mut().filter(|i| i.id == id) else {
                    return Err(not_found(format!("Input {id} not found")));
                };
                if let Some(p) = u["NamePrefixUpdate"].as_str() {
                    check_stream_name(p, "namePrefixUpdate")?;
                    i.name_prefix = p.to_string();
                }
                if let Some(s) = u["KinesisStreamsInputUpdate"].as_object() {
                    i.kind = SourceKind::KinesisStream;
                    update_str(&mut i.arn, s.get("ResourceARNUpdate"));
                    update_str(&mut i.role, s.get("RoleARNUpdate"));
                }
                if let Some(s) = u["KinesisFirehoseInputUpdate"].as_object() {
                    i.kind = SourceKind::Firehose;
                    update_str(&mut i.arn, s.get("ResourceARNUpdate"));
                    update_str(&mut i.role, s.get("RoleARNUpdate"));
                }
                if u["InputSchemaUpdate"].is_object() {
                    let s = &u["InputSchemaUpdate"];
                    let mut full = i.schema.to_json();
                    if s["RecordFormatUpdate"].is_object() {
                        full["RecordFormat"] = s["RecordFormatUpdate"].clone();
                    }
                    if s["RecordColumnUpdates"].is_array() {
                        full["RecordColumns"] = s["RecordColumnUpdates"].clone();
                    }
                    i.schema = Schema::from_json(&full).map_err(invalid)?;
                }
                if let Some(n) = u["InputParallelismUpdate"]["CountUpdate"].as_u64() {
                    if !(1..=64).contains(&n) {
                        return Err(constraint(
                            &n.to_string(),
                            "inputParallelismUpdate.countUpdate",
                            "Member must have value less than or equal to 64",
                        ));
                    }
                    i.parallelism = n as u32;
                }
                if u["InputProcessingConfigurationUpdate"].is_object() {
                    return Err(AwsError::not_emulated(
                        "kinesisanalytics input preprocessing with a Lambda function",
                    ));
                }
            }
            for u in upd["OutputUpdates"].as_array().into_iter().flatten() {
                let id = u["OutputId"].as_str().unwrap_or_default();
                let Some(o) = app.outputs.iter_mut().find(|o| o.id == id) else {
                    return Err(not_found(format!("Output {id} not found")));
                };
                if let Some(n) = u["NameUpdate"].as_str() {
                    check_stream_name(n, "nameUpdate")?;
                    o.name = n.to_string();
                }
                for (member, kind) in [
                    ("KinesisStreamsOutputUpdate", DestKind::KinesisStream),
                    ("KinesisFirehoseOutputUpdate", DestKind::Firehose),
                    ("LambdaOutputUpdate", DestKind::Lambda),
                ] {
                    if let Some(s) = u[member].as_object() {
                        o.kind = kind;
                        update_str(&mut o.arn, s.get("ResourceARNUpdate"));
                        update_str(&mut o.role, s.get("RoleARNUpdate"));
                    }
                }
                if let Some(t) = u["DestinationSchemaUpdate"]["RecordFormatType"].as_str() {
                    o.csv = dest_csv(t)?;
                }
            }
            for u in upd["ReferenceDataSourceUpdates"]
                .as_array()
                .into_iter()
                .flatten()
            {
                let id = u["ReferenceId"].as_str().unwrap_or_default();
                let Some(r) = app.refs.iter_mut().find(|o| o.id == id) else {
                    return Err(not_found(format!("Reference data source {id} not found")));
                };
                if let Some(t) = u["TableNameUpdate"].as_str() {
                    check_stream_name(t, "tableNameUpdate")?;
                    r.table = t.to_string();
                }
                if let Some(s) = u["S3ReferenceDataSourceUpdate"].as_object() {
                    update_str(&mut r.bucket_arn, s.get("BucketARNUpdate"));
                    update_str(&mut r.key, s.get("FileKeyUpdate"));
                    update_str(&mut r.role, s.get("ReferenceRoleARNUpdate"));
                }
                if u["ReferenceSchemaUpdate"].is_object() {
                    r.schema = Schema::from_json(&u["ReferenceSchemaUpdate"]).map_err(invalid)?;
                }
                app.loaded.remove(&r.table);
            }
            Ok(())
        })
    }

    fn delete(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let id = self.find(caller, input)?;
        let app = self.apps.get_mut(&id).expect("found");
        let ts = input["CreateTimestamp"].as_f64().unwrap_or(0.0);
        if (ts - secs(app.create_ms)).abs() >= 1.0 {
            return Err(invalid(format!(
                "CreateTimestamp {ts} does not match application {}'s ({})",
                app.name,
                secs(app.create_ms)
            )));
        }
        if app.status == AppStatus::Deleting {
            return Err(in_use(format!(
                "Application {} is already being deleted",
                app.name
            )));
        }
        app.status = AppStatus::Deleting;
        app.runtime = None;
        app.serial += 1;
        let serial = app.serial;
        sim.record(Event::Analytics(AnalyticsEvent::Status {
            app: id,
            status: AppStatus::Deleting,
        }));
        sim.schedule_in(
            DELETING_MS,
            Timer::Analytics(AnalyticsTimer::Transition { app: id, serial }),
        );
        Ok(json!({}))
    }

    fn start(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let id = self.find(caller, input)?;
        let app = self.apps.get_mut(&id).expect("found");
        if app.status != AppStatus::Ready {
            return Err(in_use(format!(
                "Application {} is in {} state; it must be READY to start",
                app.name,
                app.status.as_str()
            )));
        }
        let Some(inp) = app.input.as_ref() else {
            return Err(AwsError::client(
                "InvalidApplicationConfigurationException",
                format!(
                    "Application {} has no input; add one (AddApplicationInput) before starting it",
                    app.name
                ),
            ));
        };
        let configs = input["InputConfigurations"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mut position = None;
        for c in &configs {
            let cid = c["Id"].as_str().unwrap_or_default();
            if cid != inp.id {
                return Err(invalid(format!(
                    "Input id {cid} not found in application {}",
                    app.name
                )));
            }
            position = c["InputStartingPositionConfiguration"]["InputStartingPosition"]
                .as_str()
                .map(String::from);
        }
        if configs.is_empty() {
            return Err(invalid(
                "InputConfigurations must name the application's input",
            ));
        }
        if app.outputs.is_empty() {
            // Allowed by AWS (results stay in the application); nothing to do.
        }
        if let Err(e) = app.compile(true) {
            return Err(AwsError::client(
                "InvalidApplicationConfigurationException",
                e,
            ));
        }
        let position = position.unwrap_or_else(|| "NOW".into());
        match position.as_str() {
            "TRIM_HORIZON" => {
                app.cursors.clear();
                app.read_from_ms = None;
            }
            "LAST_STOPPED_POINT" if !app.cursors.is_empty() => {}
            // LAST_STOPPED_POINT of an application that never ran reads from
            // now (AWS does not document that case).
            // NOW: "just after the most recent record in the stream, at the
            // request time stamp" (InputStartingPosition): what arrived up to
            // this millisecond is skipped.
            "NOW" | "LAST_STOPPED_POINT" => {
                app.cursors.clear();
                app.read_from_ms = Some(sim.unix_ms() + 1);
            }
            other => {
                return Err(constraint(
                    other,
                    "inputStartingPositionConfiguration.inputStartingPosition",
                    "Member must satisfy enum value set: [NOW, TRIM_HORIZON, LAST_STOPPED_POINT]",
                ))
            }
        }
        if let Some(i) = app.input.as_mut() {
            i.starting = Some(position);
        }
        app.status = AppStatus::Starting;
        app.serial += 1;
        let serial = app.serial;
        sim.record(Event::Analytics(AnalyticsEvent::Status {
            app: id,
            status: AppStatus::Starting,
        }));
        sim.schedule_in(
            STARTING_MS,
            Timer::Analytics(AnalyticsTimer::Transition { app: id, serial }),
        );
        Ok(json!({}))
    }

    fn stop(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let id = self.find(caller, input)?;
        let app = self.apps.get_mut(&id).expect("found");
        // "You can stop an application only if it is in the running state"
        // (StopApplication).
        if app.status != AppStatus::Running {
            return Err(in_use(format!(
                "Application {} is in {} state; only a RUNNING application can be stopped",
                app.name,
                app.status.as_str()
            )));
        }
        app.status = AppStatus::Stopping;
        app.serial += 1;
        let serial = app.serial;
        sim.record(Event::Analytics(AnalyticsEvent::Status {
            app: id,
            status: AppStatus::Stopping,
        }));
        sim.schedule_in(
            STOPPING_MS,
            Timer::Analytics(AnalyticsTimer::Transition { app: id, serial }),
        );
        Ok(json!({}))
    }

    fn tag(&mut self, caller: &Caller, input: &Value, add: bool) -> CallResult {
        let id = self.find_arn(caller, input)?;
        let app = self.apps.get_mut(&id).expect("found");
        if add {
            let tags = input["Tags"].as_array().cloned().unwrap_or_default();
            let mut next = app.tags.clone();
            for t in tags {
                next.insert(
                    t["Key"].as_str().unwrap_or_default().into(),
                    t["Value"].as_str().unwrap_or_default().into(),
                );
            }
            if next.len() > 50 {
                return Err(AwsError::client(
                    "TooManyTagsException",
                    "Too many tags added to the application (at most 50)",
                ));
            }
            app.tags = next;
        } else {
            for k in input["TagKeys"].as_array().into_iter().flatten() {
                app.tags.remove(k.as_str().unwrap_or_default());
            }
        }
        Ok(json!({}))
    }

    /// AWS's ApplicationDetail.
    pub fn detail(&self, app: &App) -> Value {
        let inputs: Vec<Value> = app
            .input
            .iter()
            .map(|i| {
                let src = json!({"ResourceARN": i.arn, "RoleARN": i.role});
                let mut d = json!({
                    "InputId": i.id,
                    "NamePrefix": i.name_prefix,
                    "InAppStreamNames": i.stream_names(),
                    "InputSchema": i.schema.to_json(),
                    "InputParallelism": {"Count": i.parallelism},
                });
                match i.kind {
                    SourceKind::KinesisStream => d["KinesisStreamsInputDescription"] = src,
                    SourceKind::Firehose => d["KinesisFirehoseInputDescription"] = src,
                }
                if let Some(p) = &i.starting {
                    d["InputStartingPositionConfiguration"] = json!({"InputStartingPosition": p});
                }
                d
            })
            .collect();
        let outputs: Vec<Value> = app
            .outputs
            .iter()
            .map(|o| {
                let dest = json!({"ResourceARN": o.arn, "RoleARN": o.role});
                let mut d = json!({"OutputId": o.id, "Name": o.name,
                    "DestinationSchema": {"RecordFormatType": if o.csv { "CSV" } else { "JSON" }}});
                let key = match o.kind {
                    DestKind::KinesisStream => "KinesisStreamsOutputDescription",
                    DestKind::Firehose => "KinesisFirehoseOutputDescription",
                    DestKind::Lambda => "LambdaOutputDescription",
                };
                d[key] = dest;
                d
            })
            .collect();
        let refs: Vec<Value> = app
            .refs
            .iter()
            .map(|r| {
                json!({"ReferenceId": r.id, "TableName": r.table,
                    "S3ReferenceDataSourceDescription": {"BucketARN": r.bucket_arn, "FileKey": r.key, "ReferenceRoleARN": r.role},
                    "ReferenceSchema": r.schema.to_json()})
            })
            .collect();
        let mut d = json!({
            "ApplicationName": app.name,
            "ApplicationARN": app.arn,
            "ApplicationStatus": app.status.as_str(),
            "CreateTimestamp": secs(app.create_ms),
            "LastUpdateTimestamp": secs(app.update_ms),
            "InputDescriptions": inputs,
            "OutputDescriptions": outputs,
            "ReferenceDataSourceDescriptions": refs,
            "CloudWatchLoggingOptionDescriptions": app.logging,
            "ApplicationCode": app.code,
            "ApplicationVersionId": app.version,
        });
        if !app.description.is_empty() {
            d["ApplicationDescription"] = json!(app.description);
        }
        d
    }

    // ---------------------------------------------------------------- running

    pub fn fire(&mut self, sim: &mut Sim, t: AnalyticsTimer) {
        match t {
            AnalyticsTimer::Transition { app, serial } => self.transition(sim, app, serial),
            AnalyticsTimer::Poll { app, serial } => {
                let Some(a) = self.apps.get(&app) else { return };
                if a.serial != serial || a.status != AppStatus::Running {
                    return;
                }
                self.polls.push(app);
                self.queue_writes(app);
                sim.schedule_in(
                    POLL_MS,
                    Timer::Analytics(AnalyticsTimer::Poll { app, serial }),
                );
            }
            AnalyticsTimer::Window { app, serial } => {
                let Some(a) = self.apps.get_mut(&app) else {
                    return;
                };
                if a.serial != serial || a.status != AppStatus::Running {
                    return;
                }
                a.window_at = None;
                let now = sim.unix_ms() as i64;
                let mut out = vec![];
                if let Some(rt) = a.runtime.as_mut() {
                    rt.close_windows(now, &mut out);
                }
                let rows = out
                    .iter()
                    .filter(|(s, _)| a.outputs.iter().any(|o| o.name == *s))
                    .count();
                a.counters.windows_closed += 1;
                sim.record(Event::Analytics(AnalyticsEvent::WindowClosed {
                    app,
                    rows: rows as u32,
                }));
                self.route_rows(sim, app, out);
                self.queue_writes(app);
            }
        }
    }

    fn transition(&mut self, sim: &mut Sim, id: u32, serial: u64) {
        let Some(app) = self.apps.get_mut(&id) else {
            return;
        };
        if app.serial != serial {
            return;
        }
        match app.status {
            AppStatus::Starting => match app.compile(true) {
                Ok(p) => {
                    app.loaded.clear();
                    app.runtime = Some(build_runtime(app, p));
                    app.status = AppStatus::Running;
                    app.window_at = None;
                    sim.record(Event::Analytics(AnalyticsEvent::Status {
                        app: id,
                        status: AppStatus::Running,
                    }));
                    for (i, r) in app.refs.iter().enumerate() {
                        self.loads.push(ref_load(id, i, r));
                    }
                    self.polls.push(id);
                    sim.schedule_in(
                        POLL_MS,
                        Timer::Analytics(AnalyticsTimer::Poll { app: id, serial }),
                    );
                }
                Err(e) => {
                    app.push_log(sim.unix_ms(), format!("Application failed to start: {e}"));
                    app.status = AppStatus::Ready;
                    sim.record(Event::Analytics(AnalyticsEvent::Status {
                        app: id,
                        status: AppStatus::Ready,
                    }));
                }
            },
            AppStatus::Stopping => {
                app.status = AppStatus::Ready;
                app.runtime = None;
                for p in &mut app.pending {
                    p.records.clear();
                }
                sim.record(Event::Analytics(AnalyticsEvent::Status {
                    app: id,
                    status: AppStatus::Ready,
                }));
            }
            AppStatus::Deleting => {
                self.apps.remove(&id);
                sim.record(Event::Analytics(AnalyticsEvent::Deleted { app: id }));
            }
            _ => {}
        }
    }

    /// Records read from the source (by the world): each is parsed by the
    /// input schema into rows of the input streams (ROWTIME: now), then the
    /// pumps run.
    pub fn source_records(&mut self, sim: &mut Sim, id: u32, records: Vec<(String, Vec<u8>, u64)>) {
        let Some(app) = self.apps.get_mut(&id) else {
            return;
        };
        let (Some(input), Some(_)) = (app.input.clone(), app.runtime.as_ref()) else {
            return;
        };
        let now = sim.unix_ms() as i64;
        let names = input.stream_names();
        let mut per_stream: Vec<Vec<Row>> = vec![vec![]; names.len()];
        let mut errors: Vec<Row> = vec![];
        let n_records = records.len() as u32;
        for (shard, data, arrival) in records {
            // With more than one input stream, a source shard's records go to
            // one of them (by shard), so a key's order is kept.
            let which = if names.len() > 1 {
                (shard
                    .bytes()
                    .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32))
                    as usize)
                    % names.len()
            } else {
                0
            };
            match input.schema.parse(&data) {
                Ok(rows) => per_stream[which].extend(rows.into_iter().map(|vals| Row {
                    rowtime: now,
                    arrival: Some(arrival as i64),
                    vals,
                })),
                Err(e) => {
                    let raw = Row {
                        rowtime: now,
                        arrival: None,
                        vals: vec![value::Val::Str(String::from_utf8_lossy(&data).into_owned())],
                    };
                    errors.push(exec::error_row(&raw, "", "Parse_Error", &e).1);
                }
            }
        }
        let rows: u32 = per_stream.iter().map(|r| r.len() as u32).sum();
        app.counters.records_read += n_records as u64;
        app.counters.rows_in += rows as u64;
        app.counters.parse_errors += errors.len() as u64;
        if n_records > 0 {
            sim.record(Event::Analytics(AnalyticsEvent::Read {
                app: id,
                records: n_records,
                rows,
                errors: errors.len() as u32,
            }));
        }
        let mut out = vec![];
        let rt = app.runtime.as_mut().expect("running");
        if !errors.is_empty() {
            rt.insert(exec::ERROR_STREAM, errors, &mut out);
        }
        for (name, rows) in names.iter().zip(per_stream) {
            if !rows.is_empty() {
                rt.insert(name, rows, &mut out);
            }
        }
        self.route_rows(sim, id, out);
    }

    /// Rows that reached output streams become records waiting for their
    /// destinations.
    fn route_rows(&mut self, sim: &mut Sim, id: u32, out: Vec<exec::Emitted>) {
        let Some(app) = self.apps.get_mut(&id) else {
            return;
        };
        let Some(rt) = app.runtime.as_ref() else {
            return;
        };
        // Each output's stream columns, looked up once (not per row).
        let cols: Vec<&[sql::Column]> = app
            .outputs
            .iter()
            .map(|o| {
                rt.stream(&o.name)
                    .map(|s| s.def.columns.as_slice())
                    .unwrap_or_default()
            })
            .collect();
        for (stream, row) in &out {
            for (i, o) in app.outputs.iter().enumerate() {
                if &o.name == stream {
                    app.pending[i]
                        .records
                        .push_back(format::encode_row(cols[i], &row.vals, o.csv));
                }
            }
        }
        // Schedule the end of the earliest open window (new rows may have
        // opened one, in the input's pumps or downstream).
        if let Some(close) = rt.next_close() {
            if app.window_at.is_none_or(|w| close < w) {
                app.window_at = Some(close);
                let delay = (close - sim.unix_ms() as i64).max(0) as u64;
                let serial = app.serial;
                sim.schedule_in(
                    delay,
                    Timer::Analytics(AnalyticsTimer::Window { app: id, serial }),
                );
            }
        }
    }

    /// Hands what is waiting for each output to the world (500 records at a time).
    fn queue_writes(&mut self, id: u32) {
        let Some(app) = self.apps.get_mut(&id) else {
            return;
        };
        for (i, o) in app.outputs.iter().enumerate() {
            let p = &mut app.pending[i];
            while !p.records.is_empty() {
                let n = p.records.len().min(500);
                let records: Vec<Vec<u8>> = p.records.drain(..n).collect();
                self.writes.push(OutputWrite {
                    app: id,
                    output: i,
                    kind: o.kind.clone(),
                    arn: o.arn.clone(),
                    records,
                });
            }
        }
    }

    /// What the world did with a write: failed records wait for the next poll.
    pub fn write_result(
        &mut self,
        sim: &mut Sim,
        w: OutputWrite,
        failed: Vec<Vec<u8>>,
        error: Option<String>,
    ) {
        let Some(app) = self.apps.get_mut(&w.app) else {
            return;
        };
        let ok = w.records.len() - failed.len();
        app.counters.records_written += ok as u64;
        app.counters.write_failures += failed.len() as u64;
        if let Some(e) = error {
            app.push_log(
                sim.unix_ms(),
                format!("Output {} to {}: {e}", w.output, w.arn),
            );
        }
        sim.record(Event::Analytics(AnalyticsEvent::Output {
            app: w.app,
            output: w.output as u32,
            records: ok as u32,
            failed: failed.len() as u32,
        }));
        let mut dropped = 0;
        if let Some(p) = app.pending.get_mut(w.output) {
            for r in failed.into_iter().rev() {
                p.records.push_front(r);
            }
            while p.records.len() > MAX_PENDING {
                p.records.pop_front();
                dropped += 1;
            }
        }
        if dropped > 0 {
            app.push_log(
                sim.unix_ms(),
                format!(
                    "Output {}: {dropped} oldest records dropped ({MAX_PENDING} waiting)",
                    w.output
                ),
            );
        }
    }

    /// A reference object read by the world (or why it could not be).
    pub fn reference_loaded(
        &mut self,
        sim: &mut Sim,
        load: &RefLoad,
        body: Result<Vec<u8>, String>,
    ) {
        let Some(app) = self.apps.get_mut(&load.app) else {
            return;
        };
        let Some(r) = app.refs.get(load.reference).cloned() else {
            return;
        };
        let rows = body.and_then(|b| r.schema.parse(&b));
        match rows {
            Ok(rows) => {
                let n = rows.len() as u32;
                app.loaded.insert(r.table.clone(), rows.clone());
                if let Some(rt) = app.runtime.as_mut() {
                    rt.tables.insert(r.table.clone(), rows);
                    rt.table_widths
                        .insert(r.table.clone(), r.schema.columns.len());
                }
                sim.record(Event::Analytics(AnalyticsEvent::ReferenceLoaded {
                    app: load.app,
                    rows: n,
                    ok: true,
                }));
            }
            Err(e) => {
                app.push_log(
                    sim.unix_ms(),
                    format!(
                        "Reference table {} (s3://{}/{}): {e}",
                        r.table, load.bucket, load.key
                    ),
                );
                sim.record(Event::Analytics(AnalyticsEvent::ReferenceLoaded {
                    app: load.app,
                    rows: 0,
                    ok: false,
                }));
            }
        }
    }

    pub fn drain_polls(&mut self) -> Vec<u32> {
        std::mem::take(&mut self.polls)
    }
    pub fn drain_loads(&mut self) -> Vec<RefLoad> {
        std::mem::take(&mut self.loads)
    }
    pub fn drain_writes(&mut self) -> Vec<OutputWrite> {
        std::mem::take(&mut self.writes)
    }

    pub fn apps(&self) -> impl Iterator<Item = &App> {
        self.apps.values()
    }
    pub fn app(&self, id: u32) -> Option<&App> {
        self.apps.get(&id)
    }
    pub(crate) fn app_mut(&mut self, id: u32) -> Option<&mut App> {
        self.apps.get_mut(&id)
    }
    pub fn lookup(&self, account: &str, region: &str, name: &str) -> Option<u32> {
        self.apps
            .values()
            .find(|a| a.account == account && a.region == region && a.name == name)
            .map(|a| a.id)
    }

    pub fn check_invariants(&self) {
        for a in self.apps.values() {
            assert_eq!(
                a.pending.len(),
                a.outputs.len(),
                "analytics app {}: one pending queue per output",
                a.name
            );
            assert!(a.outputs.len() <= MAX_OUTPUTS);
            assert_eq!(
                a.runtime.is_some(),
                a.status == AppStatus::Running
                    || (a.status == AppStatus::Stopping && a.runtime.is_some()),
                "analytics app {}: a runtime exists only while running",
                a.name
            );
        }
    }
}

fn build_runtime(app: &App, p: Program) -> Runtime {
    let tables = app
        .refs
        .iter()
        .map(|r| {
            (
                StreamDef {
                    name: r.table.clone(),
                    columns: r.schema.columns.clone(),
                },
                app.loaded.get(&r.table).cloned().unwrap_or_default(),
            )
        })
        .collect();
    Runtime::new(p, &app.input_streams(), tables)
}

fn ref_load(app: u32, i: usize, r: &RefCfg) -> RefLoad {
    RefLoad {
        app,
        reference: i,
        bucket: r
            .bucket_arn
            .rsplit(':')
            .next()
            .unwrap_or_default()
            .to_string(),
        key: r.key.clone(),
    }
}

fn code_error(e: String) -> AwsError {
    AwsError::client("CodeValidationException", e)
}

fn update_str(field: &mut String, v: Option<&Value>) {
    if let Some(s) = v.and_then(Value::as_str) {
        *field = s.to_string();
    }
}

fn check_stream_name(n: &str, member: &str) -> AwsResult<()> {
    if n.is_empty() || n.chars().count() > 32 {
        return Err(constraint(
            n,
            member,
            "Member must have length less than or equal to 32",
        ));
    }
    Ok(())
}

fn dest_csv(t: &str) -> AwsResult<bool> {
    match t {
        "JSON" => Ok(false),
        "CSV" => Ok(true),
        other => Err(constraint(
            other,
            "destinationSchema.recordFormatType",
            "Member must satisfy enum value set: [JSON, CSV]",
        )),
    }
}

fn summary(app: &App) -> Value {
    json!({"ApplicationName": app.name, "ApplicationARN": app.arn, "ApplicationStatus": app.status.as_str()})
}

fn source_of(v: &Value) -> AwsResult<(String, String)> {
    let arn = v["ResourceARN"].as_str().unwrap_or_default().to_string();
    let role = v["RoleARN"].as_str().unwrap_or_default().to_string();
    check_arn(&arn, "resourceARN")?;
    check_arn(&role, "roleARN")?;
    Ok((arn, role))
}

fn parse_input(v: &Value, n: u32) -> AwsResult<InputCfg> {
    let prefix = v["NamePrefix"].as_str().unwrap_or_default().to_string();
    check_stream_name(&prefix, "input.namePrefix")?;
    let (kind, src) = match (
        v["KinesisStreamsInput"].is_object(),
        v["KinesisFirehoseInput"].is_object(),
    ) {
        (true, false) => (SourceKind::KinesisStream, &v["KinesisStreamsInput"]),
        (false, true) => (SourceKind::Firehose, &v["KinesisFirehoseInput"]),
        _ => {
            return Err(invalid(
                "Exactly one of KinesisStreamsInput or KinesisFirehoseInput must be given",
            ))
        }
    };
    let (arn, role) = source_of(src)?;
    if v["InputProcessingConfiguration"].is_object() {
        return Err(AwsError::not_emulated("kinesisanalytics input preprocessing with a Lambda function (InputProcessingConfiguration)"));
    }
    let schema = Schema::from_json(&v["InputSchema"]).map_err(invalid)?;
    let parallelism = v["InputParallelism"]["Count"].as_u64().unwrap_or(1);
    if !(1..=64).contains(&parallelism) {
        return Err(constraint(
            &parallelism.to_string(),
            "input.inputParallelism.count",
            "Member must have value less than or equal to 64",
        ));
    }
    Ok(InputCfg {
        id: format!("{n}.1"),
        name_prefix: prefix,
        kind,
        arn,
        role,
        schema,
        parallelism: parallelism as u32,
        starting: None,
    })
}

fn parse_output(v: &Value, n: u32) -> AwsResult<OutputCfg> {
    let name = v["Name"].as_str().unwrap_or_default().to_string();
    check_stream_name(&name, "output.name")?;
    let present: Vec<(&str, DestKind)> = [
        ("KinesisStreamsOutput", DestKind::KinesisStream),
        ("KinesisFirehoseOutput", DestKind::Firehose),
        ("LambdaOutput", DestKind::Lambda),
    ]
    .into_iter()
    .filter(|(k, _)| v[*k].is_object())
    .collect();
    let [(member, kind)] = present.as_slice() else {
        return Err(invalid("Exactly one of KinesisStreamsOutput, KinesisFirehoseOutput or LambdaOutput must be given"));
    };
    let (arn, role) = source_of(&v[*member])?;
    let csv = dest_csv(
        v["DestinationSchema"]["RecordFormatType"]
            .as_str()
            .unwrap_or_default(),
    )?;
    Ok(OutputCfg {
        id: format!("{n}.1"),
        name,
        kind: kind.clone(),
        arn,
        role,
        csv,
    })
}

fn parse_reference(v: &Value, n: u32) -> AwsResult<RefCfg> {
    let table = v["TableName"].as_str().unwrap_or_default().to_string();
    check_stream_name(&table, "referenceDataSource.tableName")?;
    let s3 = &v["S3ReferenceDataSource"];
    let bucket_arn = s3["BucketARN"].as_str().unwrap_or_default().to_string();
    check_arn(
        &bucket_arn,
        "referenceDataSource.s3ReferenceDataSource.bucketARN",
    )?;
    let key = s3["FileKey"].as_str().unwrap_or_default().to_string();
    if key.is_empty() {
        return Err(invalid("S3ReferenceDataSource needs a FileKey"));
    }
    let role = s3["ReferenceRoleARN"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    check_arn(
        &role,
        "referenceDataSource.s3ReferenceDataSource.referenceRoleARN",
    )?;
    let schema = Schema::from_json(&v["ReferenceSchema"]).map_err(invalid)?;
    Ok(RefCfg {
        id: format!("{n}.1"),
        table,
        bucket_arn,
        key,
        role,
        schema,
    })
}

/// A line for the page's event log.
pub fn describe_event(world: &crate::world::World, e: &AnalyticsEvent) -> String {
    let name = |id: &u32| {
        world
            .analytics
            .app(*id)
            .map(|a| a.name.clone())
            .unwrap_or_else(|| format!("app {id}"))
    };
    match e {
        AnalyticsEvent::Created { app } => format!("Analytics application {} created", name(app)),
        AnalyticsEvent::Status { app, status } => {
            format!("Analytics application {} is {}", name(app), status.as_str())
        }
        AnalyticsEvent::Updated { app, version } => format!(
            "Analytics application {} updated to version {version}",
            name(app)
        ),
        AnalyticsEvent::Deleted { app } => format!("Analytics application {} deleted", name(app)),
        AnalyticsEvent::Read {
            app,
            records,
            rows,
            errors,
        } => format!(
            "{} read {records} records: {rows} rows in{}",
            name(app),
            if *errors > 0 {
                format!(", {errors} to error_stream")
            } else {
                String::new()
            }
        ),
        AnalyticsEvent::WindowClosed { app, rows } => {
            format!("{}: a window closed, {rows} result rows", name(app))
        }
        AnalyticsEvent::Output {
            app,
            output,
            records,
            failed,
        } => format!(
            "{} wrote {records} records to output {}{}",
            name(app),
            output + 1,
            if *failed > 0 {
                format!(" ({failed} failed, retried)")
            } else {
                String::new()
            }
        ),
        AnalyticsEvent::ReferenceLoaded {
            app,
            rows,
            ok: true,
        } => format!("{} loaded its reference table: {rows} rows", name(app)),
        AnalyticsEvent::ReferenceLoaded { app, ok: false, .. } => {
            format!("{} could not load its reference table", name(app))
        }
    }
}
