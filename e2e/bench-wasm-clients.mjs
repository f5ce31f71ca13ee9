// Issue 6's benchmark in the wasm build: one simulated hour of a world with 10
// queues, 10 producers at 100 msg/s and 50 consumers (workload::ClientsWorkload,
// the same world as `clients/10q_10p_50c` in benches/engines.rs), run in Node
// through `benchClientsMinutes`, timed by the wall clock here. Prints the wall
// time and how many times faster than real time it ran.
//   node e2e/bench-wasm-clients.mjs [dist-folder]
import { loadSwitchyard } from '../tests/js/load.mjs';

const sy = await loadSwitchyard(process.argv[2] || 'dist');
sy.benchClientsMinutes(1, true); // warm-up minute on a throw-away world
const start = performance.now();
let processed = sy.benchClientsMinutes(0, true);
for (let m = 0; m < 60; m++) processed += sy.benchClientsMinutes(1, false);
const wallS = (performance.now() - start) / 1000;
console.log(`one simulated hour: ${wallS.toFixed(2)} s wall, ${(3600 / wallS).toFixed(0)}x real time, ${processed} messages processed`);
