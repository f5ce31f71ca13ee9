//! The SQL front end of Analytics applications: application code (CREATE OR
//! REPLACE STREAM / PUMP statements) to a `Program` of in-application streams
//! and compiled pumps.
//!
//! Parsing is sqlparser's (GenericDialect). Kinesis Data Analytics' own
//! syntax is brought into what it parses at the token level, outside string
//! literals and comments: `CREATE OR REPLACE STREAM` is read as a CREATE
//! TABLE's column list, a pump's `AS INSERT INTO ... SELECT STREAM ...` as an
//! INSERT ... SELECT (the STREAM keyword is required and then dropped), and
//! `STEP(x BY INTERVAL ...)` as a two-argument call. Identifiers follow the
//! service's rule: unquoted ones are upper-cased, quoted ones keep their case
//! (AWS's SQL reference, "Identifiers").
//!
//! What the model does not support is refused by name with a
//! CodeValidationException-style message (stagger windows, stream-to-stream
//! joins, RANDOM_CUT_FOREST and the other table functions, ORDER BY, views).

use super::value::{compile_pattern, BinOp, CExpr, Func, SqlType, TimeUnit, Val};
use serde::{Deserialize, Serialize};
use sqlparser::ast::{
    self, BinaryOperator, DuplicateTreatment, Expr, FunctionArg, FunctionArgExpr,
    FunctionArguments, GroupByExpr, Ident, JoinConstraint, JoinOperator, NamedWindowExpr,
    ObjectName, ObjectNamePart, SelectItem, SetExpr, Statement, TableFactor, UnaryOperator,
    WindowFrameBound, WindowFrameUnits, WindowType,
};
use sqlparser::dialect::GenericDialect;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, TokenWithSpan, Tokenizer};

/// A column of an in-application stream or reference table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    pub ty: SqlType,
}

/// An in-application stream created by the code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StreamDef {
    pub name: String,
    pub columns: Vec<Column>,
}

/// Aggregate functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AggFunc {
    Count,
    Sum,
    Avg,
    Min,
    Max,
}

/// One aggregate of a query: COUNT(*) has no argument.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AggDef {
    pub func: AggFunc,
    pub arg: Option<CExpr>,
    /// The sliding window it is computed over (an index into `Sliding::windows`).
    pub window: Option<usize>,
}

/// A sliding window's frame.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Frame {
    /// RANGE INTERVAL 'n' unit PRECEDING: rows whose ROWTIME is within n of the
    /// current row's.
    RangeMs(i64),
    /// ROWS n PRECEDING: the current row and the n before it.
    Rows(u32),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WindowDef {
    pub partition: Vec<CExpr>,
    pub frame: Frame,
}

/// How a pump's query runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PumpKind {
    /// Row by row: filter and project each row as it arrives.
    Plain,
    /// GROUP BY with a ROWTIME window (STEP or FLOOR): one result row per
    /// group when the window closes.
    Tumbling {
        keys: Vec<CExpr>,
        /// Which key is the window (its value is the window's start).
        window_key: usize,
        size_ms: i64,
        having: Option<CExpr>,
    },
    /// Aggregates OVER windows: one result row per input row.
    Sliding { windows: Vec<WindowDef> },
}

/// A join of the stream with a reference table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JoinDef {
    pub table: String,
    pub left: bool,
    pub on: CExpr,
}

/// A compiled pump: INSERT INTO `target` SELECT STREAM ... FROM `source`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pump {
    pub name: String,
    pub target: String,
    /// For each output expression, the target column it goes into.
    pub target_cols: Vec<usize>,
    pub source: String,
    pub join: Option<JoinDef>,
    pub filter: Option<CExpr>,
    pub outputs: Vec<CExpr>,
    pub aggs: Vec<AggDef>,
    pub kind: PumpKind,
}

/// Compiled application code.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Program {
    pub streams: Vec<StreamDef>,
    pub pumps: Vec<Pump>,
    /// Pumps that name a stream or table the application does not have yet
    /// (compiled again when it starts).
    pub deferred: Vec<String>,
}

/// What the code can refer to besides what it creates.
pub struct Env<'a> {
    /// In-application input streams (SOURCE_SQL_STREAM_001, ...) and the
    /// error stream, with their columns.
    pub streams: &'a [StreamDef],
    /// Reference tables.
    pub tables: &'a [StreamDef],
}

type R<T> = Result<T, String>;

/// Compiles application code. `strict`: every stream and table must exist
/// (at StartApplication); otherwise a pump naming one that does not is
/// deferred (listed in `Program::deferred`).
pub fn compile(code: &str, env: &Env, strict: bool) -> R<Program> {
    let dialect = GenericDialect {};
    let tokens = Tokenizer::new(&dialect, code)
        .tokenize_with_location()
        .map_err(|e| format!("SQL syntax error: {e}"))?;
    let mut program = Program::default();
    for stmt in split(tokens) {
        let words = leading_words(&stmt, 4);
        let w: Vec<&str> = words.iter().map(String::as_str).collect();
        let skip_or_replace = if w.get(1) == Some(&"OR") && w.get(2) == Some(&"REPLACE") {
            2
        } else {
            0
        };
        let kind = if w.first() == Some(&"CREATE") {
            w.get(1 + skip_or_replace).copied()
        } else {
            None
        };
        match kind {
            Some("STREAM") => {
                let def = create_stream(stmt, &dialect)?;
                if env.streams.iter().any(|s| s.name == def.name) {
                    return Err(format!(
                        "In-application stream \"{}\" is an input stream of the application; choose another name",
                        def.name
                    ));
                }
                program.streams.retain(|s| s.name != def.name);
                program.streams.push(def);
            }
            Some("PUMP") => {
                let (name, insert) = pump_statement(stmt, &dialect)?;
                match compile_pump(&name, &insert, env, &program.streams) {
                    Ok(p) => {
                        program.pumps.retain(|x| x.name != p.name);
                        program.pumps.push(p);
                    }
                    Err(PumpErrOut::Unresolved(n)) if !strict => {
                        program.deferred.push(format!("{name} ({n})"))
                    }
                    Err(e) => return Err(e.msg()),
                }
            }
            Some("VIEW") => return Err("CREATE VIEW is not supported by Switchyard's Analytics SQL: use an in-application stream and a pump".into()),
            Some(other) => {
                return Err(format!(
                    "CREATE {other} is not supported in Kinesis Data Analytics application code: create in-application streams (CREATE OR REPLACE STREAM) and pumps (CREATE OR REPLACE PUMP)"
                ))
            }
            None => {
                let first = w.first().copied().unwrap_or_default();
                return Err(match first {
                    "SELECT" => "A SELECT STREAM must run in a pump: CREATE OR REPLACE PUMP \"NAME\" AS INSERT INTO \"STREAM\" SELECT STREAM ...".into(),
                    "INSERT" => "An INSERT must run in a pump: CREATE OR REPLACE PUMP \"NAME\" AS INSERT INTO ...".into(),
                    _ => format!("Unsupported statement starting with {first}: application code is CREATE OR REPLACE STREAM and CREATE OR REPLACE PUMP statements"),
                });
            }
        }
    }
    Ok(program)
}

