// Small DOM helpers and the form builder every page uses.
import { t } from './i18n.js';
import { call } from './api.js';

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function card(title, ...children) {
  return h('section', { class: 'card' }, h('h2', { text: t(title) }), ...children);
}

export function display(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : v)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** columns: [[key or function, label pair]]; onRow(row) makes rows clickable and keyboard usable. */
export function table(rows, columns, { onRow, testid } = {}) {
  if (!rows || rows.length === 0) return h('p', { class: 'muted', text: t('none') });
  const head = h('tr', {}, columns.map(([, label]) => h('th', { scope: 'col', text: t(label) })));
  const body = rows.map((row) => {
    const cells = columns.map(([key]) => {
      const value = typeof key === 'function' ? key(row) : row[key];
      return h('td', {}, value instanceof Node ? value : display(value));
    });
    if (!onRow) return h('tr', {}, cells);
    const select = () => onRow(row);
    return h('tr', {
      class: 'clickable', tabindex: 0, 'data-unit': row.unitId,
      onclick: select, onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(); } },
    }, cells);
  });
  return h('div', { class: 'scroll' }, h('table', { 'data-testid': testid }, h('thead', {}, head), h('tbody', {}, body)));
}

let fieldCounter = 0;

/**
 * A labelled form for one API command. spec: {id, title, side, method, path(values), body(values),
 * fields: [{name, label, type, options, value, required}], done(data, form)}. Field names are the
 * API's JSON paths (phases[0].startsOn), so problem+json errors land next to their input; the
 * form keeps what the user typed whatever the answer.
 */
export function form(spec) {
  const output = h('div', { role: 'status', 'aria-live': 'polite', class: 'result' });
  const fields = spec.fields.map((field) => fieldControl(field));
  const element = h('form', { id: spec.id, 'data-testid': spec.id, novalidate: true },
    h('div', { class: 'fields' }, fields),
    h('button', { type: 'submit' }, t(spec.submit || 'submit')),
    output);
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(element, output);
    let values;
    try {
      values = collect(element, spec.fields);
    } catch (problem) {
      showErrors(element, output, { errors: [{ field: problem.field, message: problem.message }] });
      return;
    }
    const body = spec.body ? spec.body(values) : values;
    const path = typeof spec.path === 'function' ? spec.path(values) : spec.path;
    const answer = spec.send
      ? await spec.send(path, body)
      : await call(spec.side || 'command', spec.method || 'POST', path, body);
    if (answer.ok) {
      output.append(h('p', { class: 'ok', text: t('saved') }));
      if (spec.done) spec.done(answer.data, output, values);
      else if (answer.data) output.append(h('pre', {}, JSON.stringify(answer.data, null, 2)));
    } else {
      showErrors(element, output, answer.data || {}, answer.status);
    }
  });
  return card(spec.title, element);
}

function fieldControl(field) {
  const id = `f${++fieldCounter}`;
  const common = { id, name: field.name, required: field.required, 'aria-describedby': `${id}-error` };
  let control;
  if (field.type === 'select') {
    control = h('select', common, (field.options || []).map((option) => {
      const [value, label] = Array.isArray(option) ? option : [option, option];
      return h('option', { value, selected: value === field.value }, label);
    }));
  } else if (field.type === 'textarea' || field.type === 'json') {
    control = h('textarea', common, field.value ?? '');
  } else if (field.type === 'checkbox') {
    control = h('input', { ...common, type: 'checkbox', checked: !!field.value });
    return h('label', { class: 'check', for: id }, control, t(field.label), h('span', { class: 'error', id: `${id}-error` }));
  } else if (field.type === 'file') {
    control = h('input', { ...common, type: 'file', accept: field.accept });
  } else {
    const type = field.type === 'list' || field.type === 'decimal' ? 'text' : field.type || 'text';
    control = h('input', { ...common, type, value: field.value ?? '', step: field.type === 'number' ? 'any' : undefined,
      placeholder: field.placeholder, inputmode: field.type === 'decimal' ? 'decimal' : undefined });
  }
  return h('label', { for: id }, t(field.label), control, h('span', { class: 'error', id: `${id}-error` }));
}

/** Values by JSON path; empty inputs are left out so the server's defaults apply. */
function collect(element, fields) {
  const values = {};
  for (const field of fields) {
    const control = element.elements.namedItem(field.name);
    if (!control || field.type === 'file') continue;
    let value;
    if (field.type === 'checkbox') value = control.checked;
    else {
      const text = control.value.trim();
      if (text === '') continue;
      if (field.type === 'number') value = Number(text);
      else if (field.type === 'list') value = text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
      else if (field.type === 'json') {
        try { value = JSON.parse(text); } catch { throw { field: field.name, message: t(['JSON không hợp lệ', 'Invalid JSON']) }; }
      } else value = text;
    }
    setPath(values, field.name, value);
  }
  return compact(values);
}

function setPath(target, path, value) {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node = target;
  keys.forEach((key, index) => {
    if (index === keys.length - 1) { node[key] = value; return; }
    if (node[key] === undefined) node[key] = /^\d+$/.test(keys[index + 1]) ? [] : {};
    node = node[key];
  });
}

function compact(value) {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) value[key] = compact(value[key]);
  }
  return value;
}

function clearErrors(element, output) {
  output.replaceChildren();
  element.querySelectorAll('.error').forEach((span) => { span.textContent = ''; });
  element.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
}

/** Each error beside its field; errors for no field (or unknown ones) below the button. */
export function showErrors(element, output, problem, status) {
  const unplaced = [];
  for (const error of problem.errors || []) {
    const control = error.field ? findControl(element, error.field) : null;
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      const span = document.getElementById(control.getAttribute('aria-describedby'))
        || control.parentElement.querySelector('.error');
      span.textContent = span.textContent ? `${span.textContent}; ${error.message}` : error.message;
    } else unplaced.push(error.field ? `${error.field}: ${error.message}` : error.message);
  }
  const errors = problem.errors || [];
  let summary;
  if (status === 404 && errors.length === 0) summary = t('notAvailable');
  else if (errors.length > 0 && unplaced.length === 0) summary = t(['Vui lòng sửa các ô được đánh dấu.', 'Please correct the marked fields.']);
  else summary = unplaced.length > 0 && errors.length > 0 ? '' : problem.detail || problem.title;
  output.append(h('p', { class: 'problem', role: 'alert' }, [summary, ...unplaced].filter(Boolean).join(' — ')));
  const first = element.querySelector('[aria-invalid="true"]');
  if (first) first.focus();
}

function findControl(element, field) {
  const exact = element.elements.namedItem(field);
  if (exact) return exact.length && !exact.tagName ? exact[0] : exact;
  // an error on a group (phases[1]) belongs to the group's first input
  const member = [...element.elements].find((c) => c.name && (c.name.startsWith(`${field}.`) || c.name.startsWith(`${field}[`)));
  if (member) return member;
  // an error on a list's element (participantUnitIds[1]) belongs to the list's input
  const parent = field.replace(/\[\d+\]$/, '');
  return element.elements.namedItem(parent);
}

export const enc = encodeURIComponent;
