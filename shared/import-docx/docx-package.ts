import { DocxRefusal, PART_MAX_BYTES, PARTS_MAX_TOTAL_BYTES, readZipDirectory, unpackEntry, type ZipEntry } from './docx-zip';
import { childElements, parsePart, wordAttribute, type XmlElement } from './word-xml';

/**
 * The parts of a .docx the import reads: the main document, its styles and its
 * list numbering, found the way Word finds them (the package's relationships),
 * each unpacked within the caps of docx-zip.ts. Headers, footers, comments,
 * footnotes and pictures are never unpacked: page headers and footers are not
 * the minutes. The main document is handed on unparsed, to be read a paragraph
 * at a time (word-document.ts); the small parts are parsed here.
 */
export interface DocxParts {
  /** The part name of the main document, e.g. "word/document.xml". */
  documentName: string;
  /** The main document's XML, unpacked. */
  document: Uint8Array;
  styles: XmlElement | null;
  numbering: XmlElement | null;
}

const RELATIONSHIP = {
  officeDocument: '/officeDocument',
  styles: '/styles',
  numbering: '/numbering',
} as const;

/** Opens the .docx bytes; throws DocxRefusal with one plain sentence when they cannot be read as a Word document. */
export function openDocx(bytes: Uint8Array): DocxParts {
  const entries = readZipDirectory(bytes);
  let budget = PARTS_MAX_TOTAL_BYTES;
  const unpack = (entry: ZipEntry): Uint8Array => {
    const data = unpackEntry(bytes, entry, Math.min(PART_MAX_BYTES, budget));
    budget -= data.length;
    return data;
  };
  const read = (entry: ZipEntry): XmlElement => parsePart(unpack(entry), entry.name);
  const entryOf = (name: string | null) => (name === null ? undefined : entries.get(name.toLowerCase()));

  const packageRels = entryOf('_rels/.rels');
  const documentName = (packageRels ? relationshipTarget(read(packageRels), '', RELATIONSHIP.officeDocument) : null) ?? 'word/document.xml';
  const documentEntry = entryOf(documentName);
  if (!documentEntry) throw new DocxRefusal(`The file is not a Word document: it has no document part (${documentName}).`);
  const document = unpack(documentEntry);

  const folder = documentName.includes('/') ? documentName.slice(0, documentName.lastIndexOf('/') + 1) : '';
  const documentRels = entryOf(`${folder}_rels/${documentName.slice(folder.length)}.rels`);
  const rels = documentRels ? read(documentRels) : null;
  const partOf = (type: string, fallback: string) => {
    const entry = entryOf((rels ? relationshipTarget(rels, folder, type) : null) ?? `${folder}${fallback}`);
    return entry ? read(entry) : null;
  };
  return { documentName: documentEntry.name, document, styles: partOf(RELATIONSHIP.styles, 'styles.xml'), numbering: partOf(RELATIONSHIP.numbering, 'numbering.xml') };
}

/** The part a relationship of this type points at, as a package path; null when there is none. */
function relationshipTarget(relationships: XmlElement, folder: string, typeSuffix: string): string | null {
  for (const relationship of childElements(relationships)) {
    if (relationship.local !== 'Relationship') continue;
    const type = wordAttribute(relationship, 'Type') ?? '';
    const target = wordAttribute(relationship, 'Target');
    if (!type.endsWith(typeSuffix) || !target || wordAttribute(relationship, 'TargetMode') === 'External') continue;
    return resolvePartName(folder, target);
  }
  return null;
}

/** "../word/x.xml" from "customXml/" → "word/x.xml"; "/word/document.xml" → "word/document.xml". */
function resolvePartName(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : `${folder}${target}`).split('/');
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === '..') resolved.pop();
    else if (segment !== '.' && segment !== '') resolved.push(segment);
  }
  return resolved.join('/');
}
