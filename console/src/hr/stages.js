// A candidate's stage as a tag colour.
export function stageTag(stage) {
  return { applied: 'info', screening: '', interview: 'warning', offer: 'primary', hired: 'success', rejected: 'danger' }[stage] || ''
}
