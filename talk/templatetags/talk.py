"""``{% load talk %}{% comment_thread task %}``: a task's or a target's thread on its page.

The task and target pages belong to lower floors, which never import talk; a template tag
library is found by name when the page is rendered, so the thread comes with no import.
"""

from django import template

from talk.threads import thread_context

register = template.Library()


@register.inclusion_tag("talk/_thread.html", takes_context=True)
def comment_thread(context, subject):
    request = context["request"]
    return {**thread_context(request.user, subject), "request": request, "csrf_token": context.get("csrf_token")}
