//! Switchyard: a deterministic, watchable emulator of AWS integration and
//! messaging services (SQS, SNS, Kinesis Data Streams, Firehose, Analytics).
//!
//! # Layout
//! - [`sim`]: virtual clock, seeded RNG, timer queue, journal, metrics.
//! - [`sqs`], [`sns`], [`s3`], [`kinesis`]: the engines, one module per service;
//!   state machines with no I/O.
//! - [`clients`]: client-side code on the world: the SQS extended client, and
//!   simulated producers and consumers that run on the virtual clock.
//! - [`iam`]: the access-policy evaluator the services share.
//! - [`world`]: owns the engines; `World::call` is the one door into them.
//! - [`protocol`]: AWS wire protocols: (method, path, headers, body) -> response.
//! - [`cli`]: AWS CLI command lines -> `World::call` -> CLI-shaped output.
//! - [`runner`]: the script runner behind `switchyard run` and the page console.
//! - [`workload`]: the fixed SQS workload every SQS benchmark runs.
//! - `ui` (wasm32 only): the Yew page. `web` (wasm32 only): JS entry points.
//!
//! See ARCHITECTURE.md for the codemap and invariants.

pub mod analytics;
pub mod autoscaling;
pub mod cli;
pub mod clients;
pub mod cloudwatch;
pub mod error;
pub mod firehose;
pub mod iam;
pub mod kinesis;
pub mod lambda;
pub mod model;
pub mod protocol;
pub mod runner;
pub mod s3;
pub mod sim;
pub mod sns;
pub mod sqs;
pub mod util;
pub mod view;
pub mod workload;
pub mod world;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use error::{AwsError, AwsResult};
pub use world::World;
