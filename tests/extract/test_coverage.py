"""ACLED's whole taxonomy in the trigger data: sentences written for eventwire.

Each sub-event type the extractor first lacked (protests, riots, strategic
developments, sexual violence, chemical weapons, territory, grenades) is reached
by at least two French and two English sentences; the negative cases hold the
lines the data draws (a labour strike is no air strike, a collapsed or denied
agreement is no agreement, a planned protest is no protest).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.extract import EventExtractor
from eventwire.models import Article

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 2, 7)


@pytest.fixture
def types(
    parser: Callable[..., Article], extractor: EventExtractor
) -> Callable[[str, str], list[str]]:
    def run(text: str, language: str) -> list[str]:
        article = extractor(parser(text, language, published=PUBLISHED))
        return [m.sub_event_type for m in article.mentions]

    return run


@pytest.mark.parametrize(
    ("language", "text", "sub_event_type"),
    [
        ("en", "Thousands of protesters marched through Nairobi on Tuesday to demand lower fuel prices.",
         "Peaceful protest"),
        ("en", "Hundreds of people staged a peaceful sit-in outside the parliament in Kampala on Monday.",
         "Peaceful protest"),
        ("en", "Teachers went on strike in Nairobi on Monday over unpaid wages.", "Peaceful protest"),
        ("en", "Dockworkers began a general strike in Mombasa on Tuesday.", "Peaceful protest"),
        ("en", "Riot police dispersed a rally of opposition supporters in Harare.",
         "Protest with intervention"),
        ("en", "Police fired tear gas at protesters who had gathered outside parliament on Friday.",
         "Protest with intervention"),
        ("en", "Security forces opened fire on protesters in Khartoum, killing four.",
         "Excessive force against protesters"),
        ("en", "Soldiers used live ammunition against demonstrators in Conakry on Thursday, killing two.",
         "Excessive force against protesters"),
        ("en", "Rioters torched cars and looted shops in the centre of Lagos on Sunday.",
         "Violent demonstration"),
        ("en", "Hundreds of demonstrators clashed with police in Nairobi on Monday.",
         "Violent demonstration"),
        ("en", "A mob lynched a man accused of theft in the market of Bunia.", "Mob violence"),
        ("en", "An angry mob beat two suspected thieves to death in Kisumu on Saturday.",
         "Mob violence"),
        ("en", "The warring parties signed a ceasefire agreement in Jeddah on Saturday.", "Agreement"),
        ("en", "Russia and Ukraine exchanged prisoners on Wednesday, the defence ministry said.",
         "Agreement"),
        ("en", "The two factions announced a merger on Monday.", "Change to group/activity"),
        ("en", "The armed group recruited hundreds of young men in Ituri on Monday.",
         "Change to group/activity"),
        ("en", "The rebels established a new base near Rutshuru on Monday.",
         "Headquarters or base established"),
        ("en", "M23 fighters set up a checkpoint on the road to Goma.",
         "Headquarters or base established"),
        ("en", "Militiamen torched dozens of homes in Djugu on Friday.", "Looting/property destruction"),
        ("en", "Gunmen looted shops in the village of Gobir on Tuesday.",
         "Looting/property destruction"),
        ("en", "The militia handed over control of the town to the army on Friday.",
         "Non-violent transfer of territory"),
        ("en", "The rebels entered the town of Kalehe on Tuesday without a fight.",
         "Non-violent transfer of territory"),
        ("en", "The government declared a state of emergency in Oromia on Tuesday.", "Other"),
        ("en", "Authorities imposed a curfew in the city of Jos on Sunday.", "Other"),
        ("en", "Soldiers raped 12 women in Minova on Monday.", "Sexual violence"),
        ("en", "Armed men sexually assaulted three girls near Bunia on Monday.", "Sexual violence"),
        ("en", "The regime dropped barrels of chlorine gas on Douma on Saturday, killing 40.",
         "Chemical weapon"),
        ("en", "Activists said a chemical attack killed dozens in Khan Sheikhoun.", "Chemical weapon"),
        ("en", "Al-Shabaab fighters seized control of the town of Bulo Burte on Monday.",
         "Non-state actor overtakes territory"),
        ("en", "JNIM militants overran an army post near Djibo on Friday.",
         "Non-state actor overtakes territory"),
        ("en", "The army recaptured the town of Kidal from the rebels on Tuesday.",
         "Government regains territory"),
        ("en", "Government forces retook the village of Kalma after heavy fighting.",
         "Government regains territory"),
        ("en", "A man threw a grenade at a police post in Bujumbura on Sunday, wounding three.",
         "Grenade"),
        ("en", "Two people were wounded in a grenade attack on a bar in Mogadishu.", "Grenade"),
        ("fr", "Des milliers de manifestants ont défilé samedi à Dakar pour réclamer des élections.",
         "Peaceful protest"),
        ("fr", "Un rassemblement s'est tenu devant l'ambassade de France à Niamey samedi.",
         "Peaceful protest"),
        ("fr", "La grève générale a paralysé Conakry lundi.", "Peaceful protest"),
        ("fr", "La police a dispersé la manifestation à coups de gaz lacrymogène mardi à Conakry.",
         "Protest with intervention"),
        ("fr", "Les forces de l'ordre ont tiré des grenades lacrymogènes sur les manifestants à Bamako.",
         "Protest with intervention"),
        ("fr", "Les forces de sécurité ont tiré à balles réelles sur les manifestants à Conakry, tuant trois personnes.",
         "Excessive force against protesters"),
        ("fr", "Des soldats ont ouvert le feu sur les manifestants jeudi à Kinshasa.",
         "Excessive force against protesters"),
        ("fr", "Des émeutiers ont incendié des voitures lundi à Dakar.", "Violent demonstration"),
        ("fr", "Des heurts entre manifestants et policiers ont éclaté mardi à Abidjan.",
         "Violent demonstration"),
        ("fr", "Un voleur présumé a été lynché par la foule samedi à Bunia.", "Mob violence"),
        ("fr", "Une foule en colère a battu à mort deux suspects à Goma.", "Mob violence"),
        ("fr", "Le gouvernement et les rebelles ont signé un accord de cessez-le-feu samedi à Doha.",
         "Agreement"),
        ("fr", "Les deux camps ont procédé à un échange de prisonniers mercredi.", "Agreement"),
        ("fr", "Les deux groupes armés ont annoncé leur fusion lundi.", "Change to group/activity"),
        ("fr", "Le groupe armé a recruté des centaines de jeunes en Ituri.",
         "Change to group/activity"),
        ("fr", "Les rebelles ont installé une base près de Rutshuru lundi.",
         "Headquarters or base established"),
        ("fr", "Les miliciens ont établi leur quartier général à Pinga mardi.",
         "Headquarters or base established"),
        ("fr", "Des miliciens ont incendié une dizaine de maisons vendredi à Djugu.",
         "Looting/property destruction"),
        ("fr", "Des hommes armés ont pillé le marché de Gobir mardi.", "Looting/property destruction"),
        ("fr", "La milice a remis le contrôle de la ville à l'armée vendredi.",
         "Non-violent transfer of territory"),
        ("fr", "Les rebelles sont entrés dans Kalehe mardi sans combat.",
         "Non-violent transfer of territory"),
        ("fr", "Le gouvernement a décrété l'état d'urgence dans la région de Tillabéri mardi.", "Other"),
        ("fr", "Les autorités ont instauré un couvre-feu à Jos dimanche.", "Other"),
        ("fr", "Des soldats ont violé au moins 12 femmes dans le village de Minova.", "Sexual violence"),
        ("fr", "Plusieurs femmes ont été victimes de violences sexuelles commises par des miliciens lundi à Bunia.",
         "Sexual violence"),
        ("fr", "Le régime a largué des barils de chlore sur Douma samedi, tuant 40 personnes.",
         "Chemical weapon"),
        ("fr", "Une attaque chimique a fait des dizaines de morts à Khan Cheikhoun.", "Chemical weapon"),
        ("fr", "Les jihadistes se sont emparés de la ville de Boni lundi.",
         "Non-state actor overtakes territory"),
        ("fr", "Les rebelles ont pris le contrôle de la localité de Rubaya mardi.",
         "Non-state actor overtakes territory"),
        ("fr", "L'armée malienne a repris le contrôle de Kidal mardi.", "Government regains territory"),
        ("fr", "Les forces armées ont reconquis la localité de Kibumba vendredi.",
         "Government regains territory"),
        ("fr", "Un homme a lancé une grenade sur un poste de police dimanche à Bujumbura, blessant trois personnes.",
         "Grenade"),
        ("fr", "Trois personnes ont été blessées dans une attaque à la grenade contre un bar à Mogadiscio.",
         "Grenade"),
    ],
)  # fmt: skip
def test_coverage_sentence_is_typed_with_its_sub_event_type(
    types: Callable[[str, str], list[str]], language: str, text: str, sub_event_type: str
) -> None:
    found = types(text, language)
    assert found, f"no event in {text!r}"
    assert set(found) == {sub_event_type}


@pytest.mark.parametrize(
    ("language", "text", "not_type"),
    [
        ("en", "Teachers went on strike in Nairobi on Monday over unpaid wages.", "Air/drone strike"),
        ("en", "A teachers' strike closed schools across Kenya on Monday.", "Air/drone strike"),
        ("fr", "Les enseignants sont en grève depuis lundi à Bangui.", "Air/drone strike"),
        ("en", "Protesters in London rallied against the air strikes on Gaza on Saturday.",
         "Air/drone strike"),
        ("fr", "Une frappe a visé un rassemblement de jihadistes près de Boni.", "Peaceful protest"),
    ],
)  # fmt: skip
def test_coverage_protest_and_strike_words_are_told_apart(
    types: Callable[[str, str], list[str]], language: str, text: str, not_type: str
) -> None:
    found = types(text, language)
    assert found and not_type not in found


def test_coverage_an_air_strike_is_still_an_air_strike(
    types: Callable[[str, str], list[str]],
) -> None:
    assert types("A US strike killed three militants near Jilib on Monday.", "en") == [
        "Air/drone strike"
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ceasefire agreement collapsed on Sunday."),
        ("en", "The government denied signing a ceasefire with the rebels."),
        ("en", "The parties did not sign the peace agreement on Friday."),
        ("fr", "Le cessez-le-feu a volé en éclats dimanche."),
        ("fr", "Les rebelles ont violé le cessez-le-feu dimanche."),
        ("en", "The planned protest in Dakar on Friday was cancelled."),
        ("en", "Opposition leaders called for a protest in Abidjan on Friday."),
        ("en", "Organisers plan to hold a march in Nairobi next week."),
        ("fr", "Une manifestation prévue samedi à Dakar a été interdite."),
        ("fr", "Les syndicats ont déposé un préavis de grève."),
        ("en", "China lodged a formal protest over the visit."),
        ("en", "The army demonstrated its capability in a live-fire exercise."),
        ("en", "Troops marched into the town of Kidal on Tuesday."),
        ("en", "President Ruto dissolved the cabinet on Thursday."),
        ("en", "Stocks rallied on Wall Street on Monday."),
        ("fr", "Le Rassemblement national a dénoncé la politique du gouvernement."),
        ("fr", "Les autorités ont annoncé le recrutement de 2 000 nouveaux soldats pour la capitale."),
    ],
)  # fmt: skip
def test_coverage_non_events_stay_silent(
    types: Callable[[str, str], list[str]], language: str, text: str
) -> None:
    assert types(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Une cache d’armes a été découverte mardi près de Kirkouk."),
        ("fr", "L’armée a neutralisé deux drones au-dessus d’Erbil mardi."),
        ("en", "Troops seized weapons and explosives in a raid near Mosul on Tuesday."),
        ("en", "Air defences neutralised two drones over Erbil on Tuesday."),
    ],
)
def test_coverage_weapons_seized_or_defeated_are_disrupted_use(
    parser: Callable[..., Article], extractor: EventExtractor, language: str, text: str
) -> None:
    article = extractor(parser(text, language))
    assert [m.sub_event_type for m in article.mentions] == ["Disrupted weapons use"]
