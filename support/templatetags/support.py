"""Support's part of community pages, without community importing support.

The question page does ``{% load support %}``, asks ``{% question_support question as
support %}`` once, then shows ``{% support_panel question support %}`` under the question
and ``{% official_mark answer support %}`` on each answer.
"""

from django import template

from community.roles import is_staff_member

from .. import permissions, selectors
from ..models import ACTIVE_STATES

register = template.Library()


@register.simple_tag(takes_context=True)
def question_support(context, question):
    user = context["user"]
    return selectors.question_support(
        question, sees_escalation=is_staff_member(user),
        is_asker=user.is_authenticated and user.pk == question.author_id,
    )


@register.inclusion_tag("support/partials/question_panel.html", takes_context=True)
def support_panel(context, question, support):
    user = context["user"]
    escalation = support.escalation
    is_active = escalation is not None and escalation.state in ACTIVE_STATES
    is_asker = user.is_authenticated and user.pk == question.author_id
    return {
        "question": question,
        "support": support,
        "escalation": escalation,
        "escalation_is_active": is_active,
        "is_asker": is_asker,
        "can_ask_support": (
            permissions.can_ask_support(user, question) and not is_active
            and not support.asker_requested
        ),
        "can_escalate": (
            not is_asker and permissions.can_escalate_any(user) and not is_active
            and not question.is_solved
        ),
        "can_view_escalation": permissions.can_view_escalations(user),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("support/partials/official_mark.html", takes_context=True)
def official_mark(context, answer, support):
    return {
        "is_official": answer.pk in support.official_answer_ids,
        "site_name": context.get("site_name"),
    }


@register.inclusion_tag("support/partials/nav_links.html", takes_context=True)
def support_nav_links(context):
    """The staff sections of the site's navigation, for those who may open them."""
    user = context["user"]
    return {
        "can_view_queue": permissions.can_view_escalations(user),
        "can_view_insights": permissions.can_view_insights(user),
    }
