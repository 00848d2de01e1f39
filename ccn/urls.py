from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from . import bench, views

# The admin signs in through allauth, so its rate limits protect the admin too.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = admin.site.site_title = settings.CCN_SITE_NAME

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("reputation.urls")),
    path("", include("support.urls")),
    path("", include("community.urls")),
]
if settings.CCN_BENCH:
    urlpatterns.insert(0, path("bench/hello", bench.hello, name="bench_hello"))
