//! ReceiveMessage: short and long polling, visibility, dead-letter moves.
//!
//! - A short poll (WaitTimeSeconds 0) on a standard queue samples a random
//!   subset of the queue's simulated servers (setting `short_poll_sampling`) and
//!   returns only messages held there: with few messages it may return fewer
//!   than asked, as AWS's docs describe. A sample that misses every message
//!   reaches one server holding some anyway, except for 1 % of such polls,
//!   which return none (`short_poll_empty_ppm`). A long poll queries every
//!   server and, finding nothing, parks until a message becomes available or
//!   WaitTimeSeconds runs out (then it returns `{}`).
//! - Standard queues hand out the oldest visible messages first (best effort;
//!   setting `reorder_ppm` takes some out of order). FIFO queues hand out
//!   whole groups: the group whose first message has been visible longest,
//!   as many of its messages as allowed, in order,
//!   stopping at one in flight, then the next group. A group whose first
//!   message is in flight gives nothing; one whose first message became
//!   visible again (its visibility timeout ran out or was set to 0) while later
//!   ones are still in flight gives that message, and queues behind groups
//!   never received. This is what LocalStack's AWS-validated tests record
//!   (test_fifo_message_group_visibility_after_terminate_visibility_timeout,
//!   test_fifo_receive_message_with_zero_visibility_timeout,
//!   test_fifo_message_group_visibility_after_delete).
//! - The receive that would exceed a RedrivePolicy's maxReceiveCount moves the
//!   message to the dead-letter queue instead of returning it.
//! - FIFO ReceiveRequestAttemptId: retrying within 5 minutes returns the same
//!   messages and receipt handles while none of them was deleted or changed,
//!   and resets their visibility timeout (AWS docs).
//! - In-flight limit: a standard short poll at 120,000 in-flight messages fails
//!   with OverLimit; long polls and FIFO queues return nothing (AWS's quota page).

use super::super::digest::{self, AttrValue};
use super::super::errors;
use super::super::limits::*;
use super::super::queue::{MessageState, Queue, NEVER};
use super::super::receipt::{self, Receipt};
use super::super::types::*;
use super::super::{remove_from, Parked, ReceiveParams, Sqs, SqsEvent, SqsTimer};
use crate::error::AwsResult;
use crate::sim::{Sim, Timer};
use crate::world::{CallId, Caller};
use std::collections::BTreeMap;

/// System attributes ReceiveMessage can return, in the order they are listed.
const SYSTEM_ATTRIBUTES: &[&str] = &[
    "SenderId",
    "SentTimestamp",
    "ApproximateReceiveCount",
    "ApproximateFirstReceiveTimestamp",
    "SequenceNumber",
    "MessageDeduplicationId",
    "MessageGroupId",
    "AWSTraceHeader",
    "DeadLetterQueueSourceArn",
];

fn wants(names: &[String], name: &str) -> bool {
    names.iter().any(|n| n == "All" || n == name)
}

/// Whether a message attribute name is selected by MessageAttributeNames:
/// `All`, `.*`, an exact name, or `prefix.*`. `*` selects every one too: the
/// reference names only `All` and `.*`, but SQS answers `*` as `All`
/// (LocalStack's recording against SQS, `all_wildcard_asterisk`).
fn attribute_selected(patterns: &[String], name: &str) -> bool {
    patterns.iter().any(|p| {
        p == "All"
            || p == "*"
            || p == name
            || p.strip_suffix(".*")
                .is_some_and(|prefix| name.starts_with(prefix))
    })
}

/// Whether a MessageAttributeNames entry could select anything: `All`, `*`,
/// `.*`, or a name (or `prefix.*`) that SendMessage would take as a name.
fn legal_attribute_filter(n: &str) -> bool {
    matches!(n, "All" | "*" | ".*")
        || super::send::attribute_name_ok(n.strip_suffix(".*").unwrap_or(n))
}

