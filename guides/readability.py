"""LIX, the Swedish readability index (läsbarhetsindex, Björnsson 1968).

LIX = words per sentence + the percentage of long words (more than six letters).
Editors see it for the body of Swedish guides and easy-to-read versions.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

LANGUAGE = "sv"  # LIX was made for Swedish
WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
# A sentence ends at a full stop, an exclamation or question mark, or a colon, and
# at the end of a block of text (a heading or a list item ends without a stop).
SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)")
LONG_WORD = 7  # letters: "more than six"

# The usual bands, with the kind of text that scores in them.
BANDS = [
    (25, _("Very easy: children's books")),
    (30, _("Easy: simple texts")),
    (40, _("Medium: newspapers and fiction")),
    (50, _("Difficult: factual information")),
    (60, _("Very difficult: specialist literature")),
    (None, _("Extremely difficult: bureaucratic language")),
]
# Easy-to-read Swedish (lättläst) should stay in the easy bands.
EASY_READ_MAX = 30

# The parts of a guide's body that are prose; contact cards, links, tables, images and
# lists of forums are not.
PROSE_BLOCKS = {"heading", "paragraph", "callout", "steps", "faq"}


@dataclass(frozen=True)
class Lix:
    score: int
    words: int
    sentences: int
    long_words: int

    @property
    def band(self):
        for limit, label in BANDS:
            if limit is None or self.score < limit:
                return label
        raise AssertionError("the last band has no limit")


def lix(texts):
    """The LIX of these blocks of text, or None when they have no words."""
    words = sentences = long_words = 0
    for text in texts:
        found = WORD.findall(text)
        if not found:
            continue
        words += len(found)
        long_words += sum(len(word.replace("-", "")) >= LONG_WORD for word in found)
        ends = SENTENCE_END.findall(text)
        # Words after the last stop make one more sentence.
        tail = SENTENCE_END.split(text)[-1]
        sentences += len(ends) + (1 if WORD.search(tail) else 0)
    if not words:
        return None
    score = words / sentences + 100 * long_words / words
    return Lix(round(score), words, sentences, long_words)


def body_texts(body):
    """The prose of a stream field's blocks, as plain text, one string per piece."""
    texts = []
    for child in body:
        if child.block_type in PROSE_BLOCKS:
            texts += _texts(child.block, child.value)
    return texts


def _texts(block, value):
    """The text a reader reads in one block: no choices (a heading's level, a callout's
    kind), links or chosen objects."""
    if value is None or isinstance(block, blocks.ChoiceBlock):
        return []
    if isinstance(block, blocks.StructBlock):
        return [
            text
            for name, child in block.child_blocks.items()
            for text in _texts(child, value.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in _texts(block.child_block, item)]
    if isinstance(block, blocks.RichTextBlock | blocks.CharBlock | blocks.TextBlock):
        return [str(text) for text in block.get_searchable_content(value)]
    return []
