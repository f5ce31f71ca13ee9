//! AWS Lambda on the virtual clock: functions and their validation, Invoke
//! (RequestResponse parked until the run ends, Event, DryRun), failures,
//! timeouts and concurrency throttling; SQS event-source mappings (a poison
//! message reaches the DLQ while the rest are processed, partial batch
//! responses, the visibility-timeout rule); Kinesis mappings (order per
//! shard and per partition key with a parallelization factor, retries, bisect,
//! the on-failure destination); SNS invoking a function.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use std::collections::BTreeMap;
use switchyard::lambda::LambdaEvent;
use switchyard::model::Service;
use switchyard::sim::{Event, SimTime};
use switchyard::world::{CallOutcome, Caller};
use switchyard::World;

pub(crate) const ZIP: &str = "UEsDBBQAAAAAAPNKel3sOBu0HgAAAB4AAAAIAAAAaW5kZXguanNleHBvcnRzLmhhbmRsZXI9YXN5bmMoKT0+bnVsbApQSwECFAMUAAAAAADzSnpd7DgbtB4AAAAeAAAACAAAAAAAAAAAAAAApIEAAAAAaW5kZXguanNQSwUGAAAAAAEAAQA2AAAARAAAAAAA";
pub(crate) const ROLE: &str = "arn:aws:iam::123456789012:role/lambda-role";

pub(crate) fn call(
    w: &mut World,
    service: Service,
    op: &str,
    input: Value,
) -> Result<Value, switchyard::error::AwsError> {
    let r = w.call_and_wait(service, op, input, &Caller::default());
    w.check_invariants();
    r
}

pub(crate) fn ok(w: &mut World, service: Service, op: &str, input: Value) -> Value {
    call(w, service, op, input.clone()).unwrap_or_else(|e| panic!("{op} {input}: {e:?}"))
}

fn err(w: &mut World, service: Service, op: &str, input: Value) -> String {
    match call(w, service, op, input.clone()) {
        Ok(v) => panic!("{op} {input} succeeded: {v}"),
        Err(e) => format!("{}: {}", e.code, e.message),
    }
}

pub(crate) fn run_for(w: &mut World, ms: u64) {
    let end = w.now().as_ms() + ms;
    while w.now().as_ms() < end {
        let t = (w.now().as_ms() + 500).min(end);
        w.advance_to(SimTime(t));
        w.check_invariants();
    }
}

/// Creates a function and lets it become Active (the create's answer, State
/// Pending, is returned).
pub(crate) fn function(w: &mut World, name: &str, env: Value) -> Value {
    let created = ok(
        w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": name, "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "index.handler",
               "Code": {"ZipFile": ZIP}, "Timeout": 10, "Environment": {"Variables": env}}),
    );
    run_for(w, switchyard::lambda::READY_MS);
    created
}

fn b64(s: &str) -> String {
    switchyard::util::b64_encode(s.as_bytes())
}

fn unb64(v: &Value) -> String {
    String::from_utf8(switchyard::util::b64_decode(v.as_str().unwrap()).unwrap()).unwrap()
}

#[test]
fn functions_are_created_validated_listed_and_deleted() {
    let mut w = World::new(1);
    let f = function(&mut w, "orders", json!({"SWITCHYARD_DURATION_MS": "250"}));
    assert_eq!(
        f["FunctionArn"],
        "arn:aws:lambda:us-east-1:123456789012:function:orders"
    );
    // Created Pending, as AWS answers; Active once ready.
    assert_eq!(
        (&f["State"], &f["StateReason"], &f["StateReasonCode"]),
        (
            &json!("Pending"),
            &json!("The function is being created."),
            &json!("Creating")
        )
    );
    assert!(f.get("LastUpdateStatus").is_none(), "{f}");
    let now = ok(
        &mut w,
        Service::Lambda,
        "GetFunctionConfiguration",
        json!({"FunctionName": "orders"}),
    );
    assert_eq!(
        (&now["State"], &now["LastUpdateStatus"]),
        (&json!("Active"), &json!("Successful"))
    );
    assert!(now.get("StateReason").is_none(), "{now}");
    let runtime_arn = now["RuntimeVersionConfig"]["RuntimeVersionArn"]
        .as_str()
        .unwrap();
    assert!(
        runtime_arn.starts_with("arn:aws:lambda:us-east-1::runtime:")
            && runtime_arn.len() == 34 + 64,
        "{runtime_arn}"
    );
    assert_eq!(f["CodeSize"], 144);
    assert_eq!(f["Timeout"], 10);
    assert_eq!(f["MemorySize"], 128);
    assert!(f["LastModified"].as_str().unwrap().ends_with("+0000"));
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "orders", "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "i.h", "Code": {"ZipFile": ZIP}}),
    );
    assert_eq!(
        e,
        "ResourceConflictException: Function already exist: orders"
    );
    // Versions are not built: asked for, they are refused by name, not
    // answered as $LATEST.
    let e = err(
        &mut w,
        Service::Lambda,
        "GetFunctionConfiguration",
        json!({"FunctionName": "orders", "Qualifier": "7"}),
    );
    assert!(e.starts_with("NotImplemented: "), "{e}");
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "published", "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "i.h", "Code": {"ZipFile": ZIP}, "Publish": true}),
    );
    assert!(e.contains("Publish=true"), "{e}");
    ok(
        &mut w,
        Service::Lambda,
        "GetFunctionConfiguration",
        json!({"FunctionName": "orders", "Qualifier": "$LATEST"}),
    );
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "bad name", "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "i.h", "Code": {"ZipFile": ZIP}}),
    );
    assert!(
        e.starts_with(
            "ValidationException: 1 validation error detected: Value 'bad name' at 'functionName'"
        ),
        "{e}"
    );
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "x", "Role": "admin", "Runtime": "nodejs20.x", "Handler": "i.h", "Code": {"ZipFile": ZIP}}),
    );
    assert!(
        e.starts_with("ValidationException") && e.contains("'role'"),
        "{e}"
    );
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "x", "Role": ROLE, "Code": {"ZipFile": ZIP}}),
    );
    assert!(
        e.starts_with("InvalidParameterValueException: Runtime and Handler are mandatory"),
        "{e}"
    );
    // A runtime outside the model's enum is an invalid parameter (AWS's own
    // check, not the model's); a deprecated one is refused.
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "x", "Role": ROLE, "Runtime": "cobol", "Handler": "i.h", "Code": {"ZipFile": ZIP}}),
    );
    assert!(
        e.starts_with("InvalidParameterValueException: Value cobol at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [nodejs18.x, ")
            && e.ends_with("] or be a valid ARN"),
        "{e}"
    );
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "x", "Role": ROLE, "Runtime": "python2.7", "Handler": "i.h", "Code": {"ZipFile": ZIP}}),
    );
    assert!(
        e.starts_with("InvalidParameterValueException: The runtime parameter of python2.7 is no longer supported"),
        "{e}"
    );
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "x", "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "i.h", "Code": {"ZipFile": b64("not a zip")}}),
    );
    assert!(e.contains("Could not unzip uploaded file"), "{e}");
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "x", "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "i.h", "Code": {"ZipFile": ZIP}, "Timeout": 901}),
    );
    assert!(
        e.contains("Member must have value less than or equal to 900"),
        "{e}"
    );
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "x", "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "i.h", "Code": {"S3Bucket": "b", "S3Key": "k"}}),
    );
    assert!(e.starts_with("NotImplemented"), "{e}");
    function(&mut w, "billing", json!({}));
    let l = ok(&mut w, Service::Lambda, "ListFunctions", json!({}));
    let names: Vec<&str> = l["Functions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["FunctionName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["billing", "orders"]);
    let g = ok(
        &mut w,
        Service::Lambda,
        "GetFunction",
        json!({"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:orders"}),
    );
    assert_eq!(
        g["Configuration"]["Environment"]["Variables"]["SWITCHYARD_DURATION_MS"],
        "250"
    );
    ok(
        &mut w,
        Service::Lambda,
        "DeleteFunction",
        json!({"FunctionName": "orders"}),
    );
    let e = err(
        &mut w,
        Service::Lambda,
        "GetFunction",
        json!({"FunctionName": "orders"}),
    );
    assert_eq!(e, "ResourceNotFoundException: Function not found: arn:aws:lambda:us-east-1:123456789012:function:orders");
}

