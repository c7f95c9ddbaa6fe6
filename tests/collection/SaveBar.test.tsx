// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveBar, type SaveBarProps } from '../../components/collection/SaveBar';
import { FORMAT_VERSION, type SavedReport } from '../../lib/collection/types';
import { seedAnalysis } from './fixtures';

afterEach(cleanup);

const saved: SavedReport = {
  id: 'u-1',
  url: 'http://www.moyu.gov.cn/a.html',
  canonicalUrl: 'http://www.moyu.gov.cn/a.html',
  contentHash: 'abc',
  savedAt: '2025-03-06T08:00:00.000Z',
  updatedAt: '2025-03-06T08:00:00.000Z',
  tags: ['县级', '新疆'],
  note: '出庭率高',
  analysis: seedAnalysis(1),
  version: FORMAT_VERSION,
};

function props(over: Partial<SaveBarProps> = {}): SaveBarProps {
  return { saved: null, busy: false, error: null, onSave: vi.fn(), onRemove: vi.fn(), onUndo: null, onEdit: vi.fn(), onOpenCollection: vi.fn(), ...over };
}

describe('SaveBar', () => {
  it('offers one-click save when the page is not in the collection', () => {
    const p = props();
    const { container } = render(<SaveBar {...p} />);
    expect(container.querySelector('[data-saved]')?.getAttribute('data-saved')).toBe('no');
    fireEvent.click(screen.getByText('col_save'));
    expect(p.onSave).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByText('col_openCollection'));
    expect(p.onOpenCollection).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('col_remove')).toBeNull();
  });

  it('shows that the page is saved, with its tags and note editable', () => {
    const p = props({ saved });
    const { container } = render(<SaveBar {...p} />);
    expect(container.querySelector('[data-saved]')?.getAttribute('data-saved')).toBe('yes');
    const tags = container.querySelector<HTMLInputElement>('input[name=tags]')!;
    expect(tags.value).toBe('县级，新疆');
    fireEvent.input(tags, { target: { value: '县级、新疆, 2024' } });
    fireEvent.blur(tags);
    expect(p.onEdit).toHaveBeenCalledWith({ tags: ['县级', '新疆', '2024'] });
    const note = container.querySelector<HTMLTextAreaElement>('textarea[name=note]')!;
    expect(note.value).toBe('出庭率高');
    fireEvent.input(note, { target: { value: '出庭率高，复议纠错率低' } });
    fireEvent.blur(note);
    expect(p.onEdit).toHaveBeenCalledWith({ note: '出庭率高，复议纠错率低' });
    fireEvent.click(screen.getByText('col_remove'));
    expect(p.onRemove).toHaveBeenCalledTimes(1);
  });

  it('does not write when a field is left unchanged', () => {
    const p = props({ saved });
    const { container } = render(<SaveBar {...p} />);
    fireEvent.blur(container.querySelector('input[name=tags]')!);
    fireEvent.blur(container.querySelector('textarea[name=note]')!);
    expect(p.onEdit).not.toHaveBeenCalled();
  });

  it('offers undo after a removal, shows errors, and disables actions while busy', () => {
    const onUndo = vi.fn();
    render(<SaveBar {...props({ onUndo, error: 'col_errQuota (quota)', busy: false })} />);
    fireEvent.click(screen.getByText('col_undo'));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert').textContent).toContain('col_errQuota');
    cleanup();
    render(<SaveBar {...props({ busy: true })} />);
    expect((screen.getByText('col_save') as HTMLButtonElement).disabled).toBe(true);
  });
});
