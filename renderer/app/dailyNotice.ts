/**
 * Once a day (at start, and when the day turns while the app is open) a notification says what
 * is due today; the dock/taskbar badge shows the overdue + due-today count.
 */
import { getMeta, setMeta } from '../data/settings';
import { openCounts, openTouchpointsBetween } from '../data/touchpoints';
import { platform } from '../platform';
import { todayIso } from '../ui/useToday';

const KEY = 'lastDailyNotice';

export function noticeText(titles: readonly string[], overdue: number): { title: string; body: string } | null {
  if (titles.length === 0 && overdue === 0) return null;
  const title =
    titles.length === 0
      ? `${overdue} overdue touchpoint${overdue === 1 ? '' : 's'}`
      : `${titles.length} touchpoint${titles.length === 1 ? '' : 's'} due today`;
  const shown = titles.slice(0, 3).join(', ');
  const rest = titles.length > 3 ? ` and ${titles.length - 3} more` : '';
  const late = titles.length > 0 && overdue > 0 ? ` (${overdue} overdue)` : '';
  return { title, body: titles.length ? `${shown}${rest}${late}` : 'Open Touchpoint to catch up.' };
}

export async function refreshBadge(): Promise<void> {
  const today = todayIso();
  const c = await openCounts(today);
  await platform().setBadgeCount(c.overdue + c.today);
}

export async function dailyNotice(): Promise<void> {
  const today = todayIso();
  await refreshBadge();
  if ((await getMeta<string>(KEY)) === today) return;
  await setMeta(KEY, today);
  const due = await openTouchpointsBetween(today, today);
  const { overdue } = await openCounts(today);
  const text = noticeText(
    due.map((t) => t.title),
    overdue,
  );
  if (text) await platform().notify(text.title, text.body);
}

/** Checks again every ten minutes, so a new day gets its notice without a restart. */
export function startDailyNotices(): void {
  void dailyNotice().catch(() => undefined);
  setInterval(() => void dailyNotice().catch(() => undefined), 10 * 60_000);
}
