/**
 * A worker thread of the render pool: draws one issue's PDF or one social
 * card per task. A task carries what it is drawn from (the publication
 * settings and the issue; the card's spec), so a worker never loads the
 * archive: its heap stays small and its garbage collections cheap. Fonts are
 * read once per worker; cards share one font subset to every character the
 * build's cards draw (`fontText`), which satori parses once per worker.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import type { CardSpec } from '../cards/card-spec.ts';
import { cardFontsFor, renderCard, type CardFonts } from '../cards/render-card.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { Archive, Issue } from '../core/model.ts';
import { loadFonts, printIssue } from '../print/render.ts';
import type { FontSet } from '../print/layout/set-lines.ts';

type Publication = Archive['publication'];

export type RenderTask =
  | { kind: 'pdf'; root: string; publication: Publication; issue: Issue }
  | { kind: 'card'; root: string; publication: Publication; spec: CardSpec; fontText: string };

export interface RenderOutput {
  bytes: Uint8Array | undefined;
  diagnostics: Diagnostic[];
}

const fontSets = new Map<string, FontSet>();
function fontsFor(root: string, publication: Publication): FontSet {
  const key = JSON.stringify([root, publication.print.fonts]);
  let fonts = fontSets.get(key);
  if (!fonts) fontSets.set(key, (fonts = loadFonts(root, { publication })));
  return fonts;
}

let cardFonts: { key: string; fonts: Promise<CardFonts> } | undefined;

// resvg keeps each 3 MB image in native memory that V8 does not count, so the
// collector never hurries: left alone a worker grows by gigabytes. Collect every few cards
// (the finalizers that free the images then run when the worker is back in its event loop).
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;
let cardsSinceCollect = 0;

export default async function render(task: RenderTask): Promise<RenderOutput> {
  const fonts = fontsFor(task.root, task.publication);
  if (task.kind === 'pdf') {
    const result = await printIssue(task.root, { publication: task.publication }, task.issue, fonts);
    return { bytes: result.bytes, diagnostics: result.diagnostics };
  }
  const key = `${task.root}\0${task.fontText}`;
  if (cardFonts?.key !== key) cardFonts = { key, fonts: cardFontsFor(fonts, task.fontText) };
  const { png } = await renderCard(task.spec, fonts, await cardFonts.fonts);
  if (++cardsSinceCollect >= 20) {
    cardsSinceCollect = 0;
    collect();
  }
  return { bytes: png, diagnostics: [] };
}
