//! `aws <service> wait <waiter> ...`: the AWS CLI's waiters, as botocore defines
//! them (`waiters.json`, written by `scripts/gen_waiters.py` from botocore's
//! waiters-2.json): call the waiter's operation, match its acceptors against
//! the answer, and while none decides, sleep the waiter's delay on the virtual
//! clock and try again, up to its maxAttempts. Success prints nothing; a
//! failure prints botocore's "Waiter X failed: ..." and exits 255.

use super::{CliError, CliResult, OutputFormat};
use crate::error::AwsError;
use crate::model::Service;
use crate::world::{Caller, World};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// One waiter of botocore's model.
#[derive(Debug, Deserialize)]
pub struct Waiter {
    pub operation: String,
    pub delay: u64,
    #[serde(rename = "maxAttempts")]
    pub max_attempts: u32,
    pub acceptors: Vec<Acceptor>,
}

/// One acceptor: a matcher, what it expects, and the state it leads to.
#[derive(Debug, Deserialize)]
pub struct Acceptor {
    pub matcher: String,
    pub expected: Value,
    pub state: String,
    #[serde(default)]
    pub argument: Option<String>,
}

type Table = BTreeMap<String, BTreeMap<String, Waiter>>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        serde_json::from_str(include_str!("waiters.json")).expect("waiters.json is botocore's")
    })
}

/// The waiter `cli_name` (`function-active-v2`) of a service, with its API
/// name (`FunctionActiveV2`); or the usage error listing the service's waiters.
pub fn find(service: Service, cli_name: &str) -> Result<(&'static str, &'static Waiter), String> {
    let waiters = of(service);
    if let Some((name, w)) = waiters
        .into_iter()
        .flatten()
        .find(|(name, _)| crate::model::cli_name(name) == cli_name)
    {
        return Ok((name.as_str(), w));
    }
    let names: Vec<String> = waiters
        .into_iter()
        .flatten()
        .map(|(n, _)| crate::model::cli_name(n))
        .collect();
    Err(format!(
        "argument wait_name: Invalid choice '{cli_name}', valid choices are:\n\n{}",
        names.join(" | ")
    ))
}

/// Whether the service has any waiter (without one, `wait` is no command).
pub fn any(service: Service) -> bool {
    of(service).is_some_and(|w| !w.is_empty())
}

/// A service's waiters. botocore's folder names S3's model `s3`; the CLI's
/// command is `s3api`.
fn of(service: Service) -> Option<&'static BTreeMap<String, Waiter>> {
    let key = match service {
        Service::S3 => "s3",
        other => other.cli_name(),
    };
    table().get(key)
}

/// What one attempt's answer means.
enum Verdict {
    Success,
    Failure(String),
    Retry(Option<String>),
}

/// botocore's explanation of a matched acceptor.
fn explanation(a: &Acceptor) -> String {
    let arg = a.argument.as_deref().unwrap_or("");
    let expected = match &a.expected {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match a.matcher.as_str() {
        "path" => format!("For expression \"{arg}\" we matched expected path: \"{expected}\""),
        "pathAll" => {
            format!("For expression \"{arg}\" all members matched expected path: \"{expected}\"")
        }
        "pathAny" => format!(
            "For expression \"{arg}\" we matched expected path: \"{expected}\" at least once"
        ),
        "status" => format!("Matched expected HTTP status code: {expected}"),
        _ => format!("Matched expected service error code: {expected}"),
    }
}

fn search(expr: &str, v: &Value) -> Option<Value> {
    let compiled = jmespath::compile(expr).ok()?;
    let data = jmespath::Variable::from_json(&v.to_string()).ok()?;
    let found = compiled.search(data).ok()?;
    serde_json::to_value(&*found).ok()
}

fn judge(w: &Waiter, result: &Result<Value, AwsError>) -> Verdict {
    for a in &w.acceptors {
        let matched = match (a.matcher.as_str(), result) {
            ("path", Ok(v)) => a
                .argument
                .as_deref()
                .and_then(|e| search(e, v))
                .is_some_and(|x| x == a.expected),
            ("pathAll", Ok(v)) => a
                .argument
                .as_deref()
                .and_then(|e| search(e, v))
                .is_some_and(|x| {
                    x.as_array()
                        .is_some_and(|l| !l.is_empty() && l.iter().all(|i| *i == a.expected))
                }),
            ("pathAny", Ok(v)) => a
                .argument
                .as_deref()
                .and_then(|e| search(e, v))
                .is_some_and(|x| x.as_array().is_some_and(|l| l.contains(&a.expected))),
            ("status", r) => {
                let status = match r {
                    Ok(_) => 200,
                    Err(e) => e.status,
                };
                a.expected.as_u64() == Some(u64::from(status))
            }
            ("error", r) => match (&a.expected, r) {
                (Value::Bool(any), r) => *any == r.is_err(),
                (Value::String(code), Err(e)) => e.code == *code,
                _ => false,
            },
            _ => false,
        };
        if matched {
            return match a.state.as_str() {
                "success" => Verdict::Success,
                "failure" => Verdict::Failure(format!(
                    "Waiter encountered a terminal failure state: {}",
                    explanation(a)
                )),
                _ => Verdict::Retry(Some(explanation(a))),
            };
        }
    }
    match result {
        // An error no acceptor expects ends the wait (botocore).
        Err(e) => Verdict::Failure(format!("An error occurred ({}): {}", e.code, e.message)),
        Ok(_) => Verdict::Retry(None),
    }
}

/// Runs a waiter: its operation with `input` until an acceptor decides or its
/// attempts run out, sleeping its delay on the virtual clock between attempts.
#[allow(clippy::too_many_arguments)]
pub fn run(
    world: &mut World,
    service: Service,
    name: &str,
    w: &Waiter,
    operation: &'static str,
    input: Value,
    caller: &Caller,
    format: OutputFormat,
) -> CliResult {
    let mut last = None;
    for attempt in 1..=w.max_attempts.max(1) {
        let result = world.call_and_wait(service, operation, input.clone(), caller);
        match judge(w, &result) {
            Verdict::Success => {
                return CliResult {
                    output: None,
                    error: None,
                    exit_code: 0,
                    format,
                }
            }
            Verdict::Failure(reason) => return failed(name, reason, format),
            Verdict::Retry(why) => last = why.or(last),
        }
        if attempt < w.max_attempts {
            world.sleep_ms(w.delay * 1000);
        }
    }
    let reason = match last {
        Some(state) => format!("Max attempts exceeded. Previously accepted state: {state}"),
        None => "Max attempts exceeded".to_string(),
    };
    failed(name, reason, format)
}

fn failed(name: &str, reason: String, format: OutputFormat) -> CliResult {
    CliResult {
        output: None,
        error: Some(CliError {
            code: "WaiterError".into(),
            message: format!("Waiter {name} failed: {reason}"),
            operation: None,
            reporter: Some(""),
        }),
        exit_code: 255,
        format,
    }
}
