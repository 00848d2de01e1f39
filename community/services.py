"""Every write the community makes: ask, answer, comment, edit, vote, accept, view.

Each service runs in one transaction, checks its rule on the server and raises
CommunityError (or ActionForbidden) with a message a member can read.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _
from taggit.models import Tag

from . import caching, permissions, privileges, signals
from .exceptions import ActionForbidden, CommunityError
from .markdown import render_comment, render_post
from .models import Answer, Comment, PostTarget, Question, Revision, SimilarSuggestion, User, Vote
from .notifications.services import follow_add
from .search import refresh_search_vector
from .validation import (
    check_answer_body,
    check_comment_body,
    check_question_body,
    check_title,
    parse_tags,
)


def _record_revision(*, post, editor: User, summary: str = "") -> Revision:
    target = PostTarget.target_of(post)
    last = Revision.objects.filter(**target).aggregate(n=Max("number"))["n"] or 0
    fields = {"body": post.body}
    if isinstance(post, Question):
        fields |= {"title": post.title, "tag_names": " ".join(sorted(post.tags.names()))}
    return Revision.objects.create(
        **target, **fields, editor=editor, number=last + 1, summary=summary[:200]
    )


def check_new_tags(member: User, tag_names: list[str]) -> None:
    """Only members with the privilege bring new tags into the community."""
    if permissions.can_create_tags(member):
        return
    existing = set(Tag.objects.filter(name__in=tag_names).values_list("name", flat=True))
    new = [name for name in tag_names if name not in existing]
    if new:
        raise CommunityError(privileges.refusal(member, "create_tags", tag=new[0]))


def question_ask(*, author: User, title: str, body: str, tags: str) -> Question:
    if not permissions.can_ask(author):
        raise ActionForbidden(_("Sign in to ask a question."))
    title, body = check_title(title), check_question_body(body)
    tag_names = parse_tags(tags)
    check_new_tags(author, tag_names)
    with transaction.atomic():
        question = Question.objects.create(
            author=author, title=title, body=body, body_html=render_post(body)
        )
        question.tags.set(tag_names)
        _record_revision(post=question, editor=author)
        refresh_search_vector(question.pk)
        follow_add(follower=author, target=question)
        signals.send_on_commit(signals.question_asked, question=question)
    return question


def question_edit(
    *, editor: User, question: Question, title: str, body: str, tags: str, summary: str = ""
) -> Question:
    if not permissions.can_edit(editor, question):
        raise ActionForbidden(_("You can only edit your own posts."))
    title, body = check_title(title), check_question_body(body)
    tag_names = parse_tags(tags)
    check_new_tags(editor, tag_names)
    return question_apply_edit(
        question=question, editor=editor, title=title, body=body, tag_names=tag_names,
        summary=summary,
    )


def question_apply_edit(
    *, question: Question, editor: User, title: str, body: str, tag_names: list[str],
    summary: str = "",
) -> Question:
    """Write an edit that was checked (by question_edit, or approved by a reviewer)."""
    with transaction.atomic():
        question = Question.objects.select_for_update().get(pk=question.pk)
        now = timezone.now()
        question.title, question.body = title, body
        question.body_html = render_post(body)
        question.edited_at = question.last_activity_at = now
        question.save(update_fields=["title", "body", "body_html", "edited_at", "last_activity_at"])
        question.tags.set(tag_names)
        _record_revision(post=question, editor=editor, summary=summary)
        refresh_search_vector(question.pk)
        signals.send_on_commit(signals.post_edited, post=question, editor=editor)
    return question


def answer_post(*, author: User, question: Question, body: str) -> Answer:
    if not permissions.can_answer(author, question):
        raise ActionForbidden(_("This question cannot be answered."))
    body = check_answer_body(body)
    with transaction.atomic():
        answer = Answer.objects.create(
            question=question, author=author, body=body, body_html=render_post(body)
        )
        Question.objects.filter(pk=question.pk).update(
            answer_count=F("answer_count") + 1, last_activity_at=answer.created_at
        )
        _record_revision(post=answer, editor=author)
        refresh_search_vector(question.pk)
        follow_add(follower=author, target=question)
        signals.send_on_commit(signals.answer_posted, answer=answer)
    return answer


def answer_edit(*, editor: User, answer: Answer, body: str, summary: str = "") -> Answer:
    if not permissions.can_edit(editor, answer):
        raise ActionForbidden(_("You can only edit your own posts."))
    body = check_answer_body(body)
    return answer_apply_edit(answer=answer, editor=editor, body=body, summary=summary)


def answer_apply_edit(*, answer: Answer, editor: User, body: str, summary: str = "") -> Answer:
    """Write an edit that was checked (by answer_edit, or approved by a reviewer)."""
    with transaction.atomic():
        answer = Answer.objects.select_for_update().get(pk=answer.pk)
        answer.body, answer.body_html = body, render_post(body)
        answer.edited_at = timezone.now()
        answer.save(update_fields=["body", "body_html", "edited_at"])
        Question.objects.filter(pk=answer.question_id).update(last_activity_at=answer.edited_at)
        _record_revision(post=answer, editor=editor, summary=summary)
        refresh_search_vector(answer.question_id)
        signals.send_on_commit(signals.post_edited, post=answer, editor=editor)
    return answer


def comment_add(*, author: User, post: Question | Answer, body: str) -> Comment:
    if not permissions.can_comment(author, post):
        if permissions.can_ask(author) and not post.is_deleted:
            raise ActionForbidden(privileges.refusal(author, "comment_anywhere"))
        raise ActionForbidden(_("You cannot comment here."))
    body = check_comment_body(body)
    with transaction.atomic():
        comment = Comment.objects.create(
            **PostTarget.target_of(post), author=author, body=body, body_html=render_comment(body)
        )
        signals.send_on_commit(signals.comment_posted, comment=comment)
    return comment


def vote_set(*, voter: User, post: Question | Answer, value: int, network: str = "") -> int:
    """Make ``voter``'s vote on ``post`` be ``value`` (1 up, -1 down, 0 none); return the score.

    Setting the vote one already has changes nothing, so a double click or a retried request
    is harmless. The voter's row is locked first: one member's votes are applied one at a
    time, while many members can vote on the same post at once (the score moves with F()).
    ``network`` (ccn.networks.network_key) is kept with the vote for fair-play checks.
    """
    if value not in (Vote.UP, Vote.DOWN, 0):
        raise CommunityError(_("That is not a vote."))
    if not permissions.can_vote(voter, post):
        raise ActionForbidden(_("You cannot vote on your own post."))
    if value == Vote.UP and not permissions.can_upvote(voter, post):
        raise ActionForbidden(privileges.refusal(voter, "vote_up"))
    if value == Vote.DOWN and not permissions.can_downvote(voter, post):
        raise ActionForbidden(privileges.refusal(voter, "vote_down"))
    return _apply_vote(voter, post, value, network=network)


def vote_invalidate(*, voter: User, post: Question | Answer) -> None:
    """Remove a vote found to break the rules (serial voting); the score follows.

    A system action, not the voter's: no permission applies, and it is announced like any
    withdrawn vote.
    """
    _apply_vote(voter, post, 0)


def _apply_vote(voter: User, post: Question | Answer, value: int, network: str = "") -> int:
    target = PostTarget.target_of(post)
    with transaction.atomic():
        User.objects.select_for_update().only("pk").get(pk=voter.pk)
        existing = Vote.objects.filter(voter=voter, **target).first()
        old_value = existing.value if existing else 0
        if old_value != value:
            _store_vote(existing, voter=voter, target=target, value=value, network=network)
            type(post).objects.filter(pk=post.pk).update(score=F("score") + value - old_value)
            signals.send_on_commit(
                signals.vote_changed, voter=voter, post=post, old_value=old_value, new_value=value
            )
        return type(post).objects.values_list("score", flat=True).get(pk=post.pk)


def _store_vote(
    existing: Vote | None, *, voter: User, target: dict, value: int, network: str
) -> None:
    if value == 0:
        existing.delete()
    elif existing:
        existing.value, existing.network = value, network or existing.network
        existing.save(update_fields=["value", "network"])
    else:
        try:
            with transaction.atomic():
                Vote.objects.create(voter=voter, value=value, network=network, **target)
        except IntegrityError as error:  # the voter lock makes this unreachable in practice
            raise CommunityError(_("Your vote was already counted.")) from error


def answer_accept(*, member: User, answer: Answer) -> Answer:
    """Mark ``answer`` as the one that solved the question; it replaces any earlier one."""
    with transaction.atomic():
        question = Question.objects.select_for_update().get(pk=answer.question_id)
        if not permissions.can_accept(member, question):
            raise ActionForbidden(_("Only the person who asked can accept an answer."))
        if answer.is_deleted:
            raise CommunityError(_("A deleted answer cannot be accepted."))
        previous_id = question.accepted_answer_id
        if previous_id == answer.pk:
            return answer
        question.accepted_answer = answer
        question.last_activity_at = timezone.now()
        question.save(update_fields=["accepted_answer", "last_activity_at"])
        previous = Answer.objects.filter(pk=previous_id).first() if previous_id else None
        signals.send_on_commit(signals.answer_accepted, answer=answer, previous=previous)
    return answer


def answer_unaccept(*, member: User, question: Question) -> None:
    with transaction.atomic():
        question = Question.objects.select_for_update().get(pk=question.pk)
        if not permissions.can_accept(member, question):
            raise ActionForbidden(_("Only the person who asked can accept an answer."))
        answer = question.accepted_answer
        if answer is None:
            return
        question.accepted_answer = None
        question.save(update_fields=["accepted_answer"])
        signals.send_on_commit(signals.answer_unaccepted, answer=answer)


def post_delete(*, member: User, post: Question | Answer) -> None:
    """Hide a post. Nothing is lost: the post and its revisions stay, and it can be restored."""
    _set_deleted(member, post, deleted=True)


def post_restore(*, member: User, post: Question | Answer) -> None:
    _set_deleted(member, post, deleted=False)


def _set_deleted(member: User, post: Question | Answer, *, deleted: bool) -> None:
    with transaction.atomic():
        # Read afresh under a lock: whether an answer is accepted may have just changed.
        fresh = type(post).objects.select_for_update().get(pk=post.pk)
        if isinstance(fresh, Answer):
            fresh.question = Question.objects.get(pk=fresh.question_id)
        allowed = permissions.can_delete if deleted else permissions.can_restore
        if not allowed(member, fresh):
            if deleted:
                raise ActionForbidden(_("You cannot delete this post."))
            raise ActionForbidden(_("You cannot restore this post."))
        type(post).objects.filter(pk=post.pk).update(is_deleted=deleted)
        post.is_deleted = deleted
        if isinstance(post, Answer):
            Question.objects.filter(pk=post.question_id).update(
                answer_count=F("answer_count") + (-1 if deleted else 1)
            )
            refresh_search_vector(post.question_id)
        signal = signals.post_deleted if deleted else signals.post_restored
        signals.send_on_commit(signal, post=post)


def question_set_bounty(*, question: Question, amount: int) -> None:
    """Show (or, with 0, stop showing) an open bounty on the question; for the reputation app."""
    Question.objects.filter(pk=question.pk).update(bounty_amount=amount)
    caching.content_changed(question_ids=[question.pk])


def question_record_view(*, question: Question, visitor_key: str) -> bool:
    """Count a view at most once per visitor and question in the view window."""
    key = f"viewed:{question.pk}:{visitor_key}"
    if not cache.add(key, 1, timeout=settings.CCN_VIEW_WINDOW_SECONDS):
        return False
    Question.objects.filter(pk=question.pk).update(view_count=F("view_count") + 1)
    return True


def suggestions_record_shown(
    *, questions: list[Question], typed_title: str, member: User | None
) -> list[SimilarSuggestion]:
    if not questions:
        return []
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # Statistics of deflection, written on every keystroke of a title: the commit
            # need not wait for the disk (a crash may lose the last few, never corrupt).
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit = off")
        return SimilarSuggestion.objects.bulk_create(
            SimilarSuggestion(question=q, member=member, typed_title=typed_title[:150])
            for q in questions
        )


def suggestion_record_click(*, suggestion_id: int) -> SimilarSuggestion:
    suggestion = SimilarSuggestion.objects.select_related("question").get(pk=suggestion_id)
    SimilarSuggestion.objects.filter(pk=suggestion_id, clicked_at__isnull=True).update(
        clicked_at=timezone.now()
    )
    return suggestion
