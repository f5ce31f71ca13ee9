// Playwright (playwright-core with Debian's Chromium) against the release build in
// dist/: the page loads with no console errors, the clock pauses and resumes, the
// speed changes, and `sleep 5` in the console moves the virtual clock by exactly 5 s.
// Every control is found by role and accessible name. Prints "N passed, N failed".
import { serveDist, launch, runTests } from './harness.mjs';

const server = await serveDist();
const browser = await launch();

const clockMs = async (page) =>
  Number(await page.getByRole('timer', { name: 'Virtual clock' }).getAttribute('data-now-ms'));

const tests = {
  'page loads with the full layout and no console errors': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    for (const [role, name] of [
      ['banner', undefined], ['navigation', 'Resources'], ['main', 'Live diagram'],
      ['complementary', 'Inspector'], ['region', 'AWS CLI console'], ['region', 'Event log'],
      ['combobox', 'Speed'], ['button', 'Step to next event'], ['textbox', 'AWS CLI command'],
      ['button', 'Add queue'],
    ]) {
      const n = await page.getByRole(role, name ? { name } : {}).count();
      if (n < 1) throw new Error(`no ${role} named ${name}`);
    }
    await page.screenshot({ path: 'e2e/out/page.png' });
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'pause holds the clock, play resumes it, speed changes': async ({ page }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const t0 = await clockMs(page);
    await page.waitForTimeout(300);
    if ((await clockMs(page)) !== t0) throw new Error('clock moved while paused');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '100x' });
    await page.getByRole('button', { name: 'Play' }).click();
    // At 100x, virtual time runs far ahead of the wall clock.
    await page.waitForFunction((t) =>
      Number(document.querySelector('[aria-label="Virtual clock"]').dataset.nowMs) > t + 5000, t0, { timeout: 10000 });
  },
  'sleep 5 in the console moves the virtual clock by 5 s': async ({ page }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const before = await clockMs(page);
    await page.getByRole('textbox', { name: 'AWS CLI command' }).fill('sleep 5');
    await page.getByRole('button', { name: 'Run command' }).click();
    await page.getByRole('log', { name: 'Console output' }).getByText('sleep 5').waitFor();
    const after = await clockMs(page);
    if (after - before !== 5000) throw new Error(`clock moved by ${after - before} ms, expected 5000`);
    await page.getByRole('log', { name: 'Events' }).getByText('Clock advanced by 5.000s').waitFor();
  },
  'a bad command shows the CLI error, not a crash': async ({ page, errors }) => {
    await page.getByRole('textbox', { name: 'AWS CLI command' }).fill('aws sqs send-message --message-body hi');
    await page.getByRole('button', { name: 'Run command' }).click();
    await page.getByRole('log', { name: 'Console output' })
      .getByText('the following arguments are required: --queue-url').waitFor();
    await page.getByRole('textbox', { name: 'AWS CLI command' }).fill("aws sqs 'unterminated");
    await page.getByRole('button', { name: 'Run command' }).click();
    await page.getByRole('log', { name: 'Console output' }).getByText('unterminated single quote').waitFor();
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'a poison message: received, returned after its visibility timeout, then moved to the DLQ': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const console_ = async (line) => {
      await page.getByRole('textbox', { name: 'AWS CLI command' }).fill(line);
      await page.getByRole('button', { name: 'Run command' }).click();
    };
    const node = (name) => page.getByRole('button', { name: `Queue ${name} on the diagram` });
    await page.getByRole('button', { name: 'Add queue' }).click();
    await page.getByRole('textbox', { name: 'Queue name' }).fill('orders-dlq');
    await page.getByRole('button', { name: 'Create queue' }).click();
    await page.getByRole('button', { name: 'Queue orders-dlq', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add queue' }).click();
    await page.getByRole('textbox', { name: 'Queue name' }).fill('orders');
    await page.getByRole('spinbutton', { name: 'Visibility timeout (seconds)' }).fill('10');
    await page.getByRole('combobox', { name: 'Dead-letter queue' }).selectOption({ label: 'orders-dlq' });
    await page.getByRole('spinbutton', { name: 'Maximum receives' }).fill('2');
    await page.getByRole('button', { name: 'Create queue' }).click();
    await page.getByRole('button', { name: 'Queue orders', exact: true }).waitFor();
    await page.getByText('after 2 receives').waitFor();
    await page.getByRole('textbox', { name: 'Message body' }).fill('poison order');
    await page.getByRole('button', { name: 'Send message' }).click();
    await node('orders').getByText('1 visible · 0 in flight').waitFor();
    await page.getByRole('button', { name: 'Poll for messages' }).click();
    await page.getByRole('list', { name: 'Received messages' }).getByText('poison order').waitFor();
    await node('orders').getByText('0 visible · 1 in flight').waitFor();
    await console_('sleep 11');
    await node('orders').getByText('1 visible · 0 in flight').waitFor();
    await page.getByRole('button', { name: 'Poll for messages' }).click();
    await page.getByRole('list', { name: 'Received messages' }).getByText('receives: 2').waitFor();
    await console_('sleep 11');
    await node('orders').getByText('1 visible · 0 in flight').waitFor();
    // The third receive would exceed maxReceiveCount 2: the message moves instead.
    await page.getByRole('button', { name: 'Poll for messages' }).click();
    await node('orders').getByText('0 visible · 0 in flight').waitFor();
    await node('orders-dlq').getByText('1 visible').waitFor();
    await page.getByRole('log', { name: 'Events' }).getByText(/moved to dead-letter queue|MovedToDlq/i).first().waitFor();
    await page.screenshot({ path: 'e2e/out/dlq.png' });
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'an SNS publish is filtered and delivered to the queue whose policy allows it': async ({ page, errors }) => {
    const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
    await run('aws sns create-topic --name orders');
    await run(`aws sqs create-queue --queue-name placed --attributes '{"Policy":"{\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"sns.amazonaws.com\\"},\\"Action\\":\\"sqs:SendMessage\\",\\"Resource\\":\\"arn:aws:sqs:us-east-1:123456789012:placed\\"}]}"}'`);
    await run(`aws sns subscribe --topic-arn arn:aws:sns:us-east-1:123456789012:orders --protocol sqs --notification-endpoint arn:aws:sqs:us-east-1:123456789012:placed --attributes '{"FilterPolicy":"{\\"status\\":[\\"placed\\"]}"}'`);
    for (const s of ['placed', 'declined']) {
      await run(`aws sns publish --topic-arn arn:aws:sns:us-east-1:123456789012:orders --message "order ${s}" --message-attributes '{"status":{"DataType":"String","StringValue":"${s}"}}'`);
    }
    await page.getByRole('list', { name: 'Topics' }).getByText('1 delivered · 1 filtered out · 0 failed').waitFor();
    await page.getByRole('button', { name: 'Queue placed on the diagram' }).getByText('1 visible').waitFor();
    await page.getByRole('log', { name: 'Events' }).getByText('filtered out by the filter policy').waitFor();
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'order service: placed, cancelled and declined orders filtered into three queues, built in the page': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const insp = page.getByRole('complementary', { name: 'Inspector' });
    // The topic, from the topic form.
    await page.getByRole('button', { name: 'Add topic' }).click();
    await page.getByRole('textbox', { name: 'Topic name' }).fill('orders');
    await page.getByRole('button', { name: 'Create topic' }).click();
    await page.getByRole('button', { name: 'Topic orders', exact: true }).waitFor();
    // Three queues, from the queue form.
    for (const q of ['placed', 'cancelled', 'declined']) {
      await page.getByRole('button', { name: 'Add queue' }).click();
      await page.getByRole('textbox', { name: 'Queue name' }).fill(q);
      await page.getByRole('button', { name: 'Create queue' }).click();
      await page.getByRole('button', { name: `Queue ${q}`, exact: true }).waitFor();
    }
    // Subscribe each queue with a filter on the status attribute.
    await page.getByRole('button', { name: 'Topic orders', exact: true }).click();
    for (const q of ['placed', 'cancelled', 'declined']) {
      await insp.getByRole('combobox', { name: 'Queue endpoint' }).selectOption({ label: q });
      await insp.getByRole('textbox', { name: 'Subscription filter policy' }).fill(`{"status": ["${q}"]}`);
      await insp.getByRole('button', { name: 'Subscribe', exact: true }).click();
      await insp.getByRole('status').getByText('Subscribed.').waitFor();
      await page.getByRole('button', { name: `Subscription sqs ${q} on the diagram` }).waitFor();
    }
    // A bad policy is refused as you type, with SNS's message.
    await insp.getByRole('textbox', { name: 'Subscription filter policy' }).fill('{"status": "placed"}');
    await insp.getByRole('alert').getByText(/"status" must be an object or an array/).waitFor();
    await insp.getByRole('textbox', { name: 'Subscription filter policy' }).fill('');
    // Publish one order of each status, and one with no status at all.
    for (const s of ['placed', 'cancelled', 'declined', '']) {
      await insp.getByRole('textbox', { name: 'Message', exact: true }).fill(`{"order": 1, "status": "${s}"}`);
      await insp.getByRole('textbox', { name: 'Message attribute 1 name' }).fill(s ? 'status' : '');
      await insp.getByRole('textbox', { name: 'Message attribute 1 value' }).fill(s);
      await insp.getByRole('button', { name: 'Publish', exact: true }).click();
      await insp.getByRole('status').getByText(/^Published /).waitFor();
    }
    const topics = page.getByRole('list', { name: 'Topics' });
    await topics.getByText('1 delivered · 3 filtered out · 0 failed').first().waitFor();
    if (await topics.getByText('1 delivered · 3 filtered out · 0 failed').count() !== 3) throw new Error('each queue should get exactly its one order');
    for (const q of ['placed', 'cancelled', 'declined']) {
      await page.getByRole('button', { name: `Queue ${q} on the diagram` }).getByText('1 visible').waitFor();
    }
    // The subscription inspector explains each decision and tests a draft policy.
    await page.getByRole('button', { name: 'Subscription sqs declined on the diagram' }).click();
    const decisions = insp.getByRole('list', { name: 'Recent filter decisions' });
    await decisions.getByText(/delivered — matched/).waitFor();
    await decisions.getByText(/filtered out — key status: .*placed/).first().waitFor();
    await insp.getByRole('textbox', { name: 'Test attribute 1 name' }).fill('status');
    await insp.getByRole('textbox', { name: 'Test attribute 1 value' }).fill('placed');
    await insp.getByRole('button', { name: 'Test filter policy' }).click();
    await insp.getByRole('status', { name: 'Filter test result' }).getByText(/^No match — key status/).waitFor();
    await insp.getByRole('textbox', { name: 'Filter policy', exact: true }).fill('{"status": ["declined", "placed"]}');
    await insp.getByText('Valid filter policy').waitFor();
    await insp.getByRole('button', { name: 'Test filter policy' }).click();
    await insp.getByRole('status', { name: 'Filter test result' }).getByText(/^Match/).waitFor();
    await insp.getByRole('button', { name: 'Save filter policy' }).click();
    await insp.getByRole('status').getByText('Filter policy saved.').waitFor();
    // The saved policy now lets placed orders through to the declined queue too.
    await page.getByRole('button', { name: 'Topic orders on the diagram' }).click();
    await insp.getByRole('textbox', { name: 'Message', exact: true }).fill('{"order": 2}');
    await insp.getByRole('textbox', { name: 'Message attribute 1 name' }).fill('status');
    await insp.getByRole('textbox', { name: 'Message attribute 1 value' }).fill('placed');
    await insp.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('button', { name: 'Queue declined on the diagram' }).getByText('2 visible').waitFor();
    await page.getByRole('button', { name: 'Queue placed on the diagram' }).getByText('2 visible').waitFor();
    await page.getByRole('button', { name: 'Queue cancelled on the diagram' }).getByText('1 visible').waitFor();
    // A filtered-out delivery is marked on its subscription's edge with the reason.
    if (await page.locator('g.filtered-mark title', { hasText: 'key status' }).count() < 1) throw new Error('no filtered-out mark on the diagram');
    await page.screenshot({ path: 'e2e/out/order-service.png' });
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'SNS FIFO to SQS FIFO: ordered fan-out with deduplication, built in the page': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const insp = page.getByRole('complementary', { name: 'Inspector' });
    await page.getByRole('button', { name: 'Add topic' }).click();
    await page.getByRole('textbox', { name: 'Topic name' }).fill('orders.fifo');
    await page.getByRole('checkbox', { name: 'FIFO topic' }).check();
    await page.getByRole('checkbox', { name: 'Content-based deduplication' }).check();
    await page.getByRole('button', { name: 'Create topic' }).click();
    await page.getByRole('button', { name: 'Topic orders.fifo', exact: true }).waitFor();
    for (const q of ['billing.fifo', 'shipping.fifo']) {
      await page.getByRole('button', { name: 'Add queue' }).click();
      await page.getByRole('textbox', { name: 'Queue name' }).fill(q);
      await page.getByRole('checkbox', { name: 'FIFO queue' }).check();
      await page.getByRole('button', { name: 'Create queue' }).click();
      await page.getByRole('button', { name: `Queue ${q}`, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Topic orders.fifo', exact: true }).click();
    for (const q of ['billing.fifo', 'shipping.fifo']) {
      await insp.getByRole('combobox', { name: 'Queue endpoint' }).selectOption({ label: q });
      await insp.getByRole('button', { name: 'Subscribe', exact: true }).click();
      await insp.getByRole('status').getByText('Subscribed.').waitFor();
    }
    // Three orders of one customer, the second sent twice: deduplicated by content.
    for (const body of ['order 1', 'order 2', 'order 2', 'order 3']) {
      await insp.getByRole('textbox', { name: 'Message', exact: true }).fill(body);
      await insp.getByRole('textbox', { name: 'Message group ID' }).fill('customer-42');
      await insp.getByRole('button', { name: 'Publish', exact: true }).click();
      await insp.getByRole('status').getByText(/^Published /).waitFor();
    }
    await page.getByRole('list', { name: 'Topics' }).getByText('3 delivered · 0 filtered out · 0 failed').first().waitFor();
    for (const q of ['billing.fifo', 'shipping.fifo']) {
      await page.getByRole('button', { name: `Queue ${q} on the diagram` }).getByText('3 visible').waitFor();
    }
    // Received in order, one group at a time.
    await page.getByRole('button', { name: 'Queue billing.fifo', exact: true }).click();
    await insp.getByRole('button', { name: 'Poll for messages' }).click();
    const got = insp.getByRole('list', { name: 'Received messages' });
    await got.getByText(/"Message" ?: ?"order 1"/).waitFor();
    await page.screenshot({ path: 'e2e/out/sns-fifo.png' });
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'an HTTPS endpoint: confirmed with its token, then a failing endpoint retried by policy and sent to the dead-letter queue': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const insp = page.getByRole('complementary', { name: 'Inspector' });
    const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
    await run('aws sns create-topic --name alerts');
    const topic = 'arn:aws:sns:us-east-1:123456789012:alerts';
    await run(`aws sqs create-queue --queue-name alerts-dlq --attributes '{"Policy":"{\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"sns.amazonaws.com\\"},\\"Action\\":\\"sqs:SendMessage\\",\\"Resource\\":\\"arn:aws:sqs:us-east-1:123456789012:alerts-dlq\\"}]}"}'`);
    await page.getByRole('button', { name: 'Topic alerts', exact: true }).click();
    await insp.getByRole('combobox', { name: 'Protocol' }).selectOption('https');
    await insp.getByRole('textbox', { name: 'Endpoint' }).fill('https://hooks.example.com/alerts');
    await insp.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await insp.getByRole('status').getByText('Subscribed.').waitFor();
    const sub = page.getByRole('button', { name: 'Subscription https https://hooks.example.com/alerts', exact: true });
    await sub.getByText('pending confirmation').waitFor();
    await sub.click();
    await insp.getByRole('list', { name: 'Endpoint inbox' }).getByText(/SubscriptionConfirmation/).waitFor();
    await insp.getByRole('button', { name: 'Confirm subscription' }).click();
    await insp.getByRole('status', { name: 'Subscription state' }).getByText('0 delivered · 0 filtered out · 0 failed · inbox 1').waitFor();
    // The endpoint now fails every delivery; the subscription has a dead-letter queue.
    await insp.getByRole('spinbutton', { name: 'Endpoint failure rate (percent)' }).fill('100');
    await insp.getByRole('spinbutton', { name: 'Endpoint failure rate (percent)' }).press('Tab');
    const arn = await insp.locator('p.mono').first().textContent();
    await run(`aws sns set-subscription-attributes --subscription-arn ${arn} --attribute-name RedrivePolicy --attribute-value '{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:123456789012:alerts-dlq"}'`);
    await run(`aws sns publish --topic-arn ${topic} --message "disk full"`);
    await insp.getByRole('status', { name: 'Subscription state' }).getByText(/1 retrying/).waitFor();
    await page.getByRole('log', { name: 'Events' }).getByText(/will be retried at .* \(attempt 2\)/).first().waitFor();
    // HTTP/S default policy: 3 retries 20 s apart; then the dead-letter queue.
    await run('sleep 61');
    await insp.getByRole('status', { name: 'Subscription state' }).getByText(/1 failed \(1 to the DLQ\)/).waitFor();
    await page.getByRole('button', { name: 'Queue alerts-dlq on the diagram' }).getByText('1 visible').waitFor();
    if (await insp.getByRole('list', { name: 'Endpoint inbox' }).getByText(/attempt 4/).count() < 1) throw new Error('the fourth attempt should have reached the endpoint');
    await page.screenshot({ path: 'e2e/out/sns-https-retries.png' });
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'an HTTPS subscription\'s throttle policy holds deliveries past its rate, and the page says so': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const insp = page.getByRole('complementary', { name: 'Inspector' });
    const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
    await run('aws sns create-topic --name paced');
    const topic = 'arn:aws:sns:us-east-1:123456789012:paced';
    await page.getByRole('button', { name: 'Topic paced', exact: true }).click();
    await insp.getByRole('combobox', { name: 'Protocol' }).selectOption('https');
    await insp.getByRole('textbox', { name: 'Endpoint' }).fill('https://hooks.example.com/paced');
    await insp.getByRole('button', { name: 'Subscribe', exact: true }).click();
    const sub = page.getByRole('button', { name: 'Subscription https https://hooks.example.com/paced', exact: true });
    await sub.click();
    await insp.getByRole('button', { name: 'Confirm subscription' }).click();
    await insp.getByRole('status', { name: 'Subscription state' }).getByText('0 delivered · 0 filtered out · 0 failed · inbox 1').waitFor();
    const arn = await insp.locator('p.mono').first().textContent();
    await run(`aws sns set-subscription-attributes --subscription-arn ${arn} --attribute-name DeliveryPolicy --attribute-value '{"throttlePolicy":{"maxReceivesPerSecond":1}}'`);
    for (const m of ['one', 'two', 'three']) await run(`aws sns publish --topic-arn ${topic} --message ${m}`);
    // One delivery this second; the other two wait for the next two seconds.
    await insp.getByRole('status', { name: 'Subscription state' }).getByText('1 delivered · 0 filtered out · 2 throttled · 0 failed · inbox 2').waitFor();
    await page.getByRole('log', { name: 'Events' }).getByText(/held until .* \(its throttle policy's deliveries for the second are used up\)/).first().waitFor();
    await page.getByRole('main', { name: 'Live diagram' }).getByText('‖ throttled').first().waitFor();
    await page.screenshot({ path: 'e2e/out/sns-throttle.png' });
    await run('sleep 2');
    await insp.getByRole('status', { name: 'Subscription state' }).getByText('3 delivered · 0 filtered out · 0 failed · inbox 4').waitFor();
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'S3 upload fanned out to several queues and a function, built in the page; an overlapping configuration is refused': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const insp = page.getByRole('complementary', { name: 'Inspector' });
    await page.getByRole('button', { name: 'Add topic' }).click();
    await page.getByRole('textbox', { name: 'Topic name' }).fill('uploads');
    await page.getByRole('button', { name: 'Create topic' }).click();
    await page.getByRole('button', { name: 'Topic uploads', exact: true }).waitFor();
    for (const q of ['thumbnails', 'search-index']) {
      await page.getByRole('button', { name: 'Add queue' }).click();
      await page.getByRole('textbox', { name: 'Queue name' }).fill(q);
      await page.getByRole('button', { name: 'Create queue' }).click();
      await page.getByRole('button', { name: `Queue ${q}`, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Topic uploads', exact: true }).click();
    for (const q of ['thumbnails', 'search-index']) {
      await insp.getByRole('combobox', { name: 'Queue endpoint' }).selectOption({ label: q });
      await insp.getByRole('button', { name: 'Subscribe', exact: true }).click();
      await insp.getByRole('status').getByText('Subscribed.').waitFor();
    }
    await insp.getByRole('combobox', { name: 'Protocol' }).selectOption('lambda');
    await insp.getByRole('textbox', { name: 'Endpoint' }).fill('arn:aws:lambda:us-east-1:123456789012:function:audit');
    await insp.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await insp.getByRole('status').getByText('Subscribed.').waitFor();
    // The bucket, with a bad name first.
    await page.getByRole('button', { name: 'Add bucket' }).click();
    await page.getByRole('textbox', { name: 'Bucket name' }).fill('Photos_Bucket');
    await page.getByRole('navigation', { name: 'Resources' }).getByRole('alert').getByText(/Bucket names are 3-63 characters/).waitFor();
    await page.getByRole('textbox', { name: 'Bucket name' }).fill('photos-bucket');
    await page.getByRole('button', { name: 'Create bucket' }).click();
    await insp.getByText('Bucket photos-bucket').waitFor();
    // Notify the topic of new objects under images/.
    await insp.getByRole('combobox', { name: 'Destination type' }).selectOption('topic');
    await insp.getByRole('combobox', { name: 'Destination', exact: true }).selectOption({ label: 'uploads' });
    await insp.getByRole('textbox', { name: 'Prefix filter' }).fill('images/');
    await insp.getByRole('button', { name: 'Add event notification' }).click();
    await insp.getByRole('status').getByText('Event notification added.').waitFor();
    await insp.getByRole('list', { name: 'Event notifications' }).getByText('ObjectCreated:* → uploads (topic) · prefix images/').waitFor();
    // A second configuration for the same events under images/cats/ overlaps: S3 refuses it.
    await insp.getByRole('combobox', { name: 'Destination type' }).selectOption('queue');
    await insp.getByRole('combobox', { name: 'Destination', exact: true }).selectOption({ label: 'thumbnails' });
    await insp.getByRole('textbox', { name: 'Prefix filter' }).fill('images/cats/');
    await insp.getByRole('button', { name: 'Add event notification' }).click();
    await insp.getByRole('alert').getByText(/overlap/).waitFor();
    // Upload one image and one document: only the image is announced.
    for (const key of ['images/cat.jpg', 'docs/readme.txt']) {
      await insp.getByRole('textbox', { name: 'Object key' }).fill(key);
      await insp.getByRole('textbox', { name: 'Object content' }).fill(`content of ${key}`);
      await insp.getByRole('button', { name: 'Upload', exact: true }).click();
      await insp.getByRole('status').getByText(`Uploaded ${key}`).waitFor();
    }
    // Each subscriber got S3's s3:TestEvent (sent when the configuration was
    // saved, as AWS does) and the image's ObjectCreated:Put; not the document.
    for (const q of ['thumbnails', 'search-index']) {
      await page.getByRole('button', { name: `Queue ${q} on the diagram` }).getByText('2 visible').waitFor();
    }
    await page.getByRole('button', { name: 'Subscription lambda audit', exact: true }).getByText(/2 delivered .* inbox 2/).waitFor();
    await page.getByRole('log', { name: 'Events' }).getByText(/images\/cat.jpg stored/).waitFor();
    await page.getByRole('button', { name: 'Bucket photos-bucket on the diagram' }).getByText('bucket · 2 objects').waitFor();
    await insp.getByRole('button', { name: 'View object images/cat.jpg' }).click();
    await insp.getByText('content of images/cat.jpg').waitFor();
    // The queue holds SNS's envelope around S3's event record.
    await page.getByRole('button', { name: 'Queue thumbnails', exact: true }).click();
    await insp.getByRole('button', { name: 'Poll for messages' }).click();
    await insp.getByRole('list', { name: 'Received messages' }).getByText(/ObjectCreated:Put/).waitFor();
    await page.screenshot({ path: 'e2e/out/s3-fanout.png' });
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'the SQS extended client: the payload goes to a bucket, the queue carries the pointer, a receive resolves it': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const insp = page.getByRole('complementary', { name: 'Inspector' });
    await page.getByRole('button', { name: 'Add bucket' }).click();
    await page.getByRole('textbox', { name: 'Bucket name' }).fill('large-payloads');
    await page.getByRole('button', { name: 'Create bucket' }).click();
    await insp.getByText('Bucket large-payloads').waitFor();
    await page.getByRole('button', { name: 'Add queue' }).click();
    await page.getByRole('textbox', { name: 'Queue name' }).fill('reports');
    await page.getByRole('button', { name: 'Create queue' }).click();
    await insp.getByRole('combobox', { name: 'Extended client bucket' }).selectOption('large-payloads');
    await insp.getByRole('checkbox', { name: 'Always through S3' }).check();
    await insp.getByRole('textbox', { name: 'Message body' }).fill('the quarterly report, very large');
    await insp.getByRole('button', { name: 'Send message' }).click();
    await insp.getByRole('status').getByText(/^Sent message /).waitFor();
    // The queue holds the library's pointer; the bucket holds the payload.
    await page.getByRole('button', { name: 'Queue reports on the diagram' }).getByText('1 visible').waitFor();
    await page.getByRole('button', { name: 'Bucket large-payloads on the diagram' }).getByText('bucket · 1 objects').waitFor();
    await insp.getByRole('button', { name: 'Poll for messages' }).click();
    await insp.getByRole('list', { name: 'Received messages' }).getByText('the quarterly report, very large').waitFor();
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'Kinesis: a hot key throttles its shard, splitting the shard in the middle makes two lanes': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const insp = page.getByRole('complementary', { name: 'Inspector' });
    const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
    await page.getByRole('button', { name: 'Add stream' }).click();
    await page.getByRole('textbox', { name: 'Stream name' }).fill('clicks');
    await page.getByRole('spinbutton', { name: 'Shard count' }).fill('1');
    await page.getByRole('button', { name: 'Create stream' }).click();
    await insp.getByRole('status', { name: 'Stream state' }).getByText(/^CREATING/).waitFor();
    await run('sleep 2');
    await insp.getByRole('status', { name: 'Stream state' }).getByText(/^ACTIVE · PROVISIONED · 1 open shard/).waitFor();
    // 1,500 records with one partition key at one instant: the shard takes 1,000.
    await insp.getByRole('textbox', { name: 'Partition key' }).fill('customer-42');
    await insp.getByText(/of the hash-key space → shardId-000000000000/).waitFor();
    await insp.getByRole('textbox', { name: 'Record data' }).fill('click');
    await insp.getByRole('spinbutton', { name: 'Record count' }).fill('1500');
    await insp.getByRole('button', { name: 'Put records', exact: true }).click();
    await insp.getByRole('alert').getByText(/1000 record\(s\) put on shardId-000000000000; 500 throttled: ProvisionedThroughputExceededException/).waitFor();
    const lane = (id, range, closed = '') => page.getByRole('group', { name: `Shard lane ${id} · ${range}${closed} of stream clicks` });
    await lane('shardId-000000000000', '0.0–100.0%').getByText('throttled').waitFor();
    await lane('shardId-000000000000', '0.0–100.0%').getByText('1000 records').waitFor();
    // Split in the middle: the parent closes and stays readable, two children open.
    await insp.getByRole('button', { name: 'Split shard' }).click();
    await insp.getByRole('status').getByText('Splitting shardId-000000000000.').waitFor();
    await run('sleep 2');
    await insp.getByRole('status', { name: 'Stream state' }).getByText(/^ACTIVE · PROVISIONED · 2 open shard/).waitFor();
    await lane('shardId-000000000000', '0.0–100.0%', ' · CLOSED').waitFor();
    await lane('shardId-000000000001', '0.0–50.0%').waitFor();
    await lane('shardId-000000000002', '50.0–100.0%').waitFor();
    await run('aws kinesis put-record --stream-name clicks --partition-key customer-42 --data aGk= ');
    await insp.getByRole('button', { name: 'View records of shardId-000000000000' }).click();
    await insp.getByLabel('Record viewer').getByText(/customer-42 · click #1499|customer-42 · click #999/).waitFor();
    // Enhanced fan-out: a registered consumer subscribed to a child shard; its
    // position shows on the lane.
    await insp.getByRole('textbox', { name: 'Consumer name' }).fill('analytics');
    await insp.getByRole('button', { name: 'Register consumer' }).click();
    await run('sleep 2');
    await insp.getByRole('combobox', { name: 'Shard to subscribe to' }).selectOption('shardId-000000000002');
    await insp.getByRole('combobox', { name: 'Starting position' }).selectOption('TRIM_HORIZON');
    await insp.getByRole('button', { name: 'Subscribe to shard' }).click();
    await insp.getByRole('status').getByText('Subscribed: events are pushed for five minutes.').waitFor();
    await run('sleep 1');
    await insp.getByRole('list', { name: 'Subscriptions to shards' }).getByText(/shard 2 · next record \d+ · \d+ event\(s\) pushed/).waitFor();
    if (await page.locator('g.reader title', { hasText: 'enhanced fan-out subscription' }).count() < 1) throw new Error('no consumer position on the lane');
    await page.screenshot({ path: 'e2e/out/kinesis.png' });
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'clients: a consumer processes what a producer sends, a poison message goes to the DLQ, a crash returns messages after the visibility timeout': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
    await run('aws sqs create-queue --queue-name jobs-dlq');
    await run(`aws sqs create-queue --queue-name jobs --attributes '{"VisibilityTimeout":"10","RedrivePolicy":"{\\"deadLetterTargetArn\\":\\"arn:aws:sqs:us-east-1:123456789012:jobs-dlq\\",\\"maxReceiveCount\\":\\"2\\"}"}'`);
    await page.getByRole('button', { name: 'Queue jobs', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add producer' }).click();
    await page.getByRole('textbox', { name: 'Producer name' }).fill('orders-app');
    await page.getByRole('combobox', { name: 'Producer target' }).selectOption({ label: 'queue jobs' });
    await page.getByRole('spinbutton', { name: 'Rate per second' }).fill('2');
    await page.getByRole('textbox', { name: 'Body template' }).fill('job {n}.');
    await page.getByRole('button', { name: 'Create producer' }).click();
    await page.getByRole('button', { name: 'Add consumer' }).click();
    await page.getByRole('textbox', { name: 'Consumer name' }).fill('worker-1');
    await page.getByRole('combobox', { name: 'Consumer queue' }).selectOption({ label: 'jobs' });
    await page.getByRole('spinbutton', { name: 'Processing time (ms)' }).fill('200');
    await page.getByRole('textbox', { name: 'Poison text' }).fill('job 3.');
    await page.getByRole('button', { name: 'Create consumer' }).click();
    await run('sleep 30');
    const state = (n) => page.getByRole('status', { name: `${n} state` });
    await state('orders-app').getByText(/^producing · 6\d sent/).waitFor();
    await state('worker-1').getByText(/processed/).waitFor();
    // The poison message failed on each receive and went to the DLQ.
    await page.getByRole('button', { name: 'Queue jobs-dlq on the diagram' }).getByText('1 visible').waitFor();
    // A crash abandons what the worker holds; it comes back after the visibility timeout.
    await page.getByRole('button', { name: 'Crash worker-1' }).click();
    await state('worker-1').getByText(/^crashed/).waitFor();
    // The diagram tags the queue with its clients and their state.
    await page.locator('text.client-tag.crashed', { hasText: '⇠ worker-1 · crashed' }).waitFor();
    await page.locator('text.client-tag', { hasText: '⇢ orders-app · producing' }).waitFor();
    await page.getByRole('button', { name: 'Stop orders-app' }).click();
    await run('sleep 15');
    await page.getByRole('button', { name: 'Restart worker-1' }).click();
    await run('sleep 15');
    await page.getByRole('button', { name: 'Queue jobs on the diagram' }).getByText('0 visible · 0 in flight').waitFor();
    await page.getByRole('button', { name: 'Queue jobs-dlq on the diagram' }).getByText('1 visible').waitFor();
    await page.screenshot({ path: 'e2e/out/clients.png' });
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  "CloudWatch: a queue-depth alarm scales a group of consumers out, the queue drains, the group scales back in (the notes' example)": async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
    await run('aws sqs create-queue --queue-name backlog');
    await page.getByRole('button', { name: 'Queue backlog', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add Auto Scaling group' }).click();
    await page.getByRole('spinbutton', { name: 'Scale-out threshold' }).fill('50');
    await page.getByRole('button', { name: 'Create group' }).click();
    const capacity = page.getByRole('status', { name: 'backlog-workers capacity' });
    await capacity.getByText(/^desired 1 · min 1 · max 4/).waitFor();
    const entries = Array.from({ length: 10 }, (_, i) => `Id=m${i},MessageBody=job${i}`).join(' ');
    for (let i = 0; i < 20; i++) await run(`aws sqs send-message-batch --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/backlog --entries ${entries}`);
    await run('sleep 61');
    // The high alarm fired at the first minute: one more consumer, then a cooldown.
    await capacity.getByText(/^desired 2 .* cooldown/).waitFor();
    await page.locator('text.alarm-badge.alarm').first().waitFor();
    await page.getByRole('button', { name: 'Queue backlog', exact: true }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByText('backlog-depth-high: ALARM').waitFor();
    await inspector.getByRole('img', { name: /ApproximateNumberOfMessagesVisible \(Maximum\): [1-9]\d* minutes with data/ }).waitFor();
    await run('sleep 900');
    // Drained; the low alarm brought it back to its minimum.
    await page.getByRole('button', { name: 'Queue backlog on the diagram' }).getByText('0 visible · 0 in flight').waitFor();
    await capacity.getByText(/^desired 1 /).waitFor();
    await inspector.getByText('backlog-depth-high: OK').waitFor();
    await run('aws cloudwatch describe-alarm-history --alarm-name backlog-depth-high --history-item-type Action --max-records 1');
    await page.getByText(/Successfully executed action arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:/).first().waitFor();
    await page.screenshot({ path: 'e2e/out/cloudwatch.png' });
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'Kinesis: a producer with a hot key is throttled and retries with backoff; stopped, it finishes its retries': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
    await run('aws kinesis create-stream --stream-name telemetry --shard-count 2');
    await run('sleep 2');
    await page.getByRole('button', { name: 'Add producer' }).click();
    await page.getByRole('textbox', { name: 'Producer name' }).fill('devices');
    await page.getByRole('combobox', { name: 'Producer target' }).selectOption({ label: 'stream telemetry' });
    await page.getByRole('spinbutton', { name: 'Rate per second' }).fill('1500');
    await page.getByRole('spinbutton', { name: 'Number of keys' }).fill('20');
    await page.getByRole('spinbutton', { name: 'Hot key share (percent)' }).fill('90');
    await page.getByRole('button', { name: 'Create producer' }).click();
    await run('sleep 5');
    const state = page.getByRole('status', { name: 'devices state' });
    await state.getByText(/[1-9]\d* throttled · [1-9]\d* retried/).waitFor();
    await page.getByRole('log', { name: 'Events' }).getByText(/throttled/i).first().waitFor();
    await page.getByRole('button', { name: 'Stop devices' }).click();
    await run('sleep 60');
    // Stopped, its retries done: no record is left waiting.
    await state.getByText(/^stopped/).waitFor();
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'KCL: two workers share four shards through the lease table; a crashed worker\'s leases are taken over after the failover time': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
    await run('aws kinesis create-stream --stream-name clicks --shard-count 4');
    await run('sleep 2');
    await page.getByRole('button', { name: 'Add producer' }).click();
    await page.getByRole('textbox', { name: 'Producer name' }).fill('web');
    await page.getByRole('combobox', { name: 'Producer target' }).selectOption({ label: 'stream clicks' });
    await page.getByRole('spinbutton', { name: 'Rate per second' }).fill('50');
    await page.getByRole('button', { name: 'Create producer' }).click();
    await page.getByRole('button', { name: 'Add KCL application' }).click();
    await page.getByRole('textbox', { name: 'Application name' }).fill('analytics');
    await page.getByRole('combobox', { name: 'KCL stream' }).selectOption({ label: 'clicks' });
    await page.getByRole('spinbutton', { name: 'Workers' }).fill('2');
    await page.getByRole('button', { name: 'Create KCL application' }).click();
    await run('sleep 60');
    const table = page.getByRole('table', { name: 'Lease table analytics' });
    const owners = async () => (await table.locator('tbody tr td:nth-child(2)').allTextContents()).sort();
    const balanced = await owners();
    if (JSON.stringify(balanced) !== JSON.stringify(['analytics-worker-1', 'analytics-worker-1', 'analytics-worker-2', 'analytics-worker-2']))
      throw new Error('leases not 2+2: ' + balanced);
    await page.getByRole('status', { name: 'analytics-worker-1 state' }).getByText(/[1-9]\d* records/).waitFor();
    await page.getByRole('button', { name: 'Crash analytics-worker-1' }).click();
    await run('sleep 5');
    await table.getByText('analytics-worker-1').first().waitFor();
    await run('sleep 40');
    const after = await owners();
    if (!after.every((o) => o === 'analytics-worker-2')) throw new Error('not taken over: ' + after);
    await page.getByRole('searchbox', { name: 'Filter events' }).fill('took the expired lease');
    await page.getByRole('log', { name: 'Events' }).getByText(/took the expired lease of shardId-\d+ from analytics-worker-1/).first().waitFor();
    // Its checkpoints are drawn on the lanes.
    await page.locator('g.reader title', { hasText: 'KCL analytics-worker-2 (analytics): checkpoint' }).first().waitFor({ state: 'attached' });
    await page.screenshot({ path: 'e2e/out/kcl.png', fullPage: true });
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'Lambda consumers: an SQS trigger processes what a producer sends and a poison message reaches the DLQ': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
    await run('aws sqs create-queue --queue-name orders-dlq');
    await run(`aws sqs create-queue --queue-name orders --attributes '{"VisibilityTimeout":"10","RedrivePolicy":"{\\"deadLetterTargetArn\\":\\"arn:aws:sqs:us-east-1:123456789012:orders-dlq\\",\\"maxReceiveCount\\":\\"2\\"}"}'`);
    await page.getByRole('button', { name: 'Queue orders', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add function' }).click();
    await page.getByRole('textbox', { name: 'Function name' }).fill('process-order');
    await page.getByRole('spinbutton', { name: 'Run time (ms)' }).fill('300');
    await page.getByRole('spinbutton', { name: 'Timeout (s)' }).fill('5');
    await page.getByRole('textbox', { name: 'Fails on text' }).fill('order 4.');
    await page.getByRole('button', { name: 'Create function' }).click();
    // A timeout longer than the queue's visibility timeout is refused, as AWS does.
    await page.getByRole('button', { name: 'Add trigger to process-order' }).click();
    await page.getByRole('combobox', { name: 'Trigger source' }).selectOption({ label: 'queue orders' });
    await page.getByRole('spinbutton', { name: 'Trigger batch size' }).fill('20');
    await page.getByRole('button', { name: 'Create trigger' }).click();
    await page.getByRole('alert').getByText(/Maximum batch window in seconds must be greater than 0/).waitFor();
    await page.getByRole('spinbutton', { name: 'Trigger batch size' }).fill('5');
    await page.getByRole('button', { name: 'Create trigger' }).click();
    await page.getByLabel('process-order trigger').getByText(/queue orders · Creating/).waitFor();
    await page.getByRole('button', { name: 'Add producer' }).click();
    await page.getByRole('textbox', { name: 'Producer name' }).fill('shop');
    await page.getByRole('combobox', { name: 'Producer target' }).selectOption({ label: 'queue orders' });
    await page.getByRole('spinbutton', { name: 'Rate per second' }).fill('2');
    await page.getByRole('textbox', { name: 'Body template' }).fill('order {n}.');
    await page.getByRole('button', { name: 'Create producer' }).click();
    await run('sleep 20');
    await page.getByRole('button', { name: 'Stop shop' }).click();
    await run('sleep 60');
    await page.getByLabel('process-order trigger').getByText(/queue orders · Enabled/).waitFor();
    await page.getByRole('status', { name: 'process-order counts' }).getByText(/[1-9]\d* invocations · [1-9]\d* errors/).waitFor();
    await page.getByRole('button', { name: 'Queue orders-dlq on the diagram' }).getByText('1 visible').waitFor();
    await page.getByRole('button', { name: 'Queue orders on the diagram' }).getByText('0 visible · 0 in flight').waitFor();
    await page.locator('text.client-tag', { hasText: 'λ process-order' }).waitFor();
    await page.screenshot({ path: 'e2e/out/lambda.png', fullPage: true });
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'Firehose: a delivery stream from a Kinesis stream to S3 with a 1 MB / 60 s buffer, built in the page, watched until the object appears': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const insp = page.getByRole('complementary', { name: 'Inspector' });
    const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
    await run('aws s3api create-bucket --bucket clicks-archive');
    await run('aws kinesis create-stream --stream-name clicks --shard-count 2');
    await run('sleep 2');
    await page.getByRole('button', { name: 'Add delivery stream' }).click();
    await page.getByRole('textbox', { name: 'Delivery stream name' }).fill('clicks-to-s3');
    await page.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'Kinesis stream clicks' });
    await page.getByRole('spinbutton', { name: 'Buffer size in MiB' }).fill('1');
    await page.getByRole('spinbutton', { name: 'Buffer interval in seconds' }).fill('60');
    await page.getByRole('combobox', { name: 'Compression' }).selectOption('GZIP');
    await page.getByRole('button', { name: 'Create delivery stream' }).last().click();
    await insp.getByRole('status', { name: 'Delivery stream state' }).getByText(/^CREATING · Kinesis stream clicks → s3:\/\/clicks-archive/).waitFor();
    await run('sleep 6');
    await insp.getByRole('status', { name: 'Delivery stream state' }).getByText(/^ACTIVE/).waitFor();
    for (let i = 0; i < 5; i++) await run(`aws kinesis put-record --stream-name clicks --partition-key user${i} --data Y2xpY2s=`);
    await run('sleep 20');
    // Five records read from the shards; the interval is ahead of the size.
    const buffer = insp.getByLabel('Delivery buffer', { exact: true });
    await buffer.getByText('Delivery buffer: 5 record(s), 25 bytes · interval is ahead').waitFor();
    await buffer.getByText(/^by time: 1\d\.\d s \/ 60\.0 s/).waitFor();
    if (await insp.getByRole('list', { name: 'Objects delivered' }).getByRole('listitem').count() !== 0) throw new Error('flushed early');
    await run('sleep 45');
    await insp.getByRole('list', { name: 'Objects delivered' }).getByText(/^2026\/01\/01\/00\/clicks-to-s3-1-2026-01-01-00-01-\d\d-[0-9a-f-]{36}\.gz · 5 record\(s\)/).waitFor();
    await buffer.getByText('Delivery buffer: 0 record(s), 0 bytes · empty').waitFor();
    await page.getByRole('button', { name: 'Bucket clicks-archive', exact: true }).click();
    await insp.getByText(/clicks-to-s3-1-2026-01-01-00-01-/).first().waitFor();
    await page.screenshot({ path: 'e2e/out/firehose.png' });
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'Analytics (SQL): a windowed count per ticker enriched from an S3 reference table, built in the page, watched as windows close': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const insp = page.getByRole('complementary', { name: 'Inspector' });
    const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
    await run('aws kinesis create-stream --stream-name ticks --shard-count 1');
    await run('aws kinesis create-stream --stream-name ticker-counts --shard-count 1');
    await run('aws s3api create-bucket --bucket reference-data');
    await run('sleep 2');
    // The reference object, uploaded in the bucket's inspector.
    await page.getByRole('button', { name: 'Bucket reference-data', exact: true }).click();
    await insp.getByRole('textbox', { name: 'Object key' }).fill('companies.csv');
    await insp.getByRole('textbox', { name: 'Object content' }).fill('AMZN,Amazon\nMSFT,Microsoft\n');
    await insp.getByRole('button', { name: 'Upload', exact: true }).click();
    await insp.getByRole('status').getByText('Uploaded companies.csv').waitFor();
    // The retired service says so; the form builds the application.
    await page.getByRole('note').getByText(/Kinesis Data Analytics for SQL is retired by AWS/).waitFor();
    await page.getByRole('button', { name: 'Add analytics app' }).click();
    await page.getByRole('textbox', { name: 'Application name' }).fill('ticker-counts');
    await page.getByRole('combobox', { name: 'Application source' }).selectOption({ label: 'Kinesis stream ticks' });
    await page.getByRole('textbox', { name: 'Application code' }).first().fill(
      'CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (ticker_symbol VARCHAR(4), company VARCHAR(32), ticker_count INTEGER);\n' +
      'CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"\n' +
      '  SELECT STREAM s.ticker_symbol, c."Company", COUNT(*) FROM "SOURCE_SQL_STREAM_001" AS s\n' +
      '  LEFT JOIN "CompanyName" AS c ON s.ticker_symbol = c."Ticker"\n' +
      '  GROUP BY s.ticker_symbol, c."Company", STEP(s.ROWTIME BY INTERVAL \'10\' SECOND);');
    await page.getByRole('combobox', { name: 'Output destination' }).selectOption({ label: 'Kinesis stream ticker-counts' });
    await page.getByText('Reference table from S3 (optional, CSV)').click();
    await page.getByRole('combobox', { name: 'Reference bucket' }).selectOption('reference-data');
    await page.getByRole('textbox', { name: 'Reference object key' }).fill('companies.csv');
    await page.getByRole('textbox', { name: 'Reference table name' }).fill('CompanyName');
    await page.getByRole('textbox', { name: 'Reference columns' }).fill('Ticker VARCHAR(4), Company VARCHAR(32)');
    await page.getByRole('button', { name: 'Create and start analytics app' }).click();
    const state = insp.getByRole('status', { name: 'Application state' });
    await state.getByText(/^STARTING · version 2 · reads stream ticks/).waitFor();
    await run('sleep 10');
    await state.getByText(/^RUNNING/).waitFor();
    for (const t of ['AMZN', 'AMZN', 'MSFT', 'AMZN']) {
      await run(`aws kinesis put-record --stream-name ticks --partition-key ${t} --data '{"TICKER_SYMBOL":"${t}","SECTOR":"TECH","PRICE":1}' --cli-binary-format raw-in-base64-out`);
    }
    await run('sleep 1');
    // The rows are in the input stream; the window is open, filling with the clock.
    await insp.getByRole('table', { name: 'Rows of SOURCE_SQL_STREAM_001' }).getByRole('row').nth(4).waitFor();
    await insp.getByRole('progressbar', { name: 'Window of pump STREAM_PUMP' }).waitFor();
    await run('sleep 10');
    const results = insp.getByRole('table', { name: 'Rows of DESTINATION_SQL_STREAM' });
    await results.getByRole('row').filter({ hasText: 'Amazon' }).getByText('3', { exact: true }).waitFor();
    await results.getByRole('row').filter({ hasText: 'Microsoft' }).getByText('1', { exact: true }).waitFor();
    await insp.getByLabel('Application counters').getByText(/4 record\(s\) → 4 row\(s\) in .* 2 record\(s\) written/).waitFor();
    await results.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'e2e/out/analytics.png' });
    // Bad SQL in the inspector is refused with the service's error.
    await insp.getByRole('textbox', { name: 'Application code' }).fill('SELECT STREAM * FROM "SOURCE_SQL_STREAM_001"');
    await insp.getByRole('button', { name: 'Update code' }).click();
    await insp.getByRole('alert').getByText(/CodeValidationException: A SELECT STREAM must run in a pump/).waitFor();
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'Tab completes commands and parameters; the event log filters': async ({ page, errors }) => {
    const box = page.getByRole('textbox', { name: 'AWS CLI command' });
    await box.fill('aws sq');
    await box.press('Tab');
    if ((await box.inputValue()) !== 'aws sqs ') throw new Error(`got ${await box.inputValue()}`);
    await box.fill('aws sqs create-queue --queue-n');
    await box.press('Tab');
    if ((await box.inputValue()) !== 'aws sqs create-queue --queue-name ') throw new Error(`got ${await box.inputValue()}`);
    await box.press('End');
    await box.type('alpha');
    await box.press('Enter');
    await page.getByRole('button', { name: 'Queue alpha', exact: true }).waitFor();
    await box.fill('aws sqs create-queue --queue-name beta');
    await box.press('Enter');
    await page.getByRole('button', { name: 'Queue beta', exact: true }).waitFor();
    await page.getByRole('searchbox', { name: 'Filter events' }).fill('alpha');
    const log = page.getByRole('log', { name: 'Events' });
    await log.getByText('Queue alpha created').waitFor();
    if (await log.getByText('Queue beta created').count()) throw new Error('filter kept beta');
    // Keyboard: select a queue on the diagram with Enter.
    await page.getByRole('button', { name: 'Queue beta on the diagram' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: 'Inspector' }).getByText('arn:aws:sqs:us-east-1:123456789012:beta').first().waitFor();
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'mobile push: an endpoint made in the console is subscribed from the form; disabled, its delivery fails': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    const insp = page.getByRole('complementary', { name: 'Inspector' });
    const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
    await run('aws sns create-topic --name alerts');
    await page.getByRole('button', { name: 'Topic alerts', exact: true }).click();
    // No endpoint yet: the form says how to make one.
    await insp.getByRole('combobox', { name: 'Protocol' }).selectOption('application');
    await insp.getByText('An application endpoint must exist first').waitFor();
    await run('aws sns create-platform-application --name phones --platform GCM --attributes PlatformCredential=k3y');
    await run('aws sns create-platform-endpoint --platform-application-arn arn:aws:sns:us-east-1:123456789012:app/GCM/phones --token device-1 --query EndpointArn --output text');
    const arn = (await page.locator('.console-stdout').last().getByText(/:endpoint\/GCM\/phones\//).innerText()).trim();
    // A made-up endpoint is refused with AWS's words; the real one is offered and taken.
    await insp.getByRole('combobox', { name: 'Endpoint' }).fill(arn.replace(/[0-9a-f]{8}-/, '00000000-'));
    await insp.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await insp.getByRole('alert').getByText(/Endpoint does not exist for endpoint arn/).waitFor();
    if (await insp.locator('#mobile-endpoints option').count() !== 1) throw new Error('the endpoint is not offered');
    await insp.getByRole('combobox', { name: 'Endpoint' }).fill(arn);
    await insp.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await insp.getByRole('status').getByText('Subscribed.').waitFor();
    await insp.getByRole('textbox', { name: 'Message', exact: true }).fill('ping');
    await insp.getByRole('button', { name: 'Publish', exact: true }).click();
    await insp.getByRole('status').getByText(/^Published /).waitFor();
    const topics = page.getByRole('list', { name: 'Topics' });
    await topics.getByText('1 delivered · 0 filtered out · 0 failed').first().waitFor();
    // The device shows what reached it.
    const devices = page.getByRole('list', { name: 'Devices and phones' });
    await devices.getByText(/^Endpoint [0-9a-f]{8} · 1 received$/).waitFor();
    // Disabled, the endpoint drops the next notification: a failed delivery.
    await run(`aws sns set-endpoint-attributes --endpoint-arn ${arn} --attributes Enabled=false`);
    await insp.getByRole('button', { name: 'Publish', exact: true }).click();
    await topics.getByText('1 delivered · 0 filtered out · 1 failed').first().waitFor();
    await devices.getByText(/^Endpoint [0-9a-f]{8} · disabled · 1 received$/).waitFor();
    await run(`aws sns publish --target-arn ${arn} --message hi`);
    await page.locator('.console-stderr').last().getByText(/\(EndpointDisabled\).*Endpoint is disabled/).waitFor();
    // A text straight to a phone number appears under the phone.
    await run(`aws sns publish --phone-number +15555550100 --message 'code 1234'`);
    await devices.getByText('Phone +15555550100 · 1 received').click();
    await devices.getByText(/code 1234$/).waitFor();
    await page.screenshot({ path: 'e2e/out/mobile-push.png' });
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
  'bad numbers in forms are named, an old error clears on edit, many queues keep the diagram readable': async ({ page, errors }) => {
    await page.getByRole('button', { name: 'Pause' }).click();
    // A stream name AWS refuses, then an edit: the old error goes at once.
    await page.getByRole('button', { name: 'Add stream' }).click();
    await page.getByRole('textbox', { name: 'Stream name' }).fill('x'.repeat(129));
    await page.getByRole('button', { name: 'Create stream' }).click();
    const res = page.getByRole('navigation', { name: 'Resources' });
    await res.getByRole('alert').getByText(/less than or equal to 128/).waitFor();
    await page.getByRole('textbox', { name: 'Stream name' }).fill('wide');
    await res.getByRole('alert').waitFor({ state: 'detached' });
    // 1e1 shards is ten, as the browser reads the field.
    await page.getByRole('spinbutton', { name: 'Shard count' }).fill('1e1');
    await page.getByRole('button', { name: 'Create stream' }).click();
    await page.getByRole('button', { name: /^Stream wide/ }).first().waitFor();
    const run = async (l) => { const b = page.getByRole('textbox', { name: 'AWS CLI command' }); await b.fill(l); await b.press('Enter'); };
    await run('aws kinesis describe-stream-summary --stream-name wide --query StreamDescriptionSummary.OpenShardCount --output text');
    await page.locator('.console-stdout').last().getByText('10', { exact: true }).waitFor();
    // Thirty queues: the diagram pane scrolls rather than shrinking them.
    for (let i = 1; i <= 30; i++) await run(`aws sqs create-queue --queue-name many-${String(i).padStart(2, '0')}`);
    await page.getByRole('button', { name: 'Queue many-30', exact: true }).waitFor();
    const [client, scroll] = await page.getByRole('main', { name: 'Live diagram' }).evaluate((e) => [e.clientHeight, e.scrollHeight]);
    if (!(scroll > 2 * client)) throw new Error(`the diagram pane does not scroll: ${client} / ${scroll}`);
    if (errors.length) throw new Error('console errors: ' + errors.join(' | '));
  },
};

const ok = await runTests(browser, server.url, tests);
await browser.close();
server.close();
process.exit(ok ? 0 : 1);
