# ---
# id: cwe306-management-command-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: django, argparse
# explanation: This destructive operation (purging closed accounts) has no authentication check in the code, but it is a Django management command, not a network endpoint: it can only be run by someone who already has shell access to the server and the application's settings, so no unauthenticated actor can reach it.
# ---
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from accounts.models import Account


class Command(BaseCommand):
    help = "Permanently delete accounts closed more than N days ago."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=90)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, days, dry_run, **options):
        if days < 30:
            raise CommandError("refusing to purge accounts closed less than 30 days ago")
        cutoff = timezone.now() - timedelta(days=days)
        doomed = Account.objects.filter(closed_at__lt=cutoff)
        self.stdout.write(f"{doomed.count()} accounts closed before {cutoff:%Y-%m-%d}")
        if dry_run:
            return
        with transaction.atomic():
            deleted, _ = doomed.delete()
        self.stdout.write(self.style.SUCCESS(f"deleted {deleted} rows"))
