//! Kinesis Data Analytics SQL applications: the API (create, inputs, outputs,
//! reference data, start/stop, versions, errors) and each SQL feature
//! (filters and projections, tumbling windows by STEP and FLOOR, sliding
//! windows by RANGE and ROWS, a join with a reference table from S3, chained
//! pumps, the error stream) with outputs to a Kinesis stream, a delivery
//! stream and a function. Time only moves on the virtual clock.

use serde_json::{json, Value};
use switchyard::analytics::value::Val;
use switchyard::error::AwsError;
use switchyard::model::Service;
use switchyard::world::{CallOutcome, Caller, World};

const ROLE: &str = "arn:aws:iam::123456789012:role/analytics";
const ARN: &str = "arn:aws:kinesis:us-east-1:123456789012:stream/";

struct T {
    w: World,
    c: Caller,
}

fn b64(s: &str) -> String {
    switchyard::util::b64_encode(s.as_bytes())
}

impl T {
    fn new() -> T {
        T {
            w: World::new(7),
            c: Caller::default(),
        }
    }
    fn call(&mut self, svc: Service, op: &str, input: Value) -> Result<Value, AwsError> {
        let r = match self.w.call(svc, op, input, &self.c) {
            CallOutcome::Done(r) => r,
            CallOutcome::Pending(_) => panic!("parked"),
        };
        self.w.check_invariants();
        r
    }
    fn ok(&mut self, svc: Service, op: &str, input: Value) -> Value {
        self.call(svc, op, input.clone())
            .unwrap_or_else(|e| panic!("{op} {input}: {e}"))
    }
    fn ka(&mut self, op: &str, input: Value) -> Value {
        self.ok(Service::KinesisAnalytics, op, input)
    }
    fn ka_err(&mut self, op: &str, input: Value) -> AwsError {
        match self.call(Service::KinesisAnalytics, op, input) {
            Ok(v) => panic!("{op} should fail: {v}"),
            Err(e) => e,
        }
    }
    fn sleep(&mut self, ms: u64) {
        self.w.sleep_ms(ms);
        self.w.check_invariants();
    }
    fn stream(&mut self, name: &str, shards: u32) {
        self.ok(
            Service::Kinesis,
            "CreateStream",
            json!({"StreamName": name, "ShardCount": shards}),
        );
        self.sleep(1_000);
    }
    fn put(&mut self, stream: &str, key: &str, data: &str) {
        self.ok(
            Service::Kinesis,
            "PutRecord",
            json!({"StreamName": stream, "PartitionKey": key, "Data": b64(data)}),
        );
    }
    fn tick(&mut self, ticker: &str, sector: &str, price: f64) {
        let d = json!({"TICKER_SYMBOL": ticker, "SECTOR": sector, "PRICE": price}).to_string();
        self.put("ticks", ticker, &d);
    }
    /// Every record in a stream, in shard then sequence order.
    fn read_all(&mut self, stream: &str) -> Vec<Value> {
        let shards = self.ok(
            Service::Kinesis,
            "ListShards",
            json!({"StreamName": stream}),
        );
        let mut out = vec![];
        for s in shards["Shards"].as_array().unwrap().clone() {
            let it = self.ok(
                Service::Kinesis,
                "GetShardIterator",
                json!({"StreamName": stream, "ShardId": s["ShardId"], "ShardIteratorType": "TRIM_HORIZON"}),
            );
            let r = self.ok(
                Service::Kinesis,
                "GetRecords",
                json!({"ShardIterator": it["ShardIterator"]}),
            );
            for rec in r["Records"].as_array().unwrap() {
                let d = switchyard::util::b64_decode(rec["Data"].as_str().unwrap()).unwrap();
                out.push(
                    serde_json::from_slice(&d)
                        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&d).into())),
                );
            }
        }
        out
    }
    fn status(&mut self, app: &str) -> String {
        self.ka("DescribeApplication", json!({"ApplicationName": app}))["ApplicationDetail"]
            ["ApplicationStatus"]
            .as_str()
            .unwrap()
            .to_string()
    }
    fn version(&mut self, app: &str) -> u64 {
        self.ka("DescribeApplication", json!({"ApplicationName": app}))["ApplicationDetail"]
            ["ApplicationVersionId"]
            .as_u64()
            .unwrap()
    }
    /// Rows of in-application stream `s` the page keeps (most recent last).
    fn rows(&self, app: &str, s: &str) -> Vec<Vec<Val>> {
        let id = self
            .w
            .analytics
            .lookup("123456789012", "us-east-1", app)
            .unwrap();
        let rt = self
            .w
            .analytics
            .app(id)
            .unwrap()
            .runtime
            .as_ref()
            .expect("running");
        rt.stream(s)
            .unwrap()
            .recent
            .iter()
            .map(|r| r.vals.clone())
            .collect()
    }
    fn start(&mut self, app: &str, pos: &str) {
        self.ka(
            "StartApplication",
            json!({"ApplicationName": app, "InputConfigurations": [{"Id": "1.1",
                "InputStartingPositionConfiguration": {"InputStartingPosition": pos}}]}),
        );
        assert_eq!(self.status(app), "STARTING");
        self.sleep(10_000);
        assert_eq!(self.status(app), "RUNNING");
    }
}

