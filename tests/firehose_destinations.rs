//! Firehose's destinations other than S3, through `World::call` on the virtual
//! clock: HTTP endpoints (AWS's request shape and headers, retries within the
//! retry duration, failed data backed up to S3, AllData), Redshift (the
//! intermediate object, the manifest, the COPY into the simulated table, COPY
//! failures retried every 5 minutes then the errors/ manifest), OpenSearch
//! (index rotation suffixes, document ids, failed documents in AWS's record
//! shape, AllDocuments), Splunk, and DescribeDeliveryStream / UpdateDestination
//! for each.

use crate::firehose_support::*;
use serde_json::{json, Value};

const URL: &str = "https://receiver.example.com/firehose";
const JDBC: &str = "jdbc:redshift://cluster1.abc123xyz.us-east-1.redshift.amazonaws.com:5439/dev";
const DOMAIN: &str = "arn:aws:es:us-east-1:123456789012:domain/logs";

fn s3conf(bucket: &str, extra: Value) -> Value {
    let mut c = json!({"RoleARN": ROLE, "BucketARN": format!("arn:aws:s3:::{bucket}")});
    for (k, v) in extra.as_object().unwrap() {
        c[k] = v.clone();
    }
    c
}

fn create(f: &mut F, name: &str, member: &str, config: Value) {
    f.ok(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": name, member: config}),
    );
    f.sleep_ms(5_000);
    assert_eq!(f.status(name), "ACTIVE");
}

fn describe(f: &mut F, name: &str) -> Value {
    f.ok(
        "DescribeDeliveryStream",
        json!({"DeliveryStreamName": name}),
    )["DeliveryStreamDescription"]
        .clone()
}

