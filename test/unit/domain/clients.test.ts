import { describe, expect, it } from 'vitest';
import { clientToForm, emptyClientForm, formToInput, parseTags } from '../../../shared/clients/form';
import { displayName, filterClients, fold, indexClients, salutationOf } from '../../../shared/clients/search';
import { clientInputSchema, clientSchema, type Client } from '../../../shared/domain/schemas';

function client(partial: Record<string, unknown> & { firstName: string }): Client {
  return clientSchema.parse({
    id: partial.firstName,
    importantDates: [],
    tags: [],
    journey: { status: 'active' },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...partial,
  });
}

const book = [
  client({ firstName: 'Zoë', lastName: 'Ñúñez', email: 'zoe@atelier-lumiere.fr', company: 'Atelier Lumière', tags: ['vip'] }),
  client({ firstName: '小明', lastName: '王', email: 'xm@example.cn', country: 'CN' }),
  client({ firstName: 'Anna', lastName: 'Okafor', company: 'Okafor Consulting', country: 'DE', tags: ['coaching'] }),
  client({ firstName: 'Old', lastName: 'Friend', journey: { status: 'archived' } }),
];
const index = indexClients(book);
const names = (cs: Client[]) => cs.map((c) => c.firstName);

describe('client search', () => {
  it('finds by any part of name, email, company or tag, ignoring case and accents', () => {
    expect(names(filterClients(index, { query: 'lumiere.f' }))).toEqual(['Zoë']);
    expect(names(filterClients(index, { query: 'NUNEZ' }))).toEqual(['Zoë']);
    expect(names(filterClients(index, { query: 'zoë' }))).toEqual(['Zoë']);
    expect(names(filterClients(index, { query: '王' }))).toEqual(['小明']);
    expect(names(filterClients(index, { query: 'consult' }))).toEqual(['Anna']);
    expect(names(filterClients(index, { query: '#vip' }))).toEqual(['Zoë']);
    expect(names(filterClients(index, { query: 'anna okafor' }))).toEqual(['Anna']);
    expect(filterClients(index, { query: 'nobody' })).toEqual([]);
  });

  it('hides archived clients unless asked for, and filters by status, tag and country', () => {
    expect(names(filterClients(index, { query: '' }))).toEqual(['Zoë', '小明', 'Anna']);
    expect(names(filterClients(index, { query: '', status: 'archived' }))).toEqual(['Old']);
    expect(names(filterClients(index, { query: '', tag: 'coaching' }))).toEqual(['Anna']);
    expect(names(filterClients(index, { query: '', country: 'CN' }))).toEqual(['小明']);
  });

  it('folds accents but leaves other scripts alone', () => {
    expect(fold('Łukasz Wróbel ÀÉÎÕÜ')).toBe('łukasz wrobel aeiou');
    expect(fold('王小明')).toBe('王小明');
  });

  it('writes CJK names family name first, others given name first', () => {
    expect(displayName({ firstName: '小明', lastName: '王' })).toBe('王小明');
    expect(displayName({ firstName: 'Anna', lastName: 'Okafor' })).toBe('Anna Okafor');
    expect(displayName({ firstName: 'Sam' })).toBe('Sam');
  });

  it('uses the client salutation on cards, or "Dear <first name>"', () => {
    expect(salutationOf({ firstName: 'Anna', salutation: 'Dear Dr. Okafor' })).toBe('Dear Dr. Okafor');
    expect(salutationOf({ firstName: 'Zoë' })).toBe('Dear Zoë');
  });
});

describe('client form mapping', () => {
  it('round-trips a full client through the form without losing anything', () => {
    const full = client({
      firstName: 'Zoë',
      lastName: 'Ñúñez',
      salutation: 'Chère Zoë',
      email: 'zoe@example.fr',
      phone: '+33 6 12 34 56 78',
      company: 'Atelier',
      address: { lines: ['12 rue des Lilas', 'Bât. B'], city: 'Lyon', postalCode: '69003', country: 'France' },
      country: 'FR',
      birthday: { month: 2, day: 29 },
      importantDates: [{ id: 'w', label: 'Wedding anniversary', date: { month: 6, day: 12, year: 2015 } }],
      journey: { status: 'active', start: '2026-03-01', expectedEnd: '2026-09-30' },
      source: { kind: 'channel', channel: 'event' },
      tags: ['vip', 'design'],
      notes: 'Loves peonies',
      preferredChannel: 'card',
    });
    const back = clientInputSchema.parse(formToInput(clientToForm(full)));
    const { id: _i, createdAt: _c, updatedAt: _u, ...fields } = full;
    expect(back).toEqual(fields);
  });

  it('leaves out an untouched address and birthday', () => {
    const input = formToInput({ ...emptyClientForm(), firstName: 'Sam' });
    expect(input.address).toBeUndefined();
    expect(input.birthday).toBeUndefined();
    expect(clientInputSchema.safeParse(input).success).toBe(true);
  });

  it('splits tags on commas and drops duplicates', () => {
    expect(parseTags(' vip, design ,VIP,, coaching ')).toEqual(['vip', 'design', 'coaching']);
  });
});
