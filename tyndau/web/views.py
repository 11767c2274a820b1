from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tyndau.appeals.models import Kind


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"kinds": Kind.choices})
