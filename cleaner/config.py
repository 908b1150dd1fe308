"""Configuration: options, ``[tool.cleaner]`` in pyproject.toml or ``cleaner.toml``, and user pattern rules."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, ClassVar

import regex

from .document import Block, Page
from .registry import Rule, validate
from .rules.base import quote

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = ("cleaner.toml", "pyproject.toml")
PATTERN_TIMEOUT = 0.05  # seconds a user pattern may spend on one line


class ConfigError(ValueError):
    """The configuration is invalid; the message says where and why."""


@dataclass(frozen=True)
class PatternSpec:
    """A user pattern rule: a regex or a list of phrases; a short line that matches is removed."""

    code: str
    name: str
    description: str = "user pattern rule"
    regex: str = ""
    phrases: tuple[str, ...] = ()
    max_words: int = 30
    ignore_case: bool = True


@dataclass(frozen=True)
class Config:
    """Everything that decides how pages are cleaned; frozen, hashable and cheap to pickle."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    language: str | None = None
    patterns: tuple[PatternSpec, ...] = ()
    keep_comments: bool = False
    timeout: float | None = None
    max_size: int | None = None
    on_timeout: str = "return"  # or "raise" (cleaner.CleanerTimeout)
    source: str = field(default="", compare=False)

    def with_options(self, **options: Any) -> Config:
        """A copy with keyword options applied (lists become tuples); unknown options are an error."""
        known = set(self.__dataclass_fields__) - {"source"}
        unknown = set(options) - known
        if unknown:
            raise TypeError(f"unknown option(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
        fixed = {k: _tuple(v) if k in ("select", "ignore", "extend_select") else v for k, v in options.items()}
        if "patterns" in fixed:
            fixed["patterns"] = tuple(p if isinstance(p, PatternSpec) else pattern_spec(p) for p in fixed["patterns"])
        return replace(self, **fixed)


def _tuple(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    return tuple(value)


def pattern_spec(data: Mapping[str, Any]) -> PatternSpec:
    """A PatternSpec from a config table (keys may be kebab-case)."""
    fields = {k.replace("-", "_"): v for k, v in data.items()}
    allowed = set(PatternSpec.__dataclass_fields__)
    if set(fields) - allowed:
        raise ConfigError(f"pattern rule: unknown key(s) {sorted(set(fields) - allowed)}")
    if "phrases" in fields:
        fields["phrases"] = tuple(fields["phrases"])
    spec = PatternSpec(**fields)
    if not spec.regex and not spec.phrases:
        raise ConfigError(f"pattern rule {spec.code}: give 'regex' or 'phrases'")
    return spec


def find_config(start: Path | None = None) -> Path | None:
    """The nearest cleaner.toml, or pyproject.toml with a [tool.cleaner] table, from ``start`` upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in [here, *here.parents]:
        for name in CONFIG_FILES:
            path = folder / name
            if path.is_file() and (name == "cleaner.toml" or "[tool.cleaner" in path.read_text("utf-8", "replace")):
                return path
    return None


def load_config(path: str | Path) -> Config:
    """Read a cleaner.toml (top-level keys) or a pyproject.toml (``[tool.cleaner]``)."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    table = data.get("tool", {}).get("cleaner", {}) if path.name == "pyproject.toml" else data
    options = {k.replace("-", "_"): v for k, v in table.items()}
    try:
        return Config(source=str(path)).with_options(**options)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def pattern_rules(specs: Iterable[PatternSpec]) -> dict[str, type[Rule]]:
    """Rule classes for user pattern specs, by code."""
    out: dict[str, type[Rule]] = {}
    for spec in specs:
        flags = regex.IGNORECASE if spec.ignore_case else 0
        source = spec.regex or "|".join(rf"(?<!\w){regex.escape(p)}(?!\w)" for p in spec.phrases)
        try:
            compiled = regex.compile(source, flags)
        except regex.error as exc:
            raise ConfigError(f"pattern rule {spec.code}: invalid regex: {exc}") from exc
        cls = type(
            f"UserRule_{spec.code}",
            (UserPatternRule,),
            {"code": spec.code, "name": spec.name, "__doc__": spec.description, "user_pattern": compiled,
             "max_words": spec.max_words},
        )
        try:
            validate(cls)
        except ValueError as exc:
            raise ConfigError(str(exc)) from exc
        out[spec.code] = cls
    return out


class UserPatternRule(Rule):
    """Base of user pattern rules: a line of at most ``max_words`` words that the pattern matches."""

    code = "US00"
    name = "user-pattern"
    user_pattern: ClassVar[regex.Pattern[str]]
    max_words: ClassVar[int] = 30

    def check(self, block: Block, page: Page) -> str | None:
        if len(block.text.split()) > self.max_words:
            return None
        m = self.user_pattern.search(block.text, timeout=PATTERN_TIMEOUT)
        return f"user pattern {self.name} matched {quote(m.group(0))}" if m else None
