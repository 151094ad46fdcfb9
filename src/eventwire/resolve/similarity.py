"""How alike two accounts' sentences are: WordLlama embeddings, offline.

WordLlama ships its small English-centred model (256 dimensions, 16 MB) inside
the PyPI package, so it is loaded from the installed package's folder with
downloads disabled. It compares sentences of one language well; across
languages its scores mean little, so accounts in different languages are not
compared by wording at all.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.resolve.accounts import Account

__all__ = ["WordingSimilarity"]

logger = logging.getLogger(__name__)


class WordingSimilarity:
    """Cosine similarity of account sentences, clipped to [0, 1]; the model loads on first use."""

    def __init__(self) -> None:
        """Prepare; nothing is loaded until accounts are embedded."""
        self._model: Any = None
        self._vectors: dict[str, Any] = {}

    def _load(self) -> Any:
        if self._model is None:
            import wordllama  # a 0.2 s load: only when accounts are compared

            folder = Path(wordllama.__file__).parent
            self._model = wordllama.WordLlama.load(cache_dir=folder, disable_download=True)
            logger.debug("loaded WordLlama from %s", folder)
        return self._model

    def embed(self, accounts: Sequence[Account]) -> None:
        """Embed the accounts' sentences (once each) so they can be compared."""
        todo = [a for a in accounts if a.key not in self._vectors]
        if not todo:
            return
        vectors = self._load().embed([a.text for a in todo], norm=True)
        self._vectors.update({a.key: v for a, v in zip(todo, vectors, strict=True)})

    def __call__(self, a: Account, b: Account) -> float | None:
        """The two accounts' similarity; None across languages or when not embedded."""
        if a.article.language != b.article.language:
            return None
        first, second = self._vectors.get(a.key), self._vectors.get(b.key)
        if first is None or second is None:
            return None
        return min(1.0, max(0.0, float(first @ second)))
