"""The bell in the header: the signed-in user's unread notifications, counted once per page.

Lazy: the count is read only when a template reads it (``base.html`` does on every page for a
signed-in user); none for anonymous visitors. With a shared cache it comes from the cache
(``talk.unread``: no SQL until a notification of the user changes).
"""

from django.utils.functional import SimpleLazyObject

from talk.unread import unread_count


def unread_notifications(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": SimpleLazyObject(lambda: unread_count(user))}
