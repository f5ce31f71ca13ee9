#!/usr/bin/env python3
"""Writes src/cli/waiters.json: the AWS CLI's waiters (`aws <service> wait ...`)
for the services Switchyard serves, from botocore's waiter models
(botocore/data/<service>/<version>/waiters-2.json). Needs `pip install botocore`.
Usage: python3 scripts/gen_waiters.py > src/cli/waiters.json"""
import glob, gzip, json, os
import botocore

SERVICES = ["sqs", "sns", "kinesis", "firehose", "kinesisanalytics", "s3",
            "cloudwatch", "lambda", "autoscaling"]
out = {}
base = os.path.join(os.path.dirname(botocore.__file__), "data")
for svc in SERVICES:
    paths = sorted(glob.glob(os.path.join(base, svc, "*", "waiters-2.json*")))
    if not paths:
        continue
    p = paths[-1]
    waiters = json.load(gzip.open(p) if p.endswith(".gz") else open(p))["waiters"]
    out[svc] = {name: {k: w[k] for k in ("operation", "delay", "maxAttempts", "acceptors")}
                for name, w in sorted(waiters.items())}
print(json.dumps(out, indent=1, sort_keys=True))
