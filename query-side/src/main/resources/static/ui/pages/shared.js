// A list read from the query side, with a refresh button; pages put one beside their forms.
import { t } from '../i18n.js';
import { get, items } from '../api.js';
import { h, card, table } from '../dom.js';

export function listCard(title, path, columns, { testid, expand } = {}) {
  const body = h('div', { 'data-testid': testid });
  const refresh = async () => {
    const answer = await get('query', typeof path === 'function' ? path() : path);
    const rows = answer.ok ? items(answer.data) : [];
    body.replaceChildren(table(rows, columns));
    if (expand) rows.forEach((row) => body.append(expand(row)));
  };
  refresh();
  const section = card(title, h('button', { type: 'button', class: 'link', onclick: refresh }, t('refresh')), body);
  section.refresh = refresh;
  return section;
}

export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

export const L = {
  campaignId: ['Mã phong trào', 'Campaign id'], title: ['Tên', 'Title'], theme: ['Chủ đề', 'Theme'],
  organiserUnitId: ['Đơn vị tổ chức', 'Organising unit'], startsOn: ['Từ ngày', 'Starts on'], endsOn: ['Đến ngày', 'Ends on'],
  participantUnitIds: ['Đơn vị tham gia (cách nhau bởi dấu phẩy)', 'Participating units (comma separated)'],
  participantClusterIds: ['Cụm tham gia', 'Participating clusters'],
  reason: ['Lý do', 'Reason'], phaseId: ['Mã đợt', 'Phase id'], name: ['Tên', 'Name'],
  metric: ['Tiêu chí', 'Metric'], direction: ['Chiều', 'Direction'], target: ['Chỉ tiêu', 'Target'],
  basePoints: ['Điểm chuẩn', 'Base points'], cap: ['Mức trần', 'Cap'], unitId: ['Mã đơn vị', 'Unit id'],
  caseId: ['Mã vụ án', 'Case id'], caseType: ['Loại án', 'Case type'], acceptedOn: ['Ngày thụ lý', 'Accepted on'],
  carriedOver: ['Cũ chuyển sang', 'Carried over'], resolvedOn: ['Ngày giải quyết', 'Resolved on'],
  outcome: ['Kết quả', 'Outcome'], onlineTrial: ['Xét xử trực tuyến', 'Online trial'],
  modelTrial: ['Phiên tòa rút kinh nghiệm', 'Model trial'], presidingJudgeId: ['Thẩm phán chủ tọa', 'Presiding judge'],
  decidedOn: ['Ngày quyết định', 'Decided on'], result: ['Kết quả phúc thẩm', 'Appeal result'],
  scope: ['Phạm vi', 'Scope'], cause: ['Nguyên nhân', 'Cause'], effectiveOn: ['Ngày có hiệu lực', 'Effective on'],
  publishedOn: ['Ngày công bố', 'Published on'], portalUrl: ['Địa chỉ trên Cổng', 'Portal address'],
  mediationId: ['Mã vụ việc hòa giải', 'Mediation id'], receivedOn: ['Ngày nhận', 'Received on'],
  disputeType: ['Loại tranh chấp', 'Dispute type'], concludedOn: ['Ngày kết thúc', 'Concluded on'],
  covenantId: ['Mã giao ước', 'Covenant id'], clusterId: ['Mã cụm', 'Cluster id'], year: ['Năm', 'Year'],
  signerName: ['Người ký', 'Signer'], signerRole: ['Chức vụ', 'Position'], signedOn: ['Ngày ký', 'Signed on'],
  registeredTitles: ['Danh hiệu đăng ký', 'Titles registered'], note: ['Ghi chú', 'Note'],
  nominationId: ['Mã đề nghị', 'Nomination id'], emulationYear: ['Năm thi đua', 'Emulation year'],
  ballotId: ['Mã phiếu bầu', 'Ballot id'], voterKind: ['Người bỏ phiếu', 'Voters'], voters: ['Danh sách người bỏ phiếu', 'Voter list'],
  closesOn: ['Ngày kết thúc bỏ phiếu', 'Closes on'], nominationIds: ['Các đề nghị', 'Nominations'],
  choice: ['Lựa chọn', 'Choice'], decisionNumber: ['Số quyết định', 'Decision number'], signer: ['Người ký', 'Signer'],
  ground: ['Căn cứ thu hồi', 'Ground'], revokedOn: ['Ngày thu hồi', 'Revoked on'],
  awardTitle: ['Danh hiệu', 'Award title'], status: ['Trạng thái', 'Status'], eligible: ['Đủ điều kiện', 'Eligible'], concluded: ['Đã ký kết', 'Concluded'],
  commitments: ['Cam kết (JSON)', 'Commitments (JSON)'], pledges: ['Đã ký', 'Signed'], unsignedUnitIds: ['Chưa ký', 'Not signed'],
  votesCast: ['Số phiếu', 'Votes cast'], passed: ['Thông qua', 'Passed'], revoked: ['Đã thu hồi', 'Revoked'],
};
