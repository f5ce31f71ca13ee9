//! Values, SQL types and compiled expressions of Analytics SQL, and their
//! evaluation over one row.
//!
//! An expression is compiled once (`sql::compile`) from the parser's syntax
//! tree into `CExpr`, whose column references are positions in the row; a
//! record then costs one walk of a small tree, with no name lookups.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt::Write as _;

/// A SQL value. TIMESTAMPs are Unix milliseconds (UTC).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Val {
    Null,
    Bool(bool),
    Int(i64),
    Dbl(f64),
    Str(String),
    Ts(i64),
}

/// The SQL types a column can have (what Kinesis Data Analytics' SqlType
/// accepts, by family).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SqlType {
    /// VARCHAR(n) / CHAR(n); `None` for no length.
    Varchar(Option<u32>),
    Char(Option<u32>),
    /// TINYINT, SMALLINT, INTEGER, BIGINT.
    Integer,
    /// DOUBLE, REAL, FLOAT, DECIMAL(p, s), NUMERIC.
    Double,
    Boolean,
    Timestamp,
}

impl SqlType {
    /// Parses a column type as written in a schema or a CREATE STREAM
    /// (`VARCHAR(4)`, `DOUBLE`, `DECIMAL(10,2)`, `TIMESTAMP`, ...).
    pub fn parse(text: &str) -> Option<SqlType> {
        let t = text.trim().to_ascii_uppercase();
        let (base, arg) = match t.find('(') {
            Some(i) if t.ends_with(')') => (
                t[..i].trim().to_string(),
                Some(t[i + 1..t.len() - 1].trim().to_string()),
            ),
            Some(_) => return None,
            None => (t.clone(), None),
        };
        let len = |a: &Option<String>| -> Option<Option<u32>> {
            match a {
                None => Some(None),
                Some(s) => s.parse::<u32>().ok().filter(|n| *n > 0).map(Some),
            }
        };
        Some(match base.as_str() {
            "VARCHAR" | "CHARACTER VARYING" | "CHAR VARYING" => SqlType::Varchar(len(&arg)?),
            "CHAR" | "CHARACTER" => SqlType::Char(len(&arg)?),
            "TINYINT" | "SMALLINT" | "INTEGER" | "INT" | "BIGINT" if arg.is_none() => {
                SqlType::Integer
            }
            "DOUBLE" | "DOUBLE PRECISION" | "REAL" | "FLOAT" if arg.is_none() => SqlType::Double,
            "DECIMAL" | "NUMERIC" | "DEC" => SqlType::Double,
            "BOOLEAN" if arg.is_none() => SqlType::Boolean,
            "TIMESTAMP" if arg.is_none() => SqlType::Timestamp,
            _ => return None,
        })
    }

