// `npm run clearpost -- ...`: runs the built CLI in this process, building it first only when a
// source changed (see build-cli.mjs), so a call costs what `node dist/clearpost.mjs` costs.

import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './build-cli.mjs';

const bundle = await ensureBuilt();
const { runAsProcess } = await import(pathToFileURL(bundle).href);
await runAsProcess();
