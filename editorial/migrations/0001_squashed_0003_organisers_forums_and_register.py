"""What 0001_roles, 0002_search_synonyms and 0003_organisers_forums_and_register did on a
database part-way: create the editorial roles. A new database gets them after its
migrations, as every database does (editorial.roles.apply_after_migrate)."""

from django.db import migrations


class Migration(migrations.Migration):
    replaces = [
        ("editorial", "0001_roles"),
        ("editorial", "0002_search_synonyms"),
        ("editorial", "0003_organisers_forums_and_register"),
    ]

    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contacts", "0001_squashed_0004_pages_is_example"),
        ("courses", "0001_squashed_0006_application_source"),
        ("events", "0001_squashed_0010_personal_data_out_of_the_reference_index"),
        ("guides", "0001_squashed_0004_pages_is_example"),
        ("search", "0001_squashed_0004_synonym_group"),
        ("taxonomy", "0001_squashed_0003_help_texts"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = []
