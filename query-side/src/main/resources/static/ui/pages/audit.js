// Audit: the decision trail with its evidence, chain verification and head, an aggregate's history,
// the leaderboard as it stood at an instant, and the read models' rebuild progress.
import { t } from '../i18n.js';
import { h, card, table, display, enc, showErrors } from '../dom.js';
import { get, items } from '../api.js';
import { L } from './shared.js';

export function objectTable(rows) {
  const keys = [...new Set(rows.slice(0, 20).flatMap((row) => Object.keys(row)))];
  return table(rows, keys.map((key) => [key, [key, key]]));
}

/** A small filter form whose submit runs `show(values, output)`; problems land beside fields. */
function queryForm(id, fields, show) {
  const output = h('div', { 'data-testid': `${id}-result`, role: 'status', 'aria-live': 'polite' });
  const controls = fields.map(([name, label, type]) => {
    const control = h('input', { id: `${id}-${name}`, name, type: type || 'text', 'aria-describedby': `${id}-${name}-error`, step: type === 'datetime-local' ? 1 : undefined });
    return h('label', { for: control.id }, t(label), control, h('span', { class: 'error', id: `${id}-${name}-error` }));
  });
  const element = h('form', { 'data-testid': id }, h('div', { class: 'fields' }, controls), h('button', { type: 'submit' }, t('load')), output);
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    element.querySelectorAll('.error').forEach((span) => { span.textContent = ''; });
    element.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
    output.replaceChildren();
    const values = Object.fromEntries(fields.map(([name]) => [name, element.elements.namedItem(name).value.trim()]));
    const answer = await show(values);
    if (answer && !answer.ok) showErrors(element, output, answer.data || {}, answer.status);
    else if (answer) output.append(answer.node);
  });
  return element;
}

function query(values) {
  return Object.entries(values).filter(([, v]) => v).map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

export default function audit(container) {
  const trail = queryForm('trail', [['campaignId', L.campaignId], ['unitId', L.unitId], ['actor', ['Người quyết định', 'Actor']],
    ['decisionType', ['Loại quyết định', 'Decision type']]], async (values) => {
    const answer = await get('query', `/api/audit?${query(values)}&size=100`);
    if (!answer.ok) return answer;
    const entries = items(answer.data);
    const node = h('div', {}, table(entries, [
      ['occurredAt', ['Thời điểm', 'When']], ['decisionType', ['Loại quyết định', 'Decision']],
      ['aggregateId', ['Đối tượng', 'Subject']], ['actorUserId', ['Người quyết định', 'Actor']],
      ['actorUnitId', L.unitId], ['reason', L.reason],
      [(e) => (e.evidence ? h('details', {}, h('summary', {}, t('evidence')), h('pre', {}, JSON.stringify(e.evidence, null, 2))) : ''), 'evidence'],
    ], { testid: 'audit-trail' }));
    return { ok: true, node };
  });

  const chainResult = h('div', { 'data-testid': 'chain', role: 'status', 'aria-live': 'polite' });
  const verify = async () => {
    chainResult.replaceChildren(h('p', { class: 'muted' }, '…'));
    const [verification, head] = await Promise.all([get('command', '/api/integrity/verify'), get('command', '/api/integrity/head')]);
    const part = (title, answer) => {
      if (answer.status === 404) return h('p', { class: 'muted' }, `${t(title)}: ${t('notAvailable')}`);
      if (!answer.ok) return h('p', { class: 'problem' }, `${t(title)}: ${display(answer.data?.detail || answer.data?.title || answer.status)}`);
      return h('div', {}, h('h3', { text: t(title) }), h('pre', {}, JSON.stringify(answer.data, null, 2)));
    };
    chainResult.replaceChildren(part(['Kiểm tra chuỗi băm', 'Chain verification'], verification), part(['Mã băm đầu chuỗi', 'Head hash'], head));
  };

  const history = queryForm('history', [['type', ['Loại đối tượng', 'Aggregate type']], ['id', ['Mã đối tượng', 'Aggregate id']]], async (values) => {
    const answer = await get('command', `/api/history/${enc(values.type)}/${enc(values.id)}`);
    if (!answer.ok) return answer;
    return { ok: true, node: objectTable(items(answer.data.events || answer.data)) };
  });

  const asOf = queryForm('as-of', [['campaignId', L.campaignId], ['phaseId', L.phaseId], ['at', ['Thời điểm', 'At'], 'datetime-local']], async (values) => {
    const at = values.at ? new Date(values.at).toISOString() : '';
    const answer = await get('query', `/api/campaigns/${enc(values.campaignId)}/leaderboard/as-of?${query({ at, phaseId: values.phaseId })}`);
    if (!answer.ok) return answer;
    return { ok: true, node: table(answer.data.rows || [], [['rank', 'rank'], ['unitName', 'unit'], ['accepted', 'accepted'], ['resolved', 'resolved'], ['resolutionRatePercent', 'resolutionRate']]) };
  });

  const models = h('div', { 'data-testid': 'read-models' });
  const loadModels = async () => {
    const answer = await get('query', '/api/read-models');
    models.replaceChildren(answer.ok ? objectTable(items(answer.data.models || answer.data)) : h('p', { class: 'problem' }, display(answer.data?.detail || answer.status)));
  };
  loadModels();

  container.append(
    card(['Nhật ký quyết định', 'Decision trail'], trail),
    h('div', { class: 'grid' },
      card(['Chuỗi băm sự kiện', 'Event hash chain'], h('button', { type: 'button', class: 'primary', onclick: verify, 'data-testid': 'verify-chain' }, t(['Kiểm tra chuỗi', 'Verify the chain'])), chainResult),
      card(['Lịch sử một đối tượng', 'Aggregate history'], history)),
    card(['Bảng xếp hạng tại một thời điểm', 'Leaderboard as of an instant'], asOf),
    card(['Tiến độ dựng lại dữ liệu đọc', 'Read model rebuilds'], h('button', { type: 'button', class: 'link', onclick: loadModels }, t('refresh')), models));
}
