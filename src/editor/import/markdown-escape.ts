/**
 * Plain bulletin text as Markdown that renders back to exactly that text.
 * Characters Markdown would read as syntax are backslash-escaped: emphasis,
 * code, links, HTML, entities, strikethrough anywhere; block markers at the
 * start of a paragraph. Paragraphs are single lines, so nothing can continue
 * a block from the line before (setext headings, tables).
 */

/** Anywhere in a line: \ * _ ` [ ] < & ~ */
const INLINE = /[\\*_`[\]<&~]/g;

/**
 * GFM links bare URLs and e-mail addresses (http://…, www.…, a@b.cn) and then
 * keeps escapes inside them as text: break the literal instead (http\://,
 * www\., a\@b), so the address stays plain text, as in print.
 */
const AUTOLINK = /(?<=[a-z])(?=:\/\/)|(?<=\bwww)(?=\.)|(?<=[\w.+-])(?=@[\w-])/gi;

/**
 * At the start of a paragraph, what would open a block: `# ` heading, `>`
 * quote, `- ` / `+ ` list, `---` rule, `1. ` / `1) ` ordered list.
 * (`-加强` or `0.5万` are text already and stay unescaped.)
 */
const LEADING = /^(?:#{1,6}(?=\s|$)|>|[-+](?=\s|$)|-(?=[-\s]*$)|\d{1,9}(?=[.)](?:\s|$)))/;

export function escapeMarkdown(text: string): string {
  const inline = escapeInline(text);
  const lead = LEADING.exec(inline);
  if (!lead) return inline;
  // A number followed by . or ) would start an ordered list: escape the delimiter, not the digits.
  if (/^\d/.test(lead[0])) return `${lead[0]}\\${inline.slice(lead[0].length)}`;
  return `\\${inline}`;
}

/** `**lead**rest`, with both parts escaped: the bold lead sentence of a run-in point. */
export function runInMarkdown(lead: string, rest: string): string {
  return `**${escapeInline(lead)}**${escapeInline(rest)}`;
}

/** Escaping for text that does not start a paragraph: no block markers to worry about. */
function escapeInline(text: string): string {
  return text.replace(INLINE, (ch) => `\\${ch}`).replace(AUTOLINK, '\\');
}
