//! The destinations other than S3: Amazon Redshift, Amazon OpenSearch Service
//! (and the older Elasticsearch member), OpenSearch Serverless, HTTP endpoints
//! (custom ones and the third-party services AWS reaches by URL: Datadog, New
//! Relic, MongoDB, Coralogix, ...) and Splunk. Each is parsed with AWS's
//! validation (botocore firehose model: ranges, enums, required members),
//! merged by UpdateDestination and described as DescribeDeliveryStream answers.
//!
//! Every one of them carries an S3 configuration (`S3Configuration`): for
//! Redshift the intermediate bucket the data lands in before the COPY, for the
//! others the bucket failed (or all) data is backed up to. That configuration
//! is the stream's `S3Destination`; the destination-level
//! ProcessingConfiguration is kept on it too (an S3DestinationConfiguration
//! has none of its own), so buffering for transformation works unchanged.

use super::config::{self, S3Destination};
use super::errors;
use crate::error::{AwsError, AwsResult};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// Where a stream delivers, beyond its S3 configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub enum Target {
    /// ExtendedS3 / S3: the S3 configuration is the destination.
    #[default]
    S3,
    Redshift(Box<Redshift>),
    OpenSearch(Box<OpenSearch>),
    Http(Box<HttpEndpoint>),
    Splunk(Box<Splunk>),
}

impl Target {
    /// The destination's own BufferingHints (size MB, interval s); None when
    /// the S3 configuration's apply (S3, and Redshift's intermediate bucket).
    pub fn hints(&self) -> Option<(u32, u32)> {
        match self {
            Target::S3 | Target::Redshift(_) => None,
            Target::OpenSearch(o) => Some((o.size_mb, o.interval_s)),
            Target::Http(h) => Some((h.size_mb, h.interval_s)),
            Target::Splunk(s) => Some((s.size_mb, s.interval_s)),
        }
    }

    /// Whether the delivery buffer keeps records apart (a request carries
    /// records / documents / events) rather than concatenated bytes.
    pub fn keeps_records(&self) -> bool {
        matches!(
            self,
            Target::OpenSearch(_) | Target::Http(_) | Target::Splunk(_)
        )
    }

    /// A short name for the page and the journal's sentences.
    pub fn label(&self) -> &'static str {
        match self {
            Target::S3 => "Amazon S3",
            Target::Redshift(_) => "Amazon Redshift",
            Target::OpenSearch(o) => match o.kind {
                OsKind::Elasticsearch => "Amazon Elasticsearch Service",
                OsKind::Service => "Amazon OpenSearch Service",
                OsKind::Serverless => "Amazon OpenSearch Serverless",
            },
            Target::Http(_) => "HTTP endpoint",
            Target::Splunk(_) => "Splunk",
        }
    }

    /// The S3 error-output type of data this destination could not deliver
    /// (custom-prefixes page: "error-output-type ... {processing-failed,
    /// elasticsearch-failed, splunk-failed, format-conversion-failed,
    /// http-endpoint-failed}"; the retry page names the OpenSearch Service
    /// folder `AmazonOpenSearchService-failed`).
    pub fn failed_type(&self) -> &'static str {
        match self {
            Target::OpenSearch(o) if o.kind == OsKind::Elasticsearch => "elasticsearch-failed",
            Target::OpenSearch(_) => "AmazonOpenSearchService-failed",
            Target::Splunk(_) => "splunk-failed",
            Target::Http(_) => "http-endpoint-failed",
            Target::S3 | Target::Redshift(_) => "delivery-failed",
        }
    }

    /// The retry duration (RetryOptions.DurationInSeconds), in ms.
    pub fn retry_ms(&self) -> u64 {
        1000 * u64::from(match self {
            Target::S3 => 0,
            Target::Redshift(r) => r.retry_s,
            Target::OpenSearch(o) => o.retry_s,
            Target::Http(h) => h.retry_s,
            Target::Splunk(s) => s.retry_s,
        })
    }

    /// S3BackupMode AllData / AllDocuments / AllEvents.
    pub fn backup_all(&self) -> bool {
        match self {
            Target::S3 | Target::Redshift(_) => false,
            Target::OpenSearch(o) => o.backup_all,
            Target::Http(h) => h.backup_all,
            Target::Splunk(s) => s.backup_all,
        }
    }

    /// The CloudWatch metric family of deliveries to this destination
    /// (Firehose's "Data delivery CloudWatch metrics").
    pub fn metric_prefix(&self) -> Option<&'static str> {
        Some(match self {
            Target::S3 => return None,
            Target::Redshift(_) => "DeliveryToRedshift",
            Target::OpenSearch(o) => match o.kind {
                OsKind::Elasticsearch => "DeliveryToElasticsearch",
                OsKind::Service => "DeliveryToAmazonOpenSearchService",
                OsKind::Serverless => "DeliveryToAmazonOpenSearchServerless",
            },
            Target::Http(_) => "DeliveryToHttpEndpoint",
            Target::Splunk(_) => "DeliveryToSplunk",
        })
    }

    /// The configuration member of CreateDeliveryStream for this kind.
    pub fn member(&self) -> &'static str {
        match self {
            Target::S3 => "ExtendedS3DestinationConfiguration",
            Target::Redshift(_) => "RedshiftDestinationConfiguration",
            Target::OpenSearch(o) => match o.kind {
                OsKind::Elasticsearch => "ElasticsearchDestinationConfiguration",
                OsKind::Service => "AmazonopensearchserviceDestinationConfiguration",
                OsKind::Serverless => "AmazonOpenSearchServerlessDestinationConfiguration",
            },
            Target::Http(_) => "HttpEndpointDestinationConfiguration",
            Target::Splunk(_) => "SplunkDestinationConfiguration",
        }
    }
}

