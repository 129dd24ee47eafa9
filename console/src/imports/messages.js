// The imports pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  imports: ['数据导入', 'Data import'],
  groupSystem: ['系统', 'System'],
  newImport: ['新建导入', 'New import'],
  importRun: ['导入详情', 'Import details'],
  checkProgress: ['预检进度', 'Dry run progress'],
  rowsOf: ['{done} / {total} 行', '{done} / {total} rows'],
  checkingRows: ['正在逐行检查文件并核对系统中的现有数据', 'Checking every row of the file against the data in the system'],
  writingReport: ['正在写入逐行预检报告，完成后显示', 'Writing the row-by-row report; it shows when done'],
  checkStopped: ['预检中止：{error}', 'Dry run stopped: {error}'],
  statusChecking: ['预检中', 'Checking'],
  statusCheckFailed: ['预检失败', 'Dry run failed'],
  checkPct: ['预检 {pct}%', 'Checking {pct}%'],
}
