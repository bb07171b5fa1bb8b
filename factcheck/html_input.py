"""Reduce an HTML page to the text of its article, and read its title, link and date.

Why a parser and not regexes: real pages nest, omit closing tags, hide figures inside
inline markup (``<b>$5</b> billion``) and carry scripts full of numbers. Regexes get each
of those wrong in a different way, and a pathological page can make them backtrack.
Beautiful Soup with the standard library's ``html.parser`` is well kept, pure Python (no
compiled dependency to install), repairs broken markup the way browsers roughly do, and
never runs or fetches anything. The tree is walked with an explicit stack, so a page
nested 100,000 levels deep cannot exhaust Python's recursion limit.

What is kept: the text of the ``<article>`` with the most text (else ``<main>``, else
``<body>``), with block elements turned into paragraph breaks so sentences never run
across headings, list items or table rows. What is dropped: scripts, styles, templates,
``<noscript>``, embedded objects, navigation, form controls and ``hidden`` elements, so
their numbers are never read as claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

# content that is never article text (``head`` is read for metadata separately)
SKIPPED = frozenset(
    {
        "script", "style", "noscript", "template", "head", "title", "svg", "math",
        "canvas", "iframe", "object", "embed", "nav", "button", "select", "textarea",
        "input", "option", "datalist",
    }
)
# elements that start and end a paragraph of their own
BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
        "html",
    }
)
CELLS = frozenset({"td", "th"})

_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML's own whitespace, collapsed outside <pre>

_TITLE_META = ("og:title", "twitter:title")
_URL_META = ("og:url",)
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dcterms.date",
)
_SITE_META = ("og:site_name",)

_LINE, _PARAGRAPH = 1, 2


@dataclass(frozen=True)
class HtmlArticle:
    """The article text of a page and what its markup says about it."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    site: str | None = None


def looks_like_html(text: str) -> bool:
    """True for text that begins like an HTML page (used for standard input)."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def parse_html(markup: str) -> HtmlArticle:
    """The article of a page: its text, title, canonical URL, publication date and site."""
    soup = BeautifulSoup(markup, "html.parser")
    metas = _meta_values(soup)
    title = _first(metas, _TITLE_META)
    if title is None and soup.title is not None:
        title = _clean(soup.title.get_text())
    url = _canonical(soup) or _first(metas, _URL_META)
    published = _first(metas, _DATE_META)
    if published is None:
        for time in soup.find_all("time"):
            if isinstance(time, Tag) and isinstance(time.get("datetime"), str):
                published = _clean(str(time["datetime"]))
                if published:
                    break
    text = _text_of(_article_root(soup))
    return HtmlArticle(text, title, url, published, _first(metas, _SITE_META))


def _meta_values(soup: BeautifulSoup) -> dict[str, str]:
    """``<meta property|name|itemprop=... content=...>`` by lower-cased key; first wins."""
    values: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        if not isinstance(meta, Tag):
            continue
        content = meta.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = meta.get(attr)
            if isinstance(key, str):
                values.setdefault(key.strip().lower(), content.strip())
    for item in soup.find_all(True):
        if item.get("itemprop") == "datePublished" and isinstance(item.get("datetime"), str):
            values.setdefault("datepublished", str(item["datetime"]).strip())
    return values


def _first(values: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = _clean(values.get(key, ""))
        if value:
            return value
    return None


def _canonical(soup: BeautifulSoup) -> str | None:
    for link in soup.find_all("link"):
        if not isinstance(link, Tag):
            continue
        rel = link.get("rel")
        rels = [rel] if isinstance(rel, str) else list(rel or [])
        href = link.get("href")
        if any(r.lower() == "canonical" for r in rels) and isinstance(href, str) and href.strip():
            return href.strip()
    return None


def _clean(text: str) -> str | None:
    cleaned = _SPACE.sub(" ", text).strip()
    return cleaned or None


def _article_root(soup: BeautifulSoup) -> Tag:
    articles = [a for a in soup.find_all("article") if isinstance(a, Tag)]
    if articles:
        # the main story, not a teaser: the article with the most text (first on a tie)
        return max(articles, key=lambda a: len(a.get_text()))
    for name in ("main", "body"):
        found = soup.find(name)
        if isinstance(found, Tag):
            return found
    return soup


def _text_of(root: Tag) -> str:
    """The visible text under ``root``: whitespace collapsed as a browser would, block
    elements as paragraph breaks, ``<br>`` as a line break, table cells apart."""
    pieces: list[str | int] = []
    # (node, leaving, inside <pre>): an explicit stack instead of recursion
    stack: list[tuple[Tag | NavigableString, bool, bool]] = [(root, False, False)]
    while stack:
        node, leaving, pre = stack.pop()
        if leaving:
            pieces.append(_PARAGRAPH)
            continue
        if isinstance(node, Tag):
            name = (node.name or "").lower()
            if name in SKIPPED or node.has_attr("hidden"):
                continue
            if name == "br":
                pieces.append(_LINE)
                continue
            if name in CELLS:
                pieces.append(" ")
            if name in BLOCKS:
                pieces.append(_PARAGRAPH)
                stack.append((node, True, pre))
            inner_pre = pre or name in ("pre", "textarea", "listing", "plaintext")
            for child in reversed(node.contents):
                if isinstance(child, (Tag, NavigableString)):
                    stack.append((child, False, inner_pre))
        elif type(node) is NavigableString:  # not comments, doctypes, CDATA or script text
            pieces.append(str(node) if pre else _SPACE.sub(" ", str(node)))
    return _join(pieces)


def _join(pieces: list[str | int]) -> str:
    out: list[str] = []
    pending = 0  # strongest break asked for since the last text
    at_space = True  # the output ends with a space or a break (or is empty)
    for piece in pieces:
        if isinstance(piece, int):
            pending = max(pending, piece)
            continue
        if pending or at_space:
            piece = piece.lstrip(" ")
        if not piece:
            continue
        if pending and out:
            out[-1] = out[-1].rstrip(" ")
            out.append("\n" * pending)
        pending = 0
        out.append(piece)
        at_space = piece.endswith((" ", "\n"))
    return "".join(out).rstrip()
