/**
 * Guessing which column holds what from its header, in the languages our users' spreadsheets and
 * address books are in, and for the exports of Google Contacts and Outlook ("Given Name",
 * "E-mail 1 - Value", "Home Street", "Straße privat", "Rue (domicile)").
 *
 * Headers are compared as words: accents folded, punctuation dropped, small joining words ("de",
 * "of", "van") ignored. Qualifiers such as "Home", "privat" or "(domicile)" are taken off when the
 * whole header does not match, so "Telefon privat" is a phone and "Postleitzahl geschäftlich" a
 * postal code. Address parts come from one address only (home before business), so a home street is
 * never paired with an office city.
 */
import type { ColumnMapping, ImportField } from './types';

export const HEADER_LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'pl', 'sv'] as const;
export type HeaderLanguage = (typeof HEADER_LANGUAGES)[number];

type Synonyms = Partial<Record<HeaderLanguage, string[]>>;

/**
 * Header words per field and language, written as people write them (normalised on load).
 * "Name"-like headers whose meaning depends on the other columns are in AMBIGUOUS_NAMES below.
 */
export const HEADER_SYNONYMS: Record<ImportField, Synonyms> = {
  firstName: {
    en: ['First name', 'Firstname', 'First', 'Given name', 'Forename', 'Christian name', 'Name (first)'],
    de: ['Vorname', 'Rufname'],
    fr: ['Prénom', 'Prénoms'],
    es: ['Nombre de pila', 'Primer nombre'],
    nl: ['Voornaam', 'Roepnaam', 'Voornamen'],
    it: ['Nome proprio', 'Nome di battesimo'],
    pt: ['Primeiro nome', 'Prenome'],
    pl: ['Imię'],
    sv: ['Förnamn'],
  },
  lastName: {
    en: ['Last name', 'Lastname', 'Last', 'Surname', 'Family name', 'Name (last)'],
    de: ['Nachname', 'Familienname', 'Zuname'],
    fr: ['Nom de famille', 'Nom famille'],
    es: ['Apellido', 'Apellidos', 'Primer apellido'],
    nl: ['Achternaam', 'Familienaam'],
    it: ['Cognome'],
    pt: ['Sobrenome', 'Apelido', 'Apelidos', 'Último nome'],
    pl: ['Nazwisko'],
    sv: ['Efternamn'],
  },
  fullName: {
    en: ['Full name', 'Display name', 'Contact name', 'Contact', 'Name (full)', 'Client', 'Customer'],
    de: ['Vollständiger Name', 'Voller Name', 'Anzeigename', 'Kontakt', 'Kunde', 'Vor- und Nachname'],
    fr: ['Nom complet', 'Nom affiché', 'Client'],
    es: ['Nombre completo', 'Nombre y apellidos', 'Cliente'],
    nl: ['Volledige naam', 'Weergavenaam', 'Klant'],
    it: ['Nome completo', 'Nominativo', 'Cliente'],
    pt: ['Nome completo', 'Cliente'],
    pl: ['Imię i nazwisko', 'Klient'],
    sv: ['Fullständigt namn', 'Kund'],
  },
  salutation: {
    en: ['Salutation', 'Greeting', 'Letter salutation', 'Dear'],
    de: ['Briefanrede', 'Anredezeile', 'Grußformel'],
    fr: ['Formule d’appel', "Formule d'appel"],
    es: ['Saludo'],
    nl: ['Aanhef'],
    it: ['Saluto', 'Intestazione'],
    pt: ['Saudação'],
    pl: ['Zwrot grzecznościowy'],
    sv: ['Hälsning'],
  },
  email: {
    en: ['Email', 'E-mail', 'Email address', 'E-mail address', 'Mail', 'Primary email', 'Email 1'],
    de: ['E-Mail', 'E-Mail-Adresse', 'Mail-Adresse', 'Email-Adresse'],
    fr: ['Courriel', 'Adresse e-mail', 'Adresse électronique', 'Adresse de messagerie', 'Messagerie', 'Mél'],
    es: ['Correo', 'Correo electrónico', 'Dirección de correo', 'Dirección de correo electrónico'],
    nl: ['E-mailadres', 'Emailadres', 'Mailadres'],
    it: ['Posta elettronica', 'Indirizzo email', 'Indirizzo e-mail'],
    pt: ['Correio eletrónico', 'Correio eletrônico', 'Endereço de e-mail'],
    pl: ['Adres e-mail', 'Poczta'],
    sv: ['E-post', 'E-postadress'],
  },
  phone: {
    en: [
      'Phone',
      'Telephone',
      'Tel',
      'Phone number',
      'Mobile',
      'Mobile phone',
      'Cell',
      'Cell phone',
      'Primary phone',
    ],
    de: ['Telefon', 'Telefonnummer', 'Tel.', 'Handy', 'Mobiltelefon', 'Mobil', 'Mobilnummer', 'Rufnummer'],
    fr: ['Téléphone', 'Tél', 'Portable', 'Mobile', 'Numéro de téléphone', 'Tél. mobile', 'Téléphone mobile'],
    es: ['Teléfono', 'Móvil', 'Celular', 'Número de teléfono', 'Teléfono móvil'],
    nl: ['Telefoon', 'Telefoonnummer', 'Mobiel', 'Mobiele telefoon', 'GSM'],
    it: ['Telefono', 'Cellulare', 'Numero di telefono'],
    pt: ['Telefone', 'Telemóvel', 'Celular', 'Número de telefone'],
    pl: ['Telefon', 'Telefon komórkowy', 'Komórka', 'Numer telefonu'],
    sv: ['Telefon', 'Telefonnummer', 'Mobil', 'Mobiltelefon'],
  },
  company: {
    en: [
      'Company',
      'Organization',
      'Organisation',
      'Organization name',
      'Business',
      'Employer',
      'Company name',
    ],
    de: ['Firma', 'Unternehmen', 'Firmenname', 'Organisation'],
    fr: ['Société', 'Entreprise', 'Organisation'],
    es: ['Empresa', 'Compañía', 'Organización'],
    nl: ['Bedrijf', 'Organisatie', 'Bedrijfsnaam'],
    it: ['Azienda', 'Società', 'Ditta'],
    pt: ['Empresa', 'Companhia', 'Organização'],
    pl: ['Firma', 'Organizacja'],
    sv: ['Företag', 'Organisation'],
  },
  street: {
    en: [
      'Street',
      'Address',
      'Street address',
      'Address line 1',
      'Address line 2',
      'Address 1',
      'Address 2',
      'Street 1',
      'Street 2',
    ],
    de: ['Straße', 'Strasse', 'Adresse', 'Anschrift', 'Straße und Hausnummer', 'Adresszusatz'],
    fr: ['Rue', 'Adresse', 'Adresse postale', "Complément d'adresse"],
    es: ['Calle', 'Dirección', 'Domicilio', 'Dirección postal'],
    nl: ['Straat', 'Adres', 'Straatnaam', 'Straat en huisnummer'],
    it: ['Via', 'Indirizzo', 'Indirizzo postale'],
    pt: ['Rua', 'Endereço', 'Morada'],
    pl: ['Ulica', 'Adres'],
    sv: ['Gata', 'Adress', 'Gatuadress'],
  },
  city: {
    en: ['City', 'Town', 'Locality'],
    de: ['Ort', 'Stadt', 'Wohnort'],
    fr: ['Ville', 'Localité', 'Commune'],
    es: ['Ciudad', 'Localidad', 'Población', 'Municipio'],
    nl: ['Plaats', 'Woonplaats', 'Stad'],
    it: ['Città', 'Comune', 'Località'],
    pt: ['Cidade', 'Localidade', 'Município'],
    pl: ['Miasto', 'Miejscowość'],
    sv: ['Stad', 'Postort', 'Ort'],
  },
  postalCode: {
    en: ['Postal code', 'Postcode', 'Zip', 'Zip code', 'ZIP/Postal code', 'Post code'],
    de: ['PLZ', 'Postleitzahl'],
    fr: ['Code postal', 'CP'],
    es: ['Código postal', 'CP'],
    nl: ['Postcode'],
    it: ['CAP', 'Codice postale', 'Codice di avviamento postale'],
    pt: ['Código postal', 'CEP'],
    pl: ['Kod pocztowy'],
    sv: ['Postnummer'],
  },
  region: {
    en: ['State', 'Region', 'Province', 'County', 'State/Province'],
    de: ['Bundesland', 'Kanton', 'Bundesland/Kanton', 'Region'],
    fr: ['Région', 'Département', 'Province', 'État', 'État/Province'],
    es: ['Provincia', 'Estado', 'Comunidad autónoma', 'Región'],
    nl: ['Provincie', 'Regio'],
    it: ['Provincia', 'Regione'],
    pt: ['Estado', 'Distrito', 'Região', 'Província'],
    pl: ['Województwo', 'Region'],
    sv: ['Län', 'Region'],
  },
  regionCode: {
    en: ['Region code', 'State code', 'Province code'],
    de: ['Regionscode', 'Bundeslandkürzel', 'Kantonskürzel'],
    fr: ['Code région', 'Code département'],
    es: ['Código de provincia', 'Código de región'],
    nl: ['Provinciecode'],
    it: ['Sigla provincia', 'Codice regione'],
    pt: ['Código do estado', 'UF'],
  },
  country: {
    en: ['Country', 'Country/Region', 'Nation'],
    de: ['Land', 'Staat', 'Land/Region'],
    fr: ['Pays', 'Pays/Région'],
    es: ['País', 'País/Región'],
    nl: ['Land', 'Land/Regio'],
    it: ['Paese', 'Nazione', 'Stato', 'Paese/Area geografica'],
    pt: ['País', 'País/Região'],
    pl: ['Kraj'],
    sv: ['Land'],
  },
  countryCode: {
    en: ['Country code', 'ISO country', 'Country ISO'],
    de: ['Ländercode', 'Landeskennung', 'Länderkennzeichen'],
    fr: ['Code pays'],
    es: ['Código de país', 'Código país'],
    nl: ['Landcode'],
    it: ['Codice paese'],
    pt: ['Código do país'],
    pl: ['Kod kraju'],
    sv: ['Landskod'],
  },
  birthday: {
    en: ['Birthday', 'Birthdate', 'Birth date', 'Date of birth', 'DOB', 'Born'],
    de: ['Geburtstag', 'Geburtsdatum', 'Geboren'],
    fr: ['Date de naissance', 'Anniversaire', 'Né le', 'Naissance'],
    es: ['Fecha de nacimiento', 'Cumpleaños', 'Nacimiento'],
    nl: ['Geboortedatum', 'Verjaardag', 'Geboortedag', 'Geboren'],
    it: ['Data di nascita', 'Compleanno', 'Nato il'],
    pt: ['Data de nascimento', 'Aniversário', 'Nascimento'],
    pl: ['Data urodzenia', 'Urodziny'],
    sv: ['Födelsedag', 'Födelsedatum'],
  },
  anniversary: {
    en: ['Anniversary', 'Wedding anniversary', 'Wedding day', 'Important date'],
    de: ['Jahrestag', 'Hochzeitstag'],
    fr: ['Anniversaire de mariage', 'Date de mariage'],
    es: ['Aniversario', 'Aniversario de boda', 'Fecha de boda'],
    nl: ['Trouwdag', 'Huwelijksdatum', 'Jubileum'],
    it: ['Anniversario', 'Anniversario di matrimonio'],
    pt: ['Aniversário de casamento', 'Data de casamento'],
    pl: ['Rocznica', 'Rocznica ślubu'],
    sv: ['Bröllopsdag', 'Årsdag'],
  },
  importantDates: {
    en: ['Important dates', 'Dates', 'Special dates'],
    de: ['Wichtige Daten', 'Wichtige Termine'],
    fr: ['Dates importantes'],
    es: ['Fechas importantes'],
    nl: ['Belangrijke data'],
    it: ['Date importanti'],
    pt: ['Datas importantes'],
    pl: ['Ważne daty'],
    sv: ['Viktiga datum'],
  },
  tags: {
    en: [
      'Tags',
      'Tag',
      'Labels',
      'Label',
      'Categories',
      'Category',
      'Groups',
      'Group',
      'Group membership',
      'Keywords',
    ],
    de: ['Kategorien', 'Kategorie', 'Schlagworte', 'Schlagwörter', 'Gruppen', 'Gruppe', 'Stichwörter'],
    fr: ['Catégories', 'Catégorie', 'Étiquettes', 'Étiquette', 'Groupes', 'Mots-clés'],
    es: ['Etiquetas', 'Etiqueta', 'Categorías', 'Categoría', 'Grupos'],
    nl: ['Labels', 'Categorieën', 'Categorie', 'Groepen', 'Trefwoorden'],
    it: ['Etichette', 'Etichetta', 'Categorie', 'Categoria', 'Gruppi'],
    pt: ['Etiquetas', 'Marcadores', 'Categorias', 'Categoria', 'Grupos'],
    pl: ['Etykiety', 'Kategorie', 'Kategoria', 'Grupy', 'Tagi'],
    sv: ['Etiketter', 'Kategorier', 'Kategori', 'Grupper', 'Taggar'],
  },
  notes: {
    en: ['Notes', 'Note', 'Comments', 'Comment', 'Remarks', 'Description', 'Memo'],
    de: [
      'Notizen',
      'Notiz',
      'Bemerkungen',
      'Bemerkung',
      'Anmerkungen',
      'Kommentar',
      'Kommentare',
      'Beschreibung',
    ],
    fr: ['Remarques', 'Commentaires', 'Commentaire', 'Observations', 'Mémo'],
    es: ['Notas', 'Nota', 'Observaciones', 'Comentarios', 'Comentario', 'Descripción'],
    nl: ['Notities', 'Notitie', 'Opmerkingen', 'Opmerking', 'Aantekeningen', 'Omschrijving'],
    it: ['Note', 'Annotazioni', 'Commenti', 'Osservazioni', 'Descrizione'],
    pt: ['Notas', 'Observações', 'Comentários', 'Descrição'],
    pl: ['Notatki', 'Uwagi', 'Komentarz', 'Opis'],
    sv: ['Anteckningar', 'Kommentarer', 'Beskrivning'],
  },
  journeyStatus: {
    en: ['Journey status', 'Status', 'Client status', 'Stage'],
    de: ['Status', 'Kundenstatus', 'Phase'],
    fr: ['Statut', 'Statut client'],
    es: ['Estado del cliente', 'Estatus'],
    nl: ['Klantstatus'],
    it: ['Stato cliente'],
    pt: ['Estado do cliente', 'Status do cliente'],
  },
  journeyStart: {
    en: ['Journey start', 'Client since', 'Customer since', 'Start date', 'Start'],
    de: ['Kunde seit', 'Startdatum', 'Beginn'],
    fr: ['Client depuis', 'Date de début'],
    es: ['Cliente desde', 'Fecha de inicio'],
    nl: ['Klant sinds', 'Startdatum'],
    it: ['Cliente dal', 'Data di inizio'],
    pt: ['Cliente desde', 'Data de início'],
  },
  journeyEnd: {
    en: ['Expected end', 'Journey end', 'End date', 'End'],
    de: ['Enddatum', 'Ende', 'Voraussichtliches Ende'],
    fr: ['Date de fin', 'Fin prévue'],
    es: ['Fecha de fin', 'Fin previsto'],
    nl: ['Einddatum'],
    it: ['Data di fine'],
    pt: ['Data de fim', 'Data de término'],
  },
  preferredChannel: {
    en: ['Preferred channel', 'Preferred contact method', 'Contact preference'],
    de: ['Bevorzugter Kanal', 'Bevorzugter Kontaktweg'],
    fr: ['Canal préféré'],
    es: ['Canal preferido'],
    nl: ['Voorkeurskanaal'],
    it: ['Canale preferito'],
    pt: ['Canal preferido'],
  },
};

