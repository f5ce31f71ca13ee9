//! DeleteMessage and DeleteMessageBatch.
//!
//! The receipt handle names the message (see `receipt.rs`), so a delete is a
//! slot lookup, not a search. AWS's rules: a handle this queue never issued is
//! ReceiptHandleIsInvalid; a handle of a message that is already gone succeeds
//! ("If you use an old ReceiptHandle, the request will succeed"). On a standard
//! queue an older handle of a message that was received again still deletes it;
//! on a FIFO queue a handle whose visibility timeout ran out has expired
//! (recorded AWS behaviour: InvalidParameterValue "... Reason: The receipt
//! handle has expired."). With the `duplicate_delivery_ppm` setting a
//! standard-queue delete can miss a copy of the message, which then comes back
//! after its visibility timeout -- the at-least-once case AWS's docs describe.

use super::super::errors;
use super::super::queue::MessageState;
use super::super::receipt;
use super::super::types::*;
use super::super::{Sqs, SqsEvent};
use super::batch::check_batch;
use crate::error::AwsResult;
use crate::sim::Sim;
use crate::world::Caller;

impl Sqs {
    /// Deletes the message `handle` names from queue `id`.
    pub(crate) fn delete_by_handle(
        &mut self,
        sim: &mut Sim,
        id: u32,
        handle: &str,
    ) -> AwsResult<()> {
        let key = self.key(sim);
        let r = receipt::decode(key, handle)
            .filter(|r| r.queue == id)
            .ok_or_else(|| errors::receipt_handle_is_invalid(handle))?;
        let q = self.queue(id);
        let Some(m) = q.get(r.slot, r.message) else {
            // Deleted already: the delete still succeeds and still counts,
            // "for every successful deletion operation that uses a valid
            // receipt handle, including duplicate deletions" (SQS Developer
            // Guide, NumberOfMessagesDeleted).
            sim.metrics.add(q.series.deleted, sim.now, 1.0);
            return Ok(());
        };
        if q.fifo && (m.receipt_serial != r.serial || m.state != MessageState::InFlight) {
            return Err(errors::invalid_value(
                handle,
                "ReceiptHandle",
                "The receipt handle has expired.",
            ));
        }
        let ppm = self.settings.duplicate_delivery_ppm;
        if !q.fifo && ppm > 0 && m.state == MessageState::InFlight && sim.rng.chance_ppm(ppm) {
            Self::record(
                sim,
                SqsEvent::DeleteMissed {
                    queue: id,
                    message: m.id,
                },
            );
            return Ok(());
        }
        let fifo = q.fifo;
        let q = self.queue_mut(id);
        let m = q.remove(r.slot);
        let series = q.series;
        self.stats.deleted += 1;
        sim.metrics.add(series.deleted, sim.now, 1.0);
        Self::record(
            sim,
            SqsEvent::MessageDeleted {
                queue: id,
                message: m.id,
            },
        );
        if fifo {
            // The group may be unlocked now.
            self.notify(id);
        }
        Ok(())
    }

    /// DeleteMessage.
    pub fn delete_message(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: DeleteMessageInput,
    ) -> AwsResult<()> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "DeleteMessage", true)?;
        self.throttle(sim, id, 2)?;
        self.delete_by_handle(sim, id, &input.receipt_handle)?;
        self.flush(sim);
        Ok(())
    }

    /// DeleteMessageBatch: each entry succeeds or fails on its own.
    pub fn delete_message_batch(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: DeleteMessageBatchInput,
    ) -> AwsResult<DeleteMessageBatchOutput> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "DeleteMessage", true)?;
        self.throttle(sim, id, 2)?;
        check_batch(
            input.entries.iter().map(|e| e.id.as_str()),
            "DeleteMessageBatchRequestEntry",
        )?;
        let mut out = DeleteMessageBatchOutput {
            successful: Vec::with_capacity(input.entries.len()),
            failed: Vec::new(),
        };
        for e in input.entries {
            match self.delete_by_handle(sim, id, &e.receipt_handle) {
                Ok(()) => out.successful.push(BatchResultEntry { id: e.id }),
                Err(err) => out
                    .failed
                    .push(BatchResultErrorEntry::from_error(&e.id, &err)),
            }
        }
        self.flush(sim);
        Ok(out)
    }
}
