import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { components } from "./generated/schema.js";

type BackupList = components["schemas"]["BackupList"];

/**
 * An OnApp XML body that cannot be read: malformed, a refused DOCTYPE or
 * entity declaration, or a value that does not match its `type` attribute.
 * The message is one line and says where (`/backups/backup[1]/id`).
 */
export class OnappXmlError extends Error {
  override name = "OnappXmlError";
}

// OnApp never sends a DTD. Refusing every declaration up front rules out
// entity expansion ("billion laughs") and external entities whatever the
// parser's own limits are; only the five predefined entities and character
// references are decoded (by `decodeText`, not the parser).
const DECLARATION = /<!\s*(?:DOCTYPE|ENTITY)/i;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: "#cdata",
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Names such as `toString` stay verbatim, as JSON keeps them: objects are
  // built with own properties (`ownObject`). `__proto__`, `constructor` and
  // `prototype` are still refused by the parser itself.
  onDangerousProperty: (name: string) => name,
});

/** A node of fast-xml-parser's ordered output: `{ tag: children, ":@": attributes }` or `{ "#text": text }`. */
type OrderedNode = Record<string, unknown>;

interface XmlElement {
  name: string;
  attributes: Record<string, unknown>;
  children: OrderedNode[];
}

/**
 * Parses any OnApp XML body into the shape the same call's JSON has, the way
 * Rails (which OnApp is built on) renders one from the other:
 *
 * - `type="integer"` → number, `type="boolean"` → `true`/`false` (also `1`/`0`),
 *   `type="datetime"`/`"date"` → the text, kept as a string as JSON has it,
 *   `type="float"` → number, `type="decimal"` → string (Rails sends BigDecimal
 *   as a JSON string), no type → the text verbatim, `nil="true"` → `null`;
 * - an element with child elements → an object; a repeated child name → an array;
 * - `type="array"` → an array; at the root each item is wrapped in an object
 *   named after its element, as OnApp's JSON lists are (`[{backup: {...}}]`);
 * - an `<errors>` root → `{ errors: [message, ...] }`, the JSON error body.
 *
 * Leading whitespace (a BOM, or the no-break space the API page's sample starts
 * with) is ignored. Throws `OnappXmlError`.
 */
export function parseOnappXml(text: string): unknown {
  return readDocument(text).value;
}

/**
 * Parses the XML body of `GET /virtual_machines/{id}/backups/images.xml` into
 * exactly what the `.json` call returns: `[{ backup: {...} }]`. Throws
 * `OnappXmlError` when the body is not such a list (an error body included).
 */
export function parseOnappBackupsXml(text: string): BackupList {
  const { root, value } = readDocument(text);
  if (root.name === "errors") {
    const { errors } = value as { errors: string[] };
    throw new OnappXmlError(`the XML is an OnApp error response: ${errors.join("; ")}`);
  }
  if (!Array.isArray(value)) {
    throw new OnappXmlError(`expected a <backups type="array"> document, got <${root.name}>`);
  }
  value.forEach((item: Record<string, unknown>, index) => {
    const [name] = Object.keys(item);
    const path = `/${root.name}/${name}[${index + 1}]`;
    if (name !== "backup") throw new OnappXmlError(`${path}: expected a <backup> element`);
    const backup = item.backup;
    if (typeof backup !== "object" || backup === null || Array.isArray(backup)) {
      throw new OnappXmlError(`${path}: expected the fields of a backup, got ${describe(backup)}`);
    }
  });
  return value as BackupList;
}

function readDocument(text: string): { root: XmlElement; value: unknown } {
  const root = readRoot(text);
  const path = `/${root.name}`;
  if (root.name === "errors") return { root, value: { errors: errorMessages(root, path) } };
  const value = elementValue(root, path, true);
  const isList = root.attributes.type === "array" && root.attributes.nil !== "true";
  return { root, value: isList ? value : ownObject([[root.name, value]]) };
}

function readRoot(text: string): XmlElement {
  const xml = text.trimStart();
  if (xml === "") throw new OnappXmlError("the XML body is empty");
  if (DECLARATION.test(xml)) {
    throw new OnappXmlError(
      "DOCTYPE and ENTITY declarations are refused: OnApp never sends them, and they enable entity-expansion and external-entity attacks",
    );
  }
  if (!xml.startsWith("<")) throw new OnappXmlError('not XML: the body does not start with "<"');
  // The validator and parser both let text after the root element pass silently.
  if (!xml.trimEnd().endsWith(">")) throw new OnappXmlError("text after the root element");
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) {
    const { line, col } = positionIn(text, xml, verdict.err.line, verdict.err.col);
    throw new OnappXmlError(
      `malformed XML at line ${line}, column ${col}: ${oneLine(verdict.err.msg)}`,
    );
  }
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(xml) as OrderedNode[];
  } catch (err) {
    const message = oneLine((err as Error).message);
    throw new OnappXmlError(
      message.startsWith("[SECURITY]")
        ? `refused: ${message.replace(/^\[SECURITY\]\s*/, "")}`
        : `malformed XML: ${message}`,
    );
  }
  const { elements, text: outside } = contentOf(nodes, "/");
  if (outside.trim() !== "") throw new OnappXmlError("text outside the root element");
  const [root] = elements;
  if (root === undefined || elements.length > 1) {
    throw new OnappXmlError(`expected one root element, got ${elements.length}`);
  }
  return root;
}

