import type { Catalog } from "../../core/i18n/translate";

/** What onboarding says about the team's status words, labels and a mapping it can not set up. */
export const ONBOARDING_MESSAGES = {
  vocabularyTitle: { "zh-CN": "团队的状态写法", "en-US": "Your status words" },
  vocabularyIntro: {
    "zh-CN": "状态列中的每种写法及其含义。确认或修改后，这些写法会成为流程认可的写法，单元格保持原样。",
    "en-US":
      "Each word in the status column and what it will mean. Once confirmed, the words are accepted by the workflow; your cells stay as they are.",
  },
  marketVocabularyTitle: { "zh-CN": "平台的订单状态", "en-US": "The marketplace's order statuses" },
  marketVocabularyIntro: {
    "zh-CN":
      "表中没有团队自己的状态列，设置会新增一列，并按平台订单状态给每个订单一个起始状态。请确认或修改每种平台状态对应的状态；改过的按你的选择，未改的还会参考退款、发货等列。平台状态列保持原样。",
    "en-US":
      "The sheet has no status column of your own: setup adds one and starts each order in a status read from the marketplace status. Confirm or change the status for each marketplace status; the ones you change follow your choice, the others also read the refund and shipping columns. The marketplace column stays as it is.",
  },
  marketUnknownCount: {
    "zh-CN": "{count} 种平台状态未确定：这些订单按平台状态的常规含义开始，无法判断时为“待处理”。",
    "en-US":
      "{count} marketplace status(es) left unsure: those orders start from the marketplace status's usual meaning, else To process.",
  },
  vocabularyTable: { "zh-CN": "状态写法", "en-US": "Status words" },
  columnValue: { "zh-CN": "写法", "en-US": "Word" },
  columnRows: { "zh-CN": "行数", "en-US": "Rows" },
  columnStatus: { "zh-CN": "对应状态", "en-US": "Status" },
  columnReason: { "zh-CN": "问题原因", "en-US": "Reason" },
  statusFor: { "zh-CN": "“{value}”对应的状态", "en-US": "Status for “{value}”" },
  unknownStatus: { "zh-CN": "不确定（保持未识别）", "en-US": "Not sure (leave unrecognised)" },
  unknownCount: {
    "zh-CN": "{count} 种写法未确定：它们保持原样，检查时会列为无效状态。",
    "en-US":
      "{count} word(s) left unrecognised: they stay as they are and the check lists them as invalid statuses.",
  },
  emptyColumn: {
    "zh-CN": "状态列是空的：设置会按平台状态（如有）或“待处理”填写。",
    "en-US":
      "The status column is empty: setup fills it from the marketplace status where there is one, else To process.",
  },
  notStatuses: {
    "zh-CN":
      "状态列里大多是日期或数字（{rows} 行），不像状态。请在上面为“状态”选择另一列，或选“（无）”让设置新增状态列。",
    "en-US":
      "The status column holds mostly dates or numbers ({rows} rows), not statuses. Pick another column for Status above, or (none) to have setup add one.",
  },
  tooMany: {
    "zh-CN":
      "状态列有 {distinct} 种不同的内容，更像自由填写的文字。请确认它确实是状态列；未确定的写法保持原样。",
    "en-US":
      "The status column has {distinct} different texts; that looks like free text. Make sure it is the status column; words left unrecognised stay as they are.",
  },
  extraHeaderRows: {
    "zh-CN": "第 {rows} 行看起来也是表头，不会当作订单读取。",
    "en-US": "Row(s) {rows} look like a second header and are not read as orders.",
  },
  labelsTitle: { "zh-CN": "状态名称的语言", "en-US": "Language of status labels" },
  labelsZh: { "zh-CN": "中文（待处理）", "en-US": "Chinese (待处理)" },
  labelsEn: { "zh-CN": "英文（To process）", "en-US": "English (To process)" },
  labelsBilingual: { "zh-CN": "双语（待处理 To process）", "en-US": "Both (待处理 To process)" },
  rewrite: {
    "zh-CN": "把这些写法改写为标准名称（每次改写都记入 Activity 表）",
    "en-US": "Rewrite these words to the standard labels (each rewrite is logged on the Activity sheet)",
  },
  addStatusColumn: {
    "zh-CN": "新增一列“状态 Status”",
    "en-US": "Add a “状态 Status” column",
  },
  refusedTitle: { "zh-CN": "还不能设置", "en-US": "Can not set up yet" },
} as const satisfies Catalog;
