/** What every layer of the importer hands on: source lines, the repairs made to them, and what an editor must check. */

/** One line of the input file; `line` is 1-based and never changes, whatever the text becomes. */
export interface SourceLine {
  line: number;
  text: string;
}

export type RepairKind =
  | 'markdown-debris'
  | 'page-number'
  | 'private-use'
  | 'full-width-digit'
  | 'half-width-punctuation'
  | 'space'
  | 'ascii-quote'
  | 'line-join';

/** One change to the exported text, addressed by its input line, so that the editor can check it against the print. */
export interface Repair {
  line: number;
  kind: RepairKind;
  /** A few characters around the change, before and after it. */
  before: string;
  after: string;
  /** Chinese, for the report. */
  message: string;
}

export type Severity = 'error' | 'warning';

/** Something the importer could not decide, or refuses: listed in the report with its line (0: the whole file). */
export interface Finding {
  line: number;
  severity: Severity;
  message: string;
  fix?: string;
  /** Stable tag, for tests and for grouping in the report. */
  rule: string;
}
