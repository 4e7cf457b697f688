"""Rows written before the approval cycle (core.review) existed count as approved: the seeded
and demo figures, and everything the wards entered, keep counting on the dashboards."""

from django.db import migrations


def approve_existing(apps, schema_editor):
    for name in ("progressreport", "historicalprogressreport"):
        apps.get_model("assignments", name).objects.all().update(review_state="approved")


class Migration(migrations.Migration):
    dependencies = [("assignments", "0009_review_cycle")]

    operations = [migrations.RunPython(approve_existing, migrations.RunPython.noop)]
