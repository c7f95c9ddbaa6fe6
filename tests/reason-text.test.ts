// The English rendering of the verdict's reasons: every reason the pipeline gives on the fixtures has
// one, with nothing left in Chinese but the words it quotes from the page; hand-written examples for
// the ones the fixtures do not produce.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../lib/analyze';
import { detect } from '../lib/detect';
import { reasonInEnglish } from '../lib/reason-text';
import { loadPage } from '../scripts/lib/load';

const FIX = path.resolve(__dirname, 'fixtures');

function allReasons(): Set<string> {
  const out = new Set<string>();
  const pages: Array<{ file: string; url: string }> = JSON.parse(fs.readFileSync(path.join(FIX, 'pages/index.json'), 'utf8'));
  for (const p of pages) {
    const doc = loadPage(path.join(FIX, 'pages', p.file));
    for (const r of detect(doc, p.url).reasons) out.add(r);
    for (const r of analyzeDocument(loadPage(path.join(FIX, 'pages', p.file)), p.url).reasons) out.add(r);
  }
  for (const dir of ['seeds', 'genre']) {
    for (const f of fs.readdirSync(path.join(FIX, dir))) {
      const file = path.join(FIX, dir, f);
      if (f.endsWith('.txt')) for (const r of analyzeText(fs.readFileSync(file, 'utf8'), null).reasons) out.add(r);
      if (f.endsWith('.html')) for (const r of analyzeDocument(loadPage(file), 'http://www.example.gov.cn/a.html').reasons) out.add(r);
    }
  }
  return out;
}

// what is left once the words quoted from the page are taken out
const unquoted = (s: string) => s.replace(/「[^」]*」|"[^"]*"|\([^)]*\)/g, '');

describe('reasons in English', () => {
  const reasons = [...allReasons()];

  it('the fixtures give a good variety of reasons', () => {
    expect(reasons.length).toBeGreaterThan(30);
  });

  for (const reason of reasons) {
    it(`renders 「${reason}」`, () => {
      const en = reasonInEnglish(reason);
      expect(en).not.toBeNull();
      expect(unquoted(en!)).not.toMatch(/[\u3400-\u9fff]/);
    });
  }

  it('keeps the words quoted from the page, and the numbers', () => {
    expect(reasonInEnglish('标题含"法治政府建设…报告":「滨海县2024年法治政府建设年度报告」')).toBe(
      'The title says "法治政府建设…报告" (annual report on law-based government): 「滨海县2024年法治政府建设年度报告」',
    );
    expect(reasonInEnglish('正文14次提及"法治政府建设"')).toBe('The body mentions "法治政府建设" 14 times');
    expect(reasonInEnglish('非政府网站转载(news.example.com)')).toBe("Reprinted on a site that is not a government's (news.example.com)");
    expect(reasonInEnglish('正文含"主要举措和成效""存在的问题""下一步"等年度报告部分')).toBe(
      "The body has the annual report's parts: measures and results, problems, next steps",
    );
    expect(reasonInEnglish('提取正文后复核:置信度0.62→0.91')).toBe('Checked again on the extracted text: confidence 0.62 → 0.91');
  });

  it('renders the extraction fallbacks', () => {
    expect(reasonInEnglish('页面元素过多（12034），未运行 Readability，取最大文本块')).toBe(
      'The page has too many elements (12034): Readability not run, the largest text block taken',
    );
    expect(reasonInEnglish('Readability 只取到片段（120/3400 字），改取最大文本块')).toBe(
      'Readability found only a fragment (120/3400 characters): the largest text block taken',
    );
    expect(reasonInEnglish('Readability 未识别出正文，取最大文本块')).toBe('Readability found no article: the largest text block taken');
    expect(reasonInEnglish('页面没有可提取的正文')).toBe('The page has no text to extract');
  });

  it('leaves a reason it does not know to be shown as written', () => {
    expect(reasonInEnglish('某个新的理由')).toBeNull();
  });
});
