//! CreateQueue: name rules, the FIFO type, attribute validation, and AWS's
//! idempotency: creating an existing queue with the same attributes returns its
//! URL; with a different value for any attribute given, QueueAlreadyExists.
//! A name deleted less than 60 seconds ago cannot be reused yet.

use super::super::errors;
use super::super::limits::*;
use super::super::queue::{Queue, QueueAttributes, QueueSeries};
use super::super::types::*;
use super::super::{Sqs, SqsEvent};
use super::attributes::{boolean, config_value, Target};
use super::tags::validate_tags;
use crate::error::AwsResult;
use crate::sim::metrics::MetricKey;
use crate::sim::Sim;
use crate::world::Caller;

fn name_chars_ok(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Checks a queue name for a queue of the given type.
pub fn validate_queue_name(name: &str, fifo: bool) -> AwsResult<()> {
    if fifo {
        let ok = name.len() <= QUEUE_NAME_MAX_CHARS
            && name.strip_suffix(".fifo").is_some_and(name_chars_ok);
        if !ok {
            return Err(errors::invalid_parameter_value(
                "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.",
            ));
        }
    } else if name.len() > QUEUE_NAME_MAX_CHARS || !name_chars_ok(name) {
        return Err(errors::invalid_parameter_value(
            "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length",
        ));
    }
    Ok(())
}

impl Sqs {
    /// CreateQueue. Queues live in the caller's account and Region.
    pub fn create_queue(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: CreateQueueInput,
    ) -> AwsResult<CreateQueueOutput> {
        self.enter(sim);
        let name = input.queue_name;
        let attrs = input.attributes.unwrap_or_default();
        let fifo = match attrs.get("FifoQueue") {
            None => false,
            Some(v) => boolean("FifoQueue", v)?,
        };
        validate_queue_name(&name, fifo)?;
        let (account, region) = (caller.account_id.clone(), caller.region.clone());
        let arn = format!("arn:aws:sqs:{region}:{account}:{name}");
        let target = Target {
            fifo,
            account_id: &account,
            region: &region,
            arn: &arn,
            creating: true,
        };
        let wanted = self.apply_attributes(&QueueAttributes::default(), &target, &attrs)?;
        if let Some(tags) = &input.tags {
            validate_tags(tags, &name, 0)?;
        }
        if let Some(id) = self.lookup(&account, &region, &name) {
            let q = self.queue(id);
            for key in attrs.keys() {
                let same = if key == "FifoQueue" {
                    q.fifo == fifo
                } else if key == "KmsDataKeyReusePeriodSeconds" {
                    q.attributes.kms_reuse_s == wanted.kms_reuse_s
                } else {
                    config_value(&q.attributes, q.fifo, key) == config_value(&wanted, fifo, key)
                };
                if !same {
                    return Err(errors::queue_already_exists(key));
                }
            }
            return Ok(CreateQueueOutput {
                queue_url: q.url.clone(),
            });
        }
        let now = sim.now.as_ms();
        if let Some(deleted) = self
            .deleted_names
            .get(&account)
            .and_then(|r| r.get(&region))
            .and_then(|n| n.get(&name))
        {
            if now < deleted + QUEUE_RECREATE_WAIT_MS {
                return Err(errors::queue_deleted_recently());
            }
        }
        if let Some(n) = self
            .deleted_names
            .get_mut(&account)
            .and_then(|r| r.get_mut(&region))
        {
            n.remove(&name);
        }

        let series = {
            let mut key = |metric: &str| {
                sim.metrics.series(MetricKey {
                    account_id: account.clone(),
                    region: region.clone(),
                    namespace: "AWS/SQS".into(),
                    name: metric.into(),
                    dimensions: vec![("QueueName".into(), name.clone())],
                })
            };
            QueueSeries {
                sent: key("NumberOfMessagesSent"),
                received: key("NumberOfMessagesReceived"),
                deleted: key("NumberOfMessagesDeleted"),
                empty_receives: key("NumberOfEmptyReceives"),
                sent_size: key("SentMessageSize"),
            }
        };
        let id = self.next_queue;
        self.next_queue += 1;
        let mut q = Queue::new(
            id,
            name.clone(),
            account.clone(),
            region.clone(),
            fifo,
            wanted,
            now,
            self.settings.short_poll_servers,
            series,
        );
        q.tags = input.tags.unwrap_or_default();
        let url = q.url.clone();
        self.queues.insert(id, q);
        self.names
            .entry(account)
            .or_default()
            .entry(region)
            .or_default()
            .insert(name, id);
        Self::record(sim, SqsEvent::QueueCreated { queue: id });
        Ok(CreateQueueOutput { queue_url: url })
    }
}
