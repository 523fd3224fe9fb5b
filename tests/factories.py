import factory
import wagtail_factories

from home.models import HomePage, InformationPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Startsida"
    hero_text = "Välkommen."

    class Meta:
        model = HomePage


class InformationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Informationssida {n}")
    intro = "En kort sammanfattning."

    class Meta:
        model = InformationPage
