/**
 * Printing cards: one (from Today or a touchpoint) or a batch (everything due in the next days,
 * or a selection). Every card and, optionally, its envelope or address label go into one PDF in
 * the same order; the preview is that PDF. After saving or printing, the user says whether the
 * cards went out: that completes the touchpoints and records the text in the card history.
 */
import { useMemo, useState } from 'react';
import { displayName } from '../../../shared/clients/search';
import { ENVELOPE_KINDS, ENVELOPES, type EnvelopeKind } from '../../../shared/cards/envelopes';
import { CARD_FORMATS, formatsForPaper, type CardFormatId } from '../../../shared/cards/formats';
import { LABEL_SHEETS, labelsPerSheet } from '../../../shared/cards/labels';
import { cardPrintSettings } from '../../../shared/cards/settings';
import { templateForKind } from '../../../shared/cards/templates';
import { addDaysIso } from '../../../shared/domain/dates';
import { earlierSends, recordCardsSent, undoCardsSent } from '../../data/cards';
import { href, navigate, type Route } from '../../app/router';
import { useToast } from '../../app/Toasts';
import { platform } from '../../platform';
import { useToday } from '../../ui/useToday';
import { useSettings } from '../settings/useSettings';
import { CardTextDialog } from './CardTextDialog';
import { PreviewPanel } from './PreviewPanel';
import {
  envelopeFor,
  rowProblem,
  prepareCard,
  returnRecipient,
  type CardEdits,
  type PreparedCard,
} from './printJobs';
import { QueueRow } from './QueueRow';
import { RepeatDialog } from './RepeatDialog';
import { useCardBuild } from './useCardBuild';
import { useCardHistories, useCardQueue, useTemplates } from './useCardData';
import { WentOutDialog } from './WentOutDialog';
import type { PrintOptions } from './workerProtocol';

type AddOn = 'none' | 'envelopes' | 'labels';
type Delivery = 'save' | 'print';

const RANGES = [7, 14, 30] as const;

