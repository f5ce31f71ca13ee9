//! Data transformation by a function, as Firehose runs it: records gather in the
//! processor's own buffer (BufferSizeInMBs / BufferIntervalInSeconds), then the
//! function is invoked synchronously with the batch; each record comes back
//! `Ok` (with new data), `Dropped` or `ProcessingFailed`. An invocation that
//! fails is retried NumberOfRetries times; then the whole batch is treated as
//! unsuccessfully processed. Unsuccessfully processed records go to the S3
//! bucket under the error prefix with error-output-type `processing-failed`, as
//! JSON lines `{"attemptsMade","arrivalTimestamp","errorCode","errorMessage",
//! "attemptEndingTimestamp","rawData","lambdaArn"}` (developer guide, "Handle
//! failure in data transformation").
//!
//! # The seam
//! Lambda is not built yet, so a function is simulated here: `FirehoseSettings::
//! functions` maps a function ARN to a [`SimFunction`] (identity, uppercase,
//! drop records containing a text, fail records containing a text). The seam is
//! [`invoke`]: it takes Firehose's real invocation event (`{"invocationId",
//! "deliveryStreamArn", "region", "records": [{"recordId",
//! "approximateArrivalTimestamp", "data"}]}`) and answers the real response
//! (`{"records": [{"recordId", "result", "data"}]}`) or an invocation error with
//! the code Firehose logs (`Lambda.ResourceNotFound` for an unknown ARN). A
//! Lambda engine replaces it by having the world run the function on that event
//! instead; the response checks in `mod.rs` (`apply_response`) stay as they are.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// A simulated transformation function's behaviour. The checks run in this
/// order: `fail_matching`, `drop_matching`, then `uppercase` (else identity).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimFunction {
    /// ASCII-uppercase each record's data.
    #[serde(default)]
    pub uppercase: bool,
    /// Records whose data contains this text come back `Dropped`.
    #[serde(default)]
    pub drop_matching: Option<String>,
    /// Records whose data contains this text come back `ProcessingFailed`.
    #[serde(default)]
    pub fail_matching: Option<String>,
}

impl SimFunction {
    pub fn identity() -> Self {
        SimFunction::default()
    }
    pub fn uppercase() -> Self {
        SimFunction {
            uppercase: true,
            ..Default::default()
        }
    }
    pub fn dropping(text: &str) -> Self {
        SimFunction {
            drop_matching: Some(text.into()),
            ..Default::default()
        }
    }
    pub fn failing(text: &str) -> Self {
        SimFunction {
            fail_matching: Some(text.into()),
            ..Default::default()
        }
    }
}

/// Settings of the Firehose simulation (not AWS API state).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirehoseSettings {
    /// Simulated transformation functions by function ARN.
    #[serde(default)]
    pub functions: BTreeMap<String, SimFunction>,
    /// Chance, in parts per million, that a simulated receiver of a
    /// destination other than S3 fails a delivery (an HTTP endpoint or Splunk
    /// answering 500, OpenSearch refusing the bulk request, a Redshift
    /// cluster refusing the connection), by HTTP endpoint URL, HEC endpoint,
    /// JDBC URL, or OpenSearch domain ARN / endpoint. Like SNS's simulated
    /// endpoints' failure rate (`SnsSettings`).
    #[serde(default)]
    pub failure_rate_ppm: BTreeMap<String, u32>,
    /// The chance for receivers not listed above.
    #[serde(default)]
    pub default_failure_rate_ppm: u32,
}

impl FirehoseSettings {
    /// The failure chance of receiver `key`.
    pub fn failure_rate_for(&self, key: &str) -> u32 {
        self.failure_rate_ppm
            .get(key)
            .copied()
            .unwrap_or(self.default_failure_rate_ppm)
    }
}

/// An invocation that failed as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvokeError {
    pub code: String,
    pub message: String,
}

fn contains(hay: &[u8], needle: &str) -> bool {
    let n = needle.as_bytes();
    !n.is_empty() && hay.windows(n.len()).any(|w| w == n)
}

/// Invokes function `arn` with Firehose's transformation event (see the module
/// doc for the seam).
pub fn invoke(settings: &FirehoseSettings, arn: &str, event: &Value) -> Result<Value, InvokeError> {
    let Some(f) = settings.functions.get(arn) else {
        return Err(InvokeError {
            code: "Lambda.ResourceNotFound".into(),
            message: "The specified Lambda function does not exist. Use a different function that does exist.".into(),
        });
    };
    let mut out = Vec::new();
    for r in event["records"].as_array().into_iter().flatten() {
        let id = r["recordId"].clone();
        let data =
            crate::util::b64_decode(r["data"].as_str().unwrap_or_default()).unwrap_or_default();
        let (result, data) = if f
            .fail_matching
            .as_deref()
            .is_some_and(|t| contains(&data, t))
        {
            ("ProcessingFailed", data)
        } else if f
            .drop_matching
            .as_deref()
            .is_some_and(|t| contains(&data, t))
        {
            ("Dropped", data)
        } else if f.uppercase {
            ("Ok", data.to_ascii_uppercase())
        } else {
            ("Ok", data)
        };
        out.push(json!({"recordId": id, "result": result, "data": crate::util::b64_encode(&data)}));
    }
    Ok(json!({ "records": out }))
}
