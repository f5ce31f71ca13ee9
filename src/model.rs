//! API model descriptors: each service's operations and the shapes of their
//! inputs, as AWS's API models define them (member names, types, required).
//!
//! One description serves every front end: the CLI turns `--queue-url X` into the
//! member `QueueUrl` and parses shorthand or JSON by the member's shape; the query
//! protocol decoder turns `Attribute.1.Name=...` into the same JSON; the JSON
//! protocols check member types against it. Engines then deserialize the JSON
//! input into their typed requests.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The services of the world. Names are AWS's endpoint prefixes / CLI names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Service {
    Sqs,
    Sns,
    Kinesis,
    Firehose,
    KinesisAnalytics,
    S3,
    CloudWatch,
    Lambda,
    AutoScaling,
}

impl Service {
    pub const ALL: [Service; 9] = [
        Service::Sqs,
        Service::Sns,
        Service::Kinesis,
        Service::Firehose,
        Service::KinesisAnalytics,
        Service::S3,
        Service::CloudWatch,
        Service::Lambda,
        Service::AutoScaling,
    ];

    /// The AWS CLI's name for the service (`aws sqs ...`).
    pub fn cli_name(self) -> &'static str {
        match self {
            Service::Sqs => "sqs",
            Service::Sns => "sns",
            Service::Kinesis => "kinesis",
            Service::Firehose => "firehose",
            Service::KinesisAnalytics => "kinesisanalytics",
            Service::S3 => "s3api",
            Service::CloudWatch => "cloudwatch",
            Service::Lambda => "lambda",
            Service::AutoScaling => "autoscaling",
        }
    }

    /// The service for a CLI name.
    pub fn from_cli_name(name: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.cli_name() == name)
    }

    /// The `X-Amz-Target` prefix of JSON-protocol services.
    pub fn json_target_prefix(self) -> Option<&'static str> {
        match self {
            Service::Sqs => Some("AmazonSQS"),
            Service::Kinesis => Some("Kinesis_20131202"),
            Service::Firehose => Some("Firehose_20150804"),
            Service::KinesisAnalytics => Some("KinesisAnalytics_20150814"),
            Service::CloudWatch => Some("GraniteServiceVersion20100801"),
            Service::Sns | Service::S3 | Service::Lambda | Service::AutoScaling => None,
        }
    }

    /// The service whose JSON target prefix is `prefix`.
    pub fn from_json_target_prefix(prefix: &str) -> Option<Service> {
        Service::ALL
            .into_iter()
            .find(|s| s.json_target_prefix() == Some(prefix))
    }

    /// The operations Switchyard knows the shape of, if it emulates the service.
    pub fn spec(self) -> Option<&'static ServiceSpec> {
        match self {
            Service::Sqs => Some(&crate::sqs::model::SPEC),
            Service::Sns => Some(&crate::sns::model::SPEC),
            Service::S3 => Some(&crate::s3::model::SPEC),
            Service::Kinesis => Some(&crate::kinesis::model::SPEC),
            Service::Lambda => Some(&crate::lambda::model::SPEC),
            Service::CloudWatch => Some(&crate::cloudwatch::model::SPEC),
            Service::AutoScaling => Some(&crate::autoscaling::model::SPEC),
            Service::Firehose => Some(&crate::firehose::model::SPEC),
            Service::KinesisAnalytics => Some(&crate::analytics::model::SPEC),
        }
    }
}

impl fmt::Display for Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.cli_name())
    }
}

