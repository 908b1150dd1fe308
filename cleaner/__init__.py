"""cleaner: turn scraped web pages into clean article text, explaining every removal."""

from .api import Cleaner, clean, clean_document, rules
from .config import Config, ConfigError, PatternSpec
from .document import Removal, Result
from .limits import CleanerTimeout, InputTooLarge
from .registry import Rule, register

__version__ = "0.1.0"

__all__ = [
    "Cleaner", "CleanerTimeout", "Config", "ConfigError", "InputTooLarge", "PatternSpec", "Removal", "Result", "Rule",
    "clean", "clean_document", "register", "rules", "__version__",
]
