import { describe, expect, it } from 'vitest';
import {
  FONT_SIZE,
  NOTE_FONT_SIZE,
  estimateTextWidth,
  layoutRoadmapDiagram,
  wrapText,
  type DiagramLayout,
  type Rect,
} from '../../src/lib/layoutRoadmapDiagram';

const input = {
  stages: [
    { slug: 'a', label: '1. A', note: 'Feeds: X, Y', feeds: ['x', 'y'], prerequisites: [] },
    { slug: 'b', label: '2. B', note: 'Feeds: Y', feeds: ['y', 'missing'], prerequisites: ['a'] },
    {
      slug: 'c',
      label: '3. Industry applications on mature model platforms, with a label long enough to wrap',
      note: 'Directions it feeds: Applications, Inference, Data, and a few more words to wrap',
      feeds: [],
      prerequisites: ['a', 'b', 'missing'],
    },
  ],
  areas: [
    { slug: 'x', label: '#1 X' },
    { slug: 'y', label: '#2 Y' },
    { slug: 'z', label: '#3 Z' },
  ],
};

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
const canvas = (layout: DiagramLayout): Rect => ({ x: 0, y: 0, width: layout.width, height: layout.height });
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each(['wide', 'narrow'] as const)('layoutRoadmapDiagram, %s', (orientation) => {
  const layout = layoutRoadmapDiagram(input, orientation);
  const boxes = [...layout.stages, ...layout.areas];

  it('stacks the stages top to bottom in order, every box inside the canvas and none overlapping', () => {
    const ys = layout.stages.map((box) => box.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    for (const box of boxes) expect(inside(box, canvas(layout)), box.slug).toBe(true);
    for (const [index, box] of boxes.entries()) {
      for (const other of boxes.slice(index + 1)) expect(overlaps(box, other), `${box.slug} / ${other.slug}`).toBe(false);
    }
  });

  it('wraps each label inside its box, clear of the progress count, and keeps every word', () => {
    for (const box of layout.stages) {
      expect(box.lines.map((line) => line.text).join(' ')).toBe(box.label);
      for (const line of box.lines) {
        expect(line.x + estimateTextWidth(line.text, FONT_SIZE)).toBeLessThan(box.count.x - 24);
        expect(line.y).toBeGreaterThan(box.y);
        expect(line.y).toBeLessThan(box.bar.y);
      }
      expect(inside(box.bar, box)).toBe(true);
      expect(box.count.x).toBeLessThan(box.x + box.width);
    }
    expect(layout.stages[2]!.lines.length).toBeGreaterThan(1);
    expect(layout.stages[2]!.height).toBeGreaterThan(layout.stages[0]!.height);
  });

  it('arcs from each known prerequisite into the stage, within the left margin', () => {
    const arcs = layout.stages.flatMap((box) => box.prerequisiteArcs);
    expect(arcs.map((arc) => `${arc.from}->${arc.to}`)).toEqual(['a->b', 'a->c', 'b->c']);
    const [stageA, , stageC] = layout.stages;
    const arcAC = arcs[1]!;
    expect(arcAC.y1).toBeGreaterThan(stageA!.y + stageA!.height / 2);
    expect(arcAC.y2).toBeLessThan(stageC!.y + stageC!.height / 2);
    expect(arcAC.x1).toBe(stageC!.x);
    for (const arc of arcs) {
      const reach = Number(/A([\d.]+),/.exec(arc.d)![1]);
      expect(arc.x1 - reach).toBeGreaterThanOrEqual(0);
    }
  });

  it('marks a prerequisite implied when another prerequisite already leads to it', () => {
    const arcs = layout.stages.flatMap((box) => box.prerequisiteArcs);
    expect(arcs.filter((arc) => arc.implied).map((arc) => `${arc.from}->${arc.to}`)).toEqual(['a->c']);
  });

  it('rings every known direction a stage feeds, just outside its box', () => {
    const [stageA, stageB] = layout.stages;
    const [areaX, areaY] = layout.areas;
    expect(stageA!.feedRings).toHaveLength(2);
    expect(stageB!.feedRings).toHaveLength(1);
    for (const [ring, area] of [
      [stageA!.feedRings[0]!, areaX!],
      [stageB!.feedRings[0]!, areaY!],
    ] as const) {
      expect(inside(area, ring)).toBe(true);
      expect(ring.width - area.width).toBeLessThanOrEqual(8);
    }
  });
});

describe('the wide drawing', () => {
  const layout = layoutRoadmapDiagram(input, 'wide');

  it('puts the directions in a column right of the stages, spread over the full height', () => {
    const stageRight = Math.max(...layout.stages.map((box) => box.x + box.width));
    for (const area of layout.areas) expect(area.x).toBeGreaterThan(stageRight);
    expect(layout.areas[0]!.y).toBe(layout.stages[0]!.y);
    expect(layout.areas.at(-1)!.y + layout.areas.at(-1)!.height).toBe(layout.stages.at(-1)!.y + layout.stages.at(-1)!.height);
  });

  it('draws one line per known direction a stage feeds, from the stage to the direction', () => {
    const lines = layout.stages.flatMap((box) => box.feedLines);
    expect(lines.map((line) => `${line.from}->${line.to}`)).toEqual(['a->x', 'a->y', 'b->y']);
    expect(lines[0]!.x1).toBe(layout.stages[0]!.x + layout.stages[0]!.width);
    expect(lines[0]!.x2).toBe(layout.areas[0]!.x);
  });

  it('writes no notes, since the lines say the same', () => {
    expect(layout.stages.every((box) => box.noteLines.length === 0)).toBe(true);
    expect(layout.areasHeading).toBeUndefined();
  });
});

describe('the narrow drawing', () => {
  const layout = layoutRoadmapDiagram(input, 'narrow');

  it('is half as wide as the wide one, so it fits a phone at about its natural size', () => {
    expect(layout.width).toBeLessThanOrEqual(360);
    expect(layoutRoadmapDiagram(input, 'wide').width).toBeGreaterThanOrEqual(2 * layout.width);
  });

  it('names the directions inside each stage box instead of drawing lines', () => {
    expect(layout.stages.flatMap((box) => box.feedLines)).toEqual([]);
    for (const [index, box] of layout.stages.entries()) {
      expect(box.noteLines.map((line) => line.text).join(' ')).toBe(input.stages[index]!.note);
      for (const line of box.noteLines) {
        expect(line.x + estimateTextWidth(line.text, NOTE_FONT_SIZE)).toBeLessThanOrEqual(box.x + box.width);
        expect(line.y).toBeGreaterThan(box.lines.at(-1)!.y);
      }
    }
    expect(layout.stages[2]!.noteLines.length).toBeGreaterThan(1);
  });

  it('puts the directions in a two-column grid under the stages, in rank order, with a heading above', () => {
    const stagesBottom = layout.stages.at(-1)!.y + layout.stages.at(-1)!.height;
    const [first, second, third] = layout.areas;
    expect(layout.areasHeading!.y).toBeGreaterThan(stagesBottom);
    expect(first!.y).toBeGreaterThan(layout.areasHeading!.y);
    expect(second!.y).toBe(first!.y);
    expect(second!.x).toBeGreaterThan(first!.x + first!.width);
    expect(third!.x).toBe(first!.x);
    expect(third!.y).toBeGreaterThan(first!.y + first!.height);
  });
});

describe('wrapText', () => {
  it('breaks English at spaces and keeps lines within the width', () => {
    const lines = wrapText('Industry applications on mature model platforms', 150, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Industry applications on mature model platforms');
    for (const line of lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(150);
  });

  it('breaks Chinese between characters but never before closing punctuation or after an opening bracket', () => {
    const text = '多模态生成（Stable Diffusion）、知识库与 RAG 应用';
    for (let width = 40; width <= 300; width += 7) {
      const lines = wrapText(text, width, 13);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const line of lines.slice(1)) expect(line).not.toMatch(/^[）、，。：]/);
      for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/（$/);
    }
  });

  it('counts CJK characters as a full em and Latin letters as less', () => {
    expect(estimateTextWidth('推理', 10)).toBe(20);
    expect(estimateTextWidth('ab', 10)).toBeLessThan(20);
  });
});
