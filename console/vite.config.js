// Built by `make run` / `make test` (console/build.sh) into console/dist, served by the Sanic app at /console/.
// Everything is bundled (Element Plus styles and icons included): the console loads nothing from outside.
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  base: '/console/',
  plugins: [vue()],
  // vue-i18n's build flags: the Composition API only (no legacy API), no devtools hooks in production
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    assetsInlineLimit: 0,
  },
  server: {
    // `npm run dev` against a local `make run` server
    proxy: { '/api': 'http://127.0.0.1:8000', '/admin': 'http://127.0.0.1:8000' },
  },
})
