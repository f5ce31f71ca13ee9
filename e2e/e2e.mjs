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
      ['button', 'Create queue'],
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
};

const ok = await runTests(browser, server.url, tests);
await browser.close();
server.close();
process.exit(ok ? 0 : 1);
