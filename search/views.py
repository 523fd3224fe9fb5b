"""The site search page: pages and city contacts in the reader's language first, other
languages on request or when the reader's language has no match (search.query)."""

from django.conf import settings
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import get_language

from search.forms import SearchForm
from search.models import QueryCount
from search.query import Scope, filtered_ids, finder_url, search
from taxonomy.models import District, Topic, vocabulary


def search_view(request):
    language = get_language()
    topics = vocabulary(Topic, language)
    districts = vocabulary(District, language)
    form = SearchForm(request.GET or None, topics=topics.choices, districts=districts.choices)
    context = {"form": form, "language": language}
    if form.is_bound and not form.is_valid():
        return render(request, "search/search.html", context, status=400)
    query = form.cleaned_data["q"] if form.is_bound else ""
    if not query:
        return render(request, "search/search.html", _help(context, language))

    data = form.cleaned_data
    chosen = data["language"]
    if chosen == "all":
        others = [code for code, _name in settings.LANGUAGES if code != language]
        languages = (language, *others)
    else:
        languages = (chosen or language,)
    topic_key = topics.keys.get(data["topic"])
    district_key = districts.keys.get(data["district"])
    scope = Scope(
        language=language,
        languages=languages,
        kind=data["type"],
        topic_key=topic_key,
        district_key=district_key,
        ids=filtered_ids(topic_key, district_key),
        page=data["page"],
        chosen=chosen,
        as_typed=data["as_typed"],
    )
    found = search(query, scope, request)
    if scope.first:
        QueryCount.record(
            query, language, found=bool(found.total or found.contacts or found.promotions)
        )

    context.update(
        query=query,
        listing=found.listing,
        results=[result for result in found.results if not result.partial],
        some_words=[result for result in found.results if result.partial],
        corrected=found.corrected,
        contacts=found.contacts,
        promotions=found.promotions,
        total=found.total,
        scope=chosen,
        base_query=urlencode(
            {
                "q": query,
                "type": scope.kind,
                "topic": data["topic"],
                "district": data["district"],
                "language": chosen,
                **({"as_typed": "on"} if scope.as_typed else {}),
            }
        ),
        typed_query=urlencode({"q": query, "as_typed": "on"}),
    )
    if found.elsewhere is not None:
        context.update(elsewhere=found.elsewhere, hint=found.hint)
    if not found.total and not found.contacts:
        _help(context, language)
    return render(request, "search/search.html", context)


def _help(context, language):
    """What the page offers when there is nothing to show: topics and the contact finder."""
    context["topics"] = vocabulary(Topic, language).choices[:8]
    context["finder_url"] = finder_url(language)
    return context
