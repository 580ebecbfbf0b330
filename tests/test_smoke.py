import pytest

import conflictcorpus as cc


def test_five_seeds_load_in_stable_order(seed_docs):
    assert [d.source.rsplit("/", 1)[-1][:3] for d in seed_docs] == [
        "000",
        "001",
        "002",
        "003",
        "004",
    ]
    assert {d.language for d in seed_docs} == {"en"}


def test_version_is_exposed():
    assert cc.__version__.count(".") == 2


def test_every_public_name_resolves_and_is_listed():
    # some are imported on first use (PEP 562); they must look like any other attribute
    assert set(cc.__all__) <= set(dir(cc))
    for name in cc.__all__:
        assert getattr(cc, name) is not None, name
    from conflictcorpus import detect_language, extract_quotes, normalize_text
    from conflictcorpus.language import detect_language as detect
    from conflictcorpus.normalize import normalize_text as normalize
    from conflictcorpus.quotes import extract_quotes as extract

    assert (detect_language, extract_quotes, normalize_text) == (detect, extract, normalize)
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        cc.no_such_name  # noqa: B018
