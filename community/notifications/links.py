"""Addresses of what members follow: the follow action and the page of the followed thing."""

from django.urls import reverse
from taggit.models import Tag

from community.models import Question


def follow_url(target) -> str:
    if isinstance(target, Question):
        return reverse("community:follow_question", args=[target.pk])
    if isinstance(target, Tag):
        return reverse("community:follow_tag", args=[target.name])
    return reverse("community:follow_member", args=[target.pk])


def page_of(target) -> str:
    if isinstance(target, Tag):
        return reverse("community:tag_detail", args=[target.name])
    return target.get_absolute_url()
