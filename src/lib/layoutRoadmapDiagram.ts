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

export function layoutRoadmapDiagram({ stages, areas }: DiagramInput): DiagramLayout {
  const height = PADDING * 2 + (stages.length - 1) * ROW + BOX_HEIGHT;
  const areaStep = areas.length > 1 ? (height - PADDING * 2 - BOX_HEIGHT) / (areas.length - 1) : 0;
  const stageBoxes = stages.map((stage, index) => ({
    slug: stage.slug,
    label: stage.label,
    x: PADDING,
    y: PADDING + index * ROW,
    width: STAGE_WIDTH,
    height: BOX_HEIGHT,
  }));
  const areaX = PADDING + STAGE_WIDTH + GAP;
  const areaBoxes = areas.map((area, index) => ({
    slug: area.slug,
    label: area.label,
    x: areaX,
    y: PADDING + index * areaStep,
    width: AREA_WIDTH,
    height: BOX_HEIGHT,
  }));
  const areaBySlug = new Map(areaBoxes.map((box) => [box.slug, box]));
  const links = stages.flatMap((stage, index) => {
    const from = stageBoxes[index]!;
    return stage.feeds.flatMap((slug) => {
      const to = areaBySlug.get(slug);
      if (!to) return [];
      return [{ from: stage.slug, to: slug, x1: from.x + from.width, y1: from.y + BOX_HEIGHT / 2, x2: to.x, y2: to.y + BOX_HEIGHT / 2 }];
    });
  });
  return { width: areaX + AREA_WIDTH + PADDING, height, stages: stageBoxes, areas: areaBoxes, links };
}
