"""A real client of Kinesis enhanced fan-out: boto3's SubscribeToShard, which
reads AWS's binary event stream, against `switchyard serve`. The clock is
jumped through serve's control path, never waited for.
Usage: kinesis_subscribe.py PATH/TO/switchyard
Prints each check and "N passed, N failed"; exits non-zero on any failure."""
import os
import sys
import urllib.request

import boto3
import botocore

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

server, port = harness.serve(sys.argv[1], 12)
checks = harness.Checks()
check = checks.check


def advance(ms):
    urllib.request.urlopen(
        urllib.request.Request(f"http://127.0.0.1:{port}/_switchyard/advance?ms={ms}", method="POST")
    ).read()


try:
    k = boto3.client(
        "kinesis",
        endpoint_url=f"http://127.0.0.1:{port}",
        region_name="us-east-1",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
    )
    k.create_stream(StreamName="clicks", ShardCount=2)
    advance(2_000)
    arn = k.describe_stream_summary(StreamName="clicks")["StreamDescriptionSummary"]["StreamARN"]
    consumer = k.register_stream_consumer(StreamARN=arn, ConsumerName="dashboard")["Consumer"]["ConsumerARN"]
    advance(2_000)
    check(
        "the consumer is ACTIVE",
        "ACTIVE",
        k.describe_stream_consumer(ConsumerARN=consumer)["ConsumerDescription"]["ConsumerStatus"],
    )
    shard = k.put_record(StreamName="clicks", Data=b"click-0", PartitionKey="user-1")["ShardId"]
    for i in (1, 2):
        k.put_record(StreamName="clicks", Data=f"click-{i}".encode(), PartitionKey="user-1")

    try:
        k.subscribe_to_shard(
            ConsumerARN=consumer + "-nope", ShardId=shard, StartingPosition={"Type": "TRIM_HORIZON"}
        )
        check("an unknown consumer is refused", "ResourceNotFoundException", "no error")
    except botocore.exceptions.ClientError as e:
        check("an unknown consumer is refused", "ResourceNotFoundException", e.response["Error"]["Code"])

    resp = k.subscribe_to_shard(
        ConsumerARN=consumer, ShardId=shard, StartingPosition={"Type": "TRIM_HORIZON"}
    )
    check("the stream opens with 200", 200, resp["ResponseMetadata"]["HTTPStatusCode"])
    events = 0
    datas = []
    ended = False
    for ev in resp["EventStream"]:
        e = ev["SubscribeToShardEvent"]
        events += 1
        datas += [r["Data"] for r in e["Records"]]
        if events == 1:
            check("the first event carries the records", [b"click-0", b"click-1", b"click-2"], datas)
            check("a continuation sequence number", True, bool(e["ContinuationSequenceNumber"]))
            check("caught up", 0, e["MillisBehindLatest"])
            # A second subscription of the same consumer and shard within
            # 5 s is refused.
            try:
                k.subscribe_to_shard(
                    ConsumerARN=consumer, ShardId=shard, StartingPosition={"Type": "LATEST"}
                )
                check("a second subscription within 5 s", "ResourceInUseException", "no error")
            except botocore.exceptions.ClientError as err:
                check(
                    "a second subscription within 5 s",
                    "ResourceInUseException",
                    err.response["Error"]["Code"],
                )
            k.put_record(StreamName="clicks", Data=b"click-3", PartitionKey="user-1")
        if b"click-3" in datas and not ended:
            ended = True
            advance(300_001)  # the subscription's five minutes run out
    check("a record put while subscribed arrives", [b"click-0", b"click-1", b"click-2", b"click-3"], datas)
    check("the stream ends with the subscription (about 5 pushes a second)", True, events >= 1_400)
finally:
    server.kill()

checks.finish()
