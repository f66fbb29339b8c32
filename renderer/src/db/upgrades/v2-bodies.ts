import { defaultBodySettings, type Body } from '@shared/model/body';
import { emptyMeetingRecord, MeetingV1Schema, type Meeting } from '@shared/model/meeting';
import type { Transaction } from 'dexie';

/** Same body if the names match ignoring case and spacing: officers typed them by hand in version 1. */
function bodyKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

/**
 * Version 1 → 2: every distinct body name on a meeting becomes a body (keeping
 * the NOTES/MINUTES word and the latest venue as its default), and each meeting
 * points at its body and gains an empty agenda and attendance. Nothing is dropped:
 * a meeting whose row does not look like version 1 is kept exactly as it was.
 */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const meetings = tx.table('meetings');
  const bodies = tx.table<Body, string>('bodies');
  const rows = (await meetings.toArray()) as unknown[];
  const now = Date.now();
  const bodyIds = new Map<string, string>();

  // Oldest first, so each body's default venue ends as its latest meeting's venue.
  const v1 = rows.flatMap((row) => {
    const parsed = MeetingV1Schema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
  v1.sort((a, b) => a.date.localeCompare(b.date));

  for (const meeting of v1) {
    const key = bodyKey(meeting.bodyName);
    let bodyId = bodyIds.get(key);
    if (!bodyId) {
      bodyId = crypto.randomUUID();
      bodyIds.set(key, bodyId);
      const body: Body = {
        ...defaultBodySettings(meeting.bodyName.trim()),
        documentWord: meeting.documentWord,
        id: bodyId,
        createdAt: now,
        updatedAt: now,
      };
      await bodies.add(body);
    }
    await bodies.update(bodyId, { defaultVenue: meeting.venue });
    const { bodyName: _bodyName, documentWord: _documentWord, ...rest } = meeting;
    const upgraded: Meeting = { ...rest, ...emptyMeetingRecord(), bodyId };
    await meetings.put(upgraded);
  }
}
