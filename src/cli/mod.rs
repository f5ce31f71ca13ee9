//! AWS CLI v2 command lines against the world: `aws sqs send-message --queue-url
//! ... --message-body hi` -> `World::call` -> what the AWS CLI would print.
//!
//! Parameter names come from the API model (`model.rs`), so every operation a
//! service models is reachable by its CLI name with no per-command code here.

mod args;
mod cloudwatch;
pub mod output;
pub mod shorthand;
mod validate;
mod waiters;
pub mod words;

pub use args::{flag_name, scalar_value, BinaryFormat};
pub use output::OutputFormat;

use crate::error::AwsError;
use crate::model::{cli_name, Location, Service, Shape};
use crate::world::{Caller, World};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What one CLI command produced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CliResult {
    /// The response as JSON (`{}` for an empty response), when the call succeeded.
    pub output: Option<Value>,
    /// The error code and message, when it failed.
    pub error: Option<CliError>,
    /// The AWS CLI's exit status: 0, 252 (usage), 254 (service error), 255 (other).
    pub exit_code: i32,
    /// How `stdout` prints `output` (`--output`).
    #[serde(skip)]
    pub format: OutputFormat,
}

/// An error as a script reader sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CliError {
    pub code: String,
    pub message: String,
    /// The operation that was called, for AWS's error line.
    #[serde(skip)]
    pub operation: Option<String>,
    /// Who reports a usage error: the AWS CLI (`aws: error: `) or the script
    /// runner itself (`switchyard: `).
    #[serde(skip)]
    pub reporter: Option<&'static str>,
}

impl CliResult {
    fn usage(message: impl Into<String>) -> Self {
        CliResult {
            output: None,
            error: Some(CliError {
                code: "UsageError".into(),
                message: message.into(),
                operation: None,
                reporter: None,
            }),
            exit_code: 252,
            format: OutputFormat::Json,
        }
    }

    /// A usage error the CLI prints as it is, without `aws: error: ` (a bad
    /// `--query`, a failed parameter validation).
    fn bare_usage(message: String) -> Self {
        let mut r = CliResult::usage(message);
        if let Some(e) = &mut r.error {
            e.reporter = Some("");
        }
        r
    }

    fn service_error(op: &str, e: AwsError) -> Self {
        CliResult {
            output: None,
            error: Some(CliError {
                code: e.code,
                message: e.message,
                operation: Some(op.to_string()),
                reporter: None,
            }),
            exit_code: 254,
            format: OutputFormat::Json,
        }
    }

    /// What the AWS CLI prints on stdout: the response (after `--query`) as
    /// JSON with four-space indentation or as text (`--output text`), or
    /// nothing for an empty response.
    pub fn stdout(&self) -> String {
        match &self.output {
            Some(Value::Object(m)) if m.is_empty() => String::new(),
            Some(v) => match self.format {
                OutputFormat::Json => pretty(v) + "\n",
                OutputFormat::Text => output::text(v),
            },
            None => String::new(),
        }
    }

    /// What the AWS CLI prints on stderr.
    pub fn stderr(&self) -> String {
        match &self.error {
            None => String::new(),
            Some(e) => match &e.operation {
                Some(op) => format!(
                    "\nAn error occurred ({}) when calling the {op} operation: {}\n",
                    e.code, e.message
                ),
                None => format!("\n{}{}\n", e.reporter.unwrap_or("aws: error: "), e.message),
            },
        }
    }
}

/// JSON with four-space indentation, keys in response order, non-ASCII kept.
pub fn pretty(v: &Value) -> String {
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    if v.serialize(&mut ser).is_err() {
        return v.to_string();
    }
    String::from_utf8(buf).unwrap_or_default()
}

/// A command ready to run.
#[derive(Debug, Clone)]
pub struct Command {
    pub service: Service,
    pub operation: &'static str,
    pub input: Value,
    pub caller: Caller,
    /// Where a streamed output body goes (`aws s3api get-object ... OUTFILE`).
    pub outfile: Option<String>,
    /// `--query`: a JMESPath expression applied to the response.
    pub query: Option<output::Query>,
    /// `--output`.
    pub format: OutputFormat,
    /// `aws <service> wait <waiter>`: the waiter (API name and definition)
    /// whose operation `operation` is.
    pub waiter: Option<(&'static str, &'static waiters::Waiter)>,
}

