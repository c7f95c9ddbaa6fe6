// The whole panel for one tab, as a pure view: the App feeds it the tab's state and callbacks.
// The root carries data-state (loading | report | not-report | error) for tests and users' scripts.
import type { ComponentChildren } from 'preact';
import type { ErrorCode, TabView } from '../../lib/messages';
import type { Translate } from '../../lib/i18n';
import { MetaCard } from './MetaCard';
import { OutlineTree } from './OutlineTree';
import { PartsCard } from './PartsCard';
import { IndicatorList } from './IndicatorList';
import { Reasons } from './Reasons';

/** Error codes from the background and the panel, and the words for them. */
const ERRORS: Record<ErrorCode, string> = {
  'no-access': 'errorNoAccess',
  'no-tab': 'noTab',
  'no-agent': 'errorNoAgent',
  'bad-reply': 'errorBadReply',
  'analysis-failed': 'errorAnalysisFailed',
  'no-background': 'errorNoBackground',
};
/** Anything else (an older agent still in a page, a browser message) is not shown raw: only its code, for bug reports. */
const errorKey = (code: string): string => (Object.hasOwn(ERRORS, code) ? ERRORS[code as ErrorCode] : 'errorUnknown');

export type PanelState = 'loading' | 'report' | 'not-report' | 'error';

/** The panel's state for a tab's view (null: not asked yet). */
export function panelState(view: TabView | null): PanelState {
  if (!view || view.status === 'pending') return 'loading';
  if (view.status === 'error') return 'error';
  return view.status === 'report' && view.analysis ? 'report' : 'not-report';
}

export interface PanelViewProps {
  view: TabView | null;
  t: Translate;
  lang: 'zh' | 'en';
  onReveal(start: number, end: number, highlight: boolean): void;
  onAnalyze(): void;
  /** absent when the panel already is a tab */
  onOpenInTab?: () => void;
  /** the collection's save bar, when the report can be saved */
  saveBar?: ComponentChildren;
}

export function PanelView({ view, t, lang, onReveal, onAnalyze, onOpenInTab, saveBar }: PanelViewProps) {
  const state = panelState(view);
  const analysis = view?.analysis ?? null;
  return (
    <div class="panel" data-state={state} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header class="bar">
        <span class="brand">{t('extName')}</span>
        {onOpenInTab && view && (
          <button type="button" class="link small" onClick={onOpenInTab}>{t('openInTab')}</button>
        )}
      </header>
      {state === 'loading' && <p class="status" role="status">{t('loading')}</p>}
      {state === 'error' && (
        <div class="status error" role="alert" data-error={view?.error ?? undefined}>
          <p><strong>{t('error')}</strong></p>
          {view?.error && <p class="muted">{t(errorKey(view.error))}</p>}
          {view?.error !== 'no-tab' && <button type="button" class="primary" onClick={onAnalyze}>{t('analyzeNow')}</button>}
        </div>
      )}
      {state === 'not-report' && view && (
        <div class="status not-report" role="status">
          {view.status === 'unknown' ? (
            <>
              <p><strong>{t('notAnalysed')}</strong></p>
              <p class="muted">{t('notAnalysedHint')}</p>
              <button type="button" class="primary" onClick={onAnalyze}>{t('analyzeNow')}</button>
            </>
          ) : (
            <>
              <p><strong>{t('notReport')}</strong></p>
              {view.detection && view.detection.reasons.length > 0 && (
                <Reasons reasons={view.detection.reasons} t={t} />
              )}
              {!analysis && <button type="button" class="primary" onClick={onAnalyze}>{t('analyzeAnyway')}</button>}
            </>
          )}
        </div>
      )}
      {analysis && (
        <>
          <MetaCard analysis={analysis} detection={view?.detection ?? analysis} t={t} />
          {saveBar}
          <section class="card" aria-labelledby="outline-title">
            <h2 id="outline-title">{t('outline')}</h2>
            <OutlineTree key={analysis.chars + analysis.text.slice(0, 40)} outline={analysis.outline} t={t} onReveal={(s, e) => onReveal(s, e, false)} />
          </section>
          <PartsCard sections={analysis.sections} compliance={analysis.compliance} t={t} onReveal={(s, e) => onReveal(s, e, false)} />
          <section class="card" aria-labelledby="ind-title">
            <h2 id="ind-title">{t('indicators')}</h2>
            <IndicatorList indicators={analysis.indicators} lang={lang} t={t} onReveal={(s, e) => onReveal(s, e, true)} />
          </section>
        </>
      )}
    </div>
  );
}
