//! The running program of an Analytics application: in-application streams,
//! pumps moving rows between them, tumbling windows closing on the virtual
//! clock, sliding windows per row, joins with reference tables, and the
//! in-application error stream.
//!
//! ROWTIME is processing time, as in the service: the virtual instant a row
//! entered its in-application stream. A tumbling window [start, start + size)
//! closes when the clock reaches its end; its rows come out with ROWTIME = the
//! window's end (the upper bound, as the service stamps GROUP BY results).

use super::sql::{AggDef, AggFunc, Column, Frame, Program, Pump, PumpKind, StreamDef};
use super::value::{CExpr, Ctx, SqlType, Val};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, VecDeque};

/// How many rows an in-application stream keeps for the page.
pub const RECENT_ROWS: usize = 20;

/// The in-application error stream's name and columns (AWS's guide,
/// "Error Handling").
pub const ERROR_STREAM: &str = "error_stream";

pub fn error_stream_def() -> StreamDef {
    let c = |n: &str, ty: SqlType| Column { name: n.into(), ty };
    StreamDef {
        name: ERROR_STREAM.into(),
        columns: vec![
            c("ERROR_TIME", SqlType::Timestamp),
            c("ERROR_LEVEL", SqlType::Varchar(Some(10))),
            c("ERROR_NAME", SqlType::Varchar(Some(32))),
            c("MESSAGE", SqlType::Varchar(Some(4096))),
            c("DATA_ROWTIME", SqlType::Timestamp),
            c("DATA_ROW", SqlType::Varchar(Some(49152))),
            c("PUMP_NAME", SqlType::Varchar(Some(128))),
        ],
    }
}

/// A row of an in-application stream.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub rowtime: i64,
    /// The source record's approximate arrival time (source streams).
    pub arrival: Option<i64>,
    pub vals: Vec<Val>,
}

/// An in-application stream while the application runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InAppStream {
    pub def: StreamDef,
    pub rows: u64,
    pub recent: VecDeque<Row>,
}

/// An aggregate's running state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Acc {
    pub count: i64,
    pub isum: i64,
    pub fsum: f64,
    pub any_double: bool,
    pub min: Option<Val>,
    pub max: Option<Val>,
}

impl Acc {
    fn add(&mut self, v: &Val) {
        match v {
            Val::Null => return,
            Val::Int(i) => {
                self.isum = self.isum.wrapping_add(*i);
                self.fsum += *i as f64;
            }
            Val::Dbl(d) => {
                self.any_double = true;
                self.fsum += d;
            }
            _ => {}
        }
        self.count += 1;
        if self
            .min
            .as_ref()
            .is_none_or(|m| v.compare(m) == Some(std::cmp::Ordering::Less))
        {
            self.min = Some(v.clone());
        }
        if self
            .max
            .as_ref()
            .is_none_or(|m| v.compare(m) == Some(std::cmp::Ordering::Greater))
        {
            self.max = Some(v.clone());
        }
    }

    fn result(&self, f: AggFunc) -> Val {
        match f {
            AggFunc::Count => Val::Int(self.count),
            _ if self.count == 0 => Val::Null,
            AggFunc::Sum if self.any_double => Val::Dbl(self.fsum),
            AggFunc::Sum => Val::Int(self.isum),
            AggFunc::Avg if self.any_double => Val::Dbl(self.fsum / self.count as f64),
            // The average of integers is an integer in SQL (truncated).
            AggFunc::Avg => Val::Int(self.isum / self.count),
            AggFunc::Min => self.min.clone().unwrap_or(Val::Null),
            AggFunc::Max => self.max.clone().unwrap_or(Val::Null),
        }
    }
}

/// One group of a tumbling window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The group's first row (joined), on which its keys are evaluated.
    pub first: Row,
    pub accs: Vec<Acc>,
}

/// One window's groups, in the order they first appeared.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WindowGroups {
    pub index: BTreeMap<String, usize>,
    pub groups: Vec<Group>,
}

/// A sliding window's rows for one partition: (ROWTIME, argument values of
/// the window's aggregates).
pub type Partition = VecDeque<(i64, Vec<Val>)>;

/// A pump's state while the application runs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PumpState {
    pub rows_in: u64,
    pub rows_out: u64,
    /// Tumbling: open windows by start.
    pub windows: BTreeMap<i64, WindowGroups>,
    /// Sliding: per window definition, partitions by key.
    pub partitions: Vec<BTreeMap<String, Partition>>,
    /// The last closed window, for the page: (start, end, result rows).
    pub last_closed: Option<(i64, i64, u64)>,
}

