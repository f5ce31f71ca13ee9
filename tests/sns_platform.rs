//! SNS mobile push and SMS without a topic: platform applications and
//! endpoints (AWS's idempotency and errors), `application` subscriptions
//! reaching the device with their platform's message, a publish straight to an
//! endpoint or a phone number, the SMS settings and opt-outs, and a save and
//! restore of all of it.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use switchyard::model::Service;
use switchyard::world::{CallOutcome, Caller};
use switchyard::World;

fn call(w: &mut World, op: &str, input: Value) -> Result<Value, switchyard::AwsError> {
    match w.call(Service::Sns, op, input, &Caller::default()) {
        CallOutcome::Done(r) => r,
        CallOutcome::Pending(_) => unreachable!("SNS does not wait"),
    }
}

fn sns(w: &mut World, op: &str, input: Value) -> Value {
    let out = call(w, op, input).unwrap_or_else(|e| panic!("{op}: {e}"));
    w.check_invariants();
    out
}

/// (code, status, message) of a refused call.
fn refused(w: &mut World, op: &str, input: Value) -> (String, u16, String) {
    let e = call(w, op, input).expect_err(op);
    (e.code, e.status, e.message)
}

fn app(w: &mut World, name: &str) -> String {
    sns(
        w,
        "CreatePlatformApplication",
        json!({"Name": name, "Platform": "GCM", "Attributes": {"PlatformCredential": "key"}}),
    )["PlatformApplicationArn"]
        .as_str()
        .unwrap()
        .to_string()
}

