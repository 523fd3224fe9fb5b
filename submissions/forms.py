"""What every resident form has besides its own fields: the honeypot."""

from django import forms
from django.utils.translation import gettext_lazy as _

NOT_SAVED = _("What you sent could not be saved. Leave the last field empty and try again.")


class ResidentForm(forms.Form):
    """A form a resident sends from a page without an account (submissions.flow).

    It takes the request, for forms whose choices come from the reader's vocabulary,
    and the page it is sent from, for forms that ask what that page needs; it carries
    the honeypot: a field hidden from people
    (templates/submissions/honeypot.html) that bots filling in every field fill too.
    """

    website = forms.CharField(label=_("Leave this field empty"), required=False)

    # Shown above the form when the honeypot was filled in; a form may say it its way.
    spam_message = NOT_SAVED

    def __init__(self, *args, request=None, page=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request, self.page = request, page
        # Last, where the templates put it, after the subject's own fields.
        self.fields["website"] = self.fields.pop("website")

    @property
    def is_spam(self):
        return bool(self.data.get("website"))
