from django.core.management.base import BaseCommand, CommandError

from portal.seeding import plan_documents, seed_plans


class Command(BaseCommand):
    help = (
        "Loads both plans from fixtures/plan-*.json (idempotent); --demo adds the demo accounts, "
        "--demo-activity plausible progress reports, measurements and project capital."
    )

    def add_arguments(self, parser):
        parser.add_argument("--demo", action="store_true", help="also create the demo users (never in production)")
        parser.add_argument(
            "--demo-activity",
            action="store_true",
            help="also add demo reports, measurements and capital through the services (idempotent, DEBUG only)",
        )

    def handle(self, *args, demo=False, demo_activity=False, verbosity=1, **options):
        paths = plan_documents()
        if not paths:
            raise CommandError("No plan documents in fixtures/.")
        report = seed_plans(paths)
        if verbosity >= 1:
            for line in report.lines():
                self.stdout.write(line)
            self.stdout.write(self.style.SUCCESS(f"{len(paths)} plans loaded, {report.changed} rows changed."))
        if demo or demo_activity:
            from django.conf import settings

            if not settings.DEBUG:
                raise CommandError("Demo accounts are only created with DEBUG=1 (never in production).")
        if demo:
            from portal.demo import ensure_demo_users

            created = ensure_demo_users()
            self.stdout.write(f"Demo users created: {', '.join(created) or 'none (already there)'}")
            from portal.demo import publish_demo_plans

            published = publish_demo_plans()
            self.stdout.write(f"Plans published for citizens: {', '.join(published) or 'none (already done)'}")
        if demo_activity:
            from portal.demo_activity import ensure_demo_activity

            counts = ensure_demo_activity()
            self.stdout.write("Demo activity added: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