/// Which OpenSearch member configured it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OsKind {
    Elasticsearch,
    Service,
    Serverless,
}

/// IndexRotationPeriod.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rotation {
    NoRotation,
    OneHour,
    OneDay,
    OneWeek,
    OneMonth,
}

impl Rotation {
    pub fn as_str(self) -> &'static str {
        match self {
            Rotation::NoRotation => "NoRotation",
            Rotation::OneHour => "OneHour",
            Rotation::OneDay => "OneDay",
            Rotation::OneWeek => "OneWeek",
            Rotation::OneMonth => "OneMonth",
        }
    }
    fn parse(v: &str, member: &str) -> AwsResult<Self> {
        Ok(match v {
            "NoRotation" => Rotation::NoRotation,
            "OneHour" => Rotation::OneHour,
            "OneDay" => Rotation::OneDay,
            "OneWeek" => Rotation::OneWeek,
            "OneMonth" => Rotation::OneMonth,
            _ => {
                return Err(errors::constraint(
                    v,
                    member,
                    "Member must satisfy enum value set: [NoRotation, OneHour, OneDay, OneWeek, OneMonth]",
                ))
            }
        })
    }
}

/// A Redshift destination: COPY from the intermediate bucket into a table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Redshift {
    pub role_arn: String,
    pub jdbc_url: String,
    pub table: String,
    pub columns: Option<String>,
    pub copy_options: Option<String>,
    pub username: Option<String>,
    /// Kept to be checked, never described (AWS does not return it).
    pub password: Option<String>,
    pub retry_s: u32,
    pub logging: Value,
    pub secrets: Option<Value>,
}

/// An OpenSearch Service / Elasticsearch / OpenSearch Serverless destination.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenSearch {
    pub kind: OsKind,
    pub role_arn: String,
    pub domain_arn: Option<String>,
    pub cluster_endpoint: Option<String>,
    pub collection_endpoint: Option<String>,
    pub index: String,
    pub type_name: Option<String>,
    pub rotation: Rotation,
    pub size_mb: u32,
    pub interval_s: u32,
    pub retry_s: u32,
    pub backup_all: bool,
    pub logging: Value,
    /// DefaultDocumentIdFormat NO_DOCUMENT_ID: OpenSearch makes the ids.
    pub no_document_id: bool,
    pub document_id_given: bool,
}

impl OpenSearch {
    /// The domain or collection the documents go to (the simulated receiver's key).
    pub fn address(&self) -> String {
        self.domain_arn
            .clone()
            .or_else(|| self.cluster_endpoint.clone())
            .or_else(|| self.collection_endpoint.clone())
            .unwrap_or_default()
    }
}

/// An HTTP endpoint destination.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HttpEndpoint {
    pub url: String,
    pub name: Option<String>,
    pub access_key: Option<String>,
    pub size_mb: u32,
    pub interval_s: u32,
    pub gzip: bool,
    pub common_attributes: Vec<(String, String)>,
    pub role_arn: Option<String>,
    pub retry_s: u32,
    pub backup_all: bool,
    pub logging: Value,
    pub secrets: Option<Value>,
}

/// A Splunk destination (HTTP Event Collector).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Splunk {
    pub hec_endpoint: String,
    /// Raw or Event.
    pub endpoint_type: String,
    pub token: Option<String>,
    pub ack_timeout_s: u32,
    pub retry_s: u32,
    pub backup_all: bool,
    pub size_mb: u32,
    pub interval_s: u32,
    pub logging: Value,
    pub secrets: Option<Value>,
}

fn int(c: &Value, k: &str) -> Option<i64> {
    c.get(k).and_then(Value::as_i64)
}

fn text<'a>(c: &'a Value, k: &str) -> Option<&'a str> {
    c.get(k).and_then(Value::as_str)
}

fn obj<'a>(c: &'a Value, k: &str) -> Option<&'a Value> {
    c.get(k).filter(|v| v.is_object())
}

fn missing(member: &str) -> AwsError {
    errors::constraint("null", member, "Member must not be null")
}

fn retry(c: &Value, into: &mut u32) -> AwsResult<()> {
    if let Some(v) = obj(c, "RetryOptions").and_then(|r| int(r, "DurationInSeconds")) {
        config::range(v, (0, 7200), "retryOptions.durationInSeconds")?;
        *into = v as u32;
    }
    Ok(())
}

