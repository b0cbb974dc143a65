#!/usr/bin/env node
'use strict';
// Writes a requests CSV like the reference `requests` source
// (timestamp,service,route,method,status,latency_ms): a realistic mix spread
// evenly over three months, deterministic for a given row count.
const fs = require('fs');
const path = require('path');

const START = Date.UTC(2026, 0, 1);
const SPAN = Date.UTC(2026, 3, 1) - START;
const ROUTES = [
  ['/', 'GET', 30], ['/checkout', 'POST', 12], ['/api/cart', 'POST', 14], ['/search', 'GET', 18],
  ['/product/4711', 'GET', 16], ['/account', 'GET', 6], ['/static/app.js', 'GET', 4],
];
const SERVICES = [['shop-hosting', 85], ['mail-relay', 10], ['cdn', 5]];

function weighted(list) {
  const out = [];
  for (const item of list) for (let i = 0; i < item[item.length - 1]; i++) out.push(item);
  return out;
}

/** A small xorshift generator: the same rows every run. */
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

function generate(rows, file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  const routes = weighted(ROUTES);
  const services = weighted(SERVICES);
  const random = rng(20260101);
  const step = SPAN / rows;
  let chunk = 'timestamp,service,route,method,status,latency_ms\n';
  for (let i = 0; i < rows; i++) {
    const t = new Date(START + Math.floor(i * step + random() * step)).toISOString().slice(0, 19) + 'Z';
    const [route, method] = routes[(random() * routes.length) | 0];
    const service = services[(random() * services.length) | 0][0];
    const r = random();
    const status = r < 0.004 ? 502 : r < 0.006 ? 500 : r < 0.03 ? 404 : r < 0.05 ? 201 : 200;
    // roughly log-normal latency: most requests fast, a long tail
    const latency = Math.round(Math.exp(5 + 0.6 * gauss(random)) + (status >= 500 ? 300 : 0));
    chunk += `${t},${service},${route},${method},${status},${latency}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
}

function gauss(random) {
  return Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
}

module.exports = { generate };

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 1000000);
  const file = process.argv[3] ?? path.join(__dirname, 'out', `requests-${rows}.csv`);
  generate(rows, file);
  console.log(`${file}: ${rows} rows, ${(fs.statSync(file).size / 1e6).toFixed(0)} MB`);
}
