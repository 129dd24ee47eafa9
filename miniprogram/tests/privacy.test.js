// 个人信息与隐私 against the recorded server (tests/contract/privacy.json and privacy_blocked.json, written by
// tests/contract/test_miniprogram_privacy.py): the summary of the member's export, the export as a shared file or
// copied, the deletion after confirming; and a member whose stored value blocks it.
const { render, text, texts, flush, installWx, memberSession } = require('./helpers')
const { recordedBackend } = require('./contract')

function installFiles() {
  const written = []
  wx.env = { USER_DATA_PATH: 'wxfile://usr' }
  wx.getFileSystemManager = jest.fn(() => ({
    writeFile: jest.fn(opts => { written.push(opts); opts.success({}) }),
  }))
  wx.shareFileMessage = jest.fn(({ success }) => success({}))
  wx.setClipboardData = jest.fn(({ success }) => success({}))
  return written
}

async function open(name) {
  const storage = installWx({ storage: memberSession() })
  const written = installFiles()
  const be = recordedBackend(name)
  const page = render('pages/privacy/privacy')
  await page.instance.onShow()
  await flush()
  return { storage, written, be, page }
}

test('my data from the export, exported as a file or copied, then the account deleted', async () => {
  const { storage, written, be, page } = await open('privacy')
  const data = be.answer('privacy', 0)
  const check = be.answer('privacy', 1)
  const p = data.profile
  const values = texts(page, '.privacy__value')
  const rows = {}
  texts(page, '.privacy__label').forEach((label, i) => { rows[label] = values[i] })
  expect(rows['手机号']).toBe(`${p.phone.slice(0, 3)}****${p.phone.slice(-4)}`)
  expect(rows['会员码']).toBe(p.member_code)
  expect(rows['订单']).toBe(`${data.orders.length} 笔`)
  expect(rows['宝宝档案']).toBe(data.children.map(c => c.name).join('、'))
  expect(rows['储值余额']).toBe(`¥0.00（${data.balance_ledger.length} 条记录）`)
  expect(text(page, '.privacy__data')).not.toContain(p.phone) // the full number only inside the exported copy
  expect(texts(page, '.privacy__consequence')).toContain(
    `· ${check.orders_kept} 笔订单的交易记录按财务规定匿名保留，不再与您关联`)
  expect(page.querySelectorAll('.privacy__blocker')).toHaveLength(0)

  // the whole copy: a JSON file shared to a chat, the same text copied, and shown on the page
  const json = JSON.stringify(data, null, 2)
  await page.instance.onExportFile()
  expect(written).toHaveLength(1)
  expect(written[0].data).toBe(json)
  expect(JSON.parse(written[0].data).orders[0].receiver_phone).toBe(data.orders[0].receiver_phone)
  expect(wx.shareFileMessage).toHaveBeenCalledWith(expect.objectContaining({ filePath: written[0].filePath }))
  page.querySelector('.privacy__copy').dispatchEvent('tap')
  await flush()
  expect(wx.setClipboardData).toHaveBeenCalledWith(expect.objectContaining({ data: json }))
  page.querySelector('.privacy__toggle').dispatchEvent('tap')
  await flush()
  expect(text(page, '.privacy__json')).toContain('"format_version": 1')

  // delete: confirmed in the dialog, then the session is gone and the member page opens
  page.querySelector('.privacy__delete-btn').dispatchEvent('tap')
  await flush(10)
  expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '确认注销账号？', confirmText: '确认注销' }))
  expect(wx.showModal.mock.calls[0][0].content).toContain('无法恢复')
  expect(be.last('POST', '/api/v1/members/me/deletion').data).toEqual({ confirm: true })
  expect(storage['cradle.auth.member']).toBeUndefined()
  expect(text(page, '.privacy__deleted')).toBe('账号已注销，您的个人信息已删除')
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '账号已注销' }))
  expect(wx.switchTab).toHaveBeenCalledWith({ url: '/pages/member/member' })
  be.assertAllUsed()
})

test('cancelling the confirmation deletes nothing', async () => {
  const { be, page } = await open('privacy')
  wx.showModal = jest.fn(({ success }) => success({ confirm: false, cancel: true }))
  await page.instance.onDelete()
  await flush()
  expect(wx.showModal).toHaveBeenCalled()
  expect(be.last('POST')).toBeUndefined()
  expect(page.querySelector('.privacy__deleted')).toBeFalsy()
})

test('stored value left: the reason is shown and no deletion is offered; one sent anyway is refused', async () => {
  const { be, page } = await open('privacy_blocked')
  const check = be.answer('privacy_blocked', 1)
  expect(check.can_delete).toBe(false)
  expect(texts(page, '.privacy__blocker')).toEqual(check.blockers.map(b => b.message))
  expect(page.querySelector('.privacy__delete-btn.btn--disabled')).toBeTruthy()
  page.querySelector('.privacy__delete-btn').dispatchEvent('tap')
  await flush()
  expect(wx.showModal).not.toHaveBeenCalled()
  expect(be.last('POST')).toBeUndefined()

  // a check gone stale (the page still thinks it may): the server refuses, says why, the page checks again
  page.instance.setData({ check: Object.assign({}, check, { can_delete: true }) })
  await page.instance.onDelete()
  await flush(10)
  const refused = be.recorded('privacy_blocked', 'POST', '/api/v1/members/me/deletion')[0].response.body
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: refused.error.message }))
  expect(page.querySelector('.privacy__delete-btn.btn--disabled')).toBeTruthy()
  expect(page.querySelector('.privacy__deleted')).toBeFalsy()
  be.assertAllUsed()
})

test('a guest sees the login prompt and nothing is asked of the server', async () => {
  installWx({ storage: {} })
  const be = recordedBackend('privacy')
  const page = render('pages/privacy/privacy')
  await page.instance.onShow()
  await flush()
  expect(text(page, '.privacy__login')).toBe('去登录')
  expect(be.calls).toHaveLength(0)
})

test('the member page opens it', async () => {
  installWx({ storage: memberSession() })
  recordedBackend('member_home')
  const page = render('pages/member/member')
  await page.instance.onShow()
  await flush()
  page.querySelector('.member__privacy').dispatchEvent('tap')
  await flush()
  expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/privacy/privacy' })
})