/// A pump's error: a stream or table it names is not there (deferrable), or
/// anything else.
enum PumpErr {
    Unresolved(String),
    Other(String),
}
use PumpErr::Unresolved as Unres;

impl From<String> for PumpErr {
    fn from(s: String) -> Self {
        PumpErr::Other(s)
    }
}

/// Splits a token stream at top-level semicolons, dropping empty statements.
fn split(tokens: Vec<TokenWithSpan>) -> Vec<Vec<TokenWithSpan>> {
    let mut out = vec![];
    let mut cur = vec![];
    let mut depth = 0i32;
    for t in tokens {
        match &t.token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            Token::SemiColon if depth <= 0 => {
                if cur.iter().any(|t: &TokenWithSpan| !is_ws(&t.token)) {
                    out.push(std::mem::take(&mut cur));
                } else {
                    cur.clear();
                }
                continue;
            }
            _ => {}
        }
        cur.push(t);
    }
    if cur.iter().any(|t| !is_ws(&t.token)) {
        out.push(cur);
    }
    out
}

fn is_ws(t: &Token) -> bool {
    matches!(t, Token::Whitespace(_) | Token::EOF)
}

fn unquoted_word(t: &Token) -> Option<String> {
    match t {
        Token::Word(w) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
        _ => None,
    }
}

fn leading_words(stmt: &[TokenWithSpan], n: usize) -> Vec<String> {
    stmt.iter()
        .filter(|t| !is_ws(&t.token))
        .take(n)
        .map(|t| unquoted_word(&t.token).unwrap_or_default())
        .collect()
}

fn parse_one(tokens: Vec<TokenWithSpan>, dialect: &GenericDialect) -> R<Statement> {
    Parser::new(dialect)
        .with_tokens_with_locations(tokens)
        .parse_statement()
        .map_err(|e| format!("SQL syntax error: {e}"))
}

fn create_stream(mut stmt: Vec<TokenWithSpan>, dialect: &GenericDialect) -> R<StreamDef> {
    // CREATE [OR REPLACE] STREAM -> CREATE TABLE; a trailing DESCRIPTION '...'
    // (allowed by the service) is dropped.
    if let Some(t) = stmt
        .iter_mut()
        .find(|t| unquoted_word(&t.token).as_deref() == Some("STREAM"))
    {
        t.token = Token::make_keyword("TABLE");
    }
    let or_replace: Vec<usize> = stmt
        .iter()
        .enumerate()
        .filter(|(_, t)| !is_ws(&t.token))
        .take(3)
        .filter(|(_, t)| matches!(unquoted_word(&t.token).as_deref(), Some("OR" | "REPLACE")))
        .map(|(i, _)| i)
        .collect();
    for i in or_replace.into_iter().rev() {
        stmt.remove(i);
    }
    if let Some(i) = stmt
        .iter()
        .rposition(|t| unquoted_word(&t.token).as_deref() == Some("DESCRIPTION"))
    {
        stmt.truncate(i);
    }
    let Statement::CreateTable(ct) = parse_one(stmt, dialect)? else {
        return Err("Expected CREATE OR REPLACE STREAM \"NAME\" (column TYPE, ...)".into());
    };
    let name = object_name(&ct.name)?;
    if name.chars().count() > 32 {
        return Err(format!(
            "In-application stream name \"{name}\" is longer than 32 characters"
        ));
    }
    if ct.columns.is_empty() {
        return Err(format!(
            "In-application stream \"{name}\" needs at least one column"
        ));
    }
    let mut columns: Vec<Column> = vec![];
    for c in &ct.columns {
        let cname = norm(&c.name);
        if cname == "ROWTIME" {
            return Err(
                "ROWTIME is a system column of every in-application stream; it cannot be declared"
                    .into(),
            );
        }
        if columns.iter().any(|x| x.name == cname) {
            return Err(format!("Duplicate column \"{cname}\" in stream \"{name}\""));
        }
        let ty = SqlType::parse(&c.data_type.to_string()).ok_or_else(|| {
            format!(
                "Unsupported SQL type {} for column \"{cname}\"",
                c.data_type
            )
        })?;
        columns.push(Column { name: cname, ty });
    }
    Ok(StreamDef { name, columns })
}

