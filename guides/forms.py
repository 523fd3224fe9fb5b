from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import INVALID_CHOICE, printable
from guides.choices import Audience
from submissions.forms import ResidentForm


class GuideFilterForm(forms.Form):
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    audience = forms.ChoiceField(
        label=_("For"),
        required=False,
        choices=[
            ("", _("Everyone")),
            (Audience.RESIDENTS, _("Residents")),
            (Audience.ASSOCIATIONS, _("Associations")),
        ],
    )

    def __init__(self, *args, topics, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics")), *topics]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = INVALID_CHOICE


class FeedbackForm(ResidentForm):
    helpful = forms.TypedChoiceField(
        label=_("Was this page helpful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no.")},
    )
    comment = forms.CharField(
        label=_("What could we do better? (optional)"),
        help_text=_("Do not write your name, phone number or other personal details."),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": _("Write at most %(limit_value)d characters.")},
    )

    def clean_comment(self):
        return printable(self.cleaned_data["comment"])
