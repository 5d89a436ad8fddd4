// Event markers, clustered on a grid in screen pixels: at each zoom, the events whose points fall
// in the same CELL-pixel square become one marker showing how many they are, coloured by the
// type most of them have. Clicking a cluster zooms in on it; where its events share one point
// (or the map cannot zoom further) it lists them instead. Markers are Leaflet markers, so they
// take focus with Tab and open with Enter. GPL-3.0-or-later.
import {el} from './dom.js';
import {colourOf} from './types.js';

const CELL = 56;

export class EventMarkers {
  /** onOpen(id) opens an event. */
  constructor(map, onOpen) {
    this.map = map;
    this.onOpen = onOpen;
    this.events = [];
    this.layer = L.layerGroup().addTo(map);
    map.on('zoomend', () => this.draw());
  }

  /** Shows these events (those without a place are left off the map). */
  show(events) {
    this.events = events.filter((e) => e.latitude !== null && e.longitude !== null);
    this.draw();
  }

  draw() {
    this.layer.clearLayers();
    const zoom = this.map.getZoom();
    const cells = new Map();
    for (const e of this.events) {
      const p = this.map.project([e.latitude, e.longitude], zoom);
      const key = Math.floor(p.x / CELL) + ':' + Math.floor(p.y / CELL);
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(e);
    }
    for (const members of cells.values()) {
      this.layer.addLayer(members.length === 1 ? this.single(members[0]) : this.cluster(members));
    }
  }

  single(e) {
    const label = [e.sub_event_type, e.event_date, e.location].filter(Boolean).join(', ');
    const dot = el('span', {class: 'dot'});
    dot.style.background = colourOf(e.event_type);
    const marker = L.marker([e.latitude, e.longitude], {
      icon: L.divIcon({html: dot, className: 'event-icon', iconSize: [16, 16]}),
      title: label, keyboard: true, riseOnHover: true,
    });
    marker.on('click', () => this.onOpen(e.id));
    return marker;
  }

  cluster(members) {
    const lat = members.reduce((s, e) => s + e.latitude, 0) / members.length;
    const lon = members.reduce((s, e) => s + e.longitude, 0) / members.length;
    const size = Math.round(26 + 8 * Math.log10(members.length));
    const badge = el('span', {class: 'cluster'}, String(members.length));
    badge.style.background = colourOf(mostCommonType(members));
    badge.style.width = badge.style.height = badge.style.lineHeight = size + 'px';
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({html: badge, className: 'cluster-icon', iconSize: [size, size]}),
      title: members.length + ' events here; click to zoom in', keyboard: true,
    });
    marker.on('click', () => this.openCluster(members, marker));
    return marker;
  }

  openCluster(members, marker) {
    const bounds = L.latLngBounds(members.map((e) => [e.latitude, e.longitude]));
    const maxZoom = this.map.getMaxZoom();
    const samePoint = bounds.getNorthEast().equals(bounds.getSouthWest());
    if (!samePoint && this.map.getZoom() < maxZoom) {
      const fit = this.map.getBoundsZoom(bounds.pad(0.2));
      this.map.setView(bounds.getCenter(), Math.min(maxZoom, Math.max(this.map.getZoom() + 1, fit)));
      return;
    }
    const list = el('ul', {class: 'popup-list'}, members.slice(0, 30).map((e) => el('li', {},
        el('button', {type: 'button', onclick: () => this.onOpen(e.id)},
            [e.event_date || 'undated', e.sub_event_type].join(' · ')))));
    const more = members.length > 30 ? el('p', {}, (members.length - 30) + ' more in the list')
        : null;
    marker.bindPopup(el('div', {}, list, more)).openPopup();
  }
}

function mostCommonType(events) {
  const counts = new Map();
  for (const e of events) counts.set(e.event_type, (counts.get(e.event_type) || 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
