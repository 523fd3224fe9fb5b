from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content: installed by the development and test settings only."""

    name = "demo"
    label = "demo"
    verbose_name = "Demo content"
