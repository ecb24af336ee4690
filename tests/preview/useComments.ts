import { useEffect, useState } from "react";
import type { FakeExcelHost } from "../fakeExcel";
import { parseAddress } from "../fakeExcel";
import type { CommentView } from "../fakeExcel/comments";
import { readComments } from "../fakeExcel/comments";

/**
 * The workbook's comment threads, read through the API on the host's unwrapped `run` (so reading them
 * does not count as a change) whenever the workbook may have changed. Keyed `Sheet!A2`, sheet unquoted.
 */
export function useComments(host: FakeExcelHost, version: number): ReadonlyMap<string, CommentView> {
  const [threads, setThreads] = useState<ReadonlyMap<string, CommentView>>(new Map());
  useEffect(() => {
    let live = true;
    readComments((batch) => host.Excel.run(batch))
      .then((list) => {
        if (!live) return;
        const map = new Map<string, CommentView>();
        for (const thread of list) {
          const parsed = parseAddress(thread.address);
          const local = thread.address.slice(thread.address.lastIndexOf("!") + 1);
          if (parsed?.sheet) map.set(`${parsed.sheet}!${local}`, thread);
        }
        setThreads(map);
      })
      .catch(() => undefined); // cell-edit mode fails every sync: keep the last threads
    return () => {
      live = false;
    };
  }, [host, version]);
  return threads;
}