#[test]
fn tracing_storage_logging_and_key_settings_are_kept_and_checked() {
    let mut w = World::new(11);
    let created = ok(
        &mut w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "cfg", "Role": ROLE, "Runtime": "python3.12", "Handler": "i.h",
               "Code": {"ZipFile": ZIP}, "TracingConfig": {"Mode": "Active"},
               "EphemeralStorage": {"Size": 2048},
               "LoggingConfig": {"LogFormat": "JSON", "LogGroup": "/custom/g"},
               "KMSKeyArn": "arn:aws:kms:us-east-1:123456789012:key/k1"}),
    );
    assert_eq!(created["TracingConfig"], json!({"Mode": "Active"}));
    assert_eq!(created["EphemeralStorage"], json!({"Size": 2048}));
    // JSON logs get both levels at INFO unless given.
    assert_eq!(
        created["LoggingConfig"],
        json!({"LogFormat": "JSON", "LogGroup": "/custom/g", "ApplicationLogLevel": "INFO", "SystemLogLevel": "INFO"})
    );
    assert_eq!(
        created["KMSKeyArn"],
        "arn:aws:kms:us-east-1:123456789012:key/k1"
    );
    // A Pending function cannot change yet.
    let mem = json!({"FunctionName": "cfg", "MemorySize": 256});
    assert_eq!(
        err(&mut w, Service::Lambda, "UpdateFunctionConfiguration", mem.clone()),
        "ResourceConflictException: The operation cannot be performed at this time. The function is currently in the following state: Pending"
    );
    run_for(&mut w, switchyard::lambda::READY_MS);
    // An update merges logging member by member; back to Text drops the levels.
    let updated = ok(
        &mut w,
        Service::Lambda,
        "UpdateFunctionConfiguration",
        json!({"FunctionName": "cfg", "LoggingConfig": {"LogFormat": "Text"}, "KMSKeyArn": "",
               "EphemeralStorage": {"Size": 10240}}),
    );
    assert_eq!(
        updated["LoggingConfig"],
        json!({"LogFormat": "Text", "LogGroup": "/custom/g"})
    );
    assert!(updated.get("KMSKeyArn").is_none(), "{updated}");
    assert_eq!(updated["EphemeralStorage"]["Size"], 10240);
    assert_eq!(updated["TracingConfig"]["Mode"], "Active");
    let got = ok(
        &mut w,
        Service::Lambda,
        "GetFunctionConfiguration",
        json!({"FunctionName": "cfg"}),
    );
    assert_eq!(got, updated);
    // The update is in progress, and a second one has to wait for it.
    assert_eq!(
        (
            &updated["LastUpdateStatus"],
            &updated["LastUpdateStatusReason"],
            &updated["LastUpdateStatusReasonCode"],
            &updated["State"]
        ),
        (
            &json!("InProgress"),
            &json!("The function is being created."),
            &json!("Creating"),
            &json!("Active")
        )
    );
    assert_eq!(
        err(&mut w, Service::Lambda, "UpdateFunctionConfiguration", mem.clone()),
        "ResourceConflictException: The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:us-east-1:123456789012:function:cfg"
    );
    // Defaults, for a function that sets none.
    let plain = function(&mut w, "plain", json!({}));
    assert_eq!(plain["TracingConfig"]["Mode"], "PassThrough");
    assert_eq!(plain["EphemeralStorage"]["Size"], 512);
    assert_eq!(
        plain["LoggingConfig"],
        json!({"LogFormat": "Text", "LogGroup": "/aws/lambda/plain"})
    );
    // The model's checks.
    let bad = |w: &mut World, extra: Value| {
        let mut input = json!({"FunctionName": "cfg"});
        input
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        err(w, Service::Lambda, "UpdateFunctionConfiguration", input)
    };
    assert_eq!(
        bad(&mut w, json!({"TracingConfig": {"Mode": "On"}})),
        "ValidationException: 1 validation error detected: Value 'On' at 'tracingConfig.mode' failed to satisfy constraint: Member must satisfy enum value set: [Active, PassThrough]"
    );
    assert_eq!(
        bad(&mut w, json!({"EphemeralStorage": {"Size": 100}})),
        "ValidationException: 1 validation error detected: Value '100' at 'ephemeralStorage.size' failed to satisfy constraint: Member must have value greater than or equal to 512"
    );
    assert_eq!(
        bad(&mut w, json!({"LoggingConfig": {"SystemLogLevel": "TRACE"}})),
        "ValidationException: 1 validation error detected: Value 'TRACE' at 'loggingConfig.systemLogLevel' failed to satisfy constraint: Member must satisfy enum value set: [DEBUG, INFO, WARN]"
    );
    assert!(bad(&mut w, json!({"LoggingConfig": {"LogGroup": "has space"}}))
        .starts_with("ValidationException: 1 validation error detected: Value 'has space' at 'loggingConfig.logGroup'"));
    assert!(bad(&mut w, json!({"KMSKeyArn": "key-1"})).starts_with(
        "ValidationException: 1 validation error detected: Value 'key-1' at 'kMSKeyArn'"
    ));
    // Nothing changed by the refusals.
    let after = ok(
        &mut w,
        Service::Lambda,
        "GetFunctionConfiguration",
        json!({"FunctionName": "cfg"}),
    );
    for k in [
        "TracingConfig",
        "EphemeralStorage",
        "LoggingConfig",
        "MemorySize",
    ] {
        assert_eq!(after[k], got[k], "{k}");
    }
    assert!(after.get("KMSKeyArn").is_none());
    run_for(&mut w, switchyard::lambda::READY_MS);
    let done = ok(
        &mut w,
        Service::Lambda,
        "GetFunctionConfiguration",
        json!({"FunctionName": "cfg"}),
    );
    assert_eq!(done["LastUpdateStatus"], "Successful");
    assert!(done.get("LastUpdateStatusReason").is_none(), "{done}");
    assert_eq!(
        ok(&mut w, Service::Lambda, "UpdateFunctionConfiguration", mem)["MemorySize"],
        256
    );
}

