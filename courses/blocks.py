"""Blocks for programmes and their modules: sessions and course materials."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class SessionBlock(blocks.StructBlock):
    """One course day or workshop. The date and times are Stockholm wall-clock times."""

    title = blocks.CharBlock(label=_("What the session is about"), max_length=150)
    date = blocks.DateBlock(label=_("Date"))
    start = blocks.TimeBlock(label=_("Starts"))
    end = blocks.TimeBlock(label=_("Ends"))
    place = blocks.CharBlock(label=_("Place"), max_length=150)
    address = blocks.CharBlock(label=_("Address"), max_length=200, required=False)
    preparation = blocks.TextBlock(
        label=_("What to prepare"),
        required=False,
        help_text=_("What to read or bring. Leave empty when there is nothing."),
    )

    def clean(self, value):
        value = super().clean(value)
        if value.get("start") and value.get("end") and value["end"] <= value["start"]:
            raise StructBlockValidationError(
                block_errors={"end": ValidationError(_("The session must end after it starts."))}
            )
        return value

    class Meta:
        icon = "date"
        template = "components/blocks/session_block.html"
        label = _("Session")
        description = _("A course day or workshop: date, time, place and what to prepare.")


def session_times(value):
    """The start and end of a session as aware datetimes in Stockholm time."""
    zone = timezone.get_default_timezone()
    return (
        datetime.datetime.combine(value["date"], value["start"], zone),
        datetime.datetime.combine(value["date"], value["end"], zone),
    )


class MaterialKind:
    DOCUMENT = "document"
    SLIDES = "slides"
    LINK = "link"
    CHOICES = [
        (DOCUMENT, _("Document")),
        (SLIDES, _("Slides")),
        (LINK, _("Link")),
    ]


class CourseMaterialBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    kind = blocks.ChoiceBlock(label=_("Type"), choices=MaterialKind.CHOICES)
    language = SnippetChooserBlock("taxonomy.Language", label=_("Language of the material"))
    document = DocumentChooserBlock(
        label=_("Document"), required=False, help_text=_("Give a document or a link.")
    )
    url = blocks.URLBlock(label=_("Link"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("document")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "document": ValidationError(_("Choose a document or give a link, not both."))
                }
            )
        return value

    class Meta:
        icon = "doc-full"
        label = _("Course material")
        description = _("A document, slides or a link, with its language.")


class SessionsStreamBlock(blocks.StreamBlock):
    session = SessionBlock()


class CourseMaterialsStreamBlock(blocks.StreamBlock):
    material = CourseMaterialBlock()
