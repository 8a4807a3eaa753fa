// The timeline page's script, served from this origin only (the page's content security policy allows no other).
// Everything the page shows is in its URL: the filters, the language, the open entries and whether the map is open,
// so that a copied link restores the view exactly.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const form = $('filters');
  const entriesBox = $('entries');
  const status = $('status');
  const filterNames = ['from', 'to', 'place', 'actor', 'type', 'status', 'q'];
  const types = ['CONSULT', 'AGREE', 'REQUEST', 'REJECT', 'REDUCE_RELATIONS', 'MOBILIZE', 'SANCTION', 'STATEMENT'];
  const statuses = ['occurred', 'scheduled', 'cancelled', 'postponed'];
  const texts = {};
  let lang = 'en';
  let t = {};
  let world = null;
  let shown = [];
  const open = new Set();

  // ---- language ---------------------------------------------------------------------------------------------
  function say(key, values) {
    let s = t[key] ?? key;
    for (const [k, v] of Object.entries(values || {})) s = s.replaceAll('{' + k + '}', v);
    return s;
  }
  function chooseLanguage() {
    const asked = new URLSearchParams(location.search).get('lang');
    if (asked === 'de' || asked === 'en') return asked;
    return (navigator.languages || [navigator.language || 'en']).some((l) => l.toLowerCase().startsWith('de')) ? 'de' : 'en';
  }
  async function useLanguage(code) {
    if (!texts[code]) texts[code] = await (await fetch('/page/i18n/' + code + '.json')).json();
    lang = code;
    t = texts[code];
    document.documentElement.lang = code;
    document.title = t.title;
    $('language').value = code;
    for (const el of document.querySelectorAll('[data-text]')) el.textContent = say(el.dataset.text);
    for (const el of document.querySelectorAll('[data-placeholder]')) el.placeholder = say(el.dataset.placeholder);
    for (const el of document.querySelectorAll('[data-label]')) el.setAttribute('aria-label', say(el.dataset.label));
    fillSelect(form.elements.type, types, (v) => t.types[v]);
    fillSelect(form.elements.status, statuses, (v) => t.statuses[v]);
    $('map-toggle').textContent = say($('map-panel').hidden ? 'mapShow' : 'mapHide');
  }
  function fillSelect(select, values, label) {
    const chosen = select.value;
    select.replaceChildren(new Option(say('any'), ''));
    for (const v of values) select.add(new Option(label(v), v));
    setField(select, chosen);
  }
  // A shared link may name a type or status the list does not offer (`?type=FOO`): it is kept as an option of its
  // own and sent as it is, so that the API answers with its reason and suggestions instead of the filter vanishing.
  function setField(field, value) {
    if (field.tagName === 'SELECT' && value && ![...field.options].some((o) => o.value === value)) field.add(new Option(value, value));
    field.value = value;
  }
  const nameIn = (thing) => (thing && thing.names && thing.names[lang]) || (thing && thing.name) || '';
  const titleOf = (e) => (e.titles && e.titles[lang]) || e.title;

  // ---- dates: calendar days, read as UTC so that no time zone moves them ---------------------------------------
  const utc = (iso) => new Date(iso + 'T00:00:00Z');
  const format = (options) => new Intl.DateTimeFormat(t.locale, { timeZone: 'UTC', ...options });
  function dateLabel(date) {
    const start = utc(date.start);
    const v = date.value;
    switch (date.granularity) {
      case 'day': case 'time':
        return [format({ day: 'numeric', month: 'long', year: 'numeric' }).format(start), format({ weekday: 'long' }).format(start)];
      case 'week': return [say('week', { week: String(Number(v.slice(6, 8))), year: v.slice(0, 4) }), weekSpan(date)];
      case 'month': return [format({ month: 'long', year: 'numeric' }).format(start), t.granularities.month];
      case 'season': return [t.seasons[v.slice(5, 7)] + ' ' + v.slice(0, 4), t.granularities.season];
      case 'quarter': return [say('quarter', { quarter: v.slice(6, 7), year: v.slice(0, 4) }), t.granularities.quarter];
      case 'year':
        if (/^\d{4}-H[12]$/.test(v)) return [say('half', { half: v.slice(6, 7), year: v.slice(0, 4) }), t.granularities.half];
        return [v.slice(0, 4), t.granularities.year];
      case 'decade': return [say('decade', { decade: v.slice(0, 3) + '0' }), t.granularities.decade];
      case 'century': return [say('century', { century: String(Number(v.slice(0, 2)) + 1) }), t.granularities.century];
      default: return [v, date.granularity];
    }
  }
  function weekSpan(date) {
    const f = format({ day: 'numeric', month: 'short' });
    return f.format(utc(date.start)) + ' – ' + f.format(utc(date.end));
  }
  // What a person types into a date field, as the API reads it: ISO forms pass, "12.1.2022" and "1.2022" become ISO.
  function isoDate(text) {
    const s = text.trim();
    if (s === '' || /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/.test(s)) return s;
    let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
    if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    m = /^(\d{1,2})[./](\d{4})$/.exec(s);
    if (m) return `${m[2]}-${m[1].padStart(2, '0')}`;
    return null;
  }

  // ---- the view in the URL ------------------------------------------------------------------------------------
  function filters() {
    const p = new URLSearchParams();
    for (const name of filterNames) {
      let v = form.elements[name].value.trim();
      if ((name === 'from' || name === 'to') && v) v = isoDate(v) ?? v;
      if (v) p.set(name, v);
    }
    return p;
  }
  function viewUrl() {
    const p = filters();
    p.set('lang', lang);
    if (!$('map-panel').hidden) p.set('map', '1');
    if (open.size) p.set('open', [...open].join(','));
    return location.origin + location.pathname + '?' + p;
  }
  function remember() {
    history.replaceState(null, '', viewUrl());
    $('share-link').value = viewUrl();
    const p = filters();
    const api = (format) => '/api/timeline/export/' + format + '?' + withLang(p);
    for (const a of document.querySelectorAll('.exports a[data-format]')) {
      a.href = api(a.dataset.format);
      a.download = 'timeline.' + ({ timelinejs: 'timelinejs.json' }[a.dataset.format] || a.dataset.format);
    }
    const calendar = '/api/timeline/calendar.ics?' + withLang(p);
    $('subscribe').href = (location.protocol === 'https:' ? 'webcals://' : 'webcal://') + location.host + calendar;
  }
  function withLang(p) {
    const q = new URLSearchParams(p);
    q.set('lang', lang);
    return q;
  }
  function restore() {
    const p = new URLSearchParams(location.search);
    for (const name of filterNames) setField(form.elements[name], p.get(name) ?? '');
    for (const id of (p.get('open') || '').split(',').filter(Boolean)) open.add(id);
    return p.get('map') === '1';
  }
  function checkDates() {
    let ok = true;
    for (const name of ['from', 'to']) {
      const input = form.elements[name];
      const good = isoDate(input.value) !== null;
      input.setAttribute('aria-invalid', String(!good));
      if (!good) { ok = false; status.textContent = say('dateInvalid', { value: input.value }); input.focus(); }
    }
    return ok;
  }

  // ---- reading the API ----------------------------------------------------------------------------------------
  const keyForm = $('key');
  function headers() {
    const key = sessionStorage.getItem('timeline-key');
    return key ? { 'X-Api-Key': key } : {};
  }
  keyForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    sessionStorage.setItem('timeline-key', keyForm.elements.key.value);
    keyForm.hidden = true;
    load();
    follow();
  });

  async function load() {
    if (!checkDates()) return;
    remember();
    const p = filters();
    p.set('includeMentions', 'true');
    p.set('limit', '500');
    status.textContent = say('loading');
    try {
      const response = await fetch('/api/timeline?' + p, { headers: headers() });
      if (response.status === 401) { keyForm.hidden = false; status.textContent = say('keyNeeded'); return; }
      const body = await response.json();
      if (!response.ok) { problem(body, p); return; }
      $('suggestions').hidden = true;
      shown = body.items;
      render(shown);
      density(shown);
      drawMap();
      const count = shown.length === 1 ? say('event') : say('events', { count: shown.length });
      status.textContent = count + (body.nextCursor ? ' ' + say('firstOnly', { count: shown.length }) : '');
      loadNames(p);
    } catch (err) {
      status.textContent = say('loadFailed', { reason: String(err) });
    }
  }

  // A filter the API cannot read comes back with the names it knows nearest to it: offered as buttons.
  function problem(body, sent) {
    const lines = [say('queryInvalid')];
    for (const [name, reasons] of Object.entries(body.errors || {})) {
      const field = form.elements[name];
      const typed = field ? field.value.trim() : sent.get(name) ?? '';
      const label = field ? say(name === 'q' ? 'text' : name) : name;
      lines.push(say('valueInvalid', { field: label, value: typed }));
      // The API's reason is English and quotes the value as it was sent (a German date already rewritten), so it is
      // shown only on the English page, with the person's own input in place of the rewritten one.
      const value = sent.get(name);
      if (lang === 'en') lines.push(...reasons.map((r) => (value && typed && value !== typed ? r.replaceAll("'" + value + "'", '“' + typed + '”') : r)));
    }
    if (lines.length === 1 && body.detail) lines.push(body.detail);
    status.textContent = lines.join(' ');
    const box = $('suggestions');
    box.replaceChildren();
    for (const [name, values] of Object.entries(body.suggestions || {})) {
      if (!form.elements[name]) continue;
      box.append(text('span', say('didYouMean') + ' '));
      for (const value of values) {
        const b = text('button', value);
        b.type = 'button';
        b.className = 'secondary';
        b.addEventListener('click', () => { form.elements[name].value = value; load(); });
        box.append(b);
      }
    }
    box.hidden = box.childElementCount === 0;
    // Nothing of the last answer stays: no entries, no density bars, no markers.
    shown = [];
    entriesBox.replaceChildren();
    $('density').replaceChildren();
    $('density-axis').replaceChildren();
    drawMap();
  }

  // The names offered while typing a place or an actor: those of the current timeline, in the page's language.
  async function loadNames(p) {
    for (const [facet, list] of [['places', 'place-names'], ['actors', 'actor-names']]) {
      const q = new URLSearchParams(p);
      q.delete(facet === 'places' ? 'place' : 'actor');
      q.delete('includeMentions');
      q.delete('limit');
      try {
        const response = await fetch('/api/' + facet + '?' + q, { headers: headers() });
        if (!response.ok) continue;
        const values = await response.json();
        $(list).replaceChildren(...values.map((v) => new Option(nameIn(v), nameIn(v))));
      } catch { /* the list only helps typing */ }
    }
  }

  // ---- the list -------------------------------------------------------------------------------------------------
  function text(tag, content, cls) {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    if (content !== undefined && content !== null) el.textContent = content;
    return el;
  }
  function isWebAddress(url) {
    if (!url) return false;
    try { const u = new URL(url); return u.protocol === 'http:' || u.protocol === 'https:'; } catch { return false; }
  }
  const slug = (id) => 'entry-' + id;
  function plural(count, one, many) { return count === 1 ? say(one) : say(many, { count }); }

  function renderEntry(e) {
    const card = document.createElement('article');
    card.className = 'entry';
    card.dataset.id = e.id;
    card.dataset.place = e.place ? e.place.id : '';
    card.id = slug(e.id);
    const heading = document.createElement('h5');
    const toggle = text('button', titleOf(e));
    toggle.type = 'button';
    toggle.className = 'toggle';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'mentions-' + e.id);
    toggle.addEventListener('click', () => setOpen(card, !open.has(e.id)));
    const badge = text('span', t.statuses[e.status] || e.status, 'badge ' + e.status);
    badge.title = t.statusHelp[e.status] || '';
    heading.append(toggle, badge);
    card.append(heading);

    const meta = text('div', null, 'meta');
    const people = e.participants.filter((p) => p.kind === 'person').map((p) => p.name + (p.role ? ' (' + p.role + ')' : ''));
    const parties = e.participants.filter((p) => p.kind !== 'person').map(nameIn);
    const parts = [
      e.place ? nameIn(e.place) + ' (' + e.place.countryCode + ')' : say('placeUnknown'),
      parties.join(', '),
      people.join(', '),
      plural(e.articleCount, 'article', 'articles') + ', ' + plural(e.sourceCount, 'source', 'sources'),
    ].filter(Boolean);
    meta.append(parts.join(' · ') + ' · ');
    const confidence = text('span', say('confidence', { value: e.confidence.toFixed(2) }), 'confidence');
    confidence.title = say('confidenceHelp', { percent: Math.round(e.confidence * 100) + ' %' });
    meta.append(confidence);
    card.append(meta);

    if (e.possibleDuplicates && e.possibleDuplicates.length) {
      const review = text('div', say('possibleDuplicates') + ' ', 'review');
      e.possibleDuplicates.forEach((id, i) => {
        // Named as a reader knows it; an entry outside the current filter is fetched, its id standing in meanwhile.
        const link = text('a', id);
        link.href = '#' + slug(id);
        const other = shown.find((x) => x.id === id);
        if (other) link.textContent = duplicateName(other);
        else nameDuplicate(link, id);
        review.append(i ? ', ' : '', link);
      });
      card.append(review);
    }
    const mentions = text('div', null, 'mentions');
    mentions.id = 'mentions-' + e.id;
    mentions.hidden = true;
    mentions.append(text('div', say('reportedBy'), 'visually-hidden'));
    for (const m of e.mentions || []) {
      const row = text('div', null, 'mention');
      const when = m.publishedAt || m.documentDate;
      const head = [m.source === 'unknown' ? say('unknownSource') : m.source, when ? format({ day: 'numeric', month: 'short', year: 'numeric' }).format(utc(when)) : say('undated'),
        say('inLanguage', { language: t.languages[m.language] || m.language })].join(', ') + (m.articleTitle ? ': ' + m.articleTitle : '');
      // Only web addresses become links: a javascript: or data: address stays plain text, whatever the server stored.
      if (isWebAddress(m.url)) { const a = text('a', head); a.href = m.url; a.rel = 'noopener noreferrer'; row.append(a); } else row.append(text('strong', head));
      const quote = text('blockquote', m.evidence);
      quote.lang = m.language;
      row.append(quote);
      mentions.append(row);
    }
    card.append(mentions);
    card.addEventListener('mouseenter', () => markPlace(e.place && e.place.id, true));
    card.addEventListener('mouseleave', () => markPlace(e.place && e.place.id, false));
    card.addEventListener('focusin', () => markPlace(e.place && e.place.id, true));
    card.addEventListener('focusout', () => markPlace(e.place && e.place.id, false));
    if (open.has(e.id)) setOpen(card, true, false);
    return card;
  }
  const duplicateName = (other) => titleOf(other) + ' (' + dateLabel(other.date)[0] + ')';
  async function nameDuplicate(link, id) {
    try {
      const response = await fetch('/api/timeline/' + encodeURIComponent(id), { headers: headers() });
      if (!response.ok) return;
      link.textContent = duplicateName(await response.json());
      link.href = '?' + new URLSearchParams({ lang, open: id });
    } catch { /* the id stays */ }
  }
  function setOpen(card, value, save = true) {
    const id = card.dataset.id;
    card.querySelector('.toggle').setAttribute('aria-expanded', String(value));
    card.querySelector('.mentions').hidden = !value;
    if (value) open.add(id); else open.delete(id);
    if (save) remember();
  }

  const finerThanMonth = new Set(['day', 'time', 'week', 'month']);
  function periodHeading(date) {
    if (date.granularity === 'year' && /^\d{4}$/.test(date.value)) return say('wholeYear', { year: date.value });
    return dateLabel(date)[0];
  }

  function render(entries) {
    entriesBox.replaceChildren();
    if (entries.length === 0) { entriesBox.append(text('p', say('none'), 'empty')); return; }
    let year = null, month = null, day = null, list = null;
    const monthName = format({ month: 'long', year: 'numeric' });
    for (const e of entries) {
      const start = e.date.start;
      if (start.slice(0, 4) !== year) {
        year = start.slice(0, 4);
        month = null;
        const h = text('h3', year, 'year');
        h.id = 'year-' + year;
        entriesBox.append(h);
      }
      // A date coarser than a month (a season, a quarter, a year...) belongs to no month: it gets a heading that
      // names its own period, so that it never seems to sit in the month its range happens to start in.
      const coarse = !finerThanMonth.has(e.date.granularity);
      const key = coarse ? 'period-' + e.date.value : start.slice(0, 7);
      if (key !== month) {
        month = key;
        day = null;
        const label = coarse ? periodHeading(e.date) : monthName.format(utc(key + '-01'));
        const h = text('h4', label, coarse ? 'month period' : 'month');
        h.id = coarse ? key : 'month-' + key;
        entriesBox.append(h);
      }
      if (e.date.value !== day) {
        day = e.date.value;
        const group = text('div', null, 'day');
        group.dataset.date = day;
        const [main, sub] = dateLabel(e.date);
        const label = text('div', main, 'date');
        label.append(text('small', sub));
        list = text('div', null, 'entries');
        group.append(label, list);
        entriesBox.append(group);
      }
      list.append(renderEntry(e));
    }
  }

  // ---- the density strip: one bar a month over the span shown ---------------------------------------------------
  function density(entries) {
    const box = $('density');
    const axis = $('density-axis');
    box.replaceChildren();
    axis.replaceChildren();
    if (entries.length === 0) return;
    const counts = new Map();
    for (const e of entries) counts.set(e.date.start.slice(0, 7), (counts.get(e.date.start.slice(0, 7)) || 0) + 1);
    const months = [...counts.keys()].sort();
    let [y, m] = months[0].split('-').map(Number);
    const [ly, lm] = months[months.length - 1].split('-').map(Number);
    const all = [];
    while (y < ly || (y === ly && m <= lm)) { all.push(`${y}-${String(m).padStart(2, '0')}`); if (++m > 12) { m = 1; y++; } }
    const max = Math.max(...counts.values());
    const monthName = format({ month: 'long', year: 'numeric' });
    const current = form.elements.from.value && form.elements.from.value === form.elements.to.value ? form.elements.from.value : null;
    // Very long spans are shown a year a bar, so that a bar stays wide enough to point at.
    const byYear = all.length > 120;
    const buckets = byYear ? [...new Set(all.map((k) => k.slice(0, 4)))] : all;
    for (const key of buckets) {
      const count = byYear ? [...counts].filter(([k]) => k.startsWith(key)).reduce((s, [, c]) => s + c, 0) : counts.get(key) || 0;
      const bar = text('button');
      bar.type = 'button';
      bar.className = (count ? '' : 'empty') + (key === current ? ' current' : '');
      bar.style.height = Math.max(6, Math.round((count / max) * 100)) + '%';
      const label = say('densityBar', { month: byYear ? key : monthName.format(utc(key + '-01')), count: plural(count, 'event', 'events') });
      bar.title = label;
      bar.setAttribute('aria-label', label);
      bar.dataset.period = key;
      bar.addEventListener('click', () => { form.elements.from.value = key; form.elements.to.value = key; load(); });
      box.append(bar);
    }
    densityAxis(axis, box, buckets, byYear ? (key) => key : (key) => format({ month: 'short', year: 'numeric' }).format(utc(key + '-01')));
  }
  // Labels under the strip: the first and the last period, and as many between as fit without touching. Each label
  // sits in a cell sized like the bar above it, so it stands under its bar whatever the width of the strip.
  function densityAxis(axis, box, keys, label) {
    const cells = keys.map(() => text('span'));
    axis.append(...cells);
    // Bars keep a width of their own (at most 36 px), so the room a label has is counted in bars, not in the strip's width.
    const bars = box.children;
    const barWidth = bars.length > 1 ? bars[1].getBoundingClientRect().left - bars[0].getBoundingClientRect().left : 12;
    const step = Math.max(1, Math.ceil(80 / barWidth));
    const last = keys.length - 1;
    keys.forEach((key, i) => {
      if (i === 0 || i === last || (i % step === 0 && last - i >= step)) cells[i].append(text('span', label(key), i === last && i > 0 ? 'end' : ''));
    });
  }

  // ---- the map: Natural Earth's countries, drawn from the page's own world.json ---------------------------------
  const NS = 'http://www.w3.org/2000/svg';
  function svg(tag, attributes) {
    const el = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attributes || {})) el.setAttribute(k, v);
    return el;
  }
  async function showMap(value) {
    $('map-panel').hidden = !value;
    $('map-toggle').setAttribute('aria-expanded', String(value));
    $('map-toggle').textContent = say(value ? 'mapHide' : 'mapShow');
    if (value && !world) world = await (await fetch('/page/world.json')).json();
    drawMap();
    remember();
  }
  const project = (lon, lat) => [(lon + 180) * world.projection.scale, (world.projection.top - lat) * world.projection.scale];
  function drawMap(zoomTo) {
    const map = $('map');
    if (!world || $('map-panel').hidden) return;
    map.replaceChildren();
    const land = svg('g');
    for (const c of world.countries) land.append(svg('path', { d: c.d, class: 'country' }));
    map.append(land);
    const places = new Map();
    let unplaced = 0;
    for (const e of shown) {
      if (!e.place || e.place.latitude == null) { unplaced++; continue; }
      const p = places.get(e.place.id) || { place: e.place, entries: [] };
      p.entries.push(e);
      places.set(e.place.id, p);
    }
    $('map-unplaced').textContent = unplaced ? say('mapNoPlace', { count: unplaced }) : '';
    const located = [...places.values()].sort((a, b) => b.entries.length - a.entries.length)
      .map((p) => ({ ...p, at: project(p.place.longitude, p.place.latitude) }));
    // Zoomed to the events shown (with room around them), or the whole world; markers and names keep their size on screen.
    let [x0, y0, w, h] = [0, 0, world.width, world.height];
    if (located.length && zoomTo !== 'world') {
      const xs = located.map((p) => p.at[0]), ys = located.map((p) => p.at[1]);
      const pad = 30;
      w = Math.max(120, Math.max(...xs) - Math.min(...xs) + 2 * pad);
      h = Math.max(70, Math.max(...ys) - Math.min(...ys) + 2 * pad);
      x0 = (Math.max(...xs) + Math.min(...xs)) / 2 - w / 2;
      y0 = (Math.max(...ys) + Math.min(...ys)) / 2 - h / 2;
    }
    const unit = w / 240;
    const markers = located.map(({ entries, at: [x, y] }) => {
      const r = unit * Math.min(6, 1.6 + Math.sqrt(entries.length));
      return [x - r, y - r, x + r, y + r];
    });
    const labels = [];
    for (const { place, entries, at: [x, y] } of located) {
      const label = say('mapMarker', { place: nameIn(place), count: plural(entries.length, 'event', 'events') });
      const radius = unit * Math.min(6, 1.6 + Math.sqrt(entries.length));
      const marker = svg('circle', { cx: x.toFixed(2), cy: y.toFixed(2), r: radius.toFixed(2), 'stroke-width': (unit / 3).toFixed(2), class: 'marker', tabindex: '0', role: 'button', 'aria-label': label });
      marker.dataset.place = place.id;
      marker.append(svg('title'));
      marker.firstChild.textContent = label;
      const choose = () => highlightPlace(place.id);
      marker.addEventListener('click', choose);
      marker.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); choose(); } });
      map.append(marker);
      const name = svg('text', { 'font-size': (unit * 4).toFixed(2), 'aria-hidden': 'true' });
      name.textContent = nameIn(place);
      map.append(name);
      placeLabel(name, x, y, radius, unit, [x0, y0, x0 + w, y0 + h], labels, markers.filter((_, i) => located[i].place.id !== place.id));
    }
    map.setAttribute('viewBox', [x0, y0, w, h].map((n) => n.toFixed(1)).join(' '));
  }
  // A name goes right of its marker, else left of it, wherever it stays inside the map and clear of the names already
  // placed (busiest places first) and of the other markers; where neither fits it is shown only while its marker is
  // pointed at or focused, so that no name covers another.
  function placeLabel(name, x, y, radius, unit, bounds, labels, obstacles) {
    const size = unit * 4;
    const width = name.getComputedTextLength() || name.textContent.length * size * 0.6;
    const top = y - radius - size * 0.8, bottom = y - radius + size * 0.25;
    const sides = [
      { x: x + radius + unit, anchor: 'start', box: [x + radius + unit, top, x + radius + unit + width, bottom] },
      { x: x - radius - unit, anchor: 'end', box: [x - radius - unit - width, top, x - radius - unit, bottom] },
    ];
    const inside = (b) => b[0] >= bounds[0] && b[1] >= bounds[1] && b[2] <= bounds[2] && b[3] <= bounds[3];
    const meets = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    const fits = sides.find((side) => inside(side.box) && !labels.some((b) => meets(b, side.box)) && !obstacles.some((b) => meets(b, side.box)));
    const side = fits || sides.find((s) => inside(s.box)) || sides[0];
    name.setAttribute('x', side.x.toFixed(2));
    name.setAttribute('y', (y - radius).toFixed(2));
    name.setAttribute('text-anchor', side.anchor);
    if (fits) labels.push(fits.box); else name.classList.add('crowded');
  }
  // From the map to the list: the entries at a place are marked, and the first gets the focus.
  function highlightPlace(id) {
    const cards = [...document.querySelectorAll('article.entry')];
    for (const card of cards) card.classList.toggle('highlight', card.dataset.place === id);
    const first = cards.find((c) => c.dataset.place === id);
    if (first) { first.scrollIntoView({ block: 'center' }); first.querySelector('.toggle').focus(); }
  }
  // From the list to the map.
  function markPlace(id, on) {
    for (const m of document.querySelectorAll('#map .marker')) m.classList.toggle('active', on && m.dataset.place === id);
  }

  // ---- keys: up and down between entries, Escape closes ------------------------------------------------------------
  $('timeline').addEventListener('keydown', (ev) => {
    const toggles = [...document.querySelectorAll('#entries .toggle')];
    const at = toggles.indexOf(document.activeElement);
    if (at < 0 && !['ArrowDown', 'j'].includes(ev.key)) return;
    let next = null;
    if (ev.key === 'ArrowDown' || ev.key === 'j') next = toggles[Math.min(toggles.length - 1, at + 1)];
    else if (ev.key === 'ArrowUp' || ev.key === 'k') next = toggles[Math.max(0, at - 1)];
    else if (ev.key === 'Escape') { setOpen(document.activeElement.closest('article'), false); return; }
    if (next) { ev.preventDefault(); next.focus(); next.scrollIntoView({ block: 'nearest' }); }
  });

  // ---- the live stream: read with fetch, since EventSource cannot send a key; a change reloads the view --------
  let pending = null;
  let following = null;
  async function follow() {
    if (following) following.abort();
    following = new AbortController();
    try {
      const response = await fetch('/api/timeline/stream', { headers: headers(), signal: following.signal });
      if (!response.ok) return;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (value.includes('event: timeline-entry')) { clearTimeout(pending); pending = setTimeout(load, 300); }
      }
    } catch (err) {
      if (err.name === 'AbortError') return;
    }
    setTimeout(follow, 5000);
  }

  // ---- wiring ---------------------------------------------------------------------------------------------------------
  form.addEventListener('submit', (ev) => { ev.preventDefault(); open.clear(); load(); });
  $('reset').addEventListener('click', () => { form.reset(); open.clear(); load(); });
  $('language').addEventListener('change', async () => { await useLanguage($('language').value); render(shown); density(shown); drawMap(); remember(); });
  $('map-toggle').addEventListener('click', () => showMap($('map-panel').hidden));
  $('map-whole').addEventListener('click', () => drawMap('world'));
  $('copy-link').addEventListener('click', async () => {
    const link = $('share-link');
    try { await navigator.clipboard.writeText(link.value); status.textContent = say('copied'); } catch { link.select(); status.textContent = say('copyFailed'); }
  });

  (async () => {
    const mapOpen = restore();
    await useLanguage(chooseLanguage());
    restore();
    await load();
    if (mapOpen) await showMap(true);
    const first = [...open][0];
    if (first && $(slug(first))) $(slug(first)).scrollIntoView({ block: 'center' });
    follow();
  })();
})();
