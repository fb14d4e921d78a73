import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { translate } from '../../src/i18n';

describe('UI strings', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
  it('have no empty values', () => {
    for (const dictionary of [en, zh]) {
      for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), key).not.toBe('');
    }
  });
  it('fill placeholders and leave unknown ones visible', () => {
    expect(translate('en', 'area.rank', { rank: 2 })).toBe('Ranked #2');
    expect(translate('zh', 'area.rank', { rank: 2 })).toBe('排名第 2');
    expect(translate('en', 'area.rank')).toBe('Ranked #{rank}');
  });
});
