//! One queue: its attributes, its messages and the indexes that keep every
//! operation O(1) or O(log n) at a million messages.
//!
//! Messages live in a slab (`slots`, a `Vec` with a free list); a slot number
//! plus the message's internal id names a message for as long as it lives, and
//! receipt handles carry both. Each message is in exactly one state, and the
//! state decides which index holds it:
//!
//! - `Visible`: standard queues keep one ordered set per simulated server
//!   (`visible[server]`, by internal id, so the oldest comes first); FIFO queues
//!   keep each message group as a deque in send order and an ordered set of the
//!   groups that can be received from now (`ready`: those whose first message
//!   is visible, in the order those messages became visible).
//! - `InFlight`: `inflight` ordered by visibility deadline.
//! - `Delayed`: `delayed` ordered by the time the delay ends.
//!
//! Every message is also in `age`, ordered by the time its retention period
//! counts from, so expiry only ever looks at the front. Counts per state are kept
//! as the states change. **Invariant:** `check` recomputes all of this from the
//! slab and must agree with the indexes and counts.
//!
//! All timing uses virtual milliseconds (`SimTime` values as `u64`).

use super::digest::AttrValue;
use super::ordindex::OrdIndex;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::sync::Arc;

/// `Message::group` of a message outside any FIFO group.
pub const NO_GROUP: u32 = u32::MAX;
/// `Message::first_receive_ms` of a message never received.
pub const NEVER: u64 = u64::MAX;

/// Where a message is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MessageState {
    /// Available to receive.
    Visible,
    /// Received and hidden until its visibility deadline.
    InFlight,
    /// Sent with a delay that has not ended.
    Delayed,
}

/// The rarely used parts of a message, behind a pointer so a plain message
/// stays small. Shared (`Arc`) by the copies of one message a service sends to
/// many queues (a topic fanning out): a copy that needs its own (a FIFO
/// sequence number, a dead-letter source) gets one (`Arc::make_mut`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MessageExtra {
    /// Message attributes by name: (DataType, value).
    pub attributes: BTreeMap<String, (String, AttrValue)>,
    pub md5_attributes: Option<[u8; 16]>,
    /// The `AWSTraceHeader` system attribute.
    pub trace_header: Option<String>,
    pub md5_system_attributes: Option<[u8; 16]>,
    pub group_id: Option<String>,
    pub deduplication_id: Option<String>,
    /// FIFO `SequenceNumber`, a decimal string.
    pub sequence_number: Option<String>,
    /// The queue a dead-lettered message came from (`DeadLetterQueueSourceArn`).
    pub dead_letter_source_arn: Option<String>,
    /// `SenderId` when the sender is not the queue's own account.
    pub sender_id: Option<String>,
}

/// A message's body: its own (a plain send keeps the request's string, no
/// copy), or shared by the copies of one message a topic fanned out to many
/// queues. Saved as a plain string (and restored as its own).
#[derive(Clone, PartialEq, Eq)]
pub enum Body {
    Own(Box<str>),
    Shared(Arc<str>),
}

impl std::ops::Deref for Body {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Body::Own(s) => s,
            Body::Shared(s) => s,
        }
    }
}

impl std::fmt::Debug for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl Serialize for Body {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

impl<'de> Deserialize<'de> for Body {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Body::Own(String::deserialize(d)?.into_boxed_str()))
    }
}

/// A message in a queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    /// Internal id, unique across the engine for the world's life; journal
    /// events name messages by it. Increases with send time.
    pub id: u64,
    /// AWS's MessageId (a UUID) as bytes.
    pub message_id: [u8; 16],
    pub body: Body,
    pub md5_body: [u8; 16],
    /// When it was sent (`SentTimestamp`), virtual ms.
    pub sent_ms: u64,
    /// What its retention period counts from: the send time, except after a
    /// move into a FIFO dead-letter queue, which resets it (AWS docs).
    pub retention_base_ms: u64,
    pub first_receive_ms: u64,
    pub last_receive_ms: u64,
    /// Delayed: when the delay ends. In flight: the visibility deadline.
    /// Visible, in a FIFO queue: its place in the order the queue's messages
    /// became visible (sent, delay ended, visibility timeout ended or set to
    /// 0, moved in; `Queue::visible_order`), which orders the groups; 0 in a
    /// standard queue.
    pub due_ms: u64,
    /// Serial of the latest receive; the receipt handle carries it.
    pub receipt_serial: u64,
    pub receive_count: u32,
    /// FIFO group slot in `Queue::groups`, or `NO_GROUP`.
    pub group: u32,
    pub state: MessageState,
    /// Simulated server holding it (standard queues' short-poll sampling).
    pub server: u8,
    /// Size counted against MaximumMessageSize (body plus attributes).
    pub size: u32,
    pub extra: Option<Arc<MessageExtra>>,
}

