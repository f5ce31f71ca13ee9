//! Bucket operations: CreateBucket (AWS's naming and LocationConstraint rules),
//! HeadBucket, ListBuckets, GetBucketLocation, DeleteBucket.

use super::{errors, input_str, limits, required, Bucket, S3Event, S3};
use crate::sim::{Event, Sim};
use crate::world::{CallResult, Caller};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// The Regions a LocationConstraint may name (the BucketLocationConstraint enum
/// of the API model, `EU` being the legacy name of eu-west-1). us-east-1 is not
/// among them: a bucket there is created with no LocationConstraint.
const LOCATION_CONSTRAINTS: &[&str] = &[
    "af-south-1",
    "ap-east-1",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-south-1",
    "ap-south-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "ca-central-1",
    "cn-north-1",
    "cn-northwest-1",
    "EU",
    "eu-central-1",
    "eu-central-2",
    "eu-north-1",
    "eu-south-1",
    "eu-south-2",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "il-central-1",
    "me-central-1",
    "me-south-1",
    "sa-east-1",
    "us-east-2",
    "us-gov-east-1",
    "us-gov-west-1",
    "us-west-1",
    "us-west-2",
];

/// AWS's rules for general purpose bucket names ("Bucket naming rules"): 3-63
/// characters of lowercase letters, digits, dots and hyphens; a letter or digit
/// first and last; no two adjacent dots; not an IPv4 address; none of the
/// reserved prefixes (`xn--`, `sthree-`, `amzn-s3-demo-`) and suffixes
/// (`-s3alias`, `--ol-s3`, `.mrap`, `--x-s3`, `--table-s3`).
pub fn valid_bucket_name(name: &str) -> bool {
    let b = name.as_bytes();
    if b.len() < limits::BUCKET_NAME_MIN || b.len() > limits::BUCKET_NAME_MAX {
        return false;
    }
    let ok_char = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'.' || *c == b'-';
    let alnum = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    if !b.iter().all(ok_char) || !alnum(&b[0]) || !alnum(&b[b.len() - 1]) || name.contains("..") {
        return false;
    }
    let parts: Vec<&str> = name.split('.').collect();
    if parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    if ["xn--", "sthree-", "amzn-s3-demo-"]
        .iter()
        .any(|p| name.starts_with(p))
    {
        return false;
    }
    !["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"]
        .iter()
        .any(|s| name.ends_with(s))
}

impl S3 {
    pub(super) fn create_bucket(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let name = required(input, "Bucket")?;
        if !valid_bucket_name(name) {
            return Err(errors::invalid_bucket_name(name));
        }
        let constraint = input
            .get("CreateBucketConfiguration")
            .and_then(|c| input_str(c, "LocationConstraint"))
            .filter(|c| !c.is_empty());
        if let Some(c) = input.get("CreateBucketConfiguration") {
            for unsupported in ["Location", "Bucket"] {
                if c.get(unsupported).is_some() {
                    return Err(crate::error::AwsError::not_emulated(format!(
                        "CreateBucketConfiguration.{unsupported} (directory buckets)"
                    )));
                }
            }
        }
        // us-east-1 is the one Region named by no LocationConstraint; naming it is
        // refused. A request to another Region's endpoint must name that Region.
        // From us-east-1 (the global endpoint) a bucket may be created in any Region.
        let region = match constraint {
            Some("us-east-1") => return Err(errors::invalid_location_constraint("us-east-1")),
            Some(c) if !LOCATION_CONSTRAINTS.contains(&c) => {
                return Err(errors::invalid_location_constraint(c))
            }
            Some(c)
                if caller.region != "us-east-1"
                    && c != caller.region
                    && !(c == "EU" && caller.region == "eu-west-1") =>
            {
                return Err(errors::illegal_location_constraint(Some(c)))
            }
            Some("EU") => "eu-west-1".to_string(),
            Some(c) => c.to_string(),
            None if caller.region != "us-east-1" => {
                return Err(errors::illegal_location_constraint(None))
            }
            None => "us-east-1".to_string(),
        };
        if let Some(existing) = self.buckets.get(name) {
            if existing.owner != caller.account_id {
                return Err(errors::bucket_already_exists(name));
            }
            // In us-east-1 S3 answers 200 to its owner re-creating a bucket (a
            // legacy behaviour the CreateBucket reference documents); elsewhere 409.
            if existing.region == "us-east-1" && region == "us-east-1" {
                return Ok(json!({ "Location": format!("/{name}") }));
            }
            return Err(errors::bucket_already_owned_by_you(name));
        }
        for (member, what) in [
            ("ObjectLockEnabledForBucket", "S3 Object Lock"),
            ("GrantFullControl", "ACL grants"),
            ("GrantRead", "ACL grants"),
            ("GrantWrite", "ACL grants"),
            ("GrantReadACP", "ACL grants"),
            ("GrantWriteACP", "ACL grants"),
        ] {
            if input.get(member).is_some_and(|v| v != &Value::Bool(false)) {
                return Err(crate::error::AwsError::not_emulated(what));
            }
        }
        if self
            .buckets
            .values()
            .filter(|b| b.owner == caller.account_id)
            .count()
            >= limits::BUCKETS_PER_ACCOUNT
        {
            return Err(errors::s3_too_many_buckets());
        }
        self.buckets.insert(
            name.to_string(),
            Bucket {
                name: name.to_string(),
                owner: caller.account_id.clone(),
                region: region.clone(),
                created_unix_ms: sim.unix_ms(),
                objects: BTreeMap::new(),
                notification: Default::default(),
                uploads: BTreeMap::new(),
            },
        );
        sim.record(Event::S3(S3Event::BucketCreated {
            bucket: name.to_string(),
        }));
        // AWS answers `/name` from us-east-1 and the virtual-hosted URL elsewhere.
        let location = if region == "us-east-1" {
            format!("/{name}")
        } else {
            format!("http://{name}.s3.amazonaws.com/")
        };
        Ok(json!({ "Location": location, "BucketArn": format!("arn:aws:s3:::{name}") }))
    }

