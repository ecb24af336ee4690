import {
  Badge,
  Button,
  Caption1,
  CounterBadge,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { WarningFilled } from "@fluentui/react-icons";
import type { OrderCard, OrdersView } from "../../core/port";
import { TagBadge } from "../components";
import { formatDue } from "../format";
import { MyDay } from "../notify";
import { PANE_MESSAGES } from "../messages";
import { useLocale, useText } from "../state";
import { countByStage, myQueue } from "./queue";

const QUEUE_LIMIT = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  totals: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  number: { textAlign: "end" },
  overdueNumber: {
    textAlign: "end",
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  groupTitle: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  order: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  orderBody: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    width: "100%",
  },
  orderLine: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", flexWrap: "wrap" },
  orderId: { fontWeight: tokens.fontWeightSemibold },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface HomeViewProps {
  readonly view: OrdersView;
  readonly who: string;
  readonly onSelectOrder: (order: OrderCard) => void;
}

/** Counts per stage, and the orders waiting for me. */
export function HomeView({ view, who, onSelectOrder }: HomeViewProps) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const counts = countByStage(view);
  const open = counts.filter((c) => c.stage?.open).reduce((sum, c) => sum + c.count, 0);
  const overdue = counts.reduce((sum, c) => sum + c.overdue, 0);
  const problems = counts.reduce((sum, c) => sum + c.problems, 0);
  const queue = myQueue(view, who);
  let budget = QUEUE_LIMIT;
  return (
    <div className={styles.root}>
      <Caption1>{t(PANE_MESSAGES.sheetLine, { sheet: view.sheetName, count: view.orders.length })}</Caption1>
      <MyDay view={view} who={who} onSelectOrder={onSelectOrder} />
      <div className={styles.totals}>
        <Badge appearance="tint" color="brand">
          {t(PANE_MESSAGES.totalOpen, { count: open })}
        </Badge>
        <Badge appearance="tint" color={overdue > 0 ? "danger" : "subtle"}>
          {t(PANE_MESSAGES.totalOverdue, { count: overdue })}
        </Badge>
        <Badge appearance="tint" color={problems > 0 ? "warning" : "subtle"}>
          {t(PANE_MESSAGES.totalProblems, { count: problems })}
        </Badge>
      </div>

      <Table size="extra-small" aria-label={t(PANE_MESSAGES.homeTitle)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t(PANE_MESSAGES.stageColumn)}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t(PANE_MESSAGES.countColumn)}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t(PANE_MESSAGES.overdueColumn)}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t(PANE_MESSAGES.problemColumn)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {counts.map((c) => (
            <TableRow key={c.stage?.key ?? "(none)"}>
              <TableCell>{c.stage ? c.stage.label[locale] : t(PANE_MESSAGES.noStatus)}</TableCell>
              <TableCell className={styles.number}>{c.count}</TableCell>
              <TableCell className={c.overdue > 0 ? styles.overdueNumber : styles.number}>
                {c.overdue}
              </TableCell>
              <TableCell className={styles.number}>{c.problems}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <section className={styles.root} aria-labelledby="orderflow-my-queue">
        <Subtitle2 as="h2" id="orderflow-my-queue">
          {t(PANE_MESSAGES.myQueue)}
        </Subtitle2>
        {who === "" ? (
          <Text className={styles.muted}>{t(PANE_MESSAGES.myQueuePickName)}</Text>
        ) : queue.length === 0 ? (
          <Text className={styles.muted}>{t(PANE_MESSAGES.myQueueEmpty)}</Text>
        ) : (
          queue.map((group) => {
            const shown = group.orders.slice(0, Math.max(0, budget));
            budget -= shown.length;
            if (shown.length === 0) return null;
            const headingId = `orderflow-queue-${group.stage.key}`;
            return (
              <div key={group.stage.key} className={styles.group}>
                <h3 className={styles.groupTitle} id={headingId}>
                  <Text weight="semibold">{group.stage.label[locale]}</Text>
                  <CounterBadge count={group.orders.length} size="small" appearance="ghost" />
                </h3>
                <ul className={styles.list} aria-labelledby={headingId}>
                  {shown.map((order) => (
                    <li key={order.row}>
                      <QueueItem order={order} now={view.now} view={view} onSelect={onSelectOrder} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          })
        )}
      </section>
    </div>
  );
}

function QueueItem({
  order,
  now,
  view,
  onSelect,
}: {
  readonly order: OrderCard;
  readonly now: number;
  readonly view: OrdersView;
  readonly onSelect: (order: OrderCard) => void;
}) {
  const styles = useStyles();
  const t = useText();
  return (
    <Button
      appearance="subtle"
      className={styles.order}
      aria-label={t(PANE_MESSAGES.selectOrder, { orderId: order.orderId, row: order.row })}
      onClick={() => onSelect(order)}
    >
      <span className={styles.orderBody}>
        <span className={styles.orderLine}>
          <span className={styles.orderId}>{order.orderId}</span>
          {order.tags.map((tag) => (
            <TagBadge key={tag} tag={tag} tags={view.tags} />
          ))}
        </span>
        <Caption1 className={styles.muted}>{order.product}</Caption1>
        {order.due !== null && (
          <Caption1 className={order.overdue ? styles.overdue : styles.muted}>
            {order.overdue && <WarningFilled aria-hidden />}{" "}
            {order.overdue ? `${t(PANE_MESSAGES.overdue)} · ` : ""}
            {t(PANE_MESSAGES.due, { time: formatDue(order.due, now) })}
          </Caption1>
        )}
      </span>
    </Button>
  );
}
