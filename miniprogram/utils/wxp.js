// Promise wrappers over callback-style wx.* APIs.

function call(name, options) {
  return new Promise((resolve, reject) => {
    wx[name](Object.assign({}, options || {}, {
      success: resolve,
      fail: reject,
    }))
  })
}

// wx.* "fail" whose errMsg says the user backed out (cancel) rather than a real error.
function isCancel(err) {
  return !!(err && typeof err.errMsg === 'string' && /cancel/i.test(err.errMsg))
}

module.exports = {
  call,
  isCancel,
  login: () => call('login'),
  scanCode: options => call('scanCode', Object.assign({ scanType: ['barCode', 'qrCode'] }, options || {})),
  requestPayment: params => call('requestPayment', params),
  getLocation: () => call('getLocation', { type: 'gcj02' }),
  chooseAddress: () => call('chooseAddress'),
  showModal: options => call('showModal', options),
  showActionSheet: options => call('showActionSheet', options),
  requestSubscribeMessage: tmplIds => call('requestSubscribeMessage', { tmplIds }),
}