/// CREATE [OR REPLACE] PUMP "name" AS INSERT INTO ... SELECT STREAM ...
fn pump_statement(stmt: Vec<TokenWithSpan>, dialect: &GenericDialect) -> R<(String, ast::Insert)> {
    let sig: Vec<usize> = (0..stmt.len())
        .filter(|i| !is_ws(&stmt[*i].token))
        .collect();
    let pos = sig
        .iter()
        .position(|i| unquoted_word(&stmt[*i].token).as_deref() == Some("PUMP"))
        .ok_or("Expected PUMP")?;
    let name = match sig.get(pos + 1).map(|i| &stmt[*i].token) {
        Some(Token::Word(w)) => {
            if w.quote_style.is_some() {
                w.value.clone()
            } else {
                w.value.to_ascii_uppercase()
            }
        }
        _ => return Err("Expected a pump name after CREATE OR REPLACE PUMP".into()),
    };
    if sig.get(pos + 2).map(|i| unquoted_word(&stmt[*i].token)) != Some(Some("AS".into())) {
        return Err(format!("Expected AS INSERT INTO ... after PUMP {name}"));
    }
    let rest: Vec<TokenWithSpan> = stmt[sig[pos + 2] + 1..].to_vec();
    if leading_words(&rest, 1).first().map(String::as_str) != Some("INSERT") {
        return Err(format!(
            "Pump {name} must be AS INSERT INTO \"STREAM\" SELECT STREAM ..."
        ));
    }
    let rest = rewrite_streaming(rest)?;
    let Statement::Insert(insert) = parse_one(rest, dialect)? else {
        return Err(format!(
            "Pump {name} must be AS INSERT INTO \"STREAM\" SELECT STREAM ..."
        ));
    };
    Ok((name, insert))
}

/// SELECT STREAM -> SELECT (STREAM required), STEP(a BY b) -> STEP(a, b), and
/// refusals of syntax the model does not have.
fn rewrite_streaming(tokens: Vec<TokenWithSpan>) -> R<Vec<TokenWithSpan>> {
    let mut out: Vec<TokenWithSpan> = Vec::with_capacity(tokens.len());
    let mut step_depth: Vec<i32> = vec![];
    let mut depth = 0;
    let mut saw_select = false;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let word = unquoted_word(&t.token);
        match word.as_deref() {
            Some("SELECT") => {
                saw_select = true;
                out.push(t.clone());
                // The next significant token must be STREAM.
                let mut j = i + 1;
                while j < tokens.len() && is_ws(&tokens[j].token) {
                    j += 1;
                }
                if tokens.get(j).and_then(|t| unquoted_word(&t.token)).as_deref() != Some("STREAM") {
                    return Err("A pump's query must be a streaming query: SELECT STREAM ...".into());
                }
                i = j + 1;
                continue;
            }
            Some("WINDOWED") => {
                return Err("Stagger windows (WINDOWED BY STAGGER) are not supported by Switchyard's Analytics SQL; use GROUP BY STEP(ROWTIME BY INTERVAL ...) for a tumbling window".into())
            }
            Some("CURSOR") | Some("TABLE") => {
                return Err("Table functions (TABLE(... CURSOR(...)), e.g. RANDOM_CUT_FOREST, HOTSPOTS) are not supported by Switchyard's Analytics SQL".into())
            }
            Some("STEP") => {
                out.push(t.clone());
                step_depth.push(depth);
            }
            Some("BY") if step_depth.last() == Some(&(depth - 1)) => {
                out.push(TokenWithSpan::new(Token::Comma, t.span));
            }
            _ => {
                match t.token {
                    Token::LParen => depth += 1,
                    Token::RParen => {
                        depth -= 1;
                        if step_depth.last() == Some(&depth) {
                            step_depth.pop();
                        }
                    }
                    _ => {}
                }
                out.push(t.clone());
            }
        }
        i += 1;
    }
    if !saw_select {
        return Err("A pump must INSERT INTO a stream SELECT STREAM ... FROM another".into());
    }
    Ok(out)
}

fn norm(id: &Ident) -> String {
    if id.quote_style.is_some() {
        id.value.clone()
    } else {
        id.value.to_ascii_uppercase()
    }
}

fn object_name(n: &ObjectName) -> R<String> {
    match n.0.last() {
        Some(ObjectNamePart::Identifier(id)) if n.0.len() == 1 => Ok(norm(id)),
        _ => Err(format!("Unsupported name {n}")),
    }
}

fn compile_pump(
    name: &str,
    insert: &ast::Insert,
    env: &Env,
    created: &[StreamDef],
) -> Result<Pump, PumpErrOut> {
    compile_pump_inner(name, insert, env, created).map_err(|e| match e {
        PumpErr::Unresolved(n) => PumpErrOut::Unresolved(n),
        PumpErr::Other(m) => PumpErrOut::Other(format!("Pump \"{name}\": {m}")),
    })
}

enum PumpErrOut {
    Unresolved(String),
    Other(String),
}

impl PumpErrOut {
    fn msg(self) -> String {
        match self {
            PumpErrOut::Unresolved(n) => {
                format!("In-application stream or table \"{n}\" does not exist")
            }
            PumpErrOut::Other(m) => m,
        }
    }
}

fn find_stream<'a>(name: &str, env: &'a Env, created: &'a [StreamDef]) -> Option<&'a StreamDef> {
    created
        .iter()
        .chain(env.streams.iter())
        .find(|s| s.name == name)
}