fn ticker_input(stream: &str) -> Value {
    json!({
        "NamePrefix": "SOURCE_SQL_STREAM",
        "KinesisStreamsInput": {"ResourceARN": format!("{ARN}{stream}"), "RoleARN": ROLE},
        "InputSchema": {
            "RecordFormat": {"RecordFormatType": "JSON", "MappingParameters": {"JSONMappingParameters": {"RecordRowPath": "$"}}},
            "RecordEncoding": "UTF-8",
            "RecordColumns": [
                {"Name": "TICKER_SYMBOL", "Mapping": "$.TICKER_SYMBOL", "SqlType": "VARCHAR(4)"},
                {"Name": "SECTOR", "Mapping": "$.SECTOR", "SqlType": "VARCHAR(16)"},
                {"Name": "PRICE", "Mapping": "$.PRICE", "SqlType": "DOUBLE"}
            ]
        }
    })
}

fn kinesis_output(name: &str, stream: &str) -> Value {
    json!({"Name": name, "KinesisStreamsOutput": {"ResourceARN": format!("{ARN}{stream}"), "RoleARN": ROLE},
        "DestinationSchema": {"RecordFormatType": "JSON"}})
}

fn app(t: &mut T, name: &str, code: &str, outputs: Value) {
    let out = t.ka(
        "CreateApplication",
        json!({"ApplicationName": name, "Inputs": [ticker_input("ticks")], "Outputs": outputs, "ApplicationCode": code}),
    );
    assert_eq!(out["ApplicationSummary"]["ApplicationStatus"], "READY");
    assert_eq!(
        out["ApplicationSummary"]["ApplicationARN"],
        format!("arn:aws:kinesisanalytics:us-east-1:123456789012:application/{name}")
    );
}

#[test]
fn a_filter_pump_writes_matching_rows_to_the_output_stream() {
    let mut t = T::new();
    t.stream("ticks", 2);
    t.stream("tech", 1);
    let code = r#"
        -- keep technology trades only
        CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (ticker_symbol VARCHAR(4), price DOUBLE);
        CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
            SELECT STREAM ticker_symbol, price FROM "SOURCE_SQL_STREAM_001"
            WHERE sector = 'TECHNOLOGY' AND price > 10;
    "#;
    app(
        &mut t,
        "filter",
        code,
        json!([kinesis_output("DESTINATION_SQL_STREAM", "tech")]),
    );
    t.tick("OLD", "TECHNOLOGY", 50.0); // before the start: NOW skips it
    t.start("filter", "NOW");
    t.tick("AMZN", "TECHNOLOGY", 120.5);
    t.tick("XOM", "ENERGY", 80.0);
    t.tick("PENY", "TECHNOLOGY", 1.0);
    t.tick("MSFT", "TECHNOLOGY", 300.0);
    t.sleep(3_000);
    let mut got = t.read_all("tech");
    got.sort_by(|a, b| {
        a["TICKER_SYMBOL"]
            .as_str()
            .cmp(&b["TICKER_SYMBOL"].as_str())
    });
    assert_eq!(
        got,
        vec![
            json!({"TICKER_SYMBOL": "AMZN", "PRICE": 120.5}),
            json!({"TICKER_SYMBOL": "MSFT", "PRICE": 300.0})
        ]
    );
    let d = t.ka("DescribeApplication", json!({"ApplicationName": "filter"}))["ApplicationDetail"]
        .clone();
    assert_eq!(
        d["InputDescriptions"][0]["InAppStreamNames"],
        json!(["SOURCE_SQL_STREAM_001"])
    );
    assert_eq!(
        d["InputDescriptions"][0]["InputStartingPositionConfiguration"]["InputStartingPosition"],
        "NOW"
    );
    assert_eq!(
        d["OutputDescriptions"][0]["KinesisStreamsOutputDescription"]["ResourceARN"],
        format!("{ARN}tech")
    );
}

#[test]
fn a_tumbling_window_counts_each_ticker_when_the_window_closes() {
    let mut t = T::new();
    t.stream("ticks", 1);
    t.stream("counts", 1);
    let code = r#"
        CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (ticker_symbol VARCHAR(4), ticker_count INTEGER, avg_price DOUBLE);
        CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
            SELECT STREAM ticker_symbol, COUNT(*) AS ticker_count, AVG(price)
            FROM "SOURCE_SQL_STREAM_001"
            GROUP BY ticker_symbol, STEP("SOURCE_SQL_STREAM_001".ROWTIME BY INTERVAL '10' SECOND);
    "#;
    app(
        &mut t,
        "counter",
        code,
        json!([kinesis_output("DESTINATION_SQL_STREAM", "counts")]),
    );
    t.start("counter", "TRIM_HORIZON");
    // The clock is at 12 s (1 s + 1 s streams + 10 s start): the window [10, 20) s.
    t.tick("AMZN", "TECHNOLOGY", 100.0);
    t.tick("AMZN", "TECHNOLOGY", 110.0);
    t.tick("XOM", "ENERGY", 80.0);
    t.sleep(2_000);
    assert!(
        t.read_all("counts").is_empty(),
        "nothing before the window closes"
    );
    t.sleep(6_500); // 20.5 s: closed at 20 s
    let got = t.read_all("counts");
    assert_eq!(
        got,
        vec![
            json!({"TICKER_SYMBOL": "AMZN", "TICKER_COUNT": 2, "AVG_PRICE": 105.0}),
            json!({"TICKER_SYMBOL": "XOM", "TICKER_COUNT": 1, "AVG_PRICE": 80.0})
        ]
    );
    // The next window has its own counts.
    t.tick("AMZN", "TECHNOLOGY", 90.0);
    t.sleep(10_000);
    let got = t.read_all("counts");
    assert_eq!(got.len(), 3);
    assert_eq!(
        got[2],
        json!({"TICKER_SYMBOL": "AMZN", "TICKER_COUNT": 1, "AVG_PRICE": 90.0})
    );
    // Output ROWTIME is the window's end.
    let id =
        t.w.analytics
            .lookup("123456789012", "us-east-1", "counter")
            .unwrap();
    let rt = t.w.analytics.app(id).unwrap().runtime.as_ref().unwrap();
    let first = &rt.stream("DESTINATION_SQL_STREAM").unwrap().recent[0];
    assert_eq!(first.rowtime % 10_000, 0);
}

