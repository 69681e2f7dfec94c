// Dashboard: the live leaderboard (SSE read with fetch, so the bearer token goes along; polling every
// 2 s when the stream is unavailable), a unit's per-criterion breakdown, and the trend across phases.
import { t } from '../i18n.js';
import { get, items, url, headers } from '../api.js';
import { h, card, table, display, enc } from '../dom.js';

const LABELS = {
  rank: 'rank', unitId: ['Mã đơn vị', 'Unit id'], unitName: 'unit', accepted: 'accepted', resolved: 'resolved',
  resolutionRatePercent: 'resolutionRate', score: ['Điểm', 'Score'], criteria: ['Tiêu chí', 'Criteria'],
};

export default async function dashboard(container) {
  const campaigns = items((await get('query', '/api/campaigns?size=200')).data);
  if (campaigns.length === 0) {
    container.append(card('dashboard', h('p', { text: t('noCampaign') })));
    return;
  }
  const campaignSelect = h('select', { id: 'dash-campaign', name: 'campaignId' },
    campaigns.map((c) => h('option', { value: c.campaignId }, `${c.campaignId} — ${c.title}`)));
  const phaseSelect = h('select', { id: 'dash-phase', name: 'phaseId' });
  const status = h('span', { class: 'badge', 'data-testid': 'live-status' });
  const updated = h('span', { class: 'muted', 'data-testid': 'updated' });
  const board = h('div', { 'data-testid': 'leaderboard' });
  const breakdown = h('div', { 'data-testid': 'breakdown' }, h('p', { class: 'muted', text: t('clickRow') }));
  const canvas = h('canvas', { id: 'trend', role: 'img', 'aria-label': t('trend') });
  container.append(
    card('dashboard',
      h('div', { class: 'fields', style: 'display:flex;gap:1rem;flex-wrap:wrap;align-items:end' },
        h('label', { for: 'dash-campaign' }, t('campaign'), campaignSelect),
        h('label', { for: 'dash-phase' }, t('phase'), phaseSelect),
        h('span', {}, status, ' ', updated)),
      board),
    h('div', { class: 'grid' },
      card('breakdown', breakdown),
      card('trend', h('div', { class: 'chart-box' }, canvas))));

  let stop = () => {};
  let chart = null;
  let selectedUnit = null;
  let view = null;

  async function loadPhases() {
    const campaign = (await get('query', `/api/campaigns/${enc(campaignSelect.value)}`)).data || {};
    phaseSelect.replaceChildren(h('option', { value: '' }, t('wholeCampaign')),
      ...(campaign.phases || []).map((p) => h('option', { value: p.phaseId }, `${p.name || p.phaseId} (${p.startsOn} – ${p.endsOn})`)));
    return campaign;
  }

  function render(next) {
    view = next;
    const rows = next.rows || [];
    board.replaceChildren(table(rows, [
      ['rank', 'rank'], ['unitName', 'unit'], ['accepted', 'accepted'], ['resolved', 'resolved'],
      ['resolutionRatePercent', 'resolutionRate'],
    ], { onRow: (row) => { selectedUnit = row.unitId; showBreakdown(); }, testid: 'leaderboard-table' }));
    board.querySelectorAll('tr[data-unit]').forEach((tr) => tr.classList.toggle('selected', tr.dataset.unit === selectedUnit));
    updated.textContent = `${t('updatedAt')} ${new Date().toLocaleTimeString(t(['vi-VN', 'en-GB']))}`;
    if (selectedUnit) showBreakdown();
  }

  async function showBreakdown() {
    const row = (view?.rows || []).find((r) => r.unitId === selectedUnit);
    if (!row) return;
    board.querySelectorAll('tr[data-unit]').forEach((tr) => tr.classList.toggle('selected', tr.dataset.unit === selectedUnit));
    const pairs = Object.entries(row).filter(([, v]) => !Array.isArray(v) && (v === null || typeof v !== 'object'));
    const parts = [h('h3', { text: `${row.unitName || row.unitId}` }),
      table(pairs.map(([key, value]) => ({ key: t(LABELS[key] || [key, key]), value })), [['key', ['Chỉ số', 'Figure']], ['value', ['Giá trị', 'Value']]])];
    for (const [key, value] of Object.entries(row)) {
      if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
        parts.push(h('h3', { text: t(LABELS[key] || [key, key]) }), criteriaTable(value));
      }
    }
    if (phaseSelect.value) {
      const frozen = await get('query', `/api/campaigns/${enc(campaignSelect.value)}/standings/${enc(phaseSelect.value)}`);
      const standing = frozen.ok && items(frozen.data.rows || frozen.data.standings || []).find((r) => r.unitId === selectedUnit);
      if (standing) {
        const criteria = standing.criteria || standing.criterionScores || [];
        parts.push(h('h3', { text: t(['Kết quả chốt của đợt', 'Frozen phase standings']) }),
          h('p', {}, `${t(['Điểm', 'Score'])}: ${display(standing.score)}`), criteriaTable(criteria));
      }
    }
    breakdown.replaceChildren(...parts);
  }

  async function drawTrend(campaign) {
    const phases = campaign.phases || [];
    const series = new Map();
    for (const [index, phase] of phases.entries()) {
      const answer = await get('query', `/api/campaigns/${enc(campaign.campaignId)}/leaderboard?phaseId=${enc(phase.phaseId)}`);
      for (const row of answer.ok ? answer.data.rows || [] : []) {
        if (!series.has(row.unitId)) series.set(row.unitId, { label: row.unitName || row.unitId, data: phases.map(() => null) });
        series.get(row.unitId).data[index] = row.resolutionRatePercent === null ? null : Number(row.resolutionRatePercent);
      }
    }
    if (typeof Chart === 'undefined') return;
    if (chart) chart.destroy();
    chart = new Chart(canvas, {
      type: 'line',
      data: { labels: phases.map((p) => p.name || p.phaseId), datasets: [...series.values()] },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        scales: { y: { suggestedMin: 0, suggestedMax: 100, title: { display: true, text: t('resolutionRate') } } } },
    });
  }

  async function watch() {
    stop();
    const campaign = await loadPhasesIfNeeded();
    const path = `/api/campaigns/${enc(campaignSelect.value)}/leaderboard`;
    const query = phaseSelect.value ? `?phaseId=${enc(phaseSelect.value)}` : '';
    let trendTimer = null;
    const redrawTrendSoon = () => { clearTimeout(trendTimer); trendTimer = setTimeout(() => drawTrend(campaign), 1500); };
    const live = stream(`${path}/stream${query}`, (next) => { render(next); redrawTrendSoon(); }, () => {
      status.className = 'badge poll';
      status.textContent = t('polling');
      const poll = async () => {
        const answer = await get('query', path + query);
        if (answer.ok) render(answer.data);
      };
      poll();
      const timer = setInterval(poll, 2000);
      stop = () => clearInterval(timer);
    });
    status.className = 'badge live';
    status.textContent = t('live');
    stop = () => { live.abort(); clearTimeout(trendTimer); };
    drawTrend(campaign);
  }

  let loadedCampaign = null;
  async function loadPhasesIfNeeded() {
    if (!loadedCampaign || loadedCampaign.campaignId !== campaignSelect.value) loadedCampaign = await loadPhases();
    return loadedCampaign;
  }

  campaignSelect.addEventListener('change', () => { selectedUnit = null; watch(); });
  phaseSelect.addEventListener('change', () => watch());
  await watch();
  return () => { stop(); if (chart) chart.destroy(); };
}

