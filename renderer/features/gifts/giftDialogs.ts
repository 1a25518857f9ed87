/**
 * Opening the "gift due" dialog from anywhere (a Today row, a touchpoint) without each screen
 * owning it: callers post a request, the one GiftDialogHost mounted in the app shell shows it.
 */
export interface GiftDueRequest {
  clientId: string;
  /** The gift touchpoint that came due: logging the gift completes it. */
  touchpointId?: string;
}

type Listener = (r: GiftDueRequest) => void;
let listener: Listener | null = null;

/** The host registers itself; only one host is mounted at a time. */
export function setGiftDialogListener(l: Listener | null): void {
  listener = l;
}

export function openGiftDue(request: GiftDueRequest): void {
  listener?.(request);
}
