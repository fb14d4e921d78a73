import { describe, expect, it } from 'vitest';
import { TERM_GROUPS } from '../../src/config';
import { validateGlossary } from '../../src/lib/validateGlossary';
import { readSectionLinks, readTerms } from '../helpers/bankSources';

const terms = readTerms();

describe('the glossary', () => {
  it('has at least 300 terms', () => {
    expect(terms.length).toBeGreaterThanOrEqual(300);
  });

  it.each(TERM_GROUPS)('has at least 25 terms in the %s group', (group) => {
    expect(terms.filter((term) => term.data.group === group).length).toBeGreaterThanOrEqual(25);
  });

  it('passes the build rules: one term per name, names to avoid unused, related terms and sections exist', () => {
    expect(validateGlossary(terms, readSectionLinks())).toEqual([]);
  });

  it('defines every term in both languages, and gives the longer text in both or neither', () => {
    const problems = terms.filter(
      (term) => !term.data.zh.definition || !term.data.en.definition || (term.data.zh.more === undefined) !== (term.data.en.more === undefined),
    );
    expect(problems.map((term) => term.id)).toEqual([]);
  });

  it('says where the guide explains most terms', () => {
    expect(terms.filter((term) => term.data.explainedIn).length / terms.length).toBeGreaterThanOrEqual(0.8);
  });

  it('gives a reason in both languages for every name to avoid', () => {
    const missing = terms.filter((term) => term.data.avoid.some((entry) => !(entry as { reason?: { zh?: string; en?: string } }).reason?.zh || !(entry as { reason?: { en?: string } }).reason?.en));
    expect(missing.map((term) => term.id)).toEqual([]);
  });
});
