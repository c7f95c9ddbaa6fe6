// Test reports made by the real pipeline from the seed texts, and fresh fake IndexedDB factories.
import fs from 'node:fs';
import path from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { analyzeText } from '../../lib/analyze';
import type { Analysis, Indicator } from '../../lib/types';

const seedsDir = path.resolve(__dirname, '../fixtures/seeds');

export const seedFiles = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();

export function seedText(i: number): string {
  return fs.readFileSync(path.join(seedsDir, seedFiles[i]!), 'utf8');
}

const cache = new Map<number, Analysis>();
/** The pipeline's analysis of seed i (a fresh copy each call, so tests may change it). */
export function seedAnalysis(i: number): Analysis {
  let a = cache.get(i);
  if (!a) {
    a = analyzeText(seedText(i));
    cache.set(i, a);
  }
  return structuredClone(a);
}

export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

export function figure(key: string | null, value: number, unit: string, extra: Partial<Indicator> = {}): Indicator {
  return { key, kind: unit === '%' ? 'rate' : 'count', label: key ?? 'x', value, unit, approx: false, target: false, quote: `${value}${unit}`, start: 0, ...extra };
}
