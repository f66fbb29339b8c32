/**
 * Setting a meeting up through the UI, as a democratic services officer does
 * before the meeting: the committee's settings and roster, the meeting, its
 * agenda (pasted from the council's web page) and who is there.
 *
 * `setUpKcsp2015(page)` does all of it for the 19 March 2015 Kent Community
 * Safety Partnership (seed 001) and leaves the Minutes tab open, ready for
 * typing; the step functions are exported for specs that check each step.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { attendanceName } from '../../../shared/domain/person-names';
import type { AttendanceRole } from '../../../shared/model/attendance';
import type { BodySettings } from '../../../shared/model/body';
import type { Person, PersonDetails } from '../../../shared/model/person';
import { KCSP_2015_ATTENDANCE, KCSP_2015_ROSTER, KCSP_2015_SETTINGS } from '../../fixtures/kcsp-2015';
import { MARCH_2015 } from '../../fixtures/meetings';

/**
 * The agenda of 19 March 2015 as copied from the council's modern.gov page
 * (tab-separated cells, "pdf icon PDF 89 KB" links, an appendix line).
 * A1 and A2 are on the agenda but were not minuted (minutes 92–103 are A3–D2).
 */
export const KCSP_2015_AGENDA_PASTE = [
  'Agenda',
  'Kent Community Safety Partnership - Thursday, 19th March, 2015 10.00 am',
  'Venue: Darent Room, Sessions House, County Hall, Maidstone. View directions',
  'Contact: Jonathan Cook  03000 416892 / Email:',
  'Items',
  'No.\tItem',
  'A1\tIntroduction/Apologies',
  'A2\tDeclarations of Interest by Members in items on the agenda for this meeting',
  'A3\tNotes of meeting held on 8th October 2014 pdf icon PDF 89 KB',
  'A4\tElection of Vice-Chairman',
  'B1\tCommunity Safety Integration Project pdf icon PDF 120 KB',
  'B2\tFinal Community Warden Model pdf icon PDF 245 KB',
  'B3\tCSA Update Performance Report pdf icon PDF 310 KB',
  'Additional documents:',
  'Appendix A - CSA Performance Dashboard, item B3 pdf icon PDF 512 KB',
  'B4\tMARAC Consultation - Verbal Update',
  'B5\tCommunity Safety Conference - Verbal Update',
  'B6\tChild Sexual Exploitation update - Verbal Update',
  'B7\tKCST / Partnership update pdf icon PDF 98 KB',
  'C1\tDate of next meeting',
  'D1\tDomestic Homicide Review (DHR) Update pdf icon PDF 156 KB',
  'D2\tPrevent pdf icon PDF 77 KB',
].join('\n');

/** Ms C Allen (Kent, Surrey & Sussex CRC) came as a substitute: she is added on the day, not typed on the roster. */
export const KCSP_2015_VISITOR = KCSP_2015_ROSTER.find((p) => p.id === 'p-allen')!;

const KIND_OPTION: Record<Person['kind'], string> = { member: 'Member', officer: 'Officer', visitor: 'Visitor or substitute' };
const OFFICE_OPTION = { chair: 'Chairman', 'vice-chair': 'Vice-Chairman' } as const;
const ROLE_LABEL: Record<AttendanceRole, string> = {
  present: 'Present',
  'also-present': 'Also present',
  'in-attendance': 'In attendance',
  apologies: 'Apologies',
};

/** The tabs of an open meeting. */
export type MeetingTabName = 'Minutes' | 'Agenda' | 'Attendance' | 'Revisions';

/** One tab of an open meeting. */
export function meetingTab(page: Page, name: MeetingTabName): Locator {
  return page.getByRole('tab', { name });
}

/** Opens a tab of the open meeting and waits for its panel. */
export async function openTab(page: Page, name: MeetingTabName): Promise<void> {
  await meetingTab(page, name).click();
  await expect(meetingTab(page, name)).toHaveAttribute('aria-selected', 'true');
}

/** Committees → New committee or partnership: fills the settings and creates it; leaves its page (settings and roster) open. */
export async function createBody(page: Page, settings: BodySettings): Promise<void> {
  await page.getByRole('navigation', { name: 'Set-up' }).getByRole('button', { name: 'Committees' }).click();
  await page.getByRole('button', { name: 'New committee or partnership' }).click();
  await page.getByLabel('Council', { exact: true }).fill(settings.councilName);
  await page.getByLabel('Name of the committee or partnership').fill(settings.name);
  await page.getByLabel('Usual venue').fill(settings.defaultVenue);
  await page.getByLabel('Heading word').selectOption(settings.documentWord);
  await page.getByLabel('The chair is called').selectOption(settings.chairWord);
  await page.getByLabel('Last minute number used').fill(String(settings.lastMinuteNumber));
  await page.getByLabel(settings.headingStyle === 'minute-numbers' ? 'Minute number, with the agenda item beneath' : 'Agenda code only').check();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: settings.name })).toBeVisible();
}

/** Fills a person form (the roster's, or the visitor form) inside `form`. */
export async function fillPerson(form: Locator, person: PersonDetails, options: { full: boolean }): Promise<void> {
  await form.getByLabel('Title', { exact: true }).fill(person.title);
  await form.getByLabel('Initials', { exact: true }).fill(person.initials);
  await form.getByLabel('Surname', { exact: true }).fill(person.surname);
  if (options.full) await form.getByLabel('Honours', { exact: true }).fill(person.honours);
  await form.getByLabel('Role', { exact: true }).fill(person.role);
  await form.getByLabel('Organisation', { exact: true }).fill(person.organisation);
  await form.getByLabel('Member, officer or visitor').selectOption({ label: KIND_OPTION[person.kind] });
  if (options.full) await form.getByLabel('Office', { exact: true }).selectOption({ label: person.office ? OFFICE_OPTION[person.office] : 'None' });
}

