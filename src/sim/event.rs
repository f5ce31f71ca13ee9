//! The typed events of the journal: one vocabulary for every state change.
//!
//! Events carry small plain ids (queue numbers, message numbers) rather than
//! names and bodies, so recording one costs no allocation; the page resolves ids
//! to names through the world. Each engine owns the payload of its variant.

use serde::{Deserialize, Serialize};

/// Something that changed in the world.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Event {
    World(WorldEvent),
    Sqs(crate::sqs::SqsEvent),
    Sns(crate::sns::SnsEvent),
    S3(crate::s3::S3Event),
    Kinesis(crate::kinesis::KinesisEvent),
    Firehose(crate::firehose::FirehoseEvent),
    /// What a simulated producer or consumer did (`clients::ClientEvent`).
    Client(crate::clients::ClientEvent),
    Lambda(crate::lambda::LambdaEvent),
    /// Alarms changing state, their actions (`cloudwatch::CloudWatchEvent`).
    CloudWatch(crate::cloudwatch::CloudWatchEvent),
    /// Auto Scaling groups scaling (`autoscaling::ScalingEvent`).
    AutoScaling(crate::autoscaling::ScalingEvent),
    /// Analytics applications (`analytics::AnalyticsEvent`).
    Analytics(crate::analytics::AnalyticsEvent),
}

/// Changes that belong to the world rather than to one service.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WorldEvent {
    /// A script or a person moved the clock on explicitly (`sleep`, "step").
    ClockAdvanced { by_ms: u64 },
    /// A request named an operation or service that Switchyard does not emulate
    /// (yet); it was refused with an error that names it.
    Refused { service: String, operation: String },
}
