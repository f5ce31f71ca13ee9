//! Mobile push and SMS without a topic: platform applications and their
//! endpoints (the `application` protocol's receivers), a publish straight to
//! an endpoint (`TargetArn`) or to a phone number (`PhoneNumber`), and the
//! account's SMS settings and opt-out list.
//!
//! Endpoints are simulated devices: what reaches one is kept in its inbox, as
//! the other simulated receivers keep theirs (`delivery::Received`). A
//! notification service never answers, so no credential is checked and no
//! endpoint is ever disabled by one; `Enabled` changes only when the caller
//! sets it (AWS also sets it to false when the service reports a token
//! invalid, which cannot happen here).
//!
//! Sources: the API reference of each operation; the wording of the errors
//! below marked "AWS's" comes from moto's tests that were run against AWS
//! (`tests/test_sns/test_application_boto3.py`, the `aws_verified` ones); the
//! others are ours and say so.
//!
//! Accounts here are out of the SMS sandbox (`GetSMSSandboxAccountStatus`
//! answers false): a new AWS account starts in it, and could then text only
//! verified numbers. Its destination numbers can still be kept, as on AWS:
//! adding one texts it a one-time password (shown with the phone's texts),
//! and verifying checks it. An account has no origination numbers (they are
//! bought elsewhere), so ListOriginationNumbers lists none.

use super::delivery::{self, Received};
use super::engine::{input_str, invalid, not_found, required, string_map, Sns, SnsEvent};
use crate::error::{AwsError, AwsResult};
use crate::sim::{Event, Sim};
use crate::world::{CallResult, Caller};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The push notification services CreatePlatformApplication accepts.
/// The API reference's list, with Apple's VoIP and macOS channels, which the
/// Developer Guide's mobile push pages name and the API reference does not.
pub const PLATFORMS: [&str; 11] = [
    "ADM",
    "APNS",
    "APNS_SANDBOX",
    "APNS_VOIP",
    "APNS_VOIP_SANDBOX",
    "BAIDU",
    "GCM",
    "MACOS",
    "MACOS_SANDBOX",
    "MPNS",
    "WNS",
];

/// The Apple channels: token or certificate credentials, hexadecimal tokens.
fn is_apple(platform: &str) -> bool {
    platform.starts_with("APNS") || platform.starts_with("MACOS")
}

/// The application attributes whose notifications (to a topic, on an
/// endpoint's creation, deletion, update or a failed delivery) are not built:
/// refused by name rather than kept and never sent.
const EVENT_ATTRIBUTES: [&str; 4] = [
    "EventEndpointCreated",
    "EventEndpointDeleted",
    "EventEndpointUpdated",
    "EventDeliveryFailure",
];

/// Attributes a platform application takes (SetPlatformApplicationAttributes).
const APP_ATTRIBUTES: [&str; 12] = [
    "PlatformCredential",
    "PlatformPrincipal",
    "EventEndpointCreated",
    "EventEndpointDeleted",
    "EventEndpointUpdated",
    "EventDeliveryFailure",
    "SuccessFeedbackRoleArn",
    "FailureFeedbackRoleArn",
    "SuccessFeedbackSampleRate",
    "ApplePlatformTeamID",
    "ApplePlatformBundleID",
    "Enabled",
];

/// Attributes an endpoint takes (SetEndpointAttributes).
const ENDPOINT_ATTRIBUTES: [&str; 3] = ["CustomUserData", "Enabled", "Token"];

/// SetSMSAttributes' attribute names (its API reference's list).
const SMS_ATTRIBUTES: [&str; 6] = [
    "MonthlySpendLimit",
    "DeliveryStatusIAMRole",
    "DeliveryStatusSuccessSamplingRate",
    "DefaultSenderID",
    "DefaultSMSType",
    "UsageReportS3Bucket",
];

/// CustomUserData: "less than 2KB" (API reference); AWS takes 2,048 bytes
/// and refuses more (its error text below says "at most 2048 bytes").
const CUSTOM_USER_DATA_MAX: usize = 2048;

/// A device token: at most 8,192 bytes; an Apple one at most 400
/// hexadecimal characters (AWS's error texts below).
const TOKEN_MAX: usize = 8192;
const APPLE_TOKEN_MAX: usize = 400;

/// A notification's largest payload for Apple's and Firebase's services
/// (4 KB each): above it AWS refuses the publish (its wording below).
const PUSH_PAYLOAD_MAX: usize = 4096;

/// What a new account's SMS settings show: a spend limit of 1 USD a month.
const DEFAULT_MONTHLY_SPEND_LIMIT: &str = "1";

/// A platform application (`arn:...:app/<platform>/<name>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformApp {
    pub id: u32,
    pub arn: String,
    pub name: String,
    pub platform: String,
    /// As set, credentials included (never returned).
    pub attributes: BTreeMap<String, String>,
}

/// An application or endpoint is enabled unless `Enabled` says "false".
fn enabled_in(attributes: &BTreeMap<String, String>) -> bool {
    attributes.get("Enabled").map(String::as_str) != Some("false")
}

