// Recognition: nominate (the eligibility result at once), ballots (vote once, tally after closing),
// decide and revoke.
import { t } from '../i18n.js';
import { form, h, enc, table, display } from '../dom.js';
import { TITLES, VOTES, VOTER_KINDS, REVOCATION_GROUNDS } from '../choices.js';
import { session } from '../api.js';
import { listCard, today, L } from './shared.js';

export default function recognition(container) {
  const nominations = listCard(['Đề nghị khen thưởng', 'Nominations'], '/api/recognition/nominations', [
    ['nominationId', L.nominationId], ['title', L.awardTitle], ['emulationYear', L.emulationYear],
    [(n) => n.nominee?.unitId || n.nomineeUnitId || display(n.nominee), L.unitId], ['status', L.status], ['eligible', L.eligible],
  ], { testid: 'nomination-list' });
  const ballots = listCard(['Phiếu bầu', 'Ballots'], '/api/recognition/ballots', [
    ['ballotId', L.ballotId], ['status', L.status], ['votesCast', L.votesCast], ['passed', L.passed],
    [(b) => (b.results || []).map((r) => `${r.nominationId}: ${r.votesFor ?? ''}`).join('; '), ['Kết quả kiểm phiếu', 'Tally']],
  ], { testid: 'ballot-list' });
  const awards = listCard(['Quyết định khen thưởng', 'Awards'], '/api/recognition/awards', [
    ['decisionNumber', L.decisionNumber], ['title', L.awardTitle], ['decidedOn', L.decidedOn], ['signer', L.signer],
    [(a) => (a.revocation ? `${a.revocation.ground} (${a.revocation.revokedOn || ''})` : ''), L.revoked],
  ], { testid: 'award-list' });
  const refreshAll = () => { nominations.refresh(); ballots.refresh(); awards.refresh(); };

  container.append(h('div', { class: 'grid' },
    form({
      id: 'nominate', title: ['Đề nghị khen thưởng', 'Nominate'], path: '/api/nominations',
      fields: [
        { name: 'nominationId', label: L.nominationId, required: true },
        { name: 'title', label: L.awardTitle, type: 'select', options: TITLES },
        { name: 'emulationYear', label: L.emulationYear, type: 'number', value: new Date().getFullYear() },
        { name: 'nominee.unitId', label: [`Đơn vị được đề nghị`, 'Nominee unit'], value: session()?.unit },
        { name: 'nominee.name', label: ['Tên đơn vị / cá nhân', 'Nominee name'] },
        { name: 'basis.campaignId', label: L.campaignId },
        { name: 'basis.phaseId', label: L.phaseId },
        { name: 'facts', label: ['Số liệu kèm theo (JSON)', 'Facts (JSON)'], type: 'json', value: '{"members": 40, "advancedWorkers": 30, "unitStaff": 40}' },
      ],
      done: (data, output) => {
        output.append(h('p', { class: data.eligible ? 'ok' : 'problem', 'data-testid': 'eligibility' },
          t(data.eligible ? 'eligible' : 'notEligible')),
        table(data.gates || [], Object.keys((data.gates || [])[0] || {}).map((key) => [key, [key, key]])));
        refreshAll();
      },
    }),
    form({
      id: 'open-ballot', title: ['Mở phiếu bầu', 'Open a ballot'], path: '/api/ballots',
      fields: [
        { name: 'ballotId', label: L.ballotId, required: true },
        { name: 'nominationIds', label: L.nominationIds, type: 'list' },
        { name: 'voterKind', label: L.voterKind, type: 'select', options: VOTER_KINDS },
        { name: 'voters', label: L.voters, type: 'list' },
        { name: 'closesOn', label: L.closesOn, type: 'date' },
      ],
      done: refreshAll,
    }),
    form({
      id: 'vote', title: ['Bỏ phiếu (một lần)', 'Vote (once)'],
      path: (v) => `/api/ballots/${enc(v.ballotId || '')}/votes`,
      body: (v) => ({ choices: v.nominationId ? { [v.nominationId]: v.choice } : {} }),
      fields: [
        { name: 'ballotId', label: L.ballotId, required: true },
        { name: 'nominationId', label: L.nominationId, required: true },
        { name: 'choice', label: L.choice, type: 'select', options: VOTES },
      ],
      done: refreshAll,
    }),
    form({
      id: 'close-ballot', title: ['Kết thúc bỏ phiếu và kiểm phiếu', 'Close and tally'],
      path: (v) => `/api/ballots/${enc(v.ballotId || '')}/close`, body: () => ({}),
      fields: [{ name: 'ballotId', label: L.ballotId, required: true }],
      done: (data, output) => {
        output.append(h('p', {}, `${L.passed[0]}: ${display(data.passed)} · ${L.votesCast[0]}: ${data.votesCast}/${data.voters}`),
          table(data.results || [], Object.keys((data.results || [])[0] || {}).map((key) => [key, [key, key]])));
        refreshAll();
      },
    }),
    form({
      id: 'decide', title: ['Quyết định khen thưởng', 'Decide the award'],
      path: (v) => `/api/nominations/${enc(v.nominationId || '')}/decision`,
      body: ({ nominationId, ...rest }) => rest,
      fields: [
        { name: 'nominationId', label: L.nominationId, required: true },
        { name: 'decisionNumber', label: L.decisionNumber, required: true },
        { name: 'decidedOn', label: L.decidedOn, type: 'date', value: today() },
        { name: 'signer', label: L.signer },
      ],
      done: refreshAll,
    }),
    form({
      id: 'revoke', title: ['Thu hồi khen thưởng', 'Revoke an award'],
      path: (v) => `/api/awards/${enc(v.decisionNumber || '')}/revocation`,
      body: ({ decisionNumber, ...rest }) => rest,
      fields: [
        { name: 'decisionNumber', label: L.decisionNumber, required: true },
        { name: 'ground', label: L.ground, type: 'select', options: REVOCATION_GROUNDS },
        { name: 'reason', label: L.reason },
        { name: 'revokedOn', label: L.revokedOn, type: 'date', value: today() },
      ],
      done: refreshAll,
    })), nominations, ballots, awards);
}
