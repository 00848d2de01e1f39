"""Who hears about each community event, and why: run by Celery after the event commits.

Each function takes the id of what happened and is safe to run twice: the notification
rows are unique per member and event. What was deleted before the task ran tells no one.
"""

from community.models import Answer, Comment, Follow, Question

from . import kinds
from .mentions import members_mentioned
from .services import Audience, Reason, notify


def _question_group(question: Question) -> str:
    return f"question:{question.pk}"


def _add_followers_of_author(audience: Audience, author_id: int) -> None:
    followers = Follow.objects.filter(member_id=author_id).values_list("follower_id", flat=True)
    audience.add(followers, Reason(kinds.FOLLOWED_MEMBER_POSTED, f"member:{author_id}"))


def _followers_of_question(question: Question):
    return Follow.objects.filter(question=question).values_list("follower_id", flat=True)


def fan_out_question_asked(*, question_id: int) -> int:
    question = (
        Question.objects.filter(pk=question_id, is_deleted=False)
        .select_related("author").first()
    )
    if question is None:
        return 0
    audience = Audience()
    tag_follows = (
        Follow.objects.filter(tag__in=question.tags.all())
        .order_by("tag__name").values_list("follower_id", "tag__name")
    )
    for follower_id, tag_name in tag_follows:
        audience.add([follower_id], Reason(
            kinds.QUESTION_IN_FOLLOWED_TAG, f"tag:{tag_name}", {"tag": tag_name}
        ))
    _add_followers_of_author(audience, question.author_id)
    return len(notify(
        audience=audience, event_key=f"question:{question.pk}", subject=question.title,
        url=question.get_absolute_url(), actor=question.author, question=question,
    ))


def fan_out_answer_posted(*, answer_id: int) -> int:
    answer = (
        Answer.objects.filter(pk=answer_id, is_deleted=False, question__is_deleted=False)
        .select_related("author", "question").first()
    )
    if answer is None:
        return 0
    question = answer.question
    audience = Audience()
    audience.add(
        members_mentioned(text=answer.body, question=question),
        Reason(kinds.MENTION, _question_group(question)),
    )
    audience.add(
        _followers_of_question(question),
        Reason(kinds.ANSWER_ON_FOLLOWED, _question_group(question)),
    )
    _add_followers_of_author(audience, answer.author_id)
    return len(notify(
        audience=audience, event_key=f"answer:{answer.pk}", subject=question.title,
        url=answer.get_absolute_url(), actor=answer.author, question=question,
    ))


def fan_out_comment_posted(*, comment_id: int) -> int:
    comment = (
        Comment.objects.filter(pk=comment_id, is_deleted=False)
        .select_related("author", "question", "answer__question").first()
    )
    if comment is None:
        return 0
    post = comment.post
    question = comment.question or comment.answer.question
    if post.is_deleted or question.is_deleted:
        return 0
    audience = Audience()
    audience.add(
        members_mentioned(text=comment.body, question=question),
        Reason(kinds.MENTION, _question_group(question)),
    )
    audience.add([post.author_id], Reason(kinds.COMMENT_ON_MY_POST, _question_group(question)))
    return len(notify(
        audience=audience, event_key=f"comment:{comment.pk}", subject=question.title,
        url=comment.get_absolute_url(), actor=comment.author, question=question,
    ))


def fan_out_answer_accepted(*, answer_id: int) -> int:
    answer = (
        Answer.objects.filter(pk=answer_id, is_deleted=False)
        .select_related("question__author").first()
    )
    if answer is None or answer.question.accepted_answer_id != answer.pk:
        return 0
    question = answer.question
    audience = Audience()
    audience.add([answer.author_id], Reason(kinds.ANSWER_ACCEPTED, f"accepted:{answer.pk}"))
    return len(notify(
        audience=audience, event_key=f"accepted:{answer.pk}", subject=question.title,
        url=answer.get_absolute_url(), actor=question.author, question=question,
    ))
