// The Open Graph image of a page kind: text drawn as SVG paths from a font file, so the picture
// looks the same on every machine that builds it and needs no system fonts.
import type { Font, PathCommand } from 'opentype.js';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface SocialCardText {
  /** The page kind, e.g. "方向章节" / "Direction chapter". */
  eyebrow: string;
  title: string;
  description: string;
}

export interface CardFonts {
  regular: Font;
  bold: Font;
}

const MARGIN = 80;
const TEXT_WIDTH = CARD_SIZE.width - 2 * MARGIN;
const EYEBROW_SIZE = 34;
const TITLE_SIZE = 68;
const DESCRIPTION_SIZE = 32;
const MAX_TITLE_LINES = 2;
const MAX_DESCRIPTION_LINES = 4;
// Chinese punctuation that may not start a line (the closing marks of GB/T 15834).
const NO_LINE_START = /^[，。、；：？！）」』”’》〉】…—·]/;

/** The characters of `text` that `font` has no glyph for, each once. */
export function missingGlyphs(font: Font, text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/.test(char)) continue;
    if (font.charToGlyphIndex(char) === 0) missing.add(char);
  }
  return [...missing];
}

/** Pieces a line may break between: a run of Latin text with its trailing space, or one CJK character with the punctuation that follows it. */
function breakableUnits(text: string): string[] {
  const units: string[] = [];
  for (const match of text.matchAll(/[\u0020-\u024f\u2000-\u206f]+?(?:\s+|$)|[^\u0020-\u024f]/gu)) {
    const unit = match[0];
    const previous = units.length - 1;
    if (previous >= 0 && NO_LINE_START.test(unit)) units[previous] += unit;
    else units.push(unit);
  }
  return units;
}

/** Greedy line breaking to `maxWidth`; the last allowed line ends in an ellipsis when text is left over. */
export function wrapText(font: Font, text: string, size: number, maxWidth: number, maxLines: number): string[] {
  const width = (value: string) => font.getAdvanceWidth(value.trimEnd(), size);
  const lines: string[] = [];
  let line = '';
  for (const unit of breakableUnits(text)) {
    if (line !== '' && width(line + unit) > maxWidth) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += unit;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && width(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

const round = (value: number) => String(Math.round(value * 10) / 10);

// opentype.js 2.0's own toPathData prints NaN for some coordinates, so the path is written here.
function pathData(commands: PathCommand[]): string {
  return commands
    .map((command) => {
      switch (command.type) {
        case 'M':
        case 'L':
          return `${command.type}${round(command.x)} ${round(command.y)}`;
        case 'Q':
          return `Q${[command.x1, command.y1, command.x, command.y].map(round).join(' ')}`;
        case 'C':
          return `C${[command.x1, command.y1, command.x2, command.y2, command.x, command.y].map(round).join(' ')}`;
        case 'Z':
          return 'Z';
      }
    })
    .join('');
}

function textPaths(font: Font, lines: string[], size: number, top: number, lineHeight: number, fill: string): string {
  return lines
    .map((line, index) => {
      const path = pathData(font.getPath(line, MARGIN, top + index * lineHeight, size).commands);
      return `<path fill="${fill}" d="${path}"/>`;
    })
    .join('');
}

/** The card as an SVG document of CARD_SIZE; throws, naming the characters, when a font lacks a glyph. */
export function socialCardSvg(card: SocialCardText, fonts: CardFonts): string {
  const missing = [
    ...missingGlyphs(fonts.regular, `${card.eyebrow}${card.description}`),
    ...missingGlyphs(fonts.bold, card.title),
  ];
  if (missing.length > 0) {
    throw new Error(
      `The social-card font has no glyph for ${missing.map((char) => `"${char}"`).join(', ')}; re-cut it with \`npm run card-font\``,
    );
  }
  const title = wrapText(fonts.bold, card.title, TITLE_SIZE, TEXT_WIDTH, MAX_TITLE_LINES);
  const description = wrapText(fonts.regular, card.description, DESCRIPTION_SIZE, TEXT_WIDTH, MAX_DESCRIPTION_LINES);
  const titleTop = 230;
  const descriptionTop = titleTop + title.length * 86 + 30;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_SIZE.width}" height="${CARD_SIZE.height}" viewBox="0 0 ${CARD_SIZE.width} ${CARD_SIZE.height}">`,
    `<rect width="100%" height="100%" fill="#0f172a"/>`,
    `<rect x="0" y="0" width="16" height="${CARD_SIZE.height}" fill="#38bdf8"/>`,
    textPaths(fonts.regular, [card.eyebrow], EYEBROW_SIZE, 130, 0, '#7dd3fc'),
    textPaths(fonts.bold, title, TITLE_SIZE, titleTop, 86, '#ffffff'),
    textPaths(fonts.regular, description, DESCRIPTION_SIZE, descriptionTop, 48, '#cbd5e1'),
    '</svg>',
  ].join('');
}
