import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromiumArgs, chromiumExecutablePath } from './support/browser';
import { createMeeting, MARCH_2015, minutesEditor } from './support/minutes-app';

const CYCLES = 10;
/** The promise: nothing typed more than this long before the process dies is lost. */
const AT_RISK_MS = 500;

interface Running {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

/**
 * Chromium started by hand on a persistent profile, so the test holds its
 * process and can SIGKILL it as a flat battery would (Playwright's persistent
 * contexts do not expose the process).
 */
async function launch(profile: string): Promise<Running> {
  const executable = chromiumExecutablePath ?? chromium.executablePath();
  const child = spawn(executable, [...chromiumArgs, '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${output}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${output}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return { process: child, browser, page };
}

test.describe('a killed process', () => {
  test(`loses nothing typed more than ${AT_RISK_MS} ms before SIGKILL, over ${CYCLES} cycles`, async ({ baseURL }, testInfo) => {
    test.setTimeout(600_000);
    // In the test's own output folder, which Playwright empties at the start of the next run (a profile is about 5 MB).
    const profile = testInfo.outputPath('profile');
    let expected = '';
    /** Characters actually lost to each kill (typed, but not there when the minutes reopened). */
    const lostPerCycle: number[] = [];
    let typedLastCycle = 0;
    let openedWithLength = 0;

    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const running = await launch(profile);
      const { page } = running;
      await page.goto(baseURL!);
      if (cycle === 1) await createMeeting(page, MARCH_2015);
      const editor = minutesEditor(page);
      // The app reopens the meeting it was in, with everything saved before the last kill.
      await expect(editor).toBeVisible();
      const survived = (await editor.innerText()).replace(/\s+/g, ' ').trim();
      if (cycle > 1) {
        const mustHave = expected.replace(/\s+/g, ' ').trim();
        expect(survived.startsWith(mustHave), `cycle ${cycle - 1}: the minutes reopened as "${survived.slice(-80)}"`).toBe(true);
      }
      if (cycle > 1) lostPerCycle.push(typedLastCycle - (survived.length - openedWithLength));
      expected = survived;
      openedWithLength = survived.length;

      await editor.click();
      await page.keyboard.press('Control+End');
      const sentence = ` Cycle ${cycle}: the committee noted the report and the officers answered questions.`;
      const typedAt: number[] = [];
      const killAfter = 1000 + Math.floor(Math.random() * 1500);
      const started = Date.now();
      let killedAt = 0;
      const killer = setTimeout(() => {
        killedAt = Date.now();
        running.process.kill('SIGKILL');
      }, killAfter);
      try {
        for (const char of sentence.repeat(4)) {
          await page.keyboard.type(char);
          typedAt.push(Date.now());
          await new Promise((resolve) => setTimeout(resolve, 60)); // ~10 characters a second, as people speak
          if (Date.now() - started > killAfter + 1000) break;
        }
      } catch {
        // The page went with the process: that is the point.
      }
      clearTimeout(killer);
      await new Promise<void>((resolve) => (running.process.exitCode !== null || running.process.signalCode !== null ? resolve() : running.process.once('exit', () => resolve())));
      await running.browser.close().catch(() => undefined);

      // Everything typed before (kill − 500 ms) must be there when the next cycle opens the minutes.
      const safeCount = typedAt.filter((at) => at < killedAt - AT_RISK_MS).length;
      expected = expected + sentence.repeat(4).slice(0, safeCount);
      typedLastCycle = typedAt.length;
    }

    // The last cycle's words are checked on one more open.
    const running = await launch(profile);
    await running.page.goto(baseURL!);
    const finalText = (await minutesEditor(running.page).innerText()).replace(/\s+/g, ' ').trim();
    lostPerCycle.push(typedLastCycle - (finalText.length - openedWithLength));
    expect(finalText.startsWith(expected.replace(/\s+/g, ' ').trim()), `after the last kill: "${finalText.slice(-80)}"`).toBe(true);
    await running.browser.close();
    running.process.kill('SIGKILL');
    console.log(
      `Kill test: characters lost per SIGKILL, cycles 1–${CYCLES}: ${lostPerCycle.join(', ')} ` +
        `(at ~10 characters a second; nothing typed more than ${AT_RISK_MS} ms before a kill was lost).`,
    );
  });
});
