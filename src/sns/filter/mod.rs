//! SNS subscription filter policies: the language, with no engine attached.
//!
//! - [`parse`]: validates a `FilterPolicy` (AWS's rules and `InvalidParameter`
//!   messages) and parses it into a [`Policy`]: `$or`s expanded into
//!   alternatives, each a conjunction of per-key clauses.
//! - [`eval`]: a published message as policies see it ([`MessageView`]) and the
//!   plain one-policy evaluator, [`matches`], whose [`Decision`] names the key
//!   that decided.
//! - [`compiled`]: [`CompiledMatcher`], many subscriptions' policies in one
//!   index; a publish costs about the same for ten subscriptions or ten
//!   thousand. It always agrees with [`matches`].
//!
//! Behaviour follows AWS's SNS Developer Guide ("Amazon SNS message filtering"
//! and its pages) and error messages recorded from AWS; where AWS's behaviour
//! was not documented or observed, the choice made is marked in a comment.

pub mod compiled;
pub mod eval;
pub mod parse;

#[cfg(test)]
mod tests;

pub use compiled::CompiledMatcher;
pub use eval::{matches, Decision, Field, FieldValue, MessageView};
pub use parse::{
    parse_policy, Alternative, AnythingBut, Bound, Clause, FilterPolicyError,
    FilterPolicyErrorKind, FilterPolicyScope, Fixed, NumericRange, Pattern, Policy,
};