    /// Converts a value into this type, as an INSERT into a column or a CAST
    /// does. Strings longer than a VARCHAR's length are cut to it (SQL's
    /// rule for a cast to a shorter character type; AWS's guide does not say
    /// what an over-long input field does, so the same rule is used there).
    pub fn coerce(&self, v: Val) -> Result<Val, String> {
        Ok(match (self, v) {
            (_, Val::Null) => Val::Null,
            (SqlType::Varchar(n) | SqlType::Char(n), v) => {
                let mut s = match v {
                    Val::Str(s) => s,
                    other => other.to_text(),
                };
                if let Some(n) = n {
                    if let Some((i, _)) = s.char_indices().nth(*n as usize) {
                        s.truncate(i);
                    }
                }
                Val::Str(s)
            }
            (SqlType::Integer, Val::Int(i)) => Val::Int(i),
            (SqlType::Integer, Val::Dbl(d)) => Val::Int(d.trunc() as i64),
            (SqlType::Integer, Val::Bool(b)) => Val::Int(b as i64),
            (SqlType::Integer, Val::Str(s)) => Val::Int(
                s.trim()
                    .parse::<i64>()
                    .map_err(|_| format!("Cannot convert '{s}' to INTEGER"))?,
            ),
            (SqlType::Double, Val::Int(i)) => Val::Dbl(i as f64),
            (SqlType::Double, Val::Dbl(d)) => Val::Dbl(d),
            (SqlType::Double, Val::Str(s)) => Val::Dbl(
                s.trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|d| d.is_finite())
                    .ok_or_else(|| format!("Cannot convert '{s}' to DOUBLE"))?,
            ),
            (SqlType::Boolean, Val::Bool(b)) => Val::Bool(b),
            (SqlType::Boolean, Val::Str(s)) => match s.trim().to_ascii_lowercase().as_str() {
                "true" => Val::Bool(true),
                "false" => Val::Bool(false),
                _ => return Err(format!("Cannot convert '{s}' to BOOLEAN")),
            },
            (SqlType::Timestamp, Val::Ts(t)) => Val::Ts(t),
            (SqlType::Timestamp, Val::Int(i)) => Val::Ts(i),
            (SqlType::Timestamp, Val::Str(s)) => Val::Ts(
                parse_timestamp(&s).ok_or_else(|| format!("Cannot convert '{s}' to TIMESTAMP"))?,
            ),
            (t, v) => return Err(format!("Cannot convert {} to {}", v.type_name(), t.name())),
        })
    }

    pub fn name(&self) -> String {
        match self {
            SqlType::Varchar(Some(n)) => format!("VARCHAR({n})"),
            SqlType::Varchar(None) => "VARCHAR".into(),
            SqlType::Char(Some(n)) => format!("CHAR({n})"),
            SqlType::Char(None) => "CHAR".into(),
            SqlType::Integer => "INTEGER".into(),
            SqlType::Double => "DOUBLE".into(),
            SqlType::Boolean => "BOOLEAN".into(),
            SqlType::Timestamp => "TIMESTAMP".into(),
        }
    }
}

/// `yyyy-MM-dd HH:mm:ss[.SSS]` (SQL's TIMESTAMP literal form; a `T` and a
/// trailing `Z` are accepted too) to Unix ms.
pub fn parse_timestamp(s: &str) -> Option<i64> {
    let s = s.trim().trim_end_matches('Z');
    let (date, time) = s.split_once([' ', 'T']).unwrap_or((s, "00:00:00"));
    let mut d = date.split('-');
    let (y, m, dd): (i64, i64, i64) = (
        d.next()?.parse().ok()?,
        d.next()?.parse().ok()?,
        d.next()?.parse().ok()?,
    );
    if d.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&dd) {
        return None;
    }
    let mut t = time.split(':');
    let hh: i64 = t.next()?.parse().ok()?;
    let mi: i64 = t.next().unwrap_or("0").parse().ok()?;
    let sec = t.next().unwrap_or("0");
    let (ss, frac) = sec.split_once('.').unwrap_or((sec, ""));
    let ss: i64 = ss.parse().ok()?;
    if !frac.bytes().all(|b| b.is_ascii_digit()) || !(0..=9999).contains(&y) {
        return None;
    }
    let ms: i64 = if frac.is_empty() {
        0
    } else {
        format!("{:0<3}", &frac[..frac.len().min(3)]).parse().ok()?
    };
    if hh > 23 || mi > 59 || ss > 59 {
        return None;
    }
    // Days from civil (the inverse of sim::time's conversion).
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + dd - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 86_400 + hh * 3600 + mi * 60 + ss) * 1000) + ms)
}

/// Unix ms as `yyyy-MM-dd HH:mm:ss.SSS`, the way Analytics writes a TIMESTAMP.
pub fn format_timestamp(ms: i64) -> String {
    let iso = crate::sim::time::format_unix_ms(ms.max(0) as u64);
    // 2026-01-01T00:00:05.000Z -> 2026-01-01 00:00:05.000
    iso.trim_end_matches('Z').replacen('T', " ", 1)
}

