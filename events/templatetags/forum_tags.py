from django import template
from django.forms import Form
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.cache import cached

register = template.Library()


@register.simple_tag(takes_context=True)
def forum_filters(context, page, form):
    """The forum list's filter form. As most visitors first see it, with nothing chosen,
    it is rendered once per language and version (its choices are snippets and the
    months that have forums); a form with choices is rendered for its request."""

    def render():
        return render_to_string(
            "events/forum_filters.html",
            {"page": page, "form": form},
            request=context.get("request"),
        )

    if isinstance(form, Form) and not form.is_bound:
        return mark_safe(cached(f"forum-filters:{page.pk}:{get_language()}", render))
    # Chosen filters, or no form at all (a preview of the page outside its route).
    return mark_safe(render())  # our own template's output, escaped as it was rendered
