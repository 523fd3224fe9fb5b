from django.db import migrations

# Registrations, applications, offers to mentor, feedback and outbox messages were in
# Wagtail's reference index (their admin lists registered them): a forum's "Usage"
# counted its registrations. They are kept out of it now; these are their old rows.
NOT_CONTENT = {
    "events": ["registration"],
    "courses": ["application", "mentoroffer"],
    "guides": ["pagefeedback"],
    "outbox": ["message"],
}


def forget(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    for app_label, models in NOT_CONTENT.items():
        types = ContentType.objects.filter(app_label=app_label, model__in=models)
        ReferenceIndex.objects.filter(content_type__in=types).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0009_forum_alerts"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forget, migrations.RunPython.noop, elidable=True)]
