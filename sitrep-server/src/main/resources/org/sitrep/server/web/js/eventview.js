// The event view: every field, the article text with each field's evidence highlighted, every
// source that reported the event, the correction and split forms and the history. Escape or the
// Close button closes it and gives focus back to what opened it. GPL-3.0-or-later.
import {el, append, clear, safeHref} from './dom.js';
import {getJson} from './api.js';
import {highlighted, evidenceTable} from './evidence.js';
import {historyList} from './history.js';
import {correctionForm, splitForm} from './correct.js';

const HIDDEN_FIELDS = new Set(['evidence', 'sources']);

export class EventView {
  /** onChanged() after a correction or split, so the map and list are read again. */
  constructor(onChanged) {
    this.panel = document.getElementById('event-view');
    this.title = document.getElementById('event-title');
    this.body = document.getElementById('event-body');
    this.onChanged = onChanged;
    this.opener = null;
    document.getElementById('event-close').addEventListener('click', () => this.close());
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.panel.hidden) this.close();
    });
  }

  async open(id) {
    if (this.panel.hidden) this.opener = document.activeElement;
    this.panel.hidden = false;
    this.title.textContent = 'Event ' + id;
    clear(this.body).append(el('p', {}, 'Reading…'));
    this.panel.focus();
    try {
      const event = await getJson('/api/events/' + id);
      const [article, history] = await Promise.all([
        getJson('/api/articles/' + event.article_id),
        getJson('/api/events/' + id + '/history')]);
      this.render(event, article, history.history);
    } catch (e) {
      clear(this.body).append(el('p', {class: 'error', role: 'alert'}, e.message));
    }
  }

  close() {
    this.panel.hidden = true;
    if (this.opener && document.contains(this.opener)) this.opener.focus();
  }

  render(event, article, history) {
    this.title.textContent = [event.sub_event_type, event.event_date || 'undated',
      event.location || 'no place'].join(' · ');
    const saved = () => {
      this.onChanged();
      this.open(event.id);
    };
    const split = splitForm(event, event.sources, saved);
    append(clear(this.body), [
        event.rejected ? el('p', {class: 'rejected'}, 'A person marked this not an event.') : null,
        section('Fields', fieldList(event)),
        section('The article, with the evidence of each field',
            el('p', {class: 'meta'}, article.title, ' · ', article.source || '',
                article.published ? ' · ' + article.published : ''),
            highlighted(article.text, event.evidence), evidenceTable(event.evidence)),
        section('Sources (' + event.sources.length + ')', sourceList(event)),
        section('Correct this event', correctionForm(event, saved)),
        split ? section('Split a merged report off', split) : null,
        section('History', historyList(history))]);
  }
}

function section(title, ...content) {
  return el('section', {class: 'event-part'}, el('h3', {}, title), content);
}

function fieldList(event) {
  return el('dl', {class: 'fields'}, Object.entries(event)
      .filter(([name]) => !HIDDEN_FIELDS.has(name))
      .map(([name, value]) => [el('dt', {}, name),
        el('dd', {}, value === null ? '—' : String(value))]));
}

/** Every article that reported the event; the others' texts are read when asked for. */
function sourceList(event) {
  return el('ul', {class: 'sources'}, event.sources.map((s) => {
    const href = s.url ? safeHref(s.url) : null;
    const text = el('div', {class: 'source-text', hidden: true});
    const show = s.id === event.article_id ? el('span', {class: 'meta'}, ' (the text above)')
        : el('button', {type: 'button', onclick: async (click) => {
          click.target.disabled = true;
          try {
            const a = await getJson('/api/articles/' + s.id);
            text.replaceChildren(el('div', {class: 'article-text'}, a.text));
          } catch (e) {
            text.replaceChildren(el('p', {class: 'error'}, e.message));
          }
          text.hidden = false;
        }}, 'Show its text');
    return el('li', {},
        el('strong', {}, s.title || 'article ' + s.id), ' · ', s.source || 'unknown source',
        s.published ? ' · ' + s.published : '',
        href ? [' · ', el('a', {href, rel: 'noopener noreferrer', target: '_blank'}, 'original')]
            : null,
        ' ', show, text);
  }));
}