fn lines(f: &F, bucket: &str, key: &str) -> Vec<Value> {
    String::from_utf8(f.body(bucket, key))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn http_config(extra: Value) -> Value {
    let mut c = json!({
        "EndpointConfiguration": {"Url": URL, "Name": "receiver", "AccessKey": "secret-key"},
        "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60},
        "RequestConfiguration": {"ContentEncoding": "NONE", "CommonAttributes": [{"AttributeName": "team", "AttributeValue": "payments"}]},
        "S3Configuration": s3conf("backup", json!({})),
    });
    for (k, v) in extra.as_object().unwrap() {
        c[k] = v.clone();
    }
    c
}

#[test]
fn http_endpoint_gets_awss_request_shape() {
    let mut f = F::new(1);
    f.bucket("backup");
    create(
        &mut f,
        "h",
        "HttpEndpointDestinationConfiguration",
        http_config(json!({})),
    );
    let d = describe(&mut f, "h");
    let h = &d["Destinations"][0]["HttpEndpointDestinationDescription"];
    assert_eq!(
        h["EndpointConfiguration"],
        json!({"Url": URL, "Name": "receiver"})
    );
    assert_eq!(h["S3BackupMode"], "FailedDataOnly");
    assert_eq!(h["RetryOptions"], json!({"DurationInSeconds": 300}));
    assert_eq!(
        h["BufferingHints"],
        json!({"SizeInMBs": 1, "IntervalInSeconds": 60})
    );
    assert_eq!(
        h["S3DestinationDescription"]["BucketARN"],
        "arn:aws:s3:::backup"
    );
    assert!(d["Destinations"][0]
        .get("ExtendedS3DestinationDescription")
        .is_none());

    f.put_batch("h", &["a".to_string(), "b".to_string(), "c".to_string()]);
    f.sleep_ms(59_000);
    assert!(
        f.w.firehose.receivers.endpoint(URL).is_none(),
        "still buffering"
    );
    f.sleep_ms(1_000);
    let e = f.w.firehose.receivers.endpoint(URL).unwrap();
    assert_eq!((e.accepted, e.failed), (1, 0));
    let r = &e.requests[0];
    let body: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(
        body["records"],
        json!([{"data": b64("a")}, {"data": b64("b")}, {"data": b64("c")}])
    );
    let header = |n: &str| {
        r.headers
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(
        header("X-Amz-Firehose-Request-Id").unwrap(),
        body["requestId"]
    );
    assert_eq!(header("X-Amz-Firehose-Access-Key").unwrap(), "secret-key");
    assert_eq!(header("X-Amz-Firehose-Protocol-Version").unwrap(), "1.0");
    assert_eq!(
        header("X-Amz-Firehose-Source-Arn").unwrap(),
        "arn:aws:firehose:us-east-1:123456789012:deliverystream/h"
    );
    assert_eq!(
        serde_json::from_str::<Value>(&header("X-Amz-Firehose-Common-Attributes").unwrap())
            .unwrap(),
        json!({"commonAttributes": {"team": "payments"}})
    );
    assert!(body["timestamp"].as_u64().unwrap() > 1_000_000_000_000);
    assert!(
        f.keys("backup").is_empty(),
        "FailedDataOnly backs up nothing that arrived"
    );
}

#[test]
fn http_endpoint_failures_retry_then_back_up_to_s3() {
    let mut f = F::new(2);
    f.bucket("backup");
    create(
        &mut f,
        "h",
        "HttpEndpointDestinationConfiguration",
        http_config(json!({"RetryOptions": {"DurationInSeconds": 30}})),
    );
    f.w.firehose
        .settings
        .failure_rate_ppm
        .insert(URL.into(), 1_000_000);
    f.put("h", "lost-1");
    f.put("h", "lost-2");
    f.sleep_ms(60_000);
    assert_eq!(f.w.firehose.receivers.endpoint(URL).unwrap().failed, 1);
    f.sleep_ms(29_000);
    assert!(f.keys("backup").is_empty(), "still retrying");
    f.sleep_ms(1_000);
    let e = f.w.firehose.receivers.endpoint(URL).unwrap();
    // The first attempt, then one every 5 s for 30 s.
    assert_eq!((e.accepted, e.failed), (0, 7));
    let ids: std::collections::BTreeSet<&str> = e
        .requests
        .iter()
        .map(|r| {
            r.headers
                .iter()
                .find(|(k, _)| k == "X-Amz-Firehose-Request-Id")
                .unwrap()
                .1
                .as_str()
        })
        .collect();
    assert_eq!(
        ids.len(),
        1,
        "the request id stays the same across attempts"
    );
    let keys = f.keys("backup");
    assert_eq!(keys.len(), 1);
    assert!(keys[0].starts_with("http-endpoint-failed/"), "{}", keys[0]);
    let l = lines(&f, "backup", &keys[0]);
    assert_eq!(l.len(), 2);
    assert_eq!(l[0]["rawData"], b64("lost-1"));
    assert_eq!(
        l[0]["errorCode"],
        "HttpEndpoint.InvalidResponseFromDestination"
    );
    assert_eq!(l[0]["attemptsMade"], 7);
    for k in ["arrivalTimestamp", "attemptEndingTimestamp", "errorMessage"] {
        assert!(l[0].get(k).is_some(), "{k}");
    }
    let s = f.w.firehose.streams().next().unwrap();
    assert_eq!(s.counters.backed_up_failed_records, 2);
    assert!(s.batches.is_empty());
}

#[test]
fn http_endpoint_all_data_and_no_retries() {
    let mut f = F::new(3);
    f.bucket("backup");
    create(
        &mut f,
        "h",
        "HttpEndpointDestinationConfiguration",
        http_config(json!({"S3BackupMode": "AllData", "RetryOptions": {"DurationInSeconds": 0}})),
    );
    f.put("h", "kept");
    f.sleep_ms(60_000);
    let keys = f.keys("backup");
    assert_eq!(keys.len(), 1);
    assert!(!keys[0].starts_with("http-endpoint-failed"));
    assert_eq!(f.body("backup", &keys[0]), b"kept");
    // DurationInSeconds 0: a failure is backed up at once.
    f.w.firehose.settings.default_failure_rate_ppm = 1_000_000;
    f.put("h", "gone");
    f.sleep_ms(60_000);
    let failed: Vec<String> = f
        .keys("backup")
        .into_iter()
        .filter(|k| k.starts_with("http-endpoint-failed/"))
        .collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(f.w.firehose.receivers.endpoint(URL).unwrap().failed, 1);
}

fn redshift_config(options: &str, s3extra: Value) -> Value {
    json!({
        "RoleARN": ROLE,
        "ClusterJDBCURL": JDBC,
        "CopyCommand": {"DataTableName": "events", "DataTableColumns": "id,name", "CopyOptions": options},
        "Username": "firehose",
        "Password": "Secret123",
        "RetryOptions": {"DurationInSeconds": 600},
        "S3Configuration": s3conf("staging", s3extra),
    })
}

#[test]
fn redshift_stages_in_s3_then_copies_into_the_table() {
    let mut f = F::new(4);
    f.bucket("staging");
    create(
        &mut f,
        "r",
        "RedshiftDestinationConfiguration",
        redshift_config(
            "JSON 'auto' GZIP",
            json!({"CompressionFormat": "GZIP", "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}, "Prefix": "in/"}),
        ),
    );
    let d = describe(&mut f, "r");
    let r = &d["Destinations"][0]["RedshiftDestinationDescription"];
    assert_eq!(r["ClusterJDBCURL"], JDBC);
    assert_eq!(
        r["CopyCommand"],
        json!({"DataTableName": "events", "DataTableColumns": "id,name", "CopyOptions": "JSON 'auto' GZIP"})
    );
    assert_eq!(r["Username"], "firehose");
    assert!(r.get("Password").is_none());
    assert_eq!(r["S3BackupMode"], "Disabled");
    assert_eq!(r["S3DestinationDescription"]["CompressionFormat"], "GZIP");
    f.put("r", "{\"id\": 1, \"name\": \"ada\"}\n");
    f.put("r", "{\"id\": 2, \"name\": \"bob\", \"extra\": true}\n");
    f.sleep_ms(60_000);
    let keys = f.keys("staging");
    assert_eq!(keys.len(), 2, "{keys:?}");
    let data = keys.iter().find(|k| k.ends_with(".gz")).unwrap();
    let manifest = keys
        .iter()
        .find(|k| k.starts_with("in/manifests/"))
        .unwrap();
    let m: Value = serde_json::from_slice(&f.body("staging", manifest)).unwrap();
    assert_eq!(
        m,
        json!({"entries": [{"url": format!("s3://staging/{data}"), "mandatory": true}]})
    );
    let t = f.w.firehose.receivers.table(JDBC, "events").unwrap();
    assert_eq!(t.columns, vec!["id", "name"]);
    assert_eq!(
        t.rows.iter().cloned().collect::<Vec<_>>(),
        vec![vec![json!(1), json!("ada")], vec![json!(2), json!("bob")]]
    );
    assert_eq!(
        f.w.firehose
            .streams()
            .next()
            .unwrap()
            .counters
            .destination_records,
        2
    );
}

#[test]
fn redshift_copy_failures_retry_every_five_minutes_then_manifest_to_errors() {
    let mut f = F::new(5);
    f.bucket("staging");
    // GZIP data but no GZIP option: the load fails every time.
    create(
        &mut f,
        "r",
        "RedshiftDestinationConfiguration",
        redshift_config(
            "JSON 'auto'",
            json!({"CompressionFormat": "GZIP", "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}}),
        ),
    );
    f.put("r", "{\"id\": 1}");
    f.sleep_ms(60_000);
    let s = f.w.firehose.streams().next().unwrap();
    assert!(s
        .last_error
        .as_deref()
        .unwrap()
        .starts_with("Redshift.DataLoadFailed"));
    assert_eq!(s.copies.len(), 1);
    // Attempts at 0, 5 and 10 minutes (600 s from the first attempt).
    f.sleep_ms(600_000);
    let s = f.w.firehose.streams().next().unwrap();
    assert!(s.copies.is_empty());
    assert_eq!(s.counters.destination_failed_attempts, 3);
    let errors: Vec<String> = f
        .keys("staging")
        .into_iter()
        .filter(|k| k.starts_with("errors/manifests/"))
        .collect();
    assert_eq!(errors.len(), 1);
    let m: Value = serde_json::from_slice(&f.body("staging", &errors[0])).unwrap();
    assert!(m["entries"][0]["url"].as_str().unwrap().ends_with(".gz"));
    assert_eq!(
        f.w.firehose
            .receivers
            .table(JDBC, "events")
            .unwrap()
            .row_count,
        0
    );
}

#[test]
fn redshift_missing_table_and_cluster_failures() {
    let mut f = F::new(6);
    f.bucket("staging");
    let mut c = redshift_config(
        "CSV",
        json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}}),
    );
    c["RetryOptions"] = json!({"DurationInSeconds": 0});
    create(&mut f, "r", "RedshiftDestinationConfiguration", c);
    f.w.firehose.receivers.drop_table(JDBC, "events");
    f.put("r", "1,a\n");
    f.sleep_ms(60_000);
    let s = f.w.firehose.streams().next().unwrap();
    assert!(s
        .last_error
        .as_deref()
        .unwrap()
        .starts_with("Redshift.TableNotFound"));
    assert!(s.copies.is_empty(), "no retries with DurationInSeconds 0");
    // A table defined with more columns than the COPY names: the others are
    // NULL.
    f.w.firehose
        .receivers
        .create_table(JDBC, "events", &["id", "name", "note"]);
    f.put("r", "2,b\n3,\"c, d\"\n");
    f.sleep_ms(60_000);
    let t = f.w.firehose.receivers.table(JDBC, "events").unwrap();
    assert_eq!(
        t.rows.iter().cloned().collect::<Vec<_>>(),
        vec![
            vec![json!("2"), json!("b"), Value::Null],
            vec![json!("3"), json!("c, d"), Value::Null]
        ]
    );
}

fn opensearch_config(extra: Value) -> Value {
    let mut c = json!({
        "RoleARN": ROLE,
        "DomainARN": DOMAIN,
        "IndexName": "app",
        "TypeName": "",
        "IndexRotationPeriod": "OneHour",
        "BufferingHints": {"IntervalInSeconds": 60, "SizeInMBs": 1},
        "RetryOptions": {"DurationInSeconds": 10},
        "S3Configuration": s3conf("backup", json!({})),
    });
    for (k, v) in extra.as_object().unwrap() {
        c[k] = v.clone();
    }
    c
}

#[test]
fn opensearch_indexes_with_rotation_and_backs_up_failed_documents() {
    let mut f = F::new(7);
    f.bucket("backup");
    create(
        &mut f,
        "o",
        "AmazonopensearchserviceDestinationConfiguration",
        opensearch_config(json!({})),
    );
    let d = describe(&mut f, "o");
    let o = &d["Destinations"][0]["AmazonopensearchserviceDestinationDescription"];
    assert_eq!(o["IndexRotationPeriod"], "OneHour");
    assert_eq!(o["S3BackupMode"], "FailedDocumentsOnly");
    assert_eq!(o["DomainARN"], DOMAIN);
    let arrival = f.w.sim.unix_ms();
    f.put("o", "{\"level\": \"info\"}");
    f.put("o", "not json");
    f.sleep_ms(60_000);
    let c = switchyard::firehose::prefix::civil(arrival);
    let index = format!(
        "app-{:04}-{:02}-{:02}-{:02}",
        c.year, c.month, c.day, c.hour
    );
    let i = f.w.firehose.receivers.index(DOMAIN, &index).unwrap();
    assert_eq!(i.count, 1);
    assert_eq!(i.docs[0].source, json!({"level": "info"}));
    assert!(i.docs[0].id.ends_with(".0"));
    // The bad document is retried for 10 s, then written to S3.
    f.sleep_ms(10_000);
    let keys = f.keys("backup");
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert!(keys[0].starts_with("AmazonOpenSearchService-failed/"));
    let l = lines(&f, "backup", &keys[0]);
    assert_eq!(l.len(), 1);
    assert_eq!(l[0]["rawData"], b64("not json"));
    assert_eq!(l[0]["esIndexName"], index);
    assert_eq!(l[0]["errorCode"], "400");
    assert!(l[0]["esDocumentId"].as_str().unwrap().ends_with(".0"));
    assert_eq!(
        f.w.firehose.receivers.index(DOMAIN, &index).unwrap().count,
        1
    );
}

#[test]
fn opensearch_serverless_and_elasticsearch_members() {
    let mut f = F::new(8);
    f.bucket("backup");
    create(
        &mut f,
        "srv",
        "AmazonOpenSearchServerlessDestinationConfiguration",
        json!({
            "RoleARN": ROLE,
            "CollectionEndpoint": "https://abc.us-east-1.aoss.amazonaws.com",
            "IndexName": "logs",
            "S3BackupMode": "AllDocuments",
            "S3Configuration": s3conf("backup", json!({})),
        }),
    );
    let d = describe(&mut f, "srv");
    let s = &d["Destinations"][0]["AmazonOpenSearchServerlessDestinationDescription"];
    assert_eq!(s["S3BackupMode"], "AllDocuments");
    assert!(s.get("IndexRotationPeriod").is_none());
    assert_eq!(
        s["BufferingHints"],
        json!({"IntervalInSeconds": 300, "SizeInMBs": 5})
    );
    f.put("srv", "{\"a\":1}");
    f.sleep_ms(300_000);
    assert_eq!(
        f.w.firehose
            .receivers
            .index("https://abc.us-east-1.aoss.amazonaws.com", "logs")
            .unwrap()
            .count,
        1
    );
    assert_eq!(
        f.keys("backup").len(),
        1,
        "AllDocuments backs up delivered documents"
    );
    create(
        &mut f,
        "es",
        "ElasticsearchDestinationConfiguration",
        json!({"RoleARN": ROLE, "ClusterEndpoint": "https://search-x.es.amazonaws.com", "IndexName": "x", "IndexRotationPeriod": "OneWeek", "S3Configuration": s3conf("backup", json!({}))}),
    );
    let d = describe(&mut f, "es");
    assert_eq!(
        d["Destinations"][0]["ElasticsearchDestinationDescription"]["IndexRotationPeriod"],
        "OneWeek"
    );
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "bad", "AmazonopensearchserviceDestinationConfiguration": opensearch_config(json!({"ClusterEndpoint": "https://x"}))}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
}

#[test]
fn splunk_receives_events_and_describes() {
    let mut f = F::new(9);
    f.bucket("backup");
    let hec = "https://splunk.example.com:8088";
    create(
        &mut f,
        "sp",
        "SplunkDestinationConfiguration",
        json!({
            "HECEndpoint": hec,
            "HECEndpointType": "Event",
            "HECToken": "tok",
            "RetryOptions": {"DurationInSeconds": 0},
            "S3Configuration": s3conf("backup", json!({})),
        }),
    );
    let d = describe(&mut f, "sp");
    let s = &d["Destinations"][0]["SplunkDestinationDescription"];
    assert_eq!(s["HECAcknowledgmentTimeoutInSeconds"], 180);
    assert_eq!(
        s["BufferingHints"],
        json!({"IntervalInSeconds": 60, "SizeInMBs": 5})
    );
    assert_eq!(s["S3BackupMode"], "FailedEventsOnly");
    f.put("sp", "{\"event\": \"hello\"}");
    f.sleep_ms(60_000);
    let e = f.w.firehose.receivers.endpoint(hec).unwrap();
    assert_eq!(e.accepted, 1);
    f.put("sp", "plain text");
    f.sleep_ms(60_000);
    let keys = f.keys("backup");
    assert_eq!(keys.len(), 1);
    assert!(keys[0].starts_with("splunk-failed/"));
    let l = lines(&f, "backup", &keys[0]);
    assert_eq!(l[0]["errorCode"], "Splunk.InvalidDataFormat");
    assert!(l[0].get("EventId").is_some());
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "bad", "SplunkDestinationConfiguration": {"HECEndpoint": hec, "HECEndpointType": "Event", "HECToken": "t", "HECAcknowledgmentTimeoutInSeconds": 60, "S3Configuration": s3conf("backup", json!({}))}}),
    );
    assert_eq!(e.code, "ValidationException");
}

