import { commandMessages, createNoticeBoard } from "../../src/commands";

const notice = { message: commandMessages.reviewFailed, params: { detail: "offline" } };

describe("noticeBoard", () => {
  it("starts empty", () => {
    expect(createNoticeBoard().current()).toBeUndefined();
  });

  it("keeps the last posted notice and tells every subscriber", () => {
    const board = createNoticeBoard();
    const seen: unknown[] = [];
    board.subscribe(() => seen.push(board.current()));
    board.subscribe(() => seen.push("second listener"));
    board.post(notice);
    expect(board.current()).toBe(notice);
    expect(seen).toEqual([notice, "second listener"]);
  });

  it("stops telling a listener once it unsubscribed, and clears on dismiss", () => {
    const board = createNoticeBoard();
    const listener = jest.fn();
    const unsubscribe = board.subscribe(listener);
    board.post(notice);
    unsubscribe();
    board.clear();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(board.current()).toBeUndefined();
  });
});
