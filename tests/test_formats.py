"""Formats: recognition by suffix, containers, JSONL/CSV fields, HTML and WARC."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import re
import sys

import pytest

import conflictcorpus as cc
from conflictcorpus.readers import describe_path, read_source
from readers_helpers import ARTICLE, collect, write_container

# --- recognition -----------------------------------------------------------------------

DESCRIBE = [
    ("a.txt", (None, None, "text")),
    ("a.TXT.GZ", (None, ".gz", "text")),
    ("a.gz", (None, ".gz", "text")),
    ("notes.md", (None, None, "text")),
    ("README", (None, None, "text")),
    ("c.jsonl", (None, None, "jsonl")),
    ("c.jsonl.gz", (None, ".gz", "jsonl")),
    ("c.ndjson.xz", (None, ".xz", "jsonl")),
    ("c.json", (None, None, "text")),  # one JSON document is not a corpus of records
    ("c.csv", (None, None, "csv")),
    ("c.tsv.bz2", (None, ".bz2", "tsv")),
    ("p.htm", (None, None, "html")),
    ("p.html.gz", (None, ".gz", "html")),
    ("crawl.warc", (None, None, "warc")),
    ("crawl.warc.gz", (None, ".gz", "warc")),
    ("crawl.warc.xz", (None, ".xz", "warc")),
    ("a.zip", ("zip", None, "text")),
    ("a.tar", ("tar", None, "text")),
    ("a.tar.gz", ("tar", None, "text")),
    ("a.tgz", ("tar", None, "text")),
    ("a.tar.xz", ("tar", None, "text")),
    ("dir.with.dots/a", (None, None, "text")),
]


@pytest.mark.parametrize(("name", "expected"), DESCRIBE)
def test_describe_path(name, expected):
    assert describe_path(name) == expected


# --- plain text in every container -----------------------------------------------------

CONTAINERS = [
    # (file name, member name or None, expected source suffix)
    ("a.txt", None, "a.txt"),
    ("a.txt.gz", None, "a.txt.gz"),
    ("a.gz", None, "a.gz"),
    ("a.txt.bz2", None, "a.txt.bz2"),
    ("a.txt.xz", None, "a.txt.xz"),
    ("a.zip", "dir/article.txt", "a.zip!dir/article.txt"),
    ("a.tar", "article.txt", "a.tar!article.txt"),
    ("a.tar.gz", "article.txt", "a.tar.gz!article.txt"),
    ("a.tgz", "article.txt", "a.tgz!article.txt"),
    ("a.tar.bz2", "article.txt", "a.tar.bz2!article.txt"),
    ("a.tar.xz", "article.txt", "a.tar.xz!article.txt"),
    ("a.zip", "nested/article.txt.gz", "a.zip!nested/article.txt.gz"),
]


@pytest.mark.parametrize(("name", "member", "source"), CONTAINERS)
def test_plain_text_in_every_container_gives_the_same_document(tmp_path, name, member, source):
    data = ARTICLE.encode("utf-8")
    if member and member.endswith(".gz"):
        import gzip

        data = gzip.compress(data)
    path = write_container(tmp_path / name, {member or name: data})
    docs, errors = collect(path)
    assert errors == []
    (doc,) = docs
    assert doc.source == str(tmp_path / source)
    assert doc.text == ARTICLE
    assert doc.id == cc.load_text(ARTICLE).id


def test_archive_members_are_read_by_their_own_suffix_in_order(tmp_path):
    members = {
        "b.txt": ARTICLE.encode(),
        "c.jsonl": b'{"text": "first"}\n{"text": "second"}\n',
        "d.csv": b"id,text\n7,row text\n",
        "dir/": b"",
        ".DS_Store": b"\x00\x01",
        "inner.zip": b"PK...",
    }
    path = write_container(tmp_path / "mix.zip", members)
    stats = cc.ReadStats()
    docs, errors = collect(path, stats=stats)
    assert errors == []
    assert [d.source.split("!")[1] for d in docs] == ["b.txt", "c.jsonl:1", "c.jsonl:2", "d.csv:2"]
    assert docs[3].id == "7"
    assert stats.skipped["archive: hidden member"] == 1
    assert stats.skipped["archive: nested archive"] == 1
    assert stats.documents == 4


def test_format_override_reads_a_file_and_archive_members_as_that_format(tmp_path):
    dat = tmp_path / "corpus.dat"
    dat.write_text('{"text": "one"}\n{"text": "two"}\n')
    docs, _ = collect(dat, format="jsonl")
    assert [d.text for d in docs] == ["one", "two"]
    assert [d.text for d in collect(dat)[0]] == ['{"text": "one"}\n{"text": "two"}']
    arch = write_container(tmp_path / "a.zip", {"x.dat": b'{"text": "three"}\n'})
    assert [d.text for d in collect(arch, format="jsonl")[0]] == ["three"]


@pytest.mark.parametrize("bad", ["pdf", "JSONL", ""])
def test_unknown_format_is_a_config_error(tmp_path, bad):
    with pytest.raises(cc.ConfigError, match="unknown format"):
        cc.load(tmp_path, format=bad)


# --- JSONL and CSV records -------------------------------------------------------------


def _jsonl(path, rows):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def test_jsonl_fields_go_into_the_document_and_win(tmp_path):
    record = {
        "text": "Headline from the text\n\nBody of the article about the ceasefire.",
        "id": 42,
        "url": "https://example.org/a",
        "title": "The record's title",
        "published": "2024-03-01T10:00:00Z",
        "author": ["Jane Doe", "John Roe"],
    }
    (doc,), errors = collect(_jsonl(tmp_path / "c.jsonl", [record]))
    assert errors == []
    assert (doc.id, doc.url, doc.title, doc.published, doc.authors) == (
        "42",
        "https://example.org/a",
        "The record's title",
        dt.date(2024, 3, 1),
        ["Jane Doe", "John Roe"],
    )
    assert doc.source == f"{tmp_path / 'c.jsonl'}:1"


TEXT_FIELD_ROWS = [
    # (record, options, expected text)
    ({"text": "a", "content": "b"}, {}, "a"),
    ({"content": "b", "body": "c"}, {}, "b"),
    ({"body": "c"}, {}, "c"),
    ({"article": "d"}, {}, "d"),
    ({"maintext": "e", "text": "a"}, {"text_field": "maintext"}, "e"),
    ({"text": None}, {}, ""),
]


@pytest.mark.parametrize(("record", "options", "text"), TEXT_FIELD_ROWS)
def test_text_field_is_named_or_guessed(tmp_path, record, options, text):
    (doc,), _ = collect(_jsonl(tmp_path / "c.jsonl", [record]), reader=cc.ReaderOptions(**options))
    assert doc.text == text


def test_named_fields_and_no_guessing(tmp_path):
    record = {"body": "x", "key": "k1", "link": "u", "hed": "H", "when": "5 May 2021", "id": 9}
    opts = cc.ReaderOptions(
        text_field="body",
        id_field="key",
        url_field="link",
        title_field="hed",
        date_field="when",
        guess_fields=False,
    )
    (doc,), _ = collect(_jsonl(tmp_path / "c.jsonl", [record]), reader=opts)
    assert (doc.id, doc.url, doc.title, doc.published) == ("k1", "u", "H", dt.date(2021, 5, 5))
    (doc,), _ = collect(
        _jsonl(tmp_path / "d.jsonl", [{"text": "x", "id": 9, "title": "T"}]),
        reader=cc.ReaderOptions(guess_fields=False, text_field="text"),
    )
    assert doc.title is None and doc.id != "9"


BAD_JSONL = [
    # (line, error message pattern)
    ("not json at all", r"not valid JSON"),
    ('{"text": "unterminated', r"not valid JSON"),
    ('["a", "list"]', r"a JSON list, not an object"),
    ("42", r"a JSON int, not an object"),
    ('{"headline": "no text"}', r"no text field .*'headline'"),
    ('{"text": 12}', r"text field 'text' holds a int"),
    ('{"text": ["a"]}', r"holds a list"),
    ("[" * 100_000 + "]" * 100_000, r"not valid JSON"),
]


@pytest.mark.parametrize(("line", "reason"), BAD_JSONL)
def test_bad_jsonl_line_is_a_record_error_and_the_file_goes_on(tmp_path, line, reason):
    path = _jsonl(tmp_path / "c.jsonl", [{"text": "before"}, line, {"text": "after"}])
    docs, errors = collect(path)
    assert [d.text for d in docs] == ["before", "after"]
    (err,) = errors
    assert isinstance(err, cc.RecordError)
    assert err.line == 2
    assert str(err).startswith(f"{path}:2: ")
    assert re.search(reason, err.reason)


LINE_ENDINGS = [
    # (file name, bytes, texts read, source line numbers, skipped blank lines)
    ("lf.jsonl", b'{"text": "One."}\n{"text": "Two."}\n', ["One.", "Two."], [1, 2], 0),
    ("crlf.jsonl", b'{"text": "One."}\r\n{"text": "Two."}\r\n', ["One.", "Two."], [1, 2], 0),
    ("cr.jsonl", b'{"text": "One."}\r{"text": "Two."}\r', ["One.", "Two."], [1, 2], 0),
    ("cr-no-last.jsonl", b'{"text": "One."}\r{"text": "Two."}', ["One.", "Two."], [1, 2], 0),
    ("cr-blank.jsonl", b'{"text": "One."}\r\r{"text": "Two."}\r', ["One.", "Two."], [1, 3], 1),
    # An escaped CR in a JSON string is part of the value, in any file.
    ("cr-escaped.jsonl", b'{"text": "A\\rB"}\r{"text": "C"}\r', ["A\rB", "C"], [1, 2], 0),
    ("lf-escaped.jsonl", b'{"text": "A\\rB"}\n', ["A\rB"], [1], 0),
    # A raw CR inside a record of an LF file does not split it (negative row).
    ("lf-raw-cr.jsonl", b'{"text": "A\rB"}\n{"text": "C"}\n', ["A\rB", "C"], [1, 2], 0),
    ("cr.csv", b"id,text\r1,One.\r2,Two.\r", ["One.", "Two."], [2, 3], 0),
    ("crlf.csv", b"id,text\r\n1,One.\r\n2,Two.\r\n", ["One.", "Two."], [2, 3], 0),
    ("cr-quoted.csv", b'id,text\r1,"Two\rlines"\r2,Two.\r', ["Two\nlines", "Two."], [2, 4], 0),
    ("cr.tsv", b"id\ttext\r1\tOne.\r2\tTwo.\r", ["One.", "Two."], [2, 3], 0),
]


@pytest.mark.parametrize(
    ("name", "data", "texts", "lines", "blank"), LINE_ENDINGS, ids=[r[0] for r in LINE_ENDINGS]
)
def test_record_files_with_any_line_endings(tmp_path, name, data, texts, lines, blank):
    path = tmp_path / name
    path.write_bytes(data)
    stats = cc.ReadStats()
    raws = list(read_source(path, stats=stats))
    assert all(isinstance(r, cc.readers.RawText) for r in raws), raws
    assert [r.text for r in raws] == texts
    assert [r.source for r in raws] == [f"{path}:{n}" for n in lines]
    assert stats.total_skipped == blank


def test_long_old_mac_jsonl_is_streamed_record_by_record(tmp_path):
    # Longer than the part of the file looked at to tell its line endings.
    records = [json.dumps({"text": f"Record {i} " + "x" * 200}) for i in range(6000)]
    path = tmp_path / "old-mac.jsonl.gz"
    path.write_bytes(__import__("gzip").compress("\r".join(records).encode()))
    raws = list(read_source(path))
    assert len(raws) == 6000 and all(isinstance(r, cc.readers.RawText) for r in raws)
    assert raws[-1].text.startswith("Record 5999 ") and raws[-1].source.endswith(":6000")


SITE_FIELD = [
    # (record, reader options, site)
    ({"text": "x", "site": "Example News"}, {}, "Example News"),
    ({"text": "x", "site_name": " Example News "}, {}, "Example News"),
    ({"text": "x", "sitename": "Example News"}, {}, "Example News"),
    ({"text": "x", "source_name": "Example News"}, {"site_field": "source_name"}, "Example News"),
    ({"text": "x", "site": "A", "outlet": "B"}, {"site_field": "outlet"}, "B"),
    ({"text": "x", "site": "Example News"}, {"guess_fields": False}, None),
    ({"text": "x", "site": {"name": "Example News"}}, {}, None),  # not a string
    ({"text": "x", "site": "  "}, {}, None),
    ({"text": "x", "source": "Example News"}, {}, None),  # "source" is not guessed
]


@pytest.mark.parametrize(("record", "options", "site"), SITE_FIELD)
def test_site_field_is_named_or_guessed(tmp_path, record, options, site):
    opts = cc.ReaderOptions(text_field="text", **options)
    path = _jsonl(tmp_path / "c.jsonl", [record])
    (doc,), _ = collect(path, reader=opts)
    assert doc.site == site


def test_site_column_in_csv(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("text,outlet\nShelling resumed.,Example News\n")
    (doc,), _ = collect(path, reader=cc.ReaderOptions(site_field="outlet"))
    assert doc.site == "Example News"


def test_csv_and_tsv_rows_with_fields(tmp_path):
    csv_path = tmp_path / "c.csv"
    csv_path.write_text(
        'id,title,text,date\n1,T1,"First, with a comma",2020-01-02\n'
        '2,T2,"Multi\nline ""quoted""",\n',
        encoding="utf-8-sig",
    )
    docs, errors = collect(csv_path)
    assert errors == []
    assert [(d.id, d.title, d.text, d.published) for d in docs] == [
        ("1", "T1", "First, with a comma", dt.date(2020, 1, 2)),
        ("2", "T2", 'Multi\nline "quoted"', None),
    ]
    assert [d.source for d in docs] == [f"{csv_path}:2", f"{csv_path}:3"]
    tsv_path = tmp_path / "c.tsv"
    tsv_path.write_text("content\turl\nA tab-separated row\thttp://x\n")
    (doc,), _ = collect(tsv_path)
    assert (doc.text, doc.url) == ("A tab-separated row", "http://x")


