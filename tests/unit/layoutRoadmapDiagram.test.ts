import { describe, expect, it } from 'vitest';
import { layoutRoadmapDiagram } from '../../src/lib/layoutRoadmapDiagram';

const input = {
  stages: [
    { slug: 'a', label: 'A', feeds: ['x', 'y'] },
    { slug: 'b', label: 'B', feeds: ['y', 'missing'] },
    { slug: 'c', label: 'C', feeds: [] },
  ],
  areas: [
    { slug: 'x', label: 'X' },
    { slug: 'y', label: 'Y' },
  ],
};

describe('layoutRoadmapDiagram', () => {
  const layout = layoutRoadmapDiagram(input);

  it('stacks stages top to bottom in order and keeps every box inside the canvas', () => {
    const ys = layout.stages.map((box) => box.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    for (const box of [...layout.stages, ...layout.areas]) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
    }
  });

  it('spreads the directions over the full height', () => {
    expect(layout.areas[0]!.y).toBe(layout.stages[0]!.y);
    expect(layout.areas.at(-1)!.y + layout.areas.at(-1)!.height).toBe(layout.stages.at(-1)!.y + layout.stages.at(-1)!.height);
  });

  it('draws one line per known direction a stage feeds, from the stage to the direction', () => {
    expect(layout.links.map((link) => `${link.from}->${link.to}`)).toEqual(['a->x', 'a->y', 'b->y']);
    const [first] = layout.links;
    expect(first!.x1).toBe(layout.stages[0]!.x + layout.stages[0]!.width);
    expect(first!.x2).toBe(layout.areas[0]!.x);
  });
});
