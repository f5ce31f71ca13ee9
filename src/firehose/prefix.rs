//! S3 object keys as Firehose names them: `<evaluated prefix><suffix>`, where the
//! suffix is `<stream>-<version>-<yyyy>-<MM>-<dd>-<HH>-<mm>-<ss>-<uuid><ext>` and
//! the prefix is the default `yyyy/MM/dd/HH/` or a custom one with `!{timestamp:...}`
//! and `!{firehose:...}` expressions (developer guide, "Configure Amazon S3
//! object name format" and "Custom prefixes for Amazon S3 objects").
//!
//! Rules kept here, as AWS states them:
//! - A Prefix without expressions gets the default `yyyy/MM/dd/HH/` appended; one
//!   with expressions is used as evaluated.
//! - An ErrorOutputPrefix without expressions gets
//!   `!{firehose:error-output-type}/yyyy/MM/dd/HH/` appended (an empty one is just
//!   that); one with expressions must contain `!{firehose:error-output-type}`.
//! - "ErrorOutputPrefix cannot be null or empty when Prefix contains expressions".
//! - `!{firehose:error-output-type}` is for ErrorOutputPrefix only.
//! - Every `!{timestamp:...}` of one prefix evaluates to the same instant: the
//!   approximate arrival of the oldest record in the object; every
//!   `!{firehose:random-string}` to a new 11-character string.
//! - Timestamps are in UTC; CustomTimeZone other than UTC is refused by name
//!   by the caller (no time-zone database here).
//!
//! The timestamp patterns are Java DateTimeFormatter patterns; this supports the
//! letters used for date paths (`y`/`u`, `M` incl. `MMM`/`MMMM`, `d`, `H`, `m`,
//! `s`, `S`), quoted literals and punctuation, and refuses other pattern
//! letters by name.

use super::errors;
use super::limits;
use crate::error::{AwsError, AwsResult};
use crate::sim::SimRng;

/// One piece of a parsed prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Literal(String),
    Timestamp(Vec<Token>),
    RandomString,
    ErrorOutputType,
}

/// One piece of a DateTimeFormatter pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Literal(String),
    Field(char, usize),
}

/// A parsed prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
}

impl Template {
    fn has_expressions(&self) -> bool {
        self.parts.iter().any(|p| !matches!(p, Part::Literal(_)))
    }
    fn has_error_type(&self) -> bool {
        self.parts
            .iter()
            .any(|p| matches!(p, Part::ErrorOutputType))
    }
}

/// Parses `!{namespace:value}` expressions out of `s`. `which` names the member
/// in messages (`Prefix`, `ErrorOutputPrefix`).
fn parse(s: &str, which: &str) -> AwsResult<Template> {
    let mut parts = Vec::new();
    let mut rest = s;
    while let Some(at) = rest.find("!{") {
        if at > 0 {
            parts.push(Part::Literal(rest[..at].to_string()));
        }
        let body_start = at + 2;
        let Some(close) = rest[body_start..].find('}') else {
            return Err(errors::invalid_argument(format!(
                "{which} has an unterminated expression: {}",
                &rest[at..]
            )));
        };
        let body = &rest[body_start..body_start + close];
        let (ns, value) = body.split_once(':').unwrap_or((body, ""));
        parts.push(match ns {
            "timestamp" => Part::Timestamp(parse_pattern(value, which)?),
            "firehose" => match value {
                "random-string" => Part::RandomString,
                "error-output-type" => Part::ErrorOutputType,
                other => {
                    return Err(errors::invalid_argument(format!(
                        "The value {other:?} is not supported in the firehose namespace of {which}: use error-output-type or random-string"
                    )))
                }
            },
            "partitionKeyFromQuery" | "partitionKeyFromLambda" => {
                return Err(AwsError::not_emulated(format!(
                    "firehose dynamic partitioning (!{{{ns}:...}} in {which})"
                )))
            }
            other => {
                return Err(errors::invalid_argument(format!(
                    "The namespace {other:?} in {which} is not supported: use timestamp or firehose"
                )))
            }
        });
        rest = &rest[body_start + close + 1..];
    }
    if !rest.is_empty() {
        parts.push(Part::Literal(rest.to_string()));
    }
    Ok(Template { parts })
}

/// Java DateTimeFormatter letters that this does not format (valid in Java).
const JAVA_LETTERS_UNSUPPORTED: &str = "GDLQqYwWEecFahKkAnNVzOXxZpg";

