// Reads export files off the pane's main thread: decoding, CSV parsing and XLSX unzipping of a large
// export take long enough to freeze the pane (issue 12). One message per file; the grid goes back.
import { readExport } from "../../adapters/exportFiles/readExport";
import type { ReadRequest, ReadResponse } from "./readExportFiles";

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadResponse): void;
};

scope.onmessage = (event) => {
  const { id, file, bytes } = event.data;
  void readExport(file, new Uint8Array(bytes)).then(
    (result) => scope.postMessage({ id, result }),
    (error: unknown) =>
      scope.postMessage({
        id,
        result: {
          ok: false,
          error: {
            kind: "notASpreadsheet",
            file,
            detail: error instanceof Error ? error.message : String(error),
          },
        },
      }),
  );
};
