// A run's settings between the form (tolerances typed in yuan) and the API (fen).
import { amountText, fenOf } from '../common/money'
import { t } from '../i18n'

export function blankSettings(run = null) {
  return {
    required_days: run?.required_days ?? 3,
    sales_tolerance: amountText(run?.sales_tolerance_fen ?? 0),
    stock_tolerance_qty: run?.stock_tolerance_qty ?? 0,
    balance_tolerance: amountText(run?.balance_tolerance_fen ?? 0),
    points_tolerance: run?.points_tolerance ?? 0,
    note: run?.note ?? '',
  }
}

export function settingsBody(form) {
  const sales = fenOf(form.sales_tolerance)
  const balance = fenOf(form.balance_tolerance)
  if (sales === null || balance === null) throw new Error(t('parallel.amountsMustBeNumbers'))
  return {
    required_days: form.required_days, sales_tolerance_fen: sales, stock_tolerance_qty: form.stock_tolerance_qty,
    balance_tolerance_fen: balance, points_tolerance: form.points_tolerance, note: form.note,
  }
}