fn hints(
    c: &Value,
    size: &mut u32,
    interval: &mut u32,
    sizes: (u32, u32),
    intervals: (u32, u32),
) -> AwsResult<()> {
    if let Some(h) = obj(c, "BufferingHints") {
        if let Some(v) = int(h, "SizeInMBs") {
            config::range(v, sizes, "bufferingHints.sizeInMBs")?;
            *size = v as u32;
        }
        if let Some(v) = int(h, "IntervalInSeconds") {
            config::range(v, intervals, "bufferingHints.intervalInSeconds")?;
            *interval = v as u32;
        }
    }
    Ok(())
}

fn backup_mode(c: &Value, all: &str, failed: &str, into: &mut bool) -> AwsResult<()> {
    match text(c, "S3BackupMode") {
        None => Ok(()),
        Some(v) if v == all => {
            *into = true;
            Ok(())
        }
        Some(v) if v == failed => {
            *into = false;
            Ok(())
        }
        Some(v) => Err(errors::constraint(
            v,
            "s3BackupMode",
            &format!("Member must satisfy enum value set: [{failed}, {all}]"),
        )),
    }
}

/// Applies a destination-level ProcessingConfiguration to the S3 part.
fn processing(c: &Value, s3: &mut S3Destination) -> AwsResult<()> {
    if let Some(v) = obj(c, "ProcessingConfiguration") {
        let (lambda, delimiter) = config::parse_processing(v)?;
        s3.processing_config = Some(v.clone());
        s3.lambda = lambda;
        s3.append_delimiter = delimiter;
    }
    Ok(())
}

fn secrets_enabled(v: &Option<Value>) -> bool {
    v.as_ref()
        .and_then(|s| s.get("Enabled"))
        .and_then(Value::as_bool)
        == Some(true)
}

fn vpc_refused(c: &Value) -> AwsResult<()> {
    if obj(c, "VpcConfiguration").is_some() {
        return Err(AwsError::not_emulated(
            "firehose OpenSearch VpcConfiguration (delivery into a VPC)",
        ));
    }
    Ok(())
}

/// The S3 configuration member of a create (`S3Configuration`) or an update
/// (`S3Update`) — the same shape for what Switchyard reads.
fn s3_part(c: &Value, update: bool) -> Option<&Value> {
    obj(
        c,
        if update {
            "S3Update"
        } else {
            "S3Configuration"
        },
    )
}

/// Redshift's intermediate bucket cannot be compressed with Snappy, ZIP or
/// Hadoop-compatible Snappy (developer guide, "Choose Amazon Redshift for your
/// destination": only GZIP or uncompressed).
fn redshift_compression(s3: &S3Destination) -> AwsResult<()> {
    use super::compress::Compression;
    if !matches!(
        s3.compression,
        Compression::Uncompressed | Compression::Gzip
    ) {
        return Err(errors::invalid_argument(format!(
            "CompressionFormat {} is not supported for the Amazon Redshift destination: use UNCOMPRESSED or GZIP.",
            s3.compression.as_str()
        )));
    }
    Ok(())
}

/// A JDBC URL as botocore's pattern has it:
/// `jdbc:(redshift|postgresql)://<host labels>.redshift(-serverless)?.<...>:<port>/<db>`.
fn check_jdbc(v: &str) -> AwsResult<()> {
    let ok = (|| {
        let rest = v
            .strip_prefix("jdbc:redshift://")
            .or_else(|| v.strip_prefix("jdbc:postgresql://"))?;
        let (hostport, db) = rest.split_once('/')?;
        let (host, port) = hostport.rsplit_once(':')?;
        let port_ok =
            !port.is_empty() && port.len() <= 5 && port.chars().all(|c| c.is_ascii_digit());
        let db_ok = !db.is_empty()
            && db
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_$-".contains(c));
        let labels: Vec<&str> = host.split('.').collect();
        let at = labels
            .iter()
            .position(|l| *l == "redshift" || *l == "redshift-serverless")?;
        let labels_ok = at >= 1
            && at + 1 < labels.len()
            && labels[..at].iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        Some(port_ok && db_ok && labels_ok)
    })()
    .unwrap_or(false);
    if !ok {
        return Err(errors::constraint(
            v,
            "clusterJDBCURL",
            "Member must satisfy regular expression pattern: jdbc:(redshift|postgresql)://((?!-)[A-Za-z0-9-]{1,63}(?<!-)\\.)+(redshift(-serverless)?)\\.([a-zA-Z0-9\\.\\-]+):\\d{1,5}/[a-zA-Z0-9_$-]+",
        ));
    }
    Ok(())
}

fn check_https(v: &str, member: &str) -> AwsResult<()> {
    if !v.starts_with("https:") || v.len() > 1000 {
        return Err(errors::constraint(
            v,
            member,
            "Member must satisfy regular expression pattern: https:.*",
        ));
    }
    Ok(())
}

