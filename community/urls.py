from django.urls import path, register_converter

from . import views
from .notifications import views as notification_views
from .privacy import views as privacy_views
from .review import views as review_views


class PostKindConverter:
    regex = "questions|answers"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(PostKindConverter, "post_kind")
app_name = "community"

urlpatterns = [
    path("", views.question_list, name="question_list"),
    path("questions/ask/", views.question_ask, name="question_ask"),
    path("questions/similar/", views.similar_questions, name="similar_questions"),
    path("questions/suggestions/<int:pk>/", views.suggestion_open, name="suggestion_open"),
    path("questions/preview/", views.markdown_preview, name="markdown_preview"),
    path("questions/<int:pk>/", views.question_redirect, name="question_redirect"),
    path("questions/<int:pk>/edit/", views.question_edit, name="question_edit"),
    path("questions/<int:pk>/answer/", views.answer_create, name="answer_create"),
    path("answers/<int:pk>/edit/", views.answer_edit, name="answer_edit"),
    path("answers/<int:pk>/accept/", views.answer_accept, name="answer_accept"),
    path("<post_kind:kind>/<int:pk>/vote/", views.vote, name="vote"),
    path("<post_kind:kind>/<int:pk>/comments/", views.comment_create, name="comment_create"),
    path("<post_kind:kind>/<int:pk>/delete/", views.post_delete, name="post_delete"),
    path("<post_kind:kind>/<int:pk>/revisions/", views.revision_list, name="revisions"),
    path(
        "questions/<int:pk>/follow/", notification_views.follow, {"target": "question"},
        name="follow_question",
    ),
    path(
        "questions/<int:pk>/mentions/", notification_views.mention_names,
        name="mention_names",
    ),
    path("questions/<int:pk>/<slug:slug>/", views.question_detail, name="question_detail"),
    path("review/", review_views.review_queue, name="review_queue"),
    path("review/edits/<int:pk>/", review_views.suggested_edit, name="suggested_edit"),
    path("tags/", views.tag_list, name="tag_list"),
    path("tags/<str:name>/", views.tag_detail, name="tag_detail"),
    path(
        "tags/<str:name>/follow/", notification_views.follow, {"target": "tag"},
        name="follow_tag",
    ),
    path("search/", views.search_results, name="search"),
    path(
        "users/<int:pk>/follow/", notification_views.follow, {"target": "member"},
        name="follow_member",
    ),
    path("users/<int:pk>/<slug:slug>/", views.member_detail, name="user_detail"),
    path("notifications/", notification_views.inbox, name="notifications"),
    path(
        "notifications/read/", notification_views.notifications_read_all,
        name="notifications_read_all",
    ),
    path(
        "notifications/<int:pk>/", notification_views.notification_open,
        name="notification_open",
    ),
    path(
        "notifications/<int:pk>/read/", notification_views.notification_read,
        name="notification_read",
    ),
    path("settings/", views.settings_profile, name="settings"),
    path(
        "settings/notifications/", notification_views.settings_notifications,
        name="settings_notifications",
    ),
    path(
        "code-of-conduct/", privacy_views.policy_page, {"kind": "conduct"},
        name="code_of_conduct",
    ),
    path("privacy/", privacy_views.policy_page, {"kind": "privacy"}, name="privacy"),
    path("settings/data/", privacy_views.settings_data, name="settings_data"),
    path("settings/delete/", privacy_views.settings_delete, name="settings_delete"),
    path(
        "settings/data/<int:pk>/download/", privacy_views.data_export_download,
        name="data_export_download",
    ),
    path(
        "notifications/unsubscribe/<str:token>/", notification_views.unsubscribe,
        name="unsubscribe",
    ),
]
