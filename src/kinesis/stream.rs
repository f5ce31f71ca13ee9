//! One stream's state: its shards (open and closed), their records, rate
//! buckets, and the pure rules every operation shares — how CreateStream lays
//! hash key ranges out, how a partition key picks a shard, what a sequence
//! number looks like.
//!
//! # Guarantees
//! - The open shards' hash key ranges tile 0..=2^128-1 with no gap or overlap;
//!   `open` (derived, rebuilt after a restore) maps each open shard's starting
//!   hash key to its index, so routing a key is one O(log n) B-tree lookup.
//! - Within a shard records are kept in arrival order with consecutive ordinals;
//!   sequence numbers (see [`sequence_number`]) strictly increase with them.

use super::limits::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, VecDeque};

/// Where a stream is in its life (AWS's StreamStatus).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StreamStatus {
    Creating,
    Active,
    Updating,
    Deleting,
}

impl StreamStatus {
    /// AWS's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            StreamStatus::Creating => "CREATING",
            StreamStatus::Active => "ACTIVE",
            StreamStatus::Updating => "UPDATING",
            StreamStatus::Deleting => "DELETING",
        }
    }
}

/// Capacity mode (AWS's StreamMode).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StreamMode {
    Provisioned,
    OnDemand,
}

impl StreamMode {
    pub fn as_str(self) -> &'static str {
        match self {
            StreamMode::Provisioned => "PROVISIONED",
            StreamMode::OnDemand => "ON_DEMAND",
        }
    }
}

/// A rate limit as a "generic cell rate" bucket on the virtual clock: `tat` is
/// the theoretical time at which the bucket is empty again, in ticks of
/// 1/`rate` ms (so one unit costs exactly 1000 ticks, no rounding). A request of
/// `n` units is allowed while the debt after it stays within the burst
/// (`BUCKET_BURST_MS`, one second's worth).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bucket {
    tat: u64,
}

impl Bucket {
    fn now_ticks(now_ms: u64, rate: u64) -> u64 {
        now_ms.saturating_mul(rate)
    }

    /// Takes `n` units if the bucket allows it now.
    pub fn take(&mut self, now_ms: u64, n: u64, rate: u64) -> bool {
        let now = Self::now_ticks(now_ms, rate);
        let start = self.tat.max(now);
        let after = start.saturating_add(n.saturating_mul(1000));
        if after - now > BUCKET_BURST_MS.saturating_mul(rate) {
            return false;
        }
        self.tat = after;
        true
    }

    /// Would `n` units fit now (without taking them)?
    pub fn fits(&self, now_ms: u64, n: u64, rate: u64) -> bool {
        let mut copy = *self;
        copy.take(now_ms, n, rate)
    }

    /// True while the debt is within the one-second burst (a read may start).
    /// GetRecords docs: after a 10 MiB answer "subsequent calls made within
    /// the next 5 seconds throw ProvisionedThroughputExceededException"; here
    /// 10 MiB at 2 MiB/s is five seconds of debt of which one second is the
    /// burst every bucket allows, so the next four seconds throw. (A zero
    /// tolerance would give AWS's five seconds but throttle every read that
    /// follows another within milliseconds, however small; AWS documents 5
    /// calls per second for those. Switchyard keeps the burst and says so.)
    pub fn open(&self, now_ms: u64, rate: u64) -> bool {
        self.tat.saturating_sub(Self::now_ticks(now_ms, rate)) <= BUCKET_BURST_MS * rate
    }

    /// Charges `n` units whatever the balance (a read that was allowed to start
    /// may overdraw: a 10 MiB GetRecords blocks the shard for five seconds).
    pub fn charge(&mut self, now_ms: u64, n: u64, rate: u64) {
        let now = Self::now_ticks(now_ms, rate);
        self.tat = self.tat.max(now).saturating_add(n.saturating_mul(1000));
    }
}

/// One data record as stored. The data is kept as the base64 text it came in
/// and goes out as (AWS JSON carries blobs as base64), with its decoded size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Virtual ms of arrival (ApproximateArrivalTimestamp).
    pub arrival_ms: u64,
    pub partition_key: String,
    /// Base64 of the data blob.
    pub data: String,
    /// Decoded data bytes plus partition key bytes (what the quotas count).
    pub size: u32,
}

