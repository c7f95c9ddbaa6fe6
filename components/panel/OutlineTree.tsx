// The outline as an ARIA tree (WAI-ARIA tree view pattern): one tab stop, arrows move, Right/Left
// open/close or go to child/parent, Home/End, Enter or a click jumps to the heading in the page.
// The rows are rendered flat, so each carries its place in the tree (aria-level, aria-setsize,
// aria-posinset) for assistive technology to announce "level 2, 1 of 3".
import { useMemo, useRef, useState } from 'preact/hooks';
import type { OutlineNode } from '../../lib/types';
import type { Translate } from '../../lib/i18n';

export interface OutlineTreeProps {
  outline: OutlineNode[];
  t: Translate;
  /** jump to the node's text in the page: [start, end) of the extracted text */
  onReveal(start: number, end: number): void;
}

interface Row {
  id: string;
  node: OutlineNode;
  depth: number;
  parent: string | null;
  hasChildren: boolean;
  /** its siblings, itself included, and its 1-based place among them */
  setSize: number;
  posInSet: number;
}

const nodeId = (path: number[]) => 'o-' + path.join('-');

/** The rows a reader sees: children of collapsed nodes left out. */
function visibleRows(nodes: OutlineNode[], open: Set<string>, depth = 1, parent: string | null = null, path: number[] = []): Row[] {
  const rows: Row[] = [];
  nodes.forEach((node, i) => {
    const p = [...path, i];
    const id = nodeId(p);
    rows.push({ id, node, depth, parent, hasChildren: node.children.length > 0, setSize: nodes.length, posInSet: i + 1 });
    if (node.children.length > 0 && open.has(id)) rows.push(...visibleRows(node.children, open, depth + 1, id, p));
  });
  return rows;
}

/** Top-level nodes start open, so the tree shows the report's main headings and their sub-headings. */
function initiallyOpen(outline: OutlineNode[]): Set<string> {
  const open = new Set<string>();
  outline.forEach((n, i) => {
    if (n.children.some((c) => c.kind !== 'enumeration')) open.add(nodeId([i]));
  });
  return open;
}

export function OutlineTree({ outline, t, onReveal }: OutlineTreeProps) {
  const [open, setOpen] = useState(() => initiallyOpen(outline));
  const [focus, setFocus] = useState<string | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const rows = useMemo(() => visibleRows(outline, open), [outline, open]);
  const current = rows.find((r) => r.id === focus) ?? rows[0];

  if (outline.length === 0) return <p class="muted">{t('outlineEmpty')}</p>;

  const moveTo = (id: string) => {
    setFocus(id);
    treeRef.current?.querySelector<HTMLElement>(`[data-id="${id}"]`)?.focus();
  };
  const toggle = (id: string, to?: boolean) => {
    const next = new Set(open);
    if (to ?? !next.has(id)) next.add(id);
    else next.delete(id);
    setOpen(next);
  };
  const reveal = (n: OutlineNode) => onReveal(n.start, n.start + n.marker.length + n.title.length);

  const onKeyDown = (e: KeyboardEvent) => {
    const i = rows.findIndex((r) => r.id === current.id);
    const row = rows[i];
    let handled = true;
    switch (e.key) {
      case 'ArrowDown': if (i + 1 < rows.length) moveTo(rows[i + 1].id); break;
      case 'ArrowUp': if (i > 0) moveTo(rows[i - 1].id); break;
      case 'Home': moveTo(rows[0].id); break;
      case 'End': moveTo(rows[rows.length - 1].id); break;
      case 'ArrowRight':
        if (row.hasChildren && !open.has(row.id)) toggle(row.id, true);
        else if (row.hasChildren) moveTo(rows[i + 1].id);
        break;
      case 'ArrowLeft':
        if (row.hasChildren && open.has(row.id)) toggle(row.id, false);
        else if (row.parent) moveTo(row.parent);
        break;
      case 'Enter': case ' ': reveal(row.node); break;
      default: handled = false;
    }
    if (handled) e.preventDefault();
  };

  return (
    <ul class="tree" role="tree" aria-label={t('outline')} ref={treeRef} onKeyDown={onKeyDown}>
      {rows.map((r) => {
        const expanded = r.hasChildren ? open.has(r.id) : undefined;
        return (
          <li
            key={r.id}
            role="treeitem"
            data-id={r.id}
            data-kind={r.node.kind}
            aria-level={r.depth}
            aria-setsize={r.setSize}
            aria-posinset={r.posInSet}
            aria-expanded={expanded}
            aria-selected={r.id === current.id}
            tabIndex={r.id === current.id ? 0 : -1}
            class={`node depth-${Math.min(r.depth, 4)} ${r.node.kind}`}
            onClick={() => { setFocus(r.id); reveal(r.node); }}
          >
            {r.hasChildren ? (
              <span
                class="twisty"
                aria-hidden="true"
                onClick={(e) => { e.stopPropagation(); toggle(r.id); setFocus(r.id); }}
              >{expanded ? '▾' : '▸'}</span>
            ) : <span class="twisty" aria-hidden="true" />}
            {r.node.marker && <span class="marker">{r.node.marker}</span>}
            <span class="label">{r.node.title}</span>
          </li>
        );
      })}
    </ul>
  );
}
