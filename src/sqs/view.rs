//! Read-only snapshots of the SQS engine for the page and tests: queues with
//! their counts and redrive links, and the messages of one queue. Nothing here
//! changes state; views cost O(queues) and O(limit) respectively.

use super::queue::{MessageState, NEVER};
use super::{uuid_string, MoveTaskStatus, Sqs};
use serde::{Deserialize, Serialize};

/// One queue as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueView {
    pub id: u32,
    pub name: String,
    pub url: String,
    pub arn: String,
    pub account_id: String,
    pub region: String,
    pub fifo: bool,
    /// ApproximateNumberOfMessages (exact here).
    pub visible: u64,
    /// ApproximateNumberOfMessagesNotVisible.
    pub in_flight: u64,
    /// ApproximateNumberOfMessagesDelayed.
    pub delayed: u64,
    /// The dead-letter queue its RedrivePolicy names, if that queue exists.
    pub dead_letter_target: Option<u32>,
    pub max_receive_count: Option<u32>,
    /// Queues whose RedrivePolicy names this one.
    pub dead_letter_sources: Vec<u32>,
    /// Long polls waiting on it.
    pub waiting_receives: usize,
    pub visibility_timeout_s: i64,
}

/// One message as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageView {
    /// Internal id (the one journal events use).
    pub id: u64,
    pub message_id: String,
    pub body: String,
    pub state: MessageState,
    pub receive_count: u32,
    /// In flight: the visibility deadline; delayed: when the delay ends (virtual ms).
    pub due_ms: Option<u64>,
    pub sent_ms: u64,
    pub first_receive_ms: Option<u64>,
    pub group_id: Option<String>,
}

/// A move task as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoveTaskView {
    pub id: u32,
    pub source: u32,
    pub status: MoveTaskStatus,
    pub moved: u64,
    pub to_move: u64,
}

impl Sqs {
    /// Every queue of every account and Region, by id.
    pub fn queues(&self) -> Vec<QueueView> {
        let mut sources: std::collections::BTreeMap<u32, Vec<u32>> = Default::default();
        let mut targets: std::collections::BTreeMap<u32, u32> = Default::default();
        for q in self.queues.values() {
            if let Some(p) = &q.attributes.redrive_policy {
                if let Some(t) = self.resolve_arn(&p.dead_letter_target_arn) {
                    sources.entry(t).or_default().push(q.id);
                    targets.insert(q.id, t);
                }
            }
        }
        self.queues
            .values()
            .map(|q| QueueView {
                id: q.id,
                name: q.name.clone(),
                url: q.url.clone(),
                arn: q.arn.clone(),
                account_id: q.account_id.clone(),
                region: q.region.clone(),
                fifo: q.fifo,
                visible: q.n_visible,
                in_flight: q.n_inflight,
                delayed: q.n_delayed,
                dead_letter_target: targets.get(&q.id).copied(),
                max_receive_count: q
                    .attributes
                    .redrive_policy
                    .as_ref()
                    .map(|p| p.max_receive_count),
                dead_letter_sources: sources.remove(&q.id).unwrap_or_default(),
                waiting_receives: q.waiters.len(),
                visibility_timeout_s: q.attributes.visibility_timeout_s,
            })
            .collect()
    }

    /// The queue with this id, if it exists.
    pub fn queue_view(&self, id: u32) -> Option<QueueView> {
        self.queues().into_iter().find(|q| q.id == id)
    }

    /// The queue id for an account, Region and name.
    pub fn queue_id(&self, account_id: &str, region: &str, name: &str) -> Option<u32> {
        self.lookup(account_id, region, name)
    }

    /// Up to `limit` messages of queue `id`, oldest first.
    pub fn messages(&self, id: u32, limit: usize) -> Vec<MessageView> {
        let Some(q) = self.queues.get(&id) else {
            return Vec::new();
        };
        q.iter_by_age()
            .take(limit)
            .map(|(_, m)| MessageView {
                id: m.id,
                message_id: uuid_string(&m.message_id),
                body: m.body.to_string(),
                state: m.state,
                receive_count: m.receive_count,
                due_ms: (m.state != MessageState::Visible).then_some(m.due_ms),
                sent_ms: m.sent_ms,
                first_receive_ms: (m.first_receive_ms != NEVER).then_some(m.first_receive_ms),
                group_id: m.group_id().map(str::to_string),
            })
            .collect()
    }

    /// Every move task, oldest first.
    pub fn move_tasks(&self) -> Vec<MoveTaskView> {
        self.tasks
            .iter()
            .map(|t| MoveTaskView {
                id: t.id,
                source: t.source,
                status: t.status,
                moved: t.moved,
                to_move: t.to_move,
            })
            .collect()
    }
}