/// A .zip whose one entry claims `size` bytes unpacked (the central
/// directory's figure; the data itself is empty).
fn zip_claiming(size: u32) -> String {
    let name = b"index.js";
    let mut z = Vec::new();
    z.extend_from_slice(b"PK\x03\x04");
    z.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    z.extend_from_slice(&[0; 8]); // crc, compressed size
    z.extend_from_slice(&size.to_le_bytes());
    z.extend_from_slice(&(name.len() as u16).to_le_bytes());
    z.extend_from_slice(&[0, 0]);
    z.extend_from_slice(name);
    let cd = z.len() as u32;
    z.extend_from_slice(b"PK\x01\x02");
    z.extend_from_slice(&[20, 3, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    z.extend_from_slice(&[0; 8]); // crc, compressed size
    z.extend_from_slice(&size.to_le_bytes());
    z.extend_from_slice(&(name.len() as u16).to_le_bytes());
    z.extend_from_slice(&[0; 12]); // extra, comment, disk, attributes
    z.extend_from_slice(&[0; 4]); // local header offset
    z.extend_from_slice(name);
    let cd_len = z.len() as u32 - cd;
    z.extend_from_slice(b"PK\x05\x06");
    z.extend_from_slice(&[0, 0, 0, 0, 1, 0, 1, 0]);
    z.extend_from_slice(&cd_len.to_le_bytes());
    z.extend_from_slice(&cd.to_le_bytes());
    z.extend_from_slice(&[0, 0]);
    switchyard::util::b64_encode(&z)
}

#[test]
fn names_arns_packages_tags_and_lists_as_aws_checks_them() {
    let mut w = World::new(13);
    // A full ARN names the function to create; partial ARNs reach it after.
    let created = ok(
        &mut w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:by-arn", "Role": ROLE,
               "Runtime": "nodejs20.x", "Handler": "index.handler", "Code": {"ZipFile": ZIP},
               "Environment": {"Variables": {}}}),
    );
    assert_eq!(created["FunctionName"], "by-arn");
    assert_eq!(created["Environment"], json!({"Variables": {}}));
    for name in [
        "by-arn:$LATEST",
        "123456789012:function:by-arn",
        "123456789012:function:by-arn:$LATEST",
        "us-east-1:123456789012:function:by-arn",
    ] {
        let g = ok(
            &mut w,
            Service::Lambda,
            "GetFunctionConfiguration",
            json!({"FunctionName": name}),
        );
        assert_eq!(g["FunctionName"], "by-arn", "{name}");
    }
    assert_eq!(
        err(&mut w, Service::Lambda, "GetFunction", json!({"FunctionName": "arn:aws:lambda:eu-west-1:123456789012:function:by-arn"})),
        "ResourceNotFoundException: Functions from 'eu-west-1' are not reachable in this region ('us-east-1')"
    );
    assert!(err(
        &mut w,
        Service::Lambda,
        "GetFunction",
        json!({"FunctionName": "arn:aws:lambda:us-east-1:210987654321:function:by-arn"})
    )
    .starts_with("AccessDeniedException: "));
    assert!(err(&mut w, Service::Lambda, "GetFunction", json!({"FunctionName": "a:b:c:d"}))
        .starts_with("ValidationException: 1 validation error detected: Value 'a:b:c:d' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?"));
    let long = "a".repeat(65);
    assert_eq!(
        err(&mut w, Service::Lambda, "CreateFunction", json!({"FunctionName": long, "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "i.h", "Code": {"ZipFile": ZIP}})),
        format!("InvalidParameterValueException: 1 validation error detected: Value '{long}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 64")
    );
    // Architectures: one, from the enum.
    let arch = |w: &mut World, a: Value| {
        err(
            w,
            Service::Lambda,
            "CreateFunction",
            json!({"FunctionName": "arch", "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "i.h",
                   "Code": {"ZipFile": ZIP}, "Architectures": a}),
        )
    };
    assert_eq!(arch(&mut w, json!(["x86_64", "arm64"])), "ValidationException: 1 validation error detected: Value '[x86_64, arm64]' at 'architectures' failed to satisfy constraint: Member must have length less than or equal to 1");
    assert_eq!(arch(&mut w, json!(["X86_64"])), "ValidationException: 1 validation error detected: Value '[X86_64]' at 'architectures' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [x86_64, arm64], Member must not be null]");
    // A package that unpacks past 250 MB.
    assert_eq!(
        err(
            &mut w,
            Service::Lambda,
            "CreateFunction",
            json!({"FunctionName": "huge", "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "i.h", "Code": {"ZipFile": zip_claiming(262_144_001)}})
        ),
        "InvalidParameterValueException: Unzipped size must be smaller than 262144000 bytes"
    );
    ok(
        &mut w,
        Service::Lambda,
        "CreateFunction",
        json!({"FunctionName": "fits", "Role": ROLE, "Runtime": "nodejs20.x", "Handler": "i.h", "Code": {"ZipFile": zip_claiming(262_144_000)}}),
    );
    // Lists leave the state members out; their arguments are checked.
    let l = ok(&mut w, Service::Lambda, "ListFunctions", json!({}));
    let first = &l["Functions"][0];
    assert!(
        first.get("State").is_none()
            && first.get("LastUpdateStatus").is_none()
            && first.get("RuntimeVersionConfig").is_none(),
        "{first}"
    );
    assert_eq!(
        err(&mut w, Service::Lambda, "ListFunctions", json!({"MaxItems": 0})),
        "ValidationException: 1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1"
    );
    assert_eq!(
        err(&mut w, Service::Lambda, "ListFunctions", json!({"FunctionVersion": "invalid"})),
        "ValidationException: 1 validation error detected: Value 'invalid' at 'functionVersion' failed to satisfy constraint: Member must satisfy enum value set: [ALL]"
    );
    // Tags: a function ARN, unqualified, something to set, at most 50.
    let arn = "arn:aws:lambda:us-east-1:123456789012:function:by-arn";
    let tag = |w: &mut World, op: &str, input: Value| err(w, Service::Lambda, op, input);
    assert_eq!(
        tag(&mut w, "TagResource", json!({"Resource": format!("{arn}:$LATEST"), "Tags": {"a": "1"}})),
        "InvalidParameterValueException: Tags on function aliases and versions are not supported. Please specify a function ARN."
    );
    assert!(tag(&mut w, "TagResource", json!({"Resource": "arn:aws:something", "Tags": {"a": "1"}}))
        .starts_with("ValidationException: 1 validation error detected: Value 'arn:aws:something' at 'resource' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*):lambda:"));
    assert_eq!(
        tag(&mut w, "TagResource", json!({"Resource": arn, "Tags": {}})),
        "InvalidParameterValueException: An error occurred and the request cannot be processed."
    );
    assert_eq!(
        tag(&mut w, "UntagResource", json!({"Resource": arn, "TagKeys": []})),
        "ValidationException: 1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null"
    );
    let many: serde_json::Map<String, Value> =
        (0..51).map(|i| (format!("k{i}"), json!("v"))).collect();
    assert_eq!(
        tag(
            &mut w,
            "TagResource",
            json!({"Resource": arn, "Tags": many})
        ),
        "InvalidParameterValueException: Number of tags exceeds resource tag limit."
    );
    assert_eq!(
        ok(
            &mut w,
            Service::Lambda,
            "ListTags",
            json!({"Resource": arn})
        ),
        json!({"Tags": {}}),
        "nothing was set by the refusals"
    );
    // Concurrency is for the function, not a qualifier of it.
    assert!(err(
        &mut w,
        Service::Lambda,
        "PutFunctionConcurrency",
        json!({"FunctionName": "by-arn:$LATEST", "ReservedConcurrentExecutions": 1})
    )
    .starts_with(
        "InvalidParameterValueException: This operation is permitted on Lambda functions only."
    ));
    // $LATEST is the function: deleting it by that name is refused.
    let latest = "InvalidParameterValueException: $LATEST version cannot be deleted without deleting the function.";
    assert_eq!(
        err(
            &mut w,
            Service::Lambda,
            "DeleteFunction",
            json!({"FunctionName": "by-arn", "Qualifier": "$LATEST"})
        ),
        latest
    );
    assert_eq!(
        err(
            &mut w,
            Service::Lambda,
            "DeleteFunction",
            json!({"FunctionName": "by-arn:$LATEST"})
        ),
        latest
    );
    ok(
        &mut w,
        Service::Lambda,
        "GetFunction",
        json!({"FunctionName": "by-arn"}),
    );
}

#[test]
fn update_function_code_replaces_the_package_and_revision_ids_guard_updates() {
    let mut w = World::new(15);
    let created = function(&mut w, "coded", json!({}));
    // Becoming Active is a new revision, as on AWS.
    let active = ok(
        &mut w,
        Service::Lambda,
        "GetFunctionConfiguration",
        json!({"FunctionName": "coded"}),
    );
    assert_ne!(active["RevisionId"], created["RevisionId"]);
    let rev = active["RevisionId"].as_str().unwrap().to_string();
    // A stale RevisionId is refused, for code and configuration alike.
    let stale = "PreconditionFailedException: The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id";
    assert_eq!(
        err(
            &mut w,
            Service::Lambda,
            "UpdateFunctionCode",
            json!({"FunctionName": "coded", "ZipFile": zip_claiming(10), "RevisionId": "wrong"})
        ),
        stale
    );
    assert_eq!(
        err(
            &mut w,
            Service::Lambda,
            "UpdateFunctionConfiguration",
            json!({"FunctionName": "coded", "Timeout": 20, "RevisionId": "wrong"})
        ),
        stale
    );
    // A dry run changes nothing.
    let dry = ok(
        &mut w,
        Service::Lambda,
        "UpdateFunctionCode",
        json!({"FunctionName": "coded", "ZipFile": zip_claiming(10), "DryRun": true}),
    );
    assert_eq!(dry["RevisionId"], rev.as_str());
    assert_eq!(dry["CodeSha256"], created["CodeSha256"]);
    let new_zip = zip_claiming(10);
    let updated = ok(
        &mut w,
        Service::Lambda,
        "UpdateFunctionCode",
        json!({"FunctionName": "coded", "ZipFile": new_zip, "RevisionId": rev, "Architectures": ["arm64"]}),
    );
    let bytes = switchyard::util::b64_decode(&new_zip).unwrap();
    assert_eq!(updated["CodeSize"], bytes.len());
    use sha2::Digest;
    assert_eq!(
        updated["CodeSha256"],
        switchyard::util::b64_encode(&sha2::Sha256::digest(&bytes))
    );
    assert_eq!(updated["Architectures"], json!(["arm64"]));
    assert_eq!(updated["LastUpdateStatus"], "InProgress");
    assert_ne!(updated["RevisionId"], rev.as_str());
    // One update at a time; the package is checked like CreateFunction's.
    assert!(err(&mut w, Service::Lambda, "UpdateFunctionCode", json!({"FunctionName": "coded", "ZipFile": zip_claiming(10)}))
        .starts_with("ResourceConflictException: The operation cannot be performed at this time. An update is in progress"));
    run_for(&mut w, switchyard::lambda::READY_MS);
    assert_eq!(
        err(&mut w, Service::Lambda, "UpdateFunctionCode", json!({"FunctionName": "coded", "ZipFile": b64("not a zip")})),
        "InvalidParameterValueException: Could not unzip uploaded file. Please check your file, then try to upload again."
    );
    assert!(err(
        &mut w,
        Service::Lambda,
        "UpdateFunctionCode",
        json!({"FunctionName": "coded", "S3Bucket": "b", "S3Key": "k"})
    )
    .starts_with("NotImplemented"));
    let now = ok(
        &mut w,
        Service::Lambda,
        "GetFunctionConfiguration",
        json!({"FunctionName": "coded"}),
    );
    assert_eq!(now["LastUpdateStatus"], "Successful");
    assert_eq!(now["CodeSha256"], updated["CodeSha256"]);
    assert_ne!(
        now["RevisionId"], updated["RevisionId"],
        "finishing an update is a new revision"
    );
    // AddPermission checks the revision too.
    assert!(err(&mut w, Service::Lambda, "AddPermission", json!({"FunctionName": "coded", "StatementId": "s", "Action": "lambda:InvokeFunction", "Principal": "*", "RevisionId": "wrong"}))
        .starts_with("PreconditionFailedException"));
}

#[test]
fn s3_notifies_a_function_its_policy_allows() {
    let mut w = World::new(16);
    let f = function(&mut w, "thumbs", json!({}));
    let arn = f["FunctionArn"].as_str().unwrap().to_string();
    ok(
        &mut w,
        Service::S3,
        "CreateBucket",
        json!({"Bucket": "pics"}),
    );
    let configure = |w: &mut World| {
        call(
            w,
            Service::S3,
            "PutBucketNotificationConfiguration",
            json!({"Bucket": "pics", "NotificationConfiguration": {"LambdaFunctionConfigurations": [
                {"Id": "thumbs", "LambdaFunctionArn": arn, "Events": ["s3:ObjectCreated:*"],
                 "Filter": {"Key": {"FilterRules": [{"Name": "suffix", "Value": ".jpg"}]}}}]}}),
        )
    };
    // Without the function's permission S3 cannot validate the destination.
    let e = configure(&mut w).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        (
            "InvalidArgument",
            "Unable to validate the following destination configurations"
        )
    );
    assert!(
        e.extra.iter().any(|(k, v)| k == "ArgumentValue1"
            && *v == format!("Not authorized to invoke function [{arn}]")),
        "{:?}",
        e.extra
    );
    ok(
        &mut w,
        Service::Lambda,
        "AddPermission",
        json!({"FunctionName": "thumbs", "StatementId": "s3", "Action": "lambda:InvokeFunction",
               "Principal": "s3.amazonaws.com", "SourceArn": "arn:aws:s3:::pics", "SourceAccount": "123456789012"}),
    );
    configure(&mut w).unwrap();
    // S3 sends a function no test event.
    run_for(&mut w, 2_000);
    assert_eq!(w.lambda.functions().next().unwrap().stats.invocations, 0);
    let got = ok(
        &mut w,
        Service::S3,
        "GetBucketNotificationConfiguration",
        json!({"Bucket": "pics"}),
    );
    assert_eq!(
        got["LambdaFunctionConfigurations"][0],
        json!({"Id": "thumbs", "LambdaFunctionArn": arn, "Events": ["s3:ObjectCreated:*"],
               "Filter": {"Key": {"FilterRules": [{"Name": "Suffix", "Value": ".jpg"}]}}})
    );
    for key in ["a.jpg", "notes.txt"] {
        ok(
            &mut w,
            Service::S3,
            "PutObject",
            json!({"Bucket": "pics", "Key": key, "Body": b64("x")}),
        );
    }
    run_for(&mut w, 2_000);
    assert_eq!(w.lambda.functions().next().unwrap().stats.invocations, 1);
    let records: Vec<u32> = w
        .sim
        .journal
        .entries()
        .filter_map(|e| match e.event {
            Event::Lambda(LambdaEvent::Invoked { records, .. }) => Some(records),
            _ => None,
        })
        .collect();
    assert_eq!(records, [1], "one S3 record, the .jpg");
    // A Lambda ARN that is not one is refused in S3's words.
    let e = call(
        &mut w,
        Service::S3,
        "PutBucketNotificationConfiguration",
        json!({"Bucket": "pics", "NotificationConfiguration": {"LambdaFunctionConfigurations": [
            {"LambdaFunctionArn": "arn:aws:sqs:us-east-1:123456789012:q", "Events": ["s3:ObjectCreated:*"]}]}}),
    )
    .unwrap_err();
    assert_eq!(e.message, "The ARN could not be parsed");
}

#[test]
fn permissions_make_a_policy_that_get_policy_reads_and_remove_permission_edits() {
    let mut w = World::new(14);
    function(&mut w, "pf", json!({}));
    assert_eq!(
        err(
            &mut w,
            Service::Lambda,
            "GetPolicy",
            json!({"FunctionName": "pf"})
        ),
        "ResourceNotFoundException: The resource you requested does not exist."
    );
    assert_eq!(
        err(
            &mut w,
            Service::Lambda,
            "RemovePermission",
            json!({"FunctionName": "pf", "StatementId": "x"})
        ),
        "ResourceNotFoundException: No policy is associated with the given resource."
    );
    let before = ok(
        &mut w,
        Service::Lambda,
        "GetFunctionConfiguration",
        json!({"FunctionName": "pf"}),
    )["RevisionId"]
        .clone();
    let st = ok(
        &mut w,
        Service::Lambda,
        "AddPermission",
        json!({"FunctionName": "pf", "StatementId": "acct", "Action": "lambda:*",
               "Principal": "210987654321", "SourceAccount": "123456789012"}),
    );
    let st: Value = serde_json::from_str(st["Statement"].as_str().unwrap()).unwrap();
    assert_eq!(
        st["Principal"],
        json!({"AWS": "arn:aws:iam::210987654321:root"})
    );
    assert_eq!(
        st["Condition"],
        json!({"StringEquals": {"AWS:SourceAccount": "123456789012"}})
    );
    assert_eq!(
        err(&mut w, Service::Lambda, "AddPermission", json!({"FunctionName": "pf", "StatementId": "acct", "Action": "lambda:InvokeFunction", "Principal": "*"})),
        "ResourceConflictException: The statement id (acct) provided already exists. Please provide a new statement id, or remove the existing statement."
    );
    assert!(err(&mut w, Service::Lambda, "AddPermission", json!({"FunctionName": "pf", "StatementId": "bad id", "Action": "lambda:InvokeFunction", "Principal": "*"}))
        .starts_with("ValidationException: 1 validation error detected: Value 'bad id' at 'statementId'"));
    assert!(err(&mut w, Service::Lambda, "AddPermission", json!({"FunctionName": "pf", "StatementId": "s", "Action": "sqs:SendMessage", "Principal": "*"}))
        .starts_with("ValidationException: 1 validation error detected: Value 'sqs:SendMessage' at 'action'"));
    ok(
        &mut w,
        Service::Lambda,
        "AddPermission",
        json!({"FunctionName": "pf", "StatementId": "any", "Action": "lambda:InvokeFunction", "Principal": "*"}),
    );
    let p = ok(
        &mut w,
        Service::Lambda,
        "GetPolicy",
        json!({"FunctionName": "pf"}),
    );
    let doc: Value = serde_json::from_str(p["Policy"].as_str().unwrap()).unwrap();
    assert_eq!(
        (&doc["Version"], &doc["Id"]),
        (&json!("2012-10-17"), &json!("default"))
    );
    let sids: Vec<&str> = doc["Statement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["Sid"].as_str().unwrap())
        .collect();
    assert_eq!(sids, ["acct", "any"]);
    assert_ne!(p["RevisionId"], before, "a policy change is a new revision");
    assert_eq!(
        err(
            &mut w,
            Service::Lambda,
            "RemovePermission",
            json!({"FunctionName": "pf", "StatementId": "nope"})
        ),
        "ResourceNotFoundException: Statement nope is not found in resource policy."
    );
    ok(
        &mut w,
        Service::Lambda,
        "RemovePermission",
        json!({"FunctionName": "pf", "StatementId": "acct"}),
    );
    let p = ok(
        &mut w,
        Service::Lambda,
        "GetPolicy",
        json!({"FunctionName": "pf"}),
    );
    assert!(!p["Policy"].as_str().unwrap().contains("acct"));
}

#[test]
fn errors_name_their_text_as_the_model_spells_it_and_query_literals_route() {
    use switchyard::protocol::{handle, Handled, HttpRequest};
    let mut w = World::new(12);
    function(&mut w, "gone", json!({}));
    let mut send = |method: &str, url: &str| {
        let r = HttpRequest {
            method: method.into(),
            url: url.into(),
            headers: vec![(
                "Authorization".into(),
                "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=0".into(),
            )],
            body: vec![],
        };
        match handle(&mut w, &r) {
            Handled::Done(resp) => (
                resp.status,
                String::from_utf8_lossy(&resp.body).into_owned(),
            ),
            Handled::Pending { .. } => panic!("parked"),
        }
    };
    // ResourceNotFoundException's shape has `Message`.
    let (status, body) = send("GET", "/2015-03-31/functions/nope");
    assert_eq!(status, 404);
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["Type"], "User");
    assert!(v["Message"]
        .as_str()
        .unwrap()
        .starts_with("Function not found: arn:aws:lambda:us-east-1:"));
    assert!(v.get("message").is_none(), "{body}");
    // DeleteFunction answers 204 (the model says 200; AWS sends 204).
    let (status, body) = send("DELETE", "/2015-03-31/functions/gone");
    assert_eq!((status, body.as_str()), (204, ""));
    // ListLayers and GetLayerVersionByArn share a path; `?find=LayerVersion`
    // names the second.
    let (_, body) = send("GET", "/2018-10-31/layers");
    assert!(body.contains("ListLayers"), "{body}");
    let (_, body) = send(
        "GET",
        "/2018-10-31/layers?find=LayerVersion&Arn=arn:aws:lambda:us-east-1:123456789012:layer:l:1",
    );
    assert!(body.contains("GetLayerVersionByArn"), "{body}");
}

#[test]
fn invoke_waits_for_the_run_and_reports_errors_timeouts_and_throttles() {
    let mut w = World::new(2);
    function(
        &mut w,
        "echo",
        json!({"SWITCHYARD_DURATION_MS": "300", "SWITCHYARD_RESPONSE": "{\"ok\":true}", "SWITCHYARD_FAIL_IF_CONTAINS": "boom"}),
    );
    let c = Caller::default();
    let CallOutcome::Pending(id) = w.call(
        Service::Lambda,
        "Invoke",
        json!({"FunctionName": "echo", "LogType": "Tail", "Payload": b64("{\"a\":1}")}),
        &c,
    ) else {
        panic!("a RequestResponse invoke is parked until the run ends")
    };
    w.advance_to(SimTime(w.now().as_ms() + 299));
    assert!(w.take_completed(id).is_none());
    w.advance_to(SimTime(w.now().as_ms() + 1));
    let r = w.take_completed(id).unwrap().unwrap();
    assert_eq!(r["StatusCode"], 200);
    assert_eq!(unb64(&r["Payload"]), "{\"ok\":true}");
    assert!(r.get("FunctionError").is_none());
    assert!(unb64(&r["LogResult"]).contains("Duration: 300.00 ms"));

    let r = ok(
        &mut w,
        Service::Lambda,
        "Invoke",
        json!({"FunctionName": "echo", "Payload": b64("{\"a\":\"boom\"}")}),
    );
    assert_eq!(r["FunctionError"], "Unhandled");
    assert!(unb64(&r["Payload"]).contains("errorMessage"));

    let r = ok(
        &mut w,
        Service::Lambda,
        "Invoke",
        json!({"FunctionName": "echo", "InvocationType": "Event", "Payload": b64("{}")}),
    );
    assert_eq!(r, json!({"StatusCode": 202}));
    let r = ok(
        &mut w,
        Service::Lambda,
        "Invoke",
        json!({"FunctionName": "echo", "InvocationType": "DryRun"}),
    );
    assert_eq!(r, json!({"StatusCode": 204}));
    let e = err(
        &mut w,
        Service::Lambda,
        "Invoke",
        json!({"FunctionName": "echo", "Payload": b64("not json")}),
    );
    assert!(e.starts_with("InvalidRequestContentException"), "{e}");

    // Timeout: 10 s function, 20 s of work.
    ok(
        &mut w,
        Service::Lambda,
        "UpdateFunctionConfiguration",
        json!({"FunctionName": "echo", "Environment": {"Variables": {"SWITCHYARD_DURATION_MS": "20000"}}}),
    );
    let r = ok(
        &mut w,
        Service::Lambda,
        "Invoke",
        json!({"FunctionName": "echo"}),
    );
    assert_eq!(r["FunctionError"], "Unhandled");
    assert!(
        unb64(&r["Payload"]).contains("Task timed out after 10.00 seconds"),
        "{}",
        unb64(&r["Payload"])
    );

    // Reserved concurrency 1: a second concurrent invoke is throttled.
    ok(
        &mut w,
        Service::Lambda,
        "PutFunctionConcurrency",
        json!({"FunctionName": "echo", "ReservedConcurrentExecutions": 1}),
    );
    let CallOutcome::Pending(_) = w.call(
        Service::Lambda,
        "Invoke",
        json!({"FunctionName": "echo"}),
        &c,
    ) else {
        panic!()
    };
    let CallOutcome::Done(Err(e)) = w.call(
        Service::Lambda,
        "Invoke",
        json!({"FunctionName": "echo"}),
        &c,
    ) else {
        panic!("second invoke should be refused")
    };
    assert_eq!(
        (e.code.as_str(), e.status),
        ("TooManyRequestsException", 429)
    );
    assert_eq!(
        e.extra,
        vec![(
            "Reason".to_string(),
            "ReservedFunctionConcurrentInvocationLimitExceeded".to_string()
        )]
    );
    let e = err(
        &mut w,
        Service::Lambda,
        "PutFunctionConcurrency",
        json!({"FunctionName": "echo", "ReservedConcurrentExecutions": 901}),
    );
    assert!(e.contains("below its minimum value of [100]"), "{e}");
    let s = ok(&mut w, Service::Lambda, "GetAccountSettings", json!({}));
    assert_eq!(s["AccountLimit"]["UnreservedConcurrentExecutions"], 999);
}

pub(crate) fn queue(w: &mut World, name: &str, attrs: Value) -> (String, String) {
    let url = ok(
        w,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": name, "Attributes": attrs}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let arn = ok(
        w,
        Service::Sqs,
        "GetQueueAttributes",
        json!({"QueueUrl": url, "AttributeNames": ["QueueArn"]}),
    )["Attributes"]["QueueArn"]
        .as_str()
        .unwrap()
        .to_string();
    (url, arn)
}

fn count(w: &mut World, url: &str) -> (u64, u64) {
    let a = ok(
        w,
        Service::Sqs,
        "GetQueueAttributes",
        json!({"QueueUrl": url, "AttributeNames": ["All"]}),
    )["Attributes"]
        .clone();
    let n = |k: &str| a[k].as_str().unwrap().parse::<u64>().unwrap();
    (
        n("ApproximateNumberOfMessages"),
        n("ApproximateNumberOfMessagesNotVisible"),
    )
}

#[test]
fn an_sqs_mapping_processes_messages_and_a_poison_message_reaches_the_dlq() {
    let mut w = World::new(3);
    let (dlq_url, dlq_arn) = queue(&mut w, "jobs-dlq", json!({}));
    let redrive = json!({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": "2"}).to_string();
    let (url, arn) = queue(
        &mut w,
        "jobs",
        json!({"VisibilityTimeout": "30", "RedrivePolicy": redrive}),
    );
    function(
        &mut w,
        "worker",
        json!({"SWITCHYARD_DURATION_MS": "100", "SWITCHYARD_FAIL_IF_CONTAINS": "poison"}),
    );
    // The queue's visibility timeout must cover the function's timeout.
    ok(
        &mut w,
        Service::Lambda,
        "UpdateFunctionConfiguration",
        json!({"FunctionName": "worker", "Timeout": 60}),
    );
    run_for(&mut w, switchyard::lambda::READY_MS);
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "worker", "EventSourceArn": arn}),
    );
    assert_eq!(e, "InvalidParameterValueException: Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds");
    ok(
        &mut w,
        Service::Lambda,
        "UpdateFunctionConfiguration",
        json!({"FunctionName": "worker", "Timeout": 10}),
    );
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "worker", "EventSourceArn": arn, "BatchSize": 50}),
    );
    assert!(
        e.contains("Maximum batch window in seconds must be greater than 0"),
        "{e}"
    );
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "worker", "EventSourceArn": arn, "StartingPosition": "LATEST"}),
    );
    assert_eq!(
        e,
        "InvalidParameterValueException: StartingPosition is not valid for SQS event sources."
    );
    // A malformed source ARN is the request's validation error, before the
    // function is looked up.
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "no-such-function", "EventSourceArn": "not-an-arn"}),
    );
    assert!(e.starts_with("ValidationException: 1 validation error detected: Value 'not-an-arn' at 'eventSourceArn'"), "{e}");
    let m = ok(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "worker", "EventSourceArn": arn, "BatchSize": 1}),
    );
    assert_eq!(m["State"], "Creating");
    assert_eq!(m["BatchSize"], 1);
    let uuid = m["UUID"].as_str().unwrap().to_string();
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "worker", "EventSourceArn": arn}),
    );
    assert!(
        e.starts_with("ResourceConflictException") && e.contains(&uuid),
        "{e}"
    );
    for i in 0..20 {
        ok(
            &mut w,
            Service::Sqs,
            "SendMessage",
            json!({"QueueUrl": url, "MessageBody": format!("job {i}")}),
        );
    }
    ok(
        &mut w,
        Service::Sqs,
        "SendMessage",
        json!({"QueueUrl": url, "MessageBody": "poison pill"}),
    );
    run_for(&mut w, 5_000);
    let g = ok(
        &mut w,
        Service::Lambda,
        "GetEventSourceMapping",
        json!({"UUID": uuid}),
    );
    assert_eq!(g["State"], "Enabled");
    run_for(&mut w, 120_000);
    assert_eq!(
        count(&mut w, &url),
        (0, 0),
        "every good message deleted, the poison one moved"
    );
    assert_eq!(count(&mut w, &dlq_url), (1, 0));
    let r = ok(
        &mut w,
        Service::Sqs,
        "ReceiveMessage",
        json!({"QueueUrl": dlq_url}),
    );
    assert_eq!(r["Messages"][0]["Body"], "poison pill");
    let f = w.lambda.functions().next().unwrap().stats;
    assert_eq!(f.invocations, 20 + 2, "20 good, the poison one twice");
    assert_eq!(f.errors, 2);
}

