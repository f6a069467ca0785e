/**
 * Drawing a card: satori lays the tree out into SVG (text as outlines, so no
 * font is needed later), resvg rasterises it to PNG. Fonts are read once per
 * build (the print engine's FontSet) and subset, per card, to the characters
 * the card draws — satori parses every font it is given, and a whole CJK font
 * is 15 MB.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { subsetToText } from '../print/fonts/subset.ts';
import type { FontRole } from '../print/fonts/roles.ts';
import type { FontSet } from '../print/layout/set-lines.ts';
import { cardText, type CardSpec } from './card-spec.ts';
import { cardTree } from './card-tree.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './paths.ts';

const CARD_ROLES: readonly FontRole[] = ['masthead', 'title', 'heiti'];

export interface RenderedCard {
  png: Uint8Array;
  truncated: boolean;
}

export async function renderCard(spec: CardSpec, fonts: FontSet): Promise<RenderedCard> {
  const { tree, truncated } = cardTree(spec, fonts);
  const text = cardText(spec);
  const subsets = await Promise.all(CARD_ROLES.map((role) => subsetToText(fonts[role].bytes, text)));
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: CARD_ROLES.map((role, k) => ({ name: role, data: toArrayBuffer(subsets[k]!), weight: 400, style: 'normal' })),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return { png: new Uint8Array(png), truncated };
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
