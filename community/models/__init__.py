"""The community's models, one module per concept."""

from .activity import Revision, SimilarSuggestion, Vote
from .members import User
from .posts import Answer, Comment, PostTarget, Question

__all__ = [
    "Answer", "Comment", "PostTarget", "Question", "Revision", "SimilarSuggestion", "User",
    "Vote",
]