/**
 * Headers that mean "name" in general. Beside a first-name column they hold the last name
 * (German "Vorname | Name", French "Prénom | Nom", Dutch "Voornaam | Naam"); beside a last-name
 * column they hold the first name (Spanish "Nombre | Apellidos", Italian "Nome | Cognome",
 * Portuguese "Nome | Sobrenome"); alone they hold the full name.
 */
const AMBIGUOUS_NAMES: Record<string, 'lastName' | 'firstName'> = {
  name: 'lastName',
  nom: 'lastName',
  naam: 'lastName',
  namn: 'lastName',
  nombre: 'firstName',
  nome: 'firstName',
};

/** Small joining words that never decide what a column is. */
const STOPWORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'd',
  'l',
  'of',
  'the',
  'da',
  'do',
  'das',
  'dos',
  'di',
  'del',
  'della',
  'van',
  'der',
  'den',
  'von',
  'und',
  'and',
  'et',
  'y',
  'en',
  'i',
  'och',
  'a',
]);

/** Words that say whose or which address/phone it is. */
const HOME = [
  'home',
  'private',
  'personal',
  'privat',
  'prive',
  'personnel',
  'personnelle',
  'domicile',
  'casa',
  'particular',
  'personale',
  'privato',
  'thuis',
  'hem',
  'domowy',
  'prywatny',
  'residencial',
  'residence',
  'main',
  'primary',
  'haupt',
];
const WORK = [
  'business',
  'work',
  'office',
  'geschaftlich',
  'geschaeftlich',
  'dienstlich',
  'arbeit',
  'buro',
  'professionnel',
  'professionnelle',
  'travail',
  'bureau',
  'trabajo',
  'oficina',
  'lavoro',
  'ufficio',
  'werk',
  'zakelijk',
  'kantoor',
  'trabalho',
  'comercial',
  'sluzbowy',
  'arbete',
  'company',
];
const OTHER = [
  'other',
  'andere',
  'weitere',
  'sonstige',
  'autre',
  'otro',
  'otra',
  'altro',
  'ander',
  'outro',
  'inny',
  'annan',
];
/** Words that only say "this is an address/value" in Google and Outlook exports. */
const NOISE = ['value', 'address', 'adresse', 'adres', 'direccion', 'indirizzo', 'endereco', 'adress'];
/** A column with one of these is a label or type, not a value ("E-mail 1 - Type"). */
const TYPE_WORDS = ['type', 'label', 'typ', 'etikett', 'kind', 'yomi', 'phonetic', 'display'];

