// The analyze command as a user runs it: files in any common encoding, directories, bad paths.
// Expectations come from the seeds' hand-made gold (tests/fixtures/gold), not from our output.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, sniffCharset } from '../scripts/lib/load';

const SEEDS = path.resolve('tests/fixtures/seeds');
const seed = (id: string) => fs.readFileSync(path.join(SEEDS, `${id}.txt`), 'utf8');
const gold = (id: string) => JSON.parse(fs.readFileSync(path.resolve('tests/fixtures/gold', `${id}.json`), 'utf8')) as { title: string | null; report_year: number };

interface Row { file: string; error?: string; isReport: boolean; meta: { title: string | null; reportYear: number | null } }

function analyze(...args: string[]): { status: number; rows: Row[] | Row; stderr: string } {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, rows: JSON.parse(out) as Row[] | Row, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, rows: JSON.parse(err.stdout) as Row[] | Row, stderr: err.stderr };
  }
}

describe('text files are decoded whatever their encoding', () => {
  const text = seed('003_cf074fb9deb89154');
  it('reads UTF-8, GBK and UTF-16 with a BOM alike', () => {
    expect(decodeText(Buffer.from(text, 'utf8')).text).toBe(text);
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, charset: 'gb18030' });
    expect(decodeText(iconv.encode(text, 'utf-16le', { addBOM: true })).text).toBe(text);
  });
  it('a page that declares no charset is read as GB18030 when it is not UTF-8', () => {
    const page = `<html><head><title>和平县</title></head><body><p>${text}</p></body></html>`;
    expect(sniffCharset(iconv.encode(page, 'gbk'))).toBe('gb18030');
    expect(sniffCharset(Buffer.from(page, 'utf8'))).toBe('utf-8');
  });
});

describe('npm run analyze', () => {
  it('analyses a directory and a GBK text file, and reports a missing path as an error object with exit 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fz-cli-'));
    const id = '003_cf074fb9deb89154';
    fs.writeFileSync(path.join(dir, 'gbk.txt'), iconv.encode(seed(id), 'gbk'));
    const missing = path.join(dir, 'no-such-file.html');
    const { status, rows, stderr } = analyze(SEEDS, path.join(dir, 'gbk.txt'), missing);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(status).toBe(1);
    expect(Array.isArray(rows)).toBe(true);
    const list = rows as Row[];
    expect(list).toHaveLength(7);
    expect(list.slice(0, 5).every((r) => r.isReport && !r.error)).toBe(true);
    expect(list[5].meta.title).toBe(gold(id).title);
    expect(list[5].meta.reportYear).toBe(gold(id).report_year);
    expect(list[6]).toMatchObject({ file: missing, isReport: false });
    expect(list[6].error).toMatch(/no such file/);
    expect(stderr).toContain('no-such-file.html');
  }, 60_000);
});
