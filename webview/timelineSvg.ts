// The run as an SVG picture: one lane per pod, coloured by state over virtual time, with the
// events as ticks. Built with DOM calls and serialised, so names are escaped by the serializer.

import type { RunHistory } from './runHistory';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Lanes drawn at most. NOTE: larger sets show their first pods only in the picture. */
const MAX_LANES = 60;
const COLORS: Record<string, string> = {
  pending: '#d7ba7d',
  running: '#4fc1ff',
  ready: '#3fb950',
  terminating: '#8b949e',
  failing: '#f85149',
};

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The timeline of a replayed run as standalone SVG text. */
export function timelineSvg(run: RunHistory): string {
  const pods = [...run.lanes.keys()].slice(0, MAX_LANES);
  const labelWidth = 12 + 7 * Math.max(6, ...pods.map((p) => p.length));
  const plotWidth = 640;
  const lane = 22;
  const top = 40;
  const height = top + lane * pods.length + 64;
  const width = labelWidth + Math.max(plotWidth, 820) + 20;
  const span = Math.max(1, run.endTime);
  const x = (t: number) => labelWidth + (plotWidth * t) / span;

  const svg = el('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': 'sans-serif',
    'font-size': 12,
  });
  svg.append(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  svg.append(
    el(
      'text',
      { x: 10, y: 20, 'font-weight': 'bold' },
      `StatefulSet ${run.namespace}/${run.setName} · ${run.endTime}s`,
    ),
  );
  // With more than one revision in the run, the newest one's stretches are outlined.
  const all = [...run.lanes.values()].flat().sort((a, b) => a.start - b.start);
  const newest = new Set(all.map((s) => s.revision)).size > 1 ? all[all.length - 1].revision : '';
  pods.forEach((pod, i) => {
    const y = top + i * lane;
    svg.append(el('text', { x: 10, y: y + 15 }, pod));
    for (const s of run.lanes.get(pod) ?? []) {
      const end = s.end < 0 ? run.endTime : s.end;
      const w = Math.max(1, x(end) - x(s.start));
      const rect = el('rect', {
        x: x(s.start),
        y: y + 3,
        width: w,
        height: lane - 6,
        rx: 3,
        fill: COLORS[s.state] ?? '#999999',
        ...(s.revision === newest ? { stroke: '#1f2328', 'stroke-width': 2 } : {}),
      });
      rect.append(el('title', {}, `${pod}: ${s.state} ${s.start}s–${end}s, ${s.revision}`));
      svg.append(rect);
    }
  });
  const axisY = top + lane * pods.length + 8;
  svg.append(
    el('line', {
      x1: labelWidth,
      y1: axisY,
      x2: labelWidth + plotWidth,
      y2: axisY,
      stroke: '#555555',
    }),
  );
  for (const e of run.events) {
    const tick = el('line', {
      x1: x(e.time),
      y1: axisY - 4,
      x2: x(e.time),
      y2: axisY + 4,
      stroke: e.type === 'Warning' ? '#f85149' : '#555555',
    });
    tick.append(el('title', {}, `${e.time}s ${e.reason} ${e.object}: ${e.message}`));
    svg.append(tick);
  }
  svg.append(el('text', { x: labelWidth, y: axisY + 20 }, '0s'));
  svg.append(
    el(
      'text',
      { x: labelWidth + plotWidth, y: axisY + 20, 'text-anchor': 'end' },
      `${run.endTime}s`,
    ),
  );
  let lx = labelWidth;
  for (const [state, color] of Object.entries(COLORS)) {
    svg.append(el('rect', { x: lx, y: axisY + 32, width: 10, height: 10, fill: color }));
    svg.append(el('text', { x: lx + 14, y: axisY + 42 }, state));
    lx += 100;
  }
  if (newest) {
    svg.append(
      el('rect', {
        x: lx,
        y: axisY + 32,
        width: 10,
        height: 10,
        fill: '#ffffff',
        stroke: '#1f2328',
        'stroke-width': 2,
      }),
    );
    svg.append(el('text', { x: lx + 14, y: axisY + 42 }, `${newest} (new revision)`));
    lx += 240;
  }
  return new XMLSerializer().serializeToString(svg);
}
