// Before the end-to-end run: Chromium and Firefox ESR must be there (installed by
// scripts/ensure-browsers.sh when they can be), and both builds must exist (built here when missing,
// or always with E2E_BUILD=1).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM, EXTENSION, ROOT } from './harness';
import { FIREFOX, FIREFOX_EXTENSION } from './firefox-harness';

export default function setup(): void {
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync(FIREFOX)) {
    execFileSync('bash', [path.join(ROOT, 'scripts/ensure-browsers.sh')], { stdio: 'inherit' });
  }
  const version = (bin: string) => execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const pkg = (name: string) => (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  console.log(`e2e: ${version(CHROMIUM)}, playwright-core ${pkg('playwright-core')}; ${version(FIREFOX)}, puppeteer-core ${pkg('puppeteer-core')}`);
  const rebuild = process.env.E2E_BUILD === '1';
  if (rebuild || !fs.existsSync(path.join(EXTENSION, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (rebuild || !fs.existsSync(path.join(FIREFOX_EXTENSION, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
  }
}
