//! CloudWatch in the inspectors: small SVG line charts of a resource's metrics
//! over the last 30 minutes (drawn from `view::metric_chart`, computed and
//! tested natively), the alarms that watch it with their state, and a form
//! that puts an alarm on one of its metrics (PutMetricAlarm, as the console's
//! "Create alarm" does).

use super::{input_value, select_value, status_line, with_host};
use crate::cloudwatch::stats::Stat;
use crate::model::Service;
use serde_json::json;
use yew::prelude::*;

/// Minutes a chart spans.
const CHART_MINUTES: u64 = 30;
const W: f64 = 200.0;
const H: f64 = 40.0;

#[derive(Properties, PartialEq, Clone)]
pub struct MetricsProps {
    /// AWS/SQS, AWS/SNS or AWS/Kinesis.
    pub namespace: &'static str,
    /// QueueName, TopicName or StreamName, and the resource's name.
    pub dimension: &'static str,
    pub value: String,
    pub account_id: String,
    pub region: String,
    /// The metrics to chart, each with the statistic that reads best.
    pub metrics: Vec<(&'static str, Stat)>,
    /// The page's frame counter: a new frame redraws the charts (the other
    /// props stay equal while the metrics move).
    pub frame: u64,
}

#[function_component(MetricCharts)]
pub fn metric_charts(p: &MetricsProps) -> Html {
    let status = use_state(|| None::<(bool, String)>);
    let metric = use_node_ref();
    let op = use_node_ref();
    let threshold = use_node_ref();
    let periods = use_node_ref();
    let (charts, alarms) = with_host(|h| {
        let dims = [(p.dimension, p.value.as_str())];
        let charts: Vec<crate::view::Chart> = p
            .metrics
            .iter()
            .map(|(name, stat)| {
                crate::view::metric_chart(
                    &h.world,
                    &p.account_id,
                    &p.region,
                    p.namespace,
                    name,
                    &dims,
                    *stat,
                    CHART_MINUTES,
                    W,
                    H,
                )
            })
            .collect();
        let alarms =
            crate::view::alarms_on(&h.world, &p.account_id, p.namespace, p.dimension, &p.value);
        (charts, alarms)
    });
    let on_alarm = {
        let (p, status) = (p.clone(), status.clone());
        let (metric, op, threshold, periods) = (
            metric.clone(),
            op.clone(),
            threshold.clone(),
            periods.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name = select_value(&metric);
            let stat = p
                .metrics
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(Stat::Maximum, |m| m.1);
            let th: f64 = input_value(&threshold).trim().parse().unwrap_or(100.0);
            let n: u32 = input_value(&periods).trim().parse().unwrap_or(1);
            let cmp = select_value(&op);
            let alarm_name = format!(
                "{}-{}-{}",
                p.value,
                name,
                if cmp.starts_with("Greater") {
                    "high"
                } else {
                    "low"
                }
            );
            let r = super::call(
                Service::CloudWatch,
                "PutMetricAlarm",
                json!({"AlarmName": alarm_name, "Namespace": p.namespace, "MetricName": name,
                       "Dimensions": [{"Name": p.dimension, "Value": p.value}], "Statistic": stat.name(),
                       "Period": 60, "EvaluationPeriods": n, "Threshold": th, "ComparisonOperator": cmp}),
            );
            status.set(Some(super::outcome(&r, format!("Alarm {alarm_name} put."))));
        })
    };
    html! {
        <details open=true class="metrics">
            <summary>{format!("Metrics ({}, last {CHART_MINUTES} minutes)", p.namespace)}</summary>
            <div class="charts">
                { for charts.iter().map(|c| html! {
                    <figure class="chart" aria-label={format!("Chart of {}", c.label)}>
                        <svg viewBox={format!("0 0 {W} {H}")} width="200" height="40" preserveAspectRatio="none" role="img"
                            aria-label={format!("{}: {} minutes with data", c.label, c.points)}>
                            <line class="axis" x1="0" y1={H.to_string()} x2={W.to_string()} y2={H.to_string()} />
                            <path class="line" d={c.path.clone()} />
                        </svg>
                        <figcaption>
                            {c.label.clone()}
                            <span class="small">{ match c.last {
                                Some(v) => format!(" · last {} {} · max {}", trim(v), c.unit, trim(c.max)),
                                None => " · no data yet".to_string(),
                            } }</span>
                        </figcaption>
                    </figure>
                }) }
            </div>
            if !alarms.is_empty() {
                <ul class="alarm-list" aria-label="Alarms on this resource">
                    { for alarms.iter().map(|(n, s)| html! {
                        <li class={classes!("alarm-state", s.to_lowercase())}>{format!("{n}: {s}")}</li>
                    }) }
                </ul>
            }
            <form class="alarm-form" aria-label="Create alarm" onsubmit={on_alarm}>
                <label>{"Alarm when"}
                    <select ref={metric} aria-label="Alarm metric">
                        { for p.metrics.iter().enumerate().map(|(i, (n, _))| html! { <option value={*n} selected={i == 0}>{*n}</option> }) }
                    </select>
                </label>
                <select ref={op} aria-label="Alarm comparison">
                    <option value="GreaterThanOrEqualToThreshold" selected=true>{"≥"}</option>
                    <option value="LessThanOrEqualToThreshold">{"≤"}</option>
                </select>
                <input ref={threshold} type="number" aria-label="Alarm threshold" placeholder="100" />
                <label>{"for"}<input ref={periods} type="number" min="1" max="1440" aria-label="Alarm minutes" placeholder="1" />{"min"}</label>
                <button type="submit" aria-label="Create alarm">{"Create alarm"}</button>
            </form>
            { status_line(&status) }
        </details>
    }
}

/// `5`, `2.5`: values without a needless `.0`.
fn trim(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}
