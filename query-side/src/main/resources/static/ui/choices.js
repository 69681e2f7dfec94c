// Values the API accepts, with their Vietnamese (and English) names.
export const METRICS = [
  ['RESOLUTION_RATE', 'Tỷ lệ giải quyết'], ['CLEARANCE_RATE', 'Tỷ lệ giải quyết án mới'],
  ['ANNULLED_AMENDED_RATE', 'Tỷ lệ án bị hủy, sửa'], ['MEDIATION_SUCCESS_RATE', 'Tỷ lệ hòa giải thành'],
  ['COURT_MEDIATION_SUCCESS_RATE', 'Tỷ lệ hòa giải, đối thoại tại Tòa thành'],
  ['JUDGMENT_PUBLICATION_RATE', 'Tỷ lệ công bố bản án'], ['MODEL_TRIALS_PER_JUDGE', 'Phiên tòa rút kinh nghiệm / thẩm phán'],
  ['ONLINE_TRIALS', 'Phiên tòa trực tuyến'], ['VIRTUAL_ASSISTANT_USE_RATE', 'Tỷ lệ dùng trợ lý ảo'],
  ['OVERDUE_CASES', 'Án quá hạn'], ['DISPOSITION_TIME_DAYS', 'Thời gian giải quyết (ngày)'],
].map(([value, label]) => [value, `${label} (${value})`]);

export const DIRECTIONS = [['HIGHER_IS_BETTER', 'Càng cao càng tốt'], ['LOWER_IS_BETTER', 'Càng thấp càng tốt']];

export const CASE_TYPES = [
  ['CRIMINAL', 'Hình sự'], ['CIVIL', 'Dân sự'], ['MARRIAGE_AND_FAMILY', 'Hôn nhân và gia đình'],
  ['BUSINESS_AND_TRADE', 'Kinh doanh, thương mại'], ['LABOUR', 'Lao động'], ['ADMINISTRATIVE', 'Hành chính'],
  ['BANKRUPTCY', 'Phá sản'], ['ADMINISTRATIVE_MEASURE', 'Biện pháp xử lý hành chính'],
];

export const OUTCOMES = [
  ['TRIED', 'Xét xử'], ['MEDIATION_SUCCESS', 'Hòa giải thành'], ['DIALOGUE_SUCCESS', 'Đối thoại thành'],
  ['WITHDRAWN_OR_SUSPENDED', 'Rút đơn, đình chỉ'], ['TRANSFERRED', 'Chuyển vụ án'],
];

export const APPEAL_RESULTS = [['UPHELD', 'Giữ nguyên'], ['AMENDED', 'Sửa'], ['ANNULLED', 'Hủy']];
export const APPEAL_SCOPES = [['WHOLE', 'Toàn bộ'], ['PARTIAL', 'Một phần']];
export const APPEAL_CAUSES = [['SUBJECTIVE', 'Nguyên nhân chủ quan'], ['OBJECTIVE', 'Nguyên nhân khách quan']];
export const MEDIATION_OUTCOMES = [['SUCCESS', 'Thành'], ['FAILURE', 'Không thành']];
export const REVOCATION_GROUNDS = [
  ['FRAUD', 'Gian dối'], ['FORGED_DOCUMENTS', 'Giấy tờ giả mạo'], ['APPROVED_AGAINST_RULES', 'Xét duyệt sai quy định'],
  ['VIOLATION_FOUND_LATER', 'Phát hiện vi phạm sau'],
];
export const VOTER_KINDS = [['COUNCIL_MEMBERS', 'Thành viên Hội đồng'], ['CLUSTER_UNITS', 'Các đơn vị trong cụm']];

export const TITLES = [
  ['ADVANCED_COLLECTIVE', 'Tập thể lao động tiên tiến'], ['EXCELLENT_COLLECTIVE', 'Tập thể lao động xuất sắc'],
  ['COURT_EMULATION_FLAG', 'Cờ thi đua của TANDTC'], ['GOVERNMENT_EMULATION_FLAG', 'Cờ thi đua của Chính phủ'],
  ['CERTIFICATE_OF_MERIT', 'Bằng khen'], ['LETTER_OF_COMMENDATION', 'Giấy khen'],
  ['ADVANCED_WORKER', 'Lao động tiên tiến'], ['GRASSROOTS_EMULATION_FIGHTER', 'Chiến sĩ thi đua cơ sở'],
  ['COURT_EMULATION_FIGHTER', 'Chiến sĩ thi đua ngành Tòa án'], ['NATIONAL_EMULATION_FIGHTER', 'Chiến sĩ thi đua toàn quốc'],
];

export const VOTES = [['FOR', 'Đồng ý'], ['AGAINST', 'Không đồng ý'], ['ABSTAIN', 'Không biểu quyết']];

export function withBlank(options) {
  return [['', '—'], ...options];
}