fn compile_pump_inner(
    name: &str,
    insert: &ast::Insert,
    env: &Env,
    created: &[StreamDef],
) -> Result<Pump, PumpErr> {
    let target_name = match &insert.table {
        ast::TableObject::TableName(n) => object_name(n)?,
        _ => {
            return Err("INSERT INTO needs an in-application stream"
                .to_string()
                .into())
        }
    };
    let target = created
        .iter()
        .find(|s| s.name == target_name)
        .ok_or_else(|| {
            if env.streams.iter().any(|s| s.name == target_name) {
                format!("cannot INSERT INTO input stream \"{target_name}\"")
            } else {
                format!("In-application stream \"{target_name}\" does not exist: create it first (CREATE OR REPLACE STREAM)")
            }
        })?;
    let query = insert
        .source
        .as_ref()
        .ok_or("INSERT needs SELECT STREAM ...".to_string())?;
    if query.order_by.is_some() {
        return Err("ORDER BY is not supported by Switchyard's Analytics SQL"
            .to_string()
            .into());
    }
    if query.limit_clause.is_some() || query.fetch.is_some() {
        return Err("LIMIT / FETCH is not supported on a stream"
            .to_string()
            .into());
    }
    if query.with.is_some() {
        return Err("WITH is not supported by Switchyard's Analytics SQL"
            .to_string()
            .into());
    }
    let SetExpr::Select(select) = query.body.as_ref() else {
        return Err(
            "UNION and other set operations are not supported by Switchyard's Analytics SQL"
                .to_string()
                .into(),
        );
    };
    if select.distinct.is_some() {
        return Err(
            "SELECT STREAM DISTINCT is not supported by Switchyard's Analytics SQL"
                .to_string()
                .into(),
        );
    }
    if select.from.len() != 1 {
        return Err("A pump's query reads exactly one in-application stream (FROM \"SOURCE_SQL_STREAM_001\")".to_string().into());
    }
    let from = &select.from[0];
    let (source, alias) = table_factor(&from.relation)?;
    let stream = match find_stream(&source, env, created) {
        Some(s) => s,
        None if env.tables.iter().any(|t| t.name == source) => {
            return Err(format!("\"{source}\" is a reference table; a pump reads from an in-application stream and may JOIN the table").into())
        }
        None => return Err(Unres(source)),
    };
    let mut scope = Scope {
        stream_name: source.clone(),
        stream_alias: alias,
        stream_cols: stream.columns.clone(),
        table: None,
    };
    let mut join = None;
    if from.joins.len() > 1 {
        return Err(
            "Only one JOIN (of the stream with a reference table) is supported"
                .to_string()
                .into(),
        );
    }
    let mut on_expr = None;
    if let Some(j) = from.joins.first() {
        let (tname, talias) = table_factor(&j.relation)?;
        let table = match env.tables.iter().find(|t| t.name == tname) {
            Some(t) => t,
            None if find_stream(&tname, env, created).is_some() => {
                return Err("Joins between two in-application streams are not supported by Switchyard's Analytics SQL; join a stream with a reference table".to_string().into())
            }
            None => return Err(Unres(tname)),
        };
        let (left, constraint) = match &j.join_operator {
            JoinOperator::Join(c) | JoinOperator::Inner(c) => (false, c),
            JoinOperator::Left(c) | JoinOperator::LeftOuter(c) => (true, c),
            other => {
                return Err(format!(
                "{other:?} joins are not supported; use JOIN or LEFT JOIN with a reference table"
            )
                .chars()
                .take(120)
                .collect::<String>()
                .into())
            }
        };
        let JoinConstraint::On(on) = constraint else {
            return Err("A join needs an ON condition".to_string().into());
        };
        scope.table = Some((tname.clone(), talias, table.columns.clone()));
        on_expr = Some((tname, left, on.clone()));
    }
    let mut cx = Compiler {
        scope: &scope,
        aggs: vec![],
        allow_aggs: false,
        windows: vec![],
        named: &select.named_window,
    };
    if let Some((table, left, on)) = on_expr {
        let on = cx.expr(&on)?;
        join = Some(JoinDef { table, left, on });
    }
    let filter = match &select.selection {
        Some(e) => Some(cx.expr(e)?),
        None => None,
    };
    // Projection.
    cx.allow_aggs = true;
    let mut outputs = vec![];
    let mut names: Vec<Option<String>> = vec![];
    for item in &select.projection {
        match item {
            SelectItem::UnnamedExpr(e) => {
                names.push(match e {
                    Expr::Identifier(id) => Some(norm(id)),
                    Expr::CompoundIdentifier(ids) => ids.last().map(norm),
                    _ => None,
                });
                outputs.push(cx.expr(e)?);
            }
            SelectItem::ExprWithAlias { expr, alias } => {
                names.push(Some(norm(alias)));
                outputs.push(cx.expr(expr)?);
            }
            SelectItem::Wildcard(_) => {
                for (i, c) in scope.stream_cols.iter().enumerate() {
                    names.push(Some(c.name.clone()));
                    outputs.push(CExpr::Col(i));
                }
                if let Some((_, _, cols)) = &scope.table {
                    for (i, c) in cols.iter().enumerate() {
                        names.push(Some(c.name.clone()));
                        outputs.push(CExpr::Col(scope.stream_cols.len() + i));
                    }
                }
            }
            other => return Err(format!("Unsupported select item {other}").into()),
        }
    }
    // GROUP BY.
    let group: Vec<&Expr> = match &select.group_by {
        GroupByExpr::Expressions(e, m) if m.is_empty() => e.iter().collect(),
        GroupByExpr::Expressions(..) | GroupByExpr::All(_) => {
            return Err("GROUP BY modifiers (ALL, ROLLUP, CUBE) are not supported"
                .to_string()
                .into())
        }
    };
    let having_ast = select.having.clone();
    cx.allow_aggs = false;
    let mut keys = vec![];
    for g in &group {
        keys.push(cx.expr(g)?);
    }
    cx.allow_aggs = true;
    let having = match &having_ast {
        Some(h) => Some(cx.expr(h)?),
        None => None,
    };
    let aggs = std::mem::take(&mut cx.aggs);
    let windows = std::mem::take(&mut cx.windows);
    let windowed = aggs.iter().filter(|a| a.window.is_some()).count();
    let kind = if !keys.is_empty() {
        if windowed > 0 {
            return Err(
                "A query cannot both GROUP BY and use aggregates OVER a window"
                    .to_string()
                    .into(),
            );
        }
        let found = keys.iter().enumerate().find_map(|(i, k)| match k {
            CExpr::Step(inner, ms) if **inner == CExpr::RowTime => Some((i, *ms)),
            CExpr::FloorTime(inner, u) if **inner == CExpr::RowTime => Some((i, u.ms())),
            _ => None,
        });
        let Some((window_key, size_ms)) = found else {
            return Err("GROUP BY on a stream needs a window on ROWTIME in its keys: STEP(\"STREAM\".ROWTIME BY INTERVAL 'n' SECOND) or FLOOR(\"STREAM\".ROWTIME TO MINUTE)".to_string().into());
        };
        // Every output outside an aggregate must be a group key or built from them.
        for (o, n) in outputs.iter().zip(&names) {
            if !grouped_ok(o, &keys) {
                return Err(format!(
                    "Expression {} is neither an aggregate nor in the GROUP BY",
                    n.as_deref()
                        .map(|s| format!("\"{s}\""))
                        .unwrap_or_else(|| "in the select list".into())
                )
                .into());
            }
        }
        PumpKind::Tumbling {
            keys,
            window_key,
            size_ms,
            having,
        }
    } else if having.is_some() {
        return Err("HAVING needs GROUP BY".to_string().into());
    } else if !aggs.is_empty() {
        if windowed != aggs.len() {
            return Err("An aggregate on a stream needs a window: GROUP BY STEP(ROWTIME BY INTERVAL ...) for a tumbling window, or OVER (... RANGE INTERVAL ... PRECEDING) for a sliding one".to_string().into());
        }
        PumpKind::Sliding { windows }
    } else {
        PumpKind::Plain
    };
    // Map outputs to the target's columns.
    let target_cols: Vec<usize> = if insert.columns.is_empty() {
        if outputs.len() != target.columns.len() {
            return Err(format!(
                "the query has {} columns but stream \"{}\" has {}",
                outputs.len(),
                target.name,
                target.columns.len()
            )
            .into());
        }
        (0..outputs.len()).collect()
    } else {
        if insert.columns.len() != outputs.len() {
            return Err(format!(
                "INSERT INTO names {} columns but the query has {}",
                insert.columns.len(),
                outputs.len()
            )
            .into());
        }
        let mut v = vec![];
        for c in &insert.columns {
            let cn = object_name(c)?;
            let i = target
                .columns
                .iter()
                .position(|x| x.name == cn)
                .ok_or_else(|| {
                    format!("Column \"{cn}\" not found in stream \"{}\"", target.name)
                })?;
            v.push(i);
        }
        v
    };
    let _ = names;
    Ok(Pump {
        name: name.to_string(),
        target: target.name.clone(),
        target_cols,
        source,
        join,
        filter,
        outputs,
        aggs,
        kind,
    })
}