export function PrintView({ route }: { route: Route }) {
  const single = route.query.get('tp');
  const from = route.query.get('from');
  const today = useToday();
  const [days, setDays] = useState<number>(14);
  const { data: settings, isLoading: settingsLoading } = useSettings();
  const queue = useCardQueue(single ? { touchpointId: single } : { until: addDaysIso(today, days) });
  const { data: templates } = useTemplates();
  const histories = useCardHistories(queue.data?.map((i) => i.client.id) ?? []);
  const toast = useToast();

  const [deselected, setDeselected] = useState<ReadonlySet<string>>(new Set());
  const [edits, setEdits] = useState<Readonly<Record<string, CardEdits>>>({});
  const [formatChoice, setFormatChoice] = useState<CardFormatId | null>(null);
  const [addOnChoice, setAddOn] = useState<AddOn | null>(null);
  const [envelopeChoice, setEnvelope] = useState<EnvelopeKind | null>(null);
  const [labelStart, setLabelStart] = useState(1);
  const [leaveOut, setLeaveOut] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [repeatCheck, setRepeatCheck] = useState<Delivery | null>(null);
  const [wentOut, setWentOut] = useState<readonly PreparedCard[] | null>(null);
  const [busy, setBusy] = useState(false);

  const look = useMemo(() => cardPrintSettings(settings), [settings]);
  const paper = settings.paperSize;
  const format =
    formatChoice && (!CARD_FORMATS[formatChoice].paper || CARD_FORMATS[formatChoice].paper === paper)
      ? formatChoice
      : look.format;
  const addOn: AddOn = addOnChoice ?? (look.envelope ? 'envelopes' : 'none');
  const envelope = envelopeChoice ?? look.envelope ?? envelopeFor(format);
  const labelSheet = LABEL_SHEETS[look.labelSheet];

  const prepared = useMemo(() => {
    if (!queue.data || !templates) return undefined;
    return queue.data.map((item) => {
      const e = edits[item.touchpoint.id] ?? {};
      const chosen = e.templateId ? templates.find((t) => t.id === e.templateId) : undefined;
      const template = chosen ?? templateForKind(item.touchpoint.kind, templates);
      return prepareCard(item.touchpoint, item.client, template, settings, e);
    });
  }, [queue.data, templates, edits, settings]);
  const chosen = useMemo(
    () => prepared?.filter((p) => !deselected.has(p.touchpoint.id)),
    [prepared, deselected],
  );
  const cards = useMemo(() => (chosen?.length ? chosen.map((p) => p.input) : null), [chosen]);
  const title = `Touchpoint cards ${today}`;
  const options = useMemo<PrintOptions | null>(() => {
    if (settingsLoading) return null;
    return {
      format,
      paper,
      fontId: look.fontId,
      ink: look.ink,
      variation: look.variation,
      marks: look.marks,
      signaturePng: look.signaturePng,
      envelopes:
        addOn === 'envelopes' ? { kind: envelope, returnAddress: returnRecipient(settings) } : undefined,
      labels: addOn === 'labels' ? { sheet: labelSheet.id, startAt: labelStart - 1 } : undefined,
      senderCountryCode: settings.country,
      dropUnrenderable: leaveOut,
      date: today,
      title,
    };
  }, [
    settingsLoading,
    format,
    paper,
    look,
    addOn,
    envelope,
    settings,
    labelSheet,
    labelStart,
    leaveOut,
    today,
    title,
  ]);
  const build = useCardBuild(cards, options);

  const names = chosen?.map((c) => displayName(c.client)) ?? [];
  const blockedById = new Map<string, string[]>();
  for (const x of build.outcome?.problems ?? []) {
    const card = x.card === null ? undefined : chosen?.[x.card];
    if (!card) continue;
    const list = blockedById.get(card.touchpoint.id) ?? [];
    list.push(`Not in the PDF: ${rowProblem(x, names)}`);
    blockedById.set(card.touchpoint.id, list);
  }
  const repeatsOf = (c: PreparedCard) => earlierSends(histories?.get(c.client.id) ?? [], c.text);
  const inPdf = build.outcome?.included.map((i) => chosen![i]!) ?? [];
  const repeats = inPdf
    .map((card) => ({ card, earlier: repeatsOf(card) }))
    .filter((r) => r.earlier.length > 0);

  const edit = (id: string, change: (e: CardEdits) => CardEdits) =>
    setEdits((all) => ({ ...all, [id]: change(all[id] ?? {}) }));

  const deliver = async (how: Delivery) => {
    const bytes = build.outcome?.bytes;
    if (!bytes) return;
    const sent = inPdf;
    setBusy(true);
    try {
      if (how === 'save') {
        const r = await platform().saveFile({
          suggestedName: `${sent.length === 1 ? `Card for ${displayName(sent[0]!.client)}` : title}.pdf`,
          data: bytes,
          mimeType: 'application/pdf',
          filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        });
        if (!r.saved) return;
        toast.show(r.path ? `Saved to ${r.path}.` : 'PDF saved.');
      } else {
        await platform().printPdf(bytes, title);
      }
      setWentOut(sent);
    } catch (e) {
      toast.show(
        `Could not ${how === 'save' ? 'save' : 'print'} the cards: ${e instanceof Error ? e.message : String(e)}`,
      );
    } finally {
      setBusy(false);
    }
  };
  const start = (how: Delivery) => (repeats.length ? setRepeatCheck(how) : void deliver(how));

  const markSent = async (sent: readonly PreparedCard[]) => {
    setWentOut(null);
    const undo = await recordCardsSent(
      sent.map((c) => ({
        clientId: c.client.id,
        touchpointId: c.touchpoint.id,
        templateId: c.template.id,
        text: c.text,
      })),
      today,
    );
    setEdits((all) =>
      Object.fromEntries(Object.entries(all).filter(([id]) => !sent.some((c) => c.touchpoint.id === id))),
    );
    toast.show(`Marked ${sent.length === 1 ? 'the card' : `${sent.length} cards`} as sent.`, {
      label: 'Undo',
      run: () => undoCardsSent(undo),
    });
    if (from === 'today') navigate('today');
    else if (from === 'client' && sent[0]) navigate(`clients/${sent[0].client.id}`);
  };

  const editingCard = editing ? prepared?.find((p) => p.touchpoint.id === editing) : undefined;
  const allOn = !!prepared?.length && prepared.every((p) => !deselected.has(p.touchpoint.id));

  return (
    <div className="cards-print">
      <div className="stack cards-print-side">
        <section className="card stack" style={{ gap: 12 }} aria-labelledby="queue-h">
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <h2 id="queue-h" style={{ margin: 0 }}>
              {single ? 'Print a card' : 'Cards to print'}
            </h2>
            {single ? (
              <a href={href('cards')} className="back">
                Print a batch instead
              </a>
            ) : (
              <select
                className="input"
                style={{ width: 'auto' }}
                aria-label="Which cards"
                value={days}
                onChange={(e) => setDays(Number(e.target.value))}
              >
                {RANGES.map((d) => (
                  <option key={d} value={d}>
                    Due in the next {d} days
                  </option>
                ))}
              </select>
            )}
          </div>
          {!prepared ? (
            <p className="subtle">Loading…</p>
          ) : prepared.length === 0 ? (
            <p className="subtle" data-testid="queue-empty">
              {single ? 'This touchpoint no longer exists.' : `No cards due in the next ${days} days.`}
            </p>
          ) : (
            <>
              {!single && (
                <label className="row subtle" style={{ gap: 6 }}>
                  <input
                    type="checkbox"
                    checked={allOn}
                    onChange={(e) =>
                      setDeselected(
                        e.target.checked ? new Set() : new Set(prepared.map((p) => p.touchpoint.id)),
                      )
                    }
                  />
                  {prepared.length === 1 ? 'The 1 card' : `All ${prepared.length} cards`} (
                  {chosen?.length ?? 0} chosen)
                </label>
              )}
              <ul className="queue" aria-label="Cards">
                {prepared.map((card) => {
                  const id = card.touchpoint.id;
                  const e = edits[id] ?? {};
                  return (
                    <QueueRow
                      key={id}
                      card={card}
                      selected={single ? undefined : !deselected.has(id)}
                      onToggle={
                        single
                          ? undefined
                          : (on) =>
                              setDeselected((s) => {
                                const next = new Set(s);
                                if (on) next.delete(id);
                                else next.add(id);
                                return next;
                              })
                      }
                      templates={templates ?? []}
                      onTemplate={(templateId) => edit(id, (x) => ({ ...x, templateId }))}
                      values={e.values ?? {}}
                      onValue={(f, v) => edit(id, (x) => ({ ...x, values: { ...x.values, [f]: v } }))}
                      onEdit={() => setEditing(id)}
                      edited={!!e.texts}
                      repeats={repeatsOf(card)}
                      blocked={blockedById.get(id) ?? []}
                      overdue={card.touchpoint.due < today}
                    />
                  );
                })}
              </ul>
            </>
          )}
        </section>

        <section className="card stack" style={{ gap: 12 }} aria-labelledby="options-h">
          <h2 id="options-h" style={{ margin: 0 }}>
            Paper and envelopes
          </h2>
          <div className="field">
            <label htmlFor="print-format">Card</label>
            <select
              id="print-format"
              className="input"
              value={format}
              onChange={(e) => setFormatChoice(e.target.value as CardFormatId)}
            >
              {formatsForPaper(paper).map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
            <span className="field-hint">
              Paper: {paper === 'A4' ? 'A4' : 'US Letter'} (change it in{' '}
              <a href={href('settings')}>Settings</a>).
            </span>
          </div>
          <fieldset className="stack" style={{ gap: 6 }}>
            <legend>With the cards</legend>
            {(
              [
                ['none', 'Cards only'],
                ['envelopes', 'Envelopes, one per card'],
                ['labels', 'Address labels'],
              ] as const
            ).map(([v, label]) => (
              <label key={v} className="row" style={{ gap: 6 }}>
                <input
                  type="radio"
                  name="addon"
                  value={v}
                  checked={addOn === v}
                  onChange={() => setAddOn(v)}
                />
                {label}
              </label>
            ))}
          </fieldset>
          {addOn === 'envelopes' && (
            <div className="field">
              <label htmlFor="print-envelope">Envelope</label>
              <select
                id="print-envelope"
                className="input"
                value={envelope}
                onChange={(e) => setEnvelope(e.target.value as EnvelopeKind)}
              >
                {ENVELOPE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {ENVELOPES[k].name} · for {ENVELOPES[k].fits}
                  </option>
                ))}
              </select>
              {!settings.returnAddress.lines.some((l) => l.trim()) && (
                <span className="field-hint">
                  No return address yet: add one in <a href={href('settings')}>Settings</a>.
                </span>
              )}
            </div>
          )}
          {addOn === 'labels' && (
            <div className="field">
              <label htmlFor="print-label-start">Start at label (on {labelSheet.name})</label>
              <input
                id="print-label-start"
                className="input"
                type="number"
                min={1}
                max={labelsPerSheet(labelSheet)}
                value={labelStart}
                onChange={(e) =>
                  setLabelStart(
                    Math.max(1, Math.min(labelsPerSheet(labelSheet), Number(e.target.value) || 1)),
                  )
                }
              />
              <span className="field-hint">Skip labels already used on a part-used sheet.</span>
            </div>
          )}
          {leaveOut && (
            <label className="row subtle" style={{ gap: 6 }}>
              <input type="checkbox" checked onChange={() => setLeaveOut(false)} />
              Leaving out characters no font can draw
            </label>
          )}
        </section>
      </div>

      <PreviewPanel
        build={build}
        names={names}
        format={format}
        paper={paper}
        envelopes={addOn === 'envelopes'}
        labels={addOn === 'labels' ? { sheet: labelSheet.id, startAt: labelStart - 1 } : undefined}
        actions={{
          onUseFormat: setFormatChoice,
          onEdit: (i) => setEditing(chosen?.[i]?.touchpoint.id ?? null),
          onLeaveOut: () => setLeaveOut(true),
          onSave: () => start('save'),
          onPrint: () => start('print'),
          busy,
        }}
      />

      {editingCard && (
        <CardTextDialog
          card={editingCard}
          edited={!!edits[editingCard.touchpoint.id]?.texts}
          onClose={() => setEditing(null)}
          onSave={(texts) => {
            edit(editingCard.touchpoint.id, (x) => ({ ...x, texts }));
            setEditing(null);
          }}
          onRevert={() => {
            edit(editingCard.touchpoint.id, ({ texts: _gone, ...rest }) => rest);
            setEditing(null);
          }}
        />
      )}
      {repeatCheck && (
        <RepeatDialog
          repeats={repeats}
          action={repeatCheck === 'save' ? 'Save' : 'Print'}
          onClose={() => setRepeatCheck(null)}
          onGo={() => {
            const how = repeatCheck;
            setRepeatCheck(null);
            void deliver(how);
          }}
        />
      )}
      {wentOut && (
        <WentOutDialog
          cards={wentOut}
          onClose={() => setWentOut(null)}
          onYes={() => void markSent(wentOut)}
        />
      )}
    </div>
  );
}