/// Renders the received message in `slot` of `q` as ReceiveMessage returns it.
fn render(q: &Queue, slot: u32, p: &ReceiveParams, key: u64, epoch_unix_ms: u64) -> Message {
    let m = q.at(slot);
    let extra = m.extra();
    let receipt_handle = receipt::encode(
        key,
        &Receipt {
            queue: q.id,
            slot,
            message: m.id,
            serial: m.receipt_serial,
        },
    );
    let attributes = (!p.system_attribute_names.is_empty()).then(|| {
        let mut out = BTreeMap::new();
        for name in SYSTEM_ATTRIBUTES {
            if !wants(&p.system_attribute_names, name) {
                continue;
            }
            let value = match *name {
                "SenderId" => Some(
                    extra
                        .and_then(|e| e.sender_id.clone())
                        .unwrap_or_else(|| q.account_id.clone()),
                ),
                "SentTimestamp" => Some((epoch_unix_ms + m.sent_ms).to_string()),
                "ApproximateReceiveCount" => Some(m.receive_count.to_string()),
                "ApproximateFirstReceiveTimestamp" => (m.first_receive_ms != NEVER)
                    .then(|| (epoch_unix_ms + m.first_receive_ms).to_string()),
                "SequenceNumber" => extra.and_then(|e| e.sequence_number.clone()),
                "MessageDeduplicationId" => extra.and_then(|e| e.deduplication_id.clone()),
                "MessageGroupId" => extra.and_then(|e| e.group_id.clone()),
                "AWSTraceHeader" => extra.and_then(|e| e.trace_header.clone()),
                "DeadLetterQueueSourceArn" => extra.and_then(|e| e.dead_letter_source_arn.clone()),
                _ => None,
            };
            if let Some(v) = value {
                out.insert(name.to_string(), v);
            }
        }
        out
    });
    // With names requested, AWS returns the matching subset (possibly `{}`) and
    // the MD5 of that subset; with none requested it returns neither.
    let has_attributes = extra.is_some_and(|e| !e.attributes.is_empty());
    // Names that cannot name an attribute at all (`AWS.`, `..foo`) select
    // nothing, and AWS then leaves the key out rather than answering `{}`
    // (LocalStack's recording against SQS, `illegal_name_1`/`illegal_name_2`).
    let only_illegal = p
        .message_attribute_names
        .iter()
        .all(|n| !legal_attribute_filter(n));
    let (md5_of_message_attributes, message_attributes) = if p.message_attribute_names.is_empty()
        || !has_attributes
        || only_illegal
    {
        (None, None)
    } else {
        let all = &extra.expect("has attributes").attributes;
        let chosen: Vec<(&String, &(String, AttrValue))> = all
            .iter()
            .filter(|(n, _)| attribute_selected(&p.message_attribute_names, n))
            .collect();
        let md5 = (!chosen.is_empty()).then(|| {
            digest::hex16(&digest::md5_of_attributes(
                chosen.iter().map(|(n, (t, v))| (n.as_str(), t.as_str(), v)),
            ))
        });
        let map: MessageAttributeMap = chosen
            .into_iter()
            .map(|(n, (t, v))| {
                let mut value = MessageAttributeValue {
                    data_type: t.clone(),
                    ..Default::default()
                };
                match v {
                    AttrValue::String(s) => value.string_value = Some(s.clone()),
                    AttrValue::Binary(b) => value.binary_value = Some(crate::util::b64_encode(b)),
                }
                (n.clone(), value)
            })
            .collect();
        (md5, Some(map))
    };
    Message {
        message_id: super::super::uuid_string(&m.message_id),
        receipt_handle,
        md5_of_body: digest::hex16(&m.md5_body),
        body: m.body.to_string(),
        attributes,
        md5_of_message_attributes,
        message_attributes,
    }
}

