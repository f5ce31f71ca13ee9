// A real client: @aws-sdk/client-kinesis (AWS SDK for JavaScript v3) in Node,
// talking to the wasm build through handleAwsRequest over AWS JSON 1.1: stream
// lifecycle, the shard layout, PutRecord/PutRecords with Uint8Array data,
// GetShardIterator/GetRecords with Date timestamps, splitting and ChildShards,
// throttling and typed errors. The virtual clock is moved with advanceClock.
import {
  KinesisClient, CreateStreamCommand, DescribeStreamCommand, DescribeStreamSummaryCommand, ListStreamsCommand,
  PutRecordCommand, PutRecordsCommand, GetShardIteratorCommand, GetRecordsCommand, ListShardsCommand,
  SplitShardCommand, DeleteStreamCommand, ResourceNotFoundException, ProvisionedThroughputExceededException,
} from '@aws-sdk/client-kinesis';
import { loadSwitchyard, switchyardHandler, run, assert, eq } from './load.mjs';

const sy = await loadSwitchyard();
sy.resetWorld(9);
sy.setSpeed(0);
const kinesis = new KinesisClient({
  region: 'us-east-1',
  endpoint: 'http://127.0.0.1:4566',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  requestHandler: switchyardHandler(sy),
});
const enc = new TextEncoder();
const dec = new TextDecoder();
const later = (ms) => sy.advanceClock(ms);
let seq;

await run({
  'create a stream: CREATING, then ACTIVE on the virtual clock': async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'clicks', ShardCount: 3 }));
    const s = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'clicks' }))).StreamDescriptionSummary;
    eq(s.StreamStatus, 'CREATING');
    assert(s.StreamCreationTimestamp instanceof Date, 'timestamps parse as Dates');
    later(1000);
    const d = (await kinesis.send(new DescribeStreamCommand({ StreamName: 'clicks' }))).StreamDescription;
    eq(d.StreamStatus, 'ACTIVE');
    eq(d.Shards.map((x) => x.HashKeyRange.EndingHashKey), [
      '113427455640312821154458202477256070484',
      '226854911280625642308916404954512140969',
      '340282366920938463463374607431768211455',
    ]);
    eq((await kinesis.send(new ListStreamsCommand({}))).StreamNames, ['clicks']);
  },
  'put a record (Uint8Array data) and read it back': async () => {
    const p = await kinesis.send(new PutRecordCommand({ StreamName: 'clicks', PartitionKey: 'user1', Data: enc.encode('user signup') }));
    eq(p.ShardId, 'shardId-000000000000');
    eq(p.SequenceNumber.length, 56);
    seq = p.SequenceNumber;
    const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({
      StreamName: 'clicks', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON',
    }));
    const r = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
    eq(r.Records.length, 1);
    eq(dec.decode(r.Records[0].Data), 'user signup');
    eq(r.Records[0].SequenceNumber, seq);
    assert(r.Records[0].ApproximateArrivalTimestamp instanceof Date, 'arrival is a Date');
    assert(r.NextShardIterator, 'a next iterator');
    eq(r.MillisBehindLatest, 0);
  },
  'PutRecords reports each entry; AT_TIMESTAMP takes a Date': async () => {
    later(10);
    const before = new Date(sy.nowMs() + Date.UTC(2026, 0, 1));
    const r = await kinesis.send(new PutRecordsCommand({
      StreamName: 'clicks',
      Records: ['a', 'b', 'c'].map((k) => ({ PartitionKey: 'user1', Data: enc.encode(k) })),
    }));
    eq(r.FailedRecordCount ?? 0, 0);
    eq(r.Records.map((x) => x.ShardId), ['shardId-000000000000', 'shardId-000000000000', 'shardId-000000000000']);
    const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({
      StreamName: 'clicks', ShardId: 'shardId-000000000000', ShardIteratorType: 'AT_TIMESTAMP', Timestamp: before,
    }));
    later(1000);
    const got = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
    eq(got.Records.map((x) => dec.decode(x.Data)), ['a', 'b', 'c']);
  },
  'split a shard: the parent ends with ChildShards': async () => {
    await kinesis.send(new SplitShardCommand({
      StreamName: 'clicks', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '56713727820156410577229101238628035242',
    }));
    later(1000);
    const shards = (await kinesis.send(new ListShardsCommand({ StreamName: 'clicks' }))).Shards;
    eq(shards.length, 5);
    eq(shards[3].ParentShardId, 'shardId-000000000000');
    const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({
      StreamName: 'clicks', ShardId: 'shardId-000000000000', ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', StartingSequenceNumber: seq,
    }));
    later(1000);
    const r = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
    eq(r.Records.length, 3);
    eq(r.NextShardIterator, undefined);
    eq(r.ChildShards.map((c) => c.ShardId), ['shardId-000000000003', 'shardId-000000000004']);
  },
  'throttling and missing streams are typed errors': async () => {
    later(2000);
    let throttled = null;
    for (let i = 0; i < 1001 && !throttled; i++) {
      try {
        await kinesis.send(new PutRecordCommand({ StreamName: 'clicks', PartitionKey: 'beta', Data: enc.encode('x') }));
      } catch (e) { throttled = e; }
    }
    assert(throttled instanceof ProvisionedThroughputExceededException, `throttled: ${throttled}`);
    try {
      await kinesis.send(new DescribeStreamCommand({ StreamName: 'nope' }));
      assert(false, 'should fail');
    } catch (e) {
      assert(e instanceof ResourceNotFoundException, `got ${e.name}`);
      eq(e.message, 'Stream nope under account 123456789012 not found.');
    }
  },
  'delete the stream': async () => {
    await kinesis.send(new DeleteStreamCommand({ StreamName: 'clicks' }));
    later(1000);
    eq((await kinesis.send(new ListStreamsCommand({}))).StreamNames, []);
  },
});
