//! Fuzz target: any text as an SNS filter policy, in both scopes. Parsing must
//! answer with a policy or AWS's InvalidParameter error, never panic; a policy
//! that parses must evaluate (plain and compiled) on a message without panicking,
//! and the two evaluations must agree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use switchyard::sns::filter::{self, CompiledMatcher, FilterPolicyScope, MessageView};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for scope in [FilterPolicyScope::MessageAttributes, FilterPolicyScope::MessageBody] {
        match filter::parse_policy(text, scope) {
            Err(e) => {
                let err = e.to_aws_error(true);
                assert_eq!(err.code, "InvalidParameter");
            }
            Ok(policy) => {
                let msg = MessageView::new(r#"{"status":"placed","price":12.5,"tags":["a","b"],"ip":"10.0.0.7","nested":{"k":"v"}}"#)
                    .with_attribute("status", "String", "placed")
                    .with_attribute("price", "Number", "12.5")
                    .with_attribute("tags", "String.Array", r#"["a","b"]"#);
                let plain = filter::matches(&policy, &msg).is_match();
                let compiled = CompiledMatcher::from_policies([(1, Some(policy))]).matching(&msg) == vec![1];
                assert_eq!(plain, compiled, "plain and compiled evaluation disagree on {text}");
            }
        }
    }
});