impl Sqs {
    /// ReceiveMessage. `None` means the call is parked (a long poll that found
    /// nothing yet); its result comes out of `drain_completed` when a message
    /// arrives or WaitTimeSeconds ends.
    pub fn receive_message(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: ReceiveMessageInput,
        call: CallId,
    ) -> Option<AwsResult<ReceiveMessageOutput>> {
        self.enter(sim);
        let checked = (|| {
            let id = self.resolve_url(caller, &input.queue_url)?;
            self.authorize(caller, id, "ReceiveMessage", true)?;
            self.throttle(sim, id, 1)?;
            let max = input.max_number_of_messages.unwrap_or(1);
            if !(1..=RECEIVE_MAX_MESSAGES).contains(&max) {
                return Err(errors::invalid_value(
                    max,
                    "MaxNumberOfMessages",
                    "Must be between 1 and 10, if provided.",
                ));
            }
            if let Some(v) = input.visibility_timeout {
                if !(0..=VISIBILITY_TIMEOUT_MAX_S).contains(&v) {
                    return Err(errors::invalid_value(
                        v,
                        "VisibilityTimeout",
                        "Must be between 0 and 43200, if provided.",
                    ));
                }
            }
            if let Some(w) = input.wait_time_seconds {
                if !(0..=RECEIVE_WAIT_MAX_S).contains(&w) {
                    return Err(errors::invalid_value(
                        w,
                        "WaitTimeSeconds",
                        "Must be >= 0 and <= 20, if provided.",
                    ));
                }
            }
            let q = self.queue(id);
            // ReceiveRequestAttemptId applies only to FIFO queues (AWS ignores it
            // on standard queues).
            let attempt_id = input.receive_request_attempt_id.filter(|_| q.fifo);
            if let Some(a) = &attempt_id {
                if a.is_empty()
                    || a.len() > FIFO_TOKEN_MAX_CHARS
                    || !a.bytes().all(|b| b.is_ascii_graphic())
                {
                    return Err(errors::invalid_value(
                        a,
                        "ReceiveRequestAttemptId",
                        "ReceiveRequestAttemptId can only include alphanumeric and punctuation characters. 1 to 128 in length.",
                    ));
                }
            }
            let mut system = input.attribute_names.unwrap_or_default();
            system.extend(input.message_system_attribute_names.unwrap_or_default());
            let wait = input
                .wait_time_seconds
                .unwrap_or(q.attributes.receive_wait_s);
            let params = ReceiveParams {
                max: max as usize,
                visibility_timeout_s: input.visibility_timeout,
                system_attribute_names: system,
                message_attribute_names: input.message_attribute_names.unwrap_or_default(),
                attempt_id,
            };
            Ok((id, params, wait))
        })();
        let (id, params, wait) = match checked {
            Ok(v) => v,
            Err(e) => return Some(Err(e)),
        };
        let out = match self.receive_now(sim, id, &params, wait > 0, wait == 0) {
            Err(e) => return Some(Err(e)),
            Ok(out) => out,
        };
        self.flush(sim);
        if !out.messages.is_empty() || wait == 0 {
            return Some(Ok(out));
        }
        self.parked.insert(call.0, Parked { queue: id, params });
        self.queue_mut(id).waiters.push_back(call.0);
        self.forget_hot(id);
        sim.schedule_in(
            wait as u64 * 1000,
            Timer::Sqs(SqsTimer::LongPollDeadline { call: call.0 }),
        );
        Self::record(
            sim,
            SqsEvent::LongPollParked {
                queue: id,
                call: call.0,
            },
        );
        None
    }

    /// A parked long poll's WaitTimeSeconds ran out: one last look (every server),
    /// then it returns what it found, usually nothing.
    pub(crate) fn long_poll_deadline(&mut self, sim: &mut Sim, call: u64) {
        let Some(p) = self.parked.remove(&call) else {
            return; // already completed
        };
        remove_from(&mut self.queue_mut(p.queue).waiters, call);
        let result = self.receive_now(sim, p.queue, &p.params, true, true);
        self.finish_long_poll(sim, p.queue, call, result);
    }

    /// The dead-letter queue messages of `id` move to, with maxReceiveCount, if
    /// it exists and is of the same type.
    fn dead_letter_target(&self, id: u32) -> Option<(u32, u32)> {
        let q = self.queue(id);
        let policy = q.attributes.redrive_policy.as_ref()?;
        let dlq = self.resolve_arn(&policy.dead_letter_target_arn)?;
        (dlq != id && self.queue(dlq).fifo == q.fifo).then_some((dlq, policy.max_receive_count))
    }

    /// Moves the message in `slot` of `from` into dead-letter queue `to`.
    pub(crate) fn move_to_dead_letter(&mut self, sim: &mut Sim, from: u32, slot: u32, to: u32) {
        let now = sim.now.as_ms();
        let from_arn = self.queue(from).arn.clone();
        let mut m = self.queue_mut(from).remove(slot);
        std::sync::Arc::make_mut(m.extra.get_or_insert_with(Default::default))
            .dead_letter_source_arn = Some(from_arn);
        let dlq = self.queue_mut(to);
        if dlq.fifo {
            // "For FIFO queues, the enqueue timestamp resets when the message is
            // moved to a dead-letter queue." (AWS docs)
            m.retention_base_ms = now;
        }
        m.state = MessageState::Visible;
        m.due_ms = 0;
        let message = m.id;
        dlq.insert(m);
        self.stats.moved_to_dlq += 1;
        Self::record(sim, SqsEvent::MovedToDlq { from, to, message });
        self.schedule_wake(sim, to);
        self.notify(to);
    }

