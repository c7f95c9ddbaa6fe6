// `npm start`: build the extension, analyse the bundled sample report page with the same lib/ the
// extension runs, and — on a machine with a display and Chromium — open Chromium with the extension
// loaded on that sample, served locally under its *.gov.cn name. Without a display or Chromium it
// prints the analysis, where the build is and how to load it, and exits: it never hangs or fails.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeDocument } from '../lib/analyze';
import { loadPage } from './lib/load';
import { formatResult } from './lib/format';
import { fixtures, serveFixtures, visitUrl, PAGES } from './lib/fixture-server';

const EXTENSION = path.resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const SAMPLE = 'heping-2023-report-strong-fullwidth.html';

function build(): boolean {
  try {
    execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
    return true;
  } catch {
    console.error('\nThe build failed (see above); the analysis below still runs from lib/.');
    return false;
  }
}

function printAnalysis(url: string): void {
  const { text: _t, method, ...rest } = analyzeDocument(loadPage(path.join(PAGES, SAMPLE)), url);
  console.log(`\n${formatResult({ file: `tests/fixtures/pages/${SAMPLE}`, ...rest })}\n(extracted by ${method})\n`);
}

function howToLoad(built: boolean): void {
  console.log(built ? `The built extension (Chrome, Manifest V3) is in ${EXTENSION}` : 'No build to load: fix the build error first.');
  console.log(`To use it: open chrome://extensions, turn on Developer mode, "Load unpacked", choose that folder;
then open a 法治政府建设年度报告 on a *.gov.cn site and click the Fazhi Lens button.
Firefox: \`npm run build\` also writes .output/firefox-mv2 (about:debugging → Load Temporary Add-on).`);
}

async function openBrowser(url: string): Promise<void> {
  const entries = fixtures();
  const server = await serveFixtures(entries);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-start-'));
  const visit = visitUrl(entries.find((e) => e.file === SAMPLE)!, server.port);
  void url;
  console.log(`Opening Chromium on ${visit} (served from 127.0.0.1). Close the browser to stop.`);
  const child = spawn(CHROMIUM, [
    `--user-data-dir=${profile}`, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`,
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP *.gov.cn 127.0.0.1', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), visit,
  ], { stdio: 'ignore' });
  await new Promise<void>((resolve) => { child.on('exit', () => resolve()); child.on('error', () => resolve()); });
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const built = build();
  const sample = fixtures().find((e) => e.file === SAMPLE);
  printAnalysis(sample?.url ?? '');
  howToLoad(built);
  const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!built) process.exitCode = 1;
  if (!built || !display || !fs.existsSync(CHROMIUM) || process.env.CI) {
    console.log(`\n(No browser opened: ${!built ? 'no build' : !display ? 'no display' : !fs.existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (scripts/ensure-browsers.sh installs it)` : 'CI'}.)`);
    return;
  }
  await openBrowser(sample?.url ?? '');
}

void main();
