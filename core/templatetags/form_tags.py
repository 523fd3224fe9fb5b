from django import template
from django.forms import BoundField
from django.utils.html import conditional_escape, escape, format_html_join
from django.utils.safestring import mark_safe

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
        f'  <label for="{id_}">{conditional_escape(field.label)}</label>',
    ]
    if hint:
        parts.append(f'  <p class="field__hint" id="{id_}-hint">{conditional_escape(hint)}</p>')
    if errors:
        message = " ".join(conditional_escape(error) for error in errors)
        parts.append(f'  <p class="field__error" id="{id_}-error">{message}</p>')
    parts += [f"  {control}", "</div>"]
    return mark_safe("\n".join(parts))
