// Vietnamese first; English when the user toggles it. The API is asked in the same language.
const WORDS = {
  skip: ['Bỏ qua điều hướng', 'Skip navigation'],
  dashboard: ['Bảng xếp hạng', 'Dashboard'],
  campaigns: ['Phong trào thi đua', 'Campaigns'],
  covenant: ['Giao ước thi đua', 'Covenant'],
  caseload: ['Thụ lý, giải quyết án', 'Caseload'],
  recognition: ['Khen thưởng', 'Recognition'],
  audit: ['Kiểm tra', 'Audit'],
  analytics: ['Phân tích', 'Analytics'],
  login: ['Đăng nhập', 'Sign in'],
  logout: ['Đăng xuất', 'Sign out'],
  username: ['Tên đăng nhập', 'User name'],
  password: ['Mật khẩu', 'Password'],
  commandUrl: ['Địa chỉ dịch vụ lệnh', 'Command service address'],
  loginFailed: ['Sai tên đăng nhập hoặc mật khẩu.', 'Wrong user name or password.'],
  providerLogin: ['Đăng nhập bằng tài khoản của Tòa án', 'Sign in with your court account'],
  providerLoginHint: ['Bạn sẽ được chuyển đến trang đăng nhập tập trung, rồi quay lại đây.',
    'You will go to the central sign-in page and come back here.'],
  providerLoginFailed: ['Đăng nhập không thành công. Vui lòng thử lại.', 'Signing in failed. Please try again.'],
  language: ['English', 'Tiếng Việt'],
  campaign: ['Phong trào', 'Campaign'],
  phase: ['Đợt thi đua', 'Phase'],
  wholeCampaign: ['Cả phong trào', 'Whole campaign'],
  rank: ['Hạng', 'Rank'],
  unit: ['Đơn vị', 'Unit'],
  accepted: ['Thụ lý', 'Accepted'],
  resolved: ['Giải quyết', 'Resolved'],
  resolutionRate: ['Tỷ lệ giải quyết (%)', 'Resolution rate (%)'],
  live: ['Trực tiếp', 'Live'],
  polling: ['Cập nhật mỗi 2 giây', 'Refreshed every 2 s'],
  updatedAt: ['Cập nhật lúc', 'Updated at'],
  breakdown: ['Chi tiết theo tiêu chí', 'Per-criterion breakdown'],
  clickRow: ['Chọn một đơn vị để xem chi tiết theo tiêu chí.', 'Choose a unit to see its per-criterion breakdown.'],
  trend: ['Xu hướng tỷ lệ giải quyết theo đợt', 'Resolution rate by phase'],
  noCampaign: ['Chưa có phong trào nào.', 'No campaign yet.'],
  submit: ['Gửi', 'Submit'],
  saved: ['Đã ghi nhận.', 'Recorded.'],
  notAvailable: ['Chức năng này chưa có trên máy chủ (404).', 'This function is not available on the server yet (404).'],
  load: ['Xem', 'Show'],
  refresh: ['Làm mới', 'Refresh'],
  downloadCsv: ['Tải CSV', 'Download CSV'],
  downloadXlsx: ['Tải XLSX', 'Download XLSX'],
  none: ['Không có dữ liệu.', 'Nothing to show.'],
  yes: ['Có', 'Yes'],
  no: ['Không', 'No'],
  eligible: ['Đủ điều kiện', 'Eligible'],
  notEligible: ['Chưa đủ điều kiện', 'Not eligible'],
  evidence: ['Căn cứ', 'Evidence'],
  importReport: ['Kết quả nhập từng dòng', 'Row-by-row report'],
};

export function language() {
  return localStorage.getItem('thidua.lang') === 'en' ? 'en' : 'vi';
}

export function toggleLanguage() {
  localStorage.setItem('thidua.lang', language() === 'vi' ? 'en' : 'vi');
  document.documentElement.lang = language();
}

/** A word by key, or a [vi, en] pair given inline. */
export function t(key) {
  const pair = Array.isArray(key) ? key : WORDS[key];
  if (!pair) return key;
  return language() === 'en' ? pair[1] : pair[0];
}
