// The seeds and their hand-made gold, read from tests/fixtures (never ../shared).
import fs from 'node:fs';
import path from 'node:path';

export interface GoldHeading { level: number; marker: string; text: string; run_in: boolean }
export interface GoldEnumeration {
  parent_heading_index: number | null;
  parent_implicit_index?: number | null;
  marker: string;
  text: string;
  note?: string;
  duplicate?: boolean;
}
export interface GoldImplicit { text: string; role: string }
export interface GoldSection { heading_index: number | null; implicit_index: number | null; role: string }
export interface Gold {
  file: string;
  report_year: number | null;
  published: string | null;
  headings: GoldHeading[];
  enumerations: GoldEnumeration[];
  implicit_sections: GoldImplicit[];
  sections: GoldSection[];
}
export interface Seed { id: string; text: string; gold: Gold }

const FIXTURES = path.resolve(__dirname, 'fixtures');

export function loadSeeds(): Seed[] {
  const dir = path.join(FIXTURES, 'gold');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Gold;
      const text = fs.readFileSync(path.join(FIXTURES, 'seeds', gold.file || f.replace(/\.json$/, '.txt')), 'utf8');
      return { id: f.replace(/\.json$/, ''), text, gold };
    });
}

/** The marker's rank as the gold counts it (GB/T 9704): 1 一、 2 （一） 3 1. 4 （1）/①. */
export function rankOf(marker: string): number {
  const x = marker.normalize('NFKC').trim();
  if (/^[一二三四五六七八九十]+[、.]?$/.test(x)) return 1;
  if (/^\([一二三四五六七八九十]+\)$/.test(x)) return 2;
  if (/^\d+[.、]?$/.test(x)) return 3;
  if (/^\(\d+\)$|^[\u2460-\u2473]$/.test(x)) return 4;
  return 0;
}
