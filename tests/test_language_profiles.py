"""The sparse langdetect profiles give stock langdetect's answers, float for float."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from conflictcorpus._langprofiles import SparseDetector, SparseProfiles

SENTENCES = [
    "The ceasefire collapsed on Tuesday after shelling resumed near the northern border.",
    "Der Waffenstillstand brach am Dienstag zusammen, nachdem der Beschuss wieder begann.",
    "Le cessez-le-feu s'est effondré mardi après la reprise des bombardements au nord.",
    "El alto el fuego se derrumbó el martes tras reanudarse los bombardeos en el norte.",
    "Перемирие было нарушено во вторник после возобновления обстрелов на севере.",
    "انهار وقف إطلاق النار يوم الثلاثاء بعد استئناف القصف قرب الحدود الشمالية.",
    "Ateşkes, kuzey sınırı yakınında bombardımanın yeniden başlamasının ardından çöktü.",
    "停火协议在北部边境附近恢复炮击后于周二破裂。",
    "Перемир'я було порушено у вівторок після відновлення обстрілів на півночі.",
    "آتش‌بس روز سه‌شنبه پس از از سرگیری گلوله‌باران در نزدیکی مرز شمالی فروپاشید.",
    "Filed under: 2",
    "ok",
]


@pytest.fixture(scope="module")
def stock() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0
    return factory


@pytest.fixture(scope="module")
def sparse() -> SparseProfiles:
    return SparseProfiles(seed=0)


def _answer(factory, text: str, trials: int):
    detector = factory.create()
    detector.n_trial = trials
    detector.append(text)
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except LangDetectException as exc:
        return ("error", str(exc))


def test_same_languages_in_the_same_order(stock, sparse):
    assert sparse.langlist == stock.langlist
    assert set(sparse.word_lang_prob_map) == set(stock.word_lang_prob_map)


def test_every_nonzero_probability_is_kept_exactly(stock, sparse):
    for word, probs in stock.word_lang_prob_map.items():
        langs, values = sparse.word_lang_prob_map[word]
        expected = [(i, p) for i, p in enumerate(probs[: len(stock.langlist)]) if p != 0.0]
        assert [(i, v) for i, v in zip(langs, values, strict=True) if v != 0.0] == expected


@pytest.mark.parametrize("trials", [2, 7])
@pytest.mark.parametrize("text", SENTENCES)
def test_same_answers_on_sentences(stock, sparse, text, trials):
    got = _answer(sparse, text, trials)
    assert got == _answer(stock, text, trials)
    if len(text) > 30:
        assert got and got[0][1] > 0.5, "a real sentence gets a confident answer"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map(" ".join)
    | st.text(min_size=1, max_size=200)
)
def test_same_answers_on_any_text(stock, sparse, text):
    assert _answer(sparse, text, 2) == _answer(stock, text, 2)


def test_detectors_are_langdetects_own_class():
    detector = SparseProfiles(seed=0).create()
    assert isinstance(detector, SparseDetector)
    assert detector.seed == 0


def test_an_empty_profile_directory_is_refused(tmp_path):
    with pytest.raises(LangDetectException):
        SparseProfiles(str(tmp_path))
