//! Kinesis operations, one file per group, each with its validation (in AWS's
//! order and words where known) and its effect on the engine:
//!
//! - `streams`: CreateStream, DeleteStream, DescribeStream(Summary),
//!   ListStreams, retention, UpdateStreamMode, encryption, tags, and the
//!   completion of every asynchronous stream transition.
//! - `records`: PutRecord, PutRecords, GetShardIterator, GetRecords.
//! - `reshard`: SplitShard, MergeShards, UpdateShardCount, ListShards.
//! - `consumers`: enhanced fan-out consumers and engine-level subscriptions.

mod consumers;
mod records;
mod reshard;
pub(crate) mod streams;
