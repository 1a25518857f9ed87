import { describe, expect, it } from 'vitest';
import { guessMapping, HEADER_LANGUAGES, HEADER_SYNONYMS, type ImportField } from '../../../shared/import';

/** Words listed under two fields on purpose: the first listing decides. */
const SHARED_WORDS = new Set<string>(['Aniversario']);

describe('guessMapping', () => {
  it.each([
    [
      'German',
      ['Vorname', 'Nachname', 'Geburtstag', 'E-Mail', 'Straße', 'PLZ', 'Ort', 'Land'],
      ['firstName', 'lastName', 'birthday', 'email', 'street', 'postalCode', 'city', 'country'],
    ],
    [
      'German, "Name" beside "Vorname"',
      ['Anrede', 'Vorname', 'Name', 'Telefon', 'Firma', 'Notizen'],
      [null, 'firstName', 'lastName', 'phone', 'company', 'notes'],
    ],
    [
      'French',
      ['Prénom', 'Nom', 'Date de naissance', 'Courriel', 'Rue', 'Code postal', 'Ville', 'Téléphone'],
      ['firstName', 'lastName', 'birthday', 'email', 'street', 'postalCode', 'city', 'phone'],
    ],
    [
      'Spanish',
      [
        'Nombre',
        'Apellidos',
        'Fecha de nacimiento',
        'Correo electrónico',
        'Dirección',
        'Código postal',
        'Ciudad',
        'Provincia',
      ],
      ['firstName', 'lastName', 'birthday', 'email', 'street', 'postalCode', 'city', 'region'],
    ],
    [
      'Dutch',
      [
        'Voornaam',
        'Achternaam',
        'Geboortedatum',
        'E-mailadres',
        'Straat',
        'Postcode',
        'Woonplaats',
        'Opmerkingen',
      ],
      ['firstName', 'lastName', 'birthday', 'email', 'street', 'postalCode', 'city', 'notes'],
    ],
    [
      'Italian',
      ['Nome', 'Cognome', 'Data di nascita', 'Indirizzo email', 'Via', 'CAP', 'Città', 'Azienda'],
      ['firstName', 'lastName', 'birthday', 'email', 'street', 'postalCode', 'city', 'company'],
    ],
    [
      'Portuguese',
      ['Nome', 'Sobrenome', 'Data de nascimento', 'E-mail', 'Morada', 'Código postal', 'Cidade', 'Telemóvel'],
      ['firstName', 'lastName', 'birthday', 'email', 'street', 'postalCode', 'city', 'phone'],
    ],
    [
      'Polish',
      ['Imię', 'Nazwisko', 'Data urodzenia', 'Adres e-mail', 'Ulica', 'Kod pocztowy', 'Miasto'],
      ['firstName', 'lastName', 'birthday', 'email', 'street', 'postalCode', 'city'],
    ],
    [
      'Swedish',
      ['Förnamn', 'Efternamn', 'Födelsedag', 'E-post', 'Gatuadress', 'Postnummer', 'Postort'],
      ['firstName', 'lastName', 'birthday', 'email', 'street', 'postalCode', 'city'],
    ],
    [
      'Spanish Outlook: "Aniversario" beside "Cumpleaños"',
      ['Nombre', 'Apellidos', 'Cumpleaños', 'Aniversario'],
      ['firstName', 'lastName', 'birthday', 'anniversary'],
    ],
    [
      'Brazilian Google: "Aniversário" is the birthday',
      ['Nome', 'Sobrenome', 'Aniversário'],
      ['firstName', 'lastName', 'birthday'],
    ],
    ['a single name column', ['Name', 'Email', 'Geburtstag'], ['fullName', 'email', 'birthday']],
    ['Spanish single name column', ['Nombre', 'Correo'], ['fullName', 'email']],
    [
      'upper case and stray spaces',
      ['  FIRST NAME ', 'LAST_NAME', 'e_mail', 'Date of Birth'],
      ['firstName', 'lastName', 'email', 'birthday'],
    ],
  ] as [string, string[], (ImportField | null)[]][])('%s', (_lang, headers, expected) => {
    const mapping = guessMapping(headers);
    expect(headers.map((h) => mapping[h])).toEqual(expected);
  });

  it('Google Contacts export (old and new layout): values, not types; first address only', () => {
    const old = [
      'Name',
      'Given Name',
      'Additional Name',
      'Family Name',
      'Birthday',
      'Group Membership',
      'E-mail 1 - Type',
      'E-mail 1 - Value',
      'E-mail 2 - Type',
      'E-mail 2 - Value',
      'Phone 1 - Type',
      'Phone 1 - Value',
      'Address 1 - Type',
      'Address 1 - Formatted',
      'Address 1 - Street',
      'Address 1 - City',
      'Address 1 - Postal Code',
      'Address 1 - Region',
      'Address 1 - Country',
      'Address 2 - Street',
      'Address 2 - City',
      'Organization 1 - Name',
      'Organization 1 - Title',
      'Notes',
    ];
    const m = guessMapping(old);
    expect(m).toMatchObject({
      Name: null,
      'Given Name': 'firstName',
      'Family Name': 'lastName',
      'Additional Name': null,
      Birthday: 'birthday',
      'Group Membership': 'tags',
      'E-mail 1 - Type': null,
      'E-mail 1 - Value': 'email',
      'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Address 1 - Formatted': null,
      'Address 1 - Street': 'street',
      'Address 1 - City': 'city',
      'Address 1 - Postal Code': 'postalCode',
      'Address 1 - Region': 'region',
      'Address 1 - Country': 'country',
      'Address 2 - Street': null,
      'Address 2 - City': null,
      'Organization 1 - Name': 'company',
      'Organization 1 - Title': null,
      Notes: 'notes',
    });
    const current = [
      'First Name',
      'Middle Name',
      'Last Name',
      'Nickname',
      'Organization Name',
      'Organization Title',
      'Birthday',
      'Notes',
      'Labels',
      'E-mail 1 - Label',
      'E-mail 1 - Value',
      'Phone 1 - Label',
      'Phone 1 - Value',
      'Address 1 - Label',
      'Address 1 - Street',
      'Address 1 - City',
      'Address 1 - Postal Code',
      'Address 1 - Country',
    ];
    expect(guessMapping(current)).toMatchObject({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'Organization Name': 'company',
      Labels: 'tags',
      'E-mail 1 - Label': null,
      'E-mail 1 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Address 1 - Label': null,
      'Address 1 - Street': 'street',
    });
  });

  it('Outlook export in English and German: home address, not the business one', () => {
    const en = guessMapping([
      'First Name',
      'Middle Name',
      'Last Name',
      'Title',
      'E-mail Address',
      'E-mail 2 Address',
      'E-mail Display Name',
      'Business Street',
      'Business City',
      'Home Street',
      'Home Street 2',
      'Home City',
      'Home State',
      'Home Postal Code',
      'Home Country/Region',
      'Mobile Phone',
      'Company',
      'Birthday',
      'Anniversary',
      'Categories',
      'Notes',
    ]);
    expect(en).toMatchObject({
      'E-mail Address': 'email',
      'E-mail 2 Address': 'email',
      'E-mail Display Name': null,
      Title: null,
      'Business Street': null,
      'Business City': null,
      'Home Street': 'street',
      'Home Street 2': 'street',
      'Home City': 'city',
      'Home State': 'region',
      'Home Postal Code': 'postalCode',
      'Home Country/Region': 'country',
      'Mobile Phone': 'phone',
      Anniversary: 'anniversary',
      Categories: 'tags',
    });
    const de = guessMapping([
      'Vorname',
      'Weitere Vornamen',
      'Nachname',
      'E-Mail-Adresse',
      'E-Mail 2: Adresse',
      'Straße geschäftlich',
      'Ort geschäftlich',
      'Straße privat',
      'Ort privat',
      'Postleitzahl privat',
      'Bundesland/Kanton privat',
      'Land/Region privat',
      'Telefon privat',
      'Mobiltelefon',
      'Geburtstag',
      'Jahrestag',
      'Kategorien',
    ]);
    expect(de).toMatchObject({
      'Weitere Vornamen': null,
      'E-Mail-Adresse': 'email',
      'E-Mail 2: Adresse': 'email',
      'Straße geschäftlich': null,
      'Ort geschäftlich': null,
      'Straße privat': 'street',
      'Ort privat': 'city',
      'Postleitzahl privat': 'postalCode',
      'Bundesland/Kanton privat': 'region',
      'Land/Region privat': 'country',
      'Telefon privat': 'phone',
      Mobiltelefon: 'phone',
      Jahrestag: 'anniversary',
      Kategorien: 'tags',
    });
    // Only a business address: that one is used.
    expect(guessMapping(['Name', 'Business Street', 'Business City'])).toMatchObject({
      'Business Street': 'street',
      'Business City': 'city',
    });
    // French Outlook with qualifiers in brackets.
    expect(
      guessMapping([
        'Prénom',
        'Nom',
        'Rue (domicile)',
        'Ville (domicile)',
        'Code postal (domicile)',
        'Adresse de messagerie',
      ]),
    ).toMatchObject({
      'Rue (domicile)': 'street',
      'Ville (domicile)': 'city',
      'Code postal (domicile)': 'postalCode',
      'Adresse de messagerie': 'email',
    });
  });

  it('recognises every synonym in its table, in every language listed', () => {
    expect(HEADER_LANGUAGES).toEqual(['en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'pl', 'sv']);
    for (const core of [
      'firstName',
      'lastName',
      'email',
      'phone',
      'birthday',
      'street',
      'city',
      'postalCode',
    ] as const) {
      for (const lang of HEADER_LANGUAGES)
        expect(HEADER_SYNONYMS[core][lang]?.length, `${core}/${lang}`).toBeGreaterThan(0);
    }
    const wrong: string[] = [];
    for (const [field, langs] of Object.entries(HEADER_SYNONYMS)) {
      for (const [lang, words] of Object.entries(langs)) {
        for (const w of words ?? []) {
          const got = guessMapping([w])[w];
          if (got !== field && !SHARED_WORDS.has(w))
            wrong.push(`${lang}: ${w} → ${String(got)} (listed for ${field})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps only the first column for single-value fields, and a remembered mapping wins', () => {
    expect(guessMapping(['Birthday', 'Geburtstag', 'Email', 'E-Mail'])).toEqual({
      Birthday: 'birthday',
      Geburtstag: null,
      Email: 'email',
      'E-Mail': 'email',
    });
    const remembered = { Kundennummer: null, Spitzname: 'firstName' as const, Vorname: null };
    expect(guessMapping(['Kundennummer', 'Spitzname', 'Vorname', 'Nachname'], remembered)).toEqual({
      Kundennummer: null,
      Spitzname: 'firstName',
      Vorname: null,
      Nachname: 'lastName',
    });
    // Plain JSON: it survives being stored and read back.
    const m = guessMapping(['Vorname', 'Nachname', 'E-Mail']);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});
