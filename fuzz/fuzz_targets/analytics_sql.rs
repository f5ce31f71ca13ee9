//! Fuzz target: any text as Kinesis Data Analytics application code. Compiling
//! must answer with a program or an error message, never panic; a program that
//! compiles must run rows through its pumps (joins, windows opening and
//! closing) without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use switchyard::analytics::exec::{Row, Runtime};
use switchyard::analytics::sql::{self, Column, Env, StreamDef};
use switchyard::analytics::value::{SqlType, Val};

fuzz_target!(|data: &[u8]| {
    let Ok(code) = std::str::from_utf8(data) else { return };
    let col = |n: &str, ty: SqlType| Column { name: n.into(), ty };
    let input = StreamDef {
        name: "SOURCE_SQL_STREAM_001".into(),
        columns: vec![col("TICKER", SqlType::Varchar(Some(4))), col("PRICE", SqlType::Double), col("N", SqlType::Integer), col("T", SqlType::Timestamp)],
    };
    let table = StreamDef { name: "REF".into(), columns: vec![col("K", SqlType::Varchar(None)), col("V", SqlType::Integer)] };
    let env = Env { streams: std::slice::from_ref(&input), tables: std::slice::from_ref(&table) };
    let Ok(program) = sql::compile(code, &env, true) else { return };
    let rows = vec![vec![Val::Str("AMZN".into()), Val::Int(1)], vec![Val::Str("X".into()), Val::Null]];
    let mut rt = Runtime::new(program, &[input], vec![(table, rows)]);
    let mut out = vec![];
    let values = [
        vec![Val::Str("AMZN".into()), Val::Dbl(1.5), Val::Int(i64::MAX), Val::Ts(0)],
        vec![Val::Null, Val::Dbl(-0.0), Val::Int(i64::MIN), Val::Null],
        vec![Val::Str("".into()), Val::Dbl(1e308), Val::Int(-1), Val::Ts(1_767_225_600_000)],
    ];
    for (i, vals) in values.iter().enumerate() {
        let t = 1_767_225_600_000 + i as i64 * 7_000;
        rt.insert("SOURCE_SQL_STREAM_001", vec![Row { rowtime: t, arrival: Some(t), vals: vals.clone() }], &mut out);
        if let Some(close) = rt.next_close() {
            rt.close_windows(close, &mut out);
        }
    }
    rt.close_windows(i64::MAX / 2, &mut out);
});
