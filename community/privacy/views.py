"""Pages for the member's own data (export, account deletion) and the policies they accept."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ccn import ratelimit
from ccn.ratelimit import RateLimited
from community.exceptions import CommunityError
from community.models import DataExport, PolicyDocument

from . import services
from .forms import AccountDeleteForm


@login_required
def settings_data(request):
    """The member's exports; a POST asks for a new one, built in the background."""
    if request.method == "POST":
        services.data_export_request(member=request.user)
        messages.success(
            request, _("Your data is being prepared. It will be offered in your notifications.")
        )
        return redirect("community:settings_data")
    exports = DataExport.objects.filter(member=request.user).defer("content")[:5]
    return render(request, "community/settings_data.html",
                  {"exports": exports, "now": timezone.now()})


@login_required
@require_GET
def data_export_download(request, pk):
    export = get_object_or_404(DataExport, pk=pk)
    if export.member_id != request.user.pk:
        raise PermissionDenied
    if not export.is_downloadable():
        raise Http404
    response = HttpResponse(export.content, content_type="application/json; charset=utf-8")
    filename = f"my-data-{export.ready_at:%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def settings_delete(request):
    """What deleting the account erases and what stays; the password confirms it."""
    form = AccountDeleteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            ratelimit.check(request, "account_delete")
            services.account_erase(member=request.user, password=form.cleaned_data["password"])
        except (CommunityError, RateLimited) as error:
            form.add_error("password", str(error))
        else:
            logout(request)
            messages.success(request, _("Your account is deleted. Thank you for your help."))
            return redirect("community:question_list")
    return render(request, "community/settings_delete.html", {"form": form})


@require_GET
def policy_page(request, kind):
    """The code of conduct or the privacy notice, as an admin last wrote it."""
    document = get_object_or_404(PolicyDocument, kind=kind)
    return render(request, "community/policy.html", {"document": document})
