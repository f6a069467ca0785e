/** A metric as reported: an exact count, or a lower bound (“1200余”). */
export interface MetricValue {
  value: number;
  approximate: boolean;
}

export interface MetricDefinition {
  key: string;
  label: string;
  unit: string;
  description?: string | undefined;
}

export function parseMetricValue(raw: unknown): MetricValue | null {
  if (typeof raw === 'number') {
    return Number.isSafeInteger(raw) && raw >= 0 ? { value: raw, approximate: false } : null;
  }
  if (typeof raw !== 'string') return null;
  const m = /^(0|[1-9]\d*)(\+?)$/.exec(raw.trim());
  if (!m) return null;
  const value = Number(m[1]);
  return Number.isSafeInteger(value) ? { value, approximate: m[2] === '+' } : null;
}

/** `1200余` / `129` — the number as the bulletin prints it. */
export function formatMetricValue(v: MetricValue): string {
  return `${v.value}${v.approximate ? '余' : ''}`;
}

/** `走访联系群众 7600余人次`. */
export function formatMetric(def: MetricDefinition, v: MetricValue): string {
  return `${def.label} ${formatMetricValue(v)}${def.unit}`;
}
