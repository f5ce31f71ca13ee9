// The wasm build's Kinesis put-and-read rate for BENCHMARKS.md: the release
// build (dist/) loaded in Node, its `benchKinesisRecords(rounds, keys)` export
// timed with performance.now(). A round is PutRecords of 500 records, a minute
// on the virtual clock, and GetRecords of those 500 (the same round as
// `kinesis/put_get_batch500` in benches/engines.rs). After a 3 s warm-up, 15
// samples of 200 rounds for 50 reused partition keys and for 500 distinct ones;
// prints the median and the range. Run:
//   node e2e/bench-wasm-kinesis.mjs [dist-folder]
import { loadSwitchyard } from '../tests/js/load.mjs';

const dir = process.argv[2] ?? 'dist';
const sy = await loadSwitchyard(dir);
const ROUNDS = 200;
const out = { node: process.version };
for (const keys of [50, 500]) {
  const warm = performance.now();
  while (performance.now() - warm < 3000) sy.benchKinesisRecords(20, keys);
  const rates = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    const records = sy.benchKinesisRecords(ROUNDS, keys);
    const ms = performance.now() - t0;
    if (records !== ROUNDS * 500) throw new Error(`expected ${ROUNDS * 500} records, got ${records}`);
    rates.push(records / (ms / 1000));
  }
  rates.sort((a, b) => a - b);
  out[`keys_${keys}`] = {
    records_per_s_median: Math.round(rates[Math.floor(rates.length / 2)]),
    records_per_s_min: Math.round(rates[0]),
    records_per_s_max: Math.round(rates[rates.length - 1]),
  };
}
console.log(JSON.stringify(out, null, 2));
