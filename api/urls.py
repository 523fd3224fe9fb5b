from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter

from api.openapi import openapi_view
from api.views import ENDPOINTS

router = WagtailAPIRouter("wagtailapi")
for name, endpoint in ENDPOINTS.items():
    router.register_endpoint(name, endpoint)

urlpatterns = [
    path("", router.urls),
    path("openapi.json", openapi_view, name="openapi"),
]
