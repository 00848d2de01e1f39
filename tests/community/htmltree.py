"""A small HTML tree built with the standard library's html.parser, for asserting on pages.

Tests look at pages the way a browser would: elements with attributes and text, not
substrings, so an attribute hidden in odd quoting or a tag split across lines is still seen.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID_ELEMENTS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
}
# Schemes a browser would run or render inline if they reached an href or src.
DANGEROUS_SCHEMES = ("javascript:", "data:", "vbscript:")
URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "xlink:href", "background", "poster", "srcset",
    "data", "codebase", "cite", "longdesc", "lowsrc", "dynsrc",
}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    children: list["Element | str"] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All the text inside, entities decoded, as a browser's textContent."""
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, **attrs) -> list["Element"]:
        """Elements with this tag whose attributes contain these values (``class_`` for class).

        A ``class`` value matches when it is one of the element's classes.
        """
        found = []
        for element in self.iter():
            if tag and element.tag != tag:
                continue
            if all(_attr_matches(element, name, value) for name, value in attrs.items()):
                found.append(element)
        return found

    def find(self, tag: str | None = None, **attrs) -> "Element | None":
        matches = self.find_all(tag, **attrs)
        return matches[0] if matches else None

    def get(self, name: str, default=None):
        return self.attrs.get(name, default)


def _attr_matches(element: Element, name: str, value: str) -> bool:
    name = name.rstrip("_").replace("_", "-")
    actual = element.attrs.get(name)
    if actual is None:
        return False
    if name == "class":
        return value in actual.split()
    return actual == value


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {})
        for name, value in attrs:
            element.attrs.setdefault(name, value)
        self.stack[-1].children.append(element)
        if tag not in VOID_ELEMENTS:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self.stack.pop()

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(html: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def _normalised_url(value: str) -> str:
    """A URL as a browser reads its scheme: control characters and whitespace dropped."""
    return "".join(ch for ch in value if ord(ch) > 0x20 and ch != "\x7f").lower()


def script_risks(root: Element, *, own_scripts: tuple[str, ...] = ()) -> list[str]:
    """What under ``root`` could run script: empty when there is nothing.

    Any <script> other than the page's own ``own_scripts`` (by src, and empty), any
    ``on*`` event handler, any ``style`` attribute, and javascript:/data:/vbscript: in
    an attribute that carries a URL.
    """
    problems = []
    for element in root.iter():
        own_script = element.get("src") in own_scripts and not element.text.strip()
        if element.tag == "script" and not own_script:
            problems.append(f"<script {element.attrs}>")
        for name, value in element.attrs.items():
            if name.startswith("on"):
                problems.append(f"<{element.tag} {name}=…>")
            elif name == "style":
                problems.append(f"<{element.tag} style=…>")
            elif name in URL_ATTRIBUTES and value and _has_dangerous_url(value):
                problems.append(f"<{element.tag} {name}={value!r}>")
    return problems


def _has_dangerous_url(value: str) -> bool:
    candidates = value.split(",") if "," in value else [value]  # srcset lists several
    return any(_normalised_url(c).startswith(DANGEROUS_SCHEMES) for c in candidates)


# Tags that embed other documents or active content; user markup must never produce them.
EMBEDDING_TAGS = {
    "applet", "base", "embed", "form", "frame", "frameset", "iframe", "link", "math", "meta",
    "noscript", "object", "script", "style", "svg", "template",
}


def unsafe_markup(html: str) -> list[str]:
    """What in a rendered fragment of user content could run script or embed content."""
    root = parse(html)
    problems = script_risks(root)
    problems += [f"<{e.tag}>" for e in root.iter() if e.tag in EMBEDDING_TAGS - {"script"}]
    return problems
