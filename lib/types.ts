// The data types shared by lib/, the analyze command, the content script, the panel and the
// collection. Declared once here; the report object follows docs in README ("The report object").

export type RegionLevel = 'province' | 'city' | 'district' | 'county' | 'town' | 'department';
export type Role = 'measures' | 'problems' | 'leader_duty' | 'next_year' | 'other';
export const ROLES: readonly Role[] = ['measures', 'problems', 'leader_duty', 'next_year', 'other'];

/** The verdict of detection: is this a 法治政府建设年度报告, how sure, and why (readable). */
export interface Detection {
  isReport: boolean;
  confidence: number; // 0..1
  reasons: string[];
}

/** What the page itself says about the article, before any reading of the body text. */
export interface PageMeta {
  /** gov meta tags by lower-cased name: articletitle, pubdate, contentsource, sitename, columnname… */
  tags: Record<string, string>;
  /** the document's <title> */
  docTitle: string | null;
  /** the visible article title when the page marks one (h1, .title…) */
  visibleTitle: string | null;
  /** the portal's info line, as found (来源：… 发布时间：…) */
  infoLine: string | null;
  url: string | null;
}

/** The article as extracted from a page (or a .txt file taken as already extracted). */
export interface Extraction {
  title: string | null;
  /** body text: paragraphs separated by '\n', a heading on its own line stays on its own line */
  text: string;
  method: 'readability' | 'largest-block' | 'text';
  reasons: string[];
  page: PageMeta;
}

export interface ReportMeta {
  title: string | null;
  issuer: string | null;
  region: string | null;
  regionLevel: RegionLevel | null;
  reportYear: number | null;
  publishedAt: string | null; // YYYY-MM-DD
  source: string | null;
  url: string | null;
}

export interface OutlineNode {
  kind: 'heading' | 'part' | 'enumeration';
  level: number; // depth in the tree, 1 = top
  marker: string; // 一、 （一） 1. （1） 一是 … ('' for a part)
  title: string;
  start: number; // UTF-16 offset into the extracted text
  children: OutlineNode[];
}

export interface Section {
  role: Role;
  title: string;
  start: number;
}

export interface Compliance {
  parts: Record<Role, boolean>;
  deadline: string | null; // YYYY-04-01 of the year after reportYear
  publishedOnTime: boolean | null;
}

export interface Indicator {
  key: string | null;
  kind: 'count' | 'amount' | 'rate' | 'growth';
  label: string;
  value: number;
  unit: string;
  approx: boolean;
  target: boolean;
  quote: string; // verbatim substring of the text
  start: number; // offset of quote in the text
}

/** Everything the product knows about one page: the report object of the analyze command, plus the text. */
export interface Analysis extends Detection {
  meta: ReportMeta;
  outline: OutlineNode[];
  sections: Section[];
  compliance: Compliance;
  indicators: Indicator[];
  chars: number;
  /** the extracted text every offset refers to */
  text: string;
  method: Extraction['method'];
}

/** One line of `npm run analyze -- … --json` (text left out: offsets refer to it, but it is the input). */
export type AnalyzeResult = Omit<Analysis, 'text' | 'method'> & { file: string; error?: string };
