//! The Auto Scaling API subset over the query protocol (what the AWS CLI's
//! `aws autoscaling ...` sends): PutScalingPolicy, DescribePolicies,
//! DeletePolicy, ExecutePolicy, DescribeAutoScalingGroups, SetDesiredCapacity,
//! DescribeScalingActivities. Creating or deleting a group stays a Switchyard
//! call (`World::create_auto_scaling_group`, the page's Auto Scaling form):
//! AWS's CreateAutoScalingGroup launches EC2 instances from a launch template,
//! and a group here is made of simulated consumers; it is refused by name.
//! Every other operation is refused by name too.

use super::{AdjustmentType, Invoker, PolicyKind, PolicySpec, Step};
use crate::error::AwsError;
use crate::world::{CallResult, Caller, World};
use serde_json::{json, Value};

fn validation(message: impl Into<String>) -> AwsError {
    AwsError::client("ValidationError", message)
}

/// Required members left out, in AWS's framework wording (`1 validation
/// error detected: Value null at 'policyName' failed to satisfy constraint:
/// Member must not be null`; Auto Scaling answers broken constraints in this
/// form, e.g. "Value '' at 'targetTrackingConfiguration...unit' failed to
/// satisfy constraint", hashicorp/terraform-provider-aws#14989).
fn require(input: &Value, members: &[&str]) -> Result<(), AwsError> {
    let missing: Vec<String> = members
        .iter()
        .filter(|m| input.get(**m).is_none_or(Value::is_null))
        .map(|m| {
            let mut camel = m.to_string();
            camel[..1].make_ascii_lowercase();
            format!("Value null at '{camel}' failed to satisfy constraint: Member must not be null")
        })
        .collect();
    match missing.len() {
        0 => Ok(()),
        1 => Err(validation(format!(
            "1 validation error detected: {}",
            missing[0]
        ))),
        n => Err(validation(format!(
            "{n} validation errors detected: {}",
            missing.join("; ")
        ))),
    }
}

fn s<'a>(input: &'a Value, name: &str) -> Option<&'a str> {
    input.get(name).and_then(Value::as_str)
}

/// A list-of-strings member (names, ids), empty when absent.
fn strings<'a>(input: &'a Value, name: &str) -> Vec<&'a str> {
    input
        .get(name)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// A boolean member (false when absent).
fn flag(input: &Value, name: &str) -> bool {
    match input.get(name) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(t)) => t.eq_ignore_ascii_case("true"),
        _ => false,
    }
}

fn n(input: &Value, name: &str) -> Option<f64> {
    match input.get(name) {
        Some(Value::Number(x)) => x.as_f64(),
        Some(Value::String(t)) => t.trim().parse().ok(),
        _ => None,
    }
}

/// A simulated member's EC2-shaped instance id (from its client id, no draw).
pub fn instance_id(client: u32) -> String {
    format!(
        "i-{:017x}",
        crate::sqs::queue::mix(u64::from(client) ^ 0xec2) >> 4
    )
}

