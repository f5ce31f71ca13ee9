// A look at the Firehose page (not part of the test run): the notes' hands-on —
// a delivery stream from a Kinesis stream to S3 with a 1 MB / 60 s buffer —
// built with the form, watched while the buffer fills and after the flush.
//   node e2e/look-firehose.mjs  → e2e/out/firehose-filling.png, e2e/out/firehose-flushed.png
import { serveDist, launch } from './harness.mjs';
const server = await serveDist();
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(server.url);
await page.getByRole('button', { name: 'Pause' }).click();
const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
for (const l of [
  'aws s3api create-bucket --bucket clicks-archive',
  'aws kinesis create-stream --stream-name clicks --shard-count 2',
  'sleep 2',
]) await run(l);
await page.getByRole('button', { name: 'Add delivery stream' }).click();
await page.getByRole('textbox', { name: 'Delivery stream name' }).fill('clicks-to-s3');
await page.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'Kinesis stream clicks' });
await page.getByRole('spinbutton', { name: 'Buffer size in MiB' }).fill('1');
await page.getByRole('spinbutton', { name: 'Buffer interval in seconds' }).fill('60');
await page.getByRole('combobox', { name: 'Compression' }).selectOption('GZIP');
await page.getByRole('button', { name: 'Create delivery stream' }).last().click();
await run('sleep 6');
for (let i = 0; i < 5; i++) await run(`aws kinesis put-record --stream-name clicks --partition-key user${i} --data Y2xpY2s=`);
await run('sleep 20');
await page.waitForTimeout(300);
await page.screenshot({ path: 'e2e/out/firehose-filling.png' });
await run('sleep 45');
await page.waitForTimeout(300);
await page.screenshot({ path: 'e2e/out/firehose-flushed.png' });
const objects = await page.getByRole('list', { name: 'Objects delivered' }).innerText();
console.log('objects delivered:', objects.trim().split('\n').length, objects.trim().split('\n')[0]);
console.log(errors.length ? 'console errors: ' + errors.join(' | ') : 'no console errors');
await browser.close(); server.close();
