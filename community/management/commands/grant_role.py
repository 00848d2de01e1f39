"""Give a member a staff role (moderator or support agent), or take it away."""

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from community.models import User
from community.roles import ROLE_GROUPS


class Command(BaseCommand):
    help = "Add a role to the member with EMAIL (moderator or agent); --revoke removes it."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("role", choices=sorted(ROLE_GROUPS))
        parser.add_argument("--revoke", action="store_true", help="remove the role instead")

    def handle(self, *args, email, role, revoke, **options):
        try:
            member = User.objects.get(email__iexact=email.strip())
        except User.DoesNotExist as error:
            raise CommandError(f"No member has the email {email}.") from error
        group = Group.objects.get(name=ROLE_GROUPS[role])
        if revoke:
            member.groups.remove(group)
            self.stdout.write(f"{member.display_name} is no longer in {group.name}.")
        else:
            member.groups.add(group)
            self.stdout.write(f"{member.display_name} is now in {group.name}.")
