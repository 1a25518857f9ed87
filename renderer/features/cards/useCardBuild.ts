/**
 * Builds the PDF for what the screen shows, in the worker, shortly after the last change.
 * The caller memoizes `cards` and `options`: a new array or object means "build again".
 */
import { useEffect, useMemo, useState } from 'react';
import type { CardInput } from '../../../shared/cards';
import { buildCardsInWorker, type BuildProgress } from './cardsWorkerClient';
import type { BuildOutcome, PrintOptions } from './workerProtocol';

interface Request {
  cards: CardInput[];
  options: PrintOptions;
}

interface Done {
  for: Request;
  outcome?: BuildOutcome;
  error?: string;
}

export interface CardBuild {
  /** The last finished build for the current input; undefined while it is being built. */
  outcome?: BuildOutcome;
  error?: string;
  building: boolean;
  /** The previous build's PDF, shown dimmed while the new one is made (no blank flash). */
  stale?: Uint8Array;
  progress?: BuildProgress;
}

const DEBOUNCE_MS = 200;

export function useCardBuild(cards: CardInput[] | null, options: PrintOptions | null): CardBuild {
  const request = useMemo<Request | null>(
    () => (cards && options ? { cards, options } : null),
    [cards, options],
  );
  const [done, setDone] = useState<Done | null>(null);
  const [progress, setProgress] = useState<{ for: Request; p: BuildProgress } | null>(null);

  useEffect(() => {
    if (!request) return;
    let current = true;
    const timer = setTimeout(() => {
      buildCardsInWorker(request.cards, request.options, (p) => {
        if (current) setProgress({ for: request, p });
      }).then(
        (outcome) => {
          if (current && outcome) setDone({ for: request, outcome });
        },
        (e: unknown) => {
          if (current) setDone({ for: request, error: e instanceof Error ? e.message : String(e) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [request]);

  const fresh = !!request && done?.for === request;
  return {
    outcome: fresh ? done.outcome : undefined,
    error: fresh ? done.error : undefined,
    building: !!request && !fresh,
    stale: fresh ? undefined : done?.outcome?.bytes,
    progress: progress?.for === request ? progress.p : undefined,
  };
}
