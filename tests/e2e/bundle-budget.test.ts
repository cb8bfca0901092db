// DESIGN.md budget: the content script, which every X, Facebook and LinkedIn tab loads, stays within
// 350 KB minified. Checked on the build the e2e suite runs against (a size, not a timing).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { EXTENSION_DIR } from './harness';

const CONTENT_SCRIPT_BUDGET_BYTES = 350_000;

test('every content script of the built extension is within 350 KB minified', () => {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  expect(scripts).toContain('content.js');
  const oversized = scripts
    .map((name) => ({ name, bytes: statSync(join(dir, name)).size }))
    .filter(({ bytes }) => bytes > CONTENT_SCRIPT_BUDGET_BYTES);
  expect(oversized).toEqual([]);
});