impl World {
    /// Runs one Auto Scaling operation from the wire or the CLI.
    pub(crate) fn autoscaling_call(
        &mut self,
        operation: &str,
        input: Value,
        caller: &Caller,
    ) -> CallResult {
        let _ = caller;
        match operation {
            "PutScalingPolicy" => self.wire_put_scaling_policy(&input),
            "DescribePolicies" => self.wire_describe_policies(&input),
            "DeletePolicy" => {
                require(&input, &["PolicyName"])?;
                let policy = s(&input, "PolicyName").unwrap_or_default();
                let group = s(&input, "AutoScalingGroupName");
                let before = self.autoscaling.policies.len();
                let gid = group.and_then(|g| self.autoscaling.group_by_name(g));
                // PolicyName may also be the policy's ARN (the group may then
                // be left out).
                self.autoscaling.policies.retain(|_, p| {
                    !(p.arn == policy || (gid == Some(p.group) && p.spec.policy_name == policy))
                });
                if self.autoscaling.policies.len() == before {
                    return Err(validation(format!(
                        "Policy {policy} not found for group {}",
                        group.unwrap_or_default()
                    )));
                }
                Ok(json!({}))
            }
            "ExecutePolicy" => {
                require(&input, &["PolicyName"])?;
                let policy = s(&input, "PolicyName").unwrap_or_default();
                let group = s(&input, "AutoScalingGroupName");
                let arn = self
                    .autoscaling
                    .policies
                    .values()
                    .find(|p| {
                        (p.spec.policy_name == policy || p.arn == policy)
                            && group.is_none_or(|g| self.autoscaling.groups.get(&p.group).is_some_and(|x| x.spec.name == g))
                    })
                    .map(|p| p.arn.clone())
                    .ok_or_else(|| validation(format!("Policy {policy} not found")))?;
                let breach = match (n(&input, "MetricValue"), n(&input, "BreachThreshold")) {
                    (Some(v), Some(t)) => Some(v - t),
                    _ => None,
                };
                // HonorCooldown is false unless given (manual scaling does not
                // wait for the cooldown by default).
                let honor_cooldown = flag(&input, "HonorCooldown");
                self.run_policy(&arn, Invoker::User { honor_cooldown }, breach)?;
                Ok(json!({}))
            }
            "DescribeAutoScalingGroups" => self.wire_describe_groups(&input),
            "SetDesiredCapacity" => {
                require(&input, &["AutoScalingGroupName", "DesiredCapacity"])?;
                let group = s(&input, "AutoScalingGroupName").unwrap_or_default();
                let desired = n(&input, "DesiredCapacity").ok_or_else(|| validation("DesiredCapacity must be an integer"))?;
                self.set_desired_capacity(group, desired.max(0.0) as u32, flag(&input, "HonorCooldown"))?;
                Ok(json!({}))
            }
            "DescribeScalingActivities" => self.wire_describe_activities(&input),
            "CreateAutoScalingGroup" => Err(AwsError::not_emulated(
                "CreateAutoScalingGroup (EC2 launch templates); a group of simulated consumers is created with the page's Auto Scaling form or World::create_auto_scaling_group",
            )),
            other => Err(AwsError::not_emulated(format!("Auto Scaling {other}"))),
        }
    }

    fn wire_put_scaling_policy(&mut self, input: &Value) -> CallResult {
        require(input, &["AutoScalingGroupName", "PolicyName"])?;
        let group = s(input, "AutoScalingGroupName").unwrap_or_default();
        let name = s(input, "PolicyName").unwrap_or_default();
        let policy_type = s(input, "PolicyType").unwrap_or("SimpleScaling");
        if matches!(policy_type, "TargetTrackingScaling" | "PredictiveScaling") {
            return Err(AwsError::not_emulated(format!(
                "{policy_type} policies (simple and step scaling are)"
            )));
        }
        let adjustment_type = match s(input, "AdjustmentType") {
            Some("ChangeInCapacity") => AdjustmentType::ChangeInCapacity,
            Some("ExactCapacity") => AdjustmentType::ExactCapacity,
            Some("PercentChangeInCapacity") => AdjustmentType::PercentChangeInCapacity,
            Some(other) => return Err(validation(format!("Invalid adjustment type {other}"))),
            None => {
                return Err(validation(
                    "AdjustmentType is required for a simple or step scaling policy",
                ))
            }
        };
        let cooldown = n(input, "Cooldown").map(|c| c as u32);
        let kind = match policy_type {
            "SimpleScaling" => PolicyKind::SimpleScaling {
                scaling_adjustment: n(input, "ScalingAdjustment").ok_or_else(|| {
                    validation("Scaling increment must be specified for a SimpleScaling policy")
                })? as i32,
                cooldown_s: cooldown,
            },
            "StepScaling" => {
                if cooldown.is_some() {
                    return Err(validation(
                        "Cooldown is only supported with SimpleScaling policies",
                    ));
                }
                let steps = input
                    .get("StepAdjustments")
                    .and_then(Value::as_array)
                    .ok_or_else(|| {
                        validation("StepAdjustments is required for a StepScaling policy")
                    })?
                    .iter()
                    .map(|st| {
                        Ok(Step {
                            lower_bound: n(st, "MetricIntervalLowerBound"),
                            upper_bound: n(st, "MetricIntervalUpperBound"),
                            scaling_adjustment: n(st, "ScalingAdjustment").ok_or_else(|| {
                                validation("ScalingAdjustment is required in a step adjustment")
                            })? as i32,
                        })
                    })
                    .collect::<Result<Vec<_>, AwsError>>()?;
                PolicyKind::StepScaling {
                    steps,
                    estimated_instance_warmup_s: n(input, "EstimatedInstanceWarmup")
                        .map(|w| w as u32),
                }
            }
            other => {
                return Err(AwsError::not_emulated(format!(
                    "{other} policies (simple and step scaling are)"
                )))
            }
        };
        let arn = self.put_scaling_policy(PolicySpec {
            group_name: group.to_string(),
            policy_name: name.to_string(),
            adjustment_type,
            min_adjustment_magnitude: n(input, "MinAdjustmentMagnitude").map(|m| m as u32),
            kind,
        })?;
        Ok(json!({"PolicyARN": arn, "Alarms": []}))
    }

