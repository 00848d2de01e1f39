from django.urls import path

from . import views

app_name = "support"

urlpatterns = [
    path("support/", views.queue, name="queue"),
    path("support/escalations/<int:pk>/", views.escalation_detail, name="escalation_detail"),
    path("support/escalations/<int:pk>/claim/", views.escalation_claim, name="claim"),
    path("support/escalations/<int:pk>/release/", views.escalation_release, name="release"),
    path("support/escalations/<int:pk>/reassign/", views.escalation_reassign, name="reassign"),
    path("support/escalations/<int:pk>/notes/", views.note_add, name="note_add"),
    path(
        "support/escalations/<int:pk>/official-answer/", views.official_answer_post,
        name="official_answer",
    ),
    path("support/escalations/<int:pk>/resolve/", views.escalation_resolve, name="resolve"),
    path("support/escalations/<int:pk>/return/", views.escalation_return, name="return"),
    path("support/questions/<int:pk>/ask/", views.escalation_request, name="request"),
    path("insights/", views.insights, name="insights"),
    path("settings/answer-requests/", views.answer_requests, name="answer_requests"),
]