#[test]
fn update_destination_merges_same_kind_and_refuses_opensearch_switch() {
    let mut f = F::new(10);
    f.bucket("backup");
    create(
        &mut f,
        "h",
        "HttpEndpointDestinationConfiguration",
        http_config(json!({})),
    );
    f.ok(
        "UpdateDestination",
        json!({"DeliveryStreamName": "h", "CurrentDeliveryStreamVersionId": "1", "DestinationId": "destinationId-000000000001",
               "HttpEndpointDestinationUpdate": {"EndpointConfiguration": {"Url": "https://other.example.com/in"}, "S3BackupMode": "AllData"}}),
    );
    let d = describe(&mut f, "h");
    assert_eq!(d["VersionId"], "2");
    let h = &d["Destinations"][0]["HttpEndpointDestinationDescription"];
    assert_eq!(
        h["EndpointConfiguration"]["Url"],
        "https://other.example.com/in"
    );
    assert_eq!(h["EndpointConfiguration"]["Name"], "receiver", "merged");
    assert_eq!(h["S3BackupMode"], "AllData");
    let e = f.err(
        "UpdateDestination",
        json!({"DeliveryStreamName": "h", "CurrentDeliveryStreamVersionId": "2", "DestinationId": "destinationId-000000000001",
               "AmazonopensearchserviceDestinationUpdate": {"IndexName": "x"}}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    // Another kind: configured from scratch.
    f.ok(
        "UpdateDestination",
        json!({"DeliveryStreamName": "h", "CurrentDeliveryStreamVersionId": "2", "DestinationId": "destinationId-000000000001",
               "ExtendedS3DestinationUpdate": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::backup"}}),
    );
    let d = describe(&mut f, "h");
    assert!(d["Destinations"][0]["ExtendedS3DestinationDescription"].is_object());
    f.put("h", "x");
    f.sleep_ms(300_000);
    assert_eq!(f.keys("backup").len(), 1);
}

#[test]
fn validation_of_the_new_members() {
    let mut f = F::new(11);
    f.bucket("backup");
    let mut c = redshift_config("", json!({}));
    c["ClusterJDBCURL"] = json!("jdbc:mysql://x:1/db");
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "r", "RedshiftDestinationConfiguration": c}),
    );
    assert_eq!(e.code, "ValidationException");
    let c = redshift_config("", json!({"CompressionFormat": "Snappy"}));
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "r", "RedshiftDestinationConfiguration": c}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    let c = redshift_config("PARQUET", json!({}));
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "r", "RedshiftDestinationConfiguration": c}),
    );
    assert!(e.message.contains("PARQUET"), "{}", e.message);
    let mut c = http_config(json!({}));
    c["EndpointConfiguration"]["Url"] = json!("http://insecure.example.com");
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "h", "HttpEndpointDestinationConfiguration": c}),
    );
    assert_eq!(e.code, "ValidationException");
    let c = http_config(json!({"BufferingHints": {"SizeInMBs": 65}}));
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "h", "HttpEndpointDestinationConfiguration": c}),
    );
    assert_eq!(e.code, "ValidationException");
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "h", "HttpEndpointDestinationConfiguration": http_config(json!({})),
               "ExtendedS3DestinationConfiguration": s3conf("backup", json!({}))}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "sn", "SnowflakeDestinationConfiguration": {"AccountUrl": "https://x.snowflakecomputing.com", "Database": "d", "Schema": "s", "Table": "t", "RoleARN": ROLE, "S3Configuration": s3conf("backup", json!({}))}}),
    );
    assert!(e.message.contains("Snowflake"), "{}", e.message);
    // IndexName: 1 to 80 characters, in the "less / greater than or equal"
    // form; HTTP buffering hints in the "value" form.
    let long = "i".repeat(81);
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "o", "AmazonopensearchserviceDestinationConfiguration": opensearch_config(json!({"IndexName": long}))}),
    );
    assert_eq!(
        e.message,
        format!("1 validation error detected: Value '{long}' at 'indexName' failed to satisfy constraint: Member must have length less than or equal to 80")
    );
    let e = f.err(
        "CreateDeliveryStream",
        json!({"DeliveryStreamName": "o", "AmazonopensearchserviceDestinationConfiguration": opensearch_config(json!({"IndexName": ""}))}),
    );
    assert_eq!(
        e.message,
        "1 validation error detected: Value '' at 'indexName' failed to satisfy constraint: Member must have length greater than or equal to 1"
    );
}

