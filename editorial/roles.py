"""The portal's editorial roles, each a group with exactly the permissions its job needs.

- Editors write and edit pages in every language and submit them for moderation.
- Moderators approve and publish, lock and unlock.
- Translators, one group per language, translate and publish the pages of their
  language's tree, and cannot edit the Swedish source pages or any other language.
- Event organisers see, correct and export forum registrations, check people in at
  the door, and edit the Swedish forum pages (to record the questions asked and their
  answers) for moderators to approve; nothing else.
- Event organisers and programme staff share the association register (organisers
  keep it; programme staff read it).
- Programme staff review applications and offers to mentor, and run each round: its
  participants, who came to which session, their projects and their mentors.

Nobody but an administrator sees registrations, applications or the reports without
being given them: they hold residents' personal data.

The data migration ``0001_roles`` applies these; a signal gives a translator group its
language's tree when that tree's home page is created, as a language's tree only exists
once the first page is translated.
"""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.models.signals import post_migrate, post_save

EDITORS = "Editors"
MODERATORS = "Moderators"
EVENT_ORGANISERS = "Event organisers"
PROGRAMME_STAFF = "Programme staff"
TRANSLATORS = {
    "en": "Translators (English)",
    "ar": "Translators (Arabic)",
    "fa": "Translators (Persian)",
    "so": "Translators (Somali)",
    "fi": "Translators (Finnish)",
}

SNIPPETS = [
    "contacts.citycontact",
    "taxonomy.topic",
    "taxonomy.district",
    "taxonomy.theme",
    "taxonomy.language",
    "guides.influencepath",
    "events.association",
    "wagtailsearchpromotions.searchpromotion",
    "search.synonymgroup",
]
CONTENT_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    *[
        f"{app}.{action}_{model}"
        for app, model in (snippet.split(".") for snippet in SNIPPETS)
        for action in ("add", "change", "delete")
    ],
    "guides.view_pagefeedback",
    "search.view_querycount",
]

# Model permissions per role ("app_label.codename").
PERMISSIONS = {
    EDITORS: CONTENT_PERMISSIONS,
    MODERATORS: CONTENT_PERMISSIONS,
    EVENT_ORGANISERS: [
        "wagtailadmin.access_admin",
        "events.view_registration",
        "events.change_registration",
        "events.view_associationrecord",
        "events.add_associationrecord",
        "events.change_associationrecord",
        "events.delete_associationrecord",
        "pathways.send_news",
    ],
    PROGRAMME_STAFF: [
        "wagtailadmin.access_admin",
        "courses.view_application",
        "courses.change_application",
        "courses.view_mentoroffer",
        "courses.change_mentoroffer",
        "courses.view_participant",
        "courses.change_participant",
        "courses.change_project",
        "courses.change_mentorship",
        "events.view_associationrecord",
        "pathways.send_news",
    ],
    **{group: ["wagtailadmin.access_admin"] for group in TRANSLATORS.values()},
}

# Page permissions on the whole tree (the root page), per role.
TREE_PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
# Event organisers' page permissions, on the Swedish forum list and the forums under it:
# their changes go to the moderators like an editor's.
ORGANISER_PAGE_PERMISSIONS = ["add_page", "change_page"]
# A translator's page permissions, on their language's home page and what is under it.
TRANSLATOR_PAGE_PERMISSIONS = ["change_page", "publish_page"]
# Images and documents: editors and moderators add and change them; translators may only
# choose them, for a translation that needs its own image or file.
MEDIA = [
    f"{action}_{kind}" for kind in ("image", "document") for action in ("add", "change", "choose")
]
COLLECTION_PERMISSIONS = {
    EDITORS: MEDIA,
    MODERATORS: MEDIA,
    **{group: ["choose_image", "choose_document"] for group in TRANSLATORS.values()},
}

MODERATION_WORKFLOW = "Moderators approval"
MODERATION_TASK = "Moderators approval"