impl Val {
    pub fn type_name(&self) -> &'static str {
        match self {
            Val::Null => "NULL",
            Val::Bool(_) => "BOOLEAN",
            Val::Int(_) => "INTEGER",
            Val::Dbl(_) => "DOUBLE",
            Val::Str(_) => "VARCHAR",
            Val::Ts(_) => "TIMESTAMP",
        }
    }

    /// The value as text (CSV output, string conversion).
    pub fn to_text(&self) -> String {
        match self {
            Val::Null => String::new(),
            Val::Bool(b) => b.to_string(),
            Val::Int(i) => i.to_string(),
            Val::Dbl(d) => fmt_double(*d),
            Val::Str(s) => s.clone(),
            Val::Ts(t) => format_timestamp(*t),
        }
    }

    /// The value in a JSON output record.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Val::Null => serde_json::Value::Null,
            Val::Bool(b) => (*b).into(),
            Val::Int(i) => (*i).into(),
            Val::Dbl(d) => serde_json::Number::from_f64(*d)
                .map(serde_json::Value::Number)
                .unwrap_or(serde_json::Value::Null),
            Val::Str(s) => s.clone().into(),
            Val::Ts(t) => format_timestamp(*t).into(),
        }
    }

    fn num(&self) -> Option<f64> {
        match self {
            Val::Int(i) => Some(*i as f64),
            Val::Dbl(d) => Some(*d),
            _ => None,
        }
    }

    fn truth(&self) -> Option<bool> {
        match self {
            Val::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// SQL comparison: None when either side is NULL or the types do not compare.
    pub fn compare(&self, other: &Val) -> Option<Ordering> {
        match (self, other) {
            (Val::Null, _) | (_, Val::Null) => None,
            (Val::Int(a), Val::Int(b)) => Some(a.cmp(b)),
            (Val::Str(a), Val::Str(b)) => Some(a.cmp(b)),
            (Val::Bool(a), Val::Bool(b)) => Some(a.cmp(b)),
            (Val::Ts(a), Val::Ts(b)) => Some(a.cmp(b)),
            (Val::Ts(a), Val::Str(s)) => parse_timestamp(s).map(|b| a.cmp(&b)),
            (Val::Str(s), Val::Ts(b)) => parse_timestamp(s).map(|a| a.cmp(b)),
            (a, b) => a.num()?.partial_cmp(&b.num()?),
        }
    }

    /// A key for grouping and partitioning (equal values, equal keys).
    pub fn key(&self, out: &mut String) {
        match self {
            Val::Null => out.push('\u{0}'),
            Val::Int(i) => {
                let _ = write!(out, "n{}", *i as f64);
            }
            Val::Dbl(d) => {
                let _ = write!(out, "n{d}");
            }
            other => {
                out.push_str(other.type_name());
                out.push_str(&other.to_text());
            }
        }
        out.push('\u{1}');
    }
}

fn fmt_double(d: f64) -> String {
    if d.fract() == 0.0 && d.abs() < 1e15 {
        format!("{d:.1}")
    } else {
        d.to_string()
    }
}

/// Binary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
    Concat,
}

/// Scalar functions Switchyard evaluates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Func {
    Upper,
    Lower,
    CharLength,
    Abs,
    Mod,
    Power,
    Sqrt,
    Ln,
    Exp,
    Coalesce,
    /// FLOOR / CEIL of a number.
    Floor,
    Ceil,
    Trim,
}

impl Func {
    pub fn by_name(name: &str) -> Option<(Func, usize, usize)> {
        // (function, min args, max args)
        Some(match name {
            "UPPER" => (Func::Upper, 1, 1),
            "LOWER" => (Func::Lower, 1, 1),
            "CHAR_LENGTH" | "CHARACTER_LENGTH" => (Func::CharLength, 1, 1),
            "ABS" => (Func::Abs, 1, 1),
            "MOD" => (Func::Mod, 2, 2),
            "POWER" => (Func::Power, 2, 2),
            "SQRT" => (Func::Sqrt, 1, 1),
            "LN" => (Func::Ln, 1, 1),
            "EXP" => (Func::Exp, 1, 1),
            "COALESCE" => (Func::Coalesce, 1, 64),
            _ => return None,
        })
    }
}

/// Units a ROWTIME is floored to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
}

