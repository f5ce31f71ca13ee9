// A real client: @aws-sdk/client-firehose (AWS SDK for JavaScript v3) in Node,
// talking to the wasm build through handleAwsRequest over AWS JSON 1.1: delivery
// stream lifecycle on the virtual clock, PutRecord / PutRecordBatch with
// Uint8Array data and per-record results, an interval flush landing as an S3
// object with AWS's key layout, the error output of a failing transform, typed
// errors; an HTTP endpoint destination (AllData backup) and a Redshift
// destination (intermediate object and COPY manifest). The virtual clock is moved with advanceClock; S3 is driven with the
// console's `aws s3api` commands (runCommand) and read with a REST GET.
import {
  FirehoseClient, CreateDeliveryStreamCommand, DescribeDeliveryStreamCommand, ListDeliveryStreamsCommand,
  PutRecordCommand, PutRecordBatchCommand, DeleteDeliveryStreamCommand, UpdateDestinationCommand,
  ResourceNotFoundException, InvalidArgumentException, ConcurrentModificationException,
} from '@aws-sdk/client-firehose';
import { loadSwitchyard, switchyardHandler, run, assert, eq } from './load.mjs';

const sy = await loadSwitchyard();
sy.resetWorld(11);
sy.setSpeed(0);
const firehose = new FirehoseClient({
  region: 'us-east-1',
  endpoint: 'http://127.0.0.1:4566',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  requestHandler: switchyardHandler(sy),
});
const enc = new TextEncoder();
const later = (ms) => sy.advanceClock(ms);
const ROLE = 'arn:aws:iam::123456789012:role/firehose';
const keys = (bucket) => {
  const r = JSON.parse(sy.runCommand(`aws s3api list-objects-v2 --bucket ${bucket}`));
  return ((r.output && r.output.Contents) || []).map((c) => c.Key);
};
const object = async (bucket, key) => (await sy.handleAwsRequest({
  method: 'GET', url: `/${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`, headers: {}, body: '',
})).body;

