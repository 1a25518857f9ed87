/**
 * The right side of the print screen: progress while the worker builds, what is in the PDF and
 * what is not (and why, with the fix), then the PDF itself, rendered by pdf.js.
 */
import type { CardIssue } from '../../../shared/cards/build-pdf';
import { CARD_FORMATS, sheetLayout, type CardFormatId } from '../../../shared/cards/formats';
import type { LabelSheetId } from '../../../shared/cards/labels';
import type { PaperSize } from '../../../shared/domain/settings';
import { FALLBACK_FONT_FILES } from '../../../shared/cards/fonts';
import { PdfPreview } from './PdfPreview';
import { FORMAT_SHORT, issueText, overflowText, pageLabels } from './printJobs';
import type { CardBuild } from './useCardBuild';

interface Props {
  build: CardBuild;
  /** The recipients of the cards sent to the builder, in order. */
  names: readonly string[];
  format: CardFormatId;
  paper: PaperSize;
  envelopes: boolean;
  labels?: { sheet: LabelSheetId; startAt?: number };
  /** Print screen only: the fixes offered beside a problem, and the buttons. */
  actions?: {
    onUseFormat: (f: CardFormatId) => void;
    /** Opens the text of the card at this index. */
    onEdit: (card: number) => void;
    onLeaveOut: () => void;
    onSave: () => void;
    onPrint: () => void;
    busy: boolean;
  };
}

const PHASE: Record<string, string> = {
  fonts: 'Loading fonts…',
  checking: 'Checking every card…',
  building: 'Writing the PDF',
};

