import { useEffect, useState } from "react";
import {
  Button,
  Caption1,
  Subtitle2,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DEFAULT_DEADLINE_SETTINGS } from "../../core/deadlines";
import type { Message } from "../../core/i18n/translate";
import type { OrderCard, OrdersView } from "../../core/port";
import type { NameStore } from "../state/WhoAmIProvider";
import { browserNameStore } from "../state/WhoAmIProvider";
import { useText } from "../state";
import { NOTIFY_PANE_MESSAGES as M } from "./messages";
import { myDay, seenKey } from "./myDay";
import type { MentionsState } from "./useMentions";
import { useMentions } from "./useMentions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3 },
  item: { justifyContent: "flex-start", fontWeight: tokens.fontWeightRegular },
});

type Filter = "overdue" | "dueSoon" | "newlyAssigned" | "mentions";

function readSeen(store: NameStore | null, who: string): Set<string> | null {
  try {
    const raw = store?.getItem(seenKey(who));
    return raw ? new Set(JSON.parse(raw) as string[]) : null;
  } catch {
    return null;
  }
}

export interface MyDayProps {
  readonly view: OrdersView;
  readonly who: string;
  readonly onSelectOrder: (order: OrderCard) => void;
  /** The due-soon window; the preset (4 hours) when the view does not say. */
  readonly dueSoonHours?: number;
  /** Where "seen" is remembered; the browser's storage by default. */
  readonly store?: NameStore | null;
}

/** For the person picked: overdue, due soon, newly assigned since they last looked; each opens its list. */
export function MyDay({ view, who, onSelectOrder, dueSoonHours, store = browserNameStore() }: MyDayProps) {
  const styles = useStyles();
  const t = useText();
  const [open, setOpen] = useState<Filter | null>(null);
  const [seen, setSeen] = useState(() => readSeen(store, who));
  const [seenFor, setSeenFor] = useState(who);
  const mentions = useMentions(view, who);
  if (seenFor !== who) {
    setSeenFor(who);
    setSeen(readSeen(store, who));
  }
  const markSeen = (): void => {
    const ids = [...new Set(view.orders.filter((o) => o.owner === who).map((o) => o.orderId))];
    try {
      store?.setItem(seenKey(who), JSON.stringify(ids));
    } catch {
      // Storage blocked: "new" is then counted from this session only.
    }
    setSeen(new Set(ids));
  };
  // The first look starts the count: from then on, orders that become mine are "new".
  const firstLook = who !== "" && seen === null;
  useEffect(() => {
    if (firstLook) markSeen();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a person looks for the first time
  }, [firstLook]);
  if (who === "")
    return (
      <section className={styles.root} aria-labelledby="orderflow-my-day">
        <Subtitle2 as="h2" id="orderflow-my-day">
          {t(M.myDayTitle)}
        </Subtitle2>
        <Caption1 className={styles.muted}>{t(M.myDayPickName)}</Caption1>
      </section>
    );
  const day = myDay(view, who, dueSoonHours ?? DEFAULT_DEADLINE_SETTINGS.dueSoonHours, seen);
  const chips: [Filter, Message, readonly OrderCard[]][] = [
    ["overdue", M.overdue, day.overdue],
    ["dueSoon", M.dueSoon, day.dueSoon],
    ["newlyAssigned", M.newlyAssigned, day.newlyAssigned],
  ];
  if (mentions.status === "read") {
    const rows = mentions.rows;
    chips.push(["mentions", M.mentions, view.orders.filter((o) => rows.has(o.row))]);
  }
  const shown = chips.find(([key]) => key === open);
  const mentionsNote = mentionsLine(mentions);
  return (
    <section className={styles.root} aria-labelledby="orderflow-my-day">
      <Subtitle2 as="h2" id="orderflow-my-day">
        {t(M.myDayTitle)}
      </Subtitle2>
      <div className={styles.chips}>
        {chips.map(([key, message, orders]) => (
          <ToggleButton
            key={key}
            size="small"
            checked={open === key}
            aria-controls="orderflow-my-day-list"
            onClick={() => setOpen(open === key ? null : key)}
          >
            {t(message, { count: orders.length })}
          </ToggleButton>
        ))}
        <Button size="small" appearance="subtle" onClick={markSeen}>
          {t(M.markSeen)}
        </Button>
      </div>
      <div id="orderflow-my-day-list" aria-live="polite">
        {shown &&
          (shown[2].length === 0 ? (
            <Text className={styles.muted}>{t(M.nothing)}</Text>
          ) : (
            <ul
              className={styles.list}
              aria-label={t(M.listOf, { what: t(shown[1], { count: shown[2].length }) })}
            >
              {shown[2].map((order) => (
                <li key={order.row}>
                  <Button
                    appearance="subtle"
                    size="small"
                    className={styles.item}
                    aria-label={t(M.openOrder, { orderId: order.orderId, row: order.row })}
                    onClick={() => onSelectOrder(order)}
                  >
                    {order.orderId} · {order.product}
                  </Button>
                </li>
              ))}
            </ul>
          ))}
      </div>
      {mentionsNote && <Caption1 className={styles.muted}>{t(mentionsNote)}</Caption1>}
    </section>
  );
}

/** What My day says about mentions when it can not count them (nothing while it can). */
function mentionsLine(mentions: MentionsState): Message | null {
  switch (mentions.status) {
    case "read":
    case "reading":
      return null;
    case "unsupported":
      return M.mentionsUnsupported;
    case "failed":
      return M.mentionsFailed;
    case "unavailable":
      return M.mentionsNote;
  }
}
