"""The public API: a reusable Cleaner and the module-level clean() / clean_document()."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from . import limits
from . import rules as _builtin  # noqa: F401  (registers the built-in rules)
from .config import Config, load_config, pattern_rules
from .decode import decode
from .document import Page, Result
from .engine import Engine, kept_text, removals
from .html import looks_like_html, read_html
from .registry import RULES, RuleInfo, infos, load_plugins, resolve
from .text import read_text

TITLE_MAX_WORDS = 30


class Cleaner:
    """Cleans pages with one configuration. Build it once, call it on any number of pages.

    ``Cleaner(select=["ALL"], ignore=["NV07"], language="de")``, or ``Cleaner(config_file="cleaner.toml")``,
    or ``Cleaner(Config(...))``. It keeps no state between pages and pickles as its configuration.
    """

    def __init__(self, config: Config | None = None, *, config_file: str | Path | None = None, **options: Any) -> None:
        base = config or (load_config(config_file) if config_file else Config())
        self.config = base.with_options(**options) if options else base
        self._build()

    def _build(self) -> None:
        limits.validate(self.config)
        load_plugins()
        available = {**RULES, **pattern_rules(self.config.patterns)}
        chosen = resolve(self.config.select, self.config.ignore, self.config.extend_select, available)
        self.rules = [cls() for cls in chosen]
        self.engine = Engine(self.rules)

    def __getstate__(self) -> Config:
        return self.config

    def __setstate__(self, config: Config) -> None:
        self.config = config
        self._build()

    def __repr__(self) -> str:
        return f"Cleaner({self.config!r})"

    def clean(self, text: str | bytes) -> str:
        """The article text of ``text``: kept blocks separated by one blank line."""
        done = self._run(text)
        return done.text if isinstance(done, Result) else kept_text(done[0])

    def clean_document(self, text: str | bytes) -> Result:
        """The article text plus title, metadata, page type and every removal with its rule and reason."""
        done = self._run(text)
        if isinstance(done, Result):
            return done
        page, warnings = done
        metadata = dict(page.metadata)
        if warnings:
            metadata["warnings"] = warnings
        return Result(
            text=kept_text(page),
            title=page.title or _first_heading(page),
            metadata=metadata,
            removed=removals(page),
            page_type=page.page_type,
            language=page.language,
        )

    def _run(self, text: str | bytes) -> tuple[Page, list[str]] | Result:
        """The cleaned page and the engine's warnings; on a timeout (unless it raises), the page left unchanged."""
        limits.check_size(text, self.config.max_size)
        try:
            with limits.deadline(self.config.timeout):
                page = self._read(text)
                return page, self.engine.run(page, self.config.language)
        except limits.CleanerTimeout as exc:
            if self.config.on_timeout == "raise":
                raise
            return limits.unchanged(text, exc)

    def _read(self, text: str | bytes) -> Page:
        if isinstance(text, (bytes, bytearray, memoryview)):
            text = decode(bytes(text))
        elif not isinstance(text, str):
            raise TypeError(f"clean() takes a str (or bytes), not {type(text).__name__}")
        page = read_html(text) if looks_like_html(text) else read_text(text)
        page.hints["keep_comments"] = self.config.keep_comments
        return page


def _first_heading(page: Page) -> str:
    """The headline when no title line named it: the first kept block, if it reads like a heading."""
    for block in page.blocks:
        if block.removed_by is None:
            short = block.words <= TITLE_MAX_WORDS and not block.text.endswith(".")
            return block.text if short else ""
    return ""


@lru_cache(maxsize=1)
def _default() -> Cleaner:
    return Cleaner()


def _cleaner(options: dict[str, Any]) -> Cleaner:
    return Cleaner(**options) if options else _default()


def clean(text: str | bytes, **options: Any) -> str:
    """The article text of a scraped page (plain text or HTML). Options as for :class:`Cleaner`."""
    return _cleaner(options).clean(text)


def clean_document(text: str | bytes, **options: Any) -> Result:
    """Like :func:`clean`, with the title, metadata, page type and the removals explained."""
    return _cleaner(options).clean_document(text)


def rules() -> list[RuleInfo]:
    """Every registered rule: code, name, scope, on by default, one-line description."""
    load_plugins()
    return infos()
