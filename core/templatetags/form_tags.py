from django import template
from django.forms import BoundField
from django.utils.html import format_html_join

register = template.Library()


@register.simple_tag
def select_options(field):
    """The ``<option>`` elements of a select field, the chosen one marked: written here
    rather than in a template loop, which costs a millisecond for a long list (districts,
    months) on every listing and search page. Nothing for a form that is not there (a
    page previewed outside the route that makes its form)."""
    if not isinstance(field, BoundField):
        return ""
    chosen = str(field.value())
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (value, " selected" if str(value) == chosen else "", label)
            for value, label in field.field.choices
        ),
    )
