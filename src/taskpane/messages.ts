import type { Catalog } from "../core/i18n/translate";
import type { ProblemKind } from "../core/problems";

/** Every string the pane shows that does not come from the core. */
export const PANE_MESSAGES = {
  productName: { "zh-CN": "订单流 OrderFlow", "en-US": "OrderFlow" },
  loading: { "zh-CN": "订单流正在读取你的表格…", "en-US": "OrderFlow is loading your sheet…" },
  dismiss: { "zh-CN": "关闭", "en-US": "Dismiss" },
  retry: { "zh-CN": "重试", "en-US": "Try again" },
  switchLanguage: { "zh-CN": "切换语言 Switch language", "en-US": "Switch language 切换语言" },
  otherLanguage: { "zh-CN": "English", "en-US": "中文" },
  mainTabs: { "zh-CN": "订单流视图", "en-US": "OrderFlow views" },
  tabHome: { "zh-CN": "首页", "en-US": "Home" },
  tabSelection: { "zh-CN": "选中", "en-US": "Selection" },
  tabBoard: { "zh-CN": "看板", "en-US": "Board" },
  tabCheck: { "zh-CN": "检查", "en-US": "Check" },
  tabReview: { "zh-CN": "周报", "en-US": "Review" },
  tabTeam: { "zh-CN": "团队", "en-US": "Team" },
  errorTitle: { "zh-CN": "操作未完成", "en-US": "That did not work" },
  crashTitle: { "zh-CN": "任务窗格遇到意外问题", "en-US": "The pane hit an unexpected problem" },
  crashBody: {
    "zh-CN": "工作簿没有被更改。请重新加载任务窗格；如果问题仍然存在，请关闭并重新打开工作簿。",
    "en-US":
      "Your workbook was not changed. Reload the pane; if it happens again, close and reopen the workbook.",
  },
  reloadPane: { "zh-CN": "重新加载任务窗格", "en-US": "Reload the pane" },

  // Who am I
  whoAmI: { "zh-CN": "我是", "en-US": "I am" },
  whoAmIPlaceholder: { "zh-CN": "选择你的名字", "en-US": "Pick your name" },
  whoAmINeeded: {
    "zh-CN": "请先选择你的名字，这样你的操作会以你的名义记录。",
    "en-US": "Pick your name first so your moves are logged under it.",
  },
  noTeam: {
    "zh-CN": "团队名单是空的。请在“团队”页或 OrderFlow 工作表中添加成员。",
    "en-US": "The team is empty. Add people on the Team tab or in the OrderFlow sheet.",
  },

  // Onboarding
  onboardingTitle: { "zh-CN": "设置工作流", "en-US": "Set up the workflow" },
  onboardingIntro: {
    "zh-CN": "订单流识别了工作表“{sheet}”。请检查列的对应关系，然后点击“设置工作流”。",
    "en-US": "OrderFlow read sheet “{sheet}”. Check how the columns map, then click “Set up workflow”.",
  },
  headerRow: { "zh-CN": "表头行", "en-US": "Header row" },
  dataRows: { "zh-CN": "数据行", "en-US": "Data rows" },
  mappingTitle: { "zh-CN": "字段与列", "en-US": "Fields and columns" },
  notMapped: { "zh-CN": "（无）", "en-US": "(none)" },
  confidence: { "zh-CN": "可信度 {percent}%", "en-US": "{percent}% sure" },
  ambiguitiesTitle: { "zh-CN": "需要你确认", "en-US": "Please decide" },
  ambiguity: {
    "zh-CN": "“{field}”可能是这些列之一：{columns}。请在上面选择正确的一列。",
    "en-US": "“{field}” could be any of: {columns}. Pick the right one above.",
  },
  previewTitle: { "zh-CN": "前几行预览", "en-US": "First rows" },
  setUpWorkflow: { "zh-CN": "设置工作流", "en-US": "Set up workflow" },
  settingUp: { "zh-CN": "正在设置…", "en-US": "Setting up…" },
  reinspect: { "zh-CN": "重新识别当前工作表", "en-US": "Read the active sheet again" },
  setupDoneTitle: { "zh-CN": "工作流已设置", "en-US": "The workflow is set up" },
  setupAdded: { "zh-CN": "已添加", "en-US": "Added" },
  setupFound: { "zh-CN": "发现", "en-US": "Found" },
  addedColumns: { "zh-CN": "新增列：{columns}", "en-US": "Columns: {columns}" },
  noAddedColumns: { "zh-CN": "没有新增列（已经齐全）", "en-US": "No columns (all were there)" },
  addedTable: { "zh-CN": "表格“{name}”", "en-US": "Table “{name}”" },
  keptTable: { "zh-CN": "沿用表格“{name}”", "en-US": "Kept table “{name}”" },
  rangeNoTable: {
    "zh-CN": "未转换为表格（{detail}），按区域处理",
    "en-US": "No table ({detail}); working on the range",
  },
  addedValidation: { "zh-CN": "下拉验证 {count} 个", "en-US": "{count} dropdown validations" },
  addedRules: { "zh-CN": "高亮规则 {count} 条", "en-US": "{count} highlight rules" },
  addedSheets: { "zh-CN": "新工作表：{sheets}", "en-US": "New sheets: {sheets}" },
  statusFilled: {
    "zh-CN": "填写了 {count} 个状态（其中 {market} 个来自平台状态）",
    "en-US": "Filled {count} statuses ({market} from the marketplace status)",
  },
  corruptedIds: { "zh-CN": "被 Excel 改坏的编号：{count}", "en-US": "Ids damaged by Excel: {count}" },
  duplicates: { "zh-CN": "重复订单：{count}", "en-US": "Duplicate orders: {count}" },
  rowsList: { "zh-CN": "行 {rows}", "en-US": "rows {rows}" },
  continueToHome: { "zh-CN": "开始使用", "en-US": "Start working" },

  // Home
  homeTitle: { "zh-CN": "概览", "en-US": "Overview" },
  sheetLine: { "zh-CN": "工作表“{sheet}”，{count} 行订单", "en-US": "Sheet “{sheet}”, {count} order lines" },
  stageColumn: { "zh-CN": "阶段", "en-US": "Stage" },
  countColumn: { "zh-CN": "数量", "en-US": "Orders" },
  overdueColumn: { "zh-CN": "超时", "en-US": "Overdue" },
  problemColumn: { "zh-CN": "已标记问题", "en-US": "Flagged" },
  noStatus: { "zh-CN": "无状态", "en-US": "No status" },
  totalOpen: { "zh-CN": "进行中 {count}", "en-US": "{count} open" },
  totalOverdue: { "zh-CN": "超时 {count}", "en-US": "{count} overdue" },
  totalProblems: { "zh-CN": "已标记问题 {count}", "en-US": "{count} flagged" },
  myQueue: { "zh-CN": "我的待办", "en-US": "My queue" },
  myQueueEmpty: { "zh-CN": "没有分配给你的进行中订单。", "en-US": "No open orders are assigned to you." },
  myQueuePickName: {
    "zh-CN": "选择你的名字后，这里会列出分配给你的订单。",
    "en-US": "Pick your name to see the orders assigned to you.",
  },
  selectOrder: {
    "zh-CN": "在 Excel 中选中订单 {orderId}（第 {row} 行）",
    "en-US": "Select order {orderId} (row {row}) in Excel",
  },
  overdue: { "zh-CN": "已超时", "en-US": "Overdue" },
  idDamaged: { "zh-CN": "编号已被 Excel 改坏", "en-US": "Id damaged by Excel" },
  suggestedTags: { "zh-CN": "买家留言建议标签：{tags}", "en-US": "Buyer note suggests the tag: {tags}" },
  due: { "zh-CN": "截止 {time}", "en-US": "Due {time}" },
  refresh: { "zh-CN": "刷新", "en-US": "Refresh" },

  // Selection
  selectionCount: { "zh-CN": "已选中 {count} 个订单", "en-US": "{count} orders selected" },
  selectionOne: { "zh-CN": "已选中 1 个订单", "en-US": "1 order selected" },
  selectionNone: {
    "zh-CN": "在订单表中选择一行或多行订单。",
    "en-US": "Select one or more order rows in the order sheet.",
  },
  selectionOtherSheet: {
    "zh-CN": "当前选中的是“{sheet}”。请切换到订单表“{orders}”。",
    "en-US": "The selection is on “{sheet}”. Switch to the order sheet “{orders}”.",
  },
  advance: { "zh-CN": "推进", "en-US": "Advance" },
  setStatus: { "zh-CN": "设置状态", "en-US": "Set status" },
  assign: { "zh-CN": "分配", "en-US": "Assign" },
  tagLabel: { "zh-CN": "标签", "en-US": "Tag" },
  addTag: { "zh-CN": "添加标签", "en-US": "Add tag" },
  removeTag: { "zh-CN": "移除标签", "en-US": "Remove tag" },
  reasonLabel: { "zh-CN": "问题原因", "en-US": "Problem reason" },
  noteLabel: { "zh-CN": "备注", "en-US": "Note" },
  flagProblem: { "zh-CN": "标记问题", "en-US": "Flag problem" },
  clearProblem: { "zh-CN": "清除问题", "en-US": "Clear problem" },
  choose: { "zh-CN": "请选择…", "en-US": "Choose…" },
  applying: { "zh-CN": "正在写入…", "en-US": "Writing…" },
  appliedAll: { "zh-CN": "已更新 {applied} 行。", "en-US": "Updated {applied} rows." },
  appliedSome: {
    "zh-CN": "已更新 {applied} 行；{refused} 行未更改：",
    "en-US": "Updated {applied} rows; {refused} left unchanged:",
  },
  appliedNone: {
    "zh-CN": "没有行被更改（{refused} 行被拒绝）：",
    "en-US": "No row was changed ({refused} refused):",
  },
  refusalLine: { "zh-CN": "第 {row} 行 {orderId}：{reason}", "en-US": "Row {row} {orderId}: {reason}" },
  noneListed: { "zh-CN": "无", "en-US": "none" },
  moreRefusals: { "zh-CN": "另有 {count} 行…", "en-US": "{count} more…" },

  // Board
  boardLabel: { "zh-CN": "订单看板", "en-US": "Order board" },
  laneLabel: { "zh-CN": "{stage}，{count} 个订单", "en-US": "{stage}, {count} orders" },
  wipWarning: {
    "zh-CN": "超过在制上限 {limit}",
    "en-US": "Over the WIP limit of {limit}",
  },
  filterOwner: { "zh-CN": "按负责人筛选", "en-US": "Filter by owner" },
  filterTag: { "zh-CN": "按标签筛选", "en-US": "Filter by tag" },
  filterPlatform: { "zh-CN": "按平台筛选", "en-US": "Filter by platform" },
  filterText: { "zh-CN": "搜索订单号、商品、买家", "en-US": "Search order id, product, buyer" },
  allOwners: { "zh-CN": "所有负责人", "en-US": "All owners" },
  allTags: { "zh-CN": "所有标签", "en-US": "All tags" },
  allPlatforms: { "zh-CN": "所有平台", "en-US": "All platforms" },
  unassigned: { "zh-CN": "未分配", "en-US": "Unassigned" },
  moveCard: { "zh-CN": "移动订单 {orderId}", "en-US": "Move order {orderId}" },
  moveTo: { "zh-CN": "移到“{stage}”", "en-US": "Move to “{stage}”" },
  notAllowedFromHere: { "zh-CN": "（不允许）", "en-US": "(not allowed)" },
  moved: {
    "zh-CN": "订单 {orderId} 已移到“{stage}”。",
    "en-US": "Order {orderId} moved to “{stage}”.",
  },
  moveRefused: { "zh-CN": "订单 {orderId} 未移动：{reason}", "en-US": "Order {orderId} not moved: {reason}" },
  cardLabel: {
    "zh-CN": "订单 {orderId}，{product}，{buyer}",
    "en-US": "Order {orderId}, {product}, {buyer}",
  },
  loadingBoard: { "zh-CN": "正在加载看板…", "en-US": "Loading the board…" },
  dragHint: {
    "zh-CN": "拖动卡片到其他阶段，或聚焦卡片后按 M 键选择目标阶段。",
    "en-US": "Drag a card to another lane, or focus a card and press M to pick the lane.",
  },

  // Check
  runCheck: { "zh-CN": "检查工作表", "en-US": "Check the sheet" },
  checking: { "zh-CN": "正在检查…", "en-US": "Checking…" },
  checkIntro: {
    "zh-CN": "检查每一行的状态、流转、必填项、编号、重复、日期和负责人。",
    "en-US": "Checks every row for status, moves, required fields, ids, duplicates, dates and owners.",
  },
  checkClean: {
    "zh-CN": "检查了 {rows} 行，没有发现问题。",
    "en-US": "Checked {rows} rows: no problems.",
  },
  checkFound: {
    "zh-CN": "检查了 {rows} 行，发现 {count} 处需要核对。",
    "en-US": "Checked {rows} rows: {count} findings.",
  },
  jumpToCell: { "zh-CN": "转到 {address}：{message}", "en-US": "Go to {address}: {message}" },
  cellRef: { "zh-CN": "第 {row} 行 {column} 列", "en-US": "Row {row}, column {column}" },

  // Review
  reviewTitle: { "zh-CN": "每周复盘", "en-US": "Weekly review" },
  weekLabel: { "zh-CN": "周", "en-US": "Week" },
  weekOption: {
    "zh-CN": "{year} 年第 {week} 周（{from} – {to}）",
    "en-US": "{year} week {week} ({from} – {to})",
  },
  refreshReview: { "zh-CN": "刷新周报", "en-US": "Refresh review" },
  refreshingReview: { "zh-CN": "正在生成周报…", "en-US": "Building the review…" },
  reviewSheetLine: {
    "zh-CN": "周报在工作表“{sheet}”中（{kind}），问题表列出 {count} 条问题（一单可有多条）。",
    "en-US":
      "The review is on sheet “{sheet}” ({kind}); its Problems table lists {count} problems (an order can have several).",
  },
  pivotTables: { "zh-CN": "数据透视表", "en-US": "PivotTables" },
  staticTables: { "zh-CN": "静态汇总表", "en-US": "static summary tables" },
  reviewNotYet: {
    "zh-CN": "选择一周，然后点击“刷新周报”生成复盘工作表。",
    "en-US": "Pick a week, then click “Refresh review” to build the review sheet.",
  },
  kpiNoValue: { "zh-CN": "无数据", "en-US": "no data" },
  reviewWeekShort: { "zh-CN": "{year} 年第 {week} 周", "en-US": "{year} week {week}" },
  reviewFiguresFor: { "zh-CN": "{week}的数字", "en-US": "Figures for {week}" },
  reviewStale: {
    "zh-CN": "下面仍是{shown}的数字，不是所选的{selected}。点击“刷新周报”生成{selected}的复盘。",
    "en-US":
      "The figures below are still those of {shown}, not of the chosen {selected}. Click “Refresh review” to build {selected}.",
  },
  kpiTarget: { "zh-CN": "目标 {op} {value}", "en-US": "target {op} {value}" },
  kpiOk: { "zh-CN": "达标", "en-US": "on target" },
  kpiMissed: { "zh-CN": "未达标", "en-US": "off target" },
  hoursValue: { "zh-CN": "{value} 小时", "en-US": "{value} h" },
  daysValue: { "zh-CN": "{value} 天", "en-US": "{value} d" },

  // Team
  teamTitle: { "zh-CN": "团队名单", "en-US": "Team" },
  optionsTitle: { "zh-CN": "工作流选项（整个工作簿）", "en-US": "Workflow options (whole workbook)" },
  strictOption: {
    "zh-CN": "严格模式：在表格中输入的非法流转会被撤回（关闭时在行上标记问题）",
    "en-US": "Strict: an illegal move typed into the sheet is put back (off: the row is flagged)",
  },
  autoRouteOption: {
    "zh-CN": "自动分配：订单进入其他角色的阶段时，交给该角色中待办最少的在岗成员",
    "en-US":
      "Auto-routing: an order entering another role's stage goes to that role's least busy active member",
  },
  autoRouteNeedsRoles: {
    "zh-CN": "自动分配暂不可用：还没有在岗成员设置角色。请在上方为成员选择角色并保存团队。",
    "en-US": "Auto-routing is off until an active member has a role: pick roles above and save the team.",
  },
  teamIntro: {
    "zh-CN": "名单保存在 OrderFlow 工作表的团队表中，也可以直接在那里编辑。",
    "en-US": "The team lives in the team table of the OrderFlow sheet; you can edit it there too.",
  },
  memberName: { "zh-CN": "姓名", "en-US": "Name" },
  memberNameOf: { "zh-CN": "第 {index} 位成员的姓名", "en-US": "Name of member {index}" },
  memberRoleOf: { "zh-CN": "{name}的角色", "en-US": "Role of {name}" },
  memberActiveOf: { "zh-CN": "{name}在岗", "en-US": "{name} is active" },
  removeMember: { "zh-CN": "移除 {name}", "en-US": "Remove {name}" },
  noRole: { "zh-CN": "（无角色）", "en-US": "(no role)" },
  addMember: { "zh-CN": "添加成员", "en-US": "Add member" },
  saveTeam: { "zh-CN": "保存团队", "en-US": "Save team" },
  teamSaved: { "zh-CN": "团队已保存到 OrderFlow 工作表。", "en-US": "Team saved to the OrderFlow sheet." },
  teamInvalid: {
    "zh-CN": "每位成员都需要一个不重复的姓名。",
    "en-US": "Every member needs a name, and names must differ.",
  },
} as const satisfies Catalog;