impl PlatformApp {
    fn enabled(&self) -> bool {
        enabled_in(&self.attributes)
    }

    /// What GetPlatformApplicationAttributes shows: `Enabled` and what was set,
    /// without the credential and principal.
    fn shown(&self) -> Map<String, Value> {
        let mut m: Map<String, Value> = self
            .attributes
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "PlatformCredential" | "PlatformPrincipal"))
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        m.insert("Enabled".into(), json!(self.enabled().to_string()));
        // "AuthenticationMethod – Returns the credential type used when sending
        // push notifications from application to APNS/APNS_Sandbox, or
        // application to GCM" (GetPlatformApplicationAttributes).
        if is_apple(&self.platform) {
            let token = self.attributes.contains_key("ApplePlatformTeamID");
            m.insert(
                "AuthenticationMethod".into(),
                json!(if token { "Token" } else { "Certificate" }),
            );
        } else if self.platform == "GCM" {
            // A service account's JSON key is token credentials; an API key, a key.
            let token = self
                .attributes
                .get("PlatformCredential")
                .is_some_and(|c| serde_json::from_str::<Value>(c).is_ok_and(|v| v.is_object()));
            m.insert(
                "AuthenticationMethod".into(),
                json!(if token { "Token" } else { "Key" }),
            );
        }
        m
    }
}

/// A device's endpoint (`arn:...:endpoint/<platform>/<app>/<uuid>`): its ARN
/// names its application (`Push::app_of`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformEndpoint {
    pub id: u32,
    pub arn: String,
    /// Token, Enabled and CustomUserData.
    pub attributes: BTreeMap<String, String>,
    /// What the device got, oldest first (at most `delivery::INBOX_MAX`).
    pub inbox: Vec<Received>,
}

impl PlatformEndpoint {
    pub fn enabled(&self) -> bool {
        enabled_in(&self.attributes)
    }

    fn shown(&self) -> Map<String, Value> {
        self.attributes
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect()
    }
}

/// Platform applications and endpoints (saved with the world).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Push {
    /// By ARN.
    pub apps: BTreeMap<String, PlatformApp>,
    /// By ARN, so an application's endpoints are one range of keys (an
    /// endpoint's ARN is its application's, as `endpoint/`, plus an id).
    pub endpoints: BTreeMap<String, PlatformEndpoint>,
    next_app: u32,
    next_endpoint: u32,
}

impl Push {
    pub fn app_by_arn(&self, arn: &str) -> Option<&PlatformApp> {
        self.apps.get(arn)
    }

    pub fn endpoint_by_arn(&self, arn: &str) -> Option<&PlatformEndpoint> {
        self.endpoints.get(arn)
    }

    /// The endpoints of the application `app_arn`, in ARN order.
    pub fn endpoints_of<'a>(
        &'a self,
        app_arn: &str,
    ) -> impl Iterator<Item = &'a PlatformEndpoint> + 'a {
        let prefix = format!("{}/", app_arn.replacen(":app/", ":endpoint/", 1));
        self.endpoints
            .range(prefix.clone()..)
            .take_while(move |(k, _)| k.starts_with(&prefix))
            .map(|(_, e)| e)
    }

    /// The application an endpoint ARN belongs to.
    pub fn app_of(&self, endpoint_arn: &str) -> Option<&PlatformApp> {
        let (head, _) = endpoint_arn.rsplit_once('/')?;
        self.apps.get(&head.replacen(":endpoint/", ":app/", 1))
    }

    /// The platform an endpoint ARN names (`endpoint/<platform>/...`).
    pub fn platform_of(endpoint_arn: &str) -> Option<&str> {
        endpoint_arn
            .split_once(":endpoint/")
            .and_then(|(_, rest)| rest.split('/').next())
    }
}

/// One account's SMS settings and opt-outs in one Region.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SmsAccount {
    pub attributes: BTreeMap<String, String>,
    /// The SMS sandbox's destination numbers, with their one-time passwords.
    pub sandbox: BTreeMap<String, SandboxNumber>,
    pub opted_out: BTreeSet<String>,
    /// When each number was last opted in (virtual ms): once per 30 days.
    pub opted_in_ms: BTreeMap<String, u64>,
}

/// A destination phone number in the SMS sandbox.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SandboxNumber {
    pub verified: bool,
    /// The one-time password last texted to it.
    pub otp: String,
}

/// "You can add up to 10 destination phone numbers" to the SMS sandbox.
const SANDBOX_NUMBERS_MAX: usize = 10;

/// SMS settings and opt-outs per account and Region (AWS keeps them so: "for
/// the calling Amazon Web Services account in the target Amazon Web Services
/// Region"), and what each phone got (saved with the world).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sms {
    /// By `"<account> <region>"`.
    pub accounts: BTreeMap<String, SmsAccount>,
    /// What each phone number got from a direct publish, oldest first.
    pub phones: BTreeMap<String, Vec<Received>>,
}

fn sms_key(caller: &Caller) -> String {
    format!("{} {}", caller.account_id, caller.region)
}

