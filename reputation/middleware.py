"""Noting signed-in members' visits, for the Enthusiast badge."""

from .services.visits import visit_note


class VisitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            visit_note(member=user)
        return response
