// The timeline: a hand-made SVG of events (bars) and fatalities (dots) over time. A bar is a day,
// or several days when the range is long; clicking one (or Enter on it) calls onPick with its
// {since, until}.

import { el, svg } from './dom.js';

const DAY_MS = 86400000;
const TICK_GAP = 80; // px between two centred month labels (~50 px wide)
const TICK_EDGE = 100; // px from either end: the first and last full dates (~70 px) stand there
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

// Consecutive days in bars at least MIN_BAR px wide: a decade of days stays readable and
// clickable (a bar then spans several days, and clicking it keeps them all).
const MIN_BAR = 3;

// Group the days from the first to the last of `known` into at most `count` bars.
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

export const spanText = (b) => (b.since === b.until ? b.since : `${b.since} to ${b.until}`);

// Draw /api/stats' by_day into `box`; `selected` is the bar kept, onPick gets a clicked bar's days.
export function drawTimeline(box, byDay, { selected, onPick }) {
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
    const chosen = selected && selected.since === b.since && selected.until === b.until;
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
    group.addEventListener('click', () => onPick(span));
    group.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onPick(span);
      }
    });
    chart.append(group);
    // Fatality dots use a square-root scale: one mass-casualty day (the held-out sets have a
    // 10,000 toll) would otherwise flatten every other day onto the axis.
    if (b.fatalities) points.push([x + step / 2, top + plot - Math.sqrt(b.fatalities / maxDeaths) * plot]);
  });
  for (const [x, y] of points) chart.append(svg('circle', { class: 'death', cx: x, cy: y, r: 3 }));
  box.append(chart);
}