/// In a grouped query, an output may use aggregates, group keys, literals and
/// anything built from them, but no other column.
fn grouped_ok(e: &CExpr, keys: &[CExpr]) -> bool {
    if keys.contains(e) {
        return true;
    }
    match e {
        CExpr::Col(_) | CExpr::RowTime | CExpr::ArrivalTime => false,
        CExpr::Agg(_) | CExpr::Lit(_) | CExpr::Interval(_) => true,
        CExpr::Bin(_, a, b) => grouped_ok(a, keys) && grouped_ok(b, keys),
        CExpr::Not(a) | CExpr::Neg(a) | CExpr::IsNull(a, _) | CExpr::Cast(a, _) => {
            grouped_ok(a, keys)
        }
        CExpr::FloorTime(a, _) | CExpr::Step(a, _) => grouped_ok(a, keys),
        CExpr::Func(_, args) => args.iter().all(|a| grouped_ok(a, keys)),
        CExpr::Case {
            operand,
            whens,
            otherwise,
        } => {
            operand.as_ref().is_none_or(|o| grouped_ok(o, keys))
                && whens
                    .iter()
                    .all(|(w, t)| grouped_ok(w, keys) && grouped_ok(t, keys))
                && otherwise.as_ref().is_none_or(|o| grouped_ok(o, keys))
        }
        other => {
            let mut ok = true;
            other.walk(&mut |x| ok &= !matches!(x, CExpr::Col(_) | CExpr::RowTime));
            ok
        }
    }
}

fn table_factor(t: &TableFactor) -> R<(String, Option<String>)> {
    match t {
        TableFactor::Table { name, alias, args: None, .. } => Ok((object_name(name)?, alias.as_ref().map(|a| norm(&a.name)))),
        TableFactor::Derived { .. } => Err("Subqueries in FROM are not supported by Switchyard's Analytics SQL; chain pumps through in-application streams".into()),
        _ => Err(format!("Unsupported FROM item {t}")),
    }
}

struct Scope {
    stream_name: String,
    stream_alias: Option<String>,
    stream_cols: Vec<Column>,
    table: Option<(String, Option<String>, Vec<Column>)>,
}

struct Compiler<'a> {
    scope: &'a Scope,
    aggs: Vec<AggDef>,
    allow_aggs: bool,
    windows: Vec<WindowDef>,
    named: &'a [ast::NamedWindowDefinition],
}

