"""Community pages: thin views that parse input, call a service or selector, and render."""

import difflib
import hashlib

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from taggit.models import Tag

from ccn import ratelimit
from ccn.networks import network_key
from ccn.pagecache import cached_for_visitors
from ccn.ratelimit import RateLimited

from . import caching, fragments, permissions, privileges, search, selectors, services
from .exceptions import ActionForbidden, CommunityError
from .forms import (
    AnswerEditForm,
    AnswerForm,
    CommentForm,
    PreviewForm,
    ProfileForm,
    QuestionEditForm,
    QuestionForm,
)
from .markdown import render_post
from .models import Answer, Question, SimilarSuggestion, User
from .notifications import selectors as notification_selectors
from .pagination import QuestionPaginator
from .review import services as review_services

POST_MODELS = {"questions": Question, "answers": Answer}


def _page(request, items, per_page=None):
    paginator = Paginator(items, per_page or settings.CCN_QUESTIONS_PER_PAGE)
    return paginator.get_page(request.GET.get("page"))


def _question_page(request, questions, *, count_label: str, rows=None):
    """A page of a question list: a cached count, and only the page's rows read."""
    paginator = QuestionPaginator(
        questions, settings.CCN_QUESTIONS_PER_PAGE, count_label=count_label, rows=rows
    )
    # Found when the template first needs it: a cached list fragment needs nothing, not
    # even the count.
    return SimpleLazyObject(lambda: paginator.get_page(request.GET.get("page")))


def _count_label(scope: str, sort: str) -> str:
    """These sorts list every question of the scope; the others filter, and count their own."""
    return f"{scope}:{'all' if sort in ('newest', 'active', 'votes') else sort}"


def _list_fragment_key(request, lists_version: str) -> str:
    """What the list part of a page depends on: the lists version, the language, the URL."""
    return f"{lists_version}|{get_language()}|{request.get_full_path()}"


def _forbidden(request, error: ActionForbidden):
    html = render_to_string("403.html", {"message": str(error)}, request=request)
    return HttpResponseForbidden(html)


def _typed(request, name: str) -> str:
    """A query-string value as typed, minus NUL characters: no stored text contains one,
    and PostgreSQL refuses them in a query."""
    return request.GET.get(name, "").replace("\x00", "")


def _plain_refusal(error: Exception, *, status: int) -> HttpResponse:
    return HttpResponse(str(error), status=status, content_type="text/plain; charset=utf-8")


def _visible_post(kind: str, pk: int):
    model = POST_MODELS.get(kind)
    if model is None:
        raise Http404
    return get_object_or_404(model, pk=pk, is_deleted=False)


@require_GET
def question_list(request):
    sort = request.GET.get("sort", "newest")
    if sort not in selectors.SORTS:
        sort = "newest"

    def page(lists_version):
        questions = _question_page(
            request, selectors.question_list(sort=sort), count_label=_count_label("all", sort)
        )
        context = {"page": questions, "sort": sort,
                   "fragment_key": _list_fragment_key(request, lists_version)}
        return render(request, "community/question_list.html", context)

    return cached_for_visitors(request, caching.version_keys(caching.LISTS), page)


@login_required
def question_ask(request):
    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            ratelimit.check(request, "ask")
            question = services.question_ask(author=request.user, **form.cleaned_data)
        except ActionForbidden as error:
            return _forbidden(request, error)
        except (CommunityError, RateLimited) as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your question is posted."))
            return redirect(question)
    return render(request, "community/question_ask.html", {"form": form})


@login_required
@require_GET
def similar_questions(request):
    """The htmx fragment under the title field: similar questions while the asker types."""
    title = _typed(request, "title")
    try:
        ratelimit.check(request, "similar")
    except RateLimited:
        return HttpResponse(status=429)
    questions = search.similar_questions(title)
    member = request.user if request.user.is_authenticated else None
    shown = services.suggestions_record_shown(
        questions=questions, typed_title=title, member=member
    )
    return render(request, "community/partials/similar.html", {"suggestions": shown})


@require_GET
def suggestion_open(request, pk):
    try:
        suggestion = services.suggestion_record_click(suggestion_id=pk)
    except SimilarSuggestion.DoesNotExist as error:
        raise Http404 from error
    return redirect(suggestion.question)


@login_required
@require_POST
def markdown_preview(request):
    try:
        ratelimit.check(request, "preview")
    except RateLimited:
        return HttpResponse(status=429)
    form = PreviewForm(request.POST)
    html = render_post(form.cleaned_data["body"]) if form.is_valid() else ""
    return render(request, "community/partials/preview.html", {"html": html})


def _visitor_key(request) -> str:
    if request.user.is_authenticated:
        return f"u{request.user.pk}"
    address = ratelimit.client_address(request)
    agent = request.META.get("HTTP_USER_AGENT", "")
    return "v" + hashlib.sha256(f"{address}|{agent}".encode()).hexdigest()[:32]


