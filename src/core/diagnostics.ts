/**
 * A diagnostic is one mistake in the content, addressed to an editor:
 * where it is (file, line), which field, what is wrong and how to fix it.
 * Messages are Chinese because editors read them; the code stays English.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line; 0 when the mistake concerns a whole file or folder. */
  line: number;
  /** 1-based column when known. */
  column?: number;
  /** The frontmatter field or YAML path (e.g. `metrics.voters`), or a short tag such as `正文`. */
  field: string;
  message: string;
  fix: string;
  severity: Severity;
  /** Stable rule id, for tests and for filtering. */
  rule: string;
}

export type DiagnosticInput = Omit<Diagnostic, 'severity'> & { severity?: Severity };

/** Collects diagnostics so that every check can report and carry on. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  /** Adds a diagnostic; the same mistake found twice (e.g. via two issues) is reported once. */
  add(d: DiagnosticInput): void {
    const key = [d.file, d.line, d.column ?? 0, d.field, d.message].join('\u0000');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ severity: 'error', ...d });
  }

  get errorCount(): number {
    return this.items.filter((d) => d.severity === 'error').length;
  }
}

/** Sorted by file, then line, so the report reads top to bottom. */
export function sortDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  return [...items].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.field.localeCompare(b.field),
  );
}

/** `file:line  field  message（修改：fix）` — one line per diagnostic. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
  const tag = d.severity === 'warning' ? '[警告] ' : '';
  return `${where}  ${d.field}  ${tag}${d.message}（修改：${d.fix}）`;
}

export function formatReport(items: readonly Diagnostic[]): string {
  const sorted = sortDiagnostics(items);
  const errors = sorted.filter((d) => d.severity === 'error').length;
  const warnings = sorted.length - errors;
  const lines = sorted.map(formatDiagnostic);
  const summary =
    errors === 0 && warnings === 0
      ? '内容校验通过：没有发现问题。'
      : `内容校验发现 ${errors} 个错误${warnings ? `、${warnings} 个警告` : ''}。`;
  return [...lines, '', summary].join('\n');
}
