"""The built-in rules, one module per family; importing this package registers them all."""

from . import account, ads, boxes, captcha, consent, duplicates, footer, forum, learned, markup, metadata, navigation, structure

__all__ = ["account", "ads", "boxes", "captcha", "consent", "duplicates", "footer", "forum", "learned", "markup", "metadata", "navigation", "structure"]