#[test]
fn a_partial_batch_response_returns_only_the_failed_message() {
    let mut w = World::new(4);
    let (url, arn) = queue(&mut w, "q", json!({"VisibilityTimeout": "20"}));
    function(
        &mut w,
        "f",
        json!({"SWITCHYARD_FAIL_IF_CONTAINS": "bad", "SWITCHYARD_REPORT_ITEM_FAILURES": "true"}),
    );
    ok(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "f", "EventSourceArn": arn, "BatchSize": 10, "FunctionResponseTypes": ["ReportBatchItemFailures"]}),
    );
    run_for(&mut w, 3_000);
    let entries: Vec<Value> = (0..10).map(|i| json!({"Id": i.to_string(), "MessageBody": if i == 4 { "bad".to_string() } else { format!("m{i}") }})).collect();
    ok(
        &mut w,
        Service::Sqs,
        "SendMessageBatch",
        json!({"QueueUrl": url, "Entries": entries}),
    );
    run_for(&mut w, 5_000);
    let (visible, in_flight) = count(&mut w, &url);
    assert_eq!(visible + in_flight, 1, "only the failed message is left");
    let deleted: u64 = w.lambda.mappings().map(|m| m.stats.deleted).sum();
    assert_eq!(deleted, 9);
}

pub(crate) fn stream(w: &mut World, name: &str, shards: u32) -> String {
    ok(
        w,
        Service::Kinesis,
        "CreateStream",
        json!({"StreamName": name, "ShardCount": shards}),
    );
    run_for(w, 1_000);
    ok(
        w,
        Service::Kinesis,
        "DescribeStreamSummary",
        json!({"StreamName": name}),
    )["StreamDescriptionSummary"]["StreamARN"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_kinesis_mapping_keeps_order_per_key_with_a_parallelization_factor() {
    let mut w = World::new(5);
    let arn = stream(&mut w, "events", 2);
    function(
        &mut w,
        "proc",
        json!({"SWITCHYARD_DURATION_MS": "50", "SWITCHYARD_MS_PER_RECORD": "2"}),
    );
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "proc", "EventSourceArn": arn}),
    );
    assert_eq!(e, "InvalidParameterValueException: 1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null.");
    let e = err(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "proc", "EventSourceArn": arn, "StartingPosition": "TRIM_HORIZON", "ParallelizationFactor": 11}),
    );
    assert_eq!(e, "ValidationException: 1 validation error detected: Value '11' at 'parallelizationFactor' failed to satisfy constraint: Member must have value less than or equal to 10");
    let m = ok(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({"FunctionName": "proc", "EventSourceArn": arn, "StartingPosition": "TRIM_HORIZON", "ParallelizationFactor": 4, "BatchSize": 20}),
    );
    assert_eq!(m["ParallelizationFactor"], 4);
    assert_eq!(m["MaximumRetryAttempts"], -1);
    for i in 0..400 {
        let key = format!("user-{}", i % 16);
        ok(
            &mut w,
            Service::Kinesis,
            "PutRecord",
            json!({"StreamName": "events", "PartitionKey": key, "Data": b64(&format!("{key}:{i}"))}),
        );
        if i % 50 == 0 {
            run_for(&mut w, 500);
        }
    }
    run_for(&mut w, 60_000);
    // Every record processed once, in order per key (sequence numbers rise
    // per key in the order the batches started).
    let f = w.lambda.functions().next().unwrap();
    let mut last: BTreeMap<String, u64> = BTreeMap::new();
    let mut seen = 0;
    for inv in &f.recent {
        for l in &inv.labels {
            let (key, seq) = l.split_once('/').unwrap();
            let seq = switchyard::kinesis::stream::parse_sequence_number(seq)
                .unwrap()
                .3;
            if let Some(prev) = last.insert(key.to_string(), seq) {
                assert!(seq > prev, "{key}: {seq} after {prev}");
            }
            seen += 1;
        }
    }
    assert_eq!(seen, 400);
    let mstats = w.lambda.mappings().next().unwrap().stats;
    assert_eq!(mstats.records, 400);
    assert_eq!(mstats.failed_batches, 0);
    let peak = w.lambda.functions().next().unwrap().stats.peak_concurrency;
    assert!(peak > 2, "more than one batch per shard at a time: {peak}");
    assert!(peak <= 8, "at most 4 per shard: {peak}");
}

