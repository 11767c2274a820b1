"""Tyndau's JSON API, version 1 (django-ninja; its OpenAPI document is at /api/v1/openapi.json
and readable at /api/v1/docs, served from the project's own static files)."""

from ninja import NinjaAPI

from tyndau.api import stats

api = NinjaAPI(
    title="Tyndau API",
    version="1",
    description=(
        "Citizens' appeals to state bodies of the Republic of Kazakhstan: open statistics "
        "(no login). Dates are YYYY-MM-DD in Astana time; shares are rounded as the "
        "e-government portal publishes them."
    ),
    urls_namespace="api-v1",
)
api.add_router("/stats", stats.router)
