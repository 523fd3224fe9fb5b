"""The demo writes translation sources' segments in bulk (demo/sources.py): the rows must
be those wagtail-localize writes itself, or translating in the admin would differ."""

import pytest
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    StringSegment,
    TemplateSegment,
    TranslationContext,
    TranslationSource,
)

from demo.sources import write_segments

pytestmark = pytest.mark.heavy


def segments(source):
    """Every segment of ``source`` as values: kind, order, path, field path and content."""
    rows = []
    for kind, content in (
        (StringSegment, ("string__data", "attrs")),
        (TemplateSegment, ("template__template",)),
        (RelatedObjectSegment, ("object__translation_key",)),
        (OverridableSegment, ("data_json",)),
    ):
        fields = ("order", "context__path", "context__field_path", *content)
        rows += [
            (kind.__name__, *row) for row in kind.objects.filter(source=source).values_list(*fields)
        ]
    return sorted(rows, key=str)


def forget_segments(source):
    for kind in (StringSegment, TemplateSegment, RelatedObjectSegment, OverridableSegment):
        kind.objects.filter(source=source).delete()
    # wagtail-localize works a context's field path out only when it has none.
    TranslationContext.objects.filter(object_id=source.object_id).update(field_path="")


def test_bulk_segments_are_those_wagtail_localize_writes(db):
    # Sources of every kind the demo has: pages with rich text and stream blocks,
    # snippets, a page with related objects.
    sources = TranslationSource.objects.filter(locale__language_code="sv")
    kinds = sources.values_list("specific_content_type", flat=True).distinct()
    checked = 0
    for kind in kinds:
        source = sources.filter(specific_content_type=kind).order_by("pk").first()
        forget_segments(source)
        source.refresh_segments()  # wagtail-localize's own
        expected = segments(source)
        forget_segments(source)
        write_segments(source)
        assert segments(source) == expected, source.object_repr
        checked += len(expected)
    assert len(kinds) >= 15
    assert checked > 200