/// Parses the words of an `aws ...` line.
// The error is the command's whole CLI result and is built once per line: its
// size does not matter.
#[allow(clippy::result_large_err)]
pub fn parse(words: &[String]) -> Result<Command, CliResult> {
    let mut rest: Vec<String> = Vec::new();
    let mut caller = Caller::default();
    let mut binary = BinaryFormat::Base64;
    let mut cli_input_json: Option<Value> = None;
    let mut query = None;
    let mut format = OutputFormat::Json;
    let mut it = words.iter().skip(1).peekable(); // skip "aws"
                                                  // Global options may appear anywhere; pull them out first.
    while let Some(w) = it.next() {
        let mut value = |name: &str| -> Result<String, CliResult> {
            it.next()
                .cloned()
                .ok_or_else(|| CliResult::usage(format!("argument {name}: expected one argument")))
        };
        match w.as_str() {
            "--region" => caller.region = value("--region")?,
            // Switchyard has no credential files: a profile named by a 12-digit
            // account id acts as that simulated account (for cross-account
            // examples); any other profile is the default account.
            "--profile" => {
                let p = value("--profile")?;
                if p.len() == 12 && p.bytes().all(|b| b.is_ascii_digit()) {
                    caller.account_id = p;
                }
            }
            "--endpoint-url" | "--ca-bundle" | "--cli-read-timeout" | "--cli-connect-timeout" | "--color" => {
                value(w)?;
            }
            "--output" => {
                format = OutputFormat::parse(&value("--output")?).map_err(CliResult::usage)?;
            }
            "--query" => {
                query = Some(
                    output::Query::new(&value("--query")?).map_err(CliResult::bare_usage)?,
                );
            }
            "--cli-binary-format" => {
                binary = match value("--cli-binary-format")?.as_str() {
                    "raw-in-base64-out" => BinaryFormat::RawInBase64Out,
                    "base64" => BinaryFormat::Base64,
                    other => {
                        return Err(CliResult::usage(format!(
                            "argument --cli-binary-format: Invalid choice, valid choices are:\n\nbase64 | raw-in-base64-out\n(got {other})"
                        )))
                    }
                }
            }
            "--cli-input-json" => {
                let raw = value("--cli-input-json")?;
                let v = serde_json::from_str(&raw)
                    .map_err(|e| CliResult::usage(format!("Invalid JSON received for --cli-input-json: {e}")))?;
                cli_input_json = Some(v);
            }
            "--no-cli-pager" | "--no-verify-ssl" | "--no-paginate" | "--debug" | "--no-sign-request" => {}
            _ => rest.push(w.clone()),
        }
    }
    let Some(service_name) = rest.first() else {
        return Err(CliResult::usage(
            "the following arguments are required: command",
        ));
    };
    let Some(service) = Service::from_cli_name(service_name) else {
        return Err(CliResult::usage(format!(
            "argument command: Invalid choice '{service_name}': Switchyard's CLI knows {}",
            Service::ALL.map(|s| s.cli_name()).join(", ")
        )));
    };
    let Some(op_name) = rest.get(1) else {
        return Err(CliResult::usage(
            "the following arguments are required: operation",
        ));
    };
    let Some(spec) = service.spec() else {
        let pascal: String = op_name
            .split('-')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect();
        return Err(CliResult::service_error(
            &pascal,
            AwsError::not_emulated(format!("the {service} service (aws {service} {op_name})")),
        ));
    };
    // `aws <service> wait <waiter> ...` runs the waiter's operation.
    let mut waiter = None;
    let mut first_arg = 2;
    let found = if op_name == "wait" && waiters::any(service) {
        let Some(wait_name) = rest.get(2) else {
            return Err(CliResult::usage(
                "the following arguments are required: wait_name",
            ));
        };
        let (name, w) = waiters::find(service, wait_name).map_err(CliResult::usage)?;
        waiter = Some((name, w));
        first_arg = 3;
        spec.operation(&w.operation)
    } else {
        spec.operation_by_cli_name(op_name)
    };
    let Some(op) = found else {
        return Err(CliResult::usage(format!(
            "argument operation: Invalid choice '{op_name}', valid choices are:\n\n{}",
            spec.operations
                .iter()
                .map(|o| cli_name(o.name))
                .collect::<Vec<_>>()
                .join(" | ")
        )));
    };
    // An operation that streams its output body (S3 GetObject) takes the file
    // to write it to as a positional argument, as the AWS CLI does.
    let mut words = rest[first_arg..].to_vec();
    let streams_out = op
        .output
        .iter()
        .any(|m| m.location == Location::Payload && matches!(m.shape, Shape::Blob));
    let mut outfile = None;
    if streams_out {
        let pos = (0..words.len()).find(|&i| {
            !words[i].starts_with("--")
                && (i == 0
                    || !words[i - 1].starts_with("--")
                    || args::takes_no_value(op, &words[i - 1]))
        });
        match pos {
            Some(i) => outfile = Some(words.remove(i)),
            None => {
                return Err(CliResult::usage(
                    "the following arguments are required: outfile",
                ))
            }
        }
        if cfg!(target_arch = "wasm32") && service == Service::Lambda {
            // The page has no files: the payload is printed with the output.
            outfile = None;
        } else if cfg!(target_arch = "wasm32") {
            return Err(CliResult::usage(format!(
                "{op_name} writes the object to the file named by its outfile argument, and the page has no file system: use `aws s3api head-object` to inspect an object here, or `switchyard run` natively"
            )));
        }
    }
    // The AWS CLI's own `--zip-file fileb://package.zip` for Lambda
    // (a customization: the API member is Code.ZipFile).
    if service == Service::Lambda {
        if let Some(i) = words.iter().position(|w| w == "--zip-file") {
            let v = words
                .get(i + 1)
                .cloned()
                .ok_or_else(|| CliResult::usage("argument --zip-file: expected one argument"))?;
            words.drain(i..i + 2);
            let path = v.strip_prefix("fileb://").ok_or_else(|| {
                CliResult::usage(format!(
                    "--zip-file must be a zip file with the fileb:// prefix (got {v})"
                ))
            })?;
            let bytes = args::read_bytes(path).map_err(|e| {
                CliResult::usage(format!(
                    "Error parsing parameter '--zip-file': Unable to load paramfile {v}: {e}"
                ))
            })?;
            words.push("--code".into());
            words.push(serde_json::json!({"ZipFile": crate::util::b64_encode(&bytes)}).to_string());
        }
    }
    let datum = if service == Service::CloudWatch && op.name == "PutMetricData" {
        cloudwatch::take_datum(&mut words).map_err(CliResult::usage)?
    } else {
        None
    };
    let mut input =
        args::build_input(op, &words, binary, cli_input_json).map_err(CliResult::usage)?;
    if let Some(d) = datum {
        input["MetricData"] = serde_json::json!([d]);
    }
    // The CLI validates the input against the model before sending it.
    validate::check(op.input, &input).map_err(CliResult::bare_usage)?;
    Ok(Command {
        service,
        operation: op.name,
        input,
        caller,
        outfile,
        query,
        format,
        waiter,
    })
}

