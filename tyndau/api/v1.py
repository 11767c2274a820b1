"""Tyndau's JSON API, version 1 (django-ninja; its OpenAPI document is at /api/v1/openapi.json
and readable at /api/v1/docs, served from the project's own static files)."""

from ninja import NinjaAPI, Swagger

from tyndau.api import appeals, errors, exports, reference, stats

api = NinjaAPI(
    title="Tyndau API",
    version="1",
    description=(
        "Citizens' appeals to state bodies of the Republic of Kazakhstan.\n\n"
        "**Who may call what.** Filing (`POST /appeals`), the applicant's own appeal "
        "(`/tracking/{token}`), reference data, the legal calendar and open statistics need no "
        "login. Appeals in scope and their actions need an integration's API key "
        "(`Authorization: Bearer tyn_...` or `X-API-Key: tyn_...`; an administrator creates "
        "one in the administration or with `tyndau create_api_key`) or an officer's web "
        "session (with the `X-CSRFToken` header for changes). A key acts within its "
        "permissions and body and, for changes, as its officer under the workspace's rules.\n\n"
        '**Errors** are `{"code", "message", "errors": [{"field", "message"}]}` with '
        "messages in the language asked for (Accept-Language: kk, ru, en).\n\n"
        "**Filing** is idempotent with an `Idempotency-Key` header and limited per key and per "
        "address (429 with `Retry-After`).\n\n"
        "Dates are YYYY-MM-DD in Astana time; shares are rounded as the e-government portal "
        "publishes them."
    ),
    urls_namespace="api-v1",
    # No badge fetched from swagger.io's validator: nothing leaves Tyndau (and the CSP allows
    # images from Tyndau only).
    docs=Swagger(settings={"validatorUrl": None}),
    parser=errors.JsonParser(),
)
errors.install(api)
api.add_router("/appeals", appeals.router)
api.add_router("/tracking", appeals.tracking)
api.add_router("/", reference.router)
api.add_router("/calendar", reference.calendar)
api.add_router("/stats", stats.router)
api.add_router("/exports", exports.router)
