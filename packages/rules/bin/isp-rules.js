#!/usr/bin/env node
// Runs the compiled CLI (built by `npm run build`, which `npm install` runs at the root).
import '../dist/cli/run.js';
