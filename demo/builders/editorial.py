"""The editorial workflow's demo, built after every other subject, from
``demo/content/editorial/``.

- One account per role, on a local machine only (DEBUG on), with its password printed.
- Pages waiting for a moderator: a new guide, and a change to a programme's page.
- Translations out of date: a Swedish guide is changed after it was translated, so its
  five translations need updating.
- Two guides past their review date (their ``last_reviewed`` in demo/content/guides/).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from courses.models import ProgrammePage
from demo.loader import CONTENT, check_listed, finish_translations, read_page, stream
from guides.models import GuideIndexPage, GuidePage

FOLDER = CONTENT / "editorial"


def read():
    changes = read_page(FOLDER, "changes")
    new_guide = changes["waiting_guide"]["guide"]
    check_listed(FOLDER, ["accounts", "changes", new_guide])
    guide = read_page(FOLDER, new_guide)
    guide["body"] = stream(guide["body"])
    return {
        "accounts": read_page(FOLDER, "accounts")["account"],
        "outdated_translation": changes["outdated_translation"],
        "waiting_change": changes["waiting_change"],
        "waiting_guide": {"section": changes["waiting_guide"]["section"], "page": guide},
    }


def plan(content):
    return (
        f"Editorial: {len(content['accounts'])} accounts (local only), a new guide and a "
        "changed programme for a moderator, a guide's translations out of date"
    )


def build(content, stdout=None, update_catalogues=False):
    if update_catalogues:
        return
    # The changes below are made after the translations, which may still be under way.
    finish_translations()
    accounts = _accounts(content["accounts"], stdout) if settings.DEBUG else {}
    editor = accounts.get("redaktor")
    _change_after_translation(content["outdated_translation"], editor, accounts.get("moderator"))
    waiting = _submit_for_moderation(content, editor)
    if stdout is not None:
        stdout.write(
            f"Editorial: {waiting} pages waiting for a moderator, one guide's translations out "
            "of date."
        )


def _accounts(rows, stdout):
    """One account per role for trying the admin locally; never on a server."""
    User = get_user_model()
    accounts, created = {}, []
    for row in rows:
        username = row["username"]
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username,
                password=username,
                first_name=row["first_name"],
                last_name=row["last_name"],
            )
            user.groups.add(Group.objects.get(name=row["group"]))
            created.append(username)
        accounts[username] = user
    if stdout is not None:
        stdout.write("Demo accounts for each role (local only; the password is the user name):")
        for row in rows:
            new = "  (new)" if row["username"] in created else ""
            stdout.write(f"  {row['username']:<16} {row['group']}{new}")
    return accounts


def _change_after_translation(change, editor, moderator):
    guide = GuidePage.objects.get(slug=change["guide"], locale__language_code="sv")
    if guide.intro != change["intro"]:
        guide.intro = change["intro"]
        guide.save_revision(user=editor, log_action=True).publish(user=moderator)


def _submit_for_moderation(content, editor):
    """Pages an editor has submitted and a moderator has not approved yet."""
    new = content["waiting_guide"]
    section = GuideIndexPage.objects.get(slug=new["section"], locale__language_code="sv")
    if not section.get_children().filter(slug=new["page"]["slug"]).exists():
        guide = GuidePage(**new["page"], live=False)
        section.add_child(instance=guide)
        _submit(guide, editor)

    change = content["waiting_change"]
    programme = ProgrammePage.objects.get(slug=change["programme"], locale__language_code="sv")
    if programme.intro != change["intro"] and not programme.workflow_in_progress:
        # Only the new revision has the change; the live page stays as it is until approved.
        programme.intro = change["intro"]
        _submit(programme, editor)
    return WorkflowState.objects.active().count()


def _submit(page, editor):
    page.save_revision(user=editor, log_action=True)
    page.get_workflow().start(page, editor)
