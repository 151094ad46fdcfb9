"""HTML pages and fragments: main text with trafilatura, metadata from the page itself.

Everything here works on markup already in memory; nothing fetches a URL (the
libraries are given parsed trees, never strings they might take for a URL).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import htmldate
import trafilatura
from lxml import etree
from lxml import html as lxml_html

from eventwire.ingest.common import Fields, make_article
from eventwire.models import Article, Problem
from eventwire.settings import Settings

__all__ = ["extract_fragment_text", "extract_page_text", "read_html", "read_page_fields"]

logger = logging.getLogger(__name__)

# Elements that end a paragraph when an HTML fragment is flattened by hand.
_BLOCKS = frozenset(
    ("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
     "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
     "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul")
)  # fmt: skip
_SKIP = frozenset(("script", "style", "noscript", "template"))
_SPACES = re.compile(r"[^\S\n]+")
_WORD = re.compile(r"\w")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def read_html(
    markup: str,
    origin: str,
    fields: Fields,
    settings: Settings,
    *,
    raw: str | None = None,
    raw_format: str = "html",
    warnings: tuple[str, ...] = (),
) -> Iterator[Article | Problem]:
    """Yield the article an HTML page makes; ``fields`` given win over the page's own."""
    text = extract_page_text(markup)
    if not text:
        yield Problem(origin, "HTML has no article text")
        return
    page = read_page_fields(markup)
    merged = Fields(
        article_id=fields.article_id,
        outlet=fields.outlet or page.outlet,
        url=fields.url or page.url,
        title=fields.title or page.title,
        published=fields.published or page.published,
        language=fields.language or page.language,
    )
    yield from make_article(
        origin=origin,
        raw=markup if raw is None else raw,
        raw_format=raw_format,
        source_text=text,
        fields=merged,
        settings=settings,
        warnings=warnings,
    )


def extract_page_text(markup: str) -> str | None:
    """Return the main text of a page, paragraphs separated by blank lines, or None."""
    tree = _parse(markup)
    if tree is None:
        return None
    xml = trafilatura.extract(
        tree,
        output_format="xml",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
    )
    if not xml:
        return None
    main = etree.fromstring(xml.encode("utf-8")).find("main")
    text = _join_blocks(main) if main is not None else ""
    # With no article on the page trafilatura falls back to whatever is left,
    # often the menu: text made only of link labels is navigation, not an article.
    if not text or _only_links(text, _parse(markup)):
        return None
    return text


def extract_fragment_text(markup: str) -> str:
    """Return the text of an HTML fragment (a feed summary), paragraphs separated by blank lines."""
    tree = _parse_fragment(markup)
    if tree is None:
        return ""
    # trafilatura drops short fragments; flattening the markup by hand keeps them.
    xml = trafilatura.extract(
        _parse_fragment(markup), output_format="xml", include_comments=False, include_tables=False
    )
    main = etree.fromstring(xml.encode("utf-8")).find("main") if xml else None
    text = _join_blocks(main) if main is not None else ""
    return text or _flatten(tree)


def read_page_fields(markup: str) -> Fields:
    """Return the title, site name, canonical URL, date and language a page declares."""
    tree = _parse(markup)
    if tree is None:
        return Fields()
    meta = trafilatura.extract_metadata(tree)
    url: str | None = meta.url if meta is not None else None
    published = _find_date(markup, url)
    return Fields(
        outlet=meta.sitename if meta is not None else None,
        url=url,
        title=meta.title if meta is not None else None,
        published=published,
        language=_page_language(markup),
    )


def _parse(markup: str) -> lxml_html.HtmlElement | None:
    """Parse a page into a fresh tree (the libraries may prune the tree they are given)."""
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        tree: lxml_html.HtmlElement = lxml_html.document_fromstring(
            markup.encode("utf-8", "surrogatepass"), parser=parser
        )
    except (etree.ParserError, ValueError):
        return None
    return tree


def _parse_fragment(markup: str) -> lxml_html.HtmlElement | None:
    try:
        tree: lxml_html.HtmlElement = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return None
    return tree


def _find_date(markup: str, url: str | None) -> str | None:
    tree = _parse(markup)
    if tree is None:
        return None
    try:
        found: str | None = htmldate.find_date(tree, original_date=True, url=url)
    except ValueError:  # htmldate refuses some malformed trees
        logger.debug("htmldate found no usable date", exc_info=True)
        return None
    return found


def _page_language(markup: str) -> str | None:
    tree = _parse(markup)
    if tree is None:
        return None
    declared = tree.get("lang") or tree.get(_XML_LANG)
    if declared:
        return str(declared)
    for content in tree.xpath(
        "//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language')='content-language']"
        "/@content | //meta[@property='og:locale']/@content"
    ):
        return str(content)
    return None


def _only_links(text: str, tree: lxml_html.HtmlElement | None) -> bool:
    """Tell whether ``text`` has no word left once the page's link labels are removed."""
    if tree is None:
        return False
    labels = {" ".join(str(link.text_content()).split()) for link in tree.iter("a")}
    rest = " ".join(text.split())
    for label in sorted(labels, key=len, reverse=True):
        if label:
            rest = rest.replace(label, " ")
    return _WORD.search(rest) is None


def _join_blocks(main: etree._Element) -> str:
    """Flatten trafilatura's XML output: one paragraph per block, list items one per line."""
    blocks: list[str] = []
    if main.text and main.text.strip():
        blocks.append(main.text)
    for block in main:
        if block.tag == "list":
            blocks.append("\n".join(_inline_text(item) for item in block.iter("item")))
        else:
            blocks.append(_inline_text(block))
        if block.tail and block.tail.strip():
            blocks.append(block.tail)
    return _tidy("\n\n".join(blocks))


def _inline_text(element: etree._Element) -> str:
    """Text of one block, ``<lb/>`` as a line break."""
    parts: list[str] = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _flatten(root: lxml_html.HtmlElement) -> str:
    """Text of an HTML fragment by hand: block elements end paragraphs, ``<br>`` ends lines."""
    parts: list[str] = []

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIP:
            return
        block = tag in _BLOCKS
        if block:
            parts.append("\n\n")
        if tag == "br":
            parts.append("\n")
        parts.append(_SPACES.sub(" ", (element.text or "").replace("\n", " ")))
        for child in element:
            walk(child)
            parts.append(_SPACES.sub(" ", (child.tail or "").replace("\n", " ")))
        if block:
            parts.append("\n\n")

    walk(root)
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    """Collapse spaces, strip lines, and leave exactly one blank line between paragraphs."""
    paragraphs = []
    for paragraph in _PARAGRAPH_BREAK.split(text):
        lines = [_SPACES.sub(" ", line).strip() for line in paragraph.split("\n")]
        kept = "\n".join(line for line in lines if line)
        if kept:
            paragraphs.append(kept)
    return "\n\n".join(paragraphs)
