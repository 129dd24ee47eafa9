// The staff pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  users: ['员工账号', 'Staff accounts'],
  groupStaff: ['员工', 'Staff'],
  shifts: ['排班', 'Shifts'],
  attendance: ['考勤', 'Attendance'],
  commissions: ['销售提成', 'Sales commissions'],
}
