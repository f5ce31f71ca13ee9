//! The destination configuration: ExtendedS3DestinationConfiguration (and the
//! older S3DestinationConfiguration, kept as an extended one without
//! processing) parsed with AWS's validation, merged by UpdateDestination, and
//! described as DescribeDeliveryStream answers (both S3DestinationDescription
//! and ExtendedS3DestinationDescription, as AWS returns for an S3 destination).

use super::compress::Compression;
use super::errors;
use super::limits;
use super::prefix;
use crate::error::{AwsError, AwsResult};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// A Lambda processor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LambdaProcessor {
    pub lambda_arn: String,
    pub retries: u32,
    pub size_bytes: u64,
    pub interval_s: u32,
}

/// An S3 destination.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct S3Destination {
    pub role_arn: String,
    pub bucket_arn: String,
    pub prefix: String,
    pub error_output_prefix: String,
    pub size_mb: u32,
    pub interval_s: u32,
    pub compression: Compression,
    pub file_extension: Option<String>,
    /// EncryptionConfiguration as given (default NoEncryption).
    pub encryption: Value,
    /// CloudWatchLoggingOptions as given (kept and reported; no logs written).
    pub logging: Value,
    /// ProcessingConfiguration as given (for the description).
    pub processing_config: Option<Value>,
    /// The Lambda processor, when processing is enabled with one.
    pub lambda: Option<LambdaProcessor>,
    /// AppendDelimiterToRecord: a newline after each record.
    pub append_delimiter: bool,
    /// Whether it was configured as ExtendedS3 (else the older S3 shape).
    pub extended: bool,
    /// S3BackupMode Enabled: where the source records (as they arrived,
    /// before transformation) are backed up (S3BackupConfiguration).
    #[serde(default)]
    pub backup: Option<Box<S3Destination>>,
    /// CustomTimeZone as given (only "UTC" or "" are taken: object keys are in
    /// UTC); echoed in ExtendedS3DestinationDescription.
    #[serde(default)]
    pub custom_time_zone: Option<String>,
    /// Whether Prefix / ErrorOutputPrefix were given: AWS echoes a given empty
    /// one (`"Prefix": ""` in the steampipe-plugin-aws capture) and leaves out
    /// one never given.
    #[serde(default)]
    pub prefix_given: bool,
    #[serde(default)]
    pub error_output_prefix_given: bool,
}

impl S3Destination {
    /// The bucket name from `arn:aws:s3:::name`.
    pub fn bucket(&self) -> &str {
        self.bucket_arn.rsplit(":::").next().unwrap_or_default()
    }

    pub fn lambda(&self) -> Option<&LambdaProcessor> {
        self.lambda.as_ref()
    }

    /// Parses a configuration (create) — `extended` for the ExtendedS3 shape.
    pub fn parse(c: &Value, extended: bool) -> AwsResult<Self> {
        let mut d = S3Destination {
            role_arn: String::new(),
            bucket_arn: String::new(),
            prefix: String::new(),
            error_output_prefix: String::new(),
            size_mb: limits::DEFAULT_SIZE_MB,
            interval_s: limits::DEFAULT_INTERVAL_S,
            compression: Compression::Uncompressed,
            file_extension: None,
            encryption: json!({"NoEncryptionConfig": "NoEncryption"}),
            logging: json!({"Enabled": false}),
            processing_config: None,
            lambda: None,
            append_delimiter: false,
            extended,
            backup: None,
            custom_time_zone: None,
            prefix_given: false,
            error_output_prefix_given: false,
        };
        d.merge(c)?;
        Ok(d)
    }

