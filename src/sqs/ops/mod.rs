//! SQS operations, one file per operation or small group, each with its
//! validation (in AWS's order and words) and its effect on the engine:
//!
//! - `create_queue`: CreateQueue.
//! - `queues`: DeleteQueue, GetQueueUrl, ListQueues, ListDeadLetterSourceQueues.
//! - `attributes`: GetQueueAttributes, SetQueueAttributes and the attribute rules
//!   CreateQueue shares.
//! - `send`: SendMessage, SendMessageBatch, and sends by service principals.
//! - `receive`: ReceiveMessage, long polling, dead-letter moves on receive.
//! - `delete`: DeleteMessage, DeleteMessageBatch.
//! - `visibility`: ChangeMessageVisibility(Batch).
//! - `purge`: PurgeQueue. `tags`: TagQueue, UntagQueue, ListQueueTags.
//! - `permissions`: AddPermission, RemovePermission.
//! - `move_tasks`: StartMessageMoveTask, ListMessageMoveTasks,
//!   CancelMessageMoveTask and the task's progress on the virtual clock.
//! - `batch`: the rules every batch operation shares.

mod attributes;
mod batch;
pub(crate) mod create_queue;
mod delete;
mod move_tasks;
mod permissions;
mod purge;
mod queues;
mod receive;
pub(crate) mod send;
mod tags;
mod visibility;
