// The wasm build's SQS cycle rate for BENCHMARKS.md: the release build (dist/,
// from `trunk build --release`) loaded in Node, its `benchSqsCycles(rounds)`
// export timed with performance.now(). A round is SendMessageBatch of 10,
// ReceiveMessage of 10 and DeleteMessageBatch of them through the typed API (the
// same round as `sqs/cycle_batch10/body_5B` in benches/engines.rs); a cycle is
// one message sent, received and deleted. After a 3 s warm-up (the engine
// reaches its steady state, V8 tiers the code up), 15 samples of 20,000 rounds;
// prints the median and the range. Run:
//   node e2e/bench-wasm.mjs [dist-folder]
import fs from 'node:fs';
import { loadSwitchyard } from '../tests/js/load.mjs';

const dir = process.argv[2] ?? 'dist';
const sy = await loadSwitchyard(dir);
const wasm = fs.readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));

const warmupStart = performance.now();
while (performance.now() - warmupStart < 3000) sy.benchSqsCycles(1000);

const ROUNDS = 20_000;
const rates = [];
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  const cycles = sy.benchSqsCycles(ROUNDS);
  const ms = performance.now() - t0;
  if (cycles !== ROUNDS * 10) throw new Error(`expected ${ROUNDS * 10} cycles, got ${cycles}`);
  rates.push(cycles / (ms / 1000));
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
console.log(JSON.stringify({
  wasm_file: `${dir}/${wasm}`,
  node: process.version,
  cycles_per_sample: ROUNDS * 10,
  cycles_per_s_median: Math.round(median),
  cycles_per_s_min: Math.round(rates[0]),
  cycles_per_s_max: Math.round(rates[rates.length - 1]),
  ns_per_cycle_median: Number((1e9 / median).toFixed(1)),
}, null, 2));
