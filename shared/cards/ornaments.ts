/**
 * Small vector ornaments for card fronts, as SVG path data (y down) in a 100 × 40 box: a sprig of
 * leaves drawn with a few curves, so the PDF needs no image and prints crisp in the ink colour.
 */

function leaf(bx: number, by: number, angleDeg: number, length: number, width: number): string {
  const a = (angleDeg * Math.PI) / 180;
  const dx = Math.cos(a);
  const dy = Math.sin(a);
  const tx = bx + dx * length;
  const ty = by + dy * length;
  const mx = bx + dx * length * 0.5;
  const my = by + dy * length * 0.5;
  const nx = -dy * width;
  const ny = dx * width;
  const f = (n: number) => n.toFixed(2);
  return `M${f(bx)} ${f(by)} Q${f(mx + nx)} ${f(my + ny)} ${f(tx)} ${f(ty)} Q${f(mx - nx)} ${f(my - ny)} ${f(bx)} ${f(by)} Z`;
}

/** The stem, as a thin filled shape (a stroked path would need a second drawing call). */
function stem(): string {
  return 'M8 30 C28 22 52 20 92 12 C52 21.2 28 23.4 8 31.2 Z';
}

/** A sprig: a gently curving stem with leaves in pairs, getting smaller towards the tip. */
export function sprigPath(): string {
  const parts = [stem()];
  const along = [
    { x: 20, y: 26.3, size: 10 },
    { x: 35, y: 22.4, size: 9.5 },
    { x: 50, y: 19.6, size: 8.5 },
    { x: 64, y: 17.2, size: 7.5 },
    { x: 77, y: 14.9, size: 6.5 },
  ];
  for (const p of along) {
    parts.push(leaf(p.x, p.y, -75, p.size, p.size * 0.32));
    parts.push(leaf(p.x + 2, p.y - 0.3, 40, p.size * 0.9, p.size * 0.3));
  }
  parts.push(leaf(91, 12.2, -15, 6, 2));
  return parts.join(' ');
}

export const ORNAMENT_BOX = { width: 100, height: 40 } as const;
