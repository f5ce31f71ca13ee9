//! The last few messages each world published, kept so the page can say why a
//! subscription's filter policy let a message through or dropped it (the
//! journal's `FilteredOut` event carries only a count, so a publish costs what
//! its matches cost).
//!
//! Bounded: at most [`RECENT_MAX`] messages, the oldest dropped first. Plain
//! serde data like the rest of the world, so a restored world explains the same
//! messages.

use super::engine::Sns;
use super::filter::{self, Decision, MessageView};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// Messages kept for explanation.
pub const RECENT_MAX: usize = 64;

/// Bodies longer than this are cut for keeping: a filter on a longer body is
/// explained from its first bytes only (the page says so).
pub const RECENT_BODY_MAX_BYTES: usize = 4_096;

/// One published message as the filter saw it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentPublish {
    pub topic: u32,
    /// The journal's message number (`SnsEvent::Published { message }`).
    pub message: u64,
    pub at_ms: u64,
    pub body: String,
    /// True when `body` was cut to [`RECENT_BODY_MAX_BYTES`].
    pub truncated: bool,
    /// (name, DataType, StringValue) of each message attribute.
    pub attributes: Vec<(String, String, String)>,
}

/// The bounded ring of recent publishes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentPublishes {
    items: VecDeque<RecentPublish>,
}

impl RecentPublishes {
    /// Keeps `p`, dropping the oldest when full.
    pub fn push(&mut self, mut p: RecentPublish) {
        if p.body.len() > RECENT_BODY_MAX_BYTES {
            let mut cut = RECENT_BODY_MAX_BYTES;
            while !p.body.is_char_boundary(cut) {
                cut -= 1;
            }
            p.body.truncate(cut);
            p.truncated = true;
        }
        if self.items.len() == RECENT_MAX {
            self.items.pop_front();
        }
        self.items.push_back(p);
    }

    /// Oldest first.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &RecentPublish> {
        self.items.iter()
    }

    /// The message numbered `message`, if still kept.
    pub fn get(&self, message: u64) -> Option<&RecentPublish> {
        self.items.iter().find(|p| p.message == message)
    }
}

impl Sns {
    /// Recent publishes, oldest first (for the page).
    pub fn recent_publishes(&self) -> impl DoubleEndedIterator<Item = &RecentPublish> {
        self.recent().iter()
    }

    /// Why recent message `message` did or did not pass `subscription`'s filter
    /// policy; `None` if the message is no longer kept, the subscription is gone
    /// or it has no filter policy (every message passes).
    pub fn explain_recent(&self, subscription: u32, message: u64) -> Option<Decision> {
        let m = self.recent().get(message)?;
        self.explain(subscription, &m.body, &m.attributes)
    }
}

/// Decides a filter policy's text against a message without any subscription:
/// the page's policy tester, for a policy still being edited. `Err` carries
/// AWS's validation message for an invalid policy.
pub fn test_policy(
    policy: &str,
    scope: filter::FilterPolicyScope,
    body: &str,
    attributes: &[(String, String, String)],
) -> Result<Decision, String> {
    let policy = filter::parse_policy(policy, scope).map_err(|e| e.to_aws_error(true).message)?;
    let view = attributes
        .iter()
        .fold(MessageView::new(body), |v, (n, t, val)| {
            v.with_attribute(n, t, val)
        });
    Ok(filter::matches(&policy, &view))
}