/** On a body's page: types each person into "Add someone to the roster", in order, checking each appears. */
export async function typeRoster(page: Page, people: readonly PersonDetails[]): Promise<void> {
  const form = page.getByRole('group', { name: 'Add someone to the roster' });
  const rows = page.getByTestId('roster-row');
  const before = await rows.count();
  for (const [index, person] of people.entries()) {
    await fillPerson(form, person, { full: true });
    await form.getByRole('button', { name: 'Add to roster' }).click();
    await expect(rows).toHaveCount(before + index + 1);
    await expect(form.getByLabel('Surname', { exact: true })).toHaveValue('');
  }
}

/** New meeting for an existing body (picked by name), which opens on the Minutes tab. */
export async function createMeetingOf(page: Page, details: { bodyName: string; date: string; startTime: string; venue?: string }): Promise<void> {
  await page.getByRole('navigation', { name: 'Meetings' }).getByRole('button', { name: 'New meeting' }).click();
  await page.getByLabel('Committee or partnership').fill(details.bodyName);
  await page.getByLabel('Date').fill(details.date);
  await page.getByLabel('Start time').fill(details.startTime);
  // A known body fills in its usual venue; only a different venue is typed.
  if (details.venue !== undefined) await page.getByLabel('Venue').fill(details.venue);
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await expect(meetingTab(page, 'Minutes')).toHaveAttribute('aria-selected', 'true');
}

/** Agenda tab → Paste agenda…: pastes `text`, waits for `expectedCount` items in the preview, and adds them (to an empty agenda). */
export async function pasteAgenda(page: Page, text: string, expectedCount: number): Promise<void> {
  await openTab(page, 'Agenda');
  await page.getByRole('button', { name: 'Paste agenda…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste the agenda' });
  await dialog.getByLabel('Agenda text').fill(text);
  await expect(dialog.getByText(`${expectedCount} items found`)).toBeVisible();
  await dialog.getByRole('button', { name: `Add ${expectedCount} items` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('agenda-row')).toHaveCount(expectedCount);
}

/** Agenda tab: deletes the item with this code (agenda deletes can be undone, so they do not ask). */
export async function deleteAgendaItem(page: Page, code: string): Promise<void> {
  await page.getByRole('button', { name: `Delete item ${code}`, exact: true }).click();
  await expect(page.getByRole('textbox', { name: `Code of item ${code}`, exact: true })).toHaveCount(0);
}

/** The attendance row of the person printed as `name` ("Mr P M Hill, OBE (Chairman)"). */
export function attendanceRow(page: Page, name: string): Locator {
  return page.getByRole('group', { name, exact: true });
}

/** Attendance tab: puts each person (by printed name) on their line by clicking. */
export async function recordAttendance(page: Page, entries: readonly [name: string, role: AttendanceRole][]): Promise<void> {
  await openTab(page, 'Attendance');
  for (const [name, role] of entries) {
    const radio = attendanceRow(page, name).getByRole('radio', { name: ROLE_LABEL[role], exact: true });
    await radio.check();
    await expect(radio).toBeChecked();
  }
}

/** Attendance tab → Add a substitute or visitor…: adds them to the roster and to this meeting's `role` line. */
export async function addVisitor(page: Page, person: PersonDetails, role: AttendanceRole): Promise<void> {
  await openTab(page, 'Attendance');
  await page.getByRole('button', { name: 'Add a substitute or visitor…' }).click();
  const form = page.getByRole('group', { name: 'Add a substitute or visitor' });
  await fillPerson(form, person, { full: false });
  await form.getByLabel('Listed as').selectOption({ label: ROLE_LABEL[role] });
  await form.getByRole('button', { name: 'Add and record' }).click();
  await expect(form).toBeHidden();
}

/** The printed attendance lines of the Attendance tab's preview ("PRESENT: …", "ALSO PRESENT:", "IN ATTENDANCE: …"). */
export function printedAttendanceLines(page: Page): Locator {
  return page.getByTestId('attendance-line');
}

/**
 * The whole set-up of 19 March 2015, through the UI: the partnership with minute 91
 * the last used, its roster (members then officers, in the seed's order), the meeting,
 * the agenda pasted from the web page with A1 and A2 removed (minutes 92–103 are
 * A3–D2), everyone on their line, and Ms C Allen added on the day as a substitute.
 * Ends on the Minutes tab. Needs a fresh profile (no KCSP set up yet).
 */
export async function setUpKcsp2015(page: Page): Promise<void> {
  await createBody(page, KCSP_2015_SETTINGS);
  await typeRoster(page, KCSP_2015_ROSTER.filter((p) => p !== KCSP_2015_VISITOR));
  await createMeetingOf(page, { bodyName: KCSP_2015_SETTINGS.name, date: MARCH_2015.date, startTime: MARCH_2015.startTime });
  await pasteAgenda(page, KCSP_2015_AGENDA_PASTE, 14);
  await deleteAgendaItem(page, 'A1');
  await deleteAgendaItem(page, 'A2');
  await recordAttendance(
    page,
    KCSP_2015_ROSTER.filter((p) => p !== KCSP_2015_VISITOR).map((p) => [attendanceName(p, KCSP_2015_SETTINGS.chairWord), KCSP_2015_ATTENDANCE[p.id]!] as const),
  );
  await addVisitor(page, { ...KCSP_2015_VISITOR, kind: 'visitor' }, KCSP_2015_ATTENDANCE[KCSP_2015_VISITOR.id]!);
  await openTab(page, 'Minutes');
}
