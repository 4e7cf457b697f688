from dashboards.tests.conftest import activity, day, login, users  # noqa: F401  (shared fixtures)
