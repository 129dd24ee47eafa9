// 宝宝档案 against the recorded server (tests/contract/children.json, written by
// tests/contract/test_miniprogram_members.py): list, add with the care-reminder subscription asked in the same
// tap, add an expected baby, a date the server refuses, edit, remove.
const { render, text, texts, flush, installWx, memberSession } = require('./helpers')
const { recordedBackend } = require('./contract')

function body(be, n) {
  return be.recorded('children', 'POST', '/api/v1/members/me/children')[n].request.body
}

test('add, refuse, edit and remove children; the first save asks for the care reminder', async () => {
  installWx({ storage: memberSession() })
  const be = recordedBackend('children')
  const page = render('pages/children/children')
  await page.instance.onShow()
  await flush()
  expect(text(page, '.children__empty')).toBe('还没有宝宝档案，添加后宝宝到关键月龄时提醒您')
  expect(text(page, '.children__care-status')).toBe('未订阅')
  const tid = be.answer('children', 1).items[0].template_id

  // add a born baby: the form, then 保存 asks WeChat for the subscription and records the answer as it is
  page.querySelector('.children__add').dispatchEvent('tap')
  await flush()
  const first = body(be, 0)
  page.instance.onName({ detail: { value: first.name } })
  page.instance.onGender({ detail: { value: '1' } })
  page.instance.onDate({ detail: { value: first.birth_date } })
  await flush()
  page.querySelector('.children__save').dispatchEvent('tap')
  await flush(10)
  expect(wx.requestSubscribeMessage).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: [tid] }))
  expect(be.last('POST', '/api/v1/members/me/subscriptions').data).toEqual({
    results: { [tid]: 'accept', errMsg: 'requestSubscribeMessage:ok' },
  })
  expect(text(page, '.children__care-status')).toBe('已订阅（还可提醒1次）')
  const born = be.answer('children', 2)
  expect(texts(page, '.children__name')).toEqual([`${born.name} 男宝`])
  expect(text(page, '.children__date')).toBe(`生日 ${born.birthday}`)
  expect(text(page, '.children__stage')).toBe(`${born.age_months}个月 · ${born.stage_name}`)

  // an expected baby: due date; no second subscription dialog (one accept is held)
  wx.requestSubscribeMessage.mockClear()
  page.instance.onAdd()
  const second = body(be, 1)
  page.instance.onName({ detail: { value: second.name } })
  page.querySelectorAll('.children__kind .tab')[1].dispatchEvent('tap')
  await flush()
  page.instance.onDate({ detail: { value: second.due_date } })
  await page.instance.onSave()
  await flush()
  expect(wx.requestSubscribeMessage).not.toHaveBeenCalled()
  expect(be.last('POST', '/api/v1/members/me/children').data).toEqual(second)
  expect(texts(page, '.children__date')[1]).toBe(`预产期 ${second.due_date}`)
  expect(texts(page, '.children__stage')[1]).toBe('孕期')

  // a birth date the server refuses: its message, the form stays open
  page.instance.onAdd()
  const third = body(be, 2)
  page.instance.onName({ detail: { value: third.name } })
  page.instance.onGender({ detail: { value: '2' } })
  page.instance.onDate({ detail: { value: third.birth_date } })
  await page.instance.onSave()
  await flush()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '出生日期不能晚于今天；还没出生请填写预产期' }))
  expect(page.querySelector('.children__form')).toBeTruthy()
  page.instance.onCancel()
  await flush()

  // edit the first: PUT with the changed name
  page.querySelectorAll('.children__edit')[0].dispatchEvent('tap')
  await flush()
  const put = be.recorded('children', 'PUT')[0]
  page.instance.onName({ detail: { value: put.request.body.name } })
  await page.instance.onSave()
  await flush()
  expect(be.last('PUT').path).toBe(put.request.path)
  expect(be.last('PUT').data).toEqual(put.request.body)
  expect(texts(page, '.children__name')[0]).toBe(`${put.response.body.name} 男宝`)

  // remove the expected one, after confirming
  page.querySelectorAll('.children__remove')[1].dispatchEvent('tap')
  await flush(10)
  expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除宝宝档案' }))
  expect(be.last('DELETE').path).toBe(be.recorded('children', 'DELETE')[0].request.path)
  expect(texts(page, '.children__name')).toEqual([`${put.response.body.name} 男宝`])
  be.assertAllUsed()
})

test('a guest sees the login prompt and nothing is asked of the server', async () => {
  installWx({ storage: {} })
  const be = recordedBackend('children')
  const page = render('pages/children/children')
  await page.instance.onShow()
  await flush()
  expect(text(page, '.children__login')).toBe('去登录')
  expect(be.calls).toHaveLength(0)
})