/// A shard: a hash key range, its records and rate buckets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    /// The N of `shardId-00000000000N`; also its index in `Stream::shards`.
    pub index: u32,
    pub parent: Option<u32>,
    pub adjacent_parent: Option<u32>,
    pub start: u128,
    pub end: u128,
    pub created_ms: u64,
    /// When a split or merge closed it; no record is added after.
    pub closed_ms: Option<u64>,
    /// Closed, and past its retention: gone from listings, its records dropped.
    pub expired: bool,
    /// Children (one or two) once closed by a split or merge.
    pub children: Vec<u32>,
    pub records: VecDeque<Record>,
    /// Ordinal of `records[0]` (ordinals start at 1 and never repeat).
    pub first_ordinal: u64,
    /// Ordinal the next record will get.
    pub next_ordinal: u64,
    pub write_records: Bucket,
    pub write_bytes: Bucket,
    pub read_calls: Bucket,
    pub read_bytes: Bucket,
    pub iterator_calls: Bucket,
}

impl Shard {
    pub fn new(index: u32, start: u128, end: u128, now_ms: u64) -> Shard {
        Shard {
            index,
            parent: None,
            adjacent_parent: None,
            start,
            end,
            created_ms: now_ms,
            closed_ms: None,
            expired: false,
            children: Vec::new(),
            records: VecDeque::new(),
            first_ordinal: 1,
            next_ordinal: 1,
            write_records: Bucket::default(),
            write_bytes: Bucket::default(),
            read_calls: Bucket::default(),
            read_bytes: Bucket::default(),
            iterator_calls: Bucket::default(),
        }
    }

    pub fn is_open(&self) -> bool {
        self.closed_ms.is_none()
    }

    /// The record with ordinal `n`, if still kept.
    pub fn record(&self, n: u64) -> Option<&Record> {
        let i = n.checked_sub(self.first_ordinal)?;
        self.records.get(usize::try_from(i).ok()?)
    }

    /// Drops records whose retention has ended (arrival + retention <= now).
    /// Returns how many were dropped.
    pub fn trim(&mut self, now_ms: u64, retention_ms: u64) -> u64 {
        let mut n = 0;
        while let Some(r) = self.records.front() {
            if r.arrival_ms.saturating_add(retention_ms) > now_ms {
                break;
            }
            self.records.pop_front();
            self.first_ordinal += 1;
            n += 1;
        }
        n
    }

    /// Ordinal of the first record that arrived at or after `t_ms` (binary
    /// search: arrival times never decrease within a shard).
    pub fn ordinal_at_time(&self, t_ms: u64) -> u64 {
        let i = self.records.partition_point(|r| r.arrival_ms < t_ms);
        self.first_ordinal + i as u64
    }
}

/// A data stream.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stream {
    /// Unique for the life of the world (never reused), so iterators and
    /// sequence numbers of a deleted stream never match a new one.
    pub id: u32,
    pub name: String,
    pub account_id: String,
    pub region: String,
    pub arn: String,
    pub status: StreamStatus,
    pub mode: StreamMode,
    pub created_ms: u64,
    pub retention_hours: u32,
    pub max_record_size_kib: u32,
    pub shards: Vec<Shard>,
    pub tags: BTreeMap<String, String>,
    /// StartStreamEncryption's key (KMS); nothing is encrypted.
    pub kms_key_id: Option<String>,
    pub shard_level_metrics: Vec<String>,
    /// Bumped by every status change, so a stale transition timer is ignored.
    pub transition: u64,
    /// What happens when the current transition completes.
    pub pending: Option<Pending>,
    /// UpdateShardCount calls within the last 24 h (virtual ms).
    pub scalings_ms: Vec<u64>,
    /// On-demand: the peak write throughput seen (bytes/s, records/s, each a
    /// minute's average).
    #[serde(default)]
    pub peak_write: (u64, u64),
    /// When a trim timer is pending (virtual ms).
    pub trim_at: Option<u64>,
    pub consumers: BTreeMap<String, super::Consumer>,
    /// Open shards by starting hash key: derived from `shards`, rebuilt after a
    /// restore by `rebuild`.
    #[serde(skip)]
    pub open: BTreeMap<u128, u32>,
}

