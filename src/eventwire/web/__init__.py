"""The web edge: a FastAPI app serving the event API, its /docs and the map page.

``create_app(settings)`` builds the app; ``eventwire serve`` runs it. Nothing here
is imported by the pipeline, the store or the exporters.
"""

from eventwire.web.app import create_app

__all__ = ["create_app"]
