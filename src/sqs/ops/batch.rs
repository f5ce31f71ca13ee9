//! The rules every batch operation shares: 1 to 10 entries, entry ids of 1-80
//! characters from `[A-Za-z0-9_-]`, all distinct. Checked in that order, before
//! any entry is acted on; a broken rule fails the whole request.

use super::super::errors;
use super::super::limits::{BATCH_ID_MAX_CHARS, BATCH_MAX_ENTRIES};
use crate::error::AwsResult;

/// Checks the entry ids of a batch whose entries are `entry_shape`
/// (`SendMessageBatchRequestEntry`, ...).
pub(crate) fn check_batch<'a>(
    ids: impl ExactSizeIterator<Item = &'a str>,
    entry_shape: &str,
) -> AwsResult<()> {
    let n = ids.len();
    if n == 0 {
        return Err(errors::empty_batch_request(entry_shape));
    }
    if n > BATCH_MAX_ENTRIES {
        return Err(errors::too_many_entries(n));
    }
    let ids: Vec<&str> = ids.collect();
    for id in &ids {
        let ok = !id.is_empty()
            && id.len() <= BATCH_ID_MAX_CHARS
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !ok {
            return Err(errors::invalid_batch_entry_id());
        }
    }
    for (i, id) in ids.iter().enumerate() {
        if ids[..i].contains(id) {
            return Err(errors::batch_ids_not_distinct(id));
        }
    }
    Ok(())
}
