"""``manage.py seed --demo-activity``: plausible reports, measurements and capital, written once."""

import pytest
from django.core.management import call_command

from assignments.models import ProgressReport
from projects.models import CapitalYear, Project
from targets.models import Measurement

pytestmark = pytest.mark.django_db


def test_demo_activity_fills_both_wards_once(seeded_db, today, settings, capsys):
    settings.DEBUG = True
    call_command("seed", "--demo", "--demo-activity", verbosity=0)
    counts = (ProgressReport.objects.count(), Measurement.objects.count(), CapitalYear.objects.count())
    for slug in ("bach-dang", "nguyen-dai-nang"):
        assert ProgressReport.objects.filter(task__plan_item__plan__ward__slug=slug).exists()
        assert Measurement.objects.filter(target__plan_item__plan__ward__slug=slug).exists()
        assert Project.objects.filter(ward__slug=slug).exclude(phase=Project.Phase.PROPOSED).exists()
    assert ProgressReport.objects.filter(status=ProgressReport.Status.BLOCKED).exists()
    assert all(r.author_id for r in ProgressReport.objects.all()), "every demo report has an author (history)"
    # The office has reports to review, each sent by an official of the reporting unit.
    waiting = ProgressReport.objects.filter(review_state="submitted").select_related("author__profile")
    assert waiting.exists()
    assert all(r.author.profile.role == "official" and r.author.profile.unit_id == r.unit_id for r in waiting)

    call_command("seed", "--demo-activity", verbosity=0)
    assert (ProgressReport.objects.count(), Measurement.objects.count(), CapitalYear.objects.count()) == counts
    assert "0 reports, 0 measurements, 0 capital_years" in capsys.readouterr().out


def test_demo_activity_refuses_without_debug(seeded_db, settings):
    settings.DEBUG = False
    with pytest.raises(Exception, match="DEBUG"):
        call_command("seed", "--demo-activity", verbosity=0)