/// A transition in progress and what ends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Pending {
    Create,
    Delete,
    Split {
        shard: u32,
        new_start: u128,
    },
    Merge {
        shard: u32,
        adjacent: u32,
    },
    Scale {
        target: u32,
    },
    Mode {
        mode: StreamMode,
    },
    Encryption {
        key: Option<String>,
    },
    /// Enhanced (shard-level) monitoring: the metrics on when done.
    Monitoring {
        metrics: Vec<String>,
    },
}

impl Stream {
    /// A stream of `shards` shards laid out as CreateStream lays them out
    /// ([`even_ranges`]), CREATING, with the default retention. The engine
    /// registers it under its name; benchmarks use it directly (a 10,000-shard
    /// stream is over the account quota CreateStream enforces).
    pub fn new(
        id: u32,
        name: &str,
        account_id: &str,
        region: &str,
        mode: StreamMode,
        shards: u32,
        now_ms: u64,
    ) -> Stream {
        let mut s = Stream {
            id,
            name: name.to_string(),
            account_id: account_id.to_string(),
            region: region.to_string(),
            arn: format!("arn:aws:kinesis:{region}:{account_id}:stream/{name}"),
            status: StreamStatus::Creating,
            mode,
            created_ms: now_ms,
            retention_hours: RETENTION_DEFAULT_HOURS,
            max_record_size_kib: MAX_RECORD_SIZE_KIB_DEFAULT,
            shards: Vec::new(),
            tags: BTreeMap::new(),
            kms_key_id: None,
            shard_level_metrics: Vec::new(),
            transition: 0,
            pending: None,
            scalings_ms: Vec::new(),
            peak_write: (0, 0),
            trim_at: None,
            consumers: BTreeMap::new(),
            open: BTreeMap::new(),
        };
        for (start, end) in even_ranges(shards) {
            s.add_shard(start, end, None, None, now_ms);
        }
        s
    }

    pub fn retention_ms(&self) -> u64 {
        u64::from(self.retention_hours) * 3_600_000
    }

    /// `shardId-000000000007`.
    pub fn shard_id(index: u32) -> String {
        let mut b = *b"shardId-000000000000";
        put_digits(&mut b[8..], u64::from(index));
        String::from(std::str::from_utf8(&b).expect("ASCII"))
    }

    /// The shard index a ShardId names, if it has AWS's form.
    pub fn parse_shard_id(id: &str) -> Option<u32> {
        let digits = id.strip_prefix("shardId-")?;
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    }

    /// A live (not expired) shard by id.
    pub fn shard_by_id(&self, id: &str) -> Option<u32> {
        self.shard_by_index(Self::parse_shard_id(id)?)
    }

    /// A live (not expired) shard by index.
    pub fn shard_by_index(&self, i: u32) -> Option<u32> {
        let s = self.shards.get(i as usize)?;
        (!s.expired).then_some(i)
    }

    /// The shard number a ShardId names as GetShardIterator reads it: the
    /// decimal digits after the last hyphen, or the whole id without one, up
    /// to 2^31-1 ("1", "shard-1" and "shardId-000000000001" all name shard
    /// 1; "ABKLFD8", "2.14E4" and "2147483648" name none). Kinesalite's tests,
    /// which were run against AWS, show these readings.
    pub fn shard_number(id: &str) -> Option<u32> {
        let digits = id.rsplit('-').next().unwrap_or(id);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse::<u32>().ok().filter(|&n| n <= i32::MAX as u32)
    }

    /// Rebuilds the open-shard index (after a restore, or a reshard).
    pub fn rebuild(&mut self) {
        self.open = self
            .shards
            .iter()
            .filter(|s| s.is_open())
            .map(|s| (s.start, s.index))
            .collect();
    }

    /// The open shard whose range holds `hash`: O(log open shards).
    pub fn route(&self, hash: u128) -> u32 {
        let (_, &i) = self
            .open
            .range(..=hash)
            .next_back()
            .expect("open shards tile the key space from 0");
        i
    }

    pub fn open_count(&self) -> u32 {
        self.open.len() as u32
    }

