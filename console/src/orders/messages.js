// The orders pages' text.
// Each entry: [Simplified Chinese, English].
export default {
}
