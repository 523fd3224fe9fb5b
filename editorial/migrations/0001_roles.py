"""Create the editorial roles (see editorial/roles.py) on every database."""

from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import migrations


def ensure_permissions(apps):
    """Permissions are normally created after all migrations have run; the roles need
    them now, on a new database."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_contenttypes(app_config, apps=apps, verbosity=0)
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles(apps, schema_editor):
    from editorial import roles

    ensure_permissions(apps)
    roles.apply(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contacts", "0002_initial"),
        ("courses", "0003_projects_mentors_applications"),
        ("events", "0001_initial"),
        ("guides", "0002_alter_guidepage_body"),
        ("search", "0002_indexentry_title_body_gin"),
        ("taxonomy", "0002_language_theme"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
