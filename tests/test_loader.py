"""load(): files, directories, globs, iterables, ordering, errors in a batch."""

from __future__ import annotations

import shutil

import pytest

import conflictcorpus as cc

CURLY = "“”‘’"


def test_seeds_load_as_english_without_nbsp_and_with_curly_quotes(seed_docs):
    assert len(seed_docs) == 5
    for doc in seed_docs:
        assert doc.language == "en"
        assert doc.language_probability > 0.9
        assert "\u00a0" not in doc.text
        assert any(mark in doc.text for mark in CURLY)
    # the seed with a non-breaking space in the raw bytes lost it, and nothing else
    raw = cc.samples.paths()[3].read_text(encoding="utf-8")
    assert "\u00a0" in raw


def test_directory_glob_and_list_give_the_same_stable_order(tmp_path, seed_paths):
    for p in reversed(seed_paths):
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "sub").mkdir()
    shutil.copy(seed_paths[0], tmp_path / "sub" / "zz.txt")
    (tmp_path / ".hidden.txt").write_text("hidden files are not articles")
    by_dir = [d.source for d in cc.load(tmp_path)]
    assert [s.rsplit("/", 1)[-1] for s in by_dir] == [p.name for p in seed_paths] + ["zz.txt"]
    by_glob = [d.id for d in cc.load(str(tmp_path / "**" / "*.txt"))]
    by_list = [d.id for d in cc.load([tmp_path / p.name for p in seed_paths])]
    assert by_glob[:5] == by_list
    assert len(by_glob) == 6


def test_ids_are_content_derived_and_stable(seed_paths, seed_docs):
    again = list(cc.load(seed_paths))
    assert [d.id for d in again] == [d.id for d in seed_docs]
    assert len({d.id for d in seed_docs}) == 5
    text = seed_paths[0].read_text(encoding="utf-8")
    assert cc.load_text(text).id == seed_docs[0].id


def test_load_is_lazy(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Article {i} says the ceasefire held overnight.")
    it = cc.load(tmp_path)
    first = next(it)
    assert first.source.endswith("0.txt")


def test_bad_file_in_a_batch_is_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("The first article about the siege of the city.")
    (tmp_path / "b.bin").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "c.txt").write_text("The third article about the siege of the city.")
    errors: list[cc.ConflictCorpusError] = []
    docs = list(cc.load(tmp_path, on_error=errors.append))
    assert [d.source.rsplit("/", 1)[-1] for d in docs] == ["a.txt", "c.txt"]
    assert len(errors) == 1 and errors[0].source.endswith("b.bin")
    assert isinstance(errors[0], cc.BinaryInputError)


def test_missing_item_in_a_list_does_not_lose_the_rest(tmp_path, caplog):
    good = tmp_path / "good.txt"
    good.write_text("An article that exists.")
    docs = list(cc.load([tmp_path / "missing.txt", good], on_error="skip"))
    assert len(docs) == 1
    assert "missing.txt" in caplog.text


def test_default_on_error_raises_inside_a_batch(tmp_path):
    (tmp_path / "b.bin").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(cc.BinaryInputError):
        list(cc.load(tmp_path))


@pytest.mark.parametrize("bad", [42, None, b"path"])
def test_wrong_source_type_is_a_typed_error(bad):
    with pytest.raises(cc.InputTypeError):
        list(cc.load(bad))


def test_bad_on_error_value_is_a_config_error(tmp_path):
    with pytest.raises(cc.ConfigError):
        cc.load(tmp_path, on_error="ignore")  # type: ignore[arg-type]


def test_bad_config_is_a_config_error():
    with pytest.raises(cc.ConfigError, match="fix_unicod"):
        cc.Config(fix_unicod=False)
    with pytest.raises(cc.ConfigError):
        cc.load_text("x", config={"fix_unicode": False})  # type: ignore[arg-type]


def test_config_is_frozen_and_replace_validates():
    cfg = cc.Config()
    with pytest.raises(Exception):  # noqa: B017 - pydantic's frozen-instance error
        cfg.keep_input = False  # type: ignore[misc]
    with pytest.raises(cc.ConfigError):
        cfg.replace(language_min_probability=2.0)


def test_keep_input_false_drops_the_input_text():
    doc = cc.load_text("Some text here.", config=cc.Config(keep_input=False))
    assert doc.input_text is None
