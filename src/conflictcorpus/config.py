"""One frozen options object for the whole pipeline, with documented defaults.

>>> from conflictcorpus import Config
>>> cfg = Config(fix_unicode=False)
>>> cfg.fix_unicode, cfg.keep_input
(False, True)
>>> cfg.replace(keep_input=False).keep_input
False
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError


class Config(BaseModel):
    """Options for :func:`conflictcorpus.load` and :func:`conflictcorpus.load_text`.

    The object is frozen (safe to share between threads and processes, and hashable);
    derive a changed copy with :meth:`replace`. Unknown option names are an error.

    Attributes:
        fix_unicode: Repair mojibake and broken Unicode with ftfy (quotes stay curly).
        normalize_spaces: Turn non-breaking and other odd spaces into plain spaces.
        remove_zero_width: Drop zero-width characters (joiners between letters are kept).
        unify_newlines: Turn ``\\r\\n``, ``\\r`` and Unicode line separators into ``\\n``.
        strip_trailing_spaces: Strip spaces and tabs at the end of each line.
        collapse_blank_lines: Collapse runs of blank lines into one; trim the ends.
        unicode_nfc: Compose characters into Unicode NFC.
        boilerplate: Classify lines and move non-body lines to ``Document.removed``.
        quotes: Extract quotes and their attribution into ``Document.quotes``.
            Off, the quote stage is not even imported (about 50 MB less per process).
        language_sample_chars: At most this many characters of body prose are given to the
            language detector (cost grows with the text read). With the default 400, the
            answer matched langdetect's on the whole text for 928 of 928 news pages in 7
            languages.
        language_min_letters: Below this many letters in the sample the language is
            ``"und"`` instead of a guess.
        language_min_probability: Below this detector probability the language is
            ``"und"`` (too mixed to tell).
        language_fast_english: Answer ``"en"`` without running langdetect when the
            sample is English beyond doubt by its function words (see
            :func:`conflictcorpus.language.is_clearly_english`); the probability is then
            1.0. It gave langdetect's answer for all 973 texts it decided out of 1,022
            measured, and fired on none of the 9 non-English ones. Switch off to get
            langdetect's own probability for every document.
        keep_input: Keep the normalized input in ``Document.input_text`` so that every
            removal can be traced to its characters. Switch off to halve output size.
        extra_boilerplate: Site-specific boilerplate: ``(category, pattern)`` pairs (a
            mapping ``{category: [pattern, ...]}`` is accepted too). A line that the
            regular expression matches *whole* (case-insensitively, after stripping) is
            removed anywhere on the page with that category and the rule
            ``user.<category>``. See :func:`conflictcorpus.boilerplate.repeated_lines` to
            find a site's template lines.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    fix_unicode: bool = True
    normalize_spaces: bool = True
    remove_zero_width: bool = True
    unify_newlines: bool = True
    strip_trailing_spaces: bool = True
    collapse_blank_lines: bool = True
    unicode_nfc: bool = True
    boilerplate: bool = True
    quotes: bool = True
    language_sample_chars: int = Field(default=400, ge=50)
    language_min_letters: int = Field(default=25, ge=1)
    language_min_probability: float = Field(default=0.70, ge=0.0, le=1.0)
    language_fast_english: bool = True
    keep_input: bool = True
    extra_boilerplate: tuple[tuple[str, str], ...] = ()

    @field_validator("extra_boilerplate", mode="before")
    @classmethod
    def _pairs(cls, value: Any) -> Any:
        if isinstance(value, Mapping):
            if any(isinstance(v, str) for v in value.values()):
                raise ValueError("extra_boilerplate maps a category to a list of patterns")
            return tuple((cat, pat) for cat, pats in value.items() for pat in pats)
        return value

    @field_validator("extra_boilerplate")
    @classmethod
    def _check_rules(cls, value: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        from .models import REMOVAL_CATEGORIES

        for category, pattern in value:
            if category not in REMOVAL_CATEGORIES or category == "metadata":
                allowed = ", ".join(c for c in REMOVAL_CATEGORIES if c != "metadata")
                raise ValueError(f"unknown boilerplate category {category!r}; use one of {allowed}")
            try:
                regex.compile(pattern)
            except regex.error as exc:
                raise ValueError(f"pattern {pattern!r} is not a valid expression: {exc}") from None
        return value

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise ConfigError(f"invalid configuration: {exc}") from None

    def replace(self, **changes: Any) -> Config:
        """Return a copy with ``changes`` applied and validated."""
        return Config(**{**self.model_dump(), **changes})


DEFAULT_CONFIG = Config()


def resolve_config(config: Config | None) -> Config:
    """Return ``config`` or the default; reject anything that is not a :class:`Config`."""
    if config is None:
        return DEFAULT_CONFIG
    if not isinstance(config, Config):
        raise ConfigError(f"config must be a conflictcorpus.Config, not {type(config).__name__}")
    return config