/// The program with its state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Runtime {
    pub program: Program,
    pub streams: Vec<InAppStream>,
    pub pumps: Vec<PumpState>,
    /// Reference tables' rows by table name.
    pub tables: BTreeMap<String, Vec<Vec<Val>>>,
    /// Reference table column counts (for LEFT JOIN's NULLs).
    pub table_widths: BTreeMap<String, usize>,
}

/// A row that went into a stream (for outputs and the page).
pub type Emitted = (String, Row);

impl Runtime {
    /// A runtime for `program` over the input streams `inputs` (their
    /// definitions) and reference tables.
    pub fn new(
        program: Program,
        inputs: &[StreamDef],
        tables: Vec<(StreamDef, Vec<Vec<Val>>)>,
    ) -> Runtime {
        let mut streams: Vec<InAppStream> = inputs
            .iter()
            .cloned()
            .chain(std::iter::once(error_stream_def()))
            .chain(program.streams.iter().cloned())
            .map(|def| InAppStream {
                def,
                rows: 0,
                recent: VecDeque::new(),
            })
            .collect();
        streams.dedup_by(|a, b| a.def.name == b.def.name);
        let pumps = program
            .pumps
            .iter()
            .map(|p| PumpState {
                partitions: match &p.kind {
                    PumpKind::Sliding { windows } => vec![BTreeMap::new(); windows.len()],
                    _ => vec![],
                },
                ..Default::default()
            })
            .collect();
        let mut rt = Runtime {
            program,
            streams,
            pumps,
            tables: BTreeMap::new(),
            table_widths: BTreeMap::new(),
        };
        for (def, rows) in tables {
            rt.table_widths.insert(def.name.clone(), def.columns.len());
            rt.tables.insert(def.name, rows);
        }
        rt
    }

    pub fn stream(&self, name: &str) -> Option<&InAppStream> {
        self.streams.iter().find(|s| s.def.name == name)
    }

    /// Inserts rows into stream `name` and runs every pump downstream of it;
    /// everything that went into any stream is appended to `out`.
    pub fn insert(&mut self, name: &str, rows: Vec<Row>, out: &mut Vec<Emitted>) {
        let mut work: VecDeque<(String, Row)> =
            rows.into_iter().map(|r| (name.to_string(), r)).collect();
        while let Some((stream, row)) = work.pop_front() {
            let Some(s) = self.streams.iter_mut().find(|s| s.def.name == stream) else {
                continue;
            };
            s.rows += 1;
            if s.recent.len() == RECENT_ROWS {
                s.recent.pop_front();
            }
            s.recent.push_back(row.clone());
            for i in 0..self.program.pumps.len() {
                if self.program.pumps[i].source != stream {
                    continue;
                }
                let mut produced = vec![];
                self.pump_row(i, &row, &mut produced);
                work.extend(produced);
            }
            out.push((stream, row));
        }
    }

    /// Runs pump `i` on one row of its source.
    fn pump_row(&mut self, i: usize, row: &Row, produced: &mut Vec<(String, Row)>) {
        // The program is taken out while the pump's state changes (and put back).
        let program = std::mem::take(&mut self.program);
        self.pump_row_of(&program.pumps[i], i, row, produced);
        self.program = program;
    }

