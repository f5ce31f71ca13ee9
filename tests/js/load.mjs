// Loads the release wasm build (dist/, from `trunk build --release`) in Node and
// returns its exports, plus a request handler that lets an AWS SDK for JavaScript
// v3 client talk to Switchyard through handleAwsRequest.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadSwitchyard(dir = 'dist') {
  const js = fs.readdirSync(dir).find((f) => /^playground-.*\.js$/.test(f));
  const wasm = fs.readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
  if (!js || !wasm) throw new Error(`no wasm build in ${dir}: run trunk build --release`);
  const mod = await import(pathToFileURL(path.resolve(dir, js)).href);
  await mod.default({ module_or_path: fs.readFileSync(path.join(dir, wasm)) });
  return mod;
}

// A Smithy HttpHandler: the SDK's HttpRequest in, an HttpResponse out.
export function switchyardHandler(sy) {
  return {
    metadata: { handlerProtocol: 'switchyard' },
    async handle(request) {
      const query = request.query && Object.keys(request.query).length
        ? '?' + new URLSearchParams(request.query).toString() : '';
      let body = request.body;
      if (body instanceof Uint8Array) body = Buffer.from(body).toString('utf8');
      const resp = await sy.handleAwsRequest({
        method: request.method,
        url: (request.path || '/') + query,
        headers: request.headers,
        body: body ?? '',
      });
      const { Readable } = await import('node:stream');
      return {
        response: {
          statusCode: resp.status,
          headers: resp.headers,
          body: Readable.from([Buffer.from(resp.body, 'utf8')]),
        },
      };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs() { return {}; },
    destroy() {},
  };
}

// A tiny runner that prints "N passed, N failed" and exits non-zero on failure.
export async function run(tests) {
  let passed = 0, failed = 0;
  for (const [name, fn] of Object.entries(tests)) {
    try {
      await fn();
      passed++;
      console.log(`ok   ${name}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}\n     ${String(e && e.stack || e).split('\n').slice(0, 5).join('\n     ')}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed) process.exit(1);
}

export function assert(cond, msg) {
  if (!cond) throw new Error('assertion failed: ' + msg);
}

// Compares as JSON with object keys sorted (maps have no order).
function canon(v) {
  if (Array.isArray(v)) return v.map(canon);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])]));
  return v;
}

export function eq(a, b, msg = '') {
  const ja = JSON.stringify(canon(a)), jb = JSON.stringify(canon(b));
  if (ja !== jb) throw new Error(`${msg} expected ${jb}, got ${ja}`);
}