impl Message {
    pub fn extra(&self) -> Option<&MessageExtra> {
        self.extra.as_deref()
    }
    pub fn group_id(&self) -> Option<&str> {
        self.extra().and_then(|e| e.group_id.as_deref())
    }
}

/// A parsed RedrivePolicy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedrivePolicy {
    pub dead_letter_target_arn: String,
    pub max_receive_count: u32,
}

impl RedrivePolicy {
    /// The JSON AWS returns for the attribute.
    pub fn to_json(&self) -> String {
        serde_json::json!({
            "deadLetterTargetArn": self.dead_letter_target_arn,
            "maxReceiveCount": self.max_receive_count,
        })
        .to_string()
    }
}

/// A parsed RedriveAllowPolicy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RedriveAllow {
    AllowAll,
    DenyAll,
    ByQueue(Vec<String>),
}

impl RedriveAllow {
    pub fn to_json(&self) -> String {
        match self {
            RedriveAllow::AllowAll => r#"{"redrivePermission":"allowAll"}"#.to_string(),
            RedriveAllow::DenyAll => r#"{"redrivePermission":"denyAll"}"#.to_string(),
            RedriveAllow::ByQueue(arns) => serde_json::json!({
                "redrivePermission": "byQueue",
                "sourceQueueArns": arns,
            })
            .to_string(),
        }
    }
}

/// The settable attributes of a queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueAttributes {
    pub visibility_timeout_s: i64,
    pub delay_s: i64,
    pub maximum_message_size: i64,
    pub retention_s: i64,
    pub receive_wait_s: i64,
    /// Shared with the parsed-policy cache (`Sqs::policy_cache`), which knows
    /// it is still current when it holds the same allocation.
    pub policy: Option<Arc<str>>,
    pub redrive_policy: Option<RedrivePolicy>,
    pub redrive_allow: Option<RedriveAllow>,
    pub kms_master_key_id: Option<String>,
    pub kms_reuse_s: i64,
    pub sqs_managed_sse: bool,
    pub content_based_deduplication: bool,
    /// DeduplicationScope = messageGroup.
    pub dedup_per_group: bool,
    /// FifoThroughputLimit = perMessageGroupId.
    pub throughput_per_group: bool,
}

impl Default for QueueAttributes {
    fn default() -> Self {
        use super::limits::*;
        QueueAttributes {
            visibility_timeout_s: VISIBILITY_TIMEOUT_DEFAULT_S,
            delay_s: 0,
            maximum_message_size: MAX_MESSAGE_SIZE_DEFAULT,
            retention_s: RETENTION_DEFAULT_S,
            receive_wait_s: 0,
            policy: None,
            redrive_policy: None,
            redrive_allow: None,
            kms_master_key_id: None,
            kms_reuse_s: KMS_REUSE_DEFAULT_S,
            // SSE-SQS has been on by default for new queues since 2022.
            sqs_managed_sse: true,
            content_based_deduplication: false,
            dedup_per_group: false,
            throughput_per_group: false,
        }
    }
}

/// A FIFO message group.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub name: String,
    /// (slot, internal id) in send order; entries of messages that have left
    /// the queue are skipped and dropped lazily.
    pub pending: VecDeque<(u32, u64)>,
    /// Live messages of the group in this queue.
    pub live: u32,
    /// Of those, in flight.
    pub inflight: u32,
    /// Its key in `ready` while it can be received from: (its first
    /// message's place in the order messages became visible, its id).
    pub ready_key: Option<(u64, u64)>,
}

/// A FIFO deduplication record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DedupRecord {
    pub expires_ms: u64,
    pub message_id: [u8; 16],
    pub internal_id: u64,
    pub sequence_number: Option<String>,
}

