import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import { DocxRefusal } from './docx-zip';

/**
 * The XML of a Word part, read with @xmldom/xmldom (a real, strict XML parser
 * that runs without a DOM or Node), and the few helpers the reader needs to
 * walk WordprocessingML: elements by local name in Word's namespace (both the
 * transitional namespace Word writes and ISO strict), and its on/off values.
 */

const WORD_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

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

/** The root element of a part's XML. A part that is not well-formed XML, or declares a DTD (Word never does), is refused. */
export function parsePart(bytes: Uint8Array, partName: string): Element {
  const text = decode(bytes);
  // Word writes no DTD; one here can only be there to expand entities (a "billion laughs") or reach outside.
  if (/<!DOCTYPE/i.test(text)) throw new DocxRefusal(`The Word document is damaged or unsafe: ${partName} declares a DTD, which Word never writes.`);
  const refuse = () => new DocxRefusal(`The Word document is damaged: ${partName} is not well-formed XML.`);
  let root: Element | null;
  try {
    const parser = new DOMParser({
      onError: (level) => {
        if (level !== 'warning') throw refuse();
      },
    });
    root = parser.parseFromString(text, 'text/xml').documentElement;
  } catch {
    throw refuse();
  }
  if (!root) throw refuse();
  return root;
}

/** The child elements of a node, in order. */
export function childElements(node: Node): Element[] {
  const children: Element[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) children.push(child as Element);
  }
  return children;
}

/** True when the node is a WordprocessingML element called `localName` (w:p, w:r …). */
export function isWord(node: Node, localName: string): boolean {
  return node.nodeType === ELEMENT_NODE && (node as Element).localName === localName && WORD_NAMESPACES.has((node as Element).namespaceURI ?? '');
}

/** The first child w:`localName`, or null. */
export function wordChild(element: Element, localName: string): Element | null {
  for (let child = element.firstChild; child !== null; child = child.nextSibling) if (isWord(child, localName)) return child as Element;
  return null;
}

/** Every child w:`localName`, in order. */
export function wordChildren(element: Element, localName: string): Element[] {
  return childElements(element).filter((child) => isWord(child, localName));
}

/** A w: attribute's value (w:val, w:numId …), or null. */
export function wordAttribute(element: Element | null, localName: string): string | null {
  if (!element) return null;
  for (const namespace of WORD_NAMESPACES) {
    const value = element.getAttributeNS(namespace, localName);
    if (value !== null && value !== '') return value;
  }
  return null;
}

/** A w: attribute as a whole number, or null when missing or not a number. */
export function wordNumber(element: Element | null, localName: string): number | null {
  const value = wordAttribute(element, localName);
  if (value === null || !/^-?\d+$/.test(value.trim())) return null;
  return Number(value);
}

/** An on/off property (w:b, w:i, w:caps …): null when absent, else on unless its w:val says off. */
export function onOff(element: Element | null): boolean | null {
  if (!element) return null;
  const value = wordAttribute(element, 'val');
  return value === null || !['0', 'false', 'off', 'none'].includes(value.toLowerCase());
}

/** The text directly inside an element (w:t, w:instrText). */
export function ownText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_NODE) text += (child as unknown as { data: string }).data;
  }
  return text;
}