fn endpoint(w: &mut World, app: &str, token: &str) -> String {
    sns(
        w,
        "CreatePlatformEndpoint",
        json!({"PlatformApplicationArn": app, "Token": token}),
    )["EndpointArn"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn platform_applications_are_created_listed_and_checked() {
    let mut w = World::new(1);
    let a = app(&mut w, "phones");
    assert_eq!(a, "arn:aws:sns:us-east-1:123456789012:app/GCM/phones");
    // Credentials are never shown; how they authenticate is.
    assert_eq!(
        sns(
            &mut w,
            "GetPlatformApplicationAttributes",
            json!({"PlatformApplicationArn": a})
        ),
        json!({"Attributes": {"Enabled": "true", "AuthenticationMethod": "Key"}})
    );
    sns(
        &mut w,
        "SetPlatformApplicationAttributes",
        json!({"PlatformApplicationArn": a, "Attributes": {"SuccessFeedbackSampleRate": "100"}}),
    );
    assert_eq!(
        sns(&mut w, "ListPlatformApplications", json!({})),
        json!({"PlatformApplications": [{"PlatformApplicationArn": a,
            "Attributes": {"Enabled": "true", "SuccessFeedbackSampleRate": "100",
                "AuthenticationMethod": "Key"}}]})
    );
    for (input, needle) in [
        (
            json!({"Name": "a/b", "Platform": "GCM", "Attributes": {"PlatformCredential": "k"}}),
            "Name",
        ),
        (
            json!({"Name": "x", "Platform": "PIGEON", "Attributes": {"PlatformCredential": "k"}}),
            "Platform",
        ),
        (
            json!({"Name": "x", "Platform": "GCM", "Attributes": {}}),
            "PlatformCredential",
        ),
        (
            json!({"Name": "x", "Platform": "APNS", "Attributes": {"PlatformCredential": "k"}}),
            "PlatformPrincipal",
        ),
        (
            json!({"Name": "x", "Platform": "GCM", "Attributes": {"PlatformCredential": "k", "Colour": "red"}}),
            "Colour",
        ),
    ] {
        let (code, status, message) = refused(&mut w, "CreatePlatformApplication", input);
        assert_eq!((code.as_str(), status), ("InvalidParameter", 400));
        assert!(message.contains(needle), "{message}");
    }
    let missing = json!({"PlatformApplicationArn": format!("{a}2")});
    for op in [
        "GetPlatformApplicationAttributes",
        "ListEndpointsByPlatformApplication",
    ] {
        assert_eq!(
            refused(&mut w, op, missing.clone()),
            (
                "NotFound".into(),
                404,
                "PlatformApplication does not exist".into()
            )
        );
    }
    let (code, _, message) = refused(
        &mut w,
        "GetPlatformApplicationAttributes",
        json!({"PlatformApplicationArn": "a-fake-arn"}),
    );
    assert_eq!(code, "InvalidParameter");
    assert!(message.contains("PlatformApplicationArn"), "{message}");
}

#[test]
fn endpoints_are_idempotent_per_token_and_attributes() {
    let mut w = World::new(2);
    let a = app(&mut w, "phones");
    let e = endpoint(&mut w, &a, "token");
    assert!(e.starts_with("arn:aws:sns:us-east-1:123456789012:endpoint/GCM/phones/"));
    // The same token again, with or without the default attributes spelled out.
    assert_eq!(endpoint(&mut w, &a, "token"), e);
    assert_eq!(
        sns(
            &mut w,
            "CreatePlatformEndpoint",
            json!({"PlatformApplicationArn": a, "Token": "token", "Attributes": {"Enabled": "true"}})
        )["EndpointArn"],
        json!(e)
    );
    let (code, _, message) = refused(
        &mut w,
        "CreatePlatformEndpoint",
        json!({"PlatformApplicationArn": a, "Token": "token", "CustomUserData": "alice"}),
    );
    assert_eq!(code, "InvalidParameter");
    assert_eq!(
        message,
        format!("Invalid parameter: Token Reason: Endpoint {e} already exists with the same Token, but different attributes.")
    );
    sns(
        &mut w,
        "SetEndpointAttributes",
        json!({"EndpointArn": e, "Attributes": {"CustomUserData": "bob"}}),
    );
    assert_eq!(
        sns(&mut w, "GetEndpointAttributes", json!({"EndpointArn": e})),
        json!({"Attributes": {"CustomUserData": "bob", "Enabled": "true", "Token": "token"}})
    );
    // 2,048 bytes of user data are taken, one more is not (AWS's words).
    sns(
        &mut w,
        "SetEndpointAttributes",
        json!({"EndpointArn": e, "Attributes": {"CustomUserData": "x".repeat(2048)}}),
    );
    let (code, _, message) = refused(
        &mut w,
        "SetEndpointAttributes",
        json!({"EndpointArn": e, "Attributes": {"CustomUserData": "x".repeat(2049)}}),
    );
    assert_eq!(code, "InvalidParameter");
    assert_eq!(message, "Invalid parameter: Attributes Reason: Invalid value for attribute: CustomUserData: must be at most 2048 bytes long in UTF-8 encoding");
    sns(
        &mut w,
        "SetEndpointAttributes",
        json!({"EndpointArn": e, "Attributes": {"CustomUserData": "bob"}}),
    );
    let listed = sns(
        &mut w,
        "ListEndpointsByPlatformApplication",
        json!({"PlatformApplicationArn": a}),
    );
    assert_eq!(listed["Endpoints"][0]["EndpointArn"], json!(e));
    assert!(listed.get("NextToken").is_none());
    // Deleting is idempotent.
    sns(&mut w, "DeleteEndpoint", json!({"EndpointArn": e}));
    sns(&mut w, "DeleteEndpoint", json!({"EndpointArn": e}));
    assert_eq!(
        refused(&mut w, "GetEndpointAttributes", json!({"EndpointArn": e})),
        ("NotFound".into(), 404, "Endpoint does not exist".into())
    );
    // Deleting the application deletes its endpoints.
    let e2 = endpoint(&mut w, &a, "other");
    sns(
        &mut w,
        "DeletePlatformApplication",
        json!({"PlatformApplicationArn": a}),
    );
    assert_eq!(
        refused(&mut w, "GetEndpointAttributes", json!({"EndpointArn": e2})).2,
        "Endpoint does not exist"
    );
    assert_eq!(
        sns(&mut w, "ListPlatformApplications", json!({})),
        json!({"PlatformApplications": []})
    );
}

#[test]
fn endpoints_list_a_hundred_per_page() {
    let mut w = World::new(3);
    let a = app(&mut w, "many");
    for i in 0..150 {
        endpoint(&mut w, &a, &format!("t{i}"));
    }
    let first = sns(
        &mut w,
        "ListEndpointsByPlatformApplication",
        json!({"PlatformApplicationArn": a}),
    );
    assert_eq!(first["Endpoints"].as_array().unwrap().len(), 100);
    let next = first["NextToken"].as_str().unwrap();
    let second = sns(
        &mut w,
        "ListEndpointsByPlatformApplication",
        json!({"PlatformApplicationArn": a, "NextToken": next}),
    );
    assert_eq!(second["Endpoints"].as_array().unwrap().len(), 50);
    assert!(second.get("NextToken").is_none());
}

#[test]
fn application_subscriptions_reach_the_device_with_their_platform_message() {
    let mut w = World::new(4);
    let a = app(&mut w, "phones");
    let e = endpoint(&mut w, &a, "device");
    let t = sns(&mut w, "CreateTopic", json!({"Name": "news"}))["TopicArn"]
        .as_str()
        .unwrap()
        .to_string();
    // Only an endpoint that exists can be subscribed (AWS's wording).
    let ghost = format!("{a}/00000000-0000-4000-8000-000000000000").replace(":app/", ":endpoint/");
    let (code, _, message) = refused(
        &mut w,
        "Subscribe",
        json!({"TopicArn": t, "Protocol": "application", "Endpoint": ghost}),
    );
    assert_eq!(code, "InvalidParameter");
    assert_eq!(
        message,
        format!(
            "Invalid parameter: Endpoint Reason: Endpoint does not exist for endpoint arn{ghost}"
        )
    );
    sns(
        &mut w,
        "Subscribe",
        json!({"TopicArn": t, "Protocol": "application", "Endpoint": e}),
    );
    let gcm = r#"{"notification":{"title":"hi"}}"#;
    sns(
        &mut w,
        "Publish",
        json!({"TopicArn": t, "MessageStructure": "json",
               "Message": json!({"default": "plain", "GCM": gcm, "APNS": "apple"}).to_string()}),
    );
    w.sleep_ms(1);
    let got: Vec<String> = w
        .sns
        .endpoint_inbox(&e)
        .iter()
        .map(|r| r.body.clone())
        .collect();
    assert_eq!(got, vec![gcm.to_string()]);
    // Disabled: nothing reaches the device.
    sns(
        &mut w,
        "SetEndpointAttributes",
        json!({"EndpointArn": e, "Attributes": {"Enabled": "false"}}),
    );
    sns(
        &mut w,
        "Publish",
        json!({"TopicArn": t, "Message": "second"}),
    );
    w.sleep_ms(1);
    assert_eq!(w.sns.endpoint_inbox(&e).len(), 1);
    // A direct publish to a disabled endpoint is refused (AWS's code and words).
    assert_eq!(
        refused(&mut w, "Publish", json!({"TargetArn": e, "Message": "x"})),
        (
            "EndpointDisabled".into(),
            400,
            "Endpoint is disabled".into()
        )
    );
    sns(
        &mut w,
        "SetEndpointAttributes",
        json!({"EndpointArn": e, "Attributes": {"Enabled": "true"}}),
    );
    let out = sns(
        &mut w,
        "Publish",
        json!({"TargetArn": e, "MessageStructure": "json",
               "Message": json!({"default": "direct"}).to_string()}),
    );
    assert_eq!(out["MessageId"].as_str().unwrap().len(), 36);
    assert_eq!(w.sns.endpoint_inbox(&e).last().unwrap().body, "direct");
    // Deleted: the subscription stays, its deliveries fail as to a deleted
    // endpoint, and a direct publish finds nothing.
    sns(&mut w, "DeleteEndpoint", json!({"EndpointArn": e}));
    sns(
        &mut w,
        "Publish",
        json!({"TopicArn": t, "Message": "third"}),
    );
    w.sleep_ms(1);
    let (code, _, message) = refused(&mut w, "Publish", json!({"TargetArn": e, "Message": "x"}));
    assert_eq!(code, "InvalidParameter");
    assert!(message.contains("No endpoint found"), "{message}");
    w.check_invariants();
}

#[test]
fn texts_go_to_phones_unless_opted_out() {
    let mut w = World::new(5);
    let phone = "+15555550100";
    let out = sns(
        &mut w,
        "Publish",
        json!({"PhoneNumber": phone, "Message": "code 1234"}),
    );
    assert_eq!(out["MessageId"].as_str().unwrap().len(), 36);
    assert_eq!(w.sns.phone_inbox(phone)[0].body, "code 1234");
    assert_eq!(w.sns.phone_inbox(phone)[0].failed, None);
    let (code, ..) = refused(
        &mut w,
        "Publish",
        json!({"PhoneNumber": "555-0100", "Message": "x"}),
    );
    assert_eq!(code, "InvalidParameter");
    assert_eq!(
        sns(
            &mut w,
            "CheckIfPhoneNumberIsOptedOut",
            json!({"phoneNumber": phone})
        ),
        json!({"isOptedOut": false})
    );
    // The holder answers STOP.
    w.sns.opt_out_phone_number(&Caller::default(), phone);
    assert_eq!(
        sns(&mut w, "ListPhoneNumbersOptedOut", json!({})),
        json!({"phoneNumbers": [phone]})
    );
    sns(
        &mut w,
        "Publish",
        json!({"PhoneNumber": phone, "Message": "sale!"}),
    );
    assert_eq!(
        w.sns.phone_inbox(phone)[1].failed.as_deref(),
        Some("PhoneOptedOut")
    );
    sns(&mut w, "OptInPhoneNumber", json!({"phoneNumber": phone}));
    assert_eq!(
        sns(
            &mut w,
            "CheckIfPhoneNumberIsOptedOut",
            json!({"phoneNumber": phone})
        ),
        json!({"isOptedOut": false})
    );
    // Once every 30 days.
    w.sns.opt_out_phone_number(&Caller::default(), phone);
    let (code, ..) = refused(&mut w, "OptInPhoneNumber", json!({"phoneNumber": phone}));
    assert_eq!(code, "InvalidParameter");
    w.sleep_ms(30 * 24 * 3600 * 1000);
    sns(&mut w, "OptInPhoneNumber", json!({"phoneNumber": phone}));
    assert_eq!(
        sns(&mut w, "GetSMSSandboxAccountStatus", json!({})),
        json!({"IsInSandbox": false})
    );
}

#[test]
fn sms_sandbox_numbers_are_verified_with_the_password_texted_to_them() {
    let mut w = World::new(10);
    let phone = "+15555550123";
    sns(
        &mut w,
        "CreateSMSSandboxPhoneNumber",
        json!({"PhoneNumber": phone, "LanguageCode": "en-GB"}),
    );
    assert_eq!(
        sns(&mut w, "ListSMSSandboxPhoneNumbers", json!({})),
        json!({"PhoneNumbers": [{"PhoneNumber": phone, "Status": "Pending"}]})
    );
    // The phone got a six-digit password.
    let text = w.sns.phone_inbox(phone)[0].body.clone();
    let otp = text.rsplit(' ').next().unwrap().to_string();
    assert!(
        otp.len() == 6 && otp.bytes().all(|b| b.is_ascii_digit()),
        "{text}"
    );
    let wrong = if otp == "000000" { "111111" } else { "000000" };
    let (code, ..) = refused(
        &mut w,
        "VerifySMSSandboxPhoneNumber",
        json!({"PhoneNumber": phone, "OneTimePassword": wrong}),
    );
    assert_eq!(code, "VerificationException");
    sns(
        &mut w,
        "VerifySMSSandboxPhoneNumber",
        json!({"PhoneNumber": phone, "OneTimePassword": otp}),
    );
    assert_eq!(
        sns(
            &mut w,
            "ListSMSSandboxPhoneNumbers",
            json!({"MaxResults": 1})
        ),
        json!({"PhoneNumbers": [{"PhoneNumber": phone, "Status": "Verified"}]})
    );
    let (code, ..) = refused(
        &mut w,
        "CreateSMSSandboxPhoneNumber",
        json!({"PhoneNumber": phone}),
    );
    assert_eq!(code, "UserError");
    let (code, ..) = refused(
        &mut w,
        "CreateSMSSandboxPhoneNumber",
        json!({"PhoneNumber": phone, "LanguageCode": "xx-XX"}),
    );
    assert_eq!(code, "InvalidParameter");
    // At most ten numbers.
    for i in 0..9 {
        sns(
            &mut w,
            "CreateSMSSandboxPhoneNumber",
            json!({"PhoneNumber": format!("+1555555020{i}")}),
        );
    }
    let (code, ..) = refused(
        &mut w,
        "CreateSMSSandboxPhoneNumber",
        json!({"PhoneNumber": "+15555550299"}),
    );
    assert_eq!(code, "UserError");
    sns(
        &mut w,
        "DeleteSMSSandboxPhoneNumber",
        json!({"PhoneNumber": phone}),
    );
    let (code, status, _) = refused(
        &mut w,
        "DeleteSMSSandboxPhoneNumber",
        json!({"PhoneNumber": phone}),
    );
    assert_eq!((code.as_str(), status), ("ResourceNotFound", 404));
    let (code, ..) = refused(
        &mut w,
        "ListSMSSandboxPhoneNumbers",
        json!({"MaxResults": 101}),
    );
    assert_eq!(code, "ValidationException");
    // No origination numbers were bought.
    assert_eq!(
        sns(&mut w, "ListOriginationNumbers", json!({})),
        json!({"PhoneNumbers": []})
    );
}

#[test]
fn sms_attributes_are_checked_kept_and_filtered() {
    let mut w = World::new(6);
    // A new account's spend limit: 1 USD a month.
    assert_eq!(
        sns(&mut w, "GetSMSAttributes", json!({})),
        json!({"attributes": {"MonthlySpendLimit": "1"}})
    );
    sns(
        &mut w,
        "SetSMSAttributes",
        json!({"attributes": {"DefaultSMSType": "Transactional", "DefaultSenderID": "Acme1"}}),
    );
    assert_eq!(
        sns(
            &mut w,
            "GetSMSAttributes",
            json!({"attributes": ["DefaultSenderID"]})
        ),
        json!({"attributes": {"DefaultSenderID": "Acme1"}})
    );
    for bad in [
        json!({"DefaultSMSType": "Urgent"}),
        json!({"DefaultSenderID": "123"}),
        json!({"DefaultSenderID": "MuchTooLongName"}),
        json!({"DeliveryStatusSuccessSamplingRate": "101"}),
        json!({"Colour": "red"}),
    ] {
        let (code, ..) = refused(&mut w, "SetSMSAttributes", json!({"attributes": bad}));
        assert_eq!(code, "InvalidParameter", "{bad}");
    }
}

#[test]
fn push_and_sms_state_survive_a_save_and_restore() {
    let mut w = World::new(7);
    let a = app(&mut w, "phones");
    let e = endpoint(&mut w, &a, "device");
    sns(&mut w, "Publish", json!({"TargetArn": e, "Message": "m"}));
    w.sns
        .opt_out_phone_number(&Caller::default(), "+15555550100");
    sns(
        &mut w,
        "SetSMSAttributes",
        json!({"attributes": {"DefaultSMSType": "Promotional"}}),
    );
    let saved = serde_json::to_string(&w).unwrap();
    let mut back: World = serde_json::from_str(&saved).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), saved);
    assert_eq!(back.sns.endpoint_inbox(&e).len(), 1);
    assert_eq!(
        sns(&mut back, "ListPhoneNumbersOptedOut", json!({})),
        json!({"phoneNumbers": ["+15555550100"]})
    );
    // The restored world goes on as the original does.
    let x = endpoint(&mut w, &a, "second");
    let y = endpoint(&mut back, &a, "second");
    assert_eq!(x, y);
}