    /// Applies the members present in `c` (UpdateDestination merges: "If any of
    /// the parameters are not specified in the call, the existing values are
    /// retained"), then validates the whole.
    pub fn merge(&mut self, c: &Value) -> AwsResult<()> {
        let s = |k: &str| c.get(k).and_then(Value::as_str);
        if let Some(v) = s("RoleARN") {
            check_role(v)?;
            self.role_arn = v.into();
        }
        if let Some(v) = s("BucketARN") {
            check_bucket_arn(v)?;
            self.bucket_arn = v.into();
        }
        if let Some(v) = s("Prefix") {
            self.prefix = v.into();
            self.prefix_given = true;
        }
        if let Some(v) = s("ErrorOutputPrefix") {
            self.error_output_prefix = v.into();
            self.error_output_prefix_given = true;
        }
        if let Some(h) = c.get("BufferingHints").filter(|v| v.is_object()) {
            let size = h.get("SizeInMBs").and_then(Value::as_i64);
            let interval = h.get("IntervalInSeconds").and_then(Value::as_i64);
            if let Some(v) = size {
                range(v, limits::SIZE_MB_RANGE, "SizeInMBs")?;
                self.size_mb = v as u32;
            }
            if let Some(v) = interval {
                range(v, limits::INTERVAL_S_RANGE, "IntervalInSeconds")?;
                self.interval_s = v as u32;
            }
        }
        if let Some(v) = s("CompressionFormat") {
            let f = Compression::parse(v)?;
            f.check_built()?;
            self.compression = f;
        }
        if let Some(v) = s("FileExtension") {
            let ok = v.is_empty()
                || (v.starts_with('.')
                    && v.len() > 1
                    && v.len() <= 128
                    && v[1..].chars().all(|ch| {
                        ch.is_ascii_digit() || ch.is_ascii_lowercase() || "!-_.*'()".contains(ch)
                    }));
            if !ok {
                return Err(errors::constraint(
                    v,
                    "FileExtension",
                    "Member must satisfy regular expression pattern: ^$|\\.[0-9a-z!\\-_.*'()]+",
                ));
            }
            self.file_extension = (!v.is_empty()).then(|| v.to_string());
        }
        if let Some(v) = s("CustomTimeZone") {
            // The model's CustomTimeZone: 0 to 50 characters of `^$|[a-zA-Z/_]+`.
            if v.chars().count() > 50 {
                return Err(errors::constraint(
                    v,
                    "CustomTimeZone",
                    "Member must have length less than or equal to 50",
                ));
            }
            if !v
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '/' || c == '_')
            {
                return Err(errors::constraint(
                    v,
                    "CustomTimeZone",
                    "Member must satisfy regular expression pattern: ^$|[a-zA-Z/_]+",
                ));
            }
            if !(v.is_empty() || v == "UTC") {
                return Err(AwsError::not_emulated(format!(
                    "firehose CustomTimeZone {v:?} (object keys are in UTC)"
                )));
            }
            self.custom_time_zone = Some(v.to_string());
        }
        if let Some(v) = c.get("EncryptionConfiguration").filter(|v| v.is_object()) {
            self.encryption = v.clone();
        }
        if let Some(v) = c.get("CloudWatchLoggingOptions").filter(|v| v.is_object()) {
            self.logging = v.clone();
        }
        if let Some(v) = c.get("ProcessingConfiguration").filter(|v| v.is_object()) {
            let (lambda, delimiter) = parse_processing(v)?;
            self.processing_config = Some(v.clone());
            self.lambda = lambda;
            self.append_delimiter = delimiter;
        }
        merge_backup(self, c)?;
        let enabled = |k: &str| {
            c.get(k)
                .and_then(|v| v.get("Enabled"))
                .and_then(Value::as_bool)
                == Some(true)
        };
        if enabled("DataFormatConversionConfiguration") {
            return Err(AwsError::not_emulated(
                "firehose data format conversion (Parquet / ORC)",
            ));
        }
        if enabled("DynamicPartitioningConfiguration") {
            return Err(AwsError::not_emulated("firehose dynamic partitioning"));
        }
        if self.role_arn.is_empty() {
            return Err(errors::constraint(
                "null",
                "RoleARN",
                "Member must not be null",
            ));
        }
        if self.bucket_arn.is_empty() {
            return Err(errors::constraint(
                "null",
                "BucketARN",
                "Member must not be null",
            ));
        }
        prefix::validate(&self.prefix, &self.error_output_prefix)
    }

    /// S3DestinationDescription / ExtendedS3DestinationDescription. A
    /// destination made with the older S3DestinationConfiguration is described
    /// in both shapes too, its extended one carrying only the S3 members and
    /// `S3BackupMode: "Disabled"` (what AWS answered for such a stream in the
    /// DescribeDeliveryStream captured by steampipe-plugin-aws's
    /// aws_kinesis_firehose_delivery_stream test).
    pub fn describe(&self, extended: bool) -> Value {
        let mut m = Map::new();
        m.insert("RoleARN".into(), json!(self.role_arn));
        m.insert("BucketARN".into(), json!(self.bucket_arn));
        if self.prefix_given || !self.prefix.is_empty() {
            m.insert("Prefix".into(), json!(self.prefix));
        }
        if self.error_output_prefix_given || !self.error_output_prefix.is_empty() {
            m.insert("ErrorOutputPrefix".into(), json!(self.error_output_prefix));
        }
        m.insert(
            "BufferingHints".into(),
            json!({"SizeInMBs": self.size_mb, "IntervalInSeconds": self.interval_s}),
        );
        m.insert("CompressionFormat".into(), json!(self.compression.as_str()));
        m.insert("EncryptionConfiguration".into(), self.encryption.clone());
        m.insert("CloudWatchLoggingOptions".into(), self.logging.clone());
        if extended && !self.extended {
            m.insert("S3BackupMode".into(), json!("Disabled"));
        } else if extended {
            m.insert(
                "ProcessingConfiguration".into(),
                self.processing_config
                    .clone()
                    .unwrap_or_else(|| json!({"Enabled": false, "Processors": []})),
            );
            describe_backup(self, &mut m);
            m.insert(
                "DataFormatConversionConfiguration".into(),
                json!({"Enabled": false}),
            );
            if let Some(x) = &self.file_extension {
                m.insert("FileExtension".into(), json!(x));
            }
            if let Some(z) = &self.custom_time_zone {
                m.insert("CustomTimeZone".into(), json!(z));
            }
        }
        Value::Object(m)
    }
}

