"""Events one app announces and another acts on, without importing each other.

The domain apps (``assignments``, ``targets``, ``projects``) sit below the apps that talk to
people (notifications, comments); they announce what happened here and the upper floor
listens. Every signal sends ``sender`` (the model class) and the keyword arguments named.
"""

from django.dispatch import Signal

# A report (task progress, target value, capital figures) was returned by the follow-up office.
# kwargs: ``instance`` (the report), ``by`` (the user who returned it), ``comment`` (str).
report_returned = Signal()

# A report was submitted by its unit for the office's approval. kwargs: ``instance``, ``by``.
report_submitted = Signal()

# A report was approved. kwargs: ``instance``, ``by``.
report_approved = Signal()

# The reminders job found tasks to chase for a unit on a day (assignments.tasks.remind_ward).
# kwargs: ``ward``, ``unit``, ``day`` (a date), ``chased`` (the unit's ``TaskToChase`` rows:
# ``task``, ``status``, ``reasons``). Sent on every run, a retry included: listeners must
# tell each person once per task and day.
deadline_approaching = Signal()

# The day's job stored a ward's task statuses for a new day (assignments.tasks.refresh_ward_statuses).
# kwargs: ``ward_id``, ``day`` (a date). Listeners may prepare what changes with the day (the city
# dashboard computes the ward's row, so that the first visitor of the day does not wait for it).
statuses_refreshed = Signal()

# A list met tasks whose stored status is not today's: the night's job has not run (assignments.
# stored_status.matching; the read itself writes nothing). kwargs: ``day`` (a date). The
# assignments app queues the day's work once (assignments.tasks.queue_catch_up).
statuses_not_current = Signal()