/// `aws kinesis subscribe-to-shard`: over the wire SubscribeToShard needs
/// AWS's event-stream framing, which the front door does not speak (it is
/// refused there by name); the CLI subscribes through the engine instead and
/// prints the events pushed when the subscription starts, as
/// `{"EventStream": [{"SubscribeToShardEvent": ...}]}`. The subscription goes on
/// in the world for its five minutes (the page draws it on the shard's lane).
fn subscribe_to_shard(
    world: &mut World,
    input: Value,
    caller: &Caller,
) -> crate::world::CallResult {
    let i: crate::kinesis::SubscribeToShardInput = crate::error::input_as(input)?;
    let sid = world
        .kinesis
        .subscribe_to_shard(&mut world.sim, caller, i)?;
    let events: Vec<Value> = world
        .kinesis
        .take_subscription_events(sid)
        .into_iter()
        .map(|e| {
            let mut ev = serde_json::json!({
                "Records": e.records,
                "ContinuationSequenceNumber": e.continuation_sequence_number,
                "MillisBehindLatest": e.millis_behind_latest,
            });
            if let Some(c) = e.child_shards {
                ev["ChildShards"] = Value::Array(c);
            }
            serde_json::json!({ "SubscribeToShardEvent": ev })
        })
        .collect();
    Ok(serde_json::json!({ "EventStream": events }))
}

