// Campaigns: launch with phases and the scoring table, revise a phase's criteria, close.
import { form, h, enc } from '../dom.js';
import { METRICS, DIRECTIONS, withBlank } from '../choices.js';
import { listCard, L } from './shared.js';

const PHASE_ROWS = 3;
const CRITERION_ROWS = 3;

function criteriaFields(prefix = 'criteria') {
  const fields = [];
  for (let i = 0; i < CRITERION_ROWS; i++) {
    const n = ` ${i + 1}`;
    fields.push(
      { name: `${prefix}[${i}].metric`, label: [L.metric[0] + n, L.metric[1] + n], type: 'select', options: withBlank(METRICS), value: i === 0 ? 'RESOLUTION_RATE' : '' },
      { name: `${prefix}[${i}].direction`, label: [L.direction[0] + n, L.direction[1] + n], type: 'select', options: withBlank(DIRECTIONS), value: i === 0 ? 'HIGHER_IS_BETTER' : '' },
      { name: `${prefix}[${i}].target`, label: [L.target[0] + n, L.target[1] + n], type: 'number' },
      { name: `${prefix}[${i}].basePoints`, label: [L.basePoints[0] + n, L.basePoints[1] + n], type: 'number' },
      { name: `${prefix}[${i}].cap`, label: [L.cap[0] + n, L.cap[1] + n], type: 'number' });
  }
  return fields;
}

function phaseFields() {
  const fields = [];
  for (let i = 0; i < PHASE_ROWS; i++) {
    const n = ` ${i + 1}`;
    fields.push(
      { name: `phases[${i}].phaseId`, label: [L.phaseId[0] + n, L.phaseId[1] + n] },
      { name: `phases[${i}].name`, label: [`Tên đợt${n}`, `Phase name${n}`] },
      { name: `phases[${i}].startsOn`, label: [L.startsOn[0] + ` (đợt${n})`, L.startsOn[1] + ` (phase${n})`], type: 'date' },
      { name: `phases[${i}].endsOn`, label: [L.endsOn[0] + ` (đợt${n})`, L.endsOn[1] + ` (phase${n})`], type: 'date' });
  }
  return fields;
}

export default function campaigns(container) {
  const list = listCard('campaigns', '/api/campaigns?size=100', [
    ['campaignId', L.campaignId], ['title', L.title], ['organiserUnitId', L.organiserUnitId],
    ['startsOn', L.startsOn], ['endsOn', L.endsOn], ['phaseCount', ['Số đợt', 'Phases']],
  ], { testid: 'campaign-list' });
  container.append(
    form({
      id: 'launch-campaign', title: ['Phát động phong trào', 'Launch a campaign'], path: '/api/campaigns',
      fields: [
        { name: 'campaignId', label: L.campaignId, required: true },
        { name: 'organiserUnitId', label: L.organiserUnitId, required: true },
        { name: 'title', label: L.title, required: true },
        { name: 'theme', label: L.theme },
        { name: 'startsOn', label: L.startsOn, type: 'date', required: true },
        { name: 'endsOn', label: L.endsOn, type: 'date', required: true },
        { name: 'participantUnitIds', label: L.participantUnitIds, type: 'list' },
        { name: 'participantClusterIds', label: L.participantClusterIds, type: 'list' },
        ...phaseFields(), ...criteriaFields(),
        { name: 'reason', label: L.reason, type: 'textarea' },
      ],
      done: () => list.refresh(),
    }),
    h('div', { class: 'grid' },
      form({
        id: 'revise-criteria', title: ['Điều chỉnh tiêu chí của một đợt', 'Revise a phase\'s criteria'],
        path: (v) => `/api/campaigns/${enc(v.campaignId || '')}/criteria-revisions`,
        body: ({ campaignId, ...rest }) => rest,
        fields: [
          { name: 'campaignId', label: L.campaignId, required: true },
          { name: 'phaseId', label: L.phaseId, required: true },
          ...criteriaFields(),
          { name: 'reason', label: L.reason, type: 'textarea' },
        ],
      }),
      form({
        id: 'close-campaign', title: ['Kết thúc phong trào', 'Close a campaign'],
        path: (v) => `/api/campaigns/${enc(v.campaignId || '')}/close`,
        body: ({ campaignId, ...rest }) => rest,
        fields: [
          { name: 'campaignId', label: L.campaignId, required: true },
          { name: 'reason', label: L.reason, type: 'textarea' },
        ],
        done: () => list.refresh(),
      })),
    list);
}
