// Wires the collection page to the store: loads the list, applies edits, removals (with undo),
// imports and exports, and reloads when another tab or the side panel changed the collection.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { exportBackup, parseBackup } from '../../lib/collection/backup';
import { buildComparison } from '../../lib/collection/compare';
import { comparisonCsv, indicatorsCsv, outlineMarkdown } from '../../lib/collection/export';
import { displayTitle } from '../../lib/collection/queries';
import type { Collection, Patch, ReportSummary, SavedReport } from '../../lib/collection/types';
import { CollectionPage } from '../../components/collection/CollectionPage';
import { errorMessage } from '../../components/collection/errors';

/** Other collection pages and the side panel post here after a change, so every view reloads. */
import { CHANNEL } from '../../lib/collection/types';

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const today = () => new Date().toISOString().slice(0, 10);
const safeName = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80);

function idFromHash(): string | null {
  const m = /^#id=(.+)$/.exec(location.hash);
  return m ? decodeURIComponent(m[1]!) : null;
}

export function App({ open }: { open: () => Promise<Collection> }) {
  const col = useRef<Collection | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  const wantFull = useRef(false);
  const [records, setRecords] = useState<ReportSummary[]>([]);
  const [full, setFull] = useState<SavedReport[] | null>(null);
  const [openRecord, setOpenRecord] = useState<SavedReport | null>(null);
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [removed, setRemoved] = useState<SavedReport | null>(null);
  const [openId, setOpenId] = useState<string | null>(idFromHash());

  const store = async () => (col.current ??= await open());

  const show = (id: string | null) => {
    location.hash = id ? `id=${encodeURIComponent(id)}` : '';
    setOpenId(id);
  };

  /**
   * The summaries first (the table), then the full records for full-text search, read once the
   * table is drawn so the reader can work meanwhile (seconds for thousands of reports).
   */
  const reload = useCallback(async () => {
    try {
      const c = await store();
      setRecords(await c.summaries());
      setError(null);
      setLoading(false);
      wantFull.current = true;
      await new Promise((r) => setTimeout(r, 50));
      setFull(await c.list());
    } catch (e) {
      setError(errorMessage(e, t));
      setLoading(false);
    }
  }, [open]);

  useEffect(() => {
    void reload();
    const ch = new BroadcastChannel(CHANNEL);
    ch.onmessage = () => void reload();
    channel.current = ch;
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    const onHash = () => setOpenId(idFromHash());
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('hashchange', onHash);
    return () => {
      ch.close();
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('hashchange', onHash);
      col.current?.close();
    };
  }, [reload]);

  // the report shown is read whole (text, outline, every figure) when it is opened or changed
  useEffect(() => {
    let live = true;
    if (!openId) setOpenRecord(null);
    else
      void store()
        .then((c) => c.get(openId))
        .then((r) => {
          if (!live) return;
          if (r) setOpenRecord(r);
          else show(null);
        })
        .catch((e: unknown) => live && setError(errorMessage(e, t)));
    return () => {
      live = false;
    };
  }, [openId, records]);

  /** Run a change, then reload and tell the other views; a failure is shown and changes nothing. */
  const change = async (fn: (c: Collection) => Promise<string | null>) => {
    setBusy(true);
    try {
      const message = await fn(await store());
      setNotice(message);
      setError(null);
      channel.current?.postMessage('changed');
      await reload();
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  /** Exports that need every figure or the texts read the full records when asked. */
  const exporting = (fn: (all: SavedReport[]) => void) =>
    void store()
      .then((c) => c.list())
      .then(fn)
      .catch((e: unknown) => setError(errorMessage(e, t)));

  return (
    <CollectionPage
      records={records}
      full={full}
      open={openRecord}
      loading={loading}
      busy={busy}
      error={error}
      notice={notice}
      openId={openId}
      t={t}
      onNeedTexts={() => {
        if (wantFull.current) return; // already on its way
        void reload();
      }}
      onOpen={show}
      onEdit={(id, patch: Patch) => void change(async (c) => (await c.update(id, patch), null))}
      onRemove={(id) =>
        void change(async (c) => {
          const r = await c.remove(id);
          setRemoved(r);
          if (openId === id) show(null);
          return r ? t('col_removedTitle', displayTitle(r)) : null;
        })
      }
      onUndo={
        removed
          ? () =>
              void change(async (c) => {
                await c.restore(removed);
                setRemoved(null);
                return null;
              })
          : null
      }
      onImport={(file) =>
        void change(async (c) => {
          setRemoved(null);
          const incoming = parseBackup(await file.text());
          const r = await c.merge(incoming);
          return t('col_imported', [String(r.added), String(r.updated), String(r.unchanged)]);
        })
      }
      onExportJson={() => exporting((all) => download(`fazhi-lens-backup-${today()}.json`, 'application/json', exportBackup(all)))}
      onExportAllCsv={() => exporting((all) => download(`fazhi-lens-indicators-${today()}.csv`, 'text/csv;charset=utf-8', indicatorsCsv(all)))}
      onExportCompareCsv={(ids) => {
        const byId = new Map(records.map((r) => [r.id, r]));
        const chosen = ids.map((id) => byId.get(id)).filter((r): r is ReportSummary => !!r);
        download(`fazhi-lens-comparison-${today()}.csv`, 'text/csv;charset=utf-8', comparisonCsv(buildComparison(chosen)));
      }}
      onExportMarkdown={(id) =>
        void store()
          .then((c) => c.get(id))
          .then((r) => {
            if (r) download(`${safeName(displayTitle(r))}.md`, 'text/markdown;charset=utf-8', outlineMarkdown(r));
          })
      }
    />
  );
}