    /// The alarms whose actions name `arn`, as DescribePolicies lists them.
    fn alarms_naming(&self, arn: &str) -> Vec<Value> {
        self.cloudwatch
            .alarms()
            .filter(|a| {
                a.ok_actions
                    .iter()
                    .chain(&a.alarm_actions)
                    .chain(&a.insufficient_data_actions)
                    .any(|x| x == arn)
            })
            .map(|a| json!({"AlarmName": a.name, "AlarmARN": a.arn}))
            .collect()
    }

    fn wire_describe_policies(&mut self, input: &Value) -> CallResult {
        let group = s(input, "AutoScalingGroupName");
        let names: Vec<&str> = strings(input, "PolicyNames");
        let policies: Vec<Value> = self
            .autoscaling
            .policies
            .values()
            .filter_map(|p| {
                let g = self.autoscaling.groups.get(&p.group)?;
                if group.is_some_and(|x| x != g.spec.name)
                    || (!names.is_empty()
                        && !names.contains(&p.spec.policy_name.as_str())
                        && !names.contains(&p.arn.as_str()))
                {
                    return None;
                }
                let adjustment = match p.spec.adjustment_type {
                    AdjustmentType::ChangeInCapacity => "ChangeInCapacity",
                    AdjustmentType::ExactCapacity => "ExactCapacity",
                    AdjustmentType::PercentChangeInCapacity => "PercentChangeInCapacity",
                };
                let mut v = json!({
                    "AutoScalingGroupName": g.spec.name,
                    "PolicyName": p.spec.policy_name,
                    "PolicyARN": p.arn,
                    "AdjustmentType": adjustment,
                    "Alarms": self.alarms_naming(&p.arn),
                    "Enabled": true,
                });
                if let Some(m) = p.spec.min_adjustment_magnitude {
                    v["MinAdjustmentMagnitude"] = json!(m);
                }
                match &p.spec.kind {
                    PolicyKind::SimpleScaling {
                        scaling_adjustment,
                        cooldown_s,
                    } => {
                        v["PolicyType"] = json!("SimpleScaling");
                        v["ScalingAdjustment"] = json!(scaling_adjustment);
                        if let Some(c) = cooldown_s {
                            v["Cooldown"] = json!(c);
                        }
                    }
                    PolicyKind::StepScaling {
                        steps,
                        estimated_instance_warmup_s,
                    } => {
                        v["PolicyType"] = json!("StepScaling");
                        v["MetricAggregationType"] = json!("Average");
                        v["StepAdjustments"] = json!(steps
                            .iter()
                            .map(|st| {
                                let mut x = json!({"ScalingAdjustment": st.scaling_adjustment});
                                if let Some(l) = st.lower_bound {
                                    x["MetricIntervalLowerBound"] = json!(l);
                                }
                                if let Some(u) = st.upper_bound {
                                    x["MetricIntervalUpperBound"] = json!(u);
                                }
                                x
                            })
                            .collect::<Vec<_>>());
                        if let Some(w) = estimated_instance_warmup_s {
                            v["EstimatedInstanceWarmup"] = json!(w);
                        }
                    }
                }
                Some(v)
            })
            .collect();
        Ok(json!({"ScalingPolicies": policies}))
    }