def question_redirect(request, pk):
    return redirect(get_object_or_404(Question, pk=pk, is_deleted=False))


@require_GET
def question_detail(request, pk, slug):
    visitor = _visitor_key(request)

    def page(version):
        try:
            question = selectors.question_for_page(pk)
        except Question.DoesNotExist as error:
            raise Http404 from error
        if slug != question.slug:
            return redirect(question, permanent=True)
        if services.question_record_view(question=question, visitor_key=visitor):
            question.view_count += 1
        return _question_page_html(request, question, version)

    def count_view_of_cached_page():
        services.question_record_view(question=Question(pk=pk), visitor_key=visitor)

    return cached_for_visitors(
        request, caching.version_keys(caching.question_scope(pk)), page,
        on_hit=count_view_of_cached_page,
    )


def _question_page_html(request, question, version: str):
    answers = selectors.answers_for_page(question)
    votes = selectors.votes_by(request.user, question, answers)
    posts = fragments.for_page(request.user, question, answers, votes, version=version)
    selectors.prepare_posts(posts.missing([question, *answers]))
    context = {
        "question": question,
        "answers": answers,
        "votes": votes,
        "post_fragments": posts,
        "answer_form": AnswerForm(),
        "can_answer": permissions.can_answer(request.user, question),
        "can_accept": permissions.can_accept(request.user, question),
        "is_following": notification_selectors.is_following(request.user, question),
    }
    response = render(request, "community/question_detail.html", context)
    posts.save()
    return response


def _edit_page(request, post, form_class, initial: dict):
    """Edit at once (one's own post, or with the privilege); below it, suggest an edit."""
    suggesting = not permissions.can_edit(request.user, post)
    if suggesting and not permissions.can_suggest_edit(request.user, post):
        return _forbidden(request, ActionForbidden(_("You can only edit your own posts.")))
    form = form_class(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            ratelimit.check(request, "edit")
            if suggesting:
                review_services.suggested_edit_propose(
                    author=request.user, post=post, **form.cleaned_data
                )
            elif isinstance(post, Question):
                services.question_edit(editor=request.user, question=post, **form.cleaned_data)
            else:
                services.answer_edit(editor=request.user, answer=post, **form.cleaned_data)
        except (CommunityError, RateLimited) as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _(
                "Thank you! Your edit will show once a reviewer approves it."
            ) if suggesting else _("Your edit is saved."))
            return redirect(post)
    context = {"form": form, "post": post, "suggesting": suggesting}
    return render(request, "community/post_edit.html", context)


@login_required
def question_edit(request, pk):
    question = get_object_or_404(Question, pk=pk, is_deleted=False)
    initial = {"title": question.title, "body": question.body,
               "tags": " ".join(sorted(question.tags.names()))}
    return _edit_page(request, question, QuestionEditForm, initial)


@login_required
@require_POST
def answer_create(request, pk):
    question = get_object_or_404(Question, pk=pk, is_deleted=False)
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            ratelimit.check(request, "answer")
            answer = services.answer_post(
                author=request.user, question=question, body=form.cleaned_data["body"]
            )
        except ActionForbidden as error:
            return _forbidden(request, error)
        except (CommunityError, RateLimited) as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your answer is posted."))
            return redirect(answer)
    return render(
        request, "community/answer_retry.html", {"question": question, "answer_form": form},
        status=400,
    )


@login_required
def answer_edit(request, pk):
    answer = get_object_or_404(Answer.objects.select_related("question"), pk=pk, is_deleted=False)
    return _edit_page(request, answer, AnswerEditForm, {"body": answer.body})


def _thread_of(post) -> Question:
    return post if isinstance(post, Question) else post.question


