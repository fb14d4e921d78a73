import { describe, expect, it } from 'vitest';
import { currentSectionIndex } from '../../src/lib/currentSection';

describe('currentSectionIndex', () => {
  it('is the last heading above the line', () => {
    expect(currentSectionIndex([-900, -300, 40, 700], 100, false)).toBe(2);
    expect(currentSectionIndex([-900, -300, 140, 700], 100, false)).toBe(1);
  });
  it('is the first heading before the reader reaches any', () => {
    expect(currentSectionIndex([300, 900], 100, false)).toBe(0);
  });
  it('is the last heading at the end of the page, even below the line', () => {
    expect(currentSectionIndex([-900, -300, 400, 600], 100, true)).toBe(3);
  });
  it('is -1 without headings', () => {
    expect(currentSectionIndex([], 100, true)).toBe(-1);
  });
});
