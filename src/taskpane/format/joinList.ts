import type { Locale } from "../../core/schema";

/** Items of a list inside a sentence: `待处理、已取消` in Chinese, `To process, Cancelled` in English. */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === "zh-CN" ? "、" : ", ");
}
