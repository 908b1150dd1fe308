"""Per-block features: what the rules read of a line."""

from cleaner.document import Block
from cleaner.features import measure


def test_soft_hyphens_do_not_split_words() -> None:
    """A word hyphenated for the browser ("Kar\\xadrie\\xadre", HTML's &shy;) counts as one word, as it shows."""
    shy, plain = Block(0, "Die Kar\xadrie\xadre im Amt", 1, 1), Block(1, "Die Karriere im Amt", 2, 2)
    measure([shy, plain], "de")
    assert (shy.words, shy.stop_ratio, shy.key) == (plain.words, plain.stop_ratio, plain.key)
