// Built by `make run` / `make test` (console/build.sh) into console/dist, served by the Sanic app at /console/.
// Everything is bundled (Element Plus styles and icons included): the console loads nothing from outside.
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  base: '/console/',
  plugins: [vue()],
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