    fn pump_row_of(&mut self, pump: &Pump, i: usize, row: &Row, produced: &mut Vec<(String, Row)>) {
        self.pumps[i].rows_in += 1;
        // Join with the reference table.
        let joined: Vec<Row> = match &pump.join {
            None => vec![row.clone()],
            Some(j) => {
                let table = self
                    .tables
                    .get(&j.table)
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                let mut hits = vec![];
                for t in table {
                    let mut vals = row.vals.clone();
                    vals.extend(t.iter().cloned());
                    let ctx = Ctx {
                        row: &vals,
                        rowtime: row.rowtime,
                        arrival: row.arrival,
                        aggs: &[],
                    };
                    match j.on.eval(&ctx) {
                        Ok(Val::Bool(true)) => hits.push(Row {
                            vals,
                            ..row.clone()
                        }),
                        Ok(_) => {}
                        Err(e) => {
                            produced.push(error_row(row, &pump.name, "JOIN_ERROR", &e));
                            return;
                        }
                    }
                }
                if hits.is_empty() && j.left {
                    let mut vals = row.vals.clone();
                    vals.extend(std::iter::repeat_n(
                        Val::Null,
                        self.table_widths.get(&j.table).copied().unwrap_or(0),
                    ));
                    hits.push(Row {
                        vals,
                        ..row.clone()
                    });
                }
                hits
            }
        };
        for r in joined {
            if let Some(f) = &pump.filter {
                let ctx = Ctx {
                    row: &r.vals,
                    rowtime: r.rowtime,
                    arrival: r.arrival,
                    aggs: &[],
                };
                match f.eval(&ctx) {
                    Ok(Val::Bool(true)) => {}
                    Ok(_) => continue,
                    Err(e) => {
                        produced.push(error_row(&r, &pump.name, "EVALUATION_ERROR", &e));
                        continue;
                    }
                }
            }
            match &pump.kind {
                PumpKind::Plain => {
                    let res = self.project(pump, &r, &[], r.rowtime);
                    self.emit(pump, i, res, &r, produced);
                }
                PumpKind::Tumbling {
                    keys, window_key, ..
                } => {
                    let ctx = Ctx {
                        row: &r.vals,
                        rowtime: r.rowtime,
                        arrival: r.arrival,
                        aggs: &[],
                    };
                    let mut key = String::new();
                    let mut start = 0;
                    let mut failed = None;
                    for (k, e) in keys.iter().enumerate() {
                        match e.eval(&ctx) {
                            Ok(v) => {
                                if k == *window_key {
                                    if let Val::Ts(t) = v {
                                        start = t;
                                    }
                                }
                                v.key(&mut key);
                            }
                            Err(e) => failed = Some(e),
                        }
                    }
                    if let Some(e) = failed {
                        produced.push(error_row(&r, &pump.name, "EVALUATION_ERROR", &e));
                        continue;
                    }
                    let args = match agg_args(&pump.aggs, None, &ctx) {
                        Ok(a) => a,
                        Err(e) => {
                            produced.push(error_row(&r, &pump.name, "EVALUATION_ERROR", &e));
                            continue;
                        }
                    };
                    let naggs = pump.aggs.len();
                    let w = self.pumps[i].windows.entry(start).or_default();
                    let g = match w.index.get(&key) {
                        Some(g) => *g,
                        None => {
                            w.groups.push(Group {
                                first: r.clone(),
                                accs: vec![Acc::default(); naggs],
                            });
                            w.index.insert(key, w.groups.len() - 1);
                            w.groups.len() - 1
                        }
                    };
                    for (acc, a) in w.groups[g].accs.iter_mut().zip(&args) {
                        acc.add(a);
                    }
                }
                PumpKind::Sliding { windows } => {
                    let ctx = Ctx {
                        row: &r.vals,
                        rowtime: r.rowtime,
                        arrival: r.arrival,
                        aggs: &[],
                    };
                    let mut results = vec![Val::Null; pump.aggs.len()];
                    let mut err = None;
                    for (wi, wdef) in windows.iter().enumerate() {
                        let mut key = String::new();
                        for p in &wdef.partition {
                            match p.eval(&ctx) {
                                Ok(v) => v.key(&mut key),
                                Err(e) => err = Some(e),
                            }
                        }
                        let args = match agg_args(&pump.aggs, Some(wi), &ctx) {
                            Ok(a) => a,
                            Err(e) => {
                                err = Some(e);
                                vec![]
                            }
                        };
                        if err.is_some() {
                            break;
                        }
                        let part = self.pumps[i].partitions[wi].entry(key).or_default();
                        part.push_back((r.rowtime, args));
                        match wdef.frame {
                            Frame::RangeMs(ms) => {
                                while part.front().is_some_and(|(t, _)| *t < r.rowtime - ms) {
                                    part.pop_front();
                                }
                            }
                            Frame::Rows(n) => {
                                while part.len() > n as usize + 1 {
                                    part.pop_front();
                                }
                            }
                        }
                        // The aggregates of this window, over the partition's rows.
                        let slots: Vec<usize> = (0..pump.aggs.len())
                            .filter(|a| pump.aggs[*a].window == Some(wi))
                            .collect();
                        let mut accs = vec![Acc::default(); slots.len()];
                        for (_, vals) in part.iter() {
                            for (acc, v) in accs.iter_mut().zip(vals) {
                                acc.add(v);
                            }
                        }
                        for (k, slot) in slots.iter().enumerate() {
                            results[*slot] = accs[k].result(pump.aggs[*slot].func);
                        }
                    }
                    if let Some(e) = err {
                        produced.push(error_row(&r, &pump.name, "EVALUATION_ERROR", &e));
                        continue;
                    }
                    let res = self.project(pump, &r, &results, r.rowtime);
                    self.emit(pump, i, res, &r, produced);
                }
            }
        }
    }

    /// Evaluates pump `i`'s select list into a row of its target stream.
    fn project(&self, pump: &Pump, r: &Row, aggs: &[Val], out_rowtime: i64) -> Result<Row, String> {
        let target = self
            .streams
            .iter()
            .find(|s| s.def.name == pump.target)
            .ok_or_else(|| format!("stream {} is gone", pump.target))?;
        let ctx = Ctx {
            row: &r.vals,
            rowtime: r.rowtime,
            arrival: r.arrival,
            aggs,
        };
        let mut vals = vec![Val::Null; target.def.columns.len()];
        for (e, col) in pump.outputs.iter().zip(&pump.target_cols) {
            let v = e.eval(&ctx)?;
            vals[*col] = target.def.columns[*col].ty.coerce(v)?;
        }
        Ok(Row {
            rowtime: out_rowtime,
            arrival: r.arrival,
            vals,
        })
    }

