//! PurgeQueue: deletes every message in the queue, in flight and delayed ones
//! included. AWS takes up to 60 seconds and may still deliver messages sent just
//! before the purge; Switchyard purges at once (a deterministic choice) and, as
//! AWS does, refuses another purge of the same queue for 60 seconds. A FIFO
//! queue's deduplication ids are forgotten with its messages.

use super::super::errors;
use super::super::limits::PURGE_COOLDOWN_MS;
use super::super::types::*;
use super::super::{Sqs, SqsEvent};
use crate::error::AwsResult;
use crate::sim::Sim;
use crate::world::Caller;

impl Sqs {
    /// PurgeQueue.
    pub fn purge_queue(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: PurgeQueueInput,
    ) -> AwsResult<()> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "PurgeQueue", true)?;
        let now = sim.now.as_ms();
        let q = self.queue_mut(id);
        if q.last_purge_ms.is_some_and(|t| now < t + PURGE_COOLDOWN_MS) {
            return Err(errors::purge_queue_in_progress(&q.name));
        }
        q.last_purge_ms = Some(now);
        let slots = q.all_slots();
        let count = slots.len() as u64;
        for slot in slots {
            q.remove(slot);
        }
        // A purge also forgets a FIFO queue's deduplication ids, so the same
        // MessageDeduplicationId sent right after is a new message. AWS's docs
        // do not say so; LocalStack's AWS-validated
        // test_purge_queue_clears_fifo_deduplication_cache records it.
        q.dedup.clear();
        q.dedup_order.clear();
        self.stats.purged += count;
        Self::record(sim, SqsEvent::QueuePurged { queue: id, count });
        Ok(())
    }
}
