"""Blocks for forums: the agenda, the questions answered and the material handed out."""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import RICH_TEXT_FEATURES
from events.choices import QuestionStatus


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("Time"), required=False)
    title = blocks.CharBlock(label=_("What happens"), max_length=150)
    description = blocks.CharBlock(label=_("More about it"), max_length=300, required=False)

    class Meta:
        icon = "time"
        template = "components/blocks/agenda_item_block.html"
        label = _("Agenda item")
        description = _("One point of the programme, with the time it starts.")
        preview_value = {"time": "18:00", "title": "Välkommen", "description": "Kaffe och fika."}


class QuestionValue(blocks.StructValue):
    @property
    def status_label(self):
        return QuestionStatus(self.get("status") or QuestionStatus.ANSWERED).label

    @property
    def is_answered(self):
        return (self.get("status") or QuestionStatus.ANSWERED) == QuestionStatus.ANSWERED


class QuestionAnswerBlock(blocks.StructBlock):
    """A question asked at a forum: who in the city owns it, where it stands, the answer.

    The forum's preparation view (events.preparation) reads the status and the unit of
    the questions of earlier forums in the same district and theme."""

    question = blocks.CharBlock(label=_("Question"), max_length=250)
    status = blocks.ChoiceBlock(
        label=_("Status"),
        choices=QuestionStatus.choices,
        default=QuestionStatus.ANSWERED,
        help_text=_("Answered, passed on to the unit that owns it, or still open."),
    )
    unit = SnippetChooserBlock(
        "contacts.CityContact",
        label=_("City unit that owns the question"),
        required=False,
        help_text=_("Residents can contact the unit about it. Leave empty if none does."),
    )
    answer = blocks.RichTextBlock(
        label=_("Answer"),
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text=_("Required for an answered question. For the others: what happens next."),
    )

    def clean(self, value):
        value = super().clean(value)
        answered = value.get("status") == QuestionStatus.ANSWERED
        # An empty editor still holds a paragraph (<p data-block-key="…"></p>).
        answer = strip_tags(value["answer"].source) if value.get("answer") else ""
        if answered and not answer.strip():
            raise StructBlockValidationError(
                block_errors={"answer": ValidationError(_("Write the answer."))}
            )
        return value

    class Meta:
        icon = "help"
        template = "components/blocks/question_answer_block.html"
        label = _("Question and answer")
        description = _(
            "A question asked at the forum, the city unit that owns it, where it stands "
            "and the answer."
        )
        value_class = QuestionValue
        preview_value = {
            "question": "Var kan jag få hjälp?",
            "status": "answered",
            "answer": "<p>Ring stadens kontaktcenter.</p>",
        }


class MaterialBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    document = DocumentChooserBlock(label=_("Document"))

    def get_preview_value(self):
        from wagtail.documents import get_document_model

        document = get_document_model().objects.first()
        return self.to_python({"title": "Presentation", "document": document and document.pk})

    class Meta:
        icon = "doc-full"
        template = "components/blocks/material_block.html"
        label = _("Material")
        description = _("A document from the forum, such as the slides or a fact sheet.")


class AgendaStreamBlock(blocks.StreamBlock):
    item = AgendaItemBlock()


class QuestionsStreamBlock(blocks.StreamBlock):
    question = QuestionAnswerBlock()


class MaterialsStreamBlock(blocks.StreamBlock):
    material = MaterialBlock()
