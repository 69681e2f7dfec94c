// The router: one page per role's work, chosen by the location's hash (#dashboard, #caseload, ...).
import { t, toggleLanguage, language } from './i18n.js';
import {
  session, login, logout, hasRole, defaultCommandUrl, signsInWithProvider, startProviderLogin,
  finishProviderLogin, keepSessionFresh, logoutAtProvider,
} from './api.js';
import { h } from './dom.js';
import dashboard from './pages/dashboard.js';
import campaigns from './pages/campaigns.js';
import covenant from './pages/covenant.js';
import caseload from './pages/caseload.js';
import recognition from './pages/recognition.js';
import audit from './pages/audit.js';
import analytics from './pages/analytics.js';

const PAGES = [
  { id: 'dashboard', render: dashboard, roles: null },
  { id: 'campaigns', render: campaigns, roles: ['ORGANISER', 'ADMIN'] },
  { id: 'covenant', render: covenant, roles: ['ORGANISER', 'ADMIN', 'UNIT_HEAD'] },
  { id: 'caseload', render: caseload, roles: ['CLERK', 'ADMIN'] },
  { id: 'recognition', render: recognition,
    roles: ['EMULATION_OFFICER', 'UNIT_HEAD', 'ORGANISER', 'ADMIN', 'COUNCIL_MEMBER', 'DECIDER'] },
  { id: 'audit', render: audit, roles: ['AUDITOR', 'ADMIN'] },
  { id: 'analytics', render: analytics, roles: ['ANALYST', 'AUDITOR', 'ADMIN', 'ORGANISER'] },
];

const main = document.getElementById('main');
let leavePage = () => {};

function allowedPages() {
  return PAGES.filter((page) => !page.roles || hasRole(...page.roles));
}

function renderChrome() {
  document.documentElement.lang = language();
  document.querySelector('.skip').textContent = t('skip');
  const languageButton = document.getElementById('lang');
  languageButton.textContent = t('language');
  languageButton.setAttribute('aria-label', language() === 'vi' ? 'Switch to English' : 'Chuyển sang tiếng Việt');
  const current = session();
  const logoutButton = document.getElementById('logout');
  logoutButton.hidden = !current;
  logoutButton.textContent = t('logout');
  document.getElementById('who').textContent = current ? `${current.user} · ${current.roles.join(', ')}` : '';
  const nav = document.getElementById('nav');
  const here = pageId();
  nav.replaceChildren(...(current ? allowedPages() : []).map((page) =>
    h('a', { href: `#${page.id}`, 'data-page': page.id, 'aria-current': page.id === here ? 'page' : undefined }, t(page.id))));
}

function pageId() {
  const id = location.hash.replace('#', '').split('?')[0];
  const pages = allowedPages();
  return pages.some((page) => page.id === id) ? id : pages[0]?.id;
}

async function route() {
  leavePage();
  leavePage = () => {};
  renderChrome();
  if (!session()) {
    main.replaceChildren(await signsInWithProvider() ? providerLogin() : loginForm());
    return;
  }
  const page = PAGES.find((candidate) => candidate.id === pageId());
  document.title = `${t(page.id)} · Thi Đua`;
  main.replaceChildren(h('h1', { text: t(page.id) }));
  const container = h('div', { 'data-testid': `page-${page.id}` });
  main.append(container);
  leavePage = (await page.render(container)) || (() => {});
}

function loginForm() {
  const problem = h('p', { class: 'problem', role: 'alert' });
  const user = h('input', { id: 'login-user', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const command = h('input', { id: 'login-command', name: 'commandUrl' });
  defaultCommandUrl().then((address) => { if (!command.value) command.value = address; });
  const element = h('form', { 'data-testid': 'login' },
    h('label', { for: 'login-user' }, t('username'), user),
    h('label', { for: 'login-password' }, t('password'), password),
    h('details', {}, h('summary', {}, t('commandUrl')), h('label', { for: 'login-command' }, t('commandUrl'), command)),
    h('button', { type: 'submit' }, t('login')), problem);
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    problem.textContent = '';
    if (await login(user.value.trim(), password.value, command.value.trim())) route();
    else problem.textContent = t('loginFailed');
  });
  return h('section', { class: 'card login' }, h('h1', { text: t('login') }), element);
}

/** OIDC mode: no password here; the provider's page asks for it and sends the user back. */
function providerLogin(failed = false) {
  const button = h('button', { type: 'button', 'data-testid': 'provider-login' }, t('providerLogin'));
  button.addEventListener('click', () => startProviderLogin());
  return h('section', { class: 'card login', 'data-testid': 'login' }, h('h1', { text: t('login') }),
    h('p', {}, t('providerLoginHint')), button,
    h('p', { class: 'problem', role: 'alert' }, failed ? t('providerLoginFailed') : ''));
}

document.getElementById('lang').addEventListener('click', () => { toggleLanguage(); route(); });
document.getElementById('logout').addEventListener('click', () => {
  const idToken = session()?.idToken;
  logout();
  location.hash = '';
  if (idToken) logoutAtProvider(idToken);
  else route();
});
window.addEventListener('hashchange', route);

async function start() {
  const providerAnswer = await finishProviderLogin();
  keepSessionFresh(route);
  if (providerAnswer === false) {
    renderChrome();
    main.replaceChildren(providerLogin(true));
    return;
  }
  route();
}
start();