fn parse_pattern(p: &str, which: &str) -> AwsResult<Vec<Token>> {
    if p.is_empty() {
        return Err(errors::invalid_argument(format!(
            "{which} has an empty timestamp expression"
        )));
    }
    let mut out = Vec::new();
    let chars: Vec<char> = p.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            // Quoted literal; '' is a quote.
            let mut lit = String::new();
            i += 1;
            loop {
                match chars.get(i) {
                    None => {
                        return Err(errors::invalid_argument(format!(
                            "{which} has an invalid timestamp pattern {p:?}: unterminated quote"
                        )))
                    }
                    Some('\'') if chars.get(i + 1) == Some(&'\'') => {
                        lit.push('\'');
                        i += 2;
                    }
                    Some('\'') => {
                        i += 1;
                        break;
                    }
                    Some(&ch) => {
                        lit.push(ch);
                        i += 1;
                    }
                }
            }
            if lit.is_empty() {
                lit.push('\'');
            }
            out.push(Token::Literal(lit));
        } else if c.is_ascii_alphabetic() {
            let mut n = 1;
            while chars.get(i + n) == Some(&c) {
                n += 1;
            }
            match c {
                'y' | 'u' | 'M' | 'd' | 'H' | 'm' | 's' | 'S' => out.push(Token::Field(c, n)),
                _ if JAVA_LETTERS_UNSUPPORTED.contains(c) => {
                    return Err(AwsError::not_emulated(format!(
                        "the DateTimeFormatter letter '{c}' in {which}'s timestamp expressions (supported: y u M d H m s S)"
                    )))
                }
                _ => {
                    return Err(errors::invalid_argument(format!(
                        "{which} has an invalid timestamp pattern {p:?}: Unknown pattern letter: {c}"
                    )))
                }
            }
            i += n;
        } else if matches!(c, '[' | ']' | '{' | '}' | '#') {
            return Err(errors::invalid_argument(format!(
                "{which} has an invalid timestamp pattern {p:?}: reserved character {c}"
            )));
        } else {
            out.push(Token::Literal(c.to_string()));
            i += 1;
        }
    }
    Ok(out)
}

/// Checks a destination's Prefix and ErrorOutputPrefix together, as
/// CreateDeliveryStream and UpdateDestination do.
pub fn validate(prefix: &str, error_prefix: &str) -> AwsResult<()> {
    for (v, which) in [(prefix, "Prefix"), (error_prefix, "ErrorOutputPrefix")] {
        if v.chars().count() > limits::PREFIX_MAX_CHARS {
            return Err(errors::constraint(
                v,
                which,
                "Member must have length less than or equal to 1024",
            ));
        }
    }
    let p = parse(prefix, "Prefix")?;
    let e = parse(error_prefix, "ErrorOutputPrefix")?;
    if p.has_error_type() {
        return Err(errors::invalid_argument(
            "The expression !{firehose:error-output-type} can only be used in ErrorOutputPrefix",
        ));
    }
    if p.has_expressions() && error_prefix.is_empty() {
        return Err(errors::invalid_argument(
            "ErrorOutputPrefix cannot be null or empty when Prefix contains expressions",
        ));
    }
    if e.has_expressions() && !e.has_error_type() {
        return Err(errors::invalid_argument(
            "ErrorOutputPrefix must contain !{firehose:error-output-type} when it contains expressions",
        ));
    }
    Ok(())
}

/// The calendar fields of a Unix-ms instant in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub milli: u32,
}

