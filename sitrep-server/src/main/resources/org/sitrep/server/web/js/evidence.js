// The article text with the evidence of each field highlighted: every stretch of text that some
// evidence covers becomes a <mark> naming its fields (data-field, title), and each field's
// evidence starts with a small label giving the field's name. Evidence offsets are UTF-16 code
// units into the text, as JavaScript strings count. GPL-3.0-or-later.
import {el} from './dom.js';

/** A <div> of the text with marks; evidence outside the text or empty is left out. */
export function highlighted(text, evidence) {
  const spans = evidence.filter((e) => e.end > e.start && e.start >= 0 && e.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const root = el('div', {class: 'article-text'});
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    for (const s of spans) {
      if (s.start === a && s.field !== 'sentence') root.append(el('span', {class: 'field-tag'}, s.field));
    }
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const words = text.slice(a, b);
    if (!covering.length) {
      root.append(words);
      continue;
    }
    // The narrowest evidence names the stretch: a trigger inside its sentence is the trigger.
    const fields = covering.filter((s) => s.field !== 'sentence');
    const main = fields.length ? fields.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x))
        : covering[0];
    const names = [...new Set(covering.map((s) => s.field))];
    root.append(el('mark', {class: fields.length ? 'field' : 'sentence', 'data-field': main.field,
      title: names.join(', ')}, words));
  }
  return root;
}

/** The evidence as a table: field, the words, the note saying how they were read. */
export function evidenceTable(evidence) {
  return el('table', {class: 'evidence'},
      el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Field'),
          el('th', {scope: 'col'}, 'Words'), el('th', {scope: 'col'}, 'How they were read'))),
      el('tbody', {}, evidence.filter((e) => e.field !== 'sentence').map((e) => el('tr', {},
          el('td', {}, e.field), el('td', {}, e.text || '—'), el('td', {}, e.note || '')))));
}
