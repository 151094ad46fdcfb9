// eventwire's map page: events on an offline map, a timeline, filters, a list, and an event panel
// with each outlet's claim highlighted in its article. Plain JavaScript modules over the JSON API
// (/api/...); Leaflet and its plugins are the global scripts index.html loads first.
//
// Security: article text, titles, outlet names, actors and notes are hostile input. They reach the
// DOM only as text nodes (textContent / createTextNode) or as elements built one by one, never as
// HTML strings. The server's Content-Security-Policy forbids inline scripts and styles.

import { $, el, getJSON, notice, show } from './dom.js';
import { renderPanel } from './panel.js';
import { drawTimeline, spanText } from './timeline.js';

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

const colourOf = (type) => TYPE_COLOURS[type] || OTHER_COLOUR;

function radiusOf(fatalities) {
  if (fatalities === null || fatalities === undefined) return RADIUS_MIN;
  return Math.min(RADIUS_MAX, RADIUS_MIN + RADIUS_STEP * Math.sqrt(Math.max(0, fatalities)));
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

function showTimeline(byDay) {
  state.byDay = byDay;
  drawTimeline($('timeline'), byDay, { selected: state.span, onPick: toggleSpan });
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
  await renderPanel(panel, detail, { onClose: closePanel, articles: state.articles });
  if (state.selected !== id) return; // another event was chosen while its articles loaded
  panel.removeAttribute('aria-busy');
  panel.scrollIntoView({ block: 'start' }); // above the list (wide) or below the map (narrow)
}

function closePanel() {
  $('panel').hidden = true;
  state.selected = null;
  document.querySelectorAll('#event-list .row[aria-current]').forEach((row) => row.removeAttribute('aria-current'));
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
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
    showTimeline(stats.by_day || []);
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
    resizing = window.requestAnimationFrame(() => showTimeline(state.byDay));
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
