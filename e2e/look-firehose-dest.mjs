// A look at Firehose's other destinations in the page (not part of the test
// run): a Redshift stream (intermediate bucket, then COPY into the simulated
// table) and an HTTP endpoint stream to a Datadog-style URL whose receiver
// fails half the time, built with the form and watched after their flushes.
//   node e2e/look-firehose-dest.mjs → e2e/out/firehose-redshift.png, e2e/out/firehose-http.png
import { serveDist, launch } from './harness.mjs';
const server = await serveDist();
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(server.url);
await page.getByRole('button', { name: 'Pause' }).click();
const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
await run('aws s3api create-bucket --bucket staging');
// Redshift.
await page.getByRole('button', { name: 'Add delivery stream' }).click();
await page.getByRole('textbox', { name: 'Delivery stream name' }).fill('orders-to-redshift');
await page.getByRole('combobox', { name: 'Destination', exact: true }).selectOption('redshift');
await page.getByRole('textbox', { name: 'Table', exact: true }).fill('orders');
await page.getByRole('textbox', { name: 'Table columns' }).fill('id,item,qty');
await page.getByRole('textbox', { name: 'COPY options' }).fill("JSON 'auto'");
await page.getByRole('spinbutton', { name: 'Buffer size in MiB' }).fill('1');
await page.getByRole('spinbutton', { name: 'Buffer interval in seconds' }).fill('60');
await page.getByRole('button', { name: 'Create delivery stream' }).last().click();
await run('sleep 6');
for (let i = 0; i < 4; i++) {
  const data = Buffer.from(JSON.stringify({ id: i, item: `book-${i}`, qty: i + 1 }) + '\n').toString('base64');
  await run(`aws firehose put-record --delivery-stream-name orders-to-redshift --record Data=${data}`);
}
await run('sleep 61');
await page.waitForTimeout(300);
await page.screenshot({ path: 'e2e/out/firehose-redshift.png' });
// An HTTP endpoint that fails half the time.
await page.getByRole('button', { name: 'Add delivery stream' }).click();
await page.getByRole('textbox', { name: 'Delivery stream name' }).fill('logs-to-datadog');
await page.getByRole('combobox', { name: 'Destination', exact: true }).selectOption('datadog');
await page.getByRole('spinbutton', { name: 'Buffer size in MiB' }).fill('1');
await page.getByRole('spinbutton', { name: 'Buffer interval in seconds' }).fill('10');
await page.getByRole('button', { name: 'Create delivery stream' }).last().click();
await run('sleep 6');
await page.getByRole('spinbutton', { name: 'Receiver failure rate (percent)' }).fill('50');
for (let i = 0; i < 6; i++) {
  await run(`aws firehose put-record --delivery-stream-name logs-to-datadog --record Data=${Buffer.from(`log line ${i}`).toString('base64')}`);
  await run('sleep 11');
}
await page.waitForTimeout(300);
await page.screenshot({ path: 'e2e/out/firehose-http.png' });
console.log(await page.getByRole('list', { name: 'Requests received' }).innerText());
console.log(errors.length ? 'console errors: ' + errors.join(' | ') : 'no console errors');
await browser.close(); server.close();
