import pytest


@pytest.fixture(scope="session")
def seeded_db(django_db_setup, django_db_blocker):
    """Both plans loaded once for the session (tests that use it must not change them)."""
    from portal.seeding import seed_plans

    with django_db_blocker.unblock():
        seed_plans()