BAD_CSV = [
    # (rows after the header, error line, reason pattern, texts that still load)
    ('1,"bro"ken\n2,after\n', 3, r"broken CSV quoting: ',' expected", ["before", "after"]),
    ('1,"never closed\n2,lost\n3,lost\n', 3, r"unexpected end of data; lines 3-5", ["before"]),
    ("1,too,many\n2,after\n", 3, r"has 3 fields but the header has 2", ["before", "after"]),
    ("1\n2,after\n", 3, r"has 1 fields", ["before", "after"]),
]


@pytest.mark.parametrize(("rows", "line", "reason", "texts"), BAD_CSV)
def test_bad_csv_row_is_a_record_error_naming_its_line(tmp_path, rows, line, reason, texts):
    path = tmp_path / "c.csv"
    path.write_text("id,text\n0,before\n" + rows)
    docs, errors = collect(path)
    assert [d.text for d in docs] == texts
    (err,) = errors
    assert isinstance(err, cc.RecordError) and err.line == line
    assert str(err).startswith(f"{path}:{line}: ")
    assert re.search(reason, err.reason)


def test_csv_without_a_text_column_is_one_error(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,headline\n1,a\n2,b\n")
    docs, errors = collect(path)
    assert docs == []
    (err,) = errors
    assert err.line == 1 and "no text column" in err.reason and "'headline'" in err.reason


def test_legacy_encoded_and_mixed_record_lines_decode(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(
        '{"text": "Déjà vu à Alep"}\n'.encode("cp1252")
        + '{"text": "Café in UTF-8"}\n'.encode()
        + '{"text": "Ça coûte cher"}\n'.encode("cp1252")
    )
    docs, errors = collect(path)
    assert errors == []
    assert [d.text for d in docs] == ["Déjà vu à Alep", "Café in UTF-8", "Ça coûte cher"]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"max_bytes": 0}, "max_bytes"),
        ({"text_field": ""}, "text_field"),
        ({"id_field": 3}, "id"),
        ({"site_field": ""}, "site_field"),
    ],
)
def test_bad_reader_options_are_config_errors(kwargs, match):
    with pytest.raises(cc.ConfigError, match=match):
        cc.ReaderOptions(**kwargs)


