import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  parseWindowState,
  restoreWindowState,
  serializeWindowState,
  type DisplayLike,
  type WindowState,
} from '../../../electron/main/window-state';

const MIN = { width: 900, height: 600 };
// A laptop (menu bar 25 px) and an external monitor to its right.
const laptop: DisplayLike = { id: 1, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitor: DisplayLike = { id: 2, workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };

const state = (
  x: number,
  y: number,
  width: number,
  height: number,
  extra: Partial<WindowState> = {},
): WindowState => ({
  bounds: { x, y, width, height },
  maximized: false,
  fullScreen: false,
  ...extra,
});

describe('restoring the window', () => {
  it('opens exactly where it was when that display is still there', () => {
    const r = restoreWindowState(state(1700, 120, 1600, 1000), [laptop, monitor], laptop, MIN);
    expect(r.bounds).toEqual({ x: 1700, y: 120, width: 1600, height: 1000 });
  });

  it('brings a window back to the primary display when its monitor was unplugged', () => {
    const onMonitor = state(2000, 200, 1600, 1000, { maximized: true });
    const r = restoreWindowState(onMonitor, [laptop], laptop, MIN);
    // No position: Electron centers it. Size shrunk to fit the laptop. Maximized is kept.
    expect(r.bounds).toEqual({ width: 1440, height: 875 });
    expect(r.maximized).toBe(true);
    expect(r.fullScreen).toBe(false);
  });

  it('pulls a window dragged half off the right edge fully back on screen', () => {
    const r = restoreWindowState(state(1000, 100, 1000, 700), [laptop], laptop, MIN);
    expect(r.bounds).toEqual({ x: 440, y: 100, width: 1000, height: 700 });
  });

  it('keeps the title bar below the menu bar and above the bottom', () => {
    const r = restoreWindowState(state(100, -300, 1000, 700), [laptop], laptop, MIN);
    expect(r.bounds.y).toBe(25);
    const low = restoreWindowState(state(100, 800, 1000, 700), [laptop], laptop, MIN);
    expect(low.bounds.y).toBe(25 + 875 - 700);
  });

  it('picks the display the window mostly covers when it straddles two', () => {
    const r = restoreWindowState(state(1300, 100, 1200, 800), [laptop, monitor], laptop, MIN);
    expect(r.bounds.x).toBe(1440);
  });

  it('handles displays left of and above the primary (negative coordinates)', () => {
    const left: DisplayLike = { id: 3, workArea: { x: -1920, y: -200, width: 1920, height: 1040 } };
    const r = restoreWindowState(state(-1800, -150, 1200, 800), [laptop, left], laptop, MIN);
    expect(r.bounds).toEqual({ x: -1800, y: -150, width: 1200, height: 800 });
  });

  it('never restores a window smaller than the layout needs, nor larger than the screen', () => {
    expect(restoreWindowState(state(10, 30, 300, 200), [laptop], laptop, MIN).bounds).toMatchObject({
      width: 900,
      height: 600,
    });
    const tiny: DisplayLike = { id: 9, workArea: { x: 0, y: 0, width: 800, height: 560 } };
    expect(restoreWindowState(state(0, 0, 1600, 1000), [tiny], tiny, MIN).bounds).toEqual({
      x: 0,
      y: 0,
      width: 800,
      height: 560,
    });
  });

  it('uses the default size on first launch', () => {
    expect(restoreWindowState(null, [monitor], monitor, MIN).bounds).toEqual(DEFAULT_WINDOW_SIZE);
  });
});

describe('the saved file', () => {
  it('round-trips', () => {
    const s = state(12, 34, 1280, 820, { fullScreen: true });
    expect(parseWindowState(serializeWindowState(s))).toEqual(s);
  });

  it('treats a corrupt or foreign file as no saved state', () => {
    expect(parseWindowState('')).toBeNull();
    expect(parseWindowState('{"bounds":')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":"a","y":0,"width":10,"height":10}}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":-5,"height":10}}')).toBeNull();
    expect(parseWindowState('null')).toBeNull();
  });
});
