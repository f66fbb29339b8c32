import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Small .docx files written by hand for the import's tests: a package with only the parts the reader needs, so a
 * test can say exactly what is in the file (and break it). For Word files made by Word's own rules, the tests use
 * python-docx (test/unit/import-docx/make_minutes_docx.py).
 */

export const WORD_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const PACKAGE_RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

export const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_NAMESPACE}"><w:body>${body}</w:body></w:document>`;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run: its text (tabs become w:tab), bold or italic. */
export const run = (text: string, format: { bold?: boolean; italic?: boolean } = {}) =>
  `<w:r>${format.bold || format.italic ? `<w:rPr>${format.bold ? '<w:b/>' : ''}${format.italic ? '<w:i/>' : ''}</w:rPr>` : ''}${text
    .split('\t')
    .map((part) => `<w:t xml:space="preserve">${escape(part)}</w:t>`)
    .join('<w:tab/>')}</w:r>`;

/** A paragraph of runs (or of one plain run of text). */
export const para = (...runs: string[]) => `<w:p>${runs.map((r) => (r.startsWith('<w:r>') ? r : run(r))).join('')}</w:p>`;

/** A .docx holding these parts; `level` 0 stores them unpacked. */
export function docx(files: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) zippable[name] = [typeof content === 'string' ? strToU8(content) : content, { level }];
  return zipSync(zippable);
}

/** A .docx whose body is these paragraphs (see para). */
export const minutesDocx = (...paragraphs: string[]) => docx({ '_rels/.rels': PACKAGE_RELATIONSHIPS, 'word/document.xml': documentXml(paragraphs.join('')) });

/** Where the zip's table of contents lists `name`: the offset of its central directory entry. */
function directoryEntry(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 46; at >= 0; at -= 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + length)) === name) return at;
  }
  throw new Error(`The zip lists no ${name}`);
}

/**
 * A copy of the zip with the table of contents' entry for `name` changed (offsets from the entry's start: 8 flags,
 * 10 packing method, 24 stated size): how the tests make files that lie.
 */
export function withDirectoryEntry(bytes: Uint8Array, change: (view: DataView, entry: number) => void, name = 'word/document.xml'): Uint8Array {
  const copy = bytes.slice();
  change(new DataView(copy.buffer), directoryEntry(copy, name));
  return copy;
}
