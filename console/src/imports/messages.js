// The imports pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  imports: ['数据导入', 'Data import'],
  groupSystem: ['系统', 'System'],
  newImport: ['新建导入', 'New import'],
  importRun: ['导入详情', 'Import details'],
}
