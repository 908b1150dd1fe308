"""The bounded memos of cleaner.memo."""

from cleaner.memo import Bounded, Memo, Recent


def test_bounded_starts_afresh_when_full() -> None:
    memo = Bounded[str, int](2)
    memo.keep("a", 1)
    memo.keep("b", 2)
    assert memo.keep("c", 3) == 3
    assert dict(memo) == {"c": 3}


def test_memo_computes_once() -> None:
    calls: list[str] = []
    memo = Memo(lambda key: calls.append(key) or len(key), 8)
    assert memo["abc"] == 3 and memo["abc"] == 3
    assert calls == ["abc"]


def test_recent_keeps_the_newest_answers() -> None:
    recent = Recent[str, int](2)
    recent.keep("a", 1)
    recent.keep("b", 2)
    recent.keep("c", 3)
    assert (recent.get("a"), recent.get("b"), recent.get("c")) == (None, 2, 3)
    recent.clear()
    assert recent.get("c") is None
