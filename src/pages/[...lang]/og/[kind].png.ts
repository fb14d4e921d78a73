// The Open Graph image of each page kind in each language, drawn at build time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import opentype from 'opentype.js';
import sharp from 'sharp';
import type { Locale } from '../../../config';
import { socialCardSvg, type CardFonts } from '../../../lib/socialCard';
import { SOCIAL_CARD_KINDS, socialCardText, type SocialCardKind } from '../../../lib/socialCardText';
import { localeStaticPaths } from '../../../lib/localePath';

export function getStaticPaths() {
  return localeStaticPaths().flatMap((path) =>
    SOCIAL_CARD_KINDS.map((kind) => ({ params: { ...path.params, kind }, props: { ...path.props, kind } })),
  );
}

let fonts: CardFonts | undefined;
function loadFonts(): CardFonts {
  const load = (weight: string) => {
    const file = readFileSync(join(process.cwd(), `src/assets/fonts/NotoSansCJKsc-${weight}.card.otf`));
    return opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
  };
  fonts ??= { regular: load('Regular'), bold: load('Bold') };
  return fonts;
}

export const GET: APIRoute<{ locale: Locale; kind: SocialCardKind }> = async ({ props }) => {
  const svg = socialCardSvg(socialCardText(props.locale, props.kind), loadFonts());
  const png = await sharp(Buffer.from(svg)).png({ palette: true, colours: 64, compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
