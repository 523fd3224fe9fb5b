from django.apps import AppConfig
from django.conf.locale import LANG_INFO

# Django ships no Somali locale. Without this entry get_language_info("so")
# raises KeyError; the catalogue itself lives in locale/so.
SOMALI = {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"}


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        LANG_INFO.setdefault("so", SOMALI)

        from core import cache, editors, exports

        exports.guard_wagtail_exports()
        cache.connect_signals()
        editors.connect_signals()
