/**
 * A seeded generator of damaged and hostile meeting files, made by mutating valid ones
 * (test/fixtures/meeting-files/*.json). Each mutation picks where to strike at random over the whole file (any
 * value, any object, any string, any node of the minutes), so it is not tuned to what the check looks at; the
 * classes are those an outside tester used: truncation, wrong types, missing and extra fields, 10 MB strings, a
 * 45 MB file, deep nesting, `__proto__` / `constructor` ids, malformed editor states, control characters, bad
 * encodings and byte flips, impossible numbers and dates, ids with path parts, future versions, another body's
 * roster, and combinations of these.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** A reproducible stream of random numbers (mulberry32). */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** One generated case: what was done, and the bytes of the file. */
export interface FuzzCase {
  name: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
const MB = 1024 * 1024;

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Every path to a value in the JSON, the root excluded. */
function pathsIn(json: Json, keep: (value: Json, path: Path) => boolean = () => true): Path[] {
  const found: Path[] = [];
  const walk = (value: Json, path: Path) => {
    if (path.length > 0 && keep(value, path)) found.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(json, []);
  return found;
}

function get(json: Json, path: Path): Json {
  let value: Json = json;
  for (const key of path) value = (value as Record<string | number, Json>)[key]!;
  return value;
}

function set(json: Json, path: Path, value: Json): void {
  const parent = get(json, path.slice(0, -1)) as Record<string | number, Json>;
  Object.defineProperty(parent, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
}

function remove(json: Json, path: Path): void {
  const parent = get(json, path.slice(0, -1));
  const key = path.at(-1)!;
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete (parent as Record<string, Json>)[key as string];
}

/** Marks where deep nesting goes; expandDeep writes it into the text. */
const DEEP = 'fuzz-deep-nesting:';

function expandDeep(written: string): string {
  return written.replace(new RegExp(`"${DEEP}(\\d+):(lists|arrays)"`, 'g'), (_match, depth: string, kind: string) => {
    const n = Number(depth);
    if (kind === 'arrays') return `${'['.repeat(n)}"bottom"${']'.repeat(n)}`;
    const open = '{"type":"list","listType":"bullet","version":1,"children":[{"type":"listitem","version":1,"children":[';
    return `${open.repeat(n)}{"type":"text","version":1,"text":"deep"}${']}]}'.repeat(n)}`;
  });
}

const isObject = (value: Json): value is { [key: string]: Json } => value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (json: Json, random: Random) => expandDeep(random.chance(0.5) ? JSON.stringify(json, null, 2) : JSON.stringify(json));

/** Strings that are not the value's own kind: each JSON type, and a few that look right but are not. */
function otherValue(random: Random, like: Json): Json {
  const options: Json[] = [null, true, 0, -1, 1.5, '', 'x', [], {}, [1, 2], { type: 'text' }, '1', 'null', 1e300];
  let value = random.pick(options);
  while (typeof value === typeof like && !(Array.isArray(like) || isObject(like))) value = random.pick(options);
  return value;
}

const HOSTILE_IDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const PATH_IDS = ['../../etc/passwd', '..', '/absolute', 'C:\\Windows\\x', 'a/b', 'con', 'ok id with spaces', '%2e%2e%2f', 'x'.repeat(200)];
const BAD_DATES = ['2015-02-30', '2015-13-01', '0000-01-01', '9999-12-31', '2015-3-9', 'yesterday', '2015-02-29', '1899-12-31', '2015-03-19T10:00:00Z'];
const BAD_TIMES = ['25:00', '10:60', '1000', '24:00', '-1:00', '10.00 am', ''];
const BAD_NUMBERS: Json[] = [-1, 0, 1.5, -0.5, 1e21, 2 ** 53 + 2, 1_000_000_000, -1e300];
const INVISIBLE = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\ufeff', '\ufffd', '\u200b', '\u202e', '\ud800', '\udfff', '\uffff', '\r', '\u2028', '\u0000\u0000\u0000'];
const NODE_TYPES = ['paragraph', 'text', 'list', 'listitem', 'minute-item', 'minute-heading', 'mention', 'root', 'heading', 'quote', 'link', 'image', 'table', '', 'Paragraph', 'tab', 'linebreak', 'template-field', 'resolution'];

/** Ids of the file: object fields named like an id, and the keys of the records keyed by id. */
function idPaths(json: Json): Path[] {
  return [
    ...pathsIn(json, (value, path) => typeof value === 'string' && /(^id$|Id$)/.test(String(path.at(-1)))),
    ...pathsIn(json, (_value, path) => ['attendance', 'itemTimes', 'minuteNumbers'].includes(String(path.at(-2)))),
  ];
}

/** Renames the key at `path` (a record's id) keeping its value. */
function renameKey(json: Json, path: Path, to: string): void {
  const parent = get(json, path.slice(0, -1)) as Record<string, Json>;
  const value = parent[path.at(-1) as string]!;
  delete parent[path.at(-1) as string];
  Object.defineProperty(parent, to, { value, enumerable: true, writable: true, configurable: true });
}

/** Nodes of the minutes: objects with a string `type` under minutes.editorState. */
function nodePaths(json: Json): Path[] {
  return pathsIn(json, (value, path) => path[0] === 'minutes' && isObject(value) && typeof value.type === 'string');
}

type Mutation = (json: Json, random: Random) => string;

/** Mutations of the parsed file; each returns what it did. */
const STRUCTURAL: Record<string, Mutation> = {
  'wrong type': (json, random) => {
    const path = random.pick(pathsIn(json));
    set(json, path, otherValue(random, get(json, path)));
    return `wrong type at ${path.join('.')}`;
  },
  'missing field': (json, random) => {
    const path = random.pick(pathsIn(json, (_value, p) => typeof p.at(-1) === 'string'));
    remove(json, path);
    return `removed ${path.join('.')}`;
  },
  'extra field': (json, random) => {
    const objects = pathsIn(json, (value) => isObject(value));
    const path = random.chance(0.1) ? [] : random.pick(objects);
    const target = get(json, path) as Record<string, Json>;
    const key = random.pick(['extra', '__proto__', 'constructor', 'children', 'text', 'zzz', '$', 'toString']);
    Object.defineProperty(target, key, { value: otherValue(random, null), enumerable: true, writable: true, configurable: true });
    return `added ${key} at ${path.join('.') || 'the top'}`;
  },
  'hostile id': (json, random) => {
    const path = random.pick(idPaths(json));
    const id = random.pick(HOSTILE_IDS);
    if (typeof path.at(-1) === 'string' && ['attendance', 'itemTimes', 'minuteNumbers'].includes(String(path.at(-2)))) renameKey(json, path, id);
    else set(json, path, id);
    // Sometimes everywhere the same id is used, so the file still hangs together.
    return `id ${id} at ${path.join('.')}`;
  },
  'hostile id everywhere': (json, random) => {
    const old = random.pick(['p-hill', 'p-rivers', 'p-peerbux', 'item-92', 'kcsp', 'p-exall']);
    const id = random.pick(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__']);
    const replaced = JSON.parse(JSON.stringify(json).replaceAll(`"${old}"`, `"${id}"`)) as Json;
    Object.assign(json as object, replaced);
    return `every ${old} renamed ${id}`;
  },
  'path id': (json, random) => {
    const path = random.pick(idPaths(json));
    const id = random.pick(PATH_IDS);
    if (['attendance', 'itemTimes', 'minuteNumbers'].includes(String(path.at(-2)))) renameKey(json, path, id);
    else set(json, path, id);
    return `id ${JSON.stringify(id).slice(0, 20)} at ${path.join('.')}`;
  },
  'control characters': (json, random) => {
    const path = random.pick(pathsIn(json, (value) => typeof value === 'string'));
    const value = get(json, path) as string;
    const at = random.int(value.length + 1);
    const bad = random.pick(INVISIBLE);
    set(json, path, random.chance(0.2) ? bad : `${value.slice(0, at)}${bad}${value.slice(at)}`);
    return `${JSON.stringify(bad)} in ${path.join('.')}`;
  },
  'impossible number': (json, random) => {
    const numbers = pathsIn(json, (value) => typeof value === 'number');
    if (random.chance(0.3)) {
      const meeting = (json as { meeting: { status: string; minuteNumbers: Json; agenda: { id: string }[] } }).meeting;
      meeting.status = 'circulated';
      meeting.minuteNumbers = random.pick<Json>([{}, { [meeting.agenda[0]!.id]: random.pick(BAD_NUMBERS) }, Object.fromEntries(meeting.agenda.map((item) => [item.id, 7]))]);
      return 'minute numbers given out, impossibly';
    }
    const path = random.pick(numbers);
    set(json, path, random.pick(BAD_NUMBERS));
    return `number at ${path.join('.')}`;
  },
  'impossible date': (json, random) => {
    const meeting = (json as { meeting: Record<string, Json> }).meeting;
    const where = random.pick(['date', 'startTime', 'exportedAt', 'itemTime', 'movement']);
    if (where === 'date') meeting.date = random.pick(BAD_DATES);
    else if (where === 'startTime') meeting.startTime = random.pick(BAD_TIMES);
    else if (where === 'exportedAt') (json as Record<string, Json>).exportedAt = random.pick(['2015-02-30T10:00:00Z', 'now', '2015-03-19', '2015-03-19T25:00:00Z', '']);
    else if (where === 'itemTime') meeting.itemTimes = { [(meeting.agenda as { id: string }[])[0]!.id]: random.pick(BAD_TIMES) };
    else meeting.movements = [{ id: 'm1', personId: (json as { roster: { id: string }[] }).roster[0]!.id, kind: 'left', time: random.pick(BAD_TIMES), itemId: null }];
    return `impossible ${where}`;
  },
  'future version': (json, random) => {
    const version = random.pick<Json>([2, 3, 99, 1.5, '1', -1, 0, null, 1e300]);
    (json as Record<string, Json>).version = version;
    return `version ${JSON.stringify(version)}`;
  },
  "another body's roster": (json, random) => {
    const file = json as { roster: { bodyId: string; id: string }[]; meeting: { bodyId: string }; templates: { bodyId: string }[] };
    const what = random.pick(['person', 'meeting', 'template', 'roster swapped']);
    if (what === 'person') random.pick(file.roster).bodyId = 'cabinet';
    else if (what === 'meeting') file.meeting.bodyId = 'cabinet';
    else if (what === 'template' && file.templates.length > 0) random.pick(file.templates).bodyId = 'cabinet';
    else file.roster = file.roster.map((person, index) => ({ ...person, id: `stranger-${index}` }));
    return `another body's ${what}`;
  },
  'malformed minutes': (json, random) => {
    const path = random.pick(nodePaths(json));
    const node = get(json, path) as Record<string, Json>;
    const how = random.pick(['type', 'children', 'no children', 'field', 'no itemId', 'no heading', 'duplicate', 'move', 'mention', 'text']);
    if (how === 'type') node.type = random.pick(NODE_TYPES);
    else if (how === 'children') node.children = otherValue(random, []);
    else if (how === 'no children') delete node.children;
    else if (how === 'field') node[random.pick(Object.keys(node))] = otherValue(random, null);
    else if (how === 'no itemId' || how === 'no heading') {
      const minute = random.pick(nodePaths(json).filter((p) => (get(json, p) as Record<string, Json>).type === 'minute-item'));
      const item = get(json, minute) as { itemId?: Json; children: Json[] };
      if (how === 'no itemId') delete item.itemId;
      else item.children.shift();
    } else if (how === 'duplicate' || how === 'move') {
      const root = (json as { minutes: { editorState: { root: { children: Json[] } } } }).minutes.editorState.root;
      const copy = clone(node);
      if (how === 'duplicate') root.children.push(copy);
      else root.children.splice(random.int(root.children.length + 1), 0, random.pick(nodePaths(json).map((p) => clone(get(json, p)))));
    } else if (how === 'mention') {
      const mentions = nodePaths(json).filter((p) => (get(json, p) as Record<string, Json>).type === 'mention');
      if (mentions.length === 0) return 'no mention to damage';
      const mention = get(json, random.pick(mentions)) as Record<string, Json>;
      mention.personId = random.pick(['p-nobody', '', 'constructor', 7 as unknown as string]);
      if (random.chance(0.5)) mention.label = '';
    } else {
      const texts = nodePaths(json).filter((p) => (get(json, p) as Record<string, Json>).type === 'text');
      const target = get(json, random.pick(texts)) as Record<string, Json>;
      target.format = random.pick<Json>(['bold', -1, 1e9, 1.5, null]);
    }
    return `minutes: ${how} at ${path.join('.')}`;
  },
  'deep nesting': (json, random) => {
    const depth = random.pick([12, 40, 65, 200, 5_000, 100_000]);
    const path = random.pick(random.chance(0.5) ? nodePaths(json) : pathsIn(json));
    const lists = random.chance(0.6);
    // Written into the text afterwards (expandDeep): JSON.stringify itself cannot write 100,000 levels.
    set(json, path, `${DEEP}${depth}:${lists ? 'lists' : 'arrays'}`);
    return `nested ${depth} deep (${lists ? 'lists' : 'arrays'}) at ${path.join('.')}`;
  },
  'huge string': (json, random) => {
    const path = random.pick(pathsIn(json, (value) => typeof value === 'string'));
    const size = random.pick([100_001, 300_000, 10 * MB]);
    set(json, path, random.pick(['x', 'é', '\u2019', ' ']).repeat(size));
    return `${size} characters at ${path.join('.')}`;
  },
};

/** Changes Minute Book must take in its stride: the file means the same, or says something new but sound. */
const HARMLESS: Record<string, (json: Json, random: Random) => void> = {
  'fields Lexical may leave out': (json, random) => {
    for (const path of nodePaths(json)) {
      const node = get(json, path) as Record<string, Json>;
      for (const field of ['version', 'direction', 'format', 'indent', 'detail', 'mode', 'style', 'textFormat', 'textStyle', 'start', 'value'])
        if (random.chance(0.3) && !(node.type === 'list' && field === 'listType')) delete node[field];
    }
  },
  'new words in the minutes': (json, random) => {
    const texts = nodePaths(json).filter((path) => (get(json, path) as Record<string, Json>).type === 'text');
    for (let i = 0; i < 5; i += 1) {
      const node = get(json, random.pick(texts)) as Record<string, Json>;
      node.text = random.pick(['Cllr O’Brien-Smith said “£3m – agreed” 😀 naïve café.', 'Ünïcödé ẞ Ω 中文 עברית	tabbed', 'RESOLVED that the report be noted.', '   ', 'x'.repeat(50_000)]);
    }
  },
  'fields Minute Book does not know': (json, random) => {
    for (const path of random.chance(0.5) ? nodePaths(json) : pathsIn(json, (value) => isObject(value)).slice(0, 50)) {
      const node = get(json, path) as Record<string, Json>;
      if (random.chance(0.2)) node[random.pick(['$', 'colour', 'textStyle', 'extra'])] = random.pick<Json>(['color: red', 1, { nested: true }]);
    }
  },
  'names with odd ids': (json, random) => {
    const id = random.pick(['constructor', 'toString', 'hasOwnProperty', 'valueOf']);
    const replaced = JSON.parse(JSON.stringify(json).replaceAll(`"${random.pick(['p-hill', 'p-peerbux', 'p-exall'])}"`, `"${id}"`)) as Json;
    Object.assign(json as object, replaced);
  },
};

/** Mutations of the text or bytes, after serialising. */
function byteLevel(random: Random, json: Json): { name: string; bytes: Uint8Array } {
  const how = random.pick(['truncate', 'byte flips', 'bad utf-8', 'utf-16', 'bom', 'latin-1', 'nul bytes', 'garbage tail']);
  const written = text(json, random);
  const bytes = encoder.encode(written);
  switch (how) {
    case 'truncate':
      return { name: 'truncated', bytes: bytes.slice(0, random.int(bytes.length)) };
    case 'byte flips': {
      const flipped = bytes.slice();
      for (let i = 0, n = 1 + random.int(8); i < n; i += 1) {
        const at = random.int(flipped.length);
        flipped[at] = flipped[at]! ^ (1 << random.int(8));
      }
      return { name: 'byte flips', bytes: flipped };
    }
    case 'bad utf-8': {
      const at = random.int(bytes.length);
      const bad = random.pick([[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80]]);
      return { name: 'bad UTF-8', bytes: new Uint8Array([...bytes.slice(0, at), ...bad, ...bytes.slice(at)]) };
    }
    case 'utf-16': {
      const units = new Uint16Array(written.length);
      for (let i = 0; i < written.length; i += 1) units[i] = written.charCodeAt(i);
      const le = new Uint8Array(units.buffer);
      return { name: 'UTF-16', bytes: random.chance(0.5) ? new Uint8Array([0xff, 0xfe, ...le]) : le };
    }
    case 'bom':
      return { name: 'byte-order mark', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) };
    case 'latin-1':
      return { name: 'Latin-1', bytes: Uint8Array.from(written, (char) => char.charCodeAt(0) & 0xff) };
    case 'nul bytes':
      return { name: 'NUL bytes', bytes: new Uint8Array([...bytes.slice(0, 100), 0, 0, 0, ...bytes.slice(100)]) };
    default:
      return { name: 'garbage after the end', bytes: new Uint8Array([...bytes, ...encoder.encode(random.pick(['}', ' x', '{}', '\u0000', ']]']))]) };
  }
}

/** Files of about 45 MB: padded with white space, swollen minutes, or nothing but empty lists. */
function bigFile(random: Random, json: Json, variant: number): FuzzCase {
  const target = 45 * MB;
  if (variant === 0) {
    const written = JSON.stringify(json);
    return { name: '45 MB, mostly white space', bytes: encoder.encode(written.replace('{', `{${' '.repeat(target - written.length)}`)) };
  }
  if (variant === 1) {
    const root = (json as { minutes: { editorState: { root: { children: Json[] } } } }).minutes.editorState.root;
    const loose = root.children.filter((child) => !isObject(child) || child.type !== 'minute-item');
    const paragraph = { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'The committee noted the report and asked questions. '.repeat(20) }] };
    const one = JSON.stringify(paragraph).length;
    root.children = [...Array.from({ length: Math.floor(target / one) }, () => paragraph), ...loose, ...root.children.filter((child) => !loose.includes(child))];
    return { name: '45 MB of minutes', bytes: encoder.encode(JSON.stringify(json)) };
  }
  const emptyLists = `[${'[],'.repeat(Math.floor(target / 3) - 1)}[]]`;
  if (random.chance(0.5)) return { name: '45 MB of empty lists', bytes: encoder.encode(emptyLists) };
  (json as Record<string, Json>).extra = '__EMPTY__';
  return { name: '45 MB of empty lists inside a meeting file', bytes: encoder.encode(JSON.stringify(json).replace('"__EMPTY__"', emptyLists)) };
}

STRUCTURAL['harmless'] = (json, random) => {
  const name = random.pick(Object.keys(HARMLESS));
  HARMLESS[name]!(json, random);
  return name;
};

export const STRUCTURAL_CLASSES = Object.keys(STRUCTURAL);

/**
 * `count` cases from `seed`: for each, a base file, one to three mutations (structural, then sometimes one at
 * byte level), so every class appears alone and in combination. The three 45 MB files come first.
 */
export function fuzzCases(bases: readonly string[], seed: number, count: number): FuzzCase[] {
  const random = new Random(seed);
  const parsed = bases.map((base) => JSON.parse(base) as Json);
  const cases: FuzzCase[] = [0, 1, 2].map((variant) => bigFile(random, clone(random.pick(parsed)), variant));
  const classes = [...STRUCTURAL_CLASSES, 'bytes'];
  for (let i = cases.length; i < count; i += 1) {
    const json = clone(random.pick(parsed));
    const names: string[] = [];
    // Every class in turn on its own, then combinations of two or three; every ninth file only harmlessly changed.
    const first = classes[i % classes.length]!;
    const mutations =
      i % 9 === 0 ? ['harmless'] : i < classes.length * 8 ? [first] : [first, ...Array.from({ length: 1 + random.int(2) }, () => random.pick(classes))];
    let bytes: Uint8Array | null = null;
    for (const name of mutations) {
      if (name === 'bytes') {
        const done = byteLevel(random, json);
        names.push(done.name);
        bytes = done.bytes;
        break; // bytes are the last thing done to a file
      }
      names.push(STRUCTURAL[name]!(json, random));
    }
    cases.push({ name: names.join(' + '), bytes: bytes ?? encoder.encode(text(json, random)) });
  }
  return cases;
}
