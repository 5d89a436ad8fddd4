// Sitrep's page: wires the filters, map, timeline, list and event view together.
// The map shows up to MAP_LIMIT of the events that pass the filters; the timeline counts the
// same events; the list pages through all of them, narrowed to the brushed dates.
// GPL-3.0-or-later.
import {el, clear} from './dom.js';
import {getJson, query, setToken, token} from './api.js';
import {EVENT_TYPES} from './types.js';
import {addAdmin1, addCountries} from './basemap.js';
import {EventMarkers} from './clusters.js';
import {Timeline} from './timeline.js';
import {renderList} from './list.js';
import {EventView} from './eventview.js';
import {fillTypeSelects, formFilters, narrowed, updateExports} from './filters.js';

const PAGE = 50;
const MAP_PAGE = 500;
const MAP_LIMIT = 2000;

const $ = (id) => document.getElementById(id);
const form = $('filters');
const state = {brush: null, offset: 0, since: null, mapEvents: [], fitted: false};

const map = L.map('map', {minZoom: 1, maxZoom: 12, worldCopyJump: false}).setView([25, 20], 2);
map.attributionControl.setPrefix('Leaflet');
map.attributionControl.addAttribution('Boundaries: Natural Earth (public domain)');
addCountries(map).catch((e) => say(e.message));
addAdmin1(map, (e) => say(e.message));
const markers = new EventMarkers(map, (id) => view.open(id));
const timeline = new Timeline($('timeline'), (range) => {
  state.brush = range;
  showBrushed();
  loadList(0);
});
const view = new EventView(() => loadAll());

function say(text) {
  $('status').textContent = text;
}

/** The events of the filters (not the brush) for the map and the timeline. */
async function loadMap() {
  const params = formFilters(form, map);
  const events = [];
  let total = 0;
  for (let offset = 0; offset < MAP_LIMIT; offset += MAP_PAGE) {
    const page = await getJson('/api/events' + query({...params, limit: MAP_PAGE, offset}));
    events.push(...page.events);
    total = page.total;
    if (page.next_offset === null) break;
  }
  state.mapEvents = events;
  timeline.show(events, state.brush);
  showBrushed();
  const placed = events.filter((e) => e.latitude !== null).length;
  say(total + (total === 1 ? ' event passes' : ' events pass') + ' the filters; '
      + (total > events.length ? 'the first ' + events.length + ' are counted, ' : '')
      + placed + ' on the map.');
  map.invalidateSize(); // the timeline above may have changed the map's height
  if (!state.fitted && placed && !form.elements.area.checked) {
    state.fitted = true;
    const placedEvents = events.filter((e) => e.latitude !== null);
    map.fitBounds(placedEvents.map((e) => [e.latitude, e.longitude]), {padding: [30, 30],
      maxZoom: 7});
  }
}

/** The map shows the brushed dates only; the timeline keeps showing them all. */
function showBrushed() {
  const b = state.brush;
  const shown = b ? state.mapEvents.filter((e) => e.event_date && e.event_date >= b.from
      && e.event_date <= b.to) : state.mapEvents;
  markers.show(shown);
  timeline.range = b;
  timeline.draw();
  $('brush-range').textContent = b ? 'Dates picked: ' + b.from + ' to ' + b.to + ' ('
      + shown.length + (shown.length === 1 ? ' event)' : ' events)') : '';
  $('brush-clear').disabled = !b;
}

async function loadList(offset) {
  state.offset = offset;
  const params = narrowed(formFilters(form, map), state.brush);
  const wanted = state.since ? {...params, updated_since: state.since} : params;
  updateExports(wanted, (message) => listError(message));
  try {
    const page = await getJson('/api/events' + query({...wanted, limit: PAGE, offset}));
    listError(null);
    renderList($('list'), page.events, (id) => view.open(id), Boolean(state.since));
    const last = offset + page.events.length;
    $('page-info').textContent = page.total ? (offset + 1) + '–' + last + ' of ' + page.total : '';
    $('prev').disabled = offset === 0;
    $('next').disabled = page.next_offset === null;
    $('list-title').textContent = state.since ? 'Changed since ' + state.since : 'Events';
  } catch (e) {
    clear($('list'));
    listError(state.since ? 'Changes since a time cannot be listed: ' + e.message : e.message);
  }
}

function listError(message) {
  $('list-error').textContent = message || '';
  $('list-error').hidden = !message;
}

async function loadAll() {
  try {
    await loadMap();
  } catch (e) {
    say('The events could not be read: ' + e.message);
  }
  await loadList(0);
  timeline.draw();
}

function legend() {
  $('legend').replaceChildren(...EVENT_TYPES.map((t) => {
    const swatch = el('span', {class: 'swatch', 'aria-hidden': 'true'});
    swatch.style.background = t.colour;
    return el('li', {}, swatch, t.label);
  }));
}

fillTypeSelects(form);
legend();
form.addEventListener('submit', (e) => {
  e.preventDefault();
  loadAll();
});
form.addEventListener('reset', () => setTimeout(() => {
  state.brush = null;
  form.elements.sub_event_type.dispatchEvent(new Event('change'));
  loadAll();
}));
form.elements.area.addEventListener('change', () => loadAll());
form.elements.include_rejected.addEventListener('change', () => loadAll());
map.on('moveend', () => {
  if (form.elements.area.checked) loadAll();
});
$('brush-clear').addEventListener('click', () => {
  state.brush = null;
  showBrushed();
  loadList(0);
});
$('prev').addEventListener('click', () => loadList(Math.max(0, state.offset - PAGE)));
$('next').addEventListener('click', () => loadList(state.offset + PAGE));
$('since-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const value = e.target.elements.since.value;
  if (!value) return;
  state.since = new Date(value).toISOString();
  $('since-clear').hidden = false;
  loadList(0);
});
$('since-clear').addEventListener('click', () => {
  state.since = null;
  $('since-clear').hidden = true;
  loadList(0);
});
$('token-form').addEventListener('submit', (e) => {
  e.preventDefault();
  setToken(e.target.elements.token.value.trim());
  e.target.elements.token.value = '';
  loadAll();
});
$('token-forget').addEventListener('click', () => {
  setToken('');
  loadAll();
});
loadAll();