impl Sms {
    fn of(&self, caller: &Caller) -> Option<&SmsAccount> {
        self.accounts.get(&sms_key(caller))
    }

    fn of_mut(&mut self, caller: &Caller) -> &mut SmsAccount {
        self.accounts.entry(sms_key(caller)).or_default()
    }

    fn opted_out(&self, caller: &Caller, number: &str) -> bool {
        self.of(caller)
            .is_some_and(|a| a.opted_out.contains(number))
    }
}

/// "You can opt in a phone number only once every 30 days."
const OPT_IN_INTERVAL_MS: u64 = 30 * 24 * 3600 * 1000;

impl Sns {
    /// Runs the operations of this module; `None` when `operation` is not one.
    pub(super) fn call_platform(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        operation: &str,
        input: &Value,
    ) -> Option<CallResult> {
        if let Err(e) = check_owner(caller, operation, input) {
            return Some(Err(e));
        }
        Some(match operation {
            "CreatePlatformApplication" => self.create_platform_application(sim, caller, input),
            "GetPlatformApplicationAttributes" => self
                .app_named(input)
                .map(|a| json!({"Attributes": a.shown()})),
            "SetPlatformApplicationAttributes" => self.set_platform_application_attributes(input),
            "ListPlatformApplications" => self.list_platform_applications(caller, input),
            "DeletePlatformApplication" => self.delete_platform_application(sim, input),
            "CreatePlatformEndpoint" => self.create_platform_endpoint(sim, input),
            "GetEndpointAttributes" => self
                .endpoint_named(input)
                .map(|e| json!({"Attributes": e.shown()})),
            "SetEndpointAttributes" => self.set_endpoint_attributes(input),
            "ListEndpointsByPlatformApplication" => self.list_endpoints(input),
            "DeleteEndpoint" => self.delete_endpoint(sim, input),
            "GetSMSAttributes" => self.get_sms_attributes(caller, input),
            "SetSMSAttributes" => self.set_sms_attributes(caller, input),
            "CheckIfPhoneNumberIsOptedOut" => phone_number(input, "phoneNumber")
                .map(|n| json!({"isOptedOut": self.sms.opted_out(caller, n)})),
            "ListPhoneNumbersOptedOut" => {
                let all: Vec<Value> = self
                    .sms
                    .of(caller)
                    .map(|a| a.opted_out.iter().map(|n| json!(n)).collect())
                    .unwrap_or_default();
                Sns::listing(
                    all,
                    input,
                    "ListPhoneNumbersOptedOut",
                    "phoneNumbers",
                    "nextToken",
                    super::engine::limits::PAGE_SIZE,
                )
            }
            "OptInPhoneNumber" => self.opt_in_phone_number(sim, caller, input),
            "GetSMSSandboxAccountStatus" => Ok(json!({"IsInSandbox": false})),
            "CreateSMSSandboxPhoneNumber" => self.create_sandbox_number(sim, caller, input),
            "VerifySMSSandboxPhoneNumber" => self.verify_sandbox_number(caller, input),
            "DeleteSMSSandboxPhoneNumber" => self.delete_sandbox_number(caller, input),
            "ListSMSSandboxPhoneNumbers" => {
                let all: Vec<Value> = self
                    .sms
                    .of(caller)
                    .map(|a| {
                        a.sandbox
                            .iter()
                            .map(|(n, s)| {
                                json!({"PhoneNumber": n,
                                "Status": if s.verified { "Verified" } else { "Pending" }})
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                max_results(input, 100).and_then(|size| {
                    Sns::listing(
                        all,
                        input,
                        "ListSMSSandboxPhoneNumbers",
                        "PhoneNumbers",
                        "NextToken",
                        size,
                    )
                })
            }
            "ListOriginationNumbers" => max_results(input, 30).and_then(|size| {
                Sns::listing(
                    Vec::new(),
                    input,
                    "ListOriginationNumbers",
                    "PhoneNumbers",
                    "NextToken",
                    size,
                )
            }),
            _ => return None,
        })
    }

    fn app_named(&self, input: &Value) -> AwsResult<&PlatformApp> {
        let arn = required(input, "PlatformApplicationArn")?;
        self.push
            .app_by_arn(arn)
            .ok_or_else(|| not_found("PlatformApplication does not exist"))
    }

    fn endpoint_named(&self, input: &Value) -> AwsResult<&PlatformEndpoint> {
        let arn = required(input, "EndpointArn")?;
        self.push
            .endpoint_by_arn(arn)
            .ok_or_else(|| not_found("Endpoint does not exist"))
    }

    fn create_platform_application(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let name = required(input, "Name")?;
        let platform = required(input, "Platform")?;
        let attributes = required_map(input, "Attributes")?;
        // The rule is the API reference's; the error's wording is ours.
        if name.is_empty()
            || name.len() > 256
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        {
            return Err(invalid("Invalid parameter: Name Reason: Application names must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, hyphens, and periods, and must be between 1 and 256 characters long"));
        }
        if !PLATFORMS.contains(&platform) {
            return Err(invalid(format!(
                "Invalid parameter: Platform Reason: {platform} is not supported"
            )));
        }
        check_app_attributes(&attributes)?;
        // "You must specify PlatformPrincipal and PlatformCredential" (the
        // principal is not applicable to GCM). AWS also checks the credential
        // with the notification service; nothing here can, so any non-empty
        // value is taken. The wording is ours.
        if attributes
            .get("PlatformCredential")
            .is_none_or(String::is_empty)
        {
            return Err(invalid(
                "Invalid parameter: Attributes Reason: PlatformCredential attribute is required",
            ));
        }
        if platform != "GCM"
            && attributes
                .get("PlatformPrincipal")
                .is_none_or(String::is_empty)
        {
            return Err(invalid(format!(
                "Invalid parameter: Attributes Reason: PlatformPrincipal attribute is required for {platform}"
            )));
        }
        let arn = format!(
            "arn:aws:sns:{}:{}:app/{platform}/{name}",
            caller.region, caller.account_id
        );
        // The API reference does not say what a second create of the same
        // name and platform does; like CreateTopic, it answers with the same
        // ARN, here taking the attributes given.
        if let Some(app) = self.push.apps.get_mut(&arn) {
            app.attributes.extend(attributes);
            return Ok(json!({"PlatformApplicationArn": arn}));
        }
        let id = self.push.next_app;
        self.push.next_app += 1;
        self.push.apps.insert(
            arn.clone(),
            PlatformApp {
                id,
                arn: arn.clone(),
                name: name.to_string(),
                platform: platform.to_string(),
                attributes,
            },
        );
        sim.record(Event::Sns(SnsEvent::PlatformApplicationCreated { app: id }));
        Ok(json!({"PlatformApplicationArn": arn}))
    }

    fn set_platform_application_attributes(&mut self, input: &Value) -> CallResult {
        let arn = self.app_named(input)?.arn.clone();
        let attributes = required_map(input, "Attributes")?;
        check_app_attributes(&attributes)?;
        self.push
            .apps
            .get_mut(&arn)
            .expect("found")
            .attributes
            .extend(attributes);
        Ok(json!({}))
    }

    fn list_platform_applications(&self, caller: &Caller, input: &Value) -> CallResult {
        let prefix = format!("arn:aws:sns:{}:{}:", caller.region, caller.account_id);
        let mine: Vec<Value> = self
            .push
            .apps
            .range(prefix.clone()..)
            .take_while(|(arn, _)| arn.starts_with(&prefix))
            .map(|(arn, a)| json!({"PlatformApplicationArn": arn, "Attributes": a.shown()}))
            .collect();
        Sns::listing(
            mine,
            input,
            "ListPlatformApplications",
            "PlatformApplications",
            "NextToken",
            super::engine::limits::PAGE_SIZE,
        )
    }

    /// Deletes the application and its endpoints. Succeeds for an application
    /// that does not exist (the operation lists no NotFound).
    fn delete_platform_application(&mut self, sim: &mut Sim, input: &Value) -> CallResult {
        let arn = required(input, "PlatformApplicationArn")?;
        if self.push.apps.contains_key(arn) {
            let gone: Vec<String> = self.push.endpoints_of(arn).map(|e| e.arn.clone()).collect();
            for e in gone {
                if let Some(e) = self.push.endpoints.remove(&e) {
                    sim.record(Event::Sns(SnsEvent::EndpointDeleted { endpoint: e.id }));
                }
            }
            if let Some(app) = self.push.apps.remove(arn) {
                sim.record(Event::Sns(SnsEvent::PlatformApplicationDeleted {
                    app: app.id,
                }));
            }
        }
        Ok(json!({}))
    }

    fn create_platform_endpoint(&mut self, sim: &mut Sim, input: &Value) -> CallResult {
        let app = self.app_named(input)?;
        let (app_arn, platform) = (app.arn.clone(), app.platform.clone());
        let token = required(input, "Token")?.to_string();
        let given = string_map(input, "Attributes")?;
        check_endpoint_attributes(&given)?;
        // The CustomUserData parameter, unless Attributes names one too: the
        // map's value is kept then.
        let mut attributes = BTreeMap::new();
        if let Some(data) = input_str(input, "CustomUserData") {
            attributes.insert("CustomUserData".to_string(), data.to_string());
        }
        attributes.extend(given);
        check_custom_user_data(&attributes)?;
        check_token(&platform, &token)?;
        attributes.insert("Token".into(), token.clone());
        attributes
            .entry("Enabled".into())
            .or_insert_with(|| "true".into());
        // "idempotent, so if the requester already owns an endpoint with the
        // same device token and attributes, that endpoint's ARN is returned"
        // (API reference); the same token with other attributes is refused
        // (AWS's wording).
        if let Some(e) = self
            .push
            .endpoints_of(&app_arn)
            .find(|e| e.attributes.get("Token") == Some(&token))
        {
            if e.attributes == attributes {
                return Ok(json!({"EndpointArn": e.arn}));
            }
            return Err(invalid(format!(
                "Invalid parameter: Token Reason: Endpoint {} already exists with the same Token, but different attributes.",
                e.arn
            )));
        }
        let arn = format!(
            "{}/{}",
            app_arn.replacen(":app/", ":endpoint/", 1),
            sim.rng.uuid()
        );
        let id = self.push.next_endpoint;
        self.push.next_endpoint += 1;
        self.push.endpoints.insert(
            arn.clone(),
            PlatformEndpoint {
                id,
                arn: arn.clone(),
                attributes,
                inbox: Vec::new(),
            },
        );
        sim.record(Event::Sns(SnsEvent::EndpointCreated { endpoint: id }));
        Ok(json!({"EndpointArn": arn}))
    }

    fn set_endpoint_attributes(&mut self, input: &Value) -> CallResult {
        let arn = self.endpoint_named(input)?.arn.clone();
        let attributes = required_map(input, "Attributes")?;
        check_endpoint_attributes(&attributes)?;
        check_custom_user_data(&attributes)?;
        if let Some(token) = attributes.get("Token") {
            check_token(Push::platform_of(&arn).unwrap_or(""), token)?;
        }
        self.push
            .endpoints
            .get_mut(&arn)
            .expect("found")
            .attributes
            .extend(attributes);
        Ok(json!({}))
    }

    fn list_endpoints(&self, input: &Value) -> CallResult {
        let app = self.app_named(input)?.arn.clone();
        let of_app: Vec<Value> = self
            .push
            .endpoints_of(&app)
            .map(|e| json!({"EndpointArn": e.arn, "Attributes": e.shown()}))
            .collect();
        Sns::listing(
            of_app,
            input,
            &format!("ListEndpointsByPlatformApplication:{app}"),
            "Endpoints",
            "NextToken",
            super::engine::limits::PAGE_SIZE,
        )
    }

    /// "This action is idempotent": deleting an endpoint that is gone succeeds.
    /// Subscriptions to it stay ("you must also unsubscribe the endpoint");
    /// their deliveries then fail as to a deleted endpoint.
    fn delete_endpoint(&mut self, sim: &mut Sim, input: &Value) -> CallResult {
        let arn = required(input, "EndpointArn")?;
        if let Some(e) = self.push.endpoints.remove(arn) {
            sim.record(Event::Sns(SnsEvent::EndpointDeleted { endpoint: e.id }));
        }
        Ok(json!({}))
    }

    /// Subscribe's check of an `application` endpoint: it must exist.
    pub(super) fn check_application_endpoint(&self, endpoint: &str) -> AwsResult<()> {
        if self.push.endpoints.contains_key(endpoint) {
            return Ok(());
        }
        // AWS's wording, "arn" and the ARN run together as AWS writes them.
        Err(invalid(format!(
            "Invalid parameter: Endpoint Reason: Endpoint does not exist for endpoint arn{endpoint}"
        )))
    }

    /// A topic's delivery to an `application` subscription reaching its
    /// endpoint: kept in the endpoint's inbox. A deleted endpoint is a
    /// client-side failure (not retried); a disabled one drops it, also as a
    /// client-side failure.
    pub(super) fn reach_endpoint(
        &mut self,
        endpoint: &str,
        received: Received,
    ) -> Result<(), delivery::Failure> {
        let Some(e) = self.push.endpoints.get_mut(endpoint) else {
            return Err(delivery::Failure {
                code: "EndpointDeleted".into(),
                message: format!("The endpoint {endpoint} no longer exists"),
                client_side: true,
            });
        };
        if !e.enabled() {
            return Err(delivery::Failure {
                code: "EndpointDisabled".into(),
                message: "Endpoint is disabled".into(),
                client_side: true,
            });
        }
        delivery::keep(&mut e.inbox, received);
        Ok(())
    }

    /// Publish with a TargetArn naming an endpoint: delivered to the device at
    /// once, with the platform's entry of a `MessageStructure=json` message
    /// (or its default).
    pub(super) fn publish_to_endpoint(
        &mut self,
        sim: &mut Sim,
        arn: &str,
        input: &Value,
    ) -> CallResult {
        let Some(e) = self.push.endpoints.get(arn) else {
            // AWS's wording for an endpoint ARN nothing answers to.
            return Err(invalid(
                "Invalid parameter: TargetArn Reason: No endpoint found for the target arn specified",
            ));
        };
        let platform = Push::platform_of(arn).unwrap_or("").to_string();
        // The platform's entry or a default will do: "default" is required
        // when publishing to a topic (Publish's MessageStructure).
        let (id, enabled) = (e.id, e.enabled());
        let p = self.prepare_direct(input, &platform)?;
        if !enabled {
            return Err(AwsError::client("EndpointDisabled", "Endpoint is disabled"));
        }
        if !self.push.app_of(arn).is_some_and(PlatformApp::enabled) {
            // The code is the API model's; the wording is ours.
            return Err(AwsError::client(
                "PlatformApplicationDisabled",
                "Platform application is disabled",
            ));
        }
        let body = p.text_for(&platform).to_string();
        if body.len() > PUSH_PAYLOAD_MAX && (is_apple(&platform) || platform == "GCM") {
            // AWS's wording, per platform.
            let why = if platform == "GCM" {
                "Notification data is larger than allowed limit"
            } else {
                "Notification is too long"
            };
            return Err(invalid(format!(
                "Invalid parameter: Message Reason: Invalid notification for protocol {platform}: {why}"
            )));
        }
        let message_id = sim.rng.uuid();
        let message = self.take_message_number();
        let e = self.push.endpoints.get_mut(arn).expect("found above");
        delivery::keep(&mut e.inbox, Received::notification(sim.now.as_ms(), body));
        sim.record(Event::Sns(SnsEvent::PublishedToEndpoint {
            endpoint: id,
            message,
        }));
        Ok(json!({"MessageId": message_id}))
    }

    /// Publish with a PhoneNumber: a text message to that phone, unless the
    /// number opted out (then the publish is accepted and the text is not
    /// delivered, as an opted-out number's SMS fails on AWS).
    pub(super) fn publish_to_phone(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        number: &str,
        input: &Value,
    ) -> CallResult {
        if !delivery::e164_ok(number) {
            // AWS's wording (LocalStack's snapshot, `test_publish_wrong_phone_format`).
            return Err(invalid(format!(
                "Invalid parameter: PhoneNumber Reason: {number} is not valid to publish to"
            )));
        }
        let p = self.prepare_direct(input, "sms")?;
        let body = p.text_for("sms").to_string();
        if body.chars().count() > 1600 {
            // An SMS is at most 1,600 characters in all (its segments); the
            // wording is ours.
            return Err(invalid("Invalid parameter: Message too long"));
        }
        let message_id = sim.rng.uuid();
        let message = self.take_message_number();
        let opted_out = self.sms.opted_out(caller, number);
        delivery::keep(
            self.sms.phones.entry(number.to_string()).or_default(),
            Received {
                failed: opted_out.then(|| "PhoneOptedOut".to_string()),
                ..Received::notification(sim.now.as_ms(), body)
            },
        );
        sim.record(Event::Sns(SnsEvent::PublishedToPhone {
            message,
            opted_out,
        }));
        Ok(json!({"MessageId": message_id}))
    }

    fn get_sms_attributes(&self, caller: &Caller, input: &Value) -> CallResult {
        let wanted: Option<Vec<&str>> = input
            .get("attributes")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect());
        let mut all = BTreeMap::from([(
            "MonthlySpendLimit".to_string(),
            DEFAULT_MONTHLY_SPEND_LIMIT.to_string(),
        )]);
        if let Some(a) = self.sms.of(caller) {
            all.extend(a.attributes.clone());
        }
        let attributes: Map<String, Value> = all
            .iter()
            .filter(|(k, _)| wanted.as_ref().is_none_or(|w| w.contains(&k.as_str())))
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        Ok(json!({"attributes": attributes}))
    }

    fn set_sms_attributes(&mut self, caller: &Caller, input: &Value) -> CallResult {
        let attributes = required_map(input, "attributes")?;
        // The names and rules are the API reference's; the wording is ours.
        for (k, v) in &attributes {
            let ok = match k.as_str() {
                "MonthlySpendLimit" => v.parse::<u64>().is_ok(),
                "DeliveryStatusSuccessSamplingRate" => v.parse::<u8>().is_ok_and(|n| n <= 100),
                "DefaultSenderID" => {
                    (1..=11).contains(&v.len())
                        && v.bytes().all(|b| b.is_ascii_alphanumeric())
                        && v.bytes().any(|b| b.is_ascii_alphabetic())
                }
                "DefaultSMSType" => matches!(v.as_str(), "Promotional" | "Transactional"),
                "DeliveryStatusIAMRole" => v.is_empty() || v.starts_with("arn:"),
                "UsageReportS3Bucket" => true,
                _ => {
                    return Err(invalid(format!(
                        "Invalid parameter: {k} Reason: not one of {}",
                        SMS_ATTRIBUTES.join(", ")
                    )))
                }
            };
            if !ok {
                return Err(invalid(format!(
                    "Invalid parameter: {k} Reason: {v:?} is not valid"
                )));
            }
        }
        self.sms.of_mut(caller).attributes.extend(attributes);
        Ok(json!({}))
    }

    /// Opting in a number that is not opted out changes nothing.
    fn opt_in_phone_number(&mut self, sim: &mut Sim, caller: &Caller, input: &Value) -> CallResult {
        let n = phone_number(input, "phoneNumber")?.to_string();
        let now = sim.now.as_ms();
        let a = self.sms.of_mut(caller);
        if !a.opted_out.contains(&n) {
            return Ok(json!({}));
        }
        if let Some(&at) = a.opted_in_ms.get(&n) {
            if now < at + OPT_IN_INTERVAL_MS {
                // "only once every 30 days"; the wording is ours.
                return Err(invalid(
                    "Invalid parameter: PhoneNumber Reason: a phone number can be opted in only once every 30 days",
                ));
            }
        }
        a.opted_out.remove(&n);
        a.opted_in_ms.insert(n, now);
        Ok(json!({}))
    }

    /// The phone's holder answers STOP to `caller`'s texts: the number is
    /// opted out of that account's texts in that Region (for the page and
    /// scenarios; AWS has no API for it).
    pub fn opt_out_phone_number(&mut self, caller: &Caller, number: &str) {
        self.sms.of_mut(caller).opted_out.insert(number.to_string());
    }

    /// What a phone number got from direct publishes, oldest first.
    pub fn phone_inbox(&self, number: &str) -> &[Received] {
        self.sms
            .phones
            .get(number)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// CreateSMSSandboxPhoneNumber: the number joins the sandbox's list as
    /// Pending and is texted a six-digit one-time password (again, if it was
    /// pending already). The errors' codes are the API model's; their wording is
    /// ours.
    fn create_sandbox_number(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let n = phone_number(input, "PhoneNumber")?.to_string();
        if let Some(l) = input_str(input, "LanguageCode") {
            if !LANGUAGE_CODES.contains(&l) {
                return Err(invalid(format!(
                    "Invalid parameter: LanguageCode Reason: {l} is not one of {}",
                    LANGUAGE_CODES.join(", ")
                )));
            }
        }
        if self.sms.opted_out(caller, &n) {
            return Err(AwsError::client(
                "OptedOut",
                "The phone number is opted out",
            ));
        }
        let a = self.sms.of_mut(caller);
        match a.sandbox.get(&n) {
            Some(s) if s.verified => {
                return Err(AwsError::client(
                    "UserError",
                    "The phone number is already verified in the SMS sandbox",
                ))
            }
            None if a.sandbox.len() >= SANDBOX_NUMBERS_MAX => {
                return Err(AwsError::client(
                    "UserError",
                    format!(
                    "The SMS sandbox holds at most {SANDBOX_NUMBERS_MAX} destination phone numbers"
                ),
                ))
            }
            _ => {}
        }
        let otp = format!("{:06}", sim.rng.below(1_000_000));
        a.sandbox.insert(
            n.clone(),
            SandboxNumber {
                verified: false,
                otp: otp.clone(),
            },
        );
        delivery::keep(
            self.sms.phones.entry(n).or_default(),
            Received::notification(
                sim.now.as_ms(),
                format!("Your Amazon SNS verification code is {otp}"),
            ),
        );
        Ok(json!({}))
    }

    fn verify_sandbox_number(&mut self, caller: &Caller, input: &Value) -> CallResult {
        let n = phone_number(input, "PhoneNumber")?.to_string();
        let otp = required(input, "OneTimePassword")?;
        let Some(s) = self.sms.of_mut(caller).sandbox.get_mut(&n) else {
            return Err(sandbox_number_not_found());
        };
        if s.otp != otp {
            return Err(AwsError::client(
                "VerificationException",
                "The one-time password is not the one texted to this number",
            ));
        }
        s.verified = true;
        Ok(json!({}))
    }

    fn delete_sandbox_number(&mut self, caller: &Caller, input: &Value) -> CallResult {
        let n = phone_number(input, "PhoneNumber")?;
        match self.sms.of_mut(caller).sandbox.remove(n) {
            Some(_) => Ok(json!({})),
            None => Err(sandbox_number_not_found()),
        }
    }

    /// Every phone a direct publish reached, with what it got, by number.
    pub fn phones(&self) -> impl Iterator<Item = (&str, &[Received])> + '_ {
        self.sms
            .phones
            .iter()
            .map(|(n, r)| (n.as_str(), r.as_slice()))
    }

    /// Whether `number` opted out of `caller`'s texts.
    pub fn is_opted_out(&self, caller: &Caller, number: &str) -> bool {
        self.sms.opted_out(caller, number)
    }

    /// An endpoint's device inbox, by ARN.
    pub fn endpoint_inbox(&self, arn: &str) -> &[Received] {
        self.push
            .endpoint_by_arn(arn)
            .map(|e| e.inbox.as_slice())
            .unwrap_or(&[])
    }

    /// Platform applications and endpoints, for the page.
    pub fn push(&self) -> &Push {
        &self.push
    }
}

/// CreateSMSSandboxPhoneNumber's languages (the API model's enum).
const LANGUAGE_CODES: [&str; 13] = [
    "en-US", "en-GB", "es-419", "es-ES", "de-DE", "fr-CA", "fr-FR", "it-IT", "ja-JP", "pt-BR",
    "kr-KR", "zh-CN", "zh-TW",
];

fn sandbox_number_not_found() -> AwsError {
    // The code and status are the API model's; the wording is ours.
    AwsError::client(
        "ResourceNotFound",
        "The phone number is not in the account's SMS sandbox",
    )
    .with_status(404)
}

/// A listing's MaxResults, between 1 and `max` (the page size without it).
fn max_results(input: &Value, max: usize) -> AwsResult<usize> {
    match input.get("MaxResults").and_then(Value::as_u64) {
        None => Ok(max),
        Some(n) if (1..=max as u64).contains(&n) => Ok(n as usize),
        Some(n) => Err(AwsError::client(
            "ValidationException",
            format!("1 validation error detected: Value '{n}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and {max}"),
        )),
    }
}

/// A required map parameter (Attributes): missing is the model's validation
/// error, as for any required member.
fn required_map(input: &Value, name: &str) -> AwsResult<BTreeMap<String, String>> {
    if input.get(name).is_none() {
        required(input, name)?;
    }
    string_map(input, name)
}

/// A phone number parameter in E.164 form. AWS's error names it
/// `PhoneNumber`, whatever the parameter's own spelling.
fn phone_number<'a>(input: &'a Value, field: &str) -> AwsResult<&'a str> {
    let n = required(input, field)?;
    if !delivery::e164_ok(n) {
        return Err(invalid(
            "Invalid parameter: PhoneNumber Reason: input incorrectly formatted",
        ));
    }
    Ok(n)
}

/// Applications and endpoints have no resource policy: only their owner may
/// call on them (another account gets SNS's AuthorizationError).
fn check_owner(caller: &Caller, operation: &str, input: &Value) -> AwsResult<()> {
    for field in ["PlatformApplicationArn", "EndpointArn"] {
        if let Some(arn) = input_str(input, field) {
            owned_by(caller, operation, arn)?;
        }
    }
    Ok(())
}

/// The check of `check_owner` for one ARN.
pub(super) fn owned_by(caller: &Caller, operation: &str, arn: &str) -> AwsResult<()> {
    let account = arn.split(':').nth(4).unwrap_or("");
    if account == caller.account_id {
        return Ok(());
    }
    Err(AwsError::client(
        "AuthorizationError",
        format!(
            "User: arn:aws:iam::{}:root is not authorized to perform: SNS:{operation} on resource: {arn} because no resource-based policy allows the SNS:{operation} action",
            caller.account_id
        ),
    )
    .with_status(403))
}

/// A device token as AWS takes it (its wording).
fn check_token(platform: &str, token: &str) -> AwsResult<()> {
    let bad = |why: &str| {
        Err(invalid(format!(
            "Invalid parameter: Attributes Reason: Invalid value for attribute: Token: {why}"
        )))
    };
    if token.is_empty() {
        return bad("cannot be empty");
    }
    if token.len() > TOKEN_MAX {
        return Err(invalid(format!(
            "Invalid parameter: Token Reason: must be at most {TOKEN_MAX} bytes long in UTF-8 encoding"
        )));
    }
    if is_apple(platform)
        && (token.len() > APPLE_TOKEN_MAX || !token.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        return bad("iOS device tokens must be no more than 400 hexadecimal characters");
    }
    Ok(())
}

fn check_app_attributes(attributes: &BTreeMap<String, String>) -> AwsResult<()> {
    for (k, v) in attributes {
        if EVENT_ATTRIBUTES.contains(&k.as_str()) && !v.is_empty() {
            return Err(AwsError::not_emulated(format!(
                "platform application event notifications ({k})"
            )));
        }
        if !APP_ATTRIBUTES.contains(&k.as_str()) {
            return Err(invalid(format!(
                "Invalid parameter: Attributes Reason: Invalid attribute name: {k}"
            )));
        }
        let ok = match k.as_str() {
            "Enabled" => matches!(v.as_str(), "true" | "false"),
            "SuccessFeedbackSampleRate" => v.parse::<u8>().is_ok_and(|n| n <= 100),
            "EventEndpointCreated"
            | "EventEndpointDeleted"
            | "EventEndpointUpdated"
            | "EventDeliveryFailure"
            | "SuccessFeedbackRoleArn"
            | "FailureFeedbackRoleArn" => v.is_empty() || v.starts_with("arn:"),
            _ => true,
        };
        if !ok {
            return Err(invalid(format!(
                "Invalid parameter: Attributes Reason: {k}: {v:?} is not valid"
            )));
        }
    }
    Ok(())
}

fn check_endpoint_attributes(attributes: &BTreeMap<String, String>) -> AwsResult<()> {
    for (k, v) in attributes {
        if !ENDPOINT_ATTRIBUTES.contains(&k.as_str()) {
            return Err(invalid(format!(
                "Invalid parameter: Attributes Reason: Invalid attribute name: {k}"
            )));
        }
        if k == "Enabled" && !matches!(v.as_str(), "true" | "false") {
            return Err(invalid(format!(
                "Invalid parameter: Attributes Reason: Enabled: {v:?} is not valid"
            )));
        }
    }
    Ok(())
}

fn check_custom_user_data(attributes: &BTreeMap<String, String>) -> AwsResult<()> {
    if attributes
        .get("CustomUserData")
        .is_some_and(|d| d.len() > CUSTOM_USER_DATA_MAX)
    {
        // AWS's wording.
        return Err(invalid(format!(
            "Invalid parameter: Attributes Reason: Invalid value for attribute: CustomUserData: must be at most {CUSTOM_USER_DATA_MAX} bytes long in UTF-8 encoding"
        )));
    }
    Ok(())
}
