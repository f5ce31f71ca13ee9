//! The AWS CLI's own shortcut for `aws cloudwatch put-metric-data`: one datum
//! given as `--metric-name`, `--value`, `--unit`, `--timestamp`,
//! `--dimensions Name=Value,...`, `--statistic-values Sum=..,Minimum=..,...`
//! and `--storage-resolution` instead of `--metric-data` (awscli's
//! `putmetricdata` customization; these flags are not in the API model).

use serde_json::{json, Map, Value};

const FLAGS: [&str; 7] = [
    "--metric-name",
    "--value",
    "--unit",
    "--timestamp",
    "--dimensions",
    "--statistic-values",
    "--storage-resolution",
];

/// `a=1,b=2` as pairs.
fn pairs(s: &str) -> Result<Vec<(String, String)>, String> {
    s.split(',')
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.split_once('=')
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                .ok_or_else(|| format!("Error parsing parameter: expected key=value, got '{p}'"))
        })
        .collect()
}

/// Takes the shortcut flags out of `words`; returns the datum they describe,
/// if any was given.
pub fn take_datum(words: &mut Vec<String>) -> Result<Option<Value>, String> {
    let mut found: Map<String, Value> = Map::new();
    let mut i = 0;
    while i < words.len() {
        let flag = words[i].clone();
        if !FLAGS.contains(&flag.as_str()) {
            i += 1;
            continue;
        }
        let Some(value) = words.get(i + 1).cloned() else {
            return Err(format!("argument {flag}: expected one argument"));
        };
        words.drain(i..i + 2);
        let number = |v: &str| -> Result<Value, String> {
            v.trim()
                .parse::<f64>()
                .map(|x| json!(x))
                .map_err(|_| format!("argument {flag}: invalid float value: '{v}'"))
        };
        match flag.as_str() {
            "--metric-name" => found.insert("MetricName".into(), json!(value)),
            "--unit" => found.insert("Unit".into(), json!(value)),
            "--timestamp" => found.insert("Timestamp".into(), json!(value)),
            "--value" => found.insert("Value".into(), number(&value)?),
            "--storage-resolution" => found.insert("StorageResolution".into(), number(&value)?),
            "--dimensions" => found.insert(
                "Dimensions".into(),
                Value::Array(
                    pairs(&value)?
                        .into_iter()
                        .map(|(k, v)| json!({"Name": k, "Value": v}))
                        .collect(),
                ),
            ),
            _ => {
                let mut set = Map::new();
                for (k, v) in pairs(&value)? {
                    set.insert(k, number(&v)?);
                }
                found.insert("StatisticValues".into(), Value::Object(set))
            }
        };
    }
    if found.is_empty() {
        return Ok(None);
    }
    if !found.contains_key("MetricName") {
        return Err("--metric-name is required when --value, --unit, --dimensions or --statistic-values are given".into());
    }
    Ok(Some(Value::Object(found)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cli_shortcut_builds_one_datum() {
        let mut w: Vec<String> = "--namespace App --metric-name Hits --value 3 --dimensions Api=pay,Stage=prod --unit Count"
            .split(' ')
            .map(str::to_string)
            .collect();
        let d = take_datum(&mut w).unwrap().unwrap();
        assert_eq!(w, vec!["--namespace", "App"]);
        assert_eq!(
            d,
            json!({"MetricName": "Hits", "Value": 3.0, "Unit": "Count",
                   "Dimensions": [{"Name": "Api", "Value": "pay"}, {"Name": "Stage", "Value": "prod"}]})
        );
        let mut w: Vec<String> = vec![
            "--statistic-values".into(),
            "Sum=10,SampleCount=2,Minimum=4,Maximum=6".into(),
            "--metric-name".into(),
            "L".into(),
        ];
        let d = take_datum(&mut w).unwrap().unwrap();
        assert_eq!(d["StatisticValues"]["Sum"], 10.0);
        let mut w: Vec<String> = vec!["--value".into(), "x".into()];
        assert!(take_datum(&mut w).is_err());
    }
}
