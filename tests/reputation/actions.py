"""Community actions as members take them, with the signals delivered to the reputation app."""

from community import services
from tests import factories
from tests.factories import committed


def upvote(post, voter=None):
    with committed():
        return factories.vote(post, voter, value=1)


def downvote(post, voter=None):
    with committed():
        return factories.vote(post, voter, value=-1)


def withdraw_vote(post, voter):
    with committed():
        return factories.vote(post, voter, value=0)


def accept(answer, *, undo=False):
    question = answer.question
    with committed():
        if undo:
            services.answer_unaccept(member=question.author, question=question)
        else:
            services.answer_accept(member=question.author, answer=answer)


def delete(post):
    with committed():
        services.post_delete(member=post.author, post=post)


def restore(post):
    with committed():
        services.post_restore(member=post.author, post=post)
