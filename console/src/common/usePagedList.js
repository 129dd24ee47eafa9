// One page of a list the API pages (`page`, `page_size` in; `items`, `total` out), with the state the
// el-table / el-pagination pair binds to. `fetchPage({ page, page_size })` calls the API with the page's own
// filters and answers the API's page (it may read other fields of it, such as a count, before returning it).
// A failure shows the API's message as a toast, or goes to `onError(e)` when given (pages that show it in an
// alert). An answer to a request a newer load has overtaken is dropped, so a slow page never overwrites a fresh one.
import { isRef, ref } from 'vue'
import { ElMessage } from 'element-plus'

export function usePagedList(fetchPage, { pageSize = 20, onError } = {}) {
  const items = ref([])
  const total = ref(0)
  const page = ref(1)
  const size = isRef(pageSize) ? pageSize : ref(pageSize)
  const loading = ref(false)
  let latest = 0

  async function load() {
    const mine = ++latest
    loading.value = true
    try {
      const data = await fetchPage({ page: page.value, page_size: size.value })
      if (mine !== latest) return
      items.value = data.items
      total.value = data.total
    } catch (e) {
      if (mine !== latest) return
      if (onError) onError(e)
      else ElMessage.error(e.message)
    } finally {
      if (mine === latest) loading.value = false
    }
  }

  // back to the first page (a filter changed)
  function reload() {
    page.value = 1
    return load()
  }

  return { items, total, page, pageSize: size, loading, load, reload }
}
