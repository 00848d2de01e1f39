"""The one pipeline from a member's markdown to HTML a page may show.

CommonMark with tables, strikethrough, autolinks and fenced code highlighted by Pygments,
then nh3 (ammonia) with an allow-list. Posts, comments and the live preview all go through
here, so the preview and the saved post cannot differ.
"""

from functools import cache

import nh3
from markdown_it import MarkdownIt
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "div", "em", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "ol", "p", "pre", "s", "span",
    "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "code": {"class"},
    "div": {"class"},
    "pre": {"class"},
    "span": {"class"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc noopener"
_FORMATTER = HtmlFormatter(nowrap=True)


def _highlight_code(code: str, language: str, _attrs) -> str:
    try:
        lexer = get_lexer_by_name(language.strip())
    except ClassNotFound:
        return ""  # markdown-it escapes and wraps it as a plain code block
    # Starting with <pre tells markdown-it to use this block as it is.
    return f'<pre class="highlight"><code>{highlight(code, lexer, _FORMATTER)}</code></pre>'



@cache
def _post_renderer() -> MarkdownIt:
    return (
        MarkdownIt("commonmark", {"linkify": True, "highlight": _highlight_code, "html": False})
        .enable(["table", "strikethrough", "linkify"])
    )


@cache
def _comment_renderer() -> MarkdownIt:
    """Comments are short: inline emphasis, code and links, no blocks."""
    return MarkdownIt("zero", {"linkify": True, "html": False}).enable(
        ["emphasis", "backticks", "link", "autolink", "linkify", "strikethrough"]
    )


def sanitize(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=LINK_REL,
    )


def render_post(markdown: str) -> str:
    return sanitize(_post_renderer().render(markdown))


def render_comment(markdown: str) -> str:
    return sanitize(_comment_renderer().render(markdown))