#[test]
fn tokens_payloads_and_direct_messages_follow_each_platform() {
    let mut w = World::new(8);
    let apple = sns(
        &mut w,
        "CreatePlatformApplication",
        json!({"Name": "ios", "Platform": "APNS",
               "Attributes": {"PlatformCredential": "key", "PlatformPrincipal": "kid",
                              "ApplePlatformTeamID": "TEAM", "ApplePlatformBundleID": "com.example"}}),
    )["PlatformApplicationArn"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        sns(
            &mut w,
            "GetPlatformApplicationAttributes",
            json!({"PlatformApplicationArn": apple})
        )["Attributes"]["AuthenticationMethod"],
        json!("Token")
    );
    // An FCM token sent to an Apple application, and an empty one (AWS's words).
    for (token, why) in [
        (
            "fcm:token-with-colons",
            "iOS device tokens must be no more than 400 hexadecimal characters",
        ),
        ("", "cannot be empty"),
    ] {
        let (code, _, message) = refused(
            &mut w,
            "CreatePlatformEndpoint",
            json!({"PlatformApplicationArn": apple, "Token": token}),
        );
        assert_eq!(code, "InvalidParameter");
        assert_eq!(
            message,
            format!(
                "Invalid parameter: Attributes Reason: Invalid value for attribute: Token: {why}"
            )
        );
    }
    let device = endpoint(&mut w, &apple, &"ab".repeat(32));
    // A direct publish needs its platform's entry or a default, not both.
    sns(
        &mut w,
        "Publish",
        json!({"TargetArn": device, "MessageStructure": "json",
               "Message": json!({"APNS": "{\"aps\":{\"alert\":\"hi\"}}"}).to_string()}),
    );
    assert_eq!(
        w.sns.endpoint_inbox(&device)[0].body,
        r#"{"aps":{"alert":"hi"}}"#
    );
    let (_, _, message) = refused(
        &mut w,
        "Publish",
        json!({"TargetArn": device, "MessageStructure": "json",
               "Message": json!({"GCM": "x"}).to_string()}),
    );
    assert!(message.contains("No default entry"), "{message}");
    // Larger than Apple takes (AWS's words).
    let (_, _, message) = refused(
        &mut w,
        "Publish",
        json!({"TargetArn": device, "Message": "x".repeat(4097)}),
    );
    assert_eq!(
        message,
        "Invalid parameter: Message Reason: Invalid notification for protocol APNS: Notification is too long"
    );
    // Endpoint events to a topic are not built: refused by name.
    let (code, status, message) = refused(
        &mut w,
        "SetPlatformApplicationAttributes",
        json!({"PlatformApplicationArn": apple,
               "Attributes": {"EventEndpointCreated": "arn:aws:sns:us-east-1:123456789012:t"}}),
    );
    assert_eq!((code.as_str(), status), ("NotImplemented", 501));
    assert!(message.contains("EventEndpointCreated"), "{message}");
}

