// Analytics: every view with its filters, as a table and as CSV / XLSX files.
import { t } from '../i18n.js';
import { h, card, enc, display } from '../dom.js';
import { get, items, download } from '../api.js';
import { objectTable } from './audit.js';
import { L } from './shared.js';

const VIEWS = [
  { path: '/api/units', file: 'don-vi', label: ['Đơn vị', 'Units'], filters: [['unitId', L.unitId], ['level', ['Cấp tòa án', 'Level']], ['parentUnitId', ['Đơn vị cấp trên', 'Parent unit']], ['name', L.name]] },
  { path: '/api/campaigns', file: 'phong-trao-thi-dua', label: ['Phong trào thi đua', 'Campaigns'], filters: [['campaignId', L.campaignId], ['organiserUnitId', L.organiserUnitId], ['title', L.title]] },
  { path: '/api/audit', file: 'nhat-ky-kiem-tra', label: ['Nhật ký kiểm tra', 'Audit trail'], filters: [['campaignId', L.campaignId], ['unitId', L.unitId], ['actor', ['Người quyết định', 'Actor']], ['decisionType', ['Loại quyết định', 'Decision type']]] },
  { path: '/api/clusters', file: 'cum-thi-dua', label: ['Cụm thi đua', 'Clusters'], filters: [['year', L.year], ['unitId', L.unitId]] },
  { path: '/api/covenants', file: 'giao-uoc', label: ['Giao ước', 'Covenants'], filters: [['year', L.year], ['clusterId', L.clusterId], ['unitId', L.unitId]] },
  { path: '/api/recognition/nominations', file: 'de-nghi', label: ['Đề nghị khen thưởng', 'Nominations'], filters: [['unitId', L.unitId], ['title', L.awardTitle], ['year', L.year]] },
  { path: '/api/recognition/ballots', file: 'phieu-bau', label: ['Phiếu bầu', 'Ballots'], filters: [['status', L.status], ['nominationId', L.nominationId]] },
  { path: '/api/recognition/awards', file: 'khen-thuong', label: ['Quyết định khen thưởng', 'Awards'], filters: [['unitId', L.unitId], ['title', L.awardTitle], ['year', L.year], ['revoked', L.revoked]] },
  { path: '/api/judges', file: 'tham-phan', label: ['Thẩm phán', 'Judges'], filters: [['unitId', L.unitId]] },
];

export default function analytics(container) {
  const select = h('select', { id: 'view', name: 'view' }, VIEWS.map((view, index) => h('option', { value: index }, t(view.label))));
  const filters = h('div', { class: 'fields' });
  const result = h('div', { 'data-testid': 'analytics-result', role: 'status', 'aria-live': 'polite' });
  const sort = h('input', { id: 'sort', name: 'sort', placeholder: 'field,asc' });
  const view = () => VIEWS[Number(select.value)];
  const renderFilters = () => filters.replaceChildren(...view().filters.map(([name, label]) =>
    h('label', { for: `filter-${name}` }, t(label), h('input', { id: `filter-${name}`, name }))),
  h('label', { for: 'sort' }, t(['Sắp xếp', 'Sort']), sort));
  const queryString = (format) => {
    const parts = view().filters.map(([name]) => [name, filters.querySelector(`[name="${name}"]`).value.trim()]);
    parts.push(['sort', sort.value.trim()]);
    if (format) parts.push(['format', format]);
    return parts.filter(([, v]) => v).map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
  };
  const show = async () => {
    const answer = await get('query', `${view().path}?${queryString()}`);
    if (!answer.ok) {
      result.replaceChildren(h('p', { class: 'problem', role: 'alert' },
        [answer.data?.detail || answer.data?.title, ...(answer.data?.errors || []).map((e) => `${e.field}: ${e.message}`)].filter(Boolean).join(' — ')));
      return;
    }
    const rows = items(answer.data);
    const total = answer.data?.totalItems ?? answer.data?.total ?? rows.length;
    result.replaceChildren(h('p', { class: 'muted' }, `${t(['Số dòng', 'Rows'])}: ${display(total)}`), objectTable(rows));
  };
  const fileButton = (format, label) => h('button', { type: 'button', class: 'primary', 'data-format': format, onclick: async () => {
    const status = await download(`${view().path}?${queryString(format)}`, `${view().file}.${format}`);
    if (status >= 400) result.prepend(h('p', { class: 'problem', role: 'alert' }, `${t(label)}: ${status === 404 || status === 406 ? t('notAvailable') : status}`));
  } }, t(label));
  select.addEventListener('change', () => { renderFilters(); show(); });
  const element = h('form', { 'data-testid': 'analytics' },
    h('label', { for: 'view' }, t(['Bảng dữ liệu', 'View']), select), filters,
    h('div', { style: 'display:flex;gap:.5rem;flex-wrap:wrap' }, h('button', { type: 'submit' }, t('load')),
      fileButton('csv', 'downloadCsv'), fileButton('xlsx', 'downloadXlsx')));
  element.addEventListener('submit', (event) => { event.preventDefault(); show(); });
  renderFilters();
  container.append(card('analytics', element, result));
  show();
}
