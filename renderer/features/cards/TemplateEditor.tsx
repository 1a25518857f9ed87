/**
 * One template: its name, occasion, front, message and closing, merge-field chips, and a preview
 * of the card as it prints (with a sample client, in the look chosen in Settings).
 */
import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FieldErrors } from '../../../shared/domain/errors';
import type { CardInput } from '../../../shared/cards/build-pdf';
import { mergeTemplate, mergeText, type MergeField } from '../../../shared/cards/merge';
import { cardPrintSettings } from '../../../shared/cards/settings';
import { TOUCHPOINT_KINDS, type CardTemplate, type TouchpointKind } from '../../../shared/domain/schemas';
import { KIND_INFO } from '../../../shared/touchpoints/kinds';
import {
  deleteTemplate,
  isEditedBuiltIn,
  resetTemplate,
  restoreTemplate,
  saveTemplate,
  type TemplateDraft,
} from '../../data/cards';
import { useToast } from '../../app/Toasts';
import { useToday } from '../../ui/useToday';
import { useSettings } from '../settings/useSettings';
import { MergeFieldChips } from './MergeFieldChips';
import { PreviewPanel } from './PreviewPanel';
import { SAMPLE_VALUES } from './printJobs';
import { useCardBuild } from './useCardBuild';
import type { PrintOptions } from './workerProtocol';

type TextKey = 'front' | 'inside' | 'closing';

const SAMPLE_NAMES = ['Zoë Ñúñez'];

interface Props {
  /** null: a new template of `kind`. */
  template: CardTemplate | null;
  kind: TouchpointKind;
  onSaved: (id: string) => void;
  onGone: () => void;
}

