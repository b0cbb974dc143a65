#!/usr/bin/env node
'use strict';
// A shim: everything else lives in the bundle, so start-up loads one file.
require('../dist/sla.js')
  .main(process.argv)
  .then((code) => { process.exitCode = code; });