    fn wire_describe_groups(&mut self, input: &Value) -> CallResult {
        let names: Vec<&str> = strings(input, "AutoScalingGroupNames");
        let epoch = self.sim.epoch_unix_ms;
        let groups: Vec<Value> = self
            .autoscaling
            .groups
            .values()
            .filter(|g| names.is_empty() || names.contains(&g.spec.name.as_str()))
            .map(|g| {
                let instances: Vec<Value> = g
                    .members
                    .iter()
                    .map(|m| {
                        json!({
                            "InstanceId": instance_id(m.client.0),
                            "InstanceType": "simulated-consumer",
                            "AvailabilityZone": super::availability_zone(g),
                            "LifecycleState": "InService",
                            "HealthStatus": "Healthy",
                            "ProtectedFromScaleIn": false,
                        })
                    })
                    .collect();
                json!({
                    "AutoScalingGroupName": g.spec.name,
                    "AutoScalingGroupARN": g.arn,
                    "MinSize": g.spec.min_size,
                    "MaxSize": g.spec.max_size,
                    "DesiredCapacity": g.desired,
                    "DefaultCooldown": g.spec.default_cooldown_s.unwrap_or(super::DEFAULT_COOLDOWN_S),
                    "AvailabilityZones": [super::availability_zone(g)],
                    "HealthCheckType": "EC2",
                    "HealthCheckGracePeriod": 0,
                    "Instances": instances,
                    "CreatedTime": (epoch + g.created_ms) as f64 / 1000.0,
                    "TerminationPolicies": ["Default"],
                    "NewInstancesProtectedFromScaleIn": false,
                    // Always present in AWS's answer, empty here (botocore's
                    // example and captured output): no load balancers, target
                    // groups, suspended processes, metrics collection, tags or
                    // traffic sources; no subnets (VPCZoneIdentifier "", as
                    // AWS shows a group made with Availability Zones only).
                    "LoadBalancerNames": [],
                    "TargetGroupARNs": [],
                    "SuspendedProcesses": [],
                    "EnabledMetrics": [],
                    "Tags": [],
                    "TrafficSources": [],
                    "VPCZoneIdentifier": "",
                    "ServiceLinkedRoleARN": format!(
                        "arn:aws:iam::{}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling",
                        g.account_id
                    ),
                })
            })
            .collect();
        Ok(json!({"AutoScalingGroups": groups}))
    }

    /// DescribeScalingActivities: newest first, `MaxRecords` a page (1-100,
    /// 100 when absent), `NextToken` the next page; activities of deleted
    /// groups only with IncludeDeletedGroups.
    fn wire_describe_activities(&mut self, input: &Value) -> CallResult {
        let group = s(input, "AutoScalingGroupName");
        let ids: Vec<&str> = strings(input, "ActivityIds");
        let include_deleted = flag(input, "IncludeDeletedGroups");
        // The documented range; AWS's answer to a value outside it is not
        // known here, so it is brought into the range.
        let max = n(input, "MaxRecords").map_or(100, |m| m.clamp(1.0, 100.0) as usize);
        // NextToken: the counter of the first activity of the page.
        let start = match s(input, "NextToken") {
            None => u64::MAX,
            Some(t) => t
                .strip_prefix("swy-act-")
                .and_then(|x| x.parse::<u64>().ok())
                .ok_or_else(|| {
                    AwsError::client("InvalidNextToken", "The NextToken is not valid.")
                })?,
        };
        let live = |a: &super::Activity| {
            self.autoscaling
                .groups
                .values()
                .any(|g| g.arn == a.group_arn || (a.group_arn.is_empty() && g.spec.name == a.group))
        };
        let mut matching = self.autoscaling.activities.iter().rev().filter(|a| {
            a.seq <= start
                && group.is_none_or(|g| a.group == g)
                && (ids.is_empty() || ids.contains(&super::activity_id(a.seq).as_str()))
                && (include_deleted || live(a))
        });
        let page: Vec<&super::Activity> = matching.by_ref().take(max).collect();
        let next = matching.next().map(|a| a.seq);
        let epoch = self.sim.epoch_unix_ms;
        let activities: Vec<Value> = page
            .into_iter()
            .map(|a| {
                // Members are in service the moment they launch: every
                // activity has finished when it is recorded.
                let at = (epoch + a.at_ms) as f64 / 1000.0;
                let mut v = json!({
                    "ActivityId": super::activity_id(a.seq),
                    "AutoScalingGroupName": a.group,
                    "Description": a.description,
                    "Cause": a.cause,
                    "StartTime": at,
                    "EndTime": at,
                    "StatusCode": "Successful",
                    "Progress": 100,
                });
                if !a.group_arn.is_empty() {
                    v["AutoScalingGroupARN"] = json!(a.group_arn);
                }
                if !a.details.is_empty() {
                    v["Details"] = json!(a.details);
                }
                v
            })
            .collect();
        let mut out = json!({"Activities": activities});
        if let Some(seq) = next {
            out["NextToken"] = json!(format!("swy-act-{seq}"));
        }
        Ok(out)
    }
}
