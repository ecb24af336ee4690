import type { ReadOne, ReadRequest, ReadResponse } from "./readExportFiles";

/**
 * A reader running in a Web Worker (webpack bundles the worker from this `new URL(…, import.meta.url)`);
 * null where workers are not available, and the caller reads on the main thread instead.
 */
export function startExportWorker(): { read: ReadOne; stop: () => void } | null {
  if (typeof Worker === "undefined") return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL("./exportReader.worker.ts", import.meta.url));
  } catch {
    return null;
  }
  let next = 0;
  const waiting = new Map<
    number,
    { resolve: (r: ReadResponse["result"]) => void; reject: (e: unknown) => void }
  >();
  worker.onmessage = (event: MessageEvent<ReadResponse>) => {
    const pending = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    pending?.resolve(event.data.result);
  };
  worker.onerror = (event) => {
    // A worker that can not start (blocked by the host) fails every pending read: the caller falls back.
    for (const pending of waiting.values()) pending.reject(new Error(event.message || "worker failed"));
    waiting.clear();
  };
  return {
    read: (file, bytes) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        waiting.set(id, { resolve, reject });
        const request: ReadRequest = { id, file, bytes };
        worker.postMessage(request, [bytes]);
      }),
    stop: () => worker.terminate(),
  };
}
