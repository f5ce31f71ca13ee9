//! Amazon EC2 Auto Scaling, for simulated SQS consumers: the notes' "CloudWatch
//! Alarm which will trigger the ASG to increase the number of consumers".
//!
//! A group (`GroupSpec`) has a minimum, maximum and desired capacity and a
//! template `ConsumerSpec`; its members are consumers in `World::clients`,
//! launched from the template (and started) when the desired capacity rises
//! and stopped when it falls. Scaling policies (`PolicySpec`) are AWS's simple
//! scaling (one adjustment, then a cooldown during which the group answers no
//! other simple-scaling alarm) and step scaling (the adjustment of the step
//! the metric's breach falls in, bounds relative to the alarm threshold, no
//! cooldown; instances still warming up do not count toward the capacity a
//! further scale-out builds on). A policy is named by AWS's ARN form
//! `arn:aws:autoscaling:<region>:<account>:scalingPolicy:<uuid>:autoScalingGroupName/<group>:policyName/<policy>`,
//! which an alarm lists in its AlarmActions; the world runs it
//! (`World::run_alarm_actions`) while the alarm is in that state — CloudWatch
//! invokes Auto Scaling actions once per evaluation for as long as the alarm
//! stays in the state, not only on the change (CloudWatch User Guide, "Alarm
//! actions").
//!
//! Creating a group is a Switchyard call (`World::create_auto_scaling_group`),
//! not AWS's CreateAutoScalingGroup: AWS launches EC2 instances from a launch
//! template, and here a member is a simulated consumer, whose description is
//! not an AWS shape. Policies, SetDesiredCapacity and the views are plain
//! data too; nothing here draws from the random generator.
//!
//! Scale-in picks its victims approximately as AWS's default termination
//! policy does for one Availability Zone and one launch template: the member
//! closest to its next billing hour (the longest into its current hour of
//! running), ties to the oldest. Availability Zones, lifecycle hooks, instance
//! protection, health checks and launch delays are not emulated: a member is
//! in service the moment it is launched.

pub mod model;
pub mod wire;

use crate::clients::{ClientId, ConsumerSpec};
use crate::error::AwsError;
use crate::sim::Event;
use crate::world::World;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, VecDeque};

/// AWS's default cooldown (DefaultCooldown: 300 seconds).
pub const DEFAULT_COOLDOWN_S: u32 = 300;
/// Activities kept for the page (AWS keeps six weeks).
pub const ACTIVITIES_KEPT: usize = 512;

/// A group as a script or the page describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSpec {
    pub name: String,
    pub min_size: u32,
    pub max_size: u32,
    /// The capacity to start with (MinSize when absent).
    #[serde(default)]
    pub desired_capacity: Option<u32>,
    /// Seconds a simple scaling policy waits after an activity (300 when absent).
    #[serde(default)]
    pub default_cooldown_s: Option<u32>,
    /// What each member is (its `name` is a prefix: members are
    /// `<name>-i-<n>`).
    pub template: ConsumerSpec,
    /// The account and Region the group lives in (the defaults when absent).
    #[serde(default)]
    pub account_id: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
}

/// How a policy's adjustment is read (AdjustmentType).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AdjustmentType {
    ChangeInCapacity,
    ExactCapacity,
    PercentChangeInCapacity,
}

/// One step of a step scaling policy: bounds relative to the alarm
/// threshold (`None`: unbounded), lower inclusive, upper exclusive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    #[serde(default)]
    pub lower_bound: Option<f64>,
    #[serde(default)]
    pub upper_bound: Option<f64>,
    pub scaling_adjustment: i32,
}

/// PolicyType with its settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PolicyKind {
    SimpleScaling {
        scaling_adjustment: i32,
        /// Seconds; the group's DefaultCooldown when absent.
        #[serde(default)]
        cooldown_s: Option<u32>,
    },
    StepScaling {
        steps: Vec<Step>,
        /// Seconds a new member counts as warming up (the group's
        /// DefaultCooldown when absent, as AWS defaults it).
        #[serde(default)]
        estimated_instance_warmup_s: Option<u32>,
    },
}

