import { useCallback, useEffect, useRef, useState } from "react";
import type { PortError } from "../../core/port";
import type { Result } from "../../core/result";
import { runPort } from "./runPort";

/** The state of one port call the user started. */
export type TaskState<T> =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly value: T }
  | { readonly status: "failed"; readonly error: PortError };

export interface Task<A extends unknown[], T> {
  readonly state: TaskState<T>;
  /** Runs the call; resolves with its result (undefined when a later run superseded it). */
  readonly run: (...args: A) => Promise<Result<T, PortError> | undefined>;
  readonly reset: () => void;
}

/**
 * One port call as React state: the latest run wins, and nothing is set after the component is gone.
 */
export function useTask<A extends unknown[], T>(
  call: (...args: A) => Promise<Result<T, PortError>>,
): Task<A, T> {
  const [state, setState] = useState<TaskState<T>>({ status: "idle" });
  const latest = useRef(0);
  const mounted = useRef(true);
  const callRef = useRef(call);
  useEffect(() => {
    callRef.current = call;
  }, [call]);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(async (...args: A) => {
    const id = ++latest.current;
    setState({ status: "running" });
    const result = await runPort(() => callRef.current(...args));
    if (!mounted.current || id !== latest.current) return undefined;
    setState(result.ok ? { status: "done", value: result.value } : { status: "failed", error: result.error });
    return result;
  }, []);
  const reset = useCallback(() => {
    latest.current++;
    setState({ status: "idle" });
  }, []);
  return { state, run, reset };
}
