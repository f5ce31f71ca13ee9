//! The simulated receivers of the destinations other than S3, kept by Firehose
//! as plain serde data (they are not AWS services of the world, as SNS keeps
//! its HTTP/email receivers): Redshift clusters by JDBC URL with their tables
//! and rows, OpenSearch domains / collections by domain ARN or endpoint with
//! their indexes and documents, and HTTP endpoints (custom and third-party,
//! and Splunk HEC endpoints) by URL with the requests they received. Each is
//! bounded (the newest rows, documents and requests are kept; counts are kept
//! in full).
//!
//! How often a receiver fails is a world setting, like SNS's simulated
//! endpoints: `FirehoseSettings::failure_rate_ppm` by URL / JDBC URL / domain,
//! else `default_failure_rate_ppm`, drawn from the world's RNG only when not
//! zero (worlds without one replay exactly as before).

use super::dest::Rotation;
use super::prefix::civil;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, VecDeque};

/// How many rows a table keeps for the page (all are counted).
pub const TABLE_ROWS_KEPT: usize = 1_000;
/// How many documents an index keeps for the page.
pub const INDEX_DOCS_KEPT: usize = 1_000;
/// How many requests an endpoint keeps for the page.
pub const ENDPOINT_REQUESTS_KEPT: usize = 50;

/// Every simulated receiver.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Receivers {
    pub clusters: BTreeMap<String, Cluster>,
    pub domains: BTreeMap<String, Domain>,
    pub endpoints: BTreeMap<String, Endpoint>,
}

/// A Redshift cluster (or Serverless workgroup) by JDBC URL.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cluster {
    pub tables: BTreeMap<String, Table>,
}

/// A table: its columns (untyped) and the rows loaded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: VecDeque<Vec<Value>>,
    pub row_count: u64,
    pub copies: u64,
}

/// An OpenSearch domain or Serverless collection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Domain {
    pub indexes: BTreeMap<String, Index>,
}

/// An index and its newest documents.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Index {
    pub docs: VecDeque<Document>,
    pub count: u64,
}

/// One indexed document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub type_name: Option<String>,
    pub source: Value,
}

/// An HTTP endpoint (or Splunk HEC endpoint) and what reached it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Endpoint {
    pub requests: VecDeque<Request>,
    pub accepted: u64,
    pub failed: u64,
}

/// One request as the endpoint received it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub at_ms: u64,
    pub headers: Vec<(String, String)>,
    /// The body as JSON text (before Content-Encoding).
    pub body: String,
    pub records: u32,
    /// The status it answered.
    pub status: u16,
}

impl Receivers {
    /// Defines (or redefines, emptying it) a table of a simulated cluster — the
    /// CREATE TABLE a Redshift user runs before pointing Firehose at it.
    pub fn create_table(&mut self, jdbc_url: &str, table: &str, columns: &[&str]) {
        self.clusters
            .entry(jdbc_url.to_string())
            .or_default()
            .tables
            .insert(
                table.to_ascii_lowercase(),
                Table {
                    columns: columns.iter().map(|c| c.to_ascii_lowercase()).collect(),
                    ..Default::default()
                },
            );
    }

    /// Drops a table (a COPY into it then fails with Redshift.TableNotFound).
    pub fn drop_table(&mut self, jdbc_url: &str, table: &str) {
        if let Some(c) = self.clusters.get_mut(jdbc_url) {
            c.tables.remove(&table.to_ascii_lowercase());
        }
    }

    pub fn table(&self, jdbc_url: &str, table: &str) -> Option<&Table> {
        self.clusters
            .get(jdbc_url)?
            .tables
            .get(&table.to_ascii_lowercase())
    }

    pub fn index(&self, domain: &str, index: &str) -> Option<&Index> {
        self.domains.get(domain)?.indexes.get(index)
    }

    pub fn endpoint(&self, url: &str) -> Option<&Endpoint> {
        self.endpoints.get(url)
    }
}