#[test]
fn same_seed_same_journal_across_a_save_and_restore() {
    let run = |save: bool| {
        let mut f = F::new(12);
        f.bucket("backup");
        f.bucket("staging");
        create(
            &mut f,
            "h",
            "HttpEndpointDestinationConfiguration",
            http_config(json!({})),
        );
        create(
            &mut f,
            "o",
            "AmazonopensearchserviceDestinationConfiguration",
            opensearch_config(json!({})),
        );
        create(
            &mut f,
            "r",
            "RedshiftDestinationConfiguration",
            redshift_config(
                "JSON 'auto'",
                json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}}),
            ),
        );
        f.w.firehose.settings.default_failure_rate_ppm = 300_000;
        for i in 0..20 {
            let rec = format!("{{\"id\": {i}, \"name\": \"n{i}\"}}\n");
            for s in ["h", "o", "r"] {
                f.put(s, &rec);
            }
            f.sleep_ms(7_000);
            if save && i == 10 {
                let text = serde_json::to_string(&f.w).unwrap();
                f.w = serde_json::from_str(&text).unwrap();
            }
        }
        f.sleep_ms(3_600_000);
        (f.w.sim.journal.digest_hex(), f.w.firehose.receivers.clone())
    };
    let (a, ra) = run(false);
    let (b, rb) = run(true);
    assert_eq!(a, b);
    assert_eq!(ra, rb);
    let t = ra.table(JDBC, "events").unwrap();
    assert_eq!(t.row_count, 20, "every row loaded once");
}

