"""The form fields written by template tags (core/templatetags/form_tags.py): what a
screen reader and a browser get, and everything escaped as a template would."""

from types import SimpleNamespace

from django import forms
from django.template import Context, Template
from django.utils.safestring import mark_safe


class Form(forms.Form):
    district = forms.ChoiceField(
        label="District <b>",
        choices=[("", "All & any"), ("a&b", "Årsta <i>"), ("c", mark_safe("<em>C</em>"))],
    )
    name = forms.CharField(label="Name <b>", help_text="As you like & want", max_length=20)


def render(source, form):
    return Template("{% load form_tags %}" + source).render(Context({"form": form}))


def test_a_select_marks_the_chosen_option_and_escapes_what_it_shows():
    html = render("{% select_field form.district %}", Form({"district": "a&b"}))

    assert '<label for="id_district">District &lt;b&gt;</label>' in html
    assert '<option value="a&amp;b" selected>Årsta &lt;i&gt;</option>' in html
    assert '<option value="">All &amp; any</option>' in html
    assert '<option value="c"><em>C</em></option>' in html  # marked safe: kept
    assert "aria-invalid" not in html


def test_a_select_with_an_error_says_so_and_points_to_it():
    html = render("{% select_field form.district %}", Form({"district": "<script>"}))

    assert 'class="field field--error"' in html
    assert 'aria-invalid="true" aria-describedby="id_district-error"' in html
    assert '<p class="field__error" id="id_district-error">' in html
    assert "<script>" not in html
    assert " selected" not in html


def test_a_text_input_is_described_by_its_hint_and_escapes_its_value():
    html = render("{% text_input form.name %}", Form({"name": '"><script>'}))

    assert '<label for="id_name">Name &lt;b&gt;</label>' in html
    assert 'id="id_name-hint">As you like &amp; want</p>' in html
    assert 'value="&quot;&gt;&lt;script&gt;"' in html
    assert 'aria-describedby="id_name-hint"' in html
    assert 'maxlength="20"' in html


def test_a_page_form_posts_to_its_page_and_a_page_never_saved_has_no_address_yet():
    source = "<form{% page_form_action 'page_feedback' page %}>"
    # What the tag reads of a page: its id, None until its first save.
    saved, unsaved = SimpleNamespace(pk=42), SimpleNamespace(pk=None)

    assert Template("{% load form_tags %}" + source).render(Context({"page": saved})) == (
        '<form action="/sv/feedback/42/">'
    )
    assert Template("{% load form_tags %}" + source).render(Context({"page": unsaved})) == "<form>"
