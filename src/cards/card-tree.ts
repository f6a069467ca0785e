/**
 * The card's design, as the element tree satori lays out: the bulletin's
 * masthead (red title, 第 N 期 and date at the right, red rule), a red kicker
 * (region or series), the headline, and the committee or organ at the foot.
 * Text is wrapped here, by the print engine's line breaker, so satori only
 * places lines that are known to fit.
 */
import { RED as PRINT_RED } from '../print/geometry.ts';
import type { FontSet } from '../print/layout/set-lines.ts';
import type { CardSpec } from './card-spec.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './paths.ts';
import { wrapTitle } from './wrap-title.ts';

/** The print edition's masthead red. */
export const RED = `rgb(${[PRINT_RED.r, PRINT_RED.g, PRINT_RED.b].map((c) => Math.round(c * 255)).join(', ')})`;
const PADDING_X = 72;
export const CONTENT_WIDTH = CARD_WIDTH - 2 * PADDING_X;

interface Node {
  type: string;
  props: { style: Record<string, unknown>; children?: Node[] | string };
}

const box = (style: Record<string, unknown>, children: Node[] | string = []): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** One line of text that is known to fit; nowrap so satori never re-breaks it. */
const line = (text: string, font: string, size: number, color: string, extra: Record<string, unknown> = {}): Node =>
  box({ fontFamily: font, fontSize: size, lineHeight: 1.3, color, whiteSpace: 'nowrap', ...extra }, text);

export interface LaidOutCard {
  tree: Node;
  /** True when some text was cut and ends in “…”. */
  truncated: boolean;
}

export function cardTree(spec: CardSpec, fonts: FontSet): LaidOutCard {
  let truncated = false;
  const fit = (text: string, role: keyof FontSet, size: number, maxLines: number): string[] => {
    const wrapped = wrapTitle(text, fonts[role], size, CONTENT_WIDTH, maxLines);
    truncated ||= wrapped.truncated;
    return wrapped.lines;
  };

  // An article's headline gets three large lines; an issue lists one line per article.
  const single = spec.headline.length === 1;
  const headlineSize = single ? 60 : 40;
  const headline = single
    ? fit(spec.headline[0]!, 'title', headlineSize, 3)
    : spec.headline.slice(0, 4).flatMap((h) => fit(h, 'title', headlineSize, 1));
  if (spec.headline.length > 4) {
    truncated = true;
    headline.push(`等 ${spec.headline.length} 篇`);
  }

  const masthead = box({ justifyContent: 'space-between', alignItems: 'flex-end' }, [
    line(spec.masthead, 'masthead', 112, RED, { letterSpacing: 10, lineHeight: 1.1 }),
    box({ flexDirection: 'column', alignItems: 'flex-end', paddingBottom: 8 }, [
      line(spec.number, 'title', 30, '#111'),
      line(spec.date, 'title', 30, '#111'),
    ]),
  ]);
  const rule = box({ height: 6, backgroundColor: RED, marginTop: 14 });
  const kicker = fit(spec.kicker, 'heiti', 34, 1).map((t) => line(t, 'heiti', 34, RED));
  const body = box({ flexDirection: 'column', marginTop: 30 }, [
    ...kicker,
    box({ flexDirection: 'column', marginTop: 12 }, headline.map((t) => line(t, 'title', headlineSize, '#111'))),
  ]);
  const footer = box({ marginTop: 'auto' }, fit(spec.footer, 'heiti', 28, 1).map((t) => line(t, 'heiti', 28, '#444')));

  // Margins on an inner box rather than padding on the card: satori sizes boxes content-box.
  const tree = box({ width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: '#fffdf8' }, [
    box({ width: CONTENT_WIDTH, flexDirection: 'column', margin: `48px ${PADDING_X}px 44px` }, [masthead, rule, body, footer]),
  ]);
  return { tree, truncated };
}