/** Lower-case words with accents folded: "Straße privat" → ["strasse", "privat"]. */
export function headerWords(header: string): string[] {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/[øö]/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

const keyOf = (words: string[]) => words.filter((w) => !STOPWORDS.has(w)).join('');

const SYNONYM_INDEX: Map<string, ImportField> = (() => {
  const m = new Map<string, ImportField>();
  for (const [field, langs] of Object.entries(HEADER_SYNONYMS) as [ImportField, Synonyms][]) {
    for (const list of Object.values(langs)) {
      for (const s of list ?? []) {
        const k = keyOf(headerWords(s));
        // First listing wins: fields are listed so that the more specific meaning comes first.
        if (k && !m.has(k)) m.set(k, field);
      }
    }
  }
  return m;
})();

/** Fields that take part in choosing one address. */
const ADDRESS_FIELDS: ReadonlySet<ImportField> = new Set([
  'street',
  'city',
  'postalCode',
  'region',
  'country',
]);

interface HeaderGuess {
  field: ImportField | 'ambiguous-name';
  /** Which address the column belongs to: '' (plain), 'home', 'work', 'other', or a number. */
  group: string;
  ambiguous?: 'lastName' | 'firstName';
}

function guessOne(header: string): HeaderGuess | null {
  const words = headerWords(header);
  if (words.length === 0) return null;
  const whole = keyOf(words);
  const amb = AMBIGUOUS_NAMES[whole];
  if (amb) return { field: 'ambiguous-name', group: '', ambiguous: amb };
  const direct = SYNONYM_INDEX.get(whole);
  if (direct) return { field: direct, group: '' };
  if (words.some((w) => TYPE_WORDS.includes(w))) return null;

  // Take qualifiers off: "Home Street 2" → street (home), "Address 1 - City" → city (1).
  let group = '';
  const rest: string[] = [];
  words.forEach((w, i) => {
    if (STOPWORDS.has(w)) return;
    if (HOME.includes(w)) group ||= 'home';
    else if (WORK.includes(w)) group ||= 'work';
    else if (OTHER.includes(w)) group ||= 'other';
    else if (/^\d+$/.test(w)) {
      // A number inside ("Address 2 - City") names the address; a final one ("Street 2") a line.
      if (i < words.length - 1) group ||= w;
    } else if (!NOISE.includes(w)) rest.push(w);
  });
  const stripped = rest.join('');
  if (!stripped || stripped === whole) return null;
  const field = SYNONYM_INDEX.get(stripped);
  if (field) return { field, group };
  const ambStripped = AMBIGUOUS_NAMES[stripped];
  return ambStripped ? { field: 'ambiguous-name', group, ambiguous: ambStripped } : null;
}

/** Home (or unqualified, or "1") before work before anything else. */
function groupRank(group: string): number {
  if (group === '' || group === 'home' || group === '1') return 0;
  if (group === 'work') return 2;
  if (/^\d+$/.test(group)) return 1 + Number(group) / 100;
  return 3;
}

/**
 * Guesses a mapping for the headers. A remembered mapping (from an earlier import) wins for every
 * header it names; the rest are guessed. Columns that match nothing map to null (ignored).
 */
export function guessMapping(headers: readonly string[], remembered?: ColumnMapping): ColumnMapping {
  const guesses = headers.map((h) => (remembered && h in remembered ? undefined : guessOne(h)));
  const mapping: ColumnMapping = {};
  const has = (f: ImportField) =>
    guesses.some((g) => g?.field === f) || (remembered ? headers.some((h) => remembered[h] === f) : false);

  // One address: the best-ranked group that has any address column.
  const groups = guesses.filter((g) => g && ADDRESS_FIELDS.has(g.field as ImportField)).map((g) => g!.group);
  const chosenGroup = groups.sort((a, b) => groupRank(a) - groupRank(b))[0];

  // "Aniversário" is the birthday in Portuguese, "Aniversario" the anniversary in Spanish: beside
  // another birthday column it is the anniversary.
  guesses.forEach((g, i) => {
    if (g?.field !== 'birthday' || keyOf(headerWords(headers[i]!)) !== 'aniversario') return;
    const otherBirthday = guesses.some((o, j) => j !== i && o?.field === 'birthday');
    if (otherBirthday) g.field = 'anniversary';
  });

  const hasFirst = has('firstName');
  const hasLast = has('lastName');
  headers.forEach((h, i) => {
    if (remembered && h in remembered) {
      mapping[h] = remembered[h] ?? null;
      return;
    }
    const g = guesses[i];
    if (!g) {
      mapping[h] = null;
    } else if (g.field === 'ambiguous-name') {
      if (g.ambiguous === 'lastName')
        mapping[h] = hasFirst && !hasLast ? 'lastName' : hasFirst ? null : 'fullName';
      else mapping[h] = hasLast && !hasFirst ? 'firstName' : hasLast ? null : 'fullName';
    } else if (ADDRESS_FIELDS.has(g.field)) {
      mapping[h] = g.group === chosenGroup ? g.field : null;
    } else {
      mapping[h] = g.field;
    }
  });
  // Single-value fields keep only their first column, except the ones whose extra columns are
  // still used (more emails/phones go to notes, more street columns are more lines).
  const multi: ReadonlySet<ImportField> = new Set([
    'email',
    'phone',
    'street',
    'tags',
    'notes',
    'anniversary',
  ]);
  const seen = new Set<ImportField>();
  for (const h of headers) {
    const f = mapping[h];
    if (!f || (remembered && h in remembered)) continue;
    if (seen.has(f) && !multi.has(f)) mapping[h] = null;
    seen.add(f);
  }
  return mapping;
}
