import pytest

from portal.tests.world import build_world
from talk.models import Comment, Notification


@pytest.fixture
def world(today):
    """Bạch Đằng, Nguyễn Đại Năng and a ward of another city (``portal/tests/world.py``), their
    threads empty: these tests count what they write."""
    world = build_world()
    Notification.objects.all().delete()
    Comment.objects.all().delete()
    return world


@pytest.fixture
def bd(world):
    return world.bd
