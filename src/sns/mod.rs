//! Amazon SNS: topics and subscriptions ([`engine`]), delivery to every
//! protocol with retries and the simulated receivers ([`delivery`]), topic
//! access policies ([`permissions`]), the filter-policy language ([`filter`])
//! and the API's shapes ([`model`]).

pub mod delivery;
pub mod engine;
pub mod filter;
pub(crate) mod jackson;
pub mod model;
pub mod permissions;
pub mod platform;
pub mod recent;
mod service_publish;
mod table;

pub use delivery::{Received, SnsSettings};
pub use engine::{Delivery, Outbound, Sns, SnsEvent, SnsTimer};
