/**
 * Settings → How cards look: handwriting font, ink, natural variation, fold and crop marks, the
 * usual card and envelope, and the signature image. A sample card, built and rendered exactly as
 * printing would, shows the choice before it is saved.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CardInput } from '../../../shared/cards/build-pdf';
import { ENVELOPE_KINDS, ENVELOPES } from '../../../shared/cards/envelopes';
import { BUNDLED_FONT_FILES } from '../../../shared/cards/fonts';
import { formatsForPaper } from '../../../shared/cards/formats';
import { INK_RGB } from '../../../shared/cards/ink';
import { cardPrintSettings } from '../../../shared/cards/settings';
import { INK_COLORS, type Settings } from '../../../shared/domain/settings';
import { saveSettings } from '../../data/settings';
import { useToast } from '../../app/Toasts';
import { platform } from '../../platform';
import { useToday } from '../../ui/useToday';
import { FONT_URLS } from './fontAssets';
import { PreviewPanel } from './PreviewPanel';
import { checkSignaturePng, pngDataUrl } from './signaturePng';
import { useCardBuild } from './useCardBuild';
import type { PrintOptions } from './workerProtocol';

const hex = (c: { r: number; g: number; b: number }) =>
  `rgb(${Math.round(c.r * 255)} ${Math.round(c.g * 255)} ${Math.round(c.b * 255)})`;

/** Each handwriting font, loaded from the app's own files, so the picker shows the real letters. */
function useFontFaces(): void {
  useEffect(() => {
    for (const f of BUNDLED_FONT_FILES) {
      const family = `tp-${f.id}`;
      if ([...document.fonts].some((x) => x.family === family)) continue;
      const face = new FontFace(family, `url(${FONT_URLS[f.id]})`);
      document.fonts.add(face);
      void face.load().catch(() => undefined);
    }
  }, []);
}

const SAMPLE: CardInput[] = [
  {
    seed: 'settings-sample',
    front: 'Thank you',
    inside:
      'Dear Zoë,\n\nThank you for a wonderful year – working with you has been a real joy. Łukasz sends his best too!',
    closing: 'Warmly,\nAnna',
  },
];
const SAMPLE_NAMES = ['Zoë Ñúñez'];

