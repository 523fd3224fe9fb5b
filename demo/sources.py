"""Translation sources for the demo, their segments written in bulk.

wagtail-localize extracts an object's segments one by one: for each, it looks up or
creates the string, the context and the segment, and saves the context's field path,
some seven queries a segment. The demo has about six thousand segments, so the test
database's build spent a third of its time there. :func:`translation_source` writes a
new source's segments in a few queries, with the rows wagtail-localize would write
(tests/demo/test_sources.py compares the two); an object that already has a source (a
second run of the command) goes through wagtail-localize itself.
"""

import json

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Page
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    String,
    StringSegment,
    Template,
    TemplateSegment,
    TranslatableObject,
    TranslationContext,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments


def translation_source(instance) -> TranslationSource:
    """The translation source of ``instance``, created with its segments if it has none."""
    if isinstance(instance, Page):
        instance = instance.specific
    if TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).exists():
        return TranslationSource.update_or_create_from_instance(instance)[0]
    translatable, _created = TranslatableObject.objects.get_or_create_from_instance(instance)
    if isinstance(instance, ClusterableModel):
        content_json = instance.to_json()
    else:
        content_json = json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
    source = TranslationSource.objects.create(
        object=translatable,
        locale_id=instance.locale_id,
        specific_content_type=ContentType.objects.get_for_model(instance.__class__),
        object_repr=str(instance)[:200],
        content_json=content_json,
        schema_version=get_schema_version(instance._meta.app_label),
        last_updated_at=timezone.now(),
    )
    write_segments(source)
    return source


def _no_save(*args, **kwargs):
    pass


def _contexts(source, instance, paths) -> dict[str, int]:
    """The id of the context of each of ``paths``, created with its field path if new."""
    contexts = []
    for path in paths:
        context = TranslationContext(
            object_id=source.object_id, path=path, path_id=TranslationContext._get_path_id(path)
        )
        # get_field_path() works the path out and saves it; saved here with the rest.
        context.save = _no_save
        context.get_field_path(instance)
        del context.save
        contexts.append(context)
    # A context that is there keeps its row; its field path is worked out again (the
    # same), as wagtail-localize fills in one that is missing.
    saved = TranslationContext.objects.bulk_create(
        contexts,
        update_conflicts=True,
        unique_fields=["object", "path_id"],
        update_fields=["field_path"],
    )
    return {context.path: context.pk for context in saved}


def _strings(locale_id, texts) -> dict[str, int]:
    """The id of the String of each of ``texts``, created if new."""
    hashes = {text: String._get_data_hash(text) for text in texts}
    String.objects.bulk_create(
        [String(locale_id=locale_id, data=text, data_hash=key) for text, key in hashes.items()],
        ignore_conflicts=True,
    )
    rows = String.objects.filter(locale_id=locale_id, data_hash__in=hashes.values())
    ids = dict(rows.values_list("data_hash", "id"))
    return {text: ids[key] for text, key in hashes.items()}


def write_segments(source) -> None:
    """Write the segments of a source that has none, as ``source.refresh_segments()`` would."""
    instance = source.as_instance()
    values = list(extract_segments(instance))
    contexts = _contexts(source, instance, dict.fromkeys(value.path for value in values))
    texts = [value.string.data for value in values if _kind(value) is StringSegment]
    strings = _strings(source.locale_id, dict.fromkeys(texts))
    rows = {kind: [] for kind in (StringSegment, TemplateSegment, RelatedObjectSegment)}
    rows[OverridableSegment] = []
    for value in values:
        kind = _kind(value)
        common = {"source": source, "context_id": contexts[value.path], "order": value.order}
        if kind is StringSegment:
            attrs = json.dumps(value.attrs, cls=DjangoJSONEncoder)
            extra = {"string_id": strings[value.string.data], "attrs": attrs}
        elif kind is TemplateSegment:
            extra = {"template": Template.from_value(value)}
        elif kind is RelatedObjectSegment:
            related, _created = TranslatableObject.objects.get_or_create(
                content_type=value.content_type, translation_key=value.translation_key
            )
            extra = {"object": related}
        else:
            extra = {"data_json": json.dumps(value.data, cls=DjangoJSONEncoder)}
        rows[kind].append(kind(**common, **extra))
    for kind, segments in rows.items():
        kind.objects.bulk_create(segments)


def _kind(value):
    if isinstance(value, TemplateSegmentValue):
        return TemplateSegment
    if isinstance(value, RelatedObjectSegmentValue):
        return RelatedObjectSegment
    if isinstance(value, OverridableSegmentValue):
        return OverridableSegment
    return StringSegment
