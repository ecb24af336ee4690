/**
 * "Who am I": the team member the user picked in the pane, per user and machine, in the browser's
 * local storage (prefixed with Office's partition key where the host partitions storage,
 * https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 * The activity log's "by" column reads it; blank when nobody was picked.
 */
const WHO_KEY = "orderflow.who";

function storageKey(): string {
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
    return globalThis.localStorage?.getItem(storageKey()) ?? "";
  } catch {
    return "";
  }
}

export function setWho(name: string): void {
  try {
    if (name === "") globalThis.localStorage?.removeItem(storageKey());
    else globalThis.localStorage?.setItem(storageKey(), name);
  } catch {
    // Storage can be off (private mode, policies); the name then lasts for this session only.
  }
}
