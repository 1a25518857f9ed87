/**
 * The testimonial check: three questions asked when requesting a testimonial, and whether the
 * client gave the green light to be asked for referrals.
 */
import { useId, useState } from 'react';
import { displayName } from '../../../shared/clients/search';
import type { FieldErrors } from '../../../shared/domain/errors';
import { recordTestimonialCheck, undoTestimonialCheck } from '../../data/testimonials';
import { useToast } from '../../app/Toasts';
import { Dialog } from '../../ui/Dialog';
import { useToday } from '../../ui/useToday';
import { useClients } from '../clients/useClients';
import { ClientPicker } from './ClientPicker';
import type { TestimonialCheckRequest } from './quickLog';

export const TESTIMONIAL_QUESTIONS = {
  doingBetter: 'What could we be doing better?',
  doneRight: 'What have we done right so far?',
  whatToRefer: 'What would it take for you to refer others to us?',
} as const;

export function TestimonialCheckDialog({
  request,
  onClose,
}: {
  request: TestimonialCheckRequest;
  onClose: () => void;
}) {
  const uid = useId();
  const today = useToday();
  const toast = useToast();
  const { data: clients } = useClients();
  const [clientId, setClientId] = useState(request.clientId ?? '');
  const [date, setDate] = useState<string>(today);
  const [answers, setAnswers] = useState({ doingBetter: '', doneRight: '', whatToRefer: '' });
  const [greenLight, setGreenLight] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});

  const save = async () => {
    const r = await recordTestimonialCheck({
      clientId,
      date,
      ...answers,
      greenLight,
      touchpointId: request.touchpointId,
    });
    if (!r.ok) return setErrors(r.errors);
    const who = clients.find((c) => c.id === clientId);
    const name = who ? displayName(who) : 'the client';
    toast.show(
      greenLight
        ? `Green light from ${name}: ask them for referrals.`
        : `Testimonial check saved for ${name}.`,
      { label: 'Undo', run: () => undoTestimonialCheck(r.value) },
    );
    onClose();
  };

  return (
    <Dialog
      title="Testimonial check"
      onClose={onClose}
      width={620}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn primary" onClick={() => void save()}>
            Save
          </button>
        </>
      }
    >
      <div
        className="stack"
        style={{ gap: 14 }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
        }}
      >
        <div className="grid-2">
          <ClientPicker
            label="Client"
            value={clientId}
            onChange={setClientId}
            error={errors.clientId}
            autoFocus={!request.clientId}
          />
          <div className="field">
            <label htmlFor={`${uid}-date`}>Asked on</label>
            <input
              id={`${uid}-date`}
              className="input"
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
            {errors.date && <span className="field-error">{errors.date}</span>}
          </div>
        </div>
        {(Object.keys(TESTIMONIAL_QUESTIONS) as (keyof typeof TESTIMONIAL_QUESTIONS)[]).map((k) => (
          <div className="field" key={k}>
            <label htmlFor={`${uid}-${k}`}>{TESTIMONIAL_QUESTIONS[k]}</label>
            <textarea
              id={`${uid}-${k}`}
              className="input"
              rows={2}
              autoFocus={k === 'doingBetter' && Boolean(request.clientId)}
              value={answers[k]}
              onChange={(e) => setAnswers({ ...answers, [k]: e.target.value })}
            />
            {errors[k] && <span className="field-error">{errors[k]}</span>}
          </div>
        ))}
        <label className="check green-light">
          <input type="checkbox" checked={greenLight} onChange={(e) => setGreenLight(e.target.checked)} />
          <span>
            <strong>Green light</strong>: they are happy and ready to be asked for referrals
          </span>
        </label>
      </div>
    </Dialog>
  );
}
