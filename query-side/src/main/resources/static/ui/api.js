// One login for both services: a bearer token from POST /api/auth/token, kept for the tab's life.
import { language } from './i18n.js';

const KEY = 'thidua.session';

export function session() {
  const raw = sessionStorage.getItem(KEY);
  return raw ? JSON.parse(raw) : null;
}

/** Where the command side is: as the query side is configured, else this host on port 8081. */
export async function defaultCommandUrl() {
  try {
    const settings = await (await fetch('/ui/config.json')).json();
    if (settings.commandUrl) return settings.commandUrl;
  } catch {
    // an older query side without the setting
  }
  return `${location.protocol}//${location.hostname}:8081`;
}

export async function login(username, password, commandUrl) {
  const basic = btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)));
  const response = await fetch('/api/auth/token', {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'X-Requested-With': 'fetch' },
  });
  if (!response.ok) return false;
  const { access_token: token } = await response.json();
  const claims = JSON.parse(decodeBase64Url(token.split('.')[1]));
  sessionStorage.setItem(KEY, JSON.stringify({
    token, user: claims.sub, unit: claims.unit, roles: claims.roles || [],
    commandUrl: (commandUrl || (await defaultCommandUrl())).replace(/\/$/, ''),
  }));
  return true;
}

export function logout() {
  sessionStorage.removeItem(KEY);
}

export function hasRole(...roles) {
  const current = session();
  return !!current && roles.some((role) => current.roles.includes(role));
}

function decodeBase64Url(part) {
  const text = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(text, (c) => c.charCodeAt(0)));
}

/** The full URL of an API path: 'command' paths go to the command side, others to this origin. */
export function url(side, path) {
  return side === 'command' ? session().commandUrl + path : path;
}

export function headers(extra = {}) {
  return { Authorization: `Bearer ${session().token}`, 'Accept-Language': language(), ...extra };
}

/** Calls the API; answers {status, ok, data} where data is the JSON (or problem+json) body. */
export async function call(side, method, path, body, contentType = 'application/json') {
  const init = { method, headers: headers({ Accept: 'application/json, application/problem+json' }) };
  if (body !== undefined) {
    init.headers['Content-Type'] = contentType;
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url(side, path), init);
  } catch (error) {
    return { status: 0, ok: false, data: { title: String(error) } };
  }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = { title: text }; }
  return { status: response.status, ok: response.ok, data };
}

export const get = (side, path) => call(side, 'GET', path);
export const post = (side, path, body) => call(side, 'POST', path, body ?? {});

/** Downloads a file the API makes (CSV/XLSX) with the token, which a plain link cannot send. */
export async function download(path, fileName) {
  const response = await fetch(path, { headers: headers() });
  if (!response.ok) return response.status;
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  return response.status;
}

/** The items of a paged table answer or a plain list. */
export function items(data) {
  if (Array.isArray(data)) return data;
  return (data && (data.items || data.content)) || [];
}