#[test]
fn floor_rowtime_to_minute_groups_by_the_minute() {
    let mut t = T::new();
    t.stream("ticks", 1);
    let code = r#"
        CREATE OR REPLACE STREAM "PER_MINUTE" (minute_start TIMESTAMP, sector VARCHAR(16), trades BIGINT, high DOUBLE);
        CREATE OR REPLACE PUMP "P" AS INSERT INTO "PER_MINUTE"
            SELECT STREAM FLOOR("SOURCE_SQL_STREAM_001".ROWTIME TO MINUTE), sector, COUNT(*), MAX(price)
            FROM "SOURCE_SQL_STREAM_001"
            GROUP BY FLOOR("SOURCE_SQL_STREAM_001".ROWTIME TO MINUTE), sector
            HAVING COUNT(*) > 1;
    "#;
    app(&mut t, "minutes", code, json!([]));
    t.start("minutes", "NOW");
    t.tick("A", "TECH", 1.0);
    t.tick("B", "TECH", 5.0);
    t.tick("C", "ENERGY", 9.0); // alone in its group: HAVING drops it
    t.sleep(60_000);
    let rows = t.rows("minutes", "PER_MINUTE");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][1], Val::Str("TECH".into()));
    assert_eq!(rows[0][2], Val::Int(2));
    assert_eq!(rows[0][3], Val::Dbl(5.0));
    let Val::Ts(ms) = rows[0][0] else {
        panic!("timestamp")
    };
    assert_eq!(ms % 60_000, 0);
}

#[test]
fn sliding_windows_average_per_partition_by_range_and_rows() {
    let mut t = T::new();
    t.stream("ticks", 1);
    let code = r#"
        CREATE OR REPLACE STREAM "AVGS" (ticker_symbol VARCHAR(4), avg10s DOUBLE, last3 DOUBLE, n INTEGER);
        CREATE OR REPLACE PUMP "P" AS INSERT INTO "AVGS"
            SELECT STREAM ticker_symbol,
                AVG(price) OVER W1,
                SUM(price) OVER (PARTITION BY ticker_symbol ROWS 2 PRECEDING),
                COUNT(*) OVER W1
            FROM "SOURCE_SQL_STREAM_001"
            WINDOW W1 AS (PARTITION BY ticker_symbol RANGE INTERVAL '10' SECOND PRECEDING);
    "#;
    app(&mut t, "sliding", code, json!([]));
    t.start("sliding", "NOW");
    t.tick("A", "X", 10.0);
    t.tick("B", "X", 1000.0);
    t.sleep(1_000);
    t.tick("A", "X", 20.0);
    t.sleep(1_000);
    t.tick("A", "X", 30.0);
    t.sleep(1_000);
    t.tick("A", "X", 40.0);
    t.sleep(1_000);
    let rows = t.rows("sliding", "AVGS");
    let a: Vec<&Vec<Val>> = rows
        .iter()
        .filter(|r| r[0] == Val::Str("A".into()))
        .collect();
    assert_eq!(a.len(), 4);
    assert_eq!(a[3][1], Val::Dbl(25.0)); // (10+20+30+40)/4, all within 10 s
    assert_eq!(a[3][2], Val::Dbl(90.0)); // 20+30+40: the row and 2 before it
    assert_eq!(a[3][3], Val::Int(4));
    // 12 s later the range holds only the new row.
    t.sleep(12_000);
    t.tick("A", "X", 100.0);
    t.sleep(1_000);
    let rows = t.rows("sliding", "AVGS");
    let last = rows
        .iter()
        .rev()
        .find(|r| r[0] == Val::Str("A".into()))
        .unwrap();
    assert_eq!(last[1], Val::Dbl(100.0));
    assert_eq!(last[3], Val::Int(1));
}

