import type { Catalog } from "../i18n/translate";

/** Every text the weekly review puts on a sheet or hands to the pane. */
export const REVIEW_MESSAGES = {
  "kpi.orders": { "zh-CN": "本周新订单", "en-US": "New orders" },
  "kpi.activeOrders": { "zh-CN": "本周活跃订单", "en-US": "Active orders" },
  "kpi.problemOrders": { "zh-CN": "问题订单", "en-US": "Problem orders" },
  "kpi.problemRate": { "zh-CN": "问题订单率", "en-US": "Problem rate" },
  "kpi.onTimeShipRate": { "zh-CN": "准时发货率", "en-US": "On-time ship rate" },
  "kpi.lateShipmentRate": { "zh-CN": "迟发货率", "en-US": "Late shipment rate" },
  "kpi.cancellationRate": { "zh-CN": "取消率", "en-US": "Cancellation rate" },
  "kpi.trackingRate": { "zh-CN": "已发货订单有物流单号比例", "en-US": "Tracking present (shipped)" },
  "kpi.slowestStage": {
    "zh-CN": "团队最慢环节（中位时长）：{stage}",
    "en-US": "Slowest team stage (median): {stage}",
  },
  "kpi.slowestStageNone": { "zh-CN": "团队最慢环节（中位时长）", "en-US": "Slowest team stage (median)" },
  "kpi.carrierHours": {
    "zh-CN": "承运商时长（中位，{stage}）",
    "en-US": "Carrier time (median, {stage})",
  },
  "kpi.carrierHoursNone": { "zh-CN": "承运商时长（中位）", "en-US": "Carrier time (median)" },
  illegalMove: { "zh-CN": "非法流转", "en-US": "Illegal move" },
  title: {
    "zh-CN": "每周问题订单复盘 {week}（{from} 至 {to}）",
    "en-US": "Weekly problem-order review {week} ({from} to {to})",
  },
  howToRead: {
    "zh-CN":
      "怎么看：每个数字都来自“问题订单 Problems”表（一行一个问题，含订单表行号）和 Activity 日志。先看红色指标（“口径”列写明每个比率的分子和分母），再看下方透视表：哪个商品、哪个阶段、哪个客户、哪位负责人的问题最多。问题率按本周活跃订单（本周下单、本周有状态变动或周末仍未完成）计算；准时发货率和迟发货率按发货截止（平台规则，见设置表）在本周的订单计算，两者合计 100%。已发货到签收是承运商的时间，不算团队最慢环节。",
    "en-US":
      "How to read this: every figure comes from the Problems table (one row per problem, with its order-sheet row) and the Activity log. Start with the red marks (the How counted column gives each rate's numerator and denominator), then the pivots below: which product, stage, customer and owner have the most problems. The problem rate is over the week's active orders (ordered this week, moved this week, or still open at the week's end); the on-time and late shipment rates are over the orders whose shipping deadline (the platform's rule, see the settings sheet) fell in the week, and add up to 100%. Shipped to delivered is the carrier's time, not a team stage.",
  },
  pivotFallback: {
    "zh-CN": "此版本 Excel 不支持数据透视表 API（需要 ExcelApi 1.8），以下为静态汇总表，刷新时重新计算。",
    "en-US":
      "This Excel lacks the PivotTable API (ExcelApi 1.8), so static summary tables stand in for the pivots; they are recomputed on every refresh.",
  },
  noProblems: { "zh-CN": "本周没有问题订单。", "en-US": "No problem orders this week." },
  noOrders: {
    "zh-CN": "本周没有订单：没有新订单、没有状态变动，周末也没有未完成的订单。",
    "en-US": "No orders this week: nothing was ordered or moved, and nothing was open at the week's end.",
  },
  "basis.orders": { "zh-CN": "本周下单的订单", "en-US": "Ordered this week" },
  "basis.activeOrders": {
    "zh-CN": "本周下单、有状态变动或周末仍未完成",
    "en-US": "Ordered, moved, or still open at the week's end",
  },
  "basis.problemOrders": {
    "zh-CN": "本周出现问题的订单（见问题订单表）",
    "en-US": "Orders with a problem this week (see Problems)",
  },
  "basis.problemRate": { "zh-CN": "问题订单 {a} ÷ 活跃订单 {b}", "en-US": "Problem orders {a} ÷ active {b}" },
  "basis.onTimeShipRate": {
    "zh-CN": "截止前发货 {a} ÷ 发货截止在本周的订单 {b}",
    "en-US": "Shipped by the deadline {a} ÷ orders due to ship this week {b}",
  },
  "basis.lateShipmentRate": {
    "zh-CN": "截止时未发货 {a} ÷ 发货截止在本周的订单 {b}（与准时发货率合计 100%）",
    "en-US":
      "Not shipped by the deadline {a} ÷ orders due to ship this week {b} (adds up to 100% with on-time)",
  },
  "basis.cancellationRate": {
    "zh-CN": "已取消 {a} ÷ 本周新订单 {b}",
    "en-US": "Cancelled {a} ÷ new orders {b}",
  },
  "basis.trackingRate": {
    "zh-CN": "有物流单号 {a} ÷ 本周发货 {b}",
    "en-US": "With tracking {a} ÷ shipped this week {b}",
  },
  "basis.slowestStage": {
    "zh-CN": "团队环节的中位停留；标准为该环节时限（不含承运商和买家时间）",
    "en-US": "Median stay in a team stage against its SLA (carrier and buyer time left out)",
  },
  "basis.carrierHours": {
    "zh-CN": "发货到签收，承运商的时间，不计入团队",
    "en-US": "Shipped to delivered: the carrier's time, not the team's",
  },
  "clock.team": { "zh-CN": "团队", "en-US": "Team" },
  "clock.carrier": { "zh-CN": "承运商", "en-US": "Carrier" },
  "clock.buyer": { "zh-CN": "买家", "en-US": "Buyer" },
  "column.basis": { "zh-CN": "口径", "en-US": "How counted" },
  "column.clock": { "zh-CN": "谁的时间", "en-US": "Whose time" },
  "block.kpis": { "zh-CN": "关键指标", "en-US": "Key figures" },
  "block.stageTimes": { "zh-CN": "各阶段停留时长（小时）", "en-US": "Time in each stage (hours)" },
  "block.byType": { "zh-CN": "按问题类型", "en-US": "Problems by type" },
  "block.topProducts": {
    "zh-CN": "问题率最高的商品（至少 {min} 单）",
    "en-US": "Products by problem rate (at least {min} orders)",
  },
  "block.topCustomers": { "zh-CN": "售后最多的客户", "en-US": "Customers by after-sales" },
  "pivot.productType": { "zh-CN": "商品 × 问题类型", "en-US": "Product × problem type" },
  "pivot.stage": { "zh-CN": "按阶段", "en-US": "By stage" },
  "pivot.customer": { "zh-CN": "按客户", "en-US": "By customer" },
  "pivot.owner": { "zh-CN": "按负责人", "en-US": "By owner" },
  "column.figure": { "zh-CN": "指标", "en-US": "Figure" },
  "column.value": { "zh-CN": "数值", "en-US": "Value" },
  "column.target": { "zh-CN": "标准", "en-US": "Yardstick" },
  "column.mark": { "zh-CN": "达标", "en-US": "Met" },
  "column.stage": { "zh-CN": "阶段", "en-US": "Stage" },
  "column.visits": { "zh-CN": "次数", "en-US": "Moves" },
  "column.median": { "zh-CN": "中位数", "en-US": "Median" },
  "column.p85": { "zh-CN": "85分位", "en-US": "85th pct" },
  "column.type": { "zh-CN": "问题类型", "en-US": "Problem type" },
  "column.count": { "zh-CN": "数量", "en-US": "Count" },
  /** The pivots' data caption (DataPivotHierarchy.name), in place of Excel's "Count of 订单号 Order". */
  "pivot.dataName": { "zh-CN": "问题数", "en-US": "Problems" },
  "column.product": { "zh-CN": "商品", "en-US": "Product" },
  "column.orders": { "zh-CN": "订单", "en-US": "Orders" },
  "column.problemOrders": { "zh-CN": "问题订单", "en-US": "Problem orders" },
  "column.rate": { "zh-CN": "问题率", "en-US": "Rate" },
  "column.customer": { "zh-CN": "客户", "en-US": "Customer" },
  "column.afterSales": { "zh-CN": "售后订单", "en-US": "After-sales orders" },
  "column.problems": { "zh-CN": "问题数", "en-US": "Problems" },
  "chart.byType": { "zh-CN": "本周问题按类型", "en-US": "Problems by type this week" },
  "chart.stageMedian": { "zh-CN": "各阶段中位停留时长（小时）", "en-US": "Median hours in each stage" },
  "chart.trend": { "zh-CN": "问题订单率趋势", "en-US": "Problem rate by week" },
  markOk: { "zh-CN": "✔ 达标", "en-US": "✔ met" },
  markBad: { "zh-CN": "✘ 未达标", "en-US": "✘ missed" },
  grandTotal: { "zh-CN": "总计", "en-US": "Grand Total" },
} as const satisfies Catalog;