impl Redshift {
    fn empty() -> Self {
        Redshift {
            role_arn: String::new(),
            jdbc_url: String::new(),
            table: String::new(),
            columns: None,
            copy_options: None,
            username: None,
            password: None,
            // RedshiftRetryOptions: "The default value is 3600 seconds".
            retry_s: 3600,
            logging: json!({"Enabled": false}),
            secrets: None,
        }
    }

    fn merge(&mut self, c: &Value) -> AwsResult<()> {
        if let Some(v) = text(c, "RoleARN") {
            config::check_role(v)?;
            self.role_arn = v.into();
        }
        if let Some(v) = text(c, "ClusterJDBCURL") {
            check_jdbc(v)?;
            self.jdbc_url = v.into();
        }
        if let Some(cc) = obj(c, "CopyCommand") {
            if let Some(t) = text(cc, "DataTableName") {
                self.table = t.into();
            }
            if let Some(t) = text(cc, "DataTableColumns") {
                self.columns = (!t.trim().is_empty()).then(|| t.to_string());
            }
            if let Some(t) = text(cc, "CopyOptions") {
                super::redshift::CopyOptions::parse(t)?;
                self.copy_options = (!t.trim().is_empty()).then(|| t.to_string());
            }
        }
        if let Some(v) = text(c, "Username") {
            self.username = Some(v.into());
        }
        if let Some(v) = text(c, "Password") {
            if v.len() < 6 {
                return Err(errors::constraint(
                    "***",
                    "password",
                    "Member must have length greater than or equal to 6",
                ));
            }
            self.password = Some(v.into());
        }
        retry(c, &mut self.retry_s)?;
        if let Some(v) = obj(c, "CloudWatchLoggingOptions") {
            self.logging = v.clone();
        }
        if let Some(v) = obj(c, "SecretsManagerConfiguration") {
            self.secrets = Some(v.clone());
        }
        if self.role_arn.is_empty() {
            return Err(missing("roleARN"));
        }
        if self.jdbc_url.is_empty() {
            return Err(missing("clusterJDBCURL"));
        }
        if self.table.is_empty() {
            return Err(missing("copyCommand.dataTableName"));
        }
        if !secrets_enabled(&self.secrets) && (self.username.is_none() || self.password.is_none()) {
            // Wording ours: AWS requires Username and Password unless the
            // credentials come from Secrets Manager.
            return Err(errors::invalid_argument(
                "Username and Password are required when SecretsManagerConfiguration is not enabled.",
            ));
        }
        Ok(())
    }

    fn describe(&self, s3: &S3Destination) -> Value {
        let mut cc = json!({"DataTableName": self.table});
        if let Some(c) = &self.columns {
            cc["DataTableColumns"] = json!(c);
        }
        if let Some(o) = &self.copy_options {
            cc["CopyOptions"] = json!(o);
        }
        let mut m = Map::new();
        m.insert("RoleARN".into(), json!(self.role_arn));
        m.insert("ClusterJDBCURL".into(), json!(self.jdbc_url));
        m.insert("CopyCommand".into(), cc);
        if let Some(u) = &self.username {
            m.insert("Username".into(), json!(u));
        }
        m.insert(
            "RetryOptions".into(),
            json!({"DurationInSeconds": self.retry_s}),
        );
        m.insert("S3DestinationDescription".into(), s3.describe(false));
        m.insert("ProcessingConfiguration".into(), processing_description(s3));
        config::describe_backup(s3, &mut m);
        m.insert("CloudWatchLoggingOptions".into(), self.logging.clone());
        if let Some(v) = &self.secrets {
            m.insert("SecretsManagerConfiguration".into(), v.clone());
        }
        Value::Object(m)
    }
}

fn processing_description(s3: &S3Destination) -> Value {
    s3.processing_config
        .clone()
        .unwrap_or_else(|| json!({"Enabled": false, "Processors": []}))
}

impl OpenSearch {
    fn empty(kind: OsKind) -> Self {
        OpenSearch {
            kind,
            role_arn: String::new(),
            domain_arn: None,
            cluster_endpoint: None,
            collection_endpoint: None,
            index: String::new(),
            type_name: None,
            // "The default value is OneDay" (IndexRotationPeriod); Serverless
            // has no rotation.
            rotation: if kind == OsKind::Serverless {
                Rotation::NoRotation
            } else {
                Rotation::OneDay
            },
            size_mb: 5,
            interval_s: 300,
            retry_s: 300,
            backup_all: false,
            logging: json!({"Enabled": false}),
            no_document_id: false,
            document_id_given: false,
        }
    }

