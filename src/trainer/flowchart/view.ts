// The flowchart's view: where the chart sits in its box and how big. Pure arithmetic, so the
// gestures (drag, pinch, wheel, keys, buttons) all move it the same way.

export interface View {
  /** Where the chart's origin is drawn, in box pixels. */
  x: number;
  y: number;
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

export const scaleLimits = { min: 0.2, max: 3 } as const;
/** How much of the chart always stays in the box, so it can never be lost off-screen. */
const keepVisible = 48;

const clampNumber = (value: number, low: number, high: number) =>
  Math.min(Math.max(value, low), Math.max(low, high));

/** Keeps the scale in its limits and part of the chart in the box. */
export function clampView(view: View, box: Size, chart: Size): View {
  const scale = clampNumber(view.scale, scaleLimits.min, scaleLimits.max);
  if (box.width === 0 || box.height === 0) return { ...view, scale };
  return {
    scale,
    x: clampNumber(view.x, keepVisible - chart.width * scale, box.width - keepVisible),
    y: clampNumber(view.y, keepVisible - chart.height * scale, box.height - keepVisible),
  };
}

export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** Zooms by `factor`, keeping the chart point under `at` (box pixels) where it is. */
export function zoomAt(view: View, factor: number, at: { x: number; y: number }): View {
  const scale = clampNumber(view.scale * factor, scaleLimits.min, scaleLimits.max);
  const applied = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * applied, y: at.y - (at.y - view.y) * applied };
}

/** The whole chart, as large as fits, centred. */
export function fitView(box: Size, chart: Size): View {
  if (box.width === 0 || box.height === 0) return { x: 0, y: 0, scale: 1 };
  const scale = clampNumber(
    Math.min(box.width / chart.width, box.height / chart.height),
    scaleLimits.min,
    scaleLimits.max,
  );
  return {
    scale,
    x: (box.width - chart.width * scale) / 2,
    y: (box.height - chart.height * scale) / 2,
  };
}

/**
 * How the chart opens: whole, if its words are still `readable` (the zoom at which they read,
 * about 12 px on screen); else as wide as the box, from the top, to be panned down; else, on a
 * small screen, at actual size, from the top, around `focusX` (chart units: the start).
 */
export function openingView(box: Size, chart: Size, readable: number, focusX?: number): View {
  if (box.width === 0 || box.height === 0 || chart.width === 0) return { x: 0, y: 0, scale: 1 };
  const whole = fitView(box, chart);
  if (whole.scale >= readable && whole.scale <= 1) return whole;
  const scale = Math.min(1, box.width / chart.width);
  if (scale >= readable) return { scale, x: (box.width - chart.width * scale) / 2, y: 0 };
  const x = box.width / 2 - (focusX ?? chart.width / 2);
  return clampView(
    { scale: 1, x: Math.min(0, Math.max(box.width - chart.width, x)), y: 0 },
    box,
    chart,
  );
}

/** The smallest move that brings `area` (chart units) fully into the box, with a margin. */
export function revealArea(
  view: View,
  box: Size,
  area: { x: number; y: number; width: number; height: number },
  margin = 16,
): View {
  const left = view.x + area.x * view.scale;
  const top = view.y + area.y * view.scale;
  const right = left + area.width * view.scale;
  const bottom = top + area.height * view.scale;
  const dx =
    left < margin ? margin - left : right > box.width - margin ? box.width - margin - right : 0;
  const dy =
    top < margin ? margin - top : bottom > box.height - margin ? box.height - margin - bottom : 0;
  return dx === 0 && dy === 0 ? view : panBy(view, dx, dy);
}