impl TimeUnit {
    pub fn ms(self) -> i64 {
        match self {
            TimeUnit::Second => 1000,
            TimeUnit::Minute => 60_000,
            TimeUnit::Hour => 3_600_000,
            TimeUnit::Day => 86_400_000,
        }
    }
}

/// A compiled expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum CExpr {
    /// A column of the row (stream columns first, then a joined reference
    /// table's).
    Col(usize),
    RowTime,
    /// The source record's ApproximateArrivalTimestamp.
    ArrivalTime,
    Lit(Val),
    /// An interval, in ms (INTERVAL '10' SECOND).
    Interval(i64),
    Bin(BinOp, Box<CExpr>, Box<CExpr>),
    Not(Box<CExpr>),
    Neg(Box<CExpr>),
    IsNull(Box<CExpr>, bool),
    Between(Box<CExpr>, Box<CExpr>, Box<CExpr>, bool),
    InList(Box<CExpr>, Vec<CExpr>, bool),
    /// LIKE (`similar` false) or SIMILAR TO, pattern compiled to tokens.
    Like {
        expr: Box<CExpr>,
        pattern: Vec<PatTok>,
        negated: bool,
    },
    Case {
        operand: Option<Box<CExpr>>,
        whens: Vec<(CExpr, CExpr)>,
        otherwise: Option<Box<CExpr>>,
    },
    Cast(Box<CExpr>, SqlType),
    Func(Func, Vec<CExpr>),
    Substring(Box<CExpr>, Option<Box<CExpr>>, Option<Box<CExpr>>),
    /// FLOOR(ts TO unit).
    FloorTime(Box<CExpr>, TimeUnit),
    /// STEP(ts BY INTERVAL ...): the start of the interval-aligned bucket.
    Step(Box<CExpr>, i64),
    /// An aggregate's result (its slot in the query's aggregate list).
    Agg(usize),
}

/// A LIKE / SIMILAR TO pattern piece.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PatTok {
    Char(char),
    /// `_`: any one character.
    One,
    /// `%`: any run of characters.
    Any,
}

pub fn compile_pattern(p: &str) -> Vec<PatTok> {
    p.chars()
        .map(|c| match c {
            '%' => PatTok::Any,
            '_' => PatTok::One,
            c => PatTok::Char(c),
        })
        .collect()
}

fn like_match(s: &[char], p: &[PatTok]) -> bool {
    // Iterative matcher with backtracking to the last `%`.
    let (mut si, mut pi) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while si < s.len() {
        match p.get(pi) {
            Some(PatTok::Any) => {
                star = Some((pi, si));
                pi += 1;
            }
            Some(PatTok::One) => {
                si += 1;
                pi += 1;
            }
            Some(PatTok::Char(c)) if *c == s[si] => {
                si += 1;
                pi += 1;
            }
            _ => match star {
                Some((sp, ss)) => {
                    pi = sp + 1;
                    si = ss + 1;
                    star = Some((sp, ss + 1));
                }
                None => return false,
            },
        }
    }
    p[pi..].iter().all(|t| *t == PatTok::Any)
}

/// What an expression is evaluated over.
pub struct Ctx<'a> {
    pub row: &'a [Val],
    pub rowtime: i64,
    pub arrival: Option<i64>,
    pub aggs: &'a [Val],
}

