//! StartMessageMoveTask, ListMessageMoveTasks, CancelMessageMoveTask: redrive
//! out of a dead-letter queue, on the virtual clock.
//!
//! A task moves the messages that were available in the dead-letter queue when
//! it started (ApproximateNumberOfMessagesToMove), oldest first, back to the
//! queue each came from (its DeadLetterQueueSourceArn) or to DestinationArn, at
//! MaxNumberOfMessagesPerSecond: every virtual second it moves up to that many.
//! Without a rate AWS "optimizes" it; Switchyard uses the maximum, 500/s. A
//! moved message starts afresh in its new queue (receive count 0), or it would be
//! dead-lettered again at its next receive. Statuses follow AWS: RUNNING, then
//! COMPLETED; CancelMessageMoveTask makes it CANCELLING until its next second,
//! then CANCELLED; a queue that disappears makes it FAILED with FailureReason
//! `AWS.SimpleQueueService.NonExistentQueue` (as recorded against AWS). Messages
//! and errors are AWS's as recorded in LocalStack's snapshot tests of move tasks.

use super::super::errors;
use super::super::limits::*;
use super::super::queue::{MessageState, NEVER};
use super::super::types::*;
use super::super::{MoveTask, MoveTaskStatus, Sqs, SqsEvent, SqsTimer};
use crate::error::AwsResult;
use crate::sim::{Sim, Timer};
use crate::world::Caller;
use serde_json::json;

fn task_handle(task_id: &str, source_arn: &str) -> String {
    crate::util::b64_encode(
        json!({"taskId": task_id, "sourceArn": source_arn})
            .to_string()
            .as_bytes(),
    )
}

fn source_missing() -> crate::error::AwsError {
    errors::resource_not_found(
        "The resource that you specified for the SourceArn parameter doesn't exist.",
    )
}

impl Sqs {
    /// StartMessageMoveTask.
    pub fn start_message_move_task(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: StartMessageMoveTaskInput,
    ) -> AwsResult<StartMessageMoveTaskOutput> {
        self.enter(sim);
        let src = self
            .resolve_arn(&input.source_arn)
            .ok_or_else(source_missing)?;
        self.authorize(caller, src, "StartMessageMoveTask", false)?;
        let rate = match input.max_number_of_messages_per_second {
            None => None,
            Some(r) if (1..=MOVE_TASK_RATE_MAX).contains(&r) => Some(r as u32),
            // AWS's wording for this case was not found.
            Some(r) => {
                return Err(errors::invalid_value(
                    r,
                    "MaxNumberOfMessagesPerSecond",
                    "Must be between 1 and 500.",
                ))
            }
        };
        let source = self.queue(src);
        let is_dlq = self.queues.values().any(|q| {
            q.account_id == source.account_id
                && q.region == source.region
                && q.attributes
                    .redrive_policy
                    .as_ref()
                    .is_some_and(|p| p.dead_letter_target_arn == source.arn)
        });
        if !is_dlq {
            return Err(errors::invalid_parameter_value(
                "Source queue must be configured as a Dead Letter Queue.",
            ));
        }
        if let Some(dest) = &input.destination_arn {
            let d = self.resolve_arn(dest).ok_or_else(|| {
                errors::resource_not_found("The resource that you specified for the DestinationArn parameter doesn't exist.")
            })?;
            if self.queue(d).fifo != source.fifo {
                return Err(errors::invalid_parameter_value(
                    "The destination queue must be of the same type as the source queue.",
                ));
            }
        }
        if self.tasks.iter().any(|t| {
            t.source == src
                && matches!(
                    t.status,
                    MoveTaskStatus::Running | MoveTaskStatus::Cancelling
                )
        }) {
            return Err(errors::invalid_parameter_value(
                "There is already a task running. Only one active task is allowed for a source queue arn at a given time.",
            ));
        }
        let id = self.tasks.len() as u32;
        let task_id = super::super::uuid_string(&Self::new_message_id(sim));
        let source_arn = source.arn.clone();
        let to_move = source.n_visible;
        self.tasks.push(MoveTask {
            id,
            task_id: task_id.clone(),
            source: src,
            source_arn: source_arn.clone(),
            destination_arn: input.destination_arn,
            rate,
            status: MoveTaskStatus::Running,
            started_unix_ms: sim.unix_ms(),
            moved: 0,
            to_move,
            failure_reason: None,
        });
        sim.schedule_in(
            MOVE_TASK_TICK_MS,
            Timer::Sqs(SqsTimer::MoveTaskTick { task: id }),
        );
        Self::record(
            sim,
            SqsEvent::MoveTaskStarted {
                task: id,
                source: src,
            },
        );
        Ok(StartMessageMoveTaskOutput {
            task_handle: Some(task_handle(&task_id, &source_arn)),
        })
    }

    /// ListMessageMoveTasks: the most recent tasks of a source queue, newest first.
    pub fn list_message_move_tasks(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: ListMessageMoveTasksInput,
    ) -> AwsResult<ListMessageMoveTasksOutput> {
        self.enter(sim);
        let src = self
            .resolve_arn(&input.source_arn)
            .ok_or_else(source_missing)?;
        self.authorize(caller, src, "ListMessageMoveTasks", false)?;
        let max = input.max_results.unwrap_or(1);
        if !(1..=LIST_MOVE_TASKS_MAX).contains(&max) {
            return Err(errors::invalid_value(
                max,
                "MaxResults",
                "Must be between 1 and 10.",
            ));
        }
        let arn = &self.queue(src).arn;
        let results = self
            .tasks
            .iter()
            .rev()
            .filter(|t| &t.source_arn == arn)
            .take(max as usize)
            .map(|t| ListMessageMoveTasksResultEntry {
                task_handle: (t.status == MoveTaskStatus::Running)
                    .then(|| task_handle(&t.task_id, &t.source_arn)),
                status: Some(t.status.as_str().to_string()),
                source_arn: Some(t.source_arn.clone()),
                destination_arn: t.destination_arn.clone(),
                max_number_of_messages_per_second: t.rate.map(i64::from),
                approximate_number_of_messages_moved: Some(t.moved as i64),
                approximate_number_of_messages_to_move: Some(t.to_move as i64),
                failure_reason: t.failure_reason.clone(),
                started_timestamp: Some(t.started_unix_ms as i64),
            })
            .collect();
        Ok(ListMessageMoveTasksOutput { results })
    }