    fn merge(&mut self, c: &Value) -> AwsResult<()> {
        if let Some(v) = text(c, "RoleARN") {
            config::check_role(v)?;
            self.role_arn = v.into();
        }
        if self.kind == OsKind::Serverless {
            if let Some(v) = text(c, "CollectionEndpoint") {
                check_https(v, "collectionEndpoint")?;
                self.collection_endpoint = Some(v.into());
            }
        } else {
            let domain = text(c, "DomainARN");
            let endpoint = text(c, "ClusterEndpoint");
            if domain.is_some() && endpoint.is_some() {
                return Err(errors::invalid_argument(
                    "Specify either DomainARN or ClusterEndpoint, not both.",
                ));
            }
            if let Some(v) = domain {
                let ok = v.starts_with("arn:")
                    && v.split(':').nth(2) == Some("es")
                    && v.split(':').nth(5).is_some_and(|r| {
                        r.strip_prefix("domain/").is_some_and(|n| {
                            (3..=28).contains(&n.len())
                                && n.starts_with(|c: char| c.is_ascii_lowercase())
                                && n.chars().all(|c| {
                                    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
                                })
                        })
                    });
                if !ok {
                    return Err(errors::constraint(
                        v,
                        "domainARN",
                        "Member must satisfy regular expression pattern: arn:.*:es:[a-zA-Z0-9\\-]+:\\d{12}:domain/[a-z][-0-9a-z]{2,27}",
                    ));
                }
                self.domain_arn = Some(v.into());
                self.cluster_endpoint = None;
            }
            if let Some(v) = endpoint {
                check_https(v, "clusterEndpoint")?;
                self.cluster_endpoint = Some(v.into());
                self.domain_arn = None;
            }
            if let Some(v) = text(c, "TypeName") {
                self.type_name = (!v.is_empty()).then(|| v.to_string());
            }
            if let Some(v) = text(c, "IndexRotationPeriod") {
                self.rotation = Rotation::parse(v, "indexRotationPeriod")?;
            }
            if let Some(d) = obj(c, "DocumentIdOptions") {
                match text(d, "DefaultDocumentIdFormat") {
                    Some("FIREHOSE_DEFAULT") => self.no_document_id = false,
                    Some("NO_DOCUMENT_ID") => self.no_document_id = true,
                    other => return Err(errors::constraint(
                        other.unwrap_or("null"),
                        "documentIdOptions.defaultDocumentIdFormat",
                        "Member must satisfy enum value set: [FIREHOSE_DEFAULT, NO_DOCUMENT_ID]",
                    )),
                }
                self.document_id_given = true;
            }
        }
        if let Some(v) = text(c, "IndexName") {
            if v.is_empty() || v.chars().count() > 80 {
                return Err(errors::constraint(
                    v,
                    "indexName",
                    if v.is_empty() {
                        "Member must have length greater than or equal to 1"
                    } else {
                        "Member must have length less than or equal to 80"
                    },
                ));
            }
            self.index = v.into();
        }
        hints(
            c,
            &mut self.size_mb,
            &mut self.interval_s,
            (1, 100),
            (0, 900),
        )?;
        retry(c, &mut self.retry_s)?;
        backup_mode(
            c,
            "AllDocuments",
            "FailedDocumentsOnly",
            &mut self.backup_all,
        )?;
        if let Some(v) = obj(c, "CloudWatchLoggingOptions") {
            self.logging = v.clone();
        }
        vpc_refused(c)?;
        if self.role_arn.is_empty() {
            return Err(missing("roleARN"));
        }
        if self.index.is_empty() {
            return Err(missing("indexName"));
        }
        if self.address().is_empty() {
            return Err(errors::invalid_argument(
                if self.kind == OsKind::Serverless {
                    "CollectionEndpoint is required."
                } else {
                    "Either DomainARN or ClusterEndpoint must be specified."
                },
            ));
        }
        Ok(())
    }

    fn describe(&self, s3: &S3Destination) -> Value {
        let mut m = Map::new();
        m.insert("RoleARN".into(), json!(self.role_arn));
        if let Some(v) = &self.domain_arn {
            m.insert("DomainARN".into(), json!(v));
        }
        if let Some(v) = &self.cluster_endpoint {
            m.insert("ClusterEndpoint".into(), json!(v));
        }
        if let Some(v) = &self.collection_endpoint {
            m.insert("CollectionEndpoint".into(), json!(v));
        }
        m.insert("IndexName".into(), json!(self.index));
        if self.kind != OsKind::Serverless {
            if let Some(t) = &self.type_name {
                m.insert("TypeName".into(), json!(t));
            }
            m.insert("IndexRotationPeriod".into(), json!(self.rotation.as_str()));
        }
        m.insert(
            "BufferingHints".into(),
            json!({"IntervalInSeconds": self.interval_s, "SizeInMBs": self.size_mb}),
        );
        m.insert(
            "RetryOptions".into(),
            json!({"DurationInSeconds": self.retry_s}),
        );
        m.insert(
            "S3BackupMode".into(),
            json!(if self.backup_all {
                "AllDocuments"
            } else {
                "FailedDocumentsOnly"
            }),
        );
        m.insert("S3DestinationDescription".into(), s3.describe(false));
        m.insert("ProcessingConfiguration".into(), processing_description(s3));
        m.insert("CloudWatchLoggingOptions".into(), self.logging.clone());
        if self.kind != OsKind::Serverless && self.document_id_given {
            m.insert(
                "DocumentIdOptions".into(),
                json!({"DefaultDocumentIdFormat": if self.no_document_id { "NO_DOCUMENT_ID" } else { "FIREHOSE_DEFAULT" }}),
            );
        }
        Value::Object(m)
    }
}

