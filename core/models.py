from django.db import models


class WardGeneration(models.Model):
    """A number that changes whenever a ward's data changes: the key of its cached figures.

    Kept in the database, in the same transaction as the write that bumps it, so every app
    server sees the change at once whatever its cache (per-process or shared). See
    ``core.generation``.
    """

    ward = models.OneToOneField("plans.Ward", on_delete=models.CASCADE, primary_key=True, related_name="+")
    value = models.BigIntegerField(default=0)

    class Meta:
        # The table keeps the name it had when the generation lived in ``scale``.
        db_table = "scale_wardgeneration"
        verbose_name = "ward data generation"

    def __str__(self) -> str:
        return f"{self.ward_id}: {self.value}"