/// The type of a value in an API shape.
#[derive(Debug)]
pub enum Shape {
    String,
    Integer,
    Long,
    Boolean,
    Double,
    /// Bytes; base64 text in JSON.
    Blob,
    /// A point in time; epoch seconds in JSON.
    Timestamp,
    List(&'static Shape),
    /// A map with string keys and values of the given shape. The query protocol
    /// and XML name a map entry's key and value (`key`/`value` unless the model
    /// says otherwise, e.g. SNS message attributes' `Name`/`Value`).
    Map {
        value: &'static Shape,
        key_name: &'static str,
        value_name: &'static str,
    },
    Structure(&'static [Member]),
}

/// The names of `members`, comma-separated, for "must be one of" messages.
pub fn member_names(members: &[Member]) -> String {
    members
        .iter()
        .map(|m| m.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A named member of a structure.
#[derive(Debug)]
pub struct Member {
    pub name: &'static str,
    pub shape: &'static Shape,
    pub required: bool,
    /// For REST-XML lists that are not flattened, the element name of each
    /// item (`<Bucket>`). (SQS's flattened query names are not carried here:
    /// the JSON model they are generated from has lost them; see
    /// `protocol::query::Naming`.)
    pub query_name: Option<&'static str>,
    /// Where a REST protocol carries the member (S3: path, query, header, body).
    pub location: Location,
    /// The member's XML element name where it differs from `name` (S3:
    /// `TopicConfiguration` for `TopicConfigurations`, `S3Key` for `Key`).
    pub xml_name: Option<&'static str>,
    /// A flattened XML list: its items repeat the member's element with no wrapper.
    pub flattened: bool,
}

/// Where a REST protocol (S3's REST-XML) carries a member; `Body` for every
/// member of the JSON and query protocols.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// In the XML (or JSON) body, inside the payload structure.
    Body,
    /// A `{Label}` (or greedy `{Label+}`) of the request URI.
    Uri(&'static str),
    /// A query-string parameter.
    Query(&'static str),
    /// One HTTP header.
    Header(&'static str),
    /// Every header starting with the prefix, as a map (`x-amz-meta-`).
    Headers(&'static str),
    /// The whole HTTP body: a blob (an object's bytes) or a structure written as
    /// XML with the member's XML name as its root element.
    Payload,
}

impl Member {
    pub const fn req(name: &'static str, shape: &'static Shape) -> Member {
        Member {
            name,
            shape,
            required: true,
            query_name: None,
            location: Location::Body,
            xml_name: None,
            flattened: false,
        }
    }
    pub const fn opt(name: &'static str, shape: &'static Shape) -> Member {
        Member {
            name,
            shape,
            required: false,
            query_name: None,
            location: Location::Body,
            xml_name: None,
            flattened: false,
        }
    }
    pub const fn query(mut self, query_name: &'static str) -> Member {
        self.query_name = Some(query_name);
        self
    }
    /// Carried at `location` by a REST protocol.
    pub const fn at(mut self, location: Location) -> Member {
        self.location = location;
        self
    }
    /// Named `xml_name` in XML.
    pub const fn xml(mut self, xml_name: &'static str) -> Member {
        self.xml_name = Some(xml_name);
        self
    }
    /// A flattened XML list.
    pub const fn flat(mut self) -> Member {
        self.flattened = true;
        self
    }
    /// The member's XML element name.
    pub fn xml_element(&self) -> &'static str {
        self.xml_name.unwrap_or(self.name)
    }
}

/// One operation: its AWS name, input members and output members.
#[derive(Debug)]
pub struct OperationSpec {
    pub name: &'static str,
    pub input: &'static [Member],
    /// The members of the response (the query protocol's XML is written by them).
    pub output: &'static [Member],
}

/// A service's operations.
#[derive(Debug)]
pub struct ServiceSpec {
    pub service: Service,
    pub operations: &'static [OperationSpec],
    /// REST protocols only: each operation's HTTP method and request URI
    /// template (`PUT /{Bucket}/{Key+}`, `GET /{Bucket}?list-type=2`).
    pub http: &'static [HttpBinding],
}

/// A REST operation's HTTP binding, from the model's `http` trait.
#[derive(Debug)]
pub struct HttpBinding {
    pub operation: &'static str,
    pub method: &'static str,
    /// The request URI template, query literals included.
    pub request_uri: &'static str,
    /// The HTTP status of a success.
    pub response_code: u16,
}

impl ServiceSpec {
    /// The operation named exactly `name` (`SendMessage`).
    pub fn operation(&self, name: &str) -> Option<&'static OperationSpec> {
        self.operations.iter().find(|o| o.name == name)
    }

    /// The operation whose CLI name is `cli` (`send-message`).
    pub fn operation_by_cli_name(&self, cli: &str) -> Option<&'static OperationSpec> {
        self.operations.iter().find(|o| cli_name(o.name) == cli)
    }
}

/// The AWS CLI's name for an API name: `SendMessageBatch` -> `send-message-batch`,
/// `MD5OfBody` -> `md5-of-body`, `QueueURL` -> `queue-url`.
pub fn cli_name(api_name: &str) -> String {
    let chars: Vec<char> = api_name.chars().collect();
    let mut out = String::with_capacity(api_name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('-');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Shapes used by many services.
pub mod shapes {
    use super::Shape;
    pub static STRING: Shape = Shape::String;
    pub static INTEGER: Shape = Shape::Integer;
    pub static LONG: Shape = Shape::Long;
    pub static BOOLEAN: Shape = Shape::Boolean;
    pub static BLOB: Shape = Shape::Blob;
    pub static TIMESTAMP: Shape = Shape::Timestamp;
    pub static STRING_LIST: Shape = Shape::List(&STRING);
    pub static STRING_MAP: Shape = Shape::Map {
        value: &STRING,
        key_name: "key",
        value_name: "value",
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_names_follow_the_aws_cli() {
        assert_eq!(cli_name("SendMessageBatch"), "send-message-batch");
        assert_eq!(cli_name("QueueUrl"), "queue-url");
        assert_eq!(cli_name("MD5OfBody"), "md5-of-body");
        assert_eq!(cli_name("ListQueueTags"), "list-queue-tags");
        assert_eq!(cli_name("tags"), "tags");
        assert_eq!(cli_name("SSEKMSKeyId"), "ssekms-key-id");
    }
}
