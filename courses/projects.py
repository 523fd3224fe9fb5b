"""Participants' projects: reading a participant's project, the participant's form for
what its public page may show (ProjectPage.shared), and the staff's form for the
project, its milestones and its seed money."""

from django import forms
from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import gettext_lazy as _

from core.cache import bump_version
from courses.models import Milestone, Project, ProjectPage


def remember_page(sender, instance, **kwargs):
    """Before a project is saved: the public page it was linked to until now."""
    instance.previous_page_key = (
        Project.objects.filter(pk=instance.pk).values_list("page_key", flat=True).first()
        if instance.pk
        else None
    )


def public_page_changed(sender, instance, **kwargs):
    """What a project page shows of its project may have changed (a yes taken back, a
    report written, another page linked): the page is made again, and the proxy in
    front forgets it in every language (core.cache, operations.frontend), so a name
    taken back is gone at once, not when the proxy's copy expires."""
    keys = {instance.page_key, getattr(instance, "previous_page_key", None)} - {None}
    for page in ProjectPage.objects.filter(translation_key__in=keys, locale__language_code="sv"):
        bump_version(sender=ProjectPage, instance=page)


def project_of(participant):
    """The participant's project, or None before staff have added it."""
    try:
        return participant.project
    except ObjectDoesNotExist:
        return None


class ProjectForm(forms.ModelForm):
    """The staff's form: the project, its seed money and its report. What the public
    page shows is the participant's to decide (PublishingForm on their own page)."""

    class Meta:
        model = Project
        fields = [
            "title",
            "district",
            "supervisor",
            "page_key",
            "openlab_url",
            "seed_granted",
            "seed_granted_on",
            "seed_paid",
            "seed_paid_on",
            "report",
            "reported_on",
        ]
        widgets = {
            "seed_granted_on": forms.DateInput(attrs={"type": "date"}),
            "seed_paid_on": forms.DateInput(attrs={"type": "date"}),
            "reported_on": forms.DateInput(attrs={"type": "date"}),
            "report": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = self.fields["district"].queryset.filter(
            locale__language_code="sv"
        )
        pages = ProjectPage.objects.child_of(programme).order_by("title")
        self.fields["page_key"] = forms.TypedChoiceField(
            label=_("Public project page"),
            required=False,
            coerce=str,
            empty_value=None,
            choices=[("", _("None")), *((str(p.translation_key), p.title) for p in pages)],
            help_text=_(
                "The page about the project on the site. It shows the participant's name, "
                "seed money, report and Open Lab link only if the participant agreed."
            ),
        )
        if self.instance.page_key:
            self.initial["page_key"] = str(self.instance.page_key)

    def clean(self):
        data = super().clean()
        for amount, day in (("seed_granted", "seed_granted_on"), ("seed_paid", "seed_paid_on")):
            if data.get(amount) is not None and not data.get(day):
                self.add_error(day, _("Give the date as well."))
        if data.get("seed_paid") and (data.get("seed_granted") or 0) < data["seed_paid"]:
            self.add_error("seed_paid", _("More is paid than was granted."))
        if data.get("report") and not data.get("reported_on"):
            self.add_error("reported_on", _("Give the date of the report."))
        return data


class PublishingForm(forms.ModelForm):
    """What a participant lets the public project page show, each item on its own."""

    class Meta:
        model = Project
        fields = ["publish_name", "publish_seed_money", "publish_report", "publish_openlab"]
        labels = {
            "publish_name": _("My name"),
            "publish_seed_money": _("The seed money the project got"),
            "publish_report": _("My report on the project"),
            "publish_openlab": _("The link to the project at Open Lab"),
        }


MilestoneFormSet = forms.inlineformset_factory(
    Project,
    Milestone,
    fields=["title", "due_on", "done_on"],
    widgets={
        "due_on": forms.DateInput(attrs={"type": "date"}),
        "done_on": forms.DateInput(attrs={"type": "date"}),
    },
    extra=2,
    can_delete=True,
)
