from django import template

from offline.views import CACHE_NAME

register = template.Library()


@register.simple_tag
def offline_cache():
    """The name of the browser cache that holds the pages saved for offline reading."""
    return CACHE_NAME
