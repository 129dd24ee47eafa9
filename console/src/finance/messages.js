// The finance pages' text.
// Each entry: [Simplified Chinese, English].
export default {
}
