/**
 * Minute Book makes no request outside its own origin during a whole session:
 * set up a committee, create a meeting, paste its agenda, type minutes with a
 * mention and a standard phrase, reload, export to Word and save a meeting file.
 * Every request the browser context makes is recorded; anything off our origin is
 * also aborted, so a leak would be both seen and stopped. (In Electron the same
 * rule is held by main's request blocking, unit-tested in security.test.ts.)
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { KCSP_2015_SETTINGS } from '../fixtures/kcsp-2015';
import { expectSaved, minutesEditor } from './support/minutes-app';
import { Officer } from '../support/officer';
import { createBody, createMeetingOf, openTab, pasteAgenda, typeRoster } from './support/setup-app';

/** What left (or tried to leave) the page, and what stayed home. */
interface RequestLog {
  onOrigin: string[];
  offOrigin: string[];
}

/** True for a URL that stays inside `origin`: its own pages and files, blob: URLs it made, and data: URLs (never fetched). */
function staysHome(url: string, origin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:') return true;
  // A blob: URL's origin is the page's that made it ("blob:http://127.0.0.1:47290/…").
  return parsed.origin === origin;
}

/** Records every request (and WebSocket) the context makes from now on, aborting any that would leave `origin`. */
async function recordRequests(context: BrowserContext, origin: string): Promise<RequestLog> {
  const log: RequestLog = { onOrigin: [], offOrigin: [] };
  context.on('request', (request) => {
    const url = request.url();
    (staysHome(url, origin) ? log.onOrigin : log.offOrigin).push(url);
  });
  // Sees requests before they go; 'request' above also sees any a route cannot (it is the record).
  await context.route('**/*', (route) => {
    if (staysHome(route.request().url(), origin)) return route.continue();
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => page.on('websocket', (socket) => log.offOrigin.push(`WebSocket ${socket.url()}`)));
  for (const page of context.pages()) page.on('websocket', (socket) => log.offOrigin.push(`WebSocket ${socket.url()}`));
  return log;
}

test('a whole session (set up, type, reload, export, save) makes no request outside the app’s own origin', async ({ context, page, baseURL }, testInfo) => {
  test.setTimeout(600_000);
  const origin = new URL(baseURL!).origin;
  const requests = await recordRequests(context, origin);

  await page.goto('/');
  await createBody(page, { ...KCSP_2015_SETTINGS, lastMinuteNumber: 0 });
  await typeRoster(page, [
    { title: 'Mr', initials: 'S', surname: 'Peerbux', honours: '', role: 'Head of Community Safety', organisation: 'KCC', kind: 'officer', office: null },
  ]);
  await createMeetingOf(page, { bodyName: KCSP_2015_SETTINGS.name, date: '2019-07-17', startTime: '10:00' });
  await pasteAgenda(page, 'B1 Kent Community Safety Agreement Update pdf icon PDF 225 KB\nB2 Prevent Update', 2);
  await openTab(page, 'Minutes');

  const officer = new Officer(page);
  await page.locator('.mb-minute-item').first().locator(':scope > p').first().click();
  await officer.press('Control+Alt+N');
  await officer.phrase('intro'); // "{person} introduced the report that {summary}." with the person blank selected
  await officer.mention('pee');
  await officer.press('Tab');
  await officer.type('the agreement had been refreshed');
  await officer.press('Alt+PageDown');
  await officer.type('The partnership noted the update.');
  await expectSaved(page);
  await expect(minutesEditor(page)).toContainText('Mr Peerbux (Head of Community Safety, KCC) introduced the report that the agreement had been refreshed.');

  await page.reload();
  await expect(minutesEditor(page)).toContainText('The partnership noted the update.');

  await page.getByRole('button', { name: 'Export to Word…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export to Word' });
  const exporting = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const wordFile = testInfo.outputPath('minutes.docx');
  await (await exporting).saveAs(wordFile);
  // A real Word file (a zip), not an error page.
  expect((await readFile(wordFile)).subarray(0, 2).toString('latin1')).toBe('PK');

  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save meeting file…' }).click();
  const meetingFile = testInfo.outputPath('meeting.json');
  await (await saving).saveAs(meetingFile);
  expect(await readFile(meetingFile, 'utf8')).toContain('the agreement had been refreshed');

  expect(requests.offOrigin, 'requests outside the app’s own origin').toEqual([]);
  // The recorder saw the app's own traffic, so an empty list above means something.
  expect(requests.onOrigin).toContain(`${origin}/`);
  expect(requests.onOrigin.some((url) => /\/assets\/index-[\w-]+\.js$/.test(url))).toBe(true);
  expect(requests.onOrigin.some((url) => /\/assets\/index-[\w-]+\.css$/.test(url))).toBe(true);
  console.log(`No-network session: ${requests.onOrigin.length} requests on ${origin}, ${requests.offOrigin.length} elsewhere.`);
});
