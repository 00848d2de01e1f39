"""Script injection through markdown never reaches a page.

Every payload goes through both renderers (posts and comments) and through a real
question page. The result is parsed with html.parser and every element and attribute is
checked: no <script>, no on* handler, no style, no javascript:/data:/vbscript: URL.
"""

import pytest
from django.urls import reverse

from community.markdown import render_comment, render_post
from community.models import Question
from tests.community.htmltree import parse, script_risks, unsafe_markup
from tests.factories import ask

PAYLOADS = {
    # Raw HTML: script and friends.
    "script": "<script>alert(1)</script>",
    "script-upper-src": "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "script-split": "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "script-nested-brackets": "<<script>script>alert(1)<</script>/script>",
    "script-in-template": "<template><script>alert(1)</script></template>",
    "script-in-noscript-title": '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "iframe-javascript": '<iframe src="javascript:alert(1)"></iframe>',
    "iframe-srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "object-data": '<object data="javascript:alert(1)"></object>',
    "embed-data-html": '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    "svg-onload": "<svg onload=alert(1)>",
    "svg-script": "<svg><script>alert(1)</script></svg>",
    "svg-xlink": '<svg><a xlink:href="javascript:alert(1)"><text y="20">x</text></a></svg>',
    "math-mglyph": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "math-href": '<math href="javascript:alert(1)">click</math>',
    "base-href": '<base href="javascript:alert(1)//">',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "link-stylesheet": "<link rel=stylesheet href=javascript:alert(1)>",
    "style-import": "<style>@import 'javascript:alert(1)';</style>",
    "form-action": '<form action="javascript:alert(1)"><button>go</button></form>',
    "button-formaction": "<button formaction=javascript:alert(1)>go</button>",
    "isindex": "<isindex action=javascript:alert(1) type=image>",
    # Event handlers and styles on allowed-looking tags.
    "img-onerror": "<img src=x onerror=alert(1)>",
    "img-onerror-no-quotes-slash": "<img/src=x/onerror=alert(1)>",
    "img-backtick-src": "<IMG SRC=`javascript:alert('XSS')`>",
    "img-javascript-src": '<img src="javascript:alert(1)">',
    "img-entity-src": "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;"
                      "alert(1)>",
    "p-onclick": '<p onclick="alert(1)">click me</p>',
    "a-onmouseover": '<a href="#" onmouseover="alert(1)">hover</a>',
    "body-onload": "<body onload=alert(1)>",
    "input-onfocus": "<input autofocus onfocus=alert(1)>",
    "details-ontoggle": "<details open ontoggle=alert(1)>",
    "video-source-onerror": '<video><source onerror="alert(1)"></video>',
    "audio-onerror": "<audio src=x onerror=alert(1)>",
    "div-style-url": '<div style="background:url(javascript:alert(1))">x</div>',
    "div-style-expression": '<div style="width: expression(alert(1))">x</div>',
    "table-background": '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
    # Raw anchors with disguised schemes.
    "a-javascript": '<a href="javascript:alert(1)">x</a>',
    "a-mixed-case": '<a href="JaVaScRiPt:alert(1)">x</a>',
    "a-newline-entity": '<a href="jav&#x0A;ascript:alert(1)">x</a>',
    "a-leading-control-entity": '<a href="&#14;javascript:alert(1)">x</a>',
    "a-data-html": '<a href="data:text/html;charset=utf-8,%3Cscript%3Ealert(1)%3C/script%3E">x</a>',
    "a-vbscript": '<a href="vbscript:msgbox(1)">x</a>',
    # Markdown links.
    "md-link-javascript": "[click](javascript:alert(1))",
    "md-link-upper": "[click](JAVASCRIPT:alert(1))",
    "md-link-mixed-case": "[click](jAvAsCrIpT:alert(1))",
    "md-link-decimal-entity": "[click](&#106;avascript:alert(1))",
    "md-link-hex-entity": "[click](&#x6A;avascript:alert(1))",
    "md-link-padded-entities": "[click](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099"
                               "&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))",
    "md-link-tab-entity": "[click](java&#x09;script:alert(1))",
    "md-link-colon-entity": "[click](javascript&colon;alert(1))",
    "md-link-percent": "[click](%6Aavascript:alert(1))",
    "md-link-comment-newline": "[click](javascript://%0Aalert(1))",
    "md-link-template-call": "[click](javascript:alert`1`)",
    "md-link-pointy": "[click](<javascript:alert(1)>)",
    "md-link-vbscript": "[click](vbscript:msgbox(1))",
    "md-link-vbscript-case": "[click](VBScript:MsgBox(1))",
    "md-link-data-html": "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "md-link-data-upper": "[click](DATA:text/html,<script>alert(1)</script>)",
    "md-link-title-breakout": '[click](https://example.com "t\\" onmouseover=\\"alert(1)")',
    "md-link-quote-in-url": '[click](https://example.com/"onmouseover="alert(1))',
    "md-reference-javascript": "[click][evil]\n\n[evil]: javascript:alert(1)",
    "md-reference-data": "[click][evil]\n\n[evil]: data:text/html;base64,PHNjcmlwdD4=",
    # Markdown images.
    "md-image-javascript": "![pic](javascript:alert(1))",
    "md-image-data-svg": "![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "md-image-data-png": "![pic](data:image/png;base64,iVBORw0KGgo=)",
    "md-image-onerror-breakout": '![pic](x" onerror="alert(1))',
    "md-image-alt-breakout": '![" onerror="alert(1)](https://example.com/a.png)',
    "md-reference-image": "![pic][evil]\n\n[evil]: vbscript:msgbox(1)",
    # Autolinks and linkify.
    "autolink-javascript": "<javascript:alert(1)>",
    "autolink-vbscript": "<vbscript:msgbox(1)>",
    "autolink-data": "<data:text/html,<script>alert(1)</script>>",
    "linkify-script-in-path": "www.example.com/<script>alert(1)</script>",
    "linkify-quote-in-path": 'https://example.com/"onmouseover="alert(1)',
    "link-with-script-in-query": "[x](https://example.com/?q=<script>alert(1)</script>)",
    # Code, tables and strikethrough carrying payloads.
    "code-span": "`<script>alert(1)</script>`",
    "fenced-html": "```html\n<script>alert(1)</script>\n```",
    "fenced-info-breakout": '```"><script>alert(1)</script>\nx\n```',
    "fenced-lang-attribute": '```js" onload="alert(1)\nlet a = 1;\n```',
    "table-cell": "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
    "strikethrough": "~~<script>alert(1)</script>~~",
    "heading": "# <svg onload=alert(1)>",
    "blockquote": "> <iframe src=javascript:alert(1)>",
}

