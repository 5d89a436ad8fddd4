// An event's history (GET /api/events/{id}/history), oldest first: created, merged, split,
// corrected, rejected, each with when, by whom (a person or a rule) and why.
// GPL-3.0-or-later.
import {el} from './dom.js';

export function historyList(history) {
  return el('ol', {class: 'history'}, history.map((h) => el('li', {'data-kind': h.kind},
      el('strong', {}, h.kind), ' ', el('time', {datetime: h.at}, h.at.replace('T', ' ')),
      ' by ', h.by || 'unknown',
      h.article_id !== null ? ' (article ' + h.article_id + ')' : '',
      details(h.details))));
}

function details(d) {
  if (!d || typeof d !== 'object') return d ? el('p', {}, String(d)) : null;
  const parts = [];
  if (d.changes && typeof d.changes === 'object') {
    parts.push(el('ul', {class: 'changes'}, Object.entries(d.changes).map(([field, c]) =>
        el('li', {'data-field': field}, el('code', {}, field), ': ',
            show(c && c.old), ' → ', show(c && c.new)))));
  }
  if (d.score !== undefined) parts.push(el('p', {}, 'score ' + d.score));
  if (d.reason) parts.push(el('p', {class: 'reason'}, 'Reason: ', d.reason));
  return parts.length ? el('div', {}, parts) : null;
}

function show(value) {
  return value === null || value === undefined ? '(none)' : String(value);
}
