//! ChangeMessageVisibility and ChangeMessageVisibilityBatch.
//!
//! The new timeout (0-43,200 s) counts from now, and the total time since the
//! receive may not exceed 12 hours ("If you attempt to set the VisibilityTimeout
//! to a value greater than the maximum time left, Amazon SQS returns an error").
//! Zero makes the message visible at once. The change applies to this receive
//! only; the next receive uses the queue's (or the request's) timeout again.
//!
//! Handles that no longer hold the message: a handle of a message that is gone
//! is refused with AWS's InvalidParameterValue ("Message does not exist or is
//! not available for visibility timeout change"). On a standard queue an older
//! handle still reaches its message: while the message is in flight (under
//! this receive or a later one) the change applies; once its timeout has run
//! out and it is visible again, SQS answers 200 and changes nothing. Sources:
//! moto's tests verified against AWS (getmoto/moto#4655: old handles keep
//! working, MessageNotInflight could not be made to happen) and LocalStack's
//! snapshot recorded against AWS (localstack#9632: "on an already expired
//! handle ... AWS simply sends back an OK and does nothing"). On a FIFO queue
//! such a handle has expired, as for DeleteMessage.

use super::super::errors;
use super::super::limits::VISIBILITY_TIMEOUT_MAX_S;
use super::super::queue::MessageState;
use super::super::receipt;
use super::super::types::*;
use super::super::{Sqs, SqsEvent};
use super::batch::check_batch;
use crate::error::AwsResult;
use crate::sim::Sim;
use crate::world::Caller;

impl Sqs {
    /// Changes the visibility of the message `handle` names in queue `id`.
    pub(crate) fn change_visibility_by_handle(
        &mut self,
        sim: &mut Sim,
        id: u32,
        handle: &str,
        timeout_s: i64,
    ) -> AwsResult<()> {
        if !(0..=VISIBILITY_TIMEOUT_MAX_S).contains(&timeout_s) {
            return Err(errors::invalid_value(
                timeout_s,
                "VisibilityTimeout",
                "VisibilityTimeout must be an integer between 0 and 43200.",
            ));
        }
        let key = self.key(sim);
        let r = receipt::decode(key, handle)
            .filter(|r| r.queue == id)
            .ok_or_else(|| errors::receipt_handle_is_invalid(handle))?;
        let now = sim.now.as_ms();
        let q = self.queue(id);
        let Some(m) = q.get(r.slot, r.message) else {
            return Err(errors::invalid_value(
                handle,
                "ReceiptHandle",
                "Message does not exist or is not available for visibility timeout change.",
            ));
        };
        let expired =
            || errors::invalid_value(handle, "ReceiptHandle", "The receipt handle has expired.");
        if q.fifo && m.receipt_serial != r.serial {
            return Err(expired());
        }
        match m.state {
            MessageState::Delayed => return Err(errors::message_not_inflight()),
            MessageState::Visible if q.fifo => return Err(expired()),
            // Its timeout ran out: accepted, and nothing changes.
            MessageState::Visible => return Ok(()),
            MessageState::InFlight => {}
        }
        let deadline = now + timeout_s as u64 * 1000;
        let limit = m.last_receive_ms + VISIBILITY_TIMEOUT_MAX_S as u64 * 1000;
        if deadline > limit {
            return Err(errors::invalid_value(
                timeout_s,
                "VisibilityTimeout",
                "Total VisibilityTimeout for the message is beyond the limit [43200 seconds]",
            ));
        }
        let message = m.id;
        self.queue_mut(id).set_deadline(r.slot, deadline);
        Self::record(
            sim,
            SqsEvent::VisibilityChanged {
                queue: id,
                message,
                timeout_s: timeout_s as u32,
            },
        );
        // A zero timeout (or a deadline now) makes it visible at once.
        self.process_due(sim, id);
        self.notify(id);
        Ok(())
    }

    /// ChangeMessageVisibility.
    pub fn change_message_visibility(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: ChangeMessageVisibilityInput,
    ) -> AwsResult<()> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "ChangeMessageVisibility", true)?;
        self.change_visibility_by_handle(sim, id, &input.receipt_handle, input.visibility_timeout)?;
        self.flush(sim);
        Ok(())
    }

    /// ChangeMessageVisibilityBatch: each entry succeeds or fails on its own. An
    /// entry without VisibilityTimeout is refused as AWS refuses a missing
    /// required parameter.
    pub fn change_message_visibility_batch(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: ChangeMessageVisibilityBatchInput,
    ) -> AwsResult<ChangeMessageVisibilityBatchOutput> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "ChangeMessageVisibility", true)?;
        check_batch(
            input.entries.iter().map(|e| e.id.as_str()),
            "ChangeMessageVisibilityBatchRequestEntry",
        )?;
        let mut out = ChangeMessageVisibilityBatchOutput::default();
        for e in input.entries {
            let result = match e.visibility_timeout {
                None => Err(errors::missing_parameter("VisibilityTimeout")),
                Some(t) => self.change_visibility_by_handle(sim, id, &e.receipt_handle, t),
            };
            match result {
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
