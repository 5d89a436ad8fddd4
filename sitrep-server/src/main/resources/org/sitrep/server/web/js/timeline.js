// The timeline under the map: events per day (per week over half a year, per month over three
// years) as an SVG histogram. Dragging across it picks a date range, which filters the map and
// the list; the from/to inputs do the same from the keyboard. GPL-3.0-or-later.

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86400000;
const HEIGHT = 84;
const AXIS = 16;
const BAR_MAX = 28;

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const parse = (text) => Date.parse(text + 'T00:00:00Z');

/** The first day of the bin that holds day ms. */
function binStart(ms, unit) {
  const d = new Date(ms);
  if (unit === 'week') return ms - ((d.getUTCDay() + 6) % 7) * DAY; // weeks start on Monday
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return ms;
}

function nextBin(ms, unit) {
  if (unit === 'week') return ms + 7 * DAY;
  if (unit === 'month') {
    const d = new Date(ms);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  return ms + DAY;
}

export class Timeline {
  /** onBrush({from, to}) when a range is picked. */
  constructor(container, onBrush) {
    this.container = container;
    this.onBrush = onBrush;
    this.bins = [];
    this.range = null;
    window.addEventListener('resize', () => this.draw());
  }

  show(events, range) {
    const days = events.filter((e) => e.event_date).map((e) => parse(e.event_date));
    this.range = range;
    this.bins = [];
    if (days.length) {
      const first = Math.min(...days);
      const last = Math.max(...days);
      const span = (last - first) / DAY;
      this.unit = span > 1095 ? 'month' : span > 180 ? 'week' : 'day';
      const index = new Map();
      for (let ms = binStart(first, this.unit); ms <= last; ms = nextBin(ms, this.unit)) {
        index.set(ms, this.bins.length);
        this.bins.push({start: ms, end: nextBin(ms, this.unit) - DAY, count: 0});
      }
      for (const ms of days) this.bins[index.get(binStart(ms, this.unit))].count++;
    }
    this.draw();
  }

  draw() {
    const width = Math.max(200, this.container.clientWidth);
    const root = svg('svg', {width, height: HEIGHT + AXIS, role: 'img',
      'aria-label': this.describe()});
    this.container.replaceChildren(root);
    if (!this.bins.length) {
      const note = svg('text', {x: 8, y: HEIGHT / 2, class: 'axis'});
      note.textContent = 'No dated events';
      root.append(note);
      return;
    }
    const step = width / this.bins.length;
    const most = Math.max(...this.bins.map((b) => b.count));
    this.bins.forEach((b, i) => {
      const h = b.count ? Math.max(2, (b.count / most) * (HEIGHT - 4)) : 0;
      const inRange = !this.range || (iso(b.end) >= this.range.from && iso(b.start) <= this.range.to);
      // Few bins would make slabs: a bar is at most BAR_MAX wide, centred in its bin.
      const w = Math.max(1, Math.min(BAR_MAX, step - 1));
      const bar = svg('rect', {x: i * step + (step - w) / 2, y: HEIGHT - h, width: w,
        height: h, class: inRange ? 'bar' : 'bar out'});
      const tip = svg('title');
      tip.textContent = iso(b.start) + (this.unit === 'day' ? '' : ' to ' + iso(b.end))
          + ': ' + b.count + (b.count === 1 ? ' event' : ' events');
      bar.append(tip);
      root.append(bar);
    });
    const left = svg('text', {x: 2, y: HEIGHT + AXIS - 3, class: 'axis'});
    left.textContent = iso(this.bins[0].start);
    const right = svg('text', {x: width - 2, y: HEIGHT + AXIS - 3, class: 'axis',
      'text-anchor': 'end'});
    right.textContent = iso(this.bins[this.bins.length - 1].end) + ' · per ' + this.unit;
    root.append(left, right);
    this.brush(root, step);
  }

  describe() {
    const total = this.bins.reduce((s, b) => s + b.count, 0);
    return 'Timeline of ' + total + ' dated events; drag across it to pick dates';
  }

  /** Drag to pick bins; the pointer is captured so a drag may end outside the chart. */
  brush(root, step) {
    const shade = svg('rect', {y: 0, height: HEIGHT, class: 'brush', width: 0});
    root.append(shade);
    let from = null;
    const binAt = (event) => {
      const x = event.clientX - root.getBoundingClientRect().left;
      return Math.min(this.bins.length - 1, Math.max(0, Math.floor(x / step)));
    };
    const paint = (a, b) => {
      shade.setAttribute('x', Math.min(a, b) * step);
      shade.setAttribute('width', (Math.abs(b - a) + 1) * step);
    };
    root.addEventListener('pointerdown', (event) => {
      from = binAt(event);
      root.setPointerCapture(event.pointerId);
      paint(from, from);
    });
    root.addEventListener('pointermove', (event) => {
      if (from !== null) paint(from, binAt(event));
    });
    root.addEventListener('pointerup', (event) => {
      if (from === null) return;
      const to = binAt(event);
      const a = this.bins[Math.min(from, to)];
      const b = this.bins[Math.max(from, to)];
      from = null;
      this.onBrush({from: iso(a.start), to: iso(b.end)});
    });
  }
}