function criteriaTable(rows) {
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return table(rows, keys.map((key) => [key, [key, key]]));
}

/**
 * Reads a Server-Sent Events stream with fetch (EventSource cannot send the Authorization header).
 * Calls onView for every 'leaderboard' event and onUnavailable once if the stream cannot be read.
 */
function stream(path, onView, onUnavailable) {
  const controller = new AbortController();
  (async () => {
    let response;
    try {
      response = await fetch(url('query', path), { headers: headers({ Accept: 'text/event-stream' }), signal: controller.signal });
    } catch (error) {
      if (!controller.signal.aborted) onUnavailable();
      return;
    }
    if (!response.ok || !response.body) { onUnavailable(); return; }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value.replace(/\r\n/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim() || 'message';
          const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).replace(/^ /, '')).join('\n');
          if (data && (event === 'leaderboard' || event === 'message')) onView(JSON.parse(data));
        }
      }
    } catch (error) {
      if (controller.signal.aborted) return;
    }
    // the server ends a stream after a while: reconnect, and the current view comes first again
    if (!controller.signal.aborted) setTimeout(() => { if (!controller.signal.aborted) restart(); }, 1000);
  })();
  let inner = null;
  function restart() { inner = stream(path, onView, onUnavailable); }
  return { abort: () => { controller.abort(); if (inner) inner.abort(); } };
}
