//! Access policies shared by the services: one evaluator for resource-policy
//! documents (Effect, Principal, Action with wildcards, Resource, Condition),
//! explicit deny over allow over implicit deny. SQS queue policies use it today;
//! SNS topic policies and S3 bucket notifications are to use the same one.

pub mod policy;
