import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import {
  clampView,
  fitView,
  openingView,
  panBy,
  revealArea,
  zoomAt,
  type Size,
  type View,
} from './view';

interface Point {
  x: number;
  y: number;
}

/** A drag shorter than this is a tap: the step under it opens. */
const tapSlop = 6;
const keyStep = 80;
const buttonFactor = 1.25;

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const middle = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** How the chart opens: see openingView. */
export interface Opening {
  /** The zoom at which the chart's words read. */
  readable: number;
  /** Where to centre the chart when it opens at actual size (chart units). */
  focusX?: number;
}

/**
 * Pan and zoom for a chart of `chart` size in a box: one finger or the mouse drags, two fingers
 * pinch, the wheel scrolls (with Ctrl or ⌘ it zooms), arrow keys move, + and − zoom, 0 fits.
 * Until the person moves it, the chart keeps its opening view, fitted again when the box changes.
 */
export function usePanZoom(chart: Size, opening: Opening) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<Size>({ width: 0, height: 0 });
  // null until the person moves the chart.
  const [moved, setMoved] = useState<View | null>(null);
  const { readable, focusX } = opening;
  const opened = useMemo(
    () => openingView(box, chart, readable, focusX),
    [box, chart, readable, focusX],
  );
  const view = moved ?? opened;
  const setView = useCallback(
    (change: (current: View) => View) => setMoved((current) => change(current ?? opened)),
    [opened],
  );
  const pointers = useRef(new Map<number, Point>());
  const dragStart = useRef<Point | null>(null);
  const dragged = useRef(false);

  const move = useCallback(
    (change: (current: View) => View) =>
      setView((current) => clampView(change(current), box, chart)),
    [box, chart, setView],
  );

  useEffect(() => {
    const element = boxRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setBox({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // React's wheel listener is passive; this one must be able to keep the page from scrolling.
  useEffect(() => {
    const element = boxRef.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const unit = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : 1;
      const rect = element.getBoundingClientRect();
      if (event.ctrlKey || event.metaKey) {
        const at = { x: event.clientX - rect.left, y: event.clientY - rect.top };
        move((current) => zoomAt(current, Math.exp(-event.deltaY * unit * 0.01), at));
      } else {
        move((current) => panBy(current, -event.deltaX * unit, -event.deltaY * unit));
      }
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [move]);

  const local = (event: PointerEvent): Point => {
    const rect = boxRef.current?.getBoundingClientRect();
    return { x: event.clientX - (rect?.left ?? 0), y: event.clientY - (rect?.top ?? 0) };
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if (pointers.current.size === 0) dragged.current = false;
    const point = local(event);
    pointers.current.set(event.pointerId, point);
    dragStart.current = pointers.current.size === 1 ? point : null;
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    const point = local(event);
    if (pointers.current.size === 1) {
      const start = dragStart.current;
      if (!dragged.current && start && distance(start, point) < tapSlop) return;
      if (!dragged.current) event.currentTarget.setPointerCapture(event.pointerId);
      dragged.current = true;
      pointers.current.set(event.pointerId, point);
      move((current) => panBy(current, point.x - previous.x, point.y - previous.y));
      return;
    }
    const other = [...pointers.current].find(([id]) => id !== event.pointerId)?.[1];
    pointers.current.set(event.pointerId, point);
    if (!other) return;
    dragged.current = true;
    const before = middle(previous, other);
    const after = middle(point, other);
    const factor = distance(point, other) / Math.max(1, distance(previous, other));
    move((current) =>
      zoomAt(panBy(current, after.x - before.x, after.y - before.y), factor, after),
    );
  };

  const onPointerEnd = (event: PointerEvent<HTMLDivElement>) => {
    pointers.current.delete(event.pointerId);
    if (pointers.current.size === 0) dragStart.current = null;
  };

  /** A drag that started on a step does not open it. */
  const onClickCapture = (event: MouseEvent<HTMLDivElement>) => {
    if (!dragged.current) return;
    dragged.current = false;
    event.preventDefault();
    event.stopPropagation();
  };

  const centre = (): Point => ({ x: box.width / 2, y: box.height / 2 });
  const zoomIn = () => move((current) => zoomAt(current, buttonFactor, centre()));
  const zoomOut = () => move((current) => zoomAt(current, 1 / buttonFactor, centre()));
  const fit = () => setView(() => fitView(box, chart));
  const actualSize = () => move((current) => zoomAt(current, 1 / current.scale, centre()));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [keyStep, 0],
      ArrowRight: [-keyStep, 0],
      ArrowUp: [0, keyStep],
      ArrowDown: [0, -keyStep],
    };
    const pan = pans[event.key];
    if (pan) move((current) => panBy(current, pan[0], pan[1]));
    else if (event.key === '+' || event.key === '=') zoomIn();
    else if (event.key === '-' || event.key === '_') zoomOut();
    else if (event.key === '0') fit();
    else return;
    event.preventDefault();
  };

  /** Brings an area of the chart into view (a step that got keyboard focus). */
  const reveal = (area: { x: number; y: number; width: number; height: number }) =>
    setView((current) => revealArea(current, box, area));

  return {
    boxRef,
    view,
    boxHandlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: onPointerEnd,
      onPointerCancel: onPointerEnd,
      onClickCapture,
      onKeyDown,
    },
    zoomIn,
    zoomOut,
    fit,
    actualSize,
    reveal,
  };
}
