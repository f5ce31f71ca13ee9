//! DeleteQueue, GetQueueUrl, ListQueues and ListDeadLetterSourceQueues.
//!
//! Lists are in name order. AWS's NextToken is opaque; Switchyard's is the
//! base64 of the last name returned, so a page resumes after it even if queues
//! were created or deleted in between.

use super::super::errors;
use super::super::limits::*;
use super::super::types::*;
use super::super::{Sqs, SqsEvent};
use crate::error::AwsResult;
use crate::sim::Sim;
use crate::world::{CallId, Caller};

fn page_size(max_results: Option<i64>) -> AwsResult<Option<usize>> {
    match max_results {
        None => Ok(None),
        Some(v) if (1..=LIST_MAX_RESULTS).contains(&v) => Ok(Some(v as usize)),
        // AWS's text for this case was not found; the form is AWS's usual one.
        Some(v) => Err(errors::invalid_value(
            v,
            "MaxResults",
            "MaxResults must be an integer between 1 and 1000.",
        )),
    }
}

fn decode_token(token: &Option<String>) -> AwsResult<Option<String>> {
    match token {
        None => Ok(None),
        Some(t) => crate::util::b64_decode(t)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .map(Some)
            .ok_or_else(|| errors::invalid_parameter_value("Invalid NextToken value.")),
    }
}

/// Takes one page of `names` (sorted) after `after`, of `size` (or 1000 with no
/// token when no size was asked for).
fn paginate(
    names: Vec<(String, String)>,
    after: Option<String>,
    size: Option<usize>,
) -> (Vec<String>, Option<String>) {
    let mut rest = names
        .into_iter()
        .filter(|(n, _)| after.as_ref().is_none_or(|a| n > a))
        .peekable();
    let limit = size.unwrap_or(LIST_MAX_RESULTS as usize);
    let mut urls = Vec::new();
    let mut last = None;
    while urls.len() < limit {
        let Some((name, url)) = rest.next() else {
            break;
        };
        urls.push(url);
        last = Some(name);
    }
    let token = match (size, rest.peek(), last) {
        (Some(_), Some(_), Some(last)) => Some(crate::util::b64_encode(last.as_bytes())),
        _ => None,
    };
    (urls, token)
}

impl Sqs {
    /// DeleteQueue: the queue and its messages go at once (AWS takes up to 60
    /// seconds; Switchyard makes it immediate and refuses the name for 60 seconds,
    /// as AWS does). Long polls waiting on it fail with NonExistentQueue.
    pub fn delete_queue(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: DeleteQueueInput,
    ) -> AwsResult<()> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        // Cross-account permissions don't apply to this action (AWS).
        self.authorize(caller, id, "DeleteQueue", false)?;
        let q = self.queues.remove(&id).expect("resolved");
        if let Some(n) = self
            .names
            .get_mut(&q.account_id)
            .and_then(|r| r.get_mut(&q.region))
        {
            n.remove(&q.name);
        }
        self.deleted_names
            .entry(q.account_id.clone())
            .or_default()
            .entry(q.region.clone())
            .or_default()
            .insert(q.name.clone(), sim.now.as_ms());
        let dropped = q.len();
        self.stats.dropped_with_queue += dropped;
        self.deleted_queue_names.insert(id, q.name.clone());
        for call in &q.waiters {
            self.parked.remove(call);
            Self::record(
                sim,
                SqsEvent::LongPollCompleted {
                    queue: id,
                    call: *call,
                    messages: 0,
                },
            );
            self.completed
                .push((CallId(*call), Err(errors::queue_does_not_exist())));
        }
        Self::record(
            sim,
            SqsEvent::QueueDeleted {
                queue: id,
                messages_dropped: dropped,
            },
        );
        Ok(())
    }

    /// GetQueueUrl (QueueOwnerAWSAccountId names another account's queue, which
    /// its policy must share).
    pub fn get_queue_url(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: GetQueueUrlInput,
    ) -> AwsResult<GetQueueUrlOutput> {
        self.enter(sim);
        let owner = input
            .queue_owner_aws_account_id
            .as_deref()
            .unwrap_or(&caller.account_id);
        let id = self
            .lookup(owner, &caller.region, &input.queue_name)
            .ok_or_else(errors::queue_does_not_exist)?;
        self.authorize(caller, id, "GetQueueUrl", true)?;
        Ok(GetQueueUrlOutput {
            queue_url: self.queue(id).url.clone(),
        })
    }

    /// ListQueues: the caller's queues in the caller's Region.
    pub fn list_queues(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: ListQueuesInput,
    ) -> AwsResult<ListQueuesOutput> {
        self.enter(sim);
        let size = page_size(input.max_results)?;
        let after = decode_token(&input.next_token)?;
        let prefix = input.queue_name_prefix.unwrap_or_default();
        let names: Vec<(String, String)> = self
            .names
            .get(&caller.account_id)
            .and_then(|r| r.get(&caller.region))
            .map(|m| {
                m.range(prefix.clone()..)
                    .take_while(|(n, _)| n.starts_with(&prefix))
                    .map(|(n, id)| (n.clone(), self.queue(*id).url.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let (queue_urls, next_token) = paginate(names, after, size);
        Ok(ListQueuesOutput {
            queue_urls,
            next_token,
        })
    }

    /// ListDeadLetterSourceQueues: queues of the same account and Region whose
    /// RedrivePolicy targets this queue.
    pub fn list_dead_letter_source_queues(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: ListDeadLetterSourceQueuesInput,
    ) -> AwsResult<ListDeadLetterSourceQueuesOutput> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "ListDeadLetterSourceQueues", true)?;
        let size = page_size(input.max_results)?;
        let after = decode_token(&input.next_token)?;
        let dlq = self.queue(id);
        let mut names: Vec<(String, String)> = self
            .names
            .get(&dlq.account_id)
            .and_then(|r| r.get(&dlq.region))
            .map(|m| {
                m.values()
                    .map(|sid| self.queue(*sid))
                    .filter(|s| {
                        s.attributes
                            .redrive_policy
                            .as_ref()
                            .is_some_and(|p| p.dead_letter_target_arn == dlq.arn)
                    })
                    .map(|s| (s.name.clone(), s.url.clone()))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        let (queue_urls, next_token) = paginate(names, after, size);
        Ok(ListDeadLetterSourceQueuesOutput {
            queue_urls,
            next_token,
        })
    }
}
