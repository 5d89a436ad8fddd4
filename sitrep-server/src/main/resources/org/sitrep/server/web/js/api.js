// Calls to Sitrep's REST API (docs/api.md), same origin only. A token, when the user gives one,
// is kept in sessionStorage (gone when the tab closes) and sent as a Bearer header.
// GPL-3.0-or-later.

const TOKEN_KEY = 'sitrep.token';

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** An error the API answered with: its message and the parameter it names, if any. */
export class ApiError extends Error {
  constructor(status, message, parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter || null;
  }
}

function headers(extra = {}) {
  const h = {Accept: 'application/json', ...extra};
  if (token()) h.Authorization = 'Bearer ' + token();
  return h;
}

async function answer(response) {
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.error ? body.error
        : 'the server answered ' + response.status;
    throw new ApiError(response.status, message, body && body.parameter);
  }
  return body;
}

export async function getJson(path) {
  return answer(await fetch(path, {headers: headers()}));
}

/** PATCH or POST a JSON body; the server refuses any other content type (415). */
export async function sendJson(method, path, body) {
  return answer(await fetch(path, {
    method,
    headers: headers({'Content-Type': 'application/json'}),
    body: JSON.stringify(body),
  }));
}

/** The query string of a filter object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== '' && value !== null && value !== undefined) q.set(name, String(value));
  }
  const text = q.toString();
  return text ? '?' + text : '';
}

/**
 * Downloads a file with the token header (a plain link cannot send one) and hands it to the
 * browser as a download.
 */
export async function download(path, filename) {
  const response = await fetch(path, {headers: headers({Accept: '*/*'})});
  if (!response.ok) await answer(response);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
