/**
 * Opening the quick-log dialogs from anywhere (Today rows, a client's page, a referral, the
 * global shortcut) without each screen owning a dialog: callers post a request, the one
 * QuickLogHost mounted in the app shell shows it.
 */
import type { CallPurpose, TouchpointKind } from '../../../shared/domain/schemas';

export interface CallLogRequest {
  clientId?: string;
  /** The planned call this one answers. */
  touchpointId?: string;
  referralId?: string;
  purpose?: CallPurpose;
}

export interface TestimonialCheckRequest {
  clientId?: string;
  /** The testimonial-request touchpoint this answers. */
  touchpointId?: string;
}

export type QuickLogRequest =
  { kind: 'call'; request: CallLogRequest } | { kind: 'testimonial'; request: TestimonialCheckRequest };

type Listener = (r: QuickLogRequest) => void;
let listener: Listener | null = null;

/** The host registers itself; only one host is mounted at a time. */
export function setQuickLogListener(l: Listener | null): void {
  listener = l;
}

export function openCallLog(request: CallLogRequest = {}): void {
  listener?.({ kind: 'call', request });
}

export function openTestimonialCheck(request: TestimonialCheckRequest = {}): void {
  listener?.({ kind: 'testimonial', request });
}

/** The purpose a call most likely has when it answers a touchpoint of this kind. */
export function purposeForKind(kind: TouchpointKind | undefined): CallPurpose {
  switch (kind) {
    case 'referral-thank-you':
      return 'referral-thank-you';
    case 'check-in-call':
    case 'keep-in-touch':
      return 'check-in';
    case 'testimonial-request':
      return 'testimonial-request';
    default:
      return 'other';
  }
}

/** The global shortcut: Ctrl+L (Cmd+L on macOS). Works while typing, on every screen. */
export function isCallLogShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l';
}

export const CALL_LOG_SHORTCUT_LABEL =
  typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform) ? '⌘L' : 'Ctrl+L';