    /// Receives up to `p.max` messages from queue `id` at `sim.now`.
    /// `all_servers`: a long poll (no sampling, no OverLimit error).
    /// `record_empty`: journal and count an empty result.
    pub(crate) fn receive_now(
        &mut self,
        sim: &mut Sim,
        id: u32,
        p: &ReceiveParams,
        all_servers: bool,
        record_empty: bool,
    ) -> AwsResult<ReceiveMessageOutput> {
        self.process_due(sim, id);
        let key = self.key(sim);
        let now = sim.now.as_ms();
        let epoch = sim.epoch_unix_ms;
        let q = self.queue(id);
        let fifo = q.fifo;
        let servers = q.servers();
        let vt_s = p
            .visibility_timeout_s
            .unwrap_or(q.attributes.visibility_timeout_s);
        let deadline = now + vt_s as u64 * 1000;
        let limit = if fifo {
            INFLIGHT_MAX_FIFO
        } else {
            INFLIGHT_MAX_STANDARD
        };
        if q.n_inflight >= limit {
            if !fifo && !all_servers {
                // AWS's wording for this case was not found.
                return Err(errors::over_limit("The maximum number of in flight messages (120000) has been reached for this queue."));
            }
            return Ok(ReceiveMessageOutput::default());
        }

        if let Some(attempt) = &p.attempt_id {
            if let Some(replay) = self.replay_attempt(sim, id, attempt, deadline, p, key) {
                return Ok(replay);
            }
        }

        let dlq = self.dead_letter_target(id);
        let dlq_arn = dlq.map(|(d, _)| self.queue(d).arn.clone());
        let exceeds = |q: &Queue, slot: u32| -> bool {
            match (dlq, &dlq_arn) {
                (Some((_, max)), Some(arn)) => {
                    let m = q.at(slot);
                    // Never send a message back into the queue it was
                    // dead-lettered from: two queues that are each other's
                    // dead-letter queue would otherwise pass it back and forth.
                    m.receive_count >= max
                        && m.extra().and_then(|e| e.dead_letter_source_arn.as_deref())
                            != Some(arn.as_str())
                }
                _ => false,
            }
        };
        let mut taken: Vec<u32> = Vec::with_capacity(p.max);
        if !fifo {
            let mut mask: u32 = (1u32 << servers) - 1;
            let sampled = self.settings.short_poll_sampling && !all_servers;
            let mut widened = false;
            if sampled {
                mask = 0;
                for s in 0..servers {
                    if sim.rng.chance_ppm(self.settings.short_poll_sample_ppm) {
                        mask |= 1 << s;
                    }
                }
            }
            let reorder = self.settings.reorder_ppm;
            while taken.len() < p.max {
                let q = self.queue(id);
                // The sampled servers' oldest messages (at most 32, no allocation).
                let mut heads = [(0u64, 0u32); 32];
                let mut n = 0;
                for s in 0..servers {
                    if mask & (1 << s) != 0 {
                        if let Some(h) = q.visible_head(s) {
                            heads[n] = h;
                            n += 1;
                        }
                    }
                }
                if n == 0 {
                    // The sample missed every server holding a message. AWS
                    // says such a poll "might not return any messages", yet
                    // on a queue with few messages it rarely does: LocalStack's
                    // AWS-validated tests short-poll right after a send and
                    // expect the message. So the poll reaches one of those
                    // servers after all, but for `short_poll_empty_ppm` of
                    // polls, which come back empty.
                    if sampled
                        && !widened
                        && taken.is_empty()
                        && q.n_visible > 0
                        && !sim.rng.chance_ppm(self.settings.short_poll_empty_ppm)
                    {
                        let holding = || (0..servers).filter(|&s| q.visible_head(s).is_some());
                        let n = holding().count() as u64;
                        if n > 0 {
                            let k = sim.rng.below(n) as usize;
                            let s = holding().nth(k).expect("k < n");
                            mask |= 1 << s;
                            widened = true;
                            continue;
                        }
                    }
                    break;
                }
                let pick = if reorder > 0 && n > 1 && sim.rng.chance_ppm(reorder) {
                    heads[sim.rng.below(n as u64) as usize]
                } else {
                    *heads[..n].iter().min().expect("non-empty")
                };
                let slot = pick.1;
                if exceeds(q, slot) {
                    let (to, _) = dlq.expect("exceeds implies a target");
                    self.move_to_dead_letter(sim, id, slot, to);
                    continue;
                }
                self.take(sim, id, slot, deadline);
                taken.push(slot);
            }
        } else {
            while taken.len() < p.max {
                let q = self.queue(id);
                let Some(g) = q.first_ready_group() else {
                    break;
                };
                let front = q.group_front(g, p.max - taken.len());
                debug_assert!(
                    !front.is_empty(),
                    "a ready group has a visible first message"
                );
                for slot in front {
                    if exceeds(self.queue(id), slot) {
                        let (to, _) = dlq.expect("exceeds implies a target");
                        self.move_to_dead_letter(sim, id, slot, to);
                    } else {
                        self.take(sim, id, slot, deadline);
                        taken.push(slot);
                    }
                }
                self.queue_mut(id).refresh_group_if_live(g);
            }
        }

        let q = self.queue(id);
        let messages: Vec<Message> = taken
            .iter()
            .map(|&slot| render(q, slot, p, key, epoch))
            .collect();
        let series = q.series;
        if let (Some(attempt), false) = (&p.attempt_id, taken.is_empty()) {
            let remembered: Vec<(u32, u64, u64)> = taken
                .iter()
                .map(|&s| {
                    let m = q.at(s);
                    (s, m.id, m.receipt_serial)
                })
                .collect();
            let q = self.queue_mut(id);
            q.attempts.insert(
                attempt.clone(),
                super::super::queue::ReceiveAttempt {
                    at_ms: now,
                    messages: remembered,
                },
            );
            q.attempt_order.push_back((now, attempt.clone()));
        }
        self.stats.received += taken.len() as u64;
        if !taken.is_empty() {
            sim.metrics
                .add(series.received, sim.now, taken.len() as f64);
        } else if record_empty {
            sim.metrics.add(series.empty_receives, sim.now, 1.0);
            Self::record(sim, SqsEvent::EmptyReceive { queue: id });
        }
        if vt_s == 0 {
            // A zero visibility timeout makes the messages visible again at once.
            self.process_due(sim, id);
            self.notify(id);
        } else {
            self.schedule_wake(sim, id);
        }
        Ok(ReceiveMessageOutput { messages })
    }

