// A real client: @aws-sdk/client-sqs (AWS SDK for JavaScript v3) in Node, talking
// to the wasm build through handleAwsRequest. Covers every SQS operation. The SDK
// checks MD5 digests of what it sends and receives, so a wrong digest fails here.
import {
  SQSClient, CreateQueueCommand, GetQueueUrlCommand, ListQueuesCommand, GetQueueAttributesCommand,
  SetQueueAttributesCommand, TagQueueCommand, ListQueueTagsCommand, UntagQueueCommand, SendMessageCommand,
  SendMessageBatchCommand, ReceiveMessageCommand, ChangeMessageVisibilityCommand,
  ChangeMessageVisibilityBatchCommand, DeleteMessageCommand, DeleteMessageBatchCommand, PurgeQueueCommand,
  AddPermissionCommand, RemovePermissionCommand, ListDeadLetterSourceQueuesCommand,
  StartMessageMoveTaskCommand, ListMessageMoveTasksCommand, CancelMessageMoveTaskCommand, DeleteQueueCommand,
} from '@aws-sdk/client-sqs';
import { loadSwitchyard, switchyardHandler, run, assert, eq } from './load.mjs';

const sy = await loadSwitchyard();
sy.resetWorld(42);
sy.setSpeed(0); // the clock moves only when a test says so
const client = new SQSClient({
  region: 'us-east-1',
  endpoint: 'http://127.0.0.1:4566',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  requestHandler: switchyardHandler(sy),
});
const send = (c) => client.send(c);
let url, dlqUrl, dlqArn;

