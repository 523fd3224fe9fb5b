"""Form fields and cleaning that more than one kind of resident submission needs."""

from django import forms
from django.utils.translation import gettext_lazy as _

# The length of models.EmailField's column. Django's form field would accept 320
# characters (RFC 5321's limit), and a longer address than the column holds is an
# error in the database after the answers were taken: the submission would be lost.
EMAIL_MAX_LENGTH = 254

# For a choice field given a value that is not among its options.
INVALID_CHOICE = _("Choose one of the options in the list.")


def printable(text):
    """Text without the control characters some clients send; line breaks kept."""
    return "".join(ch for ch in text if ch in "\n\t" or ch.isprintable()).strip()


class EmailField(forms.EmailField):
    """An e-mail address that fits the column it is saved in."""

    default_error_messages = {
        "max_length": _("Write an e-mail address of at most %(limit_value)d characters."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", EMAIL_MAX_LENGTH)
        super().__init__(**kwargs)
