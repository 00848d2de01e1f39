from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from .models import Answer, Comment, PolicyDocument, Question, User
from .privacy.services import policy_document_update


@admin.register(User)
class MemberAdmin(UserAdmin):
    ordering = ["-date_joined"]
    list_display = ["email", "display_name", "reputation", "is_active", "is_staff", "date_joined"]
    search_fields = ["email", "display_name"]
    readonly_fields = ["reputation", "last_login", "date_joined"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Profile"), {"fields": ["display_name", "about", "reputation"]}),
        (_("Permissions"), {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (
            None,
            {"classes": ["wide"], "fields": ["email", "display_name", "password1", "password2"]},
        ),
    ]


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["title", "author", "score", "answer_count", "created_at", "is_deleted"]
    list_filter = ["is_deleted", "created_at"]
    search_fields = ["title"]
    raw_id_fields = ["author", "accepted_answer"]
    readonly_fields = ["score", "answer_count", "view_count", "body_html"]


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["__str__", "author", "score", "created_at", "is_deleted"]
    list_filter = ["is_deleted"]
    raw_id_fields = ["author", "question"]
    readonly_fields = ["score", "body_html"]


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "author", "created_at", "is_deleted"]
    raw_id_fields = ["author", "question", "answer"]
    readonly_fields = ["body_html"]


@admin.register(PolicyDocument)
class PolicyDocumentAdmin(admin.ModelAdmin):
    """The code of conduct and the privacy notice: admins change the text, not the kinds."""

    list_display = ["title", "kind", "updated_at"]
    fields = ["kind", "title", "body", "updated_at"]
    readonly_fields = ["kind", "updated_at"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        policy_document_update(document=obj, title=obj.title, body=obj.body)
