// Draws the Teams app icons with node alone (zlib for PNG): manifest/color.png (192×192, full colour) and
// manifest/outline.png (32×32, white on transparent). Run: node scripts/make-teams-icons.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** RGBA pixels → PNG (8-bit RGBA, filter 0 on every row). */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1), as signed distances (negative inside).
const roundedRect = (cx, cy, hw, hh, r) => (x, y) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (ax, ay, bx, by) => (x, y) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h);
};
const triangle = (pts) => (x, y) => {
  // Inside test by edge signs; distance is rough (only the sign matters for filling).
  let sign = 0;
  for (let i = 0; i < 3; i++) {
    const [ax, ay] = pts[i],
      [bx, by] = pts[(i + 1) % 3];
    const s = Math.sign((bx - ax) * (y - ay) - (by - ay) * (x - ax));
    if (s !== 0) {
      if (sign !== 0 && s !== sign) return 1;
      sign = s;
    }
  }
  return -1;
};

const bubble = roundedRect(0.5, 0.44, 0.34, 0.25, 0.1);
const tail = triangle([
  [0.28, 0.6],
  [0.46, 0.6],
  [0.24, 0.84],
]);
const inBubble = (x, y) => bubble(x, y) <= 0 || tail(x, y) <= 0;
const check = [segment(0.35, 0.44, 0.46, 0.55), segment(0.46, 0.55, 0.66, 0.34)];
const onCheck = (x, y, w) => check.some((s) => s(x, y) <= w / 2);

/** Supersampled coverage of a predicate over one pixel. */
function coverage(size, px, py, inside, samples = 4) {
  let hit = 0;
  for (let i = 0; i < samples; i++)
    for (let j = 0; j < samples; j++) {
      if (inside((px + (i + 0.5) / samples) / size, (py + (j + 0.5) / samples) / size)) hit++;
    }
  return hit / (samples * samples);
}

function draw(size, shade) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = shade(size, x, y);
      rgba.set(
        [r, g, b, a].map((v) => Math.round(v)),
        (y * size + x) * 4,
      );
    }
  return encodePng(size, size, rgba);
}

const PURPLE = [75, 83, 188];
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

// Colour: purple square, white speech bubble, purple check mark in it.
const color = draw(192, (size, x, y) => {
  const white = coverage(size, x, y, inBubble);
  const tick = coverage(size, x, y, (u, v) => onCheck(u, v, 0.07));
  const rgb = mix(mix(PURPLE, [255, 255, 255], white), PURPLE, tick);
  return [...rgb, 255];
});

// Outline: the same bubble as a white line and the white check, on a transparent background.
const stroke = 0.075;
const outlineShape = (u, v) => {
  const inside = inBubble(u, v);
  const shrunk = bubble(u, v) <= -stroke || (tail(u, v) <= 0 && bubble(u, v) <= -stroke);
  return (inside && !shrunk && !(tail(u, v) <= 0 && v > 0.6 && !nearTailEdge(u, v))) || onCheck(u, v, stroke);
};
function nearTailEdge(u, v) {
  const edges = [segment(0.28, 0.6, 0.24, 0.84), segment(0.46, 0.6, 0.24, 0.84)];
  return edges.some((e) => e(u, v) <= stroke);
}
const outline = draw(32, (size, x, y) => [255, 255, 255, 255 * coverage(size, x, y, outlineShape)]);

writeFileSync(join(root, 'manifest', 'color.png'), color);
writeFileSync(join(root, 'manifest', 'outline.png'), outline);
console.log('wrote manifest/color.png (192×192) and manifest/outline.png (32×32)');