    /// CancelMessageMoveTask: only a RUNNING task can be cancelled; messages
    /// already moved stay where they are.
    pub fn cancel_message_move_task(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: CancelMessageMoveTaskInput,
    ) -> AwsResult<CancelMessageMoveTaskOutput> {
        self.enter(sim);
        let invalid =
            || errors::invalid_parameter_value("Value for parameter TaskHandle is invalid.");
        let decoded = crate::util::b64_decode(&input.task_handle).map_err(|_| invalid())?;
        let doc: serde_json::Value = serde_json::from_slice(&decoded).map_err(|_| invalid())?;
        let (Some(task_id), Some(source_arn)) = (
            doc.get("taskId").and_then(|v| v.as_str()),
            doc.get("sourceArn").and_then(|v| v.as_str()),
        ) else {
            return Err(invalid());
        };
        let src = self.resolve_arn(source_arn).ok_or_else(source_missing)?;
        self.authorize(caller, src, "CancelMessageMoveTask", false)?;
        let task = self
            .tasks
            .iter_mut()
            .find(|t| t.task_id == task_id && t.source_arn == source_arn)
            .ok_or_else(|| errors::resource_not_found("Task does not exist."))?;
        if task.status != MoveTaskStatus::Running {
            // AWS's wording for this case was not found.
            return Err(errors::invalid_parameter_value(
                "Only a task with status RUNNING can be cancelled.",
            ));
        }
        task.status = MoveTaskStatus::Cancelling;
        let moved = task.moved as i64;
        let _ = sim;
        Ok(CancelMessageMoveTaskOutput {
            approximate_number_of_messages_moved: Some(moved),
        })
    }

    fn finish_task(
        &mut self,
        sim: &mut Sim,
        task: u32,
        status: MoveTaskStatus,
        reason: Option<&str>,
    ) {
        let t = &mut self.tasks[task as usize];
        t.status = status;
        t.failure_reason = reason.map(str::to_string);
        Self::record(sim, SqsEvent::MoveTaskFinished { task, status });
    }

    /// One second of a move task.
    pub(crate) fn move_task_tick(&mut self, sim: &mut Sim, task: u32) {
        let Some(t) = self.tasks.get(task as usize) else {
            return;
        };
        match t.status {
            MoveTaskStatus::Cancelling => {
                return self.finish_task(sim, task, MoveTaskStatus::Cancelled, None)
            }
            MoveTaskStatus::Running => {}
            _ => return,
        }
        let (src, rate, dest_arn) = (
            t.source,
            t.rate.unwrap_or(MOVE_TASK_RATE_DEFAULT),
            t.destination_arn.clone(),
        );
        let nonexistent = Some("AWS.SimpleQueueService.NonExistentQueue");
        if !self.queues.contains_key(&src) {
            return self.finish_task(sim, task, MoveTaskStatus::Failed, nonexistent);
        }
        let now = sim.now.as_ms();
        for _ in 0..rate {
            let t = &self.tasks[task as usize];
            if t.moved >= t.to_move {
                break;
            }
            self.process_due(sim, src);
            let q = self.queue(src);
            let slot = if q.fifo {
                q.first_ready_group()
                    .and_then(|g| q.group_front(g, 1).first().copied())
            } else {
                q.oldest_visible().map(|(_, s)| s)
            };
            let Some(slot) = slot else { break };
            let target_arn = dest_arn.clone().or_else(|| {
                q.at(slot)
                    .extra()
                    .and_then(|e| e.dead_letter_source_arn.clone())
            });
            let target = target_arn.as_deref().and_then(|a| self.resolve_arn(a));
            let Some(to) = target.filter(|&to| self.queue(to).fifo == q.fifo) else {
                return self.finish_task(sim, task, MoveTaskStatus::Failed, nonexistent);
            };
            let mut m = self.queue_mut(src).remove(slot);
            m.receive_count = 0;
            m.first_receive_ms = NEVER;
            m.state = MessageState::Visible;
            m.due_ms = 0;
            if let Some(e) = m.extra.as_mut() {
                if e.dead_letter_source_arn.is_some() {
                    std::sync::Arc::make_mut(e).dead_letter_source_arn = None;
                }
            }
            let dest = self.queue_mut(to);
            if dest.fifo {
                m.retention_base_ms = now;
            }
            let message = m.id;
            dest.insert(m);
            self.stats.redriven += 1;
            self.tasks[task as usize].moved += 1;
            Self::record(
                sim,
                SqsEvent::MessageRedriven {
                    task,
                    from: src,
                    to,
                    message,
                },
            );
            self.schedule_wake(sim, to);
            self.notify(to);
        }
        let t = &self.tasks[task as usize];
        let source_empty = !self.queue(src).has_receivable();
        if t.moved >= t.to_move || source_empty {
            self.finish_task(sim, task, MoveTaskStatus::Completed, None);
        } else {
            sim.schedule_in(
                MOVE_TASK_TICK_MS,
                Timer::Sqs(SqsTimer::MoveTaskTick { task }),
            );
        }
        self.schedule_wake(sim, src);
    }
}
