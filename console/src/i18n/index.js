// The console's language: English when the browser's first preference is English, Simplified Chinese otherwise
// (and when the browser says nothing), unless the user picked one with the header switch (kept in localStorage).
// Every piece of UI text comes from the catalogues (messages.js); the API calls send the same language as
// Accept-Language so the API's error messages match. Switching reloads the page: module-level tables (status
// labels, chart options) and data already on screen are rebuilt in the new language; the session survives.
import { createI18n } from 'vue-i18n'
import en from 'element-plus/es/locale/lang/en'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import { MESSAGES } from './messages'

export const LANGUAGES = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'English' },
]
const STORE = 'cradle.console.lang'

// The browser's choice: English when its first listed language is English, otherwise Chinese.
export function browserLang(languages = navigator.languages || [navigator.language]) {
  const first = (languages && languages[0]) || ''
  return /^en\b/i.test(first) ? 'en' : 'zh-CN'
}

function startLang() {
  const saved = localStorage.getItem(STORE)
  return LANGUAGES.some((l) => l.code === saved) ? saved : browserLang()
}

export const lang = startLang()
document.documentElement.lang = lang

export const i18n = createI18n({
  legacy: false,
  globalInjection: true, // $t in every template
  locale: lang,
  fallbackLocale: 'zh-CN',
  messages: MESSAGES,
  missingWarn: false,
  fallbackWarn: false,
})

export const t = (...args) => i18n.global.t(...args)
export const te = (key) => i18n.global.te(key)

export const elementLocale = lang === 'en' ? en : zhCn
export const acceptLanguage = lang === 'en' ? 'en' : 'zh-CN'
export const isEnglish = lang === 'en'

export function switchLang(code) {
  if (code === lang) return
  localStorage.setItem(STORE, code)
  window.location.reload()
}

// A label the API sends in Chinese next to its code (status_name beside status): the catalogue's entry for
// the code under `group`, or the API's label when the catalogue has none (Chinese mode needs no entries).
export function codeLabel(group, code, apiLabel) {
  const key = `${group}.${code}`
  if (code !== undefined && code !== null && code !== '' && te(key)) return t(key)
  return apiLabel ?? code ?? ''
}
