import { useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useElementWidth } from '../../../lib/use-element-width';
import './uplot-chart.css';

type UPlotClass = typeof uPlot;

let loading: Promise<UPlotClass> | undefined;
/**
 * uPlot's code loads on first use, and only where charts can be drawn: it reads the screen's
 * pixel ratio as it loads, which a DOM without media queries (jsdom) cannot answer.
 */
function loadUPlot(): Promise<UPlotClass> {
  loading ??= import('uplot').then((mod) => mod.default);
  return loading;
}

/**
 * Whether this browser can draw charts: uPlot needs a 2D canvas and a size to draw at. Where
 * either is missing (old browsers, jsdom) the caller shows its table instead.
 */
export function chartsSupported(): boolean {
  if (typeof ResizeObserver !== 'function' || typeof document === 'undefined') return false;
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

export interface UPlotChartProps {
  /** What the chart shows, for assistive technology (the data table is next to it). */
  label: string;
  data: uPlot.AlignedData;
  height: number;
  /** Options for a given width; a new function (new data, new range) redraws the chart. */
  options: (lib: UPlotClass, width: number, height: number) => uPlot.Options;
  /** Called when loading uPlot fails, so the caller can show the table instead. */
  onUnavailable: () => void;
}

/**
 * One uPlot chart sized to its container: created once the container has a width, resized
 * (not rebuilt) as the container changes, destroyed on unmount.
 */
export function UPlotChart({ label, data, height, options, onUnavailable }: UPlotChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const width = useElementWidth(box);
  const [lib, setLib] = useState<UPlotClass | null>(null);
  const hasWidth = width > 0;

  useEffect(() => {
    let live = true;
    loadUPlot().then(
      (loaded) => {
        if (live) setLib(() => loaded);
      },
      () => {
        loading = undefined; // A failed chunk load may succeed next time.
        if (live) onUnavailable();
      },
    );
    return () => {
      live = false;
    };
  }, [onUnavailable]);

  useEffect(() => {
    const el = box.current;
    if (!lib || !el || !hasWidth) return;
    const plot = new lib(options(lib, el.clientWidth, height), data, el);
    chart.current = plot;
    return () => {
      plot.destroy();
      chart.current = null;
    };
    // The width is read when drawing; changes to it only resize (the effect below).
  }, [lib, hasWidth, data, options, height]);

  useEffect(() => {
    if (width > 0) chart.current?.setSize({ width, height });
  }, [width, height]);

  return (
    <div
      ref={box}
      className="uplot-chart"
      role="img"
      aria-label={label}
      style={{ minHeight: height }}
    />
  );
}
