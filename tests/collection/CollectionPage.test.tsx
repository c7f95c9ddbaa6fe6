// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollectionPage, type CollectionPageProps } from '../../components/collection/CollectionPage';
import { summarize } from '../../lib/collection/summary';
import { FORMAT_VERSION, type SavedReport } from '../../lib/collection/types';
import type { Translate } from '../../lib/i18n';
import { seedAnalysis } from './fixtures';

afterEach(cleanup);

const t: Translate = (key, subs) => (subs === undefined ? key : `${key}:${[subs].flat().join(',')}`);

function record(i: number, region: string, year: number, tags: string[] = []): SavedReport {
  const a = seedAnalysis(i);
  a.meta = { ...a.meta, region, reportYear: year, title: `${region}${year}年法治政府建设年度报告` };
  return {
    id: `r${i}`,
    url: `http://www.r${i}.gov.cn/a.html`,
    canonicalUrl: `http://www.r${i}.gov.cn/a.html`,
    contentHash: `h${i}`,
    savedAt: `2025-03-0${i + 1}T00:00:00.000Z`,
    updatedAt: `2025-03-0${i + 1}T00:00:00.000Z`,
    tags,
    note: '',
    analysis: a,
    version: FORMAT_VERSION,
  };
}

const records = [record(0, '滨海县', 2024, ['县级']), record(1, '墨玉县', 2024), record(2, '石家庄市栾城区', 2024), record(3, '和平县', 2023), record(4, '海东市', 2023)];

function props(over: Partial<CollectionPageProps> = {}): CollectionPageProps {
  const openId = over.openId ?? null;
  return {
    records: records.map(summarize),
    full: records,
    open: records.find((r) => r.id === openId) ?? null,
    onNeedTexts: vi.fn(),
    loading: false,
    busy: false,
    error: null,
    notice: null,
    openId: null,
    t,
    onOpen: vi.fn(),
    onEdit: vi.fn(),
    onRemove: vi.fn(),
    onUndo: null,
    onImport: vi.fn(),
    onExportJson: vi.fn(),
    onExportAllCsv: vi.fn(),
    onExportCompareCsv: vi.fn(),
    onExportMarkdown: vi.fn(),
    ...over,
  };
}

const rowIds = (c: Element) => [...c.querySelectorAll('.col-reports tbody tr')].map((tr) => tr.getAttribute('data-id'));

describe('CollectionPage', () => {
  it('lists the reports, newest saved first, and sorts by a column', () => {
    const { container } = render(<CollectionPage {...props()} />);
    expect(rowIds(container)).toEqual(['r4', 'r3', 'r2', 'r1', 'r0']);
    const yearHeader = () => [...container.querySelectorAll('button.col-sort')].find((b) => b.textContent?.startsWith('col_colYear'))!;
    fireEvent.click(yearHeader());
    expect(rowIds(container).slice(0, 3).sort()).toEqual(['r0', 'r1', 'r2']);
    expect(yearHeader().closest('th')?.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(yearHeader());
    expect(rowIds(container).slice(0, 2).sort()).toEqual(['r3', 'r4']);
  });

  it('filters by year and region, and searches the texts in Chinese', () => {
    const { container } = render(<CollectionPage {...props()} />);
    fireEvent.change(container.querySelector('select[name=year]')!, { target: { value: '2023' } });
    expect(rowIds(container).sort()).toEqual(['r3', 'r4']);
    fireEvent.change(container.querySelector('select[name=year]')!, { target: { value: '' } });
    fireEvent.input(container.querySelector('input[name=region]')!, { target: { value: '栾城' } });
    expect(rowIds(container)).toEqual(['r2']);
    fireEvent.input(container.querySelector('input[name=region]')!, { target: { value: '' } });
    // 「逢九必讲」 occurs only in 墨玉县's report (seed 001)
    fireEvent.input(container.querySelector('input[name=q]')!, { target: { value: '逢九必讲' } });
    expect(rowIds(container)).toEqual(['r1']);
  });

  it('asks for the texts on the first search, and meanwhile searches titles, places, tags and notes', () => {
    const p = props({ full: null });
    const { container } = render(<CollectionPage {...p} />);
    expect(p.onNeedTexts).not.toHaveBeenCalled();
    fireEvent.input(container.querySelector('input[name=q]')!, { target: { value: '逢九必讲' } });
    expect(p.onNeedTexts).toHaveBeenCalledTimes(1);
    expect(rowIds(container)).toEqual([]);
    fireEvent.input(container.querySelector('input[name=q]')!, { target: { value: '县级' } });
    expect(rowIds(container)).toEqual(['r0']);
  });

  it('compares picked reports: indicators as rows, reports as columns, one chart per indicator', () => {
    const p = props();
    const { container } = render(<CollectionPage {...p} />);
    const boxes = container.querySelectorAll<HTMLInputElement>('.col-reports tbody input[type=checkbox]');
    fireEvent.click(boxes[0]!);
    fireEvent.click(boxes[1]!);
    fireEvent.click(screen.getByText('col_compareN:2'));
    expect(container.querySelector('.col-page')?.getAttribute('data-state')).toBe('compare');
    const table = container.querySelector('.col-compare-table')!;
    expect(table.querySelectorAll('thead th')).toHaveLength(3);
    const rows = table.querySelectorAll('tbody tr');
    expect(rows.length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.col-chart')).toHaveLength(rows.length);
    fireEvent.click(screen.getByText('col_exportCompareCsv'));
    expect(p.onExportCompareCsv).toHaveBeenCalledWith(['r4', 'r3']);
  });

  it('opens a saved report offline: outline, indicators and text from the record', () => {
    const p = props({ openId: 'r2' });
    const { container } = render(<CollectionPage {...p} />);
    const view = container.querySelector('.col-report')!;
    const a = records[2]!.analysis;
    expect(view.querySelectorAll('.col-outline > li')).toHaveLength(a.outline.length);
    expect(within(view as HTMLElement).getAllByRole('row')).toHaveLength(a.indicators.length + 1);
    expect(view.querySelector('.col-text')?.textContent).toContain(a.text.split('\n').find((l) => l.trim())!.trim());
    fireEvent.click(screen.getByText('col_exportMarkdown'));
    expect(p.onExportMarkdown).toHaveBeenCalledWith('r2');
    fireEvent.click(screen.getByText('col_remove'));
    expect(p.onRemove).toHaveBeenCalledWith('r2');
  });

  it('shows errors, offers undo, and passes a chosen backup file on', () => {
    const onUndo = vi.fn();
    const p = props({ error: 'col_errCorrupt (not a backup)', notice: 'col_removed', onUndo });
    const { container } = render(<CollectionPage {...p} />);
    expect(screen.getByRole('alert').textContent).toContain('col_errCorrupt');
    fireEvent.click(screen.getByText('col_undo'));
    expect(onUndo).toHaveBeenCalled();
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    expect(p.onImport).toHaveBeenCalledWith(file);
  });

  it('an empty collection says how to fill it', () => {
    render(<CollectionPage {...props({ records: [], full: [] })} />);
    expect(screen.getByText('col_empty')).toBeTruthy();
  });
});
