"""The bell in the header: the signed-in user's unread notifications, counted once per page.

Lazy: the count query runs only when a template reads it (``base.html`` does on every page
for a signed-in user), so at most one query; none for anonymous visitors.
"""

from django.utils.functional import SimpleLazyObject

from talk.models import Notification


def unread_notifications(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": SimpleLazyObject(lambda: Notification.objects.for_user(user).unread().count())}
