//! Publishing by an AWS service principal (an S3 event notification): the
//! topic's access policy must allow the service (`SNS:Publish` for, say,
//! `s3.amazonaws.com`, usually with `aws:SourceArn` / `aws:SourceAccount`
//! conditions naming the bucket and its owner), as on AWS; then the message goes
//! through the normal publish path, so filter policies, fan-out and deliveries
//! happen as for any Publish (the world then carries the deliveries).

use super::Sns;
use crate::error::{AwsError, AwsResult};
use crate::iam::policy;
use crate::sim::Sim;
use crate::sqs::ServiceSender;
use serde_json::{json, Value};

impl Sns {
    /// Publishes `message` (with an optional `subject`) to `topic_arn` on behalf
    /// of the service `from`; returns the MessageId. Refused with SNS's
    /// `AuthorizationError` when the topic policy does not allow the service, and
    /// `NotFound` when the topic does not exist.
    pub fn publish_from_service(
        &mut self,
        sim: &mut Sim,
        topic_arn: &str,
        from: &ServiceSender,
        subject: Option<&str>,
        message: &str,
    ) -> AwsResult<String> {
        let tid = self.topic_by_arn(topic_arn)?;
        let topic = &self.topics[&tid];
        let decision = match topic.attributes.get("Policy") {
            Some(text) => match serde_json::from_str::<Value>(text) {
                Ok(doc) => policy::evaluate_value(
                    &doc,
                    &policy::AccessRequest {
                        principal: policy::Principal::Service(from.service),
                        action: "SNS:Publish",
                        resource: &topic.arn,
                        source_arn: from.source_arn,
                        source_account: from.source_account,
                    },
                ),
                Err(_) => policy::Decision::ImplicitDeny,
            },
            None => policy::Decision::ImplicitDeny,
        };
        if decision != policy::Decision::Allow {
            return Err(AwsError::client(
                "AuthorizationError",
                format!(
                    "User: {} is not authorized to perform: SNS:Publish on resource: {}",
                    from.service, topic.arn
                ),
            )
            .with_status(403));
        }
        let mut input = json!({ "TopicArn": topic_arn, "Message": message });
        if let Some(s) = subject {
            input["Subject"] = json!(s);
        }
        let prepared = self.prepare(tid, &input)?;
        let out = self.commit(sim, tid, prepared);
        Ok(out
            .get("MessageId")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string())
    }
}