#[test]
fn a_failing_kinesis_batch_is_bisected_retried_then_sent_to_the_on_failure_destination() {
    let mut w = World::new(6);
    let arn = stream(&mut w, "s", 1);
    let (dest_url, dest_arn) = queue(&mut w, "failures", json!({}));
    function(
        &mut w,
        "f",
        json!({"SWITCHYARD_FAIL_IF_CONTAINS": "poison"}),
    );
    ok(
        &mut w,
        Service::Lambda,
        "CreateEventSourceMapping",
        json!({
        "FunctionName": "f", "EventSourceArn": arn, "StartingPosition": "TRIM_HORIZON", "BatchSize": 8,
        "MaximumRetryAttempts": 2, "BisectBatchOnFunctionError": true,
        "DestinationConfig": {"OnFailure": {"Destination": dest_arn}}}),
    );
    for i in 0..8 {
        let data = if i == 5 {
            "poison".to_string()
        } else {
            format!("ok {i}")
        };
        ok(
            &mut w,
            Service::Kinesis,
            "PutRecord",
            json!({"StreamName": "s", "PartitionKey": "k", "Data": b64(&data)}),
        );
    }
    run_for(&mut w, 60_000);
    let m = w.lambda.mappings().next().unwrap().stats;
    assert_eq!(m.discarded, 1, "only the poison record is given up on");
    let bisected = w
        .sim
        .journal
        .entries()
        .filter(|e| matches!(e.event, Event::Lambda(LambdaEvent::MappingBisected { .. })))
        .count();
    assert_eq!(bisected, 3, "8 -> 4 -> 2 -> 1");
    let r = ok(
        &mut w,
        Service::Sqs,
        "ReceiveMessage",
        json!({"QueueUrl": dest_url}),
    );
    let body: Value = serde_json::from_str(r["Messages"][0]["Body"].as_str().unwrap()).unwrap();
    assert_eq!(
        body["requestContext"]["condition"],
        "RetryAttemptsExhausted"
    );
    assert_eq!(body["requestContext"]["approximateInvokeCount"], 3);
    assert_eq!(body["KinesisBatchInfo"]["batchSize"], 1);
    assert_eq!(body["KinesisBatchInfo"]["shardId"], "shardId-000000000000");
    assert_eq!(body["KinesisBatchInfo"]["streamArn"], arn);
    let g = ok(
        &mut w,
        Service::Lambda,
        "ListEventSourceMappings",
        json!({"FunctionName": "f"}),
    );
    assert_eq!(g["EventSourceMappings"][0]["LastProcessingResult"], "OK");
}