    /// Adds a new open shard over `start..=end` with the given parents.
    pub fn add_shard(
        &mut self,
        start: u128,
        end: u128,
        parent: Option<u32>,
        adjacent: Option<u32>,
        now_ms: u64,
    ) -> u32 {
        let index = self.shards.len() as u32;
        let mut s = Shard::new(index, start, end, now_ms);
        s.parent = parent;
        s.adjacent_parent = adjacent;
        self.shards.push(s);
        self.open.insert(start, index);
        index
    }

    /// Closes open shard `i` (it keeps its records until retention ends).
    pub fn close_shard(&mut self, i: u32, now_ms: u64) {
        let s = &mut self.shards[i as usize];
        debug_assert!(s.is_open());
        s.closed_ms = Some(now_ms);
        let start = s.start;
        self.open.remove(&start);
    }

    /// Splits open shard `i` at `new_start` (start < new_start <= end).
    pub fn split(&mut self, i: u32, new_start: u128, now_ms: u64) -> (u32, u32) {
        let (start, end) = {
            let s = &self.shards[i as usize];
            (s.start, s.end)
        };
        assert!(
            start < new_start && new_start <= end,
            "split key inside the shard"
        );
        self.close_shard(i, now_ms);
        let a = self.add_shard(start, new_start - 1, Some(i), None, now_ms);
        let b = self.add_shard(new_start, end, Some(i), None, now_ms);
        self.shards[i as usize].children = vec![a, b];
        (a, b)
    }

    /// Merges open shard `i` with `adjacent` (adjacent ranges, either order).
    pub fn merge(&mut self, i: u32, adjacent: u32, now_ms: u64) -> u32 {
        let (lo, hi) = {
            let (a, b) = (&self.shards[i as usize], &self.shards[adjacent as usize]);
            if a.start < b.start {
                (a, b)
            } else {
                (b, a)
            }
        };
        assert_eq!(
            lo.end.checked_add(1),
            Some(hi.start),
            "merge of adjacent shards"
        );
        let (start, end) = (lo.start, hi.end);
        self.close_shard(i, now_ms);
        self.close_shard(adjacent, now_ms);
        let c = self.add_shard(start, end, Some(i), Some(adjacent), now_ms);
        self.shards[i as usize].children = vec![c];
        self.shards[adjacent as usize].children = vec![c];
        c
    }

    /// Reaches `target` open shards of even ranges ([`even_ranges`]) by splits
    /// and merges, as AWS's UpdateShardCount does ("performs splits or merges on
    /// individual shards. This can cause short-lived shards to be created"):
    /// first every target boundary that falls inside an open shard splits it,
    /// then the open shards inside each target range merge left to right. Every
    /// shard keeps at most two parents, as the Shard shape allows.
    pub fn scale_uniformly(&mut self, target: u32, now_ms: u64) {
        let ranges = even_ranges(target);
        for &(start, _) in ranges.iter().skip(1) {
            let i = self.route(start);
            if self.shards[i as usize].start != start {
                self.split(i, start, now_ms);
            }
        }
        for &(start, end) in &ranges {
            loop {
                let first = self.open[&start];
                let f = &self.shards[first as usize];
                if f.end == end {
                    break;
                }
                let next = self.open[&(f.end + 1)];
                self.merge(first, next, now_ms);
            }
        }
    }

    /// Every live shard in shard-id order.
    pub fn live_shards(&self) -> impl Iterator<Item = &Shard> {
        self.shards.iter().filter(|s| !s.expired)
    }
}

/// The hash key ranges CreateStream gives `n` shards: the key space divided
/// evenly, `2^128 / n` keys each (rounded down), the last shard taking the
/// remainder up to 2^128-1. Checked against AWS's published layouts in the tests
/// (a 3-shard stream's first shard ends at 113427455640312821154458202477256070484,
/// as DescribeStream output from AWS shows).
pub fn even_ranges(n: u32) -> Vec<(u128, u128)> {
    assert!(n >= 1);
    if n == 1 {
        return vec![(0, MAX_HASH_KEY)];
    }
    let n128 = u128::from(n);
    // 2^128 / n without overflowing: (2^128 - 1) / n, corrected when n divides 2^128.
    let mut step = u128::MAX / n128;
    if (u128::MAX % n128) + 1 == n128 {
        step += 1;
    }
    (0..n128)
        .map(|i| {
            let start = i * step;
            let end = if i + 1 == n128 {
                MAX_HASH_KEY
            } else {
                (i + 1) * step - 1
            };
            (start, end)
        })
        .collect()
}

