import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import * as Icons from '@element-plus/icons-vue'
import 'element-plus/dist/index.css'
import App from './App.vue'
import router from './router'
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
app.use(ElementPlus, { locale: zhCn })
app.use(router)
app.mount('#app')
