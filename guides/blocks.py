"""Blocks for guides: step-by-step instructions, questions and answers, contacts,
links, images, tables, the organisation diagram and the next forums on a theme."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import RICH_TEXT_FEATURES, HeadingBlock, LinkBlock, NoticeBlock, ParagraphBlock
from events.queries import upcoming_forums
from taxonomy.models import Theme


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step title"), max_length=150)
    body = blocks.RichTextBlock(label=_("What to do"), features=RICH_TEXT_FEATURES)
    connector = blocks.ChoiceBlock(
        label=_("Link to the next step"),
        choices=[
            ("and", _("and: do it together with the next step")),
            ("or", _("or: do this step or the next")),
        ],
        required=False,
        help_text=_("Leave empty when the next step simply follows this one."),
    )


class StepsValue(blocks.StructValue):
    def numbered_steps(self):
        """(number, step) pairs. Steps joined by "and" or "or" share a number, as
        they are one step done in two ways or two parts at once."""
        number, previous_connector, numbered = 0, None, []
        for step in self.get("steps") or []:
            if not previous_connector:
                number += 1
            numbered.append((number, step))
            previous_connector = step.get("connector")
        return numbered


class StepByStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=2)

    class Meta:
        icon = "list-ol"
        template = "components/blocks/step_by_step_block.html"
        value_class = StepsValue
        label = _("Step by step")
        description = _(
            "Numbered steps a reader follows in order, each with a title and what to do."
        )
        preview_value = {
            "title": "Så startar du en förening",
            "steps": [
                {"title": "Samla minst tre personer", "body": "<p>Ni behöver vara minst tre.</p>"},
                {"title": "Skriv stadgar", "body": "<p>Stadgarna är föreningens regler.</p>"},
            ],
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        template = "components/blocks/faq_block.html"
        label = _("Questions and answers")
        description = _("Questions readers can open one at a time to read the answer.")
        preview_value = {
            "heading": "Vanliga frågor",
            "questions": [
                {"question": "Måste föreningen ha ett bankkonto?", "answer": "<p>Nej, men…</p>"}
            ],
        }


class ContactCardBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("contacts.CityContact", **kwargs)

    def get_preview_value(self):
        return self.target_model.objects.filter(is_fallback=True).first()

    class Meta:
        icon = "user"
        template = "components/blocks/contact_card_block.html"
        label = _("Contact card")
        description = _("How to reach one of the city's contacts, kept up to date in one place.")


class LinkListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), min_num=1)

    class Meta:
        icon = "link"
        template = "components/blocks/link_list_block.html"
        label = _("Documents and links")
        description = _("A list of documents to download, pages and other websites.")
        preview_value = {
            "heading": "Läs mer",
            "links": [{"title": "Skatteverket", "url": "https://www.skatteverket.se/"}],
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Say what the image shows for someone who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    def get_preview_value(self):
        from wagtail.images import get_image_model

        image = get_image_model().objects.first()
        return self.to_python({"image": image.pk if image else None, "alt_text": "", "caption": ""})

    class Meta:
        icon = "image"
        template = "components/blocks/image_block.html"
        label = _("Image")
        description = _("An image with a description for people who cannot see it.")


class TableValue(blocks.StructValue):
    def body_rows(self):
        return [list(row) for row in self.get("rows") or []]


class TableBlock(blocks.StructBlock):
    """A plain table whose cells wagtail-localize can translate one by one."""

    caption = blocks.CharBlock(label=_("Caption"), max_length=200)
    header = blocks.ListBlock(
        blocks.CharBlock(label=_("Column heading")), label=_("Column headings")
    )
    rows = blocks.ListBlock(
        blocks.ListBlock(blocks.CharBlock(label=_("Cell"), required=False), label=_("Row")),
        label=_("Rows"),
    )
    first_column_is_header = blocks.BooleanBlock(
        label=_("The first column names each row"), required=False, default=True
    )

    class Meta:
        icon = "table"
        template = "components/blocks/table_block.html"
        value_class = TableValue
        label = _("Table")
        description = _("A small table with a caption and column headings.")
        preview_value = {
            "caption": "Styrelsens roller",
            "header": ["Roll", "Uppgift"],
            "rows": [["Ordförande", "Leder mötena"], ["Kassör", "Sköter ekonomin"]],
            "first_column_is_header": True,
        }


class UpcomingForumsBlock(blocks.StructBlock):
    """The next forums on a theme, in the reader's language, for guides that relate to it."""

    theme = SnippetChooserBlock("taxonomy.Theme", label=_("Theme"))
    district = SnippetChooserBlock(
        "taxonomy.District",
        label=_("District"),
        required=False,
        help_text=_("Leave empty to show forums in every district."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        if page is not None and value.get("theme"):
            district = value.get("district")
            context["forums"] = upcoming_forums(
                page.locale_id,
                theme_key=value["theme"].translation_key,
                district_key=district.translation_key if district else None,
            )
        return context

    def get_preview_value(self):
        return self.to_python({"theme": getattr(Theme.objects.first(), "pk", None)})

    class Meta:
        icon = "date"
        template = "components/blocks/upcoming_forums_block.html"
        label = _("Upcoming forums")
        description = _("The next forums on a theme, with their dates, in the reader's language.")


class GuideStreamBlock(blocks.StreamBlock):
    """The body of a guide."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = NoticeBlock()
    steps = StepByStepBlock()
    faq = FAQBlock()
    contact = ContactCardBlock()
    links = LinkListBlock()
    image = ImageBlock()
    table = TableBlock()
    forums = UpcomingForumsBlock()


class EasyReadStreamBlock(blocks.StreamBlock):
    """The body of an easy-to-read version: few kinds of block, on purpose."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    steps = StepByStepBlock()
    contact = ContactCardBlock()


class OrganisationUnitBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    summary = blocks.CharBlock(label=_("What it does"), max_length=250, required=False)
    page = blocks.PageChooserBlock(label=_("Page that explains it"), required=False)
    contact = SnippetChooserBlock("contacts.CityContact", label=_("Contact"), required=False)


class OrganisationGroupBlock(OrganisationUnitBlock):
    units = blocks.ListBlock(OrganisationUnitBlock(), label=_("Units"), required=False)


class OrganisationChartBlock(OrganisationUnitBlock):
    groups = blocks.ListBlock(OrganisationGroupBlock(), label=_("Bodies below it"))

    class Meta:
        icon = "site"
        template = "components/blocks/organisation_chart_block.html"
        label = _("Organisation diagram")
        description = _(
            "A body at the top and the bodies below it, drawn as boxes and read as lists."
        )
        preview_value = {
            "name": "Kommunfullmäktige",
            "summary": "Stadens högsta beslutande organ.",
            "groups": [
                {"name": "Kommunstyrelsen", "summary": "Leder och följer upp.", "units": []},
                {"name": "Stadsdelsnämnderna", "summary": "Service nära dig.", "units": []},
            ],
        }