await run({
  'create queues, look them up and list them': async () => {
    const dlq = await send(new CreateQueueCommand({ QueueName: 'orders-dlq' }));
    dlqUrl = dlq.QueueUrl;
    eq(dlqUrl, 'https://sqs.us-east-1.amazonaws.com/123456789012/orders-dlq');
    dlqArn = (await send(new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['QueueArn'] })))
      .Attributes.QueueArn;
    eq(dlqArn, 'arn:aws:sqs:us-east-1:123456789012:orders-dlq');
    const q = await send(new CreateQueueCommand({
      QueueName: 'orders',
      Attributes: { VisibilityTimeout: '10', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 2 }) },
      tags: { team: 'checkout' },
    }));
    url = q.QueueUrl;
    eq((await send(new GetQueueUrlCommand({ QueueName: 'orders' }))).QueueUrl, url);
    eq((await send(new ListQueuesCommand({ QueueNamePrefix: 'orders' }))).QueueUrls.sort(), [url, dlqUrl].sort());
  },
  'attributes and tags': async () => {
    await send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { DelaySeconds: '0', MessageRetentionPeriod: '3600' } }));
    const a = (await send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] }))).Attributes;
    eq([a.VisibilityTimeout, a.MessageRetentionPeriod, a.ApproximateNumberOfMessages], ['10', '3600', '0']);
    await send(new TagQueueCommand({ QueueUrl: url, Tags: { env: 'test' } }));
    eq((await send(new ListQueueTagsCommand({ QueueUrl: url }))).Tags, { team: 'checkout', env: 'test' });
    await send(new UntagQueueCommand({ QueueUrl: url, TagKeys: ['env'] }));
    eq((await send(new ListQueueTagsCommand({ QueueUrl: url }))).Tags, { team: 'checkout' });
  },
  'send, receive with attributes, change visibility, delete': async () => {
    const s = await send(new SendMessageCommand({
      QueueUrl: url, MessageBody: 'order #1 placed',
      MessageAttributes: { status: { DataType: 'String', StringValue: 'placed' } },
    }));
    assert(s.MessageId && s.MD5OfMessageBody && s.MD5OfMessageAttributes, 'digests returned');
    const r = await send(new ReceiveMessageCommand({
      QueueUrl: url, MaxNumberOfMessages: 10, MessageAttributeNames: ['All'], MessageSystemAttributeNames: ['All'],
    }));
    eq(r.Messages.length, 1);
    const m = r.Messages[0];
    eq([m.Body, m.MessageAttributes.status.StringValue, m.Attributes.ApproximateReceiveCount], ['order #1 placed', 'placed', '1']);
    await send(new ChangeMessageVisibilityCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 60 }));
    await send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle }));
    sy.advanceClock(120_000);
    eq((await send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10 }))).Messages, undefined);
  },
  'batches: send, change visibility, delete': async () => {
    const b = await send(new SendMessageBatchCommand({
      QueueUrl: url, Entries: [{ Id: 'a', MessageBody: 'one' }, { Id: 'b', MessageBody: 'two' }],
    }));
    eq(b.Successful.map((x) => x.Id).sort(), ['a', 'b']);
    let got = [];
    for (let i = 0; i < 10 && got.length < 2; i++) {
      got = got.concat((await send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }))).Messages ?? []);
    }
    eq(got.map((m) => m.Body).sort(), ['one', 'two']);
    const cv = await send(new ChangeMessageVisibilityBatchCommand({
      QueueUrl: url, Entries: got.map((m, i) => ({ Id: `e${i}`, ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 0 })),
    }));
    eq(cv.Successful.length, 2);
    const again = (await send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }))).Messages ?? [];
    assert(again.length >= 1, 'visible again after visibility 0');
    const d = await send(new DeleteMessageBatchCommand({
      QueueUrl: url, Entries: again.map((m, i) => ({ Id: `d${i}`, ReceiptHandle: m.ReceiptHandle })),
    }));
    eq(d.Failed ?? [], []);
    await send(new PurgeQueueCommand({ QueueUrl: url }));
  },
  'long polling waits on the virtual clock and returns when a message arrives': async () => {
    sy.advanceClock(61_000); // past the purge's 60 s
    sy.setSpeed(1000);
    const t0 = sy.nowMs();
    const r = await send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 20 }));
    sy.setSpeed(0);
    eq(r.Messages, undefined);
    assert(sy.nowMs() - t0 >= 20_000, `waited ${sy.nowMs() - t0} virtual ms`);
  },
  'a poison message lands in the dead-letter queue and is redriven back': async () => {
    // Long polls that find nothing wait on the clock: let it run fast.
    sy.setSpeed(1000);
    await send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'poison' }));
    for (let i = 0; i < 3; i++) {
      await send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 1 }));
      sy.advanceClock(11_000);
    }
    eq((await send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: dlqUrl }))).queueUrls, [url]);
    const inDlq = await send(new ReceiveMessageCommand({ QueueUrl: dlqUrl, WaitTimeSeconds: 1, VisibilityTimeout: 0 }));
    eq(inDlq.Messages?.[0]?.Body, 'poison');
    sy.setSpeed(0);
    const t = await send(new StartMessageMoveTaskCommand({ SourceArn: dlqArn, MaxNumberOfMessagesPerSecond: 1 }));
    assert(t.TaskHandle, 'task handle');
    const tasks = (await send(new ListMessageMoveTasksCommand({ SourceArn: dlqArn }))).Results;
    eq(tasks[0].Status, 'RUNNING');
    sy.advanceClock(5_000);
    const done = (await send(new ListMessageMoveTasksCommand({ SourceArn: dlqArn }))).Results;
    eq(done[0].Status, 'COMPLETED');
    const back = await send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 1 }));
    eq(back.Messages?.[0]?.Body, 'poison');
    // A second task over an empty DLQ: cancelling it answers either with the count
    // moved or with AWS's error for a task that already finished.
    const t2 = await send(new StartMessageMoveTaskCommand({ SourceArn: dlqArn }));
    const c = await send(new CancelMessageMoveTaskCommand({ TaskHandle: t2.TaskHandle })).catch((e) => e);
    assert(c.ApproximateNumberOfMessagesMoved !== undefined || c.name, 'cancel answered');
  },
  'permissions edit the queue policy': async () => {
    await send(new AddPermissionCommand({ QueueUrl: url, Label: 'partner', AWSAccountIds: ['111122223333'], Actions: ['ReceiveMessage'] }));
    const p = JSON.parse((await send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['Policy'] }))).Attributes.Policy);
    eq(p.Statement[0].Sid, 'partner');
    await send(new RemovePermissionCommand({ QueueUrl: url, Label: 'partner' }));
  },
  'errors come back as the SDK\'s typed exceptions': async () => {
    const e = await send(new GetQueueUrlCommand({ QueueName: 'nope' })).catch((e) => e);
    eq(e.name, 'QueueDoesNotExist');
    eq(e.$metadata.httpStatusCode, 400);
    const e2 = await send(new SendMessageBatchCommand({ QueueUrl: url, Entries: [{ Id: 'x', MessageBody: 'a' }, { Id: 'x', MessageBody: 'b' }] })).catch((e) => e);
    eq(e2.name, 'BatchEntryIdsNotDistinct');
  },
  'delete queues': async () => {
    await send(new DeleteQueueCommand({ QueueUrl: url }));
    await send(new DeleteQueueCommand({ QueueUrl: dlqUrl }));
    const left = (await send(new ListQueuesCommand({}))).QueueUrls ?? [];
    eq(left, []);
  },
});
