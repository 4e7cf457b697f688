import pytest


@pytest.fixture(scope="session")
def seeded_db(django_db_setup, django_db_blocker):
    """Both plans loaded once for the session (tests that use it must not change them)."""
    from portal.seeding import seed_plans

    with django_db_blocker.unblock():
        seed_plans()


@pytest.fixture
def today(monkeypatch):
    """Pins "today" (django.utils.timezone.localdate) to 27/11/2026, in the fourth quarter."""
    import datetime as dt

    day = dt.date(2026, 11, 27)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: day)
    return day


@pytest.fixture(autouse=True)
def _reset_language():
    """A request in English (language switch) must not leak English into the next test."""
    yield
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def periods_open(monkeypatch):
    """Reporting periods never close (``plans.locks``): for tests of other rules that write
    reports into periods the calendar has long closed. The lock has its own tests."""
    monkeypatch.setattr("plans.locks.close_days_of", lambda ward_id: 100_000)
    monkeypatch.setattr("plans.locks.close_days_from", lambda ward: 100_000)