    /// Makes the visible message in `slot` in flight for its receiver.
    fn take(&mut self, sim: &mut Sim, id: u32, slot: u32, deadline: u64) {
        let serial = self.next_serial;
        self.next_serial += 1;
        let now = sim.now.as_ms();
        let q = self.queue_mut(id);
        q.make_inflight(slot, deadline);
        let (message, receive_count) = q.mark_received(slot, now, serial);
        Self::record(
            sim,
            SqsEvent::MessageReceived {
                queue: id,
                message,
                receive_count,
            },
        );
    }

    /// FIFO ReceiveRequestAttemptId: the earlier receive's messages again, if
    /// the attempt is known, recent and none of its messages changed since.
    fn replay_attempt(
        &mut self,
        sim: &mut Sim,
        id: u32,
        attempt: &str,
        deadline: u64,
        p: &ReceiveParams,
        key: u64,
    ) -> Option<ReceiveMessageOutput> {
        let now = sim.now.as_ms();
        let q = self.queue_mut(id);
        while let Some((at, _)) = q.attempt_order.front() {
            if at + RECEIVE_ATTEMPT_WINDOW_MS > now {
                break;
            }
            let (at, name) = q.attempt_order.pop_front().expect("front");
            if q.attempts.get(&name).is_some_and(|a| a.at_ms == at) {
                q.attempts.remove(&name);
            }
        }
        let earlier = q.attempts.get(attempt)?.clone();
        let unchanged = earlier.messages.iter().all(|&(slot, mid, serial)| {
            q.get(slot, mid)
                .is_some_and(|m| m.state == MessageState::InFlight && m.receipt_serial == serial)
        });
        if !unchanged {
            q.attempts.remove(attempt);
            return None;
        }
        for &(slot, mid, _) in &earlier.messages {
            // "If a retry occurs within the deduplication interval, it resets the
            // visibility timeout." (AWS)
            q.set_deadline(slot, deadline);
            let timeout_s = ((deadline - now) / 1000) as u32;
            Self::record(
                sim,
                SqsEvent::VisibilityChanged {
                    queue: id,
                    message: mid,
                    timeout_s,
                },
            );
        }
        let q = self.queue(id);
        let messages = earlier
            .messages
            .iter()
            .map(|&(slot, _, _)| render(q, slot, p, key, sim.epoch_unix_ms))
            .collect();
        self.schedule_wake(sim, id);
        Some(ReceiveMessageOutput { messages })
    }
}
