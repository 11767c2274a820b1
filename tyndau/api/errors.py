"""One shape for every error of the API, in the caller's language:

    {"code": "validation_error", "message": "...", "errors": [{"field": "subject", "message": ...}]}

`code` is stable for programs, `message` is for people (Accept-Language: kk, ru, en)."""

import json
import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError
from ninja.parser import Parser

from tyndau.appeals.services import DomainError
from tyndau.appeals.workflow import GroundNotAllowed, TransitionNotAllowed
from tyndau.web import unavailable

log = logging.getLogger(__name__)


class FieldError(Schema):
    field: str | None
    message: str


class ErrorOut(Schema):
    code: str
    message: str
    errors: list[FieldError] = []


class ApiError(Exception):
    """Raised by endpoints and helpers; becomes the error object with its status."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        errors: list[dict] | None = None,
        headers: dict[str, str] | None = None,
    ):
        self.status, self.code, self.message = status, code, str(message)
        self.errors = errors or []
        self.headers = headers or {}
        super().__init__(self.message)


class PayloadTooLarge(Exception):
    pass


class UnsupportedMediaType(Exception):
    pass


def validation_failed(errors: list[dict], message: str | None = None) -> ApiError:
    return ApiError(
        422, "validation_error", message or _("Some fields need correcting."), errors=errors
    )


class JsonParser(Parser):
    """Request bodies are JSON (application/json or a +json type), at most API_MAX_BODY_BYTES."""

    def parse_body(self, request: HttpRequest):
        limit = settings.API_MAX_BODY_BYTES
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if declared > limit:
            raise PayloadTooLarge
        media_type = (request.content_type or "").lower()
        if media_type != "application/json" and not media_type.endswith("+json"):
            raise UnsupportedMediaType(media_type)
        if len(request.body) > limit:
            raise PayloadTooLarge
        return json.loads(request.body)


CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
}


def _message_for(status: int) -> str:
    return {
        400: _("The request is malformed."),
        401: _("Authentication is needed: send an API key (Authorization: Bearer or X-API-Key)."),
        403: _("You may not do this."),
        404: _("Not found."),
        405: _("This method is not allowed here."),
        413: _("The request body is too large."),
        415: _("Send the request body as JSON (Content-Type: application/json)."),
        429: _("Too many requests: try again later."),
    }.get(status, _("The request cannot be processed."))


def _field(loc) -> str | None:
    """('body', 'payload', 'applicant', 'name') → 'applicant.name'; ('query', 'status') →
    'status'; a header keeps its name."""
    parts = [str(p) for p in loc]
    if parts and parts[0] == "body":
        parts = parts[2:]
    elif parts:
        parts = parts[1:]
    return ".".join(parts) or None


def _validation_message(error: dict) -> str:
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    if kind == "missing" and len(error.get("loc", ())) == 2 and error["loc"][0] == "body":
        return _("The request body is empty: send a JSON object.")  # the whole payload
    if kind == "missing":
        return _("This field is required.")
    if kind == "extra_forbidden":
        return _("Unknown field.")
    if kind in ("enum", "literal_error"):
        return _("Choose one of: %(choices)s.") % {"choices": ctx.get("expected", "")}
    if kind == "string_too_long":
        return _("At most %(limit)s characters.") % {"limit": ctx.get("max_length", "")}
    if kind == "string_too_short":
        return _("At least %(limit)s characters.") % {"limit": ctx.get("min_length", "")}
    if kind.startswith("date") or kind.startswith("datetime"):
        return _("Enter a date as YYYY-MM-DD.")
    if kind.startswith("int") or kind.startswith("float"):
        return _("Enter a number.")
    if kind.startswith("greater_than") or kind.startswith("less_than"):
        return _("The number is out of range.")
    if kind.startswith("bool"):
        return _("Enter true or false.")
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return _("Send a JSON object here.")
    if kind.startswith("string") or kind.endswith("_type"):
        return _("This value has the wrong type.")
    return error.get("msg", "")


def _respond(api: NinjaAPI, request, error: ApiError) -> HttpResponse:
    body = {"code": error.code, "message": error.message, "errors": error.errors}
    response = api.create_response(request, body, status=error.status)
    for name, value in error.headers.items():
        response[name] = value
    return response


def install(api: NinjaAPI) -> None:
    """Register the handlers: every error the API can give comes out in the one shape."""

    def on_api_error(request, exc: ApiError):
        return _respond(api, request, exc)

    def on_validation(request, exc: ValidationError):
        errors = [
            {"field": _field(e.get("loc", ())), "message": _validation_message(e)}
            for e in exc.errors
        ]
        # An error of the whole body (empty, not an object) is the message itself.
        whole = next((e["message"] for e in errors if e["field"] is None), None)
        return _respond(api, request, validation_failed(errors, whole))

    def on_http_error(request, exc: HttpError):
        cause = exc.__cause__
        if isinstance(cause, PayloadTooLarge | RequestDataTooBig):
            status = 413
        elif isinstance(cause, UnsupportedMediaType):
            status = 415
        else:
            status = exc.status_code
        if isinstance(cause, ValueError) and status == 400:
            message = _("The body is not valid JSON: %(error)s") % {"error": cause}
        elif isinstance(exc, Throttled) or cause is not None:
            message = _message_for(status)
        elif isinstance(exc, AuthenticationError) and exc.message == "Unauthorized":
            message = _message_for(status)  # ninja's own, when no way of logging in fitted
        else:  # an endpoint's own message
            message = exc.message
        headers = {}
        if status == 401:
            headers["WWW-Authenticate"] = 'Bearer realm="tyndau"'
        if isinstance(exc, Throttled) and exc.wait:
            headers["Retry-After"] = str(int(exc.wait))
        code = CODES.get(status, "error")
        return _respond(api, request, ApiError(status, code, message, headers=headers))

    def on_not_found(request, exc):
        return _respond(api, request, ApiError(404, "not_found", _message_for(404)))

    def on_permission_denied(request, exc):
        return _respond(api, request, ApiError(403, "forbidden", _message_for(403)))

    def on_too_big(request, exc):
        return _respond(api, request, ApiError(413, "payload_too_large", _message_for(413)))

    def on_domain_error(request, exc: DomainError):
        return _respond(api, request, ApiError(422, "rule_violation", str(exc.message)))

    def on_transition(request, exc):
        message = _("This action is not possible in the appeal's current status.")
        return _respond(api, request, ApiError(409, "transition_not_allowed", message))

    def on_ground(request, exc):
        message = _("This legal ground does not allow this way of closing the appeal.")
        return _respond(
            api,
            request,
            validation_failed([{"field": "ground", "message": message}], message),
        )

    def on_anything(request, exc: Exception):
        if unavailable.database_unavailable(exc):
            log.warning("Database unavailable on %s %s: %s", request.method, request.path, exc)
            return unavailable.unavailable(request)
        log.exception("API error on %s %s", request.method, request.path)
        return _respond(
            api, request, ApiError(500, "server_error", _("Something went wrong on our side."))
        )

    api.add_exception_handler(ApiError, on_api_error)
    api.add_exception_handler(ValidationError, on_validation)
    api.add_exception_handler(HttpError, on_http_error)
    api.add_exception_handler(Http404, on_not_found)
    api.add_exception_handler(PermissionDenied, on_permission_denied)
    api.add_exception_handler(RequestDataTooBig, on_too_big)
    api.add_exception_handler(DomainError, on_domain_error)
    api.add_exception_handler(TransitionNotAllowed, on_transition)
    api.add_exception_handler(GroundNotAllowed, on_ground)
    if not settings.DEBUG:
        api.add_exception_handler(Exception, on_anything)


# For the OpenAPI document: what every operation may answer besides its success.
COMMON = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut, 429: ErrorOut}
# ...and what an operation with a JSON body may answer too: malformed JSON (400), a body over
# API_MAX_BODY_BYTES (413), a body that is not JSON (415). See `JsonParser`.
BODY = {400: ErrorOut, 413: ErrorOut, 415: ErrorOut}
# A query that does not fit its parameters' types or choices.
QUERY = {422: ErrorOut}
