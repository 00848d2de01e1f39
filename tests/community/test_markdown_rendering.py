"""What markdown members can use: links, tables, strikethrough, highlighted code, images."""

import pytest

from community.markdown import render_comment, render_post
from tests.community.htmltree import parse


@pytest.mark.parametrize(
    ("markdown", "href"),
    [
        ("[help centre](https://help.example.com)", "https://help.example.com"),
        ("<https://status.example.com>", "https://status.example.com"),
        ("see https://example.com/plans?x=1&y=2 now", "https://example.com/plans?x=1&y=2"),
        ("see www.example.com", "http://www.example.com"),
        ("[write to us](mailto:help@example.com)", "mailto:help@example.com"),
        ('[titled](https://example.com "The title")', "https://example.com"),
        ("[ref link][docs]\n\n[docs]: https://docs.example.com", "https://docs.example.com"),
    ],
)
@pytest.mark.parametrize("render", [render_post, render_comment], ids=["post", "comment"])
def test_every_link_gets_nofollow_ugc_noopener(markdown, href, render):
    links = parse(render(markdown)).find_all("a")
    assert [a.get("href") for a in links] == [href]
    assert links[0].get("rel") == "nofollow ugc noopener"


def test_link_title_is_kept():
    link = parse(render_post('[titled](https://example.com "The title")')).find("a")
    assert link.get("title") == "The title"


def test_tables_render_with_header_and_body():
    html = render_post("| Plan | Price |\n|------|------:|\n| Basic | 5 |\n| Pro | 12 |")
    table = parse(html).find("table")
    assert [th.text for th in table.find("thead").find_all("th")] == ["Plan", "Price"]
    rows = [[td.text for td in tr.find_all("td")] for tr in table.find("tbody").find_all("tr")]
    assert rows == [["Basic", "5"], ["Pro", "12"]]


def test_table_alignment_styles_are_dropped_but_the_table_stays():
    html = render_post("| a | b |\n|:--|--:|\n| 1 | 2 |")
    tree = parse(html)
    assert tree.find("table") is not None
    assert all("style" not in e.attrs for e in tree.iter())


def test_strikethrough_renders_as_struck_text():
    assert parse(render_post("Price was ~~10~~ 8")).find("s").text == "10"
    assert parse(render_comment("I meant ~~Monday~~ Tuesday")).find("s").text == "Monday"


def test_fenced_code_with_a_language_is_highlighted_by_pygments():
    html = render_post("```python\ndef refund(order):\n    return order.total\n```")
    pre = parse(html).find("pre", class_="highlight")
    assert pre is not None
    code = pre.find("code")
    assert code.text == "def refund(order):\n    return order.total\n"
    keyword = code.find("span", class_="k")
    assert keyword is not None and keyword.text == "def"
    assert code.find("span", class_="nf").text == "refund"


def test_fenced_code_in_another_language_is_highlighted_too():
    code = parse(render_post('```json\n{"plan": "pro"}\n```')).find("pre", class_="highlight")
    assert code is not None
    assert code.find("span", class_="nt").text == '"plan"'


def test_fenced_code_with_an_unknown_language_is_shown_plain_and_escaped():
    html = render_post("```no-such-language\n<b>not bold</b>\n```")
    tree = parse(html)
    assert tree.find("pre", class_="highlight") is None
    assert tree.find("pre").find("code").text == "<b>not bold</b>\n"
    assert tree.find("b") is None


def test_fenced_code_keeps_html_as_text():
    code = parse(render_post("```html\n<b>bold?</b>\n```")).find("code")
    assert code.text == "<b>bold?</b>\n"
    assert code.find("b") is None


def test_inline_code_headings_lists_and_quotes_render():
    tree = parse(render_post("## Steps\n\n> quoted\n\n- one\n- `two`\n\n1. first"))
    assert tree.find("h2").text == "Steps"
    assert tree.find("blockquote").find("p").text == "quoted"
    assert [li.text for li in tree.find("ul").find_all("li")] == ["one", "two"]
    assert tree.find("ol").find("li").text == "first"


def test_images_from_the_web_are_shown_with_their_alt_text():
    img = parse(render_post("![router lights](https://example.com/router.png)")).find("img")
    assert img.get("src") == "https://example.com/router.png"
    assert img.get("alt") == "router lights"


def test_raw_html_is_shown_as_text_not_markup():
    tree = parse(render_post("Press <kbd>Ctrl</kbd> and <b>hold</b>"))
    assert tree.find("b") is None and tree.find("kbd") is None
    assert "<b>hold</b>" in tree.text


def test_comment_blocks_are_not_rendered():
    tree = parse(render_comment("# Title\n\n| a |\n|---|\n| 1 |\n\n```python\nx = 1\n```"))
    assert tree.find("h1") is None
    assert tree.find("table") is None
    assert tree.find("pre") is None
