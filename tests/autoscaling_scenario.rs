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
