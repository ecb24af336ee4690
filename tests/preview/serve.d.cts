// Types of serve.cjs for the TypeScript callers (the e2e runner and the board benchmark).
export interface PreviewServer {
  /** `http://localhost:PORT/` */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1:`port` (0 picks a free port); rejects with EADDRINUSE when the port is taken. */
export function serve(dir: string, port?: number): Promise<PreviewServer>;
