/** A running call timer: minutes and seconds since it started, plus what was timed before. */
import { useEffect, useState } from 'react';

/** A call's length in words: "45 s", "4 min 30 s", "25 min", "1 h 5 min". */
export function formatCallLength(totalSec: number): string {
  const s = Math.max(0, Math.round(totalSec));
  if (s < 60) return `${s} s`;
  if (s < 600) return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`;
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  return h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
}

/** The running timer's face: "4:30" or "1:02:05". */
export function formatDuration(totalSec: number): string {
  const s = Math.max(0, Math.floor(totalSec));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mmss = `${String(m).padStart(h ? 2 : 1, '0')}:${String(sec).padStart(2, '0')}`;
  return h ? `${h}:${mmss}` : mmss;
}

/** Seconds on the timer now. */
export function elapsedSec(baseSec: number, startedAt: number | null, now = Date.now()): number {
  return baseSec + (startedAt === null ? 0 : Math.max(0, (now - startedAt) / 1000));
}

export function CallTimer({ baseSec, startedAt }: { baseSec: number; startedAt: number | null }) {
  const [, tick] = useState(0);
  useEffect(() => {
    if (startedAt === null) return;
    const t = setInterval(() => tick((n) => n + 1), 500);
    return () => clearInterval(t);
  }, [startedAt]);
  return (
    <span
      className={`call-timer${startedAt !== null ? ' running' : ''}`}
      data-testid="call-timer"
      aria-live="off"
    >
      {formatDuration(elapsedSec(baseSec, startedAt))}
    </span>
  );
}