    pub(super) fn head_bucket(&self, caller: &Caller, input: &Value) -> CallResult {
        let b = self.owned(caller, required(input, "Bucket")?)?;
        Ok(json!({ "BucketRegion": b.region, "AccessPointAlias": false }))
    }

    pub(super) fn list_buckets(&self, caller: &Caller, input: &Value) -> CallResult {
        if input.get("ContinuationToken").is_some() || input.get("MaxBuckets").is_some() {
            return Err(crate::error::AwsError::not_emulated(
                "ListBuckets paging (MaxBuckets, ContinuationToken)",
            ));
        }
        let prefix = input_str(input, "Prefix").unwrap_or("");
        // A BucketRegion that is no Region is refused (LocalStack's
        // AWS-validated test_list_buckets_region_validation).
        if let Some(r) = input_str(input, "BucketRegion") {
            if r == "EU" || !(r == "us-east-1" || LOCATION_CONSTRAINTS.contains(&r)) {
                return Err(errors::invalid_argument_named(
                    &format!("Argument value {r} is not a valid AWS Region"),
                    "bucket-region",
                    r,
                ));
            }
        }
        let buckets: Vec<Value> = self
            .buckets
            .values()
            .filter(|b| b.owner == caller.account_id && b.name.starts_with(prefix))
            .filter(|b| input_str(input, "BucketRegion").is_none_or(|r| r == b.region))
            .map(|b| json!({ "Name": b.name, "CreationDate": b.created_unix_ms as f64 / 1000.0, "BucketRegion": b.region, "BucketArn": b.arn() }))
            .collect();
        let mut out =
            json!({ "Buckets": buckets, "Owner": { "ID": canonical_id(&caller.account_id) } });
        if !prefix.is_empty() {
            out["Prefix"] = json!(prefix);
        }
        Ok(out)
    }

    pub(super) fn get_bucket_location(&self, caller: &Caller, input: &Value) -> CallResult {
        let b = self.owned(caller, required(input, "Bucket")?)?;
        // us-east-1 buckets have a null LocationConstraint (an empty element).
        if b.region == "us-east-1" {
            Ok(json!({ "LocationConstraint": null }))
        } else {
            Ok(json!({ "LocationConstraint": b.region }))
        }
    }

    pub(super) fn delete_bucket(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: &Value,
    ) -> CallResult {
        let name = required(input, "Bucket")?;
        let b = self.owned(caller, name)?;
        if !b.objects.is_empty() {
            return Err(errors::bucket_not_empty(name));
        }
        self.buckets.remove(name);
        sim.record(Event::S3(S3Event::BucketDeleted {
            bucket: name.to_string(),
        }));
        Ok(json!({}))
    }
}

/// A stand-in for the account's canonical user id (64 hex digits on AWS),
/// derived from the account id so it is stable.
pub fn canonical_id(account: &str) -> String {
    crate::util::sha256_hex(account.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::valid_bucket_name;

    #[test]
    fn naming_rules() {
        for ok in ["abc", "my-bucket.1", "a1b", &"a".repeat(63)] {
            assert!(valid_bucket_name(ok), "{ok}");
        }
        for bad in [
            "ab",
            &"a".repeat(64),
            "My-bucket",
            "-abc",
            "abc-",
            "a..b",
            "192.168.5.4",
            "xn--abc",
            "sthree-x",
            "amzn-s3-demo-x",
            "abc-s3alias",
            "abc--ol-s3",
            "abc.mrap",
            "abc--x-s3",
            "abc--table-s3",
            "a_b",
        ] {
            assert!(!valid_bucket_name(bad), "{bad}");
        }
    }
}
