"""Brazilian Portuguese: the pages speak it, and the catalog translates every marked string.

When a test here fails after you add text, run `make messages`, translate the new entries
in locale/pt_BR/LC_MESSAGES/django.po, run `make messages` again (it compiles the .mo)
and commit both files.
"""

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation.template import templatize

from tests.factories import MemberFactory, answer, ask

PO_FILE = settings.BASE_DIR / "locale" / "pt_BR" / "LC_MESSAGES" / "django.po"
SKIPPED_DIRS = {".venv", "var", "node_modules", "staticfiles"}
GETTEXT_FUNCTIONS = {
    "_", "gettext", "gettext_lazy", "gettext_noop", "pgettext", "pgettext_lazy",
    "ngettext", "ngettext_lazy", "npgettext", "npgettext_lazy",
}
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]")


def po_entries(path: Path = PO_FILE) -> list[dict]:
    """The catalog's entries (the header left out), each a dict of its fields and flags."""
    entries, field = [], None
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        entry = {"flags": "", "obsolete": False}
        for line in block.strip().splitlines():
            if line.startswith("#~"):
                entry["obsolete"] = True
            elif line.startswith("#,"):
                entry["flags"] += line[2:]
            elif match := re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (".*")$', line):
                field = match.group(1)
                entry[field] = ast.literal_eval(match.group(2))
            elif line.startswith('"'):
                entry[field] += ast.literal_eval(line)
        if entry.get("msgid") or entry["obsolete"]:
            entries.append(entry)
    return entries


def translations_of(entry: dict) -> list[str]:
    if "msgid_plural" in entry:
        return [value for key, value in entry.items() if key.startswith("msgstr[")]
    return [entry.get("msgstr", "")]


def entry_key(entry: dict) -> tuple[str, str]:
    return (entry.get("msgctxt", ""), entry["msgid"])


def project_files(pattern: str):
    for path in settings.BASE_DIR.rglob(pattern):
        parts = path.relative_to(settings.BASE_DIR).parts
        if not any(part in SKIPPED_DIRS or part.startswith(".") for part in parts):
            yield path


def _gettext_calls(source: str) -> set[tuple[str, str]]:
    """(context, msgid) of each gettext-family call with literal arguments in ``source``."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        literals = [a.value for a in node.args if isinstance(a, ast.Constant)]
        if name not in GETTEXT_FUNCTIONS or not literals or not isinstance(literals[0], str):
            continue
        found.add((literals[0], literals[1]) if name.startswith(("p", "np")) else ("", literals[0]))
    return found


_LITERAL = r"""u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
_TEMPLATE_CALL = re.compile(rf"(?<!\w)(_|n?p?gettext)\(((?:\s*{_LITERAL}\s*,?)+)")


def _template_calls(template: str, origin: str) -> set[tuple[str, str]]:
    """(context, msgid) of each string that Django's makemessages finds in a template."""
    found = set()
    for function, arguments in _TEMPLATE_CALL.findall(templatize(template, origin=origin)):
        literals = [ast.literal_eval(lit) for lit in re.findall(_LITERAL, arguments)]
        found.add((literals[0], literals[1]) if "p" in function[:2] else ("", literals[0]))
    return found


def marked_strings() -> dict[tuple[str, str], str]:
    """Every string marked for translation in the project's Python code and templates."""
    marked = {}
    for path in project_files("*.py"):
        for key in _gettext_calls(path.read_text(encoding="utf-8")):
            marked[key] = str(path.relative_to(settings.BASE_DIR))
    for path in project_files("*.html"):
        for key in _template_calls(path.read_text(encoding="utf-8"), str(path)):
            marked[key] = str(path.relative_to(settings.BASE_DIR))
    return marked


# --- the catalog ----------------------------------------------------------------------------


def test_catalog_has_no_untranslated_fuzzy_or_obsolete_entries():
    entries = po_entries()
    assert len(entries) > 100
    untranslated = [e["msgid"] for e in entries if not all(translations_of(e))]
    fuzzy = [e.get("msgid") for e in entries if "fuzzy" in e["flags"]]
    obsolete = [e for e in entries if e["obsolete"]]
    assert not untranslated, f"translate these in {PO_FILE.name}: {untranslated}"
    assert not fuzzy, f"check and unmark these fuzzy entries: {fuzzy}"
    assert not obsolete


