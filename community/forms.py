"""Forms for what members write; their rules come from community.validation."""

import zoneinfo
from functools import cache

from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .exceptions import CommunityError
from .models import User
from .privacy.services import policies_accept
from .validation import (
    check_answer_body,
    check_comment_body,
    check_question_body,
    check_title,
    parse_tags,
)


def _apply(check, value):
    """Run a community rule as a form validator, turning its refusal into a field error."""
    try:
        check(value)
    except CommunityError as error:
        raise forms.ValidationError(str(error)) from error
    return value


class QuestionForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=settings.CCN_QUESTION_TITLE_LENGTH[1],
        help_text=_("Be specific, as if you were asking another customer in person."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        strip=True,
    )
    body = forms.CharField(
        label=_("Body"),
        help_text=_("What happened, what you expected, what you tried. Markdown works."),
        widget=forms.Textarea(attrs={"rows": 10}),
        strip=False,
    )
    tags = forms.CharField(
        label=_("Tags"),
        max_length=300,
        help_text=_("1 to 5 tags separated by spaces or commas, e.g. billing mobile-app"),
    )

    def clean_title(self):
        return _apply(check_title, self.cleaned_data["title"]).strip()

    def clean_body(self):
        return _apply(check_question_body, self.cleaned_data["body"])

    def clean_tags(self):
        text = self.cleaned_data["tags"]
        _apply(parse_tags, text)
        return text


class QuestionEditForm(QuestionForm):
    summary = forms.CharField(label=_("Edit summary"), max_length=200, required=False)


class AnswerForm(forms.Form):
    body = forms.CharField(
        label=_("Your answer"),
        widget=forms.Textarea(attrs={"rows": 8}),
        strip=False,
    )

    def clean_body(self):
        return _apply(check_answer_body, self.cleaned_data["body"])


class AnswerEditForm(AnswerForm):
    summary = forms.CharField(label=_("Edit summary"), max_length=200, required=False)


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Comment"),
        max_length=settings.CCN_COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean_body(self):
        return _apply(check_comment_body, self.cleaned_data["body"])


class PreviewForm(forms.Form):
    body = forms.CharField(required=False, strip=False, max_length=50000)


class SignupProfileForm(forms.Form):
    """What allauth's sign-up asks besides email and password: the name, and the policies."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=40,
        help_text=_("Shown to other members. Your email address is never shown."),
    )

    accept_policies = forms.BooleanField(
        label=_("I accept the code of conduct and the privacy notice"),
        error_messages={"required": _("Please accept the code of conduct and the privacy notice.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["accept_policies"].help_text = format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a> · '
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            reverse("community:code_of_conduct"), _("Read the code of conduct"),
            reverse("community:privacy"), _("Read the privacy notice"),
        )

    def signup(self, request, user):
        user.display_name = self.cleaned_data["display_name"].strip()
        user.language = translation.get_language() or ""
        user.save(update_fields=["display_name", "language"])
        policies_accept(member=user)


@cache
def _time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class ProfileForm(forms.ModelForm):
    time_zone = forms.ChoiceField(
        label=_("Time zone"), choices=_time_zone_choices,
        help_text=User._meta.get_field("time_zone").help_text,
    )

    class Meta:
        model = User
        fields = ["display_name", "about", "time_zone"]
