// The filter form, the brushed date range and the map area, turned into the parameters of
// GET /api/events and the exports (docs/api.md); and the export links that carry them.
// GPL-3.0-or-later.
import {el} from './dom.js';
import {EVENT_TYPES} from './types.js';
import {query, token, download} from './api.js';

const FIELDS = ['from', 'to', 'country', 'actor', 'event_type', 'sub_event_type', 'q'];

export function fillTypeSelects(form) {
  const types = form.elements.event_type;
  for (const t of EVENT_TYPES) types.append(el('option', {value: t.label}, t.label));
  const fillSubs = () => {
    const subs = form.elements.sub_event_type;
    const kept = subs.value;
    subs.replaceChildren(el('option', {value: ''}, 'any'));
    for (const t of EVENT_TYPES.filter((x) => !types.value || x.label === types.value)) {
      subs.append(el('optgroup', {label: t.label}, t.subs.map((s) => el('option', {value: s}, s))));
    }
    subs.value = [...subs.options].some((o) => o.value === kept) ? kept : '';
  };
  types.addEventListener('change', fillSubs);
  fillSubs();
}

/** The form's filters, with the map's box when "only this map area" is ticked. */
export function formFilters(form, map) {
  const params = {};
  for (const name of FIELDS) params[name] = form.elements[name].value.trim();
  if (form.elements.area.checked) params.bbox = bbox(map);
  if (form.elements.include_rejected.checked) params.include_rejected = 'true';
  return params;
}

/** The filters narrowed to the brushed dates: the later start and the earlier end win. */
export function narrowed(params, brush) {
  if (!brush) return params;
  const from = params.from && params.from > brush.from ? params.from : brush.from;
  const to = params.to && params.to < brush.to ? params.to : brush.to;
  return {...params, from, to};
}

/**
 * The visible box, clamped to the world: the API refuses a box across the antimeridian, and a
 * map zoomed out shows longitudes beyond ±180.
 */
function bbox(map) {
  const b = map.getBounds();
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const round = (v) => Math.round(v * 1e4) / 1e4;
  return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
    clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map(round).join(',');
}

const EXPORTS = [['export-csv', '/api/export.csv', 'events.csv'],
  ['export-geojson', '/api/export.geojson', 'events.geojson'],
  ['export-jsonl', '/api/export.jsonl', 'events.jsonl']];

/** Points the download links at the exports with these filters. */
export function updateExports(params, onError) {
  for (const [id, path, filename] of EXPORTS) {
    const link = document.getElementById(id);
    link.href = path + query(params);
    link.setAttribute('download', filename);
    link.onclick = (click) => {
      // A link cannot send the token; with one, the file is fetched with it instead.
      if (!token()) return;
      click.preventDefault();
      download(link.href, filename).catch((e) => onError(e.message));
    };
  }
}