#[test]
fn another_account_cannot_touch_them_and_sms_settings_are_per_account() {
    let mut w = World::new(9);
    let a = app(&mut w, "phones");
    let e = endpoint(&mut w, &a, "device");
    let other = Caller {
        account_id: "111122223333".into(),
        region: "us-east-1".into(),
        trace_header: None,
        anonymous: false,
    };
    let as_other =
        |w: &mut World, op: &str, input: Value| match w.call(Service::Sns, op, input, &other) {
            CallOutcome::Done(r) => r,
            CallOutcome::Pending(_) => unreachable!(),
        };
    for (op, input) in [
        ("GetEndpointAttributes", json!({"EndpointArn": e})),
        (
            "DeletePlatformApplication",
            json!({"PlatformApplicationArn": a}),
        ),
        ("Publish", json!({"TargetArn": e, "Message": "x"})),
    ] {
        let err = as_other(&mut w, op, input).expect_err(op);
        assert_eq!(
            (err.code.as_str(), err.status),
            ("AuthorizationError", 403),
            "{op}"
        );
    }
    assert_eq!(
        as_other(&mut w, "ListPlatformApplications", json!({})).unwrap(),
        json!({"PlatformApplications": []})
    );
    // SMS settings and opt-outs belong to each account.
    sns(
        &mut w,
        "SetSMSAttributes",
        json!({"attributes": {"DefaultSMSType": "Transactional"}}),
    );
    w.sns
        .opt_out_phone_number(&Caller::default(), "+15555550100");
    assert_eq!(
        as_other(&mut w, "GetSMSAttributes", json!({})).unwrap(),
        json!({"attributes": {"MonthlySpendLimit": "1"}})
    );
    assert_eq!(
        as_other(
            &mut w,
            "CheckIfPhoneNumberIsOptedOut",
            json!({"phoneNumber": "+15555550100"})
        )
        .unwrap(),
        json!({"isOptedOut": false})
    );
    // Opting in a number that is not opted out changes nothing, at any time.
    as_other(
        &mut w,
        "OptInPhoneNumber",
        json!({"phoneNumber": "+15555550100"}),
    )
    .unwrap();
    as_other(
        &mut w,
        "OptInPhoneNumber",
        json!({"phoneNumber": "+15555550100"}),
    )
    .unwrap();
    let (code, _, message) = refused(
        &mut w,
        "CheckIfPhoneNumberIsOptedOut",
        json!({"phoneNumber": "555"}),
    );
    assert_eq!(
        (code.as_str(), message.as_str()),
        (
            "InvalidParameter",
            "Invalid parameter: PhoneNumber Reason: input incorrectly formatted"
        )
    );
}
