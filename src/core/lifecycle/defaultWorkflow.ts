import type { Message } from "../i18n/translate";
import type { Field } from "../schema";
import { lifecycleMessages } from "./messages";
import type { Role } from "./roles";
import type { Stage, Workflow } from "./workflow";

interface DefaultStageSpec {
  readonly label: Message;
  readonly role: Role | null;
  readonly slaHours: number | null;
  readonly next: readonly string[];
  readonly needs: readonly Field[];
  readonly open: boolean;
  readonly problemBranch: boolean;
  /** Soft board-lane limits for a small team handling a few hundred orders a day. */
  readonly wipLimit?: number;
}

/*
 * SLA hours: how long an order may sit in a stage before it is overdue.
 * - awaitingPayment 24: platforms close unpaid orders within a day (Taobao/PDD auto-close after 24h or less),
 *   so a day is when customer service should nudge the buyer or let it go.
 * - toProcess 24 + processing 24: marketplaces require shipping within 48h of payment (Taobao, PDD, Douyin
 *   default promise), split evenly between operations (check, confirm) and the warehouse (pick, pack).
 * - onHold 24: a stuck order is a broken promise in waiting; someone must act on it within a working day.
 * - shipped 168 and delivered 168: domestic parcels arrive in days, cross-border in one to two weeks; Taobao
 *   auto-confirms receipt after 7-10 days, so a week is when customer service should check on the parcel.
 * - afterSales 72: platforms give sellers 48-72h to answer a refund or return request before it auto-approves.
 * - completed, refunded, cancelled: closed, no clock.
 *
 * `next` lists the moves of docs/DESIGN.md; its first non-problem entry is where *Advance* goes, hence
 * onHold lists processing first (a resolved hold goes back to the warehouse: restocked, address fixed,
 * parcel to reship) and afterSales lists completed first (a resolved case closes; refunding is a choice).
 */
const DEFAULT_STAGE_TABLE = {
  awaitingPayment: {
    label: lifecycleMessages["lifecycle.status.awaitingPayment"],
    role: "customerService",
    slaHours: 24,
    next: ["toProcess", "cancelled"],
    needs: [],
    open: true,
    problemBranch: false,
  },
  toProcess: {
    label: lifecycleMessages["lifecycle.status.toProcess"],
    role: "operations",
    slaHours: 24,
    next: ["processing", "onHold", "afterSales", "cancelled"],
    needs: [],
    open: true,
    problemBranch: false,
    wipLimit: 200,
  },
  processing: {
    label: lifecycleMessages["lifecycle.status.processing"],
    role: "warehouse",
    slaHours: 24,
    next: ["shipped", "onHold", "afterSales"],
    needs: [],
    open: true,
    problemBranch: false,
    wipLimit: 100,
  },
  onHold: {
    label: lifecycleMessages["lifecycle.status.onHold"],
    role: "operations",
    slaHours: 24,
    next: ["processing", "toProcess", "afterSales", "cancelled"],
    needs: ["problem"],
    open: true,
    problemBranch: true,
    wipLimit: 30,
  },
  shipped: {
    label: lifecycleMessages["lifecycle.status.shipped"],
    role: "warehouse",
    slaHours: 168,
    next: ["delivered", "afterSales", "onHold"],
    needs: ["carrier", "tracking"],
    open: true,
    problemBranch: false,
  },
  delivered: {
    label: lifecycleMessages["lifecycle.status.delivered"],
    role: "customerService",
    slaHours: 168,
    next: ["completed", "afterSales"],
    needs: [],
    open: true,
    problemBranch: false,
  },
  completed: {
    label: lifecycleMessages["lifecycle.status.completed"],
    role: null,
    slaHours: null,
    next: ["afterSales"],
    needs: [],
    open: false,
    problemBranch: false,
  },
  afterSales: {
    label: lifecycleMessages["lifecycle.status.afterSales"],
    role: "customerService",
    slaHours: 72,
    next: ["completed", "refunded", "shipped"],
    needs: ["problem"],
    open: true,
    problemBranch: true,
    wipLimit: 30,
  },
  refunded: {
    label: lifecycleMessages["lifecycle.status.refunded"],
    role: "customerService",
    slaHours: null,
    next: [],
    needs: [],
    open: false,
    problemBranch: false,
  },
  cancelled: {
    label: lifecycleMessages["lifecycle.status.cancelled"],
    role: null,
    slaHours: null,
    next: [],
    needs: [],
    open: false,
    problemBranch: false,
  },
} as const satisfies Record<string, DefaultStageSpec>;

/** The statuses of the default lifecycle (docs/DESIGN.md "Core contract"). */
export type DefaultStatusKey = keyof typeof DEFAULT_STAGE_TABLE;

/** The default status keys in display order. */
export const DEFAULT_STATUS_KEYS = Object.keys(DEFAULT_STAGE_TABLE) as DefaultStatusKey[];

/** The lifecycle a team starts with; it is written into the settings sheet, where the lead can edit it. */
export const DEFAULT_WORKFLOW: Workflow = {
  stages: DEFAULT_STATUS_KEYS.map((key): Stage => ({ key, ...DEFAULT_STAGE_TABLE[key] })),
};