/// A FIFO receive remembered under its ReceiveRequestAttemptId.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiveAttempt {
    pub at_ms: u64,
    /// (slot, internal id, receipt serial) of each message returned.
    pub messages: Vec<(u32, u64, u64)>,
}

/// CloudWatch series of a queue (AWS/SQS, dimension QueueName).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueSeries {
    pub sent: crate::sim::metrics::SeriesId,
    pub received: crate::sim::metrics::SeriesId,
    pub deleted: crate::sim::metrics::SeriesId,
    pub empty_receives: crate::sim::metrics::SeriesId,
    pub sent_size: crate::sim::metrics::SeriesId,
}

/// One queue.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Queue {
    pub id: u32,
    pub name: String,
    pub account_id: String,
    pub region: String,
    pub arn: String,
    pub url: String,
    pub fifo: bool,
    pub attributes: QueueAttributes,
    pub created_ms: u64,
    pub last_modified_ms: u64,
    pub tags: BTreeMap<String, String>,
    pub series: QueueSeries,

    slots: Vec<Option<Message>>,
    free: Vec<u32>,
    /// Standard queues: visible messages per server, (internal id, slot).
    visible: Vec<OrdIndex>,
    /// (visibility deadline ms, slot)
    inflight: OrdIndex,
    /// (delay end ms, slot)
    delayed: OrdIndex,
    /// (retention base ms, slot)
    age: OrdIndex,
    pub n_visible: u64,
    pub n_inflight: u64,
    pub n_delayed: u64,

    /// FIFO groups (a slab) and their index by name.
    groups: Vec<Option<Group>>,
    free_groups: Vec<u32>,
    group_by_name: BTreeMap<String, u32>,
    /// Groups that can be received from now: (the first message's place in
    /// the order messages became visible, its id, group slot).
    ready: BTreeSet<(u64, u64, u32)>,
    /// FIFO: how many times a message has become visible (the next place).
    #[serde(default)]
    visible_order: u64,

    pub dedup: BTreeMap<String, DedupRecord>,
    pub dedup_order: VecDeque<(u64, String)>,
    pub attempts: BTreeMap<String, ReceiveAttempt>,
    pub attempt_order: VecDeque<(u64, String)>,
    /// Next FIFO sequence number.
    pub next_sequence: u64,

    pub last_purge_ms: Option<u64>,
    /// FIFO request-rate buckets (SendMessage, ReceiveMessage, DeleteMessage).
    #[serde(default)]
    pub throttle: [RateBucket; 3],
    /// When this queue's wake timer is due, if one is pending.
    pub wake_at: Option<u64>,
    /// Parked long polls, oldest first.
    pub waiters: VecDeque<u64>,
}