#[test]
fn a_reference_table_from_s3_enriches_the_stream() {
    let mut t = T::new();
    t.stream("ticks", 1);
    t.ok(Service::S3, "CreateBucket", json!({"Bucket": "ref"}));
    t.ok(
        Service::S3,
        "PutObject",
        json!({"Bucket": "ref", "Key": "companies.csv", "Body": b64("AMZN,Amazon\nMSFT,Microsoft\n")}),
    );
    let code = r#"
        CREATE OR REPLACE STREAM "ENRICHED" (ticker_symbol VARCHAR(4), company VARCHAR(32), price DOUBLE);
        CREATE OR REPLACE PUMP "P" AS INSERT INTO "ENRICHED"
            SELECT STREAM s.ticker_symbol, c."Company", s.price
            FROM "SOURCE_SQL_STREAM_001" AS s LEFT JOIN "CompanyName" AS c ON s.ticker_symbol = c."Ticker";
    "#;
    app(&mut t, "enrich", code, json!([]));
    // The code names a table the application does not have yet: it starts
    // only once the reference data source is added.
    let e = t.ka_err(
        "StartApplication",
        json!({"ApplicationName": "enrich", "InputConfigurations": [{"Id": "1.1",
            "InputStartingPositionConfiguration": {"InputStartingPosition": "NOW"}}]}),
    );
    assert_eq!(e.code, "InvalidApplicationConfigurationException");
    assert!(e.message.contains("CompanyName"), "{}", e.message);
    t.ka(
        "AddApplicationReferenceDataSource",
        json!({"ApplicationName": "enrich", "CurrentApplicationVersionId": 1, "ReferenceDataSource": {
            "TableName": "CompanyName",
            "S3ReferenceDataSource": {"BucketARN": "arn:aws:s3:::ref", "FileKey": "companies.csv", "ReferenceRoleARN": ROLE},
            "ReferenceSchema": {
                "RecordFormat": {"RecordFormatType": "CSV", "MappingParameters": {"CSVMappingParameters": {"RecordRowDelimiter": "\n", "RecordColumnDelimiter": ","}}},
                "RecordEncoding": "UTF-8",
                "RecordColumns": [{"Name": "Ticker", "SqlType": "VARCHAR(4)"}, {"Name": "Company", "SqlType": "VARCHAR(32)"}]
            }}}),
    );
    assert_eq!(t.version("enrich"), 2);
    t.start("enrich", "NOW");
    t.tick("MSFT", "TECH", 300.0);
    t.tick("ZZZ", "TECH", 1.0);
    t.sleep(2_000);
    let rows = t.rows("enrich", "ENRICHED");
    assert_eq!(rows.len(), 2);
    let msft = rows
        .iter()
        .find(|r| r[0] == Val::Str("MSFT".into()))
        .unwrap();
    assert_eq!(msft[1], Val::Str("Microsoft".into()));
    let zzz = rows
        .iter()
        .find(|r| r[0] == Val::Str("ZZZ".into()))
        .unwrap();
    assert_eq!(zzz[1], Val::Null, "LEFT JOIN keeps the row with NULLs");
}

