/**
 * Small vector ornaments for card fronts, as SVG path data (y down) in a 100 × 40 box: a sprig of
 * leaves along a gently curving stem, so the PDF needs no image and prints crisp in the ink colour.
 */

type P = { x: number; y: number };

const STEM: [P, P, P, P] = [
  { x: 4, y: 33 },
  { x: 30, y: 33 },
  { x: 62, y: 20 },
  { x: 96, y: 8 },
];

function bezier(t: number): P {
  const [a, b, c, d] = STEM;
  const u = 1 - t;
  return {
    x: u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * d.x,
    y: u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * d.y,
  };
}

function tangent(t: number): number {
  const p = bezier(Math.max(0, t - 0.01));
  const q = bezier(Math.min(1, t + 0.01));
  return Math.atan2(q.y - p.y, q.x - p.x);
}

const f = (n: number) => n.toFixed(2);

/** A leaf: two quadratic curves from base to tip, fuller near the base. */
function leaf(base: P, angle: number, length: number, width: number): string {
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const tip = { x: base.x + dx * length, y: base.y + dy * length };
  const m = { x: base.x + dx * length * 0.42, y: base.y + dy * length * 0.42 };
  const n = { x: -dy * width, y: dx * width };
  return (
    `M${f(base.x)} ${f(base.y)} Q${f(m.x + n.x)} ${f(m.y + n.y)} ${f(tip.x)} ${f(tip.y)} ` +
    `Q${f(m.x - n.x)} ${f(m.y - n.y)} ${f(base.x)} ${f(base.y)} Z`
  );
}

/** The stem as a thin tapering filled shape (one fill call draws the whole ornament). */
function stem(): string {
  const left: P[] = [];
  const right: P[] = [];
  const steps = 40;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const p = bezier(t);
    const a = tangent(t);
    const w = 0.9 * (1 - t) + 0.2;
    left.push({ x: p.x - Math.sin(a) * w, y: p.y + Math.cos(a) * w });
    right.push({ x: p.x + Math.sin(a) * w, y: p.y - Math.cos(a) * w });
  }
  const pts = [...left, ...right.reverse()];
  return `M${pts.map((p) => `${f(p.x)} ${f(p.y)}`).join(' L')} Z`;
}

/** A sprig: leaves alternate sides, leaning towards the tip and getting smaller. */
export function sprigPath(): string {
  const parts = [stem()];
  const count = 9;
  for (let i = 0; i < count; i++) {
    const t = 0.14 + (i / count) * 0.8;
    const base = bezier(t);
    const side = i % 2 === 0 ? -1 : 1;
    const size = 13 - i * 0.85;
    parts.push(leaf(base, tangent(t) + side * 0.78, size, size * 0.3));
  }
  const end = bezier(1);
  parts.push(leaf(end, tangent(1) - 0.1, 6.5, 2));
  return parts.join(' ');
}

export const ORNAMENT_BOX = { width: 100, height: 40 } as const;
