#!/usr/bin/env node
'use strict';
// A shim: everything else lives in dist/, built by `npm ci` (prepare).
import('../dist/sla.mjs').then(
  (sla) => sla.main(process.argv).then((code) => {
    process.exitCode = code;
  }),
  (e) => {
    process.stderr.write(`sla: cannot start (${e.message}); run \`npm run build\` first\n`);
    process.exitCode = 2;
  },
);