impl HttpEndpoint {
    fn empty() -> Self {
        HttpEndpoint {
            url: String::new(),
            name: None,
            access_key: None,
            // HttpEndpointBufferingHints defaults (API reference: 5 MB, 300 s).
            size_mb: 5,
            interval_s: 300,
            gzip: false,
            common_attributes: Vec::new(),
            role_arn: None,
            // HttpEndpointRetryOptions: the console's default, 300 s.
            retry_s: 300,
            backup_all: false,
            logging: json!({"Enabled": false}),
            secrets: None,
        }
    }

    fn merge(&mut self, c: &Value) -> AwsResult<()> {
        if let Some(e) = obj(c, "EndpointConfiguration") {
            if let Some(v) = text(e, "Url") {
                if !v.starts_with("https://") || v.len() > 1000 {
                    return Err(errors::constraint(
                        v,
                        "endpointConfiguration.url",
                        "Member must satisfy regular expression pattern: https://.*",
                    ));
                }
                self.url = v.into();
            }
            if let Some(v) = text(e, "Name") {
                if v.trim().is_empty() || v.len() > 256 {
                    return Err(errors::constraint(
                        v,
                        "endpointConfiguration.name",
                        "Member must satisfy regular expression pattern: ^(?!\\s*$).+",
                    ));
                }
                self.name = Some(v.into());
            }
            if let Some(v) = text(e, "AccessKey") {
                if v.len() > 4096 {
                    return Err(errors::constraint(
                        "***",
                        "endpointConfiguration.accessKey",
                        "Member must have length less than or equal to 4096",
                    ));
                }
                self.access_key = Some(v.into());
            }
        }
        hints(
            c,
            &mut self.size_mb,
            &mut self.interval_s,
            (1, 64),
            (0, 900),
        )?;
        if let Some(r) = obj(c, "RequestConfiguration") {
            match text(r, "ContentEncoding") {
                None => {}
                Some("NONE") => self.gzip = false,
                Some("GZIP") => self.gzip = true,
                Some(v) => {
                    return Err(errors::constraint(
                        v,
                        "requestConfiguration.contentEncoding",
                        "Member must satisfy enum value set: [NONE, GZIP]",
                    ))
                }
            }
            if let Some(list) = r.get("CommonAttributes").and_then(Value::as_array) {
                if list.len() > 50 {
                    return Err(errors::constraint(
                        "[...]",
                        "requestConfiguration.commonAttributes",
                        "Member must have length less than or equal to 50",
                    ));
                }
                self.common_attributes = list
                    .iter()
                    .map(|a| {
                        (
                            text(a, "AttributeName").unwrap_or_default().to_string(),
                            text(a, "AttributeValue").unwrap_or_default().to_string(),
                        )
                    })
                    .collect();
            }
        }
        if let Some(v) = text(c, "RoleARN") {
            config::check_role(v)?;
            self.role_arn = Some(v.into());
        }
        retry(c, &mut self.retry_s)?;
        backup_mode(c, "AllData", "FailedDataOnly", &mut self.backup_all)?;
        if let Some(v) = obj(c, "CloudWatchLoggingOptions") {
            self.logging = v.clone();
        }
        if let Some(v) = obj(c, "SecretsManagerConfiguration") {
            self.secrets = Some(v.clone());
        }
        if self.url.is_empty() {
            return Err(missing("endpointConfiguration.url"));
        }
        Ok(())
    }

    fn describe(&self, s3: &S3Destination) -> Value {
        let mut e = json!({"Url": self.url});
        if let Some(n) = &self.name {
            e["Name"] = json!(n);
        }
        let attrs: Vec<Value> = self
            .common_attributes
            .iter()
            .map(|(k, v)| json!({"AttributeName": k, "AttributeValue": v}))
            .collect();
        let mut m = Map::new();
        m.insert("EndpointConfiguration".into(), e);
        m.insert(
            "BufferingHints".into(),
            json!({"SizeInMBs": self.size_mb, "IntervalInSeconds": self.interval_s}),
        );
        m.insert("CloudWatchLoggingOptions".into(), self.logging.clone());
        m.insert(
            "RequestConfiguration".into(),
            json!({"ContentEncoding": if self.gzip { "GZIP" } else { "NONE" }, "CommonAttributes": attrs}),
        );
        m.insert("ProcessingConfiguration".into(), processing_description(s3));
        if let Some(r) = &self.role_arn {
            m.insert("RoleARN".into(), json!(r));
        }
        m.insert(
            "RetryOptions".into(),
            json!({"DurationInSeconds": self.retry_s}),
        );
        m.insert(
            "S3BackupMode".into(),
            json!(if self.backup_all {
                "AllData"
            } else {
                "FailedDataOnly"
            }),
        );
        m.insert("S3DestinationDescription".into(), s3.describe(false));
        if let Some(v) = &self.secrets {
            m.insert("SecretsManagerConfiguration".into(), v.clone());
        }
        Value::Object(m)
    }
}

