"""Demo accounts, one per role, created only by ``manage.py seed --demo``.

The password is public (README.md): never run ``--demo`` on a production database.
"""

from django.contrib.auth import get_user_model

from accounts.models import Profile
from assignments.models import Unit
from plans.models import City, Ward

DEMO_PASSWORD = "demo-2026"

# username, full name, role, ward slug, unit name
DEMO_USERS = [
    ("bd.ubnd", "Cán bộ UBND phường Bạch Đằng", Profile.Role.OFFICIAL, "bach-dang", "Ủy ban nhân dân phường"),
    ("bd.congan", "Cán bộ Công an phường Bạch Đằng", Profile.Role.OFFICIAL, "bach-dang", "Công an phường"),
    ("bd.vanphong", "Văn phòng Đảng ủy Bạch Đằng", Profile.Role.FOLLOW_UP, "bach-dang", None),
    ("bd.thuongtruc", "Thường trực Đảng ủy Bạch Đằng", Profile.Role.WARD_VIEWER, "bach-dang", None),
    (
        "ndn.ktht",
        "Cán bộ Phòng KTHT&ĐT Nguyễn Đại Năng",
        Profile.Role.OFFICIAL,
        "nguyen-dai-nang",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
    ),
    ("ndn.vanphong", "Văn phòng HĐND-UBND Nguyễn Đại Năng", Profile.Role.FOLLOW_UP, "nguyen-dai-nang", None),
    ("ndn.thuongtruc", "Thường trực HĐND Nguyễn Đại Năng", Profile.Role.WARD_VIEWER, "nguyen-dai-nang", None),
    ("hp.thanhpho", "Cán bộ thành phố Hải Phòng", Profile.Role.CITY_VIEWER, None, None),
]


def ensure_demo_users() -> list[str]:
    """Creates the demo accounts that are missing; returns the usernames created."""
    User = get_user_model()
    created = []
    city = City.objects.get(slug="hai-phong")
    for username, full_name, role, ward_slug, unit_name in DEMO_USERS:
        if User.objects.filter(username=username).exists():
            continue
        ward = Ward.objects.get(slug=ward_slug) if ward_slug else None
        unit = Unit.objects.get(ward=ward, name=unit_name) if unit_name else None
        user = User.objects.create_user(
            username, email=f"{username}@example.invalid", password=DEMO_PASSWORD, first_name=full_name
        )
        Profile.objects.create(user=user, role=role, ward=ward, unit=unit, city=city if not ward else None)
        created.append(username)
    if not User.objects.filter(username="admin").exists():
        admin = User.objects.create_superuser("admin", password=DEMO_PASSWORD, first_name="Quản trị")
        Profile.objects.create(user=admin, role=Profile.Role.ADMIN, city=city)
        created.append("admin")
    return created


# Plans opened to citizens by the demo, so the public pages (/cong-khai/) show something at once.
DEMO_PUBLISHED = [("bach-dang", None)]  # (ward slug, plan code or None for every plan of the ward)


def publish_demo_plans() -> list[str]:
    """Publishes the demo's plans (the plan only: narratives and evidence stay private).

    Once: a plan that was ever published is left as it is, so a withdrawal by the office
    survives the next ``seed --demo`` (``make run`` seeds every time)."""
    from plans.models import Plan
    from plans.services import set_publication

    published = []
    for ward_slug, code in DEMO_PUBLISHED:
        plans = Plan.objects.filter(ward__slug=ward_slug)
        if code:
            plans = plans.filter(code=code)
        for plan in plans:
            if plan.history.filter(published=True).exists():
                continue
            set_publication(plan=plan, published=True, narratives=False, evidence=False)
            published.append(f"{plan.ward.name} {plan.number or plan.code}")
    return published