RENDERERS = {"post": render_post, "comment": render_comment}


def test_there_are_at_least_fifty_distinct_payloads():
    assert len(set(PAYLOADS.values())) == len(PAYLOADS) >= 50


@pytest.mark.parametrize("renderer", RENDERERS.values(), ids=RENDERERS.keys())
@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_payload_renders_to_markup_that_cannot_run_script(payload, renderer):
    html = renderer(payload)
    assert unsafe_markup(html) == [], html
    assert "<script" not in html.lower()


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_payload_inside_a_longer_post_is_still_harmless(payload):
    html = render_post(f"Intro with **bold** text.\n\n{payload}\n\nAnd a [fine link](https://ok.example).")
    assert unsafe_markup(html) == [], html
    assert parse(html).find("a", href="https://ok.example") is not None


@pytest.mark.django_db
def test_question_page_carrying_every_payload_runs_only_its_own_scripts(client, member):
    body = "\n\n".join(PAYLOADS.values())
    question = Question.objects.get(pk=ask(member, body=body).pk)
    response = client.get(question.get_absolute_url())
    assert response.status_code == 200
    page = parse(response.text)
    own_scripts = tuple(s.get("src") for s in page.find("head").find_all("script"))
    assert own_scripts and all(src.startswith("/static/") for src in own_scripts)
    assert script_risks(page, own_scripts=own_scripts) == []
    assert unsafe_markup(question.body_html) == []


@pytest.mark.django_db
def test_preview_of_every_payload_is_harmless(member_client):
    for name, payload in PAYLOADS.items():
        response = member_client.post(reverse("community:markdown_preview"), {"body": payload})
        assert response.status_code == 200, name
        assert unsafe_markup(response.text) == [], name


def test_dangerous_url_detector_catches_what_it_is_meant_to():
    """The checks above are only as good as this detector: it must see each trick."""
    caught = [
        '<a href="javascript:alert(1)">x</a>',
        '<a href=" JAVASCRIPT:alert(1)">x</a>',
        '<a href="java&#x09;script:alert(1)">x</a>',
        '<a href="&#106;avascript:alert(1)">x</a>',
        '<img src="data:image/svg+xml,<svg/onload=alert(1)>">',
        '<img src="vbscript:msgbox(1)">',
        '<p onclick="alert(1)">x</p>',
        '<p ONMOUSEOVER="alert(1)">x</p>',
        "<script>alert(1)</script>",
        '<div style="color:red">x</div>',
        "<svg></svg>",
        "<iframe></iframe>",
    ]
    for html in caught:
        assert unsafe_markup(html), html
    assert unsafe_markup('<a href="https://example.com" title="javascript: a guide">x</a>') == []
