"""The shape of the demo community's hand-written threads, shared by every language."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Reply:
    """An answer or a comment.

    ``by`` says who writes it: "customer", "moderator" or "agent" (the demo sign-ins),
    "asker" (whoever asked the question); left empty, a random community member.
    """

    body: str
    by: str | None = None
    accepted: bool = False
    comments: tuple["Reply | str", ...] = ()


@dataclass(frozen=True)
class Thread:
    """A question with its answers and comments; a plain string is a reply by anyone."""

    title: str
    tags: str
    body: str
    answers: tuple[Reply | str, ...] = ()
    comments: tuple[Reply | str, ...] = ()
    by: str | None = None


def as_reply(item: Reply | str) -> Reply:
    return item if isinstance(item, Reply) else Reply(body=item)
