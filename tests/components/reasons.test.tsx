// @vitest-environment happy-dom
// The verdict's reasons in each UI language: Chinese as written; English for the reasons it knows,
// with each item's language marked for screen readers.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { Reasons } from '../../components/panel/Reasons';

const reasons = ['官方网站(.gov.cn):www.moyu.gov.cn', '正文9次提及"法治政府建设"', '一条新版本才有的理由'];
const tIn = (lang: 'zh' | 'en') => (key: string) => (key === 'lang' ? lang : key);

afterEach(cleanup);

describe('Reasons', () => {
  it('shows the reasons as written in the Chinese UI', () => {
    const { getAllByRole } = render(<Reasons reasons={reasons} t={tIn('zh')} />);
    const items = getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(reasons);
    expect(items.every((li) => li.getAttribute('lang') === 'zh-CN')).toBe(true);
  });

  it('shows known reasons in English in the English UI, and an unknown one as written', () => {
    const { getAllByRole } = render(<Reasons reasons={reasons} t={tIn('en')} />);
    const items = getAllByRole('listitem');
    expect(items.map((li) => [li.textContent, li.getAttribute('lang')])).toEqual([
      ['Official site (.gov.cn): www.moyu.gov.cn', 'en'],
      ['The body mentions "法治政府建设" 9 times', 'en'],
      ['一条新版本才有的理由', 'zh-CN'],
    ]);
  });
});
