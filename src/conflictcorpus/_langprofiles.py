"""langdetect's language profiles held sparsely: the same answers in half the memory.

langdetect keeps, for each of its 87,598 n-grams, a list with one probability per language
(55 of them), although an n-gram has on average two languages with a probability above
zero. Those lists take about 55 MB in every process that detects a language, which is most
of a worker's memory in a parallel run. Here each n-gram keeps only its non-zero entries
(the language indices and their probabilities), about 25 MB for all of them.

:class:`SparseDetector` is langdetect's own ``Detector`` with one method replaced: the
update of the language scores by an n-gram. langdetect multiplies every score by
``weight + p`` where ``p`` is the n-gram's probability for that language; where ``p`` is
zero that factor is ``weight`` exactly (adding 0.0 to a finite float changes no bit), so
multiplying those scores by ``weight`` and the others by ``weight + p`` gives the same
floats, element for element. Languages are indexed in the order langdetect itself loads
them (its profile directory as listed by the operating system), so sums over the scores
add in the same order too. ``tests/test_language_profiles.py`` checks the answers against
stock langdetect.
"""

from __future__ import annotations

import json
import os
from os import path

from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.lang_profile import LangProfile

__all__ = ["SparseDetector", "SparseProfiles"]

_NO_LANGUAGES: tuple[tuple[int, ...], tuple[float, ...]] = ((), ())
"""An n-gram langdetect lists but gives no probability (it is longer than three
characters): known to the detector, so it still scales every score by ``weight``."""


class SparseDetector(Detector):
    """langdetect's ``Detector`` over :class:`SparseProfiles` (same answers)."""

    def _update_lang_prob(self, prob, word, alpha):  # langdetect's signature
        if word is None:
            return False
        entry = self.word_lang_prob_map.get(word)
        if entry is None:
            return False
        weight = alpha / self.BASE_FREQ
        langs, probs = entry
        before = [prob[i] for i in langs]
        prob[:] = [p * weight for p in prob]
        for i, p, lang_prob in zip(langs, before, probs, strict=True):
            prob[i] = p * (weight + lang_prob)
        return True


class SparseProfiles:
    """The profiles of langdetect's ``DetectorFactory``, non-zero entries only.

    Has what ``Detector`` reads from a factory (``word_lang_prob_map``, ``langlist``,
    ``seed``) and a ``create()`` like the factory's.

    Args:
        directory: langdetect's profile directory (its own by default).
        seed: The seed every detector created here starts from.

    Raises:
        LangDetectException: When the directory holds no readable profile, as langdetect's
            own loader does.
    """

    def __init__(self, directory: str = PROFILES_DIRECTORY, *, seed: int | None = None) -> None:
        self.langlist: list[str] = []
        self.seed = seed
        table: dict[str, tuple[tuple[int, ...], tuple[float, ...]]] = {}
        index = 0
        for filename in os.listdir(directory):  # langdetect's own order
            if filename.startswith("."):
                continue
            full = path.join(directory, filename)
            if not path.isfile(full):
                continue
            with open(full, encoding="utf-8") as fh:
                profile = LangProfile(**json.load(fh))
            self.langlist.append(profile.name)
            for word, freq in profile.freq.items():
                length = len(word)
                entry = table.get(word, _NO_LANGUAGES)
                if 1 <= length <= 3:
                    # grown one language at a time, so the load never holds a second copy
                    table[word] = (
                        (*entry[0], index),
                        (*entry[1], 1.0 * freq / profile.n_words[length - 1]),
                    )
                elif entry is _NO_LANGUAGES:
                    table[word] = _NO_LANGUAGES
            index += 1
        if not self.langlist:
            raise LangDetectException(ErrorCode.NeedLoadProfileError, f"no profile in {directory}")
        self.word_lang_prob_map = table

    def create(self) -> SparseDetector:
        """A new detector over these profiles, seeded with :attr:`seed`."""
        return SparseDetector(self)
