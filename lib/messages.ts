// The one message protocol between the content script (detection on *.gov.cn), the page agent
// (analysis, injected on reports or on request), the background and the panel. Every message is
// checked against these schemas where it arrives; anything that does not parse, or that does not come
// from this extension, is dropped. Pure: no browser globals, the sender's id is passed in.
import * as v from 'valibot';
import type { Analysis, OutlineNode } from './types';

const Role = v.picklist(['measures', 'problems', 'leader_duty', 'next_year', 'other']);
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));

export const DetectionSchema = v.object({
  isReport: v.boolean(),
  confidence: v.number(),
  reasons: v.array(v.string()),
});

const OutlineNodeSchema: v.GenericSchema<OutlineNode> = v.object({
  kind: v.picklist(['heading', 'part', 'enumeration']),
  level: v.number(),
  marker: v.string(),
  title: v.string(),
  start: Offset,
  children: v.array(v.lazy(() => OutlineNodeSchema)),
});

export const AnalysisSchema = v.object({
  ...DetectionSchema.entries,
  meta: v.object({
    title: v.nullable(v.string()),
    issuer: v.nullable(v.string()),
    region: v.nullable(v.string()),
    regionLevel: v.nullable(v.picklist(['province', 'city', 'district', 'county', 'town', 'department'])),
    reportYear: v.nullable(v.number()),
    publishedAt: v.nullable(v.string()),
    source: v.nullable(v.string()),
    url: v.nullable(v.string()),
  }),
  outline: v.array(OutlineNodeSchema),
  sections: v.array(v.object({ role: Role, title: v.string(), start: Offset })),
  compliance: v.object({
    parts: v.object({ measures: v.boolean(), problems: v.boolean(), leader_duty: v.boolean(), next_year: v.boolean(), other: v.boolean() }),
    deadline: v.nullable(v.string()),
    publishedOnTime: v.nullable(v.boolean()),
  }),
  indicators: v.array(
    v.object({
      key: v.nullable(v.string()),
      kind: v.picklist(['count', 'amount', 'rate', 'growth']),
      label: v.string(),
      value: v.number(),
      unit: v.string(),
      approx: v.boolean(),
      target: v.boolean(),
      quote: v.string(),
      start: Offset,
    }),
  ),
  chars: v.number(),
  text: v.string(),
  method: v.picklist(['readability', 'largest-block', 'text']),
});

/**
 * What is known about one tab. `unknown`: nothing ran there (a site outside *.gov.cn not analysed
 * yet); `pending`: analysis under way; `error`: it failed or we may not touch the page.
 */
export const TabStatus = v.picklist(['unknown', 'pending', 'report', 'not-report', 'error']);
export type TabStatus = v.InferOutput<typeof TabStatus>;

export const TabViewSchema = v.object({
  tabId: TabId,
  url: v.nullable(v.string()),
  status: TabStatus,
  detection: v.nullable(DetectionSchema),
  analysis: v.nullable(AnalysisSchema),
  error: v.nullable(v.string()),
  /** where the time went in the page, ms: detection, and analysis (Readability + lib) when it ran */
  timings: v.object({ detectMs: v.nullable(v.number()), analyzeMs: v.nullable(v.number()) }),
  /** whether the analysis code was loaded into the page at all */
  agent: v.boolean(),
});
export type TabView = v.InferOutput<typeof TabViewSchema>;

/** The page agent's answer to get/analyze: the tab part of a TabView, known only to the page. */
export const PageReplySchema = v.object({
  url: v.string(),
  status: v.picklist(['report', 'not-report', 'error']),
  detection: DetectionSchema,
  analysis: v.nullable(AnalysisSchema),
  error: v.nullable(v.string()),
  timings: v.object({ detectMs: v.nullable(v.number()), analyzeMs: v.nullable(v.number()) }),
});
export type PageReply = v.InferOutput<typeof PageReplySchema>;

export const RevealReplySchema = v.object({ ok: v.boolean(), how: v.picklist(['highlight', 'overlay', 'scroll', 'none']) });
export type RevealReply = v.InferOutput<typeof RevealReplySchema>;

const Reveal = { start: Offset, end: Offset, highlight: v.boolean() };

