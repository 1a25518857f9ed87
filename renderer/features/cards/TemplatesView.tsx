/**
 * Templates: for every occasion the default wording (editable) and the user's own, several per
 * occasion if they like. The newest own template of an occasion is the one its cards start with.
 */
import { useState } from 'react';
import { TOUCHPOINT_KINDS, type TouchpointKind } from '../../../shared/domain/schemas';
import { KIND_INFO } from '../../../shared/touchpoints/kinds';
import { isEditedBuiltIn } from '../../data/cards';
import { TemplateEditor } from './TemplateEditor';
import { useTemplates } from './useCardData';

export function TemplatesView() {
  const { data: templates } = useTemplates();
  const [selected, setSelected] = useState<string>('builtin:welcome-card');
  const [creating, setCreating] = useState<TouchpointKind | null>(null);
  if (!templates) return <p className="subtle">Loading…</p>;
  const current = creating ? null : (templates.find((t) => t.id === selected) ?? templates[0] ?? null);
  // Which template each occasion's cards start with: the newest own one, else the default.
  const defaultFor = (kind: TouchpointKind) =>
    templates.find((t) => t.kind === kind && !t.builtIn)?.id ?? `builtin:${kind}`;
  return (
    <div className="templates">
      <nav className="card template-list" aria-label="Templates">
        {TOUCHPOINT_KINDS.map((kind) => (
          <div key={kind} className="template-group">
            <div className="template-kind">
              <span style={{ color: KIND_INFO[kind].color }} aria-hidden>
                {KIND_INFO[kind].icon}
              </span>{' '}
              {KIND_INFO[kind].label}
              <button
                type="button"
                className="btn small template-add"
                aria-label={`New ${KIND_INFO[kind].label} template`}
                onClick={() => setCreating(kind)}
              >
                +
              </button>
            </div>
            <ul>
              {templates
                .filter((t) => t.kind === kind)
                .map((t) => (
                  <li key={t.id}>
                    <button
                      type="button"
                      className="template-item"
                      aria-current={current?.id === t.id ? 'true' : undefined}
                      onClick={() => {
                        setCreating(null);
                        setSelected(t.id);
                      }}
                    >
                      <span>{t.name}</span>
                      {t.id === defaultFor(kind) && templates.filter((x) => x.kind === kind).length > 1 && (
                        <span
                          className="chip muted"
                          title="New cards for this occasion start with this template"
                        >
                          used
                        </span>
                      )}
                      {isEditedBuiltIn(t) && <span className="chip muted">edited</span>}
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </nav>
      <TemplateEditor
        key={current?.id ?? `new:${creating}`}
        template={current}
        kind={creating ?? current?.kind ?? 'custom'}
        onSaved={(id) => {
          setCreating(null);
          setSelected(id);
        }}
        onGone={() => setSelected(`builtin:${current?.kind ?? 'welcome-card'}`)}
      />
    </div>
  );
}
