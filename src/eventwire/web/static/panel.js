// The event panel: the event's fields with disputes flagged, each claim with its evidence sentence
// marked in its article, and the outlets side by side.
//
// Security: article text, titles, outlet names, actors and notes are hostile input. They reach the
// DOM only as text nodes (textContent / createTextNode) or as elements built one by one, never as
// HTML strings. The server's Content-Security-Policy forbids inline scripts and styles.

import { el, getJSON, show } from './dom.js';

// Characters of article text shown on each side of an evidence sentence: about two lines
// on a phone-width panel, enough to read the sentence in its paragraph.
const CONTEXT_CHARS = 240;

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

// A figure with the range of the claims behind it when they differ.
function range(best, low, high) {
  if (best === null || best === undefined) return 'unknown';
  if (low !== null && high !== null && low !== undefined && (low !== best || high !== best)) {
    return `${best} (claims ${low}–${high})`;
  }
  return String(best);
}

// Fill `panel` with /api/events/{id}'s answer; `articles` caches /api/articles answers by id.
export async function renderPanel(panel, detail, { onClose, articles }) {
  const event = detail.event;
  const disputed = new Set(detail.disputed || event.disputed || []);
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close', text: '×' });
  close.addEventListener('click', onClose);
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
    return showInArticle(evidence, claim, event.event_id_cnty, articles);
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

function loadArticle(articles, id) {
  if (!articles.has(id)) {
    const request = getJSON(`api/articles/${encodeURIComponent(id)}`);
    request.catch(() => articles.delete(id));
    articles.set(id, request);
  }
  return articles.get(id);
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

async function showInArticle(box, claim, eventId, articles) {
  let article;
  try {
    article = await loadArticle(articles, claim.article_id);
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
