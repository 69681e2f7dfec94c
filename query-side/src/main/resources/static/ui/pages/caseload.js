// Caseload: the clerk's facts one by one, or a whole export as CSV with a report row by row.
import { t } from '../i18n.js';
import { form, h, enc, table, card } from '../dom.js';
import { CASE_TYPES, OUTCOMES, APPEAL_RESULTS, APPEAL_SCOPES, APPEAL_CAUSES, MEDIATION_OUTCOMES, withBlank } from '../choices.js';
import { call } from '../api.js';
import { today, L } from './shared.js';

const withoutCase = ({ caseId, ...rest }) => rest;
const withoutMediation = ({ mediationId, ...rest }) => rest;

export default function caseload(container) {
  container.append(h('div', { class: 'grid' },
    form({
      id: 'accept-case', title: ['Thụ lý vụ án', 'Accept a case'], path: '/api/cases',
      fields: [
        { name: 'caseId', label: L.caseId, required: true }, { name: 'unitId', label: L.unitId, required: true },
        { name: 'caseType', label: L.caseType, type: 'select', options: CASE_TYPES, value: 'CIVIL' },
        { name: 'acceptedOn', label: L.acceptedOn, type: 'date', value: today() },
        { name: 'carriedOver', label: L.carriedOver, type: 'checkbox' },
      ],
    }),
    form({
      id: 'record-verdict', title: ['Ghi nhận kết quả giải quyết', 'Record a verdict'],
      path: (v) => `/api/cases/${enc(v.caseId || '')}/verdict`, body: withoutCase,
      fields: [
        { name: 'caseId', label: L.caseId, required: true },
        { name: 'resolvedOn', label: L.resolvedOn, type: 'date', value: today() },
        { name: 'outcome', label: L.outcome, type: 'select', options: OUTCOMES, value: 'TRIED' },
        { name: 'presidingJudgeId', label: L.presidingJudgeId },
        { name: 'onlineTrial', label: L.onlineTrial, type: 'checkbox' },
        { name: 'modelTrial', label: L.modelTrial, type: 'checkbox' },
      ],
    }),
    form({
      id: 'appeal-outcome', title: ['Kết quả phúc thẩm', 'Appeal outcome'],
      path: (v) => `/api/cases/${enc(v.caseId || '')}/appeal-outcome`, body: withoutCase,
      fields: [
        { name: 'caseId', label: L.caseId, required: true },
        { name: 'decidedOn', label: L.decidedOn, type: 'date', value: today() },
        { name: 'result', label: L.result, type: 'select', options: APPEAL_RESULTS },
        { name: 'scope', label: L.scope, type: 'select', options: withBlank(APPEAL_SCOPES) },
        { name: 'cause', label: L.cause, type: 'select', options: withBlank(APPEAL_CAUSES) },
        { name: 'reason', label: L.reason },
      ],
    }),
    form({
      id: 'judgment-effective', title: ['Bản án có hiệu lực', 'Judgment took effect'],
      path: (v) => `/api/cases/${enc(v.caseId || '')}/judgment-effective`, body: withoutCase,
      fields: [{ name: 'caseId', label: L.caseId, required: true }, { name: 'effectiveOn', label: L.effectiveOn, type: 'date', value: today() }],
    }),
    form({
      id: 'publication', title: ['Công bố bản án', 'Publish the judgment'],
      path: (v) => `/api/cases/${enc(v.caseId || '')}/publication`, body: withoutCase,
      fields: [
        { name: 'caseId', label: L.caseId, required: true },
        { name: 'publishedOn', label: L.publishedOn, type: 'date', value: today() },
        { name: 'portalUrl', label: L.portalUrl, type: 'url' },
      ],
    }),
    form({
      id: 'court-mediation', title: ['Chuyển hòa giải, đối thoại tại Tòa', 'Transfer to mediation at court'],
      path: '/api/court-mediations',
      fields: [
        { name: 'mediationId', label: L.mediationId, required: true }, { name: 'unitId', label: L.unitId, required: true },
        { name: 'receivedOn', label: L.receivedOn, type: 'date', value: today() },
        { name: 'disputeType', label: L.disputeType, type: 'select', options: CASE_TYPES, value: 'CIVIL' },
      ],
    }),
    form({
      id: 'mediation-outcome', title: ['Kết quả hòa giải tại Tòa', 'Mediation outcome'],
      path: (v) => `/api/court-mediations/${enc(v.mediationId || '')}/outcome`, body: withoutMediation,
      fields: [
        { name: 'mediationId', label: L.mediationId, required: true },
        { name: 'concludedOn', label: L.concludedOn, type: 'date', value: today() },
        { name: 'outcome', label: L.outcome, type: 'select', options: MEDIATION_OUTCOMES },
      ],
    })), importCard());
}

function importCard() {
  const file = h('input', { id: 'import-file', name: 'file', type: 'file', accept: '.csv,text/csv' });
  const text = h('textarea', { id: 'import-text', name: 'csv', rows: 6,
    placeholder: 'kind,caseId,unitId,caseType,acceptedOn,resolvedOn,outcome' });
  const report = h('div', { 'data-testid': 'import-report', role: 'status', 'aria-live': 'polite' });
  const element = h('form', { 'data-testid': 'import' },
    h('label', { for: 'import-file' }, t(['Tệp CSV (dòng đầu là tiêu đề cột)', 'CSV file (first line = headers)']), file),
    h('label', { for: 'import-text' }, t(['hoặc dán nội dung CSV', 'or paste the CSV']), text),
    h('button', { type: 'submit' }, t(['Nhập dữ liệu', 'Import'])), report);
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = file.files[0] ? await file.files[0].text() : text.value;
    const answer = await call('command', 'POST', '/api/imports/caseload', body, 'text/csv; charset=utf-8');
    if (!answer.ok) {
      const data = answer.data || {};
      report.replaceChildren(h('p', { class: 'problem', role: 'alert' },
        [data.detail || data.title, ...(data.errors || []).map((e) => `${e.field ?? ''} ${e.message}`)].filter(Boolean).join(' — ')));
      return;
    }
    const r = answer.data;
    report.replaceChildren(
      h('p', {}, `${t(['Số dòng', 'Rows'])}: ${r.rows} · ${t(['ghi nhận', 'recorded'])}: ${r.accepted} · ${t(['không đổi', 'unchanged'])}: ${r.unchanged} · ${t(['bị từ chối', 'rejected'])}: ${r.rejected}`),
      table(r.rejections || [], [['line', ['Dòng', 'Line']], ['kind', ['Loại', 'Kind']], ['caseId', L.caseId],
        ['field', ['Cột', 'Column']], ['rule', ['Quy tắc', 'Rule']], ['message', ['Lý do', 'Reason']]]));
  });
  return card('importReport', element);
}
