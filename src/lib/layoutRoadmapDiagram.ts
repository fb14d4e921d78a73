// Geometry of the roadmap diagram: stages in a left column, directions in a right column,
// a line for every direction a stage feeds. Pure, so the drawing stays a dumb template.

export interface DiagramInput {
  stages: { slug: string; label: string; feeds: string[] }[];
  areas: { slug: string; label: string }[];
}

export interface DiagramBox {
  slug: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramLink {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  stages: DiagramBox[];
  areas: DiagramBox[];
  links: DiagramLink[];
}

const BOX_HEIGHT = 40;
const ROW = 56;
const STAGE_WIDTH = 390;
const AREA_WIDTH = 190;
const GAP = 120;
const PADDING = 8;

/** A column of equal boxes, one per item, `step` apart from the top padding. */
function column(items: readonly { slug: string; label: string }[], x: number, width: number, step: number): DiagramBox[] {
  return items.map((item, index) => ({
    slug: item.slug,
    label: item.label,
    x,
    y: PADDING + index * step,
    width,
    height: BOX_HEIGHT,
  }));
}

export function layoutRoadmapDiagram({ stages, areas }: DiagramInput): DiagramLayout {
  const height = PADDING * 2 + (stages.length - 1) * ROW + BOX_HEIGHT;
  const areaStep = areas.length > 1 ? (height - PADDING * 2 - BOX_HEIGHT) / (areas.length - 1) : 0;
  const stageBoxes = column(stages, PADDING, STAGE_WIDTH, ROW);
  const areaX = PADDING + STAGE_WIDTH + GAP;
  const areaBoxes = column(areas, areaX, AREA_WIDTH, areaStep);
  const areaBySlug = new Map(areaBoxes.map((box) => [box.slug, box]));
  const links = stages.flatMap((stage, index) => {
    const from = stageBoxes[index]!;
    return stage.feeds.flatMap((slug) => {
      const to = areaBySlug.get(slug);
      if (!to) return [];
      return [
        { from: stage.slug, to: slug, x1: from.x + from.width, y1: from.y + BOX_HEIGHT / 2, x2: to.x, y2: to.y + BOX_HEIGHT / 2 },
      ];
    });
  });
  return { width: areaX + AREA_WIDTH + PADDING, height, stages: stageBoxes, areas: areaBoxes, links };
}
