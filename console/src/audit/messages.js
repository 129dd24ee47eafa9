// The audit pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  auditLog: ['审计日志', 'Audit log'],
  groupSystem: ['系统', 'System'],
}
