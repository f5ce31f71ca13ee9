//! The script runner: AWS CLI v2 command lines, one per line, against a world.
//! Behind `switchyard run` and the page's console alike.
//!
//! A line is `aws ...`, `sleep SECONDS` (fractions allowed; moves the virtual
//! clock), a `# comment` or blank. Anything else is refused with a message that
//! says what is understood.

use crate::cli::{self, CliError, CliResult};
use crate::world::World;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What one command line did, in the `--jsonl` shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineReport {
    /// 1-based line number in the script.
    pub line: usize,
    pub command: String,
    /// Virtual time (ms) when the command finished.
    pub time_ms: u64,
    pub output: Option<Value>,
    pub error: Option<CliError>,
    /// The AWS CLI's exit status for this line (not part of the JSON line).
    #[serde(skip)]
    pub exit_code: i32,
    /// What the AWS CLI would print on stdout / stderr.
    #[serde(skip)]
    pub stdout: String,
    #[serde(skip)]
    pub stderr: String,
}

/// The longest `sleep` one line may ask for: a year of virtual time.
pub const MAX_SLEEP_MS: u64 = 366 * 24 * 3600 * 1000;

/// Runs one line. `None` for comments and blank lines.
pub fn run_line(world: &mut World, line_no: usize, line: &str) -> Option<LineReport> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return None;
    }
    let result = match cli::words::split(trimmed) {
        Err(e) => usage(format!("could not split the line into words: {e}")),
        Ok(words) => match words.first().map(String::as_str) {
            Some("aws") => cli::execute(world, &words),
            Some("sleep") => sleep(world, &words),
            Some(other) => usage(format!(
                "'{other}' is not understood: a line is an `aws ...` command, `sleep SECONDS` or a `# comment`"
            )),
            None => return None,
        },
    };
    Some(LineReport {
        line: line_no,
        command: trimmed.to_string(),
        time_ms: world.now().as_ms(),
        stdout: result.stdout(),
        stderr: result.stderr(),
        exit_code: result.exit_code,
        output: result.output,
        error: result.error,
    })
}

fn usage(msg: String) -> CliResult {
    CliResult {
        output: None,
        error: Some(CliError {
            code: "UsageError".into(),
            message: msg,
            operation: None,
            reporter: Some("switchyard: "),
        }),
        exit_code: 252,
        format: cli::OutputFormat::Json,
    }
}

fn sleep(world: &mut World, words: &[String]) -> CliResult {
    let ms = match words.get(1..) {
        Some([secs]) => parse_seconds_ms(secs),
        _ => Err("sleep takes one argument: SECONDS (fractions allowed)".to_string()),
    };
    match ms {
        Ok(ms) => {
            world.sleep_ms(ms);
            CliResult {
                output: None,
                error: None,
                exit_code: 0,
                format: cli::OutputFormat::Json,
            }
        }
        Err(e) => usage(e),
    }
}

/// `"2.5"` -> 2500. Exact decimal parsing (no floats), at most millisecond
/// precision, at most `MAX_SLEEP_MS`.
pub fn parse_seconds_ms(s: &str) -> Result<u64, String> {
    let bad = || format!("sleep: invalid time interval '{s}' (expected seconds, e.g. 5 or 0.25)");
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    if (whole.is_empty() && frac.is_empty())
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(bad());
    }
    if frac.len() > 3 && frac[3..].bytes().any(|b| b != b'0') {
        return Err(format!(
            "sleep: '{s}' is finer than a millisecond, the virtual clock's unit"
        ));
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| bad())?
    };
    let mut f = frac.chars().take(3).collect::<String>();
    while f.len() < 3 {
        f.push('0');
    }
    let ms = whole
        .checked_mul(1000)
        .and_then(|w| w.checked_add(f.parse::<u64>().unwrap_or(0)))
        .ok_or_else(bad)?;
    if ms > MAX_SLEEP_MS {
        return Err(format!(
            "sleep: at most {} seconds per line",
            MAX_SLEEP_MS / 1000
        ));
    }
    Ok(ms)
}

/// Runs a whole script, handing each report to `each`. True when every line succeeded.
pub fn run_script(world: &mut World, script: &str, mut each: impl FnMut(&LineReport)) -> bool {
    let mut ok = true;
    for (i, line) in script.lines().enumerate() {
        if let Some(r) = run_line(world, i + 1, line) {
            ok &= r.exit_code == 0;
            each(&r);
        }
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_parse_exactly() {
        assert_eq!(parse_seconds_ms("5"), Ok(5000));
        assert_eq!(parse_seconds_ms("0.25"), Ok(250));
        assert_eq!(parse_seconds_ms(".5"), Ok(500));
        assert_eq!(parse_seconds_ms("1.500"), Ok(1500));
        assert!(parse_seconds_ms("-1").is_err());
        assert!(parse_seconds_ms("1e3").is_err());
        assert!(parse_seconds_ms("0.0001").is_err());
        assert!(parse_seconds_ms("").is_err());
        assert!(parse_seconds_ms(".").is_err());
        assert!(parse_seconds_ms("99999999999999999999").is_err());
    }

    #[test]
    fn sleep_moves_the_clock_and_lines_report_time() {
        let mut w = World::new(1);
        let mut reports = vec![];
        let ok = run_script(&mut w, "# hi\n\nsleep 5\nsleep 0.5\nbogus\n", |r| {
            reports.push(r.clone())
        });
        assert!(!ok);
        assert_eq!(reports.len(), 3);
        assert_eq!((reports[0].line, reports[0].time_ms), (3, 5000));
        assert_eq!(reports[1].time_ms, 5500);
        assert_eq!(reports[2].line, 5);
        assert_eq!(reports[2].exit_code, 252);
        let j = serde_json::to_value(&reports[0]).unwrap();
        assert_eq!(
            j,
            serde_json::json!({"line":3,"command":"sleep 5","time_ms":5000,"output":null,"error":null})
        );
    }
}