impl Queue {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: u32,
        name: String,
        account_id: String,
        region: String,
        fifo: bool,
        attributes: QueueAttributes,
        now_ms: u64,
        servers: u8,
        series: QueueSeries,
    ) -> Queue {
        let arn = format!("arn:aws:sqs:{region}:{account_id}:{name}");
        let url = format!("https://sqs.{region}.amazonaws.com/{account_id}/{name}");
        // At most 32 servers: a short poll's sample is a 32-bit mask.
        let servers = if fifo { 1 } else { servers.clamp(1, 32) };
        Queue {
            id,
            name,
            account_id,
            region,
            arn,
            url,
            fifo,
            attributes,
            created_ms: now_ms,
            last_modified_ms: now_ms,
            tags: BTreeMap::new(),
            series,
            slots: Vec::new(),
            free: Vec::new(),
            visible: vec![OrdIndex::new(); servers as usize],
            inflight: OrdIndex::new(),
            delayed: OrdIndex::new(),
            age: OrdIndex::new(),
            n_visible: 0,
            n_inflight: 0,
            n_delayed: 0,
            groups: Vec::new(),
            free_groups: Vec::new(),
            group_by_name: BTreeMap::new(),
            ready: BTreeSet::new(),
            visible_order: 0,
            dedup: BTreeMap::new(),
            dedup_order: VecDeque::new(),
            attempts: BTreeMap::new(),
            attempt_order: VecDeque::new(),
            next_sequence: 0,
            last_purge_ms: None,
            throttle: Default::default(),
            wake_at: None,
            waiters: VecDeque::new(),
        }
    }

    /// Simulated servers (1 for FIFO queues).
    pub fn servers(&self) -> u8 {
        self.visible.len() as u8
    }

    /// Messages in the queue in any state.
    pub fn len(&self) -> u64 {
        self.n_visible + self.n_inflight + self.n_delayed
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The message in `slot` if it is the one with internal id `id`.
    pub fn get(&self, slot: u32, id: u64) -> Option<&Message> {
        self.slots
            .get(slot as usize)
            .and_then(Option::as_ref)
            .filter(|m| m.id == id)
    }

    pub fn get_mut(&mut self, slot: u32, id: u64) -> Option<&mut Message> {
        self.slots
            .get_mut(slot as usize)
            .and_then(Option::as_mut)
            .filter(|m| m.id == id)
    }

    /// The message in `slot` (which must hold one).
    pub fn at(&self, slot: u32) -> &Message {
        self.slots[slot as usize]
            .as_ref()
            .expect("slot holds a message")
    }

    fn at_mut(&mut self, slot: u32) -> &mut Message {
        self.slots[slot as usize]
            .as_mut()
            .expect("slot holds a message")
    }

    /// Messages in retention order (oldest first), for views.
    pub fn iter_by_age(&self) -> impl Iterator<Item = (u32, &Message)> + '_ {
        self.age.iter().map(move |&(_, slot)| (slot, self.at(slot)))
    }

    /// Starts loading what `insert` reads first: the fields it uses
    /// (`util::prefetch`; a settle of thousands of queues asks a few queues
    /// ahead, so that each is in cache when its turn comes). Then
    /// `prefetch_buffers`, then `prefetch_inner`.
    pub fn prefetch_fields(&self) {
        use crate::util::prefetch;
        prefetch(&self.slots);
        prefetch(&self.free);
        prefetch(&self.visible);
        prefetch(&self.age);
        prefetch(&self.n_visible);
        prefetch(&self.series);
    }

    /// The buffers `insert` writes at their ends (the fields loaded).
    pub fn prefetch_buffers(&self) {
        use crate::util::prefetch;
        prefetch(
            self.free
                .as_ptr()
                .wrapping_add(self.free.len().saturating_sub(1)),
        );
        prefetch(self.slots.as_ptr().wrapping_add(self.slots.len()));
        prefetch(self.visible.as_ptr());
    }

    /// The slots the next `n` inserts take (at most 16 asked for) and the
    /// index ends they write (the buffers loaded).
    pub fn prefetch_inner(&self, n: usize) {
        use crate::util::prefetch;
        let n = n.min(16);
        let reused = self.free.len().min(n);
        let slot_lines = |p: *const Option<Message>| {
            prefetch(p);
            prefetch(
                p.cast::<u8>()
                    .wrapping_add(std::mem::size_of::<Option<Message>>() - 1),
            );
        };
        for &slot in self.free[self.free.len() - reused..].iter().rev() {
            slot_lines(self.slots.as_ptr().wrapping_add(slot as usize));
        }
        for k in 0..n - reused {
            slot_lines(self.slots.as_ptr().wrapping_add(self.slots.len() + k));
        }
        let servers = self.visible.len().max(1);
        for v in &self.visible {
            v.prefetch_end(n.div_ceil(servers));
        }
        self.age.prefetch_end(n);
    }

    /// Adds `msg` (state `Visible` or `Delayed`) and returns its slot.
    pub fn insert(&mut self, mut msg: Message) -> u32 {
        assert!(
            msg.state != MessageState::InFlight,
            "messages arrive visible or delayed"
        );
        if self.fifo {
            let name = msg
                .group_id()
                .expect("FIFO messages have a group")
                .to_string();
            msg.group = self.group_slot(name);
            if msg.state == MessageState::Visible {
                msg.due_ms = self.next_visible_order();
            }
        } else {
            msg.group = NO_GROUP;
            let servers = u64::from(self.servers());
            // The same server as `%` gives; a mask when the count is a power
            // of two (the default 4), which spares a division per message.
            let h = mix(msg.id);
            msg.server = if servers.is_power_of_two() {
                (h & (servers - 1)) as u8
            } else {
                (h % servers) as u8
            };
        }
        let slot = match self.free.pop() {
            Some(s) => s,
            None => {
                self.slots.push(None);
                (self.slots.len() - 1) as u32
            }
        };
        let (id, state, due, base, group) = (
            msg.id,
            msg.state,
            msg.due_ms,
            msg.retention_base_ms,
            msg.group,
        );
        self.slots[slot as usize] = Some(msg);
        self.age.insert((base, slot));
        match state {
            MessageState::Visible => {
                self.n_visible += 1;
                if !self.fifo {
                    let server = self.at(slot).server as usize;
                    self.visible[server].insert((id, slot));
                }
            }
            MessageState::Delayed => {
                self.n_delayed += 1;
                self.delayed.insert((due, slot));
            }
            MessageState::InFlight => unreachable!(),
        }
        if group != NO_GROUP {
            let g = self.group_mut(group);
            g.pending.push_back((slot, id));
            g.live += 1;
            self.refresh_group(group);
        }
        slot
    }

    fn group_slot(&mut self, name: String) -> u32 {
        if let Some(&g) = self.group_by_name.get(&name) {
            return g;
        }
        let group = Group {
            name: name.clone(),
            ..Group::default()
        };
        let g = match self.free_groups.pop() {
            Some(g) => {
                self.groups[g as usize] = Some(group);
                g
            }
            None => {
                self.groups.push(Some(group));
                (self.groups.len() - 1) as u32
            }
        };
        self.group_by_name.insert(name, g);
        g
    }

    fn group_mut(&mut self, g: u32) -> &mut Group {
        self.groups[g as usize].as_mut().expect("live group")
    }

    pub fn group(&self, g: u32) -> &Group {
        self.groups[g as usize].as_ref().expect("live group")
    }

    /// Takes the message out of its state's index (counts included).
    fn unindex(&mut self, slot: u32) {
        let m = self.at(slot);
        let (id, state, due, server, group) = (m.id, m.state, m.due_ms, m.server, m.group);
        match state {
            MessageState::Visible => {
                self.n_visible -= 1;
                if !self.fifo {
                    let removed = self.visible[server as usize].remove(&(id, slot));
                    debug_assert!(removed, "visible message indexed");
                }
            }
            MessageState::InFlight => {
                self.n_inflight -= 1;
                let removed = self.inflight.remove(&(due, slot));
                debug_assert!(removed, "in-flight message indexed");
                if group != NO_GROUP {
                    self.group_mut(group).inflight -= 1;
                }
            }
            MessageState::Delayed => {
                self.n_delayed -= 1;
                let removed = self.delayed.remove(&(due, slot));
                debug_assert!(removed, "delayed message indexed");
            }
        }
    }

    /// The next place in a FIFO queue's order of messages becoming visible.
    fn next_visible_order(&mut self) -> u64 {
        self.visible_order += 1;
        self.visible_order
    }

    /// Makes an in-flight or delayed message visible.
    pub fn make_visible(&mut self, slot: u32) {
        self.unindex(slot);
        let order = if self.fifo {
            self.next_visible_order()
        } else {
            0
        };
        let m = self.at_mut(slot);
        m.state = MessageState::Visible;
        m.due_ms = order;
        let (id, server, group) = (m.id, m.server, m.group);
        self.n_visible += 1;
        if !self.fifo {
            self.visible[server as usize].insert((id, slot));
        }
        if group != NO_GROUP {
            self.refresh_group(group);
        }
    }

    /// Makes a visible message in flight until `deadline_ms`. The caller refreshes
    /// the FIFO group once its batch is done (`refresh_group`).
    pub fn make_inflight(&mut self, slot: u32, deadline_ms: u64) {
        self.unindex(slot);
        let m = self.at_mut(slot);
        m.state = MessageState::InFlight;
        m.due_ms = deadline_ms;
        let group = m.group;
        self.n_inflight += 1;
        self.inflight.insert((deadline_ms, slot));
        if group != NO_GROUP {
            self.group_mut(group).inflight += 1;
        }
    }

    /// Records a receive of the message in `slot` (already made in flight):
    /// counts it, stamps the first/last receive times and the receipt serial.
    /// Returns (internal id, receive count).
    pub fn mark_received(&mut self, slot: u32, now_ms: u64, serial: u64) -> (u64, u32) {
        let m = self.at_mut(slot);
        m.receive_count += 1;
        if m.first_receive_ms == NEVER {
            m.first_receive_ms = now_ms;
        }
        m.last_receive_ms = now_ms;
        m.receipt_serial = serial;
        (m.id, m.receive_count)
    }

    /// Refreshes FIFO group `g` if it still exists (a removal may have freed it).
    pub fn refresh_group_if_live(&mut self, g: u32) {
        if self.groups.get(g as usize).is_some_and(Option::is_some) {
            self.refresh_group(g);
        }
    }

    /// Moves the visibility deadline of an in-flight message.
    pub fn set_deadline(&mut self, slot: u32, deadline_ms: u64) {
        let m = self.at_mut(slot);
        assert_eq!(m.state, MessageState::InFlight);
        let old = m.due_ms;
        m.due_ms = deadline_ms;
        self.inflight.remove(&(old, slot));
        self.inflight.insert((deadline_ms, slot));
    }

    /// Delays a visible message until `end_ms` (a FIFO queue's retroactive
    /// DelaySeconds).
    pub fn make_delayed(&mut self, slot: u32, end_ms: u64) {
        self.unindex(slot);
        let m = self.at_mut(slot);
        m.state = MessageState::Delayed;
        m.due_ms = end_ms;
        let group = m.group;
        self.n_delayed += 1;
        self.delayed.insert((end_ms, slot));
        if group != NO_GROUP {
            self.refresh_group(group);
        }
    }

    /// Moves the end of a delayed message's delay.
    pub fn set_delay_end(&mut self, slot: u32, end_ms: u64) {
        let m = self.at_mut(slot);
        assert_eq!(m.state, MessageState::Delayed);
        let old = m.due_ms;
        m.due_ms = end_ms;
        self.delayed.remove(&(old, slot));
        self.delayed.insert((end_ms, slot));
    }

    /// Removes a message from the queue and returns it.
    pub fn remove(&mut self, slot: u32) -> Message {
        self.unindex(slot);
        let msg = self.slots[slot as usize]
            .take()
            .expect("slot holds a message");
        self.free.push(slot);
        let removed = self.age.remove(&(msg.retention_base_ms, slot));
        debug_assert!(removed, "message in the age index");
        if msg.group != NO_GROUP {
            self.group_mut(msg.group).live -= 1;
            self.refresh_group(msg.group);
        }
        msg
    }

    /// Recomputes whether FIFO group `g` can be received from, drops the entries
    /// of departed messages from its front, and frees it when it is empty.
    pub fn refresh_group(&mut self, g: u32) {
        loop {
            let front = self.group(g).pending.front().copied();
            match front {
                Some((slot, id)) if self.get(slot, id).is_none() => {
                    self.group_mut(g).pending.pop_front();
                }
                _ => break,
            }
        }
        let group = self.group(g);
        let want = if group.live == 0 {
            None
        } else {
            group.pending.front().and_then(|&(slot, id)| {
                let m = self.at(slot);
                (m.state == MessageState::Visible).then_some((m.due_ms, id))
            })
        };
        let old = group.ready_key;
        if old != want {
            if let Some((since, id)) = old {
                self.ready.remove(&(since, id, g));
            }
            if let Some((since, id)) = want {
                self.ready.insert((since, id, g));
            }
            self.group_mut(g).ready_key = want;
        }
        if self.group(g).live == 0 {
            let group = self.groups[g as usize].take().expect("live group");
            self.group_by_name.remove(&group.name);
            self.free_groups.push(g);
        }
    }

    /// Whether a receive could return something now.
    /// FIFO: how many message groups have a message in flight.
    pub fn groups_in_flight(&self) -> u64 {
        self.groups
            .iter()
            .flatten()
            .filter(|g| g.inflight > 0)
            .count() as u64
    }

    pub fn has_receivable(&self) -> bool {
        if self.fifo {
            !self.ready.is_empty()
        } else {
            self.n_visible > 0
        }
    }

    /// Standard queues: the oldest visible message on `server`.
    pub fn visible_head(&self, server: u8) -> Option<(u64, u32)> {
        self.visible[server as usize].first().copied()
    }

    /// Standard queues: the oldest visible message on any server.
    pub fn oldest_visible(&self) -> Option<(u64, u32)> {
        self.visible.iter().filter_map(|s| s.first().copied()).min()
    }

    /// FIFO queues: the group whose first message has been visible longest
    /// among those that can be received from.
    pub fn first_ready_group(&self) -> Option<u32> {
        self.ready.first().map(|&(_, _, g)| g)
    }

    /// FIFO queues: up to `max` visible messages from the front of group `g`, in
    /// order, stopping at the first one that is not visible.
    pub fn group_front(&self, g: u32, max: usize) -> Vec<u32> {
        let mut out = Vec::new();
        for &(slot, id) in &self.group(g).pending {
            if out.len() >= max {
                break;
            }
            match self.get(slot, id) {
                None => continue,
                Some(m) if m.state == MessageState::Visible => out.push(slot),
                Some(_) => break,
            }
        }
        out
    }

    /// The earliest in-flight deadline, delay end and retention base.
    pub fn next_inflight(&self) -> Option<(u64, u32)> {
        self.inflight.first().copied()
    }
    pub fn next_delayed(&self) -> Option<(u64, u32)> {
        self.delayed.first().copied()
    }
    pub fn oldest(&self) -> Option<(u64, u32)> {
        self.age.first().copied()
    }

    /// Delayed messages as (delay end, slot), for a retroactive delay change.
    pub fn delayed_slots(&self) -> Vec<(u64, u32)> {
        self.delayed.iter().copied().collect()
    }

    /// Every slot that holds a message (purge, delete-queue).
    pub fn all_slots(&self) -> Vec<u32> {
        self.age.iter().map(|&(_, s)| s).collect()
    }

    /// When the next timed change (visibility expiry, delay end, retention
    /// expiry) is due.
    pub fn next_due_ms(&self) -> Option<u64> {
        let retention_ms = (self.attributes.retention_s as u64).saturating_mul(1000);
        [
            self.inflight.first().map(|&(t, _)| t),
            self.delayed.first().map(|&(t, _)| t),
            self.age
                .first()
                .map(|&(t, _)| t.saturating_add(retention_ms)),
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// Recomputes every index and count from the slab and panics with a
    /// description if they disagree.
    pub fn check(&self) {
        let name = &self.name;
        let (mut vis, mut inf, mut del) = (0u64, 0u64, 0u64);
        let mut live = 0usize;
        for (i, m) in self.slots.iter().enumerate() {
            let Some(m) = m else { continue };
            let slot = i as u32;
            live += 1;
            assert!(
                self.age.contains(&(m.retention_base_ms, slot)),
                "queue {name}: message {} missing from the age index",
                m.id
            );
            match m.state {
                MessageState::Visible => {
                    vis += 1;
                    if !self.fifo {
                        assert!(
                            self.visible[m.server as usize].contains(&(m.id, slot)),
                            "queue {name}: visible message {} not indexed",
                            m.id
                        );
                    }
                }
                MessageState::InFlight => {
                    inf += 1;
                    assert!(
                        self.inflight.contains(&(m.due_ms, slot)),
                        "queue {name}: in-flight message {} not indexed by deadline",
                        m.id
                    );
                    assert!(
                        m.receive_count > 0,
                        "queue {name}: in-flight message never received"
                    );
                }
                MessageState::Delayed => {
                    del += 1;
                    assert!(
                        self.delayed.contains(&(m.due_ms, slot)),
                        "queue {name}: delayed message {} not indexed",
                        m.id
                    );
                }
            }
            if self.fifo {
                assert!(
                    m.group != NO_GROUP,
                    "queue {name}: FIFO message without group"
                );
                let g = self.groups[m.group as usize]
                    .as_ref()
                    .unwrap_or_else(|| panic!("queue {name}: message {} in a freed group", m.id));
                assert_eq!(
                    g.name.as_str(),
                    m.group_id().unwrap_or(""),
                    "queue {name}: group name"
                );
                assert!(
                    g.pending.contains(&(slot, m.id)),
                    "queue {name}: message {} missing from its group",
                    m.id
                );
            }
        }
        assert_eq!(self.n_visible, vis, "queue {name}: visible count");
        assert_eq!(self.n_inflight, inf, "queue {name}: in-flight count");
        assert_eq!(self.n_delayed, del, "queue {name}: delayed count");
        assert_eq!(self.age.len(), live, "queue {name}: age index size");
        assert_eq!(
            self.inflight.len() as u64,
            inf,
            "queue {name}: in-flight index size"
        );
        assert_eq!(
            self.delayed.len() as u64,
            del,
            "queue {name}: delayed index size"
        );
        let indexed_visible: usize = self.visible.iter().map(OrdIndex::len).sum();
        if !self.fifo {
            assert_eq!(
                indexed_visible as u64, vis,
                "queue {name}: visible index size"
            );
        }
        assert_eq!(
            self.slots.len(),
            live + self.free.len(),
            "queue {name}: slab free list"
        );
        if self.fifo {
            let mut ready = 0;
            for (g, group) in self.groups.iter().enumerate() {
                let Some(group) = group else { continue };
                let g = g as u32;
                assert_eq!(
                    self.group_by_name.get(&group.name),
                    Some(&g),
                    "queue {name}: group index"
                );
                let members: Vec<&Message> = group
                    .pending
                    .iter()
                    .filter_map(|&(s, id)| self.get(s, id))
                    .collect();
                assert_eq!(
                    members.len() as u32,
                    group.live,
                    "queue {name}: group {} live count",
                    group.name
                );
                assert!(
                    group.live > 0,
                    "queue {name}: empty group {} kept",
                    group.name
                );
                let inflight = members
                    .iter()
                    .filter(|m| m.state == MessageState::InFlight)
                    .count();
                assert_eq!(
                    inflight as u32, group.inflight,
                    "queue {name}: group {} in-flight count",
                    group.name
                );
                let head_ready = members
                    .first()
                    .filter(|m| m.state == MessageState::Visible)
                    .map(|m| (m.due_ms, m.id));
                assert_eq!(
                    group.ready_key, head_ready,
                    "queue {name}: group {} readiness",
                    group.name
                );
                if let Some((since, id)) = group.ready_key {
                    ready += 1;
                    assert!(
                        self.ready.contains(&(since, id, g)),
                        "queue {name}: ready set"
                    );
                }
            }
            assert_eq!(self.ready.len(), ready, "queue {name}: ready set size");
            assert_eq!(
                self.group_by_name.len(),
                self.groups.iter().filter(|g| g.is_some()).count(),
                "queue {name}: group names"
            );
        }
    }
}

/// A 64-bit mixer (SplitMix64's finalizer): spreads ids over servers.
pub fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Queues by id. Ids are handed out in sequence and never reused, so a vector
/// indexed by id finds a queue in O(1) (the engine looks queues up several times
/// per message); a deleted queue leaves an empty slot of one pointer.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct QueueTable {
    slots: Vec<Option<Box<Queue>>>,
    live: usize,
}

