"""ИИН and contacts never appear in full in lists or logs."""

import logging

import pytest
from django.urls import reverse

from tyndau.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_inbox_masks_the_applicant(client, file, astana, officers):
    appeal = file(astana).appeal
    client.login(username=officers["head"].username, password=PASSWORD)
    html = client.get(reverse("appeals:inbox")).content.decode()
    assert appeal.reg_number in html
    assert appeal.iin_bin not in html
    assert appeal.email not in html and "Айдар Серикович" not in html
    assert "Нурланов" in html  # the surname with initials is enough to work with


def test_log_lines_are_scrubbed(file, astana, caplog):
    from tyndau.privacy.masking import PersonalDataFilter

    appeal = file(astana).appeal
    logger = logging.getLogger("tyndau.test")
    logger.addFilter(PersonalDataFilter())
    with caplog.at_level(logging.INFO, logger="tyndau.test"):
        logger.info(
            "Applicant %s wrote from %s, phone %s", appeal.iin_bin, appeal.email, appeal.phone
        )
    assert appeal.iin_bin not in caplog.text
    assert appeal.email not in caplog.text
    assert "123 45 67" not in caplog.text


def test_the_project_logging_config_masks_personal_data(settings):
    handler = settings.LOGGING["handlers"]["console"]
    assert "personal_data" in handler["filters"]
