// A real client over the network: @aws-sdk/client-kinesis (AWS SDK for
// JavaScript v3) with its default request handler, which speaks HTTP/2 only,
// against `switchyard serve` (cleartext HTTP/2). Then SubscribeToShard: the
// SDK reads AWS's event stream from serve. The virtual clock is jumped through
// serve's control path, never waited for. Usage: node sdk-kinesis-serve.mjs PATH/TO/switchyard
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import {
  KinesisClient, CreateStreamCommand, DescribeStreamSummaryCommand, PutRecordsCommand, GetShardIteratorCommand,
  GetRecordsCommand, RegisterStreamConsumerCommand, DescribeStreamConsumerCommand, SubscribeToShardCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-kinesis';
import { run, assert, eq } from './load.mjs';

const server = spawn(process.argv[2], ['serve', '--port', '0', '--seed', '13'], { stdio: ['ignore', 'pipe', 'inherit'] });
const line = await new Promise((resolve) => createInterface({ input: server.stdout }).once('line', resolve));
const port = line.split('127.0.0.1:')[1].split(' ')[0];
const endpoint = `http://127.0.0.1:${port}`;
const advance = (ms) => fetch(`${endpoint}/_switchyard/advance?ms=${ms}`, { method: 'POST' });
const kinesis = new KinesisClient({
  region: 'us-east-1',
  endpoint,
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
});
const enc = new TextEncoder();
const dec = new TextDecoder();
let arn, consumer, shard;

try {
  await run({
    'the default client (HTTP/2) creates a stream and reads it back': async () => {
      await kinesis.send(new CreateStreamCommand({ StreamName: 'ticks', ShardCount: 1 }));
      await advance(2000);
      const s = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'ticks' }))).StreamDescriptionSummary;
      eq(s.StreamStatus, 'ACTIVE');
      arn = s.StreamARN;
      const put = await kinesis.send(new PutRecordsCommand({
        StreamName: 'ticks',
        Records: ['a', 'b', 'c'].map((d) => ({ Data: enc.encode(d), PartitionKey: 'k' })),
      }));
      eq(put.FailedRecordCount, 0);
      shard = put.Records[0].ShardId;
      const it = (await kinesis.send(new GetShardIteratorCommand({ StreamName: 'ticks', ShardId: shard, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;
      const got = await kinesis.send(new GetRecordsCommand({ ShardIterator: it }));
      eq(got.Records.map((r) => dec.decode(r.Data)), ['a', 'b', 'c']);
    },
    'a typed error over HTTP/2': async () => {
      try {
        await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'nope' }));
        assert(false, 'should fail');
      } catch (e) {
        assert(e instanceof ResourceNotFoundException, String(e));
      }
    },
    'SubscribeToShard: the event stream carries the records, then ends with the subscription': async () => {
      consumer = (await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: arn, ConsumerName: 'board' }))).Consumer.ConsumerARN;
      await advance(2000);
      eq((await kinesis.send(new DescribeStreamConsumerCommand({ ConsumerARN: consumer }))).ConsumerDescription.ConsumerStatus, 'ACTIVE');
      const out = await kinesis.send(new SubscribeToShardCommand({ ConsumerARN: consumer, ShardId: shard, StartingPosition: { Type: 'TRIM_HORIZON' } }));
      const datas = [];
      let events = 0;
      for await (const ev of out.EventStream) {
        events++;
        datas.push(...ev.SubscribeToShardEvent.Records.map((r) => dec.decode(r.Data)));
        if (events === 1) {
          eq(datas, ['a', 'b', 'c']);
          assert(ev.SubscribeToShardEvent.ContinuationSequenceNumber, 'a continuation sequence number');
          await advance(300001); // the subscription's five minutes run out
        }
      }
      assert(events >= 1400, `about five pushes a second for five minutes, got ${events}`);
    },
  });
} finally {
  server.kill();
}
