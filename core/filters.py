"""The admin's list filters, safe for any value in the address.

A filter on a related row (a registration's forum, an application's programme or
district) looks the row up by the id in the address. SQLite cannot take an integer past
64 bits and raises OverflowError, which Django's choice field does not expect: the list
answered 500 to ``?event=99999999999999999999``. Here that id is an invalid choice like
any other, shown as the filter's error.
"""

import django_filters
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic


class RelatedChoiceField(django_filters.fields.ModelChoiceField):
    def to_python(self, value):
        try:
            return super().to_python(value)
        except OverflowError:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from None


class RelatedChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = RelatedChoiceField


class FilterSet(WagtailFilterSet):
    FILTER_DEFAULTS = {
        **WagtailFilterSet.FILTER_DEFAULTS,
        **{
            field: {**WagtailFilterSet.FILTER_DEFAULTS[field], "filter_class": RelatedChoiceFilter}
            for field in (models.ForeignKey, models.OneToOneField)
        },
    }


class IndexView(generic.IndexView):
    """A model viewset's list whose ``list_filter`` takes any value in the address."""

    base_filterset_class = FilterSet
