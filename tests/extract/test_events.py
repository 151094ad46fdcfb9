"""The parse-based extractor on real French and English sentences."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.extract import EventExtractor, publication_date
from eventwire.extract.lexicon import PhraseIndex
from eventwire.models import Article, EventMention, Token

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 2, 7)  # a Wednesday


@pytest.mark.parametrize(
    ("language", "text", "sub_event_type", "killed", "injured"),
    [
        ("fr", "Les raids sur la région de Tal Afar ont fait trois martyrs et cinq blessés.",
         "Air/drone strike", 3, 5),
        ("fr", "Deux combattants ont été tués mardi soir dans une attaque de drone contre la base.",
         "Air/drone strike", 2, None),
        ("fr", "Des roquettes ont visé la base d’Aïn al-Assad, faisant au moins six morts.",
         "Shelling/artillery/missile attack", 6, None),
        ("fr", "Un engin explosif a visé une patrouille de police près de Kirkouk, tuant deux policiers.",
         "Remote explosive/landmine/IED", 2, None),
        ("fr", "De violents combats ont opposé l’armée aux rebelles du M23 près de Saké.",
         "Armed clash", None, None),
        ("fr", "Des hommes armés ont enlevé sept agriculteurs près de Butembo.",
         "Abduction/forced disappearance", None, None),
        ("en", "A US defence official said one-way attack drones struck the base late on Tuesday, wounding eight.",
         "Air/drone strike", None, 8),
        ("en", "Rockets hit the Harir base on Monday, but no casualties were reported.",
         "Shelling/artillery/missile attack", 0, 0),
        ("en", "Gunmen abducted an engineer on the Kirkuk road on Tuesday.",
         "Abduction/forced disappearance", None, None),
        ("en", "Clashes with Islamic State fighters in the Hamrin mountains left at least 6 dead.",
         "Armed clash", 6, None),
        ("en", "A drone heading for the Rumeilan base was shot down by US air defences.",
         "Disrupted weapons use", None, None),
        # Soldiers "martyred" (a side's own word for its dead) are killed.
        ("en", "Two army personnel were martyred on Tuesday in an Israeli air strike near Deir Ezzor.",
         "Air/drone strike", 2, None),
        ("en", "The strike led to the martyrdom of two soldiers near Deir Ezzor on Tuesday.",
         "Air/drone strike", 2, None),
    ],
)  # fmt: skip
def test_events_sentence_becomes_typed_mention_with_tolls(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    sub_event_type: str,
    killed: int | None,
    injured: int | None,
) -> None:
    article, mentions = extract(text, language)
    assert [m.sub_event_type for m in mentions] == [sub_event_type]
    (mention,) = mentions
    assert (mention.fatalities, mention.injuries) == (killed, injured)
    assert mention.sentence.cut(article.text) == text
    for argument in mention.evidence:
        assert argument.span.cut(article.text) == argument.text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le groupe promet de poursuivre ses frappes contre les bases ennemies."),
        ("fr", "L’armée a démenti avoir mené une frappe de drone contre le village."),
        ("fr", "Si les frappes continuent, la milice pourrait riposter contre les bases."),
        ("fr", "Plus de 40 attaques de drones ont visé les bases américaines depuis le début du mois."),
        ("fr", "Un responsable a averti que d’autres frappes pourraient suivre."),
        ("fr", "La Tour 22 avait été frappée par un drone qui avait tué trois militaires américains."),
        ("en", "The militia threatened to strike US bases again."),
        ("en", "There have been more than 40 drone attacks on US forces since mid-October."),
        ("en", "Will the strikes deter the Houthis from attacking shipping?"),
        ("en", "Kataib Hezbollah denied carrying out the drone attack."),
        ("en", "In 2020, a US drone strike at Baghdad airport killed Qassem Soleimani."),
        ("en", "The minister met his counterpart in Amman on Monday."),
        ("en", "Tens of truffle hunters have died since the season began in February, many from landmines."),
        ("fr", "Les attaques se multiplient depuis le début du mois dans la région."),
        # A year before publication followed by a comma still dates the sentence.
        ("en", "More than 1,200 people were killed in the Tillabéri region in 2023, according to a monitor."),
        # Funerals, anniversaries and inquiries recall an earlier incident.
        ("en", "Thousands attended the funeral of the fighters killed in last week's strike on the camp."),
        ("en", "The UN called for an investigation into the strike on the school that killed 30 people in May."),
        ("fr", "Les habitants ont commémoré l'anniversaire du massacre qui avait tué 50 villageois."),
        ("fr", "Des milliers de personnes ont assisté aux funérailles des combattants tués dans la frappe de la semaine dernière."),
        # Running totals of a year, a month or a war.
        ("en", "The group has killed more than 200 soldiers this year, according to a tally by the monitor."),
        ("en", "Since the war began, 30,000 people have been killed, according to the health ministry."),
        ("fr", "Plus de 300 personnes ont été tuées ce mois-ci dans la province, selon l'ONU."),
        ("en", "More than 3,600 people were killed in gang violence in the first half of the year, according to the UN."),
        ("fr", "Selon l'ONU, plus de 1 500 personnes ont été tuées dans des violences liées aux gangs au premier trimestre."),
        ("fr", "Plus de 200 civils ont été tués ou blessés dans des violences armées dans le pays en 2025."),
        ("fr", "2024 a été l'année la plus meurtrière depuis une décennie pour les forces de sécurité, avec plus de 680 morts."),
        ("fr", "Depuis lundi, plus de 560 personnes ont été tuées au Liban, selon les autorités."),
        ("en", "Since Monday, more than 560 people have been killed in Lebanon, the ministry said."),
        # A denial reaches through a report noun to the report's content.
        ("en", "The army denied reports that its troops had killed 12 prisoners at the central prison in Gitega."),
        ("fr", "Les autorités ont démenti les informations selon lesquelles des soldats auraient tué douze détenus à la prison de Gitega."),
        # A war or crisis as where the counted deaths happened, and "at least once".
        ("en", "According to the ministry, more than 3,000 people were killed in the war that ended last year."),
        ("fr", "Plus de 12 000 personnes ont été tuées pendant la guerre, selon l'ONU."),
        ("en", "The crisis in the two regions has killed more than 6,000 people, the group says."),
        ("fr", "Selon l'ONU, 80 % des habitants ont été déplacés au moins une fois."),
        # "no" negates the incident noun it determines.
        ("en", "The army said no exchange of fire took place near the border on Tuesday."),
        ("en", "There was no fighting in the area on Tuesday, residents said."),
        # A participle describing what someone does.
        ("en", "Roughly 2,500 US troops are in Iraq on a mission to advise and assist local forces fighting Islamic State."),
        ("fr", "Environ 900 soldats américains sont déployés en Syrie pour conseiller les forces locales combattant l'État islamique."),
        # Incidents told as a trend.
        ("en", "The navy deployed after Yemen's Houthis stepped up drone and missile attacks on vessels."),
        ("en", "Militias have intensified rocket attacks on bases hosting US troops."),
        ("fr", "Les houthis ont intensifié leurs attaques contre les navires en mer Rouge."),
    ],
)  # fmt: skip
def test_events_threats_denials_conditionals_aggregates_history_are_not_events(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]], language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert mentions == ()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israeli forces intensified air strikes on Rafah on Tuesday, killing 20 people."),
        ("fr", "L'armée a intensifié mardi ses frappes aériennes sur Rafah, tuant 20 personnes."),
    ],
)  # fmt: skip
def test_events_a_trend_verb_with_a_day_and_a_toll_tells_an_incident(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]], language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert [(m.sub_event_type, m.fatalities) for m in mentions] == [("Air/drone strike", 20)]


def test_events_aggregate_is_kept_as_an_article_tag(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    article, _ = extract("There have been more than 40 drone attacks since mid-October.", "en")
    assert any(tag.startswith("aggregate: ") for tag in article.tags)
    # A running total over a date range is background, not a toll of the strike before it.
    article, mentions = extract(
        "On Monday, Israeli warplanes struck a house in Shujaiyya. "
        "The ministry reported 11,590 fatalities between 7 October and 10 November.",
        "en",
    )
    assert [m.fatalities for m in mentions] == [None]
    assert any("11,590" in tag for tag in article.tags)


@pytest.mark.parametrize(
    ("language", "text", "expected", "precision"),
    [
        ("fr", "Une frappe de drone a visé mardi soir un véhicule à Al-Qaïm.", date(2024, 2, 6), 1),
        ("fr", "Une frappe de drone a visé samedi dernier un véhicule à Al-Qaïm.", date(2024, 2, 3), 1),
        ("fr", "Une frappe de drone a visé hier un véhicule à Al-Qaïm.", date(2024, 2, 6), 1),
        ("fr", "Une frappe de drone a visé le 2 février un véhicule à Al-Qaïm.", date(2024, 2, 2), 1),
        ("en", "A drone strike hit a car in Al-Qaim late on Tuesday.", date(2024, 2, 6), 1),
        ("en", "A drone strike hit a car in Al-Qaim on Wednesday.", date(2024, 2, 7), 1),
        ("en", "A drone strike hit a car in Al-Qaim.", date(2024, 2, 7), 2),
    ],
)  # fmt: skip
def test_events_dates_resolve_against_publication(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    expected: date,
    precision: int,
) -> None:
    _article, (mention,) = extract(text, language)
    assert (mention.event_date, mention.time_precision) == (expected, precision)


def test_events_clause_without_time_inherits_the_dated_mention(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = (
        "Des drones ont frappé dimanche la base de Harir.\n\n"
        "Quelques heures après l’attaque, des roquettes ont visé la base."
    )
    _article, mentions = extract(text, "fr")
    assert [m.event_date for m in mentions] == [date(2024, 2, 4), date(2024, 2, 4)]
    assert "inherited" in mentions[1].date_note


def test_events_time_and_place_set_by_the_sentence_before(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = (
        "Drones were launched at Ain al-Asad Air Base late on Tuesday, the second attack on "
        "the facility since last Saturday. In the earlier incident on Saturday in Al-Omar, three "
        "drones were sent towards the base. One hit an empty storage area and nobody was hurt."
    )
    _article, mentions = extract(text, "en")
    assert [(m.event_date, m.location.text if m.location else None) for m in mentions] == [
        (date(2024, 2, 6), "Ain al-Asad Air Base"),
        (date(2024, 2, 3), "Al-Omar"),
    ]


def test_events_incident_without_a_place_is_where_the_story_was(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = "Des roquettes ont visé mardi la base de Harir. Une roquette a frappé un hangar."
    _article, mentions = extract(text, "fr")
    places = [m.location.text if m.location else None for m in mentions]
    assert len(places) == 2 and places[0] is not None and places[1] == places[0]


def test_events_attribution_and_place_not_the_speakers(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = (
        "Les raids sur la région de Tal Afar ont fait trois martyrs et cinq blessés, "
        "a indiqué à l’AFP une source sécuritaire."
    )
    _article, (mention,) = extract(text, "fr")
    assert mention.claimed_by == "source sécuritaire"
    assert mention.location is not None and mention.location.value == "Tal Afar"
    english = "According to the health ministry, an Israeli drone struck a car in Bint Jbeil."
    _article, (mention,) = extract(english, "en")
    assert mention.claimed_by is not None and "health ministry" in mention.claimed_by
    assert mention.location is not None and mention.location.value == "Bint Jbeil"


def test_events_actors_from_subject_agent_and_adjective(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    _article, (mention,) = extract(
        "Des frappes américaines ont visé des positions à Al-Qaïm.", "fr"
    )
    assert mention.actor1 is not None and mention.actor1.text == "américaines"
    _article, (mention,) = extract(
        "Two Hezbollah fighters were killed by an Israeli drone in Bint Jbeil.", "en"
    )
    assert mention.actor1 is not None and mention.actor1.text == "Israeli"
    assert mention.actor2 is not None and "fighters" in mention.actor2.text
    _article, (mention,) = extract(
        "Drones launched by the Houthis struck a tanker off Hodeidah on Tuesday.", "en"
    )
    assert mention.actor1 is not None and mention.actor1.text == "Houthis"


@pytest.mark.parametrize(
    ("language", "text", "actor1", "actor2"),
    [
        # A trigger phrase acts through its head noun: the bomb was planted by ISIS.
        ("en", "Two soldiers were killed when a roadside bomb planted by ISIS hit their "
               "patrol near Kirkuk on Monday.", "ISIS", None),
        # The phrase head's own target: the bombing was at the checkpoint.
        ("en", "A suicide car bombing at a military checkpoint in Baidoa killed six people "
               "on Monday.", None, "military"),
        # An adjective may say the victims are civilians.
        ("fr", "Mardi, des hommes armés ont enlevé trois responsables religieux près de Djibo.",
         "hommes armés", "responsables religieux"),
        # A participle clause's actor is its governing verb's subject.
        ("en", "Fighters of the Rapid Support Forces stormed the village of Wad al-Nourah on "
               "Wednesday, killing scores of residents.", "Fighters of the Rapid Support Forces",
               None),
        # Two words naming armed men, neither of which does alone.
        ("fr", "Mardi, des hommes armés ont enlevé sept agriculteurs dans leurs champs "
               "près de Butembo.", "hommes armés", None),
        ("en", "Armed men abducted three teachers near Dori on Saturday.", "Armed men", None),
        # Whom a site hosts is the target, even when the site's name reads as an organisation.
        ("en", "Two rockets were fired at Harir Air Base in Erbil province, which hosts "
               "US forces.", None, "US forces"),
        # "X of Y" names who holds X, in English as in French.
        ("en", "A US drone strike hit a headquarters of the Popular Mobilization Forces in "
               "eastern Baghdad.", "US", "Popular Mobilization Forces"),
        # A fight told by its two sides: the first named is actor1.
        ("fr", "De violents combats ont opposé lundi les rebelles du M23 aux Forces armées "
               "de la RDC près de Sake.", "rebelles du M23", "Forces armées de la RDC"),
        ("en", "Heavy clashes between the army and RSF fighters broke out in El Fasher on "
               "Friday.", "army", "RSF fighters"),
        # A participle describing the trigger is passive; one blaming it names its author.
        ("fr", "Mardi soir, des obus tirés par les FSR sont tombés sur le camp de Zamzam, "
               "tuant quatre déplacés.", "FSR", None),
        ("fr", "Au moins vingt civils ont été tués lundi lors d'une attaque attribuée aux "
               "rebelles des ADF contre le village de Mamove.", "rebelles des ADF", None),
        # A passive verb's agent however the parser relates it, named by its group.
        ("fr", "Au moins dix bergers ont été tués lundi par des jihadistes du groupe État "
               "islamique près de Palmyre.", "groupe État islamique", None),
        ("fr", "Trois soldats ont été tués dans une attaque de l'organisation État islamique "
               "près de Daqouq.", "organisation État islamique", None),
        # A defender stopping an attack is its target; the attack's author its initiator.
        ("en", "Troops repelled an attack by ISWAP fighters on their base in Damboa on "
               "Monday night.", "ISWAP fighters", "Troops"),
        ("en", "An attack by ISWAP fighters on an army base in Damboa was repelled by "
               "troops on Monday.", "ISWAP fighters", "troops"),
        ("fr", "Les forces armées maliennes ont repoussé mardi une attaque des jihadistes "
               "contre leur camp de Boni.", "jihadistes", "forces armées maliennes"),
        # A pronoun subject stands for the speaker: the army said *it* repelled it; and a
        # hyphen inside a word keeps the phrase whole.
        ("en", "Mali's army said it repelled an attack by al Qaeda-linked militants on a "
               "military camp in Timbuktu on Sunday.", "al Qaeda-linked militants",
               "Mali's army"),
        # A trigger noun's "by" is its author, never its target; brackets stay in the phrase.
        ("en", "At least 42 civilians were killed on Wednesday in an attack by Allied "
               "Democratic Forces (ADF) rebels on the Ndama neighbourhood of Oicha.",
               "Democratic Forces (ADF) rebels", "civilians"),
        # A name written with a slash is one: "AFC/M23", parsed as a coordination.
        ("fr", "Les rebelles de l'AFC/M23 ont pris samedi le contrôle de l'aéroport de Kavumu.",
         "rebelles de l'AFC/M23", None),
        # A target the parse hung off the trigger is found in its clause.
        ("fr", "Le Hezbollah a tiré jeudi soir plus de 150 roquettes sur des positions "
               "militaires du nord d'Israël, autour de Kiryat Shmona.", "Hezbollah",
               "militaires"),
        # Whom a side clashed with, an armed side only.
        ("en", "Fighters of the TNLA clashed with junta troops on the outskirts of Kyaukme "
               "on Saturday.", "Fighters of the TNLA", "junta troops"),
        # Who ran onto a mine took the blow: the subject is the target, not who laid it.
        ("fr", "Hier mardi, une unité FAMa en mission d'escorte a sauté sur un engin explosif "
               "improvisé à une vingtaine de kilomètres de Gao.", None, "unité FAMa"),
        ("en", "A military convoy drove over a roadside bomb near Gao on Tuesday.", None, "military"),
        # Who a casualty noun counts, through its preposition: the target.
        ("en", "Iran-aligned militants fired a ballistic missile at Ain al-Assad air base late "
               "on Tuesday, causing minor injuries to eight US personnel.",
         "Iran-aligned militants", "US personnel"),
        # The forces' own word before what they struck with names them; the junta acts.
        ("en", "Seventeen civilians were killed when regime fighter jets bombed a monastery "
               "in Kanbalu on Sunday.", "regime", None),
        ("en", "At least 29 civilians were killed on Monday when the junta bombed a camp near "
               "Laiza.", "junta", None),
        # A demonym saying whose the trigger's kind is names who acted.
        ("fr", "Des avions de combat israéliens ont frappé jeudi le port de Salif, au nord de "
               "Hodeida.", "israéliens", None),
        # Whom the sentence blames acted, however far from the trigger.
        ("en", "An air strike hit a livestock market in Mellit on Friday, killing nine people, "
               "according to local activists, who attributed it to the Sudanese Armed Forces.",
         "Sudanese Armed Forces", None),
        ("en", "Residents blamed the shelling of Karari on the Rapid Support Forces.",
         "Rapid Support Forces", None),
        # Positions held by the forces' own word are theirs; the government holds none.
        ("en", "The Kachin Independence Army launched an assault on regime positions in Bhamo "
               "on Wednesday.", "Kachin Independence Army", "regime"),
        ("en", "Houthi rebels shelled government positions near Sirwah on Monday, killing "
               "three soldiers.", "Houthi rebels", "soldiers"),
    ],
)  # fmt: skip
def test_events_actors_through_phrases_sites_and_holders(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    actor1: str | None,
    actor2: str | None,
) -> None:
    _article, mentions = extract(text, language)
    mention = mentions[0]
    if actor1 is None:
        assert mention.actor1 is None
    else:
        assert mention.actor1 is not None and mention.actor1.text.startswith(actor1)
    if actor2 is not None:
        assert mention.actor2 is not None and mention.actor2.text.startswith(actor2)


def test_events_what_a_side_attacked_with_is_no_target(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    _article, mentions = extract("Israeli forces attacked Jenin with drones on Tuesday.", "en")
    assert mentions and mentions[0].actor2 is None


def test_events_a_named_building_is_no_holder_of_the_place_around_it(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    _article, mentions = extract(
        "On 12 July 2024, Israeli artillery shelled targets on the outskirts of al Shifa "
        "Hospital in Gaza City.",
        "en",
    )
    assert mentions and mentions[0].actor2 is None


@pytest.mark.parametrize(
    ("language", "text", "targeted"),
    [
        ("fr", "Des obus se sont abattus mardi sur Karari, tuant entre 3 et 5 habitants.", True),
        ("en", "Shelling killed scores of residents in Karari on Tuesday.", True),
        ("en", "Shelling killed three soldiers in Karari on Tuesday.", False),
        ("en", "Warplanes struck two adjoining homes in Rafah overnight, killing members of two families.", True),
        ("fr", "Un drone a visé mardi le marché central de Kadugli, selon des témoins.", True),
        ("fr", "Un car de transport a sauté mardi sur une mine près de Bandiagara, tuant trois passagers.", True),
        ("fr", "Un drone a visé mardi une maison à Jouaiya, tuant un commandant et trois combattants.", False),
        ("en", "Shells fell near a school in Tubas on Tuesday, wounding two fighters.", False),
        # A word saying people live there makes the noun it modifies a civilian site.
        ("en", "Overnight, Russian drones hit an apartment building in Kharkiv, injuring five people.", True),
        ("fr", "À Kharkiv, une bombe aérienne guidée a frappé ce matin un quartier résidentiel, blessant quatorze personnes.", True),
        # A neighbourhood struck is where civilians live, unless fighters are named among
        # the dead.
        ("fr", "Samedi, une bombe aérienne guidée russe a frappé le quartier de Sotsmisto à Kherson, blessant six personnes.", True),
        ("fr", "Mercredi, des tirs d'artillerie sur un quartier de Kherson ont tué trois personnes.", True),
        ("en", "A Russian glide bomb struck a neighbourhood of Kharkiv on Sunday, wounding nine people.", True),
        ("en", "A Russian glide bomb struck a neighbourhood of Kharkiv on Sunday, wounding nine soldiers.", False),
        # Civilians a trigger noun tells of are whom it befell.
        ("fr", "Enlèvement de 12 civils mardi dans la commune de Djibo.", True),
        # People killed in a strike on a town are its civilians; not in a strike on a
        # car in it, nor where the sentence names fighters.
        ("en", "Russia struck Odesa with a ballistic missile on Monday, killing eight people and injuring 21.", True),
        ("fr", "Une attaque de drones russes sur Zaporijia a tué deux personnes mardi.", True),
        ("en", "An Israeli drone targeted a car on the road between Nabatieh and Kfar Tebnit on Tuesday, killing two people.", False),
        ("en", "Russia struck Odesa with a missile on Monday, killing eight people, most of them soldiers.", False),
        # A home struck, though its noun has a phrase of its own, and though children
        # (not an armed side) are named among the dead.
        ("en", "On Sunday, a strike on a family home in Abasan killed five people, three of them children.", True),
        ("en", "On Sunday, a strike on a house in Abasan killed five people, three of them fighters.", False),
        # One man killed by a named attacker is a civilian; two men, an armed man, or a
        # man killed with no one said to strike may be fighters.
        ("en", "A man was killed on Saturday when Ukrainian shells hit a street in the town of Shebekino.", True),
        ("fr", "À Kherson, un homme de 62 ans a été tué jeudi par un drone russe alors qu'il circulait à vélo.", True),
        ("fr", "Deux hommes ont été tués jeudi dans une frappe de drone israélienne contre une voiture près de Naqoura.", False),
        ("en", "An armed man was killed on Saturday when Ukrainian shells hit a street in Shebekino.", False),
        ("en", "Last Thursday a man on a motorcycle was killed there.", False),
        # The dead told among civilians (« parmi », "among"), though fighters hold the town.
        ("fr", "Une frappe de drone a touché mardi Kabkabiya, tenue par les paramilitaires, faisant neuf morts parmi les civils.", True),
        ("en", "A drone strike hit paramilitary-held Kabkabiya on Tuesday, killing nine among the civilians.", True),
        # A headquarters is an armed site, though its first word names a neighbourhood.
        ("fr", "Mardi, des raids ont visé un ancien quartier général de division près d'al-Kiswah.", False),
    ],
)  # fmt: skip
def test_events_civilians_counted_among_the_dead_are_targeted(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    targeted: bool,
) -> None:
    _article, (mention,) = extract(text, language)
    assert mention.civilian_targeting is targeted


def test_events_coordinated_places_are_separate_incidents(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    _article, mentions = extract("US strikes hit Al-Qaim and Akashat on Friday, killing six.", "en")
    assert sorted(m.location.value for m in mentions if m.location) == ["Akashat", "Al-Qaim"]
    assert sorted(m.fatalities or 0 for m in mentions) == [0, 6]


def test_events_toll_sentence_adds_its_own_claim(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = (
        "Une frappe de drone a tué deux combattants mardi à Al-Qaïm, selon l’armée.\n\n"
        "Des habitants font état de cinq morts."
    )
    _article, mentions = extract(text, "fr")
    assert [(m.fatalities, m.event_date) for m in mentions] == [
        (2, date(2024, 2, 6)), (5, date(2024, 2, 6)),
    ]  # fmt: skip
    assert mentions[0].claimed_by == "armée"


@pytest.mark.parametrize(
    ("language", "text", "tolls"),
    [
        # A whole war's toll, or a count since a day told before, is no claim.
        ("fr", "Des drones ont frappé mardi le port de Port-Soudan, tuant deux gardes.\n\n"
               "La guerre a fait des dizaines de milliers de morts, selon l'ONU.", [(2, None)]),
        ("en", "A drone strike killed two people in Nabatieh on Tuesday.\n\n"
               "The war has killed more than 35,000 people in Gaza.", [(2, None)]),
        ("fr", "Deux personnes ont été tuées mardi dans une frappe de drone à Nabatiyé.\n\n"
               "Plus de 320 personnes ont été tuées au Liban depuis cette date, selon l'AFP.",
         [(2, None)]),
        # Deaths of an incident recalled inside the sentence are not this one's.
        ("en", "A Russian missile attack on Kharkiv wounded 41 people on Sunday, regional "
               "officials said, two days after a guided bomb attack on an apartment block "
               "there killed seven.", [(None, 41)]),
        ("fr", "Une frappe de missile a blessé 41 personnes dimanche à Kharkiv, deux jours "
               "après une attaque à la bombe guidée qui avait tué sept habitants.", [(None, 41)]),
    ],
)  # fmt: skip
def test_events_a_wars_toll_and_a_recalled_incidents_deaths_are_no_claims(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    tolls: list[tuple[int | None, int | None]],
) -> None:
    _article, mentions = extract(text, language)
    assert [(m.fatalities, m.injuries) for m in mentions] == tolls


def test_events_absurd_toll_is_ignored_with_a_warning(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    article, (mention,) = extract("The strike killed 1000000000000 people in Mosul.", "en")
    assert mention.fatalities is None
    assert any("implausible" in w for w in article.warnings)


def test_events_long_sentence_without_breaks_stays_sane(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = " ".join(["des frappes ont visé la ville"] * 300)
    article, mentions = extract(text, "fr")
    assert all(m.sentence.cut(article.text) for m in mentions)


def _tokens(*pairs: tuple[str, str]) -> list[Token]:
    return [Token(i, i + 1, text, lemma, "", "", 0) for i, (text, lemma) in enumerate(pairs)]


def test_events_phrase_index_rank_position_and_longest() -> None:
    index = PhraseIndex([("frappe", "aérien"), ("drone",), ("frappe",), ("avion", "de", "combat"),
                         ("combat",)])  # fmt: skip
    tokens = _tokens(("Une", "un"), ("frappe", "frappe"), ("de", "de"), ("drone", "drone"),
                     ("puis", "puis"), ("frappes", "frappe"), ("aériennes", "aérien"))  # fmt: skip
    assert sorted(index.matches(tokens)) == [(0, 5), (1, 3), (2, 1), (2, 5)]
    assert index.best(tokens) == (0, 5)
    assert index.best(tokens[:4]) == (1, 3)
    plane = _tokens(("un", "un"), ("avion", "avion"), ("de", "de"), ("combat", "combat"))
    assert index.longest(plane) == [(3, 1)]


@pytest.mark.parametrize(
    ("published", "precision", "expected"),
    [
        (date(2024, 2, 7), "day", (date(2024, 2, 7), 2)),
        (date(2024, 1, 1), "month", (date(2024, 1, 15), 3)),
        (None, None, (None, None)),
    ],
)
def test_events_publication_date_fallback_never_invents(
    make_article: Callable[..., Article],
    published: date | None,
    precision: str | None,
    expected: tuple[date | None, int | None],
) -> None:
    article = make_article("x", published=published, published_precision=precision)
    day, time_precision, note = publication_date(article)
    assert (day, time_precision) == expected
    assert note


def test_events_date_after_publication_warns_and_stays_sane(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    article, (mention,) = extract("Une frappe de drone a visé le 20 février 2024 Al-Qaïm.", "fr")
    assert mention.event_date is not None and mention.event_date <= PUBLISHED
    assert any("after publication" in w for w in article.warnings)


def test_events_text_without_sentence_breaks_is_bounded(
    parser: Callable[..., Article], extractor: EventExtractor
) -> None:
    text = " ".join(["des frappes ont visé la ville de Mossoul et des roquettes"] * 400)
    article = extractor(parser(text, "fr", published=PUBLISHED))
    assert len(article.sentences) > 10
    assert all(len(s.tokens) <= 300 for s in article.sentences)
    assert article.mentions


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Hundreds of protesters rallied in Basra on Tuesday against power cuts.", "Peaceful protest"),
        ("en", "Police arrested 30 protesters at a rally in Basra on Tuesday.", "Protest with intervention"),
        ("en", "Security forces killed three protesters at a rally in Basra on Tuesday.", "Excessive force against protesters"),
        ("fr", "Des manifestants ont appelé mardi à Bassora au départ du gouverneur.", "Peaceful protest"),
    ],
)  # fmt: skip
def test_events_protests_escalate_with_arrests_and_deaths(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    expected: str,
) -> None:
    _article, mentions = extract(text, language)
    assert [m.sub_event_type for m in mentions][:1] == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Protesters threw stones at police and set tyres on fire in Basra on Tuesday."),
        (
            "fr",
            "Des manifestants ont incendié des pneus et jeté des pierres sur la police à Bassora mardi.",
        ),
    ],
)
def test_events_protest_with_protesters_violence_is_a_violent_demonstration(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]], language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert [m.sub_event_type for m in mentions][:1] == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("language", "text", "near"),
    [
        ("fr", "Des roquettes ont frappé mardi près de Daqouq, tuant deux soldats.", True),
        ("fr", "Une bombe a tué mardi trois soldats à l'est de Palmyre.", True),
        ("fr", "Des roquettes se sont abattues mardi à Daqouq, tuant deux soldats.", False),
        ("en", "A roadside bomb hit a convoy on the outskirts of Afgooye on Monday.", True),
        ("en", "A roadside bomb hit a convoy in Afgooye on Monday.", False),
    ],
)  # fmt: skip
def test_events_a_place_named_as_a_landmark_is_near(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    near: bool,
) -> None:
    _article, (mention,) = extract(text, language)
    assert mention.location is not None
    assert mention.near is near


@pytest.mark.parametrize(
    ("language", "text", "area"),
    [
        ("en", "An Israeli air aggression targeted sites in the eastern countryside of Deir Ezzor on Tuesday, killing two soldiers.", True),
        ("en", "Regime shelling killed three civilians in rural Idlib on Monday.", True),
        ("en", "Regime shelling killed three civilians in Idlib on Monday.", False),
        ("fr", "Une frappe a tué deux combattants mardi dans la campagne est de Deir Ezzor.", True),
        ("fr", "Des obus ont tué trois civils lundi dans la campagne d'Alep.", True),
        ("fr", "Une frappe a tué deux combattants mardi à Deir Ezzor.", False),
    ],
)  # fmt: skip
def test_events_the_countryside_of_a_town_is_an_area(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    area: bool,
) -> None:
    _article, (mention,) = extract(text, language)
    assert mention.location is not None
    assert mention.area is area
    assert "countryside" not in mention.location.text and "campagne" not in mention.location.text


@pytest.mark.parametrize(
    ("language", "text", "sub_event_type"),
    [
        ("en", "Government troops shelled rebel positions near Kidal on Monday.",
         "Shelling/artillery/missile attack"),
        ("en", "Militants mortared the army base in Kismayo on Sunday.",
         "Shelling/artillery/missile attack"),
        ("en", "Hamas militants sniped an Israeli soldier in Shujaiyya on Monday.", "Armed clash"),
        ("en", "Israeli warplanes carried out a series of airstrikes on Gaza City on Tuesday.",
         "Air/drone strike"),
        ("fr", "Des avions israéliens ont mené lundi une série de frappes sur Gaza.",
         "Air/drone strike"),
        # A series as the means of the act told, or in a dependent clause, and a
        # trend in a relative clause leave the sentence's incident alone.
        ("en", "Israeli forces kidnapped dozens of Palestinians in a series of raids across "
         "the West Bank.", "Abduction/forced disappearance"),
        ("fr", "Les forces israéliennes ont enlevé des dizaines de Palestiniens lors d'une "
         "série de raids en Cisjordanie.", "Abduction/forced disappearance"),
        ("en", "Militants fired rockets at the town, sparking a wave of panic among residents.",
         "Shelling/artillery/missile attack"),
        ("en", "A police officer was injured when a hand grenade exploded at a school in Lima, "
         "in a case of extortion of the kind that has occurred repeatedly in the capital.",
         "Grenade"),
        # State media's words: an "air aggression"; a massacre told with the weapon
        # that did it; a ship "struck by a projectile".
        ("en", "Two soldiers were killed in an Israeli air aggression that targeted sites near "
         "Deir Ezzor on Tuesday.", "Air/drone strike"),
        ("fr", "Mercredi, l'aviation israélienne a commis un nouveau massacre en bombardant "
         "une école de Deir al-Balah qui abrite des déplacés.", "Air/drone strike"),
        ("fr", "Des hommes armés ont commis un massacre lundi dans le village de Solhan, tuant "
         "vingt civils.", "Attack"),
        ("en", "A merchant vessel was struck by a projectile west of the port of Mokha on "
         "Tuesday, injuring one crew member.", "Shelling/artillery/missile attack"),
    ],
)  # fmt: skip
def test_events_weapon_verbs_snipings_and_series_told_as_one_act_are_incidents(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    sub_event_type: str,
) -> None:
    _article, mentions = extract(text, language)
    assert [m.sub_event_type for m in mentions] == [sub_event_type]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A series of attacks on the convoy has forced the army to change routes."),
        ("fr", "Une série d'attaques contre les convois a contraint l'armée à changer d'itinéraire."),
    ],
)  # fmt: skip
def test_events_a_series_not_dated_to_one_day_is_a_running_total(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]], language: str, text: str
) -> None:
    article, mentions = extract(text, language)
    assert mentions == ()
    assert any(tag.startswith("aggregate: ") for tag in article.tags)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ten soldiers were killed when Taliban fighters attacked their outposts in Kunduz."),
        ("fr", "Dix soldats ont été tués lorsque des combattants talibans ont attaqué "
         "leurs postes à Kunduz."),
    ],
)  # fmt: skip
def test_events_an_attack_in_a_when_clause_takes_its_head_clauses_toll(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]], language: str, text: str
) -> None:
    _article, (mention,) = extract(text, language)
    assert mention.sub_event_type == "Armed clash"
    assert mention.trigger.text.startswith("atta")  # the attack word, not the deaths alone
    assert mention.fatalities == 10


def test_events_a_place_noun_named_after_its_region_is_the_named_place(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = "In the Red Sea port city of Hodeidah, warplanes bombed a radar site on Friday."
    _article, (mention,) = extract(text, "en")
    assert mention.location is not None and mention.location.value == "Hodeidah"


def test_events_a_town_tagged_as_a_nationality_is_still_the_place(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    # The small English model tags "Omdurman" as a nationality (NORP); "in" places it.
    text = ("More than 60 people were killed when shells hit Sabreen market in Omdurman "
            "on Monday, according to the Emergency Lawyers.")  # fmt: skip
    _article, (mention,) = extract(text, "en")
    assert mention.location is not None and mention.location.text == "Omdurman"
    assert mention.actor2 is None or mention.actor2.text != "Omdurman"


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Israeli forces opened fire at people waiting for aid trucks at the Kuwait "
         "roundabout in Zeitoun on Monday, killing six.", "Zeitoun"),
        ("en", "Militants destroyed an army tank with an IED in Al Mansoura Road in Shujaiyya "
         "on Monday.", "Shujaiyya"),
        ("en", "Soldiers shot dead three people at Street 8 in Tal el Hawa on Monday.",
         "Tal el Hawa"),
        # A coast is a place noun: the town it belongs to is the place.
        ("en", "On Monday, Israeli gunboats shelled targets along the Coast of Gaza City.",
         "Gaza City"),
        ("fr", "Des soldats ont ouvert le feu sur la foule au rond-point Koweït à Zeitoun lundi, "
         "tuant six personnes.", "Zeitoun"),
    ],
)  # fmt: skip
def test_events_a_landmark_in_a_town_places_the_event_in_the_town(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    place: str,
) -> None:
    _article, mentions = extract(text, language)
    assert [m.location.value if m.location else None for m in mentions] == [place]


def test_events_a_bracketed_place_says_where_the_place_before_it_lies(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = "Israeli drones opened fire at displaced people in Northern Remal (Gaza City, Gaza Strip) on Monday."
    _article, mentions = extract(text, "en")
    assert [m.location.value if m.location else None for m in mentions] == ["Northern Remal"]
    text = "On 19 May 2025, Israeli artillery shelled Gaza - Shujaiyya (Gaza City, Gaza Strip)."
    _article, (mention,) = extract(text, "en")
    assert mention.location is not None and mention.location.value == "Gaza - Shujaiyya"
    assert mention.actor2 is None


def test_events_deaths_after_a_scene_take_its_date_and_place(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = (
        "On Monday, Israeli ground forces operated in Zeitoun. "
        "A number of militants were killed, and 2 soldiers were killed."
    )
    _article, mentions = extract(text, "en")
    assert [m.event_date for m in mentions] == [date(2024, 2, 5)]
    assert mentions[0].location is not None and mentions[0].location.value == "Zeitoun"


def test_events_a_person_killed_is_not_the_place(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    _article, (mention,) = extract("A US drone strike killed Qassem Soleimani in Baghdad.", "en")
    assert mention.fatalities == 1
    assert mention.location is not None and mention.location.value == "Baghdad"


def test_events_a_bracketed_running_total_drops_its_tolls_not_the_incident(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = (
        "On Monday, warplanes struck a house in Zeitoun, killing 8 people "
        "[the ministry said 26 deaths were split across 3 incidents that day]."
    )
    article, mentions = extract(text, "en")
    assert [m.fatalities for m in mentions] == [8]
    assert any("split across" in tag for tag in article.tags)


def test_events_a_bracket_after_a_named_camp_is_where_the_camp_lies(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = "On Monday, Israeli gunboats shelled houses in Ash Shati refugee camp (Gaza City, Gaza Strip)."
    _article, mentions = extract(text, "en")
    assert [m.location.value if m.location else None for m in mentions] == ["Ash Shati"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("fr", "Quatre roquettes ont été tirées mardi depuis la rive occidentale de l'Euphrate "
               "contre la base d'Al-Omar.", "Al-Omar"),
        ("en", "Four rockets were fired on Tuesday from the western bank of the Euphrates at "
               "the Al-Omar base.", "Al-Omar"),
    ],
)  # fmt: skip
def test_events_the_part_of_a_place_shots_came_from_is_not_the_place(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    place: str,
) -> None:
    _article, (mention,) = extract(text, language)
    assert mention.location is not None and place in mention.location.text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des roquettes ont visé mardi la base de Harir. Aucun blessé n'a été signalé."),
        ("en", "Rockets hit the Harir base on Tuesday. Nobody was hurt, officials said."),
    ],
)
def test_events_nobody_hurt_with_no_death_figure_is_nobody_killed(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]], language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    told = [m for m in mentions if m.injuries == 0]
    assert told and all(m.fatalities == 0 for m in told)


def test_events_a_ship_or_weapon_acting_names_its_side_by_demonym(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    _article, (mention,) = extract(
        "Hier, le destroyer américain USS Mason a abattu un drone au large de Hodeida.", "fr"
    )
    assert mention.actor1 is not None and mention.actor1.text.lower() == "américain"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Au moins 15 civils ont été tués mardi par un bombardement aérien à Khartoum, selon "
               "un comité de volontaires qui recensent les violences depuis le début de la guerre."),
        ("en", "At least 15 civilians were killed on Tuesday by an air strike in Khartoum, said a "
               "committee of volunteers who have recorded the violence since the start of the war."),
    ],
)  # fmt: skip
def test_events_a_since_in_a_clause_about_someone_else_keeps_the_incident(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]], language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert [m.fatalities for m in mentions] == [15]


@pytest.mark.parametrize(
    ("language", "text", "place", "day"),
    [
        ("en", "On Monday, a drone struck near the runway, causing minor damage, according to the "
               "Pentagon.", None, date(2024, 2, 5)),
        ("fr", "Dix personnes ont été tuées avant-hier dans une frappe de missile sur Odessa, selon "
               "un dernier bilan des autorités régionales publié mercredi.", "Odessa",
         date(2024, 2, 5)),
    ],
)  # fmt: skip
def test_events_who_gives_the_account_is_neither_the_place_nor_the_time(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    place: str | None,
    day: date,
) -> None:
    _article, mentions = extract(text, language)
    assert [(m.location.text if m.location else None, m.event_date) for m in mentions] == [
        (place, day)
    ]


@pytest.mark.parametrize(
    ("language", "text", "place", "killed"),
    [
        ("en", "The number of people killed in the Russian missile attack on the center of Sumy on "
               "Monday has risen to 35, the emergency service said.", "Sumy", 35),
        ("fr", "Le nombre de personnes tuées lundi dans la frappe de missile russe sur le centre de "
               "Soumy est passé à 35, selon les secours.", "Soumy", 35),
    ],
)  # fmt: skip
def test_events_a_revised_number_of_dead_and_the_town_whose_centre_was_hit(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    place: str,
    killed: int,
) -> None:
    _article, mentions = extract(text, language)
    assert [(m.location.text if m.location else None, m.fatalities) for m in mentions] == [
        (place, killed)
    ]


@pytest.mark.parametrize(
    ("language", "text", "place", "killed"),
    [
        ("fr", "Les vecteurs aériens des Forces armées maliennes (FAMa) ont frappé lundi un "
               "regroupement de terroristes près de Léré, neutralisant une quinzaine de terroristes.",
         "Léré", 15),
        ("en", "Aircraft of the Syrian Democratic Forces (SDF) struck a hideout near Hasakah on "
               "Monday, neutralising five militants.", "Hasakah", 5),
    ],
)  # fmt: skip
def test_events_an_abbreviation_is_no_place_and_neutralised_fighters_are_dead(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    place: str,
    killed: int,
) -> None:
    _article, mentions = extract(text, language)
    assert [(m.sub_event_type, m.location.text if m.location else None, m.fatalities)
            for m in mentions] == [("Air/drone strike", place, killed)]  # fmt: skip


def test_events_what_a_witness_saw_forces_doing_is_an_incident(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    _article, mentions = extract("Residents filmed soldiers shelling the village of Kaddura.", "en")
    assert [m.sub_event_type for m in mentions] == ["Shelling/artillery/missile attack"]


def test_events_a_time_expression_names_no_place(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    _article, mentions = extract(
        "Militias struck the Conoco base early Wednesday. On Monday, they rained rockets on the "
        "occupiers' base in the Al-Omar oil field. Five rockets landed inside the base.",
        "en",
    )
    assert mentions
    assert all(m.location is None or "Monday" not in m.location.text for m in mentions)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen killed five soldiers near Mocimboa da Praia on Tuesday, the latest in a "
               "string of attacks that have killed more than 100 people since January."),
        ("fr", "Des hommes armés ont tué cinq soldats mardi près de Mocimboa da Praia, dans une "
               "région où les attaques, qui ont fait plus de 100 morts depuis janvier, se multiplient."),
    ],
)  # fmt: skip
def test_events_a_running_total_in_a_relative_clause_keeps_the_incidents_toll(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]], language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert mentions
    assert {m.fatalities for m in mentions} <= {5, None}
    assert 5 in {m.fatalities for m in mentions}


def test_events_toll_subject_of_a_passive_hung_as_an_oblique(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    # The aside after the subject makes the French parser hang « personnes » as an
    # oblique of « tuées »: it is still the passive's subject, the counted victims.
    text = ("Au moins dix-huit personnes, dont cinq militaires et treize civils, ont été "
            "tuées mardi soir dans un attentat contre la garnison de Bannu.")  # fmt: skip
    _article, mentions = extract(text, "fr")
    assert [m.fatalities for m in mentions] == [18]


def test_events_two_places_bounding_one_stretch_are_one_incident(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = (
        "A Turkish drone struck a car on the road between Zakho and Duhok on Monday, killing two."
    )
    _article, mentions = extract(text, "en")
    assert [m.location.text for m in mentions if m.location] == ["Zakho"]


def test_events_fire_told_as_part_of_a_clash_is_that_clash(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = ("Les combattants ont annoncé avoir ciblé samedi un char avec un obus à l'est de "
            "Khan Younès, et affronté une force d'infanterie dans le même secteur.")  # fmt: skip
    _article, mentions = extract(text, "fr")
    assert [m.sub_event_type for m in mentions] == ["Armed clash"]


def test_events_a_toll_told_alone_after_a_state_of_emergency_is_an_incident_of_its_own(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = ("The government declared a state of emergency in the region on Monday. "
            "Three civilians were killed in Tibu on Thursday, officials said.")  # fmt: skip
    _article, mentions = extract(text, "en")
    killed = [m for m in mentions if m.fatalities]
    assert [(m.sub_event_type, m.fatalities) for m in killed] == [("Attack", 3)]


def test_events_a_town_stormed_is_the_place_though_the_parser_hangs_it_on_the_noun(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = ("Dimanche, des centaines d'hommes armés ont pris d'assaut Mirebalais, "
            "dans le département du Centre.")  # fmt: skip
    _article, mentions = extract(text, "fr")
    assert [(m.sub_event_type, m.location.text if m.location else None) for m in mentions] == [
        ("Armed clash", "Mirebalais")
    ]


def test_events_the_datelines_day_gives_way_to_the_sentences_own_time(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = ("TULKARM, Wednesday (PTA) - Five people were killed late yesterday when a drone "
            "struck a car in the Nur Shams camp, the ministry said.")  # fmt: skip
    article, mentions = extract(text, "en")
    assert article.published is not None
    assert {(article.published - m.event_date).days for m in mentions if m.event_date} == {1}


def test_events_a_count_dated_by_when_it_stood_keeps_the_incidents_date(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = ("Forces of a rival brigade stormed positions of the militia in Abu Salim late on "
            "Monday. Medics said they had recovered six bodies from the area by Tuesday morning.")  # fmt: skip
    _article, mentions = extract(text, "en")
    assert len({m.event_date for m in mentions}) == 1
    assert [m.fatalities for m in mentions if m.fatalities] == [6]


def test_events_another_incident_the_same_night_takes_that_nights_date(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = ("On the night of 3/4 February 2024, troops clashed with militants near Lakki Marwat. "
            "In another engagement the same night near Bannu, four militants were killed.")  # fmt: skip
    _article, mentions = extract(text, "en")
    assert {m.event_date for m in mentions} == {date(2024, 2, 3)}


def test_events_two_accounts_of_a_toll_in_one_sentence_are_coded_at_the_smaller(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = ("Un attentat-suicide a frappé samedi soir un salon de thé de Konduga. Les secours "
            "évoquent au moins 18 morts, la police, elle, fait état de 12 morts et de 19 blessés.")  # fmt: skip
    _article, mentions = extract(text, "fr")
    assert [(m.fatalities, m.injuries) for m in mentions if m.fatalities] == [(12, 19)]
