// Covenant: the organiser drafts a cluster's covenant; each member's head signs its pledge; who signed.
import { form, h, enc, table } from '../dom.js';
import { TITLES } from '../choices.js';
import { listCard, today, L } from './shared.js';
import { t } from '../i18n.js';
import { session } from '../api.js';

export default function covenant(container) {
  const list = listCard('covenant', '/api/covenants', [
    ['covenantId', L.covenantId], ['clusterId', L.clusterId], ['year', L.year],
    [(c) => (c.pledges || []).map((p) => `${p.unitId} (${p.signedOn})`).join(', '), L.pledges],
    ['unsignedUnitIds', L.unsignedUnitIds], ['concluded', L.concluded],
  ], {
    testid: 'covenant-list',
    expand: (c) => h('details', {}, h('summary', {}, `${t(['Ai đã ký', 'Who signed'])}: ${c.covenantId}`),
      table(c.pledges || [], [['unitId', L.unitId], ['signerName', L.signerName], ['signerRole', L.signerRole],
        ['signedOn', L.signedOn], ['registeredTitles', L.registeredTitles]])),
  });
  const commitments = [];
  for (let i = 0; i < 3; i++) {
    const n = ` ${i + 1}`;
    commitments.push(
      { name: `commitments[${i}].metric`, label: [`Cam kết${n}: tiêu chí`, `Commitment${n}: metric`] },
      { name: `commitments[${i}].target`, label: [`Cam kết${n}: chỉ tiêu`, `Commitment${n}: target`], type: 'number' },
      { name: `commitments[${i}].note`, label: [`Cam kết${n}: ghi chú`, `Commitment${n}: note`] });
  }
  container.append(h('div', { class: 'grid' },
    form({
      id: 'draft-covenant', title: ['Soạn giao ước thi đua', 'Draft a covenant'], path: '/api/covenants',
      fields: [
        { name: 'covenantId', label: L.covenantId }, { name: 'clusterId', label: L.clusterId, required: true },
        { name: 'year', label: L.year, type: 'number', required: true }, ...commitments,
      ],
      done: () => list.refresh(),
    }),
    form({
      id: 'sign-pledge', title: ['Ký giao ước', 'Sign the pledge'],
      path: (v) => `/api/covenants/${enc(v.covenantId || '')}/pledges`,
      body: ({ covenantId, ...rest }) => rest,
      fields: [
        { name: 'covenantId', label: L.covenantId, required: true },
        { name: 'unitId', label: L.unitId, required: true, value: session()?.unit },
        { name: 'signerName', label: L.signerName, required: true },
        { name: 'signerRole', label: L.signerRole, value: 'Chánh án' },
        { name: 'signedOn', label: L.signedOn, type: 'date', value: today() },
        { name: 'registeredTitles', label: [`${L.registeredTitles[0]} (${TITLES.map((x) => x[0]).slice(0, 3).join(', ')}…)`, L.registeredTitles[1]], type: 'list', value: 'ADVANCED_COLLECTIVE' },
      ],
      done: () => list.refresh(),
    })), list);
}
