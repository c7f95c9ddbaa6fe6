// `npm run analyze -- FILE|DIR [--json]`: the same lib/ pipeline the content script runs, on saved
// pages (.html/.htm, in their declared charset) or extracted text (.txt). Contract: README, "analyze".
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument, analyzeText } from '../lib/analyze';
import type { Analysis, AnalyzeResult } from '../lib/types';
import { decodeText, loadPage } from './lib/load';
import { formatResult } from './lib/format';

const PAGE = /\.html?$/i;
const TEXT = /\.txt$/i;

export function analyzeFile(file: string): AnalyzeResult {
  try {
    let a: Analysis;
    if (PAGE.test(file)) {
      a = analyzeDocument(loadPage(file), pathToFileURL(path.resolve(file)).href);
    } else if (TEXT.test(file)) {
      a = analyzeText(decodeText(fs.readFileSync(file)).text, null);
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

/** The files a path names: itself, or a directory's .html/.htm/.txt files, sorted, not recursive. */
function filesOf(target: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file or directory' : `cannot read it (${code ?? String(e)})`);
  }
  if (!stat.isDirectory()) return [target];
  const files = fs.readdirSync(target).filter((f) => PAGE.test(f) || TEXT.test(f)).sort();
  if (files.length === 0) process.stderr.write(`analyze: ${target} holds no .html, .htm or .txt file\n`);
  return files.map((f) => path.join(target, f));
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const targets = argv.filter((a) => !a.startsWith('--'));
  if (targets.length === 0) {
    process.stderr.write('usage: npm run analyze -- FILE|DIR [FILE|DIR …] [--json]\n');
    return 2;
  }
  // one file alone prints one object; a directory or several paths print an array
  let many = targets.length > 1;
  const results: AnalyzeResult[] = [];
  for (const target of targets) {
    try {
      const files = filesOf(target);
      if (fs.statSync(target).isDirectory()) many = true;
      results.push(...files.map(analyzeFile));
    } catch (e) {
      results.push(errorResult(target, e instanceof Error ? e.message : String(e)));
    }
  }
  if (json) process.stdout.write(JSON.stringify(many ? results : results[0], null, 2) + '\n');
  else process.stdout.write(results.map(formatResult).join('\n\n') + '\n');
  for (const r of results) if (r.error) process.stderr.write(`analyze: ${r.file}: ${r.error}\n`);
  return results.some((r) => r.error) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
