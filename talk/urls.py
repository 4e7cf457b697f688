from django.urls import path

from talk import views

app_name = "talk"

urlpatterns = [
    path("tasks/<int:task_pk>/comments/", views.task_thread, name="task_thread"),
    path("targets/<int:target_pk>/comments/", views.target_thread, name="target_thread"),
    path("comments/<int:comment_pk>/remove/", views.comment_remove, name="comment_remove"),
    path("notifications/", views.notification_list, name="notifications"),
    path("notifications/<int:notification_pk>/open/", views.notification_open, name="notification_open"),
    path("notifications/read-all/", views.notification_read_all, name="notification_read_all"),
]
