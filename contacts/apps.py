from django.apps import AppConfig


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = "City contacts"

    def ready(self):
        from contacts.models import CityContact
        from core.cache import bump_version_on_change

        bump_version_on_change(CityContact)
