//! Amazon SNS: topics and subscriptions ([`engine`]), the filter-policy
//! language ([`filter`]) and the API's shapes ([`model`]).

pub mod engine;
pub mod filter;
pub mod model;
mod service_publish;

pub use engine::{Delivery, Sns, SnsEvent};