/// Civil-from-days (Howard Hinnant's published algorithm, as in `sim::time`).
pub fn civil(unix_ms: u64) -> Civil {
    let secs = unix_ms / 1000;
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    Civil {
        year: yoe + era * 400 + i64::from(m <= 2),
        month: m as u32,
        day: d as u32,
        hour: (rem / 3600) as u32,
        minute: ((rem / 60) % 60) as u32,
        second: (rem % 60) as u32,
        milli: (unix_ms % 1000) as u32,
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn format_tokens(tokens: &[Token], c: &Civil, out: &mut String) {
    use std::fmt::Write;
    for t in tokens {
        match t {
            Token::Literal(s) => out.push_str(s),
            Token::Field(ch, n) => {
                let n = *n;
                let v: i64 = match ch {
                    'y' | 'u' => c.year,
                    'M' => i64::from(c.month),
                    'd' => i64::from(c.day),
                    'H' => i64::from(c.hour),
                    'm' => i64::from(c.minute),
                    's' => i64::from(c.second),
                    _ => i64::from(c.milli),
                };
                match ch {
                    // Java: "yy" is the two low digits; other counts pad.
                    'y' | 'u' if n == 2 => {
                        let _ = write!(out, "{:02}", v.rem_euclid(100));
                    }
                    'M' if n >= 3 => {
                        let name = MONTHS[(c.month - 1) as usize];
                        out.push_str(if n == 3 { &name[..3] } else { name });
                    }
                    // Fraction of second: n digits of the milliseconds.
                    'S' => {
                        let digits = format!("{:03}", c.milli);
                        let mut f: String = digits.chars().take(n).collect();
                        while f.len() < n {
                            f.push('0');
                        }
                        out.push_str(&f);
                    }
                    _ => {
                        let _ = write!(out, "{v:0n$}");
                    }
                }
            }
        }
    }
}

/// `yyyy/MM/dd/HH/` of an instant.
pub fn default_time_prefix(unix_ms: u64) -> String {
    let c = civil(unix_ms);
    format!("{:04}/{:02}/{:02}/{:02}/", c.year, c.month, c.day, c.hour)
}

fn random_string(rng: &mut SimRng) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    (0..limits::RANDOM_STRING_CHARS)
        .map(|_| ALPHABET[rng.below(ALPHABET.len() as u64) as usize] as char)
        .collect()
}

fn evaluate(t: &Template, unix_ms: u64, error_type: &str, rng: &mut SimRng) -> String {
    let c = civil(unix_ms);
    let mut out = String::new();
    for p in &t.parts {
        match p {
            Part::Literal(s) => out.push_str(s),
            Part::Timestamp(tokens) => format_tokens(tokens, &c, &mut out),
            Part::RandomString => out.push_str(&random_string(rng)),
            Part::ErrorOutputType => out.push_str(error_type),
        }
    }
    out
}

/// The evaluated data prefix for an object whose oldest record arrived at
/// `unix_ms`. The prefix was validated when it was set.
pub fn data_prefix(prefix: &str, unix_ms: u64, rng: &mut SimRng) -> String {
    let t = parse(prefix, "Prefix").unwrap_or(Template {
        parts: vec![Part::Literal(prefix.to_string())],
    });
    if t.has_expressions() {
        evaluate(&t, unix_ms, "", rng)
    } else {
        format!("{prefix}{}", default_time_prefix(unix_ms))
    }
}

/// The evaluated error prefix for failed records of `error_type`
/// (`processing-failed`, ...).
pub fn error_prefix(
    error_prefix: &str,
    unix_ms: u64,
    error_type: &str,
    rng: &mut SimRng,
) -> String {
    let t = parse(error_prefix, "ErrorOutputPrefix").unwrap_or(Template {
        parts: vec![Part::Literal(error_prefix.to_string())],
    });
    if t.has_expressions() {
        evaluate(&t, unix_ms, error_type, rng)
    } else {
        format!(
            "{error_prefix}{error_type}/{}",
            default_time_prefix(unix_ms)
        )
    }
}

/// The suffix: `<stream>-<version>-<yyyy>-<MM>-<dd>-<HH>-<mm>-<ss>-<uuid><ext>`,
/// its time the moment the object is written.
pub fn suffix(stream: &str, version: u64, unix_ms: u64, uuid: &str, ext: &str) -> String {
    let c = civil(unix_ms);
    format!(
        "{stream}-{version}-{:04}-{:02}-{:02}-{:02}-{:02}-{:02}-{uuid}{ext}",
        c.year, c.month, c.day, c.hour, c.minute, c.second
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: u64 = 1_767_225_600_000 + 3 * 3_600_000 + 4 * 60_000 + 5_006; // 2026-01-01T03:04:05.006Z

    #[test]
    fn default_layout() {
        let mut rng = SimRng::new(1);
        assert_eq!(data_prefix("", T, &mut rng), "2026/01/01/03/");
        assert_eq!(data_prefix("logs/", T, &mut rng), "logs/2026/01/01/03/");
        assert_eq!(
            error_prefix("", T, "processing-failed", &mut rng),
            "processing-failed/2026/01/01/03/"
        );
        assert_eq!(
            suffix("s", 1, T, "u", ".gz"),
            "s-1-2026-01-01-03-04-05-u.gz"
        );
    }

    #[test]
    fn expressions() {
        let mut rng = SimRng::new(1);
        let p = "year=!{timestamp:yyyy}/month=!{timestamp:MM}/!{timestamp:yyyy'-'MM'-'dd HH:mm:ss.SSS}/";
        assert_eq!(
            data_prefix(p, T, &mut rng),
            "year=2026/month=01/2026-01-01 03:04:05.006/"
        );
        let r = data_prefix("!{firehose:random-string}/", T, &mut rng);
        assert_eq!(r.len(), 12);
        assert_eq!(
            error_prefix(
                "err/!{firehose:error-output-type}/!{timestamp:yy}",
                T,
                "processing-failed",
                &mut rng
            ),
            "err/processing-failed/26"
        );
        assert_eq!(
            data_prefix("!{timestamp:MMM MMMM}", T, &mut rng),
            "Jan January"
        );
    }

    #[test]
    fn validation_rules() {
        assert!(validate("", "").is_ok());
        assert!(validate("a/", "b/").is_ok());
        let e = validate("!{timestamp:yyyy}/", "").unwrap_err();
        assert_eq!(e.code, "InvalidArgumentException");
        assert!(e.message.contains("cannot be null or empty"));
        assert!(validate("!{firehose:error-output-type}", "x").is_err());
        assert!(validate("", "e/!{timestamp:yyyy}/").is_err());
        assert!(validate("", "e/!{timestamp:yyyy}/!{firehose:error-output-type}").is_ok());
        assert!(validate("!{nope:x}", "e").is_err());
        assert!(validate("!{timestamp:yyyy", "e").is_err());
        assert_eq!(
            validate("!{timestamp:EEE}", "e/").unwrap_err().code,
            "NotImplemented"
        );
        assert_eq!(
            validate("!{timestamp:bb}", "e/").unwrap_err().code,
            "InvalidArgumentException"
        );
        assert_eq!(
            validate("!{partitionKeyFromQuery:id}", "e/")
                .unwrap_err()
                .code,
            "NotImplemented"
        );
    }
}