/// A scaling policy as a script or the page describes it (PutScalingPolicy).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolicySpec {
    pub group_name: String,
    pub policy_name: String,
    pub adjustment_type: AdjustmentType,
    /// PercentChangeInCapacity only: the least number of members to add or remove.
    #[serde(default)]
    pub min_adjustment_magnitude: Option<u32>,
    pub kind: PolicyKind,
}

/// A member of a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub client: ClientId,
    pub launched_ms: u64,
}

/// A group's running state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub id: u32,
    pub spec: GroupSpec,
    pub arn: String,
    pub account_id: String,
    pub region: String,
    pub desired: u32,
    /// In service, oldest first.
    pub members: Vec<Member>,
    /// Simple scaling waits until then (virtual ms).
    pub cooldown_until_ms: u64,
    next_member: u32,
    #[serde(default)]
    pub created_ms: u64,
}

/// A stored policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Policy {
    pub id: u32,
    pub spec: PolicySpec,
    pub arn: String,
    pub group: u32,
}

/// One scaling activity (what DescribeScalingActivities shows): one per
/// member launched or terminated, as AWS records one per instance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub group: String,
    /// The group's ARN (AutoScalingGroupARN; tells a deleted group's
    /// activities from those of a later group of the same name).
    #[serde(default)]
    pub group_arn: String,
    /// A counter over every activity of the world (ActivityId and
    /// DescribeScalingActivities' NextToken are made from it).
    #[serde(default)]
    pub seq: u64,
    pub at_ms: u64,
    /// `Launching a new EC2 instance: i-…` / `Terminating EC2 instance: i-…`.
    pub description: String,
    /// AWS's sentences: why the desired capacity changed, then what the
    /// group did about the difference (two spaces between sentences).
    pub cause: String,
    /// Details' JSON text: the member's Availability Zone.
    #[serde(default)]
    pub details: String,
}

/// AWS's limit on an activity's Cause (XmlStringMaxLen1023).
const CAUSE_MAX_LEN: usize = 1023;

/// An activity's ActivityId (UUID-shaped, from its counter).
pub fn activity_id(seq: u64) -> String {
    uuid_of(seq, 0xac7)
}

/// Who runs a scaling policy: an alarm's action (a simple scaling policy
/// then waits out the group's cooldown), or ExecutePolicy (which waits only
/// with HonorCooldown; AWS: "When you manually scale your Auto Scaling group,
/// the default is not to wait for the cooldown period").
#[derive(Debug, Clone, Copy)]
pub(crate) enum Invoker<'a> {
    Alarm(&'a str),
    User { honor_cooldown: bool },
}

/// Journal events (payload of `sim::Event::AutoScaling`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ScalingEvent {
    GroupCreated {
        group: u32,
    },
    /// The desired capacity changed (`policy`: which one, if any).
    CapacityChanged {
        group: u32,
        from: u32,
        to: u32,
        policy: Option<u32>,
    },
    Launched {
        group: u32,
        client: u32,
    },
    Terminated {
        group: u32,
        client: u32,
    },
    /// A simple scaling policy was invoked during the group's cooldown and did nothing.
    InCooldown {
        group: u32,
        policy: u32,
    },
    GroupDeleted {
        group: u32,
    },
}

/// Activities as saved; a world saved before activities were numbered has
/// them all at 0 (ActivityIds and page tokens are made from the number), so
/// they are numbered 1, 2, ... in their order.
fn activities_numbered<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<VecDeque<Activity>, D::Error> {
    let mut list = VecDeque::<Activity>::deserialize(d)?;
    if list.iter().any(|a| a.seq == 0) {
        for (i, a) in list.iter_mut().enumerate() {
            a.seq = i as u64 + 1;
        }
    }
    Ok(list)
}

/// Every group and policy of the world.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AutoScaling {
    pub(crate) groups: BTreeMap<u32, Group>,
    pub(crate) policies: BTreeMap<u32, Policy>,
    next_group: u32,
    next_policy: u32,
    #[serde(deserialize_with = "activities_numbered")]
    pub(crate) activities: VecDeque<Activity>,
    /// Names of deleted groups, for old journal events.
    deleted_names: BTreeMap<u32, String>,
    /// The next activity's `seq`.
    #[serde(default)]
    next_activity: u64,
}