#[test]
fn transform_by_a_world_lambda_function() {
    const ZIP: &str = "UEsDBBQAAAAAAPNKel3sOBu0HgAAAB4AAAAIAAAAaW5kZXguanNleHBvcnRzLmhhbmRsZXI9YXN5bmMoKT0+bnVsbApQSwECFAMUAAAAAADzSnpd7DgbtB4AAAAeAAAACAAAAAAAAAAAAAAApIEAAAAAaW5kZXguanNQSwUGAAAAAAEAAQA2AAAARAAAAAAA";
    let mut f = F::new(13);
    f.bucket("backup");
    let fun = f
        .call(
            switchyard::model::Service::Lambda,
            "CreateFunction",
            json!({"FunctionName": "clean", "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "index.handler",
                   "Code": {"ZipFile": ZIP}, "Environment": {"Variables": {"SWITCHYARD_FAIL_IF_CONTAINS": "poison"}}}),
        )
        .unwrap();
    let arn = fun["FunctionArn"].as_str().unwrap().to_string();
    create(
        &mut f,
        "h",
        "HttpEndpointDestinationConfiguration",
        http_config(
            json!({"ProcessingConfiguration": {"Enabled": true, "Processors": [{"Type": "Lambda", "Parameters": [
            {"ParameterName": "LambdaArn", "ParameterValue": arn},
            {"ParameterName": "BufferIntervalInSeconds", "ParameterValue": "0"}]}]}}),
        ),
    );
    f.put_batch("h", &["good".to_string(), "poison pill".to_string()]);
    // The function runs 100 ms (SWITCHYARD_DURATION_MS's default), then the
    // delivery buffer's 60 s start.
    f.sleep_ms(60_100);
    let e = f.w.firehose.receivers.endpoint(URL).unwrap();
    let body: Value = serde_json::from_str(&e.requests[0].body).unwrap();
    assert_eq!(body["records"], json!([{"data": b64("good")}]));
    let keys = f.keys("backup");
    assert_eq!(keys.len(), 1);
    assert!(keys[0].starts_with("processing-failed/"), "{}", keys[0]);
    let l = lines(&f, "backup", &keys[0]);
    assert_eq!(l[0]["rawData"], b64("poison pill"));
    assert_eq!(l[0]["lambdaArn"], arn);
    let func = f.w.lambda.functions().next().unwrap();
    assert_eq!(func.stats.invocations, 1);
    assert_eq!(func.recent.back().unwrap().records, 2);
}

