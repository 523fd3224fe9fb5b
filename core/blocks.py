"""Blocks shared by every kind of page body.

Every block carries an icon, a description and a preview so editors can see
what they are picking. There is deliberately no raw-HTML block.
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

# Rich text stays simple: plain-language pages need little more than
# emphasis, lists and links.
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingValue(blocks.StructValue):
    def anchor(self):
        return slugify(self.get("text") or "", allow_unicode=True)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading_block.html"
        value_class = HeadingValue
        label = _("Heading")
        description = _("A heading that starts a new section of the page.")
        preview_value = {"text": "Så fungerar staden", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/blocks/paragraph_block.html"
        label = _("Paragraph")
        description = _("Running text with optional lists and links.")
        preview_value = (
            "<p>Stadsdelsnämnderna ansvarar för förskola, äldreomsorg och socialtjänst.</p>"
        )


class NoticeValue(blocks.StructValue):
    def is_warning(self):
        return self.get("kind") == "warning"


class NoticeBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("information", _("Information")), ("warning", _("Warning"))],
        default="information",
    )
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "components/blocks/notice_block.html"
        value_class = NoticeValue
        label = _("Callout")
        description = _("A highlighted box: information readers should not miss, or a warning.")
        preview_value = {
            "kind": "warning",
            "heading": "Viktigt",
            "text": "<p>Ansökan ska vara inne senast den 1 mars.</p>",
        }


class BodyStreamBlock(blocks.StreamBlock):
    """The body of a plain information page."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    notice = NoticeBlock()


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Link text"), max_length=150)
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    document = DocumentChooserBlock(label=_("Document"), required=False)
    url = blocks.URLBlock(label=_("Address on another site"), required=False)

    def clean(self, value):
        value = super().clean(value)
        chosen = [name for name in ("page", "document", "url") if value.get(name)]
        if len(chosen) != 1:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "title": blocks.BlockValidationError(
                        _("Choose exactly one: a page, a document or an address.")
                    )
                }
            )
        return value
