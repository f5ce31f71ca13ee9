//! Resharding and the shard map: SplitShard, MergeShards, UpdateShardCount
//! (uniform scaling) and ListShards with its filters and paging.
//!
//! Resharding is asynchronous as on AWS: the call returns at once, the stream
//! is UPDATING, and after `RESHARD_DELAY_MS` the parents close (an
//! EndingSequenceNumber) and the children open. Parents stay readable until
//! their retention ends.

use super::super::limits::*;
use super::super::stream::{parse_hash_key, Pending, Stream};
use super::super::types::*;
use super::super::{errors, input};
use super::super::{Kinesis, StreamMode, StreamStatus};
use super::streams::shard_out;
use crate::error::AwsResult;
use crate::sim::Sim;
use crate::world::Caller;
use serde_json::{json, Value};

impl Kinesis {
    /// Whether any stream is in on-demand mode (the world's minute boundaries
    /// then have work: `scale_on_demand`).
    pub fn has_on_demand(&self) -> bool {
        self.streams
            .values()
            .any(|s| s.mode == StreamMode::OnDemand)
    }

    /// On-demand scaling, at a minute boundary. AWS's developer guide
    /// ("On-demand mode"): a new stream takes 4 MB/s and 4,000 records/s, and
    /// the stream "accommodates up to double the previous peak write
    /// throughput", scaling when traffic reaches a new peak; traffic above
    /// double the previous peak within 15 minutes may be throttled. How AWS
    /// reshards is not documented. Switchyard measures each on-demand stream's
    /// average write rate over the last minute, keeps its peak, and while the
    /// open shards give less than twice the peak (1 MiB/s and 1,000 records/s
    /// per shard), splits the busiest open shard at the middle of its hash
    /// range: one split per minute, each with the usual resharding delay.
    pub fn scale_on_demand(&mut self, sim: &mut Sim) {
        let now = sim.now.as_ms();
        let ids: Vec<u32> = self
            .streams
            .values()
            .filter(|s| s.mode == StreamMode::OnDemand)
            .map(|s| s.id)
            .collect();
        for id in ids {
            let since = now.saturating_sub(ON_DEMAND_WINDOW_MS);
            let s = self.stream_mut(id);
            // Each open shard's writes in the window.
            let mut busiest: Option<(u64, u32)> = None;
            let (mut bytes, mut records) = (0u64, 0u64);
            for sh in s.shards.iter().filter(|sh| sh.is_open()) {
                let (mut b, mut r) = (0u64, 0u64);
                for rec in sh
                    .records
                    .iter()
                    .rev()
                    .take_while(|rec| rec.arrival_ms > since)
                {
                    b += u64::from(rec.size);
                    r += 1;
                }
                bytes += b;
                records += r;
                let load = b.max(r * 1024);
                if busiest.is_none_or(|(l, _)| load > l) && sh.end - sh.start > 2 {
                    busiest = Some((load, sh.index));
                }
            }
            let secs = ON_DEMAND_WINDOW_MS / 1000;
            s.peak_write.0 = s.peak_write.0.max(bytes.div_ceil(secs));
            s.peak_write.1 = s.peak_write.1.max(records.div_ceil(secs));
            let need = ((2 * s.peak_write.0).div_ceil(SHARD_WRITE_BYTES_PER_S) as u32)
                .max((2 * s.peak_write.1).div_ceil(SHARD_WRITE_RECORDS_PER_S) as u32)
                .max(ON_DEMAND_SHARDS);
            if s.status != StreamStatus::Active || s.pending.is_some() || s.open_count() >= need {
                continue;
            }
            let Some((_, shard)) = busiest else { continue };
            let quota = shard_quota(&s.region);
            let (account, region) = (s.account_id.clone(), s.region.clone());
            if self.open_shards_in_region(&account, &region) + 1 > quota {
                continue;
            }
            let sh = &self.stream(id).shards[shard as usize];
            let new_start = sh.start + (sh.end - sh.start) / 2 + 1;
            self.begin_transition(
                sim,
                id,
                StreamStatus::Updating,
                Pending::Split { shard, new_start },
                RESHARD_DELAY_MS,
            );
        }
    }

