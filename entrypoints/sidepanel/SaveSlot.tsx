// The panel's wiring of the collection: opens it on the extension's IndexedDB, finds whether the
// page's report is saved, and turns the save bar's callbacks into store calls.
import { useEffect, useState } from 'preact/hooks';
import { SaveBar } from '../../components/collection/SaveBar';
import { errorMessage } from '../../components/collection/errors';
import '../../components/collection/collection.css';
import { openCollection } from '../../lib/collection/store';
import { CHANNEL, type Collection, type Patch, type SavedReport } from '../../lib/collection/types';
import { t } from '../../lib/i18n';
import type { Analysis } from '../../lib/types';

let opened: Promise<Collection> | null = null;
const collection = () => (opened ??= openCollection(indexedDB));

export function SaveSlot({ analysis, url }: { analysis: Analysis; url: string | null }) {
  const [saved, setSaved] = useState<SavedReport | null>(null);
  const [removed, setRemoved] = useState<SavedReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setSaved(null);
    setRemoved(null);
    if (url) {
      collection()
        .then((c) => c.findByUrl(url))
        .then((r) => { if (live) setSaved(r); })
        .catch((e: unknown) => { if (live) setError(errorMessage(e, t)); });
    }
    return () => { live = false; };
  }, [url]);

  const run = (job: (c: Collection) => Promise<void>) => {
    setBusy(true);
    setError(null);
    collection()
      .then(job)
      .then(() => {
        // an open collection page redraws at once instead of on its next visit
        const ch = new BroadcastChannel(CHANNEL);
        ch.postMessage('changed');
        ch.close();
      })
      .catch((e: unknown) => setError(errorMessage(e, t))).finally(() => setBusy(false));
  };

  return (
    <SaveBar
      saved={saved}
      busy={busy}
      error={error}
      onSave={() => run(async (c) => { setSaved(await c.save(analysis, url)); setRemoved(null); })}
      onRemove={() => run(async (c) => {
        if (!saved) return;
        setRemoved(await c.remove(saved.id));
        setSaved(null);
      })}
      onUndo={removed ? () => run(async (c) => { await c.restore(removed); setSaved(removed); setRemoved(null); }) : null}
      onEdit={(patch: Patch) => run(async (c) => { if (saved) setSaved(await c.update(saved.id, patch)); })}
      onOpenCollection={() => { void browser.tabs.create({ url: browser.runtime.getURL('/collection.html') }); }}
    />
  );
}