impl Compiler<'_> {
    fn column(&self, qualifier: Option<&str>, name: &str) -> R<CExpr> {
        let s = self.scope;
        let is_stream = |q: &str| q == s.stream_name || s.stream_alias.as_deref() == Some(q);
        let is_table = |q: &str| {
            s.table
                .as_ref()
                .is_some_and(|(n, a, _)| q == n || a.as_deref() == Some(q))
        };
        let in_stream = || {
            s.stream_cols
                .iter()
                .position(|c| c.name == name)
                .map(CExpr::Col)
        };
        let in_table = || {
            s.table
                .as_ref()
                .and_then(|(_, _, cols)| cols.iter().position(|c| c.name == name))
                .map(|i| CExpr::Col(s.stream_cols.len() + i))
        };
        let special = |n: &str| match n {
            "ROWTIME" => Some(CExpr::RowTime),
            "APPROXIMATE_ARRIVAL_TIME" => Some(CExpr::ArrivalTime),
            _ => None,
        };
        let found = match qualifier {
            Some(q) if is_stream(q) => in_stream().or_else(|| special(name)),
            Some(q) if is_table(q) => in_table(),
            Some(q) => {
                return Err(format!(
                    "Unknown stream or table \"{q}\" in \"{q}\".\"{name}\""
                ))
            }
            None => match (in_stream(), in_table()) {
                (Some(_), Some(_)) => {
                    return Err(format!(
                        "Column \"{name}\" is ambiguous: qualify it with the stream or table name"
                    ))
                }
                (a, b) => a.or(b).or_else(|| special(name)),
            },
        };
        found.ok_or_else(|| {
            let all: Vec<&Column> = s
                .stream_cols
                .iter()
                .chain(s.table.iter().flat_map(|t| t.2.iter()))
                .collect();
            match all.iter().find(|c| c.name.eq_ignore_ascii_case(name)) {
                Some(c) => format!(
                    "Column \"{name}\" not found; there is a column \"{}\" (unquoted identifiers are upper-cased, quoted ones keep their case)",
                    c.name
                ),
                None => format!(
                    "Column \"{name}\" not found in \"{}\" (its columns: {})",
                    s.stream_name,
                    s.stream_cols.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
                ),
            }
        })
    }

    fn expr(&mut self, e: &Expr) -> R<CExpr> {
        Ok(match e {
            Expr::Identifier(id) => self.column(None, &norm(id))?,
            Expr::CompoundIdentifier(ids) if ids.len() == 2 => {
                self.column(Some(&norm(&ids[0])), &norm(&ids[1]))?
            }
            Expr::CompoundIdentifier(_) => return Err(format!("Unsupported name {e}")),
            Expr::Nested(inner) => self.expr(inner)?,
            Expr::Value(v) => CExpr::Lit(literal(&v.value)?),
            Expr::TypedString(ts) => {
                let ty = ts.data_type.to_string().to_ascii_uppercase();
                let text = match &ts.value.value {
                    ast::Value::SingleQuotedString(s) => s.clone(),
                    other => return Err(format!("Unsupported literal {other}")),
                };
                match ty.as_str() {
                    "TIMESTAMP" => CExpr::Lit(Val::Ts(
                        super::value::parse_timestamp(&text)
                            .ok_or_else(|| format!("Invalid TIMESTAMP literal '{text}'"))?,
                    )),
                    _ => CExpr::Lit(
                        SqlType::parse(&ty)
                            .ok_or_else(|| format!("Unsupported literal type {ty}"))?
                            .coerce(Val::Str(text))?,
                    ),
                }
            }
            Expr::Interval(iv) => CExpr::Interval(interval_ms(iv)?),
            Expr::BinaryOp { left, op, right } => {
                let op = match op {
                    BinaryOperator::Plus => BinOp::Add,
                    BinaryOperator::Minus => BinOp::Sub,
                    BinaryOperator::Multiply => BinOp::Mul,
                    BinaryOperator::Divide => BinOp::Div,
                    BinaryOperator::Modulo => BinOp::Mod,
                    BinaryOperator::Eq => BinOp::Eq,
                    BinaryOperator::NotEq => BinOp::Ne,
                    BinaryOperator::Lt => BinOp::Lt,
                    BinaryOperator::LtEq => BinOp::Le,
                    BinaryOperator::Gt => BinOp::Gt,
                    BinaryOperator::GtEq => BinOp::Ge,
                    BinaryOperator::And => BinOp::And,
                    BinaryOperator::Or => BinOp::Or,
                    BinaryOperator::StringConcat => BinOp::Concat,
                    other => {
                        return Err(format!(
                            "Operator {other} is not supported by Switchyard's Analytics SQL"
                        ))
                    }
                };
                CExpr::Bin(op, Box::new(self.expr(left)?), Box::new(self.expr(right)?))
            }
            Expr::UnaryOp { op, expr } => match op {
                UnaryOperator::Not => CExpr::Not(Box::new(self.expr(expr)?)),
                UnaryOperator::Minus => CExpr::Neg(Box::new(self.expr(expr)?)),
                UnaryOperator::Plus => self.expr(expr)?,
                other => return Err(format!("Operator {other} is not supported")),
            },
            Expr::IsNull(x) => CExpr::IsNull(Box::new(self.expr(x)?), false),
            Expr::IsNotNull(x) => CExpr::IsNull(Box::new(self.expr(x)?), true),
            Expr::Between {
                expr,
                negated,
                low,
                high,
            } => CExpr::Between(
                Box::new(self.expr(expr)?),
                Box::new(self.expr(low)?),
                Box::new(self.expr(high)?),
                *negated,
            ),
            Expr::In {
                expr,
                target: ast::InTarget::List(list),
                negated,
                global: false,
            } => {
                let x = self.expr(expr)?;
                let mut l = vec![];
                for i in list {
                    l.push(self.expr(i)?);
                }
                CExpr::InList(Box::new(x), l, *negated)
            }
            Expr::Like {
                negated,
                any: false,
                expr,
                pattern,
                escape_char: None,
            } => CExpr::Like {
                expr: Box::new(self.expr(expr)?),
                pattern: compile_pattern(&string_literal(pattern, "LIKE")?),
                negated: *negated,
            },
            Expr::SimilarTo {
                negated,
                expr,
                pattern,
                escape_char: None,
            } => {
                let p = string_literal(pattern, "SIMILAR TO")?;
                if p.contains(['|', '(', ')', '[', ']', '*', '+', '?', '{', '}']) {
                    return Err(format!("SIMILAR TO with regular-expression operators ('{p}') is not supported by Switchyard's Analytics SQL; % and _ are"));
                }
                CExpr::Like {
                    expr: Box::new(self.expr(expr)?),
                    pattern: compile_pattern(&p),
                    negated: *negated,
                }
            }
            Expr::Like { .. } | Expr::SimilarTo { .. } => {
                return Err("LIKE with ESCAPE or ANY is not supported".into())
            }
            Expr::Case {
                operand,
                conditions,
                else_result,
                ..
            } => {
                let operand = match operand {
                    Some(o) => Some(Box::new(self.expr(o)?)),
                    None => None,
                };
                let mut whens = vec![];
                for c in conditions {
                    whens.push((self.expr(&c.condition)?, self.expr(&c.result)?));
                }
                let otherwise = match else_result {
                    Some(e) => Some(Box::new(self.expr(e)?)),
                    None => None,
                };
                CExpr::Case {
                    operand,
                    whens,
                    otherwise,
                }
            }
            Expr::Cast {
                expr,
                data_type,
                format: None,
                ..
            } => {
                let ty = SqlType::parse(&data_type.to_string())
                    .ok_or_else(|| format!("CAST to {data_type} is not supported"))?;
                CExpr::Cast(Box::new(self.expr(expr)?), ty)
            }
            Expr::Floor { expr, field } | Expr::Ceil { expr, field } => {
                let floor = matches!(e, Expr::Floor { .. });
                let inner = self.expr(expr)?;
                match field {
                    ast::CeilFloorKind::DateTimeField(ast::DateTimeField::NoDateTime) => {
                        CExpr::Func(if floor { Func::Floor } else { Func::Ceil }, vec![inner])
                    }
                    ast::CeilFloorKind::DateTimeField(f) if floor => {
                        CExpr::FloorTime(Box::new(inner), time_unit(f)?)
                    }
                    _ => {
                        return Err(format!(
                            "{e} is not supported by Switchyard's Analytics SQL"
                        ))
                    }
                }
            }
            Expr::Substring {
                expr,
                substring_from,
                substring_for,
                ..
            } => CExpr::Substring(
                Box::new(self.expr(expr)?),
                match substring_from {
                    Some(f) => Some(Box::new(self.expr(f)?)),
                    None => None,
                },
                match substring_for {
                    Some(f) => Some(Box::new(self.expr(f)?)),
                    None => None,
                },
            ),
            Expr::Trim {
                expr,
                trim_where: None,
                trim_what: None,
                trim_characters: None,
            } => CExpr::Func(Func::Trim, vec![self.expr(expr)?]),
            Expr::Function(f) => self.function(f)?,
            other => {
                return Err(format!(
                    "Expression {other} is not supported by Switchyard's Analytics SQL"
                ))
            }
        })
    }

    fn args(f: &ast::Function) -> R<Vec<Option<&Expr>>> {
        // None in the result stands for `*`.
        match &f.args {
            FunctionArguments::None => Ok(vec![]),
            FunctionArguments::Subquery(_) => {
                Err(format!("Subqueries are not supported ({})", f.name))
            }
            FunctionArguments::List(l) => {
                if l.duplicate_treatment == Some(DuplicateTreatment::Distinct) {
                    return Err(format!(
                        "{}(DISTINCT ...) is not supported by Switchyard's Analytics SQL",
                        f.name
                    ));
                }
                if !l.clauses.is_empty() {
                    return Err(format!("Clauses inside {}(...) are not supported", f.name));
                }
                l.args
                    .iter()
                    .map(|a| match a {
                        FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => Ok(Some(e)),
                        FunctionArg::Unnamed(FunctionArgExpr::Wildcard) => Ok(None),
                        _ => Err(format!("Unsupported argument in {}", f.name)),
                    })
                    .collect()
            }
        }
    }

    fn function(&mut self, f: &ast::Function) -> R<CExpr> {
        let name = f.name.to_string().trim_matches('"').to_ascii_uppercase();
        if f.filter.is_some() || !f.within_group.is_empty() {
            return Err(format!("FILTER / WITHIN GROUP on {name} is not supported"));
        }
        let args = Self::args(f)?;
        let agg = match name.as_str() {
            "COUNT" => Some(AggFunc::Count),
            "SUM" => Some(AggFunc::Sum),
            "AVG" => Some(AggFunc::Avg),
            "MIN" => Some(AggFunc::Min),
            "MAX" => Some(AggFunc::Max),
            _ => None,
        };
        if let Some(func) = agg {
            if !self.allow_aggs {
                return Err(format!("Aggregate {name} is not allowed here (WHERE, GROUP BY, ON and PARTITION BY take plain expressions)"));
            }
            let arg = match args.as_slice() {
                [None] if func == AggFunc::Count => None,
                [Some(e)] => {
                    self.allow_aggs = false;
                    let r = self.expr(e);
                    self.allow_aggs = true;
                    Some(r?)
                }
                _ => return Err(format!("{name} takes one argument")),
            };
            let window = match &f.over {
                None => None,
                Some(w) => Some(self.window(w)?),
            };
            self.aggs.push(AggDef { func, arg, window });
            return Ok(CExpr::Agg(self.aggs.len() - 1));
        }
        if f.over.is_some() {
            return Err(format!(
                "{name} OVER a window is not supported (COUNT, SUM, AVG, MIN and MAX are)"
            ));
        }
        if name == "STEP" {
            let [Some(ts), Some(iv)] = args.as_slice() else {
                return Err("STEP takes (timestamp BY INTERVAL 'n' unit)".into());
            };
            let Expr::Interval(iv) = iv else {
                return Err("STEP's width must be an INTERVAL literal".into());
            };
            let ms = interval_ms(iv)?;
            return Ok(CExpr::Step(Box::new(self.expr(ts)?), ms));
        }
        if name == "CURRENT_ROW_TIMESTAMP" && args.is_empty() {
            // The row's processing time; in Switchyard's model a row is
            // processed at the virtual instant it arrives, which is its ROWTIME.
            return Ok(CExpr::RowTime);
        }
        let Some((func, min, max)) = Func::by_name(&name) else {
            return Err(format!(
                "Function {name} is not supported by Switchyard's Analytics SQL"
            ));
        };
        if args.len() < min || args.len() > max || args.iter().any(Option::is_none) {
            return Err(format!("Wrong number of arguments for {name}"));
        }
        let mut out = vec![];
        for a in args.into_iter().flatten() {
            out.push(self.expr(a)?);
        }
        Ok(CExpr::Func(func, out))
    }

    fn window(&mut self, w: &WindowType) -> R<usize> {
        let spec = match w {
            WindowType::WindowSpec(s) => s.clone(),
            WindowType::NamedWindow(id) => {
                let n = norm(id);
                let def =
                    self.named.iter().find(|d| norm(&d.0) == n).ok_or_else(|| {
                        format!("Window {n} is not defined (WINDOW {n} AS (...))")
                    })?;
                match &def.1 {
                    NamedWindowExpr::WindowSpec(s) => s.clone(),
                    NamedWindowExpr::NamedWindow(_) => {
                        return Err("A window defined as another window is not supported".into())
                    }
                }
            }
        };
        if spec.window_name.is_some() {
            return Err("A window based on another named window is not supported".into());
        }
        for o in &spec.order_by {
            if !matches!(&o.expr, Expr::Identifier(id) if norm(id) == "ROWTIME")
                && !matches!(&o.expr, Expr::CompoundIdentifier(ids) if ids.last().map(norm).as_deref() == Some("ROWTIME"))
            {
                return Err("A window on a stream is ordered by ROWTIME; ORDER BY another column is not supported".into());
            }
        }
        let frame = spec.window_frame.as_ref().ok_or(
            "A window on a stream needs a frame: RANGE INTERVAL 'n' SECOND PRECEDING or ROWS n PRECEDING",
        )?;
        if !matches!(frame.end_bound, None | Some(WindowFrameBound::CurrentRow)) {
            return Err("A window on a stream ends at the current row".into());
        }
        let frame = match (&frame.units, &frame.start_bound) {
            (WindowFrameUnits::Range, WindowFrameBound::Preceding(Some(e))) => match e.as_ref() {
                Expr::Interval(iv) => Frame::RangeMs(interval_ms(iv)?),
                _ => return Err("RANGE needs an INTERVAL: RANGE INTERVAL '10' SECOND PRECEDING".into()),
            },
            (WindowFrameUnits::Rows, WindowFrameBound::Preceding(Some(e))) => match e.as_ref() {
                Expr::Value(v) => match &v.value {
                    ast::Value::Number(n, _) => Frame::Rows(n.parse().map_err(|_| format!("ROWS {n} PRECEDING: not a count"))?),
                    _ => return Err("ROWS needs a count: ROWS 10 PRECEDING".into()),
                },
                _ => return Err("ROWS needs a count: ROWS 10 PRECEDING".into()),
            },
            (_, WindowFrameBound::Preceding(None)) => {
                return Err("UNBOUNDED PRECEDING windows are not supported on a stream (they would grow without end)".into())
            }
            _ => return Err("Unsupported window frame: use RANGE INTERVAL ... PRECEDING or ROWS n PRECEDING".into()),
        };
        let allow = self.allow_aggs;
        self.allow_aggs = false;
        let mut partition = vec![];
        for p in &spec.partition_by {
            partition.push(self.expr(p)?);
        }
        self.allow_aggs = allow;
        let def = WindowDef { partition, frame };
        Ok(match self.windows.iter().position(|w| *w == def) {
            Some(i) => i,
            None => {
                self.windows.push(def);
                self.windows.len() - 1
            }
        })
    }
}