impl Splunk {
    fn empty() -> Self {
        Splunk {
            hec_endpoint: String::new(),
            endpoint_type: String::new(),
            token: None,
            // HECAcknowledgmentTimeoutInSeconds: 180..=600, default 180;
            // SplunkRetryOptions default 3600 s; SplunkBufferingHints default
            // 60 s and 5 MB (API reference).
            ack_timeout_s: 180,
            retry_s: 3600,
            backup_all: false,
            size_mb: 5,
            interval_s: 60,
            logging: json!({"Enabled": false}),
            secrets: None,
        }
    }

    fn merge(&mut self, c: &Value) -> AwsResult<()> {
        if let Some(v) = text(c, "HECEndpoint") {
            self.hec_endpoint = v.into();
        }
        match text(c, "HECEndpointType") {
            None => {}
            Some(v @ ("Raw" | "Event")) => self.endpoint_type = v.into(),
            Some(v) => {
                return Err(errors::constraint(
                    v,
                    "hECEndpointType",
                    "Member must satisfy enum value set: [Raw, Event]",
                ))
            }
        }
        if let Some(v) = text(c, "HECToken") {
            self.token = Some(v.into());
        }
        if let Some(v) = int(c, "HECAcknowledgmentTimeoutInSeconds") {
            config::range(v, (180, 600), "hECAcknowledgmentTimeoutInSeconds")?;
            self.ack_timeout_s = v as u32;
        }
        retry(c, &mut self.retry_s)?;
        backup_mode(c, "AllEvents", "FailedEventsOnly", &mut self.backup_all)?;
        hints(c, &mut self.size_mb, &mut self.interval_s, (1, 5), (0, 60))?;
        if let Some(v) = obj(c, "CloudWatchLoggingOptions") {
            self.logging = v.clone();
        }
        if let Some(v) = obj(c, "SecretsManagerConfiguration") {
            self.secrets = Some(v.clone());
        }
        if self.hec_endpoint.is_empty() {
            return Err(missing("hECEndpoint"));
        }
        if self.endpoint_type.is_empty() {
            return Err(missing("hECEndpointType"));
        }
        if self.token.is_none() && !secrets_enabled(&self.secrets) {
            return Err(errors::invalid_argument(
                "HECToken is required when SecretsManagerConfiguration is not enabled.",
            ));
        }
        Ok(())
    }

    fn describe(&self, s3: &S3Destination) -> Value {
        let mut m = Map::new();
        m.insert("HECEndpoint".into(), json!(self.hec_endpoint));
        m.insert("HECEndpointType".into(), json!(self.endpoint_type));
        if let Some(t) = &self.token {
            m.insert("HECToken".into(), json!(t));
        }
        m.insert(
            "HECAcknowledgmentTimeoutInSeconds".into(),
            json!(self.ack_timeout_s),
        );
        m.insert(
            "RetryOptions".into(),
            json!({"DurationInSeconds": self.retry_s}),
        );
        m.insert(
            "S3BackupMode".into(),
            json!(if self.backup_all {
                "AllEvents"
            } else {
                "FailedEventsOnly"
            }),
        );
        m.insert("S3DestinationDescription".into(), s3.describe(false));
        m.insert("ProcessingConfiguration".into(), processing_description(s3));
        m.insert("CloudWatchLoggingOptions".into(), self.logging.clone());
        m.insert(
            "BufferingHints".into(),
            json!({"IntervalInSeconds": self.interval_s, "SizeInMBs": self.size_mb}),
        );
        if let Some(v) = &self.secrets {
            m.insert("SecretsManagerConfiguration".into(), v.clone());
        }
        Value::Object(m)
    }
}

/// The create members this module parses, with the kind each makes.
pub const MEMBERS: &[&str] = &[
    "RedshiftDestinationConfiguration",
    "ElasticsearchDestinationConfiguration",
    "AmazonopensearchserviceDestinationConfiguration",
    "AmazonOpenSearchServerlessDestinationConfiguration",
    "HttpEndpointDestinationConfiguration",
    "SplunkDestinationConfiguration",
];

/// The update member for each create member (same order as `MEMBERS`).
pub const UPDATE_MEMBERS: &[&str] = &[
    "RedshiftDestinationUpdate",
    "ElasticsearchDestinationUpdate",
    "AmazonopensearchserviceDestinationUpdate",
    "AmazonOpenSearchServerlessDestinationUpdate",
    "HttpEndpointDestinationUpdate",
    "SplunkDestinationUpdate",
];

