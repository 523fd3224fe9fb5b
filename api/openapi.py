"""The API's OpenAPI description, made from the endpoints themselves (api/views.py), so
that it lists the fields they serve and no other."""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import JsonResponse
from django.views.decorators.http import require_GET
from wagtail.fields import RichTextField, StreamField
from wagtail.models import get_page_models

from api.views import ENDPOINTS, PagesEndpoint
from core.models import BasePage

ERROR = {"$ref": "#/components/responses/Error"}
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _parameter(name, description, schema):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
    }


COMMON_PARAMETERS = [
    _parameter(
        "limit", "How many items (at most 20).", {"type": "integer", "minimum": 0, "maximum": 20}
    ),
    _parameter("offset", "How many items to skip.", {"type": "integer", "minimum": 0}),
    _parameter(
        "fields",
        "Fields to add (a comma-separated list), or to leave out (a name with a leading -).",
        {"type": "string"},
    ),
    _parameter(
        "order", "A field to order by (a leading - reverses it), or random.", {"type": "string"}
    ),
    _parameter("locale", "Only items in this language.", {"type": "string", "enum": LANGUAGES}),
]
PAGE_PARAMETERS = [
    _parameter("type", "Only pages of this type (app_label.ModelName).", {"type": "string"}),
    _parameter("child_of", "Only the children of this page (an id, or root).", {"type": "string"}),
    _parameter("descendant_of", "Only pages under this one (an id, or root).", {"type": "string"}),
    _parameter("ancestor_of", "Only the pages above this one (an id).", {"type": "integer"}),
    _parameter(
        "translation_of", "Only the translations of this page (an id).", {"type": "integer"}
    ),
]
RELATED = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "meta": {
            "type": "object",
            "properties": {"type": {"type": "string"}, "detail_url": {"type": "string"}},
        },
    },
}


def _field_schema(model, name):
    """The JSON schema of one field of ``model`` as the API serialises it."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:  # a property: served as text
        return {"type": "string"}
    if isinstance(field, StreamField):
        return {"type": "array", "items": {"type": "object"}, "description": "StreamField blocks"}
    if isinstance(field, RichTextField):
        return {"type": "string", "description": "Rich text (HTML)"}
    if isinstance(field, models.ManyToManyField):
        return {"type": "array", "items": RELATED}
    if isinstance(field, models.ForeignKey):
        return RELATED
    if isinstance(field, models.BooleanField):
        return {"type": "boolean"}
    if isinstance(field, models.IntegerField | models.AutoField):
        return {"type": "integer"}
    if isinstance(field, models.DateTimeField):
        return {"type": "string", "format": "date-time"}
    if isinstance(field, models.DateField):
        return {"type": "string", "format": "date"}
    schema = {"type": "string"}
    if getattr(field, "choices", None):
        schema["enum"] = [value for value, _label in field.choices]
    return schema


META = {
    "type": {"type": "string", "description": "app_label.ModelName"},
    "detail_url": {"type": "string", "format": "uri"},
    "html_url": {"type": ["string", "null"], "format": "uri"},
    "slug": {"type": "string"},
    "first_published_at": {"type": ["string", "null"], "format": "date-time"},
    "locale": {"type": "string", "enum": LANGUAGES},
    "search_description": {"type": "string"},
    "seo_title": {"type": "string"},
    "show_in_menus": {"type": "boolean"},
    "alias_of": {"type": ["object", "null"]},
    "parent": {"type": ["object", "null"]},
}


def _item_schema(endpoint):
    model = endpoint.model
    body = [field.name for field in endpoint.get_body_fields(model)]
    meta = [field.name for field in endpoint.get_meta_fields(model)]
    properties = {name: _field_schema(model, name) for name in body if name != "id"}
    properties["id"] = {"type": "integer"}
    properties["meta"] = {
        "type": "object",
        "properties": {name: META.get(name, {"type": "string"}) for name in meta},
    }
    schema = {"type": "object", "properties": properties, "required": ["id", "meta"]}
    if issubclass(endpoint, PagesEndpoint) and endpoint.model is PagesEndpoint.model:
        # Each page type adds its own fields, asked for with ?type= and ?fields=.
        schema["additionalProperties"] = True
    else:
        schema["additionalProperties"] = False
    return schema


def _page_types():
    """The fields of each page type that declares some (``api_fields``)."""
    return {
        model._meta.label: sorted(field.name for field in PagesEndpoint.get_body_fields(model))
        for model in get_page_models()
        if issubclass(model, BasePage)
    }


def document():
    paths, schemas = {}, {}
    for path, endpoint in ENDPOINTS.items():
        name = path.capitalize()
        schemas[name] = _item_schema(endpoint)
        parameters = list(COMMON_PARAMETERS)
        if issubclass(endpoint, PagesEndpoint):
            parameters += PAGE_PARAMETERS
        item = {"$ref": f"#/components/schemas/{name}"}
        listing = {
            "type": "object",
            "properties": {
                "meta": {"type": "object", "properties": {"total_count": {"type": "integer"}}},
                "items": {"type": "array", "items": item},
            },
        }
        errors = {"400": ERROR, "404": ERROR, "429": ERROR}
        paths[f"/api/v2/{path}/"] = {
            "get": {
                "summary": f"The {path}, {len(LANGUAGES)} languages, 20 at a time",
                "parameters": parameters,
                "responses": {
                    "200": {
                        "description": "A page of items",
                        "content": {"application/json": {"schema": listing}},
                    },
                    **errors,
                },
            }
        }
        paths[f"/api/v2/{path}/{{id}}/"] = {
            "get": {
                "summary": f"One of the {path}, with all its fields",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
                ],
                "responses": {
                    "200": {
                        "description": "The item",
                        "content": {"application/json": {"schema": item}},
                    },
                    **errors,
                },
            }
        }
    schemas["Pages"]["description"] = "Fields each page type adds (ask with ?type= and ?fields=)."
    schemas["Pages"]["x-page-type-fields"] = _page_types()
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Stockholm: democracy and participation — public API",
            "version": "2",
            "description": (
                "Read-only, public content only: pages, forums, city contacts and the "
                "taxonomy, in Swedish, English, Arabic, Persian, Somali and Finnish. At "
                "most 20 items per request; too many requests from one address are "
                "answered 429 with Retry-After."
            ),
        },
        "paths": paths,
        "components": {
            "schemas": schemas,
            "responses": {
                "Error": {
                    "description": "What was wrong, in English",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "message": {"type": "string"},
                                    "detail": {"type": "string"},
                                },
                            }
                        }
                    },
                }
            },
        },
    }


@require_GET
def openapi_view(request):
    return JsonResponse(document(), json_dumps_params={"ensure_ascii": False})
