def roles(request):
    """The signed-in user's profile, for menus (None for anonymous users)."""
    user = getattr(request, "user", None)
    profile = getattr(user, "profile", None) if user is not None and user.is_authenticated else None
    return {"profile": profile}