/// Runs one `aws ...` command line (already split into words). A parked call (a
/// long poll) is waited for on the virtual clock, as the real CLI waits in time.
pub fn execute(world: &mut World, words: &[String]) -> CliResult {
    let cmd = match parse(words) {
        Ok(c) => c,
        Err(r) => return r,
    };
    if let Some((name, w)) = cmd.waiter {
        return waiters::run(
            world,
            cmd.service,
            name,
            w,
            cmd.operation,
            cmd.input,
            &cmd.caller,
            cmd.format,
        );
    }
    let result = if cmd.service == Service::Kinesis && cmd.operation == "SubscribeToShard" {
        subscribe_to_shard(world, cmd.input, &cmd.caller)
    } else {
        world.call_and_wait(cmd.service, cmd.operation, cmd.input, &cmd.caller)
    };
    match result {
        Ok(mut v) => {
            if let Some(path) = &cmd.outfile {
                let payload_member = cmd
                    .service
                    .spec()
                    .and_then(|s| s.operation(cmd.operation))
                    .and_then(|o| o.output.iter().find(|m| m.location == Location::Payload))
                    .map_or("Body", |m| m.name);
                let body = v
                    .as_object_mut()
                    .and_then(|o| o.shift_remove(payload_member))
                    .and_then(|b| b.as_str().and_then(|s| crate::util::b64_decode(s).ok()))
                    .unwrap_or_default();
                if let Err(e) = args::write_file(path, &body) {
                    return CliResult {
                        output: None,
                        error: Some(CliError {
                            code: "OutfileError".into(),
                            message: format!("could not write {path}: {e}"),
                            operation: None,
                            reporter: Some("switchyard: "),
                        }),
                        exit_code: 255,
                        format: cmd.format,
                    };
                }
            }
            if let Some(op) = cmd.service.spec().and_then(|s| s.operation(cmd.operation)) {
                if let Value::Object(m) = &mut v {
                    iso_timestamps(op.output, m);
                }
            }
            if let Some(q) = &cmd.query {
                match output::apply_query(q, &v) {
                    Ok(found) => v = found,
                    // An expression that parsed and failed on this response
                    // (a function given the wrong type): the CLI prints the
                    // error and exits 255.
                    Err(message) => {
                        return CliResult {
                            output: None,
                            error: Some(CliError {
                                code: "QueryError".into(),
                                message,
                                operation: None,
                                reporter: Some(""),
                            }),
                            exit_code: 255,
                            format: cmd.format,
                        }
                    }
                }
            }
            CliResult {
                output: Some(v),
                error: None,
                exit_code: 0,
                format: cmd.format,
            }
        }
        Err(e) => CliResult::service_error(cmd.operation, e),
    }
}

/// AWS CLI v2 prints timestamps as ISO 8601 (its default
/// `cli_timestamp_format`): `2026-01-01T00:00:05+00:00`, with microseconds
/// when the instant has a fraction (`...05.250000+00:00`). Walks the output by
/// the operation's output shape and rewrites epoch-second numbers.
fn iso_timestamps(members: &[crate::model::Member], m: &mut serde_json::Map<String, Value>) {
    for mem in members {
        if let Some(v) = m.get_mut(mem.name) {
            iso_value(mem.shape, v);
        }
    }
}

fn iso_value(shape: &crate::model::Shape, v: &mut Value) {
    use crate::model::Shape;
    match (shape, v) {
        (Shape::Timestamp, v @ Value::Number(_)) => {
            let ms = (v.as_f64().unwrap_or(0.0) * 1000.0).round().max(0.0) as u64;
            *v = Value::String(iso8601_cli(ms));
        }
        (Shape::Structure(members), Value::Object(m)) => iso_timestamps(members, m),
        (Shape::List(item), Value::Array(a)) => a.iter_mut().for_each(|x| iso_value(item, x)),
        (Shape::Map { value, .. }, Value::Object(m)) => {
            m.values_mut().for_each(|x| iso_value(value, x))
        }
        _ => {}
    }
}

