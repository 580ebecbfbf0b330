"""Sphinx configuration for conflictcorpus.

Generated pages (the JSON Schema, the rule catalogue, the benchmark tables) are written
into ``_generated/`` from the installed package at build time, so the docs can never
disagree with the code.
"""

import datetime as _dt
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

import conflictcorpus

project = "conflictcorpus"
author = "conflictcorpus maintainers"
copyright = f"{_dt.date.today().year}, {author}"
release = conflictcorpus.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
doctest_global_setup = "import conflictcorpus as cc"
# Plain >>> blocks in docstrings are run by the test suite (tests/test_doctests.py) in
# their modules; here only the explicit ``.. doctest::`` blocks of the pages run.
doctest_test_doctest_blocks = ""
exclude_patterns = ["_build", "performance/*.rst"]
html_theme = "alabaster"
nitpicky = False


def _write_if_changed(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def _cli_help() -> str:
    """The --help text of every command, as literal blocks."""
    from conflictcorpus.cli import _parser

    os.environ["COLUMNS"] = "90"  # argparse wraps to the terminal: make the page stable
    parser = _parser()
    sections = [("conflictcorpus", parser)]
    for action in parser._subparsers._group_actions:  # the documented way argparse exposes them
        sections += [(f"conflictcorpus {name}", sub) for name, sub in action.choices.items()]
    out = []
    for title, p in sections:
        text = p.format_help()
        out.append(f"``{title}``\n" + "~" * (len(title) + 4) + "\n\n::\n")
        out.append("\n".join("   " + line if line else "" for line in text.splitlines()))
        out.append("")
    return "\n".join(out)


def _cue_lexicon() -> str:
    """The reporting-verb lexicon of the quote stage, as tables."""
    from conflictcorpus.quotes.cues import (
        COMPLEMENT_VERBS,
        CUE_NOUNS,
        MANNER_VERBS,
        REPORTING_VERBS,
    )

    rows = "\n".join(
        f"   * - {lemma}{' (leads indirect speech)' if lemma in COMPLEMENT_VERBS else ''}\n"
        f"     - {', '.join(forms)}"
        for lemma, forms in sorted(REPORTING_VERBS.items())
    )
    nouns = ", ".join(sorted(set(CUE_NOUNS)))
    return (
        f"{len(REPORTING_VERBS)} reporting verbs, every form listed; the ones marked lead "
        'indirect speech ("X said (that) ..."), the rest attach only to quotation marks.\n\n'
        ".. list-table:: Reporting verbs\n   :header-rows: 1\n   :widths: 1 3\n\n"
        f"   * - lemma\n     - forms\n{rows}\n\n"
        f'Speech nouns ("a statement by ...", "in an interview ..."): {nouns}.\n\n'
        f"Manner-of-speaking verbs, a cue only when they end their clause right after the "
        f"quote (“…?” Hannity pressed.): {', '.join(MANNER_VERBS)}.\n\n"
        '"according to" is a pattern of its own.\n\n'
        + _foreign_lexicon()
        + _titles_lexicon()
        + _names_lexicon()
    )


def _titles_lexicon() -> str:
    """The words stripped from a name into its role (:mod:`conflictcorpus.quotes.speakers`)."""
    from conflictcorpus.quotes.speakers import AFFILIATION_WORDS, OF_TITLE_HEADS, TITLE_WORDS

    return (
        "\nTitles\n------\n\n"
        "Words of a capitalised run up to its last title word are the speaker's role, the "
        'rest is the name ("Russian President Vladimir Putin"): '
        f"{', '.join(sorted(TITLE_WORDS))}.\n\n"
        'Heads of a title phrase with "of" or "for" before a name ("Secretary of State '
        'John F. Kerry", "head of the regional administration Oleh Syniehubov"): '
        f"{', '.join(sorted(OF_TITLE_HEADS))}.\n\n"
        'Party words written before a name like a title ("Democrat Hillary Clinton"): '
        f"{', '.join(sorted(AFFILIATION_WORDS))}.\n"
    )


def _names_lexicon() -> str:
    """The given names that tell a speaker's gender (:mod:`conflictcorpus.quotes.names`)."""
    from conflictcorpus.quotes.names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES

    def listed(names: frozenset[str]) -> str:
        return ", ".join(n.title() for n in sorted(names))

    return (
        "\nGiven names\n-----------\n\n"
        'A given name listed here is evidence of gender when "he" or "she" looks back for the '
        "person quoted; a name not listed, or listed against other evidence (a title, a role, "
        "an honorific), is none.\n\n"
        f"Women ({len(FEMALE_GIVEN_NAMES)}): {listed(FEMALE_GIVEN_NAMES)}.\n\n"
        f"Men ({len(MALE_GIVEN_NAMES)}): {listed(MALE_GIVEN_NAMES)}.\n"
    )


def _foreign_lexicon() -> str:
    """The reporting verbs of other languages (:mod:`conflictcorpus.quotes.foreign`)."""
    from conflictcorpus.quotes.foreign import FOREIGN_CUES, FOREIGN_PRONOUNS

    rows = "\n".join(
        f"   * - {lang}\n     - {', '.join(forms)}" for lang, forms in FOREIGN_CUES.items()
    )
    pronouns = ", ".join(f"{k} ({v})" for k, v in FOREIGN_PRONOUNS.items())
    return (
        "Other languages: these verbs attribute a quote when they follow it and name the "
        "speaker (« … », a déclaré X) or precede its colon (X sagte: „…“).\n\n"
        ".. list-table:: Reporting verbs of other languages\n   :header-rows: 1\n"
        f"   :widths: 1 6\n\n   * - language\n     - forms\n{rows}\n\n"
        f"Subject pronouns after such a verb, resolved like the English one: {pronouns}.\n"
    )


def _generate() -> None:
    out = HERE / "_generated"
    out.mkdir(exist_ok=True)
    schema = json.dumps(conflictcorpus.document_json_schema(), indent=2, ensure_ascii=False)
    _write_if_changed(out / "document.schema.json", schema + "\n")

    tables = sorted((HERE / "performance").glob("*.rst"))
    if tables:
        body = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in tables)
    else:
        body = "No benchmark has been run yet."
    _write_if_changed(out / "performance_tables.rst", body + "\n")

    _write_if_changed(out / "cli_help.rst", _cli_help())

    _write_if_changed(out / "cues.rst", _cue_lexicon())

    sys.path.insert(0, str(HERE))
    from figure import draw

    sample = conflictcorpus.samples.paths()[3]
    _write_if_changed(out / "anatomy.svg", draw(next(conflictcorpus.load(sample))))

    try:
        from conflictcorpus.boilerplate.rules import catalogue_rst
    except ImportError:
        catalogue = "The boilerplate rules are not part of this version yet."
    else:
        catalogue = catalogue_rst()
    _write_if_changed(out / "rules.rst", catalogue + "\n")


_generate()
