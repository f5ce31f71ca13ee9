//! The Auto Scaling API subset over the query protocol (what the AWS CLI's
//! `aws autoscaling ...` sends): PutScalingPolicy, DescribePolicies,
//! DeletePolicy, ExecutePolicy, DescribeAutoScalingGroups, SetDesiredCapacity,
//! DescribeScalingActivities. Creating or deleting a group stays a Switchyard
//! call (`World::create_auto_scaling_group`, the page's Auto Scaling form):
//! AWS's CreateAutoScalingGroup launches EC2 instances from a launch template,
//! and a group here is made of simulated consumers; it is refused by name.
//! Every other operation is refused by name too.

use super::{AdjustmentType, PolicyKind, PolicySpec, Step};
use crate::error::AwsError;
use crate::world::{CallResult, Caller, World};
use serde_json::{json, Value};

fn validation(message: impl Into<String>) -> AwsError {
    AwsError::client("ValidationError", message)
}

fn s<'a>(input: &'a Value, name: &str) -> Option<&'a str> {
    input.get(name).and_then(Value::as_str)
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
                let group = s(&input, "AutoScalingGroupName").ok_or_else(|| validation("AutoScalingGroupName is required"))?;
                let policy = s(&input, "PolicyName").ok_or_else(|| validation("PolicyName is required"))?;
                let before = self.autoscaling.policies.len();
                let gid = self.autoscaling.group_by_name(group);
                // PolicyName may also be the policy's ARN.
                self.autoscaling
                    .policies
                    .retain(|_, p| !(Some(p.group) == gid && (p.spec.policy_name == policy || p.arn == policy)));
                if self.autoscaling.policies.len() == before {
                    return Err(validation(format!("Policy {policy} not found for group {group}")));
                }
                Ok(json!({}))
            }
            "ExecutePolicy" => {
                let policy = s(&input, "PolicyName").ok_or_else(|| validation("PolicyName is required"))?;
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
                self.execute_policy(&arn, "ExecutePolicy (a user request)", breach).map_err(validation)?;
                Ok(json!({}))
            }
            "DescribeAutoScalingGroups" => self.wire_describe_groups(&input),
            "SetDesiredCapacity" => {
                let group = s(&input, "AutoScalingGroupName").ok_or_else(|| validation("AutoScalingGroupName is required"))?;
                let desired = n(&input, "DesiredCapacity").ok_or_else(|| validation("DesiredCapacity is required"))?;
                let honor = input.get("HonorCooldown").and_then(Value::as_bool).unwrap_or(false);
                self.set_desired_capacity(group, desired.max(0.0) as u32, honor)?;
                Ok(json!({}))
            }
            "DescribeScalingActivities" => {
                let group = s(&input, "AutoScalingGroupName");
                let activities: Vec<Value> = self
                    .autoscaling
                    .activities
                    .iter()
                    .rev()
                    .enumerate()
                    .filter(|(_, a)| group.is_none_or(|g| a.group == g))
                    .take(100)
                    .map(|(i, a)| {
                        let at = (self.sim.epoch_unix_ms + a.at_ms) as f64 / 1000.0;
                        json!({
                            "ActivityId": super::uuid_of((self.autoscaling.activities.len() - i) as u64, 0xac7),
                            "AutoScalingGroupName": a.group,
                            "Description": a.description,
                            "Cause": a.cause,
                            "StartTime": at,
                            "EndTime": at,
                            "StatusCode": "Successful",
                            "Progress": 100,
                        })
                    })
                    .collect();
                Ok(json!({"Activities": activities}))
            }
            "CreateAutoScalingGroup" => Err(AwsError::not_emulated(
                "CreateAutoScalingGroup (EC2 launch templates); a group of simulated consumers is created with the page's Auto Scaling form or World::create_auto_scaling_group",
            )),
            other => Err(AwsError::not_emulated(format!("Auto Scaling {other}"))),
        }
    }

    fn wire_put_scaling_policy(&mut self, input: &Value) -> CallResult {
        let group = s(input, "AutoScalingGroupName")
            .ok_or_else(|| validation("AutoScalingGroupName is required"))?;
        let name = s(input, "PolicyName").ok_or_else(|| validation("PolicyName is required"))?;
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
        let kind = match s(input, "PolicyType").unwrap_or("SimpleScaling") {
            "SimpleScaling" => PolicyKind::SimpleScaling {
                scaling_adjustment: n(input, "ScalingAdjustment").ok_or_else(|| {
                    validation("ScalingAdjustment is required for a SimpleScaling policy")
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
        let names: Vec<&str> = input
            .get("PolicyNames")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
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
        let names: Vec<&str> = input
            .get("AutoScalingGroupNames")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
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
                            "AvailabilityZone": format!("{}a", g.region),
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
                    "AvailabilityZones": [format!("{}a", g.region)],
                    "HealthCheckType": "EC2",
                    "HealthCheckGracePeriod": 0,
                    "Instances": instances,
                    "CreatedTime": (epoch + g.created_ms) as f64 / 1000.0,
                    "TerminationPolicies": ["Default"],
                    "NewInstancesProtectedFromScaleIn": false,
                })
            })
            .collect();
        Ok(json!({"AutoScalingGroups": groups}))
    }
}
