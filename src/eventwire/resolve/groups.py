"""Groups of linked items: what wire copies and linked accounts share (union-find)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import TypeVar

__all__ = ["linked_groups"]

T = TypeVar("T", bound=Hashable)


def linked_groups(items: Sequence[T], links: Iterable[tuple[T, T]]) -> list[list[T]]:
    """The items grouped by the links joining them (transitively), each group in
    ``items`` order and the groups in the order of their first item."""
    parent = {item: item for item in items}

    def root(item: T) -> T:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for first, second in links:
        parent[root(first)] = root(second)
    groups: dict[T, list[T]] = {}
    for item in items:
        groups.setdefault(root(item), []).append(item)
    return list(groups.values())
