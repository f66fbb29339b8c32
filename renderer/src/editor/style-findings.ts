import type { StyleFinding } from '@shared/style-check/findings';

/** The findings of one minute (or of the attendance lines, or of text before the first minute), as the panel lists them. */
export interface FindingGroup {
  /** Stable for React: "attendance", "before", or the minute's place. */
  id: string;
  heading: string;
  findings: StyleFinding[];
}

/** Which group a finding belongs to. */
function groupOf(finding: StyleFinding): { id: string; heading: string } {
  const { place } = finding;
  if (place.kind === 'attendance') return { id: 'attendance', heading: 'Attendance' };
  if (!place.minute) return { id: 'before', heading: 'Before the first minute' };
  return { id: `minute-${place.minute.index}`, heading: place.minute.heading || `Minute ${place.minute.index + 1}` };
}

/** The findings grouped by minute, in the order they come (the check gives them in the order of the minutes). */
export function findingsByMinute(findings: readonly StyleFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const { id, heading } = groupOf(finding);
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { id, heading, findings: [] }));
    group.findings.push(finding);
  }
  return [...groups.values()];
}

/** The findings not dismissed for this meeting, and those that are. */
export function splitDismissed<T extends { key: string }>(findings: readonly T[], dismissed: readonly string[]): { shown: T[]; dismissed: T[] } {
  const keys = new Set(dismissed);
  return { shown: findings.filter((finding) => !keys.has(finding.key)), dismissed: findings.filter((finding) => keys.has(finding.key)) };
}
