"""The email preferences form: one choice per kind of notification, and the language."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from community.models import Delivery

from . import kinds


class NotificationPreferencesForm(forms.Form):
    email_language = forms.ChoiceField(
        label=_("Language of the emails"), choices=settings.LANGUAGES
    )

    def __init__(self, *args, preferences: dict[str, str], language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email_language"].initial = language or settings.LANGUAGE_CODE
        self.kind_fields = []
        for key, kind in kinds.KINDS.items():
            self.fields[key] = forms.ChoiceField(
                label=kind.label, choices=Delivery.choices, initial=preferences[key]
            )
            self.kind_fields.append(key)

    def deliveries(self) -> dict[str, str]:
        return {key: self.cleaned_data[key] for key in self.kind_fields}