    /// The stream for a resharding call: ACTIVE, provisioned.
    fn resolve_for_reshard(&self, caller: &Caller, r: &StreamRef, op: &str) -> AwsResult<u32> {
        let id = self.resolve(caller, r)?;
        let s = self.stream(id);
        if s.mode == StreamMode::OnDemand {
            return Err(errors::validation(format!(
                "{op} is not supported for stream {} under account {} in ON_DEMAND mode. This API is only supported for the data streams with the provisioned capacity mode.",
                s.name, s.account_id
            )));
        }
        if s.status != StreamStatus::Active {
            return Err(errors::not_active(
                &s.name,
                &s.account_id,
                s.status.as_str(),
            ));
        }
        Ok(id)
    }

    fn open_shards_in_region(&self, account: &str, region: &str) -> u32 {
        self.streams
            .values()
            .filter(|s| s.account_id == account && s.region == region)
            .map(|s| s.open_count())
            .sum()
    }

    /// An open shard by id, with AWS's errors for a missing or closed one.
    fn open_shard(&self, id: u32, shard_id: &str, op: &str) -> AwsResult<u32> {
        let s = self.stream(id);
        let i = s.shard_by_id(shard_id).ok_or_else(|| {
            errors::resource_not_found(format!(
                "Could not find shard {shard_id} in stream {} under account {}.",
                s.name, s.account_id
            ))
        })?;
        if !s.shards[i as usize].is_open() {
            return Err(errors::invalid_argument(format!(
                "Shard {shard_id} in stream {} under account {} has already been merged or split, and thus is not eligible for {op}.",
                s.name, s.account_id
            )));
        }
        Ok(i)
    }

    /// SplitShard: NewStartingHashKey must be greater than one plus the
    /// shard's StartingHashKey and less than its EndingHashKey (AWS's rule, in
    /// its error message).
    pub fn split_shard(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: SplitShardInput,
    ) -> AwsResult<()> {
        let id = self.resolve_for_reshard(caller, &input.stream, "SplitShard")?;
        let shard = self.open_shard(id, &input.shard_to_split, "splitting")?;
        let s = self.stream(id);
        let sh = &s.shards[shard as usize];
        let key = parse_hash_key(&input.new_starting_hash_key).ok_or_else(|| {
            errors::constraint(
                &input.new_starting_hash_key,
                "newStartingHashKey",
                "Member must satisfy regular expression pattern: 0|([1-9]\\d{0,38})",
            )
        })?;
        if !(key > sh.start.saturating_add(1) && key < sh.end) {
            return Err(errors::invalid_argument(format!(
                "NewStartingHashKey {key} used in SplitShard() on shard {} in stream {} under account {} is not both greater than one plus the shard's StartingHashKey {} and less than the shard's EndingHashKey {}.",
                input.shard_to_split, s.name, s.account_id, sh.start, sh.end
            )));
        }
        let quota = shard_quota(&s.region);
        if self.open_shards_in_region(&s.account_id, &s.region) + 1 > quota {
            return Err(errors::limit_exceeded(format!(
                "This request would exceed the shard limit for the account {} in {}. Current limit: {quota}.",
                s.account_id, s.region
            )));
        }
        self.begin_transition(
            sim,
            id,
            StreamStatus::Updating,
            Pending::Split {
                shard,
                new_start: key,
            },
            RESHARD_DELAY_MS,
        );
        Ok(())
    }

