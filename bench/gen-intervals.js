#!/usr/bin/env node
'use strict';
// Writes an intervals CSV of instance outages (instance,start,end,cause): `resources` instances,
// rows spread evenly over three months, each 1 s to 2 h long (a few left open), deterministic for a
// given row and resource count. The per-resource benchmark's data (bench/per-resource.js).
const fs = require('fs');
const path = require('path');

const START = Date.UTC(2026, 0, 1);
const SPAN = Date.UTC(2026, 3, 1) - START;
const CAUSES = ['network', 'host', 'storage', 'power'];

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

const stamp = (ms) => new Date(ms).toISOString().slice(0, 19) + 'Z';

function generate(rows, resources, file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  const random = rng(20260401);
  const step = SPAN / rows;
  let chunk = 'instance,start,end,cause\n';
  for (let i = 0; i < rows; i++) {
    const start = START + Math.floor(i * step + random() * step);
    const instance = `i-${String((random() * resources) | 0).padStart(5, '0')}`;
    const length = 1000 + Math.floor(random() * random() * 7_200_000);
    const open = random() < 0.0001;
    chunk += `${instance},${stamp(start)},${open ? '' : stamp(start + length)},${CAUSES[(random() * CAUSES.length) | 0]}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
}

module.exports = { generate };

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 1000000);
  const resources = Number(process.argv[3] ?? 10000);
  const file = process.argv[4] ?? path.join(__dirname, 'out', `intervals-${rows}-${resources}.csv`);
  generate(rows, resources, file);
  console.log(`${file}: ${rows} rows, ${resources} resources, ${(fs.statSync(file).size / 1e6).toFixed(0)} MB`);
}
