import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The renderer's floors (eslint.config.js, README "Layout"): the repository's own lint config, run on small
 * files given as text at places in renderer/src. Each import that runs back up must fail the lint there, and
 * the same kind of import going down must pass, so the rule can neither be missing nor too broad.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // Loading the config (typescript-eslint and all) takes seconds on a busy machine: once, here.
  await eslint.calculateConfigForFile('renderer/src/editor/MinutesEditor.tsx');
}, 120_000);

/** The no-restricted-imports messages for a file at `filePath` holding only `source`. */
async function floorErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const probe = used;\n`, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the renderer’s floors', () => {
  it.each([
    ['renderer/src/editor/plugins/Probe.tsx', "import { useAppServices as used } from '../../app-context';", 'below the screens'],
    ['renderer/src/editor/components/Probe.tsx', "import { MeetingsRepository as used } from '../../db/meetings-repository';", 'through its port'],
    ['renderer/src/editor/Probe.ts', "import { detectHost as used } from '../host';", 'through its port'],
    ['renderer/src/editor/Probe.ts', "import { MeetingWorkspace as used } from '../features/meetings/MeetingWorkspace';", 'through its port'],
    ['renderer/src/editor/plugins/Probe.tsx', "import { useLiveQuery as used } from 'dexie-react-hooks';", 'never reaches the database'],
    ['renderer/src/features/meetings/Probe.ts', "import { App as used } from '../../App';", 'below the composition'],
    ['renderer/src/app-context.ts', "import { App as used } from './App';", 'below the composition'],
    ['renderer/src/db/Probe.ts', "import { MinutesEditor as used } from '../editor/MinutesEditor';", 'below the editor'],
    ['renderer/src/db/upgrades/Probe.ts', "import { detectHost as used } from '../../host';", 'stay apart'],
    ['renderer/src/spelling/Probe.ts', "import { liveValue as used } from '../db/live-value';", 'stay apart'],
    ['renderer/src/host/Probe.ts', "import { MeetingImporter as used } from '../features/import/import-meeting';", 'below the screens'],
    ['renderer/src/ui/Probe.ts', "import { SpellingMenu as used } from '../spelling/SpellingMenu';", 'below the services'],
    ['renderer/src/ui/Probe.ts', "import { shortcutFor as used } from '../editor/shortcuts';", 'below the editor'],
  ])('%s: %s fails the lint', async (filePath, source, saying) => {
    const errors = await floorErrors(filePath, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(saying);
  });

  it.each([
    ['renderer/src/App.tsx', "import { MeetingWorkspace as used } from './features/meetings/MeetingWorkspace';"],
    ['renderer/src/features/meetings/Probe.ts', "import { MinutesEditor as used } from '../../editor/MinutesEditor';"],
    ['renderer/src/features/meetings/Probe.ts', "import { PersonalDictionaryScreen as used } from '../spelling/PersonalDictionaryScreen';"],
    ['renderer/src/editor/plugins/Probe.tsx', "import { SpellingSession as used } from '../../spelling/spelling-session';"],
    ['renderer/src/editor/Probe.ts', "import { whenIdle as used } from '../ui/when-idle';"],
    ['renderer/src/db/Probe.ts', "import { liveValue as used } from './live-value';"],
    ['renderer/src/db/Probe.ts', "import type { LiveValue as used } from '../ui/live-value';"],
    ['renderer/src/ui/Probe.ts', "import { describeError as used } from '@shared/format/describe-error';"],
  ])('%s: %s goes down, and passes', async (filePath, source) => {
    expect(await floorErrors(filePath, source)).toEqual([]);
  });
});
