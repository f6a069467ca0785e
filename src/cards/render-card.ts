/**
 * Drawing a card: satori lays the tree out into SVG (text as outlines, so no
 * font is needed later), resvg rasterises it, encodePng writes the PNG.
 * Fonts are read once per build (the print engine's FontSet) and subset with
 * harfbuzz: satori parses every font it is given, and a whole CJK font is
 * 15 MB. A run of cards shares one subset to all their characters
 * (`cardFontsFor`), which satori parses once; a lone card gets its own.
 * The outlines are the same either way, so the PNG is too.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { subsetToText } from '../print/fonts/subset.ts';
import type { FontRole } from '../print/fonts/roles.ts';
import type { FontSet } from '../print/layout/set-lines.ts';
import { cardText, type CardSpec } from './card-spec.ts';
import { cardTree } from './card-tree.ts';
import { encodePng } from './png.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './paths.ts';

const CARD_ROLES: readonly FontRole[] = ['masthead', 'title', 'heiti'];

type SatoriFonts = Parameters<typeof satori>[1]['fonts'];

/** Card fonts subset to a set of characters; satori keeps its parse of them for as long as this object lives. */
export interface CardFonts {
  chars: ReadonlySet<string>;
  satori: SatoriFonts;
}

export async function cardFontsFor(fonts: FontSet, text: string): Promise<CardFonts> {
  const chars = new Set(text);
  const subsets = await Promise.all(CARD_ROLES.map((role) => subsetToText(fonts[role].file, [...chars].join(''))));
  return { chars, satori: CARD_ROLES.map((role, k) => ({ name: role, data: toArrayBuffer(subsets[k]!), weight: 400, style: 'normal' })) };
}

export interface RenderedCard {
  png: Uint8Array;
  truncated: boolean;
}

export async function renderCard(spec: CardSpec, fonts: FontSet, shared?: CardFonts): Promise<RenderedCard> {
  const { tree, truncated } = cardTree(spec, fonts);
  const text = cardText(spec);
  const own = shared && [...text].every((ch) => shared.chars.has(ch)) ? shared : await cardFontsFor(fonts, text);
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: own.satori });
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return { png: encodePng(image.pixels, image.width, image.height), truncated };
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