export function TemplateEditor({ template, kind, onSaved, onGone }: Props) {
  const [draft, setDraft] = useState<TemplateDraft>(() =>
    template
      ? {
          kind: template.kind,
          name: template.name,
          front: template.front,
          inside: template.inside,
          closing: template.closing,
        }
      : { kind, name: '', front: '', inside: '{salutation},\n\n', closing: 'Warmly,\n{signature}' },
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  // The text the cursor was last in: a merge-field chip goes there.
  const last = useRef<TextKey>('inside');
  const toast = useToast();
  const today = useToday();
  const { data: settings, isLoading } = useSettings();
  const dirty =
    !template ||
    template.name !== draft.name ||
    template.kind !== draft.kind ||
    template.front !== draft.front ||
    template.inside !== draft.inside ||
    template.closing !== draft.closing;

  const unknown = [
    ...new Set([draft.front, draft.inside, draft.closing].flatMap((t) => mergeText(t, {}).unknown)),
  ];

  const insert = (field: MergeField) => {
    const key = last.current;
    const el = document.getElementById(`tpl-${key}`) as HTMLInputElement | HTMLTextAreaElement | null;
    const text = draft[key];
    const at = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? at;
    const token = `{${field}}`;
    // Render the new text now, so the cursor can go right after the field (a later frame could
    // steal the focus from wherever the user went next).
    flushSync(() => setDraft({ ...draft, [key]: text.slice(0, at) + token + text.slice(end) }));
    el?.focus();
    el?.setSelectionRange(at + token.length, at + token.length);
  };
  const change = (key: TextKey) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  // The preview: this template for a sample client, built and rendered exactly as printing would.
  const sender = settings.senderName.trim() || 'Anna Becker';
  const card = useMemo<CardInput[] | null>(() => {
    const m = mergeTemplate(draft, {
      ...SAMPLE_VALUES,
      senderName: sender,
      signature: settings.signatureText.trim() || sender,
    });
    return [
      { seed: `template-${template?.id ?? 'new'}`, front: m.front, inside: m.inside, closing: m.closing },
    ];
  }, [draft, sender, settings.signatureText, template?.id]);
  const look = useMemo(() => cardPrintSettings(settings), [settings]);
  const options = useMemo<PrintOptions | null>(
    () =>
      isLoading
        ? null
        : {
            format: look.format,
            paper: look.paper,
            fontId: look.fontId,
            ink: look.ink,
            variation: look.variation,
            marks: look.marks,
            signaturePng: look.signaturePng,
            date: today,
            title: `Template ${draft.name}`,
          },
    [isLoading, look, today, draft.name],
  );
  const build = useCardBuild(card, options);

  const save = async () => {
    const r = await saveTemplate(template?.id ?? null, draft);
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    toast.show(`Template “${r.value.name}” saved.`);
    onSaved(r.value.id);
  };
  const duplicate = async () => {
    const r = await saveTemplate(null, { ...draft, name: `${draft.name} (copy)`.slice(0, 100) });
    if (!r.ok) return setErrors(r.errors);
    toast.show(`Added “${r.value.name}”.`);
    onSaved(r.value.id);
  };
  const remove = async () => {
    if (!template) return;
    const before = template.builtIn ? await resetTemplate(template.id) : await deleteTemplate(template.id);
    if (!before) return;
    toast.show(
      template.builtIn ? `“${template.name}” is back to the default wording.` : `Deleted “${template.name}”.`,
      {
        label: 'Undo',
        run: () => restoreTemplate(before),
      },
    );
    if (!template.builtIn) onGone();
  };

  return (
    <div className="template-editor">
      <section className="card stack" aria-labelledby="tpl-h" style={{ gap: 12 }}>
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2 id="tpl-h" style={{ margin: 0 }}>
            {template ? template.name : 'New template'}{' '}
            {template?.builtIn && (
              <span className="chip muted">{isEditedBuiltIn(template) ? 'default, edited' : 'default'}</span>
            )}
          </h2>
        </div>
        {errors._ && <div className="banner error">{errors._}</div>}
        <div className="grid-2">
          <div className="field">
            <label htmlFor="tpl-name">Name</label>
            <input
              id="tpl-name"
              className="input"
              value={draft.name}
              aria-invalid={errors.name ? true : undefined}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
            {errors.name && <span className="field-error">{errors.name}</span>}
          </div>
          <div className="field">
            <label htmlFor="tpl-kind">Occasion</label>
            <select
              id="tpl-kind"
              className="input"
              value={draft.kind}
              disabled={template?.builtIn}
              onChange={(e) => setDraft({ ...draft, kind: e.target.value as TouchpointKind })}
            >
              {TOUCHPOINT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_INFO[k].label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <span className="label">Merge fields (click to insert at the cursor)</span>
          <MergeFieldChips onInsert={insert} />
        </div>
        <div className="field">
          <label htmlFor="tpl-front">Front</label>
          <input
            id="tpl-front"
            className="input"
            value={draft.front}
            onFocus={() => (last.current = 'front')}
            onChange={change('front')}
          />
          {errors.front && <span className="field-error">{errors.front}</span>}
        </div>
        <div className="field">
          <label htmlFor="tpl-inside">Message</label>
          <textarea
            id="tpl-inside"
            className="input"
            rows={9}
            value={draft.inside}
            onFocus={() => (last.current = 'inside')}
            onChange={change('inside')}
          />
          {errors.inside && <span className="field-error">{errors.inside}</span>}
        </div>
        <div className="field">
          <label htmlFor="tpl-closing">Closing (your signature image goes below it)</label>
          <textarea
            id="tpl-closing"
            className="input"
            rows={2}
            value={draft.closing}
            onFocus={() => (last.current = 'closing')}
            onChange={change('closing')}
          />
        </div>
        {unknown.length > 0 && (
          <div className="banner error" data-testid="unknown-fields">
            Touchpoint does not know {unknown.map((f) => `{${f}}`).join(', ')}: a card with it would not
            print. Use a field from the chips above.
          </div>
        )}
        <div className="row">
          <button type="button" className="btn primary" disabled={!dirty} onClick={() => void save()}>
            {template ? 'Save' : 'Add template'}
          </button>
          {template && (
            <button type="button" className="btn" onClick={() => void duplicate()}>
              Duplicate as a new template
            </button>
          )}
          {template && !template.builtIn && (
            <button type="button" className="btn danger" onClick={() => void remove()}>
              Delete
            </button>
          )}
          {template?.builtIn && isEditedBuiltIn(template) && (
            <button type="button" className="btn" onClick={() => void remove()}>
              Reset to the default wording
            </button>
          )}
        </div>
      </section>
      <div className="stack" style={{ gap: 8 }}>
        <p className="subtle" style={{ margin: 0 }}>
          Sample card for Zoë Ñúñez
          {settings.senderName.trim() ? '' : ', signed “Anna Becker” until you add your name in Settings'}:
        </p>
        <PreviewPanel
          build={build}
          names={SAMPLE_NAMES}
          format={look.format}
          paper={look.paper}
          envelopes={false}
        />
      </div>
    </div>
  );
}
