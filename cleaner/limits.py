"""Per-document limits: a time limit (``Config.timeout``) and a maximum input size (``Config.max_size``).

The time limit is a cooperative deadline: :func:`deadline` sets it for the current thread (a context
variable, so threads and asyncio tasks sharing a Cleaner do not see each other's), and the engine calls
:func:`check` between rounds, between page rules and between blocks of a line pass. Work stops at the
next check after the deadline; one rule on one block is never interrupted (built-in patterns are
linear in the block's length, user patterns run under their own regex timeout).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from .decode import decode
from .document import Result

if TYPE_CHECKING:
    from .config import Config

ON_TIMEOUT = ("return", "raise")

_DEADLINE: ContextVar[float | None] = ContextVar("cleaner_deadline", default=None)


class CleanerTimeout(TimeoutError):
    """Cleaning one document took longer than ``Config.timeout`` (raised when ``on_timeout="raise"``)."""

    def __init__(self, timeout: float) -> None:
        super().__init__(f"cleaning took longer than the timeout of {timeout:g} s")
        self.timeout = timeout


class InputTooLarge(ValueError):
    """The input is larger than ``Config.max_size``."""

    def __init__(self, size: int, limit: int, unit: str) -> None:
        super().__init__(f"input of {size:,} {unit} is larger than max_size={limit:,}")
        self.size = size
        self.limit = limit


def validate(config: Config) -> None:
    """Raise ValueError for a timeout, max_size or on_timeout that cannot work."""
    if config.timeout is not None and not (isinstance(config.timeout, (int, float)) and config.timeout > 0):
        raise ValueError(f"timeout must be a positive number of seconds, not {config.timeout!r}")
    if config.max_size is not None and not (isinstance(config.max_size, int) and config.max_size > 0):
        raise ValueError(f"max_size must be a positive whole number, not {config.max_size!r}")
    if config.on_timeout not in ON_TIMEOUT:
        raise ValueError(f"on_timeout must be one of {', '.join(ON_TIMEOUT)}, not {config.on_timeout!r}")


def check_size(text: str | bytes, limit: int | None) -> None:
    """Raise InputTooLarge when ``text`` has more than ``limit`` characters (bytes, for bytes input)."""
    if limit is not None and isinstance(text, (str, bytes, bytearray)) and len(text) > limit:
        raise InputTooLarge(len(text), limit, "characters" if isinstance(text, str) else "bytes")


class _Expired(Exception):
    """The deadline passed. Internal, and not a TimeoutError: the engine's handling of a user pattern's
    timeout must not swallow it; :func:`deadline` turns it into CleanerTimeout."""


@contextmanager
def deadline(timeout: float | None) -> Iterator[None]:
    """Within the block, :func:`check` raises once ``timeout`` seconds have passed (None: no limit).

    Raises CleanerTimeout out of the block when the deadline stopped the work.
    """
    if timeout is None:
        yield
        return
    token = _DEADLINE.set(time.monotonic() + timeout)
    try:
        yield
    except _Expired:
        raise CleanerTimeout(timeout) from None
    finally:
        _DEADLINE.reset(token)


def check() -> None:
    """Stop the work (raise) when the current document's deadline has passed; cheap when there is none."""
    end = _DEADLINE.get()
    if end is not None and time.monotonic() > end:
        raise _Expired


def unchanged(text: str | bytes, error: CleanerTimeout) -> Result:
    """The Result of a document that ran out of time: the input unchanged (decoded, if bytes), ``timed_out``."""
    body = text if isinstance(text, str) else decode(bytes(text))
    warning = f"{error}; the input is returned unchanged"
    return Result(text=body, title="", metadata={"warnings": [warning]}, removed=(), page_type="", language="und",
                  timed_out=True)
