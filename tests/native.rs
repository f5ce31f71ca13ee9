//! Every native integration test, in one test binary: one link instead of one
//! per file keeps CI's build small on disk and quick on two cores. Each file
//! below is a module named after it, so `cargo test --test native sqs_errors::`
//! runs one file's tests. The browser tests are their own target (`web.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod firehose_support;
mod kinesis_support;
mod sqs_support;

mod analytics;
mod analytics_cli;
mod autoscaling_scenario;
mod clients_consumer;
mod clients_kcl;
mod clients_producer;
mod clients_workload;
mod cloudwatch;
mod determinism;
mod entry_points;
mod firehose_cli;
mod firehose_delivery;
mod firehose_destinations;
mod firehose_source;
mod firehose_transform;
mod kinesis_behaviour;
mod kinesis_cli;
mod kinesis_property;
mod lambda;
mod lambda_esm;
mod s3_cli;
mod s3_engine;
mod s3_extended_client;
mod s3_wire;
mod sns_delivery;
mod sns_fanout;
mod sns_fanout_deferred;
mod sns_platform;
mod sns_policy;
mod sqs_behaviour;
mod sqs_errors;
mod sqs_property;
mod sqs_throttle;