impl CExpr {
    pub fn eval(&self, c: &Ctx) -> Result<Val, String> {
        Ok(match self {
            CExpr::Col(i) => c.row.get(*i).cloned().unwrap_or(Val::Null),
            CExpr::RowTime => Val::Ts(c.rowtime),
            CExpr::ArrivalTime => c.arrival.map(Val::Ts).unwrap_or(Val::Null),
            CExpr::Lit(v) => v.clone(),
            CExpr::Interval(ms) => Val::Int(*ms),
            CExpr::Agg(i) => c.aggs.get(*i).cloned().unwrap_or(Val::Null),
            CExpr::Bin(op, a, b) => {
                let x = a.eval(c)?;
                // AND / OR with SQL's three-valued logic.
                match op {
                    BinOp::And => {
                        if x.truth() == Some(false) {
                            return Ok(Val::Bool(false));
                        }
                        let y = b.eval(c)?;
                        return Ok(match (x.truth(), y.truth()) {
                            (_, Some(false)) => Val::Bool(false),
                            (Some(true), Some(true)) => Val::Bool(true),
                            _ => Val::Null,
                        });
                    }
                    BinOp::Or => {
                        if x.truth() == Some(true) {
                            return Ok(Val::Bool(true));
                        }
                        let y = b.eval(c)?;
                        return Ok(match (x.truth(), y.truth()) {
                            (_, Some(true)) => Val::Bool(true),
                            (Some(false), Some(false)) => Val::Bool(false),
                            _ => Val::Null,
                        });
                    }
                    _ => {}
                }
                let y = b.eval(c)?;
                binary(*op, x, y, b)?
            }
            CExpr::Not(a) => match a.eval(c)?.truth() {
                Some(b) => Val::Bool(!b),
                None => Val::Null,
            },
            CExpr::Neg(a) => match a.eval(c)? {
                Val::Int(i) => Val::Int(i.wrapping_neg()),
                Val::Dbl(d) => Val::Dbl(-d),
                Val::Null => Val::Null,
                v => return Err(format!("Cannot negate {}", v.type_name())),
            },
            CExpr::IsNull(a, negated) => Val::Bool((a.eval(c)? == Val::Null) != *negated),
            CExpr::Between(e, lo, hi, negated) => {
                let v = e.eval(c)?;
                let (l, h) = (lo.eval(c)?, hi.eval(c)?);
                match (v.compare(&l), v.compare(&h)) {
                    (Some(a), Some(b)) => {
                        Val::Bool((a != Ordering::Less && b != Ordering::Greater) != *negated)
                    }
                    _ => Val::Null,
                }
            }
            CExpr::InList(e, list, negated) => {
                let v = e.eval(c)?;
                if v == Val::Null {
                    return Ok(Val::Null);
                }
                let mut found = false;
                for item in list {
                    if v.compare(&item.eval(c)?) == Some(Ordering::Equal) {
                        found = true;
                        break;
                    }
                }
                Val::Bool(found != *negated)
            }
            CExpr::Like {
                expr,
                pattern,
                negated,
            } => match expr.eval(c)? {
                Val::Null => Val::Null,
                v => {
                    let s: Vec<char> = v.to_text().chars().collect();
                    Val::Bool(like_match(&s, pattern) != *negated)
                }
            },
            CExpr::Case {
                operand,
                whens,
                otherwise,
            } => {
                let op = match operand {
                    Some(o) => Some(o.eval(c)?),
                    None => None,
                };
                for (w, then) in whens {
                    let hit = match &op {
                        Some(v) => v.compare(&w.eval(c)?) == Some(Ordering::Equal),
                        None => w.eval(c)?.truth() == Some(true),
                    };
                    if hit {
                        return then.eval(c);
                    }
                }
                match otherwise {
                    Some(e) => e.eval(c)?,
                    None => Val::Null,
                }
            }
            CExpr::Cast(e, t) => t.coerce(e.eval(c)?)?,
            CExpr::Func(f, args) => {
                let mut vals = Vec::with_capacity(args.len());
                for a in args {
                    vals.push(a.eval(c)?);
                }
                scalar(*f, vals)?
            }
            CExpr::Substring(e, from, len) => {
                let v = e.eval(c)?;
                if v == Val::Null {
                    return Ok(Val::Null);
                }
                let s: Vec<char> = v.to_text().chars().collect();
                let start = match from {
                    Some(f) => int_of(&f.eval(c)?)?,
                    None => 1,
                };
                let end = match len {
                    Some(l) => start + int_of(&l.eval(c)?)?.max(0),
                    None => i64::MAX,
                };
                let (a, b) = (
                    (start - 1).max(0) as usize,
                    (end - 1).clamp(0, s.len() as i64) as usize,
                );
                Val::Str(if a < b {
                    s[a..b].iter().collect()
                } else {
                    String::new()
                })
            }
            CExpr::FloorTime(e, unit) => match e.eval(c)? {
                Val::Ts(t) => Val::Ts(t.div_euclid(unit.ms()) * unit.ms()),
                Val::Null => Val::Null,
                v => {
                    return Err(format!(
                        "FLOOR(... TO unit) needs a TIMESTAMP, not {}",
                        v.type_name()
                    ))
                }
            },
            CExpr::Step(e, ms) => match e.eval(c)? {
                Val::Ts(t) => Val::Ts(t.div_euclid(*ms) * ms),
                Val::Null => Val::Null,
                v => return Err(format!("STEP needs a TIMESTAMP, not {}", v.type_name())),
            },
        })
    }

