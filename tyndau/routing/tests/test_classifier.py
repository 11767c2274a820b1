"""The sphere model on a small made-up corpus: training, ranking, saving, versions."""

import pytest

from tyndau.routing.engine.classifier import (
    Example,
    IncompatibleModel,
    SphereModel,
    latest_model_path,
    train,
)
from tyndau.routing.engine.router import Incoming, Router

TEXTS = {
    "utilities.heating": [
        "нет отопления в квартире батареи холодные",
        "батареи еле теплые отопление не работает",
        "жылу жоқ батарея суық",
        "отопление отключили весь дом мерзнет",
    ],
    "utilities.water": [
        "нет холодной воды в доме",
        "из крана течет ржавая вода",
        "су жоқ крандан су ақпайды",
        "водоканал отключил воду без предупреждения",
    ],
    "roads_transport.road_repair": [
        "яма на дороге разбили колесо",
        "отремонтируйте дорогу на улице",
        "жол бұзылған шұңқыр көп",
        "асфальт разбит после зимы дорога в ямах",
    ],
}


@pytest.fixture(scope="module")
def model():
    examples = [Example(text, label) for label, texts in TEXTS.items() for text in texts]
    return train(examples)


def test_ranks_spheres_and_names_the_sub_sphere(model):
    [prediction] = model.predict(["дорога вся в ямах, отремонтируйте асфальт"])
    assert prediction.sphere == "roads_transport"
    assert prediction.sub_sphere == "roads_transport.road_repair"
    assert [g.sphere for g in prediction.alternatives] == ["utilities"]
    heating = model.predict(["батареи холодные, отопления нет"])[0]
    assert heating.sphere == "utilities" and heating.sub_sphere == "utilities.heating"
    assert 0 < heating.confidence <= 1


def test_saved_model_loads_with_its_version(model, tmp_path):
    path = model.save(tmp_path)
    assert path.name == f"sphere-{model.version}.joblib"
    assert latest_model_path(tmp_path) == path
    loaded = SphereModel.load(path)
    assert loaded.version == model.version
    assert loaded.predict(["яма на дороге"])[0].sphere == "roads_transport"


def test_a_model_from_another_scikit_learn_is_refused(model, tmp_path, monkeypatch):
    model.info["sklearn"] = "0.0.1"
    path = model.save(tmp_path)
    with pytest.raises(IncompatibleModel):
        SphereModel.load(path)


def test_training_needs_two_spheres():
    with pytest.raises(ValueError):
        train([Example("яма на дороге", "roads_transport")])


def test_router_without_a_model_still_reads_urgency_and_language():
    [routing] = Router(None).route_many(
        [Incoming("Құрметті әкім! Ашық люк бар, балалар құлап кетуі мүмкін.")]
    )
    assert routing.sphere is None and routing.urgency.urgent and routing.language.code == "kk"
    assert routing.as_dict()["sphere_confidence"] is None
