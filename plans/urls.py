from django.urls import path

from plans import views

# URL kwargs are named after the object (ward_slug, plan_pk, item_pk): the isolation test
# (portal/tests/test_isolation.py) substitutes another ward's object by that name.
urlpatterns = [
    path("wards/<slug:ward_slug>/plans/", views.plan_list, name="plan_list"),
    path("wards/<slug:ward_slug>/plans/new/", views.plan_create, name="plan_create"),
    path("plans/<int:plan_pk>/edit/", views.plan_edit, name="plan_edit"),
    path("plans/<int:plan_pk>/archive/", views.plan_archive, name="plan_archive"),
    path("plans/<int:plan_pk>/tree/", views.plan_tree_edit, name="plan_tree_edit"),
    path("plans/<int:plan_pk>/items/new/", views.item_create, name="item_create"),
    path("items/<int:item_pk>/edit/", views.item_edit, name="item_edit"),
    path("items/<int:item_pk>/move/", views.item_move, name="item_move"),
    path("items/<int:item_pk>/shift/", views.item_shift, name="item_shift"),
    path("items/<int:item_pk>/remove/", views.item_remove, name="item_remove"),
    path("items/<int:item_pk>/restore/", views.item_restore, name="item_restore"),
]
