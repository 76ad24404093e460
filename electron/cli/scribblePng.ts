import { deflateSync } from 'node:zlib';

/**
 * A small, deterministic "drawn signature" PNG for fixtures and demos: a looping cursive-like
 * stroke, anti-aliased, dark ink on a transparent background like the signature pad produces.
 * Hand-rolled (zlib + CRC) so fixtures can be regenerated without a browser.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes 8-bit RGBA pixels (row-major) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter method variants, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

type Point = [number, number];

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export interface ScribbleOptions {
  /** Number of loops along the stroke. */
  loops: number;
  /** Phase and amplitude tweaks so two signers do not share a signature. */
  phase: number;
  slant: number;
}

/** A scribble as a `data:image/png;base64,` URL, 300 × 100 px. */
export function scribbleDataUrl({ loops, phase, slant }: ScribbleOptions): string {
  const width = 300;
  const height = 100;
  const points: Point[] = [];
  for (let i = 0; i <= 400; i++) {
    const t = i / 400;
    const r = 16 * Math.sin(Math.PI * t) ** 0.6; // loops swell in the middle of the name
    const a = 2 * Math.PI * loops * t + phase;
    const y = 55 + r * Math.sin(a) - 10 * Math.sin(2 * Math.PI * t + phase);
    points.push([18 + 250 * t + 0.8 * r * Math.cos(a) + slant * (55 - y), y]);
  }
  // A flourish underline.
  for (let i = 0; i <= 60; i++) points.push([250 - 3.6 * i, 84 - 6 * Math.sin((Math.PI * i) / 60)]);

  const half = 1.3; // stroke half-width in px
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let d = Infinity;
      for (let i = 1; i < points.length && d > 0; i++) {
        const a = points[i - 1]!;
        const b = points[i]!;
        if (Math.abs(a[1] - y) > 20 && Math.abs(b[1] - y) > 20) continue;
        d = Math.min(d, distanceToSegment([x + 0.5, y + 0.5], a, b));
      }
      const coverage = Math.max(0, Math.min(1, half + 0.5 - d));
      const o = (y * width + x) * 4;
      rgba.set([22, 33, 62, Math.round(coverage * 255)], o);
    }
  }
  return `data:image/png;base64,${encodePng(width, height, rgba).toString('base64')}`;
}
