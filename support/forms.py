"""Forms of the support pages: they parse input; the rules live in support.services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Priority
from .selectors import QUEUE_VIEWS
from .services import AGENT_RESOLUTIONS


class QueueFilterForm(forms.Form):
    view = forms.ChoiceField(
        label=_("Show"), required=False,
        choices=[
            ("all", _("All open")), ("unclaimed", _("Unclaimed")), ("mine", _("Mine")),
            ("breached", _("Breached")), ("soon", _("About to breach")),
            ("resolved", _("Resolved")), ("returned", _("Returned to the community")),
        ],
    )
    tag = forms.CharField(label=_("Tag"), required=False, max_length=100)
    priority = forms.TypedChoiceField(
        label=_("Priority"), required=False, coerce=int, empty_value=None,
        choices=[("", _("Any priority")), *Priority.choices],
    )

    def filters(self) -> dict:
        if not self.is_valid():
            return {"view": "all", "tag": "", "priority": None}
        data = self.cleaned_data
        view = data["view"] if data["view"] in QUEUE_VIEWS else "all"
        return {"view": view, "tag": data["tag"].strip(), "priority": data["priority"]}


class PageForm(forms.Form):
    """A form sharing the escalation page with others: its fields' ids carry its prefix, so
    two forms' ``body`` or ``note`` fields never share an id (and a label its field)."""

    id_prefix = ""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", f"{self.id_prefix}_%s")
        super().__init__(*args, **kwargs)


class NoteForm(PageForm):
    id_prefix = "note"

    body = forms.CharField(
        label=_("Internal note"), max_length=5000, strip=True,
        help_text=_("Only agents and moderators see internal notes."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class OfficialAnswerForm(PageForm):
    id_prefix = "official"

    body = forms.CharField(
        label=_("Official answer"), strip=False,
        help_text=_("Public: posted under your name and marked as the official answer."),
        widget=forms.Textarea(attrs={"rows": 8}),
    )


class ResolveForm(PageForm):
    id_prefix = "resolve"

    resolution = forms.ChoiceField(
        label=_("Resolution"),
        choices=[(r.value, r.label) for r in AGENT_RESOLUTIONS],
    )
    note = forms.CharField(
        label=_("Internal note (optional)"), required=False, max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ReturnForm(PageForm):
    id_prefix = "return"

    note = forms.CharField(
        label=_("Why it goes back (internal, optional)"), required=False, max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ReassignForm(PageForm):
    id_prefix = "reassign"

    assignee = forms.ModelChoiceField(label=_("Reassign to"), queryset=None)

    def __init__(self, *args, agents, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = agents
