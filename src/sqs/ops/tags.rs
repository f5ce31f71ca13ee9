//! TagQueue, UntagQueue and ListQueueTags. Cross-account permissions don't
//! apply to these actions (AWS): only the owning account may call them.

use super::super::errors;
use super::super::limits::*;
use super::super::types::*;
use super::super::{Sqs, SqsEvent};
use crate::error::AwsResult;
use crate::sim::Sim;
use crate::world::Caller;

/// Checks tag keys and values and the per-queue limit (`existing` tags already
/// on the queue that `tags` does not overwrite).
pub(crate) fn validate_tags(tags: &StringMap, queue_name: &str, existing: usize) -> AwsResult<()> {
    for (k, v) in tags {
        if k.is_empty() || k.chars().count() > TAG_KEY_MAX_CHARS {
            return Err(errors::invalid_parameter_value(
                "Tag keys must be between 1 and 128 characters in length.",
            ));
        }
        if v.chars().count() > TAG_VALUE_MAX_CHARS {
            return Err(errors::invalid_parameter_value(
                "Tag values must be between 0 and 256 characters in length.",
            ));
        }
    }
    if existing + tags.len() > TAGS_MAX {
        return Err(errors::invalid_parameter_value(format!(
            "Too many tags added for queue {queue_name}."
        )));
    }
    Ok(())
}

impl Sqs {
    /// TagQueue: adds or overwrites tags.
    pub fn tag_queue(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: TagQueueInput,
    ) -> AwsResult<()> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "TagQueue", false)?;
        if input.tags.is_empty() {
            return Err(errors::missing_parameter("Tags"));
        }
        let q = self.queue(id);
        let kept = q
            .tags
            .keys()
            .filter(|k| !input.tags.contains_key(*k))
            .count();
        validate_tags(&input.tags, &q.name, kept)?;
        let q = self.queue_mut(id);
        q.tags.extend(input.tags);
        Self::record(sim, SqsEvent::TagsChanged { queue: id });
        Ok(())
    }

    /// UntagQueue: removes tags by key (absent keys are ignored).
    pub fn untag_queue(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: UntagQueueInput,
    ) -> AwsResult<()> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "UntagQueue", false)?;
        if input.tag_keys.is_empty()
            || input
                .tag_keys
                .iter()
                .any(|k| k.is_empty() || k.chars().count() > TAG_KEY_MAX_CHARS)
        {
            return Err(errors::invalid_parameter_value(
                "Tag keys must be between 1 and 128 characters in length.",
            ));
        }
        let q = self.queue_mut(id);
        for k in &input.tag_keys {
            q.tags.remove(k);
        }
        Self::record(sim, SqsEvent::TagsChanged { queue: id });
        Ok(())
    }

    /// ListQueueTags.
    pub fn list_queue_tags(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: ListQueueTagsInput,
    ) -> AwsResult<ListQueueTagsOutput> {
        self.enter(sim);
        let id = self.resolve_url(caller, &input.queue_url)?;
        self.authorize(caller, id, "ListQueueTags", false)?;
        Ok(ListQueueTagsOutput {
            tags: self.queue(id).tags.clone(),
        })
    }
}
