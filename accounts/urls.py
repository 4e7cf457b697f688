from django.urls import path

from accounts import views

# Not under accounts/ (Django's sign-in pages): the isolation test walks these with user_pk.
urlpatterns = [
    path("wards/<slug:ward_slug>/people/", views.people_list, name="people_list"),
    path("wards/<slug:ward_slug>/people/new/", views.person_create, name="person_create"),
    path("people/<int:user_pk>/", views.person_detail, name="person_detail"),
]