def may_delete_live_pages(user):
    """Wagtail lets whoever may change and publish a page delete it. Translators may, in
    their language's tree; but a live page is something residents read and link to, so
    only moderators and administrators take one down for good."""
    return user.is_superuser or user.groups.filter(name=MODERATORS).exists()


def _permission(apps, name):
    app_label, codename = name.split(".")
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(apps, codename):
    return _permission(apps, f"wagtailcore.{codename}")


def apply(apps=global_apps):
    """Create or correct every role. Permissions not listed above are taken away."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name, permissions in PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set([_permission(apps, permission) for permission in permissions])

        tree = TREE_PAGE_PERMISSIONS.get(name, [])
        GroupPagePermission.objects.filter(group=group, page=root_page).exclude(
            permission__codename__in=tree
        ).delete()
        for codename in tree:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=_page_permission(apps, codename)
            )

        collection = COLLECTION_PERMISSIONS.get(name, [])
        GroupCollectionPermission.objects.filter(group=group).exclude(
            permission__codename__in=collection
        ).delete()
        for codename in collection:
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=_permission(apps, f"{app_label}.{codename}"),
            )

    for home in Page.objects.filter(depth=2).select_related("locale"):
        grant_translators(home, apps)
    try:
        EventIndexPage = apps.get_model("events", "EventIndexPage")
    except LookupError:  # an early migration, before the forums exist
        EventIndexPage = None
    if EventIndexPage is not None:
        for index in EventIndexPage.objects.filter(locale__language_code="sv"):
            grant_organisers(index, apps)
    _moderation_workflow(apps, root_page)


def grant_translators(home, apps=global_apps):
    """Give a language's translators its tree, from its home page down."""
    name = TRANSLATORS.get(home.locale.language_code)
    if name is None:
        return
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    group, _created = Group.objects.get_or_create(name=name)
    for codename in TRANSLATOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=home.pk, permission=_page_permission(apps, codename)
        )


def grant_organisers(index, apps=global_apps):
    """Give event organisers the Swedish forum list and the forums under it."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    group, _created = Group.objects.get_or_create(name=EVENT_ORGANISERS)
    for codename in ORGANISER_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=index.pk, permission=_page_permission(apps, codename)
        )


def _moderation_workflow(apps, root_page):
    """Every page an editor submits goes to the moderators: one approval step, on the
    whole tree, so guides, forums and programme pages alike."""
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    task = GroupApprovalTask.objects.filter(name=MODERATION_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=MODERATION_TASK,
            content_type=ContentType.objects.get_for_model(GroupApprovalTask),
            active=True,
        )
    task.groups.set([Group.objects.get(name=MODERATORS)])
    workflow, _created = Workflow.objects.get_or_create(
        name=MODERATION_WORKFLOW, defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


def on_page_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.depth == 2:
        grant_translators(instance)
    if (
        created
        and not raw
        and instance._meta.label == "events.EventIndexPage"
        and instance.locale.language_code == "sv"
    ):
        grant_organisers(instance)


def apply_after_migrate(sender, app_config=None, using=DEFAULT_DB_ALIAS, **kwargs):
    """The roles as this code defines them, after every ``migrate`` (post_migrate): a
    new database gets them, and a changed role reaches every database with the release
    that changes it, without a migration of its own. Runs on the last app's signal,
    when every app's permissions exist."""
    with_models = [config for config in global_apps.get_app_configs() if config.models_module]
    if app_config is not with_models[-1] or using != DEFAULT_DB_ALIAS:
        return
    # Not after a migrate to an earlier state (a rollback): the roles need every table.
    executor = MigrationExecutor(connections[using])
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        return
    apply()


def connect_signals():
    from wagtail.models import Page, get_page_models

    post_migrate.connect(apply_after_migrate, dispatch_uid="editorial-roles")

    for model in [Page, *get_page_models()]:
        post_save.connect(
            on_page_saved, sender=model, dispatch_uid=f"editorial-translators-{model._meta.label}"
        )
