import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/fillTemplate';

describe('fillTemplate', () => {
  it('fills every placeholder it has a value for and leaves the others visible', () => {
    expect(fillTemplate('{done} of {total} done', { done: 3, total: 7 })).toBe('3 of 7 done');
    expect(fillTemplate('并列第 {position} 名，{missing}', { position: 2 })).toBe('并列第 2 名，{missing}');
  });
});
