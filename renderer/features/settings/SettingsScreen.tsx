/**
 * Settings: who the cards are from, paper, locale, and the sections other features add
 * (plan rules, card look, rewards, backups).
 */
import { useState } from 'react';
import type { FieldErrors } from '../../../shared/domain/errors';
import { PAPER_SIZES, type Settings } from '../../../shared/domain/settings';
import { updateSettings } from '../../data/settings';
import { getStorageStatus, requestPersistentStorage, type StorageStatus } from '../../app/startup';
import { useToast } from '../../app/Toasts';
import { useCountries, useRegions } from '../clients/useCountries';
import { SETTINGS_SECTIONS } from './settingsSections';
import { useSettings } from './useSettings';

function SenderSection({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState(settings);
  const [errors, setErrors] = useState<FieldErrors>({});
  const countries = useCountries();
  const regions = useRegions(draft.country);
  const toast = useToast();

  const save = async () => {
    const { senderName, signatureText, returnAddress, country, region, paperSize, locale } = draft;
    const r = await updateSettings({ senderName, signatureText, returnAddress, country, region, paperSize, locale });
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    toast.show('Settings saved.');
  };
  const addr = draft.returnAddress;
  return (
    <section className="card stack" aria-labelledby="sender-h">
      <h2 id="sender-h">You, on cards and envelopes</h2>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="set-sender">Your name (signs cards)</label>
          <input
            id="set-sender"
            className="input"
            value={draft.senderName}
            onChange={(e) => setDraft({ ...draft, senderName: e.target.value })}
          />
          {errors.senderName && <span className="field-error">{errors.senderName}</span>}
        </div>
        <div className="field">
          <label htmlFor="set-signature">How you sign cards</label>
          <input
            id="set-signature"
            className="input"
            placeholder={draft.senderName.trim() ? `e.g. ${draft.senderName.trim().split(/\s+/)[0]}` : 'e.g. Maria'}
            value={draft.signatureText}
            onChange={(e) => setDraft({ ...draft, signatureText: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="set-return">Return address (up to 4 lines)</label>
          <textarea
            id="set-return"
            className="input"
            rows={4}
            placeholder={'Maria Keller\nLindenstraße 5\n80331 München'}
            value={addr.lines.join('\n')}
            onChange={(e) =>
              setDraft({
                ...draft,
                returnAddress: { lines: e.target.value.split('\n') },
              })
            }
          />
          {addr.lines.length > 4 ? (
            <span className="field-error">An envelope has room for 4 lines: join or remove {addr.lines.length - 4}.</span>
          ) : (
            errors['returnAddress.lines'] && <span className="field-error">{errors['returnAddress.lines']}</span>
          )}
        </div>
        <div className="stack" style={{ gap: 12 }}>
          <div className="field">
            <label htmlFor="set-country">Your country (default for new clients)</label>
            <select
              id="set-country"
              className="input"
              value={draft.country ?? ''}
              onChange={(e) => setDraft({ ...draft, country: e.target.value || undefined, region: undefined })}
            >
              <option value="">—</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="set-region">Region</label>
            <select
              id="set-region"
              className="input"
              value={draft.region ?? ''}
              onChange={(e) => setDraft({ ...draft, region: e.target.value || undefined })}
            >
              <option value="">Whole country</option>
              {regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor="set-paper">Paper size</label>
          <select
            id="set-paper"
            className="input"
            value={draft.paperSize}
            onChange={(e) => setDraft({ ...draft, paperSize: e.target.value as Settings['paperSize'] })}
          >
            {PAPER_SIZES.map((p) => (
              <option key={p} value={p}>
                {p === 'A4' ? 'A4 (210 × 297 mm)' : 'US Letter (8.5 × 11 in)'}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="set-locale">Date format</label>
          <select
            id="set-locale"
            className="input"
            value={draft.locale}
            onChange={(e) => setDraft({ ...draft, locale: e.target.value })}
          >
            <option value="">Follow the system</option>
            <option value="en-US">English (US)</option>
            <option value="en-GB">English (UK)</option>
            <option value="de">Deutsch</option>
            <option value="fr">Français</option>
            <option value="es">Español</option>
            <option value="it">Italiano</option>
            <option value="nl">Nederlands</option>
            <option value="pt">Português</option>
            <option value="ja">日本語</option>
            <option value="zh">中文</option>
          </select>
        </div>
      </div>
      <div>
        <button type="button" className="btn primary" onClick={() => void save()}>
          Save
        </button>
      </div>
    </section>
  );
}

function StorageSection() {
  const [status, setStatus] = useState<StorageStatus>(getStorageStatus());
  return (
    <section className="card stack" aria-labelledby="storage-h">
      <h2 id="storage-h">Storage</h2>
      <p style={{ margin: 0 }} data-testid="storage-status">
        {status.persisted === true
          ? 'Persistent storage is granted: the system will not clear your data to free space.'
          : status.persisted === 'unsupported'
            ? 'This browser cannot promise persistent storage. Keep regular backups.'
            : 'Persistent storage was not granted: the system may clear data when space runs low. Keep regular backups.'}
      </p>
      {status.persisted === false && (
        <div>
          <button type="button" className="btn" onClick={async () => setStatus(await requestPersistentStorage())}>
            Ask again
          </button>
        </div>
      )}
    </section>
  );
}

export function SettingsScreen() {
  const { data: settings, isLoading } = useSettings();
  if (isLoading) return <div className="screen subtle">Loading…</div>;
  return (
    <div className="screen stack">
      <h1>Settings</h1>
      <SenderSection settings={settings} />
      {SETTINGS_SECTIONS.map(({ id, component: Section }) => (
        <Section key={id} settings={settings} />
      ))}
      <StorageSection />
    </div>
  );
}
