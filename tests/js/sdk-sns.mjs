// A real client: @aws-sdk/client-sns (AWS SDK for JavaScript v3) in Node, talking
// to the wasm build through handleAwsRequest over SNS's query protocol, with
// @aws-sdk/client-sqs reading what the topic delivered: fan-out to queues with
// filter policies (on attributes and on the body), the notification envelope,
// raw delivery, PublishBatch, attributes, tags and typed errors; mobile push
// (platform applications, endpoints, a direct publish) and SMS settings.
import {
  SNSClient, CreateTopicCommand, ListTopicsCommand, GetTopicAttributesCommand, SetTopicAttributesCommand,
  SubscribeCommand, ListSubscriptionsByTopicCommand, GetSubscriptionAttributesCommand,
  SetSubscriptionAttributesCommand, PublishCommand, PublishBatchCommand, UnsubscribeCommand,
  TagResourceCommand, ListTagsForResourceCommand, DeleteTopicCommand,
  CreatePlatformApplicationCommand, CreatePlatformEndpointCommand, ListEndpointsByPlatformApplicationCommand,
  GetEndpointAttributesCommand, SetEndpointAttributesCommand, DeletePlatformApplicationCommand,
  SetSMSAttributesCommand, GetSMSAttributesCommand, CheckIfPhoneNumberIsOptedOutCommand,
  ListPhoneNumbersOptedOutCommand,
} from '@aws-sdk/client-sns';
import { SQSClient, CreateQueueCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { loadSwitchyard, switchyardHandler, run, assert, eq } from './load.mjs';

const sy = await loadSwitchyard();
sy.resetWorld(7);
sy.setSpeed(0);
const config = {
  region: 'us-east-1',
  endpoint: 'http://127.0.0.1:4566',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  requestHandler: switchyardHandler(sy),
};
const sns = new SNSClient(config);
const sqs = new SQSClient(config);
const ACCOUNT = '123456789012';
let topicArn;
const queues = {};

// A queue whose access policy lets the topic send to it.
async function queueFor(name) {
  const arn = `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;
  const policy = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage',
      Resource: arn, Condition: { ArnEquals: { 'aws:SourceArn': topicArn } } }],
  };
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: { Policy: JSON.stringify(policy) } }));
  queues[name] = { url: QueueUrl, arn };
  return arn;
}

async function receiveAll(name) {
  const r = await sqs.send(new ReceiveMessageCommand({
    QueueUrl: queues[name].url, MaxNumberOfMessages: 10, MessageAttributeNames: ['All'], VisibilityTimeout: 0,
  }));
  return r.Messages ?? [];
}

await run({
  'create a topic, find it, set and read its attributes': async () => {
    topicArn = (await sns.send(new CreateTopicCommand({ Name: 'orders', Tags: [{ Key: 'team', Value: 'checkout' }] }))).TopicArn;
    eq(topicArn, `arn:aws:sns:us-east-1:${ACCOUNT}:orders`);
    // CreateTopic is idempotent for the same name and attributes.
    eq((await sns.send(new CreateTopicCommand({ Name: 'orders' }))).TopicArn, topicArn);
    eq((await sns.send(new ListTopicsCommand({}))).Topics.map((t) => t.TopicArn), [topicArn]);
    await sns.send(new SetTopicAttributesCommand({ TopicArn: topicArn, AttributeName: 'DisplayName', AttributeValue: 'Orders' }));
    const a = (await sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn }))).Attributes;
    eq([a.DisplayName, a.Owner, a.TopicArn], ['Orders', ACCOUNT, topicArn]);
    eq((await sns.send(new ListTagsForResourceCommand({ ResourceArn: topicArn }))).Tags, [{ Key: 'team', Value: 'checkout' }]);
  },
  'fan-out with filter policies: placed, cancelled and declined orders land in their own queue': async () => {
    for (const status of ['placed', 'cancelled', 'declined']) {
      const arn = await queueFor(status);
      const s = await sns.send(new SubscribeCommand({
        TopicArn: topicArn, Protocol: 'sqs', Endpoint: arn, ReturnSubscriptionArn: true,
        Attributes: { FilterPolicy: JSON.stringify({ status: [status] }) },
      }));
      assert(s.SubscriptionArn.startsWith(`${topicArn}:`), 'subscription ARN under the topic');
    }
    for (const status of ['placed', 'cancelled', 'declined', 'shipped']) {
      const p = await sns.send(new PublishCommand({
        TopicArn: topicArn, Message: `order ${status}`, Subject: 'order update',
        MessageAttributes: { status: { DataType: 'String', StringValue: status } },
      }));
      assert(p.MessageId, 'message id');
    }
    for (const status of ['placed', 'cancelled', 'declined']) {
      const got = await receiveAll(status);
      eq(got.length, 1);
      const envelope = JSON.parse(got[0].Body);
      eq([envelope.Type, envelope.TopicArn, envelope.Message, envelope.Subject],
        ['Notification', topicArn, `order ${status}`, 'order update']);
      eq(envelope.MessageAttributes.status, { Type: 'String', Value: status });
      assert(envelope.Signature && envelope.SigningCertURL && envelope.UnsubscribeURL, 'envelope carries signature fields');
    }
    const subs = (await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }))).Subscriptions;
    eq(subs.map((s) => s.Endpoint).sort(), Object.values(queues).map((q) => q.arn).sort());
  },
  'a MessageBody filter and raw delivery': async () => {
    const arn = await queueFor('big-orders');
    const { SubscriptionArn } = await sns.send(new SubscribeCommand({
      TopicArn: topicArn, Protocol: 'sqs', Endpoint: arn, ReturnSubscriptionArn: true,
      Attributes: { FilterPolicyScope: 'MessageBody', FilterPolicy: JSON.stringify({ order: { total: [{ numeric: ['>=', 100] }] } }), RawMessageDelivery: 'true' },
    }));
    const a = (await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }))).Attributes;
    eq([a.RawMessageDelivery, a.FilterPolicyScope, a.Protocol], ['true', 'MessageBody', 'sqs']);
    await sns.send(new PublishBatchCommand({
      TopicArn: topicArn,
      PublishBatchRequestEntries: [
        { Id: 'small', Message: JSON.stringify({ order: { total: 20 } }) },
        { Id: 'large', Message: JSON.stringify({ order: { total: 250 } }), MessageAttributes: { status: { DataType: 'String', StringValue: 'vip' } } },
      ],
    }));
    const got = await receiveAll('big-orders');
    eq(got.map((m) => m.Body), [JSON.stringify({ order: { total: 250 } })]);
    // Raw delivery carries the SNS message attributes as SQS ones.
    eq(got[0].MessageAttributes.status.StringValue, 'vip');
    await sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn, AttributeName: 'RawMessageDelivery', AttributeValue: 'false' }));
    await sns.send(new UnsubscribeCommand({ SubscriptionArn }));
  },
  'errors come back as the SDK\'s typed exceptions': async () => {
    const e = await sns.send(new PublishCommand({ TopicArn: `arn:aws:sns:us-east-1:${ACCOUNT}:nope`, Message: 'x' })).catch((e) => e);
    eq(e.name, 'NotFoundException');
    eq(e.$metadata.httpStatusCode, 404);
    const e2 = await sns.send(new SubscribeCommand({
      TopicArn: topicArn, Protocol: 'sqs', Endpoint: queues.placed.arn,
      Attributes: { FilterPolicy: JSON.stringify({ status: 'placed' }) },
    })).catch((e) => e);
    eq(e2.name, 'InvalidParameterException');
    assert(/FilterPolicy/.test(e2.message), e2.message);
    const e3 = await sns.send(new PublishBatchCommand({
      TopicArn: topicArn, PublishBatchRequestEntries: [{ Id: 'a', Message: 'x' }, { Id: 'a', Message: 'y' }],
    })).catch((e) => e);
    eq(e3.name, 'BatchEntryIdsNotDistinctException');
    await sns.send(new TagResourceCommand({ ResourceArn: topicArn, Tags: [{ Key: 'env', Value: 'test' }] }));
  },
  'mobile push: an application, an endpoint, a subscription and a direct publish': async () => {
    const { PlatformApplicationArn } = await sns.send(new CreatePlatformApplicationCommand({
      Name: 'phones', Platform: 'GCM', Attributes: { PlatformCredential: 'k3y' },
    }));
    eq(PlatformApplicationArn, `arn:aws:sns:us-east-1:${ACCOUNT}:app/GCM/phones`);
    const { EndpointArn } = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: 'device-1', CustomUserData: 'alice' }));
    const listed = await sns.send(new ListEndpointsByPlatformApplicationCommand({ PlatformApplicationArn }));
    eq(listed.Endpoints, [{ EndpointArn, Attributes: { CustomUserData: 'alice', Enabled: 'true', Token: 'device-1' } }]);
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'application', Endpoint: EndpointArn }));
    await sns.send(new SetEndpointAttributesCommand({ EndpointArn, Attributes: { Enabled: 'false' } }));
    const off = await sns.send(new PublishCommand({ TargetArn: EndpointArn, Message: 'hi' })).catch((e) => e);
    eq([off.name, off.message], ['EndpointDisabledException', 'Endpoint is disabled']);
    await sns.send(new SetEndpointAttributesCommand({ EndpointArn, Attributes: { Enabled: 'true' } }));
    assert((await sns.send(new PublishCommand({ TargetArn: EndpointArn, Message: 'hi' }))).MessageId, 'message id');
    await sns.send(new DeletePlatformApplicationCommand({ PlatformApplicationArn }));
    const gone = await sns.send(new GetEndpointAttributesCommand({ EndpointArn })).catch((e) => e);
    eq([gone.name, gone.message], ['NotFoundException', 'Endpoint does not exist']);
  },
  'SMS settings and opt-outs': async () => {
    await sns.send(new SetSMSAttributesCommand({ attributes: { DefaultSMSType: 'Transactional', DefaultSenderID: 'Acme' } }));
    eq((await sns.send(new GetSMSAttributesCommand({ attributes: ['DefaultSenderID'] }))).attributes, { DefaultSenderID: 'Acme' });
    eq((await sns.send(new CheckIfPhoneNumberIsOptedOutCommand({ phoneNumber: '+15555550100' }))).isOptedOut, false);
    eq((await sns.send(new ListPhoneNumbersOptedOutCommand({}))).phoneNumbers, []);
    assert((await sns.send(new PublishCommand({ PhoneNumber: '+15555550100', Message: 'code 1234' }))).MessageId, 'message id');
  },
  'delete the topic': async () => {
    await sns.send(new DeleteTopicCommand({ TopicArn: topicArn }));
    eq((await sns.send(new ListTopicsCommand({}))).Topics ?? [], []);
  },
});
