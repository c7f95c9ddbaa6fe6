// Before the end-to-end run: Chromium must be there (installed by scripts/ensure-chromium.sh when
// it can be), and the Chrome build must exist (built here when missing, or always with E2E_BUILD=1).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM, EXTENSION, ROOT } from './harness';

export default function setup(): void {
  if (!fs.existsSync(CHROMIUM)) {
    execFileSync('bash', [path.join(ROOT, 'scripts/ensure-chromium.sh')], { stdio: 'inherit' });
  }
  const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  const pw = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/playwright-core/package.json'), 'utf8')) as { version: string }).version;
  console.log(`e2e: ${version}; playwright-core ${pw}`);
  if (process.env.E2E_BUILD === '1' || !fs.existsSync(path.join(EXTENSION, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
}