impl Table {
    pub fn push(&mut self, rows: Vec<Vec<Value>>) {
        self.row_count += rows.len() as u64;
        self.copies += 1;
        self.rows.extend(rows);
        while self.rows.len() > TABLE_ROWS_KEPT {
            self.rows.pop_front();
        }
    }
}

impl Index {
    pub fn push(&mut self, d: Document) {
        self.count += 1;
        self.docs.push_back(d);
        while self.docs.len() > INDEX_DOCS_KEPT {
            self.docs.pop_front();
        }
    }
}

impl Endpoint {
    pub fn push(&mut self, r: Request) {
        if r.status == 200 {
            self.accepted += 1;
        } else {
            self.failed += 1;
        }
        self.requests.push_back(r);
        while self.requests.len() > ENDPOINT_REQUESTS_KEPT {
            self.requests.pop_front();
        }
    }
}

/// The index a document goes to: IndexName with the rotation's part of the
/// record's UTC arrival time appended (developer guide, "Configure index
/// rotation for OpenSearch Service": myindex-2016-02-25-13, myindex-2016-02-25,
/// myindex-2016-w08, myindex-2016-02).
///
/// OneWeek: the page's note gives the rule — "the week number is calculated
/// using UTC time and according to the following US conventions: A week starts
/// on Sunday; The first week of the year is the first week that contains a
/// Saturday in this year" — so week 1 is the Sunday-to-Saturday week holding
/// 1 January. (The page's own table, 2016-02-25 → w08, matches ISO weeks
/// instead, where that rule gives w09; the stated rule is followed here.)
pub fn index_name(index: &str, rotation: Rotation, unix_ms: u64) -> String {
    let c = civil(unix_ms);
    match rotation {
        Rotation::NoRotation => index.to_string(),
        Rotation::OneHour => format!(
            "{index}-{:04}-{:02}-{:02}-{:02}",
            c.year, c.month, c.day, c.hour
        ),
        Rotation::OneDay => format!("{index}-{:04}-{:02}-{:02}", c.year, c.month, c.day),
        Rotation::OneWeek => format!("{index}-{:04}-w{:02}", c.year, us_week(unix_ms)),
        Rotation::OneMonth => format!("{index}-{:04}-{:02}", c.year, c.month),
    }
}

/// The US week of the year (weeks start on Sunday; week 1 holds 1 January).
pub fn us_week(unix_ms: u64) -> u32 {
    let days = unix_ms / 86_400_000;
    let c = civil(unix_ms);
    // Day of the year, 0-based: days since 1 January of that year.
    let jan1 = days_from_civil(c.year, 1, 1);
    let doy = days as i64 - jan1;
    // 1970-01-01 was a Thursday: weekday 0 = Sunday.
    let weekday_jan1 = (jan1 + 4).rem_euclid(7);
    ((doy + weekday_jan1) / 7 + 1) as u32
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2016-02-25T13:00:00Z
    const T: u64 = 1_456_405_200_000;

    #[test]
    fn rotation_suffixes() {
        assert_eq!(index_name("myindex", Rotation::NoRotation, T), "myindex");
        assert_eq!(
            index_name("myindex", Rotation::OneHour, T),
            "myindex-2016-02-25-13"
        );
        assert_eq!(
            index_name("myindex", Rotation::OneDay, T),
            "myindex-2016-02-25"
        );
        assert_eq!(
            index_name("myindex", Rotation::OneMonth, T),
            "myindex-2016-02"
        );
        // 2016-01-01 was a Friday: week 1 is Dec 27 .. Jan 2; Feb 21..27 is week 9.
        assert_eq!(
            index_name("myindex", Rotation::OneWeek, T),
            "myindex-2016-w09"
        );
        // 2016-01-02 (Saturday) is still week 1, 2016-01-03 (Sunday) week 2.
        assert_eq!(us_week(1_451_692_800_000), 1);
        assert_eq!(us_week(1_451_779_200_000), 2);
    }
}
