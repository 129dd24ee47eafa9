// Code 128 (code set C: two digits per symbol) for the member's stored-value payment code, drawn as bars the
// counter's scanner reads. bars(code) answers [{ black, width }] in modules, quiet zones included.

// Bar/space widths of the symbol values 0-105 (ISO/IEC 15417); STOP is 106 with its termination bar.
const WIDTHS = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232',
]
const STOP = '2331112'
const START_C = 105
const QUIET = 10

// The symbol values of an even-length digit string in code set C: start, digit pairs, checksum, (stop).
function symbols(digits) {
  const text = String(digits || '')
  if (!/^(\d\d)+$/.test(text)) throw new Error('code set C needs an even number of digits')
  const values = [START_C]
  for (let i = 0; i < text.length; i += 2) values.push(Number(text.slice(i, i + 2)))
  const check = values.reduce((sum, v, i) => sum + v * Math.max(i, 1), 0) % 103
  values.push(check)
  return values
}

function bars(digits) {
  const pattern = symbols(digits).map(v => WIDTHS[v]).join('') + STOP
  const out = [{ black: false, width: QUIET }]
  for (let i = 0; i < pattern.length; i++) out.push({ black: i % 2 === 0, width: Number(pattern[i]) })
  out.push({ black: false, width: QUIET })
  return out
}

// Back from bars to digits (what a scanner does): used by the tests to prove the drawing reads as the code.
function decode(barList) {
  const widths = barList.slice(1, -1).map(b => b.width)
  const values = []
  let i = 0
  while (i + 6 <= widths.length - 7) {
    const w = widths.slice(i, i + 6).join('')
    const v = WIDTHS.indexOf(w)
    if (v < 0) throw new Error(`unknown symbol ${w}`)
    values.push(v)
    i += 6
  }
  if (widths.slice(i).join('') !== STOP) throw new Error('no stop pattern')
  if (values[0] !== START_C) throw new Error('not code set C')
  const check = values.pop()
  const want = values.reduce((sum, v, k) => sum + v * Math.max(k, 1), 0) % 103
  if (check !== want) throw new Error('bad checksum')
  return values.slice(1).map(v => String(v).padStart(2, '0')).join('')
}

module.exports = { bars, decode, symbols, WIDTHS, STOP }
