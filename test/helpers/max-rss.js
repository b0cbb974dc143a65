'use strict';
// Preloaded by tests (node -r) into the binary they run: when the process
// exits, its peak resident memory in kilobytes goes to the file named by
// SLA_TEST_MAX_RSS, so a test can check that a run stayed bounded.
const fs = require('fs');

process.on('exit', () => {
  const file = process.env.SLA_TEST_MAX_RSS;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