/// The hash key of a partition key: the MD5 of its UTF-8 bytes as a big-endian
/// 128-bit integer (AWS: "an MD5 hash function is used to map partition keys to
/// 128-bit integer values").
pub fn hash_key(partition_key: &str) -> u128 {
    use md5::{Digest, Md5};
    u128::from_be_bytes(Md5::digest(partition_key.as_bytes()).into())
}

/// A memo of recent partition keys' hash keys: 256 slots, direct-mapped by an
/// FNV-1a hash of the key. MD5 is a third of the cost of a put otherwise, and
/// producers reuse partition keys (user ids, device ids). Derived state: a
/// restored world starts with it empty. The result is always `hash_key(key)`.
#[derive(Debug, Clone, Default)]
pub struct KeyMemo {
    slots: Vec<(String, u128)>,
}

impl KeyMemo {
    const SLOTS: usize = 256;

    /// `hash_key(key)`, from the memo when the key was seen recently.
    pub fn hash(&mut self, key: &str) -> u128 {
        if self.slots.is_empty() {
            self.slots = vec![(String::new(), 0); Self::SLOTS];
        }
        let mut h: u32 = 0x811c_9dc5;
        for b in key.bytes() {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
        let slot = &mut self.slots[h as usize % Self::SLOTS];
        // An empty slot holds "", which is never a valid partition key.
        if !key.is_empty() && slot.0 == key {
            return slot.1;
        }
        let v = hash_key(key);
        slot.0.clear();
        slot.0.push_str(key);
        slot.1 = v;
        v
    }
}

/// Parses a decimal hash key (`0|[1-9]\d{0,38}`) up to 2^128-1.
pub fn parse_hash_key(s: &str) -> Option<u128> {
    let ok_form = s == "0"
        || (!s.is_empty()
            && s.len() <= 39
            && !s.starts_with('0')
            && s.bytes().all(|b| b.is_ascii_digit()));
    if !ok_form {
        return None;
    }
    s.parse::<u128>().ok()
}

/// Sequence numbers: 56 decimal digits, as AWS's are (they start `49...`).
/// Switchyard's layout, fixed-width fields so that string and numeric order
/// agree:
///
/// ```text
///  49 | stream id (8) | shard index (10) | arrival virtual ms (16) | ordinal (20)
/// ```
///
/// The ordinal counts a shard's records from 1; ordinal 0 at the shard's
/// creation time is its StartingSequenceNumber, and the largest ordinal at its
/// close time its EndingSequenceNumber. Within a shard, arrival times never decrease
/// and ordinals increase, so sequence numbers strictly increase.
pub fn sequence_number(stream: u32, shard: u32, at_ms: u64, ordinal: u64) -> String {
    // Written digit by digit into a stack buffer: this runs for every record
    // put and read, and `format!` with padding costs several times more.
    let mut b = [b'0'; 56];
    b[1] = b'9';
    b[0] = b'4';
    put_digits(&mut b[2..10], u64::from(stream));
    put_digits(&mut b[10..20], u64::from(shard));
    put_digits(&mut b[20..36], at_ms);
    put_digits(&mut b[36..56], ordinal);
    String::from(std::str::from_utf8(&b).expect("ASCII digits"))
}

/// Writes `v` right-aligned in decimal into `out` (already '0'-filled), keeping
/// the lowest digits if it is too wide.
fn put_digits(out: &mut [u8], mut v: u64) {
    for slot in out.iter_mut().rev() {
        *slot = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
}

/// The ordinal used for a closed shard's EndingSequenceNumber: larger than any
/// record's.
pub const ENDING_ORDINAL: u64 = u64::MAX;

/// The parts of a sequence number: (stream, shard, arrival ms, ordinal).
pub fn parse_sequence_number(s: &str) -> Option<(u32, u32, u64, u64)> {
    if s.len() != 56 || !s.starts_with("49") || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((
        s[2..10].parse().ok()?,
        s[10..20].parse().ok()?,
        s[20..36].parse().ok()?,
        s[36..56].parse().ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_numbers_are_read_as_get_shard_iterator_reads_them() {
        for (id, n) in [
            ("shardId-000000000001", Some(1)),
            ("1", Some(1)),
            ("shard-0", Some(0)),
            ("x-y-5", Some(5)),
            ("-00002147483647", Some(2_147_483_647)),
            ("2147483647", Some(2_147_483_647)),
            ("2147483648", None),
            ("shardId-002147483648", None),
            ("ABKLFD8", None),
            ("2.14E4", None),
            ("shardId-", None),
            ("", None),
        ] {
            assert_eq!(Stream::shard_number(id), n, "{id}");
        }
    }

    #[test]
    fn create_stream_layouts_match_aws() {
        assert_eq!(even_ranges(1), vec![(0, u128::MAX)]);
        let two = even_ranges(2);
        assert_eq!(two[0].1, 170141183460469231731687303715884105727);
        assert_eq!(two[1].0, 170141183460469231731687303715884105728);
        let three = even_ranges(3);
        assert_eq!(three[0].1, 113427455640312821154458202477256070484);
        assert_eq!(three[1].0, 113427455640312821154458202477256070485);
        assert_eq!(three[1].1, 226854911280625642308916404954512140969);
        assert_eq!(three[2].0, 226854911280625642308916404954512140970);
        assert_eq!(three[2].1, u128::MAX);
        let four = even_ranges(4);
        assert_eq!(four[0].1, 85070591730234615865843651857942052863);
        assert_eq!(four[3].0, 255211775190703847597530955573826158592);
    }

    #[test]
    fn sequence_numbers_have_56_digits_and_parse_back() {
        let s = sequence_number(3, 12, 1_767_225_600_123, 42);
        assert_eq!(s.len(), 56);
        assert_eq!(
            parse_sequence_number(&s),
            Some((3, 12, 1_767_225_600_123, 42))
        );
        assert!(sequence_number(1, 0, 5, 2) > sequence_number(1, 0, 5, 1));
        assert!(sequence_number(1, 0, 6, 1) > sequence_number(1, 0, 5, 9));
        assert!(parse_sequence_number("123").is_none());
        assert_eq!(
            sequence_number(12_345_678, 4_000_000_000, u64::MAX / 10_000, u64::MAX),
            format!(
                "49{:08}{:010}{:016}{:020}",
                12_345_678,
                4_000_000_000u32,
                u64::MAX / 10_000,
                u64::MAX
            )
        );
        assert_eq!(Stream::shard_id(7), "shardId-000000000007");
        assert_eq!(Stream::shard_id(123_456), "shardId-000000123456");
    }

    #[test]
    fn buckets_allow_a_second_of_burst() {
        let mut b = Bucket::default();
        for _ in 0..1000 {
            assert!(b.take(0, 1, 1000));
        }
        assert!(!b.take(0, 1, 1000));
        assert!(b.take(1, 1, 1000));
        let mut r = Bucket::default();
        assert!(r.open(0, 2 << 20));
        r.charge(0, 10 << 20, 2 << 20);
        assert!(!r.open(3_999, 2 << 20));
        assert!(r.open(4_000, 2 << 20));
    }

    #[test]
    fn the_key_memo_always_agrees_with_md5() {
        let mut m = KeyMemo::default();
        for round in 0..3 {
            for i in 0..600 {
                let k = format!("key-{i}");
                assert_eq!(m.hash(&k), hash_key(&k), "round {round}");
            }
        }
    }

    #[test]
    fn hash_keys_parse_in_aws_form() {
        assert_eq!(parse_hash_key("0"), Some(0));
        assert_eq!(parse_hash_key(&u128::MAX.to_string()), Some(u128::MAX));
        assert_eq!(
            parse_hash_key("340282366920938463463374607431768211456"),
            None
        );
        assert_eq!(parse_hash_key("01"), None);
        assert_eq!(parse_hash_key(""), None);
    }
}