#[test]
fn sns_invokes_a_function_asynchronously() {
    let mut w = World::new(7);
    let f = function(&mut w, "notify", json!({}));
    let topic = ok(
        &mut w,
        Service::Sns,
        "CreateTopic",
        json!({"Name": "alerts"}),
    )["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    ok(
        &mut w,
        Service::Sns,
        "Subscribe",
        json!({"TopicArn": topic, "Protocol": "lambda", "Endpoint": f["FunctionArn"]}),
    );
    // Without a permission in the function's policy SNS may not invoke it:
    // the delivery fails as a client-side error.
    ok(
        &mut w,
        Service::Sns,
        "Publish",
        json!({"TopicArn": topic, "Message": "denied"}),
    );
    run_for(&mut w, 2_000);
    assert_eq!(w.lambda.functions().next().unwrap().stats.invocations, 0);
    let failed = ok(
        &mut w,
        Service::CloudWatch,
        "GetMetricStatistics",
        json!({"Namespace": "AWS/SNS", "MetricName": "NumberOfNotificationsFailed",
               "Dimensions": [{"Name": "TopicName", "Value": "alerts"}],
               "StartTime": "2026-01-01T00:00:00Z", "EndTime": "2026-01-01T01:00:00Z",
               "Period": 3600, "Statistics": ["Sum"]}),
    );
    assert_eq!(failed["Datapoints"][0]["Sum"], 1.0, "{failed}");
    // A permission for another topic does not do; one for this topic does.
    let add = |w: &mut World, sid: &str, source: &str| {
        ok(
            w,
            Service::Lambda,
            "AddPermission",
            json!({"FunctionName": "notify", "StatementId": sid, "Action": "lambda:InvokeFunction",
                   "Principal": "sns.amazonaws.com", "SourceArn": source}),
        )
    };
    add(
        &mut w,
        "other",
        "arn:aws:sns:us-east-1:123456789012:elsewhere",
    );
    ok(
        &mut w,
        Service::Sns,
        "Publish",
        json!({"TopicArn": topic, "Message": "still denied"}),
    );
    run_for(&mut w, 2_000);
    assert_eq!(w.lambda.functions().next().unwrap().stats.invocations, 0);
    let st = add(&mut w, "sns-alerts", &topic);
    let st: Value = serde_json::from_str(st["Statement"].as_str().unwrap()).unwrap();
    assert_eq!(
        st,
        json!({"Sid": "sns-alerts", "Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"},
               "Action": "lambda:InvokeFunction", "Resource": f["FunctionArn"],
               "Condition": {"ArnLike": {"AWS:SourceArn": topic}}})
    );
    for i in 0..3 {
        ok(
            &mut w,
            Service::Sns,
            "Publish",
            json!({"TopicArn": topic, "Message": format!("alert {i}")}),
        );
    }
    run_for(&mut w, 2_000);
    let stats = w.lambda.functions().next().unwrap().stats;
    assert_eq!(stats.invocations, 3);
    // Lambda's own metrics: three invocations, an Errors datapoint each.
    let fname = w.lambda.functions().next().unwrap().name.clone();
    let stat = |w: &mut World, metric: &str| {
        ok(
            w,
            Service::CloudWatch,
            "GetMetricStatistics",
            json!({"Namespace": "AWS/Lambda", "MetricName": metric,
                   "Dimensions": [{"Name": "FunctionName", "Value": fname}],
                   "StartTime": "2026-01-01T00:00:00Z", "EndTime": "2026-01-01T01:00:00Z",
                   "Period": 3600, "Statistics": ["Sum", "SampleCount"]}),
        )["Datapoints"][0]
            .clone()
    };
    assert_eq!(stat(&mut w, "Invocations")["Sum"], 3.0);
    let errors = stat(&mut w, "Errors");
    assert_eq!(errors["SampleCount"], 3.0);
    assert_eq!(errors["Sum"], f64::from(stats.errors as u32));
    assert_eq!(stat(&mut w, "Duration")["SampleCount"], 3.0);
    let mut by: BTreeMap<&str, u32> = BTreeMap::new();
    for e in w.sim.journal.entries() {
        if let Event::Lambda(LambdaEvent::Completed { error: false, .. }) = e.event {
            *by.entry("ok").or_default() += 1;
        }
    }
    assert_eq!(by.get("ok"), Some(&3));
}
