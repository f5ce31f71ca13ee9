// Page benchmarks for BENCHMARKS.md: the release .wasm size (raw and gzip -9) and
// the time from navigation to first render (the virtual clock on screen) in
// headless Chromium, median of 7 fresh loads. Run after `trunk build --release`:
//   node e2e/bench-page.mjs
import fs from 'node:fs';
import zlib from 'node:zlib';
import { serveDist, launch } from './harness.mjs';

const wasm = fs.readdirSync('dist').find((f) => f.endsWith('_bg.wasm'));
const js = fs.readdirSync('dist').find((f) => f.endsWith('.js'));
const bytes = fs.readFileSync(`dist/${wasm}`);
const gz = zlib.gzipSync(bytes, { level: 9 }).length;
const server = await serveDist();
const browser = await launch();
const times = [];
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Record the moment the app's clock enters the DOM, measured from navigation
  // start (performance.now()'s origin), inside the page.
  await page.addInitScript(() => {
    const obs = new MutationObserver(() => {
      if (!window.__firstRender && document.querySelector('[aria-label="Virtual clock"]')) {
        window.__firstRender = performance.now();
        obs.disconnect();
      }
    });
    obs.observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url);
  await page.getByRole('timer', { name: 'Virtual clock' }).waitFor();
  const ms = await page.evaluate(() => window.__firstRender);
  times.push(ms);
  await context.close();
}
await browser.close();
server.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(JSON.stringify({
  wasm_file: wasm, wasm_raw_bytes: bytes.length, wasm_gzip9_bytes: gz,
  js_glue_bytes: fs.statSync(`dist/${js}`).size,
  first_render_ms_median: Number(median.toFixed(1)),
  first_render_ms_all: times.map((t) => Number(t.toFixed(1))),
}, null, 2));