@login_required
@require_POST
def comment_create(request, kind, pk):
    post = _visible_post(kind, pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            ratelimit.check(request, "comment")
            comment = services.comment_add(
                author=request.user, post=post, body=form.cleaned_data["body"]
            )
        except ActionForbidden as error:
            return _forbidden(request, error)
        except (CommunityError, RateLimited) as error:
            form.add_error(None, str(error))
        else:
            return redirect(comment)
    context = {"form": form, "post": post, "kind": kind, "thread": _thread_of(post)}
    return render(request, "community/comment_retry.html", context, status=400)


@login_required
@require_POST
def vote(request, kind, pk):
    post = _visible_post(kind, pk)
    try:
        ratelimit.check(request, "vote")
        value = int(request.POST.get("value", ""))
        post.score = services.vote_set(
            voter=request.user, post=post, value=value,
            network=network_key(ratelimit.client_address(request)),
        )
    except RateLimited as error:
        if request.htmx:
            return _plain_refusal(error, status=429)
        messages.error(request, str(error))
        return redirect(post)
    except ValueError:
        messages.error(request, _("That is not a vote."))
        return redirect(post)
    except ActionForbidden as error:
        if request.htmx and permissions.can_vote(request.user, post):
            # A privilege not earned yet: said beside the buttons, which stay as they were.
            my_vote = selectors.vote_of(request.user, post)
            return _vote_control(request, post, kind, my_vote=my_vote, refusal=str(error))
        return _forbidden(request, error)
    except CommunityError as error:
        messages.error(request, str(error))
        return redirect(post)
    if request.htmx:
        return _vote_control(request, post, kind, my_vote=value)
    return redirect(post)


def _vote_control(request, post, kind: str, *, my_vote: int, refusal: str = ""):
    context = {"post": post, "kind": kind, "my_vote": my_vote, "can_vote": True,
               "refusal": refusal}
    return render(request, "community/partials/vote.html", context)


@login_required
@require_POST
def answer_accept(request, pk):
    answer = get_object_or_404(Answer.objects.select_related("question"), pk=pk, is_deleted=False)
    try:
        if request.POST.get("undo"):
            services.answer_unaccept(member=request.user, question=answer.question)
            messages.success(request, _("The answer is no longer accepted."))
        else:
            services.answer_accept(member=request.user, answer=answer)
            messages.success(request, _("Answer accepted. Thank you for closing the loop!"))
    except ActionForbidden as error:
        return _forbidden(request, error)
    except CommunityError as error:
        messages.error(request, str(error))
    return redirect(answer)


@login_required
@require_POST
def post_delete(request, kind, pk):
    post = _visible_post(kind, pk)
    try:
        services.post_delete(member=request.user, post=post)
    except ActionForbidden as error:
        return _forbidden(request, error)
    messages.success(request, _("The post is deleted."))
    return redirect(post.question if kind == "answers" else "community:question_list")


def _revision_diffs(revisions):
    """Each revision with line differences against the one before it."""
    previous_lines: list[str] = []
    rows = []
    for revision in revisions:
        text = "\n".join(filter(None, [revision.title, revision.tag_names, revision.body]))
        lines = text.splitlines()
        diff = list(difflib.ndiff(previous_lines, lines)) if rows else [f"  {x}" for x in lines]
        rows.append({"revision": revision, "diff": [d for d in diff if not d.startswith("?")]})
        previous_lines = lines
    return list(reversed(rows))


@require_GET
def revision_list(request, kind, pk):
    post = _visible_post(kind, pk)
    context = {"post": post, "thread": _thread_of(post),
               "rows": _revision_diffs(selectors.revisions_of(post))}
    return render(request, "community/revisions.html", context)


@require_GET
def tag_list(request):
    filter_text = _typed(request, "q").strip()[:50]
    page = _page(request, selectors.tag_list(name_contains=filter_text), per_page=60)
    return render(request, "community/tag_list.html", {"page": page, "filter_text": filter_text})


@require_GET
def tag_detail(request, name):
    if "\x00" in name:  # no tag has one, and PostgreSQL refuses them in a query
        raise Http404
    sort = request.GET.get("sort", "newest")
    if sort not in selectors.SORTS:
        sort = "newest"

    def page(lists_version):
        tag = get_object_or_404(Tag, name=name)  # a visitor's cached page needs no query
        questions = _question_page(
            request, selectors.question_list(sort=sort, tag=tag.name),
            count_label=_count_label(f"tag:{tag.pk}", sort),
        )
        context = {"tag": tag, "page": questions, "sort": sort,
                   "fragment_key": _list_fragment_key(request, lists_version),
                   "is_following": notification_selectors.is_following(request.user, tag)}
        return render(request, "community/tag_detail.html", context)

    return cached_for_visitors(request, caching.version_keys(caching.LISTS), page)


@require_GET
def search_results(request):
    raw = _typed(request, "q")[:300]
    parsed = search.parse_query(raw)
    results = search.search_questions(parsed)
    digest = hashlib.sha256(raw.encode()).hexdigest()[:32]
    page = _question_page(
        request, results, count_label=f"search:{digest}",
        rows=lambda ids: search.result_rows(results, ids, parsed)
        .select_related("author"),
    )
    for question in page:
        if hasattr(question, "headline"):
            question.snippet = search.highlight(question.headline)
    context = {"page": page, "q": raw, "parsed": parsed,
               "capped": search.is_capped(parsed, page.paginator.count)}
    return render(request, "community/search.html", context)


@require_GET
def member_detail(request, pk, slug):
    member = get_object_or_404(User, pk=pk, is_active=True)
    if slug != member.slug:
        return redirect(member, permanent=True)
    context = {"member": member, **selectors.member_activity(member),
               "is_following": notification_selectors.is_following(request.user, member)}
    if member == request.user:
        context["standing"] = privileges.standing(member)
    return render(request, "community/member_detail.html", context)


@login_required
def settings_profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("community:settings")
    return render(request, "community/settings_profile.html", {"form": form})
