// eventwire's map page: events on an offline map, a timeline, filters, and an event panel with
// each outlet's claim highlighted in its article. Plain JavaScript over the JSON API (/api/...).
//
// Security: article text, titles, outlet names, actors and notes are hostile input. They reach the
// DOM only as text nodes (textContent / createTextNode) or as Leaflet content built from elements,
// never as HTML strings. The server's Content-Security-Policy forbids inline scripts and styles.
(function () {
  'use strict';

  // ACLED's six event types; any other type is drawn grey. Colour-blind-safe (Okabe-Ito) hues.
  const TYPE_COLOURS = {
    'Battles': '#d55e00',
    'Explosions/Remote violence': '#cc79a7',
    'Violence against civilians': '#0072b2',
    'Protests': '#009e73',
    'Riots': '#e69f00',
    'Strategic developments': '#56b4e9',
  };
  const OTHER_COLOUR = '#777777';
  // Marker radius in px = MIN + STEP * sqrt(fatalities): the circle's area grows with the toll.
  // Capped so that a mass-casualty event (STEP * sqrt(64) = 20 px) does not hide its neighbours
  // at the zoom that shows a whole country; unknown tolls get the smallest, hollow circle.
  const RADIUS_MIN = 4;
  const RADIUS_STEP = 2.5;
  const RADIUS_MAX = 24;
  // Markers closer than this (px) are clustered: twice the largest radius, so circles that
  // would overlap are grouped, and a cluster splits once the zoom separates them.
  const CLUSTER_RADIUS = 2 * RADIUS_MAX;
  // Characters of article text shown on each side of an evidence sentence: about two lines
  // on a phone-width panel, enough to read the sentence in its paragraph.
  const CONTEXT_CHARS = 240;
  // The API's largest page (web_contract: limit max 5000); the page asks for every event at once.
  const PAGE_LIMIT = 5000;
  // One column below this width (keep in step with style.css's @media rule).
  const NARROW = '(max-width: 899px)';

  const state = {
    span: null, // the timeline's filter {since, until} (YYYY-MM-DD), or null
    selected: null, // event_id of the event in the panel
    map: null,
    layer: null, // the cluster group (or a plain layer group without markercluster)
    markers: new Map(), // event_id -> circle marker
    articles: new Map(), // article_id -> Promise of /api/articles/{id}
    firstFit: true,
    loads: 0, // refreshes started: only the latest one draws
    byDay: [], // the timeline's data, kept to redraw it when the window is resized
  };

  const $ = (id) => document.getElementById(id);

  // Build an element; `text` becomes its text node, children are elements or strings (as text).
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'text') node.textContent = String(value);
      else if (key === 'class') node.className = value;
      else node.setAttribute(key, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    return node;
  }

  function notice(message) {
    const box = $('notice');
    const lines = box.textContent ? box.textContent.split('\n') : [];
    if (!lines.includes(message)) lines.push(message);
    box.textContent = lines.join('\n');
    box.hidden = false;
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url.split('?')[0]} answered HTTP ${response.status}`);
    return response.json();
  }

  const colourOf = (type) => TYPE_COLOURS[type] || OTHER_COLOUR;

  function radiusOf(fatalities) {
    if (fatalities === null || fatalities === undefined) return RADIUS_MIN;
    return Math.min(RADIUS_MAX, RADIUS_MIN + RADIUS_STEP * Math.sqrt(Math.max(0, fatalities)));
  }

  const show = (value) => (value === null || value === undefined || value === '' ? '—' : String(value));

  function range(best, low, high) {
    if (best === null || best === undefined) return 'unknown';
    if (low !== null && high !== null && low !== undefined && (low !== best || high !== best)) {
      return `${best} (claims ${low}–${high})`;
    }
    return String(best);
  }

  // ---- filters -------------------------------------------------------------------------------

  function filterParams() {
    const form = $('filters');
    const params = new URLSearchParams();
    for (const name of ['since', 'until', 'country', 'event_type', 'actor', 'q', 'min_fatalities']) {
      const value = form.elements[name].value.trim();
      if (value) params.set(name, value);
    }
    if (form.elements.disputed.checked) params.set('disputed', 'true');
    return params;
  }

  function fillSelect(select, values) {
    for (const value of values) {
      if (value) select.append(el('option', { value, text: value }));
    }
  }

  // ---- map -----------------------------------------------------------------------------------

  function setUpMap() {
    const box = $('map');
    if (!window.L) {
      box.classList.add('missing');
      box.append(el('p', { text: 'Map unavailable: its libraries are not installed.' }));
      notice(
        'The map libraries are missing (src/eventwire/web/static/vendor/ is empty): run ' +
          'scripts/setup.sh or scripts/vendor_web.sh (needs npm), then reload. The timeline, ' +
          'the list and the event panel work without them.',
      );
      return;
    }
    const map = L.map(box, { worldCopyJump: true, minZoom: 2, maxZoom: 12 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Borders: Natural Earth (world-atlas)');
    map.setView([30, 30], 3);
    map.createPane('borders').style.zIndex = '350'; // under the markers' overlay pane (400)
    state.map = map;
    state.layer = L.markerClusterGroup
      ? L.markerClusterGroup({ maxClusterRadius: CLUSTER_RADIUS, showCoverageOnHover: false })
      : L.layerGroup();
    state.layer.addTo(map);
    addLegend(map);
    loadBorders(map);
  }

  async function loadBorders(map) {
    if (!window.topojson) {
      notice('Country borders unavailable: topojson-client is not installed (scripts/vendor_web.sh).');
      return;
    }
    try {
      const topo = await getJSON('vendor/world-atlas/countries-50m.json');
      const countries = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(countries, {
        pane: 'borders',
        interactive: false,
        style: { color: '#8a8a80', weight: 0.7, fillColor: '#f3f0e6', fillOpacity: 1 },
      }).addTo(map);
    } catch (error) {
      notice(`Country borders unavailable: ${error.message} (scripts/vendor_web.sh installs them).`);
    }
  }

  function addLegend(map) {
    const legend = L.control({ position: 'bottomleft' });
    legend.onAdd = () => {
      const box = el('div', { class: 'legend' }, el('strong', { text: 'Event type' }));
      for (const [type, colour] of [...Object.entries(TYPE_COLOURS), ['Other', OTHER_COLOUR]]) {
        const swatch = el('span', { class: 'swatch' });
        swatch.style.backgroundColor = colour;
        box.append(el('div', {}, swatch, type));
      }
      box.append(el('div', { class: 'size-note', text: 'Circle area: fatalities' }));
      return box;
    };
    legend.addTo(map);
  }

  function tooltipFor(event) {
    return el(
      'div',
      {},
      el('strong', { text: `${show(event.event_date)} · ${show(event.sub_event_type || event.event_type)}` }),
      el('br'),
      [event.location, event.country].filter(Boolean).join(', ') || 'place unknown',
      el('br'),
      `fatalities: ${show(event.fatalities)}`,
    );
  }

  function drawMarkers(events) {
    state.markers.clear();
    if (!state.map) return 0;
    const markers = [];
    for (const event of events) {
      if (event.latitude === null || event.longitude === null) continue;
      const unknown = event.fatalities === null || event.fatalities === undefined;
      const marker = L.circleMarker([event.latitude, event.longitude], {
        radius: radiusOf(event.fatalities),
        color: '#222222',
        weight: 1,
        fillColor: colourOf(event.event_type),
        fillOpacity: unknown ? 0.25 : 0.8,
        className: 'ew-marker',
      });
      marker.bindTooltip(tooltipFor(event));
      marker.on('click', () => selectEvent(event.event_id));
      state.markers.set(event.event_id, marker);
      markers.push(marker);
    }
    state.layer.clearLayers();
    if (markers.length && state.firstFit) {
      // Fit first, without animation, so that clusters are made once at the final zoom.
      state.map.fitBounds(L.latLngBounds(markers.map((m) => m.getLatLng())), {
        padding: [24, 24],
        maxZoom: 8,
        animate: false,
      });
      state.firstFit = false;
    }
    if (state.layer.addLayers) state.layer.addLayers(markers);
    else markers.forEach((marker) => state.layer.addLayer(marker));
    return markers.length;
  }

  // ---- timeline ------------------------------------------------------------------------------

  const DAY_MS = 86400000;
  const TICK_GAP = 80; // px between two centred month labels (~50 px wide)
  const TICK_EDGE = 100; // px from either end: the first and last full dates (~70 px) stand there
  // Fatality dots use a square-root scale: one mass-casualty day (the held-out sets have a
  // 10,000 toll) would otherwise flatten every other day onto the axis.
  const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

  // Consecutive days in bars at least MIN_BAR px wide: a decade of days stays readable and
  // clickable (a bar then spans several days, and clicking it keeps them all).
  const MIN_BAR = 3;

  function bucketDays(known, count) {
    const counts = new Map(known.map((d) => [d.date, d]));
    const first = Date.parse(known[0].date);
    const last = Date.parse(known[known.length - 1].date);
    const total = Math.round((last - first) / DAY_MS) + 1;
    const size = Math.max(1, Math.ceil(total / count));
    const buckets = [];
    for (let i = 0; i < total; i += size) {
      const bucket = { since: isoDay(first + i * DAY_MS), until: '', events: 0, fatalities: 0 };
      for (let j = i; j < Math.min(total, i + size); j += 1) {
        const day = isoDay(first + j * DAY_MS);
        const d = counts.get(day);
        bucket.until = day;
        if (d) {
          bucket.events += d.events;
          bucket.fatalities += d.fatalities || 0;
        }
      }
      buckets.push(bucket);
    }
    return { buckets, size };
  }

  const spanText = (b) => (b.since === b.until ? b.since : `${b.since} to ${b.until}`);

  function drawTimeline(byDay) {
    state.byDay = byDay;
    const box = $('timeline');
    box.replaceChildren();
    const known = byDay.filter((d) => d.date).sort((a, b) => (a.date < b.date ? -1 : 1));
    if (!known.length) {
      box.append(el('p', { class: 'empty', text: 'No dated events.' }));
      return;
    }
    // One SVG unit per CSS pixel, so that labels keep their size on a phone.
    const width = Math.max(300, Math.round(box.clientWidth) || 800);
    const [height, left, right, top, bottom] = [180, 34, 34, 22, 26];
    const { buckets, size } = bucketDays(known, Math.floor((width - left - right) / MIN_BAR));
    const step = (width - left - right) / buckets.length;
    const maxEvents = Math.max(1, ...buckets.map((b) => b.events));
    const maxDeaths = Math.max(1, ...buckets.map((b) => b.fatalities));
    const plot = height - top - bottom;
    const firstDay = buckets[0].since;
    const lastDay = buckets[buckets.length - 1].until;
    const chart = svg('svg', {
      viewBox: `0 0 ${width} ${height}`,
      class: 'timeline-svg',
      role: 'img',
      'aria-label': `Events and fatalities per ${size === 1 ? 'day' : `${size} days`}, ${firstDay} to ${lastDay}`,
    });
    const label = (x, y, text, cls) => {
      const node = svg('text', { x, y, class: cls });
      node.textContent = text;
      chart.append(node);
    };
    label(2, 12, `${maxEvents} events${size === 1 ? '' : ` per ${size} days`}`, 'axis events');
    label(width - 2, 12, `${maxDeaths} killed (√ scale)`, 'axis deaths end');
    label(left, height - 6, firstDay, 'axis');
    label(width - right, height - 6, lastDay, 'axis end');
    // Ticks: weekly over a month or less, else at the bar holding the first of a month, spaced
    // so that no two labels overlap.
    const weekly = buckets.length <= 31 && size === 1;
    let lastTick = left + TICK_EDGE - TICK_GAP;
    buckets.forEach((b, i) => {
      const month = b.until.slice(0, 8) + '01';
      if (weekly ? i % 7 !== 0 : !(b.since <= month && month <= b.until)) return;
      const x = left + i * step;
      if (x < lastTick + TICK_GAP || x > width - right - TICK_EDGE) return;
      lastTick = x;
      chart.append(svg('line', { class: 'tick', x1: x, x2: x, y1: top + plot, y2: top + plot + 4 }));
      label(x, height - 6, weekly ? b.since : month.slice(0, 7), 'axis middle');
    });
    const points = [];
    buckets.forEach((b, i) => {
      const x = left + i * step;
      const chosen = state.span && state.span.since === b.since && state.span.until === b.until;
      const text = `${spanText(b)}: ${b.events} events, ${b.fatalities} fatalities`;
      const group = svg('g', {
        class: `day${chosen ? ' selected' : ''}`,
        tabindex: 0,
        role: 'button',
        'data-date': b.since,
        'data-until': b.until,
        'aria-label': text,
      });
      const title = svg('title');
      title.textContent = text;
      group.append(title, svg('rect', { class: 'hit', x, y: top, width: step, height: plot }));
      const h = (b.events / maxEvents) * plot;
      if (b.events) {
        const gap = Math.min(1, step * 0.15);
        group.append(svg('rect', { class: 'bar', x: x + gap, y: top + plot - h, width: step - 2 * gap, height: h }));
      }
      const span = { since: b.since, until: b.until };
      group.addEventListener('click', () => toggleSpan(span));
      group.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          toggleSpan(span);
        }
      });
      chart.append(group);
      if (b.fatalities) points.push([x + step / 2, top + plot - Math.sqrt(b.fatalities / maxDeaths) * plot]);
    });
    for (const [x, y] of points) chart.append(svg('circle', { class: 'death', cx: x, cy: y, r: 3 }));
    box.append(chart);
  }

  function toggleSpan(span) {
    const same = state.span && span && state.span.since === span.since && state.span.until === span.until;
    state.span = same || !span ? null : span;
    $('day-filter').hidden = !state.span;
    $('day-label').textContent = state.span ? spanText(state.span) : '';
    refresh();
  }

  // ---- list ----------------------------------------------------------------------------------

  function drawList(events) {
    const list = $('event-list');
    list.replaceChildren();
    for (const event of events) {
      const place = [event.location, event.admin1, event.country].filter(Boolean).join(', ');
      const row = el(
        'button',
        { type: 'button', class: 'row', 'data-event-id': event.event_id },
        el('span', { class: 'swatch' }),
        el('span', { class: 'when', text: show(event.event_date) }),
        el('span', { class: 'what', text: event.sub_event_type || event.event_type || 'event' }),
        el('span', { class: 'where', text: place || 'place unknown' }),
        el('span', { class: 'toll', text: event.fatalities === null ? 'toll unknown' : `${event.fatalities} killed` }),
        event.disputed && event.disputed.length ? el('span', { class: 'flag', text: 'disputed' }) : null,
        event.latitude === null ? el('span', { class: 'flag muted', text: 'not on map' }) : null,
        el('span', { class: 'outlets', text: (event.outlets || []).join(' · ') }),
      );
      row.querySelector('.swatch').style.backgroundColor = colourOf(event.event_type);
      if (event.event_id === state.selected) row.setAttribute('aria-current', 'true');
      row.addEventListener('click', () => selectEvent(event.event_id, { fromList: true }));
      list.append(el('li', {}, row));
    }
    if (!events.length) list.append(el('li', { class: 'empty', text: 'No event matches the filters.' }));
  }

  // ---- event panel ---------------------------------------------------------------------------

  async function selectEvent(id, { fromList = false } = {}) {
    state.selected = id;
    for (const row of document.querySelectorAll('#event-list .row')) {
      if (row.dataset.eventId === id) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    }
    window.history.replaceState(null, '', `#event=${encodeURIComponent(id)}`); // a link to share
    const panel = $('panel');
    panel.hidden = false;
    panel.dataset.eventId = id;
    panel.setAttribute('aria-busy', 'true');
    panel.replaceChildren(el('p', { text: 'Loading the event…' }));
    const marker = state.markers.get(id);
    if (fromList && marker && state.layer.zoomToShowLayer) state.layer.zoomToShowLayer(marker);
    let detail;
    try {
      detail = await getJSON(`api/events/${encodeURIComponent(id)}`);
    } catch (error) {
      if (state.selected === id) panel.replaceChildren(el('p', { class: 'error', text: error.message }));
      return;
    }
    if (state.selected !== id) return;
    await renderPanel(panel, detail);
    if (state.selected !== id) return; // another event was chosen while its articles loaded
    panel.removeAttribute('aria-busy');
    panel.scrollIntoView({ block: 'start' }); // above the list (wide) or below the map (narrow)
  }

  const FIELD_ROWS = [
    // [label, disputed-field names, value]
    ['Date', ['event_date'], (e) => show(e.event_date)],
    ['Type', ['event_type', 'sub_event_type'], (e) => `${show(e.event_type)} / ${show(e.sub_event_type)}`],
    ['Actor 1', ['actor1'], (e) => [e.actor1, e.assoc_actor_1].filter(Boolean).join('; ') || '—'],
    ['Actor 2', ['actor2'], (e) => [e.actor2, e.assoc_actor_2].filter(Boolean).join('; ') || '—'],
    ['Place', ['location', 'admin1', 'country'], (e) => [e.location, e.admin1, e.admin2, e.country].filter(Boolean).join(', ') || '—'],
    ['Coordinates', ['latitude', 'longitude'], (e) => (e.latitude === null ? '—' : `${e.latitude}, ${e.longitude} (precision ${show(e.geo_precision)})`)],
    ['Fatalities', ['fatalities'], (e) => range(e.fatalities, e.fatalities_low, e.fatalities_high)],
    ['Injuries', ['injuries'], (e) => range(e.injuries, e.injuries_low, e.injuries_high)],
    ['Sources', [], (e) => `${(e.sources || []).length} claims; ${show(e.source)}`],
    ['Notes', [], (e) => show(e.notes)],
  ];

  function closePanel() {
    $('panel').hidden = true;
    state.selected = null;
    document.querySelectorAll('#event-list .row[aria-current]').forEach((row) => row.removeAttribute('aria-current'));
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }

  async function renderPanel(panel, detail) {
    const event = detail.event;
    const disputed = new Set(detail.disputed || event.disputed || []);
    const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close', text: '×' });
    close.addEventListener('click', closePanel);
    const heading = el('h2', {
      text: `${show(event.sub_event_type || event.event_type)} — ${[event.location, event.country].filter(Boolean).join(', ') || 'place unknown'}`,
    });
    const fields = el('dl', { class: 'fields' });
    for (const [label, names, value] of FIELD_ROWS) {
      const hit = names.some((name) => disputed.has(name));
      fields.append(
        el('dt', { class: hit ? 'disputed' : null, text: label }),
        el('dd', { class: hit ? 'disputed' : null }, value(event), hit ? el('span', { class: 'flag', text: 'disputed' }) : null),
      );
    }
    const parts = [close, heading, el('p', { class: 'event-id', text: event.event_id_cnty })];
    if (disputed.size) {
      parts.push(el('p', { class: 'dispute-banner', text: `Sources disagree on: ${[...disputed].join(', ')}` }));
    }
    parts.push(fields);
    const claims = detail.claims || [];
    const claimList = el('ol', { class: 'claims' });
    const pending = claims.map((claim) => {
      const evidence = el('blockquote', { class: 'evidence' }, el('mark', { text: claim.sentence }));
      claimList.append(el('li', { class: 'claim' }, claimHead(claim), claimFacts(claim), evidence));
      return showInArticle(evidence, claim, event.event_id_cnty);
    });
    parts.push(el('h3', { text: `Claims (${claims.length})` }), claimList);
    parts.push(outletColumns(detail.outlets || []));
    panel.replaceChildren(...parts);
    await Promise.all(pending);
  }

  function claimHead(claim) {
    const head = el('p', { class: 'claim-head' }, el('strong', { class: 'outlet', text: claim.outlet || 'unknown outlet' }));
    if (claim.published) head.append(` · published ${claim.published}`);
    const link = safeLink(claim.url);
    if (link) head.append(' · ', link);
    return head;
  }

  // Only http(s) links: a javascript: or data: URL from a hostile record must not become clickable.
  function safeLink(url) {
    if (!url) return null;
    let parsed;
    try {
      parsed = new URL(url, window.location.href);
    } catch {
      return null;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank', text: 'article' });
  }

  function figures(claim) {
    const parts = [];
    if (claim.fatalities !== null && claim.fatalities !== undefined) parts.push(`${claim.fatalities} killed`);
    if (claim.injuries !== null && claim.injuries !== undefined) parts.push(`${claim.injuries} injured`);
    return parts.join(', ') || 'no figure';
  }

  function claimFacts(claim) {
    const facts = el('ul', { class: 'facts' });
    const add = (label, value) => {
      if (value !== null && value !== undefined && value !== '') facts.append(el('li', {}, el('span', { class: 'label', text: label }), String(value)));
    };
    add('figures ', figures(claim));
    add('claimed by ', claim.claimed_by);
    add('date ', claim.event_date);
    add('place ', claim.location);
    add('type ', claim.sub_event_type);
    add('copy of ', claim.copy_of);
    return facts;
  }

  function loadArticle(id) {
    if (!state.articles.has(id)) {
      const request = getJSON(`api/articles/${encodeURIComponent(id)}`);
      request.catch(() => state.articles.delete(id));
      state.articles.set(id, request);
    }
    return state.articles.get(id);
  }

  // The API's offsets count Unicode code points (Python); JavaScript strings count UTF-16 units.
  function unitOffset(text, points) {
    if (!/[\uD800-\uDFFF]/.test(text)) return points;
    let units = 0;
    let seen = 0;
    for (const ch of text) {
      if (seen === points) break;
      units += ch.length;
      seen += 1;
    }
    return units;
  }

  function sentenceSpan(text, claim) {
    let start = unitOffset(text, claim.char_start);
    let end = unitOffset(text, claim.char_end);
    if (text.slice(start, end) !== claim.sentence) {
      start = text.indexOf(claim.sentence);
      end = start + claim.sentence.length;
    }
    return start < 0 ? null : [start, end];
  }

  function snap(text, index, forward) {
    // Move a window edge to the nearest space so that no word is cut.
    if (index <= 0 || index >= text.length) return Math.max(0, Math.min(text.length, index));
    const found = forward ? text.indexOf(' ', index) : text.lastIndexOf(' ', index);
    return found < 0 ? index : found + (forward ? 0 : 1);
  }

  // The whole article with every passage the API ties to this event marked; the claim's own
  // sentence is the 'this' mark. Built on demand: long-reads make large documents.
  function wholeArticle(text, spans, eventId, own) {
    const ranges = spans
      .filter((s) => s.event_id === eventId)
      .map((s) => [unitOffset(text, s.char_start), unitOffset(text, s.char_end)]);
    if (!ranges.some(([a, b]) => a === own[0] && b === own[1])) ranges.push(own);
    ranges.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
    const box = el('div', { class: 'full-text' });
    let at = 0;
    for (const [a, b] of ranges) {
      if (a < at) continue; // nested in or overlapping the previous mark
      const mine = a === own[0] && b === own[1];
      box.append(text.slice(at, a), el('mark', { class: mine ? 'this' : 'also', text: text.slice(a, b) }));
      at = b;
    }
    box.append(text.slice(at));
    return box;
  }

  async function showInArticle(box, claim, eventId) {
    let article;
    try {
      article = await loadArticle(claim.article_id);
    } catch (error) {
      box.append(el('p', { class: 'muted', text: `Article text unavailable: ${error.message}` }));
      return;
    }
    const text = article.text || '';
    const span = sentenceSpan(text, claim);
    if (!span) {
      box.append(el('p', { class: 'muted', text: 'The sentence was not found in the stored article text.' }));
      return;
    }
    const [start, end] = span;
    const from = snap(text, start - CONTEXT_CHARS, false);
    const to = snap(text, end + CONTEXT_CHARS, true);
    const window_ = el('p', { class: 'window' });
    window_.append(
      document.createTextNode((from > 0 ? '… ' : '') + text.slice(from, start)),
      el('mark', { text: text.slice(start, end) }),
      document.createTextNode(text.slice(end, to) + (to < text.length ? ' …' : '')),
    );
    const caption = article.title
      ? el('p', { class: 'article-title' }, el('span', { class: 'label', text: 'In ' }), article.title)
      : null;
    const whole = el('details', { class: 'whole' }, el('summary', { text: 'Whole article, this event\'s passages marked' }));
    whole.addEventListener('toggle', () => {
      if (whole.open && !whole.querySelector('.full-text')) {
        whole.append(wholeArticle(text, article.spans || [], eventId, span));
      }
    });
    box.replaceChildren(...[caption, window_, whole].filter(Boolean));
  }

  function outletColumns(outlets) {
    const section = el('section', { class: 'outlet-view' }, el('h3', { text: 'Side by side: how each outlet told it' }));
    const columns = el('div', { class: 'columns' });
    for (const outlet of outlets) {
      const n = (outlet.article_ids || []).length;
      const column = el(
        'div',
        { class: 'column' },
        el('h4', { text: outlet.outlet || 'unknown outlet' }),
        el('p', { class: 'muted', text: `${n} article${n === 1 ? '' : 's'}` }),
      );
      const claims = el('ul', { class: 'outlet-claims' });
      for (const view of outlet.claims || []) {
        const claim = view.claim || {};
        const details = [figures(claim), view.event_date, view.place, claim.claimed_by && `per ${claim.claimed_by}`];
        claims.append(
          el(
            'li',
            {},
            el('p', { class: 'facts-line', text: details.filter(Boolean).join(' · ') }),
            el('q', { text: claim.sentence || '' }),
            view.terms && view.terms.length ? el('p', { class: 'terms-here' }, el('span', { class: 'label', text: 'loaded terms here: ' }), view.terms.join(', ')) : null,
          ),
        );
      }
      column.append(claims);
      const terms = outlet.terms || [];
      if (terms.length) {
        const table = el('table', { class: 'terms' }, el('caption', { text: 'Loaded terms' }));
        table.append(el('tr', {}, el('th', { text: 'term' }), el('th', { text: 'category' }), el('th', { text: 'uses' })));
        for (const use of terms) {
          const uses = use.quoted ? `${use.count} (${use.quoted} quoted)` : String(use.count);
          table.append(el('tr', {}, el('td', { text: use.term }), el('td', { text: use.category }), el('td', { text: uses })));
        }
        column.append(table);
      } else {
        column.append(el('p', { class: 'muted', text: 'Loaded terms: none' }));
      }
      columns.append(column);
    }
    section.append(columns);
    section.append(el('p', { class: 'muted', text: 'Loaded terms are the words of data/lang/<iso>/framing.yaml each outlet uses: descriptive, no verdict.' }));
    return section;
  }

  // ---- loading -------------------------------------------------------------------------------

  async function refresh() {
    const params = filterParams();
    const eventParams = new URLSearchParams(params);
    if (state.span) {
      eventParams.set('since', state.span.since);
      eventParams.set('until', state.span.until);
    }
    eventParams.set('limit', String(PAGE_LIMIT));
    document.body.setAttribute('aria-busy', 'true');
    const ticket = ++state.loads;
    try {
      const [page, stats] = await Promise.all([
        getJSON(`api/events?${eventParams}`),
        getJSON(`api/stats?${params}`),
      ]);
      if (ticket !== state.loads) return; // a later refresh has started: its answer wins
      const onMap = drawMarkers(page.events);
      $('map').dataset.markers = String(onMap);
      drawTimeline(stats.by_day || []);
      drawList(page.events);
      const shown = page.events.length < page.total ? ` (first ${page.events.length} shown)` : '';
      for (const format of ['csv', 'geojson']) {
        const query = new URLSearchParams(eventParams);
        query.set('format', format);
        $(`download-${format}`).href = `api/events?${query}`; // the events listed, as exported
      }
      const deaths = state.span ? spanText(state.span) : `${stats.total_fatalities} fatalities`;
      $('summary').textContent = `${page.total} events${shown}, ${onMap} on the map; ${deaths}`;
    } catch (error) {
      notice(`Could not load events: ${error.message}`);
      $('summary').textContent = 'No events loaded.';
    } finally {
      if (ticket === state.loads) {
        document.body.removeAttribute('aria-busy');
        document.body.dataset.ready = 'true';
      }
    }
  }

  async function start() {
    if (window.matchMedia(NARROW).matches) $('filter-box').open = false; // the map first on a phone
    setUpMap();
    const form = $('filters');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      state.span = null;
      $('day-filter').hidden = true;
      refresh();
    });
    form.addEventListener('change', (e) => {
      // Choices apply at once; typed fields apply on Enter or Apply.
      if (e.target.matches('select, input[type="checkbox"], input[type="date"]')) form.requestSubmit();
    });
    form.addEventListener('reset', () => {
      state.span = null;
      $('day-filter').hidden = true;
      window.setTimeout(refresh, 0); // after the browser has cleared the fields
    });
    $('day-clear').addEventListener('click', () => toggleSpan(null));
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !$('panel').hidden) closePanel();
    });
    let resizing = 0;
    window.addEventListener('resize', () => {
      window.cancelAnimationFrame(resizing);
      resizing = window.requestAnimationFrame(() => drawTimeline(state.byDay));
    });
    try {
      const all = await getJSON('api/stats');
      fillSelect(form.elements.country, (all.by_country || []).map((c) => c.country));
      const types = new Set([...Object.keys(TYPE_COLOURS), ...(all.by_type || []).map((t) => t.event_type)]);
      fillSelect(form.elements.event_type, [...types]);
    } catch (error) {
      notice(`Could not load the statistics: ${error.message}`);
    }
    await refresh();
    const linked = /^#event=(.+)$/.exec(window.location.hash);
    if (linked) selectEvent(decodeURIComponent(linked[1]), { fromList: true });
  }

  start();
})();
