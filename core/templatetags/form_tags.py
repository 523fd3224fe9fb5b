import html

from django import template
from django.forms import BoundField
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


def _html(value):
    """``value`` escaped as a template would (text marked safe stays as it is)."""
    return value.__html__() if hasattr(value, "__html__") else html.escape(str(value))


@register.simple_tag
def page_form_action(url_name, page):
    """The ``action`` attribute of a form that posts to ``url_name`` with the page's id.

    A page previewed in the admin before its first save has no id yet: its form has no
    address to post to, and gets no action (a form without one posts to where it is).
    """
    if page.pk is None:
        return ""
    return mark_safe(f' action="{escape(reverse(url_name, args=[page.pk]))}"')


@register.simple_tag
def select_field(field):
    """A labelled select with its error, the chosen option marked: ``{% select_field
    form.district %}``. Written here rather than as a template with a loop over the
    options, which cost a millisecond for the long lists (districts, months) on every
    listing and search page. Nothing for a form that is not there (a page previewed
    outside the route that makes its form)."""
    if not isinstance(field, BoundField):
        return ""
    id_ = html.escape(field.id_for_label)
    errors = field.errors
    chosen = str(field.value())
    options = "".join(
        f'<option value="{_html(value)}"{" selected" if str(value) == chosen else ""}>'
        f"{_html(label)}</option>"
        for value, label in field.field.choices
    )
    invalid = f' aria-invalid="true" aria-describedby="{id_}-error"' if errors else ""
    parts = [
        f'<div class="field{" field--error" if errors else ""}">',
        f'  <label for="{id_}">{_html(field.label)}</label>',
    ]
    if errors:
        message = " ".join(_html(error) for error in errors)
        parts.append(f'  <p class="field__error" id="{id_}-error">{message}</p>')
    parts += [
        f'  <select name="{html.escape(field.html_name)}" id="{id_}"{invalid}>{options}</select>',
        "</div>",
    ]
    return mark_safe("\n".join(parts))


@register.simple_tag
def text_input(field, type="text", autocomplete="", ltr=False, multiline=False):
    """A labelled text input (or, ``multiline``, a textarea) with its hint and error,
    described by both and marked invalid when it has an error: ``{% text_input form.email
    type="email" autocomplete="email" ltr=True %}`` (``ltr`` for what is read left to
    right whatever the page's direction). Written here for the same reason as the
    options; every value is escaped as it is put in (text marked safe, as a template
    would leave it)."""
    if not isinstance(field, BoundField):
        return ""
    id_ = escape(field.id_for_label)
    errors, hint = field.errors, field.help_text
    value = field.value()
    value = escape("" if value is None else value)
    described = " ".join(
        [*([f"{id_}-hint"] if hint else []), *([f"{id_}-error"] if errors else [])]
    )
    attributes = f' name="{escape(field.html_name)}" id="{id_}"'
    if multiline:
        attributes += ' rows="3"'
    else:
        attributes = f' type="{escape(type or "text")}"{attributes} value="{value}"'
    max_length = getattr(field.field, "max_length", None)
    if max_length:
        attributes += f' maxlength="{int(max_length)}"'
    if not multiline:
        if autocomplete:
            attributes += f' autocomplete="{escape(autocomplete)}"'
        if field.field.required:
            attributes += " required"
        if ltr:
            attributes += ' dir="ltr"'
    if described:
        attributes += f' aria-describedby="{described}"'
    if errors:
        attributes += ' aria-invalid="true"'
    control = f"<textarea{attributes}>{value}</textarea>" if multiline else f"<input{attributes}>"
    parts = [
        f'<div class="field{" field--error" if errors else ""}">',
        f'  <label for="{id_}">{_html(field.label)}</label>',
    ]
    if hint:
        parts.append(f'  <p class="field__hint" id="{id_}-hint">{_html(hint)}</p>')
    if errors:
        message = " ".join(_html(error) for error in errors)
        parts.append(f'  <p class="field__error" id="{id_}-error">{message}</p>')
    parts += [f"  {control}", "</div>"]
    return mark_safe("\n".join(parts))