export const MessageSchema = v.variant('type', [
  // content script → background: the verdict of the cheap detection at document idle
  v.object({ type: v.literal('detected'), url: v.string(), detection: DetectionSchema, detectMs: v.number() }),
  // background → page agent
  v.object({ type: v.literal('page-get') }),
  v.object({ type: v.literal('page-analyze'), force: v.boolean() }),
  v.object({ type: v.literal('page-reveal'), ...Reveal }),
  // panel → background
  v.object({ type: v.literal('tab-get'), tabId: TabId }),
  v.object({ type: v.literal('tab-analyze'), tabId: TabId, force: v.boolean() }),
  v.object({ type: v.literal('tab-reveal'), tabId: TabId, ...Reveal }),
  // background → panels: something changed for this tab, ask again
  v.object({ type: v.literal('tab-changed'), tabId: TabId }),
]);
export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** The reply each request expects (void: none). */
export interface Replies {
  detected: void;
  'page-get': PageReply | null;
  'page-analyze': PageReply;
  'page-reveal': RevealReply;
  'tab-get': TabView;
  'tab-analyze': TabView;
  'tab-reveal': RevealReply;
  'tab-changed': void;
}

const replySchemas = {
  'page-get': v.nullable(PageReplySchema),
  'page-analyze': PageReplySchema,
  'page-reveal': RevealReplySchema,
  'tab-get': TabViewSchema,
  'tab-analyze': TabViewSchema,
  'tab-reveal': RevealReplySchema,
} as const;

/** What a listener sees of the sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/**
 * The message, if it is one of ours from our own extension; null otherwise. `ownId` is
 * browser.runtime.id. Web pages cannot reach runtime.onMessage, but other extensions can reach
 * onMessageExternal and a compromised frame could try: the id check and the schema are the gate.
 */
export function acceptMessage(raw: unknown, sender: SenderInfo, ownId: string): Message | null {
  if (!sender || sender.id !== ownId) return null;
  const parsed = v.safeParse(MessageSchema, raw);
  return parsed.success ? parsed.output : null;
}

/** Where our own extension pages live: browser.runtime.getURL('/'). */
export interface Own {
  id: string;
  pages: string;
}

/**
 * Whether this kind of message may come from this sender, beyond being from our extension at all: a
 * content script also carries our id, and runs in pages we do not trust. The panel's requests (tab-*)
 * come only from our extension pages; the detection verdict only from a content script in a tab's
 * top frame; what the background sends (page-*, tab-changed) never from a tab.
 */
export function allowedFrom(msg: Message, sender: SenderInfo, ownPages: string): boolean {
  const ourPage = sender.url?.startsWith(ownPages) === true;
  switch (msg.type) {
    case 'detected':
      return sender.tab?.id !== undefined && !ourPage && (sender.frameId ?? 0) === 0;
    case 'tab-get':
    case 'tab-analyze':
    case 'tab-reveal':
      return ourPage;
    case 'page-get':
    case 'page-analyze':
    case 'page-reveal':
    case 'tab-changed':
      return sender.tab === undefined;
  }
}

/** acceptMessage, and only from a sender that may send that kind of message (allowedFrom). */
export function acceptFrom(raw: unknown, sender: SenderInfo, own: Own): Message | null {
  const msg = acceptMessage(raw, sender, own.id);
  return msg && allowedFrom(msg, sender, own.pages) ? msg : null;
}

/**
 * The error codes a TabView carries; the panel words each one. Raw exception text never reaches the
 * reader: it is in English whatever the UI language, and says nothing a reader can act on.
 */
export const ERROR_CODES = ['no-access', 'no-tab', 'no-agent', 'bad-reply', 'analysis-failed', 'no-background'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A reply that did not pass its schema. */
export class ReplyError extends Error {}

/** The code for a failed exchange: a malformed reply, or else `otherwise` (the other end is gone). */
export function errorCode(e: unknown, otherwise: ErrorCode): ErrorCode {
  return e instanceof ReplyError ? 'bad-reply' : otherwise;
}

/** A reply, checked: the other end is ours, but it runs in a page we do not trust to stay intact. */
export function parseReply<T extends keyof typeof replySchemas>(type: T, raw: unknown): Replies[T] {
  const parsed = v.safeParse(replySchemas[type], raw);
  if (!parsed.success) throw new ReplyError(`bad reply to ${type}: ${parsed.issues[0]?.message ?? 'invalid'}`);
  return parsed.output as Replies[T];
}

/** Validates an Analysis (e.g. one read back from storage). */
export function isAnalysis(x: unknown): x is Analysis {
  return v.is(AnalysisSchema, x);
}

/** Build a message with its type checked at compile time. */
export function message<T extends Message['type']>(m: MessageOf<T>): MessageOf<T> {
  return m;
}
