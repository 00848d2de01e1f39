from django.urls import path

from . import views

app_name = "reputation"

urlpatterns = [
    path("users/", views.user_list, name="user_list"),
    path("badges/", views.badge_list, name="badge_list"),
    path("badges/<slug:slug>/", views.badge_detail, name="badge_detail"),
    path("questions/<int:pk>/bounty/", views.bounty_offer, name="bounty_offer"),
    path("bounties/<int:pk>/award/", views.bounty_award, name="bounty_award"),
]
