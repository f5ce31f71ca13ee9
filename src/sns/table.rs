//! Subscriptions by id. Ids are handed out in sequence and never reused, so a
//! vector indexed by id finds one in O(1): a topic fanning out to thousands of
//! queues looks up every subscription it delivered to, and a tree of that many
//! was a chain of cache misses per delivery. Saved as the map it replaced
//! (id -> subscription), so saved worlds read the same.

use super::engine::Subscription;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default)]
pub struct SubscriptionTable {
    slots: Vec<Option<Box<Subscription>>>,
    /// Notifications delivered, by id: the live count (a subscription's own
    /// `saved_delivered` is set from it when saved). Dense, so a topic
    /// fanning out to thousands of queues counts each delivery in a small
    /// array instead of in thousands of separate structs.
    delivered: Vec<u64>,
}

impl SubscriptionTable {
    pub fn get(&self, id: &u32) -> Option<&Subscription> {
        self.slots.get(*id as usize).and_then(|s| s.as_deref())
    }

    pub fn get_mut(&mut self, id: &u32) -> Option<&mut Subscription> {
        self.slots
            .get_mut(*id as usize)
            .and_then(|s| s.as_deref_mut())
    }

    pub fn insert(&mut self, id: u32, s: Subscription) {
        let i = id as usize;
        if self.slots.len() <= i {
            self.slots.resize_with(i + 1, || None);
            self.delivered.resize(i + 1, 0);
        }
        // A subscription replaced in place (its attributes set) keeps the
        // live count; a new or restored one starts from what it carries.
        if self.slots[i].is_none() {
            self.delivered[i] = s.saved_delivered;
        }
        self.slots[i] = Some(Box::new(s));
    }

    pub fn remove(&mut self, id: &u32) -> Option<Subscription> {
        let i = *id as usize;
        let mut s = self.slots.get_mut(i)?.take().map(|s| *s)?;
        s.saved_delivered = std::mem::take(&mut self.delivered[i]);
        Some(s)
    }

    /// Notifications delivered to subscription `id` (0 if there is none).
    pub fn delivered(&self, id: u32) -> u64 {
        match self.slots.get(id as usize) {
            Some(Some(_)) => self.delivered[id as usize],
            _ => 0,
        }
    }

    /// Counts one notification delivered to `id`; false if there is no such
    /// subscription. Reads only the slot's pointer and the dense count.
    pub fn count_delivered(&mut self, id: u32) -> bool {
        let i = id as usize;
        if !matches!(self.slots.get(i), Some(Some(_))) {
            return false;
        }
        self.delivered[i] += 1;
        true
    }

    /// Live subscriptions in id order (oldest first).
    pub fn values(&self) -> impl Iterator<Item = &Subscription> + '_ {
        self.slots.iter().filter_map(|s| s.as_deref())
    }
}

/// Topics and subscriptions by ARN, and subscriptions by (topic, protocol,
/// endpoint) for Subscribe's duplicate check: without them, building a topic
/// with 10,000 subscriptions compared every existing one at each Subscribe.
/// Derived (not saved): built by the first call after a restore (until then
/// lookups scan), and kept up to date as topics and subscriptions come and
/// go. `Sns::check_invariants` compares it with a fresh build.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArnIndex {
    pub built: bool,
    pub topics: BTreeMap<String, u32>,
    pub subscriptions: BTreeMap<String, u32>,
    pub endpoints: BTreeMap<(u32, String, String), u32>,
}

impl ArnIndex {
    pub fn build<'a>(
        topics: impl Iterator<Item = (&'a str, u32)>,
        subscriptions: &SubscriptionTable,
    ) -> Self {
        let mut ix = ArnIndex {
            built: true,
            topics: topics.map(|(arn, id)| (arn.to_string(), id)).collect(),
            ..ArnIndex::default()
        };
        for s in subscriptions.values() {
            ix.add_subscription(s);
        }
        ix
    }

    pub fn remove_subscription(&mut self, s: &Subscription) {
        self.subscriptions.remove(&s.arn);
        self.endpoints
            .remove(&(s.topic, s.protocol.clone(), s.endpoint.clone()));
    }

    pub fn add_subscription(&mut self, s: &Subscription) {
        self.subscriptions.insert(s.arn.clone(), s.id);
        self.endpoints
            .insert((s.topic, s.protocol.clone(), s.endpoint.clone()), s.id);
    }
}

