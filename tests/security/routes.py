"""Every URL pattern of the project, made concrete with real objects, and who may use it.

A new route must be added to exactly one of the sets below; the gate tests fail until it
is, and then check the promise the set makes.
"""

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

# Anyone may use these: reading, and the ways in.
PUBLIC = {
    "healthz", "readyz", "set_language", "admin:logout",
    "account_login", "account_logout", "account_signup", "account_inactive",
    "account_email_verification_sent", "account_confirm_email", "account_reset_password",
    "account_reset_password_done", "account_reset_password_from_key",
    "account_reset_password_from_key_done", "account_confirm_login_code", "mfa_authenticate",
    "community:question_list", "community:question_redirect", "community:question_detail",
    "community:suggestion_open", "community:revisions", "community:tag_list",
    "community:tag_detail", "community:search", "reputation:user_list",
    "community:user_detail", "reputation:badge_list", "reputation:badge_detail",
    "bench_hello",  # mounted only with CCN_BENCH=1 (make bench): the benchmark's floor
    "community:unsubscribe", "community:code_of_conduct", "community:privacy",
}
# Routes that take a POST without a CSRF token, and what authorises it instead. The gate
# tests check that a forged authority there is refused with 400 and changes nothing.
CSRF_EXEMPT = {
    # RFC 8058 one-click unsubscribe: mail clients POST with no session and no token.
    "community:unsubscribe": "the signed token in the address",
}
# Any signed-in member, on their own account or on the community's content.
MEMBER = {
    "account_email", "account_change_password", "account_set_password",
    "account_reauthenticate", "mfa_index", "mfa_reauthenticate", "mfa_activate_totp",
    "mfa_deactivate_totp", "mfa_view_recovery_codes", "mfa_generate_recovery_codes",
    "mfa_download_recovery_codes", "usersessions_list",
    "community:question_ask", "community:similar_questions", "community:markdown_preview",
    "community:answer_create", "community:comment_create", "community:vote",
    "community:question_edit", "community:answer_edit",
    "community:settings",
    "community:follow_question", "community:follow_tag", "community:follow_member",
    "community:mention_names",
    "community:notifications", "community:notifications_read_all",
    "support:answer_requests",
    "community:settings_notifications", "community:settings_data", "community:settings_delete",
}
# Only the owner of the object (or a moderator): another member gets 403.
OWNER_ONLY = {
    "community:answer_accept": "POST",
    "community:notification_open": "GET",
    "community:notification_read": "POST",
    "community:post_delete": "POST",
    "support:request": "POST",  # "Ask support": the asker, or a moderator
    "reputation:bounty_award": "POST",
    "community:data_export_download": "GET",
}
# Signed-in members with a privilege that reputation earns (or staff): a newcomer gets 403.
PRIVILEGED = {
    "community:review_queue": "GET",
    "community:suggested_edit": "GET",
    "reputation:bounty_offer": "POST",
}
# Support agents, and for reading and internal notes moderators: a customer gets 403.
AGENTS = {
    "support:queue": "GET",
    "support:escalation_detail": "GET",
    "support:claim": "POST",
    "support:release": "POST",
    "support:reassign": "POST",
    "support:note_add": "POST",
    "support:official_answer": "POST",
    "support:resolve": "POST",
    "support:return": "POST",
    "support:insights": "GET",
}
# Django admin: staff only.
STAFF_PREFIX = "admin/"


@dataclass(frozen=True)
class Route:
    pattern: str
    name: str | None

    @property
    def label(self) -> str:
        return self.name or self.pattern

    @property
    def is_staff_only(self) -> bool:
        return self.pattern.startswith(STAFF_PREFIX) and self.name not in PUBLIC


def all_routes() -> list[Route]:
    def walk(patterns, prefix="", namespace=None):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                inner = namespace
                if entry.namespace:
                    inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
                yield from walk(entry.url_patterns, prefix + str(entry.pattern), inner)
            elif isinstance(entry, URLPattern):
                name = entry.name and (f"{namespace}:{entry.name}" if namespace else entry.name)
                yield Route(prefix + str(entry.pattern), name)

    return list(walk(get_resolver().url_patterns))


def sample_values(route: Route, world) -> dict:
    """Values for the route's parameters that point at real objects of ``world``."""
    on_answer = route.pattern.startswith(("answers/", "<post_kind:kind>"))
    values = {
        "pk": world.answer.pk if on_answer else world.question.pk,
        "kind": "answers",
        "slug": world.question.slug,
        "name": "billing",
        "object_id": world.question.pk,
        "id": world.owner.pk,
        "content_type_id": world.question_type.pk,
        "app_label": "community",
        "url": "nothing-here/",
        "key": "not-a-real-key",
        "token": "not-a-real-token",
        "uidb36": "zz",
    }
    if route.name in {"community:user_detail", "community:follow_member"}:
        values |= {"pk": world.owner.pk, "slug": world.owner.slug}
    if route.pattern.startswith("notifications/<int:pk>"):
        values["pk"] = world.notification.pk
    if route.name == "reputation:bounty_award":
        values["pk"] = world.bounty.pk
    if route.name == "reputation:badge_detail":
        values["slug"] = "student"
    if route.pattern.startswith("support/escalations/"):
        values["pk"] = world.escalation.pk
    if route.name == "community:data_export_download":
        values["pk"] = world.export.pk
    if route.name == "community:suggestion_open":
        values["pk"] = world.suggestion.pk
    return values


def concrete_path(route: Route, world) -> str:
    values = sample_values(route, world)
    path = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: str(values[m.group(1)]), route.pattern)
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(values[m.group(1)]), path)
    return "/" + path.replace("^", "").replace("$", "")
