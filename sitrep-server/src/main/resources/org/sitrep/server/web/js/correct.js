// The correction form (PATCH /api/events/{id}) and the split form (POST .../split). Only the
// fields the analyst changed are sent, with the required reason and the reviewer's name, which
// is remembered in localStorage. A refusal shows the server's message and focuses the field it
// names. GPL-3.0-or-later.
import {el} from './dom.js';
import {sendJson} from './api.js';
import {EVENT_TYPES} from './types.js';

const REVIEWER_KEY = 'sitrep.reviewer';

const TEXT_FIELDS = ['actor1', 'actor2', 'location', 'country'];
const COUNT_FIELDS = ['fatalities', 'injured', 'captured'];

function input(label, name, attrs) {
  return el('label', {}, label, el('input', {name, ...attrs}));
}

function reviewerInput() {
  return input('Your name', 'by', {type: 'text', required: true, maxlength: 100,
    value: localStorage.getItem(REVIEWER_KEY) || '', autocomplete: 'name'});
}

function reasonInput() {
  return el('label', {class: 'wide'}, 'Reason (required)',
      el('textarea', {name: 'reason', required: true, maxlength: 500, rows: 2}));
}

function typeSelect(current) {
  const select = el('select', {name: 'sub_event_type'});
  for (const type of EVENT_TYPES) {
    select.append(el('optgroup', {label: type.label}, type.subs.map((s) =>
        el('option', {value: s, selected: s === current}, s))));
  }
  return el('label', {}, 'Sub-event type', select);
}

/** onSaved() after a write went in; the caller shows the event again. */
export function correctionForm(event, onSaved) {
  const message = el('p', {class: 'error', role: 'alert', hidden: true});
  const form = el('form', {class: 'correction', 'aria-label': 'Correct this event'},
      typeSelect(event.sub_event_type),
      input('Actor 1', 'actor1', {type: 'text', value: event.actor1 || ''}),
      input('Actor 2', 'actor2', {type: 'text', value: event.actor2 || ''}),
      input('Date', 'event_date', {type: 'date', value: event.event_date || ''}),
      input('Place', 'location', {type: 'text', value: event.location || ''}),
      input('Country', 'country', {type: 'text', value: event.country || ''}),
      input('Latitude', 'latitude', {type: 'number', step: 'any', min: -90, max: 90,
        value: event.latitude ?? ''}),
      input('Longitude', 'longitude', {type: 'number', step: 'any', min: -180, max: 180,
        value: event.longitude ?? ''}),
      COUNT_FIELDS.map((f) => input(f[0].toUpperCase() + f.slice(1), f,
          {type: 'number', min: 0, step: 1, value: event[f]})),
      el('label', {class: 'check'}, el('input', {type: 'checkbox', name: 'not_an_event',
        checked: Boolean(event.rejected)}), 'Not an event'),
      reasonInput(), reviewerInput(),
      el('button', {type: 'submit'}, 'Save correction'), message);
  form.addEventListener('submit', async (submit) => {
    submit.preventDefault();
    const body = changes(form, event);
    if (!Object.keys(body).length) {
      fail(form, message, 'Nothing was changed.', null);
      return;
    }
    body.reason = form.elements.reason.value.trim();
    body.by = form.elements.by.value.trim();
    localStorage.setItem(REVIEWER_KEY, body.by);
    await write(form, message, () => sendJson('PATCH', '/api/events/' + event.id, body), onSaved);
  });
  return form;
}

/** The fields whose value differs from the event's, in the API's types. */
function changes(form, event) {
  const f = form.elements;
  const body = {};
  if (f.sub_event_type.value !== event.sub_event_type) body.sub_event_type = f.sub_event_type.value;
  for (const name of TEXT_FIELDS) {
    if (f[name].value.trim() !== (event[name] || '')) body[name] = f[name].value.trim();
  }
  if (f.event_date.value && f.event_date.value !== event.event_date) {
    body.event_date = f.event_date.value;
  }
  const lat = f.latitude.value;
  const lon = f.longitude.value;
  if (lat !== '' && lon !== '' && (Number(lat) !== event.latitude || Number(lon) !== event.longitude)) {
    body.latitude = Number(lat); // the API takes the two together
    body.longitude = Number(lon);
  }
  for (const name of COUNT_FIELDS) {
    if (f[name].value !== '' && Number(f[name].value) !== event[name]) body[name] = Number(f[name].value);
  }
  if (f.not_an_event.checked !== Boolean(event.rejected)) body.not_an_event = f.not_an_event.checked;
  return body;
}

/** Splits one merged report (an article other than the event's first) off into its own event. */
export function splitForm(event, sources, onSaved) {
  const others = sources.filter((s) => s.id !== event.article_id);
  if (!others.length) return null;
  const message = el('p', {class: 'error', role: 'alert', hidden: true});
  const form = el('form', {class: 'split', 'aria-label': 'Split a merged report off'},
      el('label', {}, 'Report to split off', el('select', {name: 'article_id'}, others.map((s) =>
          el('option', {value: s.id}, (s.title || 'article ' + s.id) + ' (' + (s.source || '?') + ')')))),
      reasonInput(), reviewerInput(),
      el('button', {type: 'submit'}, 'Split it off'), message);
  form.addEventListener('submit', async (submit) => {
    submit.preventDefault();
    const body = {article_id: Number(form.elements.article_id.value),
      reason: form.elements.reason.value.trim(), by: form.elements.by.value.trim()};
    localStorage.setItem(REVIEWER_KEY, body.by);
    await write(form, message,
        () => sendJson('POST', '/api/events/' + event.id + '/split', body), onSaved);
  });
  return form;
}

async function write(form, message, call, onSaved) {
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    await call();
    message.hidden = true;
    onSaved();
  } catch (e) {
    fail(form, message, e.message, e.parameter);
  } finally {
    button.disabled = false;
  }
}

function fail(form, message, text, parameter) {
  message.textContent = (parameter ? parameter + ': ' : '') + text;
  message.hidden = false;
  const field = parameter && form.elements[parameter];
  if (field && field.focus) field.focus();
}
