/**
 * "Who am I": the team member the user picked in the pane, per user and machine, in the browser's
 * local storage (prefixed with Office's partition key where the host partitions storage,
 * https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 * The activity log's "by" column reads it; blank when nobody was picked. The pane writes it
 * (src/taskpane/state/WhoAmIProvider.tsx) under this same key.
 */
const WHO_KEY = "orderflow.who";

/** The storage key, prefixed with Office's partition key when there is one. */
export function whoStorageKey(): string {
  let partition = "";
  try {
    partition = typeof Office !== "undefined" ? (Office.context?.partitionKey ?? "") : "";
  } catch {
    partition = "";
  }
  return partition ? `${partition}${WHO_KEY}` : WHO_KEY;
}

export function getWho(): string {
  try {
    return globalThis.localStorage?.getItem(whoStorageKey()) ?? "";
  } catch {
    return "";
  }
}
