import type { ExportReadError } from "../../adapters/exportFiles/readExport";
import type { ExportFile } from "../../core/import";
import type { Result } from "../../core/result";

/** A file the user picked (a DOM `File` is one). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads one file's bytes into an export (in a worker, or on the main thread). */
export type ReadOne = (file: string, bytes: ArrayBuffer) => Promise<Result<ExportFile, ExportReadError>>;

export interface ReadRequest {
  readonly id: number;
  readonly file: string;
  readonly bytes: ArrayBuffer;
}

export interface ReadResponse {
  readonly id: number;
  readonly result: Result<ExportFile, ExportReadError>;
}

export interface ExportsRead {
  readonly exports: readonly ExportFile[];
  /** Files that are no spreadsheet at all (empty, old .xls, binary): said per file, the others still read. */
  readonly unreadable: readonly ExportReadError[];
}

/**
 * Reads the picked files one after another, saying after each how far it got. Off the main thread when a
 * worker can be started, so a large export does not freeze the pane; on it otherwise.
 */
export async function readExportFiles(
  files: readonly PickedFile[],
  onProgress: (done: number, total: number) => void,
  reader?: ReadOne,
): Promise<ExportsRead> {
  const read = reader ?? (await (shared ??= defaultReader()));
  const exports: ExportFile[] = [];
  const unreadable: ExportReadError[] = [];
  onProgress(0, files.length);
  for (const [index, file] of files.entries()) {
    const result = await read(file.name, await file.arrayBuffer());
    if (result.ok) exports.push(result.value);
    else unreadable.push(result.error);
    onProgress(index + 1, files.length);
  }
  return { exports, unreadable };
}

/** One worker for the pane's lifetime, started on the first import. */
let shared: Promise<ReadOne> | undefined;

/** The worker's reader, falling back to the main thread when the worker fails to start. */
async function defaultReader(): Promise<ReadOne> {
  const mainThread: ReadOne = async (file, bytes) => {
    const { readExport } = await import("../../adapters/exportFiles/readExport");
    return readExport(file, new Uint8Array(bytes));
  };
  if (typeof Worker === "undefined") return mainThread;
  const { startExportWorker } = await import("./startExportWorker");
  const worker = startExportWorker();
  if (!worker) return mainThread;
  return async (file, bytes) => {
    // The worker takes the buffer (transferred): keep a copy for the fallback.
    const copy = bytes.slice(0);
    try {
      return await worker.read(file, bytes);
    } catch {
      return mainThread(file, copy);
    }
  };
}