fn literal(v: &ast::Value) -> R<Val> {
    Ok(match v {
        ast::Value::Number(n, _) => match n.parse::<i64>() {
            Ok(i) => Val::Int(i),
            Err(_) => Val::Dbl(
                n.parse::<f64>()
                    .map_err(|_| format!("Invalid number {n}"))?,
            ),
        },
        ast::Value::SingleQuotedString(s) => Val::Str(s.clone()),
        ast::Value::Boolean(b) => Val::Bool(*b),
        ast::Value::Null => Val::Null,
        other => return Err(format!("Literal {other} is not supported")),
    })
}

fn string_literal(e: &Expr, what: &str) -> R<String> {
    match e {
        Expr::Value(v) => match &v.value {
            ast::Value::SingleQuotedString(s) => Ok(s.clone()),
            _ => Err(format!("{what} needs a string literal pattern")),
        },
        _ => Err(format!("{what} needs a string literal pattern")),
    }
}

fn time_unit(f: &ast::DateTimeField) -> R<TimeUnit> {
    use ast::DateTimeField as D;
    Ok(match f {
        D::Second | D::Seconds => TimeUnit::Second,
        D::Minute | D::Minutes => TimeUnit::Minute,
        D::Hour | D::Hours => TimeUnit::Hour,
        D::Day | D::Days => TimeUnit::Day,
        other => {
            return Err(format!(
                "Unit {other} is not supported (SECOND, MINUTE, HOUR, DAY are)"
            ))
        }
    })
}

fn interval_ms(iv: &ast::Interval) -> R<i64> {
    if iv.last_field.is_some() {
        return Err(
            "Compound intervals (e.g. HOUR TO MINUTE) are not supported; use one unit".into(),
        );
    }
    let text = match iv.value.as_ref() {
        Expr::Value(v) => match &v.value {
            ast::Value::SingleQuotedString(s) => s.clone(),
            ast::Value::Number(n, _) => n.clone(),
            other => return Err(format!("Unsupported INTERVAL value {other}")),
        },
        other => return Err(format!("Unsupported INTERVAL value {other}")),
    };
    let n: i64 = text
        .trim()
        .parse()
        .map_err(|_| format!("INTERVAL '{text}': a whole number of one unit is supported"))?;
    let unit = time_unit(
        iv.leading_field
            .as_ref()
            .ok_or("An INTERVAL needs a unit (SECOND, MINUTE, HOUR, DAY)")?,
    )?;
    if n <= 0 {
        return Err(format!("INTERVAL '{text}' must be positive"));
    }
    n.checked_mul(unit.ms())
        .filter(|ms| *ms <= 366 * 86_400_000)
        .ok_or_else(|| format!("INTERVAL '{text}' is longer than a year"))
}