    /// MergeShards: two open shards whose ranges are adjacent.
    pub fn merge_shards(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: MergeShardsInput,
    ) -> AwsResult<()> {
        let id = self.resolve_for_reshard(caller, &input.stream, "MergeShards")?;
        let a = self.open_shard(id, &input.shard_to_merge, "merging")?;
        let b = self.open_shard(id, &input.adjacent_shard_to_merge, "merging")?;
        let s = self.stream(id);
        let (x, y) = (&s.shards[a as usize], &s.shards[b as usize]);
        let adjacent =
            x.end.checked_add(1) == Some(y.start) || y.end.checked_add(1) == Some(x.start);
        if a == b || !adjacent {
            return Err(errors::invalid_argument(format!(
                "Shards {} and {} in stream {} under account {} are not an adjacent pair of shards eligible for merging",
                input.shard_to_merge, input.adjacent_shard_to_merge, s.name, s.account_id
            )));
        }
        self.begin_transition(
            sim,
            id,
            StreamStatus::Updating,
            Pending::Merge {
                shard: a,
                adjacent: b,
            },
            RESHARD_DELAY_MS,
        );
        Ok(())
    }

    /// UpdateShardCount with UNIFORM_SCALING, within AWS's default limits.
    pub fn update_shard_count(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: UpdateShardCountInput,
    ) -> AwsResult<Value> {
        let id = self.resolve_for_reshard(caller, &input.stream, "UpdateShardCount")?;
        if input.scaling_type != "UNIFORM_SCALING" {
            return Err(errors::constraint(
                &input.scaling_type,
                "scalingType",
                "Member must satisfy enum value set: [UNIFORM_SCALING]",
            ));
        }
        let target = input.target_shard_count;
        if target < 1 {
            return Err(errors::constraint(
                &target.to_string(),
                "targetShardCount",
                "Member must have value greater than or equal to 1",
            ));
        }
        let now = sim.now.as_ms();
        let s = self.stream(id);
        let current = i64::from(s.open_count());
        let (name, account, region, arn) = (
            s.name.clone(),
            s.account_id.clone(),
            s.region.clone(),
            s.arn.clone(),
        );
        let recent = s
            .scalings_ms
            .iter()
            .filter(|&&t| t + UPDATE_SHARD_COUNT_WINDOW_MS > now)
            .count();
        // Wording of the limit errors ours, each naming the documented limit.
        if recent >= UPDATE_SHARD_COUNT_PER_DAY {
            return Err(errors::limit_exceeded(format!(
                "Stream {name} under account {account} has already been scaled {UPDATE_SHARD_COUNT_PER_DAY} times in the last 24 hours."
            )));
        }
        if target > current * 2 {
            return Err(errors::limit_exceeded(format!(
                "UpdateShardCount cannot scale up stream {name} under account {account} to more than double its current open shard count of {current}; requested {target}."
            )));
        }
        if target * 2 < current {
            return Err(errors::limit_exceeded(format!(
                "UpdateShardCount cannot scale down stream {name} under account {account} below half its current open shard count of {current}; requested {target}."
            )));
        }
        if target > i64::from(MAX_SHARDS_PER_STREAM_SCALING) {
            return Err(errors::limit_exceeded(format!(
                "UpdateShardCount cannot scale stream {name} under account {account} to more than {MAX_SHARDS_PER_STREAM_SCALING} shards."
            )));
        }
        if target == current {
            return Err(errors::invalid_argument(format!(
                "Stream {name} under account {account} already has {current} open shards."
            )));
        }
        let quota = i64::from(shard_quota(&region));
        let others = i64::from(self.open_shards_in_region(&account, &region)) - current;
        if others + target > quota {
            return Err(errors::limit_exceeded(format!(
                "This request would exceed the shard limit for the account {account} in {region}. Current limit: {quota}."
            )));
        }
        let s = self.stream_mut(id);
        s.scalings_ms
            .retain(|&t| t + UPDATE_SHARD_COUNT_WINDOW_MS > now);
        s.scalings_ms.push(now);
        self.begin_transition(
            sim,
            id,
            StreamStatus::Updating,
            Pending::Scale {
                target: target as u32,
            },
            RESHARD_DELAY_MS,
        );
        Ok(json!({
            "StreamName": name,
            "CurrentShardCount": current,
            "TargetShardCount": target,
            "StreamARN": arn,
        }))
    }

