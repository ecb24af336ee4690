import type { Stage } from "./workflow";

/** How a status is written: one language, or `待处理 To process` (what OrderFlow writes into cells and lists). */
export type StatusLabelMode = "zh-CN" | "en-US" | "bilingual";

/** The stage's label in the given mode; the bilingual form is Chinese, a space, English (once if they are equal). */
export function statusLabel(stage: Stage, mode: StatusLabelMode): string {
  const zh = stage.label["zh-CN"];
  const en = stage.label["en-US"];
  switch (mode) {
    case "zh-CN":
      return zh;
    case "en-US":
      return en;
    case "bilingual":
      return zh === en ? zh : `${zh} ${en}`;
  }
}
