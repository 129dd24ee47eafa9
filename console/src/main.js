import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import * as Icons from '@element-plus/icons-vue'
import 'element-plus/dist/index.css'
import App from './App.vue'
import router from './router'
import { elementLocale, i18n } from './i18n'
import { setSessionLostHandler } from './api/http'
import { forgetMe } from './auth/session'

setSessionLostHandler(() => {
  forgetMe()
  if (router.currentRoute.value.path !== '/login') {
    router.push({ path: '/login', query: { next: router.currentRoute.value.fullPath } })
  }
})

const app = createApp(App)
for (const [name, component] of Object.entries(Icons)) app.component(name, component)
app.use(i18n)
app.use(ElementPlus, { locale: elementLocale })
app.use(router)
app.mount('#app')
