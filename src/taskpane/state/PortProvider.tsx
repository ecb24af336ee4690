import type { ReactNode } from "react";
import { createContext, useContext } from "react";
import type { WorkbookPort } from "../../core/port";

const PortContext = createContext<WorkbookPort | null>(null);

/** Hands the workbook port to the hooks below it (the Office adapter in Excel, a fake in tests and the preview). */
export function PortProvider({
  port,
  children,
}: {
  readonly port: WorkbookPort;
  readonly children: ReactNode;
}) {
  return <PortContext.Provider value={port}>{children}</PortContext.Provider>;
}

/** The port from context; a programmer error outside a PortProvider. */
export function usePort(): WorkbookPort {
  const port = useContext(PortContext);
  if (!port) throw new Error("usePort must be used inside <PortProvider>");
  return port;
}
