"""The personal data controller: an officer with no work on appeals."""

import pytest

from tyndau.accounts.models import Role
from tyndau.accounts.permissions import ROLE_ACTIONS, Action, can, in_scope, visible_appeals
from tyndau.conftest import make_officer

pytestmark = pytest.mark.django_db


@pytest.fixture
def controller(astana):
    return make_officer("controller.ast", Role.CONTROLLER, astana)


def test_the_role_has_no_appeal_actions(controller):
    assert Role.CONTROLLER == "controller"
    assert ROLE_ACTIONS[Role.CONTROLLER] == frozenset()
    assert not any(can(controller, action) for action in Action)


def test_the_controller_sees_no_appeal(client, controller, file, astana, officers):
    appeal = file(astana).appeal
    assert visible_appeals(officers["head"]).filter(pk=appeal.pk).exists()
    assert not visible_appeals(controller).exists()
    assert not in_scope(controller, appeal)
    client.force_login(controller)
    assert appeal.reg_number not in client.get("/en/staff/").content.decode()
    assert client.get(f"/en/staff/appeals/{appeal.reg_number}/").status_code in (403, 404)
