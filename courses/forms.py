from django import forms
from django.utils.translation import gettext_lazy as _

from courses.blocks import MaterialKind
from guides.forms import INVALID_CHOICE


class MaterialFilterForm(forms.Form):
    programme = forms.ChoiceField(label=_("Programme"), required=False)
    module = forms.ChoiceField(label=_("Module"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    kind = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("All types")), *MaterialKind.CHOICES]
    )

    def __init__(self, *args, programmes, modules, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].choices = [("", _("All programmes")), *programmes]
        self.fields["module"].choices = [("", _("All modules")), *modules]
        self.fields["language"].choices = [("", _("All languages")), *languages]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = INVALID_CHOICE
