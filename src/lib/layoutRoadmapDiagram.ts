// Geometry of the roadmap diagram, drawn twice at build time: wide (stages in a left column,
// directions in a right one, a line for every direction a stage feeds) and narrow (stages stacked at
// full width naming the directions they feed, the directions in a grid below). Both draw each
// stage's prerequisites as arcs left of the stages. Pure, so the drawing stays a dumb template.

export type DiagramOrientation = 'wide' | 'narrow';

export interface DiagramInput {
  stages: {
    slug: string;
    label: string;
    /** The directions it feeds as one phrase; the narrow drawing writes it in the box. */
    note: string;
    feeds: string[];
    prerequisites: string[];
  }[];
  areas: { slug: string; label: string }[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of text, centred vertically on y. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
}

export interface DiagramBox extends Rect {
  slug: string;
  label: string;
  lines: TextLine[];
}

export interface DiagramEdge {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** SVG path data. */
  d: string;
  /** A prerequisite that another prerequisite already leads to; drawn only while its stage is active. */
  implied?: boolean;
}

export interface StageBox extends DiagramBox {
  noteLines: TextLine[];
  /** Right end of the "done/total" count, on the first line; its space is kept free of label text. */
  count: { x: number; y: number };
  /** Track of the progress bar along the bottom of the box. */
  bar: Rect;
  /** Lines to the directions it feeds (wide drawing only). */
  feedLines: DiagramEdge[];
  /** Arcs from each of its prerequisites, entering the box's left side. */
  prerequisiteArcs: DiagramEdge[];
  /** Outlines around the directions it feeds, shown while the stage is hovered or focused. */
  feedRings: Rect[];
}

export interface DiagramLayout {
  orientation: DiagramOrientation;
  width: number;
  height: number;
  stages: StageBox[];
  areas: DiagramBox[];
  /** Where the heading over the directions' grid goes, left and vertical centre (narrow drawing only). */
  areasHeading?: { x: number; y: number };
}

export const FONT_SIZE = 13;
export const NOTE_FONT_SIZE = 12;
const LINE = 18;
const NOTE_LINE = 16;
const PADDING = 8;
const PAD_X = 12;
const PAD_TOP = 9;
const BAR_GAP = 4;
const BAR_HEIGHT = 3;
const PAD_BOTTOM = 7;
const COUNT_SLOT = 32;
const STAGE_GAP = 12;
const AREA_HEIGHT = 40;
const RING_OFFSET = 3;
const ARC_BASE = 4;
const ARC_STEP = 5;
const WIDE = { width: 720, stageWidth: 430, linkGap: 80 };
const NARROW = { width: 360, columns: 2, columnGap: 8, rowGap: 8, headingGap: 28 };

// Rough advance widths in em, erring wide (DejaVu Sans, the widest common fallback), so a label
// wrapped here never overflows its box in a real font.
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
function charWidth(char: string): number {
  if (CJK.test(char)) return 1;
  if (char === ' ') return 0.32;
  if (/[A-Z]/.test(char)) return 0.68;
  if (/[0-9#]/.test(char)) return 0.64;
  if (/[a-z]/.test(char)) return 0.56;
  return 0.42;
}

export function estimateTextWidth(text: string, fontSize: number): number {
  return [...text].reduce((sum, char) => sum + charWidth(char), 0) * fontSize;
}

// A break may fall after a space or beside a CJK character, never before closing punctuation
// nor after an opening bracket.
const OPEN = '（「『';
const CLOSE = '）」』、，。：；！？';
const TOKEN = new RegExp(
  `[${OPEN}]*(?:[^\\s${OPEN}${CLOSE}\\u2e80-\\u9fff]+|[\\u2e80-\\u9fff])[${CLOSE}]*\\s*|\\s+|[${CLOSE}]+\\s*`,
  'gu',
);

/** Greedy line breaking by estimated width; a single token wider than the line gets a line of its own. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const token of text.match(TOKEN) ?? []) {
    const candidate = current + token;
    if (current && estimateTextWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(current.trimEnd());
      current = token.trimStart();
    } else {
      current = candidate;
    }
  }
  if (current.trim()) lines.push(current.trimEnd());
  return lines;
}

function textLines(texts: string[], x: number, top: number, lineHeight: number): TextLine[] {
  return texts.map((text, index) => ({ text, x, y: top + lineHeight * (index + 0.5) }));
}

/** Stage boxes stacked from the top, each as tall as its wrapped label (and note) needs. */
function stackStages(input: DiagramInput['stages'], x: number, width: number, withNotes: boolean): StageBox[] {
  let y = PADDING;
  return input.map((stage) => {
    const labelLines = wrapText(stage.label, width - 2 * PAD_X - COUNT_SLOT, FONT_SIZE);
    const notes = withNotes ? wrapText(stage.note, width - 2 * PAD_X, NOTE_FONT_SIZE) : [];
    const textHeight = labelLines.length * LINE + notes.length * NOTE_LINE;
    const height = PAD_TOP + textHeight + BAR_GAP + BAR_HEIGHT + PAD_BOTTOM;
    const box: StageBox = {
      slug: stage.slug,
      label: stage.label,
      x,
      y,
      width,
      height,
      lines: textLines(labelLines, x + PAD_X, y + PAD_TOP, LINE),
      noteLines: textLines(notes, x + PAD_X, y + PAD_TOP + labelLines.length * LINE, NOTE_LINE),
      count: { x: x + width - PAD_X, y: y + PAD_TOP + LINE / 2 },
      bar: { x: x + PAD_X, y: y + height - PAD_BOTTOM - BAR_HEIGHT, width: width - 2 * PAD_X, height: BAR_HEIGHT },
      feedLines: [],
      prerequisiteArcs: [],
      feedRings: [],
    };
    y += height + STAGE_GAP;
    return box;
  });
}

function areaBox(area: DiagramInput['areas'][number], rect: Rect): DiagramBox {
  const lines = wrapText(area.label, rect.width - 2 * PAD_X, FONT_SIZE);
  const top = rect.y + (rect.height - lines.length * LINE) / 2;
  return { slug: area.slug, label: area.label, ...rect, lines: textLines(lines, rect.x + PAD_X, top, LINE) };
}

/** How far left of the stage column the arc between stages `distance` apart reaches. */
const arcReach = (distance: number) => ARC_BASE + ARC_STEP * distance;

function gutterFor(stages: DiagramInput['stages']): number {
  const order = new Map(stages.map((stage, index) => [stage.slug, index]));
  const distances = stages.flatMap((stage, index) =>
    stage.prerequisites.flatMap((slug) => (order.has(slug) ? [Math.abs(index - order.get(slug)!)] : [])),
  );
  return distances.length > 0 ? arcReach(Math.max(...distances)) + 2 : 0;
}

/** Every stage reachable through `slug`'s prerequisites, not counting `slug` itself. */
function ancestors(slug: string, prerequisites: ReadonlyMap<string, readonly string[]>, seen = new Set<string>()): Set<string> {
  for (const parent of prerequisites.get(slug) ?? []) {
    if (seen.has(parent)) continue;
    seen.add(parent);
    ancestors(parent, prerequisites, seen);
  }
  return seen;
}

/**
 * Half-ellipses left of the stages, leaving the upper box below its middle and entering the lower one
 * above it. A prerequisite another one already leads to is marked implied, so the resting drawing
 * shows only the direct chain.
 */
function addPrerequisiteArcs(stages: StageBox[], input: DiagramInput['stages']): void {
  const bySlug = new Map(stages.map((box, index) => [box.slug, { box, index }]));
  const prerequisites = new Map(input.map((stage) => [stage.slug, stage.prerequisites]));
  input.forEach((stage, index) => {
    const target = stages[index]!;
    const reachedThroughOthers = new Set(stage.prerequisites.flatMap((slug) => [...ancestors(slug, prerequisites)]));
    for (const slug of stage.prerequisites) {
      const source = bySlug.get(slug);
      if (!source) continue;
      const [upper, lower] = source.index < index ? [source.box, target] : [target, source.box];
      const x = target.x;
      const y1 = upper.y + upper.height / 2 + 4;
      const y2 = lower.y + lower.height / 2 - 4;
      const reach = arcReach(Math.abs(index - source.index));
      target.prerequisiteArcs.push({
        from: slug,
        to: stage.slug,
        x1: x,
        y1,
        x2: x,
        y2,
        d: `M${x},${y1} A${reach},${(y2 - y1) / 2} 0 0 0 ${x},${y2}`,
        implied: reachedThroughOthers.has(slug),
      });
    }
  });
}

function addFeeds(stages: StageBox[], input: DiagramInput['stages'], areas: DiagramBox[], withLines: boolean): void {
  const areaBySlug = new Map(areas.map((box) => [box.slug, box]));
  input.forEach((stage, index) => {
    const from = stages[index]!;
    for (const slug of stage.feeds) {
      const to = areaBySlug.get(slug);
      if (!to) continue;
      from.feedRings.push({
        x: to.x - RING_OFFSET,
        y: to.y - RING_OFFSET,
        width: to.width + 2 * RING_OFFSET,
        height: to.height + 2 * RING_OFFSET,
      });
      if (!withLines) continue;
      const [x1, y1, x2, y2] = [from.x + from.width, from.y + from.height / 2, to.x, to.y + to.height / 2];
      const middle = (x1 + x2) / 2;
      from.feedLines.push({
        from: stage.slug,
        to: slug,
        x1,
        y1,
        x2,
        y2,
        d: `M${x1},${y1} C${middle},${y1} ${middle},${y2} ${x2},${y2}`,
      });
    }
  });
}

function layoutWide(input: DiagramInput): DiagramLayout {
  const stageX = PADDING + gutterFor(input.stages);
  const stages = stackStages(input.stages, stageX, WIDE.stageWidth, false);
  const last = stages.at(-1);
  const height = (last ? last.y + last.height : 0) + PADDING;
  const areaX = stageX + WIDE.stageWidth + WIDE.linkGap;
  const areaWidth = WIDE.width - PADDING - areaX;
  const step = input.areas.length > 1 ? (height - 2 * PADDING - AREA_HEIGHT) / (input.areas.length - 1) : 0;
  const areas = input.areas.map((area, index) =>
    areaBox(area, { x: areaX, y: Math.round(PADDING + index * step), width: areaWidth, height: AREA_HEIGHT }),
  );
  addPrerequisiteArcs(stages, input.stages);
  addFeeds(stages, input.stages, areas, true);
  return { orientation: 'wide', width: WIDE.width, height, stages, areas };
}

function layoutNarrow(input: DiagramInput): DiagramLayout {
  const stageX = PADDING + gutterFor(input.stages);
  const stages = stackStages(input.stages, stageX, NARROW.width - PADDING - stageX, true);
  const last = stages.at(-1);
  const headingY = (last ? last.y + last.height : PADDING) + NARROW.headingGap;
  const gridTop = headingY + LINE;
  const columnWidth = (NARROW.width - 2 * PADDING - (NARROW.columns - 1) * NARROW.columnGap) / NARROW.columns;
  const areas = input.areas.map((area, index) =>
    areaBox(area, {
      x: PADDING + (index % NARROW.columns) * (columnWidth + NARROW.columnGap),
      y: gridTop + Math.floor(index / NARROW.columns) * (AREA_HEIGHT + NARROW.rowGap),
      width: columnWidth,
      height: AREA_HEIGHT,
    }),
  );
  const rows = Math.ceil(input.areas.length / NARROW.columns);
  const height = gridTop + rows * AREA_HEIGHT + (rows - 1) * NARROW.rowGap + PADDING;
  addPrerequisiteArcs(stages, input.stages);
  addFeeds(stages, input.stages, areas, false);
  return { orientation: 'narrow', width: NARROW.width, height, stages, areas, areasHeading: { x: PADDING, y: headingY } };
}

export function layoutRoadmapDiagram(input: DiagramInput, orientation: DiagramOrientation): DiagramLayout {
  return orientation === 'wide' ? layoutWide(input) : layoutNarrow(input);
}