export function CardLookSettings({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState(settings.cards);
  const [sigNote, setSigNote] = useState<{ tone: 'ok' | 'warn' | 'error'; text: string } | null>(null);
  const toast = useToast();
  const today = useToday();
  useFontFaces();
  const formats = formatsForPaper(settings.paperSize);
  const look = useMemo(
    () => cardPrintSettings({ paperSize: settings.paperSize, cards: draft }),
    [settings.paperSize, draft],
  );
  const dirty = JSON.stringify(draft) !== JSON.stringify(settings.cards);

  const options = useMemo<PrintOptions>(
    () => ({
      format: look.format,
      paper: look.paper,
      fontId: look.fontId,
      ink: look.ink,
      variation: look.variation,
      marks: look.marks,
      signaturePng: look.signaturePng,
      date: today,
      title: 'Sample card',
    }),
    [look, today],
  );
  const build = useCardBuild(SAMPLE, options);

  const importSignature = async () => {
    const file = await platform().openFile([{ name: 'PNG image', extensions: ['png'] }]);
    if (!file) return;
    const check = checkSignaturePng(file.data);
    if (!check.ok) return setSigNote({ tone: 'error', text: check.message ?? 'That image cannot be used.' });
    try {
      // A file can look like a PNG and still not decode: decode it once here, not at print time.
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(file.data)], { type: 'image/png' }));
      bitmap.close();
    } catch {
      return setSigNote({ tone: 'error', text: 'That PNG could not be read. Export it again and retry.' });
    }
    setDraft({ ...draft, signaturePng: pngDataUrl(file.data) });
    setSigNote(
      check.transparent
        ? {
            tone: 'ok',
            text: `${file.name}: ${check.width} × ${check.height} px with a transparent background.`,
          }
        : {
            tone: 'warn',
            text: `${file.name} has no transparent background: a white box will show on coloured card stock. Export it as a PNG with transparency if you can.`,
          },
    );
  };

  const save = async () => {
    const r = await saveSettings({ ...settings, cards: draft });
    if (!r.ok) return toast.show(`Not saved: ${Object.values(r.errors)[0] ?? 'check the card settings'}`);
    toast.show('Card look saved.');
  };

  return (
    <section className="card stack" aria-labelledby="card-look-h" id="settings-cards" data-testid="card-look">
      <h2 id="card-look-h">How cards look</h2>
      <div className="card-look">
        <div className="stack" style={{ gap: 14 }}>
          <fieldset>
            <legend>Handwriting</legend>
            <div className="font-choices">
              {BUNDLED_FONT_FILES.map((f) => (
                <label key={f.id} className="font-choice">
                  <span className="row" style={{ gap: 6 }}>
                    <input
                      type="radio"
                      name="card-font"
                      value={f.id}
                      checked={look.fontId === f.id}
                      onChange={() => setDraft({ ...draft, font: f.id })}
                    />
                    <strong>{f.name}</strong>
                  </span>
                  <span
                    className="font-sample"
                    style={{ fontFamily: `tp-${f.id}, cursive`, color: hex(INK_RGB[look.ink]) }}
                  >
                    Dear Zoë, thank you!
                  </span>
                  <span className="subtle" style={{ fontSize: 12 }}>
                    {f.style} · {f.license}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>Ink</legend>
            <div className="ink-choices">
              {INK_COLORS.map((ink) => (
                <label key={ink} className="ink-choice">
                  <input
                    type="radio"
                    name="card-ink"
                    value={ink}
                    checked={draft.ink === ink}
                    onChange={() => setDraft({ ...draft, ink })}
                  />
                  <span className="ink-swatch" style={{ background: hex(INK_RGB[ink]) }} aria-hidden />
                  {ink}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="check-line">
            <input
              type="checkbox"
              checked={draft.variation}
              onChange={(e) => setDraft({ ...draft, variation: e.target.checked })}
            />
            Natural variation: each line a little different, as a pen writes (the same for a card every time)
          </label>
          <label className="check-line">
            <input
              type="checkbox"
              checked={draft.foldMarks}
              onChange={(e) => setDraft({ ...draft, foldMarks: e.target.checked })}
            />
            Fold and crop marks
          </label>
          <div className="grid-2">
            <div className="field">
              <label htmlFor="card-format">Usual card</label>
              <select
                id="card-format"
                className="input"
                value={look.format}
                onChange={(e) => setDraft({ ...draft, format: e.target.value })}
              >
                {formats.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="card-envelope">Usual envelope</label>
              <select
                id="card-envelope"
                className="input"
                value={look.envelope ?? ''}
                onChange={(e) => setDraft({ ...draft, envelope: e.target.value || undefined })}
              >
                <option value="">No envelope</option>
                {ENVELOPE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {ENVELOPES[k].name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="field">
            <span className="label">
              Signature (a PNG with a transparent background, placed under the closing)
            </span>
            <div className="signature-box">
              {draft.signaturePng ? (
                <img
                  className="signature-preview"
                  src={draft.signaturePng}
                  alt="Your signature"
                  data-testid="signature-preview"
                />
              ) : (
                <span className="subtle">No signature yet: cards end with the closing text.</span>
              )}
              <button type="button" className="btn" onClick={() => void importSignature()}>
                {draft.signaturePng ? 'Replace…' : 'Import PNG…'}
              </button>
              {draft.signaturePng && (
                <button
                  type="button"
                  className="btn"
                  onClick={() => {
                    setDraft({ ...draft, signaturePng: undefined });
                    setSigNote(null);
                  }}
                >
                  Remove
                </button>
              )}
            </div>
            {sigNote && (
              <span
                className={sigNote.tone === 'error' ? 'field-error' : 'field-hint'}
                style={sigNote.tone === 'warn' ? { color: 'var(--warn)' } : undefined}
                role={sigNote.tone === 'ok' ? undefined : 'alert'}
                data-testid="signature-note"
              >
                {sigNote.text}
              </span>
            )}
          </div>
          <div>
            <button type="button" className="btn primary" disabled={!dirty} onClick={() => void save()}>
              Save card look
            </button>
          </div>
        </div>
        <PreviewPanel
          build={build}
          names={SAMPLE_NAMES}
          format={look.format}
          paper={look.paper}
          envelopes={false}
        />
      </div>
    </section>
  );
}
