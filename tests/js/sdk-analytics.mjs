// A real client: @aws-sdk/client-kinesis-analytics (AWS SDK for JavaScript v3)
// in Node, talking to the wasm build through handleAwsRequest over AWS JSON 1.1
// (KinesisAnalytics_20150814): an application over a Kinesis stream with a
// tumbling-window count, started and read on the virtual clock, versions and
// typed errors. Kinesis is driven with the console's `aws kinesis` commands.
import {
  KinesisAnalyticsClient, CreateApplicationCommand, DescribeApplicationCommand, StartApplicationCommand,
  StopApplicationCommand, ListApplicationsCommand, AddApplicationOutputCommand,
  CodeValidationException, ResourceNotFoundException, ConcurrentModificationException,
} from '@aws-sdk/client-kinesis-analytics';
import { loadSwitchyard, switchyardHandler, run, assert, eq } from './load.mjs';

const sy = await loadSwitchyard();
sy.resetWorld(5);
sy.setSpeed(0);
const ka = new KinesisAnalyticsClient({
  region: 'us-east-1',
  endpoint: 'http://127.0.0.1:4566',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  requestHandler: switchyardHandler(sy),
});
const later = (ms) => sy.advanceClock(ms);
const cli = (line) => {
  const r = JSON.parse(sy.runCommand(line));
  assert(!r.error, `${line}: ${JSON.stringify(r.error)}`);
  return r.output;
};
const ROLE = 'arn:aws:iam::123456789012:role/ka';
const STREAM = (n) => `arn:aws:kinesis:us-east-1:123456789012:stream/${n}`;
const CODE = `
CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (ticker_symbol VARCHAR(4), ticker_count INTEGER);
CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
  SELECT STREAM ticker_symbol, COUNT(*) AS ticker_count FROM "SOURCE_SQL_STREAM_001"
  GROUP BY ticker_symbol, STEP("SOURCE_SQL_STREAM_001".ROWTIME BY INTERVAL '10' SECOND);`;

await run({
  'create an application: READY, with its input stream names': async () => {
    cli('aws kinesis create-stream --stream-name ticks --shard-count 1');
    cli('aws kinesis create-stream --stream-name counts --shard-count 1');
    later(1000);
    const c = await ka.send(new CreateApplicationCommand({
      ApplicationName: 'ticker-counts',
      ApplicationCode: CODE,
      Inputs: [{
        NamePrefix: 'SOURCE_SQL_STREAM',
        KinesisStreamsInput: { ResourceARN: STREAM('ticks'), RoleARN: ROLE },
        InputSchema: {
          RecordFormat: { RecordFormatType: 'JSON', MappingParameters: { JSONMappingParameters: { RecordRowPath: '$' } } },
          RecordEncoding: 'UTF-8',
          RecordColumns: [{ Name: 'TICKER_SYMBOL', Mapping: '$.TICKER_SYMBOL', SqlType: 'VARCHAR(4)' }],
        },
      }],
    }));
    eq(c.ApplicationSummary.ApplicationStatus, 'READY');
    const d = (await ka.send(new DescribeApplicationCommand({ ApplicationName: 'ticker-counts' }))).ApplicationDetail;
    eq(d.InputDescriptions[0].InAppStreamNames, ['SOURCE_SQL_STREAM_001']);
    eq(d.ApplicationVersionId, 1);
    assert(d.CreateTimestamp instanceof Date, 'timestamps parse as Dates');
  },
  'a stale version is a ConcurrentModificationException; a current one adds the output': async () => {
    const output = { Name: 'DESTINATION_SQL_STREAM', KinesisStreamsOutput: { ResourceARN: STREAM('counts'), RoleARN: ROLE },
      DestinationSchema: { RecordFormatType: 'JSON' } };
    let err;
    try {
      await ka.send(new AddApplicationOutputCommand({ ApplicationName: 'ticker-counts', CurrentApplicationVersionId: 7, Output: output }));
    } catch (e) { err = e; }
    assert(err instanceof ConcurrentModificationException, `got ${err}`);
    await ka.send(new AddApplicationOutputCommand({ ApplicationName: 'ticker-counts', CurrentApplicationVersionId: 1, Output: output }));
  },
  'start, records in, the window closes, counts out': async () => {
    await ka.send(new StartApplicationCommand({ ApplicationName: 'ticker-counts',
      InputConfigurations: [{ Id: '1.1', InputStartingPositionConfiguration: { InputStartingPosition: 'NOW' } }] }));
    later(10000);
    eq((await ka.send(new DescribeApplicationCommand({ ApplicationName: 'ticker-counts' }))).ApplicationDetail.ApplicationStatus, 'RUNNING');
    for (const t of ['AMZN', 'AMZN', 'MSFT']) {
      cli(`aws kinesis put-record --stream-name ticks --partition-key ${t} --data '{"TICKER_SYMBOL":"${t}"}' --cli-binary-format raw-in-base64-out`);
    }
    later(12000);
    const it = cli('aws kinesis get-shard-iterator --stream-name counts --shard-id shardId-000000000000 --shard-iterator-type TRIM_HORIZON');
    const recs = cli(`aws kinesis get-records --shard-iterator ${it.ShardIterator}`);
    const rows = recs.Records.map((r) => JSON.parse(Buffer.from(r.Data, 'base64').toString()));
    eq(rows, [{ TICKER_SYMBOL: 'AMZN', TICKER_COUNT: 2 }, { TICKER_SYMBOL: 'MSFT', TICKER_COUNT: 1 }]);
    await ka.send(new StopApplicationCommand({ ApplicationName: 'ticker-counts' }));
    later(5000);
    eq((await ka.send(new ListApplicationsCommand({}))).ApplicationSummaries[0].ApplicationStatus, 'READY');
  },
  'typed errors: bad code, unknown application': async () => {
    let err;
    try {
      await ka.send(new CreateApplicationCommand({ ApplicationName: 'bad', ApplicationCode: 'CREATE OR REPLACE STREAM' }));
    } catch (e) { err = e; }
    assert(err instanceof CodeValidationException, `got ${err}`);
    err = undefined;
    try {
      await ka.send(new DescribeApplicationCommand({ ApplicationName: 'nope' }));
    } catch (e) { err = e; }
    assert(err instanceof ResourceNotFoundException, `got ${err}`);
  },
});