    /// Whether the expression uses an aggregate.
    pub fn has_agg(&self) -> bool {
        let mut found = false;
        self.walk(&mut |e| found |= matches!(e, CExpr::Agg(_)));
        found
    }

    /// Visits the expression and its sub-expressions.
    pub fn walk(&self, f: &mut dyn FnMut(&CExpr)) {
        f(self);
        match self {
            CExpr::Bin(_, a, b) => {
                a.walk(f);
                b.walk(f);
            }
            CExpr::Not(a) | CExpr::Neg(a) | CExpr::IsNull(a, _) | CExpr::Cast(a, _) => a.walk(f),
            CExpr::FloorTime(a, _) | CExpr::Step(a, _) => a.walk(f),
            CExpr::Between(a, b, d, _) => {
                a.walk(f);
                b.walk(f);
                d.walk(f);
            }
            CExpr::InList(a, l, _) => {
                a.walk(f);
                l.iter().for_each(|e| e.walk(f));
            }
            CExpr::Like { expr, .. } => expr.walk(f),
            CExpr::Case {
                operand,
                whens,
                otherwise,
            } => {
                if let Some(o) = operand {
                    o.walk(f);
                }
                for (w, t) in whens {
                    w.walk(f);
                    t.walk(f);
                }
                if let Some(o) = otherwise {
                    o.walk(f);
                }
            }
            CExpr::Func(_, args) => args.iter().for_each(|e| e.walk(f)),
            CExpr::Substring(a, b, d) => {
                a.walk(f);
                if let Some(b) = b {
                    b.walk(f);
                }
                if let Some(d) = d {
                    d.walk(f);
                }
            }
            _ => {}
        }
    }
}

fn int_of(v: &Val) -> Result<i64, String> {
    match v {
        Val::Int(i) => Ok(*i),
        Val::Dbl(d) => Ok(*d as i64),
        v => Err(format!("Expected a number, not {}", v.type_name())),
    }
}

fn binary(op: BinOp, x: Val, y: Val, _rhs: &CExpr) -> Result<Val, String> {
    use BinOp::*;
    if x == Val::Null || y == Val::Null {
        return Ok(Val::Null);
    }
    Ok(match op {
        Eq | Ne | Lt | Le | Gt | Ge => {
            let Some(o) = x.compare(&y) else {
                return Err(format!(
                    "Cannot compare {} with {}",
                    x.type_name(),
                    y.type_name()
                ));
            };
            Val::Bool(match op {
                Eq => o == Ordering::Equal,
                Ne => o != Ordering::Equal,
                Lt => o == Ordering::Less,
                Le => o != Ordering::Greater,
                Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            })
        }
        Concat => Val::Str(x.to_text() + &y.to_text()),
        Add | Sub | Mul | Div | Mod => match (&x, &y) {
            // TIMESTAMP +/- INTERVAL (an interval is carried as its ms).
            (Val::Ts(t), Val::Int(ms)) if matches!(op, Add | Sub) => Val::Ts(
                if op == Add {
                    t.checked_add(*ms)
                } else {
                    t.checked_sub(*ms)
                }
                .ok_or("TIMESTAMP out of range")?,
            ),
            (Val::Int(a), Val::Int(b)) => match op {
                Add => Val::Int(a.wrapping_add(*b)),
                Sub => Val::Int(a.wrapping_sub(*b)),
                Mul => Val::Int(a.wrapping_mul(*b)),
                Div if *b == 0 => return Err("Division by zero".into()),
                Div => Val::Int(a.wrapping_div(*b)),
                _ if *b == 0 => return Err("Division by zero".into()),
                _ => Val::Int(a.wrapping_rem(*b)),
            },
            _ => {
                let (Some(a), Some(b)) = (x.num(), y.num()) else {
                    return Err(format!(
                        "Cannot apply arithmetic to {} and {}",
                        x.type_name(),
                        y.type_name()
                    ));
                };
                match op {
                    Add => Val::Dbl(a + b),
                    Sub => Val::Dbl(a - b),
                    Mul => Val::Dbl(a * b),
                    Div if b == 0.0 => return Err("Division by zero".into()),
                    Div => Val::Dbl(a / b),
                    _ => Val::Dbl(a % b),
                }
            }
        },
        And | Or => unreachable!("handled with three-valued logic"),
    })
}

