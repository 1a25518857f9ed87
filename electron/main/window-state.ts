/**
 * Remembering the window's size and place between launches. Pure functions over the saved JSON
 * and the displays Electron reports, so a vanished monitor or a window dragged half off-screen is
 * tested in Node. index.ts reads and writes `<userData>/window-state.json`.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayLike {
  id: number;
  /** The usable area (without taskbar, dock, menu bar), in screen coordinates. */
  workArea: Rect;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
  fullScreen: boolean;
}

export interface RestoredWindow {
  /** x/y absent: let Electron center the window. */
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
  fullScreen: boolean;
}

const finite = z.number().finite();
const windowStateSchema = z.object({
  bounds: z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() }),
  maximized: z.boolean().default(false),
  fullScreen: z.boolean().default(false),
});

export const DEFAULT_WINDOW_SIZE = Object.freeze({ width: 1280, height: 820 });

/** Parses the saved JSON text; anything unreadable is treated as "no saved state". */
export function parseWindowState(text: string | null | undefined): WindowState | null {
  if (!text) return null;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

function intersectionArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Where to open the window.
 * - No saved state, or its screen is gone (no display overlaps it): the saved size (or the
 *   default) on the primary display, centered by Electron.
 * - On a display that still exists: the display it overlaps most; shrunk to fit that display's
 *   work area and moved so it is fully visible (a window left half off-screen comes back whole).
 */
export function restoreWindowState(
  saved: WindowState | null,
  displays: readonly DisplayLike[],
  primary: DisplayLike,
  minSize: { width: number; height: number },
): RestoredWindow {
  const fitSize = (size: { width: number; height: number }, area: Rect) => ({
    width: Math.round(clamp(size.width, Math.min(minSize.width, area.width), area.width)),
    height: Math.round(clamp(size.height, Math.min(minSize.height, area.height), area.height)),
  });

  if (!saved) {
    return { bounds: fitSize(DEFAULT_WINDOW_SIZE, primary.workArea), maximized: false, fullScreen: false };
  }

  let best: DisplayLike | null = null;
  let bestArea = 0;
  for (const d of displays) {
    const area = intersectionArea(saved.bounds, d.workArea);
    if (area > bestArea) {
      best = d;
      bestArea = area;
    }
  }

  if (!best) {
    // The monitor it was on is unplugged: keep the size the user chose, on the primary screen.
    return {
      bounds: fitSize(saved.bounds, primary.workArea),
      maximized: saved.maximized,
      fullScreen: false,
    };
  }

  const area = best.workArea;
  const size = fitSize(saved.bounds, area);
  return {
    bounds: {
      x: Math.round(clamp(saved.bounds.x, area.x, area.x + area.width - size.width)),
      y: Math.round(clamp(saved.bounds.y, area.y, area.y + area.height - size.height)),
      ...size,
    },
    maximized: saved.maximized,
    fullScreen: saved.fullScreen,
  };
}
