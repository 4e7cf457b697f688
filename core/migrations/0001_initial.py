# The ward generation moved here from ``scale``; its table stays where it is.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("plans", "0001_initial"),
        ("scale", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="WardGeneration",
                    fields=[
                        (
                            "ward",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                primary_key=True,
                                related_name="+",
                                serialize=False,
                                to="plans.ward",
                            ),
                        ),
                        ("value", models.BigIntegerField(default=0)),
                    ],
                    options={"verbose_name": "ward data generation", "db_table": "scale_wardgeneration"},
                ),
            ],
        ),
    ]
