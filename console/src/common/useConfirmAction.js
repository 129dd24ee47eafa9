// Ask first, then act: the confirmation and the prompt for a reason the console's pages put before an action
// (approve, reject, cancel, void...). `confirmed` and `askReason` only ask (false / null when the user backs
// out); `useConfirmAction(after)` asks, runs the action, shows its success or the API's error as a toast and
// then calls `after` (the page's reload) either way.
import { ElMessage, ElMessageBox } from 'element-plus'
import { t } from '../i18n'

export async function confirmed(message, title, { confirmText = t('common.ok'), cancelText = t('common.cancel'),
  type = 'warning' } = {}) {
  try {
    await ElMessageBox.confirm(message, title, { confirmButtonText: confirmText, cancelButtonText: cancelText,
      ...(type ? { type } : {}) })
    return true
  } catch {
    return false
  }
}

// The text typed ('' when optional and left empty), or null when cancelled.
export async function askReason(message = t('common.pleaseGiveAReason2'), title = '', { confirmText = t('common.ok'),
  required = true, placeholder, initial, errorMessage = t('common.pleaseGiveAReason'), inputType, pattern } = {}) {
  try {
    const { value } = await ElMessageBox.prompt(message, title, {
      confirmButtonText: confirmText, cancelButtonText: t('common.cancel'),
      inputPattern: pattern || (required ? /\S/ : undefined), inputErrorMessage: errorMessage,
      ...(placeholder ? { inputPlaceholder: placeholder } : {}),
      ...(initial !== undefined ? { inputValue: initial } : {}),
      ...(inputType ? { inputType } : {}),
    })
    return value || ''
  } catch {
    return null
  }
}

// Run `action`; toast `success` (a text, or a function of the action's answer) or the error. True when it worked.
export async function attempt(action, success) {
  try {
    const answer = await action()
    if (success) ElMessage.success(typeof success === 'function' ? success(answer) : success)
    return true
  } catch (e) {
    ElMessage.error(e.message)
    return false
  }
}

export function useConfirmAction(after) {
  async function finish(ok) {
    if (after) await after(ok)
    return ok
  }
  return {
    // confirmAction({ message, title, confirmText, type, run, success })
    async confirmAction({ message, title, run, success, ...opts }) {
      if (!(await confirmed(message, title, opts))) return false
      return finish(await attempt(run, success))
    },
    // reasonAction({ message, title, confirmText, required, placeholder, run: (reason) => ..., success })
    async reasonAction({ message, title, run, success, ...opts }) {
      const reason = await askReason(message, title, opts)
      if (reason === null) return false
      return finish(await attempt(() => run(reason), success))
    },
  }
}