/** How each kind of problem the check finds is headed in the Check view. */
export const PROBLEM_KIND_LABELS = {
  invalidStatus: { "zh-CN": "无效状态", "en-US": "Invalid status" },
  illegalMove: { "zh-CN": "非法流转", "en-US": "Illegal move" },
  missingRequired: { "zh-CN": "缺少必填项", "en-US": "Missing required field" },
  idCorrupted: { "zh-CN": "编号被改坏", "en-US": "Damaged id" },
  duplicateOrder: { "zh-CN": "重复订单", "en-US": "Duplicate order" },
  invalidDate: { "zh-CN": "无效日期", "en-US": "Invalid date" },
  invalidNumber: { "zh-CN": "无效数字", "en-US": "Invalid number" },
  overdue: { "zh-CN": "超时", "en-US": "Overdue" },
  noOwner: { "zh-CN": "无负责人", "en-US": "No owner" },
  missingOrderId: { "zh-CN": "缺少订单号", "en-US": "Missing order id" },
} as const satisfies Catalog & Record<ProblemKind, unknown>;

export const PLATFORM_LABELS = {
  taobao: { "zh-CN": "淘宝/天猫", "en-US": "Taobao/Tmall" },
  jd: { "zh-CN": "京东", "en-US": "JD" },
  pinduoduo: { "zh-CN": "拼多多", "en-US": "Pinduoduo" },
  douyin: { "zh-CN": "抖音", "en-US": "Douyin" },
  kuaishou: { "zh-CN": "快手", "en-US": "Kuaishou" },
  amazon: { "zh-CN": "亚马逊", "en-US": "Amazon" },
  ebay: { "zh-CN": "eBay", "en-US": "eBay" },
  shopee: { "zh-CN": "Shopee", "en-US": "Shopee" },
  lazada: { "zh-CN": "Lazada", "en-US": "Lazada" },
  aliexpress: { "zh-CN": "速卖通", "en-US": "AliExpress" },
  tiktok: { "zh-CN": "TikTok", "en-US": "TikTok" },
  shopify: { "zh-CN": "Shopify", "en-US": "Shopify" },
  woocommerce: { "zh-CN": "WooCommerce", "en-US": "WooCommerce" },
  generic: { "zh-CN": "通用", "en-US": "Generic" },
} as const satisfies Catalog;
