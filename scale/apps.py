from django.apps import AppConfig


class ScaleConfig(AppConfig):
    name = "scale"
    verbose_name = "Scale: synthetic wards, benchmarks, cache generations"

    def ready(self) -> None:
        from scale import signals

        signals.connect()
