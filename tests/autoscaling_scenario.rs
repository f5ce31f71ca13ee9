//! The notes' queue-length example, seeded, on the virtual clock: 600 jobs
//! arrive, ApproximateNumberOfMessagesVisible crosses the high alarm, its
//! simple scaling policy adds consumers one cooldown at a time, the queue
//! drains, the low alarm removes them again down to the minimum; every job is
//! processed once; simple-scaling activities are at least a cooldown apart;
//! same seed, same journal (twice, and across a save and restore mid-run).
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use switchyard::autoscaling::{
    AdjustmentType, GroupSpec, PolicyKind, PolicySpec, ScalingEvent, Step,
};
use switchyard::clients::ConsumerSpec;
use switchyard::model::Service;
use switchyard::sim::{Event, SimTime};
use switchyard::world::Caller;
use switchyard::World;

const JOBS: usize = 600;
const COOLDOWN_S: u32 = 120;

fn call(w: &mut World, service: Service, op: &str, input: Value) -> Value {
    let r = w
        .call_and_wait(service, op, input.clone(), &Caller::default())
        .unwrap_or_else(|e| panic!("{op} {input}: {e:?}"));
    w.check_invariants();
    r
}

fn run_for(w: &mut World, ms: u64) {
    let end = w.now().as_ms() + ms;
    while w.now().as_ms() < end {
        let t = (w.now().as_ms() + 1_000).min(end);
        w.advance_to(SimTime(t));
        w.check_invariants();
    }
}

/// Builds the scenario up to the moment the jobs are queued.
fn setup(seed: u64) -> (World, String) {
    let mut w = World::new(seed);
    w.sqs.settings.short_poll_sampling = false;
    let url = call(
        &mut w,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "jobs", "Attributes": {"VisibilityTimeout": "60"}}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let mut template = ConsumerSpec::new("worker", &url, 1_000);
    template.max_number_of_messages = 5;
    w.create_auto_scaling_group(GroupSpec {
        name: "workers".into(),
        min_size: 1,
        max_size: 4,
        desired_capacity: None,
        default_cooldown_s: None,
        template,
        account_id: None,
        region: None,
    })
    .unwrap();
    let simple = |name: &str, adj: i32| PolicySpec {
        group_name: "workers".into(),
        policy_name: name.into(),
        adjustment_type: AdjustmentType::ChangeInCapacity,
        min_adjustment_magnitude: None,
        kind: PolicyKind::SimpleScaling {
            scaling_adjustment: adj,
            cooldown_s: Some(COOLDOWN_S),
        },
    };
    let out_arn = w.put_scaling_policy(simple("scale-out", 1)).unwrap();
    let in_arn = w.put_scaling_policy(simple("scale-in", -1)).unwrap();
    assert!(out_arn.starts_with("arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:"));
    assert!(out_arn.ends_with(":autoScalingGroupName/workers:policyName/scale-out"));
    let alarm = |name: &str, op: &str, threshold: f64, periods: u32, arn: &str| {
        json!({
            "AlarmName": name, "Namespace": "AWS/SQS", "MetricName": "ApproximateNumberOfMessagesVisible",
            "Dimensions": [{"Name": "QueueName", "Value": "jobs"}], "Statistic": "Maximum", "Period": 60,
            "EvaluationPeriods": periods, "Threshold": threshold, "ComparisonOperator": op, "AlarmActions": [arn],
        })
    };
    call(
        &mut w,
        Service::CloudWatch,
        "PutMetricAlarm",
        alarm(
            "jobs-high",
            "GreaterThanOrEqualToThreshold",
            100.0,
            1,
            &out_arn,
        ),
    );
    call(
        &mut w,
        Service::CloudWatch,
        "PutMetricAlarm",
        alarm("jobs-low", "LessThanOrEqualToThreshold", 5.0, 3, &in_arn),
    );
    for i in 0..JOBS / 10 {
        let entries: Vec<Value> = (0..10)
            .map(|j| json!({"Id": format!("m{j}"), "MessageBody": format!("job {}", i * 10 + j)}))
            .collect();
        call(
            &mut w,
            Service::Sqs,
            "SendMessageBatch",
            json!({"QueueUrl": url, "Entries": entries}),
        );
    }
    (w, url)
}

