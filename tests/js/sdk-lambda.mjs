// A real client: @aws-sdk/client-lambda (AWS SDK for JavaScript v3) in Node,
// talking to the wasm build through handleAwsRequest over REST-JSON: a
// function created from a zip, Invoke parked until its run ends on the virtual
// clock (payload, FunctionError, LogResult), typed errors, concurrency
// throttling, and an SQS event-source mapping that drains a queue.
import {
  LambdaClient, CreateFunctionCommand, GetFunctionCommand, ListFunctionsCommand, InvokeCommand,
  PutFunctionConcurrencyCommand, CreateEventSourceMappingCommand, GetEventSourceMappingCommand,
  DeleteFunctionCommand, ResourceNotFoundException, ResourceConflictException, TooManyRequestsException,
} from '@aws-sdk/client-lambda';
import { SQSClient, CreateQueueCommand, SendMessageCommand, GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { loadSwitchyard, switchyardHandler, run, assert, eq } from './load.mjs';

const sy = await loadSwitchyard();
sy.resetWorld(11);
sy.setSpeed(0);
const config = {
  region: 'us-east-1',
  endpoint: 'http://127.0.0.1:4566',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  requestHandler: switchyardHandler(sy),
};
const lambda = new LambdaClient(config);
const sqs = new SQSClient(config);
const enc = new TextEncoder();
const dec = new TextDecoder();
const later = (ms) => sy.advanceClock(ms);
// Lets a sent command reach handleAwsRequest (the SDK sends after its middleware runs).
const settle = () => new Promise((r) => setTimeout(r, 20));
// An empty zip archive (end-of-central-directory record only).
const zip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
const fn = (name, vars) => lambda.send(new CreateFunctionCommand({
  FunctionName: name, Runtime: 'nodejs20.x', Handler: 'index.handler',
  Role: 'arn:aws:iam::123456789012:role/lambda-role', Code: { ZipFile: zip }, Timeout: 5,
  Environment: { Variables: vars },
}));

await run({
  'create a function; a second with the same name is a ResourceConflictException': async () => {
    const f = await fn('resize', { SWITCHYARD_DURATION_MS: '250', SWITCHYARD_RESPONSE: '{"done":true}', SWITCHYARD_FAIL_IF_CONTAINS: 'corrupt' });
    eq(f.FunctionArn, 'arn:aws:lambda:us-east-1:123456789012:function:resize');
    eq(f.CodeSize, 22);
    // Created Pending, as AWS answers; Active a moment later on the virtual clock.
    eq(f.State, 'Pending');
    eq(f.StateReasonCode, 'Creating');
    try {
      await lambda.send(new InvokeCommand({ FunctionName: 'resize' }));
      assert(false, 'a Pending function was invoked');
    } catch (e) {
      assert(e instanceof ResourceConflictException, e.name);
      assert(e.message.includes('currently in the following state: Pending'), e.message);
    }
    later(1000);
    const active = await lambda.send(new GetFunctionCommand({ FunctionName: 'resize' }));
    eq(active.Configuration.State, 'Active');
    eq(active.Configuration.LastUpdateStatus, 'Successful');
    try { await fn('resize', {}); assert(false, 'duplicate accepted'); } catch (e) {
      assert(e instanceof ResourceConflictException, e.name);
      eq(e.$metadata.httpStatusCode, 409);
    }
    eq((await lambda.send(new ListFunctionsCommand({}))).Functions.map((x) => x.FunctionName), ['resize']);
  },
  'invoke waits on the virtual clock and returns the payload': async () => {
    const p = lambda.send(new InvokeCommand({ FunctionName: 'resize', Payload: enc.encode('{"key":"a.png"}'), LogType: 'Tail' }));
    await settle();
    later(250);
    const r = await p;
    eq(r.StatusCode, 200);
    eq(dec.decode(r.Payload), '{"done":true}');
    eq(r.FunctionError, undefined);
    assert(Buffer.from(r.LogResult, 'base64').toString().includes('Duration: 250.00 ms'), 'log tail');
    eq(r.ExecutedVersion, '$LATEST');
  },
  'a failing run comes back as FunctionError Unhandled': async () => {
    const p = lambda.send(new InvokeCommand({ FunctionName: 'resize', Payload: enc.encode('{"key":"corrupt.png"}') }));
    await settle();
    later(250);
    const r = await p;
    eq(r.FunctionError, 'Unhandled');
    assert(JSON.parse(dec.decode(r.Payload)).errorMessage, 'error payload');
  },
  'Event invocations answer 202': async () => {
    const r = await lambda.send(new InvokeCommand({ FunctionName: 'resize', InvocationType: 'Event', Payload: enc.encode('{}') }));
    eq(r.StatusCode, 202);
    later(1000);
  },
  'a missing function is a ResourceNotFoundException': async () => {
    try { await lambda.send(new GetFunctionCommand({ FunctionName: 'nope' })); assert(false, 'found'); } catch (e) {
      assert(e instanceof ResourceNotFoundException, e.name);
      eq(e.$metadata.httpStatusCode, 404);
    }
  },
  'reserved concurrency 1: a second concurrent invoke is throttled': async () => {
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'resize', ReservedConcurrentExecutions: 1 }));
    const first = lambda.send(new InvokeCommand({ FunctionName: 'resize' }));
    await settle();
    const second = lambda.send(new InvokeCommand({ FunctionName: 'resize' }));
    try { await second; assert(false, 'not throttled'); } catch (e) {
      assert(e instanceof TooManyRequestsException, e.name);
      eq(e.Reason, 'ReservedFunctionConcurrentInvocationLimitExceeded');
    }
    await settle();
    later(250);
    eq((await first).StatusCode, 200);
  },
  'an SQS event-source mapping drains the queue': async () => {
    await fn('worker', { SWITCHYARD_DURATION_MS: '100' });
    later(1000);
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'jobs' }));
    const m = await lambda.send(new CreateEventSourceMappingCommand({
      FunctionName: 'worker', EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:jobs', BatchSize: 5,
    }));
    eq(m.State, 'Creating');
    for (let i = 0; i < 12; i++) await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `job ${i}` }));
    later(3000);
    eq((await lambda.send(new GetEventSourceMappingCommand({ UUID: m.UUID }))).State, 'Enabled');
    for (let i = 0; i < 30; i++) later(1000);
    const a = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }))).Attributes;
    eq([a.ApproximateNumberOfMessages, a.ApproximateNumberOfMessagesNotVisible], ['0', '0']);
    await lambda.send(new DeleteFunctionCommand({ FunctionName: 'worker' }));
  },
});
