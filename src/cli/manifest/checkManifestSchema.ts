import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";
import type { ManifestProblem } from "./manifestProblem";
import { manifestProblem } from "./manifestProblem";

const SCHEMA_DIR = join(__dirname, "schemas");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** A `{namespace}` before a name in libxml2's messages: the name alone reads better. */
const NAMESPACE = /\{(?:https?|urn):[^}]*\}/g;
const ELEMENT = /^Element '([^']+)'/;
const PREFIX = /^(?:Schemas validity error|parser error|namespace error|validity error)\s*:\s*/;

/**
 * Validates a manifest against the vendored add-in only manifest schemas (schemas/SOURCE.md) with
 * libxml2 compiled to WebAssembly: offline, no service. Returns every error with its line; a document
 * that is not well-formed gives `notWellFormed` problems only.
 */
export async function checkManifestSchema(xml: string, fileName: string): Promise<ManifestProblem[]> {
  const schemas = readdirSync(SCHEMA_DIR).filter((name) => name.endsWith(".xsd"));
  const load = (name: string): { fileName: string; contents: string } => ({
    fileName: name,
    contents: readFileSync(join(SCHEMA_DIR, name), "utf8"),
  });
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [load(ROOT_SCHEMA)],
    preload: schemas.filter((name) => name !== ROOT_SCHEMA).map(load),
  });
  if (result.valid) return [];
  // libxml2 follows each located error with the offending source line and a caret: skip those.
  const located = result.errors.filter((error) => error.loc !== null);
  const malformed = located.some((error) => /parser error/.test(error.rawMessage));
  return located
    .filter((error) => !malformed || /parser error/.test(error.rawMessage))
    .map((error) => {
      const detail = error.message.replace(PREFIX, "").replace(NAMESPACE, "").trim();
      const where = ELEMENT.exec(detail)?.[1] ?? fileName;
      return manifestProblem(malformed ? "notWellFormed" : "schemaViolation", where, error.loc?.lineNumber, {
        detail,
      });
    });
}
