// The layout pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  console: ['Cradle 总部控制台', 'Cradle HQ Console'],
  signOut: ['退出登录', 'Sign out'],
  home: ['首页', 'Home'],
  forbiddenText: ['无权访问：您的角色不能使用此页面', 'Access denied: your role may not use this page'],
  forbidden: ['无权访问', 'Access denied'],
  notFound: ['页面不存在', 'Page not found'],
  docTitle: ['{p0} - Cradle 总部控制台', '{p0} - Cradle HQ Console'],
  login: ['登录', 'Sign in'],
  who: ['{name}（{role}）', '{name} ({role})'],
}
