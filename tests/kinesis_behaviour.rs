//! Kinesis Data Streams behaviour through `World::call` (AWS operation names,
//! AWS JSON inputs): stream lifecycle, the CreateStream layout, routing by
//! partition key, every shard iterator type and its expiry, write and read
//! limits, resharding lineage, ChildShards, retention, ListShards filters,
//! consumers and subscriptions, and the wire front door.

use crate::kinesis_support::*;
use serde_json::{json, Value};
use switchyard::protocol::{self, Handled, HttpRequest};

#[test]
fn stream_status_goes_creating_active_deleting_gone() {
    let mut k = K::new(1);
    k.ok("CreateStream", json!({"StreamName": "s", "ShardCount": 1}));
    assert_eq!(k.status("s"), "CREATING");
    // A CREATING stream takes no data, as on AWS.
    let e = k.err(
        "PutRecord",
        json!({"StreamName": "s", "PartitionKey": "k", "Data": b64("x")}),
    );
    assert_eq!(e.code, "ResourceNotFoundException");
    let e = k.err("CreateStream", json!({"StreamName": "s", "ShardCount": 1}));
    assert_eq!(e.code, "ResourceInUseException");
    k.sleep_ms(1_000);
    assert_eq!(k.status("s"), "ACTIVE");
    k.ok("DeleteStream", json!({"StreamName": "s"}));
    assert_eq!(k.status("s"), "DELETING");
    k.sleep_ms(1_000);
    let e = k.err("DescribeStreamSummary", json!({"StreamName": "s"}));
    assert_eq!(e.code, "ResourceNotFoundException");
    assert_eq!(e.message, "Stream s under account 123456789012 not found.");
    assert_eq!(k.ok("ListStreams", json!({}))["StreamNames"], json!([]));
}

#[test]
fn create_stream_lays_out_hash_ranges_as_aws_does() {
    let mut k = K::new(1);
    // Known values: AWS's DescribeStream of a 3-shard stream shows shard 0
    // ending at 113427455640312821154458202477256070484.
    let expected: &[(u32, &[(&str, &str)])] = &[
        (1, &[("0", "340282366920938463463374607431768211455")]),
        (
            2,
            &[
                ("0", "170141183460469231731687303715884105727"),
                (
                    "170141183460469231731687303715884105728",
                    "340282366920938463463374607431768211455",
                ),
            ],
        ),
        (
            3,
            &[
                ("0", "113427455640312821154458202477256070484"),
                (
                    "113427455640312821154458202477256070485",
                    "226854911280625642308916404954512140969",
                ),
                (
                    "226854911280625642308916404954512140970",
                    "340282366920938463463374607431768211455",
                ),
            ],
        ),
        (
            4,
            &[
                ("0", "85070591730234615865843651857942052863"),
                (
                    "85070591730234615865843651857942052864",
                    "170141183460469231731687303715884105727",
                ),
                (
                    "170141183460469231731687303715884105728",
                    "255211775190703847597530955573826158591",
                ),
                (
                    "255211775190703847597530955573826158592",
                    "340282366920938463463374607431768211455",
                ),
            ],
        ),
    ];
    for (n, ranges) in expected {
        let name = format!("s{n}");
        k.stream(&name, *n);
        let d = k.ok("DescribeStream", json!({"StreamName": name}));
        let shards = d["StreamDescription"]["Shards"].as_array().unwrap();
        assert_eq!(shards.len(), ranges.len());
        for (i, (sh, (a, b))) in shards.iter().zip(ranges.iter()).enumerate() {
            assert_eq!(sh["ShardId"], format!("shardId-{i:012}"));
            assert_eq!(sh["HashKeyRange"]["StartingHashKey"], *a);
            assert_eq!(sh["HashKeyRange"]["EndingHashKey"], *b);
            let seq = sh["SequenceNumberRange"]["StartingSequenceNumber"]
                .as_str()
                .unwrap();
            assert_eq!(seq.len(), 56);
            assert!(sh["SequenceNumberRange"]
                .get("EndingSequenceNumber")
                .is_none());
        }
    }
    // And any count tiles the key space with no gap (7 and 100 shards).
    for n in [7u32, 100] {
        let name = format!("t{n}");
        k.stream(&name, n);
        let shards = k.shards(&name);
        assert_eq!(shards.len(), n as usize);
        let mut next = 0u128;
        for s in &shards {
            let (a, b) = range(s);
            assert_eq!(a, next);
            next = b.wrapping_add(1);
        }
        assert_eq!(next, 0, "the last shard ends at 2^128-1");
    }
}

#[test]
fn partition_keys_route_by_md5_as_a_big_endian_integer() {
    // MD5 digests computed independently (Python's hashlib).
    let known = [
        ("user1", "24c9e15e52afc47c225b757e7bee1f9d"),
        ("user2", "7e58d63b60197ceb55a1c487989a3720"),
        ("beta", "987bcab01b929eb2c07877b224215c92"),
        ("delta", "63bcabf86a9a991864777c631c5b7617"),
        ("order-42", "4f416b0c12aa8c754209da955fb755cc"),
        ("b", "92eb5ffee6ae2fec3ad71c777531578f"),
        ("c", "4a8a08f09d37b73795649038408b5f33"),
    ];
    let mut k = K::new(2);
    for n in [2u32, 3, 4] {
        let name = format!("r{n}");
        k.stream(&name, n);
        let shards = k.shards(&name);
        for (key, md5) in known {
            let h = u128::from_str_radix(md5, 16).unwrap();
            let want = shards
                .iter()
                .find(|s| {
                    let (a, b) = range(s);
                    a <= h && h <= b
                })
                .unwrap()["ShardId"]
                .clone();
            let got = k.put(&name, key, "x");
            assert_eq!(got["ShardId"], want, "key {key} on {n} shards");
        }
    }
    // Spot checks by hand: "beta" (0x987b...) is in the second third of the
    // key space and the third quarter.
    assert_eq!(k.put("r3", "beta", "x")["ShardId"], "shardId-000000000001");
    assert_eq!(k.put("r4", "beta", "x")["ShardId"], "shardId-000000000002");
    // ExplicitHashKey overrides the partition key.
    let got = k.ok(
        "PutRecord",
        json!({"StreamName": "r4", "PartitionKey": "user1", "Data": b64("x"),
               "ExplicitHashKey": "340282366920938463463374607431768211455"}),
    );
    assert_eq!(got["ShardId"], "shardId-000000000003");
    // Past 2^128-1: the service's range check; outside the model's pattern
    // (a sign, a leading zero, letters): refused as a model violation.
    for (bad, code) in [
        (
            "340282366920938463463374607431768211456",
            "InvalidArgumentException",
        ),
        ("-1", "ValidationException"),
        ("01", "ValidationException"),
        ("abc", "ValidationException"),
    ] {
        let e = k.err(
            "PutRecord",
            json!({"StreamName": "r4", "PartitionKey": "k", "Data": b64("x"), "ExplicitHashKey": bad}),
        );
        assert_eq!(e.code, code, "{bad}");
    }
}

