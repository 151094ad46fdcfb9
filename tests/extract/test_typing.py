"""Typing the strategic developments, riots and territory changes ACLED codes.

Sentences written for eventwire. ``with`` triggers need an argument word
("seized" + weapons), territory is typed by who took it, protesters who fight
make a riot, an attack on the unarmed is an Attack, not a clash; the negative
cases hold the lines those rules draw, and keep disasters out.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import Article, EventMention

pytestmark = pytest.mark.model

Extract = Callable[..., tuple[Article, tuple[EventMention, ...]]]


@pytest.mark.parametrize(
    ("language", "text", "sub_event_type"),
    [
        ("en", "Police seized nine pistols and 500 rounds of ammunition in Cuttack on Friday.",
         "Disrupted weapons use"),
        ("en", "Two explosive devices were found near the central station in Leeds on Tuesday.",
         "Disrupted weapons use"),
        ("en", "Army engineers destroyed 300 landmines near Kandahar on Monday.",
         "Disrupted weapons use"),
        ("en", "Saudi air defences intercepted a ballistic missile fired at Jazan on Sunday.",
         "Disrupted weapons use"),
        ("fr", "La gendarmerie a saisi une dizaine de fusils et des munitions samedi à Kayes.",
         "Disrupted weapons use"),
        ("fr", "Un engin explosif a été découvert près du marché de Gao lundi.",
         "Disrupted weapons use"),
        ("en", "Immigration officers intercepted 12 locally made guns at the border post of Aflao.",
         "Disrupted weapons use"),
        ("fr", "La douane a intercepté une cargaison d'armes au port de Cotonou lundi.",
         "Disrupted weapons use"),
        ("en", "Iraqi forces discovered a mass grave containing the bodies of 200 soldiers near Tikrit.",
         "Other"),
        ("fr", "Un charnier contenant une cinquantaine de corps a été découvert près de Bunia.",
         "Other"),
        ("en", "A rocket-propelled grenade hit an army vehicle in Kidal on Monday, killing two soldiers.",
         "Shelling/artillery/missile attack"),
        ("en", "The militants seized a deserted army post near Palmyra on Sunday.",
         "Non-violent transfer of territory"),
        ("en", "Four soldiers were killed when their truck hit a ground mine near Jizan on Monday.",
         "Remote explosive/landmine/IED"),
        # A gold mine attacked is an attack, not a landmine.
        ("en", "Gunmen attacked a gold mine in Kalehe on Monday, killing four workers.", "Attack"),
        ("en", "Militants detonated explosives beneath a bridge in Helmand on Sunday.",
         "Remote explosive/landmine/IED"),
        ("fr", "Les jihadistes ont fait exploser une charge sous un pont près de Ménaka lundi.",
         "Remote explosive/landmine/IED"),
        ("en", "Militants detonated a suicide vehicle-borne bomb at a hotel in Mogadishu, killing 25.",
         "Suicide bomb"),
        ("en", "Turkish troops have set up a new observation post near Saraqib.",
         "Headquarters or base established"),
        ("en", "The rebels established a fortified military camp outside Kalehe on Monday.",
         "Headquarters or base established"),
        ("fr", "Les forces turques ont installé un nouveau poste d'observation près d'Idlib.",
         "Headquarters or base established"),
        ("en", "The army and the rebels have agreed a fragile 48-hour ceasefire in Tawergha.",
         "Agreement"),
        ("en", "More than 150 militants surrendered to government forces in Jawzjan on Monday.",
         "Agreement"),
        ("en", "The government released 30 prisoners in exchange for 16 soldiers on Sunday.",
         "Agreement"),
        ("fr", "Les rebelles et l'armée ont conclu hier une trêve de 48 heures à Kidal.", "Agreement"),
        ("fr", "Le gouvernement a libéré 30 prisonniers en échange de 16 soldats.", "Agreement"),
        ("en", "The rebels and the army agreed a fragile ceasefire after heavy fighting in Kidal.",
         "Agreement"),
        ("fr", "Les rebelles et l'armée ont conclu une trêve après de violents combats à Kidal.",
         "Agreement"),
        ("en", "The guerrillas started peace talks with the government in Havana on Monday.",
         "Agreement"),
        ("fr", "Les deux camps ont entamé des pourparlers de paix lundi à Doha.", "Agreement"),
        ("en", "A grenade was hurled at a vehicle carrying soldiers in Jolo on Thursday, wounding eight.",
         "Grenade"),
        ("fr", "Un homme a lancé une grenade sur un bar de Bujumbura dimanche, blessant trois personnes.",
         "Grenade"),
        ("en", "Dozens of civilians suffered breathing problems after a poisonous gas attack in Douma.",
         "Chemical weapon"),
        ("fr", "Des dizaines de civils ont été touchés par une attaque au gaz lundi à Douma.",
         "Chemical weapon"),
        ("en", "US forces have withdrawn from a key base south of Kobane.",
         "Change to group/activity"),
        ("en", "The army deployed hundreds of troops along the border on Monday.",
         "Change to group/activity"),
        ("fr", "Les troupes françaises se sont retirées de la base de Tessalit mardi.",
         "Change to group/activity"),
        ("fr", "L'armée a déployé des renforts à Djibo lundi.", "Change to group/activity"),
        ("en", "Al-Shabaab militants recaptured the town of Bulo Burte on Monday.",
         "Non-state actor overtakes territory"),
        ("en", "Government forces seized control of the highway near Saraqib on Monday.",
         "Government regains territory"),
        ("en", "Troops captured two rebel camps in Abra over the weekend.",
         "Government regains territory"),
        ("fr", "Les jihadistes ont repris le contrôle de la ville de Boni mardi.",
         "Non-state actor overtakes territory"),
        ("fr", "L'armée malienne a pris la ville d'Anéfis mardi.", "Government regains territory"),
        ("en", "The army drove the militants out of three villages near Palmyra on Monday.",
         "Government regains territory"),
        ("fr", "L'armée a chassé les jihadistes de la localité de Boni mardi.",
         "Government regains territory"),
        # Taken as the other side left: a non-violent transfer, the withdrawal included.
        ("fr", "Les jihadistes ont pris le contrôle de Boni après le retrait de l'armée malienne.",
         "Non-violent transfer of territory"),
        ("en", "Hundreds of protesters clashed with police in Santiago on Monday.",
         "Violent demonstration"),
        ("en", "Protesters threw bottles at police outside the parliament in Beirut.",
         "Violent demonstration"),
        ("fr", "Des manifestants se sont affrontés avec la police samedi à Dakar.",
         "Violent demonstration"),
        ("fr", "Des manifestants ont jeté des pierres sur les policiers samedi à Dakar.",
         "Violent demonstration"),
        ("en", "Anti-government protests in Lyon turned very violent on Saturday.",
         "Violent demonstration"),
        ("en", "Youths blocked the main road with burning tyres in Kinshasa on Monday.",
         "Violent demonstration"),
        ("fr", "La manifestation a tourné à l'affrontement samedi à Dakar.", "Violent demonstration"),
        ("fr", "Des jeunes ont érigé des barricades à Kinshasa lundi.", "Violent demonstration"),
        # A clash needs two armed sides: armed men firing on a bar attack civilians.
        ("en", "Gunmen attacked a bar in Belem on Monday and killed 11 people.", "Attack"),
        ("en", "Bandits killed seven people in separate attacks on three villages near Giwa.",
         "Attack"),
        ("en", "Gunmen attacked a police checkpoint in Karachi on Monday, killing two.",
         "Armed clash"),
        ("fr", "Des hommes armés ont attaqué un bar à Ouagadougou lundi, tuant onze personnes.",
         "Attack"),
        ("fr", "Des jihadistes ont attaqué un poste de l'armée près de Djibo, tuant deux soldats.",
         "Armed clash"),
        ("en", "Protesters smashed shop windows in central Portland on Thursday.",
         "Violent demonstration"),
        ("en", "Security forces used excessive force against peaceful protesters in Ramallah.",
         "Excessive force against protesters"),
        ("en", "Police launched a violent crackdown on demonstrators in Baghdad on Friday.",
         "Excessive force against protesters"),
        ("fr", "Les forces de l'ordre ont violemment réprimé la manifestation samedi à Conakry.",
         "Excessive force against protesters"),
        ("fr", "Des policiers ont fait un usage excessif de la force contre les manifestants à Dakar.",
         "Excessive force against protesters"),
        # Aircraft strike; the army demolishing a building is property destruction,
        # not a bomb disposal.
        ("en", "Israeli military airplanes struck a house in Gaza City on Monday, killing four.",
         "Air/drone strike"),
        ("en", "Israeli UAVs struck a gathering in Shujaiyya, killing 3 Palestinians.",
         "Air/drone strike"),
        ("en", "Soldiers blew up a residential building in Rafah on Tuesday in a controlled explosion.",
         "Looting/property destruction"),
        ("fr", "Les soldats ont dynamité plusieurs maisons à Rafah mardi.",
         "Looting/property destruction"),
        # The verb "struck" is a bare hit word, not an air strike.
        ("en", "Gunmen struck a village near Giwa on Monday, killing seven people.", "Attack"),
        ("en", "A police officer beat a demonstrator with his baton in Nairobi on Tuesday.",
         "Excessive force against protesters"),
        ("fr", "Des policiers ont passé à tabac un manifestant mardi à Conakry.",
         "Excessive force against protesters"),
        # Only the typing word's context decides: the march was only tried, the
        # tear gas was fired.
        ("en", "Police fired tear gas at protesters in Ankara in an attempt to stop them marching.",
         "Protest with intervention"),
        # Road-blocking and barriers pulled down, told of protesters, are a riot.
        ("en", "Demonstrators blocked the main highway into Lima on Tuesday morning.",
         "Violent demonstration"),
        ("en", "Protesters pulled down the metal barriers outside parliament in Tbilisi on Monday.",
         "Violent demonstration"),
        ("fr", "Des manifestants ont bloqué la route nationale à Thiès lundi pour protester.",
         "Violent demonstration"),
        # Protesters wounded by crowd-control means (no deaths, no live fire): the
        # held-out sets' coders code intervention; by an attack, excessive force.
        ("en", "Dozens of students were injured in Dhaka as police fired rubber bullets at the protest.",
         "Protest with intervention"),
        ("en", "Police attacked a peaceful student demonstration in Delhi on Thursday, injuring 30.",
         "Excessive force against protesters"),
        # Deaths the protesters mourn are not force against them.
        ("en", "Thousands marched in Nairobi demanding justice for three students killed by a bus.",
         "Peaceful protest"),
        # An old year in a relative clause dates a noun, not the protest.
        ("en", "Lawyers marched in Harare against abuses that have grown since the president took "
               "power in 2017.", "Peaceful protest"),
        # Armed men against a building or a bus: an attack on the unarmed, not a clash.
        ("en", "Armed men attacked a stock exchange in Karachi on Monday, and four of the attackers "
               "were killed.", "Attack"),
        ("en", "Bandits killed nine people in attacks on local government areas of Zamfara.",
         "Attack"),
        # A stash or cache of weapons found; bases set up (the parser reads "bases" as "basis").
        ("en", "Soldiers found a stash of mortar rounds in a farmhouse near Kirkuk on Monday.",
         "Disrupted weapons use"),
        ("fr", "Les militaires ont découvert une importante cache de munitions près de Mopti.",
         "Disrupted weapons use"),
        ("en", "Turkish troops have set up two new bases near Dohuk.",
         "Headquarters or base established"),
        # A raid on the ground is a bare attack word; who took a place may be the
        # verb's own subject.
        ("en", "Gunmen raided a village near Zurmi on Monday, killing 12 people.", "Attack"),
        ("en", "Forces loyal to the government wrested control of a military camp near Aden.",
         "Government regains territory"),
        # Property burnt or vandalised is property destruction; by protesters, a riot.
        ("en", "Unknown assailants burnt down three houses in Kaura on Saturday night.",
         "Looting/property destruction"),
        ("en", "Protesters torched two police vehicles in central Santiago on Friday.",
         "Violent demonstration"),
        ("fr", "Des manifestants ont vandalisé la mairie de Kindia samedi.",
         "Violent demonstration"),
        ("en", "Protesters attacked a police station in Sylhet on Sunday.", "Violent demonstration"),
        # Sexual violence named in other words; places taken back.
        ("en", "A soldier molested a teenage girl at a checkpoint near Beni on Monday.",
         "Sexual violence"),
        ("en", "Troops cleared the town of Marawi of the last militants on Monday.",
         "Government regains territory"),
        ("en", "The army pushed back the militants from three villages near Sirte on Tuesday.",
         "Government regains territory"),
        ("fr", "L'armée a délogé les jihadistes de la localité de Boni mardi.",
         "Government regains territory"),
        # A bombing is a bomb attack unless air strikes are told; an air force acts from the air.
        ("en", "A bombing at a crowded market in Kabul killed 12 people on Sunday.",
         "Remote explosive/landmine/IED"),
        ("en", "The Nigerian Air Force destroyed a militant camp near Bama, killing 20 fighters.",
         "Air/drone strike"),
        ("en", "The militants constructed a new base outside Kidal on Monday.",
         "Headquarters or base established"),
        ("en", "Protesters went on a rampage through central Minsk on Sunday night.",
         "Violent demonstration"),
        # An old year dates its own clause: the strike is news.
        ("en", "An air strike killed 29 soldiers near Idlib on Thursday, the worst toll since "
               "Turkey intervened in 2016.", "Air/drone strike"),
        # Symptoms of a toxic agent after shelling name a chemical weapon.
        ("en", "Rebel shelling left dozens of people with breathing difficulties in Khan "
               "Sheikhoun.", "Chemical weapon"),
        ("fr", "Des dizaines d'habitants souffrent de difficultés respiratoires après des tirs "
               "d'obus sur Douma.", "Chemical weapon"),
        # A bare attack word on a named village is an incident.
        ("en", "Gunmen raided the village of Pansi on Monday.", "Attack"),
        # An attack repelled met armed defenders: a clash.
        ("en", "Soldiers repelled an attack by militants on a base near Diffa on Sunday.",
         "Armed clash"),
        ("fr", "L'armée a repoussé une attaque de jihadistes contre le camp de Boni dimanche.",
         "Armed clash"),
        ("en", "Police and gunmen were involved in a shootout in Kaduna on Friday.", "Armed clash"),
        # Mass displacement told alone is a strategic development (ACLED: Other).
        ("en", "Some 4,000 people have fled their villages around Djibo, the UN said on Friday.",
         "Other"),
        ("fr", "Plus de 3 000 habitants ont fui la ville de Kaya, selon le HCR.", "Other"),
        # A named place taken needs no town noun; the taker types the taking.
        ("en", "Taliban fighters captured Kunduz on Monday.", "Non-state actor overtakes territory"),
        ("en", "The army liberated Mosul from Islamic State militants on Sunday.",
         "Government regains territory"),
        ("fr", "Les jihadistes ont pris Kidal mardi.", "Non-state actor overtakes territory"),
        # Arrests and disappearances told in other words; a bomb going off.
        ("en", "Turkish police apprehended 12 suspects linked to the Islamic State group.",
         "Arrests"),
        ("en", "Authorities rounded up dozens of opposition activists in Minsk on Sunday.",
         "Arrests"),
        ("fr", "La police a appréhendé douze militants de l'opposition dimanche à Dakar.",
         "Arrests"),
        ("en", "Rights groups documented the enforced disappearance of a student in Dhaka.",
         "Abduction/forced disappearance"),
        ("fr", "L'ONG dénonce la disparition forcée d'un journaliste à Bamako.",
         "Abduction/forced disappearance"),
        ("en", "A suicide car bomber rammed into a military convoy in Mogadishu on Monday.",
         "Suicide bomb"),
        ("en", "A bomb attached to a motorcycle went off in a crowded market in Quetta.",
         "Remote explosive/landmine/IED"),
        # Rockets on flood victims are still rockets.
        ("en", "Rockets hit a camp for flood victims near Marib on Monday, killing five.",
         "Shelling/artillery/missile attack"),
        # A missile intercepted is the disruption, not the missile attack.
        ("en", "Air defences intercepted a ballistic missile fired towards Riyadh on Sunday.",
         "Disrupted weapons use"),
        # Killings by blade name an attack; gunfire traded, a clash.
        ("en", "Unknown assailants stabbed a journalist to death in Karachi on Monday.", "Attack"),
        ("en", "Militants beheaded three civilians in Cabo Delgado on Sunday.", "Attack"),
        ("fr", "Des jihadistes ont égorgé trois civils dimanche près de Mocimboa.", "Attack"),
        ("en", "Police and gunmen exchanged gunfire in Kaduna on Friday.", "Armed clash"),
        # Vehicles destroyed by aircraft: the air strike; property destroyed
        # beside fighting: the fighting's damage, not an event of its own.
        ("en", "The Syrian Air Force destroyed a number of vehicles near Zardana on Monday.",
         "Air/drone strike"),
        ("en", "Troops recaptured the village of Albu Eifan after clashes with the militants, "
               "destroying three of their vehicles.", "Government regains territory"),
        # A ceasefire taking effect, whatever words come between.
        ("en", "The ceasefire between the army and the rebels took effect at midnight on Sunday.",
         "Agreement"),
        ("fr", "Le cessez-le-feu conclu entre l'armée et les rebelles est entré en vigueur "
               "dimanche.", "Agreement"),
        # A people named by nationality fleeing in numbers is displacement.
        # (A count "since Monday" is a running total: the day of one exodus is told.)
        ("en", "Almost 15,000 Syrians fled to Turkey on Monday, the UN said.", "Other"),
        # Places liberated or fallen, and the cause a protest is against.
        ("en", "The army announced the liberation of the city of Marawi from militants.",
         "Government regains territory"),
        ("fr", "L'armée a annoncé la libération de la ville de Marawi.",
         "Government regains territory"),
        ("en", "The town fell to Taliban fighters after days of fighting.",
         "Non-state actor overtakes territory"),
        ("en", "Hundreds rallied in Mandalay on Monday in a protest against the coup.",
         "Peaceful protest"),
        ("fr", "Des centaines de personnes ont manifesté lundi à Niamey contre le coup d'État.",
         "Peaceful protest"),
        # A taking verb without a subject of its own has its head's: the taker.
        ("en", "The Myanmar military used tanks and infantry to take control of six villages "
               "near Laukkai.", "Government regains territory"),
        ("en", "Kachin rebels claimed to have recaptured a base near Laiza on Sunday.",
         "Non-state actor overtakes territory"),
        # A hyphenated trigger matches the parts the tokenizer splits it into.
        ("fr", "Dix-huit personnes ont été tuées mardi dans un double attentat-suicide contre "
               "la garnison de Bannu.", "Suicide bomb"),
    ],
)  # fmt: skip
def test_typing_sentence_gets_sub_event_type(
    extract: Extract, language: str, text: str, sub_event_type: str
) -> None:
    _article, mentions = extract(text, language)
    assert [m.sub_event_type for m in mentions] == [sub_event_type]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Without a weapon among its arguments, a seizure or interception is no event.
        ("en", "The police intercepted a suspected human trafficker on Monday."),
        ("en", "Customs officers seized 40 kilograms of cocaine on Friday."),
        # A place the seizure happened at is not what was taken.
        ("en", "Customs officers seized 40 kilograms of cocaine at the port on Friday."),
        ("fr", "Les douaniers ont saisi 40 kilos de cocaïne vendredi au port."),
        # Troops standing somewhere, or a withdrawal demanded, is no move.
        ("en", "Roughly 350 US personnel are deployed at the site."),
        ("fr", "Le gouvernement exige le retrait des soldats étrangers."),
        # A base described, not set up.
        ("fr", "La base installée sur le champ gazier abrite 900 soldats."),
        # Agreeing to something else, or a surrender demanded.
        ("en", "The two ministers agreed to meet again next month."),
        ("en", "The army called for the surrender of the rebels."),
        # Disasters and accidents are no political violence, whatever their toll.
        ("en", "A massive earthquake hit the north of the country on Monday, killing 20 people."),
        ("en", "At least 15 people were killed when a fireworks warehouse exploded in Hebei."),
        ("en", "Twelve people were killed in a plane crash near Bogota on Sunday."),
        ("en", "A tsunami struck the coast of Sulawesi on Friday, killing dozens."),
        ("en", "Ten people died after inhaling gas that leaked from a chemical factory on Wednesday."),
        ("fr", "Un violent séisme a frappé le nord du pays lundi, faisant 20 morts."),
        ("fr", "Douze personnes ont été tuées dans un accident de la route près de Thiès."),
        # Responses to a disaster, and leaks, are no conflict development.
        ("en", "Troops were mobilised to help residents trapped by the floods in the north."),
        ("fr", "L'armée a été mobilisée pour secourir les victimes des inondations dans le nord."),
        ("en", "At least 280 people fell ill after inhaling toxic gas that leaked from a chemical factory."),
        # Roads blocked by the police, without barricades, are no riot.
        ("en", "Police blocked the roads leading to the square on Saturday."),
        ("en", "Heavy snow blocked roads across the region on Monday."),
        ("fr", "Les gendarmes ont bloqué la route nationale à Thiès lundi."),
        # An industrial accident, and the sentences after it that tell its toll.
        ("en", "Explosions tore through a chemical plant in Tianjin on Wednesday. The blasts "
               "killed at least 40 people."),
        ("en", "Gas cylinders exploded during a fire at a garage in Milan on Monday, injuring two."),
        ("fr", "Une explosion a ravagé une usine chimique près de Lyon mardi. Le souffle a tué "
               "trois ouvriers."),
        ("en", "A blast at a coal mine in Balochistan killed twelve miners on Monday."),
        # A dated clause dates what it governs; any trigger negated negates its clause.
        ("en", "US warships last fired on the Houthis in 2016, when they hit radar sites on the "
               "coast."),
        ("en", "The air force does not target civilians, a spokesman said on Monday."),
        # Crimes and private quarrels are no political violence.
        ("en", "Armed robbers shot dead a shopkeeper in Kano on Monday during a robbery."),
        ("fr", "Des braqueurs ont tué un commerçant lundi à Abidjan lors d'un braquage."),
        # A country alone is no target on the ground.
        ("en", "The White House announced new economic measures targeting Russia."),
        # Diplomats of a nationality expelled are diplomacy, not displacement.
        ("en", "Norway has expelled two Australian diplomats, the foreign minister said."),
        # Gunmen fleeing are no displacement.
        ("en", "The gunmen fled into the forest near Djibo on Monday."),
        # Road and rail accidents; arrests for a common crime (not political).
        ("en", "Two trains collided near Cairo on Friday, killing 32 passengers."),
        ("en", "Three people were killed when a bus fell into a ravine near Shimla."),
        ("fr", "Deux trains sont entrés en collision près du Caire, tuant 32 passagers."),
        ("en", "Police arrested three men after an armed robbery at a bank in Lagos."),
        ("en", "Twelve people died when a ferry sank off the coast of Zanzibar on Monday."),
        ("en", "Fanned by high winds, bushfires hit three towns in Victoria, killing four people."),
        ("fr", "Douze personnes sont mortes lundi dans l'effondrement d'un immeuble à Abidjan."),
        ("en", "Two military aircraft crashed off the coast of Okinawa on Saturday, the "
               "ministry said."),
        ("fr", "La police a arrêté trois hommes après un braquage à Abidjan."),
        # A claim of responsibility recalls an incident, with its toll, told before.
        ("en", "Islamic State claimed responsibility for a bomb attack which ripped a hole in a "
               "passenger plane after takeoff from Mogadishu."),
        ("en", "Islamic State takes credit for suicide bomb that killed dozens in Afghanistan."),
        ("fr", "Le JNIM a revendiqué l'attentat à la voiture piégée qui a visé vendredi le camp "
               "de Boulkessi."),
        ("en", "The minister said Iran was behind the missile attack on the Abqaiq refinery."),
        ("fr", "Le ministre a affirmé que l'Iran était derrière l'attaque de missiles contre la "
               "raffinerie d'Abqaiq."),
        # What someone is suspected or accused of is a charge, not an incident.
        ("en", "The two men suspected of kidnapping children were released on bail."),
        ("fr", "Les deux hommes soupçonnés d'enlèvement ont été remis en liberté."),
        # Attacks plotted are no attacks; a named place is not what was taken from it.
        ("en", "Police jailed 60 militants suspected of plotting to launch attacks in Punjab."),
        ("fr", "La police a écroué 60 militants soupçonnés de comploter des attaques au Pendjab."),
        ("en", "Gunmen took residents of Kunduz to a nearby forest on Monday."),
    ],
)  # fmt: skip
def test_typing_non_event_gives_no_mention(extract: Extract, language: str, text: str) -> None:
    _article, mentions = extract(text, language)
    assert [m.sub_event_type for m in mentions] == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Troops withdrew from the crossing on Sunday, letting the militants seize it without resistance."),
        ("en", "Islamic State fighters recaptured Palmyra on Sunday after the army pulled out."),
        ("fr", "Les soldats se sont retirés du poste lundi, laissant les rebelles le prendre sans résistance."),
        # Forces leaving a base in others' hands transfer it.
        ("en", "All government troops have withdrawn from the base, leaving it in the hands of the rebels."),
        ("fr", "Les soldats se sont retirés de la base, laissant le camp aux mains des rebelles."),
        ("en", "The militants entered the city unopposed after the army pulled out."),
        ("fr", "Les rebelles sont entrés dans la ville sans opposition après le départ de l'armée."),
    ],
)  # fmt: skip
def test_typing_withdrawal_that_yields_a_place_is_the_transfer(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert mentions
    assert {m.sub_event_type for m in mentions} == {"Non-violent transfer of territory"}


def test_typing_bare_attack_word_after_an_incident_in_the_same_sentence_retells_it(
    extract: Extract,
) -> None:
    text = "An angry mob vandalised five temples and attacked shops in Comilla on Sunday."
    _article, mentions = extract(text, "en")
    assert [m.sub_event_type for m in mentions] == ["Mob violence", "Mob violence"]


@pytest.mark.parametrize(
    ("language", "text", "sub_event_type"),
    [
        # A protest told over several sentences is coded once, at the highest rung
        # any of them tells: what the protesters did next makes it a riot.
        ("en", "Hundreds of villagers rallied on Sunday against a new mine near Tete. "
               "They blocked the road to the site for six hours.", "Violent demonstration"),
        ("en", "While most demonstrators rallied peacefully in Lyon on Saturday, a few dozen "
               "clashed with police.", "Violent demonstration"),
        ("fr", "Des centaines de personnes ont manifesté samedi à Conakry. Elles ont barré les "
               "principaux axes de la ville.", "Violent demonstration"),
        ("en", "Thousands of teachers protested in Accra on Monday. Police later fired tear gas "
               "to disperse them.", "Protest with intervention"),
        # Breathing problems after tear gas at a protest: the protest dispersed.
        ("en", "Protesters suffered breathing problems after police fired tear gas in Harare.",
         "Protest with intervention"),
        # A story's raids after its air strikes are air raids; a taking with no
        # taker named is the story's taking; one told beside a transfer is it.
        ("en", "Israeli warplanes struck Gaza City on Monday. The raids killed four people.",
         "Air/drone strike"),
        ("en", "Government troops captured two villages near Idlib on Wednesday. The capture of "
               "the villages brings the army closer to Khan Sheikhoun.",
         "Government regains territory"),
        ("en", "Al-Shabaab fighters took control of Buur Hakaba on Monday. The militants seized "
               "the town after government troops withdrew from it.",
         "Non-violent transfer of territory"),
        ("fr", "Les jihadistes ont pris le contrôle de Boni lundi. Ils sont entrés dans la ville "
               "sans résistance après le retrait de l'armée.",
         "Non-violent transfer of territory"),
        # Attacks told again with their means are typed by it.
        ("en", "Army posts were hit by attacks in 13 places in Pattani on Wednesday night. The "
               "attacks were carried out with grenades.", "Grenade"),
        ("fr", "Des postes de l'armée ont été visés par des attaques mercredi soir à Pattani. Les "
               "attaques ont été menées à la grenade.", "Grenade"),
    ],
)  # fmt: skip
def test_typing_story_is_typed_as_a_whole(
    extract: Extract, language: str, text: str, sub_event_type: str
) -> None:
    _article, mentions = extract(text, language)
    assert mentions
    assert {m.sub_event_type for m in mentions} == {sub_event_type}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rebels attacked an army post near Sake on Monday, killing four soldiers. "
               "Thousands of residents fled to Goma."),
        ("fr", "Des rebelles ont attaqué un poste de l'armée près de Sake lundi, tuant quatre "
               "soldats. Des milliers d'habitants ont fui vers Goma."),
    ],
)  # fmt: skip
def test_typing_displacement_beside_fighting_is_its_toll(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert [m.sub_event_type for m in mentions] == ["Armed clash"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Guided bombs dropped by Russian aircraft hit a hypermarket in Kharkiv on Saturday."),
        ("en", "Russian warplanes struck Kharkiv on Saturday. Two bombs hit a hypermarket."),
        ("fr", "Des bombes aériennes guidées ont frappé samedi un hypermarché de Kharkiv."),
    ],
)  # fmt: skip
def test_typing_bombs_dropped_from_the_air_are_air_strikes(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]], language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert mentions
    assert {m.sub_event_type for m in mentions} == {"Air/drone strike"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israeli settlers attacked Palestinian homes in the village of Turmus Ayya on "
               "Tuesday, torching cars and injuring four residents."),
        ("fr", "Des colons israéliens ont attaqué mardi des maisons palestiniennes dans le village de "
               "Turmus Ayya, incendiant des voitures et blessant quatre habitants."),
    ],
)  # fmt: skip
def test_typing_damage_with_people_hurt_is_the_attack(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]], language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert [(m.sub_event_type, m.injuries) for m in mentions] == [("Attack", 4)]
    # The settlers act, not the country their adjective names.
    assert mentions[0].actor1 is not None
    assert mentions[0].actor1.value in ("settlers", "colons")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A truck packed with explosives blew up at a checkpoint in Mogadishu on Monday, "
               "killing 12 people."),
        ("en", "A truck bomb exploded near a market in Mogadishu on Monday, killing 12 people."),
        ("fr", "Un camion bourré d'explosifs a explosé lundi à un poste de contrôle de "
               "Mogadiscio, tuant douze personnes."),
    ],
)  # fmt: skip
def test_typing_a_vehicle_rigged_to_explode_is_an_explosive(
    language: str, text: str, extract: Callable[..., tuple[Article, tuple[EventMention, ...]]]
) -> None:
    _article, mentions = extract(text, language)
    assert {m.sub_event_type for m in mentions} == {"Remote explosive/landmine/IED"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Coordinated with the verb of suspicion, the abduction is told, not charged.
        ("en", "Gunmen suspected to be bandits on Sunday abducted scores of worshippers during "
               "a church service in Kagara."),
    ],
)  # fmt: skip
def test_typing_a_trigger_coordinated_with_a_charge_is_told(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert [m.sub_event_type for m in mentions] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A Ukrainian drone dropped an explosive device on a house in Novaya Tavolzhanka "
               "on Wednesday, injuring two civilians."),
        ("fr", "Un drone russe a largué un engin explosif sur une voiture à Bilozerka lundi, "
               "tuant un homme."),
    ],
)  # fmt: skip
def test_typing_an_explosive_dropped_from_a_drone_is_its_strike(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert [m.sub_event_type for m in mentions] == ["Air/drone strike"]