#[test]
fn chained_pumps_unparseable_records_and_the_error_stream() {
    let mut t = T::new();
    t.stream("ticks", 1);
    let code = r#"
        CREATE OR REPLACE STREAM "UPPERED" (ticker VARCHAR(8), price DOUBLE);
        CREATE OR REPLACE STREAM "EXPENSIVE" (ticker VARCHAR(8), price DOUBLE);
        CREATE OR REPLACE PUMP "P1" AS INSERT INTO "UPPERED"
            SELECT STREAM LOWER(ticker_symbol) || '!', price FROM "SOURCE_SQL_STREAM_001";
        CREATE OR REPLACE PUMP "P2" AS INSERT INTO "EXPENSIVE" (price, ticker)
            SELECT STREAM price * 2, ticker FROM "UPPERED" WHERE price BETWEEN 50 AND 500 AND ticker LIKE 'a%';
    "#;
    app(&mut t, "chain", code, json!([]));
    t.start("chain", "NOW");
    t.tick("AMZN", "T", 100.0);
    t.tick("AAPL", "T", 10.0);
    t.put("ticks", "k", "this is not json");
    t.put("ticks", "k", r#"{"TICKER_SYMBOL": "X", "PRICE": "cheap"}"#);
    t.sleep(2_000);
    assert_eq!(
        t.rows("chain", "EXPENSIVE"),
        vec![vec![Val::Str("amzn!".into()), Val::Dbl(200.0)]]
    );
    let errors = t.rows("chain", "error_stream");
    assert_eq!(errors.len(), 2);
    assert!(errors
        .iter()
        .all(|e| e[2] == Val::Str("Parse_Error".into())));
    let Val::Str(m) = &errors[1][3] else { panic!() };
    assert!(m.contains("PRICE") && m.contains("cheap"), "{m}");
}

#[test]
fn outputs_to_a_delivery_stream_and_a_function_from_a_delivery_stream_source() {
    let mut t = T::new();
    t.ok(Service::S3, "CreateBucket", json!({"Bucket": "out"}));
    for name in ["in-fh", "out-fh"] {
        t.ok(
            Service::Firehose,
            "CreateDeliveryStream",
            json!({"DeliveryStreamName": name, "ExtendedS3DestinationConfiguration": {
                "RoleARN": ROLE, "BucketARN": "arn:aws:s3:::out", "Prefix": format!("{name}/"),
                "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}}}),
        );
    }
    t.ok(
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "sink", "Runtime": "python3.12", "Handler": "a.h", "Role": ROLE,
            "Code": {"ZipFile": "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="}}),
    );
    t.sleep(5_000);
    let mut input = ticker_input("x");
    input.as_object_mut().unwrap().remove("KinesisStreamsInput");
    input["KinesisFirehoseInput"] = json!({"ResourceARN": "arn:aws:firehose:us-east-1:123456789012:deliverystream/in-fh", "RoleARN": ROLE});
    let code = r#"
        CREATE OR REPLACE STREAM "D" (ticker VARCHAR(4), price DOUBLE);
        CREATE OR REPLACE PUMP "P" AS INSERT INTO "D" SELECT STREAM ticker_symbol, price FROM "SOURCE_SQL_STREAM_001";
    "#;
    t.ka(
        "CreateApplication",
        json!({"ApplicationName": "fh", "Inputs": [input], "ApplicationCode": code, "Outputs": [
            {"Name": "D", "KinesisFirehoseOutput": {"ResourceARN": "arn:aws:firehose:us-east-1:123456789012:deliverystream/out-fh", "RoleARN": ROLE},
             "DestinationSchema": {"RecordFormatType": "CSV"}},
            {"Name": "D", "LambdaOutput": {"ResourceARN": "arn:aws:lambda:us-east-1:123456789012:function:sink", "RoleARN": ROLE},
             "DestinationSchema": {"RecordFormatType": "JSON"}}
        ]}),
    );
    t.start("fh", "NOW");
    for (tk, p) in [("AMZN", 1.5), ("MSFT", 2.0)] {
        let d = json!({"TICKER_SYMBOL": tk, "SECTOR": "T", "PRICE": p}).to_string();
        t.ok(
            Service::Firehose,
            "PutRecord",
            json!({"DeliveryStreamName": "in-fh", "Record": {"Data": b64(&d)}}),
        );
    }
    t.sleep(63_000); // read within 1 s, then the output stream's 60 s buffer
    let keys: Vec<String> =
        t.w.s3
            .bucket("out")
            .unwrap()
            .objects
            .keys()
            .cloned()
            .collect();
    let app =
        t.w.analytics
            .app(
                t.w.analytics
                    .lookup("123456789012", "us-east-1", "fh")
                    .unwrap(),
            )
            .unwrap();
    let out_key = keys
        .iter()
        .find(|k| k.starts_with("out-fh/"))
        .unwrap_or_else(|| {
            panic!(
                "an object from the output stream: {keys:?} {:?} {:?}",
                app.log, app.counters
            )
        });
    let body = t.ok(
        Service::S3,
        "GetObject",
        json!({"Bucket": "out", "Key": out_key}),
    )["Body"]
        .as_str()
        .unwrap()
        .to_string();
    let body = String::from_utf8(switchyard::util::b64_decode(&body).unwrap()).unwrap();
    assert_eq!(body, "AMZN,1.5\nMSFT,2.0\n");
    let app =
        t.w.analytics
            .app(
                t.w.analytics
                    .lookup("123456789012", "us-east-1", "fh")
                    .unwrap(),
            )
            .unwrap();
    assert_eq!(app.counters.records_written, 4, "two rows to each output");
    let invoked =
        t.w.lambda
            .functions()
            .find(|f| f.name == "sink")
            .unwrap()
            .stats
            .invocations;
    assert!(invoked >= 1, "the function got the rows");
}

#[test]
fn code_errors_are_refused_by_name() {
    let mut t = T::new();
    let cases = [
        ("CREATE OR REPLACE STREAM \"D\" (a INTEGER", "syntax error"),
        ("SELECT STREAM * FROM \"SOURCE_SQL_STREAM_001\"", "must run in a pump"),
        ("CREATE OR REPLACE STREAM \"D\" (a VARCHAR(4)); CREATE OR REPLACE PUMP \"P\" AS INSERT INTO \"D\" SELECT ticker_symbol FROM \"SOURCE_SQL_STREAM_001\";", "SELECT STREAM"),
        ("CREATE OR REPLACE STREAM \"D\" (a VARCHAR(4)); CREATE OR REPLACE PUMP \"P\" AS INSERT INTO \"D\" SELECT STREAM nope FROM \"SOURCE_SQL_STREAM_001\";", "Column \"NOPE\" not found"),
        ("CREATE OR REPLACE STREAM \"D\" (a VARCHAR(4)); CREATE OR REPLACE PUMP \"P\" AS INSERT INTO \"D\" SELECT STREAM \"ticker_symbol\" FROM \"SOURCE_SQL_STREAM_001\";", "there is a column \"TICKER_SYMBOL\""),
        ("CREATE OR REPLACE STREAM \"D\" (a VARCHAR(4), n INTEGER); CREATE OR REPLACE PUMP \"P\" AS INSERT INTO \"D\" SELECT STREAM ticker_symbol, COUNT(*) FROM \"SOURCE_SQL_STREAM_001\" GROUP BY ticker_symbol;", "window on ROWTIME"),
        ("CREATE OR REPLACE STREAM \"D\" (n INTEGER); CREATE OR REPLACE PUMP \"P\" AS INSERT INTO \"D\" SELECT STREAM COUNT(*) FROM \"SOURCE_SQL_STREAM_001\";", "needs a window"),
        ("CREATE OR REPLACE STREAM \"D\" (a VARCHAR(4), n INTEGER); CREATE OR REPLACE PUMP \"P\" AS INSERT INTO \"D\" SELECT STREAM ticker_symbol, COUNT(*) FROM \"SOURCE_SQL_STREAM_001\" WINDOWED BY STAGGER (PARTITION BY ticker_symbol RANGE INTERVAL '1' MINUTE);", "Stagger windows"),
        ("CREATE OR REPLACE STREAM \"D\" (a VARCHAR(4)); CREATE OR REPLACE PUMP \"P\" AS INSERT INTO \"D\" SELECT STREAM s.ticker_symbol FROM \"SOURCE_SQL_STREAM_001\" AS s JOIN \"D\" AS d ON s.ticker_symbol = d.a;", "between two in-application streams"),
        ("CREATE OR REPLACE STREAM \"D\" (a VARCHAR(4), b DOUBLE); CREATE OR REPLACE PUMP \"P\" AS INSERT INTO \"D\" SELECT STREAM ticker_symbol, price FROM \"SOURCE_SQL_STREAM_001\" ORDER BY price;", "ORDER BY"),
        ("CREATE OR REPLACE STREAM \"D\" (a VARCHAR(4)); CREATE OR REPLACE PUMP \"P\" AS INSERT INTO \"D\" SELECT STREAM ticker_symbol, price FROM \"SOURCE_SQL_STREAM_001\";", "has 1"),
        ("CREATE OR REPLACE PUMP \"P\" AS INSERT INTO \"NOPE\" SELECT STREAM ticker_symbol FROM \"SOURCE_SQL_STREAM_001\";", "does not exist"),
        ("CREATE OR REPLACE STREAM \"D\" (a DOUBLE); CREATE OR REPLACE PUMP \"P\" AS INSERT INTO \"D\" SELECT STREAM STDDEV_POP(price) OVER (ROWS 2 PRECEDING) FROM \"SOURCE_SQL_STREAM_001\";", "STDDEV_POP"),
        ("CREATE OR REPLACE STREAM \"D\" (a DOUBLE); CREATE OR REPLACE PUMP \"P\" AS INSERT INTO \"D\" SELECT STREAM * FROM TABLE(RANDOM_CUT_FOREST(CURSOR(SELECT STREAM * FROM \"SOURCE_SQL_STREAM_001\")));", "RANDOM_CUT_FOREST"),
        ("CREATE OR REPLACE STREAM \"D\" (a BLOB);", "Unsupported SQL type"),
        ("CREATE TABLE t (a INTEGER);", "CREATE TABLE"),
    ];
    for (i, (code, want)) in cases.iter().enumerate() {
        let e = t.ka_err(
            "CreateApplication",
            json!({"ApplicationName": format!("bad{i}"), "Inputs": [ticker_input("ticks")], "ApplicationCode": code}),
        );
        assert_eq!(e.code, "CodeValidationException", "{code}");
        assert!(
            e.message.contains(want),
            "{code}\n  gave: {}\n  wanted: {want}",
            e.message
        );
    }
    assert_eq!(t.w.analytics.apps().count(), 0);
}

#[test]
fn the_api_checks_names_versions_states_and_limits() {
    let mut t = T::new();
    t.stream("ticks", 1);
    let e = t.ka_err("CreateApplication", json!({"ApplicationName": "bad name"}));
    assert_eq!(e.code, "ValidationException");
    assert!(e.message.contains("[a-zA-Z0-9_.-]+"));
    t.ka("CreateApplication", json!({"ApplicationName": "a1"}));
    assert_eq!(
        t.ka_err("CreateApplication", json!({"ApplicationName": "a1"}))
            .code,
        "ResourceInUseException"
    );
    // No input yet.
    let e = t.ka_err(
        "StartApplication",
        json!({"ApplicationName": "a1", "InputConfigurations": [{"Id": "1.1", "InputStartingPositionConfiguration": {"InputStartingPosition": "NOW"}}]}),
    );
    assert_eq!(e.code, "InvalidApplicationConfigurationException");
    // Versions: a stale one is refused.
    t.ka("AddApplicationInput", json!({"ApplicationName": "a1", "CurrentApplicationVersionId": 1, "Input": ticker_input("ticks")}));
    let e = t.ka_err("AddApplicationOutput", json!({"ApplicationName": "a1", "CurrentApplicationVersionId": 1, "Output": kinesis_output("X", "o")}));
    assert_eq!(e.code, "ConcurrentModificationException");
    let e = t.ka_err("AddApplicationInput", json!({"ApplicationName": "a1", "CurrentApplicationVersionId": 2, "Input": ticker_input("ticks")}));
    assert_eq!(e.code, "InvalidArgumentException");
    for i in 0..3 {
        t.ka("AddApplicationOutput", json!({"ApplicationName": "a1", "CurrentApplicationVersionId": 2 + i, "Output": kinesis_output(&format!("S{i}"), "o")}));
    }
    let e = t.ka_err("AddApplicationOutput", json!({"ApplicationName": "a1", "CurrentApplicationVersionId": 5, "Output": kinesis_output("S9", "o")}));
    assert_eq!(e.code, "InvalidArgumentException");
    let d =
        t.ka("DescribeApplication", json!({"ApplicationName": "a1"}))["ApplicationDetail"].clone();
    assert_eq!(d["OutputDescriptions"].as_array().unwrap().len(), 3);
    let out_id = d["OutputDescriptions"][1]["OutputId"]
        .as_str()
        .unwrap()
        .to_string();
    t.ka(
        "DeleteApplicationOutput",
        json!({"ApplicationName": "a1", "CurrentApplicationVersionId": 5, "OutputId": out_id}),
    );
    assert_eq!(t.version("a1"), 6);
    // Wrong input id at start; then a real start, and no second start.
    let e = t.ka_err(
        "StartApplication",
        json!({"ApplicationName": "a1", "InputConfigurations": [{"Id": "9.1", "InputStartingPositionConfiguration": {"InputStartingPosition": "NOW"}}]}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    t.start("a1", "NOW");
    let e = t.ka_err(
        "StartApplication",
        json!({"ApplicationName": "a1", "InputConfigurations": [{"Id": "1.1", "InputStartingPositionConfiguration": {"InputStartingPosition": "NOW"}}]}),
    );
    assert_eq!(e.code, "ResourceInUseException");
    t.ka("StopApplication", json!({"ApplicationName": "a1"}));
    assert_eq!(t.status("a1"), "STOPPING");
    t.sleep(5_000);
    assert_eq!(t.status("a1"), "READY");
    assert_eq!(
        t.ka_err("StopApplication", json!({"ApplicationName": "a1"}))
            .code,
        "ResourceInUseException"
    );
    // Delete needs the creation timestamp.
    let created = d["CreateTimestamp"].as_f64().unwrap();
    assert_eq!(
        t.ka_err(
            "DeleteApplication",
            json!({"ApplicationName": "a1", "CreateTimestamp": created + 100.0})
        )
        .code,
        "InvalidArgumentException"
    );
    t.ka(
        "DeleteApplication",
        json!({"ApplicationName": "a1", "CreateTimestamp": created}),
    );
    assert_eq!(t.status("a1"), "DELETING");
    t.sleep(2_000);
    assert_eq!(
        t.ka_err("DescribeApplication", json!({"ApplicationName": "a1"}))
            .code,
        "ResourceNotFoundException"
    );
    // Listing pages by name.
    for n in ["c", "a", "b"] {
        t.ka(
            "CreateApplication",
            json!({"ApplicationName": n, "Tags": [{"Key": "team", "Value": n}]}),
        );
    }
    let l = t.ka("ListApplications", json!({"Limit": 2}));
    assert_eq!(l["HasMoreApplications"], true);
    assert_eq!(l["ApplicationSummaries"][1]["ApplicationName"], "b");
    let l = t.ka(
        "ListApplications",
        json!({"ExclusiveStartApplicationName": "b"}),
    );
    assert_eq!(l["ApplicationSummaries"].as_array().unwrap().len(), 1);
    let tags = t.ka(
        "ListTagsForResource",
        json!({"ResourceARN": "arn:aws:kinesisanalytics:us-east-1:123456789012:application/b"}),
    );
    assert_eq!(tags["Tags"], json!([{"Key": "team", "Value": "b"}]));
    // What is not built is refused by name.
    let e = t.ka_err(
        "AddApplicationInputProcessingConfiguration",
        json!({"ApplicationName": "b", "CurrentApplicationVersionId": 1, "InputId": "1.1",
            "InputProcessingConfiguration": {"InputLambdaProcessor": {"ResourceARN": "arn:aws:lambda:us-east-1:123456789012:function:f", "RoleARN": ROLE}}}),
    );
    assert_eq!(e.code, "NotImplemented");
}

#[test]
fn discover_input_schema_infers_columns_from_the_stream_or_an_object() {
    let mut t = T::new();
    t.stream("ticks", 2);
    let e = t.ka_err(
        "DiscoverInputSchema",
        json!({"ResourceARN": format!("{ARN}ticks"), "RoleARN": ROLE}),
    );
    assert_eq!(e.code, "UnableToDetectSchemaException");
    t.tick("AMZN", "TECHNOLOGY", 120.5);
    t.tick("QXZ", "HEALTHCARE", 84.0);
    let out = t.ka(
        "DiscoverInputSchema",
        json!({"ResourceARN": format!("{ARN}ticks"), "RoleARN": ROLE,
            "InputStartingPositionConfiguration": {"InputStartingPosition": "TRIM_HORIZON"}}),
    );
    let cols: Vec<(String, String)> = out["InputSchema"]["RecordColumns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["Name"].as_str().unwrap().into(),
                c["SqlType"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        cols,
        vec![
            ("TICKER_SYMBOL".to_string(), "VARCHAR(4)".to_string()),
            ("SECTOR".into(), "VARCHAR(16)".into()),
            ("PRICE".into(), "REAL".into())
        ]
    );
    assert_eq!(out["RawInputRecords"].as_array().unwrap().len(), 2);
    // The inferred schema is one an application accepts.
    let mut input = ticker_input("ticks");
    input["InputSchema"] = out["InputSchema"].clone();
    t.ka(
        "CreateApplication",
        json!({"ApplicationName": "discovered", "Inputs": [input]}),
    );
    // An S3 object's lines.
    t.ok(Service::S3, "CreateBucket", json!({"Bucket": "ref"}));
    t.ok(
        Service::S3,
        "PutObject",
        json!({"Bucket": "ref", "Key": "c.csv", "Body": b64("AMZN,Amazon\nMSFT,Microsoft\n")}),
    );
    let out = t.ka(
        "DiscoverInputSchema",
        json!({"S3Configuration": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::ref", "FileKey": "c.csv"}}),
    );
    assert_eq!(
        out["InputSchema"]["RecordFormat"]["RecordFormatType"],
        "CSV"
    );
    assert_eq!(
        out["InputSchema"]["RecordColumns"][1]["SqlType"],
        "VARCHAR(16)"
    );
    let e = t.ka_err(
        "DiscoverInputSchema",
        json!({"ResourceARN": "arn:aws:firehose:us-east-1:123456789012:deliverystream/x", "RoleARN": ROLE}),
    );
    assert_eq!(e.code, "NotImplemented");
}

#[test]
fn an_update_to_a_running_application_recompiles_it() {
    let mut t = T::new();
    t.stream("ticks", 1);
    let code = r#"CREATE OR REPLACE STREAM "D" (t VARCHAR(4));
        CREATE OR REPLACE PUMP "P" AS INSERT INTO "D" SELECT STREAM ticker_symbol FROM "SOURCE_SQL_STREAM_001";"#;
    app(&mut t, "u", code, json!([]));
    t.start("u", "NOW");
    t.tick("A", "X", 1.0);
    t.sleep(1_500);
    assert_eq!(t.rows("u", "D").len(), 1);
    let e = t.ka_err(
        "UpdateApplication",
        json!({"ApplicationName": "u", "CurrentApplicationVersionId": 1, "ApplicationUpdate": {"ApplicationCodeUpdate": "CREATE OR REPLACE STREAM oops"}}),
    );
    assert_eq!(e.code, "CodeValidationException");
    let code2 = r#"CREATE OR REPLACE STREAM "D" (t VARCHAR(4));
        CREATE OR REPLACE PUMP "P" AS INSERT INTO "D" SELECT STREAM ticker_symbol FROM "SOURCE_SQL_STREAM_001" WHERE price > 5;"#;
    t.ka(
        "UpdateApplication",
        json!({"ApplicationName": "u", "CurrentApplicationVersionId": 1, "ApplicationUpdate": {"ApplicationCodeUpdate": code2}}),
    );
    assert_eq!(t.status("u"), "RUNNING");
    t.tick("B", "X", 1.0);
    t.tick("C", "X", 10.0);
    t.sleep(1_500);
    assert_eq!(t.rows("u", "D"), vec![vec![Val::Str("C".into())]]);
}

/// One run of a windowed application, optionally saved and restored mid-window.
fn window_scenario(save: bool) -> (String, Vec<Value>) {
    let mut t = T::new();
    t.stream("ticks", 2);
    t.stream("counts", 1);
    let code = r#"
        CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (ticker_symbol VARCHAR(4), n INTEGER, avg5 DOUBLE);
        CREATE OR REPLACE STREAM "SLIDE" (ticker_symbol VARCHAR(4), avg5 DOUBLE);
        CREATE OR REPLACE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
            SELECT STREAM ticker_symbol, COUNT(*), AVG(price) FROM "SOURCE_SQL_STREAM_001"
            GROUP BY ticker_symbol, STEP("SOURCE_SQL_STREAM_001".ROWTIME BY INTERVAL '10' SECOND);
        CREATE OR REPLACE PUMP "Q" AS INSERT INTO "SLIDE"
            SELECT STREAM ticker_symbol, AVG(price) OVER (PARTITION BY ticker_symbol RANGE INTERVAL '5' SECOND PRECEDING)
            FROM "SOURCE_SQL_STREAM_001";
    "#;
    app(
        &mut t,
        "saved",
        code,
        json!([kinesis_output("DESTINATION_SQL_STREAM", "counts")]),
    );
    t.start("saved", "NOW");
    for i in 0..30 {
        t.tick(["A", "B", "C"][i % 3], "X", i as f64);
        t.sleep(700);
        if save && i == 11 {
            let saved = serde_json::to_string(&t.w).unwrap();
            t.w = serde_json::from_str(&saved).unwrap();
        }
    }
    t.sleep(10_000);
    (t.w.sim.journal.digest_hex(), t.read_all("counts"))
}

#[test]
fn a_save_and_restore_mid_window_changes_nothing() {
    let (a, rows) = window_scenario(false);
    assert!(rows.len() >= 6, "{rows:?}");
    let total: i64 = rows.iter().map(|r| r["N"].as_i64().unwrap()).sum();
    assert_eq!(total, 30, "every record counted once");
    assert_eq!((a.clone(), rows.clone()), window_scenario(false));
    assert_eq!(
        (a, rows),
        window_scenario(true),
        "a save and restore mid-window changed the run"
    );
}
