"""factory_boy factories: every test builds the data it needs from these."""

from contextlib import contextmanager

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.test import TestCase
from taggit.models import Tag

from community import services
from community.exceptions import CommunityError
from community.models import Answer, Comment, Question, User
from community.roles import MODERATORS, SUPPORT_AGENTS
from community.validation import parse_tags

PASSWORD = "correct-horse-battery-staple"


class MemberFactory(factory.django.DjangoModelFactory):
    """A member with a verified email, able to sign in with PASSWORD."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.com")
    display_name = factory.Sequence(lambda n: f"Member {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            self.save()
            if extracted is not False:
                EmailAddress.objects.create(
                    user=self, email=self.email, verified=True, primary=True
                )


def moderator(**kwargs) -> User:
    member = MemberFactory(**kwargs)
    member.groups.add(Group.objects.get(name=MODERATORS))
    return member


def agent(**kwargs) -> User:
    member = MemberFactory(**kwargs)
    member.groups.add(Group.objects.get(name=SUPPORT_AGENTS))
    return member


def existing_tags(text: str) -> None:
    """Make the tags in ``text`` exist, as a community's tags do before newcomers use them
    (bringing a new tag in is a privilege)."""
    try:
        names = parse_tags(text)
    except CommunityError:
        return  # the service under test will say what is wrong with them
    for name in names:
        Tag.objects.get_or_create(name=name)


def ask(author=None, *, title=None, body=None, tags="billing") -> Question:
    """A question asked through the real service, so revisions and search are kept.

    Its tags exist beforehand (``existing_tags``); tests about new tags call the service.
    """
    author = author or MemberFactory()
    existing_tags(tags)
    title = title or f"How do I change my plan number {Question.objects.count() + 1}?"
    body = body or "I want to move to a cheaper plan but cannot find the option anywhere."
    return services.question_ask(author=author, title=title, body=body, tags=tags)


def answer(question=None, author=None, *, body=None) -> Answer:
    question = question or ask()
    author = author or MemberFactory()
    body = body or "Open Settings, then Plans, and pick the one you want."
    return services.answer_post(author=author, question=question, body=body)


def comment(post, author=None, *, body="Thanks, that helped me too.") -> Comment:
    return services.comment_add(author=author or MemberFactory(), post=post, body=body)


def vote(post, voter=None, *, value=1) -> int:
    """A vote through the real service; returns the post's new score."""
    return services.vote_set(voter=voter or MemberFactory(), post=post, value=value)


@contextmanager
def committed():
    """Run, as the block ends, what its writes left for after commit (the community's signals).

    A test runs inside a transaction that is never committed, so without this the
    satellites (reputation, support) never hear what happened.
    """
    with TestCase.captureOnCommitCallbacks(execute=True):
        yield
