/**
 * A real, decodable PNG of a hand-drawn-looking signature, made from a seeded random source so
 * that the same seed always gives the same bytes. Written uncompressed (stored deflate blocks):
 * a 240 × 80 grayscale image is then about 26 KB of base64, the size a signature drawn on the
 * SLA step's pad takes once compressed at its larger canvas size.
 */
const WIDTH = 240;
const HEIGHT = 80;

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

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat([new Uint8Array([...type].map((c) => c.charCodeAt(0))), data]);
  return concat([new Uint8Array(u32(data.length)), typed, new Uint8Array(u32(crc32(typed)))]);
}

/** zlib stream of stored (uncompressed) deflate blocks: valid, and needs no compressor here. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [new Uint8Array([0x78, 0x01])];
  for (let at = 0; at < raw.length; at += 65535) {
    const block = raw.subarray(at, Math.min(raw.length, at + 65535));
    const last = at + 65535 >= raw.length ? 1 : 0;
    parts.push(new Uint8Array([last, block.length & 0xff, block.length >>> 8, ~block.length & 0xff, (~block.length >>> 8) & 0xff]), block);
  }
  parts.push(new Uint8Array(u32(adler32(raw))));
  return concat(parts);
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** A PNG data URL with a few connected pen strokes, drawn from `random` (0 ≤ x < 1). */
export function signaturePng(random: () => number): string {
  const rowBytes = WIDTH + 1; // filter byte + one gray byte per pixel
  const raw = new Uint8Array(rowBytes * HEIGHT).fill(255);
  for (let y = 0; y < HEIGHT; y++) raw[y * rowBytes] = 0;
  let x = 10 + random() * 20;
  let y = HEIGHT / 2;
  const steps = 400 + Math.floor(random() * 200);
  for (let i = 0; i < steps && x < WIDTH - 4; i++) {
    x += 0.35 + random() * 0.3;
    y = Math.min(HEIGHT - 6, Math.max(6, y + Math.sin(i / (3 + random() * 4)) * 2.2 + (random() - 0.5) * 1.5));
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) raw[Math.round(y + dy) * rowBytes + 1 + Math.round(x + dx)] = 20 + Math.floor(random() * 40);
  }
  const ihdr = new Uint8Array([...u32(WIDTH), ...u32(HEIGHT), 8, 0, 0, 0, 0]); // 8-bit grayscale
  const png = concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
  return `data:image/png;base64,${toBase64(png)}`;
}
