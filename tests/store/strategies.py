"""Hypothesis strategies for the model's dataclasses, shared by the store's property tests."""

from __future__ import annotations

from hypothesis import strategies as st

from eventwire.models import (
    Argument,
    Article,
    ArticleStatus,
    Claim,
    Event,
    EventMention,
    FramingTerm,
    Paragraph,
    Removal,
    Segment,
    Sentence,
    Span,
    Token,
)

# Any Unicode except lone surrogates (hypothesis's default), short to keep examples fast.
texts = st.text(max_size=20)
maybe_texts = st.none() | texts
# Bounded to 32-bit: these also fill INTEGER columns, which are 32-bit on PostgreSQL.
counts = st.integers(min_value=0, max_value=2**31 - 1)
maybe_counts = st.none() | counts
maybe_dates = st.none() | st.dates()
floats = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    """A valid span."""
    start, end = sorted((draw(counts), draw(counts)))
    return Span(start, end)


arguments = st.builds(Argument, text=texts, span=spans(), value=maybe_texts)
tokens = st.builds(
    Token,
    start=counts,
    end=counts,
    text=texts,
    lemma=texts,
    pos=texts,
    dep=texts,
    head=st.integers(-5, 50),
    ent_type=texts,
)
sentences = st.builds(
    Sentence, span=spans(), language=texts, tokens=st.lists(tokens, max_size=3).map(tuple)
)


def mentions(article_id: str, mention_id: str) -> st.SearchStrategy[EventMention]:
    """A mention of ``article_id`` with every field drawn."""
    return st.builds(
        EventMention,
        mention_id=st.just(mention_id),
        article_id=st.just(article_id),
        sentence=spans(),
        trigger=arguments,
        event_type=texts,
        sub_event_type=texts,
        disorder_type=texts,
        plover=texts,
        event_date=maybe_dates,
        time_precision=st.none() | st.integers(1, 3),
        date_note=texts,
        actor1=st.none() | arguments,
        actor2=st.none() | arguments,
        location=st.none() | arguments,
        fatalities=maybe_counts,
        fatalities_low=maybe_counts,
        fatalities_high=maybe_counts,
        injuries=maybe_counts,
        injuries_low=maybe_counts,
        injuries_high=maybe_counts,
        civilian_targeting=st.booleans(),
        claimed_by=maybe_texts,
        evidence=st.lists(arguments, max_size=3).map(tuple),
        extractor=texts,
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """An article with every field drawn, its mentions' ids unique."""
    article_id = draw(st.text(min_size=1, max_size=20))
    mention_count = draw(st.integers(0, 3))
    article_mentions = tuple(
        draw(mentions(article_id, f"{article_id}#{i}")) for i in range(mention_count)
    )
    tuples_of_texts = st.lists(texts, max_size=3).map(tuple)
    return Article(
        article_id=article_id,
        origin=draw(texts),
        raw=draw(st.text()),
        raw_format=draw(st.sampled_from(["text", "html", "feed", "json"])),
        content_hash=draw(texts),
        source_text=draw(st.text()),
        outlet=draw(maybe_texts),
        url=draw(maybe_texts),
        title=draw(maybe_texts),
        published=draw(maybe_dates),
        published_precision=draw(st.sampled_from([None, "day", "month"])),
        declared_language=draw(maybe_texts),
        text=draw(st.text()),
        segments=tuple(draw(st.lists(st.builds(Segment, counts, counts, counts), max_size=3))),
        removals=tuple(
            draw(st.lists(st.builds(Removal, texts, counts, counts, texts), max_size=3))
        ),
        language=draw(maybe_texts),
        paragraphs=tuple(
            draw(
                st.lists(
                    st.builds(Paragraph, spans(), maybe_texts, floats, st.booleans()), max_size=3
                )
            )
        ),
        sentences=tuple(draw(st.lists(sentences, max_size=3))),
        mentions=article_mentions,
        framing=tuple(
            draw(
                st.lists(
                    st.builds(FramingTerm, texts, texts, spans(), spans(), st.booleans()),
                    max_size=3,
                )
            )
        ),
        tags=draw(tuples_of_texts),
        status=draw(st.sampled_from(ArticleStatus)),
        skip_reason=draw(texts),
        warnings=draw(tuples_of_texts),
        stages=draw(tuples_of_texts),
    )


claims = st.builds(
    Claim,
    article_id=texts,
    outlet=maybe_texts,
    url=maybe_texts,
    published=maybe_dates,
    sentence=texts,
    char_start=counts,
    char_end=counts,
    claimed_by=maybe_texts,
    fatalities=maybe_counts,
    injuries=maybe_counts,
    mention_id=texts,
)


def events(mention_ids: st.SearchStrategy[str] = texts) -> st.SearchStrategy[Event]:
    """An event with every field drawn; its ``mention_ids`` from ``mention_ids``."""
    return st.builds(
        Event,
        event_id_cnty=st.text(min_size=1, max_size=20),
        event_date=maybe_dates,
        time_precision=st.none() | st.integers(1, 3),
        disorder_type=texts,
        event_type=texts,
        sub_event_type=texts,
        actor1=texts,
        assoc_actor_1=texts,
        inter1=maybe_counts,
        actor2=texts,
        assoc_actor_2=texts,
        inter2=maybe_counts,
        interaction=maybe_counts,
        civilian_targeting=texts,
        iso=maybe_counts,
        region=texts,
        country=texts,
        admin1=texts,
        admin2=texts,
        admin3=texts,
        location=texts,
        latitude=st.none() | floats,
        longitude=st.none() | floats,
        geo_precision=maybe_counts,
        source=texts,
        source_scale=texts,
        notes=st.text(),
        fatalities=maybe_counts,
        tags=st.lists(texts, max_size=3).map(tuple),
        timestamp=st.none() | st.integers(0, 2**40),
        fatalities_low=maybe_counts,
        fatalities_high=maybe_counts,
        injuries=maybe_counts,
        injuries_low=maybe_counts,
        injuries_high=maybe_counts,
        disputed=st.lists(texts, max_size=3).map(tuple),
        sources=st.lists(claims, max_size=2).map(tuple),
        mention_ids=st.lists(mention_ids, max_size=3).map(tuple),
    )
