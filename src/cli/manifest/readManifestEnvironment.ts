import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ImageProbe, ManifestEnvironment } from "./validateManifest";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (bytes 16–23); "missing" for anything that is not a PNG. */
export function probePng(bytes: Uint8Array): ImageProbe {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (
    buffer.length < 24 ||
    !buffer.subarray(0, 8).equals(PNG_SIGNATURE) ||
    buffer.toString("latin1", 12, 16) !== "IHDR"
  ) {
    return { kind: "missing" };
  }
  return { kind: "png", width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

const ASSOCIATE = /Office\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g;

/** Function names passed to `Office.actions.associate("<name>", …)` in the given sources. */
export function findAssociatedFunctions(sources: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(ASSOCIATE)) names.add(match[1]!);
  }
  return names;
}

function readSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js)$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8"));
}

/** The real environment: icons under `rootDir`, ribbon functions registered in `rootDir/src/commands`. */
export function readManifestEnvironment(rootDir: string): ManifestEnvironment {
  return {
    probeImage: (relativePath) => {
      const file = join(rootDir, relativePath);
      return existsSync(file) ? probePng(readFileSync(file)) : { kind: "missing" };
    },
    associatedFunctions: findAssociatedFunctions(readSources(join(rootDir, "src", "commands"))),
  };
}