/// Unix ms as the AWS CLI v2 prints a timestamp.
pub fn iso8601_cli(unix_ms: u64) -> String {
    let t = crate::sim::time::format_unix_ms(unix_ms); // 2026-01-01T00:00:05.250Z
    let (secs, frac) = t[..t.len() - 1].split_at(19);
    let ms: u32 = frac.trim_start_matches('.').parse().unwrap_or(0);
    if ms == 0 {
        format!("{secs}+00:00")
    } else {
        format!("{secs}.{:06}+00:00", ms * 1000)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        words::split(s).unwrap()
    }

    #[test]
    fn unknown_service_and_operation_are_usage_errors() {
        let mut world = World::new(1);
        let r = execute(&mut world, &w("aws nosuch thing"));
        assert_eq!(r.exit_code, 252);
        let r = execute(&mut world, &w("aws sqs no-such-op"));
        assert_eq!(r.exit_code, 252);
        assert!(r.stderr().contains("send-message"));
    }

    #[test]
    fn query_and_text_output() {
        let mut world = World::new(1);
        let r = execute(
            &mut world,
            &w("aws sqs create-queue --queue-name q1 --query QueueUrl --output text"),
        );
        assert_eq!(
            r.stdout(),
            "https://sqs.us-east-1.amazonaws.com/123456789012/q1\n"
        );
        let r = execute(
            &mut world,
            &w("aws sqs get-queue-attributes --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q1 --attribute-names QueueArn --query Attributes.QueueArn"),
        );
        assert_eq!(r.stdout(), "\"arn:aws:sqs:us-east-1:123456789012:q1\"\n");
        // JSON output of a query that finds nothing is null; text prints None.
        let r = execute(&mut world, &w("aws sqs list-queues --query Nope"));
        assert_eq!(r.stdout(), "null\n");
        let r = execute(
            &mut world,
            &w("aws sqs list-queues --query Nope --output text"),
        );
        assert_eq!(r.stdout(), "None\n");
        // A bad expression is refused before anything is called.
        let r = execute(
            &mut world,
            &w("aws sqs create-queue --queue-name q2 --query 'QueueUrl['"),
        );
        assert_eq!(r.exit_code, 252);
        assert!(
            r.stderr()
                .starts_with("\nBad value for --query QueueUrl[: "),
            "{}",
            r.stderr()
        );
        let r = execute(&mut world, &w("aws sqs list-queues"));
        assert_eq!(r.output.unwrap()["QueueUrls"].as_array().unwrap().len(), 1);
        // An expression that fails on the response: exit 255.
        let r = execute(
            &mut world,
            &w("aws sqs list-queues --query 'sort_by(QueueUrls, &x)'"),
        );
        assert_eq!(r.exit_code, 255);
        let r = execute(&mut world, &w("aws sqs list-queues --output table"));
        assert_eq!(r.exit_code, 252);
        assert!(r.stderr().contains("--output table is not emulated yet"));
    }

    #[test]
    fn unbuilt_operation_is_refused_by_name() {
        let mut world = World::new(1);
        let r = execute(&mut world, &w("aws kinesisanalytics add-application-input-processing-configuration --application-name a --current-application-version-id 1 --input-id 1.1 --input-processing-configuration InputLambdaProcessor={ResourceARN=arn:aws:lambda:us-east-1:123456789012:function:f,RoleARN=arn:aws:iam::123456789012:role/r}"));
        assert_eq!(r.exit_code, 254);
        let e = r.error.unwrap();
        assert_eq!(e.code, "NotImplemented");
        assert!(
            e.message
                .contains("AddApplicationInputProcessingConfiguration"),
            "{}",
            e.message
        );
    }

    #[test]
    fn missing_and_unknown_arguments() {
        let r = parse(&w("aws sqs send-message --message-body hi")).unwrap_err();
        assert!(
            r.stderr()
                .contains("the following arguments are required: --queue-url"),
            "{}",
            r.stderr()
        );
        let r = parse(&w(
            "aws sqs send-message --queue-url q --message-body hi --bogus 1",
        ))
        .unwrap_err();
        assert!(
            r.stderr().contains("Unknown options: --bogus, 1"),
            "{}",
            r.stderr()
        );
        let r = parse(&w("aws sqs get-queue-url --queue-name")).unwrap_err();
        assert!(r.stderr().contains("expected one argument"));
    }

    #[test]
    fn builds_inputs_by_shape() {
        let c = parse(
            &w("aws sqs send-message --queue-url u --message-body hi --delay-seconds 5 --message-attributes 'color={DataType=String,StringValue=red}' --region eu-west-1"),
        )
        .unwrap();
        assert_eq!(c.caller.region, "eu-west-1");
        assert_eq!(
            c.input,
            serde_json::json!({"QueueUrl":"u","MessageBody":"hi","DelaySeconds":5,
                "MessageAttributes":{"color":{"DataType":"String","StringValue":"red"}}})
        );
        let c = parse(&w(
            "aws sqs receive-message --queue-url u --attribute-names All SentTimestamp",
        ))
        .unwrap();
        assert_eq!(
            c.input["AttributeNames"],
            serde_json::json!(["All", "SentTimestamp"])
        );
        let c = parse(
            &w(r#"aws sqs send-message-batch --queue-url u --entries Id=1,MessageBody=a Id=2,MessageBody=b"#),
        )
        .unwrap();
        assert_eq!(c.input["Entries"][1]["MessageBody"], "b");
        let c = parse(&w(
            r#"aws sqs create-queue --queue-name q --attributes '{"VisibilityTimeout":"5"}'"#,
        ))
        .unwrap();
        assert_eq!(c.input["Attributes"]["VisibilityTimeout"], "5");
        let r = parse(&w(
            "aws sqs send-message --queue-url u --message-body hi --delay-seconds soon",
        ))
        .unwrap_err();
        assert!(r.stderr().contains("invalid literal for int()"));
    }

    #[test]
    fn a_profile_named_by_an_account_id_calls_as_that_account() {
        let mut world = World::new(1);
        let r = execute(&mut world, &w("aws sqs create-queue --queue-name shared"));
        assert_eq!(r.exit_code, 0);
        let url = "https://sqs.us-east-1.amazonaws.com/123456789012/shared";
        let r = execute(
            &mut world,
            &w(&format!(
                "aws sqs receive-message --queue-url {url} --profile 111122223333"
            )),
        );
        assert_eq!(
            r.error.as_ref().map(|e| e.code.as_str()),
            Some("AccessDenied"),
            "{r:?}"
        );
        let policy = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":["111122223333"]},"Action":["sqs:ReceiveMessage"],"Resource":"arn:aws:sqs:us-east-1:123456789012:shared"}]}"#;
        let attrs = serde_json::json!({ "Policy": policy }).to_string();
        let r = execute(
            &mut world,
            &[
                "aws",
                "sqs",
                "set-queue-attributes",
                "--queue-url",
                url,
                "--attributes",
                &attrs,
            ]
            .map(String::from),
        );
        assert_eq!(r.exit_code, 0, "{r:?}");
        let r = execute(
            &mut world,
            &w(&format!(
                "aws sqs receive-message --queue-url {url} --profile 111122223333"
            )),
        );
        assert_eq!(r.exit_code, 0, "{r:?}");
        let r = execute(
            &mut world,
            &w(&format!(
                "aws sqs send-message --queue-url {url} --message-body x --profile 111122223333"
            )),
        );
        assert_eq!(r.error.map(|e| e.code), Some("AccessDenied".to_string()));
    }

    #[test]
    fn pretty_prints_like_the_aws_cli() {
        let v = serde_json::json!({"QueueUrls": ["a"], "Ünï": 1});
        assert_eq!(
            pretty(&v),
            "{\n    \"QueueUrls\": [\n        \"a\"\n    ],\n    \"Ünï\": 1\n}"
        );
    }
}

/// Completions for the last word of a console line, from the API models:
/// `aws s` -> services, `aws sqs send` -> operations, `aws sqs send-message --q`
/// -> that operation's parameters (and the global options). Returns whole
/// replacement words, sorted.
/// The CLI's own flags that take a value, offered after an operation's.
const GLOBAL_VALUE_FLAGS: [&str; 6] = [
    "--region",
    "--profile",
    "--output",
    "--query",
    "--cli-binary-format",
    "--cli-input-json",
];

pub fn complete(line: &str) -> Vec<String> {
    let words = words::split(line).unwrap_or_default();
    let ends_with_space = line.ends_with(char::is_whitespace);
    let (done, partial): (&[String], &str) = match words.split_last() {
        Some((last, rest)) if !ends_with_space => (rest, last.as_str()),
        _ => (&words[..], ""),
    };
    let mut out: Vec<String> = match done.len() {
        0 => ["aws", "sleep"].iter().map(|s| s.to_string()).collect(),
        1 if done[0] == "aws" => Service::ALL
            .iter()
            .map(|s| s.cli_name().to_string())
            .collect(),
        2 if done[0] == "aws" => Service::from_cli_name(&done[1])
            .and_then(Service::spec)
            .map(|spec| spec.operations.iter().map(|o| cli_name(o.name)).collect())
            .unwrap_or_default(),
        n if n >= 3 && done.last().is_some_and(|l| l == "--output") => {
            ["json", "text"].map(String::from).to_vec()
        }
        n if n >= 3
            && done
                .last()
                .is_some_and(|l| GLOBAL_VALUE_FLAGS.contains(&l.as_str())) =>
        {
            Vec::new()
        }
        n if n >= 3 && done[0] == "aws" && (partial.is_empty() || partial.starts_with('-')) => {
            let op = Service::from_cli_name(&done[1])
                .and_then(Service::spec)
                .and_then(|spec| spec.operation_by_cli_name(&done[2]));
            // Right after a flag that takes a value, the value comes next,
            // not another flag (`--queue-url ` + Tab offers nothing).
            let awaiting_value = partial.is_empty()
                && done.last().is_some_and(|last| {
                    op.is_some_and(|op| {
                        op.input.iter().any(|m| {
                            format!("--{}", flag_name(op, m)) == *last
                                && !matches!(m.shape, crate::model::Shape::Boolean)
                        })
                    })
                });
            match op {
                Some(_) if awaiting_value => Vec::new(),
                Some(op) => op
                    .input
                    .iter()
                    .map(|m| format!("--{}", flag_name(op, m)))
                    .filter(|flag| !done.contains(flag))
                    .chain(GLOBAL_VALUE_FLAGS.map(String::from))
                    .collect(),
                None => Vec::new(),
            }
        }
        _ => Vec::new(),
    };
    out.retain(|c| c.starts_with(partial));
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod completion_tests {
    use super::complete;

    #[test]
    fn completes_services_operations_and_parameters() {
        assert_eq!(complete("a"), vec!["aws"]);
        assert_eq!(complete("aws s"), vec!["s3api", "sns", "sqs"]);
        assert!(complete("aws sqs send").contains(&"send-message-batch".to_string()));
        assert!(complete("aws sqs send")
            .iter()
            .all(|c| c.starts_with("send")));
        let flags = complete("aws sqs send-message --queue-url u --m");
        assert_eq!(
            flags,
            vec![
                "--message-attributes",
                "--message-body",
                "--message-deduplication-id",
                "--message-group-id",
                "--message-system-attributes"
            ]
        );
        assert!(
            !complete("aws sqs send-message --queue-url u ").contains(&"--queue-url".to_string())
        );
        assert!(complete("aws nosuch x --").is_empty());
        assert_eq!(
            complete("aws sqs list-queues --output "),
            vec!["json", "text"]
        );
        assert_eq!(complete("aws sqs list-queues --output t"), vec!["text"]);
        assert!(complete("aws sqs list-queues --query ").is_empty());
        assert!(complete("aws sqs list-queues --q").contains(&"--query".to_string()));
        assert!(complete("aws sqs send-message --queue-url ").is_empty());
        assert_eq!(super::apply_completion("aws sq").0, "aws sqs ");
        assert_eq!(
            super::apply_completion("aws sqs send-message --queue-url u --message-b").0,
            "aws sqs send-message --queue-url u --message-body "
        );
        let (line, c) = super::apply_completion("aws sqs list-");
        assert_eq!(line, "aws sqs list-");
        assert!(c.len() > 1);
        let (line, _) = super::apply_completion("aws sqs change");
        assert_eq!(line, "aws sqs change-message-visibility");
    }
}

/// Applies completion to `line`: with one candidate the last word becomes it
/// (and a space follows); with several, the last word grows to their longest
/// common prefix. Returns the new line and the candidates.
pub fn apply_completion(line: &str) -> (String, Vec<String>) {
    let candidates = complete(line);
    let ends_with_space = line.is_empty() || line.ends_with(char::is_whitespace);
    let stem = if ends_with_space {
        line.to_string()
    } else {
        line[..line.rfind(char::is_whitespace).map_or(0, |i| i + 1)].to_string()
    };
    let new_line = match candidates.as_slice() {
        [] => line.to_string(),
        [one] => format!("{stem}{one} "),
        many => {
            let first = &many[0];
            let common = many.iter().fold(first.len(), |n, c| {
                first
                    .bytes()
                    .zip(c.bytes())
                    .take(n)
                    .take_while(|(a, b)| a == b)
                    .count()
            });
            let current = line.len() - stem.len();
            if common > current {
                format!("{stem}{}", &first[..common])
            } else {
                line.to_string()
            }
        }
    };
    (new_line, candidates)
}
