"""The forces stationed at a curated base (``gazetteer/places.yaml``): whom an attack
on the base hit, and who stopped a weapon aimed at it (used by ``actors.kb.v1``)."""

from __future__ import annotations

from eventwire.actors.context import country_of
from eventwire.actors.model import ActorLookup, ActorMatch
from eventwire.langdata import load_data
from eventwire.models import EventMention

__all__ = ["Garrisons"]


class Garrisons:
    """Each curated base's garrison, read on first use."""

    def __init__(self) -> None:
        self._stationed: dict[str, str] | None = None

    @property
    def stationed(self) -> dict[str, str]:
        """Each curated base -> the forces stationed there (places.yaml), by gazetteer id
        and by every name of the site (another gazetteer's record of it: the airport
        "Erbil International Airport" is the Erbil Air Base); "" when the base is its
        country's own (no garrison given)."""
        if self._stationed is None:
            self._stationed = {}
            for entry in load_data("gazetteer/places")["places"]:
                stationed = entry.get("garrison", "")
                if not stationed and entry["feature"] != "base":
                    continue
                self._stationed[f"curated:{entry['id']}"] = stationed
                for site in (entry["name"], *entry.get("aliases", ())):
                    self._stationed.setdefault(site.casefold(), stationed)
        return self._stationed

    def forces_at(
        self, mention: EventMention, country: str, acting: str | None, base: ActorLookup
    ) -> ActorMatch | None:
        """The forces stationed at the base the mention is placed at, when it is not
        they who acted (``acting``): an attack on Ain al-Asad hits the US forces there,
        one on a base the report gives no garrison to the forces of the base's country."""
        place = mention.place
        if place is None or place.geo_precision not in (1, 2):
            return None
        stationed = self.stationed.get(place.gazetteer_id)
        if stationed is None:
            stationed = self.stationed.get(place.name.casefold())
        if stationed is None:
            return None
        site_country = country_of(place)
        if stationed:
            found: ActorMatch | None = base.match(stationed, country)
        elif site_country:
            found = base.forces(site_country)
        else:
            return None
        if found is None or found.method == "unnormalised":
            return None
        if acting == found.canonical:
            return None  # the garrison acting from its base (both undated base names)
        return found
