// A look at the page with every kind of resource (not part of the test run):
//   node e2e/look.mjs  → e2e/out/look.png
import { serveDist, launch } from './harness.mjs';
const server = await serveDist();
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
await page.goto(server.url);
await page.getByRole('button', { name: 'Pause' }).click();
const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
for (const l of [
  'aws sns create-topic --name orders',
  'aws sqs create-queue --queue-name placed',
  'aws sqs create-queue --queue-name placed-dlq',
  'aws s3api create-bucket --bucket photos',
  'aws kinesis create-stream --stream-name clicks --shard-count 2',
  'sleep 2',
  'aws sns subscribe --topic-arn arn:aws:sns:us-east-1:123456789012:orders --protocol sqs --notification-endpoint arn:aws:sqs:us-east-1:123456789012:placed --attributes \'{"FilterPolicy":"{\\"status\\":[\\"placed\\"]}"}\'',
  'aws sns subscribe --topic-arn arn:aws:sns:us-east-1:123456789012:orders --protocol email --notification-endpoint ops@example.com',
  'aws kinesis put-record --stream-name clicks --partition-key a --data aGk=',
  'aws kinesis put-record --stream-name clicks --partition-key b --data aGk=',
]) await run(l);
await page.waitForTimeout(500);
await page.screenshot({ path: 'e2e/out/look.png' });
console.log(errors.length ? 'console errors: ' + errors.join(' | ') : 'no console errors');
await browser.close(); server.close();