/// S3BackupMode / S3BackupConfiguration (create) / S3BackupUpdate (update) of
/// an ExtendedS3 or Redshift destination: the source-record backup. "After you
/// create a Firehose stream, you can update it to enable Amazon S3 backup if
/// it is disabled. If backup is enabled, you can't update the Firehose stream
/// to disable it." (S3BackupMode, API reference.)
pub(crate) fn merge_backup(d: &mut S3Destination, c: &Value) -> AwsResult<()> {
    let config = c
        .get("S3BackupConfiguration")
        .or_else(|| c.get("S3BackupUpdate"))
        .filter(|v| v.is_object());
    match c.get("S3BackupMode").and_then(Value::as_str) {
        Some("Enabled") if d.backup.is_none() => {
            let Some(b) = config else {
                return Err(errors::invalid_argument(
                    "S3BackupConfiguration is required when S3BackupMode is Enabled.",
                ));
            };
            d.backup = Some(Box::new(S3Destination::parse(b, false)?));
            return Ok(());
        }
        None | Some("Enabled") => {}
        Some("Disabled") if d.backup.is_some() => {
            return Err(errors::invalid_argument(
                "S3 backup is enabled and cannot be disabled.",
            ));
        }
        Some("Disabled") => {}
        Some(other) => {
            return Err(errors::constraint(
                other,
                "s3BackupMode",
                "Member must satisfy enum value set: [Disabled, Enabled]",
            ))
        }
    }
    if let (Some(b), Some(u)) = (d.backup.as_deref_mut(), config) {
        b.merge(u)?;
    }
    Ok(())
}

