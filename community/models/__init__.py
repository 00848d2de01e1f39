"""The community's models, one module per concept."""

from .activity import Revision, SimilarSuggestion, Vote
from .edits import SuggestedEdit
from .follows import Follow
from .members import User
from .notifications import Delivery, Notification, NotificationEmail, NotificationPreference
from .posts import Answer, Comment, PostTarget, Question
from .privacy import DataExport, PolicyAcceptance, PolicyDocument

__all__ = [
    "Answer", "Comment", "DataExport", "Delivery", "Follow", "Notification", "NotificationEmail",
    "NotificationPreference", "PolicyAcceptance", "PolicyDocument", "PostTarget", "Question",
    "Revision", "SimilarSuggestion",
    "SuggestedEdit", "User", "Vote",
]
