"""City contacts and the contact finder that matches them to a district and a question."""

import re
from dataclasses import dataclass

from django import forms
from django.db import models
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from contacts.forms import ContactFinderForm
from core.cache import cached
from core.models import BasePage
from core.validators import phone_validator
from taxonomy.forms import SourceTermsFormMixin
from taxonomy.models import District, Topic, vocabulary


def tel_href(phone):
    """A tel: link in international form (numbers without a country code are Swedish)."""
    digits = re.sub(r"[^0-9+]", "", phone)
    if digits.startswith("0"):
        digits = "+46" + digits[1:]
    return f"tel:{digits}"


class CityContactForm(SourceTermsFormMixin, WagtailAdminModelForm):
    pass


class CityContact(index.Indexed, TranslatableMixin, ClusterableModel):
    """A unit of the city that residents and associations can turn to.

    The contact finder matches contacts to a district and a topic; a contact
    with no districts serves the whole city, and one with no topics answers
    general questions. Mark one contact as the general fallback: it is shown
    when nothing else matches.
    """

    class Kind(models.TextChoices):
        DISTRICT_ADMINISTRATION = "district-administration", _("district administration")
        SPECIALIST_ADMINISTRATION = "specialist-administration", _("specialist administration")
        ASSOCIATION_SERVICE = "association-service", _("association support")
        SERVICE_CENTRE = "service-centre", _("service centre")
        EXECUTIVE_OFFICE = "executive-office", _("executive office")
        ELECTED_BODY = "elected-body", _("elected body")

    reference = models.SlugField(
        _("reference"),
        max_length=80,
        help_text=_("A short fixed name for the contact, used in the contacts spreadsheet."),
    )
    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("The unit's name as residents know it, such as Järva stadsdelsförvaltning."),
    )
    kind = models.CharField(
        _("kind of unit"),
        max_length=40,
        choices=Kind.choices,
        help_text=_("What kind of unit this is. Readers see it on the contact card."),
    )
    helps_with = models.TextField(
        _("helps with"),
        max_length=600,
        help_text=_("What residents and associations can ask this contact about, in plain words."),
    )
    districts = ParentalManyToManyField(
        District,
        verbose_name=_("districts served"),
        blank=True,
        help_text=_("Leave empty if the contact serves the whole city."),
    )
    topics = ParentalManyToManyField(
        Topic,
        verbose_name=_("topics"),
        blank=True,
        help_text=_("Leave empty if the contact answers general questions on any topic."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        validators=[phone_validator],
        help_text=_(
            "The phone number residents call, written as it should be shown, such as 08-508 00 508."
        ),
    )
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_(
            "The address residents write to. Use the unit's shared address, not a person's."
        ),
    )
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The address of the unit's own web page, starting with https://."),
    )
    visiting_address = models.TextField(
        _("visiting address"),
        max_length=300,
        blank=True,
        help_text=_(
            "Where residents can come in person: street, postcode and area. "
            "Leave empty if there is no place to visit."
        ),
    )
    opening_hours = models.TextField(
        _("opening hours"),
        max_length=300,
        blank=True,
        help_text=_(
            "When residents can visit or call. Put each day or group of days on a line of its own."
        ),
    )
    accessibility = models.TextField(
        _("accessibility of the premises"),
        max_length=500,
        blank=True,
        help_text=_("Step-free entrance, lift, hearing loop, accessible toilet and so on."),
    )
    is_fallback = models.BooleanField(
        _("general fallback contact"),
        default=False,
        help_text=_("Shown in the contact finder when no other contact matches."),
    )

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("helps_with"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("locale"),
        index.FilterField("kind"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("reference"),
        FieldPanel("kind"),
        FieldPanel("helps_with"),
        FieldPanel("districts", widget=forms.CheckboxSelectMultiple),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
                FieldPanel("visiting_address"),
                FieldPanel("opening_hours"),
                FieldPanel("accessibility"),
            ],
            heading=_("How to reach the contact"),
        ),
        FieldPanel("is_fallback"),
    ]

    base_form_class = CityContactForm

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("helps_with"),
        TranslatableField("visiting_address"),
        TranslatableField("opening_hours"),
        TranslatableField("accessibility"),
        SynchronizedField("reference"),
        SynchronizedField("kind"),
        SynchronizedField("districts"),
        SynchronizedField("topics"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("is_fallback"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("city contact")
        verbose_name_plural = _("city contacts")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("reference", "locale")]

    def __str__(self):
        return self.name

    @property
    def phone_href(self):
        return tel_href(self.phone)

    @property
    def kind_label(self):
        return self.get_kind_display()


@dataclass(frozen=True)
class ContactCard:
    """What a page shows of a contact; plain data, so lists of them can be cached."""

    reference: str
    name: str
    kind_label: str
    helps_with: str
    district_keys: frozenset
    topic_keys: frozenset
    phone: str
    email: str
    website: str
    visiting_address: str
    opening_hours: str
    accessibility: str
    is_fallback: bool

    @property
    def phone_href(self):
        return tel_href(self.phone)

    @property
    def serves_whole_city(self):
        return not self.district_keys

    def score(self, district_key, topic_key):
        """How well the contact fits: higher is better, 0 means it does not fit.

        A contact named for the district or topic beats one that covers it only
        because it serves the whole city or answers any question.
        """
        district_score = (
            2 if district_key in self.district_keys else 1 if not self.district_keys else 0
        )
        topic_score = 2 if topic_key in self.topic_keys else 1 if not self.topic_keys else 0
        if district_key is None:
            district_score = 1
        if topic_key is None:
            topic_score = 1
        return district_score * topic_score


def _directory(language):
    """Every contact in ``language`` as cards, with the keys of its districts and topics."""
    contacts = list(CityContact.objects.filter(locale__language_code=language).order_by("name"))
    ids = [contact.pk for contact in contacts]
    district_keys, topic_keys = {}, {}
    for through, field, keys in (
        (CityContact.districts.through, "district", district_keys),
        (CityContact.topics.through, "topic", topic_keys),
    ):
        rows = through.objects.filter(citycontact_id__in=ids).values_list(
            "citycontact_id", f"{field}__translation_key"
        )
        for contact_id, key in rows:
            keys.setdefault(contact_id, set()).add(key)
    kind_labels = dict(CityContact.Kind.choices)
    return [
        ContactCard(
            reference=contact.reference,
            name=contact.name,
            kind_label=str(kind_labels.get(contact.kind, "")),
            helps_with=contact.helps_with,
            district_keys=frozenset(district_keys.get(contact.pk, ())),
            topic_keys=frozenset(topic_keys.get(contact.pk, ())),
            phone=contact.phone,
            email=contact.email,
            website=contact.website,
            visiting_address=contact.visiting_address,
            opening_hours=contact.opening_hours,
            accessibility=contact.accessibility,
            is_fallback=contact.is_fallback,
        )
        for contact in contacts
    ]


def directory(language):
    """Every contact of ``language`` as cards, cached until a contact changes."""
    return cached(f"contacts:{language}", lambda: _directory(language))


@dataclass
class FinderResult:
    matches: list
    fallback: list
    district: str
    topic: str


def find_contacts(cards, district_key=None, topic_key=None):
    """Contacts that fit a district and a topic, best first.

    A contact must fit at least one of them exactly, and the other at least
    in general (it serves the whole city, or answers any question). Contacts
    that fit only in general, such as the city's contact centre, are left to
    the fallback list.
    """
    scored = [(card.score(district_key, topic_key), card) for card in cards]
    matches = [card for score, card in sorted(scored, key=lambda item: -item[0]) if score >= 2]
    fallback = [card for card in cards if card.is_fallback]
    return matches, fallback


class ContactFinderPage(BasePage):
    """Helps residents and associations find the right city contact.

    Visitors choose their district and what their question is about; the
    contacts come from the City contacts snippets. The same results are
    available as JSON by adding ``format=json`` to the address.
    """

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
    ]

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("A short summary shown at the top of the page."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact finder page")

    def serve(self, request, *args, **kwargs):
        language = get_language()
        districts = vocabulary(District, language)
        topics = vocabulary(Topic, language)
        form = ContactFinderForm(
            request.GET or None, districts=districts.choices, topics=topics.choices
        )
        result = None
        if form.is_bound and form.is_valid():
            district, topic = form.cleaned_data["district"], form.cleaned_data["topic"]
            matches, fallback = find_contacts(
                directory(language), districts.keys.get(district), topics.keys.get(topic)
            )
            result = FinderResult(
                matches=matches,
                fallback=fallback,
                district=dict(districts.choices).get(district, ""),
                topic=dict(topics.choices).get(topic, ""),
            )
        status = 400 if form.is_bound and not form.is_valid() else 200

        if request.GET.get("format") == "json":
            return self.serve_json(form, result, districts, topics)
        context = self.get_context(request, *args, **kwargs)
        context.update(form=form, result=result, districts=districts, topics=topics)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    @staticmethod
    def serve_json(form, result, districts, topics):
        if result is None:
            errors = {
                name: [str(error) for error in messages] for name, messages in form.errors.items()
            }
            return JsonResponse({"errors": errors}, status=400)

        def card_data(card):
            return {
                "reference": card.reference,
                "name": card.name,
                "kind": card.kind_label,
                "helps_with": card.helps_with,
                "districts": districts.names_of(card.district_keys),
                "topics": topics.names_of(card.topic_keys),
                "phone": card.phone,
                "email": card.email,
                "website": card.website,
                "visiting_address": card.visiting_address,
                "opening_hours": card.opening_hours,
                "accessibility": card.accessibility,
            }

        return JsonResponse(
            {
                "district": result.district,
                "topic": result.topic,
                "results": [card_data(card) for card in result.matches],
                "fallback": [card_data(card) for card in result.fallback],
            },
            json_dumps_params={"ensure_ascii": False},
        )
