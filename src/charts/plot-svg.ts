/**
 * Observable Plot on the server: Plot draws with a DOM, which at build time is
 * happy-dom's. The result is a plain SVG string with a <title> and a <desc>,
 * so pages ship no JavaScript and screen readers announce what the chart shows.
 */
import * as Plot from '@observablehq/plot';
import { Window } from 'happy-dom';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ChartText {
  /** Prefix of the element ids, unique within the page. */
  id: string;
  /** What the chart is: `收集意见建议历年合计`. */
  title: string;
  /** The chart in words, with its numbers. */
  description: string;
}

/**
 * Renders `options` with Plot into an accessible SVG string. The class name is
 * fixed (Plot's default is a constant too, but naming it keeps the site's CSS
 * in charge) and nothing random goes into the markup: the same data gives
 * byte-identical output.
 */
export async function plotToSvg(options: Plot.PlotOptions, text: ChartText): Promise<string> {
  const window = new Window();
  try {
    // happy-dom's Document is a DOM Document for all Plot uses; its types are its own.
    const document = window.document as unknown as Document;
    const chart = Plot.plot({ ...options, document, className: 'metric-chart-plot', ariaLabel: null, ariaDescription: null });
    if (chart.tagName.toLowerCase() !== 'svg') throw new Error('图表应为单个 SVG（不要用 Plot 的 title、caption 或图例）');
    const titleId = `${text.id}-title`;
    const descId = `${text.id}-desc`;
    const title = document.createElementNS(SVG_NS, 'title');
    title.setAttribute('id', titleId);
    title.textContent = text.title;
    const desc = document.createElementNS(SVG_NS, 'desc');
    desc.setAttribute('id', descId);
    desc.textContent = text.description;
    chart.prepend(title, desc);
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-labelledby', `${titleId} ${descId}`);
    // Plot's own font stays only where the page's CSS does not reach (the SVG saved on its own).
    chart.setAttribute('font-family', 'sans-serif');
    return chart.outerHTML;
  } finally {
    await window.happyDOM.close();
  }
}
