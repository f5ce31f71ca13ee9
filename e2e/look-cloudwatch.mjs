// A look at CloudWatch in the page (not part of the test run): the notes'
// queue-length example built with the Auto Scaling group form, a backlog,
// five virtual minutes, the queue's inspector with its charts and alarms.
//   node e2e/look-cloudwatch.mjs  → e2e/out/look-cloudwatch.png
import { serveDist, launch } from './harness.mjs';
const server = await serveDist();
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
await page.goto(server.url);
await page.getByRole('button', { name: 'Pause' }).click();
const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
await run('aws sqs create-queue --queue-name jobs');
await page.getByRole('button', { name: 'Add Auto Scaling group' }).click();
await page.getByRole('spinbutton', { name: 'Scale-out threshold' }).fill('50');
await page.getByRole('button', { name: 'Create group' }).click();
const entries = Array.from({ length: 10 }, (_, i) => `Id=m${i},MessageBody=job${i}`).join(' ');
for (let i = 0; i < 20; i++) await run(`aws sqs send-message-batch --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/jobs --entries ${entries}`);
await run('sleep 330');
await run('aws cloudwatch describe-alarms --state-value ALARM');
await page.getByRole('button', { name: 'Queue jobs' }).first().click();
await page.waitForTimeout(500);
await page.screenshot({ path: 'e2e/out/look-cloudwatch.png', fullPage: true });
console.log(errors.length ? 'console errors: ' + errors.join(' | ') : 'no console errors');
await browser.close(); server.close();
