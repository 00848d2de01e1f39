"""One function per action: the views enforce them, the templates use them to show buttons."""

from .models import Answer, Question
from .roles import is_moderator


def can_ask(user) -> bool:
    return user.is_authenticated and user.is_active


def can_answer(user, question: Question) -> bool:
    return can_ask(user) and not question.is_deleted


def can_comment(user, post: Question | Answer) -> bool:
    return can_ask(user) and not post.is_deleted


def can_edit(user, post: Question | Answer) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    return post.author_id == user.pk or is_moderator(user)


def can_delete(user, post: Question | Answer) -> bool:
    """Authors delete their own posts, except an accepted answer: it solved someone's problem."""
    if not user.is_authenticated or not user.is_active or post.is_deleted:
        return False
    if is_moderator(user):
        return True
    if post.author_id != user.pk:
        return False
    return not (isinstance(post, Answer) and post.is_accepted)


def can_restore(user, post: Question | Answer) -> bool:
    if not user.is_authenticated or not user.is_active or not post.is_deleted:
        return False
    return post.author_id == user.pk or is_moderator(user)


def can_vote(user, post: Question | Answer) -> bool:
    return user.is_authenticated and user.is_active and post.author_id != user.pk


def can_accept(user, question: Question) -> bool:
    return user.is_authenticated and user.is_active and question.author_id == user.pk
