"""Local associations that co-host forums and invite their members to them, and the
register city staff keep about them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.validators import phone_validator
from taxonomy.models import District


class Association(TranslatableMixin, models.Model):
    """A local association that co-hosts forums and invites its members to them."""

    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("The association's own name, written the way the association writes it."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_(
            "A short fixed name for the association, with no spaces. The same in every language."
        ),
    )
    description = models.CharField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences: who the association is for and what it does."),
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The district where the association mainly works. "
            "Leave empty if it works across the city."
        ),
    )
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The association's own website, if it has one. Forum pages link to it."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("district"),
        FieldPanel("website"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("district"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("association")
        verbose_name_plural = _("associations")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class AssociationRecord(models.Model):
    """What city staff know about an association they work with: whom to contact, the
    communities and languages it reaches, the city units already in contact with it,
    and what it needs. Staff only: never on a public page, in search or in the API.

    One record per association (its Swedish version), shared by every administration:
    the register by district shows who in the city already knows whom. The contact
    person's details are personal data: removed when they have not been confirmed for
    ``PORTAL_ASSOCIATION_CONTACT_RETENTION_DAYS`` (enforce_retention).
    """

    association = models.OneToOneField(
        Association,
        verbose_name=_("association"),
        on_delete=models.CASCADE,
        related_name="record",
        limit_choices_to={"locale__language_code": "sv"},
        help_text=_("The association as it is listed on the site."),
    )
    contact_person = models.CharField(
        _("contact person"),
        max_length=150,
        blank=True,
        help_text=_("The person in the association the city talks to."),
    )
    contact_email = models.EmailField(
        _("contact's e-mail"), blank=True, help_text=_("The contact person's e-mail address.")
    )
    contact_phone = models.CharField(
        _("contact's phone"),
        max_length=30,
        blank=True,
        validators=[phone_validator],
        help_text=_("The contact person's phone number."),
    )
    contact_confirmed_on = models.DateField(
        _("contact details confirmed on"),
        null=True,
        blank=True,
        help_text=_(
            "When the contact person last said the details are right. Details not "
            "confirmed for two years are removed."
        ),
    )
    communities = models.TextField(
        _("communities reached"),
        max_length=1000,
        blank=True,
        help_text=_("Who the association reaches, such as Somali-speaking parents in Rinkeby."),
    )
    languages = models.ManyToManyField(
        "taxonomy.Language",
        verbose_name=_("languages reached"),
        blank=True,
        related_name="+",
        limit_choices_to={"locale__language_code": "sv"},
        help_text=_("The languages the association's members and networks speak."),
    )
    units_in_contact = models.ManyToManyField(
        "contacts.CityContact",
        verbose_name=_("city units in contact"),
        blank=True,
        related_name="+",
        limit_choices_to={"locale__language_code": "sv"},
        help_text=_("The parts of the city that already work with the association."),
    )
    needs_premises = models.BooleanField(
        _("needs premises"),
        default=False,
        help_text=_("Tick if the association has nowhere to meet, as many homework groups."),
    )
    needs = models.TextField(
        _("needs"),
        max_length=2000,
        blank=True,
        help_text=_("What the association needs from the city: premises, money, advice …"),
    )
    notes = models.TextField(
        _("notes"),
        max_length=2000,
        blank=True,
        help_text=_("Anything else colleagues should know. Write nothing about members."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("association in the register")
        verbose_name_plural = _("association register")
        ordering = ["association__name"]

    def __str__(self):
        return str(self.association)

    @property
    def district(self):
        return self.association.district

    def languages_reached(self):
        return ", ".join(language.name for language in self.languages.all())

    def units(self):
        return ", ".join(unit.name for unit in self.units_in_contact.all())
