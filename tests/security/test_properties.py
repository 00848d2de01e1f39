"""Property-based tests (Hypothesis) for the code that stands between members' input and pages."""

from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import urlparse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccn.durations import parse_duration
from community.exceptions import CommunityError
from community.markdown import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    ALLOWED_URL_SCHEMES,
    render_comment,
    render_post,
)
from community.validation import normalise_tag, parse_tags

HOSTILE_PIECES = [
    "<script>alert(1)</script>", "<a href='javascript:alert(1)'>x</a>", "[x](javascript:1)",
    "![i](data:text/html;base64,PHNjcmlwdD4=)", "<img src=x onerror=alert(1)>", "<svg onload=1>",
    "```html\n<script>x</script>\n```", "`<b>`", "**", "_", "[", "]", "(", ")", "<", ">", "\"",
    "'", "&#x6A;avascript:", "JaVaScRiPt:", "vbscript:", "<iframe src=//x>", "<style>*{}</style>",
    "| a | b |\n|---|---|\n| <i onclick=1> | c |", "<math><mi xlink:href=x>", "\n\n", "    ",
    "https://example.com/a_b", "<details open ontoggle=1>", "~~s~~", "&lt;script&gt;",
]
markdownish = st.lists(
    st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(max_size=20)), max_size=25
).map("".join)


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))


def _elements(html: str):
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.elements


def _assert_only_allowed(html: str) -> None:
    for tag, attrs in _elements(html):
        assert tag in ALLOWED_TAGS, tag
        allowed = ALLOWED_ATTRIBUTES.get(tag, set()) | ({"rel"} if tag == "a" else set())
        for name, value in attrs:
            assert name in allowed, (tag, name)
            if name in {"href", "src"} and value:
                scheme = urlparse(value.strip()).scheme.lower()
                assert scheme in ALLOWED_URL_SCHEMES | {""}, value


@settings(max_examples=400, deadline=None)
@given(markdownish)
def test_post_rendering_never_emits_anything_outside_the_allow_list(text):
    _assert_only_allowed(render_post(text))


@settings(max_examples=200, deadline=None)
@given(markdownish)
def test_comment_rendering_never_emits_anything_outside_the_allow_list(text):
    _assert_only_allowed(render_comment(text))


@given(st.text(max_size=60))
def test_tag_normalisation_is_idempotent_and_plain(raw):
    name = normalise_tag(raw)
    assert normalise_tag(name) == name
    assert name == name.lower()
    assert " " not in name and "," not in name
    assert not name.startswith(("-", ".")) and not name.endswith(("-", "."))


@given(st.text(max_size=200))
def test_parsed_tags_are_distinct_normalised_and_at_most_five(text):
    try:
        names = parse_tags(text)
    except CommunityError:
        return
    assert 1 <= len(names) <= 5
    assert len(set(names)) == len(names)
    assert all(normalise_tag(name) == name and name for name in names)


UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@given(st.integers(min_value=0, max_value=10_000), st.sampled_from(sorted(UNIT_SECONDS)))
def test_duration_parser_reads_every_well_formed_duration(amount, unit):
    assert parse_duration(f"{amount}{unit}") == timedelta(seconds=amount * UNIT_SECONDS[unit])


@given(st.text(max_size=12).filter(lambda t: not t.strip()[:-1].isdigit()))
def test_duration_parser_refuses_anything_else(text):
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)