/// (virtual ms, from, to) of every capacity change.
fn capacity_changes(w: &World) -> Vec<(u64, u32, u32)> {
    w.sim
        .journal
        .entries()
        .filter_map(|e| match &e.event {
            Event::AutoScaling(ScalingEvent::CapacityChanged { from, to, .. }) => {
                Some((e.at.as_ms(), *from, *to))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn queue_backs_up_scales_out_drains_and_scales_back_in() {
    let (mut w, url) = setup(7);
    run_for(&mut w, 40 * 60_000);
    let changes = capacity_changes(&w);
    println!("capacity changes (ms, from, to): {changes:?}");
    // Created at 1, then up one step at a time to the maximum, then down to 1.
    assert_eq!(changes[0], (0, 0, 1), "{changes:?}");
    let ups: Vec<_> = changes.iter().skip(1).filter(|c| c.2 > c.1).collect();
    let downs: Vec<_> = changes.iter().filter(|c| c.2 < c.1).collect();
    assert!(ups.len() >= 2, "scaled out more than once: {changes:?}");
    assert!(
        ups.iter().all(|c| c.2 == c.1 + 1),
        "one consumer per activity: {changes:?}"
    );
    assert!(
        ups.iter().all(|c| c.2 <= 4),
        "never above MaxSize: {changes:?}"
    );
    assert!(!downs.is_empty(), "scaled back in: {changes:?}");
    assert!(
        ups.last().unwrap().0 < downs[0].0,
        "all ups before the downs: {changes:?}"
    );
    assert_eq!(
        w.auto_scaling_groups()[0].desired_capacity,
        1,
        "{changes:?}"
    );
    // The first scale-out happens at the first evaluation (one minute in).
    assert_eq!(ups[0].0, 60_000);
    // Simple scaling: activities at least a cooldown apart.
    for pair in changes[1..].windows(2) {
        assert!(
            pair[1].0 - pair[0].0 >= u64::from(COOLDOWN_S) * 1000,
            "cooldown not respected: {changes:?}"
        );
    }
    // The cooldown made some alarm invocations wait.
    let waited = w
        .sim
        .journal
        .entries()
        .filter(|e| matches!(e.event, Event::AutoScaling(ScalingEvent::InCooldown { .. })))
        .count();
    assert!(waited > 0);
    // Every job processed (deleted) exactly once overall; nothing left.
    let attrs = call(
        &mut w,
        Service::Sqs,
        "GetQueueAttributes",
        json!({"QueueUrl": url, "AttributeNames": ["All"]}),
    );
    assert_eq!(attrs["Attributes"]["ApproximateNumberOfMessages"], "0");
    assert_eq!(
        attrs["Attributes"]["ApproximateNumberOfMessagesNotVisible"],
        "0"
    );
    let processed: u64 = w.clients.views().iter().map(|c| c.counters.processed).sum();
    assert_eq!(processed, JOBS as u64);
    // Alarm states and history: high went ALARM then OK; low ended in ALARM
    // (the queue is empty) with the group at its minimum.
    let alarms = call(&mut w, Service::CloudWatch, "DescribeAlarms", json!({}));
    let state = |n: &str| {
        alarms["MetricAlarms"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["AlarmName"] == n)
            .unwrap()["StateValue"]
            .clone()
    };
    assert_eq!(state("jobs-high"), "OK");
    assert_eq!(state("jobs-low"), "ALARM");
    let hist = call(
        &mut w,
        Service::CloudWatch,
        "DescribeAlarmHistory",
        json!({"AlarmName": "jobs-high", "HistoryItemType": "Action"}),
    );
    let first = hist["AlarmHistoryItems"]
        .as_array()
        .unwrap()
        .last()
        .unwrap();
    assert!(first["HistorySummary"]
        .as_str()
        .unwrap()
        .starts_with("Successfully executed action arn:aws:autoscaling:"));
    // The group's activities say why.
    let acts = w.autoscaling.activities("workers");
    assert!(
        acts.iter().any(|a| a
            .cause
            .contains("a monitor alarm jobs-high in state ALARM triggered policy scale-out")),
        "{acts:?}"
    );
}

#[test]
fn same_seed_same_journal_across_a_save_and_restore() {
    let digest = |save_at: Option<u64>| {
        let (mut w, _) = setup(11);
        if let Some(t) = save_at {
            run_for(&mut w, t);
            w = serde_json::from_str(&serde_json::to_string(&w).unwrap()).unwrap();
            run_for(&mut w, 25 * 60_000 - t);
        } else {
            run_for(&mut w, 25 * 60_000);
        }
        (w.sim.journal.digest_hex(), w.sim.journal.total())
    };
    let a = digest(None);
    assert_eq!(a, digest(None), "reproduce with seed=11");
    assert_eq!(
        a,
        digest(Some(150_500)),
        "reproduce with seed=11 (restored at 150.5 s)"
    );
}

#[test]
fn step_scaling_picks_the_step_of_the_breach_and_counts_warming_members_once() {
    let mut w = World::new(3);
    w.sqs.settings.short_poll_sampling = false;
    let url = call(
        &mut w,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "q"}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    // Workers so slow they barely dent the backlog.
    let mut template = ConsumerSpec::new("slow", &url, 60_000);
    template.max_number_of_messages = 1;
    w.create_auto_scaling_group(GroupSpec {
        name: "g".into(),
        min_size: 1,
        max_size: 10,
        desired_capacity: Some(1),
        default_cooldown_s: Some(300),
        template,
        account_id: None,
        region: None,
    })
    .unwrap();
    let arn = w
        .put_scaling_policy(PolicySpec {
            group_name: "g".into(),
            policy_name: "steps".into(),
            adjustment_type: AdjustmentType::ChangeInCapacity,
            min_adjustment_magnitude: None,
            kind: PolicyKind::StepScaling {
                steps: vec![
                    Step {
                        lower_bound: Some(0.0),
                        upper_bound: Some(50.0),
                        scaling_adjustment: 1,
                    },
                    Step {
                        lower_bound: Some(50.0),
                        upper_bound: None,
                        scaling_adjustment: 3,
                    },
                ],
                estimated_instance_warmup_s: Some(300),
            },
        })
        .unwrap();
    call(
        &mut w,
        Service::CloudWatch,
        "PutMetricAlarm",
        json!({"AlarmName": "deep", "Namespace": "AWS/SQS", "MetricName": "ApproximateNumberOfMessagesVisible",
               "Dimensions": [{"Name": "QueueName", "Value": "q"}], "Statistic": "Maximum", "Period": 60,
               "EvaluationPeriods": 1, "Threshold": 10, "ComparisonOperator": "GreaterThanThreshold", "AlarmActions": [arn]}),
    );
    // The first member's warmup passes before the backlog arrives.
    run_for(&mut w, 300_000);
    for i in 0..100 {
        call(
            &mut w,
            Service::Sqs,
            "SendMessage",
            json!({"QueueUrl": url, "MessageBody": format!("m{i}")}),
        );
    }
    // Visible ~99 at the first minute: breach 89 -> the +3 step.
    run_for(&mut w, 60_000);
    assert_eq!(w.auto_scaling_groups()[0].desired_capacity, 4);
    // Still in ALARM a minute later, but the 3 new members are warming up:
    // the base is 1, and 1 + 3 is no more than 4, so nothing changes.
    run_for(&mut w, 60_000);
    assert_eq!(w.auto_scaling_groups()[0].desired_capacity, 4);
    // After the warmup, another breach adds on top of the whole group.
    run_for(&mut w, 5 * 60_000);
    assert!(
        w.auto_scaling_groups()[0].desired_capacity >= 7,
        "{:?}",
        w.auto_scaling_groups()
    );
}

#[test]
fn set_desired_capacity_and_group_rules() {
    let mut w = World::new(1);
    let url = call(
        &mut w,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "q"}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let spec = GroupSpec {
        name: "g".into(),
        min_size: 0,
        max_size: 3,
        desired_capacity: Some(2),
        default_cooldown_s: None,
        template: ConsumerSpec::new("c", &url, 100),
        account_id: None,
        region: None,
    };
    w.create_auto_scaling_group(spec.clone()).unwrap();
    assert_eq!(
        w.create_auto_scaling_group(spec.clone()).unwrap_err().code,
        "AlreadyExists"
    );
    assert_eq!(w.clients.views().len(), 2);
    assert_eq!(
        w.set_desired_capacity("g", 4, false).unwrap_err().code,
        "ValidationError"
    );
    w.set_desired_capacity("g", 0, false).unwrap();
    assert!(w.auto_scaling_groups()[0].members.is_empty());
    assert!(w
        .clients
        .views()
        .iter()
        .all(|c| c.state == switchyard::clients::ClientState::Stopped));
    w.set_desired_capacity("g", 3, false).unwrap();
    assert_eq!(w.auto_scaling_groups()[0].members.len(), 3);
    assert_eq!(
        w.delete_auto_scaling_group("g", false).unwrap_err().code,
        "ResourceInUse"
    );
    w.delete_auto_scaling_group("g", true).unwrap();
    assert!(w.auto_scaling_groups().is_empty());
    w.check_invariants();
}

#[test]
fn the_autoscaling_cli_subset_drives_a_group_made_in_the_world() {
    let mut w = World::new(5);
    let url = call(
        &mut w,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "q"}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    w.create_auto_scaling_group(GroupSpec {
        name: "g".into(),
        min_size: 1,
        max_size: 5,
        desired_capacity: Some(2),
        default_cooldown_s: Some(60),
        template: ConsumerSpec::new("c", &url, 100),
        account_id: None,
        region: None,
    })
    .unwrap();
    let script = r#"aws autoscaling put-scaling-policy --auto-scaling-group-name g --policy-name out --adjustment-type ChangeInCapacity --scaling-adjustment 2 --cooldown 30
aws autoscaling put-scaling-policy --auto-scaling-group-name g --policy-name steps --policy-type StepScaling --adjustment-type ChangeInCapacity --step-adjustments MetricIntervalLowerBound=0,ScalingAdjustment=1
aws autoscaling describe-policies --auto-scaling-group-name g
aws autoscaling set-desired-capacity --auto-scaling-group-name g --desired-capacity 3
aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names g
aws autoscaling execute-policy --auto-scaling-group-name g --policy-name out
aws autoscaling describe-scaling-activities --auto-scaling-group-name g
aws autoscaling create-auto-scaling-group --auto-scaling-group-name h --min-size 1 --max-size 2 --launch-template LaunchTemplateName=t
aws autoscaling put-scaling-policy --auto-scaling-group-name g --policy-name tt --policy-type TargetTrackingScaling --adjustment-type ChangeInCapacity"#;
    let mut reports = vec![];
    switchyard::runner::run_script(&mut w, script, |r| reports.push(r.clone()));
    let out = |i: usize| {
        reports[i]
            .output
            .clone()
            .unwrap_or_else(|| panic!("line {}: {:?}", i + 1, reports[i].error))
    };
    let arn = out(0)["PolicyARN"].as_str().unwrap().to_string();
    assert!(
        arn.starts_with("arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:")
            && arn.ends_with(":autoScalingGroupName/g:policyName/out"),
        "{arn}"
    );
    let policies = out(2)["ScalingPolicies"].clone();
    assert_eq!(policies.as_array().unwrap().len(), 2);
    assert_eq!(policies[0]["PolicyType"], "SimpleScaling");
    assert_eq!(policies[0]["Cooldown"], 30);
    assert_eq!(
        policies[1]["StepAdjustments"][0]["MetricIntervalLowerBound"],
        0.0
    );
    let g = out(4)["AutoScalingGroups"][0].clone();
    assert_eq!(
        (
            g["DesiredCapacity"].as_u64(),
            g["Instances"].as_array().unwrap().len()
        ),
        (Some(3), 3)
    );
    assert!(g["Instances"][0]["InstanceId"]
        .as_str()
        .unwrap()
        .starts_with("i-"));
    assert_eq!(
        w.auto_scaling_groups()[0].desired_capacity,
        5,
        "execute-policy added 2"
    );
    let acts = out(6)["Activities"].as_array().unwrap().len();
    assert!(acts >= 5, "{acts}");
    assert_eq!(reports[7].error.as_ref().unwrap().code, "NotImplemented");
    assert_eq!(reports[8].error.as_ref().unwrap().code, "NotImplemented");
    // An alarm naming the policy shows in DescribePolicies.
    call(
        &mut w,
        Service::CloudWatch,
        "PutMetricAlarm",
        json!({"AlarmName": "a", "Namespace": "AWS/SQS", "MetricName": "ApproximateNumberOfMessagesVisible",
        "Dimensions": [{"Name": "QueueName", "Value": "q"}], "Statistic": "Maximum", "Period": 60, "EvaluationPeriods": 1, "Threshold": 1,
        "ComparisonOperator": "GreaterThanThreshold", "AlarmActions": [arn]}),
    );
    let p = call(
        &mut w,
        Service::AutoScaling,
        "DescribePolicies",
        json!({"PolicyNames": ["out"]}),
    );
    assert_eq!(p["ScalingPolicies"][0]["Alarms"][0]["AlarmName"], "a");
    w.check_invariants();
}

// ---- AWS's texts and shapes (botocore's autoscaling examples-1.json and
// output captured from AWS, quoted in each test). ----

fn try_call(w: &mut World, op: &str, input: Value) -> Result<Value, switchyard::error::AwsError> {
    w.call_and_wait(Service::AutoScaling, op, input, &Caller::default())
}

/// `2026-01-01T00:00:00Z`, as AWS dates the sentences of a cause.
fn when(w: &World) -> String {
    let t = switchyard::sim::time::format_unix_ms(w.sim.unix_ms());
    format!("{}Z", &t[..19])
}

/// A world with a queue and group `g` (min 0, max 4, `desired`, cooldown 300 s).
fn world_with_group(desired: u32) -> World {
    let mut w = World::new(9);
    let url = call(
        &mut w,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "q"}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    w.create_auto_scaling_group(GroupSpec {
        name: "g".into(),
        min_size: 0,
        max_size: 4,
        desired_capacity: Some(desired),
        default_cooldown_s: Some(300),
        template: ConsumerSpec::new("c", &url, 100),
        account_id: None,
        region: None,
    })
    .unwrap();
    w
}

fn activities(w: &mut World) -> Vec<Value> {
    call(
        w,
        Service::AutoScaling,
        "DescribeScalingActivities",
        json!({"AutoScalingGroupName": "g"}),
    )["Activities"]
        .as_array()
        .unwrap()
        .clone()
}

fn instance_ids(w: &mut World) -> Vec<String> {
    call(
        w,
        Service::AutoScaling,
        "DescribeAutoScalingGroups",
        json!({"AutoScalingGroupNames": ["g"]}),
    )["AutoScalingGroups"][0]["Instances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["InstanceId"].as_str().unwrap().to_string())
        .collect()
}

/// Examples file: `"Description": "Launching a new EC2 instance: i-4ba0837f"`,
/// `"Cause": "At 2013-08-19T20:53:25Z a user request created an AutoScalingGroup
/// changing the desired capacity from 0 to 1.  At 2013-08-19T20:53:29Z an
/// instance was started in response to a difference between desired and actual
/// capacity, increasing the capacity from 0 to 1."`, StatusCode Successful,
/// Progress 100, AutoScalingGroupARN. Scale-in (SNS notifications captured from
/// AWS): `Terminating EC2 instance: i-…`, "… an instance was taken out of service
/// in response to a difference between desired and actual capacity, shrinking
/// the capacity from 4 to 1.  At … instance i-… was selected for termination.
/// At … instance i-… was selected for termination. …"; SetDesiredCapacity's
/// "a user request explicitly set group desired capacity changing the desired
/// capacity from 0 to 1".
#[test]
fn scaling_activities_are_worded_as_aws_words_them() {
    let mut w = world_with_group(1);
    let t = when(&w);
    let first = instance_ids(&mut w)[0].clone();
    let acts = activities(&mut w);
    assert_eq!(acts.len(), 1);
    let a = &acts[0];
    assert_eq!(
        a["Description"],
        format!("Launching a new EC2 instance: {first}")
    );
    assert_eq!(
        a["Cause"],
        format!("At {t} a user request created an AutoScalingGroup changing the desired capacity from 0 to 1.  At {t} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 0 to 1.")
    );
    assert_eq!(a["StatusCode"], "Successful");
    assert_eq!(a["Progress"], 100);
    assert_eq!(a["StartTime"], a["EndTime"]);
    assert_eq!(a["AutoScalingGroupName"], "g");
    assert_eq!(a["AutoScalingGroupARN"], w.auto_scaling_groups()[0].arn);
    assert_eq!(a["Details"], r#"{"Availability Zone":"us-east-1a"}"#);
    let id = a["ActivityId"].as_str().unwrap();
    assert_eq!(id.len(), 36, "{id}");

    // Two at once: one activity per instance, each naming the whole change.
    w.advance_to(SimTime(5_000));
    let t = when(&w);
    call(
        &mut w,
        Service::AutoScaling,
        "SetDesiredCapacity",
        json!({"AutoScalingGroupName": "g", "DesiredCapacity": 3}),
    );
    let ids = instance_ids(&mut w);
    let acts = activities(&mut w);
    assert_eq!(acts.len(), 3);
    let cause = format!("At {t} a user request explicitly set group desired capacity changing the desired capacity from 1 to 3.  At {t} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 1 to 3.");
    // Newest first.
    assert_eq!(
        acts[0]["Description"],
        format!("Launching a new EC2 instance: {}", ids[2])
    );
    assert_eq!(
        acts[1]["Description"],
        format!("Launching a new EC2 instance: {}", ids[1])
    );
    assert_eq!(
        (&acts[0]["Cause"], &acts[1]["Cause"]),
        (&json!(cause), &json!(cause))
    );

    // Two out at once: every activity lists every instance selected.
    w.advance_to(SimTime(10_000));
    let t = when(&w);
    call(
        &mut w,
        Service::AutoScaling,
        "SetDesiredCapacity",
        json!({"AutoScalingGroupName": "g", "DesiredCapacity": 1}),
    );
    let left = instance_ids(&mut w);
    assert_eq!(left.len(), 1);
    let gone: Vec<&String> = ids.iter().filter(|i| !left.contains(i)).collect();
    let acts = activities(&mut w);
    assert_eq!(acts.len(), 5);
    let cause = format!(
        "At {t} a user request explicitly set group desired capacity changing the desired capacity from 3 to 1.  At {t} an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from 3 to 1.  At {t} instance {} was selected for termination.  At {t} instance {} was selected for termination.",
        gone[0], gone[1]
    );
    let mut described: Vec<String> = acts[..2]
        .iter()
        .map(|a| a["Description"].as_str().unwrap().to_string())
        .collect();
    described.sort();
    let mut expected = vec![
        format!("Terminating EC2 instance: {}", gone[0]),
        format!("Terminating EC2 instance: {}", gone[1]),
    ];
    expected.sort();
    assert_eq!(described, expected);
    assert_eq!(acts[0]["Cause"], cause);
    assert_eq!(acts[1]["Cause"], cause);
    w.check_invariants();
}

/// Captured from AWS: "At 2018-10-17T19:20:16Z a user request executed policy
/// Scale Up changing the desired capacity from 1 to 2.  At … an instance was
/// started …"; "At 2013-11-11T11:11:11Z a monitor alarm asg-alarm-name in state
/// ALARM triggered policy asg-policy-up changing the desired capacity from 1 to
/// 2. …". ExecutePolicy does not wait for the cooldown unless HonorCooldown
/// (User Guide: "When you manually scale your Auto Scaling group, the default is
/// not to wait for the cooldown period"); with it AWS answers
/// "ScalingActivityInProgress: Scaling activity <id> is in progress and blocks
/// this action" (as for SetDesiredCapacity with HonorCooldown).
#[test]
fn execute_policy_runs_during_the_cooldown_unless_told_to_honor_it() {
    let mut w = world_with_group(1);
    call(
        &mut w,
        Service::AutoScaling,
        "PutScalingPolicy",
        json!({"AutoScalingGroupName": "g", "PolicyName": "out", "AdjustmentType": "ChangeInCapacity", "ScalingAdjustment": 1}),
    );
    let t = when(&w);
    call(
        &mut w,
        Service::AutoScaling,
        "ExecutePolicy",
        json!({"AutoScalingGroupName": "g", "PolicyName": "out"}),
    );
    assert_eq!(w.auto_scaling_groups()[0].desired_capacity, 2);
    let acts = activities(&mut w);
    assert_eq!(
        acts[0]["Cause"],
        format!("At {t} a user request executed policy out changing the desired capacity from 1 to 2.  At {t} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 1 to 2.")
    );
    // In the cooldown now: by default it runs anyway.
    w.advance_to(SimTime(10_000));
    call(
        &mut w,
        Service::AutoScaling,
        "ExecutePolicy",
        json!({"AutoScalingGroupName": "g", "PolicyName": "out", "HonorCooldown": false}),
    );
    assert_eq!(w.auto_scaling_groups()[0].desired_capacity, 3);
    // Honoring it: refused, naming the latest activity.
    let latest = activities(&mut w)[0]["ActivityId"]
        .as_str()
        .unwrap()
        .to_string();
    let e = try_call(
        &mut w,
        "ExecutePolicy",
        json!({"AutoScalingGroupName": "g", "PolicyName": "out", "HonorCooldown": true}),
    )
    .unwrap_err();
    assert_eq!(e.code, "ScalingActivityInProgress");
    assert_eq!(
        e.message,
        format!("Scaling activity {latest} is in progress and blocks this action")
    );
    let e = try_call(
        &mut w,
        "SetDesiredCapacity",
        json!({"AutoScalingGroupName": "g", "DesiredCapacity": 1, "HonorCooldown": true}),
    )
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.message),
        (
            "ScalingActivityInProgress",
            format!("Scaling activity {latest} is in progress and blocks this action")
        )
    );
    assert_eq!(w.auto_scaling_groups()[0].desired_capacity, 3);
    // After the cooldown, honoring it runs.
    w.advance_to(SimTime(10_000 + 300_000));
    call(
        &mut w,
        Service::AutoScaling,
        "ExecutePolicy",
        json!({"PolicyName": "out", "HonorCooldown": true}),
    );
    assert_eq!(w.auto_scaling_groups()[0].desired_capacity, 4);
    w.check_invariants();
}

/// An alarm's cause, whole: "At T a monitor alarm <alarm> in state ALARM
/// triggered policy <policy> changing the desired capacity from 1 to 2.  At T an
/// instance was started …". The alarm still waits out the cooldown (the
/// queue scenario's InCooldown events).
#[test]
fn an_alarm_run_policy_names_the_alarm_in_aws_words() {
    let (mut w, _) = setup(7);
    run_for(&mut w, 61_000);
    let acts = w.autoscaling.activities("workers");
    let a = &acts[0];
    assert_eq!(acts.len(), 2, "{acts:?}");
    let t = {
        let t = switchyard::sim::time::format_unix_ms(w.sim.epoch_unix_ms + a.at_ms);
        format!("{}Z", &t[..19])
    };
    assert_eq!(
        a.cause,
        format!("At {t} a monitor alarm jobs-high in state ALARM triggered policy scale-out changing the desired capacity from 1 to 2.  At {t} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 1 to 2.")
    );
    assert!(a
        .description
        .starts_with("Launching a new EC2 instance: i-"));
}

#[test]
fn describe_scaling_activities_pages_by_max_records_and_next_token() {
    let mut w = world_with_group(0);
    for d in [2, 0, 1] {
        call(
            &mut w,
            Service::AutoScaling,
            "SetDesiredCapacity",
            json!({"AutoScalingGroupName": "g", "DesiredCapacity": d}),
        );
    }
    let all = activities(&mut w);
    assert_eq!(all.len(), 5);
    assert!(!call(
        &mut w,
        Service::AutoScaling,
        "DescribeScalingActivities",
        json!({"AutoScalingGroupName": "g"}),
    )
    .as_object()
    .unwrap()
    .contains_key("NextToken"));
    let mut pages = vec![];
    let mut token: Option<String> = None;
    loop {
        let mut input = json!({"AutoScalingGroupName": "g", "MaxRecords": 2});
        if let Some(t) = &token {
            input["NextToken"] = json!(t);
        }
        let out = call(
            &mut w,
            Service::AutoScaling,
            "DescribeScalingActivities",
            input,
        );
        pages.push(out["Activities"].as_array().unwrap().clone());
        match out["NextToken"].as_str() {
            Some(t) => token = Some(t.to_string()),
            None => break,
        }
    }
    assert_eq!(
        pages.iter().map(Vec::len).collect::<Vec<_>>(),
        vec![2, 2, 1]
    );
    assert_eq!(pages.concat(), all);
    // ActivityIds picks activities out.
    let one = call(
        &mut w,
        Service::AutoScaling,
        "DescribeScalingActivities",
        json!({"ActivityIds": [all[3]["ActivityId"]]}),
    );
    assert_eq!(one["Activities"].as_array().unwrap(), &vec![all[3].clone()]);
    let e = try_call(
        &mut w,
        "DescribeScalingActivities",
        json!({"NextToken": "nonsense"}),
    )
    .unwrap_err();
    assert_eq!(e.code, "InvalidNextToken");
    // A deleted group's activities only with IncludeDeletedGroups.
    w.delete_auto_scaling_group("g", true).unwrap();
    assert!(activities(&mut w).is_empty());
    let kept = call(
        &mut w,
        Service::AutoScaling,
        "DescribeScalingActivities",
        json!({"AutoScalingGroupName": "g", "IncludeDeletedGroups": true}),
    );
    assert_eq!(kept["Activities"].as_array().unwrap().len(), 5);
}

/// "New SetDesiredCapacity value 2 is above max value 1 for the
/// AutoScalingGroup." (an AmazonAutoScalingException captured in a test, and
/// the AWS CLI's answer quoted as "An error occurred (ValidationError) when
/// calling the SetDesiredCapacity operation: New SetDesiredCapacity value 2 is
/// above max value 1 for the AutoScalingGroup.").
#[test]
fn set_desired_capacity_out_of_range_in_aws_words() {
    let mut w = world_with_group(1);
    let e = try_call(
        &mut w,
        "SetDesiredCapacity",
        json!({"AutoScalingGroupName": "g", "DesiredCapacity": 5}),
    )
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        (
            "ValidationError",
            "New SetDesiredCapacity value 5 is above max value 4 for the AutoScalingGroup."
        )
    );
    w.set_desired_capacity("g", 1, false).unwrap();
    let mut w2 = World::new(1);
    let url = call(
        &mut w2,
        Service::Sqs,
        "CreateQueue",
        json!({"QueueName": "q"}),
    )["QueueUrl"]
        .as_str()
        .unwrap()
        .to_string();
    w2.create_auto_scaling_group(GroupSpec {
        name: "h".into(),
        min_size: 2,
        max_size: 3,
        desired_capacity: None,
        default_cooldown_s: None,
        template: ConsumerSpec::new("c", &url, 100),
        account_id: None,
        region: None,
    })
    .unwrap();
    let e = w2.set_desired_capacity("h", 1, false).unwrap_err();
    assert_eq!(
        e.message,
        "New SetDesiredCapacity value 1 is below min value 2 for the AutoScalingGroup."
    );
    let e = try_call(&mut w, "SetDesiredCapacity", json!({})).unwrap_err();
    assert_eq!(
        e.message,
        "2 validation errors detected: Value null at 'autoScalingGroupName' failed to satisfy constraint: Member must not be null; Value null at 'desiredCapacity' failed to satisfy constraint: Member must not be null"
    );
}

/// "AWS Error Code: ValidationError, AWS Error Message: Scaling increment must
/// be specified for a SimpleScaling policy" (Netflix/asgard#704, also
/// hashicorp/terraform#10390). Target tracking and predictive scaling are
/// refused by name whatever else the call carries.
#[test]
fn put_scaling_policy_refusals_in_aws_words() {
    let mut w = world_with_group(1);
    let e = try_call(
        &mut w,
        "PutScalingPolicy",
        json!({"AutoScalingGroupName": "g", "PolicyName": "p", "AdjustmentType": "ChangeInCapacity"}),
    )
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        (
            "ValidationError",
            "Scaling increment must be specified for a SimpleScaling policy"
        )
    );
    for t in ["TargetTrackingScaling", "PredictiveScaling"] {
        let e = try_call(
            &mut w,
            "PutScalingPolicy",
            json!({"AutoScalingGroupName": "g", "PolicyName": "p", "PolicyType": t,
                   "TargetTrackingConfiguration": {"PredefinedMetricSpecification": {"PredefinedMetricType": "ASGAverageCPUUtilization"}, "TargetValue": 50.0}}),
        )
        .unwrap_err();
        assert_eq!(e.code, "NotImplemented", "{t}: {e:?}");
        assert!(e.message.contains(t), "{e:?}");
    }
    let e = try_call(
        &mut w,
        "PutScalingPolicy",
        json!({"AutoScalingGroupName": "g", "AdjustmentType": "ChangeInCapacity", "ScalingAdjustment": 1}),
    )
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        (
            "ValidationError",
            "1 validation error detected: Value null at 'policyName' failed to satisfy constraint: Member must not be null"
        )
    );
    let e = try_call(&mut w, "ExecutePolicy", json!({})).unwrap_err();
    assert_eq!(
        e.message,
        "1 validation error detected: Value null at 'policyName' failed to satisfy constraint: Member must not be null"
    );
}

/// botocore's DescribeAutoScalingGroups example (and AWS CLI output captured
/// for a group made with Availability Zones only, `"VPCZoneIdentifier": ""`):
/// these members are present even when empty.
#[test]
fn describe_auto_scaling_groups_carries_the_always_present_members() {
    let mut w = world_with_group(1);
    let g = call(
        &mut w,
        Service::AutoScaling,
        "DescribeAutoScalingGroups",
        json!({}),
    )["AutoScalingGroups"][0]
        .clone();
    for k in [
        "LoadBalancerNames",
        "TargetGroupARNs",
        "SuspendedProcesses",
        "EnabledMetrics",
        "Tags",
        "TrafficSources",
    ] {
        assert_eq!(g[k], json!([]), "{k}");
    }
    assert_eq!(g["VPCZoneIdentifier"], "");
    assert_eq!(
        g["ServiceLinkedRoleARN"],
        "arn:aws:iam::123456789012:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"
    );
    assert_eq!(g["TerminationPolicies"], json!(["Default"]));
    assert_eq!(g["AvailabilityZones"], json!(["us-east-1a"]));
    assert_eq!(g["Instances"][0]["AvailabilityZone"], "us-east-1a");
}
