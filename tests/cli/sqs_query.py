"""A real client that speaks SQS's query protocol: boto3 1.28 / botocore 1.31,
the last releases before SQS moved to AWS JSON (older SDKs everywhere still
send `Action=SendMessage&MessageAttribute.1.Name=...` and parse XML), against
`switchyard serve`. Usage: sqs_query.py PATH/TO/switchyard
Prints each check and "N passed, N failed"; exits non-zero on any failure."""
import hashlib
import os
import sys

import boto3
import botocore

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

server, port = harness.serve(sys.argv[1], 11)
checks = harness.Checks()
check = checks.check


try:
    sqs = boto3.client(
        "sqs",
        endpoint_url=f"http://127.0.0.1:{port}",
        region_name="us-east-1",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
    )
    check("the client speaks the query protocol", "query", sqs.meta.service_model.protocol)
    url = sqs.create_queue(
        QueueName="orders",
        Attributes={"VisibilityTimeout": "40"},
        tags={"team": "a"},
    )["QueueUrl"]
    check("create-queue's URL", "https://sqs.us-east-1.amazonaws.com/123456789012/orders", url)
    attrs = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["VisibilityTimeout", "QueueArn"])[
        "Attributes"
    ]
    check(
        "attributes set at creation (Attribute.N.Name/Value both ways)",
        {"VisibilityTimeout": "40", "QueueArn": "arn:aws:sqs:us-east-1:123456789012:orders"},
        attrs,
    )
    sent = sqs.send_message(
        QueueUrl=url,
        MessageBody="<order id='1'>&amp;</order>",
        MessageAttributes={
            "kind": {"DataType": "String", "StringValue": "placed"},
            "blob": {"DataType": "Binary", "BinaryValue": b"\x00\x01\xff"},
        },
    )
    check("body digest", hashlib.md5(b"<order id='1'>&amp;</order>").hexdigest(), sent["MD5OfMessageBody"])
    check("attributes digest returned", True, len(sent.get("MD5OfMessageAttributes", "")) == 32)
    batch = sqs.send_message_batch(
        QueueUrl=url,
        Entries=[
            {"Id": "a", "MessageBody": "second"},
            {"Id": "b", "MessageBody": "too late", "DelaySeconds": 2000},
        ],
    )
    check("batch: one sent", ["a"], [e["Id"] for e in batch.get("Successful", [])])
    check(
        "batch: one refused with its code",
        [("b", "InvalidParameterValue", True)],
        [(e["Id"], e["Code"], e["SenderFault"]) for e in batch.get("Failed", [])],
    )
    got = sqs.receive_message(
        QueueUrl=url,
        MaxNumberOfMessages=10,
        WaitTimeSeconds=1,
        AttributeNames=["All"],
        MessageAttributeNames=["All"],
    )["Messages"]
    bodies = sorted(m["Body"] for m in got)
    check("both messages received, the XML in the body intact", ["<order id='1'>&amp;</order>", "second"], bodies)
    first = next(m for m in got if m["Body"].startswith("<order"))
    check(
        "message attributes come back (Binary as bytes)",
        {"kind": "placed", "blob": b"\x00\x01\xff"},
        {k: v.get("StringValue", v.get("BinaryValue")) for k, v in first["MessageAttributes"].items()},
    )
    check("system attributes", "1", first["Attributes"]["ApproximateReceiveCount"])
    deleted = sqs.delete_message_batch(
        QueueUrl=url,
        Entries=[{"Id": f"m{i}", "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(got)]
        + [{"Id": "bad", "ReceiptHandle": "not-a-handle"}],
    )
    check("delete batch: two deleted", 2, len(deleted["Successful"]))
    check("delete batch: a bad handle refused", ["ReceiptHandleIsInvalid"], [f["Code"] for f in deleted["Failed"]])
    check("list-queues", [url], sqs.list_queues()["QueueUrls"])
    sqs.tag_queue(QueueUrl=url, Tags={"env": "dev"})
    sqs.untag_queue(QueueUrl=url, TagKeys=["team"])
    check("tags (Tag.N.Key/Value, TagKey.N)", {"env": "dev"}, sqs.list_queue_tags(QueueUrl=url)["Tags"])
    sqs.add_permission(QueueUrl=url, Label="partner", AWSAccountIds=["111122223333"], Actions=["SendMessage"])
    policy = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["Policy"])["Attributes"]["Policy"]
    check("add-permission (AWSAccountId.N, ActionName.N)", True, "111122223333" in policy)
    try:
        sqs.get_queue_url(QueueName="missing")
        check("a missing queue is an error", True, False)
    except sqs.exceptions.QueueDoesNotExist as e:
        check(
            "a missing queue: the query protocol's code and words",
            ("AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist for this wsdl version."),
            (e.response["Error"]["Code"], e.response["Error"]["Message"]),
        )
    try:
        sqs.send_message(QueueUrl=url, MessageBody="")
        check("an empty body is refused", True, False)
    except botocore.exceptions.ClientError as e:
        check("an empty body is refused", "MissingParameter", e.response["Error"]["Code"])
    # An empty list goes out as `SendMessageBatchRequestEntry=` (LocalStack's
    # AWS-validated test_send_message_batch_with_empty_list).
    try:
        sqs.send_message_batch(QueueUrl=url, Entries=[])
        check("an empty batch is refused", True, False)
    except botocore.exceptions.ClientError as e:
        check("an empty batch is refused", "AWS.SimpleQueueService.EmptyBatchRequest", e.response["Error"]["Code"])
    sqs.delete_queue(QueueUrl=url)
    check("deleted", [], sqs.list_queues().get("QueueUrls", []))
finally:
    server.kill()

checks.finish()
