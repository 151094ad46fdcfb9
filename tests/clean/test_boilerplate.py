"""The cleaner: furniture dropped, story kept, header lines read, offsets exact."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from eventwire.clean import STAGES, Cleaner, load_patterns, make_cleaner
from eventwire.models import Article, Removal
from eventwire.pipeline import Stage
from eventwire.settings import Settings

FIXTURES = Path(__file__).parents[1] / "resources" / "clean"
PAGES = sorted(p for p in FIXTURES.glob("*.txt") if not p.name.endswith(".expected.txt"))

STORY_FR = "Goma, 3 mars – Des combats ont opposé l’armée aux rebelles du M23 près de Sake."
STORY_EN = "GOMA, March 3 - Fighting broke out between the army and M23 rebels near Sake."

# One furniture line per class and language, as sites print them.
FURNITURE: list[tuple[str, str, str]] = [
    ("player", "fr", "Lire la vidéo"),
    ("player", "fr", "00:00 / 01:32"),
    ("player", "en", "Hide player controls"),
    ("player", "en", "Play Video"),
    ("share", "fr", "S’abonner"),
    ("share", "fr", "Partager"),
    ("share", "en", "Share on Facebook"),
    ("share", "en", "Subscribe to our newsletter"),
    ("comment", "fr", "0 Commentaires"),
    ("comment", "fr", "Laisser un commentaire"),
    ("comment", "en", "12 comments"),
    ("comment", "en", "Leave a comment"),
    ("moderation", "fr", "Les commentaires sont modérés."),
    ("moderation", "fr", "Votre adresse e-mail ne sera pas publiée."),
    ("moderation", "en", "This site uses Akismet to reduce spam."),
    ("moderation", "en", "Your email address will not be published. Required fields are marked *"),
    ("cookie", "fr", "Nous utilisons des cookies pour mesurer l’audience de ce site."),
    ("cookie", "fr", "Tout accepter"),
    ("cookie", "en", "We use cookies to improve your experience."),
    ("cookie", "en", "Manage cookie preferences"),
    ("related", "fr", "Lire aussi : Dans l’est de la RDC, la ville de Goma encerclée"),
    ("related", "fr", "À lire aussi"),
    ("related", "en", "Read more: Inside the battle for eastern Congo"),
    ("related", "en", "Related: Congo's army regroups"),
    ("related", "en", "Tags: Chin State, Falam, Hakha, airstrikes | Donate to independent media"),
    ("related", "fr", "Mots-clés : Burkina Faso, attaques, Djibo"),
    ("credit", "fr", "Photo : AFP"),
    ("credit", "fr", "Crédit photo : Jean Dupont"),
    ("credit", "fr", "Source : AFP"),
    ("credit", "en", "© Reuters"),
    ("credit", "en", "(Photo by Jane Roe/AFP via Getty Images)"),
    ("social", "fr", "— Marie Kabila (@mkabila_goma) 2 février 2024"),
    ("social", "fr", "Voir cette publication sur Instagram"),
    ("social", "en", "— John Doe (@jdoe) February 2, 2024"),
    ("social", "en", "Smoke rising over the city this morning pic.twitter.com/Ab12Cd34"),
    ("social", "en", "https://t.co/XyZ987"),
]

# Story sentences that contain a furniture word but are not furniture.
STORY_WITH_FURNITURE_WORDS = [
    "Les deux camps refusent de partager le contrôle du pont.",
    "Les commentaires du ministre ont été vivement critiqués par l’opposition.",
    "Lire la vidéo de revendication à l’antenne était une erreur, a reconnu la chaîne.",
    "La source, un responsable de la sécurité, a requis l’anonymat.",
    "Photo et vidéo à l’appui, les habitants décrivent un quartier détruit.",
    "He urged residents to share food and water with displaced families.",
    "Related clashes broke out in the south of the province on Monday.",
    "Read more carefully, the statement contains no ceasefire commitment.",
    "Cookies and bread were handed out at the shelter, aid workers said.",
    "The militia did not comment on the attack, which killed two soldiers.",
    "Source close to the ministry confirmed that nine soldiers had died in the ambush.",
]


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    """One cleaner for the module: the patterns compile once, as in a pipeline."""
    return Cleaner(load_patterns())


def assert_offsets_exact(article: Article) -> None:
    """The offset-map invariant: every segment copies source_text; nothing else but breaks."""
    covered = 0
    previous_clean = previous_raw = -1
    for s in article.segments:
        piece = article.text[s.clean_start : s.clean_start + s.length]
        assert piece == article.source_text[s.raw_start : s.raw_start + s.length]
        assert s.clean_start > previous_clean and s.raw_start > previous_raw
        previous_clean, previous_raw = s.clean_start + s.length - 1, s.raw_start + s.length - 1
        covered += s.length
    separators = article.text.count("\n\n")
    assert covered + 2 * separators == len(article.text)
    for removal in article.removals:
        assert article.source_text[removal.raw_start : removal.raw_end] == removal.text


def test_cleaner_is_a_registered_stage(settings: Settings) -> None:
    stage = STAGES["clean.boilerplate.v1"](settings)
    assert isinstance(stage, Stage)
    assert stage.name == "clean.boilerplate.v1"
    assert stage.requires == ("source_text",)
    assert isinstance(make_cleaner(settings), Cleaner)


@pytest.mark.parametrize(("kind", "lang", "line"), FURNITURE)
def test_boilerplate_class_removed_story_kept(
    cleaner: Cleaner, make_article: Callable[..., Article], kind: str, lang: str, line: str
) -> None:
    story = STORY_FR if lang == "fr" else STORY_EN
    closing = "Le bilan pourrait s’alourdir." if lang == "fr" else "The toll may rise."
    source = f"{story}\n{line}\n{closing}\n"
    article = cleaner(make_article(source))
    assert article.text == f"{story}\n\n{closing}"
    start = source.index(line)
    assert article.removals == (Removal(kind, start, start + len(line), line),)
    assert_offsets_exact(article)


@pytest.mark.parametrize("line", STORY_WITH_FURNITURE_WORDS)
def test_boilerplate_story_line_with_furniture_word_kept(
    cleaner: Cleaner, make_article: Callable[..., Article], line: str
) -> None:
    article = cleaner(make_article(f"{STORY_EN}\n{line}"))
    assert article.text == f"{STORY_EN}\n\n{line}"
    assert article.removals == ()


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_boilerplate_fixture_offsets_and_removals(
    cleaner: Cleaner, make_article: Callable[..., Article], page: Path
) -> None:
    article = cleaner(make_article(page.read_text("utf-8")))
    assert_offsets_exact(article)
    expected = page.with_name(page.stem + ".expected.txt")
    if expected.exists():
        assert article.text == expected.read_text("utf-8")


def test_boilerplate_fixture_removal_kinds(
    cleaner: Cleaner, make_article: Callable[..., Article]
) -> None:
    source = (FIXTURES / "fr_frappes_page.txt").read_text("utf-8")
    article = cleaner(make_article(source, published=None, outlet=None))
    kinds = [r.kind for r in article.removals]
    assert kinds == [
        "metadata", "metadata", "metadata", "cookie", "cookie", "player", "player", "player",
        "share", "share", "share", "related", "credit", "moderation", "comment", "comment",
        "credit",
    ]  # fmt: skip
    assert article.published == date(2024, 1, 1)
    assert article.published_precision == "month"
    assert article.outlet == "Le Courrier du Sahel"
    assert article.url == "https://courrier-sahel.example/2024/01/frappes-menaka"


@pytest.mark.parametrize(
    ("header", "published", "precision"),
    [
        ("date 2024-01", date(2024, 1, 1), "month"),
        ("date: 2024-02-06", date(2024, 2, 6), "day"),
        ("date 2024-02-06", date(2024, 2, 6), "day"),
        ("Date : 2024-3", date(2024, 3, 1), "month"),
    ],
)
def test_boilerplate_leading_date_fills_empty_published(
    cleaner: Cleaner,
    make_article: Callable[..., Article],
    header: str,
    published: date,
    precision: str,
) -> None:
    article = cleaner(make_article(f"{header}\n\n{STORY_FR}", published=None))
    assert (article.published, article.published_precision) == (published, precision)
    assert article.text == STORY_FR
    assert article.removals == (Removal("metadata", 0, len(header), header),)
    assert article.warnings == ()


def test_boilerplate_leading_metadata_fills_only_empty_fields(
    cleaner: Cleaner, make_article: Callable[..., Article]
) -> None:
    source = f"source: Radio Okapi\nurl: https://okapi.example/a\ntitle: Combats à Sake\n{STORY_FR}"
    article = cleaner(make_article(source, outlet="Reader Outlet"))
    assert article.outlet == "Reader Outlet"  # the reader's value wins
    assert article.url == "https://okapi.example/a"
    assert article.title == "Combats à Sake"
    assert article.text == STORY_FR
    assert [r.kind for r in article.removals] == ["metadata"] * 3


def test_boilerplate_conflicting_header_date_keeps_reader_date_and_warns(
    cleaner: Cleaner, make_article: Callable[..., Article]
) -> None:
    article = cleaner(make_article(f"date: 2023-11-30\n{STORY_FR}"))  # reader: 2024-02-07
    assert article.published == date(2024, 2, 7)
    assert article.published_precision == "day"
    assert len(article.warnings) == 1
    assert "2023-11-30" in article.warnings[0] and "kept the reader's" in article.warnings[0]


def test_boilerplate_agreeing_header_month_does_not_warn(
    cleaner: Cleaner, make_article: Callable[..., Article]
) -> None:
    article = cleaner(make_article(f"date 2024-02\n{STORY_FR}"))  # reader: 2024-02-07
    assert article.published == date(2024, 2, 7)
    assert article.warnings == ()


def test_boilerplate_invalid_header_date_warns(
    cleaner: Cleaner, make_article: Callable[..., Article]
) -> None:
    article = cleaner(make_article(f"date 2024-13\n{STORY_FR}", published=None))
    assert article.published is None
    assert article.warnings == ("header date ignored: month must be in 1..12",)
    assert article.text == STORY_FR


def test_boilerplate_metadata_read_only_at_the_top(
    cleaner: Cleaner, make_article: Callable[..., Article]
) -> None:
    source = f"{STORY_FR}\ndate 2024-01\nSource : AFP"
    article = cleaner(make_article(source, published=None, outlet=None))
    assert article.published is None and article.outlet is None
    assert article.text == f"{STORY_FR}\n\ndate 2024-01"  # a story line once the story began
    assert [r.kind for r in article.removals] == ["credit"]  # the trailer, not an outlet


@pytest.mark.parametrize(
    "source",
    [
        "  First paragraph.   \n\n\n   Second paragraph.\t\n",
        "First paragraph.\r\nSecond paragraph.\r\n",
        "\ufeffFirst paragraph.\u2028Second paragraph.\u00a0",
        "First paragraph.\n \n\t\nSecond paragraph.",
    ],
)
def test_boilerplate_whitespace_normalised(
    cleaner: Cleaner, make_article: Callable[..., Article], source: str
) -> None:
    article = cleaner(make_article(source))
    assert article.text == "First paragraph.\n\nSecond paragraph."
    assert article.removals == ()
    assert_offsets_exact(article)


def test_boilerplate_inner_characters_kept_exactly(
    cleaner: Cleaner, make_article: Callable[..., Article]
) -> None:
    line = "Il a dit :\u00a0«\u202fNon\u202f»  –\tdeux fois."
    article = cleaner(make_article(f"  {line}  "))
    assert article.text == line


@pytest.mark.parametrize("source", ["", "   \n\n", "Partager\n© Reuters\n12 comments"])
def test_boilerplate_nothing_left_gives_empty_text(
    cleaner: Cleaner, make_article: Callable[..., Article], source: str
) -> None:
    article = cleaner(make_article(source))
    assert article.text == ""
    assert article.segments == ()


# Property: any mix of story and furniture lines, with any blank lines and
# surrounding spaces, cleans to exactly the story lines, offsets intact.
_story_lines = st.sampled_from([*STORY_WITH_FURNITURE_WORDS, STORY_FR, STORY_EN])
_furniture_lines = st.sampled_from([line for _, _, line in FURNITURE])
_pads = st.sampled_from(["", " ", "  ", "\t", "\u00a0"])
_breaks = st.sampled_from(["\n", "\n\n", "\r\n", "\n \n", "\u2028"])


@hypothesis_settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.booleans(), _story_lines, _furniture_lines, _pads, _pads, _breaks),
        max_size=12,
    )
)
def test_boilerplate_offsets_hold_on_random_pages(
    cleaner: Cleaner, lines: list[tuple[bool, str, str, str, str, str]]
) -> None:
    source = "".join(
        f"{lead}{story if is_story else furniture}{trail}{brk}"
        for is_story, story, furniture, lead, trail, brk in lines
    )
    article = Article("a", "test", source, "text", "h", source_text=source)
    cleaned = cleaner(article)
    stories = [story for is_story, story, *_ in lines if is_story]
    assert cleaned.text == "\n\n".join(stories)
    assert len(cleaned.removals) == len(lines) - len(stories)
    assert_offsets_exact(cleaned)


@pytest.mark.parametrize(
    "line",
    [
        "-" * 100_000,
        "• " * 50_000,
        "(@" * 50_000,
        "Partager" + " :" * 50_000 + "x",
        "AFP/" * 25_000,
    ],
    ids=["dashes", "bullets", "handles", "separators", "agencies"],
)
def test_boilerplate_pathological_line_is_cleaned(cleaner: Cleaner, line: str) -> None:
    # A backtracking blow-up once took minutes on the line of dashes; the
    # timings of these lines are in benchmarks/worst_case.py.
    cleaned = cleaner.clean(line)
    kept = sum(segment.length for segment in cleaned.segments)
    removed = sum(r.raw_end - r.raw_start for r in cleaned.removals)
    # Every character but surrounding whitespace is either kept or removed, once.
    assert len(line.strip()) <= kept + removed <= len(line)


@pytest.mark.parametrize(
    ("tail", "kind"),
    [("Read also: Amhara state of emergency extended by four months.", "related"),
     ("Lire aussi : l'état d'urgence prolongé de quatre mois", "related"),
     ("Share on Facebook", "share")],
)  # fmt: skip
def test_furniture_glued_after_a_sentence_is_cut(
    cleaner: Cleaner, make_article: Callable[..., Article], tail: str, kind: str
) -> None:
    source = f"{STORY_EN} {tail}\nThe toll may rise.\n"
    article = cleaner(make_article(source))
    assert article.text == f"{STORY_EN}\n\nThe toll may rise."
    start = source.index(tail)
    assert article.removals == (Removal(kind, start, start + len(tail), tail),)
    assert_offsets_exact(article)


@pytest.mark.parametrize("line", STORY_WITH_FURNITURE_WORDS)
def test_story_sentence_glued_after_a_sentence_is_kept(
    cleaner: Cleaner, make_article: Callable[..., Article], line: str
) -> None:
    article = cleaner(make_article(f"{STORY_EN} {line}"))
    assert article.text == f"{STORY_EN} {line}"
    assert article.removals == ()


def test_furniture_after_an_agency_bracket_is_cut(
    cleaner: Cleaner, make_article: Callable[..., Article]
) -> None:
    tail = "Related: Occupation forces continue raid on Jenin for eighth day."
    article = cleaner(make_article(f"{STORY_EN}\n(PTA) {tail}\n"))
    assert article.text == f"{STORY_EN}\n\n(PTA)"
    assert [r.kind for r in article.removals] == ["related"]