fn empty_for(member_index: usize) -> Target {
    match member_index {
        0 => Target::Redshift(Box::new(Redshift::empty())),
        1 => Target::OpenSearch(Box::new(OpenSearch::empty(OsKind::Elasticsearch))),
        2 => Target::OpenSearch(Box::new(OpenSearch::empty(OsKind::Service))),
        3 => Target::OpenSearch(Box::new(OpenSearch::empty(OsKind::Serverless))),
        4 => Target::Http(Box::new(HttpEndpoint::empty())),
        _ => Target::Splunk(Box::new(Splunk::empty())),
    }
}

fn same_kind(a: &Target, b: &Target) -> bool {
    match (a, b) {
        (Target::OpenSearch(x), Target::OpenSearch(y)) => x.kind == y.kind,
        _ => std::mem::discriminant(a) == std::mem::discriminant(b),
    }
}

/// Parses CreateDeliveryStream's destination member `MEMBERS[i]`: the target
/// and its S3 configuration.
pub fn parse(i: usize, c: &Value) -> AwsResult<(Target, S3Destination)> {
    let s3c = s3_part(c, false).ok_or_else(|| missing("s3Configuration"))?;
    let mut s3 = S3Destination::parse(s3c, false)?;
    let mut t = empty_for(i);
    t.merge(c)?;
    processing(c, &mut s3)?;
    if let Target::Redshift(_) = t {
        redshift_compression(&s3)?;
        config::merge_backup(&mut s3, c)?;
    }
    Ok((t, s3))
}

/// UpdateDestination with `UPDATE_MEMBERS[i]`: the same kind merges ("If the
/// destination type is the same, Firehose merges the configuration parameters
/// specified with the destination configuration that already exists");
/// another kind is configured from scratch ("all parameters must be
/// specified"); OpenSearch cannot be switched to or from ("Switching between
/// Amazon OpenSearch Service and other services is not supported").
pub fn update(
    i: usize,
    c: &Value,
    target: &Target,
    s3: &S3Destination,
) -> AwsResult<(Target, S3Destination)> {
    let fresh = empty_for(i);
    if same_kind(&fresh, target) {
        let mut t = target.clone();
        let mut s3 = s3.clone();
        t.merge(c)?;
        if let Some(u) = s3_part(c, true) {
            s3.merge(u)?;
        }
        processing(c, &mut s3)?;
        if let Target::Redshift(_) = t {
            redshift_compression(&s3)?;
            config::merge_backup(&mut s3, c)?;
        }
        return Ok((t, s3));
    }
    if matches!(fresh, Target::OpenSearch(_)) || matches!(target, Target::OpenSearch(_)) {
        return Err(errors::invalid_argument(
            "Switching between Amazon OpenSearch Service and other destination types is not supported.",
        ));
    }
    let s3c = s3_part(c, true).ok_or_else(|| missing("s3Update"))?;
    let mut s3 = S3Destination::parse(s3c, false)?;
    let mut t = fresh;
    t.merge(c)?;
    processing(c, &mut s3)?;
    if let Target::Redshift(_) = t {
        redshift_compression(&s3)?;
        config::merge_backup(&mut s3, c)?;
    }
    Ok((t, s3))
}

impl Target {
    fn merge(&mut self, c: &Value) -> AwsResult<()> {
        match self {
            Target::S3 => Ok(()),
            Target::Redshift(r) => r.merge(c),
            Target::OpenSearch(o) => o.merge(c),
            Target::Http(h) => h.merge(c),
            Target::Splunk(s) => s.merge(c),
        }
    }

    /// The DestinationDescription member and its value (None for S3, which
    /// `ops` describes itself).
    pub fn describe(&self, s3: &S3Destination) -> Option<(&'static str, Value)> {
        Some(match self {
            Target::S3 => return None,
            Target::Redshift(r) => ("RedshiftDestinationDescription", r.describe(s3)),
            Target::OpenSearch(o) => (
                match o.kind {
                    OsKind::Elasticsearch => "ElasticsearchDestinationDescription",
                    OsKind::Service => "AmazonopensearchserviceDestinationDescription",
                    OsKind::Serverless => "AmazonOpenSearchServerlessDestinationDescription",
                },
                o.describe(s3),
            ),
            Target::Http(h) => ("HttpEndpointDestinationDescription", h.describe(s3)),
            Target::Splunk(s) => ("SplunkDestinationDescription", s.describe(s3)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jdbc_urls() {
        assert!(
            check_jdbc("jdbc:redshift://c1.abc123.us-east-1.redshift.amazonaws.com:5439/dev")
                .is_ok()
        );
        assert!(check_jdbc(
            "jdbc:redshift://wg.123456789012.us-east-1.redshift-serverless.amazonaws.com:5439/dev"
        )
        .is_ok());
        assert!(check_jdbc("jdbc:mysql://c1.redshift.amazonaws.com:5439/dev").is_err());
        assert!(check_jdbc("jdbc:redshift://redshift.amazonaws.com:5439/dev").is_err());
        assert!(check_jdbc("jdbc:redshift://c1.redshift.amazonaws.com/dev").is_err());
    }
}
