/** Id of a metric's section on /metrics/, so other pages can link straight to it. */
export const metricAnchor = (key: string) => `metric-${key}`;