def test_catalog_header_is_final_and_has_brazilian_plural_rule():
    header = PO_FILE.read_text(encoding="utf-8").split("\n\n")[0]
    assert "#, fuzzy" not in header
    assert '"Language: pt_BR\\n"' in header
    assert "Plural-Forms: nplurals=2; plural=(n > 1);" in header


def test_translations_keep_every_placeholder():
    for entry in po_entries():
        expected = sorted(PLACEHOLDER.findall(entry["msgid"]))
        for text in translations_of(entry):
            assert sorted(PLACEHOLDER.findall(text)) == expected, entry["msgid"]


def test_every_string_marked_in_code_and_templates_is_in_the_catalog():
    marked = marked_strings()
    assert {("", "Ask a question"), ("", "Add at least one tag.")} <= marked.keys()
    translated = {entry_key(e) for e in po_entries() if all(translations_of(e))}
    missing = {key: where for key, where in marked.items() if key not in translated}
    assert not missing, f"run `make messages` and translate: {missing}"


def test_compiled_catalog_matches_the_po_file():
    """The committed .mo is what a fresh clone uses; it must say what the .po says."""
    with translation.override("pt-br"):
        for entry in po_entries():
            context, msgid = entry_key(entry)
            if "msgid_plural" in entry:
                plural = entry["msgid_plural"]
                forms = [
                    translation.npgettext(context, msgid, plural, n) if context
                    else translation.ngettext(msgid, plural, n)
                    for n in (1, 2)
                ]
                assert forms == translations_of(entry), msgid
            else:
                text = (translation.pgettext(context, msgid) if context
                        else translation.gettext(msgid))
                assert text == entry["msgstr"], msgid


@pytest.mark.parametrize(
    ("english", "portuguese"),
    [
        ("Ask a question", "Faça uma pergunta"),
        ("Post your question", "Publicar pergunta"),
        ("Post your answer", "Publicar resposta"),
        ("Upvote", "Votar a favor"),
        ("Downvote", "Votar contra"),
        ("Accept this answer", "Aceitar esta resposta"),
        ("Search", "Buscar"),
        ("Title", "Título"),
        ("Body", "Descrição"),
        ("Tags", "Tags"),
        ("Sign out", "Sair"),
        ("Sign in", "Entrar"),
        ("Sign up", "Cadastrar-se"),
        ("Questions", "Perguntas"),
        ("Your answer", "Sua resposta"),
        ("Accepted answer", "Resposta aceita"),
        ("Solved", "Resolvida"),
    ],
)
def test_words_the_browser_tests_rely_on(english, portuguese):
    with translation.override("pt-br"):
        assert translation.gettext(english) == portuguese


# --- pages ----------------------------------------------------------------------------------


@pytest.fixture
def portuguese(settings):
    settings.LANGUAGE_CODE = "pt-br"


def test_home_page_speaks_portuguese(client, db, portuguese):
    ask(title="Como tiro a segunda via da fatura?")
    page = client.get(reverse("community:question_list")).text
    assert '<html lang="pt-br">' in page
    for text in ("Faça uma pergunta", "Perguntas", "Buscar", "Entrar", "Cadastrar-se",
                 "Mais recentes", "Sem resposta"):
        assert text in page
    assert "Ask a question" not in page


def test_ask_page_labels_its_fields_in_portuguese(member_client, portuguese):
    page = member_client.get(reverse("community:question_ask")).text
    for label in ("Título", "Descrição", "Tags"):
        assert re.search(rf"<label[^>]*>{label}</label>", page), label
    assert "Publicar pergunta" in page
    assert "Sair" in page


def test_question_page_speaks_portuguese_to_the_asker(client, db, portuguese):
    asker = MemberFactory()
    question = ask(asker, title="O Wi-Fi cai toda noite às oito")
    first = answer(question, body="Troque o canal de 5 GHz para o 36, sem DFS.")
    answer(question, body="Aqui resolveu usando o cabo de rede.")
    client.force_login(asker)
    client.post(reverse("community:answer_accept", args=[first.pk]))
    page = client.get(question.get_absolute_url()).text
    for text in ("Resolvida", "Resposta aceita", "Aceitar esta resposta", "Votar a favor",
                 "Votar contra", "Sua resposta", "Publicar resposta", "2 respostas"):
        assert text in page, text


def test_browser_language_is_honoured_when_the_site_default_is_english(client, db):
    page = client.get(reverse("community:question_list"), HTTP_ACCEPT_LANGUAGE="pt-BR").text
    assert "Faça uma pergunta" in page
