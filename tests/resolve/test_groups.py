"""Linked groups: the union-find wire copies and account clustering share."""

from __future__ import annotations

from eventwire.resolve.groups import linked_groups


def test_groups_join_links_transitively_in_item_order() -> None:
    groups = linked_groups(["a", "b", "c", "d", "e"], [("d", "b"), ("e", "a"), ("b", "e")])
    assert groups == [["a", "b", "d", "e"], ["c"]]


def test_groups_without_links_are_single_items() -> None:
    assert linked_groups([3, 1, 2], []) == [[3], [1], [2]]