impl QueueTable {
    pub fn get(&self, id: &u32) -> Option<&Queue> {
        self.slots.get(*id as usize).and_then(|q| q.as_deref())
    }

    pub fn get_mut(&mut self, id: &u32) -> Option<&mut Queue> {
        self.slots
            .get_mut(*id as usize)
            .and_then(|q| q.as_deref_mut())
    }

    pub fn contains_key(&self, id: &u32) -> bool {
        self.get(id).is_some()
    }

    pub fn insert(&mut self, id: u32, q: Queue) {
        let i = id as usize;
        if self.slots.len() <= i {
            self.slots.resize_with(i + 1, || None);
        }
        if self.slots[i].replace(Box::new(q)).is_none() {
            self.live += 1;
        }
    }

    pub fn remove(&mut self, id: &u32) -> Option<Queue> {
        let q = self.slots.get_mut(*id as usize)?.take()?;
        self.live -= 1;
        Some(*q)
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Live queues in id order.
    pub fn values(&self) -> impl Iterator<Item = &Queue> + '_ {
        self.slots.iter().filter_map(|q| q.as_deref())
    }
}

/// A token bucket on the virtual clock, in thousandths of a request so that the
/// arithmetic stays exact on every platform. A fresh bucket is full.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateBucket {
    /// Requests' worth of tokens spent, in thousandths, as of `last_ms`.
    pub spent_milli: u64,
    pub last_ms: u64,
}

impl RateBucket {
    /// Takes one request at `now_ms` from a bucket that refills `per_second`
    /// requests a second up to a burst of one second's worth; false when empty.
    pub fn take(&mut self, now_ms: u64, per_second: u64) -> bool {
        let refilled = now_ms
            .saturating_sub(self.last_ms)
            .saturating_mul(per_second);
        self.spent_milli = self.spent_milli.saturating_sub(refilled);
        self.last_ms = now_ms;
        if self.spent_milli + 1000 > per_second * 1000 {
            return false;
        }
        self.spent_milli += 1000;
        true
    }
}