fn scalar(f: Func, mut v: Vec<Val>) -> Result<Val, String> {
    if f == Func::Coalesce {
        return Ok(v.into_iter().find(|x| *x != Val::Null).unwrap_or(Val::Null));
    }
    if v.contains(&Val::Null) {
        return Ok(Val::Null);
    }
    let a = v.remove(0);
    let num = |x: &Val| {
        x.num()
            .ok_or_else(|| format!("{f:?} needs a number, not {}", x.type_name()))
    };
    Ok(match f {
        Func::Upper => Val::Str(a.to_text().to_uppercase()),
        Func::Lower => Val::Str(a.to_text().to_lowercase()),
        Func::Trim => Val::Str(a.to_text().trim().to_string()),
        Func::CharLength => Val::Int(a.to_text().chars().count() as i64),
        Func::Abs => match a {
            Val::Int(i) => Val::Int(i.wrapping_abs()),
            other => Val::Dbl(num(&other)?.abs()),
        },
        Func::Mod => binary(BinOp::Mod, a, v.remove(0), &CExpr::Lit(Val::Null))?,
        Func::Power => Val::Dbl(num(&a)?.powf(num(&v[0])?)),
        Func::Sqrt => Val::Dbl(num(&a)?.sqrt()),
        Func::Ln => Val::Dbl(num(&a)?.ln()),
        Func::Exp => Val::Dbl(num(&a)?.exp()),
        Func::Floor => match a {
            Val::Int(i) => Val::Int(i),
            other => Val::Dbl(num(&other)?.floor()),
        },
        Func::Ceil => match a {
            Val::Int(i) => Val::Int(i),
            other => Val::Dbl(num(&other)?.ceil()),
        },
        Func::Coalesce => unreachable!(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_round_trip() {
        let t = parse_timestamp("2026-11-26 12:34:56.789").unwrap();
        assert_eq!(format_timestamp(t), "2026-11-26 12:34:56.789");
        assert_eq!(parse_timestamp("1970-01-01 00:00:00"), Some(0));
        assert_eq!(parse_timestamp("2026-13-01 00:00:00"), None);
    }

    #[test]
    fn like_patterns() {
        let m = |s: &str, p: &str| like_match(&s.chars().collect::<Vec<_>>(), &compile_pattern(p));
        assert!(m("TECHNOLOGY", "%TECH%"));
        assert!(m("abc", "a_c"));
        assert!(!m("abc", "a_"));
        assert!(m("", "%"));
        assert!(!m("ab", "%c%"));
    }

    #[test]
    fn types_parse_and_coerce() {
        assert_eq!(
            SqlType::parse("varchar(4)"),
            Some(SqlType::Varchar(Some(4)))
        );
        assert_eq!(SqlType::parse("DECIMAL(10,2)"), Some(SqlType::Double));
        assert_eq!(SqlType::parse("BLOB"), None);
        assert_eq!(
            SqlType::Varchar(Some(2)).coerce(Val::Str("abcd".into())),
            Ok(Val::Str("ab".into()))
        );
        assert!(SqlType::Integer.coerce(Val::Str("x".into())).is_err());
    }
}
