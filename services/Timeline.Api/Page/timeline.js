// The timeline page's script, served from this origin only (the page's content security policy allows no other).
(() => {
  const form = document.getElementById('filters');
  const timeline = document.getElementById('timeline');
  const status = document.getElementById('status');
  const known = { place: new Map(), actor: new Map(), type: new Map() };
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
  const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  function params() {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) p.set(k, v);
    return p;
  }

  // Dates are calendar days: read them as UTC so no time zone moves them.
  function dayLabel(date) {
    const d = new Date(date.start + 'T00:00:00Z');
    if (date.granularity === 'day' || date.granularity === 'time') return [longDate.format(d), weekday.format(d)];
    return [date.value, date.granularity];
  }

  function remember(entries) {
    for (const e of entries) {
      if (e.place) known.place.set(e.place.id, e.place.name);
      for (const p of e.participants) if (p.kind !== 'person') known.actor.set(p.id, p.name);
      known.type.set(e.type, e.type);
    }
    for (const name of ['place', 'actor', 'type']) {
      const select = form.elements[name];
      const chosen = select.value;
      select.length = 1;
      [...known[name]].sort((a, b) => a[1].localeCompare(b[1])).forEach(([id, label]) => select.add(new Option(label, id)));
      select.value = chosen;
    }
  }

  function isWebAddress(url) {
    if (!url) return false;
    try { const u = new URL(url); return u.protocol === 'http:' || u.protocol === 'https:'; } catch { return false; }
  }

  // When the operator has closed reads, the page asks for a key once and keeps it for this tab only.
  const keyForm = document.getElementById('key');
  function headers() {
    const key = sessionStorage.getItem('timeline-key');
    return key ? { 'X-Api-Key': key } : {};
  }
  function askForKey(reason) {
    keyForm.hidden = false;
    status.textContent = reason;
  }
  keyForm.addEventListener('submit', ev => {
    ev.preventDefault();
    sessionStorage.setItem('timeline-key', keyForm.elements.key.value);
    keyForm.hidden = true;
    load();
    follow();
  });

  function text(tag, content, cls) {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = content;
    return el;
  }

  function renderEntry(e) {
    const card = document.createElement('article');
    card.className = 'entry';
    card.dataset.id = e.id;
    card.id = e.id;
    const title = text('h2', e.title);
    title.append(text('span', e.status, 'badge ' + e.status));
    title.addEventListener('click', () => card.classList.toggle('open'));
    card.append(title);
    const people = e.participants.filter(p => p.kind === 'person').map(p => p.name);
    const parties = e.participants.filter(p => p.kind !== 'person').map(p => p.name);
    card.append(text('div', [
      e.place ? e.place.name + ' (' + e.place.countryCode + ')' : 'place unknown',
      parties.join(', '),
      people.length ? people.join(', ') : null,
      e.articleCount + (e.articleCount === 1 ? ' article' : ' articles') + ', ' + e.sourceCount + (e.sourceCount === 1 ? ' source' : ' sources'),
      'confidence ' + e.confidence.toFixed(2)
    ].filter(Boolean).join(' · '), 'meta'));
    if (e.possibleDuplicates && e.possibleDuplicates.length) {
      const review = text('div', 'Possibly the same event as: ', 'review');
      e.possibleDuplicates.forEach((id, i) => {
        const link = text('a', id);
        link.href = '#' + id;
        review.append(i ? ', ' : '', link);
      });
      card.append(review);
    }
    const mentions = document.createElement('div');
    mentions.className = 'mentions';
    for (const m of e.mentions || []) {
      const row = document.createElement('div');
      row.className = 'mention';
      const head = (m.source || 'unknown source') + ', ' + (m.publishedAt || m.documentDate || 'undated') + ' (' + m.language + ')';
      // Only web addresses become links: a javascript: or data: address stays plain text, whatever the server stored.
      if (isWebAddress(m.url)) { const a = text('a', head); a.href = m.url; a.rel = 'noopener noreferrer'; row.append(a); } else row.append(text('strong', head));
      row.append(text('q', m.evidence));
      mentions.append(row);
    }
    card.append(mentions);
    return card;
  }

  function render(entries) {
    timeline.replaceChildren();
    if (entries.length === 0) { timeline.append(text('div', 'No events match these filters.', 'empty')); return; }
    let current = null, list = null;
    for (const e of entries) {
      const key = e.date.value;
      if (key !== current) {
        current = key;
        const day = document.createElement('section');
        day.className = 'day';
        day.dataset.date = key;
        const [main, sub] = dayLabel(e.date);
        const label = text('div', main, 'date');
        label.append(text('small', sub));
        list = document.createElement('div');
        list.className = 'entries';
        day.append(label, list);
        timeline.append(day);
      }
      list.append(renderEntry(e));
    }
  }

  async function load() {
    const p = params();
    p.set('includeMentions', 'true');
    p.set('limit', '500');
    try {
      const response = await fetch('/api/timeline?' + p, { headers: headers() });
      if (response.status === 401) { askForKey('This timeline needs an API key to be read.'); return; }
      const body = await response.json();
      if (!response.ok) { status.textContent = body.title + ' ' + Object.values(body.errors || {}).flat().join(' '); return; }
      remember(body.items);
      render(body.items);
      status.textContent = body.items.length + (body.items.length === 1 ? ' event' : ' events') + (body.nextCursor ? ' (first 500)' : '');
    } catch (err) {
      status.textContent = 'The timeline could not be loaded: ' + err;
    }
  }

  form.addEventListener('submit', ev => { ev.preventDefault(); history.replaceState(null, '', '?' + params()); load(); });
  document.getElementById('reset').addEventListener('click', () => { form.reset(); history.replaceState(null, '', location.pathname); load(); });
  for (const [k, v] of new URLSearchParams(location.search)) if (form.elements[k]) form.elements[k].value = v;

  // The live stream is read with fetch rather than EventSource, which cannot send a key. Any change reloads the
  // page's view (once, shortly after a burst); a dropped stream is opened again after a pause.
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
  load();
  follow();
})();