fn metric_sum(f: &F, stream: &str, name: &str) -> f64 {
    use switchyard::sim::metrics::MetricKey;
    f.w.sim
        .metrics
        .datapoints(&MetricKey {
            account_id: "123456789012".into(),
            region: "us-east-1".into(),
            namespace: "AWS/Firehose".into(),
            name: name.into(),
            dimensions: vec![("DeliveryStreamName".into(), stream.into())],
        })
        .iter()
        .map(|d| d.sum)
        .sum()
}

#[test]
fn delivery_metrics_per_destination() {
    let mut f = F::new(14);
    f.bucket("backup");
    f.bucket("staging");
    create(
        &mut f,
        "h",
        "HttpEndpointDestinationConfiguration",
        http_config(json!({})),
    );
    create(
        &mut f,
        "r",
        "RedshiftDestinationConfiguration",
        redshift_config(
            "JSON 'auto'",
            json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}}),
        ),
    );
    f.put_batch("h", &["ab".to_string(), "cde".to_string()]);
    f.put("r", "{\"id\": 1}\n");
    f.sleep_ms(60_000);
    assert_eq!(metric_sum(&f, "h", "DeliveryToHttpEndpoint.Records"), 2.0);
    assert_eq!(metric_sum(&f, "h", "DeliveryToHttpEndpoint.Bytes"), 5.0);
    assert_eq!(metric_sum(&f, "h", "DeliveryToHttpEndpoint.Success"), 1.0);
    assert_eq!(metric_sum(&f, "r", "DeliveryToRedshift.Records"), 1.0);
    assert_eq!(metric_sum(&f, "r", "DeliveryToRedshift.Success"), 1.0);
    assert_eq!(metric_sum(&f, "r", "DeliveryToS3.Records"), 1.0);
}

