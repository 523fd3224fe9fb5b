from django import forms
from django.utils.translation import gettext_lazy as _


class ContactFinderForm(forms.Form):
    """The contact finder's two questions. Choices are the slugs of one language's terms."""

    district = forms.ChoiceField(label=_("Your district"), required=False)
    topic = forms.ChoiceField(label=_("What is your question about?"), required=False)

    error_messages = {
        "empty": _("Choose your district, what your question is about, or both."),
        "invalid_choice": _("Choose one of the options in the list."),
    }

    def __init__(self, *args, districts, topics, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].choices = [("", _("Any district")), *districts]
        self.fields["topic"].choices = [("", _("Any question")), *topics]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = self.error_messages["invalid_choice"]

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("district") and not data.get("topic"):
            raise forms.ValidationError(self.error_messages["empty"], code="empty")
        return data
