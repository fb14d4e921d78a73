// Finds punctuation mistakes in Chinese prose: ASCII , : ; ? ! ( ) " touching Chinese text, and
// curly quotes that do not alternate “ … ” (a ” with no “ before it is a wrong-way quote).
// The caller passes prose only — code, formulas and URLs keep their own punctuation.

export interface PunctuationIssue {
  /** What is wrong, in a few words. */
  rule: 'ascii-mark' | 'ascii-parenthesis' | 'ascii-quote' | 'wrong-way-quote' | 'unclosed-quote';
  index: number;
  /** The text around the mark, for the message. */
  context: string;
}

const HAN = '\\p{Script=Han}';
/** A CJK character or full-width mark on either side of an ASCII mark. */
const CHINESE = `[${HAN}\\u3000-\\u303f\\uff00-\\uffef]`;
const ASCII_MARK = new RegExp(`(?<=${CHINESE})[,:;?!]|[,:;?!](?=${CHINESE})`, 'gu');
/** An ASCII parenthesis touching Chinese text, or a pair of them around Chinese text. */
const ASCII_PARENTHESIS = new RegExp(`(?<=${HAN})\\(|\\)(?=${HAN})|\\((?=[^()]*${HAN}[^()]*\\))`, 'gu');
const ASCII_QUOTE = new RegExp(`(?<=${HAN})"|"(?=${HAN})`, 'gu');

function contextAt(text: string, index: number): string {
  return text.slice(Math.max(0, index - 12), index + 12).replace(/\s+/g, ' ');
}

/** Issues in one block of Chinese prose (a paragraph, a list item, a table cell). */
export function findPunctuationIssues(text: string): PunctuationIssue[] {
  const issues: PunctuationIssue[] = [];
  const add = (rule: PunctuationIssue['rule'], index: number) => issues.push({ rule, index, context: contextAt(text, index) });
  for (const match of text.matchAll(ASCII_MARK)) add('ascii-mark', match.index);
  for (const match of text.matchAll(ASCII_PARENTHESIS)) add('ascii-parenthesis', match.index);
  for (const match of text.matchAll(ASCII_QUOTE)) add('ascii-quote', match.index);
  let openAt = -1;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '“') {
      if (openAt >= 0) add('unclosed-quote', openAt);
      openAt = index;
    } else if (text[index] === '”') {
      if (openAt < 0) add('wrong-way-quote', index);
      openAt = -1;
    }
  }
  if (openAt >= 0) add('unclosed-quote', openAt);
  return issues.sort((a, b) => a.index - b.index);
}