#[test]
fn source_record_backup_for_s3_and_redshift() {
    let mut f = F::new(15);
    f.bucket("main");
    f.bucket("raw");
    f.bucket("staging");
    // ExtendedS3 with a transform and S3BackupMode Enabled: the raw records
    // go to the backup bucket, the transformed ones to the destination.
    f.w.firehose.settings.functions.insert(
        "arn:aws:lambda:us-east-1:123456789012:function:up".into(),
        switchyard::firehose::SimFunction::uppercase(),
    );
    f.stream(
        "s",
        "main",
        json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60},
               "ProcessingConfiguration": {"Enabled": true, "Processors": [{"Type": "Lambda", "Parameters": [
                   {"ParameterName": "LambdaArn", "ParameterValue": "arn:aws:lambda:us-east-1:123456789012:function:up"},
                   {"ParameterName": "BufferIntervalInSeconds", "ParameterValue": "0"}]}]},
               "S3BackupMode": "Enabled",
               "S3BackupConfiguration": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::raw", "Prefix": "source/", "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}}}),
    );
    let d = describe(&mut f, "s");
    let e = &d["Destinations"][0]["ExtendedS3DestinationDescription"];
    assert_eq!(e["S3BackupMode"], "Enabled");
    assert_eq!(e["S3BackupDescription"]["BucketARN"], "arn:aws:s3:::raw");
    f.put("s", "hello");
    f.sleep_ms(60_000);
    let main = f.keys("main");
    let raw = f.keys("raw");
    assert_eq!((main.len(), raw.len()), (1, 1));
    assert_eq!(f.body("main", &main[0]), b"HELLO");
    assert!(raw[0].starts_with("source/"));
    assert_eq!(f.body("raw", &raw[0]), b"hello");
    assert_eq!(metric_sum(&f, "s", "BackupToS3.Records"), 1.0);
    let s = f.w.firehose.streams().next().unwrap();
    assert_eq!(
        s.counters.delivered_records, 1,
        "the backup is not a delivery"
    );
    // Once enabled, it cannot be disabled.
    let e = f.err(
        "UpdateDestination",
        json!({"DeliveryStreamName": "s", "CurrentDeliveryStreamVersionId": "1", "DestinationId": "destinationId-000000000001",
               "ExtendedS3DestinationUpdate": {"S3BackupMode": "Disabled"}}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    // Redshift with a backup bucket.
    let mut c = redshift_config(
        "JSON 'auto'",
        json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}}),
    );
    c["S3BackupMode"] = json!("Enabled");
    c["S3BackupConfiguration"] =
        json!({"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::raw", "Prefix": "redshift-source/"});
    create(&mut f, "r", "RedshiftDestinationConfiguration", c);
    let d = describe(&mut f, "r");
    assert_eq!(
        d["Destinations"][0]["RedshiftDestinationDescription"]["S3BackupMode"],
        "Enabled"
    );
    f.put("r", "{\"id\": 7}\n");
    f.sleep_ms(300_000);
    assert!(f
        .keys("raw")
        .iter()
        .any(|k| k.starts_with("redshift-source/")));
    assert_eq!(
        f.w.firehose
            .receivers
            .table(JDBC, "events")
            .unwrap()
            .row_count,
        1
    );
}

#[test]
fn a_failing_world_lambda_function_is_retried_then_fails_the_batch() {
    const ZIP: &str = "UEsDBBQAAAAAAPNKel3sOBu0HgAAAB4AAAAIAAAAaW5kZXguanNleHBvcnRzLmhhbmRsZXI9YXN5bmMoKT0+bnVsbApQSwECFAMUAAAAAADzSnpd7DgbtB4AAAAeAAAACAAAAAAAAAAAAAAApIEAAAAAaW5kZXguanNQSwUGAAAAAAEAAQA2AAAARAAAAAAA";
    let mut f = F::new(16);
    f.bucket("bkt");
    let fun = f
        .call(
            switchyard::model::Service::Lambda,
            "CreateFunction",
            json!({"FunctionName": "broken", "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "index.handler",
                   "Code": {"ZipFile": ZIP}, "Environment": {"Variables": {"SWITCHYARD_FAIL_PERCENT": "100"}}}),
        )
        .unwrap();
    let arn = fun["FunctionArn"].as_str().unwrap().to_string();
    f.stream(
        "s",
        "bkt",
        json!({"ProcessingConfiguration": {"Enabled": true, "Processors": [{"Type": "Lambda", "Parameters": [
            {"ParameterName": "LambdaArn", "ParameterValue": arn},
            {"ParameterName": "NumberOfRetries", "ParameterValue": "2"},
            {"ParameterName": "BufferIntervalInSeconds", "ParameterValue": "0"}]}]}}),
    );
    f.put("s", "x");
    // Three invocations of 100 ms (SWITCHYARD_DURATION_MS's default).
    f.sleep_ms(299);
    assert!(f.keys("bkt").is_empty());
    f.sleep_ms(1);
    let func = f.w.lambda.functions().next().unwrap();
    assert_eq!((func.stats.invocations, func.stats.errors), (3, 3));
    let keys = f.keys("bkt");
    assert_eq!(keys.len(), 1);
    let l = lines(&f, "bkt", &keys[0]);
    assert_eq!(l[0]["errorCode"], "Lambda.FunctionError");
    assert_eq!(l[0]["attemptsMade"], 3);
}

