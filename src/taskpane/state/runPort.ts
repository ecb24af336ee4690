import type { PortError } from "../../core/port";
import type { Result } from "../../core/result";
import { err } from "../../core/result";

/**
 * Awaits a port call. The port promises never to reject; should one throw anyway (a bug, a lost
 * connection), the pane still gets a typed error it can show instead of a blank screen.
 */
export async function runPort<T>(call: () => Promise<Result<T, PortError>>): Promise<Result<T, PortError>> {
  try {
    return await call();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err({ kind: "unexpected", code: "PaneException", detail });
  }
}
