// What the shopper's member-only pages (my coupons, coupon centre, orders, member centre) share: load only when
// the member is logged in, and load a list while showing `loading`.
const session = require('./session')

// onShow of a member-only page: remember whether the member is logged in and call page.load() only if so.
function showIfLoggedIn(page) {
  const loggedIn = session.isLoggedIn('member')
  page.setData({ loggedIn })
  if (!loggedIn) return Promise.resolve()
  return page.load()
}

// Sets `loading` while request() runs, then the data toData(answer) makes of its answer. On failure (the request
// layer has already told the user) only `loading` is cleared, so the page keeps what it showed.
function loadList(page, request, toData) {
  page.setData({ loading: true })
  return request()
    .then(res => page.setData(Object.assign(toData(res), { loading: false })))
    .catch(() => page.setData({ loading: false }))
}

module.exports = { showIfLoggedIn, loadList }