    /// ListShards: the shards a ShardFilter selects (FROM_TRIM_HORIZON, every
    /// live shard, by default), after ExclusiveStartShardId, at most MaxResults
    /// (1,000) at a time; NextToken carries the filter and expires after 300 s.
    pub fn list_shards(
        &mut self,
        sim: &mut Sim,
        caller: &Caller,
        input: ListShardsInput,
    ) -> AwsResult<Value> {
        let now = sim.now.as_ms();
        // The model's bounds come first (a ValidationException).
        input::check_int_range(input.max_results, "maxResults", 1, LIST_SHARDS_MAX_ARG)?;
        // AWS names the first parameter that clashes with NextToken (the
        // texts for the stream's name and ARN are quoted in botocore#2009 and
        // aws-cli#9635; the other two follow their pattern).
        if input.next_token.is_some() {
            let clash = if input.stream.stream_name.is_some() {
                Some("StreamName")
            } else if input.stream.stream_arn.is_some() {
                Some("StreamARN")
            } else if input.exclusive_start_shard_id.is_some() {
                Some("ExclusiveStartShardId")
            } else if input.stream_creation_timestamp.is_some() {
                Some("StreamCreationTimestamp")
            } else {
                None
            };
            if let Some(name) = clash {
                return Err(errors::invalid_argument(format!(
                    "NextToken and {name} cannot be provided together."
                )));
            }
        }
        let max = input
            .max_results
            .map_or(LIST_SHARDS_DEFAULT, |m| m.min(LIST_SHARDS_DEFAULT)) as usize;
        // (stream, after index, filter kind, filter timestamp ms)
        let (id, after, kind, ts) = match &input.next_token {
            Some(t) => decode_token(t, now)?,
            None => {
                let id = self.resolve(caller, &input.stream)?;
                if let Some(t) = &input.stream_creation_timestamp {
                    let want = Self::timestamp_arg(sim, t, "StreamCreationTimestamp")?;
                    let s = self.stream(id);
                    if want != s.created_ms {
                        return Err(errors::stream_not_found(&s.name, &s.account_id));
                    }
                }
                let mut after = match &input.exclusive_start_shard_id {
                    Some(x) => Some(Stream::parse_shard_id(x).ok_or_else(|| {
                        errors::invalid_argument(format!("Invalid ExclusiveStartShardId {x}."))
                    })?),
                    None => None,
                };
                let (kind, ts) = match &input.shard_filter {
                    None => ("FROM_TRIM_HORIZON".to_string(), 0),
                    Some(f) => {
                        let k = f.kind.as_str();
                        if !matches!(
                            k,
                            "AFTER_SHARD_ID"
                                | "AT_TRIM_HORIZON"
                                | "FROM_TRIM_HORIZON"
                                | "AT_LATEST"
                                | "AT_TIMESTAMP"
                                | "FROM_TIMESTAMP"
                        ) {
                            return Err(errors::constraint(
                                k,
                                "shardFilter.type",
                                "Member must satisfy enum value set: [AFTER_SHARD_ID, AT_TRIM_HORIZON, FROM_TRIM_HORIZON, AT_LATEST, AT_TIMESTAMP, FROM_TIMESTAMP]",
                            ));
                        }
                        if k == "AFTER_SHARD_ID" {
                            let sid = f.shard_id.as_deref().ok_or_else(|| {
                                errors::invalid_argument(
                                    "ShardFilter of type AFTER_SHARD_ID requires a ShardId.",
                                )
                            })?;
                            after = Some(Stream::parse_shard_id(sid).ok_or_else(|| {
                                errors::invalid_argument(format!(
                                    "Invalid ShardId {sid} in ShardFilter."
                                ))
                            })?);
                        } else if f.shard_id.is_some() {
                            return Err(errors::invalid_argument(
                                "ShardId can only be used with a ShardFilter of type AFTER_SHARD_ID.",
                            ));
                        }
                        let ts = match (k, &f.timestamp) {
                            ("AT_TIMESTAMP" | "FROM_TIMESTAMP", None) => {
                                return Err(errors::invalid_argument(format!(
                                    "ShardFilter of type {k} requires a Timestamp."
                                )))
                            }
                            ("AT_TIMESTAMP" | "FROM_TIMESTAMP", Some(t)) => Self::timestamp_arg(sim, t, "Timestamp")?,
                            (_, Some(_)) => {
                                return Err(errors::invalid_argument(
                                    "Timestamp can only be used with a ShardFilter of type AT_TIMESTAMP or FROM_TIMESTAMP.",
                                ))
                            }
                            _ => 0,
                        };
                        (k.to_string(), ts)
                    }
                };
                (id, after, kind, ts)
            }
        };
        let Some(s) = self.streams.get(&id) else {
            return Err(errors::resource_not_found(
                "The stream of this NextToken no longer exists.",
            ));
        };
        let horizon = now.saturating_sub(s.retention_ms()).max(s.created_ms);
        let open_at = |sh: &super::super::stream::Shard, t: u64| {
            sh.created_ms <= t && sh.closed_ms.is_none_or(|c| c > t)
        };
        let selected = |sh: &super::super::stream::Shard| match kind.as_str() {
            "AT_TRIM_HORIZON" => open_at(sh, horizon),
            "AT_LATEST" => sh.is_open(),
            "AT_TIMESTAMP" => sh.created_ms <= ts && sh.closed_ms.is_none_or(|c| c >= ts),
            "FROM_TIMESTAMP" => {
                let t = ts.max(horizon);
                sh.closed_ms.is_none_or(|c| c >= t)
            }
            _ => true, // FROM_TRIM_HORIZON, AFTER_SHARD_ID: every live shard
        };
        let mut shards = Vec::new();
        let mut last = None;
        let mut more = false;
        for sh in s
            .live_shards()
            .filter(|sh| after.is_none_or(|a| sh.index > a))
            .filter(|sh| selected(sh))
        {
            if shards.len() == max {
                more = true;
                break;
            }
            last = Some(sh.index);
            shards.push(serde_json::to_value(shard_out(s, sh)).expect("json"));
        }
        let mut m = serde_json::Map::new();
        m.insert("Shards".into(), Value::Array(shards));
        if more {
            let token = format!("v1|{id}|{}|{now}|{kind}|{ts}", last.unwrap_or(0));
            m.insert(
                "NextToken".into(),
                json!(crate::util::b64_encode(token.as_bytes())),
            );
        }
        Ok(Value::Object(m))
    }
}

/// Decodes a ListShards NextToken: (stream, after, filter kind, timestamp).
fn decode_token(t: &str, now: u64) -> AwsResult<(u32, Option<u32>, String, u64)> {
    let bad = || errors::invalid_argument("Invalid NextToken.");
    let raw =
        String::from_utf8(crate::util::b64_decode(t).map_err(|_| bad())?).map_err(|_| bad())?;
    let p: Vec<&str> = raw.split('|').collect();
    if p.len() != 6 || p[0] != "v1" {
        return Err(bad());
    }
    let id = p[1].parse().map_err(|_| bad())?;
    let after = p[2].parse().map_err(|_| bad())?;
    let issued: u64 = p[3].parse().map_err(|_| bad())?;
    let ts = p[5].parse().map_err(|_| bad())?;
    if now.saturating_sub(issued) > LIST_SHARDS_TOKEN_TTL_MS {
        return Err(errors::expired_next_token());
    }
    Ok((id, Some(after), p[4].to_string(), ts))
}
