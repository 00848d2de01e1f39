"""One function per action: the views enforce them, the templates use them to show buttons."""

from .models import Answer, Question
from .privileges import has_privilege
from .roles import is_moderator


def can_ask(user) -> bool:
    return user.is_authenticated and user.is_active


def can_answer(user, question: Question) -> bool:
    return can_ask(user) and not question.is_deleted


def _in_own_thread(user, post: Question | Answer) -> bool:
    """The member wrote ``post``, or it answers their question."""
    return post.author_id == user.pk or (
        isinstance(post, Answer) and post.question.author_id == user.pk
    )


def can_comment(user, post: Question | Answer) -> bool:
    """Anyone on their own posts and the answers to their questions; elsewhere from 50."""
    if not can_ask(user) or post.is_deleted:
        return False
    return _in_own_thread(user, post) or has_privilege(user, "comment_anywhere")


def can_edit(user, post: Question | Answer) -> bool:
    """Edit at once: one's own posts, and any post with the privilege."""
    if not user.is_authenticated or not user.is_active:
        return False
    return (
        post.author_id == user.pk or is_moderator(user) or has_privilege(user, "edit_any")
    )


def can_suggest_edit(user, post: Question | Answer) -> bool:
    """Members who may not edit a post propose an edit that a reviewer approves."""
    return can_ask(user) and not post.is_deleted and not can_edit(user, post)


def can_review_edits(user) -> bool:
    return has_privilege(user, "review")


def can_create_tags(user) -> bool:
    return has_privilege(user, "create_tags")


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
    """Whether the vote buttons show: the privileges are checked when the member votes."""
    return user.is_authenticated and user.is_active and post.author_id != user.pk


def can_upvote(user, post: Question | Answer) -> bool:
    return can_vote(user, post) and has_privilege(user, "vote_up")


def can_downvote(user, post: Question | Answer) -> bool:
    return can_vote(user, post) and has_privilege(user, "vote_down")


def can_accept(user, question: Question) -> bool:
    return user.is_authenticated and user.is_active and question.author_id == user.pk
