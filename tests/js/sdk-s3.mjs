// A real client: @aws-sdk/client-s3 (AWS SDK for JavaScript v3) in Node, talking
// to the wasm build through handleAwsRequest over S3's REST protocol: buckets
// and objects both path-style and virtual-hosted-style (the SDK's default for a
// host name), listing with prefixes and continuation, a copy, a batch delete,
// typed errors, and an upload fanned out to a queue by the bucket's
// notification configuration.
import {
  S3Client, CreateBucketCommand, ListBucketsCommand, HeadBucketCommand, PutObjectCommand, GetObjectCommand,
  HeadObjectCommand, ListObjectsV2Command, CopyObjectCommand, DeleteObjectCommand, DeleteObjectsCommand,
  PutBucketNotificationConfigurationCommand, GetBucketNotificationConfigurationCommand, DeleteBucketCommand,
} from '@aws-sdk/client-s3';
import { SQSClient, CreateQueueCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { loadSwitchyard, switchyardHandler, run, eq } from './load.mjs';

const sy = await loadSwitchyard();
sy.resetWorld(11);
sy.setSpeed(0);
const base = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  requestHandler: switchyardHandler(sy),
};
// Path style: an IP address as the endpoint.
const s3 = new S3Client({ ...base, endpoint: 'http://127.0.0.1:4566' });
// Virtual-hosted style: the bucket goes into the host name.
const hosted = new S3Client({ ...base, endpoint: 'http://localhost:4566' });
const sqs = new SQSClient({ ...base, endpoint: 'http://127.0.0.1:4566' });
const ACCOUNT = '123456789012';

const text = async (out) => out.Body.transformToString();

