import type { Catalog } from "../../core/i18n/translate";

/** The warehouse tab's texts (pick list, packing slips, scan mode). */
export const WAREHOUSE_TEXT = {
  tab: { "zh-CN": "仓库", "en-US": "Warehouse" },
  printTitle: { "zh-CN": "拣货单和发货单", "en-US": "Pick list and packing slips" },
  scopeLabel: { "zh-CN": "范围", "en-US": "Scope" },
  scopeStages: { "zh-CN": "按状态", "en-US": "By stage" },
  scopeSelection: { "zh-CN": "选中的 {count} 行", "en-US": "The {count} selected rows" },
  stagesLabel: { "zh-CN": "状态", "en-US": "Stages" },
  ownerLabel: { "zh-CN": "负责人", "en-US": "Owner" },
  platformLabel: { "zh-CN": "平台", "en-US": "Platform" },
  anyone: { "zh-CN": "全部", "en-US": "Anyone" },
  anyPlatform: { "zh-CN": "全部平台", "en-US": "All platforms" },
  moveToProcessing: {
    "zh-CN": "生成后把待处理的订单改为处理中",
    "en-US": "Move 待处理 orders to 处理中 after generating",
  },
  perPage: { "zh-CN": "每页发货单数", "en-US": "Slips per page" },
  makePickList: { "zh-CN": "生成拣货单", "en-US": "Make pick list" },
  makeSlips: { "zh-CN": "生成发货单", "en-US": "Make packing slips" },
  pickListDone: {
    "zh-CN": "已生成“{sheet}”：{orders} 个订单，{rows} 行。",
    "en-US": "“{sheet}” is ready: {orders} orders, {rows} rows.",
  },
  slipsDone: {
    "zh-CN": "已生成“{sheet}”：{orders} 张发货单，带条码。",
    "en-US": "“{sheet}” is ready: {orders} slips with barcodes.",
  },
  movedDone: { "zh-CN": "{count} 个订单已改为处理中。", "en-US": "{count} orders moved to 处理中." },
  noPageLayout: {
    "zh-CN": "此版本的 Excel 不支持页面设置 API（ExcelApi 1.9）：请在“页面布局”中手动设为 A4 纵向。",
    "en-US":
      "This Excel lacks the page layout API (ExcelApi 1.9): set A4 portrait under Page Layout yourself.",
  },
  scanTitle: { "zh-CN": "扫码", "en-US": "Scan" },
  scanStart: { "zh-CN": "开始扫码", "en-US": "Start scanning" },
  scanReady: {
    "zh-CN": "已读取 {orders} 个订单。用扫码枪扫描，或输入后按 Enter。",
    "en-US": "{orders} orders loaded. Scan with the scanner, or type and press Enter.",
  },
  scanInput: { "zh-CN": "扫码或输入单号", "en-US": "Scan or type a code" },
  modeLabel: { "zh-CN": "模式", "en-US": "Mode" },
  modeAct: { "zh-CN": "扫码操作", "en-US": "Scan to act" },
  modeVerify: { "zh-CN": "扫码核对", "en-US": "Scan to verify" },
  stepLabel: { "zh-CN": "操作", "en-US": "Step" },
  stepPack: { "zh-CN": "打包 → 处理中", "en-US": "Pack → 处理中" },
  stepShip: { "zh-CN": "发货 → 已发货", "en-US": "Ship → 已发货" },
  carrierLabel: { "zh-CN": "默认快递公司", "en-US": "Default carrier" },
  trackingLabel: { "zh-CN": "快递单号", "en-US": "Tracking number" },
  overrideLabel: { "zh-CN": "未核对完也发货的原因", "en-US": "Reason to ship without every item" },
  ship: { "zh-CN": "发货", "en-US": "Ship" },
  override: { "zh-CN": "记录原因", "en-US": "Record reason" },
  tally: {
    "zh-CN": "本次：打包 {packed}，发货 {shipped}，拒绝 {refused}",
    "en-US": "This session: packed {packed}, shipped {shipped}, refused {refused}",
  },
  linesTitle: { "zh-CN": "订单 {orderId} 的商品", "en-US": "Items of order {orderId}" },
  // Outcomes
  packed: { "zh-CN": "✓ {orderId} 已改为处理中。", "en-US": "✓ {orderId} moved to 处理中." },
  shipped: {
    "zh-CN": "✓ {orderId} 已发货，单号 {tracking}。",
    "en-US": "✓ {orderId} shipped with tracking {tracking}.",
  },
  needTracking: {
    "zh-CN": "{orderId}：请扫描包裹上的快递单号。",
    "en-US": "{orderId}: now scan the parcel's tracking number.",
  },
  unknown: {
    "zh-CN": "✗ 找不到“{code}”：不是订单号也不是快递单号。请检查后重扫。",
    "en-US": "✗ “{code}” matches no order id or tracking number. Check it and scan again.",
  },
  ambiguous: {
    "zh-CN": "✗ “{code}”对应 {count} 个订单（{platforms}），无法确定。请在表格中处理。",
    "en-US": "✗ “{code}” matches {count} orders ({platforms}). Sort it out in the sheet.",
  },
  sharedTracking: {
    "zh-CN": "✗ 快递单号“{code}”同时属于 {orders}。请先在表格中更正。",
    "en-US": "✗ Tracking “{code}” is on two orders: {orders}. Correct the sheet first.",
  },
  wrongStage: {
    "zh-CN": "✗ {orderId} 当前是“{status}”，不能改为“{to}”。",
    "en-US": "✗ {orderId} is “{status}” and can not move to “{to}”.",
  },
  alreadyShipped: {
    "zh-CN": "✗ {orderId} 已经发货（{status}）。",
    "en-US": "✗ {orderId} has already shipped ({status}).",
  },
  alreadyThere: { "zh-CN": "{orderId} 已经是“{status}”。", "en-US": "{orderId} is already “{status}”." },
  scannedTwice: {
    "zh-CN": "✗ {orderId} 本次已经扫过了。",
    "en-US": "✗ {orderId} was already scanned this session.",
  },
  refused: { "zh-CN": "✗ {orderId} 未改动：{reason}", "en-US": "✗ {orderId} not changed: {reason}" },
  verifyStarted: {
    "zh-CN": "核对 {orderId}：请逐件扫描商品条码（{lines} 种）。",
    "en-US": "Verifying {orderId}: scan each item's barcode ({lines} products).",
  },
  itemOk: { "zh-CN": "✓ {label}：{got}/{need}", "en-US": "✓ {label}: {got}/{need}" },
  verifyComplete: {
    "zh-CN": "✓ 全部商品已核对，可以发货。",
    "en-US": "✓ Every item checked: ready to ship.",
  },
  wrongItem: {
    "zh-CN": "✗ 错货！“{code}”不在这个订单里，请拿出来。",
    "en-US": "✗ Wrong item! “{code}” is not in this order: take it out.",
  },
  tooMany: {
    "zh-CN": "✗ 多了！{label} 只需要 {need} 件。",
    "en-US": "✗ One too many! {label} needs only {need}.",
  },
  noOrder: { "zh-CN": "请先扫描订单号。", "en-US": "Scan the order id first." },
  overrideNeedsReason: {
    "zh-CN": "请写明原因后再记录。",
    "en-US": "Write the reason first.",
  },
  overridden: {
    "zh-CN": "已记录原因，缺 {missing} 件仍可发货。",
    "en-US": "Reason recorded: ship with {missing} units missing.",
  },
  shipLocked: {
    "zh-CN": "还有商品未核对：核对完成或记录原因后才能发货。",
    "en-US": "Items are still missing: finish checking or record a reason to ship.",
  },
} as const satisfies Catalog;