def test_reader_must_be_reader_options(tmp_path):
    with pytest.raises(cc.ConfigError, match="ReaderOptions"):
        cc.load(tmp_path, reader={"text_field": "x"})  # type: ignore[arg-type]


# --- HTML ------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Town falls | Example News</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-01T08:00:00Z">
<link rel="canonical" href="https://news.example.org/town-falls">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Town falls</h1>
<p>Rebels said on Monday that the town had fallen after weeks of heavy fighting in the
north of the country, and that thousands of civilians had fled towards the border.</p>
<p>“We will not retreat,” the commander told reporters, according to a statement released
by the army on Tuesday evening after a night of shelling.</p>
</article><footer>Subscribe to our newsletter. Copyright 2024 Example News.</footer>
</body></html>"""


def test_html_page_gives_main_content_and_metadata(tmp_path):
    pytest.importorskip("trafilatura")
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,), errors = collect(path)
    assert errors == []
    assert "Rebels said on Monday" in doc.text and "We will not retreat" in doc.text
    assert "Subscribe" not in doc.text and "Home" not in doc.text.split("\n")
    assert doc.title.startswith("Town falls")
    assert doc.authors == ["Jane Doe"]
    assert doc.published == dt.date(2024, 3, 1)
    assert doc.url == "https://news.example.org/town-falls"
    assert doc.language == "en"


def test_html_declared_charset_is_used(tmp_path):
    pytest.importorskip("trafilatura")
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace(
        "Rebels", "Les rebelles à Alep — Rebels"
    )
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1252"))
    (doc,), _ = collect(path)
    assert doc.encoding == "cp1252"
    assert "Les rebelles à Alep — Rebels" in doc.text


def test_missing_trafilatura_fails_at_the_call_with_a_pip_hint(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    with pytest.raises(cc.MissingDependencyError, match=r"pip install 'conflictcorpus\[html\]'"):
        cc.load(path)
    with pytest.raises(cc.MissingDependencyError, match="html"):
        cc.load(tmp_path, format="html")
    with pytest.raises(cc.MissingDependencyError):
        read_source(path)


def test_missing_warcio_fails_at_the_call_with_a_pip_hint(tmp_path, monkeypatch):
    pytest.importorskip("trafilatura")
    monkeypatch.setitem(sys.modules, "warcio", None)
    with pytest.raises(cc.MissingDependencyError, match=r"conflictcorpus\[warc\]"):
        cc.load(tmp_path, format="warc")


CARD = (
    '<span class="card"><img src="t.jpg" alt=""><a href="/people/ana-ruiz">Ana Ruiz</a>'
    '<a href="/a/1">Ruiz visits Kyiv</a> <a href="/a/2">Ruiz on sanctions</a> MORE</span>'
)
INLINE_CARDS = [
    # (paragraph markup, cards removed, paragraph text after)
    (
        f'Talks with <span><a href="/people/ana-ruiz">Ana Ruiz</a>{CARD}</span> ended.',
        1,
        "Talks with Ana Ruiz ended.",
    ),
    (f"Talks with Ana Ruiz{CARD} ended.", 1, "Talks with Ana Ruiz ended."),
    # Negative rows: prose with links, an inline image with one link, a figure with a
    # caption, a card outside any paragraph (trafilatura's business), a span with an
    # image and links but mostly plain text.
    (
        'Talks in <span><a href="/k">Kyiv</a> and <a href="/m">Minsk</a></span> ended.',
        0,
        "Talks in Kyiv and Minsk ended.",
    ),
    (
        'The map <span><img src="m.png"><a href="/m">Frontline map</a></span> shows it.',
        0,
        "The map Frontline map shows it.",
    ),
    (
        '<span><img src="a.jpg"> Shelling near <a href="/k">Kyiv</a>, seen from the '
        'south bank on Monday by <a href="/p">our photographer</a></span>',
        0,
        "Shelling near Kyiv, seen from the south bank on Monday by our photographer",
    ),
    # hashtags and flags drawn as images, links in a sentence: prose, not a card
    (
        'Crowds waved flags <span><a href="/t/u">#Ukraine</a> <img class="emoji" alt="🇺🇦" '
        'src="flag.png"> <a href="/t/p">#Peace</a> <a href="/t/k">#Kyiv</a> <a href="/t/o">'
        '#Odesa</a> <a href="/t/x">#Kharkiv</a> <a href="/t/s">#StandWithUkraine</a> '
        '<a href="/t/f">#FreeMariupol</a> <a href="/t/n">#NoWar</a></span> outside.',
        0,
        "Crowds waved flags #Ukraine #Peace #Kyiv #Odesa #Kharkiv #StandWithUkraine "
        "#FreeMariupol #NoWar outside.",
    ),
    (
        'He said that <span><a href="/a">talks</a><img src="x.png" width="200">'
        '<a href="/b">failed</a></span> on Monday.',
        0,
        "He said that talksfailed on Monday.",
    ),
    (
        'Talks with Ana Ruiz<span><img src="/icons/person.svg"><a href="/a/1">Ruiz visits '
        'Kyiv after the summit</a> <a href="/a/2">Ruiz on new sanctions</a></span> ended.',
        0,
        "Talks with Ana RuizRuiz visits Kyiv after the summit Ruiz on new sanctions ended.",
    ),
]


@pytest.mark.parametrize(("markup", "cards", "after"), INLINE_CARDS)
def test_hover_cards_inside_paragraphs_are_removed(markup, cards, after):
    lxml_html = pytest.importorskip("lxml.html")
    from conflictcorpus.readers.html import drop_inline_cards

    tree = lxml_html.fromstring(f"<div><p>{markup}</p><div>{CARD}</div></div>")
    assert drop_inline_cards(tree) == cards
    paragraph, outside = tree.find("p"), tree.find("div")
    assert " ".join(paragraph.text_content().split()) == after
    assert "Ruiz visits Kyiv" in outside.text_content()  # a card outside a <p> stays


def test_html_page_with_a_hover_card_keeps_the_name_and_drops_the_card():
    pytest.importorskip("trafilatura")
    from conflictcorpus.readers.html import extract_html

    page = PAGE.replace(
        "Rebels said on Monday",
        f'Rebels led by <span><a href="/people/ana-ruiz">Ana Ruiz</a>{CARD}</span> said on Monday',
    )
    text = extract_html(page).text
    assert "Rebels led by Ana Ruiz said on Monday" in text
    assert "Ruiz visits Kyiv" not in text and "MORE" not in text


TWEET = (
    '<blockquote class="twitter-tweet"><p lang="en">The bridge at Irpin is down; civilians '
    "are crossing on foot under fire.</p>— Jane Roe (@janeroe) "
    '<a href="https://twitter.com/janeroe/status/1">March 5, 2022</a></blockquote>'
)
SCRIPT = '<script async src="https://platform.twitter.com/widgets.js"></script>'
EMBEDDED_POSTS = [
    # (markup inside <article>, posts lifted, tags of the article's children after)
    (f'<div class="social-embed">{TWEET}{SCRIPT}</div>', 1, ["blockquote"]),
    (
        f'<figure class="embed"><div class="social">{TWEET}</div></figure><p>x</p>',
        1,
        ["blockquote", "p"],
    ),
    (TWEET.replace("twitter-tweet", "bluesky-embed"), 0, ["blockquote"]),  # no wrapper
    (
        f'<div class="social-embed">{TWEET.replace("twitter-tweet", "bluesky-embed")}</div>',
        1,
        ["blockquote"],
    ),
    # Negative rows: a wrapper with other text, a quote without an embed class, an embed
    # class this library does not take for a post's words.
    (f'<div class="social-embed"><p>Related:</p>{TWEET}</div>', 0, ["div"]),
    (f'<div class="social">{TWEET.replace("twitter-tweet", "pull-quote")}</div>', 0, ["div"]),
    (f'<div class="social">{TWEET.replace("twitter-tweet", "instagram-media")}</div>', 0, ["div"]),
]


@pytest.mark.parametrize(("markup", "lifted", "tags"), EMBEDDED_POSTS)
def test_embedded_posts_are_lifted_out_of_wrappers(markup, lifted, tags):
    lxml_html = pytest.importorskip("lxml.html")
    from conflictcorpus.readers.html import lift_embedded_posts

    tree = lxml_html.fromstring(f"<html><body><article>{markup}</article></body></html>")
    before = " ".join(tree.text_content().split())
    assert lift_embedded_posts(tree) == lifted
    assert [child.tag for child in tree.find(".//article")] == tags
    assert " ".join(tree.text_content().split()).replace(" ", "") == before.replace(" ", "")


def test_html_page_keeps_a_wrapped_embedded_post():
    pytest.importorskip("trafilatura")
    from conflictcorpus.readers.html import extract_html

    post = f'<div class="social-media-embed">{TWEET}{SCRIPT}</div>'
    page = PAGE.replace("<p>“We will not retreat,”", post + "<p>“We will not retreat,”")
    paragraphs = extract_html(page).text.split("\n\n")
    i = paragraphs.index("The bridge at Irpin is down; civilians are crossing on foot under fire.")
    assert paragraphs[i - 1].startswith("Rebels said") and paragraphs[i + 2].startswith("“We will")


# --- WARC ------------------------------------------------------------------------------


def _warc(path, records, gzip=True):
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders

    with open(path, "wb") as f:
        writer = warcio.warcwriter.WARCWriter(f, gzip=gzip)
        for kind, uri, status, ctype, body, date in records:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            headers = {"WARC-Date": date} if date else None
            rec = writer.create_warc_record(
                uri,
                kind,
                payload=io.BytesIO(body),
                length=len(body),  # no spooled temp file for warcio to leave open
                http_headers=http if kind == "response" else None,
                warc_headers_dict=headers,
            )
            writer.write_record(rec)
    return path


NO_DATE_PAGE = PAGE.replace(
    '<meta property="article:published_time" content="2024-03-01T08:00:00Z">', ""
)
WARC_RECORDS = [
    ("request", "https://a.example/x", None, None, b"GET /x HTTP/1.1\r\n\r\n", None),
    ("response", "https://a.example/x", "200 OK", "text/html; charset=utf-8", PAGE.encode(), None),
    ("response", "https://a.example/i.png", "200 OK", "image/png", b"\x89PNG....", None),
    ("response", "https://a.example/old", "301 Moved", "text/html", b"<a>moved</a>", None),
    (
        "response",
        "https://b.example/y",
        "200 OK",
        "text/html",
        NO_DATE_PAGE.encode(),
        "2023-05-06T10:00:00Z",
    ),
    ("metadata", "https://a.example/x", None, None, b"via: x", None),
]


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_warc_html_responses_become_documents_and_the_rest_is_counted(tmp_path, gzip, caplog):
    pytest.importorskip("trafilatura")
    path = _warc(tmp_path / ("c.warc.gz" if gzip else "c.warc"), WARC_RECORDS, gzip=gzip)
    stats = cc.ReadStats()
    with caplog.at_level(logging.INFO, logger="conflictcorpus"):
        docs, errors = collect(path, stats=stats)
    assert errors == []
    assert [d.url for d in docs] == ["https://a.example/x", "https://b.example/y"]
    assert docs[0].published == dt.date(2024, 3, 1)  # the page's own date
    assert docs[1].published is None  # the page states none; the capture date is apart
    assert docs[1].retrieved == dt.datetime(2023, 5, 6, 10, tzinfo=dt.timezone.utc)
    assert docs[0].source == f"{path}!2:https://a.example/x"
    assert dict(stats.skipped) == {
        "warc: request record": 1,
        "warc: image/png response": 1,
        "warc: HTTP 301 response": 1,
        "warc: metadata record": 1,
    }
    assert (stats.documents, stats.errors, stats.total_skipped) == (2, 0, 4)
    assert "skipped 4 records" in caplog.text and "warc: request record: 1" in caplog.text


UTC = dt.timezone.utc
WARC_DATES = [
    # (page, WARC-Date, published, retrieved)
    (PAGE, "2024-05-01T08:30:00Z", dt.date(2024, 3, 1), dt.datetime(2024, 5, 1, 8, 30, tzinfo=UTC)),
    (NO_DATE_PAGE, "2023-05-06T10:00:00Z", None, dt.datetime(2023, 5, 6, 10, tzinfo=UTC)),
    # A page cannot be published after it was captured: its stated date is not taken.
    (PAGE, "2023-05-06T10:00:00Z", None, dt.datetime(2023, 5, 6, 10, tzinfo=UTC)),
    (
        PAGE,
        "2024-03-01T23:30:00-02:00",
        dt.date(2024, 3, 1),
        dt.datetime(2024, 3, 2, 1, 30, tzinfo=UTC),
    ),
    (
        PAGE,
        "2024-05-01T08:30:00.123456789Z",
        dt.date(2024, 3, 1),
        dt.datetime(2024, 5, 1, 8, 30, 0, 123456, tzinfo=UTC),
    ),
    (PAGE, "not a date", dt.date(2024, 3, 1), None),
    # a day of slack for time zones: dated the 1st, captured late on the 29th in UTC
    (
        PAGE,
        "2024-02-29T23:30:00Z",
        dt.date(2024, 3, 1),
        dt.datetime(2024, 2, 29, 23, 30, tzinfo=UTC),
    ),
    (PAGE, "2024-02-28T10:00:00Z", None, dt.datetime(2024, 2, 28, 10, tzinfo=UTC)),
]


@pytest.mark.parametrize(("page", "warc_date", "published", "retrieved"), WARC_DATES)
def test_warc_keeps_the_page_date_as_published_and_the_capture_time_as_retrieved(
    tmp_path, page, warc_date, published, retrieved
):
    pytest.importorskip("trafilatura")
    record = ("response", "https://a.example/x", "200 OK", "text/html", page.encode(), warc_date)
    path = _warc(tmp_path / "c.warc.gz", [record])
    (doc,), errors = collect(path)
    assert errors == []
    assert (doc.published, doc.retrieved) == (published, retrieved)
    if retrieved is not None:
        data = json.loads(doc.model_dump_json())
        assert cc.Document.model_validate(data).retrieved == retrieved


SITES = [
    # (page, URL the container gives, site)
    (
        PAGE.replace("<head>", '<head><meta property="og:site_name" content="Example News">'),
        None,
        "Example News",
    ),
    (PAGE, None, "news.example.org"),  # no site name: the canonical URL's host
    (
        PAGE.replace('<link rel="canonical" href="https://news.example.org/town-falls">', ""),
        None,
        None,
    ),
    (
        PAGE.replace('<link rel="canonical" href="https://news.example.org/town-falls">', ""),
        "https://www.b.example/y",
        "b.example",
    ),
]


@pytest.mark.parametrize(("page", "url", "site"), SITES)
def test_html_site_name(page, url, site):
    pytest.importorskip("trafilatura")
    from conflictcorpus.readers.html import extract_html

    raw = extract_html(page, url=url)
    assert (raw.site, raw.retrieved) == (site, None)


def test_truncated_warc_record_is_a_typed_error(tmp_path):
    pytest.importorskip("trafilatura")
    path = _warc(tmp_path / "c.warc.gz", WARC_RECORDS[:2])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(path.read_bytes()[: len(path.read_bytes()) - 200])
    docs, errors = collect(cut)
    assert docs == []
    (err,) = errors
    assert isinstance(err, cc.CorruptInputError)
    assert str(err).startswith(f"{cut}!2:https://a.example/x: ")


def test_garbage_warc_is_a_typed_error(tmp_path):
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    path = tmp_path / "x.warc"
    path.write_bytes(b"this is not a web archive\r\n" * 10)
    docs, errors = collect(path)
    assert docs == []
    (err,) = errors
    assert isinstance(err, cc.CorruptInputError)
    assert str(err).startswith(f"{path}: not a WARC file: record 1")


def test_warc_in_other_compressions_and_format_override(tmp_path):
    pytest.importorskip("trafilatura")
    plain = _warc(tmp_path / "c.warc", WARC_RECORDS[:2], gzip=False)
    import lzma

    xz = tmp_path / "c.warc.xz"
    xz.write_bytes(lzma.compress(plain.read_bytes()))
    assert [d.url for d in collect(xz)[0]] == ["https://a.example/x"]
    gz = _warc(tmp_path / "c.warc.gz", WARC_RECORDS[:2])
    docs, errors = collect(gz, format="text")  # decompressed, then read as text
    assert errors == [] and "WARC-Target-URI: https://a.example/x" in docs[0].text


def test_a_naive_capture_time_is_taken_as_utc():
    from conflictcorpus.pipeline import build_document
    from conflictcorpus.readers.base import RawText

    doc = build_document(RawText("Shelling resumed overnight.", retrieved=dt.datetime(2023, 5, 6)))
    assert doc.retrieved == dt.datetime(2023, 5, 6, tzinfo=dt.timezone.utc)
