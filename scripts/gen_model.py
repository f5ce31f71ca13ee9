#!/usr/bin/env python3
"""Prints the Rust input-shape table (src/<svc>/model.rs) for one service from
botocore's API model: operation names, member names, types and required flags.
Usage: python3 scripts/gen_model.py sqs > src/sqs/model.rs && rustfmt --edition 2021 src/sqs/model.rs
(needs `pip install botocore`). REST-XML services (s3) also get member locations,
XML names, flattened lists and HTTP bindings."""
import gzip, json, os, sys, glob
import botocore

svc = sys.argv[1]
base = os.path.join(os.path.dirname(botocore.__file__), "data", svc)
path = sorted(glob.glob(os.path.join(base, "*", "service-2.json*")))[-1]
model = json.load(gzip.open(path) if path.endswith(".gz") else open(path))
shapes = model["shapes"]
REST_XML = model["metadata"]["protocol"] == "rest-xml"
# REST protocols (S3's rest-xml, Lambda's rest-json) carry members in the URI,
# query, headers and payload; only rest-xml has XML names and flattened lists.
REST = model["metadata"]["protocol"] in ("rest-xml", "rest-json")
LOCATION = {"uri": "Uri", "querystring": "Query", "header": "Header", "headers": "Headers"}
SCALAR = {"string": "Shape::String", "integer": "Shape::Integer", "long": "Shape::Long",
          "boolean": "Shape::Boolean", "double": "Shape::Double", "float": "Shape::Double",
          "blob": "Shape::Blob", "timestamp": "Shape::Timestamp"}
emitted, out = {}, []

def const(name):
    return "S_" + "".join("_" + c if c.isupper() and i and not name[i-1].isupper() else c
                          for i, c in enumerate(name)).upper().lstrip("_")

used = {}

def emit(name):
    if name in emitted:
        return emitted[name]
    s = shapes[name]
    c = const(name)
    # Shape names that differ only in case (SNS: `String` and `string`,
    # `Endpoint` and `endpoint`) get distinct constants.
    while c in used and used[c] != name:
        c += "_"
    used[c] = name
    emitted[name] = c
    t = s["type"]
    if t in SCALAR:
        out.append(f"static {c}: Shape = {SCALAR[t]};")
    elif t == "list":
        inner = emit(s["member"]["shape"])
        out.append(f"static {c}: Shape = Shape::List(&{inner});")
    elif t == "map":
        inner = emit(s["value"]["shape"])
        kn = s["key"].get("locationName", "key")
        vn = s["value"].get("locationName", "value")
        out.append(f'static {c}: Shape = Shape::Map {{ value: &{inner}, key_name: "{kn}", value_name: "{vn}" }};')
    elif t == "structure":
        members = members_of(s)
        out.append(f"static {c}: Shape = Shape::Structure(&[\n{members}]);")
    return c

def members_of(s):
    req = set(s.get("required", []))
    lines = []
    for mname, m in s.get("members", {}).items():
        inner = emit(m["shape"])
        kind = "req" if mname in req else "opt"
        q = ""
        qn = m.get("locationName")
        target = shapes[m["shape"]]
        if target["type"] in ("list", "map") and target.get("flattened") is None:
            ln = target.get("member", {}).get("locationName") or target.get("locationName")
            if ln and ln != mname:
                q = f'.query("{ln}")'
        if REST:
            # REST protocols: where the member travels.
            if m.get("location") in LOCATION:
                q += f'.at(Location::{LOCATION[m["location"]]}("{m["locationName"]}"))'
            elif s.get("payload") == mname:
                q += ".at(Location::Payload)"
        if REST_XML:
            # REST-XML only: its XML name, flattened lists.
            if "location" not in m and qn and qn != mname:
                q += f'.xml("{qn}")'
            if target["type"] == "list" and target.get("flattened"):
                ln = qn or target.get("member", {}).get("locationName")
                if ln and ln != mname and not q.count(".xml("):
                    q += f'.xml("{ln}")'
                q += ".flat()"
        lines.append(f'    Member::{kind}("{mname}", &{inner}){q},\n')
    return "".join(lines)

ops = []
for op in model["operations"].values():
    inp = op.get("input", {}).get("shape")
    members = members_of(shapes[inp]) if inp else ""
    outp = op.get("output", {}).get("shape")
    out_members = members_of(shapes[outp]) if outp else ""
    ops.append(f'    OperationSpec {{\n        name: "{op["name"]}",\n        input: &[\n{members.replace("    Member", "            Member")}        ],\n        output: &[\n{out_members.replace("    Member", "            Member")}        ],\n    }},\n')

print(f"//! The {model['metadata']['serviceFullName']} API's operations with their input and output shapes")
print(f"//! (API version {model['metadata']['apiVersion']}), generated from AWS's published")
print("//! API model by `scripts/gen_model.py`. Facts only: names, types, required members,\n//! the XML names of map keys and values.")
print()
if REST:
    print("use crate::model::{HttpBinding, Location, Member, OperationSpec, Service, ServiceSpec, Shape};")
else:
    print("use crate::model::{Member, OperationSpec, Service, ServiceSpec, Shape};")
print()
print("\n".join(out))
print()
print(f"/// Every operation of the service, in AWS's model order.")
http = ""
if REST:
    # Deprecated operations (PutBucketNotification, ...) share their request with
    # their successors; only the successors are bound, so a request has one reading.
    http = "".join(f'        HttpBinding {{ operation: "{o["name"]}", method: "{o["http"]["method"]}", request_uri: "{o["http"]["requestUri"]}", response_code: {o["http"].get("responseCode", 200)} }},\n' for o in model["operations"].values() if not o.get("deprecated"))
VARIANT = {"kinesisanalytics": "KinesisAnalytics", "cloudwatch": "CloudWatch"}.get(svc, svc.capitalize())
print(f"pub static SPEC: ServiceSpec = ServiceSpec {{\n    service: Service::{VARIANT},\n    operations: &[\n" + "".join("    " + o.replace("\n    ", "\n        ") for o in ops) + "    ],\n    http: &[\n" + http + "    ],\n};")
