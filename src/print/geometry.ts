/**
 * The page grid of GB/T 9704 in PDF points (../shared/spec/print-format.md):
 * A4, type area 156 × 225 mm at 28 mm from the left and 37 mm from the top,
 * 22 lines × 28 characters. Everything else is placed relative to these.
 */
export const MM = 72 / 25.4;

export const PAGE_WIDTH = 210 * MM;
export const PAGE_HEIGHT = 297 * MM;
export const AREA_LEFT = 28 * MM;
export const AREA_TOP = 37 * MM;
export const AREA_WIDTH = 156 * MM;
export const AREA_HEIGHT = 225 * MM;
export const AREA_RIGHT = AREA_LEFT + AREA_WIDTH;
export const AREA_BOTTOM = AREA_TOP + AREA_HEIGHT;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** 3号: 16 pt body text. */
export const BODY_SIZE = 16;
/** One grid cell: 156 mm / 28 ≈ 15.79 pt, a little under 16 pt, so ideographs are set on the cell, not the em. */
export const CELL = AREA_WIDTH / CHARS_PER_LINE;
/** One line is a character height plus 7/8 of it: 225 mm / (22 + 21 × 7/8). */
export const LINE_HEIGHT = AREA_HEIGHT / (LINES_PER_PAGE + (LINES_PER_PAGE - 1) * (7 / 8));
/** Baseline to baseline: ≈ 10.45 mm. */
export const LINE_PITCH = LINE_HEIGHT * (1 + 7 / 8);

/** Top of grid line `k` (0-based) measured from the top of the page. */
export function lineTop(k: number): number {
  return AREA_TOP + k * LINE_PITCH;
}

/**
 * Baseline of grid line `k`: the ideographic em box (about 0.88 em above the
 * baseline, 0.12 em below) is centred on the line's character cell.
 */
export function baseline(k: number, size = BODY_SIZE): number {
  return lineTop(k) + LINE_HEIGHT / 2 + size * 0.38;
}

/** Page numbers: 4号 (14 pt), 7 mm below the type area. */
export const FOLIO_SIZE = 14;
export const FOLIO_BASELINE = AREA_BOTTOM + 7 * MM + FOLIO_SIZE * 0.88;

/** The bulletin's red (RGB 200, 16, 46). */
export const RED = { r: 200 / 255, g: 16 / 255, b: 46 / 255 };