/// A group as the page and tests see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupView {
    pub name: String,
    pub arn: String,
    pub min_size: u32,
    pub max_size: u32,
    pub desired_capacity: u32,
    pub members: Vec<ClientId>,
    pub cooldown_until_ms: u64,
    pub policies: Vec<(String, String)>,
}

/// A UUID-shaped id from a counter (no random draw: scaling must not shift
/// the world's generator).
pub(crate) fn uuid_of(n: u64, salt: u64) -> String {
    let a = crate::sqs::queue::mix(n ^ salt.rotate_left(17));
    let b = crate::sqs::queue::mix(a ^ 0x5eed);
    let h = format!("{a:016x}{b:016x}");
    format!(
        "{}-{}-4{}-a{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

fn validation(message: impl Into<String>) -> AwsError {
    AwsError::client("ValidationError", message)
}

/// The one Availability Zone a group's members are in (`<region>a`).
pub(crate) fn availability_zone(g: &Group) -> String {
    format!("{}a", g.region)
}

/// ScalingActivityInProgress as AWS words it for a call refused during a
/// cooldown ("Scaling activity <id> is in progress and blocks this action").
fn activity_in_progress(activity_id: &str) -> AwsError {
    AwsError::client(
        "ScalingActivityInProgress",
        format!("Scaling activity {activity_id} is in progress and blocks this action"),
    )
}

impl AutoScaling {
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    pub fn group_name(&self, id: u32) -> String {
        self.groups
            .get(&id)
            .map(|g| g.spec.name.clone())
            .or_else(|| self.deleted_names.get(&id).cloned())
            .unwrap_or_else(|| format!("group #{id}"))
    }

    pub(crate) fn group_by_name(&self, name: &str) -> Option<u32> {
        self.groups
            .values()
            .find(|g| g.spec.name == name)
            .map(|g| g.id)
    }

    /// Snapshots of every group.
    pub fn views(&self) -> Vec<GroupView> {
        self.groups
            .values()
            .map(|g| GroupView {
                name: g.spec.name.clone(),
                arn: g.arn.clone(),
                min_size: g.spec.min_size,
                max_size: g.spec.max_size,
                desired_capacity: g.desired,
                members: g.members.iter().map(|m| m.client).collect(),
                cooldown_until_ms: g.cooldown_until_ms,
                policies: self
                    .policies
                    .values()
                    .filter(|p| p.group == g.id)
                    .map(|p| (p.spec.policy_name.clone(), p.arn.clone()))
                    .collect(),
            })
            .collect()
    }

    /// The activities of group `name`, newest first.
    pub fn activities(&self, name: &str) -> Vec<Activity> {
        self.activities
            .iter()
            .rev()
            .filter(|a| a.group == name)
            .cloned()
            .collect()
    }

    fn activity(&mut self, g: &Group, at_ms: u64, description: String, cause: String) {
        if self.activities.len() == ACTIVITIES_KEPT {
            self.activities.pop_front();
        }
        // Past every kept activity, also those a restored world numbered.
        self.next_activity = self
            .next_activity
            .max(self.activities.back().map_or(0, |a| a.seq))
            + 1;
        self.activities.push_back(Activity {
            group: g.spec.name.clone(),
            group_arn: g.arn.clone(),
            seq: self.next_activity,
            at_ms,
            description,
            cause,
            details: format!("{{\"Availability Zone\":\"{}\"}}", availability_zone(g)),
        });
    }

    /// The ActivityId of group `name`'s latest activity (what AWS names in
    /// ScalingActivityInProgress).
    fn latest_activity_id(&self, name: &str) -> String {
        let seq = self
            .activities
            .iter()
            .rev()
            .find(|a| a.group == name)
            .map_or(self.next_activity, |a| a.seq);
        activity_id(seq)
    }

    /// Panics if a group's bookkeeping is inconsistent.
    pub fn check_invariants(&self) {
        for g in self.groups.values() {
            assert!(
                g.spec.min_size <= g.spec.max_size,
                "group {} min above max",
                g.spec.name
            );
            assert!(
                (g.spec.min_size..=g.spec.max_size).contains(&g.desired),
                "group {} desired {} outside {}..={}",
                g.spec.name,
                g.desired,
                g.spec.min_size,
                g.spec.max_size
            );
            assert_eq!(
                g.members.len() as u32,
                g.desired,
                "group {} members differ from desired",
                g.spec.name
            );
        }
        for p in self.policies.values() {
            assert!(
                self.groups.contains_key(&p.group),
                "policy {} of a missing group",
                p.spec.policy_name
            );
        }
    }
}

/// The new desired capacity an adjustment asks for, before the group's bounds.
fn adjusted(
    current: u32,
    kind: AdjustmentType,
    adjustment: i32,
    min_magnitude: Option<u32>,
) -> i64 {
    let current = i64::from(current);
    match kind {
        AdjustmentType::ChangeInCapacity => current + i64::from(adjustment),
        AdjustmentType::ExactCapacity => i64::from(adjustment),
        AdjustmentType::PercentChangeInCapacity => {
            // "Auto Scaling rounds ... values greater than 1 are rounded down
            // ... values between 0 and 1 are rounded to 1 ... values between 0
            // and -1 are rounded to -1 ... values less than -1 are rounded up."
            let raw = current as f64 * f64::from(adjustment) / 100.0;
            let mut delta = if raw > 0.0 && raw < 1.0 {
                1
            } else if raw < 0.0 && raw > -1.0 {
                -1
            } else {
                raw.trunc() as i64
            };
            if let Some(m) = min_magnitude {
                if delta != 0 && delta.unsigned_abs() < u64::from(m) {
                    delta = delta.signum() * i64::from(m);
                }
            }
            current + delta
        }
    }
}

impl World {
    /// Creates an Auto Scaling group of simulated consumers and launches its
    /// desired capacity at once. Returns the group's ARN.
    pub fn create_auto_scaling_group(&mut self, spec: GroupSpec) -> Result<String, AwsError> {
        if spec.name.is_empty() || spec.name.len() > 255 {
            return Err(validation(
                "AutoScalingGroupName must have length between 1 and 255",
            ));
        }
        if self.autoscaling.group_by_name(&spec.name).is_some() {
            return Err(AwsError::client(
                "AlreadyExists",
                format!("AutoScalingGroup by this name already exists - A group with the name {} already exists", spec.name),
            ));
        }
        if spec.min_size > spec.max_size {
            return Err(validation(
                "The parameter MaxSize must be greater than or equal to MinSize",
            ));
        }
        let desired = spec.desired_capacity.unwrap_or(spec.min_size);
        if !(spec.min_size..=spec.max_size).contains(&desired) {
            return Err(validation(format!(
                "Desired capacity:{desired} must be between the specified min size:{} and max size:{}",
                spec.min_size, spec.max_size
            )));
        }
        let account_id = spec
            .account_id
            .clone()
            .unwrap_or_else(|| crate::world::DEFAULT_ACCOUNT_ID.into());
        let region = spec
            .region
            .clone()
            .unwrap_or_else(|| crate::world::DEFAULT_REGION.into());
        let id = self.autoscaling.next_group;
        self.autoscaling.next_group += 1;
        let arn = format!(
            "arn:aws:autoscaling:{region}:{account_id}:autoScalingGroup:{}:autoScalingGroupName/{}",
            uuid_of(u64::from(id), 0x6a5),
            spec.name
        );
        let name = spec.name.clone();
        self.autoscaling.groups.insert(
            id,
            Group {
                id,
                spec,
                arn: arn.clone(),
                account_id,
                region,
                desired: 0,
                members: vec![],
                cooldown_until_ms: 0,
                next_member: 0,
                created_ms: self.sim.now.as_ms(),
            },
        );
        self.sim
            .record(Event::AutoScaling(ScalingEvent::GroupCreated { group: id }));
        self.scale_to(
            id,
            desired,
            None,
            format!(
                "At {} a user request created an AutoScalingGroup changing the desired capacity from 0 to {desired}.",
                self.when()
            ),
        );
        let _ = name;
        Ok(arn)
    }

    /// Deletes a group; its members are stopped (ForceDelete's behaviour:
    /// AWS refuses to delete a group with instances unless forced or emptied).
    pub fn delete_auto_scaling_group(&mut self, name: &str, force: bool) -> Result<(), AwsError> {
        let id = self
            .autoscaling
            .group_by_name(name)
            .ok_or_else(|| validation(format!("AutoScalingGroup name not found - {name}")))?;
        if !force && !self.autoscaling.groups[&id].members.is_empty() {
            return Err(AwsError::client(
                "ResourceInUse",
                "You cannot delete an AutoScalingGroup while there are instances or pending Spot instance request(s) still in the group.",
            ));
        }
        let g = self.autoscaling.groups.remove(&id).expect("found");
        for m in &g.members {
            self.stop_client(m.client);
        }
        self.autoscaling.policies.retain(|_, p| p.group != id);
        self.autoscaling.deleted_names.insert(id, g.spec.name);
        self.sim
            .record(Event::AutoScaling(ScalingEvent::GroupDeleted { group: id }));
        Ok(())
    }

    /// PutScalingPolicy: creates or replaces a policy; returns its ARN.
    pub fn put_scaling_policy(&mut self, spec: PolicySpec) -> Result<String, AwsError> {
        let gid = self
            .autoscaling
            .group_by_name(&spec.group_name)
            .ok_or_else(|| validation(format!("Group {} not found", spec.group_name)))?;
        if spec.policy_name.is_empty() || spec.policy_name.len() > 255 {
            return Err(validation("PolicyName must have length between 1 and 255"));
        }
        if spec.min_adjustment_magnitude.is_some()
            && spec.adjustment_type != AdjustmentType::PercentChangeInCapacity
        {
            return Err(validation(
                "MinAdjustmentMagnitude is only supported with PercentChangeInCapacity",
            ));
        }
        if let PolicyKind::StepScaling { steps, .. } = &spec.kind {
            check_steps(steps)?;
        }
        let existing = self
            .autoscaling
            .policies
            .values()
            .find(|p| p.group == gid && p.spec.policy_name == spec.policy_name)
            .map(|p| p.id);
        let id = existing.unwrap_or_else(|| {
            let id = self.autoscaling.next_policy;
            self.autoscaling.next_policy += 1;
            id
        });
        let g = &self.autoscaling.groups[&gid];
        let arn = match existing {
            Some(pid) => self.autoscaling.policies[&pid].arn.clone(),
            None => format!(
                "arn:aws:autoscaling:{}:{}:scalingPolicy:{}:autoScalingGroupName/{}:policyName/{}",
                g.region,
                g.account_id,
                uuid_of(u64::from(id), 0x9011c7),
                g.spec.name,
                spec.policy_name
            ),
        };
        self.autoscaling.policies.insert(
            id,
            Policy {
                id,
                spec,
                arn: arn.clone(),
                group: gid,
            },
        );
        Ok(arn)
    }

    /// SetDesiredCapacity; with `honor_cooldown`, refused during a cooldown
    /// (ScalingActivityInProgress), as AWS's HonorCooldown does.
    pub fn set_desired_capacity(
        &mut self,
        name: &str,
        desired: u32,
        honor_cooldown: bool,
    ) -> Result<(), AwsError> {
        let id = self
            .autoscaling
            .group_by_name(name)
            .ok_or_else(|| validation(format!("AutoScalingGroup name not found - {name}")))?;
        let g = &self.autoscaling.groups[&id];
        if !(g.spec.min_size..=g.spec.max_size).contains(&desired) {
            return Err(validation(format!(
                "New SetDesiredCapacity value {desired} is {} {} value {} for the AutoScalingGroup.",
                if desired < g.spec.min_size {
                    "below"
                } else {
                    "above"
                },
                if desired < g.spec.min_size {
                    "min"
                } else {
                    "max"
                },
                if desired < g.spec.min_size {
                    g.spec.min_size
                } else {
                    g.spec.max_size
                }
            )));
        }
        if honor_cooldown && self.sim.now.as_ms() < g.cooldown_until_ms {
            return Err(activity_in_progress(
                &self.autoscaling.latest_activity_id(name),
            ));
        }
        let cause = format!("At {} a user request explicitly set group desired capacity changing the desired capacity from {} to {desired}.", self.when(), g.desired);
        self.scale_to(id, desired, None, cause);
        Ok(())
    }

    /// Every group's snapshot.
    pub fn auto_scaling_groups(&self) -> Vec<GroupView> {
        self.autoscaling.views()
    }

    /// Runs the policy `arn` for an alarm; `breach` is the metric's value
    /// minus the alarm's threshold (step scaling picks its step by it).
    /// Ok(what happened, empty when nothing did) or Err(why it failed).
    pub(crate) fn execute_policy(
        &mut self,
        arn: &str,
        alarm: &str,
        breach: Option<f64>,
    ) -> Result<String, String> {
        self.run_policy(arn, Invoker::Alarm(alarm), breach)
            .map_err(|e| e.message)
    }

    /// Runs the policy `arn` for `invoker` (see `Invoker`). A simple scaling
    /// policy run by an alarm during the group's cooldown does nothing; one
    /// run by ExecutePolicy runs anyway unless HonorCooldown, which refuses
    /// it (ScalingActivityInProgress).
    pub(crate) fn run_policy(
        &mut self,
        arn: &str,
        invoker: Invoker<'_>,
        breach: Option<f64>,
    ) -> Result<String, AwsError> {
        let Some(p) = self
            .autoscaling
            .policies
            .values()
            .find(|p| p.arn == arn)
            .cloned()
        else {
            return Err(validation(format!("No scaling policy {arn}")));
        };
        let g = self.autoscaling.groups[&p.group].clone();
        let now = self.sim.now.as_ms();
        let default_cooldown_s = g.spec.default_cooldown_s.unwrap_or(DEFAULT_COOLDOWN_S);
        let (target, cooldown_s) = match &p.spec.kind {
            PolicyKind::SimpleScaling {
                scaling_adjustment,
                cooldown_s,
            } => {
                if now < g.cooldown_until_ms {
                    match invoker {
                        Invoker::Alarm(_) => {
                            self.sim
                                .record(Event::AutoScaling(ScalingEvent::InCooldown {
                                    group: g.id,
                                    policy: p.id,
                                }));
                            return Ok(String::new());
                        }
                        Invoker::User {
                            honor_cooldown: true,
                        } => {
                            return Err(activity_in_progress(
                                &self.autoscaling.latest_activity_id(&g.spec.name),
                            ))
                        }
                        Invoker::User {
                            honor_cooldown: false,
                        } => {}
                    }
                }
                (
                    adjusted(
                        g.desired,
                        p.spec.adjustment_type,
                        *scaling_adjustment,
                        p.spec.min_adjustment_magnitude,
                    ),
                    Some(cooldown_s.unwrap_or(default_cooldown_s)),
                )
            }
            PolicyKind::StepScaling {
                steps,
                estimated_instance_warmup_s,
            } => {
                let Some(breach) = breach else {
                    return Err(validation("Step scaling needs the alarm's metric value (a state set by SetAlarmState has none)"));
                };
                let Some(step) = steps.iter().find(|s| {
                    s.lower_bound.is_none_or(|l| breach >= l)
                        && s.upper_bound.is_none_or(|u| breach < u)
                }) else {
                    return Err(validation(format!(
                        "No step adjustment covers a breach of {breach}"
                    )));
                };
                let warmup_ms =
                    u64::from(estimated_instance_warmup_s.unwrap_or(default_cooldown_s)) * 1000;
                if step.scaling_adjustment > 0
                    && p.spec.adjustment_type == AdjustmentType::ChangeInCapacity
                {
                    // Members still warming up don't count toward the base
                    // (so a breach held for two minutes does not add twice).
                    let warming = g
                        .members
                        .iter()
                        .filter(|m| m.launched_ms + warmup_ms > now)
                        .count() as u32;
                    let base = g.desired - warming;
                    let t = adjusted(base, p.spec.adjustment_type, step.scaling_adjustment, None);
                    (t.max(i64::from(g.desired)), None)
                } else {
                    (
                        adjusted(
                            g.desired,
                            p.spec.adjustment_type,
                            step.scaling_adjustment,
                            p.spec.min_adjustment_magnitude,
                        ),
                        None,
                    )
                }
            }
        };
        let clamped = target.clamp(i64::from(g.spec.min_size), i64::from(g.spec.max_size)) as u32;
        if clamped == g.desired {
            return Ok(String::new());
        }
        let why = match invoker {
            Invoker::Alarm(alarm) => format!(
                "a monitor alarm {alarm} in state ALARM triggered policy {}",
                p.spec.policy_name
            ),
            Invoker::User { .. } => {
                format!("a user request executed policy {}", p.spec.policy_name)
            }
        };
        let cause = format!(
            "At {} {why} changing the desired capacity from {} to {clamped}.",
            self.when(),
            g.desired
        );
        let from = g.desired;
        self.scale_to(g.id, clamped, Some(p.id), cause);
        if let Some(c) = cooldown_s {
            if let Some(g) = self.autoscaling.groups.get_mut(&p.group) {
                g.cooldown_until_ms = now + u64::from(c) * 1000;
            }
        }
        Ok(format!(
            "changed the desired capacity of {} from {from} to {clamped}",
            g.spec.name
        ))
    }

    /// `2026-01-01T00:05:00Z`, as activity causes date themselves.
    fn when(&self) -> String {
        let t = crate::sim::time::format_unix_ms(self.sim.unix_ms());
        format!("{}Z", &t[..19])
    }

    /// Sets group `id`'s desired capacity and launches or stops members to
    /// match. `first` is the cause's first sentence (why the desired capacity
    /// changed); each member's activity adds AWS's account of the difference
    /// between desired and actual capacity (and, on scale-in, of the members
    /// selected for termination).
    fn scale_to(&mut self, id: u32, desired: u32, policy: Option<u32>, first: String) {
        let now = self.sim.now.as_ms();
        let when = self.when();
        let Some(g) = self.autoscaling.groups.get_mut(&id) else {
            return;
        };
        let from = g.desired;
        let actual = g.members.len() as u32;
        g.desired = desired;
        if from != desired {
            self.sim
                .record(Event::AutoScaling(ScalingEvent::CapacityChanged {
                    group: id,
                    from,
                    to: desired,
                    policy,
                }));
        }
        // Launch.
        let started = format!(
            "{first}  At {when} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from {actual} to {desired}."
        );
        while self.autoscaling.groups[&id].members.len() < desired as usize {
            let g = self.autoscaling.groups.get_mut(&id).expect("group");
            let n = g.next_member;
            g.next_member += 1;
            let mut spec = g.spec.template.clone();
            spec.name = format!("{}-i-{:04}", g.spec.template.name, n);
            if spec.account_id.is_none() {
                spec.account_id = Some(g.account_id.clone());
            }
            let client = self.add_consumer(spec);
            self.autoscaling
                .groups
                .get_mut(&id)
                .expect("group")
                .members
                .push(Member {
                    client,
                    launched_ms: now,
                });
            self.start_client(client);
            self.sim.record(Event::AutoScaling(ScalingEvent::Launched {
                group: id,
                client: client.0,
            }));
            let g = self.autoscaling.groups[&id].clone();
            self.autoscaling.activity(
                &g,
                now,
                format!(
                    "Launching a new EC2 instance: {}",
                    wire::instance_id(client.0)
                ),
                started.clone(),
            );
        }
        // Terminate, by the default termination policy (approximately): the
        // member furthest into its current billing hour, ties to the oldest.
        let g = self.autoscaling.groups.get_mut(&id).expect("group");
        let mut victims = vec![];
        while g.members.len() > desired as usize {
            let (i, _) = g
                .members
                .iter()
                .enumerate()
                .max_by_key(|(i, m)| ((now - m.launched_ms) % 3_600_000, std::cmp::Reverse(*i)))
                .expect("a member");
            victims.push(g.members.remove(i));
        }
        if victims.is_empty() {
            return;
        }
        let mut cause = format!(
            "{first}  At {when} an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from {actual} to {desired}."
        );
        for m in &victims {
            let selected = format!(
                "  At {when} instance {} was selected for termination.",
                wire::instance_id(m.client.0)
            );
            if cause.len() + selected.len() <= CAUSE_MAX_LEN {
                cause.push_str(&selected);
            }
        }
        let g = self.autoscaling.groups[&id].clone();
        for m in victims {
            self.stop_client(m.client);
            self.sim
                .record(Event::AutoScaling(ScalingEvent::Terminated {
                    group: id,
                    client: m.client.0,
                }));
            self.autoscaling.activity(
                &g,
                now,
                format!(
                    "Terminating EC2 instance: {}",
                    wire::instance_id(m.client.0)
                ),
                cause.clone(),
            );
        }
    }
}

fn check_steps(steps: &[Step]) -> Result<(), AwsError> {
    if steps.is_empty() {
        return Err(validation(
            "StepAdjustments must be specified for a StepScaling policy",
        ));
    }
    let mut sorted: Vec<&Step> = steps.iter().collect();
    sorted.sort_by(|a, b| {
        a.lower_bound
            .unwrap_or(f64::NEG_INFINITY)
            .partial_cmp(&b.lower_bound.unwrap_or(f64::NEG_INFINITY))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    for s in &sorted {
        if let (Some(l), Some(u)) = (s.lower_bound, s.upper_bound) {
            if l >= u {
                return Err(validation(
                    "Step adjustment lower bound must be less than its upper bound",
                ));
            }
        }
    }
    for w in sorted.windows(2) {
        if w[0].upper_bound != w[1].lower_bound {
            // AWS: "Step adjustments ... can't overlap or have a gap".
            return Err(validation(
                "Step adjustment intervals must not overlap or have gaps",
            ));
        }
    }
    Ok(())
}

/// A sentence for a scaling event.
pub fn describe_event(world: &World, e: &ScalingEvent) -> String {
    let g = |id: &u32| world.autoscaling.group_name(*id);
    match e {
        ScalingEvent::GroupCreated { group } => format!("Auto Scaling group {} created", g(group)),
        ScalingEvent::CapacityChanged {
            group, from, to, ..
        } => {
            format!("group {} desired capacity {from} -> {to}", g(group))
        }
        ScalingEvent::Launched { group, client } => {
            format!(
                "group {} launched {}",
                g(group),
                world.clients.name(*client)
            )
        }
        ScalingEvent::Terminated { group, client } => {
            format!(
                "group {} terminated {}",
                g(group),
                world.clients.name(*client)
            )
        }
        ScalingEvent::InCooldown { group, .. } => {
            format!("group {} in cooldown: the scaling policy waits", g(group))
        }
        ScalingEvent::GroupDeleted { group } => format!("Auto Scaling group {} deleted", g(group)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_adjustments_round_as_aws_does() {
        use AdjustmentType::*;
        assert_eq!(adjusted(4, PercentChangeInCapacity, 10, None), 5); // 0.4 -> 1
        assert_eq!(adjusted(10, PercentChangeInCapacity, 25, None), 12); // 2.5 -> 2
        assert_eq!(adjusted(10, PercentChangeInCapacity, -25, None), 8); // -2.5 -> -2
        assert_eq!(adjusted(4, PercentChangeInCapacity, -10, None), 3); // -0.4 -> -1
        assert_eq!(adjusted(10, PercentChangeInCapacity, 10, Some(3)), 13);
        assert_eq!(adjusted(3, ChangeInCapacity, -5, None), -2);
        assert_eq!(adjusted(3, ExactCapacity, 7, None), 7);
    }
}