/// S3BackupMode and S3BackupDescription of a description.
pub(crate) fn describe_backup(d: &S3Destination, m: &mut Map<String, Value>) {
    m.insert(
        "S3BackupMode".into(),
        json!(if d.backup.is_some() {
            "Enabled"
        } else {
            "Disabled"
        }),
    );
    if let Some(b) = &d.backup {
        m.insert("S3BackupDescription".into(), b.describe(false));
    }
}

pub(crate) fn range(v: i64, (lo, hi): (u32, u32), member: &str) -> AwsResult<()> {
    if v < i64::from(lo) {
        return Err(errors::constraint(
            &v.to_string(),
            member,
            &format!("Member must have value greater than or equal to {lo}"),
        ));
    }
    if v > i64::from(hi) {
        return Err(errors::constraint(
            &v.to_string(),
            member,
            &format!("Member must have value less than or equal to {hi}"),
        ));
    }
    Ok(())
}

/// DeliveryStreamName: 1..=64 of `[a-zA-Z0-9_.-]`.
pub fn check_name(name: &str) -> AwsResult<()> {
    if name.is_empty() || name.len() > 64 {
        return Err(errors::constraint(
            name,
            "deliveryStreamName",
            if name.is_empty() {
                "Member must have length greater than or equal to 1"
            } else {
                "Member must have length less than or equal to 64"
            },
        ));
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
    {
        return Err(errors::constraint(
            name,
            "deliveryStreamName",
            "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        ));
    }
    Ok(())
}

/// RoleARN: `arn:.*:iam::\d{12}:role/...`.
pub fn check_role(v: &str) -> AwsResult<()> {
    let ok = v.starts_with("arn:")
        && v.split(':').nth(2) == Some("iam")
        && v.split(':')
            .nth(4)
            .is_some_and(|a| a.len() == 12 && a.chars().all(|c| c.is_ascii_digit()))
        && v.split(':')
            .nth(5)
            .is_some_and(|r| r.starts_with("role/") && r.len() > 5);
    if !ok {
        return Err(errors::constraint(
            v,
            "roleARN",
            "Member must satisfy regular expression pattern: arn:.*:iam::\\d{12}:role/[a-zA-Z_0-9+=,.@\\-_/]+",
        ));
    }
    Ok(())
}

fn check_bucket_arn(v: &str) -> AwsResult<()> {
    let ok = v.starts_with("arn:")
        && v.split(':').nth(2) == Some("s3")
        && v.split_once(":::").is_some_and(|(_, b)| {
            !b.is_empty()
                && b.len() <= 255
                && b.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
        });
    if !ok {
        return Err(errors::constraint(
            v,
            "bucketARN",
            "Member must satisfy regular expression pattern: arn:.*:s3:::[\\w\\.\\-]{1,255}",
        ));
    }
    Ok(())
}

/// ProcessingConfiguration: a Lambda processor and/or AppendDelimiterToRecord.
pub(crate) fn parse_processing(v: &Value) -> AwsResult<(Option<LambdaProcessor>, bool)> {
    if v.get("Enabled").and_then(Value::as_bool) != Some(true) {
        return Ok((None, false));
    }
    let processors = v
        .get("Processors")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if processors.is_empty() {
        return Err(errors::invalid_argument(
            "ProcessingConfiguration is enabled but has no Processors",
        ));
    }
    let (mut lambda, mut delimiter) = (None, false);
    for p in &processors {
        let params: Vec<(&str, &str)> = p
            .get("Parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|x| {
                Some((
                    x.get("ParameterName")?.as_str()?,
                    x.get("ParameterValue")?.as_str()?,
                ))
            })
            .collect();
        let param = |n: &str| params.iter().find(|(k, _)| *k == n).map(|(_, v)| *v);
        match p.get("Type").and_then(Value::as_str).unwrap_or_default() {
            "Lambda" => {
                let arn = param("LambdaArn").ok_or_else(|| {
                    errors::invalid_argument("The Lambda processor requires the LambdaArn parameter")
                })?;
                if !arn.starts_with("arn:") || arn.split(':').nth(2) != Some("lambda") {
                    return Err(errors::invalid_argument(format!(
                        "LambdaArn {arn:?} is not a Lambda function ARN"
                    )));
                }
                let num = |n: &str, v: &str| {
                    v.parse::<f64>().map_err(|_| {
                        errors::invalid_argument(format!("Processor parameter {n} must be a number, got {v:?}"))
                    })
                };
                // The processor's parameters are strings in the model, so AWS
                // checks their ranges itself (InvalidArgumentException; its
                // wording is not known): said here in the constraint form.
                let bounded = |n: &str, below: bool, above: bool, lo: &str, hi: &str| {
                    if below {
                        return Err(errors::invalid_argument(format!(
                            "Processor parameter {n} must have value greater than or equal to {lo}"
                        )));
                    }
                    if above {
                        return Err(errors::invalid_argument(format!(
                            "Processor parameter {n} must have value less than or equal to {hi}"
                        )));
                    }
                    Ok(())
                };
                let whole = |n: &str, v: f64| {
                    if v.fract() != 0.0 {
                        return Err(errors::invalid_argument(format!(
                            "Processor parameter {n} must be a whole number"
                        )));
                    }
                    Ok(())
                };
                let retries = match param("NumberOfRetries") {
                    Some(v) => {
                        let r = num("NumberOfRetries", v)?;
                        let max = limits::PROCESSOR_MAX_RETRIES;
                        bounded("NumberOfRetries", r < 0.0, r > f64::from(max), "0", &max.to_string())?;
                        whole("NumberOfRetries", r)?;
                        r as u32
                    }
                    None => limits::PROCESSOR_DEFAULT_RETRIES,
                };
                let size_bytes = match param("BufferSizeInMBs") {
                    Some(v) => {
                        let mb = num("BufferSizeInMBs", v)?;
                        // 0.2 MB is the guide's figure for the 200 KiB floor.
                        let b = (mb * 1024.0 * 1024.0) as u64;
                        let (lo, hi) = limits::PROCESSOR_SIZE_RANGE_BYTES;
                        bounded("BufferSizeInMBs", b < lo, b > hi, "0.2", "3")?;
                        b
                    }
                    None => limits::PROCESSOR_DEFAULT_SIZE_BYTES,
                };
                let interval_s = match param("BufferIntervalInSeconds") {
                    Some(v) => {
                        let s = num("BufferIntervalInSeconds", v)?;
                        bounded("BufferIntervalInSeconds", s < 0.0, s > 900.0, "0", "900")?;
                        whole("BufferIntervalInSeconds", s)?;
                        s as u32
                    }
                    None => limits::PROCESSOR_DEFAULT_INTERVAL_S,
                };
                lambda = Some(LambdaProcessor {
                    lambda_arn: arn.to_string(),
                    retries,
                    size_bytes,
                    interval_s,
                });
            }
            "AppendDelimiterToRecord" => delimiter = true,
            other @ ("RecordDeAggregation" | "Decompression" | "CloudWatchLogProcessing" | "MetadataExtraction") => {
                return Err(AwsError::not_emulated(format!("firehose processor type {other}")))
            }
            other => {
                return Err(errors::constraint(
                    other,
                    "processingConfiguration.processors.member.type",
                    "Member must satisfy enum value set: [RecordDeAggregation, Decompression, CloudWatchLogProcessing, Lambda, MetadataExtraction, AppendDelimiterToRecord]",
                ))
            }
        }
    }
    Ok((lambda, delimiter))
}

/// The destination members not built, each refused by name.
pub const OTHER_DESTINATIONS: &[(&str, &str)] = &[
    ("SnowflakeDestinationConfiguration", "Snowflake"),
    ("IcebergDestinationConfiguration", "Apache Iceberg tables"),
];

/// The update members not built, each refused by name.
pub const OTHER_UPDATES: &[(&str, &str)] = &[
    ("SnowflakeDestinationUpdate", "Snowflake"),
    ("IcebergDestinationUpdate", "Apache Iceberg tables"),
];