#[test]
fn update_a_redshift_destination() {
    let mut f = F::new(17);
    f.bucket("staging");
    create(
        &mut f,
        "r",
        "RedshiftDestinationConfiguration",
        redshift_config(
            "CSV",
            json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}}),
        ),
    );
    f.ok(
        "UpdateDestination",
        json!({"DeliveryStreamName": "r", "CurrentDeliveryStreamVersionId": "1", "DestinationId": "destinationId-000000000001",
               "RedshiftDestinationUpdate": {"CopyCommand": {"DataTableName": "clicks", "DataTableColumns": "page", "CopyOptions": "DELIMITER '\\t'"},
                                             "RetryOptions": {"DurationInSeconds": 0},
                                             "S3Update": {"Prefix": "v2/"}}}),
    );
    let d = describe(&mut f, "r");
    assert_eq!(d["VersionId"], "2");
    let r = &d["Destinations"][0]["RedshiftDestinationDescription"];
    assert_eq!(r["CopyCommand"]["DataTableName"], "clicks");
    assert_eq!(r["RetryOptions"], json!({"DurationInSeconds": 0}));
    assert_eq!(r["Username"], "firehose", "merged");
    assert_eq!(r["S3DestinationDescription"]["Prefix"], "v2/");
    f.put("r", "/home\n/cart\n");
    f.sleep_ms(60_000);
    let t = f.w.firehose.receivers.table(JDBC, "clicks").unwrap();
    assert_eq!(t.row_count, 2);
    assert!(f.keys("staging").iter().all(|k| k.starts_with("v2/")));
    // GZIP compression is allowed for Redshift, Snappy is not.
    let e = f.err(
        "UpdateDestination",
        json!({"DeliveryStreamName": "r", "CurrentDeliveryStreamVersionId": "2", "DestinationId": "destinationId-000000000001",
               "RedshiftDestinationUpdate": {"S3Update": {"CompressionFormat": "Snappy"}}}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
}

#[test]
fn firehose_waits_for_the_world_functions_run_time() {
    const ZIP: &str = "UEsDBBQAAAAAAPNKel3sOBu0HgAAAB4AAAAIAAAAaW5kZXguanNleHBvcnRzLmhhbmRsZXI9YXN5bmMoKT0+bnVsbApQSwECFAMUAAAAAADzSnpd7DgbtB4AAAAeAAAACAAAAAAAAAAAAAAApIEAAAAAaW5kZXguanNQSwUGAAAAAAEAAQA2AAAARAAAAAAA";
    let mut f = F::new(18);
    f.bucket("bkt");
    let fun = f
        .call(
            switchyard::model::Service::Lambda,
            "CreateFunction",
            json!({"FunctionName": "slow", "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "index.handler",
                   "Code": {"ZipFile": ZIP}, "Environment": {"Variables": {"SWITCHYARD_DURATION_MS": "1500", "SWITCHYARD_MS_PER_RECORD": "250"}}}),
        )
        .unwrap();
    let arn = fun["FunctionArn"].as_str().unwrap().to_string();
    f.stream(
        "s",
        "bkt",
        json!({"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 0},
               "ProcessingConfiguration": {"Enabled": true, "Processors": [{"Type": "Lambda", "Parameters": [
            {"ParameterName": "LambdaArn", "ParameterValue": arn},
            {"ParameterName": "BufferIntervalInSeconds", "ParameterValue": "0"}]}]}}),
    );
    f.put_batch("s", &["a".to_string(), "b".to_string()]);
    f.sleep_ms(1);
    // 1,500 ms + 2 x 250 ms.
    assert_eq!(f.w.firehose.streams().next().unwrap().transforming.len(), 1);
    f.sleep_ms(1_998);
    assert!(f.keys("bkt").is_empty());
    f.sleep_ms(1);
    assert_eq!(f.keys("bkt").len(), 1);
    assert_eq!(
        f.w.lambda
            .functions()
            .next()
            .unwrap()
            .recent
            .back()
            .unwrap()
            .duration_ms,
        2_000
    );
}

#[test]
fn switching_destinations_keeps_buffered_and_retrying_records() {
    let mut f = F::new(19);
    f.bucket("backup");
    f.bucket("main");
    create(
        &mut f,
        "h",
        "HttpEndpointDestinationConfiguration",
        http_config(json!({"RetryOptions": {"DurationInSeconds": 600}})),
    );
    f.w.firehose
        .settings
        .failure_rate_ppm
        .insert(URL.into(), 1_000_000);
    f.put("h", "retrying;");
    f.sleep_ms(60_000);
    f.put("h", "buffered;");
    let s = f.w.firehose.streams().next().unwrap();
    assert_eq!((s.batches.len(), s.buffer.count), (1, 1));
    f.ok(
        "UpdateDestination",
        json!({"DeliveryStreamName": "h", "CurrentDeliveryStreamVersionId": "1", "DestinationId": "destinationId-000000000001",
               "ExtendedS3DestinationUpdate": {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::main", "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 30}}}),
    );
    // The buffer open since the second put keeps its interval timer (60 s);
    // the retrying batch joins it at its next attempt.
    f.sleep_ms(60_000);
    let keys = f.keys("main");
    assert_eq!(keys.len(), 1, "{keys:?}");
    let body = String::from_utf8(f.body("main", &keys[0])).unwrap();
    assert!(
        body.contains("retrying;") && body.contains("buffered;"),
        "{body}"
    );
    assert!(f.w.firehose.streams().next().unwrap().batches.is_empty());
}
