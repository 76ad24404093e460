/**
 * The growth of one figure with the size of a workshop: its log-log slope (1: linear, 2:
 * quadratic; 0: does not grow) and a small SVG chart of it, written by the bench.
 */
export interface GrowthPoint {
  /** The workshop's size (its JSON, bytes). */
  size: number;
  value: number;
}

/** Least-squares slope of log(value) against log(size). */
export function growthExponent(points: readonly GrowthPoint[]): number {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(Math.max(p.value, 1e-6)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

const W = 360;
const H = 200;
const PAD = { left: 56, right: 14, top: 28, bottom: 38 };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A log-log chart: the figure per workshop size, with the line a linear growth from the
 * smallest size would follow (dashed), so a steeper path stands out at a glance.
 */
export function growthSvg(title: string, unit: string, points: readonly GrowthPoint[], format: (v: number) => string): string {
  const lx = points.map((p) => Math.log10(p.size));
  const ly = points.map((p) => Math.log10(Math.max(p.value, 1e-3)));
  const first = points[0]!;
  const linearEnd = Math.log10(Math.max(first.value, 1e-3) * (points.at(-1)!.size / first.size));
  const [x0, x1] = [Math.min(...lx), Math.max(...lx)];
  const [y0, y1] = [Math.min(...ly), Math.max(...ly, linearEnd)];
  const sx = (v: number) => PAD.left + ((v - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const sy = (v: number) => H - PAD.bottom - ((v - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const path = points.map((_, i) => `${i ? 'L' : 'M'}${sx(lx[i]!).toFixed(1)},${sy(ly[i]!).toFixed(1)}`).join(' ');
  const dots = points
    .map(
      (p, i) =>
        `<circle cx="${sx(lx[i]!).toFixed(1)}" cy="${sy(ly[i]!).toFixed(1)}" r="3" fill="#2563eb"/><text x="${sx(lx[i]!).toFixed(1)}" y="${(sy(ly[i]!) - 7).toFixed(1)}" text-anchor="middle" font-size="10">${esc(format(p.value))}</text>`,
    )
    .join('');
  const ticks = points
    .map(
      (p, i) =>
        `<text x="${sx(lx[i]!).toFixed(1)}" y="${H - PAD.bottom + 14}" text-anchor="middle" font-size="10">${(p.size / 1024 / 1024).toFixed(1)} MB</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif">
<rect width="${W}" height="${H}" fill="#fff"/>
<text x="${PAD.left}" y="16" font-size="12" font-weight="bold">${esc(title)}</text>
<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#999"/>
<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${H - PAD.bottom}" stroke="#999"/>
<line x1="${sx(x0).toFixed(1)}" y1="${sy(ly[0]!).toFixed(1)}" x2="${sx(x1).toFixed(1)}" y2="${sy(linearEnd).toFixed(1)}" stroke="#aaa" stroke-dasharray="4 3"/>
<path d="${path}" fill="none" stroke="#2563eb" stroke-width="2"/>${dots}${ticks}
<text x="${(W + PAD.left) / 2}" y="${H - 6}" text-anchor="middle" font-size="10">workshop size (log); dashed: linear growth</text>
<text x="12" y="${(H - PAD.bottom + PAD.top) / 2}" font-size="10" transform="rotate(-90 12 ${(H - PAD.bottom + PAD.top) / 2})" text-anchor="middle">${esc(unit)} (log)</text>
</svg>
`;
}