#[test]
fn hands_on_put_then_read_back_from_trim_horizon() {
    let mut k = K::new(3);
    k.stream("demo", 1);
    let p = k.put("demo", "user1", "user signup");
    assert_eq!(p["ShardId"], "shardId-000000000000");
    let seq = p["SequenceNumber"].as_str().unwrap().to_string();
    assert_eq!(seq.len(), 56);
    assert!(p.get("EncryptionType").is_none());
    let it = k.iterator("demo", "shardId-000000000000", "TRIM_HORIZON", json!({}));
    let r = k.get(&it);
    let rec = &r["Records"][0];
    assert_eq!(rec["SequenceNumber"], seq.as_str());
    assert_eq!(rec["PartitionKey"], "user1");
    assert_eq!(rec["Data"], "dXNlciBzaWdudXA=");
    assert_eq!(rec["ApproximateArrivalTimestamp"], json!(1_767_225_601.0));
    assert_eq!(r["MillisBehindLatest"], 0);
    assert!(r["NextShardIterator"].is_string());
    // Sequence numbers strictly increase within the shard.
    let mut last = seq;
    for i in 0..5 {
        k.sleep_ms(i * 7);
        let s = k.put("demo", "user1", "more")["SequenceNumber"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(s > last, "{s} > {last}");
        last = s;
    }
}

#[test]
fn every_iterator_type_starts_where_aws_says() {
    let mut k = K::new(4);
    k.stream("s", 1);
    let sh = "shardId-000000000000";
    let mut seqs = vec![];
    for d in ["a", "b", "c"] {
        seqs.push(
            k.put("s", "k", d)["SequenceNumber"]
                .as_str()
                .unwrap()
                .to_string(),
        );
        k.sleep_ms(100);
    }
    let th = k.iterator("s", sh, "TRIM_HORIZON", json!({}));
    assert_eq!(K::datas(&k.get(&th)), ["a", "b", "c"]);
    k.sleep_ms(1_000); // five GetRecords per second per shard
    let latest = k.iterator("s", sh, "LATEST", json!({}));
    assert!(K::datas(&k.get(&latest)).is_empty());
    k.put("s", "k", "d");
    let r = k.get(&latest);
    assert_eq!(
        K::datas(&r),
        ["d"],
        "LATEST is just after the last record then"
    );
    let at = k.iterator(
        "s",
        sh,
        "AT_SEQUENCE_NUMBER",
        json!({"StartingSequenceNumber": seqs[1]}),
    );
    assert_eq!(K::datas(&k.get(&at)), ["b", "c", "d"]);
    let after = k.iterator(
        "s",
        sh,
        "AFTER_SEQUENCE_NUMBER",
        json!({"StartingSequenceNumber": seqs[1]}),
    );
    assert_eq!(K::datas(&k.get(&after)), ["c", "d"]);
    k.sleep_ms(1_000);
    // AT_TIMESTAMP: "a" arrived at +1.000 s, "b" at +1.100 s: from 1.05 s on is b.
    let t = 1_767_225_601.05;
    let ts = k.iterator("s", sh, "AT_TIMESTAMP", json!({"Timestamp": t}));
    assert_eq!(K::datas(&k.get(&ts)), ["b", "c", "d"]);
    let ts = k.iterator(
        "s",
        sh,
        "AT_TIMESTAMP",
        json!({"Timestamp": "2026-01-01T00:00:01.100Z"}),
    );
    assert_eq!(K::datas(&k.get(&ts)), ["b", "c", "d"]);
    let e = k.err(
        "GetShardIterator",
        json!({"StreamName": "s", "ShardId": sh, "ShardIteratorType": "AT_TIMESTAMP"}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    let e = k.err(
        "GetShardIterator",
        json!({"StreamName": "s", "ShardId": sh, "ShardIteratorType": "AT_SEQUENCE_NUMBER"}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    let e = k.err(
        "GetShardIterator",
        json!({"StreamName": "s", "ShardId": sh, "ShardIteratorType": "SOMEWHERE"}),
    );
    assert_eq!(e.code, "ValidationException");
    let e = k.err("GetShardIterator", json!({"StreamName": "s", "ShardId": "shardId-000000000009", "ShardIteratorType": "LATEST"}));
    assert_eq!(e.code, "ResourceNotFoundException");
    // Limit.
    let th = k.iterator("s", sh, "TRIM_HORIZON", json!({}));
    let r = k.ok("GetRecords", json!({"ShardIterator": th, "Limit": 2}));
    assert_eq!(K::datas(&r), ["a", "b"]);
    assert!(
        r["MillisBehindLatest"].as_u64().unwrap() > 0,
        "c and d are unread"
    );
    let e = k.err("GetRecords", json!({"ShardIterator": th, "Limit": 10_001}));
    assert_eq!(e.code, "ValidationException");
    // An iterator wrapped in double quotes reads as without them (AWS).
    let quoted = k.ok(
        "GetRecords",
        json!({"ShardIterator": format!("\"{th}\""), "Limit": 2}),
    );
    assert_eq!(K::datas(&quoted), ["a", "b"]);
    // Iterators expire five minutes after they were handed out.
    k.sleep_ms(300_000);
    assert!(k.call("GetRecords", json!({"ShardIterator": th})).is_ok());
    k.sleep_ms(1);
    let e = k.err("GetRecords", json!({"ShardIterator": th}));
    assert_eq!(e.code, "ExpiredIteratorException");
    assert!(e.message.contains("300000 milliseconds"), "{}", e.message);
    let e = k.err(
        "GetRecords",
        json!({"ShardIterator": "bm90IGFuIGl0ZXJhdG9y"}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
}

#[test]
fn a_sequence_number_of_another_shard_is_refused() {
    let mut k = K::new(5);
    k.stream("s", 2);
    let seq = k.put("s", "user2", "x"); // user2 goes to shard 0 of 2
    assert_eq!(seq["ShardId"], "shardId-000000000000");
    let e = k.err(
        "GetShardIterator",
        json!({"StreamName": "s", "ShardId": "shardId-000000000001", "ShardIteratorType": "AT_SEQUENCE_NUMBER",
               "StartingSequenceNumber": seq["SequenceNumber"]}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    assert!(
        e.message.contains("It encodes shardId-000000000000"),
        "{}",
        e.message
    );
    // One from another stream, on a shard of the same number.
    k.stream("other", 2);
    let e = k.err(
        "GetShardIterator",
        json!({"StreamName": "other", "ShardId": "shardId-000000000000", "ShardIteratorType": "AT_SEQUENCE_NUMBER",
               "StartingSequenceNumber": seq["SequenceNumber"]}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    assert!(
        e.message.ends_with("did not come from this stream."),
        "{}",
        e.message
    );
    // Values outside the model's patterns are refused before the service
    // reads them; a hash key in the pattern but past 2^128-1 is the service's.
    let e = k.err(
        "GetShardIterator",
        json!({"StreamName": "s", "ShardId": "shardId-000000000000", "ShardIteratorType": "AT_SEQUENCE_NUMBER",
               "StartingSequenceNumber": "abc"}),
    );
    assert_eq!(e.code, "ValidationException");
    for (key, code) in [
        ("abc", "ValidationException"),
        ("007", "ValidationException"),
        (
            "340282366920938463463374607431768211456",
            "InvalidArgumentException",
        ),
    ] {
        let e = k.err(
            "PutRecord",
            json!({"StreamName": "s", "PartitionKey": "p", "Data": "eA==", "ExplicitHashKey": key}),
        );
        assert_eq!(e.code, code, "{key}");
    }
    // A sequence number with TRIM_HORIZON or LATEST, which take none.
    for kind in ["TRIM_HORIZON", "LATEST"] {
        let e = k.err(
            "GetShardIterator",
            json!({"StreamName": "s", "ShardId": "shardId-000000000000", "ShardIteratorType": kind,
                   "StartingSequenceNumber": seq["SequenceNumber"]}),
        );
        assert_eq!(
            e.message,
            format!("Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. Request specified {kind} and also a StartingSequenceNumber.")
        );
    }
}

#[test]
fn a_stream_with_consumers_is_deleted_only_when_told_to_take_them() {
    let mut k = K::new(6);
    k.stream("s", 1);
    let arn = "arn:aws:kinesis:us-east-1:123456789012:stream/s";
    k.ok(
        "RegisterStreamConsumer",
        json!({"StreamARN": arn, "ConsumerName": "app"}),
    );
    for input in [
        json!({"StreamName": "s"}),
        json!({"StreamName": "s", "EnforceConsumerDeletion": false}),
    ] {
        assert_eq!(k.err("DeleteStream", input).code, "ResourceInUseException");
    }
    k.ok(
        "DeleteStream",
        json!({"StreamName": "s", "EnforceConsumerDeletion": true}),
    );
}

#[test]
fn writes_are_limited_to_1000_records_and_1_mib_per_second_per_shard() {
    let mut k = K::new(6);
    k.stream("s", 2);
    let batch = |key: &str, n: usize, size: usize| -> Value {
        let recs: Vec<Value> = (0..n)
            .map(|_| json!({"PartitionKey": key, "Data": switchyard::util::b64_encode(&vec![b'x'; size])}))
            .collect();
        json!({"StreamName": "s", "Records": recs})
    };
    // 1,000 records in a second fit; the 1,001st is refused in its entry.
    let r = k.ok("PutRecords", batch("user1", 500, 1));
    assert_eq!(r["FailedRecordCount"], 0);
    let r = k.ok("PutRecords", batch("user1", 500, 1));
    assert_eq!(r["FailedRecordCount"], 0);
    let r = k.ok("PutRecords", batch("user1", 2, 1));
    assert_eq!(r["FailedRecordCount"], 2);
    let e = &r["Records"][0];
    assert_eq!(e["ErrorCode"], "ProvisionedThroughputExceededException");
    assert_eq!(
        e["ErrorMessage"],
        "Rate exceeded for shard shardId-000000000000 in stream s under account 123456789012."
    );
    assert!(e.get("SequenceNumber").is_none());
    // The other shard is unaffected ("beta" goes to shard 1 of 2).
    let r = k.ok("PutRecords", batch("beta", 3, 1));
    assert_eq!(r["FailedRecordCount"], 0);
    let e = k.err(
        "PutRecord",
        json!({"StreamName": "s", "PartitionKey": "user1", "Data": b64("x")}),
    );
    assert_eq!(e.code, "ProvisionedThroughputExceededException");
    // A millisecond later one more record fits (1,000 per second, refilled evenly).
    k.sleep_ms(1);
    k.put("s", "user1", "x");
    // Bytes: 1 MiB per second. Four 256 KiB records (less their key) fill it.
    k.sleep_ms(2_000);
    let big = 256 * 1024 - 5;
    let r = k.ok("PutRecords", batch("user1", 4, big));
    assert_eq!(r["FailedRecordCount"], 0);
    let r = k.ok("PutRecords", batch("user1", 1, 1000));
    assert_eq!(r["FailedRecordCount"], 1);
    // Requests over the limits are refused whole.
    let e = k.err("PutRecords", batch("user1", 501, 1));
    assert_eq!(e.code, "ValidationException");
    // A 1 MiB blob fits alone but not with its key (see
    // a_record_of_the_maximum_size_counts_its_partition_key).
    let e = k.err("PutRecord", json!({"StreamName": "s", "PartitionKey": "k", "Data": switchyard::util::b64_encode(&vec![0u8; 1024 * 1024])}));
    assert_eq!(e.code, "InvalidArgumentException");
    let e = k.err(
        "PutRecord",
        json!({"StreamName": "s", "PartitionKey": "", "Data": b64("x")}),
    );
    assert_eq!(e.code, "ValidationException");
    let e = k.err(
        "PutRecord",
        json!({"StreamName": "s", "PartitionKey": "k", "Data": "not base64!"}),
    );
    assert_eq!(e.code, "SerializationException");
}

#[test]
fn reads_are_limited_to_5_calls_and_2_mib_per_second_per_shard() {
    let mut k = K::new(7);
    k.stream("s", 1);
    let sh = "shardId-000000000000";
    let it = k.iterator("s", sh, "TRIM_HORIZON", json!({}));
    for _ in 0..5 {
        k.get(&it);
    }
    let e = k.err("GetRecords", json!({"ShardIterator": it}));
    assert_eq!(e.code, "ProvisionedThroughputExceededException");
    k.sleep_ms(200);
    k.get(&it);
    // A 10 MiB read blocks the shard's reads for about five seconds.
    k.sleep_ms(2_000);
    for _ in 0..11 {
        let recs: Vec<Value> = (0..1)
            .map(|_| json!({"PartitionKey": "k", "Data": switchyard::util::b64_encode(&vec![1u8; 1000 * 1000])}))
            .collect();
        let r = k.ok("PutRecords", json!({"StreamName": "s", "Records": recs}));
        assert_eq!(r["FailedRecordCount"], 0);
        k.sleep_ms(1_000);
    }
    let it = k.iterator("s", sh, "TRIM_HORIZON", json!({}));
    let r = k.get(&it);
    assert_eq!(
        r["Records"].as_array().unwrap().len(),
        10,
        "10 MiB per call at most"
    );
    let next = r["NextShardIterator"].as_str().unwrap().to_string();
    // 10,000,010 bytes at 2 MiB/s is 4.77 s of debt, less the 1 s burst.
    k.sleep_ms(3_700);
    let e = k.err("GetRecords", json!({"ShardIterator": next}));
    assert_eq!(e.code, "ProvisionedThroughputExceededException");
    k.sleep_ms(100);
    assert_eq!(k.get(&next)["Records"].as_array().unwrap().len(), 1);
}

#[test]
fn split_and_merge_keep_lineage_and_parents_stay_readable() {
    let mut k = K::new(8);
    k.stream("s", 1);
    k.put("s", "user1", "before-1");
    k.put("s", "beta", "before-2");
    let mid = "170141183460469231731687303715884105728";
    k.ok("SplitShard", json!({"StreamName": "s", "ShardToSplit": "shardId-000000000000", "NewStartingHashKey": mid}));
    assert_eq!(k.status("s"), "UPDATING");
    // Writes continue while UPDATING, to the parent until the split completes.
    assert_eq!(
        k.put("s", "user1", "during")["ShardId"],
        "shardId-000000000000"
    );
    let e = k.err("SplitShard", json!({"StreamName": "s", "ShardToSplit": "shardId-000000000000", "NewStartingHashKey": mid}));
    assert_eq!(e.code, "ResourceInUseException");
    k.sleep_ms(1_000);
    assert_eq!(k.status("s"), "ACTIVE");
    let shards = k.shards("s");
    assert_eq!(shards.len(), 3);
    assert!(shards[0]["SequenceNumberRange"]["EndingSequenceNumber"].is_string());
    assert_eq!(shards[1]["ParentShardId"], "shardId-000000000000");
    assert_eq!(shards[2]["ParentShardId"], "shardId-000000000000");
    assert_eq!(
        range(&shards[1]),
        (0, 170141183460469231731687303715884105727)
    );
    assert_eq!(range(&shards[2]).0, 170141183460469231731687303715884105728);
    // New writes go to the children; the parent still reads back its records,
    // then ends with ChildShards and no NextShardIterator.
    assert_eq!(
        k.put("s", "user1", "after")["ShardId"],
        "shardId-000000000001"
    );
    assert_eq!(
        k.put("s", "beta", "after")["ShardId"],
        "shardId-000000000002"
    );
    let it = k.iterator("s", "shardId-000000000000", "TRIM_HORIZON", json!({}));
    let r = k.get(&it);
    assert_eq!(K::datas(&r), ["before-1", "before-2", "during"]);
    assert!(r.get("NextShardIterator").is_none(), "{r}");
    let children = r["ChildShards"].as_array().unwrap();
    assert_eq!(children.len(), 2);
    assert_eq!(children[0]["ShardId"], "shardId-000000000001");
    assert_eq!(children[0]["ParentShards"], json!(["shardId-000000000000"]));
    // A closed shard cannot be split or merged again.
    let e = k.err("SplitShard", json!({"StreamName": "s", "ShardToSplit": "shardId-000000000000", "NewStartingHashKey": "5"}));
    assert_eq!(e.code, "InvalidArgumentException");
    // Split keys outside (start+1, end) are refused with AWS's message.
    let e = k.err("SplitShard", json!({"StreamName": "s", "ShardToSplit": "shardId-000000000001", "NewStartingHashKey": "1"}));
    assert_eq!(e.code, "InvalidArgumentException");
    assert!(
        e.message
            .contains("is not both greater than one plus the shard's StartingHashKey 0"),
        "{}",
        e.message
    );
    // Merge the two children back.
    k.ok("MergeShards", json!({"StreamName": "s", "ShardToMerge": "shardId-000000000001", "AdjacentShardToMerge": "shardId-000000000002"}));
    k.sleep_ms(1_000);
    let shards = k.shards("s");
    assert_eq!(shards.len(), 4);
    assert_eq!(shards[3]["ParentShardId"], "shardId-000000000001");
    assert_eq!(shards[3]["AdjacentParentShardId"], "shardId-000000000002");
    assert_eq!(range(&shards[3]), (0, u128::MAX));
    let it = k.iterator("s", "shardId-000000000002", "TRIM_HORIZON", json!({}));
    let r = k.get(&it);
    assert_eq!(K::datas(&r), ["after"]);
    assert_eq!(r["ChildShards"][0]["ShardId"], "shardId-000000000003");
    assert_eq!(
        r["ChildShards"][0]["ParentShards"],
        json!(["shardId-000000000001", "shardId-000000000002"])
    );
}

#[test]
fn merge_needs_adjacent_open_shards() {
    let mut k = K::new(9);
    k.stream("s", 3);
    let e = k.err("MergeShards", json!({"StreamName": "s", "ShardToMerge": "shardId-000000000000", "AdjacentShardToMerge": "shardId-000000000002"}));
    assert_eq!(e.code, "InvalidArgumentException");
    assert!(e.message.contains("not an adjacent pair"), "{}", e.message);
    let e = k.err("MergeShards", json!({"StreamName": "s", "ShardToMerge": "shardId-000000000000", "AdjacentShardToMerge": "shardId-000000000000"}));
    assert_eq!(e.code, "InvalidArgumentException");
    let e = k.err("MergeShards", json!({"StreamName": "s", "ShardToMerge": "shardId-000000000000", "AdjacentShardToMerge": "shardId-000000000007"}));
    assert_eq!(e.code, "ResourceNotFoundException");
    // Either order of an adjacent pair works.
    k.ok("MergeShards", json!({"StreamName": "s", "ShardToMerge": "shardId-000000000002", "AdjacentShardToMerge": "shardId-000000000001"}));
    k.sleep_ms(1_000);
    let open = k.ok(
        "ListShards",
        json!({"StreamName": "s", "ShardFilter": {"Type": "AT_LATEST"}}),
    )["Shards"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(open, 2);
}

#[test]
fn update_shard_count_scales_uniformly_within_aws_limits() {
    let mut k = K::new(10);
    k.stream("s", 2);
    let e = k.err(
        "UpdateShardCount",
        json!({"StreamName": "s", "TargetShardCount": 5, "ScalingType": "UNIFORM_SCALING"}),
    );
    assert_eq!(e.code, "LimitExceededException", "more than double");
    let r = k.ok(
        "UpdateShardCount",
        json!({"StreamName": "s", "TargetShardCount": 3, "ScalingType": "UNIFORM_SCALING"}),
    );
    assert_eq!(r["CurrentShardCount"], 2);
    assert_eq!(r["TargetShardCount"], 3);
    k.sleep_ms(1_000);
    let open = k.ok(
        "ListShards",
        json!({"StreamName": "s", "ShardFilter": {"Type": "AT_LATEST"}}),
    )["Shards"]
        .as_array()
        .unwrap()
        .clone();
    let mut ranges: Vec<(u128, u128)> = open.iter().map(range).collect();
    ranges.sort();
    assert_eq!(
        ranges,
        vec![
            (0, 113427455640312821154458202477256070484),
            (
                113427455640312821154458202477256070485,
                226854911280625642308916404954512140969
            ),
            (226854911280625642308916404954512140970, u128::MAX),
        ],
        "uniform: the same layout CreateStream gives 3 shards"
    );
    for s in &open {
        assert!(
            s["ParentShardId"].is_string(),
            "every final shard has a parent: {s}"
        );
    }
    let e = k.err(
        "UpdateShardCount",
        json!({"StreamName": "s", "TargetShardCount": 1, "ScalingType": "UNIFORM_SCALING"}),
    );
    assert_eq!(e.code, "LimitExceededException", "below half");
    let e = k.err(
        "UpdateShardCount",
        json!({"StreamName": "s", "TargetShardCount": 2, "ScalingType": "SOMETIMES"}),
    );
    assert_eq!(e.code, "ValidationException");
    // Ten scalings per rolling 24 hours.
    let mut n = 3;
    for _ in 0..9 {
        n = if n == 3 { 4 } else { 3 };
        k.ok(
            "UpdateShardCount",
            json!({"StreamName": "s", "TargetShardCount": n, "ScalingType": "UNIFORM_SCALING"}),
        );
        k.sleep_ms(1_000);
    }
    let e = k.err(
        "UpdateShardCount",
        json!({"StreamName": "s", "TargetShardCount": 3, "ScalingType": "UNIFORM_SCALING"}),
    );
    assert_eq!(e.code, "LimitExceededException");
    k.sleep_ms(24 * 3_600_000);
    k.ok(
        "UpdateShardCount",
        json!({"StreamName": "s", "TargetShardCount": 2, "ScalingType": "UNIFORM_SCALING"}),
    );
}

#[test]
fn on_demand_streams_have_four_shards_and_refuse_manual_resharding() {
    let mut k = K::new(11);
    k.ok(
        "CreateStream",
        json!({"StreamName": "od", "StreamModeDetails": {"StreamMode": "ON_DEMAND"}}),
    );
    k.sleep_ms(1_000);
    let d = k.ok("DescribeStreamSummary", json!({"StreamName": "od"}));
    assert_eq!(d["StreamDescriptionSummary"]["OpenShardCount"], 4);
    assert_eq!(
        d["StreamDescriptionSummary"]["StreamModeDetails"]["StreamMode"],
        "ON_DEMAND"
    );
    let e = k.err(
        "UpdateShardCount",
        json!({"StreamName": "od", "TargetShardCount": 5, "ScalingType": "UNIFORM_SCALING"}),
    );
    assert_eq!(e.code, "ValidationException");
    // Neither a mode nor a ShardCount: on demand, as on AWS.
    k.ok("CreateStream", json!({"StreamName": "p"}));
    k.sleep_ms(1_000);
    let p = k.ok("DescribeStreamSummary", json!({"StreamName": "p"}));
    assert_eq!(p["StreamDescriptionSummary"]["OpenShardCount"], 4);
    assert_eq!(
        p["StreamDescriptionSummary"]["StreamModeDetails"]["StreamMode"],
        "ON_DEMAND"
    );
    let e = k.err(
        "CreateStream",
        json!({"StreamName": "p2", "StreamModeDetails": {"StreamMode": "PROVISIONED"}}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    let arn = d["StreamDescriptionSummary"]["StreamARN"].clone();
    k.ok(
        "UpdateStreamMode",
        json!({"StreamARN": arn, "StreamModeDetails": {"StreamMode": "PROVISIONED"}}),
    );
    assert_eq!(k.status("od"), "UPDATING");
    k.sleep_ms(1_000);
    k.ok(
        "UpdateShardCount",
        json!({"StreamName": "od", "TargetShardCount": 5, "ScalingType": "UNIFORM_SCALING"}),
    );
}

#[test]
fn records_expire_when_retention_ends_and_closed_shards_after_it() {
    let mut k = K::new(12);
    k.stream("s", 1);
    k.put("s", "k", "old");
    k.sleep_ms(12 * 3_600_000);
    k.put("s", "k", "new");
    let sh = "shardId-000000000000";
    let th = k.iterator("s", sh, "TRIM_HORIZON", json!({}));
    assert_eq!(K::datas(&k.get(&th)), ["old", "new"]);
    k.sleep_ms(12 * 3_600_000 - 1); // "old" is 24 h less 1 ms old
    let th = k.iterator("s", sh, "TRIM_HORIZON", json!({}));
    assert_eq!(K::datas(&k.get(&th)), ["old", "new"]);
    k.sleep_ms(1);
    let th = k.iterator("s", sh, "TRIM_HORIZON", json!({}));
    assert_eq!(
        K::datas(&k.get(&th)),
        ["new"],
        "exactly 24 h after arrival it is gone"
    );
    // Retention bounds and direction.
    let e = k.err(
        "IncreaseStreamRetentionPeriod",
        json!({"StreamName": "s", "RetentionPeriodHours": 8761}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    let e = k.err(
        "DecreaseStreamRetentionPeriod",
        json!({"StreamName": "s", "RetentionPeriodHours": 23}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    let e = k.err(
        "DecreaseStreamRetentionPeriod",
        json!({"StreamName": "s", "RetentionPeriodHours": 48}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    k.ok(
        "IncreaseStreamRetentionPeriod",
        json!({"StreamName": "s", "RetentionPeriodHours": 8760}),
    );
    k.put("s", "k", "kept");
    k.sleep_ms(100 * 3_600_000);
    let th = k.iterator("s", sh, "TRIM_HORIZON", json!({}));
    assert_eq!(K::datas(&k.get(&th)), ["new", "kept"]);
    k.ok(
        "DecreaseStreamRetentionPeriod",
        json!({"StreamName": "s", "RetentionPeriodHours": 24}),
    );
    let th = k.iterator("s", sh, "TRIM_HORIZON", json!({}));
    assert!(
        K::datas(&k.get(&th)).is_empty(),
        "a shorter retention hides older records at once"
    );
    // A closed shard disappears from listings when its retention ends.
    k.put("s", "k", "in-parent");
    k.ok(
        "SplitShard",
        json!({"StreamName": "s", "ShardToSplit": sh, "NewStartingHashKey": "1000"}),
    );
    k.sleep_ms(1_000);
    assert_eq!(k.shards("s").len(), 3);
    k.sleep_ms(24 * 3_600_000);
    let ids: Vec<Value> = k.shards("s").iter().map(|s| s["ShardId"].clone()).collect();
    assert_eq!(
        ids,
        vec![json!("shardId-000000000001"), json!("shardId-000000000002")]
    );
    let e = k.err(
        "GetShardIterator",
        json!({"StreamName": "s", "ShardId": sh, "ShardIteratorType": "TRIM_HORIZON"}),
    );
    assert_eq!(e.code, "ResourceNotFoundException");
}

#[test]
fn list_shards_filters_and_pages() {
    let mut k = K::new(13);
    k.stream("s", 2); // shards 0, 1 created at +0 s
    k.sleep_ms(10_000);
    k.ok("SplitShard", json!({"StreamName": "s", "ShardToSplit": "shardId-000000000000", "NewStartingHashKey": "1000"}));
    k.sleep_ms(1_000); // 0 closes at +12 s; 2, 3 open
    let ids = |v: Value| -> Vec<String> {
        v["Shards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                s["ShardId"].as_str().unwrap()[8..]
                    .trim_start_matches('0')
                    .to_string()
            })
            .collect()
    };
    let all = ids(k.ok("ListShards", json!({"StreamName": "s"})));
    assert_eq!(all, ["", "1", "2", "3"]);
    let latest = ids(k.ok(
        "ListShards",
        json!({"StreamName": "s", "ShardFilter": {"Type": "AT_LATEST"}}),
    ));
    assert_eq!(latest, ["1", "2", "3"]);
    let th = ids(k.ok(
        "ListShards",
        json!({"StreamName": "s", "ShardFilter": {"Type": "AT_TRIM_HORIZON"}}),
    ));
    assert_eq!(
        th,
        ["", "1"],
        "the shards open at the trim horizon (the stream's start)"
    );
    let after = ids(k.ok("ListShards", json!({"StreamName": "s", "ShardFilter": {"Type": "AFTER_SHARD_ID", "ShardId": "shardId-000000000001"}})));
    assert_eq!(after, ["2", "3"]);
    let after = ids(k.ok(
        "ListShards",
        json!({"StreamName": "s", "ExclusiveStartShardId": "shardId-000000000000"}),
    ));
    assert_eq!(after, ["1", "2", "3"]);
    let t0 = 1_767_225_605.0; // +5 s: shards 0 and 1 were open
    let at = ids(k.ok(
        "ListShards",
        json!({"StreamName": "s", "ShardFilter": {"Type": "AT_TIMESTAMP", "Timestamp": t0}}),
    ));
    assert_eq!(at, ["", "1"]);
    let from = ids(k.ok("ListShards", json!({"StreamName": "s", "ShardFilter": {"Type": "FROM_TIMESTAMP", "Timestamp": 1_767_225_615.0}})));
    assert_eq!(from, ["1", "2", "3"], "shard 0 closed before +15 s");
    let e = k.err(
        "ListShards",
        json!({"StreamName": "s", "ShardFilter": {"Type": "AT_TIMESTAMP"}}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    let e = k.err("ListShards", json!({"StreamName": "s", "ShardFilter": {"Type": "AT_LATEST", "ShardId": "shardId-000000000000"}}));
    assert_eq!(e.code, "InvalidArgumentException");
    // Paging: MaxResults and NextToken (alone), which expires after 300 s.
    let p1 = k.ok("ListShards", json!({"StreamName": "s", "MaxResults": 3}));
    assert_eq!(p1["Shards"].as_array().unwrap().len(), 3);
    let tok = p1["NextToken"].as_str().unwrap().to_string();
    let e = k.err("ListShards", json!({"StreamName": "s", "NextToken": tok}));
    assert_eq!(e.code, "InvalidArgumentException");
    let p2 = k.ok("ListShards", json!({"NextToken": tok}));
    assert_eq!(ids(p2.clone()), ["3"]);
    assert!(p2.get("NextToken").is_none());
    k.sleep_ms(300_001);
    let e = k.err("ListShards", json!({"NextToken": tok}));
    assert_eq!(e.code, "ExpiredNextTokenException");
    // StreamCreationTimestamp must match the stream's.
    k.ok(
        "ListShards",
        json!({"StreamName": "s", "StreamCreationTimestamp": 1_767_225_600.0}),
    );
    let e = k.err(
        "ListShards",
        json!({"StreamName": "s", "StreamCreationTimestamp": 1_767_225_601.0}),
    );
    assert_eq!(e.code, "ResourceNotFoundException");
    // DescribeStream pages with HasMoreShards.
    let d = k.ok("DescribeStream", json!({"StreamName": "s", "Limit": 2}));
    assert_eq!(d["StreamDescription"]["HasMoreShards"], true);
    let d = k.ok(
        "DescribeStream",
        json!({"StreamName": "s", "Limit": 2, "ExclusiveStartShardId": "shardId-000000000001"}),
    );
    assert_eq!(d["StreamDescription"]["HasMoreShards"], false);
    assert_eq!(
        d["StreamDescription"]["Shards"].as_array().unwrap().len(),
        2
    );
}

#[test]
fn list_streams_tags_and_encryption() {
    let mut k = K::new(14);
    for n in ["c", "a", "b"] {
        k.stream(n, 1);
    }
    let l = k.ok("ListStreams", json!({"Limit": 2}));
    assert_eq!(l["StreamNames"], json!(["a", "b"]));
    assert_eq!(l["HasMoreStreams"], true);
    let l = k.ok("ListStreams", json!({"NextToken": l["NextToken"]}));
    assert_eq!(l["StreamNames"], json!(["c"]));
    assert_eq!(l["StreamSummaries"][0]["StreamStatus"], "ACTIVE");
    k.ok(
        "AddTagsToStream",
        json!({"StreamName": "a", "Tags": {"team": "data", "env": "dev"}}),
    );
    k.ok(
        "RemoveTagsFromStream",
        json!({"StreamName": "a", "TagKeys": ["env"]}),
    );
    let t = k.ok("ListTagsForStream", json!({"StreamName": "a"}));
    assert_eq!(t["Tags"], json!([{"Key": "team", "Value": "data"}]));
    assert_eq!(t["HasMoreTags"], false);
    // The same tags by ARN (TagResource and its kin).
    let a_arn = "arn:aws:kinesis:us-east-1:123456789012:stream/a";
    k.ok(
        "TagResource",
        json!({"ResourceARN": a_arn, "Tags": {"cost": "42"}}),
    );
    k.ok(
        "UntagResource",
        json!({"ResourceARN": a_arn, "TagKeys": ["team"]}),
    );
    let t = k.ok("ListTagsForResource", json!({"ResourceARN": a_arn}));
    assert_eq!(t["Tags"], json!([{"Key": "cost", "Value": "42"}]));
    // Characters outside AWS's set, and an empty list, are refused.
    let e = k.err(
        "AddTagsToStream",
        json!({"StreamName": "a", "Tags": {"k#!": "v"}}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    let e = k.err(
        "RemoveTagsFromStream",
        json!({"StreamName": "a", "TagKeys": []}),
    );
    assert!(
        e.message.contains("greater than or equal to 1"),
        "{}",
        e.message
    );
    k.ok(
        "StartStreamEncryption",
        json!({"StreamName": "a", "EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}),
    );
    k.sleep_ms(1_000);
    let d = k.ok("DescribeStreamSummary", json!({"StreamName": "a"}));
    assert_eq!(d["StreamDescriptionSummary"]["EncryptionType"], "KMS");
    assert_eq!(d["StreamDescriptionSummary"]["KeyId"], "alias/aws/kinesis");
    assert_eq!(k.put("a", "k", "x")["EncryptionType"], "KMS");
    k.ok(
        "StopStreamEncryption",
        json!({"StreamName": "a", "EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}),
    );
    k.sleep_ms(1_000);
    let d = k.ok("DescribeStreamSummary", json!({"StreamName": "a"}));
    assert_eq!(d["StreamDescriptionSummary"]["EncryptionType"], "NONE");
    // Streams are per account and Region; by ARN too.
    k.caller.region = "eu-west-1".into();
    assert_eq!(k.ok("ListStreams", json!({}))["StreamNames"], json!([]));
    let arn = "arn:aws:kinesis:us-east-1:123456789012:stream/a";
    k.ok("DescribeStreamSummary", json!({"StreamARN": arn}));
    let e = k.err("DescribeStreamSummary", json!({}));
    assert_eq!(e.code, "InvalidArgumentException");
}

#[test]
fn consumers_register_and_subscriptions_push_records_for_five_minutes() {
    let mut k = K::new(15);
    k.stream("s", 1);
    let arn = "arn:aws:kinesis:us-east-1:123456789012:stream/s";
    let c = k.ok(
        "RegisterStreamConsumer",
        json!({"StreamARN": arn, "ConsumerName": "app"}),
    );
    assert_eq!(c["Consumer"]["ConsumerStatus"], "CREATING");
    let carn = c["Consumer"]["ConsumerARN"].as_str().unwrap().to_string();
    assert!(carn.starts_with(&format!("{arn}/consumer/app:")), "{carn}");
    let e = k.err(
        "RegisterStreamConsumer",
        json!({"StreamARN": arn, "ConsumerName": "app"}),
    );
    assert_eq!(e.code, "ResourceInUseException");
    k.sleep_ms(1_000);
    let d = k.ok("DescribeStreamConsumer", json!({"ConsumerARN": carn}));
    assert_eq!(d["ConsumerDescription"]["ConsumerStatus"], "ACTIVE");
    assert_eq!(d["ConsumerDescription"]["StreamARN"], arn);
    let l = k.ok("ListStreamConsumers", json!({"StreamARN": arn}));
    assert_eq!(l["Consumers"][0]["ConsumerName"], "app");
    // Over the wire SubscribeToShard is refused by name.
    let e = k.err(
        "SubscribeToShard",
        json!({"ConsumerARN": carn, "ShardId": "shardId-000000000000", "StartingPosition": {"Type": "LATEST"}}),
    );
    assert_eq!(e.code, "NotImplemented");
    assert!(e.message.contains("SubscribeToShard"), "{}", e.message);
    // The engine-level subscription pushes what arrives.
    k.put("s", "k", "early");
    let caller = k.caller.clone();
    let input: switchyard::kinesis::SubscribeToShardInput = serde_json::from_value(json!({
        "ConsumerARN": carn, "ShardId": "shardId-000000000000", "StartingPosition": {"Type": "TRIM_HORIZON"}
    }))
    .unwrap();
    let sid =
        k.w.kinesis
            .subscribe_to_shard(&mut k.w.sim, &caller, input.clone())
            .unwrap();
    k.put("s", "k", "late");
    k.sleep_ms(1_000);
    let events = k.w.kinesis.take_subscription_events(sid);
    let datas: Vec<String> = events
        .iter()
        .flat_map(|e| e.records.iter().map(|r| unb64(r["Data"].as_str().unwrap())))
        .collect();
    assert_eq!(datas, ["early", "late"]);
    let e =
        k.w.kinesis
            .subscribe_to_shard(&mut k.w.sim, &caller, input.clone())
            .unwrap_err();
    assert_eq!(
        e.code, "ResourceInUseException",
        "within 5 s of the last one"
    );
    // Enhanced fan-out metrics, by stream and consumer.
    let consumer_metric = |k: &K, name: &str| -> Vec<f64> {
        k.w.sim
            .metrics
            .datapoints(&switchyard::sim::metrics::MetricKey {
                account_id: "123456789012".into(),
                region: "us-east-1".into(),
                namespace: "AWS/Kinesis".into(),
                name: name.into(),
                dimensions: vec![
                    ("StreamName".into(), "s".into()),
                    ("ConsumerName".into(), "app".into()),
                ],
            })
            .iter()
            .map(|p| p.sum)
            .collect()
    };
    assert_eq!(consumer_metric(&k, "SubscribeToShard.Success"), [1.0]);
    assert_eq!(consumer_metric(&k, "SubscribeToShard.RateExceeded"), [1.0]);
    assert_eq!(
        consumer_metric(&k, "SubscribeToShardEvent.Records")
            .iter()
            .sum::<f64>(),
        2.0
    );
    assert_eq!(
        consumer_metric(&k, "SubscribeToShardEvent.Bytes")
            .iter()
            .sum::<f64>(),
        11.0,
        "data and partition keys, as a record's size counts them"
    );
    assert!(
        consumer_metric(&k, "SubscribeToShardEvent.Success")
            .iter()
            .sum::<f64>()
            >= 5.0
    );
    k.sleep_ms(300_000);
    assert!(
        k.w.kinesis.subscription(sid).unwrap().ended,
        "five minutes at most"
    );
    k.ok(
        "DeregisterStreamConsumer",
        json!({"StreamARN": arn, "ConsumerName": "app"}),
    );
    k.sleep_ms(1_000);
    let e = k.err("DescribeStreamConsumer", json!({"ConsumerARN": carn}));
    assert_eq!(e.code, "ResourceNotFoundException");
}

fn wire(w: &mut switchyard::World, op: &str, body: Value) -> (u16, Value) {
    let req = HttpRequest {
        method: "POST".into(),
        url: "/".into(),
        headers: vec![
            ("X-Amz-Target".into(), format!("Kinesis_20131202.{op}")),
            ("Content-Type".into(), "application/x-amz-json-1.1".into()),
        ],
        body: body.to_string().into_bytes(),
    };
    match protocol::handle(w, &req) {
        Handled::Done(r) => {
            assert_eq!(r.header("content-type"), Some("application/x-amz-json-1.1"));
            let v = if r.body.is_empty() {
                json!({})
            } else {
                serde_json::from_slice(&r.body).unwrap()
            };
            (r.status, v)
        }
        Handled::Pending { .. } => panic!("kinesis never parks"),
    }
}

#[test]
fn aws_json_1_1_wire_round_trip() {
    let mut w = switchyard::World::new(16);
    let (st, _) = wire(
        &mut w,
        "CreateStream",
        json!({"StreamName": "w", "ShardCount": 1}),
    );
    assert_eq!(st, 200);
    w.sleep_ms(1_000);
    let (st, v) = wire(
        &mut w,
        "PutRecord",
        json!({"StreamName": "w", "PartitionKey": "p", "Data": "aGVsbG8="}),
    );
    assert_eq!(st, 200, "{v}");
    let (_, v) = wire(
        &mut w,
        "GetShardIterator",
        json!({"StreamName": "w", "ShardId": "shardId-000000000000", "ShardIteratorType": "TRIM_HORIZON"}),
    );
    let (_, v) = wire(
        &mut w,
        "GetRecords",
        json!({"ShardIterator": v["ShardIterator"]}),
    );
    assert_eq!(v["Records"][0]["Data"], "aGVsbG8=");
    assert!(v["Records"][0]["ApproximateArrivalTimestamp"].is_f64());
    let (st, v) = wire(&mut w, "DescribeStream", json!({"StreamName": "nope"}));
    assert_eq!(st, 400);
    assert_eq!(v["__type"], "ResourceNotFoundException");
    let (st, v) = wire(
        &mut w,
        "SubscribeToShard",
        json!({"ConsumerARN": "x", "ShardId": "s", "StartingPosition": {"Type": "LATEST"}}),
    );
    assert_eq!(st, 501);
    assert_eq!(v["__type"], "NotImplemented");
    let (st, v) = wire(
        &mut w,
        "PutResourcePolicy",
        json!({"ResourceARN": "x", "Policy": "{}"}),
    );
    assert_eq!((st, v["__type"].as_str()), (501, Some("NotImplemented")));
    let (st, v) = wire(&mut w, "GetRecords", json!({}));
    assert_eq!(st, 400);
    assert_eq!(v["__type"], "ValidationException");
}

#[test]
fn a_saved_world_restores_with_its_streams() {
    let mut k = K::new(17);
    k.stream("s", 4);
    k.put("s", "user2", "x");
    let saved = serde_json::to_string(&k.w).unwrap();
    let w: switchyard::World = serde_json::from_str(&saved).unwrap();
    assert_eq!(serde_json::to_string(&w).unwrap(), saved);
    let mut k2 = K {
        w,
        caller: k.caller.clone(),
    };
    assert_eq!(k2.put("s", "user2", "y")["ShardId"], "shardId-000000000001");
    k2.w.check_invariants();
    let _ = &mut k2.w;
}

/// The page's snapshot of a lane's newest records agrees with the full listing.
#[test]
fn newest_records_are_the_tail_of_the_shard() {
    let mut k = K::new(4);
    k.stream("lanes", 1);
    for i in 0..10 {
        k.put("lanes", "user1", &format!("r{i}"));
    }
    let id =
        k.w.kinesis
            .stream_id("123456789012", "us-east-1", "lanes")
            .unwrap();
    let now = k.w.now().as_ms();
    let all = k.w.kinesis.records(id, 0, now, usize::MAX);
    let tail = k.w.kinesis.newest_records(id, 0, now, 3);
    assert_eq!(all.len(), 10);
    assert_eq!(tail, all[7..].to_vec());
    assert_eq!(k.w.kinesis.newest_records(id, 0, now, 50), all);
}

#[test]
fn an_on_demand_stream_scales_to_double_its_peak_and_a_quiet_one_keeps_four_shards() {
    let mut k = K::new(3);
    for name in ["busy", "quiet"] {
        k.ok(
            "CreateStream",
            json!({"StreamName": name, "StreamModeDetails": {"StreamMode": "ON_DEMAND"}}),
        );
    }
    k.sleep_ms(1_000);
    let open = |k: &mut K, name: &str| {
        k.ok("DescribeStreamSummary", json!({"StreamName": name}))["StreamDescriptionSummary"]
            ["OpenShardCount"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(open(&mut k, "busy"), 4);
    // 2,400 records/s spread evenly over the four shards (600 each, within
    // each shard's 1,000) for 70 s: a peak that needs five shards doubled.
    let step = u128::MAX / 4;
    let keys: Vec<String> = (0..4u128)
        .map(|s| (s * step + step / 2).to_string())
        .collect();
    for _ in 0..70 {
        for _ in 0..5 {
            let records: Vec<Value> = (0..480)
                .map(|i| json!({"Data": b64("tick"), "PartitionKey": "p", "ExplicitHashKey": keys[i % 4]}))
                .collect();
            let out = k.ok(
                "PutRecords",
                json!({"StreamName": "busy", "Records": records}),
            );
            assert_eq!(out["FailedRecordCount"], 0);
        }
        k.sleep_ms(1_000);
    }
    k.sleep_ms(60_000);
    assert_eq!(
        open(&mut k, "busy"),
        5,
        "one split to double the peak (2,400 records/s needs 4.8 shards)"
    );
    assert_eq!(open(&mut k, "quiet"), 4);
    // The split is one of the busy shards, halved; splitting again needs a new peak.
    k.sleep_ms(180_000);
    assert_eq!(open(&mut k, "busy"), 5);
    let e = k.err(
        "UpdateShardCount",
        json!({"StreamName": "busy", "TargetShardCount": 8, "ScalingType": "UNIFORM_SCALING"}),
    );
    assert_eq!(e.code, "ValidationException");
}

#[test]
fn describe_limits_reports_the_quotas_it_enforces() {
    let mut k = K::new(8);
    k.stream("p", 3);
    let l = k.ok("DescribeLimits", json!({}));
    assert_eq!(
        l,
        json!({"ShardLimit": 20000, "OpenShardCount": 3, "OnDemandStreamCount": 0, "OnDemandStreamCountLimit": 50})
    );
    // Fifty on-demand streams, then no more (five may be CREATING at once).
    for i in 0..50 {
        k.ok(
            "CreateStream",
            json!({"StreamName": format!("od{i}"), "StreamModeDetails": {"StreamMode": "ON_DEMAND"}}),
        );
        if i % 5 == 4 {
            k.sleep_ms(1_000);
        }
    }
    k.sleep_ms(1_000);
    let e = k.err(
        "CreateStream",
        json!({"StreamName": "od50", "StreamModeDetails": {"StreamMode": "ON_DEMAND"}}),
    );
    assert_eq!(e.code, "LimitExceededException");
    let e = k.err(
        "UpdateStreamMode",
        json!({"StreamARN": "arn:aws:kinesis:us-east-1:123456789012:stream/p", "StreamModeDetails": {"StreamMode": "ON_DEMAND"}}),
    );
    assert_eq!(e.code, "LimitExceededException");
    let l = k.ok("DescribeLimits", json!({}));
    assert_eq!(l["OnDemandStreamCount"], 50);
    assert_eq!(l["OpenShardCount"], 3 + 50 * 4);
}

/// A shard-level metric of stream `s`'s shard over the first ten minutes:
/// the sum of its one-minute datapoints (empty: no datapoint).
fn shard_sum(k: &mut K, metric: &str, shard: &str) -> Vec<f64> {
    use switchyard::model::Service;
    use switchyard::world::CallOutcome;
    let input = json!({"Namespace": "AWS/Kinesis", "MetricName": metric,
        "Dimensions": [{"Name": "StreamName", "Value": "s"}, {"Name": "ShardId", "Value": shard}],
        "StartTime": 1_767_225_600.0, "EndTime": 1_767_226_200.0, "Period": 60,
        "Statistics": ["Sum"]});
    let out = match k
        .w
        .call(Service::CloudWatch, "GetMetricStatistics", input, &k.caller)
    {
        CallOutcome::Done(r) => r.expect("GetMetricStatistics"),
        CallOutcome::Pending(_) => unreachable!(),
    };
    let points: Vec<f64> = out["Datapoints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["Sum"].as_f64().unwrap())
        .collect();
    if points.is_empty() {
        vec![]
    } else {
        vec![points.iter().sum()]
    }
}

#[test]
fn enhanced_monitoring_publishes_the_shard_level_metrics_turned_on() {
    let mut k = K::new(3);
    k.stream("s", 2);
    // Bad names and an empty list are refused before anything changes.
    let e = k.err(
        "EnableEnhancedMonitoring",
        json!({"StreamName": "s", "ShardLevelMetrics": ["IncomingBites"]}),
    );
    assert_eq!(e.code, "ValidationException");
    assert!(
        e.message.contains("Member must satisfy enum value set"),
        "{}",
        e.message
    );
    let e = k.err(
        "EnableEnhancedMonitoring",
        json!({"StreamName": "s", "ShardLevelMetrics": []}),
    );
    assert_eq!(e.code, "ValidationException");

    let out = k.ok(
        "EnableEnhancedMonitoring",
        json!({"StreamName": "s", "ShardLevelMetrics": ["IteratorAgeMilliseconds", "IncomingBytes"]}),
    );
    assert_eq!(out["CurrentShardLevelMetrics"], json!([]));
    assert_eq!(
        out["DesiredShardLevelMetrics"],
        json!(["IncomingBytes", "IteratorAgeMilliseconds"])
    );
    assert_eq!(out["StreamName"], "s");
    assert_eq!(k.status("s"), "UPDATING");
    let e = k.err(
        "EnableEnhancedMonitoring",
        json!({"StreamName": "s", "ShardLevelMetrics": ["ALL"]}),
    );
    assert_eq!(e.code, "ResourceInUseException");
    k.sleep_ms(1_000);
    assert_eq!(k.status("s"), "ACTIVE");
    let d = k.ok("DescribeStream", json!({"StreamName": "s"}));
    assert_eq!(
        d["StreamDescription"]["EnhancedMonitoring"],
        json!([{"ShardLevelMetrics": ["IncomingBytes", "IteratorAgeMilliseconds"]}])
    );

    // Three records into one shard (the same key), read back 2 s later.
    let shard = k.put("s", "k", "abc")["ShardId"]
        .as_str()
        .unwrap()
        .to_string();
    k.put("s", "k", "de");
    k.ok(
        "PutRecords",
        json!({"StreamName": "s", "Records": [{"PartitionKey": "k", "Data": b64("f")}]}),
    );
    k.sleep_ms(2_000);
    let it = k.iterator("s", &shard, "TRIM_HORIZON", json!({}));
    assert_eq!(K::datas(&k.get(&it)), ["abc", "de", "f"]);
    // Data and partition keys, as the stream-level IncomingBytes counts them.
    assert_eq!(shard_sum(&mut k, "IncomingBytes", &shard), [9.0]);
    // The last record read had waited 2 s.
    assert_eq!(
        shard_sum(&mut k, "IteratorAgeMilliseconds", &shard),
        [2000.0]
    );
    // Not turned on: nothing at shard level.
    assert!(shard_sum(&mut k, "IncomingRecords", &shard).is_empty());
    assert!(shard_sum(&mut k, "OutgoingRecords", &shard).is_empty());

    // ALL turns on the rest; disabling names what goes off.
    let out = k.ok(
        "EnableEnhancedMonitoring",
        json!({"StreamName": "s", "ShardLevelMetrics": ["ALL"]}),
    );
    assert_eq!(out["DesiredShardLevelMetrics"].as_array().unwrap().len(), 7);
    k.sleep_ms(1_000);
    let out = k.ok(
        "DisableEnhancedMonitoring",
        json!({"StreamName": "s", "ShardLevelMetrics": ["IncomingBytes", "OutgoingBytes"]}),
    );
    assert_eq!(out["CurrentShardLevelMetrics"].as_array().unwrap().len(), 7);
    assert_eq!(
        out["DesiredShardLevelMetrics"],
        json!([
            "IncomingRecords",
            "OutgoingRecords",
            "WriteProvisionedThroughputExceeded",
            "ReadProvisionedThroughputExceeded",
            "IteratorAgeMilliseconds"
        ])
    );
    k.sleep_ms(1_000);
    k.put("s", "k", "gh");
    assert_eq!(shard_sum(&mut k, "IncomingRecords", &shard), [1.0]);
    assert_eq!(
        shard_sum(&mut k, "IncomingBytes", &shard),
        [9.0],
        "off again"
    );
}

/// AWS's validation wording for one failed constraint.
fn invalid(value: &str, member: &str, constraint: &str) -> String {
    format!("1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: {constraint}")
}

#[test]
fn an_expired_iterator_names_both_instants_as_java_prints_dates() {
    let mut k = K::new(21);
    k.stream("s", 1); // ACTIVE at virtual 1 s, 2026-01-01T00:00:01Z
    let it = k.iterator("s", "shardId-000000000000", "TRIM_HORIZON", json!({}));
    k.sleep_ms(300_001);
    let e = k.err("GetRecords", json!({"ShardIterator": it}));
    assert_eq!(e.code, "ExpiredIteratorException");
    assert_eq!(
        e.message,
        "Iterator expired. The iterator was created at time Thu Jan 01 00:00:01 UTC 2026 while right now it is Thu Jan 01 00:05:01 UTC 2026 which is further in the future than the tolerated delay of 300000 milliseconds."
    );
}

#[test]
fn get_shard_iterator_reads_shard_ids_and_sequence_numbers_as_aws_does() {
    let mut k = K::new(22);
    k.stream("s", 2);
    let gsi = |shard: &str, kind: &str| json!({"StreamName": "s", "ShardId": shard, "ShardIteratorType": kind});
    for kind in ["AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER"] {
        let e = k.err("GetShardIterator", gsi("shardId-000000000000", kind));
        assert_eq!(e.code, "InvalidArgumentException");
        assert_eq!(
            e.message,
            format!("Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. Request specified {kind} and no StartingSequenceNumber.")
        );
    }
    // The number after the last hyphen names the shard.
    let seq = k.put("s", "user2", "x"); // shard 0 of 2
    assert_eq!(seq["ShardId"], "shardId-000000000000");
    for id in ["0", "shard-0", "anything-000"] {
        let it = k.ok("GetShardIterator", gsi(id, "TRIM_HORIZON"))["ShardIterator"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(K::datas(&k.get(&it)), ["x"], "{id}");
        k.sleep_ms(1_000);
    }
    assert!(k.call("GetShardIterator", gsi("1", "LATEST")).is_ok());
    let e = k.err("GetShardIterator", gsi("shardId-5", "LATEST"));
    assert_eq!(e.code, "ResourceNotFoundException");
    assert_eq!(
        e.message,
        "Shard shardId-000000000005 in stream s under account 123456789012 does not exist"
    );
    for id in ["ABKLFD8", "2.14E4", "2147483648"] {
        let e = k.err("GetShardIterator", gsi(id, "LATEST"));
        assert_eq!(e.code, "ResourceNotFoundException");
        assert_eq!(
            e.message,
            format!("Could not find shard {id} in stream s under account 123456789012.")
        );
    }
}

#[test]
fn get_records_checks_the_iterator_length_before_reading_it() {
    let mut k = K::new(23);
    k.stream("s", 1);
    let e = k.err("GetRecords", json!({"ShardIterator": ""}));
    assert_eq!(e.code, "ValidationException");
    assert_eq!(
        e.message,
        invalid(
            "",
            "shardIterator",
            "Member must have length greater than or equal to 1"
        )
    );
    let long = "A".repeat(513);
    let e = k.err("GetRecords", json!({"ShardIterator": long}));
    assert_eq!(e.code, "ValidationException");
    assert_eq!(
        e.message,
        invalid(
            &long,
            "shardIterator",
            "Member must have length less than or equal to 512"
        )
    );
    // 512 characters is in the model's range: the service reads it.
    let e = k.err("GetRecords", json!({"ShardIterator": "A".repeat(512)}));
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        ("InvalidArgumentException", "Invalid ShardIterator.")
    );
    // A quoted iterator still reads as without its quotes.
    let it = k.iterator("s", "shardId-000000000000", "TRIM_HORIZON", json!({}));
    assert!(k
        .call("GetRecords", json!({"ShardIterator": format!("\"{it}\"")}))
        .is_ok());
}

#[test]
fn list_limits_out_of_the_model_range_are_validation_errors() {
    let mut k = K::new(24);
    k.stream("s", 1);
    let arn = k.ok("DescribeStreamSummary", json!({"StreamName": "s"}))["StreamDescriptionSummary"]
        ["StreamARN"]
        .as_str()
        .unwrap()
        .to_string();
    let ge1 = "Member must have value greater than or equal to 1";
    for (op, input, value, member, constraint) in [
        (
            "ListTagsForStream",
            json!({"StreamName": "s", "Limit": 0}),
            "0",
            "limit",
            ge1.to_string(),
        ),
        (
            "ListTagsForStream",
            json!({"StreamName": "s", "Limit": 51}),
            "51",
            "limit",
            "Member must have value less than or equal to 50".to_string(),
        ),
        (
            "ListStreamConsumers",
            json!({"StreamARN": arn, "MaxResults": 0}),
            "0",
            "maxResults",
            ge1.to_string(),
        ),
        (
            "ListStreamConsumers",
            json!({"StreamARN": arn, "MaxResults": 10_001}),
            "10001",
            "maxResults",
            "Member must have value less than or equal to 10000".to_string(),
        ),
        (
            "ListShards",
            json!({"StreamName": "s", "MaxResults": 0}),
            "0",
            "maxResults",
            ge1.to_string(),
        ),
        (
            "ListShards",
            json!({"StreamName": "s", "MaxResults": 10_001}),
            "10001",
            "maxResults",
            "Member must have value less than or equal to 10000".to_string(),
        ),
    ] {
        let e = k.err(op, input);
        assert_eq!(e.code, "ValidationException", "{op}");
        assert_eq!(e.message, invalid(value, member, &constraint), "{op}");
    }
    // In range, the limits page.
    k.ok(
        "AddTagsToStream",
        json!({"StreamName": "s", "Tags": {"a": "1", "b": "2"}}),
    );
    let r = k.ok("ListTagsForStream", json!({"StreamName": "s", "Limit": 1}));
    assert_eq!(r["Tags"], json!([{"Key": "a", "Value": "1"}]));
    assert_eq!(r["HasMoreTags"], true);
    let r = k.ok(
        "ListStreamConsumers",
        json!({"StreamARN": arn, "MaxResults": 10_000}),
    );
    assert_eq!(r["Consumers"], json!([]));
}

#[test]
fn put_records_names_a_record_member_by_its_path() {
    let mut k = K::new(25);
    k.stream("s", 1);
    let e = k.err(
        "PutRecords",
        json!({"StreamName": "s", "Records": [{"PartitionKey": "k", "Data": "eA=="}, {"Data": "eA=="}]}),
    );
    assert_eq!(e.code, "ValidationException");
    assert_eq!(e.message, "1 validation error detected: Value null at 'records.2.member.partitionKey' failed to satisfy constraint: Member must not be null");
    let e = k.err(
        "PutRecords",
        json!({"StreamName": "s", "Records": [{"PartitionKey": "k"}]}),
    );
    assert_eq!(e.message, "1 validation error detected: Value null at 'records.1.member.data' failed to satisfy constraint: Member must not be null");
    let e = k.err("PutRecords", json!({"StreamName": "s", "Records": []}));
    assert_eq!(e.code, "ValidationException");
    assert_eq!(
        e.message,
        invalid(
            "[]",
            "records",
            "Member must have length greater than or equal to 1"
        )
    );
}

#[test]
fn tags_follow_the_model_per_call_and_fifty_per_stream() {
    let mut k = K::new(27);
    k.stream("s", 1);
    let tags = |from: usize, n: usize| -> Value {
        (from..from + n)
            .map(|i| (format!("k{i:03}"), json!("v")))
            .collect::<serde_json::Map<_, _>>()
            .into()
    };
    // 50 in one call (the model's TagMap allows 200; a stream holds 50).
    k.ok(
        "AddTagsToStream",
        json!({"StreamName": "s", "Tags": tags(0, 50)}),
    );
    let r = k.ok("ListTagsForStream", json!({"StreamName": "s"}));
    assert_eq!(r["Tags"].as_array().unwrap().len(), 50);
    assert_eq!(r["HasMoreTags"], false);
    let e = k.err(
        "AddTagsToStream",
        json!({"StreamName": "s", "Tags": tags(50, 1)}),
    );
    assert_eq!(e.code, "LimitExceededException");
    assert_eq!(e.message, "Failed to add tags to stream s under account 123456789012 because a given stream cannot have more than 50 tags.");
    let e = k.err(
        "AddTagsToStream",
        json!({"StreamName": "s", "Tags": tags(0, 201)}),
    );
    assert_eq!(e.code, "ValidationException");
    assert!(
        e.message.ends_with("at 'tags' failed to satisfy constraint: Member must have length less than or equal to 200"),
        "{}",
        e.message
    );
    // TagKeys: 1-50 a call.
    let keys: Vec<String> = (0..51).map(|i| format!("k{i:03}")).collect();
    let e = k.err(
        "RemoveTagsFromStream",
        json!({"StreamName": "s", "TagKeys": keys}),
    );
    assert_eq!(e.code, "ValidationException");
    assert!(
        e.message.ends_with("at 'tagKeys' failed to satisfy constraint: Member must have length less than or equal to 50"),
        "{}",
        e.message
    );
    k.ok(
        "RemoveTagsFromStream",
        json!({"StreamName": "s", "TagKeys": keys[..50]}),
    );
    let r = k.ok("ListTagsForStream", json!({"StreamName": "s"}));
    assert_eq!(r["Tags"], json!([]));
}

#[test]
fn describe_stream_shows_no_shards_while_creating() {
    let mut k = K::new(26);
    k.ok("CreateStream", json!({"StreamName": "s", "ShardCount": 3}));
    let d = &k.ok("DescribeStream", json!({"StreamName": "s"}))["StreamDescription"];
    assert_eq!(d["StreamStatus"], "CREATING");
    assert_eq!(d["Shards"], json!([]));
    assert_eq!(d["HasMoreShards"], false);
    k.sleep_ms(1_000);
    let d = &k.ok("DescribeStream", json!({"StreamName": "s"}))["StreamDescription"];
    assert_eq!(d["StreamStatus"], "ACTIVE");
    assert_eq!(d["Shards"].as_array().unwrap().len(), 3);
}

#[test]
fn a_record_of_the_maximum_size_counts_its_partition_key() {
    let mut k = K::new(28);
    k.stream("s", 1);
    let put = |data_len: usize| json!({"StreamName": "s", "PartitionKey": "k", "Data": b64(&"a".repeat(data_len))});
    // Data and key together fill 1 MiB exactly.
    k.ok("PutRecord", put(1_048_575));
    // The blob alone fits; with its key it does not.
    let e = k.err("PutRecord", put(1_048_576));
    assert_eq!(e.code, "InvalidArgumentException");
    assert_eq!(e.message, "The record is 1048577 bytes (data blob plus partition key), more than the stream's maximum record size of 1048576 bytes.");
    // The blob alone is too long: the model-style constraint, truthfully.
    let e = k.err("PutRecord", put(1_048_577));
    assert_eq!(e.code, "ValidationException");
    assert_eq!(e.message, "1 validation error detected: Value at 'data' failed to satisfy constraint: Member must have length less than or equal to 1048576");
    let e = k.err(
        "PutRecords",
        json!({"StreamName": "s", "Records": [
            {"PartitionKey": "k", "Data": "eA=="},
            {"PartitionKey": "k", "Data": b64(&"a".repeat(1_048_576))}
        ]}),
    );
    assert_eq!(e.code, "InvalidArgumentException");
    assert_eq!(e.message, "Record 2 is 1048577 bytes (data blob plus partition key), more than the stream's maximum record size of 1048576 bytes.");
}
