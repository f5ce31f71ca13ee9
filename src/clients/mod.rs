//! Client-side libraries AWS ships, redone against the world: what a program
//! using them would see, built from the same public operations.

pub mod sqs_extended;