/** Maps a position in the trimmed text back to the text as given, for messages. */
function positionIn(text: string, trimmed: string, line: number, col: number) {
  const skipped = text.slice(0, text.length - trimmed.length);
  const lines = skipped.split("\n");
  const lastLine = lines.at(-1) ?? "";
  return { line: line + lines.length - 1, col: line === 1 ? col + lastLine.length : col };
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, " ").trim();
}

/** `path` names the element in messages, e.g. `/backups/backup[2]/backup_size`. */
function elementValue(element: XmlElement, path: string, isRoot = false): unknown {
  const { attributes } = element;
  if (attributes.nil === "true") return null;
  const type = typeof attributes.type === "string" ? attributes.type : undefined;
  const { elements, text } = contentOf(element.children, path);

  if (type === "array") {
    if (text.trim() !== "") throw new OnappXmlError(`${path}: text inside an array`);
    return elements.map((child, index) => {
      const item = elementValue(child, `${path}/${child.name}[${index + 1}]`);
      return isRoot ? ownObject([[child.name, item]]) : item;
    });
  }
  if (elements.length > 0) {
    if (type !== undefined) {
      throw new OnappXmlError(`${path}: type="${type}" but the element has child elements`);
    }
    if (text.trim() !== "") throw new OnappXmlError(`${path}: text mixed with elements`);
    return objectOf(elements, path);
  }
  return scalarOf(type, text, path);
}

/** Child elements become fields; a name that repeats becomes an array, as in Rails. */
function objectOf(elements: XmlElement[], path: string): Record<string, unknown> {
  const fields = new Map<string, unknown>();
  const repeated = new Set<string>();
  for (const child of elements) {
    const value = elementValue(child, `${path}/${child.name}`);
    if (!fields.has(child.name)) fields.set(child.name, value);
    else if (repeated.has(child.name)) (fields.get(child.name) as unknown[]).push(value);
    else {
      fields.set(child.name, [fields.get(child.name), value]);
      repeated.add(child.name);
    }
  }
  return ownObject(fields);
}

/** An object whose keys are own data properties, even `__proto__`, as `JSON.parse` makes them. */
function ownObject(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function scalarOf(type: string | undefined, text: string, path: string): unknown {
  if (type === undefined || type === "string" || type === "symbol") return text;
  const value = text.trim();
  // Rails reads an empty typed element as nil.
  if (value === "") return null;
  const wrong = (expected: string) =>
    new OnappXmlError(
      `${path}: type="${type}" but the text is ${describe(value)}, not ${expected}`,
    );
  switch (type) {
    case "integer": {
      const number = Number(value);
      if (!INTEGER.test(value)) throw wrong("an integer");
      if (!Number.isSafeInteger(number)) throw wrong("an integer JavaScript can hold exactly");
      return number;
    }
    case "float":
      if (!DECIMAL.test(value)) throw wrong("a number");
      return Number(value);
    case "decimal":
      if (!DECIMAL.test(value)) throw wrong("a number");
      return value;
    case "boolean":
      if (value === "true" || value === "1") return true;
      if (value === "false" || value === "0") return false;
      throw wrong("true or false");
    case "datetime":
    case "date":
      return value;
    default:
      throw new OnappXmlError(`${path}: unsupported type="${type}"`);
  }
}

function errorMessages(root: XmlElement, path: string): string[] {
  const { elements, text } = contentOf(root.children, path);
  if (text.trim() !== "") throw new OnappXmlError(`${path}: text outside <error> elements`);
  return elements.map((element, index) => {
    const elementPath = `${path}/${element.name}[${index + 1}]`;
    const message = elementValue(element, elementPath);
    if (typeof message !== "string") {
      throw new OnappXmlError(`${elementPath}: expected a message, got ${describe(message)}`);
    }
    return message;
  });
}

/** Splits ordered nodes into child elements and the decoded text between them. */
function contentOf(nodes: OrderedNode[], path: string): { elements: XmlElement[]; text: string } {
  const elements: XmlElement[] = [];
  let text = "";
  for (const node of nodes) {
    if (typeof node["#text"] === "string") {
      text += decodeText(node["#text"], path);
      continue;
    }
    if (Array.isArray(node["#cdata"])) {
      for (const part of node["#cdata"] as OrderedNode[]) {
        if (typeof part["#text"] === "string") text += part["#text"];
      }
      continue;
    }
    const name = Object.keys(node).find((key) => key !== ":@");
    if (name === undefined) continue;
    const children = node[name];
    elements.push({
      name,
      attributes: (node[":@"] as Record<string, unknown> | undefined) ?? {},
      children: Array.isArray(children) ? (children as OrderedNode[]) : [],
    });
  }
  return { elements, text };
}

const PREDEFINED = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*)?(;?)/g;

/** Decodes the predefined entities and character references; anything else is an error. */
function decodeText(raw: string, path: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(REFERENCE, (_match, reference: string | undefined, semicolon: string) => {
    if (reference === undefined || semicolon === "") {
      throw new OnappXmlError(`${path}: a bare "&" in text (it must be written &amp;)`);
    }
    if (reference.startsWith("#")) {
      const code =
        reference[1] === "x"
          ? Number.parseInt(reference.slice(2), 16)
          : Number.parseInt(reference.slice(1), 10);
      if (!isXmlChar(code)) {
        throw new OnappXmlError(`${path}: &${reference}; is not a character XML allows`);
      }
      return String.fromCodePoint(code);
    }
    const character = PREDEFINED.get(reference);
    if (character === undefined) {
      throw new OnappXmlError(
        `${path}: unknown entity &${reference}; (only XML's predefined entities are read)`,
      );
    }
    return character;
  });
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}..."` : text;
}