export function PreviewPanel(p: Props) {
  const { build, names, actions: a } = p;
  const outcome = build.outcome;
  const inPdf = outcome?.included.map((i) => names[i] ?? '') ?? [];
  const hint = (i: number | null) => outcome?.overflowHints.find((h) => h.card === i);
  const problemText = (x: CardIssue) =>
    x.kind === 'overflow' && x.part === 'message'
      ? `${names[x.card ?? -1] ?? 'A card'}: ${overflowText(hint(x.card), p.format)}`
      : issueText(x, names);
  const unrenderable = outcome?.problems.some((x) => x.kind === 'unrenderable');
  const layout = sheetLayout(p.format, p.paper);
  const labels = pageLabels(p.format, p.paper, inPdf, {
    envelopes: p.envelopes,
    labels: p.labels,
  });
  const progress = build.progress;
  const pageWidth = layout.page.width > layout.page.height ? 460 : 400;
  // While a new PDF is built the last one stays, dimmed, in the same place: no blank flash.
  const shown = outcome?.bytes ?? (build.building ? build.stale : undefined);
  return (
    <section className="card stack preview-panel" aria-labelledby="preview-h" data-testid="preview-panel">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="preview-h" style={{ margin: 0 }}>
          Preview
        </h2>
        {a && (
          <div className="row">
            <button
              type="button"
              className="btn"
              disabled={!outcome?.bytes || build.building || a.busy}
              onClick={a.onPrint}
            >
              Print…
            </button>
            <button
              type="button"
              className="btn primary"
              disabled={!outcome?.bytes || build.building || a.busy}
              onClick={a.onSave}
            >
              Save PDF…
            </button>
          </div>
        )}
      </div>
      <div className="preview-status" role="status" data-testid="build-status">
        {build.building ? (
          <>
            <span>
              {progress ? PHASE[progress.phase] : 'Preparing…'}
              {progress?.phase === 'building' && ` · ${progress.done} of ${progress.total}`}
            </span>
            <progress
              max={progress?.phase === 'building' ? progress.total : undefined}
              value={progress?.phase === 'building' ? progress.done : undefined}
              aria-label="Building the cards"
            />
          </>
        ) : build.error ? (
          <span className="overdue-text">The cards could not be built: {build.error}</span>
        ) : outcome?.bytes ? (
          <span data-testid="build-summary" data-ms={outcome.ms}>
            {inPdf.length} {inPdf.length === 1 ? 'card' : 'cards'} · {outcome.pageCount}{' '}
            {outcome.pageCount === 1 ? 'page' : 'pages'} · {FORMAT_SHORT[p.format]} on {p.paper} · built in{' '}
            {outcome.ms} ms
          </span>
        ) : outcome ? (
          <span className="overdue-text">Nothing to print until the problems below are fixed.</span>
        ) : null}
      </div>

      {outcome && outcome.problems.length > 0 && (
        <div className="issues error" data-testid="problems">
          <strong>
            {outcome.included.length < names.length && names.length > 1
              ? `${names.length - outcome.included.length} of ${names.length} ${names.length === 1 ? 'card is' : 'cards are'} not in this PDF:`
              : 'Not printable yet:'}
          </strong>
          <ul>
            {outcome.problems.map((x, i) => {
              const h = x.kind === 'overflow' && x.part === 'message' ? hint(x.card) : undefined;
              const card = x.card;
              return (
                <li key={i} data-kind={x.kind}>
                  {problemText(x)}{' '}
                  {a && x.kind === 'unrenderable' && (
                    <button type="button" className="btn small" onClick={a.onLeaveOut}>
                      Leave {x.chars && x.chars.length > 1 ? 'them' : 'it'} out
                    </button>
                  )}
                  {a && card !== null && ['overflow', 'unfilled-field', 'unrenderable'].includes(x.kind) && (
                    <button type="button" className="btn small" onClick={() => a.onEdit(card)}>
                      Edit text
                    </button>
                  )}
                  {a && h?.largerFormat && (
                    <button
                      type="button"
                      className="btn small"
                      onClick={() => a.onUseFormat(h.largerFormat!)}
                    >
                      Use {FORMAT_SHORT[h.largerFormat]}s
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {a && unrenderable && (
            <p className="subtle" style={{ margin: 0 }}>
              No bundled font has these characters (often an emoji). Remove them, or leave them out: the rest
              prints as written.
            </p>
          )}
        </div>
      )}

      {outcome && outcome.warnings.length > 0 && (
        <div className="issues" data-testid="warnings">
          <ul>
            {fallbackGroups(outcome.warnings).map((g) => (
              <li key={`fallback-${g.font}`} data-kind="fallback-font">
                {fallbackText(g, names)}
              </li>
            ))}
            {shrunkLine(outcome.warnings, names)}
            {outcome.warnings
              .filter((x) => x.kind !== 'fallback-font' && x.kind !== 'shrunk')
              .map((x, i) => (
                <li key={i} data-kind={x.kind}>
                  {issueText(x, names)}
                </li>
              ))}
          </ul>
        </div>
      )}

      {outcome?.bytes && (
        <details className="print-steps">
          <summary>How to print and fold ({CARD_FORMATS[p.format].name})</summary>
          <ol>
            {layout.instructions.map((s) => (
              <li key={s}>{s}</li>
            ))}
            {p.envelopes && <li>Then feed the envelopes, one per card, in the same order.</li>}
          </ol>
        </details>
      )}

      {shown ? (
        <div className={outcome?.bytes ? undefined : 'stale'}>
          <PdfPreview bytes={shown} labels={outcome?.bytes ? labels : []} pageWidth={pageWidth} />
        </div>
      ) : !build.building && !outcome && a ? (
        <p className="subtle">Choose at least one card.</p>
      ) : null}
    </section>
  );
}

interface FallbackGroup {
  font: string;
  chars: string[];
  cards: (number | null)[];
}

/** One line per fallback font, not one per card: a batch of 60 cards stays readable. */
function fallbackGroups(warnings: readonly CardIssue[]): FallbackGroup[] {
  const groups = new Map<string, FallbackGroup>();
  for (const x of warnings) {
    if (x.kind !== 'fallback-font') continue;
    const key = x.font ?? '';
    const g = groups.get(key) ?? { font: key, chars: [], cards: [] };
    for (const c of x.chars ?? []) if (!g.chars.includes(c)) g.chars.push(c);
    if (!g.cards.includes(x.card)) g.cards.push(x.card);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Who a note is about: "the card for Zoë", "the cards for Zoë and Jürgen", "5 cards (…)". */
function whose(cards: readonly (number | null)[], names: readonly string[]): string {
  const who = [
    ...new Set(cards.map((c) => (c === null ? 'the return address' : (names[c] ?? `card ${c + 1}`)))),
  ];
  if (cards.length === 1) return cards[0] === null ? 'The return address' : `The card for ${who[0]}`;
  const list = who.length > 4 ? `${who.slice(0, 4).join(', ')} and ${who.length - 4} more` : who.join(', ');
  return `${cards.length} cards (${list})`;
}

/** "The card for 王小明: 小 明 are written in Droid Sans Fallback": the characters, big enough to read. */
function fallbackText(g: FallbackGroup, names: readonly string[]) {
  const font = FALLBACK_FONT_FILES.find((f) => f.id === g.font)?.name ?? (g.font || 'another font');
  const one = g.chars.length === 1;
  return (
    <>
      {whose(g.cards, names)}: <span className="fallback-chars">{g.chars.join(' ')}</span>{' '}
      {one ? 'is' : 'are'} written in {font}, as the handwriting font has no such{' '}
      {one ? 'character' : 'characters'}.
    </>
  );
}

function shrunkLine(warnings: readonly CardIssue[], names: readonly string[]) {
  const shrunk = warnings.filter((x) => x.kind === 'shrunk');
  if (!shrunk.length) return null;
  if (shrunk.length === 1) return <li data-kind="shrunk">{issueText(shrunk[0]!, names)}</li>;
  const smallest = Math.min(...shrunk.map((x) => x.scale ?? 1));
  return (
    <li data-kind="shrunk">
      {whose(
        shrunk.map((x) => x.card),
        names,
      )}
      : the message is written smaller to fit (down to {Math.round(smallest * 100)}%).
    </li>
  );
}
