const request = require('./utils/request')
const session = require('./utils/session')

App({
  onLaunch() {
    // When a session cannot be refreshed, send the user to the matching login page.
    request.handlers.onSessionExpired = mode => {
      wx.navigateTo({ url: mode === 'staff' ? '/pages/staff/index/index' : '/pages/login/login' })
    }
  },

  globalData: {
    get mode() {
      return session.getMode()
    },
  },
})
