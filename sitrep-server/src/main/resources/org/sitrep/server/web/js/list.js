// The event list, one page at a time: each event is a button (Tab to it, Enter opens it).
// GPL-3.0-or-later.
import {el, clear} from './dom.js';
import {colourOf} from './types.js';

/** showChanged: in the changed-since list, each row also says when the event last changed. */
export function renderList(list, events, onOpen, showChanged = false) {
  clear(list);
  if (!events.length) {
    list.append(el('li', {class: 'empty'}, 'No event passes these filters.'));
    return;
  }
  for (const e of events) {
    const swatch = el('span', {class: 'swatch', 'aria-hidden': 'true'});
    swatch.style.background = colourOf(e.event_type);
    const actors = [e.actor1, e.actor2].filter(Boolean).join(' vs ');
    const place = [e.location, e.country].filter(Boolean).join(', ');
    list.append(el('li', {},
        el('button', {type: 'button', class: 'event-row', 'data-id': e.id,
          onclick: () => onOpen(e.id)},
            swatch,
            el('span', {class: 'row-date'}, e.event_date || 'undated'),
            el('span', {class: 'row-type'}, e.sub_event_type),
            el('span', {class: 'row-place'}, place || 'no place'),
            el('span', {class: 'row-actors'}, actors),
            el('span', {class: 'row-dead'}, e.fatalities + ' killed'),
            e.rejected ? el('span', {class: 'row-rejected'}, 'not an event') : null,
            showChanged && e.updated_at ? el('span', {class: 'row-changed'}, 'changed '
                + e.updated_at.replace('T', ' ').slice(0, 19)) : null)));
  }
}
