// TEMPORARY interface stub laid by the lead; replaced by the real module.
import type { Indicator, Section } from './types';
export function extractIndicators(text: string, sections: Section[]): Indicator[] {
  void text; void sections;
  return [];
}
