// One login for both services, kept for the tab's life: a bearer token from POST /api/auth/token
// (local mode), or from the OIDC provider by the authorization code flow with PKCE (OIDC mode).
import { language } from './i18n.js';

const KEY = 'thidua.session';
const PENDING_LOGIN = 'thidua.oidc-login';
// renew the provider's short-lived token this long before it expires
const REFRESH_AHEAD_MS = 30000;
// a provider adds roles of its own (offline_access, ...); the UI shows only ours
const OUR_ROLES = ['ADMIN', 'ORGANISER', 'CLERK', 'UNIT_HEAD', 'EMULATION_OFFICER', 'COUNCIL_MEMBER',
  'DECIDER', 'AUDITOR', 'ANALYST'];
let settingsRequest;
let refreshTimer;

export function session() {
  const raw = sessionStorage.getItem(KEY);
  return raw ? JSON.parse(raw) : null;
}

/** The query side's /ui/config.json: the command side's address and, in OIDC mode, the provider. */
export function settings() {
  settingsRequest ??= fetch('/ui/config.json').then((response) => response.json()).catch(() => ({}));
  return settingsRequest;
}

/** Where the command side is: as the query side is configured, else this host on port 8081. */
export async function defaultCommandUrl() {
  const { commandUrl } = await settings();
  return commandUrl || `${location.protocol}//${location.hostname}:8081`;
}

/** True when users sign in at the OIDC provider instead of with the built-in users. */
export async function signsInWithProvider() {
  return !!(await settings()).oidcIssuer;
}

export async function login(username, password, commandUrl) {
  const basic = btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)));
  const response = await fetch('/api/auth/token', {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'X-Requested-With': 'fetch' },
  });
  if (!response.ok) return false;
  await keep(await response.json(), commandUrl);
  return true;
}

/** Leaves for the provider's login page; it comes back to this page with a code. */
export async function startProviderLogin(commandUrl) {
  const provider = await oidcProvider();
  const verifier = randomText(48);
  const state = randomText(16);
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING_LOGIN, JSON.stringify({ verifier, state, hash: location.hash, commandUrl }));
  const query = new URLSearchParams({
    client_id: provider.clientId, response_type: 'code', scope: 'openid', redirect_uri: returnAddress(),
    state, code_challenge: challenge, code_challenge_method: 'S256', ui_locales: language(),
  });
  location.assign(`${provider.authorizationEndpoint}?${query}`);
}

/**
 * On the way back from the provider: trades the code for tokens. Answers null when this page was
 * not opened by the provider, else whether the login succeeded.
 */
export async function finishProviderLogin() {
  const answer = new URLSearchParams(location.search);
  if (!answer.has('code') && !answer.has('error')) return null;
  const pending = JSON.parse(sessionStorage.getItem(PENDING_LOGIN) || 'null');
  sessionStorage.removeItem(PENDING_LOGIN);
  history.replaceState(null, '', returnAddress() + (pending?.hash || ''));
  // a code without our state was not asked for by this tab
  if (!pending || answer.get('state') !== pending.state || !answer.has('code')) return false;
  const tokens = await tokenRequest({
    grant_type: 'authorization_code', code: answer.get('code'), redirect_uri: returnAddress(),
    code_verifier: pending.verifier,
  });
  if (!tokens) return false;
  await keep(tokens, pending.commandUrl);
  return true;
}

/** Keeps a provider session alive: renews its token shortly before it expires. */
export function keepSessionFresh(onEnded) {
  clearTimeout(refreshTimer);
  const current = session();
  if (!current?.refreshToken) return;
  const wait = Math.max(0, current.expiresAt - REFRESH_AHEAD_MS - Date.now());
  refreshTimer = setTimeout(async () => {
    const tokens = await tokenRequest({ grant_type: 'refresh_token', refresh_token: session()?.refreshToken });
    if (!tokens) {
      logout();
      onEnded();
      return;
    }
    await keep(tokens, session()?.commandUrl);
    keepSessionFresh(onEnded);
  }, wait);
}

async function keep(tokens, commandUrl) {
  const claims = JSON.parse(decodeBase64Url(tokens.access_token.split('.')[1]));
  sessionStorage.setItem(KEY, JSON.stringify({
    token: tokens.access_token,
    refreshToken: tokens.refresh_token,
    idToken: tokens.id_token,
    expiresAt: Date.now() + (tokens.expires_in || 0) * 1000,
    user: claims.preferred_username || claims.sub, unit: claims.unit,
    roles: (claims.roles || []).filter((role) => OUR_ROLES.includes(role)),
    commandUrl: (commandUrl || (await defaultCommandUrl())).replace(/\/$/, ''),
  }));
}

async function oidcProvider() {
  const { oidcIssuer, oidcClientId } = await settings();
  const discovery = await (await fetch(`${oidcIssuer.replace(/\/$/, '')}/.well-known/openid-configuration`)).json();
  return {
    clientId: oidcClientId,
    authorizationEndpoint: discovery.authorization_endpoint,
    tokenEndpoint: discovery.token_endpoint,
    endSessionEndpoint: discovery.end_session_endpoint,
  };
}

async function tokenRequest(form) {
  try {
    const provider = await oidcProvider();
    const response = await fetch(provider.tokenEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: provider.clientId, ...form }),
    });
    return response.ok ? response.json() : null;
  } catch {
    return null;
  }
}

/** The UI's own address, which the provider's client lists among its redirect URIs. */
function returnAddress() {
  return `${location.origin}${location.pathname}`;
}

function randomText(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(buffer) {
  return btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function logout() {
  clearTimeout(refreshTimer);
  sessionStorage.removeItem(KEY);
}

/** Ends the provider's session too, so the next user of this browser must sign in again. */
export async function logoutAtProvider(idToken) {
  const provider = await oidcProvider();
  if (!provider.endSessionEndpoint) return;
  const query = new URLSearchParams({ client_id: provider.clientId, post_logout_redirect_uri: returnAddress() });
  if (idToken) query.set('id_token_hint', idToken);
  location.assign(`${provider.endSessionEndpoint}?${query}`);
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
