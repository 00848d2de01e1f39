"""Members of the community: the custom user model."""

import zoneinfo

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class MemberManager(UserManager):
    """Members sign in with their email; there is no username."""

    use_in_migrations = True

    def _create_user_object(self, email, password, **extra_fields):
        email = self.normalize_email(email)
        extra_fields.setdefault("display_name", email.split("@")[0])
        user = self.model(email=email, **extra_fields)
        user.password = ""  # nosec B105 - replaced by set_password() on the next line
        user.set_password(password)
        return user

    def _create_user(self, email, password, **extra_fields):
        user = self._create_user_object(email, password, **extra_fields)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A member. The email is private: pages show the display name only."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(_("display name"), max_length=40)
    about = models.TextField(_("about me"), blank=True, max_length=2000)
    language = models.CharField(
        _("language"), max_length=10, blank=True,
        help_text=_("The language of the emails the member receives; empty: the site's."),
    )
    reputation = models.PositiveIntegerField(
        _("reputation"), default=1, help_text=_("Derived from the reputation ledger.")
    )
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="UTC",
        help_text=_("Your days, such as the daily reputation limit, start at midnight here."),
    )
    erased_at = models.DateTimeField(
        _("account deleted at"), null=True, blank=True, editable=False,
        help_text=_("The member deleted their account: personal data erased, posts kept."),
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    objects = MemberManager()

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="community_user_email_ci_unique"),
            models.CheckConstraint(
                condition=models.Q(reputation__gte=1), name="community_user_reputation_min_1"
            ),
        ]
        indexes = [models.Index(fields=["-reputation"], name="community_user_rep_idx")]

    def __str__(self):
        return self.display_name

    @property
    def slug(self) -> str:
        return slugify(self.display_name) or "member"

    def get_absolute_url(self):
        return reverse("community:user_detail", args=[self.pk, self.slug])

    @property
    def tzinfo(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    def get_full_name(self):
        return self.display_name

    def get_short_name(self):
        return self.display_name
