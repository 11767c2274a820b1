import json

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from bench.bare.models import Note


@csrf_exempt
@require_POST
def create(request: HttpRequest) -> JsonResponse:
    """Validate a small JSON body and insert one row: what any Django endpoint must do."""
    try:
        data = json.loads(request.body)
        subject, text, email = str(data["subject"]), str(data["text"]), str(data["email"])
        validate_email(email)
    except (ValueError, KeyError, TypeError, ValidationError):
        return JsonResponse({"error": "invalid"}, status=422)
    if not subject or len(subject) > 200 or not text:
        return JsonResponse({"error": "invalid"}, status=422)
    note = Note.objects.create(subject=subject, text=text, email=email)
    return JsonResponse({"id": note.pk}, status=201)


urlpatterns = [path("notes", create)]