await run({
  'create a delivery stream: CREATING, then ACTIVE on the virtual clock': async () => {
    sy.runCommand('aws s3api create-bucket --bucket landing-zone');
    const c = await firehose.send(new CreateDeliveryStreamCommand({
      DeliveryStreamName: 'events',
      ExtendedS3DestinationConfiguration: {
        RoleARN: ROLE, BucketARN: 'arn:aws:s3:::landing-zone',
        BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 },
      },
    }));
    eq(c.DeliveryStreamARN, 'arn:aws:firehose:us-east-1:123456789012:deliverystream/events');
    let d = (await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'events' }))).DeliveryStreamDescription;
    eq(d.DeliveryStreamStatus, 'CREATING');
    assert(d.CreateTimestamp instanceof Date, 'timestamps parse as Dates');
    later(5000);
    d = (await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'events' }))).DeliveryStreamDescription;
    eq(d.DeliveryStreamStatus, 'ACTIVE');
    eq(d.Destinations[0].ExtendedS3DestinationDescription.BufferingHints, { SizeInMBs: 1, IntervalInSeconds: 60 });
    eq((await firehose.send(new ListDeliveryStreamsCommand({}))).DeliveryStreamNames, ['events']);
  },
  'PutRecord and PutRecordBatch give RecordIds; the interval flush lands one object': async () => {
    const p = await firehose.send(new PutRecordCommand({ DeliveryStreamName: 'events', Record: { Data: enc.encode('a;') } }));
    assert(p.RecordId && p.RecordId.length >= 40, `RecordId ${p.RecordId}`);
    const b = await firehose.send(new PutRecordBatchCommand({
      DeliveryStreamName: 'events', Records: [{ Data: enc.encode('b;') }, { Data: enc.encode('c;') }],
    }));
    eq(b.FailedPutCount, 0);
    eq(b.RequestResponses.length, 2);
    later(59000);
    eq(keys('landing-zone'), []);
    later(1000);
    const k = keys('landing-zone');
    eq(k.length, 1);
    assert(/^2026\/01\/01\/00\/events-1-2026-01-01-00-01-05-[0-9a-f-]{36}$/.test(k[0]), k[0]);
    eq(await object('landing-zone', k[0]), 'a;b;c;');
  },
  'UpdateDestination needs the current version': async () => {
    let err;
    try {
      await firehose.send(new UpdateDestinationCommand({
        DeliveryStreamName: 'events', CurrentDeliveryStreamVersionId: '9', DestinationId: 'destinationId-000000000001',
        ExtendedS3DestinationUpdate: { Prefix: 'v2/' },
      }));
    } catch (e) { err = e; }
    assert(err instanceof ConcurrentModificationException, `got ${err}`);
    await firehose.send(new UpdateDestinationCommand({
      DeliveryStreamName: 'events', CurrentDeliveryStreamVersionId: '1', DestinationId: 'destinationId-000000000001',
      ExtendedS3DestinationUpdate: { Prefix: 'v2/' },
    }));
    const d = (await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'events' }))).DeliveryStreamDescription;
    eq(d.VersionId, '2');
  },
  'typed errors: unknown stream, invalid prefix': async () => {
    let err;
    try { await firehose.send(new PutRecordCommand({ DeliveryStreamName: 'nope', Record: { Data: enc.encode('x') } })); } catch (e) { err = e; }
    assert(err instanceof ResourceNotFoundException, `got ${err}`);
    err = undefined;
    try {
      await firehose.send(new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'bad',
        ExtendedS3DestinationConfiguration: { RoleARN: ROLE, BucketARN: 'arn:aws:s3:::landing-zone', Prefix: '!{timestamp:yyyy}/' },
      }));
    } catch (e) { err = e; }
    assert(err instanceof InvalidArgumentException, `got ${err}`);
    eq(err.message, 'ErrorOutputPrefix cannot be null or empty when Prefix contains expressions');
  },
  'an HTTP endpoint destination: described in the AWS shape; AllData backs up what was delivered': async () => {
    sy.runCommand('aws s3api create-bucket --bucket http-backup');
    await firehose.send(new CreateDeliveryStreamCommand({
      DeliveryStreamName: 'to-http',
      HttpEndpointDestinationConfiguration: {
        EndpointConfiguration: { Url: 'https://aws-api.newrelic.com/firehose/v1', Name: 'New Relic', AccessKey: 'key' },
        BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 },
        RequestConfiguration: { ContentEncoding: 'GZIP', CommonAttributes: [{ AttributeName: 'env', AttributeValue: 'dev' }] },
        RetryOptions: { DurationInSeconds: 60 },
        S3BackupMode: 'AllData',
        S3Configuration: { RoleARN: ROLE, BucketARN: 'arn:aws:s3:::http-backup' },
      },
    }));
    later(5000);
    const d = (await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'to-http' }))).DeliveryStreamDescription;
    const h = d.Destinations[0].HttpEndpointDestinationDescription;
    eq(h.EndpointConfiguration, { Url: 'https://aws-api.newrelic.com/firehose/v1', Name: 'New Relic' });
    eq(h.RequestConfiguration.ContentEncoding, 'GZIP');
    eq(h.S3BackupMode, 'AllData');
    eq(h.RetryOptions, { DurationInSeconds: 60 });
    await firehose.send(new PutRecordCommand({ DeliveryStreamName: 'to-http', Record: { Data: enc.encode('hello') } }));
    later(60000);
    const k = keys('http-backup');
    eq(k.length, 1);
    eq(await object('http-backup', k[0]), 'hello');
  },
  'a Redshift destination: the object lands in the intermediate bucket, then a manifest for the COPY': async () => {
    sy.runCommand('aws s3api create-bucket --bucket staging');
    await firehose.send(new CreateDeliveryStreamCommand({
      DeliveryStreamName: 'to-redshift',
      RedshiftDestinationConfiguration: {
        RoleARN: ROLE,
        ClusterJDBCURL: 'jdbc:redshift://demo.abc123xyz.us-east-1.redshift.amazonaws.com:5439/dev',
        CopyCommand: { DataTableName: 'events', DataTableColumns: 'id,name', CopyOptions: "JSON 'auto'" },
        Username: 'firehose', Password: 'Secret123',
        S3Configuration: { RoleARN: ROLE, BucketARN: 'arn:aws:s3:::staging', BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 } },
      },
    }));
    later(5000);
    const d = (await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'to-redshift' }))).DeliveryStreamDescription;
    const r = d.Destinations[0].RedshiftDestinationDescription;
    eq(r.CopyCommand, { DataTableName: 'events', DataTableColumns: 'id,name', CopyOptions: "JSON 'auto'" });
    eq(r.Username, 'firehose');
    eq(r.Password, undefined);
    eq(r.RetryOptions, { DurationInSeconds: 3600 });
    await firehose.send(new PutRecordCommand({ DeliveryStreamName: 'to-redshift', Record: { Data: enc.encode('{"id": 1, "name": "ada"}\n') } }));
    later(60000);
    const k = keys('staging');
    eq(k.length, 2);
    const manifest = k.find((x) => x.startsWith('manifests/'));
    const data = k.find((x) => !x.startsWith('manifests/'));
    eq(JSON.parse(await object('staging', manifest)), { entries: [{ url: `s3://staging/${data}`, mandatory: true }] });
  },
  'delete: DELETING, then gone': async () => {
    await firehose.send(new DeleteDeliveryStreamCommand({ DeliveryStreamName: 'events' }));
    later(5000);
    eq((await firehose.send(new ListDeliveryStreamsCommand({}))).DeliveryStreamNames, ['to-http', 'to-redshift']);
  },
});
