//! Auto Scaling groups of simulated consumers in the page: one form builds
//! the notes' queue-length example (a group of consumers on a queue, a
//! scale-out and a scale-in simple scaling policy, and the two CloudWatch
//! alarms on ApproximateNumberOfMessagesVisible whose actions name them), and
//! the list shows each group's capacity, members and cooldown, with manual
//! SetDesiredCapacity and delete. Groups are world controls (see
//! `autoscaling/`); the alarms are ordinary PutMetricAlarm calls.

use super::{input_value, select_value};
use crate::autoscaling::{AdjustmentType, GroupSpec, PolicyKind, PolicySpec};
use crate::clients::ConsumerSpec;
use crate::model::Service;
use crate::web::with_host;
use serde_json::json;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub frame: u64,
    pub redraw: Callback<()>,
}

/// The "Auto Scaling groups" section of the resource list.
#[function_component(ScalingGroupList)]
pub fn scaling_group_list(p: &ListProps) -> Html {
    let open = use_state(|| false);
    let problem = use_state(|| None::<String>);
    let (groups, now_ms) = with_host(|h| (h.world.auto_scaling_groups(), h.world.now().as_ms()));
    let set = |name: String, to: u32| {
        let (redraw, problem) = (p.redraw.clone(), problem.clone());
        Callback::from(move |_| {
            let r = with_host(|h| h.world.set_desired_capacity(&name, to, false));
            problem.set(r.err().map(|e| format!("{}: {}", e.code, e.message)));
            redraw.emit(());
        })
    };
    let delete = |name: String| {
        let redraw = p.redraw.clone();
        Callback::from(move |_| {
            let _ = with_host(|h| h.world.delete_auto_scaling_group(&name, true));
            redraw.emit(());
        })
    };
    let done = {
        let (open, redraw) = (open.clone(), p.redraw.clone());
        Callback::from(move |_: ()| {
            open.set(false);
            redraw.emit(());
        })
    };
    html! {
        <section class="resource-kind">
            { super::kind_heading("Auto Scaling groups", "Add Auto Scaling group", &open) }
            if *open { <GroupForm done={done} /> }
            if let Some(e) = &*problem { <p class="status problem" role="alert">{e}</p> }
            if groups.is_empty() { <p class="empty">{"none"}</p> }
            <ul class="client-list" aria-label="Auto Scaling groups">
                { for groups.iter().map(|g| {
                    let cooling = g.cooldown_until_ms.saturating_sub(now_ms) / 1000;
                    html! {
                        <li aria-label={format!("Auto Scaling group {}", g.name)}>
                            <div class="qname">{format!("{} ({} members)", g.name, g.members.len())}</div>
                            <div class="sub-line" role="status" aria-label={format!("{} capacity", g.name)}>
                                {format!("desired {} · min {} · max {}{}", g.desired_capacity, g.min_size, g.max_size,
                                    if cooling > 0 { format!(" · cooldown {cooling}s") } else { String::new() })}
                            </div>
                            <div class="row">
                                <button type="button" aria-label={format!("Scale {} in by one", g.name)}
                                    disabled={g.desired_capacity <= g.min_size}
                                    onclick={set(g.name.clone(), g.desired_capacity.saturating_sub(1))}>{"−1"}</button>
                                <button type="button" aria-label={format!("Scale {} out by one", g.name)}
                                    disabled={g.desired_capacity >= g.max_size}
                                    onclick={set(g.name.clone(), g.desired_capacity + 1)}>{"+1"}</button>
                                <button type="button" aria-label={format!("Delete group {}", g.name)} onclick={delete(g.name.clone())}>{"Delete"}</button>
                            </div>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    done: Callback<()>,
}

/// Builds a group, its two policies and the two alarms that drive them.
#[function_component(GroupForm)]
fn group_form(p: &FormProps) -> Html {
    let name = use_node_ref();
    let queue = use_node_ref();
    let min = use_node_ref();
    let max = use_node_ref();
    let processing = use_node_ref();
    let high = use_node_ref();
    let low = use_node_ref();
    let cooldown = use_node_ref();
    let problem = use_state(|| None::<String>);
    let queues: Vec<(String, String)> = with_host(|h| {
        h.world
            .sqs
            .queues()
            .into_iter()
            .map(|q| (q.url, q.name))
            .collect()
    });
    let onsubmit = {
        let refs = (
            name.clone(),
            queue.clone(),
            min.clone(),
            max.clone(),
            processing.clone(),
            high.clone(),
            low.clone(),
            cooldown.clone(),
        );
        let (problem, done) = (problem.clone(), p.done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (name, queue, min, max, processing, high, low, cooldown) = &refs;
            let url = select_value(queue);
            let Some(queue_name) = url
                .rsplit('/')
                .next()
                .filter(|n| !n.is_empty())
                .map(str::to_string)
            else {
                problem.set(Some("Create a queue first.".into()));
                return;
            };
            let n = input_value(name);
            let group = if n.is_empty() {
                format!("{queue_name}-workers")
            } else {
                n
            };
            let num = |r: &NodeRef, label: &str, d: u32| {
                super::whole_number(r, label, i64::from(d)).and_then(|v| {
                    u32::try_from(v).map_err(|_| format!("{label}: at least 0, not {v}."))
                })
            };
            let fields = (|| {
                Ok::<_, String>((
                    num(min, "Min size", 1)?,
                    num(max, "Max size", 4)?,
                    num(cooldown, "Cooldown (s)", 120)?,
                    num(processing, "Processing time (ms)", 1000)?,
                    num(high, "Scale-out threshold", 100)?,
                    num(low, "Scale-in threshold", 5)?,
                ))
            })();
            let (min_size, max_size, cooldown_s, processing_ms, high_n, low_n) = match fields {
                Ok(f) => f,
                Err(e) => return problem.set(Some(e)),
            };
            let mut template =
                ConsumerSpec::new(&format!("{group}-consumer"), &url, u64::from(processing_ms));
            template.max_number_of_messages = 5;
            let result = with_host(|h| -> Result<(), String> {
                let w = &mut h.world;
                let err = |e: crate::error::AwsError| format!("{}: {}", e.code, e.message);
                w.create_auto_scaling_group(GroupSpec {
                    name: group.clone(),
                    min_size,
                    max_size,
                    desired_capacity: None,
                    default_cooldown_s: Some(cooldown_s),
                    template,
                    account_id: None,
                    region: None,
                })
                .map_err(err)?;
                let policy = |policy_name: &str, adj: i32| PolicySpec {
                    group_name: group.clone(),
                    policy_name: policy_name.into(),
                    adjustment_type: AdjustmentType::ChangeInCapacity,
                    min_adjustment_magnitude: None,
                    kind: PolicyKind::SimpleScaling {
                        scaling_adjustment: adj,
                        cooldown_s: Some(cooldown_s),
                    },
                };
                let out_arn = w.put_scaling_policy(policy("scale-out", 1)).map_err(err)?;
                let in_arn = w.put_scaling_policy(policy("scale-in", -1)).map_err(err)?;
                for (alarm, op, threshold, periods, arn) in [
                    (
                        format!("{queue_name}-depth-high"),
                        "GreaterThanOrEqualToThreshold",
                        high_n,
                        1,
                        out_arn,
                    ),
                    (
                        format!("{queue_name}-depth-low"),
                        "LessThanOrEqualToThreshold",
                        low_n,
                        3,
                        in_arn,
                    ),
                ] {
                    w.call_and_wait(
                        Service::CloudWatch,
                        "PutMetricAlarm",
                        json!({"AlarmName": alarm, "Namespace": "AWS/SQS", "MetricName": "ApproximateNumberOfMessagesVisible",
                               "Dimensions": [{"Name": "QueueName", "Value": queue_name}], "Statistic": "Maximum", "Period": 60,
                               "EvaluationPeriods": periods, "Threshold": threshold, "ComparisonOperator": op, "AlarmActions": [arn]}),
                        &crate::world::Caller::default(),
                    )
                    .map_err(err)?;
                }
                Ok(())
            });
            match result {
                Ok(()) => {
                    problem.set(None);
                    done.emit(());
                }
                Err(e) => problem.set(Some(e)),
            }
        })
    };
    html! {
        <form class="create-form" oninput={super::clear_on_input(&problem)} aria-label="Create Auto Scaling group" {onsubmit}>
            <p class="small">{"Consumers on a queue, scaled by two CloudWatch alarms on its ApproximateNumberOfMessagesVisible (simple scaling, one consumer at a time, with a cooldown)."}</p>
            <label>{"Group name"}<input ref={name} type="text" aria-label="Group name" placeholder="(queue)-workers" /></label>
            <label>{"Queue"}
                <select ref={queue} aria-label="Group queue">
                    { for queues.iter().enumerate().map(|(i, (u, n))| html! { <option value={u.clone()} selected={i == 0}>{n}</option> }) }
                </select>
            </label>
            <label>{"Min"}<input ref={min} type="number" min="0" aria-label="Min size" placeholder="1" /></label>
            <label>{"Max"}<input ref={max} type="number" min="1" aria-label="Max size" placeholder="4" /></label>
            <label>{"Processing ms per message"}<input ref={processing} type="number" min="1" aria-label="Processing time (ms)" placeholder="1000" /></label>
            <label>{"Scale out when visible ≥"}<input ref={high} type="number" min="0" aria-label="Scale-out threshold" placeholder="100" /></label>
            <label>{"Scale in when visible ≤ (3 min)"}<input ref={low} type="number" min="0" aria-label="Scale-in threshold" placeholder="5" /></label>
            <label>{"Cooldown s"}<input ref={cooldown} type="number" min="0" aria-label="Cooldown (seconds)" placeholder="120" /></label>
            <button type="submit" aria-label="Create group">{"Create group"}</button>
            if let Some(e) = &*problem { <p class="status problem" role="alert">{e}</p> }
        </form>
    }
}
