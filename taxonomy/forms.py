from taxonomy.models import SOURCE_LANGUAGE


class SourceTermsFormMixin:
    """Offer editors only the Swedish topics and districts.

    Translations of a page or contact keep pointing at the Swedish terms (they
    are shown in the reader's language), so listing every language's copy
    would only show each term six times.
    """

    term_fields = ("topics", "districts")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.term_fields:
            if name in self.fields:
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale__language_code=SOURCE_LANGUAGE)
