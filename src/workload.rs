//! A fixed SQS workload shared by every SQS benchmark — the native criterion
//! benches, the memory count and the wasm build's `benchSqsCycles` — so that
//! they all measure the same round and a change to it reaches all of them.
//!
//! A round is SendMessageBatch of 10, ReceiveMessage of 10 and
//! DeleteMessageBatch of those 10, through the typed API, on one standard queue
//! with short-poll sampling off (so every receive returns what it asks for).

use crate::sqs::{
    CreateQueueInput, DeleteMessageBatchInput, DeleteMessageBatchRequestEntry, Message,
    ReceiveMessageInput, SendMessageBatchInput, SendMessageBatchRequestEntry,
};
use crate::world::{CallId, Caller, World};

/// A world with one standard queue named `bench`.
pub struct SqsWorkload {
    pub world: World,
    pub caller: Caller,
    pub url: String,
}

impl Default for SqsWorkload {
    fn default() -> Self {
        SqsWorkload::new()
    }
}

impl SqsWorkload {
    /// Seed 7, short-poll sampling off, the queue created.
    pub fn new() -> Self {
        let mut world = World::new(7);
        world.sqs.settings.short_poll_sampling = false;
        let caller = Caller::default();
        let url = world
            .sqs
            .create_queue(
                &mut world.sim,
                &caller,
                CreateQueueInput {
                    queue_name: "bench".into(),
                    ..Default::default()
                },
            )
            .expect("create queue")
            .queue_url;
        SqsWorkload { world, caller, url }
    }

    /// A SendMessageBatch of `n` entries with `body`.
    pub fn send_batch(&self, n: usize, body: &str) -> SendMessageBatchInput {
        SendMessageBatchInput {
            queue_url: self.url.clone(),
            entries: (0..n)
                .map(|i| SendMessageBatchRequestEntry {
                    id: format!("m{i}"),
                    message_body: body.to_string(),
                    ..Default::default()
                })
                .collect(),
        }
    }

    /// Sends `input` (cloned, as a caller building a request would).
    pub fn send(&mut self, input: &SendMessageBatchInput) -> usize {
        let w = &mut self.world;
        let out = w
            .sqs
            .send_message_batch(&mut w.sim, &self.caller, input.clone())
            .expect("send batch");
        debug_assert_eq!(out.successful.len(), input.entries.len());
        out.successful.len()
    }

    /// Receives up to 10 messages with a short poll.
    pub fn receive(&mut self) -> Vec<Message> {
        let w = &mut self.world;
        let input = ReceiveMessageInput {
            queue_url: self.url.clone(),
            max_number_of_messages: Some(10),
            ..Default::default()
        };
        w.sqs
            .receive_message(&mut w.sim, &self.caller, input, CallId(0))
            .expect("a short poll answers at once")
            .expect("receive")
            .messages
    }

    /// Deletes `msgs` by their receipt handles (moved, not copied, into the
    /// request); returns how many were deleted.
    pub fn delete(&mut self, msgs: Vec<Message>) -> usize {
        let n = msgs.len();
        let input = DeleteMessageBatchInput {
            queue_url: self.url.clone(),
            entries: msgs
                .into_iter()
                .enumerate()
                .map(|(i, m)| DeleteMessageBatchRequestEntry {
                    id: format!("d{i}"),
                    receipt_handle: m.receipt_handle,
                })
                .collect(),
        };
        let w = &mut self.world;
        let out = w
            .sqs
            .delete_message_batch(&mut w.sim, &self.caller, input)
            .expect("delete batch");
        assert_eq!(out.successful.len(), n, "every delete succeeds");
        n
    }

    /// One round: send `input`, receive 10, delete them. Returns the messages
    /// that went all the way through.
    pub fn round(&mut self, input: &SendMessageBatchInput) -> usize {
        self.send(input);
        let msgs = self.receive();
        self.delete(msgs)
    }
}

/// A fixed Kinesis workload shared by the native criterion bench
/// (`kinesis/put_get_batch500`) and the wasm build's `benchKinesisRecords`: a
/// round is PutRecords of 500 records (5-byte data) on a one-shard stream, the
/// clock moved on a minute (so the shard's write and read limits refill), and
/// GetRecords of those 500 through the iterator the previous round left.
pub struct KinesisWorkload {
    pub world: World,
    pub caller: Caller,
    batch: crate::kinesis::PutRecordsInput,
    iterator: String,
}

