"""HTML pages: main-content extraction with trafilatura (extra ``html``).

trafilatura finds the article in the page; this library's own stages then run on the
text it extracted. The page's metadata (title, authors, date, canonical URL, site name)
goes into the :class:`RawText`, so it wins over anything guessed from the text. A page with no
markup is a :class:`~conflictcorpus.FormatError`; a page from which nothing can be
extracted gives an empty document (logged), never a traceback.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import logging
import re
from collections.abc import Iterator
from typing import IO, Any

import regex

from ..errors import FormatError, InputError, require
from .base import RawText, ReaderOptions, ReadStats
from .records import parse_date
from .streams import read_bounded
from .text import decode_bytes

__all__ = [
    "decode_html",
    "drop_inline_cards",
    "extract_html",
    "lift_embedded_posts",
    "read_html",
    "require_trafilatura",
]

logger = logging.getLogger("conflictcorpus")

_SNIFF_BYTES = 4096
_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", regex.IGNORECASE
)
# Something that opens an element, a comment, a doctype or a processing instruction.
_MARKUP = regex.compile(
    r"<(?:[A-Za-z][A-Za-z0-9-]{0,30}[\s/>]|!--|![Dd][Oo][Cc][Tt][Yy][Pp][Ee]|/[A-Za-z])"
)
_MARKUP_WINDOW = 65536
# lxml's parser takes time quadratic in the number of attributes of one tag (50,000 took
# 45 s); pages with tags this long are screened for attribute floods before parsing.
# Compiled with the standard library's ``re``: ``regex`` unrolls the 10,000 repeats into a
# program of 2.4 MB held by every process, ``re`` keeps one counted loop.
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{10000,}>")
_MAX_ATTRIBUTES = 2000
# Cards inside a paragraph: a hover card or link preview (a thumbnail and a list of links
# about a name) sits in the markup of the sentence and is shown on hover only; its text
# would be glued into the paragraph. A <span> inside a <p> (the HTML parser closes a <p>
# before any block element, so nothing else can sit there) with a picture, at least two
# links, several words of them and almost nothing but link text is such a card. Emoji,
# flags and icons drawn as <img> are not pictures: hashtags between two of them are prose.
_CARD_TAGS = ("span",)
_CARD_MIN_LINKS = 2
_CARD_MIN_LINK_WORDS = 8
_CARD_LINK_SHARE = 0.8
_ICON_HINTS = ("emoji", "icon", "smiley", "flag")
_ICON_MAX_PIXELS = 40
# Posts embedded with their platform's markup hold the post's words in a <blockquote>: a
# statement on X or Bluesky that an article quotes is part of it. trafilatura keeps such a
# blockquote, unless the site wraps it in a container it takes for a social-media widget.
_EMBEDDED_POST_CLASSES = frozenset({"twitter-tweet", "bluesky-embed"})
_WRAPPER_TAGS = frozenset({"div", "figure", "aside", "section", "span", "center"})
_NO_TEXT_TAGS = frozenset({"script", "style", "noscript", "template"})
# Dates only from the page's markup and metadata: htmldate's extensive search would take
# "Copyright 2024" in a footer for the publication date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def require_trafilatura(feature: str = "Reading HTML") -> Any:
    """Import trafilatura or raise :class:`~conflictcorpus.MissingDependencyError`."""
    return require("trafilatura", extra="html", feature=feature)


def decode_html(data: bytes, *, source: str | None = None, charset: str | None = None) -> RawText:
    """Decode an HTML page: a byte-order mark, else the declared charset (the HTTP header's
    ``charset``, then a ``<meta>`` tag near the top), else detection as for plain text.

    >>> decode_html('<meta charset="windows-1252"><p>Déjà</p>'.encode("cp1252")).encoding
    'cp1252'
    """
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data, source=source)
    declared = [charset] if charset else []
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if match:
        declared.append(match.group(1).decode("ascii"))
    for name in declared:
        try:
            encoding = codecs.lookup(name).name
        except LookupError:
            continue
        if encoding in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
            continue  # a page that declares UTF-16 in ASCII bytes is not UTF-16
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue  # the declaration lies; fall back to detection
        return RawText(text, source, encoding)
    return decode_bytes(data, source=source)


def extract_html(
    html: bytes | str,
    *,
    source: str | None = None,
    url: str | None = None,
    published: _dt.date | None = None,
    retrieved: _dt.datetime | None = None,
    charset: str | None = None,
    favor_precision: bool = True,
) -> RawText:
    """Extract the main content of an HTML page, with its metadata.

    Args:
        html: The page, as bytes (decoded here) or text.
        source: A label for the result and for errors.
        url: The page's URL when known (a WARC record's target URI); it wins over the
            page's canonical URL.
        published: A publication date known from the container; it wins over the
            page's own.
        retrieved: When the page was fetched (a WARC record's date). Kept on the result,
            and a date the page states more than a day after it is dropped.
        charset: The charset the HTTP response declared, if any.
        favor_precision: Ask trafilatura to leave out the uncertain parts of the page.

    Returns:
        The extracted text, one paragraph per block, with title, authors, date, URL and
        site name.

    Raises:
        FormatError: The content has no HTML markup, or extraction failed on it.
        BinaryInputError: The bytes are not text.
        MissingDependencyError: trafilatura is not installed.
    """
    trafilatura = require_trafilatura()
    if isinstance(html, (bytes, bytearray)):
        decoded = decode_html(bytes(html), source=source, charset=charset)
        text, encoding = decoded.text, decoded.encoding
    else:
        text, encoding = html, None
    empty = RawText("", source, encoding, url=url, published=published, retrieved=retrieved)
    if not text.strip():
        return empty
    if not _MARKUP.search(text[:_MARKUP_WINDOW]):
        raise FormatError(
            "not HTML: no markup in the first 64 KiB; read it as plain text with format='text'",
            source=source,
        )
    for tag in _LONG_TAG.finditer(text):
        if tag.group().count("=") > _MAX_ATTRIBUTES:
            raise FormatError(
                f"hostile HTML: a tag at offset {tag.start()} has more than "
                f"{_MAX_ATTRIBUTES} attributes; not parsed",
                source=source,
            )
    try:
        page = _page_tree(text, source)
        result = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=favor_precision,
            deduplicate=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura and lxml raise many kinds on hostile pages
        raise FormatError(
            f"HTML extraction failed: {type(exc).__name__}: {exc}", source=source
        ) from None
    if result is None:
        logger.info("%s: nothing could be extracted from the HTML page", source)
        return empty
    meta = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    body = meta.get("text") or ""
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    authors = tuple(a.strip() for a in (meta.get("author") or "").split(";") if a.strip())
    return RawText(
        "\n\n".join(paragraphs),
        source,
        encoding,
        url=url or meta.get("url") or None,
        title=(meta.get("title") or "").strip() or None,
        published=published or _not_after(parse_date(meta.get("date")), retrieved),
        authors=authors,
        site=(meta.get("sitename") or "").strip() or None,
        retrieved=retrieved,
    )


def _visible_length(element: Any) -> int:
    return sum(len("".join(part.split())) for part in element.itertext())


def _is_picture(img: Any) -> bool:
    """Whether an ``<img>`` is a picture, not an emoji, flag or icon drawn as an image."""
    hints = " ".join(img.get(k) or "" for k in ("class", "src")).lower()
    if any(h in hints for h in _ICON_HINTS):
        return False
    alt = (img.get("alt") or "").strip()
    if 0 < len(alt) <= 2:  # an emoji's alt text is the emoji itself
        return False
    for key in ("width", "height"):
        size = (img.get(key) or "").strip().removesuffix("px")
        if size.isdigit() and int(size) < _ICON_MAX_PIXELS:
            return False
    return True


def drop_inline_cards(tree: Any) -> int:
    """Remove hover cards and link previews from inside paragraphs; return how many.

    A card is a ``<span>`` inside a ``<p>`` that holds a picture (not an emoji, flag or
    icon image), at least two links with at least eight words between them, and whose
    text is at least 80% link text. The innermost such element goes, so the linked name
    the card belongs to stays in the sentence; the text after the card (its tail) stays
    too.

    >>> import lxml.html
    >>> tree = lxml.html.fromstring(
    ...     '<div><p>Talks with <span><a href="/p/x">Ana Ruiz</a><span><img src="x.jpg">'
    ...     '<a href="/a/1">Ruiz visits Kyiv after the summit</a> '
    ...     '<a href="/a/2">Ruiz on new sanctions against Minsk</a></span></span> ended.</p></div>')
    >>> drop_inline_cards(tree), tree.text_content()
    (1, 'Talks with Ana Ruiz ended.')
    """
    cards = 0
    for paragraph in tree.iter("p"):
        for element in reversed(list(paragraph.iter(*_CARD_TAGS))):
            if element is paragraph or element.getparent() is None:
                continue
            links = list(element.iter("a"))
            if len(links) < _CARD_MIN_LINKS or not any(map(_is_picture, element.iter("img"))):
                continue
            if sum(len(a.text_content().split()) for a in links) < _CARD_MIN_LINK_WORDS:
                continue
            total = _visible_length(element)
            linked = sum(_visible_length(a) for a in links)
            if total and linked >= _CARD_LINK_SHARE * total:
                element.drop_tree()
                cards += 1
    return cards


def _words(element: Any) -> str:
    """The visible words of ``element`` (scripts and styles left out), space-separated."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node.tag, str) and node.tag not in _NO_TEXT_TAGS:
            parts.append(node.text or "")
            for child in node:
                walk(child)
        if node is not element:
            parts.append(node.tail or "")

    walk(element)
    return " ".join(" ".join(parts).split())


def lift_embedded_posts(tree: Any) -> int:
    """Take embedded social-media posts out of the wrappers that hold only them; return
    how many posts were lifted.

    A post is a ``<blockquote>`` with its platform's embed class (``twitter-tweet``,
    ``bluesky-embed``); a wrapper is a ``div``, ``figure``, ``aside``… whose visible text
    is the post's and nothing else. The post takes the outermost such wrapper's place, so
    a wrapper's class (``social-embed``) no longer makes the extractor drop the post.

    >>> import lxml.html
    >>> tree = lxml.html.fromstring(
    ...     '<div><p>She wrote:</p><div class="social-embed"><blockquote class="twitter-tweet">'
    ...     '<p>We are safe.</p>— A (@a)</blockquote><script src="w.js"></script></div></div>')
    >>> lift_embedded_posts(tree), [child.tag for child in tree]
    (1, ['p', 'blockquote'])
    """
    lifted = 0
    for quote in list(tree.iter("blockquote")):
        if _EMBEDDED_POST_CLASSES.isdisjoint((quote.get("class") or "").split()):
            continue
        words = _words(quote)
        wrapper, parent = quote, quote.getparent()
        while parent is not None and parent.tag in _WRAPPER_TAGS and _words(parent) == words:
            wrapper, parent = parent, parent.getparent()
        if wrapper is not quote and parent is not None:
            quote.tail = wrapper.tail
            parent.replace(wrapper, quote)
            lifted += 1
    return lifted


def _page_tree(text: str, source: str | None) -> Any:
    """The page parsed as trafilatura parses it, with inline cards removed and embedded
    posts out of their wrappers; the text itself when it does not parse (trafilatura
    then reports what it can)."""
    from trafilatura.utils import load_html

    tree = load_html(text)
    if tree is None:
        return text
    cards = drop_inline_cards(tree)
    # the walk up from each post reads its wrappers' text: only pages that embed posts
    posts = lift_embedded_posts(tree) if any(c in text for c in _EMBEDDED_POST_CLASSES) else 0
    if cards or posts:
        logger.debug("%s: %d hover cards removed, %d embedded posts lifted", source, cards, posts)
    return tree


def _not_after(date: _dt.date | None, retrieved: _dt.datetime | None) -> _dt.date | None:
    """The page's date, unless it falls after the page was fetched.

    A day of slack covers time zones (a page dated the 7th in UTC+3 can be fetched late on
    the 6th in UTC). A later date (an "updated" stamp, a mis-read number) is dropped rather
    than replaced: asking the date extractor for an earlier candidate instead can pick an
    unrelated date from the page.
    """
    if date is None or retrieved is None:
        return date
    return None if date > retrieved.date() + _dt.timedelta(days=1) else date


def read_html(
    stream: IO[bytes], source: str, options: ReaderOptions, stats: ReadStats
) -> Iterator[RawText | InputError]:
    """Yield the one document in an HTML file, or its error."""
    try:
        data = read_bounded(stream, source=source, max_bytes=options.max_bytes)
        yield extract_html(data, source=source, favor_precision=options.favor_precision)
    except InputError as exc:
        yield exc