impl std::ops::Index<&u32> for SubscriptionTable {
    type Output = Subscription;
    fn index(&self, id: &u32) -> &Subscription {
        self.get(id).expect("subscription id present")
    }
}

impl Serialize for SubscriptionTable {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.slots.iter().enumerate().filter_map(|(i, x)| {
            let mut sub = x.as_deref()?.clone();
            sub.saved_delivered = self.delivered[i];
            Some((i as u32, sub))
        }))
    }
}

impl<'de> Deserialize<'de> for SubscriptionTable {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let map = BTreeMap::<u32, Subscription>::deserialize(d)?;
        let mut t = SubscriptionTable::default();
        for (id, s) in map {
            t.insert(id, s);
        }
        Ok(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Sim;
    use crate::world::Caller;
    use serde_json::json;

    /// The live delivered count survives a subscription replaced in place
    /// (SetSubscriptionAttributes), a removal and re-insertion, and a save.
    #[test]
    fn delivered_counts_live_in_the_table() {
        let mut sns = crate::sns::Sns::default();
        let mut sim = Sim::new(1);
        let caller = Caller::default();
        let topic = sns
            .call(&mut sim, &caller, "CreateTopic", json!({"Name": "t"}))
            .unwrap()["TopicArn"]
            .clone();
        let arn = sns
            .call(
                &mut sim,
                &caller,
                "Subscribe",
                json!({"TopicArn": topic, "Protocol": "sqs",
                       "Endpoint": "arn:aws:sqs:us-east-1:123456789012:q"}),
            )
            .unwrap()["SubscriptionArn"]
            .clone();
        let id = sns.subscriptions().next().unwrap().id;
        for _ in 0..3 {
            sns.delivered(&mut sim, id, 0, None);
        }
        sns.call(
            &mut sim,
            &caller,
            "SetSubscriptionAttributes",
            json!({"SubscriptionArn": arn, "AttributeName": "RawMessageDelivery",
                   "AttributeValue": "true"}),
        )
        .unwrap();
        assert_eq!(sns.delivered_count(id), 3);
        let saved = serde_json::to_value(&sns).unwrap();
        assert_eq!(saved["subscriptions"][id.to_string()]["delivered"], 3);
        let back: crate::sns::Sns = serde_json::from_value(saved).unwrap();
        assert_eq!(back.delivered_count(id), 3);
    }

    /// Saved exactly as the `BTreeMap<u32, Subscription>` it replaced, and
    /// read back from that.
    #[test]
    fn saved_as_the_map_it_replaced() {
        let mut sns = crate::sns::Sns::default();
        let mut sim = Sim::new(1);
        let caller = Caller::default();
        let topic = sns
            .call(&mut sim, &caller, "CreateTopic", json!({"Name": "t"}))
            .unwrap()["TopicArn"]
            .clone();
        for i in 0..3 {
            sns.call(
                &mut sim,
                &caller,
                "Subscribe",
                json!({"TopicArn": topic, "Protocol": "sqs",
                       "Endpoint": format!("arn:aws:sqs:us-east-1:123456789012:q{i}")}),
            )
            .unwrap();
        }
        let subs: Vec<Subscription> = sns.subscriptions().cloned().collect();
        sns.call(
            &mut sim,
            &caller,
            "Unsubscribe",
            json!({"SubscriptionArn": subs[1].arn}),
        )
        .unwrap();
        let mut table = SubscriptionTable::default();
        let mut map = BTreeMap::new();
        for s in [&subs[0], &subs[2]] {
            table.insert(s.id, s.clone());
            map.insert(s.id, s.clone());
        }
        let text = serde_json::to_string(&table).unwrap();
        assert_eq!(text, serde_json::to_string(&map).unwrap());
        let back: SubscriptionTable = serde_json::from_str(&text).unwrap();
        assert_eq!(serde_json::to_string(&back).unwrap(), text);
        assert!(back.get(&subs[1].id).is_none());
        assert_eq!(back[&subs[2].id].arn, subs[2].arn);
        let saved = serde_json::to_value(&sns).unwrap();
        assert_eq!(
            saved["subscriptions"],
            serde_json::to_value(&map).unwrap(),
            "the engine saves the same map"
        );
    }
}