impl KinesisWorkload {
    /// Seed 3; `keys` distinct partition keys cycled through the batch (50 are
    /// users or devices reused; 500 defeats the engine's MD5 memo).
    pub fn new(keys: usize) -> Self {
        use crate::kinesis::{GetShardIteratorInput, PutRecordsRequestEntry, StreamRef};
        let mut world = World::new(3);
        let caller = Caller::default();
        world
            .kinesis
            .create_stream(
                &mut world.sim,
                &caller,
                serde_json::from_value(serde_json::json!({"StreamName": "bench", "ShardCount": 1}))
                    .expect("a CreateStream input"),
            )
            .expect("the stream is created");
        world.sleep_ms(1_000);
        let stream = StreamRef {
            stream_name: Some("bench".into()),
            stream_arn: None,
        };
        let batch = crate::kinesis::PutRecordsInput {
            stream: stream.clone(),
            records: (0..500)
                .map(|i| PutRecordsRequestEntry {
                    data: "aGVsbG8=".into(),
                    partition_key: format!("k{}", i % keys.max(1)),
                    explicit_hash_key: None,
                })
                .collect(),
        };
        let iterator = world
            .kinesis
            .get_shard_iterator(
                &mut world.sim,
                &caller,
                GetShardIteratorInput {
                    stream,
                    shard_id: "shardId-000000000000".into(),
                    shard_iterator_type: "LATEST".into(),
                    ..Default::default()
                },
            )
            .expect("an iterator")
            .shard_iterator;
        KinesisWorkload {
            world,
            caller,
            batch,
            iterator,
        }
    }

    /// One round; returns the records read back (500).
    pub fn round(&mut self) -> usize {
        let out = self
            .world
            .kinesis
            .put_records(&mut self.world.sim, &self.caller, self.batch.clone())
            .expect("PutRecords");
        assert_eq!(out.failed_record_count, 0, "no record throttled");
        let t = self.world.now().plus_ms(60_000);
        self.world.advance_to(t);
        let got = self
            .world
            .kinesis
            .get_records(
                &mut self.world.sim,
                &self.caller,
                crate::kinesis::GetRecordsInput {
                    shard_iterator: std::mem::take(&mut self.iterator),
                    ..Default::default()
                },
            )
            .expect("GetRecords");
        self.iterator = got.next_shard_iterator.expect("an open shard goes on");
        got.records.len()
    }
}

/// The client workload: 10 standard queues, a producer per queue at
/// 100 messages/s, and 5 long-polling consumers per queue (50 in all) that
/// take 20 ms per message, on the virtual clock. `run_minutes` moves it on;
/// the benchmarks time how much simulated time a wall second buys.
pub struct ClientsWorkload {
    pub world: World,
}

impl Default for ClientsWorkload {
    fn default() -> Self {
        ClientsWorkload::new()
    }
}

impl ClientsWorkload {
    pub const QUEUES: usize = 10;
    pub const RATE: u32 = 100;
    pub const CONSUMERS_PER_QUEUE: usize = 5;

    pub fn new() -> Self {
        use crate::clients::{ConsumerSpec, ProducerSpec, ProducerTarget};
        let mut world = World::new(11);
        let caller = Caller::default();
        for q in 0..Self::QUEUES {
            let url = world
                .sqs
                .create_queue(
                    &mut world.sim,
                    &caller,
                    CreateQueueInput {
                        queue_name: format!("work-{q}"),
                        ..Default::default()
                    },
                )
                .expect("create queue")
                .queue_url;
            let mut p = ProducerSpec::new(
                &format!("producer-{q}"),
                ProducerTarget::Queue {
                    queue_url: url.clone(),
                },
                Self::RATE,
            );
            p.body_template = "order {n}".into();
            let id = world.add_producer(p);
            world.start_client(id);
            for c in 0..Self::CONSUMERS_PER_QUEUE {
                let id =
                    world.add_consumer(ConsumerSpec::new(&format!("consumer-{q}-{c}"), &url, 20));
                world.start_client(id);
            }
        }
        ClientsWorkload { world }
    }

    /// Moves the world on by `minutes` simulated minutes; returns the messages
    /// consumers processed in that time.
    pub fn run_minutes(&mut self, minutes: u64) -> u64 {
        let before = self.processed();
        let end = self.world.now().as_ms() + minutes * 60_000;
        self.world.advance_to(crate::sim::SimTime(end));
        self.processed() - before
    }

    /// Messages processed (and deleted) so far by every consumer.
    pub fn processed(&self) -> u64 {
        self.world
            .clients
            .views()
            .iter()
            .map(|v| v.counters.processed)
            .sum()
    }
}
