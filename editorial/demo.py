"""Demo of the editorial workflow, built after every other section's demo content.

- One account per role, on a local machine only (DEBUG on), with its password printed.
- Pages waiting for a moderator: a new guide, and a change to a programme's page.
- One translation out of date: the Swedish "Lämna synpunkter" guide is changed after
  its English translation was made (the guide has no other translation).
- Two guides past their review date (set in guides/demo.py).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from courses.models import ProgrammePage
from editorial import roles
from guides.models import GuideIndexPage, GuidePage

ACCOUNTS = [
    # username, first name, last name, group
    ("redaktor", "Rut", "Redaktör", roles.EDITORS),
    ("moderator", "Mona", "Moderator", roles.MODERATORS),
    ("oversattare-en", "Edward", "Translator", roles.TRANSLATORS["en"]),
    ("oversattare-ar", "Amal", "Mutarjim", roles.TRANSLATORS["ar"]),
    ("oversattare-fa", "Parisa", "Motarjem", roles.TRANSLATORS["fa"]),
    ("oversattare-so", "Hodan", "Turjubaan", roles.TRANSLATORS["so"]),
    ("oversattare-fi", "Aino", "Kääntäjä", roles.TRANSLATORS["fi"]),
    ("arrangor", "Ali", "Arrangör", roles.EVENT_ORGANISERS),
    ("programstab", "Pia", "Programansvarig", roles.PROGRAMME_STAFF),
]

OUTDATED_GUIDE = "lamna-synpunkter"
CHANGED_INTRO = (
    "Har du synpunkter på stadens service? Här får du veta hur du lämnar beröm, förslag "
    "eller klagomål, när du kan vänta dig svar och vad som är bra att tänka på."
)

NEW_GUIDE = {
    "title": "Hyra en lokal för föreningen",
    "slug": "hyra-lokal",
    "intro": (
        "Behöver föreningen en lokal för möten eller aktiviteter? Här får du veta var du "
        "kan fråga och vad som är bra att tänka på innan ni hyr."
    ),
    "listing_summary": "Var föreningen kan hyra en lokal, och vad ni ska tänka på.",
    "audience": "associations",
    "content_owner": "Stadsdelsförvaltningarna",
    "body": [
        (
            "paragraph",
            "<p>Många stadsdelsförvaltningar hyr ut lokaler till föreningar, till exempel i "
            "medborgarhus och fritidsgårdar. Fråga din stadsdelsförvaltning vilka lokaler "
            "som finns och vad de kostar.</p>",
        ),
        (
            "paragraph",
            "<p>Bestäm i styrelsen vem som får boka och betala. Skriv in det i protokollet, "
            "så att alla vet vem som ansvarar för lokalen.</p>",
        ),
    ],
}
PROGRAMME_CHANGE = (
    "ledarprogrammet",
    "Ledarprogrammet är för dig som är engagerad i din stadsdel och har ett stort nätverk. "
    "Under ett år lär du dig hur staden fungerar och hur du kan påverka. Du driver också "
    "ett eget projekt med stöd av en handledare och en mentor. Ansökan öppnar i februari.",
)


def build(stdout=None, update_catalogues=False):
    if update_catalogues:
        return
    accounts = _accounts(stdout) if settings.DEBUG else {}
    editor = accounts.get("redaktor")
    _change_after_translation(editor, accounts.get("moderator"))
    waiting = _submit_for_moderation(editor)
    if stdout is not None:
        stdout.write(
            f"Editorial: {waiting} pages waiting for a moderator, one translation out of date."
        )


def _accounts(stdout):
    """One account per role for trying the admin locally; never on a server."""
    User = get_user_model()
    accounts, created = {}, []
    for username, first_name, last_name, group in ACCOUNTS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username, password=username, first_name=first_name, last_name=last_name
            )
            user.groups.add(Group.objects.get(name=group))
            created.append(username)
        accounts[username] = user
    if stdout is not None:
        stdout.write("Demo accounts for each role (local only; the password is the user name):")
        for username, _first, _last, group in ACCOUNTS:
            stdout.write(f"  {username:<16} {group}{'  (new)' if username in created else ''}")
    return accounts


def _change_after_translation(editor, moderator):
    guide = GuidePage.objects.get(slug=OUTDATED_GUIDE, locale__language_code="sv")
    if guide.intro != CHANGED_INTRO:
        guide.intro = CHANGED_INTRO
        guide.save_revision(user=editor, log_action=True).publish(user=moderator)


def _submit_for_moderation(editor):
    """Pages an editor has submitted and a moderator has not approved yet."""
    section = GuideIndexPage.objects.get(slug="driva-forening", locale__language_code="sv")
    if not section.get_children().filter(slug=NEW_GUIDE["slug"]).exists():
        guide = GuidePage(**NEW_GUIDE, live=False)
        section.add_child(instance=guide)
        _submit(guide, editor)

    slug, intro = PROGRAMME_CHANGE
    programme = ProgrammePage.objects.get(slug=slug, locale__language_code="sv")
    if programme.intro != intro and not programme.workflow_in_progress:
        # Only the new revision has the change; the live page stays as it is until approved.
        programme.intro = intro
        _submit(programme, editor)
    return WorkflowState.objects.active().count()


def _submit(page, editor):
    page.save_revision(user=editor, log_action=True)
    page.get_workflow().start(page, editor)
