# The ward generation is production code: it moved to ``core`` (table kept, see core 0001).

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("scale", "0001_initial"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="WardGeneration")]),
    ]