    fn emit(
        &mut self,
        pump: &Pump,
        i: usize,
        res: Result<Row, String>,
        src: &Row,
        produced: &mut Vec<(String, Row)>,
    ) {
        match res {
            Ok(row) => {
                self.pumps[i].rows_out += 1;
                produced.push((pump.target.clone(), row));
            }
            Err(e) => produced.push(error_row(src, &pump.name, "EVALUATION_ERROR", &e)),
        }
    }

    /// The earliest instant a tumbling window closes.
    pub fn next_close(&self) -> Option<i64> {
        self.program
            .pumps
            .iter()
            .zip(&self.pumps)
            .filter_map(|(p, s)| match p.kind {
                PumpKind::Tumbling { size_ms, .. } => {
                    s.windows.keys().next().map(|start| start + size_ms)
                }
                _ => None,
            })
            .min()
    }

    /// Closes every tumbling window that ends at or before `now`, emitting its
    /// result rows, and runs what is downstream of them.
    pub fn close_windows(&mut self, now: i64, out: &mut Vec<Emitted>) {
        for i in 0..self.program.pumps.len() {
            let PumpKind::Tumbling {
                size_ms, having, ..
            } = self.program.pumps[i].kind.clone()
            else {
                continue;
            };
            while let Some((&start, _)) = self.pumps[i].windows.iter().next() {
                if start + size_ms > now {
                    break;
                }
                let w = self.pumps[i].windows.remove(&start).unwrap_or_default();
                let end = start + size_ms;
                let mut produced = vec![];
                let mut n = 0u64;
                let program = std::mem::take(&mut self.program);
                let pump = &program.pumps[i];
                for g in &w.groups {
                    let aggs: Vec<Val> = g
                        .accs
                        .iter()
                        .zip(&pump.aggs)
                        .map(|(a, d)| a.result(d.func))
                        .collect();
                    if let Some(h) = &having {
                        let ctx = Ctx {
                            row: &g.first.vals,
                            rowtime: g.first.rowtime,
                            arrival: g.first.arrival,
                            aggs: &aggs,
                        };
                        if h.eval(&ctx) != Ok(Val::Bool(true)) {
                            continue;
                        }
                    }
                    let res = self.project(pump, &g.first, &aggs, end);
                    n += res.is_ok() as u64;
                    self.emit(pump, i, res, &g.first, &mut produced);
                }
                self.program = program;
                self.pumps[i].last_closed = Some((start, end, n));
                let mut by_stream: Vec<(String, Vec<Row>)> = vec![];
                for (s, r) in produced {
                    match by_stream.last_mut() {
                        Some((last, rows)) if *last == s => rows.push(r),
                        _ => by_stream.push((s, vec![r])),
                    }
                }
                for (s, rows) in by_stream {
                    self.insert(&s, rows, out);
                }
            }
        }
    }

    /// Rows the pumps produced while handling an insert are inserted by the
    /// work loop; this is the pump list for the page.
    pub fn pump(&self, i: usize) -> (&Pump, &PumpState) {
        (&self.program.pumps[i], &self.pumps[i])
    }
}

fn agg_args(aggs: &[AggDef], window: Option<usize>, ctx: &Ctx) -> Result<Vec<Val>, String> {
    let mut out = vec![];
    for a in aggs.iter().filter(|a| a.window == window) {
        out.push(match &a.arg {
            None => Val::Int(1),
            Some(e) => e.eval(ctx)?,
        });
    }
    Ok(out)
}

/// A row of the in-application error stream.
pub fn error_row(data: &Row, pump: &str, name: &str, message: &str) -> (String, Row) {
    let text: Vec<String> = data.vals.iter().map(Val::to_text).collect();
    (
        ERROR_STREAM.to_string(),
        Row {
            rowtime: data.rowtime,
            arrival: None,
            vals: vec![
                Val::Ts(data.rowtime),
                Val::Str("Error".into()),
                Val::Str(name.into()),
                Val::Str(message.into()),
                Val::Ts(data.rowtime),
                Val::Str(text.join(",")),
                Val::Str(pump.into()),
            ],
        },
    )
}

/// Keep the evaluator's context type reachable for callers that build rows.
pub fn eval_on(e: &CExpr, row: &Row) -> Result<Val, String> {
    e.eval(&Ctx {
        row: &row.vals,
        rowtime: row.rowtime,
        arrival: row.arrival,
        aggs: &[],
    })
}
