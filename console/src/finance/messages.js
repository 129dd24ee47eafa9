// The finance pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  pnl: ['利润表', 'Income statement'],
  balanceSheet: ['资产负债表', 'Balance sheet'],
  vat: ['增值税', 'VAT'],
  ageing: ['应收应付账龄', 'Receivables & payables ageing'],
  periods: ['期间结账', 'Period close'],
}
