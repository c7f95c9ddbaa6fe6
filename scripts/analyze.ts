// `npm run analyze -- FILE|DIR [--json]`: the same lib/ pipeline the content script runs, on saved
// pages (.html/.htm, in their declared charset) or extracted text (.txt). Contract: README, "analyze".
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument, analyzeText } from '../lib/analyze';
import type { Analysis, AnalyzeResult } from '../lib/types';
import { loadPage } from './lib/load';
import { formatResult } from './lib/format';

const PAGE = /\.html?$/i;
const TEXT = /\.txt$/i;

export function analyzeFile(file: string): AnalyzeResult {
  try {
    let a: Analysis;
    if (PAGE.test(file)) {
      a = analyzeDocument(loadPage(file), pathToFileURL(path.resolve(file)).href);
    } else if (TEXT.test(file)) {
      a = analyzeText(fs.readFileSync(file, 'utf8'), null);
    } else {
      throw new Error('not a .html, .htm or .txt file');
    }
    const { text: _text, method: _method, ...rest } = a;
    return { file, ...rest };
  } catch (e) {
    return errorResult(file, e instanceof Error ? e.message : String(e));
  }
}

function errorResult(file: string, error: string): AnalyzeResult {
  return {
    file, error, isReport: false, confidence: 0, reasons: [],
    meta: { title: null, issuer: null, region: null, regionLevel: null, reportYear: null, publishedAt: null, source: null, url: null },
    outline: [], sections: [],
    compliance: { parts: { measures: false, problems: false, leader_duty: false, next_year: false, other: false }, deadline: null, publishedOnTime: null },
    indicators: [], chars: 0,
  };
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const target = argv.find((a) => !a.startsWith('--'));
  if (!target) {
    process.stderr.write('usage: npm run analyze -- FILE|DIR [--json]\n');
    return 2;
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    process.stderr.write(`analyze: cannot read ${target}: no such file or directory\n`);
    return 2;
  }
  const results = stat.isDirectory()
    ? fs.readdirSync(target).filter((f) => PAGE.test(f) || TEXT.test(f)).sort().map((f) => analyzeFile(path.join(target, f)))
    : [analyzeFile(target)];
  if (json) process.stdout.write(JSON.stringify(stat.isDirectory() ? results : results[0], null, 2) + '\n');
  else process.stdout.write(results.map(formatResult).join('\n\n') + '\n');
  return results.some((r) => r.error) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
