"""Blocks for forums: the agenda, the questions answered and the material handed out."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from core.blocks import RICH_TEXT_FEATURES


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


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "components/blocks/question_answer_block.html"
        label = _("Question and answer")
        description = _("A question asked at the forum and the city's answer.")
        preview_value = {
            "question": "Var kan jag få hjälp?",
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
