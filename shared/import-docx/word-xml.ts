import { strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { DocxRefusal } from './docx-zip';

/**
 * The XML of a Word part, read with saxes (a strict, conformant XML parser that
 * runs without a DOM or Node) into a light tree of just what the reader uses:
 * elements with their namespace and local name, the attributes in Word's
 * namespace (or in none), and the text of the elements that hold text. A full
 * DOM (@xmldom/xmldom) took seconds and hundreds of megabytes on a long
 * document; this takes a fraction of a second, and the number of elements is
 * capped so a hostile part cannot fill memory. Word's namespace is recognised
 * both as Word writes it (transitional) and as ISO strict.
 */

export interface XmlElement {
  /** The namespace URI ("" for none). */
  uri: string;
  local: string;
  /** Attributes in Word's namespace or in none, as [local name, value] (w:val → "val"; Type → "Type"): few, so a list. */
  attributes: readonly (readonly [string, string])[];
  /** Child elements, and text where the element holds text (w:t, w:instrText, w:delText). */
  children: readonly (XmlElement | string)[];
}

const WORD_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** Elements whose text the reader reads; text anywhere else is white space between elements. */
const TEXT_ELEMENTS: ReadonlySet<string> = new Set(['t', 'instrText', 'delText']);

/** More elements than a thousand pages of minutes have: beyond this a part is refused rather than held in memory. */
export const MAX_ELEMENTS = 1_000_000;

/** A part's bytes as text: UTF-8 (what Word writes), or UTF-16 when the part starts with its byte-order mark. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), false);
  const text = strFromU8(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const codes: string[] = [];
  for (let at = 0; at + 1 < bytes.length; at += 2) codes.push(String.fromCharCode(view.getUint16(at, littleEndian)));
  return codes.join('');
}

/** Hands each child of one element to `onChild` as soon as it is complete, and keeps none of them. */
export interface StreamedChildren {
  /** The Word element whose children are streamed ("body"). */
  of: string;
  onChild: (child: XmlElement) => void;
}

const NO_ATTRIBUTES: readonly (readonly [string, string])[] = [];
const NO_CHILDREN: readonly (XmlElement | string)[] = [];

/**
 * The root element of a part's XML. With `stream`, the children of the named element are handed over one by one and
 * not kept, so a long document is never held whole. A part that is not well-formed XML, declares a DTD (Word never
 * does) or has more than MAX_ELEMENTS elements is refused.
 */
export function parsePart(bytes: Uint8Array, partName: string, stream?: StreamedChildren, maxElements = MAX_ELEMENTS): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: XmlElement[] = [];
  const found: { root: XmlElement | null } = { root: null };
  let count = 0;
  const add = (parent: XmlElement, child: XmlElement | string) => {
    if (parent.children === NO_CHILDREN) parent.children = [];
    (parent.children as (XmlElement | string)[]).push(child);
  };
  parser.on('doctype', () => {
    // Word writes no DTD; one here can only be there to expand entities (a "billion laughs") or reach outside.
    throw new DocxRefusal(`The Word document is damaged or unsafe: ${partName} declares a DTD, which Word never writes.`);
  });
  parser.on('opentag', (tag) => {
    count += 1;
    if (count > maxElements) throw new DocxRefusal(`The Word document is too large to import: ${partName} has more than ${maxElements.toLocaleString('en-GB')} elements.`);
    let attributes = NO_ATTRIBUTES as (readonly [string, string])[];
    for (const name in tag.attributes) {
      const attribute = tag.attributes[name]!;
      if ((attribute.uri !== '' && !WORD_NAMESPACES.has(attribute.uri)) || attribute.local.startsWith('rsid')) continue;
      if (attributes === NO_ATTRIBUTES) attributes = [];
      attributes.push([attribute.local, attribute.value]);
    }
    const element: XmlElement = { uri: tag.uri, local: tag.local, attributes, children: NO_CHILDREN };
    const parent = stack.at(-1);
    if (parent) add(parent, element);
    else found.root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop()!;
    const parent = stack.at(-1);
    if (stream && parent && isWord(parent, stream.of)) {
      (parent.children as (XmlElement | string)[]).pop();
      stream.onChild(element);
    }
  });
  const onText = (text: string) => {
    const parent = stack.at(-1);
    if (parent && TEXT_ELEMENTS.has(parent.local)) add(parent, text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (error) => {
    throw error;
  });
  try {
    parser.write(decode(bytes)).close();
  } catch (error) {
    if (error instanceof DocxRefusal) throw error;
    throw new DocxRefusal(`The Word document is damaged: ${partName} is not well-formed XML.`);
  }
  if (!found.root) throw new DocxRefusal(`The Word document is damaged: ${partName} is not well-formed XML.`);
  return found.root;
}

/** The child elements of an element, in order. */
export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** True when the element is a WordprocessingML element called `localName` (w:p, w:r …). */
export function isWord(element: XmlElement, localName: string): boolean {
  return element.local === localName && WORD_NAMESPACES.has(element.uri);
}

/** The first child w:`localName`, or null. */
export function wordChild(element: XmlElement, localName: string): XmlElement | null {
  for (const child of element.children) if (typeof child !== 'string' && isWord(child, localName)) return child;
  return null;
}

/** Every child w:`localName`, in order. */
export function wordChildren(element: XmlElement, localName: string): XmlElement[] {
  return childElements(element).filter((child) => isWord(child, localName));
}

/** A w: attribute's value (w:val, w:numId …), or an attribute in no namespace (Type, Target); null when missing or empty. */
export function wordAttribute(element: XmlElement | null, localName: string): string | null {
  const value = element?.attributes.find(([name]) => name === localName)?.[1];
  return value === undefined || value === '' ? null : value;
}

/** A w: attribute as a whole number, or null when missing or not a number. */
export function wordNumber(element: XmlElement | null, localName: string): number | null {
  const value = wordAttribute(element, localName);
  if (value === null || !/^-?\d+$/.test(value.trim())) return null;
  return Number(value);
}

/** An on/off property (w:b, w:i, w:caps …): null when absent, else on unless its w:val says off. */
export function onOff(element: XmlElement | null): boolean | null {
  if (!element) return null;
  const value = wordAttribute(element, 'val');
  return value === null || !['0', 'false', 'off', 'none'].includes(value.toLowerCase());
}

/** The text directly inside an element (w:t, w:instrText). */
export function ownText(element: XmlElement): string {
  return element.children.filter((child): child is string => typeof child === 'string').join('');
}
