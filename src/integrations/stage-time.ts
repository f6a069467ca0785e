/** Seconds since `started` (a performance.now() reading), for the build log that `npm run bench` reads. */
export function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(2);
}