await run({
  'buckets: create, head, list; a name AWS refuses': async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'photos' }));
    await s3.send(new HeadBucketCommand({ Bucket: 'photos' }));
    eq((await s3.send(new ListBucketsCommand({}))).Buckets.map((b) => b.Name), ['photos']);
    const e = await s3.send(new CreateBucketCommand({ Bucket: 'Bad_Name' })).catch((e) => e);
    eq(e.name, 'InvalidBucketName');
    // us-east-1's legacy answer to an owner re-creating its bucket is 200;
    // another region says BucketAlreadyOwnedByYou.
    await s3.send(new CreateBucketCommand({ Bucket: 'photos' }));
    const owned = await s3.send(new CreateBucketCommand({
      Bucket: 'photos', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' },
    })).catch((e) => e);
    eq([owned.name, owned.$metadata.httpStatusCode], ['BucketAlreadyOwnedByYou', 409]);
  },
  'objects path-style: put, get, head, metadata and a missing key': async () => {
    const put = await s3.send(new PutObjectCommand({
      Bucket: 'photos', Key: 'cats/tom.txt', Body: 'meow', ContentType: 'text/plain', Metadata: { owner: 'alice' },
    }));
    eq(put.ETag, '"4a4be40c96ac6314e91d93f38043a634"'); // MD5 of "meow"
    const got = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'cats/tom.txt' }));
    eq([await text(got), got.ContentType, got.Metadata], ['meow', 'text/plain', { owner: 'alice' }]);
    eq((await s3.send(new HeadObjectCommand({ Bucket: 'photos', Key: 'cats/tom.txt' }))).ContentLength, 4);
    const e = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'cats/none.txt' })).catch((e) => e);
    eq([e.name, e.$metadata.httpStatusCode], ['NoSuchKey', 404]);
  },
  'objects virtual-hosted: the same bucket through its host name': async () => {
    await hosted.send(new PutObjectCommand({ Bucket: 'photos', Key: 'dogs/rex.txt', Body: 'woof' }));
    eq(await text(await hosted.send(new GetObjectCommand({ Bucket: 'photos', Key: 'cats/tom.txt' }))), 'meow');
    eq(await text(await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'dogs/rex.txt' }))), 'woof');
    const listed = await hosted.send(new ListObjectsV2Command({ Bucket: 'photos' }));
    eq(listed.Contents.map((o) => o.Key), ['cats/tom.txt', 'dogs/rex.txt']);
    const e = await hosted.send(new GetObjectCommand({ Bucket: 'no-such-bucket', Key: 'k' })).catch((e) => e);
    eq(e.name, 'NoSuchBucket');
  },
  'ListObjectsV2: prefixes, delimiters and continuation': async () => {
    for (let i = 0; i < 5; i++) await s3.send(new PutObjectCommand({ Bucket: 'photos', Key: `cats/kitten-${i}.txt`, Body: `${i}` }));
    const dirs = await s3.send(new ListObjectsV2Command({ Bucket: 'photos', Delimiter: '/' }));
    eq(dirs.CommonPrefixes.map((p) => p.Prefix), ['cats/', 'dogs/']);
    const first = await s3.send(new ListObjectsV2Command({ Bucket: 'photos', Prefix: 'cats/', MaxKeys: 4 }));
    eq([first.KeyCount, first.IsTruncated], [4, true]);
    const rest = await s3.send(new ListObjectsV2Command({ Bucket: 'photos', Prefix: 'cats/', ContinuationToken: first.NextContinuationToken }));
    eq([rest.KeyCount, rest.IsTruncated], [2, false]);
    eq([...first.Contents, ...rest.Contents].map((o) => o.Key).sort()[5], 'cats/tom.txt');
  },
  'copy, delete and a batch delete': async () => {
    await s3.send(new CopyObjectCommand({ Bucket: 'photos', Key: 'cats/tom-copy.txt', CopySource: 'photos/cats/tom.txt' }));
    eq(await text(await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'cats/tom-copy.txt' }))), 'meow');
    await s3.send(new DeleteObjectCommand({ Bucket: 'photos', Key: 'cats/tom-copy.txt' }));
    const batch = await s3.send(new DeleteObjectsCommand({
      Bucket: 'photos', Delete: { Objects: [0, 1, 2, 3, 4].map((i) => ({ Key: `cats/kitten-${i}.txt` })) },
    }));
    eq(batch.Deleted.length, 5);
    eq((await s3.send(new ListObjectsV2Command({ Bucket: 'photos' }))).KeyCount, 2);
  },
  'an upload is fanned out to a queue by the bucket\'s notification configuration': async () => {
    const arn = `arn:aws:sqs:us-east-1:${ACCOUNT}:uploads`;
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' },
      Action: 'sqs:SendMessage', Resource: arn, Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::photos' } } }] };
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'uploads', Attributes: { Policy: JSON.stringify(policy) } }));
    await s3.send(new PutBucketNotificationConfigurationCommand({
      Bucket: 'photos',
      NotificationConfiguration: { QueueConfigurations: [{ Id: 'jpg', QueueArn: arn, Events: ['s3:ObjectCreated:*'],
        Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.jpg' }] } } }] },
    }));
    const conf = await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: 'photos' }));
    eq(conf.QueueConfigurations[0].QueueArn, arn);
    // S3 first tests the configuration with a message of its own.
    const test = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    eq(JSON.parse(test.Messages[0].Body).Event, 's3:TestEvent');
    await hosted.send(new PutObjectCommand({ Bucket: 'photos', Key: 'cats/tom.jpg', Body: 'jpeg' }));
    await hosted.send(new PutObjectCommand({ Bucket: 'photos', Key: 'cats/tom.png', Body: 'png' }));
    const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    eq(got.Messages.length, 1);
    const record = JSON.parse(got.Messages[0].Body).Records[0];
    eq([record.eventSource, record.eventName, record.s3.bucket.name, record.s3.object.key, record.s3.object.size],
      ['aws:s3', 'ObjectCreated:Put', 'photos', 'cats/tom.jpg', 4]);
  },
  'a bucket with objects is not deleted; emptied, it is': async () => {
    const e = await s3.send(new DeleteBucketCommand({ Bucket: 'photos' })).catch((e) => e);
    eq([e.name, e.$metadata.httpStatusCode], ['BucketNotEmpty', 409]);
    for (const k of ['cats/tom.txt', 'dogs/rex.txt', 'cats/tom.jpg', 'cats/tom.png']) {
      await s3.send(new DeleteObjectCommand({ Bucket: 'photos', Key: k }));
    }
    await s3.send(new DeleteBucketCommand({ Bucket: 'photos' }));
    eq((await s3.send(new ListBucketsCommand({}))).Buckets ?? [], []);
  },
});
